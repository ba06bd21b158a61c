"""Rows of data/triggers.tsv added in session 37: fire named by the guns that give it is an attack
("came under artillery fire", "sniper fire"; CAMEO 19), and guns and shells told as goods (made,
bought, sold, shipped, stocked) are no attack.  The sentences here were written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The border village came under heavy artillery fire overnight, its mayor said.",
        "Two shepherds were hurt by mortar fire near the ceasefire line on Tuesday.",
        "The convoy was pinned down by sniper fire on the road to the airport.",
        "Tank fire destroyed the last bridge into the old town.",
    ],
)
def test_fire_named_by_its_guns_is_an_attack(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("ASSAULT") is not None, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out in the covered market on Sunday night.",
        "Firefighters brought the warehouse fire under control by dawn.",
        "The plant doubled its output of artillery shells this year.",
        "The joint production of artillery rounds began at a plant outside the capital.",
        "The ministry kept a stockpile of mortar rounds at the depot.",
        "The army placed an order for rocket launchers with a foreign supplier.",
        "The government approved the sale of artillery pieces to a neighbouring army.",
    ],
)
def test_a_blaze_or_guns_as_goods_are_no_attack(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("ASSAULT") is None, events.brief()
