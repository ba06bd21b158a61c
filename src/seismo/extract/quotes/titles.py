"""Quoted words that name something rather than report speech: a quoted name or title
(``the “Veterans Forum”``) and a programme's name after an organisation's possessive (``told
CBS's “Face the Nation”``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seismo.extract.quotes.attribution import Tokens
from seismo.extract.quotes.marks import QuoteSegment
from seismo.extract.quotes.speakers import ORG_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: a title-case quotation of at most this many words, this share of them capitalised, after an
#: organisation's possessive is a programme's name ("CNN's “State of the Union”")
TITLE_WORDS = 8
TITLE_SHARE = 0.6
#: a title-case quotation right after one of these (a preposition, an article, a number) or after
#: a possessive pronoun is a name inside a noun phrase, never speech
TITLE_AFTER = frozenset({"ADP", "DET", "NUM"})


def quoted_name(text: str, group: list[QuoteSegment]) -> bool:
    """One quoted run of title-case words with no punctuation at its end: a name or a title."""
    words = text[group[0].start : group[0].end]
    return len(group) == 1 and (words[-1:].isalnum() or words.endswith(")")) and _title_case(words)


def _title_case(words: str) -> bool:
    """A short run of words mostly capitalised, with no question or exclamation: a title or a name."""
    found = re.findall(r"[^\W\d_][\w’'-]*", words)
    if not 1 <= len(found) <= TITLE_WORDS or not found[0][:1].isupper():
        return False
    if words.rstrip().endswith(("?", "!")):
        return False
    return sum(w[:1].isupper() for w in found) >= TITLE_SHARE * len(found)


def programme_title(doc: "Doc", text: str, toks: Tokens, seg: QuoteSegment) -> bool:
    """A short quotation in title case right after an organisation's possessive is the name of
    its programme or publication, not speech: ``told CBS's “Face the Nation”``."""
    if not _title_case(text[seg.start : seg.end]):
        return False
    i = toks.last_before(seg.open)
    if i >= 0 and (doc[i].pos_ in TITLE_AFTER or doc[i].tag_ == "PRP$"):
        return True  # "on “Morning Edition,”", "the “Open Doors Forum”", "his 1994 “Plan”"
    if i < 1 or doc[i].tag_ != "POS":
        return False
    owner = doc[i - 1]
    return owner.ent_type_ in ORG_LABELS or (owner.is_upper and len(owner.text) > 1)
