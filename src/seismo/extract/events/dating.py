"""When an event happened: the time expression of its own phrase or clause, the day its teller
spoke, the day of the news dateline before it, else the publication date (:func:`date_of`), for
which the date of a report told in the same sentence stands in (:func:`share_dates`).

Read by the event coder (:mod:`seismo.extract.events.coder`); the places of events are
:mod:`seismo.extract.events.place`'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.dates.lean import after_since
from seismo.extract.events.place import Anchored, clause_of, within
from seismo.extract.framing.claims import attribution_cues
from seismo.extract.framing.modality import HISTORICAL_AFTER
from seismo.extract.framing.timing import opening_date, same_time_clause
from seismo.extract.syntax import in_noun_clause
from seismo.extract.timex.values import value_bounds
from seismo.model import Event, EventDate, Span, When
from seismo.nlp import dateline_before, datelines, doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _dates_another(tok: "Token", head: "Token", event_word: "Callable[[Token], bool]") -> bool:
    """A possessive time expression of an event noun (``event_word``) other than the trigger:
    "marched to mark *last year's* protests" dates the protests, not the march ("attacked
    Monday's convoy" still dates the attack, and so does an event it is set against: "arrested 30
    after Saturday's protest")."""
    owner = next((t for t in (tok, tok.head) if t.dep_ == "poss"), None)
    if owner is None or owner.head.i == head.i or not event_word(owner.head):
        return False
    noun = owner.head  # "arrested 30 during / after / at Saturday's protest": the act is of that day
    relation = lexicon.word_class("set_against_prep")
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "after Saturday's protest turned violent"
        return not any(c.dep_ == "mark" and c.lower_ in relation for c in noun.head.children)
    return not (noun.dep_ == "pobj" and noun.head.lower_ in relation)


def _about_else(clause: "Token", event_word: "Callable[[Token], bool]") -> bool:
    """Whether a clause said beside an act is about something else: its verb is no event word and
    no verb of class ``occurrence_verb``, and its subject no pronoun that may stand for the act
    ("saying *prices* rose last year", "to allow *talks* planned for next week"; not "saying *it*
    was carried out on Monday", "adding the strike *took* place on Tuesday", "saying they were
    *caught* on Monday")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not (event_word(clause) or clause.lemma_.lower() in lexicon.word_class("occurrence_verb")
                or any(s.tag_ in ("PRP", "WDT", "WP") for s in subjects))


def _in_event_clause(tok: "Token", teller: "Token", event_word: "Callable[[Token], bool]") -> bool:
    """Whether ``tok`` lies in a clause on a noun of the teller's clause whose verb tells another
    event ("the rebels, who *seized* the town in April, said ..."); not one telling when or how the
    teller spoke ("speaking to reporters on Tuesday", "in a report published on Tuesday")."""
    return any(t.dep_ in ("relcl", "acl") and event_word(t) for t in [tok, *tok.ancestors] if t.i != teller.i
               and teller.left_edge.i <= t.i <= teller.right_edge.i)


def _later_than(when: When, published: dt.date | None) -> bool:
    """Whether ``when`` begins after the publication day."""
    return published is not None and when.earliest is not None and when.earliest > published


def _filed(sent: "SpacySpan", dates: Sequence[Anchored], published: dt.date | None) -> When | None:
    """The day the news dateline last before ``sent`` gives ("KHARTOUM, June 15 (AFP) —"), when it
    is a day no later than publication: what a report tells with no date of its own happened by
    the day it was filed, not the day it was printed."""
    filed = next((day for story, day in reversed(_dateline_days(sent.doc, dates)) if story <= sent.start_char), None)
    if filed is None or published is None or filed.value > published.isoformat():
        return None
    return filed


_DATELINE_DAYS = "seismo.dateline_days"


def _dateline_days(doc: "Doc", dates: Sequence[Anchored]) -> list[tuple[int, When | None]]:
    """Each news dateline of ``doc`` as (where its story begins, the day it gives or None), read
    once per document (kept in ``doc.user_data``)."""
    if _DATELINE_DAYS not in doc.user_data:
        out: list[tuple[int, When | None]] = []
        for _, story in datelines(doc_text(doc)):
            span = doc.char_span(0, story, alignment_mode="contract")
            line = dateline_before(doc[span.end].sent) if span is not None and span.end < len(doc) else None
            day = None if line is None else next(
                (a.record for a in dates if line.start <= a.token.i < line.end and isinstance(a.record, When)
                 and a.record.precision == "day"), None)
            out.append((story, day))
        doc.user_data[_DATELINE_DAYS] = out
    return doc.user_data[_DATELINE_DAYS]


def date_of(head: "Token", *, sent: "SpacySpan", dates: Sequence[Anchored], published: dt.date | None,
            event_word: "Callable[[Token], bool]" = lambda tok: False) -> EventDate | None:
    """The time expression in the trigger's phrase, else the nearest anywhere under the verb of
    its clause (an infinitive or participle counting as part of the clause above), but no day
    after publication for a verb in the simple past and no possessive date of another event noun
    (:func:`_dates_another`); else the day the verb reporting the clause was said ("police said on
    Sunday that 12 had been arrested"); else, in a sentence with no date of its own, a date the news dateline right before it holds ("KABUL,
    March 12 (AP) — Fighters attacked ...": :func:`seismo.nlp.dateline_before`), else the day the
    last dateline before it gives (:func:`_filed`: a report is filed by its dateline's day), else
    the publication date.  A clause of the same time with none of its own ("... were wounded
    last month when gang members attacked them") takes the date of the clause it hangs on
    (:func:`~seismo.extract.framing.timing.same_time_clause`).  Broader than the date that sets a
    trigger's modality
    (:func:`seismo.extract.framing.timing.attached_date`): in "unions called a strike after
    talks failed on Monday" the strike's event is dated Monday."""
    clause = clause_of(head)
    best: tuple[int, int, When] | None = None
    for a in dates:
        tok = a.token
        if not (sent.start <= tok.i < sent.end) or not isinstance(a.record, When):
            continue
        if head.tag_ == "VBD" and _later_than(a.record, published):
            continue  # a done act is not dated by a later day ("urged the unions to return on Monday")
        if _dates_another(tok, head, event_word) or in_noun_clause(tok, head, told_apart=lambda c: _about_else(c, event_word)):
            continue
        if within(tok, head):
            rank = 0
        elif within(tok, clause):
            rank = 1
        else:
            continue
        key = (rank, abs(tok.i - head.i), a.record)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None and same_time_clause(clause) and clause.head.i != clause.i:  # "hurt on Monday when gunmen *stormed* ..."
        return date_of(clause.head, sent=sent, dates=dates, published=published, event_word=event_word)
    teller = clause.head if clause.dep_ == "ccomp" and attribution_cues().get("verb", clause.head.lemma_) else None
    if best is None and teller is not None:  # "police said on Sunday that 12 had been arrested": by Sunday
        told = {t.i for t in teller.subtree} - {t.i for t in clause.subtree}
        best = next(((2, 0, a.record) for a in dates if isinstance(a.record, When) and a.token.i in told
                     and not _dates_another(a.token, teller, event_word) and not _in_event_clause(a.token, teller, event_word)
                     and not _later_than(a.record, published)), None)
    if best is None and (opening := opening_date(sent, [a.record for a in dates if isinstance(a.record, When)
                                                        and sent.start <= a.token.i < sent.end])):
        best = (2, 0, opening)  # "Back in 2019, ... a task force, which arrested its leader": of 2019
    dated = any(sent.start <= a.token.i < sent.end and isinstance(a.record, When) for a in dates)
    if best is None and not dated and (line := dateline_before(sent)) is not None:
        best = next(((2, 0, a.record) for a in dates
                     if line.start <= a.token.i < line.end and isinstance(a.record, When)), None)
    if best is None and not dated and (filed := _filed(sent, dates, published)) is not None:
        best = (3, 0, filed)
    if best is not None:
        when = best[2]
        if (published is not None and when.precision == "day" and when.value < published.isoformat()
                and after_since(doc_text(sent.doc), when.start)):
            # "224 people have been detained since Thursday": all along from that day to the report's
            return EventDate(value=f"{when.value}/{published.isoformat()}", precision="range", source="text",
                             span=Span(when.start, when.end, when.text))
        return EventDate(value=when.value, precision=when.precision, source="text", span=Span(when.start, when.end, when.text))
    if published is None:
        return None
    return EventDate(value=published.isoformat(), precision="day", source="published")


def settle(head: "Token", date: EventDate | None, modality: str, published: dt.date | None) -> tuple[EventDate | None, str]:
    """The date and modality an event keeps: a historical event is not dated by the publication
    day; an asserted event noun dated in its own phrase, through a participle of it, to a time that
    ended more than a year before publication is historical, as modality makes one whose attached
    date did ("the massacre committed by soldiers in 1985"; :func:`_own_phrase`)."""
    if date is not None and date.source == "published" and modality == "historical":
        return None, modality
    bounds = value_bounds(date.value) if date is not None and date.source == "text" and date.span is not None else None
    if (modality == "asserted" and bounds is not None and published is not None and bounds[1] < published - HISTORICAL_AFTER
            and _own_phrase(head, date.span)):
        return date, "historical"
    return date, modality


#: the links from a date up to the event noun it dates in the noun's own phrase
_PHRASE_LINKS = frozenset({"pobj", "prep", "npadvmod", "acl", "nummod", "compound", "amod", "nmod", "agent"})


def _own_phrase(head: "Token", span: Span) -> bool:
    """The date lies in the phrase of the event noun ``head``: reached from it only through
    prepositions, participles and modifiers ("the massacre committed by soldiers *in 1985*"), not
    through a clause of its own ("since the unrest began in 2019")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    found = head.doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None or not len(found):
        return False
    tok = found.root
    while tok.i != head.i:
        if tok.dep_ not in _PHRASE_LINKS or tok.head.i == tok.i or (tok.dep_ == "acl" and tok.tag_ != "VBN"):
            return False
        tok = tok.head
    return True


def share_dates(events: Sequence[Event]) -> list[Event]:
    """The events with each asserted one that only the publication dates (:func:`date_of`'s last
    resort) given the date the text gives a report mentioned again in its sentence: "Teachers
    marched on Monday ... Police fired tear gas to disperse the protesters": the tear gas is
    Monday's, the protesters being a later mention of Monday's march.  A date of the event's own
    stays, and so does one :func:`date_of` ruled out in the report's own sentence ("marched to
    mark last year's strike")."""
    told: dict[tuple[int, int], EventDate] = {}
    for e in events:
        if e.date is not None and e.date.source == "text":
            for span in e.mentions:
                told.setdefault((span.start, span.end), e.date)
    return [replace(e, date=told[key]) if (
        e.modality == "asserted" and e.date is not None and e.date.source == "published"
        and (key := (e.evidence.start, e.evidence.end)) in told) else e for e in events]
