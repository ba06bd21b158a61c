"""Claims: who the text says an event comes from, and whether it is told with doubt.

``attribution_of(trigger, *, sent)`` looks for attribution cues in the trigger's sentence
(``data/attribution_cues.tsv``) and gives the one whose *scope* holds the trigger:

* a reporting verb ("X said/reported/claimed (that) ...") covers its clausal complement, and for
  verbs like "report" its object too ("Ria Novosti, which reports 18 agents who died");
  its source is its subject (a relative pronoun stands for the noun it hangs on);
* "according to X" covers the clause it modifies; "according to the N of X" takes X for any
  noun N that is not a person ("the account / version / figures of X"), and
  "according to whom" the nearest name before it;
* "there is talk of X", "reports of X" cover X, hedged, with no source;
* a hedging adverb on the trigger's clause ("reportedly", "allegedly") hedges without a source.

When several scopes hold the trigger the innermost wins, so in "There is talk of dozens of
victims ..., while the arrested would be almost 2,300, according to Ria Novosti" the victims are
hearsay and the arrests come from Ria Novosti.  An "according to" whose scope misses the trigger
still covers it when no other cue in the sentence does (the parser often attaches it high or
low).  A reporting conditional ("the arrested *would be* almost 2,300", with no "if" and no
"would have") hedges too.  The source span prefers the name inside a descriptive phrase ("the
Russian agency Ria Novosti" → "Ria Novosti") and drops appositions and relative clauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.according import according_source
from seismo.extract.noun_phrases import Side, noun_phrase
from seismo.extract.syntax import (
    antecedent,
    entity_of,
    first_conjunct,
    in_class,
    is_verbal,
    passive_aux,
    predicate_of,
    subject,
    verb_chain,
)
from seismo.model import Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

KINDS = ("verb", "adverb", "prep", "talk")
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})
_TRIM = frozenset({"relcl", "appos", "acl", "advcl", "punct", "cc", "conj_clause", "parataxis"})
#: links from a trigger up to the verb of its clause (a nominal trigger's verb included)
CLAUSE_LINKS = frozenset({"xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr"})


@dataclass(frozen=True, slots=True)
class Claim:
    """Where a reported event comes from.

    source: who the text cites for it ("Ria Novosti"), or ``None``.
    hedged: the text marks it as hearsay or doubtful ("reportedly", "there is talk of", "would be").
    cue: the words that attribute or hedge it ("according to", "said", "There is talk of").
    """

    source: Span | None
    hedged: bool
    cue: Span | None


NONE = Claim(source=None, hedged=False, cue=None)


@dataclass(frozen=True, slots=True)
class AttributionCues:
    """Cue words by kind, each with (hedged, object-is-content)."""

    by_kind: dict[str, dict[str, tuple[bool, bool]]]

    def get(self, kind: str, word: str) -> tuple[bool, bool] | None:
        return self.by_kind[kind].get(word.lower())


@lru_cache(maxsize=1)
def attribution_cues() -> AttributionCues:
    """The attribution cues, read once from ``seismo/data/attribution_cues.tsv``."""
    by_kind: dict[str, dict[str, tuple[bool, bool]]] = {k: {} for k in KINDS}
    for row in lexicon.read("attribution_cues.tsv", columns=(3, 4)):
        kind = row.choice(1, KINDS, what="kind")
        by_kind[kind][row[0]] = (row[2] == "1", row.get(3) == "1")
    return AttributionCues(by_kind)


@lru_cache(maxsize=1)
def _owner_preps() -> frozenset[str]:
    """Prepositions that name whose words a noun stands for ("the account of / by / from X")."""
    return lexicon.word_class("owner_prep")


@lru_cache(maxsize=1)
def _relative() -> frozenset[str]:
    """Relative pronouns and "whose": words that stand for the noun their clause hangs on."""
    return lexicon.word_class("relative_pronoun") | lexicon.word_class("relative_possessive")


@dataclass(frozen=True, slots=True)
class _Candidate:
    scope: frozenset[int]
    source: Span | None
    hedged: bool
    cue: Span
    according: bool = False


def _span(tokens: "SpacySpan | list[Token]") -> Span:
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    start, end = first.idx, last.idx + len(last.text)
    return Span(start=start, end=end, text=doc_text(doc)[start:end])


def _belongs(child: "Token") -> bool:
    """Whether a dependent is part of a source's phrase: not an apposition, a relative or
    adverbial clause, a participle or a conjoined verb."""
    return not (child.dep_ in _TRIM or child.dep_ == "conj" and is_verbal(child))


#: a source's phrase: the head's words up to the first comma (or bracket or dash after it)
_SOURCE_BEFORE = Side(_belongs, reach="run", stops=frozenset({","}))
_SOURCE_AFTER = Side(_belongs, reach="run", stops=frozenset({",", "(", "–", "—"}))


def source_of(noun: "Token") -> Span:
    """The source named by ``noun``: its name when it is one ("Nona Mikhelidze") or has one in
    apposition ("the Russian agency Ria Novosti"), else its trimmed noun phrase."""
    ent = entity_of(noun, labels=NAME_LABELS)
    if ent is not None and ent.root.i == noun.i or ent is not None and noun.pos_ == "PROPN":
        return _span(ent)
    for child in noun.children:
        if child.dep_ == "appos":
            named = entity_of(child, labels=NAME_LABELS)
            if named is not None:
                return _span(named)
    return _span(noun_phrase(noun, before=_SOURCE_BEFORE, after=_SOURCE_AFTER))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Nouns that name a person by role (``quote_roles.txt``): "according to the spokesman of
    the ministry" cites the spokesman, not the ministry."""
    return frozenset(row[0].lower() for row in lexicon.read("quote_roles.txt", columns=(1, 1)))


def _name_root(tok: "Token") -> "Token | None":
    """The head of the person, organisation or group name ``tok`` is part of, if any."""
    ent = entity_of(tok, labels=frozenset({"PERSON", "ORG", "NORP"}))
    return ent.root if ent is not None else None


def _antecedent(tok: "Token") -> "Token | None":
    """The noun a relative pronoun or 'according to whom' refers back to: the noun the
    relative clause hangs on, else the nearest name before it in the sentence."""
    return antecedent(tok, pick=_name_root, relative_clause=True)


def _subject(verb: "Token") -> "Token | None":
    """The source of a reporting verb: its subject or by-agent (a relative pronoun stands for
    its antecedent, and for no one outside a relative clause), or for a subjectless advcl /
    conjunct / xcomp the subject of the verb it hangs on ("said X, explaining that ...": X
    explains)."""
    return subject(
        verb,
        deps=frozenset({"nsubj"}),
        agent=True,
        relative="antecedent",
        pronouns=_relative(),
        pick=_name_root,
        inherit=frozenset({"advcl", "conj", "xcomp"}),
        inherit_to=frozenset({"VERB"}),
    )


def _verb_candidate(verb: "Token", cues: AttributionCues) -> _Candidate | None:
    hedged, object_content = cues.get("verb", verb.lemma_) or (False, False)
    scope: set[int] = set()
    for child in verb.children:
        content = child.dep_ in ("ccomp", "xcomp") or child.dep_ == "dobj" and object_content
        if content or child.dep_ == "prep" and child.lower_ in ("of", "about"):  # "accused police of beating"
            scope.update(t.i for t in child.subtree)
    if verb.dep_ in ("parataxis", "ccomp") and verb.i > verb.head.i:  # "..., officials said."
        inner = {t.i for t in verb.subtree}
        scope.update(t.i for t in verb.head.subtree if t.i not in inner)
    if not scope:
        return None
    passive = passive_aux(verb)
    who = _subject(verb)
    source = None if who is None or who.lower_ == "it" else source_of(who)
    if passive and not any(c.dep_ == "agent" for c in verb.children):
        source, hedged = None, True  # "it is said that", "police are believed to have fired"
    return _Candidate(frozenset(scope), source, hedged, _span([verb]))


def _according_candidate(tok: "Token", cues: AttributionCues) -> _Candidate | None:
    """"according to X" ("the account / version / figures of X": X, for any non-person noun)."""
    found = according_source(
        tok, roles=_role_nouns(), resolve=_antecedent, pronouns=_relative(), owner_preps=_owner_preps()
    )
    if found is None or found.source is None:
        return None
    scope = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
    cue = _span([tok, found.to])
    return _Candidate(frozenset(scope), source_of(found.source), False, cue, according=True)


def _talk_candidate(noun: "Token", cues: AttributionCues) -> _Candidate | None:
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "that", "about")), None)
    if of is None:
        return None
    start = noun
    head = noun.head
    if noun.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in head.children):
        start = next(c for c in head.children if c.dep_ == "expl")  # "There is talk of"
    tokens = list(noun.doc[min(start.i, noun.i) : of.i + 1])
    return _Candidate(frozenset(t.i for t in of.subtree), None, True, _span(tokens))


_CANDIDATES = "seismo.claim_candidates"


def _candidates(sent: "SpacySpan", cues: AttributionCues) -> tuple[_Candidate, ...]:
    """The attribution cues of a sentence, read once per sentence (its events share them)."""
    cache = sent.doc.user_data.setdefault(_CANDIDATES, {})
    key = (sent.start, sent.end, id(cues))
    if key not in cache:
        cache[key] = tuple(_read_candidates(sent, cues))
    return cache[key]


def _read_candidates(sent: "SpacySpan", cues: AttributionCues) -> list[_Candidate]:
    found: list[_Candidate] = []
    for tok in sent:
        candidate = None
        if tok.lower_ == "according":
            candidate = _according_candidate(tok, cues)
        elif tok.lower_ == "citing" and tok.head.i != tok.i:  # "..., citing police sources"
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                scope = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
                candidate = _Candidate(frozenset(scope), source_of(obj), False, _span([tok]), according=True)
        elif tok.pos_ == "VERB" and cues.get("verb", tok.lemma_) is not None:
            candidate = _verb_candidate(tok, cues)
        elif tok.pos_ == "NOUN" and cues.get("talk", tok.lower_) is not None:
            candidate = _talk_candidate(tok, cues)
        if candidate is not None:
            found.append(candidate)
    return found


def _clause_tokens(trigger: "Token") -> list["Token"]:
    """The trigger, the verbs it hangs on through xcomp/conj, and a nominal trigger's verb."""
    return verb_chain(trigger, links=CLAUSE_LINKS, to_first_verb=True)


def _adverb_hedge(trigger: "Token", cues: AttributionCues) -> "Token | None":
    for tok in _clause_tokens(trigger):
        for child in tok.children:
            if child.dep_ == "advmod" and cues.get("adverb", child.lower_) is not None:
                return child
    return None


def _reporting_conditional(trigger: "Token") -> "Token | None":
    """'the arrested would be almost 2,300': a bare 'would' that reports, not imagines."""
    sent = trigger.sent
    if any(t.lower_ in ("if", "unless") for t in sent):
        return None
    for tok in _clause_tokens(trigger):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        would = next((a for a in auxes if a.lower_ == "would"), None)
        if would is not None and not any(a.lower_ == "have" for a in auxes):
            return would
    return None


def attribution_of(trigger: "Token", *, sent: "SpacySpan") -> Claim:
    """Who the sentence cites for the event at ``trigger`` and whether it is hedged."""
    cues = attribution_cues()
    candidates = [c for c in _candidates(sent, cues) if trigger.i not in _cue_indices(c, sent)]
    holding = [c for c in candidates if trigger.i in c.scope]
    if not holding:
        according = [c for c in candidates if c.according]
        if len(according) == 1 and len(candidates) == 1:
            holding = according
    chosen = min(holding, key=lambda c: len(c.scope)) if holding else None
    adverb = _adverb_hedge(trigger, cues)
    conditional = _reporting_conditional(trigger)
    hedged = bool(chosen and chosen.hedged) or adverb is not None or conditional is not None
    if chosen is not None:
        return Claim(source=chosen.source, hedged=hedged, cue=chosen.cue)
    hedge = adverb or conditional
    if hedge is not None:
        return Claim(source=None, hedged=True, cue=_span([hedge]))
    return NONE


def _cue_indices(candidate: _Candidate, sent: "SpacySpan") -> set[int]:
    doc = sent.doc
    return {t.i for t in doc.char_span(candidate.cue.start, candidate.cue.end, alignment_mode="expand") or ()}


def claim_disowned(trigger: "Token") -> bool:
    """A clause followed by a noun in apposition whose relative clause calls it false with a verb of
    class ``disclaim``: "alleged that police had *picked up* youths, a charge the police denied",
    "claimed its workers were *arrested*, an allegation officials rejected"."""
    noun = first_conjunct(trigger)
    clause = trigger if is_verbal(noun) else predicate_of(noun)
    if clause is None:
        return False
    disclaim = lexicon.word_class("disclaim")
    for noun in clause.subtree:  # the parser hangs it on the clause's verb or on its last noun
        comma = noun.left_edge.i - 1
        if (noun.dep_ in ("npadvmod", "appos") and noun.pos_ == "NOUN" and comma > clause.i
                and noun.doc[comma].text == "," and any(r.dep_ == "relcl" and in_class(r, disclaim) for r in noun.children)):
            # the claim's maker is no part of it: "accused police of firing, a charge they denied"
            return not _makes_claim(trigger)
    return False


def _makes_claim(verb: "Token") -> bool:
    """A reporting verb of ``attribution_cues.tsv`` with the clause it reports ("alleged that ..."),
    or a verb of blame (class ``reproach``) with its "of" / "for" phrase ("accused the guards of
    beating prisoners", however the "of" is hung); not a verb of another kind with an infinitive
    ("ordered them to abandon their homes, an allegation the army rejected": the order is claimed)."""
    if verb.pos_ != "VERB":
        return False
    reporting = attribution_cues().get("verb", verb.lemma_) is not None
    if reporting and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return (reporting or in_class(verb, lexicon.word_class("reproach"))) and any(
        c.dep_ == "prep" and c.lower_ in lexicon.word_class("control_prep") for h in heads for c in h.children)


#: the children by which a verb has a subject, an auxiliary or a marker of its own: no bare order
_NOT_BARE = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})


def commanded(trigger: "Token") -> bool:
    """``trigger`` is a bare verb giving an order, a demand chanted, cried or quoted ("chanted
    '*Arrest* the killers'", "'*Lock* her up,' they shouted"): a verb in its base form with an
    object and no subject, auxiliary or marker of its own, opening a quotation or its sentence (or
    joined to one that does: "arrest him, *arrest* him").  What is ordered is not done, and tells
    no event (events/coder.py), lest it lend its words, date and counts to the acts told around it."""
    verb = trigger
    while verb.dep_ in ("conj", "dep") and verb.head.i != verb.i and verb.head.tag_ == "VB":
        verb = verb.head
    if trigger.tag_ != "VB" or verb.tag_ != "VB" or any(c.dep_ in _NOT_BARE for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" for c in trigger.children):
        return False  # an order names whom it is for; "Clash at border leaves 12 dead" is a headline's noun
    start = verb.left_edge.i
    return start == verb.sent.start or verb.doc[start - 1].is_quote or verb.doc[start].is_quote
