"""What an event's sentence leaves implicit (:mod:`seismo.extract.events.actors`): state actors
and their country, the accuser, who is asked, a nominal event's modality — on records, then
through the pipeline.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract.events.actors import implicit_state_actor, is_foreign, with_state_country
from seismo.model import Actor, Span


def _actor(text: str, *, sector: str | None, country: str | None = None, kind: str = "group") -> Actor:
    return Actor(0, len(text), text, None, country, sector, kind)


# ------------------------------------------------------------------ records only (no model)

STATE_COUNTRY_CASES = [
    (_actor("the authorities", sector="GOV"), "IRN", "IRN"),
    (_actor("riot police", sector="COP"), "IRN", "IRN"),
    (_actor("foreign soldiers", sector="MIL"), "IRN", None),
    (_actor("international peacekeepers", sector="MIL"), "IRN", None),
    (_actor("students", sector="CVL"), "IRN", None),
    (_actor("the ministry", sector="GOV", country="TUR"), "IRN", "TUR"),
    (_actor("the alliance", sector="MIL", kind="igo"), "IRN", None),
    (_actor("the authorities", sector="GOV"), None, None),
]


@pytest.mark.parametrize(("actor", "country", "expected"), STATE_COUNTRY_CASES)
def test_with_state_country(actor: Actor, country: str | None, expected: str | None) -> None:
    assert with_state_country(actor, country).country == expected  # type: ignore[union-attr]


IMPLICIT_CASES = [
    ("COERCE", "censor", "IRN", True),
    ("COERCE", "curfew", "IRN", True),
    ("COERCE", "restrict", "IRN", True),
    ("COERCE", "arrest", "IRN", False),  # anyone may detain; not a state-only action
    ("ASSAULT", None, "IRN", False),
    ("COERCE", "censor", None, False),
]


@pytest.mark.parametrize(("type_", "mode", "country", "made"), IMPLICIT_CASES)
def test_implicit_state_actor(type_: str, mode: str | None, country: str | None, made: bool) -> None:
    trigger = Span(10, 20, "shutdowns.")
    actor = implicit_state_actor(type_, mode, trigger=trigger, country=country)
    assert (actor is not None) == made
    if actor is not None:
        assert (actor.sector, actor.kind, actor.country, actor.start, actor.end) == ("GOV", "country", country, 10, 20)
        assert actor.confidence < 0.5


@pytest.mark.parametrize(("text", "foreign"), [("foreign troops", True), ("the “peacekeepers”", True), ("the army", False)])
def test_is_foreign(text: str, foreign: bool) -> None:
    assert is_foreign(_actor(text, sector="MIL")) is foreign


# ------------------------------------------------------------------ through the pipeline

ROLE_CASES = [
    # a relative clause on a protester noun names what they protest against
    ("Riot police watched the Serbian demonstrators, who had denounced the government in Belgrade.",
     "PROTEST", "demonstrators", "demonstrators", "government"),
    # demonstrators defying someone are demonstrating: the defiance is their protest
    ("Riot police watched the Serbian demonstrators, who had defied the government in Belgrade.",
     "PROTEST", "defied", "demonstrators", "government"),
    # state-only action with no actor: the government, spanning the trigger
    ("There were interruptions of mobile networks across Iran on Monday.", "COERCE", "interruptions", "interruptions",
     None),
    # an accusation with no actor is the attribution source's
    ("According to the Iranian authorities, the unrest is an attempt to destabilize the country.",
     "ACCUSE", "destabilize", "authorities", None),
    # "troops arrived at the request of X": X asks whoever deploys them
    ("NATO deployed troops to the Baltic states last year. The soldiers arrived at the request of the Latvian "
     "government.", "REQUEST", "request", "Latvian government", "NATO"),
    # a nominal event as the means of a verb takes its subject; a pronoun its antecedent
    ("Analysts recall how Turkey justified the operation (it used this argument with the occupation of Afrin).",
     "COERCE", "occupation", "Turkey", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "trigger", "actor", "recipient"), ROLE_CASES)
def test_implicit_roles(events_of, text: str, type_: str, trigger: str, actor: str, recipient: str | None) -> None:
    events = events_of(text)
    event = events.find(type_, trigger)
    assert event is not None, events.brief()
    assert event.actor is not None and actor in (event.actor.text + " " + (event.actor.name or ""))
    if recipient is not None:
        assert event.recipient is not None
        assert recipient in (event.recipient.text + " " + (event.recipient.name or ""))


STATE_CASES = [
    ("There were interruptions of mobile networks across Iran on Monday.", "COERCE", "IRN"),
    ("The authorities closed the border crossings near Herat on Sunday.", "COERCE", "AFG"),
    ("According to the Iranian authorities, the unrest is an attempt to destabilize the country.", "ACCUSE", "IRN"),
]


@pytest.mark.parametrize(("text", "type_", "country"), STATE_CASES)
def test_state_actor_country(events_of, text: str, type_: str, country: str) -> None:
    event = events_of(text).find(type_)
    assert event is not None and event.actor is not None
    assert (event.actor.country, event.actor.sector) == (country, "GOV")


NOT_ACTOR_CASES = [
    # condemning an attack does not make one the attacker
    ("Russia condemned the attack on the embassy.", "ASSAULT", "Russia"),
    # "with" of circumstance: a common-noun subject is not taken
    ("The arrival of the troops makes it hard to know what happens, with interruptions of phone networks.",
     "COERCE", "arrival"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "not_actor"), NOT_ACTOR_CASES)
def test_not_the_actor(events_of, text: str, type_: str, not_actor: str) -> None:
    event = events_of(text).find(type_)
    assert event is not None
    assert event.actor is None or not_actor not in event.actor.text


MISSION_CASES = [
    ("The NATO mission in Kosovo could last another decade.", ("future", "hypothetical")),
    ("The UN peacekeeping mission ended in 2019.", ("asserted", "historical")),
]


@pytest.mark.parametrize(("text", "modalities"), MISSION_CASES)
def test_mission_is_a_deployment(events_of, text: str, modalities: tuple[str, ...]) -> None:
    event = events_of(text).find("MOBILIZE", "mission")
    assert event is not None and event.modality in modalities


@pytest.mark.parametrize("text", ["A trade mission from Chile visited Lagos.", "The space mission could take a year."])
def test_other_missions_are_not(events_of, text: str) -> None:
    assert events_of(text).find("MOBILIZE", "mission") is None
