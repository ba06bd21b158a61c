"""The API and dashboard part of ``seismo bench``: tables from :func:`seismo.api.bench.measure`.

    report = run_api(path, requests=100, browser=True)   # the dict measure() returns
    api_rows(report), overview_line(report), api_markdown(report)

Target (the issue): events-list p95 ≤ 50 ms on 1M events in SQLite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TARGET_P95_MS = 50.0
API_COLUMNS = ("GET /api/events", "parameters", "p50 ms", "p95 ms", "max ms", "requests", "status", "≤ 50 ms")


def run_api(path: Path, *, requests: int = 100, browser: bool = True) -> dict[str, Any]:
    """Time the events list per filter (in-process ASGI) and the overview page (Chromium)."""
    from seismo.api.bench import measure

    return measure(str(path), requests=requests, browser=browser)


def _params(name: str) -> str:
    from seismo.api.bench import DEFAULT_QUERIES

    base = name.removesuffix(" (page 2)")
    params = dict(DEFAULT_QUERIES).get(base, {})
    shown = "&".join(f"{k}={v}" for k, v in params.items()) or "(none)"
    return shown + (" + cursor" if name.endswith("(page 2)") else "")


def api_rows(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for name, t in report["api"].items():
        ok = "yes" if t["p95_ms"] <= TARGET_P95_MS else "NO"
        rows.append((name, _params(name), f"{t['p50_ms']:.1f}", f"{t['p95_ms']:.1f}", f"{t['max_ms']:.1f}", t["n"],
                     ",".join(map(str, t["statuses"])), ok))
    return rows


def overview_line(report: dict[str, Any]) -> str:
    """One sentence on the overview page's time to first render (or why it was not measured)."""
    o = report.get("overview")
    if o is None:
        return "Overview page: not measured (--no-browser)."
    if "skipped" in o:
        return f"Overview page: not measured — {o['skipped']}."
    return (f"Overview page `{o['url']}` in headless Chromium, median of {o['runs']} loads after a warm-up: "
            f"HTML received {o['html_ms']:.0f} ms, first contentful paint {o['first_contentful_paint_ms']:.0f} ms, "
            f"chart and map drawn (time to first render) {o['ready_ms']:.0f} ms (slowest {o['ready_max_ms']:.0f} ms).")


def api_markdown(report: dict[str, Any]) -> list[str]:
    from seismo.eval.report import markdown_table

    worst = report.get("api_p95_ms")
    verdict = "" if worst is None else (
        f" Worst p95 {worst:.1f} ms: target p95 ≤ {TARGET_P95_MS:.0f} ms "
        + ("met." if worst <= TARGET_P95_MS else "NOT met."))
    return [
        "## HTTP API and dashboard",
        "",
        f"Store: {report['events']:,} event reports (the synthetic store above). Each request goes through the "
        f"whole FastAPI app in-process (httpx ASGI transport: routing, validation, store query, JSON), "
        f"{report['requests_per_query']} requests per row after one warm-up, `limit={report['limit']}`; "
        f"*page 2* follows the first page's `next_cursor`.{verdict}",
        "",
        *markdown_table(API_COLUMNS, api_rows(report)),
        "",
        f"- {overview_line(report)}",
        "- The overview reads the chart and per-country totals from the `daily_counts` rollup and counts places "
        "and actors from the newest 5,000 matching reports (`seismo.store.read.stats.overview_stats`), so its work "
        "does not grow with the store.",
    ]


def api_console(report: dict[str, Any], *, console: Any) -> None:
    from rich.table import Table

    table = Table(*API_COLUMNS, title=f"HTTP API ({report['events']:,} events)", title_justify="left")
    for row in api_rows(report):
        table.add_row(*(str(x) for x in row))
    console.print(table)
    console.print(overview_line(report))
