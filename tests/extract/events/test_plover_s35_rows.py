"""Rows of data/triggers.tsv added in session 35 for general CAMEO families the check sets
plover_l and plover_m showed missing on their tuning halves: what a strike or protest pressed for,
given (pay granted or paid, prices capped or cut: 0832); a decision reconsidered or revisited, and
not (08, 12); criticism dismissed, talks stayed away from, a court's jurisdiction not recognised
(12); a truce two parties declare together, a compromise struck, a dispute resolved, an
undertaking given, mediation accepted (03, 04); an examination opened, testimony gathered, a
fact-finding mission set up (09); crews pooled, a cross-border line opened, suspects handed over
(06); a person stoned to death (18, 20); roads blocked, buildings burned and food refused by
protesters, a silent procession, a walkout en masse (14); an envoy given hours to leave or told
to go, a consulate's work suspended, talks walked away from, goods kept from shipping (16); two
coming face to face, an audience, discussions, a visit to see a leader, a hotline call (04);
weapons issued, a force expanded (15); forces' departure (0874); a pitch, a requirement, a duty
put on the one told or bidden in the subjunctive (10); statehood recognised (057); a gesture of
dissent, a harbour sealed off (14); groves wrecked, sites knocked offline, accounts penetrated,
posts ordered removed (17); a vehicle bomb driven in, atrocities unleashed (18); a bill dropped,
a force allowed to deploy, inspectors let in (08); an opponent disqualified from office (172);
aid agencies ordered out (166); a joint zone opened, budgets pooled (06); a trip by an office
holder (042).  And the conditional threat read more widely: a clause
whose subject is anyone or any one of a kind ("any incursion would be met with force"), a
caution, a signal.  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Following a month-long strike by nurses, the health ministry granted a pay rise of 12 percent.", "CONCEDE"),
        ("After teachers boycotted classes for a month, the regional government paid three months of wage arrears.", "CONCEDE"),
        ("Lagos caps bus fares as protests spread to the suburbs", "CONCEDE"),
        ("The ministry said it would not reconsider its decision to close the consulate.", "REJECT"),
        ("Bolivia said it does not recognise the tribunal's jurisdiction over the dispute.", "REJECT"),
        ("Ankara dismissed German criticism of its military operation as hypocritical.", "REJECT"),
        ("The opposition stayed away from the national dialogue convened by the president.", "REJECT"),
        ("Two rival clans declared a truce after talks brokered by elders.", "AGREE"),
        ("Both sides declared a ceasefire on Sunday.", "AGREE"),
        ("Peru and Chile resolved their dispute over fishing rights.", "AGREE"),
        ("The minister gave union leaders an undertaking that no jobs would be cut.", "AGREE"),
        ("The army said it accepted Egyptian mediation to end the fighting.", "AGREE"),
        ("Labour and the Greens struck a compromise on the budget.", "AGREE"),
        ("The commission opened an in-depth examination of the merger.", "ACCUSE"),
        ("A UN panel began collecting testimony from survivors of the flood camp evictions.", "ACCUSE"),
        ("The UN council voted to set up a fact-finding mission on the evictions.", "ACCUSE"),
        ("Malaysia and Thailand pooled their engineering crews to rebuild the bridge.", "COOPERATE"),
        ("Ethiopia and Kenya opened a cross-border power line on Monday.", "COOPERATE"),
        ("Kenya handed three suspected militants over to Somali authorities.", "COOPERATE"),
        ("Nigerian intelligence passed details of a planned raid to Ghanaian officials.", "COOPERATE"),
        ("Villagers stoned a suspected witch to death.", "ASSAULT"),
        ("Protesters blocked access to the finance ministry, insisting the budget be withdrawn.", "PROTEST"),
        ("Mothers of the disappeared marched through the city in a silent procession, demanding answers.", "PROTEST"),
        ("Youths burned cars and attacked a police station for a second night.", "PROTEST"),
        ("Junior doctors quit their hospitals en masse over the new rota.", "PROTEST"),
        ("Prisoners refused meals for a week to demand fair trials.", "PROTEST"),
        ("Ghana gave the Russian ambassador 48 hours to leave, accusing him of meddling.", "SANCTION"),
        ("Kuwait told the Iraqi ambassador to leave within 48 hours.", "SANCTION"),
        ("Finland suspended the operations of its consulate in St Petersburg.", "SANCTION"),
        ("Serbia walked away from the EU-mediated talks on Tuesday.", "SANCTION"),
        ("The government blocked the firm from shipping chips to Chinese customers.", "SANCTION"),
        ("The Serbian and Croatian foreign ministers came face to face in Vienna.", "CONSULT"),
        ("The former president was granted a private audience with the Pope on Saturday.", "CONSULT"),
        ("Norway's special envoy arrived in Caracas for discussions on the peace process.", "CONSULT"),
        ("The EU envoy flew to Pristina to see Kosovo's prime minister.", "CONSULT"),
        ("The two army commanders spoke over their hotline on Tuesday.", "CONSULT"),
        ("The junta began issuing rifles to village militias in the north.", "MOBILIZE"),
        ("Latvia expanded its cyber defence unit with several hundred new reservists.", "MOBILIZE"),
        ("The last Dutch troops completed their departure from the mission area.", "RETREAT"),
        ("The president made a pitch to German firms to build factories in Ghana.", "REQUEST"),
        ("A judge formally required French prosecutors to share their case files.", "REQUEST"),
        ("Kenya insisted that Somali security services pass on all information about the militants.", "REQUEST"),
        ("Belgrade told the authorities in Pristina that they must comply with the accord.", "REQUEST"),
        ("Spain recognises Palestinian statehood in a joint move with two partners", "SUPPORT"),
        ("Students raised their fists as the minister spoke, a gesture of dissent against the junta.", "PROTEST"),
        ("Fishermen used their trawlers to seal off the harbour entrance.", "PROTEST"),
        ("Landowners shut down the access road to the gold mine.", "PROTEST"),
        ("Settlers wrecked olive groves belonging to Palestinian farmers overnight.", "COERCE"),
        ("Militants drove a truck packed with explosives into the gate of the base.", "ASSAULT"),
        ("The militia unleashed a wave of atrocities against civilians in the town.", "ASSAULT"),
        ("Hackers knocked the electoral commission's website offline on Monday.", "COERCE"),
        ("Intruders penetrated email accounts at the foreign ministry.", "COERCE"),
        ("The regulator ordered the removal of thousands of online posts about the fire.", "COERCE"),
        ("Kenya's president dropped his contested finance bill in the face of mounting public anger.", "CONCEDE"),
        ("The electoral court disqualified the opposition leader from holding office for ten years.", "COERCE"),
        ("Ghana and Togo open a joint customs zone on their shared border", "COOPERATE"),
        ("Baltic defence ministries pooled their budgets to buy artillery shells jointly.", "COOPERATE"),
        ("The government allowed an African Union force to deploy in the capital.", "CONCEDE"),
        ("Pyongyang let IAEA inspectors into its reactor site on Monday.", "CONCEDE"),
        ("Eritrea ordered three foreign aid agencies to leave the country.", "SANCTION"),
        ("India's foreign minister landed in Colombo on Friday for a three-day trip.", "CONSULT"),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str) -> None:
    events = events_of(text)
    assert events.top_type() == type_, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The central bank cut interest rates by half a point.", ("CONCEDE",)),  # no pressure named
        ("The company paid its workers a bonus at the end of the year.", ("CONCEDE",)),
        ("The court dismissed the charges against the activists.", ("REJECT",)),  # a legal act, no rebuttal
        ("The rebels declared a ceasefire for the holidays.", ("AGREE",)),  # one side's halt: RETREAT
        ("A fact-finding mission arrived in the capital on Monday.", ("ACCUSE",)),  # none set up
        ("The minister opened a new railway line to the port.", ("COOPERATE",)),  # one party alone
        ("The visiting delegation was met by the mayor at the airport.", ("AGREE", "CONSULT")),
        ("The city expanded its bus network to the suburbs.", ("MOBILIZE",)),  # no armed force
        ("The ministry issued new guidance to schools.", ("MOBILIZE",)),  # no weapons
        ("The law requires firms to publish their accounts.", ("REQUEST",)),  # a rule, no one asking
        ("The minister said that farmers earn too little.", ("REQUEST",)),  # a present fact, no subjunctive
        ("Police blocked the protesters from entering the square.", ("SANCTION",)),  # no goods kept back
        ("The minister drove to the summit in a convoy.", ("ASSAULT",)),  # no explosives
        ("The company wrecked its own chances of a deal.", ("COERCE",)),  # no property
        ("The boxer knocked his rival down in the third round.", ("COERCE",)),  # nothing offline
        ("The company dropped its plan for a new factory.", ("CONCEDE",)),  # a firm's plan
        ("The family went on a trip to the coast.", ("CONSULT",)),  # no office holder
        ("The police ordered the protesters to leave the square.", ("SANCTION",)),  # no envoy or agency
        ("The ministry plans to buy artillery shells from Korea.", ("ASSAULT",)),  # weapons bought, none fired
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The minister cautioned that any incursion into its waters would be met with a firm response.",
        "The rebel commander said any attack on the port would be answered with artillery fire.",
        "The army warned that anyone crossing the line would be shot.",
        "Officials signalled that oil exports to the island could be halted if its leaders kept backing the separatists.",
    ],
)
def test_what_will_befall_whoever_acts_threatens(events_of, text: str) -> None:
    events = events_of(text)
    assert events.top_type() == "THREATEN", events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the economy would grow if exports rose.",  # a thing foretold
        "The mayor said any resident could apply for the new permit.",  # no act on a condition
        "The mayor said any resident of the city would be given a free permit.",  # nothing done in return
        "The ministry said anyone who registers by Friday will be allowed to vote.",
    ],
)
def test_a_forecast_or_an_open_offer_threatens_no_one(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("THREATEN") is None, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("Two software firms resolved their dispute over the patent.", ("AGREE",)),
        ("The landlord gave the tenants an undertaking that the heating would be fixed.", ("AGREE",)),
        ("The two bakeries pooled their delivery vans for the holidays.", ("COOPERATE",)),
        ("The band stayed away from the awards ceremony.", ("REJECT",)),
        ("The chef was granted an audience with the king's cook.", ("CONSULT",)),
        ("The students came face to face with a bear.", ("CONSULT",)),
        ("The nurse spoke over the hotline with a worried parent.", ("CONSULT",)),
        ("The museum expanded its security unit with ten guards.", ("MOBILIZE",)),
        ("The company made a pitch to investors for the new app.", ("REQUEST",)),
        ("The airline required passengers to wear masks.", ("REQUEST",)),
        ("The teacher told the pupils that they must finish their homework.", ("REQUEST",)),
        ("The storm wrecked the orchard overnight.", ("COERCE",)),
    ],
)
def test_everyday_parties_doing_the_same_make_no_political_act(events_of, text: str, not_types: tuple[str, ...]) -> None:
    """Firms, households, clubs and schools resolve disputes, pool vans and tell pupils what they
    must do; storms wreck orchards: the rows above need a party of public life."""
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()
