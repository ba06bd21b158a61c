"""The sides of a fight named by the verb it is the subject of ("fighting broke out between X and
Y"), the counterpart of two who meet somewhere told by a phrase of setting ("met on the sidelines
of"), armed factions as actors, and ceasefires with an armed side as political, a truce of gangs,
firms or unions not.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Fighting broke out between army units and separatist fighters near the dam on Friday.", "army units", "separatist fighters"),
    ("Heavy clashes erupted overnight between the national army and tribal militiamen.", "national army", "tribal militiamen"),
    ("Fierce fighting raged on Tuesday between government soldiers and insurgents in the hills.", "government soldiers", "insurgents"),
])
def test_the_between_phrase_of_the_verb_a_fight_is_subject_of_names_its_sides(events_of, text, actor, recipient):
    """events v139: "fighting broke out between X and Y": X and Y are the fight's sides."""
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.actor is not None and found.recipient is not None, events.brief()
    assert found.actor.text.endswith(actor) and found.recipient.text.endswith(recipient), events.brief()


def test_a_fight_whose_verb_has_an_object_takes_no_sides_from_it(events_of):
    """Not every between-phrase names sides: a transitive verb's phrase may be where its object goes."""
    events = events_of("The fighting forced villagers to flee between the two river crossings.")
    found = events.find("ASSAULT")
    assert found is None or found.recipient is None or "crossings" not in found.recipient.text, events.brief()


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("French President Emmanuel Macron and Kenyan President William Ruto met on the sidelines at the Nairobi forum.",
     "Emmanuel Macron", "William Ruto"),
    ("The two foreign ministers met on the margins of the assembly in New York.", "foreign ministers", None),
])
def test_a_phrase_of_setting_is_no_counterpart_of_a_meeting(events_of, text, actor, recipient):
    """events v139: "on the sidelines of the forum" is where they met, not whom they met."""
    events = events_of(text)
    found = events.find("CONSULT")
    assert found is not None and found.actor is not None, events.brief()
    assert found.actor.text.endswith(actor), events.brief()
    if recipient is None:
        assert found.recipient is None or "margins" not in found.recipient.text, events.brief()
    else:
        assert found.recipient is not None and found.recipient.text.endswith(recipient), events.brief()


@pytest.mark.parametrize("text", [
    "The two warring factions signed a ceasefire in the port city on Monday.",
    "Armed factions agreed to a truce brokered by tribal elders.",
])
def test_warring_factions_are_actors_and_their_truce_is_political(events_of, text):
    """events v139, actors v19: "warring factions", "armed factions" are armed sides (UAF), and their
    ceasefire (ACLED's Agreement) is political."""
    events = events_of(text)
    found = events.find("AGREE")
    assert found is not None and found.actor is not None, events.brief()
    assert "factions" in found.actor.text and found.actor.sector == "UAF", events.brief()
    assert found.acled_sub_event_type == "Agreement" and found.scope == "political", events.brief()


@pytest.mark.parametrize("text", [
    "Two rival drug gangs agreed a truce in the port's slums after a week of killings.",
    "The two carmakers agreed a truce in their patent dispute.",
    "The dockers' union and the port operator signed a truce over night shifts.",
])
def test_a_truce_with_no_armed_side_stays_an_incident(events_of, text):
    """events v139: a truce is political by itself only with an armed side (``_armed_truce``): gangs,
    firms and unions make none."""
    events = events_of(text)
    truce = next((e for e in events if e.type == "AGREE"), None)
    assert truce is not None and truce.scope != "political", events.brief()


def test_a_side_the_parse_hung_on_the_first_sides_town_is_still_a_side(events_of):
    """events v139: "between gendarmes in Kano and students": the parse joins "students" to Kano."""
    events = events_of("Clashes erupted between gendarmes in Kano and students demanding lower fees.")
    found = events.find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.text.endswith("students"), events.brief()


@pytest.mark.parametrize("text", [
    "Clashes erupted between riot police and demonstrators protesting against the fuel price rise.",
    "Fighting broke out between gendarmes and protesters at the rally against the new tax.",
])
def test_a_clash_of_a_state_force_with_a_crowd_is_a_violent_demonstration(events_of, text):
    """acled_map: a clash is fought on both sides, a riot whatever protest words stand around it; not
    the state's one-sided excessive force."""
    events = events_of(text)
    found = events.find("ASSAULT")
    assert found is not None and found.acled_sub_event_type == "Violent demonstration", events.brief()
