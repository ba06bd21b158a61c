"""Article-level speaker families (seismo.quotes.v30): an interview that labels its questions only
(``Q: “...”`` then the answer as a quoted paragraph of its own), a surname the tagger read as a
common noun at the start of its sentence (``Rowlands agreed.`` after ``Bethan Rowlands``), and a
"With those words," sentence the parse ran on from the quotation before it, and a body named
by its noun alone before a colon (``The commission was blunt in its ruling: “...”``).
Sentences written for these tests."""

from __future__ import annotations


def test_quoted_answers_after_question_labels_are_the_guests(quotes_of):
    text = (
        "Chile's mining minister, Rosa Echeverria, spoke to our reporter in Santiago about the lithium plan.\n"
        'Q: "Will foreign firms still be welcome?"\n'
        '"Of course. We simply want the state to hold the majority share."\n'
        'Q: "What about the communities near the salt flats?"\n'
        '"They will have a seat on every board, and a share of the royalties."\n'
        "The ministry later published the full text."
    )
    pairs = quotes_of(text).pairs()
    assert ("Of course. We simply want the state to hold the majority share.", "Rosa Echeverria") in pairs
    assert ("They will have a seat on every board, and a share of the royalties.", "Rosa Echeverria") in pairs


def test_a_single_question_label_makes_no_interview(quotes_of):
    text = (
        "Mayor Lena Ortiz met the tenants' union on Friday.\n"
        'Q: "Will rents be frozen next year?" read the banner outside the hall.\n'
        '"We will freeze them if the council agrees to the budget," said Tom Varga, her deputy.'
    )
    pairs = quotes_of(text).pairs()
    assert ("We will freeze them if the council agrees to the budget,", "Tom Varga") in pairs


def test_a_surname_read_as_a_noun_leads_in_the_quotation_after_it(quotes_of):
    text = (
        "Fiona MacLeod and Bethan Rowlands issued a joint demand on Tuesday.\n"
        'MacLeod spoke first. "We found out about the terms from the newspapers," she said.\n'
        'Rowlands agreed. "Welsh lamb was traded away in an afternoon, and nobody was asked."'
    )
    speakers = dict(quotes_of(text).pairs())
    assert speakers["Welsh lamb was traded away in an afternoon, and nobody was asked."].endswith("Rowlands")


def test_a_lower_case_noun_opening_a_sentence_is_no_surname(quotes_of):
    text = (
        "Officials in Lagos Central closed the market on Monday.\n"
        'Traders protested. "We were given one hour to pack up twenty years of business," said Bola Ade, a fabric seller.'
    )
    pairs = quotes_of(text).pairs()
    assert ("We were given one hour to pack up twenty years of business,", "Bola Ade") in pairs


def test_with_those_words_after_a_parse_run_on_from_the_quotation(quotes_of):
    text = (
        '"You cannot build a democracy on stolen ballot boxes."\n'
        "With those words, Zimbabwe's opposition leader, Tendai Moyo, opened his party's campaign in Bulawayo."
    )
    assert ("You cannot build a democracy on stolen ballot boxes.", "Tendai Moyo") in quotes_of(text).pairs()


def test_a_body_named_by_its_noun_before_a_colon_says_the_quotation(quotes_of):
    text = (
        "The election commission was blunt in its ruling: "
        '"The candidate does not meet the residency rule and cannot appear on the ballot."'
    )
    speakers = dict(quotes_of(text).pairs())
    assert speakers["The candidate does not meet the residency rule and cannot appear on the ballot."] == "The election commission"


def test_a_things_description_before_a_colon_still_says_nothing(quotes_of):
    text = 'The plan was simple: "We take the bridge at dawn and hold it until the trucks arrive."'
    speakers = dict(quotes_of(text).pairs())
    assert speakers.get("We take the bridge at dawn and hold it until the trucks arrive.") is None
