"""Speakers named in the sentence after a quotation ("The warning came from X.", "X said this
..."), names the model took for places ("the chief judge, Amara Okafor," read as a country;
"Ramos, 58,"), and "surmised" / "speculated" as tags (branch speakers19, issue 12).  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract.quotes.speakers.mentions import has_age


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"No teacher will lose a post." The words came from Senator Ruth Keller, who leads the '
            "education committee.",
            "No teacher will lose a post.",
            "Ruth Keller",
        ),
        (
            '"The port will reopen within a week." The prediction came from Colonel Tariq Aziz, a '
            "spokesman for the navy, speaking in Karachi on Monday.",
            "The port will reopen within a week.",
            "Tariq Aziz",
        ),
        (
            '"A city without buses is a city without jobs." The transport minister, Ilse Vogel, said '
            "this at the opening of a depot.",
            "A city without buses is a city without jobs.",
            "Ilse Vogel",
        ),
        (
            '"If the river floods, the valley floods with it." The governor of Sindh, Farah Qazi, said '
            "this standing on the embankment.",
            "If the river floods, the valley floods with it.",
            "Farah Qazi",
        ),
    ],
)
def test_a_sentence_after_the_quotation_pointing_back_at_it_names_its_speaker(quotes_of, text, words, speaker):
    assert (words, speaker) in quotes_of(text).pairs()


def test_a_sentence_after_that_reports_words_of_its_own_names_no_speaker_of_the_quotation(quotes_of):
    """ "said this was wrong" reports its own content: the quotation before is not its speaker's."""
    text = '"Prices will fall by spring." The minister, Ilse Vogel, said this was wrong.'
    assert ("Prices will fall by spring.", "Ilse Vogel") not in quotes_of(text).pairs()


def test_a_name_read_as_a_place_in_apposition_to_a_role_noun_is_a_person(quotes_of):
    text = (
        "A court in Abuja adjourned the trial on Tuesday.\n"
        '"We have asked for the files three times," said the presiding judge, Amara Okafor, '
        '"and three times we were told they were lost."'
    )
    pairs = quotes_of(text).pairs()
    assert ("We have asked for the files three times,", "Amara Okafor") in pairs
    assert ("and three times we were told they were lost.", "Amara Okafor") in pairs


def test_a_name_only_partly_taken_for_an_organisation_keeps_its_first_name(quotes_of):
    text = (
        "A lawyer for the families, Emeka Nwosu, said outside the court that the delay was deliberate. "
        '"Every adjournment is another year the families wait," he said.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name is not None
    assert quote.speaker.name.endswith("Nwosu")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Protesters marched on the embassy. "We were wrong from the start," Ramos, 58, told reporters in '
         "Lima on Monday.", "We were wrong from the start,", "Ramos"),
        ('"The clinic closed in May," Okonkwo, 44, said on Friday.', "The clinic closed in May,", "Okonkwo"),
    ],
)
def test_a_name_given_an_age_is_a_person_whatever_its_label(quotes_of, text, words, speaker):
    assert (words, speaker) in quotes_of(text).pairs()


def test_an_age_is_a_number_set_off_by_commas_right_after_the_name(nlp):
    with_age = nlp("Ramos, 58, told reporters the plan had failed.")
    assert has_age(with_age[0])
    count = nlp("Brazil, 30, Chile, 10, was the final tally of medals.")  # an age's numbers, but a list of scores
    assert not has_age(count[0])


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Her neighbour, Brad Olsen, was less sure. "The county will pick the cheaper bridge in the end," '
         "he surmised.", "The county will pick the cheaper bridge in the end,", "Brad Olsen"),
        ('"The talks could drag on into the summer," speculated Ines Haddad, an analyst in Beirut.',
         "The talks could drag on into the summer,", "Ines Haddad"),
    ],
)
def test_a_verb_of_conjecture_tags_a_quotation(quotes_of, text, words, speaker):
    assert (words, speaker) in quotes_of(text).pairs()
