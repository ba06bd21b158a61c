"""Weapons that go off by mishap: a grenade or shell that explodes accidentally in a training drill,
a bomb from an old war found on a building site are accidents, no attack, and
a war named to date a thing ("a Second World War bomb") is no fighting; an attack on a training
camp and a bomb thrown at a bar stay attacks (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two conscripts were injured when a grenade went off accidentally during a training drill near Kars.",
    "An unexploded First World War shell blew up on a farm in Flanders, injuring a tractor driver.",
    "A Korean War-era bomb exploded at a building site in Incheon, killing one worker.",
])
def test_a_weapon_that_goes_off_by_mishap_is_no_attack(events_of, text):
    assert events_of(text).find("ASSAULT") is None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Insurgents stormed a police training academy with grenades and rifles, killing six recruits.",
    "A man threw a grenade into a crowded market in Bujumbura, wounding eleven.",
])
def test_an_attack_near_the_same_words_stays_an_attack(events_of, text):
    assert events_of(text).find("ASSAULT") is not None, events_of(text).brief()
