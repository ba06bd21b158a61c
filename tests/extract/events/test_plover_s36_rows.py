"""Rows of data/triggers.tsv and readings of the coder added in session 36 for general CAMEO
families that the tuning half of the check set plover_o showed missing.  The sentences here were
written for these tests, with other actors, places and wording than the check-set items.

Families: a newspaper or a website closed by an authority (1721); offices, premises and accounts
seized (1711); combat readiness raised (152); weapons handed over or heavy arms sent back to base,
a retreat ordered (087); a market opened to another's goods (061); negotiators sitting down for
talks (046); an exchange of fire (190); a refusal to join another's measures or to do what one is
pressed to do (12); an act told as given in to pressure ("..., bowing to months of protests": 08);
the one who orders or joins an act is its doer.  And the readings: a
headline's news told before its source ("..., ministry says") is a happening, not a habit
claimed; a clause with a proper name for its subject and no relative word is no relative clause
telling what someone is like; a fight against an abstract foe (trafficking, terrorism) is no
clash."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The information ministry ordered the closure of two opposition newspapers in Conakry.", "COERCE"),
        ("Security agents closed the independent weekly newspaper after it printed the leaked memo.", "COERCE"),
        ("Tax police seized the premises and bank accounts of the opposition party in Baku.", "COERCE"),
        ("The navy raised the combat readiness of its coastal missile batteries after the drone incursion.", "MOBILIZE"),
        ("Militia commanders completed the handover of their rifles and mortars to UN monitors.", "RETREAT"),
        ("The defence ministry ordered its brigades on the frontier to withdraw and sent their tanks back to barracks.", "RETREAT"),
        ("Indonesia opened its market to Philippine bananas under a new trade protocol.", "COOPERATE"),
        ("Negotiators from the two governments sat down in Doha for talks on the border demarcation.", "CONSULT"),
        ("A policeman was wounded in an exchange of fire with smugglers near the border post.", "ASSAULT"),
        ("Ankara said it would not join the European sanctions on the regime despite pressure from its allies.", "REJECT"),
        ("Pretoria said it would not extradite the former general despite repeated requests from Harare.", "REJECT"),
        ("Peru recalls its envoy from Mexico City over remarks by the Mexican president, ministry says", "SANCTION"),
        ("Kenya, Somalia pull troops back from disputed border town, officials say", "RETREAT"),
        ("A tribunal in Arusha convicted two former militia leaders of crimes against humanity.", "ACCUSE"),
        ("Election monitors from the African Union were ordered out of the northern region on Friday.", "SANCTION"),
        ("Village defence volunteers handed back their rifles to the district police on Monday.", "RETREAT"),
        ("The state government called off talks with the striking doctors' association on Wednesday.", "SANCTION"),
        ("The families of the victims extended their forgiveness to the former commander at a ceremony in Gulu.", "SUPPORT"),
        ("A warning of reprisals was issued by the rebel command after the air raid on its positions.", "THREATEN"),
        ("Access to the besieged district was cut off by militia fighters on Sunday, relief workers said.", "COERCE"),
        ("The Russian navy flexed its naval muscle off the Norwegian coast with a flotilla of warships.", "MOBILIZE"),
        ("Brazil gifts two patrol boats to the Angolan navy", "AID"),
        # an act told as given in to pressure is a concession (08), whatever the act
        ("The regulator revoked the quarry's licence on Friday, bowing to months of protests by villagers.", "CONCEDE"),
        ("The junta reopened the border crossing, the interior minister said, yielding to pressure from traders.", "CONCEDE"),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str) -> None:
    events = events_of(text)
    assert events.top_type() == type_, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The bakery closed its website for the holidays.", ("COERCE",)),  # a firm closes its own
        ("The shop closed at six as usual.", ("COERCE",)),
        ("Reporters seized on accounts of waste at the ministry.", ("COERCE",)),  # took up a story
        ("The airline raised its readiness for the holiday rush.", ("MOBILIZE",)),  # no forces
        ("The coach sent the spare balls back to the storeroom.", ("RETREAT",)),
        ("The two sides agreed on an exchange of fire-fighting equipment.", ("ASSAULT",)),
        ("The mayor opened a new covered market in the old town.", ("COOPERATE",)),  # no one's goods let in
        ("Volunteers are fighting extremism in the slums with sports clubs.", ("ASSAULT",)),
        ("The team said it would not join the league's new cup competition.", ("REJECT",)),
        ("The army shelled the hamlet at dawn, giving its residents no time to flee.", ("CONCEDE",)),
        ("The emperor visited the shrine, bowing to the war dead.", ("CONCEDE",)),
        ("Floods cut off three villages in the valley on Sunday.", ("COERCE",)),  # no armed party
        # everyday senses a review found the first rows firing on
        ("Police closed the railway station after a bomb scare.", ("COERCE",)),
        ("The publisher closed the newspaper after eighty years in print.", ("COERCE",)),
        ("The clinic raised its readiness as flu cases climbed, health officers said.", ("MOBILIZE",)),
        ("The school sent the faulty laptop back to the supplier.", ("RETREAT",)),
        ("The Queen called off her visit to the hospital because of illness.", ("SANCTION",)),
        ("The central bank issued a warning of consequences if inflation persists.", ("THREATEN",)),
        ("Police cut off the road for the marathon on Sunday.", ("COERCE",)),
        ("The town opened its Christmas market to the public on Friday.", ("COOPERATE",)),
        ("The family sat down to talk about the summer holiday.", ("CONSULT",)),
        ("She joined the march through town with the brass band.", ("PROTEST",)),
        ("Grandparents gifted a boat to the sailing club.", ("AID",)),
        ("The landlord ordered the agency out of the building.", ("SANCTION",)),
        ("Hackers seized his bank account.", ("COERCE",)),
        ("The bakery issued a warning about a faulty batch of bread.", ("THREATEN",)),
        ("The committee called off the football match because of rain.", ("SANCTION",)),
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()


def test_the_one_who_orders_or_joins_an_act_is_its_doer(events_of):
    events = events_of("The court ordered the shutdown of the opposition's television channel.")
    coerce = events.find("COERCE")
    assert coerce is not None and coerce.actor is not None and coerce.actor.text == "court", events.brief()
    joined = events_of("Nurses joined the strike on Tuesday.")
    protest = joined.find("PROTEST")
    assert protest is not None and protest.actor is not None and protest.actor.text == "Nurses", joined.brief()


@pytest.mark.parametrize("text", [
    "They are guerrillas who ambush army convoys in the hills.",
    "Drivers avoid the villages where the Lord's Resistance Army ambushes convoys.",
    "Drivers fear the roads on which Al-Shabaab ambushes convoys.",
])
def test_a_relative_clause_still_tells_what_people_are_like(events_of, text):
    """The headline reading ("Kenya, Somalia pull troops back") leaves true relative clauses alone."""
    events = events_of(text)
    assert events.find("ASSAULT") is None, events.brief()


@pytest.mark.parametrize("text", [
    "The army failed to retake the town despite pressure from the president.",  # not done, not declined
    "Rebels did not attack the convoy, officials said in calls with reporters.",  # no pressure resisted
    "The government scrapped the fuel levy, bowing to weeks of protests, and police arrested twelve looters.",
])
def test_what_is_not_done_or_done_beside_a_concession_is_no_refusal(events_of, text):
    events = events_of(text)
    assert events.find("REJECT") is None, events.brief()
    if "looters" in text:
        assert events.find("COERCE") is not None and events.find("CONCEDE") is not None, events.brief()


def test_force_used_under_pressure_stays_force(events_of):
    events = events_of("Police fired tear gas at the protesters, bowing to pressure from the interior ministry.")
    assert events.top_type() == "ASSAULT", events.brief()


def test_a_habit_told_before_its_source_in_running_text_is_still_a_habit(events_of):
    events = events_of("The air force strikes only rebel positions, its spokesman says.")
    assert events.find("ASSAULT") is None, events.brief()
