"""Town names the entity records miss or give as a person's, and the article's people.

* :func:`loose_names` — a capitalised run of one to three words that the model did not tag as a
  place but that is a town's or county's own name (or a county's without "County": "Kanawha")
  and is used as a place: after a locative
  preposition ("a crash near Lanexa"), before a qualifier ("Tega Cay, S.C."), ending in a
  subdivision word ("Anderson County"), after "of" following a person's name or a compass word
  ("Jane Doe of Wooster", "north of Moorhead"), next to a word of ``data/place_cues.tsv``
  ("Roselle police", "R-Springfield"), or listed with a place ("Gainesville and Lindsay"; a
  name also listed as a person's only when joined by "and" / "or", "Akron, Dayton and Lima", or
  after a person's name and "of", "Jane Doe of Dayton").
  A capitalised preposition opening a sentence is no part of the name ("In Kettering, ...").
  The caller keeps these only where the article's other places back them or
  :func:`~seismo.resolve.places.cues.institution_cued` holds (weak mentions);
* :func:`repeated_names` — the other occurrences of a name the article already uses as a place;
* :func:`family_names` — the last names of people the article also calls by that name alone
  ("Dana Tyler" ... "Tyler said"): no place there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

from seismo.resolve.gazetteer_names import ADMIN_SUFFIXES, strip_possessive
from seismo.resolve.places.cues import (
    NEXT_WORD,
    PREVIOUS_WORD,
    bylined,
    county_cued,
    cue_table,
    cues,
    locative_before,
    noun_of,
    of_place,
    state_form,
)

if TYPE_CHECKING:  # pragma: no cover
    from seismo.model import Entity
    from seismo.resolve.gazetteer import Gazetteer

#: entity labels a place name may wrongly carry
MISTAGGED = frozenset({"PERSON", "ORG", "NORP", "FAC", "EVENT", "LAW"})
_RUN = re.compile(r"\b[A-Z][a-z][\w'’]*(?:[ -][A-Z][a-z][\w'’]*){0,2}")
_QUALIFIED = re.compile(r"^,\s+[A-Z][A-Za-z.]+")
#: the first word of a capitalised run and the space after it
_LEAD_WORD = re.compile(r"([A-Z][a-z]+) (?=[A-Z])")


def _cued(
    text: str, start: int, end: int, surface: str, locative: frozenset[str], people_ends: frozenset[int]
) -> bool:
    """Whether the text uses ``text[start:end]`` as a place (see the module docstring)."""
    if surface.split()[-1].casefold() in ADMIN_SUFFIXES:
        return True
    if locative_before(text, start, locative):
        return True
    if of_place(text, start, people_ends) or noun_of(text, start):
        return True
    after, glued = cues()
    if bylined(text, start):
        return True
    nxt = NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1).casefold() in after:
        return True
    return bool(_QUALIFIED.match(text, end))


_LIST_AFTER = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_LIST_BEFORE = re.compile(r"(?:,?\s+(?:and|or)|,)\s+$")


_AND_AFTER = re.compile(r",?\s+(?:and|or)\s+")
_AND_BEFORE = re.compile(r",?\s+(?:and|or)\s+$")


def _listed_with(
    text: str, start: int, end: int, places: frozenset[tuple[int, int]], *, joined: bool = False
) -> bool:
    """Whether the name at ``start:end`` is listed with a place the article names ("Gainesville
    and Lindsay", "Cornwall and Kent", "Newark, Heath and Pataskala"): one list, one kind.
    ``joined``: only by "and" / "or" (not a bare comma, which also closes a clause)."""
    after = (_AND_AFTER if joined else _LIST_AFTER).match(text, end)
    if after is not None and any(s == after.end() for s, _ in places):
        return True
    before = (_AND_BEFORE if joined else _LIST_BEFORE).search(text, max(0, start - 8), start)
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
        lead = _LEAD_WORD.match(match.group())
        if lead is not None and lead.group(1).casefold() in locative:
            start += lead.end()  # "In Euclid, ...": the preposition opening a sentence is no part of the name
        surface = _before_cue(strip_possessive(text[start:end]), gazetteer)
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
        state = bylined(text, start) and state_form(gazetteer, surface)  # a state's short form: "D-Calif"
        kind_of = noun_of(text, start) and gazetteer.knows(surface)  # "the island of Java"
        if not (gazetteer.has_own_name(surface) or county or state or kind_of):
            continue
        # a name also listed as a person's: a place where joined to places or after "Jane Doe of"
        shown = (listed and _listed_with(text, start, end, places, joined=True)) or of_place(
            text, start, people_ends, directions=False)
        if not gazetteer.is_plain_name(surface, people=shown) and not bylined(text, start):
            continue  # "Florence" or "Charleston" is a place after "R-" only; "Dayton" listed with towns
        out.append((start, end))
    return out


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_SURNAME = re.compile(r"[A-Z][a-z][\w'’-]*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
#: an age between commas after a name ("Santiago, 31, was"): the person's
_AGE = re.compile(r",\s*\d{1,3}\s*,")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Every form listed in ``data/speech_verbs.txt`` ("say", "said", "told", ...)."""
    text = importlib_resources.files("seismo.data").joinpath("speech_verbs.txt").read_text("utf-8")
    return frozenset(w.casefold() for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _speech(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a form of a speech verb ("said", "comments", "insisted")."""
    return word in verbs or any(word.endswith(end) and word[: -len(end)] in verbs for end in ("s", "es", "d", "ed"))


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` written as a whole word, not inside a hyphenated one (compiled once per word)."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


#: a capitalised last name closing a person's two-word name ("Ames said", "Reyes, 40,")
_LAST_NAME = re.compile(r"\s+[A-Z][a-z][\w'’-]*(?![\w'’-]|\s+[A-Z])")
#: a last name and an age between commas ("Mosher, 19, of")
_LAST_NAME_AGE = re.compile(r"\s+[A-Z][a-z][\w'’-]*,\s*\d{1,3}\s*,")


def first_name(text: str, start: int, end: int) -> bool:
    """Whether the one word at ``start:end`` is a person's first name: a last name and an age
    between commas follow it ("Ariana Doe, 19, of"), or it opens a two-word name after a title, a
    form of address or a role word, each written capitalised ("Sgt. Trent Ames said", "Detective
    Austin Reyes, 40,"); not a town ("Chief Kanawha Circuit Judge", "Miss Ohio title")."""
    from seismo.resolve.identity import rules

    if " " in text[start:end]:
        return False
    if _LAST_NAME_AGE.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[:1].isupper() or not _LAST_NAME.match(text, end):
        return False
    ids, word = rules(), before.group(1).casefold()
    return (ids.parts.get(word) in ("address", "abbreviation") or ids.lexicon.title(word) is not None
            or word in cue_table().get("person", ()))


def family_names(text: str, entities: Sequence["Entity"]) -> frozenset[str]:
    """Last names of people the article names in full ("Dana Tyler", titles aside) that it also
    uses alone for the person: tagged as a person alone, after a title or form of address
    ("Mayor Tyler", "Mr. Tyler"), next to a speech verb ("Tyler said", "said Tyler") or before an
    age between commas ("Tyler, 31, was").  Such a
    word is the person's name wherever it stands alone in the article, not a town's."""
    from seismo.resolve.identity import rules

    ids = rules()
    people = [e for e in entities if e.label == "PERSON"]
    alone = {e.text for e in people if " " not in e.text.strip()}
    speech = _speech_verbs()
    roles = frozenset(cue_table().get("person", ()))
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
        for match in _word_pattern(last).finditer(text):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            after = NEXT_WORD.match(text, match.end())
            word = before.group(1).casefold() if before is not None else ""
            if (ids.parts.get(word) in ("address", "abbreviation") or ids.lexicon.title(word) or word in roles
                    or _speech(word, speech) or (after is not None and _speech(after.group(1).casefold(), speech))
                    or _AGE.match(text, match.end())):
                out.add(last)
                break
    return frozenset(out)



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
    before = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and not gazetteer.knows(before.group(1))


def _in_person(
    text: str, start: int, end: int, people: Sequence[tuple[int, int]], gazetteer: "Gazetteer"
) -> bool:
    """Whether ``text[start:end]`` is part of a longer person's name, other than a town's name
    opening one before a word for its institutions or an English word ("Lewisburg Mayor John
    Doe", "Tega Cay Fire Chief John Doe"; not "Jordan Smith")."""
    for s, e in people:
        if s <= start and end <= e and (s, e) != (start, end):
            nxt = NEXT_WORD.match(text, end)
            if s != start or nxt is None:
                return True
            word = nxt.group(1)
            return word.casefold() not in cues()[0] and gazetteer.is_plain_name(word)
    return False


_HYPHEN_AFTER = re.compile(r"-([A-Z][\w'’]*)(?: ([A-Z][\w'’]*))?")
_HYPHEN_BEFORE = re.compile(r"(?<![\w'’.-])(?:([A-Z][\w'’]*) )?([A-Z][\w'’.]*)-$")


def hyphen_partners(
    text: str, spans: Sequence[tuple[int, int]], *, gazetteer: "Gazetteer"
) -> list[tuple[int, int, tuple[int, int]]]:
    """``(start, end, partner)`` of each place name joined by a hyphen to a place of ``spans``
    that no span covers ("University of Wisconsin-Milwaukee", "the Greenbrier-Pocahontas County
    line", "Watertown-Mayer"): two names so joined are two places.  The name is a ruler-grade
    one or some town's or county's own name that is no English word nor an acronym; of one or
    two words, the longer first."""
    taken = list(spans)
    out = []
    for start, end in spans:
        sides = []
        after = _HYPHEN_AFTER.match(text, end)
        if after is not None:
            sides.append([(after.start(1), after.end(2))] * bool(after.group(2)) + [after.span(1)])
        before = _HYPHEN_BEFORE.search(text, max(0, start - 60), start)
        if before is not None:
            sides.append([(before.start(1), before.end(2))] * bool(before.group(1)) + [before.span(2)])
        for side in sides:
            for s, e in side:
                surface = text[s:e]
                if any(a < e and s < b for a, b in taken):
                    continue
                if surface.isupper() and not gazetteer.is_ruler_name(surface):
                    continue  # an acronym ("EU-Israel summit": no town Eu)
                if gazetteer.is_ruler_name(surface) or (
                        gazetteer.is_plain_name(surface) and gazetteer.has_own_name(surface)):
                    out.append((s, e, (start, end)))
                    taken.append((s, e))
                    break
    return out
