"""Store query timings (:mod:`seismo.bench.query`): percentiles, a synthetic store and the
queries timed on it."""

from __future__ import annotations

import pytest

from seismo.bench import render_markdown


@pytest.mark.parametrize(("values", "q", "p"), [([5.0], 50, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), ([1.0, 2.0, 3.0, 4.0], 95, 4.0), (list(map(float, range(1, 101))), 95, 95.0)])
def test_percentile_nearest_rank(values, q, p):
    from seismo.bench.query import percentile

    assert percentile(values, q) == p


@pytest.mark.slow
def test_synthetic_store_and_queries(tmp_path):
    from seismo.bench.query import make_synthetic, run_queries
    from seismo.store import EventFilter, Store

    path = tmp_path / "synth.db"
    stats = make_synthetic(path, events=203, seed=1)
    assert (stats.events, stats.articles) == (203, 51)
    with Store.open(path, create=False) as store:
        assert store.count_events() == 203
        assert store.count_events(EventFilter(q="officials")) == 203  # full-text search filled in bulk
        hit = store.events(EventFilter(limit=1))[0]
        text = store.article(hit.article.id).article.text
        assert text[hit.event.evidence.start : hit.event.evidence.end] == hit.event.evidence.text
    report = run_queries(path, repeat=2)
    assert report.events == 203 and len(report.timings) >= 5
    assert all(t.runs == 2 and t.p95_ms >= t.p50_ms >= 0 for t in report.timings)
    assert "## Store queries" in render_markdown(None, report, commit="abc", command="seismo bench --store x")


def test_synthetic_refuses_an_existing_file(tmp_path):
    from seismo.bench.query import make_synthetic
    from seismo.errors import ConfigError

    (tmp_path / "x.db").write_text("", "utf-8")
    with pytest.raises(ConfigError, match="already exists"):
        make_synthetic(tmp_path / "x.db", events=10)
