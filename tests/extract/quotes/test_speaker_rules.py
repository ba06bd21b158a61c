"""Speaker rules of the quotes step (seismo.quotes.v3): transcript labels inside a quotation that
runs over paragraphs, a quotation closed by a full stop, closing ", she said" tags, inverted
"Said X:", "As X put it", doubled apostrophes as quote marks, quotations sharing a sentence,
pronouns bound inside their sentence, a paragraph introduced by a colon, and speakers cut off
by a headline colon; and (seismo.quotes.v7) a continued quotation keeps the person its pronoun
stood for, a description with a name in apposition, "it" bound to an organisation, a gerund after
the person doing it, a preposition's gerund, quoted names and quoted nouns that are no speech, a
dash the tagger took for a noun, and phrases that only date a verb; and (seismo.quotes.v9) a name
or a digest's label right before the colon, a name ending at the cue's comma, a quoted name inside
the tag, a question closing its sentence, and a line break ending the words after a quotation.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def speaker_of(quotes, words: str, kind: str | None = None) -> str | None:
    """The speaker (name, else words) of the one quote (of ``kind``) whose text holds ``words``."""
    found = [q for q in quotes if words in q.text and kind in (None, q.kind)]
    assert len(found) == 1, [q.text for q in quotes]
    q = found[0]
    return None if q.speaker is None else (q.speaker.name or q.speaker.text)


def test_each_transcript_label_names_its_own_paragraph(quotes_of):
    text = (
        'The host and the mayor spoke on Sunday.\n\n'
        '"HOST: Will the new bridge open before the winter comes?\n\n'
        '"GARCIA: We expect it to open in November, if the weather holds.\n\n'
        '"HOST: And what would the whole project cost?\n\n'
        '"GARCIA: It stayed within the budget the council approved."'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "before the winter") == "HOST"
    assert speaker_of(quotes, "open in November") == "GARCIA"
    assert speaker_of(quotes, "whole project cost") == "HOST"
    assert speaker_of(quotes, "within the budget") == "GARCIA"


def test_a_quotation_closed_by_a_full_stop_is_not_given_to_the_next_sentence(quotes_of):
    text = (
        "Ana Ruiz says the new plan is “a step backwards for every small farmer.” "
        "Tom Berger adds, “We were never consulted about any of it.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "a step backwards") == "Ana Ruiz"
    assert speaker_of(quotes, "never consulted") == "Tom Berger"


def test_a_full_stop_quotation_still_takes_a_short_tag_after_it(quotes_of):
    quotes = quotes_of("“The river has never been this low in living memory.” Mayor Ida Holm said.")
    assert speaker_of(quotes, "never been this low") == "Ida Holm"


def test_a_letter_that_reads(quotes_of):
    quotes = quotes_of("“We ask the board to reconsider its vote on the schools,” the letter reads.")
    assert speaker_of(quotes, "reconsider its vote") == "the letter"


def test_a_closing_tag_after_a_short_tail(quotes_of):
    quotes = quotes_of("“No one at the top will lose a job” over the scandal, she said.")
    assert speaker_of(quotes, "lose a job") == "she"


def test_an_inverted_said_before_a_colon(quotes_of):
    text = (
        "Analysts expect the talks to fail this week. "
        "Said Petrov: “The deal is dead and everyone in the room knows it.”"
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "Petrov"


def test_as_x_put_it(quotes_of):
    text = "As Laura Kim put it during a radio chat in May, the reform is “a promise nobody can keep.”"
    assert speaker_of(quotes_of(text), "a promise nobody") == "Laura Kim"


def test_doubled_apostrophes_are_quote_marks(quotes_of):
    quotes = quotes_of("''The budget is a disgrace to this city,'' Senator Mark Elden said on Friday.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "The budget is a disgrace to this city,")]
    assert speaker_of(quotes, "The budget") == "Mark Elden"


def test_an_apostrophe_is_still_no_quote_mark(quotes_of):
    quotes = quotes_of("The farmers' union met on Monday and the drivers' union met on Tuesday.")
    assert [q for q in quotes if q.kind == "direct"] == []


def test_quotations_in_one_sentence_share_their_speaker(quotes_of):
    text = (
        "Gomez called the mayor a “coward” who is “hiding behind his advisers "
        "instead of facing the voters.”"
    )
    assert speaker_of(quotes_of(text), "hiding behind") == "Gomez"


def test_a_clause_with_its_own_subject_stops_the_sharing(quotes_of):
    text = (
        "Gomez described the mayor as a “failure” after the mayor told reporters it was "
        "“years of bad luck and nothing else at all.”"
    )
    (quote,) = [q for q in quotes_of(text) if "years of bad luck" in q.text]
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_a_pronoun_is_bound_to_the_subject_of_its_sentence(quotes_of):
    text = (
        "“We are ready for the storm,” said Paul Okafor. "
        "Secretary General Ines Varga condemned what she called a “reckless provocation by the army.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "ready for the storm") == "Paul Okafor"
    assert speaker_of(quotes, "reckless provocation") == "Ines Varga"


def test_a_paragraph_ending_in_a_colon_introduces_the_next(quotes_of):
    text = (
        "The court ruled against the city on Friday.\n\n"
        "On Monday, Dana Park made the following statement:\n\n"
        "“We will appeal this ruling in every court that is still open to us.”"
    )
    assert speaker_of(quotes_of(text), "appeal this ruling") == "Dana Park"


@pytest.mark.parametrize(
    "text",
    [
        "Morning Notes: Farmers demand lower fuel taxes across the region.\n\nThe protest began at dawn.",
        "Weekly Digest on the elections (all times local):\n\nVoters complain that the lines are too long.",
    ],
)
def test_no_speaker_across_a_headline_colon(quotes_of, text):
    for q in quotes_of(text):
        if q.speaker is not None and q.kind != "indirect":
            assert "Notes" not in q.speaker.text and "Digest" not in q.speaker.text


def test_a_subject_between_two_quotations_keeps_the_second_unattributed(quotes_of):
    text = (
        "Gomez called the plan a “disaster” because the city “never once asked the people "
        "who live along the river.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "disaster") == "Gomez"
    assert speaker_of(quotes, "never once asked") != "Gomez"


def test_a_name_set_off_by_commas_before_a_cue_with_no_parsed_subject(nlp):
    from seismo.extract.quotes.speakers.subjects import comma_framed_name

    doc = nlp("Governor Ruth Alder, opening the new harbor on Tuesday, said the port would double its trade.")
    said = next(t for t in doc if t.text == "said")
    found = comma_framed_name(said, lo=0)
    assert found is not None and found.text in {"Ruth", "Alder"}


def test_no_comma_framed_name_across_a_clause_of_its_own(nlp):
    from seismo.extract.quotes.speakers.subjects import comma_framed_name

    doc = nlp("Ruth Alder, whose harbor the storm destroyed, the mayor thinks, said nothing.")
    said = next(t for t in doc if t.text == "said")
    assert comma_framed_name(said, lo=0) is None


def test_a_quotation_after_a_reporting_sentence_of_its_paragraph(quotes_of):
    text = (
        "“The river is rising again,” said Carl Mendes.\n\n"
        "His neighbor Rosa Lind accused the council of ignoring the warnings for years. "
        "“Nobody here believes a single promise they make anymore.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "river is rising") == "Carl Mendes"
    assert speaker_of(quotes, "Nobody here believes") == "Rosa Lind"


def test_reported_speech_stays_in_its_own_sentence(quotes_of):
    text = (
        "Both Ms. Ortega and Mr. Lund say the board gave them no orders on what to report. "
        "''I have never once been edited,'' Mr. Lund, 71, told me."
    )
    quotes = quotes_of(text)
    for q in quotes:
        if q.kind == "indirect" and q.cue is not None and q.cue.text == "told":
            assert "board never told" not in q.text


def test_a_tag_after_coordinated_clauses_reports_both(quotes_of):
    text = (
        "The mayor had asked for a delay of the vote, but the council refused that request, "
        "an aide said."
    )
    quotes = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert any("asked for a delay" in q.text and "refused" in q.text for q in quotes)
    assert all(q.speaker is not None and q.speaker.text == "an aide" for q in quotes if "refused" in q.text)


def test_a_quotation_inside_a_transcript_turn_is_the_turn_speakers(quotes_of):
    text = (
        "MODERATOR: Let us turn to the economy.\n\n"
        "LARSEN: This plan was sold to us as “the start of a new era for every family in town” "
        "and nothing came of it."
    )
    assert speaker_of(quotes_of(text), "start of a new era") == "LARSEN"


# ---------------------------------------------------------------- seismo.quotes.v7

def test_a_continued_quotation_keeps_the_person_its_pronoun_stood_for(quotes_of):
    text = (
        "“Pay us what we earned,” said union leader Sam Ortiz.\n"
        "“The workers have waited long enough for a fair contract,” he said. "
        "Laura Kim, who runs the company, said talks would continue.\n"
        "“We will strike on Friday if the company does not move on wages.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "talks would continue") == "Laura Kim"
    assert speaker_of(quotes, "strike on Friday") == "Sam Ortiz"


def test_a_description_with_a_name_in_apposition_is_that_person(quotes_of):
    quotes = quotes_of("A spokeswoman for the water board, Rita Gomez, said the meters had been misread.")
    (q,) = [q for q in quotes if "meters" in q.text]
    assert q.speaker is not None and q.speaker.name == "Rita Gomez"
    assert q.speaker.text == "A spokeswoman for the water board, Rita Gomez"


def test_a_pronoun_after_an_apposition_finds_the_name(quotes_of):
    text = (
        "The mayor’s spokesman, Daniel Okafor, defended the plan. "
        "“We looked at every option before choosing this one,” he said."
    )
    assert speaker_of(quotes_of(text), "every option") == "Daniel Okafor"


def test_it_stands_for_the_organisation_that_is_the_subject_of_its_sentence(quotes_of):
    text = (
        "The European Commission on Tuesday rejected the proposal and warned of what it called "
        "“a reckless gamble with public money.”"
    )
    (q,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.text == "it"
    assert q.speaker.name == "European Commission"


def test_a_gerund_after_a_named_person_is_that_persons_speech(quotes_of):
    text = (
        "The campaign video uses a clip of Maria Lopez asking, “Why should anyone trust this "
        "council again?” The narrator then lists the votes."
    )
    assert speaker_of(quotes_of(text), "trust this council") == "Maria Lopez"


def test_a_gerund_after_a_preposition_takes_the_subject_of_its_verb(quotes_of):
    text = (
        "The singer Nora Vance played two songs for the crowd before asking them, "
        "“Are you ready to vote in November?”"
    )
    assert speaker_of(quotes_of(text), "ready to vote") == "Nora Vance"


def test_speech_made_without_saying_it_is_no_quote(quotes_of):
    quotes = quotes_of("The mayor left the hall without saying that the new tax would hurt the small shops.")
    assert [q.text for q in quotes if "new tax" in q.text] == []


def test_a_quoted_name_does_not_cut_off_the_clause_before_a_quotation(quotes_of):
    text = (
        'The governor appeared at the "Harvest Growers Forum" hosted by the Farm Bureau and said '
        'the state would help: "Nobody who feeds this country should ever go hungry."'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "feeds this country") == "The governor"


def test_a_quoted_noun_is_not_spoken_by_its_own_relative_clause(quotes_of):
    text = (
        'Asked about the feud, the senator conceded there remain "some holdouts" who feel this way, '
        '"though only a handful of them."'
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "some holdouts", "direct") == "the senator"
    assert speaker_of(quotes, "a handful of them", "direct") == "the senator"


def test_a_quoted_title_does_not_continue_the_previous_speaker(quotes_of):
    text = (
        "“We sang it for every town we visited,” said Lena Park. "
        "“Rivers Of Home (Live)” was written by her brother in 1998."
    )
    quotes = quotes_of(text)
    assert [q for q in quotes if "Rivers Of Home" in q.text and q.speaker is not None] == []


def test_a_phrase_that_only_dates_the_verb_is_no_paraphrase(quotes_of):
    quotes = quotes_of("Mayor Ellen Brooks met the farmers on Monday morning and spoke at length on Tuesday.")
    assert [q.text for q in quotes if q.kind == "paraphrase"] == []


def test_a_title_after_a_preposition_or_a_number_is_a_name_not_speech(quotes_of):
    quotes = quotes_of(
        "Interviewed on “Morning Edition,” the mayor said the river was rising fast. "
        "Quinn described the measure in his 2009 “Plan for Coastal Renewal.”"
    )
    assert [q.text for q in quotes if q.kind == "direct"] == []
    assert [q.text for q in quotes if q.kind == "indirect"] == ["the river was rising fast"]


def test_a_pronoun_binds_to_the_name_in_apposition_to_an_earlier_subject(quotes_of):
    text = (
        "“We will rebuild the pier,” said Mayor Ana Ruiz.\n"
        "The governor, Tom Reyes, disagreed. “The money is not there,” he said."
    )
    assert speaker_of(quotes_of(text), "money is not there") == "Tom Reyes"


# ---------------------------------------------------------------- seismo.quotes.v8
@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, Jan. 7 — Asked about the sanctions, officials said little.",
        "BERLIN (Reuters) — Asked about the strike, union leaders said little.",
    ],
)
def test_a_dateline_is_never_a_speaker(quotes_of, text):
    assert [q.speaker.text for q in quotes_of(text) if q.speaker is not None and q.speaker.text.isupper()] == []


def test_a_name_in_capitals_opening_a_clause_still_speaks(quotes_of):
    quotes = quotes_of("NATO, which met on Monday, said the drills would go on.")
    assert quotes.pairs("indirect") == [("the drills would go on", "NATO")]


# ---------------------------------------------------------------- seismo.quotes.v9
def test_a_name_right_before_the_colon_is_the_one_quoted(quotes_of):
    text = (
        "The sudden rise in prices does not surprise economist Peter Hall: "
        "“Every time the central bank waits too long, the same thing happens to household budgets.”"
    )
    assert speaker_of(quotes_of(text), "central bank waits") == "Peter Hall"


def test_a_clause_subject_before_the_colon_still_wins_over_its_object(quotes_of):
    text = "Senator Ruth Adler attacked Governor Tom Reyes: “He has broken every promise he made to this county.”"
    assert speaker_of(quotes_of(text), "broken every promise") == "Ruth Adler"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor spoke on Monday.\n\nTURNOUT FELL SHARPLY IN RURAL COUNTIES - Ana Ruiz: “Fewer than half of "
            "registered voters came out, the lowest share since the county began keeping records.”",
            "Ana Ruiz",
        ),
        (
            "The figures came out on Friday.\n\nWage growth slowed for a third month - Labor Institute: “Hourly pay "
            "rose by less than prices in every region we track, and the gap is widening.”",
            "Labor Institute",
        ),
    ],
)
def test_a_digest_label_after_a_dash_names_the_source(quotes_of, text, speaker):
    assert speaker_of(quotes_of(text), "than") == speaker


def test_a_name_ending_at_the_cue_comma_speaks_when_the_parse_gives_no_subject(quotes_of):
    text = (
        "In a letter to the newspaper, her chief of staff, Mark Olsen, said: "
        "“The senator will vote against the bill. She has made that clear for months.”"
    )
    assert speaker_of(quotes_of(text), "vote against the bill") == "Mark Olsen"


def test_a_quoted_name_inside_the_tag_does_not_cut_it_off(quotes_of):
    text = (
        "“The council has lost its way,” local farmer Tom Reed, holding a sign and a “Save Our Fields” "
        "banner, said as the crowd cheered."
    )
    assert speaker_of(quotes_of(text), "lost its way") == "Tom Reed"


def test_a_question_closes_its_sentence_and_answer_is_a_cue(quotes_of):
    text = (
        "The host asked, “Would you accept the result if you lost the vote?” He answered, "
        "“I have always accepted results. That is what democracy means to me.”"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "accept the result") == "The host"
    assert speaker_of(quotes, "always accepted") == "He"


def test_the_words_after_a_quotation_stop_at_a_line_break(quotes_of):
    text = (
        "The debate ran late.\n\nThe senators sparred over taxes.\n"
        "“We cannot keep borrowing for the next generation to repay.”\n"
        "Adler said that the plan would pass by spring."
    )
    assert speaker_of(quotes_of(text), "keep borrowing") is None  # "Adler said" opens a statement of its own


# seismo.quotes.v10: a lead-in sentence names the speaker of the quotation after it; a colon after
# someone's reply or answer hands the quotation to its owner; manners of saying ("whispered") and
# phrasal verbs of saying ("went on") are cues


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # the lead-in in the quotation's own paragraph
            "Ana Ruiz was blunt about the proposal. “Nobody on this council will ever vote for a plan like that.”",
            "Nobody on this council",
            "Ana Ruiz",
        ),
        (  # in the paragraph before, after another speaker's quotation: the new person speaks
            "“The bridge has to close for repairs,” Tom Berger said.\n\n"
            "Ida Holm, the mayor, saw things differently.\n\n"
            "“We can keep one lane open for the whole of the winter.”",
            "keep one lane open",
            "Ida Holm",
        ),
        (  # the sentence before is the earlier quotation's own: it continues
            "“The bridge has to close for repairs,” Tom Berger said.\n\n"
            "“We cannot keep one lane open for the whole of the winter.”",
            "keep one lane open",
            "Tom Berger",
        ),
        (  # a group is no lead-in
            "The farmers marched on the capital.\n\n"
            "“We cannot keep selling milk for less than it costs to make it.”",
            "selling milk",
            None,
        ),
    ],
)
def test_a_lead_in_sentence_names_the_speaker(quotes_of, text: str, words: str, expected: str | None):
    assert speaker_of(quotes_of(text), words) == expected


def test_a_reply_before_a_colon_is_its_owners(quotes_of):
    quotes = quotes_of("Ana Ruiz’s answer was short: “Not this year, and not next year either.”")
    assert speaker_of(quotes, "Not this year") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("she whispered to her aides", "she"),
        ("Ida Holm fumed after the meeting", "Ida Holm"),
        ("Ida Holm shot back", "Ida Holm"),
        ("Ida Holm went on", "Ida Holm"),
        ("Ida Holm chimed in", "Ida Holm"),
    ],
)
def test_manners_of_saying_and_phrasal_verbs_tag_a_quotation(quotes_of, tag: str, expected: str):
    quotes = quotes_of(f"“The harbour will be dredged by spring,” {tag}.")
    assert speaker_of(quotes, "harbour will be dredged") == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # the one quoted, not the one quoting
            "At the hearing, Ana Ruiz quoted Tom Berger as saying “the harbour will never be dredged in our lifetime.”",
            "harbour will never",
            "Tom Berger",
        ),
        (  # a speech verb with a subject of its own inside reported speech: its own words
            "Ana Ruiz said Tom Berger once told her, “You will never run this harbour.”",
            "never run this harbour",
            "Tom Berger",
        ),
        (  # a thought inside reported speech stays the reporter's
            "Ana Ruiz said most sailors believe “the harbour is far too shallow for big ships.”",
            "far too shallow",
            "Ana Ruiz",
        ),
    ],
)
def test_whose_words_a_nested_quotation_is(quotes_of, text: str, words: str, expected: str):
    assert speaker_of(quotes_of(text), words) == expected


def test_a_pronoun_stands_for_the_last_person_of_its_gender(quotes_of):
    text = (
        "“The ferry will run all winter,” said Ana Holm, a spokeswoman for the port. "
        "“Not with this crew,” Mr. Berger said.\n\n"
        "“We hired twelve new sailors in the autumn,” she said."
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "twelve new sailors") == "Ana Holm"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ms. Ana Holm spoke first.", "Ana Holm", "female"),
        ("The spokesman Tom Berger spoke first.", "Tom Berger", "male"),
        # another's pronoun and a verb ("miss", not the title "Miss") show nothing: the given name does
        ("She thanked Tom Berger for the work.", "Tom Berger", "male"),
        ("He said he met Ana Holm twice.", "Ana Holm", "female"),
        ("Voters will miss Tom Berger.", "Tom Berger", "male"),
        ("She thanked Sung-min Berger for the work.", "Sung-min Berger", None),  # a given name the table leaves out
    ],
)
def test_a_profile_takes_its_gender_from_its_own_title_or_given_name(nlp, text: str, name: str, expected: str | None):
    from seismo.extract.quotes.cues import load_cues
    from seismo.extract.quotes.speakers.profiles import build_profiles

    profile = build_profiles(nlp(text), cues=load_cues()).lookup(name)
    assert profile is not None and profile.gender == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("Ms. Ana Holm", "female"), ("the spokesman", "male"), ("she", "female"), ("her husband", None), ("the mayor", None),
     ("an uncle", "male"), ("a girl and a boy", None)],
)
def test_gender_of(words: str, expected: str | None):
    from seismo.extract.quotes.speakers.profiles import gender_of

    assert gender_of(words) == expected
