"""Where the other words of a trigger phrase stand around its head ("set the building *on fire*",
"pulled its troops *back*"): within a few tokens of the same sentence, in order, a hyphenated word
("sit-in") in one piece; not a preposition heading a phrase of its own, a date's preposition ("fired
*on* Tuesday") or one that belongs to a noun between them ("called to the building *on* Elm Street")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import far_particle, words_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from seismo.extract.events.coding.triggers import TriggerRule

__all__ = ["AFTER_WINDOW", "BEFORE_WINDOW", "HYPHENS", "phrase_tokens"]

#: how far (in tokens) the other words of a phrase may lie after / before its head
AFTER_WINDOW = 4
BEFORE_WINDOW = 3


def phrase_tokens(rule: "TriggerRule", head: "Token", sent: "Span") -> tuple[int, ...] | None:
    """Doc indices of the phrase's words around ``head``, in order, or None if absent."""
    indices = [head.i]
    pos = head.i
    after = rule.words[rule.head :]
    for n, word in enumerate(after[1:], 1):
        limit = min(sent.end, head.i + AFTER_WINDOW + 1 + len(indices))
        limit = min(sent.end, limit + 2 * sum(t.text in HYPHENS for t in sent.doc[head.i:limit]))  # pro-Kurdish: 1 word
        if "-" in (word, after[n - 1]):  # a hyphenated word ("sit - in") is written in one piece
            limit = min(sent.end, pos + 2)
        nxt = next((i for i in range(pos + 1, limit) if word in words_of(sent.doc[i])), None)
        if nxt is None and n == 1:  # "pulled most of its ground troops *out* of the town"
            nxt = far_particle(head, word)
        if nxt is None or (len(rule.words) == 2 and nxt > pos + 1 and _preposition(sent.doc[nxt])):
            return None  # "give in" is not "given to rebels in the poll": a far particle is a preposition
        if _dating(sent.doc[nxt]):
            return None  # "fired on Tuesday" is not "fired on" someone
        if n == len(after) - 1 and nxt > pos + 1 and _stray(sent.doc[nxt], indices):
            return None  # "called to the building on Elm Street" is not "called on" someone
        indices.append(nxt)
        pos = nxt
    pos = head.i
    for word in reversed(rule.words[: rule.head]):
        limit = max(sent.start, head.i - BEFORE_WINDOW - len(indices)) - 1
        prv = next((i for i in range(pos - 1, limit, -1) if word in words_of(sent.doc[i])), None)
        if prv is None:
            return None
        indices.append(prv)
        pos = prv
    return tuple(sorted(indices))


#: the marks that join the parts of a hyphenated word
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _dating(tok: "Token") -> bool:
    """A preposition whose object is a date or a time ("on Tuesday", "in March")."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _stray(tok: "Token", indices: list[int]) -> bool:
    """A phrase's last word, a preposition, that heads a phrase of a noun between it and the
    phrase's other words, not of one of them ("called to the building *on* Elm Street": "on" is
    the building's, so no "call on"; "set the cars in the square on fire" still has its "on")."""
    return tok.dep_ == "prep" and tok.head.i not in indices and tok.head.pos_ in ("NOUN", "PROPN") \
        and indices[-1] < tok.head.i < tok.i


def _preposition(tok: "Token") -> bool:
    """A particle word that heads a phrase of its own ("in the last poll"), not a verb's particle
    (class ``particle``: "give in", "back down")."""
    return (tok.lower_ in lexicon.word_class("particle") and tok.dep_ == "prep"
            and any(c.dep_ == "pobj" for c in tok.children))
