"""A quotation's speaker named after it, in the paragraph that follows: a fact check's sign-off
line (``— Sen. Ana Ruiz.``), a sentence opening "With those words," and the subject of the
paragraph after a quotation that opens the article (seismo.quotes.v30).
Sentences written for these tests."""

from __future__ import annotations


def test_a_paragraph_holding_only_a_dash_and_a_name_signs_the_quotation_before_it(quotes_of):
    text = (
        "Claims from the debate, checked.\n\n"
        '"Every family will pay less tax under my plan, and the deficit will shrink."\n\n'
        "- Rick Dawson.\n\n"
        "The budget office found otherwise.\n\n"
        '"I voted against every one of those wars from the start."\n\n'
        "— Sen. Maria Velez\n\n"
        "The record shows two votes in favour."
    )
    pairs = quotes_of(text).pairs()
    assert ("Every family will pay less tax under my plan, and the deficit will shrink.", "Rick Dawson") in pairs
    assert ("I voted against every one of those wars from the start.", "Maria Velez") in pairs


def test_a_dash_line_that_goes_on_past_the_name_signs_nothing(quotes_of):
    text = (
        "The list, in full.\n"
        '"Every family will pay less tax under my plan, and the deficit will shrink."\n'
        "- Velez said the plan had been costed."
    )
    pairs = quotes_of(text).pairs()
    assert ("Every family will pay less tax under my plan, and the deficit will shrink.", "Velez") not in pairs


def test_with_those_words_hands_the_quotation_before_it_to_the_subject(quotes_of):
    text = (
        '"We came to collect what the law already says belongs to our town."\n'
        "With those words, Tomasz Wierzbicki opened the meeting with ministry officials on Monday."
    )
    assert ("We came to collect what the law already says belongs to our town.", "Tomasz Wierzbicki") in quotes_of(text).pairs()


def test_with_that_and_no_utterance_noun_hands_nothing_on(quotes_of):
    text = (
        '"We came to collect what the law already says belongs to our town."\n'
        "With that in mind, the council voted to sue the ministry."
    )
    pairs = quotes_of(text).pairs()
    assert ("We came to collect what the law already says belongs to our town.", "the council") not in pairs


def test_a_quotation_lede_goes_to_the_person_the_next_paragraph_opens_on(quotes_of):
    text = (
        '"This is the biggest change to the school day in a generation, and it was slipped out on a Friday."\n'
        "Senator Harriet Booker was among those who condemned the timing of the announcement."
    )
    pairs = quotes_of(text).pairs()
    assert (
        "This is the biggest change to the school day in a generation, and it was slipped out on a Friday.",
        "Harriet Booker",
    ) in pairs


def test_a_quotation_lede_followed_by_no_person_keeps_no_speaker(quotes_of):
    text = (
        '"This is the biggest change to the school day in a generation, and it was slipped out on a Friday."\n'
        "The announcement came late on Friday afternoon."
    )
    assert quotes_of(text).pairs()[0][1] is None
