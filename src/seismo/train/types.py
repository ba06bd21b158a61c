"""Fit the type model: one multinomial logistic regression per head over sentence embeddings.

    report = train_types(files, out=folder, seed=0, c=4.0, class_weight=None)

Writes ``model.npz`` and ``manifest.json`` (see :mod:`seismo.learn.types`) into ``out``:
the heads trained on every example, and for each fold of the fold-split files the heads trained
without that fold (and, for a tuning fold, without the validation fold too).  The manifest records every file with its sha256 and licence, the folds,
seed and hyper-parameters, and the out-of-fold figures (accuracy per head on the fold-split
files, each fold predicted by the model that never saw it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.folds import FOLD_FORMULA, N_FOLDS, VALIDATION_FOLD
from seismo.learn.embed import SentenceEmbedder
from seismo.learn.examples import HEADS
from seismo.learn.types import MANIFEST_FILE, MODEL_FILE, Policy, features
from seismo.learn.words import WordFeatures
from seismo.train.sources import TrainingFile

#: bump when the features or the training recipe change (it becomes part of the event step)
RECIPE = "types.v4"
#: the class weightings :func:`fit_head` knows: ``None`` weighs every example alike (the classes'
#: frequencies in the training files are priors the heads keep: ``NONE`` is common), ``"balanced"``
#: weighs each class alike (a rare sub-type counts as much as ``NONE``).  ``None`` is the default:
#: chosen on CASE 2021's tuning folds (docs/training.md), where "balanced" heads rarely gave
#: ``NONE`` to texts that are no ACLED event
CLASS_WEIGHTS = (None, "balanced")


@dataclass(frozen=True, slots=True)
class Fitted:
    classes: tuple[str, ...]
    coef: Any
    intercept: Any


def fit_head(x: Any, y: Sequence[str], *, c: float, seed: int, class_weight: str | None = None) -> Fitted:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if class_weight not in CLASS_WEIGHTS:
        raise ValueError(f"class_weight must be one of {CLASS_WEIGHTS}, not {class_weight!r}")
    clf = LogisticRegression(C=c, max_iter=2000, random_state=seed, class_weight=class_weight)
    clf.fit(x, list(y))
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # one row, the second class's log-odds: as two softmax rows, the same probabilities
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
    return Fitted(tuple(str(k) for k in clf.classes_), coef.astype("float32"), intercept.astype("float32"))


def _predict(f: Fitted, x: Any) -> list[str]:
    import numpy as np

    z = x @ f.coef.T + f.intercept
    return [f.classes[i] for i in np.argmax(z, axis=1)]


def train_types(
    files: Sequence[TrainingFile],
    *,
    out: Path,
    seed: int = 0,
    c: float = 4.0,
    class_weight: str | None = None,
    policy: Policy | None = None,
    embedder: SentenceEmbedder | None = None,
) -> dict[str, Any]:
    """Train, write the artefact into ``out`` and return the manifest."""
    import numpy as np

    embedder = embedder or SentenceEmbedder.load()
    examples = [e for f in files for e in f.examples]
    folds = [k for f in files for k in f.folds]
    if not examples:
        raise ValueError("no training examples")
    texts = [e.text for e in examples]
    # rows that only add PLOVER examples (the check sets' halves A) leave the vocabulary as it is,
    # so that the ACLED head, and the policy tuned on it, do not move with them
    words = WordFeatures.fit([e.text for f in files if f.vocabulary for e in f.examples] or texts)
    x = features(texts, embedder, words)
    arrays: dict[str, Any] = {"words/vocabulary": np.array(words.vocabulary), "words/idf": words.idf}
    figures: dict[str, Any] = {}
    counts: dict[str, dict[str, int]] = {}
    for head in HEADS:
        rows = [i for i, e in enumerate(examples) if e.label(head) is not None]
        y = [examples[i].label(head) for i in rows]
        if len(set(y)) < 2:
            continue
        counts[head] = dict(sorted(Counter(y).items()))
        full = fit_head(x[rows], y, c=c, seed=seed, class_weight=class_weight)
        _store(arrays, head, full)
        split = [i for i in rows if folds[i] is not None]
        if not split:
            continue
        right = 0
        for k in range(N_FOLDS):
            # a tuning fold's head never sees the validation fold either: what is tuned on the
            # tuning folds' out-of-fold predictions (the calibration) never learns from it
            keep = [i for i in rows if folds[i] != k and (k == VALIDATION_FOLD or folds[i] != VALIDATION_FOLD)]
            held = [i for i in split if folds[i] == k]
            part = fit_head(x[keep], [examples[i].label(head) for i in keep], c=c, seed=seed, class_weight=class_weight)
            _store(arrays, f"fold{k}/{head}", part)
            if held:
                pred = _predict(part, x[held])
                right += sum(p == examples[i].label(head) for p, i in zip(pred, held))
        figures[f"{head} out-of-fold accuracy"] = {"value": round(100 * right / len(split), 1), "n": len(split)}
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / MODEL_FILE, **arrays)
    manifest = {
        "version": _version(files, c=c, seed=seed, class_weight=class_weight, policy=policy or Policy()),
        "recipe": RECIPE,
        "trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "embedding": embedder.name,
        "features": f"sentence embedding ({embedder.dim}) + sublinear tf-idf of {len(words.vocabulary)} training words",
        "classifier": f"multinomial logistic regression (scikit-learn lbfgs), class_weight={class_weight}",
        "hyper_parameters": {"C": c, "max_iter": 2000, "class_weight": class_weight},
        "seed": seed,
        "folds": {"n": N_FOLDS, "formula": FOLD_FORMULA, "applies_to": [f.name for f in files if any(k is not None for k in f.folds)]},
        "files": [
            {"name": f.name, "sha256": f.sha256, "licence": f.licence, "examples": len(f.examples), "skipped_lines": len(f.problems)}
            for f in files
        ],
        "classes": counts,
        "policy": (policy or Policy()).as_dict(),
        "figures": figures,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def _store(arrays: dict[str, Any], key: str, f: Fitted) -> None:
    import numpy as np

    arrays[f"{key}/classes"] = np.array(f.classes)
    arrays[f"{key}/coef"] = f.coef
    arrays[f"{key}/intercept"] = f.intercept


def _hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def _version(files: Sequence[TrainingFile], *, c: float, seed: int, class_weight: str | None, policy: Policy) -> str:
    """``types.v2+<12 hex>``: changes with the recipe, the files, the hyper-parameters and the policy."""
    key = json.dumps({"files": [f.sha256 for f in files], "C": c, "seed": seed, "class_weight": class_weight,
                      "policy": policy.as_dict()}, sort_keys=True)
    return f"{RECIPE}+{_hash(key)[:12]}"


def set_policy(folder: Path, policy: Policy, figures: dict[str, Any], *, chosen_on: str,
               key: str = "policy_chosen_on") -> dict[str, Any]:
    """Write a tuned policy (and the figures it was chosen by, under ``key``: the PLOVER
    thresholds' are ``plover_policy_chosen_on``) into the artefact's manifest."""
    path = folder / MANIFEST_FILE
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["policy"] = policy.as_dict()
    manifest["version"] = f"{manifest['version'].split('+')[0]}+{_hash(manifest['version'] + json.dumps(policy.as_dict(), sort_keys=True))[:12]}"
    manifest[key] = {"data": chosen_on, **figures}
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest
