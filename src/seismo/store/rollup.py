"""The ``daily_counts`` rollup: distinct asserted events per day x country x PLOVER type.

A cell counts the distinct ``event_id`` of the reports that are asserted, political (scope
``political``, or NULL for reports stored before scopes existed), dated to one day
(``date_precision = 'day'``) and have that day as ``date_earliest``, that country (NULL:
unknown) and that type: exactly what the overview's time series groups, precomputed.

Cells are recomputed, never incremented: ``refresh`` deletes the cells a write touched and
counts them again from ``event_reports`` (an index range each), so writes, replaced articles
and deletes all leave the rollup right.  Call it inside the writing transaction.  ``rebuild``
recounts everything (migrations, bulk loads that bypass ``Store.write``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from seismo.store import schema as S

#: one rollup cell: (day, country or None, PLOVER type)
Cell = tuple[dt.date, str | None, str]


def counted(r: Any = S.event_reports.c) -> list[sa.ColumnElement[bool]]:
    """The conditions a report must meet to count in the rollup."""
    return [r.modality == "asserted", r.date_precision == "day", r.date_earliest.is_not(None),
            sa.or_(r.scope == "political", r.scope.is_(None))]


def cells_of(rows: Iterable[Mapping[str, Any]]) -> set[Cell]:
    """The cells that report rows (``event_reports`` rows as dicts) count in."""
    return {
        (row["date_earliest"], row["country"], row["type"])
        for row in rows
        if row.get("modality") == "asserted" and row.get("date_precision") == "day" and row.get("date_earliest")
        and row.get("scope") in ("political", None)
    }


def stored_cells(conn: sa.Connection, article_id: str) -> set[Cell]:
    """The cells the stored reports of one article count in (read before deleting it)."""
    r = S.event_reports.c
    query = sa.select(r.date_earliest, r.country, r.type).where(r.article_id == article_id, *counted(r)).distinct()
    return {(row.date_earliest, row.country, row.type) for row in conn.execute(query)}


def refresh(conn: sa.Connection, cells: Iterable[Cell]) -> None:
    """Recount ``cells`` from ``event_reports`` (delete, count, insert when non-zero)."""
    r, d = S.event_reports.c, S.daily_counts.c
    for day, country, type_ in sorted(cells, key=lambda c: (c[0], c[1] or "", c[2])):
        same = [d.day == day, d.country.is_(None) if country is None else d.country == country, d.type == type_]
        conn.execute(S.daily_counts.delete().where(*same))
        where = [r.country.is_(None) if country is None else r.country == country, r.type == type_,
                 r.date_earliest == day, *counted(r)]
        n = conn.execute(sa.select(sa.func.count(sa.distinct(r.event_id))).where(*where)).scalar_one()
        if n:
            conn.execute(S.daily_counts.insert().values(day=day, country=country, type=type_, events=int(n)))


def rebuild(conn: sa.Connection) -> int:
    """Recount the whole rollup from ``event_reports``; returns the number of cells."""
    r = S.event_reports.c
    conn.execute(S.daily_counts.delete())
    source = (
        sa.select(r.date_earliest, r.country, r.type, sa.func.count(sa.distinct(r.event_id)))
        .where(*counted(r))
        .group_by(r.date_earliest, r.country, r.type)
    )
    conn.execute(S.daily_counts.insert().from_select(["day", "country", "type", "events"], source))
    return int(conn.execute(sa.select(sa.func.count()).select_from(S.daily_counts)).scalar_one())


def _cells(*, countries: Sequence[str], types: Sequence[str], since: dt.date | None,
           until: dt.date | None) -> list[sa.ColumnElement[bool]]:
    """The rollup cells a filter selects: countries, types and a day range."""
    d = S.daily_counts.c
    where: list[sa.ColumnElement[bool]] = []
    if countries:
        where.append(d.country.in_(countries))
    if types:
        where.append(d.type.in_(types))
    if since:
        where.append(d.day >= since)
    if until:
        where.append(d.day <= until)
    return where


def read(conn: sa.Connection, *, by: str, countries: Sequence[str] = (), types: Sequence[str] = (),
         since: dt.date | None = None, until: dt.date | None = None) -> list[tuple[dt.date, str, int]]:
    """``(day, key, events)`` rows from the rollup, key = type or country (``'unknown'`` for NULL)."""
    d = S.daily_counts.c
    key = d.type if by == "type" else sa.func.coalesce(d.country, "unknown")
    where = _cells(countries=countries, types=types, since=since, until=until)
    query = sa.select(d.day, key.label("key"), sa.func.sum(d.events).label("n")).where(*where).group_by(d.day, key)
    return [(row.day, row.key, int(row.n)) for row in conn.execute(query)]


def totals(conn: sa.Connection, *, by: str, countries: Sequence[str] = (), types: Sequence[str] = (),
           since: dt.date | None = None, until: dt.date | None = None) -> dict[str, int]:
    """Events per key (``by``: ``type`` or ``country``; NULL countries left out) over a day range."""
    d = S.daily_counts.c
    key = d.type if by == "type" else d.country
    where = [key.is_not(None), *_cells(countries=countries, types=types, since=since, until=until)]
    query = sa.select(key.label("key"), sa.func.sum(d.events).label("n")).where(*where).group_by(key)
    return {row.key: int(row.n) for row in conn.execute(query)}
