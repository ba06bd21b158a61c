"""The words around a trigger head in the parse: who does what it says (:func:`doers`), what it
acts on (:func:`arguments`), what modifies it (:func:`modifiers`), and whether its sentence
attributes it (:func:`has_claim`).  The trigger conditions of :mod:`.triggers` read them, and so
do the roles and attachments of events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.according import according_to
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.numbers.quantity import count_terms
from seismo.extract.syntax import in_class, object_controller, subjects, with_conjuncts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "compound", "dative", "obj"})
MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "advmod", "nummod"})


def _participle_adjunct(head: "Token") -> bool:
    """A participle clause that shares its verb's subject ("the opposition stalled parliament,
    asking ..."): not when that subject only undergoes something ("a farmer died in army firing")."""
    verb = head.head
    return (head.tag_ == "VBG" and head.dep_ == "advcl" and verb.pos_ == "VERB"
            and not in_class(verb, lexicon.word_class("undergo")))


def _purpose(head: "Token") -> bool:
    """An infinitive of purpose, or a verb conjoined to one, shares its verb's subject ("Mandela
    will return to Johannesburg *to convey* his condolences *and offer* support")."""
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "VERB":
        head = head.head
    verb = head.head
    return (head.dep_ == "advcl" and head.tag_ == "VB" and verb.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            # "moved the commission to investigate": the one moved does it
            and not any(c.dep_ == "dobj" and any(t.pos_ == "PROPN" or t.ent_type_ in AGENT_LABELS for t in c.subtree)
                        for c in verb.children))


#: entity labels of someone who can act (an object of "moved X to ..." who does the deed)
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


#: tags of a noun that an active participle may name as its doer: plural nouns ("nations
#: protesting ...") and names; a singular common noun is too often an event ("rioting and firing")
PEOPLE_TAGS = frozenset({"NNS", "NNPS", "NNP"})


def reporter(pronoun: "Token") -> "Token | None":
    """The subject of a verb of saying (attribution_cues) that the pronoun subject of the clause it
    reports stands for, when their number agrees: "airlines said *they* would suspend flights" —
    the airlines; "the ministry said *it* had sealed the border" — the ministry."""
    clause = pronoun.head
    if pronoun.tag_ != "PRP" or pronoun.lower_ not in ("they", "it") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    gov = clause.head
    if attribution_cues().get("verb", gov.lemma_) is None:
        return None
    plural = pronoun.lower_ == "they"
    return next((c for c in gov.children if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS")) == plural
                 and c.ent_type_ != "PERSON"), None)


def doers(head: "Token") -> list["Token"]:
    """Who does what a trigger ``head`` says, with their conjuncts: its subject or by-agent —
    for a noun its possessor or by-phrase — inherited from the governing verb for xcomp /
    conjoined verbs (a conjunct from the nearest earlier one with a subject; a passive one
    inherits none, nor one that is no verb of undergoing from one that is) and for a participle clause ("the opposition stalled parliament, *asking*
    ..."), a relative pronoun (by its tag) read as the noun its clause hangs on; with none, an
    active participle's plural noun or name ("Western *nations*, protesting the curbs, ...")."""
    if (controller := _object_controller(head)) is not None:
        return with_conjuncts([controller])
    if (act := _charged_act(head)) is not None:  # "accused the army of shelling villages, *killing* three": the army kills
        return doers(act) or with_conjuncts([c for c in head.head.children if c.dep_ == "dobj"])
    found = subjects(
        head,
        deps=SUBJECT_DEPS,
        agent=True,
        nominal=True,
        relative="head",
        inherit=frozenset({"xcomp", "conj"} | ({"advcl"} if _participle_adjunct(head) or _purpose(head) else set())),
        inherit_passive=False,
        nearest_conjunct=True,
        conjuncts=True,
    )
    if found and head.dep_ == "conj" and (_undergoer_inherited(head, found) or _bare_beside_past(head)):
        found = []  # "sixty people died when a lorry overturned and exploded": the dead did not explode
    if not found and head.dep_ == "xcomp":
        found = _raised_subject(head)  # "rebels are believed *to have killed*"
    noun = head.head
    if not found and head.tag_ == "VBG" and head.dep_ == "acl" and noun.i != head.i and noun.tag_ in PEOPLE_TAGS:
        return [noun]
    if not found and head.tag_ == "VBG" and (subject := _set_off_subject(head)) is not None:
        return [subject]
    if not found and head.tag_ == "VBG" and head.dep_ == "pcomp" and _gerund_shares_subject(head):
        verb = head.head.head  # "the rebels broke the truce by [attacking] a post": the clause's subject does it
        return with_conjuncts([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]) or doers(verb)
    if not found and head.tag_ == "VBD" and head.dep_ == "acl" and noun.dep_ == "ROOT":
        return [noun]  # "The film bombed at ...", parsed as a noun phrase: a past tense has its noun for subject
    if not found and main_verb_misread(head):
        return [head.sent.root]  # "X, who fled after the vote, *called* on ...": X, the sentence's noun
    return found


def _raised_subject(head: "Token") -> list["Token"]:
    """Who does the act of an infinitive or participle complement of a passive verb: the passive's
    subject ("*rebels* are believed to have killed", "*soldiers* were seen beating", "*the leaders*
    are scheduled to meet").  English gives the object of an active verb of this kind ("they saw
    soldiers beating ...") to its complement, and a passive makes that object the subject.  (An
    adjective's subject is read by ``syntax.controlling_verb``: "ready to", not "hard to".)"""
    gov = head.head
    if gov.i == head.i or gov.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "auxpass" for c in gov.children):
        return []
    if not (head.tag_ == "VBG" or any(c.tag_ == "TO" for c in head.children)):
        return []  # "two soldiers were reported *killed*": a passive participle, its subject the victim
    return with_conjuncts([c for c in gov.children if c.dep_ == "nsubjpass"])


def main_verb_misread(head: "Token") -> bool:
    """A past form the parse hangs on a noun at or after a sentence's root noun, set off by a comma
    after an aside, with an object or a complement and no by-agent: the sentence's own verb, not a
    passive, and the root its subject ("Maria Lopez, who fled after the vote, *called* on Europe to act");
    or a past form of a verb that takes no people for its object (class ``unergative``) hung as a
    participle on the root noun, which it follows, with no object or agent: "Several hundred students
    *protested* outside the embassy" (no one "protests students")."""
    root = head.sent.root
    if (head.tag_ == "VBN" and head.dep_ == "acl" and head.head.i == root.i and root.pos_ in ("NOUN", "PROPN")
            and head.i > root.i and head.lemma_.lower() in lexicon.word_class("unergative")
            and not any(c.dep_ in ("agent", "auxpass", "dobj") for c in head.children)):
        return True
    return (head.tag_ in ("VBN", "VBD") and head.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and head.i > 0
            and head.doc[head.i - 1].text == "," and root.i < head.i and head.head.i >= root.i
            and not any(c.dep_ in ("agent", "auxpass") for c in head.children)
            and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children))  # active: not "..., arrested for theft"


def _charged_act(head: "Token") -> "Token | None":
    """The act a charge names ("accused the army *of shelling* villages"), which a participle set
    off after it goes on with, though the parse hangs the participle on the verb of charging (class
    ``charge_verb``), when the participle tells the harm done (class ``toll_participle``): "...,
    *killing* three civilians"."""
    verb = head.head
    if (head.tag_ != "VBG" or head.dep_ != "advcl" or verb.i == head.i
            or verb.lemma_.lower() not in lexicon.word_class("charge_verb")
            or head.lemma_.lower() not in lexicon.word_class("toll_participle")):
        return None  # not "accused the journalist of lying, *demanding* an apology": the accuser's own act
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused the militia [of] ...", on either
    return next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                 for o in p.children if o.dep_ == "pcomp" and o.tag_ == "VBG" and o.i < head.i), None)


def _gerund_shares_subject(head: "Token") -> bool:
    """A gerund after "by" / "without" (class ``gerund_prep``), or after "after" / "while" (class
    ``gerund_time_prep``) on a verb with no object, is done by that verb's subject ("broke the truce
    *by attacking*", "were held *after storming*", "shot himself *after killing* four"; not "dispersed
    the farmers after blocking")."""
    prep, verb = head.head, head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
        return False
    if prep.lower_ in lexicon.word_class("gerund_prep"):
        return True
    return prep.lower_ in lexicon.word_class("gerund_time_prep") and not any(
        c.dep_ in ("dobj", "obj", "dative") and not c.lower_.endswith(("self", "selves")) for c in verb.children)


def _undergoer_inherited(head: "Token", found: list["Token"]) -> bool:
    """Whether a conjoined verb that is no verb of undergoing took its subject from one that is
    (class ``undergo``: "sixty people died ... and exploded", a parse that joined "exploded" to
    "died"): one who suffers a thing does not, in the same breath, do the next."""
    undergo = lexicon.word_class("undergo")
    if in_class(head, undergo):
        return False
    return all(t.head.i != head.i and t.head.pos_ == "VERB" and in_class(t.head, undergo) for t in found)


def _bare_beside_past(head: "Token") -> bool:
    """A bare verb (VB, with no auxiliary or "to" of its own) the parse joined to a past verb of
    seeing or letting (class ``bare_clause_verb``), which takes an object and a bare verb: it is
    the object's act in the clause the parse broke, not the watcher's ("stood and watched a mob
    lynch two men and *injure* twenty": the mob injures)."""
    verb = head.head
    return (head.tag_ == "VB" and verb.tag_ == "VBD" and verb.i != head.i
            and verb.lemma_.lower() in lexicon.word_class("bare_clause_verb")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in head.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _object_controller(head: "Token") -> "Token | None":
    """The noun object of a verb of making someone act (class ``compelling``) whose "to"
    infinitive ``head`` is ("stones forced *the guards* to open fire", "forced *two million* to
    flee"); an order's act stays the one who orders it ("ordered the paper to suspend publication":
    the government's)."""
    found = object_controller(head, verbs=lexicon.word_class("compelling"))
    return found if found is not None and found.pos_ in ("NOUN", "PROPN", "NUM") else None


def _set_off_subject(head: "Token") -> "Token | None":
    """The subject right before a participle set off by a comma, whatever the parser hung the
    participle on ("Western *nations*, protesting the curbs, have ..." with "protesting" read
    as a clause of a later noun): a plural noun or name that is a clause's subject."""
    if head.i < head.sent.start + 2 or head.doc[head.i - 1].text != ",":
        return None
    noun = head.doc[head.i - 2]
    return noun if noun.tag_ in PEOPLE_TAGS and noun.dep_ in ("nsubj", "nsubjpass") else None


def arguments(head: "Token") -> list["Token"]:
    """What ``head`` acts on: objects, passive subject, compounds, of/on/against-phrases."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in lexicon.word_class("argument_prep"):
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "xcomp" and child.pos_ == "NOUN":
            found.append(child)
        elif _misread_object(child):
            found.append(child)
        elif (child.dep_ == "prep" and child.i == head.i + 1 and child.lower_ in lexicon.word_class("misparsed_particle")
              and not any(c.dep_ == "dobj" for c in head.children)):  # "closed down the paper": a particle read as a preposition
            found.extend(c for c in child.children if c.dep_ == "pobj")
    found.extend(_shared_object(head))
    for obj in [t for t in found if t.dep_ in ("dobj", "nsubjpass")]:  # "recruited tens of thousands of volunteers"
        found.extend(_counted(obj))
    for obj in [t for t in found if t.dep_ == "dobj"]:  # "blocked access to the internet"
        found.extend(g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for g in p.children if g.dep_ == "pobj")
        found.extend(c for c in obj.children if c.dep_ == "compound")  # "halted mediation efforts"
        if obj.tag_ == "CD":  # "gave $20 million": the sign of the currency a sum is told in
            found.extend(c for c in obj.children if c.tag_ == "$")
        if obj.tag_ in ("$", "CD") or any(c.dep_ == "nummod" for c in obj.children):  # "provided $5 million in aid"
            found.extend(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj")
    if head.dep_ == "relcl" and head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children):
        found.append(head.head)
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        found.append(head.head)
    return with_conjuncts(found)


def _misread_object(tok: "Token") -> bool:
    """A determined noun after a verb with no object, parsed as an adverbial noun ("withdrew [a
    decree] raising tariffs"): the verb's object, which a time or measure noun is not."""
    verb = tok.head
    return (tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and verb.pos_ == "VERB" and tok.i > verb.i
            and not tok.ent_type_ and any(c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children))


def _shared_object(verb: "Token") -> list["Token"]:
    """The object of the verb joined right after an objectless one ("recruited and armed
    [volunteers]", "arrested and charged [five men]"): both act on it."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    doc = verb.doc
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2
            and doc[verb.i + 1].dep_ == "cc" for o in c.children if o.dep_ == "dobj"]


def _quantity_word(tok: "Token") -> bool:
    """A number or a vague quantity that counts the noun of its of-phrase ("40", "dozens", "tens",
    "thousands", "a handful")."""
    terms = count_terms()
    lower = tok.lower_
    base = lower[:-1] if lower.endswith("s") else lower  # "tens", "dozens", "thousands"
    return tok.tag_ == "CD" or (lower,) in terms.vague or any(
        base in words for words in (terms.ones, terms.tens, terms.scales))


def _counted(obj: "Token") -> list["Token"]:
    """The nouns a quantity object counts through its of-phrases ("tens of thousands of
    [volunteers]", "dozens of [students]"): what the act is done to, not its number."""
    found: list[Token] = []
    tok = obj
    while _quantity_word(tok):
        nxt = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        found.append(nxt)
        tok = nxt
    return found


def modifiers(head: "Token") -> list["Token"]:
    """The words that modify ``head`` (its modifier children; for a noun, the two words before it
    and the modifiers of a compound before it, which the parse may hang there)."""
    found = [c for c in head.children if c.dep_ in MOD_DEPS]
    if head.pos_ in ("NOUN", "PROPN"):  # "air strike", "air-strike"; "joint counter-terrorism drills" ("joint" on "counter")
        found.extend(head.doc[i] for i in range(max(head.sent.start, head.i - 2), head.i))
        found.extend(g for c in head.children if c.dep_ == "compound" and c.i < head.i for g in c.lefts if g.dep_ in MOD_DEPS)
    return found


def has_claim(sent: "Span") -> bool:
    """Whether the sentence attributes what it says (according to X, X said, reports): the
    reporting words are the ``verb`` cues of ``attribution_cues.tsv``, as verbs or nouns."""
    for tok in sent:
        if according_to(tok, any_form=True) is not None:
            return True
        if tok.pos_ in ("VERB", "NOUN") and attribution_cues().get("verb", tok.lemma_) is not None:
            return True
    return False


def site(word: "Token", *, through: bool = False) -> bool:
    """The word names where something happens: the object of a preposition of class ``site_prep``
    ("outside the embassy", "at the consulate"), or of "of" on one ("in front of the embassy");
    with ``through``, also the "of" object of a noun that is one's object ("at the scene of the
    crash"; not for a party: "protested at the expulsion of its diplomats" is no site of diplomats)."""
    sites = lexicon.word_class("site_prep")
    prep = word.head if word.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.i != prep.i:
        holder = prep.head  # "front" of "in front of", or "the scene" of "at the scene of"
        prep = holder if holder.lower_ in sites else holder.head if through and holder.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in sites


def kin_of(noun: "Token", participle: "Token") -> "Token | None":
    """The people a participle the parse hung on a plural noun of kin tells of: the "of" object
    right before it ("relatives of [the miners] shot by police", "widows of [the farmers] killed in
    the raid"); None when ``noun`` is no such noun (class ``kin_noun``)."""
    if noun.lemma_.lower() not in lexicon.word_class("kin_noun") or noun.tag_ != "NNS":
        return None  # "the son of the governor kidnapped ...": one kin may be the victim himself
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.i == participle.i - 1), None)
