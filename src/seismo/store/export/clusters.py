"""Export events (one row per event, all its sources) and articles (their story and primary event).

* ``write_events(groups, fmt=...)``: one row per event (:class:`~seismo.store.read.clusters.EventGroup`):
  JSON lines of :meth:`EventGroup.to_dict` (every report, every count with source and date),
  or CSV / Parquet with the report export's ACLED-style columns (:data:`EVENT_COLUMNS`): the
  coding of the report that started the event, ``fatalities`` and the other counts reconciled
  over every report (:func:`seismo.link.reconcile`), ``source`` every outlet that reported it.
* ``write_articles(rows, fmt=...)``: one row per article (:data:`ARTICLE_COLUMNS`): its story,
  primary event and the article it copies.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from seismo.errors import QueryError
from seismo.store.export.events import COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, _arrow_schema, acled_row, write_parquet_rows
from seismo.store.read.clusters import ARTICLE_COLUMNS, EventGroup

#: columns whose meaning changes when a row is an event, not a report
_EVENT_MEANING = {
    "event_id_cnty": "ISO3 of the event country (XXX when unknown) + '-' + the event id",
    "source": "every outlet that reported the event, '; '-separated, oldest report first",
    "notes": "the evidence sentence of the report that started the event",
    "fatalities": "killed, reconciled over every report (seismo.link.counts: latest day's sources, the lowest "
                  "best when they disagree); 0 when none is reported",
    "injured": "seismo: injured, reconciled like fatalities",
    "arrested": "seismo: arrested, reconciled like fatalities",
    "participants": "seismo: participants, reconciled like fatalities",
    "article_id": "seismo: the article of the report that started the event",
    "report_id": "seismo: the report that started the event (its coding is the event's)",
    "event_id": "seismo: the event",
}
#: (column, description) of the per-event CSV / Parquet export, in order
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    *((name, _EVENT_MEANING.get(name, desc)) for name, desc in COLUMNS),
    ("n_reports", "seismo: how many reports (mentions in articles) the event has"),
    ("n_articles", "seismo: how many articles report it"),
    ("article_ids", "seismo: the articles that report it, '; '-separated"),
    ("fatalities_low", "seismo: the lowest killed count the latest sources give"),
    ("fatalities_high", "seismo: the highest killed count the latest sources give"),
    ("fatalities_contested", "seismo: true when the latest sources disagree on the killed count"),
)
EVENT_COLUMN_NAMES = tuple(name for name, _ in EVENT_COLUMNS)
_EVENT_INTS = INT_COLUMNS | {"n_reports", "n_articles", "fatalities_low", "fatalities_high"}


def event_row(group: EventGroup) -> dict[str, Any]:
    """One CSV / Parquet row (keys: :data:`EVENT_COLUMN_NAMES`) for one event."""
    head = group.head
    row = acled_row(head)
    iso3 = row["iso3"] or "XXX"
    figures = group.figures

    def best(kind: str) -> int | None:
        f = figures.get(kind)
        return f.best if f is not None else None

    killed = figures.get("killed")
    row.update({
        "event_id_cnty": f"{iso3}-{group.event_id}",
        "source": "; ".join(group.sources),
        "fatalities": best("killed") or 0,
        "injured": best("injured"),
        "arrested": best("arrested"),
        "participants": best("participants"),
        "tags": f"crowd size={best('participants')}" if best("participants") is not None else "",
        "event_id": group.event_id,
        "n_reports": len(group.reports),
        "n_articles": len(group.articles),
        "article_ids": "; ".join(group.articles),
        "fatalities_low": killed.low if killed else None,
        "fatalities_high": killed.high if killed else None,
        "fatalities_contested": killed.contested if killed else False,
    })
    return row


def _write(rows: Iterable[dict[str, Any]], names: tuple[str, ...], *, fmt: str, out: IO[str] | None,
           path: str | Path | None, schema: Any) -> int:
    if fmt == "parquet":
        if path is None:
            raise QueryError("a Parquet export needs a file path (--out PATH)")
        return write_parquet_rows(rows, path, schema=schema)
    if out is None:
        raise QueryError(f"a {fmt} export needs an output stream")
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
        return n
    raise QueryError(f"unknown export format {fmt!r}; use jsonl, csv or parquet")


def write_events(groups: Iterable[EventGroup], *, fmt: str, out: IO[str] | None = None,
                 path: str | Path | None = None) -> int:
    """Events as ``jsonl`` / ``csv`` to ``out`` or ``parquet`` to ``path``; returns how many."""
    if fmt == "jsonl":
        return _write((g.to_dict() for g in groups), EVENT_COLUMN_NAMES, fmt=fmt, out=out, path=path, schema=None)
    schema = _arrow_schema(EVENT_COLUMN_NAMES, ints=_EVENT_INTS, floats=FLOAT_COLUMNS) if fmt == "parquet" else None
    return _write((event_row(g) for g in groups), EVENT_COLUMN_NAMES, fmt=fmt, out=out, path=path, schema=schema)


ARTICLE_COLUMN_NAMES = tuple(name for name, _ in ARTICLE_COLUMNS)


def write_articles(rows: Iterable[dict[str, Any]], *, fmt: str, out: IO[str] | None = None,
                   path: str | Path | None = None) -> int:
    """Article rows (:func:`seismo.store.read.clusters.article_links`) as jsonl / csv / parquet."""
    schema = None
    if fmt == "parquet":
        import pyarrow as pa

        schema = pa.schema([(n, pa.float64() if n == "story_score" else pa.string()) for n in ARTICLE_COLUMN_NAMES])
    return _write(rows, ARTICLE_COLUMN_NAMES, fmt=fmt, out=out, path=path, schema=schema)
