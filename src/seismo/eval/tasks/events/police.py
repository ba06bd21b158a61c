"""police-events: did police kill / arrest / use force, per sentence (IndiaPoliceEvents).

The three questions are answered from documented output fields only, the way a user queries
seismo's events (the ``FAIL`` and ``ANY_ACTION`` questions are not scored).  Only asserted
events count:

* police actor: the event's ``actor`` has PLOVER sector COP, MIL or SPY;
* KILL ("did police kill someone?" — no number needed): a police actor and a ``killed`` count
  (with or without a number);
* ARREST: ACLED sub-event type Arrests, PLOVER mode arrest/detain, or an ``arrested`` count;
* FORCE: KILL, or a police actor and (PLOVER type ASSAULT, an ``injured`` count, or ACLED
  sub-event type "Excessive force against protesters" / "Protest with intervention").

An event belongs to the gold sentence holding its trigger's first character (else the
sentence its evidence overlaps most), and to the sentences of its merged mentions
(``Event.mentions``); a label resting on a count (KILL on the killed count) goes to the
sentence holding that count.  Document labels are the union over sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt, labels_text
from seismo.eval.folds import Part, by_fold, folds_of
from seismo.eval.report import Metric, TaskReport, label_table
from seismo.eval.scorers import multilabel, overlap
from seismo.model import Event

FILE = "police_events_dev.jsonl"
SOURCES = (Source(FILE, "police-"),)
LABELS = ("KILL", "ARREST", "FORCE")
POLICE_SECTORS = frozenset({"COP", "MIL", "SPY"})
FORCE_SUB_TYPES = frozenset({"excessive force against protesters", "protest with intervention"})
ARREST_MODES = frozenset({"arrest", "detain"})


def police_actor(event: Event) -> bool:
    """The event's actor has PLOVER sector COP, MIL or SPY."""
    a = event.actor
    return a is not None and (a.sector or "").upper() in POLICE_SECTORS


def has_count(event: Event, kind: str) -> bool:
    """The event carries a count of ``kind`` that is not zero (a count with no number counts)."""
    return any(c.kind == kind and (c.best or c.low or c.high) != 0 for c in event.counts)


def _arrest_coded(event: Event) -> bool:
    return (event.acled_sub_event_type or "").strip().lower() == "arrests" or (event.mode or "").lower() in ARREST_MODES


def labels_for(event: Event) -> frozenset[str]:
    """The police questions one event answers 'yes' to (see the module docstring)."""
    if event.modality != "asserted":
        return frozenset()
    police = police_actor(event)
    sub = (event.acled_sub_event_type or "").strip().lower()
    out: set[str] = set()
    if police and has_count(event, "killed"):
        out.add("KILL")
    if _arrest_coded(event) or has_count(event, "arrested"):
        out.add("ARREST")
    if "KILL" in out or (police and (event.type == "ASSAULT" or has_count(event, "injured") or sub in FORCE_SUB_TYPES)):
        out.add("FORCE")
    return frozenset(out)


def sentence_of(event: Event, sentences: Sequence[tuple[int, int]]) -> int | None:
    """Index of the sentence an event belongs to, or ``None``."""
    t = event.trigger.start
    for i, (s, e) in enumerate(sentences):
        if s <= t < e:
            return i
    best = max(range(len(sentences)), key=lambda i: overlap(sentences[i], (event.evidence.start, event.evidence.end)), default=None)
    if best is None or overlap(sentences[best], (event.evidence.start, event.evidence.end)) == 0:
        return None
    return best


def mention_sentences(event: Event, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """The sentences of an event's merged mentions (``Event.mentions``: further evidence)."""
    return {i for m in event.mentions for i, span in enumerate(sentences) if overlap(span, (m.start, m.end)) > 0}


def count_sentences(event: Event, kind: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """The sentences holding the event's counts of ``kind`` (each count's own span)."""
    return {i for c in event.counts if c.kind == kind for i, span in enumerate(sentences) if overlap(span, (c.start, c.end)) > 0}


def predict_sentences(events: Sequence[Event], sentences: Sequence[tuple[int, int]]) -> list[frozenset[str]]:
    """Per gold sentence, the labels of the events it gives evidence of: a report's trigger
    sentence and the sentences of its merged mentions; a label that rests on a count (KILL: the
    killed count; ARREST with no arrest coding: the arrested count) goes where that count is."""
    out: list[set[str]] = [set() for _ in sentences]
    for event in events:
        i = sentence_of(event, sentences)
        where = ({i} if i is not None else set()) | mention_sentences(event, sentences)
        for label in labels_for(event):
            places = where
            if label == "KILL":
                places = count_sentences(event, "killed", sentences) or where
            elif label == "ARREST" and not _arrest_coded(event):
                places = count_sentences(event, "arrested", sentences) or where
            for k in places:
                out[k].add(label)
    return [frozenset(s) for s in out]


def score(
    sent_gold: Sequence[frozenset[str]],
    sent_pred: Sequence[frozenset[str]],
    doc_gold: Sequence[frozenset[str]],
    doc_pred: Sequence[frozenset[str]],
) -> TaskReport:
    s = multilabel(sent_gold, sent_pred, labels=LABELS)
    d = multilabel(doc_gold, doc_pred, labels=LABELS)
    metrics = [
        Metric("sentence micro F1", s.micro.f1, headline=True, n=s.micro.support),
        Metric("sentence macro F1", s.macro_f1, headline=True, n=len(LABELS)),
    ]
    for label in LABELS:
        m = s.per_label[label]
        metrics += [
            Metric(f"sentence {label} precision", m.precision, n=m.tp + m.fp),
            Metric(f"sentence {label} recall", m.recall, n=m.support),
            Metric(f"sentence {label} F1", m.f1, n=m.support),
        ]
    metrics += [Metric("document micro F1", d.micro.f1, n=d.micro.support), Metric("document macro F1", d.macro_f1, n=len(LABELS))]
    return TaskReport(
        task="police-events",
        title="IndiaPoliceEvents: police KILL / ARREST / FORCE",
        datasets=((FILE, len(doc_gold)), (f"{FILE} (sentences)", len(sent_gold))),
        metrics=tuple(metrics),
        tables=(label_table("per sentence", s.per_label, sort_by_support=False), label_table("per document", d.per_label, sort_by_support=False)),
        notes=(
            "Matching rule, on documented output fields only: police actor = actor sector COP, MIL or SPY. KILL (no "
            "number needed) = police actor + a killed count (with or without a number); ARREST = ACLED sub-event type "
            "Arrests, PLOVER mode arrest/detain or an arrested count; FORCE = KILL, or police actor + PLOVER type ASSAULT, "
            "an injured count, or ACLED sub-event type excessive force against protesters / protest with intervention.",
            "Only asserted events count. An event belongs to the sentence holding its trigger and to the sentences of its "
            "merged mentions. FAIL and ANY_ACTION are not scored.",
        ),
    )


def _gold_sentences(record: dict[str, Any]) -> tuple[list[tuple[int, int]], list[frozenset[str]]]:
    spans = [(s["start"], s["end"]) for s in record["sentences"]]
    return spans, [frozenset(l for l in s["labels"] if l in LABELS) for s in record["sentences"]]


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    """Documents are folded by their id; a document's sentences share its fold."""
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = run_pipeline(pipeline, source.articles(records), progress=progress)
    doc_folds = folds_of(FILE, records)
    sent_gold: list[frozenset[str]] = []
    sent_pred: list[frozenset[str]] = []
    sent_folds: list[int] = []
    doc_gold: list[frozenset[str]] = []
    doc_pred: list[frozenset[str]] = []
    for record, result, fold in zip(records, results, doc_folds):
        spans, gold = _gold_sentences(record)
        pred = predict_sentences(result.events, spans)
        sent_gold += gold
        sent_pred += pred
        sent_folds += [fold] * len(gold)
        doc_gold.append(frozenset(l for l in record.get("labels", []) if l in LABELS))
        doc_pred.append(frozenset().union(*pred) if pred else frozenset())

    def scored(part: Part) -> TaskReport:
        return score(part.keep(sent_gold, sent_folds), part.keep(sent_pred, sent_folds),
                     part.keep(doc_gold, doc_folds), part.keep(doc_pred, doc_folds))

    return by_fold(scored)


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Sentences whose KILL / ARREST / FORCE answers differ from gold, with the events that gave ours."""
    for record, result in zip(records, results):
        spans, gold = _gold_sentences(record)
        pred = predict_sentences(result.events, spans)
        for i, (span, g, p) in enumerate(zip(spans, gold, pred)):
            if g == p:
                continue
            why = [f"{e.type} {e.trigger.text!r}" for e in result.events if sentence_of(e, spans) == i and labels_for(e)]
            said = labels_text(p) + (f" (from {'; '.join(why)})" if why else "")
            yield Mistake(source.file, str(record["id"]), labels_text(g), said, excerpt(record["text"], span),
                          where=f"sentence {i}")
