"""The scored mistakes of one task on the tuning folds: what a rule writer may read.

    list_errors("events-case2021", pipeline=Pipeline(), data_dir=..., limit=None) -> ErrorListing

Only the tuning folds (1–4) can be listed, by construction: :func:`list_errors` reads each of
the task's files (its ``SOURCES``), keeps the records of :func:`~seismo.eval.folds.tuning_records`
(folded by the source's ``fold_field``: the dedup file by incident), and runs the pipeline on
those alone; the task's pure ``mistakes(source, records, results)`` never sees a validation
record, and every mistake's fold (of its record id, or of ``Mistake.folded_by``) is checked once
more before it is returned.  Nothing takes a fold to list: the validation fold is scored by
``seismo eval`` and read by nobody.

A task module that can list its mistakes has ``SOURCES`` (:class:`~seismo.eval.data.Source`)
and ``mistakes(source, records, results) -> Iterator[Mistake]``; the seed (one article, no
folds) has neither.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.errors import ConfigError
from seismo.eval.data import Progress
from seismo.eval.folds import TUNING, VALIDATION_FOLD, fold_of, tuning_records

EXCERPT_CHARS = 240


@dataclass(frozen=True, slots=True)
class Mistake:
    """One scored mistake.

    dataset: the data file's name; record: the record's ``id`` as the file writes it (with
    ``dataset``, the fold key); where: the part of the record (``sentence 3``, ``chars 10–17``)
    or ``None`` for the whole record; gold / predicted: what the scorer compared, as text;
    excerpt: the record's text around the mistake, the compared span in ⟦ ⟧; folded_by: the
    value the record's fold is computed from when it is not ``record`` (a dedup article's
    incident), else ``None``.
    """

    dataset: str
    record: str
    gold: str
    predicted: str
    excerpt: str
    where: str | None = None
    folded_by: str | None = None

    @property
    def fold(self) -> int:
        return fold_of(self.dataset, self.record if self.folded_by is None else self.folded_by)

    def to_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "record": self.record, "fold": self.fold, "where": self.where,
                "gold": self.gold, "predicted": self.predicted, "excerpt": self.excerpt}


@dataclass(frozen=True, slots=True)
class ErrorListing:
    """The mistakes of one task on the tuning folds; ``datasets``: ``(file, tuning records run)``."""

    task: str
    datasets: tuple[tuple[str, int], ...]
    mistakes: tuple[Mistake, ...]

    def to_json(self) -> dict[str, Any]:
        return {"task": self.task, "folds": sorted(TUNING.folds), "datasets": dict(self.datasets),
                "mistakes": [m.to_json() for m in self.mistakes]}

    def summary(self) -> str:
        records = sum(n for _, n in self.datasets)
        folds = f"{min(TUNING.folds)}–{max(TUNING.folds)}"
        return (f"{len(self.mistakes):,} mistake(s) of {self.task} on {records:,} tuning-fold records (folds {folds}); "
                f"the validation fold ({VALIDATION_FOLD}) is never listed")


def excerpt(text: str, span: tuple[int, int] | None = None, *, chars: int = EXCERPT_CHARS) -> str:
    """``text`` cut to about ``chars`` characters, single-spaced: its start, or the stretch around
    ``span`` with the span marked ⟦ ⟧."""
    if span is None:
        cut = text[:chars]
        return " ".join(cut.split()) + (" …" if len(text) > chars else "")
    start, end = max(0, span[0]), min(len(text), span[1])
    room = max(0, chars - (end - start)) // 2
    lo, hi = max(0, start - room), min(len(text), end + room)
    body = f"{text[lo:start]}⟦{text[start:end]}⟧{text[end:hi]}"
    return ("… " if lo else "") + " ".join(body.split()) + (" …" if hi < len(text) else "")


def labels_text(labels: Iterable[str]) -> str:
    """A label set as text: sorted, comma-separated, ``-`` when empty."""
    return ", ".join(sorted(labels)) or "-"


def _module(task: str) -> Any:
    from seismo.eval import TASKS

    if task not in TASKS:
        raise ConfigError(f"unknown evaluation task {task!r}; choose one of {', '.join(t for t in TASKS if t != 'seed')}")
    module = importlib.import_module(TASKS[task][0])
    if not hasattr(module, "mistakes"):
        raise ConfigError(f"task {task!r} has no error listing: it is one article with no folds; "
                          f"`seismo eval {task}` shows it item by item")
    return module


def checked(mistakes: Iterable[Mistake]) -> list[Mistake]:
    """The mistakes, each checked to be of a tuning-fold record (a validation one is a bug here)."""
    out = []
    for m in mistakes:
        if m.fold not in TUNING.folds:
            raise RuntimeError(f"{m.dataset} record {m.record!r} is in the validation fold and must never be listed; "
                               "a task's mistakes() yielded it — read records through seismo.eval.folds.tuning_records")
        out.append(m)
    return out


def list_errors(
    task: str, *, pipeline: Any, data_dir: Path, limit: int | None = None, progress: Progress | None = None,
    file: str | None = None,
) -> ErrorListing:
    """Run ``task`` on the tuning-fold records of its files (of the first ``limit`` records of
    each file) and list the scored mistakes, file by file in record order; ``file`` names another
    file of the task's format to read instead (folded by its own name: its fold 0 is never listed)."""
    module = _module(task)
    if file is not None and not hasattr(module, "sources"):
        raise ConfigError(f"task {task!r} lists the mistakes of its own dev files only, not {file!r}")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {limit}")
    datasets: list[tuple[str, int]] = []
    found: list[Mistake] = []
    for source in (module.SOURCES if file is None else module.sources(file)):
        records = tuning_records(source.file, source.read(data_dir, limit=limit), key=source.fold_field)
        if hasattr(module, "select"):  # a task that scores only some records of its files
            records = module.select(source, records)
        results = source.run(pipeline, records, progress=progress)
        datasets.append((source.file, len(records)))
        found += checked(module.mistakes(source, records, results))
    return ErrorListing(task, tuple(datasets), tuple(found))


def render_console(listing: ErrorListing, *, echo: Any = print) -> None:
    """One block per mistake: where it is, gold → predicted, the excerpt."""
    for m in listing.mistakes:
        where = f" {m.where}" if m.where else ""
        echo(f"{m.dataset} #{m.record}{where} (fold {m.fold}): gold {m.gold} → predicted {m.predicted}")
        echo(f"    {m.excerpt}")

