"""Fixed folds of the dev data, so that one fold stays unseen while rules are tuned.

Every record of a dev file belongs to one of :data:`N_FOLDS` folds, fixed by its file name and id:

    fold = int(sha256(f"{file}:{id}".encode("utf-8")).hexdigest(), 16) % 5

``file`` is the data file's name without its folder (``events_case2021_dev.jsonl``) and ``id``
the record's ``id`` field as text (``str(17) == "17"``).  The fold never changes between runs,
machines or Python versions (no ``hash()``), and adding records to a file moves no other record.
Parts of one record (a police document's sentences) share the record's fold.  The one exception
to folding by ``id``: ``dedup_gva_dev.jsonl`` is folded by its ``incident`` field, so that all
the articles of one incident share the incident's fold (``fold_of(file, record["incident"])``;
a record with no incident falls back to its ``id``) — a story split across the validation and
tuning folds could not be scored or listed whole.  Its :class:`~seismo.eval.data.Source` names
the field (``fold_field``), and :func:`folds_of` / :func:`tuning_records` take it as ``key``.

* fold 0 is the **validation** fold: scored and reported (the headline of docs/EVALUATION.md),
  but never printed, listed or read while writing rules or lexicon entries;
* folds 1–4 are the **tuning** folds: ``seismo eval TASK --errors`` lists their mistakes, and
  only theirs (:mod:`seismo.eval.errors` reads records through :func:`tuning_records`);
* **in-sample** is every record: the figure the rules were tuned on, reported only as such.

    fold_of("events_case2021_dev.jsonl", 17) -> 0..4
    folds_of(file, records, key="id") -> [fold of each record]
    tuning_records(file, records, key="id") -> the records outside the validation fold
    by_fold(lambda part: score(part.keep(gold, folds), ...)) -> TaskReport with all three figures
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from seismo.eval.report import TaskReport

N_FOLDS = 5
VALIDATION_FOLD = 0
TUNING_FOLDS = tuple(f for f in range(N_FOLDS) if f != VALIDATION_FOLD)

#: the assignment, as docs/EVALUATION.md prints it
FOLD_FORMULA = f'int(sha256(f"{{file}}:{{id}}".encode("utf-8")).hexdigest(), 16) % {N_FOLDS}'

T = TypeVar("T")


def fold_of(file: str, record_id: object) -> int:
    """The fold (0–4) of record ``record_id`` of the data file named ``file`` (see the module docstring)."""
    key = f"{file}:{record_id}".encode("utf-8")
    return int(hashlib.sha256(key).hexdigest(), 16) % N_FOLDS


def fold_key(record: Mapping[str, Any], key: str = "id") -> object:
    """The value a record is folded by: its ``key`` field (its ``id`` when that is missing or null)."""
    value = record.get(key)
    return record["id"] if value is None else value


def written_half(key: str) -> str:
    """The half of an item of a check set written for the project (``seismo/data/check``): "A" (to
    tune on) when sha256 of its key (an id, or a sentence's text) is even, "B" (held out) when odd."""
    return "AB"[int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2]


#: check sets held out whole (``seismo/data/check``): written and scored once before any rule was
#: changed for them; scored with ``--half all`` only, their misses never listed
HELD_OUT_WHOLE = frozenset({"plover_c.jsonl", "plover_d.jsonl", "plover_q.jsonl", "plover_none_leads.jsonl", "dates_written2.jsonl",
                            "quotes_written2.jsonl"})


def read_written(path: Path, *, half: str = "all", key: str = "id") -> list[dict[str, Any]]:
    """The rows of a JSONL check set, of one half (``"A"``, ``"B"``: :func:`written_half` of each
    row's ``key`` field) or ``"all"``."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows if half == "all" else [row for row in rows if written_half(row[key]) == half]


def written_misses_shown(name: str, half: str) -> bool:
    """Whether a score of the check set ``name`` may list its misses: only for its tuning half A,
    never for half B, for a whole set with a held-out half, or for a set held out whole."""
    return half == "A" and name not in HELD_OUT_WHOLE


def folds_of(file: str, records: Sequence[Mapping[str, Any]], *, key: str = "id") -> list[int]:
    """The fold of each record (by its ``key`` field, ``id`` by default), in order."""
    return [fold_of(file, fold_key(r, key)) for r in records]


def is_validation(file: str, record_id: object) -> bool:
    return fold_of(file, record_id) == VALIDATION_FOLD


def tuning_records(file: str, records: Sequence[Mapping[str, Any]], *, key: str = "id") -> list[Mapping[str, Any]]:
    """The records of ``file`` in the tuning folds (1–4), in order: the validation fold left out
    (folded by their ``key`` field, ``id`` by default)."""
    return [r for r in records if not is_validation(file, fold_key(r, key))]


@dataclass(frozen=True, slots=True)
class Figure:
    """A metric's value on one part of the data, and the ``n`` it is over (as in
    :class:`~seismo.eval.report.Metric`, which carries one per part)."""

    value: float | None
    n: int | None


@dataclass(frozen=True, slots=True)
class Part:
    """A named set of folds that a task is scored on.

    name: ``validation``, ``tuning`` or ``in-sample``; label: how reports head its column.
    """

    name: str
    label: str
    folds: frozenset[int]

    def keep(self, items: Sequence[T], folds: Sequence[int]) -> list[T]:
        """The items whose fold (``folds``, item by item) is in this part."""
        if len(items) != len(folds):
            raise ValueError(f"{len(items)} items but {len(folds)} folds; give one fold per item")
        return [x for x, f in zip(items, folds) if f in self.folds]


VALIDATION = Part("validation", f"validation (fold {VALIDATION_FOLD})", frozenset({VALIDATION_FOLD}))
TUNING = Part("tuning", f"tuning (folds {TUNING_FOLDS[0]}–{TUNING_FOLDS[-1]})", frozenset(TUNING_FOLDS))
IN_SAMPLE = Part("in-sample", "in-sample (all)", frozenset(range(N_FOLDS)))

FOLD_NOTE = (
    f"Folds: sha256('<file>:<record id>') mod {N_FOLDS}; {VALIDATION.label} is never listed or read while tuning, "
    f"{TUNING.label} are what `seismo eval TASK --errors` lists, {IN_SAMPLE.label} is every record (tuned on). "
    "Detail tables are over the tuning folds."
)


def by_fold(score: Callable[[Part], TaskReport]) -> TaskReport:
    """Score a task three times — validation fold, tuning folds, every record — and merge.

    ``score(part)`` scores the records of ``part`` (filter them with :meth:`Part.keep`).  The
    result is the in-sample report whose metrics carry the ``validation`` and ``tuning``
    figures beside their in-sample value, whose detail tables are the tuning folds' (so that no
    table counts validation records), and whose ``fold_datasets`` give each file's fold sizes.
    """
    whole, val, tun = score(IN_SAMPLE), score(VALIDATION), score(TUNING)
    v = {m.name: m for m in val.metrics}
    t = {m.name: m for m in tun.metrics}

    def figure(m: Any) -> Figure | None:
        return None if m is None else Figure(m.value, m.n)

    metrics = tuple(replace(m, validation=figure(v.get(m.name)), tuning=figure(t.get(m.name))) for m in whole.metrics)
    vn, tn = dict(val.datasets), dict(tun.datasets)
    return replace(
        whole,
        metrics=metrics,
        tables=tuple(replace(tb, title=f"{tb.title} — {TUNING.label}") for tb in tun.tables),
        notes=(*whole.notes, FOLD_NOTE),
        fold_datasets=tuple((name, vn.get(name, 0), tn.get(name, 0)) for name, _ in whole.datasets),
        extra=tun.extra,
    )
