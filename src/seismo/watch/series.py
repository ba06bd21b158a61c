"""What the detectors read from the store: each watched event once, on its day, with what
explains it (its article, headline, evidence sentence and reconciled death toll).

An event is watched when it is asserted, political (or stored before scopes existed) and
dated to one day; its day, place and coding are those of its earliest report (ties: the
earliest article).  Its family comes from :mod:`seismo.watch.families`; its death toll is the
event's reconciled ``killed`` figure (:func:`seismo.link.counts.reconcile`, the most
conservative credible count).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

import numpy as np
import sqlalchemy as sa

from seismo.link.counts import SourcedCount, reconcile
from seismo.store import schema as S
from seismo.store.read.query import ArticleRef
from seismo.watch.families import family_of, novel_kind_of

#: reports per query when reading counts by report id
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class WatchedEvent:
    """One event on its day, as an alert explains it."""

    event_id: str
    day: dt.date
    country: str | None
    admin1: str | None
    family: str | None
    novel_kind: str | None
    type: str
    mode: str | None
    location: str | None
    killed: int | None
    article: ArticleRef
    evidence: str
    dated_by_text: bool = True  # False: dated by its article's publication day only
    reported: dt.date | None = None  # the first publication day of an article reporting it
    #: what a watchlist's filter reads (not in ``to_dict``), over every report of the event read:
    acled_event_type: str | None = None
    actors: tuple[str, ...] = ()  # actors' and recipients' names and texts as written
    actor_codes: tuple[str, ...] = ()  # their country (ISO3) and sector codes
    texts: tuple[str, ...] = ()  # the reports' evidence sentences and their articles' headlines

    def to_dict(self) -> dict[str, object]:
        return {
            "event_id": self.event_id, "day": self.day.isoformat(), "country": self.country, "admin1": self.admin1,
            "family": self.family, "type": self.type, "mode": self.mode, "location": self.location,
            "killed": self.killed, "article_id": self.article.id, "headline": self.article.headline,
            "date": self.article.date.isoformat() if self.article.date else None, "evidence": self.evidence,
            "dated_by_text": self.dated_by_text, "reported": self.reported.isoformat() if self.reported else None,
        }


@dataclass(frozen=True, slots=True)
class WatchFilter:
    """Which watched events a watchlist keeps (every field set must match; None: any).

    country: ISO3 code; admin1: the first-level region as stored (case-insensitive); actor: part
    of an actor's or recipient's name or text, or their ISO3 / sector code (as ``seismo events
    --actor``); family: an event family (:func:`seismo.watch.families.families`); type: a PLOVER
    type (PROTEST) or ACLED event type (Riots); q: every word in an evidence sentence or headline.
    """

    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    family: str | None = None
    type: str | None = None
    q: str | None = None

    def matches(self, e: WatchedEvent) -> bool:
        if self.country and (e.country or "") != self.country.upper():
            return False
        if self.admin1 and (e.admin1 or "").casefold() != self.admin1.casefold():
            return False
        if self.family and e.family != self.family:
            return False
        if self.type and self.type.upper() != e.type and self.type != e.acled_event_type:
            return False
        if self.actor:
            wanted = self.actor.casefold()
            if not (self.actor.upper() in e.actor_codes or any(wanted in a.casefold() for a in e.actors)):
                return False
        if self.q:
            words = set(_WORD.findall(" ".join(e.texts).casefold()))
            if not all(w in words for w in _WORD.findall(self.q.casefold())):
                return False
        return True

    def to_dict(self) -> dict[str, str]:
        """The fields set, as stored (JSON)."""
        return {f.name: value for f in fields(self) if (value := getattr(self, f.name))}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> WatchFilter:
        return cls(**{f.name: str(data[f.name]) for f in fields(cls) if data.get(f.name)})


_WORD = re.compile(r"\w+")


def _conditions(first: dt.date, last: dt.date, country: str | None) -> list[sa.ColumnElement[bool]]:
    r = S.event_reports.c
    where = [r.modality == "asserted", r.date_precision == "day", r.date_earliest >= first, r.date_earliest <= last,
             sa.or_(r.scope == "political", r.scope.is_(None))]
    if country:
        where.append(r.country == country.upper())
    return where


def watched_events(engine: sa.Engine, *, first: dt.date, last: dt.date, country: str | None = None,
                   known_within_days: int | None = None) -> list[WatchedEvent]:
    """Every watched event whose day is in ``first`` … ``last``, oldest first.

    ``known_within_days``: an event's death toll, actors and texts come only from the articles
    published within that many days of its day (undated articles count), as a desk would have
    known them then; None: from every article stored (hindsight).
    """
    r, a = S.event_reports.c, S.articles.c
    query = (
        sa.select(r.id, r.event_id, r.type, r.mode, r.acled_event_type, r.country, r.admin1, r.location,
                  r.date_earliest, r.date_source, r.evidence_text, r.attributed_text,
                  r.actor_name, r.actor_text, r.actor_country, r.actor_sector,
                  r.recipient_name, r.recipient_text, r.recipient_country, r.recipient_sector,
                  a.id.label("a_id"), a.date.label("a_date"), a.title.label("a_title"), a.source.label("a_source"),
                  a.url.label("a_url"), a.story_id.label("a_story_id"),
                  sa.func.substr(a.text, 1, 200).label("a_lead"))
        .join(S.articles, a.id == r.article_id)
        .where(*_conditions(first, last, country))
        .order_by(r.date_earliest, a.date.nulls_last(), a.id, r.seq)
    )
    with engine.connect() as conn:
        rows = list(conn.execute(query).mappings())
        first_report: dict[str, sa.RowMapping] = {}
        for row in rows:
            first_report.setdefault(row["event_id"], row)
        if known_within_days is not None:
            rows = [row for row in rows if row["a_date"] is None
                    or (row["a_date"] - first_report[row["event_id"]]["date_earliest"]).days <= known_within_days]
        killed = _killed(conn, rows)
    kinds: dict[str, str | None] = {}
    reported: dict[str, dt.date] = {}
    said: dict[str, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        found = said[row["event_id"]]
        for role in ("actor", "recipient"):
            found["actors"].update(dict.fromkeys(x for x in (row[f"{role}_name"], row[f"{role}_text"]) if x))
            found["codes"].update(dict.fromkeys(x for x in (row[f"{role}_country"], row[f"{role}_sector"]) if x))
        found["texts"].update(dict.fromkeys(x for x in (row["evidence_text"], row["a_title"]) if x))
        if row["a_date"] is not None:
            day = reported.get(row["event_id"])
            reported[row["event_id"]] = row["a_date"] if day is None else min(day, row["a_date"])
        kinds[row["event_id"]] = kinds.get(row["event_id"]) or novel_kind_of(row["type"], row["mode"])
    out = []
    for event_id, row in first_report.items():
        if event_id not in kinds:  # no article told of it in time
            continue
        out.append(WatchedEvent(
            event_id, row["date_earliest"], row["country"], row["admin1"],
            family_of(row["type"], row["mode"], row["acled_event_type"]), kinds[event_id], row["type"], row["mode"],
            row["location"], killed.get(event_id), ArticleRef.from_row(row), row["evidence_text"],
            row["date_source"] != "published", reported.get(event_id), row["acled_event_type"],
            tuple(said[event_id]["actors"]), tuple(said[event_id]["codes"]), tuple(said[event_id]["texts"]),
        ))
    return out


def _killed(conn: sa.Connection, rows: Sequence[sa.RowMapping]) -> dict[str, int | None]:
    """Each event's reconciled death toll, from the killed counts of the reports read."""
    by_report = {row["id"]: row for row in rows}
    c = S.counts.c
    counts: dict[str, list[SourcedCount]] = defaultdict(list)
    ids = list(by_report)
    for i in range(0, len(ids), _CHUNK):
        query = sa.select(c.report_id, c.low, c.best, c.high, c.text).where(
            c.report_id.in_(ids[i:i + _CHUNK]), c.kind == "killed")
        for found in conn.execute(query):
            row = by_report[found.report_id]
            counts[row["event_id"]].append(SourcedCount(
                "killed", found.low, found.best, found.high, found.report_id, row["a_id"], row["a_date"],
                row["attributed_text"], found.text))
    out: dict[str, int | None] = {}
    for event_id, sourced in counts.items():
        figure = reconcile(sourced).get("killed")
        if figure is not None:
            out[event_id] = figure.best if figure.best is not None else figure.low
    return out


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Events (and deaths) per day of one place x family, with the events behind each day."""

    country: str | None
    admin1: str | None
    family: str
    first: dt.date
    counts: np.ndarray
    deaths: np.ndarray
    events: tuple[tuple[WatchedEvent, ...], ...]

    def day(self, index: int) -> dt.date:
        return self.first + dt.timedelta(days=index)

    @property
    def weekdays(self) -> np.ndarray:
        return (np.arange(len(self.counts)) + self.first.weekday()) % 7


def daily_series(events: Iterable[WatchedEvent], *, first: dt.date, last: dt.date,
                 admin1: bool = True) -> list[DailySeries]:
    """One series per country x family (and per country x admin1 x family where the admin1
    is known and ``admin1``), every day of ``first`` … ``last``, zeros included."""
    n = (last - first).days + 1
    cells: dict[tuple[str | None, str | None, str], list[list[WatchedEvent]]] = {}
    for e in events:
        if e.family is None:
            continue
        keys = [(e.country, None, e.family)]
        if admin1 and e.admin1 and e.country:
            keys.append((e.country, e.admin1, e.family))
        for key in keys:
            days = cells.setdefault(key, [[] for _ in range(n)])
            days[(e.day - first).days].append(e)
    out = []
    for (country, region, family), days in sorted(cells.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        out.append(DailySeries(
            country, region, family, first,
            np.array([len(d) for d in days], dtype=int),
            # a toll counts on its event's day only when the text dates the event: a running total
            # reported days later ("225 have died since ...") is no death on the day it was published
            np.array([sum(e.killed or 0 for e in d if e.dated_by_text) for d in days], dtype=int),
            tuple(tuple(d) for d in days),
        ))
    return out


def articles_per_day(engine: sa.Engine, *, first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """How many articles the store holds per publication day (any place): the coverage behind a baseline."""
    a = S.articles.c
    query = (sa.select(a.date, sa.func.count()).where(a.date >= first, a.date <= last).group_by(a.date))
    with engine.connect() as conn:
        return {day: int(n) for day, n in conn.execute(query)}
