"""Fit the event confidence calibration (``seismo/data/calibration.tsv``) on training folds.

    points = collect(data_dir, pipeline=...)        # raw score, rightness, agreement of each text's top event
    threshold, sweep = choose_agreement(points)     # the agreement threshold with the best out-of-fold Brier score
    table = fit(points, threshold=threshold)        # isotonic knots from the tuning folds, per group
    report = reliability(points, threshold=threshold)  # out-of-fold: every fold scored by a fit without it

What "right" means is what the evaluation scores: the top event of a CASE 2021 text (its
highest-confidence asserted event) is right when the text's ACLED label is matched
(:func:`seismo.eval.tasks.events.case2021.is_right`); the top event of a PLOVER GSR record is right when
its type is the gold one.  The pipeline runs once with raw scores
(:func:`~seismo.extract.events.calibration.raw_scores`).  One curve is fitted on every event and
one per agreement group (whether the learned type model agrees with the event's type: events
two readers agree on are more often right); the agreement threshold is the one of
:data:`~seismo.extract.events.calibration.AGREEMENT_GRID` whose curves give the lowest Brier
score out-of-fold on the tuning folds, and it is written into the table.  The curves are fitted on the tuning folds (1–4) only; the validation fold (0) and, for the out-of-fold table, each tuning fold in
turn are scored with a curve that never saw them.  No value is capped by hand: a confidence
above 0.8 appears only where a block of at least ``MIN_BLOCK`` training events was right that often.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import top_event
from seismo.eval.folds import N_FOLDS, VALIDATION_FOLD, folds_of
from seismo.eval.maps import case_labels
from seismo.eval.tasks.events import plover
from seismo.eval.tasks.events import case2021
from seismo.extract.events.calibration import (
    AGREEMENT_GRID,
    Calibration,
    ReliabilityRow,
    fit_isotonic,
    raw_scores,
    reliability_table,
    render_table,
)

MIN_BLOCK = 25
EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Point:
    file: str
    fold: int
    raw: float
    right: bool
    #: the type model's :func:`~seismo.extract.events.calibration.agreement` with the event (None: no model ran)
    agreement: float | None = None

    def group(self, threshold: float) -> str:
        return "*" if self.agreement is None else Calibration({}, agreement=threshold).group(self.agreement)


def collect(data_dir: Path, *, pipeline: Any) -> list[Point]:
    """The raw score, rightness and agreement of the top event of every CASE 2021 text and
    PLOVER GSR record that has one (every fold: the validation fold is read only to score the
    finished curve).  The agreement is the one the coder measured: how far the learned type
    model, as the coder runs it (out of fold on a file it was trained on), agrees with the
    rules' coding (:func:`~seismo.extract.events.calibration.agreement`); None when no model runs."""
    labels = case_labels()
    out: list[Point] = []
    agreements: dict[str, float] = {}
    with raw_scores(agreements):
        (case,) = case2021.SOURCES
        records = case.read(data_dir)
        folds = folds_of(case.file, records)
        for r, res, k in zip(records, case.run(pipeline, records), folds):
            top = top_event(res.events, asserted_only=True)
            if top is not None:
                pred = case2021.predict_label(res.events, labels=labels)
                right = case2021.is_right(r["label"], pred, acled_labels=labels.acled_labels)
                out.append(Point(case.file, k, top.confidence, right, agreements.get(top.id)))
        (gsr,) = plover.SOURCES
        records = gsr.read(data_dir)
        folds = folds_of(gsr.file, records)
        for r, res, k in zip(records, gsr.run(pipeline, records), folds):
            top = top_event(res.events, asserted_only=False)
            if top is not None:
                right = top.type == plover.gold_coding(r).type
                out.append(Point(gsr.file, k, top.confidence, right, agreements.get(top.id)))
    return out


def fit(
    points: Sequence[Point], *, threshold: float, exclude: int | None = None
) -> dict[str, tuple[tuple[float, float], ...]]:
    """Knots of the ``*`` curve (every point) and of one curve per agreement group (at
    ``threshold``), from the tuning-fold points (less fold ``exclude``)."""
    train = [p for p in points if p.fold != VALIDATION_FOLD and p.fold != exclude]
    curves = {"*": _knots(train)}
    for group in sorted({p.group(threshold) for p in train} - {"*"}):
        curves[group] = _knots([p for p in train if p.group(threshold) == group])
    return curves


def out_of_fold(points: Sequence[Point], *, threshold: float) -> list[tuple[float, bool]]:
    """(calibrated confidence, right) of every tuning-fold point, each fold scored by the curves
    fitted on the other tuning folds."""
    pairs: list[tuple[float, bool]] = []
    for k in range(N_FOLDS):
        if k == VALIDATION_FOLD:
            continue
        curve = Calibration(fit(points, threshold=threshold, exclude=k), agreement=threshold)
        pairs += [(curve.apply(p.raw, group=p.group(threshold)), p.right) for p in points if p.fold == k]
    return pairs


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared gap between confidence and outcome (lower is better)."""
    return sum((c - float(ok)) ** 2 for c, ok in pairs) / max(len(pairs), 1)


def choose_agreement(points: Sequence[Point]) -> tuple[float, dict[float, float]]:
    """The threshold of :data:`AGREEMENT_GRID` with the lowest out-of-fold Brier score on the
    tuning folds (ties to the lower threshold), and every threshold's score."""
    sweep = {t: round(brier(out_of_fold(points, threshold=t)), 5) for t in AGREEMENT_GRID}
    return min(sweep, key=lambda t: (sweep[t], t)), sweep


def _knots(points: Sequence[Point]) -> tuple[tuple[float, float], ...]:
    knots: list[tuple[float, float]] = []
    for raw, cal in fit_isotonic([(p.raw, p.right) for p in points], min_block=MIN_BLOCK):
        if knots and raw <= knots[-1][0]:
            knots[-1] = (knots[-1][0], max(cal, knots[-1][1]))
        else:
            knots.append((raw, cal))
    return tuple(knots)


def reliability(points: Sequence[Point], *, threshold: float) -> dict[str, list[ReliabilityRow]]:
    """Reliability of calibrated confidence, out-of-fold: ``tuning`` (each tuning fold scored by
    the curve fitted on the other three) and ``validation`` (fold 0, by the curve of folds 1–4)."""
    tuning = out_of_fold(points, threshold=threshold)
    curve = Calibration(fit(points, threshold=threshold), agreement=threshold)
    validation = [(curve.apply(p.raw, group=p.group(threshold)), p.right) for p in points if p.fold == VALIDATION_FOLD]
    return {"tuning (out-of-fold)": reliability_table(tuning, edges=EDGES),
            "validation": reliability_table(validation, edges=EDGES)}


def band(rows: Sequence[ReliabilityRow], low: float = 0.8) -> tuple[int, int]:
    """(events, right) with confidence at or above ``low``."""
    picked = [r for r in rows if r.low >= low]
    return sum(r.n for r in picked), sum(r.correct for r in picked)


def write(path: Path, points: Sequence[Point]) -> dict[str, Any]:
    """Fit on the tuning folds, write the table with a header that says how, and return the figures."""
    threshold, sweep = choose_agreement(points)
    curves = fit(points, threshold=threshold)
    tables = reliability(points, threshold=threshold)
    figures = {name: {"n≥0.8": band(rows)[0], "right≥0.8": band(rows)[1]} for name, rows in tables.items()}
    files = sorted({p.file for p in points})
    header = [
        "seismo event confidence calibration: raw score -> share of events coded right.",
        "Read by seismo.extract.events.calibration.  group<TAB>raw<TAB>calibrated, knots rising in raw score.",
        f"Written by `seismo train calibration` on {dt.date.today().isoformat()}: isotonic regression",
        f"(pool-adjacent-violators, blocks >= {MIN_BLOCK} events) of the top event of each text of",
        f"{' and '.join(files)}, tuning folds 1-4 only (right = the ACLED label / PLOVER type scored by",
        "seismo eval). No value is capped by hand. Out-of-fold reliability (each fold by a curve that never",
        "saw it), events with confidence >= 0.8 and how many were right: "
        + "; ".join(f"{name} {f['right≥0.8']}/{f['n≥0.8']}" for name, f in figures.items()) + ".",
        "Group * is fitted on every event and used when no type model runs; groups agreed and disputed on the",
        "events whose coding the learned type model gives at least the probability in row `agreement`, or not",
        "(each curve is monotone, so it keeps the coder's ranking among the events of one group). That",
        "threshold has the lowest out-of-fold Brier score on the tuning folds among "
        + ", ".join(f"{t} ({b})" for t, b in sweep.items()) + ".",
    ]
    path.write_text(render_table(curves, header=header, agreement=threshold), encoding="utf-8")
    return {"agreement": threshold, "brier by agreement threshold": sweep,
            "curves": {g: [list(k) for k in v] for g, v in curves.items()},
            "reliability": {name: [[r.low, r.high, r.n, r.correct] for r in rows] for name, rows in tables.items()},
            "band ≥ 0.8": figures}
