"""Event routes: the list (filters, sort, cursor), one event, places, actors, daily counts, summary."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from seismo.api import schemas as M
from seismo.store import EventHit
from seismo.web.deps import FilterDep, StoreDep

router = APIRouter(tags=["events"])

SortName = Literal["-date", "date", "-confidence", "confidence"]
ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": M.ErrorOut, "description": "A filter value that cannot be used"}}


def hit_json(hit: EventHit) -> dict[str, Any]:
    return hit.to_dict()


@router.get("/events", response_model=M.EventPageOut, responses=ERRORS)
def list_events(
    store: StoreDep,
    filter: FilterDep,
    sort: Annotated[SortName, Query(description="-date: newest first; -confidence: surest first")] = "-date",
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    total: Annotated[bool, Query(description="Also count every report the filter matches")] = False,
) -> dict[str, Any]:
    """Event reports matching the filter, a page at a time (keyset cursors: stable while data grows)."""
    page = store.event_page(filter, sort=sort, cursor=cursor, limit=limit)
    return {
        "items": [hit_json(h) for h in page.hits],
        "next_cursor": page.next_cursor,
        "total": store.count_events(filter) if total else None,
    }


@router.get("/events/{event_id}", response_model=M.EventDetailOut, responses={404: {"model": M.ErrorOut}})
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


@router.get("/stories/{story_id}", response_model=M.StoryOut, responses={404: {"model": M.ErrorOut}})
def get_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """One story: its articles (and why each joined) and its asserted events by date."""
    found = store.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r} in the store; take ids from an article's story_id")
    return found.to_dict()


@router.get("/places", response_model=list[M.PlaceOut], responses=ERRORS)
def list_places(store: StoreDep, filter: FilterDep, limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> list[Any]:
    """Where the asserted events matching the filter happened, with how many events (most first)."""
    return [p.to_dict() for p in store.event_places(filter, limit=limit)]


@router.get("/places/mentions", response_model=list[M.MentionOut], responses=ERRORS)
def list_mentions(
    store: StoreDep,
    q: Annotated[str | None, Query(description="Part of the place name")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code")] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 100,
) -> list[Any]:
    """Places mentioned in the stored articles, most mentioned first."""
    return [p.to_dict() for p in store.mention_places(q=q, country=country, limit=limit)]


@router.get("/actors", response_model=list[M.ActorCountOut], responses=ERRORS)
def list_actors(store: StoreDep, filter: FilterDep, limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> list[Any]:
    """The actors of the most asserted events matching the filter."""
    return [a.to_dict() for a in store.top_actors(filter, limit=limit)]


@router.get("/stats/daily", response_model=M.DailyOut, responses=ERRORS)
def daily(
    store: StoreDep,
    filter: FilterDep,
    by: Annotated[Literal["type", "country"], Query(description="One series per PLOVER type or per country")] = "type",
) -> dict[str, Any]:
    """Asserted events per day (dated to the day), one series per type or country: a time series."""
    return store.daily_counts(filter, by=by).to_dict()


@router.get("/summary", response_model=list[M.SummaryRowOut], responses=ERRORS)
def summary(store: StoreDep, filter: FilterDep) -> list[Any]:
    """Asserted events by country and PLOVER type."""
    return [{"country": r.country, "type": r.type, "events": r.events} for r in store.summary(filter)]


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
