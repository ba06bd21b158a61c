"""Words around a name that show how the text uses it, from ``data/place_cues.tsv`` and the
gazetteer's tables.

* :func:`scan_table` — every demonym ("Russian", "South Ossetian", "Texan") or metonym ("White
  House", "Kremlin") as written, found with one precompiled trie regex per table
  (:meth:`~seismo.resolve.gazetteer.Gazetteer.scanner`): no per-token loop over the tables;
* :func:`county_lists` — the names of "Becker, Clay and Otter Tail counties", each a county;
* :func:`site_names` — street, square and park names ("Royal Street");
* :func:`datelines` — the place names of news datelines ("COLUMBUS, Ohio (AP) —", "BEIRUT:");
* :func:`institution_cued`, :func:`county_cued` — a town's or county's name before a word for
  its institutions ("Berea police", "DuPage sheriff") or in a byline ("R-Elbow Lake");
* :func:`subdivision_cued` — a state's or province's name marked as such ("Washington state");
* :func:`adjectival`, :func:`suffix_named`, :func:`water_candidates`, :func:`state_form` — what a
  prefix, a subdivision word or a word for water says about the name.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

from seismo.resolve.gazetteer_names import ADMIN_SUFFIXES, strip_possessive

if TYPE_CHECKING:  # pragma: no cover
    from seismo.model import Entity
    from seismo.resolve.gazetteer import Gazetteer, GazetteerEntry

PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W{0,2}$")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def cue_table() -> dict[str, list[str]]:
    """``data/place_cues.tsv`` as class → words."""
    text = importlib_resources.files("seismo.data").joinpath("place_cues.tsv").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "class\t")):
            continue
        kind, _, word = line.partition("\t")
        table.setdefault(kind.strip(), []).append(word.strip())
    return table


def adjectival(text: str, start: int) -> bool:
    """Whether a prefix of ``data/place_cues.tsv`` (class ``adjectival``) is glued before the name
    at ``start``, making it a modifier, not a place where something is ("all-India", "pan-African",
    "anti-Kyiv")."""
    return any(text[max(0, start - len(p)) : start].lower() == p for p in cue_table().get("adjectival", ()))


def state_noun_end(text: str, end: int) -> int | None:
    """Where a capitalised word for a state (class ``state_noun`` of ``data/place_cues.tsv``)
    written right after a people's adjective ending at ``end`` ends ("the Irish *Republic*"):
    the two words name that people's country; None when no such word follows."""
    match = NEXT_WORD.match(text, end)
    if match is None or not match.group(1)[:1].isupper():
        return None
    return match.end(1) if match.group(1).lower() in cue_table().get("state_noun", ()) else None


def cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that follow a town's name, prefixes glued before it) from ``data/place_cues.tsv``."""
    table = cue_table()
    return frozenset(table.get("after", ())), tuple(table.get("before", ()))


@lru_cache(maxsize=1)
def _site_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in cue_table().get("site", ()))
    return re.compile(r"\b(?:[A-Z][\w'’]*\.? ){1,3}(?:" + nouns + r")\b")


@lru_cache(maxsize=1)
def _site_first_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in cue_table().get("site_first", ()))
    links = "|".join(re.escape(w) for w in cue_table().get("site_link", ()))
    linker = r"(?:(?:" + links + r")\s+(?:(?:la|las|los|le|les)\s+)?|d['’])"
    return re.compile(r"\b(?:" + nouns + r")\s+" + linker + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def site_names(text: str) -> list[tuple[int, int]]:
    """Offsets of street, square and park names ("Royal Street", "Court Square"): one to three
    capitalised words before a site noun of ``data/place_cues.tsv``, from after a possessive
    ("Utah's Zion National Park": the park of Utah, which stays a place of its own); and a name
    opened by a ``site_first`` word and a linking "de", "du", "del" ... ("Gare de Lyon": the
    station, in Paris, not Lyon)."""
    return sorted(_named(text, _site_pattern()) + [m.span() for m in _site_first_pattern().finditer(text)])


@lru_cache(maxsize=1)
def _address_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in cue_table().get("address", ()))
    word = r"(?:[A-Z][\w'’]{0,2}\.|[A-Z][\w'’]*)"  # a full stop only after an abbreviation ("N.", "Ave.")
    return re.compile(r"\b\d[\d,]*\s+(?:" + nouns + r")\s+of\s+(?:the\s+)?(" + word + r"(?: " + word + r"){0,2})")


def address_names(text: str) -> list[tuple[int, int]]:
    """Offsets of the street of an address given by its block ("the 300 block of [Madrid]", "the
    2500 block of [North Eastman Road]": a noun of the ``address`` class of ``data/place_cues.tsv``
    between a number and "of"): a site, whatever town or country shares its name."""
    out = []
    for match in _address_pattern().finditer(text):
        start, end = match.span(1)
        words = text[start:end].split(" ")
        while len(words) > 1 and words[-1] in _CALENDAR_WORDS:  # "the 300 block of Elm Street [Tuesday]"
            end -= len(words.pop()) + 1
        out.append((start, end))
    return out


#: the capitalised names of days and months, which may follow a street's name in a sentence
_CALENDAR_WORDS = frozenset(calendar.day_name) | frozenset(m for m in calendar.month_name if m)


@lru_cache(maxsize=1)
def _feature_pattern() -> re.Pattern[str]:
    last = "|".join(re.escape(w.capitalize()) for w in cue_table().get("water", ()))
    first = "|".join(re.escape(w) for w in cue_table().get("feature_first", ()))
    name = r"[A-Z][\w'’]*"
    # not the head of a longer name ("District Sea Cadets", "River Concert Series")
    return re.compile(rf"\b(?:(?:{name} ){{1,3}}(?:{last})|(?:{first}) {name})\b(?! [A-Z])")


def feature_names(text: str) -> list[tuple[int, int]]:
    """Offsets of lake, river, creek and mountain names ("Neches River", "Lake Lanier", "River
    Lune", "Mount Hood"): a word of the ``water`` class of ``data/place_cues.tsv`` closing one or
    two capitalised words, or one of the ``feature_first`` class opening one; no possessive
    ending ("Mount Hood's slopes")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out = []
    for start, end in _named(text, _feature_pattern()):
        before = _NAME_BEFORE.search(text, max(0, start - 30), start)
        if before is None or before.group(1).lower() in STOP_WORDS:  # not "Laurel Lake Cleanup" read from "Lake"
            out.append((start, start + len(strip_possessive(text[start:end]))))
    return out


_NAME_BEFORE = re.compile(r"([A-Z][\w'’.]*)[ -]$")


def _named(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    from spacy.lang.en.stop_words import STOP_WORDS

    out = []
    for match in pattern.finditer(text):
        start, end = match.span()
        words = match.group().split()
        while len(words) > 2 and words[0].lower() in STOP_WORDS:  # "The", "In" opening a sentence
            start += len(words[0]) + 1
            words = words[1:]
        while len(words) > 2 and strip_possessive(words[0]) != words[0]:  # "Utah's Zion National Park"
            start += len(words[0]) + 1
            words = words[1:]
        if words[0].lower() not in STOP_WORDS:
            out.append((start, end))
    return out


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
#: "Becker, Clay and Otter Tail counties", "Butler or Warren counties": each listed name is a county
_COUNTY_LIST = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) (counties|parishes)\b")
_LIST_ITEM = re.compile(_NAME)


def county_lists(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, suffix)`` of each name in a list of counties or parishes ("Becker, Clay
    and Otter Tail counties" → Becker, Clay, Otter Tail with suffix "County"; "... or ...
    counties" alike)."""
    out = []
    for match in _COUNTY_LIST.finditer(text):
        suffix = "County" if match.group(2) == "counties" else "Parish"
        for item in _LIST_ITEM.finditer(text, match.start(1), match.end(1)):
            out.append((item.start(), item.end(), suffix))
    return out


def scan_table(text: str, gazetteer: "Gazetteer", which: str) -> list[tuple[int, int, str]]:
    """``(start, end, surface)`` of every demonym (``which="demonyms"``) or metonym
    (``"metonyms"``) in ``text``."""
    pattern = gazetteer.scanner(which)
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def locative_before(text: str, start: int, locative: frozenset[str]) -> bool:
    """Whether a locative preposition (``locative``: "in", "near", "along") stands just before
    ``start`` ("a crash near Lanexa")."""
    before = PREVIOUS_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in locative


def bylined(text: str, start: int) -> bool:
    """Whether a political byline's party prefix is glued before ``start`` ("D-Charleston")."""
    if start < 1 or text[start - 1] not in _prefix_ends():  # most names have none of them glued before
        return False
    return any(text.endswith(prefix, max(0, start - len(prefix)), start) for prefix in cues()[1])


@lru_cache(maxsize=1)
def _prefix_ends() -> frozenset[str]:
    """The last characters of the byline prefixes ("-" of "D-")."""
    return frozenset(prefix[-1] for prefix in cues()[1] if prefix)


def county_cued(text: str, start: int, end: int) -> bool:
    """Whether a county named without "County" is used as one: in a byline ("D-Kanawha") or
    before a word for its institutions ("DuPage sheriff", "Clarke schools")."""
    nxt = NEXT_WORD.match(text, end)
    return bylined(text, start) or (nxt is not None and nxt.group(1).casefold() in cues()[0])


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def institution_cued(text: str, start: int, end: int, *, opening: bool = False) -> bool:
    """Whether the name at ``start:end`` stands before a word for a town's institutions or people
    ("Berea police", "Groton Town Council", "a Hounslow resident") or in a byline ("R-Elbow
    Lake"), and is no tail of a longer name ("Centennial Hall. Council"); a name known to open
    an organisation's name (``opening``, "The Madison City Council") is no tail."""
    if bylined(text, start):
        return True
    nxt = NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).casefold() not in cues()[0]:
        return False
    return opening or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is None


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_STATE_OF = re.compile(r"\b(?:the|The)\s+([a-z]+)\s+of\s+$")


def subdivision_cued(text: str, start: int, end: int) -> bool:
    """Whether a word for a first-level subdivision of ``data/place_cues.tsv`` marks the name at
    ``start:end`` as the subdivision's ("Washington state", "the state of Washington"; not
    "Washington State University", "the State Department")."""
    words = cue_table().get("subdivision", ())
    nxt = NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1) in words and not _CAPITALISED_AFTER.match(text, nxt.end()):
        return True
    before = _STATE_OF.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in words


_OWNED = re.compile(r"(?:['’]s)?\s+([A-Z][\wé]*)")


def business_owner(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` names a shop or bar: a word of class ``business`` of
    ``data/place_cues.tsv`` follows it, after a possessive ending or not ("Sofia's Bar", "Roma
    Pizzeria": its owner's or a brand; not "Texas's largest city", "Toledo police")."""
    match = _OWNED.match(text, end)
    return match is not None and match.group(1) in cue_table().get("business", ())


def medium_named(text: str, end: int) -> bool:
    """Whether lower-case words of class ``medium`` follow the name ending at ``end``: a news
    agency's name ("the judiciary's Mizan news agency"), not a place's. (A demonym before them
    stays: "the Iranian news agency" is Iran's.)"""
    rest = text[end : end + 24]
    return any(re.match(r"\s+" + re.escape(w) + r"\b", rest) for w in cue_table().get("medium", ()))


_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+$")


def noun_of(text: str, start: int) -> bool:
    """Whether a word for a kind of place (class ``place_noun`` of ``data/place_cues.tsv``) and
    "of" stand before ``start`` ("the village of Alden", "the island of Java")."""
    match = _NOUN_OF.search(text, max(0, start - 30), start)
    return match is not None and match.group(1) in cue_table().get("place_noun", ())


#: the most a town told by where it lies from another ("a town north of X") is taken to lie from
#: it, or twice the distance the text gives ("a village 40 km south of X"), if more
NEAR_TOLD_KM = 200.0
#: miles in a kilometre's units
_MILE_KM = 1.609
#: words for a kind of place too wide to lie within reach of a town ("Darfur, a region west of X")
_BROAD_NOUNS = frozenset({"province", "region", "county", "district", "island", "state"})


@lru_cache(maxsize=1)
def _told_near_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in cue_table().get("place_noun", ()) if w not in _BROAD_NOUNS)
    directions = "|".join(re.escape(w) for w in cue_table().get("direction", ()))
    return re.compile(
        rf"^\s*,\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+"
        r"(?:(?:about|some|around|roughly|nearly|almost|just|over|more\s+than|less\s+than)\s+)?"
        r"(?:(\d[\d,.]*)\s*(km|kilometres|kilometers|kilometre|kilometer|miles?|mi)\s+)?"
        rf"(?:(?:{directions})(?:-?(?:{directions}))?\s+of|near|outside|close\s+to)\s+(?:the\s+)?$")


def told_near(gap: str) -> float | None:
    """The farthest a place lies from the place named next, where the words between tell it as a
    town or village by where it lies from that one ("Tora, a town north of El Fasher", "Kadugli, a
    city 40 km south of ..."): :data:`NEAR_TOLD_KM`, or twice the distance given if more; ``None``
    where they do not, or tell a wider area (:data:`_BROAD_NOUNS`)."""
    match = _told_near_pattern().match(gap)
    if match is None:
        return None
    if match.group(1) is None:
        return NEAR_TOLD_KM
    km = float(match.group(1).replace(",", "")) * (_MILE_KM if match.group(2).startswith("mi") else 1.0)
    return max(NEAR_TOLD_KM, 2 * km)


_OF_BEFORE = re.compile(r"(\w+)(,?)\s+of\s+$")


def of_place(text: str, start: int, people_ends: frozenset[int], *, directions: bool = True) -> bool:
    """Whether "of" before ``start`` follows a direction ("north of Moorhead"; not with
    ``directions=False``) or a person's name ("Jane Doe of Wooster", "Doe, 52, of Wooster":
    where the person lives)."""
    match = _OF_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    if match.group(1).casefold() in cue_table().get("direction", ()):
        return directions
    head = match.end(1)
    if match.group(1).isdigit():  # an age between commas: "Jane Doe, 52, of ..."
        head = len(text[: match.start(1)].rstrip(", "))
    return head in people_ends


#: "COLUMBUS, Ohio (AP) —", "LEBANON (AP)", "ATLANTIC BEACH —", "BEIRUT: ..." at a line start,
#: after a headline, a sentence and a space (its closing quotation mark too) or a byline's date
#: ("March 24, 2009 MANSFIELD --"), the story going on in the same line: not a web address's
#: ending ("WPTV.COM: Facebook"), nor a word alone on its line ("SHARE")
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])(?=\s)|(?<=[.!?][\"”’])(?=\s)|(?<=\d{4}))\s*([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?=,\s*[A-Z]|[ \t]*\(|[ \t]*[—–\x97-]{1,3}\s*[A-Z]|:[ \t]+[A-Z\"“]|[ \t]{2,}[A-Z])"
)


#: a dateline in lower case, as some papers print it, with its colon: "patna: the party ...",
#: at the text's or a line's start or after a banner's date ("This story is from March 7, 2002
#: mumbai: ..."); only a name the gazetteer has becomes a mention
_LOWER_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=\d{4}))[ \t]*([a-z][a-z.'’]+(?: [a-z][a-z.'’]+){0,2})(?=[ \t]?:\s)"
)


def datelines(text: str, entities: Sequence["Entity"]) -> list[tuple[int, int]]:
    """Offsets of the place names of news datelines the model may leave untagged, not a field's
    label before its colon (class ``field_label`` of place_cues.tsv).  A tag inside
    the name or opening with it ("CLINTON" read as a person, "TEGA CAY — Local" as one) does not
    stop it; a tag across its start does."""
    others = [(e.start, e.end) for e in entities if e.label not in ("GPE", "LOC")]
    labels = frozenset(cue_table().get("field_label", ()))
    out = []
    for match in sorted((*_DATELINE.finditer(text), *_LOWER_DATELINE.finditer(text)), key=lambda m: m.start(1)):
        start, end = match.span(1)
        if text.startswith(":", end) and match.group(1).casefold() in labels:
            continue  # "DATE: September 15"
        if not any(s < end and start < e and not (start <= s and e <= end) and s != start for s, e in others):
            out.append((start, end))
    return out



def suffix_named(text: str, end: int, candidates: Sequence[tuple["GazetteerEntry", bool]]) -> bool:
    """Whether a subdivision word written after the name ("Lancashire County Council") shows
    it is the district of that very name the gazetteer has, though the name is also a word."""
    nxt = NEXT_WORD.match(text, end)
    word = nxt.group(1) if nxt is not None else ""
    return word[:1].isupper() and word.casefold() in ADMIN_SUFFIXES and any(
        e.kind == "admin" and not alt for e, alt in candidates)


def water_candidates(
    surface: str, candidates: list[tuple["GazetteerEntry", bool]]
) -> list[tuple["GazetteerEntry", bool]]:
    """The namesakes a name that opens or closes with a word for a body of water (the ``water``
    class of ``data/place_cues.tsv``: "Red River", "Lake Erie") may stand for: a feature of that
    very name where there is one ("Red Sea" the sea, not the province), else all but the
    districts reached through another name ("Red River" is no "Red River County")."""
    words = surface.casefold().split()
    water = frozenset(cue_table().get("water", ()))
    if len(words) < 2 or not (words[0] in water or words[-1] in water):
        return candidates
    features = [c for c in candidates if c[0].kind == "feature" and not c[1]]
    return features or [c for c in candidates if not (c[1] and c[0].kind == "admin")]


def state_form(gazetteer: "Gazetteer", surface: str) -> bool:
    """Whether ``surface`` is a first-level subdivision's name or short form ("Calif", "Tenn.")."""
    return any(gazetteer.entry(c.row).is_admin1 for c in gazetteer.lookup(surface))


# -- how the mentions back each other ------------------------------------------------------
