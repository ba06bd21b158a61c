"""Throughput and cold start (:mod:`seismo.bench.speed`): chunking, parsing the cold-start
subprocess, timings on a tiny corpus (slow)."""

from __future__ import annotations

import json
import subprocess

import pytest

from seismo.bench import SpeedReport, render_markdown
from seismo.bench.corpus import build_corpus
from seismo.bench.speed import chunks, cold_start, time_bare, time_seismo, time_seismo_parallel


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


def test_cold_start_parses_the_subprocess_output():
    def fake(cmd, **kwargs):
        assert "import seismo" in cmd[-1]
        return subprocess.CompletedProcess(cmd, 0, stdout="0.5000 3.2500\n", stderr="")

    k = cold_start(runner=fake)
    assert (k.import_s, k.first_result_s) == (0.5, 3.25) and k.process_s >= 0


@pytest.mark.slow
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


def test_reset_peak_starts_the_high_water_mark_again():
    from seismo.bench.speed import own_peak_mb, reset_peak

    block = bytearray(256 * 2**20)  # zero-filled: every page touched
    high = own_peak_mb()
    del block
    if not reset_peak():
        pytest.skip("no /proc/self/clear_refs here: peaks stay cumulative")
    assert own_peak_mb() < high - 128
