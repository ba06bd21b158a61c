"""The modality cue table (``data/modal_cues.tsv``), read once: the cue words by slot and the
classes of modal auxiliaries other steps read (``future_aux``, ``uncertain_aux``, ...).  The
decision that reads it is :func:`seismo.extract.framing.modality.modality_of`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

from seismo.extract import lexicon

#: where a cue of ``modal_cues.tsv`` is looked for (the table's header explains each)
Slot = Literal["aux", "governor", "mark", "neg", "quantity", "prep", "modifier", "predicate", "background", "pending", "alternative",
               "former", "repeat", "awaited", "freeing", "given", "proceeding", "verdict", "tied", "identity", "lone", "outlook"]
SLOTS: tuple[Slot, ...] = get_args(Slot)
#: the modalities a cue may give ("-": none, a word listed only for its auxiliary classes)
CUE_MODALITIES = ("negated", "hypothetical", "future", "historical", "-")


@dataclass(frozen=True, slots=True)
class ModalCues:
    """The cue words by slot: ``by_slot["aux"]["will"] == "future"``; and the auxiliaries'
    classes (``word_class("future_aux")``), the one source of modal auxiliaries."""

    by_slot: dict[str, dict[str, str]]
    classes: lexicon.WordClasses

    def get(self, slot: str, word: str) -> str | None:
        return self.by_slot[slot].get(word.lower())

    def word_class(self, name: str) -> frozenset[str]:
        """The auxiliaries of class ``name`` (column 4 of the table); an unknown name raises."""
        return self.classes[name]


@lru_cache(maxsize=1)
def modal_cues() -> ModalCues:
    """The modality cues, read once from ``seismo/data/modal_cues.tsv``."""
    by_slot: dict[str, dict[str, str]] = {slot: {} for slot in SLOTS}
    classes: dict[str, list[str]] = {}
    table = lexicon.read("modal_cues.tsv", columns=(3, 4))
    for row in table:
        cue = row[0]
        kind = row.choice(1, CUE_MODALITIES, what="modality")
        slot = row.choice(2, SLOTS, what="slot")
        if kind != "-":
            by_slot[slot][cue] = kind
        for name in row.get(3).split():
            classes.setdefault(name, []).append(cue)
    return ModalCues(by_slot, lexicon.WordClasses(classes, origin=table.origin))
