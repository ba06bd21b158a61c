"""Speakers the parse loses (seismo.quotes.v30): a name standing right before a finite cue, past a
bracketed note or an age; the marker object of "as X put it"; a participle ending its clause at
a colon read as a past tense; the token holding a doubled-apostrophe mark is no part of the words
before it; a speaker's bracketed note is kept whole; a clause the parse hung on the cue before its
subject is not reported when the cue's content follows it; a participle set off by a comma that
the parse made the subject of the quotation's verb hangs on the main verb before it; "For X, “...”" is X's view when X
is a person, not a people; the passive subject of a cue ("Workers were told: ...") is a
listener or what is reported, never the speaker; "according to a statement from X" cites X; and
an interview whose introduction presents a role gives that role the answers, without their "A:"
label.  Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from seismo.extract.quotes.speakers.subjects import name_right_before, subject_of


def one(quotes, words: str, kind: str | None = None):
    found = [q for q in quotes if words in q.text and kind in (None, q.kind)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def _hand_parsed(words, heads, deps, pos, tags) -> Doc:
    """A doc with a parse given by hand: the broken parses these rules mend, made to order."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_participle_the_parse_made_the_quotations_subject_hangs_on_the_main_verb():
    # "Nurse Ida Holm thanked her patients, writing “Means a lot to me.”": the quoted words have no
    # subject, and the parse made "writing" theirs
    words = ["Nurse", "Ida", "Holm", "thanked", "her", "patients", ",", "writing", "“", "Means", "a", "lot", "."]
    heads = [2, 2, 3, 3, 5, 3, 3, 9, 9, 3, 11, 9, 3]
    deps = ["compound", "compound", "nsubj", "ROOT", "poss", "dobj", "punct", "nsubj", "punct", "conj", "det",
            "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "VBD", "PRP$", "NNS", ",", "VBG", "``", "VBZ", "DT", "NN", "."]
    doc = _hand_parsed(words, heads, deps, pos, tags)
    assert subject_of(doc[7], lo=0, hi=8).text == "Holm"


def test_a_name_right_before_a_finite_cue_is_its_subject_when_the_parse_gave_none():
    # the parse hung the name on a noun before it and gave "said" no subject
    words = ["a", "flag", ",", "Rep.", "Ana", "Ruiz", "(", "D", "-", "NM", ")", "said", "it"]
    heads = [1, 11, 1, 5, 5, 1, 9, 9, 9, 5, 5, 11, 11]
    deps = ["det", "nsubj", "punct", "compound", "compound", "appos", "punct", "compound", "punct", "appos",
            "punct", "ROOT", "dobj"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT",
           "VERB", "PRON"]
    tags = ["DT", "NN", ",", "NNP", "NNP", "NNP", "-LRB-", "NNP", "HYPH", "NNP", "-RRB-", "VBD", "PRP"]
    doc = _hand_parsed(words, heads, deps, pos, tags)
    assert name_right_before(doc[11], lo=0).text == "Ruiz"
    # an age set off by commas: "Ruiz, 58, told"
    words = ["Ruiz", ",", "58", ",", "told", "us"]
    doc = _hand_parsed(words, [4, 0, 0, 0, 4, 4], ["dep", "punct", "appos", "punct", "ROOT", "dobj"],
                       ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PRON"], ["NNP", ",", "CD", ",", "VBD", "PRP"])
    assert name_right_before(doc[4], lo=0).text == "Ruiz"
    # never a participle, never a common noun, never outside the window
    doc = _hand_parsed(["Ruiz", "said"], [1, 1], ["dep", "ROOT"], ["PROPN", "VERB"], ["NNP", "VBN"])
    assert name_right_before(doc[1], lo=0) is None
    doc = _hand_parsed(["the", "flag", "said"], [1, 2, 2], ["det", "dep", "ROOT"], ["DET", "NOUN", "VERB"],
                       ["DT", "NN", "VBD"])
    assert name_right_before(doc[2], lo=0) is None
    doc = _hand_parsed(["Ruiz", "said"], [1, 1], ["dep", "ROOT"], ["PROPN", "VERB"], ["NNP", "VBD"])
    assert name_right_before(doc[1], lo=1) is None


def test_the_object_of_the_marker_of_as_x_put_it_is_its_subject():
    words = ["As", "Ruiz", "put", "it", ","]
    doc = _hand_parsed(words, [2, 0, 2, 2, 2], ["mark", "pobj", "ROOT", "dobj", "punct"],
                       ["SCONJ", "PROPN", "VERB", "PRON", "PUNCT"], ["IN", "NNP", "VBD", "PRP", ","])
    assert subject_of(doc[2], lo=0, hi=len(doc)).text == "Ruiz"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "As Dana Whitfield, a historian at Tulane and author of ''The Long Strike,'' put it, ''Nobody "
            "in the town trusted the mill owners again.''",
            "Nobody in the town", "Dana Whitfield", id="as_x_put_it_in_doubled_apostrophes"),
        pytest.param(
            "Tom Hale, the 2014 Labour candidate for the seat, tweeted in response: ''A council that closes "
            "libraries is making a choice, not obeying a law.''",
            "A council that closes", "Tom Hale", id="a_participle_ending_at_a_colon_is_a_past_tense"),
        pytest.param(
            "Asked on a call-in show about a leaflet from her rival showing the governor next to a coffin "
            "labelled as a threat to the town, Mayor Ines Varga (Ind.) said “that leaflet has no place in "
            "this race.”",
            "that leaflet has no place", "Ines Varga", id="a_long_subject_with_a_bracketed_note"),
    ],
)
def test_the_speaker_the_parse_lost(quotes_of, text, words, speaker):
    quote = one(quotes_of(text), words, "direct")
    assert quote.speaker is not None and quote.speaker.name.endswith(speaker)  # a title may stay on


def test_a_clause_before_the_subject_is_not_reported_when_the_content_follows_the_cue(quotes_of):
    text = (
        "On a podcast about a mailer from the other campaign showing a fist and a torch likened to a call "
        "for riots, Sen. Ron Petty (D-IL) said “nobody should print such things.”"
    )
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.kind == "indirect"]
    # but a clause reported before its cue, with nothing after it, still is
    quote = one(quotes_of("The economy will shrink this year, the finance minister said on Tuesday."),
                "economy will shrink", "indirect")
    assert quote.speaker.text == "the finance minister"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Asked about the strike, Senator Ana Ruiz (D-NM) said “the workers deserve a fair contract.”",
         "the workers deserve", "Senator Ana Ruiz (D-NM)"),
        ("After a week of rallies against the fare rise and a strike threatened by drivers, Councillor "
         "Maria Duarte (Green) said “the mayor has lost control.”", "the mayor has lost", "Councillor Maria Duarte (Green)"),
    ],
)
def test_a_speakers_bracketed_note_is_kept_whole(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words, "direct").speaker.text == speaker


def test_for_a_persons_name_frames_the_quotation_as_their_view_but_not_a_peoples(quotes_of):
    quote = one(quotes_of("For Ana Ruiz, the mayor's chief of staff, ''the budget is a moral document.''"),
                "moral document", "direct")
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"  # the whole name, not "Ana"
    quote = one(quotes_of("For Dr. Amira Haddad, “every patient is a story.”"), "every patient", "direct")
    assert quote.speaker is not None and quote.speaker.name == "Amira Haddad"  # not "Dr."
    quote = one(quotes_of("For Kenyans, on the other hand, ''a dry spring means a lost year.''"), "dry spring", "direct")
    assert quote.speaker is None or "Kenyans" not in quote.speaker.text


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        ("Dockers at the port were told in a letter on Friday: “The night shift will end next month and "
         "nobody will be rehired.”", "The night shift", "Dockers"),
        ("Journalists were told that the summit had been moved to the capital.", "summit had been moved", "Journalists"),
        ("The truce is holding, an army spokesman said, though shelling was reported near the river.",
         "truce is holding", "shelling"),
    ],
)
def test_the_passive_subject_of_a_cue_is_told_or_reported_and_never_speaks(quotes_of, text, words, not_speaker):
    for quote in quotes_of(text):
        if words in quote.text:
            assert quote.speaker is None or not quote.speaker.text.startswith(not_speaker), quote


def test_one_quoted_as_saying_is_the_speaker(quotes_of):
    quote = one(quotes_of("The minister was quoted as saying that the talks had failed."), "talks had failed")
    assert quote.speaker is not None and quote.speaker.text == "The minister"


def test_according_to_an_utterance_cites_whose_it_is(quotes_of):
    quote = one(quotes_of("According to a statement from Human Rights Watch: “The arrests broke the law and "
                          "must be reversed.”"), "arrests broke the law", "direct")
    assert quote.speaker is not None and quote.speaker.text == "Human Rights Watch"


def test_an_interview_with_a_role_introduced_gives_the_answers_to_that_role(quotes_of):
    text = (
        "The port director spoke to us on Monday about the storm season.\n\n"
        "Q: Are the piers ready for the storms?\n\n"
        "A: Most of them are. Two still need new pilings, and the work starts next week.\n"
    )
    answer = one(quotes_of(text), "Two still need new pilings", "direct")
    assert answer.speaker is not None and answer.speaker.text == "The port director"
    assert not answer.text.startswith("A:")


def test_of_two_subjects_the_parse_gave_one_cue_the_nearer_speaks(quotes_of):
    quote = one(quotes_of("The so-called “wellness fee” angered residents, but Councilor Ben Ortiz said “it funds "
                          "the parks.”"), "funds the parks", "direct")
    assert quote.speaker is not None and quote.speaker.name == "Ben Ortiz"


def test_one_quoted_in_a_paper_speaks_and_a_date_sends_no_statement(quotes_of):
    quote = one(quotes_of("Mayor Carla Benítez was quoted in the local paper: “We will not pay a ransom to anyone.”"),
                "ransom", "direct")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Carla Benítez"
    for quote in quotes_of("According to a statement from Tuesday, the army has pulled back from the city."):
        assert quote.speaker is None or "Tuesday" not in quote.speaker.text


def test_a_reporter_who_met_someone_is_not_the_one_answering(quotes_of):
    text = (
        "A reporter from this newspaper met the minister in her office. The interview was conducted in English.\n\n"
        "Q: Why did the fuel subsidy end?\n\nA: Because the state could no longer afford it.\n\n"
        "Q: Will it return?\n\nA: Not this year.\n"
    )
    answers = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in answers] == ["Because the state could no longer afford it.", "Not this year."]
    assert all(q.speaker is None or "reporter" not in q.speaker.text for q in answers)


def test_a_role_that_answered_our_questions_answers_the_interview(quotes_of):
    text = (
        "The city's police chief answered our questions by email.\n\n"
        "Q: When will the dredging start?\n\nA: In April, if the funds arrive on time.\n"
    )
    answer = one(quotes_of(text), "if the funds arrive", "direct")
    assert answer.speaker is not None and answer.speaker.text == "The city's police chief"


def test_a_document_speaks_for_whoever_sent_it(quotes_of):
    quote = one(quotes_of("According to a report by Reuters, rebel units have withdrawn to the hills north of "
                          "the town."), "rebel units have withdrawn")
    assert quote.speaker is not None and quote.speaker.text == "Reuters"
    quote = one(quotes_of("Party members were told in a letter from Nkosana Dlamini: “The congress will not be "
                          "postponed again.”"), "congress will not", "direct")
    assert quote.speaker is not None and quote.speaker.name == "Nkosana Dlamini"
