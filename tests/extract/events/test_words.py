"""The words around a trigger head (:mod:`seismo.extract.events.coding.words`): what a verb acts on
when the parse hides it.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract.events.coding.words import arguments


def _args(nlp, text: str, verb: str) -> set[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    return {t.lemma_.lower() for t in arguments(head)}


@pytest.mark.parametrize(("text", "verb", "noun"), [
    # a quantity object counts the noun of its of-phrase, however many of them there are
    ("The militia recruited hundreds of volunteers in the north.", "recruited", "volunteer"),
    ("Dozens of detained students were freed on Thursday.", "freed", "student"),
    # the object of the verb joined right after an objectless one is its object too
    ("Police arrested and charged five smugglers at the port.", "arrested", "smuggler"),
    # a determined noun after an objectless verb, parsed as an adverbial noun, is its object
    ("The regional government withdrew a decree raising fuel tariffs by 20 percent on Monday.", "withdrew", "decree"),
])
def test_a_verb_acts_on_the_noun_the_parse_hides(nlp, text: str, verb: str, noun: str) -> None:
    assert noun in _args(nlp, text, verb)

