"""Acts of easing and of cutting told with words the table lacked: nationals and a president freed,
aid withdrawn (a sanction, not a pull-back), an outlet closed down; prices easing back are no
retreat (events v140).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_"), [
    ("Tehran released three Belgian nationals after months of talks.", "CONCEDE"),
    ("The soldiers who seized power freed the deposed president on Sunday.", "CONCEDE"),
    ("The Netherlands withdrew its development aid to Kigali after the vote.", "SANCTION"),
    ("The interior ministry closed down two opposition newspapers.", "COERCE"),
])
def test_easing_and_cutting_words(events_of, text, type_):
    assert events_of(text).find(type_) is not None, events_of(text).brief()


def test_a_lender_withdrawing_a_loan_is_no_sanction(events_of):
    events = events_of("The lender withdrew its loan offer to the developer.")
    assert events.find("SANCTION") is None, events.brief()


def test_hikers_taking_down_a_tent_is_no_retreat(events_of):
    events = events_of("Hikers took down the tent and left the post.")
    assert events.find("RETREAT") is None, events.brief()


@pytest.mark.parametrize("text", [
    "Copper prices retreated from a two-year high on Tuesday.",
    "The euro retreated after the central bank held rates.",
])
def test_prices_easing_back_are_no_retreat(events_of, text):
    assert events_of(text).find("RETREAT") is None, events_of(text).brief()


def test_forces_falling_back_still_retreat(events_of):
    assert events_of("Government troops retreated from the border town overnight.").find("RETREAT") is not None


def test_children_handed_back_by_a_state_are_a_concession(events_of):
    found = events_of("Belarus returned 14 Ukrainian children to their families on Friday.").find("CONCEDE")
    assert found is not None and found.actor is not None and found.actor.country == "BLR", events_of(
        "Belarus returned 14 Ukrainian children to their families on Friday.").brief()


def test_a_school_sending_pupils_home_is_no_concession(events_of):
    assert events_of("The school returned the pupils to their parents after the storm.").find("CONCEDE") is None
