"""The dashboard pages: overview, events table, one event, articles, one article, quotes (and
the alerts page of :mod:`seismo.web.alerts`).

Every page takes the event filter from the query string (the same names as ``/api/events``),
so a URL is a shareable view.  Pages read the store and never run NLP.
"""

from __future__ import annotations

from itertools import groupby
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from seismo.contract.vocab import MODALITIES
from seismo.web import alerts as alerts_page
from seismo.web import highlight as H
from seismo.web import views
from seismo.web.deps import FilterDep, StoreDep, blank
from seismo.web.render import render

router = APIRouter(include_in_schema=False)

SortName = Literal["-date", "date", "-confidence", "confidence"]


def _common(f_params: dict[str, str]) -> dict[str, object]:
    return {"params": f_params, "vocab": views.vocabulary(), "modalities": MODALITIES,
            "country_name": views.country_name, "country_options": views.countries()}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep, filter: FilterDep) -> HTMLResponse:
    params = views.filter_params(filter)
    data = views.overview(store, filter)
    return render(request, "overview.html", title="Overview", **_common(params), **data)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    store: StoreDep,
    filter: FilterDep,
    sort: SortName = "-date",
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> HTMLResponse:
    params = views.filter_params(filter)
    page = store.event_page(filter, sort=sort, cursor=cursor, limit=limit)
    total = store.count_events(filter)
    return render(request, "events.html", title="Events", **_common(params), hits=page.hits,
                  next_cursor=page.next_cursor, sort=sort, limit=limit, total=total, paged=cursor is not None,
                  event_href=H.event_href)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    group = store.event_group(event_id)
    if group is None:
        raise HTTPException(404, f"no event {event_id!r} in the store; pick one from the events table")
    hits = list(group.reports)
    reports = []
    for n, hit in enumerate(hits, 1):
        result = store.article(hit.article.id)
        text = result.article.text if result else hit.event.evidence.text
        offset_ok = result is not None
        marks = H.event_marks(hit.event, evidence=True, anchor=f"evidence-{n}") if offset_ok else []
        reports.append({"hit": hit, "html": H.highlight(text, marks), "n": n})
    return render(request, "event.html", title=f"Event {group.head.event.type}", params={}, reports=reports,
                  event_id=group.event_id, first=group.head, group=group, country_name=views.country_name,
                  kinds=H.KINDS, event_href=H.event_href)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, store: StoreDep, story_id: str) -> HTMLResponse:
    found = store.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r} in the store; open one from an event page")
    points: dict[tuple[float, float], dict[str, object]] = {}
    for g in found.events:
        loc = g.head.event.location
        if loc is None or loc.place.lat is None or loc.place.lon is None:
            continue
        key = (loc.place.lat, loc.place.lon)
        point = points.setdefault(key, {"lat": key[0], "lon": key[1], "name": loc.place.name,
                                        "country": loc.place.country, "events": 0})
        point["events"] = int(point["events"]) + 1  # type: ignore[call-overload]
    return render(request, "story.html", title=f"Story {story_id}", params={}, story=found,
                  country_name=views.country_name, event_href=H.event_href,
                  map={"countries": [], "points": list(points.values())})


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request,
    store: StoreDep,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    limit = 50
    since, until = blank(since), blank(until)
    refs = store.articles(q=q, since=since, until=until, limit=limit, offset=offset)
    params = {k: v for k, v in (("q", q), ("since", since), ("until", until)) if v}
    return render(request, "articles.html", title="Articles", params=params, refs=refs, offset=offset,
                  next_offset=offset + limit if len(refs) == limit else None)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    result = store.article(article_id)
    if result is None:
        raise HTTPException(404, f"no article {article_id!r} in the store; pick one from the articles list")
    html = H.highlight(result.article.text, H.article_marks(result))
    return render(request, "article.html", title=result.article.title or f"Article {article_id}", params={},
                  result=result, html=html, kinds=H.KINDS, event_href=H.event_href,
                  country_name=views.country_name)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    store: StoreDep,
    speaker: str | None = None,
    org: str | None = None,
    q: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    limit = 200
    hits = store.quotes(speaker=speaker, org=org, q=q, limit=limit, offset=offset)

    def who(hit: object) -> str:
        s = hit.quote.speaker  # type: ignore[attr-defined]
        return (s.name or s.text) if s else "unknown speaker"

    ordered = sorted(hits, key=lambda h: (who(h).lower(), str(h.article.date or "")))
    groups = [(name, list(items)) for name, items in groupby(ordered, key=who)]
    groups.sort(key=lambda g: (-len(g[1]), g[0].lower()))
    params = {k: v for k, v in (("speaker", speaker), ("org", org), ("q", q)) if v}
    return render(request, "quotes.html", title="Quotes", params=params, groups=groups,
                  speakers=store.speakers(speaker=speaker, org=org, q=q, limit=15), offset=offset,
                  next_offset=offset + limit if len(hits) == limit else None)


router.include_router(alerts_page.router)  # /alerts: its own module, served with these pages
