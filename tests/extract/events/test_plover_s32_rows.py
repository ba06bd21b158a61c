"""Rows of data/triggers.tsv added in session 32 for general CAMEO families the check sets
plover_l / plover_m showed missing on their tuning halves: funding paused and missions
downgraded (CAMEO 161-162), buildings torn down or flattened by order (1712), forces placed on
alert and paraded (150-152), operations scaled back (087), consequences held out (13), permits
revoked (172), sums of money given or sought (07, 0231), forces ordered, flown or bused into a
place (15), roads shut by a crowd (14), officials reinstated and groups taken off a terrorist list
(08), rockets slamming into a place (18), charges brought, courts and warrants sought (11),
a crowd charged by police (18), broadcasters taken off the air, apps blocked and offices sealed
off (17), crowds on the rampage and general stoppages (14), rescuers arriving where a disaster struck,
financing approved and shelter given (07), a warning of what a thing will do (012, no threat),
a cause blamed for a mishap (no party accused), fighting suspended or halted (0871), captured
soldiers handed over (0841), an NGO expelled (166); and the arm a unit of armed forces is named by ("the air force").  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Two Nordic donors paused funding for the refugee agency on Friday.", "SANCTION", None),
        ("Nairobi downgraded its embassy in the neighbouring capital to a liaison office.", "SANCTION", None),
        ("Municipal crews tore down a mosque and a dozen shops in the old quarter on Tuesday.", "COERCE", "destroy"),
        ("Officials flattened the homes of the men accused of the attack.", "COERCE", "destroy"),
        ("Border units were placed on heightened alert after the shooting.", "MOBILIZE", "troops"),
        ("The army scaled back its bombardment of the valley on Sunday, the ministry said.", "RETREAT", None),
        ("Ankara scaled back its military operations in the mountains on Monday.", "RETREAT", None),
        ("The regulator revoked the broadcasting permit of an opposition radio station.", "COERCE", "restrict"),
        ("Oslo gave $15 million to the UN children's fund for its work in the camps.", "AID", None),
        ("The agency sought $250 million to feed families displaced by the floods.", "REQUEST", None),
        ("The air force targeted militant hideouts in the hills on Saturday.", "ASSAULT", "aerial"),
        ("A convoy was hit by the air force near the border, officials said.", "ASSAULT", "aerial"),
        ("The president ordered soldiers into the streets of the port city on Friday.", "MOBILIZE", "troops"),
        ("The interior ministry bused riot police into the square before dawn.", "MOBILIZE", "troops"),
        ("The government flew commandos to the besieged garrison town.", "MOBILIZE", "troops"),
        ("The northern command placed its artillery units on a war footing.", "MOBILIZE", "troops"),
        ("Villagers shut the highway to the mine for a third day.", "PROTEST", "obstruct"),
        ("The court reinstated two mayors removed by the governor.", "CONCEDE", None),
        ("London removed the movement from its list of terrorist groups on Monday.", "CONCEDE", None),
        ("The interior ministry blamed separatist rebels for the bombing of the railway.", "ACCUSE", "allege"),
        ("The insurgents suspended hostilities for ten days to let relief convoys through.", "RETREAT", None),
        ("The army halted its offensive on the northern front on Monday.", "RETREAT", None),
        ("The insurgents handed over six captured policemen to the Red Crescent.", "CONCEDE", None),
        ("The ministry expelled a foreign NGO, accusing it of spying.", "SANCTION", None),
        # talks that "yielded" little are still talks held: no market report
        ("Envoys held talks on the border dispute in Geneva on Monday, but they yielded little.", "CONSULT", None),
        ("Two mortar rounds slammed into the compound of the provincial council.", "ASSAULT", "heavy-weapons"),
        ("A drone slammed into a fuel depot outside the city overnight.", "ASSAULT", "drone"),
        ("Prosecutors charged the former police chief over the killings of the marchers.", "ACCUSE", "allege"),
        ("The union took the transport ministry to court over the dismissals.", "ACCUSE", "sue"),
        ("The prosecutor sought arrest warrants for three rebel commanders.", "ACCUSE", "allege"),
        ("Police charged the crowd as it neared the palace gates.", "ASSAULT", "crowd-control"),
        ("The media regulator took an independent television station off the air on Sunday.", "COERCE", "censor"),
        ("The ministry ordered two opposition radio stations off the air.", "COERCE", "censor"),
        ("Police sealed off the headquarters of the opposition party before the vote.", "COERCE", "restrict"),
        ("The government blocked three messaging apps during the protests.", "COERCE", "censor"),
        ("Hundreds of youths rampaged through the market after the verdict.", "PROTEST", "riot"),
        ("A nationwide stoppage paralysed the port city on Monday, closing banks and schools.", "PROTEST", "strike"),
        ("Turkish rescue teams arrived in the quake-hit province to search for survivors.", "AID", None),
        ("The lender's board approved a financing package of $1.2 billion for the island.", "AID", None),
        ("The kingdom gave shelter to 5,000 families fleeing the fighting across the border.", "AID", None),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str, mode: str | None) -> None:
    events = events_of(text)
    found = events.find(type_)
    assert found is not None, events.brief()
    assert mode is None or found.mode == mode


@pytest.mark.parametrize(("text", "threat"), [
    # what a thing or people at large will do: a pessimistic comment (CAMEO 012), no threat
    ("Relief agencies warned that a million people could go hungry by the spring.", False),
    ("The finance ministry warned that the shilling could lose more ground.", False),
    ("Aid groups warned that the violence might reach camps in the south.", False),
    # a party named as what the warning is about, or done to, keeps it a threat
    ("The foreign minister warned that Tirana would regret hosting the exiles.", True),
    # the speaker's own act, its forces', or a warning put to an addressee: a threat
    ("The rebel command warned that it would shell the airport if flights resumed.", True),
    ("The interior minister warned that riot police would clear the square by dawn.", True),
    ("The governor warned the strikers that they would lose their jobs.", True),
])
def test_a_warning_is_a_threat_only_of_someones_act(events_of, text: str, threat: bool) -> None:
    events = events_of(text)
    assert (events.find("THREATEN") is not None) == threat, events.brief()


def test_consequences_held_out_are_a_threat(events_of) -> None:
    events = events_of("The foreign minister said the island would face consequences if it hosted the drills.")
    assert events.find("THREATEN") is not None, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("Protesters tore down a statue of the former king.", ("COERCE",)),  # the crowd's vandalism: a protest
        ("Air strikes flattened dozens of homes in the town.", ("COERCE",)),  # a strike from the air: an attack
        ("Health officials said the new measures had flattened the curve.", ("COERCE", "ASSAULT")),
        ("Air India hit a record profit this year.", ("ASSAULT",)),  # a carrier's name, no unit of armed forces
        ("The airline paused flights to the island during the storm.", ("SANCTION",)),  # a carrier's own service
        ("The airline flew 300 stranded passengers home.", ("MOBILIZE",)),  # no forces flown
        ("The judge ordered police to release the two students.", ("MOBILIZE",)),  # an order to act: a demand
        ("The striker was removed from the list of starters.", ("CONCEDE",)),  # no list of terrorist groups
        ("The minister slammed the ruling as a betrayal of voters.", ("ASSAULT",)),  # words, not a strike
        ("A delivery van crashed into a shop front on the high street.", ("ASSAULT",)),  # an accident
        ("Police charged twelve protesters with rioting on Tuesday.", ("ASSAULT",)),  # charged with an offence
        ("Two fighter jets took off from the air base at dawn.", ("COERCE",)),  # no broadcaster off the air
        ("A small plane slammed into a house after the crash of its engine.", ("ASSAULT",)),  # an accident
        ("Wounded soldiers were flown to the military hospital in the capital.", ("MOBILIZE",)),  # no deployment
        ("Police stopped an attack on the embassy late on Friday.", ("RETREAT",)),  # an attack foiled, no truce
        ("A bull elephant rampaged through the village fields at night.", ("PROTEST",)),  # no crowd
        ("Play resumed after a long stoppage for an injury.", ("PROTEST",)),  # a stoppage in play
        ("The candidate has given $4 million of his own money to his campaign.", ("AID",)),  # no aid
        ("The national team arrived in the capital for the final on Sunday.", ("AID",)),  # no disaster struck
        # a cause blamed for a loss or a mishap is no party accused
        ("The carmaker blamed a shortage of chips for the fall in output.", ("ACCUSE",)),
        ("The operator blamed a signalling fault for the delays on the line.", ("ACCUSE",)),
        # talks a market report names as what investors bet on are its background
        ("Regional shares climbed as investors bet on progress in trade talks between the two powers.", ("CONSULT",)),
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()
