"""``seismo serve`` and the API benchmark function, without a real server or the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from seismo.store import Store
from seismo.store.samples import sample_results


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


def test_bench_measure_api(tmp_path: Path) -> None:
    from seismo.api.bench import measure

    path = tmp_path / "bench.db"
    with Store.open(path) as store:
        store.write(sample_results())
    report = measure(str(path), requests=3, browser=False, queries=(("all", {}), ("kaz", {"country": "KAZ"})))
    assert report["events"] == 6
    assert set(report["api"]) == {"all", "kaz"}
    assert all(v["statuses"] == [200] and v["n"] == 3 and v["p95_ms"] >= v["p50_ms"] > 0
               for v in report["api"].values())
    assert report["api_p95_ms"] == max(v["p95_ms"] for v in report["api"].values())
