"""dates: time-expression detection and normalisation on TempEval-3 TBAQ.

* detection P/R/F1: our ``When`` spans against gold TIMEX3 spans, one-to-one overlap matching;
* value accuracy: among matched pairs whose gold type is DATE, the share whose normalised value
  equals the gold value (ours ``2022-W01`` / ``2022-01`` / ``2022`` compare as written; a range
  is right when the gold value is its start or end) — over matched DATEs and over all gold DATEs.

The document creation date (``dct``) is the publication date.  seismo normalises dates, not
durations or sets; DURATION / SET timexes stay in detection recall (a fair penalty) but are
left out of value accuracy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import by_fold, folds_of
from seismo.eval.report import Metric, Table, TaskReport, fmt, prf_metrics
from seismo.eval.scorers import PRF, match_spans, ratio
from seismo.model import When

FILE = "dates_tbaq.jsonl"
SOURCES = (Source(FILE, "tbaq-", date_field="dct"),)


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold or predicted time expression: offsets, normalised value and (gold) TimeML type."""

    start: int
    end: int
    value: str | None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class DateScore:
    detection: PRF
    dates_matched: int
    dates_gold: int
    values_right: int
    by_type: Counter[str]  # gold type -> gold count
    by_type_found: Counter[str]

    @property
    def value_accuracy(self) -> float:
        return ratio(self.values_right, self.dates_matched)

    @property
    def value_accuracy_all(self) -> float:
        return ratio(self.values_right, self.dates_gold)


def same_value(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return False
    if gold == pred:
        return True
    if "/" in pred:
        return gold in pred.split("/")
    return False


def score_docs(docs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]]) -> DateScore:
    tp = fp = fn = matched_dates = gold_dates = right = 0
    by_type: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for gold, pred in docs:
        pairs = match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred])
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        by_type.update(g.type or "?" for g in gold)
        gold_dates += sum(1 for g in gold if g.type == "DATE")
        for gi, pi in pairs:
            g = gold[gi]
            found[g.type or "?"] += 1
            if g.type == "DATE":
                matched_dates += 1
                right += same_value(g.value, pred[pi].value)
    return DateScore(PRF(tp, fp, fn), matched_dates, gold_dates, right, by_type, found)


def predicted(whens: Sequence[When]) -> list[Timex]:
    return [Timex(w.start, w.end, w.value) for w in whens]


def gold_timexes(record: dict[str, Any]) -> list[Timex]:
    return [Timex(t["start"], t["end"], t.get("value"), t.get("type")) for t in record["timexes"]]


def score(s: DateScore, *, docs: int) -> TaskReport:
    rows = tuple(
        (t, n, s.by_type_found[t], fmt(ratio(s.by_type_found[t], n))) for t, n in sorted(s.by_type.items(), key=lambda kv: -kv[1])
    )
    return TaskReport(
        task="dates",
        title="TempEval-3 TBAQ time expressions",
        datasets=((FILE, docs),),
        metrics=(
            *prf_metrics("timex detection", s.detection, headline=True),
            Metric("value accuracy (matched DATE)", s.value_accuracy, headline=True, n=s.dates_matched),
            Metric("value accuracy (all gold DATE)", s.value_accuracy_all, n=s.dates_gold),
        ),
        tables=(Table("recall by TimeML type", ("type", "gold", "found", "recall"), rows),),
        notes=(
            "One-to-one overlap matching of spans; the DCT is the publication date.",
            "Value accuracy on DATE timexes only: exact value, or a range whose start or end is the gold value.",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = run_pipeline(pipeline, source.articles(records), progress=progress)
    docs = [(gold_timexes(rec), predicted(res.dates)) for rec, res in zip(records, results)]
    folds = folds_of(FILE, records)
    return by_fold(lambda part: score(score_docs(part.keep(docs, folds)), docs=len(part.keep(docs, folds))))


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Gold timexes missed, DATE values wrong, and time expressions of ours that gold does not have."""
    for record, result in zip(records, results):
        text, rid = record["text"], str(record["id"])
        gold, pred = gold_timexes(record), predicted(result.dates)
        pairs = dict(match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred]))
        for gi, g in enumerate(gold):
            said = None
            if gi not in pairs:
                said = "not found"
            elif g.type == "DATE" and not same_value(g.value, pred[pairs[gi]].value):
                said = f"value {pred[pairs[gi]].value or '-'}"
            if said:
                yield Mistake(source.file, rid, f"{g.type or '?'} {g.value or '-'}", said, excerpt(text, (g.start, g.end)),
                              where=f"chars {g.start}–{g.end}")
        for pi in sorted(set(range(len(pred))) - set(pairs.values())):
            p = pred[pi]
            yield Mistake(source.file, rid, "no timex", f"value {p.value or '-'}", excerpt(text, (p.start, p.end)),
                          where=f"chars {p.start}–{p.end}")
