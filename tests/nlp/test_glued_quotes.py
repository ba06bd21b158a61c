"""seismo.nlp.split_glued_quotes: a quotation mark glued to the punctuation before it and to the
word after it is a token of its own, so the quotation and its tag are found as with spaces.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract.quotes.find import find_quotes
from seismo.pipeline import make_article


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ('The mayor said,“The bridge opens in May.”', ["said", ",", "“", "The"]),
        ('“We lost the vote,”she said.', ["vote", ",", "”", "she"]),
        ('He replied:"Not today."', ["replied", ":", '"', "Not"]),
        ('The road was shut.”Police say it will reopen.', ["shut", ".", "”", "Police"]),
    ],
)
def test_a_glued_mark_is_split_from_its_neighbours(nlp, text, tokens):
    words = [t.text for t in nlp(text)]
    start = words.index(tokens[0])
    assert words[start : start + len(tokens)] == tokens


@pytest.fixture(scope="module")
def bare_tokenizer():
    """The installed model's own tokenizer, untouched by seismo."""
    from seismo.nlp import load_model

    return load_model().tokenizer


@pytest.mark.parametrize(
    "text",
    [
        'The 6\'2" forward signed on Friday.',  # an inch mark after a figure
        "Prices rose 3.5% in U.S. stores, e.g. in Ohio.",
        'She said, "We will appeal." Police said: "No one was hurt."',
        "The talks, held in Geneva/Lausanne, ended at 10:30; both sides -- tired -- left.",
    ],
)
def test_text_without_glued_marks_is_tokenised_as_the_model_does(nlp, bare_tokenizer, text):
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in bare_tokenizer(text)]


def test_a_glued_quotation_gets_its_quote_and_speaker(nlp):
    def quotes(text):
        return [(q.text, q.speaker.name if q.speaker else None)
                for q in find_quotes(nlp(text), article=make_article(text), found={}, resources=None)]

    glued = quotes('Minister Lena Vos said,“We will not sign this treaty.”')
    spaced = quotes('Minister Lena Vos said, “We will not sign this treaty.”')
    assert glued == spaced == [("We will not sign this treaty.", "Lena Vos")]
