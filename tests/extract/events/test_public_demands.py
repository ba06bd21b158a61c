"""A crowd making a demand by an act no trigger names is a demonstration, told by that act
(:func:`seismo.extract.events.attach.demands_in_public`); a demand taken to those in power
through a channel is not.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "told_by"),
    [
        ("Hundreds of pensioners lined the avenue outside the treasury to demand the indexation of their benefits.",
         "lined"),
        ("Nursing students knelt on the steps of the health ministry on Tuesday, calling for unpaid stipends to be "
         "released.", "knelt"),
        ("Campaigners chained themselves to the gates of the parliament to press for a vote on the reform.", "chained"),
    ],
)
def test_a_crowd_acting_to_demand_is_a_protest(events_of, text: str, told_by: str) -> None:
    events = events_of(text)
    protest = events.find("PROTEST", told_by)
    assert protest is not None and protest.modality == "asserted", events.brief()
    assert protest.actor is not None, events.brief()
    assert not events.of_type("REQUEST"), events.brief()  # the demand is the protest's claim


@pytest.mark.parametrize(
    "text",
    [
        "The villagers wrote to the governor to demand a new bridge over the river.",
        "The finance minister travelled to Frankfurt to press for lower interest rates.",
    ],
)
def test_a_demand_through_a_channel_or_by_an_official_is_no_protest(events_of, text: str) -> None:
    events = events_of(text)
    assert not events.of_type("PROTEST"), events.brief()
    assert events.top_type() == "REQUEST", events.brief()
