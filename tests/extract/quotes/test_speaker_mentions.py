"""Speaker mentions as written (seismo.quotes.v4): a relative pronoun keeps its own words even
when the noun it stands for names nobody ("residents who said"), with that noun as the role;
the writer's "I" and an "it" standing for a document or an organisation are speakers as
written, never resolved to the last named person; "one of the engineers, NAME, said" is NAME's;
a share of a group ("Seven in 10 voters say") is a speaker (v16).  Sentences written for these tests."""

from __future__ import annotations

import pytest


def _one(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_a_relative_pronoun_for_an_unnamed_noun_keeps_its_words(quotes_of):
    text = "The council heard from several shopkeepers who said the new parking fees were driving buyers away."
    q = _one(quotes_of(text), "parking fees")
    assert q.speaker is not None and q.speaker.text == "who" and q.speaker.name is None
    assert q.speaker.role is not None and "shopkeepers" in q.speaker.role
    assert text[q.speaker.start : q.speaker.end] == "who"


def test_a_relative_pronoun_for_a_named_person_takes_the_name(quotes_of):
    text = "The plan was opposed by Irene Castell, who said the costs had been hidden from voters."
    q = _one(quotes_of(text), "costs had been hidden")
    assert q.speaker is not None and q.speaker.text == "who" and q.speaker.name == "Irene Castell"


def test_the_writer_is_a_speaker_as_written(quotes_of):
    text = (
        'Martin Okafor warned the club about the roof in May. Years later I asked him about it, '
        'and I told him, "Nobody listens until the ceiling falls."'
    )
    q = _one(quotes_of(text), "ceiling falls")
    assert q.speaker is not None and q.speaker.text == "I" and q.speaker.name is None and q.speaker.role is None


def test_it_is_a_speaker_as_written(quotes_of):
    text = 'The almanac praised the harvest. "No year since the flood has been kinder," it wrote.'
    q = _one(quotes_of(text), "kinder")
    assert q.speaker is not None and q.speaker.text == "it" and q.speaker.name is None


def test_one_of_a_group_named_in_apposition(quotes_of):
    text = "One of the ferry's engineers, Tomas Varga, said the pumps had failed twice that winter."
    q = _one(quotes_of(text), "pumps had failed")
    assert q.speaker is not None and q.speaker.name == "Tomas Varga"


def test_one_of_a_group_unnamed(quotes_of):
    text = "One of the ferry's engineers said the pumps had failed twice that winter."
    q = _one(quotes_of(text), "pumps had failed")
    assert q.speaker is not None and q.speaker.name is None and "engineers" in q.speaker.text


def test_a_document_issued_speaks_for_its_sender(quotes_of):
    text = "The dockers' union released a statement on Friday that says the walkout will go ahead."
    q = _one(quotes_of(text), "walkout will go ahead")
    assert q.speaker is not None and q.speaker.text == "that"
    assert q.speaker.role is not None and "union" in q.speaker.role
    text = "Trustee Omar Reyes released a letter that says the school will not close."
    q = _one(quotes_of(text), "will not close")
    assert q.speaker is not None and q.speaker.name == "Omar Reyes"


def test_a_document_cited_speaks_for_itself(quotes_of):
    text = "The senator cited a study that says the bridge tolls hurt commuters."
    q = _one(quotes_of(text), "bridge tolls")
    assert q.speaker is not None and q.speaker.role is not None and "study" in q.speaker.role


def test_a_share_of_a_group_is_a_speaker(quotes_of):
    text = "The survey was taken in May. Seven in 10 rural voters say the state should repair its roads before building new ones."
    q = _one(quotes_of(text), "repair its roads")
    assert q.speaker is not None and q.speaker.text == "Seven in 10 rural voters" and q.speaker.name is None


# a description with a name given by a naming participle is that person (seismo.quotes.v18)
NAMED_BY_PARTICIPLE = [
    ('Speaking on radio, a captain named Oren Volk said: "We hold the airport."', "hold the airport", "Oren Volk"),
    ('A woman called Oona Pekk said: "We lost everything in one night."', "lost everything", "Oona Pekk"),
    ('"The gates stay closed," said an officer identified as Lena Moor.', "gates stay closed", "Lena Moor"),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED_BY_PARTICIPLE)
def test_a_description_named_by_a_participle_is_that_person(quotes_of, text, words, name):
    q = _one(quotes_of(text), words)
    assert q.speaker is not None and q.speaker.name == name
