"""Speakers across paragraph breaks: a pronoun after a paragraph that names a new person as its
subject goes to that person even when the parse began the sentence on the previous paragraph's
closing mark (seismo.quotes.v30).  Sentences written for these tests."""

from __future__ import annotations

import pytest


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


def test_a_tag_closing_the_sentence_the_quotation_runs_on_into_names_its_speaker(quotes_of):
    text = (
        "The court may soon lean the other way. "
        '"The number of rulings that could flip is remarkable," given how many were decided by one vote, '
        "said Teresa Whitcombe, who teaches law at a university in Ohio."
    )
    pairs = quotes_of(text).pairs()
    assert ("The number of rulings that could flip is remarkable,", "Teresa Whitcombe") in pairs


def test_a_partial_quotation_running_on_into_paraphrase_before_says_x(quotes_of):
    text = (
        "Voters in the county are restless. "
        '"People here feel forgotten" by both parties in the capital, says Omar Haddadi, a pollster in the state.'
    )
    assert ("People here feel forgotten", "Omar Haddadi") in quotes_of(text).pairs()


def test_a_tag_of_its_own_right_after_the_quotation_wins_over_a_later_one(quotes_of):
    text = (
        "Ana Lindqvist addressed the crowd at the rally. "
        '"Nobody in this square expected a result like this," she said, and the crowd cheered, said witnesses.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == "she"


def test_a_name_the_parse_hung_on_the_role_nouns_complement_is_the_described_speaker(quotes_of):
    text = (
        "Malaysia's minister for the new capital, Hafiz Rahman, told lawmakers on Tuesday that civil "
        "servants would relocate by 2027.\n"
        '"The cranes are ordered. The rail spur is finished."\n'
        '"What remains is the will to move."'
    )
    pairs = quotes_of(text).pairs()
    assert ("The cranes are ordered. The rail spur is finished.", "Hafiz Rahman") in pairs
    assert ("What remains is the will to move.", "Hafiz Rahman") in pairs


def test_the_agency_names_no_organisation_whose_name_lacks_the_word(quotes_of):
    text = (
        "The Federal Aviation Administration said on Monday it would ground the jets.\n"
        '"Safety comes before any airline timetable," the agency said.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name is None and quote.speaker.text == "the agency"


def test_a_quotation_paragraph_tagged_with_a_pronoun_goes_to_the_subject_of_the_paragraph_before(quotes_of):
    """A paragraph naming a new person as its subject, then a quotation paragraph tagged "he
    said": the pronoun is that person, not the one quoted last."""
    text = (
        "The harbour master, Ingrid Solberg, said the ferry would sail again on Friday.\n"
        '"The hull has been checked twice by divers," she said.\n'
        "The ferry company's owner, Bjorn Halvorsen, blamed the delay on the weather service.\n"
        '"We were given the wrong forecast three days running," he said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("We were given the wrong forecast three days running,", "Bjorn Halvorsen") in pairs
    assert ("The hull has been checked twice by divers,", "Ingrid Solberg") in pairs


def test_the_paragraph_before_gives_a_speaker_where_no_one_was_quoted_yet(quotes_of):
    text = (
        "Delegates gathered in Apia on Monday for the regional fisheries talks.\n"
        "Samoa's fisheries minister, Tuilagi Faleolo, opened the first session.\n"
        '"The tuna do not stop at our borders and neither should our rules," he said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("The tuna do not stop at our borders and neither should our rules,", "Tuilagi Faleolo") in pairs


def test_a_subject_of_the_other_sex_in_the_paragraph_before_is_passed_over(quotes_of):
    """The subject of the paragraph before must agree with the pronoun: "he" after a paragraph
    about "Mrs. Lindgren" stays with the man quoted before."""
    text = (
        'Mr. Anders Berglund, the union chairman, said the strike would go on. "We are not moving," he said.\n'
        "Mrs. Lindgren, the company's director, did not return calls.\n"
        '"They have had our letter for a month," he said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("They have had our letter for a month,", "Anders Berglund") in pairs


def test_a_title_opening_a_name_makes_the_subject_a_person(quotes_of):
    """"Councillor Thandeka Mokoena" read as an organisation is still a person's name when a
    role noun opens it, so the pronoun after her paragraph is hers."""
    text = (
        "The city council voted on Tuesday to shut the library on Sundays.\n"
        '"We had to find the money somewhere," said the mayor, Jacob Mahlangu.\n'
        "Councillor Thandeka Mokoena, who represents the ward where the library stands, called the vote a betrayal.\n"
        '"Students have nowhere else quiet to read on a weekend," she said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("Students have nowhere else quiet to read on a weekend,", "Thandeka Mokoena") in pairs


@pytest.mark.parametrize(("text", "quotation", "name"), [
    # "the commission" stands for the commission quoted before it
    ("The National Electoral Commission rejected the fraud claims on Monday.\n"
     '"Every ballot in the disputed wards was counted twice," the commission said.',
     "Every ballot in the disputed wards was counted twice,", "National Electoral Commission"),
    # a bare "the group" whose noun no organisation's name holds stands for the one named last as a
    # clause's subject, when no organisation was quoted before
    ("Amnesty International accused the border guards of beating asylum seekers on Thursday.\n"
     '"Men were dragged from the lorries and kicked as they lay on the road," the group said in its report.',
     "Men were dragged from the lorries and kicked as they lay on the road,", "Amnesty International"),
    # "the board" stands for the fuller description before it
    ("The regional water board, which runs the three reservoirs, cut supplies on Monday.\n"
     '"Nobody will go without drinking water," the board said.',
     "Nobody will go without drinking water,", "regional water board"),
])
def test_a_bare_body_noun_stands_for_the_organisation_named_before(quotes_of, text, quotation, name):
    assert (quotation, name) in quotes_of(text).pairs()


def test_a_name_taken_for_an_organisation_before_an_office_in_apposition_is_a_person(quotes_of):
    """The model reads "Olena Brovko" as an organisation; the office in apposition makes it a
    person's name, so the pronoun in the next paragraph goes to her."""
    text = (
        "Olena Brovko, the deputy mayor for transport, opened the new tram depot in Lviv on Friday.\n"
        '"Forty trams will run from here by the spring," she said.'
    )
    assert ("Forty trams will run from here by the spring,", "Olena Brovko") in quotes_of(text).pairs()


@pytest.mark.parametrize(("text", "words", "name"), [
    # "it" stands for the organisation named as the subject just before
    ("Harbor Freight Lines halted its ships at the port of Gdansk on Tuesday after dock workers walked out.\n"
     '"Our crews are safe and our cargo is insured," it said in a notice to customers.', "it", "Harbor Freight Lines"),
    # "it" after a document names no organisation
    ('The report was published on Monday by a group of doctors.\n"Nine of ten clinics lack staff," it said.',
     "it", None),
    # a bare statement stands for the organisation named just before, or for a body described so
    ("The Federal Mining Authority suspended the licence of the Kasai copper mine on Thursday.\n"
     'The statement said: "The company failed three safety inspections in a row."', "The statement",
     "Federal Mining Authority"),
    ("The regional health authority closed two wards at the county hospital on Monday.\n"
     'The statement said: "No patient was at risk at any time and both wards will reopen next week."',
     "The statement", "regional health authority"),
    # a document someone else issued: the ruling is the court's, not the firm that appealed it
    ("Exxon Mobil Corp appealed the ruling on Monday.\nThe ruling said: \"The company misled investors for a decade.\"",
     "The ruling", None),
    # a body told apart by no word of its own
    ('A new board was appointed on Monday.\n"We have no money left," the board said.', "the board", None),
])
def test_the_organisation_a_body_speaker_stands_for(quotes_of, text, words, name):
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == words and quote.speaker.name == name
