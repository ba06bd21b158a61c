"""Indirect speech: reported claims without quote marks, from the dependency parse.

Two shapes, each giving the content span, the cue and the speaker mention:

* a speech or thought verb with a clausal complement: "X said (that) ...", "X warned
  that ...", "..., X said" — the content is the complement's words (not a speech clause of its
  own the parse hung before a verb that has a complement after it: in "A said X; B said Y", "A
  said X" is A's report, not part of B's);
* "according to X": the content is the clause the phrase hangs on, less the phrase
  ("According to the account of the authorities, the revolt is ..."); a relative
  "according to whom ..." takes the noun before it as the source.

Claims inside a direct quotation are the speaker's own report of others and are left to
the quotation; a complement that is itself mostly a direct quotation is left to it too.
A verb with no subject we can find gives nothing (we refuse to guess).

A quotation with no cue of its own is handed on here too (:func:`after_reported`): after
reported speech it continues it (``X said ... .`` / ``“...”``), inside a reported content it is
that report's, after a reported question it is the answer of the one asked (``Berger asked Ruiz
whether ...`` / ``“...”``), and one no rule attributes goes on with the last direct speaker of
the paragraphs before it; after a quoted question the answer is the other speaker's
(:func:`answerer`, an interview).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from seismo.extract import lexicon
from seismo.extract.quotes.attribution import SENTENCE_END, according_mention
from seismo.extract.quotes.cues import CueLexicon, is_cue_token, load_cues
from seismo.extract.quotes.marks import Paragraph, QuoteSegment, WORD_SIGNS, trailing_mark
from seismo.extract.quotes.speakers.mentions import Mention, mention_at
from seismo.extract.quotes.speakers.subjects import passive_subject, subject_of
from seismo.extract.according import according_to
from seismo.extract.syntax import subject
from seismo.nlp import doc_text, token_at

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

MIN_CONTENT_WORDS = 3
#: the most tokens a parenthetical cue may have ("he said", "officials said on Monday")
MAX_PARENTHETICAL = 7
#: a complement overlapping a direct quotation more than this share belongs to the quotation
MAX_QUOTED_SHARE = 0.5
#: a colon that does not open a quotation
_LABEL_COLON = re.compile(r":(?!\s*[“\"])")
_HEADLINE = re.compile(r"((?:[A-Z][\w.’'-]*)(?: [A-Z][\w.’'-]*){0,2}):[ \t]+([^\n]*[^\s.])")
_EDGE_WORDS = frozenset({"that", "whether", "if", ","})
#: who a parenthetical cue's own clause is about, active or passive
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Indirect:
    """One attribution without quote marks: content ``[start, end)``, the cue's characters, the
    speaker; ``kind`` ``indirect`` (a reported clause) or ``paraphrase`` (seismo.extract.quotes.paraphrase)."""

    start: int
    end: int
    cue: tuple[int, int]
    mention: Mention
    confidence: float
    kind: Literal["indirect", "paraphrase"] = "indirect"


class _Quoted:
    """Membership test for character positions inside the (sorted, disjoint) quoted spans."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.spans[k][1]


def _trimmed(doc: "Doc", tokens: list["Token"]) -> tuple[int, int] | None:
    """Characters of ``tokens`` less leading "that"/punctuation and trailing punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or tokens[0].lower_ in _EDGE_WORDS
        or tokens[0].dep_ == "mark"
    ):
        tokens = tokens[1:]
    while tokens and trailing_mark(tokens[-1]):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha or t.text in WORD_SIGNS) < MIN_CONTENT_WORDS:  # "rose 3%"
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _quoted_share(start: int, end: int, quoted: list[tuple[int, int]]) -> float:
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in quoted)
    return covered / max(1, end - start)


def _sentence_bounds(token: "Token") -> tuple[int, int]:
    sent = token.sent
    return sent.start, sent.end


def _clausal(verb: "Token") -> list["Token"]:
    """The clauses ``verb`` reports: its clausal complements, and a "that" clause with a subject
    of its own the parse hung on the listener as a relative clause (``told a meeting of growers
    that few people grasped ...``: "that" marks it, it is no relative pronoun)."""
    comps = [c for c in verb.children if c.dep_ in {"ccomp"}]
    if any(c.i > verb.i for c in comps):
        # "A said X; B said Y": "A said X" is no part of what B says; and a verb whose content
        # follows it straight on reports nothing before its subject ("Speaking about a video ...,
        # Ana Ruiz said “...”"), though a cue set off by commas does ("A, she said, that B")
        comps = [c for c in comps if c.i > verb.i or not (_own_report(c) or _fronted(verb, c, comps))]
    if comps:
        return comps
    listeners = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    for noun in listeners:
        for clause in noun.subtree:
            if clause.dep_ == "relcl" and _marked_that_clause(clause):
                return [clause]
    return []


def _fronted(verb: "Token", clause: "Token", comps: list["Token"]) -> bool:
    """Whether ``clause`` stands before the subject of a verb whose later content follows it straight
    on (past its listener, a "that" or a quote mark; no comma): a clause the parse hung on the
    verb, not a part of what it reports."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not clause.i < subject.i < verb.i:
        return False
    later = min(min(t.i for t in c.subtree) for c in comps if c.i > verb.i)
    # past the listener: "told reporters"
    heard = {t.i for c in verb.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}
    return all(
        t.i in heard or t.lower_ == "that" or (t.is_punct and t.text != ",") or t.is_space
        for t in verb.doc[verb.i + 1 : later]
    )


def _own_report(clause: "Token") -> bool:
    """Whether ``clause`` is a speech verb reporting on its own: the verb, its own subject and its own
    clausal complement ("most growers said rain was late", hung by the parse on a later "said")."""
    children = list(clause.children)
    return (
        is_cue_token(clause, cues=load_cues())
        and any(c.dep_ == "nsubj" for c in children)
        and any(c.dep_ == "ccomp" for c in children)
    )


def _marked_that_clause(clause: "Token") -> bool:
    """A clause opened by a "that" that is its marker, not its subject or object, with a subject
    of its own: a reported clause, whatever the parse hung it on."""
    children = list(clause.children)
    first = min(clause.subtree, key=lambda t: t.i)
    return (
        first.lower_ == "that"
        and first.dep_ == "mark"
        and first.head.i == clause.i
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != first.i for c in children)
    )


def _parenthetical(verb: "Token") -> list["Token"]:
    """``..., he said, local officials should ...``: the clause the short cue interrupts (all of
    its coordinated clauses, when the parse hangs the cue on the last one)."""
    own = list(verb.subtree)
    if verb.dep_ not in {"parataxis", "advcl"} or verb.head.i == verb.i or len(own) > MAX_PARENTHETICAL:
        return []
    mine = {t.i for t in own}
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "A, but B, the source added": both
        clause = clause.head
    return [t for t in clause.subtree if t.i not in mine]


def _own_sentence(verb: "Token", tokens: list["Token"]) -> list["Token"]:
    """The content words of ``verb``'s own sentence: the parse can run a sentence on into the
    next (a quotation's marks read as no boundary), and the content never crosses a full stop."""
    ends = [t.i for t in tokens if t.text in SENTENCE_END]
    before = max((i for i in ends if i < verb.i), default=-1)
    after = min((i for i in ends if i > verb.i), default=len(verb.doc))
    return [t for t in tokens if before < t.i < after]


def _from_verb(verb: "Token", cues: CueLexicon, *, quoted: bool = False,
               comps: list["Token"] | None = None) -> Indirect | None:
    made = comps is not None
    comps = _clausal(verb) if comps is None else comps
    tokens = [t for c in comps for t in c.subtree] if comps else _parenthetical(verb)
    if not tokens:
        return None
    lo, hi = _sentence_bounds(verb)
    if comps:  # "said the mine would create jobs *and insisted that* ...": the second report is not in the first
        cut = {t.i for c in comps for k in c.children if k.dep_ == "conj" and _reported_in(k, verb, cues)
               for t in (*k.subtree, *(x for x in c.children if x.dep_ == "cc" and x.i < k.i))}
        tokens = [t for t in tokens if t.i not in cut]
    outer = _second_report(verb, cues)
    # a parenthetical cue ("..., he said, ...") speaks only through its own subject
    source = (subject_of(outer if outer is not None else verb, lo=lo, hi=hi) if comps
              else subject(verb, deps=CLAUSE_SUBJECTS))
    if made and source is not None and source.i > verb.i:  # "made it known that": "it" is the clause's stand-in
        source = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if source is not None and passive_subject(verb, source):
        source = None  # "..., violations were reported": what is reported, not who reports it
    if source is None or source.i in {t.i for t in tokens} or (
        source.lower_ in lexicon.word_class("narrator") and not quoted
    ):
        return None  # no source, or the writer's own "as we know" (inside a quotation, the speaker's)
    mention = mention_at(source, lo=lo, hi=hi, cues=cues)
    if mention is None or (made and not _can_speak(source, mention, cues)):
        return None
    inverted = verb.head.i < min(t.i for t in tokens) and max(t.i for t in tokens) < source.i
    if comps and verb.dep_ == "conj" and inverted:
        # "A, but B, the source added" parsed as "A" and "added B": the source reports both
        tokens = [t for t in verb.head.subtree if t.i < source.i and t.idx < mention.start]
    span = _trimmed(verb.doc, _own_sentence(verb, tokens))
    if span is None:
        return None
    confidence = 0.7 if cues.is_speech(verb.lower_, verb.lemma_.lower()) else 0.55
    return Indirect(span[0], span[1], (verb.idx, verb.idx + len(verb.text)), mention, confidence)


def _second_report(verb: "Token", cues: CueLexicon) -> "Token | None":
    """The verb of speech whose report the parse made ``verb`` part of, where ``verb`` reports a
    clause of its own with no subject nor auxiliary of its own, joined to the first report's clause
    whose verb has an auxiliary or a "that" ("He said the mine *would* create jobs and insisted that
    ...": he insisted, not the mine); else None."""
    head = verb.head
    if (verb.dep_ != "conj" or head.dep_ != "ccomp" or not is_cue_token(verb, cues=cues)
            or not is_cue_token(head.head, cues=cues)
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
            or not any(c.dep_ == "ccomp" for c in verb.children)):
        return None
    marked = any(c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    return head.head if marked else None


def _reported_in(second: "Token", first: "Token", cues: CueLexicon) -> bool:
    outer = _second_report(second, cues)
    return outer is not None and outer.i == first.i


def _made_clear(verb: "Token") -> list["Token"]:
    """The clause "make" reports with an adjective of class ``made_clear``: "made it clear that
    talks would resume", "made known that she would run" (the parse hangs the clause on the
    verb or on the adjective); none for any other "make"."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return []
    adjective = next((c for c in verb.children if c.lower_ in lexicon.word_class("made_clear")
                      and c.dep_ in {"ccomp", "acomp", "oprd", "xcomp", "advmod"}), None)
    if adjective is None or any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not make it clear whether ...": nothing made known
    clauses = [c for c in adjective.children if c.dep_ in {"ccomp", "advcl"} and c.i > adjective.i]
    clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i]
    asked = lexicon.word_class("question_open")

    def declared(clause: "Token") -> bool:  # not "made it clear why ..." (a question: a wh-word opens it)
        first = min(clause.subtree, key=lambda t: t.i)
        return first.lower_ not in asked and first.tag_ not in {"WRB", "WP", "WDT", "WP$"}

    return [c for c in clauses if any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in c.children) and declared(c)]


def _can_speak(source: "Token", mention: "Mention", cues: CueLexicon) -> bool:
    """Whether the subject of "made it clear" is someone who can say it: a person, a body, a
    pronoun for one, or a role ("the governor"), not a thing ("the fog", "the data", "polls")."""
    if mention.kind in {"person", "org", "pronoun", "anaphor"} or source.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    lemma = source.lemma_.lower()
    return lemma in cues.roles or source.lower_ in cues.roles or lemma in lexicon.word_class("org_name_word")


def from_cue(verb: "Token", cues: CueLexicon) -> Indirect | None:
    """The clause a speech or thought verb inside a quotation reports and its source, a first
    person there the quotation's speaker, not the writer (:mod:`.nested`), or ``None``."""
    return _from_verb(verb, cues, quoted=True)


def _from_according(tok: "Token", cues: CueLexicon) -> Indirect | None:
    doc = tok.doc
    lo, hi = _sentence_bounds(tok)
    mention = according_mention(doc, tok.i, lo=lo, hi=hi, cues=cues)
    if mention is None:
        return None
    to = doc[tok.i + 1]
    cited = next((c for c in to.children if c.dep_ == "pobj"), None)
    if (cited is not None and cited.is_lower and cited.lemma_.lower() in lexicon.word_class("norm_noun")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in cited.children)):  # not "the demands of the union"
        return None  # "handled according to the treaty", "prices set according to demand": a rule followed, no source
    pcomps = [c for c in tok.children if c.dep_ == "pcomp"] + [c for c in to.children if c.dep_ == "pcomp"]
    source = {t.i for c in to.children if c.dep_ == "pobj" for t in c.subtree}
    drop = {tok.i, to.i} | source
    if pcomps:  # "according to whom the unrest ... represents a lesson"
        base = [t for c in pcomps for t in c.subtree]
    elif tok.head.i != tok.i:  # "According to X, the revolt is ..." / "..., according to X"
        drop |= {t.i for t in tok.subtree}
        base = list(tok.head.subtree)
    else:
        return None
    tokens = [
        t for t in base if lo <= t.i < hi and t.i not in drop and not (mention.start <= t.idx < mention.end)
    ]
    span = _trimmed(doc, tokens)
    if span is None:
        return None
    cue = (tok.idx, to.idx + len(to.text))
    return Indirect(span[0], span[1], cue, mention, 0.7)


def find_indirect(doc: "Doc", *, quoted: list[tuple[int, int]], cues: CueLexicon) -> list[Indirect]:
    """Indirect attributions in ``doc`` outside the quotations ``quoted`` (content spans)."""
    out: list[Indirect] = []
    inside = _Quoted(quoted)
    for i in _candidates(doc, cues):
        tok = doc[i]
        if tok.idx in inside:
            continue
        found: Indirect | None = None
        if according_to(tok, as_written=True) is not None:
            found = _from_according(tok, cues)
        elif is_cue_token(tok, cues=cues) and not (tok.dep_ != "ROOT" and _made_clear(tok.head)):
            found = _from_verb(tok, cues)  # ("made it known that ...": "made" reports it)
        elif made_clear := _made_clear(tok):
            found = _from_verb(tok, cues, comps=made_clear)
        if found is None or found.mention.start in inside:
            continue
        kept = in_paragraph(doc_text(doc), [found])  # what runs over a break is no part of the share
        if not kept:
            continue
        found = kept[0]
        if _quoted_share(found.start, found.end, quoted) > MAX_QUOTED_SHARE:
            continue
        out.append(found)
    return _dedupe(out)


def find_headline_claim(doc: "Doc", *, first_paragraph: tuple[int, int], cues: CueLexicon,
                        is_town: "Callable[[str], bool] | None" = None) -> Indirect | None:
    """A headline that credits its claim to a source before a colon: "Pence: Flowers Won't Be at Debate".

    Only the first paragraph (where a headline sits), only a source of one to three
    capitalised words, and only a claim of three words or more; not a town written in capitals
    (``is_town``) before a story in ordinary case, which is a dateline ("PATNA: Police arrested
    ...": the town claims nothing).
    """
    start, end = first_paragraph
    match = _HEADLINE.match(doc_text(doc), start, end)
    if match is None or len(match.group(2).split()) < MIN_CONTENT_WORDS:
        return None
    head_char = match.end(1) - 1
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or span[0].lower_ in cues.headline_labels or span.root.pos_ not in {"PROPN", "NOUN"}:
        return None
    if span.text.lower() in lexicon.word_class("question_label") | lexicon.word_class("answer_label"):
        return None  # an interview's "Q: ..." asks, it claims nothing
    if is_town is not None and span.text.isupper() and not match.group(2).isupper() and is_town(span.text):
        return None
    mention = mention_at(span[-1], lo=span.start, hi=span.end, cues=cues)
    if mention is None or head_char < mention.start:
        return None
    colon = match.end(1)
    return Indirect(match.start(2), match.end(2), (colon, colon + 1), mention, 0.6)


@lru_cache(maxsize=8)
def _cue_ids(cues: CueLexicon) -> frozenset[int]:
    """The cue forms and lemmas as spaCy string ids (a hash of the string, the same in every vocab)."""
    from spacy.strings import get_string_id

    words = cues.speech_forms | cues.thought_forms | {"according", "make"} | cues.speech_lemmas | cues.thought_lemmas
    return frozenset(get_string_id(w) for w in words)


def _candidates(doc: "Doc", cues: CueLexicon) -> list[int]:
    """Indices of tokens that may be cues, read from the attribute arrays (no Token objects)."""
    from spacy.attrs import LEMMA, LOWER

    if len(doc) == 0:
        return []
    wanted = _cue_ids(cues)
    rows = doc.to_array([LOWER, LEMMA]).tolist()
    return [i for i, (lower, lemma) in enumerate(rows) if lower in wanted or lemma in wanted]


def _dedupe(items: list[Indirect]) -> list[Indirect]:
    """One attribution per content span; a content nested in another by the same cue is dropped."""
    seen: set[tuple[int, int]] = set()
    out: list[Indirect] = []
    for item in sorted(items, key=lambda x: (x.start, -x.end)):
        if (item.start, item.end) in seen:
            continue
        seen.add((item.start, item.end))
        out.append(item)
    return out


def across_break(text: str, item: Indirect) -> bool:
    """A speaker before its cue with a colon or a line break between them belongs to a headline
    or label, not to the clause ("The Latest: Trump urges ..."); a colon that opens a quotation
    ("X said: “...” and noted ...") is no such break."""
    if item.mention.end > item.cue[0]:
        return False
    gap = text[item.mention.end : item.cue[0]]
    return "\n" in gap or _LABEL_COLON.search(gap) is not None


def in_paragraph(text: str, items: list[Indirect]) -> list[Indirect]:
    """Reported speech never runs over a line break: a content the parse carried into the next
    paragraph (or back into the previous one) keeps only its part on the cue's side of the break;
    one left with fewer than two words is dropped, and so is one wholly past a break after its cue
    (``X writes:`` / an excerpt: the excerpt's own attributions speak there)."""
    out = []
    for item in items:
        start, end = item.start, item.end
        if item.cue[1] <= start and "\n" in text[item.cue[1] : start]:
            continue
        if "\n" in text[start:end]:
            cue = item.cue[0]
            if cue >= end:  # "..., X said": the part before the cue, after the last break
                start = max(start, text.rfind("\n", start, end) + 1)
            else:
                before = text.rfind("\n", start, max(start, cue))
                start = before + 1 if before >= 0 else start
                after = text.find("\n", max(start, cue), end)
                end = after if after >= 0 else end
            while start < end and not text[start].isalnum() and text[start] not in "“\"'‘":
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
                end -= 1
            if len(text[start:end].split()) < 2:
                continue
            item = replace(item, start=start, end=end)
        out.append(item)
    return out


#: a content cut before a claim nested in it keeps at least this many words
MIN_OUTER_WORDS = 3


def before_nested(
    doc: "Doc", items: list[Indirect], *, cues: CueLexicon, quoted: list[tuple[int, int, Mention]] = ()
) -> list[Indirect]:
    """A reported content that runs on into another report with a source of its own, starting
    inside it (``X said the plan fails where experts say it would help``, ``..., after he
    admitted ...``), ends before that report's source or content, whichever comes first, when
    at least :data:`MIN_OUTER_WORDS` words are left: each claim keeps the words its own source
    stands behind.  Only a speech verb's report cuts (what the outer report says others think
    is its own content), not one in a relative clause on a noun of the content (``the money he
    says he raised``) unless a relative pronoun opens it (``the routes, which she said were
    closed``: the clause is her claim about them), and an "according to" frames its whole sentence.  A direct quotation
    (``quoted``: its opening mark, its cue and its speaker) whose speaker is named inside the
    content cuts it the same way (``X said ..., and when pressed, Y replied, “...”``)."""
    text = doc_text(doc)
    cutting = [o for o in items if _cuts(token_at(doc, o.cue[0]), cues)]
    out = []
    for item in items:
        inner = [
            min(o.start, o.mention.start) for o in cutting
            if o is not item and item.start < o.mention.start < item.end and item.start < o.start
            and o.cue[0] > item.cue[1]
        ]  # fmt: skip
        inner += [
            min(open_, mention.start) for open_, cue, mention in quoted
            if item.cue[1] < cue and item.start < mention.start < item.end and mention.start != item.mention.start
            and _cuts(token_at(doc, cue), cues)
        ]  # fmt: skip
        framing = (tok := token_at(doc, item.cue[0])) is not None and according_to(tok, as_written=True) is not None
        if inner and not framing:
            end = _clause_end(doc, item.start, min(inner))
            if len(text[item.start : end].split()) >= MIN_OUTER_WORDS:
                item = replace(item, end=end)
        out.append(item)
    return out


def _clause_end(doc: "Doc", start: int, end: int) -> int:
    """Where a content cut at ``end`` stops: before the punctuation, conjunctions, subordinators
    and wh-words that open the clause cut off (``the vote was rigged | after the judge admitted``)."""
    kept = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    while kept and (
        kept[-1].is_punct or kept[-1].is_space or kept[-1].pos_ in {"SCONJ", "CCONJ"}
        or kept[-1].dep_ in {"mark", "cc"} or kept[-1].tag_ in {"WDT", "WP", "WRB"}
    ):  # fmt: skip
        kept.pop()
    return kept[-1].idx + len(kept[-1].text) if kept else start


def _cuts(cue: "Token | None", cues: CueLexicon) -> bool:
    """A report that ends the content it sits in: a speech verb's, outside a relative clause
    unless the clause is a report of its own set off by a relative pronoun that the verb's own
    subject speaks about (``..., which he said were ...``, ``a finish that she said ...``)."""
    if cue is None or not cues.is_speech(cue.lower_, cue.lemma_.lower()):
        return False
    return cue.dep_ != "relcl" or _relative_report(cue)


def _relative_report(cue: "Token") -> bool:
    """A speech verb heading a relative clause that opens with a relative pronoun and has a
    subject of its own after it: the pronoun is part of what is reported (``the routes, which
    she said were closed``), not the words of the noun's holder (``the money he says he raised``
    has no pronoun)."""
    first = min(cue.subtree, key=lambda t: t.i)
    if first.lower_ not in lexicon.word_class("relative_pronoun") or first.tag_ not in {"WDT", "WP"}:
        return False
    return any(c.dep_ == "nsubj" and c.i > first.i for c in cue.children)


def reported_before(
    seg: QuoteSegment, indirects: list[Indirect], *, text: str, paras: tuple[Paragraph, ...], prior: bool
) -> Indirect | None:
    """The reported speech a speakerless quotation continues: the last before it in its paragraph,
    with no quotation and at most one sentence break between them, else (``prior``, for a quotation
    opening its paragraph) the last of the previous paragraph, in the sentence that ends it."""
    para = paras[seg.paragraph]
    spots = [(para.start, seg.open, indirects, 1)]
    if prior and seg.paragraph > 0 and not text[para.start : seg.open].strip():
        prior = paras[seg.paragraph - 1]
        spots.append((prior.start, prior.end, [ind for ind in indirects if ind.kind == "indirect"], 0))
    for lo, hi, found, breaks in spots:
        before = [ind for ind in found if lo <= ind.start and ind.end <= hi]
        if not before:
            continue
        last = max(before, key=lambda ind: ind.end)
        gap = text[last.end : hi]
        if not any(mark in gap for mark in '“”"') and gap.count(". ") <= breaks:
            return last
        return None
    return None


# --- handing a quotation with no cue of its own to a speaker quoted before it ----------------


