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


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized nine passengers from a bus on the highway near Kaduna on Friday.",
        "Masked youths seized two polling officers outside the school used as a voting centre.",
    ],
)
def test_unnamed_people_told_armed_are_an_armed_group(events_of, text: str) -> None:
    """events v120: "armed men", "masked youths" satisfy a row's subject of the whole class of
    armed groups, as "gunmen" do: people seized by them are abducted."""
    events = events_of(text)
    assert events.find("ASSAULT") is not None, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The men seized the ball and ran towards the goal.",
        "Armed guards seized the forged tickets at the stadium gate.",
    ],
)
def test_people_not_told_armed_or_things_seized_make_no_abduction(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("ASSAULT") is None, events.brief()
