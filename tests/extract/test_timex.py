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
    "text",
    [
        "about a month",
        "for many years",
        "decades",
        "decades of bad governance",
        "many years",
        "thirty years",
        "two weeks",
        "one day",
        "35 years old",
        "the past",
        "now",
        "several hours",
    ],
)
def test_durations_and_non_dates_give_nothing(text: str) -> None:
    assert normalise(text, published=PUBLISHED) is None


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
    ],
)
def test_without_publication_date_only_absolute_resolve(text: str, value: str | None) -> None:
    when = normalise(text, published=None)
    assert (when.value if when else None) == value


def test_normalise_places_the_span() -> None:
    when = normalise("last week", published=PUBLISHED, start=40)
    assert when is not None
    assert (when.start, when.end, when.text) == (40, 49, "last week")
    assert when.step == "seismo.dates.v1"


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
        ("PRESENT_REF", None),
        ("P3M", None),
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
