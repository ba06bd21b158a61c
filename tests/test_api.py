"""The HTTP API in-process: every endpoint, filter, error status and the token rule.

The store is a temporary SQLite file filled with hand-built results (no model); one test at
the end runs the real pipeline on a few sample articles.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.config import Settings
from seismo.ids import article_id
from seismo.model import Article, Result
from seismo.store import Store
from seismo.store.samples import sample_results

REPO = Path(__file__).resolve().parents[1]
TOKEN = "test-token-123"


class FakePipeline:
    """Stands in for the NLP: each article comes back with nothing found."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def run_many(self, articles: list[Article]) -> Iterator[Result]:
        for a in articles:
            self.seen.append(a)
            yield Result(article=a, warnings=("events: no event found",))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "api.db")
    s.write(sample_results())
    yield s
    s.close()


def make_client(store: Store, **settings: object) -> TestClient:
    app = create_app(Settings(db_url=store.url, **settings), store=store, pipeline=FakePipeline())  # type: ignore[arg-type]
    return TestClient(app)


@pytest.fixture
def client(store: Store) -> TestClient:
    return make_client(store)


@pytest.fixture
def writer(store: Store) -> TestClient:
    return make_client(store, token=TOKEN)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --------------------------------------------------------------------------- reading


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


def test_event_with_reports(client: TestClient) -> None:
    hit = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"][0]
    r = client.get(f"/api/events/{hit['event_id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["type"] == "ASSAULT" and body["country"] == "UKR"
    assert [rep["id"] for rep in body["reports"]] == [hit["id"]]
    assert body["reports"][0]["evidence"]["text"].startswith("Russian forces shelled Kharkiv")


def test_article_with_spans(client: TestClient) -> None:
    aid = sample_results()[1].article.id
    body = client.get(f"/api/articles/{aid}").json()
    text = body["text"]
    assert body["article"]["title"] == "Bins burn in Paris"
    spans = body["places"] + body["dates"] + body["quotes"] + [e["evidence"] for e in body["events"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({}, ["Bins burn in Paris", "Kharkiv shelled", "Fuel protests spread in Kazakhstan", None]),
        ({"q": "fuel prices"}, ["Fuel protests spread in Kazakhstan"]),
        ({"since": "2022-02-01"}, ["Bins burn in Paris", "Kharkiv shelled"]),
        ({"limit": 1}, ["Bins burn in Paris"]),
        ({"limit": 1, "offset": 1}, ["Kharkiv shelled"]),
    ],
)
def test_articles_list_and_search(client: TestClient, params: dict[str, object], titles: list[str | None]) -> None:
    body = client.get("/api/articles", params=params).json()
    assert [a["title"] for a in body["items"]] == titles


@pytest.mark.parametrize(
    ("params", "speakers"),
    [
        ({}, ["Marie Dupont", "the interior ministry", "the envoy"]),
        ({"speaker": "dupont"}, ["Marie Dupont"]),
        ({"org": "interior"}, ["the interior ministry"]),
        ({"q": "useful"}, ["the envoy"]),
    ],
)
def test_quote_filters(client: TestClient, params: dict[str, str], speakers: list[str]) -> None:
    items = client.get("/api/quotes", params=params).json()["items"]
    assert [q["speaker"]["name"] or q["speaker"]["text"] for q in items] == speakers


@pytest.mark.parametrize(
    ("url", "check"),
    [
        ("/api/places", lambda b: b[0]["name"] == "Almaty" and b[0]["events"] == 2),
        ("/api/places?country=UKR", lambda b: [p["name"] for p in b] == ["Kharkiv"]),
        ("/api/places/mentions?q=gen", lambda b: [p["name"] for p in b] == ["Geneva"]),
        ("/api/actors", lambda b: {a["actor"] for a in b} == {"Demonstrators", "Police", "Russian forces", "protesters"}),
        ("/api/speakers", lambda b: {s["speaker"] for s in b} >= {"Marie Dupont"}),
        ("/api/summary?country=KAZ", lambda b: {(r["type"], r["events"]) for r in b} == {("PROTEST", 1), ("COERCE", 1)}),
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


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}", "/api/quotes",
            "/api/speakers", "/api/places", "/api/places/mentions", "/api/actors", "/api/stats/daily",
            "/api/summary", "/api/stats"} <= set(doc["paths"])
    assert "multipart/form-data" in doc["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    assert not any(p.startswith("/events") for p in doc["paths"])  # pages stay out of the API document


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?country=Kazakhstan", 400, "ISO 3166-1 alpha-3"),
        ("/api/events?since=7 Jan", 400, "since must be a date YYYY-MM-DD"),
        ("/api/events?since=2022-02-01&until=2022-01-01", 400, "swap them"),
        ("/api/events?modality=maybe", 400, "modality must be one of"),
        ("/api/events?cursor=not-a-cursor", 400, "next_cursor"),
        ("/api/events?sort=size", 422, "sort"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=many", 422, "limit"),
        ("/api/articles?since=yesterday", 400, "since must be a date"),
        ("/api/stats/daily?by=planet", 422, "by"),
        ("/api/events/nope", 404, "no event 'nope'"),
        ("/api/articles/nope", 404, "no article 'nope'"),
        ("/api/nothing-here", 404, "nothing at /api/nothing-here"),
    ],
)
def test_error_statuses(client: TestClient, url: str, status: int, words: str) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status"] == status and words in body["message"]


def test_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    r = client.get("/api/events", params={"limit": 1, "cursor": cursor, "sort": "confidence"})
    assert r.status_code == 400 and "keep the sort" in r.json()["message"]


INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE events; --",
    '" OR ""="',
    "KAZ' UNION SELECT * FROM articles --",
    "%_\\",
    "NEAR(a b) OR * AND \"",
    "\x00",
    "😀" * 50,
]
FILTERS = ["country", "type", "sub_event_type", "actor", "since", "until", "modality", "q", "article_id", "cursor", "sort"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_never_break_anything(client: TestClient, store: Store, value: str) -> None:
    before = store.stats()
    urls = [("/api/events", name) for name in FILTERS]
    urls += [("/api/articles", n) for n in ("q", "since", "until")]
    urls += [("/api/quotes", n) for n in ("speaker", "org", "q", "article_id")]
    urls += [("/api/places", "country"), ("/api/places/mentions", "q"), ("/api/actors", "actor"),
             ("/api/stats/daily", "type"), ("/api/summary", "q"), ("/events", "actor"), ("/", "q"),
             ("/quotes", "speaker"), ("/articles", "q")]
    for url, name in urls:
        r = client.get(url, params={name: value})
        assert r.status_code in (200, 400, 422), (url, name, r.status_code, r.text[:200])
    for path in (f"/api/events/{quote(value, safe='')}", f"/api/articles/{quote(value, safe='')}"):
        assert client.get(path).status_code in (404, 400, 422)
    assert store.stats() == before


# --------------------------------------------------------------------------- writing


def test_write_endpoint_is_off_without_a_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "Police arrested 5 people."}, headers=auth())
    assert r.status_code == 403
    assert "SEISMO_TOKEN" in r.json()["message"]


@pytest.mark.parametrize(
    ("headers", "words"),
    [({}, "missing bearer token"), (auth("wrong"), "wrong bearer token"), ({"Authorization": "Basic abc"}, "missing")],
)
def test_write_needs_the_right_token(writer: TestClient, headers: dict[str, str], words: str) -> None:
    r = writer.post("/api/articles", json={"text": "Police arrested 5 people."}, headers=headers)
    assert r.status_code == 401 and words in r.json()["message"]
    assert r.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Police arrested five people in Almaty.", "date": "2022-01-08", "title": "Arrests"},
        [{"text": "Police arrested five people in Almaty.", "date": "2022-01-08", "title": "Arrests"}],
        {"articles": [{"text": "Police arrested five people in Almaty.", "date": "2022-01-08", "title": "Arrests"}]},
    ],
)
def test_ingest_json(writer: TestClient, store: Store, body: object) -> None:
    r = writer.post("/api/articles", json=body, headers=auth())
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["articles"][0]["stored"] is True and out["skipped"] == []
    stored = store.article(out["articles"][0]["id"])
    assert stored is not None and stored.article.title == "Arrests" and stored.article.date == dt.date(2022, 1, 8)
    again = writer.post("/api/articles", json=body, headers=auth())
    assert again.status_code == 200 and again.json()["articles"][0]["stored"] is False


def test_ingest_file_upload(writer: TestClient, store: Store) -> None:
    lines = [json.dumps({"id": f"up-{i}", "date": "2022-01-09", "text": f"Protest number {i} in Aktau."})
             for i in range(3)] + ["{not json"]
    files = {"file": ("batch.jsonl", "\n".join(lines).encode(), "application/x-ndjson")}
    r = writer.post("/api/articles", files=files, headers=auth())
    assert r.status_code == 201, r.text
    body = r.json()
    assert [a["id"] for a in body["articles"]] == ["up-0", "up-1", "up-2"]
    assert len(body["skipped"]) == 1 and "batch.jsonl line 4" in body["skipped"][0]
    assert "/tmp" not in body["skipped"][0]
    assert store.known_article_ids(["up-0", "up-1", "up-2"]) == {"up-0", "up-1", "up-2"}


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"json": {"title": "no text"}}, 422, "text"),
        ({"json": {"text": ""}}, 422, "text"),
        ({"json": {"text": "x", "colour": "red"}}, 422, "colour"),
        ({"content": b"{broken", "headers": {"Content-Type": "application/json"}}, 422, "not JSON"),
        ({"json": {"text": "Riot.", "date": "7 Jan"}}, 422, "'date' must be YYYY-MM-DD"),
        ({"content": b"text", "headers": {"Content-Type": "text/plain"}}, 415, "application/json"),
        ({"files": {"other": ("a.txt", b"Riot.")}}, 422, "no file in field 'file'"),
        ({"files": {"file": ("a.bin", b"\x00\x01\x02")}}, 422, "binary"),
    ],
)
def test_ingest_bad_input(writer: TestClient, kwargs: dict[str, object], status: int, words: str) -> None:
    kwargs = dict(kwargs)
    headers = {**auth(), **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    r = writer.post("/api/articles", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == status, r.text
    assert words in r.json()["message"]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"json": {"text": "a" * 1500}}, "1,500 characters"),
        ({"content": b"[" + b" " * 80_000 + b"]", "headers": {"Content-Type": "application/json"}}, "limit"),
    ],
)
def test_ingest_too_large(store: Store, kwargs: dict[str, object], words: str) -> None:
    small = make_client(store, token=TOKEN, max_article_chars=1000)
    kwargs = dict(kwargs)
    headers = {**auth(), **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    r = small.post("/api/articles", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 413, r.text
    assert words in r.json()["message"]


# --------------------------------------------------------------------------- headers


def test_content_security_policy(client: TestClient) -> None:
    for url in ("/", "/api/events", "/api/nothing"):
        csp = client.get(url).headers["content-security-policy"]
        script = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert "'self'" in script and "unsafe-inline" not in script and "unsafe-eval" not in script


# --------------------------------------------------------------------------- real pipeline


@pytest.mark.model
def test_real_pipeline_output_served(pipeline, tmp_path: Path) -> None:
    from seismo.ingest import IngestReport, read_inputs

    files = sorted((REPO / "samples").glob("2022-01-0[67]-*.txt"))[:3]
    articles = list(read_inputs(files, report=IngestReport()))
    s = Store.open(tmp_path / "real.db")
    s.write(list(pipeline.run_many(articles)))
    c = make_client(s)
    events = c.get("/api/events", params={"country": "KAZ", "limit": 500}).json()["items"]
    assert events, "the samples report events in Kazakhstan"
    for e in events[:10]:
        article = c.get(f"/api/articles/{e['article']['id']}").json()
        text = article["text"]
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        assert c.get(f"/api/events/{e['event_id']}").status_code == 200
        assert c.get(f"/events/{e['event_id']}").status_code == 200
    assert c.get("/", params={"country": "KAZ"}).status_code == 200
    s.close()


@pytest.mark.parametrize(
    "params",
    [{}, {"country": "KAZ"}, {"type": "PROTEST"}, {"since": "2022-01-06", "until": "2022-03-01"},
     {"type": "Riots"}, {"q": "fuel"}],
)
def test_daily_series_matches_the_reports(client: TestClient, store: Store, params: dict[str, str]) -> None:
    """The time series (from the rollup where it can) equals grouping the reports themselves."""
    from seismo.store import EventFilter
    from seismo.store.stats import _daily_reports

    body = client.get("/api/stats/daily", params=params).json()
    got = {(d, s["key"]): n for s in body["series"] for d, n in zip(body["days"], s["counts"]) if n}
    with store.engine.connect() as conn:
        want = {(d.isoformat(), k): n for d, k, n in _daily_reports(conn, store, EventFilter(**params), by="type")}
    assert got == want


def test_api_queries_module_is_the_store_s() -> None:
    from seismo.api import queries
    from seismo.store import pages, stats

    assert queries.event_page is pages.event_page and queries.daily_counts is stats.daily_counts
