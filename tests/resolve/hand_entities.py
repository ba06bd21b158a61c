"""Entity records made by hand for the resolver tests: (surface, label) pairs found left to
right in a text, so a test can give the places step exactly the entities it wants (no parse)."""

from __future__ import annotations

from seismo.model import Entity


def hand_entities(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    """Entity records for (surface, label) pairs, found left to right in ``text``."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(Entity(start=start, end=start + len(surface), text=surface, label=label))
        pos = start + len(surface)
    return out
