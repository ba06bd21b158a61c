"""seismo.nlp.fix_lemmas: forms the model's lemmatizer reduces to another word get their lemma."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.errors import ModelError
from seismo.nlp import fix_lemmas


def test_the_pipeline_reads_staged_as_stage(pipeline):
    doc = pipeline.resources.nlp("Nurses staged a walkout while the army waged war in the north.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage"
    assert lemmas["nurses"] == "nurse" and lemmas["walkout"] == "walkout"  # the rest as the model reads it


def test_bases_are_army_bases_and_an_attack_on_them_has_its_target(pipeline):
    doc = pipeline.resources.nlp("Insurgents overran two police bases overnight.")
    assert [t.lemma_ for t in doc if t.lower_ == "bases"] == ["base"]
    event = pipeline.run(make_article("Insurgents attacked two police bases near the border.",
                                      date="2023-05-02")).events[0]
    assert event.recipient is not None and "bases" in event.recipient.text


def test_a_noun_form_is_left_alone(pipeline):
    doc = pipeline.resources.nlp("Their wages were cut again.")
    assert [t.lemma_ for t in doc if t.lower_ == "wages"] == ["wage"]


def test_an_unknown_part_of_speech_is_a_clear_error():
    import spacy

    nlp = spacy.blank("en")  # the check needs only an attribute ruler, not a model loaded again
    nlp.add_pipe("attribute_ruler")
    with pytest.raises(ModelError, match="part of speech 'VRB'"):
        fix_lemmas(nlp, [("staged", "VRB", "stage")])
