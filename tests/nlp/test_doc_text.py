"""seismo.nlp.doc_text / known_text: a doc's text is joined from its tokens at most once.

spaCy's ``Doc.text`` joins every token again on each access (a Token object per word): read
from a rule that runs once per sentence, it cost more than the rule.  The pipeline hands the
steps the text it parsed; every other module reads it through ``doc_text``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seismo.nlp import doc_text, known_text, token_at
from seismo.pipeline import Pipeline, Step, make_article

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "seismo"
#: ``doc.text`` or ``tok.doc.text`` read directly, outside the helper that caches it
RAW_TEXT = re.compile(r"\bdoc\.text\b")


def test_known_text_is_what_doc_text_gives(nlp):
    doc = nlp.make_doc("Strikers marched in Lyon.")
    known_text(doc, "Strikers marched in Lyon.")
    assert doc_text(doc) == "Strikers marched in Lyon."
    assert doc.user_data  # kept on the doc, so a later step reads it without joining the tokens


def test_known_text_refuses_a_text_of_another_length(nlp):
    doc = nlp.make_doc("Strikers marched in Lyon.")
    with pytest.raises(ValueError, match="25 characters"):
        known_text(doc, "Strikers marched.")


def test_an_empty_doc_takes_the_empty_text(nlp):
    doc = nlp.make_doc("")
    known_text(doc, "")
    assert doc_text(doc) == ""


def test_the_pipeline_gives_its_steps_the_text_it_parsed(pipeline):
    seen: list[object] = []

    def look(doc, *, article, found, resources):
        seen.append(dict(doc.user_data))
        return ()

    probe = Pipeline((Step("entities", "test.look.v1", look),), resources=pipeline.resources)
    text = "Dock workers walked out in Antwerp on Tuesday.\n\nThe port closed."
    probe.run(make_article(text, date="2024-03-05"))
    assert text in seen[0].values()


def test_no_module_joins_a_docs_tokens_itself():
    raw = [f"{path.relative_to(PACKAGE)}:{n}" for path in sorted(PACKAGE.rglob("*.py")) if path.name != "__init__.py"
           or path.parent.name != "nlp" for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
           if RAW_TEXT.search(line.split("#")[0])]
    assert raw == [], "read a doc's text with seismo.nlp.doc_text"


def test_token_at_finds_the_token_that_starts_at_an_offset(nlp):
    doc = nlp.make_doc("Nurses struck in Leeds on Monday.")
    assert token_at(doc, 0).text == "Nurses"
    assert token_at(doc, doc.text.index("Leeds")).text == "Leeds"
    assert token_at(doc, doc.text.index(".")).text == "."


def test_token_at_gives_none_inside_a_word_or_past_the_end(nlp):
    doc = nlp.make_doc("Nurses struck in Leeds on Monday.")
    assert token_at(doc, 2) is None  # inside "Nurses"
    assert token_at(doc, 6) is None  # the space after it
    assert token_at(doc, 500) is None
