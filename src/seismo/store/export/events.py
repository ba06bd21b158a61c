"""Export stored event reports as JSON lines, ACLED-style CSV or Parquet.

* ``jsonl`` — one object per event report: the extract contract's event object
  (:func:`seismo.contract.serialize.event`) plus ``event_id`` (its cluster) and ``article``
  (id, date, title, source, url).
* ``csv`` / ``parquet`` — one row per report, the columns of :data:`COLUMNS` in that order:
  first ACLED's own (same names, same meaning where seismo can fill them), then seismo's.

ACLED ``inter`` codes come from the actor's PLOVER sector: 1 state forces, 2 rebels,
3 political militias (and unidentified armed groups, criminals), 5 rioters / 6 protesters
(civilian-like actors in Riots / Protests events), 7 civilians, 8 external forces
(inter-governmental organisations and state forces of another country).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from seismo.contract.vocab import CIVILIAN_SECTORS, MILITIA_SECTORS, STATE_BODY_SECTORS
from seismo.model import Actor, Event
from seismo.store.read.query import EventHit
from seismo.store.rows import date_bounds

#: (column, description) of the CSV / Parquet export, in order
COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id_cnty", "ISO3 of the event country (XXX when unknown) + '-' + the report id"),
    ("event_date", "YYYY-MM-DD: first day of the event's date (see time_precision), else the article's date"),
    ("year", "year of event_date"),
    ("time_precision", "ACLED: 1 day, 2 week or range, 3 month or year"),
    ("disorder_type", "ACLED disorder type derived from event_type / sub_event_type"),
    ("event_type", "ACLED event type (empty: not an ACLED event)"),
    ("sub_event_type", "ACLED sub-event type"),
    ("actor1", "who acted: name (or words as written) and country in brackets"),
    ("assoc_actor_1", "ACLED associated actors (not coded by seismo: empty)"),
    ("inter1", "ACLED interaction code of actor1 (see module docs)"),
    ("actor2", "who was acted on, as actor1"),
    ("assoc_actor_2", "not coded: empty"),
    ("inter2", "ACLED interaction code of actor2"),
    ("interaction", "the two inter codes, lower first (e.g. 16); inter1 * 10 when there is no actor2"),
    ("iso", "ISO 3166-1 numeric code of the event country"),
    ("country", "country name of the event location"),
    ("admin1", "first-level subdivision of the location"),
    ("location", "place name"),
    ("latitude", "WGS84 latitude of the place"),
    ("longitude", "WGS84 longitude of the place"),
    ("geo_precision", "1 exact site or city, 2 area or region, 3 country"),
    ("source", "the article's source"),
    ("source_scale", "not coded: empty"),
    ("notes", "the evidence sentence, as written"),
    ("fatalities", "killed: the first 'killed' count's best (else low) value; 0 when none is reported"),
    ("tags", "crowd size=N when a participant count was found"),
    ("iso3", "seismo: ISO 3166-1 alpha-3 code of the event country"),
    ("article_id", "seismo: the article the report came from"),
    ("report_id", "seismo: the event report id (Event.id)"),
    ("event_id", "seismo: the event (cluster of reports) the report belongs to"),
    ("plover_type", "seismo: PLOVER event type"),
    ("plover_mode", "seismo: PLOVER mode"),
    ("quad_class", "seismo: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
    ("modality", "seismo: asserted, negated, hypothetical, future or historical"),
    ("hedged", "seismo: true when the report is hedged ('reportedly', 'there is talk of')"),
    ("attributed_to", "seismo: who the report is attributed to, as written"),
    ("date_value", "seismo: the event date as coded (day, week, month, year or range)"),
    ("date_precision", "seismo: day, week, month, year or range"),
    ("date_source", "seismo: text (the article says) or published (fell back to the publication date)"),
    ("actor1_country", "seismo: actor1's ISO3"),
    ("actor1_sector", "seismo: actor1's PLOVER sector"),
    ("actor2_country", "seismo: actor2's ISO3"),
    ("actor2_sector", "seismo: actor2's PLOVER sector"),
    ("injured", "seismo: best (else low) value of the first injured count"),
    ("arrested", "seismo: best (else low) value of the first arrested count"),
    ("participants", "seismo: best (else low) value of the first participants count"),
    ("trigger", "seismo: the words that made seismo code the event"),
    ("evidence_start", "seismo: character offset of the evidence sentence in the article"),
    ("evidence_end", "seismo: end offset of the evidence sentence"),
    ("confidence", "seismo: confidence in [0, 1]"),
    ("url", "seismo: the article's URL"),
    ("scope", "seismo: political, or incident (an ordinary crime, an accident: left out unless --scope asks)"),
    ("story_id", "seismo: the story of the report's article (seismo.link)"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)

_STATE = STATE_BODY_SECTORS
_ARMED = {"REB": 2} | dict.fromkeys(MILITIA_SECTORS, 3)
_CIVIL = CIVILIAN_SECTORS
_TIME_PRECISION = {"day": 1, "week": 2, "range": 2, "month": 3, "year": 3}


@lru_cache(maxsize=512)
def _country(iso3: str | None) -> tuple[str, int | None]:
    if not iso3:
        return "", None
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3, None
    return getattr(found, "common_name", None) or found.name, int(found.numeric)


def inter_code(actor: Actor | None, *, event: Event) -> int | None:
    """ACLED's interaction code for ``actor`` in ``event`` (None: no actor or no rule fits)."""
    if actor is None:
        return None
    sector = (actor.sector or "").upper()
    place = event.location.place.country if event.location else None
    if actor.kind == "igo" or sector == "IGO":
        return 8
    if sector in _STATE:
        return 8 if place and actor.country and actor.country != place else 1
    if sector in _ARMED:
        return _ARMED[sector]
    if sector in _CIVIL or (actor.kind == "group" and not sector):
        if event.acled_event_type == "Protests":
            return 6
        if event.acled_event_type == "Riots":
            return 5
        return 7
    return None


def _actor_label(actor: Actor | None) -> str:
    if actor is None:
        return ""
    label = actor.name or actor.text
    label = label[:1].upper() + label[1:]
    name, _ = _country(actor.country)
    return f"{label} ({name})" if name and name not in label else label


def _count(event: Event, kind: str) -> int | None:
    for c in event.counts:
        if c.kind == kind and (c.best is not None or c.low is not None):
            return c.best if c.best is not None else c.low
    return None


def _disorder(event: Event) -> str:
    kind = event.acled_event_type
    if kind == "Protests" or event.acled_sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if kind in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"):
        return "Political violence"
    if kind == "Strategic developments":
        return "Strategic developments"
    return ""


def acled_row(hit: EventHit) -> dict[str, Any]:
    """One CSV / Parquet row (keys: :data:`COLUMN_NAMES`) for a stored report."""
    e = hit.event
    place = e.location.place if e.location else None
    iso3 = place.country if place else None
    name, numeric = _country(iso3)
    first, _ = date_bounds(e.date.value if e.date else None)
    first = first or hit.article.date
    day = first.isoformat() if first else None
    inter1, inter2 = inter_code(e.actor, event=e), inter_code(e.recipient, event=e)
    if inter1 and inter2:
        interaction: int | None = int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
    else:
        interaction = inter1 * 10 if inter1 else None
    participants = _count(e, "participants")
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}-{e.id}",
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": _TIME_PRECISION.get(e.date.precision) if e.date else None,
        "disorder_type": _disorder(e),
        "event_type": e.acled_event_type or "",
        "sub_event_type": e.acled_sub_event_type or "",
        "actor1": _actor_label(e.actor),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": _actor_label(e.recipient),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction,
        "iso": numeric,
        "country": name,
        "admin1": (place.admin1 if place else None) or "",
        "location": place.name if place else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": e.location.precision if e.location else None,
        "source": hit.article.source or "",
        "source_scale": "",
        "notes": e.evidence.text,
        "fatalities": _count(e, "killed") or 0,
        "tags": f"crowd size={participants}" if participants is not None else "",
        "iso3": iso3 or "",
        "article_id": hit.article.id,
        "report_id": e.id,
        "event_id": hit.event_id,
        "plover_type": e.type,
        "plover_mode": e.mode or "",
        "quad_class": e.quad_class,
        "modality": e.modality,
        "hedged": e.hedged,
        "attributed_to": e.attributed_to.text if e.attributed_to else "",
        "date_value": e.date.value if e.date else "",
        "date_precision": e.date.precision if e.date else "",
        "date_source": e.date.source if e.date else "",
        "actor1_country": (e.actor.country if e.actor else None) or "",
        "actor1_sector": (e.actor.sector if e.actor else None) or "",
        "actor2_country": (e.recipient.country if e.recipient else None) or "",
        "actor2_sector": (e.recipient.sector if e.recipient else None) or "",
        "injured": _count(e, "injured"),
        "arrested": _count(e, "arrested"),
        "participants": participants,
        "trigger": e.trigger.text,
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "confidence": round(e.confidence, 3),
        "url": hit.article.url or "",
        "scope": e.scope,
        "story_id": hit.article.story_id or "",
    }


def write_jsonl(hits: Iterable[EventHit], out: IO[str]) -> int:
    """One JSON object per report to ``out``; returns how many."""
    n = 0
    for hit in hits:
        out.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(hits: Iterable[EventHit], out: IO[str]) -> int:
    """ACLED-style CSV (header + one row per report) to ``out``; returns how many rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES, lineterminator="\n")
    writer.writeheader()
    n = 0
    for hit in hits:
        writer.writerow(acled_row(hit))
        n += 1
    return n


#: the typed columns of the Parquet export (every other column is text)
INT_COLUMNS = frozenset({"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                         "fatalities", "quad_class", "injured", "arrested", "participants", "evidence_start",
                         "evidence_end"})
FLOAT_COLUMNS = frozenset({"latitude", "longitude", "confidence"})


def _arrow_schema(names: Iterable[str] = COLUMN_NAMES, *, ints: frozenset[str] = INT_COLUMNS,
                  floats: frozenset[str] = FLOAT_COLUMNS) -> Any:
    import pyarrow as pa

    fields = []
    for name in names:
        if name in ints:
            kind = pa.int64()
        elif name in floats:
            kind = pa.float64()
        elif name in ("hedged", "fatalities_contested"):
            kind = pa.bool_()
        elif name == "event_date":
            kind = pa.date32()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        if row.get("event_date"):
            row["event_date"] = dt.date.fromisoformat(row["event_date"])
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(hits: Iterable[EventHit], path: str | Path, *, batch_size: int = 5000) -> int:
    """The CSV's columns, typed, to a Parquet file at ``path``; returns how many rows."""
    return write_parquet_rows((acled_row(h) for h in hits), path, schema=_arrow_schema(), batch_size=batch_size)


def write_parquet_rows(rows: Iterable[dict[str, Any]], path: str | Path, *, schema: Any, batch_size: int = 5000) -> int:
    """Rows (dicts keyed by the schema's names) to a Parquet file; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(rows, batch_size):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
