"""To whom, when the object of an act is a thing: the party the thing belongs to, is for, or
is aimed at.

:mod:`.roles` reads the recipient off the parse as the object of the trigger.  Often that
object is no party but a thing of one ("rejected *a Bolivian proposal*", "vetoed *Ukraine's
bid*", "froze *the accounts of the opposition party*") or a thing given, signed or imposed
("sent *rice* to the Philippines", "signed *a pact* with Somalia", "lifted *its ban* on Syrian
trucks"), and a verb of speech or feeling may take its party only through a preposition
("apologised *to* the relatives") or through the clause it governs ("warned it would freeze
*the assets of* Venezuelan officials").  :func:`party_candidates` lists, in order, the tokens
where the party may be named; the coder takes the first that resolves to an actor.  The verb's
own recipient prepositions ("signed a contract *with* Norway") come after the thing's.

Knowledge in data: the prepositions are the classes ``owner_prep`` and ``party_prep`` of
``word_classes.tsv``; the types whose verb names its party with "to" / "for" and no object
are :data:`DATIVE_TYPES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: entity labels of a modifier that names a thing's owner ("a *Bolivian* proposal", "the *US*
#: offer", "*Ukraine*'s bid", "*Hamas*'s demands")
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: an of-phrase names an owner only when it is no place ("the outskirts of Aleppo" is where)
OF_OWNER_LABELS = frozenset({"NORP", "ORG", "PERSON"})
#: types whose verb names its party with "to" or "for" when it has no object, or only a thing:
#: acts of speech, giving and dealing ("apologised to", "sent aid to", "offered asylum to");
#: movements and force are excluded, where "to" says where ("marched to", "fled to", "moved
#: troops to the border", "fired shells to the north")
DATIVE_TYPES = frozenset({"AGREE", "CONSULT", "CONCEDE", "SUPPORT", "AID", "COOPERATE", "REQUEST", "REJECT",
                          "ACCUSE", "THREATEN", "SANCTION"})
#: the children that are prepositions, the parser's "dative" among them ("sent rice *to* X")
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: how deep a thing may hang below another ("its ban on *Syrian trucks*": the trucks' owner)
DEPTH = 2


def owners(thing: "Token") -> list["Token"]:
    """Who a thing belongs to: a possessor that is no pronoun ("Ukraine's bid": a pronoun's
    owner is most often the actor itself, "its ban"), a named modifier ("a Bolivian proposal"),
    a party in an owner phrase ("an offer from Kabul", "the accounts of the party")."""
    out = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    out += [c for c in thing.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in OWNER_LABELS]
    out += [o for o in prep_objects(thing, lexicon.word_class("owner_prep"))
            if o.ent_type_ in OF_OWNER_LABELS or o.pos_ == "NOUN" or (o.head.lower_ != "of" and o.ent_type_ == "GPE")]
    return out


def _below(thing: "Token", depth: int) -> list["Token"]:
    """A thing's owners, then the parties it is for, with or against, each followed by what
    hangs below it in turn ("200 tonnes of rice to the Philippines": the rice's party)."""
    out: list["Token"] = []
    for tok in owners(thing) + prep_objects(thing, lexicon.word_class("party_prep"), deps=PREP_DEPS):
        out.append(tok)
        if depth > 1:
            out.extend(_below(tok, depth - 1))
    return out


def _objects(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]


def party_candidates(head: "Token", thing: "Token | None", *, type_: str) -> list["Token"]:
    """Where the party an act of ``head`` is done to may be named, in order, when its object
    ``thing`` (or ``None``: it has none) resolves to no actor.  A noun trigger's party is left
    to :mod:`.roles` ("the arrest of 40 students")."""
    if head.pos_ not in ("VERB", "AUX"):
        return []
    out = _below(thing, DEPTH) if thing is not None else []
    if thing is not None:  # "signed a contract with Norway", "fired tear gas at the crowd": the verb's own party
        out += prep_objects(head, lexicon.word_class("recipient_prep"))
    dative = type_ in DATIVE_TYPES
    if dative:  # "sent rice to the Philippines", "apologised to the relatives"
        out += prep_objects(head, frozenset({"to", "for"}), deps=PREP_DEPS)
    if thing is None and dative:  # "warned it would freeze the assets of X", "threatened to cut ties with X"
        for clause in (c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
            if type_ == "REQUEST" and clause.dep_ == "ccomp":  # "demanded that Hamas renounce ...": Hamas is asked
                out += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            for obj in _objects(clause):
                out += [obj, *_below(obj, DEPTH)]
            out += prep_objects(clause, lexicon.word_class("party_prep"), deps=PREP_DEPS)
    return out


__all__ = ["DATIVE_TYPES", "owners", "party_candidates"]
