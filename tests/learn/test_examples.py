"""seismo.learn.examples: labelled JSONL with errors that name file and line, good lines kept."""

from __future__ import annotations

import json

import pytest

from seismo.learn.examples import NONE, parse_label, parse_lines


def _lines(*objs: object) -> list[str]:
    return [o if isinstance(o, str) else json.dumps(o) for o in objs]


def test_labels_by_key_null_and_absent():
    found = parse_lines(_lines(
        {"text": "Troops shelled the town.", "acled_sub_event_type": "Shelling/artillery/missile attack", "plover_type": "ASSAULT"},
        {"text": "The ministers met in Geneva.", "acled_sub_event_type": None, "plover_type": "consult"},
        {"text": "Farmers marched on the capital.", "sub_event_type": "peaceful protest"},
    ), name="f.jsonl")
    assert found.problems == ()
    a, b, c = found.examples
    assert a.label("acled") == "Shelling/artillery/missile attack" and a.label("plover") == "ASSAULT"
    assert b.label("acled") == NONE and b.label("plover") == "CONSULT"
    assert c.label("acled") == "Peaceful protest" and c.label("plover") is None  # absent: unlabelled, not NONE


def test_label_key_is_told_apart_by_the_vocabulary():
    found = parse_lines(_lines({"text": "a", "label": "Arrests"}, {"text": "b", "label": "SANCTION"}), name="f")
    assert [e.labels for e in found.examples] == [(("acled", "Arrests"),), (("plover", "SANCTION"),)]


def test_bad_lines_are_named_and_the_good_ones_kept():
    found = parse_lines(_lines(
        {"text": "Police detained six students.", "label": "Arrests"},
        "{not json",
        {"text": "x", "acled_sub_event_type": "Football match"},
        {"acled_sub_event_type": "Arrests"},
        {"text": "y"},
        {"text": "Rebels seized the base.", "label": "Non-state actor overtakes territory"},
    ), name="mine.jsonl")
    assert len(found.examples) == 2
    assert [p.split(":")[:2] for p in found.problems] == [["mine.jsonl", "2"], ["mine.jsonl", "3"], ["mine.jsonl", "4"], ["mine.jsonl", "5"]]
    assert "not valid JSON" in found.problems[0] and "'Football match' is not an ACLED sub-event type" in found.problems[1]
    assert "no text" in found.problems[2] and "no label" in found.problems[3]


@pytest.mark.parametrize(("head", "value", "want"), [
    ("acled", "Air/drone strike", "Air/drone strike"), ("acled", "AIR DRONE STRIKE", "Air/drone strike"),
    ("plover", "assault", "ASSAULT"), ("plover", None, NONE), ("plover", "none", NONE),
])
def test_parse_label(head, value, want):
    assert parse_label(head, value) == want


def test_parse_label_refuses_the_other_scheme():
    with pytest.raises(ValueError, match="not a PLOVER type"):
        parse_label("plover", "Arrests")
