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
from seismo.store.export.clusters import ARTICLE_COLUMN_NAMES, EVENT_COLUMN_NAMES
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
        ("show", ["ID", "article", "event", "--db"]),
        ("story", ["STORY_ID", "--db"]),
        ("export", ["--format", "--out", "parquet", "ACLED", "--country", "--what", "--scope"]),
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
        (["--country", "Kazakhstan"], 2, "alpha-3"),
        (["--since", "7 Jan"], 2, "YYYY-MM-DD"),
        (["--since", "2022-02-01", "--until", "2022-01-01"], 2, "is after until"),
        (["--type", "FOO"], 2, "PROTEST"),
        (["--sub-type", "nope"], 2, "Peaceful protest"),
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
    assert result.exit_code == 2  # nothing done
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
    assert result.exit_code == 2
    assert "no article or event 'nope'" in result.output


def test_export_reports_jsonl_to_stdout(db: str) -> None:
    result = run("export", "--db", db, "--what", "reports")
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 6 and all(o["article"]["id"] for o in objects)
    assert all(o["article"]["story_id"] and o["scope"] == "political" for o in objects)
    assert "exported 6 reports as jsonl" in result.stderr


def test_export_events_by_default_one_row_per_asserted_event(db: str) -> None:
    result = run("export", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    asserted = [e for r in SAMPLES for e in r.events if e.modality == "asserted"]
    assert len(rows) == len(asserted) == 4  # the planned deployment and the historical seizure build no event
    assert tuple(rows[0]) == EVENT_COLUMN_NAMES
    kharkiv = next(r for r in rows if r["location"] == "Kharkiv")
    assert kharkiv["fatalities"] == "9" and kharkiv["n_articles"] == "1" and kharkiv["fatalities_contested"] == "False"
    assert "exported 4 events as csv" in result.stderr


def test_export_events_jsonl_keeps_every_report_and_count_source(db: str) -> None:
    result = run("export", "--db", db, "--country", "UKR")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 1
    killed = objects[0]["figures"]["killed"]
    assert killed["best"] == 9 and killed["current"][0]["article_id"] == KHARKIV.article.id
    assert objects[0]["reports"][0]["id"] == objects[0]["event_id"]


def test_export_articles_gives_story_and_primary_event(db: str) -> None:
    result = run("export", "--db", db, "--what", "articles", "--format", "csv", "--scope", "all")
    rows = {r["article_id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert tuple(next(iter(rows.values()))) == ARTICLE_COLUMN_NAMES
    assert set(rows) == {r.article.id for r in SAMPLES}  # no condition left: every article
    default = run("export", "--db", db, "--what", "articles", "--format", "csv")
    assert {r["article_id"] for r in csv.DictReader(io.StringIO(default.stdout))} == set(rows)  # no filter given
    political = run("export", "--db", db, "--what", "articles", "--format", "csv", "--scope", "political")
    kept = {r["article_id"] for r in csv.DictReader(io.StringIO(political.stdout))}
    assert kept == {r.article.id for r in SAMPLES if r.events}  # articles with a report matching the filter
    almaty = rows[ALMATY.article.id]
    assert almaty["story_id"] == ALMATY.article.id  # nothing earlier: it starts its story
    coerce = next(e for e in ALMATY.events if e.type == "COERCE")
    assert almaty["primary_event_id"]  # the arrest (a count, in the lead) or the rally
    assert almaty["duplicate_of"] == ""
    assert coerce.modality == "asserted"


def test_show_event_explains_reports_and_counts(db: str) -> None:
    kharkiv = next(e for e in KHARKIV.events if e.type == "ASSAULT")
    with Store.open(db) as store:
        group = store.event_group(kharkiv.id)
    assert group is not None
    result = run("show", "--db", db, group.event_id)
    assert result.exit_code == 0, result.output
    assert f"event {group.event_id}: ASSAULT" in result.output
    assert "started the event" in result.output and "killed" in result.output and "current" in result.output


def test_story_prints_articles_and_timeline(db: str) -> None:
    result = run("story", "--db", db, KHARKIV.article.id)
    assert result.exit_code == 0, result.output
    assert KHARKIV.article.id in result.output and "ASSAULT" in result.output
    assert run("story", "--db", db, "nope").exit_code == 2


def test_export_csv_file_with_filter(db: str, tmp_path: Path) -> None:
    out = tmp_path / "kaz.csv"
    result = run("export", "--db", db, "--what", "reports", "--format", "csv", "--country", "KAZ", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 3 and {r["iso3"] for r in rows} == {"KAZ"}


def test_export_parquet(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    result = run("export", "--db", db, "--what", "reports", "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 6 and table.column_names == list(COLUMN_NAMES)
    events = tmp_path / "by-event.parquet"
    assert run("export", "--db", db, "--format", "parquet", "--out", str(events)).exit_code == 0
    table = pq.read_table(events)
    assert table.num_rows == 4 and table.column_names == list(EVENT_COLUMN_NAMES)
    assert table.column("fatalities").type.bit_width == 64


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
