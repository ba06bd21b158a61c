"""Two reports joined by "and" ("X said A and insisted that B": X insisted, not A's subject), and
"according to" a rule followed rather than a source cited (quotes v39).  Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    ("Governor Ana Ruiz said the bridge would reopen in May and insisted that the repairs were on budget.",
     "the bridge would reopen in May", "the repairs were on budget", "Ana Ruiz"),
    ("The mayor argued that fares had fallen and admitted that delays were rising.",
     "fares had fallen", "delays were rising", "The mayor"),
])
def test_a_second_report_joined_by_and_is_the_first_speakers(quotes_of, text, first, second, speaker):
    quotes = quotes_of(text)
    pairs = quotes.pairs("indirect")
    assert (first, speaker) in pairs and (second, speaker) in pairs, pairs


@pytest.mark.parametrize("text", [
    "The seats were shared out according to the constitution.",
    "Fuel is rationed according to need.",
    "The land was divided according to custom.",
])
def test_according_to_a_rule_cites_no_source(quotes_of, text):
    assert not [q for q in quotes_of(text) if q.cue is not None and q.cue.text.lower().startswith("according")], quotes_of(text)


def test_according_to_a_body_still_cites_it(quotes_of):
    quotes = quotes_of("Turnout was below forty percent, according to the electoral commission.")
    assert ("Turnout was below forty percent", "the electoral commission") in quotes.pairs("indirect"), quotes.pairs("indirect")
