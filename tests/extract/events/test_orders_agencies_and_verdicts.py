"""What is ordered, who the forces are, and what a court clears: a bare verb opening a chant or a
quotation is an order, no act done ("chanted 'Jail the minister'"): no event, no intervention in
the protest, and no word of its date; a protest over violence is a protest; counter-terrorism
departments, special task forces and like state bodies are police or army, so their killings are
the state's, Maoists and Naxalites are rebels, a sheriff deputy is police, cartel gunmen are
criminals and a motorcyclist is a person; a party's workers who clash riot, both parties to a fight
do not; an act someone is cleared of is a known past one; one who shoots himself after killing
others killed them (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Students chanted "Arrest the mayor" outside the ministry.',
    '"Arrest them all, arrest them all," a woman shouted at the officers.',
])
def test_an_order_chanted_or_shouted_is_not_done(events_of, text):
    events = events_of(text)
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.modality) for e in events]


def test_a_chanted_order_leaves_the_protest_its_day(events_of):
    events = events_of('Nurses chanted "Sack the director" outside the hospital in Accra on Wednesday.')
    found = events.find("PROTEST")
    assert found is not None and found.date is not None and found.date.value == "2022-01-05", found


def test_a_protest_over_violence_is_coded_a_protest(events_of):
    found = events_of('Women chanted "Arrest the rapists" outside the police station in Multan on Tuesday.').find("PROTEST")
    assert found is not None and found.acled_event_type in ("Protests", "Riots"), found


def test_a_chanted_order_is_no_intervention_in_the_protest(events_of):
    text = 'Hundreds of teachers chanted "Jail the minister" in front of parliament.'
    found = events_of(text).find("PROTEST")
    assert found is not None and found.acled_sub_event_type == "Peaceful protest", found


def test_an_order_told_as_done_stays_asserted(events_of):
    found = events_of("Police arrest two men over the arson attack.").find("COERCE")
    assert found is not None and found.modality == "asserted", events_of("Police arrest two men over the arson attack.").brief()


@pytest.mark.parametrize(("text", "sector"), [
    ("The CTD shot dead two suspected militants near Quetta on Monday.", "COP"),
    ("Punjab Rangers killed three militants on the border, officials said.", "MIL"),
    ("CIDG operatives killed a suspected hitman in a raid in Davao.", "COP"),
])
def test_named_state_forces_are_police_or_army(events_of, text, sector):
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.actor is not None and found.actor.sector == sector, events_of(text).brief()


def test_an_act_a_court_clears_someone_of_is_known(events_of):
    text = "A trooper was cleared of murdering a driver during a traffic stop."
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.modality == "historical", [(e.type, e.modality) for e in events_of(text)]


def test_maoists_are_rebels_and_a_sheriff_deputy_is_police(events_of):
    found = events_of("Police killed four Naxalites in a gunfight in Sukma district.").find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.sector == "REB", found
    found = events_of("A sheriff deputy detained three men outside the courthouse.").find("COERCE")
    assert found is not None and found.actor is not None and found.actor.sector == "COP", found


def test_gang_members_are_criminals_and_their_killings_an_incident(events_of):
    found = events_of("Gang members shot dead four men outside a tavern in Cape Town.").find("ASSAULT")
    assert found is not None and found.actor is not None and found.actor.sector == "CRM", found
    assert found.scope == "incident", found.scope


def test_a_rider_shot_dead_by_police_is_counted_and_is_the_one_hit(events_of):
    found = events_of("A motorcyclist was shot dead by a traffic officer at a toll gate in Enugu.").find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.text.endswith("motorcyclist"), found
    assert [c.best for c in found.counts if c.kind == "killed"] == [1], found.counts


def test_one_who_shoots_himself_after_killing_others_killed_them(events_of):
    text = "Police said the gunman shot himself after killing three guards at the depot."
    found = next((e for e in events_of(text) if e.type == "ASSAULT" and any(c.kind == "killed" and c.best == 3 for c in e.counts)), None)
    assert found is not None and found.actor is not None and found.actor.text.endswith("gunman"), events_of(text).brief()


def test_party_workers_who_clash_riot(events_of):
    found = events_of("BJP and Trinamool workers clashed outside the polling booth in Asansol, injuring nine.").find("ASSAULT")
    assert found is not None and found.actor is not None and found.actor.sector == "PTY", found
    assert found.acled_event_type == "Riots", found.acled_sub_event_type


def test_both_parties_to_a_fight_are_no_crowd(events_of):
    text = "The two rival parties clashed near the dam, leaving six fighters and three soldiers dead."
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.acled_sub_event_type == "Armed clash", found
