"""What an evaluation task returns, and its three renderings: terminal, JSON, Markdown.

A task returns one :class:`TaskReport`: headline :class:`Metric` values (each with the
published anchor beside it where one exists), detail :class:`Table` s (per-label scores,
confusions, items) and notes that say how the task maps seismo's output onto the gold labels.
A task split into folds (:mod:`seismo.eval.folds`) gives every metric three figures: the
validation fold (the headline), the tuning folds, and every record ("in-sample").
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.eval.folds import FOLD_FORMULA, IN_SAMPLE, TUNING, VALIDATION, Figure
from seismo.eval.scorers import PRF, Classification, MultiLabel

NO_FOLDS = "no folds"


@dataclass(frozen=True, slots=True)
class Metric:
    """One headline number.

    value: our score over every record scored — the in-sample figure when the task is split into
    folds (a ratio in [0, 1] unless ``unit`` says otherwise); ``None`` = not measurable.
    anchor: the published reference number in the same unit, with ``anchor_source`` naming it.
    headline: shown in the summary of docs/EVALUATION.md.
    validation / tuning: the same metric on the validation fold and on the tuning folds
    (:func:`seismo.eval.folds.by_fold`); ``None`` when the task has no folds (the seed).
    """

    name: str
    value: float | None
    unit: str = "ratio"
    anchor: float | None = None
    anchor_source: str | None = None
    n: int | None = None
    headline: bool = False
    validation: Figure | None = None
    tuning: Figure | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A detail table: ``rows`` of cells under ``columns`` (long tables are cut unless ``full``)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    full: bool = False  # show every row in docs/EVALUATION.md


@dataclass(frozen=True, slots=True)
class TaskReport:
    """The result of one evaluation task.

    datasets: ``(file name, records scored)`` pairs.
    notes: how predictions are mapped to gold labels, and anything left out.
    fold_datasets: ``(file name, records in the validation fold, records in the tuning folds)``;
    empty when the task is not split into folds.
    """

    task: str
    title: str
    datasets: tuple[tuple[str, int], ...]
    metrics: tuple[Metric, ...]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    fold_datasets: tuple[tuple[str, int, int], ...] = ()

    @property
    def folded(self) -> bool:
        """The task is split into folds (every task but the seed)."""
        return bool(self.fold_datasets)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(f"task {self.task!r} has no metric {name!r}; it has {[m.name for m in self.metrics]}")

    def to_json(self) -> dict[str, Any]:
        """``metrics[name]``: ``value`` and ``n`` are in-sample (every record); ``validation`` and
        ``tuning`` are ``{"value", "n"}`` or ``None`` (no folds)."""

        def figure(f: Figure | None) -> dict[str, Any] | None:
            return None if f is None else {"value": _round(f.value), "n": f.n}

        return {
            "task": self.task,
            "title": self.title,
            "datasets": dict(self.datasets),
            "folds": {name: {"validation": v, "tuning": t} for name, v, t in self.fold_datasets} or None,
            "metrics": {
                m.name: {
                    "value": _round(m.value),
                    "unit": m.unit,
                    "anchor": m.anchor,
                    "anchor_source": m.anchor_source,
                    "n": m.n,
                    "validation": figure(m.validation),
                    "tuning": figure(m.tuning),
                }
                for m in self.metrics
            },
            "tables": [
                {"title": t.title, "columns": list(t.columns), "rows": [list(r) for r in t.rows]}
                for t in self.tables
            ],
            "notes": list(self.notes),
            **({"extra": self.extra} if self.extra else {}),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# -- building blocks the tasks share -------------------------------------------------------


def prf_metrics(
    prefix: str, s: PRF, *, anchor_f1: float | None = None, source: str | None = None, headline: bool = False
) -> list[Metric]:
    """Precision, recall and F1 of one pooled score as three metrics."""
    return [
        Metric(f"{prefix} precision", s.precision, n=s.tp + s.fp),
        Metric(f"{prefix} recall", s.recall, n=s.support),
        Metric(f"{prefix} F1", s.f1, anchor=anchor_f1, anchor_source=source, n=s.support, headline=headline),
    ]


def label_table(title: str, per_label: dict[str, PRF], *, sort_by_support: bool = True) -> Table:
    items = list(per_label.items())
    if sort_by_support:
        items.sort(key=lambda kv: (-kv[1].support, kv[0]))
    rows = tuple(
        (label, fmt(s.precision), fmt(s.recall), fmt(s.f1), s.support, s.tp, s.fp, s.fn) for label, s in items
    )
    return Table(title, ("label", "P", "R", "F1", "support", "tp", "fp", "fn"), rows)


def reliability_table(title: str, pairs: Sequence[tuple[float, bool]]) -> Table:
    """Confidence bins of predicted events against the share of them that are right."""
    from seismo.extract.events.calibration import reliability_table as bins

    rows = tuple(
        (f"{r.low:.1f}–{min(r.high, 1.0):.1f}", r.n, r.correct,
         fmt(r.correct / r.n) if r.n else "", f"{r.mean_confidence:.2f}" if r.n else "")
        for r in bins(pairs, edges=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9))
    )
    return Table(title, ("confidence", "events", "right", "share right (%)", "mean confidence"), rows, full=True)


def confusion_table(title: str, c: Classification, *, k: int = 10) -> Table:
    rows = tuple((g, p, n) for g, p, n in c.top_confusions(k))
    return Table(title, ("gold", "predicted", "n"), rows)


def confusion_matrix_table(title: str, c: Classification, *, k: int = 8) -> Table:
    """Gold (rows) × predicted (columns) counts among the ``k`` most frequent gold labels.

    Predictions outside those labels are pooled in an ``other`` column (``NONE`` kept apart).
    """
    top = [label for label, s in sorted(c.per_label.items(), key=lambda kv: (-kv[1].support, kv[0]))[:k] if s.support]
    columns = [*top, "NONE", "other"]
    rows = []
    for g in top:
        cells = [c.confusion.get((g, p), 0) for p in top]
        none = c.confusion.get((g, "NONE"), 0)
        other = sum(n for (gg, p), n in c.confusion.items() if gg == g and p not in top and p != "NONE")
        rows.append((g, *cells, none, other))
    return Table(title, ("gold ↓ predicted →", *columns), tuple(rows))


def classification_metrics(prefix: str, c: Classification) -> list[Metric]:
    return [
        Metric(f"{prefix} micro F1", c.micro.f1, n=c.micro.support),
        Metric(f"{prefix} macro F1", c.macro_f1, n=len(c.per_label)),
        Metric(f"{prefix} weighted F1", c.weighted_f1, n=c.micro.support),
        Metric(f"{prefix} accuracy", c.accuracy, n=c.n),
    ]


def multilabel_metrics(prefix: str, m: MultiLabel) -> list[Metric]:
    return [
        *prf_metrics(f"{prefix} micro", m.micro),
        Metric(f"{prefix} macro F1", m.macro_f1, n=len(m.per_label)),
    ]


def fmt(value: Any, unit: str = "ratio") -> str:
    """A cell as text: ratios as percentages with one decimal, ``None`` as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        if unit == "ratio":
            return f"{100 * value:.1f}"
        return f"{value:,.1f}"
    return str(value)


def _unit_label(m: Metric) -> str:
    return "%" if m.unit == "ratio" else m.unit


#: the three figure columns, validation first: it is the headline
FIGURE_COLUMNS = (VALIDATION.label, TUNING.label, IN_SAMPLE.label)


def _figure(f: Figure | None, unit: str) -> str:
    return "–" if f is None or f.n == 0 else fmt(f.value, unit)


def figure_cells(m: Metric) -> tuple[str, str, str]:
    """A metric's validation, tuning and in-sample cells; a task without folds shows ``no folds``
    for the first two and its one figure as in-sample."""
    if m.validation is None and m.tuning is None:
        return NO_FOLDS, NO_FOLDS, fmt(m.value, m.unit)
    return _figure(m.validation, m.unit), _figure(m.tuning, m.unit), fmt(m.value, m.unit)


def n_cell(m: Metric) -> str:
    """``n`` as ``validation / tuning / all`` (just ``n`` without folds)."""
    def one(n: int | None) -> str:
        return "" if n is None else str(n)

    if m.validation is None and m.tuning is None:
        return one(m.n)
    return " / ".join(one(f.n if f else None) for f in (m.validation, m.tuning)) + f" / {one(m.n)}"


def _anchor(m: Metric) -> str:
    return "" if m.anchor is None else f"{fmt(m.anchor, 'abs')} ({m.anchor_source})"


# -- terminal ------------------------------------------------------------------------------


def render_console(report: TaskReport, *, console: Any = None, max_rows: int = 30) -> None:
    """Print a report with rich tables."""
    from rich.console import Console
    from rich.table import Table as RichTable

    console = console or Console()
    sizes = ", ".join(f"{name}: {n}" for name, n in report.datasets)
    console.print(f"[bold]{report.title}[/bold]  ({sizes})")
    if report.folded:
        folds = "; ".join(f"{name}: {v} validation, {t} tuning" for name, v, t in report.fold_datasets)
        console.print(f"[dim]folds — {folds}[/dim]")
    else:
        console.print(f"[dim]{NO_FOLDS}: every figure is in-sample[/dim]")
    head = RichTable(show_header=True, header_style="bold")
    for col in ("metric", *FIGURE_COLUMNS, "anchor", "n" + (" (val / tun / all)" if report.folded else "")):
        head.add_column(col, justify="left" if col == "metric" else "right")
    for m in report.metrics:
        head.add_row(f"{m.name} ({_unit_label(m)})", *figure_cells(m), _anchor(m), n_cell(m))
    console.print(head)
    for t in report.tables:
        table = RichTable(title=t.title, show_header=True, header_style="bold", title_justify="left")
        for col in t.columns:
            table.add_column(str(col))
        for row in t.rows[:max_rows]:
            table.add_row(*(str(c) for c in row))
        if len(t.rows) > max_rows:
            table.caption = f"{len(t.rows) - max_rows} more rows (use --json for all)"
        console.print(table)
    for note in report.notes:
        console.print(f"[dim]· {note}[/dim]")


# -- Markdown (docs/EVALUATION.md) -------------------------------------------------------------


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(_md_cell(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return lines


def git_commit(repo: Path) -> str:
    """The checkout's short commit id (``+dirty`` when there are changes), or ``unknown``."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + ("+dirty" if dirty and head else "")


def render_markdown(
    reports: Sequence[TaskReport],
    *,
    commit: str,
    generated: dt.datetime,
    command: str,
    limit: int | None = None,
    max_rows: int = 15,
) -> str:
    """The whole of docs/EVALUATION.md."""
    out = [
        "# Evaluation",
        "",
        "<!-- generated by `seismo eval all`; do not edit by hand -->",
        "",
        f"Generated {generated:%Y-%m-%d %H:%M} UTC from commit `{commit}` by `{command}`"
        + (f" (first {limit} records per file)." if limit else "."),
        "Percentages unless a unit is given. An anchor is a published number for a comparable system; "
        "read the notes under each task for how the comparison is (or is not) like for like.",
        "Rerun with `seismo eval all` (`make eval`); one task with `seismo eval TASK [--limit N] [--json]`; "
        "the tuning folds' mistakes with `seismo eval TASK --errors`.",
        "",
        "## Folds",
        "",
        f"Every dev record is in one of five fixed folds: `{FOLD_FORMULA}` (`seismo.eval.folds`).",
        f"- **{VALIDATION.label}** — the headline: scored here, never printed, listed or read while writing rules "
        "or lexicon entries.",
        f"- **{TUNING.label}** — what `seismo eval TASK --errors` lists; the detail tables below are over these folds.",
        f"- **{IN_SAMPLE.label}** — every record, which the rules were tuned on: in-sample, shown for comparison only.",
        f"- The seed task is one article with no folds: its figures are in-sample ({NO_FOLDS}).",
        "",
        "## Summary",
        "",
    ]
    summary_rows = []
    for r in reports:
        for m in [m for m in r.metrics if m.headline] or r.metrics[:2]:
            summary_rows.append((r.task, m.name, *figure_cells(m), _anchor(m)))
    summary_columns = ("task", "metric", f"{VALIDATION.label} — headline", TUNING.label, IN_SAMPLE.label, "anchor")
    out += markdown_table(summary_columns, summary_rows)
    out += ["", "## Datasets", ""]
    dataset_rows = []
    for r in reports:
        folds = {name: (v, t) for name, v, t in r.fold_datasets}
        for f, n in r.datasets:
            v, t = folds.get(f, (NO_FOLDS, NO_FOLDS))
            dataset_rows.append((r.task, f, v, t, n))
    out += markdown_table(("task", "file", VALIDATION.label, TUNING.label, "records scored (all)"), dataset_rows)
    for r in reports:
        out += ["", f"## {r.task} — {r.title}", ""]
        rows = [(f"{m.name} ({_unit_label(m)})", *figure_cells(m), _anchor(m), n_cell(m)) for m in r.metrics]
        n_col = "n (validation / tuning / all)" if r.folded else "n"
        out += markdown_table(("metric", *FIGURE_COLUMNS, "anchor", n_col), rows)
        for t in r.tables:
            out += ["", f"**{t.title}**", ""]
            shown = len(t.rows) if t.full else max_rows
            out += markdown_table(t.columns, t.rows[:shown])
            if len(t.rows) > shown:
                out.append(f"\n({len(t.rows) - max_rows} more rows: `seismo eval {r.task} --json`)")
        if r.notes:
            out.append("")
            out += [f"- {n}" for n in r.notes]
    return "\n".join(out) + "\n"
