"""seismo.nlp.attributes: the attribute ruler's matches found by look-ups are spaCy's own."""

from __future__ import annotations

import pytest

from seismo.nlp import load_model
from seismo.nlp.attributes import AttributeMatcher, use_attribute_matcher

#: sentences that reach the model's word exceptions ("gonna", "y'all", "let's", "ain't", "gotta",
#: "c'mon", "there is"), its pronoun cases, "do" / "have" as main verbs, auxiliaries, a
#: determiner used as a pronoun, runs of spaces and blank lines, and a lemma correction
SENTENCES = [
    "We're gonna stay out here until y'all listen, the organiser shouted.",
    "Let's be clear: this ain't over, and we gotta keep marching.",
    "C'mon, there are still four buses waiting near the depot.",
    "I told it to them and they gave it to me; you saw it too.",
    "She did her part but the others had nothing to add.",
    "That was the last convoy that the rebels  stopped before dawn.\n\nNobody has been charged yet.",
    "Teachers staged a sit-in after wages were frozen again.",
    "   ",
    "",
]


def stock_matches(ruler, docs):
    """spaCy's own ``AttributeRuler.match`` on each doc, whatever ``ruler.match`` was replaced by."""
    from spacy.pipeline import AttributeRuler

    return [AttributeRuler.match(ruler, doc) for doc in docs]


@pytest.fixture(scope="module")
def model_docs():
    """Each sentence parsed by the bare model, with its own (spaCy-matched) attribute ruler."""
    nlp = load_model()
    return nlp, [nlp(text) for text in SENTENCES]


def test_the_pipeline_ruler_matches_by_look_ups(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, AttributeMatcher)


@pytest.mark.parametrize("i", range(len(SENTENCES)))
def test_the_same_matches_as_spacy(model_docs, i):
    nlp, docs = model_docs
    ruler = nlp.get_pipe("attribute_ruler")
    assert AttributeMatcher(ruler)(docs[i]) == stock_matches(ruler, [docs[i]])[0]


def test_the_same_annotations_as_the_stock_ruler(nlp):
    stock = load_model()
    from seismo.nlp import fix_lemmas, add_paragraph_starts
    from seismo.resources import Resources

    add_paragraph_starts(stock)
    fix_lemmas(stock, Resources().lemma_fixes)
    for text in SENTENCES:
        ours, theirs = nlp(text), stock(text)
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in ours] == [
            (t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in theirs]


def test_patterns_added_later_are_matched():
    nlp = load_model()
    assert use_attribute_matcher(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "barricade"}, {"LOWER": {"IN": ["line", "lines"]}}]], {"LEMMA": "cordon"}, index=1)
    doc = nlp("They held the barricade lines overnight.")
    assert [t.lemma_ for t in doc if t.lower_ == "lines"] == ["cordon"]
    assert ruler.match(doc) == stock_matches(ruler, [doc])[0]


def test_a_pattern_it_cannot_read_leaves_spacy_matching():
    nlp = load_model()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert not use_attribute_matcher(nlp)
    assert not isinstance(ruler.match, AttributeMatcher)
