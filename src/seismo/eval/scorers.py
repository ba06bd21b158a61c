"""Small pure scoring functions shared by every evaluation task.

Nothing here knows about seismo's records: inputs are labels, label sets, ``(start, end)``
offsets and coordinates, so each function is tested on tiny hand-made cases.

Conventions:

* a ratio whose denominator is zero is ``0.0`` (precision with no predictions, recall with no
  gold) — the zero-division case is reported as a number, never an exception;
* spans are half-open ``(start, end)`` character offsets; two spans *overlap* when they share
  at least one character;
* span matching is one-to-one and greedy: pairs with the largest overlap first, ties broken by
  the earlier gold span, then the earlier prediction;
* a clustering is one cluster label per item (``pred[i]``, ``gold[i]``: any hashable labels); the
  clusters are the items sharing a label, among the items given — scoring a subset of items
  scores the clusters restricted to that subset.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

Offsets = tuple[int, int]


def ratio(num: float, den: float) -> float:
    """``num / den``, or ``0.0`` when ``den`` is zero."""
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and scores for one label (or one pooled set).

    tp / fp / fn: true positives, false positives, false negatives.
    support: gold items of the label (``tp + fn``).
    """

    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return ratio(2 * p * r, p + r)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
        }


def prf(tp: int, fp: int, fn: int) -> PRF:
    """A :class:`PRF` from counts; negative counts are a programming error."""
    if min(tp, fp, fn) < 0:
        raise ValueError(f"counts must be >= 0, got tp={tp} fp={fp} fn={fn}")
    return PRF(tp, fp, fn)


@dataclass(frozen=True, slots=True)
class Classification:
    """Single-label classification scores over a fixed label set.

    per_label: P/R/F1 for each scored label (labels outside ``labels`` are never scored, but a
    prediction of an unscored label for a scored gold item is still a false negative).
    micro / macro / weighted: pooled counts / mean of F1 / support-weighted mean of F1.
    accuracy: share of items whose prediction equals the gold label.
    confusion: ``(gold, predicted) -> n`` over every item.
    """

    per_label: dict[str, PRF]
    micro: PRF
    macro_f1: float
    macro_precision: float
    macro_recall: float
    weighted_f1: float
    accuracy: float
    n: int
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def top_confusions(self, k: int = 10) -> list[tuple[str, str, int]]:
        """The ``k`` most frequent gold→predicted errors (ties by label names)."""
        errors = [(g, p, n) for (g, p), n in self.confusion.items() if g != p]
        return sorted(errors, key=lambda t: (-t[2], t[0], t[1]))[:k]


def classify(
    gold: Sequence[str], pred: Sequence[str], *, labels: Iterable[str] | None = None
) -> Classification:
    """Score single-label predictions ``pred[i]`` against ``gold[i]``.

    ``labels``: the label set to score (default: every gold label).  A label with no gold
    items and no predictions scores 0 and still counts in the macro mean only if listed.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    scored = list(dict.fromkeys(labels)) if labels is not None else sorted(set(gold))
    per: dict[str, PRF] = {}
    for label in scored:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        per[label] = PRF(tp, fp, fn)
    micro = sum(per.values(), PRF(0, 0, 0))
    total_support = sum(s.support for s in per.values())
    n_labels = len(per)
    return Classification(
        per_label=per,
        micro=micro,
        macro_f1=ratio(sum(s.f1 for s in per.values()), n_labels),
        macro_precision=ratio(sum(s.precision for s in per.values()), n_labels),
        macro_recall=ratio(sum(s.recall for s in per.values()), n_labels),
        weighted_f1=ratio(sum(s.f1 * s.support for s in per.values()), total_support),
        accuracy=ratio(sum(1 for g, p in zip(gold, pred) if g == p), len(gold)),
        n=len(gold),
        confusion=Counter(zip(gold, pred)),
    )


@dataclass(frozen=True, slots=True)
class MultiLabel:
    """Multi-label detection: per-label P/R/F1 plus micro and macro over the labels."""

    per_label: dict[str, PRF]
    micro: PRF
    macro_f1: float
    n: int


def multilabel(
    gold: Sequence[frozenset[str] | set[str]],
    pred: Sequence[frozenset[str] | set[str]],
    *,
    labels: Iterable[str],
) -> MultiLabel:
    """Score per-item label sets (``gold[i]`` vs ``pred[i]``) for each label in ``labels``."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    per: dict[str, PRF] = {}
    for label in dict.fromkeys(labels):
        tp = sum(1 for g, p in zip(gold, pred) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, pred) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, pred) if label in g and label not in p)
        per[label] = PRF(tp, fp, fn)
    return MultiLabel(
        per_label=per,
        micro=sum(per.values(), PRF(0, 0, 0)),
        macro_f1=ratio(sum(s.f1 for s in per.values()), len(per)),
        n=len(gold),
    )


def binary(gold: Sequence[bool], pred: Sequence[bool]) -> PRF:
    """P/R/F1 of the positive class."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    return PRF(tp, fp, fn)


def overlap(a: Offsets, b: Offsets) -> int:
    """Number of characters two half-open spans share (0 when disjoint or touching)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps(a: Offsets, b: Offsets) -> bool:
    return overlap(a, b) > 0


def match_spans(gold: Sequence[Offsets], pred: Sequence[Offsets]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of overlapping spans: ``[(gold_index, pred_index), ...]``.

    Largest overlap first; ties go to the earlier gold span, then the earlier prediction.
    Returned sorted by gold index.
    """
    candidates = [
        (overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if overlaps(g, p)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def span_prf(gold: Sequence[Offsets], pred: Sequence[Offsets]) -> PRF:
    """Detection P/R/F1 under one-to-one overlap matching."""
    tp = len(match_spans(gold, pred))
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def any_overlap(span: Offsets, others: Iterable[Offsets]) -> bool:
    return any(overlaps(span, o) for o in others)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def median(values: Sequence[float]) -> float | None:
    """The median, or ``None`` for no values."""
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def share(items: Iterable[Hashable | bool]) -> float:
    """Share of truthy items (``0.0`` for none)."""
    flags = [bool(i) for i in items]
    return ratio(sum(flags), len(flags))


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """Precision and recall averaged over items (B-cubed), with their F1; ``n``: the items scored."""

    precision: float
    recall: float
    n: int

    @property
    def f1(self) -> float:
        return ratio(2 * self.precision * self.recall, self.precision + self.recall)


def _check_clusters(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")


def bcubed_items(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> list[tuple[float, float]]:
    """Each item's B-cubed ``(precision, recall)``: the share of its predicted cluster that shares
    its gold cluster, ``|pred ∩ gold| / |pred|``, and ``|pred ∩ gold| / |gold|``."""
    _check_clusters(pred, gold)
    both = Counter(zip(pred, gold))
    sizes_p, sizes_g = Counter(pred), Counter(gold)
    return [(both[p, g] / sizes_p[p], both[p, g] / sizes_g[g]) for p, g in zip(pred, gold)]


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusterScore:
    """B-cubed precision and recall of a clustering (Bagga & Baldwin 1998): :func:`bcubed_items`
    averaged over the items (every item counts once; an item alone in both its clusters scores
    1 and 1).  No items: 0 and 0."""
    items = bcubed_items(pred, gold)
    return ClusterScore(ratio(sum(p for p, _ in items), len(items)), ratio(sum(r for _, r in items), len(items)), len(items))


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> PRF:
    """Pairwise P/R/F1 of a clustering: every pair of items is a link, predicted when the two
    share a predicted cluster and gold when they share a gold cluster (``tp``: pairs that are
    both; ``support``: the gold pairs).  All singletons, predicted or gold, make no pairs: the
    scores are then 0 by the zero-division convention."""
    _check_clusters(pred, gold)
    tp = sum(_pairs(n) for n in Counter(zip(pred, gold)).values())
    predicted = sum(_pairs(n) for n in Counter(pred).values())
    linked = sum(_pairs(n) for n in Counter(gold).values())
    return PRF(tp, predicted - tp, linked - tp)
