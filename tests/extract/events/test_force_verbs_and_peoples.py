"""Crowd-control verbs made of a noun and a hyphen, works and towns seized by armed men, the phrase
of the ones an act leaves dead, and peoples named by a plural demonym.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Riot police tear-gassed marchers in the capital on Sunday.", "Riot police", "marchers"),
    ("Police baton-charged nurses demanding back pay outside the hospital.", "Police", "nurses"),
    ("Gendarmes teargassed the farmers blocking the motorway.", "Gendarmes", "farmers"),
    ("Officers pepper-sprayed the students sitting in the square.", "Officers", "students"),
])
def test_a_verb_of_crowd_control_made_of_a_weapon_is_force_with_its_doer_and_crowd(events_of, text, actor, recipient):
    """events v138: "tear-gas", "teargas", "pepper-spray" as verbs; the parser's reading of
    "Police X-ed Y" as one noun phrase is read as subject, verb and object (nlp.verbtags)."""
    events = events_of(text)
    force = next((e for e in events if e.type == "ASSAULT" and e.mode == "crowd-control"), None)
    assert force is not None, events.brief()
    assert force.actor is not None and force.actor.text == actor, events.brief()
    assert force.recipient is not None and force.recipient.text == recipient, events.brief()


@pytest.mark.parametrize("text", [
    "She keeps pepper spray in her handbag for the walk home.",
    "The shop sold pepper spray and torches.",
])
def test_pepper_spray_as_a_thing_is_no_force(events_of, text):
    assert events_of(text).find("ASSAULT") is None, events_of(text).brief()


def test_pepper_spray_used_or_fired_on_a_crowd_is_crowd_control(events_of):
    for text in ("Officers used pepper spray to clear protesters from the courthouse steps.",
                 "Police fired pepper spray at fans outside the stadium gates."):
        events = events_of(text)
        assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "Government troops seized the hydroelectric dam on the river after a week of fighting.",
    "Insurgents captured the gas plant outside the port city.",
    "Militiamen took control of the oil refinery at dawn.",
])
def test_a_work_taken_by_armed_men_is_seized(events_of, text):
    """events v138: a plant, dam, refinery or other work (class ``facility``) taken by forces or
    an armed group is held as ground is."""
    events = events_of(text)
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "Creditors seized the bankrupt fertiliser plant.",
    "Customs officers seized a cocaine lab hidden near the refinery.",
])
def test_a_work_bought_or_contraband_seized_is_no_seizure_of_ground(events_of, text):
    events = events_of(text)
    assert not any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()


def test_a_result_adjective_before_a_number_is_not_the_victims_phrase(events_of):
    events = events_of("Police shot dead two students near the campus.")
    attack = events.find("ASSAULT")
    assert attack is not None and attack.recipient is not None, events.brief()
    assert attack.recipient.text == "two students", events.brief()


@pytest.mark.parametrize(("text", "actor"), [
    ("Angry Ghanaians took to the streets of Accra over fuel prices.", "Angry Ghanaians"),
    ("Hundreds of Peruvians marched on the congress building in Lima.", "Peruvians"),
    ("Exiled Tibetans rallied outside the consulate in Zurich.", "Exiled Tibetans"),
])
def test_a_plural_demonym_without_the_names_a_people_not_a_state_or_a_person(events_of, text, actor):
    """actors v18: "Ghanaians" acting are people of Ghana (kind group, no government sector);
    a plural the model took for a person's name is a group too."""
    events = events_of(text)
    protest = events.find("PROTEST")
    assert protest is not None and protest.actor is not None, events.brief()
    assert protest.actor.text == actor and protest.actor.kind == "group", events.brief()
    assert protest.actor.sector != "GOV", events.brief()


def test_the_plural_demonym_with_the_still_stands_for_the_state(events_of):
    events = events_of("The Egyptians rejected the proposal for a new dam treaty.")
    act = events.find("REJECT")
    assert act is not None and act.actor is not None and act.actor.country == "EGY", events.brief()
    assert act.actor.sector == "GOV", events.brief()


@pytest.mark.parametrize("text", [
    "Islamist fighters seized Gao on Friday after the garrison fled.",
    "Separatist militias captured Bamenda's airport road and then Bamenda itself.",
    "Rebels took Kisangani on Thursday.",
])
def test_a_town_named_by_its_name_is_ground_seized(events_of, text):
    """events v138: seize, capture and (by forces or armed men) take with a place's name for
    object (condition ``objplace``) take ground; "captured" a named town is no arrest."""
    events = events_of(text)
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()
    assert not any(e.mode == "arrest" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "The governor took Texas by a wide margin in the primary.",
    "Police captured the smuggler near the border post.",
])
def test_a_state_won_in_a_vote_or_a_person_caught_is_no_ground_seized(events_of, text):
    events = events_of(text)
    assert not any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "Deputies pepper-sprayed the driver after he refused to leave the car.",
    "Police used pepper spray to subdue the suspect in the alley.",
])
def test_pepper_spray_on_one_person_is_no_crowd_control(events_of, text):
    """events v138: pepper spray is crowd control only on a crowd (class ``crowd``) or a protest."""
    assert not any(e.mode == "crowd-control" for e in events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Customs officers seized rhino horn at the container terminal.",
    "The opposition captured Mombasa in the county election.",
    "The photographer captured Lisbon at dusk from a hilltop.",
])
def test_goods_seized_at_a_work_or_a_town_won_or_photographed_is_no_ground_taken(events_of, text):
    events = events_of(text)
    assert not any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()


def test_a_village_taken_by_troops_is_ground_seized(events_of):
    events = events_of("Government troops took the village of Nkondo after dawn.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in events), events.brief()
