"""precision: the audit set's rule, its judgments file, and the scorer on hand-built events."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from seismo.eval.data import read_jsonl
from seismo.eval.folds import fold_of
from seismo.eval.tasks.events import precision
from seismo.eval.tasks.events.precision import Scored, audit_articles, choose, judgments, parse_judgments, score
from seismo.model import Event, Span


def _event(start: int, type_: str = "PROTEST") -> Event:
    text = "x" * 400
    return Event(id=f"e{start}", type=type_, mode=None, acled_event_type=None, acled_sub_event_type=None, quad_class=None,
                 actor=None, recipient=None, location=None, date=None, counts=(), modality="asserted",
                 attributed_to=None, hedged=False, evidence=Span(0, 50, text[:50]), trigger=Span(start, start + 5, text[:5]),
                 confidence=0.8)


def _judgment(start: int, verdict: str, *, dup: int | None = None, type_: str = "PROTEST", **marks: bool | None) -> str:
    return json.dumps({"file": "f.jsonl", "id": "1", "trigger": [start, start + 5], "type": type_, "acled": None,
                       "verdict": verdict, "duplicate_of": None if dup is None else [dup, dup + 5],
                       **{f: marks.get(f) for f in precision.FIELDS}, "note": "",
                       "judged": {"actor": None, "place": None, "modality": "asserted"}})


def test_choose_takes_tuning_folds_by_hash_and_length():
    records = [{"id": str(i), "text": "word " * (50 + i * 40)} for i in range(60)]
    ids = choose("f.jsonl", records, 5)
    assert len(ids) == 5 and all(fold_of("f.jsonl", i) != 0 for i in ids)
    assert all(precision.MIN_CHARS <= len(records[int(i)]["text"]) <= precision.MAX_CHARS for i in ids)
    assert choose("f.jsonl", list(reversed(records)), 5) == ids  # the order of the file does not matter


def test_the_packaged_audit_set_follows_its_rule(shared_data):
    chosen = audit_articles()
    assert len(chosen) == sum(precision.PLAN.values())
    for file, n in precision.PLAN.items():
        assert [i for f, i in chosen if f == file] == choose(file, read_jsonl(shared_data / file), n)
    table = judgments()
    assert table and {(j.file, j.id) for j in table.values()} <= set(chosen)


def test_bad_judgment_line_names_its_line():
    with pytest.raises(ValueError, match=r"j.jsonl:2: verdict 'maybe'"):
        parse_judgments(_judgment(0, "real") + "\n" + _judgment(10, "maybe"), name="j.jsonl")


def test_score_counts_verdicts_marks_and_unjudged():
    table = parse_judgments("\n".join([
        _judgment(0, "real", type_ok=True, actor_ok=False, place_ok=True, modality_ok=True),
        _judgment(10, "duplicate", dup=0),
        _judgment(20, "not_event"),
        _judgment(30, "duplicate", dup=200),  # what it repeats is no longer given: real
        _judgment(40, "real", type_="ASSAULT", type_ok=True, actor_ok=None),  # judged as ASSAULT, now PROTEST
    ]))
    events = [_event(0), _event(10), _event(20), _event(30), _event(40), _event(50)]
    report = score([precision.pair("f.jsonl", "1", events, table)], files=["f.jsonl"])
    m = {x.name: x for x in report.metrics}
    assert (m["events real"].value, m["events real"].n) == (pytest.approx(3 / 5), 5)
    assert m["events duplicate"].value == pytest.approx(1 / 5) and m["events not an event"].value == pytest.approx(1 / 5)
    assert m["events unjudged"].value == pytest.approx(1 / 6)
    assert (m["real events with type right"].value, m["real events with type right"].n) == (1.0, 1)  # the ASSAULT judgment no longer applies
    assert (m["real events with actor right"].value, m["real events with actor right"].n) == (0.0, 1)
    assert report.datasets == (("f.jsonl", 1),)
    assert m["field marks to judge again (value changed)"].value == 1  # the type judged ASSAULT is now PROTEST


def test_a_mark_holds_only_for_the_value_it_judged():
    table = parse_judgments(_judgment(0, "real", actor_ok=False, modality_ok=True))
    changed = replace(_event(0), modality="historical")
    report = score([precision.pair("f.jsonl", "1", [changed], table)])
    m = {x.name: x for x in report.metrics}
    assert m["real events with modality right"].n == 0 and m["real events with actor right"].n == 1
    assert m["field marks to judge again (value changed)"].value == 1


def test_the_type_mark_judges_the_acled_sub_type_too():
    # judged PROTEST with no ACLED coding; the same PLOVER type now coded Peaceful protest is judged again
    table = parse_judgments(_judgment(0, "real", type_ok=False))
    recoded = replace(_event(0), acled_event_type="Protests", acled_sub_event_type="Peaceful protest")
    report = score([precision.pair("f.jsonl", "1", [recoded], table)])
    m = {x.name: x for x in report.metrics}
    assert m["real events with type right"].n == 0
    assert m["field marks to judge again (value changed)"].value == 1


def test_verdict_of_a_duplicate_follows_what_it_repeats():
    table = parse_judgments(_judgment(10, "duplicate", dup=0))
    (s,) = precision.pair("f.jsonl", "1", [_event(10)], table)
    assert precision.verdict(s, {(0, 5), (10, 15)}) == "duplicate"
    assert precision.verdict(s, {(10, 15)}) == "real"
    assert precision.verdict(Scored("f.jsonl", "1", _event(99), None), set()) is None


def test_describe_names_the_events_place_and_actor_free_fields():
    from seismo.model import EventLocation, Place
    town = Place(start=0, end=6, text="Ruvala", name="Ruvala", geonameid=None, lat=1.0, lon=2.0, country="XXX",
                 admin1=None, kind="city", confidence=0.9)
    located = replace(_event(100), location=EventLocation(place=town, precision=1))
    line = precision.describe(located)
    assert "place=Ruvala" in line and "actor=-" in line and "trigger='xxxxx'@100-105" in line
    assert "place=-" in precision.describe(_event(0))
