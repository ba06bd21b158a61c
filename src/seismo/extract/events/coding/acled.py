"""ACLED coding of PLOVER events through the documented table ``seismo/data/acled_map.tsv``.

    table = AcledTable.load()
    table.code(EventFacts(type="ASSAULT", mode="aerial", ...))
    → ("Explosions/Remote violence", "Air/drone strike")

Rows are tried in order; the first whose type / mode / hint / conditions all match wins.
Events no row matches (diplomacy, statements) get no ACLED coding; :func:`arbitrate` lets the
learned type model (:mod:`seismo.learn.types`) overrule the table.  ``quad_class`` gives the
PLOVER quad class of a type.  The table is read through :mod:`seismo.extract.lexicon`; a
``ctx=@class`` naming no ``@class`` row of ``triggers.tsv`` is an error when it is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.contract.vocab import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from seismo.learn.types import Policy, Prediction
    from seismo.model import Event

#: the ACLED roles of actors the table's conditions name
Role = Literal["state", "armed", "crowd", "mob", "civilian"]
ROLES = frozenset(get_args(Role))
#: the conditions of the table's ``when`` column (see its header)
Condition = Literal["actor", "recipient", "killed", "injured", "arrested", "participants", "with", "ctx"]
CONDITIONS = frozenset(get_args(Condition))


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
    classes: lexicon.WordClasses = field(default_factory=lambda: lexicon.WordClasses({}, origin="triggers.tsv"))

    @classmethod
    def load(cls, path: Path | None = None) -> "AcledTable":
        """The bundled table (or the one at ``path``), parsed once per process."""
        return _load(str(path) if path else None)

    def quad_class(self, plover_type: str) -> int | None:
        return self.quads.get(plover_type)

    def role_of_sector(self, sector: str | None) -> str | None:
        return self.sectors.get(sector or "")

    def role_of_actor(self, actor: "object | None", *, one: bool | None = None) -> str | None:
        """The role an actor's sector gives it (see the @sector rows); a single person of a crowd's
        sector (a student, a unionist, an opposition politician) is no crowd but a civilian, as is
        any actor of the civilian sector.  ``one`` says whether the mention names one person (a
        singular head); without it, an actor of kind ``person`` is one."""
        sector = getattr(actor, "sector", None)
        role = self.role_of_sector(sector)
        if one is None:
            one = getattr(actor, "kind", None) == "person"
        if role == "crowd" and one:
            return "civilian"
        return role or ("civilian" if sector == "CVL" else None)

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
            result = bool(self.classes[value.lstrip("@")] & facts.lemmas)
        else:  # pragma: no cover - checked at load time
            result = False
        return result != negate


def _cell(value: str) -> frozenset[str] | None:
    value = value.strip()
    return None if value in ("*", "") else frozenset(value.split("|"))


def parse_table(text: str, *, origin: str = "acled_map.tsv", classes: lexicon.WordClasses | None = None) -> AcledTable:
    """Parse the TSV text of an ACLED table; raises ModelError naming the bad line.
    ``classes``: the word classes ``ctx=@class`` conditions may name (checked when given)."""
    return _build(lexicon.parse(text, origin=origin), classes)


def _build(table: lexicon.Table, classes: lexicon.WordClasses | None) -> AcledTable:
    rules: list[AcledRule] = []
    quads: dict[str, int] = {}
    sectors: dict[str, str] = {}
    for row in table:
        if row[0] in ("@quad", "@sector"):
            if len(row) != 3:
                raise row.error(f"a {row[0]} row is '{row[0]}<TAB>value<TAB>codes', got {len(row)} cells")
            if row[0] == "@quad":
                quads.update((plover, row.integer(1, what="quad class")) for plover in row[2].split())
            else:
                sectors.update((sector, row[1]) for sector in row[2].split())
            continue
        if len(row) != 6:
            raise row.error(f"expected 6 tab-separated columns, got {len(row)}")
        type_, mode, hint, when, event_type, sub = row.cells
        if (event_type, sub) != ("-", "-") and (event_type not in ACLED_EVENT_TYPES or sub not in ACLED_SUB_EVENT_TYPES):
            raise row.error(f"{event_type!r}/{sub!r} is not an ACLED event / sub-event type", "spell it as ACLED does")
        conditions: list[tuple[str, str]] = []
        if when not in ("", "-"):
            for raw in when.split(","):
                kind, _, value = raw.strip().partition("=")
                if kind not in CONDITIONS:
                    raise row.error(f"unknown condition {raw!r}", "see the table's header")
                if kind in ("actor", "recipient") and value.lstrip("!") not in ROLES:
                    raise row.error(f"role {value!r} is not one of {sorted(ROLES)}")
                if kind == "ctx" and classes is not None and value.lstrip("@") not in classes:
                    raise row.error(f"{value!r} names no @class row of triggers.tsv", "define it there or fix the name")
                conditions.append((kind, value))
        rules.append(AcledRule(_cell(type_), _cell(mode), _cell(hint), tuple(conditions), event_type, sub, row.line))
    return AcledTable(
        rules=tuple(rules), quads=quads, sectors=sectors,
        classes=classes if classes is not None else lexicon.WordClasses({}, origin=table.origin),
    )


@lru_cache(maxsize=4)
def _load(path: str | None) -> AcledTable:
    from seismo.extract.events.coding.triggers import TriggerTable

    return _build(lexicon.read("acled_map.tsv", path=path), TriggerTable.load().classes)


#: the ACLED sub-types of a protest met with force: the model names one only beside an act of
#: force the rules found in the sentence (an ASSAULT or a COERCE event)
MET_WITH_FORCE = frozenset({"Protest with intervention", "Excessive force against protesters"})


def arbitrate(events: "list[Event]", predictions: "list[Prediction]", *, policy: "Policy", step: str) -> "list[Event]":
    """The learned type model's word on each event's PLOVER type and ACLED coding (one prediction
    per event, from its evidence sentence); the rules' spans, roles, counts and modality stay as
    they are.

    * both heads give ``NONE`` at least ``policy.drop``: no political event (dropped);
    * the PLOVER head's top type differs from the rules', has at least ``policy.plover_switch``
      and beats the rules' type by ``policy.plover_margin``: it replaces it (:func:`retyped`: the
      mode stays only when the new type has it, the quad class and the ACLED coding
      follow the new type through this table), unless the rules' type is political by definition
      (a ``type`` row of ``scope.tsv``: a protest stays a protest) or the two types are told
      apart by who acts (:data:`seismo.contract.vocab.PLOVER_ACTOR_DECIDED`: a boycott by a people is a
      protest, by a state a sanction);
    * the ACLED head gives ``NONE`` at least ``policy.none_acled``: the event keeps its PLOVER
      type but no ACLED coding (a meeting, a statement);
    * neither of these for an event whose type is political by definition: a protest is an ACLED
      event whatever its words, so the model may change its sub-type but never deny it;
    * the ACLED head's top sub-type differs from the rules', has at least ``policy.switch`` and
      beats the rules' sub-type by ``policy.margin``: it replaces it (with its ACLED event type),
      unless the two are told apart by who acts (:data:`seismo.contract.vocab.ACLED_ACTOR_DECIDED`), or
      the model's names a kind of act the event's mode is not (:data:`seismo.contract.vocab.ACLED_MODE_DECIDED`:
      an attack is never coded Arrests), or names force met by a protest in a sentence where the
      rules found no act of force done (:data:`MET_WITH_FORCE`: "protests remain peaceful", or
      "chanted 'arrest them'", is no intervention), or names a sub-type the event's PLOVER type cannot have
      (:data:`seismo.contract.vocab.ACLED_PLOVER_DECIDED`: an assault told in a protest's sentence is
      no peaceful protest).

    Events the model changed carry ``step``.
    """
    from dataclasses import replace

    from seismo.extract.framing.scope import signals
    from seismo.contract.vocab import ACLED_ACTOR_DECIDED, ACLED_EVENT_TYPE_OF, ACLED_MODE_DECIDED, ACLED_PLOVER_DECIDED

    by_definition = signals()["type"]
    forced = {(e.evidence.start, e.part) for e in events if e.type in ("ASSAULT", "COERCE") and e.modality == "asserted"}
    out: list[Event] = []
    for event, p in zip(events, predictions):
        acled, plover = p.get("acled", {}), p.get("plover", {})
        deniable = event.type not in by_definition
        if deniable and acled.get("NONE", 0.0) >= policy.drop and plover.get("NONE", 0.0) >= policy.drop:
            continue
        new_type = plover_word(event.type, plover, policy=policy, by_definition=by_definition)
        changed = new_type != event.type
        if changed:
            event = retyped(event, new_type)
            deniable = event.type not in by_definition
        sub = event.acled_sub_event_type
        if deniable and acled.get("NONE", 0.0) >= policy.none_acled:
            sub = None
        elif sub is not None and acled:
            best = max(acled, key=acled.__getitem__)
            by_actor = any(sub in group and best in group for group in ACLED_ACTOR_DECIDED)
            by_mode = best in ACLED_MODE_DECIDED and (event.mode or "") not in ACLED_MODE_DECIDED[best]
            by_mode |= best in MET_WITH_FORCE and (event.evidence.start, event.part) not in forced
            by_mode |= event.type not in ACLED_PLOVER_DECIDED.get(best, frozenset({event.type}))
            if (best not in ("NONE", sub) and not by_actor and not by_mode and acled[best] >= policy.switch
                    and acled[best] - acled.get(sub, 0.0) >= policy.margin):
                sub = best
        if sub == event.acled_sub_event_type:
            out.append(replace(event, step=step) if changed else event)
            continue
        kind = None if sub is None else ACLED_EVENT_TYPE_OF[sub]
        out.append(replace(event, acled_event_type=kind, acled_sub_event_type=sub, step=step))
    return out


def plover_word(type_: str, plover: dict[str, float], *, policy: "Policy", by_definition: frozenset[str] | set[str]) -> str:
    """The PLOVER type an event of the rules' ``type_`` gets once the PLOVER head (``plover``: per
    class, a probability) has had its say (see :func:`arbitrate`): the head's top type when it is a
    type, clears ``policy.plover_switch`` and ``policy.plover_margin`` and no guard holds; else
    ``type_``."""
    from seismo.contract.vocab import PLOVER_ACTOR_DECIDED, PLOVER_TYPES

    if not plover or type_ in by_definition:
        return type_
    best = max(plover, key=plover.__getitem__)
    if best == type_ or best not in PLOVER_TYPES:
        return type_
    if any(type_ in group and best in group for group in PLOVER_ACTOR_DECIDED):
        return type_
    if plover[best] >= policy.plover_switch and plover[best] - plover.get(type_, 0.0) >= policy.plover_margin:
        return best
    return type_


def retyped(event: "Event", type_: str) -> "Event":
    """``event`` as an event of PLOVER type ``type_``: its mode kept only when ``type_`` has it
    (:data:`seismo.contract.vocab.PLOVER_MODES`), its quad class and ACLED coding read from this table for
    the new type, its actor's and recipient's roles taken from their sectors.  The table rows that
    need the sentence (``with=``, ``ctx=``) do not hold here: the coding is the new type's plain one."""
    from dataclasses import replace

    from seismo.contract.vocab import PLOVER_MODES

    table = AcledTable.load()
    mode = event.mode if event.mode in PLOVER_MODES.get(type_, ()) else None

    facts = EventFacts(type=type_, mode=mode, actor_role=table.role_of_actor(event.actor),
                       recipient_role=table.role_of_actor(event.recipient),
                       counts=frozenset(c.kind for c in event.counts))
    kind, sub = table.code(facts)
    return replace(event, type=type_, mode=mode, quad_class=table.quad_class(type_), acled_event_type=kind,
                   acled_sub_event_type=sub)
