"""Acts of yielding, retreat, posture, backing and refusal told without their commonest trigger
word, and a hostile act a speaker says it could do (trigger rows of ``triggers.tsv``;
:func:`seismo.extract.events.acts.speech_act`).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("The coastguard released the seized fishing trawler and its crew on Monday.", "CONCEDE", "released"),
        ("The union ended its three-week strike at the port.", "CONCEDE", "ended"),
        ("The farmers suspended their blockade of the highway on Friday.", "CONCEDE", "suspended"),
        ("Immigration officials halted the deportation of the asylum seekers.", "CONCEDE", "halted"),
        ("The regulator restored the broadcaster's licence.", "CONCEDE", "restored"),
        ("Chad recalled its soldiers from the regional force.", "RETREAT", "recalled"),
        ("The rebels fell back from the ridge overnight.", "RETREAT", "fell back"),
        ("The ministry reduced its military presence along the river.", "RETREAT", "reduced"),
        ("The president called out the army to keep order in the port city.", "MOBILIZE", "called out"),
        ("The navy raised its alert level after the incursion.", "MOBILIZE", "raised"),
        ("Senegal voiced solidarity with the flood victims in Guinea.", "SUPPORT", "voiced solidarity"),
        ("Forty states voted for the resolution on Sunday.", "SUPPORT", "voted for"),
        ("The opposition voted against the budget.", "REJECT", "voted against"),
        ("Chile brought its ambassador home from Caracas.", "SANCTION", "brought"),
        ("The development bank loaned Tonga $40 million.", "AID", "loaned"),
        ("Germany wrote off Zambia's debt.", "AID", "wrote off"),
        ("The peacekeepers left Bunia over the weekend.", "RETREAT", "left"),
        ("The student activists dismantled their camp outside the ministry.", "RETREAT", "dismantled"),
        ("Police cleared the protest camp outside the stadium at dawn.", "COERCE", "cleared"),
        ("The city authorities ordered the night markets to close.", "COERCE", "ordered"),
        ("An appeals court quashed the journalist's conviction.", "CONCEDE", "quashed"),
        ("Shopkeepers closed their shops across the old city in protest at the tax.", "PROTEST", "closed"),
    ],
)
def test_the_act_is_coded_by_its_own_words(events_of, text: str, type_: str, trigger: str) -> None:
    events = events_of(text)
    top = events.top()
    assert top is not None and top.type == type_ and trigger in top.trigger.text, events.brief()


def test_a_speaker_holding_out_its_own_hostile_act_threatens(events_of) -> None:
    events = events_of("The ministry said it could suspend the broadcaster's licence.")
    assert events.top_type() == "THREATEN", events.brief()


def test_another_party_guessing_at_a_hostile_act_makes_no_threat(events_of) -> None:
    events = events_of("Analysts said the regulator could suspend the broadcaster's licence.")
    assert not events.of_type("THREATEN"), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers left two villagers dead after the raid.",
        "The officers left the scene before the ambulance arrived.",
    ],
)
def test_forces_leaving_the_dead_or_a_scene_do_not_retreat(events_of, text: str) -> None:
    events = events_of(text)
    assert not events.of_type("RETREAT"), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The bakery was ordered closed after a hygiene inspection found mice.",  # no one who rules named
        "Do not get hung up on the candidates' children, the pastor told voters.",  # "hang up": an idiom
        "The court cleared the street vendor of all charges.",  # an acquittal, not an eviction
    ],
)
def test_senses_that_are_no_coercion_or_attack(events_of, text: str) -> None:
    events = events_of(text)
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT")], events.brief()
