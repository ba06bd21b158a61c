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
        ("/api/events?country=Kazakhstan", 422, "ISO 3166-1 alpha-3"),
        ("/api/events?country=XYZ", 422, "ISO 3166-1 alpha-3 code such as KAZ"),
        ("/api/events?since=7 Jan", 422, "since: must be a date YYYY-MM-DD, got '7 Jan'"),
        ("/api/events?until=0.0", 422, "until: must be a date YYYY-MM-DD"),
        ("/api/events?since=2022-02-30", 422, "a date YYYY-MM-DD"),
        ("/api/events?since=2022-02-01&until=2022-01-01", 422, "swap them"),
        ("/api/events?modality=maybe", 422, "modality: Input should be 'asserted'"),
        ("/api/events?type=RIOTING", 422, "type: Input should be 'AGREE'"),
        ("/api/events?scope=POLITICAL", 422, "scope: Input should be 'political', 'incident' or 'all'"),
        ("/api/events?cursor=not-a-cursor", 422, "next_cursor"),
        ("/api/events?sort=size", 422, "sort"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=many", 422, "limit"),
        ("/api/events?format=xml", 422, "format"),
        ("/api/events.geojson?limit=5001", 422, "limit"),
        ("/api/articles?since=yesterday", 422, "since: must be a date YYYY-MM-DD"),
        ("/api/articles?cursor=eyJsIjoicXVvdGVzIiwicCI6MX0", 422, "not a cursor of /api/articles"),
        ("/api/places?limit=-1", 422, "limit"),
        ("/api/summary?country=1", 422, "country"),
        ("/api/stats/daily?by=planet", 422, "by"),
        ("/api/events/nope", 404, "no event 'nope'"),
        ("/api/articles/nope", 404, "no article 'nope'"),
        ("/api/stories/nope", 404, "no story 'nope'"),
        ("/api/nothing-here", 404, "nothing at /api/nothing-here"),
    ],
)
def test_error_statuses(client: TestClient, url: str, status: int, words: str) -> None:
    """Every request value that cannot be used is one status, 422; every error is an RFC 9457 problem."""
    r = client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == status and words in body["detail"], body["detail"]
    assert body["type"] == "about:blank" and body["title"] and body["instance"] == url.split("?")[0]


def test_validation_problem_names_each_bad_value(client: TestClient) -> None:
    body = client.get("/api/events", params={"limit": "0", "since": "soon"}).json()
    assert {tuple(e["loc"]) for e in body["errors"]} == {("query", "limit"), ("query", "since")}
    assert body["title"] == "Unprocessable Content"


@pytest.mark.parametrize(
    ("method", "url", "allow"),
    [("DELETE", "/api/events", "GET, HEAD"), ("OPTIONS", "/api/articles", "GET, HEAD, POST"),
     ("PUT", "/api/articles/any-id", "GET, HEAD")],
)
def test_method_not_allowed_is_a_problem_with_allow(client: TestClient, method: str, url: str, allow: str) -> None:
    """Allow lists every method of the path, also where two routes share it (GET and POST /api/articles)."""
    r = client.request(method, url)
    assert r.status_code == 405 and r.headers["content-type"] == "application/problem+json"
    assert r.headers["allow"] == allow


def test_dashboard_errors_stay_html(client: TestClient) -> None:
    r = client.get("/events", params={"country": "XYZ"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")


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
        allowed = (200, 422) if url.startswith("/api/") else (200, 400, 422)
        assert r.status_code in allowed, (url, name, r.status_code, r.text[:200])
    for path in (f"/api/events/{quote(value, safe='')}", f"/api/articles/{quote(value, safe='')}"):
        assert client.get(path).status_code in (404, 422)  # 422: a NUL character is refused
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
