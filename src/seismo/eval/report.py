"""What an evaluation task returns, and its three renderings: terminal, JSON, Markdown.

A task returns one :class:`TaskReport`: headline :class:`Metric` values (each with the
published anchor beside it where one exists), detail :class:`Table` s (per-label scores,
confusions, items) and notes that say how the task maps seismo's output onto the gold labels.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.eval.scorers import PRF, Classification, MultiLabel


@dataclass(frozen=True, slots=True)
class Metric:
    """One headline number.

    value: our score (a ratio in [0, 1] unless ``unit`` says otherwise); ``None`` = not measurable.
    anchor: the published reference number in the same unit, with ``anchor_source`` naming it.
    headline: shown in the summary of docs/EVALUATION.md.
    """

    name: str
    value: float | None
    unit: str = "ratio"
    anchor: float | None = None
    anchor_source: str | None = None
    n: int | None = None
    headline: bool = False


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
    """

    task: str
    title: str
    datasets: tuple[tuple[str, int], ...]
    metrics: tuple[Metric, ...]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(f"task {self.task!r} has no metric {name!r}; it has {[m.name for m in self.metrics]}")

    def to_json(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "title": self.title,
            "datasets": dict(self.datasets),
            "metrics": {
                m.name: {
                    "value": None if m.value is None else round(m.value, 4),
                    "unit": m.unit,
                    "anchor": m.anchor,
                    "anchor_source": m.anchor_source,
                    "n": m.n,
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


# -- terminal ------------------------------------------------------------------------------


def render_console(report: TaskReport, *, console: Any = None, max_rows: int = 30) -> None:
    """Print a report with rich tables."""
    from rich.console import Console
    from rich.table import Table as RichTable

    console = console or Console()
    sizes = ", ".join(f"{name}: {n}" for name, n in report.datasets)
    console.print(f"[bold]{report.title}[/bold]  ({sizes})")
    head = RichTable(show_header=True, header_style="bold")
    for col in ("metric", "seismo", "anchor", "n"):
        head.add_column(col, justify="left" if col == "metric" else "right")
    for m in report.metrics:
        anchor = "" if m.anchor is None else f"{fmt(m.anchor, 'abs')} ({m.anchor_source})"
        head.add_row(f"{m.name} ({_unit_label(m)})", fmt(m.value, m.unit), anchor, "" if m.n is None else str(m.n))
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
        "Rerun with `seismo eval all` (`make eval`); one task with `seismo eval TASK [--limit N] [--json]`.",
        "",
        "## Summary",
        "",
    ]
    summary_rows = []
    for r in reports:
        for m in [m for m in r.metrics if m.headline] or r.metrics[:2]:
            anchor = "" if m.anchor is None else f"{fmt(m.anchor, 'abs')} ({m.anchor_source})"
            summary_rows.append((r.task, m.name, fmt(m.value, m.unit), anchor))
    out += markdown_table(("task", "metric", "seismo", "anchor"), summary_rows)
    out += ["", "## Datasets", ""]
    out += markdown_table(("task", "file", "records scored"), [(r.task, f, n) for r in reports for f, n in r.datasets])
    for r in reports:
        out += ["", f"## {r.task} — {r.title}", ""]
        rows = []
        for m in r.metrics:
            anchor = "" if m.anchor is None else f"{fmt(m.anchor, 'abs')} ({m.anchor_source})"
            rows.append((f"{m.name} ({_unit_label(m)})", fmt(m.value, m.unit), anchor, "" if m.n is None else m.n))
        out += markdown_table(("metric", "seismo", "anchor", "n"), rows)
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
