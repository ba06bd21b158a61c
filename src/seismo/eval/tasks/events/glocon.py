"""protest-glocon: protest / no-protest on the GLOCON gold sample (documents and sentences).

Prediction: a text reports a protest when seismo finds at least one *asserted* event whose
PLOVER type is PROTEST or whose ACLED event type is Protests or Riots.

Label 2 (undocumented upstream; the texts announce planned or threatened protests) is left
out of the headline P/R/F1, because a planned protest is neither a reported protest (1) nor
an unrelated text (0).  Seismo should code those as non-asserted (future/hypothetical)
protests, so the report shows, separately, the share of label-2 texts we code as an
asserted protest (lower is better), and the scores when label 2 counts as positive.

A second reading, "protest or political violence", counts a text positive when it has an
asserted protest (as above) *or* an asserted ACLED violent event (Battles, Explosions/Remote
violence, Violence against civilians, Riots): the data's label 1 appears to include political
violence (clashes, attacks, bombings) as well as protests.  The headline stays protest-only;
the second reading is reported beside it for documents and sentences (label 2 left out, as
in the headline).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import Part, by_fold, folds_of
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import PRF, binary, ratio
from seismo.model import Event

FILES = (("documents", "protest_glocon_docs.jsonl"), ("sentences", "protest_glocon_sentences.jsonl"))
SOURCES = tuple(Source(file, f"glocon-{level}-") for level, file in FILES)
GOLD_TEXT = {0: "0 (no protest)", 1: "1 (protest)", 2: "2 (planned protest)"}
PROTEST_TYPES = frozenset({"PROTEST"})
PROTEST_ACLED = frozenset({"protests", "riots"})
VIOLENT_ACLED = frozenset({"battles", "explosions/remote violence", "violence against civilians", "riots"})


def is_protest(event: Event) -> bool:
    return event.modality == "asserted" and (
        event.type in PROTEST_TYPES or (event.acled_event_type or "").strip().lower() in PROTEST_ACLED
    )


def is_political_violence(event: Event) -> bool:
    return event.modality == "asserted" and (event.acled_event_type or "").strip().lower() in VIOLENT_ACLED


def predict(events: Sequence[Event]) -> bool:
    """The text reports a protest (the headline reading)."""
    return any(is_protest(e) for e in events)


def predict_violence(events: Sequence[Event]) -> bool:
    """The text reports a protest or political violence (the second reading)."""
    return any(is_protest(e) or is_political_violence(e) for e in events)


def score_level(gold: Sequence[int], pred: Sequence[bool]) -> dict[str, Any]:
    """Scores for one level: positive-class PRF without label 2, with label 2 positive, macro F1."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    kept = [(g, p) for g, p in zip(gold, pred) if g != 2]
    pos = binary([g == 1 for g, _ in kept], [p for _, p in kept])
    neg = binary([g == 0 for g, _ in kept], [not p for _, p in kept])
    with2 = binary([g != 0 for g in gold], list(pred))
    planned = [p for g, p in zip(gold, pred) if g == 2]
    return {
        "protest": pos,
        "no_protest": neg,
        "macro_f1": (pos.f1 + neg.f1) / 2,
        "with_label2": with2,
        "label2_n": len(planned),
        "label2_coded": ratio(sum(planned), len(planned)),
        "n": len(kept),
    }


def score(levels: Sequence[tuple[Any, ...]]) -> TaskReport:
    """``levels``: ``(level name, file name, gold labels, predicted protest?)``, optionally with a
    fifth item, ``predicted protest or political violence?``, for the second reading."""
    metrics: list[Metric] = []
    rows = []
    datasets = []
    for level, file, gold, pred, *rest in levels:
        s = score_level(gold, pred)
        pos: PRF = s["protest"]
        datasets.append((file, len(gold)))
        metrics += [
            Metric(f"{level}: protest F1", pos.f1, n=pos.support, headline=True),
            Metric(f"{level}: protest precision", pos.precision, n=pos.tp + pos.fp),
            Metric(f"{level}: protest recall", pos.recall, n=pos.support),
            Metric(f"{level}: macro F1 (protest, no protest)", s["macro_f1"], n=s["n"]),
            Metric(f"{level}: label 2 coded as asserted protest", s["label2_coded"], n=s["label2_n"]),
        ]
        w2: PRF = s["with_label2"]
        rows.append((level, "1 vs 0", fmt(pos.precision), fmt(pos.recall), fmt(pos.f1), pos.tp, pos.fp, pos.fn))
        rows.append((level, "0 (no protest)", *(fmt(x) for x in (s["no_protest"].precision, s["no_protest"].recall, s["no_protest"].f1)),
                     s["no_protest"].tp, s["no_protest"].fp, s["no_protest"].fn))
        rows.append((level, "1+2 vs 0", fmt(w2.precision), fmt(w2.recall), fmt(w2.f1), w2.tp, w2.fp, w2.fn))
        if rest:
            v: PRF = score_level(gold, rest[0])["protest"]
            metrics += [
                Metric(f"{level}: protest or political violence F1", v.f1, n=v.support),
                Metric(f"{level}: protest or political violence precision", v.precision, n=v.tp + v.fp),
                Metric(f"{level}: protest or political violence recall", v.recall, n=v.support),
            ]
            reading = "1 vs 0, protest or political violence"
            rows.append((level, reading, fmt(v.precision), fmt(v.recall), fmt(v.f1), v.tp, v.fp, v.fn))
    return TaskReport(
        task="protest-glocon",
        title="GLOCON protest / no protest",
        datasets=tuple(datasets),
        metrics=tuple(metrics),
        tables=(Table("per level and reading of label 2", ("level", "positive class", "P", "R", "F1", "tp", "fp", "fn"), tuple(rows)),),
        notes=(
            "Protest = at least one asserted event with PLOVER type PROTEST or ACLED type Protests/Riots.",
            "Label 2 (planned or threatened protests) is excluded from the headline scores; '1+2 vs 0' counts it positive; "
            "'label 2 coded as asserted protest' should be low (a planned protest is not a reported one).",
            "Label 1 appears to include political violence as well as protests, so a second reading, 'protest or political "
            "violence', also counts asserted ACLED Battles, Explosions/Remote violence, Violence against civilians and Riots "
            "events as positive (label 2 left out); the headline stays protest-only.",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    levels = []
    for (level, file), source in zip(FILES, SOURCES):
        records = source.read(data_dir, limit=limit)
        results = run_pipeline(pipeline, source.articles(records), progress=progress)
        gold = [int(r["label"]) for r in records]
        pred = [predict(r.events) for r in results]
        violence = [predict_violence(r.events) for r in results]
        levels.append((level, file, folds_of(file, records), gold, pred, violence))

    def scored(part: Part) -> TaskReport:
        return score([(level, file, *(part.keep(x, folds) for x in lists)) for level, file, folds, *lists in levels])

    return by_fold(scored)


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Texts whose headline reading is wrong: a protest missed or coded where there is none, or a
    planned protest (label 2) coded as an asserted one; the first protest event's trigger shown."""
    for record, result in zip(records, results):
        gold = int(record["label"])
        protests = [e for e in result.events if is_protest(e)]
        if (gold == 1) == bool(protests):
            continue
        first = protests[0] if protests else None
        said = "no protest" if first is None else f"asserted protest (trigger {first.trigger.text!r}, {first.type})"
        span = None if first is None else (first.trigger.start, first.trigger.end)
        yield Mistake(source.file, str(record["id"]), GOLD_TEXT.get(gold, str(gold)), said, excerpt(record["text"], span))
