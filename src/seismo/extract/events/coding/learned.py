"""Events the learned type model names where no trigger of ``triggers.tsv`` does.

A sentence in which the rules find no event may still tell one, in words the trigger table lacks
("Quito and Lima will pool their coastguard patrols", "the junta sent the envoy packing").  When the
type model's PLOVER head (:mod:`seismo.learn.types`) gives such a sentence one PLOVER type, not
``NONE``, a probability of at least ``Policy.plover_fill`` (chosen on the tuning halves of the PLOVER
check sets, out of fold: see docs/training.md), the sentence's main verb becomes a trigger of that
type: a one-word rule of weight :data:`LEARNED_WEIGHT` and line 0 that the coder treats as any
other match (:meth:`~seismo.extract.events.coder._Coder.drafts`): the same checks that a word tells
a happening, the actor and recipient from the parse, then modality, place, date, attribution, ACLED
coding and confidence, and the model's own word on the event's type and ACLED coding.

The main verb is the sentence's root when it is a verb, or the verb of the clause a word of saying
reports ("the ministry said it would *expel* ..."); a sentence whose root is no verb (a headline
fragment, a list), or is a form of "be" or "have" (a state, no act), gets none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract.events.coding.triggers import TriggerMatch, TriggerRule
from seismo.extract.framing.claims import attribution_cues
from seismo.learn.examples import NONE

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.learn.types import Policy, Prediction, TypeModel
    from seismo.model import Event

#: the specificity of a learned trigger: below every row of the trigger table (the weakest read
#: 0.3), so that what the rules found in an article ranks above what the model alone names
LEARNED_WEIGHT = 0.25
#: verbs that tell a state, not an act
_STATES = frozenset({"be", "have"})


def main_verb(sent: "SpacySpan") -> "Token | None":
    """The verb that tells what a sentence reports: its root, or the clause a word of saying
    (``attribution_cues`` of the claims table) reports; None when that is no verb of an act."""
    verb = sent.root
    if verb.pos_ == "VERB" and attribution_cues().get("verb", verb.lemma_.lower()) is not None:
        verb = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), verb)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _STATES:
        return None
    return verb


def learned_matches(sents: "Sequence[SpacySpan]", empty: "Sequence[int]", model: "TypeModel") -> dict[int, TriggerMatch]:
    """For each index in ``empty`` (sentences where the rules drafted nothing), a trigger match of
    the type the model names for that sentence, when it names one with at least
    ``model.policy.plover_fill`` and the sentence has a main verb (:func:`main_verb`)."""
    threshold = model.policy.plover_fill
    if threshold > 1.0 or not empty:
        return {}
    verbs = {i: v for i in empty if (v := main_verb(sents[i])) is not None}
    if not verbs:
        return {}
    at = list(verbs)
    out: dict[int, TriggerMatch] = {}
    for i, p in zip(at, model.predict([sents[i].text for i in at])):
        plover = p.get("plover", {})
        best = max(plover, key=plover.__getitem__, default=NONE)
        if best == NONE or plover[best] < threshold:
            continue
        verb = verbs[i]
        rule = TriggerRule((verb.lemma_.lower(),), 0, "V", best, None, None, LEARNED_WEIGHT, (), (), 0)
        out[i] = TriggerMatch(verb, (verb.i,), rule)
    return out


def learned_coding(events: "list[Event]", read: "dict[str, Prediction]", learned: "set[tuple[int, int]]",
                   *, policy: "Policy") -> "list[Event]":
    """The events whose trigger the model named (``learned``: trigger spans; ``read``: the model's
    reading of each event's sentence, by event id) with what only the model can say of them: their
    ACLED coding is the ACLED head's (its top sub-type when that is no ``NONE`` and has at least
    ``policy.switch``; else none: the rules' table codes a type, not a sentence), their confidence at
    most the PLOVER head's probability of their type, and their step ends in ``+learned``."""
    from dataclasses import replace

    from seismo.contract.vocab import ACLED_EVENT_TYPE_OF

    out = []
    for e in events:
        p = read.get(e.id)
        if (e.trigger.start, e.trigger.end) not in learned or p is None:
            out.append(e)
            continue
        acled = p.get("acled", {})
        best = max(acled, key=acled.__getitem__, default=NONE)
        sub = best if best != NONE and acled[best] >= policy.switch else None
        out.append(replace(e, acled_event_type=None if sub is None else ACLED_EVENT_TYPE_OF[sub], acled_sub_event_type=sub,
                           confidence=max(0.01, round(min(e.confidence, p.get("plover", {}).get(e.type, 0.0)), 3)),
                           step=f"{e.step}+learned"))
    return out
