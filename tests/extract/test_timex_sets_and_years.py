"""Sets named by plural weekdays, weekends, frequency adverbs and rates; kinds of year named with
their number and years from one to another; "overnight" beside a night already named (dates v33).
Sentences written for these tests, read with a publication date, checked for span, type and value."""

from __future__ import annotations

import datetime as dt

import pytest


PUBLISHED = dt.date(2025, 2, 20)  # a Thursday


def _found(dates_of, text: str) -> list[tuple[str, str | None, str | None]]:
    found = dates_of(text, PUBLISHED)
    return [(w.text, w.type, w.timeml) for w in found]


def _values(dates_of, text: str) -> list[tuple[str, str | None]]:
    found = dates_of(text, PUBLISHED)
    return [(w.text, w.value) for w in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("The museum stays shut on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
    ("Vendors set up their stalls Saturday mornings.", [("Saturday mornings", "SET", "XXXX-WXX-6TMO")]),
    ("Youth groups march on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
    ("The ferry runs only at weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("The council reports quarterly.", [("quarterly", "SET", "P1Q")]),
    ("Pensions are paid fortnightly.", [("fortnightly", "SET", "P2W")]),
    ("The lender raised its quarterly payout.", []),
    ("Fares have climbed 4% a year.", [("a year", "SET", "P1Y")]),
    ("The mill turns out 300 tonnes a day.", [("a day", "SET", "P1D")]),
    ("Rebel fighters spent a month in the hills.", [("a month", "DURATION", "P1M")]),
    ("The blockade has lasted almost a year.", [("almost a year", "DURATION", "P1Y")]),
])
def test_sets_are_found_and_typed_not_dropped_or_taken_for_durations(dates_of, text, expected):
    """"on Tuesdays" is every Tuesday; "4% a year" is a rate, a SET; "spent a month" stays a stretch."""
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tax receipts fell in fiscal 2022.", [("fiscal 2022", "2022")]),
    ("The ministry's fiscal year 2023-24 budget was trimmed.", [("fiscal year 2023-24", "2023-01-01/2024-12-31")]),
    ("Enrolment rose during the 2021-22 school year.", [("the 2021-22 school year", "2021-01-01/2022-12-31")]),
    ("In the 2019 fiscal year the deficit doubled.", [("the 2019 fiscal year", "2019")]),
    ("She chaired the commission from 2009-2013.", [("2009-2013", "2009-01-01/2013-12-31")]),
])
def test_kinds_of_year_and_years_from_one_to_another(dates_of, text, expected):
    """A fiscal or school year keeps its kind in the span; "2009-2013" is the years between, one span."""
    assert _values(dates_of, text) == expected


def test_a_dash_inside_a_longer_number_is_no_range_of_years(dates_of):
    assert ("2011-2014", "2011-01-01/2014-12-31") not in _values(dates_of, "Ring 800-2011-2014 for tickets.")


def test_overnight_beside_a_night_named_is_that_night(dates_of):
    """"overnight ... last night" is one night, not the night before last night."""
    found = _found(dates_of, "Shelling went on overnight and again last night.")
    assert [t for _, _, t in found] == ["2025-02-19TNI", "2025-02-19TNI"]



@pytest.mark.parametrize(("text", "expected"), [
    ("Militias killed 30 villagers a day after the truce.", [("a day", "DURATION", "P1D")]),
    ("Climate strikers from Fridays for Future marched to the ministry.", []),
    ("Her essay ran in the Foreign Policy Quarterly this spring.", [("this spring", "DATE", "2025-SP")]),
])
def test_no_set_in_a_time_counted_on_or_in_a_name(dates_of, text, expected):
    """"a day after the truce" counts a day on, no rate; a plural weekday or "Quarterly" inside a name is no set."""
    assert _found(dates_of, text) == expected
