"""The full-text indexes of :mod:`seismo.store.ddl.fts` (schema version 8): declared the way
datasette detects them, keyed by their table's rowid, kept current by triggers, and a store at
version 7 (reports and quotes indexed by a copy of their text) upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from seismo.store import Store, schema
from seismo.store.ddl.fts import SQLITE_FTS
from seismo.store.ddl.views import VIEWS
from seismo.store.migrations import MIGRATIONS
from seismo.store.samples import sample_results
from seismo.store.read.search import matches

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES
_TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2'"

#: the full-text layout version 7 left (version 3's articles index, reports and quotes copied)
_V7_LAYOUT = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', "
    f"{_TOKENIZE})",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN INSERT INTO "
    "articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN INSERT INTO "
    "articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    f"CREATE VIRTUAL TABLE reports_fts USING fts5(report_id UNINDEXED, evidence, {_TOKENIZE})",
    "CREATE TRIGGER reports_fts_ai AFTER INSERT ON event_reports BEGIN "
    "INSERT INTO reports_fts(report_id, evidence) VALUES (new.id, new.evidence_text); END",
    "CREATE TRIGGER reports_fts_ad AFTER DELETE ON event_reports BEGIN "
    "DELETE FROM reports_fts WHERE report_id = old.id; END",
    "INSERT INTO reports_fts(report_id, evidence) SELECT id, evidence_text FROM event_reports",
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(quote_id UNINDEXED, text, {_TOKENIZE})",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(quote_id, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "DELETE FROM quotes_fts WHERE quote_id = old.id; END",
    "INSERT INTO quotes_fts(quote_id, text) SELECT id, text FROM quotes",
)


def make_v7(path: Path) -> None:
    """A store holding the samples as schema version 7 left it: no views, the old indexes."""
    with Store.open(path) as s:
        s.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        for name in VIEWS:
            conn.execute(f"DROP VIEW {name}")
        conn.execute("DROP TABLE acled_countries")
        for fts in SQLITE_FTS.values():
            for suffix in ("_ai", "_ad", "_au"):
                conn.execute(f"DROP TRIGGER {fts.name}{suffix}")
            conn.execute(f"DROP TABLE {fts.name}")
        for statement in _V7_LAYOUT:
            conn.execute(statement)
        conn.execute("DELETE FROM schema_version WHERE version > 7")


def layout(path: Path) -> list[tuple[str, str, str]]:
    """Every full-text table, trigger and view: (type, name, SQL)."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master "
            "WHERE (type = 'table' AND name LIKE '%\\_fts' ESCAPE '\\') "
            "OR name = 'acled_countries' "
            "OR type IN ('trigger', 'view') ORDER BY type, name").fetchall()


def contents(path: Path) -> dict[str, list[tuple]]:
    """The rows of the reference table and of every view (but when the events were stored)."""
    with sqlite3.connect(path) as conn:
        out = {"acled_countries": conn.execute("SELECT * FROM acled_countries ORDER BY iso3").fetchall()}
        for name in VIEWS:
            cursor = conn.execute(f"SELECT * FROM {name}")
            names = [d[0] for d in cursor.description]
            keep = [n not in ("timestamp", "coded_date") for n in names]
            out[name] = sorted(tuple(v for k, v in zip(keep, row, strict=True) if k) for row in cursor)
    return out


def check_integrity(store: Store) -> None:
    with store.engine.connect() as conn:
        for fts in SQLITE_FTS.values():
            conn.exec_driver_sql(f"INSERT INTO {fts.name}({fts.name}) VALUES ('integrity-check')")


def found(store: Store, q: str) -> tuple[list[str], list[str], list[str]]:
    """What seismo's own search finds for ``q``: article ids, report ids (the reports' index:
    the event list searches the articles' on SQLite), quote article ids."""
    reports = schema.event_reports
    with store.engine.connect() as conn:
        hits = conn.execute(sa.select(reports.c.id).where(matches("sqlite", "reports", q))).scalars()
        report_ids = sorted(hits)
    return ([a.id for a in store.articles(q=q)], report_ids, [h.article.id for h in store.quotes(q=q)])


@pytest.mark.parametrize("q", ["fuel", "protesters", "talks", "shelled", "zzzunknownword"])
def test_a_version_7_store_upgrades_to_version_8(tmp_path, q: str) -> None:
    path = tmp_path / "v7.db"
    make_v7(path)
    with Store.open(path, migrations=MIGRATIONS[:7]) as old:
        before = found(old, q)
    with Store.open(path) as s:
        assert s.stats().schema_version == MIGRATIONS[-1].version >= 8
        assert found(s, q) == before
        check_integrity(s)
    fresh = tmp_path / "fresh.db"
    with Store.open(fresh) as f:
        f.write(SAMPLES)
    assert layout(path) == layout(fresh)  # an upgraded store matches a fresh one
    assert contents(path) == contents(fresh) != {}


def test_datasette_style_declarations(store: Store) -> None:
    """``content="TABLE"`` in double quotes: the pattern datasette's detect_fts looks for."""
    with store.engine.connect() as conn:
        for fts in SQLITE_FTS.values():
            sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (fts.name,)).scalar()
            assert f'content="{fts.table}"' in sql and 'content_rowid="rowid"' in sql


def test_the_indexes_follow_replacements_and_deletes(store: Store) -> None:
    store.write(SAMPLES)
    assert found(store, "fuel")[0] == [ALMATY.article.id]
    assert store.write([ALMATY], replace=True).articles_replaced == 1
    assert found(store, "fuel")[0] == [ALMATY.article.id]
    assert found(store, "talks")[2] == [GENEVA.article.id]
    with store.engine.begin() as conn:  # its quotes go by cascade
        conn.exec_driver_sql("DELETE FROM articles WHERE id = ?", (GENEVA.article.id,))
    assert found(store, "talks") == ([], [], [])
    check_integrity(store)
    with store.engine.connect() as conn:  # no stale rowid is left in any index
        for fts in SQLITE_FTS.values():
            stale = conn.exec_driver_sql(
                f"SELECT count(*) FROM {fts.name}_docsize WHERE id NOT IN (SELECT rowid FROM {fts.table})"
            ).scalar()
            assert stale == 0


def test_an_update_of_an_indexed_column_is_reindexed(store: Store) -> None:
    store.write(SAMPLES)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE quotes SET text = 'Negotiations collapsed' WHERE article_id = ?",
                             (GENEVA.article.id,))
        conn.exec_driver_sql("UPDATE event_reports SET evidence_text = 'Barricades went up downtown.' "
                             "WHERE article_id = ?", (PARIS.article.id,))
        conn.exec_driver_sql("UPDATE articles SET title = 'Barricades' WHERE id = ?", (GENEVA.article.id,))
        conn.exec_driver_sql("UPDATE articles SET story_id = 'x'")  # not indexed: no re-indexing needed
    assert found(store, "negotiations")[2] == [GENEVA.article.id]
    assert found(store, "talks")[2] == []
    assert found(store, "barricades")[1] == sorted(e.id for e in PARIS.events)
    assert GENEVA.article.id in found(store, "barricades")[0]
    check_integrity(store)
