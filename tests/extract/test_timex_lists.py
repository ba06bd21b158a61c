"""Days written together and days counted from others (:mod:`seismo.extract.timex.lists`,
:func:`seismo.extract.timex.resolve`): no model.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.timex import normalise, resolve
from seismo.extract.timex.lists import day_lists

PUBLISHED = dt.date(2002, 3, 5)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "days", "span"),
    [
        ("Ballots were counted on April 11th and 12th in two towns.", [("April 11th", 11), ("12th", 12)], False),
        ("The fair opens May 3 and 4 near the harbour.", [("May 3", 3), ("4", 4)], False),
        ("Rail staff walk out on 3, 4 and 5 June, the union says.", [("3", 3), ("4", 4), ("5 June", 5)], False),
        ("Envoys gather on the 9th and 10th of July.", [("9th", 9), ("10th of July", 10)], False),
        ("Sessions on Nov. 12, 13 and 15, 2001 were closed.", [("Nov. 12", 12), ("13", 13), ("15, 2001", 15)], False),
        ("Feb. 27-28, 2002 saw two marches.", [("Feb. 27", 27), ("28, 2002", 28)], True),
        ("The camp runs 10\u201312 April this spring.", [("10", 10), ("12 April", 12)], True),
    ],
)
def test_day_lists_are_found_day_by_day(text: str, days: list[tuple[str, int]], span: bool) -> None:
    (found,) = day_lists(text)
    assert [(text[d.start : d.end], d.day) for d in found.days] == days
    assert found.span is span


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose by 3 and 4 points in the two rounds.",  # no month next to the numbers
        "March 3 and 3 again",  # one day twice is no list
        "June 40 and 41",  # no such days
        "a stretch of May 5-2",  # a span runs forward
    ],
)
def test_no_day_list(text: str) -> None:
    assert day_lists(text) == []


@pytest.mark.parametrize("text", ["February 27th and 28th", "feb. 27-28", "27 and 28 February", "May 3 and 4"])
def test_a_day_number_is_never_read_as_a_year(text: str) -> None:
    """dateparser reads "February 27th and 28th" as 27 February 1928: a year nobody wrote."""
    found = resolve(text.lower(), published=PUBLISHED)
    assert found is None or abs(found.earliest.year - PUBLISHED.year) <= 1


@pytest.mark.parametrize(
    ("text", "timeml", "kw"),
    [
        ("two days before Christmas", "2001-12-23", {"past": True}),
        ("two days before Christmas", "2002-12-23", {"future": True}),
        ("the day after March 9", "2002-03-10", {}),
        ("a week after Oct. 30, 2001", "2001-11-06", {}),
        ("three days before yesterday", "2002-03-01", {}),
        ("two months after January 2002", "2002-03", {}),
        ("a year before 1998", "1997", {}),
    ],
)
def test_a_time_counted_from_another(text: str, timeml: str, kw: dict[str, bool]) -> None:
    when = normalise(text, published=PUBLISHED, **kw)
    assert when is not None and when.timeml == timeml


@pytest.mark.parametrize(
    ("published", "text", "timeml"),
    [
        (dt.date(1999, 11, 3), "January", "2000-01"),  # the coming one, across the new year
        (dt.date(1999, 10, 20), "December", "1999-12"),
        (dt.date(1999, 11, 3), "June", "1999-06"),  # the latest one: the coming June is far
        (dt.date(1999, 2, 3), "November", "1998-11"),
    ],
)
def test_a_month_alone_is_the_nearest(published: dt.date, text: str, timeml: str) -> None:
    when = normalise(text, published=published)
    assert when is not None and when.timeml == timeml


def test_a_month_alone_in_a_past_clause_is_a_past_one() -> None:
    when = normalise("January", published=dt.date(1999, 11, 3), past=True)
    assert when is not None and when.timeml == "1999-01"


def test_an_article_is_no_part_of_a_number() -> None:
    """In "a rise from nine a year ago", "nine" is a count and "a year ago" the time: not ten years ago."""
    when = normalise("nine a year ago", published=PUBLISHED)
    assert when is None or when.timeml == "2001"
    twenty_one = normalise("twenty-one years ago", published=PUBLISHED)
    assert twenty_one is not None and twenty_one.timeml == "1981"


@pytest.mark.parametrize(
    ("text", "timeml"),
    [("by mid afternoon", "2002-03-05TAF"), ("in the morning", "2002-03-05TMO"), ("during the late evening", "2002-03-05TEV")],
)
def test_a_part_of_the_day_alone_is_of_the_day_in_view(text: str, timeml: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None and (when.type, when.timeml) == ("TIME", timeml)
    assert normalise("morning", published=PUBLISHED) is None  # no preposition: a word, no time ("morning papers")


def test_the_past_decade_is_a_stretch_to_publication() -> None:
    when = normalise("the past decade", published=PUBLISHED)
    assert when is not None and (when.earliest, when.latest) == (dt.date(1992, 3, 5), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "timeml"),
    [("the past week", "P1W"), ("the past month", "P1M"), ("the past decade", "P10Y"), ("the past century", "P100Y")],
)
def test_the_past_unit_is_a_duration_with_its_interval(text: str, timeml: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None and (when.type, when.timeml, when.latest) == ("DURATION", timeml, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "type_", "timeml"), [("every quarter", "SET", "P1Q"), ("future quarters", "DATE", "FUTURE_REF")]
)
def test_quarters_repeated_or_to_come(text: str, type_: str, timeml: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None and (when.type, when.timeml, when.earliest) == (type_, timeml, None)


@pytest.mark.parametrize(
    ("text", "kw", "timeml"),
    [
        ("this Friday", {}, "2002-03-08"),  # the coming one
        ("this Monday", {}, "2002-03-11"),
        ("this Monday", {"past": True}, "2002-03-04"),  # "spoke this Monday"
        ("this Tuesday", {}, "2002-03-05"),  # today
        ("last Tuesday", {}, "2002-02-26"),
    ],
)
def test_this_weekday_is_the_coming_one_unless_told_as_past(text: str, kw: dict[str, bool], timeml: str) -> None:
    when = normalise(text, published=PUBLISHED, **kw)
    assert when is not None and when.timeml == timeml
