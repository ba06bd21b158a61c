"""When an event happened (seismo.extract.events.dating, events v94): a possessive date of another
event noun is that event's, the day a teller spoke bounds what they report, and a verb in the
simple past is not dated by a later day.  Sentences written for these tests; articles published
on Friday 2022-01-07 (tests/extract/conftest.py)."""

from __future__ import annotations

import pytest


def _date(events, type_: str, trigger: str) -> str | None:
    event = events.find(type_, trigger)
    assert event is not None, events.brief()
    return None if event.date is None else event.date.value


def test_a_possessive_date_of_another_event_does_not_date_the_trigger(events_of) -> None:
    text = "Hundreds of nurses marched through Accra on Tuesday to mark last year's strike."
    assert _date(events_of(text), "PROTEST", "marched") == "2022-01-04"
    bare = "Hundreds of nurses marched through Accra to mark last year's strike."
    assert _date(events_of(bare), "PROTEST", "marched") == "2022-01-07"  # the article's day, not 2021


def test_a_possessive_date_of_a_thing_dates_the_act(events_of) -> None:
    text = "Militants attacked Wednesday's convoy outside the depot."
    assert _date(events_of(text), "ASSAULT", "attacked") == "2022-01-05"


def test_the_day_a_teller_spoke_bounds_what_they_report(events_of) -> None:
    text = "Police said late on Tuesday that 14 smugglers had been arrested near the port."
    assert _date(events_of(text), "COERCE", "arrested") == "2022-01-04"


def test_a_done_act_is_not_dated_by_the_day_it_asks_for(events_of) -> None:
    text = "The governor urged the striking drivers to resume their routes on Monday."
    event = events_of(text).find("REQUEST", "urged")
    assert event is not None and event.modality == "asserted" and event.date.value == "2022-01-07"


def test_an_act_set_against_another_events_day_takes_that_day(events_of) -> None:
    for text in ("Police arrested 30 people during Saturday's march in the capital.",
                 "Police arrested 30 people after Saturday's march turned violent."):
        assert _date(events_of(text), "COERCE", "arrested") == "2022-01-01", text


@pytest.mark.parametrize(("text", "type_", "trigger", "day"), [
    # events v100: "who was murdered in March" dates the murder, not the rally
    ("Dock workers rallied in Mombasa calling for justice for a colleague who was stabbed in October.",
     "PROTEST", "rallied", "2022-01-07"),
    ("Students marched to the grave of a teacher shot dead in 2019.", "PROTEST", "marched", "2022-01-07"),
    ("The rally, which was held on Wednesday, drew several thousand people.", "PROTEST", "rally", "2022-01-05"),
    # events v128: "saying ... last year" dates the clause said, not the act it is said beside
    ("The ministry condemned the strike, saying exports fell sharply last year.", "ACCUSE", "condemned", "2022-01-07"),
    ("The ministry condemned the strike on Wednesday, saying exports fell sharply last year.",
     "ACCUSE", "condemned", "2022-01-05"),
    ("The militia said it had pulled back to allow ceasefire talks planned for next week.",
     "RETREAT", "pulled back", "2022-01-07"),
    ("The army confirmed the raid, saying it took place on Wednesday.", "COERCE", "raid", "2022-01-05"),
    # events v130: "the rebels, who seized it in May, said ...": May dates the seizure, not what they
    # report; a clause telling when the teller spoke still bounds it
    ("The guerrillas, who overran the garrison in November, said they had pulled back from the valley.",
     "RETREAT", "pulled back", "2022-01-07"),
    ("The district officer, speaking to reporters on Wednesday, said nine smugglers had been arrested.",
     "COERCE", "arrested", "2022-01-05"),
])
def test_a_date_in_another_clause_dates_that_clause(events_of, text, type_, trigger, day) -> None:
    """A date in a clause on another noun, in a clause said about something else, or in a clause
    on the teller that tells another event does not date the trigger; one on the trigger does."""
    assert _date(events_of(text), type_, trigger) == day


def test_a_toll_since_a_day_runs_from_that_day_to_the_report(events_of) -> None:
    """events v104 (dates.lean.after_since): "since Wednesday" dates a tally from that day to publication,
    and a report of one of its days joins it (merge._within)."""
    text = "Border guards have detained 85 migrants since Wednesday, the ministry said."
    assert _date(events_of(text), "COERCE", "detained") == "2022-01-05/2022-01-07"
    story = ("Riot police made dozens of arrests outside the assembly on Friday.\n\n"
             "Officials added that 140 marchers had been detained since Wednesday.")
    arrests = [e for e in events_of(story) if e.type == "COERCE"]
    assert len(arrests) == 1, events_of(story).brief()
