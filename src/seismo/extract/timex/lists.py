"""Days of one month written together: "February 27th and 28th", "May 3 and 4", "3, 4 and 5 June",
"the 3rd and 4th of June", and spans of days: "May 3-4", "27–28 February".

Each day of a list is a day of its own, of the month named once for them all, and of one year:
the year written after the list, else the year the first day resolves to (so "May 3 and 4" are
days of the same year).  A number in the list is a day of that month, never a year ("February
27th and 28th" is no day of 1928).  A span of days joined by a hyphen or dash is one stretch.
:func:`day_lists` finds them; :func:`seismo.extract.dates.find_dates` resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from seismo.extract.timex.words import lexicon

#: a day number ("4", "28th") that is no part of a longer number, a time or a decimal
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"


@dataclass(frozen=True, slots=True)
class ListedDay:
    """One day of a list: its characters in the text and the text it is resolved as.

    start / end: the day's characters (a list's first day, when the month comes first, carries it:
    "February 27th"; the last day carries what follows the list, its month or year: "4, 2002");
    month: the month as written ("Feb."); day: its number; year: the year written, or None.
    """

    start: int
    end: int
    month: str
    day: int
    year: int | None


@dataclass(frozen=True, slots=True)
class DayList:
    """Days written together: ``days`` in text order; ``span``: True for "May 3-4" (one stretch
    from the first day to the last), False for a list ("May 3 and 4", each day its own)."""

    days: tuple[ListedDay, ...]
    span: bool

    @property
    def start(self) -> int:
        return self.days[0].start

    @property
    def end(self) -> int:
        return self.days[-1].end


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(m.capitalize() for m in sorted(lexicon().months, key=len, reverse=True))
    days = rf"(?P<days>{_DAY}(?:\s*,\s*(?:the\s+)?{_DAY})*,?\s+(?:and|or|&)\s+(?:the\s+)?{_DAY}|{_DAY}\s*[-\u2013]\s*{_DAY})"
    year = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
    month_first = re.compile(rf"\b(?P<month>{months})\.?\s+{days}{year}")
    day_first = re.compile(rf"\b(?:the\s+)?{days}\s+(?:of\s+)?(?P<month>{months})\b(?:\.(?=,?\s+\d{{4}}))?{year}")
    return month_first, day_first


def day_lists(text: str) -> list[DayList]:
    """The lists and spans of days of one month in ``text``, in text order (see the module docstring)."""
    found: list[DayList] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            listed = _days_of(m)
            if listed is not None:
                found.append(listed)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _days_of(m: re.Match[str]) -> DayList | None:
    numbers = list(re.finditer(r"\d{1,2}(?:st|nd|rd|th)?", m["days"]))
    values = [int(n[0].rstrip("stndrh")) for n in numbers]
    if not all(1 <= v <= 31 for v in values) or len(set(values)) != len(values):
        return None
    span = bool(re.search(r"[-\u2013]", m["days"]))
    if span and values[0] >= values[1]:
        return None
    year = int(m["year"]) if m["year"] else None
    base = m.start("days")
    month_first = m.start("month") < base
    days = []
    for k, (n, value) in enumerate(zip(numbers, values)):
        start, end = base + n.start(), base + n.end()
        if k == 0 and month_first:
            start = m.start("month")
        if k == len(numbers) - 1:
            end = m.end()  # the last day carries what follows the list: its month, its year
        days.append(ListedDay(start, end, m["month"], value, year))
    return DayList(tuple(days), span)
