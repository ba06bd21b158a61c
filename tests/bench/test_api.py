"""The HTTP API part of the benchmark (:mod:`seismo.bench.api`): timings on a synthetic store
(slow), the report rows and the overview line."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_api_measure_on_a_synthetic_store(synthetic_store):
    from seismo.bench.api import api_markdown, api_rows, overview_line, run_api

    report = run_api(synthetic_store, requests=2, browser=False)
    assert report["events"] == 120
    assert all(t["statuses"] == [200] for t in report["api"].values())
    assert all(t["n"] == (1 if name.endswith("(page 2)") else 2) for name, t in report["api"].items())
    assert {"newest", "text", "country+type"} <= set(report["api"])
    assert report["api_p95_ms"] == max(t["p95_ms"] for t in report["api"].values())
    rows = api_rows(report)
    assert rows[0][0] == "newest" and rows[0][1] == "(none)"
    assert any(row[1] == "q=protesters" for row in rows)
    assert overview_line(report) == "Overview page: not measured (--no-browser)."
    text = "\n".join(api_markdown(report))
    assert "## HTTP API and dashboard" in text and "| GET /api/events |" in text


@pytest.mark.parametrize(
    ("overview", "expected"),
    [(None, "not measured (--no-browser)"), ({"skipped": "no chromium"}, "not measured — no chromium."),
     ({"url": "/", "runs": 3, "html_ms": 40.0, "first_contentful_paint_ms": 90.0, "ready_ms": 300.0,
       "ready_max_ms": 350.0}, "(time to first render) 300 ms")],
)
def test_overview_line(overview, expected):
    from seismo.bench.api import overview_line

    report = {} if overview is None else {"overview": overview}
    assert expected in overview_line(report)
