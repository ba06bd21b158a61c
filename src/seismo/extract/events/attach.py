"""How the counts of a sentence join its events, and the events that cause one another.

Used by the coder (:mod:`.coder`) on the drafts of one sentence:

* :func:`attach_counts` gives each count with a number to the nearest compatible event
  (:data:`COUNT_TYPES`); the leftovers make counts-only events (:data:`COUNT_ONLY`);
* :func:`attach_implied` gives each count with no number ("police shot dead a man") whose victim
  :func:`can_die` to the event its verb is or is tied to as cause (:data:`CAUSE_DEPS`);
* :func:`inherit_cause_actors`: a violent event with no actor takes the actor of the attack that
  caused it ("killed in police firing");
* :func:`grievance_lemmas`: the words of what a protest is against, which do not describe it.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon
from seismo.extract.numbers.counts import age_noun, count_governor
from seismo.extract.events.actors import CROWD_CONTROL
from seismo.extract.events.coding.triggers import TriggerMatch, TriggerTable, shared
from seismo.extract.events.coding.words import doers
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.syntax import PLACE_LABELS, in_class, root_at, to_infinitive, verb_chain
from seismo.model import Actor, Count, Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


#: how specific a demonstration told only by the demand it makes is (:func:`demands_in_public`)
PUBLIC_DEMAND_WEIGHT = 0.55
#: how specific a cooperation told only by its being joint is (:func:`acts_together`)
JOINT_WEIGHT = 0.5
#: a trigger weaker than this gives way to a stronger trigger of the same type in its sentence
WEAK = 0.5
#: which event types a count of each kind can belong to, best first
COUNT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT", "PROTEST", "COERCE"),
    "injured": ("ASSAULT", "PROTEST", "COERCE"),
    "arrested": ("COERCE",),
    "participants": ("PROTEST",),
}
#: dependency labels along which a counted death / injury is tied to the act that caused it
#: ("killed [in] police [firing]", "died [when] police [fired]", "the firing that [left] one dead";
#: conj: a cause clause on the last conjunct serves the coordination, "one was killed and two
#: [injured] [when] police fired")
CAUSE_DEPS = frozenset({"prep", "pobj", "pcomp", "advcl", "nsubj", "agent", "relcl", "acl", "xcomp", "mark", "conj"})
#: counts with no event to join make one of these: (type, mode, weight)
COUNT_ONLY: dict[str, tuple[str, str | None, float]] = {
    "killed": ("ASSAULT", None, 0.45),
    "injured": ("ASSAULT", None, 0.4),
    "arrested": ("COERCE", "arrest", 0.55),
}


@dataclass(slots=True)
class Draft:
    """An event being assembled in one sentence."""

    type: str
    mode: str | None
    hint: str | None
    weight: float
    head: "Token"
    trigger: Span
    actor_tok: "Token | None" = None
    recipient_tok: "Token | None" = None
    actor: Actor | None = None
    recipient: Actor | None = None
    counts: list[Count] = field(default_factory=list)
    #: made from a count no trigger took ("12 were killed")
    trigger_is_count: bool = False
    #: the actor is inferred from the discourse, not named for this event ("tear gas was fired":
    #: the police); it is no evidence that the event happened
    actor_inferred: bool = False


def framing_word(d: Draft) -> "Token":
    """The word whose frame tells whether a draft's event happened: for an event made from a count
    of the people an event noun is "of" ("was behind *the deaths* of two soldiers", "denied any role
    in *the deaths* of four"), that noun; the trigger's head otherwise."""
    head = d.head
    if not d.trigger_is_count:
        return head
    noun = head.head if head.dep_ == "nummod" else head
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and of.head.pos_ == "NOUN":
        return of.head
    return head


def tree_distance(a: "Token", b: "Token") -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, tok in enumerate(up_a):
        if tok.i in ids_b:
            return n + ids_b[tok.i]
    return 99


def _cause_chain(tok: "Token") -> dict[int, int]:
    """Token index → steps, for ``tok`` and the ancestors it reaches along CAUSE_DEPS links."""
    return {t.i: n for n, t in enumerate(verb_chain(tok, links=CAUSE_DEPS, steps=3))}


def cause_linked(a: "Token", b: "Token") -> bool:
    """Whether two words are tied by at most four CAUSE_DEPS links through a common ancestor."""
    up_a, up_b = _cause_chain(a), _cause_chain(b)
    return any(i in up_b and n + up_b[i] <= 4 for i, n in up_a.items())


def _anchors(d: Draft, doc: "Doc") -> list["Token"]:
    """The words a draft hangs on: its trigger and the verbs its counts are arguments of."""
    out = [d.head]
    for count in d.counts:
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(count_governor(span))
    return out


def inherit_cause_actors(drafts: list[Draft], doc: "Doc") -> None:
    """A violent event with no actor of its own ("two were killed", "one died") takes the
    actor of the attack it is syntactically tied to as cause: "killed in police firing",
    "died when the police opened fire", "the firing that left one dead"."""
    for d in drafts:
        if d.type != "ASSAULT" or d.actor is not None:
            continue
        anchors = _anchors(d, doc)
        for e in drafts:
            if e is d or e.type != "ASSAULT" or e.actor is None:
                continue
            if any(cause_linked(a, e.head) for a in anchors):
                d.actor, d.actor_tok = e.actor, e.actor_tok
                break


def attach_counts(drafts: list[Draft], counts: tuple[Count, ...], doc: "Doc", *,
                  claims: frozenset[int] = frozenset()) -> list[Count]:
    """Give each count to the nearest compatible event; return the counts left over.  ``claims``:
    the words of what the sentence's protests are for or against (:func:`claim_words`), whose
    dead and hurt are no protest's toll."""
    left: list[Count] = []
    for count in counts:
        root = root_at(doc, count.start, count.end)
        kinds = COUNT_TYPES.get(count.kind, ())
        cands = [d for d in drafts if d.type in kinds and all(c.kind != count.kind for c in d.counts)
                 and not _grievance_of(d, count, root, claims)]
        if count.kind == "arrested":
            cands = [d for d in cands if d.mode == "arrest"] or cands
        cands = [d for d in cands if not _unharmed_by(d, count)]
        if not cands or root is None:
            left.append(count)
            continue
        # a weak trigger of a secondary type ("protesters"), or one that names the counted people
        # themselves ("killing three [rioters]"), takes a count only when nothing else can
        best = min(cands, key=lambda d: ((d.weight < WEAK or _counted(d, count)) and d.type != kinds[0],
                                         tree_distance(root, d.head), kinds.index(d.type)))
        best.counts.append(count)
    return left


#: the counts of harm done, which an arrest never does
HARM_KINDS = frozenset({"killed", "injured"})


def _grievance_of(d: Draft, count: Count, root: "Token | None", claims: frozenset[int]) -> bool:
    """The dead or hurt a protest is held over are not its toll: "blocked the highway to demand
    compensation for two farmers who died in a landslide", "marched over the deaths of three
    students" (:func:`claim_words`)."""
    return d.type == "PROTEST" and count.kind in HARM_KINDS and root is not None and root.i in claims


def _unharmed_by(d: Draft, count: Count) -> bool:
    """An arrest kills and wounds no one: the dead and hurt told beside it ("a youth died in
    custody and three officers were arrested") are another act's, never the arrest's."""
    return count.kind in HARM_KINDS and d.mode == "arrest"


def _counted(d: Draft, count: Count) -> bool:
    """Whether the draft's trigger lies in the count's own words or its victims' ("three rioters")."""
    idx = d.head.idx
    return count.start <= idx < count.end or (count.victims is not None and count.victims.start <= idx < count.victims.end)


def _caused_under(verb: "Token", tok: "Token", *, steps: int = 6) -> bool:
    """Whether ``tok`` hangs under ``verb`` by CAUSE_DEPS links (and compounds) only: "died [in]
    police [firing]", "succumbed to injuries from the lathi [charge]"."""
    for _ in range(steps):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in CAUSE_DEPS and tok.dep_ != "compound" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i == verb.i


#: named entities that are people who can die ("police killed [Ahmed]", "[Kurds] died")
VICTIM_LABELS = frozenset({"PERSON", "NORP"})


def can_die(count: Count, doc: "Doc", *, table: TriggerTable) -> bool:
    """Whether a count with no number names a victim that can die: a person's name or a NORP
    group, a personal pronoun (``implied_counts`` already leaves out "it"), an age used as a noun
    ("a 17-year-old"), a noun of the ``victim`` class of triggers.tsv (people, groups of people,
    armed men) or a name given with an age ("Jane Roe, 26,") — on the victim phrase's head or one
    of its conjuncts.  "Police killed the bill", "the senate killed the proposal" name no one and
    count no death."""
    if count.victims is None:
        return False
    span = doc.char_span(count.victims.start, count.victims.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = table.word_class("victim")
    group = [span.root, *span.root.conjuncts]
    return any(t.ent_type_ in VICTIM_LABELS or t.pos_ == "PRON" or in_class(t, words) or age_noun(t) or _aged(t)
               or _surname_of_person(t) for t in group)


def _surname_of_person(tok: "Token") -> bool:
    """A name standing alone that is the last word of a person's name given in full elsewhere in
    the text ("Jane Roe was hit ... the shot mortally wounded [Roe]"): news names a person in full
    once, then by the surname, which the entity model often leaves untagged or takes for an
    organisation (never for a place)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in PLACE_LABELS and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text and e[-1].i != tok.i for e in tok.doc.ents)


def _aged(tok: "Token") -> bool:
    """A name given with an age in the news way, "Jane Roe, 26," (whatever entity the model saw)."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.text.isdigit() and 0 < int(c.text) < 120
                                       for c in tok.children)


def attach_implied(drafts: list[Draft], counts: tuple[Count, ...], doc: "Doc", *, table: TriggerTable,
                   claims: frozenset[int] = frozenset()) -> list[Count]:
    """Give each count with no number ("police shot dead a man", "a youth died in police
    firing") whose victim :func:`can_die` to the event whose trigger is its verb or that is
    tied to its verb as cause (:data:`CAUSE_DEPS`), first the one whose trigger is a clause on the
    victim ("the anniversary of a student *killed* in 2019"); a count said of an event noun ("a
    fatal shooting") goes to that event; the dead a protest is held over are not its toll
    (``claims``: :func:`claim_words`).  Such counts never make an event of their own; the ones no
    event of the sentence takes are returned."""
    left: list[Count] = []
    for count in counts:
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        kinds = COUNT_TYPES.get(count.kind, ())
        if count.victims is None:  # "a fatal shooting": said of the event noun itself
            own = [d for d in drafts if d.head.i == span.root.i and d.type in kinds
                   and all(c.kind != count.kind for c in d.counts)]
            if own:
                own[0].counts.append(count)
            if own or count.best is not None or span.root.tag_ != "NNS":
                continue
            verb = span.root  # "the deaths [in] police [firing]": deaths told by a plural noun, tied to their cause
        elif not can_die(count, doc, table=table):
            continue
        else:
            verb = span.root.head
            if verb.pos_ == "ADP" and verb.head.pos_ == "NOUN":
                verb = verb.head  # "the death of a boy": the noun the victim is said of
        attached = False
        victim = span.root if count.victims is not None else None
        cands = [d for d in drafts if d.type in kinds and all(c.kind != count.kind for c in d.counts)
                 and not _unharmed_by(d, count) and not _grievance_of(d, count, span.root, claims)
                 and (d.head.i == verb.i or _caused_under(verb, d.head) or cause_linked(verb, d.head)
                      or (d.head.head.i == verb.i and d.head.dep_ in {"amod", "compound"}))]  # "shooting death"
        if cands:
            best = min(cands, key=lambda d: (not _describes(d.head, victim), d.head.i != verb.i,
                                             tree_distance(verb, d.head), kinds.index(d.type)))
            best.counts.append(count)
            attached = True
        if not attached:
            left.append(count)
    return left


def keep_strong(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    strong = {m.rule.type for m in matches if m.rule.weight >= WEAK}
    return [m for m in matches if m.rule.weight >= WEAK or m.rule.type not in strong]


def _describes(head: "Token", victim: "Token | None") -> bool:
    """Whether ``head`` is a clause on the victim's noun: "a student *killed* in 2019", "a man who
    *was shot*": the victim's own verb."""
    return victim is not None and head.dep_ in ("acl", "relcl") and head.head.i == victim.i


def claim_words(drafts: list[Draft]) -> frozenset[int]:
    """The token indices of what the sentence's protests are for or against: the phrase of a
    grievance preposition (class ``grievance_prep``) on a protest's word or the verb that holds it
    ("marched *over the deaths of three students*", "staged a sit-in *against the killing of ...*"),
    the object of a protest verb ("protested *the killing of ...*") and the demands it voices
    (:func:`voiced_claims`: "blocked the road *to demand compensation for two farmers who died in
    a landslide*").  Read before :func:`fold_claims` drops the demands."""
    preps = lexicon.word_class("grievance_prep")
    found: set[int] = set()
    for d in voiced_claims(drafts):
        found |= {t.i for t in d.head.subtree}
    for d in drafts:
        if d.type == "PROTEST":
            verb, phrase = _protest_verb(d), d.head.doc.char_span(d.trigger.start, d.trigger.end, alignment_mode="expand") or ()
            for word in {d.head.i: d.head, verb.i: verb, **{t.i: t for t in phrase}}.values():  # "walked off the job over ..."
                for p in word.children:
                    if p.dep_ == "prep" and p.lower_ in preps:
                        found |= {t.i for t in p.subtree}
            if d.head.pos_ == "VERB":  # "protested *the killing of ...*", "to protest *the arrest*"
                found |= {t.i for c in d.head.children if c.dep_ == "dobj" for t in c.subtree}
            found |= _cause_of(d.head, preps)
    return frozenset(found)


def _cause_of(head: "Token", preps: frozenset[str]) -> set[int]:
    """What a protest noun's own clause gives as its cause: the grievance phrase of the verb it is
    the subject of ("protests erupted *against the arrest of ...*"), or the subject of a verb of
    class ``cause_verb`` it is the object of ("*the arrest of the leader* sparked protests")."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
        return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for t in p.subtree}
    if head.dep_ == "dobj" and verb.lemma_.lower() in lexicon.word_class("cause_verb"):
        return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return set()


def grievance_lemmas(head: "Token") -> frozenset[str]:
    """The lemmas of what a protest is against ("marches *against police violence*", "a strike
    *over* pay"; prepositions of class ``grievance_prep``): words that name the grievance, not
    the protest, so they do not describe it (a march against violence is not a violent one).  A
    clause hanging in that phrase ("policies *leading to clashes*") may tell of the protest: kept."""
    preps = lexicon.word_class("grievance_prep")
    found: set[str] = set()
    todo = [p for p in head.children if p.dep_ == "prep" and p.lower_ in preps]
    while todo:
        tok = todo.pop()
        found.add(tok.lemma_.lower())
        todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX")]
    return frozenset(found)


#: the forms of one protest, the least violent first: one told as the means or the next step of
#: another in its clause is the same protest ("blocked the highway with burning tyres", "stormed
#: and set fire to the residence"), reported in its most violent form
PROTEST_FORMS: tuple[str | None, ...] = (None, "demo", "obstruct", "vandalize", "riot")


def fold_protest_forms(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence with every protest draft that is the means ("with burning tyres")
    or the next act sharing the subject ("stormed and set fire to") of an earlier protest draft
    folded into it: one report in the most violent form, its counts joined.  A plain protest told
    as the purpose of an earlier protest's act, with no subject of its own, is that act again
    ("blocked the highway *to protest* the closure", "shut their shops *to protest*"): folded, the
    act's form kept."""
    out: list[Draft] = []
    for d in drafts:
        host = next((h for h in out if _same_protest(h, d)), None)
        if host is None:
            out.append(d)
            continue
        if d.mode in PROTEST_FORMS and host.mode in PROTEST_FORMS and PROTEST_FORMS.index(d.mode) > PROTEST_FORMS.index(host.mode):
            host.mode, host.hint = d.mode, d.hint
        host.recipient_tok = host.recipient_tok or d.recipient_tok
        host.counts.extend(c for c in d.counts if c not in host.counts)
    return out


def fold_damage(drafts: list[Draft], *, weapons: frozenset[str] = frozenset(),
                attacks_named: frozenset[str] = frozenset()) -> list[Draft]:
    """The drafts of one sentence with every act of destruction done by an attack of the sentence
    folded into that attack as its damage: its doer is the attack's own trigger, a word of class
    ``attacks_named`` ("*the blast* destroyed ten shops"), or a weapon (class ``weapons``) in a
    sentence that tells an attack ("an air strike hit the market; *the bombs* also set houses on
    fire", "rebels shelled the town and *the shells* set the market ablaze").  The counts are
    joined.  People who set fire ("gunmen burned down the church") and a riot's destruction stay
    acts of their own."""
    attacks = {d.head.i: d for d in drafts if d.type == "ASSAULT"}
    naming = attacks_named | weapons
    out: list[Draft] = []
    for d in drafts:
        doer = d.actor_tok if d.type in ("ASSAULT", "COERCE") and d.mode == "destroy" else None
        host = None
        if doer is not None:
            lemma = doer.lemma_.lower()
            host = attacks.get(doer.i) if lemma in naming else None
            if host is None and lemma in weapons:
                host = next((a for a in attacks.values() if a is not d), None)
        if host is None or host is d or (host.actor_tok is not None and host.actor_tok.i in attacks):
            out.append(d)
            continue
        host.recipient_tok = host.recipient_tok or d.recipient_tok
        host.counts.extend(c for c in d.counts if c not in host.counts)
    return out


def fold_means(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence with every attack named by its weapon that is the means of
    another attack of the sentence (a with-phrase on its verb or on its object: "police beat
    protesters *with batons*", "attacked the convoy *with rockets* and gunfire"), or by its doers
    who are the subject of another attack (:func:`_doers_of`), folded into that
    attack: one report, in the weapon's mode where the act names none ("attacked") or where the
    weapon is one of crowd control used on protesters, its counts joined."""
    attacks = [d for d in drafts if d.type == "ASSAULT"]
    out: list[Draft] = []
    for d in drafts:
        host = None
        if d.type == "ASSAULT" and d.head.pos_ == "NOUN":
            host = next((h for h in attacks if h is not d and h.head.pos_ == "VERB" and (
                _means(h.head, d.head) or _doers_of(h, d))), None)
        if host is None:
            out.append(d)
            continue
        if host.mode is None or (d.mode == CROWD_CONTROL and any(x.type == "PROTEST" for x in drafts)):
            host.mode, host.hint = d.mode, host.hint or d.hint  # "beat protesters with batons": crowd control
        host.recipient_tok = host.recipient_tok or d.recipient_tok
        host.counts.extend(c for c in d.counts if c not in host.counts)
    return out


#: links by which a verb is a clause on a protest's verb, on what it carries or on its doers: a
#: participle or an infinitive of purpose ("marched *demanding*", "rallied *to demand*", "placards
#: *demanding*", "crowds *demanding* ...")
CLAIM_LINKS = frozenset({"advcl", "xcomp", "acl"})
#: links from a protest word up to the verb of its clause ("went on *strike*", "staged a *sit-in*")
_UP_TO_VERB = frozenset({"pobj", "prep", "dobj", "compound"})


def fold_claims(drafts: list[Draft], claims: "Set[int]" = frozenset()) -> list[Draft]:
    """The drafts of one sentence without the demands a protest of the sentence voices: a request
    verb in a participle or infinitive clause on the protest's verb or on what that verb carries
    ("thousands marched on Saturday *demanding* his resignation", "rallied outside parliament *to
    demand* higher prices", "carried placards *demanding* justice", "went on strike, *demanding* a
    raise"; a noun's verb of class ``protest_holding``), one it shares its subject with ("blocked
    the road and *demanded* ..."), or one describing its doers ("crowds *demanding* his removal
    hurled stones") is the protest's claim, which its evidence tells, not an act of its own.  A
    demand with a subject of its own ("the protesters demanded ...") stays one.  A long conflict a protest
    is held over (``claims``: "rallied against the war in Gaza"; class ``long_conflict``) is no happening told."""
    voiced = {id(d) for d in voiced_claims(drafts)} | {id(d) for d in drafts if d.head.i in claims
                                                        and d.head.lemma_.lower() in lexicon.word_class("long_conflict")}
    return [d for d in drafts if id(d) not in voiced] if voiced else drafts


def _protest_verb(d: Draft) -> "Token":
    """The verb a protest word hangs on ("went on *strike*", "staged a *sit-in*"), or the word."""
    tok = d.head
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ in _UP_TO_VERB and tok.head.i != tok.i:
        tok = tok.head
    return tok


def voiced_claims(drafts: list[Draft]) -> list[Draft]:
    """The demands of :func:`fold_claims`: the protest's claims, not acts of their own."""
    verbs: set[int] = set()
    holding = lexicon.word_class("protest_holding")
    for d in drafts:
        if d.type == "PROTEST":
            tok = _protest_verb(d)
            if tok.i != d.head.i and tok.lemma_.lower() not in holding:
                continue  # "called the strike irresponsible and urged ...": a protest named, not held
            verbs |= {tok.i, *(c.i for c in tok.children if c.dep_ in ("dobj", "nsubj"))}

    def voiced(d: Draft) -> bool:
        head = d.head
        if d.type != "REQUEST" or head.pos_ != "VERB" or head.head.i not in verbs:
            return False
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        return head.dep_ in CLAIM_LINKS or (head.dep_ == "conj" and not own_subject)
    return [d for d in drafts if voiced(d)] if verbs else []


#: the links by which a demand tells what the act it hangs on is done for ("lay across the lanes *to
#: demand* ramps", "filled the square *calling for* his removal")
PURPOSE_LINKS = frozenset({"advcl", "xcomp"})


def demands_in_public(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence with a protest for each demand a crowd makes by an act no trigger
    names: a request verb told as the purpose of a main verb (:data:`PURPOSE_LINKS`) whose doers are
    a crowd (classes ``crowd`` and ``multitude`` of triggers.tsv: "activists", "hundreds of
    students") and that is no word of saying nor of a channel to those in power (class
    ``appeal_channel``: "wrote to the minister to demand ...") is a public demonstration (ACLED:
    people gathered or acting in public to make a demand), told by that verb ("campaigners *lay*
    across the bus lanes to demand ramps", "students *sealed off* the rectorate to press for ...");
    :func:`fold_claims` then takes the demand as its claim."""
    if any(d.type == "PROTEST" for d in drafts):
        return drafts  # "staged a march to demand ...": the protest is named; fold_claims joins its demand
    heads = {d.head.i for d in drafts}
    table = TriggerTable.load()
    many = table.word_class("multitude")
    crowd = table.word_class("crowd") | many
    channel = lexicon.word_class("appeal_channel")
    out = list(drafts)
    for d in drafts:
        verb = d.head.head
        if (d.type != "REQUEST" or d.head.pos_ != "VERB" or d.head.dep_ not in PURPOSE_LINKS or verb.i in heads
                or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp") or in_class(verb, channel)
                or attribution_cues().get("verb", verb.lemma_) is not None):
            continue
        makers = [c for c in verb.children if c.dep_ == "nsubj"]
        # "hundreds of [students]", not "families of ..."
        makers += [g for t in makers if in_class(t, many) or t.tag_ == "CD"
                   for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if not any(in_class(t, crowd) for t in makers):
            continue
        heads.add(verb.i)
        last = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), verb)  # "sealed off"
        tell = Span(verb.idx, last.idx + len(last), doc_text(verb.doc)[verb.idx:last.idx + len(last)])
        actor = next((t for t in makers if not in_class(t, many)), makers[0])  # "hundreds of [students]"
        out.append(Draft("PROTEST", "demo", None, PUBLIC_DEMAND_WEIGHT, verb, tell, actor_tok=actor))
    return out


#: the links of a verb that may tell an act of its sentence's doers (a main, conjoined, reported or
#: "to" clause)
_ACT_LINKS = frozenset({"ROOT", "conj", "ccomp", "xcomp"})


def acts_together(drafts: list[Draft], sent: "SpacySpan") -> list[Draft]:
    """The drafts of one sentence with a cooperation for each act that two parties do together and
    no trigger names: a verb whose doers are two parties (condition ``shared`` of triggers.tsv:
    "Kyrgyz and Tajik surveyors", "X and Y") and that is told as joint, by an adverb of class
    ``together_adverb`` ("marked the border *together*") or by a word of class ``jointly`` on its
    object ("opened a *joint* laboratory", "began operating a *shared* border post"): material
    cooperation (CAMEO 06), told by that verb."""
    heads = {d.head.i for d in drafts}
    jointly, together = TriggerTable.load().word_class("jointly"), lexicon.word_class("together_adverb")
    out = list(drafts)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in heads or verb.dep_ not in _ACT_LINKS:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not (any(c.dep_ == "advmod" and c.lower_ in together for c in verb.children)
                or any(m.dep_ in ("amod", "compound") and in_class(m, jointly) for o in objects for m in o.children)):
            continue
        if not shared(verb):
            continue
        heads.add(verb.i)
        found = doers(verb) or [None]
        out.append(Draft("COOPERATE", None, None, JOINT_WEIGHT, verb, Span(verb.idx, verb.idx + len(verb), verb.text),
                         actor_tok=found[0]))
    return out


def _doers_of(host: Draft, d: Draft) -> bool:
    """Whether the attack ``d``, a noun, names the doers of the attack ``host`` ("*gunmen* abducted
    five villagers"), in a mode the merge of mentions would not join to the host's (a shooting is no
    abduction); "an *air strike* killed ..." joins there and keeps the weapon's trigger."""
    from seismo.extract.events.merge import article_modes_ok

    return host.actor_tok is not None and host.actor_tok.i == d.head.i and not article_modes_ok(host.mode, d.mode)


def _means(head: "Token", other: "Token") -> bool:
    """Whether ``other`` is the means of the act ``head``: a with-phrase on the act or on its
    object ("blocked the highway *with burning tyres*", "with rocks and burning tyres")."""
    other_np = other.head if other.dep_ in ("amod", "compound") else other  # "with [burning] tyres"
    while other_np.dep_ == "conj" and other_np.head.i != other_np.i:  # "with rocks and burning tyres"
        other_np = other_np.head
    if other_np.dep_ in ("dobj", "obj") and other_np.head.dep_ == "pcomp":
        other_np = other_np.head  # "with burning [tyres]", the gerund read as the with-phrase's verb
    holders = {head.i, *(c.i for c in head.children if c.dep_ in ("dobj", "obj"))}
    return other_np.dep_ in ("pobj", "pcomp") and other_np.head.lower_ == "with" and other_np.head.head.i in holders


def told_as_purpose(d: Draft) -> bool:
    """Whether a protest draft is told as the purpose of the verb it hangs on, with no subject of
    its own ("blocked the road *to protest* the closure"): :func:`fold_protest_forms` folds it into
    that verb's protest, whose grievance it still names."""
    head = d.head
    return d.type == "PROTEST" and head.dep_ in PURPOSE_LINKS and to_infinitive(head) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _same_protest(host: Draft, d: Draft) -> bool:
    if not host.type == d.type == "PROTEST":
        return False
    head, other = host.head, d.head
    if d.mode in (None, "demo") and (other.head.i == head.i or head.dep_ == "dobj" and other.head.i == head.head.i) \
            and told_as_purpose(d):  # or of the verb whose object it is: "held a *strike* to protest"
        return True  # the protest told again as its act's purpose: "blocked the road *to protest* the closure"
    if not (host.mode in PROTEST_FORMS and d.mode in PROTEST_FORMS):
        return False
    means = _means(head, other)
    # the next act, straight after: "stormed and set fire to" (no comma, no subject or scene of its own)
    between = head.doc[head.i + 1 : other.i]
    step = (other.dep_ == "conj" and other.head.i == head.i and len(between) <= 2
            and all(t.dep_ in ("cc", "advmod") for t in between)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children))
    return means or step
