"""Years from one to another and kinds of year: "1992-93", "1914-18", "2015-2018" (the years from
the first to the last), "fiscal 2023", "fiscal year 2024-25", "the 2023-24 school year" (a year of
a kind named with its number: the year itself, or the years its two numbers span; a fiscal or
school year's own first and last days vary by country and are not guessed)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from seismo.extract.lexicon import word_class
from seismo.extract.timex.values import Resolved, span, year

__all__ = ["kind_of_year", "kinds_of_year", "years_from_to"]

#: a year written in four figures, of the last two centuries and this one
_YEAR = r"(?:1[0-9]|20)\d\d"


def kinds_of_year() -> str:
    """The regex alternation of the nouns of a kind of year (class ``year_kind``: fiscal, school ...)."""
    return "|".join(sorted(map(re.escape, word_class("year_kind")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern[str]:
    """A year or two with the kind before ("fiscal 2023", "fiscal year 2024-25") or after them ("2023-24
    school year", "2023 fiscal year")."""
    kinds = kinds_of_year()
    return re.compile(rf"(?P<before>(?:{kinds})(?:[- ]year)? )?(?P<first>{_YEAR})(?:[-/\u2013](?P<last>{_YEAR}|\d\d))?"
                      rf"(?P<after> (?:{kinds})[- ]year)?")


def years_from_to(first: int, last_written: str, *, kind: bool = False) -> Resolved | None:
    """The years from ``first`` to the one written ``last_written`` after it ("93" or "1993": 1993), or
    None when that is no later year within a century (within ten years for two figures, whose
    "1998-03" may be a month the ISO way, unless ``kind``: "the 2011-12 school year" is two years)."""
    if len(last_written) == 2:
        last = first // 100 * 100 + int(last_written)
        if last <= first:
            last += 100
        if not first < last <= first + 10 or (int(last_written) <= 12 and not kind):
            return None
    else:
        last = int(last_written)
        if not first < last <= first + 100:
            return None
    return span(dt.date(first, 1, 1), dt.date(last, 12, 31), 0.7)


def kind_of_year(text: str) -> Resolved | None:
    """A year of a kind named with its number (``text`` in lookup form: "fiscal 2023", "2023-24 school
    year"): that year, or the years from its first to its last; None for anything else."""
    m = _kind_pattern().fullmatch(text)
    if m is None or not (m["before"] or m["after"]):
        return None
    first, last = int(m["first"]), m["last"]
    return years_from_to(first, last, kind=True) if last else year(first, 0.8)
