"""Full-text search conditions, one per dialect, always with the query bound as a parameter.

The user's text is reduced to its words, and every word must occur (like PostgreSQL's
``plainto_tsquery``): no operator syntax reaches FTS5, so no input can make a query fail.

* SQLite: the FTS5 tables of :mod:`seismo.store.ddl.fts` (porter stemming), each keyed by its
  table's rowid (schema version 8; the articles' since version 3): a match is a rowid, turned
  into the row's id by a rowid seek.
* PostgreSQL: ``to_tsvector(...) @@ plainto_tsquery(...)`` over the indexed expressions.
* anything else: every word ``LIKE``-matched, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Any, Literal

import sqlalchemy as sa

from seismo.errors import QueryError
from seismo.store import schema
from seismo.store.ddl.fts import PG_TS_CONFIG, SQLITE_FTS

Target = Literal["articles", "reports", "quotes"]

_WORD = re.compile(r"\w+", re.UNICODE)

#: target → (the searched table, the searched expression on PostgreSQL and other dialects)
_TARGETS = {
    "articles": (schema.articles,
                 sa.func.coalesce(schema.articles.c.title, sa.literal_column("''"))
                 .concat(sa.literal_column("' '")).concat(schema.articles.c.text)),
    "reports": (schema.event_reports, schema.event_reports.c.evidence_text),
    "quotes": (schema.quotes, schema.quotes.c.text),
}


def words(q: str) -> list[str]:
    """The words of a query, in order (punctuation and operators dropped)."""
    return _WORD.findall(q)


def fts5_query(q: str) -> str:
    """An FTS5 MATCH string requiring every word of ``q`` (each quoted as a phrase)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words(q))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: sa.ColumnElement[str], text: str) -> sa.ColumnElement[bool]:
    """Case-insensitive substring test with LIKE wildcards in ``text`` escaped."""
    return sa.func.lower(column).like(f"%{_like_escape(text.lower())}%", escape="\\")


def _fts_match(fts: str, q: str) -> sa.ColumnElement[bool]:
    return sa.literal_column(fts).op("MATCH")(sa.literal(fts5_query(q)))


def _sqlite_matches(target: Target, q: str, key: sa.ColumnElement[str], *,
                    per_row: bool) -> sa.ColumnElement[bool]:
    """SQLite: ``key`` (an id of ``target``'s table) names a row whose indexed text has every word of ``q``.

    Each index is keyed by its table's rowid.  ``per_row=False``: ``key IN`` the ids of every
    match (a rowid seek each), so a rare word drives the query.  ``per_row=True``: for each row,
    find its rowid and ask the index about that one rowid, so a query walking another index in
    order stops after a page of rows however many rows match.
    """
    name = SQLITE_FTS[target].name
    table, _ = _TARGETS[target]
    fts = sa.table(name, sa.column("rowid"))
    row = table.alias(f"fts_{table.name}")
    rowid = sa.literal_column(f"fts_{table.name}.rowid")
    if per_row:
        own = sa.select(rowid).where(row.c.id == key).correlate_except(row).scalar_subquery()
        return sa.exists().where(_fts_match(name, q), fts.c.rowid == own)
    hits = sa.select(fts.c.rowid).where(_fts_match(name, q))
    return key.in_(sa.select(row.c.id).where(rowid.in_(hits)))


def matches(dialect: str, target: Target, q: str, *,
            key: sa.ColumnElement[str] | None = None, per_row: bool = False) -> sa.ColumnElement[bool]:
    """A condition true for the rows of ``target`` whose searched text has every word of ``q``.

    ``key`` (SQLite only): test that column against the matching ids instead of ``target``'s
    own id, e.g. ``event_reports.article_id`` against the articles' index.  ``per_row``
    (SQLite): test each row on its own (see :func:`_sqlite_matches`).
    A query without any word matches nothing.
    """
    table, expr = _TARGETS[target]
    key = table.c.id if key is None else key
    found = words(q)
    if not found:
        return sa.false()
    if dialect == "sqlite":
        return _sqlite_matches(target, q, key, per_row=per_row)
    if dialect == "postgresql":
        return sa.func.to_tsvector(sa.literal_column(f"'{PG_TS_CONFIG}'"), expr).op("@@")(
            sa.func.plainto_tsquery(sa.literal_column(f"'{PG_TS_CONFIG}'"), " ".join(found))
        )
    return sa.and_(*(contains(expr, w) for w in found))


#: fewest matching articles that make a search "common" (the list then walks the reports in order)
COMMON_MATCHES = 2000
#: a page read from the matches costs about (matches) units, one walked in list order about
#: COMMON_FACTOR x (articles / matches): the walk wins above sqrt(COMMON_FACTOR x articles) matches
COMMON_FACTOR = 500


def common_threshold(conn: sa.Connection) -> int:
    """How many matching articles make a search common in this store (SQLite): the larger of
    :data:`COMMON_MATCHES` and ``sqrt(COMMON_FACTOR x articles)``, articles estimated by the
    largest rowid (one index seek)."""
    top = conn.exec_driver_sql("SELECT max(rowid) FROM articles").scalar() or 0
    return max(COMMON_MATCHES, int((COMMON_FACTOR * int(top)) ** 0.5))


def is_common(conn: sa.Connection, q: str, *, at_least: int | None = None) -> bool:
    """Whether at least ``at_least`` (default :func:`common_threshold`) articles match ``q``
    (SQLite; reads at most that many rowids from the index)."""
    if conn.dialect.name != "sqlite" or not words(q):
        return False
    at_least = common_threshold(conn) if at_least is None else at_least
    hits = sa.select(sa.literal_column("rowid")).select_from(sa.table("articles_fts")).where(
        _fts_match("articles_fts", q)).limit(at_least)
    return conn.execute(sa.select(sa.func.count()).select_from(hits.subquery())).scalar_one() >= at_least


def _has_nul(params: Any) -> bool:
    if isinstance(params, str):
        return "\x00" in params
    if isinstance(params, dict):
        params = params.values()
    elif not isinstance(params, (list, tuple)):
        return False
    for v in params:  # a loop, not any(generator): every row of every write passes here
        if isinstance(v, str):
            if "\x00" in v:
                return True
        elif isinstance(v, (dict, list, tuple)) and _has_nul(v):
            return True
    return False


def refuse_nul(engine: sa.Engine) -> None:
    """Refuse a NUL character in any value sent to the database, on every store alike: PostgreSQL
    rejects it in text (a server error), SQLite would store or search it.  Ingest removes NUL
    from what it reads, so this meets only query values (a search, an id) and answers QueryError."""

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _check(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if _has_nul(parameters):
            raise QueryError("a query value contains a NUL character, which no store can search or hold; remove it")
