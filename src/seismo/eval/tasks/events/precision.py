"""precision: events on whole articles, judged one by one by a careful reader (the audit set).

The public tasks score a sentence at a time; this task scores every event seismo gives on about
40 whole articles of the dev files.  ``audit_articles.tsv`` names them (file + record id, never
the text), chosen by rule, not by hand: from each listed file, the records of the tuning folds
(never the validation fold) whose text is 500–6,000 characters, in the order of
``sha256("audit:{file}:{id}")``, the first ``n`` of them.  ``audit_judgments.jsonl`` holds one
judgment per event, keyed by file, record id and the trigger's character offsets:

    {"file", "id", "trigger": [start, end], "type": PLOVER type judged, "acled": sub-type judged,
     "verdict": "real" | "duplicate" | "not_event", "duplicate_of": [start, end] | null,
     "type_ok", "actor_ok", "place_ok", "modality_ok": true | false | null,
     "judged": {"actor": [name, country, sector] | null, "place": name | null, "modality": str},
     "note": str}

* real: a happening (or a statement act) the article reports; duplicate: the same happening as
  the event whose trigger is at ``duplicate_of``, in the same article (it counts as real again
  when that event is no longer given); not_event: a state, plan, document, generic statement or
  wrong word sense;
* the field judgments hold for the event as judged: each mark counts only while seismo still
  gives the judged value (``type`` and ``acled`` for ``type_ok``: the mark judges the PLOVER type
  and the ACLED sub-type together; ``judged`` for the others); a changed
  value is a field to judge again (``seismo eval precision --errors`` lists it), and a
  ``null`` is "no opinion"; neither is counted.

Events no judgment matches are *unjudged*: counted, listed by ``seismo eval precision --errors``
for judging, and never guessed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, read_jsonl, require, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import VALIDATION_FOLD, fold_of
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import ratio
from seismo.model import Event

ARTICLES_FILE = "audit_articles.tsv"
JUDGMENTS_FILE = "audit_judgments.jsonl"
#: file -> how many of its records the audit set takes
PLAN = {
    "police_events_dev.jsonl": 10,
    "protest_glocon_docs.jsonl": 10,
    "quotes_polnear_dev.jsonl": 5,
    "geo_lgl.jsonl": 5,
    "dates_tbaq.jsonl": 4,
    "args_wikievents_dev.jsonl": 3,
    "geo_geovirus.jsonl": 3,
}
MIN_CHARS, MAX_CHARS = 500, 6000
VERDICTS = ("real", "duplicate", "not_event")
FIELDS = ("type_ok", "actor_ok", "place_ok", "modality_ok")

SOURCES = tuple(Source(file, f"audit-{file.split('_')[0]}-") for file in PLAN)


def choose(file: str, records: Sequence[dict[str, Any]], n: int) -> list[str]:
    """The audit set's record ids of one file, by the rule of the module docstring."""
    pool = [
        str(r["id"]) for r in records
        if fold_of(file, r["id"]) != VALIDATION_FOLD and MIN_CHARS <= len(r["text"]) <= MAX_CHARS
    ]
    return sorted(pool, key=lambda i: hashlib.sha256(f"audit:{file}:{i}".encode()).hexdigest())[:n]


def _package_text(name: str) -> str:
    return resources.files("seismo.eval.tasks").joinpath(name).read_text(encoding="utf-8")


def audit_articles(text: str | None = None) -> list[tuple[str, str]]:
    """``(file, record id)`` of every audit article, from ``audit_articles.tsv``."""
    rows = []
    for line in (text if text is not None else _package_text(ARTICLES_FILE)).splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("file\t"):
            continue
        file, record = line.split("\t")
        rows.append((file, record))
    return rows


@dataclass(frozen=True, slots=True)
class Judgment:
    file: str
    id: str
    trigger: tuple[int, int]
    type: str
    acled: str | None
    verdict: str
    duplicate_of: tuple[int, int] | None
    marks: dict[str, bool | None]
    judged: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.file, self.id, *self.trigger)


def parse_judgments(text: str, *, name: str = JUDGMENTS_FILE) -> dict[tuple[str, str, int, int], Judgment]:
    """The judgments by key; a bad line is an error naming file and line (the set is ours to fix)."""
    out: dict[tuple[str, str, int, int], Judgment] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
            if o["verdict"] not in VERDICTS:
                raise ValueError(f"verdict {o['verdict']!r} is not one of {', '.join(VERDICTS)}")
            dup = o.get("duplicate_of")
            j = Judgment(
                file=o["file"], id=str(o["id"]), trigger=(int(o["trigger"][0]), int(o["trigger"][1])),
                type=o["type"], acled=o.get("acled"), verdict=o["verdict"],
                duplicate_of=None if dup is None else (int(dup[0]), int(dup[1])),
                marks={f: o.get(f) for f in FIELDS}, judged=dict(o.get("judged") or {}), note=o.get("note", ""),
            )
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"{name}:{lineno}: {exc}") from exc
        out[j.key] = j
    return out


def judgments() -> dict[tuple[str, str, int, int], Judgment]:
    try:
        return parse_judgments(_package_text(JUDGMENTS_FILE))
    except FileNotFoundError:
        return {}


@dataclass(frozen=True, slots=True)
class Scored:
    """One event and its judgment (None: unjudged) in one audit article."""

    file: str
    id: str
    event: Event
    judgment: Judgment | None


def pair(file: str, record: str, events: Sequence[Event], table: dict[tuple[str, str, int, int], Judgment]) -> list[Scored]:
    return [Scored(file, record, e, table.get((file, record, e.trigger.start, e.trigger.end))) for e in events]


def field_values(e: Event) -> dict[str, Any]:
    """An event's values that the field marks judge, as ``judged`` stores them."""
    a = e.actor
    return {
        "type_ok": (e.type, e.acled_sub_event_type),
        "actor_ok": None if a is None else [a.name, a.country, a.sector],
        "place_ok": None if e.location is None else e.location.place.name,
        "modality_ok": e.modality,
    }


def _then(j: Judgment, name: str) -> Any:
    """The value the mark ``name`` judged (:data:`_UNSET` when the judgment does not say)."""
    return (j.type, j.acled) if name == "type_ok" else j.judged.get(name[:-3], _UNSET)


def stale_field(s: Scored, name: str) -> bool:
    """Whether the value the mark ``name`` judged has changed since (so the mark no longer holds)."""
    if s.judgment is None:
        return False
    then = _then(s.judgment, name)
    return then is not _UNSET and then != field_values(s.event)[name]


def mark(s: Scored, name: str) -> bool | None:
    """The judged mark ``name`` of ``s``, or None when there is none or the value it judged changed."""
    if s.judgment is None or _then(s.judgment, name) is _UNSET or stale_field(s, name):
        return None
    return s.judgment.marks.get(name)


_UNSET = object()


def verdict(s: Scored, given: set[tuple[int, int]]) -> str | None:
    """The verdict that holds now: a duplicate of an event no longer given is real."""
    j = s.judgment
    if j is None:
        return None
    if j.verdict == "duplicate" and (j.duplicate_of is None or j.duplicate_of not in given):
        return "real"
    return j.verdict


def score(articles: Sequence[Sequence[Scored]], *, files: Sequence[str] | None = None) -> TaskReport:
    """Shares of judged events that are real / duplicates / no event, and of real events whose
    type, actor, place and modality are right."""
    counts = {v: 0 for v in VERDICTS}
    unjudged = rejudge = 0
    marks: dict[str, list[bool]] = {f: [] for f in FIELDS}
    per_file: dict[str, list[int]] = {}
    for scored in articles:
        given = {(s.event.trigger.start, s.event.trigger.end) for s in scored}
        for s in scored:
            row = per_file.setdefault(s.file, [0, 0, 0, 0])
            row[0] += 1
            v = verdict(s, given)
            if v is None:
                unjudged += 1
                continue
            counts[v] += 1
            row[1] += 1
            row[2] += v == "real"
            row[3] += v == "duplicate"
            if v != "real":
                continue
            for f in FIELDS:
                m = mark(s, f)
                if m is not None:
                    marks[f].append(bool(m))
                elif stale_field(s, f):
                    rejudge += 1
    judged = sum(counts.values())
    total = judged + unjudged
    metrics = [
        Metric("events real", ratio(counts["real"], judged), headline=True, n=judged),
        Metric("events duplicate", ratio(counts["duplicate"], judged), headline=True, n=judged),
        Metric("events not an event", ratio(counts["not_event"], judged), n=judged),
        *(Metric(f"real events with {f[:-3]} right", ratio(sum(m), len(m)), headline=True, n=len(m)) for f, m in marks.items()),
        Metric("events unjudged", ratio(unjudged, total), n=total),
        Metric("field marks to judge again (value changed)", rejudge, unit="marks"),
    ]
    tables = (Table("events by file", ("file", "events", "judged", "real", "duplicate"),
                    tuple((f, *r) for f, r in sorted(per_file.items()))),)
    notes = (
        f"{len(articles)} whole articles from the tuning folds (audit_articles.tsv, chosen by rule); every event "
        "seismo gives is matched to a judgment by file, record and trigger offsets (audit_judgments.jsonl).",
        "Shares are of judged events; field shares are of events judged real, each mark only while the value it "
        "judged (type, actor, place, modality) is still the one given. A duplicate counts as real when the event "
        "it repeats is gone.",
        f"Unjudged events: {unjudged} of {total} ({fmt(ratio(unjudged, total))}%); `seismo eval precision --errors` lists them.",
    )
    return TaskReport(
        task="precision", title="Whole-article precision (audit set)",
        datasets=tuple(Counter(files if files is not None else [a[0].file for a in articles if a]).items()),
        metrics=tuple(metrics), tables=tables, notes=notes,
    )


def _records(data_dir: Path, chosen: list[tuple[str, str]]) -> list[tuple[Source, dict[str, Any]]]:
    wanted: dict[str, set[str]] = {}
    for file, record in chosen:
        wanted.setdefault(file, set()).add(record)
    out = []
    for source in SOURCES:
        if source.file not in wanted:
            continue
        for r in read_jsonl(require(data_dir, source.file)):
            if str(r["id"]) in wanted[source.file]:
                out.append((source, r))
    return out


def run_scored(data_dir: Path, *, pipeline: Any, limit: int | None = None,
               progress: Progress | None = None) -> list[list[Scored]]:
    pairs = _records(data_dir, audit_articles())[:limit]
    table = judgments()
    out: list[list[Scored]] = []
    for i, (source, record) in enumerate(pairs):
        (result,) = run_pipeline(pipeline, source.articles([record]))
        out.append(pair(source.file, str(record["id"]), result.events, table))
        if progress is not None:
            progress(i + 1, len(pairs))
    return out


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    chosen = [file for file, _ in audit_articles()][:limit]
    return score(run_scored(data_dir, pipeline=pipeline, limit=limit, progress=progress), files=chosen)


def describe(e: Event) -> str:
    actor = e.actor.name if e.actor else "-"
    place = e.location.place.name if e.location else "-"
    return (f"{e.type}/{e.mode or '-'} acled={e.acled_sub_event_type or '-'} actor={actor} "
            f"place={place} modality={e.modality} trigger={e.trigger.text!r}@{e.trigger.start}-{e.trigger.end}")


def select(source: Source, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The audit articles among ``records`` (what ``--errors`` runs the pipeline on)."""
    chosen = set(audit_articles())
    return [r for r in records if (source.file, str(r["id"])) in chosen]


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Events that are unjudged, or judged wrong in some way (audit articles only)."""
    chosen = set(audit_articles())
    table = judgments()
    for record, result in zip(records, results):
        if (source.file, str(record["id"])) not in chosen:
            continue
        scored = pair(source.file, str(record["id"]), result.events, table)
        given = {(s.event.trigger.start, s.event.trigger.end) for s in scored}
        for s in scored:
            v = verdict(s, given)
            bad = [f[:-3] for f in FIELDS if mark(s, f) is False]
            again = [f[:-3] for f in FIELDS if v == "real" and stale_field(s, f)]
            if v == "real" and not bad and not again:
                continue
            said = "unjudged" if v is None else v + "".join(
                f"; {label}: {', '.join(x)}" for label, x in (("wrong", bad), ("judge again", again)) if x)
            yield Mistake(source.file, str(record["id"]), said, describe(s.event),
                          excerpt(record["text"], (s.event.trigger.start, s.event.trigger.end)),
                          where=f"chars {s.event.trigger.start}–{s.event.trigger.end}")
