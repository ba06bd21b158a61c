"""What the linker remembers between articles, and the in-memory store of it.

    Index           the protocol: read candidates, save an article's links
    MemoryIndex     a dict-backed Index (evaluation, benchmarks, tests); the store's link
                    tables are the other (seismo.store.links)

Every lookup is bounded (by key, by band, by story, by type x country x date window), so
the cost of linking one article does not grow with the number of articles already linked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from seismo.link.events import ReportKey


@dataclass(frozen=True, slots=True)
class ReportLink:
    """A report's event, and why (``reasons`` empty and ``score`` 1.0: it starts the event)."""

    report_id: str
    event_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleLinks:
    """Everything the linker decided about one article.

    story_id: its story; story_score / matched / story_reasons: the nearest earlier article
    and why it was close enough (matched None: the article starts the story);
    duplicate_of: the article this one copies (None: original); primary_event_id: the
    event the article is mainly about (None: it reports no asserted happening);
    reports: each report's event.
    """

    article_id: str
    day: dt.date | None
    story_id: str
    story_score: float
    matched: str | None
    story_reasons: tuple[str, ...]
    duplicate_of: str | None
    primary_event_id: str | None
    reports: tuple[ReportLink, ...]


@dataclass(frozen=True, slots=True)
class Neighbour:
    """An earlier article: its story, day, tf-idf vector and MinHash signature; ``story_day``
    the day of the latest article of its story when the index read it (None: unknown)."""

    article_id: str
    story_id: str
    day: dt.date | None
    vector: Mapping[str, float]
    signature: tuple[int, ...] | None
    story_day: dt.date | None = None


class Index(Protocol):
    def links_of(self, article_id: str) -> ArticleLinks | None: ...
    def n_articles(self) -> int: ...
    def df(self, keys: Iterable[str]) -> dict[str, int]: ...
    def neighbours(self, keys: Sequence[str], *, since: dt.date | None, until: dt.date | None,
                   limit: int) -> list[Neighbour]: ...
    def band_neighbours(self, bands: Sequence[str]) -> list[Neighbour]: ...
    def story_events(self, story_id: str) -> list[ReportKey]: ...
    def events_near(self, type: str, country: str | None, *, since: dt.date, until: dt.date,
                    limit: int) -> list[ReportKey]: ...
    def save(self, links: ArticleLinks, *, neighbour: Neighbour, lookup: Sequence[str], keys: Iterable[str],
             bands: Sequence[str], new_events: Sequence[ReportKey]) -> None: ...


def within(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if day is None or since is None or until is None:
        return True
    return since <= day <= until


@dataclass
class MemoryIndex:
    """An in-memory :class:`Index`."""

    links: dict[str, ArticleLinks] = field(default_factory=dict)
    articles: dict[str, Neighbour] = field(default_factory=dict)
    postings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    band_postings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    freq: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    events: dict[str, ReportKey] = field(default_factory=dict)
    by_story: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_type: dict[tuple[str, str | None], list[str]] = field(default_factory=lambda: defaultdict(list))
    story_days: dict[str, dt.date] = field(default_factory=dict)

    def _read(self, aid: str) -> Neighbour:
        n = self.articles[aid]
        return replace(n, story_day=self.story_days.get(n.story_id))

    def links_of(self, article_id: str) -> ArticleLinks | None:
        return self.links.get(article_id)

    def n_articles(self) -> int:
        return len(self.links)

    def df(self, keys: Iterable[str]) -> dict[str, int]:
        return {k: self.freq.get(k, 0) for k in keys}

    def neighbours(self, keys: Sequence[str], *, since: dt.date | None, until: dt.date | None,
                   limit: int) -> list[Neighbour]:
        seen: dict[str, Neighbour] = {}
        for k in keys:
            for aid in self.postings.get(k, ())[-limit:]:
                n = self.articles[aid]
                if aid not in seen and within(n.day, since, until):
                    seen[aid] = self._read(aid)
        return list(seen.values())

    def band_neighbours(self, bands: Sequence[str]) -> list[Neighbour]:
        ids = dict.fromkeys(aid for b in bands for aid in self.band_postings.get(b, ()))
        return [self._read(aid) for aid in ids]

    def story_events(self, story_id: str) -> list[ReportKey]:
        return [self.events[e] for e in self.by_story.get(story_id, ())]

    def events_near(self, type: str, country: str | None, *, since: dt.date, until: dt.date,
                    limit: int) -> list[ReportKey]:
        out = []
        for eid in reversed(self.by_type.get((type, country), ())):
            e = self.events[eid]
            if e.latest is not None and e.earliest is not None and e.latest >= since and e.earliest <= until:
                out.append(e)
                if len(out) >= limit:
                    break
        return out

    def save(self, links: ArticleLinks, *, neighbour: Neighbour, lookup: Sequence[str], keys: Iterable[str],
             bands: Sequence[str], new_events: Sequence[ReportKey]) -> None:
        self.links[links.article_id] = links
        self.articles[links.article_id] = neighbour
        if neighbour.day is not None:
            last = self.story_days.get(links.story_id)
            self.story_days[links.story_id] = neighbour.day if last is None else max(last, neighbour.day)
        for k in lookup:
            self.postings[k].append(links.article_id)
        for b in bands:
            self.band_postings[b].append(links.article_id)
        for k in keys:
            self.freq[k] += 1
        for e in new_events:
            self.events[e.id] = e
            self.by_story[e.story_id].append(e.id)
            self.by_type[(e.type, e.country)].append(e.id)
