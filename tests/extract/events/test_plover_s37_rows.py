"""Readings added in session 37: unnamed people told armed by a modifier ("armed men") are an
armed group wherever a trigger row asks for one.  The sentences here were written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized nine passengers from a bus on the highway near Kaduna on Friday.",
        "Armed youths seized two polling officers outside the school used as a voting centre.",
    ],
)
def test_unnamed_people_told_armed_are_an_armed_group(events_of, text: str) -> None:
    """events v120: "armed men", "armed youths" satisfy a row's subject of the whole class of
    armed groups, as "gunmen" do: people seized by them are abducted."""
    events = events_of(text)
    assert events.find("ASSAULT") is not None, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized the forged tickets at the stadium gate.",  # things seized: no abduction
        "Masked youths left the stadium after the match.",  # masks are no arms
        "The men seized the ball and ran towards the goal.",
    ],
)
def test_things_seized_or_people_not_told_armed_make_no_armed_act(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("ASSAULT") is None and events.find("RETREAT") is None, events.brief()
