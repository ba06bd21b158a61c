"""The event routes (:mod:`seismo.api.routes_events`): ``/api/events`` filters, item shape and
cursor paging, one event with its reports, and the aggregates (places, actors, summary, stats,
the daily series)."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.contract.ids import article_id
from seismo.model import Article, Result
from seismo.store import Store
from seismo.store.samples import sample_results


@pytest.mark.parametrize(
    ("params", "expected_types"),
    [
        ({}, ["ASSAULT", "COERCE", "COERCE", "MOBILIZE", "PROTEST", "PROTEST"]),
        ({"country": "KAZ"}, ["COERCE", "MOBILIZE", "PROTEST"]),
        ({"country": "kaz", "type": "PROTEST"}, ["PROTEST"]),
        ({"type": "Riots"}, ["PROTEST"]),
        ({"sub_event_type": "Peaceful protest"}, ["PROTEST"]),
        ({"sub_event_type": "arrest"}, ["COERCE"]),
        ({"actor": "russian"}, ["ASSAULT"]),
        ({"actor": "COP"}, ["COERCE"]),
        ({"since": "2022-02-01", "until": "2022-03-01"}, ["ASSAULT"]),
        ({"modality": "historical"}, ["COERCE"]),
        ({"modality": "future"}, ["MOBILIZE"]),
        ({"q": "bins"}, ["PROTEST"]),
        ({"q": "nothing-like-this"}, []),
        ({"country": "FRA", "modality": "asserted"}, ["PROTEST"]),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected_types: list[str]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert sorted(e["type"] for e in r.json()["items"]) == expected_types


def test_event_item_shape(client: TestClient) -> None:
    body = client.get("/api/events", params={"country": "KAZ", "type": "COERCE", "total": "true"}).json()
    assert body["total"] == 1 and body["next_cursor"] is None
    event = body["items"][0]
    assert event["acled_sub_event_type"] == "Arrests"
    assert event["counts"]["arrested"]["best"] == 40
    assert event["evidence"]["text"].startswith("Police arrested 40 protesters")
    assert event["article"]["title"] == "Fuel protests spread in Kazakhstan"
    assert event["location"]["country"] == "KAZ"


@pytest.mark.parametrize("sort", ["-date", "date", "-confidence", "confidence"])
def test_cursor_pages_cover_everything_once(client: TestClient, sort: str) -> None:
    everything = [e["id"] for e in client.get("/api/events", params={"sort": sort, "limit": 100}).json()["items"]]
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        params = {"sort": sort, "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen.extend(e["id"] for e in body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == everything and len(seen) == 6


def test_cursor_is_stable_while_articles_arrive(client: TestClient, store: Store) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    newer = sample_results()[0]
    text = newer.article.text.replace("Almaty", "Aktau")  # a new article dated like the first
    store.write([Result(article=Article(article_id(text), text, dt.date(2030, 1, 1), "Later", None, None))])
    rest: list[str] = []
    cursor = first["next_cursor"]
    while cursor:
        body = client.get("/api/events", params={"limit": 2, "cursor": cursor}).json()
        rest.extend(e["id"] for e in body["items"])
        cursor = body["next_cursor"]
    ids = [e["id"] for e in first["items"]] + rest
    assert len(ids) == len(set(ids)) == 6


def test_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    r = client.get("/api/events", params={"limit": 1, "cursor": cursor, "sort": "confidence"})
    assert r.status_code == 422 and "keep the sort" in r.json()["detail"]


def test_event_with_reports(client: TestClient) -> None:
    hit = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"][0]
    r = client.get(f"/api/events/{hit['event_id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["type"] == "ASSAULT" and body["country"] == "UKR"
    assert [rep["id"] for rep in body["reports"]] == [hit["id"]]
    assert body["reports"][0]["evidence"]["text"].startswith("Russian forces shelled Kharkiv")


@pytest.mark.parametrize(
    ("url", "check"),
    [
        ("/api/places", lambda b: b["items"][0]["name"] == "Almaty" and b["items"][0]["events"] == 2),
        ("/api/places?country=UKR", lambda b: [p["name"] for p in b["items"]] == ["Kharkiv"]),
        ("/api/places/mentions?q=gen", lambda b: [p["name"] for p in b["items"]] == ["Geneva"]),
        ("/api/actors", lambda b: {a["actor"] for a in b["items"]} == {"Demonstrators", "Police", "Russian forces",
                                                                       "protesters"}),
        ("/api/speakers", lambda b: {s["speaker"] for s in b["items"]} >= {"Marie Dupont"}),
        ("/api/summary?country=KAZ", lambda b: {(r["type"], r["events"]) for r in b["items"]}
         == {("PROTEST", 1), ("COERCE", 1)}),
        ("/api/stats", lambda b: b["articles"] == 4 and b["reports"] == 6),
        ("/api/stats/daily", lambda b: b["days"][0] == "2022-01-05" and b["series"][0]["key"] == "COERCE"
         or b["series"][0]["key"] == "PROTEST"),
        ("/api/stats/daily?by=country&country=KAZ",
         lambda b: b["days"] == ["2022-01-05"] and b["series"] == [{"key": "KAZ", "counts": [2], "total": 2}]),
    ],
)
def test_aggregates(client: TestClient, url: str, check: object) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert check(r.json())  # type: ignore[operator]


@pytest.mark.parametrize(
    "params",
    [{}, {"country": "KAZ"}, {"type": "PROTEST"}, {"since": "2022-01-06", "until": "2022-03-01"},
     {"type": "Riots"}, {"q": "fuel"}],
)
def test_daily_series_matches_the_reports(client: TestClient, store: Store, params: dict[str, str]) -> None:
    """The time series (from the rollup where it can) equals grouping the reports themselves."""
    from seismo.store import EventFilter
    from seismo.store.read.stats import _daily_reports

    body = client.get("/api/stats/daily", params=params).json()
    got = {(d, s["key"]): n for s in body["series"] for d, n in zip(body["days"], s["counts"]) if n}
    with store.engine.connect() as conn:
        want = {(d.isoformat(), k): n for d, k, n in _daily_reports(conn, EventFilter(**params), by="type")}
    assert got == want
