"""``seismo train types`` (and ``make train``): fit the learned type model and write it into the package."""

from __future__ import annotations

import json
from pathlib import Path

import click

from seismo.commands.common import library_errors


@click.group()
def train() -> None:
    """Fit seismo's learned parts from labelled files (see docs/training.md)."""


@train.command("types")
@click.option("--data", "user_files", multiple=True, type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Your own labelled JSONL (text + acled_sub_event_type / plover_type / label); repeatable.")
@click.option("--no-project", is_flag=True, help="Leave out seismo's own examples (train on --data only).")
@click.option("--public/--no-public", default=True, show_default=True,
              help="Train on the licensed public set in the data folder too (PLOVER GSR, CC BY-SA 4.0), when it is there.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The evaluation data folder (default: $SEISMO_SHARED/data or ../shared/data).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Artefact folder (default: the package's seismo/data/models/types). Use it with SEISMO_TYPE_MODEL=FOLDER.")
@click.option("--policy/--no-policy", "tune", default=True, show_default=True,
              help="Choose when the model overrules the rules: its ACLED coding on CASE 2021's tuning folds, its PLOVER "
                   "type on the PLOVER GSR's (when the data folder has them).")
@click.option("--fill/--no-fill", default=False, show_default=True,
              help="Let the PLOVER head name an event in a sentence where the rules found none, with a threshold "
                   "chosen on the PLOVER check sets' halves A (single sentences: on whole articles most such events "
                   "are no event, see docs/training.md).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--c", "c", type=float, default=4.0, show_default=True, help="Inverse regularisation strength.")
@click.option("--class-weight", type=click.Choice(["none", "balanced"]), default="none", show_default=True,
              help="none: every example weighs alike; balanced: every class weighs alike.")
@library_errors
def types(user_files: tuple[Path, ...], no_project: bool, public: bool, data_dir: Path | None, out: Path | None,
          tune: bool, fill: bool, seed: int, c: float, class_weight: str) -> None:
    """Train the event-type model (ACLED sub-type and PLOVER type heads) and write model.npz + manifest.json."""
    from seismo.errors import InputError
    from seismo.eval import find_data_dir
    from seismo.learn.types import default_folder
    from seismo.train.sources import check_files, gsr_file, project_files, user_file
    from seismo.train.types import train_types

    try:
        data = find_data_dir(data_dir)
    except InputError:
        data = None
    files = [] if no_project else project_files() + check_files()
    files += [user_file(p) for p in user_files]
    if public:
        gsr = None if data is None else gsr_file(data)
        if gsr is None:
            click.echo("note: PLOVER GSR not found in the data folder; training without it", err=True)
        else:
            files.append(gsr)
    for f in files:
        for problem in f.problems:
            click.echo(f"warning: {problem}", err=True)
    if not any(f.examples for f in files):
        raise click.UsageError("no training examples (give --data FILE.jsonl, or drop --no-project)")
    folder = out or default_folder()
    manifest = train_types(files, out=folder, seed=seed, c=c, class_weight=None if class_weight == "none" else class_weight)
    tuned, rules = False, None
    if tune and data is not None and (data / "events_case2021_dev.jsonl").is_file():
        from seismo.learn.types import TypeModel
        from seismo.train.policy import tune_policy
        from seismo.train.types import set_policy

        click.echo("choosing the policy on CASE 2021's tuning folds ...", err=True)
        policy, figures = tune_policy(TypeModel.load(folder), data, pipeline=(rules := _rules()))
        manifest = set_policy(folder, policy, figures, chosen_on="events_case2021_dev.jsonl, tuning folds 1-4")
        tuned = True
    if tune and data is not None and (data / "events_plover_gsr.jsonl").is_file():
        from seismo.learn.types import TypeModel
        from seismo.train.plover_policy import tune_plover
        from seismo.train.types import set_policy

        click.echo("choosing the PLOVER thresholds on the PLOVER GSR's tuning folds ...", err=True)
        policy, figures = tune_plover(TypeModel.load(folder), data, pipeline=rules or _rules())
        manifest = set_policy(folder, policy, figures, chosen_on="events_plover_gsr.jsonl, tuning folds 1-4 (out-of-fold heads)",
                              key="plover_policy_chosen_on")
        tuned = True
    checks = [f for f in files if f.name.startswith("seismo/data/check/")]
    if fill and checks:
        from seismo.learn.types import Policy, TypeModel
        from seismo.train.plover_fill import tune_fill
        from seismo.train.types import set_policy

        click.echo("choosing the fill threshold on the PLOVER check sets' halves A, out of fold ...", err=True)
        threshold, figures = tune_fill(files, checks, pipeline=rules or _rules(), c=c, seed=seed)
        current = TypeModel.load(folder).policy.as_dict()
        manifest = set_policy(folder, Policy.from_dict({**current, "plover_fill": threshold}), figures,
                              chosen_on="seismo/data/check/plover_*.jsonl halves A (out-of-fold heads)", key="plover_fill_chosen_on")
        tuned = True
    if not tuned:
        click.echo("note: the policy was not tuned (no CASE 2021 or PLOVER GSR file, or --no-policy); defaults kept", err=True)
    click.echo(f"wrote {folder} ({manifest['version']})")
    click.echo(json.dumps({k: manifest.get(k) for k in ("figures", "policy", "policy_chosen_on", "plover_policy_chosen_on",
                                                      "plover_fill_chosen_on")}, indent=2))


def _rules() -> object:
    """The pipeline with the type model off: the rules alone, whose events a policy arbitrates."""
    from seismo.commands.common import settings_from
    from seismo.pipeline import Pipeline

    return Pipeline(settings=settings_from(type_model="off"))


@train.command("links")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The shared data folder (with dedup_gva_dev.jsonl); default: found as `seismo eval` finds it.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: the package's data/models/links/pairs.json).")
@click.option("--c", "c", type=float, default=1.0, show_default=True, help="Inverse regularisation strength.")
@library_errors
def links(data_dir: Path | None, out: Path | None, c: float) -> None:
    """Fit the story pair model on the GVA dev set's tuning folds (the validation fold is never read)."""
    from seismo.eval import find_data_dir
    from seismo.eval.data import articles_from, read_jsonl, require
    from seismo.eval.folds import TUNING_FOLDS, fold_of
    from seismo.pipeline import Pipeline
    from seismo.train.links import FILE, default_path, train_links, write

    from seismo.commands.common import settings_from

    data = find_data_dir(data_dir)
    records = [r for r in read_jsonl(require(data, FILE)) if fold_of(FILE, r["incident"]) in TUNING_FOLDS]
    click.echo(f"extracting {len(records)} tuning-fold articles ...", err=True)
    pipeline = Pipeline(settings=settings_from())
    results = list(pipeline.run_many(articles_from(records, title_field="title")))
    model = train_links(records, results, c=c)
    path = write(model, out or default_path())
    click.echo(f"wrote {path} ({model.version})")
    click.echo(json.dumps(model.manifest.get("mean_out_of_fold"), indent=2))


@train.command("calibration")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The evaluation data folder (default: $SEISMO_SHARED/data or ../shared/data).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Table to write (default: the package's seismo/data/calibration.tsv).")
@library_errors
def calibration(data_dir: Path | None, out: Path | None) -> None:
    """Refit the event confidence calibration on the training folds (CASE 2021, PLOVER GSR) and
    print its out-of-fold reliability."""
    from importlib import resources

    from seismo.commands.common import settings_from
    from seismo.eval import find_data_dir
    from seismo.pipeline import Pipeline
    from seismo.train.calibration import collect, write

    data = find_data_dir(data_dir)
    path = out or Path(str(resources.files("seismo.data").joinpath("calibration.tsv")))
    click.echo("running the pipeline on CASE 2021 and PLOVER GSR with raw scores ...", err=True)
    points = collect(data, pipeline=Pipeline(settings=settings_from()))
    report = write(path, points)
    click.echo(f"wrote {path}")
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))
