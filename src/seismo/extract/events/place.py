"""Where and when an event happened: the place and time expression attached to its trigger.

Location, in order of preference:

1. a place inside the trigger's phrase or its arguments ("in/at/near X", the compound of
   "Almaty City Hall", the possessor of "Almaty's main square");
2. a place elsewhere in the same clause, then in the same sentence — but not a country or
   city that is itself a subject or object there ("Moscow condemned ...": an actor), nor a
   place that only describes the actor ("the alliance *led by Moscow* intervened"), nor a
   country that owns something other than a part of a place ("*Russia's* news agency
   reported", "*Kenya's* president said"; class ``place_noun``: "Kenya's coast" locates);
3. the scene: a place named as a place ("in X") in the sentence before, within the same
   paragraph (:func:`scene_before`) — "Police fired in Vadodara. Two men died." puts the deaths
   in Vadodara, not in the article's dateline town; else the town a bare "the city" / "the
   town" of the sentence stands for, the last one of the dateline's country the article named
   as a place (:func:`the_town`: "struck positions east of the city");
4. the article's dateline town (:func:`article_dateline`), where the report was filed;
5. the article's main place (:func:`main_place`): the most-mentioned place; when several are
   mentioned most, the article is about none of them alone: its dateline town, else the finest
   when the others contain it or lie next to it (a town and its country, two parts of a city),
   else their country, at precision 3 ("only the country is known") — never a town picked by
   order of mention.

A place that says who or what rather than where does not locate: the object of a preposition of
parties and topics ("took up arms *against Russia*"), a place glued to a participle ("*US*-backed
militias"), one in a clause coordinated with the trigger's ("militias captured the town, but the
desert east of X is rife with ..."), "of" after a noun of places only when it puts its object
around the event ("the towns of X", not "50 miles south of X").  Places listed together ("in X and
Y") count as the first of them.

A country joined by a hyphen to another name before a noun ("a joint *EU-Mali* patrol") names the
partners whose it is, not where (:func:`_partner`; "the Mali-Niger border" still locates).

A place that lies next to the scene is no scene either: the object of a verb of adjoining ("in a
village *bordering X*", class ``adjoin_verb``) says where the event was not; unless the trigger's
clause names another place after a preposition of place ("in Y, a town bordering X"), the event
has no place (:func:`locate`), rather than one from a dateline or the article, which may be X again.

A statement (a verbal act that is not a meeting: a demand, an accusation, a promise) is placed
only where it was said (:func:`where_said`: "told reporters *in X*"), never by the places of
what it speaks of ("condemned the violence *in Gujarat*"), and with none it skips the scene of
the sentence before for the dateline: the coder passes ``statement`` and its fallback.  A
foreign state's statement (its actor of another country than the dateline's:
:func:`~seismo.extract.events.actors.abroad`)
falls back to no place, not to the dateline town.

Only *literal* places locate events: a demonym ("the Russian delegation", role
``associative``) or a seat standing for its institution ("the Kremlin said", role ``metonym``)
never becomes an event's location (:func:`is_literal`); the actor step still reads them.

Precision: 1 a city or site, 2 an admin area or region, 3 a country.

Date: a time expression (:class:`~seismo.model.When`) in the trigger's clause, else the day of
the news dateline before it (:func:`date_of`), else the publication date with
``source="published"``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.framing.happening import list_row
from seismo.extract.syntax import clause_head, first_conjunct, is_verbal, root_at, subjects
from seismo.model import EventLocation, Place, When
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from seismo.resources import Resources

PRECISION = {"city": 1, "site": 1, "admin": 2, "region": 2, "feature": 2, "country": 3}
#: how a place word hangs on a noun when it names where that thing is ("Almaty City Hall")
LOCATIVE_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class Anchored:
    """A record (place or time expression) with the token heading it in the parse."""

    record: Place | When
    token: "Token"


def anchor(doc: "Doc", records: Sequence[Place | When]) -> list[Anchored]:
    """Each record with its root token; records that do not align with tokens are skipped."""
    out = []
    for rec in records:
        root = root_at(doc, rec.start, rec.end)
        if root is not None:
            out.append(Anchored(rec, root))
    return out


def is_literal(record: Place | When) -> bool:
    """Whether a record may locate an event: a literal place (not a demonym or metonym)."""
    return not isinstance(record, Place) or record.role == "literal"


def is_dateline(place: Place, text: str) -> bool:
    """Whether ``place`` opens a paragraph as a news dateline ("BELFAST, Northern Ireland (AP) —",
    "new delhi: the city ...")."""
    line_start = text.rfind("\n", 0, place.start) + 1
    after = text[place.end : place.end + 2].lstrip()[:1]
    return not text[line_start : place.start].strip() and after in DATELINE_MARKS


#: what follows a dateline's place name: "X: ...", "X, Region (AP)", "X (AP)", "X — ..."
DATELINE_MARKS = frozenset(":,(—–-_")
#: how far into an article its dateline may stand (after a headline, a byline, a date)
DATELINE_REACH = 400
#: what may stand before a dateline on its line: nothing, a byline's or a banner's date
#: ("This story is from March 7, 2002 mumbai: ..."), or a headline before a capitalised
#: dateline ("... Ties With Council of Europe MOSCOW, January 20 (Sputnik) -")
_YEAR_BEFORE = re.compile(r"\b(1[89]|20)\d\d\s*$")


def article_dateline(places: Sequence[Place], text: str) -> Place | None:
    """The place of the article's dateline: the first literal city, area or country among the
    first :data:`DATELINE_REACH` characters that opens a line, follows a date, or is written in
    capitals after a headline, and is followed by a dateline mark ("BELFAST, Northern Ireland
    (AP)_", "patna: the party ...", "March 30, 2009 HANOVER -- ...").  It says where the report
    was filed: the place of last resort of its events (:func:`locate`)."""
    for p in places:
        if p.start >= DATELINE_REACH:
            break
        if not is_literal(p) or p.kind in ("site", "feature"):
            continue
        if text[p.end : p.end + 2].lstrip()[:1] not in DATELINE_MARKS:
            continue
        before = text[text.rfind("\n", 0, p.start) + 1 : p.start]
        if not before.strip() or _YEAR_BEFORE.search(before) or (p.text.isupper() and len(p.text) > 2):
            return p
    return None


def _place_key(p: Place) -> tuple[str, str | None, str]:
    return (p.name, p.country, p.kind)


#: how far apart two places may be and still be one area (1 a town or site, 2 a county or region)
LOCAL_KM = {1: 25.0, 2: 150.0}


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is ``inner``'s country or first-level area (South Africa for Johannesburg)."""
    return outer.country == inner.country and (
        outer.kind == "country" or (outer.kind == "admin" and outer.name == inner.admin1))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlon = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def _near(a: Place, b: Place) -> bool:
    """Two places in one area: a town and its district, two neighbourhoods of a city."""
    reach = LOCAL_KM.get(max(PRECISION.get(a.kind, 3), PRECISION.get(b.kind, 3)))
    if reach is None or None in (a.lat, a.lon, b.lat, b.lon) or a.country != b.country:
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) <= reach  # type: ignore[arg-type]


def _one_area(places: Sequence[Place]) -> Place | None:
    """The first of the finest of ``places`` when the others contain it or lie next to it
    (Johannesburg with South Africa, Brooklyn with New York), else None: places far apart."""
    finest = min(places, key=lambda p: PRECISION.get(p.kind, 3))  # the first of the finest
    if finest.country is None:
        return None
    if all(_place_key(p) == _place_key(finest) or _contains(p, finest) or _near(p, finest) for p in places):
        return finest
    return None


def main_place(
    places: Sequence[Place],
    *,
    text: str | None = None,
    country: "Callable[[Place], Place | None] | None" = None,
) -> Place | None:
    """The article's main place: the most-mentioned literal place (its first mention).

    When several places are mentioned most, the article is about none of them alone: the one
    that is the article's dateline wins (``text`` given), else the finest when the others contain
    it or lie next to it (a town with its own country, two parts of a city), else the country
    most of them are in, at country precision (``country`` makes a country's record from a
    place; without it, or when it gives None, the earliest of them)."""
    places = [p for p in places if is_literal(p)]
    if not places:
        return None
    tally = Counter(_place_key(p) for p in places)
    best = max(tally.values())
    tied = [p for p in places if tally[_place_key(p)] == best]
    firsts: list[Place] = []  # the first mention of each
    for p in tied:
        if all(_place_key(f) != _place_key(p) for f in firsts):
            firsts.append(p)
    if len(firsts) == 1:
        return firsts[0]
    if text is not None:
        lead = next((p for p in tied if is_dateline(p, text)), None)
        if lead is not None:
            return lead
    finest = _one_area(firsts)
    if finest is not None:
        return finest
    iso = Counter(p.country for p in firsts if p.country).most_common(1)
    iso3 = iso[0][0] if iso else None
    home = next((p for p in places if p.kind == "country" and iso3 and p.country == iso3), None)
    if home is None and iso3 and country is not None:
        home = country(next(p for p in firsts if p.country == iso3))
    return home if home is not None else firsts[0]


#: links by which a place is who acts in a clause, not where (an object may be where one goes:
#: "re-entering the United Kingdom", "storms hit England")
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
#: entity labels of the names a place may modify to say whose ("*US* Air Force", "*Kenya* Airways")
WHOSE_LABELS = frozenset({"ORG", "PERSON"})


def says_who(tok: "Token", record: Place, party: "Callable[[Token], bool]") -> bool:
    """A mention of a place that names a party rather than a scene, not counted for the article's
    main place: a country that is a clause's subject ("*The United States* condemned the
    attack"), a partner or a party or topic (:func:`_partner`, :func:`_no_scene`), a place in
    the name of an organisation or a person ("the *Washington* Post"), or a country modifying a
    word ``party`` takes for people (:func:`_whose_name`).  An owner ("Syria's desert") still
    counts: a country owning a thing is often where it is."""
    first = first_conjunct(tok)
    named = (first.dep_ in ("compound", "nmod", "amod") and first.i < first.head.i
             and first.head.ent_type_ in WHOSE_LABELS)
    return ((record.kind == "country" and first.dep_ in PARTY_DEPS) or _partner(tok, record)
            or _no_scene(tok) or named or _whose_name(tok, record, party))


def people_noun(resources: "Resources | None") -> "Callable[[Token], bool]":
    """Whether a noun names people by role or a title (``actor_nouns.tsv``, ``titles.tsv``:
    "troops", "secretary"): a place modifying it says whose they are (:func:`says_who`)."""

    def party(noun: "Token") -> bool:
        if resources is None or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = noun.lemma_.lower()
        return resources.actors.noun(lemma) is not None or resources.actors.title(lemma) is not None

    return party


def _whose_name(tok: "Token", record: Place | When, party: "Callable[[Token], bool]") -> bool:
    """A country modifying an organisation's or a person's name or a word for people ("*U.S.*
    Air Force", "the *U.S.* Secretary of State"): it says whose, never where ("Kabul
    University", "Kabul police" still locate)."""
    first = first_conjunct(tok)
    head = first.head
    return (isinstance(record, Place) and record.kind == "country"
            and first.dep_ in ("compound", "nmod", "amod") and first.i < head.i
            and (head.ent_type_ in WHOSE_LABELS or party(head)))


def article_main(doc: "Doc", places: Sequence[Place], resources: "Resources | None") -> Place | None:
    """:func:`main_place` of an article, countries made from the gazetteer of ``resources``.
    Mentions that name a party (:func:`says_who`) or stand in a list item (a roll of the dead, a
    list of links: :func:`~seismo.extract.framing.happening.list_row`) are not counted, unless
    every mention is one: a country that condemns, sends troops or owns an air force is not
    where things happened."""

    def country(place: Place) -> Place | None:
        if resources is None or place.country is None:
            return None
        entry = resources.gazetteer.country_entry(place.country)
        if entry is None:
            return None
        return replace(place, name=entry.name, geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
                       country=entry.country, admin1=None, kind="country")

    party = people_noun(resources)
    scenes = [a.record for a in anchor(doc, places) if isinstance(a.record, Place)
              and not says_who(a.token, a.record, party) and list_row(a.token) is None]
    pool = scenes if any(is_literal(p) for p in scenes) else places
    return main_place(pool, text=doc_text(doc), country=country)


#: links by which a verb belongs to the clause above it ("tried *to* flee", "the *burned* car")
NONFINITE_LINKS = frozenset({"xcomp", "amod", "acl"})


def clause_of(tok: "Token") -> "Token":
    """The verb heading the clause ``tok`` is in, an infinitive or participle counting as part
    of the clause it hangs on."""
    return clause_head(tok, skip=NONFINITE_LINKS)


def within(tok: "Token", top: "Token") -> bool:
    """Whether ``tok`` is ``top`` or below it in the parse."""
    return top.left_edge.i <= tok.i <= top.right_edge.i and top in (tok, *tok.ancestors)


def _in_phrase(tok: "Token", head: "Token") -> bool:
    """``tok`` is in the phrase of ``head`` and not in a clause coordinated with it ("militias
    captured the town, but the countryside east of X is rife with ...": X is not the capture's)."""
    if not within(tok, head):
        return False
    if tok.i == head.i:
        return True
    path = [tok, *tok.ancestors]
    below = path[[t.i for t in path].index(head.i) - 1]  # the child of head on the way down
    return not (below.dep_ == "conj" and is_verbal(below))


def _of_places(first: "Token") -> bool:
    """The object of "of" after a noun of places, plural or determined: "the towns of X", "parts
    of X", "the north of X" (class ``place_noun``); not "the government of X", nor "50 miles
    south of X", which is outside X."""
    prep = first.head
    noun = prep.head
    return (first.dep_ == "pobj" and prep.lower_ == "of" and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in lexicon.word_class("place_noun")
            and (noun.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children)))


def _is_locative(tok: "Token") -> bool:
    """A place used as a place: after a locative preposition or as a modifier of a noun
    ("in Almaty", "Almaty City Hall", "Almaty's square", "the towns of X"), not "the rhetoric
    of Moscow"."""
    first = first_conjunct(tok)
    if first.dep_ == "pobj":  # "in X", "near X", "across X"
        return first.head.lower_ in lexicon.word_class("locative_prep") or _of_places(first)
    head = first.head
    if first.dep_ == "compound" and head.lemma_.lower() in lexicon.word_class("place_noun"):
        return _is_locative(head)  # "in Idlib province", not "the exception of Idlib province"
    return first.dep_ in LOCATIVE_DEPS or first.dep_ == "appos"


def _no_scene(tok: "Token") -> bool:
    """A place that says who or what, never where: the object of a preposition of parties and
    topics ("took up arms *against Russia*", "talks *with Kenya*", class ``topic_prep``), a
    place glued to a participle that describes a group ("*US*-backed militias", "a
    *Moscow*-based group"), or a word read as a place inside a person's name ("NBC's *Lester*
    Holt")."""
    first = first_conjunct(tok)
    if first.dep_ == "pobj":
        return first.head.lower_ in lexicon.word_class("topic_prep")
    head = first.head
    if first.dep_ == "compound" and first.i < head.i and first.ent_type_ == "PERSON" == head.ent_type_:
        return head.ent_iob_ == "I"
    return (first.dep_ in ("npadvmod", "compound") and head.tag_ == "VBN" and first.i < head.i
            and first.nbor(1).text == "-")


def _elsewhere(tok: "Token") -> bool:
    """A place named as somewhere the event was not: a hospital's town, a refuge, where a road leads."""
    return _care_site(tok) or _refuge(tok) or _route_end(tok)


def _care_site(tok: "Token") -> bool:
    """A place of the hospital the hurt are brought to or treated at ("taken *to* hospital in
    Kaya", "treated *at* Kaya General Hospital": class ``care_noun``): where they are cared for,
    not where they were hurt."""
    care = lexicon.word_class("care_noun")

    def cared_at(noun: "Token") -> bool:
        return noun.lemma_.lower() in care and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at", "in")

    first = first_conjunct(tok)
    if first.dep_ == "compound":
        return cared_at(first.head)
    if first.dep_ != "pobj" or first.head.lower_ not in ("in", "at") or first.head.head.i == first.head.i:
        return False
    holder = first.head.head  # "a hospital [in Kaya]", or the verb of bringing: "taken to hospital [in Kaya]"
    return cared_at(holder) or (holder.pos_ == "VERB" and any(
        cared_at(o) for p in holder.children if p.dep_ == "prep" for o in p.children))


def _route_end(tok: "Token") -> bool:
    """A place that names a road by where it leads ("the *Delhi* road", "the *Kabul*-Jalalabad
    highway", class ``route_noun``): the road runs elsewhere."""
    first = first_conjunct(tok)
    head = first.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.i < head.head.i:
        head = head.head  # "the Kabul-Jalalabad highway": through the other names to the road
    return (first.dep_ in ("compound", "amod") and first.i < head.i
            and head.lemma_.lower() in lexicon.word_class("route_noun"))


def _refuge(tok: "Token") -> bool:
    """A place people fled to ("a resident who *fled to* Kaya", class ``flight_verb``): where they
    are safe, not where the harm was done."""
    first = first_conjunct(tok)
    prep = first.head
    return (first.dep_ == "pobj" and prep.lower_ in ("to", "into", "towards", "toward") and prep.head.i != prep.i
            and prep.head.lemma_.lower() in lexicon.word_class("flight_verb"))


def _partner(tok: "Token", record: Place | When) -> bool:
    """A country joined by a hyphen to another name before a noun that names no part of a place
    ("a joint *EU-Mali* convoy", "a *NATO-Afghanistan* patrol"): it names the partners whose the
    thing is, not where it was; "the *Mali-Niger* border" still locates (class ``place_noun``)."""
    first = first_conjunct(tok)
    head, doc = first.head, first.doc
    hyphened = any(0 <= j < len(doc) and doc[j].text in HYPHENS for j in (first.i - 1, first.i + 1))
    return (isinstance(record, Place) and record.kind == "country" and hyphened and first.i < head.i
            and first.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN"
            and head.lemma_.lower() not in lexicon.word_class("place_noun"))


def _between(tok: "Token") -> bool:
    """A place named as one side of the event ("talks *between* Washington and Beijing", "clashes
    between Israel and Hezbollah"): a party more than a scene, weaker than a place the clause is
    told in ("... resumed in Geneva"), and kept only where no such place is named."""
    first = first_conjunct(tok)
    return first.dep_ == "pobj" and first.head.lower_ == "between"


#: the marks that join two names into one modifier ("EU-Mali", "US–Afghan")
HYPHENS = frozenset({"-", "–"})


def _after_prep(tok: "Token") -> bool:
    """A place named as a scene: the object of a locative preposition ("in Y", "near Y")."""
    first = first_conjunct(tok)
    return first.dep_ == "pobj" and first.head.lower_ in lexicon.word_class("locative_prep")


def _beyond(tok: "Token", head: "Token") -> bool:
    """A place that is the object of a verb of adjoining other than the trigger ("a village
    *bordering X*", class ``adjoin_verb``): the event was next to it, not in it."""
    first = first_conjunct(tok)
    verb = first.head
    return (first.dep_ in ("dobj", "obj") and verb.i != head.i
            and verb.lemma_.lower() in lexicon.word_class("adjoin_verb"))


def _owner(tok: "Token", record: Place | When) -> bool:
    """A country as the possessor of anything but a part of a place ("Russia's news agency",
    "Kenya's president"; not "Kenya's coast"): it names an owner, not where the event was."""
    first = first_conjunct(tok)
    return (isinstance(record, Place) and record.kind == "country" and first.dep_ == "poss"
            and first.head.lemma_.lower() not in lexicon.word_class("place_noun"))


def where_said(tok: "Token", head: "Token") -> bool:
    """A place put on the map of a statement's own verbs: the object of a locative preposition
    hanging on the trigger or on a verb or noun above it ("said *in Mumbai* that it condemned",
    "told reporters *in Bloemfontein*"), not one inside what is said or asked for ("condemned
    the violence in Gujarat", "asked if prayers in Ayodhya were allowed"): that is its topic."""
    first = first_conjunct(tok)
    if first.dep_ != "pobj" or first.head.lower_ not in lexicon.word_class("locative_prep"):
        return False
    return first.head.head in (head, *head.ancestors)


def _whose(tok: "Token", record: Place | When, parts: Sequence["Token"]) -> bool:
    """A country modifying the head of an actor or recipient ("*US* troops", "*Kenya* police"):
    it says whose they are, not where the event was."""
    return (isinstance(record, Place) and record.kind == "country" and tok.dep_ in ("compound", "nmod", "amod")
            and any(tok.head.i == p.i for p in parts))


def locate(
    head: "Token",
    *,
    sent: "SpacySpan",
    places: Sequence[Anchored],
    parts: Sequence["Token"] = (),
    main: Place | None = None,
    actor: "Token | None" = None,
    statement: bool = False,
    party: "Callable[[Token], bool]" = lambda noun: False,
    topics: "Set[int]" = frozenset(),
) -> EventLocation | None:
    """The location of an event triggered at ``head``; ``parts``: its actor / recipient heads;
    ``actor``: the actor's head, whose description ("led by Moscow") is not the event's place;
    ``statement``: a verbal act (a demand, an accusation, a promise), located only by a place
    where it was said (:func:`where_said`), else by ``main``; ``party``: whether a noun names
    people (:func:`people_noun`), whom a place modifying it belongs to (:func:`_whose_name`);
    ``topics``: the words of what a protest is held over, whose grievance phrase ("rallied against the war
    *in Gaza*"; class ``grievance_prep``) names no scene."""
    in_sent = [a for a in places if sent.start <= a.token.i < sent.end and is_literal(a.record)
               and not (a.token.i in topics and any(t.lower_ in lexicon.word_class("grievance_prep") for t in a.token.ancestors))]
    if statement:
        in_sent = [a for a in in_sent if where_said(a.token, head)]
    best: tuple[int, int, Anchored] | None = None
    clause = clause_of(head)
    own = subjects(head) if is_verbal(head) else []  # a verbal trigger's subjects describe who acts
    describers = [*own, *([actor] if actor is not None else [])]
    beyond = False  # the clause names only where the event was not ("a village bordering X")
    # a participle on a noun tells of those the noun names ("the six US soldiers killed"): theirs
    bearers = [*parts, *([head.head] if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") else [])]
    for a in in_sent:
        tok = a.token
        if any(tok.i == p.i for p in parts) and isinstance(a.record, Place) and a.record.kind == "country":
            continue
        if _beyond(tok, head):
            beyond = beyond or within(tok, clause)
            continue
        if _whose(tok, a.record, bearers) or _whose_name(tok, a.record, party):
            continue  # "US troops attacked a convoy near Baghdad": whose troops, not where
        if any(within(tok, d) for d in describers) and not _is_locative(tok):
            continue  # "the alliance led by Moscow intervened": a place describing the actor
        if _owner(tok, a.record):
            continue  # "Russia's state news agency reported": an owner, not a scene
        if _partner(tok, a.record):
            continue  # "rammed a joint EU-Mali convoy": whose convoy, not where
        if _no_scene(tok):
            continue  # "called on Muslims to take up arms against Russia": a party, not a scene
        if _elsewhere(tok) and not within(head, tok):
            continue  # "taken to hospital in Kaya", "fled to Kaya", "the Delhi road": not where it happened
            # (but "fled to Kaya, *where* police arrested them": the place's own clause)
        if _between(tok):
            rank = 3
        elif _in_phrase(tok, head) or any(within(tok, p) for p in parts):
            rank = 0
        elif within(tok, clause) and _is_locative(tok):
            rank = 1
        elif _is_locative(tok):
            rank = 2
        else:
            continue
        if rank < 2 and tok.ent_type_ in WHOSE_LABELS:
            rank = 2  # "a Wall Street Journal reporter held in Omsk": a name's place yields to a scene named
        # places listed together ("in X and Y") are as near as the first of them, which wins
        key = (rank, abs(first_conjunct(tok).i - head.i), a)
        if best is None or key[:2] < best[:2]:
            best = key
    if beyond and (best is None or best[0] >= 2 or not _after_prep(best[2].token)):
        return None  # next to X, not in X: a place not named as a scene (a dateline: X again) is no better
    place = best[2].record if best is not None else main
    if not isinstance(place, Place) or not is_literal(place):
        return None
    return EventLocation(place=place, precision=PRECISION.get(place.kind, 3))  # type: ignore[arg-type]


def speaker_place(actor: "Token | None", places: Sequence[Anchored]) -> Place | None:
    """The place that is itself a statement's speaker ("*The United States* condemns the
    attack", "*Moscow* said"): a literal country or city, where a state's statement is made
    when the text names no place where it was said."""
    if actor is None:
        return None
    for a in places:
        if a.token.i == actor.i and isinstance(a.record, Place) and is_literal(a.record) \
                and a.record.kind in ("country", "city"):
            return a.record
    return None


def the_town(sent: "SpacySpan", places: Sequence[Anchored], *, dateline: Place | None = None) -> Place | None:
    """The town a bare "the city" / "the town" (class ``settlement_noun``, with no name of its own)
    stands for when ``sent`` uses it as a place ("struck positions east of the city", "in the
    town's south"): the last city the article named before the sentence as a place, in the
    dateline's country when there is one (not "flew back from Paris")."""
    words = lexicon.word_class("settlement_noun")
    for tok in sent:
        if (tok.lemma_.lower() in words and tok.dep_ in ("pobj", "poss")
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.pos_ == "PROPN" for c in tok.children)):
            before = [a for a in places if a.token.i < sent.start and isinstance(a.record, Place)
                      and is_literal(a.record) and a.record.kind == "city" and _is_locative(a.token)
                      and (dateline is None or a.record.country == dateline.country)]
            return before[-1].record if before else None  # type: ignore[return-value]
    return None


def scene_before(sent: "SpacySpan", places: Sequence[Anchored]) -> Place | None:
    """The last city, area or region (not a country, nor a river or sea) named as a place in the
    sentence before ``sent``, when no paragraph break lies between them (None otherwise)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[prev.end_char : sent.start_char] or "\n\n" in prev.text:
        return None
    found = [a for a in places if prev.start <= a.token.i < prev.end and isinstance(a.record, Place)
             and is_literal(a.record) and a.record.kind not in ("country", "feature")
             and _is_locative(a.token) and not _no_scene(a.token) and not _elsewhere(a.token)]
    if not found:
        return None
    lead = first_conjunct(found[-1].token).i  # "in the towns of X and Y": the first listed, as in locate
    pick = next(a for a in found if a.token.i in (lead, found[-1].token.i))
    return pick.record  # type: ignore[return-value]
