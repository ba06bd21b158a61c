"""Speakers across paragraph breaks: a pronoun after a paragraph that names a new person as its
subject goes to that person even when the parse began the sentence on the previous paragraph's
closing mark (seismo.quotes.v21).  Sentences written for these tests."""

from __future__ import annotations


def test_a_pronoun_goes_to_the_subject_named_just_before_it_in_a_new_paragraph(quotes_of):
    text = (
        "The trade minister, Ilse Marquardt, defended the new tariffs in parliament on Tuesday.\n"
        '"Our steelworkers have waited eight years for somebody to stand up for them."\n'
        "Conservative deputy Rolf Eichinger was not persuaded. "
        '"Every tariff we impose comes back to us as a tariff on our own cars," he said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("Every tariff we impose comes back to us as a tariff on our own cars,", "Rolf Eichinger") in pairs


def test_she_after_two_sentences_in_the_paragraph_still_finds_its_subject(quotes_of):
    text = (
        "Adrian Coles, the council leader, promised a cheaper bus pass for pensioners.\n"
        '"Nobody over seventy should pay to reach a hospital."\n'
        "Opposition councillor Miriam Ashdown, a retired nurse, sounded cautious. "
        '"Promises are cheap. Buses are not," she said.'
    )
    pairs = quotes_of(text).pairs()
    assert any(q.startswith("Promises are cheap") and who == "Miriam Ashdown" for q, who in pairs)


def test_a_pronoun_with_no_subject_in_its_paragraph_still_goes_to_the_last_speaker(quotes_of):
    text = (
        "Governor Ruth Okafor spoke to farmers in the capital on Friday.\n"
        '"The drought fund will be paid out before the planting season."\n'
        '"We cannot ask families to plant with empty pockets," she said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("We cannot ask families to plant with empty pockets,", "Ruth Okafor") in pairs
