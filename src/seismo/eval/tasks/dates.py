"""dates: time-expression detection and normalisation on TempEval-3 TBAQ.

* detection P/R/F1: our ``When`` spans (every type) against gold TIMEX3 spans, one-to-one
  overlap matching; recall by gold TimeML type, and how often our ``type`` is gold's;
* value accuracy: our documented ``timeml`` field (the TIMEX3 value as TimeML writes it) equal to
  the gold value, over the gold DATE / TIME timexes: among matched ones, and over all of them
  (the headline: right values / all gold DATE+TIME); the same over DATE alone, and over matched
  DURATION / SET.

The document creation date (``dct``) is the publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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


#: the gold types whose value is a point or stretch of time (the headline value accuracy)
POINT_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class DateScore:
    detection: PRF
    dates_matched: int  # matched gold DATE
    dates_gold: int  # all gold DATE
    values_right: int  # right values among matched gold DATE
    by_type: Counter[str]  # gold type -> gold count
    by_type_found: Counter[str]
    by_type_right: Counter[str] = field(default_factory=Counter)  # gold type -> right values
    by_type_typed: Counter[str] = field(default_factory=Counter)  # gold type -> matched with our type equal

    def _sum(self, counter: Counter[str], types: frozenset[str] = POINT_TYPES) -> int:
        return sum(counter[t] for t in types)

    @property
    def value_accuracy(self) -> float:
        return ratio(self.values_right, self.dates_matched)

    @property
    def value_accuracy_all(self) -> float:
        return ratio(self.values_right, self.dates_gold)

    @property
    def point_value_accuracy(self) -> float:
        """Right values among matched gold DATE / TIME."""
        return ratio(self._sum(self.by_type_right), self._sum(self.by_type_found))

    @property
    def point_value_accuracy_all(self) -> float:
        """Right values over all gold DATE / TIME: the headline."""
        return ratio(self._sum(self.by_type_right), self._sum(self.by_type))

    @property
    def other_value_accuracy(self) -> float:
        """Right values among matched gold DURATION / SET."""
        other = frozenset({"DURATION", "SET"})
        return ratio(self._sum(self.by_type_right, other), self._sum(self.by_type_found, other))

    @property
    def type_accuracy(self) -> float:
        return ratio(sum(self.by_type_typed.values()), sum(self.by_type_found.values()))


#: an ISO week number written without its leading zero ("1998-W6"): the same week as "1998-W06"
_SHORT_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def same_value(gold: str | None, pred: str | None) -> bool:
    """Our ``timeml`` value is gold's, as written, but for the leading zero of an ISO week
    number (TimeBank writes "1998-W6" where ISO 8601 and seismo write "1998-W06")."""
    return bool(gold) and pred is not None and _SHORT_WEEK.sub(r"0\1", gold) == _SHORT_WEEK.sub(r"0\1", pred)


def score_docs(docs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]]) -> DateScore:
    tp = fp = fn = matched_dates = gold_dates = right = 0
    by_type: Counter[str] = Counter()
    found: Counter[str] = Counter()
    type_right: Counter[str] = Counter()
    typed: Counter[str] = Counter()
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
            ok = same_value(g.value, pred[pi].value)
            type_right[g.type or "?"] += ok
            typed[g.type or "?"] += pred[pi].type == g.type
            if g.type == "DATE":
                matched_dates += 1
                right += ok
    return DateScore(PRF(tp, fp, fn), matched_dates, gold_dates, right, by_type, found, type_right, typed)


def predicted(whens: Sequence[When]) -> list[Timex]:
    """What the scorer reads of our output: span, ``timeml`` value and ``type`` (docs/output.md)."""
    return [Timex(w.start, w.end, w.timeml, w.type) for w in whens]


def gold_timexes(record: dict[str, Any]) -> list[Timex]:
    return [Timex(t["start"], t["end"], t.get("value"), t.get("type")) for t in record["timexes"]]


def score(s: DateScore, *, docs: int) -> TaskReport:
    rows = tuple(
        (t, n, s.by_type_found[t], fmt(ratio(s.by_type_found[t], n)), fmt(ratio(s.by_type_typed[t], s.by_type_found[t])),
         s.by_type_right[t], fmt(ratio(s.by_type_right[t], s.by_type_found[t])), fmt(ratio(s.by_type_right[t], n)))
        for t, n in sorted(s.by_type.items(), key=lambda kv: -kv[1])
    )
    points = s._sum(s.by_type)
    return TaskReport(
        task="dates",
        title="TempEval-3 TBAQ time expressions",
        datasets=((FILE, docs),),
        metrics=(
            *prf_metrics("timex detection", s.detection, headline=True),
            Metric("value accuracy (all gold DATE/TIME)", s.point_value_accuracy_all, headline=True, n=points),
            Metric("value accuracy (matched DATE/TIME)", s.point_value_accuracy, n=s._sum(s.by_type_found)),
            Metric("value accuracy (matched DATE)", s.value_accuracy, n=s.dates_matched),
            Metric("value accuracy (all gold DATE)", s.value_accuracy_all, n=s.dates_gold),
            Metric("value accuracy (matched DURATION/SET)", s.other_value_accuracy,
                   n=s._sum(s.by_type_found, frozenset({"DURATION", "SET"}))),
            Metric("type accuracy (matched)", s.type_accuracy, n=sum(s.by_type_found.values())),
        ),
        tables=(Table("detection and value by TimeML type",
                      ("type", "gold", "found", "recall", "type right", "value right", "value acc. (found)", "value acc. (all)"),
                      rows),),
        notes=(
            "One-to-one overlap matching of spans; the DCT is the publication date.",
            "Value accuracy compares the documented `timeml` field with the gold TIMEX3 value, exactly as written "
            "but for a week number's leading zero (gold 1998-W6 = 1998-W06).",
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
            elif not same_value(g.value, pred[pairs[gi]].value):
                said = f"value {pred[pairs[gi]].value or '-'} ({pred[pairs[gi]].type})"
            if said:
                yield Mistake(source.file, rid, f"{g.type or '?'} {g.value or '-'}", said, excerpt(text, (g.start, g.end)),
                              where=f"chars {g.start}–{g.end}")
        for pi in sorted(set(range(len(pred))) - set(pairs.values())):
            p = pred[pi]
            yield Mistake(source.file, rid, "no timex", f"value {p.value or '-'}", excerpt(text, (p.start, p.end)),
                          where=f"chars {p.start}–{p.end}")
