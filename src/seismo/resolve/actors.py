"""Actors: who does or undergoes an event, resolved to a country (ISO3) and a PLOVER sector.

``resolve_actor(span, lexicon=..., memory=..., places=...)`` reads one mention — a noun
phrase, entity or subtree as a spaCy ``Span`` — and returns a :class:`~seismo.model.Actor`
or ``None`` when the mention is not an actor ("the airport", "fuel prices").  In order:

1. a named organisation from the lexicon ("Ria Novosti" → org RUS JRN; "CSTO troops" → igo
   CSTO, sector MIL);
2. a named person, with the title and country found around the name, else remembered from
   earlier in the article (:class:`ActorMemory`), else from the leaders list;
3. a title without a name ("the interior minister", "the vice president of the Defense
   Commission of the Duma" → LEG RUS: a generic title takes the sector of the body it heads);
4. a country or seat of power ("Russia", "Moscow", "the Kremlin") → kind country, sector GOV;
5. an actor noun ("Kazakh demonstrators" → group CVL KAZ; "the interior ministry" → GOV);
6. an organisation name not in the lexicon (kind org, sector from a noun inside it).

The country comes from demonyms, country names, possessives and places inside the mention; when
none is there it stays ``None`` for the events step to fill from the event's location.
Confidence: 0.9 lexicon organisation; person 0.6 + 0.15 per country / sector found; actor
noun 0.75 with a country, 0.6 without; metonyms and bare demonyms 0.6; unknown org 0.5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.contract.vocab import STATE_BODY_SECTORS
from seismo.extract.lexicon import word_class
from seismo.extract.syntax import plural_taken_for_a_person
from seismo.model import Actor, Place
from seismo.resolve.actor_lexicon import ActorLexicon, Organisation
from seismo.resolve.actor_parts import (
    PLACE_LABELS,
    body_before,
    body_of,
    core_tokens,
    countries_in,
    entities_in,
    find_noun,
    find_title,
    strip_possessive,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ["STEP", "ActorLexicon", "ActorMemory", "ActorResolver", "Organisation", "resolve_actor"]

STEP = "seismo.actors.v20"
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "EX"})


@dataclass(frozen=True, slots=True)
class Profile:
    """What an article has said about a person so far."""

    name: str
    country: str | None
    sector: str | None
    role: str | None


class ActorMemory:
    """Per-article memory of named people: a title or country seen once carries to later bare
    mentions ("President Kassym Jomart Tokayev" … "Tokayev" → same name, role, country).

    ``year`` (the publication year, optional) picks the right office holder from the leaders list.
    """

    def __init__(self, lexicon: ActorLexicon, *, year: int | None = None) -> None:
        self.lexicon = lexicon
        self.year = year
        self._people: dict[str, Profile] = {}

    def remember(self, actor: Actor) -> None:
        """Record a resolved person (ignored for other kinds or without a name)."""
        if actor.kind != "person" or not actor.name:
            return
        known = self.recall(actor.name)
        profile = Profile(
            name=known.name if known and len(known.name) >= len(actor.name) else actor.name,
            country=actor.country or (known.country if known else None),
            sector=actor.sector or (known.sector if known else None),
            role=actor.role or (known.role if known else None),
        )
        for key in _name_keys(actor.name) | (_name_keys(known.name) if known else set()):
            self._people[key] = profile

    def recall(self, name: str) -> Profile | None:
        """The profile of the person called ``name`` (full name or surname), if seen."""
        name = strip_possessive(name)
        return self._people.get(name.casefold()) or self._people.get(name.split()[-1].casefold() if name.split() else "")


@dataclass(frozen=True, slots=True)
class ActorResolver:
    """Actor resolution as the extractors call it, handed to them as ``resources.actor_resolver``
    so that extract/ (a lower layer) never imports this module.

    lexicon: the actor lexicon every resolution reads.
    """

    lexicon: ActorLexicon

    def memory(self, *, year: int | None = None) -> ActorMemory:
        """A fresh per-article memory of named people."""
        return ActorMemory(self.lexicon, year=year)

    def resolve(self, span: "Span", *, memory: ActorMemory | None = None, places: Sequence[Place] = ()) -> Actor | None:
        """The actor ``span`` names (:func:`resolve_actor`), a deputy of an article that names a sheriff
        being the sheriff's (:func:`sheriffs_deputy`)."""
        return sheriffs_deputy(resolve_actor(span, lexicon=self.lexicon, memory=memory, places=places), span)

    def countries(self, span: "Span", *, places: Sequence[Place] = ()) -> list[str]:
        """The ISO3 codes ``span``'s nationalities, country names and places name, in text order
        ("Palestinian detainees": PSE), for a span that names no actor the lexicon knows."""
        return countries_in(list(span), span, self.lexicon, places=places)


def sheriffs_deputy(actor: Actor | None, span: "Span") -> Actor | None:
    """A deputy (class ``lawman_title`` of word_classes.tsv) given a legislature's sector is a police
    officer in an article that names a sheriff (class ``lawman_cue``): "Deputies are investigating"
    after "the county sheriff said"; a deputy of a parliament elsewhere keeps the sector LEG."""
    if actor is None or actor.sector != "LEG":
        return actor
    titles, cues = word_class("lawman_title"), word_class("lawman_cue")
    root = span.root
    if not (root.lemma_.lower() in titles or root.lower_ in titles):
        return actor  # "the deputy speaker", "Deputy X": another title or a name
    if any(c.dep_ == "prep" for c in root.children) or any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in span):
        return actor  # "deputies in the state assembly", "French deputies"
    if not any(t.lemma_.lower() in cues for t in span.doc):
        return actor
    return replace(actor, sector="COP")


def _name_keys(name: str) -> set[str]:
    words = name.split()
    return {name.casefold(), words[-1].casefold()} if words else set()


def resolve_actor(
    span: "Span",
    *,
    lexicon: ActorLexicon,
    memory: ActorMemory | None = None,
    places: Sequence[Place] = (),
) -> Actor | None:
    """The actor ``span`` names, or ``None`` when it names none (see the module docstring)."""
    if len(span) == 0:
        return None
    root = span.root
    if root.tag_ in PRONOUN_TAGS or root.pos_ == "PRON":
        return None
    core = core_tokens(span)
    ents = entities_in(span, core)
    base = {"start": span.start_char, "end": span.end_char, "text": span.text, "step": STEP}

    org, org_ent = _organisation(span, core, ents, lexicon)
    # a name written all in capitals is an acronym ("RJD", "JDS"), an organisation's, not a person's
    # a plural head names a people, not a person the model took it for ("Exiled Tibetans")
    person = next((e for e in ents if e.label_ == "PERSON" and not (len(e) == 1 and e.text.isupper())
                   and not (e.root.i == root.i and plural_taken_for_a_person(root))), None)
    if person is None and org is None and root.pos_ == "PROPN" and _known_person(root.text, lexicon, memory):
        person = span.doc[root.i : root.i + 1]
    if person is not None and root.i >= person.end and root.tag_ == "NNS" and find_noun(root, lexicon):
        person = None  # "Riot police", "Putin critics": a name, or a word taken for one, before a noun of people
    name_ids = set(range(person.start, person.end)) if person is not None else set()
    org_ids = frozenset(range(org_ent.start, org_ent.end)) if org_ent is not None else frozenset()
    title = find_title(core, root, lexicon, exclude=name_ids | set(org_ids))
    countries = countries_in(core, span, lexicon, places=places, exclude=org_ids | frozenset(name_ids))
    country = countries[0] if countries else None

    if person is not None and (org_ent is None or root.i in name_ids or (title and title.head.i == root.i)):
        unknown = None if org is not None else next((e for e in ents if e.label_ == "ORG"), None)
        return _person(person, title, country, org, lexicon, memory, base, unknown_body=_unknown_body(unknown, lexicon))

    if org is not None and org_ent is not None:
        return _org_actor(org, org_ent, root, title, country, lexicon, base)

    if title is not None and title.head.i == root.i and root.tag_ != "NNS":
        return _titled(title, country, lexicon, base)

    nation = _country_actor(span, root, ents, lexicon, places)
    if nation is not None:
        code, confidence = nation
        return Actor(name=lexicon.country_label(code), country=code, sector="GOV", kind="country",
                     confidence=confidence, **base)

    noun = find_noun(root, lexicon)
    if noun is not None:
        body = body_of(root, lexicon)
        if body is not None and body.organisation is not None:
            org = body.organisation
            return Actor(name=org.name, country=country or org.country, sector=noun.sector or org.sector,
                         kind=org.actor_kind, confidence=0.8, **base)
        country = country or (body.country if body else None)
        return Actor(name=own_name(root, ents), country=country, sector=noun.sector or None, kind=noun.kind,
                     confidence=0.75 if country else 0.6, **base)

    if title is not None:
        return _titled(title, country, lexicon, base)

    demonym = lexicon.demonym(root.text) if root.ent_type_ == "NORP" or root.pos_ in {"PROPN", "NOUN"} else None
    if demonym is not None:
        return Actor(name=None, country=demonym, sector=None, kind="group", confidence=0.6, **base)

    named = next((e for e in ents if e.label_ == "ORG" and e.start <= root.i < e.end), None)
    if named is not None:
        return _unknown_org(named, country, lexicon, base)
    return None


def own_name(root: "Token", ents: list["Span"]) -> str | None:
    """The name a body of a known kind is given in its own phrase: an organisation's name
    written before the noun ("the *Sinn Fein* party") or a name set beside it ("the biggest
    party, *the Ulster Unionists*"); None when it has none ("the ruling party")."""
    named = next((e for e in ents if e.label_ == "ORG" and e.root.dep_ == "compound" and e.root.head.i == root.i), None)
    if named is not None:
        return strip_possessive(named.text)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            words = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            start = words[0].i if words else child.i
            return strip_possessive(root.doc[start : child.i + 1].text)
    return None


def _organisation(
    span: "Span", core: list["Token"], ents: list["Span"], lexicon: ActorLexicon
) -> tuple[Organisation | None, "Span | None"]:
    """A lexicon organisation named in the mention, and the entity (or span) naming it."""
    text = strip_possessive(span.text)
    whole = lexicon.organisation(text)
    if whole is not None:
        return whole, span
    for ent in sorted(ents, key=lambda e: (e.label_ != "ORG", e.start)):
        if ent.label_ in {"PERSON", "DATE", "CARDINAL"}:
            continue
        org = lexicon.organisation(strip_possessive(ent.text))
        if org is not None:
            return org, ent
    ids = {t.i for t in core}
    for tok in core:  # acronyms or names the model did not mark ("CSTO troops")
        if tok.pos_ == "PROPN" or tok.text.isupper():
            org = lexicon.organisation(tok.text)
            if org is not None and tok.i in ids:
                return org, span.doc[tok.i : tok.i + 1]
    return None, None


def _unknown_body(ent: "Span | None", lexicon: ActorLexicon) -> tuple[str | None] | None:
    """The sector, as a 1-tuple, of an organisation the lexicon does not know, read off its head
    noun ("the Harbour Workers *Union*": LAB; no known noun: None); ``None`` (the title's own
    sector stands) when there is no such organisation or it is a state body ("the French National
    *Assembly*": its president holds a state office)."""
    if ent is None:
        return None
    noun = find_noun(ent.root, lexicon) or find_noun(ent[-1], lexicon)  # a name's head is its last word
    sector = noun.sector if noun is not None else None
    return None if sector in STATE_BODY_SECTORS else (sector or None,)


def _known_person(text: str, lexicon: ActorLexicon, memory: ActorMemory | None) -> bool:
    return bool((memory and memory.recall(text)) or lexicon.leader(text, year=memory.year if memory else None))


def _person(
    person: "Span",
    title,
    country: str | None,
    org: Organisation | None,
    lexicon: ActorLexicon,
    memory: ActorMemory | None,
    base: dict,
    *,
    unknown_body: tuple[str | None] | None = None,
) -> Actor:
    """A named person, with the sector of their title; a title that takes its sector from the
    body it heads (``generic``: "leader", "president") before the name of an organisation the
    lexicon does not know (``unknown_body``: :func:`_unknown_body`) takes that body's sector, none
    when its kind is unknown ("Sinn Fein leader X" with no row for the party): not the state's."""
    name = strip_possessive(person.text)
    role = title.text if title else None
    sector = title.title.sector if title else None
    if title is not None and title.title.generic and unknown_body is not None:
        sector = unknown_body[0]
    if title is not None:
        body = body_of(title.head, lexicon)
        if body is not None:
            country = country or body.country
            if title.title.generic and body.sector:
                sector = body.sector
    if org is not None:
        country = country or org.country
        if sector is None or (title is not None and title.title.generic):
            sector = org.sector or sector
    known = memory.recall(name) if memory else None
    if known is not None:
        name = known.name if len(known.name) > len(name) else name
        country = country or known.country
        sector = sector or known.sector
        role = role or known.role
    leader = lexicon.leader(name, year=memory.year if memory else None)
    if leader is not None and (country is None or country == leader.country):
        if " " not in name:
            name = leader.name
        country = country or leader.country
        sector = sector or leader.sector
        role = role or leader.role
    confidence = 0.6 + (0.15 if country else 0) + (0.15 if sector else 0)
    actor = Actor(name=name, country=country, sector=sector, kind="person", role=role, confidence=confidence, **base)
    if memory is not None:
        memory.remember(actor)
    return actor


#: sectors of the nouns of a party's rank and file ("workers", "supporters"), who stand for the party
PARTY_FOLLOWERS = frozenset({"CVL", "LAB"})


def _org_actor(org: Organisation, org_ent: "Span", root: "Token", title, country: str | None,
               lexicon: ActorLexicon, base: dict) -> Actor:
    """The organisation itself, or an arm of it ("CSTO troops"), or a titled person in it."""
    inside = org_ent.start <= root.i < org_ent.end
    if not inside and title is not None and title.head.i == root.i:
        sector = org.sector if title.title.generic or title.title.sector is None else title.title.sector
        return Actor(name=None, country=country or org.country, sector=sector or title.title.sector,
                     kind="person", role=title.text, confidence=0.8, **base)
    noun = None if inside else find_noun(root, lexicon)
    sector = noun.sector if noun is not None else org.sector
    if org.kind == "party" and org.sector and sector in PARTY_FOLLOWERS:
        sector = org.sector  # "PTI workers", "BJP supporters": the party's people, not labour or civilians
    return Actor(name=org.name, country=org.country or (country if org.actor_kind != "igo" else None),
                 sector=sector or None, kind=org.actor_kind, confidence=0.9 if inside or noun else 0.7, **base)


def _titled(title, country: str | None, lexicon: ActorLexicon, base: dict) -> Actor:
    sector = title.title.sector
    body = body_of(title.head, lexicon) or body_before(title, lexicon)
    if body is not None:
        country = country or body.country
        if (title.title.generic or sector is None) and body.sector:
            sector = body.sector
    confidence = 0.6 + (0.15 if country else 0)
    return Actor(name=None, country=country, sector=sector, kind="person", role=title.text,
                 confidence=confidence, **base)


def _country_actor(span: "Span", root: "Token", ents: list["Span"], lexicon: ActorLexicon,
                   places: Sequence[Place]) -> tuple[str, float] | None:
    """(ISO3, confidence) when the mention's head is a country or a seat of power."""
    ent = next((e for e in ents if e.start <= root.i < e.end), None)
    text = strip_possessive(ent.text if ent is not None else root.text)
    if ent is None and root.pos_ != "PROPN":
        return None
    code = lexicon.country(text)
    if code:
        return code, 0.85
    people = (root.tag_ == "NNPS" or root.ent_type_ == "NORP" and root.tag_ in ("NNP", "NNS")) and not any(
        c.dep_ == "det" and c.lower_ == "the" for c in root.children)
    for place in places:  # "Venezuelans marched": people of a nation, not its state ("the Russians agreed" is)
        if place.kind == "country" and place.country and place.start <= root.idx < place.end and not (
                people and place.role == "associative"):
            return place.country, 0.85
    if ent is None or ent.label_ in PLACE_LABELS | {"ORG"}:
        seat = lexicon.seat(text)
        if seat:
            return seat, 0.6
    return None


def _unknown_org(named: "Span", country: str | None, lexicon: ActorLexicon, base: dict) -> Actor:
    """An organisation the lexicon does not know: sector from a noun inside its name or the body
    it belongs to ("Defense Commission of the Duma" → LEG RUS)."""
    sector = None
    for tok in reversed(named):
        noun = find_noun(tok, lexicon)
        if noun is not None:
            sector = noun.sector
            break
    body = body_of(named.root, lexicon)
    if body is not None:
        sector = sector or body.sector
        country = country or body.country
    return Actor(name=strip_possessive(named.text), country=country, sector=sector or None, kind="org",
                 confidence=0.5, **base)


def with_span(actor: Actor, span: "Span") -> Actor:
    """The same actor re-anchored on another mention (for callers that merge mentions)."""
    return replace(actor, start=span.start_char, end=span.end_char, text=span.text)
