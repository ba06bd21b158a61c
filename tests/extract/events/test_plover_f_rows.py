"""Rows of events v54 (branch plover14; those of v57, branch plover15, at the end): a measure thrown
out or blocked is rejected, a decision or
restriction reversed is conceded, troops evacuated from a place retreat, a civic body dissolved
is coerced, a diplomat ordered to leave is expelled, a field hospital opened, money
for rebuilding or the displaced and relief sent by the tonne are aid, ground given up retreats, support
thrown behind or reaffirmed is support, a veto lifted is conceded, a shutdown observed a protest,
officials convened consult, approval voiced is support, relief applied for is a request,
leaders gathered consult, intelligence shared and forces of two states training together cooperate; the other
senses stay what they were.  Sentences written for these tests, in news style; the top event read as the
PLOVER scorer reads it (any modality)."""

from __future__ import annotations

import pytest

ROWS = [
    # 12 reject: a measure or a joint text voted out or blocked
    ("The upper house threw out the amendment on the mining levy.", "REJECT"),
    ("Two member states blocked a joint statement on the election in Caracas.", "REJECT"),
    # 08 yield: a decision or restriction reversed
    ("The transport minister reversed the ban on motorbike taxis in the capital.", "CONCEDE"),
    ("After a week of outcry the cabinet reversed its decision to close rural clinics.", "CONCEDE"),
    # 087 de-escalate militarily: forces taken out of a place
    # 17 proscribe: a civic body dissolved; 1663 expel: a diplomat ordered out
    ("The military council dissolved the teachers' association in the capital.", "COERCE"),
    ("Oslo ordered a Chinese embassy attache to leave the country by Friday.", "SANCTION"),
    # 07 provide aid: a field hospital or shelter opened for those in need
    ("The Jordanian army opened a second field hospital near the camps of displaced families.", "AID"),
    # 07 provide aid: money for rebuilding or relief, goods sent by the tonne as relief
    ("The Kuwaiti fund financed the rebuilding of two schools in Mosul.", "AID"),
    ("Denmark earmarked 30 million kroner for displaced families in Burkina Faso.", "AID"),
    ("The bank approved a disbursement of $400 million to Ghana.", "AID"),
    ("Ankara sent 300 tonnes of emergency food to the flooded provinces of Libya.", "AID"),
    # 0356 / 087: ground given up; 1663 an envoy recalled
    ("The militia gave up its last stronghold in the hills after the talks.", "RETREAT"),
    ("Malawi recalled its high commissioner from Lusaka over the border row.", "SANCTION"),
    # 05 express support; 08 yield: a veto lifted; 14 a shutdown observed
    ("The farmers' federation threw its support behind the trade minister.", "SUPPORT"),
    ("Tokyo reaffirmed its commitment to the security of the islands.", "SUPPORT"),
    ("Budapest lifted its veto on the new aid package for Kyiv.", "CONCEDE"),
    ("Traders in the old city observed a shutdown against the new tax.", "PROTEST"),
    # 04 consult: officials convened; 05 approval voiced; 02 appeal: applied for relief
    ("Foreign ministers of the Arab League convened in Cairo on Sunday.", "CONSULT"),
    ("The bishops voiced approval of the new electoral law.", "SUPPORT"),
    ("Ethiopia applied for relief on its bond payments.", "REQUEST"),
    # 04 leaders gathered; 062 military cooperation: intelligence shared, forces of two states training
    ("Gulf foreign ministers gathered in Muscat on Sunday.", "CONSULT"),
    ("Seoul and Tokyo restored intelligence sharing after a two-year freeze.", "COOPERATE"),
    ("Polish and Lithuanian paratroopers trained together near the Suwalki gap.", "COOPERATE"),
    ("The government evacuated its soldiers from the embassy compound in Khartoum.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), ROWS)
def test_each_row_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


NOT_OF_TYPE = [
    # the wounded carried away from the front are cared for, not withdrawn
    ("Medics evacuated injured soldiers from the front line to a hospital in the city.", "RETREAT"),
    # a car blocking a lane is no political act
    # a hospital opened by a mayor is no aid, and opening a crossing is still ground given up
    ("The mayor opened a new children's hospital in the suburbs.", "AID"),
    # oil sent by the barrel is trade, money set aside for dividends no aid
    ("Moscow sent two million barrels of crude to Indian refiners last month.", "AID"),
    ("The board earmarked half of the profits for dividends.", "AID"),
    # a minute of silence kept is no strike
    ("Fans observed a minute of silence before the match.", "PROTEST"),
    # a court sitting is no meeting of parties
    ("The high court convened on Tuesday to hear the appeal.", "CONSULT"),
    # a crowd gathering is no meeting of officials, police training recruits no cooperation
    ("Hundreds of fans gathered outside the stadium before the final.", "CONSULT"),
    ("The police trained new recruits in crowd control.", "COOPERATE"),
    ("The car blocked a lane of the motorway for an hour.", "REJECT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()


@pytest.mark.parametrize("text", [
    "Authorities released the opposition leader from house arrest on Friday.",
    "The blogger was freed from detention after a year.",
])
def test_a_holding_left_is_no_new_arrest(events_of, text):
    # "from" names the state left ("held_prep" in word_classes.tsv), as "in custody" names one held:
    # the release is the event, not an arrest
    found = events_of(text)
    assert found.of_type("CONCEDE"), found.brief()
    assert not found.of_type("COERCE"), found.brief()


# Rows of events v57 (branch plover15): a party let in, out or back by a state eases its hold
# (CAMEO 08 yield), accounts and funds frozen are sanctions (163), people branded traitors or
# spies are accused (112), hands shaken on a deal seal it (057), people carried off or snatched by
# armed men are abducted (181), protesters setting fire to buildings riot (145), a joint task force
# is cooperation (06); the other senses stay what they were.  Sentences written for these tests.
V57_ROWS = [
    ("Minsk let a delegation of OSCE observers enter the country on Monday.", "CONCEDE"),
    ("Hanoi allowed the jailed blogger to travel abroad for medical treatment.", "CONCEDE"),
    ("The finance ministry froze the bank accounts of four militia commanders.", "SANCTION"),
    # 112 accuse: people branded or labelled traitors or spies; 057 hands shaken on a deal
    ("The interior minister branded the striking miners traitors.", "ACCUSE"),
    ("State television labelled the exiled editor a foreign spy.", "ACCUSE"),
    ("Union leaders and the transport ministry shook hands on a deal ending the strike.", "AGREE"),
    # 181 abduct: people carried off or snatched by armed men
    ("Gunmen carried off 14 villagers in a dawn raid on Zurmi.", "ASSAULT"),
    ("Militants snatched two aid workers near the border.", "ASSAULT"),
    # 145 riot: protesters or rioters setting fire to buildings
    ("Protesters set fire to the ruling party's offices in Dhaka.", "PROTEST"),
    ("Rioters set ablaze two banks in the city centre.", "PROTEST"),
    ("Gunmen set fire to a church in the village.", "ASSAULT"),
    # 06 material cooperation: a task force two states set up together
    ("Uganda and Tanzania formed a joint task force to fight cattle rustling.", "COOPERATE"),
]

V57_OTHER_SENSES = [
    # a player let back onto the field is no concession
    ("The referee let the injured player return to the match after treatment.", "CONCEDE"),
    # goods branded by a firm accuse no one; hands shaken in greeting seal nothing
    ("The company branded its new phone a game changer.", "ACCUSE"),
    ("The two presidents shook hands at the airport before the talks.", "AGREE"),
    # a flood carrying off houses, a thief snatching a bag: no abduction
    ("The flood carried off three houses in the valley.", "ASSAULT"),
    ("A thief snatched a woman's handbag at the market.", "ASSAULT"),
    # a team that wins a match, a border two states share: no cooperation
    ("The team won the match in extra time.", "COOPERATE"),
    ("The two countries share a long border.", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "type_"), V57_ROWS)
def test_v57_rows_code_their_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


@pytest.mark.parametrize(("text", "type_"), V57_OTHER_SENSES)
def test_v57_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()


def test_seeking_a_return_is_a_request(events_of):
    # CAMEO 02: seeking someone's or something's return asks it of another party
    found = events_of("Kabul sought the return of two helicopters flown to Tajikistan.")
    top = found.top(asserted_only=False)
    assert top is not None and top.type == "REQUEST", found.brief()
