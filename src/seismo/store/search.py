"""Full-text search conditions, one per dialect, always with the query bound as a parameter.

The user's text is reduced to its words, and every word must occur (like PostgreSQL's
``plainto_tsquery``): no operator syntax reaches FTS5, so no input can make a query fail.

* SQLite: the FTS5 tables made by :mod:`seismo.store.migrations` (porter stemming).
* PostgreSQL: ``to_tsvector(...) @@ plainto_tsquery(...)`` over the indexed expressions.
* anything else: every word ``LIKE``-matched, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Literal

import sqlalchemy as sa

from seismo.store import schema
from seismo.store.migrations import PG_TS_CONFIG

Target = Literal["articles", "reports", "quotes"]

_WORD = re.compile(r"\w+", re.UNICODE)

#: target → (FTS5 table, its id column, the searched table's id column, searched expression)
_TARGETS = {
    "articles": ("articles_fts", "article_id", schema.articles.c.id,
                 sa.func.coalesce(schema.articles.c.title, sa.literal_column("''"))
                 .concat(sa.literal_column("' '")).concat(schema.articles.c.text)),
    "reports": ("reports_fts", "report_id", schema.event_reports.c.id, schema.event_reports.c.evidence_text),
    "quotes": ("quotes_fts", "quote_id", schema.quotes.c.id, schema.quotes.c.text),
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


def matches(dialect: str, target: Target, q: str, *,
            key: sa.ColumnElement[str] | None = None) -> sa.ColumnElement[bool]:
    """A condition true for the rows of ``target`` whose searched text has every word of ``q``.

    ``key`` (SQLite only): test that column against the matching ids instead of ``target``'s
    own id, e.g. ``event_reports.article_id`` against the articles' index.
    A query without any word matches nothing.
    """
    fts, fts_key, own_key, expr = _TARGETS[target]
    key = own_key if key is None else key
    found = words(q)
    if not found:
        return sa.false()
    if dialect == "sqlite":
        table = sa.table(fts, sa.column(fts_key))
        hits = sa.select(table.c[fts_key]).where(sa.literal_column(fts).op("MATCH")(sa.literal(fts5_query(q))))
        return key.in_(hits)
    if dialect == "postgresql":
        return sa.func.to_tsvector(sa.literal_column(f"'{PG_TS_CONFIG}'"), expr).op("@@")(
            sa.func.plainto_tsquery(sa.literal_column(f"'{PG_TS_CONFIG}'"), " ".join(found))
        )
    return sa.and_(*(contains(expr, w) for w in found))


#: how many matching articles make a search "common" (the list then walks the reports in order)
COMMON_MATCHES = 2000


def is_common(conn: sa.Connection, q: str, *, at_least: int = COMMON_MATCHES) -> bool:
    """Whether at least ``at_least`` articles match ``q`` (SQLite; reads at most that many ids)."""
    if conn.dialect.name != "sqlite" or not words(q):
        return False
    hits = sa.select(sa.literal_column("rowid")).select_from(sa.table("articles_fts")).where(
        sa.literal_column("articles_fts").op("MATCH")(sa.literal(fts5_query(q)))).limit(at_least)
    return conn.execute(sa.select(sa.func.count()).select_from(hits.subquery())).scalar_one() >= at_least
