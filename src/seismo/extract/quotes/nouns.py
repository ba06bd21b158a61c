"""Reported speech through a noun: "the governor's claim that ...", "a Reuters report that ...",
"her call for talks", "the senator made a sharp criticism of the deal".

A reporting noun (``data/quote_report_nouns.tsv``) with a complement its row allows — a
that-clause, a to-infinitive or a preposition ("claim about", "call for") — is a paraphrase
whose content is that complement.  Its source is the noun's holder, and only a holder the
sentence names: its possessive ("Trump's claim"), a name compounded with it ("a Reuters
report"), a holder preposition ("claims by officials"), or the subject of a light verb taking
it as object ("the union sounded a call for ...", "she voiced concern that ...").  A noun with
no holder gives nothing ("amid growing concerns that ...": whose, the sentence does not say),
nor does the writer's own "we", nor a relative pronoun (a description more often than a
report).  Contents already reported as a quote are left to it.

A poll or study (the table's ``## finding`` rows) is the source of the clause that "in" it
sets off first ("In the latest survey, the governor leads by six points": an ``indirect``
quote, like "according to the survey, ..."), unless the clause's verb is a cue of its own
("In the survey, she said ...": hers).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.attribution import QuoteAttribution
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.quotes.indirect import Indirect
from seismo.extract.quotes.marks import trailing_mark
from seismo.extract.quotes.paraphrase import CONFIDENCE, claim_free, paraphrase_verbs, source_of
from seismo.extract.quotes.speakers.mentions import MentionKind, mention_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

TABLE = "quote_report_nouns.tsv"
SECTIONS = ("noun", "light", "holder", "possessive", "finding")
#: entity labels of a phrase that only dates the act ("his remarks on Saturday")
TIME_LABELS = frozenset({"DATE", "TIME"})
#: entity labels of a name compounded with the noun that holds it ("a Reuters report")
HOLDER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: clause links of a noun's complement clause (spaCy tags "the claim that X" as ``acl``)
CLAUSE_DEPS = frozenset({"acl", "ccomp"})
#: a clause or infinitive complement has at least this many words; a prepositional one, one
MIN_CLAUSE_WORDS = 3
#: the parts of speech of a clause's head a finding hangs on
CLAUSE_POS = frozenset({"VERB", "AUX"})
_EDGE = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "that", "whether"})


@dataclass(frozen=True, slots=True)
class NounLexicon:
    """``frames``: reporting noun lemma → what may hold its content; ``light``: light verb lemmas;
    ``holders``: prepositions that introduce a noun's holder; ``possessives``: possessive
    determiner → the kind of speaker mention it is ("his" → pronoun); ``findings``: nouns of a
    poll or study whose findings "in" introduces."""

    frames: dict[str, frozenset[str]]
    light: frozenset[str]
    holders: frozenset[str]
    possessives: dict[str, MentionKind]
    findings: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def report_nouns() -> NounLexicon:
    frames: dict[str, frozenset[str]] = {}
    light: set[str] = set()
    holders: set[str] = set()
    possessives: dict[str, MentionKind] = {}
    findings: set[str] = set()
    for row in lexicon.read(TABLE, columns=(1, 2), sections=SECTIONS):
        word = row[0].lower()
        if row.section == "possessive":
            possessives[word] = "group" if row.get(1) == "group" else "pronoun"
        elif row.section == "light":
            light.add(word)
        elif row.section == "holder":
            holders.add(word)
        elif row.section == "finding":
            findings.add(word)
        else:
            frames[word] = frozenset((row.get(1) or "clause").split())
    return NounLexicon(frames, frozenset(light), frozenset(holders), possessives, frozenset(findings))


def _marked(clause: "Token", dep: str, words: frozenset[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in clause.children)


def _complement(noun: "Token", frames: frozenset[str]) -> "tuple[Token, bool] | None":
    """The first complement of ``noun`` its frames allow, and whether it is a preposition."""
    for child in noun.rights:
        if "clause" in frames and child.dep_ in CLAUSE_DEPS and _marked(child, "mark", frozenset({"that", "whether"})):
            return child, False
        if "inf" in frames and child.dep_ in CLAUSE_DEPS | {"xcomp"} and _marked(child, "aux", frozenset({"to"})):
            return child, False
        if child.dep_ == "prep" and child.lower_ in frames and not _is_time(child):
            return child, True
    return None


def _is_time(prep: "Token") -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children)


def _holder(noun: "Token", lex: NounLexicon, *, lo: int, hi: int) -> "Token | None":
    """Who holds the claim, demand or warning, when the sentence names them (module docstring)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in HOLDER_LABELS]
    if names:
        return names[-1]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in lex.holders:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lex.light:
        return source_of(verb, lo=lo, hi=hi)
    return None


def _span(tokens: list["Token"], *, lo: int, hi: int, min_words: int) -> tuple[int, int] | None:
    tokens = sorted((t for t in tokens if lo <= t.i < hi), key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].lower_ in _EDGE or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and trailing_mark(tokens[-1]):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < min_words:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def from_noun(noun: "Token", cues: CueLexicon) -> Indirect | None:
    """The paraphrase the reporting ``noun`` carries, or ``None``."""
    lex = report_nouns()
    frames = lex.frames.get(noun.lemma_.lower())
    if frames is None:
        return None
    found = _complement(noun, frames)
    if found is None:
        return None
    head, is_prep = found
    sent = noun.sent
    lo, hi = sent.start, sent.end
    holder = _holder(noun, lex, lo=lo, hi=hi)
    if holder is None or holder.lower_ in lexicon.word_class("narrator"):
        return None
    mention = mention_at(holder, lo=lo, hi=hi, cues=cues)
    if mention is None or mention.antecedent is not None:
        return None
    if holder.tag_ == "PRP$" and holder.lower_ in lex.possessives:  # "his claim": resolved like "he"
        mention = replace(mention, kind=lex.possessives[holder.lower_])
    tokens = [t for t in head.subtree if not (is_prep and t.i == head.i)]
    if holder.i in {t.i for t in tokens}:
        return None
    span = _span(tokens, lo=lo, hi=hi, min_words=1 if is_prep else MIN_CLAUSE_WORDS)
    if span is None:
        return None
    cue_end = head if is_prep else noun
    return Indirect(span[0], span[1], (noun.idx, cue_end.idx + len(cue_end.text)), mention, CONFIDENCE,
                    kind="paraphrase")


def holding_quotation(doc: "Doc", i: int, j: int, *, cues: CueLexicon) -> QuoteAttribution | None:
    """The holder of the nearest reporting noun in ``doc[i:j]`` whose complement the quotation
    opening at ``doc[j]`` runs in: "growers are furious with Ruiz over her claim that “...”"
    (her), "the ministry's warning that “...”" (the ministry), as the noun's paraphrase names it
    (:func:`from_noun`); a noun whose complement ends before the quotation holds none of it."""
    if j + 1 >= len(doc):
        return None
    opening = doc[j + 1].idx
    frames = report_nouns().frames
    for tok in reversed(doc[i:j]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in frames:
            continue
        found = from_noun(tok, cues)
        if found is not None and found.start <= opening < found.end:
            return QuoteAttribution("before", found.cue, found.mention)
    return None


@lru_cache(maxsize=1)
def _noun_ids() -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in report_nouns().frames)


def find_report_nouns(doc: "Doc", *, taken: list[tuple[int, int]], cues: CueLexicon) -> list[Indirect]:
    """Paraphrases carried by reporting nouns whose content and holder overlap none of ``taken``."""
    from spacy.attrs import LEMMA, POS
    from spacy.symbols import NOUN

    if len(doc) == 0:
        return []
    wanted = _noun_ids()
    rows = doc.to_array([LEMMA, POS]).tolist()
    nouns = (doc[i] for i, (lemma, pos) in enumerate(rows) if lemma in wanted and pos == NOUN)
    return claim_free(nouns, lambda noun: from_noun(noun, cues), taken=taken)


def from_finding(prep: "Token", cues: CueLexicon) -> Indirect | None:
    """``In the latest poll, X leads by five points``: the clause "in" a poll or study hangs on
    is that poll's finding, when the clause is no one's report of its own (its verb no cue of
    speech, thought or stance: "In an interview, she said ..." is hers)."""
    clause = prep.head
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in report_nouns().findings or clause.pos_ not in CLAUSE_POS:
        return None
    if prep.i > clause.i and not _before_comma(prep):
        return None  # "she leads in the poll" reads as the finding only when set off first
    if cues.is_speech(clause.lower_, clause.lemma_.lower()) or clause.lemma_.lower() in paraphrase_verbs():
        return None
    sent = prep.sent
    lo, hi = sent.start, sent.end
    mention = mention_at(noun, lo=lo, hi=hi, cues=cues)
    if mention is None:
        return None
    own = {t.i for t in prep.subtree}
    span = _span([t for t in clause.subtree if t.i not in own], lo=lo, hi=hi, min_words=MIN_CLAUSE_WORDS)
    if span is None:
        return None
    return Indirect(span[0], span[1], (prep.idx, prep.idx + len(prep.text)), mention, CONFIDENCE)


def _before_comma(prep: "Token") -> bool:
    last = max(t.i for t in prep.subtree)
    return last + 1 < len(prep.doc) and prep.doc[last + 1].text == ","


@lru_cache(maxsize=1)
def _finding_ids() -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(form) for w in report_nouns().findings for form in (w, w.capitalize(), w.upper()))


def find_findings(doc: "Doc", *, taken: list[tuple[int, int]], cues: CueLexicon) -> list[Indirect]:
    """Findings of a poll or study introduced by "in" whose content and source overlap none of ``taken``."""
    from spacy.attrs import LEMMA

    if len(doc) == 0:
        return []
    wanted = _finding_ids()
    nouns = [i for i, lemma in enumerate(doc.to_array([LEMMA]).tolist()) if lemma in wanted]
    preps = (doc[i].head for i in nouns if doc[i].dep_ == "pobj" and doc[i].head.lower_ == "in"
             and doc[i].head.dep_ == "prep")  # no poll or study named: nothing to read, cheaply
    return claim_free(preps, lambda prep: from_finding(prep, cues), taken=taken)
