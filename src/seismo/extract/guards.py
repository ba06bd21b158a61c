"""First-character guards for the branches of a large regex alternation.

Python's ``re`` tries every branch of an alternation at every position it reaches, each branch
to its end; a branch holding a long word list ("recent days|the past week|...") costs a look at
each of its words.  ``first_chars(source)`` reads a branch and returns a lookahead naming the
characters any match of it may begin with (``(?=(?i:[elm]))`` for ``(?i:early|mid|late)...``),
so that the branch is given up after one character test at every other position.  The
lookahead only restates what the branch requires: the matches are the same.

    first_chars(r"(?i:early|mid|late)[- ]\\d{4}") -> "(?=(?i:[elm]))"
    first_chars(r"\\w+|x?") -> ""        (a branch that can match nothing has no first character)

The branch is read with the parser of ``re`` itself (``re._parser``); any construct not listed
below (a back reference, ``.``, a negated class ...) or a Python whose ``re`` differs gives ``""``:
no guard, the branch as it was.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["first_chars"]


class _GiveUp(Exception):
    """The branch holds something whose first characters are not read here."""


def _sequence(items: Any, icase: bool, exact: set[str], folded: set[str], c: Any) -> bool:
    """Add the first characters of a sequence; whether it can match the empty string."""
    return all(_item(op, av, icase, exact, folded, c) for op, av in items)


def _item(op: Any, av: Any, icase: bool, exact: set[str], folded: set[str], c: Any) -> bool:
    """Add the first characters of one node of the parse; whether it can match the empty string."""
    if op is c.LITERAL:
        (folded if icase else exact).add(re.escape(chr(av)))
        return False
    if op is c.IN:
        categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
        parts = []
        for kind, value in av:
            if kind is c.LITERAL:
                parts.append(re.escape(chr(value)))
            elif kind is c.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is c.CATEGORY and value in categories:
                parts.append(categories[value])
            else:
                raise _GiveUp(kind)
        (folded if icase else exact).update(parts)
        return False
    if op is c.BRANCH:
        empty = False
        for branch in av[1]:
            empty = _sequence(branch, icase, exact, folded, c) or empty
        return empty
    if op is c.SUBPATTERN:
        _, add, remove, items = av
        icase = (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE
        return _sequence(items, icase, exact, folded, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _, items = av
        return _sequence(items, icase, exact, folded, c) or low == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, icase, exact, folded, c)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: what follows gives the first character
        return True
    raise _GiveUp(op)


def first_chars(source: str) -> str:
    """A lookahead for the characters a match of the regex ``source`` may begin with ("" when
    there is none to give: see the module docstring).  Case-insensitive parts are tested
    case-insensitively, as the branch itself tests them."""
    try:
        from re import _constants as constants  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]

        tree = parser.parse(source)
        exact: set[str] = set()
        folded: set[str] = set()
        if _sequence(tree, bool(tree.state.flags & constants.SRE_FLAG_IGNORECASE), exact, folded, constants):
            return ""
    except Exception:  # noqa: BLE001 - no guard is always right; a guard only saves time
        return ""
    parts = [f"[{''.join(sorted(exact))}]"] if exact else []
    if folded:
        parts.append(f"(?i:[{''.join(sorted(folded))}])")
    return f"(?={'|'.join(parts)})" if parts else ""
