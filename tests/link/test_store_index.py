"""The store's link tables (seismo.store.links.StoreIndex, through Store.write) decide exactly as
the MemoryIndex does, keep their document frequencies right through re-ingests and replaced
articles, and store every decision where users read it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from seismo.link import Linker, MemoryIndex
from seismo.store import Store
from seismo.store import schema as S

_spec = importlib.util.spec_from_file_location("link_cases", Path(__file__).with_name("test_linker.py"))
cases = importlib.util.module_from_spec(_spec)  # the linker tests' invented articles
_spec.loader.exec_module(cases)  # type: ignore[union-attr]


def _copy(make, source):
    """A syndicated copy of ``source``: a changed headline and one word changed, another id."""
    text = source.article.text.replace("Monday morning", "Monday")
    return dataclasses.replace(
        cases.first(make, id="copy"),
        article=dataclasses.replace(source.article, id="copy", text=text, title="Depot shooting in Tamsk",
                                    date=source.article.date + dt.timedelta(days=1)),
    )


def _articles(make):
    one = cases.first(make)
    return [one, cases.follow_up(make), cases.unrelated(make), _copy(make, one)]


def _decisions(links) -> tuple:
    return (links.story_id, links.matched, links.duplicate_of, links.primary_event_id,
            tuple((r.report_id, r.event_id) for r in links.reports))


def _stored(store: Store, article_id: str) -> tuple:
    a, r = S.articles.c, S.event_reports.c
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(a.story_id, a.story_matched, a.duplicate_of, a.primary_event_id)
                           .where(a.id == article_id)).one()
        reports = conn.execute(sa.select(r.id, r.event_id).where(r.article_id == article_id).order_by(r.seq)).all()
    return (*row, tuple((x.id, x.event_id) for x in reports))


def _df(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {x.term: x.n for x in conn.execute(sa.select(S.link_df))}


def test_the_store_decides_as_the_memory_index(make, tmp_path) -> None:
    results = sorted(_articles(make), key=lambda r: (r.article.date, r.article.id))  # the store's order
    memory = Linker(MemoryIndex())
    expected = {r.article.id: _decisions(memory.add(r)) for r in results}
    with Store.open(tmp_path / "a.db") as store:
        for r in results:  # one article per batch
            store.write([r])
        one_by_one = {aid: _stored(store, aid) for aid in expected}
    with Store.open(tmp_path / "b.db") as store:
        stats = store.write(list(reversed(results)))  # one batch, newest first: linked oldest first all the same
        batched = {aid: _stored(store, aid) for aid in expected}
    assert one_by_one == batched
    for aid, (story, matched, copy_of, primary, reports) in expected.items():
        got = one_by_one[aid]
        assert got[0] == story and got[2] == copy_of and got[3] == primary, aid
        assert got[4] == reports, aid
    assert expected["follow-up"][0] == "first" and expected["copy"][2] == "first"
    assert stats.reports_joined >= 2 and stats.copies_found == 1


def test_joined_reports_keep_their_reasons_and_the_event_counts_them(make, tmp_path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write([cases.first(make), cases.follow_up(make)])
        group = store.event_group("first-r1")
        assert group is not None and [h.event.id for h in group.reports] == ["first-r1", "follow-up-r2"]
        joined = group.reports[1]
        assert joined.link_score is not None and any("same place" in why for why in joined.link_reasons)
        with store.engine.connect() as conn:
            n = conn.execute(sa.select(S.events.c.n_reports).where(S.events.c.id == "first-r1")).scalar_one()
            reasons = json.loads(conn.execute(sa.select(S.articles.c.story_reasons)
                                              .where(S.articles.c.id == "follow-up")).scalar_one())
        assert n == 2 and reasons and "1 day apart" in reasons[0]


def test_ingesting_again_changes_nothing_and_replacing_keeps_the_counts_right(make, tmp_path) -> None:
    results = _articles(make)
    with Store.open(tmp_path / "s.db") as store:
        store.write(results)
        df, decisions = _df(store), {r.article.id: _stored(store, r.article.id) for r in results}
        again = store.write(results)
        assert again.articles_added == 0 and _df(store) == df
        store.write([cases.unrelated(make)], replace=True)  # re-extracted: taken out, linked again
        assert _df(store) == df
        assert {r.article.id: _stored(store, r.article.id) for r in results} == decisions
        assert df[""] == len(results)  # the article count every idf reads


def test_articles_stored_before_linking_are_linked_on_the_next_write(make, tmp_path) -> None:
    """A version-5 store: one event per report, no story.  The next write links them first."""
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.write([cases.first(make), cases.follow_up(make)])
        expected = {aid: _stored(store, aid) for aid in ("first", "follow-up")}
    with sqlite3.connect(path) as conn:  # undo the linking, as a version-5 store was (foreign keys off)
        for table in ("link_articles", "link_postings", "link_bands", "link_df", "events"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE articles SET story_id = NULL, primary_event_id = NULL, story_matched = NULL")
        conn.execute("UPDATE event_reports SET event_id = id, link_score = NULL, link_reasons = NULL")
        conn.execute("INSERT INTO events (id, type, country, date_earliest, n_reports, created_at) "
                     "SELECT id, type, country, date_earliest, 1, '2024-01-01 00:00:00' FROM event_reports")
    with Store.open(path) as store:
        assert _stored(store, "follow-up")[0] is None
        store.write([cases.unrelated(make)])
        assert {aid: _stored(store, aid) for aid in expected} == expected
        with store.engine.connect() as conn:
            events = set(conn.execute(sa.select(S.events.c.id)).scalars())
        assert "follow-up-r2" not in events and "first-r1" in events  # the joined report's own event is gone


def test_re_extracting_keeps_each_events_report_count(make, tmp_path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write([cases.first(make), cases.follow_up(make)])
        for again in (cases.first(make), cases.follow_up(make), cases.first(make)):
            store.write([again], replace=True)
        with store.engine.connect() as conn:
            events = {x.id: x.n_reports for x in conn.execute(sa.select(S.events.c.id, S.events.c.n_reports))}
            actual = dict(conn.execute(sa.select(S.event_reports.c.event_id, sa.func.count())
                                       .group_by(S.event_reports.c.event_id)).all())
        assert events == actual
