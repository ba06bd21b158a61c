"""Speakers across paragraph breaks: a pronoun after a paragraph that names a new person as its
subject goes to that person even when the parse began the sentence on the previous paragraph's
closing mark (seismo.quotes.v22).  Sentences written for these tests."""

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


def test_the_commission_stands_for_the_commission_quoted_before_it(quotes_of):
    text = (
        "The National Electoral Commission rejected the fraud claims on Monday.\n"
        '"Every ballot in the disputed wards was counted twice," the commission said.'
    )
    pairs = quotes_of(text).pairs()
    assert ("Every ballot in the disputed wards was counted twice,", "National Electoral Commission") in pairs


def test_the_agency_names_no_organisation_whose_name_lacks_the_word(quotes_of):
    text = (
        "The Federal Aviation Administration said on Monday it would ground the jets.\n"
        '"Safety comes before any airline timetable," the agency said.'
    )
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name is None and quote.speaker.text == "the agency"
