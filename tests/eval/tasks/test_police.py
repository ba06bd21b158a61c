"""police-events mapping on hand-made predictions: KILL without a number, arrest states."""

from __future__ import annotations

import pytest

from seismo.eval.tasks import police
from seismo.model import Actor, Count, Event, Span


def _actor(text: str, sector: str | None = None) -> Actor:
    return Actor(start=0, end=len(text), text=text, name=None, country=None, sector=sector, kind="group")


def _event(sentence: str, trigger: str, *, type: str = "ASSAULT", mode: str | None = None, actor: Actor | None = None,
           counts: tuple[Count, ...] = (), modality: str = "asserted") -> Event:
    """An event over ``sentence`` whose trigger is the first occurrence of ``trigger``."""
    t = sentence.index(trigger)
    return Event(
        id=f"{sentence}|{trigger}", type=type, mode=mode, acled_event_type=None, acled_sub_event_type=None,
        quad_class=None, actor=actor, recipient=None, location=None, date=None, counts=counts,
        modality=modality, attributed_to=None, hedged=False,  # type: ignore[arg-type]
        evidence=Span(0, len(sentence), sentence), trigger=Span(t, t + len(trigger), trigger), confidence=0.8,
    )


def _killed(best: int | None) -> Count:
    return Count(kind="killed", low=best, best=best, high=best, start=0, end=1, text="x")


POLICE = _actor("police", "COP")
ARMY = _actor("the army", "MIL")
MOB = _actor("a mob", "CVL")


@pytest.mark.parametrize(
    ("ev", "labels"),
    [
        # KILL needs no number
        (_event("Police shot dead a suspected robber.", "shot dead", actor=POLICE), {"KILL", "FORCE"}),
        (_event("Police killed a man in an encounter.", "killed", actor=POLICE), {"KILL", "FORCE"}),
        (_event("The killing of the student by police sparked protests.", "killing", actor=POLICE), {"KILL", "FORCE"}),
        (_event("Troops gunned down two villagers.", "gunned down", actor=ARMY), {"KILL", "FORCE"}),
        (_event("Police fired on the crowd, killing several.", "fired", actor=POLICE, counts=(_killed(None),)), {"KILL", "FORCE"}),
        (_event("Police beat the youth, who later died in hospital.", "beat", actor=POLICE), {"KILL", "FORCE"}),
        (_event("Police beat the youth with sticks.", "beat", actor=POLICE), {"FORCE"}),
        (_event("A mob killed a trader.", "killed", actor=MOB), set()),  # not police
        (_event("Police may kill more, he said.", "kill", actor=POLICE, modality="hypothetical"), set()),
        # ARREST: acts count, states do not
        (_event("Police arrested five men.", "arrested", type="COERCE", mode="arrest", actor=POLICE), {"ARREST"}),
        (_event("The men were taken into custody.", "custody", type="COERCE", mode="arrest"), {"ARREST"}),
        (_event("He was placed under arrest on Monday.", "arrest", type="COERCE", mode="arrest"), {"ARREST"}),
        (_event("The accused is in custody.", "custody", type="COERCE", mode="arrest"), set()),
        (_event("He was remanded in judicial custody.", "custody", type="COERCE", mode="arrest"), set()),
        (_event("He was remanded for 14 days.", "remanded", type="COERCE", mode="detain"), set()),
        (_event("The suspect remains under arrest.", "arrest", type="COERCE", mode="arrest", actor=POLICE), set()),
        (_event("He was in custody when police arrested his brother.", "arrested", type="COERCE", mode="arrest", actor=POLICE),
         {"ARREST"}),
    ],
)
def test_labels_for(ev: Event, labels: set[str]) -> None:
    assert police.labels_for(ev) == labels


@pytest.mark.parametrize(
    ("sentence", "trigger", "context"),
    [
        ("He was remanded in custody.", "custody", "He was remanded in custody"),
        ("A long sentence that goes on and on before the police arrested him.", "arrested", "on and on before the police arrested"),
    ],
)
def test_trigger_context(sentence: str, trigger: str, context: str) -> None:
    assert police.trigger_context(_event(sentence, trigger)) == context


def test_notes_document_the_mapping() -> None:
    report = police.score([frozenset({"KILL"})], [frozenset({"KILL"})], [frozenset({"KILL"})], [frozenset({"KILL"})])
    notes = " ".join(report.notes)
    assert "no number needed" in notes and "in custody" in notes
    assert report.metric("sentence KILL F1").value == 1.0
