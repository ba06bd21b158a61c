"""Who does an act made public or handed out ("X announced sanctions", "gave the junta an
ultimatum"), who claims an attack ("claimed responsibility for"), a strike that falls on a place
(an attack, not a walkout), missiles and drones launched at a target, and a floor of a toll ("more
than 100") counted as a toll.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("Canada announced fresh sanctions on three Iranian commanders.", "SANCTION", "Canada"),
    ("The military government granted an amnesty to jailed journalists.", "CONCEDE", "military government"),
    ("Australia unveiled new sanctions against the junta's business partners.", "SANCTION", "Australia"),
])
def test_the_subject_of_a_verb_that_makes_an_act_public_does_it(events_of, text, type_, actor):
    """events v139: class ``bestow`` (announce, grant, pledge ...): "Canada announced sanctions"
    is Canada's sanction, and so political."""
    events = events_of(text)
    found = events.find(type_)
    assert found is not None and found.actor is not None, events.brief()
    assert found.actor.text.endswith(actor) and found.scope == "political", events.brief()


def test_the_party_given_an_act_is_its_recipient(events_of):
    events = events_of("The regional bloc gave the coup leaders a ten-day ultimatum.")
    found = events.find("THREATEN")
    assert found is not None and found.recipient is not None, events.brief()
    assert found.recipient.text.endswith("coup leaders"), events.brief()


@pytest.mark.parametrize(("text", "actor"), [
    ("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", "Al-Shabaab"),
    ("A rebel group took credit for the attack on the pipeline.", "rebel group"),
])
def test_who_claims_an_attack_is_its_actor(events_of, text, actor):
    """events v139: "claimed responsibility for the bombing": the claimant did it."""
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.actor is not None, events.brief()
    assert found.actor.text.endswith(actor), events.brief()


@pytest.mark.parametrize("text", [
    "A Turkish strike on a village near Qamishli killed four people.",
    "Officials condemned the strike on the hospital in Sumy.",
    "Navy jets carried out strikes on pirate bases along the coast.",
])
def test_a_strike_that_falls_on_a_place_is_an_attack(events_of, text):
    """events v139: a strike on a place or a thing a weapon hits is no walkout."""
    events = events_of(text)
    assert events.find("ASSAULT") is not None, events.brief()
    assert all(e.mode != "strike" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "Bus drivers began a strike at the depot on Friday.",
    "Nurses went on strike on Tuesday over unpaid overtime.",
])
def test_a_walkout_at_a_place_or_on_a_day_stays_a_protest(events_of, text):
    events = events_of(text)
    found = events.find("PROTEST")
    assert found is not None and found.mode == "strike", events.brief()
    assert events.find("ASSAULT") is None, events.brief()


@pytest.mark.parametrize(("text", "recipient"), [
    ("The militia launched a salvo of rockets at a Turkish army base.", "Turkish army base"),
    ("Iran launched dozens of drones at an Israeli air base.", "Israeli air base"),
])
def test_missiles_and_drones_launched_at_a_target_are_an_attack(events_of, text, recipient):
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.recipient is not None, events.brief()
    assert found.recipient.text.endswith(recipient), events.brief()


def test_a_space_launch_is_no_attack(events_of):
    events = events_of("The agency launched a rocket carrying two weather satellites into orbit.")
    assert events.find("ASSAULT") is None, events.brief()


def test_a_toll_told_as_a_floor_makes_armed_mass_violence_political(events_of):
    """events v139: "more than 40" gives only a floor (no best figure); armed men who kill more
    than 40 do political violence all the same (scope MASS_TOLL)."""
    events = events_of("Gunmen killed more than 40 villagers in a night raid on a farming settlement.")
    found = events.find("ASSAULT")
    assert found is not None and found.scope == "political", events.brief()


@pytest.mark.parametrize(("text", "type_", "own"), [
    ("The army pulled its troops out of the northern province on Friday.", "RETREAT", "troops"),
    ("Ghana recalled its ambassador after the diplomatic row.", "SANCTION", "ambassador"),
    ("The junta moved its soldiers to the border crossing.", "MOBILIZE", "soldiers"),
])
def test_the_doers_own_forces_or_envoys_are_no_recipient(events_of, text, type_, own):
    """events v139: "withdrew its troops", "recalled its ambassador": what the doer moves, no party."""
    events = events_of(text)
    found = events.find(type_)
    assert found is not None, events.brief()
    assert found.recipient is None or own not in found.recipient.text, events.brief()


def test_another_sides_positions_stay_the_recipient_of_an_attack(events_of):
    events = events_of("Insurgents attacked their positions near the dam at dawn.")
    found = events.find("ASSAULT")
    assert found is not None and found.recipient is not None and "positions" in found.recipient.text, events.brief()


def test_who_announces_a_killing_is_not_thereby_its_killer(events_of):
    events = events_of("The army announced the killing of two of its officers in an ambush.")
    found = events.find("ASSAULT")
    assert found is not None and (found.actor is None or "army" not in found.actor.text), events.brief()


@pytest.mark.parametrize("text", [
    "The chipmaker launched a new drone camera at the trade fair.",
    "The shipyard launched a missile frigate on Tuesday.",
    "Flight attendants carried out a strike that grounded dozens of planes.",
    "The winger's late strike against Leeds was ruled out for offside.",
])
def test_launches_walkouts_and_shots_at_goal_are_no_attack(events_of, text):
    events = events_of(text)
    assert events.find("ASSAULT") is None, events.brief()


def test_the_place_an_envoy_is_called_back_from_is_the_recipient(events_of):
    events = events_of("Peru recalled its ambassador from Mexico after the row.")
    found = events.find("SANCTION")
    assert found is not None and found.recipient is not None and found.recipient.text == "Mexico", events.brief()


def test_the_launch_at_a_place_overnight_has_its_target(events_of):
    """events v140: the model tags "Kyiv overnight" a time; the ruler keeps Kyiv a place (class
    ``time_after_place``), so the drones are aimed at a place's name."""
    found = events_of("Russia launched dozens of drones at Kyiv overnight.").find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.text == "Kyiv", found
