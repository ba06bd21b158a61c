"""Events in ACLED's own format: ``seismo export --format acled`` (CSV, or Parquet).

One row per event (:class:`~seismo.store.read.clusters.EventGroup`), exactly ACLED's public
columns in ACLED's order (:data:`COLUMNS`), with ACLED's value conventions:

* only events ACLED would code: an ACLED event type, a country and a date; the others are counted
  as left out;
* ``event_id_cnty``: the ISO3 code of the event's country and its number among that country's
  stored events (``KAZ12``; see :mod:`seismo.store.export.stored`);
* ``event_date``: the event's day; for a week, month, year or range the middle day of the period
  (ACLED codes the midpoint of a period it cannot narrow), else the article's date;
  ``time_precision`` 1 (the day is known), 2 (within a week, or only the publication date),
  3 (a longer period);
* ``actor1`` / ``actor2``, ``inter1`` / ``inter2``, ``assoc_actor_*``: ACLED's names from the
  actor's kind, sector and country (:mod:`seismo.store.export.acled_tables`); ``inter`` 0 where
  there is no actor, ``interaction`` the two codes lower first (16), or the one code times ten (60);
* ``civilian_targeting`` "Civilian targeting" when actor2 is civilians (inter 7) in political
  violence; ``iso`` numeric, ``country`` and ``region`` as ACLED spells them;
* ``admin2``, ``admin3``, ``source_scale``: not coded (null);
* ``fatalities``: reconciled over every report (:func:`seismo.link.reconcile`), 0 when none;
* ``tags``: ``crowd size=N`` for protests and riots (``at least N``, ``up to N``, ``L-H`` from a
  reconciled participant count without a best figure; ``no report`` without any);
* ``timestamp``: unix time the event was last stored (its latest article's ``added_at``).

Missing values are empty in CSV and null in Parquet, never "".
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from seismo.errors import QueryError
from seismo.store.export import acled_tables as T
from seismo.store.export.stored import StoredEvent, StoredEvents, unix
from seismo.store.read.clusters import EventGroup
from seismo.store.rows import date_bounds

#: (column, pandas dtype of ACLED's data, description), in ACLED's order
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("event_id_cnty", "string", "ISO3 of the event country + the event's number among that country's stored events"),
    ("event_date", "string", "YYYY-MM-DD: the event's day, the middle of its period, else the article's date"),
    ("year", "int64", "year of event_date"),
    ("time_precision", "int64", "1 the day is known, 2 within a week (or only the publication date), 3 longer"),
    ("disorder_type", "string", "Political violence, Demonstrations, both, or Strategic developments"),
    ("event_type", "string", "ACLED event type"),
    ("sub_event_type", "string", "ACLED sub-event type"),
    ("actor1", "string", "ACLED name of the actor ('Police Forces of Kazakhstan', 'Protesters (Kazakhstan)')"),
    ("assoc_actor_1", "string", "the group actor1 belongs to ('Labor Group (Kazakhstan)')"),
    ("inter1", "int64", "ACLED actor type of actor1: 1 state forces ... 8 external/other; 0 none"),
    ("actor2", "string", "ACLED name of the actor acted on"),
    ("assoc_actor_2", "string", "the group actor2 belongs to"),
    ("inter2", "int64", "ACLED actor type of actor2; 0 none"),
    ("interaction", "int64", "the two inter codes, lower first (16); one code times ten when one side is 0"),
    ("civilian_targeting", "string", "'Civilian targeting' when actor2 is civilians in political violence"),
    ("iso", "int64", "ISO 3166-1 numeric code of the event country (Kosovo: 0)"),
    ("region", "string", "ACLED region of the event country"),
    ("country", "string", "ACLED name of the event country"),
    ("admin1", "string", "first-level subdivision of the location"),
    ("admin2", "string", "not coded (null)"),
    ("admin3", "string", "not coded (null)"),
    ("location", "string", "place name"),
    ("latitude", "float64", "WGS84 latitude of the place"),
    ("longitude", "float64", "WGS84 longitude of the place"),
    ("geo_precision", "int64", "1 town or site, 2 near a town or an area, 3 a country or larger region"),
    ("source", "string", "every outlet that reported the event, '; '-separated"),
    ("source_scale", "string", "not coded (null)"),
    ("notes", "string", "the evidence sentence of the report that started the event, whitespace collapsed"),
    ("fatalities", "int64", "killed, reconciled over every report; 0 when none is reported"),
    ("tags", "string", "crowd size=N (at least N, up to N, L-H, no report) for protests and riots"),
    ("timestamp", "int64", "unix time the event was last stored"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _, _ in COLUMNS)
#: the pandas dtypes of ACLED's columns: ``pandas.read_csv(path, dtype=DTYPES)``
DTYPES: dict[str, str] = {name: dtype for name, dtype, _ in COLUMNS}

_SPACE = re.compile(r"\s+")
_BATCH = 500


@dataclass
class Written:
    """What an export wrote: rows, and the events left out by reason."""

    rows: int = 0
    left_out: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.left_out[reason] = self.left_out.get(reason, 0) + 1


def _date(group: EventGroup) -> tuple[str | None, int | None]:
    """ACLED's event_date and time_precision for an event."""
    e, article = group.head.event, group.head.article
    if e.date is None or e.date.source == "published":
        day = (date_bounds(e.date.value)[0] if e.date else None) or article.date
        return (day.isoformat(), 2) if day else (None, None)
    first, last = date_bounds(e.date.value)
    if first is None:
        return (article.date.isoformat(), 2) if article.date else (None, None)
    last = last or first
    span = (last - first).days
    middle = first + dt.timedelta(days=span // 2)
    return middle.isoformat(), 1 if span == 0 else 2 if span <= 7 else 3


def _crowd(figure: Any) -> str:
    """ACLED's crowd size words: the number, "at least N", "up to N", "L-H", or "no report"."""
    if figure is None:
        return "no report"
    if figure.best is not None:
        return str(figure.best)
    if figure.low is not None and figure.high is not None:
        return f"{figure.low}-{figure.high}"
    if figure.low is not None:
        return f"at least {figure.low}"
    return f"up to {figure.high}" if figure.high is not None else "no report"


def acled_row(group: EventGroup, stored: StoredEvent | None) -> dict[str, Any] | str:
    """One ACLED row for an event, or the reason it is left out."""
    e = group.head.event
    if not e.acled_event_type:
        return "no ACLED event type"
    place = e.location.place if e.location else None
    iso3 = (stored.country if stored and stored.country else None) or (place.country if place else None)
    where = T.country(iso3)
    if where is None:
        return "no country"
    day, precision = _date(group)
    if day is None:
        return "no date"
    a1 = T.actor(e.actor, event=e, side=1, event_country=iso3)
    a2 = T.actor(e.recipient, event=e, side=2, event_country=iso3)
    if e.acled_sub_event_type == "Peaceful protest":
        a2 = None  # ACLED codes no actor2 for a peaceful protest (its target is no actor)
    inter1, inter2 = (a1.inter if a1 else 0), (a2.inter if a2 else 0)
    low, high = sorted((inter1, inter2))
    interaction = high * 10 if low == 0 else low * 10 + high
    disorder = T.disorder(e.acled_event_type, e.acled_sub_event_type)
    killed = group.figures.get("killed")
    crowd = group.figures.get("participants")
    tags = f"crowd size={_crowd(crowd)}" if e.acled_event_type in ("Protests", "Riots") else None
    number = stored.number if stored and stored.number else None
    return {
        "event_id_cnty": f"{where.iso3}{number}" if number else f"{where.iso3}-{group.event_id}",
        "event_date": day,
        "year": int(day[:4]),
        "time_precision": precision,
        "disorder_type": disorder,
        "event_type": e.acled_event_type,
        "sub_event_type": e.acled_sub_event_type,
        "actor1": a1.name if a1 else None,
        "assoc_actor_1": a1.assoc if a1 else None,
        "inter1": inter1,
        "actor2": a2.name if a2 else None,
        "assoc_actor_2": a2.assoc if a2 else None,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": ("Civilian targeting" if inter2 == 7 and disorder and "Political violence" in disorder
                               else None),
        "iso": where.iso,
        "region": where.region,
        "country": where.name,
        "admin1": place.admin1 if place and place.kind != "country" else None,
        "admin2": None,
        "admin3": None,
        "location": place.name if place else where.name,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": e.location.precision if e.location else 3,
        "source": "; ".join(group.sources) or None,
        "source_scale": None,
        "notes": _SPACE.sub(" ", e.evidence.text).strip() or None,
        "fatalities": (killed.best if killed is not None and killed.best is not None else 0),
        "tags": tags,
        "timestamp": unix(stored.updated_at) if stored else None,
    }


def rows(groups: Iterable[EventGroup], stored: StoredEvents | None, written: Written) -> Iterator[dict[str, Any]]:
    """ACLED rows for ``groups`` (reading stored facts in batches); counts what is left out."""
    batch: list[EventGroup] = []

    def flush() -> Iterator[dict[str, Any]]:
        facts = stored.lookup(g.event_id for g in batch) if stored is not None else {}
        for g in batch:
            row = acled_row(g, facts.get(g.event_id))
            if isinstance(row, str):
                written.skip(row)
                continue
            written.rows += 1
            yield row
        batch.clear()

    for group in groups:
        batch.append(group)
        if len(batch) >= _BATCH:
            yield from flush()
    yield from flush()


def arrow_schema() -> Any:
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
    return pa.schema([pa.field(name, kinds[dtype]) for name, dtype, _ in COLUMNS])


def write(groups: Iterable[EventGroup], *, stored: StoredEvents | None, out: IO[str] | None = None,
          path: str | Path | None = None) -> Written:
    """ACLED CSV to ``out``, or Parquet to ``path`` (a missing value is null); returns what was written."""
    written = Written()
    source = rows(groups, stored, written)
    if path is not None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema()
        with pq.ParquetWriter(str(path), schema) as writer:
            chunk: list[dict[str, Any]] = []
            for row in source:
                chunk.append(row)
                if len(chunk) >= 5000:
                    writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                    chunk = []
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema) if chunk else schema.empty_table())
        return written
    if out is None:
        raise QueryError("an ACLED export needs an output stream or a Parquet path")
    w = csv.DictWriter(out, fieldnames=COLUMN_NAMES, lineterminator="\n")
    w.writeheader()
    for row in source:
        w.writerow(row)
    return written
