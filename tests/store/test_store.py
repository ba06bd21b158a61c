"""The store itself (:mod:`seismo.store.store`): opening (paths, URLs, errors, SQLite pragmas),
writing (counts, idempotence, replacement, one transaction per batch) and the read methods
(articles, quotes, speakers, summary, stats, paging, the dashboard queries it hands on)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from seismo.errors import QueryError, StoreError
from seismo.store import EventFilter, Store
from seismo.store.engine import CACHE_MIB
from seismo.store.migrations import MIGRATIONS
from seismo.store.read import pages, stats
from seismo.store.samples import sample_results

LATEST = MIGRATIONS[-1].version

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES
K = KHARKIV.article.id


# ----------------------------------------------------------------------------- opening


@pytest.mark.parametrize(
    ("setup", "kwargs", "message"),
    [
        (None, {"create": False}, "no store at"),
        ("text", {}, "cannot open store"),
        ("foreign", {}, "not a seismo store"),
        ("nodir", {}, "does not exist"),
    ],
)
def test_open_errors(tmp_path, setup, kwargs, message) -> None:
    path = tmp_path / "x.db"
    if setup == "text":
        path.write_text("not a database, just words " * 100)
    elif setup == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE articles (x)")
    elif setup == "nodir":
        path = tmp_path / "missing" / "x.db"
    with pytest.raises(StoreError, match=message):
        Store.open(path, **kwargs)


@pytest.mark.parametrize("url", [":memory:", "sqlite://", "sqlite:///{tmp}/u.db", "{tmp}/plain.db"])
def test_open_urls(tmp_path, url: str) -> None:
    with Store.open(url.format(tmp=tmp_path)) as store:
        store.write([GENEVA])
        assert store.article(GENEVA.article.id) == GENEVA


def test_sqlite_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -1024 * CACHE_MIB  # KiB
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() > 0  # capped by the SQLite build


def test_page_cache_and_memory_map_are_set_per_store(tmp_path) -> None:
    with Store.open(tmp_path / "small.db", cache_mib=8, mmap_mib=0) as small, small.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -8 * 1024
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() == 0


# ----------------------------------------------------------------------------- writing


def test_round_trip_every_record(filled: Store) -> None:
    for result in SAMPLES:
        assert filled.article(result.article.id) == result


def test_missing_article_is_none(filled: Store) -> None:
    assert filled.article("no-such-id") is None


def test_write_counts_what_it_added(store: Store) -> None:
    stats = store.write(SAMPLES)
    assert (stats.articles_added, stats.articles_present, stats.events_added) == (4, 0, 6)
    assert (stats.counts_added, stats.quotes_added, stats.places_added, stats.dates_added) == (5, 3, 5, 4)


def test_rewrite_adds_nothing(store: Store) -> None:
    store.write(SAMPLES)
    before = store.stats()
    again = store.write([*SAMPLES, ALMATY])
    assert (again.articles_added, again.articles_present, again.events_added) == (0, 5, 0)
    assert store.stats() == before
    assert store.known_article_ids([ALMATY.article.id, "other"]) == {ALMATY.article.id}


def test_duplicate_within_a_batch_is_present(store: Store) -> None:
    stats = store.write([PARIS, PARIS])
    assert (stats.articles_added, stats.articles_present) == (1, 1)


def test_replace_rewrites_an_article(store: Store) -> None:
    store.write(SAMPLES)
    newer = replace(PARIS, article=replace(PARIS.article, title="Updated"), events=PARIS.events[:0])
    stats = store.write([newer], replace=True)
    assert (stats.articles_replaced, stats.articles_added) == (1, 1)
    assert store.article(PARIS.article.id) == newer
    assert store.stats().events == 5  # the old report's cluster went with it
    assert store.events(EventFilter(q="bins")) == []


def test_failed_batch_stores_nothing_of_it(store: Store) -> None:
    store.write([ALMATY])
    before = store.stats()
    # the second article of the batch re-uses a stored event id: the insert fails half-way
    clash = replace(KHARKIV.events[0], id=ALMATY.events[0].id)
    broken = replace(KHARKIV, events=(clash,))
    with pytest.raises(StoreError, match="nothing of this batch was stored"):
        store.write([PARIS, broken])
    assert store.known_article_ids([PARIS.article.id, KHARKIV.article.id]) == set()
    assert store.stats() == before
    assert store.articles(q="bins") == []  # full-text index rolled back too
    assert store.article(ALMATY.article.id) == ALMATY


def test_exception_while_preparing_stores_nothing(store: Store, monkeypatch) -> None:
    from seismo.store import rows

    store.write([ALMATY])
    real = rows.result_rows
    calls = []

    def flaky(result, **kw):
        calls.append(result.article.id)
        if len(calls) == 2:
            raise RuntimeError("crash mid-batch")
        return real(result, **kw)

    monkeypatch.setattr(rows, "result_rows", flaky)
    with pytest.raises(RuntimeError):
        store.write([PARIS, KHARKIV])
    assert store.known_article_ids([PARIS.article.id, KHARKIV.article.id]) == set()
    assert store.stats().articles == 1


# ----------------------------------------------------------------------------- reading


def test_events_newest_first_and_paged(filled: Store) -> None:
    order = [h.event.trigger.text for h in filled.events()]
    assert order == ["set fire", "shelled", "deployed", "rallied", "arrested", "annexation"]
    assert [h.event.trigger.text for h in filled.events(EventFilter(limit=2, offset=3))] == order[3:5]
    assert [h.event.trigger.text for h in filled.iter_events(EventFilter(limit=None), page=4)] == order


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["Marie Dupont", "the envoy", "the interior ministry"]),
        ({"speaker": "dupont"}, ["Marie Dupont"]),
        ({"speaker": "envoy"}, ["the envoy"]),
        ({"org": "cgt"}, ["Marie Dupont"]),
        ({"org": "ministry"}, ["the interior ministry"]),
        ({"q": "back down"}, ["Marie Dupont"]),
        ({"q": "useful talks"}, ["the envoy"]),
        ({"q": "surrender"}, []),
        ({"article_id": PARIS.article.id}, ["Marie Dupont"]),
    ],
)
def test_quote_filters(filled: Store, kwargs: dict, expected: list[str]) -> None:
    hits = filled.quotes(**kwargs)
    assert sorted(h.quote.speaker.name or h.quote.speaker.text for h in hits) == expected


def test_speaker_counts(filled: Store) -> None:
    counts = {(s.speaker, s.organization): s.quotes for s in filled.speakers()}
    assert counts == {("Marie Dupont", "CGT"): 1, ("the envoy", None): 1,
                      ("the interior ministry", "Interior Ministry"): 1}


def test_article_search(filled: Store) -> None:
    assert [a.id for a in filled.articles(q="Geneva envoy")] == [GENEVA.article.id]
    assert {a.id for a in filled.articles(since="2022-02-01")} == {PARIS.article.id, K}
    with pytest.raises(QueryError):
        filled.articles(until="soon")


def test_summary_counts_asserted_events_only(filled: Store) -> None:
    rows = {(r.country, r.type): r.events for r in filled.summary()}
    assert rows == {("KAZ", "PROTEST"): 1, ("KAZ", "COERCE"): 1, ("FRA", "PROTEST"): 1, ("UKR", "ASSAULT"): 1}
    assert {(r.country, r.type) for r in filled.summary(EventFilter(country="KAZ"))} == {
        ("KAZ", "PROTEST"), ("KAZ", "COERCE")}


def test_stats(filled: Store) -> None:
    s = filled.stats()
    assert (s.articles, s.events, s.reports, s.asserted_reports, s.quotes) == (4, 6, 6, 4, 3)
    assert (s.first_date, s.last_date, s.schema_version) == (dt.date(2022, 1, 7), dt.date(2023, 3, 21), LATEST)
    assert "4 articles" in s.summary()


def test_store_methods_are_the_dashboard_queries(filled: Store) -> None:
    f = EventFilter(country="KAZ")
    assert filled.event_page(f, limit=10) == pages.event_page(filled.engine, f, limit=10)
    event_id = filled.event_page(f, limit=1).hits[0].event_id
    assert filled.event_reports(event_id) == pages.event_reports(filled.engine, event_id)
    assert filled.daily_counts(f) == stats.daily_counts(filled.engine, f)
    assert filled.event_places(f) == stats.event_places(filled.engine, f)
    assert filled.top_actors(f) == stats.top_actors(filled.engine, f)
    assert filled.mention_places(country="KAZ") == stats.mention_places(filled.engine, country="KAZ")
