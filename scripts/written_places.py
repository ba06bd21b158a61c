"""Places in US local-news paragraphs written for the project: a check of place precision on
people's names, businesses, teams and brands whose words are also towns abroad, and of recall on
US towns that share a name with a common first name (Eugene, Florence, Marion, Shelby, Tyler).

Reads ``src/seismo/data/check/places_written.jsonl`` (format in that folder's README.md: each line
an ``id``, a paragraph ``text``, its ``places``, surface strings that are places, and its
``not_places``, surface strings that are not).  The paragraph runs through :class:`seismo.Pipeline`
and only its documented ``places`` output is read:

* a listed place is found when one of our places has exactly that text;
* a not-place is kept clear when none of our places overlaps any occurrence of it in the text.

Figures: places found / listed (recall) and not-places kept clear / listed.  The paragraphs are
split in two halves by ``sha256(id) mod 2``: A (0) to tune on and B (1) held out; B's misses are
never printed.

Before any rule was changed for it (main at 5787302, places v15): half A places found 83.8
(31/37), not-places clear 70.4 (19/27); half B 96.6 (28/29) and 72.7 (16/22).  After places v16
(branch geo17): half A 83.8 and 92.6 (25/27); half B 96.6 and 77.3 (17/22).

    python scripts/written_places.py --half A      # half A, figures and its misses
    python scripts/written_places.py --half B      # half B: figures only
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import seismo
from seismo.eval.folds import read_written, written_misses_shown

FILE = Path(__file__).resolve().parent.parent / "src/seismo/data/check/places_written.jsonl"


def read(path: Path = FILE, *, half: str = "all") -> list[dict[str, Any]]:
    """The check set's paragraphs, of one half (``A``, ``B``) or ``all``."""
    return read_written(path, half=half)


def spans_of(text: str, surface: str) -> list[tuple[int, int]]:
    """Every occurrence of ``surface`` in ``text`` as (start, end)."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]


def score(rows: Sequence[dict[str, Any]], pipeline: Any) -> tuple[tuple[int, int], tuple[int, int], list[str]]:
    """(found, listed) places, (clear, listed) not-places and one line per miss."""
    found = listed = clear = nots = 0
    misses = []
    for row in rows:
        text = row["text"]
        places = pipeline.run(seismo.make_article(text, id=row["id"])).places
        ours = [(p.start, p.end, p.text) for p in places]
        for surface in row["places"]:
            listed += 1
            if any(t == surface for _, _, t in ours):
                found += 1
            else:
                misses.append(f"{row['id']}: place not found: {surface!r}: {text}")
        for surface in row["not_places"]:
            nots += 1
            hits = [t for s, e, t in ours if any(s < b and a < e for a, b in spans_of(text, surface))]
            if hits:
                misses.append(f"{row['id']}: not a place, ours {hits}: {surface!r}: {text}")
            else:
                clear += 1
    return (found, listed), (clear, nots), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE), help="the check file (default: places_written.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (figures only), all")
    args = parser.parse_args()
    rows = read(Path(args.file), half=args.half)
    (found, listed), (clear, nots), misses = score(rows, seismo.Pipeline())
    name = "all" if args.half == "all" else f"half {args.half}"
    print(f"written places {name}: {len(rows)} paragraphs")
    print(f"  places found      {100 * found / max(listed, 1):5.1f}  ({found}/{listed})")
    print(f"  not-places clear  {100 * clear / max(nots, 1):5.1f}  ({clear}/{nots})")
    if written_misses_shown(Path(args.file).name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
