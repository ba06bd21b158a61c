"""CAMEO verb families, code by code (issue 10, events v32): the verbs, nominalisations and light-verb
constructions the CAMEO codebook lists under a code, missing from ``triggers.tsv`` before, code the
code's PLOVER type as the sentence's top event; their other senses stay no event of that type.

The sentences are written for these tests, in news style; the top event is read as the PLOVER
scorer reads it (any modality)."""

from __future__ import annotations

import pytest

CAMEO = [
    # 190 fight with small arms; 1811 hijack; 195 aerial weapons
    ("A firefight broke out between rival militias near the airport road.", "ASSAULT"),
    ("Border guards of the two countries exchanged fire across the river overnight.", "ASSAULT"),
    ("Pirates hijacked an oil tanker off the coast of Benin.", "ASSAULT"),
    ("Jet fighters strafed a convoy of pickup trucks in the desert.", "ASSAULT"),
    # 1711 confiscate property; 17 proscribe, persecute
    ("The regime expropriated farms owned by white settlers.", "COERCE"),
    ("The interior ministry proscribed three Islamist parties.", "COERCE"),
    ("Customs officers impounded a ship carrying weapons for the rebels.", "COERCE"),
    ("Activists say the authorities continue to persecute Baha'is.", "COERCE"),
    # 15 exhibit force posture: forces amassed or rushed, a build-up
    ("Moscow amassed tanks and infantry units near the frontier.", "MOBILIZE"),
    ("The government rushed troops to the besieged town.", "MOBILIZE"),
    ("Satellite photos show a military buildup near the border.", "MOBILIZE"),
    # 087 de-escalate militarily, 0873 surrender
    ("NATO allies began drawing down troops from the mission.", "RETREAT"),
    ("The rebel garrison capitulated after a four-month siege.", "RETREAT"),
    ("The peacekeeping troops left the province on Sunday.", "RETREAT"),
    # 02 appeal: applying to join, soliciting
    ("Ukraine formally applied to join the European Union.", "REQUEST"),
    ("The president solicited help from neighbouring states to fight the insurgency.", "REQUEST"),
    # 111 criticize or denounce; 112 accuse (prosecute)
    ("Parliament censured the foreign minister over the visa scandal.", "ACCUSE"),
    ("The opposition leader lambasted the government's handling of the economy.", "ACCUSE"),
    ("The prime minister hit out at critics of the housing plan.", "ACCUSE"),
    ("State attorneys prosecuted the former mayor for bribery.", "ACCUSE"),
    # 12 reject
    ("The government disavowed the deal signed by its envoy.", "REJECT"),
    # 16 reduce relations
    ("Brussels curtailed development aid to the junta.", "SANCTION"),
    # 057 sign formal agreement; 03 settlement reached
    ("The farmers and the ministry reached a settlement after a week of bargaining.", "AGREE"),
    ("The warring factions declared a cessation of hostilities.", "AGREE"),
    # 04 consult
    ("The government opened a dialogue with the armed groups.", "CONSULT"),
    ("The two leaders held discussions on trade.", "CONSULT"),
    # 051 praise or endorse; 054 recognition
    ("Baltic states stand with Kyiv, their foreign ministers said.", "SUPPORT"),
    ("The regional bloc lent its support to the transitional government.", "SUPPORT"),
    ("The recognition of the new state by twelve countries came swiftly.", "SUPPORT"),
    # 08 yield: backtracking, abdication, clemency, a mistake admitted, service restored
    ("The government backtracked on plans to raise the retirement age.", "CONCEDE"),
    ("The ageing monarch abdicated in favour of his son.", "CONCEDE"),
    ("The governor granted clemency to the condemned prisoner.", "CONCEDE"),
    ("The ministry admitted mistakes in its response to the floods.", "CONCEDE"),
    ("Authorities restored mobile internet in the province.", "CONCEDE"),
    # 06 material cooperation
    ("Police in both countries pooled resources to track the gang.", "COOPERATE"),
    # 07 provide aid: given; 0742 training; 075 shelter; 071 a loan approved; 033 aid pledged is
    # an intent, which PLOVER codes AGREE
    ("Germany gave tents and blankets to the flood-hit provinces.", "AID"),
    ("Tokyo pledged emergency assistance to the quake victims.", "AGREE"),
    ("Canadian officers trained Ukrainian soldiers in western Poland.", "AID"),
    ("The town has sheltered thousands of refugees since the war began.", "AID"),
    ("The World Bank approved a loan to rebuild schools in Pakistan.", "AID"),
    # 14 protest: agitation (South Asian English for a protest campaign)
    ("Sugarcane growers launched an agitation over unpaid dues.", "PROTEST"),
    ("Teachers have been agitating for higher pay for months.", "PROTEST"),
    # 18-19: ships sunk, a person poisoned
    ("A naval mine sank a cargo ship off the coast.", "ASSAULT"),
    ("Investigators said agents had poisoned the exiled opposition leader.", "ASSAULT"),
    # 172 administrative sanctions: barred, forbidden, stripped of citizenship; villages pillaged
    ("The court barred the former president from running for office.", "COERCE"),
    ("The new decree forbids public gatherings of more than five people.", "COERCE"),
    ("The regime stripped the dissident poet of his citizenship.", "COERCE"),
    ("Soldiers pillaged villages as they advanced through the valley.", "COERCE"),
    # 0873 retreat: armed men moving out of or leaving held ground
    ("The militia moved out of the town after the army's ultimatum.", "RETREAT"),
    ("The insurgents left the district after two years of occupation.", "RETREAT"),
    # 021 appeal for material cooperation
    ("Zambia sought a bailout loan from the IMF last year.", "REQUEST"),
    # 161 reduce or stop aid, 163 embargo: trade halted, aid frozen; 081 eased: funds unfrozen
    ("Beijing halted imports of Australian barley.", "SANCTION"),
    ("The donors froze aid to the interim government after the coup.", "SANCTION"),
    ("Washington unfroze six billion dollars of Iranian funds.", "CONCEDE"),
    # 033 intent to provide aid: money pledged is a commitment (AGREE), money donated is aid
    ("Sweden pledged 50 million dollars to rebuild clinics in Somalia.", "AGREE"),
    ("Norway donated 20 million crowns to the relief fund.", "AID"),
    # 152 alert status: heavy formations moved or stationed; 154 reservists recalled
    ("The navy positioned a destroyer near the strait.", "MOBILIZE"),
    ("The command rushed a tank division to the eastern front.", "MOBILIZE"),
    ("The navy stationed two submarines off the disputed islands.", "MOBILIZE"),
    ("The defence ministry recalled reservists to their units.", "MOBILIZE"),
    # 111 criticize: chastise; flay (Indian English headlines)
    ("The prime minister chastised his own ministers for leaking documents.", "ACCUSE"),
    ("Opposition flays government over rising onion prices", "ACCUSE"),
    # 036 intent to meet: an invitation extended
    ("The president extended an invitation to his Kenyan counterpart.", "CONSULT"),
    # 083 accede to demands for reform: autonomy granted, concessions made
    ("Madrid granted wider autonomy to the northern region.", "CONCEDE"),
    ("The regime made concessions to the striking miners.", "CONCEDE"),
    # nominal forms: beheading, lynching (18); demolition, internment (17); an aid freeze (161);
    # congratulations sent (051); the easing of a restriction, a suspension lifted (081)
    ("The beheading of two aid workers was filmed by the militants.", "ASSAULT"),
    ("The lynching of a cattle trader sparked outrage across the state.", "ASSAULT"),
    ("The demolition of Palestinian homes in the valley continued on Tuesday.", "COERCE"),
    ("The internment of ethnic minorities in camps drew global attention.", "COERCE"),
    ("The aid freeze has left hospitals short of drugs.", "SANCTION"),
    ("The king sent congratulations to the newly elected president.", "SUPPORT"),
    ("The easing of restrictions on fuel imports began on Monday.", "CONCEDE"),
    ("The regulator lifted the suspension of the newspaper.", "CONCEDE"),
    # 02 encouraged to act; 073 migrants rescued
    ("The envoy encouraged both sides to return to the table.", "REQUEST"),
    ("The coast guard rescued 120 migrants from a sinking dinghy.", "AID"),
    # 112 accuse: pointing the finger; 12 reject: a tally disputed; 073 the wounded treated
    ("The finance minister pointed the finger at the central bank for the crisis.", "ACCUSE"),
    ("The opposition disputed the official tally from the northern provinces.", "REJECT"),
    ("Army medics treated the wounded at a field hospital near the quake zone.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), CAMEO)
def test_each_cameo_family_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


#: the other senses: a health warning threatens no one, a resolve not to relent yields nothing, a
#: genealogy project is no cooperation between political parties; support received in a poll is no
#: aid (and aid received is told by its receiver, not its giver)
NOT_OF_TYPE = [
    ("The health agency issued a summer warning about raw oysters from the bay.", "THREATEN"),
    ("The minister said the army would not relent in its hunt for the kidnappers.", "CONCEDE"),
    ("The exhibition is a collaboration between two local history clubs.", "COOPERATE"),
    ("The rebels will never stand by and watch their villages burn.", "SUPPORT"),
    ("Heavy snow barred the road from the valley for a week.", "COERCE"),
    ("The soldiers left for the front on Monday morning.", "RETREAT"),
    ("Candidate Lee received 41 percent support in the latest poll.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()


@pytest.mark.parametrize("text", [
    "The lifting of the night curfew in the port city was welcomed by traders.",
    "Ministers approved the easing of the lockdown in the northern districts.",
    "The lifting of the arms embargo took effect at midnight.",
])
def test_a_restriction_an_act_noun_ends_is_no_new_restriction(events_of, text):
    # the "of" object of a noun of ending ("the lifting of the curfew") is in force already, as the
    # object of the verb is ("lifted the curfew"): the ending is the event
    found = events_of(text)
    assert found.of_type("CONCEDE") or found.of_type("SANCTION") or found.of_type("RETREAT"), found.brief()
    assert not [e for e in found.of_type("COERCE") if e.mode in ("curfew", "restrict", "ban")], found.brief()
    assert not [e for e in found.of_type("SANCTION") if e.trigger.text == "embargo"], found.brief()
