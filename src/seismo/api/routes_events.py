"""Event routes: the list (filters, sort, cursor; JSON, CSV or GeoJSON), one event, one story,
places, actors, daily counts, summary."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from seismo.api import schemas as M
from seismo.api.deps import StoreDep
from seismo.api.protocol import formats, paging, problems
from seismo.api.protocol.params import ApiFilterDep, Country, Limit
from seismo.store import EventFilter, EventHit, Store

router = APIRouter(tags=["events"])

SortName = Literal["-date", "date", "-confidence", "confidence"]
Sort = Annotated[SortName, Query(description="-date: newest first; -confidence: surest first")]
BAD_VALUE = problems.responses(422)
#: the paths of this router that are lists (each declares the Link header)
LIST_PATHS = {"/events", "/events.geojson", "/places", "/places/mentions", "/actors", "/summary"}

CSV_200: dict[int | str, dict[str, Any]] = {200: {
    "description": "A page of event reports: JSON, or CSV with ?format=csv or Accept: text/csv",
    "content": {formats.CSV_MEDIA_TYPE: {"schema": {"type": "string", "description": "A header line, then one "
                                                    "row per report (columns: see docs/api.md)"}}},
}}


#: the events list's response model: list_events checks and serialises its pages itself
#: (formats.checked_json, the same bytes as FastAPI's response_model path, in less time)
EVENT_PAGE = TypeAdapter(M.EventPageOut)


def hit_json(hit: EventHit) -> dict[str, Any]:
    return hit.to_dict()


def _reports(store: Store, filter: EventFilter, sort: str, cursor: str | None,
             limit: int) -> tuple[list[dict[str, Any]], str | None]:
    page = store.event_page(filter, sort=sort, cursor=cursor or None, limit=limit)  # blank: the first page
    return [hit_json(h) for h in page.hits], page.next_cursor


@router.get("/events", response_model=M.EventPageOut, responses={**CSV_200, **BAD_VALUE})
async def list_events(
    request: Request,
    store: StoreDep,
    filter: ApiFilterDep,
    sort: Sort = "-date",
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(50, 1000)] = 50,
    total: Annotated[bool, Query(description="Also count every report the filter matches (JSON only)")] = False,
    format: Annotated[Literal["json", "csv"] | None, Query(
        description="csv: text/csv, one row per report; without it the Accept header decides (JSON by default)")] = None,
) -> Any:
    """Event reports matching the filter, a page at a time (keyset cursors: stable while data grows)."""
    # the busiest route (docs/LOAD.md): async, with the store read in one worker-thread hop, and the
    # page checked against EventPageOut and serialised by formats.checked_json (FastAPI's bytes, faster)
    items, next_cursor = await run_in_threadpool(_reports, store, filter, sort, cursor, limit)
    if formats.wants_csv(format, request.headers.get("accept")):
        out = Response(formats.to_csv(items), media_type=formats.CSV_MEDIA_TYPE,
                       headers={"Content-Disposition": 'attachment; filename="events.csv"', "Vary": "Accept"})
        paging.set_link(request, out, next_cursor)
        return out
    count = await run_in_threadpool(store.count_events, filter) if total else None
    out = Response(formats.checked_json(EVENT_PAGE, {"items": items, "next_cursor": next_cursor, "total": count}),
                   media_type="application/json", headers={"Vary": "Accept"})
    paging.set_link(request, out, next_cursor)
    return out


@router.get("/events.geojson", response_model=M.FeatureCollectionOut, response_class=formats.GeoJSONResponse,
            responses=BAD_VALUE)
def events_geojson(
    request: Request,
    response: Response,
    store: StoreDep,
    filter: ApiFilterDep,
    sort: Sort = "-date",
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(500, 5000)] = 500,
) -> dict[str, Any]:
    """Event reports matching the filter as a GeoJSON FeatureCollection: one Point feature per
    report at its location's [longitude, latitude] (null geometry when it has none), the report
    in ``properties``; paged like ``/api/events``."""
    items, next_cursor = _reports(store, filter, sort, cursor, limit)
    paging.set_link(request, response, next_cursor)
    return formats.feature_collection(items, next_cursor)


@router.get("/events/{event_id}", response_model=M.EventDetailOut, responses=problems.responses(404))
def get_event(store: StoreDep, event_id: str) -> dict[str, Any]:
    """One event with every report of it (article, coded fields, evidence sentence, why it joined),
    its sources and its counts reconciled over them (every source's number kept)."""
    group = store.event_group(event_id)
    if group is None:
        raise HTTPException(404, f"no event {event_id!r} in the store; take ids from /api/events")
    head = group.head.event
    location = head.location
    out = group.to_dict()
    return {**out, "type": head.type, "country": location.place.country if location else None}


@router.get("/stories/{story_id}", response_model=M.StoryOut, responses=problems.responses(404))
def get_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """One story: its articles (and why each joined) and its asserted events by date."""
    found = store.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r} in the store; take ids from an article's story_id")
    return found.to_dict()


@router.get("/places", response_model=M.PlacePageOut, responses=BAD_VALUE)
def list_places(request: Request, response: Response, store: StoreDep, filter: ApiFilterDep,
                cursor: paging.CursorParam = None, limit: Annotated[int, Limit(200, 5000)] = 200) -> dict[str, Any]:
    """Where the asserted events matching the filter happened, with how many events (most first)."""
    rows, next_cursor = paging.positional("places", cursor, limit, paging.sliced(
        lambda n: store.event_places(filter, limit=n)))
    return paging.page(request, response, [p.to_dict() for p in rows], next_cursor)


@router.get("/places/mentions", response_model=M.MentionPageOut, responses=BAD_VALUE)
def list_mentions(
    request: Request,
    response: Response,
    store: StoreDep,
    q: Annotated[str | None, Query(description="Part of the place name")] = None,
    country: Country = None,
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(100, 5000)] = 100,
) -> dict[str, Any]:
    """Places mentioned in the stored articles, most mentioned first."""
    rows, next_cursor = paging.positional("places/mentions", cursor, limit, paging.sliced(
        lambda n: store.mention_places(q=q, country=country, limit=n)))
    return paging.page(request, response, [p.to_dict() for p in rows], next_cursor)


@router.get("/actors", response_model=M.ActorPageOut, responses=BAD_VALUE)
def list_actors(request: Request, response: Response, store: StoreDep, filter: ApiFilterDep,
                cursor: paging.CursorParam = None, limit: Annotated[int, Limit(20, 1000)] = 20) -> dict[str, Any]:
    """The actors of the most asserted events matching the filter, most events first."""
    rows, next_cursor = paging.positional("actors", cursor, limit, paging.sliced(
        lambda n: store.top_actors(filter, limit=n)))
    return paging.page(request, response, [a.to_dict() for a in rows], next_cursor)


@router.get("/stats/daily", response_model=M.DailyOut, responses=BAD_VALUE)
def daily(
    store: StoreDep,
    filter: ApiFilterDep,
    by: Annotated[Literal["type", "country"], Query(description="One series per PLOVER type or per country")] = "type",
) -> dict[str, Any]:
    """Asserted events per day (dated to the day), one series per type or country: a time series."""
    return store.daily_counts(filter, by=by).to_dict()


@router.get("/summary", response_model=M.SummaryPageOut, responses=BAD_VALUE)
def summary(request: Request, response: Response, store: StoreDep, filter: ApiFilterDep,
            cursor: paging.CursorParam = None, limit: Annotated[int, Limit(1000, 5000)] = 1000) -> dict[str, Any]:
    """Asserted events by country and PLOVER type (country order, then most events first)."""
    rows, next_cursor = paging.positional("summary", cursor, limit, paging.sliced(
        lambda n: store.summary(filter)[:n]))
    items = [{"country": r.country, "type": r.type, "events": r.events} for r in rows]
    return paging.page(request, response, items, next_cursor)


@router.get("/stats", response_model=M.StatsOut)
def stats(store: StoreDep) -> dict[str, Any]:
    """How much the store holds."""
    s = store.stats()
    return {
        "articles": s.articles, "events": s.events, "reports": s.reports, "asserted_reports": s.asserted_reports,
        "quotes": s.quotes, "places": s.places,
        "first_date": s.first_date.isoformat() if s.first_date else None,
        "last_date": s.last_date.isoformat() if s.last_date else None,
        "schema_version": s.schema_version,
    }
