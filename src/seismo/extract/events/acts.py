"""What a sentence does with an event it mentions: does it report it, promise it, demand it?

Two general rules of event coding (PLOVER's, and every CAMEO-style coder's):

* **prominence** — a sentence is about the event of its main clause ("Japan said it *halted*
  aid ...") more than one mentioned in an adjunct ("... to end the *fighting*", "after the
  *killing* of ...") or a relative clause.  :func:`prominence` scores a trigger head in [0, 1]
  from its place in the parse; it feeds the event's confidence, so the main event ranks first.
* **speech acts** — an unrealised event in a main clause is itself an act of its source:
  a cooperative action promised or offered ("will support", "offered to hand over",
  "is ready to send troops") is an AGREE; a hostile one announced ("will boycott",
  "will impose restrictions", anything under "unless") is a THREATEN, while a cooperative one
  offered on a condition ("would meet them if ...") is still an AGREE; one another party
  "must" / "should" do is a REQUEST; a cooperative action refused or not done ("will not
  accept", "declined to resign") is a REJECT.  :func:`speech_act` returns the new type, or
  ``None`` when the event is coded as it is.

* **a demand's content** — what a request asks for is no happening: "called for *a ban* on
  the group", "a petition *to prohibit* his return", "urged Muslims *to take up arms*"
  (:func:`demanded`): the request is the event;
* **subordination** — a noun event that another trigger verb acts on ranks below that act
  ("dismissed the *appeal*", "halted *mediation* efforts", "lifted the *curfew*"):
  :func:`subordinate`; words about a use of force ("condemned the *bombing*") do not outrank it;
* **words about force** — across the article: a statement that ACLED codes as no event (an
  accusation, a denial, a demand, a reaction: verbal PLOVER types with no ACLED sub-type) ranks
  below an asserted use of force the article reports in another sentence ("troops shelled the
  town. The ministry *denied* ..."), or in its own sentence on a par with it (two main clauses):
  :func:`words_about_force`; so do the arrests after an attack that killed or wounded ("... The
  gunman was *arrested* hours later"): :func:`aftermath`.  Inside one sentence the parse decides
  otherwise, so a one-sentence report keeps its main clause's act ("Rome *condemned* the bombing").

The words these rules read are data: intention, refusal and condition words and background
prepositions in ``data/word_classes.tsv``, the future and obligation auxiliaries in
``data/modal_cues.tsv`` (the one table of modal auxiliaries).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.events.coding.words import has_claim
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.framing.cues import modal_cues
from seismo.extract.mandate import bidden
from seismo.extract.syntax import NOMINAL, definite, governor, phrasal_lemma, verb_chain

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.model import Event

#: clause links under which an event is still what the sentence asserts
MAIN_LINKS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "parataxis"})
#: links that put an event in the background (adjuncts, modifiers, relative clauses)
BACKGROUND_LINKS = frozenset({"advcl", "relcl", "acl", "pcomp", "npadvmod", "appos"})
#: the prominence of an event told as background (an adjunct, "after the *arrest* of ...")
BACKGROUND = 0.15
#: types that are cooperation when promised (PLOVER quad 1-2, concessions, retreats)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
#: types that are threats when announced
HOSTILE = frozenset({"COERCE", "SANCTION", "ASSAULT", "PROTEST", "MOBILIZE"})


def prominence(head: "Token") -> float:
    """How central the event of ``head`` is to its sentence, in [0, 1].

    1 the main clause (root, a conjoined or reported clause, "offered to X"), 0.6 the object
    of a main-clause verb ("declared a ceasefire"), 0.4 deeper arguments, 0.15 adjuncts and
    relative clauses ("after the killing", "who fled the fighting").
    """
    tok = head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "ROOT"):
        if head.dep_ == "ROOT":
            return 0.8
        return 0.6 if _is_main_verb(head.head) else 0.4
    depth = 0
    background = lexicon.word_class("background_prep")
    while tok.head.i != tok.i:
        if _quoted_as_saying(tok):  # "was quoted as *saying* he would send aid": what was said
            tok = tok.head.head
            continue
        if tok.dep_ in BACKGROUND_LINKS:
            return BACKGROUND
        if tok.dep_ == "pobj" and tok.head.lower_ in background:
            return BACKGROUND
        if tok.dep_ not in MAIN_LINKS and tok.pos_ in ("VERB", "AUX"):
            return 0.4
        if tok.dep_ not in MAIN_LINKS:
            depth += 1
        tok = tok.head
    if head.pos_ in ("VERB", "AUX"):
        return 1.0
    return 0.4 if depth <= 2 else 0.25


def _quoted_as_saying(tok: "Token") -> bool:
    """A verb of saying under "as" ("was quoted as *saying*", "was cited as *stating*"): it reports
    its clause as a main verb does, not as an adjunct."""
    return (tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.i != tok.head.i
            and attribution_cues().get("verb", tok.lemma_) is not None)


def in_background(head: "Token") -> bool:
    """Whether the event of ``head`` is told as background to its sentence (:func:`prominence`):
    "marched *after* the arrest of their leader", "a strike *over* the detention of ..."."""
    return prominence(head) <= BACKGROUND


#: how much less an event counts when the sentence reports another act done to it
SUBORDINATE = 0.8
#: types of force: an event of these stays the event when words are said about it ("condemned
#: the *attack*") or force meets it ("police broke up the *rally*": ACLED's protest with
#: intervention is coded from both)
FORCE = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
#: acts that end or defy a use of force ("lifted the *curfew*", "called off the *strike*"): the
#: only ones that outrank it; words about force ("condemned the *attack*") leave it the event
UNDOING = frozenset({"CONCEDE", "RETREAT", "REJECT"})
#: the type whose object or infinitive is threatened, not done
THREAT = "THREATEN"


def subordinate(head: "Token", type_: str, others: "list[tuple[int, str]]") -> bool:
    """Whether the event of ``head`` (of type ``type_``) is what another trigger verb of the
    sentence acts on (``others``: the other triggers' head indices and types), and so ranks
    below it: a non-violent event under any act ("dismissed the *appeal*", "halted
    *mediation* efforts", "violated the *agreement*"), a use of force only under an act that
    ends or defies it."""
    over = UNDOING if type_ in FORCE else frozenset(t for _, t in others)
    # what a threat threatens ("threatened to *strike*", "threatened a *boycott*") is not done: the threat is the act
    threats = frozenset(i for i, t in others if t == THREAT)
    return acted_on(head, frozenset(i for i, t in others if t in over)) or (type_ != THREAT and demanded(head, threats))


#: acts that yield something (a release, an easing): done or promised, an act, not words about one
CONCESSIONS = frozenset({"CONCEDE"})
#: an arrest's PLOVER mode, and the counts of an attack that drew blood
ARREST, BLOODSHED = "arrest", frozenset({"killed", "injured"})

#: per event an article ranks lower, by id: the ids of the events it ranks below
Demotion = dict[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Drafted:
    """What the coder read of an event's trigger: its type before :func:`speech_act`, its :func:`prominence`."""

    type: str
    prominence: float
    occasion: bool = False
    aside: bool = False


def _below(lower: "Sequence[Event]", above: "Sequence[Event]", drafted: "dict[str, Drafted]") -> Demotion:
    """Each of ``lower`` with the events of ``above`` told in other sentences, or in its own sentence
    at least as centrally (:func:`prominence`: two main clauses); where one sentence's parse puts the
    lower event first, it stays first ("Rome *condemned* the bombing")."""
    def outranks(a: "Event", e: "Event") -> bool:
        return a.evidence.start != e.evidence.start or _central(a, drafted) >= _central(e, drafted)

    out = {e.id: frozenset(a.id for a in above if outranks(a, e)) for e in lower}
    return {i: ids for i, ids in out.items() if ids}


def _central(event: "Event", drafted: "dict[str, Drafted]") -> float:
    found = drafted.get(event.id)
    return 0.0 if found is None else found.prominence


def words_about_force(events: "Sequence[Event]", *, verbal: frozenset[int], drafted: "dict[str, Drafted]") -> Demotion:
    """The asserted statements of an article that rank below a use of force (:data:`FORCE`) it
    asserts (in another sentence, or on a par: :func:`_below`): events of a ``verbal`` quad class
    with no ACLED sub-type.  A
    reaction, accusation or demand is news about the act, not the act: the rule of ACLED and
    CAMEO-style coders that code the act and leave words about it uncoded.  A concession
    (``drafted``: the type of each event's trigger before :func:`speech_act`) is an act, promised
    or done ("offered to release the detained reporters"), and keeps its rank."""
    asserted = [e for e in events if e.modality == "asserted"]
    said = [e for e in asserted if e.quad_class in verbal and e.acled_sub_event_type is None
            and getattr(drafted.get(e.id), "type", e.type) not in CONCESSIONS]
    return _below(said, [e for e in asserted if e.type in FORCE], drafted)


def aftermath(events: "Sequence[Event]", *, drafted: "dict[str, Drafted]") -> Demotion:
    """The asserted arrests of an article that rank below an attack with dead or wounded it asserts
    (in another sentence, or on a par: :func:`_below`): the bloodshed is the news, the arrests of
    its doers or suspects what followed it."""
    asserted = [e for e in events if e.modality == "asserted"]
    attacks = [e for e in asserted if e.type == "ASSAULT" and any(c.kind in BLOODSHED for c in e.counts)]
    return _below([e for e in asserted if e.mode == ARREST], attacks, drafted)


def told_as_occasion(head: "Token") -> bool:
    """Whether the event of ``head`` is told as the occasion or cause of another act of its sentence:
    in a clause or phrase opened by an ``occasion_prep`` word ("*after* rebels shot down ...",
    "*following* the shooting of ..."), or told as what the act gave in to ("*bowing to* weeks of
    protests", class ``yielding_verb``), not just any background (an "of" phrase)."""
    occasion = lexicon.word_class("occasion_prep")
    tok = head
    while tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in occasion:
            return True
        if gives_in(tok):
            return True  # "..., bowing to weeks of protests": what the act gave in to
        if tok.dep_ in ("advcl", "prep") and any(c.lower_ in occasion for c in tok.children if c.dep_ in ("mark", "advmod", "prep")):
            return True
        if tok.dep_ in ("advcl", "relcl", "acl"):
            return False
        tok = tok.head
    return False


def backgrounded(events: "Sequence[Event]", *, drafted: "dict[str, Drafted]") -> Demotion:
    """The events told as the occasion of their sentence's act (:func:`told_as_occasion`: "*after*
    rebels shot down an airliner", "*following* the killing of ...") that rank below an asserted
    event of another type in the same sentence, not told so and at least as central (:func:`prominence`):
    "Spain suspended flights after ..." is about the suspension, the rule of :func:`prominence` that
    the calibration of scores across trigger groups may otherwise undo.  One of the same type is
    the same happening told twice ("two were hurt after an attack"), and keeps the occasion's
    detail."""
    def occasion(event: "Event") -> bool:
        found = drafted.get(event.id)
        return found is not None and found.occasion

    out: Demotion = {}
    for e in (e for e in events if occasion(e)):
        main = frozenset(a.id for a in events if a.evidence.start == e.evidence.start and a.modality == "asserted"
                         and a.type != e.type and a.id in drafted and not occasion(a)
                         and _central(a, drafted) >= _central(e, drafted))
        if main:
            out[e.id] = main
    return out


#: the least :func:`prominence` of an event that outranks the background events of its sentence:
#: a main clause (1), or the object of a main-clause verb (0.6: "reached a *deal*")
MAIN = 0.6


def told_aside(head: "Token") -> bool:
    """Whether the event of ``head`` is told aside from its clause's act: in a relative or
    adjunct clause ("rebels, who had *kidnapped* ..., reached a deal", "gathered *to demand* ...")
    or in a background phrase of a verb ("marched *after* the killing"), not in a phrase that
    says what a noun is ("the deployment *of peacekeeping* troops")."""
    background = lexicon.word_class("background_prep")
    tok = head
    while tok.head.i != tok.i:
        if tok.dep_ in BACKGROUND_LINKS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in background:
            return tok.head.head.pos_ in ("VERB", "AUX")
        tok = tok.head
    return False


def main_clause_first(events: "Sequence[Event]", *, drafted: "dict[str, Drafted]") -> Demotion:
    """The events told aside from their sentence's act (:func:`told_aside`: a relative clause,
    an adjunct clause, "rebels, who had *kidnapped* ..., reached a deal") that rank below an
    event of another type of the same sentence told in its main clause or as the object of its
    main verb (:data:`MAIN`): the sentence is about what its main clause reports, the rule of
    CAMEO-style coders that the calibration of scores across trigger groups may otherwise undo."""
    out: Demotion = {}
    for e in events:
        found = drafted.get(e.id)
        if found is None or not found.aside or found.prominence > BACKGROUND:
            continue
        main = frozenset(a.id for a in events if a.evidence.start == e.evidence.start and a.type != e.type
                         and a.id in drafted and _central(a, drafted) >= MAIN)
        if main:
            out[e.id] = main
    return out


def acted_on(head: "Token", heads: frozenset[int]) -> bool:
    """Whether the noun trigger ``head`` is what another trigger verb of the sentence (one of
    ``heads``) acts on: "accepted the *demands*", "dismissed an *appeal*", "halted *mediation*
    efforts".  The sentence reports that act (a concession, a refusal, a sanction) more than the
    event named as its object, the rule of CAMEO-style coders that code the main verb."""
    if head.pos_ not in NOMINAL:
        return False
    tok = head.head if head.dep_ == "compound" else head
    if tok.dep_ == "pobj" and tok.head.head.i != tok.head.i and tok.head.lower_ in lexicon.word_class("object_prep"):
        over = tok.head.head  # "is opposed [to] *mediation*", "agreed [on] a *ceasefire*"
        return over.i in heads and over.pos_ in ("VERB", "AUX", "ADJ")
    if tok.dep_ not in OBJECT_LINKS or tok.head.i == tok.i:
        return False
    # a trigger that is the verb's object complement says what the object is ("called the *visit* a provocation")
    named_as = any(c.dep_ == "oprd" and c.i in heads for c in tok.head.children) and tok.dep_ != "oprd"
    return (tok.head.i in heads or named_as) and tok.head.pos_ in ("VERB", "AUX")


#: acts that end, refuse or cut back what they act on ("suspended *talks*", "rejected the *deal*",
#: "withdrew from the *accord*", "accepted the *demands*")
ENDING = frozenset({"SANCTION", "REJECT", "RETREAT", "CONCEDE"})


def ended_by(head: "Token", type_: str, others: "Sequence[tuple[int, str]]") -> bool:
    """Whether the noun trigger ``head`` (of a type other than force) is what an ending act of
    its sentence (``others``: trigger head indices and types; an act of :data:`ENDING`) acts on,
    so that it names a relation, a measure or a claim already there, no event of its own: "the
    EU *suspended* aid", "broke off *negotiations*", "parliament *rejected* the *agreement*",
    "the army *withdrew* from the ceasefire *agreement*", "pulled out of the *talks*".  Force
    stays an event under them ("called off the *strike*" is the strike's news, a negated one), and
    so does an act told with its doer ("shrugged off a threat *from the militia*", "rejected *the
    opposition's* accusation")."""
    if type_ in FORCE or head.pos_ not in NOMINAL:
        return False
    ends = frozenset(i for i, t in others if t in ENDING and i != head.i)
    tok = head.head if head.dep_ == "compound" else head
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
        return False  # "shrugged off a threat *from the militia*": an act told with its doer stays one
    over = tok.head
    if tok.dep_ in OBJECT_LINKS:  # "suspended *talks*", "the *talks* were suspended"
        return over.i in ends and over.pos_ in ("VERB", "AUX")
    # "withdrew from the *agreement*", not what a refusal is about ("refused to comment on the *threat*")
    return (tok.dep_ == "pobj" and over.lower_ in lexicon.word_class("leaving_prep") and over.head.i != over.i
            and over.head.i in ends and over.head.pos_ == "VERB")


def demanded(head: "Token", requests: frozenset[int]) -> bool:
    """Whether the trigger ``head`` is what a request trigger of its sentence (one of ``requests``,
    token indices) asks for: its object or "for" object ("demanded a ban", "called for a ban",
    "a demand for a ban") or its infinitive ("urged police to arrest him", "a petition to
    prohibit his return"), or an indefinite noun in that infinitive's phrase ("called on them
    to take up arms in a holy war").  An object's own arguments are not the demand's content ("demanded
    an inquiry into the *killing*"), nor is a happening named as known: a definite noun (but for
    one with its "of" object: "demanded *the release* of their leader") or one with a participle
    that tells it happened ("pressed for *the agreements* made at the summit to
    be carried out": they were made)."""
    tok = head.head if head.dep_ == "compound" else head
    if tok.head.i == tok.i:
        return False
    named = definite(tok) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.pos_ in NOMINAL and (named or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)):
        return False  # not "demanded *the release* of their leader": the act asked for, named by whom it is for
    over = tok.head
    if tok.dep_ == "pobj" and over.lower_ == "for" and over.head.i != over.i:
        return over.head.i in requests
    if tok.dep_ == "dobj" or (tok.dep_ in ("xcomp", "acl") and tok.pos_ in ("VERB", "AUX")):
        return over.i in requests or _asked(over, requests)  # "invited them to resume *talks*"
    if tok.dep_ == "pobj" and over.head.i != over.i:  # "called on Muslims to take up arms in a holy *war*"
        verb = over.head
        return verb.dep_ in ("xcomp", "acl") and verb.pos_ in ("VERB", "AUX") and verb.head.i in requests
    if tok.dep_ == "ccomp" and (bidden(tok) or tok.tag_ in ("VB", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children)):  # "insisted that he *step down*", "wants Lagos *to pay*"
        # "renewed its demand on Monday that Quito *lift* ...": the clause parsed onto the verb, not its object
        return over.i in requests or any(c.dep_ == "dobj" and c.i in requests for c in over.children)
    return False


def discussed(head: "Token", talks: frozenset[int]) -> bool:
    """Whether the trigger ``head`` is what talks of its sentence (``talks``: the token indices of
    its CONSULT triggers) are about: the object of an agenda preposition on one ("talks *on* a
    truce", "negotiations *over* a ceasefire", class ``agenda_prep``) or the object of one that is
    a verb of talking a thing over ("met to discuss a prisoner *exchange*", class ``discuss_verb``;
    "negotiated a *ceasefire*" reached one).  What is discussed has not happened.  A definite noun
    names a happening already known: "discussed the *bombing* of the market" is no topic."""
    tok = head.head if head.dep_ == "compound" else head
    if tok.head.i == tok.i or tok.pos_ not in NOMINAL:
        return False
    if definite(tok):
        return False
    over = tok.head
    if tok.dep_ == "pobj" and over.lower_ in lexicon.word_class("agenda_prep"):
        return over.head.i in talks
    return tok.dep_ == "dobj" and over.i in talks and over.lemma_.lower() in lexicon.word_class("discuss_verb")


def _asked(verb: "Token", requests: frozenset[int]) -> bool:
    """Whether ``verb`` heads what a request asks for, or a clause nested in it: a request's
    infinitive ("urged them *to resume* talks", "pressed them to *keep* fighting") or the clause it
    bids (:func:`~seismo.extract.mandate.bidden`), up to two clauses deep."""
    for _ in range(2):
        if verb.head.i == verb.i or not ((verb.dep_ in ("xcomp", "acl") and verb.pos_ in ("VERB", "AUX"))
                                         or (verb.dep_ == "ccomp" and bidden(verb))):
            return False
        if verb.head.i in requests:
            return True
        verb = verb.head
    return False


def _is_main_verb(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX") and prominence(tok) >= 1.0


#: links by which a noun trigger is what its verb acts on ("declared a *ceasefire*")
OBJECT_LINKS = frozenset({"dobj", "nsubjpass"})
#: links from a verb to the word whose complement or conjunct it is ("is ready *to send*")
CHAIN_LINKS = frozenset({"xcomp", "acomp", "conj"})


def _clause(head: "Token") -> list["Token"]:
    """The trigger's verb chain: the head (or the verb a noun trigger is the object of) and
    the governing xcomp / acomp / conjoined words up to the clause head ("is ready *to send*")."""
    verb = governor(head, deps=OBJECT_LINKS) if head.pos_ in NOMINAL else None
    return verb_chain(head if verb is None else verb, links=CHAIN_LINKS)


def _own_act_said(verb: "Token") -> bool:
    """Whether ``verb`` heads a clause reported by a verb of saying whose subject the clause's own
    subject, a pronoun, stands for: the speaker tells of its own act ("the ministry said *it could
    order* a curfew"), not of another's ("analysts said the army could strike")."""
    said = verb.head
    return (verb.dep_ == "ccomp" and said.i != verb.i and attribution_cues().get("verb", said.lemma_) is not None
            and any(c.dep_ == "nsubj" and c.lower_ in lexicon.word_class("speaker_pronoun") for c in verb.children)
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in said.children))


def _pressed_despite(sent: "SpacySpan") -> bool:
    """Whether the sentence sets pressure, a request or a demand (class ``pressing_word``) against
    what is done, after "despite" or "in spite of": "despite a request from Lome"."""
    pressing = lexicon.word_class("pressing_word")
    return any(t.lower_ in ("despite", "spite") and any(w.lower_ in pressing for w in t.subtree) for t in sent)


def gives_in(tok: "Token") -> bool:
    """Whether ``tok`` is a participle of giving in to pressure, told beside an act: "*bowing to*
    weeks of protests", "*giving in to* the strikers' demands" (class ``yielding_verb``, its "to"
    naming a word of class ``yielded_to``; "bowing to the crowd" gives in to nothing)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lemma_.lower() not in lexicon.word_class("yielding_verb"):
        return False
    pressure = lexicon.word_class("yielded_to")
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(w.lemma_.lower() in pressure for w in p.subtree)
               for p in tok.children)


#: types an act given in to pressure may have before it is read as a concession: no use of force,
#: no protest, no statement
YIELDABLE = frozenset({"COERCE", "SANCTION", "RETREAT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONSULT"})


def _given_in(verb: "Token", mode: str | None) -> bool:
    """Whether the act of ``verb`` (no arrest) is told as given in to pressure (:func:`gives_in`), by
    a participle on the verb or, when a verb of saying reports the act, on that verb ("revoked the
    permits, the minister said, bowing to ...")."""
    if mode in ("arrest", "detain"):
        return False
    said = verb.head if verb.dep_ == "ccomp" and attribution_cues().get("verb", verb.head.lemma_) is not None else None
    return any(gives_in(c) for t in (verb, *([said] if said is not None else [])) for c in t.children)


def speech_act(head: "Token", *, type_: str, modality: str, mode: str | None = None) -> str | None:
    """The PLOVER type the sentence's act gives an event, or ``None`` to keep ``type_``.

    Applies to events the sentence does not report as done (modality other than asserted /
    historical, or under an intention word) and only in main clauses; and, for an asserted act,
    to one told as given in to pressure (a concession: :func:`_given_in`).
    """
    if prominence(head) < 0.6:
        return None
    chain = _clause(head)
    if modality == "asserted" and type_ in YIELDABLE and _given_in(chain[0], mode):
        return "CONCEDE"  # "scrapped the levy, bowing to weeks of protests": an act given in to pressure
    words = {c.lower_ for t in chain for c in t.children} | {t.lemma_.lower() for t in chain[1:]}
    lemmas = {t.lemma_.lower() for t in chain[1:]} | {c.lemma_.lower() for t in chain for c in t.children if c.dep_ == "acomp"}
    negated = any(c.dep_ == "neg" for t in chain for c in t.children) or bool(words & {"not", "n't", "never"})
    refused = bool(lemmas & lexicon.word_class("refusal"))
    sent_words = {t.lower_ for t in head.sent}
    if (negated or refused) and type_ in COOPERATIVE:
        return "REJECT"
    declined = refused and not lemmas & lexicon.word_class("failure") or negated and bool(
        words & modal_cues().word_class("future_aux"))  # "refused to", "would not"; not "failed to", "did not"
    joined = {t.lemma_.lower() for t in chain} & lexicon.word_class("joining_verb")
    if declined and (joined or _pressed_despite(head.sent)):
        return "REJECT"  # "would not join the sanctions", "will not send troops despite the request"
    foreseen = lemmas & lexicon.word_class("timetable") or any(  # "is due to meet", "is expected to visit"
        t.lemma_.lower() in lexicon.word_class("forecast_verb") and any(c.dep_ == "auxpass" for c in t.children) for t in chain[1:])
    holder = {phrasal_lemma(head.head)} if head.dep_ in ("nsubjpass", "dobj") else set()  # "the rally was [cancelled]"
    called_off = ({phrasal_lemma(t) for t in chain[1:]} | holder) & lexicon.word_class("cancellation")  # not "will [cancel] it"
    deferred = ({t.lemma_.lower() for t in chain} | {phrasal_lemma(t) for t in chain} | holder) & lexicon.word_class("deferral")
    if negated or refused or deferred or called_off or foreseen:
        return None  # "postponed its march", "is due to meet": still to come, but neither threat nor promise
    aux = modal_cues()
    if words & aux.word_class("obligation_aux"):
        return "REQUEST" if type_ not in ("REQUEST", "ACCUSE", "REJECT") else None
    intent = bool(lemmas & lexicon.word_class("intent")) or bool(words & aux.word_class("future_aux")) or modality == "future"
    if (not intent and type_ in HOSTILE and sent_words & lexicon.word_class("condition")
            and words & aux.word_class("possible_aux") & aux.word_class("uncertain_aux") and has_claim(head.sent)):
        return THREAT  # "could cut its aid if the vote slips, the envoy said": a hostile act held out on a condition
    if (not intent and type_ in HOSTILE and words & aux.word_class("possible_aux") & aux.word_class("uncertain_aux")
            and _own_act_said(chain[-1])):
        return THREAT  # "the bank said it could suspend lending": the speaker holds out a hostile act of its own
    if not intent or type_ in ("AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT"):
        return None
    if sent_words & lexicon.word_class("ultimatum"):  # "will withdraw its troops unless ...": a threat
        return "THREATEN"
    if sent_words & lexicon.word_class("condition") and type_ not in COOPERATIVE:  # "would meet if ...": an offer
        return "THREATEN"
    if type_ in COOPERATIVE:
        return "AGREE"
    if type_ in HOSTILE:  # "decided to impose sanctions": the decision imposes them; "announced it will", a threat
        return None if lemmas & lexicon.word_class("decision") else "THREATEN"
    return None
