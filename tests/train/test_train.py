"""seismo train types on a user's own file: artefact, manifest, out-of-fold folds, and the pipeline using it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.learn.types import Policy, TypeModel
from seismo.train.sources import TrainingFile, user_file
from seismo.train.types import train_types

PROTESTS = ["Students marched through {} demanding lower fees.", "Thousands rallied in {} against the new tax.",
            "Nurses held a sit-in outside the hospital in {}.", "Farmers blocked the highway near {} in protest."]
STRIKES = ["A drone strike hit a convoy near {}.", "Warplanes bombed rebel positions outside {}.",
           "An air raid destroyed a bridge in {}.", "Helicopter gunships struck a camp near {}."]
TOWNS = ["Osh", "Kano", "Jaffna", "Mosul", "Tarija", "Goma"]


def _write(path: Path, *, bad: bool = False) -> Path:
    lines = [json.dumps({"text": t.format(town), "label": label})
             for town in TOWNS for label, ts in (("Peaceful protest", PROTESTS), ("Air/drone strike", STRIKES)) for t in ts]
    lines += [json.dumps({"text": f"The {town} market was quiet on Sunday.", "acled_sub_event_type": None}) for town in TOWNS]
    if bad:
        lines.insert(3, '{"text": "half a line"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_train_on_a_user_file_writes_a_loadable_model(tmp_path):
    data = _write(tmp_path / "mine.jsonl")
    f = user_file(data)
    folded = TrainingFile("folded", data, "test", f.examples, tuple(i % 5 for i in range(len(f.examples))))
    manifest = train_types([folded], out=tmp_path / "model", seed=1, c=4.0)
    assert manifest["files"][0]["sha256"] == hashlib.sha256(data.read_bytes()).hexdigest()
    assert manifest["seed"] == 1 and manifest["hyper_parameters"]["C"] == 4.0 and manifest["folds"]["applies_to"] == ["folded"]
    assert manifest["classes"]["acled"] == {"Air/drone strike": 24, "NONE": 6, "Peaceful protest": 24}
    assert "acled out-of-fold accuracy" in manifest["figures"]
    model = TypeModel.load(tmp_path / "model")
    assert set(model.fold_heads) == {0, 1, 2, 3, 4} and "plover" not in model.heads  # no PLOVER labels given
    (p,) = model.predict(["Jets bombed the airport in Herat."])
    assert max(p["acled"], key=p["acled"].get) == "Air/drone strike"
    assert model.without_fold(2).heads["acled"] is model.fold_heads[2]["acled"]


def test_cli_train_reports_bad_lines_and_keeps_the_rest(tmp_path):
    data = _write(tmp_path / "mine.jsonl", bad=True)
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "types", "--data", str(data), "--no-project", "--no-public",
                                      "--no-policy", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{data}:4: not valid JSON" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["files"][0]["examples"] == 54 and manifest["files"][0]["skipped_lines"] == 1


def test_cli_train_without_examples_is_a_usage_error(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", "types", "--data", str(empty), "--no-project", "--no-public", "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "no training examples" in result.output


def test_the_policy_is_the_most_cautious_of_the_nearly_best():
    from seismo.learn.types import Policy
    from seismo.train.policy import most_cautious

    bold = Policy(switch=0.4, margin=0.0, none_acled=0.6, drop=1.01)
    careful = Policy(switch=0.6, margin=0.4, none_acled=0.6, drop=1.01)
    worse = Policy(switch=0.8, margin=0.4, none_acled=0.9, drop=1.01)
    assert most_cautious([(72.13, bold, None), (72.10, careful, None), (70.0, worse, None)])[1] == careful
    assert most_cautious([(73.0, bold, None), (72.10, careful, None)])[1] == bold  # a clear gain wins


def test_a_policy_that_drops_nothing_is_the_most_cautious_first():
    from seismo.learn.types import Policy
    from seismo.train.policy import most_cautious

    dropping = Policy(switch=0.8, margin=0.4, none_acled=0.9, drop=0.6)
    keeping = Policy(switch=0.4, margin=0.0, none_acled=0.8, drop=1.01)
    assert most_cautious([(74.5, dropping, None), (74.1, keeping, None)])[1] == keeping
    assert most_cautious([(75.0, dropping, None), (74.1, keeping, None)])[1] == dropping  # a clear gain wins


def _sample(rows):
    """A tuning sample of one-event records: ``(fold, gold, rules' type, PLOVER head's reading)``."""
    from seismo.model import Event, Span
    from seismo.train.plover_policy import Sample

    def event(text, type_):
        return Event(id=text, type=type_, mode=None, acled_event_type=None, acled_sub_event_type=None, quad_class=None,
                     actor=None, recipient=None, location=None, date=None, counts=(), modality="asserted",
                     attributed_to=None, hedged=False, evidence=Span(0, len(text), text), trigger=Span(0, 3, text[:3]),
                     confidence=0.7)

    texts = ["The rebel commander vowed to storm the barracks before dawn.", "The garrison fired on a convoy leaving the valley."]
    return Sample(gold=tuple(r[1] for r in rows), folds=tuple(r[0] for r in rows),
                  events=tuple((event(texts[i % 2], r[2]),) for i, r in enumerate(rows)),
                  predictions=tuple(({"plover": r[3]},) for r in rows),
                  head=tuple(max(r[3], key=r[3].get) for r in rows))


def test_plover_thresholds_are_the_most_cautious_that_help_and_off_when_none_does():
    from seismo.train.plover_policy import choose

    threat = {"THREATEN": 0.92, "ASSAULT": 0.05, "NONE": 0.03}
    loose = {"ACCUSE": 0.55, "ASSAULT": 0.4, "NONE": 0.05}
    helps = _sample([(k, "THREATEN", "ASSAULT", threat) for k in (1, 2, 3, 4)]
                    + [(k, "ASSAULT", "ASSAULT", loose) for k in (1, 2, 3, 4)])
    accuracy, policy = choose(helps, Policy(), folds=(1, 2, 3, 4))
    assert accuracy == 100.0 and (policy.plover_switch, policy.plover_margin) == (0.9, 0.5)
    assert helps.accuracy(None, folds=(1, 2, 3, 4)) == 50.0 and helps.head_accuracy(folds=(1, 2, 3, 4)) == 50.0
    hurts = _sample([(k, "ASSAULT", "ASSAULT", threat) for k in (1, 2, 3, 4)])
    accuracy, policy = choose(hurts, Policy(), folds=(1, 2, 3, 4))
    assert accuracy == 100.0 and policy.plover_switch > 1  # the model never switches


def test_cli_train_chooses_the_plover_thresholds_on_the_gsr_tuning_folds(tmp_path):
    """With a PLOVER GSR file in the data folder, `seismo train types` writes the PLOVER thresholds
    and the figures they were chosen by (rules, head alone, arbitrated, cross-validated)."""
    sentences = [("Troops shelled the hills above {} overnight.", "ASSAULT"), ("The mayor of {} met union leaders on Tuesday.", "CONSULT"),
                 ("Rebels ambushed an army truck near {}.", "ASSAULT"), ("The two parties signed a truce in {}.", "AGREE"),
                 ("Police detained six reporters in {}.", "COERCE")]
    data = tmp_path / "data"
    data.mkdir()
    records = [{"id": f"t{i}-{town}", "text": text.format(town), "event": event}
               for town in TOWNS[:3] for i, (text, event) in enumerate(sentences)]
    (data / "events_plover_gsr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", "types", "--data", str(_write(tmp_path / "mine.jsonl")), "--no-project",
                                      "--data-dir", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    chosen = manifest["plover_policy_chosen_on"]
    assert chosen["data"].startswith("events_plover_gsr.jsonl") and 0 < chosen["records"] < len(records)  # fold 0 left out
    assert {"rules accuracy", "PLOVER head alone accuracy", "cross-validated arbitrated accuracy"} <= set(chosen)
    assert {"plover_switch", "plover_margin"} <= set(manifest["policy"])
    assert TypeModel.load(out).policy.plover_switch == manifest["policy"]["plover_switch"]


def test_the_shipped_model_was_trained_on_the_project_files_as_they_are():
    """The shipped manifest lists the project's training files with their sha256: a file added to or
    changed in ``seismo/data/train/types`` or ``seismo/data/check`` without retraining fails here;
    of the check sets only the halves A are trained on, and none of the sets held out whole."""
    from importlib import resources

    from seismo.train.sources import project_files

    manifest = json.loads(resources.files("seismo.data").joinpath("models/types/manifest.json").read_text(encoding="utf-8"))
    shipped = {f["name"]: f["sha256"] for f in manifest["files"] if f["name"].startswith("seismo/data/train/types/")}
    assert {f.name: f.sha256 for f in project_files()} == shipped
    from seismo.eval.folds import HELD_OUT_WHOLE
    from seismo.train.sources import check_files

    checked = {f["name"]: f["sha256"] for f in manifest["files"] if f["name"].startswith("seismo/data/check/")}
    assert {f.name: f.sha256 for f in check_files()} == checked and checked
    assert all(name.endswith(" (half A)") for name in checked)  # the halves B are scored, never trained on
    assert not any(name.split("/")[-1].split(" ")[0] in HELD_OUT_WHOLE for name in checked)


def test_check_files_are_the_plover_types_of_the_halves_a():
    from seismo.eval.folds import HELD_OUT_WHOLE, written_half
    from seismo.train.sources import check_files

    files = check_files()
    assert files and not any(f.name.split("/")[-1].split(" ")[0] in HELD_OUT_WHOLE for f in files)
    for f in files:
        assert all(written_half(e.text) == "A" for e in f.examples)
        assert all(dict(e.labels).keys() == {"plover"} for e in f.examples)  # no ACLED label read from a check row
        assert all(k is None for k in f.folds)


def test_rows_without_an_acled_label_leave_the_vocabulary(tmp_path):
    """A file that labels PLOVER types only (the check halves, ``no_event.jsonl``) adds rows to the
    PLOVER head but no word to the vocabulary, so the ACLED head trained beside it is the same."""
    from seismo.learn.examples import Example
    from seismo.train.sources import project_files

    assert {f.name.split("/")[-1]: f.vocabulary for f in project_files()}["no_event.jsonl"] is False
    data = _write(tmp_path / "mine.jsonl")
    base = user_file(data)
    assert base.vocabulary
    extra = TrainingFile("plover only", data, "test", (Example("Zanzibar quokkas juggle marmalade.", (("plover", "NONE"),), "x"),),
                         (None,), vocabulary=False)
    train_types([base], out=tmp_path / "a", seed=0)
    train_types([base, extra], out=tmp_path / "b", seed=0)
    a, b = TypeModel.load(tmp_path / "a"), TypeModel.load(tmp_path / "b")
    assert a.words.vocabulary == b.words.vocabulary and "quokkas" not in b.words.vocabulary
    assert (a.heads["acled"].coef == b.heads["acled"].coef).all()


def _written_types_script():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / "written_types.py"
    spec = importlib.util.spec_from_file_location("written_types", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_file_held_out_whole_is_check_only_scored_whole_and_never_shows_its_misses(monkeypatch):
    """``plover_c.jsonl`` (events v32) is held out whole: never trained on, scored only with
    ``--half all``, and ``scripts/written_types.py`` never prints its misses, whatever the flags."""
    script = _written_types_script()
    assert {"plover_c.jsonl", "plover_d.jsonl"} <= script.HELD_OUT
    assert all((script.FOLDERS[0] / name).is_file() for name in script.HELD_OUT)  # a check set, never trained on
    assert not script.lists_misses("plover_c.jsonl", half="all", quiet=False)
    assert not script.lists_misses("plover_d.jsonl", half="all", quiet=False)
    assert script.lists_misses("plover_more.jsonl", half="A", quiet=False)
    assert not script.lists_misses("plover_more.jsonl", half="B", quiet=False)
    monkeypatch.setattr("sys.argv", ["written_types.py", "--file", "plover_c.jsonl", "--half", "A"])
    with pytest.raises(SystemExit):
        script.main()


def test_every_non_acled_text_coded_costs_the_policy_objective():
    from seismo.train.policy import NON_ACLED_FLOOR, objective

    assert NON_ACLED_FLOOR == 0.0
    # below CASE's 10 % target a veto still pays: 3 % coded scores below none coded, 6 % below 3 %
    assert objective(82.7, 0.0) > objective(82.7, 3.0) > objective(82.7, 6.0)
    assert objective(82.7, 3.0) == 82.7 - 1.5
    # a floor forgives what lies under it
    assert objective(82.7, 6.0, floor=10.0) == objective(82.7, 0.0, floor=10.0) == 82.7
    assert objective(82.7, 12.0, floor=10.0) == 81.7


def test_the_fill_threshold_is_chosen_out_of_fold_and_off_when_the_rules_are_right(tmp_path):
    """:func:`seismo.train.plover_fill.tune_fill`: where the rules find nothing and the head, trained
    without a row's fold, names its type, filling helps and a threshold below 1 is chosen; where the
    rules are right every time, no threshold helps and filling stays off."""
    from types import SimpleNamespace

    from seismo.learn.examples import Example
    from seismo.train.plover_fill import tune_fill

    towns = TOWNS + ["Herat", "Tikal", "Mopti", "Kassala"]
    rows = [Example(t.format(town), (("plover", label),), "x")
            for town in towns for label, ts in (("PROTEST", PROTESTS), ("ASSAULT", STRIKES)) for t in ts]
    checks = [TrainingFile("seismo/data/check/plover_test.jsonl (half A)", _write(tmp_path / "c.jsonl"), "test",
                           tuple(rows), tuple(None for _ in rows))]

    def rules(found: bool):
        class Rules:
            def run(self, article):
                return SimpleNamespace(events=(SimpleNamespace(type=_gold[article.text], confidence=0.9),) if found else ())
        return Rules()

    _gold = {e.text: e.label("plover") for e in rows}
    fill, figures = tune_fill(checks, checks, pipeline=rules(False))
    assert fill < 1 and figures["rules accuracy"] == 0.0 and figures["filled accuracy"] > 80
    fill, figures = tune_fill(checks, checks, pipeline=rules(True))
    assert fill > 1 and figures["rules accuracy"] == 100.0
