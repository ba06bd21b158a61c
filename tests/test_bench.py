"""CI smoke for ``seismo bench``: corpus, chunking, timings and rendering on a tiny corpus."""

from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from seismo.bench import SpeedReport, render_markdown
from seismo.bench.corpus import build_corpus
from seismo.bench.speed import chunks, cold_start, time_bare, time_seismo, time_seismo_parallel
from seismo.cli import cli


@pytest.mark.parametrize(
    ("n_items", "n", "sizes"),
    [(0, 2, []), (1, 2, [1]), (5, 2, [3, 2]), (6, 3, [2, 2, 2]), (7, 1, [7])],
)
def test_chunks_keep_order_and_cover_everything(n_items, n, sizes):
    items = list(range(n_items))
    parts = chunks(items, n)
    assert [len(p) for p in parts] == sizes
    assert [x for p in parts for x in p] == items


def test_chunks_rejects_zero():
    with pytest.raises(ValueError, match="chunk count"):
        chunks([1], 0)


def test_corpus_fixed_order_and_word_budget(tmp_path, shared_data):
    (tmp_path / "b.txt").write_text("date 2022-01-05 Two words", "utf-8")
    (tmp_path / "a.txt").write_text("date 2022-01-04 Three more words", "utf-8")
    c = build_corpus(samples=tmp_path, data_dir=shared_data, words=50)
    assert c.words >= 50 and c.sources[0] == ("samples/", 2)
    assert c.articles[0].text.startswith("Three")  # sorted by file name
    assert build_corpus(samples=tmp_path, data_dir=shared_data, words=50) == c


def test_corpus_without_data(tmp_path):
    c = build_corpus(samples=tmp_path / "none", data_dir=None, words=1000)
    assert (c.articles, c.words) == ((), 0)


def test_cold_start_parses_the_subprocess_output():
    def fake(cmd, **kwargs):
        assert "import seismo" in cmd[-1]
        return subprocess.CompletedProcess(cmd, 0, stdout="0.5000 3.2500\n", stderr="")

    k = cold_start(runner=fake)
    assert (k.import_s, k.first_result_s) == (0.5, 3.25) and k.process_s >= 0


@pytest.mark.model
def test_timings_on_a_tiny_corpus(pipeline, shared_data):
    corpus = build_corpus(samples=None, data_dir=shared_data, words=300)
    texts = [a.text for a in corpus.articles]
    bare = time_bare(texts, words=corpus.words)
    ours = time_seismo(corpus.articles, words=corpus.words, pipeline=pipeline)
    two = time_seismo_parallel(corpus.articles, words=corpus.words, processes=2, pipeline=pipeline)
    for t in (bare, ours, two):
        assert t.articles == len(corpus.articles) and t.seconds > 0 and t.peak_rss_mb > 0
    report = SpeedReport(corpus, (bare, ours, two), None)
    assert report.ratio(1) is not None and report.ratio(2) is None
    text = render_markdown(report, None, commit="abc", command="seismo bench --words 300")
    assert "| bare spaCy | 1 |" in text and "seismo / bare" in text
    json.dumps(report.to_json())


def test_bench_cli_missing_data_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--data", str(tmp_path / "nowhere"), "--out", "-"])
    assert result.exit_code == 2 and "not found" in result.output


@pytest.mark.parametrize(("values", "q", "p"), [([5.0], 50, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), ([1.0, 2.0, 3.0, 4.0], 95, 4.0), (list(map(float, range(1, 101))), 95, 95.0)])
def test_percentile_nearest_rank(values, q, p):
    from seismo.bench.query import percentile

    assert percentile(values, q) == p


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


# ----------------------------------------------------------------------------- HTTP API part of bench


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    from seismo.bench.query import make_synthetic

    path = tmp_path_factory.mktemp("bench") / "synth.db"
    make_synthetic(path, events=120, seed=3)
    return path


def test_api_measure_on_a_synthetic_store(tiny_store):
    from seismo.bench.api import api_markdown, api_rows, overview_line, run_api

    report = run_api(tiny_store, requests=2, browser=False)
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


def test_bench_cli_times_store_and_api(tiny_store, tmp_path):
    out = tmp_path / "BENCH.md"
    args = ["bench", "--no-speed", "--store", str(tiny_store), "--repeat", "1", "--requests", "2",
            "--no-browser", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "## Store queries" in text and "## HTTP API and dashboard" in text
    assert "not measured (--no-browser)" in text


def test_bench_cli_without_store_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--no-speed", "--out", "-", "--json"], env={"SEISMO_BENCH_STORE": ""})
    assert result.exit_code == 0, result.output
    assert "--make-synthetic" in result.output
    assert json.loads(result.output[result.output.index("{"):])["api"] is None


def test_markdown_carries_the_no_store_note():
    text = render_markdown(None, None, commit="abc", command="seismo bench", store_note="Not run: no store given.")
    assert "## Store queries and HTTP API\n\nNot run: no store given." in text


@pytest.mark.parametrize(
    ("names", "expected"),
    [(("Throughput",), ["## Throughput", "", "t"]), (("Throughput", "Cold start"), ["## Throughput", "", "t", "", "## Cold start", "c"]),
     (("Nothing",), [])],
)
def test_kept_sections(names, expected):
    from seismo.bench import kept_sections

    text = "# Benchmarks\n\nintro\n\n## Throughput\n\nt\n\n## Cold start\nc\n\n## Store queries\nq\n"
    assert kept_sections(text, names) == expected


def test_no_speed_run_keeps_the_previous_throughput():
    previous = "# Benchmarks\n\n## Throughput\n\n| a |\n\n## Cold start\n\nfast\n\n## Store queries\n\nstale-store-table\n"
    text = render_markdown(None, None, commit="abc", command="seismo bench --no-speed", store_note="none",
                           previous=previous)
    assert "## Throughput\n\n| a |" in text and "## Cold start\n\nfast" in text and "stale-store-table" not in text
    assert "kept from the previous run" in text
