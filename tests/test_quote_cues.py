"""Cue lists and the role / organisation split (no model needed)."""

from __future__ import annotations

import pytest

from seismo.errors import ModelError
from seismo.extract.cues import inflections, load_cues, parse_verbs
from seismo.extract.speakers import ProfileBook, split_role


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "head of the Eastern Europe and Eurasia program at the Institute for International Affairs",
            ("head of the Eastern Europe and Eurasia program", "Institute for International Affairs"),
        ),
        (
            "a Kazakh analyst at the Center for Policy Research at the University of Albany",
            ("Kazakh analyst", "Center for Policy Research at the University of Albany"),
        ),
        (
            "professor of Regional and Analytical Studies at the National Defense University",
            ("professor of Regional and Analytical Studies", "National Defense University"),
        ),
        (
            "the vice president of the Defense Commission of the Duma",
            ("vice president", "Defense Commission of the Duma"),
        ),
        ("spokesman for the State Department", ("spokesman", "State Department")),
        ("a senior fellow with the Atlantic Council", ("senior fellow", "Atlantic Council")),
        ("the Kazakh and Russian authorities", ("Kazakh and Russian authorities", None)),
        ("a professor of history", ("professor of history", None)),
        ("", (None, None)),
    ],
)
def test_split_role(text: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(text) == expected


def test_profile_book_merges_full_name_and_surname() -> None:
    book = ProfileBook()
    book.learn("Mikhelidze")
    book.learn("Nona Mikhelidze", role="head of program", organization="Institute")
    profile = book.lookup("Mikhelidze")
    assert profile is not None
    assert (profile.name, profile.role, profile.organization) == (
        "Nona Mikhelidze",
        "head of program",
        "Institute",
    )
    assert book.lookup("Kassenova") is None
