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
put on the one told or bidden in the subjunctive (10).  And the conditional threat read more widely: a clause
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
