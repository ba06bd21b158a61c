"""TimeML conventions of the dates step (issue 12): sentences written for these tests, each read
with a publication date, checked for span, TimeML type and value."""

from __future__ import annotations

import datetime as dt

import pytest


PUBLISHED = dt.date(2022, 1, 7)  # a Friday


def _found(dates_of, text: str) -> list[tuple[str, str | None, str | None]]:
    found = dates_of(text, PUBLISHED)
    return [(w.text, w.type, w.timeml) for w in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decades listed together are each a decade, never the publication day
        ("Prices rose in the 1980s and 1990s.", [("the 1980s", "DATE", "198X"), ("1990s", "DATE", "199X")]),
        # an age in decades is no time at all
        ("The tenant, a woman in her 40s, moved out.", []),
        # a year in figures after a word that puts a time after it, where the parser finds none
        ("She taught at the school from 1984 to 1991.", [("1984", "DATE", "1984"), ("1991", "DATE", "1991")]),
        # a century spelled out: TimeML writes its years' first two digits
        ("The mill dates from the eighteenth century.", [("the eighteenth century", "DATE", "17")]),
        ("Engineers of the twenty-first century face new limits.", [("the twenty-first century", "DATE", "20")]),
    ],
)
def test_calendar_names(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML anchors "that night", "the day before" on the time in view, not on publication
        ("The dam burst on Nov. 2. That night, villagers fled to the hills.",
         [("Nov. 2", "DATE", "2021-11-02"), ("That night", "TIME", "2021-11-02TNI")]),
        ("The dam burst on Nov. 2. The next morning, villagers fled to the hills.",
         [("Nov. 2", "DATE", "2021-11-02"), ("The next morning", "TIME", "2021-11-03TMO")]),
        ("The dam burst on Nov. 2. The evening after, villagers fled to the hills.",
         [("Nov. 2", "DATE", "2021-11-02")]),
        ("The dam failed on Nov. 2. Engineers had warned of cracks the day before.",
         [("Nov. 2", "DATE", "2021-11-02"), ("the day before", "DATE", "2021-11-01")]),
        ("The ferry sank on Nov. 2. Later that day, divers reached the wreck.",
         [("Nov. 2", "DATE", "2021-11-02"), ("Later that day", "DATE", "2021-11-02")]),
        ("The ferry sank on Nov. 2. Later in the day, divers reached the wreck.",
         [("Nov. 2", "DATE", "2021-11-02"), ("Later in the day", "DATE", "2021-11-02")]),
        ("The mayor said Tuesday that looters came the night before.",
         [("Tuesday", "DATE", "2022-01-04"), ("the night before", "TIME", "2022-01-03TNI")]),
        ("The canal reopened in 2015, a decade after it had silted up, and a bridge went up the year after.",
         [("2015", "DATE", "2015"), ("a decade", "DURATION", "P1E"), ("the year after", "DATE", "2016")]),
    ],
)
def test_times_read_from_the_time_in_view(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decades and centuries counted back exactly are a year, as "ten years ago" is
        ("The orchard was planted two decades ago.", [("two decades ago", "DATE", "2002")]),
        ("The lighthouse was lit a century ago.", [("a century ago", "DATE", "1922")]),
        # nights counted back are that day's night
        ("Looters struck the market two nights ago.", [("two nights ago", "TIME", "2022-01-05TNI")]),
        # the decade to come is a stretch of ten years, as the past one is
        ("Water demand will double over the next decade.", [("the next decade", "DURATION", "P10Y")]),
        # the century to come is a date: the one after publication's
        ("Engineers will need new alloys in the next century.", [("the next century", "DATE", "21")]),
        # the near future is a vague reference to what is to come
        ("The harbour will reopen in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    ],
)
def test_counted_and_vague_times(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter followed by its last day is the three months up to it: the calendar quarter
        # holding most of them, not the latest one
        ("The chain earned $4 million in the quarter ended May 31.",
         [("the quarter", "DATE", "2021-Q2"), ("May 31", "DATE", "2021-05-31")]),
        # a quarter named by its number is of the year its last day falls in
        ("The brewer lost money in the second quarter ended Nov. 30, 2020.",
         [("the second quarter", "DATE", "2020-Q2"), ("Nov. 30, 2020", "DATE", "2020-11-30")]),
    ],
)
def test_a_quarter_by_its_last_day(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter named by its number in a clause that looks ahead is the coming one (PUBLISHED is in
        # January: the third quarter gone is half a year back) ...
        ("The mill will reopen in the third quarter, its owner said.", [("the third quarter", "DATE", "2022-Q3")]),
        # ... but the one just ended stays, whose figures are still to be told
        ("The brewer will publish its fourth-quarter figures next week.",
         [("fourth-quarter", "DATE", "2021-Q4"), ("next week", "DATE", "2022-W02")]),
        # a clause that tells what happened keeps the latest begun
        ("The brewer's margins narrowed during the third quarter.",
         [("the third quarter", "DATE", "2021-Q3")]),
    ],
)
def test_a_quarter_looking_ahead(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until", "by" point ahead, but not under a simple past: what it tells is over
        ("The siege lasted until Wednesday.", [("Wednesday", "DATE", "2022-01-05")]),
        ("The envoy stayed in the capital until November.", [("November", "DATE", "2021-11")]),
        ("The repairs were completed by November.", [("November", "DATE", "2021-11")]),
        # ... while a deadline moved "until" a day is a later one, whatever the tense
        ("The council extended the curfew until Wednesday.", [("Wednesday", "DATE", "2022-01-12")]),
        ("The repairs will be completed by November.", [("November", "DATE", "2022-11")]),
        # a verb of expecting or planning does not put its time behind publication, whatever its tense
        ("A ruling had been expected before the end of the year.", [("the end of the year", "DATE", "2022")]),
        ("The vote had been scheduled for March.", [("March", "DATE", "2022-03")]),
        ("The mill shut at the end of the year.", [("the end of the year", "DATE", "2021")]),
    ],
)
def test_deadline_words_and_the_past(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


def test_a_day_of_the_month_named_alone(dates_of) -> None:
    """A day of the month after a preposition of time, which the parser may take for an ordinal."""
    assert _found(dates_of, "The ministers met on the 3rd.") == [("the 3rd", "DATE", "2022-01-03")]


def test_months_joined_by_a_dash_are_a_range_in_order(dates_of) -> None:
    """Two months closed up with a dash are a range without "from": its ends in order (in a
    November article, this year's January, not the coming one)."""
    text = "Tourist arrivals rose in the January-October period."
    found = dates_of(text, dt.date(2021, 11, 20))
    assert [(w.text, w.timeml) for w in found] == [("January", "2021-01"), ("October", "2021-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sets of weekends and of mornings or evenings: TimeML's XXXX-WXX-WE, XXXX-XX-XXTMO
        ("The night market opens every weekend.", [("every weekend", "SET", "XXXX-WXX-WE")]),
        ("The choir practises every morning.", [("every morning", "SET", "XXXX-XX-XXTMO")]),
        ("Volunteers cook soup every Sunday evening.", [("every Sunday evening", "SET", "XXXX-WXX-7TEV")]),
        # how often in each unit is a set of that unit (TimeML's P1W)
        ("The bus to the valley leaves three times a week.", [("three times a week", "SET", "P1W")]),
    ],
)
def test_sets_of_weekends_parts_of_days_and_times_per_unit(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two clock times joined into one entity are each a time of the day in view
        ("The clinic saw patients between 7:50 a.m. and 2:15 p.m.",
         [("7:50 a.m.", "TIME", "2022-01-07T07:50"), ("2:15 p.m.", "TIME", "2022-01-07T14:15")]),
        # ... and both take the day named after them, not each other's (publication's) day
        ("The clinic saw patients between 7:50 a.m. and 2:35 p.m. on Monday.",
         [("7:50 a.m.", "TIME", "2022-01-03T07:50"), ("2:35 p.m.", "TIME", "2022-01-03T14:35"), ("Monday", "DATE", "2022-01-03")]),
    ],
)
def test_clock_times_in_a_range(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that weekend" is the one of the week in view (Nov. 2, 2021 is in ISO week 44), not publication's
        ("The levee failed on Nov. 2. That weekend, farmers moved their herds uphill.",
         [("Nov. 2", "DATE", "2021-11-02"), ("That weekend", "DATE", "2021-W44-WE")]),
        # a season after "that" / "the following" / "the previous" is read from the year or month in view
        ("The mine closed in 2009. The following spring, the miners left the valley.",
         [("2009", "DATE", "2009"), ("The following spring", "DATE", "2010-SP")]),
        ("The mine closed in 2009. That summer, the miners left the valley.",
         [("2009", "DATE", "2009"), ("That summer", "DATE", "2009-SU")]),
        ("The mine closed in March 2009. The previous winter had been the coldest on record.",
         [("March 2009", "DATE", "2009-03"), ("The previous winter", "DATE", "2008-WI")]),
    ],
)
def test_weekends_and_seasons_read_from_the_time_in_view(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years, months or decades counted back ("earlier", "before") from the time named just before them, at its precision
        ("The ferry line closed in 2013; two years earlier it had been sold.",
         [("2013", "DATE", "2013"), ("two years earlier", "DATE", "2011")]),
        ("Grain output on Tuesday was 3% above its level a year earlier.",
         [("Tuesday", "DATE", "2022-01-04"), ("a year earlier", "DATE", "2021-01-04")]),
        ("The dam was finished in June 2016. Three months earlier, the valley had been flooded.",
         [("June 2016", "DATE", "2016-06"), ("Three months earlier", "DATE", "2016-03")]),
        # with no time named before, the time in view is publication's
        ("Grain output was 3% above its level a year earlier.", [("a year earlier", "DATE", "2021")]),
        # a year written in a span is the year read ("2011, a year" is no date of the publication's year)
        ("The bridge reopened in 2011, a year after the flood.", [("2011", "DATE", "2011"), ("a year", "DURATION", "P1Y")]),
    ],
)
def test_counted_back_from_the_time_in_view(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last year" closing a comparison of amounts after a quarter is that quarter a year before
        ("Profit in the fourth quarter rose to $12 million, compared with $9.5 million last year.",
         [("the fourth quarter", "DATE", "2021-Q4"), ("last year", "DATE", "2020-Q4")]),
        ("Fourth-quarter sales were $3.1 billion, up 8% from last year's $2.87 billion.",
         [("Fourth-quarter", "DATE", "2021-Q4"), ("last year's", "DATE", "2020-Q4")]),
        # ... but not where it tells of something else
        ("Profit in the fourth quarter rose to $12 million. The plant opened last year.",
         [("the fourth quarter", "DATE", "2021-Q4"), ("last year", "DATE", "2021")]),
    ],
)
def test_last_year_compared_with_a_quarter(dates_of, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday naming the day of a thing whose lead-up the clause tells takes no tense from it:
        # the nearest such day
        ("Party leaders campaigned hard before Sunday's vote.", [("Sunday", "DATE", "2022-01-09")]),
        ("Unions rallied ahead of the Monday deadline.", [("Monday", "DATE", "2022-01-10")]),
        # ... while one the clause dates still follows its tense
        ("Party leaders campaigned hard on Sunday.", [("Sunday", "DATE", "2022-01-02")]),
        ("Thirty marchers were injured in Sunday's clashes.", [("Sunday", "DATE", "2022-01-02")]),
    ],
)
def test_a_weekday_naming_the_day_of_what_is_led_up_to(dates_of, text: str,
                                                       expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch counted after a comma begins a phrase of its own: the day, then a duration
        ("Jets hit the depots today, nine days after the border raid.",
         [("today", "DATE", "2022-01-07"), ("nine days", "DURATION", "P9D")]),
        ("The rebels left the town Wednesday, two weeks before the vote.",
         [("Wednesday", "DATE", "2022-01-05"), ("two weeks", "DURATION", "P2W")]),
        # a day and its date after a comma stay one expression
        ("The court sat on Tuesday, Jan. 4.", [("Tuesday, Jan. 4", "DATE", "2022-01-04")]),
    ],
)
def test_a_day_then_a_counted_stretch(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of time under a verb of planning in the simple past tells what came before the planning
        ("The curfew was set last Monday after gunmen stormed a police post on Nov. 9.",
         [("last Monday", "DATE", "2022-01-03"), ("Nov. 9", "DATE", "2021-11-09")]),
        # ... but a clause in the present under it still looks ahead, and so does one under a future
        ("The strike was planned after the union meets in March.", [("March", "DATE", "2022-03")]),
        ("The board will decide after the auditors report in March.", [("March", "DATE", "2022-03")]),
    ],
)
def test_a_clause_of_time_under_a_past_plan(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any modifier of time_words.tsv may lead a count back, and "ago" stays in the span
        ("The ferry service stopped roughly a week ago.", [("roughly a week ago", "DATE", "2021-W52")]),
        ("The fund opened approximately two years ago.", [("approximately two years ago", "DATE", "2020")]),
        ("The well ran dry less than a month ago.", [("less than a month ago", "DATE", "2021-12")]),
    ],
)
def test_a_count_back_after_any_modifier(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time told from publication keeps publication's year after a year named just before it
        ("The lira sank to its weakest level since 1993 today.",
         [("1993", "DATE", "1993"), ("today", "DATE", "2022-01-07")]),
        ("Steel output hit its highest since 2008 yesterday.",
         [("2008", "DATE", "2008"), ("yesterday", "DATE", "2022-01-06")]),
        # a year-less month right after a year is still of that year
        ("The plant shut in 2019, in March, after a fire.", [("2019", "DATE", "2019"), ("March", "DATE", "2019-03")]),
    ],
)
def test_publication_times_after_a_year(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for the week", "for the month", as "for the year": publication's
        ("For the week, the rand lost 3 percent against the dollar.", [("the week", "DATE", "2022-W01")]),
        ("For the month, bond yields have fallen by a quarter point.", [("the month", "DATE", "2022-01")]),
        ("Thursday was the week's busiest session on the Nairobi exchange.",
         [("Thursday", "DATE", "2022-01-06"), ("the week", "DATE", "2022-W01")]),
        # a week counted from another time is not publication's
        ("Relief flights arrived the week before Christmas.", [("the week before Christmas", "DATE", "2021-W51")]),
    ],
)
def test_the_week_and_the_month(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season named by its weather, with no word of time before it, is that season
        ("A bitter winter and a rainy spring delayed the planting.",
         [("winter", "DATE", "2021-WI"), ("spring", "DATE", "2021-SP")]),
        # "fall" after such a word is a drop, not autumn
        ("Shares suffered a long fall after the audit.", []),
        # "the last decade", like "the past decade", is the ten years to publication (a DURATION)
        ("Rents in the capital doubled over the last decade.", [("the last decade", "DURATION", "P10Y")]),
        # "the same period a year ago" is the period just named, a year back, at its precision
        ("Tourist arrivals in November dropped from the same period a year ago.",
         [("November", "DATE", "2021-11"), ("a year ago", "DATE", "2020-11")]),
        # without "the same period" before it, "a year ago" stays publication's year before
        ("Tourist arrivals fell in November, and the hotels were nearly empty a year ago.",
         [("November", "DATE", "2021-11"), ("a year ago", "DATE", "2021")]),
    ],
)
def test_seasons_decades_and_the_same_period(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month of the quarter in view, named in an earlier sentence, is a detail of it: "a year earlier" is the quarter
        ("Profit fell in the third quarter, hurt by a strike in August. It was $12 million, down from $15 million a year earlier.",
         [("the third quarter", "DATE", "2021-Q3"), ("August", "DATE", "2021-08"), ("a year earlier", "DATE", "2020-Q3")]),
        # in the same sentence as the month, it is that month a year before
        ("Profit fell in the third quarter. In August alone, sales were $3 million, against $4 million a year earlier.",
         [("the third quarter", "DATE", "2021-Q3"), ("August", "DATE", "2021-08"), ("a year earlier", "DATE", "2020-08")]),
        # a quarter still running, named while a finished one is in view, does not take its place
        ("Profit fell in the fourth quarter. The firm gave no forecast for its first-quarter figures. For the latest quarter, "
         "its bus unit earned $4 million, compared with $6 million last year.",
         [("the fourth quarter", "DATE", "2021-Q4"), ("first-quarter", "DATE", "2022-Q1"),
          ("the latest quarter", "DATE", "2021-Q4"), ("last year", "DATE", "2020-Q4")]),
    ],
)
def test_a_year_earlier_after_a_month_of_the_quarter(dates_of, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month named after "the following" / "the next" / "that" is of the time in view, not of publication
        ("The mill closed in 2009 and reopened the following January.",
         [("2009", "DATE", "2009"), ("the following January", "DATE", "2010-01")]),
        ("The bridge was finished in 2004 and opened to traffic the next March.",
         [("2004", "DATE", "2004"), ("the next March", "DATE", "2005-03")]),
        ("The ship ran aground in May 2013, and that September it was towed off.",
         [("May 2013", "DATE", "2013-05"), ("that September", "DATE", "2013-09")]),
        ("The ship ran aground in May 2013. The previous December, its owner had sold it.",
         [("May 2013", "DATE", "2013-05"), ("The previous December", "DATE", "2012-12")]),
        # "that" opening a clause is no pointer: the month is read as ever
        ("The mill closed in 2009. Its owners said that December orders were weak.",
         [("2009", "DATE", "2009"), ("December", "DATE", "2021-12")]),
        # a season named alone after "by" / "until", closing its phrase, is the season ("fall" too)
        ("Water levels in the reservoir should recover by fall, engineers say.", [("fall", "DATE", "2022-FA")]),
        ("Shares were hurt by a fall in orders.", []),
        # a clock time without a.m. or p.m. takes its half of the day from the part named with it
        ("Firefighters were called at 11:40 Wednesday night.", [("11:40 Wednesday night", "TIME", "2022-01-05T23:40")]),
        ("The hearing adjourned at 4:15 Thursday afternoon.", [("4:15 Thursday afternoon", "TIME", "2022-01-06T16:15")]),
        # a holiday's weekend is the one nearest it: a Monday's the one before, a Thursday's the one after
        ("Hotels along the coast were full over the Memorial Day weekend.", [("the Memorial Day weekend", "DATE", "2021-W21-WE")]),
        ("Shops were crowded over the Thanksgiving weekend.", [("the Thanksgiving weekend", "DATE", "2021-W47-WE")]),
        # a year cut to two figures after a preposition, closing its phrase
        ("The inn has been run by one family since '87, when it changed hands.", [("'87", "DATE", "1987")]),
        ("The team scored 87 points.", []),
    ],
)
def test_months_in_view_seasons_alone_clock_halves_holiday_weekends(dates_of, text: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "May" is a month written in full: "the following May" is of the time in view
        ("The pier was wrecked in 2011 and rebuilt the following May.",
         [("2011", "DATE", "2011"), ("the following May", "DATE", "2012-05")]),
        # an abbreviated month with its day is a date, not "that Sept" pointing back
        ("Flights were grounded after that Sept. 11 attack.", [("Sept. 11", "DATE", "2021-09-11")]),
        # "and that" opens a clause: the month is read as ever
        ("Profits fell in 2009 and that December orders were weak.", [("2009", "DATE", "2009"), ("December", "DATE", "2021-12")]),
        ("Polls close at 8:30 Sunday evening.", [("8:30 Sunday evening", "TIME", "2022-01-09T20:30")]),
        # half past twelve at night is past midnight: the part of the day stands, not noon
        ("Police were called at 12:30 Friday night.", [("12:30 Friday night", "TIME", "2022-01-07TNI")]),
    ],
)
def test_full_month_names_clause_that_and_clock_times_after_a_preposition(dates_of, text: str,
                                                                        expected: list[tuple[str, str, str]]) -> None:
    assert _found(dates_of, text) == expected


def test_a_clock_time_before_its_day_only_after_a_preposition_of_time() -> None:
    """The rule for a clock time with no a.m. or p.m. before its day wants a preposition of time (class
    ``clock_prep``) before it: "at 4:30 Tuesday afternoon" is a time of day, "in 2:08 Sunday" a race's time."""
    from seismo.extract.dates.spans import rule_spans

    def said(text: str) -> list[str]:
        return [text[a:b] for a, b in rule_spans(text)]

    assert said("Doors open at 4:30 Tuesday afternoon.") == ["4:30 Tuesday afternoon"]
    assert said("The count ends by 11:15 tonight.") == ["11:15 tonight"]
    assert said("She won the marathon in 2:08 Sunday.") == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no time named before them, counted from the document's date, as TimeML anchors them
        ("The day before, customs officers had sealed the port.", [("The day before", "DATE", "2022-01-06")]),
        ("The following week, the council will vote on the budget.", [("The following week", "DATE", "2022-W02")]),
        ("Sales had slipped in the previous month.", [("the previous month", "DATE", "2021-12")]),
        # a bare "that day" is still no particular day
        ("Nobody who was there that day has spoken.", []),
    ],
)
def test_a_time_counted_from_no_time_in_view_counts_from_publication(dates_of, text: str,
                                                                       expected: list[tuple[str, str, str]]) -> None:
    """dates v31: "the day before", "the following week", "the previous month" with no earlier time."""
    assert _found(dates_of, text) == expected
