"""Forces sent and bodies shut: destroyers, carriers and bombers sent or dispatched are moved, not
given, unless the sentence speaks of giving them; newspapers an authority shuts or closes down (even
where the parser takes "down" for a preposition) are censored, and a charity, foundation or NGO the
state closes is banned, while a firm closing its own is nothing; an acronym's plural ("NGOs") is
read as its noun; a reform or plan a government scraps or abandons is a concession, one a carmaker
scraps is none (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The navy dispatched a frigate group and two submarines to the strait on Monday.",
    "Moscow sent strategic bombers over the Baltic Sea.",
    "Washington sent a second aircraft carrier to the region after the attack.",
])
def test_heavy_formations_sent_or_dispatched_are_moved(events_of, text):
    found = events_of(text).find("MOBILIZE")
    assert found is not None and found.mode == "troops", events_of(text).brief()


def test_formations_sent_as_a_donation_are_not_a_deployment(events_of):
    text = "Norway sent two air-defence batteries to Kyiv as a donation."
    assert events_of(text).find("MOBILIZE") is None, events_of(text).brief()


@pytest.mark.parametrize(("text", "mode"), [
    ("The junta shut two opposition newspapers and a radio station.", "censor"),
    ("The interior ministry closed a foundation that monitored prison conditions.", "ban"),
    ("Authorities shut down three NGOs working with migrants.", "ban"),
])
def test_bodies_the_state_shuts_are_coerced(events_of, text, mode):
    found = events_of(text).find("COERCE")
    assert found is not None and found.mode == mode, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The retailer closed down its charity foundation in March.",
    "The publisher shut the weekly newspaper after years of losses.",
])
def test_a_body_closed_by_its_own_owner_is_no_coercion(events_of, text):
    assert events_of(text).find("COERCE") is None, events_of(text).brief()


def test_an_acronym_plural_is_lemmatised_to_its_noun(nlp):
    doc = nlp("Officials met the NGOs on Friday.")
    assert [t.lemma_ for t in doc if t.text == "NGOs"] == ["ngo"]


@pytest.mark.parametrize("text", [
    "The coalition scrapped its controversial labour reform after a week of strikes.",
    "Under pressure from farmers, the president abandoned the land bill.",
])
def test_a_measure_scrapped_by_those_in_power_is_a_concession(events_of, text):
    assert events_of(text).find("CONCEDE") is not None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The automaker scrapped its plan for a battery plant in Georgia.",
    "The retailer abandoned the proposal to open on Sundays.",
])
def test_a_plan_a_firm_drops_is_no_concession(events_of, text):
    assert events_of(text).find("CONCEDE") is None, events_of(text).brief()


def test_a_paper_closed_down_by_the_state_is_censored(events_of):
    found = events_of("The regime closed down the last independent daily newspaper.").find("COERCE")
    assert found is not None and found.mode == "censor", events_of("The regime closed down the last independent daily newspaper.").brief()
