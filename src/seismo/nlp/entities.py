"""The entities step: spaCy's entities (after seismo's ruler) as :class:`Entity` records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seismo.model import Article, Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resources import Resources

STEP = "seismo.entities.v6"
#: labels worth keeping; numbers and ordinals are left to the count and date steps
KEPT = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "LAW", "DATE", "TIME"})


def find_entities(
    doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources"
) -> tuple[Entity, ...]:
    return tuple(
        Entity(start=e.start_char, end=e.end_char, text=e.text, label=e.label_, confidence=0.85, step=STEP)
        for e in doc.ents
        if e.label_ in KEPT
    )
