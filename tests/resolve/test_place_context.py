"""Place mentions found through the article's own context (:mod:`seismo.resolve.places`,
:mod:`seismo.resolve.places`): a name spread to its other occurrences, datelines the model
mis-tags, county lists, bylines, residence and compass cues, towns named before their
institutions, villages that share a state's name.  Entities are given by hand; the sentences
are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from seismo.model import Place
from seismo.pipeline import make_article
from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.places import STEP, find_places

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


def _places(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]]) -> list[Place]:
    """The step function itself, on hand-made entities (no parse)."""
    found = {"entities": tuple(hand_entities(text, spans))}
    places = find_places(None, article=make_article(text), found=found, resources=SimpleNamespace(gazetteer=gazetteer))
    for p in places:
        assert text[p.start : p.end] == p.text
        assert p.step == STEP
    return list(places)


def test_a_place_name_keeps_its_sense_through_the_article(gazetteer: Gazetteer) -> None:
    text = (
        "Heavy rain flooded Oberlin, Ohio, overnight. The Oberlin Fire Department pumped out cellars "
        "while OBERLIN schools stayed shut, and Oberlin reopened its main road by noon."
    )
    spans = [("Oberlin", "GPE"), ("Ohio", "GPE"), ("The Oberlin Fire Department", "ORG"), ("Oberlin", "PERSON")]
    oberlin = [p for p in _places(gazetteer, text, spans) if p.text.casefold() == "oberlin"]
    assert len(oberlin) == 4
    assert {(p.country, p.admin1) for p in oberlin} == {("USA", "Ohio")}


def test_a_surname_is_not_spread(gazetteer: Gazetteer) -> None:
    text = "Voters in Tyler, Texas, backed the levy. Treasurer Dana Tyler said Tyler expected a surplus."
    spans = [("Tyler", "GPE"), ("Texas", "GPE"), ("Dana Tyler", "PERSON"), ("Tyler", "PERSON")]
    tylers = [p for p in _places(gazetteer, text, spans) if p.text == "Tyler"]
    assert [p.start for p in tylers] == [text.index("Tyler")]


@pytest.mark.parametrize(
    ("text", "spans", "surface", "country"),
    [
        # a dateline after a colon, untagged
        ("Talks resume. AMMAN: Ministers met again on Sunday.", [], "AMMAN", "JOR"),
        # a dateline the model reads as a person's name
        ("Budget vote set. CLINTON, Iowa — The city council met.", [("CLINTON", "PERSON"), ("Iowa", "GPE")],
         "CLINTON", "USA"),
        # a dateline after the byline's date
        ("By Lee Marsh May 4, 2010 SANDUSKY -- The ferry resumed service.", [("Lee Marsh", "PERSON")],
         "SANDUSKY", "USA"),
        # a dateline after a sentence closed by a quotation mark, the model splitting the name
        ("\"We will rebuild.\" GANDER, N.L. - The runway reopened.", [("GANDER", "PERSON"), ("N.L.", "GPE")],
         "GANDER", "CAN"),
    ],
)
def test_datelines(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], surface: str, country: str) -> None:
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert surface in got and got[surface].country == country



@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a web address's ending before a colon is no dateline ("Como")
        ("Follow KTVB.COM: Facebook and Twitter. Two men were hurt on Friday.", []),
        # a word alone on its line, page furniture ("Share", Nigeria)
        ("SHARE\n\nA driver was hurt in a crash on Route 9 on Friday.", []),
        # a field's label before its colon ("Date", Japan)
        ("NEWS RELEASE\n\nDATE: March 3, 2017\n\nA driver was hurt on Route 9.", [("March 3, 2017", "DATE")]),
        # a number the model tags as a place ("Four", France)
        ("Two drivers were hurt. Four others walked away.", [("Four", "GPE")]),
        # a word for a town's institutions tagged alone ("Police", Poland)
        ("The family thanked Police for their work.", [("Police", "GPE")]),
    ],
)
def test_no_place_from_page_furniture_numbers_or_institutions(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]]) -> None:
    assert [p.text for p in _places(gazetteer, text, spans)] == []


def test_a_surname_is_no_province_of_the_same_name(gazetteer: Gazetteer) -> None:
    # Rivera is a department of Uruguay; here it is only the neighbour's name
    text = "Neighbour Ana Rivera heard the shots on Sunday. Rivera said the street had been quiet for years."
    spans = [("Ana Rivera", "PERSON"), ("Rivera", "GPE")]
    assert [p.text for p in _places(gazetteer, text, spans)] == []

@pytest.mark.parametrize(
    ("text", "spans", "places"),
    [
        # a bar named for its owner: Sofia is a city, the bar is no place
        ("A bouncer was hurt in a brawl at Sofia's Bar in Toledo.", [("Sofia", "GPE"), ("Toledo", "GPE")], ["Toledo"]),
        # a taqueria named for its owner
        ("The robber ran from Valencia's Taqueria toward Salinas.", [("Valencia", "GPE"), ("Salinas", "GPE")],
         ["Salinas"]),
        # a pizzeria named after a city abroad
        ("The owner of Napoli Pizzeria in Dayton called police.", [("Napoli", "GPE"), ("Dayton", "GPE")], ["Dayton"]),
        # a news agency named after a province or town (places v22); a demonym before one stays
        ("The Fars news agency said crowds gathered in Shiraz.", [("Fars", "GPE"), ("Shiraz", "GPE")], ["Shiraz"]),
        ("The Iranian news agency said crowds gathered in Shiraz.", [("Iranian", "NORP"), ("Shiraz", "GPE")],
         ["Iranian", "Shiraz"]),
        # a first name after a rank: the sergeant, not Trent in Germany
        ("Sgt. Trent Hobbs said deputies found the car near Macon.", [("Trent", "GPE"), ("Macon", "GPE")], ["Macon"]),
        # a first name before a last name and an age
        ("Trent Yoder, 22, of Macon was hurt.", [("Trent Yoder", "GPE"), ("Macon", "GPE")], ["Macon"]),
        # a surname alone before the person's age
        ("Police said Rosa Santiago drove off. Santiago, 29, was stopped in Yuma.",
         [("Rosa Santiago", "PERSON"), ("Santiago", "GPE"), ("Yuma", "GPE")], ["Yuma"]),
    ],
)
def test_no_place_from_an_owner_a_first_name_or_a_surname(
    gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], places: list[str]
) -> None:
    assert [p.text for p in _places(gazetteer, text, spans)] == places


def test_a_surname_after_in_is_the_town(gazetteer: Gazetteer) -> None:
    # the person is Ann Jackson; "in Jackson" before a stop word is the town, "Jackson hearing" is hers
    text = "Ann Jackson, 40, spoke outside the courthouse in Jackson on Friday. Jackson, 40, was not charged."
    spans = [("Ann Jackson", "PERSON"), ("Jackson", "GPE"), ("Jackson", "PERSON")]
    assert [p.text for p in _places(gazetteer, text, spans)] == ["Jackson"]
    text = "A delay in Jackson hearing. Ann Jackson, 40, was not charged."
    spans = [("Jackson", "GPE"), ("Ann Jackson", "PERSON")]
    assert [p.text for p in _places(gazetteer, text, spans)] == []


def test_a_list_of_counties_joined_by_or(gazetteer: Gazetteer) -> None:
    text = "Grants are open to farmers in Ohio's Wyandot, Seneca or Crawford counties."
    got = {p.text: p for p in _places(gazetteer, text, [("Ohio", "GPE")])}
    for name in ("Wyandot", "Seneca", "Crawford"):
        assert (got[name].kind, got[name].admin1) == ("admin", "Ohio")


def test_a_byline_names_a_county_without_its_suffix(gazetteer: Gazetteer) -> None:
    text = "The bill passed the Ohio House after Rep. Jo Dunn, R-Wyandot, spoke for it."
    got = {p.text: p for p in _places(gazetteer, text, [("Ohio", "GPE"), ("Jo Dunn", "PERSON")])}
    assert got["Wyandot"].name == "Wyandot County"


@pytest.mark.parametrize(
    ("text", "spans", "surface", "admin1"),
    [
        # where a person lives
        ("A crash in Ohio hurt Lee Marsh of Oberlin on Friday.", [("Ohio", "GPE"), ("Lee Marsh", "PERSON")],
         "Oberlin", "Ohio"),
        # a compass word before "of"
        ("Ice closed a road in Ohio two miles west of Sandusky.", [("Ohio", "GPE")], "Sandusky", "Ohio"),
    ],
)
def test_residence_and_compass_cues(
    gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], surface: str, admin1: str
) -> None:
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert surface in got and got[surface].admin1 == admin1


def test_a_village_before_a_word_for_its_people_stands_alone(gazetteer: Gazetteer) -> None:
    """A village of under 1,000 people (in the index since it reads GeoNames' 500+ table), named
    before "residents" with no other place in the article to back it."""
    places = _places(gazetteer, "Ebchester residents packed the hall to oppose the quarry.", [("Ebchester", "ORG")])
    assert [(p.text, p.country) for p in places] == [("Ebchester", "GBR")]


def test_a_common_noun_is_no_village(gazetteer: Gazetteer) -> None:
    places = _places(gazetteer, "The Council members voted to close the pool.", [("The Council", "ORG")])
    assert "Council" not in {p.text for p in places}


def test_a_state_name_is_not_pulled_to_a_village(gazetteer: Gazetteer) -> None:
    text = "Growers from Kansas met buyers in Peoria and Springfield, Illinois, last week."
    spans = [("Kansas", "GPE"), ("Peoria", "GPE"), ("Springfield", "GPE"), ("Illinois", "GPE")]
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert (got["Kansas"].kind, got["Kansas"].admin1) == ("admin", "Kansas")
    assert got["Peoria"].admin1 == "Illinois"


def test_a_weak_town_of_one_name_lends_its_context(gazetteer: Gazetteer) -> None:
    # "Shrewsbury" alone is the English town; a club of Westborough, a town of one name next to
    # Shrewsbury, Massachusetts, settles both in Massachusetts
    text = "Shrewsbury voters backed the school levy on Tuesday. The Westborough Rotary Club gave $500 to it."
    spans = [("Shrewsbury", "GPE"), ("The Westborough Rotary Club", "ORG")]
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert (got["Shrewsbury"].country, got["Shrewsbury"].admin1) == ("USA", "Massachusetts")
    assert got["Westborough"].admin1 == "Massachusetts"


def test_a_weak_town_does_not_move_a_place_the_article_backs(gazetteer: Gazetteer) -> None:
    # Norwich next to Ipswich is the English city: a Vermont town's club does not pull it away
    text = "Norwich and Ipswich voters backed the new rail line. The Brattleboro Rotary Club gave $500 to it."
    spans = [("Norwich", "GPE"), ("Ipswich", "GPE"), ("The Brattleboro Rotary Club", "ORG")]
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert got["Norwich"].country == "GBR"
    assert "Brattleboro" not in got


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        # a role word before the last name, and a speech verb after it
        ("The Marlins beat the Cubs 5-3. Pitching coach Tom Kershaw praised his staff. \"We kept the ball "
         "low,\" said Kershaw.", [("Marlins", "ORG"), ("Cubs", "ORG"), ("Tom Kershaw", "PERSON"), ("Kershaw", "GPE")],
         set()),
        # the county of the same name is still a place; the sheriff's last name alone is not
        ("Sheriff Dana Whitfield spoke in Whitfield County on Monday. Whitfield said the jail was full.",
         [("Dana Whitfield", "PERSON"), ("Whitfield County", "GPE"), ("Whitfield", "GPE")], {"Whitfield County"}),
    ],
)
def test_a_last_name_used_alone_for_a_person_is_no_place(
    gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], kept: set[str]
) -> None:
    assert {p.text for p in _places(gazetteer, text, spans)} == kept


def test_a_town_named_like_no_one_in_the_article_stays(gazetteer: Gazetteer) -> None:
    text = "Flooding closed roads in Kershaw on Monday, and Kershaw officials opened a shelter."
    got = _places(gazetteer, text, [("Kershaw", "GPE"), ("Kershaw", "GPE")])
    assert [(p.text, p.admin1) for p in got] == [("Kershaw", "South Carolina")] * 2


def test_a_country_named_in_a_headline_person_tag_stays(gazetteer: Gazetteer) -> None:
    # a two-word headline the model reads as a person does not make a country a last name
    text = "Thinking Jordan. Jordan said on Sunday that talks would resume."
    got = _places(gazetteer, text, [("Thinking Jordan", "PERSON"), ("Jordan", "GPE")])
    assert [p.country for p in got if p.start == text.index("Jordan said")] == ["JOR"]


def test_a_town_named_short_after_its_whole_name_is_that_town(gazetteer: Gazetteer) -> None:
    # "Elk Grove" alone is the Californian city; after "Elk Grove Village" it is the village
    text = "The council of Elk Grove Village met on Monday. Elk Grove will repave two roads this summer."
    got = _places(gazetteer, text, [("Elk Grove Village", "GPE"), ("Elk Grove", "GPE")])
    assert [(p.text, p.name, p.admin1) for p in got] == [
        ("Elk Grove Village", "Elk Grove Village", "Illinois"), ("Elk Grove", "Elk Grove Village", "Illinois")]


def test_a_town_with_city_after_its_name_is_the_town_the_article_names(gazetteer: Gazetteer) -> None:
    text = "Flooding hit Springfield, Ohio, on Monday. The Springfield City Schools stayed shut."
    spans = [("Springfield", "GPE"), ("Ohio", "GPE"), ("The Springfield City Schools", "ORG")]
    got = {p.text: p for p in _places(gazetteer, text, spans)}
    assert got["Springfield City"].admin1 == "Ohio"


def test_a_town_its_institutions_show_is_context_for_the_others(gazetteer: Gazetteer) -> None:
    # "Carnforth police": a town kept for the word after it, which settles Lancaster in England
    text = "Lancaster flooded on Monday, and Carnforth police closed the roads north of it."
    got = {p.text: p for p in _places(gazetteer, text, [("Lancaster", "GPE")])}
    assert (got["Lancaster"].country, got["Carnforth"].country) == ("GBR", "GBR")


@pytest.mark.parametrize(("gap", "km"), [
    (", a small town north of ", 200.0),
    (", a village 30 km west of ", 200.0),
    (", a town some 150 kilometres south-east of the ", 300.0),
    (", a city 90 miles from ", None),  # no direction: not told by where it lies
    (", the capital of ", None),
    (", a region west of ", None),  # a wider area is not held to a town's reach
    (" and ", None),
])
def test_told_near_reads_where_a_place_lies_from_the_next(gap: str, km: float | None) -> None:
    from seismo.resolve.places.cues import told_near

    assert told_near(gap) == km


def test_a_place_told_near_another_is_a_namesake_within_reach_or_placed_at_it(gazetteer: Gazetteer) -> None:
    text = "Gunmen burned the market in Paris, a small town north of Lexington, on Sunday."
    paris = next(p for p in _places(gazetteer, text, [("Paris", "GPE"), ("Lexington", "GPE")]) if p.text == "Paris")
    assert (paris.country, paris.admin1, paris.kind) == ("USA", "Kentucky", "city")  # not the French capital
    alone = "Gunmen burned the market in Paris on Sunday."
    assert _places(gazetteer, alone, [("Paris", "GPE")])[0].country == "FRA"
    # no namesake near the town it is told from: placed at that town's point, a place the gazetteer lacks
    text = "Shells hit Tora, a village 30 km west of Kadugli, on Monday."
    tora, kadugli = _places(gazetteer, text, [("Tora", "GPE"), ("Kadugli", "GPE")])
    assert (tora.name, tora.kind, tora.geonameid, tora.country) == ("Tora", "site", None, "SDN")
    assert (tora.lat, tora.lon) == (kadugli.lat, kadugli.lon)
    # a namesake farther than the reach but in the same country stays where it is
    text = "Gunmen attacked a checkpoint in Mosul, a city north of Baghdad, on Monday."
    mosul = next(p for p in _places(gazetteer, text, [("Mosul", "GPE"), ("Baghdad", "GPE")]) if p.text == "Mosul")
    assert (mosul.name, mosul.kind, mosul.country) == ("Mosul", "city", "IRQ")
