"""Bare titles and pronouns resolved to the person the story means (:mod:`seismo.extract.quotes.speakers.resolve`).

A bare title goes to the one the story gave that title (seismo.quotes.v31), a bare role with no
one named in it keeps the last one quoted, and no sex is learned for a name when another name
stands between it and the pronoun.  A known limit is marked xfail: a person once called "he" may
still be the referent of a later "she" (a rule was tried on branch quotes12 and left out: no gain
on the tuning folds).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Harbour Commissioner Ilse Varnum and Councillor Jorge Baptista toured the flooded docks.\n"
            '"The sea walls held better than we feared," Baptista said.\n'
            '"We still lost three warehouses," the harbour commissioner said.',
            "We still lost three warehouses,",
            "Ilse Varnum",
        ),
        (
            "Attorney General Selma Ruud opened an inquiry into the contract on Tuesday.\n"
            'Defence Minister Oskar Brede defended it. "Every rule was followed," Brede said.\n'
            '"We will see what the files say," the attorney general said.',
            "We will see what the files say,",
            "Selma Ruud",
        ),
    ],
)
def test_a_bare_title_refers_back_to_the_one_given_it_not_the_last_quoted(quotes_of, text, words, speaker):
    assert (words, speaker) in quotes_of(text).pairs()


def test_a_bare_role_noun_with_no_one_named_in_it_keeps_the_last_quoted(quotes_of):
    text = (
        "Labour leader Piotr Sand toured the shipyard on Monday.\n"
        '"These jobs must stay here," Sand said.\n'
        '"And they will," the politician added.'
    )
    assert ("And they will,", "Piotr Sand") in quotes_of(text).pairs()


@pytest.mark.xfail(strict=True, reason="known limit: no sex is learned from a pronoun (rule tried, no tuning gain)")
def test_one_called_he_is_not_the_she_who_answers(quotes_of):
    text = (
        "Rector Anna Meyl met student leader Jonah Pires on Thursday.\n"
        '"The fees will not rise," Meyl said.\n'
        '"Show us the budget," Pires said. "Then we will believe it," he added.\n'
        '"You will have it on Monday," she said.'
    )
    assert ("You will have it on Monday,", "Anna Meyl") in quotes_of(text).pairs()


def test_no_sex_is_learned_when_another_name_stands_between(quotes_of):
    text = (
        'Senator Ruth Abara questioned banker Lee Caddo, who said he had resigned. '
        '"You waited too long," she said.'
    )
    assert ("You waited too long,", "Ruth Abara") in quotes_of(text).pairs()
