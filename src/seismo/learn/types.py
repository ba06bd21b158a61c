"""The event-type model: two softmax heads over a sentence embedding, and the policy that
decides when they overrule the rules.

The artefact is a folder (``seismo/data/models/types`` by default, ``SEISMO_TYPE_MODEL`` to
choose another, ``off`` for none) written by ``seismo train types``:

* ``model.npz``: the word features' vocabulary and idf (:mod:`seismo.learn.words`); per head (``acled``: ACLED sub-event types + ``NONE``; ``plover``: PLOVER types
  + ``NONE``) its classes, coefficients and intercepts, for the model trained on everything and
  for the five models that each left one fold of the fold-split training files out
  (``fold{k}/...``), so that those files are scored out-of-fold;
* ``manifest.json``: training files and their sha256, folds, seed, hyper-parameters, policy,
  out-of-fold figures, and the embedding it was trained on.

Prediction needs numpy only (no pickle, no scikit-learn).

    model = TypeModel.load()                     # or TypeModel.load(folder)
    model.predict(["Police fired tear gas ..."]) -> [{"acled": {...: p}, "plover": {...: p}}]
    model.without_fold(3)                        # heads that never saw fold 3
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seismo.errors import ModelError
from seismo.learn.embed import SentenceEmbedder
from seismo.learn.examples import HEADS, NONE
from seismo.learn.words import WordFeatures

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

MODEL_FILE = "model.npz"
MANIFEST_FILE = "manifest.json"


def default_folder() -> Path:
    return Path(str(resources.files("seismo.data").joinpath("models").joinpath("types")))


@dataclass(frozen=True, slots=True)
class Policy:
    """When the model overrules the rules' type (tuned on training folds, stored in the manifest).

    switch: the model's top class replaces the rules' when its probability is at least this and
        exceeds the rules' class by ``margin``;
    none_acled: ``P(NONE)`` of the ACLED head at or above which an event keeps no ACLED type;
    drop: ``P(NONE)`` of both heads at or above which the event is no political event at all;
    plover_switch, plover_margin: the same as ``switch`` and ``margin`` for the PLOVER head's word
        on the event's PLOVER type (chosen on the PLOVER gold-standard records' tuning folds); the
        default ``plover_switch`` above 1 never switches (a manifest written before it existed);
    plover_fill: the PLOVER head's probability of one type (not ``NONE``) at or above which a
        sentence where the rules found no event gets one of that type on its main verb
        (:mod:`seismo.extract.events.coding.learned`); above 1 (the default): never.
    """

    switch: float = 0.6
    margin: float = 0.3
    none_acled: float = 0.8
    drop: float = 0.85
    plover_switch: float = 1.01
    plover_margin: float = 0.0
    plover_fill: float = 1.01

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Policy":
        return cls(**{k: float(v) for k, v in data.items() if k in cls.__dataclass_fields__})

    def as_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Head:
    """A multinomial logistic-regression layer: ``softmax(x @ coef.T + intercept)``."""

    classes: tuple[str, ...]
    coef: "np.ndarray"
    intercept: "np.ndarray"

    def proba(self, x: "np.ndarray") -> "np.ndarray":
        return _softmax(x @ self.coef.T + self.intercept)

    def proba_split(self, dense: "np.ndarray", rows: "list[tuple[np.ndarray, np.ndarray]]") -> "np.ndarray":
        """:meth:`proba` of features given as a dense first part (the embedding) and, per text, the
        non-zero columns and values of the rest (:meth:`WordFeatures.sparse`): the same numbers,
        without multiplying thousands of zeros."""
        width = dense.shape[1]
        z = dense @ self.coef[:, :width].T + self.intercept
        for i, (cols, values) in enumerate(rows):
            if len(cols):
                z[i] += values @ self.coef[:, width + cols].T
        return _softmax(z)


def _softmax(z: "np.ndarray") -> "np.ndarray":
    import numpy as np

    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


Prediction = dict[str, dict[str, float]]


@dataclass(frozen=True, slots=True)
class TypeModel:
    embedder: SentenceEmbedder
    words: WordFeatures
    heads: dict[str, Head]
    policy: Policy = field(default_factory=Policy)
    manifest: dict[str, Any] = field(default_factory=dict)
    fold_heads: dict[int, dict[str, Head]] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "unversioned"))

    @classmethod
    def load(cls, folder: Path | None = None, *, embedder: SentenceEmbedder | None = None) -> "TypeModel":
        folder = folder or default_folder()
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
            import numpy as np

            with np.load(folder / MODEL_FILE, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except FileNotFoundError as exc:
            raise ModelError(
                f"no type model in {folder} ({exc.filename} missing): run `seismo train types` "
                "or set SEISMO_TYPE_MODEL=off"
            ) from exc
        except (OSError, ValueError) as exc:
            raise ModelError(f"the type model in {folder} cannot be read: {exc}; retrain it with `seismo train types`") from exc
        embedder = embedder or SentenceEmbedder.load()
        if manifest.get("embedding") != embedder.name:
            raise ModelError(
                f"the type model in {folder} was trained on embedding {manifest.get('embedding')!r}, "
                f"this install has {embedder.name!r}: retrain it with `seismo train types`"
            )
        if "words/vocabulary" not in arrays:
            raise ModelError(f"the type model in {folder} has no word features; retrain it with `seismo train types`")
        words = WordFeatures(tuple(str(w) for w in arrays["words/vocabulary"]), arrays["words/idf"].astype("float32"))
        heads = _heads(arrays, prefix="")
        if not heads:
            raise ModelError(f"the type model in {folder} has no heads; retrain it with `seismo train types`")
        folds = {k: h for k in range(10) if (h := _heads(arrays, prefix=f"fold{k}/"))}
        return cls(embedder, words, heads, Policy.from_dict(manifest.get("policy", {})), manifest, folds)

    def trained_on_folds_of(self, file: str) -> bool:
        """Whether the dev file ``file`` (a name in the shared data folder) was among the
        fold-split training files, so that scoring it needs :meth:`without_fold`."""
        return bool(self.fold_heads) and file in self.manifest.get("folds", {}).get("applies_to", ())

    def without_fold(self, fold: int) -> "TypeModel":
        """This model with the heads that never saw fold ``fold`` of the fold-split training files
        (itself when there are none: no fold-split file was trained on)."""
        if fold not in self.fold_heads:
            return self
        return replace(self, heads={**self.heads, **self.fold_heads[fold]})

    def predict(self, texts: list[str]) -> list[Prediction]:
        """Per text, per head, the probability of every class (equal texts share one prediction:
        treat it as read-only)."""
        if not texts:
            return []
        unique = list(dict.fromkeys(texts))  # an article's events often share a sentence: read it once
        dense = self.embedder.embed(unique)
        rows = [self.words.sparse(t) for t in unique]
        read: list[Prediction] = [{} for _ in unique]
        for name, head in self.heads.items():
            for row, p in zip(read, head.proba_split(dense, rows).tolist()):
                row[name] = dict(zip(head.classes, p))
        at = {t: i for i, t in enumerate(unique)}
        return [read[at[t]] for t in texts]  # texts read alike share one (read-only) prediction


def features(texts: list[str], embedder: SentenceEmbedder, words: WordFeatures) -> "np.ndarray":
    """What the heads read: the sentence embedding, then the word features."""
    import numpy as np

    return np.hstack([embedder.embed(texts), words.transform(texts)])


def _heads(arrays: dict[str, "np.ndarray"], *, prefix: str) -> dict[str, Head]:
    heads: dict[str, Head] = {}
    for name in HEADS:
        key = f"{prefix}{name}"
        if f"{key}/classes" in arrays:
            heads[name] = Head(
                classes=tuple(str(c) for c in arrays[f"{key}/classes"]),
                coef=arrays[f"{key}/coef"].astype("float32"),
                intercept=arrays[f"{key}/intercept"].astype("float32"),
            )
    return heads


def top(probs: dict[str, float]) -> tuple[str, float]:
    label = max(probs, key=probs.__getitem__)
    return label, probs[label]


__all__ = ["NONE", "Head", "Policy", "Prediction", "TypeModel", "default_folder", "features", "top"]
