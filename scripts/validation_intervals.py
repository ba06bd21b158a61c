"""How far a validation-fold headline may be from the same figure on more text of its kind: a 95 %
interval by the percentile bootstrap over the fold's records (documents, texts or sentences as
the task counts them), for the headline figures whose targets are not met.

The validation fold is small (50 PLOVER sentences, 18 non-ACLED CASE texts, 46 TimeBank
documents, 11 PolNeAR articles, 131 police reports), and a task's mistakes cluster in documents:
a figure can move ten points when a few documents change.  The interval says how much of a gap
to a target the fold can tell from chance.  It prints aggregates only; no record is listed.

Each task runs as ``seismo eval TASK`` does (same pipeline, same folds, same scorer: its
``by_fold`` is given a part that draws the validation records with replacement), so the point
figure equals the report's validation figure.  Police ARREST is resampled by document: its
sentences move with their report.

    python scripts/validation_intervals.py [--draws 2000] [--seed 7] [--data ../shared/data]

On main after session 18 (events v79, dates v28), 2000 draws, seed 7: CASE non-ACLED coded 16.7
(0.0–35.3, target ≤ 10); PLOVER type 64.0 (50.0–78.0, ≥ 70); dates value 79.4 (71.9–86.2, ≥ 85);
quote speaker 81.4 (54.9–97.9, ≥ 90); police ARREST F1 73.7 (52.6–88.5, ≥ 80).  Every target lies
inside its interval: the fold can tell none of them met or missed.
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import seismo
from seismo.eval.folds import VALIDATION_FOLD, folds_of
from seismo.eval.report import TaskReport

T = TypeVar("T")

#: (task module, metric name) of the headlines whose targets are not met
HEADLINES = (
    ("seismo.eval.tasks.events.case2021", "non-ACLED texts wrongly coded as ACLED", "≤ 10"),
    ("seismo.eval.tasks.events.plover", "event type accuracy", "≥ 70"),
    ("seismo.eval.tasks.dates", "value accuracy (all gold DATE/TIME)", "≥ 85"),
    ("seismo.eval.tasks.quotes", "seismo speaker accuracy", "≥ 90"),
)


@dataclass(frozen=True)
class Drawn:
    """A part of the records: the validation fold's records at the drawn positions (a multiset)."""

    positions: tuple[int, ...] | None  # None: every validation record once
    name: str = "validation"

    def keep(self, items: Sequence[T], folds: Sequence[int]) -> list[T]:
        val = [x for x, f in zip(items, folds) if f == VALIDATION_FOLD]
        return val if self.positions is None else [val[i] for i in self.positions]


def captured_scorer(module: Any, data: Path, pipeline: Any) -> tuple[Callable[[Any], TaskReport], int]:
    """The task's ``score(part)`` closure (what it hands ``by_fold``) and its validation size."""
    caught: list[Callable[[Any], TaskReport]] = []
    original = module.by_fold
    module.by_fold = lambda score: caught.append(score) or None
    try:
        module.run(data, pipeline=pipeline) if "quotes" not in module.__name__ else module._run_file(
            data, pipeline=pipeline, limit=None, progress=None, file=None)
    finally:
        module.by_fold = original
    (score,) = caught[:1]
    (source,) = module.SOURCES if hasattr(module, "SOURCES") else module.sources(None)
    size = sum(1 for f in folds_of(source.file, source.read(data)) if f == VALIDATION_FOLD)
    return score, size


def value(report: TaskReport, name: str) -> float:
    return next(m.value for m in report.metrics if m.name == name)


def interval(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[int(0.025 * len(ordered))], ordered[min(len(ordered) - 1, int(0.975 * len(ordered)))]


def police_arrest(data: Path, pipeline: Any, draws: int, rng: random.Random) -> tuple[float, float, float, int]:
    """Police ARREST sentence F1 on the validation fold, documents drawn with their sentences."""
    from seismo.eval.data import run_pipeline
    from seismo.eval.tasks.events import police

    (source,) = police.SOURCES
    records = source.read(data)
    folds = folds_of(police.FILE, records)
    keep = [r for r, f in zip(records, folds) if f == VALIDATION_FOLD]
    results = run_pipeline(pipeline, source.articles(keep))
    per_doc = []
    for record, result in zip(keep, results):
        spans, gold = police._gold_sentences(record)
        pred = police.predict_sentences(result.events, spans)
        tp = sum(1 for g, p in zip(gold, pred) if "ARREST" in g and "ARREST" in p)
        fp = sum(1 for g, p in zip(gold, pred) if "ARREST" not in g and "ARREST" in p)
        fn = sum(1 for g, p in zip(gold, pred) if "ARREST" in g and "ARREST" not in p)
        per_doc.append((tp, fp, fn))

    def f1(docs: Sequence[tuple[int, int, int]]) -> float:
        tp, fp, fn = (sum(d[k] for d in docs) for k in range(3))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    point = f1(per_doc)
    samples = [f1([per_doc[rng.randrange(len(per_doc))] for _ in per_doc]) for _ in range(draws)]
    low, high = interval(samples)
    return point, low, high, len(per_doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    default = Path(os.environ.get("SEISMO_SHARED", "../shared")) / "data"
    parser.add_argument("--data", type=Path, default=default)
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"{args.data}: no data folder (set SEISMO_SHARED or pass --data)")
    import importlib

    pipeline = seismo.Pipeline()
    rng = random.Random(args.seed)
    print(f"95 % intervals, percentile bootstrap over validation records, {args.draws} draws, seed {args.seed}")
    print("| task | metric | validation | 95 % interval | records | target |")
    print("|---|---|---|---|---|---|")
    for name, metric, target in HEADLINES:
        module = importlib.import_module(name)
        score, size = captured_scorer(module, args.data, pipeline)
        point = value(score(Drawn(None)), metric)
        samples = [value(score(Drawn(tuple(rng.randrange(size) for _ in range(size)))), metric)
                   for _ in range(args.draws)]
        low, high = interval(samples)
        print(f"| {name.rsplit('.', 1)[1]} | {metric} | {100 * point:.1f} | {100 * low:.1f}–{100 * high:.1f} | {size} | {target} |")
    point, low, high, size = police_arrest(args.data, pipeline, args.draws, rng)
    print(f"| police | sentence ARREST F1 (documents drawn) | {100 * point:.1f} | {100 * low:.1f}–{100 * high:.1f} | {size} | ≥ 80 |")


if __name__ == "__main__":
    main()
