"""The mentions of one article: from the entity records, datelines, the tables scanned over
the text and the loose names used as places (see :mod:`seismo.resolve.places`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from seismo.model import Entity, Place
from seismo.resolve.gazetteer import Gazetteer, approx_km
from seismo.resolve.gazetteer_names import ADMIN_SUFFIXES, name_key, strip_possessive
from seismo.resolve.places.backing import NEAR_KM, top_kind
from seismo.resolve.places.cues import (
    address_names,
    adjectival,
    business_owner,
    cue_table,
    county_cued,
    county_lists,
    datelines,
    feature_names,
    institution_cued,
    locative_before,
    medium_named,
    noun_of,
    scan_table,
    site_names,
    state_form,
    state_noun_end,
    subdivision_cued,
    suffix_named,
    told_near,
    water_candidates,
)
from seismo.resolve.places.mention import (
    WEIGHT_DATELINE,
    WEIGHT_DEMONYM,
    WEIGHT_INSIDE,
    WEIGHT_METONYM,
    WEIGHT_WEAK,
    Mention,
    make,
)
from seismo.resolve.places.names import (
    family_names,
    first_name,
    hyphen_partners,
    loose_names,
    repeated_names,
)

PLACE_LABELS = frozenset({"GPE", "LOC"})
CONTAINER_LABELS = frozenset({"FAC", "ORG"})
#: the preposition after which a name tagged as an organisation is read as a town ("in Nongoma";
#: not "at McGill", a university, nor "in Congress", a word)
IN = frozenset({"in"})
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$")
_LIST_END = re.compile(r"^,?\s+(?:and|or)\s+$")
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|&|/|\s[-–—]\s)\s*")
#: a dash or a lower-case word that shows a span tagged as a person is no name ("Sri Lanka - approximately")
_NOT_A_NAME = re.compile(r"\s[-–—]\s|\b[a-z]{4,}\b")
_WORDS = re.compile(r"[^\s,;:()\"“”-]+")
#: "in" and one capitalised word closing an entity's span
_IN_TAIL = re.compile(r"\sin\s+([A-Z][\w'’.-]*)$")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_SENTENCE_END = frozenset({"", ".", "!", "?", '"', "“", "”", ":", ";"})


def collect_mentions(text: str, entities: Iterable[Entity], *, gazetteer: Gazetteer) -> list[Mention]:
    """Mentions from entity records and datelines, in text order, qualifiers linked."""
    mentions: list[Mention] = []
    entities = _joined_places(text, sorted(entities, key=lambda e: e.start), gazetteer)
    for ent in entities:
        if ent.label in PLACE_LABELS:
            if _side_of_something(text[ent.start:ent.end]) and _cased(text):
                continue  # "the west bank of the Dnipro": a river's bank, not the West Bank
            mentions.extend(_place_mentions(text, ent.start, ent.end, gazetteer=gazetteer))
        elif ent.label in CONTAINER_LABELS or ent.label == "PERSON":
            person = ent.label == "PERSON" and not _NOT_A_NAME.search(text, ent.start, ent.end)
            inner = _inner_mention(text, ent.start, ent.end, gazetteer=gazetteer, counties_only=person)
            after_in = inner is None and (person or ent.label == "ORG") and locative_before(text, ent.start, IN)
            if after_in:  # a town named like a word or a person: weak, whatever follows
                inner = _town_after_in(text, ent.start, ent.end, gazetteer=gazetteer)
            tail = _IN_TAIL.search(text, ent.start, ent.end)
            if tail is not None and (inner is None or inner.end <= tail.start(1)):
                # "the Grange Hall in Quillby": the town the name closes on, after "in"
                inner = _town_after_in(text, tail.start(1), ent.end, gazetteer=gazetteer) or inner
            elif inner is None and person and _nobody(text, ent, entities, gazetteer):
                inner = make(text, ent.start, ent.end, gazetteer, weight=WEIGHT_WEAK, weak=True)
            if inner is not None and inner.weak and not after_in and ent.label == "ORG" and (inner.start, inner.end) == (
                    ent.start, ent.end) and locative_before(text, ent.start, IN) and not gazetteer.is_noun(inner.text):
                inner.weak = False  # "unfolding in Nongoma" tagged as an organisation: a town of that name
            if inner is not None:
                mentions.append(inner)
    for start, end in datelines(text, entities):
        # a weak mention inside the dateline's name yields to it
        if any(m.start < end and start < m.end and not (m.weak and start <= m.start <= m.end <= end)
               for m in mentions):
            continue
        mention = make(text, start, end, gazetteer, weight=WEIGHT_DATELINE)
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
            state = state_noun_end(text, end) if which == "demonyms" else None
            if entries and state is not None:  # "the Irish Republic": the country itself
                mentions.append(Mention(start, state, text[start:state], entries, weight=weight))
            elif entries:
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
    for start, end in address_names(text):  # "the 300 block of [Madrid]": a street, never the city
        mentions = [m for m in mentions if not (m.start < end and start < m.end)]
        mentions.append(Mention(start, end, text[start:end], [], weight=WEIGHT_WEAK, site=True))
    people = {(e.start, e.end) for e in entities if e.label == "PERSON"}
    for start, end in feature_names(text):
        if any(m.start < end and start < m.end for m in mentions):
            continue  # named otherwise ("Lake Erie" tagged as a place) or a site ("Lake Street")
        if (start, end) in people and not locative_before(text, start, _locative()):
            continue  # a person ("Robin Lake, a senior"); not "along Anthony Creek"
        mention = make(text, start, end, gazetteer, weight=WEIGHT_INSIDE)
        if mention is not None and any(not alt for _, alt in mention.candidates):
            mentions.append(mention)  # a place of that very name ("Lake Forest", "Lake Erie" untagged)
        else:
            mentions.append(Mention(start, end, text[start:end], [], weight=WEIGHT_WEAK, site=True, feature=True))
    literal = {(m.start, m.end): m for m in mentions if m.role == "literal" and m.candidates and not m.site}
    for start, end, partner in hyphen_partners(text, list(literal), gazetteer=gazetteer):
        mention = make(text, start, end, gazetteer, weight=WEIGHT_INSIDE, weak=literal[partner].weak)
        # a ruler-grade name ("Egypt-US relations"), else one with a namesake near the partner's
        # ("Watertown-Mayer"; not "Miami-Dade" read as Dade, China)
        if mention is not None and (gazetteer.is_ruler_name(mention.text) or any(
                approx_km(e, o) < NEAR_KM for e, alt in mention.candidates if not alt
                for o, _ in literal[partner].candidates)):
            mentions.append(mention)
    taken = [(m.start, m.end) for m in mentions]
    for start, end in loose_names(text, entities, taken, gazetteer=gazetteer, locative=_locative()):
        mention = make(text, start, end, gazetteer, weight=WEIGHT_WEAK, weak=True)
        if mention is not None:
            mentions.append(mention)
    for m in mentions:
        m.cued = m.weak and (noun_of(text, m.start) or institution_cued(text, m.start, m.end) and (
            not gazetteer.is_noun(m.text) or state_form(gazetteer, m.text)
            or suffix_named(text, m.end, m.candidates)))
        states = [c for c in m.candidates if c[0].is_admin1 and not c[1]]
        if states and subdivision_cued(text, m.start, m.end):  # "Washington state": the state
            m.candidates = states
        water = water_candidates(m.text, m.candidates)
        if m.candidates and not water:  # "Red River", no "Red River County": the river, placed like a site
            m.site = m.feature = True
        m.candidates = water
        if m.role == "literal" and adjectival(text, m.start):  # "all-India", "anti-Kyiv": no site
            m.role = "associative"
    mentions = _ordered(text, [m for m in mentions if m.candidates or m.site])
    surnames = family_names(text, entities)
    # a qualified name ("Tyler, Texas") is a place whoever shares it
    named = [m for m in mentions if not (_surname(text, m, surnames) or _plain_word(m) or business_owner(text, m.end)
                                         or m.role == "literal" and medium_named(text, m.end)
                                         or first_name(text, m.start, m.end)) or m.qualifier is not None]
    return mentions if len(named) == len(mentions) else _ordered(text, named)


#: the least share of a text's words written with a capital for it to be printed in mixed case (news in
#: mixed case runs at 15-20 %; a text in lower case under a capitalised line of furniture, below 8 %)
CASED_SHARE = 0.08


def _side_of_something(surface: str) -> bool:
    """Whether a place entity is a side of some thing written in lower case, a compass word and a
    noun of a side ("the west bank", "the east side"; classes ``side_of``, ``side`` of
    ``place_cues.tsv``): a common noun in a text in mixed case, not the place of that name.  A name
    left in lower case ("in downtown nairobi") stays a name."""
    words = re.sub(r"(?i)^the\s+", "", surface).split()
    table = cue_table()
    return (surface.islower() and len(words) == 2 and words[0] in table.get("side_of", ())
            and words[1] in table.get("side", ()))


def _cased(text: str) -> bool:
    """Whether ``text`` is printed in mixed case, names capitalised: a place entity all in lower case
    there is a common noun ("the west bank of the river"); a text printed all in lower case ("new
    delhi: the police ...", under a line "This story is from March 11, 2002") keeps its places."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and sum(w[0].isupper() for w in words) >= CASED_SHARE * len(words)


def _joined_places(text: str, entities: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """``entities`` (in text order) with two place entities a single space apart made one where
    together they are one place's name and apart not both are ("Gun" "Barrel City": the model
    split one name in two)."""
    out: list[Entity] = []
    for ent in entities:
        prev = out[-1] if out else None
        if (prev is not None and prev.label in PLACE_LABELS and ent.label in PLACE_LABELS
                and text[prev.end : ent.start] == " " and gazetteer.has_own_name(text[prev.start : ent.end])
                and not (gazetteer.is_ruler_name(prev.text) and gazetteer.is_ruler_name(ent.text))):
            out[-1] = dataclasses.replace(prev, end=ent.end, text=text[prev.start : ent.end])
            continue
        out.append(ent)
    return out


def _surname(text: str, m: Mention, surnames: frozenset[str]) -> bool:
    """Whether ``m`` is a person's last name the article uses alone (see
    :func:`~seismo.resolve.places.names.family_names`) and no country's own name: a state's or
    province's name is the person's ("Maria Rivera ... Rivera said" is no Uruguayan department).
    Written after "in" and before a stop word or a punctuation mark, it is the town's ("Ann
    Jackson ... the courthouse in Jackson that day"; not "in Jackson's car", "in Jackson hearing")."""
    return m.text in surnames and top_kind(m.candidates) != "country" and not (
        locative_before(text, m.start, IN) and _closed_after(text, m.end))


def _closed_after(text: str, end: int) -> bool:
    """Whether a punctuation mark (not a possessive ending), the text's end or a stop word follows
    ``end``: the name before it modifies no noun."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if text.startswith(("'s", "\u2019s"), end):
        return False
    word = _WORD_AFTER.match(text, end)
    return word is None or word.group(1).casefold() in STOP_WORDS


def _plain_word(m: Mention) -> bool:
    """Whether ``m`` is a word news writes capitalised for other reasons than a place: a number
    ("SAN ANTONIO - Four people", Four in France) or a word that follows a town's name for its
    institutions or people (class ``after`` of place_cues.tsv: "Erie Police", Police in Poland)."""
    return m.text.casefold() in _plain_words()


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    from seismo.extract import lexicon

    numbers = {row[0] for row in lexicon.read("number_words.tsv", columns=(2, 2), header=("word", "value"))}
    return frozenset(numbers | set(cue_table().get("after", ())))


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
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        reach = told_near(text[mention.end : nxt.start]) if nxt is not None and nxt.role == "literal" else None
        mention.near, mention.near_km = (i + 1, reach) if reach is not None else (None, 0.0)
    return mentions + sites


def repeat_mentions(
    text: str, entities: Iterable[Entity], mentions: list[Mention], places: Iterable[Place], *, gazetteer: Gazetteer,
) -> list[Mention]:
    """``mentions`` plus every other occurrence of a name the article already uses as a place
    (one sense per article: "Berea" found in "a Berea man" makes "Berea police" and "BEREA"
    places too; see :func:`~seismo.resolve.places.names.repeated_names`)."""
    # a town reached through another name ("Scott" for Scott County) is not spread
    names = {
        p.text for p in places if p.role == "literal" and p.kind != "site" and (
            name_key(p.text) == name_key(p.name or "") or p.kind in ("country", "region", "feature")
            or gazetteer.is_ruler_name(p.text))
    }
    spans = repeated_names(text, names, list(entities), [(m.start, m.end) for m in mentions], gazetteer=gazetteer)
    surnames = family_names(text, list(entities)) if spans else frozenset()
    extra = [m for m in (make(text, s, e, gazetteer, weight=WEIGHT_INSIDE) for s, e in spans)
             if m and not _surname(text, m, surnames)]
    return _ordered(text, mentions + extra) if extra else mentions



def _place_mentions(text: str, start: int, end: int, *, gazetteer: Gazetteer) -> list[Mention]:
    whole = make(text, start, end, gazetteer)
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
        part = make(text, start + at, start + at + len(piece), gazetteer)
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
    first = int(bool(words) and text[words[0][0] : words[0][1]].casefold() == "the")  # the name after "the"
    for size in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            surface = strip_possessive(text[s:e])
            if not surface[:1].isupper():
                continue
            if counties_only:
                if surface.split()[-1].casefold() in ADMIN_SUFFIXES and gazetteer.has_own_name(surface):
                    return make(text, s, s + len(surface), gazetteer, weight=WEIGHT_INSIDE)
                if weak is None and i == 0 and gazetteer.is_plain_name(surface) and gazetteer.has_own_name(
                        surface) and institution_cued(text, s, s + len(surface)):
                    weak = (s, s + len(surface))  # "Avondale Mayor Jane Doe": the town's mayor
                continue
            if gazetteer.is_ruler_name(surface) or gazetteer.is_country_code(surface) or (
                    gazetteer.is_abbreviation(surface)):
                return make(text, s, s + len(surface), gazetteer, weight=WEIGHT_INSIDE)
            if weak is None and gazetteer.is_plain_name(surface) and (
                gazetteer.has_own_name(surface)
                or (gazetteer.names_county(surface) and county_cued(text, s, s + len(surface)))
            ):
                weak = (s, s + len(surface))
            elif weak is None and i == first and _town_word(surface, gazetteer) and institution_cued(
                    text, s, s + len(surface), opening=True):
                weak = (s, s + len(surface))  # "Salem Police", "Madison City Council": a town's institution
    if weak is None:
        return None
    return make(text, weak[0], weak[1], gazetteer, weight=WEIGHT_WEAK, weak=True)


def _nobody(text: str, ent: Entity, entities: list[Entity], gazetteer: Gazetteer) -> bool:
    """Whether ``ent``, one word tagged as a person, reads as a town's name and nobody in the
    article bears it: a town's own name, no English word nor listed person name, no title or
    other capitalised word just before it ("Mayor Quill"), and no word of a longer name tagged
    as a person ("Greer" alone, with no "Jane Greer" anywhere).  News names a person in full
    at least once."""
    surface = text[ent.start : ent.end]
    if " " in surface or not gazetteer.is_plain_name(surface) or not gazetteer.has_own_name(surface):
        return False
    title = _CAPITAL_BEFORE.search(text, max(0, ent.start - 30), ent.start)
    if title is not None and _char_before(text, title.start()) not in _SENTENCE_END:
        return False  # a title ("said Mayor Quill"), not a sentence's first word ("Only Quill")
    return not any(
        e.label == "PERSON" and " " in e.text and surface in _WORDS.findall(e.text) for e in entities
    )


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space ("" at the start of the text);
    read backwards, so that a long article is not sliced once per name."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _town_word(surface: str, gazetteer: Gazetteer) -> bool:
    """A town's own name that is also a word or a person's name ("Salem", "Madison"): one word,
    capitalised, not generic ("North")."""
    return (" " not in surface and surface[:1].isupper() and not gazetteer.is_generic(surface)
            and gazetteer.has_own_name(surface))


def _town_after_in(text: str, start: int, end: int, *, gazetteer: Gazetteer) -> Mention | None:
    """A one-word name tagged as a person or an organisation right after "in" that is a town's own
    name ("gathered in Madison", "won in Montgomery"): a weak mention, kept where the article's
    other places back it."""
    surface = strip_possessive(text[start:end])
    if surface != text[start:end] or not _town_word(surface, gazetteer):
        return None
    return make(text, start, end, gazetteer, weight=WEIGHT_WEAK, weak=True)


def _locative() -> frozenset[str]:
    from seismo.extract import lexicon

    return lexicon.word_class("locative_prep")
