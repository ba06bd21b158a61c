"""The dates step on articles written for the project: a check of how the normalisation rules
generalise beyond TimeBank / AQUAINT, whose tuning folds they were fitted on.

Reads ``src/seismo/data/check/dates_written.jsonl`` (format in that folder's README.md: each line an
article ``id``, its ``dct`` (publication date), its ``text`` and its ``timexes``, every TimeML
time expression with its offsets, TIMEX3 ``type`` and ``value``) and scores the dates step the way
``seismo eval dates`` scores TBAQ, with the same functions (:mod:`seismo.eval.tasks.dates`):

* detection P/R/F1: our time expressions (every type) against the gold ones, one-to-one overlap
  matching of spans;
* value accuracy: our documented ``timeml`` field equal to the gold value over all gold DATE / TIME
  expressions (the headline, as for TBAQ), and among the matched ones.

The articles are split in two halves by ``sha256(id) mod 2``: A (0) to tune on and B (1) held
out.  Only half A's misses are ever printed: B's figure (and ``all``'s) stands in for text the rules
never saw.  ``dates_written2.jsonl``, a second batch written after the rules were fitted on the first,
is held out whole: its misses are never printed, whatever the half.  ``dates_written3.jsonl`` and
``dates_written4.jsonl`` (written for dates15, on TimeML's conventions for weeks, weekends, "X ago",
weekdays past and ahead, parts of day and vague references) are split in halves like the first, and
so is ``dates_written5.jsonl`` (written for dates16, on the families the tuning folds' value misses fall
into: weekdays around a Sunday paper, parts of day, times on the day in view, "X ago" after an
approximator, "for the week", quarters, decades, seasons ahead), and so is ``dates_written6.jsonl`` (written for dates17, on
the kinds of the misses left: anchors, quarters and "a year earlier", durations, seasons, vague references).

    python scripts/written_dates.py --half A      # half A and its misses
    python scripts/written_dates.py --half B      # half B: figures only
    python scripts/written_dates.py --file src/seismo/data/check/dates_written2.jsonl --half all
"""

from __future__ import annotations

import argparse
from pathlib import Path

import seismo
from seismo.eval.folds import read_written, written_misses_shown
from seismo.eval.scorers import match_spans
from seismo.eval.tasks.dates import POINT_TYPES, Timex, gold_timexes, predicted, same_value, score_docs
from seismo.pipeline import DEFAULT_STEPS

FILE = Path(__file__).resolve().parent.parent / "src/seismo/data/check/dates_written.jsonl"



def _misses(row: dict, gold: list[Timex], pred: list[Timex]) -> list[str]:
    text, out = row["text"], []
    pairs = dict(match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred]))
    for gi, g in enumerate(gold):
        said = "not found" if gi not in pairs else None
        if gi in pairs and g.type in POINT_TYPES and not same_value(g.value, pred[pairs[gi]].value):
            p = pred[pairs[gi]]
            said = f"value {p.value or '-'} ({p.type}) {text[p.start:p.end]!r}"
        if said:
            out.append(f"{row['id']} ({row['dct']}): {g.type} {g.value} {text[g.start:g.end]!r} -> {said}")
    for pi in sorted(set(range(len(pred))) - set(pairs.values())):
        p = pred[pi]
        out.append(f"{row['id']} ({row['dct']}): no timex -> {p.value or '-'} ({p.type}) "
                   f"{text[p.start:p.end]!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE), help="the check file (default: dates_written.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (no misses listed), all")
    args = parser.parse_args()
    rows = read_written(Path(args.file), half=args.half)
    pipeline = seismo.Pipeline([step for step in DEFAULT_STEPS if step.name == "dates"])
    docs, misses = [], []
    for row in rows:
        result = pipeline.run(seismo.make_article(row["text"], date=row["dct"]))
        gold, pred = gold_timexes(row), predicted(result.dates)
        docs.append((gold, pred))
        misses.extend(_misses(row, gold, pred))
    s = score_docs(docs)
    which = "" if args.half == "all" else f" half {args.half}"
    points = sum(s.by_type[t] for t in POINT_TYPES)
    d = s.detection
    timexes = sum(len(g) for g, _ in docs)
    print(f"written dates{which}: {len(rows)} articles, {timexes} timexes ({points} DATE/TIME); "
          f"detection P {100 * d.precision:.1f} R {100 * d.recall:.1f} F1 {100 * d.f1:.1f}; "
          f"value accuracy (all gold DATE/TIME) {100 * s.point_value_accuracy_all:.1f}, "
          f"(matched DATE/TIME) {100 * s.point_value_accuracy:.1f}")
    if written_misses_shown(Path(args.file).name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
