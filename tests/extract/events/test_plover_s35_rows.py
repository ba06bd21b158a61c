"""Rows of data/triggers.tsv added in session 35 for general CAMEO families that the check sets
plover_l, plover_m and plover_n showed missing on their tuning halves, and the readings of the
parse that came with them.  The sentences here were written for these tests, with other actors,
places and wording than the check-set items that showed the gaps.

Families: what a strike or protest pressed for, given (pay granted or paid, prices capped: 0832);
a decision not reconsidered, a court's jurisdiction not recognised, criticism dismissed, talks
stayed away from (12); a truce declared by two sides, a compromise struck, a dispute resolved, an
undertaking given, mediation accepted (03); an examination opened, testimony gathered, a
fact-finding mission set up (09); crews pooled, a line between two states opened, suspects handed
over, intelligence passed (06); a person stoned to death, a vehicle bomb driven in, atrocities
unleashed (18, 20); roads blocked, vehicles burned and food refused by protesters, a silent
procession, a walkout en masse, a gesture of dissent, a harbour sealed off (14); an envoy given
hours to leave or told to go, a consulate's work suspended, talks walked away from, goods kept
from shipping, aid agencies ordered out (16); two ministers face to face, an audience with a
pope, discussions, a visit to see a leader, a hotline call (04); weapons issued, a force expanded
(15); forces' departure (0874); a pitch, a requirement, a duty put on the one told (10);
statehood recognised (054); groves wrecked by settlers, sites knocked offline by hackers, accounts
penetrated, posts ordered removed, an opponent disqualified from office (17); a bill dropped, a
force allowed to deploy, inspectors let in (08).  And the conditional threat read more widely: a
passive clause on any one who does a thing ("any incursion into its waters would be met with
force"), a caution, a signal."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Three weeks into a strike by dock workers, the port authority granted them a wage increase of nine percent.", "CONCEDE"),
        ("Once the bus drivers had boycotted their shifts for ten days, the council paid their overdue wages.", "CONCEDE"),
        ("Amid protests over the cost of living, the cabinet capped the price of cooking gas.", "CONCEDE"),
        ("The foreign ministry said it would not reconsider its decision to expel the attache.", "REJECT"),
        ("Caracas said it does not recognise the arbitration panel's jurisdiction over the oil field.", "REJECT"),
        ("Tehran dismissed the European criticism of its missile programme as interference.", "REJECT"),
        ("The rebel alliance stayed away from the peace conference in Addis Ababa.", "REJECT"),
        ("Two rival militias declared a truce in the port city after elders intervened.", "AGREE"),
        ("Both sides declared a ceasefire on the eve of the holiday.", "AGREE"),
        ("Belize and Honduras resolved their dispute over the Sapodilla Cayes.", "AGREE"),
        ("The prime minister gave the farmers' union an undertaking that subsidies would continue.", "AGREE"),
        ("The junta said it accepted Algerian mediation to end the standoff.", "AGREE"),
        ("The coalition partners struck a compromise on the pension reform.", "AGREE"),
        ("The competition commission opened an examination of the telecom merger.", "ACCUSE"),
        ("A UN panel began collecting testimony from families displaced by the evictions.", "ACCUSE"),
        ("The human rights council voted to set up a fact-finding mission on the evictions.", "ACCUSE"),
        ("Chile and Bolivia pooled their rescue crews to clear the mountain pass.", "COOPERATE"),
        ("Uganda and Tanzania opened a cross-border oil pipeline on Monday.", "COOPERATE"),
        ("Ghana handed two suspected arms traffickers over to Ivorian police.", "COOPERATE"),
        ("Jordanian intelligence passed information on a planned raid to Iraqi officials.", "COOPERATE"),
        ("A crowd stoned an alleged cattle thief to death near the market.", "ASSAULT"),
        ("Insurgents drove a van packed with explosives into the police station wall.", "ASSAULT"),
        ("The paramilitaries unleashed a wave of atrocities on the river villages.", "ASSAULT"),
        ("Demonstrators blocked access to the central bank, insisting the governor resign.", "PROTEST"),
        ("Widows of the missing walked through the capital in a silent procession.", "PROTEST"),
        ("Rioting youths burned buses and attacked a police post overnight.", "PROTEST"),
        ("Hospital cleaners quit their posts en masse over unpaid wages.", "PROTEST"),
        ("Detained activists refused meals for a fortnight to press for a trial date.", "PROTEST"),
        ("Graduates turned their backs on the minister at the ceremony, a gesture of defiance against the regime.", "PROTEST"),
        ("Striking fishermen used their boats to seal off the port entrance.", "PROTEST"),
        ("Peru gave the Venezuelan envoy 72 hours to leave, accusing him of interference.", "SANCTION"),
        ("Bahrain told Iran's top diplomat in Manama to leave within two days.", "SANCTION"),
        ("Estonia suspended the operations of its consulate in Pskov.", "SANCTION"),
        ("The rebels walked away from the Qatar-mediated talks on Friday.", "SANCTION"),
        ("The government blocked the exporter from shipping drones to Russian buyers.", "SANCTION"),
        ("The junta ordered two foreign charities to leave the northern provinces.", "SANCTION"),
        ("The Armenian and Azerbaijani foreign ministers came face to face in Prague.", "CONSULT"),
        ("The Argentine president was granted a private audience with the Pope.", "CONSULT"),
        ("A Swiss envoy arrived in Khartoum for discussions on a humanitarian truce.", "CONSULT"),
        ("The UN envoy flew to Tripoli to see Libya's prime minister.", "CONSULT"),
        ("The Indian and Chinese army commanders spoke over their hotline after the clash.", "CONSULT"),
        ("The army began issuing rifles to village defence groups in the east.", "MOBILIZE"),
        ("Poland expanded its territorial defence army with 8,000 new volunteers.", "MOBILIZE"),
        ("The last Italian troops completed their departure from the airbase.", "RETREAT"),
        ("The prime minister made a pitch to Korean investors to build a chip plant in Penang.", "REQUEST"),
        ("The high court required the police to hand over their logs of the raid.", "REQUEST"),
        ("Ankara told the authorities in Nicosia that they must respect the buffer zone.", "REQUEST"),
        ("Ireland recognises Palestinian statehood in joint move with Norway", "SUPPORT"),
        ("Settlers wrecked crops and farm buildings belonging to Palestinian villagers overnight.", "COERCE"),
        ("Hackers knocked the parliament's website offline in a cyberattack on Tuesday.", "COERCE"),
        ("Foreign intruders penetrated the computer network of the electoral commission.", "COERCE"),
        ("The regulator ordered the removal of posts about the strike from social media platforms.", "COERCE"),
        ("The election court disqualified the former mayor from holding public office for five years.", "COERCE"),
        ("Facing weeks of street protests, the president dropped the proposed land tax bill.", "CONCEDE"),
        ("The government allowed a West African force to deploy along the border.", "CONCEDE"),
        ("Damascus let chemical weapons inspectors into the airbase on Sunday.", "CONCEDE"),
        ("Armenian troops closed the mountain corridor to the enclave on Friday.", "COERCE"),
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
        ("The judge dismissed the complaint against the newspaper.", ("REJECT",)),
        ("The rebels declared a ceasefire for the holidays.", ("AGREE",)),  # one side's halt: RETREAT
        ("The rival faction declared a ceasefire for the holidays.", ("AGREE",)),  # one faction, however rival
        ("A fact-finding mission arrived in the capital on Monday.", ("ACCUSE",)),  # none set up
        ("The minister opened a new railway line to the port.", ("COOPERATE",)),  # one party alone
        ("The convoy was met with gunfire at the checkpoint.", ("AGREE", "CONSULT")),  # what greets one
        ("The city expanded its bus network to the suburbs.", ("MOBILIZE",)),  # no armed force
        ("The software firm expanded its sales force in Asia.", ("MOBILIZE",)),
        ("The ministry issued new guidance to schools.", ("MOBILIZE",)),  # no weapons
        ("The ministry issued gun licences to registered hunters.", ("MOBILIZE",)),
        ("The law requires firms to publish their accounts.", ("REQUEST",)),  # a rule, no one asking
        ("The minister said that farmers earn too little.", ("REQUEST",)),  # a present fact, no subjunctive
        ("The president told reporters that he must travel to Brussels.", ("REQUEST",)),  # his own duty
        ("Police blocked the protesters from entering the square.", ("SANCTION",)),  # no goods kept back
        ("A court blocked the company from selling the drug.", ("SANCTION",)),
        ("A bomb disposal team drove into the village at dawn.", ("ASSAULT",)),  # no vehicle bomb
        ("The report accused both sides of committing atrocities.", ("ASSAULT",)),  # an accusation
        ("The company wrecked its own chances of a deal.", ("COERCE",)),  # no property
        ("Burglars wrecked the house while the owners were away.", ("COERCE",)),
        ("A power outage knocked the bank's website offline.", ("COERCE",)),  # no hackers
        ("The boxer knocked his rival down in the third round.", ("COERCE",)),
        ("The company dropped its plan for a new factory.", ("CONCEDE",)),  # a firm's plan
        ("The police ordered the protesters to leave the square.", ("SANCTION",)),  # no envoy or agency
        ("The ministry plans to buy artillery shells from Korea.", ("ASSAULT",)),  # weapons bought, none fired
        ("Mourners walked in a silent procession behind the coffin.", ("PROTEST",)),  # a funeral
        ("Residents refused food parcels from the charity.", ("PROTEST",)),  # no hunger strike
        ("Shoppers handed the suspected thief over to the police.", ("COOPERATE",)),  # no state's authorities
        ("The minister saw the governor at a football match.", ("CONSULT",)),  # no visit or talks
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "The admiral cautioned that any incursion into its waters would be met with a firm response.",
        "The police chief said anyone joining the outlawed rally would be punished without mercy.",
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
        ("Friends pooled their money together to buy the boat.", ("COOPERATE",)),
        ("The two firms opened a joint office in London.", ("COOPERATE",)),
        ("The band stayed away from the awards ceremony.", ("REJECT",)),
        ("The chef was granted an audience with the king's cook.", ("CONSULT",)),
        ("Two hikers came face to face on a narrow ledge.", ("CONSULT",)),
        ("The nurse spoke over the hotline with a worried parent.", ("CONSULT",)),
        ("The museum expanded its security unit with ten guards.", ("MOBILIZE",)),
        ("The company made a pitch to investors for the new app.", ("REQUEST",)),
        ("The airline required passengers to wear masks.", ("REQUEST",)),
        ("The coach told the players that they must train harder.", ("REQUEST",)),
        ("The storm wrecked the orchard overnight.", ("COERCE",)),
        ("Apple shared details of its new phone with reporters.", ("COOPERATE",)),
    ],
)
def test_everyday_parties_doing_the_same_make_no_political_act(events_of, text: str, not_types: tuple[str, ...]) -> None:
    """Firms, households, clubs and schools resolve disputes, pool vans and tell pupils what they
    must do; storms wreck orchards: the rows above need a party of public life."""
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()
