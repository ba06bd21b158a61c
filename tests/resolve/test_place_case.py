"""A place entity that is a side of a thing written in lower case ("the west bank of the river",
classes ``side_of`` and ``side`` of place_cues.tsv) in a text in mixed case is a common noun,
never the place of that name; a name left in lower case, or a text printed all in lower case, keeps
its places (places v24).  Entities are given by hand; sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.places import collect_mentions, resolve_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


def _names(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]]) -> list[str]:
    places = resolve_mentions(collect_mentions(text, hand_entities(text, spans), gazetteer=gazetteer), gazetteer=gazetteer)
    return [p.name for p in places]


def test_a_lower_case_place_in_a_cased_sentence_is_no_name(gazetteer: Gazetteer) -> None:
    text = "Ferries landed on the west bank of the Volga near Samara."
    assert "West Bank" not in _names(gazetteer, text, [("the west bank", "GPE"), ("Volga", "LOC"), ("Samara", "GPE")])


def test_a_capitalised_place_still_is(gazetteer: Gazetteer) -> None:
    text = "Settlers moved into the West Bank on Monday."
    assert "West Bank" in _names(gazetteer, text, [("the West Bank", "GPE")])


def test_a_text_printed_in_lower_case_keeps_its_places(gazetteer: Gazetteer) -> None:
    text = ("This story is from March 4, 2002 lucknow: the police arrested two men near the railway station in "
            "kanpur on sunday after a clash between two groups of traders over the parking of carts.")
    assert "Kanpur" in _names(gazetteer, text, [("lucknow", "GPE"), ("kanpur", "GPE")])


def test_a_name_left_in_lower_case_in_a_cased_text_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Riot police fired tear gas at traders in downtown kampala on Monday, witnesses said."
    assert "Kampala" in _names(gazetteer, text, [("kampala", "GPE"), ("Monday", "DATE")])
