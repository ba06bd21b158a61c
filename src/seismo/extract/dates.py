"""The dates step (``seismo.dates.v2``): time expressions found in an article, normalised.

Spans come from spaCy's ``DATE`` / ``TIME`` entities plus rules of our own for phrases the small
model misses or cuts short ("in recent days", "mid-January", "the Belarusian August", "three
weeks ago", "the third quarter", "last fall", "Thanksgiving"), durations ("three days", "a
five-hour", "for years"), sets ("every Friday", "annually") and vague references ("now", "the
future"); adjacent spans are also tried joined ("9 a.m." + "Tuesday").  Each is normalised by
:func:`seismo.extract.timex.normalise` (re-exported here), whose docstring states the rules and
choices — above all, **durations are not dates**: a duration, set or vague reference is found
and typed (``When.type``, ``When.timeml``) but has no interval, and :func:`dates_events` keeps
it from dating an event.  Weekdays and year-less dates lean ahead when their clause speaks of
the future ("will meet on Tuesday").  A comparison with a year before ("a year earlier", "the
year-ago period") next to a quarter is that quarter a year before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seismo.extract.syntax import clause_head, is_verbal
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
from seismo.extract.timex.other import duration_source, phrases_as_written
from seismo.extract.timex.other import units as duration_units
from seismo.extract.timex.values import quarter
from seismo.model import Article, When

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


@lru_cache(maxsize=1)
def _rule_pattern() -> re.Pattern[str]:
    lex = lexicon()
    months = "|".join(m.capitalize() for m in sorted(lex.months, key=len, reverse=True) if len(m) > 3)
    weekdays = "|".join(w.capitalize() for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(n) for n in lex.numbers), key=len, reverse=True))
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lex.relative, key=len, reverse=True))
    seasons = "|".join(sorted(lex.seasons, key=len, reverse=True))
    holidays = "|".join(re.escape(" ".join(w if w == "of" else w[:1].upper() + w[1:] for w in h.split())).replace(r"\ ", r"\s+")
                        for h in sorted(lex.holidays, key=len, reverse=True))
    tens = "|".join(w for w, (v, _) in lex.numbers.items() if 10 <= v <= 90 and (v < 20 or v % 10 == 0) and " " not in w)
    ones = "|".join(w for w, (v, hi) in lex.numbers.items() if 0 < v == hi < 10 and w.isalpha() and len(w) > 2)
    others = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases_as_written(), key=len, reverse=True))
    every = "|".join(sorted(map(re.escape, duration_units()), key=len, reverse=True))
    weekdays_lower = "|".join(w for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    alternatives = [
        rf"(?i:(?:the\s+)?(?:{phrases}))",
        rf"(?i:early|mid|late)[- ](?:{months}|\d{{4}})",
        rf"the\s+[A-Z][\w'-]+\s+(?:{months})(?!\s*\d)",
        rf"(?i:(?:\d+|{numbers})(?:[- ][a-z]+)?\s+(?:{units})\s+ago)",
        rf"(?i:(?:the\s+)?(?:past|last|next|coming)\s+(?:\d+|{numbers})\s+(?:{units}))",
        rf"(?:(?i:last|this|next)\s+)?(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?",
        r"the\s+(?:(?i:early|mid|late)[- ]?)?(?:1[0-9]|20)\d0s",
        rf"(?:{months})\s+(?:of\s+)?(?i:last|this|next)\s+year",
        rf"(?i:the\s+week\s+of\s+)(?:{months})\.?\s+\d{{1,2}}\b",
        # named days ("Thanksgiving Day", "last Christmas") and years in words ("nineteen ninety-one")
        rf"(?:(?i:last|this|next)\s+)?(?:{holidays})",
        rf"(?i:(?:the\s+year\s+)?two\s+thousand|(?:eighteen|nineteen)\s+(?:{tens})(?:[- ](?:{ones}))?)",
        # quarters and halves: "the third quarter", "this year's fiscal second quarter", "the latest quarter"
        r"(?i:(?:the\s+)?(?:(?:this|last|next)\s+year's\s+|\d{4}\s+)?(?:fiscal\s+)?(?:first|second|third|fourth)[- ](?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:fiscal\s+)?\d{4})?)",
        r"(?i:the\s+(?:(?:latest|most\s+recent|current)\s+)?(?:fiscal\s+)?quarter)(?![- ]\w)",
        r"(?i:the\s+(?:latest|most\s+recent)\s+period)",
        r"(?i:the\s+(?:first|second|last|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+\d{4})?)",
        # a year named in a report of quarters: "the 1988 period"
        r"(?i:the\s+\d{4}\s+(?:period|quarter))",
        # seasons: "last fall", "the summer of 1998"
        rf"(?i:(?:(?:last|this|next|past|the|early|late|mid)[\s-]+)(?:{seasons})(?:\s+(?:of\s+)?\d{{4}})?)",
        rf"(?i:(?:{seasons})\s+(?:of\s+)?\d{{4}})",
        # vague references and sets: "now", "the future", "annually", "every Friday"
        rf"(?i:{others})",
        rf"(?i:(?:every|each)\s+(?:(?:other|\d+|{numbers})\s+)?(?:{every}|{weekdays_lower}))",
    ]
    return re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")\b")


@lru_cache(maxsize=1)
def _duration_pattern() -> re.Pattern[str]:
    """Durations as written: "three days", "more than four hours", "a five-year", "the first nine months"."""
    source = duration_source().replace(" ", r"\s+")
    return re.compile(rf"(?i:\b{source}\b)")


def rule_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the rules find in ``text``: dates, vague references,
    sets and durations (a duration's unit in lower case: "Day" is a name's)."""
    found = [(m.start(), m.end()) for m in _rule_pattern().finditer(text)]
    seen: set[tuple[int, int]] = set()
    for unit in _unit_pattern().finditer(text):  # cheap: the full pattern runs only around a unit word
        for m in _duration_pattern().finditer(text, max(0, unit.start() - _BEFORE_UNIT), unit.end() + 8):
            if m.start("unit") != unit.start() or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            if _AGE.match(text, m.end()):
                continue
            bare = not m["n"] and m.start("unit") == m.start()
            if m["n"] or m["unit"].endswith("s") and (not bare or _FOR.search(text[max(0, m.start() - 12) : m.start()])):
                found.append((m.start(), m.end()))
    return found


#: how far before its unit word a duration may start ("no more than two thousand five hundred years")
_BEFORE_UNIT = 80


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    """A unit of time in lower case ("Day" is a name's)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, duration_units()), key=len, reverse=True))})\b")


#: an age is no duration: "a 6-year-old", "52 years old"
_AGE = re.compile(r"[- ]old\b")
#: a bare plural unit is a duration after "for" / "over" / "within" ("for years"), else too vague
_FOR = re.compile(r"\b(?:for|over|within|after)\s+$", re.I)


def dates_events(when: When) -> bool:
    """Whether a time expression may date an event: a DATE or TIME with an interval (a duration,
    a set and a vague reference such as "now" never do)."""
    return when.type in ("DATE", "TIME") and when.earliest is not None and when.latest is not None


#: how far back (characters) a "year-earlier" comparison looks for the quarter it compares with
_QUARTER_CONTEXT = 600
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def _in_quarter_context(out: list[When]) -> list[When]:
    """"A year earlier", "the year-ago period", "the 1988 quarter" next to a quarter mean that quarter
    in another year: the nearest quarter named before them (within a few sentences) gives it."""
    lex = lexicon()
    ordered = sorted(out, key=lambda w: w.start)
    result: list[When] = []
    last_quarter: When | None = None
    for w in ordered:
        key = clean(w.text)
        rule = lex.relative.get(key, ("",))[0]
        named_year = re.fullmatch(r"(\d{4}) (?:period|quarter)", key)
        q = _QUARTER.fullmatch(last_quarter.timeml or "") if last_quarter is not None else None
        if q is not None and last_quarter is not None and w.start - last_quarter.end <= _QUARTER_CONTEXT and (rule == "year_back" or named_year):
            y = int(named_year[1]) if named_year else int(q[1]) - 1
            found = quarter(y, int(q[2]), 0.6)
            w = When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                     STEP, "DATE", found.timeml)
        elif rule != "year_back" and _QUARTER.fullmatch(w.timeml or ""):
            last_quarter = w
        result.append(w)
    return result


@lru_cache(maxsize=1)
def _inner_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(lexicon().months, key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:{months})\.?\s+\d{{4}}|(?:1[0-9]|20)\d\d)\b)"
    )


def _joined(candidates: set[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """Unions of candidates that follow each other ("9 a.m." + "Tuesday")."""
    ordered = sorted(candidates)
    out = set()
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
        if 0 <= s2 - e1 <= 5 and re.fullmatch(r"[\s,]*(?:on\s+)?", text[e1:s2]):
            out.add((s1, e2))
    return out


def _looks_ahead(doc: "Doc", start: int, end: int) -> bool:
    """Whether the clause a time expression sits in speaks of the future ("will meet Tuesday",
    "planned a rally on Saturday")."""
    from seismo.extract.framing.modality import modal_cues, modality_of

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = clause_head(span.root)
    if not is_verbal(verb):
        return False
    if modal_cues().get("governor", verb.lemma_) == "future":
        return True
    return modality_of(verb, sent=verb.sent) in ("future", "hypothetical")


def find_dates(doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources") -> tuple[When, ...]:
    """The dates step: every resolvable time expression in the article, in text order.

    Candidates are spaCy's DATE/TIME entities, :func:`rule_spans` and unions of adjacent ones;
    overlapping candidates are tried longest first, and the first that resolves wins its
    characters.  An entity that does not resolve as a whole ("the quarter ended Sept. 30",
    "between 1994 and 1997") gives up the dates inside it.  Weekdays and year-less dates lean
    ahead when their clause speaks of the future.
    """
    published = article.date or resources.settings.default_date
    text = doc.text
    entities = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in LABELS}
    candidates = entities | set(rule_spans(text))
    joined = _joined(candidates, text) - candidates
    candidates |= joined
    taken: list[tuple[int, int]] = []
    out: list[When] = []
    pending = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    while pending:
        start, end = pending.pop(0)
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        future = published is not None and _looks_ahead(doc, start, end)
        when = normalise(text[start:end], published=published, start=start, future=future)
        if when is not None and (start, end) in joined and when.earliest is None:
            when = None  # "6 a.m." + "ten days" is no duration; its parts are tried alone
        if when is not None:
            taken.append((start, end))
            out.append(when)
        elif (start, end) in entities:
            inner = [(start + m.start(), start + m.end()) for m in _inner_pattern().finditer(text[start:end])]
            pending = sorted({*pending, *((s, e) for s, e in inner if (s, e) != (start, end))}, key=lambda c: (c[0] - c[1], c[0]))
    out = _in_quarter_context(out)
    return tuple(sorted(out, key=lambda w: w.start))
