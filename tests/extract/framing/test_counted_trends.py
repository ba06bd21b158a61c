"""Events counted as a trend are no happening (:func:`seismo.extract.framing.happening.trend`),
and a strike that kills is no labour strike.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The number of road blockades in the province fell to 310 last year, the interior ministry said.", "blockades"),
        ("Detentions at opposition rallies rose to more than 900 in the first half of the year.", "rallies"),
    ],
)
def test_events_counted_as_a_trend_are_no_happening(events_of, text: str, counted: str) -> None:
    events = events_of(text)
    assert not [e for e in events if counted in e.trigger.text], events.brief()


def test_a_strike_that_killed_is_no_labour_strike(events_of) -> None:
    events = events_of("The army admitted that its strike had killed four farm workers near the border.")
    assert not [e for e in events if e.type == "PROTEST"], events.brief()
