"""``seismo train links``: fit the story pair model (:mod:`seismo.link.pairs`) on the GVA dev set.

    model, figures = train_links(records, results, c=1.0)
    write(model, path)

Only the tuning folds (folds by incident, 1–4) are read: their articles are extracted and
linked in publication order with the hand-set rule, and every (new article, earlier article the
index returns) pair becomes an example, labelled by whether both report one incident.  The
out-of-fold figure links each tuning fold with a model fitted on the other three and scores its
stories by B-cubed F1, at each probability threshold of :data:`THRESHOLDS`; the bundled model is
then fitted on all four, with the threshold whose mean out-of-fold B-cubed F1 is highest (its
figure is therefore a little optimistic: the threshold was chosen on the same scores).  The
validation fold is never read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from seismo.errors import ModelError
from seismo.eval.folds import TUNING_FOLDS, fold_of
from seismo.eval.scorers import bcubed_items
from seismo.link import Linker, MemoryIndex
from seismo.link.linker import link_order
from seismo.link import keys as K
from seismo.link.index import Neighbour
from seismo.link.pairs import FEATURES, MODEL, PairModel, Probe, features
from seismo.model import Result

FILE = "dedup_gva_dev.jsonl"
#: the probability thresholds tried (an earlier article whose pair probability reaches it may give its story)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def _order(results: Sequence[Result]) -> list[int]:
    return sorted(range(len(results)), key=lambda i: link_order(results[i].article))


def examples(records: Sequence[Mapping[str, Any]], results: Sequence[Result]) -> tuple[list[tuple[float, ...]], list[int], list[int]]:
    """``(features, labels, folds)`` of every (article, earlier neighbour) pair, linking with the
    hand-set rule; ``folds`` is the fold of the new article's incident."""
    incident = {r.article.id: str(rec["incident"]) for rec, r in zip(records, results)}
    X: list[tuple[float, ...]] = []
    y: list[int] = []
    folds: list[int] = []

    def trace(sketch: K.Sketch, vector: Mapping[str, float], neighbours: Sequence[Neighbour]) -> None:
        mine = incident[sketch.article_id]
        probe = Probe.of(sketch, vector)
        for n in neighbours:
            if n.article_id != sketch.article_id:
                X.append(features(probe, n))
                y.append(int(incident[n.article_id] == mine))
                folds.append(fold_of(FILE, mine))

    linker = Linker(MemoryIndex(), model=None, trace=trace)
    for i in _order(results):
        linker.add(results[i])
    return X, y, folds


def fit(X: Sequence[tuple[float, ...]], y: Sequence[int], *, c: float = 1.0, threshold: float = 0.5,
        version: str = "", manifest: Mapping[str, Any] | None = None) -> PairModel:
    """A logistic regression over the examples (scikit-learn, lbfgs)."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y)) < 2:
        raise ModelError(f"the pair examples have one label only ({len(y)} pairs): link more articles of shared "
                         "incidents (and of different ones) to fit the pair model")
    m = LogisticRegression(C=c, max_iter=5000).fit(list(X), list(y))
    return PairModel(tuple(float(v) for v in m.coef_[0]), float(m.intercept_[0]), threshold, version, dict(manifest or {}))


def stories_f1(records: Sequence[Mapping[str, Any]], results: Sequence[Result], model: PairModel | None, *,
               keep: Callable[[Mapping[str, Any]], bool]) -> float:
    """B-cubed F1 of the kept records' stories (every result is linked).  Each kept record's
    precision is measured on its whole story, every scored record of it included, so that
    joining a story of another fold costs precision as it does when all folds are scored
    together (``seismo eval dedup``); the average runs over the kept records only."""
    linker = Linker(MemoryIndex(), model=model)
    story: dict[int, str] = {}
    for i in _order(results):
        story[i] = linker.add(results[i]).story_id
    every = [i for i, rec in enumerate(records) if scored(rec)]
    items = bcubed_items([story[i] for i in every], [str(records[i]["incident"]) for i in every])
    kept = [pr for i, pr in zip(every, items) if keep(records[i])]
    if not kept:
        return 0.0
    p, r = sum(x for x, _ in kept) / len(kept), sum(y for _, y in kept) / len(kept)
    return 2 * p * r / (p + r) if p + r else 0.0


def scored(record: Mapping[str, Any]) -> bool:
    return not record.get("boilerplate") and record.get("incident") is not None


def train_links(records: Sequence[Mapping[str, Any]], results: Sequence[Result], *, c: float = 1.0) -> PairModel:
    """The model fitted on every tuning-fold pair, its manifest holding the out-of-fold figures."""
    tuning = [i for i, rec in enumerate(records) if fold_of(FILE, rec["incident"]) in TUNING_FOLDS]
    records = [records[i] for i in tuning]
    results = [results[i] for i in tuning]
    X, y, folds = examples(records, results)
    per_fold: dict[int, dict[str, Any]] = {}
    for k in TUNING_FOLDS:
        train = [j for j, f in enumerate(folds) if f != k]
        if len({y[j] for j in train}) < 2 or k not in folds:
            continue  # too few examples to fit without fold k (tiny data)
        model = fit([X[j] for j in train], [y[j] for j in train], c=c)
        keep = lambda r, k=k: scored(r) and fold_of(FILE, r["incident"]) == k  # noqa: E731
        per_fold[k] = {
            "model": {str(t): round(stories_f1(records, results, replace(model, threshold=t), keep=keep), 4) for t in THRESHOLDS},
            "rule": round(stories_f1(records, results, None, keep=keep), 4),
        }
    means = {t: round(sum(f["model"][str(t)] for f in per_fold.values()) / len(per_fold), 4) for t in THRESHOLDS} if per_fold else {}
    threshold = max(THRESHOLDS, key=lambda t: (means[t], -abs(t - 0.5))) if means else 0.5
    digest = hashlib.sha256(json.dumps([X, y]).encode()).hexdigest()[:12]
    manifest = {
        "trained_on": f"{FILE}, tuning folds {', '.join(map(str, TUNING_FOLDS))} (folds by incident)",
        "articles": len(records), "pairs": len(y), "positive_pairs": sum(y), "c": c,
        "out_of_fold_bcubed_f1": per_fold,
        "mean_out_of_fold_by_threshold": {str(t): f for t, f in means.items()},
        "threshold": threshold,
        "mean_out_of_fold": {
            "model": means.get(threshold),
            "rule": round(sum(f["rule"] for f in per_fold.values()) / len(per_fold), 4) if per_fold else None,
        },
        "features": list(FEATURES),
    }
    return fit(X, y, c=c, threshold=threshold, version=f"links.v1+{digest}", manifest=manifest)


def default_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("seismo").joinpath(MODEL)))


def write(model: PairModel, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
    return path
