"""A quotation's own reports with "I" as their source (seismo.quotes.v30,
seismo.extract.quotes.nested), and an interview's question and answer set on two lines of one
block.  Sentences written for these tests."""

from __future__ import annotations

from seismo.extract.quotes.marks import paragraphs


def test_a_report_inside_a_quotation_is_the_speakers(quotes_of):
    quotes = quotes_of(
        "\u201cI warned the council that the bridge would not survive another flood,\u201d "
        "engineer Marta Quiroga said on Friday."
    )
    (outer,) = [q for q in quotes if q.kind == "direct"]
    assert outer.speaker.name == "Marta Quiroga"
    (inner,) = [q for q in quotes if q.kind != "direct"]
    assert inner.text == "the bridge would not survive another flood"
    assert inner.speaker.text == "I" and inner.speaker.name == "Marta Quiroga"
    assert outer.start <= inner.start and inner.end <= outer.end


def test_a_condition_before_the_speakers_belief_leaves_the_belief_stated(quotes_of):
    """"If X, I believe Y": the condition is on Y, the belief is stated (seismo.quotes.v31)."""
    quotes = quotes_of(
        "\u201cIf the council had funded the pumps, I believe the lower town would be dry today,\u201d "
        "engineer Marta Quiroga said on Friday."
    )
    (inner,) = [q for q in quotes if q.kind != "direct"]
    assert inner.text == "the lower town would be dry today"
    assert inner.speaker.text == "I" and inner.speaker.name == "Marta Quiroga"


def test_we_and_third_persons_inside_a_quotation_report_nothing_of_their_own(quotes_of):
    quotes = quotes_of(
        "\u201cWe believe the tariffs are unlawful, and they told us the mill would close,\u201d "
        "Dana Whitfield, the union's treasurer, said."
    )
    assert [q.kind for q in quotes] == ["direct"]


def test_an_unattributed_quotation_lends_no_speaker_to_its_reports(quotes_of):
    quotes = quotes_of("A banner at the gate read: \u201cI know that the mayor lied to us about the water.\u201d")
    assert all(q.kind == "direct" or q.speaker is None or q.speaker.name for q in quotes)
    assert not [q for q in quotes if q.kind != "direct" and q.speaker is not None and q.speaker.text == "I"
                and q.speaker.name is None]


def test_interview_labels_on_two_lines_of_one_block_are_two_paragraphs(quotes_of):
    text = (
        "Harbour master Ivo Brandt spoke to us after the storm.\n\n"
        "Q: How long will the port stay shut?\n"
        "A: I expect the cranes to be back in service by Thursday evening.\n\n"
        "Q: And the ferries?\n"
        "A: They sail again tomorrow morning, weather permitting."
    )
    starts = [text[p.start : p.start + 2] for p in paragraphs(text)]
    assert starts == ["Ha", "Q:", "A:", "Q:", "A:"]
    answers = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text[:14] for q in answers] == ["I expect the c", "They sail agai"]
    assert {q.speaker.name for q in answers} == {"Ivo Brandt"}


def test_what_the_speaker_denies_doubts_asks_or_supposes_is_no_nested_claim(quotes_of):
    for text in (
        "\u201cI don't think the dam will hold,\u201d said engineer Ana Ruiz.",
        "\u201cI never claimed that the harvest had failed,\u201d the minister said.",
        "\u201cI doubt the truce will last the week,\u201d a mediator said.",
        "\u201cI asked the governor whether the schools were safe,\u201d Tom Reyes said.",
        "\u201cIf I said the reservoirs were full, I would be lying,\u201d the mayor admitted.",
    ):
        assert [q.kind for q in quotes_of(text)] == ["direct"], text


def test_an_interview_with_no_one_named_gives_its_answers_to_no_one(quotes_of):
    text = (
        "Q: When did the water reach the village?\n"
        "A: On Sunday night. The river rose two metres in an hour.\n\n"
        "Q: Did anyone warn you?\n"
        "A: Nobody came. We heard it on the radio."
    )
    quotes = quotes_of(text)
    answers = [q for q in quotes if q.kind == "direct"]
    assert [q.text[:14] for q in answers] == ["On Sunday nigh", "Nobody came. W"]
    assert all(q.speaker is None for q in answers)
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text == "Q"]


def test_the_guest_a_first_question_addresses_answers(quotes_of):
    text = (
        "Q: Mr. Okafor, why did the port stay closed for a week?\n"
        "A: The cranes were damaged. We had no choice.\n\n"
        "Q: Will the fees go up?\n"
        "A: Not this year."
    )
    answers = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text[:9] for q in answers] == ["The crane", "Not this "]
    assert {q.speaker.name if q.speaker else None for q in answers} == {"Okafor"}


def test_a_paraphrase_inside_a_reported_claim_is_its_own_sources(quotes_of):
    """"X said Y had accused Z of ...": X's claim, and inside it Y's accusation (seismo.quotes.v37)."""
    quotes = quotes_of("The minister said the unions had accused the treasury of hiding the deficit.")
    (outer,) = [q for q in quotes if q.kind == "indirect"]
    assert outer.speaker.text == "The minister"
    assert outer.text == "the unions had accused the treasury of hiding the deficit"
    (inner,) = [q for q in quotes if q.kind == "paraphrase"]
    assert inner.speaker.text == "the unions"
    assert inner.text == "the treasury of hiding the deficit"
    assert outer.start <= inner.start and inner.end <= outer.end


def test_no_inner_paraphrase_where_the_claim_holds_none(quotes_of):
    quotes = quotes_of("The minister said the deficit would shrink next year.")
    assert [q.kind for q in quotes] == ["indirect"]
