"""The learned story rule: how likely an earlier article tells the same story, from a few features.

    f = features(Probe.of(sketch, vector), neighbour)   FEATURES, in order
    model = PairModel.bundled()                    data/models/links/pairs.json, or None
    model.probability(f) -> p                      logistic regression

The model is a logistic regression over :data:`FEATURES` (text cosines, shared full names,
shared towns, days apart, agreeing and disagreeing tolls), fitted by ``seismo train links`` on the tuning folds of the GVA
dev set (pairs of an article and each earlier article the index returns, labelled by whether
both report one incident).  Its manifest says what it was fitted on and its out-of-fold
figures.  With no model file, :mod:`seismo.link.stories` falls back to its hand-set rule.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from seismo.errors import ModelError
from seismo.link import keys as K
from seismo.link.index import NAME, NUMBER_WORD, TOLL, TOWN, WORD, Neighbour, Shape, role

#: the features, in the order the model's coefficients follow
FEATURES = (
    "cosine",              # tf-idf cosine of the two articles (every key)
    "word_cosine",         # cosine of their words alone
    "shared_names",        # full person names both give (capped at 3)
    "names_apart",         # 1 when both name people in full and none in common
    "shared_town",         # 1 when both name a town (GeoNames id) in common
    "towns_apart",         # 1 when both name towns and none in common
    "log_days",            # log(1 + days between their publication dates)
    "same_week",           # 1 when at most 7 days apart
    "shared_numbers",      # words with a number both give ("17-year-old")
    "cosine_same_week",    # cosine x same_week
    "cosine_same_town",    # cosine x shared_town
    "same_toll",           # kinds of count (killed, injured) whose toll figures both give alike
    "tolls_apart",         # kinds of count whose toll figures both give, not alike
)
#: the days apart an undated article is taken to be (not the same week, not the same day)
UNDATED_DAYS = 365
#: the bundled model, inside the ``seismo`` package
MODEL = "data/models/links/pairs.json"


@dataclass(frozen=True, slots=True)
class Probe:
    """What :func:`features` reads of the new article, worked out once per article (not once per
    neighbour): its vector and the set of its keys, the norm of its words' part, whether it names
    people in full and towns, the kinds of count its toll tells, each key's weight and
    :func:`~seismo.link.index.role` (``parts``), and its vector's :class:`Shape` (``shape``, which
    the linker stores with the article)."""

    day: dt.date | None
    vector: Mapping[str, float]
    keys: frozenset[str]
    word_norm: float
    names: bool
    towns: bool
    tolls: frozenset[str] = frozenset()
    parts: Mapping[str, tuple[float, int]] | None = None
    shape: Shape | None = None

    @classmethod
    def of(cls, sketch: K.Sketch, vector: Mapping[str, float]) -> "Probe":
        roles = {k: role(k) for k in vector}
        shape = Shape.of(vector, roles=roles)
        return cls(sketch.day, vector, shape.keys, shape.word_norm or 1.0, shape.names, shape.towns, shape.tolls,
                   {k: (w, roles[k]) for k, w in vector.items()}, shape)


def features(probe: Probe, n: Neighbour) -> tuple[float, ...]:
    """The :data:`FEATURES` of a new article (its :class:`Probe`) and an earlier one: one pass over
    the keys they share (the intersection of two sets of keys, each key's weight and role read
    off the probe), the rest from each vector's :class:`Shape`."""
    theirs = n.vector
    shape = n.shape or Shape.of(theirs)
    parts = probe.parts or {k: (w, role(k)) for k, w in probe.vector.items()}
    gap = abs((probe.day - n.day).days) if probe.day and n.day else UNDATED_DAYS  # undated: not near
    cos = words = shared = numbers = tolls = 0.0  # the counts kept as floats: features are floats
    common = False
    for k in probe.keys & shape.keys if shape.keys else probe.keys.intersection(theirs):
        w, part = parts[k]
        x = w * theirs[k]
        cos += x
        if part == WORD:
            words += x
        elif part == NUMBER_WORD:
            words += x
            numbers += 1.0
        elif part == NAME:
            shared += 1.0
        elif part == TOWN:
            common = True
        elif part == TOLL:
            tolls += 1.0
    words /= probe.word_norm * (shape.word_norm or 1.0)
    week = 1.0 if gap <= 7 else 0.0
    town = 1.0 if common else 0.0
    both = len(probe.tolls & shape.tolls) if probe.tolls and shape.tolls else 0
    return (cos, words, shared if shared < 3.0 else 3.0, 1.0 if probe.names and shape.names and not shared else 0.0,
            town, 1.0 if probe.towns and shape.towns and not common else 0.0, math.log1p(gap), week, numbers,
            cos * week, cos * town, tolls, both - tolls)


@dataclass(frozen=True, slots=True)
class PairModel:
    """A fitted logistic regression: ``coef`` over :data:`FEATURES`, ``intercept``; an earlier
    article whose probability reaches ``threshold`` may give its story."""

    coef: tuple[float, ...]
    intercept: float
    threshold: float
    version: str
    manifest: Mapping[str, Any]

    def probability(self, f: Sequence[float]) -> float:
        z = self.intercept + sum(map(operator.mul, self.coef, f))
        return 1.0 / (1.0 + math.exp(50.0 if z < -50.0 else -50.0 if z > 50.0 else -z))  # z clamped to ±50

    def to_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "coef": list(self.coef), "intercept": self.intercept,
                "threshold": self.threshold, "version": self.version, "manifest": dict(self.manifest)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, origin: str) -> "PairModel":
        if list(data.get("features", ())) != list(FEATURES):
            raise ModelError(f"{origin}: the model's features are not this seismo's ({', '.join(FEATURES)}); "
                             "refit it with `seismo train links`")
        return cls(tuple(float(c) for c in data["coef"]), float(data["intercept"]), float(data["threshold"]),
                   str(data["version"]), dict(data.get("manifest", {})))

    @classmethod
    def load(cls, path: str | Path) -> "PairModel":
        try:
            return cls.from_json(json.loads(Path(path).read_text("utf-8")), origin=str(path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}: not a pair model ({exc}); refit it with `seismo train links`") from exc

    @staticmethod
    def bundled() -> "PairModel | None":
        """The model shipped in the package, or None when there is none."""
        return _bundled()


@lru_cache(maxsize=1)
def _bundled() -> PairModel | None:
    ref = resources.files("seismo").joinpath(MODEL)
    if not ref.is_file():
        return None
    return PairModel.load(Path(str(ref)))
