"""The write endpoint (:mod:`seismo.api.routes_ingest`): ``POST /api/articles`` off without a
token, the bearer token rule, JSON bodies and file uploads, bad and oversized input."""

from __future__ import annotations

import datetime as dt
import json
import warnings

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.store import Store

TOKEN = "test-token-123"


@pytest.fixture
def writer(store: Store, make_client) -> TestClient:
    """A client of the app with a token: the write endpoint is on."""
    return make_client(store, token=TOKEN)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_write_endpoint_is_off_without_a_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "Police arrested 5 people."}, headers=auth())
    assert r.status_code == 403
    assert "SEISMO_TOKEN" in r.json()["detail"]


@pytest.mark.parametrize(
    ("headers", "words"),
    [({}, "missing bearer token"), (auth("wrong"), "wrong bearer token"), ({"Authorization": "Basic abc"}, "missing")],
)
def test_write_needs_the_right_token(writer: TestClient, headers: dict[str, str], words: str) -> None:
    r = writer.post("/api/articles", json={"text": "Police arrested 5 people."}, headers=headers)
    assert r.status_code == 401 and words in r.json()["detail"]
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
        # a multipart body without its parts (found by schemathesis): 422 like any unreadable upload
        ({"content": b"--b0\r\nnot a part--b0--\r\n", "headers": {"Content-Type": "multipart/form-data; boundary=b0"}},
         422, "not a readable multipart/form-data body"),
    ],
)
def test_ingest_bad_input(writer: TestClient, kwargs: dict[str, object], status: int, words: str) -> None:
    kwargs = dict(kwargs)
    headers = {**auth(), **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    r = writer.post("/api/articles", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"json": {"text": "a" * 1500}}, "1,500 characters"),
        ({"content": b"[" + b" " * 80_000 + b"]", "headers": {"Content-Type": "application/json"}}, "limit"),
    ],
)
def test_ingest_too_large(make_client, store: Store, kwargs: dict[str, object], words: str) -> None:
    small = make_client(store, token=TOKEN, max_article_chars=1000)
    kwargs = dict(kwargs)
    headers = {**auth(), **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    r = small.post("/api/articles", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 413, r.text
    assert words in r.json()["detail"]
