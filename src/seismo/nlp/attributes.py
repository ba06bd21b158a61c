"""The model's ``attribute_ruler`` matched by token-attribute look-ups instead of spaCy's ``Matcher``.

The English model's attribute ruler (tag → part of speech and morphology, plus a few word
exceptions and :func:`~seismo.nlp.fix_lemmas`' corrections) holds about 200 one- or two-token
patterns.  spaCy's ``Matcher`` tries every pattern at every token and calls a Python predicate
for each ``IN`` / ``NOT_IN`` / ``REGEX`` test, which made the ruler cost about a seventh of the
whole parse.  :class:`AttributeMatcher` finds the same matches by indexing the patterns on one
equality (or ``IN``) test of their first token, read from ``doc.to_array``, and checking the rest
of the pattern only for the tokens the index names; the ruler then sets the attributes as before
(``AttributeRuler.set_annotations``, in the order spaCy's ``AttributeRuler.match`` returns).

    use_attribute_matcher(nlp)  -> True when the ruler now matches with an AttributeMatcher

A pattern this matcher cannot read exactly (an operator such as ``"OP"``, an extension attribute,
a comparison or fuzzy predicate, an attribute outside :data:`ATTRIBUTES`) leaves the ruler with
spaCy's own matching, untouched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.tokens import Doc

__all__ = ["ATTRIBUTES", "AttributeMatcher", "Unsupported", "use_attribute_matcher"]

#: the token attributes a pattern may test: ``doc.to_array`` reads each one as spaCy's Matcher does
ATTRIBUTES = frozenset({"ORTH", "LOWER", "TAG", "POS", "DEP", "IS_SPACE"})
#: distinct (regex, string) results kept before the cache is emptied (a long run meets many words)
_REGEX_CACHE = 20_000

#: one test of one token: (column of the attribute array, operator, value)
Test = tuple[int, str, Any]


class Unsupported(ValueError):
    """A pattern :class:`AttributeMatcher` cannot match exactly as spaCy's ``Matcher`` does."""


def _tests(spec: Mapping[str, Any], strings: "StringStore") -> list[tuple[int, str, Any]]:
    """The tests of one token pattern, as (attribute id, operator, value): the value as spaCy's
    Matcher compares it (a string's hash, a flag's 0 or 1, a set of hashes, a compiled regex)."""
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    out: list[tuple[int, str, Any]] = []
    for attr, value in spec.items():
        name = attr.upper() if isinstance(attr, str) else None
        name = "ORTH" if name == "TEXT" else name
        if name not in ATTRIBUTES:
            raise Unsupported(f"token attribute {attr!r}")
        aid = IDS[name]
        if isinstance(value, bool):
            out.append((aid, "==", int(value)))
        elif isinstance(value, str):
            out.append((aid, "==", strings.add(value)))
        elif isinstance(value, dict) and value:
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    out.append((aid, op, frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    out.append((aid, "REGEX", re.compile(arg)))
                else:
                    raise Unsupported(f"predicate {op!r} of {attr!r}")
        else:
            raise Unsupported(f"value {value!r} of {attr!r}")
    return out


class AttributeMatcher:
    """``AttributeRuler.match`` for patterns of plain token tests: the same
    ``(attribute index, match id, start, end)`` tuples, sorted, found by look-ups.

    Built from the ruler's patterns; built again when patterns are added (or the ruler cleared)."""

    def __init__(self, ruler: "AttributeRuler") -> None:
        self.ruler = ruler
        self._built_for: tuple[Any, int] | None = None
        self.columns: list[int] = []
        self.index: list[tuple[int, dict[int, list[tuple[int, int, tuple[tuple[Test, ...], ...]]]]]] = []
        self.generic: list[tuple[int, int, tuple[tuple[Test, ...], ...]]] = []
        self._regex: dict[tuple[re.Pattern[str], int], bool] = {}
        self._build()

    def _build(self) -> None:
        """Index every pattern on one test of its first token: an equality, else an ``IN`` (under
        each of its values); a pattern with neither is tried at every token (:attr:`generic`)."""
        ruler = self.ruler
        strings = ruler.vocab.strings
        patterns = []
        for i in range(len(ruler.attrs)):
            key = str(i)  # AttributeRuler.add keys its i-th pattern group str(i)
            patterns.extend((i, strings[key], [_tests(spec, strings) for spec in pattern])
                            for pattern in ruler.matcher.get(key)[1])
        self.columns = sorted({aid for _, _, tokens in patterns for tests in tokens for aid, _, _ in tests})
        column = {aid: k for k, aid in enumerate(self.columns)}
        index: dict[int, dict[int, list[tuple[int, int, tuple[tuple[Test, ...], ...]]]]] = {}
        self.generic = []
        for i, match_id, tokens in patterns:
            tests = [[(column[aid], op, value) for aid, op, value in token] for token in tokens]
            first = tests[0]
            k = next((k for k, t in enumerate(first) if t[1] == "=="), None)
            if k is None:
                k = next((k for k, t in enumerate(first) if t[1] == "IN"), None)
            if k is None:
                self.generic.append((i, match_id, tuple(map(tuple, tests))))
                continue
            col, op, value = first[k]
            rest = (tuple(t for j, t in enumerate(first) if j != k), *map(tuple, tests[1:]))
            entry = (i, match_id, rest if len(rest) > 1 or rest[0] else ())  # (): the look-up was the whole test
            for v in (value,) if op == "==" else value:
                index.setdefault(col, {}).setdefault(v, []).append(entry)
        self.index = sorted(index.items())
        self._built_for = (ruler.matcher, len(ruler.attrs))

    def _holds(self, rows: list[list[int]], start: int, tokens: tuple[tuple[Test, ...], ...], strings: "StringStore") -> bool:
        if start + len(tokens) > len(rows):
            return False
        for j, tests in enumerate(tokens):
            row = rows[start + j]
            for col, op, value in tests:
                x = row[col]
                if op == "==":
                    if x != value:
                        return False
                elif op == "IN":
                    if x not in value:
                        return False
                elif op == "NOT_IN":
                    if x in value:
                        return False
                else:  # REGEX, searched in the attribute's string as spaCy's _RegexPredicate does
                    hit = self._regex.get((value, x))
                    if hit is None:
                        if len(self._regex) >= _REGEX_CACHE:
                            self._regex.clear()
                        hit = self._regex[(value, x)] = bool(value.search(strings[x]))
                    if not hit:
                        return False
        return True

    def __call__(self, doc: "Doc") -> list[tuple[int, int, int, int]]:
        if self._built_for != (self.ruler.matcher, len(self.ruler.attrs)):
            self._build()
        n = len(doc)
        if not n or not self.columns:
            return []
        rows = doc.to_array(self.columns).reshape(n, len(self.columns)).tolist()
        strings = doc.vocab.strings
        holds = self._holds
        out = []
        for col, table in self.index:
            get = table.get
            for start, row in enumerate(rows):
                found = get(row[col])
                if found is None:
                    continue
                for i, match_id, rest in found:
                    if not rest:
                        out.append((i, match_id, start, start + 1))
                    elif holds(rows, start, rest, strings):
                        out.append((i, match_id, start, start + len(rest)))
        for i, match_id, tokens in self.generic:
            for start in range(n):
                if holds(rows, start, tokens, strings):
                    out.append((i, match_id, start, start + len(tokens)))
        out.sort()
        return out


def use_attribute_matcher(nlp: "Language", *, name: str = "attribute_ruler") -> bool:
    """Let the ``name`` component of ``nlp`` (an ``AttributeRuler``) match with an
    :class:`AttributeMatcher`; False, and the ruler left as it is, when there is no such component
    or one of its patterns is :class:`Unsupported`."""
    from spacy.pipeline import AttributeRuler

    if name not in nlp.pipe_names or not isinstance(ruler := nlp.get_pipe(name), AttributeRuler):
        return False
    try:
        ruler.match = AttributeMatcher(ruler)  # type: ignore[method-assign]
    except Unsupported:
        return False
    return True

