"""The words and relative phrases the date rules read, from ``data/time_words.tsv``,
``data/relative_time.tsv`` and ``data/number_words.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args

from seismo.extract import lexicon as tables


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """The words and relative phrases the rules read, from the two data files."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, tuple[int, int]]
    units: dict[str, int]
    parts: dict[str, tuple[float, float]]
    seasons: dict[str, tuple[int, int]]
    #: TimeML's code of each season word ("summer" -> "SU")
    season_codes: dict[str, str]
    #: TimeML's code of each part of day ("morning" -> "TMO", "noon" -> "T12:00")
    dayparts: dict[str, str]
    #: ordinal words and their numbers ("eighth" -> 8), for days spoken in words
    ordinals: dict[str, int]
    #: words that may come before a duration's number ("more than", "nearly", "the first")
    modifiers: frozenset[str]
    #: verbs whose simple past is written as their present ("hurt", "cut"): a present tense of them may be a past
    same_past: frozenset[str]
    #: named day -> (month, day, weekday or None): the day, or the first such weekday on or after it
    holidays: dict[str, tuple[int, int, int | None]]
    #: phrase -> (rule, argument, confidence, TimeML template or "")
    relative: dict[str, tuple[str, str, float, str]]


#: the kinds of word in ``time_words.tsv``
TimeKind = Literal["month", "weekday", "number", "unit", "part", "season", "daypart", "modifier", "ordinal", "same_past"]


def pair(text: str) -> tuple[str, str]:
    lo, _, hi = text.partition(":")
    return lo, hi or lo


#: the month column of a holiday counted from Easter Sunday ("good friday": easter, -2)
EASTER = 0


def _signed(row: Any) -> int:
    """A holiday's day of the month, or its days from Easter ("-2", "+1")."""
    try:
        return int(row[2])
    except ValueError:
        raise row.error(f"day {row[2]!r} is no whole number", "see the header of holidays.tsv") from None


@lru_cache(maxsize=1)
def lexicon() -> TimeLexicon:
    """The time lexicon, read once from ``seismo/data``."""
    kinds: dict[str, dict[str, Any]] = {k: {} for k in get_args(TimeKind)}
    for row in tables.read("number_words.tsv", columns=(2, 2), header=("word", "value")):
        if row.integer(1) > 0:  # no stretch of time is zero units long
            kinds["number"][row[0]] = (row.integer(1), row.integer(1))
    season_codes: dict[str, str] = {}
    for row in tables.read("time_words.tsv", columns=(3, None)):
        word, value = row[0], row[2]
        kind = row.choice(1, kinds, what="kind")
        if kind == "season":
            season_codes[word] = row.get(3) or ""
        if kind in ("modifier", "same_past"):
            kinds[kind][word] = value
            continue
        if kind == "daypart":
            kinds[kind][word] = value
            continue
        try:
            if kind in ("number", "part", "season"):
                lo, hi = pair(value)
                kinds[kind][word] = (float(lo), float(hi)) if kind == "part" else (int(lo), int(hi))
            else:
                kinds[kind][word] = int(value)
        except ValueError:
            raise row.error(f"value {value!r} does not fit kind {kind!r}", "see the header of the table") from None
    relative = {
        r[0]: (r[1], r[2], r.number(3, what="confidence") if len(r) > 3 else 0.7, r.get(4))
        for r in tables.read("relative_time.tsv", columns=(3, None))
    }
    return TimeLexicon(
        months=kinds["month"],
        weekdays=kinds["weekday"],
        numbers=kinds["number"],
        units=kinds["unit"],
        parts=kinds["part"],
        seasons=kinds["season"],
        season_codes=season_codes,
        dayparts=kinds["daypart"],
        ordinals=kinds["ordinal"],
        modifiers=frozenset(kinds["modifier"]),
        same_past=frozenset(kinds["same_past"]),
        holidays={
            r[0]: (EASTER if r[1] == "easter" else r.integer(1), _signed(r), None if r[3] == "-" else
                   kinds["weekday"][r.choice(3, kinds["weekday"], what="weekday")])
            for r in tables.read("holidays.tsv", columns=(4, 4))
        },
        relative=relative,
    )
