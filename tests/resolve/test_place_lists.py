"""Lists of states or countries, a state marked as such, and a town backed by the country the
article names (:mod:`seismo.resolve.places`).  Entities are given by hand; the sentences are
written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from seismo.model import Place
from seismo.pipeline import make_article
from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.places.cues import subdivision_cued
from seismo.resolve.places import find_places

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


def _places(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]]) -> dict[str, Place]:
    found = {"entities": tuple(hand_entities(text, spans))}
    resources = SimpleNamespace(gazetteer=gazetteer)
    places = find_places(None, article=make_article(text), found=found, resources=resources)
    return {p.text: p for p in places}


def test_a_list_of_countries_qualifies_none_of_its_items(gazetteer: Gazetteer) -> None:
    text = "Traders in Peru, China, Japan and Chile reported falling copper prices last quarter."
    spans = [("Peru", "GPE"), ("China", "GPE"), ("Japan", "GPE"), ("Chile", "GPE")]
    china = _places(gazetteer, text, spans)["China"]
    assert (china.kind, china.country) == ("country", "CHN")


def test_a_list_of_states_qualifies_none_of_its_items(gazetteer: Gazetteer) -> None:
    text = "Growers from Iowa, Oklahoma, Pennsylvania and Ohio met to compare harvest figures."
    spans = [("Iowa", "GPE"), ("Oklahoma", "GPE"), ("Pennsylvania", "GPE"), ("Ohio", "GPE")]
    oklahoma = _places(gazetteer, text, spans)["Oklahoma"]
    assert (oklahoma.country, oklahoma.admin1, oklahoma.kind) == ("USA", "Oklahoma", "admin")


def test_a_town_county_and_country_chain_still_qualifies(gazetteer: Gazetteer) -> None:
    text = "The museum in Guildford, Surrey, UK, reopened its galleries after a long refit."
    spans = [("Guildford", "GPE"), ("Surrey", "GPE"), ("UK", "GPE")]
    assert _places(gazetteer, text, spans)["Guildford"].country == "GBR"


def test_a_state_marked_as_such_is_the_state(gazetteer: Gazetteer) -> None:
    text = "Apple growers in Washington state expect a smaller crop after the late frost."
    washington = _places(gazetteer, text, [("Washington", "GPE")])["Washington"]
    assert (washington.admin1, washington.kind) == ("Washington", "admin")
    line = "rain across the state of Washington"
    assert subdivision_cued(line, line.index("Washington"), len(line))
    assert not subdivision_cued("Washington State University", 0, 10)


def test_a_town_is_backed_by_the_country_the_article_names(gazetteer: Gazetteer) -> None:
    text = "Ferry crews in France voted to strike, and the port in Calais stayed shut on Friday."
    calais = _places(gazetteer, text, [("France", "GPE"), ("Calais", "PERSON")]).get("Calais")
    assert calais is not None and calais.country == "FRA"


def test_a_span_with_a_dash_is_split_and_no_person(gazetteer: Gazetteer) -> None:
    text = "Aid groups listed East Africa - Kenya as the worst hit, then Peru - roughly half as bad."
    spans = [("East Africa - Kenya", "GPE"), ("Peru - roughly", "PERSON")]
    places = _places(gazetteer, text, spans)
    assert places["Kenya"].country == "KEN"
    assert places["Peru"].country == "PER"
    # a person's name with a short particle stays a person
    assert not _places(gazetteer, "Visitors praised Omar bin Salem warmly.", [("Omar bin Salem", "PERSON")])


def test_a_state_short_form_in_a_byline(gazetteer: Gazetteer) -> None:
    text = "The bill's sponsor, Rep. Jane Roe, D-Calif, said the vote would come soon."
    places = _places(gazetteer, text, [("Jane Roe", "PERSON")])
    assert (places["Calif"].country, places["Calif"].admin1) == ("USA", "California")


def test_a_town_after_a_capitalised_preposition_opening_a_sentence(gazetteer: Gazetteer) -> None:
    text = "Storms knocked out power across Ohio overnight. In Kettering, crews worked until noon."
    kettering = _places(gazetteer, text, [("Ohio", "GPE")]).get("Kettering")
    assert kettering is not None and kettering.admin1 == "Ohio"


def test_a_person_like_town_name_joined_to_towns_by_and(gazetteer: Gazetteer) -> None:
    text = "New buses will link Toledo, Akron, Dayton and Lima from May, the state of Ohio said."
    spans = [("Toledo", "GPE"), ("Akron", "GPE"), ("Dayton", "ORG"), ("Lima", "GPE"), ("Ohio", "GPE")]
    dayton = _places(gazetteer, text, spans).get("Dayton")
    assert dayton is not None and dayton.admin1 == "Ohio"


def test_a_person_like_name_after_a_bare_comma_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "After the vote in Toledo, Dayton told reporters that Ohio had a good week."
    places = _places(gazetteer, text, [("Toledo", "GPE"), ("Dayton", "PERSON"), ("Ohio", "GPE")])
    assert "Dayton" not in places


def test_a_lone_town_name_tagged_as_a_person_backed_by_the_article(gazetteer: Gazetteer) -> None:
    text = "Flood barriers went up across Ohio this week. Wapakoneta also opened a shelter."
    town = _places(gazetteer, text, [("Ohio", "GPE"), ("Wapakoneta", "PERSON")]).get("Wapakoneta")
    assert town is not None and town.admin1 == "Ohio"


def test_a_lone_name_of_someone_named_in_full_or_titled_is_no_town(gazetteer: Gazetteer) -> None:
    text = "Coach Jane Wapakoneta ran drills in Ohio on Monday. Afterwards Wapakoneta drove home."
    spans = [("Jane Wapakoneta", "PERSON"), ("Ohio", "GPE"), ("Wapakoneta", "PERSON")]
    assert "Wapakoneta" not in _places(gazetteer, text, spans)
    text = "The budget plan for Ohio won praise from Mayor Wapakoneta on Monday."
    assert "Wapakoneta" not in _places(gazetteer, text, [("Ohio", "GPE"), ("Wapakoneta", "PERSON")])


def test_a_word_named_place_after_a_kind_of_place_and_of(gazetteer: Gazetteer) -> None:
    text = "Ferries to the island of Java stopped running after the storm on Monday."
    java = _places(gazetteer, text, []).get("Java")
    assert java is not None and java.country == "IDN"


def test_one_place_name_split_in_two_by_the_model_is_joined(gazetteer: Gazetteer) -> None:
    text = "A jury in Texas convicted a roofer from Gun Barrel City of fraud on Friday."
    places = _places(gazetteer, text, [("Texas", "GPE"), ("Gun", "GPE"), ("Barrel City", "GPE")])
    assert places["Gun Barrel City"].admin1 == "Texas"
    assert "Gun" not in places


def test_a_town_closing_an_organisation_name_after_in(gazetteer: Gazetteer) -> None:
    text = "Ohio scouts left tins at the St. Mark Lutheran Church in Wapakoneta on Saturday."
    spans = [("Ohio", "GPE"), ("the St. Mark Lutheran Church in Wapakoneta", "ORG")]
    town = _places(gazetteer, text, spans).get("Wapakoneta")
    assert town is not None and town.admin1 == "Ohio"


def test_a_person_like_town_name_where_someone_named_in_full_lives(gazetteer: Gazetteer) -> None:
    text = "The Ohio award went to Tom Roe of Dayton, a retired welder."
    dayton = _places(gazetteer, text, [("Ohio", "GPE"), ("Tom Roe", "PERSON")]).get("Dayton")
    assert dayton is not None and dayton.admin1 == "Ohio"
