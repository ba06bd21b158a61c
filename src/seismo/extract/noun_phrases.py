"""The words of the noun phrase a word heads ("the Kazakh protesters"), each caller saying which
of the head's dependents on either side belong (:class:`Side`): a compact actor name, a speaker
mention with its of-phrases, a source without its clauses.

Reads spaCy tokens only (their ``dep_``, ``pos_``, ``head``, ``children`` and the named entity
a head is part of: :func:`seismo.extract.syntax.entity_of`); returns a span of the same ``Doc``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from seismo.extract.syntax import entity_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

Reach = Literal["until", "all", "run"]


@dataclass(frozen=True, slots=True)
class Side:
    """Which of a head's dependents on one side of it belong to its phrase, and how far they take it.

    keep: the dependency labels of the dependents that belong, or a test on a dependent.
    reach: ``"until"`` — out to the farthest word of the dependents that belong, walking out
        from the head and stopping at the first dependent that does not; ``"all"`` — out to
        the farthest word of any dependent that belongs, past those that do not; ``"run"`` —
        the unbroken run of words that belong (those of the head's dependents, on either side,
        that ``keep`` accepts), ending before any other word.
    words: a dependent that belongs brings only itself, not its own dependents.
    stops: words (as written) a ``"run"`` does not step onto (",").
    trim: words the side does not end on (a determiner, a quote mark): its far end moves back
        toward the head past them.
    names: after the head (reaching ``"until"`` or ``"all"``), a proper noun in apposition
        right after what the side has so far belongs too, with the proper nouns compounded
        after it but nothing else of its own ("the agency *Ria Novosti*", not the relative
        clause on it).
    """

    keep: frozenset[str] | Callable[["Token"], bool]
    reach: Reach = "until"
    words: bool = False
    stops: frozenset[str] = frozenset()
    trim: Callable[["Token"], bool] | None = None
    names: bool = False


def noun_phrase(
    head: "Token", *, before: Side | None = None, after: Side | None = None, entity: frozenset[str] | None = frozenset()
) -> "Span":
    """The noun phrase ``head`` heads: the head, what ``before`` and ``after`` take on either
    side of it (nothing when ``None``), and the named entity the head is part of, whole, when
    its label is in ``entity`` (``None``: any label; empty, the default: no entity).

    Callers differ in what a phrase is for — a compact actor name ("Kazakh protesters"), a
    speaker mention with its of-phrases ("the head of the Defense Commission"), a source
    without its clauses — so each passes its own sides.
    """
    start = head.i if before is None else _side_end(head, before, -1)
    last = head.i if after is None else _side_end(head, after, 1)
    ent = entity_of(head, labels=entity) if entity is None or entity else None
    if ent is not None:
        start, last = min(start, ent.start), max(last, ent.end - 1)
    return head.doc[start : last + 1]


def _side_end(head: "Token", side: Side, step: int) -> int:
    """The index of the farthest word ``side`` takes in the direction ``step`` (-1 or 1)."""
    doc = head.doc
    end = head.i
    if side.reach == "run":
        kept = {head.i}
        for child in head.children:
            if _belongs(child, side):
                kept.update([child.i] if side.words else (t.i for t in child.subtree))
        while end + step in kept and doc[end + step].text not in side.stops:
            end += step
    else:
        farthest = min if step < 0 else max
        for child in reversed(list(head.lefts)) if step < 0 else head.rights:
            if _belongs(child, side):
                edge = child if side.words else child.left_edge if step < 0 else child.right_edge
                end = farthest(end, edge.i)
            elif side.names and step > 0 and _apposed_name(child, after=end):
                end = max(end, _name_end(child))
            elif side.reach == "until":
                break
    if side.trim is not None:
        while end != head.i and side.trim(doc[end]):
            end -= step
    return end


def _belongs(tok: "Token", side: Side) -> bool:
    return side.keep(tok) if callable(side.keep) else tok.dep_ in side.keep


def _apposed_name(tok: "Token", *, after: int) -> bool:
    """A proper noun in apposition whose words begin right after token ``after``."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.left_edge.i == after + 1


def _name_end(name: "Token") -> int:
    """The last of a proper noun and the proper nouns compounded after it."""
    return max([name.i] + [c.i for c in name.rights if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"])
