"""The speaker of a quotation with no cue of its own, from the sentences and quotations around it.

* a lead-in sentence before it whose subject is a person, or that presents a person's words
  (``Ana Ruiz was blunt. “...”``, ``Here is the text of Ruiz's remarks.``): :func:`from_lead`;
* a sentence after it that points back at it (``“...” That was how Ana Ruiz put it.``, ``That
  warning came from Ana Ruiz.``, ``With those words, Ana Ruiz ...``), in its paragraph or opening
  the next: :func:`from_echo`; after a quotation that opens the article, the person the next
  paragraph opens on (``“...”`` / ``Ana Ruiz was among its critics.``): :func:`lede_subject`;
* reported speech before it in its paragraph, or ending the paragraph before, that it goes on
  with (``X said ... . “...”``), a reported question it answers, and at lower confidence the last
  direct speaker of the paragraphs before it when it opens its sentence or holds its main clause
  (``Still, “...”``): :func:`after_reported`;
* in an exchange, the one answering a quoted question: :func:`answerer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.attribution import QUOTE_CHARS, SENTENCE_END, QuoteAttribution, Tokens, char_span
from seismo.extract.quotes.cues import is_cue_token, load_cues
from seismo.extract.quotes.indirect import Indirect, reported_before
from seismo.extract.quotes.marks import Paragraph, QuoteSegment
from seismo.extract.quotes.speakers.mentions import SUBJECT_DEPS, Mention, appositive_name, mention_at
from seismo.extract.quotes.speakers.subjects import utterance_owner
from seismo.nlp import doc_text, token_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from seismo.extract.quotes.cues import CueLexicon


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
    mention = _named(doc, mention, cues=cues)
    if mention is None or mention.kind not in LEAD_KINDS:
        own = doc[s:e]  # a subject's own words: the subject (after "be" or with none, the whole lead-in)
        if subject is not None and root.lemma_.lower() != "be":
            own = doc[subject.left_edge.i : subject.right_edge.i + 1]
        return _presented(own, s, e, cues=cues)
    return QuoteAttribution("lead", char_span(root), mention)


def _presented(words: "Span", s: int, e: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A lead-in presenting a person's words with no subject (``Read Ruiz's statement below.``), after
    "be" (``Here is the text of Ruiz's remarks.``) or as its subject (``Ruiz's reply came fast.``): the
    owner of an utterance noun in ``words`` (the subject, else the whole lead-in); never words
    someone else acts on (``Critics mocked Ruiz's statement.``)."""
    for noun in words:
        owner = utterance_owner(noun)
        mention = None if owner is None else mention_at(owner, lo=s, hi=e, cues=cues)
        if mention is not None and mention.kind in LEAD_KINDS:
            return QuoteAttribution("lead", char_span(noun), mention)
    return None


#: the dependents by which a speech verb reports a content of its own ("said talks would go on"),
#: where one with none ("Ruiz spoke at length about the flood.") only leads in to the quotation
REPORT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def from_echo(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The sentence right after a quotation that ends its own, when it opens with a word pointing
    back to it (``echo_word``) and names the speaker as the subject of a speech verb (or of "put
    it") or as the owner of an utterance noun: ``“...” That was how Ana Ruiz put it.`` / ``So said
    Ruiz.`` / ``Those were the words of Ruiz.`` / ``The warning came from Ruiz.``; or whose speech
    verb takes "this" alone for the quotation (``Ruiz said this on Monday.``)."""
    while i < j and doc[i].is_space:
        i += 1
    if i < j and doc[i].lower_ == "with":
        return _with_those_words(doc, i, j, cues=cues)
    if i >= j:
        return None
    if doc[i].lower_ in lexicon.word_class("echo_word") or _the_words(doc[i]):
        return _echo_in(doc, i, j, cues=cues)
    return _said_this(doc, i, j, cues=cues)


def _the_words(first: "Token") -> bool:
    """A sentence opening on "the" and an utterance noun as its subject points back at the
    quotation before it like "that" does: ``“...” The warning came from Ana Ruiz.``"""
    noun = first.head
    return (
        first.lower_ == "the" and first.dep_ == "det" and noun.dep_ in SUBJECT_DEPS
        and not lexicon.word_class("utterance_noun").isdisjoint({noun.lemma_.lower(), noun.lower_})
        and all(t.pos_ in {"ADJ", "NOUN"} for t in first.doc[first.i + 1 : noun.i])
    )


def _said_this(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A sentence after a quotation whose speech verb takes "this" or "that" alone as its object,
    the words just quoted: its subject said them (``“...” The mayor, Ana Ruiz, said this on the
    shore.``)."""
    if any(not (t.is_space or t.is_punct) for t in doc[doc[i].sent.start : i]):
        return None
    root = doc[i].sent.root
    if not (is_cue_token(root, cues=cues) and root.pos_ == "VERB" and root.i < j):
        return None
    if not _this_object(root):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    hi = min(doc[i].sent.end, j)
    mention = None if subject is None else mention_at(subject, lo=i, hi=hi, cues=cues)
    mention = _named(doc, mention, cues=cues)
    if mention is None or mention.kind not in LEAD_KINDS:
        return None
    return QuoteAttribution("echo", char_span(root), mention)


def _this_object(verb: "Token") -> bool:
    """Whether "this" or "that" alone, a pronoun, is the object right after ``verb``, the words
    quoted before ("said this on Monday"; the parse may make it the subject of a participle after
    it: "said this standing on the shore"), not a clause it opens ("said this is wrong")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    word = doc[verb.i + 1]
    if word.lower_ not in {"this", "that"} or word.pos_ != "PRON" or list(word.children):
        return False
    return (word.head.i == verb.i and word.dep_ == "dobj") or (word.head.tag_ == "VBG" and word.head.head.i == verb.i)


def _echo_in(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The speaker named in a sentence opening ``doc[i:j]`` that points back at the quotation
    before it (:func:`from_echo`)."""
    if any(not (t.is_space or t.is_punct) for t in doc[doc[i].sent.start : i]):
        return None  # not the start of its sentence (a closing mark the parse hung on it is no word)
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
        # an utterance's owner may be an organisation, or a name the model took for one ("That
        # warning came from Ana Ruiz"): the words are its
        kinds = LEAD_KINDS if subject is not None else LEAD_KINDS | {"org"}
        if mention is not None and mention.kind in kinds:
            return QuoteAttribution("echo", char_span(word), mention)
    return None


def lede_subject(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The subject of the first sentence of the paragraph after a quotation that opens the article
    as a paragraph of its own, when it names a person: the story's quotation lede
    (``“...”`` / ``Senator Ana Ruiz was among those who condemned the plan.``)."""
    while i < j and doc[i].is_space:
        i += 1
    if i >= j:
        return None
    root = doc[i].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not i <= subject.i < j:
        return None
    mention = mention_at(subject, lo=i, hi=j, cues=cues)
    mention = _named(doc, mention, cues=cues)
    if mention is None or mention.kind != "person":
        return None
    return QuoteAttribution("lead", char_span(root), mention)


def _with_those_words(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """A sentence right after a quotation opening with "with", a word pointing back (``echo_word``)
    and an utterance noun (``utterance_noun``): the subject of its main clause, a person, said
    the quotation (``“...”`` / ``With those words, Ana Ruiz opened the session.``)."""
    if i + 2 >= j or doc[i + 1].lower_ not in lexicon.word_class("echo_word"):
        return None
    noun = doc[i + 2]
    if lexicon.word_class("utterance_noun").isdisjoint({noun.lemma_.lower(), noun.lower_}):
        return None
    # the clause "with" opens (the parse may have run the quotation's sentence on into it)
    root = doc[i].head if doc[i].dep_ == "prep" and doc[i].head.i > noun.i else doc[i].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i > noun.i), None)
    mention = None if subject is None else mention_at(subject, lo=noun.i + 1, hi=j, cues=cues)
    mention = _named(doc, mention, cues=cues)
    if mention is None or mention.kind not in LEAD_KINDS:
        return None
    return QuoteAttribution("echo", char_span(noun), mention)


# --- handing a quotation with no cue of its own to a speaker quoted before it ----------------

#: a quotation with no speaker at all is the last speaker's, quoted within this many paragraphs
NEARBY_PARAGRAPHS = 3


@dataclass(frozen=True, slots=True)
class Direct:
    """A quotation (its segments) and how it was attributed."""

    segments: tuple[QuoteSegment, ...]
    attribution: QuoteAttribution


def after_reported(
    doc: "Doc", directs: list[Direct], indirects: list[Indirect], *, paras: tuple[Paragraph, ...]
) -> list[Direct]:
    """A quotation with no speaker that follows reported speech in its paragraph, with nothing but
    that speech's sentence between them, continues it: ``X said ... . “...”``; so does one that
    would otherwise continue a quotation of an earlier paragraph (the new paragraph's reported
    speech names the new speaker).  A quotation opening its paragraph looks on into the paragraph
    before, when it has no quotation to continue, if that one ends in a sentence of reported
    speech: the newspaper's way of letting a speaker go on in the next paragraph (``X said ... .``
    / ``“...”``); only a reported clause hands it on there, not a paraphrase.  One inside a
    reported content is that report's speaker's (a headline's ``Trump: “I will win.”``)."""
    text = doc_text(doc)
    out = []
    previous_paragraph = -1
    for direct in directs:
        seg = direct.segments[0]
        how = direct.attribution.how
        from_before_paragraph = how == "continuation" and previous_paragraph < seg.paragraph
        previous_paragraph = direct.segments[-1].paragraph
        holder = next((r for r in indirects if r.start <= seg.start and seg.end <= r.end), None)
        if how == "none" and holder is not None:  # "Trump: “I will win.”": the report quotes it
            direct = Direct(direct.segments, QuoteAttribution("continuation", holder.cue, holder.mention))
        elif how == "none" or from_before_paragraph:
            last = reported_before(seg, indirects, text=text, paras=paras, prior=how == "none")
            asked = last is not None and doc[last.mention.head].dep_ == "nsubjpass"  # "X was asked ...": X answers
            if last is not None and not asked and _asks(text, last):  # "Berger asked whether ..." / "“...”"
                answer = answerer(text, out, Direct((), QuoteAttribution("continuation", last.cue, last.mention)))
                if answer.attribution.mention is not last.mention:
                    direct = Direct(direct.segments, answer.attribution)
                elif (asked_one := _asked(doc, last)) is not None:  # "Berger asked Ruiz whether ..."
                    direct = Direct(direct.segments, QuoteAttribution("continuation", last.cue, asked_one))
            elif last is not None:
                direct = Direct(direct.segments, QuoteAttribution("continuation", last.cue, last.mention))
        before = text[paras[seg.paragraph].start : seg.open].rstrip()
        if direct.attribution.how == "none" and (not before or before[-1] in ".!?”\"" or _after_adjunct(doc, seg)):
            direct = _nearby(direct, out, indirects)  # a quotation opening its sentence, or its main clause
        if direct.attribution.how == "none":
            direct = _in_clause(doc, direct)  # "Ruiz credited the win to “...”"
        out.append(direct)
    return out


def _after_adjunct(doc: "Doc", seg: QuoteSegment) -> bool:
    """Whether a quotation holds its sentence's main clause after an opening phrase set off by a
    comma, with no quotation in it (``Still, “the money runs out in May.”``, ``Unless the
    council acts, “the school will close.”``): it goes on like one opening its sentence."""
    token = token_at(doc, seg.start)
    if token is None:
        return False
    sent = token.sent
    lead = doc_text(doc)[sent.start_char : seg.open].rstrip(" '‘")  # a doubled apostrophe opens with two marks
    if not lead.endswith(",") or any(c in QUOTE_CHARS for c in lead) or "\n" in lead:
        return False
    return seg.start <= sent.root.idx < seg.end


#: the most links climbed from the quoted words to the clause they sit in
CLAUSE_CLIMB = 8


def _in_clause(doc: "Doc", direct: Direct) -> Direct:
    """A quotation no rule gives a speaker that sits inside a clause whose subject comes before it
    in its sentence is, at lower confidence, that subject's words: the subject of the outermost
    speech verb above the quoted words (``Ruiz said during the debate that the plan was “...”``),
    else of the nearest verb above them with an active subject of its own (``Ruiz credited her win
    to “...”``, ``He urged the council to “...”``), when it names a person, an organisation or a
    group or stands for one.  A quotation holding its sentence's root is a clause of its own, and a passive
    subject ("X was asked “...”") is never the speaker, nor the subject of a clause the quoted words
    go on with (``Ruiz called it a “mess” because the city “never asked ...”``): such a clause
    is reported speech only inside a speech verb's clausal complement (:func:`_reported_clause`)."""
    seg = direct.segments[0]
    toks = Tokens(doc)
    i, j = toks.first_at_or_after(seg.start), toks.first_at_or_after(seg.end)
    if i >= min(j, len(doc)):
        return direct
    token = doc[i]
    for _ in range(CLAUSE_CLIMB):  # out of the quotation
        if any(c.dep_ in SUBJECT_DEPS and c.i < i for c in token.children):
            # the quoted clause's own subject stands before it: "the city “never asked ...”"; it is
            # reported speech only as (part of) a speech verb's clausal complement
            return _reported_clause(doc, direct, token, i)
        if token.head.i == token.i:
            return direct
        token = token.head
        if not i <= token.i < j:
            break
    else:
        return direct
    cues = load_cues()
    found: list[tuple["Token", "Token"]] = []  # (verb, its subject) on the way up, nearest first
    for _ in range(CLAUSE_CLIMB):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.i < i and subject.sent.start == doc[i].sent.start:
            found.append((token, subject))
        if token.head.i == token.i:
            break
        token = token.head
    said = [(verb, subject) for verb, subject in found if is_cue_token(verb, cues=cues)]
    for verb, subject in (said[-1:] or found[:1]):
        mention = mention_at(subject, lo=subject.sent.start, hi=i, cues=cues)
        if mention is not None and mention.kind != "description":  # "the plan is “...”" names no one
            return Direct(direct.segments, QuoteAttribution("clause", char_span(verb), mention))
    return direct


def _reported_clause(doc: "Doc", direct: Direct, verb: "Token", i: int) -> Direct:
    """A quotation going on with a clause that has a subject of its own before it (``verb``) is,
    at lower confidence, the words of the subject of the nearest speech verb above whose clausal
    complement holds that clause (``Ruiz said that the council would “never back down”``, ``Ruiz
    said it was “a win” because it would “end the waiting”``); a clause joined to the speech verb
    any other way is no report of it (``Ruiz called it a “mess” because the city “never asked”``)."""
    cues = load_cues()
    token = verb
    for _ in range(CLAUSE_CLIMB):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "ccomp" and is_cue_token(head, cues=cues):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i >= i or subject.sent.start != doc[i].sent.start:
                return direct
            mention = mention_at(subject, lo=subject.sent.start, hi=i, cues=cues)
            if mention is None or mention.kind == "description":
                return direct
            return Direct(direct.segments, QuoteAttribution("clause", char_span(head), mention))
        token = head
    return direct


def _nearby(direct: Direct, before: list[Direct], reported: list[Indirect]) -> Direct:
    """A quotation no rule gives a speaker is, at lower confidence, the speaker of the last direct
    quotation within :data:`NEARBY_PARAGRAPHS` before it, when no reported speech came between: a
    news story lets the one it quotes go on after a sentence of its own (``“...,” Ruiz said.`` /
    ``The council did not answer.`` / ``“...”``)."""
    seg = direct.segments[0]
    last = next((d for d in reversed(before) if d.attribution.mention is not None), None)
    if last is None or seg.paragraph - last.segments[-1].paragraph > NEARBY_PARAGRAPHS:
        return direct
    if any(last.segments[-1].end <= r.start and r.end <= seg.open for r in reported):
        return direct  # "X said ... . The vote is in May." / "“...”": reported speech hands on only as it closes its paragraph
    return Direct(direct.segments, QuoteAttribution("nearby", last.attribution.cue, last.attribution.mention))


def answerer(text: str, before: list[Direct], question: Direct) -> Direct:
    """Who a speakerless quotation opening the paragraph after a quoted question (or a reported
    one, with no segments) speaks for: the last one quoted before the asker, under another name,
    as in an interview (``“...,” she replied.`` / ``“Why not?” Berger asked.`` / ``“Because
    ...”``); the asker, when the quotation before it is no question or no one else was quoted."""
    last = question.segments[-1] if question.segments else None
    asked = last is None or text[last.start : last.end].rstrip(" ”\"'’").endswith("?")
    if not asked or question.attribution.mention is None:
        return question
    asker = _last_word(text, question.attribution.mention)
    for earlier in reversed(before[:-1] if before and before[-1] is question else before):
        mention = earlier.attribution.mention
        if mention is not None and _last_word(text, mention) != asker:
            return earlier
    return question


def _asks(text: str, reported: Indirect) -> bool:
    """Whether reported speech is a question ("X asked whether ..."): its cue a verb of asking."""
    cue = text[reported.cue[0] : reported.cue[1]].lower()
    return any(cue.startswith(verb) for verb in lexicon.word_class("asking_verb"))


def _asked(doc: "Doc", question: Indirect) -> Mention | None:
    """The person a reported question was put to: the asking verb's object ("asked Ruiz whether")."""
    cue = token_at(doc, question.cue[0])
    if cue is None:
        return None
    listener = next((c for c in cue.children if c.dep_ in {"dobj", "dative"}), None)
    if listener is None:
        return None
    mention = mention_at(listener, lo=cue.sent.start, hi=cue.sent.end, cues=load_cues())
    return mention if mention is not None and mention.kind in {"person", "pronoun"} else None


def _last_word(text: str, mention: Mention) -> str:
    words = text[mention.start : mention.end].split()
    return words[-1].lower() if words else ""


def _named(doc: "Doc", mention: Mention | None, *, cues: CueLexicon) -> Mention | None:
    """A description's person as named in apposition to it ("The union's spokeswoman, Ana Ruiz,
    disagreed.": Ana Ruiz; :func:`~seismo.extract.quotes.speakers.mentions.appositive_name`); any
    other mention as it is."""
    if mention is not None and mention.kind == "description":
        return appositive_name(doc, mention, cues=cues) or mention
    return mention
