"""Page furniture: the lines of a web page that point at other stories or pictures ("RELATED:
Three killed in ...", "Read more: ...", "Photo: ...") and tell nothing of the story itself.

    link_lines(text)     -> ((start, end), ...)   the character spans of such lines
    in_link_line(sent)   -> bool                  a sentence that starts in one

A link line starts a line (the text's start, or after a line break) with a label and a colon:
the words before the colon begin with a label of class ``link_label`` of word_classes.tsv
("related", "read more", "more from", "trending", "photo"), whole words, in any case
(:func:`seismo.nlp.link_lines`).  The line runs to its line break.  Its sentence is its own
(:func:`seismo.nlp.paragraph_starts`, given the labels by ``Resources.link_labels``), and the
event coder reads no event or count in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.nlp import doc_text
from seismo.nlp import link_lines as lines_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ["in_link_line", "link_lines"]

_KEY = "seismo.link_lines"


def link_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` character spans of the link lines of ``text``, in order."""
    return lines_of(text, lexicon.word_class("link_label"))


def in_link_line(sent: "Span") -> bool:
    """Whether the sentence starts inside a link line of its document."""
    doc = sent.doc
    spans = doc.user_data.get(_KEY)
    if spans is None:
        spans = doc.user_data[_KEY] = link_lines(doc_text(doc))
    return any(a <= sent.start_char < b for a, b in spans)
