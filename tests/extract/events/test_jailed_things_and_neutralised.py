"""Arrests told apart from what only sounds like one: jailed or imprisoned for a term, or by a court,
is a sentence (a verdict), while police jailing protesters overnight is an arrest; goods, traces of
a crime and animals detained, taken into custody, rounded up or captured are no arrest, and a
medical "arrest" of bleeding is none; the words of army and police statements for killing armed
men ("neutralised", "eliminated", "took out") are a killing with its count, not when they are said
of bombs, rivals or agencies (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


def _arrests(events):
    return [e for e in events if e.type == "COERCE" and e.mode in ("arrest", "detain")]


@pytest.mark.parametrize("text", [
    "The former mayor was jailed for nine years for taking bribes.",
    "A magistrate imprisoned the landlord for contempt on Tuesday.",
    "Both smugglers were imprisoned for life by the high court.",
    "Former treasurer locked up for six months over forged invoices",
])
def test_a_prison_sentence_is_no_arrest(events_of, text):
    events = events_of(text)
    assert not _arrests(events), events.brief()
    assert not any(c.kind == "arrested" for e in events for c in e.counts), events.brief()


def test_a_prison_sentence_is_coded_as_a_verdict(events_of):
    found = events_of("The tribunal jailed the two editors for five years.").find("COERCE")
    assert found is not None and found.mode is None, events_of("The tribunal jailed the two editors for five years.").brief()


def test_forces_jailing_people_on_the_spot_is_an_arrest(events_of):
    events = events_of("Riot police jailed 25 students overnight after the march.")
    assert _arrests(events), events.brief()


@pytest.mark.parametrize("text", [
    "Port officials detained two containers of counterfeit medicine on Monday.",
    "Detectives took custody of the security camera footage from the shop.",
    "Council workers rounded up 45 stray cattle from the highway.",
    "Rangers captured the crocodile near the jetty after a week-long search.",
    "Surgeons were able to arrest the haemorrhage in time.",
])
def test_things_and_animals_are_not_arrested(events_of, text):
    assert not _arrests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police rounded up 45 hawkers from the highway.",
    "Marines captured the militia commander near the jetty.",
])
def test_people_rounded_up_or_captured_are_arrested(events_of, text):
    assert _arrests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize(("text", "killed"), [
    ("Troops neutralised eleven insurgents during a raid on a hideout in the forest.", 11),
    ("Four militants were eliminated by security forces in the district on Thursday.", 4),
    ("The special task force eliminated a wanted dacoit in a shootout.", 1),
])
def test_army_words_for_killing_armed_men_are_a_killing(events_of, text, killed):
    found = events_of(text).find("ASSAULT")
    assert found is not None, events_of(text).brief()
    assert [c.best for c in found.counts if c.kind == "killed"] == [killed], found.counts


@pytest.mark.parametrize("text", [
    "The bomb disposal unit neutralised four mines on the road to the village.",
    "Brazil eliminated two favourites on their way to the semi-final.",
    "The reform will eliminate 30 agencies and merge the rest.",
])
def test_the_same_words_said_of_things_kill_no_one(events_of, text):
    events = events_of(text)
    assert not any(c.kind == "killed" for e in events for c in e.counts), [(e.type, e.trigger.text, e.counts) for e in events]
