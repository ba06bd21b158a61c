"""The places step: every place mention resolved to a place, with its role.

    ingest → nlp → entities → **places** → dates → quotes → events

Mentions come from

* the entity records: GPE / LOC whole, or split ("Charleston, W.Va." → two places), or the place
  name inside them ("Fargo City Commission" → Fargo); FAC / ORG searched for a place name
  ("Almaty City Hall" → Almaty); a PERSON searched for a county ("Laurel County Sheriff ...");
* news datelines the model leaves untagged or mis-tags ("COLUMBUS, Ohio (AP) —", "BEIRUT:");
* the tables scanned over the text (:mod:`seismo.resolve.place_scan`): demonyms ("Russian",
  "South Ossetian", "Texan": role ``associative``) and seats standing for institutions ("the White
  House", "the Kremlin", "EU": role ``metonym``, kind ``site`` or ``region``);
* street, square and park names ("Royal Street": kind ``site`` at the point of the town named
  nearest before it), and town names the model tags as a person or organisation or leaves
  untagged, where a locative word, a qualifier or a word such as "police" shows them used as
  places (weak mentions, kept only where the article's other places or a word for the town's
  institutions after them, "Berea police", back them);
* once resolved, every other occurrence of a place's name in the article (one sense per
  article: "Berea" in "a Berea man" makes "the Berea Police Department" a place too); a town's
  name cut short after the article gives it whole ("Elk Grove" after "Elk Grove Village"), or
  written with "City" after it ("Springfield City Schools"), is that town where none of its own
  namesakes lies near it.

A name the article also uses alone for a person it names in full ("Dana Tyler" ... "Tyler said",
"coach Tyler") is no place there, unless qualified ("Tyler, Texas") or a country's or state's own
name (:func:`~seismo.resolve.place_scan.family_names`).

Physical features (seas, rivers, ranges: kind ``feature``) are gazetteer rows like any other; a
name opening or closing with a word for water ("Red Sea", "Red River") is the feature where one
has that name, and never a county reached through a stripped suffix ("Red River County").
Each mention is looked up in the :class:`~seismo.resolve.gazetteer.Gazetteer` and its namesakes
are ranked by

* a population prior (log scale) and a kind prior (countries, then listed regions, then admin1);
* how the name matched: a place's own name beats an alternate name ("Almaty" the city beats
  "Almaty Oblysy" reached through its stripped suffix);
* the article's other places: a namesake in a country or first-level subdivision that the rest
  of the article resolves to, or near another resolved place, beats a bigger one elsewhere;
* joint support: two ambiguous names with namesakes close to each other ("Paris" and "Henry
  County" → both in Tennessee) favour those namesakes, whatever each currently prefers;
* a first-level subdivision the article names outright ("... Virginia", "Tenn.") counts more
  than one only implied by another place, and the country most of the other places lie in
  gets a little more;
* "X, Y" patterns: in "Charleston, W.Va." only Charleston in West Virginia fits; a village
  that shares a state's or country's name ("Kansas", Illinois) takes no context; in a list of
  one kind ("Mexico, China, Japan") no item qualifies the next; "Washington state" is the state.

Only ``literal`` places locate events (:mod:`seismo.extract.events.place`); the actors step reads
demonyms and metonyms for actor countries.

The ranking is repeated a few times so that context settles ("Georgia" next to "Atlanta" is the
US state, next to "Tbilisi" the country).  It runs in two stages: the strong mentions settle
first; then a weak mention with few namesakes, one close to a namesake of a strong mention that
no other place backs yet, counts as context too ("Belchertown" turns "Amherst" from New York to
Massachusetts) and the ranking runs again (:mod:`seismo.resolve.place_scan`).  Everything per
document is dict lookups, one trie regex per table and a few hundred distance computations at
most.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seismo.model import Article, Entity, Place, PlaceRole
from seismo.resolve.gazetteer import EARTH_RADIUS_KM, Gazetteer, GazetteerEntry, approx_km, haversine_km
from seismo.resolve.gazetteer_names import ADMIN_SUFFIXES, name_key, strip_possessive
from seismo.resolve.place_scan import (
    MAX_NEAR_CANDIDATES,
    NEAR_KM,
    add_joint_bonus,
    adjectival,
    county_cued,
    county_lists,
    datelines,
    family_names,
    institution_cued,
    lending,
    loose_names,
    qualifies,
    repeated_names,
    scan_table,
    site_names,
    state_form,
    subdivision_cued,
    suffix_named,
    supported,
    top_kind,
    trimmed,
    water_candidates,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resources import Resources

__all__ = [
    "EARTH_RADIUS_KM", "STEP", "Gazetteer", "GazetteerEntry", "Mention", "collect_mentions", "find_places",
    "haversine_km", "resolve_mentions",
]

STEP = "seismo.places.v7"
PLACE_LABELS = frozenset({"GPE", "LOC"})
CONTAINER_LABELS = frozenset({"FAC", "ORG"})

KIND_PRIOR = {"country": 1.5, "region": 1.0, "feature": 1.0, "admin1": 0.5, "admin": -0.5, "city": 0.0, "site": 0.0}
ALTERNATE_PENALTY = 1.0
#: an alternate name loses more when another namesake carries the name as its own
SHADOWED_ALTERNATE_PENALTY = 3.0
CAPITAL_PRIOR = 1.5
CITY_STATE_PENALTY = 1.5
CONTEXT_COUNTRY = 2.0
CONTEXT_ADMIN1 = 1.5
#: extra weight when the article names the first-level subdivision itself ("... Virginia")
CONTEXT_ADMIN1_NAMED = 1.5
#: extra weight for the country most of the article's other places lie in
CONTEXT_MAJORITY = 1.0
CONTEXT_NEIGHBOUR = 1.0
#: a town this small that shares a state's or country's name takes no context (see _rescore)
SMALL_TOWN = 2_000
NEAR_BONUS = 2.0
QUALIFIER_BONUS = 5.0
ROUNDS = 3
#: weights on the confidence by where the mention came from
WEIGHT_ENTITY, WEIGHT_DATELINE, WEIGHT_INSIDE, WEIGHT_WEAK = 1.0, 0.9, 0.8, 0.6
#: demonyms ("Russian") and metonyms ("the Kremlin") name a place less directly
WEIGHT_DEMONYM, WEIGHT_METONYM = 0.8, 0.85
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$")
_LIST_END = re.compile(r"^,?\s+(?:and|or)\s+$")
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|&|/|\s[-–—]\s)\s*")
#: a dash or a lower-case word that shows a span tagged as a person is no name ("Sri Lanka - approximately")
_NOT_A_NAME = re.compile(r"\s[-–—]\s|\b[a-z]{4,}\b")
_WORDS = re.compile(r"[^\s,;:()\"“”-]+")


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
    qualifier: int | None = None
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


def find_places(
    doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources"
) -> tuple[Place, ...]:
    """The step function (``seismo.places.v7``): one :class:`Place` per resolved mention."""
    entities: Iterable[Entity] = found.get("entities", ())
    gazetteer = resources.gazetteer
    mentions = collect_mentions(article.text, entities, gazetteer=gazetteer)
    places = resolve_mentions(mentions, gazetteer=gazetteer)
    more = repeat_mentions(article.text, entities, mentions, places, gazetteer=gazetteer)
    return places if more is mentions else resolve_mentions(more, gazetteer=gazetteer)


def collect_mentions(text: str, entities: Iterable[Entity], *, gazetteer: Gazetteer) -> list[Mention]:
    """Mentions from entity records and datelines, in text order, qualifiers linked."""
    mentions: list[Mention] = []
    for ent in sorted(entities, key=lambda e: e.start):
        if ent.label in PLACE_LABELS:
            mentions.extend(_place_mentions(text, ent.start, ent.end, gazetteer=gazetteer))
        elif ent.label in CONTAINER_LABELS or ent.label == "PERSON":
            person = ent.label == "PERSON" and not _NOT_A_NAME.search(text, ent.start, ent.end)
            inner = _inner_mention(text, ent.start, ent.end, gazetteer=gazetteer, counties_only=person)
            if inner is not None:
                mentions.append(inner)
    entities = list(entities)
    for start, end in datelines(text, entities):
        # a weak mention inside the dateline's name yields to it
        if any(m.start < end and start < m.end and not (m.weak and start <= m.start <= m.end <= end)
               for m in mentions):
            continue
        mention = _make(text, start, end, gazetteer, weight=WEIGHT_DATELINE)
        if mention is not None:
            mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
            mentions.append(mention)
    for which, role, weight in (("metonyms", "metonym", WEIGHT_METONYM), ("demonyms", "associative", WEIGHT_DEMONYM)):
        for start, end, surface in scan_table(text, gazetteer, which):
            if any(m.start < end and start < m.end and (m.start, m.end) != (start, end) for m in mentions):
                continue  # inside a longer place name ("American Samoa")
            mentions = [m for m in mentions if (m.start, m.end) != (start, end)]
            rows = gazetteer.demonym_rows(surface) if which == "demonyms" else [gazetteer.metonym_row(surface)]
            entries = [(gazetteer.entry(r), False) for r in rows if r is not None]
            if entries:
                mentions.append(Mention(start, end, surface, entries, weight=weight, role=role))
    for start, end, suffix in county_lists(text):
        counties = [
            (gazetteer.entry(c.row), False) for c in gazetteer.lookup(f"{text[start:end]} {suffix}")
            if not c.alternate and gazetteer.entry(c.row).kind == "admin"
        ]
        if counties:
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            mentions.append(Mention(start, end, text[start:end], counties, weight=WEIGHT_INSIDE))
    for start, end in site_names(text):
        if any((m.start, m.end) == (start, end) or (m.start < start < m.end) for m in mentions):
            continue  # a place of its own name ("Hopkins Park", a village) or inside one
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]  # "Dublin" of "Dublin Road"
        mentions.append(Mention(start, end, text[start:end], [], weight=WEIGHT_WEAK, site=True))
    taken = [(m.start, m.end) for m in mentions]
    for start, end in loose_names(text, entities, taken, gazetteer=gazetteer, locative=_locative()):
        mention = _make(text, start, end, gazetteer, weight=WEIGHT_WEAK, weak=True)
        if mention is not None:
            mentions.append(mention)
    for m in mentions:
        m.cued = m.weak and institution_cued(text, m.start, m.end) and (
            not gazetteer.is_noun(m.text) or state_form(gazetteer, m.text)
            or suffix_named(text, m.end, m.candidates))
        states = [c for c in m.candidates if c[0].is_admin1 and not c[1]]
        if states and subdivision_cued(text, m.start, m.end):  # "Washington state": the state
            m.candidates = states
        m.candidates = water_candidates(m.text, m.candidates)
        if m.role == "literal" and adjectival(text, m.start):  # "all-India", "anti-Kyiv": no site
            m.role = "associative"
    mentions = _ordered(text, [m for m in mentions if m.candidates or m.site])
    surnames = family_names(text, entities)
    # a qualified name ("Tyler, Texas") is a place whoever shares it
    named = [m for m in mentions if not _surname(m, surnames) or m.qualifier is not None]
    return mentions if len(named) == len(mentions) else _ordered(text, named)


def _surname(m: Mention, surnames: frozenset[str]) -> bool:
    """Whether ``m`` is a person's last name the article uses alone (see
    :func:`~seismo.resolve.place_scan.family_names`) and no country's or state's own name."""
    return m.text in surnames and top_kind(m.candidates) is None


def _ordered(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order with their qualifiers linked, sites last (placed after ranking;
    last, so the qualifier indexes hold)."""
    sites = [m for m in mentions if m.site]
    mentions = sorted((m for m in mentions if not m.site), key=lambda m: m.start)
    linked = []
    for i, mention in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        linked.append(nxt is not None and nxt.role == "literal" and bool(
            _QUALIFIER_GAP.match(text[mention.end : nxt.start])) and any(
            e.kind in ("country", "admin") for e, _ in nxt.candidates))
    tops = [top_kind(m.candidates) for m in mentions]
    joined = [i + 1 < len(mentions) and bool(_LIST_END.match(text[m.end : mentions[i + 1].start]))
              for i, m in enumerate(mentions)]
    for i, mention in enumerate(mentions):
        # in a list of one kind ("Mexico, China, Japan", "Georgia, Ohio and Utah"; not
        # "Guildford, Surrey, UK") no item qualifies the next
        listed = (i + 1 < len(linked) and (linked[i + 1] or joined[i + 1])) or (i > 0 and linked[i - 1])
        in_list = listed and tops[i] is not None and i + 1 < len(tops) and tops[i] == tops[i + 1]
        mention.qualifier = i + 1 if linked[i] and not in_list else None
    return mentions + sites


def repeat_mentions(
    text: str, entities: Iterable[Entity], mentions: list[Mention], places: Iterable[Place], *, gazetteer: Gazetteer,
) -> list[Mention]:
    """``mentions`` plus every other occurrence of a name the article already uses as a place
    (one sense per article: "Berea" found in "a Berea man" makes "Berea police" and "BEREA"
    places too; see :func:`~seismo.resolve.place_scan.repeated_names`)."""
    # a town reached through another name ("Scott" for Scott County) is not spread
    names = {
        p.text for p in places if p.role == "literal" and p.kind != "site" and (
            name_key(p.text) == name_key(p.name or "") or p.kind in ("country", "region", "feature")
            or gazetteer.is_ruler_name(p.text))
    }
    spans = repeated_names(text, names, list(entities), [(m.start, m.end) for m in mentions], gazetteer=gazetteer)
    surnames = family_names(text, list(entities)) if spans else frozenset()
    extra = [m for m in (_make(text, s, e, gazetteer, weight=WEIGHT_INSIDE) for s, e in spans)
             if m and not _surname(m, surnames)]
    return _ordered(text, mentions + extra) if extra else mentions


def _make(
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


def _place_mentions(text: str, start: int, end: int, *, gazetteer: Gazetteer) -> list[Mention]:
    whole = _make(text, start, end, gazetteer)
    if whole is not None and "," not in whole.text:
        return [whole]
    # "Charleston, W.Va." or "Russia, Kazakhstan and Armenia" tagged as one entity
    out = []
    span, pos = text[start:end], 0
    for piece in _LIST_SPLIT.split(span):
        if not piece:
            continue
        at = span.find(piece, pos)
        pos = at + len(piece)
        part = _make(text, start + at, start + at + len(piece), gazetteer)
        if part is not None:
            out.append(part)
    if whole is not None and len(out) < 2:
        return [whole]  # "Washington, D.C." is one name unless both halves are places
    if not out:  # "Fargo City Commission" tagged as a place: the place name inside it
        inner = _inner_mention(text, start, end, gazetteer=gazetteer)
        return [inner] if inner is not None else []
    return out


def _inner_mention(
    text: str, start: int, end: int, *, gazetteer: Gazetteer, counties_only: bool = False
) -> Mention | None:
    """The longest place name inside an organisation or facility name.

    A ruler-grade name ("Almaty") counts outright; another capitalised name that is not an
    English word ("Gainesville" in "Gainesville Police Department") is a *weak* mention.
    ``counties_only`` (inside a person's name, "McMinn County Sheriff Joe Doe"): only a name
    ending in a subdivision word counts, or a town's opening it before a word for its institutions.
    """
    words = [(m.start() + start, m.end() + start) for m in _WORDS.finditer(text[start:end])]
    weak: tuple[int, int] | None = None
    for size in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            surface = strip_possessive(text[s:e])
            if not surface[:1].isupper():
                continue
            if counties_only:
                if surface.split()[-1].casefold() in ADMIN_SUFFIXES and gazetteer.has_own_name(surface):
                    return _make(text, s, s + len(surface), gazetteer, weight=WEIGHT_INSIDE)
                if weak is None and i == 0 and gazetteer.is_plain_name(surface) and gazetteer.has_own_name(
                        surface) and institution_cued(text, s, s + len(surface)):
                    weak = (s, s + len(surface))  # "Avondale Mayor Jane Doe": the town's mayor
                continue
            if gazetteer.is_ruler_name(surface) or gazetteer.is_country_code(surface):
                return _make(text, s, s + len(surface), gazetteer, weight=WEIGHT_INSIDE)
            if weak is None and gazetteer.is_plain_name(surface) and (
                gazetteer.has_own_name(surface)
                or (gazetteer.names_county(surface) and county_cued(text, s, s + len(surface)))
            ):
                weak = (s, s + len(surface))
    if weak is None:
        return None
    return _make(text, weak[0], weak[1], gazetteer, weight=WEIGHT_WEAK, weak=True)


# -- ranking ---------------------------------------------------------------------------------


def _prior(entry: GazetteerEntry, alternate: bool, surface: str, *, shadowed: bool) -> float:
    kind = "admin1" if entry.is_admin1 else entry.kind
    score = math.log10(entry.population + 1) + KIND_PRIOR[kind]
    if entry.capital:
        score += CAPITAL_PRIOR
    if alternate:
        score -= SHADOWED_ALTERNATE_PENALTY if shadowed else ALTERNATE_PENALTY
    if surface == entry.name:
        score += 0.3
    return score


def _city_state_penalty(cands: list[tuple[GazetteerEntry, bool]]) -> list[float]:
    """An admin1 that shares its name with a city inside it (Moscow, New York) yields to the city."""
    cities = {(e.admin1, name_key(e.name)) for e, alt in cands if e.kind == "city" and not alt}
    return [
        CITY_STATE_PENALTY if e.is_admin1 and (e.name, name_key(e.name)) in cities else 0.0 for e, _ in cands
    ]


def resolve_mentions(mentions: list[Mention], *, gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    """Rank each mention's namesakes (see the module docstring) and build the Place records.

    ``gazetteer`` supplies country neighbours for context; without it only the countries
    themselves count.
    """
    neighbours = gazetteer.neighbours if gazetteer is not None else (lambda iso3: frozenset())
    sites = [m for m in mentions if m.site]
    mentions = [m for m in mentions if not m.site]
    priors = []
    for m in mentions:
        penalties = _city_state_penalty(m.candidates)
        shadowed = any(not alt for _, alt in m.candidates)
        pr = [_prior(e, alt, m.text, shadowed=shadowed) - p for (e, alt), p in zip(m.candidates, penalties)]
        priors.append(pr)
    add_joint_bonus(mentions, priors)
    for m, pr in zip(mentions, priors):
        m.scores = list(pr)
        m.best = max(range(len(pr)), key=pr.__getitem__)
    _rank(mentions, priors, neighbours=neighbours)
    lenders = lending(mentions)
    if lenders:  # second stage: the weak mentions that back a strong one's namesake count as context
        for m in lenders:
            m.weak = False
        _rank(mentions, priors, neighbours=neighbours)
        for m in lenders:
            m.weak = True
    kept = supported(mentions)
    _short_forms(kept)
    places = [_place(m) for m in kept]
    places += [p for p in (_site_place(s, kept) for s in sites) if p is not None]
    return tuple(sorted(places, key=lambda p: p.start))


def _short_forms(mentions: list[Mention]) -> None:
    """One town under two forms of its name: a name cut short after the article gives it whole
    ("Avondale" after "Avondale Estates"), or a town's name with "City" after it ("Springfield
    City Schools" by "Springfield").  Where none of its namesakes lies near the town the other
    form names, the form takes that town."""
    literal = [m for m in mentions if m.role == "literal" and m.place.kind == "city"]
    # not "Springfield Township" read as Springfield
    towns = {m.text: m.place for m in literal if m.place.name.startswith(m.text.split()[0] + " ")}
    plain = {m.text: m.place for m in literal}
    for m in mentions:
        if m.role != "literal" or top_kind(m.candidates) is not None:
            continue
        whole = next((p for t, p in towns.items() if t.startswith(m.text + " ")), None)
        if whole is None and m.text.endswith(" City"):
            whole = plain.get(m.text.removesuffix(" City"))
        if whole is None or approx_km(m.place, whole) < NEAR_KM / 2:
            continue
        near = [j for j, (e, _) in enumerate(m.candidates) if approx_km(e, whole) < NEAR_KM / 2]
        if near:
            m.best = max(near, key=lambda j: m.scores[j] if j < len(m.scores) else 0.0)
        else:
            m.candidates.append((whole, True))
            m.scores.append(max(m.scores, default=0.0))
            m.best = len(m.candidates) - 1


def _rank(
    mentions: list[Mention], priors: list[list[float]], *, neighbours: Callable[[str], frozenset[str]]
) -> None:
    """Rescore every ambiguous mention in the light of the others until no choice changes."""
    for _ in range(ROUNDS):
        changed = False
        for i, m in enumerate(mentions):
            if len(m.candidates) == 1 and m.qualifier is None:
                continue
            scores = _rescore(m, priors[i], mentions, neighbours=neighbours)
            best = max(range(len(scores)), key=scores.__getitem__)
            changed |= best != m.best
            m.best, m.scores = best, scores
        if not changed:
            break


def _site_place(site: Mention, mentions: list[Mention]) -> Place | None:
    """A street or park at the point of the town named nearest before it (else after it)."""
    towns = [m for m in mentions if m.role == "literal" and m.place.kind == "city"]
    before = [m for m in towns if m.end <= site.start]
    town = before[-1] if before else next((m for m in towns if m.start >= site.end), None)
    if town is None:
        return None
    entry = town.place
    return Place(
        start=site.start, end=site.end, text=site.text, name=site.text, geonameid=None, lat=entry.lat,
        lon=entry.lon, country=entry.country, admin1=entry.admin1, kind="site",
        confidence=round(0.5 * site.weight, 3), step=STEP,
    )


def _rescore(
    m: Mention, prior: list[float], mentions: list[Mention], *, neighbours: Callable[[str], frozenset[str]]
) -> list[float]:
    key = m.key
    others = [o for o in mentions if o.key != key and (not o.weak or o.cued)]
    countries = {o.place.country for o in others if o.place.country}
    nearby = {n for c in countries for n in neighbours(c)} - countries
    admins = {
        (o.place.country, o.place.admin1) for o in others if o.place.admin1 and o.place.kind != "country"
    }
    named = {(o.place.country, o.place.admin1) for o in others if o.place.is_admin1}
    majority = _majority_country(others)
    anchors = list({o.place.row: o.place for o in others if o.place.kind in ("city", "admin")}.values())
    near_ok = set(sorted(range(len(prior)), key=prior.__getitem__, reverse=True)[:MAX_NEAR_CANDIDATES])
    qualifier = mentions[m.qualifier] if m.qualifier is not None else None
    # a name that is itself a state's ("California") is not pulled to a town of that name elsewhere
    names_admin1 = any(e.is_admin1 and not alt for e, alt in m.candidates)
    # ... and a village that shares a country's or its own country's state's name ("Kansas",
    # Illinois) takes no context
    big = [e for e, alt in m.candidates if not alt and (e.kind == "country" or e.is_admin1)]
    scores = []
    for j, ((entry, _alt), score) in enumerate(zip(m.candidates, prior)):
        small = entry.kind == "city" and entry.population < SMALL_TOWN and qualifier is None
        if small and any(b.kind == "country" or b.country == entry.country for b in big):
            scores.append(score)
            continue
        if entry.country and entry.country in countries:
            score += CONTEXT_COUNTRY
        elif entry.country and entry.country in nearby:
            score += CONTEXT_NEIGHBOUR
        if entry.country is not None and entry.country == majority:
            score += CONTEXT_MAJORITY
        if entry.admin1 and (entry.country, entry.admin1) in admins:
            score += CONTEXT_ADMIN1
            if (entry.country, entry.admin1) in named and not entry.is_admin1 and not names_admin1:
                score += CONTEXT_ADMIN1_NAMED
        if anchors and j in near_ok and entry.kind in ("city", "admin"):
            # a place is no support for itself ("DeKalb" and "DeKalb County" read as one county)
            nearest = min((approx_km(entry, a) for a in anchors if a.row != entry.row), default=NEAR_KM)
            score += NEAR_BONUS * max(0.0, 1.0 - nearest / NEAR_KM)
        if qualifier is not None and qualifies(entry, qualifier.candidates):
            score += QUALIFIER_BONUS
        scores.append(score)
    return scores


def _majority_country(others: list[Mention]) -> str | None:
    """The country of more than half of the other mentions' places (each name counted once)."""
    by_key = {o.key: o.place.country for o in others}
    if len(by_key) < 2:
        return None
    counts: dict[str, int] = {}
    for country in by_key.values():
        if country:
            counts[country] = counts.get(country, 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] * 2 > len(by_key) else None


def _place(m: Mention) -> Place:
    entry, alternate = m.candidates[m.best]
    if len(m.scores) > 1:
        ordered = sorted(m.scores, reverse=True)
        confidence = 0.5 + 0.45 * (1 - math.exp(-(ordered[0] - ordered[1])))
    else:
        confidence = 0.9
    if alternate:
        confidence -= 0.1
    return Place(
        start=m.start,
        end=m.end,
        text=m.text,
        name=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=None if entry.kind == "country" else entry.admin1,
        kind=entry.kind,
        confidence=round(max(0.05, min(0.99, confidence * m.weight)), 3),
        step=STEP,
        role=m.role,
    )


def _locative() -> frozenset[str]:
    from seismo.extract import lexicon

    return lexicon.word_class("locative_prep")
