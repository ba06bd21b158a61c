"""Frames that tell a protest (or any act) did not take place, or took place long ago, and the
crowd words that tell of no force: the cases of issue 10 (protest documents), written fresh."""

from __future__ import annotations

import pytest


def _event(events_of, text: str, trigger: str):
    events = events_of(text)
    found = next((e for e in events if trigger in e.trigger.text.lower()), None)
    return found, events


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a verb of keeping something from happening: what it keeps away did not happen
        ("The transport minister met the bus drivers to avert a strike over unpaid overtime.", "strike", "negated"),
        ("Talks with the port unions staved off a walkout by dockers.", "walkout", "negated"),
        # a trigger describing an event noun ("strike action") is read in that noun's frame
        ("Hospital bosses held late talks to head off strike action by junior doctors.", "strike", "negated"),
        ("Junior doctors began strike action over rosters on Monday.", "strike", "asserted"),
        # the other branch of a choice is a threat, not a deed; finite verbs tell what was done
        ("The nurses warned the hospital board to pay the overtime or face a strike.", "strike", "hypothetical"),
        ("The magistrate told the pickets to clear the mine gate or be arrested.", "arrested", "hypothetical"),
        ("Students marched or rallied in a dozen towns on Monday.", "marched", "asserted"),
        # an infinitive stating what a plan, or the one option left, holds is not done yet
        ("The union said wage talks had stalled and its members' last option was to go on strike.", "strike",
         "hypothetical"),
        # an event noun the parser reads as a clause after "after": the date of the clause it hangs on
        ("Emigration out of the province was always common, but climbed steeply in the late 1980s "
         "after the Kano riots.", "riots", "historical"),
    ],
)
def test_frames_of_an_act(events_of, text: str, trigger: str, modality: str) -> None:
    event, events = _event(events_of, text, trigger)
    assert event is not None, events.brief()
    assert event.modality == modality


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a state protesting, with the participle set off by commas, protests in words
        ("Several governments, protesting the arrest of opposition leaders, have suspended aid.", "ACCUSE"),
        ("Tenants, protesting a steep rent rise, marched to the town hall on Monday.", "PROTEST"),
    ],
)
def test_who_protests_decides_the_kind(events_of, text: str, type_: str) -> None:
    event, events = _event(events_of, text, "protesting")
    assert event is not None, events.brief()
    assert event.type == type_


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("After the meeting ended the villagers dispersed quietly.", False),
        ("Riot police dispersed the villagers with batons and water cannon.", True),
        ("The villagers were dispersed by riot police with batons.", True),
    ],
)
def test_a_crowd_that_disperses_meets_no_force(events_of, text: str, force: bool) -> None:
    events = events_of(text)
    found = any(e.type == "ASSAULT" and "dispersed" in e.trigger.text.lower() for e in events)
    assert found == force, events.brief()


@pytest.mark.parametrize("text", ["Their plan was to march on the parliament.", "Their aim was to block the main road into the port."])
def test_a_plan_stated_through_be_is_no_protest_yet(events_of, text: str) -> None:
    events = events_of(text)
    assert not any(e.type == "PROTEST" and e.modality == "asserted" for e in events), events.brief()
