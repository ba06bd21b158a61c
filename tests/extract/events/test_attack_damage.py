"""One air strike or bombardment, one report: bombs dropped from aircraft are the air strike's
(data/triggers.tsv, class ``dropping``), and a fire or destruction whose doer is a weapon or the
attack itself is that attack's damage (:func:`seismo.extract.events.attach.fold_damage`).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _attacks(events) -> list:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A navy helicopter dropped three bombs on a ferry terminal in Sittwe on Monday, killing eight passengers.", 8),
        ("Air force planes dropped bombs on a cattle market near Gao, killing 12 herders.", 12),
    ],
)
def test_bombs_dropped_from_aircraft_are_one_air_strike_with_its_toll(events_of, text: str, killed: int) -> None:
    attacks = _attacks(events_of(text))
    assert len(attacks) == 1, events_of(text).brief()
    assert attacks[0].mode == "aerial" and attacks[0].acled_sub_event_type == "Air/drone strike"
    assert [c.best for c in attacks[0].counts if c.kind == "killed"] == [killed]


def test_barrel_bombs_are_dropped_from_the_air(events_of) -> None:
    (attack,) = _attacks(events_of("Regime helicopters dropped barrel bombs on two villages south of Hama, a monitor said."))
    assert attack.mode == "aerial"


def test_bombs_planted_are_still_explosives(events_of) -> None:
    attacks = _attacks(events_of("Militants planted two bombs under a bridge near the airport road on Sunday."))
    assert attacks and {e.mode for e in attacks} == {"explosives"}


@pytest.mark.parametrize(
    "text",
    [
        "Artillery shelled the border village before dawn, and the shells set a grain store ablaze.",
        "A drone strike hit a fuel depot in the port on Friday; the missiles also burned down two warehouses.",
    ],
)
def test_a_fire_started_by_the_weapons_of_an_attack_is_its_damage(events_of, text: str) -> None:
    events = events_of(text)
    assert len(_attacks(events)) == 1, events.brief()
    assert not any(e.mode == "destroy" for e in events), events.brief()


def test_a_fire_set_by_people_stays_an_act_of_its_own(events_of) -> None:
    events = events_of("Soldiers shelled the hills above the town, and gunmen set fire to the mayor's house.")
    assert any(e.mode == "destroy" for e in events), events.brief()
    assert len(_attacks(events)) == 2, events.brief()


def test_a_riots_destruction_is_not_folded_into_the_polices_attack(events_of) -> None:
    events = events_of("Police fired live rounds at the crowd, and the unrest destroyed dozens of shops in the old town.")
    assert any(e.mode == "destroy" for e in events), events.brief()  # the shops, not the police's toll
