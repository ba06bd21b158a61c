"""The event coder's links to the steps other modules own — actors, counts, modality, claims —
with small stand-ins used only while a module is not installed.

Each link looks its function up once (``Links.load()``); a module that is absent (or still a
stub without the function) falls back to the plain rule here, so the coder always runs.
The stand-ins are deliberately modest:

* actor — a group / person / org / country guess from the entity label, no country;
* counts — none;
* modality — negation (``not``, ``no``, ``never``, ``without``), future (``will``, ``shall``,
  ``going to``, ``plan to``), hypothetical (``could``, ``might``, ``may``, ``if``), with the
  reportative conditional ("the arrested would be 2,300, according to X") read as asserted;
* claim — ``according to X`` or the subject of a reporting verb; hedged when attributed.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from seismo.model import Actor, Count, Span, When

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

STEP_ACTORS = "seismo.events.v1"
NEGATORS = frozenset({"not", "n't", "never", "no", "without", "nor", "neither"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
FUTURE_VERBS = frozenset({"plan", "intend", "prepare", "threaten", "vow", "promise", "expect", "schedule"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "would", "can", "must"})
REPORTING_VERBS = frozenset({"say", "report", "claim", "tell", "state", "announce", "allege", "add", "confirm"})
HEDGES = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "talk", "rumour", "rumor", "unconfirmed"})
HISTORICAL_DAYS = 365


@dataclass(frozen=True, slots=True)
class Claim:
    """Who an event is attributed to and whether the report is hedged."""

    source: Span | None
    hedged: bool


def _function(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _model_span(obj: Any) -> Span | None:
    """A model Span from whatever an attribution gives (a spaCy span or a model Span)."""
    if obj is None:
        return None
    if hasattr(obj, "start_char"):
        return Span(obj.start_char, obj.end_char, obj.text)
    if isinstance(obj, Span):
        return obj
    return None


# ------------------------------------------------------------------ stand-ins


def fallback_actor(span: "SpacySpan") -> Actor | None:
    head = span.root
    if head.pos_ == "PRON":
        return None
    label = head.ent_type_
    kind = {"PERSON": "person", "ORG": "org", "GPE": "country", "NORP": "group"}.get(label, "group")
    return Actor(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=span.text if label in ("PERSON", "ORG", "GPE") else None,
        country=None,
        sector=None,
        kind=kind,
        confidence=0.3,
        step=STEP_ACTORS,
    )


def _clause_verbs(trigger: "Token") -> list[Any]:
    """The trigger head and the verbs governing it up to its clause head."""
    tok = trigger
    chain = [tok]
    while tok.dep_ not in ("ROOT",) and tok.head.i != tok.i and (tok.pos_ != "VERB" or tok.dep_ in ("xcomp", "dobj")):
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp",):
            break
    return chain


def fallback_modality(trigger: "Token", *, sent: "SpacySpan", dates: tuple[When, ...], published: dt.date | None) -> str:
    chain = _clause_verbs(trigger)
    children = [c for tok in chain for c in tok.children]
    words = {c.lower_ for c in children}
    if words & NEGATORS or any(c.dep_ == "neg" for c in children):
        return "negated"
    if words & FUTURE_AUX or any(t.lemma_ in FUTURE_VERBS for t in chain[1:]):
        return "future"
    if any(c.lower_ == "if" and c.dep_ == "mark" for c in children):
        return "hypothetical"
    modals = words & HYPOTHETICAL_AUX
    if modals:
        reported = modals <= {"would"} and attribution_source(sent) is not None
        if not reported:
            return "hypothetical"
    if published is not None:
        for when in dates:
            if not (sent.start_char <= when.start and when.end <= sent.end_char):
                continue
            if when.latest and (published - when.latest).days > HISTORICAL_DAYS:
                return "historical"
            if when.earliest and when.earliest > published:
                return "future"
    return "asserted"


def attribution_source(sent: "SpacySpan") -> "SpacySpan | None":
    """``according to X`` or the subject of a reporting verb, as a spaCy span."""
    for tok in sent:
        if tok.lemma_.lower() == "accord":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return sent.doc[pobj.left_edge.i : pobj.i + 1]
    for tok in sent:
        if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                return sent.doc[subj.left_edge.i : subj.i + 1]
    return None


def fallback_claim(trigger: "Token", *, sent: "SpacySpan") -> Claim:
    source = attribution_source(sent)
    hedged = any(t.lemma_.lower() in HEDGES for t in sent)
    if source is not None and any(t.lower_ == "would" for t in sent):
        hedged = True
    return Claim(_model_span(source), hedged)


# ------------------------------------------------------------------ the links


@dataclass(frozen=True, slots=True)
class Links:
    """The functions the coder calls, each the owner's when installed, else the stand-in."""

    resolve_actor: Callable[..., Any] | None
    memory_factory: Callable[..., Any] | None
    find_counts: Callable[..., Any] | None
    modality_of: Callable[..., Any] | None
    attribution_of: Callable[..., Any] | None

    @classmethod
    def load(cls) -> "Links":
        return cls(
            resolve_actor=_function("seismo.resolve.actors", "resolve_actor"),
            memory_factory=_function("seismo.resolve.actors", "ActorMemory"),
            find_counts=_function("seismo.extract.counts", "find_counts"),
            modality_of=_function("seismo.extract.modality", "modality_of"),
            attribution_of=_function("seismo.extract.claims", "attribution_of"),
        )

    def memory(self, lexicon: Any) -> Any:
        if self.memory_factory is None or lexicon is None:
            return None
        return self.memory_factory(lexicon)

    def actor(self, span: "SpacySpan", *, lexicon: Any, memory: Any, places: tuple[Any, ...]) -> Actor | None:
        if self.resolve_actor is not None and lexicon is not None:
            return self.resolve_actor(span, lexicon=lexicon, memory=memory, places=places)
        return fallback_actor(span)

    def counts(self, sent: "SpacySpan") -> tuple[Count, ...]:
        if self.find_counts is None:
            return ()
        return tuple(self.find_counts(sent))

    def modality(self, trigger: "Token", *, sent: "SpacySpan", dates: tuple[When, ...], published: dt.date | None) -> str:
        if self.modality_of is not None:
            return str(self.modality_of(trigger, sent=sent, dates=dates, published=published))
        return fallback_modality(trigger, sent=sent, dates=dates, published=published)

    def claim(self, trigger: "Token", *, sent: "SpacySpan") -> Claim:
        if self.attribution_of is not None:
            found = self.attribution_of(trigger, sent=sent)
            return Claim(_model_span(getattr(found, "source", None)), bool(getattr(found, "hedged", False)))
        return fallback_claim(trigger, sent=sent)
