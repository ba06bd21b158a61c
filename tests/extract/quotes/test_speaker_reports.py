"""Speakers of reported clauses (seismo.quotes.v17): a sentence after a closed quotation whose
speech verb has a noun object of its own is a new statement, not the quotation's tag; a quotation
going on with a clause that has its own subject is the words of the speech verb whose clausal
complement holds that clause; and a speech clause the parse hung before a later speech verb ("A
said X; B said Y") is a report of its own; and a share whose group goes unsaid ("nine in 10
said") is a speaker.  Sentences written for these tests."""

from __future__ import annotations

import pytest


def speakers_of(quotes, words: str) -> set[str | None]:
    """The speakers (name, else words) of every quote whose text holds ``words``."""
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return {None if q.speaker is None else (q.speaker.name or q.speaker.text) for q in found}


#: (text, words of the quote, its speaker)
ONE_SPEAKER = [
    # a new sentence reporting a noun of its own is no tag of the quotation before it
    ("Mira Tal spoke at the harbor on Friday and said, “The old pier will close for repairs next "
     "spring.” Omar Reyes then recalled a storm that wrecked the pier in 1998.", "old pier will close", "Mira Tal"),
    # a tag naming the listener still signs the quotation
    ("“The pier will reopen in May.” Omar Reyes told reporters.", "reopen in May", "Omar Reyes"),
    # a quotation in a reported clause after a quoted word is the reporter's
    ("Senator Lia Moreno said that by dropping the word \"freight,\" the council had \"turned its "
     "back on the workers who built this valley.\"", "turned its back", "Lia Moreno"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ONE_SPEAKER)
def test_the_quotation_has_its_own_speaker(quotes_of, text: str, words: str, speaker: str):
    assert speakers_of(quotes_of(text), words) == {speaker}


def test_two_reports_in_one_sentence_keep_their_own_speakers(quotes_of):
    text = "In the survey, most farmers said they expected a poor harvest; a third said they would sell part of their land."
    quotes = quotes_of(text)
    assert speakers_of(quotes, "expected a poor harvest") == {"most farmers"}
    assert speakers_of(quotes, "sell part of their land") == {"a third"}


def test_a_share_with_its_group_unsaid_speaks(quotes_of):
    assert speakers_of(quotes_of("In the county poll, nine in 10 said the roads had grown worse since the spring floods."),
                       "roads had grown worse") == {"nine in 10"}
    assert speakers_of(quotes_of("Of the riders asked, two out of three said the new ferry was too slow."),
                       "ferry was too slow") == {"two out of three"}
