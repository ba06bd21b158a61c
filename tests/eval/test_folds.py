"""seismo.eval.folds: the fold of a record is fixed by its file and id; tasks report the
validation fold, the tuning folds and every record (in-sample) side by side."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from collections import Counter

import pytest

from seismo.eval.folds import (
    IN_SAMPLE,
    N_FOLDS,
    TUNING,
    TUNING_FOLDS,
    VALIDATION,
    VALIDATION_FOLD,
    Part,
    by_fold,
    fold_of,
    folds_of,
    tuning_records,
)
from seismo.eval.report import Metric, Table, TaskReport, render_console, render_markdown


def documented(file: str, record_id: str) -> int:
    """The formula as the module docstring and docs/EVALUATION.md state it."""
    return int(hashlib.sha256(f"{file}:{record_id}".encode("utf-8")).hexdigest(), 16) % 5


@pytest.mark.parametrize(
    ("file", "record_id"),
    [("events_case2021_dev.jsonl", "17"), ("police_events_dev.jsonl", "doc-0042"), ("a.jsonl", ""), ("x.jsonl", "ü 7")],
)
def test_fold_is_the_documented_formula(file, record_id):
    assert fold_of(file, record_id) == documented(file, record_id)


def test_an_int_id_is_its_text():
    assert fold_of("geo_lgl.jsonl", 17) == fold_of("geo_lgl.jsonl", "17")


def test_the_file_name_is_part_of_the_key():
    ids = [str(i) for i in range(50)]
    assert [fold_of("a.jsonl", i) for i in ids] != [fold_of("b.jsonl", i) for i in ids]


def test_folds_are_stable_across_interpreters():
    """No ``hash()``: a fresh interpreter with another hash seed gives the same folds."""
    ids = [f"rec-{i}" for i in range(20)]
    here = [fold_of("dates_tbaq.jsonl", i) for i in ids]
    code = f"from seismo.eval.folds import fold_of; print([fold_of('dates_tbaq.jsonl', i) for i in {ids!r}])"
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        assert out.strip() == str(here)


def test_folds_are_roughly_balanced():
    counts = Counter(fold_of("synthetic.jsonl", f"id-{i}") for i in range(10_000))
    assert set(counts) == set(range(N_FOLDS))
    assert all(1850 <= n <= 2150 for n in counts.values()), counts


def test_validation_and_tuning_folds_partition_the_folds():
    assert VALIDATION.folds == {VALIDATION_FOLD} == {0}
    assert TUNING.folds == set(TUNING_FOLDS) == {1, 2, 3, 4}
    assert IN_SAMPLE.folds == VALIDATION.folds | TUNING.folds


def test_tuning_records_leave_out_exactly_the_validation_fold():
    records = [{"id": i, "text": "t"} for i in range(100)]
    kept = tuning_records("f.jsonl", records)
    folds = folds_of("f.jsonl", records)
    assert [r["id"] for r in kept] == [r["id"] for r, f in zip(records, folds) if f != 0]
    assert 0 < len(kept) < len(records)


def test_part_keep_needs_one_fold_per_item():
    assert TUNING.keep(["a", "b", "c"], [0, 3, 1]) == ["b", "c"]
    with pytest.raises(ValueError, match="one fold per item"):
        VALIDATION.keep(["a"], [0, 1])


# -- three figures per metric ----------------------------------------------------------------


def _records(n: int = 200):
    """Synthetic (id, gold, pred, fold): every third prediction wrong."""
    return [(str(i), "A", "A" if i % 3 else "B", fold_of("s.jsonl", str(i))) for i in range(n)]


def _accuracy(rows):
    return sum(g == p for _, g, p, _ in rows) / len(rows)


def _folded_report() -> TaskReport:
    rows = _records()
    folds = [f for *_, f in rows]

    def score(part: Part) -> TaskReport:
        kept = part.keep(rows, folds)
        return TaskReport(
            "synthetic", "Synthetic", (("s.jsonl", len(kept)),),
            (Metric("accuracy", _accuracy(kept), n=len(kept), headline=True, anchor=90.0, anchor_source="paper"),),
            tables=(Table("per label", ("label", "n"), (("A", len(kept)),)),),
        )

    return by_fold(score)


def test_by_fold_gives_validation_tuning_and_in_sample_figures():
    rows = _records()
    report = _folded_report()
    m = report.metric("accuracy")
    assert m.validation.value == pytest.approx(_accuracy([r for r in rows if r[3] == 0]))
    assert m.tuning.value == pytest.approx(_accuracy([r for r in rows if r[3] != 0]))
    assert m.value == pytest.approx(_accuracy(rows))  # in-sample: every record
    n_val = sum(1 for r in rows if r[3] == 0)
    assert (m.validation.n, m.tuning.n, m.n) == (n_val, len(rows) - n_val, len(rows))
    assert report.fold_datasets == (("s.jsonl", n_val, len(rows) - n_val),)
    # detail tables count the tuning folds only
    assert report.tables[0].rows == (("A", len(rows) - n_val),) and "tuning (folds 1–4)" in report.tables[0].title
    payload = report.to_json()["metrics"]["accuracy"]
    assert payload["validation"]["n"] == n_val and payload["tuning"]["n"] == len(rows) - n_val
    assert payload["value"] == round(_accuracy(rows), 4)


def test_markdown_shows_the_three_labelled_figures_validation_first():
    report = _folded_report()
    m = report.metric("accuracy")
    text = render_markdown([report], commit="abc", generated=dt.datetime(2026, 1, 1), command="seismo eval all")
    summary = text[text.index("## Summary"):text.index("## Datasets")]
    header = "| task | metric | validation (fold 0) — headline | tuning (folds 1–4) | in-sample (all) | anchor |"
    assert header in summary
    cells = [f"{100 * v:.1f}" for v in (m.validation.value, m.tuning.value, m.value)]
    assert f"| synthetic | accuracy | {' | '.join(cells)} | 90.0 (paper) |" in summary
    assert "sha256" in text and "in-sample" in text.lower()
    header = "| metric | validation (fold 0) | tuning (folds 1–4) | in-sample (all) | anchor | n (validation / tuning / all) |"
    assert header in text


def test_a_task_without_folds_says_so():
    seed_like = TaskReport("seed", "Seed", (("seed.gold.json", 3),), (Metric("found", 1.0, n=3, headline=True),))
    text = render_markdown([seed_like], commit="abc", generated=dt.datetime(2026, 1, 1), command="seismo eval all")
    assert "| seed | found | no folds | no folds | 100.0 |  |" in text
    assert "| seed | seed.gold.json | no folds | no folds | 3 |" in text
    assert seed_like.to_json()["metrics"]["found"]["validation"] is None


def test_console_shows_the_three_labelled_figures():
    from rich.console import Console

    console = Console(record=True, width=200)
    render_console(_folded_report(), console=console)
    out = console.export_text()
    for label in ("validation (fold 0)", "tuning (folds 1–4)", "in-sample (all)"):
        assert label in out


def test_written_half_splits_check_sets_by_sha256_of_the_key():
    import hashlib

    from seismo.eval.folds import written_half

    keys = [f"w{i:02d}-item" for i in range(40)]
    halves = [written_half(k) for k in keys]
    assert set(halves) == {"A", "B"}
    assert all(h == "AB"[int(hashlib.sha256(k.encode("utf-8")).hexdigest(), 16) % 2] for k, h in zip(keys, halves))
