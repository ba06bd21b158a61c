"""Tags of shouting and urging after a quotation: the phrasal verbs "cry out", "call out", "shout
back", "yell back" (``quote_phrasal_verbs.tsv``) and "exhort" (``speech_verbs.txt``),
seismo.quotes.v30.  Sentences written for these tests."""

from __future__ import annotations


def test_a_crowd_crying_out_says_the_quotation(quotes_of):
    text = (
        'The governor spoke for an hour. "Do we give up and moan about how bad things are?" she asked.\n'
        '"No!" the crowd cried out, booing.'
    )
    assert ("No!", "the crowd") in quotes_of(text).pairs()


def test_a_heckler_shouting_back_says_the_quotation(quotes_of):
    text = 'The minister defended the fare rise. "Then you take the bus for a month," a passenger shouted back.'
    assert ("Then you take the bus for a month,", "a passenger") in quotes_of(text).pairs()


def test_exhorted_is_a_speech_verb(quotes_of):
    text = '"Every one of you must vote on Thursday, rain or shine," Governor Tom Harker exhorted the crowd.'
    assert ("Every one of you must vote on Thursday, rain or shine,", "Tom Harker") in quotes_of(text).pairs()
