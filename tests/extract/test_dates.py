"""The dates step (:mod:`seismo.extract.dates`): time expressions found in parsed text, with
exact offsets; relative ones only where the article has a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.dates import find_dates
from seismo.pipeline import make_article

PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters who in recent days have shaken the government clashed with police.", [("recent days", "range")]),
        ("The alliance was founded thirty years ago.", [("thirty years ago", "year")]),
        ("Police arrested 40 people on Tuesday in Almaty.", [("Tuesday", "day")]),
        ("Crowds exasperated by decades of bad governance took to the streets.", []),
        ("The mission could take about a month.", []),
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
    assert [w.value for w in found] == ["2014"]
