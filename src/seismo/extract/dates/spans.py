"""Where time expressions are in a text, by rule: the spans the dates step tries besides spaCy's.

:func:`rule_spans` finds phrases the small model misses or cuts short ("in recent days",
"mid-January", "the Belarusian August", "three weeks ago", "the third quarter", "last fall",
"Thanksgiving", "two days before Christmas", "by mid afternoon"), durations ("three days", "a
five-hour", "for years"), sets ("every Friday", "annually") and vague references ("now", "the
future"), from the words of :func:`seismo.extract.timex.lexicon`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seismo.extract.guards import first_chars
from seismo.extract.lexicon import word_class
from seismo.extract.timex import lexicon
from seismo.extract.timex.other import duration_source, phrases_as_written
from seismo.extract.timex.other import units as duration_units
from seismo.extract.timex.years import kinds_of_year

__all__ = ["rule_spans"]


@lru_cache(maxsize=1)
def _rule_pattern() -> re.Pattern[str]:
    lex = lexicon()
    months = "|".join(m.capitalize() for m in sorted(lex.months, key=len, reverse=True) if len(m) > 3)
    month_names = "|".join(m.capitalize() for m in sorted(lex.months, key=len, reverse=True))
    weekdays = "|".join(w.capitalize() for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(n) for n in lex.numbers), key=len, reverse=True))
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lex.relative, key=len, reverse=True))
    seasons = "|".join(sorted(lex.seasons, key=len, reverse=True))
    holidays = "|".join(re.escape(" ".join(w if w == "of" else w[:1].upper() + w[1:] for w in h.split())).replace(r"\ ", r"\s+")
                        for h in sorted(lex.holidays, key=len, reverse=True))
    tens = "|".join(w for w, (v, _) in lex.numbers.items() if 10 <= v <= 90 and (v < 20 or v % 10 == 0) and " " not in w)
    decades = "|".join(w[:-1] + "ies" for w, (v, _) in lex.numbers.items() if 20 <= v <= 90 and v % 10 == 0 and w.endswith("y"))
    ones = "|".join(w for w, (v, hi) in lex.numbers.items() if 0 < v == hi < 10 and w.isalpha() and len(w) > 2)
    others = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases_as_written(), key=len, reverse=True))
    every = "|".join(sorted(map(re.escape, duration_units()), key=len, reverse=True))
    weekdays_lower = "|".join(w for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    ordinals = "|".join(sorted(lex.ordinals, key=len, reverse=True))
    dayparts = "|".join(d for d in sorted(lex.dayparts, key=len, reverse=True) if lex.dayparts[d].isalpha())
    # a preposition of time just before a clock time with no a.m. or p.m. (a lookbehind for each word)
    clock_lead = "(?:" + "|".join(rf"(?<=\b(?i:{p})\s)" for p in sorted(word_class("clock_prep"))) + ")"
    kinds = kinds_of_year()
    year, to = r"(?:1[0-9]|20)\d\d", r"[-/\u2013](?:(?:1[0-9]|20)\d\d|\d\d)"
    alternatives = [
        rf"(?i:(?:the\s+)?(?:{phrases}))",
        rf"(?i:early|mid|late)[- ](?:{months}|\d{{4}})",
        rf"the\s+[A-Z][\w'-]+\s+(?:{months})(?!\s*\d)",
        rf"(?i:(?:\d+|{numbers})(?:[- ][a-z]+)?\s+(?:{units})\s+ago)",
        rf"(?i:(?:the\s+)?(?:past|last|next|coming)\s+(?:\d+|{numbers})\s+(?:{units})|(?:the\s+)?(?:past|next|coming)\s+(?:decade|century))",
        # a weekday in the plural, or with a part of the day in the plural ("closed on Mondays", "on Friday
        # nights"), and weekends after a preposition ("busy at weekends"): each such day (sets)
        rf"(?:{weekdays})(?:s(?:\s+(?i:{dayparts})s)?|\s+(?i:{dayparts})s)(?![-'\w])",
        rf"(?:(?i:last|this|next)\s+)?(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?",
        # a clock time without a.m. or p.m. before its day, after a preposition of time: "at 4:30 Tuesday
        # afternoon", "by 11:15 tonight" (not a race's time: "won in 2:08 Sunday")
        rf"{clock_lead}(?:[1-9]|1[0-2]):[0-5]\d\s+(?:(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?|(?i:tonight|today|yesterday|tomorrow))",
        r"the\s+(?:(?i:early|mid|late)[- ]?)?(?:1[0-9]|20)\d0s",
        r"(?i:pre|post)-(?:1[0-9]|20)\d\d(?!s)",  # "the post-1959 exodus", "pre-1990 cars"
        # decades without their century: "the nineties", "the early '80s"
        rf"the\s+(?:(?i:early|mid|late)[- ])?(?:'\d0s|(?:{decades}))",
        r"(?i:(?:the\s+)?(?:(?:early|mid|late)[- ])?\d{1,2}(?:st|nd|rd|th)\s+century)",
        rf"(?i:(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?:twenty|thirty)-)?(?:{ordinals})\s+century)",  # "the nineteenth century"
        rf"(?:{months})\s+(?:of\s+)?(?i:last|this|next)\s+year",
        rf"(?:{month_names})\.?\s+'\d\d(?!\w)",  # a year cut to two figures: "March '19"
        # a day counted from another: "the day before last Tuesday", "two days after March 3", "a week before Christmas";
        # a whole week, month or year: "the week before Christmas"
        rf"(?i:(?:the\s+(?:day|week|month|year)|(?:\d+|{numbers})\s+(?:{units}))\s+(?:before|after)\s+)"
        rf"(?:(?:(?i:last|this|next)\s+)?(?:{weekdays}|{holidays})"
        rf"|(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?i:yesterday|today|tomorrow))",
        # a month and day, abbreviated or not: "Aug. 7", "Sept. 30, 1998", "March 5th"
        rf"(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\d,.]*\d)",
        rf"(?i:the\s+week\s+of\s+)(?:{months})\.?\s+\d{{1,2}}\b",
        # named days ("Thanksgiving Day", "last Christmas") and years in words ("nineteen ninety-one")
        rf"(?:(?i:last|this|next)\s+)?(?:{holidays})(?:\s+weekend)?",
        rf"(?i:(?:the\s+year\s+)?two\s+thousand|(?:eighteen|nineteen)\s+(?:{tens})(?:[- ](?:{ones}))?)",
        # quarters and halves: "the third quarter", "this year's fiscal second quarter", "the latest quarter"
        r"(?i:(?:the\s+)?(?:(?:this|last|next)\s+year's\s+|\d{4}\s+)?(?:fiscal\s+)?(?:first|second|third|fourth|final)[- ](?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:(?:fiscal\s+)?\d{4}|(?:this|last|next)\s+year))?)(?!\s+of\s+(?:the|a|an|its|his|her|their)\s+(?!year\b))",
        r"(?i:the\s+(?:(?:latest|most\s+recent|current)\s+)?(?:fiscal\s+)?quarter|(?:this|next|last)\s+(?:fiscal\s+)?quarter)"
        r"(?!-\w|\s+(?:century|centuries|point|mile|hour|of)\b)",
        r"(?i:the\s+(?:latest|most\s+recent)\s+period)",
        # a quarter written short, capital Q only ("Q3", "Q3 2021", "2021 Q3", "Q4 of 2021"; not "q4" in a code)
        r"(?:(?:1[0-9]|20)\d\d\s+)?(?:(?i:fiscal)\s+)?Q[1-4](?:(?:,?\s+|\s+of\s+)(?:1[0-9]|20)\d\d)?(?![-\w])",
        # a kind of year with its number: "fiscal 2023", "fiscal year 2024-25", "the 2023-24 school year"
        rf"(?i:(?:the\s+)?(?:(?:{kinds})(?:[- ]year)?\s+{year}(?:{to})?|{year}(?:{to})?\s+(?:{kinds})[- ]year))(?![-\w])",
        # years from one to another, closed up with a dash: "2015-2018", "1914-18"
        rf"(?<![-/\w]){year}{to}(?![-/\w])",
        # a fiscal year written short: "FY2021", "FY 2021", "FY21"
        r"FY\s?(?:(?:1[0-9]|20)\d\d|\d\d)(?![-\w])",
        # the decade of publication: "this decade", "the current decade"
        r"(?i:this|the\s+current)\s+decade",
        # "for the year", "a high for the year": the year of publication (not "the year before"); "the
        # year ended Oct. 2": twelve months, a duration (see year_by_its_end)
        r"(?i:the\s+(?:(?:full|fiscal|current)\s+)?year)(?![-'\w]|\s+(?:before|after|earlier|later|two|that|when|in|of|\d{4})\b)",
        r"(?i:the\s+year\s+)(?:1[0-9]|20)\d\d",  # "the year 2005": that year
        # "for the week", "the month's biggest gain": publication's, as "for the year" (not "the week before",
        # "the month since", "the week ended Friday", "the month of May")
        r"(?i:the\s+(?:week|month))(?=(?:'s)?(?![-'\w]))"
        r"(?!\s+(?:before|after|earlier|later|that|when|in|of|since|ahead|ended|ending|following|to)\b)",
        r"(?i:the\s+(?:first|second|last|latter)\s+(?:half|two\s+quarters)"
        r"(?:\s+of\s+(?:\d{4}|(?:this|last|next)\s+year|the\s+(?:'\d0s|(?:1[0-9]|20)\d0s)))?)",
        # a year named in a report of quarters: "the 1988 period"
        r"(?i:the\s+\d{4}\s+(?:period|quarter))",
        # seasons: "last fall", "the summer of 1998"
        rf"(?i:(?:(?:last|this|next|past|the|early|late|mid)[\s-]+)+(?:{seasons})(?:\s+(?:of\s+)?(?:\d{{4}}|'\d\d(?!\w)))?)",
        rf"(?i:(?:{seasons})\s+(?:of\s+)?(?:\d{{4}}|'\d\d(?!\w)))",
        # vague references and sets: "now", "the future", "annually", "every Friday"
        rf"(?i:{others})",
        rf"(?i:(?:every|each)\s+(?:(?:other|\d+|{numbers})\s+)?(?:{every}|(?:{weekdays_lower})(?:\s+(?:{dayparts}))?|weekend|{dayparts}))",
        # how often in each unit: "three times a week", "twice per year"
        rf"(?i:(?:(?:\d+|{numbers})\s+times|once|twice)\s+(?:a|an|per|each|every)\s+(?:{every}))",
        rf"(?i:every|each)\s+(?:{months}|{seasons})",
        r"(?:(?<=\b(?i:on)\s)|(?<=\b(?i:at)\s)|(?<=\b(?i:over)\s)|(?<=\b(?i:during)\s))(?i:weekends)(?![-'\w])",
        # a part of the day with no day named: "in the morning", "by mid afternoon" (its day is the one in view)
        r"(?i:(?:in|by|during|until|since|through|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:morning|afternoon|evening))"
        r"(?!\s+(?:of|and|or)\b|[-'\w])",
    ]
    # every alternative starts with a word character: "(?=\w)" spares the alternation the word
    # ends, half the boundaries, for the same matches (about twice as fast); each alternative is
    # led by the characters it may start with (first_chars), so that at a word no alternative
    # can start with, it is given up after one test (the same matches, again about twice as fast)
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{first_chars(a)}{a})" for a in alternatives) + r")\b")


@lru_cache(maxsize=1)
def _duration_pattern() -> re.Pattern[str]:
    """Durations as written: "three days", "more than four hours", "a five-year", "the first nine months"."""
    source = duration_source().replace(" ", r"\s+")
    return re.compile(rf"(?i:\b{source}\b)")


def rule_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the rules find in ``text``: dates, vague references,
    sets and durations (a duration's unit in lower case: "Day" is a name's)."""
    found = [(m.start(), m.end()) for m in _rule_pattern().finditer(text)]
    found += [(m.start("year"), m.end("year")) for m in _BARE_YEAR.finditer(text)]
    found += [(m.start("day"), m.end("day")) for m in _DAY_ALONE.finditer(text)]
    found += [(m.start("year"), m.end("year")) for m in _SHORT_YEAR.finditer(text)]
    found += [(m.start("season"), m.end("season")) for m in _season_of_weather().finditer(text)]
    found += [(m.start("season"), m.end("season")) for m in _season_alone().finditer(text)]
    seen: set[tuple[int, int]] = set()
    for unit in _unit_pattern().finditer(text):  # cheap: the full pattern runs only around a unit word
        for m in _duration_pattern().finditer(text, max(0, unit.start() - _BEFORE_UNIT), unit.end() + _AFTER_UNIT):
            if m.start("unit") != unit.start() or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            if _AGE.match(text, m.end()):
                continue
            bare = not m["n"] and m.start("unit") == m.start()
            if m["n"] or m["long"] or m["unit"].endswith("s") and (not bare or _FOR.search(text[max(0, m.start() - 12) : m.start()])):
                found.append((m.start(), m.end()))
    return found


#: a year in figures after a word that puts a time after it ("taught there from 1984 to 1991", "since 1990"),
#: where the small model may find none; after "to", "and", "or" only where a year comes before them (not
#: "the index rose to 1995"); not an amount ("1995 votes": a noun follows; "1,995")
_BARE_YEAR = re.compile(
    r"(?:\b(?i:in|since|from|until|till|before|after|during|between)\s+"
    r"|(?<=\d{4}\sto\s)|(?<=\d{4}\sand\s)|(?<=\d{4}\sor\s)|(?<=\d{4}\sthrough\s))"
    r"(?P<year>(?:1[89]|20)\d\d)(?![\d%]|,\d|\.\d|s\b|\s+(?!(?:to|and|or|through|until|till|when|as|after|before|in|at|on|but"
    r"|the|a|an|that|which|while|he|she|it|they|we)\b)[a-z])"
)
#: a year cut to two figures after a preposition of time, closing its phrase ("opened in '96.", "since '89, when")
_SHORT_YEAR = re.compile(
    r"\b(?i:in|since|from|until|till|before|after|during|between|and|to)\s+(?P<year>['’]\d\d)"
    r"(?=\s*[,.;:)]|\s+(?:and|or|but|when|to|through|until)\b|\s*$)"
)
#: a day of the month named alone after a preposition of time, closing its phrase ("met on the 3rd.",
#: "by the 21st, when"), which the small model may take for a mere ordinal
_DAY_ALONE = re.compile(
    r"\b(?i:on|since|by|until|till|from|before|after)\s+(?P<day>the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))"
    r"(?=\s*[,.;:)]|\s+(?:and|or|but|when|to)\b)"
)


@lru_cache(maxsize=1)
def _season_alone() -> re.Pattern[str]:
    """A season named alone after a preposition of time, closing its phrase ("prices could climb by
    fall.", "until spring, when"), which the small model may leave out: "fall" after "by" is then the
    season, not a drop ("hurt by a fall in demand", "since the fall of the wall" have a word between)."""
    seasons = "|".join(sorted(lexicon().seasons, key=len, reverse=True))
    return re.compile(
        rf"\b(?i:by|until|till|before|since|through)\s+(?P<season>(?i:{seasons}))"
        r"(?=\s*[,.;:)]|\s+(?:and|or|but|when|at|to)\b)"
    )


@lru_cache(maxsize=1)
def _season_of_weather() -> re.Pattern[str]:
    """A season named by its weather or length with no word of time before it ("a dry spring", "the
    harsh winter", "a long, hot summer"): the season word, which the small model may leave out (a bare
    "spring" alone is too often no season; "fall" is left out, "a long fall" being a drop)."""
    weather = "|".join(sorted(word_class("season_weather"), key=len, reverse=True))
    seasons = "|".join(sorted((s for s in lexicon().seasons if s != "fall"), key=len, reverse=True))
    return re.compile(rf"\b(?i:a|an|the)\s+(?:(?i:{weather}),?\s+)+(?P<season>(?i:{seasons}))\b(?![-'])")


#: how far before its unit word a duration may start ("no more than two thousand five hundred years")
_BEFORE_UNIT = 80
#: how far after it a duration may end ("a minute and a half", "a day-long")
_AFTER_UNIT = 12


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    """A unit of time in lower case ("Day" is a name's), also closed up with "long" ("weeklong")."""
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, duration_units()), key=len, reverse=True))})(?:\b|(?=long\b))")


#: an age is no duration: "a 6-year-old", "52 years old"
_AGE = re.compile(r"[- ]old\b")
#: a bare plural unit is a duration after "for" / "over" / "within" ("for years"), else too vague
_FOR = re.compile(r"\b(?:for|over|within|after)\s+$", re.I)
