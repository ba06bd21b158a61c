"""CI smoke for :func:`seismo.eval.evaluate` and ``seismo eval``: every task end to end on a few
records (marked slow), and the CLI contract."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.eval import NO_DATA, TASKS, evaluate
from seismo.eval.report import TaskReport


@pytest.fixture
def same_pipeline(monkeypatch, pipeline):
    """Make the command reuse the session pipeline instead of loading the model again."""
    monkeypatch.setattr("seismo.pipeline.Pipeline", lambda *a, **k: pipeline)
    return pipeline


@pytest.mark.slow
@pytest.mark.parametrize("task", [t for t in TASKS if t != "seed" and t not in NO_DATA])
def test_every_task_runs_on_two_records(task, pipeline, shared_data):
    report = evaluate(task, pipeline=pipeline, data_dir=shared_data, limit=2)
    assert isinstance(report, TaskReport) and report.task == task
    assert report.metrics and all(m.value is None or 0 <= m.value or m.unit != "ratio" for m in report.metrics)
    assert all(n <= 2 for name, n in report.datasets if "sentences" not in name)
    json.dumps(report.to_json())  # JSON-serialisable


@pytest.mark.slow
def test_seed_task(pipeline, seed_path):
    report = evaluate("seed", pipeline=pipeline, seed_dir=seed_path.parent)
    items = report.extra["items"]
    assert {i["section"] for i in items} == {"events", "quotes", "places", "actors", "must_not"}
    assert all(i["status"] in {"found", "wrong", "missing", "respected", "violated", "unchecked"} for i in items)


def test_cli_missing_data_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "geo", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "not found" in result.output and "--data" in result.output


def test_cli_unknown_task_exits_2():
    result = CliRunner().invoke(cli, ["eval", "sentiment"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_cli_json(same_pipeline, shared_data):
    result = CliRunner().invoke(cli, ["eval", "events-case2021", "--data", str(shared_data), "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)  # the summary line goes to stderr
    assert payload["task"] == "events-case2021"
    assert payload["metrics"]["weighted F1 (25 ACLED types)"]["anchor"] == 83.9


@pytest.mark.slow
def test_cli_all_writes_markdown(same_pipeline, shared_data, seed_path, tmp_path, monkeypatch):
    monkeypatch.setenv("SEISMO_SHARED", str(shared_data.parent))
    out = tmp_path / "EVALUATION.md"
    result = CliRunner().invoke(cli, ["eval", "all", "--limit", "1", "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.startswith("# Evaluation") and "83.9" in text and "82.7" in text
    for task in TASKS:
        assert f"## {task} — " in text


def test_cli_missing_seed_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "seed", "--seed-dir", str(tmp_path)])
    assert result.exit_code == 2 and "seed article" in result.output
