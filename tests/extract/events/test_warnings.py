"""A warning of a danger no one threatens is a forecast, not a threat (data/triggers.tsv, the warn
row's exclusions, classes ``hazard`` and ``forecast``).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Relief agencies warned of a severe famine in the south by the end of the year.",
        "The weather office warned of heavy rain and flooding along the coast.",
        "Exporters warned that the port closure would cost the economy billions.",
    ],
)
def test_a_warning_of_a_danger_is_no_threat(events_of, text: str) -> None:
    events = events_of(text)
    assert "THREATEN" not in {e.type for e in events}, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister warned that police would break up any further sit-ins.",
        "The junta warned of harsh retaliation against anyone who joined the strike.",
    ],
)
def test_a_warning_of_what_the_speaker_will_do_threatens(events_of, text: str) -> None:
    events = events_of(text)
    assert "THREATEN" in {e.type for e in events}, events.brief()
