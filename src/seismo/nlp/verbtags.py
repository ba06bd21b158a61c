"""Verbs the tagger calls nouns, told by what the parser hangs on them.

spaCy's small English model tags some verbs as nouns, mostly the present tense of headlines
("Sierra Leone shortens its curfew": *shortens*/NNS, "Farmers lobby regulator for higher
prices": *lobby*/NN).  Its parser does not read the tagger's tags, and often still makes such a
word the head of its clause, with a subject, an object or a particle hanging on it.  Nouns take
no object, no particle and no auxiliary, so a noun-tagged word with one of them is a verb.

:func:`add_verb_tags` puts :class:`VerbTags` after the parser and before the attribute ruler
and the lemmatizer, which read the tag: a word it retags gets a verb's part of speech and a
verb's lemma, and every rule that asks for a verb finds it.  A word is retagged only when

* English has it as a verb (its base form is in the lemmatizer's verb index);
* it heads a clause (the root, a complement, an adverbial or a coordinated clause), never a
  noun's own place in a clause (subject, object, compound), but for an -ing form with an object
  after a preposition ("fined for misusing funds");
* and it has a verb's dependent: a direct object, an indirect object, a particle ("hands 37
  farms back"), an auxiliary ("to document abuses"); or it is the root of a sentence that has
  no finite verb at all, with its subject before it and a preposition or adverb after it
  ("Thousands rally in Lusaka over power cuts", the number noun taken for a number), or, for an
  -s form of a word English has as a verb only (in no noun's index nor among the nouns'
  irregular forms), a noun the parser hung before it as a compound ("Belgian minister
  apologises for ..."; not "Nuclear plant restart in Japan", a bare form).

A noun the parser hung before such a verb as its compound is its subject, when it has none.
The new tag follows English agreement: after *to* or a modal the base form (VB); an -s form
third person present (VBZ); an -ing form a gerund (VBG); a bare form with a plural subject
present (VBP) and with a singular one past ("A dam burst in ..." is no present tense: VBD).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["VERB_TAGS", "VerbTags", "add_verb_tags"]

#: the name of the component in the spaCy pipeline
VERB_TAGS = "seismo_verb_tags"
#: the tags of a noun that may be a verb mistagged (:meth:`VerbTags.__call__` also reads a proper
#: noun's tag on a word in lower case: "Teachers march on ...", read as the month)
NOUN_TAGS = frozenset({"NN", "NNS"})
#: the tags of a noun or a name
NOUN_PHRASE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: the relations of a word that heads a clause (a noun in its own place has others)
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis"})
#: dependents only a verb has
VERB_DEPENDENTS = frozenset({"dobj", "dative", "prt", "aux", "auxpass"})
#: the relations of what follows a bare root verb of a headline ("rally in Bishkek")
AFTER_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
#: the tags of a finite verb: a sentence holding one has its verb
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: pronoun subjects that take the plural form of the verb
PLURAL_PRONOUNS = frozenset({"we", "they", "you", "i"})


class VerbTags:
    """Retag the nouns of a parsed doc that the parser made verbs (see the module docstring)."""

    def __init__(self, verbs: Iterable[str], nouns: Iterable[str] = (), noun_forms: Iterable[str] = (),
                 relation_participles: Iterable[str] = ()) -> None:
        self.verbs = frozenset(verbs)
        self.nouns = frozenset(nouns)  # the noun index: base forms
        self.noun_forms = frozenset(noun_forms)  # the nouns' irregular inflections ("shelves")
        #: participles that make an adjective of relation after a hyphen ("army-*backed*", "Russian-*built*")
        self.relation_participles = frozenset(relation_participles)

    def __call__(self, doc: "Doc") -> "Doc":
        for token in doc:
            if token.tag_ in NOUN_TAGS or (token.tag_ == "NNP" and token.is_lower):
                tag = self.tag_for(token)
                if tag is not None:
                    token.tag_ = tag
                    _subject_from_compound(token)
        for token in doc:
            if _compound_verb_misread(token) and token.lower_ not in self.relation_participles:
                _raise_compound_verb(token)  # not "Pakistan army-backed government": backed by the army
        return doc

    def base_forms(self, word: str) -> tuple[str, ...]:
        """The verb forms ``word`` may be the inflection of, most likely first."""
        if word.endswith("ing") and len(word) > 5:
            stem = word[:-3]
            forms = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
        elif word.endswith("ies") and len(word) > 4:
            forms = (word[:-3] + "y",)
        elif word.endswith("es") and len(word) > 3:
            forms = (word[:-2], word[:-1])
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 2:
            forms = (word[:-1],)
        else:
            forms = ()
        return (*forms, word)  # "focus", "address": a base form ending in s

    def is_verb(self, word: str) -> bool:
        return any(form in self.verbs for form in self.base_forms(word))

    def verb_only(self, word: str) -> bool:
        """English has ``word`` as a verb and never as a noun ("apologises", not "rallies")."""
        return bool(self.nouns) and word not in self.noun_forms and not any(form in self.nouns for form in self.base_forms(word))

    def tag_for(self, token: "Token") -> str | None:
        """The verb tag of ``token``, or None when it stays a noun."""
        word = token.lower_
        if not token.is_alpha or _hyphenated(token) or not self.is_verb(word):
            return None
        gerund = word.endswith("ing") and token.tag_ == "NN"
        if token.dep_ not in CLAUSE_DEPS and not (gerund and token.dep_ in ("pobj", "pcomp")):
            return None
        deps = {child.dep_ for child in token.children}
        if not deps & VERB_DEPENDENTS and not _bare_root(token, compound=token.tag_ == "NNS" and self.verb_only(word)):
            return None
        if gerund:
            return "VBG" if "dobj" in deps else None
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("TO", "MD") for c in token.children):
            return "VB" if token.tag_ != "NNS" else None  # an -s plural is no base form
        if token.tag_ == "NNS":
            return "VBZ" if word.endswith("s") else None
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return "VBP"
        return "VBP" if _plural(subject) else "VBD"


def _hyphenated(token: "Token") -> bool:
    """Whether ``token`` is part of a hyphenated word ("phase-out")."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return before or after


def _compound_verb_misread(token: "Token") -> bool:
    """A hyphenated verb made of a noun ("Police *tear-gassed* protesters", "baton-charged") that
    the parser read as an adjective of the sentence's root noun, in a sentence with no finite
    verb of its own (one of a relative or adverbial clause is none: "protesters who blocked the
    road"), with a noun before it: a past verb with that noun for subject and the root for object,
    not a noun phrase."""
    root, doc = token.head, token.doc
    if not (token.tag_ in ("VBN", "VBD") and token.dep_ == "amod" and root.dep_ == "ROOT"
            and root.tag_ in NOUN_PHRASE_TAGS and token.i < root.i and token.i >= token.sent.start + 3):
        return False
    hyphen, first = doc[token.i - 1], doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or first.tag_ != "NN" or first.head.i != token.i:
        return False
    subject = doc[token.i - 3]
    if subject.tag_ not in NOUN_PHRASE_TAGS or subject.head.i != root.i:
        return False
    return not any(t.tag_ in FINITE_TAGS and not _subordinate(t) for t in token.sent if t.i != token.i)


def _subordinate(verb: "Token") -> bool:
    """A verb of a clause inside a noun phrase or an adverbial ("protesters *who blocked* the road",
    "as they *marched*"): no verb of the sentence itself."""
    return any(t.dep_ in ("relcl", "acl", "advcl") for t in (verb, *verb.ancestors))


def _raise_compound_verb(verb: "Token") -> None:
    """Make a hyphenated verb :func:`_compound_verb_misread` found the sentence's verb: the noun
    before it its subject, the root noun its object."""
    root, subject = verb.head, verb.doc[verb.i - 3]
    ends = [c for c in root.children if c.dep_ == "punct" and c.i > root.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for mark in ends:
        mark.head = verb
    root.head, root.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"


def _bare_root(token: "Token", *, compound: bool = False) -> bool:
    """A noun-tagged root with its subject before it and a preposition or adverb after it, in a
    sentence with no finite verb ("Hundreds rally in Bishkek"); with ``compound``, a noun hung
    before it as a compound stands for the subject ("minister apologises for")."""
    if token.dep_ != "ROOT":
        return False
    if not any((_subject_like(c) or compound and c.dep_ == "compound") and c.i < token.i for c in token.children):
        return False
    if not any(c.dep_ in AFTER_DEPS and c.i > token.i for c in token.children):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in token.sent)


def _subject_like(token: "Token") -> bool:
    """A subject, or a plural number noun the parser took for one's number ("Thousands rally")."""
    return token.dep_ == "nsubj" or (token.dep_ == "nummod" and token.tag_ == "NNS")


def _subject_from_compound(verb: "Token") -> None:
    """Make the noun the parser hung on a retagged verb as its compound, before it, the verb's
    subject when it has none ("Sierra Leone shortens its curfew": *Leone* was a compound of
    *shortens*)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    before = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i or _subject_like(c) and c.i < verb.i]
    if before:
        before[-1].dep_ = "nsubj"


def _plural(subject: "Token") -> bool:
    """Whether a subject takes the plural form of the verb: a plural noun, a number, a pronoun
    of the plural (or *I* / *you*), or two coordinated ("Indonesia and Malaysia")."""
    if subject.tag_ in ("NNS", "NNPS") or subject.tag_ == "CD" and subject.lower_ not in ("1", "one") \
            or subject.lower_ in PLURAL_PRONOUNS:
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def add_verb_tags(nlp: "Language", *, relation_participles: Iterable[str] = ()) -> None:
    """Put :class:`VerbTags` after the parser (a model with no parser or no rule lemmatizer's verb
    index is left as it is); ``relation_participles`` are never raised to a verb after a hyphen."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names or VERB_TAGS in nlp.pipe_names:
        return
    if "lemma_index" not in nlp.get_pipe("lemmatizer").lookups:
        return
    if not Language.has_factory(VERB_TAGS):
        @Language.factory(VERB_TAGS, default_config={"relation_participles": []})
        def _make(nlp: "Language", name: str, relation_participles: list[str]) -> VerbTags:
            lookups = nlp.get_pipe("lemmatizer").lookups
            index = lookups.get_table("lemma_index")
            irregular = lookups.get_table("lemma_exc").get("noun", {}) if "lemma_exc" in lookups.tables else {}
            return VerbTags(index.get("verb", ()), index.get("noun", ()), irregular, relation_participles)
    nlp.add_pipe(VERB_TAGS, after="parser", config={"relation_participles": sorted(relation_participles)})
