"""seismo train calibration: a monotone fit on tuning folds, out-of-fold reliability, a readable table."""

from __future__ import annotations

import random

from seismo.extract.events.calibration import Calibration, parse_table, raw_scores
from seismo.train.calibration import Point, band, choose_agreement, fit, reliability, write


def _points(n: int = 2000, seed: int = 3) -> list[Point]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        raw = rng.random()
        out.append(Point("f.jsonl", i % 5, raw, rng.random() < raw))  # right with probability = raw
    return out


def test_fit_is_monotone_and_ignores_the_validation_fold():
    points = _points()
    (knots,) = fit(points, threshold=0.3).values()
    assert all(a[0] < b[0] and a[1] <= b[1] for a, b in zip(knots, knots[1:]))
    poisoned = [p if p.fold != 0 else Point(p.file, 0, p.raw, not p.right) for p in points]
    assert fit(poisoned, threshold=0.3) == fit(points, threshold=0.3)  # fold 0 never shapes the curve


def test_out_of_fold_reliability_is_calibrated_on_well_behaved_scores():
    tables = reliability(_points(5000), threshold=0.3)
    n, right = band(tables["tuning (out-of-fold)"])
    assert n > 500 and right / n > 0.8  # the >= 0.8 band is right as often as it says
    assert sum(r.n for r in tables["validation"]) == 1000


def test_written_table_reads_back(tmp_path):
    path = tmp_path / "calibration.tsv"
    report = write(path, _points())
    table = parse_table(path.read_text(encoding="utf-8"))
    assert [list(k) for k in table.curves["*"]] == report["curves"]["*"]
    assert path.read_text(encoding="utf-8").startswith("# seismo event confidence calibration")


def _agreeing_points(n: int = 3000, seed: int = 5) -> list[Point]:
    """Events right more often when the model's agreement passes 0.4, whatever their raw score."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        raw, agree = rng.random(), rng.random()
        out.append(Point("f.jsonl", i % 5, raw, rng.random() < (0.9 if agree >= 0.4 else 0.3), agree))
    return out


def test_the_agreement_threshold_is_chosen_out_of_fold_and_written_into_the_table(tmp_path):
    points = _agreeing_points()
    threshold, sweep = choose_agreement(points)
    assert threshold == 0.4 and sweep[0.4] == min(sweep.values())
    curves = fit(points, threshold=threshold)
    assert set(curves) == {"*", "agreed", "disputed"}
    assert curves["agreed"][-1][1] > 0.8 > curves["disputed"][-1][1]
    path = tmp_path / "calibration.tsv"
    report = write(path, points)
    table = parse_table(path.read_text(encoding="utf-8"))
    assert report["agreement"] == table.agreement == 0.4
    assert table.group(0.45) == "agreed" and table.group(0.35) == "disputed"


def test_points_without_a_model_read_the_common_curve():
    assert Point("f.jsonl", 1, 0.5, True).group(0.3) == "*"
    assert Point("f.jsonl", 1, 0.5, True, 0.3).group(0.3) == "agreed"


def test_raw_scores_switch_the_table_off_inside_the_block_only():
    assert Calibration.load().curves  # the bundled table
    with raw_scores():
        assert Calibration.load().apply(0.42) == 0.42
    assert Calibration.load().curves
