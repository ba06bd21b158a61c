"""A sports report is no political news: its attacks, sieges, bans and surrenders are play; in a
war report, "the strike" is the attack.

    drop_sport(drafts, sents, doc, table=...)  removes, in place, the drafts of a sports report
                                               that tell no violence off the field
    drop_war_strikes(drafts, sents, table=...) removes, in place, the labour strikes of a report of
                                               air, drone or missile strikes that no word of labour
                                               makes one

A report is a match report when it uses the words of a match: two or more words of class
``sport_word`` of ``data/triggers.tsv`` (words no other news uses so: "goalkeeper", "innings",
"touchdown"), or one with a score ("5-0") and three or more of class ``sport_context`` (words
sport shares with other news: "goal", "league", "match", "season").  In one, "Arsenal demolished Chelsea", "laid siege to
the goal", "surrendered too easily", "booked for protesting a call", "a two-match ban" and "City
will keep attacking" are the game's words.  What stays is violence the game's words do not
make: a sentence naming police or troops, a state or a nation (classes ``forces``, ``polity`` and
``sport_public``, or a people: fans who clashed with police, a player arrested by the
authorities, Iranian fans protesting at home), a riot, an attack with a weapon, and a death or
an injury counted (a stampede, a stabbing outside the ground).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from seismo.extract.syntax import in_class, sentence_words
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.extract.events.coding.triggers import TriggerTable

#: distinct words of a match report that make a report a sports report
SPORT_WORDS = 2
#: with one word of a match report and a score ("5-0"), the distinct words sport shares with other
#: news that confirm it
SPORT_CONTEXT = 3
#: a match's score as reports give it ("won 2-0", "a 5-0 rout")
SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
#: the violent modes a game never makes (a weapon's act, a riot)
WEAPON_MODES = frozenset({"firearms", "explosives", "heavy-weapons", "crowd-control", "cbrn", "riot", "aerial", "drone",
                          "suicide-attack", "assassinate"})


def is_sports_report(doc: "Doc", *, table: "TriggerTable") -> bool:
    """Whether ``doc`` is a match report (see the module docstring): two words of class
    ``sport_word``, or one with a score and three words of class ``sport_context``.  A player's
    past ("a former footballer", "the cricketer who led Pakistan") makes no match report."""
    words, context = table.word_class("sport_word"), table.word_class("sport_context")
    lemmas = {t.lemma_.lower() for t in doc if t.is_alpha}
    strong = len(lemmas & words)
    return strong >= SPORT_WORDS or (strong >= 1 and SCORE.search(doc_text(doc)) is not None
                                     and len(lemmas & context) >= SPORT_CONTEXT)


def drop_sport(drafts: "list[list[Any]]", sents: list["SpacySpan"], doc: "Doc", *, table: "TriggerTable") -> None:
    """In a sports report, keep only the drafts of violence off the field: in a sentence that names
    police or troops, a riot or a weapon's act, or with a death or an injury counted."""
    if not is_sports_report(doc, table=table):
        _drop_protests_at_play(drafts, sents, table=table)
        return
    public = table.word_class("forces") | table.word_class("polity") | table.word_class("sport_public")
    game, arms = table.word_class("sport_word"), table.word_class("weaponry") | table.word_class("hostile")
    for ds, sent in zip(drafts, sents):
        if any(in_class(t, public) or _people(t) for t in sent):
            continue  # police, troops, a state or a people in the sentence: no game (a team's town is no state)
        words = sentence_words(sent)
        # a shot past the goalkeeper is the game's: no weapon, no attacker named beside the game's words
        shot = not words.isdisjoint(game) and words.isdisjoint(arms)
        ds[:] = [d for d in ds if (d.mode in WEAPON_MODES and not (shot and d.mode == "firearms"))
                 or any(c.kind in {"killed", "injured"} and not shot for c in d.counts)]


def _drop_protests_at_play(drafts: "list[list[Any]]", sents: list["SpacySpan"], *, table: "TriggerTable") -> None:
    """Outside a match report, a demonstration told in a sentence of the game (a word of class
    ``sport_word``: the referee, the goalkeeper) with a call of the game (class ``call_word``: a
    decision, a penalty, a card), by a side at play (class ``sport_side``: players, a coach, a
    team) or no one named, that names no police, troops, state or people and no crowd of fans
    (class ``festive``) is players or a coach objecting to a call ("walked off the pitch in protest
    at the referee's decision"), no protest: its draft is dropped; players kneeling against racism
    still protest."""
    public = table.word_class("forces") | table.word_class("polity") | table.word_class("sport_public")
    game, fans = table.word_class("sport_word"), table.word_class("festive") | {"supporter"}
    players = table.word_class("sport_side")
    for ds, sent in zip(drafts, sents):
        words = sentence_words(sent)
        if not any(d.type == "PROTEST" and d.mode == "demo" for d in ds) or words.isdisjoint(game) or not words.isdisjoint(fans):
            continue
        if words.isdisjoint(players) or words.isdisjoint(table.word_class("call_word")):
            continue  # "referees protested over pay", "players knelt to protest against racism"
        if not any(in_class(t, public) or _people(t) for t in sent):  # "parents protested": no side objecting
            ds[:] = [d for d in ds if not (d.type == "PROTEST" and d.mode == "demo"
                                           and (d.actor_tok is None or in_class(d.actor_tok, players)))]


def _people(tok: "Token") -> bool:
    """A people named by one word or before a noun ("Iranian fans", "South African fans"): the
    tagger also takes a player's name for one ("... shot past goalkeeper Elia Caprile")."""
    if tok.ent_type_ != "NORP" or tok.ent_iob_ != "B":
        return False
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end == tok.i + 1 or (end < len(tok.doc) and tok.doc[end].pos_ == "NOUN")


#: the modes of an attack that news calls a "strike" (an air, drone, missile or artillery strike)
STRIKE_MODES = frozenset({"aerial", "drone", "heavy-weapons"})


def drop_war_strikes(drafts: "list[list[Any]]", sents: list["SpacySpan"], *, table: "TriggerTable") -> None:
    """In an article that tells of an air, drone, missile or artillery attack (a draft of
    :data:`STRIKE_MODES`), a "strike" its own sentence makes no labour strike (no word of class
    ``labour``, no modifier of class ``strikekind``: "a general strike") is that attack told
    again ("the strike came days after talks failed"), not a walkout: its draft is dropped."""
    if not any(d.type == "ASSAULT" and d.mode in STRIKE_MODES for ds in drafts for d in ds):
        return
    labour, kinds = table.word_class("labour"), table.word_class("strikekind")
    for ds, sent in zip(drafts, sents):
        if not sentence_words(sent).isdisjoint(labour):
            continue
        ds[:] = [d for d in ds if not (d.type == "PROTEST" and d.mode == "strike" and _bare_strike(d, kinds))]


def _bare_strike(d: Any, kinds: frozenset[str]) -> bool:
    """A "strike" no one is said to hold: no striker (its draft's actor), not begun, held or
    called ("students began a strike", "a strike called by the factions", "went on strike"), no
    kind of walkout ("a general strike")."""
    head = d.head
    if head.lemma_.lower() != "strike" or d.actor_tok is not None or head.dep_ in ("dobj", "conj"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "on":  # "went on strike"
        return False
    return not any(c.dep_ in ("acl", "relcl") or in_class(c, kinds) for c in head.children)
