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


@pytest.mark.parametrize(
    "text",
    [
        'The 6\'2" forward signed on Friday.',  # an inch mark after a figure
        "Prices rose 3.5% in U.S. stores, e.g. in Ohio.",
        'She said, "We will appeal."',
    ],
)
def test_text_without_glued_marks_is_tokenised_as_before(nlp, text):
    from spacy.util import compile_infix_regex

    glued = [t.text for t in nlp.tokenizer(text)]
    plain = nlp.tokenizer.infix_finditer
    try:
        nlp.tokenizer.infix_finditer = compile_infix_regex(nlp.Defaults.infixes).finditer
        assert [t.text for t in nlp.tokenizer(text)] == glued
    finally:
        nlp.tokenizer.infix_finditer = plain


def test_a_glued_quotation_gets_its_quote_and_speaker(nlp):
    def quotes(text):
        return [(q.text, q.speaker.name if q.speaker else None)
                for q in find_quotes(nlp(text), article=make_article(text), found={}, resources=None)]

    glued = quotes('Minister Lena Vos said,“We will not sign this treaty.”')
    spaced = quotes('Minister Lena Vos said, “We will not sign this treaty.”')
    assert glued == spaced == [("We will not sign this treaty.", "Lena Vos")]
