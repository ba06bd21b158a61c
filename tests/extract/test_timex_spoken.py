"""TimeML values of time expressions, issue 12 part 2: days and years spoken in words ("June
ninth", "the winter of nineteen eighty-two"), a weekday that picks the year of a written date,
decades without their century ("the seventies"), seasons with a part ("the late spring"), parts
of the day that end in "noon" ("this afternoon"), and the tense of the verb a year-less date
hangs on.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.timex import resolve

PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "timeml"),
    [
        # parts of the day: "afternoon" holds "noon" but is no clock time
        ("this afternoon", "2022-01-07TAF"),
        ("later this afternoon", "2022-01-07TAF"),
        ("Thursday afternoon", "2022-01-06TAF"),
        ("noon Thursday", "2022-01-06T12:00"),
        # days and years spoken in words
        ("February ninth", "2022-02-09"),
        ("the twenty-second of February", "2022-02-22"),
        ("the winter of nineteen eighty-two", "1982-WI"),
        ("May nineteen seventy-five", "1975-05"),
        ("the year two thousand", "2000"),
        # a weekday named with a day picks the year when none is written
        ("Sunday, Jan. 9", "2022-01-09"),
        ("Thursday, Dec. 31", "2020-12-31"),
        ("this coming Monday, January tenth", "2022-01-10"),
        # decades without their century, and seasons with a part
        ("the seventies", "197"),
        ("the early nineties", "199"),
        ("the '60s", "196"),
        ("the late spring", "2021-SP"),
        ("this past summer", "2021-SU"),
        ("this coming winter", "2022-WI"),
    ],
)
def test_values(text: str, timeml: str) -> None:
    found = resolve(text, published=PUBLISHED)
    assert found is not None and found.timeml == timeml


@pytest.mark.parametrize("text", ["his 30s", "the countries", "the monies", "March thirty-second"])
def test_not_dates(text: str) -> None:
    found = resolve(text, published=PUBLISHED)
    assert found is None or found.timeml not in ("193", "2022-03-32")


def test_past_lean_only_changes_year_less_dates_ahead() -> None:
    # March lies ahead of a January publication: nearest is the coming one, unless the clause tells the past
    assert resolve("March", published=PUBLISHED).timeml == "2022-03"
    assert resolve("March", published=PUBLISHED, past=True).timeml == "2021-03"
    assert resolve("Feb. 20", published=PUBLISHED, past=True).timeml == "2021-02-20"
    assert resolve("Jan. 3", published=PUBLISHED, past=True).timeml == "2022-01-03"
    assert resolve("2019", published=PUBLISHED, past=True).timeml == "2019"
