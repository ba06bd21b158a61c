"""What every route shares: the app's services, the event filter from the query string, the token rule."""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, HTTPException, Query, Request

from seismo.config import Settings
from seismo.store import EventFilter, Store

if TYPE_CHECKING:  # pragma: no cover
    from seismo.pipeline import Pipeline


@dataclass
class Services:
    """The store, the settings and (built on first ingest) the pipeline of one app."""

    settings: Settings
    store: Store
    pipeline: "Pipeline | None" = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get_pipeline(self) -> "Pipeline":
        with self.lock:
            if self.pipeline is None:
                from seismo.pipeline import Pipeline

                self.pipeline = Pipeline(settings=self.settings)
            return self.pipeline


def services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


def get_store(request: Request) -> Store:
    return services(request).store


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
        str | None, Query(description="asserted, negated, hypothetical, future or historical")
    ] = None,
    q: Annotated[str | None, Query(description="Every word in the evidence sentence or the article")] = None,
    article_id: Annotated[str | None, Query(description="Only this article's events")] = None,
) -> EventFilter:
    """The event filter of a request; a bad value raises QueryError (→ 400); blank fields are unset."""
    return EventFilter(
        country=country, type=type, sub_event_type=sub_event_type, actor=actor, since=blank(since),
        until=blank(until), modality=modality, q=q, article_id=article_id, limit=None,
    )


def blank(value: str | None) -> str | None:
    """None for a missing or blank query value (an empty form field), else the value."""
    return value if value is not None and value.strip() else None


FilterDep = Annotated[EventFilter, Depends(event_filter)]

#: the query-string names of the event filter, in form order
FILTER_FIELDS = ("country", "type", "sub_event_type", "actor", "since", "until", "modality", "q", "article_id")


def require_token(request: Request) -> None:
    """The write rule: no token configured → 403; a missing or wrong bearer token → 401."""
    token = services(request).settings.token
    if not token:
        raise HTTPException(
            403,
            "the write endpoint is off: no token is configured; start the server with SEISMO_TOKEN set "
            "(or Settings(token=...)) and send it as 'Authorization: Bearer <token>'",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "missing bearer token; send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, "wrong bearer token; send the token the server was started with",
                            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
