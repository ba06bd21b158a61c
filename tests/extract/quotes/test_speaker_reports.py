"""Speakers of reported clauses (seismo.quotes.v17): a sentence after a closed quotation whose
speech verb has a noun object of its own is a new statement, not the quotation's tag; a quotation
going on with a clause that has its own subject is the words of the speech verb whose clausal
complement holds that clause; and a speech clause the parse hung before a later speech verb ("A
said X; B said Y") is a report of its own; and a share whose group goes unsaid ("nine in 10
said") is a speaker.  Sentences written for these tests."""

from __future__ import annotations


def speakers_of(quotes, words: str) -> set[str | None]:
    """The speakers (name, else words) of every quote whose text holds ``words``."""
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return {None if q.speaker is None else (q.speaker.name or q.speaker.text) for q in found}


def test_a_new_sentence_reporting_a_noun_of_its_own_is_no_tag(quotes_of):
    text = (
        "Mira Tal spoke at the harbor on Friday and said, “The old pier will close for repairs next "
        "spring.” Omar Reyes then recalled a storm that wrecked the pier in 1998."
    )
    assert speakers_of(quotes_of(text), "old pier will close") == {"Mira Tal"}


def test_a_tag_naming_the_listener_still_signs_the_quotation(quotes_of):
    text = "“The pier will reopen in May.” Omar Reyes told reporters."
    assert speakers_of(quotes_of(text), "reopen in May") == {"Omar Reyes"}


def test_a_quotation_in_a_reported_clause_after_a_quoted_word_is_the_reporter_s(quotes_of):
    text = (
        "Senator Lia Moreno said that by dropping the word \"freight,\" the council had \"turned its "
        "back on the workers who built this valley.\""
    )
    assert speakers_of(quotes_of(text), "turned its back") == {"Lia Moreno"}


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
