"""One happening, one report per article: the mentions of one happening are merged.

An article names the same happening several times: the headline and the lead, a verb and a
noun ("gunmen attacked ... the attack left ..."), a cause and its toll ("a bomb ... killed
six").  The coder finds each mention; :func:`merge_mentions` folds every later mention into the
first one it is compatible with (a victim told only by a personal pronoun, "[her] death drew
attention", into the nearest one: :func:`_pronoun_death`), and the report keeps the sentences of the others as
``Event.mentions``: its further evidence.  Two mentions are of one happening when all of these hold:

* the same PLOVER type and the same modality (a planned rally is not the rally that was held);
* compatible modes: equal; or a mention that names no means (a death, a generic shooting; for a
  coercion, a word for a campaign of it, "the crackdown", any act) and one that names a weapon ("a car bomb ... the blast killed six") — a bombing and an air strike
  stay apart, and so do an arson and a shooting; within one article, also a death that names no
  means and a shooting of one place, or where either names none ("a man was shot on Main
  Street ... the man killed was 24": one article tells one attack in both ways;
  :func:`article_modes_ok`) — deaths told of a whole country are not the shooting in one of its towns;
  a crowd's vandalism is its riot; a demonstration and a riot of one place told in two sentences,
  the later with its crowd ("students marched ... the marchers threw stones"), are one protest
  whose crowd turned violent (ACLED codes one event per place and day); and the acts
  one subject is told to do on one day in one sentence ("blocked the road and marched", "set fire
  to a police station and hurled rocks at officers") are one protest whatever their forms and
  targets (:func:`_one_subject`);
* no two counts of one kind about different victims, told apart by their head nouns ("18 agents
  were killed" is not "dozens of protesters were killed"; "six NATO service members" and "the
  members" are one group); a victim told by a pronoun, a bare number or as "the victim" ("shot
  herself", "three were hurt") is anyone's, and one told by age alone ("the child") may be one
  told by sex ("the girl"); a protest's crowd told by two of its names ("demonstrators",
  "protesters") is one crowd; people told by their names as many as a figure of the other counts
  ("two aides ... Ana Ruiz and Jose Diaz": :func:`_named`) are the ones it counted;
* compatible places: either has none, or the same place, or one is broader than the other and
  holds it (Belfast within Northern Ireland; a country holds its towns) — two towns are two
  happenings; a later mention placed at a dateline's town its own sentences do not name is
  placed nowhere ("the strike in Sumy ... the missiles hit" datelined Kyiv);
* compatible dates: either has none, or both only the publication date, or one only the
  publication date (for a protest, the other a time that ended less than a month before it: not
  "last year's protests"), or both say the same day, or
  one's range holds the other's day ("since Thursday", "over the past week"); a later mention's
  day its own sentences do not write (the dateline's) says nothing;
* compatible actors (and recipients): either has none or is a pronoun resolved to nobody
  ("they") — for an attack's victims, anyone resolved to no name and no sector ("the members"),
  or two with one head noun ("a major general", "the Russian major general") — or both have the
  same name or the same sector, or, unresolved, are written alike ("Police ... Police"), or one
  doer is told only as a person and the other is unnamed and none of a state's forces ("gunmen
  ... a man on a motorcycle opened fire"); a
  victim told with an adverb of addition ("a commander was *also* killed", class ``additive``)
  is one more victim of a happening just told: its victims and counts conflict with nothing;
* when both are attributed to different sources, they give no differing figures of the same
  kind ("Reuters says five were killed" and "AFP says seven died" stay two reports: a user
  compares what each source claims; two sources giving the same figure agree on one
  happening).  Sources that only name the happening, or one that names it and one that counts
  it ("Al-Monitor reports the bombing", "three were wounded, Tass said"), are one report,
  attributed to the source of its figures.

What the merged report says: the first mention's type, trigger, evidence and modality; the most
specific mode among the mentions (with its ACLED coding); the first actor and recipient named
(not one that only took part in the act: "officers took part in the killings" makes no killer);
a protest's most violent form (a demonstration whose crowd then rioted is a riot);
the most precise place (of two that disagree, the first's); a date the text gives before the
publication date; per count kind the
counts of every mention, the highest figure first (the report's figure; a figure told again stays
evidence in its own sentence); the highest confidence.  A victim read as wounded with no number
("a man was shot") who is then counted dead ("he died", "the man died", "a fatal shooting") is not also
counted injured (:func:`seismo.extract.numbers.victims.settle_counts`).  A death told in a later sentence of a victim named
before ("He died in hospital", "The victim died on Saturday") counts for that attack; further
away, for the article's lone victim, when it tells of one person hurt and no death
(:func:`~seismo.extract.numbers.tolls.later_deaths`).

A later mention whose fields disagree still joins the nearest report it refers back to: a
definite noun repeating the trigger ("its rally ... the rally") or an event told inside another of
its type ("in a meeting ..., the party discussed"), a participle that tells what an act did
("fired ..., injuring one"), a number of the dead told before ("two of the dead were killed in
X"): :func:`~seismo.extract.events.coding.mentions.points_back`,
:func:`~seismo.extract.events.coding.mentions.frames` and the joins of :func:`merge_mentions` (the rules
of reference, in :mod:`seismo.extract.events.coding.mentions`); never a happening told as done into a report of
what is planned or denied, unless a definite noun names it again ("will hold a rally ... the
rally was meant to ...").

Two folds cross types.  A definite noun repeating a word of the report's mentions is the same
forcible act (an attack or a coercion, which one word may name either way) whatever type its bare
noun codes ("bandits raided a village ... wounded in the raid": the raid is the bandits' attack,
not a police search).  And the killing or beating told in the sentence of a riot, by no one named and
with no weapon ("the riots went on and people were being killed"), is the riot's own violence and
joins it as its toll (:func:`riot_toll`), and so, told within two sentences, do police or troops
hurt by no one named ("113 officers were injured"); an attack whose doer is named ("police fired on the rioters"),
one that names a weapon, or one told in another sentence stays a happening of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.contract.vocab import STATE_BODY_SECTORS
from seismo.extract import lexicon
from seismo.extract.events.coding.mentions import frames, points_back
from seismo.extract.numbers.quantity import parse_quantity
from seismo.extract.numbers.victims import refers_back, settle_counts
from seismo.extract.timex.values import value_bounds

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    from seismo.extract.events.coding.mentions import Mention
    from seismo.model import Actor, Count, Event, EventDate, EventLocation, Place

#: actor sectors of the police and troops, who face a crowd (:func:`riot_toll`), and how many
#: sentences from one of a riot's mentions their hurt are its toll
FORCES_FACING, RIOT_REACH = frozenset({"COP", "MIL"}), 2
#: modes that say nothing of the means: a mention with one of them may join one naming a weapon
VAGUE_MODES = frozenset({None, "firearms"})
#: modes that name a weapon (PLOVER ASSAULT modes)
WEAPON_MODES = frozenset({"explosives", "aerial", "drone", "heavy-weapons", "cbrn", "suicide-attack"})


#: the PLOVER mode of a riot: an unattributed attack in its sentence is its own violence
RIOT_MODE = "riot"
#: modes that name one means in two ways: a suicide bombing is a bombing; a crowd's vandalism is
#: its riot ("threw stones and set fire to a police post": ACLED's violent demonstration)
SAME_MEANS = {"suicide-attack": "explosives", "vandalize": "riot"}


#: ACLED's event type of two armed sides fighting: a weapon named in another mention leaves it one
BATTLES = "Battles"
#: ACLED's sub-event type for violence whose target's role is not known (its residual row)
UNTARGETED = "Attack"


def modes_ok(a: str | None, b: str | None) -> bool:
    """Whether two PLOVER modes can name the means of one happening (see the module docstring)."""
    if SAME_MEANS.get(a or "", a) == SAME_MEANS.get(b or "", b):
        return True
    return (a in VAGUE_MODES and b in WEAPON_MODES) or (b in VAGUE_MODES and a in WEAPON_MODES)


#: modes that one article may give one happening in, a mention naming no means and one naming a gun
ARTICLE_SAME_MEANS = frozenset({None, "firearms"})
#: protest modes that two sentences of one article may give one protest in: a demonstration whose
#: crowd rioted (ACLED codes one event per place and day, by its most violent form), told in
#: either order, the later mention with its crowd
PROTEST_TURNS = frozenset({"demo", RIOT_MODE})


def article_modes_ok(a: str | None, b: str | None) -> bool:
    """Whether two mentions in one article can name one happening's means: :func:`modes_ok`, or
    a death with no means and a shooting (see the module docstring).  Reports of different
    articles are matched by :func:`modes_ok` alone."""
    return modes_ok(a, b) or (a != b and {a, b} <= ARTICLE_SAME_MEANS)


def _means_ok(a: "Event", b: "Event") -> bool:
    if modes_ok(a.mode, b.mode) or a.type == "COERCE" and (_umbrella(a) or _umbrella(b)):
        return True  # "the crackdown" names no means of the detentions told
    if (a.evidence != b.evidence and {SAME_MEANS.get(m or "", m) for m in (a.mode, b.mode)} == PROTEST_TURNS
            and (_crowd(b.actor) or b.actor is not None and a.actor is not None and _actors_ok(a.actor, b.actor))):
        return True  # a demonstration whose crowd then rioted: one place as any two mentions are (_places_ok)
    if not article_modes_ok(a.mode, b.mode):
        return False
    la, lb = a.location, b.location  # a death and a shooting: one place, or one of them names none
    return la is None or lb is None or _same_point(la.place, lb.place)


def _umbrella(e: "Event") -> bool:
    """A coercion told by a word for a whole campaign of it, naming no means ("the crackdown",
    class ``coercion_umbrella``): any of its acts."""
    words = e.trigger.text.lower().split()
    return e.mode is None and bool(words) and words[-1].removesuffix("s") in lexicon.word_class("coercion_umbrella")


@lru_cache(maxsize=1)
def _nobody_words() -> frozenset[str]:
    """The head words of a victim that name nobody in particular (:func:`_anyone`)."""
    return frozenset().union(*(lexicon.word_class(name) for name in
                               ("person_pronoun", "group_pronoun", "reflexive_pronoun", "victim_noun")))


def _anyone(head: str) -> bool:
    """Whether a victim's head word names nobody in particular: a pronoun ("she", "herself") or
    the bare noun for a victim ("the victim", "victims"), or a number standing alone ("three were
    hurt"); such a count is one of any victims told."""
    return head in _nobody_words() or head.removesuffix("s") in _nobody_words() or parse_quantity(head) is not None


def _counts_ok(a: "Event", b: "Event") -> bool:
    def victims(e: "Event") -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for c in e.counts:
            if c.victims is not None and c.victims.text.split():
                head = c.victims.text.lower().split()[-1]
                if not _anyone(head):  # a protest's crowd told by two of its names is one crowd
                    out.setdefault(c.kind, set()).add("crowd" if _crowd_word(head) else head)
        return out

    va, vb = victims(a), victims(b)
    fa, fb = _figures(a), _figures(b)
    return all(va[k] & vb[k] or _one_person(va[k], vb[k]) or (fa.get(k) == fb.get(k) is not None and (_named(a, k) or _named(b, k)))
               for k in va.keys() & vb.keys())


def _named(e: "Event", kind: str) -> bool:
    """Whether the event's victims of a kind are told by their names, a name being two capitalised
    words running ("Ana Ruiz and Jose Diaz were killed"; not "two Palestinians"): named people are
    the ones a figure told before counts ("two aides were shot dead").  The names' number must be
    that figure (:func:`_counts_ok`)."""
    def named(text: str) -> bool:
        words = text.split()
        return any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words, words[1:]))

    return any(c.kind == kind and c.victims is not None and named(c.victims.text) for c in e.counts)


def _one_person(heads_a: set[str], heads_b: set[str]) -> bool:
    """Whether two victims' head nouns can name one person: one names a person by age alone
    (class ``unsexed_person``: "child", "teen") and the other by a sex ("girl", "son") or by age
    alone too ("the child ... the toddler"); "a child" and "the agents" stay two."""
    unsexed = lexicon.word_class("unsexed_person")

    def kind(head: str) -> str | None:
        return "age" if head in unsexed else ("sex" if lexicon.sex_of(head) else None)

    ka, kb = {kind(h) for h in heads_a}, {kind(h) for h in heads_b}
    return None not in ka | kb and ("age" in ka or "age" in kb)


def _same_point(pa: "Place", pb: "Place") -> bool:
    """One place, or a street or a site placed at its town's point ("Rustaveli Avenue", Tbilisi)."""
    return ((pa.geonameid is not None and pa.geonameid == pb.geonameid) or pa.name == pb.name
            or pa.lat is not None and (pa.lat, pa.lon) == (pb.lat, pb.lon))


def _places_ok(a: "EventLocation | None", b: "EventLocation | None") -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if _same_point(pa, pb):
        return True
    if pa.country is None or pa.country != pb.country or a.precision == b.precision:
        return False
    narrow, broad = (pa, pb) if a.precision < b.precision else (pb, pa)
    # a town lies within its region: Belfast is in Northern Ireland, not in Munster
    return max(a.precision, b.precision) == 3 or None in (narrow.admin1, broad.admin1) or narrow.admin1 == broad.admin1


def _told_place(e: "Event", filed: "Place | None") -> "EventLocation | None":
    """The event's place; None when it is the dateline's (``filed``), unnamed in its sentences."""
    loc = e.location
    if loc is None or filed is None or (loc.place.start, loc.place.end) != (filed.start, filed.end) or any(
            s.start <= loc.place.start and loc.place.end <= s.end for s in (e.evidence, *e.mentions)):
        return loc
    return None


def _told_date(e: "Event") -> "EventDate | None":
    """The event's date; None when its sentences do not write it (the dateline's day, "MEXICO
    CITY, May 21 -", or a day carried from another sentence): it says nothing of which happening it is."""
    date = e.date
    if date is None or date.span is None or any(s.start <= date.span.start and date.span.end <= s.end
                                                 for s in (e.evidence, *e.mentions)):
        return date
    return None


def _dates_ok(a: "EventDate | None", b: "EventDate | None", *, recurring: bool = False) -> bool:
    if a is None or b is None or a.source == b.source == "published":
        return True
    if a.source == "published" or b.source == "published":
        told, printed = (b, a) if a.source == "published" else (a, b)
        return not recurring or _recent(told, printed)
    return a.value == b.value or _within(a.value, b.value) or _within(b.value, a.value)


#: how long before publication a protest the text dates may end and still be one the article
#: tells with no date of its own: the day's protest is of the last weeks, not of last year
RECENT = dt.timedelta(days=31)


def _recent(told: "EventDate", printed: "EventDate") -> bool:
    """Whether a protest the text dates may be the one dated only by the publication day: not when
    its time ended :data:`RECENT` or more before ("marched towards parliament ... Last year, 30
    people died during protests": last year's protests are others; ACLED codes a protest a day).
    Only protests recur so: an attack told with no date may be the one a follow-up recalls by its
    month (the dedup folds lose the link otherwise; test_merge's xfail)."""
    told_days, printed_days = value_bounds(told.value), value_bounds(printed.value)
    return told_days is None or printed_days is None or told_days[1] >= printed_days[0] - RECENT


def _within(day: str, span: str) -> bool:
    """Whether a day ("2024-12-02") lies in a range ("2024-11-28/2024-12-02": "since Thursday")."""
    first, _, last = span.partition("/")
    return bool(last) and len(day) == 10 and first <= day <= last


def _bare(a: "Actor | None", *, victim: bool = False) -> bool:
    """No actor, or a pronoun resolved to nobody ("they"): it conflicts with nothing; nor does
    the victim of an attack (``victim``) resolved to no name and no sector ("the members", "three
    other personnel": one attack's victims are told in many ways).  A doer named but unresolved
    ("bandits") is someone else than the police, and one arrested ("two men") is someone else
    than "the activists"; see :func:`_anonymous` for a doer told only as a person.  One named by the
    part a case gives them ("the suspect", class ``suspect_noun``) may be anyone told before."""
    if a is None:
        return True
    words = a.text.lower().split()
    if a.name is None and words and lexicon.singular(words[-1]) in lexicon.word_class("suspect_noun"):
        return True  # "a 34-year-old man ... the suspect": named by the part the case gives him
    return a.name is None and a.sector is None and (victim or a.text.lower() in (
        lexicon.word_class("person_pronoun") | lexicon.word_class("group_pronoun")))


def _crowd(a: "Actor | None") -> bool:
    """A protest's people named only as its crowd ("the protesters", "the demonstrators", class
    ``demonstrators`` of triggers.tsv): whoever protested, no other doers than a protest's own."""
    words = a.text.lower().split() if a is not None and a.name is None else []
    return bool(words) and _crowd_word(words[-1])


def _crowd_word(head: str) -> bool:
    crowd = lexicon.table_classes("triggers.tsv")["demonstrators"]
    return head in crowd or head.removesuffix("s") in crowd


def _anonymous(a: "Actor", other: "Actor") -> bool:
    """A doer told by no more than a person ("a man on a motorcycle", "the attacker": class
    ``anonymous_doer``) beside another unnamed doer who is none of a state's bodies ("gunmen"):
    one attacker, told twice; not the police who shot a man, nor "a woman" beside "a man"."""
    def head(actor: "Actor") -> str:
        words = actor.text.lower().split()
        return words[-1] if words else ""

    anonymous = lexicon.word_class("anonymous_doer")
    return (a.name is None and head(a) in anonymous and other.name is None
            and other.sector not in STATE_BODY_SECTORS and head(other) not in anonymous - {head(a)})


def _actors_ok(a: "Actor | None", b: "Actor | None", *, victim: bool = False) -> bool:
    if _bare(a, victim=victim) or _bare(b, victim=victim):
        return True
    assert a is not None and b is not None
    if not victim and (_anonymous(a, b) or _anonymous(b, a)):
        return True
    if a.name and b.name and a.name == b.name:
        return True
    if a.name is None and b.name is None and a.text.strip().lower() == b.text.strip().lower():
        return True  # one unresolved actor written alike twice ("Police ... Police")
    if victim and a.text.lower().split()[-1:] == b.text.lower().split()[-1:]:
        return True  # one victim told twice: "a major general", "the Russian major general"
    return a.sector is not None and a.sector == b.sector and (a.country is None or b.country is None or a.country == b.country)


def _one_subject(a: "Event", b: "Event") -> bool:
    """Two acts told of one subject on one day in one sentence ("protesters set fire to a police
    station and hurled rocks at officers"): one crowd's acts there are one protest, whatever its
    forms and targets.  A clause dated apart ("marched on Monday, and ... blocked the gates") may
    have a subject of its own the parse missed."""
    return (a.evidence == b.evidence and a.actor is not None and b.actor is not None and a.date == b.date
            and (a.actor.start, a.actor.end) == (b.actor.start, b.actor.end))


def _figures(e: "Event") -> dict[str, int]:
    """Per kind, the report's figure: its first count of that kind with a number (:func:`_counts`)."""
    out: dict[str, int] = {}
    for c in e.counts:
        if c.best is not None:
            out.setdefault(c.kind, c.best)
    return out


def _sources_ok(a: "Event", b: "Event") -> bool:
    """Two sources' mentions stay apart when both give a figure of one kind and the figures
    differ: a user compares what each source claims.  Sources that give the same figure agree
    on one happening."""
    if a.attributed_to is None or b.attributed_to is None:
        return True
    if a.attributed_to.text.strip().lower() == b.attributed_to.text.strip().lower():
        return True
    fa, fb = _figures(a), _figures(b)
    return all(fa[k] == fb[k] for k in fa.keys() & fb.keys())


def _doers_toll_ok(a: "Event", b: "Event") -> bool:
    """A death toll told with no doer and a killing by a named doer that counts other dead are two
    happenings, by their fields ("the riots have cost 300 lives ... police firing killed 125"): the
    doer's dead are not the whole toll, and the toll is not the doer's."""
    ka, kb = _figures(a).get("killed"), _figures(b).get("killed")
    return ka is None or kb is None or ka == kb or _bare(a.actor) == _bare(b.actor)


def _doers_act_ok(a: "Event", b: "Event") -> bool:
    """A bare death toll told first (no doer, no means) and a later act of a named doer that
    tells no death are two happenings ("the town has lost 300 lives ... police fired 600
    rounds"): the toll is not the doer's for being told near what the doer did.  A later mention
    that names the deaths ("soldiers carried out the killings") or a report that names the means
    ("a bomb ... killed five ... militants planted it") still join; see :func:`_doers_toll_ok`."""
    bare_toll = a.actor is None and a.mode is None and "killed" in _figures(a)
    return not (bare_toll and b.actor is not None and not any(c.kind == "killed" for c in b.counts))


def same_happening(a: "Event", b: "Event", *, adds: bool = False, filed: "Place | None" = None) -> bool:
    """Whether ``b`` can be a later mention of the happening ``a`` reports (see the module
    docstring); ``adds``: ``b`` tells one more victim of it ("a commander was also killed"), whose
    victims and counts are others than ``a``'s (folding keeps one figure per kind: the added
    victim's count is not summed into the report's, tests/extract/events/test_merge.py);
    ``filed``: the place of the article's dateline (:func:`_told_place`)."""
    crowd_acts = a.type == b.type == "PROTEST" and _one_subject(a, b)  # "blocked the road and marched"
    return (
        a.type == b.type
        and a.modality == b.modality
        and (_means_ok(a, b) or crowd_acts)
        and (adds or _counts_ok(a, b))
        and _places_ok(a.location, _told_place(b, filed))
        and _dates_ok(a.date, _told_date(b), recurring=a.type == "PROTEST")
        and (_actors_ok(a.actor, b.actor) or a.type == "PROTEST" and (_crowd(a.actor) or _crowd(b.actor)))
        and (adds or crowd_acts or _actors_ok(a.recipient, b.recipient, victim=a.type == "ASSAULT"))
        and _sources_ok(a, b)
        and _doers_act_ok(a, b)
    )


#: ACLED's event types of a crowd's protest, peaceful or met with force, and of its violence
PROTESTS, RIOTS = "Protests", "Riots"
#: ACLED's protest sub-event types, by how far force met the protest
PROTEST_ESCALATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _escalation(e: "Event") -> int:
    """How far force met a protest report (:data:`PROTEST_ESCALATION`), -1 for any other report."""
    sub = e.acled_sub_event_type
    return PROTEST_ESCALATION.index(sub) if e.type == "PROTEST" and sub in PROTEST_ESCALATION else -1


def _fold(head: "Event", other: "Event", *, agent: bool = True) -> "Event":
    """``head`` with ``other``'s evidence and the fields it lacks; ``agent``: whether ``other``'s
    actor did the act itself, not only took part in it ("officers took part in the killings" does
    not make the officers the ones who killed)."""
    seen = {head.evidence, *head.mentions}
    extra = tuple(dict.fromkeys(m for m in (other.evidence, *other.mentions) if m not in seen))
    changes: dict[str, object] = {"mentions": (*head.mentions, *extra)}
    if head.mode in VAGUE_MODES and other.mode not in VAGUE_MODES and head.acled_event_type != BATTLES:
        changes.update(mode=other.mode, acled_event_type=other.acled_event_type, acled_sub_event_type=other.acled_sub_event_type)
    elif head.mode in VAGUE_MODES and other.mode not in VAGUE_MODES:
        # a weapon told of a battle is fought with in it: ACLED's battles are coded as battles
        # whatever the arms ("the two sides clashed ... shells fell on the village")
        changes.update(mode=other.mode)
    elif head.mode is None and other.mode is not None:
        # the means a later mention names ("... was shot"); the ACLED coding stays the first
        # mention's, read off its own sentence (taking the other's moved CASE-2021 types)
        changes.update(mode=other.mode)
    elif head.acled_sub_event_type is None and other.acled_sub_event_type is not None and head.mode == other.mode:
        changes.update(acled_event_type=other.acled_event_type, acled_sub_event_type=other.acled_sub_event_type)
    elif (head.type == "PROTEST" and head.acled_event_type == PROTESTS and other.acled_event_type == RIOTS
          and SAME_MEANS.get(other.mode or "", other.mode) == "riot"):
        # a demonstration whose crowd turned violent: ACLED's riot, by its most violent form
        changes.update(mode=other.mode, acled_event_type=other.acled_event_type, acled_sub_event_type=other.acled_sub_event_type)
    elif 0 <= _escalation(head) < _escalation(other):  # a march later met with tear gas: a protest with intervention
        changes.update(acled_event_type=other.acled_event_type, acled_sub_event_type=other.acled_sub_event_type)
    if head.actor is None and other.actor is not None and agent:
        changes["actor"] = other.actor
    if head.recipient is None and other.recipient is not None:
        changes["recipient"] = other.recipient
        mode = changes.get("mode", head.mode)
        if (head.type == "ASSAULT" and other.evidence == head.evidence and other.acled_sub_event_type
                and (other.mode == mode or other.mode is None and head.acled_sub_event_type == UNTARGETED)):
            # a mention in the same sentence that knows whom it hit was coded with that
            # recipient's role ("militants launched attacks, killing 40 soldiers": an armed clash)
            changes.update(acled_event_type=other.acled_event_type, acled_sub_event_type=other.acled_sub_event_type)
    # the most precise of two places, one within the other; of two that disagree, the first report's
    if other.location is not None and (head.location is None or _places_ok(head.location, other.location)
                                       and other.location.precision < head.location.precision):
        changes["location"] = other.location
    if other.date is not None and other.date.source == "text" and (head.date is None or head.date.source != "text"):
        changes["date"] = other.date
    if other.attributed_to is not None and _figures(other) and not _figures(head):
        changes["attributed_to"] = other.attributed_to  # the report's source is the one that counts it
    changes["counts"] = _counts(head.counts, other.counts)
    changes["confidence"] = max(head.confidence, other.confidence)
    return replace(head, **changes)  # type: ignore[arg-type]


def _counts(head: "tuple[Count, ...]", other: "tuple[Count, ...]") -> "tuple[Count, ...]":
    """Per kind, the counts of the mention that gives the higher figure first (the head's on a
    tie), then the other mention's counts of that kind: a figure told again, or a part of the
    toll, in a later sentence ("four were killed ... 'four persons have been killed', the
    collector said") stays evidence where it is written.  The report's figure is the first count
    of a kind: an event's reconciliation reads each report for its largest alone, never the
    counts told after it as numbers of their own (:func:`seismo.link.reconcile`, rule 0)."""

    def top(counts: "tuple[Count, ...]", kind: str) -> int:
        return max((c.best or 0 for c in counts if c.kind == kind), default=-1)

    out: dict["Count", None] = {}  # insertion-ordered, a count told twice kept once
    for kind in dict.fromkeys(c.kind for c in (*head, *other)):
        first, then = (other, head) if top(other, kind) > top(head, kind) else (head, other)
        out |= dict.fromkeys(c for c in (*first, *then) if c.kind == kind)
    return tuple(out)


def _pronoun_death(event: "Event") -> bool:
    """Whether ``event`` is only a victim told with a personal pronoun ("[her] death drew
    attention", "[he] died on Sunday"): its trigger is that pronoun.  A pronoun names the person
    told of last, so it joins the nearest report it fits, not the first."""
    return any(refers_back(c) and c.victims is not None and (c.victims.start, c.victims.end) == (
        event.trigger.start, event.trigger.end) for c in event.counts)


#: modalities of what happened: a mention of one never joins a report of what did not (yet)
REALISED = frozenset({"asserted", "historical"})


def _refers_back(report: "Event", parsed: "list[Mention]", event: "Event", mention: "Mention") -> bool:
    """Whether ``event`` points back to ``report`` (whose mentions so far are ``parsed``) by a
    rule of reference (:func:`points_back`, :func:`frames`), its figures and sources not in conflict, and it does not
    tell as happened what the report tells as planned, possible or denied, unless it names it
    again with a definite noun ("will launch its campaign with a rally ... the rally was meant to")."""
    lemmas = frozenset().union(*(m.lemmas for m in parsed))
    repeated = mention.definite and bool(lemmas & mention.lemmas)  # "a rally ... the rally": named again
    if event.modality in REALISED and report.modality not in REALISED and not repeated:
        return False  # "should the attackers kill more ... where the massacre occurred": a happening is not hidden in a plan
    told = points_back(report, event, mention, lemmas=lemmas, last=max(m.sentence for m in parsed)) or any(
        frames(report, m, event, mention) for m in parsed)
    if all(a is not None and a.name for a in (report.actor, event.actor)) and not _actors_ok(report.actor, event.actor):
        return False  # "the EU imposed sanctions ... Britain announced its own sanctions": another's act
    return told and _counts_ok(report, event) and _sources_ok(report, event) and _doers_act_ok(report, event)




def riot_toll(report: "Event", parsed: "list[Mention]", event: "Event", mention: "Mention") -> bool:
    """Whether ``event`` is the violence of the riot ``report`` tells (whose mentions so far are
    ``parsed``): an attack by no one named, with no weapon, in the sentence of one of the riot's
    mentions, or within :data:`RIOT_REACH` sentences of one when its victims are the police or troops
    facing the crowd ("113 officers were injured"), its modality, place and date not in conflict."""
    hit_forces = event.recipient is not None and event.recipient.sector in FORCES_FACING
    reach = RIOT_REACH if hit_forces else 0
    return (report.type == "PROTEST" and report.mode == RIOT_MODE and event.type == "ASSAULT"
            and event.mode in VAGUE_MODES and _bare(event.actor) and report.modality == event.modality
            and any(abs(m.sentence - mention.sentence) <= reach for m in parsed)
            and _places_ok(report.location, event.location) and _dates_ok(report.date, event.date))


def merge_mentions(events: "list[Event]", parsed: "Mapping[tuple[int, int], Mention] | None" = None, *,
                   filed: "Place | None" = None) -> "list[Event]":
    """The article's events with every later mention of a happening folded into its first report
    (text order kept; a report's id is its first mention's).  ``parsed``: the parse of each
    trigger, by its character offsets; with it, a later mention that refers back
    (:func:`points_back`, :func:`frames`: "the rally", "in a meeting ... they discussed"; a result,
    "fired ..., injuring one"; a part of a toll, "two of the dead were killed in X") joins its
    nearest antecedent when no report matches it field by field.  ``filed``: the dateline's place."""
    parsed = parsed or {}
    reports: list[Event] = []
    heard: list[list[Mention]] = []  # per report, the parse of its mentions
    for event in sorted(events, key=lambda e: (e.trigger.start, e.trigger.end)):
        mention = parsed.get((event.trigger.start, event.trigger.end))
        toll = mention is not None and mention.toll
        order = reversed(range(len(reports))) if _pronoun_death(event) else range(len(reports))
        at = next((i for i in order if same_happening(reports[i], event, filed=filed) and _doers_toll_ok(reports[i], event)
                   and toll == (bool(heard[i]) and heard[i][0].toll)), None)  # a toll is not one of its happenings
        if at is None and mention is not None and mention.adds:  # "a commander was also killed"
            at = next((i for i in reversed(range(len(reports))) if same_happening(reports[i], event, adds=True, filed=filed)), None)
        if at is None and mention is not None:
            at = next((i for i in reversed(range(len(reports)))
                       if heard[i] and _refers_back(reports[i], heard[i], event, mention)), None)
        if at is None and mention is not None and mention.result_of is not None:  # "fired a water cannon, injuring one"
            at = next((i for i in reversed(range(len(reports))) if reports[i].type == event.type and reports[i].modality == event.modality
                       and any((m.sentence, m.verb) == (mention.sentence, mention.result_of) for m in heard[i])), None)
        if at is None and mention is not None and mention.partitive:  # "two of the dead were killed in X"
            kinds = {c.kind for c in event.counts}
            at = next((i for i in reversed(range(len(reports))) if reports[i].type == event.type and reports[i].modality == event.modality
                       and kinds & set(_figures(reports[i]))), None)
        if at is None and mention is not None:  # "the riots raged and people were being killed"
            at = next((i for i in reversed(range(len(reports)))
                       if heard[i] and riot_toll(reports[i], heard[i], event, mention)), None)
        if at is None:
            reports.append(event)
            heard.append([mention] if mention is not None else [])
        else:
            reports[at] = _fold(reports[at], event, agent=mention is None or not mention.partaker)
            if mention is not None:
                heard[at].append(mention)
    return [settle_counts(r) for r in reports]
