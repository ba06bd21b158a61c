"""``seismo extract`` and ``seismo ingest`` (:mod:`seismo.commands.extract`) end to end: contract
output, bad input, idempotence; ``--reprocess`` / ``--force`` with a fake pipeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from seismo.cli import cli


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2022-01-05 Police detained 40 protesters in Almaty on Wednesday.\n")
    (folder / "b.jsonl").write_text(
        '{"id": "b1", "date": "2022-01-06", "text": "Troops arrived in Kazakhstan."}\n'
        "this line is not json\n"
        '{"id": "b3", "text": "Protesters burned cars in Aktau.", "date": "7 Jan"}\n'
        '{"id": "b4", "date": "2022-01-08", "title": "no text here"}\n'
        '{"id": "b5", "date": "2022-01-08", "text": "The government resigned."}\n'
    )
    (folder / "empty.txt").write_text("")
    return folder


def test_extract_prints_contract_and_reports_bad_lines(runner, batch):
    result = runner.invoke(cli, ["extract", str(batch)])
    assert result.exit_code == 1  # some input was skipped
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [o["article"]["id"] for o in lines]
    assert ids[1:] == ["b1", "b5"]  # the good lines around the bad ones are kept, in order
    assert lines[0]["article"]["date"] == "2022-01-05"
    assert lines[0]["article"]["id"] not in ("b1", "b5")
    err = result.stderr
    assert "b.jsonl line 2" in err and "not" in err.lower()
    assert "b.jsonl line 3" in err and "7 Jan" in err and "--default-date" in err
    assert "b.jsonl line 4" in err and "text" in err
    assert "empty.txt" in err
    assert "read 3 articles" in err


def test_extract_with_default_date_keeps_the_bad_date_line(runner, batch):
    result = runner.invoke(cli, ["extract", str(batch / "b.jsonl"), "--default-date", "2022-01-07"])
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["b1", "b3", "b5"]
    b3 = json.loads(result.stdout.splitlines()[1])
    assert b3["article"]["date"] == "2022-01-07"


def test_extract_reads_stdin(runner):
    result = runner.invoke(cli, ["extract", "-"], input="Riot police fired tear gas at protesters in Almaty.")
    assert result.exit_code == 0, result.output
    [obj] = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["article"]["date"] is None
    assert any(p["name"] == "Almaty" for p in obj["places"])


def test_ingest_twice_adds_nothing(runner, batch, tmp_path):
    db = str(tmp_path / "s.db")
    first = runner.invoke(cli, ["ingest", str(batch), "--db", db])
    assert first.exit_code == 1
    assert "stored 3 new articles" in first.stderr
    second = runner.invoke(cli, ["ingest", str(batch), "--db", db])
    assert "stored 0 new articles (3 already present)" in second.stderr
    from seismo.store import Store

    assert Store.open(db).stats().articles == 3


def test_bad_default_date_is_a_clear_usage_error(runner, batch):
    result = runner.invoke(cli, ["extract", str(batch), "--default-date", "yesterday"])
    assert result.exit_code == 2
    assert "must be YYYY-MM-DD, got 'yesterday'" in result.output


# ----------------------------------------------------------------------------- re-extraction (no model)


@pytest.fixture()
def cli_pipeline(fake_pipeline, monkeypatch) -> dict[str, str]:
    """``seismo ingest`` builds its own Pipeline: make it the fake one, at the version in the dict."""
    import seismo.pipeline as pipeline_module

    version = {"events": "test.events.v1"}

    def build(*, settings=None):
        return fake_pipeline(events=version["events"])

    monkeypatch.setattr(pipeline_module, "Pipeline", build)
    return version


def test_cli_ingest_reprocess(cli_pipeline, tmp_path) -> None:
    from seismo.cli import cli

    source = tmp_path / "in.jsonl"
    lines = [{"id": f"a{i}", "date": "2022-01-07", "text": t}
             for i, t in enumerate(["Protesters marched in Almaty.", "Nothing in Paris."])]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    db = str(tmp_path / "c.db")
    runner = CliRunner()

    def ingest(*flags: str) -> str:
        result = runner.invoke(cli, ["ingest", str(source), "--db", db, *flags])
        assert result.exit_code == 0, result.output
        return result.stderr

    assert "stored 2 new articles (0 already present), 1 new events" in ingest()
    assert "stored 0 new articles (2 already present), 0 new events" in ingest("--reprocess")
    cli_pipeline["events"] = "test.events.v2"
    assert "stored 0 new articles (2 already present), 0 new events" in ingest()
    assert "(0 already present), re-extracted 2, 1 new events" in ingest("--reprocess")
    assert "(2 already present), 0 new events" in ingest("--reprocess")
    assert "re-extracted 2, 1 new events" in ingest("--force")
    shown = runner.invoke(cli, ["show", "--db", db, "a0"])
    assert "made by test.entities.v1, test.quotes.v1, test.events.v2" in shown.output
