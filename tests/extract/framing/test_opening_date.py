"""A time adverbial that opens a sentence, set off by a comma, dates every clause of it that has
no date of its own (:func:`seismo.extract.framing.timing.opening_date`), but not an event it only
names the time of ("After the 2019 floods, ...").  Sentences written for these tests; the test
articles are published on 2022-01-07."""

from __future__ import annotations


def test_a_relative_clause_takes_the_date_that_opens_the_sentence(events_of) -> None:
    events = events_of("Back in 2018, the gang was broken up by a special squad, which arrested its leader in Nagpur.")
    arrest = events.find("COERCE", "arrested")
    assert arrest is not None and arrest.date is not None and arrest.date.value == "2018", events.brief()
    assert arrest.modality == "historical", arrest.modality


def test_an_event_named_in_the_opening_phrase_dates_nothing_else(events_of) -> None:
    events = events_of("After the 2019 floods, residents blocked the road that the council had promised to repair.")
    promise = events.find("AGREE", "promised")
    assert promise is not None and promise.date is not None and promise.date.value == "2022-01-07", events.brief()
