"""seismo.eval.errors and ``seismo eval TASK --errors``: the mistakes of the tuning folds, and
never a validation-fold record — on synthetic data files and the model-free ``fake_pipeline``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.errors import ConfigError
from seismo.eval import TASKS, evaluate
from seismo.eval.errors import Mistake, checked, excerpt, list_errors
from seismo.eval.folds import fold_of

N = 40
TEXT = 'Workers marched in Aktau. "Pay us," said Bek.'  # fake_pipeline: a PROTEST at "marched", a quote


def _record(task: str, i: int) -> dict:
    """A synthetic record of ``task``'s file that the fake pipeline gets wrong."""
    base = {"id": f"syn-{i}", "text": TEXT}
    if task == "events-case2021":
        return {**base, "label": "ARMED_CLASH"}  # coded PEACE_PROTEST
    if task == "events-plover":
        return {**base, "event": "ASSAULT", "source": [], "target": []}  # coded PROTEST
    if task == "protest-glocon":
        return {**base, "text": "Nothing happened in Paris.", "label": 1}  # a protest missed
    if task == "police-events":
        return {**base, "sentences": [{"start": 0, "end": 25, "labels": ["KILL"]}], "labels": ["KILL"]}
    if task == "geo":
        return {**base, "toponyms": [{"start": 19, "end": 24, "lat": 43.65, "lon": 51.16}]}  # no places found
    if task == "quotes":
        return {**base, "attributions": [{"content": {"start": 0, "end": 15, "fragments": [[0, 15]]}, "source": None}]}
    if task == "dates":
        return {**base, "dct": "2022-01-07", "timexes": [{"start": 0, "end": 7, "value": "2022", "type": "DATE"}]}
    if task == "args":
        return {**base, "events": [{"type": "Conflict.Attack.Unspecified", "trigger": {"start": 8, "end": 15}, "arguments": []}]}
    raise AssertionError(task)


def _sources(task: str):
    import importlib

    return importlib.import_module(TASKS[task][0]).SOURCES


def _files(task: str) -> list[str]:
    return [s.file for s in _sources(task)]


def _write(data: Path, task: str) -> dict[str, list[str]]:
    """Write ``N`` records to each of the task's files; the ids per file."""
    ids = {}
    for file in _files(task):
        records = [_record(task, i) for i in range(N)]
        (data / file).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        ids[file] = [r["id"] for r in records]
        assert any(fold_of(file, i) == 0 for i in ids[file]) and any(fold_of(file, i) != 0 for i in ids[file])
    return ids


class Watched:
    """Delegates to a pipeline and keeps the ids of the articles it was given."""

    def __init__(self, pipeline):
        self.pipeline, self.seen = pipeline, []
        self.resources = pipeline.resources

    def run_many(self, articles):
        articles = list(articles)
        self.seen += [a.id for a in articles]
        return self.pipeline.run_many(articles)


# precision scores its own listed audit articles only (tests/eval/tasks/test_precision.py); dedup is
# folded by incident, not by record id, and lists link mistakes (tests/eval/tasks/test_dedup.py); alerts
# reads no dev data (synthetic series and samples/)
FOLDED = [t for t in TASKS if t not in ("seed", "precision", "dedup", "alerts")]


@pytest.mark.parametrize("task", FOLDED)
def test_error_listing_is_the_tuning_folds_and_never_the_validation_fold(task, tmp_path, fake_pipeline):
    ids = _write(tmp_path, task)
    watched = Watched(fake_pipeline())
    listing = list_errors(task, pipeline=watched, data_dir=tmp_path)
    assert listing.mistakes and all(m.fold != 0 for m in listing.mistakes)
    for file, file_ids in ids.items():
        tuning = {i for i in file_ids if fold_of(file, i) != 0}
        assert {m.record for m in listing.mistakes if m.dataset == file} == tuning  # every tuning record, nothing else
        assert (file, len(tuning)) in listing.datasets
    # the pipeline never even ran on a validation record
    for source in _sources(task):
        ran = {a.removeprefix(source.prefix) for a in watched.seen if a.startswith(source.prefix)}
        assert ran == {i for i in ids[source.file] if fold_of(source.file, i) != 0}


def test_mistakes_name_gold_prediction_record_and_excerpt(tmp_path, fake_pipeline):
    _write(tmp_path, "events-case2021")
    m = list_errors("events-case2021", pipeline=fake_pipeline(), data_dir=tmp_path).mistakes[0]
    assert m.gold == "ARMED_CLASH" and m.predicted.startswith("PEACE_PROTEST") and "'marched'" in m.predicted
    assert m.record.startswith("syn-") and "⟦marched⟧" in m.excerpt
    assert m.to_json()["fold"] in {1, 2, 3, 4}


def test_limit_reads_the_first_records_only(tmp_path, fake_pipeline):
    ids = _write(tmp_path, "events-case2021")["events_case2021_dev.jsonl"]
    listing = list_errors("events-case2021", pipeline=fake_pipeline(), data_dir=tmp_path, limit=10)
    assert {m.record for m in listing.mistakes} == {i for i in ids[:10] if fold_of("events_case2021_dev.jsonl", i) != 0}


def test_a_validation_record_can_never_pass_the_check():
    file = "events_case2021_dev.jsonl"
    rid = next(f"v{i}" for i in range(100) if fold_of(file, f"v{i}") == 0)
    with pytest.raises(RuntimeError, match="validation fold"):
        checked([Mistake(file, rid, "A", "B", "text")])


@pytest.mark.parametrize("task", ["seed", "sentiment"])
def test_no_listing_for_the_seed_or_an_unknown_task(task, tmp_path):
    with pytest.raises(ConfigError):
        list_errors(task, pipeline=None, data_dir=tmp_path)


def test_excerpt_marks_the_span_and_cuts_long_text():
    assert excerpt("a b  c", (2, 3)) == "a ⟦b⟧ c"
    long = "word " * 200
    assert len(excerpt(long)) < 260 and excerpt(long).endswith("…")
    assert excerpt(long, (500, 504), chars=40).startswith("… ")


def test_evaluate_reports_three_figures_on_synthetic_data(tmp_path, fake_pipeline):
    _write(tmp_path, "events-case2021")
    report = evaluate("events-case2021", pipeline=fake_pipeline(), data_dir=tmp_path)
    m = report.metric("weighted F1 (25 ACLED types)")
    assert m.validation is not None and m.tuning is not None
    n_val = sum(fold_of("events_case2021_dev.jsonl", f"syn-{i}") == 0 for i in range(N))
    assert report.fold_datasets == (("events_case2021_dev.jsonl", n_val, N - n_val),)
    assert (m.validation.n, m.tuning.n, m.n) == (n_val, N - n_val, N)


# -- another file of a task's format (``--file``) ------------------------------------------------

OTHER = "quotes_other_split.jsonl"


def _write_other(data: Path) -> list[str]:
    records = [_record("quotes", i) for i in range(N)]
    (data / OTHER).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [r["id"] for r in records]


def test_another_file_is_listed_on_its_own_tuning_folds_only(tmp_path, fake_pipeline):
    ids = _write_other(tmp_path)  # no dev file at all: only the named one is read
    watched = Watched(fake_pipeline())
    listing = list_errors("quotes", pipeline=watched, data_dir=tmp_path, file=OTHER)
    tuning = {i for i in ids if fold_of(OTHER, i) != 0}
    assert {m.record for m in listing.mistakes} == tuning and {m.dataset for m in listing.mistakes} == {OTHER}
    assert {a.removeprefix("quotes-") for a in watched.seen} == tuning  # fold 0 of that file never ran


def test_another_file_is_scored_on_its_own_folds(tmp_path, fake_pipeline):
    _write_other(tmp_path)
    report = evaluate("quotes", pipeline=fake_pipeline(), data_dir=tmp_path, file=OTHER)
    n_val = sum(fold_of(OTHER, f"syn-{i}") == 0 for i in range(N))
    assert report.fold_datasets == ((OTHER, n_val, N - n_val),)


def test_another_file_only_for_a_task_that_reads_one(tmp_path, fake_pipeline):
    with pytest.raises(ConfigError, match="--file is for: quotes"):
        evaluate("geo", pipeline=fake_pipeline(), data_dir=tmp_path, file=OTHER)
    with pytest.raises(ConfigError, match="own dev files"):
        list_errors("geo", pipeline=fake_pipeline(), data_dir=tmp_path, file=OTHER)


# -- the command -------------------------------------------------------------------------------


@pytest.fixture
def fake_cli_pipeline(monkeypatch, fake_pipeline):
    pipeline = fake_pipeline()
    monkeypatch.setattr("seismo.pipeline.Pipeline", lambda *a, **k: pipeline)
    return pipeline


def test_cli_errors_lists_tuning_folds_only(tmp_path, fake_cli_pipeline):
    ids = _write(tmp_path, "events-case2021")["events_case2021_dev.jsonl"]
    result = CliRunner().invoke(cli, ["eval", "events-case2021", "--errors", "--data", str(tmp_path), "--no-progress"])
    assert result.exit_code == 0, result.output
    for i in ids:
        listed = f"#{i} " in result.stdout
        assert listed == (fold_of("events_case2021_dev.jsonl", i) != 0), i
    assert "validation fold (0) is never listed" in result.stderr


def test_cli_errors_json(tmp_path, fake_cli_pipeline):
    _write(tmp_path, "police-events")
    result = CliRunner().invoke(cli, ["eval", "police-events", "--errors", "--json", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["folds"] == [1, 2, 3, 4]
    assert payload["mistakes"] and {m["fold"] for m in payload["mistakes"]} <= {1, 2, 3, 4}
    assert payload["mistakes"][0]["where"] == "sentence 0" and payload["mistakes"][0]["gold"] == "KILL"


@pytest.mark.parametrize("task", ["all", "seed"])
def test_cli_errors_needs_one_task_with_folds(task, tmp_path):
    result = CliRunner().invoke(cli, ["eval", task, "--errors", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "--errors" in result.output


def test_cli_has_no_way_to_list_the_validation_fold():
    """--errors is a plain flag and no option picks folds: nothing can ask for fold 0."""
    import click

    command = cli.get_command(click.Context(cli), "eval")
    errors = next(p for p in command.params if p.name == "list_mistakes")
    assert errors.is_flag
    names = {n for p in command.params for n in (p.name, *getattr(p, "opts", ()))}
    assert not any("fold" in n or "valid" in n for n in names), names


# -- what counts as a mistake is what the scorer counts ------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [("ARMED_CLASH", "ARMED_CLASH", True), ("ARMED_CLASH", "NONE", False), ("ARMED_CLASH", "ARREST", False),
     ("DIPLO", "NONE", True), ("DIPLO", "ARMED_CLASH", False)],
)
def test_case2021_mistakes_follow_the_scorer(gold, pred, right):
    from seismo.eval.tasks.events import case2021

    assert case2021.is_right(gold, pred) is right


@pytest.mark.parametrize(
    ("label", "protest", "listed"),
    [(1, True, False), (1, False, True), (0, True, True), (0, False, False), (2, True, True), (2, False, False)],
)
def test_glocon_mistakes_follow_the_headline_reading(label, protest, listed):
    from types import SimpleNamespace

    from seismo.eval.data import Source
    from seismo.eval.tasks.events import glocon
    from seismo.model import Event, Span

    event = Event(
        id="e", type="PROTEST", mode=None, acled_event_type="Protests", acled_sub_event_type=None, quad_class=None,
        actor=None, recipient=None, location=None, date=None, counts=(), modality="asserted", attributed_to=None,
        hedged=False, evidence=Span(0, 7, "Workers"), trigger=Span(8, 15, "marched"), confidence=0.8,
    )
    result = SimpleNamespace(events=[event] if protest else [])
    found = list(glocon.mistakes(Source("g.jsonl", "g-"), [{"id": "r", "text": TEXT, "label": label}], [result]))
    assert bool(found) is listed


def test_cli_file_names_one_task(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "all", "--file", OTHER, "--data", str(tmp_path)])
    assert result.exit_code == 2 and "--file" in result.output


def test_cli_errors_on_another_file(tmp_path, fake_cli_pipeline):
    ids = _write_other(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "quotes", "--errors", "--file", OTHER, "--data", str(tmp_path), "--no-progress"])
    assert result.exit_code == 0, result.output
    for i in ids:
        assert (f"#{i} " in result.stdout) == (fold_of(OTHER, i) != 0), i
