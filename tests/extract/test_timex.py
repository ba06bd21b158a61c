"""Time expressions (:mod:`seismo.extract.timex`): one expression's text → value, precision and
bounds against a publication date, and durations.  No model."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seismo.extract.timex import is_duration, normalise, value_bounds

PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # the brief's list
        ("in recent days", "2021-12-31/2022-01-07", "range"),
        ("the last few hours", "2022-01-06/2022-01-07", "range"),
        ("earlier this month", "2022-01-01/2022-01-07", "range"),
        ("last week", "2021-W52", "week"),
        ("thirty years ago", "1992", "year"),
        ("on Tuesday", "2022-01-04", "day"),
        ("January 5", "2022-01-05", "day"),
        ("5 January 2022", "2022-01-05", "day"),
        ("mid-January", "2022-01-11/2022-01-21", "range"),
        ("early 2021", "2021-01-01/2021-05-01", "range"),
        ("the 1990s", "1990-01-01/1999-12-31", "range"),
        ("2014", "2014", "year"),
        ("in 2014", "2014", "year"),
        # days
        ("yesterday", "2022-01-06", "day"),
        ("today", "2022-01-07", "day"),
        ("tomorrow", "2022-01-08", "day"),
        ("last night", "2022-01-06", "day"),
        ("Friday", "2022-01-07", "day"),
        ("last Friday", "2021-12-31", "day"),
        ("next Tuesday", "2022-01-11", "day"),
        ("Tuesday night", "2022-01-04", "day"),
        ("Tuesday, January 4", "2022-01-04", "day"),
        ("Jan. 5, 2022", "2022-01-05", "day"),
        ("December 28", "2021-12-28", "day"),
        ("January 10", "2022-01-10", "day"),
        ("the 3rd of January", "2022-01-03", "day"),
        ("2021-12-16", "2021-12-16", "day"),
        ("three days ago", "2022-01-04", "day"),
        # weeks, months, years
        ("this week", "2022-W01", "week"),
        ("two weeks ago", "2021-W51", "week"),
        ("last month", "2021-12", "month"),
        ("next month", "2022-02", "month"),
        ("August", "2021-08", "month"),
        ("January 2022", "2022-01", "month"),
        ("last December", "2021-12", "month"),
        ("a month ago", "2021-12", "month"),
        ("last year", "2021", "year"),
        ("this year", "2022", "year"),
        # ranges
        ("recent weeks", "2021-11-26/2022-01-07", "range"),
        ("the past two months", "2021-11-07/2022-01-07", "range"),
        ("the next 10 days", "2022-01-07/2022-01-17", "range"),
        ("late November", "2021-11-20/2021-11-30", "range"),
        ("the third quarter", "2021-07-01/2021-09-30", "range"),
        ("third-quarter", "2021-07-01/2021-09-30", "range"),
        ("the first half of 2021", "2021-01-01/2021-06-30", "range"),
        ("last summer", "2021-06-01/2021-08-31", "range"),
        ("the weekend", "2022-01-01/2022-01-02", "range"),
        ("a few years ago", "2017-01-01/2020-01-07", "range"),
        ("the early 1980s", "1980-01-01/1983-04-20", "range"),
    ],
)
def test_normalise(text: str, value: str, precision: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None, text
    assert (when.value, when.precision) == (value, precision)
    assert when.earliest is not None and when.latest is not None
    assert when.earliest <= when.latest
    assert 0.0 < when.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "type_", "timeml", "precision"),
    [
        # durations: how long, TimeML's P... value, no interval
        ("about a month", "DURATION", "P1M", "month"),
        ("for many years", "DURATION", "PXY", "year"),
        ("decades", "DURATION", "PXE", "year"),
        ("about a decade", "DURATION", "P1E", "year"),
        ("for centuries", "DURATION", "PXC", "year"),
        ("thirty years", "DURATION", "P30Y", "year"),
        ("two weeks", "DURATION", "P2W", "week"),
        ("one day", "DURATION", "P1D", "day"),
        ("several hours", "DURATION", "PTXH", "day"),
        ("a five-hour", "DURATION", "PT5H", "day"),
        ("the first nine months", "DURATION", "P9M", "month"),
        ("more than 2 1/2 years", "DURATION", "P2Y6M", "year"),
        # a half in the next smaller unit, as TimeML writes it
        ("half an hour", "DURATION", "PT30M", "day"),
        ("a minute and a half", "DURATION", "PT1M30S", "day"),
        ("three and a half days", "DURATION", "P3DT12H", "day"),
        ("half a century", "DURATION", "P50Y", "year"),
        ("a couple of years", "DURATION", "P2Y", "year"),
        # counted from a time in the story, not from publication: how long, no date
        ("four days later", "DURATION", "P4D", "day"),
        ("a few weeks later", "DURATION", "PXW", "week"),
        ("a day earlier", "DURATION", "P1D", "day"),  # ... and looking back from it
        ("two weeks earlier", "DURATION", "P2W", "week"),
        ("a fortnight", "DURATION", "P2W", "week"),
        # sets: how often
        ("every Friday", "SET", "XXXX-WXX-5", "day"),
        ("each September", "SET", "XXXX-09", "month"),
        ("every summer", "SET", "XXXX-SU", "range"),
        ("each autumn", "SET", "XXXX-FA", "range"),
        ("each year", "SET", "P1Y", "year"),
        ("every other week", "SET", "P2W", "week"),
        ("annually", "SET", "P1Y", "year"),
        ("daily", "SET", "P1D", "day"),
        # vague references: a DATE with no interval
        ("now", "DATE", "PRESENT_REF", "range"),
        ("the past", "DATE", "PAST_REF", "range"),
        ("in the future", "DATE", "FUTURE_REF", "range"),
    ],
)
def test_durations_sets_and_vague_references(text: str, type_: str, timeml: str, precision: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None, text
    assert (when.type, when.timeml, when.value, when.precision) == (type_, timeml, timeml, precision)
    assert when.earliest is None and when.latest is None


@pytest.mark.parametrize(
    ("text", "timeml", "earliest"),
    [
        ("the past two months", "P2M", dt.date(2021, 11, 7)),
        ("over the last seven years", "P7Y", dt.date(2015, 1, 7)),
        ("the next few days", "PXD", PUBLISHED),
        ("in the coming months", "PXM", PUBLISHED),
        # words that qualify the stretch: still that stretch
        ("at least the past 18 months", "P18M", dt.date(2020, 7, 7)),
        ("each of the past four years", "P4Y", dt.date(2018, 1, 7)),
        ("the previous 12 months", "P12M", dt.date(2021, 1, 7)),
        ("the coming week", "P1W", PUBLISHED),
        ("the coming month", "P1M", PUBLISHED),
        # no stretch counted from publication: how long only
        ("more than two years", "P2Y", None),
    ],
)
def test_anchored_stretches_are_durations(text: str, timeml: str, earliest: dt.date | None) -> None:
    """TimeML types "the past two months" a DURATION (``P2M``); it keeps the stretch it covers."""
    when = normalise(text, published=PUBLISHED)
    assert when is not None, text
    assert (when.type, when.timeml) == ("DURATION", timeml)
    assert when.earliest == earliest and (when.latest is None) == (earliest is None)


@pytest.mark.parametrize("text", ["decades of bad governance", "35 years old", "a 6-year-old", "the day", "the second"])
def test_non_dates_give_nothing(text: str) -> None:
    assert normalise(text, published=PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "type_", "timeml"),
    [
        ("last week", "DATE", "2021-W52"),
        ("5 January 2022", "DATE", "2022-01-05"),
        ("August", "DATE", "2021-08"),
        ("2014", "DATE", "2014"),
        ("the third quarter", "DATE", "2021-Q3"),
        ("third-quarter", "DATE", "2021-Q3"),
        ("the fiscal first quarter of 2020", "DATE", "2020-Q1"),
        ("the latest quarter", "DATE", "2021-Q4"),
        ("the first half of 2021", "DATE", "2021-H1"),
        ("last summer", "DATE", "2021-SU"),
        ("this fall", "DATE", "2022-FA"),
        ("the winter of 2019", "DATE", "2019-WI"),
        ("the 1990s", "DATE", "199X"),
        ("the early 1980s", "DATE", "198"),
        ("late November", "DATE", "2021-11"),
        ("early 2021", "DATE", "2021"),
        ("earlier this month", "DATE", "2022-01"),
        ("later this year", "DATE", "2022"),
        ("the weekend", "DATE", "2021-W52-WE"),
        ("recently", "DATE", "PAST_REF"),
        ("in recent weeks", "DATE", "PAST_REF"),
        ("June last year", "DATE", "2021-06"),
        ("the week of December 6", "DATE", "2021-W49"),
        ("Christmas", "DATE", "2021-12-25"),
        ("last Thanksgiving", "DATE", "2021-11-25"),
        ("nineteen ninety-one", "DATE", "1991"),
        # parts of day and clock times: TIME
        ("Tuesday morning", "TIME", "2022-01-04TMO"),
        ("Wednesday night", "TIME", "2022-01-05TNI"),
        ("tonight", "TIME", "2022-01-07TNI"),
        ("last night", "TIME", "2022-01-06TNI"),
        ("9 a.m. Tuesday", "TIME", "2022-01-04T09:00"),
        ("10:35 p.m.", "TIME", "2022-01-07T22:35"),
        ("noon Thursday", "TIME", "2022-01-06T12:00"),
    ],
)
def test_timeml_value_and_type(text: str, type_: str, timeml: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None, text
    assert (when.type, when.timeml) == (type_, timeml)
    assert when.earliest is not None and when.latest is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about a month", True),
        ("for many years", True),
        ("decades", True),
        ("two weeks", True),
        ("last week", False),
        ("thirty years ago", False),
        ("January 5", False),
    ],
)
def test_is_duration(text: str, expected: bool) -> None:
    assert is_duration(text) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 January 2022", "2022-01-05"),
        ("2014", "2014"),
        ("the 1990s", "1990-01-01/1999-12-31"),
        ("March 2020", "2020-03"),
        ("yesterday", None),
        ("last week", None),
        ("on Tuesday", None),
        ("January 5", None),
        ("the Kazakh January", None),
        ("yesterday in 2019", None),  # the parser's stand-in year (2000) is no date of the text
    ],
)
def test_without_publication_date_only_absolute_resolve(text: str, value: str | None) -> None:
    when = normalise(text, published=None)
    assert (when.value if when else None) == value


def test_normalise_places_the_span() -> None:
    when = normalise("last week", published=PUBLISHED, start=40)
    assert when is not None
    assert (when.start, when.end, when.text) == (40, 49, "last week")
    assert when.step == "seismo.dates.v33"


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2022-01-07", (dt.date(2022, 1, 7), dt.date(2022, 1, 7))),
        ("2022-W01", (dt.date(2022, 1, 3), dt.date(2022, 1, 9))),
        ("2022-01", (dt.date(2022, 1, 1), dt.date(2022, 1, 31))),
        ("2021", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
        ("2021-12-31/2022-01-07", (dt.date(2021, 12, 31), dt.date(2022, 1, 7))),
        ("1989-Q3", (dt.date(1989, 7, 1), dt.date(1989, 9, 30))),
        ("199", (dt.date(1990, 1, 1), dt.date(1999, 12, 31))),
        ("2021-12/2022", (dt.date(2021, 12, 1), dt.date(2022, 12, 31))),
        ("2004-H2", (dt.date(2004, 7, 1), dt.date(2004, 12, 31))),
        ("2022-01-07TNI", (dt.date(2022, 1, 7), dt.date(2022, 1, 7))),
        ("PRESENT_REF", None),
        ("P3M", None),
        ("2022/soon", None),
        ("2022-02-30", None),
        ("2021-W54", None),
    ],
)
def test_value_bounds(value: str, bounds: tuple[dt.date, dt.date] | None) -> None:
    assert value_bounds(value) == bounds


PHRASES = [
    "in recent days", "last week", "thirty years ago", "on Tuesday", "January 5", "mid-January", "early 2021",
    "the 1990s", "2014", "the Kazakh January", "yesterday", "next month", "the third quarter", "last summer",
    "the past two months", "a few years ago", "December 28", "this week", "earlier this year", "the weekend",
]


@given(
    text=st.sampled_from(PHRASES),
    published=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    future=st.booleans(),
)
def test_value_and_bounds_agree(text: str, published: dt.date, future: bool) -> None:
    when = normalise(text, published=published, future=future)
    assert when is not None
    assert value_bounds(when.value) == (when.earliest, when.latest)


@pytest.mark.parametrize("text", ["the Kazakh January", "the Belarusian August", "the Egyptian January"])
def test_episode_month_is_a_guess(text: str) -> None:
    """A month named as an episode has no readable year (the Belarusian August was 2020, not
    the August before a 2022 article): whatever month it gets, its confidence says it is a guess."""
    when = normalise(text, published=PUBLISHED)
    assert when is not None and when.precision == "month"
    assert when.confidence <= 0.2


WEDNESDAY = dt.date(1997, 6, 11)  # a Wednesday of the second quarter


@pytest.mark.parametrize(
    ("text", "lean", "timeml"),
    [
        # weekends by calendar week (TimeML's "1997-W23-WE"): "last weekend" on a weekday is the one just past
        ("last weekend", "", "1997-W23-WE"),
        ("this past weekend", "", "1997-W23-WE"),
        ("this weekend", "", "1997-W24-WE"),
        ("this weekend", "past", "1997-W23-WE"),
        ("next weekend", "", "1997-W25-WE"),
        ("the weekend", "", "1997-W23-WE"),
        ("the weekend", "future", "1997-W24-WE"),
        # the end of the year in a clause that tells what happened: the one gone by
        ("year-end", "past", "1996-12-31"),
        ("year-end", "", "1997-12-31"),
        ("the end of the year", "past", "1996"),
        ("later this year", "past", "1997"),
        # quarters and fiscal years named from publication
        ("next quarter", "", "1997-Q3"),
        ("this quarter", "future", "1997-Q2"),
        ("this quarter", "", "1997-Q1"),
        # a quarter named by its number is the latest begun; looking ahead, the coming one unless it is the
        # current quarter or the one just ended (results are told after a quarter closes)
        ("the fourth quarter", "", "1996-Q4"),
        ("the fourth quarter", "future", "1997-Q4"),
        ("third-quarter", "future", "1997-Q3"),
        ("the first quarter", "future", "1997-Q1"),
        ("the second quarter", "future", "1997-Q2"),
        ("last fiscal year", "", "1996"),
        ("the last financial year", "", "1996"),  # British and Indian English for the fiscal year
        ("this financial year", "", "1997"),
        ("the prior year", "", "1996"),
        ("the first half of next year", "", "1998-H1"),
        ("the end of the week", "", "1997-W24"),
        ("the beginning of next year", "", "1998"),
        # a decade without its century is the one nearest publication
        ("the '90s", "", "199"),
        ("the '20s", "", "192"),
        # half of a decade: the decade, as "the late 1980s" is
        ("the latter half of the '70s", "", "197"),
        ("the first half of the 1970s", "", "197"),
        # the latest fiscal year is the last one ended, as the latest quarter is; the night before is TNI
        ("the latest fiscal year", "", "1996"),
        ("overnight", "", "1997-06-10TNI"),
        # a vague count back is no day
        ("several months ago", "", "PAST_REF"),
        ("a couple of weeks ago", "", "1997-W22"),
    ],
)
def test_relative_phrases_by_timeml(text: str, lean: str, timeml: str) -> None:
    when = normalise(text, published=WEDNESDAY, future=lean == "future", past=lean == "past")
    assert when is not None and when.timeml == timeml
    if when.earliest is not None:
        assert value_bounds(when.value) == (when.earliest, when.latest)


def test_the_coming_nineties_in_the_eighties() -> None:
    """A decade written without its century is the one nearest publication: late in the 1980s,
    "the '90s" are the coming 1990s, not the 1890s."""
    when = normalise("the '90s", published=dt.date(1989, 6, 1))
    assert when is not None and (when.timeml, when.earliest) == ("199", dt.date(1990, 1, 1))
