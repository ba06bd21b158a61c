"""Remembering is no news of the act remembered: an attack whose victims people gather to remember,
honour or commemorate is a known past one, and a crowd gathered to remember or to pray makes no
protest; people gathered to oppose something still protest (events v141).  Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_"), [
    ("Survivors met in the old town to remember the victims of the shelling.", "ASSAULT"),
    ("The city commemorated the bombing of the railway station with a march of silence.", "ASSAULT"),
])
def test_an_act_remembered_is_known(events_of, text, type_):
    found = events_of(text).find(type_)
    assert found is not None and found.modality == "historical", [(e.type, e.trigger.text, e.modality) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "Hundreds of residents gathered to remember the miners lost in the collapse.",
    "Thousands gathered at the cathedral to pray for the flood victims.",
])
def test_a_crowd_gathered_to_remember_or_pray_is_no_protest(events_of, text):
    assert events_of(text).find("PROTEST") is None, events_of(text).brief()


def test_a_crowd_gathered_to_oppose_still_protests(events_of):
    text = "Hundreds of residents gathered at the town hall to oppose the new landfill."
    assert events_of(text).find("PROTEST") is not None, events_of(text).brief()
