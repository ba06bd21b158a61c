"""The benchmark corpus (:mod:`seismo.bench.corpus`): fixed order, a word budget, no data."""

from __future__ import annotations

from seismo.bench.corpus import build_corpus


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
