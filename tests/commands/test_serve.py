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
    assert "127.0.0.1" in out and "8000" in out and "SEISMO_TOKEN" in out
