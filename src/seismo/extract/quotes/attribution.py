"""Finding the cue and the speaker of one direct quotation from the words around it.

Given a quotation (one or more segments from :mod:`seismo.extract.quotes.marks`), look
in the clause after its closing mark and the clause before its opening mark:

1. after, adjacent: ``“...”, said X`` / ``“...” adds X`` / ``“...”, X, head of Y, told Z``
   (the cue or its subject comes first after the mark), or a dash and a name signing it
   (``“...” — Gov. Ana Ruiz``);
2. before: ``For X, “...”``, ``According to X, ... “...”``, ``X said: “...”``,
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
   a paragraph break: ``Tom Berger disagreed.`` / ``“...”``): :func:`from_lead`;
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
    NAMED_KINDS, closed_relative, colon_at, colon_clause, name_run_end, utterance_owner, verbless_label,
)
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.quotes.marks import from_label  # noqa: F401 (the transcript label, read here too)
from seismo.extract.quotes.speakers import NAME_LABELS, Mention, mention_at, subject_of
from seismo.extract.syntax import according_source, according_to, antecedent, entity_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

How = Literal["after", "before", "frame", "according", "colon", "label", "lead", "echo", "continuation",
              "nearby", "none"]

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


def _char_span(token: "Token") -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def is_cue_token(token: "Token", *, cues: CueLexicon, loose: bool = False) -> bool:
    """A speech or thought verb; ``loose`` also accepts one the tagger took for a noun.
    "As X put it" is a cue too: "put" with the object "it" and the marker "as"; so is a phrasal
    verb of saying with its particle ("went on", ``cues.phrasal``)."""
    if _as_put_it(token):
        return True
    if token.pos_ == "VERB" and any(
        c.i == token.i + 1 and c.dep_ in {"prt", "advmod", "prep"} and (token.lemma_.lower(), c.lower_) in cues.phrasal
        for c in token.children
    ):
        return True  # "“...,” she went on"
    if not cues.is_cue(token.lower_, token.lemma_.lower()):
        return False
    if token.pos_ in {"VERB", "AUX"}:
        return True
    return loose and token.pos_ in {"NOUN", "PROPN", "ADJ", "ADV"}


def _as_put_it(token: "Token") -> bool:
    doc = token.doc
    return (
        token.lemma_.lower() == "put"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "it"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    )


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
    """The last noun of the first run of noun-phrase words in ``doc[i:j]``."""
    k = i
    while k < j and (doc[k].is_punct or doc[k].is_space):
        k += 1
    last = None
    while k < j and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"}:
        if doc[k].pos_ in {"NOUN", "PROPN", "PRON"}:
            last = doc[k]
            if doc[k].pos_ == "PRON":
                break
        k += 1
    return last


def according_mention(doc: "Doc", k: int, *, lo: int, hi: int, cues: CueLexicon) -> Mention | None:
    """The speaker mention X in ``according to X`` where ``doc[k]`` is "according": the object
    of "to" (the first noun phrase after it when the parse gives none), the owner of "the
    account of X", or for "according to whom / which" the nearest person or role noun before
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
    return mention_at(found.source, lo=k + 2, hi=hi, cues=cues)


def after_window(toks: Tokens, close: int, limit: int) -> tuple[int, int]:
    """Token range from the closing mark to the end of its clause (or ``limit``); a line break
    ends it too, in a text whose paragraphs are single lines between blank-line sections
    (``“...”`` / ``Ruiz said that ...`` on the next line is a new statement)."""
    doc = toks.doc
    i = toks.first_at_or_after(close)
    j = i
    while j < len(doc) and doc[j].idx < limit and j - i < 40:
        if doc[j].text in SENTENCE_END or (doc[j].is_space and "\n" in doc[j].text):
            break
        j += 1
    return i, j


def before_window(toks: Tokens, open_: int, floor: int) -> tuple[int, int]:
    """Token range from the start of the clause (or ``floor``) to the opening mark."""
    doc = toks.doc
    j = toks.last_before(open_) + 1
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
        if not is_cue_token(tok, cues=cues, loose=(n == 0)):
            continue
        subject = subject_of(tok, lo=i, hi=j)
        if subject is not None and _stands_for_quoted(subject, i):
            return None  # "there are still “some people” who feel that way": the quotation is a noun
        if n == 0:  # "said X", "adds X", "comments X"
            head = subject if subject is not None and subject.i > tok.i else _first_np_head(doc, tok.i + 1, j)
        elif subject is not None and subject.i < tok.i and _starts_at(subject, words[0], i, j, cues):
            head = subject  # "X said", "X, head of Y, told Z"
        elif subject is not None and subject.i < tok.i and _closing_tag(subject, tok, i, j, cues):
            head = subject  # "“...” for criminal behavior, she said."
        elif _bare_name_run(words[:n]):
            head = words[n - 1]  # "Tulsa police Chief Chuck Jordan said" when the parse lost the subject
        else:
            return None
        mention = mention_at(head, lo=i, hi=j, cues=cues) if head is not None else None
        if mention is None:
            return None
        return QuoteAttribution("after", _char_span(tok), mention, outlet_of(tok))
    return None


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
    return QuoteAttribution("after", _char_span(dash), mention)


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
MAX_TAG_TAIL = 4


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
    tail = [t for t in doc[cue.i + 1 : hi] if not (t.is_punct or t.is_space)]
    ends = hi < len(doc) and doc[hi].text in SENTENCE_END
    return ends and len(tail) <= MAX_TAG_TAIL and not any(t.pos_ in {"VERB", "AUX"} for t in tail)


def _starts_at(subject: "Token", first: "Token", lo: int, hi: int, cues: CueLexicon) -> bool:
    mention = mention_at(subject, lo=lo, hi=hi, cues=cues)
    return mention is not None and mention.start <= first.idx + len(first.text)


def from_before(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    words = _content_tokens(doc, i, j)
    if not words:
        return None
    first = words[1] if words[0].lower_ in lexicon.word_class("conjunction") and len(words) > 1 else words[0]
    last_mark = doc[j - 1] if j > i else None
    # "For Erica Marat, professor of ..., “...”"
    if first.lower_ == "for" and last_mark is not None and last_mark.text == ",":
        name = doc[first.i + 1] if first.i + 1 < j else None
        if name is not None and (name.ent_type_ == "PERSON" or name.pos_ == "PROPN"):
            head = name
            while (
                head.i + 1 < j and doc[head.i + 1].ent_type_ == "PERSON" and doc[head.i + 1].ent_iob_ == "I"
            ):
                head = doc[head.i + 1]
            mention = mention_at(head, lo=first.i + 1, hi=j, cues=cues)
            if mention is not None:
                return QuoteAttribution("frame", _char_span(first), mention)
    dashed = _name_at_dash(doc, i, j, cues=cues)
    if dashed is not None:
        return dashed
    for tok in reversed(words):
        if tok.i + 1 < j and according_to(tok, as_written=True) is not None:
            mention = according_mention(doc, tok.i, lo=i, hi=j, cues=cues)
            if mention is not None:
                return QuoteAttribution("according", (tok.idx, doc[tok.i + 1].idx + 2), mention)
        inverted = tok.i == first.i and last_mark is not None and last_mark.text in {",", ":"}
        if is_cue_token(tok, cues=cues, loose=inverted):
            if closed_relative(tok, lo=i, hi=j, cues=cues):
                continue  # "X told a student who asked about fees that “...”": X's words
            tok = outer_speech_verb(tok, cues, lo=i, hi=j)
            subject = subject_of(tok, lo=i, hi=j)
            if subject is not None and _stands_for_quoted(subject, i):
                continue  # "“some people” who feel that way, “...”": the earlier quotation's noun
            if subject is None and inverted:
                subject = _first_np_head(doc, tok.i + 1, j)  # "Said Ellis: “...”"
            if subject is not None:
                colon = colon_clause(doc, i, j, cue=tok, cues=cues)
                if colon is not None:  # "X began shouting, so I gave a new answer: “...”"
                    return QuoteAttribution("colon", _char_span(colon[0]), colon[1])
                floor = tok.i + 1 if subject.i > tok.i else i  # the cue is no part of its speaker
                mention = mention_at(subject, lo=floor, hi=j, cues=cues)
                if mention is not None:
                    return QuoteAttribution("before", _char_span(tok), mention, outlet_of(tok))
    label = _label_at_colon(doc, i, j, cues=cues)
    if label is not None:
        return label
    if last_mark is not None and last_mark.text == ":":
        colon = colon_clause(doc, i, j, cue=None, cues=cues)
        if colon is not None:  # "She grew upset, so I changed my answer: “...”": the last clause's
            return QuoteAttribution("colon", _char_span(colon[0]), colon[1])
        roots = [
            t for t in doc[i:j] if t.pos_ in {"VERB", "AUX"} and not (i <= t.head.i < j and t.head.i != t.i)
        ]
        for verb in roots:
            subject = subject_of(verb, lo=i, hi=j)
            if subject is not None:
                subject = utterance_owner(subject) or subject  # "Ana Ruiz's answer was short: “...”"
                mention = mention_at(subject, lo=i, hi=j, cues=cues)
                if mention is not None and mention.kind != "description":
                    return QuoteAttribution("colon", _char_span(verb), mention)
    named = _name_at_colon(doc, i, j, cues=cues) or verbless_label(doc, i, j, cues=cues)
    if named is not None:
        return QuoteAttribution("colon", named[0], named[1])
    return None


#: the dashes that set off a digest's source label ("Polls tighten in Ohio - Ana Ruiz: “...”")
LABEL_DASHES = frozenset({"-", "–", "—", "--"})
#: the most words a source label after a dash may have
MAX_LABEL_WORDS = 6


def _label_at_colon(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
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
    return QuoteAttribution("colon", _char_span(doc[k]), mention)


def _name_at_colon(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> tuple[tuple[int, int], Mention] | None:
    """A person's name ending right at the colon before a quotation, when no clause before it
    names a speaker, is the one quoted: ``The result did not surprise the pollster Ana Ruiz:
    “...”``; the colon is the cue."""
    k = colon_at(doc, i, j)
    mention = None if k is None else _person_before(doc, i, k, cues=cues)
    return None if mention is None else (_char_span(doc[k]), mention)


def _person_before(doc: "Doc", i: int, k: int, *, cues: CueLexicon) -> Mention | None:
    """The person whose name ends right before token ``k`` (and starts at or after ``i``)."""
    if k <= i or doc[k - 1].ent_type_ not in NAME_LABELS:
        return None
    ent = entity_of(doc[k - 1])
    if ent is None or ent.end != k or ent.start < i:
        return None
    mention = mention_at(ent.root, lo=i, hi=k, cues=cues)
    return mention if mention is not None and mention.kind == "person" else None


def _name_at_dash(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A person's name set off by a dash right before a quotation is the one quoted, whoever the
    clause's subject is: ``Critics, among them Tom Reyes -- “...” -- and ...``; the dash is the cue."""
    k = j - 1
    while k >= i and doc[k].is_space:
        k -= 1
    if k <= i or doc[k].text not in LABEL_DASHES:
        return None
    mention = _person_before(doc, i, k, cues=cues)
    return None if mention is None else QuoteAttribution("colon", _char_span(doc[k]), mention)


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


#: the subject of a lead-in sentence may be a person named, a pronoun or "the senator"
LEAD_KINDS = frozenset({"person", "pronoun", "anaphor"})
#: the fewest tokens a lead-in sentence has ("Ruiz disagreed.")
MIN_LEAD_TOKENS = 3


def lead_sentence(toks: Tokens, open_: int, *, floor: int) -> tuple[int, int] | None:
    """Token range of the sentence that ends right before the opening mark at ``open_`` (line
    breaks between them allowed), when it ends in a full stop and starts at or after ``floor``
    (no quotation in it), else None."""
    doc = toks.doc
    k = toks.last_before(open_)
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ".":
        return None
    s = k
    while s - 1 >= 0 and doc[s - 1].text not in SENTENCE_END and not (doc[s - 1].is_space and "\n" in doc[s - 1].text):
        if doc[s - 1].idx < floor or doc[s - 1].text in QUOTE_CHARS:
            return None  # a quotation or its tag in the sentence: no lead-in
        s -= 1
    while s < k and doc[s].is_space:
        s += 1
    return (s, k) if k - s >= MIN_LEAD_TOKENS - 1 else None


def from_lead(doc: "Doc", s: int, e: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The subject of the main clause of ``doc[s:e]``, a sentence just before a quotation with no
    cue of its own, when it names a person (or stands for one) and is no reported speech of its
    own: ``Ana Ruiz was blunt. “...”``."""
    roots = [t for t in doc[s:e] if t.head.i == t.i or not s <= t.head.i < e]
    if len(roots) == 1 and roots[0].pos_ == "NOUN":  # a verbless lead-in: "Ruiz's statement in full."
        return _presented(doc[s:e], s, e, cues=cues)
    if len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"}:
        return None
    root = roots[0]
    if is_cue_token(root, cues=cues) and any(c.dep_ in REPORT_DEPS | {"neg"} for c in root.children):
        return None  # reported speech of its own ("X said talks would go on."), or none ("X did not say")
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    mention = None if subject is None else mention_at(subject, lo=s, hi=e, cues=cues)
    if mention is None or mention.kind not in LEAD_KINDS:
        own = doc[s:e]  # a subject's own words: the subject (after "be" or with none, the whole lead-in)
        if subject is not None and root.lemma_.lower() != "be":
            own = doc[subject.left_edge.i : subject.right_edge.i + 1]
        return _presented(own, s, e, cues=cues)
    return QuoteAttribution("lead", _char_span(root), mention)


def _presented(words: "Span", s: int, e: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A lead-in presenting a person's words with no subject (``Read Ruiz's statement below.``), after
    "be" (``Here is the text of Ruiz's remarks.``) or as its subject (``Ruiz's reply came fast.``): the
    owner of an utterance noun in ``words`` (the subject, else the whole lead-in); never words
    someone else acts on (``Critics mocked Ruiz's statement.``)."""
    for noun in words:
        owner = utterance_owner(noun)
        mention = None if owner is None else mention_at(owner, lo=s, hi=e, cues=cues)
        if mention is not None and mention.kind in LEAD_KINDS:
            return QuoteAttribution("lead", _char_span(noun), mention)
    return None


#: the dependents by which a speech verb reports a content of its own ("said talks would go on"),
#: where one with none ("Ruiz spoke at length about the flood.") only leads in to the quotation
REPORT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def from_echo(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The sentence right after a quotation that ends its own, when it opens with a word pointing
    back to it (``echo_word``) and names the speaker as the subject of a speech verb (or of "put
    it") or as the owner of an utterance noun: ``“...” That was how Ana Ruiz put it.`` / ``So said
    Ruiz.`` / ``Those were the words of Ruiz.``"""
    while i < j and doc[i].is_space:
        i += 1
    if i >= j or doc[i].lower_ not in lexicon.word_class("echo_word") or doc[i].sent.start != i:
        return None
    hi = min(doc[i].sent.end, j)
    for word in doc[i:hi]:
        put_it = word.lemma_.lower() == "put" and word.i + 1 < hi and doc[word.i + 1].lower_ == "it"
        said = put_it or is_cue_token(word, cues=cues)
        # not "and X said nothing", "X did not say", "That is why X said the plan would fail."
        said = said and word.pos_ == "VERB" and word.dep_ != "conj"
        said = said and not any(c.dep_ == "neg" or c.dep_ in REPORT_DEPS for c in word.children)
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None) if said else None
        who = subject if subject is not None else utterance_owner(word)
        mention = None if who is None else mention_at(who, lo=i, hi=hi, cues=cues)
        if mention is not None and mention.kind in LEAD_KINDS:
            return QuoteAttribution("echo", _char_span(word), mention)
    return None


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
