"""The dates step (``seismo.dates.v33``): time expressions found in an article, normalised.

Spans come from spaCy's ``DATE`` / ``TIME`` entities plus rules of our own for phrases the small
model misses or cuts short ("in recent days", "mid-January", "the Belarusian August", "three
weeks ago", "the third quarter", "Q3 2021", "last fall", "Thanksgiving", "two days before Christmas", "by
mid afternoon", a season alone after a preposition of time (by, until, till, before, since,
through): "should recover by fall.", a holiday's weekend, "the Labor Day weekend", a year cut to
two figures after a preposition: "opened in '96."), durations ("three days", "a five-hour", "for
years"), sets ("every Friday",
"annually") and vague references ("now", "the future"); adjacent spans are also tried joined
("9 a.m." + "Tuesday"; not a stretch counted after a comma, "today, 13 days after the
bombings").  Each is normalised by :func:`seismo.extract.timex.normalise`
(re-exported here), whose docstring states the rules and choices — above all, **durations are
not dates**: a duration, set or vague reference is found and typed (``When.type``,
``When.timeml``) but has no interval, and :func:`dates_events` keeps it from dating an event
(a stretch anchored on publication, "the past two months", is a DURATION that keeps its interval).
Days of one month written together ("February 27th and 28th", "3, 4 and 5 June") are each a day
of one year (:mod:`seismo.extract.timex.lists`); "May 3-4" is one stretch.

Which way a year-less weekday, month or day leans is read from its clause:

* ahead, when the clause speaks of what is to come: a future or a modal ("will meet on
  Tuesday", "could vote Friday"), a verb of planning ("plans to open in March"), "is to" ("is to
  meet Tuesday"), the present tense of a fixed arrangement ("the leaders meet Monday", "the vote
  is Thursday", "talks are resuming Friday"; not a verb of saying, nor a verb whose past is
  written as its present, "hurt", read as a past), an adjective that points ahead under a
  present tense ("the verdict is due Friday"), a weekday or weekend a thing is set for ("tickets for
  Saturday", "has called protests for this weekend"; not under a simple past: "was set for Monday"), or a
  word before it that points ahead
  ("until Tuesday", "as soon as Friday"), or a clause of time or condition hanging on a clause that looks
  ahead ("will decide after the board meets Thursday", "would leave once the gates opened Monday"; not
  under a verb of planning in the simple past, "was set after a shell hit the market on Feb. 5"; a
  participle of onset too: "Starting Monday, buses will run ..."), or a time an act or deadline is moved to
  ("adjourned the hearing to Thursday"); never in the past perfect ("had filed by Friday"), nor
  after a negated "could" ("neither aide could be reached Friday": what was not possible then), nor
  after "since" ("the worst week since March may end"), nor for a day or month that modifies a noun
  ("will publish the findings of the Dec. 20 inspection": the thing's own day, read nearest), nor
  for "until" / "by" under a simple past ("the siege lasted until Wednesday"; a deadline moved or
  granted is still ahead: "extended the curfew until Wednesday");
* back, when the verb it hangs on tells what happened: the past tense ("closed in December",
  "the year ended Jan. 31", also through its object when the parse hangs the time there: "heard
  evidence in April"), a perfect ("has fallen since May"), a past passive ("was founded
  in January"), a participle telling what befell its noun ("the bill, passed in May"; not one
  of planning: "a rally planned for May"), or "since" before it; not a verb further off ("a
  dividend payable Dec. 7"), nor a time reached ("extended the offer to Nov. 16", "through January"),
  nor a passive of expecting or planning ("a ruling had been expected before the end of the year": when
  the thing looked for was to happen, which its tense does not place before publication).

A weekday that names the day of a thing a clause tells of the lead-up to, in the possessive or before its
noun ("campaigned before Thursday's election", "rallied ahead of the Monday deadline"), takes no tense from
the clause: it is the nearest such day to publication, ahead or behind.

The end of a year-less range is the first such day or month on or after its start ("lasted from
May 1 to May 20", in March: both of last May).

A time expression the parse hangs on a clause that begins after it ("warnings on Thursday that
strikes could harm ...") is read in the clause above: a clause's own words follow its "that".
Years, months or decades counted back just after a day, month or year ("a year earlier", "two years before")
are that time so far back, at its precision (TimeML anchors them on the time in view, not on publication);
days, weeks, months, years or decades counted on ("two days later", "a year later") are the time named just
before moved on so far, at the unit's precision ("opened in March 1987 ... two years later": 1989), each then
the time in view for the next; with no time before them precise enough they stay durations (``P2D``).
After "the same period" (month, week ...) "a year ago" is counted back the same way ("sales in May rose from the
same period a year ago": May of the year before).  A month or day inside the quarter in view, named in an
earlier sentence ("hurt by a wet June"), is a detail of that quarter: "a year earlier" is still the quarter.
A quarter still running at publication, named while a finished one is in view ("no estimate of the impact on
fourth-quarter results" after the third quarter's), looks ahead and leaves the finished one in view.
A comparison with a year before ("a year earlier", "the year-ago period", and "last year" closing a comparison
of amounts: "compared with $9.5 million last year") next to a quarter is
that quarter a year before ("the latest period" is that quarter too; an earlier quarter named as a contrast,
"after a weak spring quarter", leaves it in view); "the year ended Oct. 2" is twelve months (TimeBank's DURATION
``P1Y``); "the quarter ended May 31" is the quarter ending then (``Q2``, the calendar quarter holding most of
its months) unless a quarter named before is in view.  A year-less month or day right after a year, with at most a
comma and a preposition between ("last year until November", "in 1988, in March"), is of that year.  Anaphoric times take the time named just before them: "later that year", "the
following month", "the following week", "the previous quarter", "the prior year", "that same day"
(after "last October": a day of that month, TimeML's ``1998-10-XX``), "the previous Friday", "that night"
(``TNI``), "the day before", "the year after", "that weekend", "the following spring", "the following January",
"the next March", "that September" (a month: the first such after, the last before, or the one of the time in view;
"that" only after a preposition, a conjunction or a stop, not opening a clause: "said that December orders fell")
(TimeML anchors them on the time in view); a
bare clock time or part of the day ("4:17 a.m.", "by mid afternoon", "at dawn") takes the day named
in its sentence (in its clause where semicolons part the sentence), else in the sentence before, else
publication's, and "overnight" the night before
that day ("Stocks fell Friday ... overnight losses in Tokyo": Thursday night).  "The next year"
under a verb that tells what happened is the year after the one just named.  A duration spaCy
joins to the day it fell on ("three hours on Friday") is read as the two expressions it is; a season named by its weather or
length ("a dry spring", "the harsh winter"; not "a long fall") is a season though no word of time leads it; a clock
time in four figures with its zone ("1930 GMT") is no year.  A day counted by its ordinal is the
publication day where a present-tense "be" says it is the day in view ("today is the fifth day of
the strike"), and found nowhere else.

The package: :mod:`~seismo.extract.dates.spans` finds the rule spans, :mod:`~seismo.extract.dates.lean`
reads which way a clause leans, :mod:`~seismo.extract.dates.context` reads times by the ones
around them; this module runs the step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seismo.extract.dates.context import (
    anaphoric,
    clock_days,
    counted_day,
    counted_on,
    in_quarter_context,
    listed_days,
    of_year_named,
    quarter_by_its_end,
    year_by_its_end,
)
from seismo.extract.dates.lean import looks_ahead, looks_back, nearest_way
from seismo.extract.dates.spans import rule_spans
from seismo.extract.timex.other import units as duration_units
from seismo.extract.lexicon import word_class
from seismo.extract.timex import (
    STEP,
    Resolved,
    clean,
    is_duration,
    lexicon,
    normalise,
    resolve,
    value_bounds,
)
from seismo.model import Article, When
from seismo.nlp import doc_ents, doc_text, token_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resources import Resources

__all__ = [
    "STEP",
    "Resolved",
    "clean",
    "find_dates",
    "is_duration",
    "lexicon",
    "normalise",
    "resolve",
    "dates_events",
    "rule_spans",
    "value_bounds",
]

LABELS = frozenset({"DATE", "TIME"})


def dates_events(when: When) -> bool:
    """Whether a time expression may date an event: a DATE or TIME with an interval, or a duration
    anchored on publication ("the past two months": TimeML's ``P2M``, the stretch ending then); a
    duration without one ("three days"), a set and a vague reference such as "now" never do."""
    return when.type in ("DATE", "TIME", "DURATION") and when.earliest is not None and when.latest is not None


#: what stands between the two ends of a range of year-less months or days ("from January *to* March")
_RANGE_GAP = re.compile(r"\s*(?:to|through|until|till|and|[-–—])\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
#: a dash closed up between two months or days is a range on its own ("the January-October period")
_DASHES = frozenset({"-", "–", "—"})
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")


def _in_order(text: str, out: list[When], published: "dt.date | None", ahead: frozenset[int],
              back: frozenset[int]) -> list[When]:
    """The two ends of a range named without a year ("from January to March", "from Friday to
    Monday", "the January-October period") in order: where the start came out after the end, the end is read again leaning ahead
    when the start's clause looks ahead, else the start is read again leaning back (news tells of
    the past; "the report covers January to March", in October, is this year's first quarter);
    where the end came out a year or more after the start, it is read again leaning back when that
    keeps it after the start (the first such day or month after the start)."""
    if published is None:
        return out
    ordered = sorted(out, key=lambda w: w.start)
    result = {id(w): w for w in ordered}
    for a, b in zip(ordered, ordered[1:]):
        if (a.earliest is None or b.earliest is None or a.precision != b.precision
                or a.precision not in ("month", "day") or _YEAR.search(a.text) or _YEAR.search(b.text)
                or not (gap := _RANGE_GAP.fullmatch(text, a.end, b.start))
                or not (opened := _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)) and gap.group() not in _DASHES
                or opened and (gap.group().strip().lower() == "and") != opened.group().lower().startswith("between")):
            continue
        if a.earliest <= b.earliest:  # in order; but the end is the first such day or month after the start
            again = normalise(b.text, published=published, start=b.start, future=False, past=True)
            if again is not None and again.earliest is not None and a.earliest <= again.earliest < b.earliest:
                result[id(b)] = again  # "from May 1 to May 20", in March: both of last May
            continue
        if a.start in ahead and b.start not in back:  # the start looks ahead: the end comes after it
            again = normalise(b.text, published=published, start=b.start, future=True, past=False)
            if again is not None and again.earliest is not None and a.earliest <= again.earliest:
                result[id(b)] = again
            continue
        again = normalise(a.text, published=published, start=a.start, future=False, past=True)
        if again is not None and again.earliest is not None and again.earliest <= b.earliest:
            result[id(a)] = again
    return [result[id(w)] for w in out]


@lru_cache(maxsize=1)
def _counts_people_or_things(doc: "Doc", start: int, end: int) -> bool:
    """A bare four-figure number that counts the plural noun right after it, which has no
    determiner of its own ("fired 1649 rounds", "1999 people were held"): a quantity, never a
    year; "the 2002 riots" and "in 2009 rebels shelled" (after a preposition of class
    ``year_prep``) name a year."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    num = span[0]
    noun = num.head
    before = doc[num.i - 1].lower_ if num.i > num.sent.start else ""
    return (num.dep_ == "nummod" and noun.i == num.i + 1 and noun.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
            and before not in word_class("year_prep"))


def _share_in_quarters(doc: "Doc", text: str, start: int, end: int) -> bool:
    """Whether quarters counted at ``[start, end)`` are a share or a measure, not a stretch of time:
    one quarter alone ("a quarter", "more than a quarter": as often a share as a period), a fraction
    before "of" or after "by" ("three-quarters of its food", "fell by three quarters"), or a count
    that modifies a noun ("a four-quarter test", "a quarter point")."""
    m = re.fullmatch(r"(?i)(?:[a-z]+\s+){0,2}(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+quarters?",
                     text[start:end])
    if m is None:
        return False
    if m[1].lower() in ("a", "an", "one") or "-" in text[start:end] or _ordinal(doc, end):
        return True  # one quarter alone, or "a four-quarter average": an adjective of measure
    fraction = m[1].lower() in ("two", "three")
    return fraction and (bool(_FRACTION_OF.match(text, end)) or re.search(r"(?i)\bby\s+$", text[:start]) is not None)


def _names_a_thing(doc: "Doc", start: int, end: int) -> bool:
    """Whether the words ending at ``end`` are a compound in a longer proper name ("*Easter* Island",
    "the *Good Friday* Agreement", "the *Easter* Rising"): a capitalised noun of class
    ``day_named_thing`` after them (not "the Christmas Eve Mass", "the Boxing Day Test": days)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    if last is None or last.dep_ != "compound" or last.head.i <= last.i:
        return False
    head = last.head
    return head.text[:1].isupper() and head.lower_ in word_class("day_named_thing")


def _verb_last(doc: "Doc", start: int) -> bool:
    """Whether the "last" at ``start`` is the verb ("will *last* two weeks", "could last months"),
    not the adjective ("the last two weeks"): a verb, or a word after "to" or a modal."""
    tok = token_at(doc, start)
    if tok is None:
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    return tok.pos_ in ("VERB", "AUX") or (before is not None and before.tag_ in ("TO", "MD"))


def _before_its_noun(doc: "Doc", start: int) -> bool:
    """Whether the word at ``start`` modifies a noun after it ("a *quarterly* dividend"), not a verb ("meets quarterly")."""
    tok = token_at(doc, start)
    if tok is None:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.dep_ in ("amod", "compound") or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i)


#: a weekday in the plural ("Mondays", "Friday nights"): a set of days, unless a name holds it
_PLURAL_WEEKDAY = re.compile(r"[A-Z][a-z]+days\b")


def _in_a_name(doc: "Doc", start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` are part of a name: inside an entity of a name, or with a
    capitalised word before them inside the sentence (not its first word: "On Mondays") or after
    them, or "for" after them ("Fridays for Future", "TGI Fridays", "The Sundays played")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first, last = span[0], span[-1]
    if any(t.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "EVENT") for t in span):
        return True
    before = doc[first.i - 1] if first.i - 1 > first.sent.start else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (before is not None and before.text[:1].isupper()) or (
        after is not None and (after.text[:1].isupper() or after.lower_ == "for"))


#: one unit of time with its article: a rate after an amount ("5% *a year*"), else a stretch ("spent a year")
_RATE_UNIT = re.compile(r"(?i)an?\s+(?:second|minute|hour|day|night|week|month|year)")


def _rate(doc: "Doc", start: int) -> bool:
    """Whether "a year" at ``start`` says how often, after an amount of what is counted: a number, a
    symbol or a word of amount (class ``rate_lead``: "5 percent a year", "$2 billion a year", "three times
    a week"), or a plural noun counted by a number ("400 cars a day"); not after a verb, a preposition
    or an adverb ("spent a year", "for a year", "nearly a year"), nor a time counted on from
    another ("killed 40 people a day after the truce", "in 2019 a year after": class ``count_on_word``)."""
    tok = token_at(doc, start)
    if tok is None or tok.i == 0 or tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in word_class("count_on_word"):
        return False
    before = doc[tok.i - 1]
    if before.ent_type_ in ("DATE", "TIME"):
        return False  # "on May 5 a day after the vote": a day, not a rate
    if before.like_num or before.pos_ == "SYM" or before.text in ("%", "$") or before.lower_ in word_class("rate_lead"):
        return True
    return before.tag_ == "NNS" and any(c.dep_ == "nummod" or c.like_num for c in before.children)


def _ordinal(doc: "Doc", end: int) -> bool:
    """Whether "a second" ending at ``end`` is the ordinal of a noun phrase: a noun or an adjective
    follows it ("a second straight day", "a second term", "a second time"), not a word that counts
    time on ("a second later") nor the end of the clause ("it lasted a second")."""
    nxt = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _inner_pattern() -> re.Pattern[str]:
    """The dates inside an entity that does not resolve whole: month-day and month-year forms, years
    and decades ("the 1980s and 1990s"), clock times ("from 10 p.m. to 6 a.m."), and a month or weekday named alone,
    capitalised ("from January to March", "Monday to Wednesday")."""
    lex = lexicon()
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    names = "|".join(sorted((n.capitalize() for n in (*lex.months, *lex.weekdays) if n.isalpha()), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:{months})\.?\s+\d{{4}}|(?:1[0-9]|20)\d\ds?)\b|\b\d{{1,2}}(?::\d{{2}})?\s?[ap]\.m\.|\b\d{{1,2}}(?::\d{{2}})?\s?[ap]m\b)"
        rf"|\b(?:{names})\b"
    )


#: what follows a share named in quarters ("a quarter *of the seats*"), not a year's quarters ("the first
#: two quarters of 2023", "of the year", "of fiscal 2024")
_FRACTION_OF = re.compile(r"\s+of\s+(?!\d{4}\b|'\d\d\b|(?:the|this|last|next|that) (?:fiscal )?year\b|fiscal\b)", re.IGNORECASE)


#: a four-figure clock time with its zone ("0735 GMT", "1930 UTC" in a wire story): no year
_ZONED_CLOCK = re.compile(r"\s*(?:GMT|UTC|[ECMP][SD]T)\b")


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    """A stretch counted in units of time (``duration_units.tsv``: "13 days", "four weeks",
    "days"): after a comma it begins a phrase of its own ("today, 13 days after the bombings"),
    never the rest of the time before it."""
    units = "|".join(sorted(map(re.escape, duration_units()), key=len, reverse=True))
    return re.compile(rf"(?i)(?:[\w-]+\s+)?(?:{units})")


def _joined(candidates: set[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """Unions of candidates that follow each other ("9 a.m." + "Tuesday"); not a time and, after a
    comma, a stretch counted from it ("today" + "13 days" in "today, 13 days after the bombings")."""
    ordered = sorted(candidates)
    out = set()
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
        if 0 <= s2 - e1 <= 5 and re.fullmatch(r"[\s,]*(?:on\s+)?", text[e1:s2]):
            if "," in text[e1:s2] and _counted().fullmatch(text, s2, e2) and not _counted().fullmatch(text, s1, e1):
                continue
            out.add((s1, e2))
    return out


def find_dates(doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources") -> tuple[When, ...]:
    """The dates step: every resolvable time expression in the article, in text order.

    Candidates are spaCy's DATE/TIME entities, :func:`rule_spans` and unions of adjacent ones;
    overlapping candidates are tried longest first, and the first that resolves wins its
    characters.  An entity that does not resolve as a whole ("the quarter ended Sept. 30",
    "between 1994 and 1997", "from January to March") gives up the dates inside it.  Weekdays and year-less dates lean
    ahead when their clause speaks of the future.
    """
    published = article.date or resources.settings.default_date
    text = doc_text(doc)
    entities = {(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in LABELS}
    candidates = entities | set(rule_spans(text))
    joined = _joined(candidates, text) - candidates
    candidates |= joined
    out = listed_days(doc, text, published)
    taken: list[tuple[int, int]] = [(w.start, w.end) for w in out]
    ahead: set[int] = set()  # where a time found leans ahead
    back: set[int] = set()  # where one hangs on a verb that tells what happened
    pending = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    while pending:
        start, end = pending.pop(0)
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if re.fullmatch(r"[0-2]\d[0-5]\d", text[start:end]) and _ZONED_CLOCK.match(text, end):
            continue  # "(1930 GMT Monday)": a time of day in figures, not the year 1930
        if re.fullmatch(r"\d{4}", text[start:end]) and _counts_people_or_things(doc, start, end):
            continue  # "fired 1649 rounds", "arrested 1999 people": a number of them, not a year
        if re.match(r"(?i)last\s+\S", text[start:end]) and _verb_last(doc, start):
            rest = start + len(re.match(r"(?i)last\s+", text[start:end]).group())
            pending.append((rest, end))  # "expected to last two weeks": the verb, then how long
            pending.sort(key=lambda c: (c[0] - c[1], c[0]))
            continue
        if _share_in_quarters(doc, text, start, end):
            continue  # "a quarter of voters", "three-quarters of its food", "fell by a quarter": a share
        if text[start:end].lower().removeprefix("the ") in lexicon().holidays and _names_a_thing(doc, start, end):
            continue  # "Easter Island", "the Good Friday Agreement": a day's name inside another name
        if re.fullmatch(r"(?i)an? second", text[start:end]) and _ordinal(doc, end):
            continue  # "for a second straight day", "a second term": the ordinal, not a second of time
        future = published is not None and looks_ahead(doc, start, end)
        past = published is not None and not future and looks_back(doc, start, end)
        if published is not None and (nearer := nearest_way(doc, start, end, published)) is not None:
            # "before Thursday's election": the nearest Thursday, whatever the clause's tense
            future, past = nearer, not nearer
        if text[start:end].lower() in word_class("set_adverb_only") and (_before_its_noun(doc, start) or not text[start:end].islower()):
            continue  # "a quarterly dividend": a kind of payment; "Political Science Quarterly": a name
        if _PLURAL_WEEKDAY.match(text, start) and _in_a_name(doc, start, end):
            continue  # "Fridays for Future", "TGI Fridays", "The Sundays": a name, no set of days
        when = normalise(text[start:end], published=published, start=start, future=future, past=past)
        if when is not None and when.type == "DURATION" and _RATE_UNIT.fullmatch(text, start, end) and _rate(doc, start):
            when = replace(when, type="SET")  # "rose 5% a year", "two meals a day": how often, TimeML's SET P1Y
        if when is not None and (start, end) in joined and when.earliest is None:
            when = None  # "6 a.m." + "ten days" is no duration; its parts are tried alone
        if when is not None:
            taken.append((start, end))
            out.append(when)
            if future:
                ahead.add(start)
            elif past:
                back.add(start)
        elif (start, end) in entities:
            inner = [(start + m.start(), start + m.end()) for m in _inner_pattern().finditer(text[start:end])]
            pending = sorted({*pending, *((s, e) for s, e in inner if (s, e) != (start, end))}, key=lambda c: (c[0] - c[1], c[0]))
    out = _in_order(text, out, published, frozenset(ahead), frozenset(back))
    out = in_quarter_context(quarter_by_its_end(text, out), published, frozenset(ahead), text)
    out = year_by_its_end(text, out)
    out = of_year_named(text, out)  # "last year until November": of that year
    out = clock_days(doc, out)  # before and after anaphora: "overnight ... the previous Friday", "the next day, at 3 p.m."
    out = anaphoric(text, out, frozenset(back), published)
    out = counted_on(text, out)  # "two days later": from the time in view, once anaphora are read
    out = clock_days(doc, out)
    out = counted_day(doc, text, out, published)  # "today is the fifth day of the strike"
    return tuple(sorted(out, key=lambda w: w.start))
