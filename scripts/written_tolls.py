"""Killed / injured of an article's main incident on short US crime reports written for the project:
a check of how the counts rules generalise beyond the dedup file's GVA articles, on one article at
a time (the single-article side of ``seismo eval dedup``'s tolls).

Reads ``src/seismo/data/check/tolls_written.jsonl`` (format in that folder's README.md: each line an
article ``id``, its ``date``, ``title`` and ``text``, the GVA-convention ``killed`` and ``injured``
totals of its main incident, and ``cases``, the hard cases it holds).  Each article runs through
:class:`seismo.Pipeline` and is linked alone by a fresh :class:`seismo.link.Linker` over a
:class:`seismo.link.MemoryIndex`, as ``seismo eval dedup`` links its articles; its figures are the
reconciled ``killed`` / ``injured`` of its ``primary_event_id`` (``docs/output.md``, "Counts of an
event"; 0 when the article names no primary event or the event no such count).  Scored: killed
exact, injured exact, both exact.

The articles are split in two halves by ``sha256(id) mod 2``: A (0) to tune on and B (1) held
out.  B's misses are never printed: its figures stand in for text the rules never saw.

Before any rule was changed for it (main at 4b61d05, counts v32, events v58): all 62 articles
killed exact 46/62 (74.2 %), injured 41/62 (66.1 %), both 35/62; half A (32) killed 26/32
(81.2 %), injured 22/32 (68.8 %), both 20/32; half B (30) killed 20/30 (66.7 %), injured 19/30
(63.3 %), both 15/30.  After counts v33 / events v59 (branch killed16): half A killed 28/32
(87.5 %), injured 23/32 (71.9 %), both 22/32; half B killed 20/30, injured 21/30 (70.0 %), both
17/30; all killed 48/62, injured 44/62, both 39/62.

A second set, ``tolls_written2.jsonl`` (61 articles: hedged causes, dead gunmen, round-ups of
several shootings, later deaths of self-inflicted wounds, "shot, one fatally", ages lists,
critical condition, the same people told twice), is scored with ``--file``.  Before any rule was
changed for it (main 399d013, counts v34, events v64): all killed 45/61, injured 46/61, both
35/61; half A (38) killed 30/38, injured 27/38, both 23/38; half B (23) killed 15/23, injured
19/23, both 12/23.  After counts v35 / events v65 (branch killed17): half A killed 33/38, injured
28/38, both 25/38; half B killed 16/23, injured 19/23, both 13/23.

    python scripts/written_tolls.py --half A      # half A, figures and its misses
    python scripts/written_tolls.py --half B      # half B: figures only
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import seismo
from seismo.eval.folds import read_written, written_misses_shown
from seismo.eval.folds import written_half as half_of  # A to tune on, B held out (the tests read it)
from seismo.eval.tasks.dedup.tolls import event_counts, link_all, toll

FILE = Path(__file__).resolve().parent.parent / "src/seismo/data/check/tolls_written.jsonl"


@dataclass(frozen=True, slots=True)
class Figures:
    """How many articles were scored, and how many had killed, injured and both right."""

    n: int
    killed: int
    injured: int
    both: int


def read(path: Path = FILE, *, half: str = "all") -> list[dict[str, Any]]:
    """The check set's articles, of one half (``A``, ``B``) or ``all``."""
    return read_written(path, half=half)


def predict(row: dict[str, Any], pipeline: Any) -> tuple[int, int]:
    """``(killed, injured)`` of the article's primary event, the article linked alone."""
    article = seismo.make_article(row["text"], date=row.get("date"), id=row["id"], title=row.get("title"))
    result = pipeline.run(article)
    (links,) = link_all([result])
    return toll(links.primary_event_id, event_counts([result], [links]))


def score(rows: Sequence[dict[str, Any]], pipeline: Any) -> tuple[Figures, list[str]]:
    """The figures over ``rows`` and one line per article with a figure wrong."""
    killed = injured = both = 0
    misses = []
    for row in rows:
        k, i = predict(row, pipeline)
        killed += k == row["killed"]
        injured += i == row["injured"]
        both += k == row["killed"] and i == row["injured"]
        if (k, i) != (row["killed"], row["injured"]):
            misses.append(f"{row['id']} ({', '.join(row.get('cases', ()))}): gold killed {row['killed']} injured "
                          f"{row['injured']}, ours killed {k} injured {i}: {row['title']}")
    return Figures(len(rows), killed, injured, both), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE), help="the check file (default: tolls_written.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (figures only), all")
    args = parser.parse_args()
    rows = read(Path(args.file), half=args.half)
    f, misses = score(rows, seismo.Pipeline())
    name = "all" if args.half == "all" else f"half {args.half}"

    def pct(k: int) -> str:
        return f"{k}/{f.n} ({100 * k / f.n:.1f} %)" if f.n else "0/0"

    print(f"written tolls {name}: {f.n} articles; killed exact {pct(f.killed)}, injured exact {pct(f.injured)}, "
          f"both {pct(f.both)}")
    if written_misses_shown(Path(args.file).name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
