"""Whether a file written for the project shares a run of words with the shared dev data: every
lower-cased run of five words (``--n``) of the written file's texts that also stands in a string of
a dev JSONL file (``$SEISMO_SHARED/data``) or of another check / training file of the project.

Prints the runs found and the written sentence each comes from (never the dev text): a check set is
fit to keep when both counts are 0.

    python scripts/written_overlap.py src/seismo/data/check/plover_d.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src/seismo/data"
PROJECT = (DATA / "check", DATA / "train/types")


def strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def runs(text: str, *, n: int) -> set[tuple[str, ...]]:
    """The lower-cased runs of n words of a text."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def shared(files: list[Path], mine: dict[tuple[str, ...], str], *, n: int) -> set[tuple[str, ...]]:
    """The runs of ``mine`` that stand in some string of the files."""
    found: set[tuple[str, ...]] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                for text in strings(json.loads(line)):
                    found |= runs(text, n=n) & mine.keys()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="a JSONL file of written sentences (every string in it)")
    parser.add_argument("--n", type=int, default=5, help="words in a run (default 5)")
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("SEISMO_SHARED", "../shared")) / "data")
    args = parser.parse_args()
    mine: dict[tuple[str, ...], str] = {}
    for line in args.file.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            for text in strings(json.loads(line)):  # a `text`, or each sentence's (police sets)
                mine.update(dict.fromkeys(runs(text, n=args.n), text))
    others = [p for folder in PROJECT for p in sorted(folder.glob("*.jsonl")) if p.resolve() != args.file.resolve()]
    dev = sorted(args.data.glob("*.jsonl"))
    if not dev:  # run from a folder where ../shared is not the shared data, it would find nothing and say 0
        parser.error(f"{args.data}: no dev JSONL files there; set SEISMO_SHARED or pass --data")
    for label, files in (("dev data", dev), ("project files", others)):
        found = shared(files, mine, n=args.n)
        print(f"{label}: {len(found)} runs of {args.n} words shared")
        for run in sorted(found):
            print(f"  {' '.join(run)!r} in: {mine[run]}")


if __name__ == "__main__":
    main()
