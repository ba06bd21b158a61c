"""seismo.nlp.verbtags: a noun-tagged word the parser made a clause's verb is retagged a verb
(before the lemmatizer), and nothing else is.

The unit tests build parsed docs by hand (words, tags, heads, relations), so they say what the
rule does whatever the model's next release parses; the last test runs the real pipeline on a
headline the English model mistags."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from seismo.nlp.verbtags import VERB_TAGS, VerbTags

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, alphabetic), no model
VERBS = ("return", "rally", "burst", "document", "hand", "misuse", "phase", "station", "march")


def _doc(rows: list[tuple[str, str, int, str]]) -> Doc:
    """A parsed doc from (word, tag, head index, relation) rows; a hyphen is glued to its neighbours."""
    words, tags, heads, deps = zip(*rows)
    spaces = [w != "-" and nxt != "-" for w, nxt in zip(words, (*words[1:], ""))]
    return Doc(VOCAB, words=list(words), spaces=spaces, tags=list(tags), heads=list(heads), deps=list(deps))


def _retag(rows):
    doc = VerbTags(VERBS)(_doc(rows))
    return [(t.text, t.tag_, t.dep_) for t in doc]


def test_a_noun_with_an_object_is_a_verb_and_its_compound_its_subject():
    out = _retag([("Ghana", "NNP", 1, "compound"), ("returns", "NNS", 1, "ROOT"),
                  ("seized", "VBN", 3, "amod"), ("trawlers", "NNS", 1, "dobj"),
                  ("to", "IN", 1, "prep"), ("owners", "NNS", 4, "pobj")])
    assert out[1] == ("returns", "VBZ", "ROOT")
    assert out[0] == ("Ghana", "NNP", "nsubj")
    assert out[3] == ("trawlers", "NNS", "dobj")  # a noun in a noun's place stays


def test_a_verb_only_word_takes_the_compound_before_it_for_its_subject():
    """A bare root English has as a verb only ("resigns", no noun) reads the noun the parser hung
    before it as a compound as its subject; a word that is also a noun ("rallies", "shelves",
    the plural of "shelf") needs a subject of its own."""
    rows = [("Tanzanian", "JJ", 1, "amod"), ("envoy", "NN", 2, "compound"), ("{}", "NNS", 2, "ROOT"),
            ("over", "IN", 2, "prep"), ("remarks", "NNS", 3, "pobj")]

    def retag(word: str, verbs: tuple[str, ...], nouns: tuple[str, ...], forms: tuple[str, ...] = ()) -> list:
        filled = [(w.format(word), t, h, d) for w, t, h, d in rows]
        return [(t.text, t.tag_, t.dep_) for t in VerbTags(verbs, nouns, forms)(_doc(filled))]

    out = retag("resigns", ("resign", "rally"), ("rally", "envoy"))
    assert out[2] == ("resigns", "VBZ", "ROOT") and out[1][2] == "nsubj"
    assert retag("rallies", ("resign", "rally"), ("rally", "envoy"))[2][1] == "NNS"  # also a noun
    assert retag("shelves", ("shelve",), ("shelf",), ("shelves",))[2][1] == "NNS"  # a noun's irregular plural
    assert retag("resigns", ("resign",), ())[2][1] == "NNS"  # no noun index: no word is known as a verb only
    bare = [(w.format("restart"), "NN" if w == "{}" else t, h, d) for w, t, h, d in rows]
    assert VerbTags(("restart",), ("envoy",))(_doc(bare))[2].tag_ == "NN"  # a bare form: no -s, no present


def test_the_pipeline_loads_the_noun_index_for_verbs_only(pipeline):
    """The English model's lemmatizer gives the component its noun index and irregular nouns."""
    doc = pipeline.resources.nlp("Tanzanian envoy apologises for remarks")
    assert doc[2].tag_ == "VBZ" and doc[2].lemma_ == "apologise" and doc[1].dep_ == "nsubj"


def test_a_particle_makes_a_verb_unless_the_word_is_hyphenated():
    verb = _retag([("Ghana", "NNP", 1, "nsubj"), ("hands", "NNS", 1, "ROOT"), ("back", "RP", 1, "prt"),
                   ("boats", "NNS", 1, "dobj")])
    assert verb[1][1] == "VBZ"
    glued = [("The", "DT", 1, "det"), ("phase", "NN", 1, "ROOT"), ("-", "HYPH", 1, "punct"),
             ("out", "RP", 1, "prt"), ("ended", "VBD", 1, "conj")]
    assert _retag(glued)[1][1] == "NN"
    apart = [row if row[0] != "-" else (",", ",", 1, "punct") for row in glued]
    assert _retag(apart)[1][1] == "VBP"  # the same tree, no hyphen: the particle makes a verb


def test_a_bare_root_with_a_subject_and_a_preposition_is_a_verb_in_a_verbless_sentence():
    out = _retag([("Thousands", "NNS", 1, "nummod"), ("rally", "NN", 1, "ROOT"), ("in", "IN", 1, "prep"),
                  ("Lusaka", "NNP", 2, "pobj")])
    assert out[1] == ("rally", "VBP", "ROOT")  # plural subject: present
    assert out[0][2] == "nsubj"
    past = _retag([("A", "DT", 1, "det"), ("dam", "NN", 2, "nsubj"), ("burst", "NN", 2, "ROOT"),
                   ("near", "IN", 2, "prep"), ("Kabwe", "NNP", 3, "pobj")])
    assert past[2][1] == "VBD"  # a bare form after a singular subject is no present tense


def test_a_bare_root_stays_a_noun_where_the_sentence_has_a_finite_verb_or_english_no_such_verb():
    with_verb = _retag([("Police", "NNS", 1, "nsubj"), ("station", "NN", 1, "ROOT"), ("in", "IN", 1, "prep"),
                        ("Lusaka", "NNP", 2, "pobj"), ("closed", "VBD", 1, "conj")])
    assert with_verb[1][1] == "NN"
    no_verb = _retag([("Crowds", "NNS", 1, "nsubj"), ("avenue", "NN", 1, "ROOT"), ("in", "IN", 1, "prep"),
                      ("Lusaka", "NNP", 2, "pobj")])
    assert no_verb[1][1] == "NN"
    no_preposition = _retag([("Crowds", "NNS", 1, "nsubj"), ("rally", "NN", 1, "ROOT")])
    assert no_preposition[1][1] == "NN"


def test_the_tag_follows_the_auxiliary_and_the_gerund():
    infinitive = _retag([("Monitors", "NNS", 1, "nsubj"), ("came", "VBD", 1, "ROOT"), ("to", "TO", 3, "aux"),
                         ("document", "NN", 1, "advcl"), ("abuses", "NNS", 3, "dobj")])
    assert infinitive[3][1] == "VB"
    gerund = _retag([("fined", "VBN", 0, "ROOT"), ("for", "IN", 0, "prep"), ("misusing", "NN", 1, "pobj"),
                     ("funds", "NNS", 2, "dobj")])
    assert gerund[2][1] == "VBG"


def test_the_pipeline_retags_before_the_lemmatizer(nlp):
    assert nlp.pipe_names.index(VERB_TAGS) < nlp.pipe_names.index("lemmatizer")
    doc = nlp("Thousands rally in Lusaka over power cuts")
    rally = doc[1]
    assert (rally.pos_, rally.tag_, rally.lemma_) == ("VERB", "VBP", "rally")
    assert doc[0].dep_ == "nsubj"


@pytest.mark.parametrize("text", ["The rally in Lusaka ended peacefully.", "Police said the march would go ahead."])
def test_nouns_in_their_own_place_keep_their_tag_in_the_pipeline(nlp, text):
    doc = nlp(text)
    assert [t.pos_ for t in doc if t.lower_ in ("rally", "march")] == ["NOUN"]


def _reparse(rows):
    doc = VerbTags(VERBS)(_doc(rows))
    return [(t.text, t.tag_, t.head.i, t.dep_) for t in doc]


def test_a_hyphenated_verb_read_as_the_root_nouns_adjective_is_the_verb_in_a_verbless_sentence():
    """"Troops water-hosed marchers": the parser's noun phrase becomes subject, verb and object."""
    out = _reparse([("Troops", "NNS", 4, "nmod"), ("water", "NN", 3, "npadvmod"), ("-", "HYPH", 3, "punct"),
                    ("hosed", "VBN", 4, "amod"), ("marchers", "NNS", 4, "ROOT"), (".", ".", 4, "punct")])
    assert out[3] == ("hosed", "VBD", 3, "ROOT")
    assert out[0] == ("Troops", "NNS", 3, "nsubj")
    assert out[4] == ("marchers", "NNS", 3, "dobj")
    assert out[5][2] == 3


@pytest.mark.parametrize(
    "rows",
    [
        # "A water-hosed crowd fled": the sentence has its verb; the compound stays an adjective
        [("A", "DT", 4, "det"), ("water", "NN", 3, "npadvmod"), ("-", "HYPH", 3, "punct"),
         ("hosed", "VBN", 4, "amod"), ("crowd", "NN", 5, "nsubj"), ("fled", "VBD", 5, "ROOT")],
        # "the water-hosed marchers": a determiner, no noun before the compound
        [("the", "DT", 4, "det"), ("water", "NN", 3, "npadvmod"), ("-", "HYPH", 3, "punct"),
         ("hosed", "VBN", 4, "amod"), ("marchers", "NNS", 4, "ROOT")],
    ],
)
def test_a_hyphenated_adjective_stays_one_where_the_sentence_has_a_verb_or_no_subject(rows):
    out = _reparse(rows)
    assert out[3][1:] == ("VBN", 4, "amod")


def test_the_pipeline_reads_a_hyphenated_verb_of_force_as_the_verb(nlp):
    doc = nlp("Police tear-gassed protesters in Nairobi.")
    verb = next(t for t in doc if t.text == "gassed")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    assert {c.text: c.dep_ for c in verb.children}.get("Police") == "nsubj"
