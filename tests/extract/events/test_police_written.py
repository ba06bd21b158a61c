"""The written police check set (``src/seismo/data/check/police_written.jsonl``, scored by
``scripts/written_police.py`` with the police-events matching rule): its form, and the figures its
tuning half A reached with events v34 (before: KILL / ARREST / FORCE F1 57.1 / 75.0 / 77.8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seismo.eval.tasks.events.police import LABELS

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "written_police.py"


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_police")
    rows = script.read()
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows)
    assert all(1 <= len(r["sentences"]) <= 4 for r in rows)
    labels = [set(s["labels"]) for r in rows for s in r["sentences"]]
    assert all(ls <= set(LABELS) for ls in labels)
    assert all("FORCE" in ls for ls in labels if "KILL" in ls)  # a killing by police is force
    assert sum(not ls for ls in labels) >= 40  # the hard negatives
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_paragraph_spans_are_the_sentences(written_script) -> None:
    script = written_script("written_police")
    row = {"id": "x", "sentences": [{"text": "Police held two men.", "labels": ["ARREST"]},
                                    {"text": "Both were freed.", "labels": []}]}
    text, spans = script.paragraph(row)
    assert [text[a:b] for a, b in spans] == ["Police held two men.", "Both were freed."]


def test_half_a_keeps_the_figures_reached(written_script, pipeline) -> None:
    """Half A (the tuning half): F1 KILL 100.0, ARREST 87.0, FORCE 94.7 with events v34; FORCE 90.0
    with events v94, where the accused in "accused the police of firing at the crowd" does the
    firing (an alleged act, hedged and attributed: the set's gold gives it no FORCE, while the
    IndiaPoliceEvents gold counts such acts -- leaving hedged events out of the police scorer
    lowers its tuning micro F1 from 85.8 to 84.5)."""
    script = written_script("written_police")
    m, _ = script.score(script.read(half="A"), pipeline)
    assert m.n == 42
    assert m.per_label["KILL"].f1 >= 0.99
    assert m.per_label["ARREST"].f1 >= 0.86
    assert m.per_label["FORCE"].f1 >= 0.89


ARREST_SET = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written.jsonl"


def test_arrest_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_police")
    rows = script.read(ARREST_SET)
    assert len(rows) >= 70 and len({r["id"] for r in rows}) == len(rows)
    labels = [set(s["labels"]) for r in rows for s in r["sentences"]]
    assert len(labels) >= 160 and all(ls <= set(LABELS) for ls in labels)
    assert sum("ARREST" in ls for ls in labels) >= 50
    assert sum(not ls for ls in labels) >= 100  # the hard negatives
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_arrest_set_half_a_keeps_the_figure_reached(written_script, pipeline) -> None:
    """Half A of the ARREST set: F1 86.7 before (events v41), 91.2 with events v42."""
    script = written_script("written_police")
    m, _ = script.score(script.read(ARREST_SET, half="A"), pipeline)
    assert m.n == 87
    assert m.per_label["ARREST"].f1 >= 0.91


ARREST_SET3 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written3.jsonl"


def test_third_arrest_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_police")
    rows = script.read(ARREST_SET3)
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows)
    labels = [set(s["labels"]) for r in rows for s in r["sentences"]]
    assert len(labels) >= 170 and all(ls <= set(LABELS) for ls in labels)
    assert all("FORCE" in ls for ls in labels if "KILL" in ls)
    assert sum("ARREST" in ls for ls in labels) >= 45
    assert sum(not ls for ls in labels) >= 100  # the close negatives
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_third_arrest_set_half_a_keeps_the_figure_reached(written_script, pipeline) -> None:
    """Half A of arrest_written3: ARREST F1 76.5 before (events v56), 83.1 with events v57."""
    script = written_script("written_police")
    m, _ = script.score(script.read(ARREST_SET3, half="A"), pipeline)
    assert m.n == 111
    assert m.per_label["ARREST"].f1 >= 0.83


ARREST_SET4 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written4.jsonl"


def test_fourth_arrest_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_police")
    rows = script.read(ARREST_SET4)
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows)
    labels = [set(s["labels"]) for r in rows for s in r["sentences"]]
    assert len(labels) >= 170 and all(ls <= set(LABELS) for ls in labels)
    assert all("FORCE" in ls for ls in labels if "KILL" in ls)
    assert sum("ARREST" in ls for ls in labels) >= 40
    assert sum(not ls for ls in labels) >= 120  # the close negatives
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_fourth_arrest_set_half_a_keeps_the_figure_reached(written_script, pipeline) -> None:
    """Half A of arrest_written4: ARREST F1 85.1 before (events v64), 97.9 with events v71; 95.7 once
    22 sentences were reworded away from rare dev wording ("kept under house arrest in his home",
    the new wording of one arrest, is missed)."""
    script = written_script("written_police")
    m, _ = script.score(script.read(ARREST_SET4, half="A"), pipeline)
    assert m.n == 82
    assert m.per_label["ARREST"].f1 >= 0.95


ARREST_SET5 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written5.jsonl"


ARREST_SET6 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written6.jsonl"


ARREST_SET7 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written7.jsonl"


ARREST_SET8 = SCRIPT.parents[1] / "src/seismo/data/check/arrest_written8.jsonl"


def test_natural_arrest_set_half_a_keeps_the_figure_reached(written_script, pipeline) -> None:
    """Half A of arrest_written8 (a natural mix, written blind in session 19): ARREST F1 85.7 before
    (events v79), 88.9 with events v85 ("caught by a patrol"); precision and recall both held."""
    script = written_script("written_police")
    m, _ = script.score(script.read(ARREST_SET8, half="A"), pipeline)
    assert m.n == 80
    assert m.per_label["ARREST"].f1 >= 0.88
    assert m.per_label["ARREST"].precision >= 0.94 and m.per_label["ARREST"].recall >= 0.84


@pytest.mark.parametrize(("path", "n", "label", "measure", "floor"), [
    # arrest_written5 (2002 riot reports): ARREST F1 76.2 before (events v72), 100.0 after branch
    # arrest17 (inverted conditions, time or leave given for an arrest, bookings with no arrest,
    # remand to custody, February as a month)
    (ARREST_SET5, 25, "FORCE", "f1", 0.99),
    # arrest_written6: ARREST F1 80.0 before (events v73), 95.2 after branch arrest18 (an arrest
    # arranged with "be to", people held before at a later step of their case, a rule of the law,
    # a detention lifted or quashed)
    (ARREST_SET6, 28, "ARREST", "precision", 0.99),
    # arrest_written7: ARREST F1 80.0 before (events v74), 100.0 after branch arrest20 (an arrest
    # told in passing: a relative clause telling arrest and release, a gerund with a subject of
    # none, an indirect question, a court's ruling on a detention)
    (ARREST_SET7, 26, "ARREST", "recall", 0.99),
], ids=["arrest_written5", "arrest_written6", "arrest_written7"])
def test_later_arrest_sets_half_a_keep_the_figure_reached(written_script, pipeline, path, n, label, measure, floor) -> None:
    """Half A of sets 5 to 7: ARREST F1 at least 95, and the figure each branch set out to hold."""
    script = written_script("written_police")
    m, _ = script.score(script.read(path, half="A"), pipeline)
    assert m.n == n
    assert m.per_label["ARREST"].f1 >= 0.95
    assert getattr(m.per_label[label], measure) >= floor


@pytest.mark.parametrize(("path", "sentences", "negatives"), [
    (ARREST_SET5, 60, 40),
    (ARREST_SET6, 50, 30),
    (ARREST_SET7, 55, 30),
    (ARREST_SET8, 180, 100),
], ids=["arrest_written5", "arrest_written6", "arrest_written7", "arrest_written8"])
def test_later_arrest_check_sets_are_well_formed(written_script, path, sentences, negatives) -> None:
    """Sets 5 to 8: at least 50 paragraphs of unique ids, known labels, at least 15 arrests (recall
    stays watched) and the close negatives, both halves filled."""
    script = written_script("written_police")
    rows = script.read(path)
    assert len(rows) >= 50 and len({r["id"] for r in rows}) == len(rows)
    labels = [set(s["labels"]) for r in rows for s in r["sentences"]]
    assert len(labels) >= sentences and all(ls <= set(LABELS) for ls in labels)
    assert sum("ARREST" in ls for ls in labels) >= 15
    assert sum(not ls for ls in labels) >= negatives  # the close negatives
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}
