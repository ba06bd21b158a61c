"""The event coder's links to the steps other modules own — actors, counts, modality, claims.

Each collaborator is imported directly: a broken module fails loudly at import instead of
silently yielding no counts or a guessed modality.  The one rule kept here is
:func:`fallback_actor`, the plain actor for a participant the actor lexicon does not name
("an army convoy", "two men") or when no lexicon is loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from seismo.extract.claims import attribution_of
from seismo.extract.counts import find_counts
from seismo.extract.modality import modality_of
from seismo.model import Actor, Count, Span, When
from seismo.resolve.actors import ActorMemory, resolve_actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

STEP_ACTORS = "seismo.events.v1"


@dataclass(frozen=True, slots=True)
class Claim:
    """Who an event is attributed to and whether the report is hedged."""

    source: Span | None
    hedged: bool


def _model_span(obj: Any) -> Span | None:
    """A model Span from whatever an attribution gives (a spaCy span or a model Span)."""
    if obj is None:
        return None
    if hasattr(obj, "start_char"):
        return Span(obj.start_char, obj.end_char, obj.text)
    if isinstance(obj, Span):
        return obj
    return None


def fallback_actor(span: "SpacySpan") -> Actor | None:
    """A low-confidence actor guessed from the entity label; None for a pronoun."""
    head = span.root
    if head.pos_ == "PRON":
        return None
    label = head.ent_type_
    kind = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "group"}.get(label, "group")
    return Actor(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=span.text if label in ("PERSON", "ORG", "GPE") else None,
        country=None,
        sector=None,
        kind=kind,
        confidence=0.3,
        step=STEP_ACTORS,
    )


@dataclass(frozen=True, slots=True)
class Links:
    """The collaborator calls the coder makes, in one place."""

    @classmethod
    def load(cls) -> "Links":
        return cls()

    def memory(self, lexicon: Any) -> ActorMemory | None:
        return None if lexicon is None else ActorMemory(lexicon)

    def actor(self, span: "SpacySpan", *, lexicon: Any, memory: Any, places: tuple[Any, ...]) -> Actor | None:
        if lexicon is None:
            return fallback_actor(span)
        return resolve_actor(span, lexicon=lexicon, memory=memory, places=places)

    def counts(self, sent: "SpacySpan") -> tuple[Count, ...]:
        return tuple(find_counts(sent))

    def modality(self, trigger: "Token", *, sent: "SpacySpan", dates: tuple[When, ...], published: dt.date | None) -> str:
        return str(modality_of(trigger, sent=sent, dates=dates, published=published))

    def claim(self, trigger: "Token", *, sent: "SpacySpan") -> Claim:
        found = attribution_of(trigger, sent=sent)
        return Claim(_model_span(found.source), bool(found.hedged))
