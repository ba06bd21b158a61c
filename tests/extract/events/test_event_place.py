"""Where an event is placed on a whole article: its own clause's place, else its sentence's, else
the scene of the sentence before, else the article's dateline (where the report was filed), and
only then the article's most-mentioned place.  A statement (a demand, an accusation, a promise)
is placed where it was said, never where what it speaks of happened."""

from __future__ import annotations

import pytest

from seismo.extract.events.place import article_dateline
from seismo.model import Place


def _place_of(events, type_: str, trigger: str) -> str | None:
    event = events.find(type_, trigger)
    assert event is not None, events.brief()
    return None if event.location is None else event.location.place.name


def _place(text: str, name: str, *, kind: str = "city") -> Place:
    start = text.index(name)
    return Place(start=start, end=start + len(name), text=name, name=name.title(), geonameid=1, lat=0.0, lon=0.0,
                 country="XX", admin1=None, kind=kind, confidence=0.9)


@pytest.mark.parametrize(("text", "name"), [
    ("bhopal: the union met on friday.", "bhopal"),
    ("This story is from May 2, 2003 bhopal: the union met on friday.", "bhopal"),
    ("Strike Ends After Talks QUITO, May 2 (Reuters) - The union met on Friday.", "QUITO"),
    ("QUITO, Ecuador (AP) _ The union met on Friday.", "QUITO"),
])
def test_the_dateline_is_the_place_that_opens_the_report(text: str, name: str) -> None:
    place = _place(text, name)
    assert article_dateline([place], text) == place


@pytest.mark.parametrize(("text", "name"), [
    ("The union met in Quito on Friday.", "Quito"),  # a place in a sentence, not a dateline
    ("The visitors from Quito: all of them were tired.", "Quito"),  # a colon far from any line start
    ("Quito Bank raised its lending rates on Friday.", "Quito"),  # the start of a name
])
def test_a_place_written_elsewhere_is_no_dateline(text: str, name: str) -> None:
    assert article_dateline([_place(text, name)], text) is None


def test_a_lower_case_dateline_is_a_place(pipeline) -> None:
    import seismo

    result = pipeline.run(seismo.make_article("bhopal: the farmers' union met on friday and pledged to end the strike.",
                                              date="2021-06-02"))
    assert [p.name for p in result.places if p.start == 0] == ["Bhopal"]


def test_an_event_with_no_place_nearby_takes_the_dateline_not_the_most_mentioned_place(events_of) -> None:
    text = ("KAMPALA, Uganda (AP) — Opposition lawmakers met on Friday evening and pledged to back the strike. "
            "Floods in Gulu have closed schools. Gulu has had rain for a month, and Gulu's roads are cut.")
    assert _place_of(events_of(text), "AGREE", "pledged") == "Kampala"


@pytest.mark.parametrize(("text", "trigger", "where"), [
    # what is condemned or asked for happened elsewhere: the statement is the dateline's
    ("NAIROBI, Kenya (AP) — The opposition condemned the killings of three traders in Mombasa.", "condemned", "Nairobi"),
    # said somewhere: that place
    ("NAIROBI, Kenya (AP) — The opposition leader told reporters in Kisumu that she condemned the killings "
     "of three traders in Mombasa.", "condemned", "Kisumu"),
])
def test_a_statement_is_placed_where_it_was_said(events_of, text: str, trigger: str, where: str) -> None:
    assert _place_of(events_of(text), "ACCUSE", trigger) == where


def test_a_deed_keeps_the_place_of_its_own_sentence(events_of) -> None:
    text = "NAIROBI, Kenya (AP) — Police arrested twelve protesters in Mombasa on Monday."
    assert _place_of(events_of(text), "COERCE", "arrested") == "Mombasa"


@pytest.mark.parametrize(("text", "type_", "trigger", "where"), [
    ("US troops attacked a convoy near Basra on Sunday.", "ASSAULT", "attacked", "Basrah"),
    ("Kenya police arrested twenty protesters in Kisumu.", "COERCE", "arrested", "Kisumu"),
])
def test_a_country_before_the_actors_noun_says_whose_not_where(events_of, text: str, type_: str, trigger: str,
                                                               where: str) -> None:
    assert _place_of(events_of(text), type_, trigger) == where


def test_a_statement_after_a_scene_is_placed_at_the_dateline_not_the_scene(events_of) -> None:
    text = ("KAMPALA, Uganda (AP) — Police fired on protesters in Gulu on Monday. "
            "Opposition leaders condemned the shooting on Tuesday.")
    events = events_of(text)
    assert _place_of(events, "ACCUSE", "condemned") == "Kampala"


@pytest.mark.parametrize(("text", "type_", "trigger", "where"), [
    # the only place named is one the scene lies next to: no place, not the dateline's country again
    ("NAIROBI, Kenya (AP) — Soldiers arrested nine smugglers on Tuesday in a village bordering Somalia.",
     "COERCE", "arrested", None),
    ("MOGADISHU, Somalia (AP) — Soldiers arrested nine smugglers on Tuesday in a village bordering Somalia.",
     "COERCE", "arrested", None),
    # a scene named beside the neighbour keeps its own place
    ("Soldiers arrested nine smugglers on Tuesday in Mandera, a town bordering Somalia.",
     "COERCE", "arrested", "Mandera"),
    # a plain "in X" still locates
    ("Soldiers arrested nine smugglers on Tuesday in Somalia.", "COERCE", "arrested", "Somalia"),
])
def test_a_place_the_scene_only_borders_does_not_locate(events_of, text: str, type_: str, trigger: str,
                                                        where: str | None) -> None:
    assert _place_of(events_of(text), type_, trigger) == where


@pytest.mark.parametrize(("text", "where"), [
    # partners of a joint force: whose convoy, not where it was hit
    ("NIAMEY, Niger (AP) — Snipers opened fire on a joint EU-Mali convoy on Friday.", "Niamey"),
    # a border between two countries is a place
    ("NIAMEY, Niger (AP) — Snipers fired at soldiers at the Mali-Burkina Faso border on Friday.", None),
])
def test_a_country_hyphened_to_a_partner_says_whose_not_where(events_of, text: str, where: str | None) -> None:
    (attack,) = [e for e in events_of(text) if e.type == "ASSAULT"]
    place = None if attack.location is None else attack.location.place.name
    assert place == where if where is not None else place in ("Mali", "Burkina Faso")


def test_a_foreign_states_statement_is_not_made_in_the_dateline_town(events_of) -> None:
    text = ("BRUSSELS (Reuters) - Belgian police arrested six people after a march on Sunday. "
            "Turkey's foreign ministry condemned the arrests on Monday. The Belgian interior minister defended them.")
    events = events_of(text)
    condemned = _place_of(events, "ACCUSE", "condemned")
    assert condemned != "Brussels"
    assert _place_of(events, "COERCE", "arrested") == "Brussels"


def test_a_bare_the_city_is_the_town_named_before(events_of) -> None:
    text = ("ADEN, May 2 (Reuters) - Rebel shelling killed nine people in the port town of Mokha on Thursday.\n\n"
            "Government jets bombed rebel positions north of the town, an army spokesman said.")
    events = events_of(text)
    town = _place_of(events, "ASSAULT", "shelling")
    assert town not in (None, "Aden") and _place_of(events, "ASSAULT", "bombed") == town


def test_the_city_is_not_a_town_abroad_the_article_named_in_passing(events_of) -> None:
    text = ("LUSAKA - The president flew back from London on Sunday after a week of talks.\n\n"
            "On Monday hundreds of stallholders protested in the city against higher market fees.")
    assert _place_of(events_of(text), "PROTEST", "protested") != "London"


def test_a_report_with_no_date_of_its_own_is_dated_by_its_dateline(pipeline) -> None:
    import datetime as dt

    from seismo.model import Article

    text = ("KHARTOUM, June 15 (AFP) - Shelling killed nine civilians in the market of Omdurman on Saturday.\n\n"
            "Army jets bombed rebel positions north of the town, a military source said.")
    events = pipeline.run(Article("dl", text, dt.date(2024, 6, 16))).events
    (bombed,) = [e for e in events if e.trigger.text == "bombed"]
    assert bombed.date is not None and bombed.date.value == "2024-06-15" and bombed.date.source == "text"


@pytest.mark.parametrize(("text", "type_", "trigger", "where"), [
    # the sides of the talks are parties; the clause names where they met
    ("Talks between Ankara and Baghdad resumed in Doha on Monday.", "CONSULT", "talks", "Doha"),
    # with no other place told, a side is still the place of last resort
    ("Fighting between Armenia and Azerbaijan flared along the frontier overnight.", "ASSAULT", "fighting", "Armenia"),
])
def test_a_place_between_which_an_event_is_is_a_party_before_a_scene(events_of, text, type_, trigger, where) -> None:
    """events v106: "between X and Y" names the sides; a place the clause is told in wins."""
    assert _place_of(events_of(text), type_, trigger) == where


@pytest.mark.parametrize("text", [
    ("Gunmen on motorbikes raided a village near Zaria on Sunday, residents said. "
     "Several villagers were wounded and taken to hospital in Kaduna."),
    ('Bandits raided a village near Zaria on Sunday. "They shot at everyone," said a farmer who fled to Kaduna. '
     "Several villagers were wounded in the raid."),
])
def test_where_the_hurt_are_cared_for_or_people_fled_is_not_the_scene(events_of, text) -> None:
    """events v132: a hospital's town ("taken to hospital in Kaduna", class ``care_noun``) and a
    refuge ("fled to Kaduna", class ``flight_verb``) place no event."""
    events = events_of(text)
    assert events and all(e.location is None or e.location.place.name != "Kaduna" for e in events), \
        [(e.type, e.trigger.text, e.location and e.location.place.name) for e in events]


def test_a_refuge_keeps_what_its_own_clause_tells(events_of) -> None:
    """events v133: "fled to Kaya, where police arrested them": the arrest was at Kaya."""
    events = events_of("Protesters marched in Ouagadougou on Monday. Others fled to Kaya, where police arrested them.")
    assert _place_of(events, "COERCE", "arrested") == "Kaya"


@pytest.mark.parametrize(("text", "where"), [
    ("Villagers blocked the Nairobi road at Kitengela on Monday.", "Kitengela"),
    ("Truckers blocked the Lagos-Ibadan expressway near Sagamu on Friday.", "Shagamu"),
])
def test_a_road_named_by_where_it_leads_is_not_there(events_of, text, where) -> None:
    """events v134: "the Nairobi road" runs elsewhere (class ``route_noun``): the sentence's own scene places the blockade."""
    assert _place_of(events_of(text), "PROTEST", "blocked") == where

