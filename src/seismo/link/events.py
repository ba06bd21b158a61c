"""Which event a report belongs to: one happening, however many articles report it.

    key = report_key(report_id, event, story_id=..., day=...)  the report reduced to what matching reads
    match(key, event) -> Match | None                          same happening? with a score and reasons

Two reports are of one happening when all of these hold (each tested alone in tests/):

* the same PLOVER type, with compatible modes (:func:`seismo.extract.events.merge.modes_ok`:
  a shooting named vaguely and one naming the gun are one; a bombing and an air strike are two);
  within one story, a death told with no means and a shooting are one too when both are placed
  in one town or area or near ones (:func:`~seismo.extract.events.merge.article_modes_ok`: "the boy died" in a
  follow-up of "a boy was shot");
* compatible places: the same GeoNames id, or points closer than the looser precision allows
  (:data:`DISTANCE_KM`: 25 km for a town, 150 km for an area, the country for a country); a
  report with no place joins only within its own story;
* overlapping dates, each widened by its precision (a report dated only by its article may be
  up to :data:`PUBLISHED_SLACK_DAYS` older than the article);
* no two different named actors of one sector (the police and the army may act together;
  "Hamas" and "Fatah" are two actors).

Reports of one story (:mod:`seismo.link.stories`) need only these; reports of different
stories must also name the same town or area (one GeoNames id) and both be dated to a day by
their text, so two articles that tell different stories still find the clash they both report.
A town sees many attacks of one type in a week, and a place merely near, a week or a report
dated only by its article fits most of them: those are enough only within one story.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

from seismo.extract.events.merge import article_modes_ok, modes_ok
from seismo.extract.timex import value_bounds
from seismo.resolve.gazetteer import EARTH_RADIUS_KM, haversine_km
from seismo.model import Event

#: how far apart two points may be at each location precision (1 town, 2 area, 3 country)
DISTANCE_KM = {1: 25.0, 2: 150.0, 3: math.inf}
#: a report dated only by its article's date may tell of a happening up to this many days older
PUBLISHED_SLACK_DAYS = 7
#: slack either side of a text date of day precision (time zones, "overnight")
DAY_SLACK_DAYS = 1
#: a report dated to a span of at most this many days (from earliest to latest) is dated "narrowly",
#: to one day with its slack either side: reports of different stories are one happening only when both are
NARROW_DAYS = 2 * DAY_SLACK_DAYS


@dataclass(frozen=True, slots=True)
class ReportKey:
    """What event matching reads of one report (and what an event keeps of its first report).

    id: the report (or event) id; story_id: its article's story; type/mode: PLOVER coding;
    asserted: modality is asserted; geonameid/lat/lon/country/precision: its place (None when
    unknown); earliest/latest: the days it may have happened on; actor/recipient: (name, sector).
    """

    id: str
    story_id: str
    type: str
    mode: str | None
    asserted: bool
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: int | None
    earliest: dt.date | None
    latest: dt.date | None
    actor: tuple[str | None, str | None] | None


def shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, kept within the calendar (year 1 to 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _bounds(event: Event, day: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    d = event.date
    found = None if d is None or d.source == "published" else _text_bounds(d.value, d.precision)
    if found is None:
        return (shift(day, -PUBLISHED_SLACK_DAYS), day) if day else (None, None)
    return found


@lru_cache(maxsize=4096)
def _text_bounds(value: str, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a text date may be (its value's bounds, widened by a day either side at day
    precision), None when its value is no calendar stretch; worked out once per value (most
    reports are dated to one of a few recent days)."""
    found = value_bounds(value)  # None too for a value no calendar holds ("2021-W54")
    if found is None:
        return None
    lo, hi = found
    if precision == "day":
        lo, hi = shift(lo, -DAY_SLACK_DAYS), shift(hi, DAY_SLACK_DAYS)
    return lo, hi


def report_key(report_id: str, event: Event, *, story_id: str, day: dt.date | None) -> ReportKey:
    """The key of one report; ``day`` is its article's publication date."""
    loc = event.location
    p = loc.place if loc else None
    lo, hi = _bounds(event, day)
    a = event.actor
    return ReportKey(
        id=report_id, story_id=story_id, type=event.type, mode=event.mode,
        asserted=event.modality == "asserted",
        geonameid=p.geonameid if p else None, lat=p.lat if p else None, lon=p.lon if p else None,
        country=p.country if p else None, precision=loc.precision if loc else None,
        earliest=lo, latest=hi,
        actor=(a.name, a.sector) if a and (a.name or a.sector) else None,
    )


@dataclass(frozen=True, slots=True)
class Match:
    """Why a report joins an event: the score (0–1) and the reasons, in words."""

    score: float
    reasons: tuple[str, ...]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (the gazetteer's haversine)."""
    return haversine_km(lat1, lon1, lat2, lon2)


def _place(a: ReportKey, b: ReportKey) -> tuple[bool, str, float] | None:
    """(strong, how, km) when the places are compatible, None when they conflict; ``how`` is one
    of ``unplaced``, ``same``, ``country``, ``near`` (km apart, measured only then).  The words
    are made by :func:`_place_words` only for a report that joins: most candidates do not."""
    if a.precision is None or b.precision is None:
        return (False, "unplaced", 0.0)
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return (a.precision <= 2, "same", 0.0)
    if a.country and b.country and a.country != b.country:
        return None
    allowed = DISTANCE_KM[max(a.precision, b.precision)]
    if math.isinf(allowed):
        return (False, "country", 0.0) if a.country and a.country == b.country else None
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    if math.radians(abs(a.lat - b.lat)) * EARTH_RADIUS_KM > allowed:  # type: ignore[operator]
        return None  # the latitudes alone are further apart (a great circle is never shorter)
    km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if km > allowed:
        return None
    return (True, "near", km)


def _place_words(a: ReportKey, b: ReportKey, how: str, km: float) -> str:
    if how == "unplaced":
        return "one report names no place"
    if how == "same":
        return f"same place (GeoNames {a.geonameid})"
    if how == "country":
        return f"same country ({a.country})"
    return f"places {km:.0f} km apart (≤ {DISTANCE_KM[max(a.precision, b.precision)]:.0f})"  # type: ignore[type-var]


def _dates(a: ReportKey, b: ReportKey) -> bool | None:
    """Whether both are narrowly dated when the dates overlap (or one is undated: False), None
    when they do not overlap."""
    if a.earliest is None or a.latest is None or b.earliest is None or b.latest is None:
        return False
    if a.latest < b.earliest or b.latest < a.earliest:
        return None
    return max((a.latest - a.earliest).days, (b.latest - b.earliest).days) <= NARROW_DAYS


def _date_words(a: ReportKey, b: ReportKey) -> str:
    if a.earliest is None or a.latest is None or b.earliest is None or b.latest is None:
        return "one report has no date"
    return f"dates overlap ({max(a.earliest, b.earliest)}…{min(a.latest, b.latest)})"


def _actors_ok(a: ReportKey, b: ReportKey) -> bool:
    if a.actor is None or b.actor is None:
        return True
    (na, sa), (nb, sb) = a.actor, b.actor
    return not (na and nb and na != nb and sa is not None and sa == sb)


def match(report: ReportKey, event: ReportKey) -> Match | None:
    """Is ``report`` of the happening ``event`` (the key of the event's first report)?"""
    same_story = report.story_id == event.story_id
    loose_means = not modes_ok(report.mode, event.mode)  # a death with no means and a shooting
    if report.type != event.type or not _actors_ok(report, event) or (
            loose_means and not (same_story and article_modes_ok(report.mode, event.mode))):
        return None
    when = _dates(report, event)  # the cheap test first: most candidates happened on other days
    if when is None:
        return None
    place = _place(report, event)
    if place is None:
        return None
    if loose_means and not place[0]:
        return None  # ... of one story, at one named place
    if not same_story and not (place[0] and place[1] == "same" and when):
        return None  # another story's event: one named place, one day
    reasons = [f"same type {report.type}", _place_words(report, event, place[1], place[2]), _date_words(report, event)]
    score = 0.4 + 0.3 * place[0] + 0.2 * when
    if same_story:
        reasons.append(f"same story {report.story_id}")
        score += 0.1
    return Match(round(min(score, 1.0), 2), tuple(reasons))
