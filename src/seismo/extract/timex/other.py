"""Time expressions that are no point in time: durations ("three days", "for two years"), sets
("every Friday", "each summer", "annually") and vague references ("now", "the past", "the future").

Each gets its TimeML type and value (``P3D``, ``PT5H``, ``PXY``, ``XXXX-WXX-5``, ``P1Y``,
``PRESENT_REF``) and no interval: it says how long or how often, or points nowhere in particular,
so it never dates an event.  The words are in ``data/time_refs.tsv`` (references and sets) and
``data/duration_units.tsv`` (units); numbers in ``data/number_words.tsv`` and ``time_words.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from seismo.extract import lexicon as tables
from seismo.extract.timex.rules import clean
from seismo.extract.timex.words import lexicon
from seismo.model import Precision, TimexType

#: the precision given to a duration or set by its TimeML unit
_PRECISION: dict[str, Precision] = {"D": "day", "W": "week", "M": "month", "Y": "year", "E": "year", "C": "year", "L": "year"}


def _precision(unit: str) -> Precision:
    """The precision of a duration or set in ``unit`` (hours and minutes: a day's)."""
    return "day" if unit.startswith("T") else _PRECISION.get(unit.lstrip("2"), "day")


class Other(NamedTuple):
    """A duration, set or vague reference: its TimeML type and value, and a precision for ``When``."""

    type: TimexType
    timeml: str
    precision: Precision
    confidence: float


@lru_cache(maxsize=1)
def refs() -> dict[str, tuple[TimexType, str]]:
    """Phrase (its lookup form, :func:`~seismo.extract.timex.clean`) -> (TimeML type, value), from ``time_refs.tsv``."""
    return {clean(r[0]): (r.choice(1, ("DATE", "SET"), what="type"), r[2]) for r in tables.read("time_refs.tsv", columns=(3, 3))}  # type: ignore[misc]


def phrases_as_written() -> list[str]:
    """The phrases of ``time_refs.tsv`` as written in text ("the future", "every day")."""
    return [r[0] for r in tables.read("time_refs.tsv", columns=(3, 3))]


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Unit word -> TimeML unit ("hours" -> "TH", "decade" -> "E"), from ``duration_units.tsv``."""
    return {r[0]: r[1] for r in tables.read("duration_units.tsv", columns=(2, 2))}


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _number() -> str:
    numbers = _alternation(lexicon().numbers)
    return rf"(?:\d[\d,]*(?:\.\d+)?(?: 1/2| and a half)?|(?:{numbers})(?:[- ](?:{numbers}))*(?: and a half)?|many|a few|a couple of|half an?|a)"


@lru_cache(maxsize=1)
def duration_source() -> str:
    """The regex (words separated by single spaces) of a duration phrase: "more than two years",
    "the first nine months", "a five-day", "16-hour", "decades", "8-month-old", "a weeklong", "two thousand years"."""
    unit = _alternation(units())
    modifiers = _alternation(lexicon().modifiers)
    return (rf"(?:(?:{modifiers}) )*(?:(?:an? )?(?P<n>{_number()})(?: (?P<scale>hundred|thousand))?[- ])?"
            rf"(?:more |long |full |straight |additional |consecutive )?"
            rf"(?P<unit>{unit})(?P<half> and a half)?(?P<long>[- ]?long)?")


@lru_cache(maxsize=1)
def _duration() -> re.Pattern[str]:
    return re.compile(duration_source())


@lru_cache(maxsize=1)
def _set() -> re.Pattern[str]:
    weekdays = _alternation(lexicon().weekdays)
    months = _alternation(m for m in lexicon().months if len(m) > 3)
    parts = _alternation(d for d, code in lexicon().dayparts.items() if code.isalpha())
    seasons = _alternation(name for name, code in lexicon().season_codes.items() if code)
    return re.compile(rf"(?:every|each) (?:(?P<other>other )?(?:(?P<n>{_number()}) )?(?P<unit>{_alternation(units())})"
                      rf"|(?P<wd>{weekdays})(?: (?P<wd_part>{parts}))?|(?P<month>{months})|(?P<part>{parts})|(?P<weekend>weekend)"
                      rf"|(?P<season>{seasons}))"
                      # a weekday in the plural, perhaps with a part of it ("Mondays", "Friday nights"), and weekends
                      rf"|(?P<wds>{weekdays})(?:s(?: (?P<wds_part>(?:{parts})s))?| (?P<wds_part2>(?:{parts})s))|(?P<weekends>weekends)"
                      # "three times a week", "twice per year": how often in each such unit (TimeML's P1W)
                      rf"|(?P<times>{_number()} times|once|twice) (?:a|an|per|each|every) (?P<per>{_alternation(units())})")


def _amount(text: str | None) -> str:
    """TimeML's number for a duration's amount: "3", "2.5"; "X" when vague ("a few", "many")."""
    if not text:
        return "X"
    lex = lexicon()
    half = text.endswith((" 1/2", " and a half"))
    text = re.sub(r" (?:1/2|and a half)$", "", text)
    if text in ("a", "an"):
        n: float = 1
    elif text in ("half a", "half an"):
        n = 0.5
    elif text in lex.numbers:  # "a couple of": one entry of several words
        lo, hi = lex.numbers[text]
        if lo != hi:
            return "X"
        n = lo
    elif re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        n = float(text.replace(",", ""))
    else:
        values = [lex.numbers.get(w) for w in re.split(r"[- ]", text)]
        if not values or any(v is None or v[0] != v[1] for v in values):
            return "X"
        n = 0
        for word, v in zip(re.split(r"[- ]", text), values):  # "two hundred fifty": 2 x 100 + 50
            n = max(n, 1) * v[0] if word == "hundred" and v is not None else n + (v[0] if v is not None else 0)
    n += 0.5 if half else 0
    return str(int(n)) if n == int(n) else str(n)


#: a half of a unit, written in the next smaller one as TimeML does ("2 1/2 years": P2Y6M)
_HALF = {"L": "500Y", "C": "50Y", "E": "5Y", "Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}


def _period(amount: str, unit: str) -> str:
    whole, _, fraction = amount.partition(".")
    if fraction == "5" and unit in _HALF:  # "five and a half hours": PT5H30M, "half a year": P6M
        if whole == "0":
            return ("PT" if unit.startswith("T") else "P") + _HALF[unit]
        return _period(whole, unit) + _HALF[unit]
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    if unit[0].isdigit():  # a fortnight: two weeks each
        return f"P{int(unit[0]) * int(amount)}{unit[1:]}" if amount.isdigit() else f"PX{unit[1:]}"
    return f"P{amount}{unit}"


def classify(key: str) -> Other | None:
    """The duration, set or vague reference ``key`` (a span's lookup form, see
    :func:`seismo.extract.timex.clean`) is, or None when it is none of them."""
    table = refs()
    if key.endswith(" later") and (inner := classify(key[: -len(" later")])) is not None and inner.type == "DURATION":
        return inner  # "three days later": counted from a time in the story, TimeML's duration P3D
    if key.endswith(" earlier") and (inner := classify(key[: -len(" earlier")])) is not None and inner.type == "DURATION" \
            and inner.precision in ("day", "week"):
        return inner  # "a day earlier", "two weeks earlier": the same, looking back (P1D, P2W)
    if key in table:
        type_, value = table[key]
        if type_ == "SET":  # its precision its unit's: "quarterly" (P1Q) a quarter's range, "fortnightly" (P2W) a week's
            unit = value.lstrip("PT0123456789")
            return Other("SET", value, "range" if unit == "Q" else _PRECISION.get(unit, "day"), 0.7)
        return Other(type_, value, "range", 0.3)
    if m := _set().fullmatch(key):
        if m["times"]:
            unit = units()[m["per"]]
            return Other("SET", _period("1", unit), _precision(unit), 0.7)
        if m["wd"]:  # "every Friday night": that part of the day too (TimeML's XXXX-WXX-5TNI)
            part = lexicon().dayparts[m["wd_part"]] if m["wd_part"] else ""
            return Other("SET", f"XXXX-WXX-{lexicon().weekdays[m['wd']] + 1}{part}", "day", 0.7)
        if m["part"] and m["part"] in lexicon().dayparts:  # "every morning": TimeML's XXXX-XX-XXTMO
            return Other("SET", f"XXXX-XX-XX{lexicon().dayparts[m['part']]}", "day", 0.7)
        if m["weekend"] or m["weekends"]:  # "every weekend", "on weekends": TimeML's XXXX-WXX-WE
            return Other("SET", "XXXX-WXX-WE", "week", 0.7)
        if m["wds"]:  # "on Mondays", "Friday nights": each such day (TimeML's XXXX-WXX-1, XXXX-WXX-5TNI)
            plural_part = m["wds_part"] or m["wds_part2"]
            part = lexicon().dayparts[plural_part[:-1]] if plural_part else ""
            return Other("SET", f"XXXX-WXX-{lexicon().weekdays[m['wds']] + 1}{part}", "day", 0.7)
        if m["season"]:  # "every summer": that season of every year (TimeML's XXXX-SU)
            return Other("SET", f"XXXX-{lexicon().season_codes[m['season']]}", "range", 0.7)
        if m["month"]:  # "each July": that month of every year
            return Other("SET", f"XXXX-{lexicon().months[m['month']]:02d}", "month", 0.7)
        unit = units()[m["unit"]]
        amount = "2" if m["other"] else _amount(m["n"]) if m["n"] else "1"
        return Other("SET", _period(amount, unit), _precision(unit), 0.7)
    if (m := _duration().fullmatch(key)) and (m["n"] or m["unit"].endswith("s") or m["long"]):  # not "the day", "last week"
        unit = units()[m["unit"]]
        # a bare plural: "for years"; "a minute and a half": the half after its unit
        # ("weeklong", closed up with its "long", is one unit)
        amount = _amount(f"{m['n']} and a half" if m["half"] else m["n"]) if m["n"] else "1" if m["long"] else "X"
        scale = m["scale"] or ("hundred" if m["n"] and re.search(r"\w[- ]hundred$", m["n"]) else None)
        if scale and unit == "Y":  # "two thousand years": TimeBank counts hundreds and thousands of years in centuries, millennia
            count = _amount(re.sub(r"[- ]hundred$", "", m["n"])) if scale == "hundred" and not m["scale"] else amount
            if not count.isdigit():
                return None
            unit, amount = ("L" if scale == "thousand" else "C"), count
        elif m["scale"]:  # "two thousand days"
            if not amount.isdigit():
                return None
            amount = str(int(amount) * (1000 if m["scale"] == "thousand" else 100))
        return Other("DURATION", _period(amount, unit), _precision(unit), 0.6)
    return None


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


def is_duration(text: str) -> bool:
    """True for a span that says how long, not when: 'about a month', 'decades', 'many years'
    (the test the event rules use on spaCy's DATE entities; :func:`classify` gives the value)."""
    key = text.replace("\u2019", "'").lower().strip(" ,;:.")
    return bool(_duration_pattern().fullmatch(re.sub(r"\s+", " ", key)))
