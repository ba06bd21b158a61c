"""A pronoun speaker goes to the last person named whose sex agrees, the sex shown by a title, a
role noun or, where the article shows neither, the person's given name (quotes v39,
``given_names.tsv``).  Articles written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract import lexicon
from seismo.extract.quotes.speakers.profiles import name_gender


@pytest.mark.parametrize(("name", "sex"), [("Grace Mwangi", "female"), ("Tomasz Nowak", "male"),
                                           ("Fatima Diallo", "female"), ("Kim Lee", None)])
def test_a_given_name_shows_a_sex_only_where_it_is_unambiguous(name, sex):
    assert name_gender(name) == sex


def test_the_given_names_table_lists_each_name_once_with_one_sex():
    table = lexicon._given_names()
    assert len(table) > 1000 and set(table.values()) == {"female", "male"}


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Trade Minister Grace Mwangi and union leader Tomasz Nowak met on Monday. \"The deal is dead,\" "
     "Nowak said. She said talks would resume after the holiday.", "talks would resume after the holiday", "Grace Mwangi"),
    ("Mayor Ines Duarte toured the flooded district with engineer Paulo Reis. \"The pumps failed,\" Duarte "
     "said. He said the new pumps would arrive within a week.", "the new pumps would arrive within a week", "Paulo Reis"),
])
def test_a_pronoun_goes_to_the_last_person_of_its_sex(quotes_of, text, content, speaker):
    assert (content, speaker) in quotes_of(text).pairs("indirect"), quotes_of(text).pairs("indirect")
