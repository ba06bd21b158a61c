"""Speakers found through what the sentences around them say: a pronoun after a sentence whose
subject is itself a pronoun or a bare role goes to the person that subject stands for, not to the
last one quoted; words someone told others, "according to" one of them, are still the teller's;
"replied his opponent, X" is X's, a possessive opening the speaker's phrase (quotes v41).  Articles
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("\"We got what we could,\" said Rep. Hannah Benning.\n"
     "Sen. Rita Olmos was less pleased. She left the Capitol early on Friday.\n"
     "\"The deal gives away too much,\" she said.",
     "The deal gives away too much,", "Rita Olmos"),
    ("Inspector General Paul Ames answered questions all morning. \"You misled us,\" said Rep. Carl Webb, the chairman.\n"
     "The inspector did not raise his voice. \"We reported what we found,\" he said.",
     "We reported what we found,", "Paul Ames"),
])
def test_a_pronoun_follows_a_subject_that_stands_for_someone(quotes_of, text, content, speaker):
    assert (content, speaker) in quotes_of(text).pairs("direct"), quotes_of(text).pairs("direct")


def test_words_told_second_hand_are_the_tellers(quotes_of):
    text = ("Rep. Dora Vance told donors at a dinner, according to two guests, "
            "\"I am not leaving this race.\"")
    assert ("I am not leaving this race.", "Dora Vance") in quotes_of(text).pairs("direct"), quotes_of(text).pairs("direct")


def test_according_to_alone_still_names_the_source(quotes_of):
    text = "The talks stalled, according to a mediator, \"because neither side would move.\""
    pairs = quotes_of(text).pairs("direct")
    assert pairs and pairs[0][0] == "because neither side would move." and "mediator" in (pairs[0][1] or ""), pairs


@pytest.mark.parametrize(("text", "speaker"), [
    ("\"The numbers do not add up,\" countered his opponent, Ruth Akers.", "Ruth Akers"),
    ("\"It is a stunt,\" replied her opponent, Thomas Wright.", "Thomas Wright"),
])
def test_an_inverted_tag_with_a_possessive_role_names_the_person(quotes_of, text, speaker):
    pairs = quotes_of(text).pairs("direct")
    assert len(pairs) == 1 and pairs[0][1] == speaker, pairs
