"""What the linker remembers between articles, and the in-memory store of it.

    Index           the protocol: read candidates, save an article's links
    MemoryIndex     a dict-backed Index (evaluation, benchmarks, tests); the store's link
                    tables are the other (seismo.store.links)

Every lookup is bounded (by key and date window, by band, by story, by type x country x day), so
the cost of linking one article does not grow with the number of articles already linked.
A lookup key's postings come newest first as ``(day ordinal, article id)`` pairs (:data:`Posting`,
0 for an undated article), ordered by day and then article id on every index, so that the
memory and the store indexes read the same articles and the linker keeps the same few.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol

from seismo.link.events import NARROW_DAYS, ReportKey

#: one article under a lookup key: (its day's ordinal, 0 when undated; its id)
Posting = tuple[int, str]
#: undated articles read per lookup key (the first saved; after the dated ones in the window)
UNDATED = 50


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


#: what a key counts towards in the pair features beyond the cosine (its :func:`role`)
OTHER, WORD, NUMBER_WORD, NAME, TOWN, TOLL = range(6)
_ROLE_OF_KIND = {"n": NAME, "g": TOWN, "t": TOLL}


def role(key: str) -> int:
    """A key's part in the pair features (:func:`seismo.link.pairs.features`), read off its kind
    (:mod:`seismo.link.keys`): a word (:data:`NUMBER_WORD` when it starts with a number,
    "17-year-old"), a full name, a town, a toll, or none of these (:data:`OTHER`).  The one
    place a key's kind is parsed for the features: :class:`Shape` and the probe both read it."""
    kind = key[0]
    if kind == "w":
        return NUMBER_WORD if key[2:3].isdigit() else WORD
    return _ROLE_OF_KIND.get(kind, OTHER)


@dataclass(frozen=True, slots=True)
class Shape:
    """What the pair features read of a vector as a whole, worked out once per article: the norm
    of its words' part, whether it names a person in full, whether it names a town, how many
    kinds of count its toll keys tell (``t:``, :mod:`seismo.link.keys`), and its keys as a set
    (the pair features intersect two sets, not a set and a dict, for each new article)."""

    word_norm: float
    names: bool
    towns: bool
    tolls: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, vector: Mapping[str, float], *, roles: Mapping[str, int] | None = None) -> "Shape":
        """The shape of ``vector``; ``roles``: each key's :func:`role`, when already read."""
        words = 0.0
        names = towns = False
        tolls = []
        for k, y in vector.items():
            part = roles[k] if roles is not None else role(k)
            if part == WORD or part == NUMBER_WORD:
                words += y * y
            elif part == NAME:
                names = True
            elif part == TOWN:
                towns = True
            elif part == TOLL:
                tolls.append(k[2:k.index("=")])
        return cls(math.sqrt(words), names, towns, frozenset(tolls), frozenset(vector))


@dataclass(frozen=True, slots=True)
class Neighbour:
    """An earlier article: its story, day, tf-idf vector and MinHash signature; ``story_day``
    the day of the latest article of its story when the index read it (None: unknown);
    ``shape`` its vector's :class:`Shape` (None: worked out from the vector when read)."""

    article_id: str
    story_id: str
    day: dt.date | None
    vector: Mapping[str, float]
    signature: tuple[int, ...] | None
    story_day: dt.date | None = None
    shape: Shape | None = None


class Index(Protocol):
    def links_of(self, article_id: str) -> ArticleLinks | None: ...
    def n_articles(self) -> int: ...
    def df(self, keys: Iterable[str]) -> dict[str, int]: ...
    def postings(self, keys: Sequence[str], *, since: dt.date | None, until: dt.date | None,
                 limit: int) -> list[list[Posting]]: ...
    def articles(self, ids: Sequence[str]) -> list[Neighbour]: ...
    def band_neighbours(self, bands: Sequence[str]) -> list[Neighbour]: ...
    def story_events(self, story_id: str) -> list[ReportKey]: ...
    def events_near(self, type: str, country: str | None, *, since: dt.date, until: dt.date,
                    limit: int) -> list[ReportKey]: ...
    def save(self, links: ArticleLinks, *, neighbour: Neighbour, lookup: Sequence[str], keys: Iterable[str],
             bands: Sequence[str], new_events: Sequence[ReportKey]) -> None: ...


#: events near a report, newest first: by latest day, then id
_latest_then_id = attrgetter("latest", "id")


def ordinal(day: dt.date | None) -> int:
    """A day's :data:`Posting` ordinal (0: undated)."""
    return day.toordinal() if day is not None else 0


def narrow(e: ReportKey) -> bool:
    """Dated to at most :data:`~seismo.link.events.NARROW_DAYS` days: the only events a report of
    another story can join (:func:`seismo.link.events.match`), so the only ones looked up by day."""
    return e.earliest is not None and e.latest is not None and (e.latest - e.earliest).days <= NARROW_DAYS


@dataclass
class MemoryIndex:
    """An in-memory :class:`Index`.

    stored: each article as a :class:`Neighbour`; dated_postings: per lookup key, its dated
    articles as sorted :data:`Posting` pairs (undated: its undated ones, in the order saved);
    by_day: per (type, country, day ordinal), the :func:`narrow` events that may have happened
    that day.
    """

    links: dict[str, ArticleLinks] = field(default_factory=dict)
    stored: dict[str, Neighbour] = field(default_factory=dict)
    dated_postings: dict[str, list[Posting]] = field(default_factory=lambda: defaultdict(list))
    undated: dict[str, list[Posting]] = field(default_factory=lambda: defaultdict(list))
    band_postings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    freq: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    events: dict[str, ReportKey] = field(default_factory=dict)
    by_story: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_day: dict[tuple[str, str | None, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    story_days: dict[str, dt.date] = field(default_factory=dict)

    def _read(self, aid: str) -> Neighbour:
        n = self.stored[aid]
        story_day = self.story_days.get(n.story_id)
        if n.story_day != story_day:  # its story grew since: keep the copy with the story's latest day
            n = self.stored[aid] = Neighbour(n.article_id, n.story_id, n.day, n.vector, n.signature, story_day, n.shape)
        return n

    def links_of(self, article_id: str) -> ArticleLinks | None:
        return self.links.get(article_id)

    def n_articles(self) -> int:
        return len(self.links)

    def df(self, keys: Iterable[str]) -> dict[str, int]:
        return {k: self.freq.get(k, 0) for k in keys}

    def postings(self, keys: Sequence[str], *, since: dt.date | None, until: dt.date | None,
                 limit: int) -> list[list[Posting]]:
        out = []
        lo = since.toordinal() if since is not None and until is not None else 1
        hi = (until.toordinal() if since is not None and until is not None else dt.date.max.toordinal()) + 1
        for k in keys:
            dated = self.dated_postings.get(k, [])
            end = bisect.bisect_left(dated, (hi, ""))
            found = dated[max(bisect.bisect_left(dated, (lo, ""), 0, end), end - limit):end]
            found.reverse()  # newest first
            undated = self.undated.get(k)
            if undated:  # then the first undated ones saved, by id
                found += sorted(undated[:UNDATED], reverse=True)
            out.append(found)
        return out

    def articles(self, ids: Sequence[str]) -> list[Neighbour]:
        stored, days, read = self.stored, self.story_days, self._read
        # a neighbour whose story kept its day is as stored; _read renews the others
        return [n if (n := stored[aid]).story_day == days.get(n.story_id) else read(aid) for aid in ids if aid in stored]

    def band_neighbours(self, bands: Sequence[str]) -> list[Neighbour]:
        ids = dict.fromkeys(aid for b in bands for aid in self.band_postings.get(b, ()))
        return [self._read(aid) for aid in ids]

    def story_events(self, story_id: str) -> list[ReportKey]:
        return [self.events[e] for e in self.by_story.get(story_id, ())]

    def events_near(self, type: str, country: str | None, *, since: dt.date, until: dt.date,
                    limit: int) -> list[ReportKey]:
        ids: dict[str, None] = {}
        for day in range(since.toordinal(), until.toordinal() + 1):
            ids.update(dict.fromkeys(self.by_day.get((type, country, day), ())))
        found = sorted(map(self.events.__getitem__, ids), key=_latest_then_id, reverse=True)
        return found[:limit]

    def save(self, links: ArticleLinks, *, neighbour: Neighbour, lookup: Sequence[str], keys: Iterable[str],
             bands: Sequence[str], new_events: Sequence[ReportKey]) -> None:
        aid = links.article_id
        self.links[aid] = links
        if neighbour.shape is None:
            neighbour = Neighbour(neighbour.article_id, neighbour.story_id, neighbour.day, neighbour.vector,
                                  neighbour.signature, None, Shape.of(neighbour.vector))
        self.stored[aid] = neighbour
        if neighbour.day is not None:
            last = self.story_days.get(links.story_id)
            self.story_days[links.story_id] = neighbour.day if last is None else max(last, neighbour.day)
        posting = (ordinal(neighbour.day), aid)
        for k in lookup:
            if neighbour.day is None:
                self.undated[k].append(posting)
                continue
            dated = self.dated_postings[k]
            if not dated or dated[-1] < posting:
                dated.append(posting)
            else:  # linked out of date order: keep the list sorted
                bisect.insort(dated, posting)
        for b in bands:
            self.band_postings[b].append(aid)
        freq = self.freq
        for k in keys:
            freq[k] += 1
        for e in new_events:
            self.events[e.id] = e
            self.by_story[e.story_id].append(e.id)
            if narrow(e):
                for day in range(e.earliest.toordinal(), e.latest.toordinal() + 1):  # type: ignore[union-attr]
                    self.by_day[(e.type, e.country, day)].append(e.id)
