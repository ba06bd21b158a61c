"""Round-3 event rules: police as actor of killings they cause, crowd-control force, and
protest triggers told from their non-political senses.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.eval import glocon, police


def _events(pipeline, text: str):
    return pipeline.run(make_article(text, date="2023-05-02")).events


def _police_labels(pipeline, text: str) -> frozenset[str]:
    return frozenset().union(*(police.labels_for(e) for e in _events(pipeline, text)))


KILL_CASES = [
    ("Three farmers were killed in police firing near the district office on Sunday.", True),
    ("Two villagers died in police firing after the mob set a bus alight.", True),
    ("One student was killed when the police opened fire on the crowd.", True),
    ("The police firing that left four dead has been condemned by the opposition.", True),
    ("Four men were killed by police bullets during the curfew.", True),
    ("Two men died when their truck overturned on the highway.", False),
    ("Five people were killed in a blast at a fireworks factory.", False),
]


@pytest.mark.parametrize(("text", "expected"), KILL_CASES)
def test_police_kill(pipeline, text: str, expected: bool) -> None:
    assert ("KILL" in _police_labels(pipeline, text)) is expected


CAUSE_ACTOR_CASES = [
    ("Six protesters were killed in army firing in the capital.", "army"),
    ("Nine people died after soldiers fired on the march.", "soldiers"),
]


@pytest.mark.parametrize(("text", "actor"), CAUSE_ACTOR_CASES)
def test_killed_count_takes_actor_of_cause(pipeline, text: str, actor: str) -> None:
    killed = [e for e in _events(pipeline, text) if any(c.kind == "killed" for c in e.counts)]
    assert killed and killed[0].actor is not None and actor in killed[0].actor.text.lower()


def test_died_subject_is_the_victim(pipeline) -> None:
    events = [e for e in _events(pipeline, "Two prisoners died in the fighting.") if e.trigger.text == "died"]
    assert all(e.actor is None or "prisoner" not in e.actor.text for e in events)


PROTEST_CASES = [
    ("Thousands of teachers marched to parliament on Tuesday demanding higher pay.", True),
    ("Residents staged a sit-in outside the municipal offices over water cuts.", True),
    ("Mine workers downed tools on Monday over unpaid bonuses.", True),
    ("Angry residents burned tyres and barricaded the main road into the township.", True),
    ("Traders observed a bandh in the town to protest the killing.", True),
    ("West Ham rallied to a 3-2 win at Everton on Sunday.", False),
    ("The dollar rallied against the yen as investors locked in profits.", False),
    ("The striker demonstrated great skill in the second half of the match.", False),
    ("The vote demonstrated that the party still commands a majority.", False),
    ("Inflation has eased since March 7, the agency said.", False),
    ("The men attacked a shopkeeper and fled with cash.", False),
    ("The government announced a crackdown on tax evasion.", False),
]


@pytest.mark.parametrize(("text", "expected"), PROTEST_CASES)
def test_protest_detection(pipeline, text: str, expected: bool) -> None:
    assert glocon.predict(_events(pipeline, text)) is expected
