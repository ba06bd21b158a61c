"""Rows of data/triggers.tsv added for general gaps the check sets plover_l / plover_m showed on
their tuning halves (session 24): a place pounded with heavy weapons, a site stormed by an armed
group, a ministry pressed on a given day to act.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Loyalist units pounded the hill villages with howitzers for a second night.", "ASSAULT", "heavy-weapons"),
        ("Separatist fighters stormed a police post near the crossing on Sunday.", "ASSAULT", "firearms"),
        ("Teachers' unions pressed the education ministry on Thursday to restore the bonus.", "REQUEST", None),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str, mode: str | None) -> None:
    events = events_of(text)
    found = events.find(type_)
    assert found is not None and found.modality == "asserted", events.brief()
    assert mode is None or found.mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "Supporters stormed the pitch when the whistle blew.",
        "The relief convoy pressed on through the night.",
        # pressed on a subject is questioning, not a request to act
        "The interviewer pressed the senator on her votes against the pipeline.",
    ],
)
def test_their_other_senses_are_no_attack_or_request(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("ASSAULT") is None and events.find("REQUEST") is None, events.brief()
