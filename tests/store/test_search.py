"""Full-text search (:mod:`seismo.store.read.search`): FTS5 query quoting, accent and case folding,
common words, and the two ways of matching (per row, from the match list) agreeing."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.model import Article, Result
from seismo.store import EventFilter, Store
from seismo.store.read import pages
from seismo.store.read.search import fts5_query


@pytest.mark.parametrize(
    ("q", "expected"),
    [("fire bins", '"fire" "bins"'), ('say "NEAR(a b)"', '"say" "NEAR" "a" "b"'), ("';--", "")],
)
def test_fts5_query_quotes_every_word(q: str, expected: str) -> None:
    assert fts5_query(q) == expected


def test_search_folds_accents_and_case(store: Store) -> None:
    text = "Crowds gathered in Zürich and São Paulo."
    result = Result(Article("acc", text, dt.date(2024, 5, 1), "ÉMEUTES"))
    store.write([result])
    for q in ("zurich", "SAO paulo", "emeutes", "crowd"):
        assert [a.id for a in store.articles(q=q)] == ["acc"], q


@pytest.mark.parametrize("q", ["fuel", "Almaty police", "protest"])
@pytest.mark.parametrize("common", [False, True])
def test_text_search_per_row_equals_from_matches(filled: Store, monkeypatch, q: str, common: bool) -> None:
    expected = {h.event_id for h in filled.events(EventFilter(limit=None)) if _article_has(filled, h.article.id, q)}
    monkeypatch.setattr(pages, "is_common", lambda conn, q: common)
    from seismo.store import store as store_module

    monkeypatch.setattr(store_module, "is_common", lambda conn, q: common)
    found = {h.event_id for h in pages.event_page(filled.engine, EventFilter(q=q), limit=1000).hits}
    assert found == expected
    assert {h.event_id for h in filled.events(EventFilter(q=q, limit=None))} == expected


def _article_has(store: Store, article_id: str, q: str) -> bool:
    return any(a.id == article_id for a in store.articles(q=q, limit=None))


@pytest.mark.parametrize(("articles", "expected"), [(0, 2000), (1000, 2000), (250_000, 11_180), (4_000_000, 44_721)])
def test_common_threshold_grows_with_the_store(articles: int, expected: int, monkeypatch) -> None:
    from seismo.store.read import search

    class Conn:
        def exec_driver_sql(self, sql):
            return type("R", (), {"scalar": staticmethod(lambda: articles)})()

    assert search.common_threshold(Conn()) == expected
