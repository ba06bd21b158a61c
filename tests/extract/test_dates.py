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
        # a unit closed up with "long", as wire style writes it, is one of that unit
        ("Dockers began a weeklong stoppage.", [("a weeklong", "DURATION", "P1W")]),
        ("The monthlong blockade of the port ended.", [("The monthlong", "DURATION", "P1M")]),
        # hundreds and thousands of years spoken in words: centuries and millennia, no year 2000
        ("The shrine has drawn pilgrims for two thousand years.", [("two thousand years", "DURATION", "P2L")]),
        ("The feud between the clans has lasted three hundred years.", [("three hundred years", "DURATION", "P3C")]),
        # a quarter written short, with or without its year ("Q4": the latest begun by publication)
        ("Exports fell sharply in Q4 as demand slowed.", [("Q4", "DATE", "2021-Q4")]),
        ("Margins narrowed in Q3 2021 and widened in 2020 Q1.",
         [("Q3 2021", "DATE", "2021-Q3"), ("2020 Q1", "DATE", "2020-Q1")]),
        ("Part number AQ3 replaced the Q5 model.", []),
        # a fiscal year written short is that year, as TimeML writes "fiscal 2020"
        ("Revenue in FY2020 topped forecasts, and FY23 may be weaker.",
         [("FY2020", "DATE", "2020"), ("FY23", "DATE", "2023")]),
        # "the final quarter" of a year is its fourth; of a match it is no date
        ("Demand for coal picked up in the final quarter of last year.",
         [("the final quarter of last year", "DATE", "2021-Q4")]),
        ("The winger scored twice in the final quarter of the match.", []),
        # the decade of publication, written as TimeML writes a decade
        ("Growth this decade has lagged.", [("this decade", "DATE", "202")]),
        # a clock time is finer than the part of the day it falls in
        ("The offer lapses at midnight tonight.", [("midnight tonight", "TIME", "2022-01-07T24:00")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a second" before a noun or an adjective is the ordinal, no second of time
        ("Riot police held the square for a second straight night.", []),
        ("The governor is seeking a second term.", []),
        ("A second convoy reached the border town.", []),
        ("The tremor lasted a second.", [("a second", "PT1S")]),
    ],
)
def test_a_second_that_is_an_ordinal(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(nlp(text), article=make_article(text, date=PUBLISHED), found={}, resources=pipeline.resources)
    assert [(w.text, w.timeml) for w in found] == expected


LEAN_PUBLISHED = dt.date(2022, 1, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present tense of an arrangement looks ahead
        ("The two ministers meet Monday in Oslo.", [("Monday", "2022-01-10")]),
        ("The port authority holds its vote on Wednesday.", [("Wednesday", "2022-01-12")]),
        ("Negotiators are returning to the table on Tuesday.", [("Tuesday", "2022-01-11")]),
        # ... but a verb whose past is written as its present may be a past
        ("Storms hurt the harvest on Tuesday.", [("Tuesday", "2022-01-04")]),
        # a negated "could" tells what was not possible, not what may come
        ("Neither mayor could be reached on Wednesday.", [("Wednesday", "2022-01-05")]),
        # a year-less month: the coming one when near, unless the clause tells what happened
        ("The new bridge opens to traffic in March.", [("March", "2022-03")]),
        ("The old museum was founded in March.", [("March", "2021-03")]),
        ("Ferry fares have climbed since February.", [("February", "2021-02")]),
        # a time reached is no past one
        ("The court extended the filing deadline to March 10.", [("March 10", "2022-03-10")]),
        # a day counted from a named day, in the clause's direction
        ("He was detained two days before Christmas.", [("two days before Christmas", "2021-12-23")]),
        # a clause of time or condition leans like the clause it hangs on
        ("The board will decide after the auditors report Monday.", [("Monday", "2022-01-10")]),
        ("Dealers said they would sell as soon as the market opened Tuesday.", [("Tuesday", "2022-01-11")]),
        ("The board decided after the auditors reported Monday.", [("Monday", "2022-01-03")]),
        ("Starting Monday, the ferries will sail from the north pier.", [("Monday", "2022-01-10")]),
        # the months or days of a range spaCy takes whole are found one by one
        ("The survey ran from June to August.", [("June", "2021-06"), ("August", "2021-08")]),
        ("The kiosk stayed shut from Monday to Wednesday.", [("Monday", "2022-01-03"), ("Wednesday", "2022-01-05")]),
        # ... in order: a start that came out after the end is read again (leaning back, or the
        # end leaning ahead where the start's clause looks ahead)
        ("The audit looks at spending from February to June.", [("February", "2021-02"), ("June", "2021-06")]),
        ("The fair will run from February to June.", [("February", "2022-02"), ("June", "2022-06")]),
        ("The audit looks at spending between February and June.", [("February", "2021-02"), ("June", "2021-06")]),
        ("The survey ran from May to July.", [("May", "2021-05"), ("July", "2021-07")]),
        # a time an act or a deadline is moved to is a later one
        ("The magistrate adjourned the inquest to Wednesday.", [("Wednesday", "2022-01-12")]),
        ("The auction was pushed back to Tuesday.", [("Tuesday", "2022-01-11")]),
        # a day or month that modifies a noun names that thing's time, not the clause's: the nearest one
        ("Auditors will publish the findings of the Dec. 20 inspection.", [("Dec. 20", "2021-12-20")]),
        ("Monitors may review the Dec. 28 ceasefire.", [("Dec. 28", "2021-12-28")]),
        ("The Jan. 19 summit will go ahead.", [("Jan. 19", "2022-01-19")]),
        # an adjective that points ahead after its noun, in a clause that is no past one
        ("The opposition hopes to win the referendum due in March.", [("March", "2022-03")]),
        ("The instalment due in December was never paid.", [("December", "2021-12")]),
        # a day of the month named alone: of this month or a neighbour, in the clause's direction
        ("The summit opens on the 25th.", [("the 25th", "2022-01-25")]),
        ("Ballots will be counted on the 3rd.", [("the 3rd", "2022-02-03")]),
        ("The envoys arrived on the 28th.", [("the 28th", "2021-12-28")]),
        # "since" puts a time behind, even in a clause that looks ahead
        ("The quietest week since December could end soon.", [("December", "2021-12")]),
        ("Ferry fares will stay at their highest level since November.", [("November", "2021-11")]),
        # a participle telling what befell its noun, and a time the parse hangs on the object, look back
        ("The council, formed by decree in March, met in the old palace.", [("March", "2021-03")]),
        ("The panel heard testimony in February and will report in June.", [("February", "2021-02"), ("June", "2022-06")]),
        # ... but a participle of planning does not
        ("The rally, planned for March, was called off.", [("March", "2022-03")]),
        # the end of a year-less range is the first such day after its start
        ("The walkout lasted from March 2 to March 9.", [("March 2", "2021-03-02"), ("March 9", "2021-03-09")]),
        ("The exhibition will run from March 2 to March 9.", [("March 2", "2022-03-02"), ("March 9", "2022-03-09")]),
        # a season named alone in a clause that looks ahead is the coming one
        ("Voters will pick a new parliament in the autumn.", [("the autumn", "2022-FA")]),
        ("The harbour froze in the autumn.", [("the autumn", "2021-FA")]),
        # a year with "pre-" or "post-" before it, and a year named as "the year ..."
        ("The post-1945 order is fraying.", [("post-1945", "1945")]),
        ("The pact runs out in the year 2030.", [("the year 2030", "2030")]),
        # a day counted by its ordinal is the day in view only where a present-tense "be" says so
        ("Today is the fourth day of the ferry strike.", [("Today", "2022-01-07"), ("the fourth day", "2022-01-07")]),
        ("The blockade is in its ninth day.", [("its ninth day", "2022-01-07")]),
        ("On the fourth day of the blockade, the ferries sailed.", []),
        # a set told as how often: "twice a week"
        ("The council meets twice a week.", [("twice a week", "P1W")]),
        # a clock time in four figures with its zone is no year
        ("The ferry docked at 1930 GMT on Tuesday.", [("Tuesday", "2022-01-04")]),
        # a four-figure number counting the plural noun after it is no year
        ("Customs seized 1850 cartons of cigarettes on Tuesday.", [("Tuesday", "2022-01-04")]),
        ("The 1998 floods are still remembered.", [("1998", "1998")]),
        ("Since 1998 farmers have sold their wheat to the state.", [("1998", "1998")]),
        # a verb of planning or promising in the simple past dates its own act when the time comes
        # before what was planned, or when a particle makes it another verb
        ("The governor vowed in October to veto the bill.", [("October", "2021-10")]),
        ("The lender set aside new reserves in November.", [("November", "2021-11")]),
        ("Guerrillas set off a car bomb on Tuesday.", [("Tuesday", "2022-01-04")]),
        # ... or when it did its own act to an object on the day named, not what it arranged
        ("Looters set fire to a grain store on Tuesday.", [("Tuesday", "2022-01-04")]),
        ("Students set fire to a kiosk during Tuesday's unrest in the square.", [("Tuesday", "2022-01-04")]),
        ("The council set the ballot for Tuesday.", [("Tuesday", "2022-01-11")]),
        ("The union planned a mass rally in the harbour district on Thursday.", [("Thursday", "2022-01-13")]),
        # a part of the day takes the day named just before
        ("Police cleared the square on Wednesday. In the morning, the crowds came back.",
         [("Wednesday", "2022-01-05"), ("In the morning", "2022-01-05TMO")]),
    ],
)
def test_which_way_a_time_leans(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(nlp(text), article=make_article(text, date=LEAN_PUBLISHED), found={}, resources=pipeline.resources)
    assert [(w.text, w.timeml) for w in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ballots were counted on April 11th and 12th in two towns.",
         [("April 11th", "2001-04-11"), ("12th", "2001-04-12")]),
        ("Rail staff walk out on 3, 4 and 5 June, the union says.",
         [("3", "2002-06-03"), ("4", "2002-06-04"), ("5 June", "2002-06-05")]),
        ("The envoys gather on the 9th and 10th of July 2003.", [("9th", "2003-07-09"), ("10th of July 2003", "2003-07-10")]),
        ("Output fell on March 3 and 4 percent more after that.", [("March 3", "2002-03-03")]),
    ],
)
def test_days_written_together_are_days_of_one_year(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    """Each day of a list is its own day of the month named once, in one year: never 1928 for
    "February 27th and 28th" in a 2002 article.  A number counting something is no day."""
    article = make_article(text, date=dt.date(2002, 3, 5))
    found = find_dates(nlp(text), article=article, found={}, resources=pipeline.resources)
    assert [(w.text, w.timeml) for w in found if w.type == "DATE"] == expected


def test_a_span_of_days_is_one_stretch(pipeline, nlp) -> None:
    text = "The summit ran Feb. 27-28 in Rome."
    found = find_dates(nlp(text), article=make_article(text, date=dt.date(2002, 3, 5)), found={}, resources=pipeline.resources)
    assert [(w.text, w.earliest, w.latest) for w in found] == [("Feb. 27-28", dt.date(2002, 2, 27), dt.date(2002, 2, 28))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison a year back next to a quarter is that quarter a year before ...
        ("Freight income grew in the third quarter, up 6% from a year earlier.",
         [("the third quarter", "2021-Q3"), ("a year earlier", "2020-Q3")]),
        # ... but after a longer stretch named since, it compares that stretch
        ("Freight income grew in the third quarter. For the nine months, it rose 2% from a year earlier.",
         [("the third quarter", "2021-Q3"), ("the nine months", "P9M"), ("a year earlier", "2020")]),
        # a bare "the quarter" is the quarter just named, a fiscal one too
        ("The brewer earned more in the fiscal second quarter. Beer sales in the quarter rose 3%.",
         [("the fiscal second quarter", "2021-Q2"), ("the quarter", "2021-Q2")]),
        ("The brewer earned more in the fiscal fourth quarter. Revenue for the latest period rose 3%.",
         [("the fiscal fourth quarter", "2021-Q4"), ("the latest period", "2021-Q4")]),
        # an earlier quarter named as a contrast leaves the one reported in view
        ("Rail profit jumped in the third quarter. After a weak second quarter, coal loadings recovered. "
         "One-off costs in the year-earlier period also weighed.",
         [("the third quarter", "2021-Q3"), ("second quarter", "2021-Q2"), ("the year-earlier period", "2020-Q3")]),
        # a quarter still to come is a forecast, not the one "a year earlier" compares
        ("Freight income grew in the third quarter. Analysts see losses through the second quarter of 2022. "
         "Costs were higher than a year earlier.",
         [("the third quarter", "2021-Q3"), ("the second quarter of 2022", "2022-Q2"), ("a year earlier", "2020-Q3")]),
        ("Freight income grew in the third quarter, up 6% from the comparable year-ago quarter.",
         [("the third quarter", "2021-Q3"), ("the comparable year-ago quarter", "2020-Q3")]),
        # "that same day" after a month: a day of that month
        ("The clinic closed last October. Its sign came down that same day.",
         [("last October", "2021-10"), ("that same day", "2021-10-XX")]),
        # a year-less month right after a year is of that year ...
        ("The assembly could not pass a budget last year until March.", [("last year", "2020"), ("March", "2020-03")]),
        ("Talks on the port broke down in 2017, in June.", [("2017", "2017"), ("June", "2017-06")]),
        # ... but not one further off in its clause
        ("The mill, opened in 1985, will close in March.", [("1985", "1985"), ("March", "2022-03")]),
    ],
)
def test_a_time_read_from_the_one_before(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    article = make_article(text, date=dt.date(2021, 11, 3))  # a report of the third quarter
    found = find_dates(nlp(text), article=article, found={}, resources=pipeline.resources)
    assert [(w.text, w.timeml) for w in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a week, a quarter or a year counted from the time named just before
        ("Ferry crews struck on Oct. 3, and the harbour reopened the following week.",
         [("Oct. 3", "1997-10-03"), ("the following week", "1997-W41")]),
        ("The museum flooded on April 14, 1996. The same day, volunteers moved its paintings upstairs.",
         [("April 14, 1996", "1996-04-14"), ("The same day", "1996-04-14")]),
        ("Cocoa exports rose in the third quarter after a slump in the previous quarter.",
         [("the third quarter", "1997-Q3"), ("the previous quarter", "1997-Q2")]),
        ("The brewery opened in 1994; the prior year, its founders had sold a farm.",
         [("1994", "1994"), ("the prior year", "1993")]),
        # the clause's lean: a weekend ahead, a year-end gone by
        ("The two unions will vote on the offer at the weekend.", [("the weekend", "1997-W45-WE")]),
        ("The two unions voted on the offer at the weekend.", [("the weekend", "1997-W44-WE")]),
        ("The index has gained 12% since year-end.", [("year-end", "1996-12-31")]),
        # "this quarter": the current one when the clause looks ahead, else the one reported on
        ("The mill will run at full speed this quarter, its owners said.", [("this quarter", "1997-Q4")]),
        ("This quarter's profit includes money from selling a warehouse.", [("This quarter", "1997-Q3")]),
        # a year named by its last day is twelve months, no calendar year
        ("In the year ended Oct. 2, the co-op made $12 million.", [("the year", "P1Y"), ("Oct. 2", "1997-10-02")]),
        ("Imports doubled during the second half of the '70s.", [("the second half of the '70s", "197")]),
        # a quarter still running is a forecast: "the year-ago period" compares with the one reported
        ("Cement sales slid in the third quarter and may weaken in the fourth quarter. Sales were higher in the year-ago period.",
         [("the third quarter", "1997-Q3"), ("the fourth quarter", "1997-Q4"), ("the year-ago period", "1996-Q3")]),
        # months counted: the year-earlier period is as many months, a year before (TimeML's duration)
        ("For the nine months, the dairy earned $4 million; it had lost money over the year-earlier period.",
         [("the nine months", "P9M"), ("the year-earlier period", "P9M")]),
        ("Net for the year-earlier six months included a land sale.", [("the year-earlier six months", "P6M")]),
    ],
)
def test_a_time_read_from_its_context(pipeline, nlp, text: str, expected: list[tuple[str, str]]) -> None:
    article = make_article(text, date=dt.date(1997, 11, 5))  # a Wednesday, early in the fourth quarter
    found = find_dates(nlp(text), article=article, found={}, resources=pipeline.resources)
    assert [(w.text, w.timeml) for w in found] == expected
