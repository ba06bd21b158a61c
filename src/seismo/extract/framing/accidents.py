"""Man-made disasters and accidents are not political violence.

    drop_accidents(drafts, sents, table=...)  removes, in place, the violent drafts that an
                                              accident in the sentence or its neighbour explains,
                                              and a state of emergency declared for a disaster

The cues are word classes of ``data/triggers.tsv``: ``accident`` (a gas leak, a chemical
plant), ``vehicle`` (a bus, a van: road, rail and water traffic), ``accidentverb`` (derailed,
collapsed, overturned), ``fire`` (a blaze as the setting of harm) and ``firesite`` (where it
burns: "a house fire"), ``hostile`` (an attacker or weapon named: no accident) and ``agent``
(a someone as actor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seismo.extract.syntax import in_class, sentence_words

if TYPE_CHECKING:  # pragma: no cover
    from seismo.extract.events.coding.triggers import TriggerTable
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


#: modes of violent drafts an accident can explain (an explosion, a fire, deaths with no weapon named)
ACCIDENT_MODES = frozenset({None, "explosives"})
#: ACLED hints of violent drafts an accident can explain: none, or the weapon that went off ("a grenade
#: exploded accidentally during a drill", "a Second World War bomb blew up on a building site")
MISHAP_HINTS = frozenset({None, "grenade", "ied"})
#: modes of violent drafts a vehicle alone can explain (deaths with no weapon named: a crash); a blast
#: on a bus is as often a bomb
TRAFFIC_MODES = frozenset({None})


def _accident_cues(sent: "SpacySpan", table: TriggerTable, drafts: "list[Any]" = ()) -> tuple[bool, bool, bool]:
    """``(accidental, vehicular, hostile)``: whether the sentence names an accidental cause, an
    industrial site or a blaze ("gas leak", "the chemical plant exploded", "the train derailed",
    "a minibus overturned", "killed in a fire": :func:`_blaze`); whether it names a vehicle
    ("a bus", "struck by a van"); and whether it names an attacker or a weapon ("militants",
    "bomb", "claimed responsibility") that it does not rule out (:func:`_ruled_out`).  A word
    inside the trigger of one of the sentence's ``drafts`` that tells of a weapon's act is the
    weapon, no accidental cause ("police fired tear *gas*")."""
    accident, vehicles = table.word_class("accident"), table.word_class("vehicle")
    verbs, hostile = table.word_class("accidentverb"), table.word_class("hostile")
    words = sentence_words(sent)
    weapons = [d.trigger for d in drafts if _weapon_told([d]) and d.trigger is not None]
    accidental = not (words.isdisjoint(accident) and words.isdisjoint(verbs)) and any(
        ((t.pos_ != "VERB" and in_class(t, accident)) or (t.pos_ == "VERB" and in_class(t, verbs)))
        and not any(w.start <= t.idx < w.end for w in weapons) for t in sent
    )
    vehicular = not words.isdisjoint(vehicles) and any(t.pos_ != "VERB" and in_class(t, vehicles) for t in sent)
    blaze = not words.isdisjoint(table.word_class("fire")) and any(_blaze(t, table) for t in sent)
    misfire = not words.isdisjoint(table.word_class("misfire"))
    armed = not words.isdisjoint(hostile) and any(
        in_class(t, hostile) and not _ruled_out(t) and not _spent(t, table, misfire=misfire) for t in sent)
    # a weapon gone off by mishap is an accidental cause ("a grenade went off accidentally"); "accidentally
    # shot" alone is not, the shooting stays the one who fired it
    spent = not words.isdisjoint(table.word_class("ordnance")) and any(_spent(t, table, misfire=misfire) for t in sent)
    return accidental or blaze or spent, vehicular, armed


def _spent(tok: "Token", table: TriggerTable, *, misfire: bool) -> bool:
    """Whether a weapon word (class ``ordnance``) names no attacker's weapon: the sentence tells of
    a mishap (class ``misfire``: "went off *accidentally* during a *drill*"), or the weapon
    is a relic, by a modifier (class ``relic``: "a *rusted* shell", "a Second World *War*
    bomb") or as left over "from" a war in its own phrase ("a bomb left over *from the war*")."""
    if not in_class(tok, table.word_class("ordnance")):
        return False
    relic = table.word_class("relic")
    if misfire or any(c.dep_ in ("amod", "compound", "nmod") and in_class(c, relic) for c in tok.subtree if c.i < tok.i):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and in_class(o, relic) for o in p.children)
               for p in tok.subtree)


def _ruled_out(tok: "Token") -> bool:
    """Whether the sentence rules the word out: "no" on it, "not" on it, on the preposition it is
    the object of, on the passive verb whose doer it is or on the noun it modifies ("caused by
    negligence and *not by* an attack", "*no* bomb was found", "was *not* caused by a bomb", "*not*
    an arson attack"), or a "not" before it as the other of two named causes ("caused by a gas
    leak, *not* a bomb"); a "not" after it rules out the other cause ("caused by a bomb, not a gas
    leak": the bomb stands)."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    holders = (tok, tok.head) if tok.dep_ in ("pobj", "compound") else (tok,)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i != tok.head.i:
        holders += (tok.head.head,)  # "was *not* caused by a bomb"
    if any(c.dep_ == "neg" and c.i < tok.i for h in holders for c in h.children):
        return True
    return tok.dep_ == "appos" and any(c.dep_ == "neg" and tok.head.i < c.i < tok.i for c in tok.head.children)


#: prepositions by which a fire is where, by what or upon what harm was done ("killed *in* a fire",
#: "gutted *by* fire", "a depot blew up *after* a fire")
_BLAZE_PREPS = frozenset({"in", "by", "after"})


def _blaze(tok: "Token", table: TriggerTable) -> bool:
    """A fire as the setting or cause of harm: a noun of class ``fire`` after "in" or "by", or
    the subject of a verb, with no one's fire named ("four children killed in a fire", "a home
    gutted by fire", "a fire swept through the ward, killing ten", "died in a house fire": a
    modifier of class ``firesite`` names where it burned; not "killed in police fire", "fire from
    the soldiers killed two", nor "came under fire")."""
    prep, sites = tok.head, table.word_class("firesite")
    setting = tok.dep_ == "pobj" and prep.lower_ in _BLAZE_PREPS
    # the subject of a verb, or a root the parser hung the verb on ("a fire [swept] through ...")
    # unless the sentence tells of violence beside it ("a fire swept through the camp during clashes")
    rooted = tok.dep_ == "ROOT" and sentence_words(tok.sent).isdisjoint(table.word_class("violence") | table.word_class("armedgroup"))
    cause = (tok.dep_ in ("nsubj", "nsubjpass") or rooted) and not any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children)
    return ((setting or cause) and tok.pos_ == "NOUN" and in_class(tok, table.word_class("fire"))
            and not any(c.dep_ in ("compound", "poss", "amod", "nmod") and not in_class(c, sites) for c in tok.children))


def drop_accidents(drafts: "list[list[Any]]", sents: list["SpacySpan"], *, table: TriggerTable) -> None:
    """Man-made disasters are not political violence: an aircraft's deaths where it crashed
    (:func:`_crashed`) are dropped where no attacker or weapon is named; in a sentence that, or whose neighbour,
    names an accidental cause or an industrial site, while neither names an attacker or a weapon,
    explosions and deaths with no actor are dropped ("six were killed when a chemical plant
    exploded", "a gas leak killed ten"), unless the sentence tells of a weapon's act (a draft of a
    weapon mode: "an accidental shooting that critically injured a boy": the hurt are the
    shooting's, whatever made it an accident); where a vehicle is named instead, deaths with no actor
    and no weapon, when no draft of the article names one ("nine died when a bus overturned";
    not "two found shot in a van ... died"); a fight or a war ("clash" hint) is no accident."""
    cues = [_accident_cues(s, table, ds) for s, ds in zip(sents, drafts)]
    armed = _armed(drafts)
    for i, ds in enumerate(drafts):
        window = cues[max(0, i - 1) : i + 2]
        if any(h for _, _, h in window):
            continue
        ds[:] = [d for d in ds if not _crashed(d, table)]
        if any(a for a, _, _ in window):
            if _weapon_told(ds):
                continue
            modes = ACCIDENT_MODES
        elif any(v for _, v, _ in window) and not armed:
            modes = TRAFFIC_MODES
        else:
            continue
        ds[:] = [d for d in ds if not (d.type == "ASSAULT" and d.mode in modes and d.hint in MISHAP_HINTS
                                      and not _agent(d.actor_tok, table))]
    _drop_relief(drafts, sents, [a for a, _, _ in cues], table=table)


def _drop_relief(drafts: "list[list[Any]]", sents: list["SpacySpan"], accidental: list[bool], *, table: TriggerTable) -> None:
    """A state of emergency declared for a disaster is relief, not coercion: where the sentence or
    its neighbour names a disaster (class ``disaster``: a flood, a wildfire, an outbreak) or an
    accident or a blaze, and neither names violence or an attacker (classes ``violence``,
    ``hostile``), drafts of mode ``martial-law`` whose trigger is no martial law are dropped ("fires
    are burning across the state; the governor declared a state of emergency").  A disaster of
    class ``disaster`` in the draft's own sentence leaves it to the ACLED table, which codes such
    an emergency as no ACLED event (``acled_map.tsv``, ``ctx=@disaster``)."""
    harm = table.word_class("disaster")
    force = table.word_class("violence") | table.word_class("hostile")
    words = [sentence_words(s) for s in sents]
    for i, ds in enumerate(drafts):
        if not any(d.mode == "martial-law" for d in ds):
            continue
        window = range(max(0, i - 1), min(len(sents), i + 2))
        if any(not words[j].isdisjoint(force) for j in window):
            continue
        if not words[i].isdisjoint(harm):
            continue  # told in its own sentence: the event stays, uncoded for ACLED (acled_map.tsv, ctx=@disaster)
        if any(accidental[j] or not words[j].isdisjoint(harm) for j in window):
            ds[:] = [d for d in ds if not (d.mode == "martial-law" and d.head.lemma_.lower() != "law")]


def _crashed(d: Any, table: TriggerTable) -> bool:
    """Whether a violent draft is an aircraft's that crashed: its actor, of class ``aerial``, is
    the subject of an accident verb ("a military helicopter crashed during a training flight,
    killing both pilots": a crash, no air strike)."""
    tok = d.actor_tok
    return (d.type == "ASSAULT" and d.mode == "aerial" and tok is not None and in_class(tok, table.word_class("aerial"))
            and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB"
            and in_class(tok.head, table.word_class("accidentverb")))


def _weapon_told(ds: "list[Any]") -> bool:
    """Whether one sentence's drafts tell of a weapon's act (a violent draft of a mode no accident
    explains: a shooting, a stabbing), which then is what hurt the people the sentence counts."""
    return any(d.type == "ASSAULT" and d.mode not in ACCIDENT_MODES for d in ds)


def _armed(drafts: "list[list[Any]]") -> bool:
    """Whether a violent draft of the article names its weapon ("found shot in a parked van"):
    then the deaths told in it are that weapon's, not a vehicle's (a crash report tells of no
    shooting; a shooting report often names the car the victim sat in)."""
    return any(d.type == "ASSAULT" and d.mode not in TRAFFIC_MODES for ds in drafts for d in ds)


def _agent(tok: "Token | None", table: TriggerTable) -> bool:
    """Whether a violent draft's actor is someone ("militants", "the army", a name), not a thing
    ("a boiler exploded", "the leak killed ten"); a word of the classes ``accident`` or
    ``vehicle`` is a thing whatever name the tagger took it for ("Fireworks exploded ...",
    capitalised as a sentence's first word)."""
    if tok is None:
        return False
    if in_class(tok, table.word_class("accident") | table.word_class("vehicle")):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return in_class(tok, table.word_class("agent"))
