"""Rows of data/triggers.tsv added in session 33 for general CAMEO families the check sets
plover_l / plover_m showed missing on their tuning halves: suspects handed to another state and
records passed or swapped (CAMEO 063-064), joint drills whose "joint" the parse hangs on a
compound before the noun (06), orphans sheltered and medics landing where an epidemic struck
(073), and laws, decrees, rules and levies repealed, rescinded, revoked, scrapped or withdrawn,
deportations halted (081, 0832); guns moved back from a line, units marching out or flying home,
soldiers sent back to barracks (087, 0874); suits and claims filed against a party (115), a party
found liable (116), abuses looked into by an inquiring body or documented (09), displeasure
registered (11); mediation insisted on and votes canvassed for (10, 02); goods shipped by the
tonne where a disaster struck (073), drivers stopping work (143), cases opened against a party and
referrals for prosecution (112, 115).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Nairobi handed three suspects over to Ugandan police at the Busia crossing.", "COOPERATE"),
        ("Dutch prosecutors passed phone records to Belgian investigators last month.", "COOPERATE"),
        ("The two coast guards have been swapping intelligence on smuggling boats since May.", "COOPERATE"),
        ("Thai and Malaysian marines held joint anti-piracy drills off Langkawi.", "COOPERATE"),
        ("The monastery shelters 400 orphans from the war-torn north.", "AID"),
        ("A Cuban medical team landed in Conakry to treat ebola patients.", "AID"),
        ("The senate repealed a sedition law used against bloggers.", "CONCEDE"),
        ("The ministry rescinded a decree that had closed rural clinics.", "CONCEDE"),
        ("The cabinet withdrew a fuel levy after a week of road blockades.", "CONCEDE"),
        ("The city council scrapped a regulation banning street vendors.", "CONCEDE"),
        ("Authorities halted evictions in the riverside settlement on Monday.", "CONCEDE"),
        ("The junta ordered the soldiers back to barracks on Sunday.", "RETREAT"),
        ("Kazakhstan moved its howitzers twenty kilometres back from the frontier.", "RETREAT"),
        ("The paratroopers marched out of the airport on Friday.", "RETREAT"),
        ("After six months on the border, the Irish battalion flew home.", "RETREAT"),
        ("The fishing cooperative filed suit against the refinery for poisoning the lagoon.", "ACCUSE"),
        ("Bolivia brought a claim against Chile at the international court over the river.", "ACCUSE"),
        ("A Nairobi court found the former minister liable for the missing funds.", "ACCUSE"),
        ("Prosecutors are looking into the sale of the state airline.", "ACCUSE"),
        ("Rights researchers documented abuses by prison guards in the north.", "ACCUSE"),
        ("Rome registered its displeasure with Paris over the migrant pushbacks.", "ACCUSE"),
        ("The opposition insisted on Swiss mediation in any new round of talks.", "REQUEST"),
        ("The envoy canvassed Gulf states for their support ahead of the vote.", "REQUEST"),
        ("The navy shipped 80 tonnes of rice to the island after the cyclone.", "AID"),
        ("Bus drivers stopped work for a day, halting services across the capital.", "PROTEST"),
        ("The regulator opened a case against the bank over hidden fees.", "ACCUSE"),
        ("The audit office referred the former mayor to prosecutors for trial.", "ACCUSE"),
    ],
)
def test_general_rows_code_the_act(events_of, text: str, type_: str) -> None:
    events = events_of(text)
    assert events.find(type_) is not None, events.brief()


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The midfielder passed the ball to the striker.", ("COOPERATE",)),  # no records passed
        ("The two collectors swapped stamps at the fair.", ("COOPERATE",)),  # no intelligence
        ("The battalion withdrew its troops from the ridge.", ("CONCEDE",)),  # forces, no law
        ("The bank withdrew cash from the vault.", ("CONCEDE",)),  # money, no law
        ("She moved back to her home town after college.", ("RETREAT",)),  # no forces
        ("The team flew home after the final.", ("RETREAT",)),  # no forces
        ("Scientists are looking into the causes of the drought.", ("ACCUSE",)),  # no inquiring body
        ("The photographer documented the festival for a magazine.", ("ACCUSE",)),  # no abuses
        ("The refinery shipped two million barrels to Rotterdam last month.", ("AID",)),  # trade, no disaster
        ("Builders stopped work on the stadium after the accident.", ("PROTEST",)),  # work paused, no strike
        ("Parliament passed a record budget on Tuesday.", ("COOPERATE",)),  # a bill passed, no records
        ("The senate passed an intelligence bill late on Friday.", ("COOPERATE",)),
        ("The former minister insisted on his innocence.", ("REQUEST",)),  # a claim, no demand
        ("The clinic treated forty patients with fever after the festival.", ("AID",)),  # no aid sent
    ],
)
def test_their_other_senses_are_not_coded_so(events_of, text: str, not_types: tuple[str, ...]) -> None:
    events = events_of(text)
    assert all(events.find(t) is None for t in not_types), events.brief()


@pytest.mark.parametrize("text", [
    "The government withdrew a decree on farm prices after the protests.",
    "The government withdrew the motion before the vote.",
])
def test_a_withdrawn_decree_or_motion_is_no_retreat(events_of, text: str) -> None:
    events = events_of(text)
    assert events.find("CONCEDE") is not None and events.find("RETREAT") is None, events.brief()
