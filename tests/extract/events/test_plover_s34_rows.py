"""Rows of data/triggers.tsv added in session 34 for general CAMEO families the check set
plover_l showed missing on its tuning half: anyone let out of custody, whoever they are, or
paroled (0841); a wrong owned up to in a clause, or a responsibility acknowledged (08); a
restriction or a rule withdrawn or eased, a body taken off a terrorist list however long its name,
services switched back on (081, 085); forces or launchers concentrated, a war footing, armed men
paraded (150-152); an inquiry's or a court's finding, an official grilled, records scrutinised, a
vote said to be rigged (09, 112); asylum given, warships handed over, people sent to help
another state (07); suspects returned, transferred or received, records sent, joint raids, work
with another party to an end, embassies reopened (06); trade frozen or suspended (163); people
gathering to oppose or denounce (141); forces quitting their positions (0874); a party lobbying or
pressing another for something (02); a party saying what it will do on a condition, or giving
another a deadline to act (13); a party charging that another did something (112); a diplomat
given hours to leave (166); relief funded, paid for, restored or built where a disaster struck,
a deposit placed with a central bank (07); a vow that reports a clause read as what the clause promises or refuses.  And two
general readings of the parse: what a quantity object counts ("tens of thousands of
volunteers") and the object of the verb joined right after an objectless one ("recruited and
trained fighters").  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The authorities released the nine fishermen held since the March raid on the harbour.", "CONCEDE"),
        ("The rebels let go two Red Cross drivers after three weeks in captivity.", "CONCEDE"),
        ("The board paroled 120 inmates convicted of minor drug offences.", "CONCEDE"),
        ("The defence ministry admitted that its pilots had bombed the wrong village.", "CONCEDE"),
        ("The electoral board acknowledged that thousands of ballots had been wrongly counted.", "CONCEDE"),
        ("The state acknowledged its responsibility for the disappearances of the 1970s.", "CONCEDE"),
        ("The governor withdrew the curfew on the coastal districts.", "CONCEDE"),
        ("The prison service relaxed its visiting rules after the hunger strike.", "CONCEDE"),
        ("Canberra removed the Kurdish party's armed wing from its list of terrorist groups.", "CONCEDE"),
        ("The operator switched mobile internet back on in the northern region.", "CONCEDE"),
        ("The army concentrated tanks and infantry near the eastern border last week.", "MOBILIZE"),
        ("Seoul put its frontline divisions on a war footing overnight.", "MOBILIZE"),
        ("The militia paraded hundreds of armed fighters through the market town.", "MOBILIZE"),
        ("The separatists moved rocket launchers closer to the ceasefire line.", "MOBILIZE"),
        ("The commission of inquiry concluded that the ministry had ignored repeated warnings.", "ACCUSE"),
        ("The tribunal found that the state had breached the fishermen's rights.", "ACCUSE"),
        ("Senators grilled the central bank governor over the currency collapse.", "ACCUSE"),
        ("The audit office is scrutinising the port authority's contracts.", "ACCUSE"),
        ("The opposition said the referendum had been rigged.", "ACCUSE"),
        ("Brazil gave asylum to the deposed president.", "AID"),
        ("Ankara handed the Somali navy two patrol corvettes.", "AID"),
        ("Chile sent firefighters and four planes to help Argentina battle the wildfires.", "AID"),
        ("Spain returned the suspect to Morocco, where he faces terrorism charges.", "COOPERATE"),
        ("Belgian police received a fraud suspect from Dubai on Monday.", "COOPERATE"),
        ("The Swiss prosecutor sent bank records to the Malaysian authorities.", "COOPERATE"),
        ("Thai and Lao police staged a joint raid on a drug lab near the river.", "COOPERATE"),
        ("The navy worked with the coast guard to intercept the smugglers' boat.", "COOPERATE"),
        ("Riyadh and Tehran reopened their embassies after seven years.", "COOPERATE"),
        ("Beijing suspended imports of Taiwanese citrus fruit.", "SANCTION"),
        ("Berlin froze arms export permits for the Gulf state.", "SANCTION"),
        ("The junta recruited tens of thousands of volunteers to guard the villages.", "MOBILIZE"),
        ("Hundreds of fishermen gathered at the harbour to oppose the new quotas.", "PROTEST"),
        ("The rebel units quit their positions on the ridge overnight.", "RETREAT"),
        ("Tea growers lobbied the ministry for a higher minimum price.", "REQUEST"),
        ("The transport unions pressed the city for a fare freeze.", "REQUEST"),
        ("The naval detachment sailed back to its home port on Sunday.", "RETREAT"),
        ("The ministry gave the striking nurses until Friday to return to the wards.", "THREATEN"),
        ("The rebels gave the garrison two days to surrender.", "THREATEN"),
        ("Lagos gave the Ghanaian envoy 72 hours to depart.", "SANCTION"),
        ("Baku charged that Armenian units had mined the road to the pass.", "ACCUSE"),
        ("The arbitration court ruled that Caracas was liable for seizing the oil fields.", "ACCUSE"),
        ("The Kenyan president spoke with his Tanzanian counterpart about the border dispute.", "CONSULT"),
        ("Qatar funded the repair of schools damaged by the floods.", "AID"),
        ("Navy engineers restored the power supply of the cyclone-hit island.", "AID"),
        ("Army sappers built two bridges after the floods cut off the valley.", "AID"),
        ("Oman paid for four fuel shipments to Yemen's hospitals.", "AID"),
        ("Abu Dhabi placed a $2 billion deposit with Egypt's central bank.", "AID"),
        ("The mayor cancelled the water tariff increase after a week of complaints.", "CONCEDE"),
        ("The dockers stood down their strike once the port authority raised pay.", "CONCEDE"),
        ("The cabinet finally yielded to the farmers over the land bill.", "CONCEDE"),
        ("The African Union stationed 3,000 peacekeepers along the frontier.", "AID"),
        ("Brazil granted refugee status to the exiled journalist.", "AID"),
        ("Border guards sent dozens of Afghan migrants back across the mountains.", "COERCE"),
        ("The election board disqualified two opposition candidates from the parliamentary race.", "COERCE"),
        ("Armed gangs turned on the displaced families in the camp.", "ASSAULT"),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str) -> None:
    events = events_of(text)
    assert events.find(type_) is not None, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The company let go 300 workers at its car plant.", ("CONCEDE",)),  # a layoff, no custody
        ("The band released its third album on Friday.", ("CONCEDE",)),  # no one held
        ("Police released footage of the prison break.", ("CONCEDE",)),  # what was published
        ("The striker admitted he was tired after the match.", ("CONCEDE",)),  # no wrong owned
        ("She removed the books from the list of set texts.", ("CONCEDE",)),  # no terrorist list
        ("The chef grilled the fish over charcoal.", ("ACCUSE",)),  # no one questioned
        ("The farmers paraded their cattle at the show.", ("MOBILIZE",)),  # no arms
        ("The museum reopened its doors after the renovation.", ("COOPERATE",)),  # no embassy
        ("He worked with children for twenty years.", ("COOPERATE",)),  # no end worked towards
        ("The officers held a joint training exercise on Tuesday.", ("COERCE",)),  # an exercise held, no one
        ("Fans gathered at the stadium to watch the final.", ("PROTEST",)),  # no opposing
        ("She quit her job at the bank in May.", ("RETREAT",)),  # no forces, no ground
        ("He pressed the button for the lift.", ("REQUEST",)),  # a button pressed
        ("The charity gave each family rice for a week.", ("THREATEN",)),  # no deadline to act
        ("The senator acknowledged that some voters were still angry.", ("CONCEDE",)),  # a fact, no wrong owned
        ("The inquiry panel found that the blaze had started in a kitchen.", ("ACCUSE",)),  # no wrong found
        ("The minister spoke with reporters after the vote.", ("CONSULT",)),  # the press, no counterpart
        ("The city funded a new stadium for the club.", ("AID",)),  # no disaster
        ("The council built a ring road around the old town.", ("AID",)),
        ("The students turned on the lights in the hall.", ("ASSAULT",)),  # no armed men
        ("The judges disqualified the sprinter from the final.", ("COERCE",)),  # a race run, no election
        ("The troops stood down after the parade.", ("CONCEDE",)),  # forces stand down, no strike ended
        ("Riot police charged the crowd with batons.", ("ACCUSE",)),  # a baton charge reports no clause
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union said its members would shut the ports unless the pay deal was honoured.",
        "Ankara told Stockholm that it would block the membership bid if the exiled journalists stayed.",
        "The farmers warned they would block the motorway if the import quotas were lifted.",
    ],
)
def test_a_party_saying_what_it_will_do_on_a_condition_threatens(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("THREATEN") is not None, events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The central bank said inflation would ease if fuel prices stayed flat.",  # a thing foretold
        "The minister said the talks would resume in March.",  # no condition
    ],
)
def test_a_forecast_or_a_plain_plan_threatens_no_one(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("THREATEN") is None, events.brief()


def test_a_vow_that_reports_a_refusal_is_the_refusal(events_of) -> None:
    events = events_of("The president vowed that the republic would never cede the islands.")
    assert events.find("REJECT") is not None and events.find("AGREE") is None, events.brief()


