"""Schema versions (:mod:`seismo.store.migrations`): a fresh store is at the latest, newer stores
are refused, a failed migration keeps the old version, and each upgrade (v1 → v2 → v3 → v4)
gives what a fresh store has."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from seismo.errors import StoreError
from seismo.store import EventFilter, Store
from seismo.store.ddl.views import VIEWS
from seismo.store.migrations import _V2_INDEXES, MIGRATIONS, Migration
from seismo.store.samples import sample_results

LATEST = MIGRATIONS[-1].version

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES


def test_fresh_store_is_at_latest_version(store: Store) -> None:
    with store.engine.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version FROM schema_version").scalars().all()
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert versions == [m.version for m in MIGRATIONS]
    assert {"articles_fts", "reports_fts", "quotes_fts", "ix_reports_country_type_date"} <= names


def test_newer_store_is_refused(tmp_path) -> None:
    path = tmp_path / "new.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')")
    with pytest.raises(StoreError, match="schema version 99 .* upgrade seismo"):
        Store.open(path)


def test_migration_upgrades_an_old_store(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as old:
        old.write([PARIS])

    def add_language(conn) -> None:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN language TEXT")

    newer = (*MIGRATIONS, Migration(LATEST + 1, "articles.language", add_language))
    with Store.open(path, migrations=newer) as upgraded:
        assert upgraded.stats().schema_version == LATEST + 1
        assert upgraded.article(PARIS.article.id) == PARIS
        with upgraded.engine.connect() as conn:
            assert "language" in {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(articles)")}
    with pytest.raises(StoreError, match=f"schema version {LATEST + 1}"):
        Store.open(path)


def test_failed_migration_keeps_the_old_version(tmp_path) -> None:
    path = tmp_path / "old.db"
    Store.open(path).close()

    def broken(conn) -> None:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN x TEXT")
        conn.exec_driver_sql("ALTER TABLE no_such_table ADD COLUMN y TEXT")

    with pytest.raises(StoreError, match=f"stays at version {LATEST}"):
        Store.open(path, migrations=(*MIGRATIONS, Migration(LATEST + 1, "broken", broken)))
    with Store.open(path) as store, store.engine.connect() as conn:
        assert store.stats().schema_version == LATEST
        assert "x" not in {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(articles)")}


def test_migration_list_must_have_no_gaps(tmp_path) -> None:
    with pytest.raises(StoreError, match="without gaps"):
        Store.open(tmp_path / "g.db", migrations=(*MIGRATIONS, Migration(LATEST + 2, "gap", lambda c: None)))


# ----------------------------------------------------------------------- v1 → v2: dashboard indexes, rollup


def drop_views(conn: sqlite3.Connection) -> None:
    """A store older than version 8 has no views (and SQLite drops no column a view reads)."""
    for name in VIEWS:
        conn.execute(f"DROP VIEW {name}")


def make_v1(path) -> None:
    """A store laid out as schema version 1 left it (no v2 indexes, no rollup)."""
    with Store.open(path) as s:
        s.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE daily_counts")
        for name in _V2_INDEXES:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("CREATE INDEX ix_reports_country_type_date ON event_reports (country, type, date_earliest)")
        conn.execute("CREATE INDEX ix_reports_modality ON event_reports (modality)")
        conn.execute("DELETE FROM schema_version WHERE version > 1")


def index_columns(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_reports' AND sql IS NOT NULL"
        ).scalars().all()
        return {n: [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({n})")] for n in names}


def test_v1_store_upgrades_to_v2(rollup_rows, recounted, tmp_path) -> None:
    path = tmp_path / "v1.db"
    make_v1(path)
    with Store.open(path, migrations=MIGRATIONS[:2]) as s:
        assert s.stats().schema_version == 2
        assert rollup_rows(s) == recounted(s) != []
        columns = index_columns(s)
        assert columns["ix_reports_country_type_date"] == ["country", "type", "date_earliest", "id"]
        assert columns["ix_reports_country_date"] == ["country", "date_earliest", "id"]
        assert "ix_reports_modality" not in columns
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar() > 0
        assert s.article(PARIS.article.id) == PARIS
    with Store.open(tmp_path / "fresh.db") as fresh:
        assert index_columns(fresh) == columns  # an upgraded store matches a fresh one


# ------------------------------------------------------------------ v2 → v3: articles' index keyed by rowid


def make_v2(path) -> None:
    """A store as schema version 2 left it: ``articles_fts`` a copy of the text keyed by article_id."""
    with Store.open(path) as s:
        s.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE articles_fts")
        conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, "
                     "tokenize='porter unicode61 remove_diacritics 2')")
        conn.execute("CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO "
                     "articles_fts(article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END")
        conn.execute("CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
                     "DELETE FROM articles_fts WHERE article_id = old.id; END")
        conn.execute("INSERT INTO articles_fts(article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles")
        conn.execute("DROP INDEX ix_daily_counts_day")
        conn.execute("DROP INDEX ix_daily_counts_country")
        conn.execute("CREATE INDEX ix_daily_counts_day ON daily_counts (day, country, type)")
        conn.execute("CREATE INDEX ix_daily_counts_country ON daily_counts (country, type, day)")
        conn.execute("DELETE FROM schema_version WHERE version > 2")


def rollup_index_columns(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        return {n: [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({n})")]
                for n in ("ix_daily_counts_day", "ix_daily_counts_country")}


def fts_layout(store: Store) -> tuple[str, list[str]]:
    with store.engine.connect() as conn:
        table = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").scalar()
        triggers = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name").scalars().all()
    return table, triggers


@pytest.mark.parametrize(("q", "expected"), [("fuel", True), ("Almaty", True), ("zzzunknownword", False)])
def test_v2_store_upgrades_to_v3(rollup_rows, recounted, tmp_path, q: str, expected: bool) -> None:
    path = tmp_path / "v2.db"
    make_v2(path)
    with Store.open(path, migrations=MIGRATIONS[:2]) as old:
        before = [a.id for a in old.articles(q=q)]
    with Store.open(path, migrations=MIGRATIONS[:3]) as s:
        assert s.stats().schema_version == 3
        table, triggers = fts_layout(s)
        assert "content='articles'" in table and "article_id" not in table
        assert [a.id for a in s.articles(q=q)] == before
        assert bool(before) is expected
        assert rollup_index_columns(s) == {"ix_daily_counts_day": ["day", "type", "country", "events"],
                                           "ix_daily_counts_country": ["country", "type", "day", "events"]}
        assert rollup_rows(s) == recounted(s)
        # the index follows deletes and inserts after the upgrade
        s.write([ALMATY], replace=True)
        assert [a.id for a in s.articles(q=q)] == before
        with s.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    with Store.open(path) as latest, Store.open(tmp_path / "fresh.db") as fresh:
        assert fts_layout(latest) == fts_layout(fresh)  # upgraded on to the latest, it matches a fresh one


# ----------------------------------------------------------------------------- v3 → v4: steps per article


def test_a_fresh_store_equals_an_upgraded_one(tmp_path) -> None:
    path = tmp_path / "v3.db"
    Store.open(path).close()
    added = {"articles": ["steps", "story_id", "primary_event_id", "duplicate_of", "story_matched",
                          "story_score", "story_reasons"],
             "event_reports": ["mentions", "link_score", "link_reasons", "scope", "part"]}
    with sqlite3.connect(path) as conn:
        for table in ("link_articles", "link_postings", "link_bands", "link_df"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX ix_articles_story")
        drop_views(conn)
        for table, names in added.items():
            for name in names:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        conn.execute("DELETE FROM schema_version WHERE version > 3")
    Store.open(path).close()
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()

    def columns(p, table: str) -> list[tuple]:
        with sqlite3.connect(p) as conn:
            return [row[1:] for row in conn.execute(f"PRAGMA table_info({table})")]

    for table in (*added, "link_df", "link_articles"):
        assert columns(path, table) == columns(fresh, table)



def test_postgresql_upgrade_to_version_4(triggers, pg_store: Store) -> None:
    """Migration 4 on PostgreSQL: a version-3 store gets ``articles.steps`` (unknown for what it holds)."""
    import os

    pg_store.write(SAMPLES)
    with pg_store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE articles DROP COLUMN steps")
        conn.exec_driver_sql("DELETE FROM schema_version WHERE version > 3")
    with Store.open(os.environ["SEISMO_TEST_PG"]) as upgraded:
        assert upgraded.stats().schema_version == LATEST
        assert upgraded.article_steps([PARIS.article.id]) == {PARIS.article.id: None}
        assert upgraded.article(PARIS.article.id) == PARIS
        before = triggers(upgraded.events(EventFilter(q="fuel")))
        again = replace(PARIS, steps=("seismo.events.v4",))
        assert upgraded.write([again], replace=True).articles_replaced == 1
        assert upgraded.article_steps([PARIS.article.id]) == {PARIS.article.id: ("seismo.events.v4",)}
        assert triggers(upgraded.events(EventFilter(q="fuel"))) == before


# ----------------------------------------------------------------------------- v4 → v5: merged mentions


def test_version_5_adds_report_mentions_and_keeps_old_reports(tmp_path) -> None:
    path = tmp_path / "v4.db"
    with Store.open(path) as store:
        store.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        drop_views(conn)
        conn.execute("ALTER TABLE event_reports DROP COLUMN mentions")
        conn.execute("DELETE FROM schema_version WHERE version > 4")
    with Store.open(path) as upgraded:
        assert upgraded.stats().schema_version == LATEST
        old = upgraded.article(PARIS.article.id)
        assert old is not None and all(e.mentions == () for e in old.events)  # unknown for what was stored: none
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()

    def columns(p) -> list[tuple]:  # by name: a later version's columns come after mentions here
        with sqlite3.connect(p) as conn:
            return sorted(row[1:] for row in conn.execute("PRAGMA table_info(event_reports)"))

    assert columns(path) == columns(fresh)


def test_version_12_adds_count_parts_and_reads_old_counts_as_text(tmp_path) -> None:
    path = tmp_path / "v11.db"
    with Store.open(path) as store:
        store.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE counts DROP COLUMN part")
        conn.execute("DELETE FROM schema_version WHERE version > 11")
    with Store.open(path) as upgraded:
        assert upgraded.stats().schema_version == LATEST
        stored = [upgraded.article(r.article.id) for r in SAMPLES]
        counts = [c for a in stored if a is not None for e in a.events for c in e.counts]
        assert counts and all(c.part == "text" for c in counts)  # stored before: read off the text
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()

    def columns(p) -> list[tuple]:
        with sqlite3.connect(p) as conn:
            return [row[1:] for row in conn.execute("PRAGMA table_info(counts)")]

    assert columns(path) == columns(fresh)


# ----------------------------------------------------------------------------- v12 → v13: the linker's lookups


def test_version_13_rebuilds_the_linkers_lookup_indexes_with_their_last_columns(tmp_path) -> None:
    path = tmp_path / "v12.db"
    with Store.open(path) as store:
        store.write(SAMPLES)
        before = store.stats()
    with sqlite3.connect(path) as conn:  # the indexes as versions 6 to 12 made them
        for name, columns in (("ix_link_postings_term", "link_postings (term, day)"),
                              ("ix_link_bands_band", "link_bands (band)"),
                              ("ix_events_type_country_latest", "events (type, country, date_latest)")):
            conn.execute(f"DROP INDEX {name}")
            conn.execute(f"CREATE INDEX {name} ON {columns}")
        conn.execute("DELETE FROM schema_version WHERE version > 12")
    with Store.open(path) as upgraded:
        assert upgraded.stats().schema_version == LATEST
        assert upgraded.stats() == before
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()

    def columns(p, index: str) -> list[str]:
        with sqlite3.connect(p) as conn:
            return [row[2] for row in conn.execute(f"PRAGMA index_info({index})")]

    assert columns(path, "ix_link_postings_term") == ["term", "day", "article_id"]
    for index in ("ix_link_postings_term", "ix_link_bands_band", "ix_events_type_country_latest"):
        assert columns(path, index) == columns(fresh, index)
