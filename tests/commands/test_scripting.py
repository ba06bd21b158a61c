"""The CLI as a script sees it: exit statuses 0 / 1 / 2, undecodable input refused and never
stored, progress with a total, piped tables that never split a word, ``SEISMO_DB`` in help."""

from __future__ import annotations

import io
import sys

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.commands import extract as extract_cmd
from seismo.store import Store

GOOD = "date 2023-03-14 Striking dockworkers rallied outside the port authority in Mombasa on Monday.\n"


@pytest.fixture()
def inputs(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "utf32.txt").write_bytes(b"\xff\xfe\x00\x00garbage")  # a UTF-32 mark, then not UTF-32
    (tmp_path / "utf16.txt").write_bytes(b"\xfe\xff\x00")  # a UTF-16 mark, then half a character
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 20 + b"\xff\xfe\xfd" * 50)
    return tmp_path


def test_partial_ingest_exits_1_names_each_file_and_stores_only_text(runner, inputs):
    db = str(inputs / "s.db")
    names = ["good.txt", "utf32.txt", "utf16.txt", "noise.txt"]
    result = runner.invoke(cli, ["ingest", *(str(inputs / n) for n in names), "--db", db])
    assert result.exit_code == 1, result.output
    for bad in names[1:]:
        assert f"skipped: {inputs / bad}" in result.stderr
    assert "UTF-32 byte-order mark" in result.stderr and "not text" in result.stderr
    with Store.open(db) as store:
        assert store.stats().articles == 1  # the good file only; nothing of the others


def test_nothing_readable_exits_2(runner, inputs):
    db = inputs / "s.db"
    result = runner.invoke(cli, ["ingest", str(inputs / "utf32.txt"), "--db", str(db)])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["extract", str(inputs / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt" in result.stderr


def test_all_good_exits_0(runner, inputs):
    result = runner.invoke(cli, ["ingest", str(inputs / "good.txt"), "--db", str(inputs / "s.db")])
    assert result.exit_code == 0, result.output


def test_no_store_and_bad_arguments_exit_2(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["events", "--db", str(tmp_path / "none.db")]).exit_code == 2
    assert runner.invoke(cli, ["events", "--no-such-flag"]).exit_code == 2
    result = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--type", "Riot"])
    assert result.exit_code == 2 and "Riots" in result.output  # the valid ACLED names are listed


def test_help_names_the_environment_variable():
    for verb in ("events", "ingest", "export", "quotes"):
        result = CliRunner().invoke(cli, [verb, "--help"])
        assert "SEISMO_DB" in result.output, verb
    assert "Exit status" in CliRunner().invoke(cli, ["--help"]).output


def test_piped_table_never_splits_a_word(runner, inputs):
    db = str(inputs / "s.db")
    long = ("date 2023-03-14 Thousands of demonstrators marched through the old quarter of Valparaiso "
            "demanding constitutional reform and the resignation of the regional governor on Tuesday.\n")
    (inputs / "long.txt").write_text(long)
    assert runner.invoke(cli, ["ingest", str(inputs / "long.txt"), "--db", db]).exit_code == 0
    result = CliRunner().invoke(cli, ["events", "--db", db], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    words = set(result.stdout.replace("│", " ").split())
    for word in ("demonstrators", "constitutional", "resignation", "Valparaiso"):
        assert word in words, result.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Fake:
    versions = ("fake.v1",)

    def run_many(self, articles):
        yield from articles


def test_progress_counts_every_article():
    ticks: list[int] = []
    counted = extract_cmd._Counted(_Fake(), ticks.append)
    assert list(counted.run_many(["a", "b", "c"])) == ["a", "b", "c"]
    assert ticks == [1, 1, 1] and counted.versions == ("fake.v1",)


def test_progress_total_is_the_number_of_articles(inputs, monkeypatch):
    (inputs / "more.jsonl").write_text(
        '{"id": "m1", "date": "2023-03-15", "text": "Teachers marched in Nakuru."}\n'
        '{"id": "m2", "date": "2023-03-15", "text": "Nurses walked out in Kisumu."}\n'
    )
    files = (str(inputs / "good.txt"), str(inputs / "more.jsonl"), str(inputs / "utf32.txt"))
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert extract_cmd._total(files, default_date=None, max_chars=100_000) == 3
    assert extract_cmd._total(("-",), default_date=None, max_chars=100_000) is None


def test_progress_never_drains_a_pipe(tmp_path, monkeypatch):
    import os

    fifo = tmp_path / "news.fifo"
    os.mkfifo(fifo)  # read twice, a pipe would be empty the second time: no count is taken
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert extract_cmd._total((str(fifo),), default_date=None, max_chars=100_000) is None
