"""The API's conventions (:mod:`seismo.api.protocol`): cursor pages with a Link header on every
list, problem details declared in the OpenAPI document, typed parameters, CSV and GeoJSON,
CORS, the bearer scheme and the offline ``/docs`` page."""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.api.app import check_origins
from seismo.api.protocol import formats, paging
from seismo.config import Settings
from seismo.errors import ConfigError, QueryError
from seismo.store import Store
from seismo.contract.vocab import ACLED_EVENT_TYPES, MODALITIES, PLOVER_TYPES, SCOPES

LINK = re.compile(r'^<(?P<url>[^>]+)>; rel="next"$')

#: every list of the API: path, params, the key that identifies an item
LISTS = [
    ("/api/events", {}, "id"),
    ("/api/events.geojson", {}, "id"),
    ("/api/articles", {}, "id"),
    ("/api/quotes", {}, "id"),
    ("/api/speakers", {}, "speaker"),
    ("/api/places", {}, "name"),
    ("/api/places/mentions", {}, "name"),
    ("/api/actors", {}, "actor"),
    ("/api/summary", {}, "type"),
]


def _items(body: dict[str, Any]) -> list[dict[str, Any]]:
    return body["features"] if body.get("type") == "FeatureCollection" else body["items"]


def _key(item: dict[str, Any], key: str) -> Any:
    return item["id"] if "properties" in item else (item.get("country"), item[key])


@pytest.mark.parametrize(("path", "params", "key"), LISTS, ids=[p for p, _, _ in LISTS])
def test_every_list_pages_by_cursor_and_link(client: TestClient, path: str, params: dict[str, str], key: str) -> None:
    """One item a page, following the Link header: every item once, in the order of one big page."""
    everything = [_key(i, key) for i in _items(client.get(path, params={**params, "limit": 1000}).json())]
    assert len(everything) >= 2, "the samples give at least two items to page over"
    seen: list[Any] = []
    url: str | None = path
    query: dict[str, Any] | None = {**params, "limit": 1}
    for _ in range(len(everything) + 1):
        assert url is not None
        r = client.get(url, params=query)
        assert r.status_code == 200, r.text
        body = r.json()
        seen.extend(_key(i, key) for i in _items(body))
        link = r.headers.get("link")
        if body["next_cursor"] is None:
            assert link is None
            break
        match = LINK.match(link or "")
        assert match, link
        assert f"cursor={body['next_cursor']}" in match["url"] and "limit=1" in match["url"]
        url, query = match["url"], None
    assert seen == everything


@pytest.mark.parametrize("path", [p for p, _, _ in LISTS])
def test_a_blank_cursor_is_the_first_page(client: TestClient, path: str) -> None:
    assert client.get(path, params={"cursor": ""}).json() == client.get(path).json()


def test_the_last_page_has_no_cursor(client: TestClient) -> None:
    r = client.get("/api/articles", params={"limit": 4})
    assert len(r.json()["items"]) == 4 and r.json()["next_cursor"] is None and "link" not in r.headers


def test_positional_cursors_are_opaque_and_checked() -> None:
    cursor = paging.encode("quotes", 3)
    assert paging.decode(cursor, "quotes") == 3 and paging.decode(None, "quotes") == paging.decode("", "quotes") == 0
    for bad in (cursor[:-2], "x" * 50, paging.encode("quotes", 0), paging.encode("quotes", -1),
                paging.encode("quotes", paging.MAX_POSITION + 1)):
        with pytest.raises(QueryError, match="next_cursor"):
            paging.decode(bad, "quotes")
    with pytest.raises(QueryError, match="/api/articles"):
        paging.decode(cursor, "articles")


# ------------------------------------------------------------------ the OpenAPI document


@pytest.fixture
def document(client: TestClient) -> dict[str, Any]:
    return client.get("/api/openapi.json").json()  # type: ignore[no-any-return]


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, op) for p, item in doc["paths"].items() for m, op in item.items()]


def test_every_error_is_declared_as_a_problem(document: dict[str, Any]) -> None:
    for path, method, op in _operations(document):
        errors = {s: r for s, r in op["responses"].items() if s[0] in "45"}
        assert {"500", "503"} <= set(errors), (method, path)
        if op.get("parameters", []) and any(p["in"] == "query" for p in op["parameters"]):
            assert "422" in errors, (method, path)
        for status, response in errors.items():
            assert list(response["content"]) == ["application/problem+json"], (method, path, status)
            assert response["content"]["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
    assert "400" not in {s for _, _, op in _operations(document) for s in op["responses"]}
    assert "HTTPValidationError" not in document["components"]["schemas"]
    problem = document["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "instance"} <= set(problem["properties"])


def test_lists_declare_the_link_header(document: dict[str, Any]) -> None:
    for path, _, _ in LISTS:
        ok = document["paths"][path]["get"]["responses"]["200"]
        assert "Link" in ok["headers"], path
        content = ok["content"]
        schema = next(iter(content.values()))["schema"]
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert "next_cursor" in document["components"]["schemas"][name]["properties"], path


def _param(doc: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    return next(p for p in doc["paths"][path]["get"]["parameters"] if p["name"] == name)["schema"]


def _enum(schema: dict[str, Any]) -> list[str]:
    return next(s["enum"] for s in schema.get("anyOf", [schema]) if "enum" in s)


def test_query_parameters_are_typed(document: dict[str, Any]) -> None:
    for path in ("/api/events", "/api/events.geojson", "/api/places", "/api/actors", "/api/summary", "/api/stats/daily"):
        assert _enum(_param(document, path, "modality")) == list(MODALITIES)
        assert _enum(_param(document, path, "scope")) == list(SCOPES)
        assert set(_enum(_param(document, path, "type"))) == set(PLOVER_TYPES) | ACLED_EVENT_TYPES
        assert "Peaceful protest" in _enum(_param(document, path, "sub_event_type"))
        for name in ("since", "until"):
            assert {"type": "string", "format": "date"} in _param(document, path, name)["anyOf"]
    for path in ("/api/articles",):
        assert {"type": "string", "format": "date"} in _param(document, path, "since")["anyOf"]
    for path, _, _ in LISTS:
        limit = _param(document, path, "limit")
        assert limit["type"] == "integer" and limit["minimum"] == 1, path


def test_write_endpoint_declares_the_bearer_scheme(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    assert schemes == {"bearerAuth": {"type": "http", "scheme": "bearer", "description": schemes["bearerAuth"]["description"]}}
    assert document["paths"]["/api/articles"]["post"]["security"] == [{"bearerAuth": []}]
    assert "security" not in document["paths"]["/api/articles"]["get"]
    assert {"401", "403", "413", "415", "422"} <= set(document["paths"]["/api/articles"]["post"]["responses"])


# ------------------------------------------------------------------ CSV and GeoJSON


@pytest.mark.parametrize(
    ("params", "headers", "csv_out"),
    [
        ({"format": "csv"}, {}, True),
        ({}, {"Accept": "text/csv"}, True),
        ({}, {"Accept": "application/json;q=0.5, text/csv"}, True),
        ({}, {"Accept": "text/csv;q=0.2, application/json"}, False),
        ({}, {"Accept": "*/*"}, False),
        ({}, {}, False),
        ({"format": "json"}, {"Accept": "text/csv"}, False),
    ],
)
def test_events_as_csv_by_format_or_accept(client: TestClient, params: dict[str, str], headers: dict[str, str],
                                           csv_out: bool) -> None:
    r = client.get("/api/events", params={"country": "KAZ", **params}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv" if csv_out else "application/json")
    assert "Accept" in r.headers["vary"]


def test_csv_rows_are_the_reports(client: TestClient) -> None:
    body = client.get("/api/events", params={"country": "KAZ"}).json()
    r = client.get("/api/events", params={"country": "KAZ", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0]) == formats.CSV_COLUMNS
    assert [row["id"] for row in rows] == [e["id"] for e in body["items"]]
    arrest = next(row for row in rows if row["type"] == "COERCE")
    assert arrest["arrested"] == "40" and arrest["country"] == "KAZ" and arrest["evidence"].startswith("Police arrested")
    assert arrest["killed"] == ""  # missing: an empty field


def test_csv_pages_by_link(client: TestClient) -> None:
    r = client.get("/api/events", params={"format": "csv", "limit": 2})
    match = LINK.match(r.headers["link"])
    assert match and "format=csv" in match["url"]
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == 2


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)"])
def test_csv_text_never_starts_a_formula(value: str) -> None:
    row = formats.csv_row({"id": "r", "evidence": {"text": value}, "article": {"title": value}})
    assert row["evidence"] == "'" + value and row["article_title"] == "'" + value


def test_geojson_feature_collection(client: TestClient) -> None:
    r = client.get("/api/events.geojson", params={"country": "KAZ"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/geo+json"
    body = r.json()
    events = client.get("/api/events", params={"country": "KAZ"}).json()["items"]
    assert body["type"] == "FeatureCollection" and body["next_cursor"] is None
    assert [f["properties"] for f in body["features"]] == events
    for feature, event in zip(body["features"], events):
        assert feature["type"] == "Feature" and feature["id"] == event["id"]
        assert feature["geometry"] == {"type": "Point",
                                       "coordinates": [event["location"]["lon"], event["location"]["lat"]]}


def test_geojson_feature_without_coordinates_has_null_geometry() -> None:
    assert formats.feature({"id": "r", "location": None})["geometry"] is None
    assert formats.feature({"id": "r", "location": {"lat": 1.5, "lon": None}})["geometry"] is None


# ------------------------------------------------------------------ CORS


def test_no_cors_by_default(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Origin": "https://notebook.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options("/api/events", headers={"Origin": "https://notebook.example",
                                                 "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_for_the_given_origins(store: Store) -> None:
    client = TestClient(create_app(Settings(db_url=store.url), store=store,
                                   cors_origins=["https://notebook.example", "http://localhost:8888/"]))
    r = client.get("/api/events", params={"limit": 1}, headers={"Origin": "https://notebook.example"})
    assert r.headers["access-control-allow-origin"] == "https://notebook.example"
    assert "link" in r.headers["access-control-expose-headers"].lower()
    pre = client.options("/api/articles", headers={"Origin": "http://localhost:8888",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "authorization, content-type"})
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "http://localhost:8888"
    other = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("origin", ["notebook.example", "https://notebook.example/path", "ftp://x.example", ""])
def test_bad_cors_origin_is_refused(origin: str) -> None:
    with pytest.raises(ConfigError, match="scheme://host"):
        check_origins([origin])


# ------------------------------------------------------------------ /docs


def test_docs_page_is_served_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    scripts = re.findall(r'<script src="([^"]+)"', r.text)
    assert scripts == ["/docs/assets/swagger-ui-bundle.js", "/docs/init.js"]
    assert "<script>" not in r.text and "http" not in r.text  # no inline script, nothing from elsewhere
    for url in scripts + re.findall(r'<link rel="stylesheet" href="([^"]+)"', r.text):
        asset = client.get(url)
        assert asset.status_code == 200 and len(asset.content) > 100, url
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_docs_page_names_the_fix_when_swagger_is_missing(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Any) -> None:
    from seismo.api import app as app_module

    monkeypatch.setattr(app_module, "STATIC_DIR", tmp_path)
    r = TestClient(create_app(Settings(db_url=store.url), store=store, dashboard=False)).get("/docs")
    assert r.status_code == 503 and "npm ci" in r.text


def test_browser_renders_docs(sqlite_copy: Any, tmp_path: Path) -> None:
    """Swagger UI draws every operation in Chromium, with the page's Content-Security-Policy and
    no network beyond this server.  (The page reads the OpenAPI document only, the same on either
    backend: one SQLite store.)"""
    from seismo.api.live import browser_missing, chromium, serve_in_thread

    reason = browser_missing()
    if reason:
        pytest.skip(reason)
    store = Store.open(sqlite_copy(tmp_path / "docs.db", samples=True))
    app = create_app(Settings(db_url=store.url), store=store)
    document = TestClient(app).get("/api/openapi.json").json()
    with store, serve_in_thread(app) as base, chromium() as browser:
        page = browser.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("request", lambda req: problems.append(f"outside request {req.url}")
                if not req.url.startswith(base) and not req.url.startswith("data:") else None)
        page.goto(base + "/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        assert page.locator(".opblock").count() == len(_operations(document))
        assert page.locator('[data-path="/api/events.geojson"]').count() == 1
        assert not problems, problems
