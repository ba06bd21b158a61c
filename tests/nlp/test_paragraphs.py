"""seismo.nlp.paragraph_starts: a blank line ends a sentence; the parser places the others."""

from __future__ import annotations

from seismo.nlp import PARAGRAPHS


def test_a_blank_line_starts_a_sentence(pipeline):
    doc = pipeline.resources.nlp("Cyclist hurt on Elm Avenue\n\nA van hit a teenage cyclist late on Monday.")
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts == ["Cyclist", "A"]


def test_one_line_break_is_left_to_the_parser(pipeline):
    doc = pipeline.resources.nlp("The march went on\nfor three more hours in the rain.")
    assert len(list(doc.sents)) == 1
    assert PARAGRAPHS in pipeline.resources.nlp.pipe_names
