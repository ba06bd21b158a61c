"""The pure scorers of seismo.eval.scorers on tiny hand-made cases (no model)."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seismo.eval.scorers import (
    PRF,
    bcubed,
    bcubed_items,
    binary,
    classify,
    haversine_km,
    match_spans,
    median,
    multilabel,
    overlap,
    pairwise,
    prf,
    ratio,
    span_prf,
)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [
        (0, 0, 0, 0.0, 0.0, 0.0),  # zero division everywhere
        (0, 3, 0, 0.0, 0.0, 0.0),  # only false alarms
        (0, 0, 4, 0.0, 0.0, 0.0),  # empty predictions
        (2, 0, 0, 1.0, 1.0, 1.0),
        (1, 1, 1, 0.5, 0.5, 0.5),
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
    ],
)
def test_prf(tp, fp, fn, p, r, f1):
    s = prf(tp, fp, fn)
    assert (s.precision, s.recall) == pytest.approx((p, r))
    assert s.f1 == pytest.approx(f1)
    assert s.support == tp + fn


def test_prf_rejects_negative_counts():
    with pytest.raises(ValueError, match="counts must be >= 0"):
        prf(-1, 0, 0)


@pytest.mark.parametrize(
    ("gold", "pred", "labels", "micro_f1", "macro_f1", "weighted_f1", "accuracy"),
    [
        (["A", "A", "B"], ["A", "A", "B"], None, 1.0, 1.0, 1.0, 1.0),
        (["A", "A", "B"], ["NONE", "NONE", "NONE"], None, 0.0, 0.0, 0.0, 0.0),  # no events coded
        # A: tp1 fn1 (P1 R.5 F.667); B: tp1 fp1 (P.5 R1 F.667)
        (["A", "A", "B"], ["A", "B", "B"], None, 2 / 3, 2 / 3, 2 / 3, 2 / 3),
        # a listed label with no gold and no prediction scores 0 and lowers the macro mean only
        (["A"], ["A"], ["A", "C"], 1.0, 0.5, 1.0, 1.0),
        ([], [], ["A"], 0.0, 0.0, 0.0, 0.0),
    ],
)
def test_classify(gold, pred, labels, micro_f1, macro_f1, weighted_f1, accuracy):
    c = classify(gold, pred, labels=labels)
    assert c.micro.f1 == pytest.approx(micro_f1)
    assert c.macro_f1 == pytest.approx(macro_f1)
    assert c.weighted_f1 == pytest.approx(weighted_f1)
    assert c.accuracy == pytest.approx(accuracy)


def test_classify_unscored_prediction_is_a_miss_and_confusions_rank_by_count():
    c = classify(["A", "A", "B", "B"], ["X", "X", "A", "B"], labels=["A", "B"])
    assert c.per_label["A"] == PRF(0, 1, 2)
    assert c.per_label["B"] == PRF(1, 0, 1)
    assert c.top_confusions(2) == [("A", "X", 2), ("B", "A", 1)]


def test_classify_length_mismatch():
    with pytest.raises(ValueError, match="differ in length"):
        classify(["A"], [])


@pytest.mark.parametrize(
    ("gold", "pred", "kill", "micro"),
    [
        ([{"KILL"}, set()], [{"KILL"}, set()], PRF(1, 0, 0), PRF(1, 0, 0)),
        ([{"KILL", "FORCE"}, set()], [set(), {"KILL"}], PRF(0, 1, 1), PRF(0, 1, 2)),
        ([set(), set()], [set(), set()], PRF(0, 0, 0), PRF(0, 0, 0)),
    ],
)
def test_multilabel(gold, pred, kill, micro):
    m = multilabel(gold, pred, labels=["KILL", "FORCE"])
    assert m.per_label["KILL"] == kill
    assert m.micro == micro


def test_binary():
    assert binary([True, True, False, False], [True, False, True, False]) == PRF(1, 1, 1)


@pytest.mark.parametrize(
    ("a", "b", "n"),
    [((0, 5), (5, 9), 0), ((0, 5), (4, 9), 1), ((2, 3), (0, 10), 1), ((0, 10), (20, 30), 0), ((3, 3), (0, 9), 0)],
)
def test_overlap(a, b, n):
    assert overlap(a, b) == n == overlap(b, a)


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        ([], [(0, 5)], []),
        ([(0, 5)], [], []),
        ([(0, 5), (10, 15)], [(1, 4), (11, 20)], [(0, 0), (1, 1)]),
        # one prediction overlapping two gold spans matches the larger overlap only
        ([(0, 5), (6, 20)], [(3, 12)], [(1, 0)]),
        # a tie in overlap goes to the earlier gold span
        ([(0, 4), (6, 10)], [(2, 8)], [(0, 0)]),
        # two predictions over one gold: one match, the other is a false alarm
        ([(0, 10)], [(0, 3), (4, 10)], [(0, 1)]),
    ],
)
def test_match_spans(gold, pred, pairs):
    assert match_spans(gold, pred) == pairs


def test_span_prf_counts_unmatched():
    assert span_prf([(0, 10)], [(0, 3), (4, 10)]) == PRF(1, 1, 0)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((43.25, 76.92), (43.25, 76.92), 0.0),
        ((0.0, 0.0), (0.0, 1.0), 111.19),
        ((55.75, 37.62), (43.25, 76.92), 3106.0),  # Moscow – Almaty, about 3,100 km
    ],
)
def test_haversine(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.01, abs=0.5)


@pytest.mark.parametrize(("values", "m"), [([], None), ([3.0], 3.0), ([1.0, 9.0], 5.0), ([5.0, 1.0, 3.0], 3.0)])
def test_median(values, m):
    assert median(values) == m


def test_ratio_zero_division():
    assert ratio(1, 0) == 0.0


# data drawn inside the test is slow to generate on a loaded machine: a speed check, not a finding
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from("ABC"), min_size=0, max_size=30), st.data())
def test_classify_scores_are_bounded(gold, data):
    pred = data.draw(st.lists(st.sampled_from("ABCN"), min_size=len(gold), max_size=len(gold)))
    c = classify(gold, pred, labels="ABC")
    for value in (c.micro.f1, c.macro_f1, c.weighted_f1, c.accuracy):
        assert 0.0 <= value <= 1.0 and not math.isnan(value)
    assert sum(c.confusion.values()) == len(gold)



# -- clusterings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "gold", "bp", "br", "pw"),
    [
        # items 0,1 predicted together, 1,2 gold together: per item P (1/2, 1/2, 1), R (1, 1/2, 1/2)
        (["a", "a", "b"], ["x", "y", "y"], 2 / 3, 2 / 3, (0, 1, 1)),
        # everything in one predicted cluster of 4 over two gold pairs: P 1/2 each, R 1 each
        (["a", "a", "a", "a"], ["x", "x", "y", "y"], 1 / 2, 1.0, (2, 4, 0)),
        # all singletons against one gold pair: P 1, R (1/2, 1/2, 1); no predicted pair
        (["a", "b", "c"], ["x", "x", "y"], 1.0, 2 / 3, (0, 0, 1)),
        # the same partition under other labels is perfect
        (["s1", "s1", "s2"], ["x", "x", "y"], 1.0, 1.0, (1, 0, 0)),
        # labels are compared within pred and within gold only: 'x' in pred is not gold's 'x'
        (["x", "y", "y"], ["x", "x", "y"], 2 / 3, 2 / 3, (0, 1, 1)),
    ],
)
def test_bcubed_and_pairwise(pred, gold, bp, br, pw):
    b = bcubed(pred, gold)
    assert (b.precision, b.recall, b.n) == (pytest.approx(bp), pytest.approx(br), len(pred))
    assert b.f1 == pytest.approx(2 * bp * br / (bp + br))
    assert pairwise(pred, gold) == PRF(*pw)


def test_bcubed_items_are_each_items_own_shares():
    assert bcubed_items(["a", "a", "b"], ["x", "y", "y"]) == [(0.5, 1.0), (0.5, 0.5), (1.0, 0.5)]


def test_clusterings_of_nothing_and_of_mismatched_lengths():
    assert (bcubed([], []).precision, bcubed([], []).recall, bcubed([], []).f1) == (0.0, 0.0, 0.0)
    assert pairwise([], []) == PRF(0, 0, 0)
    # all singletons, correctly: B-cubed is perfect, pairwise has no pair and scores 0 by convention
    assert bcubed([1, 2], ["x", "y"]).f1 == 1.0 and pairwise([1, 2], ["x", "y"]).f1 == 0.0
    with pytest.raises(ValueError):
        bcubed(["a"], ["x", "y"])
    with pytest.raises(ValueError):
        pairwise(["a", "b"], ["x"])


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("wxyz")), max_size=25))
def test_clustering_scores_swap_with_their_arguments(pairs):
    pred, gold = [p for p, _ in pairs], [g for _, g in pairs]
    forward, back = bcubed(pred, gold), bcubed(gold, pred)
    assert forward.precision == pytest.approx(back.recall) and forward.recall == pytest.approx(back.precision)
    assert 0.0 <= forward.precision <= 1.0 and 0.0 <= forward.recall <= 1.0
    assert bcubed(gold, gold).f1 == (1.0 if gold else 0.0)
    p, q = pairwise(pred, gold), pairwise(gold, pred)
    assert (p.tp, p.fp, p.fn) == (q.tp, q.fn, q.fp)

def test_markdown_report_tables_and_matrix():
    import datetime as dt

    from seismo.eval.report import Metric, Table, TaskReport, confusion_matrix_table, render_markdown

    c = classify(["A", "A", "B", "C"], ["A", "NONE", "C", "X"])
    matrix = confusion_matrix_table("m", c, k=2)
    assert matrix.columns == ("gold ↓ predicted →", "A", "B", "NONE", "other")
    assert matrix.rows == (("A", 1, 0, 1, 0), ("B", 0, 0, 0, 1))
    long_rows = tuple((i,) for i in range(20))
    report = TaskReport(
        "t", "Title", (("f.jsonl", 4),), (Metric("F1", 0.5, anchor=83.9, anchor_source="paper", headline=True),),
        tables=(matrix, Table("cut", ("i",), long_rows), Table("whole", ("i",), long_rows, full=True)),
        notes=("a | note",),
    )
    text = render_markdown([report], commit="abc", generated=dt.datetime(2026, 1, 1), command="seismo eval all")
    assert "| t | F1 | no folds | no folds | 50.0 | 83.9 (paper) |" in text  # no folds: in-sample only
    assert "(5 more rows: `seismo eval t --json`)" in text  # 'cut' shows 15 of 20
    assert text.count("| 19 |") == 1  # only 'whole' shows its last row
    assert "a | note" in text


def test_evaluate_all_keeps_going_after_a_failed_task(monkeypatch, tmp_path):
    import seismo.eval as ev
    from seismo.eval.report import TaskReport

    def fake(task, **kwargs):
        if task == "geo":
            raise RuntimeError("boom")
        return TaskReport(task, "ok", (), ())

    monkeypatch.setattr(ev, "evaluate", fake)
    reports = ev.evaluate_all(pipeline=None, data_dir=tmp_path, tasks=["dates", "geo", "seed"])
    assert [r.task for r in reports] == ["dates", "geo", "seed"]
    assert reports[1].extra == {"failed": True} and "RuntimeError: boom" in reports[1].notes[0]
    with pytest.raises(RuntimeError):  # a single task still raises
        ev.evaluate_all(pipeline=None, data_dir=tmp_path, tasks=["geo"])
