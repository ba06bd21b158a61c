"""Who the event coder's participants are: the words of an actor or recipient resolved to an actor,
and what a sentence leaves implicit about them.

**Resolution.** Who the words of an actor or recipient name.

With an actor resolver (``resources.actor_resolver``) a participant's words resolve to an
:class:`~seismo.model.Actor` through it, with one memory per article; without one,
:func:`fallback_actor` gives the plain actor the entity label suggests.  The coder also uses
:func:`fallback_actor` for a participant the resolver does not name ("an army convoy", "two
men"), :func:`definite_antecedent` for a bare "the party" that stands for an organisation named
before, and :func:`acled_role` for the ACLED role of a participant.

**Reference.** Whom a personal pronoun stands for (:func:`pronoun_antecedent`: the subject of
the sentence before for one that opens its sentence as its subject, else the nearest earlier name
of its kind), and the body a bare "the meeting" stands for (:func:`meeting_holder`).

**Implicit participants.** What an event's sentence leaves implicit is filled in by general rules of
event coding, applied by the coder (:mod:`.coder`) after the parse has given each event its own roles:

* **implicit state actor** — actions only a state takes (censorship, restrictions on
  communications or movement, curfews, martial law, bans) reported with no actor ("with
  interruptions of telephone networks") are the government's: an actor of kind ``country``,
  sector GOV, of the event's country, spanning the trigger, at low confidence;
* **the state's country** — a state actor (GOV, COP, MIL, SPY, JUD) named with no country
  ("the authorities", "the autocratic government") belongs to the country of the event's
  location, else of the article's main place — unless it is described as foreign
  ("foreign soldiers", "international peacekeepers");
* **the accuser** — an accusation with no actor of its own is made by whom the sentence
  attributes it to ("according to the authorities, the revolt is an attempt to
  destabilize ...": the authorities accuse);
* **who is asked** — "troops arrived at the request of X": X asks the one who deploys the
  troops, so a request whose recipient is unnamed forces is addressed to the organisation or
  country last named as deploying forces in the article (this sentence or before);
* **the forces of a clash** — a violent event noun with no actor of its own that a forces word
  modifies ("one dead in a police-farmer clash") has those forces as its actor;
* **who kills armed men** — deaths of militants, terrorists or other armed men (class
  ``armedgroup`` of triggers.tsv) told with no killer, in a sentence that names security forces
  or a security action (classes ``forces``, ``securityop``: "three insurgents were killed in an
  encounter") or in either of the two sentences before it ("Commandos stormed the house.  Two
  militants were shot dead."), are the security forces' doing: an actor of sector COP spanning
  the trigger, at low confidence;
* **who makes an arrest** — an arrest told with no one making it ("dozens were rounded up")
  was made by the police or army of an event in its sentence or the :data:`FORCES_WINDOW`
  sentences before it (the latest named), when there are such (:func:`arresting_forces`);
* **who "we" are** — a first-person pronoun as a participant inside a direct quotation ("'We
  will appeal,' said a lawyer for the union") stands for the quotation's speaker; "we", "us"
  and "our" for the speaker's organisation when the article names it (:func:`speaker_of`);
* **a nominal event's modality** — an event noun that is the subject of a modal predicate
  ("the mission could take a month", "the strike may last a week") is as uncertain as it,
  unless the predicate says it goes on ("the strike will continue": class ``continuation``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seismo.contract.vocab import STATE_BODY_SECTORS
from seismo.extract import lexicon
from seismo.extract.events.coding.acled import AcledTable
from seismo.extract.events.coding.triggers import TriggerTable
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.framing.cues import modal_cues
from seismo.extract.syntax import antecedent, in_class, plural_taken_for_a_person, predicate_of
from seismo.model import Actor, EventLocation, Place, Quote, Span, Speaker
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Sequence

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.model import Count
    from seismo.resolve.actors import ActorMemory, ActorResolver

STEP = "seismo.events.v141"


def fallback_actor(span: "SpacySpan", *, named: bool = False, resolver: "ActorResolver | None" = None,
                   places: tuple[Place, ...] = ()) -> Actor | None:
    """A low-confidence actor guessed from the entity label; None for a pronoun.  Its name is
    the text for a PERSON, ORG or GPE entity, or when ``named`` (a body the text names, such as
    "the temple committee"), else None ("two men").  With a ``resolver``, a nationality or
    country the span names is its country ("Palestinian detainees": PSE); a place it does not take
    for a state or a seat of power (a town, a district) written before a noun as its modifier ("a
    Stockton shooting") or after "in", "at" or "near" (class ``whereabouts_prep``) says where something
    happened: no actor; a possessor ("Tigray's offensive") or a target ("an attack on Kidal") stays one."""
    head = span.root
    if head.pos_ == "PRON":
        return None
    label = head.ent_type_
    if plural_taken_for_a_person(head):
        label = "NORP"  # a plural head names a people the model took for a person ("Exiled Tibetans")
    if label == "GPE" and resolver is not None and (head.dep_ in MODIFIER_LINKS or (
            head.dep_ == "pobj" and head.head.lower_ in lexicon.word_class("whereabouts_prep"))):
        return None  # a town the resolver takes for no state, before a noun or after "in": where ("a Stockton shooting")
    kind = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "group"}.get(label, "group")
    return Actor(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=span.text if named or label in ("PERSON", "ORG", "GPE") else None,
        country=_named_country(span, resolver, places),
        sector=None,
        kind=kind,
        confidence=0.3,
        step=STEP,
    )


def nation_acting(actor: Actor | None, tok: "Token | None", type_: str, resolver: "ActorResolver | None", *,
                  counterpart: bool = False) -> Actor | None:
    """A people named by a plural demonym ("Russians", "Sudanese": a group of a country, no sector)
    that does an act other than a protest stands for its state, as news writes it ("Russians
    shelled Kharkiv"), and so does the ``counterpart`` of a meeting or a deal ("Israelis and
    *Palestinians* held talks"); protesting, undergoing an act, or told as a crowd (with an adjective
    or a quantity: "Angry Iranians set fire to a police station"), it is people ("Angry Kenyans took
    to the streets", "Americans were killed")."""
    if counterpart and type_ not in ("CONSULT", "AGREE"):
        return actor
    if (actor is None or tok is None or resolver is None or type_ == "PROTEST" or actor.kind != "group"
            or actor.sector is not None or actor.name is not None or actor.country is None):
        return actor
    if tok.ent_type_ != "NORP" or tok.tag_ not in ("NNPS", "NNP", "NNS"):
        return actor
    if any(c.dep_ == "amod" or c.dep_ == "compound" and not c.ent_type_ for c in tok.children) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        return actor  # "Angry Iranians set fire to ...", "hundreds of Pakistanis attacked ...": a crowd
    return replace(actor, name=resolver.lexicon.country_label(actor.country), sector="GOV", kind="country")


def _named_country(span: "SpacySpan", resolver: "ActorResolver | None", places: tuple[Place, ...]) -> str | None:
    codes = [] if resolver is None else resolver.countries(span, places=places)
    return codes[0] if codes else None


def actor_memory(resolver: "ActorResolver | None") -> "ActorMemory | None":
    """A fresh memory of the actors named so far in one article (``None`` without a resolver)."""
    return None if resolver is None else resolver.memory()


def actor_of(
    span: "SpacySpan", *, resolver: "ActorResolver | None", memory: Any, places: tuple[Any, ...]
) -> Actor | None:
    """The actor ``span`` names: through the resolver when there is one, else :func:`fallback_actor`."""
    if resolver is None:
        return fallback_actor(span)
    return resolver.resolve(span, memory=memory, places=places)


def speaker_of(tok: "Token", quotes: "Sequence[Quote]") -> Speaker | None:
    """The speaker of the direct quotation ``tok`` stands in, if it has one."""
    return next((q.speaker for q in quotes if q.kind == "direct" and q.start <= tok.idx < q.end), None)


def as_speaker_side(found: Actor, speaker: Speaker, tok: "Token") -> Actor:
    """``found`` (the speaker as an actor) for the pronoun ``tok``, with what the quotation step
    gathered of the speaker across the article (full name, sector) where the actor lacks it; a
    plural first person ("we", class ``actor_speaker_side``) is the speaker's organisation when
    the article names it."""
    if found.kind != "person":
        return found
    found = replace(found, name=speaker.name or found.name, sector=found.sector or speaker.sector,
                    country=found.country or speaker.country)
    if speaker.organization and tok.lower_ in lexicon.word_class("actor_speaker_side"):
        return replace(found, name=speaker.organization, kind="org", role=None)
    return found


def speaker_as_actor(speaker: Speaker) -> Actor:
    """A speaker whom only a pronoun names at the attribution ("she said"), as the quotation
    step profiled them: their name, country and sector."""
    return Actor(speaker.start, speaker.end, speaker.text, speaker.name, speaker.country, speaker.sector,
                 kind="person", role=speaker.role)


def definite_antecedent(tok: "Token", found: Actor | None, seen: "list[Actor]") -> Actor | None:
    """The actor ``found`` for the head ``tok``, a bare "the party" read as the organisation it
    stands for (:func:`_stands_for`); a named organisation is added to ``seen``, the
    organisations named so far as parties to events, in text order."""
    found = _stands_for(tok, found, seen)
    if found is not None and found.kind == "org" and found.name:
        seen.append(found)  # what a later "the party" may stand for
    return found


def _stands_for(tok: "Token", found: Actor | None, seen: "list[Actor]") -> Actor | None:
    """A body named only by its kind with "the" ("*the party* will stage a sit-in", "*the
    council* called on the court") stands for the nearest earlier organisation of that kind
    (its own word, "the ... Christian Council", or its sector) the article named: ``found``
    with that organisation's name, country and sector."""
    if found is None or found.name is not None or found.sector is None or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return found
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod", "prep", "relcl", "acl", "appos") for c in kids
    ):
        return found
    text = doc_text(tok.doc)
    for earlier in sorted(seen, key=lambda a: a.start, reverse=True):
        if earlier.start >= found.start:
            continue
        # an organisation of that kind, or of no known kind named just before ("the city
        # congress decided ... Instead, the party will ...")
        recent = text.count(".", earlier.end, found.start) <= RECENT_SENTENCES
        same_word = tok.lower_ in earlier.text.lower().replace("-", " ").split()  # "the council": "... Christian Council"
        if same_word or earlier.sector == found.sector or (earlier.sector is None and recent):
            return replace(found, name=earlier.name, country=found.country or earlier.country,
                           sector=earlier.sector or found.sector)
    return found


#: how many sentence ends may lie between "the party" and an organisation of no known kind it stands for
RECENT_SENTENCES = 2


def acled_role(actor: Actor | None, tok: "Token | None", *, table: TriggerTable, acled: AcledTable) -> str | None:
    """The ACLED role (state, armed, crowd, mob, civilian) of an actor, from its head word's class
    (``tok``: "mob", "forces", "armedgroup", "demonstrators") or its sector; a head of none of these
    classes takes the role of a word conjoined with it ("residents and *vigilantes*")."""
    heads = [] if tok is None else [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for head in heads:
        for cls, role in (("mob", "mob"), ("forces", "state"), ("armedgroup", "armed"), ("demonstrators", "crowd")):
            if in_class(head, table.word_class(cls)) or any(
                in_class(c, table.word_class(cls)) for c in head.children if c.dep_ in ("compound", "amod")
            ):
                return role
    role = acled.role_of_actor(actor, one=None if tok is None else _one_person(tok, actor, table))
    if role:
        return role
    if tok is not None and getattr(actor, "sector", None) == "PTY" and in_class(tok, table.word_class("crowd")):
        return "crowd"  # "BJP workers", "the party's supporters": its followers, not "both parties" to a fight
    if tok is not None and in_class(tok, table.word_class("target")):
        return "state"
    if tok is not None and in_class(tok, table.word_class("person")):
        return "civilian"
    return None

def _one_person(tok: "Token", actor: Actor | None, table: TriggerTable) -> bool:
    """Whether the head ``tok`` names one person: singular, no collective ("the student federation"),
    and a person noun, an agent noun ("a former employee") or an actor of kind person."""
    if tok.tag_ in ("NNS", "NNPS") or in_class(tok, table.word_class("collective")):
        return False
    return (getattr(actor, "kind", None) == "person" or in_class(tok, table.word_class("person"))
            or tok.lemma_.lower().endswith(tuple(lexicon.words("agent_suffix"))))


#: PLOVER COERCE modes only a state carries out
STATE_MODES = frozenset({"censor", "restrict", "curfew", "martial-law", "ban"})
#: PLOVER sectors of state actors given the event's country when named with none: the state's bodies
#: but its legislature (kept as it was written: "lawmakers" are not given a country this way)
STATE_SECTORS = STATE_BODY_SECTORS - {"LEG"}
#: actor kinds that can deploy forces in another country
DEPLOYER_KINDS = frozenset({"igo", "org", "country"})
IMPLICIT_CONFIDENCE = 0.25
#: links by which a word modifies an event noun ("police firing", "a police-farmer clash")
MODIFIER_LINKS = frozenset({"compound", "amod", "nmod"})


def event_country(location: EventLocation | None, main: Place | None) -> str | None:
    """The country an event happened in: its location's, else the article's main place's."""
    if location is not None and location.place.country:
        return location.place.country
    return main.country if main is not None else None


def implicit_state_actor(type_: str, mode: str | None, *, trigger: Span, country: str | None) -> Actor | None:
    """The government as the implicit actor of a state-only action, or ``None``."""
    if type_ != "COERCE" or mode not in STATE_MODES or country is None:
        return None
    return Actor(
        start=trigger.start,
        end=trigger.end,
        text=trigger.text,
        name=None,
        country=country,
        sector="GOV",
        kind="country",
        confidence=IMPLICIT_CONFIDENCE,
        step=STEP,
    )


def is_foreign(actor: Actor) -> bool:
    """Whether an actor's words describe it as foreign to the event's country."""
    foreign = lexicon.word_class("foreign")  # "foreign soldiers", "international peacekeepers"
    return any(w.strip(".,;:“”\"'").lower() in foreign for w in actor.text.split())


def with_state_country(actor: Actor | None, country: str | None) -> Actor | None:
    """A state actor with no country, given the event's country (see the module docstring)."""
    if actor is None or country is None or actor.country is not None:
        return actor
    if actor.sector not in STATE_SECTORS or actor.kind == "igo" or is_foreign(actor):
        return actor
    return replace(actor, country=country)


def is_unnamed_forces(actor: Actor | None) -> bool:
    """An actor that is generic forces with no owner named ("the first foreign soldiers")."""
    return actor is not None and actor.kind == "group" and actor.name is None and actor.country is None and actor.sector in (None, "MIL")


def is_deployer(actor: Actor | None) -> bool:
    """A named organisation or country that can send troops."""
    return actor is not None and actor.kind in DEPLOYER_KINDS and (actor.name is not None or actor.kind == "igo")


def predicate_of_subject(head: "Token") -> "Token | None":
    """The modal predicate an event noun is the subject of ("the mission *could take* ..."),
    or ``None`` when the noun is no subject or the predicate has no uncertain auxiliary."""
    verb = predicate_of(head) if head.pos_ in ("NOUN", "PROPN") else None
    if verb is None or verb.lemma_.lower() in lexicon.word_class("continuation"):
        return None  # "the strike will continue": it is going on already
    # the auxiliaries that make a predicate uncertain or future; the reportative conditional
    # "would" ("the arrested would be 2,300, according to X") is not one (see modal_cues.tsv)
    uncertain = modal_cues().word_class("uncertain_aux")
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in uncertain for c in verb.children):
        return verb
    return None


def forces_modifier(head: "Token", *, forces: frozenset[str]) -> "Token | None":
    """The forces word among the modifiers of a violent event noun, or one level below them
    ("a [police] encounter", "a [police]-farmer clash"); ``None`` when there is none."""
    mods = [c for c in head.children if c.dep_ in MODIFIER_LINKS]
    for tok in [*mods, *(g for c in mods for g in c.children if g.dep_ in MODIFIER_LINKS)]:
        if tok.lemma_.lower() in forces or tok.lower_ in forces:
            return tok
    return None


def security_actor(counts: "Sequence[Count]", *, trigger: Span, sent: "SpacySpan", armed: frozenset[str],
                   security: frozenset[str], before: "Sequence[SpacySpan]" = ()) -> Actor | None:
    """The security forces as the implicit killers of armed men (see the module docstring), or
    ``None``; ``before``: the sentences just before, whose forces or security action the dead
    can be told after ("Commandos stormed the house.  Two militants were shot dead.")."""
    doc = sent.doc
    words = {t.lemma_.lower() for s in (*before, sent) for t in s} | {t.lower_ for s in (*before, sent) for t in s}
    if words.isdisjoint(security):
        return None
    for count in counts:
        if count.kind != "killed" or count.victims is None:
            continue
        span = doc.char_span(count.victims.start, count.victims.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.lemma_.lower() in armed:
            return Actor(start=trigger.start, end=trigger.end, text=trigger.text, name=None, country=None,
                         sector="COP", kind="group", confidence=IMPLICIT_CONFIDENCE, step=STEP)
    return None


#: how many sentences back police or soldiers named in an event answer for an arrest with no doer
FORCES_WINDOW = 2
#: sectors of the forces that make arrests
ARRESTING_SECTORS = frozenset({"COP", "MIL"})


def arresting_forces(drafts: "Sequence[Any]", recent: "list[tuple[int, Actor]]", *, index: int) -> None:
    """Give an arrest with no doer in the text ("dozens were rounded up": no subject, no
    by-agent) the police or army last named as a party to an event of this sentence or the
    :data:`FORCES_WINDOW` before it; ``recent`` keeps (sentence index, actor) across sentences.
    Crowd control with no doer ("tear gas was fired", "the crowd was dispersed") is the police's
    work too, the forces last named or, with none, the police unnamed (:func:`implicit_police`):
    tear gas, water cannon and lathi-charges are police arms; such an actor is marked
    ``actor_inferred`` (no evidence of the event).  ``drafts``: the sentence's drafts, with
    ``type``, ``mode``, ``actor``, ``actor_tok``, ``recipient``, ``trigger`` and ``actor_inferred``."""
    for d in drafts:
        recent.extend((index, a) for a in (d.actor, d.recipient) if a is not None and a.sector in ARRESTING_SECTORS)
    near = [a for i, a in recent if index - i <= FORCES_WINDOW]
    hurt = {(d.recipient.start, d.recipient.end) for d in drafts if d.recipient is not None and d.type == "ASSAULT"}
    for d in drafts:
        if d.actor is not None or d.actor_tok is not None:
            continue
        if d.type == "COERCE" and d.mode == "arrest":
            # no one arrests himself: "three officers were arrested" is not the officers' arrest of anyone
            doers = [a for a in near if d.recipient is None or (a.start, a.end) != (d.recipient.start, d.recipient.end)]
            d.actor = doers[-1] if doers else None
            if d.actor is not None and (d.actor.start, d.actor.end) in hurt:
                # "63 were detained and 11 officers were injured": the force arrests, not the hurt officers
                d.actor = replace(implicit_police(d.trigger), sector=d.actor.sector)
        elif d.type == "ASSAULT" and d.mode == CROWD_CONTROL:
            d.actor, d.actor_inferred = near[-1] if near else implicit_police(d.trigger), True


#: the PLOVER mode of policing a crowd (tear gas, water cannon, a lathi-charge, dispersing)
CROWD_CONTROL = "crowd-control"


def implicit_police(trigger: Span) -> Actor:
    """The police, unnamed, as the implicit doer of an act only police do."""
    return Actor(start=trigger.start, end=trigger.end, text=trigger.text, name=None, country=None,
                 sector="COP", kind="group", confidence=IMPLICIT_CONFIDENCE, step=STEP)


def abroad(actor: Actor | None, place: Place | None) -> bool:
    """Whether ``actor`` is of a country other than ``place``'s (both known): a foreign state's
    statement is not made in a report's dateline town."""
    return (actor is not None and place is not None and actor.country is not None and place.country is not None
            and actor.country != place.country)


# ------------------------------------------------------------------ whom a pronoun stands for

def is_speaker_pronoun(tok: "Token") -> bool:
    """Whether ``tok`` is a first-person pronoun (classes ``actor_speaker``, ``actor_speaker_side``);
    not a name written the same ("the *US* imposed sanctions")."""
    return tok.pos_ != "PROPN" and tok.lower_ in lexicon.word_class("actor_speaker") | lexicon.word_class("actor_speaker_side")


#: personal pronouns, and the entity labels (or, for "they", agent nouns) each may stand for
#: the entity labels each class of pronouns (word_classes.tsv) may stand for
PRONOUN_CLASS_LABELS = {
    "actor_person": frozenset({"PERSON"}),
    "actor_body": frozenset({"ORG", "GPE"}),
    "actor_group": frozenset({"ORG", "NORP", "GPE"}),
}


def _pronoun_class(word: str) -> str | None:
    if word in lexicon.word_class("actor_person"):
        return "actor_person"
    if word in lexicon.word_class("actor_body"):
        return "actor_body"
    if word in lexicon.word_class("actor_group"):
        return "actor_group"
    return None
#: how far back a pronoun's antecedent is looked for: this sentence and the one before
ANTECEDENT_SENTENCES = 2


def antecedent_start(tok: "Token") -> int:
    """The first token an antecedent of ``tok`` may be: the start of its sentence or of the
    ANTECEDENT_SENTENCES - 1 sentences before it."""
    start = tok.sent.start
    for _ in range(ANTECEDENT_SENTENCES - 1):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    return start


def pronoun_antecedent(tok: "Token", *, chain: int = 0) -> "Token | None":
    """The name a personal pronoun stands for: for a pronoun subject, first the subject
    :func:`_last_subject` prefers; else the nearest earlier name of a fitting kind in
    its sentence or the one before ("Vajpayee said that *he* agreed" → Vajpayee); for "they" and
    "their", also a plural noun of people ("Police searched the village. *They* arrested two men");
    for "it" and "its", a body that is a clause's subject ("The council postponed *its* rally").
    With none there, the pronoun stands for what the nearest earlier pronoun of its class and sex
    stands for ("Trump spoke first.  He claimed ...  *He* attacked ...": a chain of "he" that
    goes on telling of one person), up to :data:`PRONOUN_CHAIN` pronouns back."""
    kind = _pronoun_class(tok.lower_)
    if kind is None:
        return None
    labels = PRONOUN_CLASS_LABELS[kind]
    table = TriggerTable.load()
    bodies = table.word_class("collective") | table.word_class("forces") | table.word_class("polity")
    start = antecedent_start(tok)

    def pick(word: "Token") -> "Token | None":
        told = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "to" else word.head
        if word.dep_ in ("dobj", "dative", "pobj") and attribution_cues().get("verb", told.lemma_) is not None:
            return None  # "two officials told Reuters. 'They came at six'": whom a source speaks to does not act
        if word.ent_type_ in labels and word.pos_ == "PROPN":
            if kind == "actor_group" and word.ent_type_ == "GPE" and not _coordinated(word):
                return None  # "they" is no one town: "... near Belfast. They detained" (but "NSW and Queensland ... their")
            return word
        # "he"/"she" after a name that is a clause's subject, whatever the tagger took it for
        if "PERSON" in labels and word.pos_ == "PROPN" and word.dep_ == "nsubj" and word.ent_type_ in ("", "ORG"):
            return word
        if word.pos_ != "NOUN" or word.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if kind == "actor_group" and word.tag_ == "NNS":
            return word
        if kind == "actor_body" and word.tag_ == "NN" and in_class(word, bodies):
            return word  # "The council postponed its rally"
        return None

    found = _last_subject(tok, pick) or antecedent(tok, pick=pick, start=start)
    if found is not None or chain >= PRONOUN_CHAIN:
        return found
    sex = lexicon.sex_of(tok.lower_)

    def same(word: "Token") -> "Token | None":
        return word if word.pos_ == "PRON" and _pronoun_class(word.lower_) == kind and lexicon.sex_of(word.lower_) == sex else None

    nearest = antecedent(tok, pick=same, start=start)  # the nearest such pronoun only: one chain, never a tree
    return None if nearest is None else pronoun_antecedent(nearest, chain=chain + 1)


def _last_subject(tok: "Token", pick: "Callable[[Token], Token | None]") -> "Token | None":
    """The subject a pronoun subject stands for first, when it fits (``pick``): for one that opens
    its sentence, the subject of the sentence before ("The army, which has fought the RSF since
    2023, did not respond.  *It* has denied ...": the army, not the RSF named in its relative
    clause); for one of a clause that a verb of saying with no object of its own reports
    (``attribution_cues.tsv``), that verb's subject ("Russia, Armenia's ally, said *it*
    welcomed ...": Russia)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if (verb.dep_ == "ccomp" and attribution_cues().get("verb", verb.head.lemma_) is not None
            and not any(c.dep_ in ("dobj", "dative", "obj") for c in verb.head.children)):
        root = verb.head
    elif tok.i == tok.sent.start and tok.sent.start > 0:
        root = tok.doc[tok.sent.start - 1].sent.root
    else:
        return None
    return next((found for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and (found := pick(c)) is not None), None)


#: how many pronouns of one chain back a pronoun's antecedent is looked for (:func:`pronoun_antecedent`)
PRONOUN_CHAIN = 6


def meeting_holder(tok: "Token") -> "Token | None":
    """The body a bare definite meeting noun (class ``assembly_noun``) stands for when it acts
    ("The party's MPs met on Friday. *The meeting* pledged unity"): the organisation named nearest
    before it in its sentence or the one before (a name, or a body noun of class ``collective``
    that is a clause's subject: "the party has ..."); None for a meeting whose own phrase says whose it
    is ("the party meeting", "a meeting of MPs": read off the phrase) or when none is named."""
    if tok.lemma_.lower() not in lexicon.word_class("assembly_noun") or tok.tag_ != "NN":
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in kids
    ):
        return None
    start = antecedent_start(tok)
    bodies = TriggerTable.load().word_class("collective")

    def pick(word: "Token") -> "Token | None":
        named = word.ent_type_ == "ORG" and word.pos_ == "PROPN"
        subject = word.dep_ in ("nsubj", "nsubjpass") and word.pos_ == "NOUN" and in_class(word, bodies)
        return word if (named or subject) and word.lemma_.lower() not in lexicon.word_class("assembly_noun") else None

    return antecedent(tok, pick=pick, start=start)


def _coordinated(word: "Token") -> bool:
    """Whether a name is one of several joined by "and" ("NSW and Queensland")."""
    return word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)
