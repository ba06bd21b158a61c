"""The hardened server: per-token rate limit (429 + Retry-After), body limit, a time limit on each
article's extraction, security headers on every response, constant-time token comparison,
127.0.0.1 by default, and no stack trace in any response."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.api.app import SECURITY_HEADERS
from seismo.api.protocol.limits import RateLimiter
from seismo.config import Settings
from seismo.model import Article, Result
from seismo.store import Store

TOKEN = "hardening-token-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def article(text: str, i: int = 0) -> dict[str, str]:
    return {"text": text, "title": f"Test piece {i}", "date": "2023-05-0" + str(1 + i % 9)}


def test_rate_limit_answers_429_with_retry_after(make_client, store: Store) -> None:
    client = make_client(store, token=TOKEN, ingest_per_minute=2)
    for i in range(2):
        assert client.post("/api/articles", json=article(f"Farmers blocked a road near Oral on day {i}.", i),
                           headers=AUTH).status_code in (200, 201)
    third = client.post("/api/articles", json=article("Teachers rallied outside a school in Taraz.", 5), headers=AUTH)
    assert third.status_code == 429
    assert third.headers["content-type"].startswith("application/problem+json")
    assert int(third.headers["Retry-After"]) >= 1
    assert "SEISMO_INGEST_PER_MINUTE" in third.json()["detail"]


def test_rate_limit_is_off_at_zero(make_client, store: Store) -> None:
    client = make_client(store, token=TOKEN, ingest_per_minute=0)
    codes = {client.post("/api/articles", json=article(f"Drivers honked in Aktau, round {i}.", i),
                         headers=AUTH).status_code for i in range(5)}
    assert codes <= {200, 201}


def test_rate_limiter_per_key_and_refill() -> None:
    now = [100.0]
    limiter = RateLimiter(per_minute=3, clock=lambda: now[0])
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(20.0)  # one request every 20 s
    assert limiter.take("b") == 0.0  # another token has its own allowance
    now[0] += 20.0
    assert limiter.take("a") == 0.0
    assert limiter.take("a") > 0


def test_wrong_tokens_are_refused_before_the_rate_limit(make_client, store: Store) -> None:
    client = make_client(store, token=TOKEN, ingest_per_minute=1)
    for _ in range(3):
        assert client.post("/api/articles", json=article("x"), headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/articles", json=article("Nurses marched in Atyrau."), headers=AUTH).status_code == 201


@pytest.mark.parametrize("chunked", [False, True])
def test_body_over_max_body_bytes_is_413(make_client, store: Store, chunked: bool) -> None:
    client = make_client(store, token=TOKEN, max_body_bytes=2_000)
    body = ('{"text": "' + "Miners stopped work in Karaganda. " * 100 + '"}').encode()
    content = iter([body[:1000], body[1000:]]) if chunked else body
    response = client.post("/api/articles", content=content,
                           headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413
    assert "max_body_bytes" in response.json()["detail"] or "limit" in response.json()["detail"]


class StuckPipeline:
    """Hangs on any article that mentions 'labyrinth' until released; the others come back at once."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def run_many(self, articles: list[Article]) -> Iterator[Result]:
        for a in articles:
            if "labyrinth" in a.text:
                self.release.wait(30)
            yield Result(article=a)


def test_an_article_that_hangs_extraction_is_skipped_with_a_warning(store: Store) -> None:
    pipeline = StuckPipeline()
    app = create_app(Settings(db_url=store.url, token=TOKEN, extract_timeout=0.3), store=store, pipeline=pipeline)
    try:
        with TestClient(app) as client:
            body = [article("A labyrinth of clauses that never ends.", 1), article("Bakers protested in Kostanay.", 2)]
            response = client.post("/api/articles", json=body, headers=AUTH)
    finally:
        pipeline.release.set()
    assert response.status_code == 201, response.text
    slow, fine = response.json()["articles"]
    assert fine["stored"] and not slow["stored"]
    assert "took longer than 0.3 s and was skipped" in slow["warnings"][0]
    assert any("SEISMO_EXTRACT_TIMEOUT" in s for s in response.json()["skipped"])
    assert store.article(slow["id"]) is None and store.article(fine["id"]) is not None
    assert "1 skipped" in response.json()["summary"]


@pytest.mark.parametrize("path", ["/api/events", "/api/stats", "/api/nowhere", "/", "/docs", "/api/openapi.json",
                                  "/events?country=NOPE"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (path, name)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_unhandled_error_has_no_stack_trace_and_keeps_the_headers(store: Store) -> None:
    app = create_app(Settings(db_url=store.url), store=store)

    def explode() -> None:
        raise RuntimeError("secret-internal-detail in /srv/private/path.py")

    app.add_api_route("/api/explode", explode)
    client = TestClient(app, raise_server_exceptions=False)
    response = client.get("/api/explode")
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/problem+json")
    text = response.text
    for leak in ("Traceback", "secret-internal-detail", "/srv/private", 'File "', "line "):
        assert leak not in text
    assert "RuntimeError" in response.json()["detail"]  # the kind, never the message
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name


def test_token_is_compared_in_constant_time(make_client, store: Store, monkeypatch) -> None:
    import seismo.api.deps as deps

    calls = []
    real = deps.hmac.compare_digest
    monkeypatch.setattr(deps.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    client = make_client(store, token=TOKEN)
    client.post("/api/articles", json=article("Porters rallied in Pavlodar."), headers=AUTH)
    assert calls and all(isinstance(a, bytes) for a, _ in calls)


def test_serve_binds_to_localhost_unless_asked() -> None:
    from seismo.commands.serve import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.mark.parametrize("var, value", [("SEISMO_INGEST_PER_MINUTE", "7"), ("SEISMO_EXTRACT_TIMEOUT", "2.5"),
                                        ("SEISMO_MAX_BODY_BYTES", "4096")])
def test_limits_are_settings_from_the_environment(var: str, value: str) -> None:
    settings = Settings.from_env({var: value})
    name = {"SEISMO_INGEST_PER_MINUTE": "ingest_per_minute", "SEISMO_EXTRACT_TIMEOUT": "extract_timeout",
            "SEISMO_MAX_BODY_BYTES": "max_body_bytes"}[var]
    assert getattr(settings, name) == float(value)


def _audit_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "audit.py"
    spec = importlib.util.spec_from_file_location("seismo_audit", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("stdout, stderr, status", [
    ('{"dependencies": [{"name": "a", "version": "1", "vulns": [{"id": "PYSEC-1", "fix_versions": ["2"]}]}]}', "",
     "vulnerable"),
    ('{"dependencies": [{"name": "a", "version": "1", "vulns": []}]}', "", "ok"),
    ('{"dependencies": [{"name": "a", "skip_reason": "Dependency not found on PyPI"}]}', "", "unreachable"),
    ("", "requests.exceptions.ConnectionError: Failed to resolve 'api.osv.dev'", "unreachable"),
])
def test_audit_fails_only_on_a_found_vulnerability(monkeypatch, stdout: str, stderr: str, status: str) -> None:
    import subprocess
    from pathlib import Path

    audit = _audit_module()
    monkeypatch.setattr(Path, "exists", lambda self: True)
    monkeypatch.setattr(audit.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a, 1, stdout=stdout, stderr=stderr))
    got, lines = audit.pip_audit()
    assert got == status
    if status == "unreachable":
        assert "could not reach the advisory database" in lines[0]
