"""police-events: did police kill / arrest / use force, per sentence (IndiaPoliceEvents).

Mapping from seismo's asserted events to the three questions (the ``FAIL`` and
``ANY_ACTION`` questions are not scored):

* police actor: the event's ``actor`` has PLOVER sector COP, MIL or SPY, or its text names
  police or security forces (``POLICE_WORDS``);
* KILL ("did police kill someone?" — no number needed): police actor and either a trigger that
  means killing (``KILL_TRIGGER``: kill / killing, shot / shoot dead, gun(ned) down, murder,
  lynch), a ``killed`` count (with or without a number), or an ASSAULT whose evidence sentence
  says its victims died (``DEATH_WORDS``: died, dead, death, succumbed, ...);
* ARREST: ACLED sub-event type Arrests, PLOVER mode arrest/detain, or an ``arrested`` count —
  with a police actor or no actor at all (arrests are made by the state unless said otherwise) —
  except where the trigger names a *state*, not an act (``STATE_TRIGGER``: "in custody",
  "remanded in custody", "under arrest", "in detention", "in jail"); "taken into custody" and
  "placed under arrest" stay arrests.  The trigger is read as written (``Event.trigger.text``)
  with the words just before it in the evidence sentence;
* FORCE: KILL, or police actor and (PLOVER type ASSAULT, an ``injured`` count, or ACLED
  sub-event type "Excessive force against protesters" / "Protest with intervention").

An event belongs to the gold sentence holding its trigger's first character (else the
sentence its evidence overlaps most).  Document labels are the union over sentences.
"""

from __future__ import annotations

import re
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
POLICE_WORDS = re.compile(
    r"\b(police\w*|cops?|constables?|officers?|security (forces|personnel)|troops|soldiers|army|paramilitar\w*)\b",
    re.IGNORECASE,
)
FORCE_SUB_TYPES = frozenset({"excessive force against protesters", "protest with intervention"})
KILL_TRIGGER = re.compile(
    r"\b(kill\w*|murder\w*|lynch\w*|(shot|shoot\w*)\s+(\w+\s+)?dead|gun\w*\s+(\w+\s+)?down|encounter\s+killing)\b",
    re.IGNORECASE,
)
DEATH_WORDS = re.compile(
    r"\b(died|dies|dead|deaths?|killed|succumbed|perish(ed|es)?|fatal\w*|lost (his|her|their) lives?|bodies)\b", re.IGNORECASE
)
STATE_TRIGGER = re.compile(
    r"(?<!placed )(?<!put )(?<!taken )(?<!placing )(?<!putting )(?<!taking )"  # "placed under arrest" is an act
    r"\b(in|under)\s+((police|judicial|jail|their|his|her|its)\s+)?(custody|arrest|detention|jail|prison)\b"
    r"|\bremanded\b",
    re.IGNORECASE,
)
CONTEXT_CHARS = 30


def police_actor(event: Event) -> bool:
    a = event.actor
    if a is None:
        return False
    return (a.sector or "").upper() in POLICE_SECTORS or bool(POLICE_WORDS.search(a.text))


def _count(event: Event, kind: str) -> bool:
    return any(c.kind == kind and (c.best or c.low or c.high) != 0 for c in event.counts)


def trigger_context(event: Event, *, chars: int = CONTEXT_CHARS) -> str:
    """The trigger as written with up to ``chars`` characters (whole words) before it from the
    evidence sentence ("... remanded in custody"), single-spaced; the trigger alone when the
    evidence does not hold it."""
    ev, tr = event.evidence, event.trigger
    if ev.start <= tr.start <= tr.end <= ev.end and ev.text:
        cut = max(0, tr.start - ev.start - chars)
        before = ev.text[cut : tr.start - ev.start]
        if cut > 0 and not ev.text[cut - 1].isspace():
            before = before.partition(" ")[2]  # no half word at the start
        return " ".join(f"{before}{tr.text}".split())
    return " ".join(tr.text.split())


def is_kill(event: Event) -> bool:
    """The event means someone was killed: a killing trigger, a ``killed`` count, or an
    ASSAULT whose evidence sentence says its victims died."""
    if KILL_TRIGGER.search(event.trigger.text) or _count(event, "killed"):
        return True
    return event.type == "ASSAULT" and bool(DEATH_WORDS.search(event.evidence.text))


def is_state(event: Event) -> bool:
    """The trigger names a state of being held ("in custody", "under arrest"), not an arrest."""
    context = trigger_context(event)
    match = None
    for m in STATE_TRIGGER.finditer(context):
        match = m
    return match is not None and match.end() > len(context) - len(" ".join(event.trigger.text.split())) - 1


def labels_for(event: Event) -> frozenset[str]:
    """The police questions one event answers 'yes' to (see the module docstring)."""
    if event.modality != "asserted":
        return frozenset()
    police = police_actor(event)
    sub = (event.acled_sub_event_type or "").strip().lower()
    out: set[str] = set()
    if police and is_kill(event):
        out.add("KILL")
    if (police or event.actor is None) and not is_state(event) and (
        sub == "arrests" or (event.mode or "").lower() in {"arrest", "detain"} or _count(event, "arrested")
    ):
        out.add("ARREST")
    if "KILL" in out or (police and (event.type == "ASSAULT" or _count(event, "injured") or sub in FORCE_SUB_TYPES)):
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


def predict_sentences(events: Sequence[Event], sentences: Sequence[tuple[int, int]]) -> list[frozenset[str]]:
    out: list[set[str]] = [set() for _ in sentences]
    for event in events:
        i = sentence_of(event, sentences)
        if i is not None:
            out[i] |= labels_for(event)
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
            "Police actor = actor sector COP/MIL/SPY or its text names police/security forces. KILL (no number needed) = police "
            "actor + a killing trigger (kill, shoot dead, gun down, murder, lynch), a killed count, or an ASSAULT whose sentence "
            "says the victims died; ARREST = Arrests sub-type, mode arrest/detain or an arrested count, by police or an unnamed "
            "actor, except triggers naming a state ('in custody', 'remanded in custody', 'under arrest'); FORCE = KILL, or "
            "police actor + ASSAULT, an injured count, or excessive force / protest with intervention.",
            "Only asserted events count. An event belongs to the sentence holding its trigger. FAIL and ANY_ACTION are not scored.",
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
