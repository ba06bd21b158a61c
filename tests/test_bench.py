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
