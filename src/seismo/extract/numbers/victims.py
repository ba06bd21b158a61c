"""Counts with no number: the victims a sentence names ("police shot dead [a man]", "[a boy] was
wounded", "[he] is in stable condition"), each counted one (a plural: a count with no number).

    implied_counts(sent, numbered=...)   -> (Count, ...)   killed / injured, no number written
    wounded_of(noun, terms)              -> (victim, kind)  the one a wound is said of

Re-exported by :mod:`seismo.extract.numbers.counts`.  Word classes (``wound_noun``, ``patient_state``,
``death_noun``, ``life_verb``, ``deadly_adj`` ...) are in ``seismo/data/word_classes.tsv``; cue
words in ``count_terms.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.framing.modality import unrealised
from seismo.extract.numbers.quantity import VICTIMS_BEFORE, CountTerms, Quantity, token_cue, count_record, count_terms, cue_at
from seismo.extract.noun_phrases import noun_phrase
from seismo.extract.syntax import first_conjunct, result_object
from seismo.model import Count, CountKind

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.model import Event

__all__ = ["IMPLIED_KINDS", "age_noun", "apart", "cared_for", "death_told", "implied_counts", "not_dead",
           "same_person", "struck", "told_apart", "wounded_of"]

#: the kinds a verb may imply with no number: "a man was shot dead" (killed), "a boy was wounded" (injured)
IMPLIED_KINDS = frozenset({"killed", "injured"})
#: the roles a victim plays: the object / passive subject of a killing verb, the subject of a death verb
_IMPLIED_ROLES = {"verb": frozenset({"dobj", "nsubjpass"}), "intransitive": frozenset({"nsubj"})}
#: the relations of a clause that is itself the subject of another verb
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def same_person(noun: str) -> str:
    """One word for the nouns that name the same kind of person (the first of its class of
    word_classes.tsv: ``teen_noun`` "teenager" → "teen", ``child_noun`` "kid" → "child"); any
    other noun as it is.  ``noun``: lower case."""
    for words in (lexicon.words("teen_noun"), lexicon.words("child_noun")):
        if noun in words:
            return words[0]
    return noun


def implied_counts(sent: "SpacySpan", *, numbered: Sequence[Count] = (), headline: bool = False) -> tuple[Count, ...]:
    """Killed and injured counts a sentence gives without a number: the people a killing or
    wounding verb takes as object or passive subject ("police shot dead [a man]", "troops killed
    [protesters]", "[a boy] was shot in the leg": injured; also in a reduced passive, "[a teen]
    shot in the leg"; "left [a cook] wounded") and the subject of a death verb ("[a youth] died in
    police firing") — the ``killed`` cue verbs of count_terms.tsv — the person a death adjective
    or noun is said of ("[a man] is dead", "left [a teenager] dead", "the death of [a boy]"), and
    the person a wound or a patient's condition is said of (injured, killed for a fatal wound:
    :func:`wounded_of`); not
    the one a death verb above tells died ("[a teen] died after [he] was shot").  A reduced passive
    the parse hung on the wrong word counts the noun right before it ("the father of [a girl] shot
    and killed": :func:`_noun_before_participle`).  Singular victims
    are counted (best 1, or 2 for "a man and his son"); a plural victim gives a count with no
    number (low, best and high ``None``).  One event said to be deadly ("a fatal shooting") gives
    at least one killed (low and best 1, no high); a plural death noun with no number and no one
    named ("the deaths in police firing") a count with no number (:func:`_deaths_told`).  A victim
    a ``numbered`` count already covers, a victim "no one", a negated verb and one in an unrealised clause
    ("the blast would have killed a guard": :func:`~seismo.extract.framing.modality.unrealised`) give none.
    In a ``headline``, which drops the passive's auxiliary, the subject of a killing verb's bare
    participle or past with no object is its victim ("[Teen] killed, three hurt in ..."), a past
    hung on a noun is a reduced passive ("[boy] killed in ..."), a participle listed after another
    with only a comma shares its subject ("[teen] shot, killed": :func:`_listed_participle`),
    a deadly event needs no article ("Fatal shooting under investigation"), a death verb's present
    tense the parse reads as a noun still tells a death ("[9-year-old] dies after ...":
    :func:`_present_read_as_noun`), and so does "dead" with the copula dropped ("[Clerk] dead
    after ...": :func:`_dead_without_copula`)."""
    terms = count_terms()
    out: list[Count] = []
    for tok in sent:
        if (count := _deadly_event(tok, terms, numbered, headline=headline) or _multiple_killing(tok, terms, numbered)
                or _deaths_told(tok, numbered)) is not None:
            out.append(count)
            continue
        if tok.pos_ in {"ADJ", "NOUN"} and (victim := _dead_of(tok, terms)) is not None:
            if (count := _implied(victim, numbered)) is not None:
                out.append(count)
            continue
        if tok.pos_ == "NOUN" and (wounded := wounded_of(tok, terms)) is not None:
            if (count := _implied(wounded[0], numbered, kind=wounded[1])) is not None:
                out.append(count)
            continue
        if headline and (victim := _present_read_as_noun(tok, terms) or _dead_without_copula(tok, terms)) is not None:
            if (count := _implied(victim, numbered)) is not None:
                out.append(count)
            continue
        if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in tok.children):
            continue  # not said
        hit = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and struck(c)), None)
        if hit is not None:  # "a bullet struck [a man]", "[a driver] was hit in his shoulder"
            if not unrealised(tok) and (count := _implied(hit, numbered, kind="injured")) is not None:
                out.append(count)
            continue
        cared = cared_for(tok)
        # "was shot" (injured), "was fatally shot" (killed); the clause is read only at a cue
        kinds = {} if cared is not None else {role: kind for role in _IMPLIED_ROLES
                                              if (kind := token_cue(tok, terms, {role})) in IMPLIED_KINDS}
        if cared is None and not kinds and token_cue(tok, terms, {"armed"}) == "killed" and any(
                c.dep_ in _IMPLIED_ROLES["verb"] and c.lemma_.lower() in lexicon.word_class("armed_noun")
                and not any(d.lower_ in lexicon.word_class("any_det") for d in c.children) for c in tok.children):
            kinds = {"verb": "killed"}  # "police eliminated [a gangster]", not "any criminal": armed men only
        if (cared is None and not kinds) or unrealised(tok):
            continue  # no cue, or said of what did not happen: "the blast would have killed a guard"
        if cared is not None:
            if (not death_told(sent, terms) or told_apart(cared)) and (
                    count := _implied(cared, numbered, kind="injured")) is not None:
                out.append(count)
            continue
        for role, kind in kinds.items():
            deps = _IMPLIED_ROLES[role]
            victim = next((c for c in tok.children if c.dep_ in deps), None)
            if victim is None and role == "verb":
                victim = result_object(tok)  # "shot dead [his brother]"
            participle = first_conjunct(tok)  # "[the teen] shot and killed in a robbery": the conjunct shares it
            if victim is None and role == "verb" and participle.dep_ == "acl" and (
                    tok.tag_ == "VBN" or (headline and tok.tag_ == "VBD")):
                victim = participle.head  # a reduced passive: "[a teen] shot in the leg", "[man] killed in crash"
            if victim is None and role == "verb" and tok.tag_ == "VBN" and (tok.dep_ in {"xcomp", "oprd"} or (
                    tok.dep_ == "advcl" and tok.head.lemma_.lower() in lexicon.word_class("result_verb"))):
                # a participle complement: "[a boy] was found shot", "they found [a man] stabbed"
                victim = next((c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
                if victim is None and headline and _bare_finder(tok.head):
                    victim = next(c for c in tok.head.children if c.dep_ == "nsubj")  # "[woman] found shot"
            if victim is None and role == "verb" and (headline or tok.tag_ == "VBN" or tok.dep_ in _SUBJECTS) \
                    and _bare_passive(tok):
                # "[boy] killed, 2 hurt"; and anywhere, a participle, or a past that is itself a subject,
                # with a subject and no auxiliary is a reduced passive the parse read as a clause:
                # "police identified [the man] shot dead", "[the teen] shot in the leg was taken to hospital"
                victim = next(c for c in tok.children if c.dep_ == "nsubj")
            if victim is None and role == "verb" and headline:
                victim = _listed_participle(tok)  # "[teen] shot, killed"
            if victim is None and role == "verb":
                victim = _noun_before_participle(participle)  # "the father of [a girl] shot and killed"
            if victim is None and role == "intransitive" and tok.dep_ == "conj":
                # a death verb sharing the subject of the first conjunct: "[he] was shot and died",
                # "[the man] shot himself and later died"
                victim = next((c for c in participle.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if victim is None and role == "intransitive" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
                # a death verb has no passive: hanging on a noun, it tells that the noun died ("[a
                # farmer] perished in police firing", parsed as a participle on the noun)
                victim = tok.head
            if victim is not None and victim.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
                victim = tok.head  # "[a girl] who was fatally shot": the relative pronoun's noun
            dying = kind == "injured" and victim is not None and victim.pos_ == "PRON" and "Yes" not in victim.morph.get(
                "Reflex") and not told_apart(victim) and any(
                token_cue(t, terms, {"intransitive", "verb"}) == "killed" for t in tok.ancestors)
            count = _implied(victim, numbered, kind=kind) if victim is not None and not dying else None
            if count is not None:
                out.append(count)
    return tuple(_once(out))


def struck(victim: "Token") -> bool:
    """Whether ``victim`` is the one a verb of class ``hit_verb`` that no cue word counts ("hit",
    "strike") tells was hit by a missile or in a part of the body: its object when its subject is a
    missile (class ``missile_noun``: "[a bullet] struck [a man]", "gunfire hit [four people]"), its
    passive subject when its agent is one ("[she] was struck by a stray round"), either when the
    verb or the victim takes "in" / "on" a part of the body (class ``body_part``: "[a driver] was
    hit in his shoulder"); the victim names a person (:func:`_a_person`).  "The storm hit [the town]",
    "shots hit [the diner]", "[he] was hit by a car" count no one."""
    verb = victim.head
    if not _a_person(victim):
        return False  # "shots hit [the diner]"
    if victim.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_class(
            "hit_verb") or any(c.dep_ == "neg" for c in verb.children) or token_cue(verb, count_terms(), {"verb"}):
        return False
    missiles, body = lexicon.word_class("missile_noun"), lexicon.word_class("body_part")

    def missile(tok: "Token") -> bool:
        return tok.lemma_.lower() in missiles or tok.lower_ in missiles

    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if (victim.dep_ == "dobj" and any(c.dep_ == "nsubj" and missile(c) for c in verb.children)) or (
            victim.dep_ == "nsubjpass" and any(missile(g) for g in by)):
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"in", "on"}
               and any(g.dep_ == "pobj" and g.lemma_.lower() in body for g in c.children)
               for c in (*verb.children, *victim.children))


#: the word classes of word_classes.tsv whose nouns and pronouns name people
_PERSON_CLASSES = ("male_word", "female_word", "unsexed_person", "whole_people", "victim_noun")


def _a_person(tok: "Token") -> bool:
    """Whether a word names a person or people: a person's name, a personal pronoun, an age used
    as a noun ("a 17-year-old"), or a word of :data:`_PERSON_CLASSES` ("man", "teenagers", "people")."""
    return tok.ent_type_ == "PERSON" or age_noun(tok) or any(
        tok.lemma_.lower() in lexicon.word_class(name) or tok.lower_ in lexicon.word_class(name)
        for name in _PERSON_CLASSES)


def _listed_as_apposition(victim: "Token") -> list["Token"]:
    """The rest of a list of singular people the parse read as an apposition with a coordination
    ("a guard, [a clerk] and [a driver]": the clerk in apposition to the guard, the driver its
    conjunct): an apposition that has conjuncts of its own names more people, where a true
    apposition ("the victim, a clerk") names the same one again.  After a name, a common noun in
    apposition is that person's role ("Ana Ruiz, the mayor's secretary, and Jose Diaz": two
    people), and only its conjuncts are more people.  Empty when there is none."""
    if victim.tag_ not in {"NN", "NNP"}:
        return []
    for c in victim.children:
        if c.dep_ == "appos" and c.tag_ in {"NN", "NNP"} and (rest := [k for k in c.conjuncts if k.i > c.i]):
            return rest if victim.tag_ == "NNP" and c.tag_ == "NN" else [c, *rest]
    return []


def _apart_word(victim: "Token") -> "Token | None":
    """The word of class ``apart_word`` of word_classes.tsv that tells a victim apart from those
    named before: the victim itself ("[another] was wounded") or a determiner or adjective of it
    ("[another] man", "the [other] victim"); None when there is none."""
    words = lexicon.word_class("apart_word")
    if victim.lower_ in words:
        return victim
    return next((c for c in victim.children if c.dep_ in {"det", "amod"} and c.lower_ in words), None)


def told_apart(victim: "Token") -> bool:
    """Whether a victim is told as someone other than those named before ("one man died and
    [another] was wounded", "[another clerk] was rushed to a clinic"): never the one who died."""
    return _apart_word(victim) is not None


def apart(count: Count) -> bool:
    """Whether a count with no number names a victim told apart (:func:`told_apart`): its victim
    phrase begins with a word of class ``apart_word`` ("another", "another man", "other victim")."""
    said = count.victims.text.lower().split() if count.victims is not None else []
    return bool(said) and said[0] in lexicon.word_class("apart_word")


def _present_read_as_noun(tok: "Token", terms: CountTerms) -> "Token | None":
    """The victim of a headline's death verb in the present tense (told for the past) that the
    parse read as a plural noun, the head of the headline with its subject as a modifier before
    it ("[9-year-old] dies after ..."): that modifier; None when ``tok`` is not one."""
    if tok.tag_ != "NNS" or tok.dep_ not in {"ROOT", "ccomp"} or not tok.lower_.endswith("s"):
        return None  # ccomp: the headline's claim before its source ("[teen] dies ..., police say")
    if ("killed", "intransitive") not in terms.cues.get((tok.lower_[:-1],), ()):  # "dies": the verb "die" + "s"
        return None
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ in {"amod", "compound", "nmod"}), None)


def _dead_without_copula(tok: "Token", terms: CountTerms) -> "Token | None":
    """The victim of a headline's death adjective with its copula dropped ("[Clerk] dead after
    holdup"), however the parse reads it: the adjective heading the headline, its subject; or an
    adverb or modifier of the noun heading the headline just before it, that noun.  None when
    ``tok`` is not one."""
    if ("killed", "adj") not in terms.cues.get((tok.lower_,), ()):
        return None
    if tok.dep_ == "ROOT":
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ in {"advmod", "amod"} and tok.i > 0 and tok.head.i == tok.i - 1 and tok.head.dep_ == "ROOT":
        return tok.head
    return None


def _bare_passive(tok: "Token") -> bool:
    """Whether ``tok`` is a passive with its auxiliary dropped: a past or participle with a
    subject and no object, auxiliary or clause of its own, as headlines write it ("[man] killed
    in crash", parsed as an active past) and as the parse reads a reduced passive in a clause
    ("identified [the man] shot dead"); not a relative clause ("man who killed")."""
    return tok.tag_ in {"VBD", "VBN"} and tok.dep_ not in {"relcl", "acl", "amod"} \
        and any(c.dep_ == "nsubj" for c in tok.children) \
        and not any(c.dep_ in {"dobj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp", "dative"} for c in tok.children)


def _bare_finder(tok: "Token") -> bool:
    """Whether ``tok``, the verb a participle complements ("found [shot]"), is a passive with its
    auxiliary dropped, as headlines write it: "[Woman] found shot to death" is "[a woman] was found
    shot", parsed as an active past with the victim its subject.  A past or participle with a
    subject and no object or auxiliary of its own."""
    return tok.tag_ in {"VBD", "VBN"} and tok.dep_ not in {"relcl", "acl", "amod"} \
        and any(c.dep_ == "nsubj" for c in tok.children) \
        and not any(c.dep_ in {"dobj", "nsubjpass", "aux", "auxpass", "dative"} for c in tok.children)


def _noun_before_participle(tok: "Token") -> "Token | None":
    """The victim of a reduced passive the parse hung on the wrong word: a participle (or a past:
    the same form, read without its subject) with no
    subject, object or auxiliary of its own right after a noun that is not its argument ("the
    father of [a girl] shot and killed in ...", the participle read as a clause of "father");
    only adverbs may come between ("[a boy] accidentally shot").  None when ``tok`` is not one."""
    if tok.tag_ not in {"VBN", "VBD"} or tok.dep_ in {"acl", "relcl", "amod", "ROOT"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "expl"} for c in tok.children):
        return None
    i = tok.i - 1
    while i >= 0 and tok.doc[i].dep_ == "advmod" and tok.doc[i].head.i == tok.i:
        i -= 1
    noun = tok.doc[i] if i >= 0 else None
    if noun is None or noun.tag_ not in {"NN", "NNS", "NNP"} or noun.head.i == tok.i or noun.dep_ == "compound":
        return None
    return noun


def _listed_participle(tok: "Token") -> "Token | None":
    """The victim of a headline's participle listed after another with only a comma, the "and"
    and the auxiliary dropped: "[Teen] shot, killed at party" (the subject of the participle
    before the comma); None when ``tok`` is not one."""
    doc = tok.doc
    if tok.tag_ not in {"VBD", "VBN"} or tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    before = doc[tok.i - 2]
    if before.tag_ not in {"VBD", "VBN"} or (tok.head.i != before.i and before.head.i != tok.i):
        return None
    return next((c for t in (before, tok) for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _once(counts: list[Count]) -> list[Count]:
    """One count per kind and victim: "[a man] shot and killed" reads the victim twice; a victim
    counted killed is not also counted injured ("[he] was shot and died")."""
    seen: set[tuple[str, int, int]] = set()
    dead = {(c.victims.start, c.victims.end) for c in counts if c.kind == "killed" and c.victims is not None}
    out = []
    for c in counts:
        key = (c.kind, c.victims.start, c.victims.end) if c.victims is not None else (c.kind, c.start, c.end)
        if key in seen or (c.kind == "injured" and key[1:] in dead and c.victims is not None):
            continue
        seen.add(key)
        out.append(c)
    return out


def death_told(sent: "SpacySpan", terms: CountTerms) -> bool:
    """Whether a sentence tells of a death: a ``killed`` cue verb, death verb or adjective in it."""
    return any(token_cue(t, terms, {"verb", "intransitive", "adj"}) == "killed" for t in sent)


def cared_for(tok: "Token") -> "Token | None":
    """The one a verb of class ``care_verb`` brings to or keeps in a place of care (a
    ``care_noun`` of word_classes.tsv): "[a teen] was rushed to a hospital", "paramedics took
    [the man] to a clinic", "[two men] were treated at a hospital", also as a conjunct sharing
    its subject ("[a teen] was struck and taken to a hospital") or a reduced passive ("[a man],
    taken to a hospital"); None when the verb is no such verb or brings no one there."""
    if tok.lemma_.lower() not in lexicon.word_class("care_verb") or not any(
            prep.dep_ == "prep" and prep.lower_ in {"to", "at", "in", "into"} and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lexicon.word_class("care_noun") for o in prep.children)
            for prep in tok.children):
        return None
    victim = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    if victim is None and tok.dep_ == "conj":
        victim = next((c for c in first_conjunct(tok).children if c.dep_ in {"nsubjpass", "dobj"}), None)
    if victim is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        victim = tok.head
    if victim is not None and victim.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
        victim = tok.head
    return victim


def age_noun(tok: "Token") -> bool:
    """An age used as a noun: "a 17-year-old" (the adjective "old" heads it, its unit below)."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in lexicon.word_class("age_unit")
                                     for c in tok.children)


#: entity labels of an owner that makes its "bodies" organs ("PACE's bodies", "the state's bodies")
OWNER_LABELS = frozenset({"ORG", "GPE"})


def not_dead(noun: "Token") -> bool:
    """Whether the ones a death noun ("victims", "bodies") counts are told of as alive, or as no
    people at all: rescued or freed ("rescued twelve victims", "five victims were freed", "the
    rescued victims", "victims who were released": a verb of class ``rescue_verb`` of
    word_classes.tsv), said to live ("the victims were found alive", "surviving victims": an
    adjective of class ``alive_adj``), or an organisation ("governing bodies", "local bodies":
    an ``organ_noun`` with an ``organ_adj``, or owned by a named body or state: "PACE's bodies")."""
    rescue, alive = lexicon.word_class("rescue_verb"), lexicon.word_class("alive_adj")
    if noun.lemma_.lower() in lexicon.word_class("organ_noun") and any(
            (c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.word_class("organ_adj"))
            or (c.dep_ == "poss" and c.ent_type_ in OWNER_LABELS) for c in noun.children):
        return True  # "governing bodies", "the council's three key bodies"
    if any(c.dep_ in {"amod", "acl", "relcl"} and (c.lemma_.lower() in rescue or c.lower_ in alive) for c in noun.children):
        return True  # "the rescued victims", "victims freed from a camp", "victims who were rescued"
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in rescue:
        return True  # "police rescued twelve victims", "five victims were freed"
    return noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(  # "the victims were found alive"
        c.dep_ in {"acomp", "oprd", "xcomp", "attr"} and c.lower_ in alive for c in head.children)


def _reflexive_of(victim: "Token") -> "Token":
    """The subject a reflexive object stands for ("[the man] shot himself"); the victim otherwise."""
    if victim.pos_ == "PRON" and "Yes" in victim.morph.get("Reflex") and victim.dep_ == "dobj":
        return next((c for c in victim.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), victim)
    return victim


def _deadly_event(tok: "Token", terms: CountTerms, numbered: Sequence[Count], *, headline: bool = False) -> Count | None:
    """At least one killed for one event said to be deadly ("a fatal shooting", "the deadly
    attack"), when the sentence numbers no death; a plural ("deadly protests") gives none.  A
    ``headline`` drops the article: "Fatal shooting under investigation" is one event too."""
    noun = tok.head
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i < tok.i:
        return None
    if cue_at(tok.doc, tok.i, terms, {"event"}) is None or any(c.kind == "killed" for c in numbered):
        return None
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in lexicon.word_class("negating_prefix"):
        return None  # "a non-fatal shooting"
    if not headline and not any(c.dep_ == "det" and c.lower_ in lexicon.word_class("determiner") for c in noun.children):
        return None
    phrase = tok.doc[tok.i : noun.i + 1]
    return count_record("killed", Quantity(1, 1, None), list(phrase), victims=None, confidence=0.6)


def _multiple_killing(tok: "Token", terms: CountTerms, numbered: Sequence[Count]) -> Count | None:
    """As many killed as a multiplying adjective says on one killing (a ``fold`` of
    count_terms.tsv on a noun of class ``death_noun``): "a double murder" (2), "the triple
    homicide" (3), when the sentence numbers no death."""
    factor = terms.folds.get(tok.lower_)
    noun = tok.head
    if factor is None or tok.dep_ not in {"amod", "compound"} or noun.tag_ != "NN" or noun.i < tok.i:
        return None
    if noun.lemma_.lower() not in lexicon.word_class("death_noun") or any(c.kind == "killed" for c in numbered):
        return None
    return count_record("killed", Quantity(factor, factor, factor), list(tok.doc[tok.i : noun.i + 1]),
                        victims=None, confidence=0.7)


def _deaths_told(tok: "Token", numbered: Sequence[Count]) -> Count | None:
    """Killed with no number for deaths told by a plural death noun with no number and no one
    named ("the deaths in police firing", "blamed for the killings"), when the sentence numbers
    no death; none for a plural with a number or a person ("two deaths", "the killings of three
    men": the number or the person is counted), "lives" (a ``life_noun``, not a ``death_noun``), a
    negated or unrealised clause ("to prevent deaths")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in lexicon.word_class("death_noun"):
        return None
    if any(c.kind == "killed" for c in numbered) or any(
            c.dep_ in _NAMED_DEATH or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None
    if any(c.dep_ == "neg" for c in tok.head.children) or unrealised(tok.head):
        return None
    return count_record("killed", Quantity(None, None, None), [tok], victims=None, confidence=0.5)


#: what makes a plural death noun counted elsewhere: a number, an owner, an of-phrase naming the dead
_NAMED_DEATH = frozenset({"nummod", "poss"})


def _dead_of(tok: "Token", terms: CountTerms) -> "Token | None":
    """The person a death adjective or noun is said of: "[a man] is dead", "left [a man] dead",
    "found [a boy] dead", "[he] was pronounced dead", "the death of [a teenager]", "[the boy]'s
    death", "the killing of [a man]" (a noun of class ``death_noun`` of word_classes.tsv), "the
    shooting claimed the life of [a woman]" (a ``life_noun`` as the object of a ``life_verb``); None
    otherwise (or when negated)."""
    if cue_at(tok.doc, tok.i, terms, {"adj"} if tok.pos_ == "ADJ" else {"noun"}) is None:  # type: ignore[arg-type]
        return None
    head = tok.head
    if any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
        return None
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "attr"}:
        # "[a man] is dead", "[a boy] was found dead"; "police shot dead [a student]" is the object's
        return next((c for want in ("dobj", "nsubj", "nsubjpass") for c in head.children if c.dep_ == want), None)
    if tok.pos_ == "ADJ" and tok.dep_ in {"oprd", "xcomp", "ccomp", "advcl"} and head.pos_ == "VERB":
        # "found [a boy] dead"; passive "[a boy] was found dead", "[he] was pronounced dead", also
        # as a conjunct that shares its subject ("[a man] was shot and was pronounced dead")
        return next((c for t in (head, first_conjunct(head)) for c in t.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i > head.i and head.dep_ == "dobj":
        return head  # "left a man dead", "found the boy dead": said after the noun, of the object
    word = tok.lemma_.lower()
    life_lost = word in lexicon.word_class("life_noun") and tok.dep_ == "dobj" and head.lemma_.lower() in lexicon.word_class(
        "life_verb")
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and (word in lexicon.word_class("death_noun") or life_lost):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # "[the boy]'s death", "[his] death"
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else owner
    return None


def wounded_of(tok: "Token", terms: CountTerms) -> "tuple[Token, CountKind] | None":
    """The person a wound or a patient's condition is said of, and the kind: "[a man] with a
    gunshot wound", "found [her] suffering from a wound", "[he] suffered injuries", "[she] is in
    stable condition" (classes ``wound_noun``, ``wound_verb``, ``wound_prep``, ``patient_state``
    of word_classes.tsv) are injured; a fatal wound ("[he] suffered fatal injuries", "[a man]
    with a mortal wound": an adjective of class ``deadly_adj``, not "non-fatal") kills.  None when
    negated or when the wound is what a death came of ("[he] died of his wounds")."""
    victim = _wound_holder(tok, terms)
    if victim is None:
        return None
    doc = tok.doc
    deadly = any(c.dep_ == "amod" and c.lower_ in lexicon.word_class("deadly_adj")
                 and not any(t.lower_ == "non" for t in doc[max(0, c.i - 2) : c.i]) for c in tok.children)
    return victim, "killed" if deadly else "injured"


def _wound_holder(tok: "Token", terms: CountTerms) -> "Token | None":
    word = tok.lemma_.lower()
    if word not in lexicon.word_class("wound_noun") and not (word == "condition" and any(
            c.dep_ == "amod" and c.lower_ in lexicon.word_class("patient_state") for c in tok.children)):
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.word_class("wound_verb"):
        holder = tok.head  # "[he] suffered injuries"
    elif tok.dep_ == "pobj" and tok.head.lower_ in lexicon.word_class("wound_prep"):
        holder = tok.head.head  # "[a man] with a wound", "found [her] suffering from a wound"
    else:
        return None
    if holder.pos_ in {"NOUN", "PROPN"}:
        # a noun holds its wound "with" it ("[a man] with a wound"); "a [call] for a gunshot wound",
        # "a [search] for ..." name no one who has it
        return holder if tok.dep_ == "dobj" or tok.head.lower_ == "with" else None
    if holder.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in holder.children) \
            or token_cue(holder, terms, {"intransitive"}) == "killed":
        return None
    victim = next((c for want in ("dobj", "nsubjpass", "nsubj") for c in holder.children if c.dep_ == want and c.i != tok.i), None)
    if holder.dep_ in {"acl", "relcl"} and (victim is None or victim.tag_ in {"WP", "WDT"}):
        victim = holder.head  # "[a man] suffering from wounds", "[a boy] who suffered injuries"
    return victim


def _implied(victim: "Token", numbered: Sequence[Count], *, kind: CountKind = "killed") -> Count | None:
    """The count of one victim phrase, or ``None`` when it names no people or is counted already."""
    if victim.lower_ == "another" and all(c.dep_ == "acl" for c in victim.children):
        # "wounding four and killing another"; a headline's "[another] injured" read as a participle on it
        return count_record(kind, Quantity(1, 1, 1), [victim], victims=victim.doc[victim.i : victim.i + 1], confidence=0.7)
    victim = _reflexive_of(victim)
    group = [victim, *(c for c in victim.conjuncts if c.i > victim.i), *_listed_as_apposition(victim)]
    if any((t.pos_ not in {"NOUN", "PROPN", "PRON"} and not age_noun(t)) or t.like_num for t in group):
        return None
    if any(t.pos_ == "PRON" and ("Neut" in t.morph.get("Gender") or "Prs" not in t.morph.get("PronType")
                                 or {"1", "2"} & set(t.morph.get("Person"))) for t in group):
        return None  # "it was killed", "who died": no person named here; "I was shot", "they shot me": a speaker's words
    span = noun_phrase(victim, before=VICTIMS_BEFORE)
    if age_noun(victim):  # "a [17-year-old]": from the age's number
        span = victim.doc[min(c.left_edge.i for c in victim.children if c.dep_ == "npadvmod") : victim.i + 1]
    if len(group) > 1:  # "a man and his son": the whole coordination, up to its last noun
        span = victim.doc[victim.left_edge.i : max(t.i for t in group) + 1]
    if any(c.dep_ in {"nummod", "det"} and (c.like_num or c.lower_ == "no") for t in group for c in t.children):
        return None
    if any(span.start_char <= c.start < span.end_char for c in numbered):
        return None
    if (apart := _apart_word(victim)) is not None and apart.i < span.start:
        span = victim.doc[apart.i : span.end]  # "[another man]": the word that tells him apart is kept
    singular = all(t.tag_ in {"NN", "NNP"} or t.morph.get("Number") == ["Sing"] or age_noun(t) for t in group)
    n = len(group) if singular else None
    return count_record(kind, Quantity(n, n, n), list(span), victims=span, confidence=0.7 if singular else 0.6)


# ------------------------------------------------------------------ a report's victims settled (from events.merge)

def implied(c: "Count") -> bool:
    """A count read from a victim with no number ("a man was shot": injured 1)."""
    return c.victims is not None and c.text == c.victims.text


def refers_back(count: "Count") -> bool:
    """Whether a count's victim is a personal pronoun, which points back to someone already named
    ("he died")."""
    if count.victims is None:
        return False
    said = count.victims.text.lower().split()
    return len(said) == 1 and said[0] in lexicon.word_class("person_pronoun") | lexicon.word_class("group_pronoun")


def same_victim(wounded: "Count", dead: "Count") -> bool:
    """Whether the one who died may be the one said to be wounded: no victim named for the death
    ("a fatal shooting"), a pronoun for either (:func:`refers_back`: "he died", "a boy died after
    he was shot"), or the same head noun; never a wounded victim told apart from those named
    before ("one boy was killed and [another boy] was hurt": :func:`~seismo.extract.numbers.victims.apart`)."""
    if apart(wounded):
        return False
    if dead.victims is None:
        return True
    said = dead.victims.text.lower().split()
    hurt = wounded.victims.text.lower().split() if wounded.victims is not None else []
    return bool(said and hurt) and (refers_back(dead) or refers_back(wounded) or said[-1] == hurt[-1])


def settle_counts(event: "Event") -> "Event":
    """A victim said to be shot and then to have died is dead, not wounded: an injured count read
    from a victim with no number is dropped when the report counts that victim's death."""
    dead = [c for c in event.counts if c.kind == "killed" and (c.best or c.low or 0) >= 1]
    keep = tuple(c for c in event.counts
                 if not (c.kind == "injured" and implied(c) and any(same_victim(c, d) for d in dead)))
    return event if len(keep) == len(event.counts) else replace(event, counts=keep)
