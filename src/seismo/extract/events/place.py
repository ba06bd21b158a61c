"""Where and when an event happened: the place and time expression attached to its trigger.

Location, in order of preference:

1. a place inside the trigger's phrase or its arguments ("in/at/near X", the compound of
   "Almaty City Hall", the possessor of "Almaty's main square");
2. a place elsewhere in the same clause, then in the same sentence — but not a country or
   city that is itself a subject or object there ("Moscow condemned ...": an actor), nor a
   place that only describes the actor ("the alliance *led by Moscow* intervened"), nor a
   country that owns something other than a part of a place ("*Russia's* news agency
   reported", "*Kenya's* president said"; class ``place_noun``: "Kenya's coast" locates);
3. the scene: a place named as a place ("in X") in the sentence before, within the same
   paragraph (:func:`scene_before`) — "Police fired in Vadodara. Two men died." puts the deaths
   in Vadodara, not in the article's dateline town;
4. the article's main place: the most-mentioned place.

Only *literal* places locate events: a demonym ("the Russian delegation", role
``associative``) or a seat standing for its institution ("the Kremlin said", role ``metonym``)
never becomes an event's location (:func:`is_literal`); the actor step still reads them.

Precision: 1 a city or site, 2 an admin area or region, 3 a country.

Date: a time expression (:class:`~seismo.model.When`) in the trigger's clause, else the
publication date with ``source="published"``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import clause_head, first_conjunct, is_verbal, root_at, subjects
from seismo.model import EventDate, EventLocation, Place, Span, When
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PRECISION = {"city": 1, "site": 1, "admin": 2, "region": 2, "feature": 2, "country": 3}
#: how a place word hangs on a noun when it names where that thing is ("Almaty City Hall")
LOCATIVE_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class Anchored:
    """A record (place or time expression) with the token heading it in the parse."""

    record: Place | When
    token: "Token"


def anchor(doc: "Doc", records: Sequence[Place | When]) -> list[Anchored]:
    """Each record with its root token; records that do not align with tokens are skipped."""
    out = []
    for rec in records:
        root = root_at(doc, rec.start, rec.end)
        if root is not None:
            out.append(Anchored(rec, root))
    return out


def is_literal(record: Place | When) -> bool:
    """Whether a record may locate an event: a literal place (not a demonym or metonym)."""
    return not isinstance(record, Place) or record.role == "literal"


def main_place(places: Sequence[Place]) -> Place | None:
    """The most-mentioned literal place of the article (first mention of it; ties: earliest)."""
    places = [p for p in places if is_literal(p)]
    if not places:
        return None
    tally = Counter((p.name, p.country, p.kind) for p in places)
    best = max(tally.values())
    return next(p for p in places if tally[(p.name, p.country, p.kind)] == best)


#: links by which a verb belongs to the clause above it ("tried *to* flee", "the *burned* car")
NONFINITE_LINKS = frozenset({"xcomp", "amod", "acl"})


def _clause(tok: "Token") -> "Token":
    """The verb heading the clause ``tok`` is in, an infinitive or participle counting as part
    of the clause it hangs on."""
    return clause_head(tok, skip=NONFINITE_LINKS)


def _within(tok: "Token", top: "Token") -> bool:
    return top.left_edge.i <= tok.i <= top.right_edge.i and top in (tok, *tok.ancestors)


def _is_locative(tok: "Token") -> bool:
    """A place used as a place: after a locative preposition or as a modifier of a noun
    ("in Almaty", "Almaty City Hall", "Almaty's square"), not "the rhetoric of Moscow"."""
    first = first_conjunct(tok)
    if first.dep_ == "pobj":
        return first.head.lower_ in lexicon.word_class("locative_prep")  # "in X", "near X", "across X"
    return first.dep_ in LOCATIVE_DEPS or first.dep_ == "appos"


def _owner(tok: "Token", record: Place | When) -> bool:
    """A country as the possessor of anything but a part of a place ("Russia's news agency",
    "Kenya's president"; not "Kenya's coast"): it names an owner, not where the event was."""
    first = first_conjunct(tok)
    return (isinstance(record, Place) and record.kind == "country" and first.dep_ == "poss"
            and first.head.lemma_.lower() not in lexicon.word_class("place_noun"))


def locate(
    head: "Token",
    *,
    sent: "SpacySpan",
    places: Sequence[Anchored],
    parts: Sequence["Token"] = (),
    main: Place | None = None,
    actor: "Token | None" = None,
) -> EventLocation | None:
    """The location of an event triggered at ``head``; ``parts``: its actor / recipient heads;
    ``actor``: the actor's head, whose description ("led by Moscow") is not the event's place."""
    in_sent = [a for a in places if sent.start <= a.token.i < sent.end and is_literal(a.record)]
    best: tuple[int, int, Anchored] | None = None
    clause = _clause(head)
    own = subjects(head) if is_verbal(head) else []  # a verbal trigger's subjects describe who acts
    describers = [*own, *([actor] if actor is not None else [])]
    for a in in_sent:
        tok = a.token
        if any(tok.i == p.i for p in parts) and isinstance(a.record, Place) and a.record.kind == "country":
            continue
        if any(_within(tok, d) for d in describers) and not _is_locative(tok):
            continue  # "the alliance led by Moscow intervened": a place describing the actor
        if _owner(tok, a.record):
            continue  # "Russia's state news agency reported": an owner, not a scene
        if _within(tok, head) or any(_within(tok, p) for p in parts):
            rank = 0
        elif _within(tok, clause) and _is_locative(tok):
            rank = 1
        elif _is_locative(tok):
            rank = 2
        else:
            continue
        key = (rank, abs(tok.i - head.i), a)
        if best is None or key[:2] < best[:2]:
            best = key
    place = best[2].record if best is not None else main
    if not isinstance(place, Place) or not is_literal(place):
        return None
    return EventLocation(place=place, precision=PRECISION.get(place.kind, 3))  # type: ignore[arg-type]


def scene_before(sent: "SpacySpan", places: Sequence[Anchored]) -> Place | None:
    """The last city, area or region named as a place in the sentence before ``sent``, when no
    paragraph break lies between them (None otherwise)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[prev.end_char : sent.start_char] or "\n\n" in prev.text:
        return None
    found = [a for a in places if prev.start <= a.token.i < prev.end and isinstance(a.record, Place)
             and is_literal(a.record) and a.record.kind != "country" and _is_locative(a.token)]
    return found[-1].record if found else None  # type: ignore[return-value]


def date_of(
    head: "Token",
    *,
    sent: "SpacySpan",
    dates: Sequence[Anchored],
    published: dt.date | None,
) -> EventDate | None:
    """The time expression in the trigger's phrase, else the nearest anywhere under the verb of
    its clause (an infinitive or participle counting as part of the clause above), else the
    publication date.  Broader than the date that sets a trigger's modality
    (:func:`seismo.extract.framing.modality.attached_date`): in "unions called a strike after
    talks failed on Monday" the strike's event is dated Monday."""
    clause = _clause(head)
    best: tuple[int, int, When] | None = None
    for a in dates:
        tok = a.token
        if not (sent.start <= tok.i < sent.end) or not isinstance(a.record, When):
            continue
        if _within(tok, head):
            rank = 0
        elif _within(tok, clause):
            rank = 1
        else:
            continue
        key = (rank, abs(tok.i - head.i), a.record)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is not None:
        when = best[2]
        return EventDate(value=when.value, precision=when.precision, source="text", span=Span(when.start, when.end, when.text))
    if published is None:
        return None
    return EventDate(value=published.isoformat(), precision="day", source="published")
