"""The linker: articles into stories, reports into events, copies onto their originals.

    linker = Linker(index)                      a MemoryIndex, or the store's link tables
    links = linker.add(result, report_ids)      -> ArticleLinks (seismo.link.index)

For one new article, in order:

1. **Copy?** An article whose MinHash signature matches an earlier one's (estimated Jaccard ≥
   :data:`seismo.link.dupes.THRESHOLD`) is ``duplicate_of`` it and takes its story.
2. **Story**: the story of its nearest earlier neighbour, or a new one (:mod:`seismo.link.stories`;
   with the bundled pair model of :mod:`seismo.link.pairs` unless ``model=None``).  The
   neighbours compared are at most :attr:`Rule.max_neighbours` of the articles found under its
   lookup keys (each key's :attr:`Rule.max_postings` newest within :attr:`Rule.far_days`): those
   sharing the most key weight with it (the sum of its weights of the keys they share), the
   newest first on a tie.  Both bounds hold whatever the size of the index, so the cost of one
   article levels off.
3. **Events**: each report joins the best-matching event (:func:`seismo.link.events.match`)
   among its story's events and, when its dates are narrow (:data:`~seismo.link.events.NARROW_DAYS`)
   and it has a place, the narrowly dated events of its type and country on the days it may
   have happened (the only ones of other stories it can match), earlier
   articles' events only and at most one report of an article per event (the article's own
   reports were told apart by the in-article merge, :mod:`seismo.extract.events.merge`); an
   asserted report that matches none starts an event (its id is the report's id).  A report
   that is not asserted (planned, threatened, denied, historical) joins the event it speaks
   of when there is one, and otherwise stands alone: it builds no event.
4. **Primary event**: the event of the article's most salient asserted report
   (:func:`salience`).

Adding an article already linked returns what was decided then: re-ingesting changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from itertools import chain

from seismo.link import dupes
from seismo.link import keys as K
from seismo.link.events import NARROW_DAYS, ReportKey, match, report_key, shift
from seismo.link.index import ArticleLinks, Index, Neighbour, Posting, ReportLink
from seismo.link.pairs import PairModel, Probe
from seismo.link.stories import Rule, choose
from seismo.extract.framing.scope import MATERIAL
from seismo.extract.numbers.quantity import numbers_in
from seismo.model import Article, Event, Result

STEP = "seismo.link.v9"
#: called with each new article's sketch, vector and neighbours before its story is chosen
#: (``seismo train links`` collects its training pairs this way)
Trace = Callable[[K.Sketch, Mapping[str, float], Sequence[Neighbour]], None]
#: the most events of a report's type, country and days looked at beyond its story
EVENT_CANDIDATES = 200


def link_order(article: Article) -> tuple[dt.date, str]:
    """The order articles are linked in: oldest first (undated ones before any date), then id.
    The store, the evaluation and ``seismo train links`` all link in this order."""
    return (article.date or dt.date.min, article.id)


#: the counts that make a toll
TOLL_KINDS = frozenset({"killed", "injured"})


def salience(event: Event, *, title: str | None, lead: int = 400) -> float:
    """How much an article is about ``event``: a toll (the more so for each kind it tells, a
    number and more victims, up to ten: the whole toll of "two killed and four hurt" over one
    victim's; and the more when the headline gives its number), a place in the headline or lead,
    a material act, more mentions; the primary event is the asserted report with the highest."""
    score = 0.0
    toll = [c for c in event.counts if c.kind in TOLL_KINDS]
    if toll:
        numbers = [v for c in toll if (v := c.best if c.best is not None else c.low)]
        score += 2.0 + 0.5 * len({c.kind for c in toll}) + (0.5 if numbers else 0.0) + min(sum(numbers), 10) / 10
        if any(c.kind == "killed" for c in toll):
            score += 0.5  # a death leads the news over the hurt
        if title and any(c.best in numbers_in(title) for c in toll):
            score += 1.0  # the headline's toll ("4 hurt in club shooting")
    elif event.counts:
        score += 1.0
    if event.trigger.start < lead or (title and event.trigger.text.lower() in title.lower()):
        score += 1.5
    if event.quad_class in MATERIAL:
        score += 1.0
    return score + 0.3 * len(event.mentions) + 0.5 * event.confidence


#: rank of a candidate neighbour ``(posting, shared key weight)``: the weight, then day, then id
_heaviest = operator.itemgetter(1, 0)


def _heaviest_items(weight: dict[Posting, float], cap: int) -> list[tuple[Posting, float]]:
    """The ``cap`` items of ``weight`` of highest :data:`_heaviest` rank, highest first (as
    ``heapq.nlargest(cap, weight.items(), key=_heaviest)``): the ``cap``-th highest weight first
    (the floats alone sorted, no key function), then only the items that reach it are ranked."""
    if len(weight) <= cap:
        return list(weight.items())
    least = sorted(weight.values())[-cap]
    return sorted([kv for kv in weight.items() if kv[1] >= least], key=_heaviest, reverse=True)[:cap]


class Linker:
    """See the module docstring."""

    def __init__(self, index: Index, *, rule: Rule | None = None, model: "PairModel | None | str" = "bundled",
                 trace: Trace | None = None) -> None:
        self.index = index
        self.rule = rule or Rule()
        self.model = PairModel.bundled() if model == "bundled" else model  # type: ignore[assignment]
        self.trace = trace

    def _idf(self, keys: Sequence[str]) -> dict[str, float]:
        n = self.index.n_articles()
        return {k: math.log((n + 1) / (d + 1)) + 1.0 for k, d in self.index.df(keys).items()}

    def add(self, result: Result, report_ids: Sequence[str] | None = None) -> ArticleLinks:
        """Link one extracted article; ``report_ids`` are its reports' stored ids (default: ``Event.id``)."""
        article = result.article
        known = self.index.links_of(article.id)
        if known is not None:
            return known
        ids = list(report_ids) if report_ids is not None else [e.id for e in result.events]
        primary_at = self._primary_at(result)
        sketch = K.sketch(result, primary=result.events[primary_at] if primary_at is not None else None)
        vector = K.vector(sketch, self._idf(list(sketch.keys)).__getitem__)
        lookup = K.lookup_keys(vector)
        probe = Probe.of(sketch, vector)  # the vector's Shape, read once: compared now, stored with the article
        sig = dupes.signature(article.text)
        bands = dupes.bands(sig) if sig else []

        original = self._original(sig, bands)
        if original is not None:
            story_id, score, matched = original.story_id, dupes.similarity(sig, original.signature), original.article_id  # type: ignore[arg-type]
            reasons: tuple[str, ...] = (f"near-copy of {original.article_id} (MinHash Jaccard ≈ {score:.2f})",)
        else:
            neighbours = self._neighbours(sketch.day, vector, lookup)
            if self.trace is not None:
                self.trace(sketch, vector, neighbours)
            story_id, score, matched, reasons = choose(sketch, vector, neighbours, rule=self.rule, model=self.model,
                                                       probe=probe)

        reports, new_events = self._events(result, ids, story_id)
        primary = reports[primary_at].event_id if primary_at is not None else None
        links = ArticleLinks(
            article_id=article.id, day=article.date, story_id=story_id, story_score=round(score, 4),
            matched=matched, story_reasons=reasons,
            duplicate_of=original.article_id if original is not None else None,
            primary_event_id=primary, reports=tuple(reports),
        )
        self.index.save(links, neighbour=Neighbour(article.id, story_id, article.date, vector, sig, None, probe.shape),
                        lookup=lookup, keys=list(sketch.keys), bands=bands, new_events=new_events)
        return links

    def _neighbours(self, day: dt.date | None, vector: Mapping[str, float], lookup: Sequence[str]) -> list[Neighbour]:
        """The earlier articles the story rule compares (see the module docstring, step 2)."""
        far = self.rule.far_days
        found = self.index.postings(lookup, since=shift(day, -far) if day else None, until=shift(day, far) if day else None,
                                    limit=self.rule.max_postings)
        weight: dict[Posting, float] = {}
        get = weight.get
        for key, postings in zip(lookup, found):
            w = vector[key]
            for p in postings:
                weight[p] = get(p, 0.0) + w
        cap = self.rule.max_neighbours
        return self.index.articles([aid for (_, aid), _w in _heaviest_items(weight, cap)])

    def _original(self, sig: tuple[int, ...] | None, bands: Sequence[str]) -> Neighbour | None:
        if sig is None:
            return None
        best = None
        for n in self.index.band_neighbours(bands):
            if n.signature is None:
                continue
            s = dupes.similarity(sig, n.signature)
            if s >= dupes.THRESHOLD and (best is None or (s, n.article_id) > best[:2]):
                best = (s, n.article_id, n)
        return best[2] if best else None

    def _events(self, result: Result, ids: Sequence[str], story_id: str) -> tuple[list[ReportLink], list[ReportKey]]:
        day = result.article.date
        story = self.index.story_events(story_id)
        fresh: list[ReportKey] = []  # asserted reports that start an event
        alone: list[ReportKey] = []  # reports that are not asserted and match no event: their own
        taken: set[str] = set()  # events a report of this article joined already
        links: list[ReportLink] = []
        for rid, event in zip(ids, result.events):
            key = report_key(rid, event, story_id=story_id, day=day)
            earliest, latest = key.earliest, key.latest
            dated = earliest is not None and latest is not None
            best = None
            for candidate in chain(story, self._nearby(key)):
                if candidate.type != key.type:
                    continue  # never one happening (match's first test), and the most common miss in a story
                if dated and candidate.earliest is not None and candidate.latest is not None \
                        and (candidate.latest < earliest or latest < candidate.earliest):  # type: ignore[operator]
                    continue  # days that do not overlap: never one happening (match's date test, read inline)
                if candidate.story_id != story_id and (key.geonameid is None or candidate.geonameid != key.geonameid):
                    continue  # another story's event joins only under one named place (match's test, read inline)
                if key.asserted and not candidate.asserted:
                    continue  # a report of what happened joins only what happened, however well the rest match
                if candidate.id in taken:
                    continue  # the article's own reports were told apart by the in-article merge
                m = match(key, candidate)
                if m is not None and (best is None or (m.score, candidate.id) > (best[0].score, best[1].id)):
                    best = (m, candidate)
            if best is not None:
                links.append(ReportLink(rid, best[1].id, best[0].score, best[0].reasons))
                taken.add(best[1].id)
                continue
            links.append(ReportLink(rid, rid, 1.0, ()))
            if key.asserted:
                fresh.append(key)
            else:
                alone.append(key)
        return links, fresh + alone

    def _nearby(self, key: ReportKey) -> list[ReportKey]:
        """Events of other stories the report might be: only a report with a named place (a GeoNames
        id) and narrow dates can join one (:func:`seismo.link.events.match`), and only a narrowly
        dated one that shares a day."""
        if key.geonameid is None or key.earliest is None or key.latest is None or key.precision is None \
                or (key.latest - key.earliest).days > NARROW_DAYS:
            return []
        return self.index.events_near(key.type, key.country, since=key.earliest, until=key.latest, limit=EVENT_CANDIDATES)

    @staticmethod
    def _primary_at(result: Result) -> int | None:
        """The index of the article's primary report (step 4 of the module docstring), None when
        it reports no asserted happening."""
        best = None
        for i, event in enumerate(result.events):
            if event.modality != "asserted":
                continue
            s = salience(event, title=result.article.title)
            if best is None or s > best[0]:
                best = (s, i)
        return best[1] if best else None
