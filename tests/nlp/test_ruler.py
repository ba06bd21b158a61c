"""seismo's gazetteer ruler (:mod:`seismo.nlp.ruler`): the merge rule (unit) and what it fixes in
the real model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from seismo.nlp.ruler import GazetteerRuler, _index


def _doc(nlp, text, ents):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, s, e, label=l) for s, e, l in ents]
    return doc


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        # the ruler corrects a wrong label on the same span
        ("Protests hit Almaty today", [(2, 3, "ORG")], [("Almaty", "GPE")]),
        # a model entity strictly containing the match is kept (places look inside it)
        ("the Almaty City Hall burned", [(1, 4, "FAC")], [("Almaty City Hall", "FAC")]),
        # ... but not one that adds only a possessive ending: the match wins, the ending is left out
        ("Central Asia's rivers ran dry", [(0, 3, "PERSON")], [("Central Asia", "LOC")]),
        ("Almaty\u2019s mayor resigned", [(0, 2, "ORG")], [("Almaty", "GPE")]),
        # the ruler's match is longer than the model's: the ruler wins, the model entity goes
        ("Troops left Central Asia", [(2, 3, "ORG")], [("Central Asia", "LOC")]),
        # a crossing overlap: the ruler wins
        ("Troops left Central Asia", [(1, 3, "ORG")], [("Central Asia", "LOC")]),
        # no overlap: both kept, in order
        ("Tokayev visited Almaty", [(0, 1, "PERSON")], [("Tokayev", "PERSON"), ("Almaty", "GPE")]),
        # longest match wins among ruler matches
        ("Troops left Central Asia", [], [("Central Asia", "LOC")]),
    ],
)
def test_merge_rule(blank, text, model_ents, expected):
    ruler = GazetteerRuler(blank)
    ruler.set_patterns(
        [{"label": "GPE", "pattern": "Almaty"}, {"label": "LOC", "pattern": "Central Asia"},
         {"label": "GPE", "pattern": "Asia"}],
        cache_dir=None,
    )
    doc = ruler(_doc(blank, text, model_ents))
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_the_phrase_index_is_cached(blank, tmp_path):
    patterns = [{"label": "GPE", "pattern": "Nur-Sultan"}, {"label": "ORG", "pattern": "Ria Novosti"},
                {"label": "LOC", "pattern": "Ria Novosti"}]
    first = _index(blank, patterns, tmp_path)
    assert first[0][("Ria", "Novosti")] == "LOC"  # two labels: the one that sorts first
    assert first[1]["Ria"] == (2,)
    assert len(list(tmp_path.glob("ruler-*.pickle"))) == 1
    assert _index(blank, patterns, tmp_path) == first
    (next(tmp_path.glob("ruler-*.pickle"))).write_bytes(b"not a pickle")
    assert _index(blank, patterns, tmp_path) == first  # a broken cache is rebuilt


SEED_ENTITIES = [
    ("Almaty", {"GPE", "LOC"}),
    ("Crimea", {"GPE", "LOC"}),
    ("Kustanaj", {"GPE", "LOC"}),
    ("Karaganda", {"GPE", "LOC"}),
    ("Ekibastuz", {"GPE", "LOC"}),
    ("Donbass", {"GPE", "LOC"}),
    ("CSTO", {"ORG"}),
    ("HuffPost", {"ORG"}),
    ("Ria Novosti", {"ORG"}),
]


@pytest.mark.parametrize(("name", "labels"), SEED_ENTITIES)
def test_seed_names_get_the_right_label(pipeline, seed_path, name, labels):
    from seismo.ingest import IngestReport, read_inputs

    [article] = list(read_inputs([seed_path], report=IngestReport()))
    doc = pipeline.resources.nlp(article.text)
    hits = [e for e in doc.ents if name in e.text]
    assert hits, f"{name} is not inside any entity"
    for ent in hits:
        assert ent.label_ in labels or (ent.label_ in {"FAC", "ORG"} and ent.text != name), (ent.text, ent.label_)


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        # a place and a word of time after it, which the model joined into one time: the place is a place
        ("Drones hit Almaty overnight", [(2, 4, "TIME")], [("Almaty", "GPE")]),
        # a date that holds a place's name with a capitalised word of its own stays the model's
        ("Shops shut on Almaty Day", [(3, 5, "DATE")], [("Almaty Day", "DATE")]),
        # a word of time not listed: the model's date stays
        ("Crowds filled Almaty early", [(2, 4, "DATE")], [("Almaty early", "DATE")]),
    ],
)
def test_a_place_the_model_joined_to_a_time_after_it(blank, text, model_ents, expected):
    ruler = GazetteerRuler(blank)
    ruler.set_patterns([{"label": "GPE", "pattern": "Almaty"}], cache_dir=None)
    ruler.time_after = frozenset({"overnight", "today"})
    doc = ruler(_doc(blank, text, model_ents))
    assert [(e.text, e.label_) for e in doc.ents] == expected

