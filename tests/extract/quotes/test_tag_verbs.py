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


def test_remembered_after_a_quotation_tags_it_not_the_speaker_before(quotes_of):
    """"remember" is a speech verb like "recall" (seismo.quotes.v31): the quotation is the
    rememberer's, not the last one quoted."""
    text = (
        'The lock keeper retired on Friday. "The canal was busier then," said Ines Moreau, her deputy.\n\n'
        '"We moved forty barges a day," remembered Paul Lindqvist, who ran the lock for thirty years.'
    )
    assert ("We moved forty barges a day,", "Paul Lindqvist") in quotes_of(text).pairs()
