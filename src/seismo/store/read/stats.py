"""Statistics for the dashboard: events per day, places, actors, mentioned places.

    daily_counts(engine, filter, by="type")      (also ``Store.daily_counts``)
    event_places(engine, filter)                 (also ``Store.event_places``)
    top_actors(engine, filter)                   (also ``Store.top_actors``)
    mention_places(engine, q=..., country=...)   (also ``Store.mention_places``)
    overview_stats(engine, filter)               (also ``Store.overview_stats``)
    country_totals(engine, filter)               (also ``Store.country_totals``)

They count distinct *asserted* events, like ``Store.summary``.  The daily series is read
from the ``daily_counts`` rollup (:mod:`seismo.store.rollup`) when the filter only names
country, PLOVER type and dates (what the rollup is keyed by); any other filter groups the
reports themselves.  Each function takes the store's SQLAlchemy engine (``store.engine``) and
knows nothing of :class:`~seismo.store.Store`, which calls them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, Literal

import sqlalchemy as sa

from seismo.errors import QueryError
from seismo.resolve import identity
from seismo.store import rollup
from seismo.store import schema as S
from seismo.store.read.query import EventFilter, acled_name, event_conditions
from seismo.contract.vocab import ACLED_EVENT_TYPES

GroupBy = Literal["type", "country"]

def _stats_where(dialect: str, filter: EventFilter) -> list[sa.ColumnElement[bool]]:
    f = replace(filter, modality="asserted", limit=None, offset=0)
    return event_conditions(f, dialect=dialect)


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


def daily_counts(engine: sa.Engine, filter: EventFilter, *, by: GroupBy = "type", max_days: int = 3660) -> DailySeries:
    """Distinct asserted events per day, one series per PLOVER type or per country.

    An event counts on the first day of its date; only events dated to the day count
    (a week, month or year would pile up on its first day).  Series are ordered by total,
    largest first; days without events are zeros.
    """
    if by not in ("type", "country"):
        raise QueryError(f"by must be 'type' or 'country', got {by!r}")
    with engine.connect() as conn:
        rows = _daily_rollup(conn, filter, by=by) if rollup_serves(filter) else _daily_reports(conn, filter, by=by)
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


def rollup_serves(f: EventFilter) -> bool:
    """Whether the ``daily_counts`` rollup answers ``f`` (country, PLOVER type and dates only)."""
    others = (f.sub_event_type, f.actor, f.q, f.article_id)
    return all(v is None for v in others) and not (f.type and acled_name(f.type, ACLED_EVENT_TYPES))


def _daily_rollup(conn: sa.Connection, f: EventFilter, *, by: str) -> list[tuple[dt.date, str, int]]:
    return rollup.read(conn, by=by, countries=[f.country] if f.country else [],
                       types=[f.type.upper()] if f.type else [], since=f.since, until=f.until)


def _daily_reports(conn: sa.Connection, f: EventFilter, *, by: str) -> list[tuple[dt.date, str, int]]:
    """The daily series grouped from the reports themselves (filters the rollup cannot answer)."""
    r = S.event_reports.c
    key = r.type if by == "type" else sa.func.coalesce(r.country, "unknown")
    n = sa.func.count(sa.distinct(r.event_id))
    query = (
        sa.select(r.date_earliest, key.label("key"), n.label("n"))
        .where(*_stats_where(conn.dialect.name, f), r.date_precision == "day", r.date_earliest.is_not(None))
        .group_by(r.date_earliest, key)
    )
    return [(row.date_earliest, row.key, int(row.n)) for row in conn.execute(query)]


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


def event_places(engine: sa.Engine, filter: EventFilter, *, limit: int = 200) -> list[PlaceCount]:
    """Where the asserted events matching ``filter`` happened, most events first."""
    r = S.event_reports.c
    n = sa.func.count(sa.distinct(r.event_id)).label("n")
    query = (
        sa.select(r.location, r.country, sa.func.max(r.admin1).label("admin1"), sa.func.avg(r.lat).label("lat"),
                  sa.func.avg(r.lon).label("lon"), sa.func.min(r.geo_precision).label("precision"), n)
        .where(*_stats_where(engine.dialect.name, filter), r.location.is_not(None))
        .group_by(r.location, r.country)
        .order_by(n.desc(), r.location)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [PlaceCount(row.location, row.country, row.admin1, row.lat, row.lon, row.precision, int(row.n))
                for row in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class ActorCount:
    """An actor and how many events it did: ``actor`` its canonical name (the fullest form,
    :mod:`seismo.resolve.identity`; else as written), ``aliases`` the other names it has in
    the events counted (one spelling per name, compared case-insensitively)."""

    actor: str
    country: str | None
    sector: str | None
    events: int
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "country": self.country, "sector": self.sector, "events": self.events,
                "aliases": list(self.aliases)}


def top_actors(engine: sa.Engine, filter: EventFilter, *, limit: int = 10) -> list[ActorCount]:
    """The actors of the most asserted events matching ``filter``, each person or organisation
    once under all its names (:func:`seismo.resolve.identity.group_names`).

    One ``GROUP BY`` gives the distinct names (compared case-insensitively) with their events;
    they are grouped into entities in Python.  An entity of several names is recounted exactly
    (an event two of its names did counts once), only as far down the list as its upper bound,
    the sum of its names' counts, could still reach the top ``limit``.
    """
    r = S.event_reports.c
    who = sa.func.coalesce(r.actor_name, r.actor_text)
    key = sa.func.lower(who).label("key")
    n = sa.func.count(sa.distinct(r.event_id)).label("n")
    where = [*_stats_where(engine.dialect.name, filter), r.actor_start.is_not(None)]
    query = (
        sa.select(key, sa.func.min(who).label("who"), r.actor_country, sa.func.max(r.actor_sector).label("sector"), n)
        .where(*where)
        .group_by(key, r.actor_country)
    )
    with engine.connect() as conn:
        rows = [row for row in conn.execute(query) if row.who is not None]
        spelled = {row.key: row.who for row in sorted(rows, key=lambda row: row.who, reverse=True)}  # the first spelling
        names = [identity.NameCount(spelled[row.key], int(row.n), row.actor_country) for row in rows]
        sectors: dict[str, list[str]] = defaultdict(list)
        groups: dict[str, int] = defaultdict(int)
        for row in rows:
            groups[spelled[row.key]] += 1
            if row.sector is not None:
                sectors[spelled[row.key]].append(row.sector)
        found: list[ActorCount] = []
        for entity in identity.grouped(names):  # largest upper bound first
            if len(found) >= limit and sorted(a.events for a in found)[-limit] > entity.count:
                break
            events = entity.count
            if sum(groups[form] for form in entity.forms) > 1:
                keys = sorted({form.lower() for form in entity.forms})
                exact = sa.select(sa.func.count(sa.distinct(r.event_id))).where(*where, sa.func.lower(who).in_(keys))
                events = int(conn.execute(exact).scalar_one())
            found.append(_entity_actor(entity, events, [s for form in entity.forms for s in sectors[form]]))
    found.sort(key=lambda a: (-a.events, a.actor.lower()))
    return found[:limit]


def _entity_actor(entity: identity.Identity, events: int, sectors: list[str]) -> ActorCount:
    return ActorCount(entity.name, entity.country, max(sectors) if sectors else None, events, entity.aliases)


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


def mention_places(engine: sa.Engine, *, q: str | None = None, country: str | None = None,
                   limit: int = 100) -> list[MentionCount]:
    """Places mentioned in articles (``q``: part of the name; ``country``: ISO alpha-3)."""
    from seismo.store.read.query import iso3
    from seismo.store.read.search import contains

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
    with engine.connect() as conn:
        return [MentionCount(row.name, row.country, row.kind, row.lat, row.lon, int(row.n), int(row.articles))
                for row in conn.execute(query)]


# --------------------------------------------------------------------------- overview (bounded)

#: how many of the newest matching reports the overview's places, actors and countries are counted from
OVERVIEW_SAMPLE = 5_000


@dataclass(frozen=True, slots=True)
class OverviewStats:
    """Places, actors and countries of the newest asserted reports matching a filter.

    ``reports``: how many reports were read (at most the sample size); ``complete``: every
    matching report was read, so the counts are exact; else they cover the reports dated
    ``first_day`` to ``last_day`` (the newest ones).
    """

    places: list[PlaceCount]
    actors: list[ActorCount]
    countries: dict[str, int]
    reports: int
    complete: bool
    first_day: dt.date | None
    last_day: dt.date | None

    def window(self) -> dict[str, Any]:
        return {"reports": self.reports, "complete": self.complete,
                "first_day": self.first_day.isoformat() if self.first_day else None,
                "last_day": self.last_day.isoformat() if self.last_day else None}


def overview_stats(engine: sa.Engine, filter: EventFilter, *, sample: int = OVERVIEW_SAMPLE, places: int = 300,
                   actors: int = 10) -> OverviewStats:
    """The overview's places, actors and per-country counts in ONE bounded read.

    Reads the newest ``sample`` asserted reports matching ``filter`` through the index that
    serves the event list (newest first, no sort step), and counts distinct events per place,
    actor and country in Python, as :func:`event_places` and :func:`top_actors` do in SQL over
    every matching report.  The work is bounded by ``sample`` whatever the store's size.
    """
    if not isinstance(sample, int) or sample < 1:
        raise QueryError(f"sample must be a whole number of at least 1, got {sample!r}")
    from seismo.store.read.search import is_common

    r = S.event_reports.c
    columns = (r.event_id, r.date_earliest, r.location, r.country, r.admin1, r.lat, r.lon, r.geo_precision,
               r.actor_start, r.actor_name, r.actor_text, r.actor_country, r.actor_sector)
    f = replace(filter, modality="asserted", limit=None, offset=0)
    with engine.connect() as conn:
        common = f.q is not None and is_common(conn, f.q)
        dialect = engine.dialect.name
        newest = r.date_earliest.desc() if dialect == "sqlite" else r.date_earliest.desc().nulls_last()
        query = (sa.select(*columns).where(*event_conditions(f, dialect=dialect, common_text=common))
                 .order_by(newest, r.id.desc()).limit(sample + 1))
        rows = list(conn.execute(query))
    complete = len(rows) <= sample
    rows = rows[:sample]
    place_events: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    place_rows: dict[tuple[str, str | None], list[Any]] = defaultdict(list)
    actor_events: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    actor_rows: dict[tuple[str, str | None], list[Any]] = defaultdict(list)
    country_events: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.location is not None:
            place_events[(row.location, row.country)].add(row.event_id)
            place_rows[(row.location, row.country)].append(row)
        if row.actor_start is not None and (row.actor_name or row.actor_text) is not None:
            key = ((row.actor_name or row.actor_text).lower(), row.actor_country)
            actor_events[key].add(row.event_id)
            actor_rows[key].append(row)
        if row.country is not None:
            country_events[row.country].add(row.event_id)
    found_places = [_place(key, place_rows[key], len(ids)) for key, ids in place_events.items()]
    found_places.sort(key=lambda p: (-p.events, p.name))
    found_actors = _overview_actors(actor_rows, actor_events)
    days = [row.date_earliest for row in rows if row.date_earliest is not None]
    return OverviewStats(
        places=found_places[:places], actors=found_actors[:actors],
        countries={code: len(ids) for code, ids in country_events.items()},
        reports=len(rows), complete=complete,
        first_day=min(days) if days else None, last_day=max(days) if days else None,
    )


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _place(key: tuple[str, str | None], rows: list[Any], events: int) -> PlaceCount:
    admin1 = [row.admin1 for row in rows if row.admin1 is not None]
    precision = [row.geo_precision for row in rows if row.geo_precision is not None]
    return PlaceCount(key[0], key[1], max(admin1) if admin1 else None, _mean([row.lat for row in rows]),
                      _mean([row.lon for row in rows]), min(precision) if precision else None, events)


def _overview_actors(rows: dict[tuple[str, str | None], list[Any]],
                     events: dict[tuple[str, str | None], set[str]]) -> list[ActorCount]:
    """The sampled actors, each person or organisation once under all its names
    (:func:`seismo.resolve.identity.group_names`, fed as :func:`top_actors` feeds it: one name
    per case-insensitive spelling and country), with the distinct events of all its names."""
    spelled: dict[str, str] = {}
    for (name, _country), found in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        written = min(row.actor_name if row.actor_name is not None else row.actor_text for row in found)
        spelled[name] = min(spelled.get(name, written), written)
    keys_of: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    names = []
    for key in rows:
        keys_of[spelled[key[0]]].append(key)
        names.append(identity.NameCount(spelled[key[0]], len(events[key]), key[1]))
    actors = []
    for entity in identity.grouped(names):
        keys = [k for form in entity.forms for k in keys_of[form]]
        ids = set().union(*(events[k] for k in keys))
        sectors = [row.actor_sector for k in keys for row in rows[k] if row.actor_sector is not None]
        actors.append(_entity_actor(entity, len(ids), sectors))
    actors.sort(key=lambda a: (-a.events, a.actor.lower()))
    return actors


def country_totals(engine: sa.Engine, filter: EventFilter) -> dict[str, int] | None:
    """Asserted events per country from the ``daily_counts`` rollup (events dated to the day),
    or None when the rollup cannot answer ``filter`` (see :func:`rollup_serves`)."""
    if not rollup_serves(filter):
        return None
    with engine.connect() as conn:
        return rollup.totals(conn, by="country", countries=[filter.country] if filter.country else [],
                             types=[filter.type.upper()] if filter.type else [], since=filter.since,
                             until=filter.until)
