"""``seismo export --format acled`` and ``--format plover`` (:func:`seismo.commands.query.export`)
through click's CliRunner, on a store of the samples."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.store import Store
from seismo.store.export.acled import COLUMN_NAMES, DTYPES
from seismo.store.samples import sample_results

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "plover.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("export") / "seismo.db"
    with Store.open(path) as store:
        store.write(sample_results())
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "250"}, catch_exceptions=False)


def test_acled_csv_to_stdout(db: str) -> None:
    result = run("export", "--db", db, "--format", "acled")
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout), dtype=DTYPES)
    assert tuple(frame.columns) == COLUMN_NAMES
    assert len(frame) == 4
    assert "exported 4 events as acled" in result.stderr


def test_acled_parquet(db: str, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    result = run("export", "--db", db, "--format", "acled", "--out", str(path))
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(path)
    assert tuple(frame.columns) == COLUMN_NAMES and len(frame) == 4
    assert str(frame.dtypes["inter1"]) == "int64" and str(frame.dtypes["latitude"]) == "float64"


def test_acled_filters_apply(db: str) -> None:
    result = run("export", "--db", db, "--format", "acled", "--country", "UKR")
    frame = pd.read_csv(io.StringIO(result.stdout), dtype=DTYPES)
    assert list(frame.country) == ["Ukraine"]


def test_plover_jsonl(db: str, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    result = run("export", "--db", db, "--format", "plover", "--out", str(path), "--all-modalities", "--scope", "all")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert all(validator.is_valid(r) for r in records)
    assert len(records) == 6  # with the planned deployment and the historical annexation
    assert {"future", "historical"} <= {c for r in records for c in r["context"]}


def test_plover_asserted_by_default(db: str) -> None:
    result = run("export", "--db", db, "--format", "plover")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4 and all(r["modality"] == "asserted" for r in records)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "acled", "--what", "reports"), "--format acled writes events"),
        (("--format", "plover", "--what", "quotes"), "--format plover writes events"),
        (("--format", "plover", "--out", "x.parquet"), "JSON lines"),
        (("--format", "acled", "--all-modalities", "--modality", "negated"), "exclude each other"),
    ],
)
def test_bad_combinations(db: str, args: tuple[str, ...], message: str) -> None:
    result = run("export", "--db", db, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_help_names_the_formats() -> None:
    result = run("export", "--help")
    assert result.exit_code == 0
    for word in ("acled", "plover", "--all-modalities", ".parquet"):
        assert word in result.output
