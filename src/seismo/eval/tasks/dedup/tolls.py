"""Linking the dedup articles, and an incident's toll read from the events they were linked to.

    links = link_all(results)                      -> [ArticleLinks of each result], linked by date
    by_event = event_counts(results, links)        -> {event id: [SourcedCount, ...]}
    event = majority(primaries)                    -> the primary event most of an incident's articles name
    killed, injured = toll(event, by_event)        -> the reconciled figures (0 when none)

The articles are linked one by one in publication-date order (ties by article id; undated
ones last), as a news feed would bring them.  An incident's event is the most common primary
event (:attr:`~seismo.link.ArticleLinks.primary_event_id`) among its articles, a tie going to
the one named by the earliest article; its toll is :func:`seismo.link.reconcile` over every
count of every report linked to that event, in any article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from seismo.link import ArticleLinks, SourcedCount
    from seismo.model import Article, Result


def link_order(articles: Sequence[Article]) -> list[int]:
    """The indexes of ``articles`` in the order the store links them (:func:`seismo.link.linker.link_order`)."""
    from seismo.link.linker import link_order as order

    return sorted(range(len(articles)), key=lambda i: order(articles[i]))


def link_all(results: Sequence[Result]) -> list[ArticleLinks]:
    """Link every result with a fresh in-memory linker, in :func:`link_order`; the links come
    back aligned with ``results``."""
    from seismo.link import Linker, MemoryIndex

    linker = Linker(MemoryIndex())
    out: dict[int, ArticleLinks] = {}
    for i in link_order([r.article for r in results]):
        out[i] = linker.add(results[i])
    return [out[i] for i in range(len(results))]


def event_counts(results: Sequence[Result], links: Sequence[ArticleLinks]) -> dict[str, list[SourcedCount]]:
    """Every count of every report, under the event its report was linked to."""
    from seismo.link import SourcedCount

    out: dict[str, list[SourcedCount]] = defaultdict(list)
    for result, article_links in zip(results, links, strict=True):
        article = result.article
        for event, report in zip(result.events, article_links.reports, strict=True):
            source = event.attributed_to.text if event.attributed_to is not None else None
            for c in event.counts:
                out[report.event_id].append(SourcedCount(
                    kind=c.kind, low=c.low, best=c.best, high=c.high, report_id=report.report_id,
                    article_id=article.id, day=article.date, source=source or None, text=c.text))
    return dict(out)


def majority(values: Sequence[str | None]) -> str | None:
    """The most common value that is not None (an incident's articles' primary events, or their
    stories, given in link order); a tie goes to the earliest; None when every value is None."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in values if v is not None and counts[v] == top)


def toll(event_id: str | None, by_event: Mapping[str, Sequence[SourcedCount]]) -> tuple[int, int]:
    """``(killed, injured)``: the reconciled best figure of each kind for the event (0 when the
    event has no count of that kind, or when there is no event)."""
    from seismo.link import reconcile

    if event_id is None:
        return 0, 0
    figures = reconcile(by_event.get(event_id, ()))

    def best(kind: str) -> int:
        figure = figures.get(kind)
        return figure.best if figure is not None and figure.best is not None else 0

    return best("killed"), best("injured")
