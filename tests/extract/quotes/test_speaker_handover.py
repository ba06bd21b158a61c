"""Speaker rules of the quotes step (seismo.quotes.v12): curly quotations nested in a transcript
turn opened by a straight mark, a quotation opening its paragraph after one that ends in reported
speech, a closing sentence that reports a clause of its own being no tag of the quotation before
it, a name set off by a dash right before a quotation, a dash and a name signing a quotation, and
verbless labels before a colon (a name and its topic, a possessor's reply); an excerpt whose
paragraphs open with straight marks is no continuation of a curly quotation and its own
attributions speak in it; a tag in small letters after a question still attributes it.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def speakers(quotes, kind: str = "direct") -> list[tuple[str, str | None]]:
    """(text, speaker name or words) of each quote of ``kind``."""
    return [(q.text, None if q.speaker is None else (q.speaker.name or q.speaker.text)) for q in quotes if q.kind == kind]


def test_curly_quotes_inside_a_transcript_turn_neither_close_nor_split_it(quotes_of):
    text = (
        'A transcript of the exchange follows.\n\n'
        '"HOST: Senator, your rival calls the plan “a tax on farmers.” Is that fair?\n\n'
        '"OKAFOR: It is not, and the “farmers’ tax” line is a slogan, nothing more.\n\n'
        '"HOST: We will leave it there."'
    )
    found = speakers(quotes_of(text))
    assert [who for _, who in found] == ["HOST", "OKAFOR", "HOST"]
    assert found[0][0].endswith("Is that fair?") and "a tax on farmers" in found[0][0]


def test_a_straight_quotation_with_no_label_still_ends_at_a_curly_opener(quotes_of):
    # outside a transcript turn the old rule stands: the unclosed straight quotation is dropped
    text = 'The sign read "closed for the season and the road beyond it “is shut until April,” said Ana Ruiz.'
    assert speakers(quotes_of(text)) == [("is shut until April,", "Ana Ruiz")]


def test_a_quotation_opening_its_paragraph_continues_the_reported_speech_before_it(quotes_of):
    text = (
        "The council met late on Monday. Mayor Ines Okafor said the budget would be cut by a tenth.\n\n"
        "“Every department will feel it, and the parks will feel it most of all.”"
    )
    assert speakers(quotes_of(text)) == [
        ("Every department will feel it, and the parks will feel it most of all.", "Ines Okafor")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a paraphrase hands nothing on across the break
        "Ines Okafor criticised the budget.\n\n“Every department will feel it, and the parks will feel it most.”",
        # nor does reported speech followed by another sentence of its paragraph
        "Ines Okafor said the budget was too small. The vote is due in May.\n\n"
        "“Every department will feel it, and the parks will feel it most.”",
    ],
)
def test_no_handover_across_the_break_without_reported_speech_closing_the_paragraph(quotes_of, text):
    assert [who for _, who in speakers(quotes_of(text))] == [None]


def test_a_sentence_reporting_its_own_clause_is_no_tag_of_the_quotation_before_it(quotes_of):
    text = (
        "The auditors wrote that the agency had treated its own rules as “a suggestion rather than a law.” "
        "The agency said it would answer the findings in June."
    )
    found = speakers(quotes_of(text))
    assert found[0][1] is not None and found[0][1].lower() != "the agency"


def test_a_bare_closing_tag_after_a_full_stop_still_attributes(quotes_of):
    text = "“We will appeal, and we will keep appealing.” The union's lawyer said."
    assert [who for _, who in speakers(quotes_of(text))] == ["The union's lawyer"]


def test_a_name_set_off_by_a_dash_before_a_quotation_is_the_one_quoted(quotes_of):
    text = (
        "The bill drew critics from both parties, among them Senator Ruth Calder -- "
        "“it hands the banks everything they asked for” -- and two governors."
    )
    assert speakers(quotes_of(text)) == [("it hands the banks everything they asked for", "Ruth Calder")]


@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_a_dash_and_a_name_sign_the_quotation_before_them(quotes_of, dash):
    text = f"“Every child in this county deserves a school with a roof that holds.” {dash} Gov. Ana Ruiz"
    (found,) = speakers(quotes_of(text))
    assert found[1] is not None and found[1].endswith("Ana Ruiz")  # the title may stay on the name


def test_a_dash_before_other_words_signs_nothing(quotes_of):
    text = "“Every child in this county deserves a school with a roof that holds.” — and the roof leaked again."
    assert [who for _, who in speakers(quotes_of(text))] == [None]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Senator Tom Reyes on the farm bill:", "Tom Reyes"),
        ("Senator Tom Reyes, on the farm bill:", "Tom Reyes"),
        ("Tom Reyes's reply:", "Tom Reyes"),
    ],
)
def test_a_verbless_label_before_a_colon_names_the_one_quoted(quotes_of, label, expected):
    text = f"{label} “Nobody who grows food for a living will be better off under this bill.”"
    assert [who for _, who in speakers(quotes_of(text))] == [expected]


def test_a_place_and_a_topic_before_a_colon_name_no_speaker(quotes_of):
    text = "Iowa, in the eyes of the pollsters: “Nobody who grows food for a living will be better off.”"
    assert [who for _, who in speakers(quotes_of(text))] == [None]


EXCERPT = (
    "The report describes the evening in detail. Ruiz writes:\n\n"
    '"Tom thought the whole plan was a trap. He was tired, and he was angry.\n\n'
    "“I am not signing anything tonight,” he said, and walked out."
)


def test_an_excerpt_opened_by_a_straight_mark_does_not_run_into_a_curly_quotation(quotes_of):
    quotes = quotes_of(EXCERPT)
    assert [q.text for q in quotes if q.kind == "direct"] == ["I am not signing anything tonight,"]


def test_reported_speech_inside_an_excerpt_is_its_own_speakers_not_the_introducers(quotes_of):
    found = speakers(quotes_of(EXCERPT), "indirect")
    assert found == [("the whole plan was a trap", "Tom")]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_quotation_still_runs_over_paragraphs_opened_by_its_own_marks(quotes_of, mark):
    close = '"' if mark == '"' else "”"
    text = (
        f"{mark}We are not finished,{close} she said. {mark}We have only started.\n\n"
        f"{mark}The next session begins in January.{close}"
    )
    assert [who for _, who in speakers(quotes_of(text))] == ["she", "she", "she"]


def test_a_tag_in_small_letters_after_a_question_attributes_it(quotes_of):
    text = "“Are you ready?” she asked the volunteers, and the hall went quiet before the count began, “or not?”"
    assert speakers(quotes_of(text))[0] == ("Are you ready?", "she")


# -- seismo.quotes.v15: a quotation no rule attributes goes to the subject of the clause around it --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Berger dedicated the new bridge to “the crews who built it through two hard winters.”", "Tom Berger"),
        ("Ana Ruiz opened the meeting with “a warning that the town will run out of water by August.”", "Ana Ruiz"),
        ("The senator ended her speech with “a pledge that the old mill will open again by spring.”", "The senator"),
    ],
)
def test_a_quotation_with_no_cue_is_the_words_of_the_subject_of_its_clause(quotes_of, text, speaker):
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert (quote.speaker.name or quote.speaker.text) == speaker
    assert quote.confidence <= 0.5  # a guess from the clause, below any cue's


@pytest.mark.parametrize(
    "text",
    [
        # a passive subject is the one acted on, never the speaker
        "The new bridge was dedicated to “the crews who built it through two hard winters.”",
        # a subject that names no one
        "The plan is “a careful mix of cuts and new taxes that most voters will accept.”",
    ],
)
def test_no_speaker_from_a_passive_or_a_subject_that_names_no_one(quotes_of, text):
    assert [who for _, who in speakers(quotes_of(text))] == [None]


# (seismo.quotes.v18) a sentence pointing back at a quotation through an utterance noun and the
# verb it is the subject of names its owner, an organisation too; and a quotation alone at the
# end of its paragraph is named by the first sentence of the next paragraph pointing back at it
ECHOES = [
    ('"The ferry will not sail before spring." That warning came from Nils Aarden on Monday.', "Nils Aarden"),
    ('"The ferry will not sail before spring."\nThat warning came from Nils Aarden on Monday as ice closed the port.',
     "Nils Aarden"),
    ('"Fares rise in May for every line." Those words came from the Velder Transit Authority.',
     "Velder Transit Authority"),
]


@pytest.mark.parametrize(("text", "speaker"), ECHOES)
def test_an_utterance_noun_pointing_back_names_the_quotations_owner(quotes_of, text, speaker):
    assert [who for _, who in speakers(quotes_of(text))] == [speaker]


# (seismo.quotes.v18) a quotation holding its sentence's main clause after an opening phrase set
# off by a comma goes on, like one opening its sentence, with the last one quoted
AFTER_ADJUNCT = [
    ("''The dam is safe for now,'' said Ines Vartan, an engineer with the river authority. "
     "Still, ''another wet month would change that.''", "another wet month", "Ines Vartan"),
    ('"We will appeal," said Olga Brenner, who represents the tenants. '
     'Without a new hearing, "the tenants will never see the files."', "never see the files", "Olga Brenner"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AFTER_ADJUNCT)
def test_a_quotation_after_an_opening_phrase_goes_on_with_the_last_one_quoted(quotes_of, text, words, speaker):
    assert [who for said, who in speakers(quotes_of(text)) if words in said] == [speaker]


def test_a_tag_before_the_quotation_outranks_the_next_paragraph_pointing_back(quotes_of):
    text = (
        "Mayor Ana Ruiz cut the ribbon of the new library on Friday.\n"
        'Her best line came when she said, "A town that reads is a town that thinks."\n'
        "Those remarks echo the words of Edith Carver, who founded the first library here."
    )
    (q,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.text == "she" and q.speaker.name != "Edith Carver"
