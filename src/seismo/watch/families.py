"""Which events an early-warning desk watches: each asserted political event's *family*
(``event_families.tsv``) and the first-of-a-kind events (``novel_kinds.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from seismo.errors import ModelError
from seismo.extract import lexicon
from seismo.contract.vocab import ACLED_EVENT_TYPES, MODES, PLOVER_TYPES

FAMILIES_TABLE = "event_families.tsv"
NOVEL_TABLE = "novel_kinds.tsv"
ANY = "*"


@dataclass(frozen=True, slots=True)
class FamilyRule:
    family: str
    type: str
    mode: str
    acled: str
    meaning: str

    def matches(self, type_: str | None, mode: str | None, acled: str | None) -> bool:
        return (self.type in (ANY, type_) and self.mode in (ANY, mode or "")
                and self.acled in (ANY, acled))


def _check(row: lexicon.Row, value: str, known: frozenset[str] | tuple[str, ...], what: str) -> str:
    if value not in (ANY, "") and value not in known:
        raise ModelError(f"{row.origin}:{row.line}: unknown {what} {value!r}; use one of seismo.contract.vocab or '*'")
    return value


@lru_cache(maxsize=1)
def rules() -> tuple[FamilyRule, ...]:
    """The family rules, in file order (the first match wins)."""
    table = lexicon.read(FAMILIES_TABLE, columns=(5, 5),
                         header=("family", "plover_type", "mode", "acled_event_type", "meaning"))
    return tuple(
        FamilyRule(r.cells[0], _check(r, r.cells[1], PLOVER_TYPES, "PLOVER type"),
                   _check(r, r.cells[2], MODES, "mode"), _check(r, r.cells[3], ACLED_EVENT_TYPES, "ACLED event type"),
                   r.cells[4])
        for r in table
    )


def families() -> tuple[str, ...]:
    """Every family, in table order."""
    return tuple(dict.fromkeys(rule.family for rule in rules()))


def family_of(type_: str | None, mode: str | None, acled: str | None) -> str | None:
    """The family of an event coded ``type_`` / ``mode`` / ACLED ``acled``; None: not watched."""
    for rule in rules():
        if rule.matches(type_, mode, acled):
            return rule.family
    return None


@lru_cache(maxsize=1)
def novel_kinds() -> dict[tuple[str, str], str]:
    """``{(PLOVER type, mode): kind}``: events whose first occurrence in a country is news."""
    table = lexicon.read(NOVEL_TABLE, columns=(3, 3), header=("kind", "plover_type", "mode"))
    return {(_check(r, r.cells[1], PLOVER_TYPES, "PLOVER type"), _check(r, r.cells[2], MODES, "mode")): r.cells[0]
            for r in table}


def novel_kind_of(type_: str | None, mode: str | None) -> str | None:
    """The first-of-a-kind kind of an event, or None."""
    return novel_kinds().get((type_ or "", mode or ""))
