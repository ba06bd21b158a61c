"""Speakers in whole-document formats (issue 12, point 3): a person introduced in a paragraph of
their own by a clause on "who" before the quotation paragraphs, reactions rounded up in one
sentence with semicolons, a statement reproduced after a colon by a body described, not named.
Sentences written for these tests (seismo.quotes.v30)."""

from __future__ import annotations

from seismo.extract.quotes.speakers.mentions import has_who_clause


def test_a_name_before_a_clause_on_who_is_a_persons_and_its_pronoun_tags_the_next_paragraph(quotes_of):
    text = ("Tamar Gelashvili, who chairs a tenants' union in Tbilisi, described the evictions.\n"
            "\"Forty families lost their flats in one week,\" she said. \"Nobody warned them.\"")
    pairs = quotes_of(text).pairs()
    assert pairs == [("Forty families lost their flats in one week,", "Tamar Gelashvili"),
                     ("Nobody warned them.", "Tamar Gelashvili")]


def test_a_company_before_a_clause_on_which_is_no_person(nlp):
    doc = nlp("Nordvik Kraft, which runs the dam, said the turbines were safe.")
    assert not has_who_clause(doc[1])


def test_a_semicolon_after_a_quotation_opens_a_new_report_not_its_tag(quotes_of):
    text = ("The farm minister, Ines Duarte, said her office was \"reading the report closely\"; a union "
            "leader, Paulo Reis, said the report was \"a scandal for every grower.\"")
    assert quotes_of(text).pairs() == [("reading the report closely", "Ines Duarte"),
                                       ("a scandal for every grower.", "Paulo Reis")]


def test_a_body_described_that_issues_a_statement_speaks_the_paragraphs_after_the_colon(quotes_of):
    text = ("The miners' union at the copper pit issued this statement before the night shift:\n"
            "\"No shift will start until the shaft has been inspected.\n"
            "\"We will not send anyone underground on a promise.\"")
    speakers = [q.speaker.text if q.speaker else None for q in quotes_of(text) if q.kind == "direct"]
    assert speakers == ["The miners' union at the copper pit"] * 2


def test_a_clause_with_no_utterance_before_a_colon_names_no_speaker(quotes_of):
    text = "The reason was simple:\n\"No shift will start until the shaft has been inspected.\""
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] in ([], [None])


#: a printed interview with quoted questions, the one asking named with a reporter's role noun
ASKED = (
    "Kenya's health minister, Achieng Otieno, spoke to our reporter, Tomas Lind, about the clinics.\n"
    "Q: \"How many clinics will close?\"\n"
    "\"None of them, if the county pays its share.\"\n"
    "Q: \"And if it does not?\"\n"
    "\"Then we will pay it and send the county the bill.\""
)


def test_an_interviews_quoted_questions_are_the_named_reporters_and_answers_the_guests(quotes_of):
    assert [who for _, who in quotes_of(ASKED).pairs()] == ["Tomas Lind", "Achieng Otieno"] * 2


def test_an_interview_with_no_reporter_named_gives_no_question_to_the_guest(quotes_of):
    text = ASKED.replace("spoke to our reporter, Tomas Lind, about", "spoke to us about")
    given = [words for words, who in quotes_of(text).pairs() if who == "Achieng Otieno"]
    assert given == ["None of them, if the county pays its share.", "Then we will pay it and send the county the bill."]


def test_a_name_with_an_apostrophe_in_apposition_to_a_role_is_a_persons(quotes_of):
    text = ("Lina Haddad said the deal was \"far from done.\"\n"
            "The league's envoy, Peter Ng'ang'a, urged patience. \"Both sides can still sign by June,\" he said.")
    assert quotes_of(text).pairs()[-1] == ("Both sides can still sign by June,", "Peter Ng'ang'a")
