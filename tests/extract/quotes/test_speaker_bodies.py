"""Names inside a quotation, and "as X put it"
(:mod:`seismo.extract.quotes.speakers.resolve`, :mod:`seismo.extract.quotes.attribution`).

A name the quoted words hold is no subject a pronoun tag refers back to (an inch mark after a
figure opens no quotation); "as X put it" names X before or after the quotation, and the "it" of
"put it" is never a speaker.  Sentences written for these tests (branch speakers21 and its review)."""

from __future__ import annotations


def test_a_name_inside_the_quotation_is_not_the_pronoun_tag(quotes_of):
    text = (
        "The quarrel inside the cabinet went on for a second week.\n"
        '"Halvor signs whatever his officials hand him," Ingrid Vasse said of her colleague, Halvor Lunde.\n'
        'Mr. Lunde shrugged off the remark. "Ingrid says that about everyone who disagrees with her," he said.'
    )
    speakers = dict(quotes_of(text).pairs())
    assert (speakers["Ingrid says that about everyone who disagrees with her,"] or "").endswith("Lunde")  # not "Ingrid"


def test_an_inch_mark_after_a_figure_opens_no_quotation(quotes_of):
    text = (
        "The club confirmed the transfer on Friday.\n"
        'The 6\'3" goalkeeper Piet Anker signed a four-year contract. "I have waited a long time for this," he said.'
    )
    assert ("I have waited a long time for this,", "Piet Anker") in quotes_of(text).pairs()


def test_as_x_put_it_after_the_quotation_names_x(quotes_of):
    text = (
        "The harvest failed for a third year.\n"
        '"A farmer can survive one drought, not three in a row," as agronomist Tove Brink put it.'
    )
    assert ("A farmer can survive one drought, not three in a row,", "Tove Brink") in quotes_of(text).pairs()


def test_the_it_of_put_it_after_a_quoted_title_is_no_speaker(quotes_of):
    text = (
        "Turnout fell in every district. As Maria Lind, a historian at Lund and author of "
        '"The Quiet Vote," put it, "People stop voting when they stop believing the count matters."'
    )
    pairs = quotes_of(text).pairs()
    assert ("People stop voting when they stop believing the count matters.", "Maria Lind") in pairs
    assert all(speaker != "it" for _, speaker in pairs)


def test_an_inverted_tag_keeps_a_pronoun_speaker_other_than_it(quotes_of):
    assert ("Keep the polls open late,", "another") in quotes_of('"Keep the polls open late," tweeted another.').pairs()
