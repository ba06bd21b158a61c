"""Political or not: each report's ``scope``, from the coding alone (``scope.tsv``).

    scoped(events) -> the same events, each with scope "political" or "incident"

A report is **political** when its own coding says so: its PLOVER type, its mode, its ACLED
sub-event type (a demonstration turned violent or broken up), or the
sector or kind of its actor or recipient is listed in ``scope.tsv`` (a protest, an air
strike, anything a government, the army, a party or a rebel group does or suffers; violence an
``armed`` group (gunmen) does to a ``target`` sector, the police, or to anyone when it kills many at
once or carries people off; an arrest of a ``held`` sector, a journalist, by the state, or its force on
a ``victim`` sector, students or workers) — but an armed clash whose doer is
of a ``private`` sector, whose other side is criminal, or whose doer is one armed man, is not
political by its sub-type ("police exchanged fire with robbers"); or when
its article is political and its actor is not a criminal (sector ``CRM``).  An article is
political when it reports (asserted) a protest, a material act (PLOVER quad class 2 or 4)
that is political by its own coding, or a statement of a political institution (a state,
an IGO, a party, a rebel group: an actor or recipient that is no single person).  A person's
statement does not make an article political: a mayor deploring a shooting does not make the
shooting political.

Everything else is an **incident**: an ordinary murder, an accidental shooting, a crash.
Incidents are extracted, linked and counted like any report; exports, figures and alerts
leave them out unless asked (``--scope incident`` / ``scope=all``).

A statement, a meeting or a deal (PLOVER quad classes 1 and 3) is no incident: said between
firms, film characters or neighbours it is no event at all.  Such a report that is not
political is **dropped** unless its article is a political *forum*: it names, anywhere, an
institution, office or organisation of a political sector or kind, a known political leader, or a
body of a ``voice`` sector of ``scope.tsv`` (trade unions: their claims are public affairs though
they are no part of the state).  ``forum(doc, lexicon)`` reads that from the article's words; a
text shorter than a paragraph (``FORUM_MIN_TOKENS``) is given the benefit of the doubt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.errors import ModelError
from seismo.extract import lexicon
from seismo.extract.lexicon import gathering
from seismo.model import Actor, Event
from seismo.nlp import doc_ents
from seismo.contract.vocab import ACLED_SUB_EVENT_TYPES, MODES, PLOVER_TYPES, SECTORS, STATE_BODY_SECTORS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from seismo.resolve.actor_lexicon import ActorLexicon

TABLE = "scope.tsv"
#: PLOVER quad classes of material acts
MATERIAL = frozenset({2, 4})
_KINDS = frozenset({"country", "igo", "org", "group", "person"})
#: the rows ``scope.tsv`` may have (column ``what``) and the values each may take
_VOCABULARY: dict[str, frozenset[str]] = dict(
    type=frozenset(PLOVER_TYPES), mode=MODES, sector=SECTORS, kind=_KINDS, voice=SECTORS,
    acled=frozenset(ACLED_SUB_EVENT_TYPES), target=SECTORS, armed=SECTORS, private=SECTORS, held=SECTORS,
    victim=SECTORS,
)
#: the PLOVER quad class of material conflict
MATERIAL_CONFLICT = 4
#: ACLED's sub-event type of a fight between armed sides, whose sides decide whether it is political
ARMED_CLASH = "Armed clash"
TRUCE = "Agreement"  # ACLED's sub-event type of ceasefires and peace deals between conflict sides
assert {ARMED_CLASH, TRUCE} <= ACLED_SUB_EVENT_TYPES


@lru_cache(maxsize=1)
def signals() -> dict[str, frozenset[str]]:
    """``{what: values}`` read from ``scope.tsv``, each value checked against the vocabulary."""
    out: dict[str, set[str]] = {what: set() for what in _VOCABULARY}
    for row in lexicon.read(TABLE, columns=(3, 3), header=("what", "value", "why")):
        what, value, _ = row.cells
        if what not in out or value not in _VOCABULARY[what]:
            raise ModelError(f"{row.origin}:{row.line}: unknown {what!r} value {value!r}; use a PLOVER type, "
                             "a mode of seismo.contract.vocab.PLOVER_MODES, a code of seismo.contract.vocab.SECTORS (sector, voice), "
                             "an actor kind or an ACLED sub-event type (acled)")
        out[what].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _actor_political(actor: Actor | None, s: dict[str, frozenset[str]]) -> bool:
    return actor is not None and ((actor.sector or "") in s["sector"] or actor.kind in s["kind"])


def _institution(actor: Actor | None, s: dict[str, frozenset[str]]) -> bool:
    return actor is not None and actor.kind != "person" and _actor_political(actor, s)


def _makes_context(event: Event) -> bool:
    """A report that makes its article political (see the module docstring)."""
    s = signals()
    return event.modality == "asserted" and (
        event.type in s["type"] or (event.quad_class in MATERIAL and political(event))
        or _institution(event.actor, s) or _institution(event.recipient, s))


def political(event: Event) -> bool:
    """Whether the report's own coding makes it political (see the module docstring)."""
    s = signals()
    return (event.type in s["type"] or (event.mode or "") in s["mode"]
            or ((event.acled_sub_event_type or "") in s["acled"] and not _private_fight(event, s))
            or _actor_political(event.actor, s) or _actor_political(event.recipient, s) or _armed_against(event, s)
            or _armed_mass_violence(event, s) or _held_by_the_state(event, s) or _state_force_on(event, s)
            or _armed_truce(event, s))


def _private_fight(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """An armed clash no political side takes part in: a doer of a ``private`` sector ("rival gangs
    clashed"), a criminal other side ("police exchanged fire with armed robbers") or a lone armed
    man ("a gunman killed two officers"); a side not named ("fighting broke out near the river")
    leaves the fight political, and so do civilians named only as its victims ("leaving nine injured")."""
    if event.acled_sub_event_type != ARMED_CLASH:
        return False  # not "police fired on protesters" (CVL): force used on a protest is political
    actor, recipient = event.actor, event.recipient
    if recipient is not None and (recipient.sector or "") == CRIMINAL:
        return True  # "police exchanged fire with armed robbers"; a civilian recipient may be the fight's victims
    return actor is not None and ((actor.sector or "") in s["private"] or _lone_armed(actor, s))


def _lone_armed(actor: Actor, s: dict[str, frozenset[str]]) -> bool:
    """One armed man of an ``armed`` sector, told in the singular ("a gunman"; not "gunmen", "armed men")."""
    words = actor.text.split()
    head = words[-1].lower() if words else ""
    return (actor.sector or "") in s["armed"] and head != "men" and lexicon.singular(head) == head


def _armed_against(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """A material conflict act against a ``target`` sector by armed men of an ``armed`` sector
    ("gunmen attacked a police station"); not by one armed man ("a gunman shot an officer") nor a
    man of no armed sector ("a man stabbed an officer"), whose act is a crime unless more is told."""
    actor, recipient = event.actor, event.recipient
    return (event.quad_class == MATERIAL_CONFLICT and recipient is not None and (recipient.sector or "") in s["target"]
            and actor is not None and actor.kind in ("group", "org") and (actor.sector or "") in s["armed"]
            and not _lone_armed(actor, s))


#: the fewest killed at once that make armed men's violence against civilians a massacre: ACLED codes
#: attacks and abductions by unidentified armed groups as political violence; a crime seldom kills so many
MASS_TOLL = 5


def _armed_mass_violence(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """Armed men of an ``armed`` sector, more than one, who kill at least :data:`MASS_TOLL` at once
    ("gunmen killed 12 worshippers at a mosque") or carry a group of people off ("bandits kidnapped
    80 villagers"; not "kidnapped a businessman for ransom"): an armed group's violence against
    civilians, whoever its victims."""
    actor = event.actor
    if event.quad_class != MATERIAL_CONFLICT or actor is None or actor.kind not in ("group", "org"):
        return False
    if (actor.sector or "") not in s["armed"] or _lone_armed(actor, s):
        return False
    # "more than 100 people" gives only a floor (low 101, no best): it is a toll all the same
    killed = max((c.best or c.low or 0 for c in event.counts if c.kind == "killed"), default=0)
    taken = event.mode == "abduct" and event.recipient is not None and event.recipient.kind == "group"
    return taken or killed >= MASS_TOLL


def _armed_truce(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """A ceasefire or peace deal (ACLED's Agreement) with an armed side of an ``armed`` sector ("the
    warring factions signed a ceasefire"); not a truce of firms, unions or neighbours, nor of gangs."""
    return event.acled_sub_event_type == TRUCE and any(
        a is not None and (a.sector or "") in s["armed"] for a in (event.actor, event.recipient))


def _held_by_the_state(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """An arrest of someone of a ``held`` sector (a journalist) by the state's own forces, or by no
    one named: the state silencing its critics (ACLED: arrests of significant individuals)."""
    recipient, actor = event.recipient, event.actor
    if event.mode != "arrest" or recipient is None or (recipient.sector or "") not in s["held"]:
        return False
    return actor is None or (actor.sector or "") in STATE_BODY_SECTORS


def _state_force_on(event: Event, s: dict[str, frozenset[str]]) -> bool:
    """Force the state's own forces use on people of a ``victim`` sector (students, workers,
    journalists: "police beat students in their dormitories"), a protest told or not."""
    recipient, actor = event.recipient, event.actor
    return (event.type == "ASSAULT" and recipient is not None and (recipient.sector or "") in s["victim"]
            and actor is not None and (actor.sector or "") in STATE_BODY_SECTORS)


#: the actor sector that keeps a report an incident even in a political article
CRIMINAL = "CRM"


#: the shortest text (in tokens) whose silence about political actors says something: a lone
#: sentence ("The two men met on Friday") may leave out who they are
FORUM_MIN_TOKENS = 120
#: PLOVER quad classes of statements (verbal cooperation and conflict)
VERBAL = frozenset({1, 3})
#: entity labels whose text may name an organisation of the lexicon
_ORG_LABELS = frozenset({"ORG", "NORP"})


def forum(doc: "Doc", lexicon: "ActorLexicon | None") -> bool:
    """Whether the article names an actor whose statements are public affairs (see the module
    docstring): an institution (a common noun of kind ``org``), a title that is not generic
    ("minister", not "president" or "director"; capitalised before a person's name too) or an
    organisation of the lexicon, of a political
    or ``voice`` sector or kind; or a known leader (``leaders.tsv``)."""
    if lexicon is None or len(doc) < FORUM_MIN_TOKENS:
        return True
    s = signals()
    sectors = s["sector"] | s["voice"]
    for tok in doc:
        if tok.pos_ == "PROPN" and _titles_a_name(tok):  # "Prime *Minister* David Cameron"
            title = lexicon.title(tok.lemma_)
            if title is not None and not title.generic and title.sector in sectors:
                return True
        if tok.pos_ != "NOUN":
            continue
        left = tok.nbor(-1) if tok.i > 0 and tok.nbor(-1).dep_ == "compound" else None
        noun = (left is not None and lexicon.noun(f"{left.lemma_.lower()} {tok.lemma_}")) or lexicon.noun(tok.lemma_)
        if noun is not None and noun.kind == "org" and noun.sector in sectors and not gathering(tok):
            # "the party", not "a house party" (a phrase of its own) or "shot at a party"
            return True  # "the government", "parliament", "the union" (not "workers", "a tank")
        title = lexicon.title(tok.lemma_)
        if title is not None and not title.generic and title.sector in sectors:
            return True  # "the minister", "a senator" (not "the president" of a firm)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and lexicon.leader(ent.text) is not None:
            return True
        if ent.label_ in _ORG_LABELS:
            org = lexicon.organisation(ent.text)
            if org is not None and (org.sector in sectors or org.actor_kind in s["kind"]):
                return True
    return False


def _titles_a_name(tok: "Token") -> bool:
    """A capitalised word (the model's PROPN) just before a person's name, where a title stands
    ("Interior *Minister* Ana Ruiz"); not a word of a firm's name ("General Motors")."""
    return tok.ent_type_ != "PERSON" and tok.i + 1 < len(tok.doc) and tok.nbor(1).ent_type_ == "PERSON"


def scoped(events: Sequence[Event], *, in_forum: bool = True) -> list[Event]:
    """``events`` with their ``scope`` set; statements outside a political forum dropped (see
    the module docstring)."""
    own = [political(e) for e in events]
    context = any(_makes_context(e) for e in events)
    out = []
    for p, e in zip(own, events):
        lent = context and (e.actor is None or e.actor.sector != CRIMINAL)
        if not (p or lent) and e.quad_class in VERBAL and not in_forum:
            continue
        out.append(replace(e, scope="political" if p or lent else "incident"))
    return out
