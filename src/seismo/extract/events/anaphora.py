"""Later mentions that point back: what the parse says of a trigger, for merging one happening's
mentions across sentences when their own fields disagree.

An article names a happening once in full and then refers back to it: "the party will launch
its campaign with a rally ... the city congress decided to defer *its rally* ... *the rally*
was meant to ...".  The later mention's place, date, actor or modality come from its own
sentence ("because of the violence in Gujarat"), so field-by-field comparison
(:func:`~seismo.extract.events.merge.same_happening`) keeps them apart.  Two rules of
reference join them (:func:`points_back`, :func:`frames`):

* **a definite mention** — a noun with a definite or possessive determiner ("the rally", "its
  strike", "these attacks") of the same type as an earlier report refers back to it when it
  repeats one of that report's trigger words ("a rally ... the rally", "bombed ... the bomb
  attacks"), or, naming no means, follows it within :data:`GENERIC_REACH` sentences ("they
  seized hundreds of hostages ... Scores died in the attacks").  It does not when its own
  phrase names a place ("the rally in Lyon") or a date that is not the report's ("the riots of
  2002"): that is another happening;
* **a frame** — one event told inside another of the same type in one sentence, the object of
  a preposition of place or time attached to the other's trigger: "in a meeting of MLAs, the
  party discussed ...", "at the rally, protesters marched ...".

The nearest earlier report is the antecedent.  Reads spaCy tokens and word classes
``definite_det`` and ``frame_prep`` of ``word_classes.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Token

    from seismo.model import Event

#: how many sentences back a definite mention that names no means looks for its happening
GENERIC_REACH = 1
#: parts of speech of a trigger's words that can repeat it ("called *for*" repeats nothing)
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
#: entity labels that give a noun phrase its own place
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Mention:
    """What the parse says of one event's trigger."""

    #: the sentence's number in the article
    sentence: int
    #: the trigger head's token index
    head: int
    #: lemmas of the trigger's content words and of its head
    lemmas: frozenset[str]
    #: a noun with a definite or possessive determiner ("the rally", "its strike")
    definite: bool
    #: its phrase names a place ("the rally in Lyon")
    own_place: bool
    #: the characters of its phrase ("the riots of 2002"): a date inside it is its own
    phrase: tuple[int, int]
    #: the token its phrase hangs from by a preposition of place or time ("in a *meeting*, they
    #: discussed": the index of "discussed"), else ``None``
    host: int | None


def mention_of(head: "Token", start: int, end: int) -> Mention:
    """The :class:`Mention` of a trigger whose words are the tokens ``start:end`` and whose
    head is ``head``."""
    doc = head.doc
    words = doc[start:end]
    lemmas = frozenset({head.lemma_.lower(), *(t.lemma_.lower() for t in words if t.pos_ in CONTENT)})
    if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "the recent bomb attacks": the phrase is the attacks'
    nominal = head.pos_ in ("NOUN", "PROPN")
    definite = nominal and any(
        (c.dep_ in ("det", "poss") and c.lower_ in lexicon.word_class("definite_det")) for c in head.children)
    phrase = [t for t in head.subtree if t.i != head.i and not (start <= t.i < end)] if nominal else []
    host = None
    if nominal and head.dep_ == "pobj" and head.head.lower_ in lexicon.word_class("frame_prep") and head.head.head.i != head.head.i:
        host = head.head.head.i
    return Mention(
        sentence=-1,
        head=head.i,
        lemmas=lemmas,
        definite=definite,
        own_place=any(t.ent_type_ in PLACE_LABELS for t in phrase),
        phrase=(min((t.idx for t in phrase), default=head.idx),
                max((t.idx + len(t) for t in phrase), default=head.idx + len(head))),
        host=host,
    )


def _own_date(mention: "Event", later: Mention) -> str | None:
    """The date the mention's own phrase names, if any."""
    date = mention.date
    if date is None or date.source != "text" or date.span is None:
        return None
    return date.value if later.phrase[0] <= date.span.start and date.span.end <= later.phrase[1] else None


def points_back(report: "Event", mention: "Event", later: Mention, *, lemmas: frozenset[str], last: int) -> bool:
    """Whether ``mention`` (parsed as ``later``) is a definite mention of the happening ``report``
    tells (``lemmas``: the trigger words of its mentions so far; ``last``: the sentence of its
    latest mention) — see the module docstring."""
    if report.type != mention.type or not later.definite or later.own_place:
        return False
    own = _own_date(mention, later)
    if own is not None and report.date is not None and report.date.source == "text" and report.date.value != own:
        return False
    if lemmas & later.lemmas:
        return True
    return mention.mode is None and 0 <= later.sentence - last <= GENERIC_REACH


def frames(a: "Event", ma: Mention, b: "Event", mb: Mention) -> bool:
    """Whether one of two events of one type in one sentence is told inside the other ("in a
    meeting of MLAs, the party discussed ...")."""
    return a.type == b.type and ma.sentence == mb.sentence and (ma.host == mb.head or mb.host == ma.head)


def parsed_triggers(drafts: "Sequence[Sequence[Any]]") -> dict[tuple[int, int], Mention]:
    """The :class:`Mention` of every trigger of the coder's drafts (per sentence, each with a
    ``head`` token, a ``trigger`` span and ``trigger_is_count``), by the trigger's character
    offsets; a count with no trigger word refers back to nothing."""
    out = {}
    for i, sentence in enumerate(drafts):
        for d in sentence:
            if d.trigger_is_count:
                continue
            words = d.head.doc.char_span(d.trigger.start, d.trigger.end, alignment_mode="expand")
            first, last = (words.start, words.end) if words is not None else (d.head.i, d.head.i + 1)
            out[(d.trigger.start, d.trigger.end)] = replace(mention_of(d.head, first, last), sentence=i)
    return out
