"""``seismo events / quotes / show / export`` (:mod:`seismo.commands.query`) through click's
CliRunner, on a store of the samples."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.store import Store
from seismo.store.export.events import COLUMN_NAMES
from seismo.store.samples import sample_results

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "seismo.db"
    with Store.open(path) as store:
        store.write(SAMPLES)
    return str(path)


def run(*args: str, env: dict[str, str] | None = None):
    runner = CliRunner()
    return runner.invoke(cli, list(args), env={"COLUMNS": "250", **(env or {})}, catch_exceptions=False)


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("events", ["--country", "--type", "--sub-type", "--since", "--until", "--q", "--modality",
                    "--limit", "--format", "--summary", "--db"]),
        ("quotes", ["--speaker", "--org", "--q", "--db"]),
        ("show", ["ARTICLE_ID", "--db"]),
        ("export", ["--format", "--out", "parquet", "ACLED", "--country"]),
    ],
)
def test_help(command: str, words: list[str]) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    for word in words:
        assert word in result.output


def test_events_table(db: str) -> None:
    result = run("events", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Demonstrators set fire to bins in Paris on Monday." in result.output
    assert "6 of 6 matching event reports shown" in result.output


@pytest.mark.parametrize(
    ("args", "triggers"),
    [
        (["--country", "KAZ"], {"rallied", "arrested", "deployed"}),
        (["--type", "PROTEST"], {"rallied", "set fire"}),
        (["--sub-type", "Arrests"], {"arrested"}),
        (["--actor", "police"], {"arrested"}),
        (["--since", "2022-02-22", "--until", "2022-12-31"], {"shelled"}),
        (["--q", "fire bins"], {"set fire"}),
        (["--modality", "historical"], {"annexation"}),
        (["--article", KHARKIV.article.id], {"shelled", "annexation"}),
        (["--limit", "1"], {"set fire"}),
    ],
)
def test_events_filters_as_jsonl(db: str, args: list[str], triggers: set[str]) -> None:
    result = run("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert {o["trigger"]["text"] for o in objects} == triggers


def test_events_csv(db: str) -> None:
    result = run("events", "--db", db, "--format", "csv", "--country", "UKR")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMN_NAMES
    assert {r["trigger"] for r in rows} == {"shelled", "annexation"}


def test_events_summary(db: str) -> None:
    result = run("events", "--db", db, "--summary")
    assert result.exit_code == 0, result.output
    assert "asserted events by country and type" in result.output
    lines = [line for line in result.output.splitlines() if "KAZ" in line]
    assert any("PROTEST" in line and "1" in line for line in lines)
    assert "4 articles, 6 events" in result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--country", "Kazakhstan"], 1, "alpha-3"),
        (["--since", "7 Jan"], 2, "YYYY-MM-DD"),
        (["--since", "2022-02-01", "--until", "2022-01-01"], 1, "is after until"),
        (["--modality", "maybe"], 2, "maybe"),
        (["--limit", "0"], 2, "0"),
    ],
)
def test_events_bad_options(db: str, args: list[str], code: int, message: str) -> None:
    result = run("events", "--db", db, *args)
    assert result.exit_code == code
    assert message in result.output


def test_missing_store_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    result = run("events", "--db", str(path))
    assert result.exit_code == 1
    assert "no store at" in result.output
    assert not path.exists()


def test_db_from_environment(db: str) -> None:
    result = run("events", "--format", "jsonl", "--country", "FRA", env={"SEISMO_DB": db})
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1


def test_quotes_table_with_counts(db: str) -> None:
    result = run("quotes", "--db", db)
    assert result.exit_code == 0, result.output
    assert "We will not back down," in result.output
    assert "quotes per speaker" in result.output
    assert "Marie Dupont" in result.output


@pytest.mark.parametrize(
    ("args", "n"),
    [(["--speaker", "dupont"], 1), (["--org", "CGT"], 1), (["--q", "useful"], 1), (["--q", "nothing"], 0), ([], 3)],
)
def test_quotes_filters(db: str, args: list[str], n: int) -> None:
    result = run("quotes", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == n


def test_show_marks_the_article(db: str) -> None:
    result = run("show", "--db", db, PARIS.article.id)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Bins burn in Paris" in out
    assert "legend:" in out and "event trigger" in out
    assert "Two people were injured" in out
    assert "events (1)" in out and "quotes (1)" in out and "places (1)" in out
    assert "Marie Dupont" in out and "PROTEST/riot" in out


def test_show_unknown_article(db: str) -> None:
    result = run("show", "--db", db, "nope")
    assert result.exit_code == 1
    assert "no article 'nope'" in result.output


def test_export_jsonl_to_stdout(db: str) -> None:
    result = run("export", "--db", db)
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 6 and all(o["article"]["id"] for o in objects)
    assert "exported 6 event reports as jsonl" in result.stderr


def test_export_csv_file_with_filter(db: str, tmp_path: Path) -> None:
    out = tmp_path / "kaz.csv"
    result = run("export", "--db", db, "--format", "csv", "--country", "KAZ", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 3 and {r["iso3"] for r in rows} == {"KAZ"}


def test_export_parquet(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    result = run("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 6 and table.column_names == list(COLUMN_NAMES)


def test_export_parquet_needs_out(db: str) -> None:
    result = run("export", "--db", db, "--format", "parquet")
    assert result.exit_code == 2
    assert "--out" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_quotes_in_every_format(db: str, tmp_path: Path, fmt: str) -> None:
    from seismo.store.export.quotes import QUOTE_COLUMN_NAMES

    stored = [q for r in SAMPLES for q in r.quotes]
    assert stored, "the sample results must hold quotes for this test to mean anything"
    out = tmp_path / f"quotes.{fmt}"
    result = run("export", "--db", db, "--what", "quotes", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"exported {len(stored)} quotes as {fmt}" in result.stderr
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        texts = {r["text"] for r in rows}
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert tuple(rows[0]) == QUOTE_COLUMN_NAMES
        texts = {r["text"] for r in rows}
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.column_names == list(QUOTE_COLUMN_NAMES)
        texts = set(table.column("text").to_pylist())
    assert texts == {q.text for q in stored}
