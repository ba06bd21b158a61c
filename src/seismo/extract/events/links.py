"""The event coder's link to actor resolution: who the words of an actor or recipient name.

With an actor resolver (``resources.actor_resolver``) a participant's words resolve to an
:class:`~seismo.model.Actor` through it, with one memory per article; without one,
:func:`fallback_actor` gives the plain actor the entity label suggests.  The coder also uses
:func:`fallback_actor` for a participant the resolver does not name ("an army convoy", "two
men"), :func:`definite_antecedent` for a bare "the party" that stands for an organisation named
before, and :func:`acled_role` for the ACLED role of a participant.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seismo.extract.events.acled import AcledTable
from seismo.extract.events.triggers import TriggerTable
from seismo.extract.syntax import in_class
from seismo.model import Actor
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.resolve.actors import ActorMemory, ActorResolver

STEP_ACTORS = "seismo.events.v22"


def fallback_actor(span: "SpacySpan", *, named: bool = False) -> Actor | None:
    """A low-confidence actor guessed from the entity label; None for a pronoun.  Its name is
    the text for a PERSON, ORG or GPE entity, or when ``named`` (a body the text names, such as
    "the temple committee"), else None ("two men")."""
    head = span.root
    if head.pos_ == "PRON":
        return None
    label = head.ent_type_
    kind = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "group"}.get(label, "group")
    return Actor(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=span.text if named or label in ("PERSON", "ORG", "GPE") else None,
        country=None,
        sector=None,
        kind=kind,
        confidence=0.3,
        step=STEP_ACTORS,
    )


def actor_memory(resolver: "ActorResolver | None") -> "ActorMemory | None":
    """A fresh memory of the actors named so far in one article (``None`` without a resolver)."""
    return None if resolver is None else resolver.memory()


def actor_of(
    span: "SpacySpan", *, resolver: "ActorResolver | None", memory: Any, places: tuple[Any, ...]
) -> Actor | None:
    """The actor ``span`` names: through the resolver when there is one, else :func:`fallback_actor`."""
    if resolver is None:
        return fallback_actor(span)
    return resolver.resolve(span, memory=memory, places=places)


def definite_antecedent(tok: "Token", found: Actor | None, seen: "list[Actor]") -> Actor | None:
    """The actor ``found`` for the head ``tok``, a bare "the party" read as the organisation it
    stands for (:func:`_stands_for`); a named organisation is added to ``seen``, the
    organisations named so far as parties to events, in text order."""
    found = _stands_for(tok, found, seen)
    if found is not None and found.kind == "org" and found.name:
        seen.append(found)  # what a later "the party" may stand for
    return found


def _stands_for(tok: "Token", found: Actor | None, seen: "list[Actor]") -> Actor | None:
    """A body named only by its kind with "the" ("*the party* will stage a sit-in", "*the
    council* called on the court") stands for the nearest earlier organisation of that kind
    (its own word, "the ... Christian Council", or its sector) the article named: ``found``
    with that organisation's name, country and sector."""
    if found is None or found.name is not None or found.sector is None or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return found
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod", "prep", "relcl", "acl", "appos") for c in kids
    ):
        return found
    text = doc_text(tok.doc)
    for earlier in sorted(seen, key=lambda a: a.start, reverse=True):
        if earlier.start >= found.start:
            continue
        # an organisation of that kind, or of no known kind named just before ("the city
        # congress decided ... Instead, the party will ...")
        recent = text.count(".", earlier.end, found.start) <= RECENT_SENTENCES
        same_word = tok.lower_ in earlier.text.lower().replace("-", " ").split()  # "the council": "... Christian Council"
        if same_word or earlier.sector == found.sector or (earlier.sector is None and recent):
            return replace(found, name=earlier.name, country=found.country or earlier.country,
                           sector=earlier.sector or found.sector)
    return found


#: how many sentence ends may lie between "the party" and an organisation of no known kind it stands for
RECENT_SENTENCES = 2


def acled_role(actor: Actor | None, tok: "Token | None", *, table: TriggerTable, acled: AcledTable) -> str | None:
    """The ACLED role (state, armed, crowd, mob, civilian) of an actor, from its head word's class
    (``tok``: "mob", "forces", "armedgroup", "demonstrators") or its sector; a head of none of these
    classes takes the role of a word conjoined with it ("residents and *vigilantes*")."""
    heads = [] if tok is None else [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for head in heads:
        for cls, role in (("mob", "mob"), ("forces", "state"), ("armedgroup", "armed"), ("demonstrators", "crowd")):
            if in_class(head, table.word_class(cls)) or any(
                in_class(c, table.word_class(cls)) for c in head.children if c.dep_ in ("compound", "amod")
            ):
                return role
    if actor is not None:
        role = acled.role_of_sector(actor.sector)
        if role:
            return role
        if actor.sector == "CVL":
            return "civilian"
    if tok is not None and in_class(tok, table.word_class("target")):
        return "state"
    if tok is not None and in_class(tok, table.word_class("person")):
        return "civilian"
    return None
