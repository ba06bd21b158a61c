"""``seismo feeds add / list / remove / poll`` and ``seismo serve --poll`` (:mod:`seismo.commands.feeds`),
against the local site with the model-free pipeline."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from click.testing import CliRunner

from seismo.cli import cli


@pytest.fixture()
def no_model(monkeypatch, fake_pipeline) -> None:
    """``seismo.pipeline.Pipeline(settings=...)`` builds the model-free pipeline."""
    import seismo.pipeline

    monkeypatch.setattr(seismo.pipeline, "Pipeline", lambda **_: fake_pipeline())


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_add_list_poll_remove(site, tmp_path, no_model) -> None:
    db = str(tmp_path / "s.db")
    good = site.rss("/rss.xml", [site.page(f"/{i}.html", story=i) for i in range(3)])
    added = run("feeds", "add", good, "--name", "courier", "--every", "30m", "--db", db)
    assert added.exit_code == 0, added.output
    assert "added feed 1: " in added.output and "(every 30m, name courier)" in added.output
    assert "updated feed 1" in run("feeds", "add", good, "--every", "1h", "--db", db).output

    polled = run("feeds", "poll", "--once", "--delay", "0", "--db", db)
    assert polled.exit_code == 0, polled.output
    assert "feed 1 (courier): 3 items, 3 new articles stored" in polled.output
    assert "polled 1 feed: 3 items, 3 new articles stored" in polled.output
    assert "no feed was due" in run("feeds", "poll", "--once", "--delay", "0", "--db", db).output

    assert run("feeds", "add", site.url("/missing.xml"), "--db", db).exit_code == 0
    partly = run("feeds", "poll", "--once", "--all", "--delay", "0", "--db", db)
    assert partly.exit_code == 1, partly.output  # one feed failed, the other was read
    assert "FAILED (1 in a row): HTTP 404 Not Found" in partly.output
    assert "feed 1 (courier): not modified since the last poll" in partly.output

    rows = [json.loads(line) for line in run("feeds", "list", "--format", "json", "--db", db).output.splitlines()]
    assert [(r["id"], r["name"], r["every_seconds"], r["failures"], r["pages"], r["articles"]) for r in rows] == [
        (1, "courier", 3600, 0, 3, 3), (2, None, 900, 1, 0, 0)]
    assert rows[1]["last_error"] == "HTTP 404 Not Found"
    table = run("feeds", "list", "--db", db).output
    assert "courier" in table and "HTTP 404 Not Found" in table

    failed = run("feeds", "poll", "--once", "--feed", "2", "--delay", "0", "--db", db)
    assert failed.exit_code == 2  # every feed polled failed
    removed = run("feeds", "remove", "courier", "--db", db)
    assert removed.exit_code == 0 and "removed feed 1" in removed.output
    assert [json.loads(x)["id"] for x in run("feeds", "list", "--format", "json", "--db", db).output.splitlines()] == [2]


@pytest.mark.parametrize(("args", "message"), [
    (["feeds", "add", "ftp://a.test/x", "--db", "{db}"], "not an http:// or https:// address"),
    (["feeds", "add", "http://a.test/x", "--every", "10s", "--db", "{db}"], "at most once a minute"),
    (["feeds", "remove", "9", "--db", "{db}"], "no feed with id, URL or name '9'"),
    (["feeds", "poll", "--once", "--db", "{db}"], "no feeds in the store"),
    (["feeds", "poll", "--all", "--db", "{db}"], "--all and --feed poll once: add --once"),
])
def test_errors_name_the_fix(tmp_path, args, message) -> None:
    db = str(tmp_path / "s.db")
    assert "no store at" in run("feeds", "list", "--db", db).output  # only `feeds add` creates a store
    from seismo.store import Store

    Store.open(db).close()
    result = run(*(a.format(db=db) for a in args))
    assert result.exit_code == 2 and message in result.output


def test_serve_poll_runs_the_poller_in_the_background(monkeypatch, tmp_path, site, no_model) -> None:
    import uvicorn

    from seismo.commands.serve import serve

    db = str(tmp_path / "s.db")
    assert run("feeds", "add", site.rss("/rss.xml", [site.page("/1.html", story=1)]), "--db", db).exit_code == 0
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **_: Any) -> None:
        seen["threads"] = [t.name for t in threading.enumerate()]

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(serve, ["--db", db, "--poll"])
    assert result.exit_code == 0, result.output
    assert "seismo-feeds" in seen["threads"]
    assert "polling the store's feeds in the background" in result.output
    assert "seismo-feeds" not in [t.name for t in threading.enumerate()]  # stopped with the server
