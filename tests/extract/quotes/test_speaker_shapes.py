"""Speaker rules of the quotes step (seismo.quotes.v14): a dateline is never a cue's subject, a
speech verb in a relative clause that does not introduce the quotation gives way to the outer
clause, the clause ending at a colon hands the quotation to its own subject, a speakerless
quotation opening its sentence goes on with the last direct speaker, a speech verb coordinated
with an earlier one keeps a subject of its own, a "that" clause the parse
hung on a listener is still reported, a "for ... to" clause is a paraphrase's content, and a
reported content ends before a report nested in it, a quotation inside a headline claim is the
claimant's, a bare "asked" names no asker, a name opening a label before a colon is the one quoted,
and the answer to a quoted or reported question is the one asked's, and a participle set off by a comma speaks for the main
clause, not for a relative clause the parse hung it on, and a name labelling its paragraph before a colon is
the speaker of the quotation after it; a lead-in whose speech verb reports nothing of its own ("X
spoke at length.") hands on the quotation after it, and a sentence opening with a demonstrative that
points back at a quotation ("That was how X put it.") names its speaker, a pronoun with no one
quoted before who agrees is the last person named whom the article shows to be of its sex, and a bare
role ("the spokeswoman") is the person named earlier in that role (v14); a relative clause opened by a
pronoun that reports ("..., which she said were ...") cuts the content it sits in (v16).  Sentences written
for these tests."""

from __future__ import annotations

import pytest


def one(quotes, words: str, kind: str | None = None):
    """The one quote (of ``kind``) whose text holds ``words``."""
    found = [q for q in quotes if words in q.text and kind in (None, q.kind)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def who(quote) -> str | None:
    return None if quote.speaker is None else (quote.speaker.name or quote.speaker.text)


#: (text, words of the quotation, its kind, its speaker): one speaker rule a row
SPEAKERS = [
    pytest.param(
        "BERLIN -- Chancellor Anna Berg said the archive would tell a story ''of hope and of "
        "struggle, of hard work and of the long road home.''",
        'of hope and of struggle', 'direct', 'Anna Berg', id='a_dateline_the_parse_made_a_subject_is_no_speaker'),
    pytest.param(
        'At a forum in Boston, Tom Berger sharply told a student who asked about the fees that '
        '"nobody promised that college would be free."',
        'nobody promised', 'direct', 'Tom Berger', id='a_relative_clause_on_the_listener_does_not_take_the_quotation'),
    pytest.param(
        'The mayor thanked Ana Ruiz, who said: "We will rebuild the bridge by the spring."',
        'rebuild the bridge', 'direct', 'Ana Ruiz', id='a_relative_clause_right_before_the_quotation_keeps_it'),
    pytest.param(
        'My father got angry and started shouting, so I had to give a new answer: "Of course I '
        'will stay home tonight."',
        'stay home tonight', 'direct', 'I', id='the_clause_ending_at_the_colon_names_the_speaker'),
    pytest.param(
        'Ruiz said the plan had one flaw: "It costs too much for the small towns."',
        'costs too much', 'direct', 'Ruiz', id='a_colon_clause_the_cue_governs_stays_the_cues'),
    pytest.param(
        'Pelosi: "We will carry this county by a mile."\n\nThe candidate spoke at a fair in the '
        'north.',
        'carry this county', 'direct', 'Pelosi', id='a_quotation_inside_a_headline_claim_is_the_claimants'),
    pytest.param(
        'Ana Ruiz, 54, a retired teacher from Ohio: “I am voting for him since he is no politician.”',
        'voting for him', 'direct', 'Ana Ruiz', id='a_named_voter_and_her_description_label_the_quotation'),
    pytest.param(
        '“I will not endorse him,” Ruiz said.\n\n“He does not share the values of this town, and he'
        ' never has.”',
        'never has', 'direct', 'Ruiz', id='a_quotation_after_a_statement_goes_on_with_its_speaker'),
    pytest.param(
        '“The polls are wrong,” Ruiz said. “They always undercount our voters.”\n\nBerger asked '
        'whether the debate would matter.\n\n“Debates matter less than people think. Turnout is '
        'what counts.”',
        'Turnout is what counts', 'direct', 'Ruiz', id='an_interview_hands_the_answer_back_to_the_guest'),
    pytest.param(
        'Ruiz was equally stubborn when asked about a builder who said he was never paid for his '
        'work, saying, "Maybe the work was poor, and I was not happy with it."',
        'the work was poor', 'direct', 'Ruiz', id='a_participle_set_off_by_a_comma_speaks_for_the_main_clause'),
    pytest.param(
        'Tom Berger, governor of the island state, spoke at length about the flood on Monday.\n\n'
        '"We lost more than houses in this storm. We lost the trust people had in the levees.\n\n'
        '"Now we have to build them again, and build them better than before.\n\n'
        '"That will take years, and it will cost a great deal of money."\n\n'
        'The state legislature meets next week.',
        'cost a great deal', 'direct', 'Tom Berger', id='a_speech_verb_with_no_content_of_its_own_leads_in_a_long_quotation'),
    pytest.param(
        'Tom Berger, governor of the island state, did not speak about the flood on Monday.\n\n'
        '"We lost more than houses in this storm. We lost the trust people had in the levees."',
        'lost the trust', 'direct', None, id='a_negated_speech_verb_leads_in_no_quotation'),
    pytest.param(
        'The council met on Tuesday to weigh the budget for the harbor.\n\n'
        '"We cannot keep paying for roads that nobody drives on." That was how Ana Ruiz put it to '
        'the other members.\n\nThe vote was put off until May.',
        'nobody drives on', 'direct', 'Ana Ruiz', id='a_sentence_pointing_back_at_the_quotation_names_its_speaker'),
    pytest.param(
        'The council met on Tuesday.\n\n"We cannot keep paying for roads that nobody drives on." '
        'That was the end of the debate, and Ana Ruiz said nothing.',
        'nobody drives on', 'direct', None, id='a_sentence_after_the_quotation_with_no_pointer_names_no_speaker'),
    pytest.param(
        'The council met on Tuesday.\n\n"We cannot keep paying for roads that nobody drives on." '
        'That is why Ana Ruiz said the harbor plan would fail.',
        'nobody drives on', 'direct', None, id='a_pointer_to_a_report_of_its_own_names_no_speaker'),
    pytest.param(
        'The council met on Tuesday to weigh the budget.\n\n"We cannot keep paying for roads that '
        'nobody drives on." So said Ana Ruiz, who chairs the budget panel.\n\nThe vote was put off.',
        'nobody drives on', 'direct', 'Ana Ruiz', id='so_said_names_the_speaker_of_the_quotation_before'),
    pytest.param(
        'The council met on Tuesday to weigh the budget.\n\n"We cannot keep paying for roads that '
        'nobody drives on." Those were the words of Ana Ruiz, who chairs the budget panel.',
        'nobody drives on', 'direct', 'Ana Ruiz', id='the_words_of_a_person_after_the_quotation_are_hers'),
    pytest.param(
        'Mr. Tom Berger, a farmer from Iowa, lost his crop in the drought. Mrs. Ana Ruiz, who farms '
        'the land next to his, lost hers too.\n\nThe county offered them little help.\n\n'
        '"Nobody in the capital cares about us," she added.',
        'Nobody in the capital', 'direct', 'Ana Ruiz', id='a_pronoun_with_no_one_quoted_before_is_the_last_person_named_of_its_sex'),
    pytest.param(
        'Tom Berger, a farmer from Iowa, lost his crop in the drought.\n\nThe county offered him '
        'little help.\n\n"We were promised money and it never came," he said.',
        'never came', 'direct', 'Tom Berger', id='a_given_name_shows_his_sex_so_the_pronoun_is_his'),
    pytest.param(
        'The ministry sent spokeswoman Ana Ruiz to meet the press. Mr. Berger, the minister, stayed '
        'away.\n\nUnion leaders turned down the offer on Thursday.\n\n'
        '"We remain open to talks at any time," the spokeswoman said on Friday.',
        'open to talks', 'direct', 'Ana Ruiz', id='a_bare_role_is_the_person_named_earlier_in_that_role'),
    pytest.param(
        'The mayor spoke on Friday.\n\nQ: "Will the bridge open before the winter comes?"',
        'before the winter', 'direct', None, id='a_one_letter_label_names_no_speaker'),
]


@pytest.mark.parametrize(("text", "words", "kind", "speaker"), SPEAKERS)
def test_the_speaker_of_a_quotation(quotes_of, text, words, kind, speaker):
    assert who(one(quotes_of(text), words, kind)) == speaker


def test_a_speakerless_quotation_goes_on_with_the_last_direct_speaker(quotes_of):
    text = (
        '"The roads are a mess," Ana Ruiz said.\n\n'
        "The council office was closed on Friday.\n\n"
        '"I lose customers every single day because of it."'
    )
    quotes = quotes_of(text)
    first, later = one(quotes, "roads are a mess"), one(quotes, "lose customers")
    assert who(later) == "Ana Ruiz"
    assert later.confidence < first.confidence  # a guess from nearness, not a cue of its own


def test_a_that_clause_hung_on_the_listener_is_still_reported(quotes_of):
    text = "In Fresno last week, she told a meeting of farm leaders that few people grasped the cost of the drought."
    quote = one(quotes_of(text), "few people grasped", "indirect")
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert quote.cue is not None and quote.cue.text == "told"


def test_a_for_to_clause_is_the_content_of_a_call(quotes_of):
    text = "Governor Ana Ruiz called for the state to accept more refugees on Monday."
    quote = one(quotes_of(text), "accept more refugees", "paraphrase")
    assert who(quote) == "Ana Ruiz" and quote.cue is not None and quote.cue.text == "called for"


@pytest.mark.parametrize(
    ("text", "outer", "inner", "inner_speaker", "cut"),
    [
        pytest.param(
            "Tom Berger told reporters the vote was rigged after the judge admitted he had lost some of the ballots.",
            "the vote was rigged", "he had lost some of the ballots", "the judge", "lost some of the ballots",
            id="after-clause"),
        pytest.param(
            "Senator Ana Ruiz said the new law had quietly redrawn the districts, in what critics said was a gerrymander.",
            "quietly redrawn the districts", "was a gerrymander", "critics", "gerrymander",
            id="in-what-clause"),
        # a relative clause opened by a reporting pronoun ends the content
        pytest.param(
            "Ana Ruiz said the council had cut the bus routes, which she said were the only way to reach the clinic.",
            "the council had cut the bus routes", "which she said were the only way", "she", "only way",
            id="which-she-said"),
        pytest.param(
            "Tom Berger said the board had shut the old depot, which he claimed was the last safe shelter in the valley.",
            "the board had shut the old depot", "which he claimed was the last safe shelter", "he", "safe shelter",
            id="which-he-claimed"),
    ],
)
def test_a_reported_content_ends_before_a_report_nested_in_it(quotes_of, text, outer, inner, inner_speaker, cut):
    quotes = quotes_of(text)
    first = one(quotes, outer, "indirect")
    assert cut not in first.text
    nested = one(quotes, inner, "indirect")
    assert nested.speaker is not None and nested.speaker.text == inner_speaker


def test_a_report_in_a_relative_clause_does_not_cut_the_content(quotes_of):
    text = "Tom Berger said he plans to spend the money he says he collected for the party last week."
    quotes = quotes_of(text)
    assert any(q.kind == "indirect" and "he plans to spend" in q.text and "collected" in q.text for q in quotes)


def test_a_coordinated_speech_verb_with_its_own_subject_keeps_the_quotation(quotes_of):
    text = (
        "She said the plan was fair to everyone, and when challenged over why it leaves out fathers, "
        'the 40-year-old lawyer replied, "It is meant for the mothers who give birth."'
    )
    quote = one(quotes_of(text), "meant for the mothers", "direct")
    assert quote.speaker is not None and quote.speaker.text == "the 40-year-old lawyer"


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether she would run again, Ruiz said, "I have not decided."',
        "Asked about the new tax, Ruiz said it would fail.",
    ],
)
def test_the_one_asked_is_not_the_source_of_the_question(quotes_of, text):
    # "asked" with no auxiliary and no subject is a passive: the asker is not named
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text.lower().startswith("asked")] == []


def test_the_answer_to_a_quoted_question_is_the_other_speakers(quotes_of):
    text = (
        "The mayor sat down with the radio host on Friday.\n\n"
        "“I will not endorse him, and I have said so many times,” Ruiz replied.\n\n"
        "“Why not?” Berger asked.\n\n"
        "“Because he does not share the values of this town.”"
    )
    quotes = quotes_of(text)
    assert who(one(quotes, "Why not?", "direct")) == "Berger"
    assert who(one(quotes, "does not share the values", "direct")) == "Ruiz"


@pytest.mark.parametrize(
    ("question", "answerer"),
    [
        ("Host Tom Berger asked Ruiz whether the debate would matter.", "Ruiz"),
        ("Ruiz was asked whether the debate would matter.", "Ruiz"),
    ],
)
def test_the_quotation_after_a_reported_question_is_the_answer_of_the_one_asked(quotes_of, question, answerer):
    text = f"{question}\n\n“Debates matter less than people think. Turnout is what counts.”"
    assert who(one(quotes_of(text), "Turnout is what counts", "direct")) == answerer


def test_reported_speech_ends_before_a_quotation_with_a_speaker_of_its_own(quotes_of):
    text = (
        "She said the plan was fair to everyone, and when challenged over why it leaves out fathers, "
        'the 40-year-old lawyer replied, "It is meant for the mothers who give birth."'
    )
    reported = one(quotes_of(text), "the plan was fair", "indirect")
    assert "lawyer" not in reported.text and "meant for the mothers" not in reported.text


def test_a_name_labelling_its_paragraph_before_a_colon_is_the_speaker(quotes_of):
    text = (
        "The mayor spoke to the radio host on Friday.\n\n"
        'Berger: "Will the bridge open before the winter?"\n\n'
        'Ruiz: "We expect it to open in November, if the weather holds."'
    )
    quotes = quotes_of(text)
    assert who(one(quotes, "open in November", "direct")) == "Ruiz"
    assert who(one(quotes, "before the winter", "direct")) == "Berger"




#: a transcript written with no quote marks, several turns of two speakers
TRANSCRIPT = (
    "The senator sat down with our reporter on Monday. This is an edited record of the talk.\n\n"
    "BERGER: Why did you vote against the farm bill last week?\n\n"
    "RUIZ: I voted against it because it gives too much money to big companies and too little to "
    "small farms.\n\n"
    "BERGER: Some members of your own party call that a mistake.\n\n"
    "RUIZ: They are free to think so, but I answer to the people of my state."
)


def test_a_transcript_with_no_quote_marks_gives_each_turn_to_its_label(quotes_of):
    turns = [(q.text, who(q)) for q in quotes_of(TRANSCRIPT) if q.kind == "direct"]
    assert [speaker for _, speaker in turns] == ["BERGER", "RUIZ", "BERGER", "RUIZ"]
    # the quotation is what is said, not the label before it (seismo.quotes.v30)
    assert not [words for words, _ in turns if words.startswith(("BERGER", "RUIZ", ":"))]


def test_one_label_alone_is_a_heading_not_a_transcript(quotes_of):
    text = ("UPDATE: The county lifted the order on Friday after the river fell below the banks.\n\n"
            "Schools will open again on Monday, the county said.")
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


#: a printed interview, questions and answers with no quote marks
INTERVIEW = (
    "Ana Ruiz, the new mayor of Springfield, talked with us about her plans for the city.\n\n"
    "Q: What will you do first?\n\n"
    "A: We will fix the roads, because people have waited far too long for them.\n\n"
    "Q: And the schools?\n\n"
    "A: The schools come next, once the budget is done."
)


def test_an_interview_gives_each_answer_to_the_one_named_before_the_questions(quotes_of):
    answers = [(q.text[:2], who(q)) for q in quotes_of(INTERVIEW) if q.kind == "direct"]
    assert [speaker for _, speaker in answers] == ["Ana Ruiz", "Ana Ruiz"]
    assert "A:" not in [start for start, _ in answers]  # the answer's words, not its label


#: an interview whose introduction names someone else last before the first question
INTRODUCED = (
    "Talking with Governor Ana Ruiz.\n\n"
    "Governor Ana Ruiz toured the flooded valley on Monday. Ruiz later spoke with us about the repairs "
    "and about her old rival, Tom Berger.\n\n"
    "Q: When will the bridge open again?\n\n"
    "A: The engineers tell me it will carry traffic again before the school year starts."
)


def test_an_interview_answer_is_the_one_the_introduction_is_about(quotes_of):
    answer = one(quotes_of(INTRODUCED), "carry traffic again", "direct")
    assert who(answer) == "Ana Ruiz"


def test_an_interview_answer_is_spoken_through_its_label(quotes_of):
    answer = one(quotes_of(INTRODUCED), "carry traffic again", "direct")
    assert answer.speaker is not None and answer.speaker.text == "A"
    assert INTRODUCED[answer.speaker.start : answer.speaker.end] == "A"


def test_a_quoted_answer_in_an_interview_is_the_one_answerings(quotes_of):
    text = INTERVIEW.replace("A: We will fix the roads, because people have waited far too long for them.",
                             'A: "We will fix the roads, because people have waited far too long."')
    assert who(one(quotes_of(text), "fix the roads", "direct")) == "Ana Ruiz"


def test_a_conversation_with_names_in_title_case_gives_each_turn_to_its_name(quotes_of):
    text = ("The two met for the first debate on Monday night. Here is part of what they said.\n\n"
            "Holt: Will the bridge be finished by the spring, as the city promised?\n\n"
            "Ms. Ruiz: The bridge will be finished by spring and the road soon after.\n\n"
            "Holt: And what will all of it cost the town?\n\n"
            "Ms. Ruiz: It will cost less than the council feared last year.")
    turns = [who(q) for q in quotes_of(text) if q.kind == "direct"]
    assert turns == ["Holt", "Ruiz", "Holt", "Ruiz"]


def test_headings_in_title_case_that_come_once_are_no_conversation(quotes_of):
    text = ("Update: The county lifted the order on Friday after the river fell below the banks.\n\n"
            "Note: Schools will open again on Monday, the county said in a statement.")
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_an_interview_labelled_question_and_answer_is_no_conversation_of_two_names(quotes_of):
    text = INTERVIEW.replace("Q:", "Question:").replace("A:", "Answer:")
    assert [who(q) for q in quotes_of(text) if q.kind == "direct"] == ["Ana Ruiz", "Ana Ruiz"]


#: a quotation of two paragraphs with no cue of its own
STATEMENT = ('"We will rebuild the bridge by the spring, and the road will follow soon after that.\n\n'
             '"We thank every worker who gave up a weekend to clear the river banks."')


def test_a_lead_in_presenting_a_persons_words_names_the_speaker(quotes_of):
    text = "Here is the full text of Ana Ruiz's remarks, as prepared for delivery.\n\n" + STATEMENT
    assert [who(q) for q in quotes_of(text) if q.kind == "direct"] == ["Ana Ruiz", "Ana Ruiz"]


def test_words_someone_else_acts_on_do_not_name_the_speaker(quotes_of):
    text = "Two members of the council mocked Ana Ruiz's statement on Monday.\n\n" + STATEMENT
    assert "Ana Ruiz" not in [who(q) for q in quotes_of(text) if q.kind == "direct"]
