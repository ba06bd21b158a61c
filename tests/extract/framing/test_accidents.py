"""Accidents are not political violence (seismo.extract.framing.accidents)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seismo.extract.events.coding.triggers import TriggerTable
from seismo.extract.framing.accidents import drop_accidents


@dataclass
class Draft:
    """What the accident rule reads of a coder draft."""

    type: str
    mode: str | None
    hint: str | None = None
    actor_tok: Any = None
    trigger: Any = None


def test_toxic_fumes_next_door_make_an_explosion_an_accident(nlp) -> None:
    """A toxic cloud or fumes (class accident) in the next sentence explain an explosion no one set off."""
    doc = nlp("Two explosions shook the depot on Sunday. Officials said toxic fumes had built up in the shed.")
    sents = list(doc.sents)
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives")], []]
    drop_accidents(drafts, sents, table=TriggerTable.load())
    assert drafts == [[], []]


def test_tear_gas_fired_is_a_weapon_not_a_gas_accident(nlp) -> None:
    """The "gas" of a crowd-control draft's trigger is its weapon: the deaths told next are no accident."""
    from seismo.model import Span

    doc = nlp("Riot police fired tear gas at the marchers near the station. Three people were killed.")
    start = doc.text.index("fired")
    trigger = Span(start, start + len("fired tear gas"), "fired tear gas")
    drafts: list[list[Any]] = [[Draft("ASSAULT", "crowd-control", trigger=trigger)], [Draft("ASSAULT", None)]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert [len(ds) for ds in drafts] == [1, 1]
    drafts = [[Draft("ASSAULT", "crowd-control")], [Draft("ASSAULT", None)]]  # no trigger read: "gas" stays a cue
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert [len(ds) for ds in drafts] == [1, 0]


def test_a_bomb_next_door_keeps_the_explosion_violence(nlp) -> None:
    doc = nlp("Two explosions shook the depot on Sunday. Officials said a bomb and toxic fumes were found in the shed.")
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives")], []]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert len(drafts[0]) == 1


def test_a_vehicle_makes_deaths_with_no_weapon_a_crash(nlp) -> None:
    """A bus named and no weapon: the deaths are a road accident."""
    doc = nlp("Eight people died on Tuesday when a bus left the road near the pass.")
    drafts: list[list[Any]] = [[Draft("ASSAULT", None)]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert drafts == [[]]


def test_a_vehicle_alone_does_not_explain_a_blast(nlp) -> None:
    """A blast on a bus is as often a bomb: a vehicle explains only deaths with no weapon."""
    doc = nlp("A blast ripped through a bus near the pass, and eight people died.")
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives"), Draft("ASSAULT", None)]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert len(drafts[0]) == 2


def test_a_weapon_next_door_keeps_the_deaths_beside_a_vehicle(nlp) -> None:
    """Two men found shot in a car, their deaths told next: the gun's dead, not the car's."""
    doc = nlp("Officers found two men shot in a parked car. Both men died in hospital.")
    drafts: list[list[Any]] = [[Draft("ASSAULT", "firearms")], [Draft("ASSAULT", None)]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert [len(ds) for ds in drafts] == [1, 1]


def test_a_house_fire_is_a_blaze(nlp) -> None:
    """A fire modified by where it burned ("a house fire") is a blaze; "police fire" is not."""
    table = TriggerTable.load()
    for text, kept in (("Four children died in a house fire overnight.", 0),
                       ("Four children died in police fire overnight.", 1)):
        drafts: list[list[Any]] = [[Draft("ASSAULT", None)]]
        drop_accidents(drafts, list(nlp(text).sents), table=table)
        assert len(drafts[0]) == kept, text


def test_a_fire_beside_violence_keeps_the_dead_of_the_violence(events_of) -> None:
    """A fire the parser hung the verb on, in a sentence of clashes, leaves the deaths to the clashes."""
    events = events_of("A fire swept through the camp during clashes between rival factions, killing seven.")
    assert any(c.kind == "killed" and c.best == 7 for e in events for c in e.counts), events.brief()


def test_a_fire_that_kills_as_the_subject_is_a_blaze(nlp) -> None:
    """A fire as the subject of its verb ("a blaze tore through ...") is the cause of the deaths;
    a fire from someone ("fire from the troops") is gunfire."""
    table = TriggerTable.load()
    for text, kept in (("A blaze tore through a crowded hostel overnight, killing twelve residents.", 0),
                       # the parser may hang the verb on the fire as its root ("a fire [swept] ...")
                       ("A fire swept through the market, killing twenty traders.", 0),
                       ("Fire from the troops killed two villagers at the checkpoint.", 1)):
        drafts: list[list[Any]] = [[Draft("ASSAULT", None)]]
        drop_accidents(drafts, list(nlp(text).sents), table=table)
        assert len(drafts[0]) == kept, text


@dataclass
class Decree:
    """A coder draft with its trigger's head token (the relief rule reads its lemma)."""

    type: str
    mode: str | None
    head: Any
    hint: str | None = None
    actor_tok: Any = None


def test_a_state_of_emergency_for_a_disaster_is_relief(nlp) -> None:
    """A state of emergency declared next to a disaster is relief; next to riots it stays coercion,
    and martial law is never relief."""
    table = TriggerTable.load()
    for text, word, kept in (
        ("Floodwater has cut off dozens of villages in the delta. The governor proclaimed a provincial state of emergency.",
         "emergency", 0),
        ("Rioters burned shops across the city overnight. The governor proclaimed a provincial state of emergency.",
         "emergency", 1),
        ("Floodwater has cut off dozens of villages in the delta. The army declared martial law on Friday.", "law", 1),
    ):
        doc = nlp(text)
        sents = list(doc.sents)
        head = next(t for t in doc if t.lower_ == word)
        drafts: list[list[Any]] = [[], [Decree("COERCE", "martial-law", head)]]
        drop_accidents(drafts, sents, table=table)
        assert len(drafts[1]) == kept, text


def test_a_thing_the_tagger_took_for_a_name_is_no_actor(nlp) -> None:
    """A word of class accident capitalised as the first word ("Fireworks") is a thing, not a
    named actor, whatever entity label it got: the explosion it made is an accident."""
    doc = nlp("Fireworks exploded at a depot outside the capital, killing nine workers.")
    actor = doc[0]
    assert actor.ent_type_  # the tagger took it for a name
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives", actor_tok=actor)]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert drafts == [[]]
    doc = nlp("Rebels exploded a charge at a depot outside the capital, killing nine workers.")
    drafts = [[Draft("ASSAULT", "explosives", actor_tok=doc[0])]]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert len(drafts[0]) == 1
