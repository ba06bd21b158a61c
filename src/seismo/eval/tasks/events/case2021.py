"""events-case2021: CASE 2021 Task 2 event-type classification (ACLED sub-event types).

Prediction: the ACLED sub-event type of the highest-confidence *asserted* event in the text,
mapped to a CASE label through ``seismo/data/case_labels.tsv``; no event (or an unmapped
sub-type) is ``NONE``.  Headline: support-weighted F1 over the 25 ACLED sub-types, scored on
the texts whose gold label is one of them.  Separately: how often a text whose gold label is
one of the five non-ACLED types is wrongly coded as an ACLED event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline, top_event
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import by_fold, folds_of
from seismo.eval.maps import NONE, CaseLabels, case_labels
from seismo.eval.report import (
    Metric,
    Table,
    TaskReport,
    classification_metrics,
    confusion_matrix_table,
    confusion_table,
    fmt,
    label_table,
    reliability_table,
)
from seismo.eval.scorers import classify, ratio
from seismo.model import Event

FILE = "events_case2021_dev.jsonl"
SOURCES = (Source(FILE, "case2021-"),)
NON_ACLED = ("NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB")
ANCHOR_WEIGHTED_F1 = 83.9
ANCHOR_SOURCE = "CASE 2021 Task 2 best, 25 ACLED types"


def predict_label(events: Sequence[Event], *, labels: CaseLabels | None = None, political: bool = False) -> str:
    """The CASE label of the highest-confidence asserted event (of scope ``political`` only when
    ``political``: what the default ACLED export holds), or ``NONE``."""
    event = top_event([e for e in events if e.scope == "political"] if political else events, asserted_only=True)
    if event is None:
        return NONE
    return (labels or case_labels()).case_label(event.acled_sub_event_type, event.acled_event_type)


def score(
    gold: Sequence[str],
    pred: Sequence[str],
    *,
    acled_labels: Sequence[str] | None = None,
    confidences: Sequence[float | None] | None = None,
    political: Sequence[str] | None = None,
) -> TaskReport:
    """Score CASE labels (``NONE`` = no event coded); ``confidences`` of the predicted top events
    (None where there is none) add a reliability table; ``political``, the labels of political
    events only, adds their weighted F1, the share of ACLED texts they leave uncoded and the share
    of non-ACLED texts they code as an ACLED event."""
    acled = tuple(acled_labels or case_labels().acled_labels)
    acled_set = set(acled)
    in_acled = [i for i, g in enumerate(gold) if g in acled_set]
    g_acled = [gold[i] for i in in_acled]
    p_acled = [pred[i] for i in in_acled]
    c = classify(g_acled, p_acled, labels=acled)
    non = [i for i, g in enumerate(gold) if g in NON_ACLED]
    wrongly = [i for i in non if pred[i] in acled_set]
    coded_none = sum(1 for p in p_acled if p == NONE)
    per_non = tuple(
        (label, sum(1 for i in non if gold[i] == label), sum(1 for i in wrongly if gold[i] == label))
        for label in NON_ACLED
    )
    metrics = [
        Metric("weighted F1 (25 ACLED types)", c.weighted_f1, anchor=ANCHOR_WEIGHTED_F1, anchor_source=ANCHOR_SOURCE, headline=True, n=len(g_acled)),
        *classification_metrics("ACLED-type", c)[:2],
        Metric("ACLED-type macro precision", c.macro_precision, n=len(c.per_label)),
        Metric("ACLED-type macro recall", c.macro_recall, n=len(c.per_label)),
        Metric("ACLED-type accuracy", c.accuracy, n=c.n),
        Metric("ACLED texts coded NONE", ratio(coded_none, len(p_acled)), n=len(p_acled)),
        Metric("non-ACLED texts wrongly coded as ACLED", ratio(len(wrongly), len(non)), headline=True, n=len(non)),
    ]
    tables = (
        label_table("per ACLED type", c.per_label),
        confusion_table("top confusions (gold → predicted)", c),
        confusion_matrix_table("confusion among the most frequent gold labels", c),
        Table("non-ACLED gold texts coded as an ACLED event", ("gold", "texts", "wrongly coded"), per_non),
    )
    if political is not None:
        cp = classify(g_acled, [political[i] for i in in_acled], labels=acled)
        metrics += [
            Metric("weighted F1, political events only (the default ACLED export)", cp.weighted_f1, n=len(g_acled)),
            Metric("ACLED texts with no political event", ratio(sum(1 for i in in_acled if political[i] == NONE), len(in_acled)),
                   n=len(in_acled)),
            Metric("non-ACLED texts coded as a political ACLED event",
                   ratio(sum(1 for i in non if political[i] in acled_set), len(non)), n=len(non)),
        ]
    if confidences is not None:
        pairs = [(conf, g == p) for g, p, conf in zip(gold, pred, confidences) if conf is not None and p != NONE]
        tables += (reliability_table("reliability: top event's confidence against a right sub-type", pairs),)
        high = [ok for conf, ok in pairs if conf >= 0.8]
        metrics.append(Metric("right among top events with confidence ≥ 0.8", ratio(sum(high), len(high)), n=len(high)))
    notes = (
        "Prediction = ACLED sub-event type of the highest-confidence asserted event, mapped through "
        "seismo/data/case_labels.tsv; no event or an unmapped sub-type = NONE (a miss on ACLED texts).",
        "Weighted F1 = per-type F1 weighted by gold support, over texts whose gold is an ACLED type.",
        f"Non-ACLED types {', '.join(NON_ACLED)} should get no event; the last metric is the share that got one "
        f"({fmt(ratio(len(wrongly), len(non)))}% of {len(non)}).",
        "'Political events only' reads the same way among events of scope political, the ones the ACLED-style "
        "export, figures and alerts keep by default: a single sentence often names no actor that makes its "
        "attack, arrest or seizure political (seismo.extract.framing.scope), so it is kept as an incident.",
    )
    return TaskReport(
        task="events-case2021",
        title="CASE 2021 Task 2 event types",
        datasets=((FILE, len(gold)),),
        metrics=tuple(metrics),
        tables=tables,
        notes=notes,
    )


def is_right(gold: str, pred: str, *, acled_labels: Sequence[str] | None = None) -> bool:
    """As the scorer counts it: an ACLED text needs its own label; a non-ACLED text, no ACLED label."""
    acled = set(acled_labels or case_labels().acled_labels)
    if gold in acled:
        return pred == gold
    return gold not in NON_ACLED or pred not in acled


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = run_pipeline(pipeline, source.articles(records), progress=progress)
    labels = case_labels()
    gold = [r["label"] for r in records]
    pred = [predict_label(r.events, labels=labels) for r in results]
    political = [predict_label(r.events, labels=labels, political=True) for r in results]
    tops = [top_event(r.events, asserted_only=True) for r in results]
    conf = [e.confidence if e else None for e in tops]
    folds = folds_of(FILE, records)
    return by_fold(lambda part: score(part.keep(gold, folds), part.keep(pred, folds), confidences=part.keep(conf, folds),
                                      political=part.keep(political, folds)))


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Texts coded wrong (see :func:`is_right`), with the top event's trigger."""
    labels = case_labels()
    for record, result in zip(records, results):
        pred = predict_label(result.events, labels=labels)
        if is_right(record["label"], pred, acled_labels=labels.acled_labels):
            continue
        top = top_event(result.events, asserted_only=True)
        said = pred if top is None else (
            f"{pred} ({top.acled_sub_event_type or '-'}, trigger {top.trigger.text!r}, {top.confidence:.2f})")
        span = None if top is None else (top.trigger.start, top.trigger.end)
        yield Mistake(source.file, str(record["id"]), record["label"], said, excerpt(record["text"], span))

