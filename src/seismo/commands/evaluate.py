"""``seismo eval TASK`` and ``seismo bench``: thin commands over seismo.eval and seismo.bench."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from seismo.commands.common import HELP, library_errors, settings_from
from seismo.errors import InputError

#: where the generated docs and the bundled samples are looked for: the checkout this code runs
#: from when it is one (an editable install), else the current folder
_SOURCE_TREE = Path(__file__).resolve().parents[3]
REPO = _SOURCE_TREE if (_SOURCE_TREE / "pyproject.toml").is_file() else Path.cwd()
TASK_NAMES = (
    "events-case2021",
    "events-plover",
    "protest-glocon",
    "police-events",
    "geo",
    "quotes",
    "dates",
    "args",
    "precision",
    "dedup",
    "alerts",
    "seed",
    "all",
)


def _missing_data(exc: InputError) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(2)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str], Callable[[int, int], None] | None]]:
    """A per-task progress callback factory drawing a rich bar on stderr (or nothing)."""
    if not enabled:
        yield lambda task: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:

        def factory(name: str) -> Callable[[int, int], None]:
            ids: dict[str, Any] = {}

            def advance(done: int, total: int) -> None:
                if done == 1 or "id" not in ids:
                    ids["id"] = bar.add_task(name, total=total)
                bar.update(ids["id"], completed=done, total=total)

            return advance

        yield factory


@click.command("eval", context_settings=HELP)
@click.argument("task", type=click.Choice(TASK_NAMES))
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared evaluation data folder [default: $SEISMO_SHARED/data or ../shared/data].")
@click.option("--seed-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder holding the seed article and its .gold.json [default: $SEISMO_SHARED/seed or ../shared/seed].")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Read only the first N records of each file (with --errors too); alerts: the first N backtest scenarios.")
@click.option("--file", "file_name", metavar="NAME", default=None,
              help="Score another file of the task's format in the data folder instead of its dev file (quotes only: "
                   "e.g. quotes_polnear_train.jsonl, 840 more PolNeAR articles); it is folded by the same rule under "
                   "its own name, so --errors never lists its fold 0 either.")
@click.option("--errors", "list_mistakes", is_flag=True,
              help="List the scored mistakes (record id, gold vs prediction, text excerpt) of the tuning folds (1-4) "
                   "instead of scoring; the validation fold (0) is never listed.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable result instead of tables.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where 'all' writes its Markdown report [default: docs/EVALUATION.md].")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
@library_errors
def eval_(task: str, data_dir: Path | None, seed_dir: Path | None, limit: int | None, file_name: str | None,
          list_mistakes: bool, as_json: bool, out: Path | None, progress: bool) -> None:
    """Score seismo on the shared dev data: P/R/F1, per label, top confusions.

    TASK names one task (see the choices above) or 'all' (every task; writes docs/EVALUATION.md).
    Every figure is given on the validation fold (0, the headline), on the tuning folds (1-4)
    and on every record (in-sample); a record's fold is sha256("<file>:<id>") mod 5. The seed
    is one article with no folds. --errors lists one task's mistakes on the tuning folds only.
    --file scores another file of the task's format (quotes: quotes_polnear_train.jsonl) with the
    same folds. A missing data folder is reported with exit status 2.
    """
    if file_name is not None and task == "all":
        raise click.UsageError("--file scores one task on another file; name the task (quotes), not 'all'")
    if list_mistakes:
        _errors(task, data_dir=data_dir, limit=limit, as_json=as_json, progress=progress, file=file_name)
        return
    from seismo.eval import NO_DATA, TASKS, evaluate, evaluate_all, find_data_dir, write_markdown
    from seismo.eval.data import find_seed
    from seismo.eval.report import render_console
    from seismo.pipeline import Pipeline

    tasks = list(TASKS) if task == "all" else [task]
    try:
        data = find_data_dir(data_dir) if any(t != "seed" and t not in NO_DATA for t in tasks) else None
        if "seed" in tasks:
            find_seed(seed_dir)
    except InputError as exc:
        _missing_data(exc)
        return
    pipeline = Pipeline(settings=settings_from())
    with _progress(progress and not as_json and sys.stderr.isatty()) as factory:
        if file_name is not None:
            reports = [evaluate(task, pipeline=pipeline, data_dir=data, limit=limit, progress=factory(task), file=file_name)]
        else:
            reports = evaluate_all(pipeline=pipeline, data_dir=data, seed_dir=seed_dir, limit=limit, tasks=tasks,
                                   progress=factory)
    if as_json:
        payload: Any = reports[0].to_json() if task != "all" else [r.to_json() for r in reports]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for r in reports:
            render_console(r, max_rows=60)
    records = sum(n for r in reports for name, n in r.datasets if "(sentences)" not in name)
    summary = f"evaluated {len(reports)} task(s) on {records:,} records" + (f" (first {limit} per file)" if limit else "")
    if task == "all":
        target = out or REPO / "docs" / "EVALUATION.md"
        command = "seismo eval all" + (f" --limit {limit}" if limit else "")
        write_markdown(reports, target, command=command, limit=limit)
        summary += f"; wrote {target}"
    failed = [r.task for r in reports if r.extra.get("failed")]
    if failed:
        raise click.ClickException(f"{summary}; FAILED: {', '.join(failed)} (see the log above)")
    click.echo(summary, err=True)


def _errors(task: str, *, data_dir: Path | None, limit: int | None, as_json: bool, progress: bool,
            file: str | None = None) -> None:
    """``seismo eval TASK --errors``: the tuning folds' mistakes of one task."""
    from seismo.eval import find_data_dir
    from seismo.eval.errors import list_errors, render_console
    from seismo.pipeline import Pipeline

    from seismo.eval import NO_DATA

    if task in ("all", "seed") or task in NO_DATA:
        raise click.UsageError(f"--errors lists the mistakes of one task with folds; name one (not {task!r})")
    try:
        data = find_data_dir(data_dir)
    except InputError as exc:
        _missing_data(exc)
        return
    pipeline = Pipeline(settings=settings_from())
    with _progress(progress and not as_json and sys.stderr.isatty()) as factory:
        listing = list_errors(task, pipeline=pipeline, data_dir=data, limit=limit, progress=factory(task), file=file)
    if as_json:
        click.echo(json.dumps(listing.to_json(), indent=2, ensure_ascii=False))
    else:
        render_console(listing, echo=click.echo)
    click.echo(listing.summary() + (f" (first {limit} records per file)" if limit else ""), err=True)


def _numbers(value: str, *, option: str, kind: type = float) -> list[Any]:
    """A comma-separated list of positive numbers (``10,20,30``) of a ``--load`` option."""
    try:
        numbers = [kind(v) for v in value.split(",") if v.strip()]
    except ValueError:
        numbers = []
    if not numbers or any(n <= 0 for n in numbers):
        raise click.BadParameter(f"{value!r}: give positive numbers separated by commas, e.g. 1,2",
                                 param_hint=option)
    return numbers


def _load(store_path: Path | None, *, clients: int, duration: float, as_json: bool, out: Path | None,
          server_workers: str, rates: str, step_duration: float, capacity: bool) -> None:
    from seismo.bench.load import benchmarks_section, render_load, replace_section, run_capacity, run_load
    from seismo.bench.load.capacity import TARGET_MS

    if store_path is None:
        raise click.UsageError("--load needs a store: make one with `seismo bench --make-synthetic /tmp/synth.db "
                               "--events 1000000`, then pass --store /tmp/synth.db")
    workers = _numbers(server_workers, option="--server-workers", kind=int)
    steps = _numbers(rates, option="--rates")
    def show(step: Any) -> None:
        j = step.to_json(TARGET_MS)
        click.echo(f"  {step.rate:g}/s: p50 {j['p50_ms']} ms, p95 {j['p95_ms']} ms, {j['errors']} errors, "
                   f"server CPU {j['server_cpu_ms_per_request']} ms/request, load {j['load_average']}"
                   + ("" if j["passed"] else "  ✗"), err=True)

    reports = []
    for n in workers if capacity else ():
        click.echo(f"capacity: seismo serve --workers {n}, rates {', '.join(f'{r:g}' for r in steps)}/s for "
                   f"{step_duration:g} s each until p95 > {TARGET_MS:g} ms …", err=True)
        reports.append(run_capacity(store_path, rates=steps, step_seconds=step_duration, server_workers=n,
                                    progress=show))
        click.echo(f"capacity with {n} worker(s): {reports[-1].capacity()} requests/s at p95 ≤ {TARGET_MS:g} ms",
                   err=True)
    report = None
    if duration > 0:
        click.echo(f"load: {clients} clients for {duration:g} s on {store_path} (server workers: {workers[-1]}) …",
                   err=True)
        report = run_load(store_path, clients=clients, seconds=duration, server_workers=workers[-1])
    j = report.to_json() if report is not None else None
    if as_json:
        click.echo(json.dumps({"capacity": [c.to_json() for c in reports], "closed_loop": j}, indent=2))
    elif j is not None:
        click.echo(f"{j['requests']:,} requests, {j['requests_per_s']} requests/s, p50 {j['p50_ms']} ms, "
                   f"p95 {j['p95_ms']} ms, max {j['max_ms']} ms, {j['errors']} errors")
    command = "seismo bench " + " ".join(sys.argv[2:]) if sys.argv[1:2] == ["bench"] else "seismo bench --load"
    target = out or REPO / "docs" / "LOAD.md"
    if str(target) != "-":
        Path(target).write_text(render_load(report, command=command, capacity=reports), encoding="utf-8")
        click.echo(f"wrote {target}", err=True)
        if out is None:  # the repository's own report: its summary goes into docs/BENCHMARKS.md too
            bench_md = REPO / "docs" / "BENCHMARKS.md"
            text = bench_md.read_text("utf-8") if bench_md.exists() else "# Benchmarks\n"
            bench_md.write_text(replace_section(text, benchmarks_section(reports, report, command=command)), "utf-8")
            click.echo(f"wrote the load section of {bench_md}", err=True)


@click.command("bench", context_settings=HELP)
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared data folder whose dev texts fill the corpus after samples/.")
@click.option("--samples", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of sample articles read first [default: samples/ of the repository].")
@click.option("--words", type=click.IntRange(min=1), default=200_000, show_default=True,
              help="Corpus size in words (articles are added whole until it is reached).")
@click.option("--two-process/--one-process", default=True, show_default=True, help="Also time 2 worker processes.")
@click.option("--cold-start/--no-cold-start", default=True, show_default=True, help="Also time a fresh interpreter.")
@click.option("--speed/--no-speed", default=True, show_default=True, help="Run the throughput benchmark.")
@click.option("--link/--no-link", "with_link", default=True, show_default=True,
              help="Run the linking benchmark: clustering throughput and cost per new article by store size.")
@click.option("--link-reports", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Synthetic reports clustered for the linking throughput (0: skip that part).")
@click.option("--link-sizes", default="10k,100k,1M", show_default=True,
              help="Store sizes in reports for the cost per new article, in memory and SQLite ('': skip that part).")
@click.option("--scale/--no-scale", "with_scale", default=True, show_default=True,
              help="Run the scale benchmark: a whole ingest at 1 and 2 Dask workers, store write rates "
                   "(PostgreSQL too when SEISMO_TEST_PG names a server).")
@click.option("--scale-words", type=click.IntRange(min=1), default=300_000, show_default=True,
              help="Words in the scale benchmark's corpus (its first 100,000 are also timed alone).")
@click.option("--make-synthetic", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Fill a new SQLite store at PATH with synthetic events (see --events), then exit.")
@click.option("--events", "n_events", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="How many synthetic events --make-synthetic writes.")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              envvar="SEISMO_BENCH_STORE", show_envvar=True,
              help="Time dashboard queries, the HTTP API and the overview page on this (synthetic) store.")
@click.option("--repeat", type=click.IntRange(min=1), default=20, show_default=True, help="Runs of each query for p50/p95.")
@click.option("--api/--no-api", "with_api", default=True, show_default=True,
              help="With --store: also time GET /api/events per filter through the in-process app.")
@click.option("--requests", "n_requests", type=click.IntRange(min=1), default=100, show_default=True,
              help="Requests per API filter for p50/p95.")
@click.option("--browser/--no-browser", default=True, show_default=True,
              help="With --store: also time the overview page's first render in Chromium (when installed).")
@click.option("--load", "with_load", is_flag=True,
              help="Load test only: seismo serve on --store over HTTP; the capacity step test (the highest "
                   "rate of GET /api/events held at p95 <= 100 ms), then --clients clients flat out for "
                   "--duration seconds; writes docs/LOAD.md and the load section of docs/BENCHMARKS.md "
                   "(or --out), then exits.")
@click.option("--clients", type=click.IntRange(min=1), default=20, show_default=True, help="Concurrent clients of --load.")
@click.option("--duration", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Seconds the --load clients run flat out (after a 5 s warm-up); 0: skip that run.")
@click.option("--capacity/--no-capacity", "with_capacity", default=True, show_default=True,
              help="With --load: run the capacity step test (open loop: requests at fixed rates).")
@click.option("--rates", default="5,10,15,20,25,30,40,50,60,70,80,100,120,150,200", show_default=True,
              help="Requests per second the capacity test steps through, lowest first; it stops at the first "
                   "step whose p95 passes 100 ms or that has an error.")
@click.option("--step-duration", type=click.FloatRange(min=1), default=20.0, show_default=True,
              help="Seconds each rate of the capacity test is held.")
@click.option("--server-workers", default="1", show_default=True, metavar="N[,N...]",
              help="seismo serve --workers for --load; a list (1,2) runs the capacity test once per count, "
                   "the clients run with the last.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable result.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the Markdown report [default: docs/BENCHMARKS.md, docs/LOAD.md with --load]; "
                   "'-' to write none.")
@library_errors
def bench(data_dir: Path | None, samples: Path | None, words: int, two_process: bool, cold_start: bool, speed: bool,
          with_link: bool, link_reports: int, link_sizes: str, with_scale: bool, scale_words: int, make_synthetic: Path | None, n_events: int,
          store_path: Path | None, repeat: int, with_api: bool, n_requests: int, browser: bool, with_load: bool,
          clients: int, duration: float, with_capacity: bool, rates: str, step_duration: float,
          server_workers: str, as_json: bool, out: Path | None) -> None:
    """Time bare spaCy against the seismo pipeline (1 and 2 processes), cold start, the linker
    (stories, events, copies) on synthetic news, store queries, the HTTP API's events list and
    the overview page.

    Quick run: seismo bench --words 5000 --one-process --no-cold-start --link-reports 5000
    --link-sizes 10k --out -

    Linking only: seismo bench --no-speed (the other sections of docs/BENCHMARKS.md are kept).

    Query data: seismo bench --make-synthetic /tmp/synth.db --events 1000000, then
    seismo bench --no-speed --store /tmp/synth.db (or set SEISMO_BENCH_STORE). Without a
    store the query and API parts are skipped with a note saying how to make one: building
    1M events takes minutes and 1.5 GB, so bench never does it unasked.

    Load test: seismo bench --load --store /tmp/synth.db --server-workers 1,2 (the capacity at
    p95 <= 100 ms per worker count, then 20 clients for 5 minutes; docs/LOAD.md). Quick run:
    seismo bench --load --store /tmp/synth.db --rates 10,20 --step-duration 5 --duration 5 --out -
    """
    from seismo.bench import render_console, render_markdown, run_speed
    from seismo.bench.link import parse_sizes
    from seismo.eval.data import find_data_dir
    from seismo.eval.report import git_commit

    if make_synthetic is not None:
        from seismo.bench.query import make_synthetic as make

        stats = make(make_synthetic, events=n_events, progress=lambda msg: click.echo(msg, err=True))
        click.echo(stats.summary(), err=True)
        return
    if with_load:
        _load(store_path, clients=clients, duration=duration, as_json=as_json, out=out,
              server_workers=server_workers, rates=rates, step_duration=step_duration, capacity=with_capacity)
        return
    try:
        sizes = parse_sizes(link_sizes)
    except ValueError:
        raise click.BadParameter(f"{link_sizes!r}: give sizes in reports such as 10k,100k,1M", param_hint="--link-sizes")
    speed_report = query_report = link_report = None
    if speed:
        try:
            data = find_data_dir(data_dir)
        except InputError as exc:
            _missing_data(exc)
            return
        speed_report = run_speed(
            samples=samples or REPO / "samples", data_dir=data, words=words, two_process=two_process,
            with_cold_start=cold_start, step=lambda msg: click.echo(f"timing {msg} …", err=True),
        )
    if with_link and (link_reports or sizes):
        from seismo.bench.link import run_link

        link_report = run_link(reports=link_reports, sizes=sizes, step=lambda msg: click.echo(f"linking: {msg} …", err=True))
    scale_report = None
    if with_scale:
        import os

        from seismo.bench.corpus import build_corpus
        from seismo.bench.scale import run_scale

        try:
            scale_data = find_data_dir(data_dir)
        except InputError:
            scale_data = None  # the samples alone
        corpus = build_corpus(samples=samples or REPO / "samples", data_dir=scale_data, words=scale_words)
        scale_report = run_scale(corpus.articles, pg_url=os.environ.get("SEISMO_TEST_PG"),
                                 short_words=min(100_000, scale_words // 3) or None,
                                 step=lambda msg: click.echo(f"scale: {msg} …", err=True))
    api_report = store_note = None
    if store_path is not None:
        from seismo.bench.query import run_queries

        query_report = run_queries(store_path, repeat=repeat)
        if with_api:
            from seismo.bench.api import run_api

            click.echo("timing the HTTP API and the overview page …", err=True)
            api_report = run_api(store_path, requests=n_requests, browser=browser)
    else:
        store_note = ("Not run: no store given. Make one with `seismo bench --make-synthetic /tmp/synth.db "
                      "--events 1000000` (a few minutes, about 1.5 GB), then run `seismo bench --store /tmp/synth.db` "
                      "or `SEISMO_BENCH_STORE=/tmp/synth.db make bench`.")
        click.echo(f"store queries and HTTP API: {store_note}", err=True)
        if not speed:  # a partial run (linking only): the file keeps the store sections it has
            store_note = None
    if as_json:
        click.echo(json.dumps({
            "speed": speed_report.to_json() if speed_report else None,
            "link": link_report.to_json() if link_report else None,
            "query": query_report.to_json() if query_report else None,
            "api": api_report,
            "scale": scale_report.to_json() if scale_report else None,
        }, indent=2, default=str))
    else:
        render_console(speed_report, query_report, api=api_report, link=link_report, scale=scale_report)
    if str(out) != "-" and (speed_report or query_report or link_report or scale_report):
        target = out or REPO / "docs" / "BENCHMARKS.md"
        command = "seismo bench " + " ".join(sys.argv[2:]) if sys.argv[1:2] == ["bench"] else "seismo bench"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_markdown(speed_report, query_report, commit=git_commit(REPO),
                                           command=command.strip(), api=api_report, store_note=store_note,
                                           previous=target.read_text("utf-8") if target.exists() else None,
                                           link=link_report, scale=scale_report), "utf-8")
        click.echo(f"wrote {target}", err=True)
