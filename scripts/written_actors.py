"""The actor of the main event on short news paragraphs written for the project: a check of how
the rules that find who does an event generalise beyond the dev sets they were tuned on.

Reads ``src/seismo/data/check/actors_written.jsonl`` (or ``--file``): one paragraph a line, its
``id``, ``text`` and ``actor``, the ways of writing the source actor of the paragraph's main event
that count as right (the words as written, a short form, the canonical name).  Scores the actor of
the top event (highest confidence) as seismo outputs it (``docs/output.md``: the event's ``actor``,
its ``text`` and ``name``): right when either, lower-cased, without a leading "the" and without
surrounding punctuation, is one of the gold forms.  No event, or an event with no actor, is a miss.

Halves by ``sha256(id) mod 2`` (:func:`~seismo.eval.folds.written_half`): A (0) to tune the rules
on, B (1) held out; half B's misses are never printed.

    python scripts/written_actors.py --half A      # half A and its misses
    python scripts/written_actors.py --half B      # half B: figures only
"""

from __future__ import annotations

import argparse
from pathlib import Path

import seismo
from seismo.eval.folds import read_written, written_misses_shown

CHECK = Path(__file__).resolve().parent.parent / "src/seismo/data/check"


def normal(words: str | None) -> str:
    """``words`` lower-cased, without surrounding punctuation and a leading "the"."""
    out = " ".join((words or "").lower().split()).strip(" .,;:'\"“”‘’")
    return out[4:] if out.startswith("the ") else out


def actor_right(event: seismo.Event | None, gold: list[str]) -> bool:
    """Whether the event's actor (its text or its name) is one of the ``gold`` forms."""
    if event is None or event.actor is None:
        return False
    forms = {normal(g) for g in gold}
    return normal(event.actor.text) in forms or normal(event.actor.name) in forms


def score(path: Path, *, half: str, pipeline: seismo.Pipeline | None = None) -> tuple[int, int, list[str]]:
    """(right, total, misses) of the set's ``half`` ("A", "B" or "all")."""
    pipeline = pipeline or seismo.Pipeline()
    right, misses = 0, []
    rows = read_written(path, half=half)
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        if actor_right(top, row["actor"]):
            right += 1
            continue
        got = "no event" if top is None else f"{top.type} {top.trigger.text!r} actor=" + (
            "-" if top.actor is None else f"{top.actor.text!r} ({top.actor.name})")
        misses.append(f"{row['id']}: {got} | gold {row['actor'][0]!r} | {row['text']}")
    return right, len(rows), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default="actors_written.jsonl", help="a file of the check folder, or a path")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (no misses listed), all")
    args = parser.parse_args()
    path = Path(args.file) if Path(args.file).is_file() else CHECK / args.file
    right, total, misses = score(path, half=args.half)
    which = "" if args.half == "all" else f" half {args.half}"
    print(f"main event's actor right on {path.name}{which}: {right}/{total} = {100 * right / max(total, 1):.1f}%")
    if written_misses_shown(path.name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
