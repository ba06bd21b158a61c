"""Where training examples come from, and which of them are split into folds.

* the project's examples, ``seismo/data/train/types/*.jsonl``: sentences written for seismo
  from the ACLED codebook and PLOVER manual definitions (see the README there); every one is
  trained on, none is ever scored;
* the tuning halves A of the PLOVER check sets written for the project (``seismo/data/check/plover_*.jsonl``,
  :func:`check_files`): their PLOVER type only.  Their halves B and the sets held out whole
  (:data:`~seismo.eval.folds.HELD_OUT_WHOLE`) are never trained on: ``scripts/written_types.py``
  scores the rules and the model on them, text neither was written or trained for;
* PLOVER GSR (``events_plover_gsr.jsonl`` of the data folder; CC BY-SA 4.0, openeventdata/PLOVER):
  PLOVER types only (0.5b1 names folded into seismo's 16); **fold-split**: each fold is scored by
  the model trained without it;
* a user's own files (``seismo train types --data FILE.jsonl``, :mod:`seismo.learn.examples`).

Files with no licence stated (CASE 2021, GLOCON, IndiaPoliceEvents, PolNeAR) are never trained
on; they are read only to score and to tune the policy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from seismo.eval.data import read_jsonl
from seismo.eval.folds import HELD_OUT_WHOLE, fold_of, read_written
from seismo.eval.tasks.events.plover import SUCCESSOR
from seismo.learn.examples import Example, ExampleSet, parse_label, read_examples

GSR_FILE = "events_plover_gsr.jsonl"
GSR_LICENCE = "CC BY-SA 4.0 (openeventdata/PLOVER, gold_standard_records)"


@dataclass(frozen=True, slots=True)
class TrainingFile:
    """One file trained on: its examples, and each example's fold (None: not fold-split)."""

    name: str
    path: Path
    licence: str
    examples: tuple[Example, ...]
    folds: tuple[int | None, ...]
    problems: tuple[str, ...] = ()
    sha256: str = ""  # of the file's bytes, read once when the file is read
    vocabulary: bool = True  # whether its words make the word features' vocabulary (not the check halves')

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", hashlib.sha256(self.path.read_bytes()).hexdigest())


def project_files() -> list[TrainingFile]:
    folder = Path(str(resources.files("seismo.data").joinpath("train").joinpath("types")))
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        found = read_examples(path)
        out.append(_whole(f"seismo/data/train/types/{path.name}", path, "written for seismo (MIT, the project's licence)", found))
    return out


def check_files() -> list[TrainingFile]:
    """The tuning halves A of the PLOVER check sets (``seismo/data/check/plover_*.jsonl`` but those
    held out whole), their PLOVER type only: a check row's ACLED field says nothing of the sentence's
    ACLED coding when it is null."""
    folder = Path(str(resources.files("seismo.data").joinpath("check")))
    out = []
    for path in sorted(folder.glob("plover_*.jsonl")):
        if path.name in HELD_OUT_WHOLE:
            continue
        examples = tuple(
            Example(row["text"], (("plover", parse_label("plover", row["plover_type"])),), f"{path.name}:{row['text'][:40]}")
            for row in read_written(path, half="A", key="text"))
        out.append(TrainingFile(f"seismo/data/check/{path.name} (half A)", path, "written for seismo (MIT, the project's licence)",
                                examples, tuple(None for _ in examples), vocabulary=False))
    return out


def user_file(path: Path) -> TrainingFile:
    return _whole(str(path), path, "the user's own", read_examples(path))


def _whole(name: str, path: Path, licence: str, found: ExampleSet) -> TrainingFile:
    # a file that labels no ACLED type (PLOVER rows only) leaves the word features' vocabulary, as the check halves do
    return TrainingFile(name, path, licence, found.examples, tuple(None for _ in found.examples), found.problems,
                        vocabulary=any(e.label("acled") is not None for e in found.examples))


def gsr_file(data_dir: Path) -> TrainingFile | None:
    """PLOVER GSR from the data folder, fold-split; None when the folder does not have it."""
    path = data_dir / GSR_FILE
    if not path.is_file():
        return None
    examples: list[Example] = []
    folds: list[int | None] = []
    for i, record in enumerate(read_jsonl(path), 1):
        label = parse_label("plover", SUCCESSOR.get(record["event"], record["event"]))
        examples.append(Example(record["text"], (("plover", label),), f"{GSR_FILE}:{i}"))
        folds.append(fold_of(GSR_FILE, record["id"]))
    return TrainingFile(GSR_FILE, path, GSR_LICENCE, tuple(examples), tuple(folds))
