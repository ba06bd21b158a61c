"""Finding and reading the shared evaluation data, and running the pipeline over it.

The data folder is, in order: the ``--data`` option, ``$SEISMO_SHARED/data``, then
``../shared/data`` next to the repository or the working directory.  The seed article is
looked up the same way under ``seed/``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.errors import InputError
from seismo.model import Article, Event, Result

REPO = Path(__file__).resolve().parents[3]
SEED_NAME = "kazakhstan-2022-01-07"

#: ``progress(done, total)`` after each article
Progress = Callable[[int, int], None]


def _shared_candidates(env: dict[str, str] | None = None) -> list[Path]:
    env = dict(os.environ if env is None else env)
    if env.get("SEISMO_SHARED"):
        return [Path(env["SEISMO_SHARED"])]
    return [REPO.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]


def find_data_dir(explicit: str | Path | None = None, *, env: dict[str, str] | None = None) -> Path:
    """The evaluation data folder, or :class:`InputError` naming where we looked and the fix."""
    candidates = [Path(explicit)] if explicit else [c / "data" for c in _shared_candidates(env)]
    for path in candidates:
        if path.is_dir():
            return path
    looked = ", ".join(str(c) for c in candidates)
    raise InputError(
        looked,
        "evaluation data folder not found; pass --data DIR or set SEISMO_SHARED to the folder holding data/",
    )


def find_seed(explicit_dir: str | Path | None = None, *, env: dict[str, str] | None = None) -> tuple[Path, Path]:
    """``(article.txt, gold.json)`` of the seed article."""
    dirs = [Path(explicit_dir)] if explicit_dir else [c / "seed" for c in _shared_candidates(env)]
    for d in dirs:
        text, gold = d / f"{SEED_NAME}.txt", d / f"{SEED_NAME}.gold.json"
        if text.is_file() and gold.is_file():
            return text, gold
    looked = ", ".join(str(d) for d in dirs)
    raise InputError(looked, f"seed article {SEED_NAME}.txt/.gold.json not found; set SEISMO_SHARED")


def require(data_dir: Path, name: str) -> Path:
    path = data_dir / name
    if not path.is_file():
        raise InputError(str(path), "evaluation file missing; is --data the shared data folder (with README.md)?")
    return path


def read_jsonl(path: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` records of a JSONL file (all when ``None``)."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}", f"not valid JSON ({exc.msg}); fix or remove the line") from exc
    return records


def parse_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def articles_from(records: Sequence[dict[str, Any]], *, date_field: str | None = "date", prefix: str = "",
                  title_field: str | None = None) -> list[Article]:
    """Articles from data records (``id``, ``text`` and optionally a date field and a title field)."""
    return [
        Article(id=f"{prefix}{r['id']}", text=r["text"], date=parse_date(r.get(date_field)) if date_field else None, origin=prefix + str(r["id"]),
                title=(r.get(title_field) or None) if title_field else None)
        for r in records
    ]


@dataclass(frozen=True, slots=True)
class Source:
    """One dev file a task reads, and how its records become articles.

    file: the file's name in the data folder (also the first half of each record's fold key);
    prefix: put before each record id to make the article id; date_field: the record's date (None: the articles are undated);
    title_field: the record's title (None: the articles have none); fold_field: the field whose
    value is the second half of the fold key (``id``; ``incident`` for the dedup file, whose
    articles of one incident share a fold: :mod:`seismo.eval.folds`).
    """

    file: str
    prefix: str
    date_field: str | None = "date"
    title_field: str | None = None
    fold_field: str = "id"

    def read(self, data_dir: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
        return read_jsonl(require(data_dir, self.file), limit=limit)

    def articles(self, records: Sequence[dict[str, Any]]) -> list[Article]:
        return articles_from(records, date_field=self.date_field, prefix=self.prefix, title_field=self.title_field)

    def run(self, pipeline: Any, records: Sequence[dict[str, Any]], *, progress: Progress | None = None) -> list[Result]:
        """The pipeline's results for ``records``, in order, scored out-of-fold: when the learned
        type model was trained on this file split in folds (its manifest says so), each fold's
        records are read by the model that never saw that fold; else as :func:`run_pipeline`."""
        resources = getattr(pipeline, "resources", None)
        model = None if resources is None else resources.type_model
        if model is None or not model.trained_on_folds_of(self.file):
            return run_pipeline(pipeline, self.articles(records), progress=progress)
        from seismo.eval.folds import folds_of

        folds = folds_of(self.file, records, key=self.fold_field)
        out: list[Result | None] = [None] * len(records)
        done = 0
        try:
            for k in sorted(set(folds)):
                at = [i for i, f in enumerate(folds) if f == k]
                resources.type_model = model.without_fold(k)
                for i, result in zip(at, pipeline.run_many(self.articles([records[i] for i in at]))):
                    out[i] = result
                    done += 1
                    if progress is not None:
                        progress(done, len(records))
        finally:
            resources.type_model = model
        missing = [records[i].get(self.fold_field) for i, r in enumerate(out) if r is None]
        if missing:
            raise RuntimeError(f"{self.file}: the pipeline gave no result for records {missing[:5]}")
        return [r for r in out if r is not None]


def run_pipeline(pipeline: Any, articles: Sequence[Article], *, progress: Progress | None = None) -> list[Result]:
    """Run the pipeline over articles, in order; ``progress(done, total)`` after each one."""
    out: list[Result] = []
    for result in pipeline.run_many(articles):
        out.append(result)
        if progress is not None:
            progress(len(out), len(articles))
    return out


def top_event(events: Sequence[Event], *, asserted_only: bool = True) -> Event | None:
    """The highest-confidence event (asserted ones only by default); ties go to the earliest."""
    pool = [e for e in events if e.modality == "asserted"] if asserted_only else list(events)
    if not pool:
        return None
    return min(pool, key=lambda e: (-e.confidence, e.evidence.start, e.trigger.start))
