"""A place mention (:class:`Mention`) and how one is made from a stretch of text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seismo.resolve.gazetteer_names import name_key, strip_possessive

if TYPE_CHECKING:  # pragma: no cover
    from seismo.model import PlaceRole
    from seismo.resolve.gazetteer import Gazetteer, GazetteerEntry

STEP = "seismo.places.v24"
#: weights on the confidence by where the mention came from
WEIGHT_ENTITY, WEIGHT_DATELINE, WEIGHT_INSIDE, WEIGHT_WEAK = 1.0, 0.9, 0.8, 0.6
#: demonyms ("Russian") and metonyms ("the Kremlin") name a place less directly
WEIGHT_DEMONYM, WEIGHT_METONYM = 0.8, 0.85


@dataclass(slots=True)
class Mention:
    """A stretch of text that names a place, with the gazetteer's namesakes for it.

    ``weight`` scales the confidence (see the ``WEIGHT_*`` constants).  ``weak`` mentions
    (a town name inside an organisation's name) are kept only where the article's other
    places support them.  ``qualifier`` is the index of a following mention that qualifies
    it ("Charleston" ← "W.Va.").
    """

    start: int
    end: int
    text: str
    candidates: list[tuple[GazetteerEntry, bool]]
    weight: float = WEIGHT_ENTITY
    weak: bool = False
    role: PlaceRole = "literal"
    #: a street, square or park: no namesakes of its own, placed at the town named before it
    site: bool = False
    #: a lake, river or mountain the gazetteer lacks ("Neches River"): placed like a site, kind feature
    feature: bool = False
    qualifier: int | None = None
    #: the index of the following mention it is told to lie near ("Tora, a town north of El Fasher"),
    #: and how far from it it may lie (:func:`~seismo.resolve.places.cues.told_near`)
    near: int | None = None
    near_km: float = 0.0
    #: a weak mention the text itself shows is a town's name ("Berea police"): kept unbacked
    cued: bool = False
    best: int = 0
    scores: list[float] = field(default_factory=list)

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def place(self) -> GazetteerEntry:
        return self.candidates[self.best][0]



def make(
    text: str,
    start: int,
    end: int,
    gazetteer: Gazetteer,
    *,
    weight: float = WEIGHT_ENTITY,
    weak: bool = False,
) -> Mention | None:
    start, end = trimmed(text, start, end)
    surface = text[start:end]
    if not surface:
        return None
    cands = gazetteer.lookup(surface)
    if not cands:  # "Hamilton Township": a town of its name, kept where the article backs it
        cands, weak = gazetteer.lookup_township(surface), True
    if not cands:
        return None
    if gazetteer.is_generic(surface) and not any(
        not c.alternate and gazetteer.entry(c.row).kind in ("region", "feature") for c in cands
    ):
        return None  # "West", "North" alone; "Middle East" is a region's own name
    entries = [(gazetteer.entry(c.row), c.alternate) for c in cands]
    return Mention(start, end, surface, entries, weight=weight, weak=weak)



_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and a trailing possessive or punctuation."""
    span = text[start:end]
    lead = _LEADING_ARTICLE.match(span)
    if lead and len(span) > lead.end():
        start += lead.end()
    stripped = strip_possessive(text[start:end]).rstrip(" ,;:")
    return start, start + len(stripped)
