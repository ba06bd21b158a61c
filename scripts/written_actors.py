"""The actor (or recipient) of the main event on short news paragraphs written for the project: a
check of how the rules that find who does an event, and to whom, generalise beyond the dev sets
they were tuned on.

Reads ``src/seismo/data/check/actors_written.jsonl`` (or ``--file``): one paragraph a line, its
``id``, ``text`` and ``actor``, the ways of writing the source actor of the paragraph's main event
that count as right (the words as written, a short form, the canonical name).  Scores the actor of
the top event (highest confidence) as seismo outputs it (``docs/output.md``: the event's ``actor``,
its ``text`` and ``name``): right when either, lower-cased, without a leading "the" and without
surrounding punctuation, is one of the gold forms.  No event, or an event with no actor, is a miss.

``--role recipient`` scores the event's ``recipient`` the same way against each line's
``recipient`` forms (``recipients_written.jsonl``, the default file for that role: sentences whose
target is named as an object, the owner of what is acted on — "rejected a Bolivian proposal",
"vetoed Ukraine's bid" —, the party something is sent or given to, or the party of a clause or
phrase the trigger governs).

Halves by ``sha256(id) mod 2`` (:func:`~seismo.eval.folds.written_half`): A (0) to tune the rules
on, B (1) held out; half B's misses are never printed.

    python scripts/written_actors.py --half A      # half A and its misses
    python scripts/written_actors.py --half B      # half B: figures only
    python scripts/written_actors.py --role recipient --half A
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


ROLES = ("actor", "recipient")
DEFAULT_FILES = {"actor": "actors_written.jsonl", "recipient": "recipients_written.jsonl"}


def actor_right(event: seismo.Event | None, gold: list[str], *, role: str = "actor") -> bool:
    """Whether the event's ``role`` (``actor`` or ``recipient``; its text or its name) is one of
    the ``gold`` forms."""
    party = None if event is None else getattr(event, role)
    if party is None:
        return False
    forms = {normal(g) for g in gold}
    return normal(party.text) in forms or normal(party.name) in forms


def score(path: Path, *, half: str, role: str = "actor",
          pipeline: seismo.Pipeline | None = None) -> tuple[int, int, list[str]]:
    """(right, total, misses) of the set's ``half`` ("A", "B" or "all") for ``role``."""
    pipeline = pipeline or seismo.Pipeline()
    right, misses = 0, []
    rows = read_written(path, half=half)
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        if actor_right(top, row[role], role=role):
            right += 1
            continue
        party = None if top is None else getattr(top, role)
        got = "no event" if top is None else f"{top.type} {top.trigger.text!r} {role}=" + (
            "-" if party is None else f"{party.text!r} ({party.name})")
        misses.append(f"{row['id']}: {got} | gold {row[role][0]!r} | {row['text']}")
    return right, len(rows), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", choices=ROLES, default="actor", help="the event field scored (default actor)")
    parser.add_argument("--file", help="a file of the check folder, or a path (default: actors_written.jsonl, "
                        "recipients_written.jsonl for --role recipient)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (no misses listed), all")
    args = parser.parse_args()
    name = args.file or DEFAULT_FILES[args.role]
    path = Path(name) if Path(name).is_file() else CHECK / name
    right, total, misses = score(path, half=args.half, role=args.role)
    which = "" if args.half == "all" else f" half {args.half}"
    print(f"main event's {args.role} right on {path.name}{which}: {right}/{total} = {100 * right / max(total, 1):.1f}%")
    if written_misses_shown(path.name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
