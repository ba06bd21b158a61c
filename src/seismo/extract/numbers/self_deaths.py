"""Killers who die by their own hand: one more dead on top of the people they killed.

    with_self_deaths(sent, numbered, implied)  -> (numbered, implied)   the sentence's counts, the self-death added

News of gun violence tells a murder-suicide in one sentence: "a man killed his wife and then
[himself]", "shot three people before turning the gun on [himself]", "killed his son before
taking [his own life]", "the gunman killed two and then committed [suicide]".  The killer's
death is one more death (the Gun Violence Archive counts a shooter who dies in the incident among
the killed), but the count readers give it ("[he] took his own life": one) competes with the
count of the victims ("his wife": one) for the sentence's toll, and each report keeps only its
largest count of a kind.  So a sentence that tells of people killed by someone
(:func:`killed_by_someone`: the object or passive subject of a killing verb, not the subject of
"died" or "is dead") and of a death by one's own hand (:func:`self_deaths`) counts one more on
the victims' count, and the death by one's own hand gives no count of its own.  Told alone ("a
man took his own life"), it is one killed, as any death — except a weapon turned on oneself,
which alone may tell of an attempt the shooter lived through.

A death by one's own hand (:func:`self_deaths`):

* a reflexive pronoun as the object of a killing verb or its conjunct ("killed [himself]",
  "fatally shot [herself]", "killed his wife and then [himself]"), or after the object, set off
  by a comma, as headlines write it ("kills daughter, then [himself]", "kills wife, [self]": class
  ``reflexive_pronoun`` holds the headline's "self");
* a reflexive pronoun as the object of "on" after a verb of class ``self_turn_verb`` with an
  object ("turned the gun on [himself]");
* a ``life_noun`` with "own" as the object of a ``life_verb`` ("took [his] own life"; a
  headline's "[suspect] takes own life");
* a noun of class ``suicide_noun`` as the object of a verb ("[he] committed suicide") or after
  a preposition of a death verb ("[she] died by suicide"), not in "murder-suicide" (the
  killing of others told as one noun);
* a ``wound_noun`` said self-inflicted ("self-inflicted gunshot wound": class ``self_prefix``)
  that its holder died of ("[the gunman] died of a self-inflicted gunshot wound").

A death by one's own hand told in a sentence of its own, after the killing ("A man shot his two
sons. *He then took his own life*", "*the gunman* later killed himself"), is the same killer's
(:func:`later_self_deaths`): one more on the toll of the latest killing of the two sentences
before, when the one who died is told by a personal pronoun, a name or a definite noun that is no
victim, the article told no such death before, and the toll does not already include the killer
("three died, *including the gunman*").

A verb in its base form ("threatened to kill himself", "tried to take his own life"), negated,
or in an unrealised clause tells of no death.  Word classes are in ``seismo/data/word_classes.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon
from seismo.extract.framing.modality import unrealised
from seismo.extract.numbers.quantity import Quantity, token_cue, count_record, count_terms
from seismo.extract.syntax import first_conjunct, result_object
from seismo.model import Count

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["killed_by_someone", "later_self_deaths", "self_deaths", "with_self_deaths"]

#: how many sentences back a killer's death told on its own ("He then took his own life") looks
#: for the killing it ends
LATER_SELF_DEATH_SENTENCES = 2


def _reflexive(tok: "Token") -> bool:
    """A reflexive pronoun, or a headline's "self" standing for one ("kills wife, self")."""
    return (tok.pos_ == "PRON" and "Yes" in tok.morph.get("Reflex")) or (
        tok.lower_ in lexicon.word_class("reflexive_pronoun") and tok.dep_ in {"dobj", "conj", "appos", "npadvmod", "dep"})


def _told(verb: "Token") -> bool:
    """Whether a verb tells of something done: not negated, not in its base form ("to kill
    himself"), not unrealised."""
    return verb.tag_ != "VB" and not any(c.dep_ == "neg" for c in verb.children) and not unrealised(verb)


def _killing(verb: "Token") -> bool:
    """A verb whose object is counted killed ("kill", "fatally shoot", "shoot ... to death")."""
    return verb.pos_ in {"VERB", "AUX"} and token_cue(verb, count_terms(), {"verb"}) == "killed"


def _doer(verb: "Token") -> "Token | None":
    """The subject of a verb, or of the verb it is listed after and shares its subject with ("he
    killed two, then committed suicide": a conjunct, or a clause the parse leaves loose)."""
    for v in (verb, first_conjunct(verb), verb.head if verb.dep_ == "dep" else verb):
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.tag_ in {"WP", "WDT"} and v.dep_ == "relcl":
            return v.head  # "[a boy] who took his own life": the relative pronoun's noun
        if subj is not None:
            return subj
    return None


def _self_death_at(tok: "Token") -> "tuple[Token, Token] | None":
    """``(verb, victim)`` when ``tok`` tells a death by one's own hand: the verb that tells it and
    the word that names who died (the reflexive, the owner of the life, the subject)."""
    head = tok.head
    if _reflexive(tok):
        if tok.dep_ in {"dobj", "conj"} and _killing(head):
            return head, tok  # "killed himself", "killed his wife and then himself"
        if tok.dep_ in {"npadvmod", "dep"} and _killing(head) and any(c.dep_ == "dobj" for c in head.children):
            return head, tok  # a headline's "kills daughter, then himself", parsed loose
        if tok.dep_ in {"conj", "appos"} and head.dep_ == "dobj" and _killing(head.head):
            return head.head, tok  # "killed his son and himself"; a headline's "kills son, himself"
        if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in lexicon.word_class("self_turn_verb") \
                and any(c.dep_ == "dobj" for c in head.head.children):
            return head.head, tok  # "turned the gun on himself"
        return None
    word = tok.lemma_.lower()
    if word in lexicon.word_class("life_noun") and tok.dep_ == "dobj" and head.lemma_.lower() in lexicon.word_class(
            "life_verb") and any(c.dep_ == "amod" and c.lower_ == "own" for c in tok.children):
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or _doer(head)
        return (head, owner) if owner is not None else None  # "took his own life"; a headline's "takes own life"
    if word in lexicon.word_class("suicide_noun") and tok.pos_ == "NOUN":
        if any(c.dep_ in {"compound", "nmod"} for c in tok.children) or (tok.i and tok.doc[tok.i - 1].text == "-"):
            return None  # "a murder-suicide": the killing of others and of oneself, told as one noun
        verb = head.head if tok.dep_ == "pobj" else head
        if tok.dep_ in {"dobj", "pobj"} and verb.pos_ in {"VERB", "AUX"} and (
                tok.dep_ == "dobj" or token_cue(verb, count_terms(), {"intransitive"}) == "killed"):
            doer = _doer(verb)  # "he committed suicide", "she died by suicide"
            return (verb, doer) if doer is not None else None
        return None
    if word in lexicon.word_class("wound_noun") and tok.dep_ == "pobj" and _self_inflicted(tok):
        verb = head.head  # "[he] died of a self-inflicted gunshot wound"
        if verb.pos_ in {"VERB", "AUX"} and token_cue(verb, count_terms(), {"intransitive"}) == "killed":
            doer = _doer(verb)
            return (verb, doer) if doer is not None else None
    return None


def _turned_on(verb: "Token") -> bool:
    """Whether a death by one's own hand is told as a weapon turned on oneself: said with the
    killing of others it is the killer's death, said alone it may have been an attempt."""
    return verb.lemma_.lower() in lexicon.word_class("self_turn_verb")


def _self_inflicted(wound: "Token") -> bool:
    """Whether a wound is said self-inflicted: a modifier whose words include one of class
    ``self_prefix`` before a hyphen ("self-inflicted")."""
    prefixes = lexicon.word_class("self_prefix")
    return any(c.dep_ in {"amod", "compound"} and any(t.lower_ in prefixes for t in c.subtree) for c in wound.children)


def self_deaths(sent: "SpacySpan") -> list[tuple["Token", "Token"]]:
    """``(verb, victim)`` of each death by one's own hand the sentence tells (see the module
    docstring), the verb told as done."""
    cache = sent.doc.user_data.setdefault(_SELF_DEATHS, {})  # the coder asks twice of each sentence
    key = (sent.start, sent.end)
    if key not in cache:
        cues = _cue_hashes()
        cache[key] = [found for tok in sent if (tok.lower in cues or tok.lemma in cues or tok.pos_ == "PRON")
                      and (found := _self_death_at(tok)) is not None and _told(found[0])]
    return list(cache[key])


_SELF_DEATHS = "seismo.self_deaths"


@lru_cache(maxsize=1)
def _cue_hashes() -> frozenset[int]:
    """The string ids of the words one of which a death by one's own hand is told with (a
    reflexive, a word for life, suicide or a wound; in lower case, capitalised or in capitals, as
    a lemma may be written; a pronoun is checked whatever its word): only tokens whose form or
    lemma is one of them are examined further."""
    from spacy.strings import get_string_id

    words = set().union(*(lexicon.word_class(name) for name in ("reflexive_pronoun", "life_noun", "suicide_noun", "wound_noun")))
    return frozenset(get_string_id(form) for w in words for form in (w, w.capitalize(), w.upper()))


def _tokens(count: Count, doc: object) -> list["Token"]:
    where = count.victims if count.victims is not None else count
    span = doc.char_span(where.start, where.end, alignment_mode="expand")  # type: ignore[attr-defined]
    return list(span) if span is not None else []


def killed_by_someone(count: Count, doc: object, *, headline: bool = False) -> bool:
    """Whether a killed count counts people someone killed: its word (the noun a number counts, or
    the number) is the object or passive subject of a killing or wounding verb, or a conjunct of
    one ("killed [his wife]", "[three people] were shot dead", "killing [two]", "shot [a clerk]
    dead"); not the object of another verb ("found [a man] dead"), not the subject of a death
    verb or adjective ("[a man] died", "[one] is dead").  In a ``headline`` a killing verb's
    subject with no auxiliary and no object is a reduced passive ("[Two boys] killed, father
    commits suicide")."""
    toks = _tokens(count, doc)
    if count.kind != "killed" or count.best is None or not toks:
        return False
    root = next((t for t in toks if t.head.i == t.i or not (toks[0].i <= t.head.i <= toks[-1].i)), toks[-1])
    if root.dep_ == "nummod":
        root = root.head
    root = first_conjunct(root)
    verb = root.head  # a killing verb, or a wounding one the count says killed ("shot [his landlord] dead")
    if root.dep_ == "dobj" and verb.head.i != verb.i and getattr(result_object(verb.head), "i", None) == root.i:
        verb = verb.head  # "shot dead [his two sons]": the parse hung the object on the result adjective
    if headline and root.dep_ == "nsubj" and verb.tag_ in {"VBN", "VBD"} and not any(
            c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children):
        return token_cue(verb, count_terms(), {"verb"}) == "killed"
    return root.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} and token_cue(
        verb, count_terms(), {"verb"}) in {"killed", "injured"}


def with_self_deaths(sent: "SpacySpan", numbered: Sequence[Count], implied: Sequence[Count], *,
                     headline: bool = False) -> tuple[
        tuple[Count, ...], tuple[Count, ...]]:
    """The sentence's counts with its deaths by one's own hand counted (see the module docstring):
    ``numbered`` (:func:`~seismo.extract.numbers.counts.find_counts`) and ``implied``
    (:func:`~seismo.extract.numbers.victims.implied_counts`) as they were when the sentence tells of
    none; else the first count of people killed by someone, not counting the killer already ("his
    son and himself"), one more, and the counts read off the killer's death left out; else (the
    death told alone) a count of one killed for it when no count reads it yet."""
    deaths = self_deaths(sent)
    if not deaths:
        return tuple(numbered), tuple(implied)
    doc = sent.doc
    who = {t.i for verb, victim in deaths for t in (victim, _doer(verb)) if t is not None}
    own = [c for c in implied if c.kind == "killed" and any(t.i in who for t in _tokens(c, doc))]
    covered = any(c.best is not None and c.best > 1 for c in own)  # "killed [his son and himself]": counted
    others = [c for c in (*numbered, *implied) if c not in own and killed_by_someone(c, doc, headline=headline)]
    if covered or not others:
        if own:
            return tuple(numbered), tuple(implied)
        sure = [(verb, victim) for verb, victim in deaths if not _turned_on(verb)]
        if not sure:
            return tuple(numbered), tuple(implied)  # "turned the gun on himself" alone: he may have lived
        verb, victim = sure[0]
        alone = count_record("killed", Quantity(1, 1, 1), [victim], victims=doc[victim.i : victim.i + 1], confidence=0.6)
        return tuple(numbered), (*implied, alone)
    host = others[0]

    def more(v: int | None) -> int | None:
        return None if v is None else v + 1

    grown = replace(host, low=more(host.low), best=more(host.best), high=more(host.high), confidence=min(host.confidence, 0.6))
    return (tuple(grown if c is host else c for c in numbered),
            tuple(grown if c is host else c for c in implied if c not in own))



def _may_be_the_killer(doer: "Token") -> bool:
    """Whether the one who died by their own hand may be a killer told of before: a personal
    pronoun ("he"), a name, or a noun with a definite article that names no victim ("the gunman",
    "the father"; not "the victim": class ``victim_noun``; not "the victim's brother")."""
    if doer.pos_ == "PRON":
        return doer.lower_ in lexicon.word_class("person_pronoun") | {"his", "hers"}
    if doer.pos_ == "PROPN" or doer.ent_type_ == "PERSON":
        return True
    return doer.pos_ == "NOUN" and doer.lemma_.lower() not in lexicon.word_class("victim_noun") and any(
        c.dep_ == "det" and c.lower_ in lexicon.word_class("definite_det") for c in doer.children) and not any(
        c.dep_ == "poss" for c in doer.children)  # not "the victim's brother"


def _includes(count: Count, doc: object, words: frozenset[str]) -> bool:
    """Whether the sentence of a count names, after "including" or "among", one of ``words`` (the
    killer's noun, a noun of an attacker) or a reflexive pronoun: the toll counts the killer."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    return any(t.lower_ in {"including", "among"} and any(o.lemma_.lower() in words or _reflexive(o)
                                                          for c in t.children for o in c.subtree)
               for t in span.sent)


def later_self_deaths(drafts: "list[list[Any]]", orphans: "list[list[Count]]", sents: "Sequence[SpacySpan]", *,
                      killers: frozenset[str]) -> None:
    """A killer's death told in a sentence of its own after the killing (see the module
    docstring) counts one more on that killing's toll, and no count of its own.  ``drafts``: the
    coder's drafts of each sentence (``type`` and a mutable ``counts`` list); ``orphans``: per
    sentence, the counts no draft took; ``killers``: nouns of attackers ("gunman")."""
    told = False
    for i, sent in enumerate(sents):
        deaths = self_deaths(sent)
        if not deaths:
            continue
        if told:
            return  # the article told a death by one's own hand before: this one may be it again
        told = True
        doc = sent.doc
        verb, victim = deaths[0]
        doer = _doer(verb) or victim
        who = {t.i for v, w in deaths for t in (w, _doer(v)) if t is not None}
        holders = [*(d.counts for d in drafts[i]), orphans[i]]
        own = [(h, c) for h in holders for c in h if c.kind == "killed" and c.best == 1
               and any(t.i in who for t in _tokens(c, doc))]
        if not own or any(killed_by_someone(c, doc) for h in holders for c in h) or not _may_be_the_killer(doer):
            continue
        for j in range(i - 1, max(-1, i - 1 - LATER_SELF_DEATH_SENTENCES), -1):
            found = [(d, c) for d in drafts[j] if d.type == "ASSAULT" for c in d.counts if killed_by_someone(c, doc)]
            if found:
                host, toll = max(found, key=lambda dc: dc[1].best or 0)
                if _includes(toll, doc, killers | {doer.lemma_.lower()}) or toll.best is None:
                    break
                grown = replace(toll, low=None if toll.low is None else toll.low + 1, best=toll.best + 1,
                                high=None if toll.high is None else toll.high + 1, confidence=min(toll.confidence, 0.6))
                host.counts[:] = [grown if c is toll else c for c in host.counts]
                for h, c in own:
                    h[:] = [x for x in h if x is not c]
                break
