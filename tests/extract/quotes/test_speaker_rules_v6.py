"""Speaker rules of the quotes step (seismo.quotes.v6): a continued quotation keeps the person its
pronoun stood for, a description with a name in apposition, "it" bound to an organisation, a
gerund after the person doing it, a preposition's gerund, quoted names and quoted nouns that
are no speech, a dash the tagger took for a noun, and phrases that only date a verb.  Sentences
written for these tests."""

from __future__ import annotations


def speaker_of(quotes, words: str, kind: str | None = None) -> str | None:
    """The speaker (name, else words) of the one quote (of ``kind``) whose text holds ``words``."""
    found = [q for q in quotes if words in q.text and kind in (None, q.kind)]
    assert len(found) == 1, [q.text for q in quotes]
    q = found[0]
    return None if q.speaker is None else (q.speaker.name or q.speaker.text)


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
