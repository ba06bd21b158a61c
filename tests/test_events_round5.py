"""Round-5 event rules: police killings with no count, named by an "encounter", a gerund the
parser misreads ("rioting and police firing"), a taking-part verb ("officers took part in the
killings") or a later conjunct with its own subject.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.eval import police


def _events(pipeline, text: str):
    return pipeline.run(make_article(text, date="2023-05-02")).events


def _police_labels(pipeline, text: str) -> frozenset[str]:
    return frozenset().union(*(police.labels_for(e) for e in _events(pipeline, text)))


KILL_CASES = [
    ("Three people were killed in a police encounter in the district.", True),
    ("The army encounter left two suspected militants dead.", True),
    ("Rioting and subsequent police firing in the old town left three dead and six injured.", True),
    ("Several officers took part in the killings of villagers, the report said.", True),
    ("Police personnel helped in the killings, the commission found.", True),
    ("The gunmen arrived in a car and opened fire, but police guards posted there killed one of them.", True),
    ("He had a chance encounter with the minister at the airport.", False),
    ("Several villagers took part in the festival, the report said.", False),
]


@pytest.mark.parametrize(("text", "expected"), KILL_CASES)
def test_police_kill_round5(pipeline, text: str, expected: bool) -> None:
    assert ("KILL" in _police_labels(pipeline, text)) is expected


ACTOR_CASES = [
    ("Several officers took part in the killings of villagers.", "officers"),
    ("Rioting and subsequent police firing in the old town left three dead.", "police"),
    ("The rebels crossed the river and shelled the town, but soldiers stationed there killed two of them.", "soldiers"),
]


@pytest.mark.parametrize(("text", "actor"), ACTOR_CASES)
def test_killing_actor(pipeline, text: str, actor: str) -> None:
    kills = [e for e in _events(pipeline, text) if e.type == "ASSAULT" and police.is_kill(e)]
    assert kills and any(e.actor is not None and actor in e.actor.text.lower() for e in kills)
