"""Finding the cue and the speaker of one direct quotation from the words around it.

Given a quotation (one or more segments from :mod:`seismo.extract.quotes.marks`), look
in the clause after its closing mark and the clause before its opening mark:

1. after, adjacent: ``“...”, said X`` / ``“...” adds X`` / ``“...”, X, head of Y, told Z``
   (the cue or its subject comes first after the mark), a tag closing the sentence the quotation
   runs on into (``“...” since the vote was close, said X.``), or a dash and a name signing it
   (``“...” — Gov. Ana Ruiz``);
2. before: ``For X, “...”`` (or ``To X,``), ``According to X, ... “...”`` (or ``In the words of
   X,``), ``X said: “...”``,
   ``..., explaining that the task will be “...”`` (the subject of the verb the
   participle hangs on), and ``X invites us to see ...: “...”`` (a colon hands the
   quotation to the subject of the clause before it; a digest's label after a dash,
   ``... - Ana Ruiz: “...”``, comes first, and a person's name ending at the colon,
   ``... did not surprise the pollster Ana Ruiz: “...”``, is taken when no clause subject names
   a speaker); a verbless label before the colon names the one quoted too (``Ruiz on the strike:
   “...”``, ``Ruiz's reply: “...”``), and a person's name set off by a dash right before the
   quotation wins over the clause's subject (``critics, among them Tom Reyes -- “...” --``);
   a speech verb in a relative clause that does not introduce the quotation gives way to the
   clause around it (``Ruiz told a student who asked about fees that “...”``), and a clause ending
   at the colon with a subject of its own that the cue does not govern takes the quotation
   (``Her father began shouting, so Ana gave a new answer: “...”``): :mod:`.clauses`;
3. a quotation that opens a sentence right after one whose main clause has a person as its
   subject, with no quotation in it, is that person's (``Ana Ruiz was blunt. “...”``, and across
   a paragraph break: ``Tom Berger disagreed.`` / ``“...”``): :mod:`.speakers.handover`;
4. otherwise a quotation that opens a sentence continues the previous quotation of the
   same or the previous paragraph (``“...,” she said. “...”``);
5. otherwise there is no speaker, and the quotation is kept only when it reads as a
   clause of six words or more — short unattributed ones are scare quotes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from seismo.extract import lexicon
from seismo.extract.quotes.clauses import (
    LABEL_DASHES, NAMED_KINDS, closed_relative, colon_clause, label_at_colon, name_at_colon, name_at_dash, name_run_end,
    verbless_label,
)
from seismo.extract.quotes.cues import CueLexicon, as_put_it, is_cue_token
from seismo.extract.quotes.speakers.mentions import Mention, mention_at
from seismo.extract.quotes.speakers.subjects import asker, subject_of, utterance_owner
from seismo.extract.according import according_source, according_to
from seismo.extract.syntax import antecedent

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

How = Literal["after", "before", "frame", "according", "colon", "label", "lead", "echo", "continuation",
              "nearby", "clause", "none"]

SENTENCE_END = frozenset({".", "!", "?"})
#: quote marks as tokens
QUOTE_CHARS = frozenset({'"', "“", "”", "«", "»", "„", "''", "``"})
#: relative pronouns that may follow "according to" ("according to whom")
RELATIVE_OBJECTS = frozenset({"whom", "which"})
MIN_UNATTRIBUTED_WORDS = 6
CONFIDENCE: dict[str, float] = {
    "after": 0.9,
    "before": 0.85,
    "frame": 0.8,
    "according": 0.8,
    "colon": 0.7,
    "label": 0.8,
    "lead": 0.6,
    "echo": 0.7,
    "continuation": 0.75,
    "nearby": 0.45,
    "clause": 0.5,
    "none": 0.3,
}


@dataclass(frozen=True, slots=True)
class QuoteAttribution:
    """How a quotation was attributed: the cue's characters, the speaker mention, and how."""

    how: How
    cue: tuple[int, int] | None
    mention: Mention | None
    outlet: tuple[int, int] | None = None

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


class Tokens:
    """Character-offset lookups over a Doc's tokens."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.starts = [int(x) for x in doc.to_array("IDX")] if len(doc) else []

    def first_at_or_after(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def last_before(self, char: int) -> int:
        """Index of the last token that starts before ``char`` (-1 if none)."""
        return bisect.bisect_left(self.starts, char) - 1


def char_span(token: "Token") -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def outlet_of(cue: "Token") -> tuple[int, int] | None:
    """``told HuffPost`` → HuffPost: a proper-noun object of "tell" (never "reporters")."""
    if cue.lemma_.lower() != "tell":
        return None
    for child in cue.children:
        if child.dep_ in {"dobj", "dative", "iobj"} and child.pos_ == "PROPN":
            left = min(t.i for t in child.subtree)
            right = max(t.i for t in child.subtree)
            doc = cue.doc
            while left <= right and doc[left].lower_ in {"the"}:
                left += 1
            return doc[left].idx, doc[right].idx + len(doc[right].text)
    return None


def _first_np_head(doc: "Doc", i: int, j: int) -> "Token | None":
    """The last noun of the first run of noun-phrase words in ``doc[i:j]`` (a possessive
    determiner, "his", only opens the run)."""
    k = i
    while k < j and (doc[k].is_punct or doc[k].is_space):
        k += 1
    last = None
    while k < j and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"}:
        if doc[k].pos_ in {"NOUN", "PROPN", "PRON"} and doc[k].tag_ != "PRP$":  # "his opponent": not "his"
            last = doc[k]
            if doc[k].pos_ == "PRON":
                break
        k += 1
    return last


def _sourced_telling(according: "Token", *, lo: int, hi: int, cues: CueLexicon) -> bool:
    """Whether "according to X" sources a speech verb with a subject of its own before it ("the
    senator told her caucus, *according to* two people in the room, '...'"): the words are the
    subject's, told second-hand by X."""
    verb = according.head
    return (lo <= verb.i < according.i and is_cue_token(verb, cues=cues)
            and subject_of(verb, lo=lo, hi=hi) is not None)


def according_mention(doc: "Doc", k: int, *, lo: int, hi: int, cues: CueLexicon) -> Mention | None:
    """The speaker mention X in ``according to X`` where ``doc[k]`` is "according": the object
    of "to" (the first noun phrase after it when the parse gives none), the owner of "the
    account of X" or of an utterance ("a statement from X"), or for "according to whom / which"
    the nearest person or role noun before
    "according", within 25 tokens and the sentence."""
    if k + 1 >= hi:
        return None

    def person_or_role(t: "Token") -> "Token | None":
        named = t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or t.lower_ in cues.roles
        return t if t.pos_ in {"PROPN", "NOUN"} and named else None

    found = according_source(
        doc[k],
        as_written=True,
        default=_first_np_head(doc, k + 2, hi),
        pronouns=RELATIVE_OBJECTS,
        resolve=lambda _: antecedent(doc[k], pick=person_or_role, start=lo, window=25, stop=SENTENCE_END),
        roles=cues.roles,
        owner_preps=frozenset({"of"}),  # "the account of the authorities"
    )
    if found is None or found.source is None:
        return None
    if found.relative:
        return mention_at(found.source, lo=lo, hi=k, cues=cues)
    source = utterance_owner(found.source) or found.source  # "according to a statement from Amnesty"
    return mention_at(source, lo=k + 2, hi=hi, cues=cues)


def after_window(toks: Tokens, close: int, limit: int) -> tuple[int, int]:
    """Token range from the closing mark to the end of its clause (or ``limit``); a line break
    ends it too, in a text whose paragraphs are single lines between blank-line sections
    (``“...”`` / ``Ruiz said that ...`` on the next line is a new statement), and so does a
    semicolon, which opens a clause of its own, never a tag (``X said her side was “...”; Y
    said ...``: Y's words are a new report)."""
    doc = toks.doc
    i = toks.first_at_or_after(close)
    j = i
    while j < len(doc) and doc[j].idx < limit and j - i < 40:
        if doc[j].text in SENTENCE_END or doc[j].text == ";" or (doc[j].is_space and "\n" in doc[j].text):
            break
        j += 1
    return i, j


def before_window(toks: Tokens, open_: int, floor: int) -> tuple[int, int]:
    """Token range from the start of the clause (or ``floor``) to the opening mark."""
    doc = toks.doc
    j = toks.last_before(open_) + 1
    if j > 0 and doc[j - 1].idx + len(doc[j - 1].text) > open_:
        j -= 1  # the token holding the mark itself (``''``, read as a straight mark at its second character)
    i = j
    while i - 1 >= 0 and doc[i - 1].idx >= floor and j - i < 60:
        if doc[i - 1].text in SENTENCE_END:
            break
        i -= 1
    return i, j


def _content_tokens(doc: "Doc", i: int, j: int) -> list["Token"]:
    return [t for t in doc[i:j] if not (t.is_punct or t.is_space)]


def from_after(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    words = _content_tokens(doc, i, j)
    if not words:
        return None
    signed = _signed(doc, i, j, cues=cues)
    if signed is not None:
        return signed
    for n, tok in enumerate(words[:25]):
        if tok.i + 1 < j and according_to(tok, as_written=True) is not None:
            if n > 0:
                return None
            mention = according_mention(doc, tok.i, lo=i, hi=j, cues=cues)
            cue = (tok.idx, doc[tok.i + 1].idx + 2)
            return QuoteAttribution("according", cue, mention) if mention else None
        if not is_cue_token(tok, cues=cues, loose=(n == 0)) or _withheld(tok, i):
            continue
        subject = subject_of(tok, lo=i, hi=j)
        if subject is not None and _stands_for_quoted(subject, i):
            return None  # "there are still “some people” who feel that way": the quotation is a noun
        if n == 0:  # "said X", "adds X", "comments X"
            head = subject if subject is not None and subject.i > tok.i else _first_np_head(doc, tok.i + 1, j)
            if head is not None and _object_pronoun(head, tok):
                return None  # "“Title,” put it": the cue's object is no speaker
        elif subject is not None and subject.i < tok.i and _starts_at(subject, _past_as(words, tok), i, j, cues):
            head = subject  # "X said", "X, head of Y, told Z", "as X put it"
        elif subject is not None and subject.i < tok.i and _closing_tag(subject, tok, i, j, cues):
            head = subject  # "“...” for criminal behavior, she said."
        elif subject is not None and _inverted_tag(tok, subject, j):
            head = subject  # "“...” since the vote was close, said X"
        elif _bare_name_run(words[:n]):
            head = words[n - 1]  # "Tulsa police Chief Chuck Jordan said" when the parse lost the subject
        else:
            return None
        mention = mention_at(head, lo=i, hi=j, cues=cues) if head is not None else None
        if mention is None:
            return None
        return QuoteAttribution("after", char_span(tok), mention, outlet_of(tok))
    return None


def _withheld(cue: "Token", lo: int) -> bool:
    """A speech verb negated or refused in the words from token ``lo`` on ("did not respond",
    "declined to comment"): no one speaks through it, so it tags no quotation (a "not" the parse
    hung on it from inside the quotation, '“Probably not,” she said', is the speaker's own); one
    refused more words ("would not say more", "declined to elaborate") spoke the quotation."""
    more = lexicon.word_class("said_more")
    if cue.lemma_.lower() in more or any(c.lower_ in more for c in cue.children if c.dep_ in {"dobj", "advmod", "npadvmod"}):
        return False  # "would not say more", "declined to elaborate": what was quoted was said
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.word_class("refusal") and cue.head.i >= lo:
        return True
    return any(c.dep_ == "neg" and c.i >= lo for c in cue.children)


def _object_pronoun(token: "Token", cue: "Token") -> bool:
    """Whether ``token`` is a pronoun the cue takes as its object ("put *it*", "said *it* best"):
    what is said, never who says it."""
    return token.lower_ in lexicon.word_class("unresolved_pronoun") and token.dep_ == "dobj" and token.head.i == cue.i


def _as_marked(cue: "Token") -> bool:
    """Whether the cue opens with the marker "as" ("as X put it", "as X told the BBC")."""
    return any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children)


def _line_start(doc: "Doc", token: "Token") -> int:
    """The index of the first token of ``token``'s paragraph (the parse may end a sentence at a
    quoted title's closing mark)."""
    k = token.i
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    return k


def _past_as(words: list["Token"], cue: "Token") -> "Token":
    """The first word of a tag after a quotation, past the marker "as" of "as X put it" ("“...,” as
    X put it": X; "as X said" may compare rather than attribute: "..., as X did")."""
    first = words[0]
    if len(words) > 1 and first.lower_ == "as" and as_put_it(cue) and first.head.i == cue.i:
        return words[1]
    return first


def _signed(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A dash after a quotation and a person's name right after it sign the quotation, as under an
    epigraph or a post (``“...” — Gov. Ana Ruiz``)."""
    dash = doc[i] if i < j else None
    end = name_run_end(doc, i + 1, j) if dash is not None and dash.text in LABEL_DASHES else None
    if end is None:
        return None
    mention = mention_at(doc[end - 1], lo=i + 1, hi=end, cues=cues)
    if mention is None or mention.kind not in NAMED_KINDS:
        return None
    return QuoteAttribution("after", char_span(dash), mention)


def signed_line(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A paragraph ``doc[i:j]`` that only signs the quotation ending the paragraph before it: a
    dash and a name, nothing after it but punctuation, as a fact check lays out the claims it
    checks (``“...”`` / ``— Sen. Ana Ruiz.``)."""
    while i < j and doc[i].is_space:
        i += 1
    signed = _signed(doc, i, j, cues=cues)
    end = name_run_end(doc, i + 1, j) if signed is not None else None
    if end is None or any(not (t.is_punct or t.is_space) for t in doc[end:j]):
        return None
    return signed


def _stands_for_quoted(subject: "Token", i: int) -> bool:
    """A relative pronoun whose clause hangs on a word before token ``i`` (the closing mark that
    opens the window): the quoted words are the noun it stands for, not what its clause's verb
    reports."""
    clause = subject.head
    return (
        subject.lower_ in lexicon.word_class("relative_pronoun")
        and subject.tag_ in {"WP", "WDT"}
        and clause.dep_ == "relcl"
        and clause.head.i < i
    )


#: the most words a name with its title may have before a cue the parse gave no subject
MAX_BARE_NAME = 6


def _bare_name_run(words: list["Token"]) -> bool:
    """Words that can only be a speaker's name with its title: nouns, adjectives and
    capitalised words, at least one of them capitalised and the last a noun or name."""
    if not words or len(words) > MAX_BARE_NAME:
        return False
    shape_ok = all(t.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or t.text[:1].isupper() for t in words)
    last = words[-1]
    return (
        shape_ok
        and any(t.text[:1].isupper() for t in words)
        and last.text[:1].isupper()
        and last.pos_ in {"PROPN", "NOUN"}
        and not any(t.lower_ in lexicon.word_class("person_pronoun") for t in words)
    )


#: the most words after a closing "..., she said" before its sentence ends ("on Tuesday")
MAX_TAG_TAIL = 8


def _closing_tag(subject: "Token", cue: "Token", lo: int, hi: int, cues: CueLexicon) -> bool:
    """``, X said.`` closing the sentence after a quotation's short tail: a comma just before
    the speaker, and nothing after the cue but a few words without a verb before the full stop."""
    doc = cue.doc
    mention = mention_at(subject, lo=lo, hi=hi, cues=cues)
    if mention is None:
        return False
    first = subject.i
    while first > lo and doc[first - 1].idx >= mention.start:
        first -= 1
    if first <= lo or doc[first - 1].text != ",":
        return False
    if any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < lo for c in t.children)
           for t in doc[lo : first]):
        return False  # "“Death to X” was sprayed on a wall, police said": the quotation is a thing told of
    tail = [t for t in doc[cue.i + 1 : hi] if not (t.is_punct or t.is_space)]
    ends = hi < len(doc) and doc[hi].text in SENTENCE_END
    return ends and len(tail) <= MAX_TAG_TAIL and not any(t.pos_ in {"VERB", "AUX"} for t in tail)


def _inverted_tag(cue: "Token", subject: "Token", hi: int) -> bool:
    """``, said X`` closing the sentence after the words a quotation runs on into ("“...” since
    so many cases were close, said Ana Ruiz."): a comma just before the cue and its subject after
    it (never a bare noun after it the parse gave no subject: "said Sunday", "told AFP"), with the
    window running to the sentence's end."""
    doc = cue.doc
    ends = hi >= len(doc) or doc[hi].text in SENTENCE_END or (doc[hi].is_space and "\n" in doc[hi].text)
    return ends and cue.i > 0 and doc[cue.i - 1].text == "," and subject.i > cue.i


def _starts_at(subject: "Token", first: "Token", lo: int, hi: int, cues: CueLexicon) -> bool:
    mention = mention_at(subject, lo=lo, hi=hi, cues=cues)
    return mention is not None and mention.start <= first.idx + len(first.text)


def from_before(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    words = _content_tokens(doc, i, j)
    if not words:
        return None
    first = words[1] if words[0].lower_ in lexicon.word_class("conjunction") and len(words) > 1 else words[0]
    last_mark = doc[j - 1] if j > i else None
    # "For Erica Marat, professor of ..., “...”", "To Ruiz, “...”"
    if first.lower_ in lexicon.word_class("viewpoint_prep") and last_mark is not None and last_mark.text == ",":
        name = doc[first.i + 1] if first.i + 1 < j else None
        # a person's or a body's view; not a people's or a place's ("For Kenyans, “...”": regarding them)
        if name is not None and not _possessor(name, j) and (
            name.ent_type_ == "PERSON"
            or (name.pos_ == "PROPN" and name.ent_type_ not in {"NORP", "GPE", "LOC"})
        ):
            head = name
            while head.i + 1 < j and (
                (doc[head.i + 1].ent_type_ == "PERSON" and doc[head.i + 1].ent_iob_ == "I")
                or (head.dep_ == "compound" and head.i < head.head.i < j and head.head.pos_ == "PROPN")
            ):
                # to the name's last word: "Ana Ruiz", not "Ana"; "Dr. Ana Ruiz", not "Dr."
                head = head.head if head.dep_ == "compound" and head.i < head.head.i < j else doc[head.i + 1]
            mention = mention_at(head, lo=first.i + 1, hi=j, cues=cues)
            if mention is not None:
                return QuoteAttribution("frame", char_span(first), mention)
    dashed = name_at_dash(doc, i, j, cues=cues)
    if dashed is not None:
        return QuoteAttribution("colon", dashed[0], dashed[1])
    for tok in reversed(words):
        owner = _in_the_words_of(tok, lo=i, hi=j)
        if owner is not None:  # "In the words of the union's lawyer, “...”"
            mention = mention_at(owner, lo=tok.i + 1, hi=j, cues=cues)
            if mention is not None:
                of = owner.head
                return QuoteAttribution("according", (tok.head.idx, of.idx + len(of.text)), mention)
        if tok.i + 1 < j and according_to(tok, as_written=True) is not None and not _sourced_telling(tok, lo=i, hi=j, cues=cues):
            mention = according_mention(doc, tok.i, lo=i, hi=j, cues=cues)
            if mention is not None:
                return QuoteAttribution("according", (tok.idx, doc[tok.i + 1].idx + 2), mention)
        inverted = tok.i == first.i and last_mark is not None and last_mark.text in {",", ":"}
        if is_cue_token(tok, cues=cues, loose=inverted):
            if closed_relative(tok, lo=i, hi=j, cues=cues):
                continue  # "X told a student who asked about fees that “...”": X's words
            asked = asker(tok, lo=i, hi=j) if _asks(doc, j) else None  # "X was asked by Y, “...?”": Y's
            tok = outer_speech_verb(tok, cues, lo=i, hi=j)
            subject = asked or subject_of(tok, lo=i, hi=j)
            if subject is not None and _stands_for_quoted(subject, i):
                continue  # "“some people” who feel that way, “...”": the earlier quotation's noun
            if subject is None and inverted:
                subject = _first_np_head(doc, tok.i + 1, j)  # "Said Ellis: “...”"
                if subject is not None and _object_pronoun(subject, tok):
                    subject = None  # "put it", "said it": the cue's object is no speaker
            if subject is None and inverted and _as_marked(tok):
                # "As X, author of “Title,” put it, “...”": the window began after the title
                subject = subject_of(tok, lo=_line_start(doc, tok), hi=j)
            if subject is not None:
                colon = colon_clause(doc, i, j, cue=tok, cues=cues)
                if colon is not None:  # "X began shouting, so I gave a new answer: “...”"
                    return QuoteAttribution("colon", char_span(colon[0]), colon[1])
                floor = tok.i + 1 if subject.i > tok.i else min(i, subject.i)  # the cue is no part of its speaker
                mention = mention_at(subject, lo=floor, hi=j, cues=cues)
                if mention is not None:
                    return QuoteAttribution("before", char_span(tok), mention, outlet_of(tok))
    label = label_at_colon(doc, i, j, cues=cues)
    if label is not None:
        return QuoteAttribution("colon", label[0], label[1])
    if last_mark is not None and last_mark.text == ":":
        colon = colon_clause(doc, i, j, cue=None, cues=cues)
        if colon is not None:  # "She grew upset, so I changed my answer: “...”": the last clause's
            return QuoteAttribution("colon", char_span(colon[0]), colon[1])
        roots = [
            t for t in doc[i:j] if t.pos_ in {"VERB", "AUX"} and not (i <= t.head.i < j and t.head.i != t.i)
        ]
        for verb in roots:
            subject = subject_of(verb, lo=i, hi=j)
            if subject is not None:
                subject = utterance_owner(subject) or subject  # "Ana Ruiz's answer was short: “...”"
                mention = mention_at(subject, lo=i, hi=j, cues=cues)
                if mention is not None and (mention.kind != "description" or _gives_words(verb)):
                    return QuoteAttribution("colon", char_span(verb), mention)
    named = name_at_colon(doc, i, j, cues=cues) or verbless_label(doc, i, j, cues=cues)
    if named is not None:
        return QuoteAttribution("colon", named[0], named[1])
    return None


#: the most tokens read inside a quotation to find its last mark
MAX_QUESTION_TOKENS = 120


def _possessor(name: "Token", j: int) -> bool:
    """Whether a name after "For" / "To" owns the noun that follows it ("To Ruiz's credit, “...”",
    "For Ruiz's critics, “...”"): then it is no one whose view the frame gives."""
    k = name.i
    doc = name.doc
    while k + 1 < j and doc[k + 1].pos_ == "PROPN":
        k += 1
    return k + 1 < j and doc[k + 1].tag_ == "POS"


def _asks(doc: "Doc", j: int) -> bool:
    """Whether the quotation opening at token ``j`` ends in a question mark."""
    for k in range(j + 1, min(len(doc), j + MAX_QUESTION_TOKENS)):
        if doc[k].text in QUOTE_CHARS or (doc[k].is_quote and k > j + 1):
            return k > j + 1 and doc[k - 1].text == "?"
    return False


def _in_the_words_of(noun: "Token", *, lo: int, hi: int) -> "Token | None":
    """X of "in the words of X" (a noun of class ``wording_noun`` after "in"), which cites X as
    "according to X" does: the quotation after it is X's."""
    if noun.lower_ not in lexicon.word_class("wording_noun") or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj" and lo <= o.i < hi), None) if of is not None else None


def _gives_words(verb: "Token") -> bool:
    """Whether a verb's object is an utterance (class ``utterance_noun``): one who "issued the
    following statement:" or "sent this message:" speaks the words after the colon, a description
    ("the journalist's family") as much as a name."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.word_class("utterance_noun") for c in verb.children)


def outer_speech_verb(cue: "Token", cues: CueLexicon, *, lo: int, hi: int) -> "Token":
    """The speech verb whose reported clause holds ``cue``, if any ("Obama said most people
    believe “...”" → said): the outer speaker is the source of the quotation, unless ``cue`` is a
    speech verb with a subject of its own ("Ruiz said Lee told her, “...”": Lee's words) or one
    coordinated with it that has a subject of its own ("X said ..., and Lee replied, “...”")."""
    token = cue
    outer = cue
    for _ in range(4):
        if token.head.i == token.i or not (lo <= token.head.i < hi):
            break
        if token.i == cue.i and _says_it_in_person(cue, cues, hi=hi):
            break  # "X said Y told her, “...”": the quotation is Y's own words
        if token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            break  # "X said ..., and the lawyer replied, “...”": a clause with a speaker of its own
        link, token = token.dep_, token.head
        if (
            link in {"ccomp", "xcomp", "conj"}
            and is_cue_token(token, cues=cues)
            and cues.is_speech(token.lower_, token.lemma_.lower())
        ):
            outer = token
    return outer


#: the most tokens between a nested speech verb and the quotation it introduces ("told her, “")
NESTED_GAP = 4


def _says_it_in_person(cue: "Token", cues: CueLexicon, *, hi: int) -> bool:
    """A speech verb right before the quotation (``hi``), with a person as its own subject."""
    if not cues.is_speech(cue.lower_, cue.lemma_.lower()) or hi - cue.i > NESTED_GAP:
        return False
    if any(t.pos_ in {"VERB", "AUX", "NOUN"} for t in cue.doc[cue.i + 1 : hi]):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.ent_type_ == "PERSON" or subject.lower_ in lexicon.word_class("person_pronoun")
    )


def opens_sentence(doc: "Doc", i: int, j: int) -> bool:
    """Nothing but punctuation or a conjunction between the clause start and the mark."""
    conjunctions = lexicon.word_class("conjunction")
    return all(t.is_punct or t.is_space or t.lower_ in conjunctions for t in doc[i:j])


def reads_as_clause(doc: "Doc", toks: Tokens, start: int, end: int) -> bool:
    """Quoted words that could be speech rather than a scare quote: six words and a verb."""
    i, j = toks.first_at_or_after(start), toks.first_at_or_after(end)
    words = [t for t in doc[i:j] if t.is_alpha]
    return len(words) >= MIN_UNATTRIBUTED_WORDS and any(t.pos_ in {"VERB", "AUX"} for t in doc[i:j])
