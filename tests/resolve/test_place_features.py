"""Lakes, rivers and mountains the gazetteer lacks (:mod:`seismo.resolve.places.cues`,
:mod:`seismo.resolve.places.collect`): found by the word for the water or the mountain around
the name, placed at the town or county the article names nearest before them (kind
``feature``), and a possessive that closes a place's name before a park's.  Entities are given
by hand; the sentences are written for these tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from seismo.model import Place
from seismo.pipeline import make_article
from seismo.resolve.gazetteer import Gazetteer, haversine_km
from seismo.resolve.places.cues import address_names, feature_names, site_names

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


def _places(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]]) -> dict[str, Place]:
    from seismo.resolve.places import find_places

    found = {"entities": tuple(hand_entities(text, spans))}
    places = find_places(None, article=make_article(text), found=found, resources=SimpleNamespace(gazetteer=gazetteer))
    return {p.text: p for p in places}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fishermen launched boats on the Pelham River at dawn.", ["Pelham River"]),
        ("Divers searched Lake Quillon near the old dam.", ["Lake Quillon"]),
        ("The Old Tessaly Creek flooded twice.", ["Old Tessaly Creek"]),
        ("Snow covered Mount Arbel's upper slopes.", ["Mount Arbel"]),
        ("Canoes left the River Wenning bank at noon.", ["River Wenning"]),
        ("In Lake Forest Park, a fair opened.", []),  # a park's name, not a lake's
        ("The Harwell District Sea Cadets marched.", []),  # the head of a longer name
        ("The annual Greyhaven Lake Cleanup drew crowds.", []),  # nor read again from "Lake"
        ("Bands played at the River Concert Series.", []),
        ("The river rose overnight.", []),
    ],
)
def test_feature_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in feature_names(text)] == names


def test_a_possessive_closes_the_place_before_a_park() -> None:
    text = "We had a picnic in Ohio's Eastwood Memorial Park on Sunday."
    assert [text[s:e] for s, e in site_names(text)] == ["Eastwood Memorial Park"]
    short = "They met at Hunter's Park."
    assert [short[s:e] for s, e in site_names(short)] == ["Hunter's Park"]  # a name of two words keeps it


@pytest.mark.parametrize(("text", "names"), [
    ("Deputies towed a stolen van from the 400 block of Cairo late Monday.", ["Cairo"]),
    ("Gunfire was heard near the 1,900 block of the North Lindell Avenue.", ["North Lindell Avenue"]),
    ("The 300 block is closed; Cairo is quiet.", []),  # no "of" after the block: no address
    ("A car burned in the 300 block of Lisbon. Police said little.", ["Lisbon"]),  # the sentence ends the name
    ("Shots came from the 50 block of Elm Street Tuesday night.", ["Elm Street"]),  # a weekday is no street
    ("Deputies closed the 1,200 block of N. Ferris Ave. on Friday.", ["N. Ferris Ave."]),  # abbreviations keep their stops
])
def test_the_street_of_a_block_address(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in address_names(text)] == names


def test_a_street_named_like_a_city_is_a_site_of_the_town(gazetteer: Gazetteer) -> None:
    """"the 700 block of Lisbon" is a street of the town the article names, never Portugal's capital."""
    text = "Abilene police said a man was shot in the 700 block of Lisbon on Friday."
    got = _places(gazetteer, text, [("Abilene", "GPE"), ("Lisbon", "GPE")])
    street, town = got["Lisbon"], got["Abilene"]
    assert (street.kind, street.country, street.geonameid) == ("site", "USA", None)
    assert (street.lat, street.lon) == (town.lat, town.lon)


@pytest.mark.parametrize(("text", "names"), [  # places v21
    ("Strikers blocked the Gare de Lyon and the Gare du Nord in Paris.", ["Gare de Lyon", "Gare du Nord"]),
    ("Mothers of the disappeared marched in the Plaza de Mayo.", ["Plaza de Mayo"]),
    ("Crowds filled the Place de la Republique and the Praça da Sé.", ["Place de la Republique", "Praça da Sé"]),
    ("He arrived via Lisbon and left by the Rue d'Alsace.", ["Rue d'Alsace"]),  # "via" opens no name
    ("Place the flags along the avenue.", []),
    ("Traffic stopped on the Calzada de Guadalupe and the Carretera de Cadiz.",  # places v22
     ["Calzada de Guadalupe", "Carretera de Cadiz"]),
])
def test_a_site_opened_by_its_kind_and_de(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in site_names(text)] == names


def test_a_station_named_after_a_city_is_a_site_of_the_town(gazetteer: Gazetteer) -> None:
    """"the Gare de Lyon in Paris" is a station in Paris, not the city of Lyon (places v21)."""
    text = "Rail workers blocked the tracks at the Gare de Lyon in Paris on Thursday."
    got = _places(gazetteer, text, [("Lyon", "GPE"), ("Paris", "GPE")])
    assert "Lyon" not in got
    station, town = got["Gare de Lyon"], got["Paris"]
    assert (station.kind, station.country, (station.lat, station.lon)) == ("site", "FRA", (town.lat, town.lon))
    text = "Riots broke out in Marseille overnight. Activists blocked the Gare de Lyon in Paris."
    got = _places(gazetteer, text, [("Marseille", "GPE"), ("Lyon", "GPE"), ("Paris", "GPE")])
    assert (got["Gare de Lyon"].lat, got["Gare de Lyon"].lon) == (got["Paris"].lat, got["Paris"].lon)


def test_a_river_the_gazetteer_lacks_is_placed_at_the_town_before_it(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Tessaly River") == []
    text = "Volunteers in Abilene, Texas, cleared trash along the Tessaly River on Saturday."
    got = _places(gazetteer, text, [("Abilene", "GPE"), ("Texas", "GPE")])
    river, town = got["Tessaly River"], got["Abilene"]
    assert (river.kind, river.role, river.country) == ("feature", "literal", "USA")
    assert (river.lat, river.lon) == (town.lat, town.lon)
    assert river.confidence < town.confidence


def test_a_river_named_like_a_county_is_the_river(gazetteer: Gazetteer) -> None:
    """"Red River" reaches "Red River County" only through a stripped suffix: the river, placed
    near the town the article names, not dropped."""
    text = "Anglers fished the Red River north of Denison, Texas, all week."
    got = _places(gazetteer, text, [("the Red River", "LOC"), ("Denison", "GPE"), ("Texas", "GPE")])
    river = got["Red River"]
    assert river.kind == "feature"
    assert haversine_km(river.lat, river.lon, got["Denison"].lat, got["Denison"].lon) < 1


def test_a_person_is_no_lake_unless_a_locative_word_places_the_name(gazetteer: Gazetteer) -> None:
    text = "Dana Lake, a junior at the college in Boise, Idaho, won the prize."
    got = _places(gazetteer, text, [("Dana Lake", "PERSON"), ("Boise", "GPE"), ("Idaho", "GPE")])
    assert "Dana Lake" not in got
    text = "In Elkins, West Virginia, hikers camped along Gideon Creek for a week."
    got = _places(gazetteer, text, [("Elkins", "GPE"), ("West Virginia", "GPE"), ("Gideon Creek", "PERSON")])
    assert got["Gideon Creek"].kind == "feature"


def test_a_lake_the_gazetteer_knows_is_resolved_not_placed(gazetteer: Gazetteer) -> None:
    text = "Ice fishing on Lake Erie drew crowds near Sandusky, Ohio."
    got = _places(gazetteer, text, [("Sandusky", "GPE"), ("Ohio", "GPE")])
    assert got["Lake Erie"].kind == "feature"
    assert got["Lake Erie"].name == "Lake Erie"
    assert haversine_km(got["Lake Erie"].lat, got["Lake Erie"].lon, got["Sandusky"].lat, got["Sandusky"].lon) > 1


def test_two_places_joined_by_a_hyphen(gazetteer: Gazetteer) -> None:
    """:func:`~seismo.resolve.places.names.hyphen_partners`: the other half of a hyphened pair is a
    place where it is ruler-grade or has a namesake near its partner's."""
    text = "He studied at the University of Missouri-Kansas City last year."
    got = _places(gazetteer, text, [("the University of Missouri-Kansas City", "ORG")])
    assert got["Missouri"].kind == "admin" and got["Kansas City"].admin1 == "Missouri"
    text = "Fans from Moorhead-Dilworth filled the gym in Minnesota."
    got = _places(gazetteer, text, [("Moorhead", "GPE"), ("Minnesota", "GPE")])
    assert (got["Dilworth"].admin1, got["Dilworth"].kind) == ("Minnesota", "city")
    assert haversine_km(got["Dilworth"].lat, got["Dilworth"].lon, got["Moorhead"].lat, got["Moorhead"].lon) < 30


def test_no_far_namesake_nor_acronym_joins_a_hyphened_place(gazetteer: Gazetteer) -> None:
    text = "Miami-Dade deputies closed the causeway in Florida."
    got = _places(gazetteer, text, [("Miami", "GPE"), ("Florida", "GPE")])
    assert "Dade" not in got  # its only town of that name lies in China
    text = "The ABC-Boston merger closed."
    got = _places(gazetteer, text, [("Boston", "GPE")])
    assert set(got) == {"Boston"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Pilgrims flew to Mecca for the hajj.", "Mecca", "SAU"),  # Makkah, not Mecca, California
        ("Floods hit Calcutta on Monday.", "Calcutta", "IND"),  # Kolkata, not a Calcutta of 35,000
    ],
)
def test_the_english_name_of_a_city_of_millions(gazetteer: Gazetteer, text: str, name: str, country: str) -> None:
    got = _places(gazetteer, text, [(name, "GPE")])
    assert got[name].country == country


def test_a_variant_spelling_of_a_smaller_town_stays_shadowed(gazetteer: Gazetteer) -> None:
    # "Rocky Hill" is also listed as an alternate of Rock Hill, South Carolina (66,000): no city
    # of a million, so a town of that very name keeps it
    got = _places(gazetteer, "The Rocky Hill library reopened.", [("Rocky Hill", "GPE")])
    assert got["Rocky Hill"].name == "Rocky Hill"


@pytest.mark.parametrize(
    ("text", "spans", "name", "country"),
    [
        ("He returned to the small village of Montemarano in 1950.", [("Montemarano", "PERSON")], "Montemarano", "ITA"),
        ("He returned to the quiet village of Montemarano in 1950.", [("Montemarano", "PERSON")], "Montemarano", "ITA"),
        ("Letters reached the tiny hill village of Montemarano.", [("Montemarano", "PERSON")], "Montemarano", "ITA"),
        ("He returned to the village of Montemarano in 1950.", [("Montemarano", "PERSON")], "Montemarano", "ITA"),
        ("Storms battered the island of Panay on Friday.", [("Panay", "PERSON")], "Panay", "PHL"),
    ],
)
def test_a_word_for_a_kind_of_place_before_of_marks_a_name(
    gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], name: str, country: str
) -> None:
    """"the village of X": a place, kept though no other place in the article backs it."""
    got = _places(gazetteer, text, spans)
    assert got[name].country == country
    # any words may stand between "the" and the word for the place ("the quiet hill village of")
    bare = re.sub(r"\bthe (?:[a-z]+ )*(?:village|island) of ", "", text)
    assert bare != text
    assert name not in _places(gazetteer, bare, spans)  # without the cue the tag stands
