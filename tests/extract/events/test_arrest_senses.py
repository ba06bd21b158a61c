"""Arrests: the other senses of the words, the phrasal ways of saying it, and arrests not made."""

from __future__ import annotations

import pytest


def _arrests(events) -> list:
    return [e for e in events if e.mode == "arrest"]


def _no_arrest_asserted(events_of, text) -> None:
    """No arrest of ``text`` is told as made (none at all, or planned, ordered, negated...)."""
    assert not [e for e in _arrests(events_of(text)) if e.modality == "asserted"], events_of(text).brief()


def _first_arrest_asserted(events_of, text) -> None:
    """``text`` tells an arrest, and its first is told as made."""
    found = _arrests(events_of(text))
    assert found and found[0].modality == "asserted", events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Emergency crews helped to arrest the rapid spread of the fire.",  # halt a course of events
    "Farmers' leaders apprehend more trouble once the harvest prices fall.",  # fear a danger
    "The medics picked up the injured from the roadside.",  # not lawmen
    "The studio hopes to lock up a streaming deal before spring.",  # secure a deal
    # a court's verdict or sentence is the court's act, not an arrest
    "A tribunal convicted the former mayor of bribery on Thursday.",
    "The high court sentenced two union organisers to three years in jail.",
])
def test_other_senses_are_no_arrest(events_of, text):
    assert not _arrests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Three traders got picked up by constables outside the bazaar late on Monday.",
    "The sheriff locked up eleven looters overnight.",
    "Forty residents have been booked under the public safety act.",
    "Constables apprehended the two fugitives near the toll plaza.",
    "Two smugglers were caught by a border patrol near the river crossing on Friday night.",
])
def test_phrasal_arrests(events_of, text):
    _first_arrest_asserted(events_of, text)


@pytest.mark.parametrize(("text", "modality"), [
    ("The union's chiefs seem likely to be detained once they reach the capital.", "hypothetical"),
    ("The new decree allows constables to detain whoever joins the boycott.", "hypothetical"),
])
def test_a_likely_or_permitted_arrest_is_not_asserted(events_of, text, modality):
    found = _arrests(events_of(text))
    assert [e.modality for e in found] == [modality], events_of(text).brief()


def test_detectives_are_police(events_of):
    (arrest,) = _arrests(events_of("Detectives picked up two brothers outside the casino."))
    assert arrest.actor is not None and arrest.actor.sector == "COP"


def test_a_verdict_is_no_acled_arrest(events_of):
    """A finding of guilt is a disapproval (CAMEO 116: ACCUSE since events v115), a sentence a legal
    action (COERCE); neither is an arrest, nor any ACLED event."""
    for text, type_ in (("A tribunal convicted the former mayor of bribery on Thursday.", "ACCUSE"),
                        ("A tribunal sentenced the former mayor to six years on Thursday.", "COERCE")):
        found = [e for e in events_of(text) if e.type == type_]
        assert found and found[0].acled_sub_event_type is None and found[0].mode is None, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The commuters were held up for hours by the waterlogged underpass.",  # delayed
    "Two engineers were held responsible for the collapse of the bridge.",  # blamed
    "The panchayat members were held hostage by the gang for a week.",  # an abduction
    "The godown caught fire late on Sunday night.",
    "An army patrol caught the raiders in an ambush near the ridge, killing four of them.",  # a fight
    "Constables caught a glimpse of the robbers before they fled into the lanes.",
])
def test_held_and_caught_in_other_senses(events_of, text):
    assert not _arrests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The collector issued a detention order against the tribal leader under the security act.",
    "The tribunal set aside the custody order of the two engineers.",
    # a custody or detention extended goes on (class prolong): no one is taken in
    "The magistrate extended the judicial custody of the three accused by a fortnight.",
    "The tribunal prolonged the detention of the student leader by two weeks.",
    # the paper told in the passive, the act it orders hung on its verb (events v127)
    "A warrant was issued on Monday for the arrest of the timber contractor.",
])
def test_a_paper_ordering_an_arrest_or_custody_extended_is_no_arrest(events_of, text):
    """A warrant or an order is a paper (class writ of triggers.tsv), not the act it orders; a
    custody extended is no new arrest."""
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "Constables are yet to arrest the contractor named in the complaint.",
    "The railway police have yet to detain anyone over the theft of the signal cables.",
])
def test_an_arrest_yet_to_be_made_is_negated(events_of, text):
    found = _arrests(events_of(text))
    assert found and {e.modality for e in found} == {"negated"}, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The district collector ordered the arrest of the three contractors behind the faulty culvert.",
    "The tribunal has ordered the detention of the shipping agent pending an inquiry.",
])
def test_an_arrest_ordered_is_not_one_made(events_of, text):
    """An arrest ordered (class decree of triggers.tsv) is still to be made, by someone else."""
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "The commissioner has formed three teams to nab the gang that looted the jeweller.",
    "Special squads to apprehend the poachers were sent into the reserve forest.",
])
def test_a_team_set_up_to_arrest_is_no_arrest_yet(events_of, text):
    found = _arrests(events_of(text))
    assert found and {e.modality for e in found} == {"future"}, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "So far not a single suspect has been arrested in the robbery.",
    "Not one protester was detained by the constables, the organisers said.",
])
def test_not_a_single_one_arrested_is_negated(events_of, text):
    found = _arrests(events_of(text))
    assert found and {e.modality for e in found} == {"negated"}, events_of(text).brief()


def test_one_or_a_single_person_arrested_is_still_asserted(events_of):
    found = _arrests(events_of("A single suspect was arrested near the depot on Friday."))
    assert found and found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "The bench extended the columnist's protection from arrest by another month.",
    "Visiting envoys have immunity from arrest under the treaty.",
])
def test_a_shield_against_arrest_is_no_arrest(events_of, text):
    """A court's protection or an immunity from arrest (class shelter) keeps the arrest from being made."""
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    # "court arrest" read as a noun compound: the auxiliary on "court" is the arrest's
    "The weavers' federation said its members would court arrest outside the mill on Monday.",
    "Anganwadi workers will court arrest in every taluk next week.",
    # bail given to people taken in before tells of their release, not of a new arrest
    "The sessions judge granted bail to a clerk detained in the ration card raid.",
    # a claim of arrests called false in apposition
    "Traders said the constables had rounded up their sons overnight, a charge the superintendent denied.",
    "The opposition alleged that troops detained six farmers, a claim the army dismissed as propaganda.",
    # arrests counted as a trend
    "Drunk-driving arrests in the cantonment have doubled since the new checkposts came up.",
    # the aim of an effort (raids, an operation) is not yet done (events v128)
    "Constables carried out raids in three villages to catch the escaped convicts.",
    "An operation was mounted to round up the smugglers.",
    # custody as a state one stays in, or one that ends, is no new arrest (events v128)
    "The former mayor remains in custody pending trial.",
    "The ten-day police custody of the clerk ended on Thursday.",
    "The detention of the two editors expired at midnight.",
])
def test_arrests_not_told_as_made(events_of, text):
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "Nearly three hundred nurses courted arrest outside the health directorate on Tuesday.",
    "Constables detained four touts at the depot on Monday, a move the porters' union condemned.",
    "A clerk in the ration card case who was detained on Friday was taken to Patna on transit remand.",
    "The magistrate refused bail to the two brokers the vigilance team arrested on Sunday.",
    # a past-tense verb joined to an errand's infinitive is told done: it shares no "to" (events v128)
    "Constables rushed to the market to stop the brawl and detained six youths.",
    "Constables conducted raids to arrest the poachers and arrested four of them on Sunday.",
])
def test_arrests_told_as_made(events_of, text):
    _first_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    # held by people with no power to arrest (class privatehold), the count of them with it
    "Shopkeepers in the bazaar detained a youth they suspected of lifting a purse.",
    "The boy's uncle detained him in a storeroom for two days.",
    "Three pickpockets were nabbed by commuters at the bus depot.",
    "Residents nabbed four chain snatchers and tied them to a lamp post.",
    # an arrest evaded, escaped or put off (class evasion)
    "The contractor went into hiding to evade arrest.",
    "The traders' body said the constables had delayed the arrests under political pressure.",
    "The panel deferred the arrest of the engineer pending an audit.",
])
def test_no_arrest_by_private_people_or_evaded(events_of, text):
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    # a pluperfect with a word of how often: a record of earlier occasions (slot repeat)
    "The headmaster had been arrested twice before in land cases.",
    "The councillor had been detained three times during the agitation.",
    # a passive relative clause dated to a month or a year, on people whose freeing is told
    "The trader, who was arrested in March, was granted bail by the sessions court on Friday.",
])
def test_earlier_arrests_told_as_background(events_of, text):
    found = _arrests(events_of(text))
    assert found and all(e.modality == "historical" for e in found), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Two clerks, who were detained on Friday, were freed on bail on Saturday.",
    "Constables fired twice in the air and arrested six looters.",
    "Police said the tailor had been arrested on Sunday from his shop.",
    "Excise officers detained two brewers at the check post.",
])
def test_arrests_of_the_news_stay_asserted(events_of, text):
    _first_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    # an act after "until" / "till" that a negated or modal main clause waits for (slot awaited)
    "The widow said she would not accept the compensation until the constable was arrested.",
    "The traders will keep their shutters down till the extortionists are detained.",
    # a thing picked up is no person taken in (class clue)
    "Constables picked up the mobile phones left at the spot.",
])
def test_arrests_awaited_or_things_picked_up(events_of, text):
    _no_arrest_asserted(events_of, text)


def test_an_arrest_ending_what_went_on_until_it_stays_asserted(events_of):
    found = _arrests(events_of("The crowd kept pelting stones until constables detained the ringleaders."))
    assert found and found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    # people described by the participle, whose bail or release their own clause tells (slot freeing)
    "The four weavers detained during the strike were granted bail by the magistrate.",
    "The bail application of the detained sub-inspector comes up on Monday.",
])
def test_bail_of_people_taken_in_before(events_of, text):
    found = _arrests(events_of(text))
    assert found and all(e.modality == "historical" for e in found), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Officials of the state vigilance bureau caught a tehsildar taking a bribe at his office.",  # class officialdom
    "Railway constables held three touts outside the booking counter.",  # lawmen holding people
    "The pickpocket was taken away by the police in a patrol van.",
])
def test_more_ways_of_taking_in(events_of, text):
    _first_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "Constables held a flag march through the market on Sunday.",
    "The inspector held the contractor responsible for the delay.",
    "Police held back the crowd near the temple gate.",
])
def test_lawmen_holding_no_one(events_of, text):
    assert not _arrests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "None of the rioters has been taken into custody, the residents complained.",
    "The constables did not take the landlord into custody.",
])
def test_no_one_taken_into_custody_is_negated(events_of, text):
    found = _arrests(events_of(text))
    assert found and all(e.modality == "negated" for e in found), events_of(text).brief()


@pytest.mark.parametrize("text", [
    # a condition told by inversion, with no "if" (class inversion_aux): supposed, not done
    "Had the constables detained the gang earlier, the shopkeeper would still be alive.",
    "Were the police to arrest the trustees, the temple committee would collapse.",
    # a stretch of time given for an arrest (classes allowance_noun, allotting)
    "The traders gave the police ten days to arrest the extortionists.",
    "The panchayat's deadline to detain the culprits ends on Sunday.",
    "The district collector has been given a free hand to detain hoarders.",  # leave to act
    # a case registered, in a sentence that says no one was taken in (booking_verb, arrest_word)
    "The police booked nine youths for stone-pelting, but none of them has been arrested.",
    # a court sending one already held back to custody ("to" of held_prep)
    "The magistrate remanded the two clerks to police custody till Friday.",
])
def test_arrests_supposed_given_time_or_only_booked(events_of, text):
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "Constables took two hours to arrest the burglar hiding on the roof.",  # the time it took: done
    "Railway constables used their powers to detain eleven ticketless touts.",  # the power used: done
    "Police booked five men for gambling and arrested three of them.",
    "Villagers handed the poacher over to police custody.",  # class placing: taken in
])
def test_arrests_told_done_beside_those_cues(events_of, text):
    _first_arrest_asserted(events_of, text)


def test_bail_of_one_taken_in_in_february(events_of):
    """February, 28 days long, is a month: a passive relative clause dated to it tells an arrest
    before the bail that the sentence reports (slot freeing)."""
    found = _arrests(events_of("The sessions court granted bail to a trader who was detained in February."))
    assert found and all(e.modality == "historical" for e in found), found


@pytest.mark.parametrize("text", [
    "The Bhopal-bound mail was detained at Ratlam for two hours because of a signal failure.",  # delayed
    "Constables tried to arrest the contractor, but he gave them the slip in the bazaar.",  # attempted
    # the attempt told of the first of two conjoined infinitives (events v127)
    "Constables are still trying to trace and arrest the two smugglers.",
    "The patrol attempted to stop and detain the truck drivers at the toll plaza.",
    "Goons nabbed a shopkeeper outside his godown and beat him with iron rods.",  # class privatehold
])
def test_trains_delayed_arrests_tried_and_goons_nabbing(events_of, text):
    _no_arrest_asserted(events_of, text)


@pytest.mark.parametrize("text", [
    "More detentions are likely once the CCTV footage is examined, the inspector said.",
    "Further arrests are expected in the ration card fraud.",
])
def test_arrests_looked_ahead_to_are_not_made(events_of, text):
    """A word of outlook predicated of the arrest noun (slot outlook of modal_cues.tsv)."""
    _no_arrest_asserted(events_of, text)


def test_an_event_expected_to_go_on_keeps_its_reading(events_of):
    """An outlook word with an infinitive of its own speaks of what the event will do, not of
    whether it happens: the strike is going on."""
    found = [e for e in events_of("The transporters' strike is expected to continue till Friday.") if e.type == "PROTEST"]
    assert found and found[0].modality != "future", found


@pytest.mark.parametrize("text", [
    "There was talk in the mandi that three brokers had been detained, but the superintendent denied it.",
    "There were rumours that the temple priest had been arrested, but the rumours were dismissed by the trust.",
])
def test_a_report_of_an_arrest_later_called_false(events_of, text):
    """The "that" clause of a report noun that a later verb of class disclaim calls false (its
    count, too, makes no arrest)."""
    _no_arrest_asserted(events_of, text)


def test_an_arrest_made_after_an_act_tried_is_made(events_of):
    # a finite verb conjoined to the verb tried ("tried to stop ... and arrested") was done
    _first_arrest_asserted(events_of, "Constables tried to stop the van and arrested its driver.")
