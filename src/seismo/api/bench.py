"""API and dashboard timings on a store: events-list p95 and the overview's time to first render.

    from seismo.api.bench import measure
    report = measure("/tmp/synth.db", requests=100)
    report["api"]["country+type"]["p95_ms"]      # in-process ASGI requests
    report["overview"]["ready_ms"]               # Chromium: navigation → chart and map drawn

The API is called in-process (httpx over ASGI, no network); the overview is loaded by the
system Chromium from a live server when playwright and Chromium are present (else
``report["overview"]`` says why it was skipped).  Target: p95 ≤ 50 ms on 1M events (SQLite).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Sequence
from typing import Any

from seismo.config import Settings

#: (name, query parameters of /api/events) timed by default
DEFAULT_QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("newest", {}),
    ("country", {"country": "KAZ"}),
    ("country+type", {"country": "KAZ", "type": "PROTEST"}),
    ("type+dates", {"type": "PROTEST", "since": "2022-01-01", "until": "2022-01-31"}),
    ("acled-sub-type", {"sub_event_type": "Peaceful protest"}),
    ("actor", {"actor": "police"}),
    ("modality", {"modality": "negated"}),
    ("text", {"q": "protesters"}),
    ("sort-confidence", {"sort": "-confidence", "country": "KAZ"}),
)


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _summary(times: list[float], statuses: set[int]) -> dict[str, Any]:
    return {
        "n": len(times),
        "p50_ms": round(_percentile(times, 0.5), 2),
        "p95_ms": round(_percentile(times, 0.95), 2),
        "max_ms": round(max(times), 2) if times else None,
        "mean_ms": round(statistics.fmean(times), 2) if times else None,
        "statuses": sorted(statuses),
    }


async def _time_api(app: Any, queries: Sequence[tuple[str, dict[str, str]]], *, requests: int,
                    limit: int, pages: bool) -> dict[str, Any]:
    import httpx

    out: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, params in queries:
            params = {**params, "limit": str(limit)}
            first = await client.get("/api/events", params=params)  # warm caches
            cursor = first.json().get("next_cursor") if first.status_code == 200 else None
            times: list[float] = []
            statuses: set[int] = set()
            for _ in range(requests):
                started = time.perf_counter()
                r = await client.get("/api/events", params=params)
                times.append((time.perf_counter() - started) * 1000)
                statuses.add(r.status_code)
            out[name] = _summary(times, statuses)
            if pages and cursor:
                times, statuses = [], set()
                for _ in range(max(1, requests // 4)):
                    started = time.perf_counter()
                    r = await client.get("/api/events", params={**params, "cursor": cursor})
                    times.append((time.perf_counter() - started) * 1000)
                    statuses.add(r.status_code)
                out[f"{name} (page 2)"] = _summary(times, statuses)
    return out


def _time_overview(app: Any, *, params: str, runs: int) -> dict[str, Any]:
    from seismo.api.live import browser_missing, chromium, serve_in_thread

    reason = browser_missing()
    if reason:
        return {"skipped": reason}
    ready: list[float] = []
    html: list[float] = []
    paint: list[float] = []
    with serve_in_thread(app) as base, chromium() as browser:
        for _ in range(runs + 1):  # the first load warms the server and the browser cache
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            started = time.perf_counter()
            page.goto(f"{base}/{params}", wait_until="commit")
            page.wait_for_selector("#map[data-ready='1']", timeout=120_000)
            page.wait_for_function("document.querySelector('#chart canvas') || "
                                   "document.querySelector('#chart.empty')", timeout=120_000)
            elapsed = (time.perf_counter() - started) * 1000
            timing = page.evaluate(
                "() => { const n = performance.getEntriesByType('navigation')[0];"
                " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                " return {html: n ? n.responseEnd : null, fcp: p ? p.startTime : null}; }"
            )
            page.close()
            ready.append(elapsed)
            html.append(timing["html"] or float("nan"))
            paint.append(timing["fcp"] or float("nan"))
    ready, html, paint = ready[1:], html[1:], paint[1:]
    return {
        "url": f"/{params}",
        "runs": runs,
        "html_ms": round(statistics.median(html), 1),
        "first_contentful_paint_ms": round(statistics.median(paint), 1),
        "ready_ms": round(statistics.median(ready), 1),
        "ready_max_ms": round(max(ready), 1),
    }


def measure(
    store_url: str,
    *,
    requests: int = 100,
    limit: int = 50,
    queries: Sequence[tuple[str, dict[str, str]]] = DEFAULT_QUERIES,
    pages: bool = True,
    browser: bool = True,
    overview_params: str = "",
    overview_runs: int = 3,
) -> dict[str, Any]:
    """Time ``/api/events`` (each query ``requests`` times, and its second page) and the overview.

    Returns ``{"store", "events", "api": {name: {p50_ms, p95_ms, ...}}, "api_p95_ms": worst p95,
    "overview": {...}}``; ``browser=False`` leaves the overview out.
    """
    from seismo.api import create_app
    from seismo.store import Store

    store = Store.open(store_url, create=False)
    try:
        app = create_app(Settings(db_url=store_url), store=store)
        api = asyncio.run(_time_api(app, queries, requests=requests, limit=limit, pages=pages))
        report: dict[str, Any] = {
            "store": store.url,
            "events": store.stats().reports,
            "requests_per_query": requests,
            "limit": limit,
            "api": api,
            "api_p95_ms": max((v["p95_ms"] for v in api.values()), default=None),
        }
        if browser:
            report["overview"] = _time_overview(app, params=overview_params, runs=overview_runs)
        return report
    finally:
        store.close()
