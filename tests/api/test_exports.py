"""``/api/exports/*``: every event a filter matches, whole, as CSV, ACLED CSV, PLOVER JSON lines
and GeoJSON — the dashboard's download links."""

from __future__ import annotations

import csv
import io
import json

import pytest

from seismo.store.export.acled import COLUMN_NAMES as ACLED_COLUMNS


def test_events_csv_is_one_row_per_asserted_event(client) -> None:
    r = client.get("/api/exports/events.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    every = list(csv.DictReader(io.StringIO(client.get("/api/exports/events.csv?all_modalities=true").text)))
    assert 0 < len(rows) < len(every)  # the samples hold events that are not asserted


def test_acled_csv_has_acleds_columns_and_follows_the_filter(client) -> None:
    r = client.get("/api/exports/acled.csv?country=FRA")
    assert r.status_code == 200
    reader = csv.DictReader(io.StringIO(r.text))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = list(reader)
    assert rows and {row["iso"] for row in rows} == {"250"}


def test_plover_jsonl_and_geojson(client) -> None:
    records = [json.loads(line) for line in client.get("/api/exports/plover.jsonl").text.splitlines()]
    assert records and all(isinstance(r["event"], list) and r["date"] for r in records)
    geo = client.get("/api/exports/events.geojson?country=FRA")
    assert geo.headers["content-type"].startswith("application/geo+json")
    body = geo.json()
    assert body["type"] == "FeatureCollection" and body["features"]
    for f in body["features"]:
        assert f["geometry"] is None or f["geometry"]["type"] == "Point"
        assert f["properties"]["event_id"] == f["id"]


@pytest.mark.parametrize("path", ["events.csv", "acled.csv", "plover.jsonl", "events.geojson"])
def test_bad_filter_is_a_problem(client, path: str) -> None:
    r = client.get(f"/api/exports/{path}?since=2022-13-01")
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
