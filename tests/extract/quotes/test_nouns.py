"""Reported speech through a reporting noun, paragraph breaks, programme titles, and pronouns
bound across sentences (seismo.quotes.v5)."""

from __future__ import annotations

import pytest

from seismo.extract import lexicon
from seismo.extract.quotes.nouns import SECTIONS, report_nouns


def test_possessive_holder_of_a_claim(quotes_of):
    quotes = quotes_of("Auditors examined Mayor Dana Whitcombe's claim that the harbour budget had doubled.")
    assert quotes.pairs("paraphrase") == [("the harbour budget had doubled", "Dana Whitcombe")]


def test_named_outlet_compounded_with_a_report(quotes_of):
    quotes = quotes_of("Markets fell after a Reuters report that troops had crossed the river at dawn.")
    assert quotes.pairs("paraphrase") == [("troops had crossed the river at dawn", "Reuters")]


def test_light_verb_subject_holds_the_noun(quotes_of):
    quotes = quotes_of("The dockworkers' union sounded a call for higher wages on Monday.")
    (quote,) = [q for q in quotes if q.kind == "paraphrase"]
    assert quote.text == "higher wages"
    assert quote.speaker is not None and "union" in quote.speaker.text
    assert quote.cue is not None and quote.cue.text == "call for"


def test_possessive_pronoun_resolves_like_he(quotes_of):
    quotes = quotes_of("Governor Tomas Reyes repeated his warning that the reservoir could fail.")
    assert quotes.pairs("paraphrase") == [("the reservoir could fail", "Tomas Reyes")]


@pytest.mark.parametrize(
    "text",
    [
        # no holder named: whose concerns, the sentence does not say
        "The summit opened amid mounting concern that the truce might not hold.",
        # a phrase that only dates the remarks is no content
        "Her remarks on Thursday drew a long ovation from the delegates.",
        # a noun outside the table
        "Engineers studied the mayor's plan to widen the coastal road.",
    ],
)
def test_no_report_through_a_noun(quotes_of, text):
    assert quotes_of(text).pairs("paraphrase") == []


def test_noun_table_reads():
    lex = report_nouns()
    assert {"clause", "about", "of"} <= lex.frames["claim"]
    assert "for" in lex.frames["call"] and "inf" in lex.frames["call"]
    assert {"make", "voice"} <= lex.light
    assert lex.holders == {"by", "from"}
    assert lex.possessives["his"] == "pronoun" and lex.possessives["their"] == "group"
    assert {"poll", "survey"} <= lex.findings and "statement" not in lex.findings
    table = lexicon.read("quote_report_nouns.tsv", columns=(1, 2), sections=SECTIONS)
    assert len(table) == len(lex.frames) + len(lex.light) + len(lex.holders) + len(lex.possessives) + len(lex.findings)


def test_reported_speech_stops_at_a_paragraph_break(quotes_of):
    quotes = quotes_of(
        "The ferry operator said the crossing would resume once the\n\n"
        "Storm warnings for the northern coast remain in force until Friday."
    )
    for q in quotes:
        if q.kind != "direct":
            assert "\n" not in q.text
            assert "Storm" not in q.text


def test_programme_title_after_a_network_possessive_is_no_quote(quotes_of):
    quotes = quotes_of('The senator defended the bill on CNN\'s "Weekend Morning Report" and took questions.')
    assert quotes.pairs("direct") == []


def test_speech_after_a_network_possessive_stays(quotes_of):
    quotes = quotes_of('The senator told CNN\'s reporter, "We will not vote for this budget," before leaving.')
    assert [q.text for q in quotes if q.kind == "direct"] == ["We will not vote for this budget,"]


def test_relative_clause_on_a_name_reports(quotes_of):
    quotes = quotes_of("The debate turned to Senator Ada Brennan, who has called for a ban on private prisons.")
    assert quotes.pairs("paraphrase") == [("a ban on private prisons", "Ada Brennan")]


def test_relative_clause_on_a_description_does_not(quotes_of):
    quotes = quotes_of("The tenants who accused the landlord of neglect moved out in the spring.")
    assert quotes.pairs("paraphrase") == []


def test_pronoun_binds_to_the_named_subject_of_an_earlier_sentence(quotes_of):
    quotes = quotes_of(
        '"The port will stay open," said Mira Castell.\n\n'
        "Trade minister Olaf Brandt toured the docks on Monday. He said four more cranes would arrive in May."
    )
    assert ("four more cranes would arrive in May", "Olaf Brandt") in quotes.pairs("indirect")


def test_a_poll_is_the_source_of_its_finding(quotes_of):
    quotes = quotes_of("In the latest survey, the governor leads her rival by six points.")
    assert quotes.pairs("indirect") == [("the governor leads her rival by six points", "the latest survey")]


@pytest.mark.parametrize(
    "text",
    [
        "In an interview, the governor criticized her rival's budget plan.",  # her words, not the interview's
        "In the survey, the governor said her rival would lose.",  # the clause has a speaker of its own
        "The governor leads in the latest survey.",  # not set off: the survey only locates the lead
    ],
)
def test_no_finding_without_a_poll_set_off_before_its_clause(quotes_of, text):
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "In"] == []
