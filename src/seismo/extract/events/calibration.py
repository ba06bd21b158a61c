"""Confidence calibration of coded events: reliability tables and a monotone score mapping.

The event coder ranks events by a raw score (:func:`raw_score`); the
confidence it reports is that score mapped through ``seismo/data/calibration.tsv``: a
non-decreasing step curve per group, fitted on the dev sets' tuning folds by isotonic regression
(pool-adjacent-violators) so that "confidence 0.8" means "right about 80% of the time".  The
groups are ``agreed`` and ``disputed`` (whether the learned type model agrees with the rules'
coding, :func:`agreement_group`) and ``*`` for every event when no model runs; a group without
a curve of its own (those of :func:`group_of`) reads ``*``.  The table's header documents the
format and how it was fitted.

    rows = reliability_table([(0.91, True), (0.42, False), ...])
    for row in rows: row.low, row.high, row.n, row.correct, row.accuracy, row.mean_confidence

    curve = fit_isotonic([(0.91, True), ...])   # [(raw, calibrated), ...] knots
    Calibration.load().apply(0.87, group="agreed")
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from seismo.extract import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from seismo.model import Event

#: default reliability bins (lower edges; the last bin ends at 1.0)
DEFAULT_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
#: PLOVER types of the ``material`` group of :func:`group_of` (a table may give such groups a curve; the bundled one does not)
VIOLENCE = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "RETREAT"})
#: PLOVER modes whose trigger names the method or instrument of the act, so that the word
#: alone fixes the ACLED sub-event type: a bomb or blast (remote explosive), an air or drone
#: strike, a suicide bombing, shelling (artillery / missile attack), sexual violence, a
#: chemical attack, an abduction, an arrest, a curfew or martial law.  Chosen a priori from
#: the mode vocabulary, not from dev accuracy.  Left out because the word leaves the sub-type
#: open: firearms (armed clash or attack), demo (peaceful protest or protest with
#: intervention), riot (violent demonstration or mob violence), beat, destroy, seize, and the
#: generic modeless triggers (attack, kill, clash).
SPECIFIC_MODES = frozenset({
    "explosives", "aerial", "drone", "suicide-attack", "heavy-weapons", "sexual", "cbrn",
    "abduct", "arrest", "curfew", "martial-law",
})


#: the learned type model agrees with an event's coding when one of its heads gives the event's
#: class (its PLOVER type, or its ACLED sub-type: ``NONE`` when it has none) at least this
#: probability.  Two readers that agree are more often right than either alone: the table has a
#: curve for each case (``agreed``, ``disputed``; ``*`` when no model runs).  The threshold the
#: table was fitted with is written in it (row ``agreement``: ``seismo train calibration`` picks
#: it among :data:`AGREEMENT_GRID` by the out-of-fold Brier score on the tuning folds); this is the
#: value a table without that row is read with.
AGREEMENT = 0.3
#: the thresholds ``seismo train calibration`` tries
AGREEMENT_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
AGREED, DISPUTED = "agreed", "disputed"


def agreement(prediction: "dict[str, dict[str, float]]", *, type_: str, sub_type: str | None) -> float:
    """How much the type model's ``prediction`` (per head, per class, a probability) agrees with
    the rules' coding of an event: the larger of the probabilities its heads give the event's
    PLOVER type and, when the rules gave one, its ACLED sub-type.  The coding compared is the
    rules' own, before the model overrules any of it: a reader does not agree with itself."""
    plover = prediction.get("plover", {}).get(type_, 0.0)
    acled = prediction.get("acled", {}).get(sub_type, 0.0) if sub_type else 0.0
    return max(plover, acled)


def agreement_group(score: float, *, threshold: float = AGREEMENT) -> str:
    """``agreed`` when an event's :func:`agreement` is at least ``threshold``, else ``disputed``."""
    return AGREED if score >= threshold else DISPUTED


def group_of(type_: str, *, mode: str | None = None, act: bool = False, count_only: bool = False) -> str:
    """The calibration group of an event: ``count`` (made from a casualty count alone),
    ``act`` (a promise / threat / demand read off the clause), ``specific`` (a trigger naming
    its method or instrument, :data:`SPECIFIC_MODES`), ``material`` (other PLOVER material
    conflict and retreat), or ``verbal`` (everything else).  A group without its own curve in
    the table falls back to ``*``."""
    if count_only:
        return "count"
    if act:
        return "act"
    if mode in SPECIFIC_MODES:
        return "specific"
    return "material" if type_ in VIOLENCE else "verbal"


@dataclass(frozen=True, slots=True)
class ReliabilityRow:
    """One confidence bin: ``low`` ≤ confidence < ``high``; ``n`` events, ``correct`` right."""

    low: float
    high: float
    n: int
    correct: int
    mean_confidence: float

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None


def reliability_table(
    pairs: Iterable[tuple[float, bool]], *, edges: Sequence[float] = DEFAULT_EDGES
) -> list[ReliabilityRow]:
    """Bin ``(confidence, correct)`` pairs by confidence; one row per bin, empty bins included."""
    if not edges or any(b <= a for a, b in zip(edges, edges[1:])):
        raise ValueError(f"reliability bins {list(edges)!r} must be increasing; pass e.g. (0, 0.5, 0.8)")
    bounds = list(edges) + [1.0000001]
    sums = [[0, 0, 0.0] for _ in edges]
    for conf, ok in pairs:
        i = max(0, min(bisect.bisect_right(bounds, conf) - 1, len(edges) - 1))
        sums[i][0] += 1
        sums[i][1] += int(bool(ok))
        sums[i][2] += conf
    return [
        ReliabilityRow(low=edges[i], high=min(bounds[i + 1], 1.0), n=n, correct=c, mean_confidence=round(s / n, 3) if n else 0.0)
        for i, (n, c, s) in enumerate(sums)
    ]


def fit_isotonic(pairs: Iterable[tuple[float, bool]], *, min_block: int = 10) -> list[tuple[float, float]]:
    """Knots ``(lowest raw score of a block, share right in it)`` of the non-decreasing fit of correctness on raw score
    (pool-adjacent-violators; blocks of fewer than ``min_block`` events are pooled with a
    neighbour so a handful of examples cannot make a step)."""
    points = sorted((float(c), float(bool(ok))) for c, ok in pairs)
    blocks: list[list[float]] = []  # [sum_y, n, min_x, max_x]
    for x, y in points:
        blocks.append([y, 1, x, x])
        while len(blocks) > 1 and (
            blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1] or blocks[-2][1] < min_block
        ):
            _pool_last(blocks)
    while len(blocks) > 1 and blocks[-1][1] < min_block:
        _pool_last(blocks)
    return [(round(b[2], 3), round(b[0] / b[1], 3)) for b in blocks]


def _pool_last(blocks: list[list[float]]) -> None:
    """Pool the last block ``[sum_y, n, min_x, max_x]`` into the one before it."""
    sum_y, n, _low, high = blocks.pop()
    blocks[-1][0] += sum_y
    blocks[-1][1] += n
    blocks[-1][3] = high


@dataclass(frozen=True, slots=True)
class Calibration:
    """Per-group knots: a step function — a raw score gets the share right of the block it
    falls in (the first block's below it), plus 0.01 × how far it lies above the block's lowest
    raw score, to keep the order inside a block without lifting the block above its share.
    Steps, not interpolation, so a bin never borrows the accuracy of the block above it."""

    curves: dict[str, tuple[tuple[float, float], ...]]
    #: the :func:`agreement` at or above which an event reads the ``agreed`` curve
    agreement: float = AGREEMENT

    def group(self, agreement_score: float) -> str:
        """The curve an event of this :func:`agreement` with the type model reads."""
        return agreement_group(agreement_score, threshold=self.agreement)

    @classmethod
    def load(cls, path: Path | None = None) -> "Calibration":
        """The bundled table (or the one at ``path``), parsed once per process; inside
        :func:`raw_scores`, no table (confidence = raw score)."""
        if _RAW.get():
            return cls({})
        return _load(str(path) if path else None)

    def apply(self, raw: float, *, group: str = "*") -> float:
        knots = self.curves.get(group) or self.curves.get("*")
        if not knots:
            return raw
        xs = [k[0] for k in knots]
        i = max(bisect.bisect_right(xs, raw) - 1, 0)
        return round(min(max(knots[i][1] + 0.01 * max(raw - knots[i][0], 0.0), 0.01), 0.99), 3)


_RAW: ContextVar[bool] = ContextVar("seismo_raw_scores", default=False)
_AGREEMENTS: ContextVar["dict[str, float] | None"] = ContextVar("seismo_calibration_agreements", default=None)


@contextmanager
def raw_scores(agreements: "dict[str, float] | None" = None) -> Iterator[None]:
    """Within this block the coder reports raw scores, not calibrated ones: what
    ``seismo train calibration`` fits the table on; ``agreements`` (when given) receives each
    event's :func:`agreement` with the type model by event id (:func:`note_agreement`; no
    entry when no model runs)."""
    token, agreement_token = _RAW.set(True), _AGREEMENTS.set(agreements)
    try:
        yield
    finally:
        _RAW.reset(token)
        _AGREEMENTS.reset(agreement_token)


def note_agreement(event_id: str, score: float) -> None:
    """Hand an event's :func:`agreement` to the :func:`raw_scores` block that asked for them."""
    agreements = _AGREEMENTS.get()
    if agreements is not None:
        agreements[event_id] = score


def render_table(
    curves: dict[str, Sequence[tuple[float, float]]], *, header: Sequence[str], agreement: float | None = None
) -> str:
    """The text of a calibration table: ``header`` as comment lines, the ``agreement`` threshold
    (when the curves were fitted with one), then the knots."""
    lines = [f"# {h}" if h else "#" for h in header]
    if agreement is not None:
        lines.append(f"agreement\t{agreement}")
    for group, knots in curves.items():
        lines += [f"{group}\t{raw}\t{cal}" for raw, cal in knots]
    return "\n".join(lines) + "\n"


def parse_table(text: str, *, origin: str = "calibration.tsv") -> Calibration:
    """Parse ``group<TAB>raw<TAB>calibrated`` rows (and an ``agreement<TAB>threshold`` row);
    raises ModelError naming the bad line."""
    return _build(lexicon.parse(text, origin=origin, columns=(2, 3)))


def _build(table: lexicon.Table) -> Calibration:
    curves: dict[str, list[tuple[float, float]]] = {}
    threshold = AGREEMENT
    for row in table:
        if row[0] == "agreement" and len(row) == 2:
            try:
                threshold = float(row[1])
            except ValueError:
                raise row.error(f"the agreement threshold must be a number in [0, 1], got {row[1]!r}") from None
            continue
        if len(row) != 3:
            raise row.error("expected group<TAB>raw<TAB>calibrated (or agreement<TAB>threshold)")
        try:
            raw, cal = float(row[1]), float(row[2])
        except ValueError:
            raise row.error(f"scores must be numbers in [0, 1], got {row[1]!r} and {row[2]!r}") from None
        knots = curves.setdefault(row[0], [])
        if knots and (raw <= knots[-1][0] or cal < knots[-1][1]):
            raise row.error("knots must rise in raw score and not fall in calibrated score", "order the rows by raw score")
        knots.append((raw, cal))
    return Calibration({g: tuple(k) for g, k in curves.items()}, agreement=threshold)


@lru_cache(maxsize=4)
def _load(path: str | None) -> Calibration:
    # a bundled table not fitted yet reads as empty: confidence = raw score
    return _build(lexicon.read("calibration.tsv", path=path, columns=(2, 3), optional=True))


# ------------------------------------------------------------------ the score of one event

def raw_score(weight: float, *, has_actor: bool, modality: str, hedged: bool, prominence: float = 0.0) -> float:
    """The coder's uncalibrated score of one event, in [0.05, 0.99]: what ranks events.

    0.3 + 0.45 × the trigger's specificity weight, + 0.08 when an actor was found, + 0.15 ×
    the trigger's prominence in its sentence (:func:`~seismo.extract.events.acts.prominence`:
    1 for the main clause, what the sentence is about); × 0.8 when not asserted, × 0.85 when
    hedged.
    """
    score = 0.3 + 0.45 * weight + (0.08 if has_actor else 0.0) + 0.15 * prominence
    if modality != "asserted":
        score *= 0.8
    if hedged:
        score *= 0.85
    return round(min(max(score, 0.05), 0.99), 3)


def confidence(
    weight: float, *, has_actor: bool, modality: str, hedged: bool, prominence: float = 0.0, group: str = "*"
) -> float:
    """The event's confidence: :func:`raw_score` mapped through the calibration table
    (``calibration.tsv``, :mod:`.calibration`) of its trigger ``group``, so that events with
    confidence above 0.8 are right at least 80% of the time on the dev sets."""
    raw = raw_score(weight, has_actor=has_actor, modality=modality, hedged=hedged, prominence=prominence)
    return Calibration.load().apply(raw, group=group)


def in_rank(events: "list[Event]", scores: dict[str, float]) -> list[float]:
    """Each event's new score (``scores``, by id), lowered where needed so that the events keep
    the order of their present confidence: a score never reaches that of an event ranked above
    it (what an article is most about stays what the rules found it most about)."""
    order = sorted(range(len(events)), key=lambda i: (-events[i].confidence, events[i].evidence.start, events[i].trigger.start))
    out = [0.0] * len(events)
    ceiling = 1.0
    for i in order:
        out[i] = min(scores[events[i].id], ceiling)
        ceiling = max(round(out[i] - 0.001, 3), 0.01)  # the floor of Calibration.apply
    return out
