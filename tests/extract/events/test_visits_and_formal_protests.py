"""A state's words: a protest a country or its capital makes against something ("Chile protested
the remarks", "Lima conveyed a protest") or "stern representations" and a demarche are formal
complaints, not a street demonstration, while people protesting in a country still demonstrate;
an ultimatum, a call or a court ruling ignored or flouted by those in power is refused, a warning
motorists ignore is not (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Chile formally protested the remarks of the Bolivian president.",
    "Lima conveyed a strong protest to Quito over the border incident.",
    "Tokyo lodged solemn representations with Beijing over the survey ship.",
    "Budapest delivered a demarche to the Slovak embassy.",
])
def test_a_state_protesting_complains_formally(events_of, text):
    events = events_of(text)
    assert events.top_type() == "ACCUSE", events.brief()
    assert events.find("PROTEST") is None, events.brief()


def test_people_protesting_in_a_country_demonstrate(events_of):
    text = "Thousands of students in Chile protested the tuition rise."
    assert events_of(text).find("PROTEST") is not None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The junta ignored the regional bloc's ultimatum to restore the president.",
    "The ruling party disregarded calls for a recount.",
    "The provincial government flouted the supreme court's ruling on the dams.",
])
def test_a_demand_or_ruling_ignored_is_refused(events_of, text):
    assert events_of(text).top_type() == "REJECT", events_of(text).brief()


def test_people_ignoring_a_warning_refuse_no_one(events_of):
    text = "Many motorists ignored the police warning and drove through the flooded underpass."
    assert events_of(text).find("REJECT") is None, events_of(text).brief()
