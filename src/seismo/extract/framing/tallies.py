"""A toll, an arrest count or a number of events told for a whole period is a statistic, which no
one happening reports: "290 people were murdered in the city in 2023", "police arrested 2,100
people under the excise law last year", "the war has killed tens of thousands".  Read by
:mod:`seismo.extract.events.coder`, which drops such events (:func:`period_tally`).  Plural event
nouns told only over years are a pattern of the past (:func:`period_pattern`, read by
:mod:`seismo.extract.framing.modality`, which makes them historical).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.syntax import in_class, present_perfect
from seismo.model import When

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span
    from spacy.tokens import Token

    from seismo.model import Event


#: the shortest time (days) a sentence's dates must all span for a toll told in it to be a
#: period's tally: longer than any month, so a day, week or month names one happening's time
PERIOD_DAYS = 60
#: how long a stretch of time a plural event noun must span to tell a pattern of the past, not
#: one event ("repeated protests in recent years", "bombings over the past decade"); two years, so
#: that no one calendar year ("protests this year") is a pattern
PATTERN_SPAN = dt.timedelta(days=730)
#: the smallest arrest figure read as a period's tally: a handful arrested in a year is a case's
ARREST_TALLY = 10


def period_tally(event: "Event", dates: Iterable[When], doc: "Doc | None" = None) -> bool:
    """Whether an attack's toll, an arrest's tally, or a number of events, is told for a period, not
    for one happening: two or more killed or hurt, two or more arrested, or a counted plural event
    noun ("carried out 640 *attacks*", "1,200 *protests* were held"), in a sentence whose time
    expressions all span more than :data:`PERIOD_DAYS` days (a year, "so far this year", "in 2023",
    a decade) and at least one does ("290 people were murdered in the city in 2023", "this year has
    seen more than 120 shooting deaths", "police arrested 2,100 people under the excise law last
    year": at least :data:`ARREST_TALLY` arrested and no one happening named, :func:`_one_arrest`).
    Such a figure is the sum of many happenings, a statistic no one of them reports; a toll with no
    time expression, or one dated to a day, week or month, stays a happening's, and so does one told
    of a singular noun of one happening ("the ambush in 2016 left 31 dead": :func:`toll_of_one`)."""
    if doc is not None and event.type == "ASSAULT" and event.part == "text" and _war_toll(event, doc, dates):
        return True
    kinds = ("killed", "injured") if event.type == "ASSAULT" else ("arrested",) if event.mode == "arrest" else ()
    figure = max((c.best if c.best is not None else (c.low or 0) for c in event.counts if c.kind in kinds), default=0)
    trigger = None if doc is None or event.part != "text" else doc.char_span(event.trigger.start, event.trigger.end)
    counted = trigger is not None and len(trigger) == 1 and trigger[0].tag_ == "NNS" and any(
        c.dep_ == "nummod" for c in trigger[0].children)
    if figure < 2 and not counted:
        return False
    if kinds == ("arrested",) and not counted and (trigger is None or not len(trigger) or figure < ARREST_TALLY
                                                   or _one_arrest(trigger.root)):
        return False
    if toll_of_one(trigger):
        return False  # "the massacre in 1985 left 200 dead": one happening, whatever its date's precision
    sent = trigger[0].sent if trigger is not None and len(trigger) else None
    ranking, totals = lexicon.word_class("ranking"), lexicon.word_class("tally_noun")
    toll = figure if event.type == "ASSAULT" else 0
    if toll < 2 and sent is not None and any((t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
                                                or (t.lower_ in ranking and t.head.i != t.i and t.head.ent_type_ != "DATE"))
                                               and t.head.lemma_.lower() not in totals for t in sent):
        return False  # "three protests, their biggest since 2019", "300 arrests, the most this year": a comparison
        # (not "640 attacks, the highest yearly *total*": a figure ranked among figures is a statistic)
    ev = event.evidence
    told = [d for d in dates if d.type in ("DATE", "TIME", "DURATION") and ev.start <= d.start < ev.end]
    return bool(told) and all(d.earliest is not None and d.latest is not None
                              and (d.latest - d.earliest).days >= PERIOD_DAYS for d in told)


def _one_arrest(trigger: "Token") -> bool:
    """Whether an arrest with a figure, dated to a year, is still one happening or a count that
    grows: its verb (or the verb of an arrest noun) in the present perfect ("police have detained
    200 people since the unrest began in 2019": a count kept up to now, which new arrests add to),
    tied to one happening or case by a preposition of class ``happening_link`` ("arrested 12 people
    in 2023 *over* the bombing", "*in connection with* the robbery") or by a clause on its object
    ("detained five journalists *who had covered the protest*"), or set against another figure
    ("46 arrests, more *than* in the whole of last year")."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else trigger
    links = lexicon.word_class("happening_link")
    if present_perfect(verb):
        return True
    for word in {verb, trigger}:
        for c in word.children:
            if c.dep_ in ("prep", "agent") and (c.lower_ in links or any(g.lemma_.lower() in links for g in c.children)):
                return True
            if c.dep_ in ("advcl",) or (c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ in ("relcl", "acl") for g in c.children)):
                return True
    return any(t.lower_ == "than" and t.dep_ != "quantmod" for t in trigger.sent)  # not "more than 2,000"


def _war_toll(event: "Event", doc: "Doc", dates: Iterable[When]) -> bool:
    """A conflict of months or years, or a toll it has taken, told in the present perfect (class
    ``long_conflict``: "the war *has killed* tens of thousands", "more than 150,000 people *have
    died* in the conflict"): the sum of its battles, no one happening; not a toll its clause gives a
    shorter time ("has killed 30 in the past 24 hours", "since Monday")."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    wars, verb = lexicon.word_class("long_conflict"), span.root
    for _ in range(3):  # from the war, the count or the participle up to its verb
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "amod" or verb.head.i == verb.i:
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    perfect = verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    named += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    hurt = bool(event.counts) or in_class(span.root, wars)
    if not (perfect and hurt and any(in_class(t, wars) for t in named)):
        return False
    clause = {t.idx for t in verb.subtree}
    return not any(d.start in clause and d.earliest is not None and d.latest is not None
                   and (d.latest - d.earliest).days < PERIOD_DAYS for d in dates)


def period_pattern(sent: "Span", dates: Iterable[When]) -> bool:
    """Every date of the sentence spans :data:`PATTERN_SPAN` or more ("over the past decade"): its
    plural event noun is a pattern of the past; not with a day beside it ("protests, which have
    gone on for three years, resumed on Sunday")."""
    told = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.earliest is not None and d.latest is not None]
    return bool(told) and all(d.latest - d.earliest >= PATTERN_SPAN for d in told)


def toll_of_one(trigger: "Span | None") -> bool:
    """The trigger is a singular noun of one happening ("the *massacre*", "a *bombing*"), not one of
    many (class ``aggregate_event``: "violence", "unrest", or ``long_conflict``: "the war"): its
    toll is that happening's."""
    if trigger is None or len(trigger) != 1:
        return False
    tok = trigger[0]
    many = lexicon.word_class("aggregate_event") | lexicon.word_class("long_conflict")
    return tok.tag_ == "NN" and not in_class(tok, many)

