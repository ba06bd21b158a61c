"""Records ↔ table rows: the one place that knows how a record is flattened into columns.

``result_rows(result)`` gives every row one article contributes; the ``*_from_row`` builders
turn stored rows back into the very records that were written (a round trip a test checks).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seismo.extract.timex import value_bounds
from seismo.contract.ids import record_id

if TYPE_CHECKING:  # pragma: no cover
    from seismo.link import ArticleLinks
from seismo.model import (
    Actor,
    Article,
    Count,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Place,
    Quote,
    Result,
    Span,
    Speaker,
    When,
)

log = logging.getLogger(__name__)

Row = dict[str, Any]


@dataclass(slots=True)
class ArticleRows:
    """Every row one article adds, by table name, in insert order."""

    articles: list[Row] = field(default_factory=list)
    entities: list[Row] = field(default_factory=list)
    places: list[Row] = field(default_factory=list)
    dates: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    event_reports: list[Row] = field(default_factory=list)
    counts: list[Row] = field(default_factory=list)

    def extend(self, other: "ArticleRows") -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            getattr(self, name).extend(getattr(other, name))


# --------------------------------------------------------------------------- dates


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a normalised date value denotes (``When.value`` forms, read by
    :func:`seismo.extract.timex.value_bounds`); ``(None, None)`` for no value or one that is no
    calendar stretch."""
    return (value_bounds(value) if value else None) or (None, None)


# --------------------------------------------------------------------------- to rows


def _span_cols(prefix: str, span: Span | None) -> Row:
    if span is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": span.start, f"{prefix}_end": span.end, f"{prefix}_text": span.text}


def _actor_cols(prefix: str, actor: Actor | None) -> Row:
    row = _span_cols(prefix, actor)  # type: ignore[arg-type]
    names = ("name", "country", "sector", "kind", "role", "confidence", "step")
    for name in names:
        row[f"{prefix}_{name}"] = None if actor is None else getattr(actor, name)
    return row


class _Ids:
    """Deterministic record ids, unique within one article (a repeat gets its position added)."""

    def __init__(self, article: str) -> None:
        self.article = article
        self.used: set[str] = set()

    def make(self, kind: str, start: int, end: int, *extra: object, seq: int) -> str:
        parts = [str(e) for e in extra]
        rid = record_id(self.article, kind, start, end, *parts)
        if rid in self.used:
            rid = record_id(self.article, kind, start, end, *parts, f"#{seq}")
        self.used.add(rid)
        return rid

    def claim(self, given: str, kind: str, start: int, end: int, *, seq: int) -> str:
        if given not in self.used:
            self.used.add(given)
            return given
        log.warning("article %s: %s id %s repeated; stored under a derived id", self.article, kind, given)
        return self.make(kind, start, end, given, seq=seq)


def _base(rid: str, article: str, seq: int, start: int, end: int, text: str) -> Row:
    return {"id": rid, "article_id": article, "seq": seq, "start_char": start, "end_char": end, "text": text}


def article_row(article: Article, *, warnings: Sequence[str], added_at: dt.datetime,
                steps: Sequence[str] = ()) -> Row:
    return {
        "id": article.id,
        "date": article.date,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "origin": article.origin,
        "text": article.text,
        "warnings": json.dumps(list(warnings), ensure_ascii=False) if warnings else None,
        "added_at": added_at,
        "steps": json.dumps(list(steps)),
    }


def event_columns(e: Event) -> Row:
    """The coded columns of one report (everything but ids, article and order)."""
    place = e.location.place if e.location else None
    earliest, latest = date_bounds(e.date.value if e.date else None)
    row: Row = {
        "start_char": e.trigger.start,
        "end_char": e.trigger.end,
        "text": e.trigger.text,
        "type": e.type,
        "mode": e.mode,
        "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type,
        "quad_class": e.quad_class,
        **_actor_cols("actor", e.actor),
        **_actor_cols("recipient", e.recipient),
        "geo_precision": e.location.precision if e.location else None,
        **_span_cols("place", place),  # type: ignore[arg-type]
        "location": place.name if place else None,
        "geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "place_kind": place.kind if place else None,
        "place_confidence": place.confidence if place else None,
        "place_step": place.step if place else None,
        "date_value": e.date.value if e.date else None,
        "date_precision": e.date.precision if e.date else None,
        "date_source": e.date.source if e.date else None,
        **_span_cols("date", e.date.span if e.date else None),
        "date_earliest": earliest,
        "date_latest": latest,
        "modality": e.modality,
        "hedged": e.hedged,
        **_span_cols("attributed", e.attributed_to),
        **_span_cols("evidence", e.evidence),
        "confidence": e.confidence,
        "step": e.step,
        "mentions": json.dumps([[m.start, m.end, m.text] for m in e.mentions], ensure_ascii=False),
        "scope": e.scope,
        "part": e.part,
    }
    return row


def apply_links(rows: ArticleRows, links: "ArticleLinks") -> None:
    """Point each report row at the event the linker chose, with its score and reasons."""
    by_report = {x.report_id: x for x in links.reports}
    for row in rows.event_reports:
        link = by_report.get(row["id"])
        if link is None:
            continue
        row["event_id"] = link.event_id
        joined = link.event_id != link.report_id
        row["link_score"] = link.score if joined else None
        row["link_reasons"] = json.dumps(list(link.reasons), ensure_ascii=False) if joined else None


def result_rows(result: Result, *, added_at: dt.datetime) -> ArticleRows:
    """Every row ``result`` adds to the store."""
    a = result.article.id
    ids = _Ids(a)
    rows = ArticleRows(articles=[article_row(result.article, warnings=result.warnings, added_at=added_at,
                                             steps=result.steps)])
    for seq, en in enumerate(result.entities):
        rid = ids.make("entity", en.start, en.end, en.label, seq=seq)
        rows.entities.append({
            **_base(rid, a, seq, en.start, en.end, en.text),
            "label": en.label, "confidence": en.confidence, "step": en.step,
        })
    for seq, p in enumerate(result.places):
        rid = ids.make("place", p.start, p.end, p.name, p.geonameid, seq=seq)
        rows.places.append({
            **_base(rid, a, seq, p.start, p.end, p.text),
            "name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1, "kind": p.kind, "role": p.role, "confidence": p.confidence, "step": p.step,
        })
    for seq, w in enumerate(result.dates):
        rid = ids.make("date", w.start, w.end, w.value, seq=seq)
        rows.dates.append({
            **_base(rid, a, seq, w.start, w.end, w.text),
            "value": w.value, "precision": w.precision, "earliest": w.earliest, "latest": w.latest,
            "confidence": w.confidence, "step": w.step, "type": w.type, "timeml": w.timeml,
        })
    for seq, q in enumerate(result.quotes):
        rid = ids.make("quote", q.start, q.end, q.kind, seq=seq)
        s = q.speaker
        rows.quotes.append({
            **_base(rid, a, seq, q.start, q.end, q.text),
            "kind": q.kind,
            **_span_cols("speaker", s),  # type: ignore[arg-type]
            "speaker_name": s.name if s else None,
            "speaker_role": s.role if s else None,
            "speaker_org": s.organization if s else None,
            "speaker_country": s.country if s else None,
            "speaker_outlet": s.outlet if s else None,
            "speaker_sector": s.sector if s else None,
            **_span_cols("cue", q.cue),
            "confidence": q.confidence,
            "step": q.step,
        })
    for seq, e in enumerate(result.events):
        rid = ids.claim(e.id, "event", e.trigger.start, e.trigger.end, seq=seq)
        columns = event_columns(e)
        rows.event_reports.append({"id": rid, "article_id": a, "seq": seq, "event_id": rid, **columns,
                                   "link_score": None, "link_reasons": None})
        source = e.attributed_to.text if e.attributed_to else None
        for cseq, c in enumerate(e.counts):
            cid = record_id(a, "count", c.start, c.end, c.kind, rid, str(cseq))
            rows.counts.append({
                "id": cid, "report_id": rid, "article_id": a, "seq": cseq, "kind": c.kind,
                "low": c.low, "best": c.best, "high": c.high,
                "start_char": c.start, "end_char": c.end, "text": c.text, "qualifier": c.qualifier,
                **_span_cols("victims", c.victims), "part": c.part,
                "attributed_source": source, "confidence": c.confidence, "step": c.step,
            })
    return rows


# --------------------------------------------------------------------------- from rows


def _span_of(row: Mapping[str, Any], prefix: str) -> Span | None:
    if row[f"{prefix}_start"] is None:
        return None
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _actor_of(row: Mapping[str, Any], prefix: str) -> Actor | None:
    if row[f"{prefix}_start"] is None:
        return None
    return Actor(
        start=row[f"{prefix}_start"], end=row[f"{prefix}_end"], text=row[f"{prefix}_text"],
        name=row[f"{prefix}_name"], country=row[f"{prefix}_country"], sector=row[f"{prefix}_sector"],
        kind=row[f"{prefix}_kind"], role=row[f"{prefix}_role"],
        confidence=row[f"{prefix}_confidence"], step=row[f"{prefix}_step"],
    )


def article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(
        id=row["id"], text=row["text"], date=row["date"], title=row["title"], source=row["source"],
        url=row["url"], origin=row["origin"],
    )


def warnings_from_row(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(json.loads(row["warnings"])) if row["warnings"] else ()


def steps_from_row(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The step versions stored with an article; None when not known (stored before version 4)."""
    return None if row["steps"] is None else tuple(json.loads(row["steps"]))


def entity_from_row(row: Mapping[str, Any]) -> Entity:
    return Entity(row["start_char"], row["end_char"], row["text"], row["label"], row["confidence"], row["step"])


def place_from_row(row: Mapping[str, Any]) -> Place:
    return Place(
        start=row["start_char"], end=row["end_char"], text=row["text"], name=row["name"],
        geonameid=row["geonameid"], lat=row["lat"], lon=row["lon"], country=row["country"],
        admin1=row["admin1"], kind=row["kind"], confidence=row["confidence"], step=row["step"],
        role=row["role"] or "literal",
    )


def when_from_row(row: Mapping[str, Any]) -> When:
    return When(
        start=row["start_char"], end=row["end_char"], text=row["text"], value=row["value"],
        precision=row["precision"], earliest=row["earliest"], latest=row["latest"],
        confidence=row["confidence"], step=row["step"], type=row["type"] or "DATE", timeml=row["timeml"],
    )


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    speaker = None
    if row["speaker_start"] is not None:
        speaker = Speaker(
            start=row["speaker_start"], end=row["speaker_end"], text=row["speaker_text"],
            name=row["speaker_name"], role=row["speaker_role"], organization=row["speaker_org"],
            country=row["speaker_country"], outlet=row["speaker_outlet"], sector=row["speaker_sector"],
        )
    return Quote(
        start=row["start_char"], end=row["end_char"], text=row["text"], kind=row["kind"],
        speaker=speaker, cue=_span_of(row, "cue"), confidence=row["confidence"], step=row["step"],
    )


def count_from_row(row: Mapping[str, Any]) -> Count:
    return Count(
        kind=row["kind"], low=row["low"], best=row["best"], high=row["high"],
        start=row["start_char"], end=row["end_char"], text=row["text"], qualifier=row["qualifier"],
        victims=_span_of(row, "victims"), confidence=row["confidence"], step=row["step"],
        part=row.get("part") or "text",
    )


def event_from_row(row: Mapping[str, Any], counts: Iterable[Mapping[str, Any]] = ()) -> Event:
    location = None
    if row["geo_precision"] is not None:
        place = Place(
            start=row["place_start"], end=row["place_end"], text=row["place_text"], name=row["location"],
            geonameid=row["geonameid"], lat=row["lat"], lon=row["lon"], country=row["country"],
            admin1=row["admin1"], kind=row["place_kind"], confidence=row["place_confidence"],
            step=row["place_step"],
        )
        location = EventLocation(place=place, precision=row["geo_precision"])
    date = None
    if row["date_value"] is not None:
        date = EventDate(
            value=row["date_value"], precision=row["date_precision"], source=row["date_source"],
            span=_span_of(row, "date"),
        )
    return Event(
        id=row["id"], type=row["type"], mode=row["mode"], acled_event_type=row["acled_event_type"],
        acled_sub_event_type=row["acled_sub_event_type"], quad_class=row["quad_class"],
        actor=_actor_of(row, "actor"), recipient=_actor_of(row, "recipient"), location=location,
        date=date, counts=tuple(count_from_row(c) for c in counts), modality=row["modality"],
        attributed_to=_span_of(row, "attributed"), hedged=bool(row["hedged"]),
        evidence=Span(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
        trigger=Span(row["start_char"], row["end_char"], row["text"]),
        confidence=row["confidence"], step=row["step"],
        mentions=tuple(Span(*m) for m in json.loads(row.get("mentions") or "[]")),
        scope=row.get("scope") or "political",
        part=row.get("part") or "text",
    )
