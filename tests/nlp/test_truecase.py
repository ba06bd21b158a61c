"""seismo.nlp.truecase: an article folded to lower case is parsed with its names' case restored,
and its records still quote it as written."""

from __future__ import annotations

import seismo
from seismo.nlp.truecase import Truecaser, is_lower_case

FOLDED = (
    "mysuru: the jds workers gathered outside the deputy commissioner's office on tuesday and "
    "shouted slogans against the district administration. kumaraswamy, who led the march, told "
    "reporters that the police had detained eleven of his supporters in bengaluru the day before. "
    "the workers later dispersed peacefully, a police officer said."
)
CASED = (
    "Workers of the JDS gathered outside the deputy commissioner's office in Mysuru on Tuesday and "
    "shouted slogans against the district administration, according to Kumaraswamy."
)


def _truecaser() -> Truecaser:
    return Truecaser(
        phrases=[(("Bengaluru",), "GPE"), (("Mysuru",), "GPE"), (("New", "Delhi"), "GPE"), (("Nice",), "GPE")],
        lemma_index={"noun": ["worker", "office", "police", "officer", "march", "slogan", "reporter", "day"],
                     "verb": ["gather", "shout", "lead", "tell", "detain", "disperse", "say", "march", "be"],
                     "adj": ["nice", "deputy", "later"], "adv": ["peacefully", "later", "outside"]},
        lemma_exc={"verb": {"told": ["tell"], "led": ["lead"], "said": ["say"]}},
        stop_words=["the", "of", "and", "on", "that", "had", "his", "in", "before", "who", "a", "against", "eleven"],
        names=["tuesday", "may"],
    )


def test_a_folded_text_is_told_from_a_cased_one():
    assert is_lower_case(FOLDED)
    assert not is_lower_case(CASED)
    assert not is_lower_case("a short line in lower case")  # too few words to say


def test_names_get_their_case_back_and_nothing_else_moves():
    out = _truecaser()(FOLDED)
    assert len(out) == len(FOLDED) and out.lower() == FOLDED.lower()
    assert out.startswith("Mysuru: the JDS workers")  # the dateline town, an acronym with no vowel
    assert "on Tuesday" in out and "Kumaraswamy, who led the march" in out  # weekday; a word English lacks
    assert "in Bengaluru the day" in out and ". The workers later dispersed" in out
    assert "the police had detained" in out and "shouted slogans" in out  # English words stay as they are


def test_a_place_name_that_is_also_an_english_word_is_left_alone():
    text = FOLDED + " it was a nice day in new delhi and in nice, people said."
    out = _truecaser()(text)
    assert "a nice day in New Delhi and in nice," in out


def test_a_cased_text_is_returned_as_it_is():
    assert _truecaser()(CASED) is CASED


def test_a_folded_article_names_its_actors_and_quotes_itself_as_written(pipeline):
    result = pipeline.run(seismo.make_article(FOLDED, date="2024-03-12"))
    text = result.article.text
    records = [*result.entities, *result.places]
    for e in result.events:
        records += [e.trigger, e.evidence, *(r for r in (e.actor, e.recipient) if r is not None)]
    assert records
    for r in records:
        assert text[r.start : r.end] == r.text, r  # the characters as written, lower case
    assert {"Mysuru", "Bengaluru"} <= {p.name for p in result.places}  # unknown to the model in lower case
    assert any(e.text == "tuesday" and e.label == "DATE" for e in result.entities)


def test_no_letter_is_capitalised_into_two():
    text = FOLDED + " ßtrasse and ŉ were said to be closed. ßt, they said."
    out = _truecaser()(text)
    assert len(out) == len(text) and out.lower() == text.lower()
