"""Accidents are not political violence (seismo.extract.framing.accidents)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seismo.extract.events.triggers import TriggerTable
from seismo.extract.framing.accidents import drop_accidents


@dataclass
class Draft:
    """What the accident rule reads of a coder draft."""

    type: str
    mode: str | None
    hint: str | None = None
    actor_tok: Any = None


def test_toxic_fumes_next_door_make_an_explosion_an_accident(nlp) -> None:
    """A toxic cloud or fumes (class accident) in the next sentence explain an explosion no one set off."""
    doc = nlp("Two explosions shook the depot on Sunday. Officials said toxic fumes had built up in the shed.")
    sents = list(doc.sents)
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives")], []]
    drop_accidents(drafts, sents, table=TriggerTable.load())
    assert drafts == [[], []]


def test_a_bomb_next_door_keeps_the_explosion_violence(nlp) -> None:
    doc = nlp("Two explosions shook the depot on Sunday. Officials said a bomb and toxic fumes were found in the shed.")
    drafts: list[list[Any]] = [[Draft("ASSAULT", "explosives")], []]
    drop_accidents(drafts, list(doc.sents), table=TriggerTable.load())
    assert len(drafts[0]) == 1
