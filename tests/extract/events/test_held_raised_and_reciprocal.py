"""Who acts and who undergoes where the parse puts them out of the trigger's reach: the holder
and the held of "taken into custody" / "placed under arrest", the subject of a passive or an
adjective that a complement's act takes ("are believed to have killed", "are due to rally"),
the counterpart of two parties who meet or agree, and armed men's mass violence.  Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("A union organiser was taken into custody by border guards at the crossing.", "border guards", "union organiser"),
    ("Gendarmes took the opposition leader into custody on Thursday.", "Gendarmes", "opposition leader"),
    ("The former governor was placed under arrest by anti-graft agents.", "anti-graft agents", "former governor"),
    ("Marshals put the former mayor under arrest at the airport.", "Marshals", "former mayor"),
])
def test_the_holder_and_the_held_of_a_noun_of_holding_after_a_verb_of_placing(events_of, text, actor, recipient):
    """events v138: "taken into custody", "placed under arrest": the verb's subject or agent
    arrests, its object or passive subject is arrested."""
    events = events_of(text)
    arrest = next((e for e in events if e.mode == "arrest"), None)
    assert arrest is not None, events.brief()
    assert arrest.actor is not None and arrest.actor.text == actor, events.brief()
    assert arrest.recipient is not None and arrest.recipient.text.endswith(recipient), events.brief()


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("Insurgents are thought to have ambushed the convoy near the pass.", "ASSAULT", "Insurgents"),
    ("Riot police were filmed beating a student outside the campus gate.", "ASSAULT", "Riot police"),
    ("Taxi drivers are set to strike across the country on Wednesday.", "THREATEN", "Taxi drivers"),
    ("The opposition is ready to boycott the vote.", "THREATEN", "opposition"),
])
def test_a_complement_of_a_passive_or_an_adjective_takes_its_subject(events_of, text, type_, actor):
    """events v138: "X are believed / seen / set to V", "X is ready to V": X does V."""
    events = events_of(text)
    found = events.find(type_)
    assert found is not None and found.actor is not None, events.brief()
    assert found.actor.text == actor, events.brief()


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("Kenya and Ethiopia signed a border accord in Nairobi.", "AGREE", "Kenya", "Ethiopia"),
    ("Erdogan and Putin met in Sochi on Tuesday.", "CONSULT", "Erdogan", "Putin"),
    ("Vietnam and the Philippines held talks on the sea dispute.", "CONSULT", "Vietnam", "Philippines"),
])
def test_of_two_parties_who_meet_or_agree_the_second_is_the_counterpart(events_of, text, type_, actor, recipient):
    """events v138: a meeting or an agreement of "X and Y" with no other party named is X's with Y."""
    events = events_of(text)
    found = events.find(type_)
    assert found is not None and found.actor is not None and found.recipient is not None, events.brief()
    assert found.actor.text.endswith(actor) and found.recipient.text.endswith(recipient), events.brief()


def test_two_parties_who_condemn_are_both_its_source_not_each_others_target(events_of):
    events = events_of("Norway and Denmark condemned the execution of the activist.")
    found = events.find("ACCUSE")
    assert found is not None and (found.recipient is None or "Denmark" not in found.recipient.text), events.brief()


@pytest.mark.parametrize("text", [
    "Gunmen on motorcycles killed 14 farmers in a village near the border.",
    "Armed men abducted 30 schoolgirls from their dormitory overnight.",
])
def test_armed_mens_mass_killing_or_abduction_is_political(events_of, text):
    """events v138 (scope): more than one armed man of an armed sector who kills five or more at once
    or carries people off does political violence (ACLED: an unidentified armed group)."""
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.scope == "political", events.brief()


@pytest.mark.parametrize("text", [
    "Gunmen killed two taxi drivers in the city on Friday.",  # a crime until more is told
    "A gunman killed seven people at a shopping centre.",  # one armed man
])
def test_a_killing_of_few_or_by_one_armed_man_stays_an_incident(events_of, text):
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.scope == "incident", events.brief()


@pytest.mark.parametrize("text", [
    "Security agents detained two foreign reporters at their hotel in the capital.",
    "A newspaper editor was arrested on Friday over an article about the army.",
])
def test_a_journalist_arrested_by_the_state_is_political(events_of, text):
    """events v138 (scope.tsv ``held JRN``): the state that arrests journalists silences critics."""
    events = events_of(text)
    arrest = next((e for e in events if e.mode == "arrest"), None)
    assert arrest is not None and arrest.scope == "political", events.brief()


def test_a_thief_arrested_stays_an_incident(events_of):
    events = events_of("Police arrested a pickpocket at the bus station.")
    arrest = next((e for e in events if e.mode == "arrest"), None)
    assert arrest is not None and arrest.scope == "incident", events.brief()


@pytest.mark.parametrize("text", [
    "Four border guards were reported killed in the ambush near the river.",
    "Six miners were feared dead after the blast at the pit.",
])
def test_a_bare_participle_after_a_passive_tells_the_victims_not_the_doers(events_of, text):
    """events v138: "were reported killed": the subject underwent it (only a to-infinitive or an
    -ing form takes the passive's subject for its doer)."""
    events = events_of(text)
    for event in events:
        assert event.actor is None or event.actor.text.split()[-1] not in ("guards", "miners"), events.brief()


@pytest.mark.parametrize(("text", "type_"), [
    ("Ukrainians shelled the bridge near the front overnight.", "ASSAULT"),
    ("Eritreans and Ethiopians held talks in Asmara.", "CONSULT"),
])
def test_a_people_doing_an_act_other_than_a_protest_stands_for_its_state(events_of, text, type_):
    """events v138 (``nation_acting``): a plural demonym that attacks, meets or agrees is its state."""
    events = events_of(text)
    found = events.find(type_)
    assert found is not None and found.actor is not None and found.actor.sector == "GOV", events.brief()


def test_a_people_undergoing_an_act_stays_people(events_of):
    events = events_of("Two Canadians were wounded by gunfire outside their hotel in the capital.")
    found = events.find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.sector != "GOV", events.brief()


@pytest.mark.parametrize("text", [
    "Riot police beat workers at the textile mill on the outskirts.",
    "Soldiers shot two journalists covering the election.",
    "Police shot dead a factory worker in the industrial suburb.",  # an incident on 791c012
])
def test_the_states_force_on_teachers_workers_or_journalists_is_political(events_of, text):
    """events v138 (scope.tsv ``victim``): force the state's forces use on people of these sectors."""
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.scope == "political", events.brief()


def test_a_people_told_as_a_crowd_doing_violence_stays_people(events_of):
    """``nation_acting``: "Furious Bolivians" (a modifier) are a crowd, not the state."""
    events = events_of("Furious Bolivians set fire to the tax office in the capital.")
    act = next((e for e in events if e.actor is not None and "Bolivians" in e.actor.text), None)
    assert act is not None and act.actor.sector != "GOV", events.brief()
