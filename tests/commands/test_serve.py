"""``seismo serve`` (:mod:`seismo.commands.serve`): options and defaults, without a real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        ([], {}, {"host": "127.0.0.1", "port": 8000, "token": False}),
        (["--port", "9001", "--host", "0.0.0.0"], {}, {"host": "0.0.0.0", "port": 9001, "token": False}),
        ([], {"SEISMO_TOKEN": "s3cret"}, {"host": "127.0.0.1", "port": 8000, "token": True}),
    ],
)
def test_serve_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str], env: dict[str, str],
                       expected: dict[str, Any]) -> None:
    import uvicorn

    from seismo.commands.serve import serve

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("SEISMO_TOKEN", raising=False)
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "s.db"), *args], env=env)
    assert result.exit_code == 0, result.output
    (call,) = calls
    assert (call["host"], call["port"]) == (expected["host"], expected["port"])
    assert bool(call["app"].state.services.settings.token) is expected["token"]


def test_serve_help_names_the_defaults() -> None:
    from seismo.commands.serve import serve

    out = CliRunner().invoke(serve, ["--help"]).output
    assert "127.0.0.1" in out and "8000" in out and "SEISMO_TOKEN" in out and "--cors-origin" in out


@pytest.mark.parametrize(
    ("args", "allowed"),
    [([], None), (["--cors-origin", "https://notebook.example"], "https://notebook.example"),
     (["--cors-origin", "http://localhost:8888", "--cors-origin", "https://notebook.example"],
      "https://notebook.example")],
)
def test_serve_cors_origins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str],
                            allowed: str | None) -> None:
    """CORS is off unless --cors-origin names origins; each named origin may call the API."""
    import uvicorn
    from fastapi.testclient import TestClient

    from seismo.commands.serve import serve

    calls: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(app))
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "s.db"), *args])
    assert result.exit_code == 0, result.output
    r = TestClient(calls[0]).get("/api/stats", headers={"Origin": "https://notebook.example"})
    assert r.headers.get("access-control-allow-origin") == allowed


def test_serve_refuses_a_bad_cors_origin(tmp_path: Path) -> None:
    from seismo.commands.serve import serve

    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "s.db"), "--cors-origin", "notebook.example"])
    assert result.exit_code != 0 and "scheme://host" in result.output


def test_serve_workers_run_the_app_factory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--workers N hands uvicorn the factory's import string; each worker builds the same app from
    the environment (store, token, CORS origins)."""
    import importlib

    import uvicorn
    from fastapi.testclient import TestClient

    from seismo.commands.serve import serve

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    for name in ("SEISMO_DB", "SEISMO_TOKEN", "SEISMO_CORS_ORIGINS"):
        monkeypatch.delenv(name, raising=False)  # restored after the test: serve sets them for its workers
    db = tmp_path / "s.db"
    result = CliRunner().invoke(serve, ["--db", str(db), "--workers", "2", "--token", "s3cret",
                                        "--cors-origin", "https://notebook.example"])
    assert result.exit_code == 0, result.output
    ((target, kw),) = calls
    assert target == "seismo.api.app:app_from_env" and kw["factory"] is True and kw["workers"] == 2
    assert (kw["host"], kw["port"]) == ("127.0.0.1", 8000) and "in 2 worker processes" in result.output
    module, name = target.split(":")
    app = getattr(importlib.import_module(module), name)()  # what each worker process does
    assert app.state.services.settings.token == "s3cret" and app.state.services.settings.db_url == str(db)
    r = TestClient(app).get("/api/stats", headers={"Origin": "https://notebook.example"})
    assert r.status_code == 200 and r.headers.get("access-control-allow-origin") == "https://notebook.example"
    assert r.headers["x-content-type-options"] == "nosniff"


def test_serve_one_worker_is_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn

    from seismo.commands.serve import serve

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert "workers" not in calls[0] and "factory" not in calls[0]


def test_serve_refuses_zero_workers(tmp_path: Path) -> None:
    from seismo.commands.serve import serve

    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "s.db"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output
