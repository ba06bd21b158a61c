"""Speakers (:mod:`seismo.extract.quotes.speakers.profiles`): the role / organisation split and the profile
book (no model), then the profiles the quotes step gives named speakers.  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from seismo.extract.quotes.speakers.profiles import ProfileBook, split_role


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


# ------------------------------------------------------------------ profiles through the quotes step

PROFILES = [
    (
        "“The war will go on,” said Nona Mikhelidze, head of the Eastern Europe program at the Institute for International Affairs.",
        (
            "Nona Mikhelidze",
            "head of the Eastern Europe program",
            "Institute for International Affairs",
            None,
        ),
    ),
    (
        "“It is unprecedented,” said Togzhan Kassenova, a Kazakh analyst at the Center for Policy Research at the University of Albany.",
        (
            "Togzhan Kassenova",
            "Kazakh analyst",
            "Center for Policy Research at the University of Albany",
            None,
        ),
    ),
    (
        "“We expected it,” John Ortiz, a senior fellow at the Atlantic Council, told HuffPost.",
        ("John Ortiz", "senior fellow", "Atlantic Council", "HuffPost"),
    ),
    (
        "“The troops will leave,” said the vice president of the Defense Commission of the Duma.",
        (None, "vice president", "Defense Commission of the Duma", None),
    ),
    (
        "“We will respond,” said Foreign Minister Sergei Lavrov.",
        ("Sergei Lavrov", "Foreign Minister", None, None),
    ),
    (
        "Ana Ruiz, a professor of history at the University of Lima, spoke first. “History repeats,” said Ruiz.",
        ("Ana Ruiz", "professor of history", "University of Lima", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROFILES)
def test_speaker_profiles(quotes_of, text: str, expected) -> None:
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    s = quote.speaker
    assert s is not None
    assert (s.name, s.role, s.organization, s.outlet) == expected
