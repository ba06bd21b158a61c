"""police-events mapping on hand-made predictions: only documented fields (actor sector, counts, mode,
ACLED sub-type, modality) decide; the trigger's and evidence's wording never does."""

from __future__ import annotations

import pytest

from seismo.eval.tasks.events import police
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


def _count(kind: str, best: int | None) -> Count:
    return Count(kind=kind, low=best, best=best, high=best, start=0, end=1, text="x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ev", "labels"),
    [
        # KILL: a police / security actor and a killed count, with or without a number
        (_event("Police shot dead a suspected robber.", "shot dead", actor=POLICE, counts=(_killed(1),)), {"KILL", "FORCE"}),
        (_event("Police fired on the crowd, killing several.", "fired", actor=POLICE, counts=(_killed(None),)), {"KILL", "FORCE"}),
        (_event("Troops gunned down two villagers.", "gunned down", actor=ARMY, counts=(_killed(2),)), {"KILL", "FORCE"}),
        # the trigger's or sentence's words alone decide nothing
        (_event("Police killed a man in an encounter.", "killed", actor=POLICE), {"FORCE"}),
        (_event("Police beat the youth, who later died in hospital.", "beat", actor=POLICE), {"FORCE"}),
        (_event("Officers of the police killed a man.", "killed", actor=_actor("Officers of the police"), counts=(_killed(1),)),
         set()),  # no sector: not a police actor
        (_event("Police killed nobody.", "killed", actor=POLICE, counts=(_killed(0),)), {"FORCE"}),
        (_event("A mob killed a trader.", "killed", actor=MOB, counts=(_killed(1),)), set()),  # not police
        (_event("Police may kill more, he said.", "kill", actor=POLICE, modality="hypothetical", counts=(_killed(None),)),
         set()),
        (_event("Police injured five.", "injured", type="COERCE", actor=POLICE, counts=(_count("injured", 5),)), {"FORCE"}),
        # ARREST: the mode, the ACLED sub-type or an arrested count, whoever the actor
        (_event("Police arrested five men.", "arrested", type="COERCE", mode="arrest", actor=POLICE), {"ARREST"}),
        (_event("The men were detained.", "detained", type="COERCE", mode="detain"), {"ARREST"}),
        (_event("A mob held two men.", "held", type="COERCE", actor=MOB, counts=(_count("arrested", 2),)), {"ARREST"}),
        (_event("Police arrested five men.", "arrested", type="COERCE", mode="arrest", modality="negated"), set()),
        (_event("The talks ended.", "talks", type="CONSULT", actor=POLICE), set()),
    ],
)
def test_labels_for(ev: Event, labels: set[str]) -> None:
    assert police.labels_for(ev) == labels


def test_notes_document_the_mapping() -> None:
    report = police.score([frozenset({"KILL"})], [frozenset({"KILL"})], [frozenset({"KILL"})], [frozenset({"KILL"})])
    notes = " ".join(report.notes)
    assert "no number needed" in notes and "sector COP, MIL or SPY" in notes
    assert report.metric("sentence KILL F1").value == 1.0


def test_no_regex_left() -> None:
    import inspect

    source = inspect.getsource(police)
    assert "import re" not in source and "re.compile" not in source


def test_a_merged_report_labels_its_mention_sentences_and_kill_goes_to_the_count():
    from dataclasses import replace

    text = "Police fired into a column of marchers. Two men died. Police also arrested nine."
    first, second = text.index(". ") + 1, text.index(". ", text.index(". ") + 1) + 1
    s1, s2, s3 = (0, first), (first + 1, second + 1), (second + 2, len(text))
    died = Count(kind="killed", low=2, best=2, high=2, start=first + 1, end=first + 4, text="Two")
    report = replace(_event(text, "fired", actor=POLICE), evidence=Span(0, first, text[:first]),
                     counts=(died,), mentions=(Span(*s2, text[s2[0]:s2[1]]),))
    labels = police.predict_sentences([report], [s1, s2, s3])
    assert labels[0] == {"FORCE"} and labels[1] == {"KILL", "FORCE"} and labels[2] == frozenset()
