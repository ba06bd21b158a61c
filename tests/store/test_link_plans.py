"""The linker's reads on a SQLite store (:class:`seismo.store.links.StoreIndex`) are index ranges
that need no table row and no sort where the index can give the order: the cost of a new article
must not grow with the store (docs/BENCHMARKS.md, cost per new article)."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.link.index import ArticleLinks, Neighbour
from seismo.store import Store
from seismo.store import schema as S
from seismo.store.links import StoreIndex

DAY = dt.date(2025, 3, 4)


@pytest.fixture()
def plans(tmp_path):
    """Each statement a few StoreIndex reads ran, with SQLite's query plan for it."""
    with Store.open(tmp_path / "plans.db") as store, store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        conn.begin()
        index = StoreIndex(conn, now=dt.datetime(2025, 3, 5, tzinfo=dt.timezone.utc))
        for n in range(3):
            aid, day = f"art{n}", DAY + dt.timedelta(days=n)
            conn.execute(S.articles.insert(), [{"id": aid, "text": "t", "date": day, "title": None,
                                                "added_at": dt.datetime(2025, 3, 5)}])
            links = ArticleLinks(aid, day, aid, 0.0, None, (), None, None, ())
            index.save(links, neighbour=Neighbour(aid, aid, day, {"w:harbour": 1.0}, None),
                       lookup=["w:harbour"], keys=["w:harbour"], bands=[f"b{n}"], new_events=[])
        seen: list[str] = []
        raw.set_trace_callback(seen.append)
        index.postings(["w:harbour", "w:quay"], since=DAY, until=DAY + dt.timedelta(days=5), limit=2)
        index.postings(["w:harbour"], since=None, until=None, limit=2)
        index.band_neighbours(["b0", "b1"])
        index.events_near("PROTEST", "FRA", since=DAY, until=DAY, limit=5)
        index.events_near("PROTEST", None, since=DAY, until=DAY, limit=5)
        raw.set_trace_callback(None)
        statements = [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]
        out = {sql: [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)] for sql in statements}
        conn.rollback()
    return out


def _plans_reading(plans: dict[str, list[str]], table: str) -> list[list[str]]:
    found = [plan for plan in plans.values() if any(f"SEARCH {table} " in step for step in plan)]
    assert found, f"no statement read {table}"
    return found


@pytest.mark.parametrize("table, index", [("link_postings", "ix_link_postings_term"),
                                          ("link_bands", "ix_link_bands_band")])
def test_postings_and_bands_are_read_off_their_index_alone(plans, table: str, index: str) -> None:
    for plan in _plans_reading(plans, table):
        searches = [step for step in plan if f"SEARCH {table} " in step]
        assert all(f"USING COVERING INDEX {index} " in step for step in searches), plan


@pytest.mark.parametrize("table", ["link_postings", "events"])
def test_newest_first_comes_from_the_index_not_a_sort(plans, table: str) -> None:
    for plan in _plans_reading(plans, table):
        assert not any("ORDER BY" in step for step in plan), plan
