"""Mentions of an act that tell no act done in the news: one arranged with "be to", a rule told
of a kind of act, one asked about, one commanded, one a court judges, one supposed and one a
stretch of time is given for.  The event coder drops them
(:func:`seismo.extract.framing.happening.tells_no_happening`).  People described as held before in
a later step of their case are :func:`seismo.extract.framing.timing.freed_after`'s.

    "the minister was to be arrested on Friday"     an arrangement  (:func:`arranged`)
    "preventive detention needs a board's approval" a kind of act   (:func:`rule_of_kind`)
    "asked how many had been detained"              a question      (:func:`asked_about`)
    "Arrest the killers!"                           a command       (:func:`commanded`)
    "the court held that his detention was illegal" a ruling on it  (:func:`ruled_unlawful`)
    "had police acted in time, ..."                 a supposition   (:func:`supposed`)
    "gave police a week to arrest them"             a time allowed  (:func:`time_allowed`)
    "troops were sent to retake the town"           an aim          (:func:`aim`)
    "an official who asked not to be named"         a source's wish (:func:`anonymous`)
    "a man accused of spying was hanged"            a description   (:func:`described_as`)
    "the army says it strikes only rebel positions" a habit claimed (:func:`habit_claimed`)
    "rebels who ambush convoys"                     a characteristic (:func:`characteristic`)
    "gathered despite a ban"                        a measure defied (:func:`defied`, read by
                                                    :func:`seismo.extract.framing.happening.standing`)

Each reads the trigger match's head token and word classes of ``word_classes.tsv``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.framing.cues import modal_cues
from seismo.extract.syntax import first_conjunct, is_verbal, passive_aux, to_infinitive, verb_chain
from seismo.extract.timex import lexicon as time_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from seismo.extract.events.coding.triggers import TriggerMatch

#: tags of a verb in the simple present
_PRESENT = frozenset({"VBZ", "VBP"})
#: how many links :func:`characteristic` and :func:`seismo.extract.framing.happening.aim` climb from a
#: verbal trigger through its governing infinitives
AIM_STEPS = 4
#: modes of taking someone in: the acts whose rules the law lays down ("detention needs ...")
_HOLDING = frozenset({"arrest", "detain"})
#: entity labels that anchor a mention to one place: one act, not a rule
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: children that make a singular event noun one particular act ("the arrest", "his detention")
_PARTICULAR = frozenset({"det", "poss", "nummod", "predet"})


def arranged(match: "TriggerMatch") -> bool:
    """A passive verbal trigger that is the "to" infinitive of "be" after that verb (the "be to" of
    an arrangement: "the minister *was to be arrested* on Friday", "the rioters *are to be held* in
    a separate jail") tells an act still to come, not one done (an active one after a noun, "their
    last option was to strike", is modality's copular subject).  So does a noun trigger that such a
    verb places one in (class ``placing_prep``: "were to be taken into *custody*"), but not any noun
    of the clause ("if one were to hear about the *arrests* made on Thursday": told made).  A
    conjunct with no subject of its own reads as its first conjunct ("was to be arrested and
    produced").  The inverted condition ("were they to arrest him") is
    :func:`~seismo.extract.framing.happening.supposed`'s; a judgment on an act ("it was wrong to
    arrest them") or one still pending ("are yet to arrest him", negated) is no arrangement.  Only
    for arrest and detention (modes of ``_HOLDING``): "talks are to be held in Geneva" is a meeting
    planned, which modality tells, not a mention to drop."""
    if match.rule.mode not in _HOLDING:
        return False
    tok = match.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in lexicon.word_class("placing_prep") and is_verbal(prep.head):
        tok = prep.head  # "were to be taken into custody": the verb that places one in it
    if not is_verbal(tok):
        return False
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = first_conjunct(tok)
    be = tok.head
    if any(modal_cues().get("pending", c.lower_) for c in be.children):
        return False  # "are yet to arrest him": still pending, negated (framing/modality.py)
    return (tok.dep_ == "xcomp" and to_infinitive(tok) and passive_aux(tok) and be.i != tok.i and be.i < tok.i
            and be.lemma_ == "be" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < be.i for c in be.children)
            and not any(c.dep_ in ("acomp", "attr", "expl") for c in be.children))  # "it was wrong to arrest them": judged


def rule_of_kind(match: "TriggerMatch") -> bool:
    """A bare singular event noun (no article, possessive or number, no "of" phrase naming whom)
    that is the subject of a verb in the simple present tells a rule of a kind of act, not one act:
    "preventive *detention* needs the approval of a board", "*arrest* under the act is allowed only
    with a magistrate's order".  Only for arrest and detention (modes of ``_HOLDING``), in a
    sentence naming no place and a noun naming no date ("Arrest in Surat follows raid", a
    headline, names one act; so does "The arrest of the leader sparks protests")."""
    head = match.head
    if match.rule.mode not in _HOLDING or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(t.ent_type_ in _PLACES for t in head.sent) or any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree):
        return False  # "Arrest in Surat follows raid", "Monday's arrest sparks protest": one act
        # (a stretch of time the rule sets, "approval within three weeks", anchors nothing)
    if any(c.dep_ in _PARTICULAR for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    verb = head.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.tag_ in ("VBD", "MD") for t in finite):
        return False
    return is_verbal(verb) and (verb.tag_ in _PRESENT or any(t.tag_ in _PRESENT for t in finite[1:]))


#: tags of the wh-words that open an indirect question ("asked *when* he would be held")
_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})


def asked_about(match: "TriggerMatch") -> bool:
    """A verbal arrest or detention in an indirect question that asks whether it happened or how
    many it took (its clause opens with a word of class ``question_open``, "whether", "if", or with
    "how" and a word of class ``question_amount``, "many", "much"), or asks of one still to come (any
    wh-word, with a modal or future auxiliary: "wanted to know *when* he would be arrested"), the complement of a verb of
    asking (class ``asking_verb``) or of wanting (a ``hypothetical`` governor of modal_cues.tsv:
    "want", "seek", "demand"), directly or through the verbs whose "to" infinitive holds it (two at
    most): "the commission asked the state to report *how many* people have been detained", "wanted
    to know whether anyone was held".  The sentence asks; it tells no arrest.  A question that takes
    a done arrest as given ("demanded to know *why* the editor had been detained") and "did not say
    how many were arrested" (a verb of telling) stay told."""
    tok = match.head
    if match.rule.mode not in _HOLDING or not is_verbal(tok) or tok.dep_ != "ccomp":
        return False
    opener = tok.left_edge
    after = tok.doc[opener.i + 1] if opener.i + 1 < len(tok.doc) else None
    ahead = opener.tag_ in _QUESTION_TAGS and any(c.dep_ == "aux" and modal_cues().get("aux", c.text) for c in tok.children)
    if not (opener.lower_ in lexicon.word_class("question_open") or ahead
            or opener.lower_ == "how" and after is not None and after.lower_ in lexicon.word_class("question_amount")):
        return False
    return any(verb.lemma_.lower() in lexicon.word_class("asking_verb") or modal_cues().get("governor", verb.lemma_) == "hypothetical"
               for verb in verb_chain(tok.head, links=frozenset({"xcomp"}), steps=2))


def commanded(match: "TriggerMatch") -> bool:
    """An arrest or detention told as a command, with nothing telling it done: a verb in the base
    form with no subject, auxiliary or "to" that heads or opens its sentence, an imperative ("Arrest
    the killers, the villagers demanded"; "if they resist, arrest them").  A headline with a
    subject ("Police arrest five") and a clause with a finite verb are told as usual; a headline
    with none ("Arrest five after clash") reads as a command too."""
    tok = match.head
    if match.rule.mode not in _HOLDING or tok.tag_ != "VB" or not is_verbal(tok):
        return False
    opener = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    opens = tok.dep_ == "ROOT" or opener is not None and opener.i == tok.i and tok.dep_ in ("advcl", "ccomp", "conj")
    return opens and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def ruled_unlawful(match: "TriggerMatch") -> bool:
    """An arrest or detention noun that a court (class ``judging_body``) rules on with a verb of
    class ``ruling_verb``, calling it unlawful (class ``unlawful_adj``): "the court *held that* the
    arrest of the journalist *was illegal*", "the bench declared his detention unlawful".  The act
    is a step of the case before the ruling, not the news (like a detention quashed, the
    ``undoing`` rows of triggers.tsv); an arrest called illegal by anyone else ("the opposition
    said the arrest was illegal") stays told."""
    noun = match.head
    if match.rule.mode not in _HOLDING or is_verbal(noun) or noun.dep_ != "nsubj":
        return False
    said = noun.head  # "unlawful" in "declared the detention unlawful", "was" in "held that ... was illegal"
    unlawful = lexicon.word_class("unlawful_adj")
    if said.lemma_.lower() not in unlawful and not any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in unlawful for c in said.children):
        return False
    verb = said.head
    if said.dep_ != "ccomp" or verb.i == said.i or verb.lemma_.lower() not in lexicon.word_class("ruling_verb"):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.word_class("judging_body") for c in verb.children)


def supposed(match: "TriggerMatch") -> bool:
    """A verbal trigger in a condition told by inversion, with no "if": the clause opens on an
    auxiliary of class ``inversion_aux`` before its subject ("*had* the police arrested the
    instigators, lives could have been saved", "*were* the police to arrest them, ...").  The act
    is supposed, not told."""
    tok = match.head
    if not is_verbal(tok):
        return False
    if tok.dep_ in ("advcl", "xcomp") and to_infinitive(tok) \
            and tok.head.lemma_ == "be" and tok.head.i < tok.i:
        tok = tok.head  # "were the police to arrest them": the clause is "were"'s
    if tok.dep_ != "advcl":
        return False
    first = min(t.i for t in tok.subtree)
    opener = tok.doc[first]
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and opener.i < subject.i and opener.lower_ in lexicon.word_class("inversion_aux")
            and (opener.i == tok.i or opener.head.i == tok.i and opener.dep_ in ("aux", "auxpass")))


def time_allowed(match: "TriggerMatch") -> bool:
    """A "to" infinitive trigger that names what a stretch of time, or leave to act, is given for,
    not an act done: it hangs on a noun of class ``allowance_noun`` or a unit of time ("the
    *deadline* to arrest them", "has 48 *hours* to arrest", "a free *hand* to arrest"), or on a
    verb of class ``allotting`` whose object is one ("gave the government a *week* to arrest the
    culprits").  Not "took two days to arrest", which tells the act done."""
    tok = match.head
    if not is_verbal(tok) or not to_infinitive(tok):
        return False
    if tok.dep_ not in ("advcl", "acl", "relcl", "xcomp") or tok.head.i == tok.i:
        return False
    spans = lexicon.word_class("allowance_noun") | frozenset(time_lexicon().units)
    parent = tok.head
    if parent.pos_ == "NOUN":
        return parent.lower_ in spans
    return (parent.lemma_.lower() in lexicon.word_class("allotting")
            and any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in spans for c in parent.children))


def anonymous(match: "TriggerMatch") -> bool:
    """A source's wish to stay unnamed, not a request the news tells: a request trigger whose
    object, or "for" object, is a noun of class ``anonymity`` ("requested anonymity", "asked for
    anonymity") or whose infinitive is a passive verb of class ``source_naming`` ("asked not to be
    named", "asked to be identified only by his first name").  An active infinitive is a request
    ("asked the police to name the officers")."""
    if match.rule.type != "REQUEST":
        return False
    quiet = lexicon.word_class("anonymity")
    for c in match.head.children:
        objects = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "for" else []
        if any(o.lemma_.lower() in quiet for o in objects):
            return True
        if (c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.word_class("source_naming")
                and any(a.dep_ == "auxpass" for a in c.children)):
            return True
    return False


def described_as(match: "TriggerMatch") -> bool:
    """An accusation in a participle describing people ("a man *accused* of passing information
    was hanged", "officials *accused* of deporting children", "activists *charged* with organising
    a rally"), a verdict of class ``charge_verb`` so describing them with no date of its own
    ("eight men *convicted* of spying"; not "activists jailed on Monday for ..."), or the act such
    a participle of class ``charge_verb`` names ("accused of *deporting* children"): it tells who
    they are, not an act of the news.  Only with what they are accused of: "the alliance
    protested on Monday", misparsed as a participle, stays one."""
    head = match.head
    if head.dep_ in ("pcomp", "pobj") and head.head.dep_ == "prep" and head.head.lower_ in _CHARGE_PREPS:
        part = head.head.head  # the act: "accused of [deporting]"
        return _describing(part) and part.lemma_.lower() in lexicon.word_class("charge_verb")
    if match.rule.type == "COERCE":  # a day of its own, outside what they were charged with, tells the verdict
        charged = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS for t in c.subtree}
        return (_describing(head) and head.lemma_.lower() in lexicon.word_class("charge_verb")
                and not any(t.ent_type_ in ("DATE", "TIME") and t.i not in charged for t in head.subtree))
    return match.rule.type == "ACCUSE" and _describing(head)


def _describing(part: "Token") -> bool:
    """A past participle on a noun, with no by-agent, saying what they are charged with."""
    return (part.dep_ == "acl" and part.tag_ == "VBN" and part.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "agent" for c in part.children)
            and any(c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS for c in part.children))


#: prepositions naming what someone is accused of ("accused *of*", "charged *with*", "blamed *for*")
_CHARGE_PREPS = frozenset({"of", "with", "for", "over"})


def habit_claimed(match: "TriggerMatch") -> bool:
    """A verb in the simple present, with no auxiliary, date or number of its own, that is the
    clause a speaker reports in the simple present ("the army says it *strikes* only rebel
    positions", "police insist they *detain* no one without a warrant"): what is claimed to be
    done as a rule, not a happening.  A past written as the present ("says gunmen *hit* the
    base", class ``same_past`` of the time lexicon) is a happening, and so is the clause that opens
    the sentence before the one who says it in a headline, which ends with no stop ("Ghana recalls
    its envoy, ministry says"; not "the army strikes only rebel positions, its spokesman says.")."""
    tok = match.head
    if not is_verbal(tok) or tok.tag_ not in _PRESENT or tok.dep_ != "ccomp" or tok.lower_ in time_lexicon().same_past:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in tok.subtree):
        return False  # "says rebels kill 12": a headline's news, not a habit
    gov = tok.head
    if tok.i < gov.i and tok.left_edge.i == tok.sent.start and not tok.sent[-1].is_punct:
        return False  # "Qatar suspends its mediation, diplomat says": a headline's news told before its source
    return gov.tag_ in _PRESENT and attribution_cues().get("verb", gov.lemma_) is not None


def defied(noun: "Token") -> bool:
    """A noun of class ``standing_measure`` that a word of class ``defiance_word`` sets an act
    against: the object of a preposition ("gathered *despite* a ban"), of "in ... of" ("*in
    violation of* the truce") or of a verb ("crowds *defied* the curfew"): a measure in force
    before, not one imposed in the news."""
    if noun.lemma_.lower() not in lexicon.word_class("standing_measure"):
        return False
    words = lexicon.word_class("defiance_word")
    gov = noun.head
    if noun.dep_ == "dobj":
        return gov.lemma_.lower() in words
    if noun.dep_ != "pobj" or gov.i == noun.i:
        return False
    if gov.lower_ in words:
        return True
    holder = gov.head  # "in violation of": the noun the of-phrase hangs on
    return gov.lower_ == "of" and holder.pos_ == "NOUN" and holder.lower_ in words and holder.dep_ == "pobj"


def characteristic(match: "TriggerMatch") -> bool:
    """A verbal trigger in a relative clause told in the simple present says what those the
    clause is on are like, not what happened: "rebels who ambush convoys", "insurgents who
    continue to attack the army" (the climb goes on through infinitives).  A progressive or
    perfect clause ("who are attacking", "who have attacked") still tells a happening, and so
    does a verb whose past is written as its present ("who hit the base") or a clause that names
    a date ("who attack the post on Monday")."""
    tok = match.head
    if not is_verbal(tok):
        return False
    for _ in range(AIM_STEPS):
        if tok.dep_ != "xcomp" or tok.head.i == tok.i or not is_verbal(tok.head):
            break
        tok = tok.head
    if tok.tag_ == "VBP" and tok.lower_ in time_lexicon().same_past:
        return False  # "militants who hit the base": a past written as the present
    if tok.dep_ == "relcl" and _named_subject_unmarked(tok):
        return False  # "Azerbaijan, Armenia pull troops back": a headline the parser read as a relative clause
    return (tok.dep_ == "relcl" and tok.tag_ in _PRESENT
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and not any(t.ent_type_ == "DATE" for t in tok.subtree))  # "who attack ... on Monday"


def _named_subject_unmarked(verb: "Token") -> bool:
    """A clause the parser hung on a proper name as its relative clause, with a proper name for its
    own subject and no relative word ("where", "on which", "whose"): a headline's two names and
    its verb ("Azerbaijan, Armenia pull troops back"), since a name takes no restrictive relative
    clause of that form ("the roads Al-Shabaab attacks" hangs on a common noun)."""
    if verb.head.pos_ != "PROPN":
        return False
    relative = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in verb.subtree if t.i < verb.i)
    return not relative and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def aim(match: "TriggerMatch") -> bool:
    """A verbal trigger that names an act aimed at, wished for or ruled out, not one done: the
    infinitive of an adjective of class ``inability`` ("will be unable to ... accuse the
    audience"), the "to" gerund of one of class ``readiness`` ("committed to supporting them";
    its infinitive is an offer, a speech act: "ready to send troops"), a purpose spelled out ("in
    order to appeal to voters"), the errand of a verb of going (class ``errand``: "a team that
    had gone to arrest him"), or the infinitive of a verb of class ``desire`` ("they want to
    march"), also through the complement of a verb of class ``cognition`` that is one ("do not
    wish to believe the council is accusing them": what one would or would not believe is no act);
    or an arrest or a capture that forces sent or an effort launched aim at (:func:`_effort`:
    "troops were sent to retake the town", not "... only to arrest the wrong men").  A
    conjunct with no subject of its own shares its first conjunct's governor, and the climb goes
    on through infinitives ("unable to try to negotiate").  "No plans to ban" stays an event,
    negated (framing/modality.py)."""
    tok = match.head
    if not is_verbal(tok):
        return False
    ready, unable = lexicon.word_class("readiness"), lexicon.word_class("inability")
    desire = lexicon.word_class("desire")
    for _ in range(AIM_STEPS):
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            finite = tok.tag_ == "VBD" or tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            if finite and to_infinitive(first_conjunct(tok)):
                return False  # "rushed there to arrest them and *detained* four": a finite verb shares no "to"
            tok = first_conjunct(tok)
        parent = tok.head
        if parent.i == tok.i:
            return False
        if tok.dep_ == "xcomp" and parent.pos_ == "ADJ" and parent.lower_ in unable:
            return True  # "unable to accuse"
        if tok.dep_ == "pcomp" and parent.lower_ == "to" and parent.head.pos_ == "ADJ" and parent.head.lower_ in ready:
            return True  # "committed to supporting"
        if tok.dep_ == "acl" and parent.lower_ == "order" and parent.dep_ == "pobj" and parent.head.lower_ == "in":
            return True  # "in order to appeal"
        if tok.dep_ == "xcomp" and is_verbal(parent) and parent.lemma_.lower() in desire:
            return True  # "want to march"
        if (tok.dep_ in ("advcl", "xcomp") and is_verbal(parent) and parent.lemma_.lower() in lexicon.word_class("errand")
                and to_infinitive(tok)):
            return True  # "had gone to arrest him": the errand, not the act
        if (match.rule.mode in ("arrest", "seize") and tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and to_infinitive(tok)
                and not any(c.lower_ == "only" for c in tok.children)
                and _effort(parent.head if parent.pos_ == "ADP" else parent)):  # "efforts are on to nab them"
            # "troops were sent to retake it", "launched a manhunt to nab them": a capture or an arrest
            # aimed at, whose outcome the effort does not tell ("only to arrest": an outcome)
            return True
        if tok.dep_ == "ccomp" and parent.dep_ == "xcomp" and parent.lemma_.lower() in lexicon.word_class("cognition"):
            tok = parent  # "do not wish to believe the council accuses them": a thought shunned
            continue
        if tok.dep_ == "xcomp" and parent.lemma_ == "be" and _within_capacity(parent):
            return True  # "it lies within the council's power to bar it": a power, not its use
        if tok.dep_ != "xcomp" or not is_verbal(parent):
            return False
        tok = parent
    return False


def _effort(word: "Token") -> bool:
    """What a "to" infinitive can be the aim of, not yet done: a verb of sending (class ``dispatch``:
    "troops were *sent* to retake the town"), a noun of class ``effort_noun`` ("an *offensive* to
    recapture it"), or a verb of class ``launch_verb`` whose object or passive subject is one
    ("*conducted* raids to arrest them", "an operation was *launched* to free them"), or "be" with
    one as its subject ("efforts *are* on to trace them")."""
    efforts = lexicon.word_class("effort_noun")
    if word.pos_ == "NOUN":
        return word.lemma_.lower() in efforts
    lemma, dispatch = word.lemma_.lower(), lexicon.word_class("dispatch")
    if not is_verbal(word) or not (lemma == "be" or lemma in lexicon.word_class("launch_verb") or lemma in dispatch):
        return False  # not "*used* the raid to arrest them", "the team *managed* to"
    deps = ("dobj", "nsubjpass", "nsubj") if lemma == "be" else ("dobj", "nsubjpass")
    return lemma in dispatch or any(c.dep_ in deps and c.lemma_.lower() in efforts for c in word.children)


def _within_capacity(copula: "Token") -> bool:
    """A copula whose predicate puts an act within someone's power or right: "it is *within the
    power of* the state to ...", "it is *in their right* to ..." (nouns of class ``capacity``)."""
    capacity = lexicon.word_class("capacity")
    return any(c.dep_ == "prep" and c.lower_ in ("within", "in") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in capacity for o in c.children) for c in copula.children)
