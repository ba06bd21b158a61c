"""Export (:mod:`seismo.store.export.events`): JSON Lines like the extract contract, ACLED-style CSV
columns, Parquet; every column documented.  The ``seismo export`` command, quotes included, is
tested in tests/commands/test_query.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from seismo.contract import serialize
from seismo.store import Store
from seismo.store.export import events as X
from seismo.store.samples import sample_results

ALMATY, PARIS, KHARKIV, GENEVA = sample_results()
K = KHARKIV.article.id


def test_write_jsonl(filled: Store) -> None:
    out = io.StringIO()
    assert X.write_jsonl(filled.iter_events(), out) == 6
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    by_trigger = {o["trigger"]["text"]: o for o in objects}
    assert {k: v for k, v in by_trigger["shelled"].items() if k not in ("event_id", "article", "link")} == (
        serialize.event(KHARKIV.events[0]))
    assert by_trigger["shelled"]["article"]["id"] == K
    assert by_trigger["shelled"]["link"] == {"score": None, "reasons": []}  # it started its event


@pytest.mark.parametrize(
    ("trigger", "column", "expected"),
    [
        ("shelled", "event_date", "2022-02-21"),
        ("shelled", "country", "Ukraine"),
        ("shelled", "iso", "804"),
        ("shelled", "fatalities", "9"),
        ("shelled", "inter1", "8"),  # Russian military in Ukraine: external force
        ("shelled", "inter2", "7"),
        ("shelled", "interaction", "78"),
        ("shelled", "time_precision", "2"),
        ("shelled", "disorder_type", "Political violence"),
        ("set fire", "inter1", "5"),
        ("set fire", "interaction", "50"),
        ("set fire", "fatalities", "0"),
        ("set fire", "injured", "2"),
        ("set fire", "hedged", "True"),
        ("rallied", "inter1", "6"),
        ("rallied", "tags", "crowd size=2000"),
        ("rallied", "disorder_type", "Demonstrations"),
        ("arrested", "actor1", "Police (Kazakhstan)"),
        ("arrested", "attributed_to", "the interior ministry"),
        ("arrested", "notes", "Police arrested 40 protesters, the interior ministry said."),
        ("annexation", "event_id_cnty", f"UKR-{KHARKIV.events[1].id}"),
        ("annexation", "event_date", "2014-01-01"),  # first day of a year-precision date
        ("annexation", "time_precision", "3"),
        ("deployed", "event_type", ""),
    ],
)
def test_write_csv_columns(filled: Store, trigger: str, column: str, expected: str) -> None:
    out = io.StringIO()
    X.write_csv(filled.iter_events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == X.COLUMN_NAMES
    (row,) = [r for r in rows if r["trigger"] == trigger]
    assert row[column] == expected


def test_write_parquet(filled: Store, tmp_path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert X.write_parquet(filled.iter_events(), path, batch_size=4) == 6
    table = pq.read_table(path)
    assert table.column_names == list(X.COLUMN_NAMES)
    rows = {r["trigger"]: r for r in table.to_pylist()}
    assert rows["shelled"]["fatalities"] == 9 and rows["shelled"]["event_date"] == dt.date(2022, 2, 21)
    assert rows["set fire"]["latitude"] == pytest.approx(48.85)
    empty = tmp_path / "empty.parquet"
    assert X.write_parquet(iter(()), empty) == 0
    assert pq.read_table(empty).num_rows == 0


def test_every_export_column_is_documented() -> None:
    assert all(desc.strip() for _, desc in X.COLUMNS)
    assert len(set(X.COLUMN_NAMES)) == len(X.COLUMN_NAMES)
