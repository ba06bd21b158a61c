"""What an act ends, what it is done with, and a source's wish to stay unnamed are no events of
their own (events v97): the object of an ending act (:func:`seismo.extract.events.acts.ended_by`),
the weapon an attack is done with (:func:`seismo.extract.events.attach.fold_means`) and a request
to stay unnamed (:func:`seismo.extract.framing.arranged.anonymous`).  Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "act", "ended"),
    [
        ("The donor countries suspended budget aid to the interior ministry on Thursday.", "SANCTION", "AID"),
        ("The rebel delegation broke off negotiations with the mediators in Lome.", "SANCTION", "CONSULT"),
        ("The junta halted security cooperation with its former ally last week.", "SANCTION", "COOPERATE"),
        ("The senate rejected the border agreement by a wide margin on Tuesday.", "REJECT", "AGREE"),
        ("The militia withdrew from the truce agreement after a week.", "RETREAT", "AGREE"),
    ],
)
def test_what_an_ending_act_ends_is_no_event_of_its_own(events_of, text: str, act: str, ended: str) -> None:
    events = events_of(text)
    types = {e.type for e in events}
    assert act in types, events.brief()
    assert ended not in types, events.brief()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # force under an ending act stays the news, told as called off
        ("The teachers' union called off the strike after talks with the ministry.", "PROTEST"),
        # an agreement welcomed is not ended: it stays an event
        ("The African Union welcomed the ceasefire agreement reached in Addis Ababa on Monday.", "AGREE"),
        # condemnation is no ending act: the attack stays
        ("Paris condemned the attack on its consulate in the city.", "ASSAULT"),
    ],
)
def test_events_under_other_acts_stay(events_of, text: str, kept: str) -> None:
    events = events_of(text)
    assert kept in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Riot police beat the students with batons outside the faculty on Monday.",
        "Troops attacked the camp with mortars and machine guns before dawn.",
    ],
)
def test_the_weapon_an_attack_is_done_with_is_that_attack(events_of, text: str) -> None:
    events = events_of(text)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1, events.brief()
    assert attacks[0].trigger.text in ("beat", "attacked"), events.brief()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the doers named by their weapon are the act's doers, not a second attack (attach.fold_means)
        ("Masked gunmen kidnapped two engineers from the quarry on Friday.", "kidnapped"),
        ("Gunmen torched a clinic at the edge of the village.", "torched"),
    ],
)
def test_gunmen_who_do_an_attack_are_its_doers_not_another_attack(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in attacks] == [trigger], events.brief()
    assert attacks[0].actor is not None and "unmen" in attacks[0].actor.text, events.brief()


def test_an_attack_that_names_no_form_takes_its_weapons_mode(events_of) -> None:
    events = events_of("Troops attacked the camp with mortars before dawn.")
    (attack,) = [e for e in events if e.type == "ASSAULT"]
    assert attack.mode == "heavy-weapons", events.brief()


def test_batons_used_on_protesters_make_it_crowd_control(events_of) -> None:
    events = events_of("Police beat the protesting nurses with batons near parliament.")
    (attack,) = [e for e in events if e.type == "ASSAULT"]
    assert attack.mode == "crowd-control", events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "A harbour clerk, who asked not to be named, reckons the shipment was seized at the port.",
        "An aide who requested anonymity expects the minister to resign.",
        "A nurse, who asked to be identified only by her first name, said the ward was full.",
        "Speaking on condition of anonymity, a diplomat confirmed the envoy had left.",
    ],
)
def test_a_sources_wish_to_stay_unnamed_is_no_request(events_of, text: str) -> None:
    events = events_of(text)
    assert "REQUEST" not in {e.type for e in events}, events.brief()


def test_asking_someone_to_name_people_is_a_request(events_of) -> None:
    events = events_of("Families asked the governor to name the officers who opened fire.")
    assert "REQUEST" in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said soldiers beat him until he lost consciousness.",
        "Militiamen beat them and took their phones, a villager said.",
    ],
)
def test_forces_beating_a_person_named_by_a_pronoun_is_an_assault(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.type == "ASSAULT" and e.mode == "beat" for e in events), events.brief()


def test_a_pronoun_beaten_in_a_match_is_no_assault(events_of) -> None:
    events = events_of("The champion beat him in straight sets in the final.")
    assert "ASSAULT" not in {e.type for e in events}, events.brief()


def test_an_event_given_as_a_cause_is_not_what_the_verb_cancels(events_of) -> None:
    events = events_of("The ferry company cancelled all crossings because of the dockworkers' strike.")
    strike = events.find("PROTEST")
    assert strike is not None and strike.modality == "asserted", events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The national airline suspended flights to the islands as the cyclone approached.",
        "Two carriers cancelled their evening flights out of the capital on Friday.",
        # events v105: the carrier a reported clause's pronoun stands for; a passive naming no one
        "Several airlines said they would suspend flights to the coast until the storm passed.",
        "Bus and train services were suspended across the city for most of Monday.",
    ],
)
def test_a_carrier_stopping_its_flights_imposes_no_sanction(events_of, text: str) -> None:
    events = events_of(text)
    assert not {"SANCTION", "COERCE"} & {e.type for e in events}, events.brief()


def test_a_state_suspending_flights_still_restricts(events_of) -> None:
    events = events_of("Jordan suspended flights to Beirut after the strike on the airport road.")
    assert {"SANCTION", "COERCE"} & {e.type for e in events}, events.brief()
    events = events_of("The transport ministry said it would suspend all flights to Beirut.")
    assert {"SANCTION", "COERCE", "THREATEN"} & {e.type for e in events}, events.brief()
    events = events_of("Flights to Doha were suspended by the Saudi government on Monday.")
    assert {"SANCTION", "COERCE"} & {e.type for e in events}, events.brief()


def test_a_commander_visiting_troops_is_no_meeting(events_of) -> None:
    events = events_of("The army chief visited troops at a forward base near the border on Sunday.")
    assert "CONSULT" not in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Brussels froze the assets of four officials accused of looting state funds.",
        "The court freed two journalists charged with spreading false news.",
    ],
)
def test_an_accusation_describing_a_person_is_no_accusation_made(events_of, text: str) -> None:
    events = events_of(text)
    assert "ACCUSE" not in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    ("text", "type_"),
    [  # events v105: a verdict describing people, and the act an accusation or verdict names
        ("The regime has hanged four men convicted of spying for its rivals.", "COERCE"),
        ("The bloc froze the assets of two generals accused of shelling a market.", "ASSAULT"),
        ("Police released two students charged with torching a bus in the port.", "ASSAULT"),
    ],
)
def test_a_charge_describing_people_tells_no_act(events_of, text: str, type_: str) -> None:
    events = events_of(text)
    assert type_ not in {e.type for e in events}, events.brief()


def test_a_verdict_with_its_own_day_is_told(events_of) -> None:
    events = events_of("Two bloggers jailed on Monday for insulting the king were freed on appeal.")
    assert "COERCE" in {e.type for e in events} or any(e.trigger.text == "jailed" for e in events), events.brief()


def test_an_accusation_made_stays(events_of) -> None:
    events = events_of("Prosecutors accused the former governor of taking bribes on Monday.")
    assert "ACCUSE" in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The authorities hanged three men convicted of murder at dawn on Thursday.", "hanged"),
        ("The regime carried out the execution of four prisoners last week.", "execution"),  # the noun of "execute"
    ],
)
def test_a_person_put_to_death_is_an_assault(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    assert any(e.type == "ASSAULT" and e.trigger.text == trigger and e.modality == "asserted" for e in events), events.brief()


def test_a_banner_hung_is_no_execution(events_of) -> None:
    events = events_of("Residents hung flags from their balconies for the national day.")
    assert "ASSAULT" not in {e.type for e in events}, events.brief()
