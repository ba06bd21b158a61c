"""The scale benchmark: a whole ``seismo.scale`` ingest (cluster start, one pipeline load per
worker, extraction, writing) at 1 and at 2 Dask workers on the same corpus in the same run —
the ratio is the figure — then the store's write rate (``Store.write``: rows and linking) on
SQLite and, when a server is given, PostgreSQL, from the same results.  Beside them, bare spaCy
(``nlp.pipe`` in 1 and in 2 fresh processes, each parsing its share) on the same texts: the machine's own ceiling for the ratio,
since a parser in two processes on two cores is as parallel as extraction can get.

    report = run_scale(articles, workers=(1, 2), pg_url=os.environ.get("SEISMO_TEST_PG"))
    scale_markdown(report)  → the "Scale" section of docs/BENCHMARKS.md
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.bench.corpus import word_count
from seismo.bench.speed import describe_machine
from seismo.eval.report import markdown_table
from seismo.model import Article, Result

SECTION = "Scale"


@dataclass(frozen=True, slots=True)
class WorkerRun:
    """One whole Dask ingest into a fresh SQLite store."""

    workers: int
    seconds: float
    articles: int
    words: int
    worker_peak_mb: tuple[float, ...]  # max RSS of each worker process at the end

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class WriteRate:
    """``Store.write`` of the same results, in batches, into an empty store."""

    backend: str
    articles: int
    reports: int
    seconds: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class ScaleReport:
    runs: tuple[WorkerRun, ...]
    writes: tuple[WriteRate, ...]
    batch_size: int
    pg_note: str | None = None
    bare: tuple[tuple[int, float], ...] = ()  # (processes, seconds) of bare spaCy on the same texts
    #: the same runs on the corpus's first articles only (a short run: fixed costs weigh more)
    short_runs: tuple[WorkerRun, ...] = ()
    machine: str = field(default_factory=describe_machine)
    measured: str = field(default_factory=lambda: f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")

    def ratio(self, *, short: bool = False) -> float | None:
        """Articles/s at the most workers over articles/s at one (``short``: of the short runs)."""
        runs = self.short_runs if short else self.runs
        one = next((r for r in runs if r.workers == 1), None)
        most = max(runs, key=lambda r: r.workers, default=None)
        if one is None or most is None or most is one or not one.articles_per_s:
            return None
        return most.articles_per_s / one.articles_per_s

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine, "measured": self.measured, "batch_size": self.batch_size,
            "runs": [{"workers": r.workers, "seconds": round(r.seconds, 2), "articles": r.articles,
                      "articles_per_s": round(r.articles_per_s, 2), "worker_peak_mb": [round(m) for m in r.worker_peak_mb]}
                     for r in self.runs],
            "ratio": None if (x := self.ratio()) is None else round(x, 3),
            "short_runs": [{"workers": r.workers, "seconds": round(r.seconds, 2), "articles": r.articles,
                            "words": r.words} for r in self.short_runs],
            "short_ratio": None if (x := self.ratio(short=True)) is None else round(x, 3),
            "writes": [{"backend": w.backend, "articles": w.articles, "reports": w.reports,
                        "seconds": round(w.seconds, 3), "articles_per_s": round(w.articles_per_s, 1)} for w in self.writes],
            "pg_note": self.pg_note,
            "bare_spacy": [{"processes": n, "seconds": round(t, 2)} for n, t in self.bare],
            "bare_ratio": None if (b := self.bare_ratio()) is None else round(b, 3),
        }

    def bare_ratio(self) -> float | None:
        """Bare spaCy's time at 1 process over its time at the most processes."""
        times = dict(self.bare)
        most = max(times, default=None)
        if most is None or most == 1 or 1 not in times or not times[most]:
            return None
        return times[1] / times[most]


def _peak_rss_mb() -> float:
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def time_workers(articles: Sequence[Article], *, workers: int, batch_size: int,
                 factory: Callable[[], Any], keep: list[Result] | None = None) -> WorkerRun:
    """One whole ingest of ``articles`` on a fresh LocalCluster of ``workers`` into a fresh SQLite
    store, timed from before the cluster starts to after the last batch is written."""
    from seismo.scale import dask_client, ingest
    from seismo.store import Store

    def collect(batch: Any) -> None:
        if keep is not None:
            keep.extend(batch.results)

    with tempfile.TemporaryDirectory(prefix="seismo-scale-") as tmp:
        start = time.perf_counter()
        with dask_client(workers=workers) as client, Store.open(Path(tmp) / "s.db") as store:
            stats = ingest(articles, store=store, client=client, factory=factory, batch_size=batch_size,
                           on_batch=collect)
            seconds = time.perf_counter() - start
            peaks = tuple(sorted(client.run(_peak_rss_mb).values()))
    return WorkerRun(workers, seconds, stats.added + stats.present, sum(word_count(a.text) for a in articles), peaks)


def time_writes(results: Sequence[Result], *, url: str, backend: str, batch_size: int) -> WriteRate:
    """``Store.write`` of ``results`` in batches into the empty store at ``url``."""
    from seismo.store import Store

    with Store.open(url) as store:
        start = time.perf_counter()
        reports = 0
        for i in range(0, len(results), batch_size):
            reports += store.write(results[i:i + batch_size]).events_added
        seconds = time.perf_counter() - start
    return WriteRate(backend, len(results), reports, seconds)


def _parse_share(texts: Sequence[str], batch_size: int, loader: Callable[[], Any] | None = None) -> int:
    from seismo.nlp import load_model

    return sum(1 for _ in (loader or load_model)().pipe(texts, batch_size=batch_size))


def time_bare_split(texts: Sequence[str], *, processes: int, batch_size: int,
                    loader: Callable[[], Any] | None = None) -> float:
    """Seconds for ``processes`` fresh processes to load the model and parse one share each of
    ``texts`` (every n-th text), nothing sent back: the ceiling a parser reaches on this machine,
    timed whole like a Dask run (process start and model load included).  ``loader``: a picklable
    callable giving the spaCy pipeline to time instead of the installed model (tests)."""
    from concurrent.futures import ProcessPoolExecutor

    from seismo.bench.speed import _mp_context

    start = time.perf_counter()
    with ProcessPoolExecutor(processes, mp_context=_mp_context()) as pool:
        done = sum(pool.map(_parse_share, [texts[i::processes] for i in range(processes)], [batch_size] * processes,
                            [loader] * processes))
    assert done == len(texts)
    return time.perf_counter() - start


def _empty_pg(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def run_scale(articles: Sequence[Article], *, workers: Sequence[int] = (1, 2), batch_size: int = 16,
              pg_url: str | None = None, factory: Callable[[], Any] | None = None,
              step: Callable[[str], None] | None = None, short_words: int | None = None,
              bare_loader: Callable[[], Any] | None = None) -> ScaleReport:
    """The scale benchmark (module docstring).  ``pg_url``: an EMPTY-able PostgreSQL database (its
    public schema is dropped and made again) for the write rate; none: SQLite only, said so.
    ``short_words``: also time the worker runs on the first articles up to this many words.
    ``bare_loader``: what the bare-parser runs load instead of the installed model (tests)."""
    from seismo.pipeline import Pipeline

    say = step or (lambda _: None)
    factory = factory or functools.partial(Pipeline)
    results: list[Result] = []
    runs = []
    for n in workers:
        say(f"{n} worker{'s' * (n > 1)}")
        runs.append(time_workers(articles, workers=n, batch_size=batch_size, factory=factory,
                                 keep=results if not results else None))
    short_runs = []
    if short_words:
        short, words = [], 0
        for a in articles:
            if words >= short_words:
                break
            short.append(a)
            words += word_count(a.text)
        for n in workers:
            say(f"{n} worker{'s' * (n > 1)}, first {len(short)} articles")
            short_runs.append(time_workers(short, workers=n, batch_size=batch_size, factory=factory))
    texts = [a.text for a in articles]
    bare = []
    for n in workers:
        say(f"bare spaCy, {n} process{'es' * (n > 1)}")
        bare.append((n, time_bare_split(texts, processes=n, batch_size=batch_size, loader=bare_loader)))
    writes = []
    say("writes, SQLite")
    with tempfile.TemporaryDirectory(prefix="seismo-write-") as tmp:
        writes.append(time_writes(results, url=str(Path(tmp) / "w.db"), backend="SQLite (file, WAL)",
                                  batch_size=64))
    note = None
    if pg_url:
        say("writes, PostgreSQL")
        _empty_pg(pg_url)
        writes.append(time_writes(results, url=pg_url, backend="PostgreSQL", batch_size=64))
        _empty_pg(pg_url)
    else:
        note = "PostgreSQL not measured: no server given (set SEISMO_TEST_PG=postgresql+psycopg://...)."
    return ScaleReport(tuple(runs), tuple(writes), batch_size, note, tuple(bare), short_runs=tuple(short_runs))


COLUMNS = ("workers", "seconds (whole run)", "articles/s", "words/s", "× 1 worker", "peak RSS per worker MiB")


def _rows(report: ScaleReport) -> list[tuple[Any, ...]]:
    one = next((r for r in report.runs if r.workers == 1), None)
    return [(r.workers, f"{r.seconds:.1f}", f"{r.articles_per_s:.2f}", f"{r.words / r.seconds:,.0f}",
             f"{r.articles_per_s / one.articles_per_s:.2f}" if one and one.articles_per_s else "",
             ", ".join(f"{m:,.0f}" for m in r.worker_peak_mb)) for r in report.runs]


WRITE_COLUMNS = ("store", "articles", "event reports", "seconds", "articles/s", "reports/s")


def _write_rows(report: ScaleReport) -> list[tuple[Any, ...]]:
    return [(w.backend, w.articles, w.reports, f"{w.seconds:.2f}", f"{w.articles_per_s:,.1f}",
             f"{w.reports / w.seconds:,.0f}" if w.seconds else "") for w in report.writes]


def scale_markdown(report: ScaleReport) -> list[str]:
    runs = report.runs
    out = [
        f"## {SECTION}",
        "",
        f"Measured {report.measured} on {report.machine}. The same {runs[0].articles} articles "
        f"({runs[0].words:,} words) ingested by `seismo.scale` (`seismo ingest --workers N`) into a fresh SQLite "
        f"store, batches of {report.batch_size}; each run is timed whole: LocalCluster start, one pipeline load "
        "per worker, extraction, and the workers writing every batch, one at a time in input order.",
        "",
        *markdown_table(COLUMNS, _rows(report)),
        "",
    ]
    if (ratio := report.ratio()) is not None:
        out += [f"Ratio, {max(r.workers for r in runs)} workers over 1: **{ratio:.2f}×** (target ≥ 1.7× on 2 cores). "
                "Both runs are in the same process run on the same corpus; on a shared machine only the ratio "
                "is worth comparing.", ""]
    if (short := report.ratio(short=True)) is not None:
        first = report.short_runs[0]
        times = ", ".join(f"{r.workers} worker{'s' * (r.workers > 1)} {r.seconds:.1f} s" for r in report.short_runs)
        out += [f"The same runs on the first {first.articles} articles only ({first.words:,} words): {times}, "
                f"**{short:.2f}×**. Cluster start and one pipeline load per worker take a few seconds whatever "
                "the run's length, and the second worker cannot share them, so the shorter the run the lower the "
                "ratio; the runs scale-out is for last hours.", ""]
    if (bare := report.bare_ratio()) is not None:
        times = ", ".join(f"{n} process{'es' * (n > 1)} {t:.1f} s" for n, t in report.bare)
        out += [f"Bare spaCy on the same texts, same run (fresh processes, each loading the model and parsing "
                f"every n-th text, nothing sent back): {times}, **{bare:.2f}×** — the most this machine gives a "
                "parser in two processes.", ""]
    out += [
        "Store write rate (`Store.write`, 64 articles per transaction, linking included) of the results "
        "of the first run, into an empty store:",
        "",
        *markdown_table(WRITE_COLUMNS, _write_rows(report)),
    ]
    if report.pg_note:
        out += ["", report.pg_note]
    out += ["", "Peak RSS: each worker process's `getrusage` max RSS at the end of its run. See docs/SCALING.md."]
    return out


def scale_console(report: ScaleReport, *, console: Any) -> None:
    from rich.table import Table

    table = Table(*COLUMNS, title=f"scale on {report.machine}", title_justify="left")
    for row in _rows(report):
        table.add_row(*(str(x) for x in row))
    console.print(table)
    table = Table(*WRITE_COLUMNS, title="store writes", title_justify="left")
    for row in _write_rows(report):
        table.add_row(*(str(x) for x in row))
    console.print(table)
    if report.pg_note:
        console.print(f"[dim]· {report.pg_note}[/dim]")
    if (bare := report.bare_ratio()) is not None:
        console.print(f"bare spaCy on the same texts: {bare:.2f}× at {max(n for n, _ in report.bare)} processes")
