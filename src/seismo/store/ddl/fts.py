"""Full-text search objects, one set per dialect (schema version 8).

* SQLite: one FTS5 table per searched table, declared the way datasette (and sqlite-utils)
  expect, ``content="TABLE"``, keyed by the table's rowid: the index holds no copy of the text,
  a match is a rowid of the searched table, and ``datasette`` offers ``?_search=`` on
  ``articles``, ``event_reports`` and ``quotes``.  Triggers keep each index in step with every
  insert, delete (foreign-key cascades included) and update of an indexed column, whoever writes.
* PostgreSQL: expression GIN indexes; :mod:`seismo.store.read.search` uses the very same expressions.

SQLite keeps rowids through ``VACUUM`` in practice; should a tool ever renumber them,
``INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`` (and the same for ``reports_fts``
and ``quotes_fts``) re-indexes.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from seismo.errors import StoreError

TOKENIZE = "porter unicode61 remove_diacritics 2"


@dataclass(frozen=True, slots=True)
class FtsTable:
    """An SQLite FTS5 index: its name, the table it indexes and the indexed columns (same names)."""

    name: str
    table: str
    columns: tuple[str, ...]


#: the SQLite full-text indexes, by seismo.store.read.search target
SQLITE_FTS = {
    "articles": FtsTable("articles_fts", "articles", ("title", "text")),
    "reports": FtsTable("reports_fts", "event_reports", ("evidence_text",)),
    "quotes": FtsTable("quotes_fts", "quotes", ("text",)),
}

#: PostgreSQL: expression GIN indexes (index, table, expression)
PG_TS_CONFIG = "english"
PG_FTS = (
    ("ix_articles_fts", "articles", "coalesce(title, '') || ' ' || text"),
    ("ix_reports_fts", "event_reports", "evidence_text"),
    ("ix_quotes_fts", "quotes", "text"),
)

#: trigger names of every SQLite full-text layout so far (dropped before a layout is rebuilt)
_TRIGGER_SUFFIXES = ("_ai", "_ad", "_au")


def fts5(conn: sa.Connection, statement: str) -> None:
    """Run an FTS5 statement, naming the fix when this SQLite has no FTS5."""
    try:
        conn.exec_driver_sql(statement)
    except sa.exc.OperationalError as exc:
        raise StoreError(
            f"this SQLite build has no FTS5 full-text search ({exc.orig}); "
            "use a Python whose sqlite3 module includes FTS5"
        ) from exc


def _triggers(fts: FtsTable) -> tuple[str, ...]:
    cols = ", ".join(fts.columns)
    new = ", ".join(f"new.{c}" for c in fts.columns)
    old = ", ".join(f"old.{c}" for c in fts.columns)
    insert = f"INSERT INTO {fts.name}(rowid, {cols}) VALUES (new.rowid, {new});"
    delete = f"INSERT INTO {fts.name}({fts.name}, rowid, {cols}) VALUES ('delete', old.rowid, {old});"
    return (
        f"CREATE TRIGGER {fts.name}_ai AFTER INSERT ON {fts.table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts.name}_ad AFTER DELETE ON {fts.table} BEGIN {delete} END",
        # only a change to an indexed column re-indexes (the linker updates other columns often)
        f"CREATE TRIGGER {fts.name}_au AFTER UPDATE OF {cols} ON {fts.table} BEGIN {delete} {insert} END",
    )


def create_sqlite_index(conn: sa.Connection, fts: FtsTable, *, fill: bool) -> None:
    """One FTS5 index over ``fts.table`` and its triggers (``fill``: index the stored rows now)."""
    cols = ", ".join(fts.columns)
    fts5(conn, f'CREATE VIRTUAL TABLE {fts.name} USING fts5({cols}, content="{fts.table}", '
               f"content_rowid=\"rowid\", tokenize='{TOKENIZE}')")
    for trigger in _triggers(fts):
        conn.exec_driver_sql(trigger)
    if fill:
        conn.exec_driver_sql(f"INSERT INTO {fts.name}({fts.name}) VALUES ('rebuild')")


def drop_sqlite_indexes(conn: sa.Connection) -> None:
    """Drop the SQLite full-text indexes and their triggers, whatever layout an older version left."""
    for fts in SQLITE_FTS.values():
        for suffix in _TRIGGER_SUFFIXES:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts.name}{suffix}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts.name}")


def create_search(conn: sa.Connection, *, fill: bool = False) -> None:
    """Create the dialect's full-text search objects (FTS5 tables + triggers, or GIN indexes);
    ``fill`` (SQLite): index the rows already stored."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        for fts in SQLITE_FTS.values():
            create_sqlite_index(conn, fts, fill=fill)
    elif dialect == "postgresql":
        for name, table, expr in PG_FTS:
            conn.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                f"USING gin (to_tsvector('{PG_TS_CONFIG}', {expr}))"
            )
    # other dialects: seismo.store.read.search falls back to LIKE; nothing to create
