"""The dates step (``seismo.dates.v1``): time expressions found in an article, normalised.

Spans come from spaCy's ``DATE`` / ``TIME`` entities plus rules of our own for phrases the small
model misses or cuts short ("in recent days", "mid-January", "the Belarusian August", "three
weeks ago"); adjacent spans are also tried joined ("9 a.m." + "Tuesday").  Each is normalised by
:func:`seismo.extract.timex.normalise` (re-exported here), whose docstring states the rules and
choices — above all, **durations are not dates** ("about a month", "decades of bad governance"
give no record).  Weekdays and year-less dates lean ahead when their clause speaks of the future
("will meet on Tuesday").
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
    alternatives = [
        rf"(?i:(?:the\s+)?(?:{phrases}))",
        rf"(?i:early|mid|late)[- ](?:{months}|\d{{4}})",
        rf"the\s+[A-Z][\w'-]+\s+(?:{months})(?!\s*\d)",
        rf"(?i:(?:\d+|{numbers})(?:[- ][a-z]+)?\s+(?:{units})\s+ago)",
        rf"(?i:(?:the\s+)?(?:past|last|next|coming)\s+(?:\d+|{numbers})\s+(?:{units}))",
        rf"(?:(?i:last|this|next)\s+)?(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?",
        r"the\s+(?:(?i:early|mid|late)[- ]?)?(?:1[0-9]|20)\d0s",
    ]
    return re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")\b")


def rule_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the rules find in ``text``."""
    return [(m.start(), m.end()) for m in _rule_pattern().finditer(text)]


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
    candidates |= _joined(candidates, text)
    taken: list[tuple[int, int]] = []
    out: list[When] = []
    pending = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    while pending:
        start, end = pending.pop(0)
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        future = published is not None and _looks_ahead(doc, start, end)
        when = normalise(text[start:end], published=published, start=start, future=future)
        if when is not None:
            taken.append((start, end))
            out.append(when)
        elif (start, end) in entities:
            inner = [(start + m.start(), start + m.end()) for m in _inner_pattern().finditer(text[start:end])]
            pending = sorted({*pending, *((s, e) for s, e in inner if (s, e) != (start, end))}, key=lambda c: (c[0] - c[1], c[0]))
    return tuple(sorted(out, key=lambda w: w.start))
