"""Speakers as people and organisations: every name a store gives one speaker, counted once.

    speaker_entities(conn)                        every speaker of the store, grouped
    speaker_names(conn, text)                     the stored names containing ``text``
    speaker_condition(conn, text)                 quotes by a speaker called ``text`` under any name
    speaker_counts(conn, where, speaker=, limit=) quotes per speaker   (also ``Store.speakers``)

A speaker's name is its ``speaker_name``, else the mention as written (``speaker_text``).
The names are grouped by :func:`seismo.resolve.identity.group_names` ("Tokayev", "President
Tokayev" and "Kassym-Jomart Tokayev" are one speaker) over the store's *distinct* names, one
``GROUP BY`` away, never over every quote; identity is store-wide, so a filter changes the
counts and never the canonical name or aliases.  Each function takes an open connection and
knows nothing of :class:`~seismo.store.Store`, whose methods call them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from seismo.resolve import identity
from seismo.store import schema as S
from seismo.store.read.query import SpeakerCount, clean_text
from seismo.store.read.search import contains

#: a ``speaker`` filter takes in every name of the speakers it matches when they have at most this many
MAX_OTHER_NAMES = 500


def _who() -> sa.ColumnElement[str]:
    c = S.quotes.c
    return sa.func.coalesce(c.speaker_name, c.speaker_text)


def speaker_entities(conn: sa.Connection) -> list[identity.Identity]:
    """Every speaker of the store, each person or organisation once under all its names."""
    c = S.quotes.c
    who = _who().label("who")
    query = (
        sa.select(who, c.speaker_country, c.speaker_org, sa.func.count().label("n"))
        .where(c.speaker_start.is_not(None))
        .group_by(who, c.speaker_country, c.speaker_org)
    )
    names = [identity.NameCount(row.who, int(row.n), row.speaker_country, row.speaker_org)
             for row in conn.execute(query) if row.who is not None]
    return identity.grouped(names)


def _written(text: str) -> sa.ColumnElement[bool]:
    c = S.quotes.c
    return sa.or_(contains(c.speaker_name, text), contains(c.speaker_text, text))


def speaker_names(conn: sa.Connection, text: str) -> set[str]:
    """The distinct speaker names of the quotes whose speaker name or mention contains ``text``."""
    c = S.quotes.c
    query = sa.select(_who()).where(c.speaker_start.is_not(None), _written(text)).distinct()
    return {name for name in conn.execute(query).scalars() if name is not None}


def speaker_condition(conn: sa.Connection, speaker: str | None) -> sa.ColumnElement[bool] | None:
    """Quotes whose speaker name or mention contains ``speaker``, or whose speaker is the same
    person or organisation under another name (when the matched speakers have at most
    :data:`MAX_OTHER_NAMES` names in all); None when ``speaker`` is empty."""
    if (text := clean_text(speaker, name="speaker")) is None:
        return None
    matched = speaker_names(conn, text)
    names = {form for e in speaker_entities(conn) if not matched.isdisjoint(e.forms) for form in e.forms}
    if not names or len(names) > MAX_OTHER_NAMES:
        return _written(text)
    return sa.or_(_written(text), _who().in_(sorted(names)))


def speaker_counts(conn: sa.Connection, where: Sequence[sa.ColumnElement[bool]], *, speaker: str | None = None,
                   limit: int | None = 20) -> list[SpeakerCount]:
    """Quotes per speaker among those ``where`` selects, most quoted first: one row per person
    or organisation, its canonical name, organisation, count and aliases.  ``speaker`` keeps
    the speakers any of whose names or mentions contain it."""
    c = S.quotes.c
    who = _who().label("who")
    query = sa.select(who, sa.func.count().label("n")).where(c.speaker_start.is_not(None), *where).group_by(who)
    entities = speaker_entities(conn)
    counts = {row.who: int(row.n) for row in conn.execute(query)}
    if (text := clean_text(speaker, name="speaker")) is not None:
        matched = speaker_names(conn, text)
        entities = [e for e in entities if not matched.isdisjoint(e.forms)]
    found = [SpeakerCount(e.name, e.organization, n, e.aliases) for e in entities
             if (n := sum(counts.get(form, 0) for form in e.forms))]
    found.sort(key=lambda s: (-s.quotes, s.speaker.casefold(), s.speaker))
    return found if limit is None else found[:limit]


def speaker_entity_names(conn: sa.Connection) -> dict[str, str]:
    """Each stored speaker name -> the canonical name of the person or organisation it names."""
    return {form: e.name for e in speaker_entities(conn) for form in e.forms}
