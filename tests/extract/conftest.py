"""Fixtures for the extraction tests.

* ``events_of(text)`` — the events of a text through the real pipeline (one shared helper;
  the model is loaded once per session by ``pipeline`` in ``tests/conftest.py``);
* ``dates_of(text, published)`` — the dates step alone on a text published that day;
* ``hand_doc(table)`` — a small spaCy ``Doc`` built by hand from a column table (words, heads,
  dependencies, tags, lemmas, entities): no model, so a unit test pins one parse exactly.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import seismo
from seismo.model import Event

#: the publication date of every test article (a Friday)
PUBLISHED = "2022-01-07"


class Events(tuple):
    """The events of one text, in text order, with the look-ups the tests use."""

    def find(self, type_: str, trigger: str | None = None) -> Event | None:
        """The first event of ``type_`` (whose trigger contains ``trigger``, any case)."""
        for e in self:
            if e.type == type_ and (trigger is None or trigger.lower() in e.trigger.text.lower()):
                return e
        return None

    def of_type(self, type_: str) -> list[Event]:
        return [e for e in self if e.type == type_]

    def top(self, *, asserted_only: bool = True) -> Event | None:
        """The highest-confidence event (asserted ones only by default); ties go to the earliest."""
        pool = [e for e in self if e.modality == "asserted"] if asserted_only else list(self)
        return min(pool, key=lambda e: (-e.confidence, e.evidence.start, e.trigger.start), default=None)

    def top_type(self) -> str:
        """The PLOVER type of the top event of any modality, as the PLOVER scorer reads it; "NONE"
        when there is no event."""
        top = self.top(asserted_only=False)
        return top.type if top is not None else "NONE"

    def brief(self) -> list[tuple[str, str]]:
        """(type, trigger) of each event, for assertion messages."""
        return [(e.type, e.trigger.text) for e in self]


@pytest.fixture(scope="session")
def events_of(pipeline):
    """``events_of(text) -> Events``: the text as an article published on :data:`PUBLISHED`,
    through the full pipeline; the events step must not have warned.  Results are cached per
    text (records are frozen)."""
    cache: dict[str, Events] = {}

    def run(text: str) -> Events:
        if text not in cache:
            result = pipeline.run(seismo.make_article(text, date=PUBLISHED))
            assert not [w for w in result.warnings if w.startswith("events")], result.warnings
            cache[text] = Events(result.events)
        return cache[text]

    return run


@pytest.fixture(scope="session")
def dates_of(pipeline):
    """``dates_of(text, published) -> tuple[When, ...]``: :func:`seismo.extract.dates.find_dates` on the
    parsed text, as an article published on ``published`` (a date)."""
    from seismo.extract.dates import find_dates

    def run(text: str, published) -> tuple:
        doc = pipeline.resources.nlp(text)
        return find_dates(doc, article=seismo.make_article(text, date=published), found={}, resources=pipeline.resources)

    return run


@pytest.fixture(scope="session")
def hand_doc():
    """``hand_doc(table) -> Doc``: one token a line, whitespace-separated columns

        index  word  head  dep  pos  tag  lemma  [entity IOB, default O]

    ``head`` is the absolute index of the token's head (a root is its own head); ``index`` is
    checked, so a table that lost a line fails loudly.  A token is followed by a space unless
    the next one is punctuation.  Built on a blank English vocabulary: no model is loaded."""
    vocab = spacy.blank("en").vocab

    def build(table: str) -> Doc:
        rows = [line.split() for line in table.strip().splitlines()]
        for n, row in enumerate(rows):
            assert len(row) in (7, 8) and int(row[0]) == n, f"row {n} of the hand-built Doc: {row}"
        return Doc(
            vocab,
            words=[r[1] for r in rows],
            spaces=[n + 1 < len(rows) and rows[n + 1][4] != "PUNCT" for n in range(len(rows))],
            heads=[int(r[2]) for r in rows],
            deps=[r[3] for r in rows],
            pos=[r[4] for r in rows],
            tags=[r[5] for r in rows],
            lemmas=[r[6] for r in rows],
            ents=[r[7] if len(r) == 8 else "O" for r in rows],
        )

    return build

