"""args: event and argument F1 on WikiEvents (KAIROS ontology), through a documented type map.

``seismo/data/kairos_map.tsv`` maps KAIROS types to PLOVER types (``-`` = not an event seismo
codes: left out) and roles to ``actor`` / ``victim`` / ``place``.

* events: a gold event (of a mapped type) and one of our events match when our type is one of
  its mapped types and the gold trigger lies in our evidence sentence (or the sentence of one of
  its merged mentions, ``Event.mentions``); matching is one-to-one,
  pairs whose triggers overlap first.  Only our events of a type some KAIROS type maps to are
  counted (WikiEvents does not annotate the rest).  "trigger" F1 also requires the triggers to
  overlap;
* arguments: within matched events, our actor (``Event.actor``), victims (``Event.recipient``
  and counts' victim spans) and place (``Event.location``) against the gold arguments of the
  same mapped role, one-to-one by overlap; arguments of unmatched events count as misses /
  false alarms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import Part, by_fold, folds_of
from seismo.eval.maps import KairosMap, kairos_map
from seismo.eval.report import Metric, Table, TaskReport, label_table, prf_metrics
from seismo.eval.scorers import PRF, Offsets, match_spans, overlaps

FILE = "args_wikievents_dev.jsonl"
SOURCES = (Source(FILE, "wikievents-"),)
ROLES = ("actor", "victim", "place")
#: the trigger of a merged mention: none (it matches gold by its sentence only)
NO_SPAN: Offsets = (-1, -1)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: frozenset[str]
    trigger: Offsets
    args: tuple[tuple[str, Offsets], ...]


@dataclass(frozen=True, slots=True)
class PredEvent:
    type: str
    trigger: Offsets
    evidence: Offsets
    args: tuple[tuple[str, Offsets], ...]


@dataclass(frozen=True, slots=True)
class ArgScore:
    events: PRF
    triggers: PRF
    roles: dict[str, PRF]
    unmapped: Counter[str]

    @property
    def args(self) -> PRF:
        return sum(self.roles.values(), PRF(0, 0, 0))


def gold_events(record: dict[str, Any], *, kmap: KairosMap, unmapped: Counter[str] | None = None) -> list[GoldEvent]:
    out = []
    for e in record["events"]:
        types = kmap.plover_types(e["type"])
        if types is None and unmapped is not None:
            unmapped[e["type"]] += 1
        if not types:
            continue
        args = tuple(
            (role, (a["start"], a["end"])) for a in e["arguments"] if (role := kmap.role(a["role"])) is not None
        )
        out.append(GoldEvent(types, (e["trigger"]["start"], e["trigger"]["end"]), args))
    return out


def pred_events(events: Sequence[Any]) -> list[PredEvent]:
    out = []
    for e in events:
        args: list[tuple[str, Offsets]] = []
        if e.actor is not None:
            args.append(("actor", (e.actor.start, e.actor.end)))
        if e.recipient is not None:
            args.append(("victim", (e.recipient.start, e.recipient.end)))
        for c in e.counts:
            if c.victims is not None and not any(overlaps(s, (c.victims.start, c.victims.end)) for r, s in args if r == "victim"):
                args.append(("victim", (c.victims.start, c.victims.end)))
        if e.location is not None:
            args.append(("place", (e.location.place.start, e.location.place.end)))
        out.append(PredEvent(e.type, (e.trigger.start, e.trigger.end), (e.evidence.start, e.evidence.end), tuple(args)))
        # each merged mention (its sentence) may match a gold mention of the same event, never by trigger
        out.extend(PredEvent(e.type, NO_SPAN, (m.start, m.end), tuple(args)) for m in e.mentions)
    return out


def _match_events(gold: Sequence[GoldEvent], pred: Sequence[PredEvent], *, strict: bool) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.type not in g.types:
                continue
            t = overlaps(g.trigger, p.trigger)
            if t or (not strict and overlaps(g.trigger, p.evidence)):
                cands.append((0 if t else 1, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_docs(docs: Sequence[tuple[Sequence[GoldEvent], Sequence[PredEvent]]], *, scored_types: frozenset[str]) -> ArgScore:
    ev = tr = PRF(0, 0, 0)
    roles = {r: PRF(0, 0, 0) for r in ROLES}
    for gold, all_pred in docs:
        pred = [p for p in all_pred if p.type in scored_types]
        pairs = _match_events(gold, pred, strict=False)
        strict = _match_events(gold, pred, strict=True)
        ev += PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
        tr += PRF(len(strict), len(pred) - len(strict), len(gold) - len(strict))
        matched = dict(pairs)
        for role in ROLES:
            tp = 0
            for gi, pi in matched.items():
                g_spans = [s for r, s in gold[gi].args if r == role]
                p_spans = [s for r, s in pred[pi].args if r == role]
                tp += len(match_spans(g_spans, p_spans))
            n_gold = sum(1 for g in gold for r, _ in g.args if r == role)
            n_pred = sum(1 for p in pred for r, _ in p.args if r == role)
            roles[role] += PRF(tp, n_pred - tp, n_gold - tp)
    return ArgScore(ev, tr, roles, Counter())


def score(s: ArgScore, *, docs: int) -> TaskReport:
    unmapped = tuple(sorted(s.unmapped.items(), key=lambda kv: -kv[1]))
    return TaskReport(
        task="args",
        title="WikiEvents events and arguments (KAIROS → PLOVER)",
        datasets=((FILE, docs),),
        metrics=(
            *prf_metrics("event", s.events, headline=True),
            Metric("event F1 (triggers overlap)", s.triggers.f1, n=s.triggers.support),
            *prf_metrics("argument", s.args, headline=True),
            *(Metric(f"{r} argument F1", s.roles[r].f1, n=s.roles[r].support) for r in ROLES),
        ),
        tables=(
            label_table("arguments by role", s.roles, sort_by_support=False),
            *((Table("KAIROS types not in kairos_map.tsv (not scored)", ("type", "n"), unmapped),) if unmapped else ()),
        ),
        notes=(
            "Types and roles mapped through seismo/data/kairos_map.tsv; Life.Die / Life.Injure are counts on an attack in "
            "seismo, not events, and are not scored; courts, crime, travel, statements and disasters are out of scope.",
            "Event match: same mapped type and the gold trigger inside our evidence sentence (one-to-one). "
            "Only our events of mapped types are counted.",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = run_pipeline(pipeline, source.articles(records), progress=progress)
    kmap = kairos_map()
    unmapped: Counter[str] = Counter()
    gold = [gold_events(r, kmap=kmap, unmapped=unmapped) for r in records]
    scored = frozenset().union(*kmap.types.values())
    docs = [(g, pred_events(r.events)) for g, r in zip(gold, results)]
    folds = folds_of(FILE, records)

    def by_part(part: Part) -> TaskReport:
        kept = part.keep(docs, folds)
        s = score_docs(kept, scored_types=scored)
        return score(ArgScore(s.events, s.triggers, s.roles, unmapped), docs=len(kept))

    return by_fold(by_part)


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Gold events (of mapped types) we miss, events of ours gold does not have, and, in matched
    events, arguments missed or not in gold — matched as the scorer matches them."""
    kmap = kairos_map()
    scored = frozenset().union(*kmap.types.values())
    for record, result in zip(records, results):
        text, rid = record["text"], str(record["id"])
        gold = gold_events(record, kmap=kmap)
        pred = [p for p in pred_events(result.events) if p.type in scored]
        pairs = dict(_match_events(gold, pred, strict=False))

        def one(gold_text: str, said: str, span: Offsets) -> Mistake:
            return Mistake(source.file, rid, gold_text, said, excerpt(text, span), where=f"chars {span[0]}–{span[1]}")

        for gi, g in enumerate(gold):
            types = "/".join(sorted(g.types))
            if gi not in pairs:
                yield one(f"event {types} at {text[g.trigger[0]:g.trigger[1]]!r}", "not found", g.trigger)
                continue
            p = pred[pairs[gi]]
            for role in ROLES:
                g_spans = [s for r, s in g.args if r == role]
                p_spans = [s for r, s in p.args if r == role]
                matched = match_spans(g_spans, p_spans)
                for i in sorted(set(range(len(g_spans))) - {a for a, _ in matched}):
                    yield one(f"{role} {text[g_spans[i][0]:g_spans[i][1]]!r} of {types}", "not found", g_spans[i])
                for i in sorted(set(range(len(p_spans))) - {b for _, b in matched}):
                    yield one(f"no {role} there", f"{role} {text[p_spans[i][0]:p_spans[i][1]]!r} of {p.type}", p_spans[i])
        for pi in sorted(set(range(len(pred))) - set(pairs.values())):
            p = pred[pi]
            yield one("no event", f"event {p.type} at {text[p.trigger[0]:p.trigger[1]]!r}", p.trigger)
