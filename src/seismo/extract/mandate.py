"""Clauses that bid someone do something: the content of a demand, told without a modal.

English puts a demand on a party in the complement of a verb of wanting or insisting by the
mandative subjunctive or by a to-infinitive with its own subject, and spaCy's parser gives the
complement verb a subject of its own in both:

    "insisted that the company pay"       a bare verb after "that"             (tag VB)
    "insists Paris drop the plan"         a plain verb a singular noun or      (tag VBP, subject NN / NNP,
                                          he / she / it does not agree with     he, she, it; not "are",
                                                                                nor a subject "X and Y")
    "insisted that the children be given" a bare "be" as its only auxiliary
    "wants Lagos to release the funds"    a to-infinitive with its own subject (not "be" / "have":
                                          "declared the vote to be valid" tells a finding)

:func:`bidden` says whether a verb is such a clause's verb; a duty told with a modal ("must",
"should") is read by the callers from the modal table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["bidden"]

#: verbs a to-infinitive with its own subject uses to tell a state or finding, not a deed asked for
_STATIVE = frozenset({"be", "have"})
#: pronouns a plain present verb does not agree with ("insisted he *step* down")
_SINGULAR = frozenset({"he", "she", "it"})


def _plural_of(subject: "Token") -> bool:
    """A singular head with a plural of-object ("told reporters that the proximity *of* the forces
    make ..."): the verb agrees with the nearer plural, a slip of agreement, not a subjunctive; after
    a verb of demanding (class ``mandative``: "urged that the governor of the northern provinces *resign*")
    it is still read as one."""
    if subject.head.head.lemma_.lower() in lexicon.word_class("mandative"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")
                                                               for o in p.subtree) for p in subject.children)


def bidden(verb: "Token", *, named: bool = False) -> bool:
    """Whether ``verb`` heads a clause bidding its subject do something (see the module).

    ``named``: the subject must be a noun or a name, not a pronoun ("we must", "it be noted")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (named and subject.pos_ not in ("NOUN", "PROPN")):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return ((verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))
                or (verb.tag_ == "VBP" and verb.lemma_ != "be" and not any(c.dep_ == "conj" for c in subject.children)
                    and (subject.tag_ in ("NN", "NNP") or subject.lower_ in _SINGULAR) and not _plural_of(subject)))
    if auxes == ["be"]:
        return verb.tag_ == "VBN"
    return (auxes == ["to"] and verb.tag_ == "VB" and verb.lemma_ not in _STATIVE
            and subject.dep_ == "nsubj")
