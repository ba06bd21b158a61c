"""What every HTTP page and route shares: the app's store and the event filter of the query string.

The dashboard's pages declare ``store: StoreDep`` and ``filter: FilterDep``; the JSON API's routes
(:mod:`seismo.api`, which imports this module; the reverse never happens) take ``StoreDep`` and
their own typed filter (:mod:`seismo.api.protocol.params`).
:func:`seismo.api.create_app` puts the open store at ``app.state.store``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from seismo.store import EventFilter, Store
from seismo.contract.vocab import MODALITIES


def get_store(request: Request) -> Store:
    """The store of the app serving ``request``."""
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]


def event_filter(
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code of the event location, e.g. KAZ")] = None,
    type: Annotated[str | None, Query(description="PLOVER type (PROTEST) or ACLED event type (Riots)")] = None,
    sub_event_type: Annotated[
        str | None, Query(description="ACLED sub-event type ('Peaceful protest') or PLOVER mode (riot)")
    ] = None,
    actor: Annotated[
        str | None, Query(description="Part of an actor's or recipient's name, or their ISO3 / sector code")
    ] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD: events whose date reaches this day or later")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD: events whose date starts this day or earlier")] = None,
    modality: Annotated[
        str | None, Query(description=", ".join(MODALITIES[:-1]) + f" or {MODALITIES[-1]}")
    ] = None,
    q: Annotated[str | None, Query(description="Every word in the evidence sentence or the article")] = None,
    article_id: Annotated[str | None, Query(description="Only this article's events")] = None,
    scope: Annotated[
        str, Query(description="political (default), incident (ordinary crimes, accidents) or all")
    ] = "political",
) -> EventFilter:
    """The event filter of a request; a bad value raises QueryError (→ 400); blank fields are unset."""
    return EventFilter(
        country=country, type=type, sub_event_type=sub_event_type, actor=actor, since=blank(since),
        until=blank(until), modality=modality, q=q, article_id=article_id, scope=blank(scope), limit=None,
    )


def blank(value: str | None) -> str | None:
    """None for a missing or blank query value (an empty form field), else the value."""
    return value if value is not None and value.strip() else None


FilterDep = Annotated[EventFilter, Depends(event_filter)]
