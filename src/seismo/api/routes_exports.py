"""Downloads: every event a filter matches, whole (not paged), in the formats analysts use —
the dashboard's download links point here.

    /api/exports/events.csv      one row per event: ACLED-style columns plus seismo's (seismo export --format csv)
    /api/exports/events.geojson  one Point feature per event at its location (null geometry when it has none)
    /api/exports/acled.csv       exactly ACLED's columns and conventions (seismo export --format acled)
    /api/exports/plover.jsonl    one PLOVER JSON record per dated event (seismo export --format plover)

Events are asserted only unless ``all_modalities`` is set (as ``seismo export`` does); the file is
written to a temporary file first and streamed from it, so memory stays flat however many events match.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import IO, Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from seismo.api.deps import StoreDep
from seismo.api.protocol import formats, problems
from seismo.api.protocol.params import ApiFilterDep
from seismo.store import EventFilter, Store

router = APIRouter(prefix="/exports", tags=["exports"])

AllModalities = Annotated[bool, Query(description="Every modality (planned, negated, historical ...), "
                                                  "not only asserted events")]
_CHUNK = 64 * 1024


def _content(media: str, what: str, schema: dict[str, Any] | None = None) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": what, "content": {media: {"schema": schema or {"type": "string"}}}},
            **problems.responses(422)}


#: the shape of the GeoJSON download (RFC 7946 FeatureCollection)
FEATURE_COLLECTION = {"type": "object", "required": ["type", "features"], "properties": {
    "type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": {"type": "object"}}}}


def _filter(flt: EventFilter, all_modalities: bool) -> EventFilter:
    return flt if all_modalities or flt.modality else replace(flt, modality="asserted")


def _stream(write: Callable[[IO[str]], Any], media: str, filename: str) -> StreamingResponse:
    """Run ``write`` into a temporary file, then stream the file and delete it."""
    spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
    try:
        write(spool)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise

    def chunks() -> Iterator[bytes]:
        with spool:
            while block := spool.read(_CHUNK):
                yield block.encode("utf-8")

    return StreamingResponse(chunks(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _geojson(store: Store, flt: EventFilter, out: IO[str]) -> None:
    out.write('{"type": "FeatureCollection", "features": [')
    for i, group in enumerate(store.event_groups(flt)):
        killed = group.figures.get("killed")
        properties = {"event_id": group.event_id, "n_reports": len(group.reports), "n_articles": len(group.articles),
                      "fatalities": killed.best if killed else None}
        feature = formats.feature(group.head.to_dict())
        feature["id"] = group.event_id
        feature["properties"] = {**feature["properties"], **properties}
        out.write(("," if i else "") + json.dumps(feature, ensure_ascii=False, default=str))
    out.write("]}\n")


@router.get("/events.csv", responses=_content(formats.CSV_MEDIA_TYPE, "One row per event (CSV)"),
            response_class=StreamingResponse)
def events_csv(store: StoreDep, filter: ApiFilterDep, all_modalities: AllModalities = False) -> StreamingResponse:
    """Every matching event, one row each: ACLED-style columns plus seismo's (as ``seismo export --format csv``)."""
    from seismo.store.export.clusters import write_events

    flt = _filter(filter, all_modalities)
    return _stream(lambda out: write_events(store.event_groups(flt), fmt="csv", out=out),
                   formats.CSV_MEDIA_TYPE, "events.csv")


@router.get("/events.geojson", responses=_content("application/geo+json", "A GeoJSON FeatureCollection, one "
                                                                           "Point feature per event", FEATURE_COLLECTION),
            response_class=StreamingResponse)
def events_geojson(store: StoreDep, filter: ApiFilterDep, all_modalities: AllModalities = False) -> StreamingResponse:
    """Every matching event as a GeoJSON Feature at its location ([longitude, latitude])."""
    flt = _filter(filter, all_modalities)
    return _stream(lambda out: _geojson(store, flt, out), "application/geo+json", "events.geojson")


@router.get("/acled.csv", responses=_content(formats.CSV_MEDIA_TYPE, "ACLED's columns, one row per event"),
            response_class=StreamingResponse)
def acled_csv(store: StoreDep, filter: ApiFilterDep, all_modalities: AllModalities = False) -> StreamingResponse:
    """Every matching event ACLED would code, in exactly ACLED's columns and conventions."""
    from seismo.store.export import acled
    from seismo.store.export.stored import StoredEvents

    flt = _filter(filter, all_modalities)
    return _stream(lambda out: acled.write(store.event_groups(flt), stored=StoredEvents(store.engine), out=out),
                   formats.CSV_MEDIA_TYPE, "acled.csv")


@router.get("/plover.jsonl", responses=_content("application/x-ndjson", "One PLOVER JSON record per line"),
            response_class=StreamingResponse)
def plover_jsonl(store: StoreDep, filter: ApiFilterDep, all_modalities: AllModalities = False) -> StreamingResponse:
    """Every matching dated event as a PLOVER record (docs/plover.schema.json), one per line."""
    from seismo.store.export import plover
    from seismo.store.export.stored import StoredEvents

    flt = _filter(filter, all_modalities)
    return _stream(lambda out: plover.write(store.event_groups(flt), stored=StoredEvents(store.engine), out=out),
                   "application/x-ndjson", "plover.jsonl")
