"""The feed state in the store (:mod:`seismo.store.watch.feeds`, schema version 9) on SQLite, and on
PostgreSQL when SEISMO_TEST_PG names a server; and the period syntax of ``--every``."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from seismo.errors import ConfigError, QueryError
from seismo.feeds import format_every, parse_every
from seismo.store import Store
from seismo.store.watch import feeds as state
from seismo.store.watch.feeds import StoredItem
from seismo.store.migrations import MIGRATIONS

T0 = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc)


def test_feeds_are_added_found_polled_and_removed(store) -> None:
    engine = store.engine
    feed, created = state.add_feed(engine, "http://a.test/rss.xml", every_seconds=900, now=T0)
    assert created and (feed.id, feed.name, feed.failures, feed.next_poll, feed.added_at) == (1, None, 0, None, T0)
    again, created = state.add_feed(engine, "http://a.test/rss.xml", every_seconds=3600, name="alpha")
    assert not created and (again.id, again.every_seconds, again.name) == (1, 3600, "alpha")
    other, _ = state.add_feed(engine, "http://b.test/atom.xml", every_seconds=600, name="alpha")
    assert state.find_feed(engine, "1") == again == state.find_feed(engine, "http://a.test/rss.xml")
    with pytest.raises(QueryError, match="2 feeds with id, URL or name 'alpha'"):
        state.find_feed(engine, "alpha")
    with pytest.raises(QueryError, match="no feed with id, URL or name 'nope'"):
        state.find_feed(engine, "nope")

    assert [f.id for f in state.due_feeds(engine, now=T0)] == [1, 2]  # never polled: both due
    state.record_success(engine, 1, polled_at=T0, next_poll=T0 + dt.timedelta(hours=1), etag='"x"',
                         last_modified="Tue, 10 Mar 2026 12:00:00 GMT", title="Ignored: it has a name")
    state.record_failure(engine, 2, polled_at=T0, next_poll=T0 + dt.timedelta(minutes=10), error="HTTP 404 Not Found")
    state.record_failure(engine, 2, polled_at=T0, next_poll=T0 + dt.timedelta(minutes=20), error="timed out")
    one, two = state.list_feeds(engine)
    assert (one.etag, one.last_polled, one.next_poll, one.name) == ('"x"', T0, T0 + dt.timedelta(hours=1), "alpha")
    assert (two.failures, two.last_error, two.next_poll) == (2, "timed out", T0 + dt.timedelta(minutes=20))
    assert state.due_feeds(engine, now=T0 + dt.timedelta(minutes=30)) == [two]

    state.save_items(engine, [
        StoredItem(1, "http://a.test/1", "h1", "h1", T0, etag='"p1"'),
        StoredItem(1, "http://a.test/2", None, None, T0),
        StoredItem(2, "http://a.test/2", "h2", "h2", T0),
    ])
    state.save_items(engine, [StoredItem(1, "http://a.test/1", "h1", "h1", T0, etag='"p2"')])  # replaced
    known = state.items_by_url(engine, ["http://a.test/1", "http://a.test/2", "http://a.test/3"])
    assert {u: (i.article_id, i.etag) for u, i in known.items()} == {
        "http://a.test/1": ("h1", '"p2"'), "http://a.test/2": ("h2", None)}  # the row with an article wins
    assert state.feed_item_counts(engine) == {1: (2, 1), 2: (1, 1)}
    assert state.remove_feed(engine, 1) == 2
    assert [f.id for f in state.list_feeds(engine)] == [2]
    assert set(state.items_by_url(engine, ["http://a.test/1", "http://a.test/2"])) == {"http://a.test/2"}


def test_a_version_8_store_gains_the_feed_tables(tmp_path) -> None:
    path = tmp_path / "v8.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:  # laid out as version 8 left it
        conn.execute("DROP TABLE feed_items")
        conn.execute("DROP TABLE feeds")
        conn.execute("DELETE FROM schema_version WHERE version > 8")
    with Store.open(path, migrations=MIGRATIONS[:8]) as old:
        assert old.stats().schema_version == 8
    with Store.open(path) as upgraded:
        assert upgraded.stats().schema_version == MIGRATIONS[-1].version >= 9
        feed, _ = state.add_feed(upgraded.engine, "http://a.test/rss.xml", every_seconds=900)
        assert state.list_feeds(upgraded.engine) == [feed]
    with sqlite3.connect(path) as conn, sqlite3.connect(tmp_path / "fresh.db") as fresh:
        Store.open(tmp_path / "fresh.db").close()
        ddl = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('feeds', 'feed_items') ORDER BY name"
        assert conn.execute(ddl).fetchall() == fresh.execute(ddl).fetchall()  # as a fresh store has them


@pytest.mark.parametrize(("text", "seconds", "shown"), [
    ("15m", 900, "15m"), ("15", 900, "15m"), ("90s", 90, "90s"), ("2h", 7200, "2h"), ("1d", 86400, "1d"),
    (" 3 H ", 10800, "3h"), ("120m", 7200, "2h"),
])
def test_periods(text, seconds, shown) -> None:
    assert parse_every(text) == seconds
    assert format_every(seconds) == shown


@pytest.mark.parametrize(("text", "reason"), [
    ("30s", "at most once a minute"), ("soon", "cannot read the period"), ("1.5h", "cannot read the period"),
    ("", "cannot read the period"),
])
def test_bad_periods(text, reason) -> None:
    with pytest.raises(ConfigError, match=reason):
        parse_every(text)
