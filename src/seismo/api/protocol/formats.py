"""Events in the formats analysts' tools read: CSV (one flat row per report) and GeoJSON.

    GET /api/events?format=csv            (or Accept: text/csv)     text/csv, the columns of CSV_COLUMNS
    GET /api/events.geojson                                          application/geo+json FeatureCollection

Both take the event filter, ``sort``, ``limit`` and ``cursor`` of ``/api/events`` and page the same
way: the next page's URL is in the ``Link`` header (and, in GeoJSON, in the collection's
``next_cursor`` member).  A GeoJSON feature is one report: a Point at ``[lon, lat]`` of its
location (``geometry`` null when the report has no coordinates) whose ``properties`` are the
report as ``/api/events`` gives it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

import pydantic_core
from fastapi.exceptions import ResponseValidationError
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter, ValidationError

CSV_MEDIA_TYPE = "text/csv"
GEOJSON_MEDIA_TYPE = "application/geo+json"

#: the CSV columns, in order: the event report flattened (counts: the best figure of each kind)
CSV_COLUMNS: tuple[str, ...] = (
    "id", "event_id", "type", "mode", "acled_event_type", "acled_sub_event_type", "quad_class", "modality",
    "scope", "hedged", "confidence", "date", "date_precision", "date_source", "location", "country", "admin1",
    "lat", "lon", "geonameid", "location_precision", "actor", "actor_country", "actor_sector", "recipient",
    "recipient_country", "recipient_sector", "killed", "injured", "arrested", "participants", "evidence",
    "article_id", "article_date", "article_title", "article_source", "article_url", "step",
)
#: free-text columns: a value starting with one of FORMULA_STARTS gets a leading ``'`` so that a
#: spreadsheet shows it as text instead of running it as a formula (article text is untrusted)
TEXT_COLUMNS = frozenset({"location", "actor", "recipient", "evidence", "article_title", "article_source",
                          "article_url", "admin1"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class GeoJSONResponse(JSONResponse):
    media_type = GEOJSON_MEDIA_TYPE


def checked_json(adapter: TypeAdapter[Any], body: Any) -> bytes:
    """``body`` checked against a response model and serialised by it, as FastAPI does for a route's
    ``response_model`` (same rules, same bytes), but checked from JSON text: pydantic's Rust parser
    reads a page of 50 events in under half the time it takes to walk the Python dicts.  A body
    that does not fit the model raises ResponseValidationError (a 500), as FastAPI would."""
    try:
        value = adapter.validate_json(pydantic_core.to_json(body))
    except ValidationError as exc:
        raise ResponseValidationError(exc.errors(include_url=False), body=body) from None
    return adapter.dump_json(value, by_alias=True)


def _who(actor: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    if not actor:
        return None, None, None
    return actor.get("name") or actor.get("text"), actor.get("country"), actor.get("sector")


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    """One report (the ``/api/events`` item) as a flat row of :data:`CSV_COLUMNS`."""
    date = event.get("date") or {}
    where = event.get("location") or {}
    article = event.get("article") or {}
    counts = event.get("counts") or {}
    actor, actor_country, actor_sector = _who(event.get("actor"))
    recipient, recipient_country, recipient_sector = _who(event.get("recipient"))
    row = {
        **{k: event.get(k) for k in ("id", "event_id", "type", "mode", "acled_event_type", "acled_sub_event_type",
                                     "quad_class", "modality", "scope", "hedged", "confidence", "step")},
        "date": date.get("value"), "date_precision": date.get("precision"), "date_source": date.get("source"),
        "location": where.get("name"), "country": where.get("country"), "admin1": where.get("admin1"),
        "lat": where.get("lat"), "lon": where.get("lon"), "geonameid": where.get("geonameid"),
        "location_precision": where.get("precision"),
        "actor": actor, "actor_country": actor_country, "actor_sector": actor_sector,
        "recipient": recipient, "recipient_country": recipient_country, "recipient_sector": recipient_sector,
        **{kind: (counts.get(kind) or {}).get("best") for kind in ("killed", "injured", "arrested", "participants")},
        "evidence": (event.get("evidence") or {}).get("text"),
        "article_id": article.get("id"), "article_date": article.get("date"), "article_title": article.get("title"),
        "article_source": article.get("source"), "article_url": article.get("url"),
    }
    for name in TEXT_COLUMNS:
        value = row[name]
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            row[name] = "'" + value
    return row


def to_csv(events: Iterable[dict[str, Any]]) -> str:
    """A header line and one line per report; a missing value is an empty field."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in csv_row(event).items()})
    return out.getvalue()


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """A report as a GeoJSON Feature (RFC 7946: coordinates are longitude, latitude)."""
    where = event.get("location") or {}
    lat, lon = where.get("lat"), where.get("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": event}


def feature_collection(events: Iterable[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(e) for e in events], "next_cursor": next_cursor}


def wants_csv(format: str | None, accept: str | None) -> bool:
    """CSV when ``format=csv``, or when no format is given and the Accept header prefers text/csv
    to JSON (by q-value; a tie, ``*/*`` or no header is JSON)."""
    if format is not None:
        return format == "csv"
    if not accept:
        return False
    best: dict[str, float] = {"json": 0.0, "csv": 0.0}
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            key, _, value = p.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        if media in ("text/csv",):
            best["csv"] = max(best["csv"], q)
        elif media in ("application/json", "application/*", "*/*"):
            best["json"] = max(best["json"], q)
    return best["csv"] > best["json"]
