"""The JSON form of a :class:`~seismo.model.Result`: the output contract of ``seismo extract``.

One object per article; documented field by field in ``docs/output.md`` and as JSON Schema in
``docs/extract.schema.json`` (a test validates real output against it).
"""

from __future__ import annotations

from typing import Any

from seismo.model import Actor, Article, Count, Entity, Event, Place, Quote, Result, Span, Speaker, When


def span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "date": a.date.isoformat() if a.date else None,
        "title": a.title,
        "source": a.source,
        "url": a.url,
    }


def entity(e: Entity) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text, "label": e.label}


def place(p: Place) -> dict[str, Any]:
    return {
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "name": p.name,
        "geonameid": p.geonameid,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "kind": p.kind,
        "role": p.role,
        "confidence": round(p.confidence, 3),
    }


def when(w: When) -> dict[str, Any]:
    return {"start": w.start, "end": w.end, "text": w.text, "value": w.value, "precision": w.precision,
            "type": w.type, "timeml": w.timeml}


def actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "start": a.start,
        "end": a.end,
        "text": a.text,
        "name": a.name,
        "country": a.country,
        "sector": a.sector,
        "kind": a.kind,
        "role": a.role,
    }


def count(c: Count) -> dict[str, Any]:
    return {"low": c.low, "best": c.best, "high": c.high, "start": c.start, "end": c.end, "text": c.text, "part": c.part}


def event(e: Event) -> dict[str, Any]:
    location = None
    if e.location is not None:
        location = {k: v for k, v in place(e.location.place).items() if k not in ("kind", "role", "confidence")}
        location["precision"] = e.location.precision
    date = None
    if e.date is not None:
        date = {"value": e.date.value, "precision": e.date.precision, "source": e.date.source}
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type,
        "quad_class": e.quad_class,
        "actor": actor(e.actor),
        "recipient": actor(e.recipient),
        "location": location,
        "date": date,
        "counts": {c.kind: count(c) for c in e.counts},
        "modality": e.modality,
        "attributed_to": span(e.attributed_to),
        "hedged": e.hedged,
        "evidence": span(e.evidence),
        "trigger": span(e.trigger),
        "mentions": [span(m) for m in e.mentions],
        "scope": e.scope,
        "part": e.part,
        "confidence": round(e.confidence, 3),
        "step": e.step,
    }


def speaker(s: Speaker | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "name": s.name,
        "role": s.role,
        "organization": s.organization,
        "country": s.country,
        "outlet": s.outlet,
        "sector": s.sector,
    }


def quote(q: Quote) -> dict[str, Any]:
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "speaker": speaker(q.speaker),
        "cue": span(q.cue),
        "confidence": round(q.confidence, 3),
    }


def result(r: Result) -> dict[str, Any]:
    """The contract object for one article."""
    out: dict[str, Any] = {
        "article": article(r.article),
        "entities": [entity(e) for e in r.entities],
        "places": [place(p) for p in r.places],
        "dates": [when(w) for w in r.dates],
        "events": [event(e) for e in r.events],
        "quotes": [quote(q) for q in r.quotes],
        "steps": list(r.steps),
    }
    if r.warnings:
        out["warnings"] = list(r.warnings)
    return out
