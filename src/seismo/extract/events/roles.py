"""Who did it and to whom: the actor (source) and recipient (target) tokens of a trigger.

Read off the dependency parse, by voice and part of speech:

* active verb — actor = subject (inherited through xcomp / conjoined verbs, resolved through
  relative pronouns), recipient = direct object or against/on/at-phrase;
* passive verb — actor = the by-agent, recipient = the passive subject
  ("City Hall was set on fire" → recipient City Hall); forces that "were deployed" with no
  by-agent are the actor of their own deployment;
* noun — actor = possessor / by-phrase / a nationality or organisation compound, or the
  subject of a light verb it is the object of ("staged a protest"); the of-phrase is the
  actor for intransitive happenings ("the arrival of troops", "protests of workers") and the
  recipient otherwise ("the arrest of 40 students", "the annexation of Crimea");
* "at the request of X", "at X's request" — X requests, of the one who arrives / acts;
* agent nouns ("Kazakh demonstrators") are their own actor, and the object of a relative
  clause on them ("who have shaken the government") is their recipient;
* a nominal event as the means of a verb of using ("used this pretext *with* the annexation") takes
  the verb's named subject, or a pronoun's antecedent name.

Implicit actors stay ``None``: the coder refuses to guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.events.coding.triggers import TriggerMatch, TriggerTable
from seismo.extract.events.coding.words import doers, kin_of, main_verb_misread
from seismo.extract.events.actors import is_speaker_pronoun, pronoun_antecedent
from seismo.extract.events.parties import (VICTIM_ACT_TYPES, bestowed_on, bestower, claimant, object_doers,
                                          predicate_between)
from seismo.extract.noun_phrases import Side, noun_phrase
from seismo.extract.syntax import (antecedent, controlling_verb, direct_objects, in_class, prep_objects, subjects,
                                   with_conjuncts)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: types whose noun trigger's of-phrase names who acts ("the arrival of troops")
INTRANSITIVE_TYPES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "AGREE", "CONSULT", "COOPERATE"})
#: types whose event noun names its source with "from" ("the threat from the rebels", "calls from
#: the opposition", "aid from the EU"); for the others "from" says where ("shelling from the hills",
#: "withdrawal from the city")
SOURCE_FROM_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "AID", "SANCTION",
                               "CONSULT", "COOPERATE", "CONCEDE"})
#: the words before a head that belong to its compact noun phrase (see :func:`phrase_bounds`)
NP_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "case", "flat", "det"})
ENTITY_AGENT_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
PRONOUNS = frozenset({"PRON"})


@dataclass(frozen=True, slots=True)
class Roles:
    """The head tokens of the actor and recipient (either may be None)."""

    actor: "Token | None"
    recipient: "Token | None"


def _whole(tok: "Token") -> "Token":
    """The group a word of quantity takes part of: "some of the soldiers", "two of the
    policemen" → the soldiers, the policemen (class ``partitive``, or a number); the people a
    group noun gathers, "a group of farmers", "a band of rebels" → the farmers, the rebels (class
    ``group_noun``, with a plural of-object; not "families of the victims", who are others); ``tok`` otherwise."""
    if tok.lemma_.lower() in lexicon.word_class("group_noun"):
        members = [t for t in prep_objects(tok, frozenset({"of"})) if t.tag_ in ("NNS", "NNPS")]
        return members[0] if members else tok
    if tok.lower_ not in lexicon.word_class("partitive") and not (tok.like_num or tok.lower_ == "one"):
        return tok
    groups = [t for t in prep_objects(tok, frozenset({"of"})) if t.pos_ in ("NOUN", "PROPN")]
    return groups[0] if groups else tok


def _first(tokens: list["Token"]) -> "Token | None":
    """The first token that names someone (a word of quantity: the group it takes part of, see
    :func:`_whole`); a personal pronoun names whom it stands for (:func:`pronoun_antecedent`),
    or no one when that cannot be found.  A first-person pronoun is kept as it is: inside a
    direct quotation it stands for the speaker, whom the coder knows (:func:`is_speaker_pronoun`)."""
    for tok in (_named_apposition(_whole(t)) for t in tokens):
        if tok.pos_ not in PRONOUNS or tok.lower_ in ("who", "which") or is_speaker_pronoun(tok):
            return tok
        found = pronoun_antecedent(tok)
        if found is not None:
            return _whole(found)  # "Thousands of teachers struck as *they* demanded ...": the teachers
    return None


#: entity labels of an apposition that names whom a title or a body's kind stands for
APPOSITION_LABELS = frozenset({"PERSON", "ORG"})


def _named_apposition(tok: "Token") -> "Token":
    """The name in apposition to a common noun ("the mayor of Istanbul, *Ekrem Imamoglu*,
    accused", "the opposition leader, *Nelson Chamisa*, called"): the name says who the title
    stands for; ``tok`` when it is no common noun or has no such name.  A person's name the
    parser hung on the place of the title's of-phrase ("the mayor of [Istanbul, Ekrem Imamoglu]")
    is the title's too: a place has no person in apposition."""
    if tok.pos_ != "NOUN":
        return tok
    names = [c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in APPOSITION_LABELS]
    names.extend(c for p in prep_objects(tok, frozenset({"of"})) if p.ent_type_ == "GPE"
                 for c in p.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
    return names[0] if names else tok


def apposed_title(tok: "Token") -> "Token | None":
    """The common noun a name is in apposition to (:func:`_named_apposition`: "the mayor of
    Istanbul, *Ekrem Imamoglu*" → mayor), whose words say the name's office, country and sector;
    None for a name in no such apposition."""
    if tok.dep_ != "appos" or tok.pos_ != "PROPN":
        return None
    head = tok.head
    if head.pos_ == "NOUN":
        return head
    if head.ent_type_ == "GPE" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return None


def _is_passive(head: "Token") -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children) or (
        head.tag_ == "VBN" and head.dep_ in ("acl", "amod") and not main_verb_misread(head)
    )


def _light_verb_subject(head: "Token", table: TriggerTable) -> list["Token"]:
    """The subject of a light verb whose object is ``head`` ("police launched a crackdown"), of
    a verb that voices a claim or delivers a document ("the union raised several demands", "the
    army issued a threat"), or of a verb of finding what a seizure takes ("police found
    explosives", "soldiers found a cache *of* rifles"), or of a verb of making an agreement ("the
    parties reached a deal"), or of a verb of using a weapon or force ("police used tear gas"), or of
    one of ordering or joining it ("the court ordered the closure"; classes ``light``, ``lodge``,
    ``voicing``, ``disrupt``, ``forge``, ``wield`` and ``commanding``); not of one that names
    it ("called the attack an act of terror")."""
    verbs = (table.word_class("light") | table.word_class("lodge") | table.word_class("voicing")
             | table.word_class("disrupt") | table.word_class("forge") | table.word_class("wield")
             | table.word_class("commanding"))
    obj = head
    hyphened = obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].text == "-"  # "a *sit*-in" the parser split
    while (obj.dep_ == "compound" or obj.dep_ == "amod" and hyphened) and obj.head.i != obj.i and obj.head.pos_ == "NOUN":
        obj = obj.head  # a trigger's first word inside a compound: "staged a *sit*-in"
    while obj.dep_ == "conj" and obj.head.i != obj.i:  # "a cache of rifles and *grenades*"
        obj = obj.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.pos_ == "NOUN":
        obj = obj.head.head  # what the quantity or container holds
    if obj.dep_ in ("dobj", "attr") and in_class(obj.head, verbs) and not any(c.dep_ == "oprd" for c in obj.head.children):
        if in_class(obj.head, table.word_class("wield")) and not _weapon(obj, table):
            return []  # "used the bombing as a pretext": the user did not bomb
        return doers(obj.head)
    return []


def _fired(noun: "Token", table: TriggerTable) -> bool:
    """Whether an object names the missiles, shells or drones a verb fires or launches, itself or
    through a quantity's of-phrase ("a barrage of missiles", "dozens of drones"): no party."""
    fired = table.word_class("heavy") | table.word_class("dronew") | table.word_class("projectile")
    return in_class(noun, fired) or any(in_class(g, fired) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for g in p.children if g.dep_ == "pobj")


def _weapon(noun: "Token", table: TriggerTable) -> bool:
    """Whether a noun names a weapon or force one wields ("tear gas", "live ammunition", "force")."""
    words = table.word_class("crowdweapon") | table.word_class("projectile") | table.word_class("weaponry") | {"force"}
    return in_class(noun, words)


def partakers(head: "Token", table: TriggerTable) -> list["Token"]:
    """The subject of a verb of taking part whose in-phrase is ``head``: "officers took part
    in the killings", "police participated in the crackdown", "soldiers helped in the raid"."""
    if head.dep_ != "pobj" or head.head.lower_ != "in" or head.head.dep_ != "prep":
        return []
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    partake = table.word_class("partake")
    if in_class(verb, partake) or any(c.dep_ == "dobj" and in_class(c, partake) for c in verb.children):
        return doers(verb)
    return []


def _noun_roles(match: TriggerMatch, table: TriggerTable) -> Roles:
    head = match.head
    actor_cands: list[Token] = []
    recipient_cands: list[Token] = []
    of_phrase = prep_objects(head, frozenset({"of"}))
    for child in head.children:
        if child.dep_ == "poss":
            actor_cands.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and (
            child.ent_type_ in ENTITY_AGENT_LABELS or in_class(child, table.word_class("forces"))
            or in_class(child, table.word_class("armedgroup"))
        ) and not (child.tag_ == "JJ" and match.rule.type in MEETING_TYPES):  # "military talks": their kind
            actor_cands.append(child)  # "Russian shelling", "police firing", "army action", "a rebel ambush"
    actor_cands.extend(_wielder(t, table) for t in _agents(head))
    doing = lexicon.word_class("agent_participle")  # "the massacre committed by soldiers", "a strike called by the union"
    if match.rule.type not in MEETING_TYPES:  # not "talks led by Qatar": a mediator leads talks others hold
        actor_cands.extend(_wielder(t, table) for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_.lower() in doing for t in _agents(c))
    if match.rule.type in SOURCE_FROM_TYPES:
        actor_cands.extend(prep_objects(head, frozenset({"from"})))
    actor_cands.extend(_light_verb_subject(head, table))
    actor_cands.extend(claimant(head))
    if match.rule.type not in ("REQUEST", "ASSAULT"):  # "the court granted an appeal": the court rules on another's
        # request; "the army announced the killing of three soldiers": the teller need not be the killer
        actor_cands.extend(bestower(head, table))
        recipient_cands.extend(bestowed_on(head, table))
    actor_cands.extend(partakers(head, table))
    between = prep_objects(head, frozenset({"between"})) or predicate_between(head)
    if between:  # "clashes between police and protesters", "fighting broke out between the army and rebels"
        sides = with_conjuncts(between)
        if len(sides) == 1:  # "between police in Bahrain and demonstrators": the parse hung the other side on the town
            sides += [t for t in sides[0].subtree if t.dep_ == "conj" and t.head.i != sides[0].i and t.head.dep_ == "pobj"
                      and t.head.head.lower_ in ("in", "at", "from", "of")  # not "the villages of A and B": places
                      and lexicon.singular(sides[0].lower_) not in lexicon.word_class("place_noun")][:1]
        return Roles(_first(sides[:1]), _first(sides[1:]))
    if match.rule.type in INTRANSITIVE_TYPES:
        actor_cands.extend(of_phrase)
        recipient_cands.extend(prep_objects(head, frozenset({"against", "with", "to"})))
    else:
        recipient_cands.extend(of_phrase)
        recipient_cands.extend(prep_objects(head, frozenset({"against", "on", "at"})))
    if _is_agent_noun(match):
        # agent nouns name their own actor: "demonstrators", "Kazakh rioters" (a nationality
        # compound is part of the phrase, not another actor); "protesters who shook the
        # government": the relative clause's object is what they protest against
        actor_cands = [t for t in actor_cands if t.head.i != head.i or t.dep_ in ("poss",)] or [head]
        if not recipient_cands:
            recipient_cands.extend(_contested(head, table))
    placed = _placing_verb(head, table)
    if placed is not None:  # "was taken into custody by police", "placed the mayor under arrest"
        passive = _is_passive(placed)
        actor_cands.extend(_agents(placed) if passive else [c for c in placed.children if c.dep_ == "nsubj"])
        recipient_cands.extend(c for c in placed.children if c.dep_ == ("nsubjpass" if passive else "dobj"))
    if not actor_cands:
        actor_cands.extend(_governing_subject(head, table)
                           or (object_doers(head, verbal=False) if match.rule.type in VICTIM_ACT_TYPES else []))
    if not actor_cands:
        actor_cands.extend(_ready_for(head))
    if not actor_cands and match.rule.type in MEETING_TYPES:
        actor_cands.extend(_meeting_party(head))
    return Roles(_first(with_conjuncts(actor_cands)), _first(with_conjuncts(recipient_cands)))


def _placing_verb(head: "Token", table: TriggerTable) -> "Token | None":
    """The verb of placing (class ``placing``) whose "into" / "under" phrase a noun of holding is
    ("*taken* into custody", "*placed* under arrest"): its subject or agent holds, its object or
    passive subject is held."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("into", "under") or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and in_class(verb, table.word_class("placing")) else None


def _ready_for(head: "Token") -> list["Token"]:
    """The subject of an adjective of readiness whose for/to-phrase is a nominal event ("he was
    *ready for* a compromise", "the rebels are *open to* talks"; adjectives of class ``intent``):
    the one who is ready does it."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return []
    adj = head.head.head
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.lemma_.lower() not in lexicon.word_class("intent"):
        return []
    return doers(adj.head)


#: types whose event noun is a meeting: every party to it is one who meets, and it is held
#: somewhere ("talks in Geneva"); the other verbal types are statements, placed where they
#: were said (:func:`seismo.extract.events.place.where_said`)
MEETING_TYPES = frozenset({"CONSULT"})


def _meeting_party(head: "Token") -> list["Token"]:
    """A meeting with no party of its own is the party of the phrase it hangs on: the possessor
    or by-phrase of a noun ("the party's return *to talks*", "the return to talks *by the
    party*"), or — for a meeting *with* someone — the subject of a verb ("Adams stayed away
    pending *meetings with Blair*": Adams meets Blair), also of a verb whose object the meeting
    with someone is ("the union sought *talks with the minister*": the union would meet him)."""
    with_someone = bool(prep_objects(head, frozenset({"with"})))
    if head.dep_ in ("dobj", "obj") and with_someone and head.head.pos_ == "VERB":
        return doers(head.head)  # "the union sought talks with the minister": who seeks them meets
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return []
    above = head.head.head
    if above.pos_ == "NOUN":
        return doers(above)
    if above.pos_ == "VERB" and with_someone:
        return doers(above)
    return []


#: entity labels of a by-phrase that sets a deadline, not an agent ("signed a petition *by Monday*")
DEADLINE_LABELS = frozenset({"DATE", "TIME"})


def _agents(head: "Token") -> list["Token"]:
    """The objects of a trigger's by-phrase, but a date or time: that is a deadline."""
    return [t for t in prep_objects(head, frozenset({"by"})) if t.ent_type_ not in DEADLINE_LABELS]


def _is_agent_noun(match: TriggerMatch) -> bool:
    """A weak noun trigger that names the people doing it ("demonstrators", "rioters")."""
    return match.head.lemma_.lower().endswith(("er", "or")) and match.rule.weight < 0.6


def _contested(head: "Token", table: TriggerTable) -> list["Token"]:
    """The object of a relative clause on a protester noun whose verb is of class ``contest``
    ("demonstrators, who have shaken the government" → the government)."""
    out: list[Token] = []
    for clause in head.children:
        if clause.dep_ != "relcl" or not in_class(clause, table.word_class("contest")):
            continue
        if any(c.lower_ in ("who", "that", "which") for c in subjects(clause, deps=ACTIVE_SUBJECT)):
            out.extend(c for c in clause.children if c.dep_ in ("dobj", "obj"))
    return out


#: entity labels a pronoun subject can stand for when it is an actor
ANTECEDENT_LABELS = frozenset({"GPE", "ORG"})


def _governing_subject(head: "Token", table: TriggerTable) -> list["Token"]:
    """A nominal event without an agent, as the means of a verb of using (word class ``means``
    in triggers.tsv: use, employ, exploit, invoke, justify ...), takes that verb's subject when
    it is a name ("Russia used this pretext with the annexation of Crimea"); a pronoun subject
    ("it used ...") takes the nearest earlier country or organisation name of the sentence.
    Other verbs give nothing: "the city struggled with the invasion" is no invasion by the
    city, and "Russia condemned the attack" is no attack by Russia."""
    # the event is the means of its verb ("used X *with* the annexation", "responded *through* sanctions")
    if head.dep_ == "pobj" and head.head.lower_ in lexicon.word_class("means_prep"):
        verb = head.head.head
    else:
        return []
    if verb.pos_ != "VERB" or not in_class(verb, table.word_class("means")):
        return []
    out = []
    for subj in doers(verb):
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "they"):
            found = antecedent(subj, pick=_country_or_organisation)
            if found is not None:
                out.append(found)
        elif subj.pos_ == "PROPN" and subj.ent_type_ in ENTITY_AGENT_LABELS:
            out.append(subj)
    return out


def _country_or_organisation(tok: "Token") -> "Token | None":
    """``tok`` when it is a proper name of a country or organisation (a pronoun's antecedent)."""
    return tok if tok.pos_ == "PROPN" and tok.ent_type_ in ANTECEDENT_LABELS else None


def _wielder(tok: "Token", table: TriggerTable) -> "Token":
    """Who wields a weapon named as an agent: "killed by police bullets" → police; or as the
    subject of a charge with sticks that the parser read as a noun ("police lathi - charged")."""
    if any(in_class(tok, table.word_class(c)) for c in ("projectile", "weaponry", "chargeweapon")):
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and (
                in_class(child, table.word_class("forces")) or in_class(child, table.word_class("armedgroup"))
                or child.ent_type_ in ENTITY_AGENT_LABELS
            ):
                return child
    return tok


#: the dependency of a nominal subject of an active verb, and of a passive one
ACTIVE_SUBJECT = frozenset({"nsubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass"})
#: dependencies by which a verb has an object or complement of its own
COMPLEMENT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd"})
#: dependencies of a verb's result complement ("shot *dead*")
RESULT_DEPS = frozenset({"acomp", "oprd", "advmod", "xcomp"})


def _reduced_passive(head: "Token", table: TriggerTable) -> bool:
    """A verb that cannot stand without an object (word class ``transitive``: kill, murder,
    lynch ...) written with a subject and no object is a headline's reduced passive: "4
    policemen killed" — the subject suffers it; so is a verb whose only complement says the one
    it hit died (class ``deathresult``: "militant shot dead near the gate").  Relative clauses
    ("the man who killed"), verbs with an auxiliary ("police have killed") and verbs sharing the
    object of a verb conjoined after them ("police arrested and charged the man") are left as
    written."""
    if head.pos_ != "VERB":
        return False
    kids = list(head.children)
    result = [c for c in kids if c.dep_ in RESULT_DEPS and in_class(c, table.word_class("deathresult"))]
    if not (result or in_class(head, table.word_class("transitive"))):
        return False
    if any((c.dep_ in COMPLEMENT_DEPS and c not in result) or c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    later = (v for v in head.conjuncts if v.i > head.i and v.pos_ in ("VERB", "AUX"))
    if any(c.dep_ in COMPLEMENT_DEPS for v in later for c in v.children):
        return False  # "police arrested and charged [the man]": the object the verbs share hangs on the last
    subj = subjects(head, deps=ACTIVE_SUBJECT)
    return bool(subj) and all(c.tag_ not in ("WP", "WDT") for c in subj)


def _state_first(actor: "Token", table: TriggerTable) -> Roles | None:
    """A two-sided clash ("activists and the police clashed"): state forces among the
    conjoined parties take the actor slot and the first other party the recipient, as ACLED
    lists the state as Actor 1; None when no forces are named or they already come first."""
    parties = with_conjuncts([actor])
    forces = table.word_class("forces")
    if in_class(actor, forces):
        return None
    state = [p for p in parties if p is not actor and in_class(p, forces)]
    return Roles(state[0], actor) if state else None


def _verb_roles(match: TriggerMatch, table: TriggerTable) -> Roles:
    head = match.head
    passive = _is_passive(head)
    if passive:
        actor = _first([_wielder(t, table) for t in _agents(head)])
        patient = subjects(head, deps=PASSIVE_SUBJECT, relative="head")  # "the journalist *who* was arrested"
        if not patient and head.dep_ in ("acl", "amod"):
            patient = [kin_of(head.head, head) or head.head]
        # "the arrested would be ..." — a participle standing for those it describes
        if not patient and head.dep_ in ("nsubj", "nsubjpass"):
            patient = [head]
        if actor is None and match.rule.type == "MOBILIZE" and patient and in_class(patient[0], table.word_class("forces")):
            return Roles(_first(patient), None)  # "troops were deployed": the force moved is the actor
        return Roles(actor, _first(patient))
    if in_class(head, lexicon.word_class("undergo")):  # "two men died": the subject suffers it
        return Roles(None, _first(doers(head)))
    if _reduced_passive(head, table):  # "4 policemen and 4 civilians also killed"
        return Roles(None, _first(doers(head)))
    actor = _first([_wielder(t, table) for t in doers(head)])
    if actor is None and (linking := controlling_verb(head)) is not None:  # "Spain is ready to send troops"
        actor = _first([_wielder(t, table) for t in doers(linking)])
    if head.tag_ == "VBG" and head.i > head.sent.start:
        prev = head.doc[head.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and in_class(prev, table.word_class("forces")):
            actor = prev  # "police firing", whatever the parser made of the pair ("deaths in police firing")
    if match.rule.hint == "clash" and actor is not None:
        swapped = _state_first(actor, table)
        if swapped is not None:
            return swapped
    if actor is None and head.tag_ == "VBG" and (done := object_doers(head, verbal=True)):
        actor = _first([_wielder(t, table) for t in done])  # "accused rebels of killing twelve"
    elif actor is None and head.tag_ == "VBG":
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            actor = head.head  # "police firing on the mob": the noun a present participle describes acts
        else:  # a gerund tagged as a verb: "killed in [police] firing"
            near = [c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod")]
            if head.i > head.sent.start and head.doc[head.i - 1].dep_ in ("pobj", "compound"):
                near.append(head.doc[head.i - 1])  # "died in police firing" parsed as in→police, firing→died
            if head.dep_ in ("csubj", "nsubj", "nsubjpass", "dobj", "pobj"):  # "[firing] by the police", as of a noun
                near += _agents(head)
            armed = table.word_class("forces") | table.word_class("armedgroup")
            actor = _first([c for c in near if in_class(c, armed) or c.ent_type_ in ENTITY_AGENT_LABELS])
    objects = [head.head if o.tag_ in ("WDT", "WP") and head.dep_ == "relcl" and o.i < head.i else o
               for o in direct_objects(head)  # "the village *which* the rebels shelled": the village
               if not _fired(o, table)]  # "launched dozens of drones at Odesa": the drones are what is fired
    if in_class(head, lexicon.word_class("moving_own")) and (own := [o for o in objects if _own_means(o, table)]):
        # "withdrew *its troops* from Khan Younis": the place they leave; not "attacked / expelled their positions / envoy"
        away = frozenset({"from", "to"})  # "recalled its ambassador *from* Niger", "... *to* Israel"
        objects = [o for o in objects if o not in own] + prep_objects(head, away) + [g for o in own for g in prep_objects(o, away)]
    setting = lexicon.word_class("speech_setting")
    objects.extend(t for t in prep_objects(head, lexicon.word_class("recipient_prep"))
                   if t.ent_type_ not in DEADLINE_LABELS  # "met *on* Tuesday": a day, no party
                   and t.lemma_.lower() not in setting)  # "met on the sidelines of the summit", "spoke on the phone"
    if (head.dep_ == "relcl" and not objects and head.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in head.children)):
        objects.append(head.head)  # "the village gunmen attacked"; not "the area, *where* crowds gathered", nor
        # "protesters, *who* had marched ...": the noun the relative subject stands for does the act
    return Roles(actor, _first(with_conjuncts(objects)))


def _own_means(obj: "Token", table: TriggerTable) -> bool:
    """An object that is the doer's own forces or envoys, told by a possessive pronoun ("withdrew *its
    troops*", "recalled *its ambassador*", "reinforced *their positions*"): what the doer moves, no
    party; not "their *own* commander", whom they act on."""
    owned = any(c.dep_ == "poss" and c.lower_ in lexicon.word_class("own_pronoun") for c in obj.children)
    return owned and not any(c.lower_ == "own" for c in obj.children) and (
        in_class(obj, table.word_class("forces")) or obj.lemma_.lower() in lexicon.word_class("own_means"))


def _request_roles(match: TriggerMatch) -> Roles | None:
    """``at the request of X`` / ``at X's request``: X asks; whoever the request governs is asked."""
    head = match.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("at", "upon", "on"):
        return None
    actor = _first(prep_objects(head, frozenset({"of"})) or [c for c in head.children if c.dep_ == "poss"])
    governor = head.head.head
    recipient = None
    if governor.pos_ == "VERB":
        recipient = _first(doers(governor))
    elif governor.pos_ in ("NOUN", "PROPN"):
        recipient = _first(prep_objects(governor, frozenset({"of"})))
    return Roles(actor, recipient)


def roles_of(match: TriggerMatch, *, table: TriggerTable) -> Roles:
    """The actor and recipient head tokens of a trigger match."""
    if match.rule.type == "REQUEST":
        found = _request_roles(match)
        if found is not None:
            return found
    if match.head.pos_ in ("NOUN", "PROPN"):
        return _each_other(match, _clash_sides(match, _noun_roles(match, table), table))
    return _each_other(match, _clash_sides(match, _verb_roles(match, table), table))


#: types of act two parties do to each other, so that of "X and Y" doing it, Y is X's counterpart
#: ("India and Pakistan held talks", "Armenia and Azerbaijan signed a deal")
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE"})


def _each_other(match: TriggerMatch, roles: Roles) -> Roles:
    """Of two coordinated parties who meet, agree or clash with no other party named, the
    second is the first's counterpart: the recipient ("*Putin* and *Xi* met", "clashes erupted
    as *herders* and *farmers* fought"); not where the act names parties of its own ("mediated
    between ...") or a clause that may ("agreed to send tanks to Ukraine")."""
    if roles.actor is None or roles.recipient is not None:
        return roles
    if match.rule.type not in RECIPROCAL_TYPES and match.rule.hint != "clash":
        return roles
    head = match.head
    if prep_objects(head, frozenset({"between"})) or any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return roles  # "mediated between Israel and Hamas", "agreed to send tanks to Ukraine": others named
    other = next((c for c in roles.actor.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    return roles if other is None else Roles(roles.actor, other)


def _clash_sides(match: TriggerMatch, roles: Roles, table: TriggerTable) -> Roles:
    """A clash's with-party is its other side ("a clash with police", "farmers clashed with
    police"); state forces take the actor slot, as ACLED lists the state as Actor 1."""
    if match.rule.hint != "clash":
        return roles
    party = _first(with_conjuncts(prep_objects(match.head, frozenset({"with"}))))
    if party is None or (roles.recipient is not None and roles.recipient.i != party.i and _side(roles.recipient, table)):
        return roles  # a side named already; not the fire of "an exchange of fire with police"
    if not _side(party, table):
        return roles  # "clashed with stones", "fought with machetes": a weapon, no side
    forces = table.word_class("forces")
    if roles.actor is None or (in_class(party, forces) and not in_class(roles.actor, forces)):
        return Roles(party, roles.actor)
    return Roles(roles.actor, party)


def _side(tok: "Token", table: TriggerTable) -> bool:
    """Whether ``tok`` may be a side of a clash: a name of an agent or a word of people (class ``victim``)."""
    return tok.ent_type_ in ENTITY_AGENT_LABELS or in_class(tok, table.word_class("victim"))


def _forces_owner(tok: "Token", table: TriggerTable) -> "Token":
    """"the troops of the CSTO" → the CSTO: generic forces take the name of their owner."""
    if in_class(tok, table.word_class("forces")):
        for owner in prep_objects(tok, frozenset({"of"})):
            if owner.ent_type_ in ("ORG", "GPE", "NORP"):
                return owner
    return tok


def _filler(tok: "Token") -> bool:
    return tok.is_punct or tok.pos_ == "DET"


#: a compact noun phrase: the modifiers before the head up to the first other word, without a
#: leading determiner or punctuation mark; after the head, only the compound words right after it
_NP_BEFORE = Side(NP_LEFT_DEPS, trim=_filler)
_NP_AFTER = Side(frozenset({"flat", "compound"}), reach="run", words=True)


def phrase_bounds(tok: "Token", *, table: TriggerTable | None = None) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the compact noun phrase headed by ``tok``: the head
    with its compounds, adjectives, possessors and numbers, without determiners or clauses;
    a named entity containing the head is kept whole (less a leading determiner); a page's
    furniture before a caption (class ``furniture``: "image caption") ends it on the left."""
    if table is not None:
        tok = _forces_owner(tok, table)
    phrase = noun_phrase(tok, before=_NP_BEFORE, after=_NP_AFTER, entity=None)
    start = phrase.start
    furniture = [t.i for t in tok.doc[start : tok.i] if t.lower_ in lexicon.word_class("furniture")]
    if furniture:  # "image copyright Reuters image caption Riot police": the caption's words only
        start = furniture[-1] + 1
    while start < tok.i and (tok.doc[start].pos_ == "DET" or _result_before_number(tok.doc[start])):
        start += 1
    return start, phrase.end


def _result_before_number(word: "Token") -> bool:
    """An adjective before a number, which tells the state an act left its object in, not the
    object, right after the verb ("shot *dead* two students"; not "the *first* two suspects")."""
    doc = word.doc
    if word.tag_ != "JJ" or word.i == 0 or word.i + 1 >= len(doc):
        return False
    return doc[word.i - 1].pos_ == "VERB" and doc[word.i + 1].tag_ == "CD" and doc[word.i + 1].dep_ == "nummod"
