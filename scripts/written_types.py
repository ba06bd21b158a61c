"""The rules' PLOVER type on sentences written for the project: a check of how the trigger table
generalises beyond the dev sets it was tuned on.

Reads ``src/seismo/data/train/types/plover.jsonl`` (short news sentences written from the PLOVER
and CAMEO definitions, one PLOVER type each; no dev sentence among them) and scores the type of
the top event of each, of any modality, as ``seismo eval events-plover`` scores the GSR: NONE when
no event.  The learned type head is trained on these sentences, so they say nothing about it; the
rules were not tuned on them before events v29.  Prints accuracy, per-type counts and the misses.

    python scripts/written_types.py            # accuracy, per type, every miss
    python scripts/written_types.py --quiet    # accuracy and per type only
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import seismo

DATA = Path(__file__).resolve().parent.parent / "src/seismo/data/train/types/plover.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    args = parser.parse_args()
    pipeline = seismo.Pipeline()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        got, gold = (top.type if top is not None else "NONE"), row["plover_type"]
        total[gold] += 1
        right[gold] += got == gold
        if got != gold:
            misses.append(f"{gold:9s} -> {got:9s} {row['text']}")
    print(f"PLOVER type accuracy on {DATA.name}: {sum(right.values())}/{len(rows)} = "
          f"{100 * sum(right.values()) / len(rows):.1f}%")
    for gold in sorted(total):
        print(f"  {gold:9s} {right[gold]:3d}/{total[gold]:3d}")
    if not args.quiet:
        print("\n".join(sorted(misses)))


if __name__ == "__main__":
    main()
