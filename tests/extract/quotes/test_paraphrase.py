"""Paraphrased attributions (:mod:`seismo.extract.quotes.paraphrase`) through the quotes step:
a reporting or stance verb with a noun or clausal object, its source and its cue.  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract import lexicon
from seismo.extract.quotes.paraphrase import DEFAULT_FRAMES, paraphrase_verbs

PARAPHRASES = [
    (
        "The opposition leader accused the governor of rigging the local vote.",
        ("the governor of rigging the local vote", "The opposition leader", "accused"),
    ),
    (
        "The ministry denied reports that troops had crossed the river.",
        ("reports that troops had crossed the river", "The ministry", "denied"),
    ),
    (
        "The farmers' union blamed the drought for the rise in bread prices.",
        ("the drought for the rise in bread prices", "The farmers' union", "blamed"),
    ),
    (
        "Aid agencies warned of a looming famine in the north.",
        ("a looming famine in the north", "Aid agencies", "warned of"),
    ),
    (
        "The senator called for an independent inquiry into the shooting.",
        ("an independent inquiry into the shooting", "The senator", "called for"),
    ),
    (
        "Rosa Ibarra, a lawyer for the families, cited delays in the payment of compensation.",
        ("delays in the payment of compensation", "Rosa Ibarra", "cited"),
    ),
    (
        "The teachers' union was highly critical of the new exam rules.",
        ("the new exam rules", "The teachers' union", "critical of"),
    ),
    (
        "The mayor compared the new stadium to a money pit.",
        ("the new stadium to a money pit", "The mayor", "compared"),
    ),
    (
        "Two recent polls show the incumbent with a narrow lead in the capital.",
        ("the incumbent with a narrow lead in the capital", "Two recent polls", "show"),
    ),
    (
        "A federal panel of judges ruled that the new voting rules were unconstitutional.",
        ("the new voting rules were unconstitutional", "A federal panel of judges", "ruled"),
    ),
    (
        "Several lawmakers voted against the spending bill.",
        ("the spending bill", "Several lawmakers", "voted against"),
    ),
    # a phrase that only dates the act is not part of the content
    (
        "The prime minister rejected the proposal on Tuesday.",
        ("the proposal", "The prime minister", "rejected"),
    ),
    (  # the same verb of force, said of a plan or a person, is a rebuke
        "The mayor attacked the transport minister's fare plan.",
        ("the transport minister's fare plan", "The mayor", "attacked"),
    ),
    (  # a town, a port or a paper is criticised as often as struck
        "Traders slammed the port for its slow customs checks.",
        ("the port for its slow customs checks", "Traders", "slammed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAPHRASES)
def test_paraphrase(quotes_of, text, expected):
    content, speaker, cue = expected
    found = [(q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
             for q in quotes_of(text) if q.kind == "paraphrase"]  # fmt: skip
    assert found == [(content, speaker, cue)]


def test_pronoun_source_takes_the_last_person(quotes_of):
    quotes = quotes_of(
        "Marta Quintero, the union's spokeswoman, criticized the new labour code. "
        "She also urged workers to join the strike on Friday."
    )
    assert quotes.pairs("paraphrase") == [
        ("the new labour code", "Marta Quintero"),
        ("workers to join the strike on Friday", "Marta Quintero"),
    ]
    she = quotes[1].speaker
    assert she is not None and she.text == "She" and "spokeswoman" in (she.role or "")


@pytest.mark.parametrize(
    "text",
    [
        "The governor was accused of corruption.",  # passive, no accuser named: we do not guess
        "Prices declined to their lowest level in a decade.",  # "decline" reports only "declined to do"
        "The company reported record profits last year.",  # not a paraphrase cue
        "We support the new law.",  # the writer's own voice
        "Nobody denied the charges.",
        # how, where or for whom it is said is no topic (class speech_setting)
        "Speaking on condition of anonymity, a senior aide said the budget would pass.",
        "The bishop spoke on behalf of the flood victims' families.",
        "Speaking on national radio, the premier said the vote would go ahead.",
        # a verb of force (class force_verb) whose doer is armed, or that strikes with a weapon
        "Militants attacked a border outpost before dawn.",
        "Insurgents attacked the village of Kariba overnight.",
        "Youths attacked the riot squad with bricks and bottles.",
        "Two men attacked a shopkeeper with machetes.",
        "The car bomb blasted a crater in the road.",
    ],
)
def test_not_a_paraphrase(quotes_of, text):
    assert [q for q in quotes_of(text) if q.kind == "paraphrase"] == []


def test_reported_speech_stays_indirect(quotes_of):
    quotes = quotes_of("Officials warned that the bridge would stay closed for weeks.")
    assert [q.kind for q in quotes] == ["indirect"]


def test_a_quotation_is_not_paraphrased_again(quotes_of):
    quotes = quotes_of('The mayor criticized the plan. "It will ruin the old town," she said.')
    assert [q.kind for q in quotes] == ["paraphrase", "direct"]


def test_cue_table_reads():
    verbs = paraphrase_verbs()
    assert verbs["accuse"] == DEFAULT_FRAMES
    assert {"obj", "for", "on"} <= verbs["call"]
    assert "obj" not in verbs["decline"]
    table = lexicon.read("quote_paraphrase_cues.tsv", columns=(1, 2))
    assert len(table) == len(verbs)  # one row per lemma


# -- speakers of quotes of every kind (seismo.quotes.v2) ------------------------------------------


def test_relative_pronoun_speaker_keeps_its_words_and_takes_the_name(quotes_of):
    quotes = quotes_of(
        "The vote was delayed by Elena Markova, who said that the ballots had not been counted."
    )
    (quote,) = quotes
    assert (quote.kind, quote.text) == ("indirect", "the ballots had not been counted")
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.name) == ("who", "Elena Markova")


def test_quotation_after_a_paragraph_ending_in_a_colon(quotes_of):
    quotes = quotes_of(
        "Harbour master Jonas Lind released the following statement:\n\n"
        "“All ships will leave the harbour before the storm arrives on Sunday night.”"
    )
    assert quotes.pairs("direct") == [
        ("All ships will leave the harbour before the storm arrives on Sunday night.", "Jonas Lind")
    ]


def test_quotation_continues_reported_speech(quotes_of):
    quotes = quotes_of(
        "Farida Osei said the talks had failed. "
        "“We will go back to the streets next week and stay there.”"
    )
    expected = ("We will go back to the streets next week and stay there.", "Farida Osei")
    assert quotes.pairs("direct") == [expected]


def test_continued_is_a_cue(quotes_of):
    quotes = quotes_of("“The strike is over,” Lena Park continued.")
    assert quotes.pairs("direct") == [("The strike is over,", "Lena Park")]


def test_a_bare_pronoun_object_is_no_content(quotes_of):
    assert quotes_of("The mayor scolded them at length.").pairs("paraphrase") == []


def test_content_ends_before_a_claim_reported_on_its_own(quotes_of):
    quotes = quotes_of(
        "Nadia Rahim, the party's deputy leader, called on the cabinet to hold early elections -- "
        "a step the minister said would only deepen the crisis."
    )
    assert quotes.pairs("paraphrase") == [("the cabinet to hold early elections", "Nadia Rahim")]
    # the minister's words, as written (a bare role's name is the last person quoted: speakers/resolve.py)
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes if q.kind == "indirect"] == [
        ("would only deepen the crisis", "the minister")
    ]


def test_called_on_with_the_particle_and_a_second_call(quotes_of):
    quotes = quotes_of("The family has called on officials to release the report and called on residents to stay calm.")
    assert quotes.pairs("paraphrase", cue="called on") == [
        ("officials to release the report", "The family"),
        ("residents to stay calm", "The family"),
    ]


def test_the_dummy_it_of_an_adjective_is_no_source(quotes_of):
    """"It is tempting to fault X": the writer's aside, no one faults X (seismo.quotes.v37)."""
    assert quotes_of("It is tempting to fault the weather for the delays on the coast road.") == ()
    assert quotes_of("It was hard to criticize a plan that cost nothing.") == ()


def test_an_it_that_acts_is_a_source(quotes_of):
    """An "it" standing for a body that acts keeps its report: no adjective makes it a dummy."""
    (q,) = quotes_of("The ministry met the unions on Monday. It accused them of bad faith.")
    assert q.kind == "paraphrase" and q.speaker.text == "It" and q.text == "them of bad faith"


def test_a_content_running_into_its_own_quotation_leaves_it_to_the_direct_quote(quotes_of):
    """"warned that the levy would "..."": the words before the quotation are no claim of their
    own; the quotation, reported with the same cue, carries it."""
    quotes = quotes_of('The treasurer warned that the new levy would "drive small shops out of the high street."')
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "drive small shops out of the high street.", "The treasurer")
    ]


def test_a_content_running_into_someone_elses_quotation_ends_before_its_mark(quotes_of):
    quotes = quotes_of('The coach pointed to claims that the referee called the final "a farce from start to finish."')
    assert quotes.pairs("paraphrase") == [("claims that the referee called the final", "The coach")]
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes if q.kind == "direct"] == [("direct", "the referee")]


@pytest.mark.parametrize(("text", "content"), [
    # the cue's object, before the preposition that leads into the quotation
    ('The council accused the 1,200 striking porters of "holding the whole port to ransom."', "the 1,200 striking porters"),
    ('The auditor accused the 2021–2022 board of "spending money it did not have."', "the 2021–2022 board"),
    ("The governor urged farmers to “move their herds to higher ground tonight.”", "farmers"),
])
def test_a_content_running_into_its_own_quotation_keeps_the_cues_object(quotes_of, text, content):
    assert [q.text for q in quotes_of(text) if q.kind == "paraphrase"] == [content]
