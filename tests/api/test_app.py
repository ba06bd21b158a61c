"""The application (:mod:`seismo.api.app`): the OpenAPI document, errors mapped to statuses,
hostile strings in every filter of every route, the Content-Security-Policy; and the real
pipeline's output served end to end."""

from __future__ import annotations

import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.store import Store

REPO = Path(__file__).resolve().parents[2]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}", "/api/quotes",
            "/api/speakers", "/api/places", "/api/places/mentions", "/api/actors", "/api/stats/daily",
            "/api/summary", "/api/stats"} <= set(doc["paths"])
    assert "multipart/form-data" in doc["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    assert not any(p.startswith("/events") for p in doc["paths"])  # pages stay out of the API document


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


def test_content_security_policy(client: TestClient) -> None:
    for url in ("/", "/api/events", "/api/nothing"):
        csp = client.get(url).headers["content-security-policy"]
        script = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert "'self'" in script and "unsafe-inline" not in script and "unsafe-eval" not in script


@pytest.mark.model
def test_real_pipeline_output_served(make_client, pipeline, tmp_path: Path) -> None:
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
