"""The event coder's link to actor resolution: who the words of an actor or recipient name.

With an actor resolver (``resources.actor_resolver``) a participant's words resolve to an
:class:`~seismo.model.Actor` through it, with one memory per article; without one,
:func:`fallback_actor` gives the plain actor the entity label suggests.  The coder also uses
:func:`fallback_actor` for a participant the resolver does not name ("an army convoy", "two
men").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seismo.model import Actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from seismo.resolve.actors import ActorMemory, ActorResolver

STEP_ACTORS = "seismo.events.v14"


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
