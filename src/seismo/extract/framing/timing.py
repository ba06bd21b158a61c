"""When an event sits against the news: the time expression that dates a trigger, a time
"ago" in years, and the definite nouns that name a past event as background ("since the Kano
riots", "the anniversary of the massacre"); a toll told for a whole period is
:mod:`seismo.extract.framing.tallies`.  Read by :mod:`seismo.extract.framing.modality`
(checks 3 to 5 of its docstring); the cue words come from ``data/modal_cues.tsv`` through the
:class:`~seismo.extract.framing.cues.ModalCues` passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import (clause_head, definite, first_conjunct, in_noun_clause, is_verbal, passive_aux,
                                   to_infinitive)
from seismo.model import When
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.extract.framing.cues import ModalCues


def sharing(trigger: "Token") -> "Token":
    """The verb whose clause a conjoined verb with no subject of its own shares ("In 1999 the
    council declared a state and *called on* ...": the date of "declared" dates "called on"),
    or the noun an attributive participle describes, whose clause it shares ("forty years ago
    troops fired on *striking* miners": the time of "fired" dates the strike)."""
    if trigger.dep_ == "conj" and is_verbal(trigger) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return first_conjunct(trigger)
    if trigger.dep_ == "amod" and trigger.tag_ in ("VBG", "VBN") and trigger.head.i != trigger.i:
        return trigger.head
    return trigger


def attached_date(trigger: "Token", *, sent: "SpacySpan", dates: Iterable[When]) -> When | None:
    """The time expression that dates the trigger: one inside the trigger's phrase (for a verb, in
    its own clause or in a clause that shares its time, :func:`_shares_time`: "was arrested when he
    landed *in 1998*", "were sent to guard the oil fields *in the 1980s*"; not a relative clause,
    "agreed to open the road that has been shut *since 2015*", nor what someone says or did before,
    "arrested a man for killing his wife *in 2002*"), else the nearest one whose own clause is the
    trigger's.  Narrower than an event's date
    (:func:`seismo.extract.events.place.date_of`): a date in a clause below ("unions called a
    strike after talks *failed on Monday*") says nothing about whether the strike lies ahead.  A
    conjoined verb with no subject of its own shares its first conjunct's clause."""
    doc = sent.doc
    inside: list[tuple[int, When]] = []
    same_clause: list[tuple[int, When]] = []
    subtree = {t.i for t in trigger.subtree}
    clause = clause_head(trigger.head) if _noun_read_as_verb(trigger) else clause_head(sharing(trigger))
    for when in dates:
        if when.start < sent.start_char or when.end > sent.end_char:
            continue
        span = doc.char_span(when.start, when.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        distance = min(abs(t.i - trigger.i) for t in span)
        own = clause_head(root.head if root.head.i != root.i else root).i  # the clause the date is in
        # a verb's subtree holds its clauses below ("agreed to open the crossings the war has shut since 1974")
        if root.i in subtree and root.i != trigger.i and (trigger.pos_ not in ("VERB", "AUX") or own == trigger.i
                                                           or _shares_time(doc[own], trigger)):
            inside.append((distance, when))
        elif own == clause.i and not in_noun_clause(root, trigger):
            same_clause.append((distance, when))
    for group in (inside, same_clause):
        if group:
            return min(group, key=lambda item: item[0])[1]
    return opening_date(sent, dates)


def opening_date(sent: "SpacySpan", dates: Iterable[When]) -> When | None:
    """The time expression of an adverbial that opens the sentence, set off by a comma before the
    main clause's subject ("*Back in 2019*, the gang had been busted by a task force, which
    arrested its leader"): the time of every clause of the sentence that has none of its own.  The
    adverbial is the date itself ("Last year, ...") or a word of class ``opening_time`` on it ("In
    2019, ...", "Back in 2019, ..."), not an event it dates ("After the 2019 riots, ...")."""
    root, doc = sent.root, sent.doc
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i > root.i or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i < comma.i for c in root.children):
        return None
    for when in dates:
        if not sent.start_char <= when.start < when.end <= comma.idx:
            continue
        span = doc.char_span(when.start, when.end, alignment_mode="expand")
        if span is None or not sent.start <= span.start < span.end <= comma.i:
            continue
        top = span.root
        while top.head.i != root.i and top.head.i != top.i:
            top = top.head
        if top.head.i == root.i and (span.start <= top.i < span.end or top.lower_ in lexicon.word_class("opening_time")):
            return when
    return None


def same_time_clause(clause: "Token") -> bool:
    """An adverbial clause opened by a word of class ``same_time_mark`` ("*when* he landed")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.word_class("same_time_mark") for c in clause.children)


def _shares_time(verb: "Token", trigger: "Token") -> bool:
    """``verb`` heads a clause below the trigger that shares its time, reached only through "to"
    complements and clauses of purpose ("were sent *to guard* the fields") or of the same time,
    opened by a word of class ``same_time_mark`` ("arrested him *when* he landed"); not a clause
    of what was said, a reason, a clause of "after" or "since", a gerund or a relative clause."""
    tok = verb
    while tok.i != trigger.i:
        if not (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and (to_infinitive(tok) or same_time_clause(tok))):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def background_nominal(trigger: "Token", cues: ModalCues) -> bool:
    noun = first_conjunct(trigger)
    if noun.dep_ != "pobj":
        return False
    # a determiner makes a noun of a word the tagger read as a verb ("since the Detroit riots/VBZ")
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in noun.children)
    prep = noun.head.lower_
    if prep in lexicon.word_class("sequel_prep") and any(c.dep_ == "poss" for c in noun.children):
        return True  # "soon after his arrest, his brother fled": an act of someone's, known, dates the news
    if not definite or cues.get("prep", prep) != "historical":
        return False
    if prep == "since":
        return True
    named = any(
        c.dep_ == "prep" and any(t.pos_ == "PROPN" for t in c.subtree) for c in noun.children
    )
    return named


def framed_in_time(trigger: "Token", cues: ModalCues) -> str | None:
    """The modality a noun of time gives the event it is of (slot ``background``): historical for
    a commemorating noun ("the anniversary of the massacre"), future for one before it ("on the
    eve of the talks", "the eve of the resumption of talks": through nouns of a stage, class
    ``phase_noun``); None for any other trigger."""
    noun = first_conjunct(trigger)
    prep = noun.head
    phases = lexicon.word_class("phase_noun")
    for _ in range(2):
        if noun.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.lemma_.lower() in phases:
            noun = prep.head
            prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    holder = prep.head
    return cues.get("background", holder.lemma_) or cues.get("background", holder.text)


def timed_against(trigger: "Token") -> bool:
    """A nominal trigger that is the object of a preposition placing another happening in time
    against it (class ``time_relation_prep``: "arrested *during* the riots", "set fire to a hall
    *during* last summer's riots"), or giving it as a cause (class ``cause_prep``: "cancelled
    flights *because of* the strike"): the verb it hangs on neither plans nor denies it."""
    noun = first_conjunct(trigger)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.i != prep.i:
        prep = prep.head  # "because of the strike", "due to the strike": a cause, which the verb does not plan
        return prep.lower_ in lexicon.word_class("cause_prep")
    return noun.dep_ == "pobj" and prep.lower_ in lexicon.word_class("time_relation_prep") | lexicon.word_class("cause_prep")


def given_event(trigger: "Token", cues: ModalCues) -> str | None:
    """The modality (historical) of an event noun that names a known event as the object of a word
    of slot ``given``: a preposition ("was *behind* the blast"), a noun or verb with its
    preposition ("*responsibility for* the attack", "the *blame for* the raid"), or a verb
    whose direct object (or passive subject: "the bombing was *blamed* on") it is; the news is who did it.  An indefinite noun ("behind *an* attack on Monday")
    tells a new event: None, as for any other trigger.  A trigger that modifies an event noun
    ("last week's *grenade* attack") or is the "of" object of a noun of a run of like events
    (class ``series_noun``: "the *wave* of attacks") or of what one left (class ``aftermath_noun``:
    "the *victims* of the riot") is read through that noun.  A gerund stands as such a noun
    ("blamed the rebels *for attacking* the convoy", "talks *on pulling back* troops"), and so does
    a gerund for its definite object ("blamed them *for firing the missile*"; an indefinite one,
    "for carrying out killings", tells new events); a known event carried out is given when its doer's own group reports it (:func:`own_deed`).
    A definite event noun is also the object of a word of slot ``proceeding`` ("charged *over* the
    killing", "jailed *for* Monday's riot"; a bare "charged with rioting" may be the news itself),
    and any event noun or gerund the object of one of slot ``verdict`` ("convicted *of* an attack",
    "sentenced *for* bombing a depot").  An event noun that only times a known act is known too
    (:func:`_within_known`).  The doers of an act named by the main clause: :func:`doers_identified`."""
    if (named := doers_identified(trigger, cues)) is not None:
        return named
    noun = _through_phrase(_described(first_conjunct(trigger)))
    if (doer := _doer_of_given(noun, cues)) is not None:
        return doer
    known = _definite(noun)  # "the riot", "Monday's riot": a proceeding over it tells a known event
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and noun.head.tag_ == "VBG":
        # "blamed them for firing the missile": the gerund stands for it; for a bare or indefinite
        # one only a verdict's ("convicted of carrying out attacks"; "blamed for carrying out killings" is news)
        indefinite = indefinite or not known
        noun = noun.head
    gerund = noun.dep_ == "pcomp" and noun.tag_ == "VBG"  # "blamed them for attacking", "talks on pulling back"
    if is_verbal(noun) and not gerund:
        return _within_known(trigger, cues)
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):  # "claimed the attack", "the attack was claimed by ..."
        if indefinite:
            return None
        if (kind := cues.get("given", head.lemma_)) is not None:
            return kind
        if noun.dep_ == "dobj" and _definite(noun) and own_deed(head):
            return "historical"  # "its men carried out the ambush"
        violent = noun.lemma_.lower() in lexicon.word_class("attack_noun") | lexicon.word_class("event_noun")
        if violent and noun.dep_ == "dobj" and _definite(noun) and cues.get("tied", head.lemma_):
            return "historical"  # "linked Monday's attack to a cell" (not "tied the ceasefire to the release")
        # an attack named by its day ("carried out *Thursday's* ambush", "Monday's raid was staged
        # by"): the attack is known, the news is who did it (not "thousands staged Monday's march")
        dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)
        return "historical" if dated and violent and head.lemma_.lower() in lexicon.word_class("carry_out") else None
    if noun.dep_ not in ("pobj", "pcomp") or head.i == noun.i:
        return _within_known(trigger, cues)
    # a verdict comes long after any act it is over ("convicted of an attack", "sentenced for
    # bombing a depot"); a charge over a bare act may be the news itself ("charged them with
    # rioting"), and a claim over an indefinite one ("blamed them for carrying out killings")
    slots = ("verdict",) if indefinite else ("given", "proceeding", "verdict") if known else ("given", "verdict")
    kind = next((kind for slot in slots if (kind := _held_by(head, slot, cues)) is not None), None)
    return kind or _within_known(trigger, cues)


def _within_known(trigger: "Token", cues: ModalCues) -> str | None:
    """Historical for an event noun that is only the setting of a known act (the object of a
    preposition of class ``setting_prep``): "convicted of killing a student *during a protest*", "on
    trial for the massacre of villagers *during an offensive*", and so when the parser hangs the
    setting on the verdict's or the charge's verb or its object ("sentenced a colonel for the killing
    of worshippers *during a crackdown*", "charged them over the killing of a trader *during a
    protest*").  An event told as new (class ``fresh``: "during *renewed* clashes") stays news."""
    noun = first_conjunct(trigger)
    time = noun.head
    if (noun.dep_ != "pobj" or time.lower_ not in lexicon.word_class("setting_prep") or time.head.i == time.i
            or any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.word_class("fresh") for c in noun.children)):
        return None
    framed = time.head
    if given_event(framed, cues) == "historical":
        return "historical"
    holders = [framed, *(c for c in framed.children if c.dep_ == "dobj")]  # "convicted [eight men of] rioting"
    for prep in (p for h in holders for p in h.children if p.dep_ == "prep" and p.i != time.i):
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        slots = ("verdict", "proceeding") if any(_definite(o) for o in objects) else ("verdict",)
        if objects and any(_held_by(prep, slot, cues) == "historical" for slot in slots):
            return "historical"  # "charged them over the killing of a trader during a protest"
    return None


def _held_by(prep: "Token", slot: str, cues: ModalCues) -> str | None:
    """The modality a cue of ``slot`` gives the object of ``prep``: the preposition itself
    ("behind"), or with the word it hangs on ("responsibility for", "charged with")."""
    holder = prep.head
    by_holder = cues.get(slot, f"{holder.lemma_.lower()} {prep.lower_}") if holder.i != prep.i else None
    if by_holder is None and holder.dep_ == "dobj" and holder.head.i != holder.i:
        # the preposition hung on the verb's object ("blamed [a faction for] the raid"): the verb's
        by_holder = cues.get(slot, f"{holder.head.lemma_.lower()} {prep.lower_}")
    if by_holder is None and holder.dep_ == "pobj" and holder.head.head.i != holder.head.i:
        # the preposition hung on the object of the word's own preposition ("the conviction of [a
        # captain for] the killing", "sentenced them to [death for] killing a guard")
        by_holder = cues.get(slot, f"{holder.head.head.lemma_.lower()} {prep.lower_}")
    if by_holder is None and holder.i != prep.i:
        # the preposition hung on the verb, not its object ("sent condolences [over] the shooting"),
        # nor the object of its other preposition ("went on trial [for] the massacre")
        nouns = [c for c in holder.children if c.dep_ == "dobj"]
        nouns += [o for c in holder.children if c.dep_ == "prep" and c.i != prep.i for o in c.children if o.dep_ == "pobj"]
        by_holder = next((k for c in nouns if (k := cues.get(slot, f"{c.lemma_.lower()} {prep.lower_}")) is not None), None)
    if by_holder is not None and slot == "verdict" and holder.pos_ == "ADJ" and (
            holder.head.i == holder.i or holder.head.lemma_.lower() not in lexicon.word_class("finding_verb")):
        by_holder = None  # "police said they were guilty of arson" accuses; "found guilty of arson" is a finding
    return cues.get(slot, prep.lower_) or by_holder


def doers_identified(trigger: "Token", cues: ModalCues) -> str | None:
    """The modality (historical) of an event whose doers the main clause says who they are, by a
    word of slot ``identity``: the event told in a relative clause on them ("the militants *who
    ambushed* a patrol belonged to a faction", "identified the gunmen who attacked the post as
    members of a gang"), or a noun of its doer itself ("the *gunmen* were linked to a cell").
    The news is who did it.  An event noun so linked ("*clashes* linked to the vote") stays news:
    only people (a "who" clause, or a trigger noun of class ``killer_noun``) are read."""
    event = first_conjunct(trigger)
    if event.dep_ == "relcl" and is_verbal(event) and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in event.children):
        doers, clause = event.head, event
    elif not is_verbal(event) and event.lemma_.lower() in lexicon.word_class("killer_noun"):
        doers, clause = event, next((c for c in event.children if c.dep_ == "relcl"), None)
    else:
        return None
    holder = doers.head
    if doers.dep_ not in ("nsubj", "nsubjpass", "dobj") or holder.i == doers.i:
        return None
    if holder.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in holder.children):
        return None  # "gunmen linked to a cartel killed six": a participle the parser took for the verb
    if to_infinitive(holder) or any(c.dep_ == "neg" or cues.get("pending", c.lower_) for c in holder.children):
        return None  # "are trying to identify the gunmen who ...", "have not (yet) identified": no one is named
    # the sentence tells the doers' act on ("... are members of a gang and kidnapped forty", "stormed
    # a hotel, killing ten"); not the identifier's next step ("identified the men who ... and arrested two")
    told_on = [clause] if clause is not None else []
    if doers.dep_ in ("nsubj", "nsubjpass"):
        told_on.append(holder)
    if any(c.dep_ in ("conj", "advcl") and is_verbal(c) for t in told_on for c in t.children):
        return None
    if doers.dep_ == "nsubj" and holder.lemma_ == "be":  # "were members of a militia", "were loyal to"
        holders = [c for c in holder.children if c.dep_ in ("attr", "acomp")]
    else:  # "belonged to", "were linked to", "identified ... as", "tied ... to"
        holders = [holder]
    for word in holders:
        if doers.dep_ in ("dobj", "nsubjpass") and (kind := cues.get("identity", word.lemma_)):
            return kind  # "identified the men who ambushed the convoy"
        # the preposition may hang on the relative clause's verb ("tied the fighters who seized
        # the town to a group"): read it with the word it belongs to
        preps = [c for t in (word, clause) if t is not None for c in t.children if c.dep_ == "prep"]
        if (kind := next((k for p in preps if (k := cues.get("identity", f"{word.lemma_.lower()} {p.lower_}"))), None)):
            return kind
    return None


def _doer_of_given(noun: "Token", cues: ModalCues) -> str | None:
    """The modality of a trigger that names the doer of a known violent event: the subject of a
    verb with a preposition of slot ``given`` whose object is a definite noun of a violent event
    (classes ``attack_noun``, ``event_noun``): "a lone *gunman* was behind last year's shooting"."""
    if noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return None
    events = lexicon.word_class("attack_noun") | lexicon.word_class("event_noun")
    for prep in noun.head.children:
        kind = cues.get("given", prep.lower_) if prep.dep_ == "prep" else None
        if kind is not None and any(c.dep_ == "pobj" and _definite(c) and c.lemma_.lower() in events for c in prep.children):
            return kind
    return None


def _definite(noun: "Token") -> bool:
    """A noun with a definite determiner or a possessive ("the assault", "Monday's raid"); a bare
    plural ("launched airstrikes") tells new events."""
    return definite(noun, any_possessor=True)


def own_deed(verb: "Token") -> bool:
    """A verb of class ``carry_out`` in what a verb of class ``claim_verb`` reports, whose subject
    is the speaker's own ("it", "they", "we") or belongs to it ("*its men* had mounted the
    assault", "said *their fighters* carried out the ambush"): a group telling of its own deed,
    a claim of responsibility."""
    teller = verb.head
    if (verb.dep_ != "ccomp" or teller.i == verb.i or verb.lemma_.lower() not in lexicon.word_class("carry_out")
            or teller.lemma_.lower() not in lexicon.word_class("claim_verb")):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and (doer.tag_ == "PRP" or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in doer.children))


def _described(trigger: "Token") -> "Token":
    """The noun a relative clause whose verb is ``trigger`` tells more of, when its subject is
    "that" or "which" (a thing, not a person: "investigate the strike *that killed* twelve" ->
    strike); ``trigger`` itself otherwise (a participle on the people an event left, "mourned the
    12 killed in an air strike on Tuesday", may tell a new event)."""
    if (trigger.dep_ == "relcl" and is_verbal(trigger) and trigger.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in trigger.children)):
        return _event_of_target(trigger.head)
    return trigger


def identifying_act(trigger: "Token") -> bool:
    """``trigger`` is the verb of a relative or participle clause on a noun: an act that tells who
    or what the noun is ("the fighters *who attacked* the town in June", "the miners *shot* by
    police in August"), done and over (a past form, not "blocking roads since May", and not told as
    going on: "doctors who struck in May are *still* out", "workers who walked out in May *remain* on
    strike"); dated over a month back, it names a known past event."""
    return (trigger.dep_ in ("relcl", "acl") and trigger.tag_ in ("VBD", "VBN") and trigger.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children)
            and not any(c.lower_ in lexicon.word_class("still_word") for c in trigger.head.head.children)
            and trigger.head.head.lemma_.lower() not in lexicon.word_class("stay_verb"))


def _event_of_target(noun: "Token") -> "Token":
    """The event noun whose on-, at- or against-phrase holds ``noun``: the parser hangs a relative
    clause on the nearest noun, but in "the raid on a market *that killed* 30" it tells of the raid
    (class ``event_noun``); ``noun`` itself otherwise."""
    prep = noun.head
    if (noun.dep_ == "pobj" and prep.lower_ in ("on", "at", "against") and prep.head.i != prep.i
            and prep.head.lemma_.lower() in lexicon.word_class("event_noun")):
        return prep.head
    return noun


def _through_phrase(noun: "Token") -> "Token":
    """The noun that stands for ``noun`` in its phrase: the noun it modifies as a compound
    ("the *grenade* attack" -> attack), or the noun of class ``series_noun`` whose "of" object it
    is ("the wave of *attacks*" -> wave); ``noun`` itself otherwise."""
    if noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    of = noun.head
    through = lexicon.word_class("series_noun") | lexicon.word_class("aftermath_noun")
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and of.head.lemma_.lower() in through:
        return of.head
    return noun


def _noun_read_as_clause(trigger: "Token") -> str | None:
    """The preposition before a definite event noun that the parser read as a clause whose verb
    is the noun ("since the Kigali riots", "after the Kigali riots": "riots" a verb, "since" its
    mark), or None."""
    mark = next((c for c in trigger.children if c.dep_ == "mark"), None)
    if mark is None or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    after = trigger.doc[mark.i + 1] if mark.i + 1 < len(trigger.doc) else None
    fits = after is not None and after.lower_ == "the" and trigger.tag_ in ("NNS", "NN", "VBZ")
    return mark.lower_ if fits else None


#: the links of a noun: a word tagged as a verb that hangs by one of them is a noun misread
_NOMINAL_LINKS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def _noun_read_as_verb(trigger: "Token") -> bool:
    """An event noun the parser tagged as a verb ("after the Kano *riots*" with "riots" a VBZ):
    it hangs as a noun does, or heads a clause of its own after "after" / "before"; its date is
    that of the clause it hangs on."""
    if trigger.head.i == trigger.i or not is_verbal(trigger):
        return False
    return trigger.dep_ in _NOMINAL_LINKS and trigger.tag_ in ("VBZ", "VBP") or _noun_read_as_clause(trigger) in ("after", "before")


def since_clause(trigger: "Token") -> bool:
    """ "since the Soweto riots", parsed as a clause whose verb is the event noun."""
    return _noun_read_as_clause(trigger) == "since"


def former_occasion(trigger: "Token", cues: ModalCues) -> bool:
    """An adverb of slot ``former`` (modal_cues.tsv) on the trigger or on the verb whose clause it
    shares: "he was *previously* arrested", "*formerly* detained" tell of an occasion before the
    one the news is about; so does a word of how often (slot ``repeat``) on a trigger in the
    pluperfect: "he *had* been arrested *twice*", "had been jailed three *times*"."""
    heads = {trigger, sharing(trigger)}
    if any(c.dep_ == "advmod" and cues.get("former", c.lower_) == "historical" for h in heads for c in h.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for h in heads for c in h.children) and any(
        _how_often(c, cues) for h in heads for c in h.children)


def _how_often(word: "Token", cues: ModalCues) -> bool:
    """A word of slot ``repeat`` (modal_cues.tsv) hanging on a verb as how often it was done:
    "twice", "repeatedly", "three *times*" (with its number), a bare "before" (not "a day before")."""
    if word.dep_ not in ("advmod", "npadvmod") or cues.get("repeat", word.lower_) != "historical":
        return False
    if word.lower_ == "times":
        return any(c.dep_ == "nummod" for c in word.children)
    return word.lower_ != "before" or all(cues.get("repeat", c.lower_) for c in word.children)  # "twice before"


def freed_after(trigger: "Token", cues: ModalCues, *, when: When | None = None) -> bool:
    """A participle describing people whose freeing is told, through a noun of slot ``freeing``
    (modal_cues.tsv): "the *release* of those arrested", "the release of the detained workers",
    "granted *bail* to a man arrested in May", or a verb of it of which they are the object ("the
    detained leaders were *released*", "police freed the arrested students"): the people were
    taken in before; the sentence tells of their release, not of a new arrest.  A passive relative
    clause on such people counts too when ``when``, its date, is a month or longer ("the accused,
    *who was arrested last year*, was refused bail", "X, who was arrested in January, moved the
    court seeking bail"); one dated to a day ("who were arrested on Monday, were released on bail")
    tells the news's own arrest, unless told in the pluperfect ("freed twenty youths *who had been
    held*").  So are people so described who are the "of" or "for" object of a noun of class
    ``tied_person`` ("the *families* of the arrested youths", "*lawyers* for those detained"), or
    whose possessive names one ("the arrested man's *brother*"): the sentence tells of those tied
    to them.  So are people described by a relative clause that tells both their arrest and their
    freeing ("the leader, *who was detained on Friday and let off* that night, addressed a
    meeting"), when the main clause tells of something else: the episode is closed, it tells who
    they are."""
    person = trigger.head if trigger.dep_ in ("acl", "amod") and trigger.tag_ == "VBN" or _passive_relative(trigger) else None
    if person is None or person.i == trigger.i:
        return False
    if trigger.dep_ == "relcl" and _episode_closed(trigger, cues) and not _freeing_sought(person.head, cues):
        return True  # "the clerk, who was held on Monday and freed that night, spoke at the rally"
    if trigger.dep_ == "relcl" and not (when is not None and _coarse(when)) and not _pluperfect(trigger):
        return False  # "the men, who were arrested on Monday, were released on bail": told with the news
    person = first_conjunct(person)
    if person.dep_ == "pobj" and person.head.lower_ in lexicon.word_class("noun_of_prep") and person.head.head.i != person.head.i \
            and person.head.head.lemma_.lower() in lexicon.word_class("tied_person"):
        return True  # "the families of the arrested youths"
    if person.dep_ == "poss" and person.head.lemma_.lower() in lexicon.word_class("tied_person"):
        return True  # "the arrested man's wife"
    if person.dep_ in ("nsubj", "nsubjpass") and _freeing_sought(person.head, cues):
        return True  # "the leader, who was arrested in May, was granted bail", "the two men arrested were granted bail"
    if person.dep_ in ("nsubjpass", "dobj") and person.head.i != person.i:  # "the detained leaders were freed"
        return cues.get("freeing", person.head.lemma_.lower()) == "historical"
    if person.dep_ != "pobj" or person.head.lower_ not in ("of", "to"):
        return False
    holder = person.head.head
    if holder.i == person.head.i:
        return False
    if person.head.lower_ == "to":  # "granted bail to a journalist arrested in May": what the verb gives
        return any(c.dep_ == "dobj" and cues.get("freeing", c.lemma_.lower()) == "historical" for c in holder.children)
    return any(cues.get("freeing", t.lemma_.lower()) == "historical"  # "the release of", "the bail plea of"
               for t in (holder, *(c for c in holder.children if c.dep_ == "compound")))


#: the shortest span (days) of a date that names a month or a year rather than a day or a week
COARSE_DAYS = 28


def _coarse(when: When) -> bool:
    """The date spans a month or more, its first and last day both counted (February: 28 days)."""
    return when.earliest is not None and when.latest is not None and (when.latest - when.earliest).days + 1 >= COARSE_DAYS


def _pluperfect(verb: "Token") -> bool:
    """A verb told in the pluperfect ("who *had been* held"): before the time of its sentence."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _passive_relative(trigger: "Token") -> bool:
    """A passive relative clause on a person: "the accused, *who was arrested* last year"."""
    return trigger.dep_ == "relcl" and trigger.tag_ == "VBN" and passive_aux(trigger)


def _episode_closed(trigger: "Token", cues: ModalCues) -> bool:
    """A later conjunct of the trigger itself, with no subject of its own, is a verb of slot
    ``freeing``, as a lemma or with its particle ("was arrested and *released*", "detained and *let
    off*"); a freeing of other people in a clause under it ("arrested after commandos stormed the
    bus and *freed* the hostages") does not close the arrest."""
    for verb in trigger.conjuncts:
        if verb.i < trigger.i or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        keys = [verb.lemma_.lower(), *([f"{verb.lemma_.lower()} {particle}"] if particle else [])]
        if any(cues.get("freeing", k) == "historical" for k in keys):
            return True
    return False


def _freeing_sought(verb: "Token", cues: ModalCues) -> bool:
    """Whether the clause of ``verb`` tells of setting its subject free: the verb is of slot
    ``freeing`` ("was *freed*"), or a noun of it is the object of the verb or of a verb or
    preposition under it ("was granted *bail*", "was released on *bail*", "moved court seeking
    *bail*")."""
    near, layer = [verb], [verb]
    for _ in range(3):
        layer = [c for t in layer for c in t.children if c.dep_ in _FREEING_PATH]
        near += layer
    return any(cues.get("freeing", t.lemma_.lower()) == "historical" for t in near)


#: the links from a verb to the words that tell what its clause seeks or gets ("moved the court
#: [seeking] [bail]", "was released [on] [bail]"); not a relative clause, which tells of another
_FREEING_PATH = frozenset({"xcomp", "advcl", "acl", "prep", "pobj", "dobj", "dative"})


def long_ago(trigger: "Token", sent: "SpacySpan") -> bool:
    """A time "ago" in units of class ``ago_unit`` (word_classes.tsv) in the trigger's clause:
    "five years ago", "decades ago" date what the clause tells before the news, even when the
    article has no publication date to count back from."""
    if "ago" not in doc_text(sent.doc)[sent.start_char : sent.end_char].lower():
        return False  # most sentences: no need to walk their words
    units = lexicon.word_class("ago_unit")
    clause = clause_head(sharing(trigger)).i
    for tok in sent:
        if tok.lower_ != "ago" or tok.i == sent.start:
            continue
        unit = tok.doc[tok.i - 1]
        if unit.lemma_.lower() in units and clause_head(tok).i == clause:
            return True
    return False
