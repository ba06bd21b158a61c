"""Word classes of the PLOVER families found wanting on sentences written from the PLOVER and CAMEO
definitions (``plover_more.jsonl``, half A; issue 10): each row of ``triggers.tsv`` added for them
codes its type as the sentence's top event, and the construction it must not take keeps its own.

The sentences are written for these tests, in news style; the top event is read as the PLOVER
scorer reads it (any modality)."""

from __future__ import annotations

import pytest

WRITTEN = [
    # ASSAULT: forcing a way into a held place; fired rounds coming down on one
    ("Militants stormed a remote police outpost before dawn.", "ASSAULT"),
    ("Two rockets landed near the governor's compound overnight.", "ASSAULT"),
    # COERCE: a broadcaster taken off air; travel papers taken
    ("The regulator suspended a private television channel over its coverage.", "COERCE"),
    ("Police seized the passports of four activists at the airport.", "COERCE"),
    # MOBILIZE: combat readiness raised, units on standby or activated, fighters enlisted, tanks moved
    ("The navy raised its combat readiness after the incident.", "MOBILIZE"),
    ("The ministry put two infantry brigades on standby.", "MOBILIZE"),
    ("The defence minister ordered the activation of reserve units.", "MOBILIZE"),
    ("The militia enlisted hundreds of new fighters in the hills.", "MOBILIZE"),
    ("The general moved two armoured brigades toward the frontier.", "MOBILIZE"),
    # RETREAT: forces pulled apart or cut, weapons given up
    ("The two armies began disengaging from the ridge on Tuesday.", "RETREAT"),
    ("The disengagement of forces along the river was completed.", "RETREAT"),
    ("The rebels gave up their weapons at a camp near the border.", "RETREAT"),
    ("The militiamen gave up their rifles in exchange for a pardon.", "RETREAT"),
    ("Britain reduced its troops in the Gulf states by half.", "RETREAT"),
    # REQUEST: a plea for something
    ("The island's governor issued a plea for emergency supplies.", "REQUEST"),
    # SUPPORT: recognition as a state, a blessing, a confidence vote, speaking in favour
    ("Two Pacific nations recognized the breakaway territory as a state.", "SUPPORT"),
    ("The elders gave their blessing to the new council.", "SUPPORT"),
    ("The cabinet won a confidence vote by a narrow margin.", "SUPPORT"),
    ("The senator spoke in favor of the new tax law.", "SUPPORT"),
    # CONCEDE: a bill withdrawn, a levy or a hike dropped, rights restored
    ("The president withdrew the disputed bill after a week of criticism.", "CONCEDE"),
    ("The government scrapped a planned fuel tax.", "CONCEDE"),
    ("The ministry reversed a fee hike for public universities.", "CONCEDE"),
    ("The junta restored freedom of assembly in the capital.", "CONCEDE"),
    # CONSULT: talks by video
    ("The two leaders held a video call on Tuesday.", "CONSULT"),
    # AID: relief workers sent, relief convoys
    ("The province sent 40 firefighters to the neighbouring state.", "AID"),
    ("An aid convoy reached the besieged town on Sunday.", "AID"),
    # what the new rows must leave alone: a crowd storming in is a protest, readiness to talk an
    # offer, "in exchange for" no swap, roads blocked no censorship
    ("Protesters stormed the airport terminal on Friday.", "PROTEST"),
    ("The rebels expressed their readiness to resume talks.", "AGREE"),
    ("Miners blocked access roads to the smelter.", "PROTEST"),
]

#: verb families of the PLOVER types that had no row (written from the CAMEO verb lists, not from
#: any missed sentence)
FAMILIES = [
    ("The foundation bankrolled three field hospitals in the war zone.", "AID"),
    ("The agency handed out food parcels to displaced families.", "AID"),
    ("The two police forces teamed up to break the trafficking network.", "COOPERATE"),
    ("The neighbours joined forces to fight cross-border smuggling.", "COOPERATE"),
    ("The two agencies partnered on a study of river pollution.", "COOPERATE"),
    ("Border guards of both states carried out a coordinated sweep.", "COOPERATE"),
    ("The minister championed the accession bid of the small republic.", "SUPPORT"),
    ("The bloc sided with the island nation in its fishing dispute.", "SUPPORT"),
    ("The ministry waived the fines imposed on the protesters.", "CONCEDE"),
    ("The junta permitted international observers to monitor the vote.", "CONCEDE"),
    ("The rival factions concluded a power-sharing pact.", "AGREE"),
    ("The army drafted thousands of young men into service.", "MOBILIZE"),
    ("Fighter jets were scrambled to intercept the aircraft.", "MOBILIZE"),
    ("Naval vessels were dispatched to the disputed waters.", "MOBILIZE"),
    ("The armed group decommissioned its weapons under international supervision.", "RETREAT"),
    ("Separatists handed back two captured villages.", "RETREAT"),
    ("The junta menaced the neighbouring state with war.", "THREATEN"),
    ("The ministry decried the sentencing of the activists.", "ACCUSE"),
    ("The watchdog faulted the police for the deaths.", "ACCUSE"),
    ("The minister castigated the opposition for its boycott.", "ACCUSE"),
    ("The mediator shuttled between the two capitals.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_"), WRITTEN + FAMILIES)
def test_written_definitions_code_their_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


#: a construction that is no event of the type the word alone would give: "in exchange for" names no
#: swap, a combat readiness no offer, access roads blocked no censorship
NOT_OF_TYPE = [
    ("The gunmen freed two hostages in exchange for food supplies.", "AGREE"),
    ("Both armies raised their combat readiness on Monday.", "AGREE"),
    ("Miners blocked access roads to the smelter.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_constructions_that_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()
