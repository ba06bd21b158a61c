"""What the ACLED and PLOVER exports read from the store beyond an event's reports: when each
event was stored and changed, and its number among its country's events.

    StoredEvents(engine).lookup(event_ids) -> {event_id: StoredEvent}

``number`` is the event's rank among the events of its country (``events.country``) ordered by
when they were stored (``events.created_at``), then by id: 1 for the first event stored in that
country.  ``seismo ingest`` only adds events, each later than every event already there, so an
event keeps its number while the store grows; forgetting an article (or relinking reports) that
removes an event renumbers the later events of its country.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from seismo.store import schema as S


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One event as stored: its country (ISO3 or None), number in that country, when it was
    stored and when it last changed (the latest of its articles' ``added_at``)."""

    country: str | None
    number: int | None
    created_at: dt.datetime
    updated_at: dt.datetime


def unix(moment: dt.datetime) -> int:
    """Seconds since the epoch; a naive time is UTC (SQLite keeps no zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return int(moment.timestamp())


class StoredEvents:
    """Reads events' stored facts in batches; each country's numbering is read once."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._numbers: dict[str, dict[str, int]] = {}

    def _numbering(self, conn: sa.Connection, country: str) -> dict[str, int]:
        if country not in self._numbers:
            e = S.events.c
            ids = conn.execute(sa.select(e.id).where(e.country == country).order_by(e.created_at, e.id)).scalars()
            self._numbers[country] = {event_id: n for n, event_id in enumerate(ids, start=1)}
        return self._numbers[country]

    def lookup(self, event_ids: Iterable[str]) -> dict[str, StoredEvent]:
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return {}
        e, r, a = S.events.c, S.event_reports.c, S.articles.c
        latest = (sa.select(r.event_id, sa.func.max(a.added_at).label("updated_at"))
                  .join(S.articles, a.id == r.article_id).where(r.event_id.in_(ids)).group_by(r.event_id).subquery())
        query = (sa.select(e.id, e.country, e.created_at, latest.c.updated_at)
                 .outerjoin(latest, latest.c.event_id == e.id).where(e.id.in_(ids)))
        out: dict[str, StoredEvent] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                number = self._numbering(conn, row.country).get(row.id) if row.country else None
                updated = row.updated_at if row.updated_at is not None else row.created_at
                out[row.id] = StoredEvent(row.country, number, row.created_at, max(updated, row.created_at))
        return out
