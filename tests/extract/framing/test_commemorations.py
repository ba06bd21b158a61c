"""Remembering is no news of the act remembered: an attack whose victims people gather to remember,
honour or commemorate is a known past one; the kin of those shot, who mourn them, are not the ones
shot (events v141).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_"), [
    ("Veterans laid wreaths to honour the casualties of the siege.", "COERCE"),
    ("The town commemorated the massacre with a minute of silence.", "ASSAULT"),
])
def test_an_act_remembered_is_known(events_of, text, type_):
    found = events_of(text).find(type_)
    assert found is not None and found.modality == "historical", [(e.type, e.trigger.text, e.modality) for e in events_of(text)]


def test_the_kin_who_mourn_are_not_the_ones_shot(events_of):
    text = "Widows of the farmers shot by the militia held a sit-in at the district office."
    found = events_of(text).find("ASSAULT")
    assert found is not None and found.recipient is not None and found.recipient.text.endswith("farmers"), found
