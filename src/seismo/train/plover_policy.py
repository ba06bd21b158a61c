"""Choose when the type model's PLOVER head overrules the rules' PLOVER type
(``Policy.plover_switch`` / ``plover_margin``) on the PLOVER gold-standard records' tuning folds.

The GSR file is also training data of the model, split in folds: each tuning-fold record is read
by the heads that never saw its fold nor the validation fold (:meth:`TypeModel.without_fold`);
the validation fold (0) is never read here.  The rules run once (type model off); then every
pair of thresholds of the grid is applied to their events (:func:`arbitrate`, the model's other
thresholds as shipped) and scored as ``seismo eval events-plover`` scores (type accuracy of the
top event).  Among the pairs within ``TOLERANCE`` of the best, the one that changes least wins.
How well that choice carries to unseen records is told by cross-validation within the tuning
folds: the pair chosen on three of them is scored on the fourth, in turn.

    tune_plover(model, data_dir, pipeline) -> (Policy, {"rules accuracy": .., ...})
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from seismo.eval.data import run_pipeline
from seismo.eval.folds import TUNING_FOLDS, folds_of
from seismo.eval.tasks.events import plover
from seismo.extract.events.coding.acled import arbitrate
from seismo.learn.types import Policy, Prediction, TypeModel, top
from seismo.model import Event
from seismo.train.policy import TOLERANCE, most_cautious

GRID = {
    "plover_switch": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01),
    "plover_margin": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5),
}
#: the higher a threshold, the less the model changes: the switch first
CAUTION = ("plover_switch", "plover_margin")


@dataclass(frozen=True, slots=True)
class Sample:
    """The tuning-fold GSR records: gold type, fold, the rules' events, the out-of-fold
    prediction for each event, and the out-of-fold PLOVER head's own reading of the sentence."""

    gold: tuple[str, ...]
    folds: tuple[int, ...]
    events: tuple[tuple[Event, ...], ...]
    predictions: tuple[tuple[Prediction, ...], ...]
    head: tuple[str, ...]

    def accuracy(self, policy: Policy | None, *, folds: Sequence[int]) -> float:
        """Type accuracy (%) on ``folds``: the rules' events, arbitrated by ``policy`` (None: not)."""
        right = n = 0
        for gold, fold, evs, preds in zip(self.gold, self.folds, self.events, self.predictions):
            if fold not in folds:
                continue
            kept = list(evs) if policy is None else arbitrate(list(evs), list(preds), policy=policy, step="tuning")
            right += plover.predict(kept).type == gold
            n += 1
        return 100 * right / max(1, n)

    def head_accuracy(self, *, folds: Sequence[int]) -> float:
        at = [i for i, f in enumerate(self.folds) if f in folds]
        return 100 * sum(self.head[i] == self.gold[i] for i in at) / max(1, len(at))


def sample(model: TypeModel, data_dir: Path, *, pipeline: Any) -> Sample:
    (source,) = plover.SOURCES
    records = source.read(data_dir)
    folds = folds_of(source.file, records)
    at = [i for i, f in enumerate(folds) if f in TUNING_FOLDS]  # the validation fold is never read
    records = [records[i] for i in at]
    folds = [folds[i] for i in at]
    results = run_pipeline(pipeline, source.articles(records))
    events = [tuple(r.events) for r in results]
    predictions, head = [], []
    for record, fold, evs in zip(records, folds, events):
        unseen = model.without_fold(fold)
        predictions.append(tuple(unseen.predict([e.evidence.text for e in evs])))
        head.append(top(unseen.predict([record["text"]])[0]["plover"])[0])
    return Sample(tuple(plover.gold_coding(r).type for r in records), tuple(folds), tuple(events),
                  tuple(predictions), tuple(head))


def choose(s: Sample, base: Policy, *, folds: Sequence[int], tolerance: float = TOLERANCE) -> tuple[float, Policy]:
    """The most cautious pair of thresholds within ``tolerance`` of the best accuracy on ``folds``."""
    scored = []
    for values in itertools.product(*GRID.values()):
        policy = replace(base, **dict(zip(GRID, values)))
        scored.append((s.accuracy(policy, folds=folds), policy, None))
    accuracy, policy, _ = most_cautious(scored, tolerance=tolerance, caution=CAUTION)
    return accuracy, policy


def tune_plover(model: TypeModel, data_dir: Path, *, pipeline: Any) -> tuple[Policy, dict[str, Any]]:
    """The model's policy with the PLOVER thresholds chosen on all tuning folds, and the figures:
    rules, head alone and arbitration, and the cross-validated (held-out fold) accuracies."""
    s = sample(model, data_dir, pipeline=pipeline)
    held: list[dict[str, Any]] = []
    for k in TUNING_FOLDS:
        rest = [f for f in TUNING_FOLDS if f != k]
        _, picked = choose(s, model.policy, folds=rest)
        held.append({"fold": k, "plover_switch": picked.plover_switch, "plover_margin": picked.plover_margin,
                     "rules": round(s.accuracy(None, folds=[k]), 1), "arbitrated": round(s.accuracy(picked, folds=[k]), 1)})
    accuracy, policy = choose(s, model.policy, folds=TUNING_FOLDS)
    mean = lambda key: round(sum(h[key] for h in held) / len(held), 1)  # noqa: E731
    return policy, {
        "records": len(s.gold),
        "rules accuracy": round(s.accuracy(None, folds=TUNING_FOLDS), 1),
        "PLOVER head alone accuracy": round(s.head_accuracy(folds=TUNING_FOLDS), 1),
        "arbitrated accuracy": round(accuracy, 1),
        "cross-validated rules accuracy": mean("rules"),
        "cross-validated arbitrated accuracy": mean("arbitrated"),
        "per held-out fold": held,
    }
