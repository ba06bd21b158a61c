"""Police work told the Indian-English and the plain way: the forces "in an encounter" or "an
exchange of fire with" whom armed men fell are the killers; blows dealt by forces (slapped,
kicked, thrashed) are an assault; "caught red-handed" is an arrest; a rider picked up by a bus,
suspects a camera "captured" and an arrest efforts aim at are none; an arrest a protest is held
over is no intervention in it, a war it is held over no happening and its place no scene
(events v140).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor"), [
    ("Two robbers were killed in an encounter with police near Meerut on Sunday.", "police"),
    ("A wanted smuggler was shot dead in an exchange of fire with the border police.", "border police"),
    ("Four insurgents were killed in a crossfire with security forces in the hills.", "security forces"),
])
def test_those_the_dead_fought_with_are_the_killers(events_of, text, actor):
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.actor is not None, events_of(text).brief()
    assert found.actor.text.endswith(actor) and found.actor.sector == "COP", found.actor
    assert any(c.kind == "killed" for c in found.counts), found.counts


def test_an_encounter_with_police_that_is_no_fight_is_no_event(events_of):
    assert events_of("The singer had a friendly encounter with police at the stadium gate.").find("ASSAULT") is None


@pytest.mark.parametrize("text", [
    "Three constables slapped and kicked a street vendor outside the station.",
    "Soldiers thrashed the villagers with rifle butts.",
])
def test_blows_dealt_by_forces_are_an_assault(events_of, text):
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.mode == "beat" and found.actor is not None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "United thrashed their rivals 4-0 at home.",
    "The finance ministry slapped a new levy on imported cars.",
])
def test_a_win_or_a_levy_is_no_beating(events_of, text):
    assert all(e.mode != "beat" for e in events_of(text)), events_of(text).brief()


def test_caught_red_handed_is_an_arrest(events_of):
    events = events_of("A revenue clerk was caught red-handed by the vigilance bureau while taking a bribe.")
    found = events.find("COERCE")
    assert found is not None and found.mode == "arrest", events.brief()


@pytest.mark.parametrize("text", [
    "The pupils were picked up by the school bus at dawn.",
    "A security camera captured the two men leaving the bank.",
])
def test_a_rider_picked_up_or_a_face_on_camera_is_no_arrest(events_of, text):
    assert all(e.mode != "arrest" for e in events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Efforts are on to arrest the men who fled after the robbery, an officer said.",
    "A search is on to nab the two guards who escaped with the cash.",
])
def test_an_arrest_an_effort_aims_at_is_no_arrest_told(events_of, text):
    """The aim of efforts "on" (class ``effort_noun``, through the preposition) is not yet done."""
    assert all(not (e.mode == "arrest" and e.modality == "asserted") for e in events_of(text)), events_of(text).brief()


def test_a_team_that_arrests_still_arrests(events_of):
    found = events_of("A special team arrested four men near the old market on Monday.").find("COERCE")
    assert found is not None and found.mode == "arrest" and found.modality == "asserted"


@pytest.mark.parametrize("text", [
    "Demonstrations broke out in the capital against the detention of the union leader.",
    "The detention of the popular mayor triggered protests in several towns.",
])
def test_an_arrest_that_causes_a_protest_is_no_intervention_in_it(events_of, text):
    """The protest's own clause gives the arrest as its cause (a grievance phrase on the verb it is the
    subject of, the subject of a verb of class ``cause_verb``): a peaceful protest, not one met with force."""
    found = events_of(text).find("PROTEST")
    assert found is not None and found.acled_sub_event_type == "Peaceful protest", events_of(text).brief()


def test_an_arrest_of_marchers_is_still_an_intervention(events_of):
    found = events_of("Students marched to the square and police detained dozens of them.").find("PROTEST")
    assert found is not None and found.acled_sub_event_type == "Protest with intervention"


def test_the_scene_named_beats_the_place_in_a_paper_s_name(events_of):
    """A place inside an organisation's name ("a Washington Post reporter") yields to the scene."""
    found = events_of("A Washington Post reporter was detained by police in Tehran on Sunday.").find("COERCE")
    assert found is not None and found.location is not None and found.location.place.name == "Tehran", found


@pytest.mark.parametrize("text", [
    "Dockers walked off the job over the war in Yemen.",
    "Hundreds of students staged a sit-in against the conflict in the east.",
])
def test_a_war_a_protest_is_held_over_is_no_happening_told(events_of, text):
    """A long conflict (class ``long_conflict``) in a protest's grievance phrase: the protest is the news."""
    events = events_of(text)
    assert events.find("PROTEST") is not None and events.find("ASSAULT") is None, events.brief()


def test_a_protest_is_placed_where_it_is_held_not_where_its_grievance_is(events_of):
    found = events_of("Crowds rallied against the war in Syria outside the parliament in Oslo.").find("PROTEST")
    assert found is not None and found.location is not None and found.location.place.name == "Oslo", found
