"""The alerts page (``/alerts``): each alert with its explanation, a sparkline of its series,
its events and their articles; filters country, family, watchlist and days.  And the Atom feed
of alerts: ``/alerts.atom`` (every alert) and ``/alerts.atom?watch=NAME`` (a watchlist's), the
last month up to the newest article's day unless ``since`` / ``until`` say otherwise; links are
absolute, under the URL the request came to; an unknown watchlist is a 404, a bad date a 400.

The sparkline is an inline SVG drawn here from :attr:`seismo.watch.alerts.Alert.spark` (no
script: the pages' Content-Security-Policy allows none inline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from seismo.errors import QueryError
from seismo.web import views
from seismo.web.deps import StoreDep, blank
from seismo.web.highlight import event_href
from seismo.web.render import render

router = APIRouter(include_in_schema=False)

#: days shown when the query gives no ``since``: the month up to the newest article's day
PAGE_DAYS = 30


def sparkline(values: Sequence[int], *, width: int = 168, height: int = 32, label: str = "") -> Markup:
    """An inline SVG line of ``values`` (oldest first), the last point marked; numbers only go in,
    the label is escaped."""
    n = len(values)
    top = max(max(values, default=0), 1)
    step = (width - 4) / max(n - 1, 1)

    def point(i: int, v: int) -> tuple[float, float]:
        return 2 + i * step, height - 2 - (height - 4) * v / top

    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, v) for i, v in enumerate(values)))
    last = point(n - 1, values[-1]) if n else (width - 2, height - 2)
    title = escape(label or f"{n} days, last {values[-1] if n else 0}, highest {top}")
    return Markup(
        f'<svg class="sparkline" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{title}</title>'
        f'<line x1="2" y1="{height - 2}" x2="{width - 2}" y2="{height - 2}" stroke="#ccc" stroke-width="1"/>'
        f'<polyline points="{points}" fill="none" stroke="#2c5d8a" stroke-width="1.5"/>'
        f'<circle cx="{last[0]:.1f}" cy="{last[1]:.1f}" r="2.5" fill="#c0392b"/></svg>'
    )


def _day(name: str, value: str | None) -> dt.date | None:
    value = blank(value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, store: StoreDep, country: str | None = None, family: str | None = None,
                watch: str | None = None, since: str | None = None, until: str | None = None) -> HTMLResponse:
    from seismo.watch.alerts import find_alerts
    from seismo.watch.families import families
    from seismo.watch.watchlists import all_watchlists, default_window, get, watch_alerts

    country, family, watch = blank(country), blank(family), blank(watch)
    if family and family not in families():
        raise QueryError(f"unknown family {family!r}; one of {', '.join(families())}")
    watchlist = get(store, watch) if watch else None
    window = default_window(store, since=_day("since", since), until=_day("until", until), days=PAGE_DAYS)
    found = []
    if window is not None:
        first, last = window
        code = country.upper() if country else None
        if watchlist is not None:
            found = watch_alerts(store, watchlist, since=first, until=last, country=code, family=family)
        else:
            found = find_alerts(store, since=first, until=last, country=code, family=family)
    params = {k: v for k, v in (("country", country), ("family", family), ("watch", watch),
                                ("since", blank(since)), ("until", blank(until))) if v}
    return render(request, "alerts.html", title="Alerts", params=params, alerts=found, window=window,
                  watchlist=watchlist, watchlists=all_watchlists(store), families=families(),
                  sparkline=sparkline, event_href=event_href, country_name=views.country_name,
                  country_options=views.countries())


#: days in the Atom feed when the query gives no ``since``
FEED_DAYS = 30


@router.get("/alerts.atom")
def alerts_atom(
    request: Request,
    store: StoreDep,
    watch: Annotated[str | None, Query(description="A watchlist's name (seismo watch list)")] = None,
    since: str | None = None,
    until: str | None = None,
) -> Response:
    from seismo.store.watch import watchlists as stored
    from seismo.watch.alerts import find_alerts
    from seismo.watch.atom import MEDIA_TYPE, alerts_feed
    from seismo.watch.watchlists import default_window, get, watch_alerts

    watch = blank(watch)
    if watch and watch not in {w.name for w in stored.list_watchlists(store.engine)}:
        raise HTTPException(404, f"no watchlist named {watch!r}; `seismo watch list` shows them")
    window = default_window(store, since=_day("since", since), until=_day("until", until), days=FEED_DAYS)
    found = []
    if window is not None:
        if watch:
            found = watch_alerts(store, get(store, watch), since=window[0], until=window[1])
        else:
            found = find_alerts(store, since=window[0], until=window[1])
    body = alerts_feed(found, watch=watch, base_url=str(request.base_url))
    return Response(body, media_type=MEDIA_TYPE)
