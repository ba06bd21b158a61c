"""Round-6 event rules: a headline's reduced passive ("4 guards also killed": the subject is
the victim), state forces first in a two-sided clash, and sentries as police.  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.eval import police


def _events(pipeline, text: str):
    return pipeline.run(make_article(text, date="2023-05-02")).events


def _police_labels(pipeline, text: str) -> frozenset[str]:
    return frozenset().union(*(police.labels_for(e) for e in _events(pipeline, text)))


KILL_CASES = [
    ("Farmers and the district police clashed near the mill on Monday; one man died.", True),
    ("The rebels attacked the post at dawn, but police sentries posted there killed two of them.", True),
    ("Three policemen and two villagers also killed.", False),
    ("Farmers and traders clashed near the mill on Monday; one man died.", False),
]


@pytest.mark.parametrize(("text", "expected"), KILL_CASES)
def test_police_kill(pipeline, text: str, expected: bool) -> None:
    assert ("KILL" in _police_labels(pipeline, text)) is expected


REDUCED_PASSIVE = [
    ("Three policemen and two villagers also killed.", "policemen"),
    ("Two soldiers killed near the border.", "soldiers"),
]


@pytest.mark.parametrize(("text", "victim"), REDUCED_PASSIVE)
def test_reduced_passive_subject_is_victim(pipeline, text: str, victim: str) -> None:
    kills = [e for e in _events(pipeline, text) if e.trigger.text.lower().startswith("kill")]
    assert kills
    assert all(e.actor is None or victim not in e.actor.text.lower() for e in kills)
    assert any(e.recipient is not None and victim in e.recipient.text.lower() for e in kills)


CLASH_ORDER = [
    ("Students and riot police clashed outside the parliament on Friday.", "police", "students"),
    ("Soldiers and rebels clashed in the hills overnight.", "soldiers", None),  # already first: left as written
]


@pytest.mark.parametrize(("text", "actor", "recipient"), CLASH_ORDER)
def test_clash_puts_state_forces_first(pipeline, text: str, actor: str, recipient: str | None) -> None:
    clash = [e for e in _events(pipeline, text) if e.trigger.text.lower().startswith("clash")]
    assert clash and clash[0].actor is not None
    assert actor in clash[0].actor.text.lower()
    if recipient is not None:
        assert clash[0].recipient is not None and recipient in clash[0].recipient.text.lower()
