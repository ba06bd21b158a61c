"""Quantities: a number phrase read as low / best / high, and the count word lists.

    parse_quantity("at least 18") -> Quantity(low=18, best=18, high=None, qualifier="at least")
    count_terms() -> CountTerms      count_terms.tsv and number_words.tsv, read once

Numerals ("18", "2,300", "1.5 million"), number words ("twenty-five", "a thousand"), vague
quantities ("dozens" -> 24-99, "several hundred" -> 300-900) and hedges ("almost 2,300" -> best
= high = 2300; "at least 18" -> low = best = 18; "more than a thousand" -> low 1001; "up to 50"
-> high 50; "between 10 and 20" -> 10-20).  Percentages, money, ages, times, ordinals and bare
years are not head counts and give ``None``.  :mod:`seismo.extract.numbers.counts` ties the phrases to
kinds, through the cue words found here (:func:`cue_at`, :func:`token_cue`); :func:`count_record`
makes the :class:`~seismo.model.Count` of a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, get_args

from seismo.extract import lexicon
from seismo.extract.noun_phrases import Side
from seismo.model import Count, CountKind, Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: the versioned step stamped on every count
STEP = "seismo.counts.v42"

KINDS: tuple[CountKind, ...] = get_args(CountKind)
CueRole = Literal["verb", "passive", "intransitive", "noun", "adj", "event", "armed"]
CUE_ROLES: tuple[CueRole, ...] = get_args(CueRole)
#: what a qualifier does to low / best / high (see the header of count_terms.tsv)
Effect = Literal["min", "above", "max", "below", "near", "approx", "exact"]
EFFECTS = frozenset(get_args(Effect))
#: the categories of count_terms.tsv that are plain word lists (term only)
WORD_LISTS = ("currency", "range", "bridge", "level", "partitive")
NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['.][^\W\d_]+)*\.?|[%$€£¥–-]")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed number phrase: bounds and best guess (any may be ``None``) and the hedge as written."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class CountTerms:
    """The word lists of ``count_terms.tsv``, keyed by tuples of lower-case words, and the
    number words of ``number_words.tsv``.

    ones / tens: "zero" .. "nineteen" and "twenty" .. "ninety" with their values.
    currency, range_links, bridge, level, partitive, harm: the plain word lists (see the table's header).
    folds: a multiplying adjective and its factor ("double": 2, "triple": 3).
    """

    qualifiers: dict[tuple[str, ...], Effect]
    vague: dict[tuple[str, ...], tuple[int, int]]
    multipliers: dict[tuple[str, ...], tuple[int, int]]
    scales: dict[str, int]
    units: frozenset[tuple[str, ...]]
    cues: dict[tuple[str, ...], list[tuple[CountKind, str]]] = field(default_factory=dict)
    longest: int = 4
    ones: dict[str, int] = field(default_factory=dict)
    tens: dict[str, int] = field(default_factory=dict)
    currency: frozenset[str] = frozenset()
    range_links: frozenset[str] = frozenset()
    bridge: frozenset[str] = frozenset()
    level: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    folds: dict[str, int] = field(default_factory=dict)
    harm: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def count_terms() -> CountTerms:
    """Read ``seismo/data/count_terms.tsv`` and ``number_words.tsv`` (once per process)."""
    qualifiers: dict[tuple[str, ...], Effect] = {}
    vague: dict[tuple[str, ...], tuple[int, int]] = {}
    multipliers: dict[tuple[str, ...], tuple[int, int]] = {}
    scales: dict[str, int] = {}
    units: set[tuple[str, ...]] = set()
    cues: dict[tuple[str, ...], list[tuple[CountKind, str]]] = {}
    lists: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    folds: dict[str, int] = {}
    harm: set[str] = set()
    table = lexicon.read("count_terms.tsv", columns=(2, 3), header=("category", "term", "value"))
    for row in table:
        category, term, value = row[0], row[1], row.get(2)
        words = tuple(_words(term))
        if category == "qualifier":
            qualifiers[words] = row.choice(2, sorted(EFFECTS), what="effect")  # type: ignore[assignment]
        elif category in {"vague", "multiplier"}:
            low, _, high = value.partition("-")
            if not (low.isdigit() and high.isdigit()):
                raise row.error(f"range {value!r} is not 'low-high'", "write e.g. 24-99")
            (vague if category == "vague" else multipliers)[words] = (int(low), int(high))
        elif category == "scale":
            scales[term] = row.integer(2, what="scale")
        elif category == "unit":
            units.add(words)
        elif category == "fold":
            folds[term] = row.integer(2, what="fold")
        elif category == "harm":
            harm.add(term)
        elif category in KINDS:
            cues.setdefault(words, []).append((category, row.choice(2, CUE_ROLES, what="role")))  # type: ignore[arg-type]
        elif category in lists:
            lists[category].add(term)
        else:
            raise row.error(f"unknown category {category!r}", "see the header of the table for the categories")
    ones: dict[str, int] = {}
    tens: dict[str, int] = {}
    for row in lexicon.read("number_words.tsv", columns=(2, 2), header=("word", "value")):
        value = row.integer(1)
        if value < 20:
            ones[row[0]] = value
        elif value < 100:
            tens[row[0]] = value
    longest = max(len(k) for k in [*qualifiers, *vague, *multipliers, *cues, *units])
    return CountTerms(
        qualifiers, vague, multipliers, scales, frozenset(units), cues, longest, ones=ones, tens=tens,
        currency=frozenset(lists["currency"]), range_links=frozenset(lists["range"]), bridge=frozenset(lists["bridge"]),
        level=frozenset(lists["level"]), partitive=frozenset(lists["partitive"]), folds=folds,
        harm=frozenset(harm),
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


# --------------------------------------------------------------------------- parsing numbers
def _longest(table: dict[tuple[str, ...], Any] | frozenset[tuple[str, ...]], words: Sequence[str], i: int, longest: int):
    for size in range(min(longest, len(words) - i), 0, -1):
        key = tuple(words[i : i + size])
        if key in table:
            return key
    return None


def _numeral(word: str) -> float | None:
    if NUMERAL.match(word):
        return float(word.replace(",", ""))
    return None


def _word_number(words: Sequence[str], i: int, terms: CountTerms) -> tuple[int, int] | None:
    """(value, end) for spelled-out numbers: "twenty-five", "one hundred and twenty", "a thousand"."""
    n = len(words)
    if i + 2 < n and words[i] == "half" and words[i + 1] in {"a", "an"} and words[i + 2] in {"million", "billion", "dozen"}:
        return terms.scales[words[i + 2]] // 2, i + 3
    total, current, j, last = 0, 0, i, ""
    if words[i] in {"a", "an"}:
        if i + 1 < n and words[i + 1] in terms.scales:
            current, j, last = 1, i + 1, "a"
        else:
            return None
    while j < n:
        w, following = words[j], words[j + 1] if j + 1 < n else ""
        if w in terms.tens and last in {"", "hundred", "and", "big"}:
            current, last = current + terms.tens[w], "ten"
        elif w in terms.ones and last in {"", "hundred", "and", "big", "hyphen"}:
            current, last = current + terms.ones[w], "one"
        elif w in {"-", "–"} and last == "ten" and following in terms.ones and 0 < terms.ones[following] < 10:
            last = "hyphen"
        elif w in {"hundred", "dozen"} and last in {"one", "ten", "a"}:
            current, last = current * terms.scales[w], "hundred"
        elif w in {"thousand", "million", "billion"} and last in {"one", "ten", "hundred", "a"}:
            total, current, last = total + current * terms.scales[w], 0, "big"
        elif w == "and" and last in {"hundred", "big"} and (following in terms.ones or following in terms.tens):
            last = "and"
        else:
            break
        j += 1
    if last in {"", "a", "hyphen", "and"}:
        return None
    return total + current, j


def _exact(words: Sequence[str], i: int, terms: CountTerms) -> tuple[int, int] | None:
    """(value, end) for one definite number: numeral with optional scale words, or number words."""
    if i >= len(words):
        return None
    value = _numeral(words[i])
    if value is not None:
        j = i + 1
        while j < len(words) and words[j] in terms.scales:
            value *= terms.scales[words[j]]
            j += 1
        if value != int(value):
            return None
        return int(value), j
    return _word_number(words, i, terms)


def _core(words: Sequence[str], i: int, terms: CountTerms) -> tuple[int | None, int | None, bool, str | None, int] | None:
    """(low, high, exact, vague text, end): the number itself, a range or a vague quantity."""
    mult = _longest(terms.multipliers, words, i, terms.longest)
    if mult and i + len(mult) < len(words) and words[i + len(mult)] in terms.scales:
        low, high = terms.multipliers[mult]
        scale = terms.scales[words[i + len(mult)]]
        end = i + len(mult) + 1
        return low * scale, high * scale, False, " ".join(words[i:end]), end
    vague = _longest(terms.vague, words, i, terms.longest)
    if vague:
        low, high = terms.vague[vague]
        return low, high, False, " ".join(vague), i + len(vague)
    first = _exact(words, i, terms)
    if first is None:
        return None
    value, end = first
    if end + 1 < len(words) and words[end] in terms.range_links:
        second = _exact(words, end + 1, terms)
        if second is not None and second[0] > value:
            return value, second[0], False, None, second[1]
    return value, value, True, None, end


def _parse(words: Sequence[str], i: int, terms: CountTerms) -> tuple[Quantity, int] | None:
    """The quantity starting at ``words[i]`` and where it ends, or ``None``."""
    qual = _longest(terms.qualifiers, words, i, terms.longest)
    j = i + len(qual) if qual else i
    effect = terms.qualifiers[qual] if qual else None
    if j < len(words) and words[j] == "between":
        lo = _exact(words, j + 1, terms)
        if lo is None or lo[1] >= len(words) or words[lo[1]] != "and":
            return None
        hi = _exact(words, lo[1] + 1, terms)
        if hi is None:
            return None
        core: tuple[int | None, int | None, bool, str | None, int] | None = (lo[0], hi[0], False, None, hi[1])
        qual_text = " ".join(words[i : j + 1])
    else:
        core = _core(words, j, terms)
        qual_text = " ".join(qual) if qual else None
    if core is None:
        return None
    low, high, exact, vague, end = core
    if _longest(terms.units, words, end, terms.longest) or (
        end + 1 < len(words) and words[end] in {"-", "–"} and _longest(terms.units, words, end + 1, terms.longest)
    ):
        return None
    if vague and qual_text:
        qual_text = f"{qual_text} {vague}"
    return _apply(low, high, exact, effect, qual_text or vague), end


def _apply(low: int | None, high: int | None, exact: bool, effect: str | None, qualifier: str | None) -> Quantity:
    """Low / best / high from the number (exact, a range or vague) and the hedge's effect."""
    n = low if exact else None
    if effect is None or effect == "exact":
        return Quantity(low, n, high, qualifier)
    if effect == "min":
        return Quantity(low, n, None, qualifier)
    if effect == "above":
        return Quantity(n + 1 if n is not None else low, None, None, qualifier)
    if effect == "max":
        return Quantity(None, None, high, qualifier)
    if effect == "below":
        return Quantity(None, None, n - 1 if n is not None else high, qualifier)
    if effect == "near":
        return Quantity(None, n, n, qualifier) if exact else Quantity(low, None, high, qualifier)
    return Quantity(None, n, None, qualifier) if exact else Quantity(low, None, high, qualifier)  # approx


def parse_quantity(text: str) -> Quantity | None:
    """The quantity at the start of ``text`` ("almost 2,300", "dozens", "two policemen" → 2);
    ``None`` when it is not a head count (a percentage, money, an age, a time, an ordinal, a
    bare year) or not a number at all."""
    if re.search(r"\d(?:st|nd|rd|th)\b", text, flags=re.IGNORECASE):
        return None
    words = _words(text)
    terms = count_terms()
    if not words or words[0] in terms.currency:
        return None
    parsed = _parse(words, 0, terms)
    if parsed is None:
        return None
    quantity, end = parsed
    if end == len(words) and end == 1 and re.fullmatch(r"(1[89]|20)\d\d", words[0]):
        return None  # a bare year
    return quantity


def number_phrases(words: Sequence[str], terms: CountTerms) -> "Iterator[tuple[int, int, Quantity]]":
    """Each number phrase of lower-cased ``words``, left to right and not overlapping:
    ``(start, end, quantity)`` word offsets ("nearly 2,300", "dozens of")."""
    i = 0
    while i < len(words):
        parsed = _parse(words, i, terms) if may_start(words[i], terms) else None
        if parsed is None:
            i += 1
            continue
        quantity, end = parsed
        yield i, end, quantity
        i = end


@lru_cache(maxsize=4096)
def numbers_in(text: str) -> frozenset[int]:
    """The best figures of the number phrases of a short text, a headline ("One dead, 6 hurt in
    shooting" -> {1, 6}); bare years left out."""
    words = [w.lower() for w in _words(text)]
    out: set[int] = set()
    for i, end, quantity in number_phrases(words, count_terms()):
        if quantity.best is not None and not (end == i + 1 and re.fullmatch(r"(1[89]|20)\d\d", words[i])):
            out.add(quantity.best)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Starts:
    """The first words of the table's phrases, to rule a word out in one look-up."""

    cues: frozenset[str]
    numbers: frozenset[str]


_STARTS: dict[int, _Starts] = {}


def _starts(terms: CountTerms) -> _Starts:
    found = _STARTS.get(id(terms))
    if found is None:
        found = _STARTS[id(terms)] = _Starts(
            cues=frozenset(k[0] for k in terms.cues),
            numbers=frozenset(k[0] for table in (terms.qualifiers, terms.vague, terms.multipliers) for k in table),
        )
    return found


def may_start(word: str, terms: CountTerms) -> bool:
    """Whether a number phrase may begin with ``word`` (a numeral, a number word, a hedge, a vague quantity)."""
    return bool(
        NUMERAL.match(word) or word in terms.ones or word in terms.tens or word in {"a", "an", "half", "between"}
        or word in _starts(terms).numbers
    )


# --------------------------------------------------------------------------- cue words and records
def cue_at(tokens: Sequence["Token"], start: int, terms: CountTerms, roles: set[str]) -> tuple[CountKind, int] | None:
    """(kind, length) of the cue phrase starting at ``tokens[start]`` with one of ``roles``."""
    if start >= len(tokens):
        return None
    first, firsts = tokens[start], _starts(terms).cues
    if first.lemma_.lower() not in firsts and first.lower_ not in firsts:
        return None
    for size in range(min(terms.longest, len(tokens) - start), 0, -1):
        window = tokens[start : start + size]
        for words in {tuple(t.lemma_.lower() for t in window), tuple(t.lower_ for t in window)}:
            for kind, role in terms.cues.get(words, ()):
                if role in roles:
                    return kind, size
    return None


def token_cue(tok: "Token", terms: CountTerms, roles: set[str]) -> CountKind | None:
    """The cue starting at ``tok``, or at the adverb just before it that modifies it ("fatally shot")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.head.i == tok.i and before.dep_ == "advmod":
        found = cue_at(doc, tok.i - 1, terms, roles)  # type: ignore[arg-type]
        if found is not None and found[1] > 1:
            return found[0]
    found = cue_at(doc, tok.i, terms, roles)  # type: ignore[arg-type]
    if (found and found[0] == "injured" or not found and tok.lemma_.lower() in terms.harm and "verb" in roles) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "death" for o in c.children)
            for c in tok.children):
        return "killed"  # "shot [him] to death", "beat two men to death": the cue split by its object
    return found[0] if found else None


def _premodifier(tok: "Token") -> bool:
    return tok.dep_ in {"compound", "amod", "nmod"} and not tok.like_num


#: who was counted: the noun with the compound / adjective / demonym words just before it
#: ("Kazakh protesters"), not a number
VICTIMS_BEFORE = Side(_premodifier, reach="run", words=True)


def count_record(kind: CountKind, quantity: Quantity, phrase: Sequence["Token"], *, victims: "SpacySpan | None",
                 confidence: float) -> Count:
    """A :class:`Count` for ``phrase`` (offsets into the document text)."""
    doc = phrase[0].doc
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    who = Span(victims.start_char, victims.end_char, victims.text) if victims is not None else None
    return Count(
        kind=kind, low=quantity.low, best=quantity.best, high=quantity.high, start=start, end=end,
        text=doc_text(doc)[start:end], qualifier=quantity.qualifier, victims=who, confidence=round(confidence, 2), step=STEP,
    )
