"""``seismo ingest --workers N / --scheduler ADDRESS``: the real pipeline on Dask workers stores what
one process stores; bad combinations and unreachable schedulers are refused with the fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")

from seismo.cli import cli  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from standin import snapshot  # noqa: E402

TEXTS = (
    "date 2022-03-02 Hundreds of nurses marched through Lisbon on Tuesday to demand higher pay, the union said.",
    "date 2022-03-03 Police in Lisbon fired tear gas at nurses who marched on parliament on Wednesday.",
    "date 2022-03-03 The finance minister of Portugal said on Wednesday that the budget would be balanced.",
)


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text)
    return folder


def test_two_workers_store_what_one_process_stores(tmp_path, inputs, pipeline, monkeypatch):
    from seismo.store import Store

    runner = CliRunner()
    with monkeypatch.context() as patch:  # the session's pipeline in this process; each worker loads its own
        patch.setattr("seismo.pipeline.Pipeline", lambda *a, **k: pipeline)
        here = runner.invoke(cli, ["ingest", str(inputs), "--db", str(tmp_path / "here.db")])
    two = runner.invoke(cli, ["ingest", str(inputs), "--db", str(tmp_path / "two.db"), "--workers", "2",
                              "--batch-size", "1"])
    assert here.exit_code == 0, here.output
    assert two.exit_code == 0, two.output
    assert "stored 3 new articles (0 already present)" in two.stderr
    with Store.open(tmp_path / "here.db") as a, Store.open(tmp_path / "two.db") as b:
        assert snapshot(a) == snapshot(b)
        assert snapshot(a)["event_reports"]


def test_workers_and_scheduler_together_are_refused(tmp_path, inputs):
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", str(tmp_path / "s.db"), "--workers", "2",
                                      "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "not both" in result.output


def test_an_unreachable_scheduler_is_named_with_the_fix(tmp_path, inputs):
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "--db", str(tmp_path / "s.db"),
                                      "--scheduler", "tcp://127.0.0.1:9"], env={"SEISMO_SCHEDULER_TIMEOUT": "2"})
    assert result.exit_code != 0
    assert "tcp://127.0.0.1:9" in result.output and "--workers N" in result.output
