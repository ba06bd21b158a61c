"""Objections that are no demonstration: players or a coach protesting a referee's call in a
sentence of the game, a lawyer who "protests his client's innocence"; fans, referees or parents
protesting still protest (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The home side's captain shoved the referee in protest at the late penalty.",
    "Both goalkeepers left the field in protest after the referee's second red card.",
    "Her attorney protested the defendant's innocence throughout the hearing.",
])
def test_an_objection_in_play_or_in_court_is_no_protest(events_of, text):
    assert events_of(text).find("PROTEST") is None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Hundreds of fans protested outside the stadium against the referee's suspension.",
    "Supporters marched to the club's offices to protest the sale of the stadium.",
    "Thousands of workers protested outside parliament against the pension reform.",
    "Referees protested outside the league's offices against a cut in match fees.",
    "Mothers protested at the stadium after a referee struck a young player.",
])
def test_a_crowd_that_protests_still_protests(events_of, text):
    assert events_of(text).find("PROTEST") is not None, events_of(text).brief()


def test_players_protesting_a_cause_still_protest(events_of):
    text = "Both teams knelt before the match to protest against racism, and the referee joined them."
    assert events_of(text).find("PROTEST") is not None, events_of(text).brief()
