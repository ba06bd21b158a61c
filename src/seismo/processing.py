"""``process(articles, *, store, pipeline)``: skip what is stored, extract the rest, write it.

    stats = process(read_inputs(paths, report=report), store=store, pipeline=Pipeline())
    stats.summary()   → "stored 12 new articles (3 already present), 41 new events"

The one loop behind ``seismo ingest`` and ``POST /api/articles``.  Articles go in batches; per
batch, the ones already stored are skipped, the others run through the pipeline and are
written in one transaction (so a failed batch leaves the earlier ones stored).

Re-extraction: with ``reprocess=True`` a stored article is extracted again when the step
versions it was made with (``Result.steps``, kept by the store) differ from the pipeline's —
a newer step, or a step that failed on it last time; its old records are replaced, so running
it twice changes nothing.  ``force=True`` re-extracts every stored article.

Extraction is pluggable (``extract=``): by default the pipeline runs here, batch after batch;
:mod:`seismo.scale` hands the batches to Dask workers instead.  Either way the results come
back in input order and are written one transaction per batch in that order, so the store ends
the same whoever extracted them: here, or by the extractor itself, which then gives
:class:`Written` (the results and what its write did; Dask workers writing straight into the
store).  An extractor may give a :class:`Failed` for a batch it could not extract or write (a
crashed worker, past its retries): those articles are counted as failed, nothing of them is
written, and the run goes on.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from seismo.model import Article, Result

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store, WriteStats


class Runner(Protocol):
    """What :func:`process` needs of a pipeline: :class:`~seismo.pipeline.Pipeline` or a stand-in.
    ``versions`` (the steps' versions) is read only to reprocess."""

    def run_many(self, articles: Iterable[Article]) -> Iterable[Result]: ...


@dataclass(frozen=True, slots=True)
class Failed:
    """What an extractor gives for a batch it could not extract: why (the articles are counted
    as failed and not written)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Written:
    """What an extractor gives for a batch it also wrote into the store itself, in its turn:
    the results and what the write did."""

    results: tuple[Result, ...]
    stats: WriteStats


@dataclass(frozen=True, slots=True)
class Todo:
    """One batch's articles to extract, and whether writing them replaces stored ones."""

    articles: list[Article]
    replace: bool = False


#: ``extract(todos)``: for each batch to extract, in order, its results (input order),
#: :class:`Written` or :class:`Failed`; it may read ahead of what it has given back.
Extractor = Callable[[Iterator[Todo]], Iterator["tuple[Result, ...] | Written | Failed"]]


@dataclass(frozen=True, slots=True)
class Batch:
    """One batch as processed: its articles (input order) and the results extracted and written;
    ``error``: why none of its articles to extract was extracted (they count as failed)."""

    articles: tuple[Article, ...]
    results: tuple[Result, ...]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ProcessStats:
    """What :func:`process` did.

    added: articles stored for the first time; replaced: stored articles extracted again
    (``reprocess`` / ``force``); present: articles left as they were (already stored, or
    repeated in the input); events: event reports written; failed: articles not extracted
    (their batch failed; rerun to store them).
    """

    added: int = 0
    replaced: int = 0
    present: int = 0
    events: int = 0
    failed: int = 0

    def summary(self) -> str:
        redone = f", re-extracted {self.replaced}" if self.replaced else ""
        failed = f", {self.failed} failed (not stored; rerun to retry them)" if self.failed else ""
        return (f"stored {self.added} new articles ({self.present} already present){redone}, "
                f"{self.events} new events{failed}")


def _batches(items: Iterable[Article], size: int | None) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run_here(pipeline: Runner) -> Extractor:
    """The default extractor: ``pipeline`` in this process, one batch at a time."""

    def extract(todos: Iterator[Todo]) -> Iterator[tuple[Result, ...] | Written | Failed]:
        for todo in todos:
            yield tuple(pipeline.run_many(todo.articles)) if todo.articles else ()

    return extract


def process(
    articles: Iterable[Article],
    *,
    store: Store,
    pipeline: Runner,
    reprocess: bool = False,
    force: bool = False,
    batch_size: int | None = 64,
    on_batch: Callable[[Batch], None] | None = None,
    extract: Extractor | None = None,
) -> ProcessStats:
    """Extract the articles not yet in ``store`` and write what was found; see the module docstring.

    reprocess: also re-extract stored articles whose step versions differ from ``pipeline.versions``.
    force: re-extract every stored article.
    batch_size: articles per pipeline run and store transaction (None: all in one).
    on_batch: called after each batch is written (progress, warnings, per-article answers).
    extract: who runs ``pipeline`` (default :func:`run_here`); see the module docstring.
    """
    current = tuple(pipeline.versions) if reprocess and not force else None  # type: ignore[attr-defined]
    added = replaced = present = events = failed = 0
    planned: deque[tuple[list[Article], list[Article], set[str]]] = deque()

    def todos() -> Iterator[Todo]:
        for batch in _batches(articles, batch_size):
            stored = store.article_steps([a.id for a in batch])
            redo = {aid for aid, steps in stored.items() if force or (current is not None and steps != current)}
            todo = [a for a in batch if a.id not in stored or a.id in redo]
            planned.append((batch, todo, redo))
            yield Todo(todo, replace=bool(redo))

    for extracted in (extract or run_here(pipeline))(todos()):
        batch, todo, redo = planned.popleft()
        error = extracted.reason if isinstance(extracted, Failed) else None
        if isinstance(extracted, Written):
            results, written = extracted.results, extracted.stats
        else:
            results = () if isinstance(extracted, Failed) else extracted
            written = store.write(results, replace=bool(redo))
        added += written.articles_added - written.articles_replaced
        replaced += written.articles_replaced
        present += len(batch) - len(todo) + written.articles_present
        events += written.events_added
        failed += len(todo) - len(results)
        if on_batch is not None:
            on_batch(Batch(tuple(batch), results, error))
    return ProcessStats(added=added, replaced=replaced, present=present, events=events, failed=failed)
