"""What a sentence does with an event (:mod:`seismo.extract.events.acts`): an unrealised event in
a main clause is its source's speech act (promise, threat, demand, refusal), and the main
clause's event ranks first.  Sentences written for these tests."""

from __future__ import annotations

import pytest

TOP_TYPE_CASES = [
    ("Norway will support the plan to rebuild the port, its foreign minister said.", "AGREE"),
    ("The government offered to release the detained journalists.", "AGREE"),
    ("The union said it would boycott the talks unless wages rise.", "THREATEN"),
    ("The minister said the army must withdraw its troops from the border.", "REQUEST"),
    ("The opposition leader declined to resign.", "REJECT"),
    ("Canada halted development aid to the junta after the coup.", "SANCTION"),
    ("Settlers set fire to a school in the village overnight.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), TOP_TYPE_CASES)
def test_top_event_type(events_of, text: str, type_: str) -> None:
    event = events_of(text).top(asserted_only=False)
    assert event is not None and event.type == type_


@pytest.mark.parametrize("text", [
    "The teachers' union postponed its march on the ministry because of the storm.",
    "Farmers decided to defer the tractor rally until after the harvest.",
    "The organisers have rescheduled the sit-in for next Thursday.",
])
def test_an_event_put_off_is_still_to_come_and_no_threat(events_of, text: str) -> None:
    event = events_of(text).top(asserted_only=False)
    assert event is not None and event.type == "PROTEST" and event.modality == "future"
