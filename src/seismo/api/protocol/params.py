"""Typed query parameters: dates are dates, closed sets are enums of :mod:`seismo.contract.vocab`.

FastAPI checks them before a route runs, so a bad date, a bad ``limit`` and an unknown
modality are all the same 422 problem naming the parameter, and the OpenAPI document lists
every allowed value.  ``ApiFilterDep`` is the event filter of the API's routes (the
dashboard's pages keep :data:`seismo.web.deps.FilterDep`, whose form fields may be blank).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import Depends, Query
from pydantic import BeforeValidator

from seismo.store import EventFilter
from seismo.contract.vocab import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_EVENT_TYPES,
    MODES,
    PLOVER_TYPES,
    SCOPES,
    Modality,
)

#: a PLOVER type or an ACLED event type (the filter tells them apart)
EVENT_TYPES: tuple[str, ...] = PLOVER_TYPES + tuple(sorted(ACLED_EVENT_TYPES))
#: an ACLED sub-event type or a PLOVER mode
SUB_EVENT_TYPES: tuple[str, ...] = tuple(sorted(ACLED_SUB_EVENT_TYPES)) + tuple(sorted(MODES - ACLED_SUB_EVENT_TYPES))

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
SubEventType = Literal[SUB_EVENT_TYPES]  # type: ignore[valid-type]
Scope = Literal[SCOPES]  # type: ignore[valid-type]

COUNTRY_PATTERN = "^[A-Za-z]{3}$"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only ``YYYY-MM-DD`` text is a date here (pydantic alone would read ``0.0`` as 1970-01-01)."""
    if isinstance(value, str) and not _DAY.fullmatch(value):
        raise ValueError("must be a date YYYY-MM-DD")
    return value


#: a day, written YYYY-MM-DD (``format: date`` in the OpenAPI document)
Day = Annotated[dt.date, BeforeValidator(_iso_day)]

Country = Annotated[str | None, Query(
    pattern=COUNTRY_PATTERN, description="ISO 3166-1 alpha-3 code, e.g. KAZ (an unknown code is a 422)")]
Since = Annotated[Day | None, Query(description="YYYY-MM-DD: on this day or later")]
Until = Annotated[Day | None, Query(description="YYYY-MM-DD: on this day or earlier (not before since)")]


def Limit(default: int, maximum: int) -> Any:  # noqa: N802 - reads as a type in signatures
    """``limit: Annotated[int, Limit(50, 1000)] = 50``: items per page."""
    return Query(ge=1, le=maximum, description=f"Items per page, 1 to {maximum} (default {default})")


async def api_event_filter(
    country: Annotated[str | None, Query(
        pattern=COUNTRY_PATTERN, description="ISO 3166-1 alpha-3 code of the event location, e.g. KAZ")] = None,
    type: Annotated[EventType | None, Query(description="PLOVER type (PROTEST) or ACLED event type (Riots)")] = None,
    sub_event_type: Annotated[SubEventType | None, Query(
        description="ACLED sub-event type (Peaceful protest) or PLOVER mode (riot)")] = None,
    actor: Annotated[str | None, Query(
        description="Part of an actor's or recipient's name, or their ISO3 / sector code")] = None,
    since: Annotated[Day | None, Query(description="YYYY-MM-DD: events whose date reaches this day or later")] = None,
    until: Annotated[Day | None, Query(
        description="YYYY-MM-DD: events whose date starts this day or earlier (not before since)")] = None,
    modality: Annotated[Modality | None, Query(description="How the text presents the event")] = None,
    q: Annotated[str | None, Query(description="Every word in the evidence sentence or the article")] = None,
    article_id: Annotated[str | None, Query(description="Only this article's events")] = None,
    scope: Annotated[Scope, Query(description="political (ordinary crimes and accidents left out), incident "
                                              "(only those) or all")] = "political",
) -> EventFilter:
    """The event filter of an API request; values the types cannot check (an unknown country,
    since after until) raise QueryError (→ 422).  ``async``: it does no I/O, so FastAPI runs it
    on the event loop instead of in a worker thread."""
    return EventFilter(
        country=country, type=type, sub_event_type=sub_event_type, actor=actor, since=since, until=until,
        modality=modality, q=q, article_id=article_id, scope=scope, limit=None,
    )


ApiFilterDep = Annotated[EventFilter, Depends(api_event_filter)]
