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
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from seismo.model import Article, Result

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store


class Runner(Protocol):
    """What :func:`process` needs of a pipeline: :class:`~seismo.pipeline.Pipeline` or a stand-in.
    ``versions`` (the steps' versions) is read only to reprocess."""

    def run_many(self, articles: Iterable[Article]) -> Iterable[Result]: ...


@dataclass(frozen=True, slots=True)
class Batch:
    """One batch as processed: its articles (input order) and the results extracted and written."""

    articles: tuple[Article, ...]
    results: tuple[Result, ...]


@dataclass(frozen=True, slots=True)
class ProcessStats:
    """What :func:`process` did.

    added: articles stored for the first time; replaced: stored articles extracted again
    (``reprocess`` / ``force``); present: articles left as they were (already stored, or
    repeated in the input); events: event reports written.
    """

    added: int = 0
    replaced: int = 0
    present: int = 0
    events: int = 0

    def summary(self) -> str:
        redone = f", re-extracted {self.replaced}" if self.replaced else ""
        return (f"stored {self.added} new articles ({self.present} already present){redone}, "
                f"{self.events} new events")


def _batches(items: Iterable[Article], size: int | None) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def process(
    articles: Iterable[Article],
    *,
    store: Store,
    pipeline: Runner,
    reprocess: bool = False,
    force: bool = False,
    batch_size: int | None = 64,
    on_batch: Callable[[Batch], None] | None = None,
) -> ProcessStats:
    """Extract the articles not yet in ``store`` and write what was found; see the module docstring.

    reprocess: also re-extract stored articles whose step versions differ from ``pipeline.versions``.
    force: re-extract every stored article.
    batch_size: articles per pipeline run and store transaction (None: all in one).
    on_batch: called after each batch is written (progress, warnings, per-article answers).
    """
    current = tuple(pipeline.versions) if reprocess and not force else None  # type: ignore[attr-defined]
    added = replaced = present = events = 0
    for batch in _batches(articles, batch_size):
        stored = store.article_steps([a.id for a in batch])
        redo = {aid for aid, steps in stored.items() if force or (current is not None and steps != current)}
        todo = [a for a in batch if a.id not in stored or a.id in redo]
        results = tuple(pipeline.run_many(todo)) if todo else ()
        written = store.write(results, replace=bool(redo))
        added += written.articles_added - written.articles_replaced
        replaced += written.articles_replaced
        present += len(batch) - len(todo) + written.articles_present
        events += written.events_added
        if on_batch is not None:
            on_batch(Batch(tuple(batch), results))
    return ProcessStats(added=added, replaced=replaced, present=present, events=events)
