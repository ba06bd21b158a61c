"""Values of time expressions: calendar arithmetic, the records a rule returns, TimeML's forms.

A :class:`Resolved` is a value at a precision (day, week, month, year or range) with its first and
last day, and the TIMEX3 value TimeML writes for it; :func:`value_bounds` reads a value back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from seismo.model import Precision

STEP = "seismo.dates.v33"

#: confidence of a month named as an episode ("the Belarusian August"): a guess of its year
EPISODE_CONFIDENCE = 0.1


class Resolved(NamedTuple):
    """A normalised time expression without its position (see :class:`~seismo.model.When`)."""

    value: str
    precision: Precision
    earliest: dt.date
    latest: dt.date
    confidence: float
    #: the TIMEX3 value ("2022-Q1", "2022-01-07TMO", "PAST_REF"); None where TimeML has no form for it
    timeml: str | None = None


# --- calendar arithmetic ---------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit_days: int) -> dt.date:
    """``day`` moved by ``amount`` units (calendar months / years for those units)."""
    try:
        if unit_days >= 365:
            return add_months(day, amount * 12 * (unit_days // 365))
        if unit_days == 30:
            return add_months(day, amount)
        return day + dt.timedelta(days=amount * unit_days)
    except (ValueError, OverflowError):
        return dt.date.min if amount < 0 else dt.date.max


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(d: dt.date, conf: float) -> Resolved:
    return Resolved(d.isoformat(), "day", d, d, conf, d.isoformat())


def week(d: dt.date, conf: float) -> Resolved:
    year, number, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    value = f"{year}-W{number:02d}"
    return Resolved(value, "week", monday, monday + dt.timedelta(days=6), conf, value)


def month(year: int, m: int, conf: float) -> Resolved:
    value = f"{year:04d}-{m:02d}"
    return Resolved(value, "month", dt.date(year, m, 1), month_end(year, m), conf, value)


def year(y: int, conf: float) -> Resolved:
    return Resolved(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31), conf, f"{y:04d}")


def span(lo: dt.date, hi: dt.date, conf: float, timeml: str | None = None) -> Resolved:
    """A stretch of days; ``timeml`` names it the way TimeML does (a quarter, a season), when it can."""
    lo, hi = min(lo, hi), max(lo, hi)
    if lo == hi:
        return day(lo, conf)
    return Resolved(f"{lo.isoformat()}/{hi.isoformat()}", "range", lo, hi, conf, timeml)


def part(lo: dt.date, hi: dt.date, fractions: tuple[float, float], conf: float, timeml: str | None = None) -> Resolved:
    """Early / mid / late part of a stretch; TimeML writes it as the whole (with a modifier we do not keep)."""
    days = (hi - lo).days
    found = span(lo + dt.timedelta(days=round(days * fractions[0])), lo + dt.timedelta(days=round(days * fractions[1])), conf)
    return found._replace(timeml=timeml)


def quarter(y: int, q: int, conf: float) -> Resolved:
    return span(dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), conf, f"{y:04d}-Q{q}")


def latest_quarter(published: dt.date) -> tuple[int, int]:
    """The last quarter that ended before publication (what "the quarter" of a report means)."""
    q = (published.month - 1) // 3  # the current quarter's number - 1
    return (published.year, q) if q else (published.year - 1, 4)


def with_daypart(found: Resolved, code: str | None) -> Resolved:
    """A day narrowed to a part of it ("Tuesday night": TimeML's ``2022-01-04TNI``)."""
    if not code or found.precision != "day" or found.timeml is None:
        return found
    return found._replace(timeml=f"{found.timeml}{code}")


def timeml_template(template: str, at: dt.date) -> str:
    """A TimeML value from a template of ``relative_time.tsv`` ("{day}TMO", "{week}-WE", "PAST_REF")."""
    iso_year, number, _ = at.isocalendar()
    return template.format(day=at.isoformat(), week=f"{iso_year}-W{number:02d}", month=f"{at.year:04d}-{at.month:02d}",
                           year=f"{at.year:04d}")


def value_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a value denotes, for seismo's formats and TimeML's (``1989-Q3``,
    ``1998-W32``, ``2004-H1``, the decade ``199``) and ranges ``A/B`` of them; ``None`` for values that are not
    calendar stretches, or that no calendar holds (``2022-02-30``, ``2021-W54``).  The one reader
    of a date value's days: the linker, the store's rows and the exports all call it."""
    first, sep, last = value.partition("/")
    try:
        lo = _stretch(first.strip())
        hi = _stretch(last.strip()) if sep else lo
    except ValueError:
        return None
    return (lo[0], hi[1]) if lo and hi else None


def _stretch(value: str) -> tuple[dt.date, dt.date] | None:
    """The days of one value (no range); ``ValueError`` when no calendar holds it."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:T.*)?", value)
    if m:
        day = dt.date.fromisoformat(m[1])
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return dt.date(int(m[1]), int(m[2]), 1), month_end(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        q = int(m[2])
        return dt.date(int(m[1]), 3 * q - 2, 1), month_end(int(m[1]), 3 * q)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        y = int(m[1])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if m[2] == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    return None


def counted_from(published: dt.date, unit: str, step: int, part: str | None = None) -> Resolved | None:
    """The day, week, month or year ``step`` units from ``published`` ("the day before", "the
    following week" with no time named before them: TimeML anchors them on the document's date),
    at low confidence; a day with the part ``part`` ("TMO") where one is given."""
    if unit == "day":
        return with_daypart(day(published + dt.timedelta(days=step), 0.4), part)
    if unit == "week":
        return week(published + dt.timedelta(weeks=step), 0.4)
    if unit == "month":
        first = add_months(dt.date(published.year, published.month, 1), step)
        return month(first.year, first.month, 0.4)
    if unit == "year":
        return year(published.year + step, 0.4)
    return None


def easter(y: int) -> dt.date:
    """Easter Sunday of the Gregorian year ``y`` (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return dt.date(y, month, (h + el - 7 * m + 33 * month + 19) % 32)
