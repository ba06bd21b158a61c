"""TimeML values of time expressions (issue 12): vague references written as adjectives, the
current year named by a definite phrase, centuries, anaphoric times ("later that year", "the
following month"), bare clock times taking the day named beside them, and words that point a
weekday ahead ("until Tuesday", "as soon as Monday").  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.dates import find_dates, rule_spans
from seismo.extract.timex import clock_only, day_in_view, normalise, resolve
from seismo.pipeline import make_article

PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "timeml"),
    [
        ("Last April", "2021-04"),  # capitalised at a sentence start: no episode name
        ("the 20th century", "19"),
        ("11th century", "10"),
        ("the full year", "2022"),
        ("the fiscal year", "2022"),
        ("the financial year", "2022"),
        ("the current year", "2022"),
        ("year end", "2022"),
        ("earlier in the year", "2022"),
        ("the past year", "2021"),  # TimeBank's value for the stretch: the year it mostly lies in
        ("the year 2030", "2030"),
        ("post-1945", "1945"),
        ("pre-1990", "1990"),
        ("the middle of next month", "2022-02"),
        ("the middle of last week", "2021-W52"),
        ("late this year", "2022"),
        ("year's end", "2022"),
        ("later in the month", "2022-01"),
        # a year cut to two figures after a season or month
        ("the spring of '98", "1998-SP"),
        ("summer '15", "2015-SU"),
        ("March '19", "2019-03"),
    ],
)
def test_values(text: str, timeml: str) -> None:
    found = resolve(text, published=PUBLISHED)
    assert found is not None and found.timeml == timeml


@pytest.mark.parametrize(("text", "timeml"), [("recent", "PAST_REF"), ("current", "PRESENT_REF")])
def test_adjectives_are_vague_references(text: str, timeml: str) -> None:
    when = normalise(text, published=PUBLISHED)
    assert when is not None and when.timeml == timeml and when.type == "DATE" and when.earliest is None


@pytest.mark.parametrize(("text", "first", "last"), [("1914-18", 1914, 1918), ("1996-97", 1996, 1997)])
def test_years_joined_by_a_hyphen_are_a_stretch_of_years(text: str, first: int, last: int) -> None:
    found = resolve(text, published=PUBLISHED)
    assert found is not None and found.precision == "range"
    assert (found.earliest, found.latest) == (dt.date(first, 1, 1), dt.date(last, 12, 31))


def test_an_iso_month_is_no_stretch_of_years() -> None:
    found = resolve("2021-11", published=PUBLISHED)
    assert found is None or found.precision != "range"


def test_clock_only() -> None:
    assert clock_only("about 7:20 a.m.") and clock_only("at 11 p.m. EST")
    assert not clock_only("9 a.m. Monday") and not clock_only("Monday")


def _timeml(pipeline, nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    found = find_dates(doc, article=make_article(text, date=PUBLISHED), found={}, resources=pipeline.resources)
    return {w.text: w.timeml for w in found}


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        ("The singer moved to Lisbon in June 2015 and left the city later that year.", "later that year", "2015"),
        ("The mill was sold in March 2019. The following month, its founder stepped down.", "The following month", "2019-04"),
        ("The treaty was signed in 2010, and the following year two more states joined it.", "the following year", "2011"),
        # "the next year" under a verb that tells what happened is the year after the one named
        ("The mill shut in 2015 and reopened the next year under new owners.", "the next year", "2016"),
        ("Both teams played on Oct. 3, 2020, and that same day the league changed its rules.", "that same day", "2020-10-03"),
        ("Revenue for the quarter ended Dec. 31 rose by a tenth.", "the quarter", "2021-Q4"),  # the quarter ending then
        ("Sales for the year reached a record, the bakery chain said.", "the year", "2022"),
        ("The pitch was flooded on Jan. 2, 2021. On the previous Sunday it had been frozen.", "the previous Sunday",
         "2020-12-27"),
        ("The drivers met the minister the day before last Wednesday's strike.", "the day before last Wednesday's", "2022-01-04"),
        ("The ferry sank at about 3:40 a.m. (0140 GMT) Wednesday off the coast.", "about 3:40 a.m.", "2022-01-05T03:40"),
        # the verb the date hangs on is in the past: the month before publication
        ("The cooperative shut its last rural branch in February.", "February", "2021-02"),
        ("Its trading year ended Feb. 28, the bakery's filing showed.", "Feb. 28", "2021-02-28"),
        # ... but a date inside a phrase further off keeps the nearest reading
        ("The board approved a bonus payable Feb. 28 to staff on the rolls.", "Feb. 28", "2022-02-28"),
        ("Membership in the choir fell through the eighties.", "the eighties", "198"),
        ("Grain stocks ran low in the early summer of that region.", "the early summer", "2021-SU"),
    ],
)
def test_find_dates_values(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        # words before a weekday that point ahead of a Friday publication
        ("The court gave the tenants until Tuesday to vacate their flats.", "Tuesday", "2022-01-11"),
        ("The crew could be back at sea as soon as Monday, the captain said.", "Monday", "2022-01-10"),
        ("The exchange is to reopen Thursday after the outage.", "Thursday", "2022-01-13"),
        ("The jury's verdict is due Tuesday, the clerk said.", "Tuesday", "2022-01-11"),  # "due": still to come
        # ... but not in the past perfect
        ("Nine clubs had paid their fees by Wednesday, the federation said.", "Wednesday", "2022-01-05"),
        ("The permit had been due to lapse Thursday, the council said.", "Thursday", "2022-01-06"),
        ("The rent was due Tuesday, the landlord said.", "Tuesday", "2022-01-04"),
        # a weekday or weekend a thing is set for lies ahead, whatever the tense of the clause
        ("Seats for Sunday sold out in a day, the theatre said.", "Sunday", "2022-01-09"),
        ("The growers have called a market for this weekend.", "this weekend", "2022-W01-WE"),
    ],
)
def test_weekday_direction(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml


def test_recent_and_current_are_found(pipeline, nlp) -> None:
    found = _timeml(pipeline, nlp, "The recent storms strained the current budget of the town.")
    assert found.get("recent") == "PAST_REF" and found.get("current") == "PRESENT_REF"


def test_month_and_day_found_by_rule() -> None:
    text = "Tourism has not recovered since the Aug. 7 floods; a review is due Sept. 30, 2022, or March 5th."
    assert [text[s:e] for s, e in rule_spans(text) if text[s].isupper()] == ["Aug. 7", "Sept. 30, 2022", "March 5th"]


def test_day_in_view() -> None:
    assert day_in_view("at 6 p.m.") == 0 and day_in_view("dawn") == 0 and day_in_view("overnight") == -1
    assert day_in_view("Tuesday night") is None and day_in_view("last night") is None


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        # a duration spaCy joins to the day it fell on is two expressions, neither a made-up date
        ("The rowers trained for four hours on Tuesday before the final.", "four hours", "PT4H"),
        ("The rowers trained for four hours on Tuesday before the final.", "Tuesday", "2022-01-04"),
        ("The pumps at the dam run 24 hours a day in the wet season.", "24 hours", "PT24H"),
        # a bare time of day takes the day named nearby; "overnight" the night before it
        ("A shell struck the depot at dawn on Monday.", "dawn", "2022-01-03"),
        ("The index slid on Wednesday after overnight losses in Asia and closed under its mark of the previous Wednesday.",
         "overnight", "2022-01-04TNI"),
        ("The index slid on Wednesday after overnight losses in Asia and closed under its mark of the previous Wednesday.",
         "the previous Wednesday", "2021-12-29"),
        # "at noon on Nov. 15" hangs on the present-tense verb like "Nov. 15" alone: the coming one
        ("The lease on the warehouse expires at noon on Nov. 15.", "noon on Nov. 15", "2022-11-15T12:00"),
    ],
)
def test_times_read_by_their_neighbours(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml


@pytest.mark.parametrize(
    ("text", "timeml"),
    [
        # a unit named without a number is that whole calendar unit, at its precision
        ("the week before Christmas", "2021-W51"),  # Christmas 2021 was a Saturday: Dec. 18-24 lie mostly in W51
        ("the week after New Year's Day", "2022-W01"),
        ("the month after March 3, 2019", "2019-04"),
        ("the year before 2001", "2000"),
        # counted with a number, or a day: a day moved by so much
        ("a week before Christmas", "2021-12-18"),
        ("the day before Christmas", "2021-12-24"),
    ],
)
def test_a_unit_before_or_after_a_time(text: str, timeml: str) -> None:
    found = resolve(text, published=PUBLISHED)
    assert found is not None and found.timeml == timeml


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        # a semicolon parts clauses that stand alone: the clock time takes no day from the other clause
        ("Crowds gathered in the square on Wednesday. The mayor spoke on Tuesday of the risks; by noon the square was full.",
         "noon", "2022-01-05T12:00"),
        # in its own clause, the day beside it
        ("Crowds gathered on Wednesday. The mayor spoke on Tuesday; the square was full by noon Tuesday.",
         "noon Tuesday", "2022-01-04T12:00"),
        ("Crowds gathered on Wednesday. At noon, the mayor spoke of the risks on Tuesday.", "noon", "2022-01-04T12:00"),
    ],
)
def test_clock_time_takes_the_day_of_its_clause(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        # counted on from the time the story tells of, at the unit's precision
        ("The kiln was lit on Oct. 4, 2021. Two days later, the first pots came out.", "Two days later", "2021-10-06"),
        ("The ferry line opened in May 2012. Three years later it carried a million people.", "Three years later",
         "2015"),
        ("The quarry closed in August 2019. Four months later the pit was flooded.", "Four months later", "2019-12"),
        ("The orchard was planted on March 2, 2020. A week later a frost struck.", "A week later", "2020-W11"),
        # each one is the time in view for the next
        ("The mill was founded in 1950. Ten years later it doubled in size, and two years later it burned down.",
         "two years later", "1962"),
    ],
)
def test_counted_on_from_the_time_in_view(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml


def test_counted_on_with_no_time_in_view_is_a_duration(pipeline, nlp) -> None:
    assert _timeml(pipeline, nlp, "The choir rehearsed and sang two days later.").get("two days later") == "P2D"


@pytest.mark.parametrize(
    ("text", "span", "timeml"),
    [
        # a season in view gives the anaphor its year and month
        ("The route was drawn up in the summer of 2016 and changed the following spring.", "the following spring",
         "2017-SP"),
        ("The levee broke in the autumn of 2013, and the following year it was rebuilt.", "the following year", "2014"),
        # "later" after a duration found without it
        ("The board said on Nov. 8, 2021 that it would vote a week later.", "a week later", "2021-W46"),
    ],
)
def test_time_in_view_anaphora(pipeline, nlp, text: str, span: str, timeml: str) -> None:
    assert _timeml(pipeline, nlp, text).get(span) == timeml
