"""``ArticleRef.headline``: what names an article for a reader — its title, else its first
sentence, else its id — and that store reads carry the text's lead for it."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.model import Article, Result
from seismo.store import Store
from seismo.store.read.query import HEADLINE_CHARS, ArticleRef


def ref(title: str | None, lead: str | None) -> ArticleRef:
    return ArticleRef("c0ffee", dt.date(2023, 5, 2), title, None, None, None, lead)


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("Port strike spreads", "Dockers walked out.", "Port strike spreads"),
        (None, "Dockers walked out in Durban on Monday. Talks resume today.", "Dockers walked out in Durban on Monday."),
        ("  ", "Nurses marched. More soon.", "Nurses marched."),
        (None, "“We will stay,” the union said. Then it left.", "“We will stay,” the union said."),
        (None, None, "c0ffee"),
        (None, "   ", "c0ffee"),
        (None, "Short text without a full stop", "Short text without a full stop"),
    ],
)
def test_headline(title, lead, expected) -> None:
    assert ref(title, lead).headline == expected


def test_long_first_sentence_is_cut_at_a_word() -> None:
    lead = "Farmers from " + ", ".join(f"district{i}" for i in range(40)) + " blocked roads."
    headline = ref(None, lead).headline
    assert headline.endswith("…") and len(headline) <= HEADLINE_CHARS + 1
    assert lead.startswith(headline[:-1]) and not headline[:-1].endswith(",")


def test_store_reads_give_untitled_articles_their_first_sentence() -> None:
    text = "Teachers rallied outside parliament in Nairobi on Tuesday. They demanded higher pay."
    article = Article("a1", text, dt.date(2023, 5, 2), None, None, None, None)
    with Store.open(":memory:") as store:
        store.write([Result(article)])
        [found] = store.articles(limit=5)
    assert found.headline == "Teachers rallied outside parliament in Nairobi on Tuesday."
    assert found.to_dict()["headline"] == found.headline
