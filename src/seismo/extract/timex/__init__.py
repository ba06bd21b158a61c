"""Normalising one time expression against a publication date: the rules behind the dates step.

:func:`normalise` / :func:`resolve` turn a span's text into a value at a precision (day, week,
month, year or range) with its first and last day, and the TIMEX3 value TimeML writes for it
(``2022-Q3``, ``2021-SU``, ``2022-01-04TNI``, ``2022-01-04T09:00``, ``PAST_REF``):

1. seismo's own rules (:mod:`~seismo.extract.timex.rules`), read from ``data/relative_time.tsv``,
   ``data/time_words.tsv``, ``data/holidays.tsv`` and ``data/number_words.tsv`` (through
   :mod:`seismo.extract.lexicon`):
   ISO dates, relative phrases ("last week", "earlier this month", "the last few hours"),
   "N units ago", "the past N units" ("the past decade", "the last decade"; "the previous 12 months", "the coming week":
   TimeML's P12M, P1W), decades, a year cut to two figures after a season or month ("the spring of
   '98"), parts of a year or month ("early 2021",
   "mid-January"), quarters ("the third quarter", "Q3 2021", "the final quarter of 2021"; "the final
   quarter" alone may be a match's and is left alone), fiscal years written short ("FY2021", "FY21"),
   "this decade" (TimeML's ``202``), seasons, month and day forms, weekdays, a month named in a phrase
   ("the Kazakh January": that month, the latest one that began on or before publication);
   named days ("Thanksgiving", "Christmas"), years and days in words ("nineteen ninety-one",
   "March eighth"; a weekday named with a day picks its year: "Monday, Oct. 26"), decades without
   their century ("the nineties": TimeML's ``199``), years joined by a hyphen ("1914-18": a
   stretch of years, no TimeML value), a year after "the year", "pre-" or "post-" ("the post-1959
   exodus": 1959), centuries
   ("the 20th century": TimeML's ``19``), "the year" / "the fiscal year" / "the week" / "the month" (publication's: "for the week"), a day
   counted from another ("the day before last Tuesday", "two days before Christmas", "a week
   after Oct. 30": that day moved by so many days, weeks, months or years; a unit named without a
   number is that whole unit: "the week before Christmas" is the calendar week holding most of the
   seven days before it, "the month after the vote" the calendar month after);
   a clock time or part of day narrows a day ("9 a.m. Tuesday", "Tuesday night": type TIME;
   a clock time replaces a part of the day, "midnight tonight" being ``T24:00``, not ``TNI``, and
   takes its half of the day from it when it has no a.m. or p.m.: "11:30 Monday night" is ``T23:30``;
   a bare "4:17 a.m.", "in the morning" or "by mid afternoon" is the publication day, which
   the dates step replaces by a day named nearby);
2. for anything else, dateparser on the span text alone (never ``search_dates``), English only,
   with the publication date as ``RELATIVE_BASE`` and dates from the past preferred.  Its
   settings are fixed when a parser is built, so there is one parser per publication date
   (cached); every result is cached per (text, date, lean).  A year it reads that is not
   written in the span and lies more than a year from publication is refused: "February 27th
   and 28th" is no day of 1928 (a two-digit day is never a year);
3. what is no point in time (:mod:`~seismo.extract.timex.other`): durations ("about a month",
   "for many years": ``DURATION`` ``P1M``, ``PXY``; "a weeklong" ``P1W``; hundreds and thousands of
   years in words in centuries and millennia, "two thousand years" ``P2L``), sets ("every Friday", "annually": ``SET``)
   and vague references ("now", "the future": ``DATE`` ``PRESENT_REF``, ``FUTURE_REF``).

Choices, documented once here:

* **Durations are not dates.**  A duration, set or vague reference gets a :class:`When` with its
  TimeML type and value but no interval (``earliest`` / ``latest`` None), so it never dates an
  event.  Anchored stretches keep their interval: "the past two months" and "in recent days" are
  ranges ending on the publication date ("the past two months" is typed a ``DURATION``, ``P2M``,
  as TimeML does, and may still date an event); "thirty years ago" is the year 1992 for a 2022
  article.  A half is written in the next smaller unit ("2 1/2 years": ``P2Y6M``).
* "The quarter" / "the latest quarter" is the last quarter that ended before publication (what
  a report of results means), and so is "this quarter" unless the clause looks ahead ("will ...
  this quarter": the current one); "the third quarter" is the latest one begun by publication,
  or with ``future=True`` the coming one unless the latest begun is the current quarter or the one just
  ended (a plant that "will reopen in the third quarter", written in January, reopens this year; a firm
  that "will publish its fourth-quarter figures" reports on last year's).
* Weekends go by calendar week: "last weekend" on a weekday is the one just past, "this
  weekend" the coming one (the one just past when the clause tells what happened); a bare "the
  weekend" is the latest begun, the coming one when the clause looks ahead ("will meet at the
  weekend").  "Year-end" in a clause that tells what happened ("since year-end") is the last one.
* A weekday alone ("on Tuesday") is the latest such day on or before publication (news style:
  "said Friday" in a Friday paper is that day); "next Tuesday" is after it, and so is one the
  caller saw pointed ahead ("until Tuesday", "as soon as Tuesday", "is to meet Tuesday").
* Adjectives of time are vague references: "recent" ``PAST_REF``, "current" ``PRESENT_REF``,
  "future" ``FUTURE_REF`` (TimeBank annotates them so).
* A month and day without a year is the nearest such day to publication, a day ahead counting
  double (and so is a day of the month named alone, "on the 25th", in this month or the one before
  or after); a month alone is the latest one started on or before publication, unless the coming
  one is much nearer (three months ahead or less, across the new year too: "January"
  in a November article is the coming one).  With ``future=True`` (the caller saw "will",
  "plans to" ...) both look ahead instead, and so does a named day ("Christmas"); with
  ``past=True`` (the clause tells what happened: "closed in December", "the year ended
  Jan. 31") all are the latest on or before publication.  A season named alone is the latest
  begun by publication, or with ``future=True`` the first not yet over ("will vote in the fall").
* Relative expressions need a publication date; without one they are skipped, while absolute
  ones ("5 January 2022", "2014") still resolve.
* Confidence is a fixed score per rule: explicit dates high, vague phrases ("recent weeks") low.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract.timex.other import Other, classify, is_duration
from seismo.extract.timex.rules import calendar_names, clean, counted, day_of_month, offset, relative, weekday
from seismo.extract.timex.values import (
    EPISODE_CONFIDENCE,
    STEP,
    Resolved,
    day,
    month,
    shift,
    value_bounds,
    week,
    with_daypart,
    year,
)
from seismo.extract.timex.words import TimeLexicon, lexicon
from seismo.model import When

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser

__all__ = ["EPISODE_CONFIDENCE", "STEP", "Resolved", "TimeLexicon", "clean", "clock_only", "day_in_view", "is_duration", "lexicon", "normalise",
           "resolve", "value_bounds"]


_CLOCK = re.compile(
    r"(?:(?:about|around|at|until|by|shortly after|shortly before|after|before|just after|just before) )?"
    r"(?:\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)(?: (?:[a-z]{1,2}[sd]t|gmt|utc|local time))?|\d{1,2}:\d{2}(?: (?:gmt|utc))?"
    r"|\d{1,2}(?::\d{2})? (?:o'clock|in the (?:morning|afternoon|evening))|(?<![a-z])(?:noon|midday|midnight))"
)
#: where an anchored stretch begins after words that qualify it ("at least the past 18 months")
_ANCHORED = re.compile(r"\b(?:past|last|next|coming|previous|following) ")
_TIME_ONLY = re.compile(r"(?:early |late )?(?:dawn|dusk|daybreak|nightfall)")
#: a time within the day in view, no day named: "later in the day", "earlier in the day"
_IN_THE_DAY = re.compile(r"(?:earlier|later|early|late) in the day")
#: a part of the day after a preposition, with no day named: "in the morning", "by mid afternoon"
_DAYPART_ONLY = re.compile(
    r"(?:in|by|during|until|since|through|throughout) (?:the )?(?:(?:early|mid|late)[- ]?)?(morning|afternoon|evening)"
)


#: what may follow a duration in a span spaCy joined: "on" or a comma, then the day ("three hours on Friday")
_THEN = re.compile(r"(?:on |, ?)?(\w+)")


def _led_by_duration(key: str) -> bool:
    """Whether ``key`` is a duration followed by the day it fell on ("three hours on Friday", "six
    hours Tuesday") or by another duration or a set ("24 hours a day"): two expressions spaCy
    joined, no one date (dateparser would make one up from them; the dates step tries the parts
    alone)."""
    lex = lexicon()
    for i, c in enumerate(key):
        if c == " " and is_duration(key[:i]) and (m := _THEN.match(key, i + 1)):
            if m[1] in lex.weekdays or m[1] in lex.months or m[1].isdigit() or classify(key[m.start(1):]) is not None:
                return True
    return False


def _length_of(key: str) -> Other | None:
    """The duration an anchored stretch lasts, read without its anchoring word ("previous 12 months": 12 months)."""
    core = _ANCHORED.match(key)
    return classify(key[core.end():]) if core else None


def _daypart_only(text: str) -> re.Match[str] | None:
    return _DAYPART_ONLY.fullmatch(re.sub(r"\s+", " ", text.lower()).strip(" ,.;:"))


@lru_cache(maxsize=256)
def _parser(published: dt.date) -> "DateDataParser":
    from dateparser.date import DateDataParser

    base = dt.datetime(published.year, published.month, published.day, 12)
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


@lru_cache(maxsize=1)
def _dateparser_ok() -> re.Pattern[str]:
    """What a span must contain to be worth handing to dateparser: a digit, a relative word,
    or the first three letters of a month or weekday name ("jan", "mon")."""
    lex = lexicon()
    stems = sorted({name[:3] for name in (*lex.months, *lex.weekdays)})
    return re.compile(r"\d|ago|yesterday|today|tomorrow|week|month|year|" + "|".join(stems))


#: a year written in figures: what dateparser reads must then be of that year
_WRITTEN_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
#: words that name the day of publication itself, which dateparser may also give for what it cannot read
_TODAY = re.compile(r"\b(?:today|tonight|now)\b")


@lru_cache(maxsize=4096)  # the same words recur on the same day ("Monday", "last week"); dateparser is slow
def _dateparser(text: str, published: dt.date | None) -> Resolved | None:
    if not _dateparser_ok().search(text) or re.fullmatch(r"[\d,.]+", text):
        return None
    # relative expressions cannot be anchored without a publication date; absolute ones need a year
    unanchored = published is None
    if unanchored:
        if not re.search(r"\b\d{4}\b", text):
            return None
        published = dt.date(2000, 1, 1)  # a stand-in: no year may come from it
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError, TypeError):  # dateparser raises these on odd input
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if (unanchored or abs(d.year - published.year) > 1 or _WRITTEN_YEAR.search(text)) and str(d.year) not in text:
        # a year it made up: "February 27th and 28th" is no day of 1928, nor of the stand-in; "2005, a year" is none of 2021
        return None
    if d == published and not _TODAY.search(text) and not re.search(rf"(?<!\d){d.day}(?!\d)", text):
        return None  # its fallback, the base day itself: "in his 30s" (thirty seconds), "the 1980s and 1990s"
    if data.period == "year":
        return year(d.year, 0.6)
    if data.period == "month":
        return month(d.year, d.month, 0.6)
    if data.period == "week":
        return week(d, 0.6)
    return day(d, 0.6)


#: the precision of a whole unit named with "the" before or after a time ("the week before Christmas")
_WHOLE = {
    7: lambda d, conf: week(d, conf),
    30: lambda d, conf: month(d.year, d.month, conf),
    365: lambda d, conf: year(d.year, conf),
}


_HOUR = re.compile(r"(\d{1,2})(?::(\d{2}))?(?: ?([ap])\.?m\.?| o'clock)?")


def _at_clock(found: Resolved, clock: str) -> Resolved:
    """A day narrowed to a clock time: TimeML's ``2022-01-07T09:00`` for "9 a.m. Friday"."""
    if found.precision != "day" or found.timeml is None or re.search(r"T\d", found.timeml):
        return found
    lex = lexicon()
    words = clock.split()
    code = next((lex.dayparts[w] for w in words if w in lex.dayparts and lex.dayparts[w].startswith("T1")), None)
    if "midnight" in words:
        code = "T24:00"
    if code is None and (m := _HOUR.search(clock)):
        hour, minute = int(m[1]), int(m[2] or 0)
        if m[3] == "p" and hour < 12:
            hour += 12
        elif m[3] == "a" and hour == 12:
            hour = 0
        if "evening" in words or "afternoon" in words:
            hour += 12 if hour < 12 else 0
        elif m[3] is None and hour == 12 and found.timeml.endswith("TNI"):
            return found  # "12:30 Friday night": past midnight, of the next day; the part of the day stands
        elif m[3] is None and 1 <= hour < 12 and (found.timeml.endswith(("TAF", "TEV")) or found.timeml.endswith("TNI") and hour >= 6):
            hour += 12  # "11:30 Monday night", "at 5:15 Friday afternoon": the day's part says which half of it
        code = f"T{hour:02d}:{minute:02d}" if hour < 25 and minute < 60 else None
    # a clock time is finer than a part of the day: "midnight tonight" is T24:00, not TNI
    return found._replace(timeml=re.sub(r"T[A-Z]{2}$", "", found.timeml) + code) if code else found


def clock_only(text: str) -> bool:
    """Whether ``text`` is a time of day and nothing more ("10:35 a.m.", "at 6 p.m. EST", "in the
    morning"): its day
    is the publication's unless the context names another (see :func:`seismo.extract.dates.find_dates`)."""
    key = clean(text)
    clock = _CLOCK.search(key)
    if _daypart_only(text) is not None:
        return True
    return bool(clock) and clean(f"{key[: clock.start()]} {key[clock.end():]}") in ("", "on", "of")


#: a night told by the day it ends on, not by publication: "overnight losses" in a story of Friday's
#: trading are Thursday night's
_NIGHT_BEFORE = "overnight"


def day_in_view(text: str) -> int | None:
    """How many days from the day the story is telling of ``text`` stands, when it is a time of day
    and nothing more: 0 for a clock time or part of the day ("10:35 a.m.", "in the morning",
    "dawn", "later in the day"), -1 for the night before ("overnight"); None for anything else (it names its own day,
    or none).  The dates step moves such a time onto the day named nearby."""
    key = clean(text)
    if clock_only(text) or _TIME_ONLY.fullmatch(key) or _IN_THE_DAY.fullmatch(key):
        return 0
    return -1 if key == _NIGHT_BEFORE else None


@lru_cache(maxsize=8192)
def resolve(text: str, *, published: dt.date | None, future: bool = False, past: bool = False) -> Resolved | None:
    """Normalise one time expression (cached per text, date and lean); ``None`` when it is not a
    point or stretch in time, or cannot be anchored.  ``future``: the context speaks of what is
    to come ("will meet on Tuesday"), so unanchored weekdays and dates look ahead; ``past``: it
    tells what happened ("closed in December"), so a year-less month or day is not a coming one."""
    lex = lexicon()
    key = clean(text)
    clock = _CLOCK.search(key)
    if clock:  # "10:35 a.m. Tuesday": the time of day only narrows the day
        key = clean(f"{key[: clock.start()]} {key[clock.end():]}".replace(" on ", " "))
        if not key or key in ("on", "of"):
            return None if published is None else _at_clock(day(published, 0.5), clock[0])
    if not key:
        return None
    if (counted_from := offset(key, lex)) and (inner := resolve(counted_from.anchor, published=published, future=future, past=past)):
        # "the day before last Tuesday", "two days before Christmas", "a year after March 3, 2001"
        amount, unit = counted_from.amount, counted_from.unit
        if counted_from.whole and inner.timeml is not None and "T" not in inner.timeml and unit in _WHOLE:
            # "the week before Christmas", "the month after the 2019 vote": that whole unit, at its precision; a
            # week is the calendar week holding most of the seven days before (after) it, the one of its middle day
            at = inner.earliest if amount < 0 else inner.latest
            moved = at + dt.timedelta(days=4 * amount) if unit == 7 else shift(at, amount, unit)
            return _WHOLE[unit](moved, inner.confidence * 0.9)
        if inner.precision == "day" and inner.timeml is not None and "T" not in inner.timeml:
            return day(shift(inner.earliest, amount, unit), inner.confidence * 0.9)
        if inner.precision == "month" and unit >= 30:
            moved = shift(inner.earliest, amount, unit)
            return month(moved.year, moved.month, inner.confidence * 0.9)
        if inner.precision == "year" and unit >= 365:
            return year(inner.earliest.year + amount, inner.confidence * 0.9)
    found = calendar_names(key, text, published, lex, future, past)
    if found is None and published is not None:
        found = (relative(key, published, lex, future=future, past=past) or counted(key, published, lex)
                 or weekday(key, published, lex, future, past) or day_of_month(key, published, future=future, past=past))
        if found is None and (core := _ANCHORED.search(key)) and core.start():
            # "at least the past 18 months", "each of the past four years": the stretch the words qualify
            found = counted(key[core.start():], published, lex)
        if found is not None and found.timeml is None and (other := classify(key) or _length_of(key)) is not None \
                and other.type == "DURATION":
            # an anchored stretch ("the past two months", "the previous 12 months") is a duration too:
            # TimeML writes its length
            found = found._replace(timeml=other.timeml)
        if found is None and _TIME_ONLY.fullmatch(key):
            found = day(published, 0.4)
        if found is None and (part_of_day := _daypart_only(text)):  # "by mid afternoon": of the day in view
            found = with_daypart(day(published, 0.4), lex.dayparts[part_of_day[1]])
    if found is None and not is_duration(text) and classify(key) is None and not _led_by_duration(key):
        found = _dateparser(key, published)
    if found is not None and clock:
        found = _at_clock(found, clock[0])
    return found


def normalise(text: str, *, published: dt.date | None, start: int = 0, future: bool = False, past: bool = False) -> When | None:
    """A :class:`When` for ``text`` (placed at ``start``), or ``None`` when it is a duration, not a
    time expression, or relative without a publication date to anchor it.  ``future`` leans
    weekdays and year-less dates ahead of publication, ``past`` keeps year-less dates behind it
    (see :func:`resolve`)."""
    found = resolve(text, published=published, future=future, past=past)
    if found is None:
        other = classify(clean(text))
        if other is None:
            return None
        # no interval: the value is TimeML's ("P3D", "XXXX-WXX-5", "PRESENT_REF"), see docs/output.md
        return When(start=start, end=start + len(text), text=text, value=other.timeml, precision=other.precision,
                    earliest=None, latest=None, confidence=other.confidence, step=STEP, type=other.type,
                    timeml=other.timeml)
    timeml = found.timeml
    return When(
        start=start,
        end=start + len(text),
        text=text,
        value=found.value,
        precision=found.precision,
        earliest=found.earliest,
        latest=found.latest,
        confidence=found.confidence,
        step=STEP,
        type="TIME" if timeml and _TIME_OF_DAY.match(timeml) else "DURATION" if timeml and _PERIOD.fullmatch(timeml) else "DATE",
        timeml=timeml,
    )


_TIME_OF_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T")
#: a TimeML duration value ("P2M", "PT5H30M", "PXD"): an anchored stretch's length
_PERIOD = re.compile(r"P(?=[\dXT])(?:[\dX.]+[A-Z]+)*(?:T(?:[\dX.]+[A-Z])+)?")
