"""Vows and questions: a pledge or a vow to punish or fight someone is a threat, while a vow to fight
corruption is a promise; a question put ("asked about the vote") is no request, while asking a
government for help is one (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The militia pledged to punish the villagers who sheltered soldiers.",
])
def test_a_punishment_vowed_is_a_threat(events_of, text):
    assert events_of(text).top_type() == "THREATEN", events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The new prime minister pledged to fight poverty in the north.",
    "The governor vowed to crush inflation within a year.",
])
def test_a_vow_against_a_social_ill_is_no_threat(events_of, text):
    assert events_of(text).find("THREATEN") is None, events_of(text).brief()


def test_a_question_put_is_no_request(events_of):
    text = "Asked about the strike, the labour minister said talks were under way."
    assert events_of(text).find("REQUEST") is None, events_of(text).brief()


def test_asking_a_government_for_help_is_a_request(events_of):
    text = "The governor asked the army for help after the landslide."
    assert events_of(text).find("REQUEST") is not None, events_of(text).brief()
