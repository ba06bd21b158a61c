"""Events as clusters of reports, their reconciled figures, and stories.

    event_groups(engine, filter) -> Iterator[EventGroup]   every event one of whose reports matches
    event_group(engine, event_id) -> EventGroup | None      one event (a report id finds its event)
    story(engine, story_id) -> Story | None                 a story's articles and events, by date

An event's reports are every report the linker put in it (:mod:`seismo.link`), from every
article; its figures are :func:`seismo.link.reconcile` over all their counts, each count
dated by its article and attributed as its report is.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from seismo.contract import serialize
from seismo.extract.timex import value_bounds
from seismo.link import Figure, SourcedCount, reconcile
from seismo.store import schema as S
from seismo.store.read.query import ARTICLE_REF_COLUMNS, EventFilter, EventHit, event_conditions
from seismo.store.read.pages import event_hits

_BATCH = 200


@dataclass(frozen=True, slots=True)
class EventGroup:
    """One event: its reports (undated articles first, then oldest first; :attr:`head` is the one
    that started it) and figures by kind."""

    event_id: str
    reports: tuple[EventHit, ...]
    figures: dict[str, Figure]

    @property
    def head(self) -> EventHit:
        """The report that started the event: its coding is the event's."""
        return next((h for h in self.reports if h.event.id == self.event_id), self.reports[0])

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(h.article.id for h in self.reports))

    @property
    def sources(self) -> list[str]:
        """The outlets that reported it (the articles' ``source``, else their id), in order."""
        return list(dict.fromkeys(h.article.source or h.article.id for h in self.reports))

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "story_id": self.head.article.story_id,
            "n_reports": len(self.reports),
            "n_articles": len(self.articles),
            "sources": self.sources,
            "figures": {k: figure_dict(f) for k, f in self.figures.items()},
            "reports": [h.to_dict() for h in self.reports],
        }


def figure_dict(f: Figure) -> dict[str, Any]:
    """A figure as JSON: the numbers, whether contested, and every count with source and date."""
    def one(c: SourcedCount) -> dict[str, Any]:
        return {"low": c.low, "best": c.best, "high": c.high, "text": c.text, "source": c.source,
                "article_id": c.article_id, "report_id": c.report_id, "date": c.day.isoformat() if c.day else None}

    return {"low": f.low, "best": f.best, "high": f.high, "contested": f.contested,
            "current": [one(c) for c in f.current], "superseded": [one(c) for c in f.superseded],
            "died_since": f.died_since}


def sourced_counts(hits: Sequence[EventHit]) -> list[SourcedCount]:
    """Every count of ``hits``, dated by its article and attributed as its report is."""
    out = []
    for h in hits:
        source = h.event.attributed_to.text if h.event.attributed_to else None
        for c in h.event.counts:
            out.append(SourcedCount(c.kind, c.low, c.best, c.high, h.event.id, h.article.id, h.article.date,
                                    source, c.text))
    return out


def _group(event_id: str, hits: Sequence[EventHit]) -> EventGroup:
    return EventGroup(event_id, tuple(hits), reconcile(sourced_counts(hits)))


def _reports_of(conn: sa.Connection, event_ids: Sequence[str]) -> dict[str, list[EventHit]]:
    r = S.event_reports.c
    query = (
        sa.select(S.event_reports, *ARTICLE_REF_COLUMNS)
        .join(S.articles, S.articles.c.id == r.article_id)
        .where(r.event_id.in_(list(event_ids)))
        .order_by(S.articles.c.date.asc().nulls_first(), r.article_id, r.seq)
    )
    out: dict[str, list[EventHit]] = {e: [] for e in event_ids}
    for hit in event_hits(conn, list(conn.execute(query).mappings())):
        out[hit.event_id].append(hit)
    return out


def event_groups(engine: sa.Engine, filter: EventFilter) -> Iterator[EventGroup]:
    """Every event one of whose reports matches ``filter`` (its limit counts events), newest
    first by the matching report's date, each with all its reports."""
    r = S.event_reports.c
    limit = filter.limit
    with engine.connect() as conn:
        where = event_conditions(filter, dialect=engine.dialect.name)
        rows = conn.execute(sa.select(r.event_id).join(S.articles, S.articles.c.id == r.article_id).where(*where)
                            .order_by(r.date_earliest.desc().nulls_last(), r.id))
        seen: set[str] = set()
        batch: list[str] = []
        done = 0
        for (event_id,) in rows:
            if event_id in seen:
                continue
            seen.add(event_id)
            batch.append(event_id)
            if len(batch) >= _BATCH or (limit is not None and done + len(batch) >= limit):
                groups = _reports_of(conn, batch)
                for e in batch:
                    yield _group(e, groups[e])
                done += len(batch)
                batch = []
                if limit is not None and done >= limit:
                    return
        if batch:
            groups = _reports_of(conn, batch)
            for e in batch:
                yield _group(e, groups[e])


def event_group(engine: sa.Engine, event_id: str) -> EventGroup | None:
    """The event ``event_id`` (or the event of the report ``event_id``), or None."""
    r = S.event_reports.c
    with engine.connect() as conn:
        cluster = conn.execute(sa.select(r.event_id).where(sa.or_(r.event_id == event_id, r.id == event_id))
                               .limit(1)).scalar()
        if cluster is None:
            return None
        return _group(cluster, _reports_of(conn, [cluster])[cluster])


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article of a story: when, what, and why it joined (the linker's reasons)."""

    id: str
    date: dt.date | None
    title: str | None
    source: str | None
    primary_event_id: str | None
    duplicate_of: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """A story: its articles (oldest first) and the events they report (by date)."""

    story_id: str
    articles: tuple[StoryArticle, ...]
    events: tuple[EventGroup, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "articles": [{"id": a.id, "date": a.date.isoformat() if a.date else None, "title": a.title,
                          "source": a.source, "primary_event_id": a.primary_event_id,
                          "duplicate_of": a.duplicate_of, "reasons": list(a.reasons)} for a in self.articles],
            "events": [{**serialize.event(g.head.event), "event_id": g.event_id, "n_reports": len(g.reports),
                        "n_articles": len(g.articles), "figures": {k: figure_dict(f) for k, f in g.figures.items()}}
                       for g in self.events],
        }


def _first_day(group: EventGroup) -> tuple[dt.date, str]:
    """Timeline order: the first day the event's date may be (undated last), then its id."""
    d = group.head.event.date
    bounds = value_bounds(d.value) if d is not None else None
    return (bounds[0] if bounds else dt.date.max, group.event_id)


def story(engine: sa.Engine, story_id: str, *, asserted_only: bool = True, limit: int = 500) -> Story | None:
    """The story ``story_id``: its articles and the (asserted) events their reports belong to."""
    a, r = S.articles.c, S.event_reports.c
    with engine.connect() as conn:
        rows = conn.execute(sa.select(a.id, a.date, a.title, a.source, a.primary_event_id, a.duplicate_of,
                                      a.story_reasons).where(a.story_id == story_id)
                            .order_by(a.date.asc().nulls_first(), a.id).limit(limit)).all()
        if not rows:
            return None
        articles = tuple(StoryArticle(x.id, x.date, x.title, x.source, x.primary_event_id, x.duplicate_of,
                                      tuple(json.loads(x.story_reasons or "[]"))) for x in rows)
        where = [r.article_id.in_([x.id for x in articles])]
        if asserted_only:
            where.append(r.modality == "asserted")
        ids = list(dict.fromkeys(conn.execute(sa.select(r.event_id).where(*where)).scalars()))[:limit]
        groups = _reports_of(conn, ids) if ids else {}
    events = sorted((_group(e, hits) for e, hits in groups.items() if hits), key=_first_day)
    return Story(story_id, articles, tuple(events))


#: the columns of ``seismo export --what articles``
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "the article"),
    ("date", "its publication date"),
    ("title", "its title"),
    ("source", "its source (outlet)"),
    ("url", "its URL"),
    ("story_id", "the story the linker put it in (the id of the story's first article)"),
    ("primary_event_id", "the event the article is mainly about (empty: it reports no asserted happening)"),
    ("duplicate_of", "the earlier article it copies (syndicated or near-duplicate text; empty: none)"),
    ("story_score", "how close it was to the article it matched (text cosine or MinHash Jaccard)"),
    ("story_reasons", "why it joined its story, in words"),
)


def article_links(engine: sa.Engine, filter: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """One row per article (keys: :data:`ARTICLE_COLUMNS`), oldest first; with a filter, only
    articles with a report matching it."""
    a, r = S.articles.c, S.event_reports.c
    query = sa.select(a.id, a.date, a.title, a.source, a.url, a.story_id, a.primary_event_id, a.duplicate_of,
                      a.story_score, a.story_reasons)
    if filter is not None:
        where = event_conditions(filter, dialect=engine.dialect.name)
        if where:
            query = query.where(a.id.in_(sa.select(r.article_id).where(*where)))
    query = query.order_by(a.date.asc().nulls_first(), a.id)
    if filter is not None and filter.limit is not None:
        query = query.limit(filter.limit)
    with engine.connect() as conn:
        for x in conn.execute(query):
            yield {"article_id": x.id, "date": x.date.isoformat() if x.date else None, "title": x.title,
                   "source": x.source, "url": x.url, "story_id": x.story_id, "primary_event_id": x.primary_event_id,
                   "duplicate_of": x.duplicate_of, "story_score": x.story_score,
                   "story_reasons": "; ".join(json.loads(x.story_reasons or "[]"))}
