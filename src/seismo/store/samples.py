"""A few hand-made results (four short invented articles) to try the store without the model.

Used by the store and CLI tests, and handy for the API and dashboard: ``sample_results()``
gives Results whose every span is a true ``text[start:end]`` slice, with events of several
countries, types and modalities, counts from different sources, and quotes.
"""

from __future__ import annotations

import datetime as dt

from seismo.contract.ids import article_id, record_id
from seismo.model import (
    Actor,
    Article,
    Count,
    Event,
    EventDate,
    EventLocation,
    Modality,
    Place,
    Quote,
    Result,
    Span,
    Speaker,
    When,
)


class _Text:
    """Spans of one text found by their words (``nth`` picks a repeat)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, words: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(words, start + 1)
        return Span(start, start + len(words), words)

    def sentence(self, words: str) -> Span:
        at = self.text.index(words)
        start = self.text.rfind(". ", 0, at)
        start = 0 if start < 0 else start + 2
        end = self.text.find(". ", at)
        end = len(self.text) if end < 0 else end + 1
        return Span(start, end, self.text[start:end])

    def place(self, words: str, name: str, country: str, lat: float, lon: float, *,
              kind: str = "city", admin1: str | None = None, geonameid: int | None = None) -> Place:
        s = self.span(words)
        return Place(s.start, s.end, s.text, name, geonameid, lat, lon, country, admin1,
                     kind, 0.9)  # type: ignore[arg-type]

    def actor(self, words: str, *, country: str | None, sector: str | None, kind: str = "group",
              name: str | None = None, nth: int = 0) -> Actor:
        s = self.span(words, nth)
        return Actor(s.start, s.end, s.text, name, country, sector, kind)

    def count(self, words: str, kind: str, low: int | None, best: int | None, high: int | None, *,
              victims: str | None = None, qualifier: str | None = None, nth: int = 0) -> Count:
        s = self.span(words)
        return Count(kind, low, best, high, s.start, s.end, s.text, qualifier,  # type: ignore[arg-type]
                     self.span(victims, nth) if victims else None)

    def when(self, words: str, value: str, precision: str, earliest: dt.date, latest: dt.date) -> When:
        s = self.span(words)
        return When(s.start, s.end, s.text, value, precision, earliest, latest, 0.9)  # type: ignore[arg-type]


def _event(t: _Text, aid: str, trigger: str, type_: str, mode: str | None, acled: tuple[str, str] | None,
           quad: int, *, modality: Modality = "asserted", actor: Actor | None = None,
           recipient: Actor | None = None, place: Place | None = None, precision: int = 1,
           date: EventDate | None = None, counts: tuple[Count, ...] = (), attributed: str | None = None,
           hedged: bool = False, confidence: float = 0.7) -> Event:
    trig = t.span(trigger)
    return Event(
        id=record_id(aid, "event", trig.start, trig.end, type_),
        type=type_, mode=mode,
        acled_event_type=acled[0] if acled else None, acled_sub_event_type=acled[1] if acled else None,
        quad_class=quad, actor=actor, recipient=recipient,
        location=EventLocation(place, precision) if place else None,  # type: ignore[arg-type]
        date=date, counts=counts, modality=modality,
        attributed_to=t.span(attributed) if attributed else None, hedged=hedged,
        evidence=t.sentence(trigger), trigger=trig, confidence=confidence,
    )


def _almaty() -> Result:
    text = ("Thousands of protesters rallied in Almaty on Wednesday against fuel prices. Police arrested "
            "40 protesters, the interior ministry said. Officials warned that troops could be deployed.")
    t, published = _Text(text), dt.date(2022, 1, 7)
    aid = article_id(text)
    almaty = t.place("Almaty", "Almaty", "KAZ", 43.25, 76.92, admin1="Almaty", geonameid=1526384)
    wednesday = t.when("on Wednesday", "2022-01-05", "day", dt.date(2022, 1, 5), dt.date(2022, 1, 5))
    day = EventDate("2022-01-05", "day", "text", t.span("on Wednesday"))
    protesters = t.actor("protesters", country="KAZ", sector="CVL")
    events = (
        _event(t, aid, "rallied", "PROTEST", "demo", ("Protests", "Peaceful protest"), 3,
               actor=protesters, place=almaty, date=day,
               counts=(t.count("Thousands", "participants", 2000, None, None, victims="protesters"),)),
        _event(t, aid, "arrested", "COERCE", "arrest", ("Strategic developments", "Arrests"), 4,
               actor=t.actor("Police", country="KAZ", sector="COP"),
               recipient=t.actor("protesters", country="KAZ", sector="CVL", nth=1), place=almaty, date=day,
               counts=(t.count("40", "arrested", 40, 40, 40, victims="protesters", nth=1),),
               attributed="the interior ministry"),
        _event(t, aid, "deployed", "MOBILIZE", "troops", None, 4, modality="future",
               actor=t.actor("troops", country="KAZ", sector="MIL"), place=almaty, precision=2,
               date=EventDate("2022-01-07", "day", "published")),
    )
    quote = Quote(*_range(t.span("Police arrested 40 protesters")), "indirect",
                  Speaker(*_range(t.span("the interior ministry")), name=None, organization="Interior Ministry",
                          country="KAZ"),
                  t.span("said"), 0.6)
    article = Article(aid, text, published, "Fuel protests spread in Kazakhstan", "Example Wire",
                      "https://example.org/kaz")
    return Result(article, places=(almaty,), dates=(wednesday,), events=events, quotes=(quote,))


def _range(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def _paris() -> Result:
    text = ('Demonstrators set fire to bins in Paris on Monday. "We will not back down," said union leader '
            "Marie Dupont of the CGT. Two people were injured, the police said; organisers said 15 were hurt.")
    t, published = _Text(text), dt.date(2023, 3, 21)
    aid = article_id(text)
    paris = t.place("Paris", "Paris", "FRA", 48.85, 2.35, admin1="Île-de-France", geonameid=2988507)
    monday = EventDate("2023-03-20", "day", "text", t.span("on Monday"))
    events = (
        _event(t, aid, "set fire", "PROTEST", "riot", ("Riots", "Violent demonstration"), 4,
               actor=t.actor("Demonstrators", country="FRA", sector="CVL"), place=paris, date=monday,
               counts=(t.count("Two", "injured", 2, 2, 2), t.count("15", "injured", 15, 15, 15)),
               attributed="the police", hedged=True),
    )
    quote = Quote(*_range(t.span("We will not back down,")), "direct",
                  Speaker(*_range(t.span("Marie Dupont")), name="Marie Dupont", role="union leader",
                          organization="CGT", country="FRA"),
                  t.span("said"), 0.9)
    dates = (t.when("on Monday", "2023-03-20", "day", dt.date(2023, 3, 20), dt.date(2023, 3, 20)),)
    article = Article(aid, text, published, "Bins burn in Paris", "Example Wire", None)
    return Result(article, places=(paris,), dates=dates, events=events, quotes=(quote,))


def _kharkiv() -> Result:
    text = ("Russian forces shelled Kharkiv this week, killing 9 civilians, officials said. "
            "The annexation of Crimea in 2014 was condemned again by Ukraine.")
    t, published = _Text(text), dt.date(2022, 2, 26)
    aid = article_id(text)
    kharkiv = t.place("Kharkiv", "Kharkiv", "UKR", 49.98, 36.25, admin1="Kharkiv", geonameid=706483)
    crimea = t.place("Crimea", "Crimea", "UKR", 45.0, 34.0, kind="region")
    week = t.when("this week", "2022-W08", "week", dt.date(2022, 2, 21), dt.date(2022, 2, 27))
    year = t.when("in 2014", "2014", "year", dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    events = (
        _event(t, aid, "shelled", "ASSAULT", "heavy-weapons",
               ("Explosions/Remote violence", "Shelling/artillery/missile attack"), 4,
               actor=t.actor("Russian forces", country="RUS", sector="MIL"),
               recipient=t.actor("civilians", country="UKR", sector="CVL"), place=kharkiv,
               date=EventDate("2022-W08", "week", "text", t.span("this week")),
               counts=(t.count("9", "killed", 9, 9, 9, victims="civilians"),), attributed="officials"),
        _event(t, aid, "annexation", "COERCE", "seize", None, 4, modality="historical",
               actor=None, place=crimea, precision=2, date=EventDate("2014", "year", "text", t.span("in 2014"))),
    )
    return Result(Article(aid, text, published, "Kharkiv shelled", "Other Daily", None),
                  places=(kharkiv, crimea), dates=(week, year), events=events)


def _geneva() -> Result:
    text = "Ministers met in Geneva. 'Talks were useful,' said the envoy, who asked not to be named."
    t = _Text(text)
    geneva = t.place("Geneva", "Geneva", "CHE", 46.2, 6.15)
    quote = Quote(*_range(t.span("Talks were useful,")), "direct",
                  Speaker(*_range(t.span("the envoy")), name=None, role="envoy"), t.span("said"), 0.7)
    return Result(Article(article_id(text), text, None, None, None, None, "samples:geneva"),
                  places=(geneva,), quotes=(quote,), warnings=("events: no event found",))


def sample_results() -> list[Result]:
    """Four small results: KAZ protest/arrests/forecast, FRA riot, UKR shelling/history, CHE quote."""
    return [_almaty(), _paris(), _kharkiv(), _geneva()]
