"""events-plover: PLOVER event type, mode and actor coding on the PLOVER gold-standard records.

Prediction: the highest-confidence event of the sentence (any modality: a THREATEN or DEMAND
is itself asserted even when what is threatened is not), ``NONE`` when there is none.  Source
and target are the event's ``actor`` and ``recipient``; a country (sector) is right when the
actor's PLOVER ``code`` (ISO3, or ``IGO`` for an intergovernmental organisation, as the PLOVER
export writes it: :func:`~seismo.store.export.plover.plover_code`) is one of the gold actors'
codes (its sector one of their sectors).  Records without a gold source (target) code are
left out of that accuracy; a missing event or actor counts as wrong.

The gold records use PLOVER 0.5b1, which still has four types the current 16-type PLOVER
(as used by POLECAT and by seismo) folded into others: DEMAND became REQUEST, FIGHT became
ASSAULT, DISAPPROVE and INVESTIGATE became ACCUSE modes.  The headline accuracy maps the gold
type through :data:`SUCCESSOR` first; the accuracy on the gold labels as written is reported
beside it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, top_event
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import by_fold, folds_of
from seismo.eval.maps import NONE
from seismo.eval.report import (
    Metric,
    TaskReport,
    classification_metrics,
    confusion_matrix_table,
    confusion_table,
    label_table,
    reliability_table,
)
from seismo.eval.scorers import classify, ratio
from seismo.model import Event
from seismo.store.export.plover import plover_code

FILE = "events_plover_gsr.jsonl"
#: the records' dates are one placeholder day (2000-01-01), not when the sentences were written: read
#: as a publication date they would make every later year a sentence names a future one, so the
#: articles are undated
SOURCES = (Source(FILE, "plover-", date_field=None),)

#: PLOVER 0.5b1 types → the 16-type PLOVER vocabulary they were folded into
SUCCESSOR = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


@dataclass(frozen=True, slots=True)
class Coding:
    """One sentence's event coding, gold or predicted (sets: any of the listed values)."""

    type: str
    original_type: str | None = None
    confidence: float | None = None
    mode: str | None = None
    source_countries: frozenset[str] = frozenset()
    source_sectors: frozenset[str] = frozenset()
    target_countries: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()


def gold_coding(record: dict[str, Any]) -> Coding:
    def codes(actors: list[dict[str, Any]], key: str) -> frozenset[str]:
        return frozenset(str(a[key]).upper() for a in actors if a.get(key))

    return Coding(
        type=SUCCESSOR.get(record["event"], record["event"]),
        original_type=record["event"],
        mode=record.get("mode"),
        source_countries=codes(record.get("source", []), "code"),
        source_sectors=codes(record.get("source", []), "sector"),
        target_countries=codes(record.get("target", []), "code"),
        target_sectors=codes(record.get("target", []), "sector"),
    )


def predict(events: Sequence[Event]) -> Coding:
    event = top_event(events, asserted_only=False)
    if event is None:
        return Coding(type=NONE)

    def one(value: str | None) -> frozenset[str]:
        return frozenset({value.upper()}) if value else frozenset()

    a, r = event.actor, event.recipient
    return Coding(
        type=event.type,
        confidence=event.confidence,
        mode=event.mode,
        source_countries=one(plover_code(a) if a else None),
        source_sectors=one(a.sector if a else None),
        target_countries=one(plover_code(r) if r else None),
        target_sectors=one(r.sector if r else None),
    )


def _field_accuracy(gold: Sequence[Coding], pred: Sequence[Coding], field: str) -> tuple[float, int]:
    scored = [(getattr(g, field), getattr(p, field)) for g, p in zip(gold, pred) if getattr(g, field)]
    return ratio(sum(1 for g, p in scored if g & p), len(scored)), len(scored)


def score(gold: Sequence[Coding], pred: Sequence[Coding]) -> TaskReport:
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    c = classify([g.type for g in gold], [p.type for p in pred], labels=sorted({g.type for g in gold}))
    with_mode = [(g.mode, p.mode) for g, p in zip(gold, pred) if g.mode]
    as_written = [(g.original_type or g.type, p.type) for g, p in zip(gold, pred)]
    metrics = [
        Metric("event type accuracy", c.accuracy, headline=True, n=c.n),
        Metric(
            "event type accuracy, gold 0.5b1 labels as written",
            ratio(sum(1 for g, p in as_written if g == p), len(as_written)),
            n=len(as_written),
        ),
        *classification_metrics("event type", c)[:3],
        Metric("mode accuracy (gold mode given)", ratio(sum(1 for g, p in with_mode if g == p), len(with_mode)), n=len(with_mode)),
    ]
    for field, name in (
        ("source_countries", "source country accuracy"),
        ("source_sectors", "source sector accuracy"),
        ("target_countries", "target country accuracy"),
        ("target_sectors", "target sector accuracy"),
    ):
        acc, n = _field_accuracy(gold, pred, field)
        metrics.append(Metric(name, acc, n=n))
    metrics.append(Metric("sentences with no event", ratio(sum(1 for p in pred if p.type == NONE), len(pred)), n=len(pred)))
    return TaskReport(
        task="events-plover",
        title="PLOVER gold-standard records: type, mode, actors",
        datasets=((FILE, len(gold)),),
        metrics=tuple(metrics),
        tables=(
            label_table("per PLOVER type", c.per_label),
            confusion_table("top confusions (gold → predicted)", c),
            confusion_matrix_table("confusion among the most frequent gold labels", c),
            reliability_table(
                "reliability: top event's confidence against a right type",
                [(p.confidence, g.type == p.type) for g, p in zip(gold, pred) if p.confidence is not None],
            ),
        ),
        notes=(
            "Prediction = the highest-confidence event of any modality; NONE when no event.",
            "Country/sector right = our actor's PLOVER code (ISO3, or IGO for an intergovernmental organisation, as the "
            "PLOVER export writes it) / sector is one of the gold actors' codes / sectors; records without one are not scored; "
            "no event or no actor = wrong.",
            "The GSR sentences are CAMEO manual examples recoded to PLOVER 0.5b1; dates are placeholders and not scored.",
            "Gold 0.5b1 types mapped to the 16-type vocabulary before scoring: "
            + ", ".join(f"{k} → {v}" for k, v in SUCCESSOR.items())
            + "; the accuracy on the labels as written is the second line.",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = source.run(pipeline, records, progress=progress)
    gold = [gold_coding(r) for r in records]
    pred = [predict(r.events) for r in results]
    folds = folds_of(FILE, records)
    return by_fold(lambda part: score(part.keep(gold, folds), part.keep(pred, folds)))


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Sentences whose event type is wrong (the headline), with the top event's mode and trigger."""
    for record, result in zip(records, results):
        gold, pred = gold_coding(record), predict(result.events)
        if gold.type == pred.type:
            continue
        top = top_event(result.events, asserted_only=False)
        said = pred.type if top is None else f"{pred.type} (mode {top.mode or '-'}, trigger {top.trigger.text!r})"
        written = "" if gold.original_type in (None, gold.type) else f" (written {gold.original_type})"
        span = None if top is None else (top.trigger.start, top.trigger.end)
        yield Mistake(source.file, str(record["id"]), f"{gold.type}{written}", said, excerpt(record["text"], span))
