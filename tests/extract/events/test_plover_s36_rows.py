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
        ("The information ministry ordered the closure of two opposition radio stations in Conakry.", "COERCE"),
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
        ("Forgiveness was extended by the victims' families to the former commander at a ceremony in Gulu.", "SUPPORT"),
        ("A warning of reprisals was issued by the rebel command after the air raid on its positions.", "THREATEN"),
        ("Access to the besieged district was cut off by militia fighters on Sunday, relief workers said.", "COERCE"),
        ("The Russian navy flexed its naval muscle off the Norwegian coast with a flotilla of warships.", "MOBILIZE"),
        ("India gifts two patrol vessels to the Mozambican navy", "AID"),
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
        ("Volunteers are fighting drug trafficking in the slums with sports clubs.", ("ASSAULT",)),
        ("The team said it would not join the league's new cup competition.", ("REJECT",)),
        ("The army shelled the hamlet at dawn, giving its residents no time to flee.", ("CONCEDE",)),
        ("Floods cut off three villages in the valley on Sunday.", ("COERCE",)),  # no armed party
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


def test_a_relative_clause_still_tells_what_people_are_like(events_of):
    """The headline reading ("Kenya, Somalia pull troops back") leaves true relative clauses alone."""
    events = events_of("They are guerrillas who ambush army convoys in the hills.")
    assert events.find("ASSAULT") is None, events.brief()
