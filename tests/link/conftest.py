"""Fixtures for the linker tests: ``make``, a builder of hand-made records (places, reports,
counts, whole results) whose spans are true slices of the text they are given."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.model import Actor, Article, Count, Entity, Event, EventDate, EventLocation, Place, Result, Span

FILLER = "x" * 200


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words)


class Make:
    """Hand-made records for the link tests (see the module docstring)."""

    @staticmethod
    def place(name: str = "Tamsk", *, geonameid: int | None = 9100001, lat: float | None = 50.0,
              lon: float | None = 70.0, country: str | None = "KAZ", kind: str = "city", text: str | None = None) -> Place:
        s = _span(text, name) if text is not None else Span(0, len(name), name)
        return Place(s.start, s.end, s.text, name, geonameid, lat, lon, country, None, kind, 0.9)  # type: ignore[arg-type]

    @staticmethod
    def count(kind: str = "killed", best: int | None = 3, *, low: int | None = None, high: int | None = None,
              text: str | None = None, words: str | None = None) -> Count:
        s = _span(text, words) if text is not None and words is not None else Span(0, 1, "3")
        return Count(kind, low if low is not None else best, best, high if high is not None else best,  # type: ignore[arg-type]
                     s.start, s.end, s.text)

    @staticmethod
    def event(id: str = "r1", *, type: str = "ASSAULT", mode: str | None = None, place: Place | None = None,
              precision: int = 1, date: str | None = None, date_precision: str = "day", date_source: str = "text",
              modality: str = "asserted", actor: tuple[str | None, str | None] | None = None, counts=(),
              quad_class: int | None = 4, confidence: float = 0.8, text: str = FILLER, trigger: str | None = None,
              nth: int = 0, mentions: int = 0) -> Event:
        """A report; ``trigger`` is found in ``text`` (default: the text's first four characters), its
        sentence is the evidence; ``actor`` is (name, sector)."""
        trig = _span(text, trigger, nth) if trigger else Span(0, 4, text[:4])
        lo = text.rfind(". ", 0, trig.start)
        lo = 0 if lo < 0 else lo + 2
        hi = text.find(". ", trig.end)
        hi = len(text) if hi < 0 else hi + 1
        who = None if actor is None else Actor(0, 4, text[:4], actor[0], "KAZ", actor[1], "group")
        return Event(
            id=id, type=type, mode=mode, acled_event_type=None, acled_sub_event_type=None, quad_class=quad_class,
            actor=who, recipient=None,
            location=None if place is None else EventLocation(place, precision),  # type: ignore[arg-type]
            date=None if date is None else EventDate(date, date_precision, date_source),  # type: ignore[arg-type]
            counts=tuple(counts), modality=modality, attributed_to=None, hedged=False,  # type: ignore[arg-type]
            evidence=Span(lo, hi, text[lo:hi]), trigger=trig, confidence=confidence,
            mentions=tuple(Span(0, 4, text[:4]) for _ in range(mentions)),
        )

    @staticmethod
    def result(article_id: str, day: str | None, text: str, *, title: str | None = None, people=(), places=(),
               events=()) -> Result:
        """A Result of one article: ``people`` are PERSON names found in the text (every mention)."""
        entities = []
        for name in people:
            at = text.find(name)
            while at >= 0:
                entities.append(Entity(at, at + len(name), name, "PERSON"))
                at = text.find(name, at + 1)
        return Result(
            article=Article(id=article_id, text=text, date=dt.date.fromisoformat(day) if day else None, title=title),
            entities=tuple(sorted(entities, key=lambda e: e.start)), places=tuple(places), events=tuple(events),
        )


@pytest.fixture(scope="session")
def make() -> Make:
    """The record builder (see :class:`Make`)."""
    return Make()
