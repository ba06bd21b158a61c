"""Whether a trigger tells of one happening: the mentions that speak of a kind of event, a
trend, a habit, a standing state, a disposition or a likeness name no event, though their word
is a trigger.  The event coder drops them (:func:`tells_no_happening`).

    "kidnappings are commonplace"        a habit            (:func:`generic`, :func:`habitual`)
    "an increase in violent protests"    a trend            (:func:`trend`)
    "the rebels' 8-month-old ceasefire"  a standing state   (:func:`standing`)
    "vulnerable to attacks"              a disposition      (:func:`disposition`)
    "it sounded like an explosion"       a likeness         (:func:`likeness`)
    "only a ban can restore trust"       a remedy, a risk   (:func:`remedy`, :func:`imagined`)
    "unable to accuse the audience"      an aim             (:func:`aim`)
    "to march is a right"                a kind of act      (:func:`kind_of_act`)
    "the idea that he was murdered"      a belief           (:func:`believed`)
    "on suspicion of rioting"            grounds of an act  (:func:`grounds`)
    "people do not agree with Trump"     an opinion         (:func:`opinion`)
    "under virtual house arrest"         a likeness         (:func:`figurative`)
    "attacked them for accepting gifts"  a reason given     (:func:`reason_given`)
    "the law amounts to a ban"           a judgment         (:func:`equated`)
    "rebels who ambush convoys"          a characteristic   (:func:`~seismo.extract.framing.arranged.characteristic`)
    "must reply once summoned"           a rule's case      (:func:`rule_case`)
    "had police acted in time, ..."      a supposition      (:func:`supposed`)
    "gave police a week to arrest them"  a time allowed     (:func:`time_allowed`)
    "booked 40, but none was arrested"   a case, no arrest  (:func:`booked_only`)
    "rumours that ..., but X denied it"  a report denied    (:func:`denied_later`)
    "* 2001-05-06, Sgt A. Name, Unit, US Bomb"  a roll's row  (:func:`roll_entry`)
    "was to be arrested", "detention needs a board's approval", "asked how many were held",
    "Arrest the killers!", "the court held his detention illegal", "asked not to be named", "a man
    accused of spying": an arrangement, a rule of a kind, a question, a command, a ruling, a
    source's wish, a description (framing/arranged.py)

Each reads the trigger match's head token (and the rule's type) and word classes of
``word_classes.tsv`` (and of ``modal_cues.tsv``, the one table of modal auxiliaries).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.framing.arranged import (aim, anonymous, arranged, asked_about, characteristic, commanded,
                                             defied, described_as, habit_claimed, rule_of_kind, ruled_unlawful,
                                             supposed, time_allowed)
from seismo.extract.framing.cues import modal_cues
from seismo.extract.framing.modality import modality_of
from seismo.extract.syntax import clause_head, first_conjunct, is_verbal, present_perfect

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.extract.events.coding.triggers import TriggerMatch


def tells_no_happening(match: "TriggerMatch", sent: "SpacySpan") -> bool:
    """Whether a trigger speaks of a kind, trend, habit, standing state, disposition or likeness
    rather than of one happening (see the module docstring)."""
    return (generic(match, sent) or standing(match) or disposition(match) or likeness(match) or remedy(match)
            or imagined(match) or aim(match) or believed(match) or grounds(match) or opinion(match)
            or figurative(match) or reason_given(match) or equated(match) or characteristic(match)
            or rule_case(match) or roll_entry(match, sent) or kind_of_act(match) or supposed(match)
            or time_allowed(match) or booked_only(match, sent) or denied_later(match, sent)
            or arranged(match) or rule_of_kind(match) or asked_about(match) or commanded(match)
            or ruled_unlawful(match) or anonymous(match) or described_as(match) or habit_claimed(match))


#: children that make a plural noun a particular set of events ("the protests", "two rallies", "their strikes")
SPECIFIC_DEPS = frozenset({"det", "poss", "nummod", "predet"})
#: entity labels that anchor a mention in time or place
ANCHOR_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def generic(match: "TriggerMatch", sent: "SpacySpan") -> bool:
    """A bare plural event noun that speaks of a kind of event, not of one happening:

    * any type, said to be a habit: the subject of a copula whose complement is a word of class
      ``habitual``, or described by one ("kidnappings are commonplace", "frequent attacks"), or a
      verb in the simple present with an adverb of class ``habit_adverb`` ("Iran routinely rejects");
    * any type, counted as a trend (:func:`trend`: "an increase in violent protests", "arrests
      under the new law have doubled");
    * a protest noun that is not a clause's subject, in a sentence naming no date or place: "the
      causes of service delivery protests", "minimising protests", "workers may attend political
      rallies"); but not the object of a verb that makes protests happen (class
      ``protest_onset``: "the verdict sparked protests", "workers staged protests"), nor of a
      preposition of class ``time_relation_prep`` ("after riots", "amid protests": events that took place)."""
    head = match.head
    if _habit(head):
        return True
    if head.tag_ != "NNS" or any(c.dep_ in SPECIFIC_DEPS for c in head.children):
        return False
    if habitual(head) or trend(head):
        return True
    if match.rule.type != "PROTEST":
        return False
    if head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon.word_class("protest_onset"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in lexicon.word_class("time_relation_prep"):
        return False  # "patrols were ordered after violent riots": events that came before, not a kind
    return not any(t.ent_type_ in ANCHOR_LABELS for t in sent)


def _habit(head: "Token") -> bool:
    """A trigger in (or the subject, object or purpose of) a verb in the simple present with an
    adverb of class ``habit_adverb``: "Iran routinely rejects criticism", "protesters often
    gather", "it often conducts raids", "typically fire tear gas at crowds"; or in the
    present perfect for a bare span of class ``habit_span`` ("gangs have raided villages for
    years, looting homes")."""
    verb = head
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "looting homes and *kidnapping* residents": as the first of the list
    for _ in range(3):  # up to the finite verb of its clause
        if verb.tag_ in ("VBZ", "VBP", "VBD", "MD") or verb.head.i == verb.i or verb.dep_ in ("relcl", "ccomp", "conj"):
            break
        verb = verb.head
    habit = lexicon.word_class("habit_adverb")
    if verb.tag_ == "VBN" and present_perfect(verb):
        span = lexicon.word_class("habit_span")  # "gangs have raided villages for years"
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in span and not any(
            k.dep_ in ("nummod", "amod") for k in o.children) for o in c.children) for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in habit for c in verb.children)


def trend(noun: "Token") -> bool:
    """A bare plural event noun counted as a trend, not as events that happened: the "in" / "of"
    object of a noun of class ``trend`` ("an increase in violent protests", "a decline of
    strikes"), the subject of such a verb ("strikes have increased"), or a noun an of- or other
    phrase hangs on whose amount is such a subject ("the *number* of protests rose", "arrests at
    demonstrations rose": class ``amount_noun``, or the subject itself)."""
    words = lexicon.word_class("trend")
    head = noun.head
    if noun.dep_ == "pobj" and head.head.i != head.i:
        owner = head.head
        if head.lower_ in ("in", "of") and owner.pos_ == "NOUN" and owner.lemma_.lower() in words:
            return True
        if owner.pos_ == "NOUN" and (owner.lemma_.lower() in lexicon.word_class("amount_noun") or owner.tag_ == "NNS"):
            return _trend_subject(owner, words)
        return False
    return _trend_subject(noun, words)


def _trend_subject(noun: "Token", words: frozenset[str]) -> bool:
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in words


#: words that may stand between a bare plural subject and its copula ("kidnappings and
#: violence are", "attacks on convoys are"): conjuncts, their modifiers and of/on-phrases
_SUBJECT_RUN = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CC", "IN", "DT", "HYPH", ","})


def habitual(noun: "Token") -> bool:
    """Said to be a habit: described by a word of class ``habitual`` ("frequent attacks", and
    its conjuncts: "frequent attacks and kidnappings"), or
    the subject of a copula whose complement is one ("are commonplace", "are a regular event").
    The copula is the first verb after the noun's phrase, so a misparsed conjunct still counts."""
    habit = lexicon.word_class("habitual")
    described = (noun, noun.head) if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else (noun,)
    if noun.dep_ == "conj" and (owner := _argument_owner(first_conjunct(noun))) is not None:
        described += (owner,)  # "frequent attacks on police and assassinations": read as a conjunct of "police"
    if any(c.dep_ == "amod" and c.lower_ in habit for n in described for c in n.children):
        return True  # "frequent attacks and assassinations": the adjective holds both
    copula = noun.head if noun.dep_ == "nsubj" else None
    if copula is None or copula.lemma_ != "be":
        copula = next((t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.tag_ not in _SUBJECT_RUN), None)
    if copula is None or copula.lemma_ != "be" or copula.tag_ not in ("VBP", "VBZ"):
        return False
    for c in copula.children:
        if c.dep_ == "acomp" and c.lower_ in habit:
            return True  # "are commonplace"
        if c.dep_ == "attr" and any(m.dep_ == "amod" and m.lower_ in habit for m in c.children):
            return True  # "are a regular event"
    return False


def standing(match: "TriggerMatch") -> bool:
    """An event noun whose modifier tells how long it has stood names a state, not a happening:
    an age of a week or more ("the rebels' 8-month-old ceasefire", "a decades-old feud") or an
    extent of years ("the country's decadelong civil war", "a years-long siege"), or one said to
    remain in force, in place or in effect.  A shorter extent tells of one happening ("a three-day
    strike", "a weeklong sit-in").  So does a measure or truce that is defied
    (:func:`seismo.extract.framing.arranged.defied`)."""
    head = match.head
    if head.pos_ != "NOUN":
        return False
    if defied(head):
        return True
    verb = head.head if head.dep_ == "nsubj" else None  # "the ban remains in force": a measure standing
    states = lexicon.word_class("standing_state")
    if (verb is not None and verb.lemma_.lower() in lexicon.word_class("standing_verb") and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("acl", "relcl") for c in head.children)
            and any(c.lower_ == "in" and any(g.lower_ in states for g in c.children) for c in verb.children)):
        return True  # not "the emergency imposed last month stays in force": the imposing is told
    # (suffix, the units it takes): an age ("8-month-old") or a long extent ("decadelong")
    kinds = (("old", lexicon.word_class("state_age_unit")), ("long", lexicon.word_class("state_span_unit")))
    for mod in head.children:
        if mod.dep_ != "amod":
            continue
        word = mod.lower_
        for suffix, unit in kinds:
            if word == suffix and any(c.lower_ in unit for c in mod.children):
                return True  # "8-month-old": the unit hangs on "old"
            if word.endswith(suffix) and word[: -len(suffix)].rstrip("-") in unit:
                return True  # "decadelong", one token
    return False


def disposition(match: "TriggerMatch") -> bool:
    """An event noun after an adjective of class ``disposition`` and "to" names what could
    happen, not what did: "open to criticism", "vulnerable to attacks", "prone to riots"."""
    head = match.head
    prep = head.head
    return (head.pos_ == "NOUN" and head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i != prep.i
            and prep.head.pos_ == "ADJ" and prep.head.lower_ in lexicon.word_class("disposition"))


#: words that, after "as", introduce a likeness ("sounded *as if*", "looked *as though*")
_LIKENESS = frozenset({"if", "though"})


def likeness(match: "TriggerMatch") -> bool:
    """A trigger inside what a verb of seeming likens something to names no happening: "the
    scene looked like a war zone", "it sounded as if a bomb had gone off" (class ``seeming``).
    A clause after "like" is a hedge, not a likeness: "it looked like the gunmen had fled"."""
    seeming = lexicon.word_class("seeming")
    tok = match.head
    while tok.head.i != tok.i:
        parent = tok.head
        if tok.dep_ == "pobj" and parent.lower_ == "like" and parent.head.lemma_.lower() in seeming:
            return True
        if tok.dep_ in ("advcl", "ccomp") and parent.lemma_.lower() in seeming and parent.i < tok.left_edge.i:
            between = {t.lower_ for t in tok.doc[parent.i + 1 : tok.left_edge.i + 1]}
            between.update(c.lower_ for c in tok.children if c.dep_ == "mark")
            if "as" in between and not between.isdisjoint(_LIKENESS):
                return True  # "sounded as if a bomb had gone off" (but "it looked like the gunmen had
                # fled" is a hedge on what happened, not a likeness)
        if tok.dep_ in ("ccomp", "xcomp", "relcl", "conj", "parataxis") and tok.pos_ in ("VERB", "AUX"):
            return False  # the likeness has to hold the trigger's own clause
        tok = parent
    return False


#: determiners that leave a noun indefinite: it names a kind of event ("a ban", "any strike")
_INDEFINITE = frozenset({"a", "an", "any", "no"})


def remedy(match: "TriggerMatch") -> bool:
    """An indefinite event noun that is the subject of a modal verb ("can", "could", "would",
    "should", "must") or of a negated copula speaks of a kind of event as a remedy, a risk or a
    possibility, not of one happening: "only a ban on the group can restore trust", "a ban was
    not enough", "a strike would hurt exports".  Not a definite one ("the strike could end
    soon"), nor one said to go on or spread (class ``continuation``: "protests could spread").
    So is one that is the means of such a verb ("the issue could be resolved through talks")."""
    head = match.head
    if head.pos_ != "NOUN" or head.head.i == head.i:
        return False
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in _INDEFINITE) for c in head.children):
        return False
    if head.dep_ != "nsubj":
        return _means_of_possible(head)
    verb = head.head
    if verb.lemma_.lower() in lexicon.word_class("continuation"):
        return False
    aux = modal_cues()
    modal = aux.word_class("possible_aux") | aux.word_class("obligation_aux") | aux.word_class("counterfactual")
    if any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children):
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "neg" for c in verb.children)


def _means_of_possible(head: "Token") -> bool:
    """An indefinite event noun that is the means (class ``means_prep``) of a verb under a
    possibility or obligation modal: "the issue could be resolved through talks" (not "would",
    which also tells a plan: "said it would launch its campaign with a rally")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ not in ("prep", "conj") or prep.lower_ not in lexicon.word_class("means_prep"):
        return False
    while prep.dep_ == "conj" and prep.head.i != prep.i:  # "either through talks or through ..."
        prep = prep.head
    verb = prep.head
    aux = modal_cues()
    modal = aux.word_class("possible_aux") | aux.word_class("obligation_aux")
    return verb.i != prep.i and is_verbal(verb) and any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children)


def _argument_owner(noun: "Token") -> "Token | None":
    """The noun whose prepositional argument ``noun`` is ("attacks" for "police" in "attacks on
    police"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def imagined(match: "TriggerMatch") -> bool:
    """An event noun whose relative clause says what it would or could do names an outcome
    imagined, not a happening: "the riots that would follow", "a war that could break out".
    The clause's subject is the relative pronoun; its auxiliary is a possibility or
    counterfactual modal (``modal_cues.tsv``), not a future one ("the strike that will begin on
    Monday" is a plan still to come), and it names no time (a plan: "a rally, which could take
    place next week")."""
    head = match.head
    if head.pos_ != "NOUN":
        return False
    aux = modal_cues()
    modal = aux.word_class("possible_aux") | aux.word_class("counterfactual")
    return any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children)
               and any(a.dep_ == "aux" and a.lower_ in modal for a in c.children)
               and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in head.children)


def kind_of_act(match: "TriggerMatch") -> bool:
    """A trigger in a "to" infinitive that its clause speaks about names a kind of act, not one
    done: the clause's subject ("to march on parliament is a right", "to chant at a rally is no
    crime"), or the infinitive after "it is" and a judgment ("it is wrong to riot", "it is time to
    strike"; in the present only: "it was wrong to arrest him" may judge an arrest made).  A
    nominal trigger is read in the clause of its verb ("to sing at *rallies* is ...")."""
    verb = match.head if is_verbal(match.head) else clause_head(match.head)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = first_conjunct(verb)
    if not is_verbal(verb) or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "csubj":
        return True
    copula = verb.head
    return (verb.dep_ in ("xcomp", "ccomp") and copula.lemma_ == "be" and copula.tag_ in ("VBZ", "VBP")
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
            and any(c.dep_ in ("acomp", "attr") for c in copula.children))


def believed(match: "TriggerMatch") -> bool:
    """A trigger inside the "that" clause of a noun of class ``belief_noun`` tells what someone
    believes or imagines, not what the text reports: "the idea that the judge may have been
    murdered in a plot", "the theory that the army staged the attack"."""
    tok = match.head
    while tok.head.i != tok.i:
        if _content_clause(tok) and tok.head.pos_ == "NOUN":
            return tok.head.lemma_.lower() in lexicon.word_class("belief_noun")
        if is_verbal(tok) and tok.dep_ not in ("xcomp", "conj"):
            return False  # the trigger's clause hangs elsewhere
        tok = tok.head
    return False


#: tags of relative pronouns
_RELATIVE = frozenset({"WDT", "WP"})


def _content_clause(verb: "Token") -> bool:
    """A verb heading a noun's "that" clause: an acl, ccomp or appos; or a relcl the parser made
    of one ("the theory that rivals shot him": "that" read as a second subject), whose subject is
    no relative pronoun and whose relative pronoun is no object."""
    if not is_verbal(verb):
        return False
    if verb.dep_ in ("acl", "ccomp", "appos"):
        return True
    if verb.dep_ != "relcl":
        return False
    kids = list(verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in _RELATIVE for c in kids)
    return own_subject and not any(c.tag_ in _RELATIVE and c.dep_ in ("dobj", "pobj", "attr") for c in kids)


def grounds(match: "TriggerMatch") -> bool:
    """A trigger that is the "of" object of a noun of class ``grounds_noun`` after "on" names what
    an act (an arrest, a charge) is grounded on, told inside that act: "six men were arrested
    on suspicion of rioting", "held on charges of assault"."""
    tok = match.head
    of = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or of.lower_ != "of" or of.head.i == of.i:
        return False
    noun = of.head
    return (noun.lemma_.lower() in lexicon.word_class("grounds_noun") and noun.dep_ == "pobj"
            and noun.head.lower_ == "on")


def opinion(match: "TriggerMatch") -> bool:
    """A verb of class ``concur`` with a person "with" and nothing agreed (no object, no
    complement, no "on" or "to") holds a view, it strikes no deal: "the people do not agree
    with Trump", "I agree with her"; but "agreed with Egypt on a ceasefire" is a deal."""
    verb = match.head
    if not is_verbal(verb) or verb.lemma_.lower() not in lexicon.word_class("concur"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "over")) for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and (o.ent_type_ in ("PERSON", "NORP") or o.tag_ == "PRP") for o in c.children) for c in kids)


def figurative(match: "TriggerMatch") -> bool:
    """An event noun described by an adjective of class ``figurative`` (on it or on its compound)
    is a likeness of the event: "weeks of virtual house arrest", "a figurative assault"; so is a
    hostage that is no one ("hold the country hostage": :func:`_held_thing`)."""
    head = match.head
    held_as = [head.doc[i] for i in match.tokens if i != head.i and head.doc[i].lemma_.lower() in _HELD_AS]
    if head.pos_ == "VERB" and held_as:  # "[held] the country [hostage]": the phrase's verb
        if any(t.dep_ in ("compound", "amod", "nmod") or t.dep_ == "pobj" and t.head.lower_ not in ("as", "of") for t in held_as):
            return True  # "held talks on the *hostage* crisis", "held a vigil for the *hostages*": no one held
        held = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]  # "the city was held hostage"
        return _held_thing(held + [c for t in held for c in t.children if c.dep_ == "compound"])
    if head.pos_ != "NOUN":
        return False
    if head.lemma_.lower() == "hostage" and _held_thing(_held_by(head)):
        return True  # "to hold the country hostage": no one is taken
    words = lexicon.word_class("figurative")
    holders = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(c.dep_ == "amod" and c.lower_ in words for h in holders for c in h.children)


#: the words of a phrase that holds someone ("held them *hostage*", "took them *captive*")
_HELD_AS = frozenset({"hostage", "captive"})


def _held_by(hostage: "Token") -> list["Token"]:
    """What "hostage" is said of: its compound or its verb's other object."""
    verb = hostage.head
    held = [c for c in hostage.children if c.dep_ == "compound"]
    return held + ([c for c in verb.children if c.dep_ == "dobj" and c.i != hostage.i] if verb.i != hostage.i else [])


def _held_thing(held: list["Token"]) -> bool:
    """Whether what is held hostage is a place, a body or a thing (class ``held_thing``: "held
    the country hostage", "took the budget hostage"), not people."""
    return any(t.ent_type_ in ("GPE", "ORG", "LOC") or t.lemma_.lower() in lexicon.word_class("held_thing") for t in held)


#: types whose report stands even as the reason for blame ("condemned the army for shelling the town")
_VIOLENT = frozenset({"ASSAULT", "COERCE"})


def reason_given(match: "TriggerMatch") -> bool:
    """A deal, a gift or a statement given as the reason for blame or praise is told inside that
    act, not as a report of its own: the "for" gerund of a verb of class ``reproach`` ("attacked
    his rivals for *accepting* donations") and its object ("... accepting *donations*").  Violence
    and coercion given as the reason still code ("condemned the army for shelling the town")."""
    if match.rule.type in _VIOLENT:
        return False
    tok = match.head
    if not is_verbal(tok) and tok.dep_ == "dobj" and is_verbal(tok.head):
        tok = tok.head  # "accepting donations": the gerund the noun is the object of
    prep = tok.head
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ == "for" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in lexicon.word_class("reproach"))


def equated(match: "TriggerMatch") -> bool:
    """An event noun that something is judged to amount to names a judgment of that thing, not a
    happening: the "to" object of a word of class ``equating`` ("the new law amounts to a
    assault on parliament", "a move tantamount to a ban")."""
    head = match.head
    prep = head.head
    return (head.pos_ == "NOUN" and head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in lexicon.word_class("equating"))


#: tags of a verb in the simple present
_SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})


def rule_case(match: "TriggerMatch") -> bool:
    """A verbal trigger in a reduced clause of time or condition, with no subject of its own
    (marks of class ``case_mark``: "when asked", "once arrested"), names the case of a rule when
    the clause it hangs on is told in the simple present or under a modal auxiliary: "it is his
    obligation to reply once summoned", "once arrested, suspects are held for a day", "if
    attacked, the troops will respond".  Told in the past it is one happening ("when asked
    about the strike, he said ...")."""
    tok = match.head
    if not is_verbal(tok) or tok.dep_ != "advcl" or tok.tag_ not in ("VBN", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.word_class("case_mark") for c in tok.children):
        return False
    gov = tok.head
    while gov.dep_ in ("xcomp", "conj") and gov.head.i != gov.i and is_verbal(gov.head):
        gov = gov.head  # "the obligation ... to reply once summoned": the rule is told by "is"
    finite = [gov, *(c for c in gov.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "MD" for t in finite) or (gov.tag_ in _SIMPLE_PRESENT
                                                   and not any(t.tag_ in ("VBD", "VBN") for t in finite[1:]))


def list_row(tok: "Token") -> "SpacySpan | None":
    """The words of a list item before ``tok``, when ``tok`` stands in one: after a bullet mark
    (class ``list_bullet``) that follows a space or opens the sentence, with no verb between
    them ("* 2007 bombing of the base", "* date, name, unit, country, Bomb"); else None."""
    doc, sent = tok.doc, tok.sent
    bullets = lexicon.word_class("list_bullet")
    for i in range(tok.i - 1, sent.start - 1, -1):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX"):
            return None
        if word.text in bullets and (i == sent.start or doc[i - 1].whitespace_):
            return doc[i + 1 : tok.i]
    return None


def roll_entry(match: "TriggerMatch", sent: "SpacySpan") -> bool:
    """A trigger in a row of a roll of people (the dead of an attack, a unit's losses): a list
    item (:func:`list_row`) whose words before the trigger name a person ("* date, rank and
    name, unit, country, Bomb").  The row records one person and how they died; the happening
    itself is told in prose, where its report is."""
    row = list_row(match.head.doc[match.start])
    return row is not None and any(t.ent_type_ == "PERSON" for t in row)


def booked_only(match: "TriggerMatch", sent: "SpacySpan") -> bool:
    """A verb of class ``booking_verb`` ("police *booked* 40 persons for rioting") in a sentence
    that also tells that no one was arrested ("..., but nobody has been arrested so far"): a case
    registered against people, not an arrest.  The arrest is a word of class ``arrest_word`` that
    the sentence negates (:func:`~seismo.extract.framing.modality.modality_of`)."""
    if match.head.lemma_.lower() not in lexicon.word_class("booking_verb"):
        return False
    arrest = lexicon.word_class("arrest_word")
    return any(t.i != match.head.i and t.lemma_.lower() in arrest and modality_of(t, sent=sent) == "negated"
               for t in sent)


def denied_later(match: "TriggerMatch", sent: "SpacySpan") -> bool:
    """A verbal trigger in the "that" clause of a noun ("word spread in the bazaar *that* a
    trader had been held") that a later verb of the sentence, of class ``disclaim``, calls false,
    its object or passive subject being that noun again or a pronoun ("..., but the collector
    *dismissed* it", "..., a rumour the district police *refuted*" is modality's).  The report
    told is false, not the happening."""
    tok = match.head
    noun = tok.head
    if not is_verbal(tok) or tok.dep_ not in ("acl", "ccomp", "relcl") or noun.pos_ != "NOUN" or noun.i == tok.i:
        return False
    finite = tok.dep_ == "acl" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)
    if not finite and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False  # "that" as a mark, or a finite clause on the noun: its content, however parsed
    disclaim = lexicon.word_class("disclaim")
    return any(v.lemma_.lower() in disclaim and v.i > tok.i
               and any(o.dep_ in ("dobj", "nsubjpass") and (o.tag_ == "PRP" or o.lemma_ == noun.lemma_) for o in v.children)
               for v in sent)
