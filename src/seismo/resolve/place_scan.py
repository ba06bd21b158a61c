"""Place mentions the entity records do not give whole: demonyms, metonyms and town names the
model tags as a person or organisation, or leaves untagged.

* :func:`scan_table` — every demonym ("Russian", "South Ossetian", "Texan") or metonym ("White
  House", "Kremlin") as written, found with one precompiled trie regex per table
  (:meth:`~seismo.resolve.gazetteer.Gazetteer.scanner`): no per-token loop over the tables;
* :func:`county_lists` — the names of "Becker, Clay and Otter Tail counties", each a county;
* :func:`loose_names` — a capitalised run of one to three words that the model did not tag as a
  place but that is a town's or county's own name (or a county's without "County": "Kanawha")
  and is used as a place: after a locative
  preposition ("a crash near Lanexa"), before a qualifier ("Tega Cay, S.C."), ending in a
  subdivision word ("Anderson County"), after "of" following a person's name or a compass word
  ("Jane Doe of Wooster", "north of Moorhead"), next to a word of ``data/place_cues.tsv``
  ("Roselle police", "R-Springfield"), or listed with a place ("Gainesville and Lindsay").
  The caller keeps these only where the article's other places back them or
  :func:`institution_cued` holds (weak mentions);
* :func:`subdivision_cued` — a state's or province's name marked as such ("Washington state");
* :func:`datelines` — the place names of news datelines ("COLUMBUS, Ohio (AP) —", "BEIRUT:");
* :func:`repeated_names` — the other occurrences of a name the article already uses as a place;
* :func:`family_names` — the last names of people the article also calls by that name alone
  ("Dana Tyler" ... "Tyler said"): no place there;
* :func:`trimmed` — a mention's offsets without a leading "the" or a trailing possessive.

How the mentions of one article back each other once ranked:

* :func:`add_joint_bonus` — two ambiguous names with namesakes close to each other ("Paris" and
  "Henry County", both in Tennessee) favour those namesakes;
* :func:`supported` — the weak mentions the article's strong places back, the others dropped;
* :func:`lending` — the second stage: weak mentions with few namesakes, one close to a namesake
  of a strong mention no other place backs yet ("Belchertown" for Amherst, Massachusetts),
  which count as context when the article is read again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

from seismo.resolve.gazetteer import approx_km
from seismo.resolve.gazetteer_names import ADMIN_SUFFIXES, related_keys, strip_possessive

if TYPE_CHECKING:  # pragma: no cover
    from seismo.model import Entity
    from seismo.resolve.gazetteer import Gazetteer, GazetteerEntry
    from seismo.resolve.places import Mention

#: entity labels a place name may wrongly carry
MISTAGGED = frozenset({"PERSON", "ORG", "NORP", "FAC", "EVENT", "LAW"})
NEAR_KM = 300.0
MAX_NEAR_CANDIDATES = 25
#: two ambiguous names with namesakes within JOINT_KM of each other (see add_joint_bonus)
JOINT_BONUS = 2.0
JOINT_KM = 100
JOINT_OTHERS = 25
#: a weak mention of a town this big, the only one of its name in a country the article names, is kept
NAMED_COUNTRY_TOWN = 10_000
#: a weak mention with at most this many namesakes may lend support to a strong one (see lending)
LENDING_NAMESAKES = 2


_RUN = re.compile(r"\b[A-Z][a-z][\w'’]*(?:[ -][A-Z][a-z][\w'’]*){0,2}")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W{0,2}$")
_QUALIFIED = re.compile(r"^,\s+[A-Z][A-Za-z.]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, list[str]]:
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
    return any(text[max(0, start - len(p)) : start].lower() == p for p in _cue_table().get("adjectival", ()))


def cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """(words that follow a town's name, prefixes glued before it) from ``data/place_cues.tsv``."""
    table = _cue_table()
    return frozenset(table.get("after", ())), tuple(table.get("before", ()))


@lru_cache(maxsize=1)
def _site_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in _cue_table().get("site", ()))
    return re.compile(r"\b(?:[A-Z][\w'’]*\.? ){1,3}(?:" + nouns + r")\b")


def site_names(text: str) -> list[tuple[int, int]]:
    """Offsets of street, square and park names ("Royal Street", "Court Square"): one to three
    capitalised words before a site noun of ``data/place_cues.tsv``."""
    from spacy.lang.en.stop_words import STOP_WORDS

    out = []
    for match in _site_pattern().finditer(text):
        start, end = match.span()
        words = match.group().split()
        while len(words) > 2 and words[0].lower() in STOP_WORDS:  # "The", "In" opening a sentence
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


def _bylined(text: str, start: int) -> bool:
    """Whether a political byline's party prefix is glued before ``start`` ("D-Charleston")."""
    return any(text.endswith(prefix, max(0, start - len(prefix)), start) for prefix in cues()[1])


def county_cued(text: str, start: int, end: int) -> bool:
    """Whether a county named without "County" is used as one: in a byline ("D-Kanawha") or
    before a word for its institutions ("DuPage sheriff", "Clarke schools")."""
    nxt = _NEXT_WORD.match(text, end)
    return _bylined(text, start) or (nxt is not None and nxt.group(1).casefold() in cues()[0])


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def institution_cued(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands before a word for a town's institutions or people
    ("Berea police", "Groton Town Council", "a Hounslow resident") or in a byline ("R-Elbow
    Lake"), and is no tail of a longer name ("Centennial Hall. Council")."""
    if _bylined(text, start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).casefold() not in cues()[0]:
        return False
    return _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is None


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_STATE_OF = re.compile(r"\b(?:the|The)\s+([a-z]+)\s+of\s+$")


def subdivision_cued(text: str, start: int, end: int) -> bool:
    """Whether a word for a first-level subdivision of ``data/place_cues.tsv`` marks the name at
    ``start:end`` as the subdivision's ("Washington state", "the state of Washington"; not
    "Washington State University", "the State Department")."""
    words = _cue_table().get("subdivision", ())
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1) in words and not _CAPITALISED_AFTER.match(text, nxt.end()):
        return True
    before = _STATE_OF.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in words


_OF_BEFORE = re.compile(r"(\w+)(,?)\s+of\s+$")


def _of_place(text: str, start: int, people_ends: frozenset[int]) -> bool:
    """Whether "of" before ``start`` follows a direction ("north of Moorhead") or a person's name
    ("Jane Doe of Wooster", "Doe, 52, of Wooster": where the person lives)."""
    match = _OF_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    if match.group(1).casefold() in _cue_table().get("direction", ()):
        return True
    head = match.end(1)
    if match.group(1).isdigit():  # an age between commas: "Jane Doe, 52, of ..."
        head = len(text[: match.start(1)].rstrip(", "))
    return head in people_ends


#: "COLUMBUS, Ohio (AP) —", "LEBANON (AP)", "ATLANTIC BEACH —", "BEIRUT: ..." at a line start,
#: after a headline or after a byline's date ("March 24, 2009 MANSFIELD --")
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])|(?<=\d{4}))\s*([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?=,\s*[A-Z]|\s*\(|\s*[—–\x97-]{1,3}\s*[A-Z]|:\s+[A-Z\"“]|\s{2,}[A-Z])"
)


def datelines(text: str, entities: Sequence["Entity"]) -> list[tuple[int, int]]:
    """Offsets of the place names of news datelines the model may leave untagged.  A tag inside
    the name or opening with it ("CLINTON" read as a person, "TEGA CAY — Local" as one) does not
    stop it; a tag across its start does."""
    others = [(e.start, e.end) for e in entities if e.label not in ("GPE", "LOC")]
    out = []
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        if not any(s < end and start < e and not (start <= s and e <= end) and s != start for s, e in others):
            out.append((start, end))
    return out


def _cued(
    text: str, start: int, end: int, surface: str, locative: frozenset[str], people_ends: frozenset[int]
) -> bool:
    """Whether the text uses ``text[start:end]`` as a place (see the module docstring)."""
    if surface.split()[-1].casefold() in ADMIN_SUFFIXES:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).casefold() in locative:
        return True
    if _of_place(text, start, people_ends):
        return True
    after, glued = cues()
    if _bylined(text, start):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1).casefold() in after:
        return True
    return bool(_QUALIFIED.match(text, end))


_LIST_AFTER = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_LIST_BEFORE = re.compile(r"(?:,?\s+(?:and|or)|,)\s+$")


def _listed_with(text: str, start: int, end: int, places: frozenset[tuple[int, int]]) -> bool:
    """Whether the name at ``start:end`` is listed with a place the article names ("Gainesville
    and Lindsay", "Cornwall and Kent", "Newark, Heath and Pataskala"): one list, one kind."""
    after = _LIST_AFTER.match(text, end)
    if after is not None and any(s == after.end() for s, _ in places):
        return True
    before = _LIST_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and any(e == before.start() for _, e in places)


_WORD = re.compile(r"[\w'’]+")


def _before_cue(surface: str, gazetteer: "Gazetteer") -> str:
    """The words of a capitalised run before a word for a town's institutions, where the run is
    no name itself ("Tillsonburg Mayor Jane" → "Tillsonburg"); else the run."""
    if gazetteer.knows(surface):
        return surface
    for word in list(_WORD.finditer(surface))[1:]:
        if word.group().casefold() in cues()[0]:
            return surface[: word.start()].rstrip(" -")
    return surface


def loose_names(
    text: str,
    entities: Sequence["Entity"],
    taken: Iterable[tuple[int, int]],
    *,
    gazetteer: "Gazetteer",
    locative: frozenset[str],
) -> list[tuple[int, int]]:
    """Offsets of town names the entity records miss (see the module docstring)."""
    blocked = sorted(taken)
    places = frozenset(blocked)
    for ent in entities:
        if ent.label not in MISTAGGED:
            blocked.append((ent.start, ent.end))
    mistagged = {(e.start, e.end) for e in entities if e.label in MISTAGGED}
    tagged = [(e.start, e.end) for e in entities if e.label in MISTAGGED]
    people_ends = frozenset(e.end for e in entities if e.label == "PERSON")
    out = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        surface = _before_cue(strip_possessive(match.group()), gazetteer)
        end = start + len(surface)
        if any(s < end and start < e for s, e in blocked):
            continue
        inside = [(s, e) for s, e in tagged if s < end and start < e]
        county = surface.split()[-1].casefold() in ADMIN_SUFFIXES
        if inside and (start, end) not in mistagged and not county:
            continue  # part of a longer name ("Madison Square Garden"): not a town by itself
        listed = _listed_with(text, start, end, places)
        if not (listed or _cued(text, start, end, surface, locative, people_ends)):
            continue
        county = gazetteer.names_county(surface) and county_cued(text, start, end)
        state = _bylined(text, start) and state_form(gazetteer, surface)  # a state's short form: "D-Calif"
        if not (gazetteer.has_own_name(surface) or county or state):
            continue
        if not gazetteer.is_plain_name(surface) and not _bylined(text, start):
            continue  # "Florence" or "Charleston" is a place after "R-" only
        out.append((start, end))
    return out


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Every form listed in ``data/speech_verbs.txt`` ("say", "said", "told", ...)."""
    text = importlib_resources.files("seismo.data").joinpath("speech_verbs.txt").read_text("utf-8")
    return frozenset(w.casefold() for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _speech(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a form of a speech verb ("said", "comments", "insisted")."""
    return word in verbs or any(word.endswith(end) and word[: -len(end)] in verbs for end in ("s", "es", "d", "ed"))


def family_names(text: str, entities: Sequence["Entity"]) -> frozenset[str]:
    """Last names of people the article names in full ("Dana Tyler", titles aside) that it also
    uses alone for the person: tagged as a person alone, after a title or form of address
    ("Mayor Tyler", "Mr. Tyler"), or next to a speech verb ("Tyler said", "said Tyler").  Such a
    word is the person's name wherever it stands alone in the article, not a town's."""
    from seismo.resolve.identity import rules

    ids = rules()
    people = [e for e in entities if e.label == "PERSON"]
    alone = {e.text for e in people if " " not in e.text.strip()}
    speech = _speech_verbs()
    roles = frozenset(_cue_table().get("person", ()))
    out = set()
    for ent in people:
        words = ids.strip(ent.text).split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        last = strip_possessive(words[-1])
        if not _SURNAME.fullmatch(last) or last in out:
            continue
        if last in alone:
            out.add(last)
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            after = _NEXT_WORD.match(text, match.end())
            word = before.group(1).casefold() if before is not None else ""
            if (ids.parts.get(word) in ("address", "abbreviation") or ids.lexicon.title(word) or word in roles
                    or _speech(word, speech) or (after is not None and _speech(after.group(1).casefold(), speech))):
                out.add(last)
                break
    return frozenset(out)


_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and a trailing possessive or punctuation."""
    span = text[start:end]
    lead = _LEADING_ARTICLE.match(span)
    if lead and len(span) > lead.end():
        start += lead.end()
    stripped = strip_possessive(text[start:end]).rstrip(" ,;:")
    return start, start + len(stripped)


def _same_name(found: str, name: str) -> bool:
    """Whether ``found`` (matched without regard to case) writes ``name`` as a name: each word
    as in ``name`` or capitalised ("MANSFIELD", "Tega Cay"; not "berea" or "the nice")."""
    return all(f == n or f[:1].isupper() for f, n in zip(found.split(), name.split()))


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A place name written anywhere, in any case, as a whole word (compiled once per name)."""
    return re.compile(r"(?<![\w.])" + re.escape(name) + r"(?![\w])", re.IGNORECASE)


def repeated_names(
    text: str,
    names: Iterable[str],
    entities: Sequence["Entity"],
    taken: Iterable[tuple[int, int]],
    *,
    gazetteer: "Gazetteer",
) -> list[tuple[int, int]]:
    """Offsets of the other occurrences of ``names`` (places the article already names) that no
    mention in ``taken`` covers: one name keeps one sense through an article, whatever tag the
    model gives each occurrence ("a Berea man" ... "Berea police", "the Berea Police Department").

    An occurrence inside a longer person's name is skipped ("Bill Clinton", "Jordan Smith")
    unless the name opens it before a word for the town's institutions ("Lewisburg Mayor John
    Doe"); a lower-case one is no name ("nice", "reading").
    """
    blocked = sorted(taken)
    people = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    out: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        if not name[:1].isupper():
            continue
        found = [m.span() for m in _name_pattern(name).finditer(text) if _same_name(m.group(), name)]
        if any(_in_person(text, start, end, people, gazetteer) for start, end in found):
            continue  # "David Hopkins" ... "Hopkins said": the name is a person's here
        for start, end in found:
            if text.startswith("$", end) or _glued(text, start, gazetteer):
                continue  # "US$5", "the Ebola-Reston virus"
            if not any(s < end and start < e for s, e in blocked):
                out.append((start, end))
                blocked.append((start, end))
    return sorted(out)


def _glued(text: str, start: int, gazetteer: "Gazetteer") -> bool:
    """Whether a hyphen glues the name at ``start`` to a word before it that names no place
    ("Ebola-Reston"; not "Fargo-Moorhead", "Wisconsin-Milwaukee", "D-Charleston")."""
    if not text.endswith("-", 0, start) or any(text.endswith(p, 0, start) for p in cues()[1]):
        return False  # "R-Springfield" is a byline
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and not gazetteer.knows(before.group(1))


def _in_person(
    text: str, start: int, end: int, people: Sequence[tuple[int, int]], gazetteer: "Gazetteer"
) -> bool:
    """Whether ``text[start:end]`` is part of a longer person's name, other than a town's name
    opening one before a word for its institutions or an English word ("Lewisburg Mayor John
    Doe", "Tega Cay Fire Chief John Doe"; not "Jordan Smith")."""
    for s, e in people:
        if s <= start and end <= e and (s, e) != (start, end):
            nxt = _NEXT_WORD.match(text, end)
            if s != start or nxt is None:
                return True
            word = nxt.group(1)
            return word.casefold() not in cues()[0] and gazetteer.is_plain_name(word)
    return False


def qualifies(entry: "GazetteerEntry", candidates: Sequence[tuple["GazetteerEntry", bool]]) -> bool:
    """Whether ``entry`` lies in one of the places a qualifying mention's ``candidates`` may name
    ("Charleston" in West Virginia for "W.Va.")."""
    for q, _ in candidates:
        if entry.kind == "country" or entry.row == q.row:
            continue
        if q.kind == "country" and entry.country == q.country:
            return True
        if q.is_admin1 and entry.country == q.country and entry.admin1 == q.admin1:
            return True
    return False


def top_kind(candidates: Sequence[tuple["GazetteerEntry", bool]]) -> str | None:
    """"country" or "admin1" where a namesake of that kind has the name as its own ("China",
    "Oklahoma"), else None: items of one such kind in a comma list qualify none of the others."""
    own = [e for e, alt in candidates if not alt]
    if any(e.kind == "country" for e in own):
        return "country"
    return "admin1" if any(e.is_admin1 for e in own) else None


def suffix_named(text: str, end: int, candidates: Sequence[tuple["GazetteerEntry", bool]]) -> bool:
    """Whether a subdivision word written after the name ("Lancashire County Council") shows
    it is the district of that very name the gazetteer has, though the name is also a word."""
    nxt = _NEXT_WORD.match(text, end)
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
    water = frozenset(_cue_table().get("water", ()))
    if len(words) < 2 or not (words[0] in water or words[-1] in water):
        return candidates
    features = [c for c in candidates if c[0].kind == "feature" and not c[1]]
    return features or [c for c in candidates if not (c[1] and c[0].kind == "admin")]


def state_form(gazetteer: "Gazetteer", surface: str) -> bool:
    """Whether ``surface`` is a first-level subdivision's name or short form ("Calif", "Tenn.")."""
    return any(gazetteer.entry(c.row).is_admin1 for c in gazetteer.lookup(surface))


# -- how the mentions back each other ------------------------------------------------------


def _local_candidates(m: "Mention", prior: list[float], limit: int) -> list["GazetteerEntry"]:
    """The ``limit`` likeliest towns and districts a mention may name."""
    order = sorted(range(len(prior)), key=prior.__getitem__, reverse=True)
    return [m.candidates[j][0] for j in order if m.candidates[j][0].kind in ("city", "admin")][:limit]


def add_joint_bonus(mentions: list["Mention"], priors: list[list[float]]) -> None:
    """Two ambiguous names that each have a namesake close to the other's ("Paris" and "Henry
    County": Paris, Tennessee lies in Henry County, Tennessee) support those namesakes, whichever
    namesake the other currently prefers.  Added to the priors in place."""
    ambiguous = [
        (m.key, i) for i, m in enumerate(mentions)
        if len(m.candidates) > 1 and m.role == "literal"
        and not any(e.kind in ("country", "region", "feature") and not alt for e, alt in m.candidates)
    ]  # a country's or region's own name ("Mexico") is not pulled to a namesake province
    firsts: dict[str, int] = {}
    for key, i in ambiguous:
        firsts.setdefault(key, i)
    if len(firsts) < 2:
        return
    local = {key: _local_candidates(mentions[i], priors[i], JOINT_OTHERS) for key, i in firsts.items()}
    bonus: dict[str, dict[int, float]] = {}
    for key, i in firsts.items():
        m, prior = mentions[i], priors[i]
        # "North Richmond" lies next to some Richmond wherever it is: no support for either
        others = [e for k, es in local.items() if not related_keys(k, key) for e in es]
        top = sorted(range(len(prior)), key=prior.__getitem__, reverse=True)[:MAX_NEAR_CANDIDATES]
        found: dict[int, float] = {}
        for j in top:
            entry = m.candidates[j][0]
            if entry.kind not in ("city", "admin"):
                continue
            near = [approx_km(entry, o) for o in others if o.row != entry.row and abs(o.lat - entry.lat) < 1.5]
            if near:
                found[j] = JOINT_BONUS * max(0.0, 1.0 - min(near) / JOINT_KM)
        bonus[key] = found
    for i, m in enumerate(mentions):
        for j, extra in bonus.get(m.key, {}).items():
            if m.role == "literal" and j < len(priors[i]):
                priors[i][j] += extra


def supported(mentions: list["Mention"]) -> list["Mention"]:
    """Drop weak mentions no other place backs (same admin1; same country for a country or a lone
    namesake in a country named outright; near) nor a word after marks (``Mention.cued``)."""
    strong = [m.place for m in mentions if not m.weak or m.cued]
    named = {p.country for p in strong if p.kind == "country"}
    kept = []
    for m in mentions:
        if m.weak and not m.cued:
            p = m.place
            country = p.kind == "country"  # any place in it backs a country ("the Soviet Union for America")
            # a state or town, the only one of its name in a country the article names ("Calais", "France")
            big = p.is_admin1 or p.kind == "city" and p.population >= NAMED_COUNTRY_TOWN
            near = (big and p.country in named and sum(
                not alt and e.country == p.country for e, alt in m.candidates) == 1) or any(
                (s.country == p.country and (country or s.admin1 is not None and s.admin1 == p.admin1))
                or (s.kind in ("city", "admin") and approx_km(s, p) < NEAR_KM / 2)
                for s in strong
            )
            if not near:
                continue
        kept.append(m)
    return kept


def lending(mentions: list["Mention"]) -> list["Mention"]:
    """Weak mentions with few namesakes, one of them within JOINT_KM of a namesake that a strong,
    ambiguous mention does not yet prefer ("Belchertown", a town of one name, next to Amherst,
    Massachusetts, where "Amherst" alone reads as Amherst, New York): read again with these as
    context, the strong mention may settle on that namesake and then back the weak one."""
    settled = [m for m in mentions if (not m.weak or m.cued) and m.place.kind in ("city", "admin")]
    # only a strong mention no other strong one backs yet may be read again
    strong = [m for m in settled if m.role == "literal" and len(m.candidates) > 1 and not any(
        o.key != m.key and (_same_admin1(o.place, m.place) or approx_km(o.place, m.place) < NEAR_KM / 2)
        for o in settled)]
    backed = supported(mentions)
    out = []
    for m in mentions:
        if not m.weak or m.cued or m.role != "literal" or any(k is m for k in backed):
            continue
        if any(approx_km(e, o.place) < JOINT_KM for e, _alt in m.candidates for o in settled):
            continue  # a namesake fits the article as it reads ("DeSoto" by Mansfield, Louisiana)
        own = [e for e, alt in m.candidates if not alt and e.kind in ("city", "admin")]
        if not own or len(own) > LENDING_NAMESAKES:
            continue
        if any(
            j != s.best and e.kind in ("city", "admin") and any(approx_km(e, o) < JOINT_KM for o in own)
            for s in strong for j, (e, _alt) in enumerate(s.candidates[:MAX_NEAR_CANDIDATES])
        ):
            out.append(m)
    return out


def _same_admin1(a: "GazetteerEntry", b: "GazetteerEntry") -> bool:
    return a.admin1 is not None and (a.country, a.admin1) == (b.country, b.admin1)
