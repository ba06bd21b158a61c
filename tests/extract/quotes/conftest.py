"""Fixtures for the quote tests: ``quotes_of(text)``, the quotes step on a text through the real
parse (the model is loaded once per session by ``nlp`` in ``tests/conftest.py``)."""

from __future__ import annotations

import pytest

from seismo.extract.quotes.find import find_quotes
from seismo.model import Quote
from seismo.pipeline import make_article


class Quotes(tuple):
    """The quotes of one text, in text order."""

    def pairs(self, kind: str = "direct", *, cue: str | None = None) -> list[tuple[str, str | None]]:
        """(text, speaker) of each quote of ``kind`` (whose cue is ``cue``, when given); the
        speaker is the person's name, else the words naming the speaker."""
        return [
            (q.text, who(q)) for q in self
            if q.kind == kind and (cue is None or (q.cue is not None and q.cue.text == cue))
        ]  # fmt: skip


def who(q: Quote) -> str | None:
    if q.speaker is None:
        return None
    return q.speaker.name or q.speaker.text


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """``quotes_of(text) -> Quotes``: :func:`find_quotes` on the parsed text, with no resources
    (speakers get no country or sector)."""

    def run(text: str) -> Quotes:
        return Quotes(find_quotes(nlp(text), article=make_article(text), found={}, resources=None))

    return run
