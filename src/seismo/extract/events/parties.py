"""To whom, when the object of an act is a thing: the party the thing belongs to, is for, or
is imposed on; and the parties an act named by a noun takes from the verb or the noun it hangs on.

:mod:`.roles` reads the recipient off the parse as the object of the trigger.  Often that
object is no party but a thing of one ("rejected *a Bolivian proposal*", "vetoed *Ukraine's
bid*", "froze *the accounts of the opposition party*") or a thing given, signed or imposed
("sent *rice* to the Philippines", "signed *a pact* with Somalia", "lifted *its ban* on Syrian
trucks"), and a verb of speech or giving may take its party only through a preposition
("apologised *to* the relatives") or through the clause it governs ("warned it would freeze
*the assets of* Venezuelan officials", "demanded that *the junta* release ...").
:func:`party_candidates` lists, in order, the tokens where the party may be named; the coder
takes the first that resolves to an actor.  The verb's own recipient prepositions ("signed a
contract *with* Norway") come after the thing's.

What is left out, because it names someone else (each measured on sentences written for the
review of this rule):

* the one named after "of" on an act that has a victim ("condemned the arrest *of* the
  opposition leader": the leader suffered it) — :data:`VICTIM_ACT_TYPES`;
* a thing's against / on phrase unless the act imposes the thing ("supported the sanctions on
  Iran", "rejected the lawsuit against Google" name whom the thing is aimed at, not whom the act
  is) — :data:`IMPOSING_TYPES`;
* for a request, the thing's beneficiary ("called for higher wages for nurses") and a clause
  subject who only gets or undergoes something ("demanded that workers receive a bonus");
* a compound that names a place or a topic before a named agreement ("the Paris climate
  agreement"): a compound owner must stand alone, right before its thing ("the US offer").

A person named by their tie to another ("the bodyguard of the president", class
``relation_noun``) is the party: :func:`is_relation` tells the coder so.

Knowledge in data: the prepositions and nouns are classes of ``word_classes.tsv``
(``owner_prep``, ``party_prep``, ``imposed_prep``, ``relation_noun``, ``receiving_verb``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.events.coding.words import doers
from seismo.extract.syntax import direct_objects, in_class, prep_objects

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from seismo.extract.events.coding.triggers import TriggerTable

#: entity labels of a modifier that names a thing's owner ("a *Bolivian* proposal", "the *US*
#: offer", "*Ukraine*'s bid")
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: an of-phrase names an owner only when it is no place ("the outskirts of Aleppo" is where)
OF_OWNER_LABELS = frozenset({"NORP", "ORG", "PERSON"})
#: types whose verb names its party with "to" when it has no party object: acts of speech, giving
#: and dealing ("apologised to", "sent aid to", "offered asylum to"); movements and force are left
#: out, where "to" says where ("marched to", "moved troops to the border")
DATIVE_TYPES = frozenset({"AGREE", "CONSULT", "CONCEDE", "SUPPORT", "AID", "COOPERATE", "REQUEST", "REJECT",
                          "ACCUSE", "THREATEN", "SANCTION"})
#: acts that impose the thing they act on, whose against / on phrase names its party ("imposed a
#: ban on X", "lifted its ban on X", "threatened legal action against X")
IMPOSING_TYPES = frozenset({"SANCTION", "THREATEN", "CONCEDE", "COERCE", "ASSAULT"})
#: event nouns whose of-phrase names who suffered the act ("the arrest of X", "the killing of X")
VICTIM_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the children that are prepositions, the parser's "dative" among them ("sent rice *to* X")
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: how deep a thing may hang below another ("its ban on *Syrian trucks*": the trucks' owner)
DEPTH = 2

#: the PLOVER types of the trigger rules an event noun has ("arrest" → COERCE)
ActTypes = Callable[["Token"], frozenset[str]]


def is_relation(tok: "Token") -> bool:
    """A person named by their tie to another ("the *son* of X")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.word_class("relation_noun")


def owners(thing: "Token", *, act_types: ActTypes) -> list["Token"]:
    """Who a thing belongs to: a possessor that is no pronoun ("Ukraine's bid": a pronoun's
    owner is most often the actor itself, "its ban"), a named adjective ("a Bolivian proposal"),
    a named compound standing alone right before it ("the US offer"), a party in an owner phrase
    ("an offer from Kabul", "the accounts of the party")."""
    out = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    out += [c for c in thing.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
    compounds = [c for c in thing.children if c.dep_ in ("compound", "nmod")]
    if len(compounds) == 1 and compounds[0].i == thing.i - 1 and compounds[0].ent_type_ in OWNER_LABELS:
        out.append(compounds[0])
    victim = bool(act_types(thing) & VICTIM_ACT_TYPES)
    for o in prep_objects(thing, lexicon.word_class("owner_prep")):
        of = o.head.lower_ == "of"
        if of and victim:
            continue
        if o.ent_type_ in OF_OWNER_LABELS or o.pos_ == "NOUN" or (not of and o.ent_type_ == "GPE"):
            out.append(o)
    return out


def _party_preps(type_: str) -> frozenset[str]:
    preps = lexicon.word_class("party_prep")
    return preps | lexicon.word_class("imposed_prep") if type_ in IMPOSING_TYPES else preps


def _below(thing: "Token", depth: int, *, type_: str, act_types: ActTypes) -> list["Token"]:
    """A thing's owners, then the parties it is for, made with or imposed on, each followed by
    what hangs below it in turn ("200 tonnes of rice to the Philippines": the rice's party).  A
    request's thing names no party but its owner ("called for higher wages for nurses")."""
    found = owners(thing, act_types=act_types)
    if type_ != "REQUEST":
        found += prep_objects(thing, _party_preps(type_), deps=PREP_DEPS)
    out: list["Token"] = []
    for tok in found:
        out.append(tok)
        if depth > 1 and not is_relation(tok):
            out.extend(_below(tok, depth - 1, type_=type_, act_types=act_types))
    return out


def _asked(clause: "Token") -> list["Token"]:
    """The subject a demanded clause asks to act ("demanded that *the junta* release ..."):
    none when it only gets or undergoes something ("that workers receive a bonus", "that the son
    be tried")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if passive or clause.lemma_.lower() in lexicon.word_class("receiving_verb"):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def party_candidates(head: "Token", thing: "Token | None", *, type_: str, act_types: ActTypes) -> list["Token"]:
    """Where the party an act of ``head`` is done to may be named, in order, when its object
    ``thing`` (or ``None``: it has none) resolves to no actor.  A noun trigger's party is left
    to :mod:`.roles` ("the arrest of 40 students")."""
    if head.pos_ not in ("VERB", "AUX"):
        return []
    dative = prep_objects(head, frozenset({"to"}), deps=PREP_DEPS) if type_ in DATIVE_TYPES else []
    out = list(dative) if type_ == "AID" else []  # "sent a team of experts to Turkey": given to Turkey
    if thing is not None:
        out += _below(thing, DEPTH, type_=type_, act_types=act_types)
        out += prep_objects(head, lexicon.word_class("recipient_prep"))  # "signed a contract with Norway"
    out += [t for t in dative if t not in out]  # "apologised to the relatives"
    if thing is None and type_ in DATIVE_TYPES:  # "warned it would freeze the assets of X"
        for clause in (c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
            if type_ == "REQUEST" and clause.dep_ == "ccomp":
                out += _asked(clause)
            out += prep_objects(clause, _party_preps(type_), deps=PREP_DEPS)  # "agreed to return them to X"
            for obj in direct_objects(clause):
                if type_ != "AGREE":  # what is agreed to is done to no one ("agreed to return the children")
                    out.append(obj)
                out += _below(obj, DEPTH, type_=type_, act_types=act_types)
    return out


__all__ = ["DATIVE_TYPES", "IMPOSING_TYPES", "VICTIM_ACT_TYPES", "is_relation", "owners", "party_candidates"]


def object_doers(head: "Token", *, verbal: bool) -> list["Token"]:
    """Who does the act ``head`` names when it is the gerund (``verbal``) or, for a verb of blame
    or praise (class ``reproach``), the act noun after a preposition of class ``control_prep`` on a verb: the
    verb's object ("accused *rebels* of killing twelve", "blamed *the militia* for the attack"),
    or the subject of a passive verb ("*two officers* were charged with beating him")."""
    prep = head.head
    if head.dep_ != ("pcomp" if verbal else "pobj") or prep.lower_ not in lexicon.word_class("control_prep") or prep.dep_ != "prep":
        return []
    verb = prep.head
    held = verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON")  # the parse hung the phrase on the object
    if held:
        verb = verb.head
    if verb.pos_ != "VERB" or not (verbal or verb.lemma_.lower() in lexicon.word_class("reproach")):
        return []
    if held:
        return [prep.head]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return direct_objects(verb)


# Parties of an act named by a noun, through the verb or the noun it hangs on


def predicate_between(head: "Token") -> list["Token"]:
    """The "between" phrase of the intransitive verb an event noun is the subject of: it names
    the noun's sides ("fighting *broke out* between the army and rebels", "clashes raged
    between two militias")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return []
    return prep_objects(verb, frozenset({"between"}))


def claimant(head: "Token") -> list["Token"]:
    """Who claims or owns up to an act ("IS *claimed* responsibility for the bombing", "the group took
    credit for the attack"): the subject of a verb of class ``owning_up`` whose object is a noun of
    class ``answerability`` with the act in its for-phrase."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for":
        return []
    answer = lexicon.word_class("answerability")
    noun = prep.head  # "claimed [responsibility for] the bombing", or the verb's own for-phrase ("took credit | for")
    verb = noun.head if noun.dep_ == "dobj" else noun
    if verb.lemma_.lower() not in lexicon.word_class("owning_up") or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in answer for c in verb.children):
        return []
    return doers(verb)


def bestower(head: "Token", table: TriggerTable) -> list["Token"]:
    """Who makes an act public or hands it out as the verb's own object (class ``bestow``: "Japan
    *announced* sanctions", "the junta *granted* an amnesty"); not through a noun of what is told
    of it ("gave *details of* the attack": the teller did not attack)."""
    if head.dep_ != "dobj" or not in_class(head.head, table.word_class("bestow")):
        return []
    return doers(head.head)


def bestowed_on(head: "Token", table: TriggerTable) -> list["Token"]:
    """Whom a verb of class ``bestow`` hands its act to: its indirect object or to-phrase ("gave
    *the junta* an ultimatum", "granted an amnesty *to* prisoners")."""
    verb = head.head
    if head.dep_ != "dobj" or not in_class(verb, table.word_class("bestow")):
        return []
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")] + prep_objects(
        verb, frozenset({"to"}))
