"""Objections that are no demonstration: players or a coach protesting a referee's call in a
sentence of the game, a match played "under protest", a lawyer who "protests his client's
innocence"; fans protesting outside a stadium still protest (events v141).  Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The home side's captain shoved the referee in protest at the late penalty.",
    "Both goalkeepers left the field in protest after the second red card.",
    "The visitors finished the fixture under protest after a disputed try.",
    "Her attorney protested the defendant's innocence throughout the hearing.",
])
def test_an_objection_in_play_or_in_court_is_no_protest(events_of, text):
    assert events_of(text).find("PROTEST") is None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Hundreds of fans protested outside the stadium against the referee's suspension.",
    "Supporters marched to the club's offices to protest the sale of the stadium.",
    "Thousands of workers protested outside parliament against the pension reform.",
])
def test_a_crowd_that_protests_still_protests(events_of, text):
    assert events_of(text).find("PROTEST") is not None, events_of(text).brief()
