"""Normalising one time expression against a publication date: the rules behind the dates step.

:func:`normalise` / :func:`resolve` turn a span's text into a value at a precision (day, week,
month, year or range) with its first and last day:

1. seismo's own rules, read from ``data/relative_time.tsv``, ``data/time_words.tsv`` and
   ``data/number_words.tsv`` (through :mod:`seismo.extract.lexicon`):
   ISO dates, relative phrases ("last week", "earlier this month", "the last few hours"),
   "N units ago", "the past N units", decades, parts of a year or month ("early 2021",
   "mid-January"), quarters, seasons, month and day forms, weekdays, a month named in a phrase
   ("the Kazakh January": that month, the latest one that began on or before publication);
   a clock time only narrows a day ("9 a.m. Tuesday"; a bare "10:35 a.m." is the publication day);
2. for anything else, dateparser on the span text alone (never ``search_dates``), English only,
   with the publication date as ``RELATIVE_BASE`` and dates from the past preferred.  Its
   settings are fixed when a parser is built, so there is one parser per publication date
   (cached); every result is cached per (text, date, lean).

Choices, documented once here:

* **Durations are not dates.**  "about a month", "for many years", "decades of bad governance",
  "two weeks" say how long, not when, and give no :class:`When` (:func:`is_duration` tells them).
  Anchored stretches do: "the past two months" and "in recent days" are ranges ending on the
  publication date; "thirty years ago" is the year 1992 for a 2022 article.
* A weekday alone ("on Tuesday") is the latest such day on or before publication (news style:
  "said Friday" in a Friday paper is that day); "next Tuesday" is after it.
* A month and day without a year is the nearest such day to publication, a day ahead counting
  double; a month alone is the latest one started on or before publication, unless the coming
  one is much nearer.  With ``future=True`` (the caller saw "will", "plans to" ...) both look
  ahead instead.
* Relative expressions need a publication date; without one they are skipped, while absolute
  ones ("5 January 2022", "2014") still resolve.
* Confidence is a fixed score per rule: explicit dates high, vague phrases ("recent weeks") low.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, get_args

from seismo.errors import ModelError
from seismo.extract import lexicon as tables
from seismo.model import Precision, When

#: confidence of a month named as an episode ("the Belarusian August"): a guess of its year
EPISODE_CONFIDENCE = 0.1

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser

STEP = "seismo.dates.v1"


class Resolved(NamedTuple):
    """A normalised time expression without its position (see :class:`~seismo.model.When`)."""

    value: str
    precision: Precision
    earliest: dt.date
    latest: dt.date
    confidence: float


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """The words and relative phrases the rules read, from the two data files."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, tuple[int, int]]
    units: dict[str, int]
    parts: dict[str, tuple[float, float]]
    seasons: dict[str, tuple[int, int]]
    relative: dict[str, tuple[str, str, float]]


#: the kinds of word in ``time_words.tsv``
TimeKind = Literal["month", "weekday", "number", "unit", "part", "season"]


def _pair(text: str) -> tuple[str, str]:
    lo, _, hi = text.partition(":")
    return lo, hi or lo


@lru_cache(maxsize=1)
def lexicon() -> TimeLexicon:
    """The time lexicon, read once from ``seismo/data``."""
    kinds: dict[str, dict[str, Any]] = {k: {} for k in get_args(TimeKind)}
    for row in tables.read("number_words.tsv", columns=(2, 2), header=("word", "value")):
        if row.integer(1) > 0:  # no stretch of time is zero units long
            kinds["number"][row[0]] = (row.integer(1), row.integer(1))
    for row in tables.read("time_words.tsv", columns=(3, None)):
        word, value = row[0], row[2]
        kind = row.choice(1, kinds, what="kind")
        try:
            if kind in ("number", "part", "season"):
                lo, hi = _pair(value)
                kinds[kind][word] = (float(lo), float(hi)) if kind == "part" else (int(lo), int(hi))
            else:
                kinds[kind][word] = int(value)
        except ValueError:
            raise row.error(f"value {value!r} does not fit kind {kind!r}", "see the header of the table") from None
    relative = {
        r[0]: (r[1], r[2], r.number(3, what="confidence") if len(r) > 3 else 0.7)
        for r in tables.read("relative_time.tsv", columns=(3, None))
    }
    return TimeLexicon(
        months=kinds["month"],
        weekdays=kinds["weekday"],
        numbers=kinds["number"],
        units=kinds["unit"],
        parts=kinds["part"],
        seasons=kinds["season"],
        relative=relative,
    )


# --- calendar arithmetic ---------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: dt.date, amount: int, unit_days: int) -> dt.date:
    """``day`` moved by ``amount`` units (calendar months / years for those units)."""
    try:
        if unit_days >= 365:
            return _add_months(day, amount * 12 * (unit_days // 365))
        if unit_days == 30:
            return _add_months(day, amount)
        return day + dt.timedelta(days=amount * unit_days)
    except (ValueError, OverflowError):
        return dt.date.min if amount < 0 else dt.date.max


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(d: dt.date, conf: float) -> Resolved:
    return Resolved(d.isoformat(), "day", d, d, conf)


def week(d: dt.date, conf: float) -> Resolved:
    year, number, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    return Resolved(f"{year}-W{number:02d}", "week", monday, monday + dt.timedelta(days=6), conf)


def month(year: int, m: int, conf: float) -> Resolved:
    return Resolved(f"{year:04d}-{m:02d}", "month", dt.date(year, m, 1), _month_end(year, m), conf)


def year(y: int, conf: float) -> Resolved:
    return Resolved(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31), conf)


def span(lo: dt.date, hi: dt.date, conf: float) -> Resolved:
    lo, hi = min(lo, hi), max(lo, hi)
    if lo == hi:
        return day(lo, conf)
    return Resolved(f"{lo.isoformat()}/{hi.isoformat()}", "range", lo, hi, conf)


def _part(lo: dt.date, hi: dt.date, fractions: tuple[float, float], conf: float) -> Resolved:
    days = (hi - lo).days
    return span(lo + dt.timedelta(days=round(days * fractions[0])), lo + dt.timedelta(days=round(days * fractions[1])), conf)


# --- the rules -------------------------------------------------------------------------------

_LEADING = re.compile(r"^(?:(?:in|on|at|during|over|for|since|until|till|by|from|of|within|throughout|as of|the)\s+)+")
_NUMBER = r"\d+|[a-z]+(?:[- ][a-z]+)?"


def clean(text: str) -> str:
    """The lookup form of a span: lower case, plain quotes, single spaces, no leading preposition."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"\s+", " ", text).strip(" ,;:.()\"'")
    text = re.sub(r"'s$", "", text)
    return _LEADING.sub("", text).strip()


def _number(word: str, lex: TimeLexicon) -> tuple[int, int] | None:
    if word.isdigit():
        return int(word), int(word)
    if word in lex.numbers:
        return lex.numbers[word]
    parts = re.split(r"[- ]", word)  # "twenty-five", "twenty five"
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        return lex.numbers[parts[0]][0] + lex.numbers[parts[1]][0], lex.numbers[parts[0]][0] + lex.numbers[parts[1]][0]
    return None


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_PRECISION_OF_UNIT = {1: "day", 7: "week", 14: "range", 30: "month", 365: "year"}


def _relative(text: str, published: dt.date, lex: TimeLexicon) -> Resolved | None:
    if text not in lex.relative:
        return None
    rule, arg, conf = lex.relative[text]
    p = published
    if rule == "day":
        return day(p + dt.timedelta(days=int(arg)), conf)
    if rule == "days":
        lo, hi = _pair(arg)
        return span(p + dt.timedelta(days=int(lo)), p + dt.timedelta(days=int(hi)), conf)
    if rule == "week":
        return week(p + dt.timedelta(weeks=int(arg)), conf)
    if rule == "weekend":
        saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7) + dt.timedelta(weeks=int(arg))
        return span(saturday, saturday + dt.timedelta(days=1), conf)
    if rule == "month":
        m = _add_months(p.replace(day=1), int(arg))
        return month(m.year, m.month, conf)
    if rule == "year":
        return year(p.year + int(arg), conf)
    if rule == "month_to_date":
        return span(p.replace(day=1), p, conf)
    if rule == "month_rest":
        return span(p, _month_end(p.year, p.month), conf)
    if rule == "year_to_date":
        return span(dt.date(p.year, 1, 1), p, conf)
    if rule == "year_rest":
        return span(p, dt.date(p.year, 12, 31), conf)
    raise ModelError(f"seismo/data/relative_time.tsv: unknown rule {rule!r} for {text!r}; see the file header")


def _counted(text: str, published: dt.date, lex: TimeLexicon) -> Resolved | None:
    """'thirty years ago', 'two weeks earlier', 'the past three months', 'the next 10 days'."""
    m = re.fullmatch(rf"(?:about |some |around |nearly |almost |more than |over )?({_NUMBER}) ([a-z]+) (ago|earlier|before|later|after|from now|hence)", text)
    if m and m.group(2) in lex.units:
        n = _number(m.group(1), lex)
        if n is None:
            return None
        unit = lex.units[m.group(2)]
        sign = -1 if m.group(3) in ("ago", "earlier", "before") else 1
        conf = 0.8 if m.group(3) in ("ago", "from now", "hence") else 0.5
        lo, hi = _shift(published, sign * n[0], unit), _shift(published, sign * n[1], unit)
        if n[0] != n[1] or unit > 365:
            return span(min(lo, hi).replace(month=1, day=1) if unit >= 365 else lo, max(lo, hi), conf * 0.7)
        precision = _PRECISION_OF_UNIT.get(unit, "day")
        if precision == "year":
            return year(lo.year, conf)
        if precision == "month":
            return month(lo.year, lo.month, conf)
        return week(lo, conf) if precision == "week" else day(lo, conf)
    m = re.fullmatch(r"(decades|years|months|weeks|days) (ago|earlier|before)", text)
    if m:  # vague: "decades ago" = 20 to 60 years, "years ago" = 2 to 15 ...
        unit = lex.units[m.group(1)]
        return span(_shift(published, -6, unit) if unit > 365 else _shift(published, -15 if unit == 365 else -5, unit),
                    _shift(published, -2, unit), 0.3)
    m = re.fullmatch(rf"(past|last|previous|next|coming|following) ({_NUMBER}) ([a-z]+)", text)
    if m and m.group(3) in lex.units:
        n = _number(m.group(2), lex)
        if n is None:
            return None
        unit = lex.units[m.group(3)]
        sign = 1 if m.group(1) in ("next", "coming", "following") else -1
        return span(published, _shift(published, sign * n[1], unit), 0.7)
    return None


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value if 1000 <= value <= 2199 else None


def _latest_month(m: int, published: dt.date, *, nearest: bool, future: bool = False) -> int:
    """The year of month ``m``: the latest one started on or before publication, or (with
    ``nearest``) the coming one when it is less than half as far away; with ``future`` (the
    context speaks of what is to come) the next one from publication's month on."""
    past = published.year if m <= published.month else published.year - 1
    if future:
        return published.year if m >= published.month else published.year + 1
    if nearest and m > published.month:
        ahead = m - published.month
        if ahead * 2 < 12 - ahead:
            return published.year
    return past


def _nearest_day(m: int, d: int, published: dt.date, *, future: bool = False) -> dt.date | None:
    """Month ``m`` day ``d`` in the year that puts it nearest publication, a day ahead counting
    double (news looks back) unless ``future``, when the first one on or after publication wins."""
    best, best_cost = None, 0
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(y, m, d)
        except ValueError:
            continue
        days = (candidate - published).days
        if future:
            cost = days if days >= 0 else 10_000 - days
        else:
            cost = 2 * days if days > 0 else -days
        if best is None or cost < best_cost:
            best, best_cost = candidate, cost
    return best


def _calendar(text: str, original: str, published: dt.date | None, lex: TimeLexicon, future: bool = False) -> Resolved | None:
    """Absolute and calendar-named expressions: years, decades, quarters, seasons, months, days."""
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    parts = "|".join(sorted(lex.parts, key=len, reverse=True))
    text = re.sub(r"^(?:" + "|".join(lex.weekdays) + r")\.?,? (?=\S*\d|" + months + r")", "", text)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        try:
            return day(dt.date(int(m[1]), int(m[2]), int(m[3])), 0.95)
        except ValueError:
            return None
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?(\d{{4}})", text):
        y = _year_of(m[2])
        if y is None:
            return None
        return _part(dt.date(y, 1, 1), dt.date(y, 12, 31), lex.parts[m[1]], 0.8) if m[1] else year(y, 0.9)
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?(1[0-9]|20)(\d)0s", text):
        first = int(m[2] + m[3] + "0")
        lo, hi = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return _part(lo, hi, lex.parts[m[1]], 0.7) if m[1] else span(lo, hi, 0.8)
    if m := re.fullmatch(r"(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|q([1-4]))(?: of (?:(\d{4})|the year)|,? (\d{4}))?", text):
        q = int(m[2]) if m[2] else _QUARTERS[m[1]]
        y = _year_of(m[3] or m[4])
        if y is None:
            if published is None:
                return None
            y = published.year if 3 * q - 2 <= published.month else published.year - 1
        return span(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), 0.7)
    if m := re.fullmatch(r"(first|second) half(?: of (?:(\d{4})|the year))?", text):
        y = _year_of(m[2]) or (published.year if published else None)
        if y is None:
            return None
        return span(dt.date(y, 1, 1), dt.date(y, 6, 30), 0.7) if m[1] == "first" else span(dt.date(y, 7, 1), dt.date(y, 12, 31), 0.7)
    seasons = "|".join(lex.seasons)
    if m := re.fullmatch(rf"(?:(last|this|next|past) )?({seasons})(?: (?:of )?(\d{{4}}))?", text):
        first, last = lex.seasons[m[2]]
        y = _year_of(m[3])
        if y is None:
            if published is None:
                return None
            y = published.year if first <= published.month else published.year - 1
            y += {"last": -1 if first <= published.month else 0, "next": 1}.get(m[1] or "", 0)
        end_year = y + 1 if last < first else y
        return span(dt.date(y, first, 1), _month_end(end_year, last), 0.6)
    # month forms: "mid-January", "January 5", "5 January 2022", "Jan. 5, 2022", "January of 2021"
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?({months})\.?(?: (\d{{1,2}})(?:st|nd|rd|th)?)?(?:,? (?:of )?(\d{{4}}))?", text):
        return _month_day(lex.months[m[2]], int(m[3]) if m[3] else None, _year_of(m[4]), m[1], published, lex, future)
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({months})\.?(?:,? (\d{{4}}))?", text):
        return _month_day(lex.months[m[2]], int(m[1]), _year_of(m[3]), None, published, lex, future)
    # a month named by a capitalised word ("the Kazakh January", "the Belarusian August") is the
    # name of an episode: its year cannot be read from the publication date (the Belarusian
    # August of 2020 is not the August before a 2022 article), so the latest such month is only
    # a guess, given EPISODE_CONFIDENCE so that consumers can ignore it
    words = original.split()
    if (m := re.fullmatch(rf"([a-z][a-z'-]+) ({months})", text)) and len(words) >= 2 and words[-2][:1].isupper():
        if published is None or m[1] in lex.parts or m[1] in ("last", "this", "next", "past"):
            return None
        mo = lex.months[m[2]]
        return month(_latest_month(mo, published, nearest=False), mo, EPISODE_CONFIDENCE)
    if m := re.fullmatch(rf"(last|this|next|past) ({months})", text):
        if published is None:
            return None
        mo = lex.months[m[2]]
        y = _latest_month(mo, published, nearest=False)
        if m[1] == "this":
            y = published.year
        elif m[1] == "next":
            y = published.year if mo > published.month else published.year + 1
        elif m[1] in ("last", "past") and y == published.year and mo == published.month:
            y -= 1
        return month(y, mo, 0.8)
    return None


def _month_day(
    mo: int, d: int | None, y: int | None, part: str | None, published: dt.date | None, lex: TimeLexicon, future: bool
) -> Resolved | None:
    if d is not None and not 1 <= d <= 31:
        return None
    if y is None:
        if published is None:
            return None
        if d is not None:
            found = _nearest_day(mo, d, published, future=future)
            return None if found is None else day(found, 0.85)
        y = _latest_month(mo, published, nearest=True, future=future)
    if d is not None:
        try:
            return day(dt.date(y, mo, d), 0.95)
        except ValueError:
            return None
    if part:
        return _part(dt.date(y, mo, 1), _month_end(y, mo), lex.parts[part], 0.75)
    return month(y, mo, 0.9 if y else 0.8)


_DAYPART = r"(?: (?:morning|afternoon|evening|night|midday|noon))?"


def _weekday(text: str, published: dt.date, lex: TimeLexicon, future: bool = False) -> Resolved | None:
    names = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    m = re.fullmatch(rf"(?:(last|this|next|this coming|this past|past|coming) )?({names})\.?{_DAYPART}", text)
    if m is None:
        return None
    wd = lex.weekdays[m[2]]
    back = (published.weekday() - wd) % 7
    which = m[1] or ""
    if which in ("next", "coming", "this coming") or future and not which:
        ahead = (wd - published.weekday()) % 7 or (0 if future and not which else 7)
        return day(published + dt.timedelta(days=ahead), 0.75)
    if which in ("last", "past", "this past"):
        back = back or 7
    return day(published - dt.timedelta(days=back), 0.85 if not which else 0.8)


@lru_cache(maxsize=1)
def _duration_pattern() -> re.Pattern[str]:
    lex = lexicon()
    numbers = "|".join(sorted((re.escape(n) for n in lex.numbers), key=len, reverse=True))
    number = rf"(?:\d[\d,.]*|(?:{numbers})(?:[- ](?:{numbers}))?|many|a few|a couple of)"
    return re.compile(
        r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|at least"
        r"|at most|up to|only|just|another|the|an extra|a full|full|for|of) )*"
        rf"(?:{number} )?(?:more |long |full |straight )?"
        r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|time)"
        r"(?: (?:long|old|later|running|straight|in a row|of [a-z ]+))?"
    )


_CLOCK = re.compile(
    r"(?:(?:about|around|at|until|by|shortly after|shortly before|after|before|just after|just before) )?"
    r"(?:\d{1,2}(?::\d{2})?(?: ?[ap]\.?m\.?)(?: (?:[a-z]{1,2}[sd]t|gmt|utc|local time))?|\d{1,2}:\d{2}(?: (?:gmt|utc))?"
    r"|\d{1,2}(?::\d{2})? (?:o'clock|in the (?:morning|afternoon|evening))|noon|midday|midnight)"
)
_TIME_ONLY = re.compile(r"(?:early |late )?(?:dawn|dusk|daybreak|nightfall)")


def is_duration(text: str) -> bool:
    """True for a span that says how long, not when: 'about a month', 'decades', 'many years'."""
    key = text.replace("\u2019", "'").lower().strip(" ,;:.")
    return bool(_duration_pattern().fullmatch(re.sub(r"\s+", " ", key)))


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


def _dateparser(text: str, published: dt.date | None) -> Resolved | None:
    if not _dateparser_ok().search(text) or re.fullmatch(r"[\d,.]+", text):
        return None
    if published is None:  # relative expressions cannot be anchored; absolute ones need a year
        if not re.search(r"\b\d{4}\b", text):
            return None
        published = dt.date(2000, 1, 1)
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError, TypeError):  # dateparser raises these on odd input
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return year(d.year, 0.6)
    if data.period == "month":
        return month(d.year, d.month, 0.6)
    if data.period == "week":
        return week(d, 0.6)
    return day(d, 0.6)


@lru_cache(maxsize=8192)
def resolve(text: str, *, published: dt.date | None, future: bool = False) -> Resolved | None:
    """Normalise one time expression (cached per text, date and lean); ``None`` when it is not a
    point or stretch in time, or cannot be anchored.  ``future``: the context speaks of what is
    to come ("will meet on Tuesday"), so unanchored weekdays and dates look ahead."""
    lex = lexicon()
    key = clean(text)
    clock = _CLOCK.search(key)
    if clock:  # "10:35 a.m. Tuesday": the time of day only narrows the day
        key = clean(f"{key[: clock.start()]} {key[clock.end():]}".replace(" on ", " "))
        if not key or key in ("on", "of"):
            return None if published is None else day(published, 0.5)
    if not key:
        return None
    found = _calendar(key, text, published, lex, future)
    if found is None and published is not None:
        found = _relative(key, published, lex) or _counted(key, published, lex) or _weekday(key, published, lex, future)
        if found is None and _TIME_ONLY.fullmatch(key):
            found = day(published, 0.4)
    if found is None and not is_duration(text):
        found = _dateparser(key, published)
    return found


def normalise(text: str, *, published: dt.date | None, start: int = 0, future: bool = False) -> When | None:
    """A :class:`When` for ``text`` (placed at ``start``), or ``None`` when it is a duration, not a
    time expression, or relative without a publication date to anchor it.  ``future`` leans
    weekdays and year-less dates ahead of publication (see :func:`resolve`)."""
    found = resolve(text, published=published, future=future)
    if found is None:
        return None
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
    )


def value_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a value denotes, for seismo's formats and TimeML's (``1989-Q3``,
    ``1998-W32``, ``1990-SU``); ``None`` for values that are not calendar stretches."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:T.*)?(?:/(\d{4}-\d{2}-\d{2}))?", value)
    if m:
        lo = dt.date.fromisoformat(m[1])
        return lo, dt.date.fromisoformat(m[2]) if m[2] else lo
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return dt.date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        q = int(m[2])
        return dt.date(int(m[1]), 3 * q - 2, 1), _month_end(int(m[1]), 3 * q)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        y = int(m[1])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if m[2] == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    return None
