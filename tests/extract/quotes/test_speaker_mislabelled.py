"""Personal names the small model labels an organisation's (often names from outside the English-
speaking world), told apart by the role noun they stand in apposition to or by the person the
article already named (:mod:`seismo.extract.quotes.speakers.mentions`, ``resolve``, ``handover``;
seismo.quotes.v30).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract.quotes.speakers.mentions import mislabelled_name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A spokesman for the ruling bloc, Murat Kilic, said the figures were wrong. "
            '"Nobody in Ankara signed that order."',
            "Nobody in Ankara signed that order.",
            "Murat Kilic",
        ),
        (
            "Peru's mining minister, Alberto Caceres, said the tests were complete. "
            '"Anyone can read the results," he said.',
            "Anyone can read the results,",
            "Alberto Caceres",
        ),
    ],
)
def test_a_name_in_apposition_to_a_role_noun_is_a_person_whatever_its_label(quotes_of, text, words, speaker):
    assert (words, speaker) in quotes_of(text).pairs()


def test_a_lead_in_subject_with_a_name_in_apposition_hands_the_quotation_to_the_name(quotes_of):
    text = (
        "The mayor, Dario Feltrin, promised new buses. \"We ordered forty of them,\" he told the council.\n"
        "The council's finance chair, Ngozi Eke, disputed that. \"Not one bus has been paid for.\""
    )
    assert ("Not one bus has been paid for.", "Ngozi Eke") in quotes_of(text).pairs()


def test_a_pronoun_goes_to_the_subject_before_it_when_the_article_named_that_person(quotes_of):
    text = (
        "Deputy minister Agnieszka Wrona and judge Malgorzata Lis spoke at the hearing.\n"
        'Lis said the bill went too far. "A judge must owe nothing to a party," she said.\n'
        'Wrona disagreed. "The public deserves a say in who judges it," she said.'
    )
    assert ("The public deserves a say in who judges it,", "Agnieszka Wrona") in quotes_of(text).pairs()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A spokesman for the ruling bloc, Murat Kilic, said so.", "Kilic", True),
        ("A spokesman for the ruling bloc, Justice Party, said so.", "Party", False),
    ],
)
def test_a_mislabelled_name_holds_no_word_of_an_organisations_name(nlp, text, name, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == name)
    assert token.pos_ == "PROPN"
    assert mislabelled_name(token) is expected


def test_a_surname_alone_is_the_person_named_in_apposition_before_whatever_its_tag(quotes_of):
    text = (
        "The ruling party's spokesman, Alberto Caceres, rejected the charge on Tuesday.\n"
        '"The debt is in the annex, page four," Caceres told reporters.'
    )
    assert ("The debt is in the annex, page four,", "Alberto Caceres") in quotes_of(text).pairs()
