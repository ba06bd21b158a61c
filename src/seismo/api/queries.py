"""Queries the API and dashboard need that the store does not offer (yet).

SQLAlchemy Core over the store's own tables (:mod:`seismo.store.schema`), every value a bound
parameter, conditions shared with the store through :func:`seismo.store.query.event_conditions`;
each function takes the :class:`~seismo.store.Store` first so it can move into the store as a
method unchanged.

    event_page(store, filter, sort="-date", cursor=None)   keyset pages with stable cursors
    event_reports(store, event_id)                          every report of one event
    daily_counts(store, filter, by="type")                  events per day, one series per key
    event_places(store, filter)                             where the events happened, with counts
    top_actors(store, filter)                               who acted most often
    mention_places(store, q=..., country=...)               places mentioned in articles

Statistics (daily counts, places, actors) count distinct *asserted* events, like
``Store.summary``; the event list itself returns every report the filter matches.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import sqlalchemy as sa

from seismo.errors import QueryError
from seismo.store import ArticleRef, EventFilter, EventHit, Store
from seismo.store import rows as R
from seismo.store import schema as S
from seismo.store.query import event_conditions

#: sort name → (column of event_reports, descending?)
SORTS: dict[str, tuple[str, bool]] = {
    "-date": ("date_earliest", True),
    "date": ("date_earliest", False),
    "-confidence": ("confidence", True),
    "confidence": ("confidence", False),
}
GroupBy = Literal["type", "country"]
_CHUNK = 500

_REF_COLUMNS = (
    S.articles.c.id.label("a_id"),
    S.articles.c.date.label("a_date"),
    S.articles.c.title.label("a_title"),
    S.articles.c.source.label("a_source"),
    S.articles.c.url.label("a_url"),
)


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


def _hits(conn: sa.Connection, found: Sequence[Any]) -> list[EventHit]:
    counts: dict[str, list[Any]] = defaultdict(list)
    ids = [row["id"] for row in found]
    c = S.counts.c
    for i in range(0, len(ids), _CHUNK):
        query = sa.select(S.counts).where(c.report_id.in_(ids[i : i + _CHUNK])).order_by(c.report_id, c.seq)
        for row in conn.execute(query).mappings():
            counts[row["report_id"]].append(row)
    return [
        EventHit(
            event=R.event_from_row(row, counts.get(row["id"], ())),
            event_id=row["event_id"],
            article=ArticleRef(row["a_id"], row["a_date"], row["a_title"], row["a_source"], row["a_url"]),
        )
        for row in found
    ]


def event_page(store: Store, filter: EventFilter, *, sort: str = "-date", cursor: str | None = None,
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
    where = event_conditions(filter, dialect=store.dialect)
    key, last_id = decode_cursor(cursor, sort=sort) if cursor else (None, None)
    by_ident = ident.desc() if desc else ident.asc()

    def select(*conditions: sa.ColumnElement[bool], order: list[Any], size: int) -> Any:
        return (
            sa.select(S.event_reports, *_REF_COLUMNS)
            .join(S.articles, S.articles.c.id == r.article_id)
            .where(*where, *conditions)
            .order_by(*order)
            .limit(size)
        )

    found: list[Any] = []
    with store.engine.connect() as conn:
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
        hits = _hits(conn, found)
    next_cursor = encode_cursor(sort, found[-1][name], found[-1]["id"]) if more else None
    return EventPage(hits, next_cursor)


def event_reports(store: Store, event_id: str) -> list[EventHit]:
    """Every report of the event ``event_id`` (a report id finds its event), oldest article first."""
    r = S.event_reports.c
    with store.engine.connect() as conn:
        cluster = conn.execute(
            sa.select(r.event_id).where(sa.or_(r.event_id == event_id, r.id == event_id)).limit(1)
        ).scalar()
        if cluster is None:
            return []
        query = (
            sa.select(S.event_reports, *_REF_COLUMNS)
            .join(S.articles, S.articles.c.id == r.article_id)
            .where(r.event_id == cluster)
            .order_by(S.articles.c.date.asc().nulls_last(), r.article_id, r.seq)
        )
        return _hits(conn, list(conn.execute(query).mappings()))


# --------------------------------------------------------------------------- statistics


def _stats_where(store: Store, filter: EventFilter) -> list[sa.ColumnElement[bool]]:
    f = replace(filter, modality="asserted", limit=None, offset=0)
    return event_conditions(f, dialect=store.dialect)


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Events per day: ``days`` (every day from first to last), one count list per key."""

    by: str
    days: list[dt.date]
    series: dict[str, list[int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "days": [d.isoformat() for d in self.days],
            "series": [{"key": k, "counts": v, "total": sum(v)} for k, v in self.series.items()],
        }


def daily_counts(store: Store, filter: EventFilter, *, by: GroupBy = "type", max_days: int = 3660) -> DailySeries:
    """Distinct asserted events per day, one series per PLOVER type or per country.

    An event counts on the first day of its date; only events dated to the day count
    (a week, month or year would pile up on its first day).  Series are ordered by total,
    largest first; days without events are zeros.
    """
    if by not in ("type", "country"):
        raise QueryError(f"by must be 'type' or 'country', got {by!r}")
    r = S.event_reports.c
    key = r.type if by == "type" else sa.func.coalesce(r.country, "unknown")
    n = sa.func.count(sa.distinct(r.event_id))
    query = (
        sa.select(r.date_earliest, key.label("key"), n.label("n"))
        .where(*_stats_where(store, filter), r.date_precision == "day", r.date_earliest.is_not(None))
        .group_by(r.date_earliest, key)
    )
    with store.engine.connect() as conn:
        rows = [(row.date_earliest, row.key, int(row.n)) for row in conn.execute(query)]
    if not rows:
        return DailySeries(by, [], {})
    first = max(min(d for d, _, _ in rows), filter.since or dt.date.min)
    last = min(max(d for d, _, _ in rows), filter.until or dt.date.max)
    if (last - first).days >= max_days:
        first = last - dt.timedelta(days=max_days - 1)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    index = {d: i for i, d in enumerate(days)}
    series: dict[str, list[int]] = defaultdict(lambda: [0] * len(days))
    for day, k, count in rows:
        if day in index:
            series[k][index[day]] += count
    ordered = dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    return DailySeries(by, days, ordered)


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place events happened at, with how many (``country`` ISO alpha-3)."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat,
                "lon": self.lon, "precision": self.precision, "events": self.events}


def event_places(store: Store, filter: EventFilter, *, limit: int = 200) -> list[PlaceCount]:
    """Where the asserted events matching ``filter`` happened, most events first."""
    r = S.event_reports.c
    n = sa.func.count(sa.distinct(r.event_id)).label("n")
    query = (
        sa.select(r.location, r.country, sa.func.max(r.admin1).label("admin1"), sa.func.avg(r.lat).label("lat"),
                  sa.func.avg(r.lon).label("lon"), sa.func.min(r.geo_precision).label("precision"), n)
        .where(*_stats_where(store, filter), r.location.is_not(None))
        .group_by(r.location, r.country)
        .order_by(n.desc(), r.location)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [PlaceCount(row.location, row.country, row.admin1, row.lat, row.lon, row.precision, int(row.n))
                for row in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class ActorCount:
    """An actor (canonical name, else as written) and how many events it did."""

    actor: str
    country: str | None
    sector: str | None
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "country": self.country, "sector": self.sector, "events": self.events}


def top_actors(store: Store, filter: EventFilter, *, limit: int = 10) -> list[ActorCount]:
    """The actors of the most asserted events matching ``filter`` (names compared case-insensitively)."""
    r = S.event_reports.c
    who = sa.func.coalesce(r.actor_name, r.actor_text)
    key = sa.func.lower(who).label("key")
    n = sa.func.count(sa.distinct(r.event_id)).label("n")
    query = (
        sa.select(sa.func.min(who).label("who"), sa.func.max(r.actor_country).label("country"),
                  sa.func.max(r.actor_sector).label("sector"), n)
        .where(*_stats_where(store, filter), r.actor_start.is_not(None))
        .group_by(key)
        .order_by(n.desc(), key)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [ActorCount(row.who, row.country, row.sector, int(row.n)) for row in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class MentionCount:
    """A place mentioned in stored articles: how often and in how many articles."""

    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    mentions: int
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "kind": self.kind, "lat": self.lat,
                "lon": self.lon, "mentions": self.mentions, "articles": self.articles}


def mention_places(store: Store, *, q: str | None = None, country: str | None = None,
                   limit: int = 100) -> list[MentionCount]:
    """Places mentioned in articles (``q``: part of the name; ``country``: ISO alpha-3)."""
    from seismo.store.query import iso3
    from seismo.store.search import contains

    p = S.places.c
    where: list[sa.ColumnElement[bool]] = []
    if q and q.strip():
        where.append(contains(p.name, q.strip()))
    if country and country.strip():
        where.append(p.country == iso3(country))
    n = sa.func.count().label("n")
    query = (
        sa.select(p.name, p.country, p.kind, sa.func.avg(p.lat).label("lat"), sa.func.avg(p.lon).label("lon"), n,
                  sa.func.count(sa.distinct(p.article_id)).label("articles"))
        .where(*where)
        .group_by(p.name, p.country, p.kind)
        .order_by(n.desc(), p.name)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [MentionCount(row.name, row.country, row.kind, row.lat, row.lon, int(row.n), int(row.articles))
                for row in conn.execute(query)]
