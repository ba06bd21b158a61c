"""Police KILL / ARREST / FORCE on police and crime reports written for the project: a check of how
the arrest, killing and force rules generalise beyond IndiaPoliceEvents, whose tuning folds they
were fitted on.

Reads ``src/seismo/data/check/police_written.jsonl`` (format in that folder's README.md: each line a
paragraph ``id``, its ``date`` and its ``sentences``, each with its ``text`` and the ``labels`` among
KILL / ARREST / FORCE it reports as a new happening by police).  The paragraph is the sentences
joined by a space; it runs through :class:`seismo.Pipeline` and each sentence gets the labels of
the events :func:`seismo.eval.tasks.events.police.predict_sentences` puts in it, the matching rule of
``seismo eval police-events`` (police actor = sector COP/MIL/SPY; KILL = police actor + killed
count; ARREST = ACLED Arrests, PLOVER mode arrest/detain or an arrested count; FORCE = KILL or police
actor + ASSAULT, an injured count or force against protesters).  Per label P/R/F1 over sentences.

The paragraphs are split in two halves by ``sha256(id) mod 2``: A (0) to tune on and B (1) held
out.  B's misses are never printed: its figures stand in for text the rules never saw.

Before any rule was changed for it (main at 1e5e142): half A (37 paragraphs, 42 sentences) KILL
F1 57.1, ARREST 75.0, FORCE 77.8; half B (held out, 45 paragraphs, 55 sentences) KILL 80.0,
ARREST 90.0, FORCE 66.7.  After events v34 / dates v19 (branch police12): half A KILL 100.0,
ARREST 87.0, FORCE 94.7; half B KILL 80.0, ARREST 90.0, FORCE 75.0.  After events v42 (branch
arrest13): half A unchanged; half B ARREST 92.3.

``--file src/seismo/data/check/arrest_written.jsonl`` scores the second, ARREST-centred set (same
format, README.md there): before any change (events v41) half A ARREST F1 86.7, half B 74.6;
after events v42 (branch arrest13) half A 91.2, half B 74.6.

``--file src/seismo/data/check/arrest_written2.jsonl`` scores the third set (branch arrest14, same
format): before any change (events v53) half A ARREST F1 82.6, half B 80.0; after events v54 /
counts v30 (branch arrest14) half A 90.5, half B 81.3; ``arrest_written.jsonl`` unchanged.

``--file src/seismo/data/check/arrest_written3.jsonl`` scores the fourth set (branch arrest15,
same format): before any change (events v56) half A ARREST F1 76.5, half B 76.2; after events v57
(branch arrest15) half A 83.1, half B 78.0; ``arrest_written2.jsonl`` half B 81.3 -> 82.5.

``--file src/seismo/data/check/arrest_written4.jsonl`` scores the fifth set (branch arrest16,
Indian reports, mostly close negatives): before any change (events v64) half A ARREST F1 85.1,
half B 74.4; after events v71 (branch arrest16) half A 97.9, half B 78.0;
``arrest_written.jsonl`` half B 74.6 -> 79.3, ``police_written.jsonl`` half B 92.3 -> 94.7.

``--file src/seismo/data/check/arrest_written5.jsonl`` scores the sixth set (branch arrest17, 2002
riot reports): before any change (events v72) half A ARREST F1 76.2, half B 60.0; after branch
arrest17 half A 100.0, half B 60.0; ``arrest_written2.jsonl`` half B 82.5 -> 83.9.

``--file src/seismo/data/check/arrest_written6.jsonl`` scores the seventh set (branch arrest18, 2002
riot reports): before any change (events v73) half A ARREST F1 80.0, half B 90.9; after branch
arrest18 half A 95.2, half B 95.2; ``arrest_written3.jsonl`` half B 78.0 -> 80.0.

``--file src/seismo/data/check/arrest_written7.jsonl`` scores the eighth set (branch arrest20, 2002
riot reports, arrests told in passing): before any change (events v74) half A ARREST F1 80.0, half
B 74.1; after branch arrest20 half A 100.0, half B 76.9; every other set unchanged.

    python scripts/written_police.py --half A      # half A, figures and its misses
    python scripts/written_police.py --half B      # half B: figures only
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import seismo
from seismo.eval.folds import read_written, written_misses_shown
from seismo.eval.folds import written_half as half_of  # A to tune on, B held out (the tests read it)
from seismo.eval.scorers import MultiLabel, multilabel
from seismo.eval.tasks.events.police import LABELS, predict_sentences

FILE = Path(__file__).resolve().parent.parent / "src/seismo/data/check/police_written.jsonl"


def read(path: Path = FILE, *, half: str = "all") -> list[dict[str, Any]]:
    """The check set's paragraphs, of one half (``A``, ``B``) or ``all``."""
    return read_written(path, half=half)


def paragraph(row: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph's text (its sentences joined by a space) and each sentence's span in it."""
    spans, at = [], 0
    for s in row["sentences"]:
        spans.append((at, at + len(s["text"])))
        at += len(s["text"]) + 1
    return " ".join(s["text"] for s in row["sentences"]), spans


def score(rows: Sequence[dict[str, Any]], pipeline: Any) -> tuple[MultiLabel, list[str]]:
    """Per-label P/R/F1 over the sentences of ``rows`` and one line per sentence missed."""
    gold: list[frozenset[str]] = []
    pred: list[frozenset[str]] = []
    misses = []
    for row in rows:
        text, spans = paragraph(row)
        events = pipeline.run(seismo.make_article(text, date=row.get("date"), id=row["id"])).events
        for i, (s, p) in enumerate(zip(row["sentences"], predict_sentences(events, spans))):
            g = frozenset(s["labels"])
            gold.append(g)
            pred.append(p)
            if g != p:
                misses.append(f"{row['id']} s{i}: gold {sorted(g) or '-'} ours {sorted(p) or '-'}: {s['text']}")
    return multilabel(gold, pred, labels=LABELS), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE), help="the check file (default: police_written.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (figures only), all")
    args = parser.parse_args()
    rows = read(Path(args.file), half=args.half)
    m, misses = score(rows, seismo.Pipeline())
    name = "all" if args.half == "all" else f"half {args.half}"
    print(f"written police {name}: {len(rows)} paragraphs, {m.n} sentences")
    for label in LABELS:
        r = m.per_label[label]
        print(f"  {label:6} P {100 * r.precision:5.1f}  R {100 * r.recall:5.1f}  F1 {100 * r.f1:5.1f}  "
              f"(tp {r.tp}, fp {r.fp}, fn {r.fn})")
    if written_misses_shown(Path(args.file).name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
