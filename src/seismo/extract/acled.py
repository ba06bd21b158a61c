"""ACLED coding of PLOVER events through the documented table ``seismo/data/acled_map.tsv``.

    table = AcledTable.load()
    table.code(EventFacts(type="ASSAULT", mode="aerial", ...))
    → ("Explosions/Remote violence", "Air/drone strike")

Rows are tried in order; the first whose type / mode / hint / conditions all match wins.
Events no row matches (diplomacy, statements) get no ACLED coding.  ``quad_class`` gives the
PLOVER quad class of a type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from seismo.errors import ModelError

EVENT_TYPES = frozenset(
    {
        "Battles",
        "Protests",
        "Riots",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Strategic developments",
    }
)
SUB_EVENT_TYPES = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Armed clash",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Chemical weapon",
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    }
)
ROLES = frozenset({"state", "armed", "crowd", "mob", "civilian"})


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What the ACLED table looks at for one event."""

    type: str
    mode: str | None = None
    hint: str | None = None
    actor_role: str | None = None
    recipient_role: str | None = None
    counts: frozenset[str] = frozenset()
    #: modes and hints of the other events in the same sentence
    neighbours: frozenset[str] = frozenset()
    #: lemmas of the sentence (for ctx=@class)
    lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AcledRule:
    types: frozenset[str] | None
    modes: frozenset[str] | None
    hints: frozenset[str] | None
    when: tuple[tuple[str, str], ...]
    event_type: str
    sub_event_type: str
    line: int


@dataclass(frozen=True, slots=True)
class AcledTable:
    rules: tuple[AcledRule, ...]
    quads: dict[str, int]
    sectors: dict[str, str]
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> "AcledTable":
        """The bundled table (or the one at ``path``), parsed once per process."""
        return _load(str(path) if path else None)

    def quad_class(self, plover_type: str) -> int | None:
        return self.quads.get(plover_type)

    def role_of_sector(self, sector: str | None) -> str | None:
        return self.sectors.get(sector or "")

    def code(self, facts: EventFacts) -> tuple[str | None, str | None]:
        """``(event_type, sub_event_type)`` of the first matching row, or ``(None, None)``."""
        for rule in self.rules:
            if rule.types is not None and facts.type not in rule.types:
                continue
            if rule.modes is not None and (facts.mode or "-") not in rule.modes:
                continue
            if rule.hints is not None and (facts.hint or "-") not in rule.hints:
                continue
            if all(self._holds(kind, value, facts) for kind, value in rule.when):
                if rule.event_type == "-":  # a row that says "not an ACLED event"
                    return None, None
                return rule.event_type, rule.sub_event_type
        return None, None

    def _holds(self, kind: str, value: str, facts: EventFacts) -> bool:
        negate = value.startswith("!")
        value = value.lstrip("!")
        if kind == "actor":
            result = facts.actor_role == value
        elif kind == "recipient":
            result = facts.recipient_role == value
        elif kind in ("killed", "injured", "arrested", "participants"):
            result = kind in facts.counts
        elif kind == "with":
            result = value in facts.neighbours
        elif kind == "ctx":
            result = bool(self.classes.get(value.lstrip("@"), frozenset()) & facts.lemmas)
        else:  # pragma: no cover - checked at load time
            result = False
        return result != negate


def _cell(value: str) -> frozenset[str] | None:
    value = value.strip()
    return None if value in ("*", "") else frozenset(value.split("|"))


def parse_table(text: str, *, origin: str = "acled_map.tsv", classes: dict[str, frozenset[str]] | None = None) -> AcledTable:
    """Parse the TSV text of an ACLED table; raises ModelError naming the bad line."""
    rules: list[AcledRule] = []
    quads: dict[str, int] = {}
    sectors: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{origin}:{number}"
        if cells[0] == "@quad":
            for plover in cells[2].split():
                quads[plover] = int(cells[1])
            continue
        if cells[0] == "@sector":
            for sector in cells[2].split():
                sectors[sector] = cells[1]
            continue
        if len(cells) != 6:
            raise ModelError(f"{where}: expected 6 tab-separated columns, got {len(cells)} in {line!r}")
        type_, mode, hint, when, event_type, sub = (c.strip() for c in cells)
        if (event_type, sub) != ("-", "-") and (event_type not in EVENT_TYPES or sub not in SUB_EVENT_TYPES):
            raise ModelError(f"{where}: {event_type!r}/{sub!r} is not an ACLED event / sub-event type; spell it as ACLED does")
        conditions: list[tuple[str, str]] = []
        if when not in ("", "-"):
            for raw in when.split(","):
                kind, _, value = raw.strip().partition("=")
                if kind not in ("actor", "recipient", "killed", "injured", "arrested", "participants", "with", "ctx"):
                    raise ModelError(f"{where}: unknown condition {raw!r}; see the table's header")
                if kind in ("actor", "recipient") and value.lstrip("!") not in ROLES:
                    raise ModelError(f"{where}: role {value!r} is not one of {sorted(ROLES)}")
                if kind == "ctx" and classes is not None and value.lstrip("@") not in classes:
                    raise ModelError(f"{where}: {value!r} names no @class row of triggers.tsv")
                conditions.append((kind, value))
        rules.append(AcledRule(_cell(type_), _cell(mode), _cell(hint), tuple(conditions), event_type, sub, number))
    return AcledTable(rules=tuple(rules), quads=quads, sectors=sectors, classes=dict(classes or {}))


@lru_cache(maxsize=4)
def _load(path: str | None) -> AcledTable:
    from seismo.extract.triggers import TriggerTable

    if path is None:
        ref = importlib_resources.files("seismo") / "data" / "acled_map.tsv"
        origin = str(ref)
        try:
            text = ref.read_text("utf-8")
        except OSError as exc:  # pragma: no cover - broken install
            raise ModelError(f"the bundled ACLED table {ref} is missing; reinstall seismo") from exc
    else:
        origin = path
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ModelError(f"cannot read ACLED table {path}: {exc}; pass an existing TSV file") from exc
    return parse_table(text, origin=origin, classes=TriggerTable.load().classes)
