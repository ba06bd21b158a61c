"""Clause boundaries around a quotation's cue: which clause the words before the quotation hand
it to.

* :func:`closed_relative` — a speech verb inside a relative clause that does not introduce the
  quotation (``Ruiz told a student who asked about the fees that “...”``: Ruiz's words);
* :func:`colon_clause` — the clause ending at the colon before a quotation, with a subject of
  its own that an earlier speech verb does not govern (``Her father began shouting, so Ana gave
  a new answer: “...”``: Ana's words);
* :func:`colon_at` and :func:`utterance_owner` — the colon ending a run of tokens, and whose
  words an utterance noun is ("Ruiz's reply");
* :func:`quoted_name` and :func:`programme_title` — quoted words that name something rather than
  report speech: a quoted name or title (``the “Veterans Forum”``) and a programme's name after
  an organisation's possessive (``told CBS's “Face the Nation”``, ``i``: the token before it);
* :func:`verbless_label` — a label with no verb before the colon names the one quoted (``Ruiz on
  the strike: “...”``, ``Ana Ruiz, 54, a teacher: “...”``, a transcript's ``Ruiz: “...”``);
* :func:`label_at_colon`, :func:`name_at_colon` and :func:`name_at_dash` — a digest's source
  label after a dash (``Turnout is down - Ana Ruiz: “...”``), a person's name ending at the colon,
  and a name set off by a dash right before the quotation (``critics, among them Tom Reyes --
  “...”``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.quotes.marks import QuoteSegment
from seismo.extract.quotes.speakers.mentions import NAME_LABELS, ORG_LABELS, SUBJECT_DEPS, Mention, mention_at
from seismo.extract.quotes.speakers.subjects import subject_of, utterance_owner
from seismo.extract.syntax import entity_of
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: the links a cue climbs to the relative clause it may sit in ("a man who said and wrote ...")
RELATIVE_CLIMB = frozenset({"conj", "xcomp", "ccomp", "advcl"})
#: the most links climbed from the word before a colon to the verb of its clause
COLON_CLIMB = 8


def closed_relative(cue: "Token", *, lo: int, hi: int, cues: CueLexicon) -> bool:
    """A cue inside a relative clause that ends before the quotation (token ``hi``), with words
    of the outer clause between them, speaks for the noun it describes, not the quotation; so
    does one in a relative clause on the listener of an outer speech verb, with words but no
    clause subject of their own between it and the quotation (the parse may hang the quotation
    on the relative clause): in ``Ruiz told a student who asked about the fees that “...”`` the
    quotation is Ruiz's; ``Lee, who said: “...”`` (nothing but punctuation between) and ``Ruiz
    told of a woman who claimed she was “...”`` (a clause of the man's own between) are still the
    relative clause's, unless a "that" right before the quotation opens the telling's complement
    after that clause."""
    clause = cue
    for _ in range(4):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in RELATIVE_CLIMB or clause.head.i == clause.i or not lo <= clause.head.i < hi:
            return False
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    end = max(t.i for t in clause.subtree)
    doc = cue.doc
    if end < hi and any(_wordlike(t) for t in doc[end + 1 : hi]):
        return True
    outer = clause.head.head
    between = [t for t in doc[cue.i + 1 : hi] if _wordlike(t)]
    if not (lo <= outer.i < clause.head.i and outer.pos_ == "VERB" and between):
        return False
    if not cues.is_speech(outer.lower_, outer.lemma_.lower()):
        return False
    # "told a woman who suggested that few will vote that “...”": a "that" right before the
    # quotation after a whole clause opens the telling's own complement
    told_that = clause.head.dep_ in {"dobj", "dative"} and between[-1].lower_ == "that" and len(between) > 1
    return told_that or not any(t.dep_ in SUBJECT_DEPS for t in between)


def _wordlike(token: "Token") -> bool:
    return not (token.is_punct or token.is_space or token.is_quote)


def colon_clause(
    doc: "Doc", i: int, j: int, *, cue: "Token | None", cues: CueLexicon
) -> tuple["Token", Mention] | None:
    """``(verb, speaker)`` of the clause that ends at the colon closing ``doc[i:j]``, when
    ``cue`` (an earlier speech verb, if any) does not govern it and it has a subject of its own:
    ``Her father began shouting, so Ana gave a new answer: “...”`` is Ana's; ``Ruiz said the plan
    had one flaw: “...”`` (the cue governs the clause) stays the cue's; a thing's description
    says nothing (``the plan was simple: “...”``)."""
    k = colon_at(doc, i, j)
    if k is None:
        return None
    verb = doc[k - 1]
    for _ in range(COLON_CLIMB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i or not i <= verb.head.i < k:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if cue is not None and (cue.i >= verb.i or cue.is_ancestor(verb) or verb.is_ancestor(cue)):
        return None
    floor = i if cue is None else cue.i + 1
    subject = subject_of(verb, lo=i, hi=j)
    if subject is None or subject.i < floor:
        return None  # the clause has no subject of its own: the cue's speaker says it
    mention = mention_at(utterance_owner(subject) or subject, lo=floor, hi=j, cues=cues)
    if mention is None or (mention.kind == "description" and subject.pos_ != "PRON" and not _body(subject)):
        return None
    return verb, mention


def _body(noun: "Token") -> bool:
    """A body that speaks as one, named by its noun alone (``the commission``, class
    ``speaking_body``), singular and definite."""
    return (
        noun.lower_ in lexicon.word_class("speaking_body") and noun.tag_ == "NN"
        and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "no"} for c in noun.children)
    )


def colon_at(doc: "Doc", i: int, j: int) -> int | None:
    """The index of the colon that ends ``doc[i:j]`` (spaces after it allowed), else None."""
    k = j - 1
    while k >= i and doc[k].is_space:
        k -= 1
    return k if k > i and doc[k].text == ":" else None


# --- labels before a colon: a name, a name and its description, a topic --------------------------

def verbless_label(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> tuple[tuple[int, int], Mention] | None:
    """A label with no verb before the colon: a name and its topic (``Ruiz on the strike: “...”``,
    prepositions of class ``topic_label_prep``) or a possessor's utterance noun (``Ruiz's reply:
    “...”``) name the one quoted, and so does a person's name opening the label, set off by a comma
    (``Ana Ruiz, 54, a teacher: “...”``), or a bare name (``Ruiz: “...”``); the colon is the cue."""
    k = colon_at(doc, i, j)
    if k is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[i:k]):
        return None
    words = [t for t in doc[i:k] if not t.is_space]
    owner = next((utterance_owner(t) for t in words if utterance_owner(t) is not None), None)
    if owner is not None:
        mention = mention_at(owner, lo=i, hi=k, cues=cues)
        return None if mention is None else (_span_of(doc[k]), mention)
    if _label_line(doc, words, k):  # "Ruiz: “...”" opening its paragraph, however the tagger read it
        mention = mention_at(words[-1], lo=words[0].i, hi=k, cues=cues)
        if mention is not None and mention.kind not in {"pronoun", "anaphor"}:
            return _span_of(doc[k]), mention
    end = name_run_end(doc, words[0].i if words else k, k)
    if end is None:
        return None
    mention = mention_at(doc[end - 1], lo=i, hi=end, cues=cues)
    if mention is None:
        return None
    if doc[end].text == "," and end + 1 < k and words[0].i == mention_start(doc, mention) and mention.kind == "person":
        return _span_of(doc[k]), mention  # "Ana Ruiz, 54, a teacher: “...”": a voter and her description
    if end == k and len(doc[k - 1].text) > 1 and mention.kind not in {"pronoun", "anaphor"}:
        return _span_of(doc[k]), mention  # "Ruiz: “...”": a speaker's label, as in a transcript
    after = doc[end] if doc[end].text != "," else doc[end + 1]
    if after.i >= k or after.lower_ not in lexicon.word_class("topic_label_prep"):
        return None
    return None if mention.kind not in NAMED_KINDS else (_span_of(doc[k]), mention)


#: the most words a speaker's label before a colon may have ("Gov. Ana Ruiz:")
MAX_LINE_LABEL = 4


def _label_line(doc: "Doc", words: list["Token"], k: int) -> bool:
    """Capitalised words (a name, at most :data:`MAX_LINE_LABEL`) opening their paragraph and
    ending at the colon ``k``: a transcript speaker's label, not one letter (``Q:``)."""
    if not 1 <= len(words) <= MAX_LINE_LABEL or words[-1].i != k - 1 or len(words[-1].text) < 2:
        return False
    first = words[0]
    opens = first.idx == 0 or doc_text(doc)[: first.idx].rstrip(" \t").endswith("\n")
    return opens and all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) for t in words)


def mention_start(doc: "Doc", mention: Mention) -> int:
    """The index of the token a mention starts at."""
    return next(t.i for t in doc if t.idx + len(t.text) > mention.start)


#: the kinds of mention a bare name in a label or a sign-off may be
NAMED_KINDS = frozenset({"person", "org"})


def name_run_end(doc: "Doc", start: int, hi: int) -> int | None:
    """Just past the proper nouns from ``start`` on (``Gov. Ana Ruiz``), when there is one, else None."""
    end = start
    while end < hi and (doc[end].pos_ == "PROPN" or (end > start and doc[end].text == "." and doc[end - 1].is_title)):
        end += 1
    return end if end > start else None


def _span_of(token: "Token") -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


# --- a source's label or name at the colon or dash before a quotation ---------------------------

#: the dashes that set off a digest's source label ("Polls tighten in Ohio - Ana Ruiz: “...”")
LABEL_DASHES = frozenset({"-", "–", "—", "--"})
#: the most words a source label after a dash may have
MAX_LABEL_WORDS = 6


def label_at_colon(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> tuple[tuple[int, int], Mention] | None:
    """A digest's source label: capitalised words between a dash standing apart (spaces on both
    sides) and the colon before a quotation name its source, whatever the headline before the dash says
    (``Turnout is down - Ana Ruiz: “...”``, ``... - Pew Research: “...”``)."""
    k = colon_at(doc, i, j)
    if k is None:
        return None
    d = k - 1
    while d >= i and doc[d].text not in LABEL_DASHES and k - d <= MAX_LABEL_WORDS + 1:
        d -= 1
    if d < i or doc[d].text not in LABEL_DASHES or d + 1 >= k:
        return None
    if not (doc[d].whitespace_ and d > 0 and doc[d - 1].whitespace_):
        return None  # a hyphen inside a word ("pro-Kremlin Channel One:"), no label's dash
    words = doc[d + 1 : k]
    if not all(t.text[:1].isupper() or t.lower_ in lexicon.word_class("conjunction") or t.is_punct for t in words):
        return None
    mention = mention_at(doc[k - 1], lo=d + 1, hi=k, cues=cues)
    if mention is None or mention.kind in {"pronoun", "anaphor"}:
        return None
    return _span_of(doc[k]), mention


def name_at_colon(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> tuple[tuple[int, int], Mention] | None:
    """A person's name ending right at the colon before a quotation, when no clause before it
    names a speaker, is the one quoted: ``The result did not surprise the pollster Ana Ruiz:
    “...”``; the colon is the cue."""
    k = colon_at(doc, i, j)
    mention = None if k is None else _person_before(doc, i, k, cues=cues)
    return None if mention is None else (_span_of(doc[k]), mention)


def _person_before(doc: "Doc", i: int, k: int, *, cues: CueLexicon) -> Mention | None:
    """The person whose name ends right before token ``k`` (and starts at or after ``i``)."""
    if k <= i or doc[k - 1].ent_type_ not in NAME_LABELS:
        return None
    ent = entity_of(doc[k - 1])
    if ent is None or ent.end != k or ent.start < i:
        return None
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ not in {"from", "by"}:
        return None  # "saying in a post on Twitter:": where it was said; "a message from Ana Ruiz:" names her
    mention = mention_at(ent.root, lo=i, hi=k, cues=cues)
    return mention if mention is not None and mention.kind == "person" else None


def name_at_dash(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> tuple[tuple[int, int], Mention] | None:
    """A person's name set off by a dash right before a quotation is the one quoted, whoever the
    clause's subject is: ``Critics, among them Tom Reyes -- “...” -- and ...``; the dash is the cue."""
    k = j - 1
    while k >= i and doc[k].is_space:
        k -= 1
    if k <= i or doc[k].text not in LABEL_DASHES:
        return None
    mention = _person_before(doc, i, k, cues=cues)
    return None if mention is None else (_span_of(doc[k]), mention)


# --- quoted words that name something rather than report speech ------------------------------

#: a title-case quotation of at most this many words, this share of them capitalised, after an
#: organisation's possessive is a programme's name ("the BBC's “Newsnight”")
TITLE_WORDS = 8
TITLE_SHARE = 0.6
#: a title-case quotation right after one of these (a preposition, an article, a number) or after
#: a possessive pronoun is a name inside a noun phrase, never speech
TITLE_AFTER = frozenset({"ADP", "DET", "NUM"})


def quoted_name(text: str, group: list[QuoteSegment]) -> bool:
    """One quoted run of title-case words with no punctuation at its end: a name or a title."""
    words = text[group[0].start : group[0].end]
    return len(group) == 1 and (words[-1:].isalnum() or words.endswith(")")) and _title_case(words)


#: the most words of a quoted phrase set in a sentence ("messages deemed “top secret,” saying ...")
SCARE_WORDS = 3


def scare_phrase(text: str, group: list[QuoteSegment]) -> bool:
    """A few quoted words in lower case, ending no sentence: a phrase set inside its sentence
    (``called him a “liar,” saying ...``), which the words around it read across."""
    words = text[group[0].start : group[0].end].strip()
    found = re.findall(r"[^\W\d_][\w’'-]*", words)
    return (
        len(group) == 1
        and 1 <= len(found) <= SCARE_WORDS
        and words[:1].islower()
        and not words.rstrip(" ,;:’'\"”").endswith((".", "?", "!"))
    )


def _title_case(words: str) -> bool:
    """A short run of words mostly capitalised, with no question or exclamation: a title or a name."""
    found = re.findall(r"[^\W\d_][\w’'-]*", words)
    if not 1 <= len(found) <= TITLE_WORDS or not found[0][:1].isupper():
        return False
    if words.rstrip().endswith(("?", "!")):
        return False
    return sum(w[:1].isupper() for w in found) >= TITLE_SHARE * len(found)


def programme_title(doc: "Doc", text: str, i: int, seg: QuoteSegment) -> bool:
    """A short quotation in title case right after an organisation's possessive is the name of
    its programme or publication, not speech: ``told CBS's “Face the Nation”``."""
    if not _title_case(text[seg.start : seg.end]):
        return False
    if i >= 0 and (doc[i].pos_ in TITLE_AFTER or doc[i].tag_ == "PRP$"):
        return True  # "on “Morning Edition,”", "the “Open Doors Forum”", "his 1994 “Plan”"
    if i < 1 or doc[i].tag_ != "POS":
        return False
    owner = doc[i - 1]
    return owner.ent_type_ in ORG_LABELS or (owner.is_upper and len(owner.text) > 1)
