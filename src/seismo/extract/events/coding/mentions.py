"""What the parse says of each event trigger (:class:`Mention`): the words the rules of reference
(:func:`points_back`, :func:`frames`, at the end of this module) and :mod:`seismo.extract.events.merge`
read to join a later mention to the happening it names again ("the rally", "in a meeting ... they
discussed", "a commander was also killed").  Reads
spaCy tokens and word classes ``definite_det``, ``frame_prep`` and ``additive`` of
``word_classes.tsv``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import PLACE_LABELS, definite

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence
    from typing import Any

    from spacy.tokens import Token

    from seismo.extract.events.coding.triggers import TriggerTable
    from seismo.model import Event

#: parts of speech of a trigger's words that can repeat it ("called *for*" repeats nothing)
CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


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
    #: its actor only took part in it ("officers *took part in* the killings"): no agent of the act
    partaker: bool = False
    #: a verb said of its victim with an adverb of addition ("a commander was *also* killed", "two
    #: guards *also* died"): one more hit by a happening told before
    adds: bool = False
    #: a death told in a series of happenings its sentence names ("300 were killed *during the
    #: riots*"): a toll of many happenings, not one of them (:func:`series_toll`)
    toll: bool = False
    #: a participle that tells what the act of the verb it hangs from did ("fired a water cannon
    #: ..., *injuring* one crew member"): that verb's token index, else ``None``
    result_of: int | None = None
    #: the token index of the verb the trigger tells the act of: the trigger's head if a verb,
    #: else the nearest verb it hangs from ("charged the marchers with *batons*": "charged")
    verb: int = -1
    #: a verb whose subject is a number of a group told before ("*two of the dead* were killed in
    #: Kangemi"): a part of a toll already reported, not another happening
    partitive: bool = False


def _non_restrictive(clause: "Token") -> bool:
    """A relative clause set off by a comma ("the raid, *which began at dawn on Elm
    Street*"): it tells more of the happening named, not which one it is."""
    left = clause.left_edge.i
    return clause.dep_ == "relcl" and left > 0 and clause.doc[left - 1].text == ","


def mention_of(head: "Token", start: int, end: int) -> Mention:
    """The :class:`Mention` of a trigger whose words are the tokens ``start:end`` and whose
    head is ``head``."""
    doc = head.doc
    words = doc[start:end]
    lemmas = frozenset({head.lemma_.lower(), *(t.lemma_.lower() for t in words if t.pos_ in CONTENT)})
    if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "the recent bomb attacks": the phrase is the attacks'
    nominal = head.pos_ in ("NOUN", "PROPN")
    pointed = nominal and definite(head)
    aside = {t.i for c in head.children if _non_restrictive(c) for t in c.subtree}
    phrase = [t for t in head.subtree if t.i != head.i and not (start <= t.i < end) and t.i not in aside] if nominal else []
    adds = (not nominal and any(c.dep_ == "advmod" and c.lower_ in lexicon.word_class("additive") for c in head.children)
            and not any(c.dep_ in ("dobj", "obj") for c in head.children))
    host = None
    if nominal and head.dep_ == "pobj" and head.head.lower_ in lexicon.word_class("frame_prep") and head.head.head.i != head.head.i:
        host = head.head.head.i
    return Mention(
        sentence=-1,
        head=head.i,
        lemmas=lemmas,
        definite=pointed,
        own_place=any(t.ent_type_ in PLACE_LABELS for t in phrase),
        phrase=(min((t.idx for t in phrase), default=head.idx),
                max((t.idx + len(t) for t in phrase), default=head.idx + len(head))),
        host=host,
        adds=adds,
        result_of=head.head.i if head.tag_ == "VBG" and head.dep_ == "advcl" and head.head.pos_ == "VERB" else None,
        verb=next((t.i for t in (head, *head.ancestors) if t.pos_ == "VERB"), head.i),
        partitive=not nominal and any(_part_of_told(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")),
    )


def _part_of_told(subject: "Token") -> bool:
    """A number of the hit, with a definite determiner (class ``toll_group``): "two *of the dead*",
    "three of those victims"; not "two of the attackers"."""
    group = lexicon.word_class("toll_group")
    return subject.like_num and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and definite(o) and (o.lower_ in group or o.lemma_.lower() in group) for o in p.children)
        for p in subject.children)


def parsed_triggers(drafts: "Sequence[Sequence[Any]]", *, table: "TriggerTable | None" = None) -> dict[tuple[int, int], Mention]:
    """The :class:`Mention` of every trigger of the coder's drafts (per sentence, each with a
    ``head`` token, a ``trigger`` span, an ``actor_tok`` and ``trigger_is_count``), by the
    trigger's character offsets; a count with no trigger word refers back to nothing.  With the
    trigger ``table``, a mention whose actor is one who took part in it
    (:func:`seismo.extract.events.roles.partakers`) is marked ``partaker``."""
    from seismo.extract.events.roles import partakers

    out = {}
    for i, sentence in enumerate(drafts):
        for d in sentence:
            if d.trigger_is_count:
                continue
            words = d.head.doc.char_span(d.trigger.start, d.trigger.end, alignment_mode="expand")
            first, last = (words.start, words.end) if words is not None else (d.head.i, d.head.i + 1)
            actor = getattr(d, "actor_tok", None)
            partaker = (table is not None and actor is not None and actor not in d.head.subtree
                        and bool(partakers(d.head, table)))
            out[(d.trigger.start, d.trigger.end)] = replace(mention_of(d.head, first, last), sentence=i, partaker=partaker,
                                                            toll=series_toll(d, sentence))
    return out


def series_toll(draft: Any, sentence: "Sequence[Any]") -> bool:
    """Whether an attack's verb is told in (class ``frame_prep``: "in", "during") a plural event
    noun that its sentence reports ("hundreds died *in the riots*", "were killed *during the
    clashes*"): the toll of a series of happenings, reported by no one of them alone."""
    head = draft.head
    if draft.type != "ASSAULT" or head.pos_ not in ("VERB", "AUX"):
        return False
    frame = lexicon.word_class("frame_prep")
    series = {d.head.i for d in sentence if d is not draft and d.head.tag_ == "NNS"}
    return any(p.dep_ == "prep" and p.lower_ in frame and any(o.dep_ == "pobj" and o.i in series for o in p.children)
               for p in head.children)


# ------------------------------------------------------------------ mentions that refer back

# Rules of reference: one happening told again when its fields disagree.  An article names a
# happening once in full and then refers back to it: "the union plans a rally on the quay ... the
# mayor asked it to put off *its rally* ... *the rally* was to start at noon".  The later mention's place, date, actor or modality come from its own
# sentence ("over the unrest in the delta"), so field-by-field comparison
# (:func:`seismo.extract.events.merge.same_happening`) keeps them apart.  Four rules of reference
# join them (:func:`points_back`, :func:`frames` here, and in :func:`seismo.extract.events.merge.merge_mentions`
# a result and a part of a toll):
#
# * **a definite mention** — a noun with a definite or possessive determiner ("the rally", "its
#   strike", "these attacks") of the same type as an earlier report refers back to it when it
#   repeats one of that report's trigger words ("a rally ... the rally", "bombed ... the bomb
#   attacks"), or, naming no means, follows it within :data:`GENERIC_REACH` sentences ("they
#   took dozens of hostages ... Many were killed in the raids").  It does not when its own
#   phrase names a place ("the rally in Lyon") or a date that is not the report's ("the riots of
#   2002"): that is another happening — but not when a relative clause set off by a comma
#   names it ("the raid, which began at dawn on Elm Street": :func:`_non_restrictive`);
# * **a frame** — one event told inside another of the same type in one sentence, the object of
#   a preposition of place or time attached to the other's trigger: "in a meeting of MLAs, the
#   party discussed ...", "at the rally, protesters marched ...";
# * **a result** — a participle of the same type hanging from the verb of a report's act tells
#   what that act did ("fired a water cannon at the boat, *injuring* one crew member"), whatever
#   means the act names (``Mention.result_of``, ``Mention.verb``);
# * **a part of a toll** — a verb whose subject is a number of a group with a definite
#   determiner ("*two of the dead* were killed in Kangemi") tells part of the toll of the nearest
#   report of its type that counts that kind; the group is one of the hit (class ``toll_group``:
#   not "two of the attackers"; ``Mention.partitive``).
#
# The nearest earlier report is the antecedent.  The parse of each trigger is read above (word
# classes ``definite_det``, ``frame_prep``, ``additive`` and ``toll_group`` of ``word_classes.tsv``).

#: how many sentences back a definite mention that names no means looks for its happening
GENERIC_REACH = 1


def _own_date(mention: "Event", later: Mention) -> str | None:
    """The date the mention's own phrase names, if any."""
    date = mention.date
    if date is None or date.source != "text" or date.span is None:
        return None
    return date.value if later.phrase[0] <= date.span.start and date.span.end <= later.phrase[1] else None


#: the PLOVER types of a forcible act, which one word may name either way ("a raid": an attack or a
#: search); a definite noun repeating it names the act told before, whichever it is
FORCIBLE = frozenset({"ASSAULT", "COERCE"})


def points_back(report: "Event", mention: "Event", later: Mention, *, lemmas: frozenset[str], last: int) -> bool:
    """Whether ``mention`` (parsed as ``later``) is a definite mention of the happening ``report``
    tells (``lemmas``: the trigger words of its mentions so far; ``last``: the sentence of its
    latest mention) — see the module docstring."""
    if not later.definite or later.own_place:
        return False
    if report.type != mention.type and not ({report.type, mention.type} <= FORCIBLE and lemmas & later.lemmas
                                            and mention.actor is None):
        return False  # the same word named again is the same forcible act, however its bare noun codes ("raided ...
        # the raid"); not one with a doer of its own ("the raid by French forces")
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
