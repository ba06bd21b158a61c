"""The rules' PLOVER type on sentences written for the project: a check of how the trigger table
generalises beyond the dev sets it was tuned on.

Reads a file of short news sentences written from the PLOVER and CAMEO definitions, one PLOVER
type each, no dev sentence among them (``src/seismo/data/train/types/plover.jsonl`` by default)
and scores the type of the top event of each, of any modality, as ``seismo eval events-plover``
scores the GSR: NONE when no event.  Prints accuracy, per-type counts and the misses.

* ``plover.jsonl``: the type model is trained on it, so it cannot score the model; the rules
  were tuned on its misses in events v29, so it no longer measures how they generalise either.
* the check sets (``seismo/data/check/``; since type model recipe types.v4 the PLOVER head is trained
  on their halves A, never on a half B nor on a set held out whole):
* ``plover_more.jsonl`` (written for events v31): split into two halves by
  ``sha256(text) mod 2``, half A (0) to tune the rules on and half B (1) held out.  Half B's misses
  are never printed: its figure is the honest stand-in for text the rules never saw.  Events v30
  -> v31: half A 74.9 -> 87.7 %, half B 79.4 -> 81.5 % (rows written for A's misses alone left B
  at 79.4; the verb families added from the CAMEO lists moved it).
* ``plover_c.jsonl`` (written for events v32 before any rule was changed, never trained on: ``seismo/data/check/``): held
  out whole, scored only with ``--half all``; its misses are never printed, whatever the flags.
  Events v31 -> v32 (CAMEO verb families code by code): 73.0 -> 78.5 %; plover_more half B
  82.0 -> 83.1 % (v31 reads 81.5 % with v31's table), half A 87.2 -> 89.6 %.
* ``plover_d.jsonl`` (written before any change of the plover12 work, wording varied on purpose,
  never trained on: ``seismo/data/check/``): held out whole like ``plover_c.jsonl``.  Events v33
  (before any change) -> v34 (rows and speech-act rules chosen on the GSR tuning folds and
  plover_more half A): plover_d 70.4 -> 72.1 %, plover_c 78.1 -> 78.1 %, plover_more half B
  83.1 -> 83.6 %, half A 89.1 -> 91.9 %.
* ``plover_e.jsonl`` (written before any change of the plover13 work: long news sentences with a
  main event and a second event of another type told aside, so the choice of the main event is
  what is tested): halves like ``plover_more.jsonl``.  Events v41 -> v42: half A 80.0 -> 86.7 %,
  half B 73.5 -> 73.5 %; plover_c 78.5 -> 78.9 %, plover_d 72.1 -> 72.1 %.
* ``plover_f.jsonl`` (written before any change of the plover14 work: GSR-style wire sentences
  and headlines, one main event, named officials and ministries): halves like ``plover_more.jsonl``.
  Events v42 (before any change) -> v54: half A 75.3 -> 82.0 %, half B 59.2 -> 59.2 %; plover_c
  78.9 -> 79.7 %, plover_d 72.1 -> 72.9 %, plover_e half B 73.5 -> 74.5 %.
* ``plover_g.jsonl`` (written before any change of the plover15 work: GSR-style sentences, a
  third of each type without its commonest trigger word): halves like ``plover_more.jsonl``.
  Events v56 (before any change) -> v57: half A 73.6 -> 80.5 %, half B 73.3 -> 73.3 %;
  plover_e half B 74.5 -> 76.5 %, plover_d 72.9 -> 73.8 %, plover_f half A 82.0 -> 83.1 %, plover_c
  79.7 -> 80.1 %; plover_f half B, plover_more half B unchanged.
* ``plover_h.jsonl`` (written before any change of the plover16 work: GSR-style sentences, half of
  each type with a trigger word no row listed then): halves like ``plover_more.jsonl``.  Events v58
  (before any change) -> v59 (wire-copy synonym rows): half A 43.3 -> 82.7 %, half B 52.3 -> 81.8 %
  (not blind: the rows' writer wrote the set); plover_f half B 59.2 -> 61.2 %, plover_g half B
  73.3 -> 75.2 %, plover_more half B 84.1 -> 84.7 %, plover_c 80.1 -> 80.5 %, plover_d 73.8 -> 74.6 %.

* ``plover_i.jsonl`` (written before any change of the types18 work: GSR-style sentences weighted to
  the confusable types): halves like ``plover_more.jsonl``.  Main 464efe9 -> branch types18: half A
  29/31 -> 30/31, half B 33/34 -> 33/34; plover_c 80.5 -> 81.2 %, plover_d 74.6 -> 75.0 %, plover_f
  half B 61.2 -> 62.1 %, plover_g half B 75.2 -> 76.2 %, the other held-out halves unchanged.

* ``plover_l.jsonl`` and ``plover_m.jsonl`` (session 24, see the check README): halves like
  ``plover_more.jsonl``.  Events v95 -> v96: plover_l half A 70.9 -> 71.5 %, half B 68.9 -> 69.2 %;
  plover_m half A 64.6 -> 65.3 %, half B 60.4 -> 61.3 %.  Events v107 -> v108 (session 34, rows for the
  CAMEO families of the two halves A): plover_l half A 82.4 -> 85.8 %, half B 72.9 -> 74.5 %; plover_m
  half A 77.6 -> 79.7 %, half B 65.0 -> 65.5 %; plover_g half B 82.9 -> 84.8 %, plover_d 78.3 -> 79.2 %,
  plover_c, plover_e, plover_f and plover_more half B one sentence each more, no set lower.

    python scripts/written_types.py                                  # plover.jsonl, every miss
    python scripts/written_types.py --quiet                          # accuracy and per type only
    python scripts/written_types.py --file plover_more.jsonl --half A   # half A and its misses
    python scripts/written_types.py --file plover_more.jsonl --half B   # half B: figures only
    python scripts/written_types.py --file plover_c.jsonl               # held out whole: figures only
    python scripts/written_types.py --file plover_d.jsonl               # held out whole: figures only
    python scripts/written_types.py --file plover_e.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_f.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_g.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_h.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_i.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_j.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_k.jsonl --half B      # half B: figures only
    python scripts/written_types.py --file plover_l.jsonl --half B      # half B: figures only
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import seismo
from seismo.eval.folds import HELD_OUT_WHOLE, read_written, written_misses_shown

DATA = Path(__file__).resolve().parent.parent / "src/seismo/data"
#: where a bare file name is looked for: the check sets (never trained on), then the training files
FOLDERS = (DATA / "check", DATA / "train/types")

#: files held out whole: scored, their misses never printed (nobody tunes on them)
HELD_OUT = HELD_OUT_WHOLE


def lists_misses(name: str, *, half: str, quiet: bool) -> bool:
    """Whether a run prints its misses: for a check set, only for its tuning half A
    (:func:`~seismo.eval.folds.written_misses_shown`); for a training file, unless half B."""
    if quiet:
        return False
    return written_misses_shown(name, half) if (FOLDERS[0] / name).is_file() else half != "B"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default="plover.jsonl",
                        help="a file of the check or training folder, or a path (default plover.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all",
                        help="A: the tuning half, B: the held-out half (no misses listed), all (default)")
    parser.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    args = parser.parse_args()
    path = Path(args.file) if Path(args.file).is_file() else next(
        (folder / args.file for folder in FOLDERS if (folder / args.file).is_file()), FOLDERS[0] / args.file)
    pipeline = seismo.Pipeline()
    if args.half != "all" and path.name in HELD_OUT:
        parser.error(f"{path.name} is held out whole: score it with --half all")
    rows = read_written(path, half=args.half, key="text")
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
    which = "" if args.half == "all" else f" half {args.half}"
    print(f"PLOVER type accuracy on {path.name}{which}: {sum(right.values())}/{len(rows)} = "
          f"{100 * sum(right.values()) / max(len(rows), 1):.1f}%")
    for gold in sorted(total):
        print(f"  {gold:9s} {right[gold]:3d}/{total[gold]:3d}")
    if lists_misses(path.name, half=args.half, quiet=args.quiet):
        print("\n".join(sorted(misses)))


if __name__ == "__main__":
    main()
