"""Place mentions beyond the entity records (:mod:`seismo.resolve.places`) and their roles:
demonyms (associative), seats standing for institutions (metonym), physical features, town names
the model mis-tags.  Entities are given by hand; sentences written for these tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from seismo.resolve.gazetteer import Gazetteer, _trie_pattern
from seismo.resolve.places import collect_mentions, resolve_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


ROLE_CASES = [
    # text, [(surface, label)], [(surface, country, kind, role)]
    ("The Russian delegation walked out.", [("Russian", "NORP")], [("Russian", "RUS", "country", "associative")]),
    ("Two Egyptians and a Kenyan were hurt.", [("Egyptians", "NORP"), ("Kenyan", "NORP")],
     [("Egyptians", "EGY", "country", "associative"), ("Kenyan", "KEN", "country", "associative")]),
    # a demonym the model tags as an organisation is found all the same
    ("Officials said American aid would follow.", [("American", "ORG")], [("American", "USA", "country", "associative")]),
    # "Georgian": the country or the US state, as the article's other places say
    ("Georgian troops left Tbilisi.", [("Georgian", "NORP"), ("Tbilisi", "GPE")],
     [("Georgian", "GEO", "country", "associative")]),
    ("Georgian voters in Atlanta and Macon lined up.", [("Georgian", "NORP"), ("Atlanta", "GPE"), ("Macon", "GPE")],
     [("Georgian", "USA", "admin", "associative")]),
    ("European ministers met.", [("European", "NORP")], [("European", None, "region", "associative")]),
    # a people's adjective before a word for a state names that people's country, as a place
    ("Customs officers in the Irish Republic found the cargo.", [("Irish", "NORP")],
     [("Irish Republic", "IRL", "country", "literal")]),
    ("The Irish delegation left early.", [("Irish", "NORP")], [("Irish", "IRL", "country", "associative")]),
    ("The White House said nothing.", [("The White House", "ORG")], [("White House", "USA", "site", "metonym")]),
    ("A statement from the Kremlin followed.", [("Kremlin", "ORG")], [("Kremlin", "RUS", "site", "metonym")]),
    ("Ships sailed into the Black Sea.", [("the Black Sea", "LOC")], [("Black Sea", None, "feature", "literal")]),
    ("Oil spread across the Indian Ocean.", [("the Indian Ocean", "LOC")], [("Indian Ocean", None, "feature", "literal")]),
    ("Tension rose across the Middle East.", [("the Middle East", "LOC")], [("Middle East", None, "region", "literal")]),
    # both halves of "City, State" are places of their own
    ("Marchers reached Washington, D.C. at noon.", [("Washington, D.C.", "GPE")],
     [("Washington", "USA", "city", "literal"), ("D.C.", "USA", "admin", "literal")]),
    # a street at the point of the town named before it; the town inside its name is no place
    ("A fire broke out in Almaty on Dublin Road.", [("Almaty", "GPE"), ("Dublin Road", "FAC")],
     [("Almaty", "KAZ", "city", "literal"), ("Dublin Road", "KAZ", "site", "literal")]),
    # each name of a list of counties is a county
    ("Roads flooded in Becker, Clay and Otter Tail counties.", [("Becker", "GPE")],
     [("Becker", "USA", "admin", "literal"), ("Clay", "USA", "admin", "literal"), ("Otter Tail", "USA", "admin", "literal")]),
    # a street before a "City, State" pair leaves the qualifier working
    ("On Main Street in Charleston, W.Va., a fire broke out.", [("Charleston", "GPE"), ("W.Va.", "GPE")],
     [("Charleston", "USA", "city", "literal"), ("Main Street", "USA", "site", "literal")]),
    # a town's name before a word for its institutions or people
    ("Officials in Ohio said Pataskala police were called.", [("Ohio", "GPE")],
     [("Pataskala", "USA", "city", "literal")]),
    # a place name inside a longer name tagged as a place
    ("The Fargo City Commission voted.", [("The Fargo City Commission", "GPE")], [("Fargo", "USA", "city", "literal")]),
    # a county inside a name the model reads as a person's
    ("Laurel County Sheriff John Doe spoke in Kentucky.", [("Laurel County Sheriff John Doe", "PERSON"), ("Kentucky", "GPE")],
     [("Laurel County", "USA", "admin", "literal")]),
    # a name glued to a prefix that makes it a modifier is associative: no place where it happened
    ("The all-Kenya farmers' forum met in Nakuru.", [("Kenya", "GPE"), ("Nakuru", "GPE")],
     [("Kenya", "KEN", "country", "associative"), ("Nakuru", "KEN", "city", "literal")]),
    ("A pro-Moscow bloc won seats in Riga.", [("Moscow", "GPE"), ("Riga", "GPE")],
     [("Moscow", "RUS", "city", "associative"), ("Riga", "LVA", "city", "literal")]),
    # a town the model tags as a person: a locative word and a named state back it
    ("A barn burned near Tega Cay in South Carolina.", [("Tega Cay", "PERSON"), ("South Carolina", "GPE")],
     [("Tega Cay", "USA", "city", "literal")]),
]


@pytest.mark.parametrize(("text", "spans", "expected"), ROLE_CASES)
def test_roles(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], expected: list[tuple]) -> None:
    places = resolve_mentions(collect_mentions(text, hand_entities(text, spans), gazetteer=gazetteer), gazetteer=gazetteer)
    got = {p.text: p for p in places}
    for p in places:
        assert text[p.start : p.end] == p.text
    for surface, country, kind, role in expected:
        assert surface in got, [(p.text, p.kind, p.role) for p in places]
        p = got[surface]
        assert (p.country, p.kind, p.role) == (country, kind, role)
        assert p.lat is not None and p.lon is not None


NOT_PLACES = [
    # a person's name is no town without a locative word or a qualifier
    ("Tega Cay scored twice in South Carolina.", [("Tega Cay", "PERSON"), ("South Carolina", "GPE")], "Tega Cay"),
    # a demonym inside a longer place name is that place, not the demonym
    ("Storms hit American Samoa.", [("American Samoa", "GPE")], "American"),
    ("A fire broke out in Almaty on Dublin Road.", [("Almaty", "GPE"), ("Dublin Road", "FAC")], "Dublin"),
]


@pytest.mark.parametrize(("text", "spans", "surface"), NOT_PLACES)
def test_not_places(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], surface: str) -> None:
    places = resolve_mentions(collect_mentions(text, hand_entities(text, spans), gazetteer=gazetteer), gazetteer=gazetteer)
    assert surface not in {p.text for p in places}


def test_white_house_is_in_washington(gazetteer: Gazetteer) -> None:
    text = "The White House said so."
    (place,) = resolve_mentions(collect_mentions(text, [], gazetteer=gazetteer), gazetteer=gazetteer)
    assert abs(place.lat - 38.9) < 0.5 and abs(place.lon + 77.0) < 0.5


def test_trie_pattern_prefers_the_longest_word() -> None:
    pattern = re.compile(r"(?<![\w.-])" + _trie_pattern(["Russian", "Russians", "South Ossetian", "Asian"]) + r"(?![\w-])")
    found = [m.group() for m in pattern.finditer("Russians, a Russian, South Ossetian and Caucasian folk")]
    assert found == ["Russians", "Russian", "South Ossetian"]


def _table_rows(name: str, width: int) -> list[list[str]]:
    from seismo.resolve.gazetteer_tables import _rows

    return [fields for _, fields in _rows(name, width)]


def test_every_metonym_has_a_seat(gazetteer: Gazetteer) -> None:
    """Each row of regions.metonyms.tsv names a seat the gazetteer knows (else it is silently unused)."""
    missing = [row[0] for row in _table_rows("regions.metonyms.tsv", 4) if gazetteer.metonym_row(row[0]) is None]
    assert not missing


def test_every_place_demonym_has_a_target(gazetteer: Gazetteer) -> None:
    missing = [row[0] for row in _table_rows("regions.demonyms.tsv", 4)
               if not gazetteer.demonym_rows(row[0].split("|")[0])]
    assert not missing


def test_features_are_indexed(gazetteer: Gazetteer) -> None:
    rows = _table_rows("regions.features.tsv", 5)
    assert len(rows) > 200
    for name, *_ in rows:
        assert any(gazetteer.entry(c.row).kind == "feature" for c in gazetteer.lookup(name)), name
