"""``seismo extract`` (JSON lines, no store) and ``seismo ingest`` (extract and store)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Iterator

import click

from seismo.commands.common import (
    EXIT_NOTHING, EXIT_PARTIAL, HELP, db_option, library_errors, parse_date_option, settings_from,
)
from seismo.model import Article, Result

inputs_argument = click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
default_date_option = click.option(
    "--default-date", callback=parse_date_option, default=None, metavar="YYYY-MM-DD",
    help="Publication date for articles that give none (or give one that is not a date).",
)
batch_option = click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
                            help="Articles per spaCy batch and per store transaction.")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


class _Counted:
    """A pipeline that advances a progress bar by one for every article it extracts."""

    def __init__(self, pipeline, advance) -> None:
        self._pipeline, self._advance = pipeline, advance

    @property
    def versions(self):
        return self._pipeline.versions

    def run_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        for result in self._pipeline.run_many(articles):
            self._advance(1)
            yield result


def _total(inputs: tuple[str, ...], *, default_date: dt.date | None, max_chars: int) -> int | None:
    """How many articles INPUTS hold (a first, NLP-free pass), for a progress bar with a total;
    None when nobody watches (stderr is not a terminal) or an input cannot be read twice
    (standard input, a pipe such as ``<(zcat news.jsonl.gz)``, a device)."""
    from pathlib import Path

    from seismo.ingest import IngestReport, read_inputs

    if not sys.stderr.isatty() or any(p == "-" or not (Path(p).is_file() or Path(p).is_dir()) for p in inputs):
        return None
    return sum(1 for _ in read_inputs(inputs, report=IngestReport(), default_date=default_date, max_chars=max_chars))


def _progress(label: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn(label), MofNCompleteColumn(), BarColumn(), TimeElapsedColumn(),
        console=_stderr_console(), transient=True,
    )


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _report_problems(report) -> None:
    for error in report.skipped:
        click.echo(f"skipped: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)


def _exit_for(report) -> None:
    """Exit 1 when some input was skipped and some read, 2 when nothing could be read at all."""
    if report.skipped:
        sys.exit(EXIT_PARTIAL if report.read else EXIT_NOTHING)


def _result_warnings(result: Result) -> None:
    for w in result.warnings:
        click.echo(f"warning: article {result.article.id}: {w}", err=True)


@click.command(context_settings=HELP)
@inputs_argument
@default_date_option
@batch_option
@library_errors
def extract(inputs: tuple[str, ...], default_date: dt.date | None, batch_size: int) -> None:
    """Extract events, places, dates and quotes from INPUTS; print one JSON object per article.

    INPUTS are text files (an optional 'date YYYY-MM-DD ' header), JSONL/CSV with a 'text'
    column, saved HTML pages, folders (read recursively) or '-' for standard input.
    Nothing is stored.  Exit status 1 when some input was skipped (each named on stderr),
    2 when no input could be read.
    """
    from seismo.contract import serialize
    from seismo.ingest import IngestReport, read_inputs
    from seismo.pipeline import Pipeline

    settings = settings_from(default_date=default_date, batch_size=batch_size)
    report = IngestReport()
    pipeline = Pipeline(settings=settings)
    n_events = 0
    out = sys.stdout
    total = _total(inputs, default_date=default_date, max_chars=settings.max_article_chars)
    with _progress("extracting") as progress:
        task = progress.add_task("extract", total=total)
        articles = read_inputs(inputs, report=report, default_date=default_date,
                               max_chars=settings.max_article_chars)
        for batch in _batches(articles, batch_size):
            for result in pipeline.run_many(batch):
                _result_warnings(result)
                n_events += len(result.events)
                out.write(json.dumps(serialize.result(result), ensure_ascii=False) + "\n")
                progress.advance(task, 1)
            out.flush()
    _report_problems(report)
    click.echo(f"{report.summary()}; {n_events} events", err=True)
    _exit_for(report)


@click.command(context_settings=HELP)
@inputs_argument
@db_option
@default_date_option
@batch_option
@click.option("--reprocess", is_flag=True,
              help="Also re-extract articles already stored whose step versions differ from this seismo's "
                   "(a newer step, or one that failed on them); their old records are replaced.")
@click.option("--force", is_flag=True, help="Re-extract every article already stored, whatever its step versions.")
@click.option("--workers", type=click.IntRange(1, 512), default=None, metavar="N",
              help="Extract on a Dask LocalCluster of N worker processes (one thread each); "
                   "this process writes the results, in input order (docs/SCALING.md).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract on an existing Dask cluster, whose workers must have seismo installed.")
@library_errors
def ingest(inputs: tuple[str, ...], db_url: str | None, default_date: dt.date | None, batch_size: int,
           reprocess: bool, force: bool, workers: int | None, scheduler: str | None) -> None:
    """Extract from INPUTS and store the results (one transaction per batch).

    Re-ingesting an article already in the store adds nothing, unless --reprocess finds it
    was made by other step versions (see `seismo show`) or --force is given.  With --workers
    or --scheduler, Dask workers extract (each loads the pipeline once) and the store ends the
    same as with one process.  Exit status 1 when some input was skipped (each named on
    stderr; everything readable is still stored) or some batch failed to extract (rerun to
    store it), 2 when no input could be read.
    """
    from seismo.ingest import IngestReport, read_inputs
    from seismo.pipeline import Pipeline
    from seismo.processing import Batch, process
    from seismo.store import Store

    settings = settings_from(db_url, default_date=default_date, batch_size=batch_size)
    report = IngestReport()
    store = Store.open(settings.db_url)
    pipeline = Pipeline(settings=settings)
    total = _total(inputs, default_date=default_date, max_chars=settings.max_article_chars)
    with _progress("ingesting") as progress:
        task = progress.add_task("ingest", total=total)

        def done(batch: Batch) -> None:
            for result in batch.results:
                _result_warnings(result)
            progress.advance(task, len(batch.articles) - len(batch.results))  # those already stored

        articles = read_inputs(inputs, report=report, default_date=default_date,
                               max_chars=settings.max_article_chars)
        if workers is None and scheduler is None:
            counted = _Counted(pipeline, lambda n: progress.advance(task, n))
            stats = process(articles, store=store, pipeline=counted, reprocess=reprocess, force=force,
                            batch_size=batch_size, on_batch=done)
        else:
            stats = _ingest_on_dask(articles, store=store, settings=settings, workers=workers,
                                    scheduler=scheduler, reprocess=reprocess, force=force,
                                    batch_size=batch_size, advance=lambda n: progress.advance(task, n))
    _report_problems(report)
    click.echo(f"{report.summary()}; {stats.summary()} in {settings.db_url}", err=True)
    _exit_for(report)
    if stats.failed:
        sys.exit(EXIT_PARTIAL if stats.added or stats.present or stats.replaced else EXIT_NOTHING)


def _ingest_on_dask(articles, *, store, settings, workers, scheduler, reprocess, force, batch_size, advance):
    """``seismo.scale.ingest`` on a LocalCluster of ``workers`` or the cluster at ``scheduler``."""
    import functools

    from seismo.pipeline import Pipeline
    from seismo.processing import Batch
    from seismo.scale import dask_client, ingest as scale_ingest

    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers N (a cluster of N local processes) or --scheduler ADDRESS "
                               "(an existing cluster), not both")

    def done(batch: Batch) -> None:
        for result in batch.results:
            _result_warnings(result)
        if batch.error:
            click.echo(f"failed: {len(batch.articles) - len(batch.results)} articles from "
                       f"{batch.articles[0].id}: {batch.error}", err=True)
        advance(len(batch.articles))

    with dask_client(workers=workers, scheduler=scheduler) as client:
        return scale_ingest(articles, store=store, client=client, factory=functools.partial(Pipeline, settings=settings),
                            reprocess=reprocess, force=force, batch_size=batch_size, on_batch=done)
