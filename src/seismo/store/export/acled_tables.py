"""ACLED's names and codes, read from seismo's data tables: countries and regions
(``acled_countries.tsv``), actor names and inter codes (``acled_actors.tsv``), associated actors
(``acled_assoc.tsv``) and disorder types (``acled_disorder.tsv``).

    country(iso3) -> AcledCountry | None
    actor(actor, event=..., side=1 | 2, country=...) -> AcledActor | None
    disorder(event_type, sub_event_type) -> str | None
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from seismo.model import Actor, Event


@dataclass(frozen=True, slots=True)
class AcledCountry:
    """A country as ACLED writes it: ISO 3166-1 numeric code, name, region."""

    iso3: str
    iso: int
    name: str
    region: str


@dataclass(frozen=True, slots=True)
class AcledActor:
    """An actor as ACLED names it, its inter code and its associated actor (or None)."""

    name: str
    inter: int
    assoc: str | None = None


def _rows(filename: str) -> list[dict[str, str]]:
    text = (resources.files("seismo") / "data" / filename).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    out = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{filename}: data row {n} has {len(cells)} cells, the header {len(header)}: {line!r}")
        out.append(dict(zip(header, cells, strict=True)))
    return out


@lru_cache(maxsize=1)
def _countries() -> dict[str, AcledCountry]:
    return {r["iso3"]: AcledCountry(r["iso3"], int(r["iso"]), r["country"], r["region"])
            for r in _rows("acled_countries.tsv")}


def country(iso3: str | None) -> AcledCountry | None:
    """ACLED's name, numeric ISO code and region of ``iso3`` (None: unknown code)."""
    return _countries().get(iso3.upper()) if iso3 else None


def _choice(cell: str) -> frozenset[str] | None:
    """A "|"-separated cell as a set; None for ``*`` (anything)."""
    return None if cell == "*" else frozenset(cell.split("|"))


@dataclass(frozen=True, slots=True)
class _Rule:
    kinds: frozenset[str] | None
    sectors: frozenset[str] | None
    event_types: frozenset[str] | None
    side: int | None
    named: bool | None
    words: frozenset[str] | None
    template: str
    inter: int

    def matches(self, *, kind: str, sector: str, event_type: str, side: int, named: bool,
                words: list[str]) -> bool:
        return ((self.kinds is None or kind in self.kinds)
                and (self.sectors is None or (sector or "-") in self.sectors)
                and (self.event_types is None or event_type in self.event_types)
                and (self.side is None or side == self.side)
                and (self.named is None or named == self.named)
                and (self.words is None or any(w in self.words for w in words)))


def _named(cell: str) -> bool | None:
    return None if cell == "*" else cell == "yes"


@lru_cache(maxsize=1)
def _actor_rules() -> tuple[_Rule, ...]:
    return tuple(_Rule(_choice(r["kind"]), _choice(r["sector"]), _choice(r["event_type"]),
                       None if r["side"] == "*" else int(r["side"]), _named(r["named"]), _choice(r["words"]),
                       r["actor"], int(r["inter"])) for r in _rows("acled_actors.tsv"))


@lru_cache(maxsize=1)
def _assoc_rules() -> tuple[tuple[frozenset[str], frozenset[str] | None, bool | None, str], ...]:
    return tuple((frozenset(r["sector"].split("|")), _choice(r["words"]), _named(r["named"]), r["assoc"])
                 for r in _rows("acled_assoc.tsv"))


@lru_cache(maxsize=1)
def _disorder_rules() -> tuple[tuple[str, str, str], ...]:
    return tuple((r["event_type"], r["sub_event_type"], r["disorder_type"]) for r in _rows("acled_disorder.tsv"))


def disorder(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder_type for an event type and sub-event type (None: not an ACLED event)."""
    for kind, sub, value in _disorder_rules():
        if kind == event_type and sub in ("*", sub_event_type):
            return value
    return None


_WORD = re.compile(r"[\w'-]+")
#: kinds of actor that are named when they have a name (a group is a description: "protesters")
_NAMEABLE = frozenset({"person", "org", "igo", "country"})
_STATE = frozenset({1})


def _modifier(text: str, words: frozenset[str] | None) -> str:
    """The capitalised words before the first of ``words`` in ``text`` ("Fulani" in "Fulani
    militiamen"), followed by a space, or ""."""
    tokens = _WORD.findall(text)
    lowered = [t.lower() for t in tokens]
    stop = next((i for i, t in enumerate(lowered) if words and t in words), len(tokens))
    caps = [t for t in tokens[:stop] if t[:1].isupper() and t.lower() not in ("the", "a", "an", "some")]
    return " ".join(caps) + " " if caps else ""


def actor(who: Actor | None, *, event: Event, side: int, event_country: str | None) -> AcledActor | None:
    """ACLED's name, inter code and associated actor for one side of ``event`` (None: seismo's
    actor is no actor ACLED would name — a place, an unsectored person — or there is none and the
    event type implies none).  State forces of another country than the event's are inter 8."""
    event_type = event.acled_event_type or ""
    if who is None:
        kind, sector, named, words, text = "none", "", False, [], ""
    else:
        kind, sector = who.kind, (who.sector or "").upper()
        named = who.kind in _NAMEABLE and bool(who.name)
        text = who.text
        words = [w.lower() for w in _WORD.findall(text)]
    home = (who.country if who is not None else None) or event_country
    place = country(home)
    for rule in _actor_rules():
        if not rule.matches(kind=kind, sector=sector, event_type=event_type, side=side, named=named, words=words):
            continue
        if "{country}" in rule.template and place is None:
            return None
        if "{name}" in rule.template and not (who is not None and (who.name or who.text)):
            return None
        name = rule.template.format(country=place.name if place else "",
                                    name=(who.name or who.text) if who is not None else "",
                                    modifier=_modifier(text, rule.words))
        inter = rule.inter
        if inter in _STATE and who is not None and who.country and event_country and who.country != event_country:
            inter = 8
        return AcledActor(name, inter, _assoc(who, sector=sector, named=named, words=words, place=place)
                          if inter in (5, 6, 7) else None)
    return None


def _assoc(who: Actor | None, *, sector: str, named: bool, words: list[str], place: AcledCountry | None) -> str | None:
    if who is None or not sector:
        return None
    for sectors, need, want_named, template in _assoc_rules():
        if sector not in sectors or (need is not None and not any(w in need for w in words)):
            continue
        if want_named is not None and named != want_named:
            continue
        if "{country}" in template and place is None:
            return None
        return template.format(country=place.name if place else "", name=who.name or who.text)
    return None
