"""A demand told by a clause that bids another party act (:mod:`seismo.extract.mandate`), aid
handed over as arms or refuge, and relief let in (trigger rows of ``triggers.tsv``).
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The dockworkers' union insisted that the port authority rehire the dismissed crane operators.",
        "Lagos wants Abuja to release the withheld oil revenue.",
        "The farmers' league insisted that the grain quota be scrapped.",
        "The bishops made a plea to parliament to end the standoff.",
        "Manila seeks more weapons from its allies.",
    ],
)
def test_a_clause_bidding_another_party_is_a_request(events_of, text: str) -> None:
    assert events_of(text).top_type() == "REQUEST", events_of(text).brief()


@pytest.mark.parametrize(
    "text",
    [
        "The electoral council declared the referendum result to be valid.",  # a finding, not a bid
        "The editors want to leave the capital.",  # the subject's own wish
        # the verb agrees with the plural of-object, a slip, no subjunctive
        "The villagers told reporters that the noise of the army trucks keep them awake at night.",
    ],
)
def test_no_request_without_another_party_bidden(events_of, text: str) -> None:
    assert not events_of(text).of_type("REQUEST"), events_of(text).brief()


@pytest.mark.parametrize(
    "text",
    [
        "Poland delivered forty armoured vehicles to the Ukrainian army last week.",
        "Malta granted sanctuary to a fleeing opposition journalist.",
    ],
)
def test_arms_supplies_and_refuge_handed_over_are_aid(events_of, text: str) -> None:
    assert events_of(text).top_type() == "AID", events_of(text).brief()


def test_a_result_delivered_is_no_aid(events_of) -> None:
    events = events_of("The company delivered a strong quarterly result to shareholders.")
    assert not events.of_type("AID"), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The junta allowed aid lorries into the besieged district.",
        "The governor gave the fishermen access to the closed bay.",
    ],
)
def test_relief_and_access_let_in_are_concessions(events_of, text: str) -> None:
    assert events_of(text).top_type() == "CONCEDE", events_of(text).brief()


@pytest.mark.parametrize(
    ("text", "asked_for"),
    [
        ("The mediators urged the two sides to resume talks in Doha next week.", "talks"),
        ("The envoy pressed the militia to stop shelling the villages.", "shelling"),
        # the that-clause parsed onto the verb whose object is the demand
        ("The bar association restated its demand yesterday that the court release the detained lawyers.", "release"),
    ],
)
def test_what_a_nested_clause_of_a_request_asks_for_is_not_done(events_of, text: str, asked_for: str) -> None:
    events = events_of(text)
    assert events.top_type() == "REQUEST", events.brief()
    assert not [e for e in events if asked_for in e.trigger.text], events.brief()
