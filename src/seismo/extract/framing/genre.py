"""A sports report is no political news: its attacks, sieges, bans and surrenders are play.

    drop_sport(drafts, doc, table=...)  removes, in place, the drafts of a sports report that
                                        tell no violence off the field

A report is about sport when it uses the words of the game: two or more words of class
``sport_word`` of ``data/triggers.tsv`` (words no other news uses so: "referee", "striker",
"innings"), or one with three or more of class ``sport_context`` (words sport shares with other
news: "goal", "league", "match", "season").  In one, "Arsenal demolished Chelsea", "laid siege to
the goal", "surrendered too easily", "booked for protesting a call", "a two-match ban" and "City
will keep attacking" are the game's words.  What stays is violence the game's words do not
make: a sentence naming police or troops (class ``forces``: fans who clashed with police), a riot,
an attack with a weapon, and a death or an injury counted (a stampede, a stabbing outside the
ground).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seismo.extract.syntax import in_class

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from seismo.extract.events.coding.triggers import TriggerTable

#: distinct words of the game that make a report a sports report
SPORT_WORDS = 2
#: with one word of the game, the distinct words sport shares with other news that confirm it
SPORT_CONTEXT = 3
#: the violent modes a game never makes (a weapon's act, a riot)
WEAPON_MODES = frozenset({"firearms", "explosives", "heavy-weapons", "crowd-control", "cbrn", "riot", "aerial", "drone",
                          "suicide-attack", "assassinate"})


def is_sports_report(doc: "Doc", *, table: "TriggerTable") -> bool:
    """Whether ``doc`` reports on sport (see the module docstring)."""
    words, context = table.word_class("sport_word"), table.word_class("sport_context")
    lemmas = {t.lemma_.lower() for t in doc if t.is_alpha}
    strong = len(lemmas & words)
    return strong >= SPORT_WORDS or (strong >= 1 and len(lemmas & context) >= SPORT_CONTEXT)


def drop_sport(drafts: "list[list[Any]]", sents: list["SpacySpan"], doc: "Doc", *, table: "TriggerTable") -> None:
    """In a sports report, keep only the drafts of violence off the field: in a sentence that names
    police or troops, a riot or a weapon's act, or with a death or an injury counted."""
    if not is_sports_report(doc, table=table):
        return
    forces = table.word_class("forces")
    for ds, sent in zip(drafts, sents):
        if any(in_class(t, forces) for t in sent):
            continue
        ds[:] = [d for d in ds if d.mode in WEAPON_MODES or any(c.kind in {"killed", "injured"} for c in d.counts)]
