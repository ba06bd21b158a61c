"""Time expressions read by the others around them, once each has been found and resolved alone.

* :func:`in_quarter_context`: "a year earlier" next to a quarter is that quarter a year before;
  a bare "the quarter" is the quarter just named; "a year earlier", "two years before", "three months
  earlier" just after a day, month or year are that time so far back ("sold in 2015; two years earlier": 2013);
* :func:`counted_on`: "two days later", "a year later" are the time named just before moved on so far;
* :func:`year_by_its_end`: "the year ended Oct. 2" is twelve months (``P1Y``);
* :func:`quarter_by_its_end`: "the quarter ended May 31" is the quarter that ends then (``Q2``);
* :func:`listed_days`: the days of one month written together ("February 27th and 28th");
* :func:`clock_days`: a bare clock time takes the day named near it;
* :func:`anaphoric`: "that year", "the following month", "the previous Friday", "that weekend", "the
  following spring" take the time named just before them;
* :func:`counted_day`: "today is the fifth day of the strike", "the siege is in its tenth day": a
  day counted in a present-tense "be" is the day in view (publication's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract.dates.lean import looks_ahead, looks_back
from seismo.extract.timex import STEP, Resolved, clean, day_in_view, lexicon, resolve
from seismo.extract.timex.lists import day_lists
from seismo.extract.timex.values import (add_months, counted_from, day, month, month_end, quarter, span, week, with_daypart,
                                        year)
from seismo.model import When
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

__all__ = ["anaphoric", "clock_days", "counted_day", "counted_on", "in_quarter_context", "listed_days",
           "of_year_named", "quarter_by_its_end", "year_by_its_end"]


#: how far back (characters) a "year-earlier" comparison looks for the quarter it compares with: a
#: report of results names its quarter once and compares with "a year earlier" paragraphs below
_QUARTER_CONTEXT = 1200
#: how far back (characters) an anaphoric time ("that year") looks for the time it refers to
_ANAPHOR_CONTEXT = 600
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
#: "the quarter", "the fiscal quarter", "the latest period", "the most recent quarter": the quarter in view
#: (its lookup form, see :func:`clean`)
_BARE_QUARTER = re.compile(r"(?:(?:latest|most recent) )?(?:fiscal )?quarter|(?:latest|most recent) period")
#: a stretch longer than a quarter, named after one: a year ("last year", "fiscal 1989", "the year ended
#: Oct. 2": P1Y), a half, months counted ("the nine months": TimeML's P9M); not years counted ("a two-year
#: boom": no period reported on)
_LONGER_PERIOD = re.compile(r"\d{4}|\d{4}-H[12]|P(?:[4-9]|1[0-2])M|P1Y")
#: months counted, a duration ("the nine months", "the first six months")
_COUNTED_MONTHS = re.compile(r"P(?:[4-9]|1[01])M")


#: a comparison of amounts closing on the time compared with ("compared with a loss of $3 million last year",
#: "up 13% from last year's $1.55 billion"), and how far before that time it may begin (characters)
_COMPARED = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|over)\b(?:[^.;]|\.(?=\d))*$", re.I)
_COMPARED_REACH = 60


def in_quarter_context(out: list[When], published: dt.date | None, ahead: frozenset[int] = frozenset(),
                       text: str = "") -> list[When]:
    """"A year earlier", "the year-ago period", "the 1988 quarter" next to a quarter mean that quarter
    in another year: the nearest quarter named before them (within a few paragraphs) gives it,
    (a quarter before it, named as a contrast, does not take its place), unless a longer stretch was named
    after that quarter ("for the nine months, sales fell from a
    year earlier", "last year"), which is then what "a year earlier" compares with; a phrase that
    says "quarter" ("last year's quarter") still takes the quarter; "the quarter", "the latest period" are
    the quarter in view; so is "last year" closing a comparison of amounts within the clause ("compared
    with a loss of $3 million last year", "from last year's $1.55 billion": the text is needed to see
    it).  "The year-earlier period" after
    months counted ("for the nine months ...") is that many months a year before: TimeBank writes
    the stretch's length (``P9M``, a DURATION).  A quarter that has not ended by publication, named
    in a clause that looks ahead (its start in ``ahead``: "may weaken in the fourth quarter"), is a
    forecast, not the one a report compares; so is one still running named while a finished quarter is in view."""
    lex = lexicon()
    ordered = sorted(out, key=lambda w: w.start)
    result: list[When] = []
    last_quarter: When | None = None
    longer = False  # a longer stretch named since that quarter
    months: When | None = None  # that stretch, when it is months counted ("the nine months": P9M)
    previous: When | None = None  # the time named just before
    for w in ordered:
        key = clean(w.text)
        rule = lex.relative.get(key, ("",))[0]
        detail = (last_quarter is not None and previous is not None and _within(previous, last_quarter)
                  and _SENTENCE_END.search(text, previous.end, w.start) is not None)
        same = bool(_SAME.search(text, max(0, w.start - _SAME_REACH), w.start))  # "from the same period a year ago"
        if not detail and (moved := _counted_back(previous, w, same=same)) is not None:
            # "up from $4 million a year earlier" after "yesterday", "Aug. 12", "1988": that time a year before
            result.append(previous := moved)
            continue
        named_year = re.fullmatch(r"(\d{4}) (?:period|quarter)", key)
        q = _QUARTER.fullmatch(last_quarter.timeml or "") if last_quarter is not None else None
        # "for the nine months ... from a year earlier": that stretch, unless the phrase says "quarter"
        # "compared with a loss of $3 million last year": the quarter a year before, like "a year earlier"
        compared = key in ("last year", "last year's") and not longer and bool(
            _COMPARED.search(text, max(0, w.start - _COMPARED_REACH), w.start))
        applies = (rule == "year_back" or named_year or compared) and (not longer or "quarter" in key)
        if q is not None and last_quarter is not None and w.start - last_quarter.end <= _QUARTER_CONTEXT and applies:
            y = int(named_year[1]) if named_year else int(q[1]) - 1
            found = quarter(y, int(q[2]), 0.6)
            w = When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                     STEP, "DATE", found.timeml)
        elif (q is not None and last_quarter is not None and w.start - last_quarter.end <= _QUARTER_CONTEXT
              and _BARE_QUARTER.fullmatch(key) and w.timeml != last_quarter.timeml):
            # "the quarter" after "the fiscal first quarter": the one just named, not the latest one
            found = quarter(int(q[1]), int(q[2]), 0.6)
            w = When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                     STEP, "DATE", found.timeml)
        elif (rule == "year_back" and "period" in key and months is not None and months.timeml
              and w.start - months.end <= _QUARTER_CONTEXT):
            # "for the nine months ... in the year-earlier period": nine months too, a year before
            w = When(w.start, w.end, w.text, months.timeml, months.precision, None, None, 0.5, STEP, "DURATION", months.timeml)
        elif rule == "year_back" or published is not None and w.earliest is not None and w.earliest > published:
            pass  # a stretch still to come ("losses through the third quarter of 1990") is no report's
        elif _QUARTER.fullmatch(w.timeml or ""):
            # a quarter still running at publication, named while a finished one is in view ("no estimate of the
            # impact on fourth-quarter results" after the third quarter's), looks ahead: the report is of the other
            ended_in_view = (last_quarter is not None and not _unfinished(last_quarter, published)
                             and w.start - last_quarter.end <= _QUARTER_CONTEXT)
            forecast = _unfinished(w, published) and (w.start in ahead or ended_in_view)
            # a quarter before the one in view is a contrast ("after a weak spring quarter, ... the third"),
            # not the period the report goes on comparing
            earlier = (last_quarter is not None and last_quarter.earliest is not None and w.earliest is not None
                       and w.earliest < last_quarter.earliest and w.start - last_quarter.end <= _QUARTER_CONTEXT)
            if not forecast and not earlier:
                last_quarter, longer, months = w, False, None
        elif _LONGER_PERIOD.fullmatch(w.timeml or ""):
            longer = True
            months = w if _COUNTED_MONTHS.fullmatch(w.timeml or "") and w.earliest is None else None
        result.append(w)
        previous = w
    return result


def _unfinished(w: When, published: dt.date | None) -> bool:
    """Whether ``w`` (a quarter) has not ended by publication: no report's finished period."""
    return published is not None and w.latest is not None and w.latest > published


#: the end of a sentence between two times
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s|\n")


def _within(inner: When, outer: When) -> bool:
    """Whether ``inner``'s days lie within ``outer``'s: a month or day of the quarter in view ("hurt by a wet June",
    told of the second quarter) is a detail of it, and a comparison "a year earlier" in a later sentence is with
    the quarter, not with that month."""
    return (inner.earliest is not None and outer.earliest is not None and inner.latest is not None
            and outer.latest is not None and outer.earliest <= inner.earliest and inner.latest <= outer.latest)


#: how far (characters) before "a year earlier" the time it counts from may be: the same sentence or the one before
_EARLIER_CONTEXT = 300
#: years, months or decades counted back from the time in view (lookup form): "a year earlier", "two years
#: before", "a decade earlier" (days and weeks so counted are TimeML durations: :func:`~seismo.extract.timex.classify`)
_EARLIER = re.compile(r"(?P<n>[a-z]+|\d+) (?P<unit>year|month|decade)s? (?:earlier|before)")
_EARLIER_OR_AGO = re.compile(r"(?P<n>[a-z]+|\d+) (?P<unit>year|month|decade)s? (?:earlier|before|ago)")
_MONTHS_IN = {"year": 12, "month": 1, "decade": 120}
_DAY_MONTH_YEAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


#: "the same period" (month, week ...) just before a time counted back: "from the same period a year ago" is that
#: period so far back, whether counted "earlier" or "ago"; and how far before the time it may end (characters)
_SAME = re.compile(r"\bthe\s+same\s+(?:period|month|week|day|season|time)\s*$", re.I)
_SAME_REACH = 30


def _counted_back(previous: When | None, w: When, *, same: bool = False) -> When | None:
    """``w`` ("a year earlier", "two years before") as the time named just before it, a day, month or year, moved
    back so many years, months or decades (TimeML anchors it there, not on publication: "sold in 2015; two
    years earlier" is 2013); with ``same`` (it follows "the same period") "a year ago" too ("sales in May rose
    from the same period a year ago": May of last year); None when ``w`` is no such phrase, or the time named
    just before is none of these (a quarter, a duration: see :func:`in_quarter_context`), too far, or coarser
    than the unit counted."""
    m = (_EARLIER_OR_AGO if same else _EARLIER).fullmatch(clean(w.text))
    if m is None or previous is None or previous.type != "DATE" or w.start - previous.end > _EARLIER_CONTEXT:
        return None
    p = _DAY_MONTH_YEAR.fullmatch(previous.timeml or "")
    n = int(m["n"]) if m["n"].isdigit() else 1 if m["n"] in ("a", "an") else lexicon().numbers.get(m["n"], (0, -1))[0]
    if p is None or n <= 0 or (not p[2] and m["unit"] == "month"):
        return None
    back = n * _MONTHS_IN[m["unit"]]
    if p[3]:
        found = day(add_months(dt.date(int(p[1]), int(p[2]), int(p[3])), -back), 0.6)
    elif p[2]:
        first = add_months(dt.date(int(p[1]), int(p[2]), 1), -back)
        found = month(first.year, first.month, 0.6)
    else:
        found = year(int(p[1]) - back // 12, 0.6)
    return When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                STEP, "DATE", found.timeml)


#: days, weeks, months, years or decades counted on from the time in view (lookup form): "two days later",
#: "a year later", "three decades later"
_LATER = re.compile(r"(?P<n>[a-z]+(?:[- ][a-z]+)?|\d+) (?P<unit>day|week|month|year|decade)s? later")
#: what a unit counted on needs the time in view to name: a day for days and weeks, a month for months
_NEEDS = {"day": 3, "week": 3, "month": 2, "year": 1, "decade": 1}


#: "later" after a duration found without it ("would publish the figures [a week] later")
_THEN_LATER = re.compile(r"\s+later\b")


def counted_on(text: str, out: list[When]) -> list[When]:
    """``out`` with days, weeks, months, years or decades counted on from the time named just before ("two
    days later", "a year later") read from it (see :func:`_counted_on`), in text order, each one then the time
    in view for the next ("in 1998 ... the following year ... ten years later": 2009); a duration found
    without the "later" after it takes it in."""
    result: list[When] = []
    previous: When | None = None
    for w in sorted(out, key=lambda w: w.start):
        if w.type == "DURATION" and (later := _THEN_LATER.match(text, w.end)):
            whole = replace(w, end=later.end(), text=text[w.start:later.end()])
            w = _counted_on(previous, whole) or w
        else:
            w = _counted_on(previous, w) or w
        result.append(w)
        previous = w
    return result


def _counted_on(previous: When | None, w: When) -> When | None:
    """``w`` ("two days later", "a year later") as the time named just before it moved on so many units, at
    the unit's precision ("opened in March 1987 ... two years later": 1989; "on May 3 ... a week later": that
    week): TimeML anchors it on the time the story is telling of, not on publication; None when ``w`` is no
    such phrase, or the time named just before is too far or coarser than the unit counted (it then stays
    the duration it also is, ``P2D``)."""
    m = _LATER.fullmatch(clean(w.text))
    if m is None or previous is None or previous.type not in ("DATE", "TIME") or w.start - previous.end > _EARLIER_CONTEXT:
        return None
    p = _DAY_MONTH_YEAR.match(previous.timeml or "")
    words = lexicon().numbers
    n = int(m["n"]) if m["n"].isdigit() else 1 if m["n"] in ("a", "an") else words.get(m["n"], (0, -1))[0]
    if n <= 0 and (parts := re.split(r"[- ]", m["n"])) and len(parts) == 2 and all(x in words for x in parts):
        n = words[parts[0]][0] + words[parts[1]][0]  # "twenty-five years later"
    if p is None or n <= 0 or len([g for g in p.groups() if g]) < _NEEDS[m["unit"]]:
        return None
    at = dt.date(int(p[1]), int(p[2] or 1), int(p[3] or 1))
    unit = m["unit"]
    if unit in ("day", "week"):
        moved = at + dt.timedelta(days=n * (7 if unit == "week" else 1))
        found = day(moved, 0.6) if unit == "day" else week(moved, 0.6)
    elif unit == "month":
        moved = add_months(at, n)
        found = month(moved.year, moved.month, 0.6)
    else:
        found = year(at.year + n * (10 if unit == "decade" else 1), 0.6)
    return When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                STEP, "DATE", found.timeml)


#: what joins "the year" to its last day: "the year ended Oct. 2", "the fiscal year ending May 4, 1991"
_ENDED = re.compile(r"\s+(?:ended|ending)\s+", re.I)


def year_by_its_end(text: str, out: list[When]) -> list[When]:
    """"The (fiscal) year ended Oct. 2" is the twelve months up to that day: TimeBank marks "the
    year" there a DURATION ``P1Y`` (a stretch, not the calendar year of publication), so it dates no
    event; the day itself is a date of its own."""
    days = {w.start for w in out if w.precision in ("day", "month") and w.earliest is not None}
    result = []
    for w in out:
        if re.fullmatch(r"(?:full |fiscal )?year", clean(w.text)) and (gap := _ENDED.match(text, w.end)) and gap.end() in days:
            w = When(w.start, w.end, w.text, "P1Y", "year", None, None, w.confidence, STEP, "DURATION", "P1Y")
        result.append(w)
    return result


#: what may stand between a year and a year-less month or day that is of that year ("last year until
#: November", "in 1988, in March", "earlier this year on May 4"): a comma and a preposition, no more
_OF_THAT_YEAR = re.compile(r",?\s+(?:(?:in|on|until|till|through|by|from|around|about|during)\s+)?", re.I)
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def of_year_named(text: str, out: list[When]) -> list[When]:
    """A year-less month or day right after a year ("failed to agree last year until November", "in
    1988 in March") is of that year, not the one its clause's tense leans to: the year just named
    is the time in view; not a time told from publication ("the lowest since 1986 today": a phrase of
    relative_time.tsv, which is always publication's)."""
    relative = lexicon().relative
    ordered = sorted(out, key=lambda w: w.start)
    result = {id(w): w for w in ordered}
    for a, b in zip(ordered, ordered[1:]):
        y = re.fullmatch(r"\d{4}", a.timeml or "")
        m = _MONTH_OR_DAY.fullmatch(b.timeml or "")
        if (y is None or m is None or b.precision not in ("month", "day") or re.search(r"\d{4}", b.text)
                or not _OF_THAT_YEAR.fullmatch(text, a.end, b.start) or m[1] == y.group()
                or clean(b.text).removeprefix("the ") in relative):
            continue
        try:
            found = month(int(y.group()), int(m[2]), b.confidence) if b.precision == "month" else day(
                dt.date(int(y.group()), int(m[2]), int(m[3])), b.confidence)
        except ValueError:  # Feb. 29 of a year with none
            continue
        result[id(b)] = replace(b, value=found.value, earliest=found.earliest, latest=found.latest, timeml=found.timeml)
    return [result[id(w)] for w in out]


def quarter_by_its_end(text: str, out: list[When]) -> list[When]:
    """A quarter followed by its last day: "the quarter ended May 31" is the three months up to that
    day, written as the calendar quarter that holds most of them (``Q2``: March to May), not the latest
    quarter (unless a quarter named before it is in view, :func:`in_quarter_context`: "the fiscal first
    quarter ... the quarter that closed on Sept. 30" is that fiscal quarter); a quarter named by its number
    ("the second quarter ended Nov. 30", that day of last year) is of the year its last day falls in."""
    days = {w.start: w for w in out if w.precision == "day" and w.earliest is not None}
    result = []
    for w in out:
        q = _QUARTER.fullmatch(w.timeml or "")
        gap = _ENDED.match(text, w.end) if q else None
        last = days.get(gap.end()) if gap else None
        if q and last is not None and last.earliest is not None:
            if _BARE_QUARTER.fullmatch(clean(w.text)):
                middle = last.earliest - dt.timedelta(days=45)
                found = quarter(middle.year, (middle.month - 1) // 3 + 1, w.confidence)
            else:
                found = quarter(last.earliest.year, int(q[2]), w.confidence)
            w = replace(w, value=found.value, earliest=found.earliest, latest=found.latest, timeml=found.timeml)
        result.append(w)
    return result


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def listed_days(doc: "Doc", text: str, published: dt.date | None) -> list[When]:
    """The days of lists of one month ("February 27th and 28th", "3, 4 and 5 June"), each its own
    day of the one year the first resolves to (or that is written after them); a span of days
    ("May 3-4") one stretch (see :mod:`seismo.extract.timex.lists`)."""
    out: list[When] = []
    for listed in day_lists(text):
        first, last = listed.days[0], listed.days[-1]
        number = doc.char_span(last.start, last.start + len(str(last.day)), alignment_mode="expand")
        if number is not None and number.root.dep_ == "nummod" and number.root.head.i > number.root.i:
            continue  # "on March 3 and 4 percent rises": a count of something, no day
        future = published is not None and looks_ahead(doc, listed.start, listed.end)
        past = published is not None and not future and looks_back(doc, listed.start, listed.end)
        written = f", {first.year}" if first.year else ""
        head = resolve(f"{first.month} {first.day}{written}", published=published, future=future, past=past)
        if head is None or head.precision != "day":
            continue
        y = head.earliest.year
        found = [resolve(f"{d.month} {d.day}, {y}", published=published) for d in listed.days]
        if any(f is None or f.precision != "day" for f in found):
            continue
        days = [f for f in found if f is not None]
        if listed.span:  # "May 3-4": one stretch; TimeML has no value for it
            stretch = span(days[0].earliest, days[-1].latest, days[0].confidence)
            out.append(_when(listed.start, listed.end, text, stretch._replace(timeml=None)))
            continue
        out.extend(_when(d.start, d.end, text, f) for d, f in zip(listed.days, days))
    return out


@lru_cache(maxsize=1)
def _counted_day() -> re.Pattern[str]:
    """A day counted by its ordinal: "the fifth day", "its tenth straight day"."""
    ordinals = "|".join(sorted(lexicon().ordinals, key=len, reverse=True))
    return re.compile(
        rf"\b(?i:the|its|their)\s+(?i:{ordinals})\s+(?:(?:straight|consecutive|successive)\s+)?day\b"
    )


def counted_day(doc: "Doc", text: str, out: list[When], published: dt.date | None) -> list[When]:
    """A day counted by its ordinal ("the fifth day of the strike") as what a present-tense "be" says
    the day in view is ("today is the fifth day of ...", "the siege is in its tenth day"): the
    publication day.  In any other clause ("on the third day, troops left") its day is unknown and
    nothing is added."""
    if published is None:
        return out
    added: list[When] = []
    for m in _counted_day().finditer(text):
        if any(m.start() < w.end and w.start < m.end() for w in out):
            continue
        counted = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if counted is None:
            continue
        root = counted.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else root.head
        told = root.dep_ == "attr" or root.dep_ == "pobj" and verb.i != root.head.i
        if told and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP"):
            added.append(_when(m.start(), m.end(), text, day(published, 0.5)))
    return out + added


def _when(start: int, end: int, text: str, found: Resolved) -> When:
    """A DATE :class:`When` for ``text[start:end]`` resolved as ``found``."""
    return When(start, end, text[start:end], found.value, found.precision, found.earliest, found.latest, found.confidence,
                STEP, "DATE", found.timeml)


def _clause_bounds(text: str, w: When, sent: "Span") -> tuple[int, int]:
    """The characters of the clause ``w`` stands in within its sentence ``sent``: from the semicolon
    before it (or the sentence's start) to the semicolon after it (or the sentence's end)."""
    before = text.rfind(";", sent.start_char, w.start)
    after = text.find(";", w.end, sent.end_char)
    return (sent.start_char if before < 0 else before + 1), (sent.end_char if after < 0 else after)


def clock_days(doc: "Doc", out: list[When]) -> list[When]:
    """A bare time of day ("at 10:35 a.m. (0735 GMT) Friday", "4 a.m. EDT Thursday", "at dawn on
    Monday") takes the day named nearest to it in its sentence (in its clause, where semicolons part the
    sentence: "officials spoke on Thursday; by midday the crowd had grown" is not Thursday's midday), else in
    the sentence before, when one is; else it stays on the publication day's.  "Overnight" is the night before that day
    (:func:`~seismo.extract.timex.day_in_view`), or that night when the time named is "last night" or "tonight"."""
    result = []
    for w in out:
        moved = day_in_view(w.text) if w.timeml and _DAY.match(w.timeml) else None
        if moved is not None:
            span = doc.char_span(w.start, w.end, alignment_mode="expand")
            sent = span.sent if span is not None else None
            # its clause: the sentence, or the part of it between semicolons, which join clauses that stand alone
            lo, hi = _clause_bounds(doc_text(doc), w, sent) if sent is not None else (0, 0)
            # a day named: not another bare time of day ("between 7:50 a.m. and 2:35 p.m. on Monday": both Monday's)
            days = [d for d in out if d is not w and sent is not None and lo <= d.start and d.end <= hi
                    and d.timeml and _DAY.fullmatch(d.timeml[:10]) and d.precision == "day" and day_in_view(d.text) is None]
            if not days and sent is not None and sent.start > 0:  # the story goes on: "... Friday. In the morning, ..."
                before = doc[sent.start - 1].sent
                days = [d for d in out if before.start_char <= d.start and d.end <= before.end_char
                        and d.timeml and _DAY.fullmatch(d.timeml[:10]) and d.precision == "day" and day_in_view(d.text) is None]
            if days:
                near = min(days, key=lambda d: min(abs(d.start - w.end), abs(w.start - d.end)))
                if moved and near.timeml.endswith("TNI") and clean(near.text) in ("last night", "tonight"):
                    moved = 0  # "overnight" beside "last night": that same night (not "said Tuesday night")
                on = day(near.earliest + dt.timedelta(days=moved), near.confidence) if moved and near.earliest else None
                if on is not None:
                    near = replace(near, value=on.value, earliest=on.earliest, latest=on.latest, timeml=on.timeml)
                timeml = near.timeml[:10] + w.timeml[10:]
                w = When(w.start, w.end, w.text, near.value, "day", near.earliest, near.latest, min(w.confidence, near.confidence),
                         STEP, w.type, timeml)
        result.append(w)
    return result


#: "that year", "later that year", "the following month", "the following week", "that same day", "the same
#: day", "the next morning", "that night", "that quarter", "the previous quarter", "the prior year", "the previous
#: Friday", "the day before", "the night after": a time named by the one mentioned just before
@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    weekdays = "|".join(w for w in sorted(lexicon().weekdays, key=len, reverse=True) if len(w) > 3)
    seasons = "|".join(sorted(lexicon().seasons, key=len, reverse=True))
    # the months written in full ("May" too; not "Sept", "Jun": an abbreviation is read with its day)
    full = {n: max((m for m, k in lexicon().months.items() if k == n), key=len) for n in set(lexicon().months.values())}
    months = "|".join(m.capitalize() for m in sorted(full.values(), key=len, reverse=True))
    return re.compile(
        r"\b(?i:(?:(?P<within>later|earlier)\s+)?(?:that|the\s+(?:(?P<following>following)|(?P<next>next)|(?P<back>previous|preceding|prior))"
        r"|the(?=\s+same\s))\s+"
        rf"(?:(?P<same>same)\s+)?(?P<unit>year|month|weekend|week|day|morning|afternoon|evening|night|quarter|{weekdays}|{seasons}"
        rf"|(?-i:(?:{months})(?!\.?\s*\d))))\b(?!-)"
        # put after: "the day before", "the night after", "the year before", closing their phrase
        r"|\b(?i:the\s+(?P<unit_after>year|month|week|day|night)\s+(?:(?P<before>before)|after))(?=\s*[,.;:]|\s+(?:and|but)\b)"
    )


def _season(name: str, y: int, month_in_view: int | None, step: int) -> Resolved:
    """The season ``name`` of the time in view (a year ``y``, or a month of it): "that summer" is that year's,
    "the following spring" the first to begin after it (a year's: the next year's), "the previous winter" the
    last to end before it (TimeML writes a season under the year it begins in: ``2016-WI``)."""
    first, last = lexicon().seasons[name]
    code = lexicon().season_codes.get(name)

    def of(start_year: int) -> Resolved:
        end = month_end(start_year + (last < first), last)
        return span(dt.date(start_year, first, 1), end, 0.5, f"{start_year:04d}-{code}" if code else None)

    if month_in_view is None:
        return of(y + step)
    at = dt.date(y, month_in_view, 1)
    if step > 0:
        return next(of(s) for s in range(y - 1, y + 2) if of(s).earliest > at)
    if step < 0:
        return next(of(s) for s in range(y, y - 3, -1) if of(s).latest < at)
    return next((of(s) for s in (y, y - 1) if of(s).earliest <= at <= of(s).latest), of(y))


def _named_month(mo: int, y: int, month_in_view: int | None, step: int) -> Resolved:
    """The month ``mo`` of the time in view (a year ``y``, or a month of it): "that September" is that year's,
    "the following January" the first after it (a year's: the next year's), "the previous December" the last
    before it (TimeML anchors them on the time in view, as "the following month")."""
    if step > 0:
        y += 1 if month_in_view is None or mo <= month_in_view else 0
    elif step < 0:
        y -= 1 if month_in_view is None or mo >= month_in_view else 0
    return month(y, mo, 0.5)


#: what may come just before "that" + a month for it to point back ("in that September", "That May,"; not
#: "said that September sales rose" or "fell and that December orders were weak", where "that" opens a clause;
#: "and" or "but" only after a comma, ", and that September")
_THAT_MONTH_LEAD = re.compile(r"(?:^|[.;:!?,(]\s*|,\s*(?i:and|but)\s+|\b(?i:in|by|during|until|till|through|since|of)\s+)$")


#: a time in view an anaphor may count from: a year, month, day, quarter or season ("2017-SU")
def _season_start(code: str | None) -> int | None:
    """The month a season begins in, by its TimeML code ("SU" -> 6); None for none."""
    lex = lexicon()
    return next((lex.seasons[name][0] for name, c in lex.season_codes.items() if c == code), None) if code else None


_POINT = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|(SP|SU|FA|WI)))?(?:T.*)?")


def anaphoric(text: str, out: list[When], back: frozenset[int] = frozenset(), published: dt.date | None = None) -> list[When]:
    """``out`` with anaphoric times ("that year", "the following month", "that same day"): the
    year, month, day or quarter of the nearest time named before them (within a few sentences),
    shifted by "following" / "next" / "previous" (or put after: "the day before", "the year after";
    TimeML anchors them on the time in view, not on publication); none when no earlier time is
    precise enough.  "That night", "the next morning" are that day's part (TimeML's ``TNI``, ``TMO``; type TIME).
    "The following year" / "the previous month" count from that time, not from publication, and
    replace what was found there; "next" may count from publication ("the next year"), so a
    reading already found for it stays, unless its verb tells what happened (its start in
    ``back``: "closed in 1992 and reopened the next year" is 1993).  With no earlier time in view,
    a day, week, month or year counted from it ("the day before", "the following week") counts
    from ``published``, as TimeML anchors a relative time on the document's date."""
    found = list(out)
    lex = lexicon()
    for m in _anaphor().finditer(text):
        there = [w for w in found if m.start() < w.end and w.start < m.end()]
        told = m["next"] and any(w.start in back for w in there)  # "reopened the next year": the year after
        # "that weekend", "that summer": not the one of publication's week or year found there alone
        own = not m["next"] and (m["unit"] or "").lower() in ("weekend", *lex.seasons)
        mo = lex.months.get((m["unit"] or "").lower())  # "the following January", "that September"
        if mo is not None and (m["same"] or not (m["following"] or m["next"] or m["back"] or m["within"])
                               and not _THAT_MONTH_LEAD.search(text, max(0, m.start() - 12), m.start())):
            continue
        own = own or mo is not None  # "the next January": of the time in view, not the one after publication
        if there and not (m["following"] or m["back"] or m["unit_after"] or told or own):
            continue
        unit = (m["unit"] or m["unit_after"]).lower()
        step = 1 if m["following"] or m["next"] or m["unit_after"] and not m["before"] else -1 if m["back"] or m["before"] else 0
        wd = lex.weekdays.get(unit)
        if wd is not None:  # "the previous Friday": the Friday before the day just named
            unit = "day"
        if unit == "day" and not (m["same"] or step or m["within"]):
            continue  # a bare "that day" is often no particular one ("later that day", "that night" are: of the day in view)
        part = lex.dayparts[unit] if unit in ("morning", "afternoon", "evening", "night") else None  # "that night": TNI
        if part:
            unit = "day"
        before = [w for w in found if w.end <= m.start() and m.start() - w.end <= _ANAPHOR_CONTEXT]
        for w in sorted(before, key=lambda w: -w.start):
            p = _POINT.fullmatch(w.timeml or "")
            if p is None or (unit == "quarter") != bool(p[4]) and unit != "year" or unit == "month" and not p[2]:
                continue
            if mo is not None:  # a month named: of, after or before the year or month in view (a quarter was passed over)
                r = _named_month(mo, int(p[1]), int(p[2]) if p[2] else _season_start(p[5]), 1 if m["following"] or m["next"] else -1 if m["back"] else 0)
                found = [w for w in found if w not in there]
                found.append(When(m.start(), m.end(), m[0], r.value, r.precision, r.earliest, r.latest, r.confidence, STEP, "DATE", r.timeml))
                break
            if p[5] and unit not in lex.seasons and unit != "year":
                continue  # a season gives a year or a season ("the summer of 2017 ... the following spring"), no day
            if unit in ("day", "week", "weekend") and not p[3]:
                if unit != "week" and m["same"] and p[2] and w.precision == "month":  # "last October ... that same day": a day of that month
                    found = [w for w in found if w not in there]
                    some_day = month(int(p[1]), int(p[2]), 0.4)._replace(timeml=f"{p[1]}-{p[2]}-XX")
                    found.append(_when(m.start(), m.end(), text, some_day))
                    break
                continue
            y = int(p[1])
            if unit in lex.seasons:  # "the following spring": the season of, after or before the time in view
                r = _season(unit, y, int(p[2]) if p[2] else _season_start(p[5]), step)
            elif unit == "year":
                r = year(y + step, 0.5)
            elif unit == "quarter":
                y, q = divmod(y * 4 + int(p[4]) - 1 + step, 4)  # "the previous quarter": the one before that quarter
                r = quarter(y, q + 1, 0.5)
            elif unit == "month":
                first = add_months(dt.date(y, int(p[2]), 1), step)
                r = month(first.year, first.month, 0.5)
            else:
                d = dt.date(y, int(p[2]), int(p[3]))
                if wd is not None:
                    d += dt.timedelta(days=(wd - d.weekday()) % 7 or 7) if step > 0 else -dt.timedelta(days=(d.weekday() - wd) % 7 or 7)
                if unit == "week":  # "the following week": the calendar week after that day's
                    r = week(d + dt.timedelta(weeks=step), 0.5)
                elif unit == "weekend":  # "that weekend": the one closing that day's calendar week (TimeML's 2022-W05-WE)
                    saturday = d + dt.timedelta(days=5 - d.weekday(), weeks=step)
                    r = span(saturday, saturday + dt.timedelta(days=1), 0.5, week(saturday, 0.5).timeml + "-WE")
                else:
                    r = with_daypart(day(d + dt.timedelta(days=step) if wd is None else d, 0.5), part)
            if r is not None:
                found = [w for w in found if w not in there]
                found.append(When(m.start(), m.end(), m[0], r.value, r.precision, r.earliest, r.latest, r.confidence,
                                  STEP, "TIME" if part else "DATE", r.timeml))
            break
        else:
            if published is not None and step and not there and not before and wd is None and mo is None:
                r = counted_from(published, unit, step, part)
                if r is not None:
                    found.append(When(m.start(), m.end(), m[0], r.value, r.precision, r.earliest, r.latest, r.confidence,
                                      STEP, "TIME" if part else "DATE", r.timeml))
    return found

