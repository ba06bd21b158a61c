"""The quote step's word lists (:mod:`seismo.extract.quotes.cues`): speech verbs and their
inflections, read from the data files (no model)."""

from __future__ import annotations

import pytest

from seismo.errors import ModelError
from seismo.extract.quotes.cues import inflections, load_cues, parse_verbs


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("say", {"say", "says", "sayed", "saying"}),
        ("note", {"note", "notes", "noted", "noting"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
    ],
)
def test_inflections(lemma: str, expected: set[str]) -> None:
    assert inflections(lemma) == expected


@pytest.mark.parametrize(
    ("word", "speech", "cue"),
    [
        ("said", True, True),
        ("told", True, True),
        ("comments", True, True),
        ("adds", True, True),
        ("believes", False, True),
        ("thought", False, True),
        ("table", False, False),
    ],
)
def test_bundled_cues(word: str, speech: bool, cue: bool) -> None:
    cues = load_cues()
    assert (cues.is_speech(word), cues.is_cue(word)) == (speech, cue)


def test_unknown_verb_class_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="unknown class header"):
        parse_verbs(["## feelings", "love"])
