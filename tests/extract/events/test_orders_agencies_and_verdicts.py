"""What is ordered, who the forces are, and what a court clears: a bare verb opening a chant or a
quotation is an order, not an act done ("chanted 'Jail the minister'"), and no intervention in the
protest; counter-terrorism departments, special task forces and like state bodies are police or
army, so their killings are the state's, Maoists and Naxalites are rebels and a sheriff deputy is
police; an act someone is cleared of is a known past one; one who shoots himself attacks no one
(events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'Students chanted "Arrest the mayor" outside the ministry.',
    '"Arrest them all, arrest them all," a woman shouted at the officers.',
])
def test_an_order_chanted_or_shouted_is_not_done(events_of, text):
    events = events_of(text)
    arrests = [e for e in events if e.type == "COERCE" and e.mode in ("arrest", "detain")]
    assert arrests and all(e.modality == "hypothetical" for e in arrests), [(e.type, e.modality) for e in events]


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


@pytest.mark.parametrize("text", [
    "A soldier shot himself with his rifle at the barracks on Tuesday.",
    "A police constable killed himself at the station, officials said.",
])
def test_one_who_shoots_himself_attacks_no_one(events_of, text):
    events = events_of(text)
    assert not any(e.type == "ASSAULT" and e.actor is not None and e.actor.sector in ("COP", "MIL") for e in events), [
        (e.type, e.trigger.text, e.actor) for e in events]


def test_maoists_are_rebels_and_a_sheriff_deputy_is_police(events_of):
    found = events_of("Police killed four Naxalites in a gunfight in Sukma district.").find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.sector == "REB", found
    found = events_of("A sheriff deputy detained three men outside the courthouse.").find("COERCE")
    assert found is not None and found.actor is not None and found.actor.sector == "COP", found
