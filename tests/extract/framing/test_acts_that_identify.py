"""Acts that tell who someone is: a relative or participle clause dated over a month back names a
known past event ("the gunmen who stormed a hotel in October"), while one from this week is news,
and so is one told as going on ("nurses who walked out in October are still out", "blocking the
crossing since November"); a relative clause the parser hangs on the target of an event noun ("the
raid on a village that killed ...") is read with that noun, so investigating the raid makes the
killing known too (events v141).  Sentences written for these tests, published 2022-01-07."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger"), [
    ("Prosecutors said the gunmen who stormed a hotel in October had trained abroad.", "stormed"),
    ("Families of the workers shot by guards in November met the governor on Thursday.", "shot"),
    ("The minister said the rebels who attacked the convoy last September were foreigners.", "attacked"),
])
def test_an_act_dated_months_back_that_tells_who_someone_is_is_known(events_of, text, trigger):
    found = events_of(text).find("ASSAULT", trigger)
    assert found is not None and found.modality == "historical", events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police said the gunmen who stormed a hotel on Tuesday had trained abroad.",
    "Families of the workers shot by guards on Wednesday blocked the highway.",
])
def test_an_act_of_this_week_that_tells_who_someone_is_is_news(events_of, text):
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.modality == "asserted", events_of(text).brief()


def test_a_clause_on_the_target_of_an_investigated_raid_tells_of_the_raid(events_of):
    text = "The commission will investigate the army raid on a village that killed nine farmers last week."
    found = events_of(text).find("ASSAULT", "killed")
    assert found is not None and found.modality == "historical", [(e.type, e.trigger.text, e.modality) for e in events_of(text)]


@pytest.mark.parametrize(("text", "type_"), [
    ("Nurses who walked out in October are still refusing to return to the wards.", "PROTEST"),
    ("Truckers blocking the border crossing since November vowed on Thursday to stay.", "PROTEST"),
])
def test_an_act_told_as_going_on_is_not_done_with(events_of, text, type_):
    found = events_of(text).find(type_)
    assert found is not None and found.modality == "asserted", [(e.type, e.trigger.text, e.modality) for e in events_of(text)]
