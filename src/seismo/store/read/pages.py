"""Event lists for the API and dashboard: keyset pages with stable cursors, one event's reports.

    event_page(engine, filter, sort="-date", cursor=None)   (also ``Store.event_page``)
    event_reports(engine, event_id)                          (also ``Store.event_reports``)
    event_hits(conn, rows), counts_by_report(conn, ids)     report rows → records (``Store`` reads with them too)

Each sort is served by an index ending in ``(sort column, id)`` (``schema.REPORT_FILTER_COLUMNS``
lead the filtered ones), so a page is an index range read backwards or forwards, with no sort
step, whatever the store's size.  Each function takes the store's SQLAlchemy engine
(``store.engine``) or an open connection and knows nothing of :class:`~seismo.store.Store`,
which calls them.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from seismo.errors import QueryError
from seismo.store import rows as R
from seismo.store import schema as S
from seismo.store.read.query import ARTICLE_REF_COLUMNS, ArticleRef, EventFilter, EventHit, event_conditions
from seismo.store.read.search import is_common

#: sort name → (column of event_reports, descending?)
SORTS: dict[str, tuple[str, bool]] = {
    "-date": ("date_earliest", True),
    "date": ("date_earliest", False),
    "-confidence": ("confidence", True),
    "confidence": ("confidence", False),
}
_CHUNK = 500


# --------------------------------------------------------------------------- cursors


def encode_cursor(sort: str, key: Any, last_id: str) -> str:
    """An opaque cursor: where the next page starts, for this sort."""
    if isinstance(key, dt.date):
        key = key.isoformat()
    raw = json.dumps([sort, key, last_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, *, sort: str) -> tuple[Any, str]:
    """The (sort key, id) a cursor continues after, or QueryError."""
    problem = (f"cursor {cursor[:40]!r} is not a cursor of this list; pass the next_cursor of the previous "
               "page unchanged, or leave cursor out to start at the first page")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        name, key, last_id = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise QueryError(problem) from None
    if name != sort:
        raise QueryError(f"cursor was made for sort {name!r} but sort is {sort!r}; keep the sort while paging")
    if not isinstance(last_id, str):
        raise QueryError(problem)
    column = SORTS[sort][0]
    try:
        if key is not None and column == "date_earliest":
            key = dt.date.fromisoformat(key)
        elif key is not None:
            key = float(key)
    except (TypeError, ValueError):
        raise QueryError(problem) from None
    return key, last_id


def check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    return sort


# --------------------------------------------------------------------------- event lists


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of event reports and the cursor of the next (None on the last page)."""

    hits: list[EventHit]
    next_cursor: str | None


def _after(column: sa.ColumnElement[Any], ident: sa.ColumnElement[Any], key: Any, last_id: str,
           *, desc: bool) -> list[sa.ColumnElement[bool]]:
    """Rows after (key, last_id) in the order ``column`` then ``ident`` (both ``desc``), written as a
    range on ``column`` plus a tie-break, so an index on ``column`` still serves the query."""
    if desc:
        return [column <= key, sa.or_(column < key, ident < last_id)]
    return [column >= key, sa.or_(column > key, ident > last_id)]


def counts_by_report(conn: sa.Connection, report_ids: Sequence[str]) -> dict[str, list[Any]]:
    """The rows of the counts of each report in ``report_ids``, in order, by report id."""
    counts: dict[str, list[Any]] = defaultdict(list)
    c = S.counts.c
    for i in range(0, len(report_ids), _CHUNK):
        query = sa.select(S.counts).where(c.report_id.in_(report_ids[i : i + _CHUNK])).order_by(c.report_id, c.seq)
        for row in conn.execute(query).mappings():
            counts[row["report_id"]].append(row)
    return counts


def event_hits(conn: sa.Connection, found: Sequence[Any]) -> list[EventHit]:
    """The hits of report rows selected with :data:`~seismo.store.read.query.ARTICLE_REF_COLUMNS`."""
    counts = counts_by_report(conn, [row["id"] for row in found])
    return [
        EventHit(
            event=R.event_from_row(row, counts.get(row["id"], ())),
            event_id=row["event_id"],
            article=ArticleRef.from_row(row),
            link_score=row.get("link_score"),
            link_reasons=tuple(json.loads(row["link_reasons"])) if row.get("link_reasons") else (),
        )
        for row in found
    ]


def event_page(engine: sa.Engine, filter: EventFilter, *, sort: str = "-date", cursor: str | None = None,
               limit: int = 50) -> EventPage:
    """A page of reports matching ``filter`` (its limit/offset ignored) in ``sort`` order.

    Keyset pagination: the cursor holds the last row's sort key and id, so pages stay
    stable while new articles are written (ties broken by report id).  Rows without a sort
    key come last, read in a second pass, so each pass is a plain index range.
    """
    check_sort(sort)
    if not isinstance(limit, int) or not 1 <= limit <= 1000:
        raise QueryError(f"limit must be a whole number from 1 to 1000, got {limit!r}")
    name, desc = SORTS[sort]
    r = S.event_reports.c
    column, ident = r[name], r.id
    found: list[Any] = []
    key, last_id = decode_cursor(cursor, sort=sort) if cursor else (None, None)
    by_ident = ident.desc() if desc else ident.asc()

    def select(*conditions: sa.ColumnElement[bool], order: list[Any], size: int) -> Any:
        return (
            sa.select(S.event_reports, *ARTICLE_REF_COLUMNS)
            .join(S.articles, S.articles.c.id == r.article_id)
            .where(*where, *conditions)
            .order_by(*order)
            .limit(size)
        )

    with engine.connect() as conn:
        # a word most articles have: walk the list's index and test each report (see text_condition)
        common = filter.q is not None and is_common(conn, filter.q)
        where = event_conditions(filter, dialect=engine.dialect.name, common_text=common)
        if not cursor or key is not None:  # first pass: rows with a sort key
            after = _after(column, ident, key, last_id, desc=desc) if cursor else [column.is_not(None)]
            order = [column.desc() if desc else column.asc(), by_ident]
            found = list(conn.execute(select(*after, order=order, size=limit + 1)).mappings())
        if len(found) <= limit:  # second pass: rows without one, by id
            tie = [] if key is not None or not cursor else [ident < last_id if desc else ident > last_id]
            rest = select(column.is_(None), *tie, order=[by_ident], size=limit + 1 - len(found))
            found.extend(conn.execute(rest).mappings())
        more = len(found) > limit
        found = found[:limit]
        hits = event_hits(conn, found)
    next_cursor = encode_cursor(sort, found[-1][name], found[-1]["id"]) if more else None
    return EventPage(hits, next_cursor)


def event_reports(engine: sa.Engine, event_id: str) -> list[EventHit]:
    """Every report of the event ``event_id`` (a report id finds its event), oldest article first."""
    r = S.event_reports.c
    with engine.connect() as conn:
        cluster = conn.execute(
            sa.select(r.event_id).where(sa.or_(r.event_id == event_id, r.id == event_id)).limit(1)
        ).scalar()
        if cluster is None:
            return []
        query = (
            sa.select(S.event_reports, *ARTICLE_REF_COLUMNS)
            .join(S.articles, S.articles.c.id == r.article_id)
            .where(r.event_id == cluster)
            .order_by(S.articles.c.date.asc().nulls_last(), r.article_id, r.seq)
        )
        return event_hits(conn, list(conn.execute(query).mappings()))
