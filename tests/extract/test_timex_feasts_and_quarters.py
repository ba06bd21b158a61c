"""Movable feasts and named days, quarters counted as a stretch of time and shares named in
quarters, the verb "last", and centuries named by their hundreds (dates v32).  Sentences written
for these tests, read with a publication date, checked for span, TimeML type and value."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.timex.values import easter

PUBLISHED = dt.date(2025, 2, 20)  # a Thursday


def _found(dates_of, text: str) -> list[tuple[str, str | None, str | None]]:
    found = dates_of(text, PUBLISHED)
    return [(w.text, w.type, w.timeml) for w in found]


@pytest.mark.parametrize(("year", "day"), [(2019, dt.date(2019, 4, 21)), (2024, dt.date(2024, 3, 31)),
                                           (2025, dt.date(2025, 4, 20)), (2038, dt.date(2038, 4, 25))])
def test_easter_sunday_by_the_gregorian_computus(year, day):
    assert easter(year) == day


@pytest.mark.parametrize(("text", "expected"), [
    ("Pilgrims will crowd the old city on Good Friday.", [("Good Friday", "DATE", "2025-04-18")]),
    ("Bells rang across the valley on Easter Sunday.", [("Easter Sunday", "DATE", "2024-03-31")]),
    ("The ceasefire is meant to begin on Ash Wednesday.", [("Ash Wednesday", "DATE", "2025-03-05")]),
    ("Shops cut prices sharply on Black Friday.", [("Black Friday", "DATE", "2024-11-29")]),
    ("The parade will go ahead on St. Patrick's Day.", [("St. Patrick's Day", "DATE", "2025-03-17")]),
    ("Florists expect a busy Mother's Day.", [("Mother's Day", "DATE", "2025-05-11")]),
])
def test_movable_feasts_and_named_days_are_their_own_day_not_a_weekday(dates_of, text, expected):
    """A feast named with a weekday ("Good Friday") is that feast, not the nearest Friday."""
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports have shrunk over the past three quarters.", [("over the past three quarters", "DURATION", "P3Q")]),
    ("Margins narrowed in the last two quarters.", [("the last two quarters", "DURATION", "P2Q")]),
    ("Margins narrowed in the last two quarters of 2023.", [("the last two quarters of 2023", "DATE", "2023-H2")]),
    ("Nearly a quarter of the delegates walked out.", []),
    ("Three quarters of the wells have run dry.", []),
    ("The bank cut its rate by a quarter point.", []),
    ("The island buys roughly three-quarters of the wheat it eats abroad.", []),
    ("Turnout fell by three quarters in the rural districts.", []),
    ("Lenders apply a rolling four-quarter earnings test.", []),
    ("Analysts watch a four-quarter moving average of output.", []),
    ("Sales recovered after several quarters of decline.", [("several quarters", "DURATION", "PXQ")]),
])
def test_quarters_as_a_stretch_of_time_and_as_a_share(dates_of, text, expected):
    """"the past three quarters" is nine months back (P3Q); "a quarter of the delegates" is a share."""
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tourists flock to Easter Island in the summer.", [("the summer", "DATE", "2024-SU")]),
    ("The Good Friday Agreement ended the violence.", []),
    ("Crowds packed the cathedral for the Sunday Mass.", [("Sunday", "DATE", "2025-02-16")]),
    ("Thousands lined the route of the Christmas Day Parade.", [("Christmas Day", "DATE", "2024-12-25")]),
])
def test_a_feast_inside_a_longer_name_is_no_date(dates_of, text, expected):
    """"Easter Island", "the Good Friday Agreement" name a place and a treaty; a weekday before a noun stays a day."""
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The inquiry is expected to last three weeks.", [("three weeks", "DURATION", "P3W")]),
    ("The closure could last months.", [("months", "DURATION", "PXM")]),
    ("Rents rose sharply in the last three weeks.", [("the last three weeks", "DURATION", "P3W")]),
])
def test_the_verb_last_is_no_part_of_the_stretch_it_lasts(dates_of, text, expected):
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fort was built in the 1700s.", [("the 1700s", "DATE", "17")]),
    ("The line was laid in the late 1800s.", [("the late 1800s", "DATE", "18")]),
    ("Prices doubled in the 2000s.", [("the 2000s", "DATE", "200X")]),
    ("The mill opened in the 1830s.", [("the 1830s", "DATE", "183X")]),
])
def test_hundreds_name_a_century_and_tens_a_decade(dates_of, text, expected):
    """"the 1800s" is the nineteenth century (TimeML "18"); "the 2000s" and "the 1830s" are decades."""
    assert _found(dates_of, text) == expected
