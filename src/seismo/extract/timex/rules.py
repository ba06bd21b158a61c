"""The rules that read a time expression's text: relative phrases, counted stretches ("three
weeks ago"), calendar names (years, decades, quarters, seasons, months, days) and weekdays."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from seismo.errors import ModelError
from seismo.extract.timex.values import (
    EPISODE_CONFIDENCE,
    Resolved,
    add_months,
    day,
    easter,
    latest_quarter,
    month,
    month_end,
    part,
    quarter,
    shift,
    span,
    timeml_template,
    week,
    with_daypart,
    year,
)
from seismo.extract.timex.words import EASTER, TimeLexicon, pair
from seismo.extract.timex.years import kind_of_year, years_from_to


# --- the rules -------------------------------------------------------------------------------

_LEADING = re.compile(r"^(?:(?:in|on|at(?!\s+(?:least|most)\b)|during|over|for|since|until|till|by|from|of|within|throughout|as of|the)\s+)+")
_NUMBER = r"\d+|(?:a )?couple of|[a-z]+(?:[- ][a-z]+)?"


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
    parts = re.split(r"[- ]", word)  # "twenty-five", "twenty five"; not "nine a" ("a rise from nine a year ago")
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        (tens, tens_hi), (ones, ones_hi) = lex.numbers[parts[0]], lex.numbers[parts[1]]
        exact = tens == tens_hi and ones == ones_hi and parts[1] not in ("a", "an")
        if exact and 20 <= tens <= 90 and tens % 10 == 0 and 0 < ones < 10:
            return tens + ones, tens + ones
    return None


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: the fourth quarter named as the last of its year ("the final quarter of 2021"; alone it may be a match's)
_FINAL = "final"
_PRECISION_OF_UNIT = {1: "day", 7: "week", 14: "range", 30: "month", 365: "year"}


#: TimeML's value of each relative rule's result where the rule's own value is not it
_RULE_TIMEML = {"month_to_date": "{month}", "month_rest": "{month}", "year_to_date": "{year}", "year_rest": "{year}",
                "weekend": "{week}-WE"}


def relative(text: str, published: dt.date, lex: TimeLexicon, *, future: bool = False, past: bool = False) -> Resolved | None:
    """A phrase of ``relative_time.tsv``, read the way its clause leans (TimeML anchors a relative
    expression on the time the clause speaks of): on a weekday, a bare "the weekend" is the coming
    one when the clause looks ahead ("will meet at the weekend"), "this weekend" the one gone by when it
    tells what happened ("marched this weekend"); the end of the month or year ("year-end") is the
    one gone by when the clause tells what happened ("since year-end")."""
    if text not in lex.relative:
        return None
    rule, arg, conf, template = lex.relative[text]
    if rule == "weekend" and published.weekday() < 5:
        arg = "0" if arg == "latest" and future else "-1" if arg == "0" and past else arg
    if rule in ("month_rest", "year_rest") and past and not re.search(r"\b(?:this|later)\b", text):
        # the end of the month / year before publication's ("since year-end"; not "later this year")
        published = published.replace(day=1) - dt.timedelta(days=1) if rule == "month_rest" else dt.date(published.year - 1, 12, 31)
    found = _relative_rule(rule, arg, conf, published, text)
    template = template or _RULE_TIMEML.get(rule, "")
    return found._replace(timeml=timeml_template(template, found.earliest)) if template else found


def _relative_rule(rule: str, arg: str, conf: float, published: dt.date, text: str) -> Resolved:
    p = published
    if rule == "day":
        return day(p + dt.timedelta(days=int(arg)), conf)
    if rule == "days":
        lo, hi = pair(arg)
        return span(p + dt.timedelta(days=int(lo)), p + dt.timedelta(days=int(hi)), conf)
    if rule == "week":
        return week(p + dt.timedelta(weeks=int(arg)), conf)
    if rule == "weekend":  # the latest Saturday on or before publication, or that of the calendar week N from its
        if arg == "latest":
            saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        else:
            saturday = p + dt.timedelta(days=5 - p.weekday(), weeks=int(arg))
        return span(saturday, saturday + dt.timedelta(days=1), conf)
    if rule == "month":
        m = add_months(p.replace(day=1), int(arg))
        return month(m.year, m.month, conf)
    if rule in ("year", "year_back"):
        return year(p.year + int(arg), conf)
    if rule == "month_to_date":
        return span(p.replace(day=1), p, conf)
    if rule == "month_rest":
        return span(p, month_end(p.year, p.month), conf)
    if rule == "year_to_date":
        return span(dt.date(p.year, 1, 1), p, conf)
    if rule == "year_rest":
        return span(p, dt.date(p.year, 12, 31), conf)
    raise ModelError(f"seismo/data/relative_time.tsv: unknown rule {rule!r} for {text!r}; see the file header")


def counted(text: str, published: dt.date, lex: TimeLexicon) -> Resolved | None:
    """'thirty years ago', 'two months earlier', 'the past three months', 'the next 10 days'; not 'three
    days later' nor 'a day earlier', which count from a time in the story, not from publication (a
    duration, see :func:`~seismo.extract.timex.other.classify`)."""
    # a modifier of time_words.tsv may lead ("about", "roughly", "more than"): TimeML keeps it in the span, not the value
    modifiers = "|".join(sorted(map(re.escape, lex.modifiers), key=len, reverse=True))
    m = re.fullmatch(rf"(?:(?:{modifiers}) )?({_NUMBER}) ([a-z]+)(?: or so)? (ago|earlier|before|after|from now|hence)", text)
    if m and m.group(2) in lex.units:
        n = _number(m.group(1), lex)
        if n is None:
            return None
        unit = lex.units[m.group(2)]
        if m.group(3) == "earlier" and unit < 30:
            return None  # "a day earlier", "two weeks earlier": counted from the story, like "later" (a duration)
        sign = -1 if m.group(3) in ("ago", "earlier", "before") else 1
        conf = 0.8 if m.group(3) in ("ago", "from now", "hence") else 0.5
        lo, hi = shift(published, sign * n[0], unit), shift(published, sign * n[1], unit)
        if n[0] == n[1] and unit > 365:  # "a decade ago", "two centuries ago": that year, as "ten years ago" is
            return year(lo.year, conf * 0.8)
        if n[0] != n[1]:
            vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return span(min(lo, hi).replace(month=1, day=1) if unit >= 365 else min(lo, hi), max(lo, hi), conf * 0.7, vague)
        precision = _PRECISION_OF_UNIT.get(unit, "day")
        if precision == "year":
            return year(lo.year, conf)
        if precision == "month":
            return month(lo.year, lo.month, conf)
        if m.group(2).rstrip("s") in lex.dayparts:  # "two nights ago": that day's night (TNI)
            return with_daypart(day(lo, conf), lex.dayparts[m.group(2).rstrip("s")])
        return week(lo, conf) if precision == "week" else day(lo, conf)
    m = re.fullmatch(r"(decades|years|months|weeks|days) (ago|earlier|before)", text)
    if m:  # vague: "decades ago" = 20 to 60 years, "years ago" = 2 to 15 ...
        unit = lex.units[m.group(1)]
        return span(shift(published, -6, unit) if unit > 365 else shift(published, -15 if unit == 365 else -5, unit),
                    shift(published, -2, unit), 0.3, "PAST_REF")
    m = re.fullmatch(rf"(past|last|previous|next|coming|following) (?:({_NUMBER}) )?([a-z]+)", text)
    # no number: "the past decade", "the next decade", "the past century", "the last decade" (not "the last century":
    # the one before this)
    if m and m.group(3) in lex.units and (m.group(2) or m.group(1) in ("past", "next", "coming") and lex.units[m.group(3)] > 3000
                                          or m.group(1) == "last" and 3000 < lex.units[m.group(3)] < 36000):
        n = _number(m.group(2), lex) if m.group(2) else (1, 1)
        if n is None:
            return None
        unit = lex.units[m.group(3)]
        sign = 1 if m.group(1) in ("next", "coming", "following") else -1
        if sign > 0 and not m.group(2) and unit > 36000:  # "the next century": the one after publication's ("20" in 1998)
            first = (published.year // 100 + 1) * 100
            return span(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), 0.6, f"{first // 100:02d}")
        found = span(published, shift(published, sign * n[1], unit), 0.7)
        if not m.group(2):  # "the past decade", "the next decade": TimeML writes its length in years (P10Y; a century P100Y)
            found = found._replace(timeml=f"P{round(unit / 365.25)}Y")
        return found
    return None


class Offset(NamedTuple):
    """A time counted from another named after it ("two weeks after X"): the signed ``amount`` of
    units of ``unit`` days, the words naming X (``anchor``), and ``whole``: True for a unit named
    without a number ("the week before X": that calendar week, not the day seven days before X, as "a
    week before X" is)."""

    amount: int
    unit: int
    anchor: str
    whole: bool


def offset(text: str, lex: TimeLexicon) -> Offset | None:
    """A stretch counted from a time named after it: "the day before X", "two weeks after X", "a
    year before X", "the week before X"; None when ``text`` is none."""
    m = re.fullmatch(rf"(?:(the )?(day|week|month|year)|({_NUMBER}) ([a-z]+)) (before|after) (.+)", text)
    if m is None:
        return None
    unit = m[2] or m[4]
    n = (1, 1) if m[2] else _number(m[3], lex)
    if n is None or n[0] != n[1] or unit not in lex.units:
        return None
    return Offset(n[0] if m[5] == "after" else -n[0], lex.units[unit], m[6], bool(m[2]) and unit != "day")


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value if 1000 <= value <= 2199 else None


def _two_digit_year(yy: int, published: dt.date | None) -> int | None:
    """A year written in two figures ("FY21"): the one of that ending nearest publication (or
    within 2000-2099 with no publication date)."""
    if published is None:
        return 2000 + yy
    century = published.year // 100 * 100
    return min((century - 100 + yy, century + yy, century + 100 + yy), key=lambda y: abs(y - published.year))


def _latest_month(m: int, published: dt.date, *, nearest: bool, future: bool = False) -> int:
    """The year of month ``m``: the latest one started on or before publication, or (with
    ``nearest``) the coming one when it is less than half as far away; with ``future`` (the
    context speaks of what is to come) the next one from publication's month on."""
    past = published.year if m <= published.month else published.year - 1
    if future:
        return published.year if m >= published.month else published.year + 1
    ahead = (m - published.month) % 12  # months to the coming one, across the new year too
    if nearest and ahead and ahead * 2 < 12 - ahead:
        return published.year if m > published.month else published.year + 1
    return past


def _nearest_day(m: int, d: int, published: dt.date, *, future: bool = False, past: bool = False) -> dt.date | None:
    """Month ``m`` day ``d`` in the year that puts it nearest publication, a day ahead counting
    double (news looks back) unless ``future``, when the first one on or after publication wins,
    or ``past``, when the last one on or before it does."""
    return _nearest(_dates((y, m, d) for y in (published.year - 1, published.year, published.year + 1)),
                    published, future=future, past=past)


def day_of_month(text: str, published: dt.date, *, future: bool = False, past: bool = False) -> Resolved | None:
    """A day of the month named alone ("the 25th", "on the 3rd"): that day of publication's month, or of
    the month before or after, whichever is nearest publication, a day ahead counting double (news looks
    back) unless ``future`` (the first one on or after publication) or ``past`` (the last on or before)."""
    m = re.fullmatch(r"(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)", text)
    if m is None:
        return None
    months = (divmod(published.year * 12 + published.month - 1 + step, 12) for step in (-1, 0, 1))
    best = _nearest(_dates((y, mo + 1, int(m[1])) for y, mo in months), published, future=future, past=past)
    return None if best is None else day(best, 0.6)


def _dates(triples: Iterable[tuple[int, int, int]]) -> list[dt.date]:
    """The real calendar days among ``(year, month, day)`` triples ("30 February" is none)."""
    out = []
    for y, m, d in triples:
        try:
            out.append(dt.date(y, m, d))
        except ValueError:
            continue
    return out


def _nearest(candidates: Sequence[dt.date], published: dt.date, *, future: bool, past: bool) -> dt.date | None:
    """The candidate nearest publication, a day ahead counting double (news looks back) unless
    ``future`` (the first on or after publication wins) or ``past`` (the last on or before it)."""
    best, best_cost = None, 0
    for candidate in candidates:
        days = (candidate - published).days
        if future:
            cost = days if days >= 0 else 10_000 - days
        elif past:
            cost = -days if days <= 0 else 10_000 + days
        else:
            cost = 2 * days if days > 0 else -days
        if best is None or cost < best_cost:
            best, best_cost = candidate, cost
    return best


def _holiday_in(y: int, rule: tuple[int, int, int | None]) -> dt.date:
    m, d, wd = rule
    if m == EASTER:  # "Good Friday": two days before Easter Sunday
        return easter(y) + dt.timedelta(days=d)
    first = dt.date(y, m, d)
    return first if wd is None else first + dt.timedelta(days=(wd - first.weekday()) % 7)


def holiday(text: str, published: dt.date | None, lex: TimeLexicon, future: bool = False, past: bool = False) -> Resolved | None:
    """A named day ("Christmas", "last Thanksgiving", "Election Day 1998"): the one of the year
    named, else the nearest to publication (a day ahead counting double; with ``future`` the
    first on or after it, with ``past`` the last on or before it), "last" / "next" the one
    before / after it; "the Labor Day weekend" is the weekend nearest that day (TimeML's ``2021-W35-WE``)."""
    names = "|".join(re.escape(n) for n in sorted(lex.holidays, key=len, reverse=True))
    m = re.fullmatch(rf"(?:(last|this|next) )?({names})(?:,? (\d{{4}}))?( weekend)?", text)
    if m is None:
        return None
    if m[4]:  # "the Labor Day weekend": the weekend nearest that day (a Monday's the one before, a Thursday's after)
        named = holiday(text[: m.start(4)], published, lex, future, past)
        if named is None:
            return None
        d = named.earliest
        saturday = d + dt.timedelta(days=5 - d.weekday()) if d.weekday() >= 3 else d - dt.timedelta(days=d.weekday() + 2)
        return span(saturday, saturday + dt.timedelta(days=1), named.confidence, week(saturday, 0.5).timeml + "-WE")
    rule = lex.holidays[m[2]]
    if (y := _year_of(m[3])) is not None:
        return day(_holiday_in(y, rule), 0.9)
    if published is None:
        return None
    days = [_holiday_in(y, rule) for y in (published.year - 1, published.year, published.year + 1)]
    if m[1] == "last":
        return day(max(d for d in days if d < published), 0.85)
    if m[1] == "next":
        return day(min(d for d in days if d > published), 0.85)
    if future or past:
        return day(min(d for d in days if d >= published) if future else max(d for d in days if d <= published), 0.8)
    return day(min(days, key=lambda d: 2 * (d - published).days if d > published else (published - d).days), 0.8)


def spelled_year(text: str, lex: TimeLexicon) -> int | None:
    """A year in words, as spoken: "nineteen ninety-one", "the year two thousand"."""
    if m := re.fullmatch(r"(?:year )?two thousand(?: and ([a-z]+))?", text):
        extra = lex.numbers.get(m[1] or "", (0, 0))[0] if m[1] else 0
        return 2000 + extra if extra < 10 else None
    m = re.fullmatch(r"(?:year )?([a-z]+) ([a-z]+)(?:[- ]([a-z]+))?", text)
    if m is None or m[1] not in ("eighteen", "nineteen", "twenty"):
        return None
    tens, ones = lex.numbers.get(m[2]), lex.numbers.get(m[3] or "", (0, 0))
    if tens is None or ones is None or not 10 <= tens[0] <= 90 or (m[3] and (tens[0] % 10 or not 0 < ones[0] < 10)):
        return None
    return lex.numbers[m[1]][0] * 100 + tens[0] + ones[0]


def _spoken_day(text: str, months: str, lex: TimeLexicon) -> str:
    """A day of a month spoken in words written in digits: "march eighth" -> "march 8", "the
    twenty-first of may" -> "21 of may"; a century too ("the nineteenth century" -> "19th century");
    a year in words too: "winter of nineteen eighty-six"."""
    ordinals = "|".join(sorted(lex.ordinals, key=len, reverse=True))
    spoken = rf"(?:(?P<tens>twenty|thirty)[- ])?(?P<ord>{ordinals})"

    def number(m: re.Match[str]) -> str:
        n = lex.ordinals[m["ord"]] + (lex.numbers[m["tens"]][0] if m["tens"] else 0)
        return m[0] if n > 31 else f"{m['before'] or ''}{n}"

    def century(m: re.Match[str]) -> str:  # "the nineteenth century" -> "19th century"
        n = lex.ordinals[m["ord"]] + (lex.numbers[m["tens"]][0] if m["tens"] else 0)
        return f"{m['before'] or ''}{n}th"

    text = re.sub(rf"(?P<before>\b(?:{months})\.? ){spoken}\b", number, text)
    text = re.sub(rf"^(?P<before>)(?:the )?{spoken}(?= of (?:{months})\b)", number, text)
    text = re.sub(rf"^(?P<before>(?:(?:early|late|mid)[- ](?:the )?)?){spoken}(?= century$)", century, text)
    words = text.split()
    for k in range(1 if spelled_year(text, lex) is None else len(words), len(words) - 1):
        if (y := spelled_year(" ".join(words[k:]), lex)) is not None:
            return " ".join(words[:k]) + f" {y}"
    return text


def calendar_names(
    text: str, original: str, published: dt.date | None, lex: TimeLexicon, future: bool = False, past: bool = False
) -> Resolved | None:
    """Absolute and calendar-named expressions: years, decades, quarters, seasons, months, days;
    ``future`` / ``past``: the clause speaks of what is to come / what happened (a year-less month
    or day then looks ahead of / back from publication)."""
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    parts = "|".join(sorted(lex.parts, key=len, reverse=True))
    text = _spoken_day(text, months, lex)
    # a year cut to two figures after a month or season: "the spring of '98", "March '21"
    text = re.sub(r"(?<=[a-z.] )'(\d\d)$", lambda m: str(_two_digit_year(int(m[1]), published)), text)
    weekdays = "|".join(lex.weekdays)
    named_day = re.match(rf"(?:(?:this coming|this|next|last|coming) )?({weekdays})\.?,? (?=\S*\d|{months})", text)
    if named_day:  # "Monday, Oct. 26": the weekday picks the year when none is written
        text = text[named_day.end():]
        found = calendar_names(text, original, published, lex, future, past)
        wd = lex.weekdays[named_day[1]]
        written_year = re.search(r"\d{4}", text)
        if found is not None and found.precision == "day" and found.earliest.weekday() != wd and not written_year:
            for y in (found.earliest.year - 1, found.earliest.year + 1):
                try:
                    other = found.earliest.replace(year=y)
                except ValueError:
                    continue
                if other.weekday() == wd:
                    return day(other, found.confidence)
        return found
    if re.fullmatch(r"(?:full |fiscal |financial )?year", text) and original.lower().startswith("the") and published is not None:
        # "for the year", "the full year": the current one
        return year(published.year, 0.5)
    if text in ("week", "month") and original.lower().startswith("the") and published is not None:
        # "for the week", "the month's losses": the current one, as "for the year"
        return week(published, 0.5) if text == "week" else month(published.year, published.month, 0.5)
    if (named := holiday(text, published, lex, future, past)) is not None:
        return named
    if (y := spelled_year(text, lex)) is not None:
        return year(y, 0.8)
    if re.fullmatch(r"\s*['\u2019]\d\d\s*", original) and published is not None:  # "in '96": a year cut to two figures
        return year(_two_digit_year(int(text), published), 0.7)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        try:
            return day(dt.date(int(m[1]), int(m[2]), int(m[3])), 0.95)
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})[-/\u2013](\d{2}|\d{4})", text):  # "1992-93", "1914-18", "2015-2018": years from one to the other
        first = _year_of(m[1])
        return None if first is None else years_from_to(first, m[2])
    if (kind := kind_of_year(text)) is not None:  # "fiscal 2023", "the 2023-24 school year"
        return kind
    if m := re.fullmatch(r"fy ?(\d{4}|\d{2})", text):  # "FY2021", "FY21": the fiscal year, written as TimeML writes a year
        y = _year_of(m[1]) if len(m[1]) == 4 else _two_digit_year(int(m[1]), published)
        return None if y is None else year(y, 0.8)
    if re.fullmatch(r"(?:this|current) decade", text) and published is not None:  # "this decade": publication's ("202")
        first = published.year // 10 * 10
        return span(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), 0.6, str(first // 10))
    # a year, perhaps after "early", "the year", "pre-" or "post-" ("the post-1959 exodus": 1959)
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?|year |(?:pre|post)-)?(\d{{4}})", text):
        y = _year_of(m[2])
        if y is None:
            return None
        return part(dt.date(y, 1, 1), dt.date(y, 12, 31), lex.parts[m[1]], 0.8, f"{y:04d}") if m[1] else year(y, 0.9)
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?(1[0-9]|20)(\d)0s", text):
        first = int(m[2] + m[3] + "0")
        if m[3] == "0" and m[2] != "20":  # "the 1800s", "the late 1900s": English names a century so (TimeML "18")
            lo, hi = dt.date(first, 1, 1), dt.date(first + 99, 12, 31)
            code = f"{first // 100:02d}"
            return part(lo, hi, lex.parts[m[1]], 0.6, code) if m[1] else span(lo, hi, 0.7, code)
        lo, hi = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        # TimeML writes a decade as its first three digits ("198"), TimeBank a bare one as "198X"
        return part(lo, hi, lex.parts[m[1]], 0.7, str(first // 10)) if m[1] else span(lo, hi, 0.8, f"{first // 10}X")
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?(?:'(\d)0s|([a-z]+)ies)", text):  # "the nineties", "the '80s"
        tens = int(m[2]) * 10 if m[2] else next((v for w, (v, hi) in lex.numbers.items() if w == f"{m[3]}y" and v == hi), 0)
        if not 10 <= tens <= 90 or tens % 10 or published is None and not m[2]:
            return None
        # the one nearest publication: "the '90s" is the coming 1990s in 1989, "the '20s" the 1920s in 1998
        century = (published.year // 100) * 100 if published else 1900
        first = century + tens if published is None or century + tens <= published.year + 10 else century - 100 + tens
        lo, hi = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return part(lo, hi, lex.parts[m[1]], 0.6, str(first // 10)) if m[1] else span(lo, hi, 0.7, str(first // 10))
    if m := re.fullmatch(r"(?:(early|late|mid)[- ](?:the )?)?(\d{1,2})(?:st|nd|rd|th) century", text):
        # TimeML writes a century as its years' first two digits: the 20th century is "19"
        first = (int(m[2]) - 1) * 100
        if not 0 < first < 2200:
            return None
        lo, hi = dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31)
        code = f"{first // 100:02d}"
        return part(lo, hi, lex.parts[m[1]], 0.7, code) if m[1] else span(lo, hi, 0.8, code)
    quarters = "|".join((*_QUARTERS, _FINAL))
    if m := re.fullmatch(rf"(?:(this|last|next) year's |(\d{{4}})(?:'s)? )?(?:fiscal )?(?:({quarters})[- ](?:fiscal )?quarter|q([1-4]))"
                         rf"(?: of (?:(?:fiscal )?(\d{{4}})|the year|(this|last|next) year)|,? (\d{{4}}))?", text):
        if m[3] == _FINAL and not (m[5] or m[6] or m[7] or m[2] or m[1] or text.endswith("of the year")):
            return None  # "the final quarter" alone may be a match's; "the final quarter of 2021" is the year's
        q = int(m[4]) if m[4] else _QUARTERS.get(m[3], 4)
        y = _year_of(m[2] or m[5] or m[7])
        which = m[1] or m[6]
        if y is None:
            if published is None:
                return None
            y = published.year if 3 * q - 2 <= published.month else published.year - 1
            if which:
                y = published.year + {"this": 0, "last": -1, "next": 1}[which]
            elif future and published.year * 4 + (published.month - 1) // 3 - (y * 4 + q - 1) > 1:
                # "will recover in the fourth quarter", in June: the coming one, not one over half a year ago;
                # the current and the one just ended stay ("will publish its first-quarter figures" in May)
                y += 1
        return quarter(y, q, 0.7)
    if m := re.fullmatch(r"(\d{4}) (?:period|quarter)", text):  # "the 1988 period": that year's quarter (the dates step reads which)
        y = _year_of(m[1])
        return None if y is None else year(y, 0.4)
    if m := re.fullmatch(r"(?:(latest|last|most recent|past|recent|current|this|next) )?(?:fiscal )?quarter|(?:latest|most recent) period", text):
        if published is None:
            return None
        # the quarter publication falls in ("the current quarter"; "this quarter" when the clause looks
        # ahead, else it is the one a report of results is about), or the one after it ("next quarter")
        if m[1] in ("current", "next") or m[1] == "this" and future:
            y, q = divmod(published.year * 4 + (published.month - 1) // 3 + (m[1] == "next"), 4)
            return quarter(y, q + 1, 0.5)
        y, q = latest_quarter(published)
        return quarter(y, q, 0.5)
    if (m := re.fullmatch(r"(?:the )?(first|second|last|latter) half of (?:the )?(\S+0s)", text)) and (
        decade := calendar_names(m[2], m[2], published, lex)
    ) is not None and decade.timeml and re.fullmatch(r"\d{3}X?", decade.timeml):
        # "the latter half of the '70s": TimeML writes the decade ("198"), as for "the late 1980s"; the half is a modifier
        return part(decade.earliest, decade.latest, (0.0, 0.5) if m[1] == "first" else (0.5, 1.0), 0.6, decade.timeml[:3])
    if (m := re.fullmatch(r"(?:the )?(first|second|last|latter) (?:half|two quarters)(?: of (?:(\d{4})|the year|(this|last|next) year))?", text)
            ) and not (m[1] == "last" and text.endswith("quarters")):  # "the last two quarters": the past six months
        shift_years = {"last": -1, "next": 1}.get(m[3] or "", 0)  # "the first half of next year"
        y = _year_of(m[2]) or (published.year + shift_years if published else None)
        if y is None:
            return None
        if m[1] == "first":
            return span(dt.date(y, 1, 1), dt.date(y, 6, 30), 0.7, f"{y:04d}-H1")
        return span(dt.date(y, 7, 1), dt.date(y, 12, 31), 0.7, f"{y:04d}-H2")
    seasons = "|".join(lex.seasons)
    if m := re.fullmatch(rf"(?:(?:{parts})[- ])?(?:(last|this|next|past|this past|this coming) )?({seasons})(?: (?:of )?(\d{{4}}))?", text):
        first, last = lex.seasons[m[2]]
        y = _year_of(m[3])
        if y is None:
            if published is None:
                return None
            y = published.year if first <= published.month else published.year - 1
            y += {"last": -1 if first <= published.month else 0, "next": 1, "this coming": 1}.get(m[1] or "", 0)
            if m[1] == "this":
                y = published.year
            if future and not m[1] and month_end(y + (last < first), last) < published:
                y += 1  # "will vote in the fall", in March: the coming one, not the one gone by
        end_year = y + 1 if last < first else y
        code = lex.season_codes.get(m[2])
        return span(dt.date(y, first, 1), month_end(end_year, last), 0.6, f"{y:04d}-{code}" if code else None)
    # month forms: "mid-January", "January 5", "5 January 2022", "Jan. 5, 2022", "January of 2021"
    if m := re.fullmatch(rf"(?:({parts})[- ](?:the )?)?({months})\.?(?: (\d{{1,2}})(?:st|nd|rd|th)?)?(?:,? (?:of )?(\d{{4}}))?", text):
        return _month_day(lex.months[m[2]], int(m[3]) if m[3] else None, _year_of(m[4]), m[1], published, lex, future, past)
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({months})\.?(?:,? (\d{{4}}))?", text):
        return _month_day(lex.months[m[2]], int(m[1]), _year_of(m[3]), None, published, lex, future, past)
    # a month named by a capitalised word ("the Kazakh January", "the Belarusian August") is the
    # name of an episode: its year cannot be read from the publication date (the Belarusian
    # August of 2020 is not the August before a 2022 article), so the latest such month is only
    # a guess, given EPISODE_CONFIDENCE so that consumers can ignore it
    words = original.split()
    m = re.fullmatch(rf"([a-z][a-z'-]+) ({months})", text)
    if m and len(words) >= 2 and words[-2][:1].isupper() and m[1] not in ("last", "this", "next", "past"):  # "Last April" below
        if published is None or m[1] in lex.parts:
            return None
        mo = lex.months[m[2]]
        return month(_latest_month(mo, published, nearest=False), mo, EPISODE_CONFIDENCE)
    if m := re.fullmatch(rf"({months})\.? (?:of )?(last|this|next) year", text):  # "June last year"
        if published is None:
            return None
        return month(published.year + {"last": -1, "this": 0, "next": 1}[m[2]], lex.months[m[1]], 0.85)
    if m := re.fullmatch(r"week of (.+)", text):  # "the week of March 6"
        inner = calendar_names(m[1], original, published, lex, future, past)
        return week(inner.earliest, inner.confidence) if inner is not None and inner.precision == "day" else None
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
    mo: int, d: int | None, y: int | None, part_word: str | None, published: dt.date | None, lex: TimeLexicon, future: bool,
    past: bool = False,
) -> Resolved | None:
    if d is not None and not 1 <= d <= 31:
        return None
    if y is None:
        if published is None:
            return None
        if d is not None:
            found = _nearest_day(mo, d, published, future=future, past=past)
            return None if found is None else day(found, 0.85)
        y = _latest_month(mo, published, nearest=not past, future=future)
    if d is not None:
        try:
            return day(dt.date(y, mo, d), 0.95)
        except ValueError:
            return None
    if part_word:
        return part(dt.date(y, mo, 1), month_end(y, mo), lex.parts[part_word], 0.75, f"{y:04d}-{mo:02d}")
    return month(y, mo, 0.9 if y else 0.8)


def weekday(text: str, published: dt.date, lex: TimeLexicon, future: bool = False, past: bool = False) -> Resolved | None:
    """A weekday: alone, the latest on or before publication (the next one on or after it when
    ``future``); "last" / "previous" the one before publication, "next" / "coming" the one after;
    "this" the coming one (on or after publication) unless the clause tells what happened
    (``past``: "spoke this Monday")."""
    names = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    dayparts = "|".join(sorted(lex.dayparts, key=len, reverse=True))
    m = re.fullmatch(rf"(?:(last|this|next|this coming|this past|past|coming|the previous|previous|the following|following) )?"
                     rf"({names})\.?(?: ({dayparts}))?", text)
    if m is None:
        return None
    wd = lex.weekdays[m[2]]
    code = lex.dayparts.get(m[3] or "")
    back = (published.weekday() - wd) % 7
    which = (m[1] or "").removeprefix("the ")
    if which in ("next", "coming", "this coming", "following") or (future or which == "this" and not past) and which in ("", "this"):
        ahead = (wd - published.weekday()) % 7 or (0 if which in ("", "this") else 7)
        return with_daypart(day(published + dt.timedelta(days=ahead), 0.75), code)
    if which in ("last", "past", "this past", "previous"):
        back = back or 7
    return with_daypart(day(published - dt.timedelta(days=back), 0.85 if not which else 0.8), code)


