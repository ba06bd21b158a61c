"""Modality: did the event happen, as the text tells it?

``modality_of(trigger, *, sent, dates, published)`` reads the dependency parse around an event
trigger and returns one of ``asserted`` / ``negated`` / ``hypothetical`` / ``future`` /
``historical``.  The cue words live in ``data/modal_cues.tsv`` (read by :mod:`seismo.extract.framing.cues`), which is also
the one table of modal auxiliaries: its fourth column gives the classes the event coder reads (``future_aux``,
``uncertain_aux``, ...; the table's header gives the verdict on "would").  Checks run in this order and
the first that fires wins:

1. **negated** — a negation on the trigger or on a verb it is the complement of ("did not
   arrest", "never attacked", "without arresting"), a negative quantifier as its subject or object
   ("no one was detained", "no arrests", "no one being held"), an adverb saying it is still
   pending before its "to" infinitive ("are yet to arrest"), a claim called false in apposition
   ("..., a charge police denied": class ``disclaim``), or a negating governor ("denied attacking", "failed to
   capture", "refused to"; of an event noun, its clause: "denied that any arrest was made").
2. **hypothetical** / **future** — a modal or future auxiliary on the trigger or the verbs it is
   the xcomp of ("would have preferred to continue", "will deploy"), a governing verb ("threatened
   to", "plans to", "is expected to") or noun ("the plan to deploy", "calls to ban"; with "no",
   negated: "no plans to ban"), a present-tense semi-modal ("we have to arrest them"; class
   ``semi_modal``), or a conditional subordinator ("if", "unless"; "in case" also when the parser
   reads it as a preposition and its noun); **historical**, a governing verb of memory ("recalled
   his arrest").  A possibility modal ("could", "may", "might") whose clause also names a stretch of time ahead
   ("could take about a month", "may strike next week") is ``future``.  Last, a bare verb offered
   as the other branch of a choice ("pay the wage or *face* a strike": slot ``alternative``), or
   an infinitive stating what a planning noun holds ("their plan was *to march*"; "the only
   option is *to strike*": class ``only_way``).
3. **future** / **hypothetical**, event-noun cues — a modifier of a nominal trigger ("a
   *looming* strike", "the *planned* protest", "an *upcoming* rally", "a strike *called for*
   Monday"), or a verb the nominal trigger is the subject of ("a strike *is looming*", "the
   protest *is planned* for Friday"); and **historical** when the trigger is the "of" object of
   a commemorating noun ("the *anniversary* of the massacre"), **future** when it is that of a
   noun of the time just before it ("on the *eve* of the talks"), whatever date the clause names;
   **historical** too when a non-indefinite event noun is the object of a word of slot ``given``,
   which takes the event as known and tells who did it ("was *behind* the blast on Friday",
   "*responsibility for* the attack"): :func:`~seismo.extract.framing.timing.given_event`.
4. A time expression attached to the trigger (inside its phrase, else the nearest in the same
   clause; for an event noun the parser read as a verb, the clause it hangs on: "rose in the
   1980s after the Kano riots"): after publication → ``future``; ending more than a year before publication →
   ``historical`` ("in the 1990s", "the riots of the 1970s"), or by over a month for a
   possessive on an event noun, which names a known past event ("*last year's* protests"); a
   plural event noun whose sentence gives only stretches of two years or more is a pattern of the
   past → ``historical`` ("has seen repeated *strikes* over the past decade":
   :func:`~seismo.extract.framing.tallies.period_pattern`); otherwise the event is current → ``asserted``.
5. **historical**, background nominals — with no attached date, a definite event noun that is the
   object of a background preposition ("with", "like", "as", "unlike", "since") and names its
   setting with a proper noun ("used this pretext with *the annexation of Crimea* and *the war in
   the Donbass*"), or any definite event noun after "since" ("since the founding of the alliance", also when the
   parser reads "since the Soweto riots" as a clause).  Conjoined nouns share their first conjunct's reading.

Two checks run right after negation: **historical** when the trigger's clause names a time
"ago" in years, decades or centuries ("five years ago", with or without a publication date:
:func:`long_ago`) or an adverb of a former occasion is on the trigger ("was previously arrested",
slot ``former``: :func:`former_occasion`) or the trigger is a participle describing people whose
freeing is told ("the release of those arrested", slot ``freeing``: :func:`freed_after`), and **asserted** when a verb of class ``continuation`` says the event is going
on already, whatever its auxiliary ("the strike will continue", "protests entered their third
day": :func:`continuing`) or a past participle tells it happened ("pressing for the agreements
made at the summit": :func:`told_done`).

Otherwise the event is ``asserted``.  Only the trigger's own clause chain is read: an auxiliary on
a reporting verb ("he will say that police arrested ...") does not leak into the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.framing.claims import claim_disowned
from seismo.extract.framing.cues import ModalCues, modal_cues
from seismo.extract.framing.tallies import period_pattern
from seismo.extract.framing.timing import (attached_date, background_nominal, former_occasion, framed_in_time, freed_after,
                                           given_event, identifying_act, long_ago, since_clause, timed_against)
from seismo.extract.syntax import (clause_head, content_noun, first_conjunct, governor, in_class, is_verbal, phrasal_lemma,
                                   predicate_of, to_infinitive, verb_chain)
from seismo.extract.timex import is_duration
from seismo.model import Modality, When

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: how far before publication an attached date must end for the event to be background
HISTORICAL_AFTER = dt.timedelta(days=365)
#: how long before publication an event noun's possessive time ("last year's protests", told in
#: July) must have ended for the noun to name a known past event
NAMED_PAST = dt.timedelta(days=31)
_MODIFIER_DEPS = frozenset({"amod", "acl", "compound", "nmod"})
_SUBJECTS_OBJECTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "expl"})


#: links by which a nominal trigger is what its verb acts on ("threatened a *strike*")
OBJECT_LINKS = frozenset({"dobj", "attr", "oprd"})


def _verb_chain(trigger: "Token") -> list["Token"]:
    """The trigger and the verbs whose complement it is: "would have preferred to continue
    focusing" gives [focusing, continue, preferred].  A conjunct without its own subject or
    auxiliary joins the chain of its first conjunct; ccomp (reported speech) ends the chain.  A
    purpose infinitive goes on to the verb it is the purpose of ("will return to *offer*
    support": what is still to come is done for a purpose still to come).  A "to" infinitive that
    the parser links as a clausal complement ("allow us to proceed") goes on as an xcomp does."""
    chain = verb_chain(trigger, links=frozenset({"xcomp"}), bare_conjuncts=True)
    top = chain[-1]
    if top.dep_ == "ccomp" and top.head.i != top.i and (to_infinitive(top) or _causative(top)):  # "allow us to proceed": no report
        chain += [t for t in verb_chain(top.head, links=frozenset({"xcomp"}), bare_conjuncts=True) if t not in chain]
        top = chain[-1]
    if (holder := _only_way_verb(top)) is not None:
        # "would have no option but to arrest": the infinitive is what the verb's clause leaves open
        chain += [t for t in verb_chain(holder, links=frozenset({"xcomp"}), bare_conjuncts=True) if t not in chain]
        top = chain[-1]
    if _existential(top):  # "if there are people *protesting*": the clause of "are" rules it
        chain += [t for t in verb_chain(top.head.head, links=frozenset({"xcomp"}), bare_conjuncts=True) if t not in chain]
        top = chain[-1]
    if top.dep_ == "advcl" and top.head.i != top.i and to_infinitive(top):
        chain += [t for t in verb_chain(top.head, links=frozenset({"xcomp"}), bare_conjuncts=True) if t not in chain]
    return chain


def _only_way_verb(verb: "Token") -> "Token | None":
    """The verb of "have no choice but to ...", "no alternative than to ..." (a noun of class
    ``only_way`` between it and the infinitive ``verb``, however the parser hangs "but" or "than")."""
    if not to_infinitive(verb) or not any(t.lower_ in ("but", "than") for t in verb.doc[max(verb.sent.start, verb.i - 3) : verb.i]):
        return None
    tok, way = verb, None
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.word_class("only_way"):
            way = tok
        elif tok.pos_ in ("VERB", "AUX"):
            way = way or next((c for c in tok.children if c.dep_ == "dobj"
                               and c.lemma_.lower() in lexicon.word_class("only_way")), None)
            return tok if way is not None else None
    return None


def _causative(verb: "Token") -> bool:
    """A participle complement of a causative verb (class ``causative``): "get them *arrested*"."""
    return verb.tag_ == "VBN" and verb.head.lemma_.lower() in lexicon.word_class("causative")


def _existential(tok: "Token") -> bool:
    """An active participle on the noun of an existential clause: "there are people *marching*"."""
    noun = tok.head
    verb = noun.head
    return (tok.dep_ == "acl" and tok.tag_ == "VBG" and noun.i != tok.i and noun.dep_ == "attr"
            and verb.i != noun.i and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children))


def _governor(trigger: "Token") -> "Token | None":
    """The verb that takes a nominal trigger (or its first conjunct) as its object, directly or
    through a preposition ("threatened a strike", "called for a strike"); none for a verb with a
    nominal or adjectival object complement, which names its object, not plans it ("called the
    visit a provocation", "called the strike irresponsible": no call for one)."""
    gov = governor(first_conjunct(trigger), deps=OBJECT_LINKS, through_prep=True)
    if gov is not None and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in gov.children):
        return None
    return gov


def _noun_of(trigger: "Token") -> "Token | None":
    """The noun a nominal trigger completes through "of" or "for" ("the threat *of* a strike",
    "demands *for* a ban"), or None."""
    noun = first_conjunct(trigger)
    prep = noun.head
    if is_verbal(noun) or noun.dep_ != "pobj" or prep.lower_ not in lexicon.word_class("noun_of_prep") or prep.head.i == noun.i:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def _negated(trigger: "Token", chain: list["Token"], cues: ModalCues) -> bool:
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "neg" and cues.get("neg", child.text):
                return True
            if child.dep_ in _SUBJECTS_OBJECTS and _negative_quantity(child, cues) and \
                    child.lemma_.lower() not in lexicon.word_class("only_way"):  # "no choice but to fire"
                return True
    if trigger.dep_ == "acl" and any(c.lower_ == "being" for c in trigger.children) and _negative_quantity(trigger.head, cues):
        return True  # "knew of no student being detained": the gerund clause's subject is none
    noun = first_conjunct(trigger)
    head = noun.head
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and _negative_quantity(head.head, cues):
        return True  # "no reports of violence", "there is no question of arresting him"
    if not is_verbal(noun):
        if any(c.dep_ in ("det", "neg") and c.i < noun.i and cues.get("neg", c.text) for c in noun.children):
            return True  # "no arrests were made"; not "caused by a bomb, not a leak": that "not" is the leak's
        if noun.dep_ == "pobj" and head.lower_ in lexicon.word_class("placing_prep") and head.head.i != head.i:
            placed = head.head  # "nobody was taken into custody", "have not placed anyone under arrest"
            if any(c.dep_ == "neg" and cues.get("neg", c.text) or c.dep_ in _SUBJECTS_OBJECTS
                   and _negative_quantity(c, cues) for c in placed.children):
                return True
    for tok in chain:
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
            return True
    if _pending(chain, cues) or claim_disowned(trigger):
        return True
    holder = _noun_holder(chain)
    return holder is not None and any(c.dep_ in ("det", "neg") and cues.get("neg", c.text) for c in holder.children)


def _pending(chain: list["Token"], cues: ModalCues) -> bool:
    """A verb of the chain with a ``pending`` adverb whose "to" infinitive is the next link: "the
    detectives are *yet* to arrest him", "have *yet* to detain anyone" — the act has not happened."""
    for lower, upper in zip(chain, chain[1:]):
        if (lower.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
                and any(c.dep_ == "advmod" and cues.get("pending", c.text) for c in upper.children)):
            return True
    return False


def _noun_holder(chain: list["Token"]) -> "Token | None":
    """The noun whose infinitive the chain's top verb is: "plans" in "no plans to ban", "plot" in
    "a plot to get them arrested" (parsed as a relative clause) and in "foiled a plot to kill"
    (the infinitive hung on the verb, right after the noun)."""
    for verb in chain:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            return verb.head
        before = verb.doc[to.i - 1] if to.i > verb.sent.start else None
        if verb.dep_ == "advcl" and before is not None and before.pos_ == "NOUN" and before.head.i == verb.head.i:
            return before  # the verb's object right before the infinitive
    return None


def _negative_quantity(tok: "Token", cues: ModalCues) -> bool:
    """A noun counted as none: a negative quantifier ("no one", "no arrests") or "not" with a word for
    just one ("not a single accused", "not one person")."""
    if cues.get("quantity", tok.text) and tok.lower_ != "no":
        return True
    if any(c.dep_ in ("det", "neg") and cues.get("quantity", c.text) for c in tok.children):
        return True
    lone = [c for c in tok.children if c.dep_ in ("amod", "nummod") and cues.get("lone", c.text)]
    return bool(lone) and any(n.dep_ == "neg" and cues.get("neg", n.text) for w in (tok, *lone) for n in w.children)


def _governor_cue(tok: "Token", cues: ModalCues) -> str | None:
    if " " in (phrasal := phrasal_lemma(tok)) and (kind := cues.get("governor", phrasal)):
        return kind
    return cues.get("governor", tok.lemma_) or cues.get("governor", tok.text)


def _waiting(verb: "Token", cues: ModalCues) -> bool:
    """Whether the main clause of a clause of slot ``awaited`` ("until ...") waits on it: it is
    negated or carries a modal or future auxiliary ("*will not* lift the blockade until"); an
    awaited clause in the simple present waits whatever its main clause ("until the minister *resigns*")."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and cues.get("aux", c.text) for c in verb.children)


def _modal(trigger: "Token", chain: list["Token"], cues: ModalCues) -> tuple[str | None, str | None]:
    """(modality, the auxiliary that gave it) from auxiliaries, governors and subordinators."""
    sibling = first_conjunct(trigger)  # "called the attack terror and urged allies to act": no governor of "urged"
    governors = [t for t in chain[1:] if t.i != sibling.i]
    if (holder := _noun_holder(chain)) is not None:
        governors.append(holder)  # "plans to deploy", "calls to ban"
    gov = _governor(trigger)
    if gov is not None and not timed_against(trigger):  # "threatened to put them under arrest", not "set fire during riots"
        # a verb of placing passes on what governs it; a verb of performing, the verb right above it,
        # unless that is negated ("denied *carrying out* the attack"; not "did not deny carrying out")
        performs = [t for t in _verb_chain(gov)[1:2] if not any(c.dep_ == "neg" for c in t.children)] if (
            trigger.dep_ == "dobj" and gov.lemma_.lower() in lexicon.word_class("carry_out")) else []
        governors += [gov, *(_verb_chain(gov)[1:] if trigger.head.lower_ in lexicon.word_class("placing_prep") else performs)]
    if (owner := _noun_of(trigger)) is not None:
        governors.append(owner)  # "the threat of a strike", "fear of arrest", "calls for a ban"
    noun = first_conjunct(trigger)
    predicate = None if is_verbal(noun) else predicate_of(noun)
    for clause in (trigger, predicate):  # "denied that any arrest was made": the noun's clause is denied
        if clause is not None and clause.dep_ == "ccomp" and _governor_cue(clause.head, cues) in ("negated", "hypothetical"):
            governors.append(clause.head)  # "denied that police attacked", "demanded that they leave"
        elif clause is not None and (denier := _content_denied(clause, cues)) is not None:
            governors.append(denier)  # "denied reports that he was arrested"
        elif clause is not None and (owner := content_noun(clause)) is not None:
            governors.append(owner)  # "accusations that its fighters torched homes"
    governors = [t for t in governors if not _ended(t, noun, cues)]
    for tok in governors:
        kind = _governor_cue(tok, cues)
        if kind == "negated":
            return kind, None
    if _semi_modal(chain, cues):
        return "hypothetical", None
    holders = [*chain, *([gov] if gov is not None else []), *_misread_verbs(trigger)]
    marks_from = holders if predicate is None else [*holders, predicate]  # "if the protests continue"
    for tok in marks_from:
        for child in tok.children:
            if child.dep_ == "mark" and cues.get("mark", child.text):
                return cues.get("mark", child.text), None
            if child.dep_ == "mark" and cues.get("awaited", child.text) and (_waiting(tok.head, cues) or tok.tag_ in ("VBZ", "VBP")):
                return cues.get("awaited", child.text), None  # "will not end the fast until they are arrested"
        if (phrase := _phrase_mark(tok)) is not None and cues.get("mark", phrase):
            return cues.get("mark", phrase), None
    for tok in holders:
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and (kind := cues.get("aux", child.text)):
                return kind, child.lower_
    for tok in governors:
        if (kind := _governor_cue(tok, cues)) and (kind != "historical" or _object_of(noun, tok)):
            return kind, None
    for tok in holders:
        if kind := _alternative(tok, cues) or _faced_alternative(tok, cues):
            return kind, None
    if (subject := _copular_subject(chain)) is not None:  # "their plan was to march", "the only option is to strike"
        if kind := _governor_cue(subject, cues) or ("hypothetical" if in_class(subject, lexicon.word_class("only_way")) else None):
            return kind, None
    return None, None


def _ended(verb: "Token", noun: "Token", cues: ModalCues) -> bool:
    """A verb that may end an act under way (class ``ending_verb``) with a definite object planned by
    nothing ("called off *the blockade*"; not "the strike planned for Monday"): the act took place."""
    return (phrasal_lemma(verb) in lexicon.word_class("ending_verb") and noun.head.i == verb.i and noun.dep_ == "dobj"
            and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no") for c in noun.children)
            and _noun_cue(noun, cues) is None)


def _object_of(trigger: "Token", verb: "Token") -> bool:
    """The trigger is the verb's own object or complement ("recalled his arrest"), not reached through a preposition."""
    return trigger.head.i == verb.i and trigger.dep_ in ("dobj", "ccomp", "xcomp")


def _misread_verbs(trigger: "Token") -> list["Token"]:
    """Words right before the trigger that the parser read as its noun modifier or subject though
    they carry an auxiliary, so are the verb of the phrase: "members *will court* arrest" parsed
    as the compound "court arrest" with "will" on "court".  Their auxiliaries are the trigger's."""
    return [c for c in trigger.children if c.dep_ in ("compound", "nsubj") and c.i == trigger.i - 1
            and c.pos_ == "NOUN" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)]


def _content_denied(clause: "Token", cues: ModalCues) -> "Token | None":
    """The negating verb (a ``negated`` governor) whose object or passive subject is the noun a
    "that" clause gives the content of: "police *denied* reports that the cleric was arrested",
    "rumours that two men were held were *denied*"; or None."""
    noun = content_noun(clause)
    if noun is None:
        return None
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.i != noun.i and _governor_cue(verb, cues) == "negated":
        return verb
    return None


def _copular_subject(chain: list["Token"]) -> "Token | None":
    """The noun whose content a "to" infinitive of the chain states through "be" ("their *plan*
    was to march", "the only *option* is to strike"), or None."""
    for lower, upper in zip(chain, chain[1:]):
        if lower.dep_ == "xcomp" and upper.lemma_ == "be" and to_infinitive(lower):
            return next((c for c in upper.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return None


def _faced_alternative(noun: "Token", cues: ModalCues) -> str | None:
    """A noun after "or face" that the parse did not take for the verb's object ("leave the town
    *or face* attack", "face" read as a noun): the cue of the conjunction, as for :func:`_alternative`."""
    doc, i, receiving = noun.doc, noun.i - 1, lexicon.word_class("receiving_verb")
    while i >= 0 and doc[i].head.i == noun.i and doc[i].dep_ in ("det", "amod", "compound", "nummod") and doc[i].lower_ not in receiving:
        i -= 1  # "or face [a swift] attack"
    if is_verbal(noun) or i < 1 or doc[i].lower_ not in receiving:
        return None
    return cues.get("alternative", doc[i - 1].text)


def _alternative(verb: "Token", cues: ModalCues) -> str | None:
    """A bare verb offered as the other branch of a choice ("pay the wage *or face* a strike",
    "leave *or be* arrested"): the cue of the conjunction (slot ``alternative``) joining it to
    its first conjunct; a finite verb ("they marched or rallied") tells what was done."""
    bare = verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in verb.children)
    if verb.dep_ != "conj" or not bare or verb.head.i == verb.i:
        return None
    return next((kind for c in verb.head.children if c.dep_ == "cc" and (kind := cues.get("alternative", c.text))), None)


def _semi_modal(chain: list["Token"], cues: ModalCues) -> bool:
    """A present-tense semi-modal of obligation or need over the chain ("we *have to* arrest
    them", "police *need to* act": class ``semi_modal`` of modal_cues.tsv); the past ("police had
    to open fire") tells of what was done, and is not one."""
    semi = cues.word_class("semi_modal")
    for lower, tok in zip(chain, chain[1:]):
        if tok.lemma_.lower() in semi and tok.tag_ in ("VB", "VBP", "VBZ") and lower.dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children):
            return True
    return False


def _phrase_mark(tok: "Token") -> str | None:
    """A subordinator the parser read as a preposition and its noun ("[in case] police arrest
    him": the clause hangs on "case"), as "in case"; None otherwise."""
    if tok.dep_ not in ("ccomp", "acl", "relcl", "advcl") or tok.head.i == tok.i:
        return None
    noun = tok.head
    if noun.dep_ != "pobj":  # or a sibling just before the clause: "follow [in case] police arrest"
        noun = next((o for p in noun.children if p.dep_ == "prep" for o in p.children
                     if o.dep_ == "pobj" and o.i + 1 == tok.left_edge.i), None)
    if noun is None or noun.dep_ != "pobj" or noun.head.pos_ != "ADP" or noun.i != noun.head.i + 1:
        return None  # "an accused in the fraud case who was arrested": a phrase, no subordinator
    return f"{noun.head.lower_} {noun.lower_}"


def unrealised(trigger: "Token") -> bool:
    """Whether the trigger's clause tells of something that did not and need not happen, so of
    no event that anyone announces:

    * the condition of another clause: a subordinator of class ``condition`` (modal_cues.tsv) on
      its verb chain ("if police *arrest* him, the party will strike", "unless the army
      *withdraws*", "if the *protests* continue");
    * a past that did not happen: an auxiliary of class ``counterfactual`` followed by "have" and a
      past participle ("the van that would have taken the *bomb* north", "would have preferred to
      continue *negotiating*")."""
    cues = modal_cues()
    cond, counter = cues.word_class("condition"), cues.word_class("counterfactual")
    gov = _governor(trigger)
    holders = [*_verb_chain(trigger), *([gov] if gov is not None else [])]
    noun = first_conjunct(trigger)
    predicate = None if is_verbal(noun) else predicate_of(noun)
    if predicate is not None:
        holders.append(predicate)
    if any(c.dep_ == "mark" and c.lower_ in cond for tok in holders for c in tok.children):
        return True
    if any(_phrase_mark(tok) in cond for tok in holders):  # "in case the police arrest him"
        return True
    if predicate is not None:
        holders.pop()  # "the blast would have killed dozens": the blast happened, the deaths did not
    return any(tok.tag_ == "VBN" and "have" in (auxes := [c.lower_ for c in tok.children if c.dep_ == "aux"])
               and not counter.isdisjoint(auxes) for tok in holders)


def _clause_looks_ahead(trigger: "Token", sent: "SpacySpan", published: dt.date | None, dates: Iterable[When]) -> bool:
    clause = clause_head(trigger)
    for ent in sent.ents:
        if ent.label_ == "DATE" and clause_head(ent.root).i == clause.i and is_duration(ent.text):
            return True
    when = attached_date(trigger, sent=sent, dates=dates)
    return bool(when and published and when.earliest and when.earliest > published)


def _noun_cue(trigger: "Token", cues: ModalCues) -> str | None:
    """A modality from the words around a nominal trigger: a modifier ("looming strike", "rally
    planned for Saturday", "strike called for Monday") or the verb it is the subject of ("a strike
    is looming", "the protest is planned"), or a word of outlook predicated of it ("more arrests are likely")."""
    noun = first_conjunct(trigger)
    if is_verbal(noun):
        return None
    verb = predicate_of(noun)
    said = None if verb is None else _predicate_cue(verb, cues)
    planned = None
    for child in () if _carried_out(noun) else noun.children:
        if child.dep_ not in _MODIFIER_DEPS:
            continue
        if child.dep_ == "acl" and (child.tag_ != "VBN" or any(c.dep_ == "agent" for c in child.children)):
            continue  # "a protest calling for reform", "the attack planned by militants" happened
        preps = [f"{child.lemma_.lower()} {c.lower_}" for c in child.children if c.dep_ == "prep"]
        planned = next((kind for word in (*preps, child.lower_, child.lemma_.lower()) if (kind := cues.get("modifier", word))), None)
        if planned:
            break
    if said == "negated" and (planned == "future" or phrasal_lemma(verb) not in lexicon.word_class("ending_verb")):
        return "negated"  # "the rally planned for Friday was called off", "the march was cancelled": it came to nothing
    if planned:
        return planned
    if verb is not None:  # slot outlook: "more arrests are likely / expected", with no infinitive of its own
        outlook = [t for t in (verb, *(c for c in verb.children if c.dep_ == "acomp")) if not any(c.dep_ == "xcomp" for c in t.children)]
        return (said if said != "negated" else None) or next(
            (k for t in outlook if (k := cues.get("outlook", t.lemma_.lower()))), None)
    return None


def _predicate_cue(verb: "Token", cues: ModalCues) -> str | None:
    """The cue (slot ``predicate``) of the verb an event noun is the subject of, with its particle
    ("was called off"), unless the verb is itself negated ("the rally was not cancelled")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return cues.get("predicate", phrasal_lemma(verb)) or cues.get("predicate", verb.lemma_) or cues.get("predicate", verb.text)


def _carried_out(noun: "Token") -> bool:
    """The event noun is what a past verb of class ``carry_out`` did: "staged the long-announced
    *strike*", "launched the planned *offensive*": it took place, whatever it was before."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in lexicon.word_class("carry_out")
            and not any(c.dep_ == "aux" and c.lemma_.lower() != "have" for c in verb.children))


def continuing(trigger: "Token") -> "Token | None":
    """The verb of class ``continuation`` (word_classes.tsv) that says the event is going on
    already: the one an event noun is the subject or object of ("the strike *will continue*",
    "protests *entered* their third day", "workers *continued* their strike"), or the one whose
    complement a verbal trigger is ("will *continue* to march").  Not when that verb is negated
    ("the strike will not continue") or is the complement of another verb ("threatened to
    continue"); None when there is none."""
    words = lexicon.word_class("continuation")
    noun = first_conjunct(trigger)
    if is_verbal(noun):
        verb = noun.head if noun.dep_ == "xcomp" and noun.head.i != noun.i else None
    else:
        verb = predicate_of(noun) or governor(noun, deps=OBJECT_LINKS)
    if verb is None or verb.lemma_.lower() not in words or verb.dep_ in ("xcomp", "ccomp"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def told_done(trigger: "Token", cues: ModalCues) -> bool:
    """An event noun with a past participle that tells it happened, whatever the clause around it
    says: "pressing for *agreements* made at the summit to be carried out", "would review the
    *curfew* imposed last week".  Not a participle of plan or schedule ("a rally planned for
    Saturday", "the strike called for Monday": :func:`_noun_cue`; "talks expected next week": a
    governor cue of ``modal_cues.tsv``), nor one under a modal of its own."""
    noun = first_conjunct(trigger)
    if is_verbal(noun) or _noun_cue(trigger, cues) is not None:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and cues.get("governor", c.lemma_.lower()) is None
               and not any(a.dep_ in ("aux", "auxpass", "neg") for a in c.children) for c in noun.children)


def free_choice(trigger: "Token") -> bool:
    """A verbal trigger in the simple present whose subject is a free-choice pronoun (class
    ``free_choice``: "anyone who carries a gun *is arrested*", "anybody *is detained* who ..."), or
    a verb in the simple present itself with one as its object ("police *detain* whoever ..."): a
    rule of what happens, not a happening."""
    if not is_verbal(trigger):
        return False
    anyone = lexicon.word_class("free_choice")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [s for c in trigger.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    if trigger.tag_ in ("VBZ", "VBP") and any(o.lower_ in anyone for o in objects):
        return True  # "police *arrest* anyone who ...", "*detain* whoever protests" (not "have arrested anyone")
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in anyone:
        return False
    finite = [t for t in (trigger, *trigger.children) if t.tag_ in ("VBZ", "VBP", "VBD", "MD")
              and (t.i == trigger.i or t.dep_ in ("aux", "auxpass"))]
    return bool(finite) and all(t.tag_ in ("VBZ", "VBP") for t in finite)


def any_at_all(trigger: "Token") -> bool:
    """An event noun after a determiner of class ``free_choice_det`` names any act at all, none in
    particular: "banned *any* protest", "vowed to respond to *any* incursion" (hypothetical; "denied
    that any arrest was made" is negated by its governor first)."""
    noun = first_conjunct(trigger)
    return not is_verbal(noun) and any(c.dep_ == "det" and c.lower_ in lexicon.word_class("free_choice_det")
                                       for c in noun.children)


def _possessive_time(noun: "Token", when: When) -> bool:
    """The time expression is the possessive of the nominal trigger ("*last year's* protests")."""
    span = noun.doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and not is_verbal(noun) and span.root.dep_ == "poss" and span.root.head.i == noun.i


def modality_of(
    trigger: "Token",
    *,
    sent: "SpacySpan",
    dates: Iterable[When] = (),
    published: dt.date | None = None,
) -> Modality:
    """The modality of the event whose trigger is ``trigger`` (see the module docstring)."""
    cues = modal_cues()
    dates = tuple(dates)
    chain = _verb_chain(trigger)
    if _negated(trigger, chain, cues):
        return "negated"
    if long_ago(trigger, sent) or former_occasion(trigger, cues) or freed_after(
            trigger, cues, when=attached_date(trigger, sent=sent, dates=dates)):
        return "historical"
    if (trigger.dep_ == "relcl" and given_event(trigger, cues) is not None) or framed_in_time(trigger, cues) == "historical":
        return "historical"  # "investigate the strike that killed twelve", "the anniversary of the revolt put down": known
    if continuing(trigger) is not None or told_done(trigger, cues):
        return "asserted"
    kind, aux = _modal(trigger, chain, cues)
    if kind == "hypothetical" and aux in cues.word_class("possible_aux") and _clause_looks_ahead(trigger, sent, published, dates):
        return "future"
    if kind in ("hypothetical", "future", "negated", "historical"):  # historical: "recalled his arrest"
        return kind  # type: ignore[return-value]
    if free_choice(trigger) or any_at_all(trigger):
        return "hypothetical"
    noun_kind = _noun_cue(trigger, cues)
    if noun_kind in ("hypothetical", "future", "negated"):
        return noun_kind  # type: ignore[return-value]
    framed = framed_in_time(trigger, cues) or given_event(trigger, cues)
    if framed is not None:
        return framed  # type: ignore[return-value]
    when = attached_date(trigger, sent=sent, dates=dates)
    if when is not None and published is not None and when.earliest and when.latest:
        if when.earliest > published:
            return "asserted" if trigger.tag_ == "VBD" else "future"  # "urged them to return on Monday": done
        if when.latest < published - HISTORICAL_AFTER or (
                (_possessive_time(trigger, when) or identifying_act(trigger)) and when.latest < published - NAMED_PAST):
            return "historical"  # "in 2019"; "last year's protests" told in July: a known past one
        if trigger.tag_ in ("NNS", "NNPS") and period_pattern(sent, dates):
            return "historical"  # "has seen repeated protests in recent years": a pattern, no one event
        return "asserted"
    if when is None and (background_nominal(trigger, cues) or since_clause(trigger)):
        return "historical"
    return "asserted"
