"""Evaluation of seismo against the shared dev data: one module per task, pure scorers.

    evaluate("geo", data_dir=..., pipeline=Pipeline(), limit=50) -> TaskReport
    evaluate_all(...) -> list[TaskReport];  write_markdown(reports, path, ...)
    seismo.eval.errors.list_errors("geo", data_dir=..., pipeline=Pipeline()) -> ErrorListing

Each task module has a pure ``score(...)`` over hand-buildable gold and predictions and a
``run(data_dir, *, pipeline, limit, progress)`` that reads its files and runs the pipeline.
Every dev record is in one of five fixed folds (:mod:`seismo.eval.folds`): ``run`` scores the
validation fold, the tuning folds and every record (in-sample) apart, and the error listing
shows the tuning folds only.  Nothing heavy is imported until a task runs.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from seismo.errors import ConfigError, InputError
from seismo.eval.data import Progress, find_data_dir, find_seed
from seismo.eval.report import TaskReport, git_commit, render_markdown

log = logging.getLogger(__name__)

#: task name -> (module, one-line description)
TASKS: dict[str, tuple[str, str]] = {
    "events-case2021": ("seismo.eval.tasks.events.case2021", "CASE 2021 Task 2 ACLED sub-event types (weighted F1)"),
    "events-plover": ("seismo.eval.tasks.events.plover", "PLOVER gold records: type, mode, actor country/sector"),
    "protest-glocon": ("seismo.eval.tasks.events.glocon", "GLOCON protest / no protest, documents and sentences"),
    "police-events": ("seismo.eval.tasks.events.police", "IndiaPoliceEvents KILL / ARREST / FORCE per sentence"),
    "geo": ("seismo.eval.tasks.geo", "LGL and GeoVirus toponyms: found, acc@161, median km"),
    "quotes": ("seismo.eval.tasks.quotes", "PolNeAR attributions: recall, precision, speaker (+ textacy)"),
    "dates": ("seismo.eval.tasks.dates", "TempEval-3 TBAQ timexes: detection and value"),
    "args": ("seismo.eval.tasks.args", "WikiEvents events and arguments via the KAIROS map"),
    "precision": ("seismo.eval.tasks.events.precision", "whole articles: every event judged (real, duplicate, actor, place, modality)"),
    "dedup": ("seismo.eval.tasks.dedup", "GVA news: stories against incidents (B-cubed, vs a TF-IDF baseline), near-copies, tolls"),
    "alerts": ("seismo.eval.alerts", "early warning: detectors on synthetic outbreaks vs EARS C2; the Kazakhstan alert"),
    "seed": ("seismo.eval.tasks.seed", "the seed article's expectations, item by item"),
}

#: tasks that read no shared data (their own synthetic series and the bundled samples)
NO_DATA = frozenset({"alerts"})

__all__ = ["TASKS", "TaskReport", "evaluate", "evaluate_all", "find_data_dir", "write_markdown"]


def evaluate(
    task: str,
    *,
    pipeline: Any,
    data_dir: Path | None = None,
    seed_dir: Path | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
    file: str | None = None,
) -> TaskReport:
    """Run one task.  ``data_dir`` defaults to the shared data folder; ``seed_dir`` to shared/seed;
    ``file`` names another file of the task's format in the data folder to score instead of its
    dev file (only for a task with a ``sources(file)`` function: quotes)."""
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation task {task!r}; choose one of {', '.join(TASKS)} or 'all'")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {limit}")
    module = importlib.import_module(TASKS[task][0])
    if file is not None:
        if not hasattr(module, "sources"):
            raise ConfigError(f"task {task!r} scores only its own dev files, not {file!r}; --file is for: {', '.join(file_tasks())}")
        return module.run(data_dir or find_data_dir(), pipeline=pipeline, limit=limit, progress=progress, file=file)
    if task == "seed":
        text, gold = find_seed(seed_dir)
        return module.run(text, gold, pipeline=pipeline)
    if task in NO_DATA:
        return module.run(None, pipeline=pipeline, limit=limit, progress=progress)
    return module.run(data_dir or find_data_dir(), pipeline=pipeline, limit=limit, progress=progress)


def file_tasks() -> list[str]:
    """The tasks that can score another file of their format (``--file``)."""
    return [t for t, (name, _) in TASKS.items() if hasattr(importlib.import_module(name), "sources")]


def evaluate_all(
    *,
    pipeline: Any,
    data_dir: Path | None = None,
    seed_dir: Path | None = None,
    limit: int | None = None,
    tasks: Sequence[str] | None = None,
    progress: Callable[[str], Progress | None] | None = None,
) -> list[TaskReport]:
    """Run every task (or ``tasks``) in order; ``progress(task)`` gives each task's callback."""
    names = list(tasks or TASKS)
    if data_dir is None and any(t != "seed" and t not in NO_DATA for t in names):
        data_dir = find_data_dir()
    reports = []
    for t in names:
        try:
            reports.append(
                evaluate(t, pipeline=pipeline, data_dir=data_dir, seed_dir=seed_dir, limit=limit, progress=progress(t) if progress else None)
            )
        except (ConfigError, InputError):
            raise
        except Exception as exc:  # one broken task must not lose the others' results
            if len(names) == 1:
                raise
            log.exception("evaluation task %s failed", t)
            reports.append(failed_report(t, exc))
    return reports


def failed_report(task: str, exc: BaseException) -> TaskReport:
    """The report of a task that raised: no metrics, the error in its notes."""
    return TaskReport(task=task, title=f"{TASKS[task][1]} — FAILED", datasets=(), metrics=(),
                      notes=(f"the task failed: {type(exc).__name__}: {exc}",), extra={"failed": True})


def write_markdown(reports: Sequence[TaskReport], path: Path, *, command: str, limit: int | None = None, repo: Path | None = None) -> Path:
    """Write docs/EVALUATION.md (or ``path``) from reports; returns the path."""
    from seismo.eval.data import REPO

    text = render_markdown(
        reports,
        commit=git_commit(repo or REPO),
        generated=dt.datetime.now(dt.timezone.utc),
        command=command,
        limit=limit,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
