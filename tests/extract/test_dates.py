"""The dates step (:mod:`seismo.extract.dates`): time expressions found in parsed text, with
exact offsets; relative ones only where the article has a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.dates import dates_events, find_dates
from seismo.pipeline import make_article

PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters who in recent days have shaken the government clashed with police.", [("recent days", "range")]),
        ("The alliance was founded thirty years ago.", [("thirty years ago", "year")]),
        ("Police arrested 40 people on Tuesday in Almaty.", [("Tuesday", "day")]),
        # durations are found, typed DURATION (see test_durations_are_typed_and_date_nothing)
        ("Crowds exasperated by decades of bad governance took to the streets.", [("decades", "year")]),
        ("The mission could take about a month.", [("about a month", "month")]),
        # an episode's name: found as a month, its year only guessed (see test_timex.py::test_episode_month_is_a_guess)
        ("The thread that unites the Belarusian August to the Kazakh January is clear.",
         [("the Belarusian August", "month"), ("the Kazakh January", "month")]),
        ("Prices rose sharply in mid-January and again in early 2021.", [("mid-January", "range"), ("early 2021", "range")]),
        ("The events of the last few hours changed everything.", [("the last few hours", "range")]),
        ("He was elected on 5 January 2022 after a vote held earlier this month.",
         [("5 January 2022", "day"), ("earlier this month", "range")]),
        ("The party was banned in the 1990s and again in 2014.", [("the 1990s", "range"), ("2014", "year")]),
    ],
)
def test_find_dates_in_text(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    article = make_article(text, date=PUBLISHED)
    found = find_dates(doc, article=article, found={}, resources=pipeline.resources)
    assert [(w.text, w.precision) for w in found] == expected
    for when in found:
        assert text[when.start : when.end] == when.text


def test_find_dates_skips_relative_without_publication_date(pipeline, nlp) -> None:
    text = "Police arrested 40 people on Tuesday, a year after the 2014 protests."
    doc = nlp(text)
    found = find_dates(doc, article=make_article(text), found={}, resources=pipeline.resources)
    assert [(w.type, w.timeml) for w in found] == [("DURATION", "P1Y"), ("DATE", "2014")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks lasted three days and ended on Tuesday.", [("three days", "DURATION", "P3D"), ("Tuesday", "DATE", "2022-01-04")]),
        ("Ministers have met every Friday since the spring of 2020.",
         [("every Friday", "SET", "XXXX-WXX-5"), ("the spring of 2020", "DATE", "2020-SP")]),
        ("The council publishes its accounts annually.", [("annually", "SET", "P1Y")]),
        ("Prices are rising now, and the bank expects more of the same in the future.",
         [("now", "DATE", "PRESENT_REF"), ("the future", "DATE", "FUTURE_REF")]),
        ("Sales fell in the third quarter, down 4% from a year earlier.",
         [("the third quarter", "DATE", "2021-Q3"), ("a year earlier", "DATE", "2020-Q3")]),
        ("Troops stayed for years after the war.", [("years", "DURATION", "PXY")]),
        ("The 6-year-old boy was found on Tuesday morning.", [("Tuesday morning", "TIME", "2022-01-04TMO")]),
    ],
)
def test_find_dates_types_and_timeml(pipeline, nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    found = find_dates(doc, article=make_article(text, date=PUBLISHED), found={}, resources=pipeline.resources)
    assert [(w.text, w.type, w.timeml) for w in found] == expected


def test_durations_are_typed_and_date_nothing(pipeline) -> None:
    """A duration or set is found with its TimeML type and no interval, and never dates an event:
    the strike below is dated by its article, not by "three days"."""
    text = "Dock workers in Rotterdam went on strike for three days."
    result = pipeline.run(make_article(text, date=PUBLISHED))
    (duration,) = [w for w in result.dates if w.text == "three days"]
    assert (duration.type, duration.timeml, duration.earliest, duration.latest) == ("DURATION", "P3D", None, None)
    assert not dates_events(duration)
    assert result.events, "the strike should be coded"
    for event in result.events:
        assert event.date is not None and event.date.source == "published"
        assert event.date.value == PUBLISHED.isoformat()
