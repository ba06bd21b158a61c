"""Benchmarks: pipeline throughput (``speed``), cold start, linking (``link``), store queries
(``query``), HTTP API (``api``), Dask scale-out and store write rates (``scale``).

    run_speed(samples=..., data_dir=..., words=200_000) -> SpeedReport
    seismo.bench.link.run_link(reports=100_000, sizes=...) -> LinkReport
    render_markdown(speed, query, ..., link=...) -> the text of docs/BENCHMARKS.md
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.bench.corpus import Corpus, build_corpus
from seismo.bench.speed import (ColdStart, Timing, cold_start, describe_machine, time_bare, time_seismo,
                                time_seismo_parallel)
from seismo.eval.report import markdown_table
from seismo.pipeline import Pipeline

__all__ = ["SpeedReport", "render_console", "render_markdown", "run_speed"]


@dataclass(frozen=True, slots=True)
class SpeedReport:
    corpus: Corpus
    timings: tuple[Timing, ...]
    cold: ColdStart | None
    machine: str = field(default_factory=lambda: describe_machine())

    def timing(self, name_prefix: str, processes: int) -> Timing | None:
        return next((t for t in self.timings if t.name.startswith(name_prefix) and t.processes == processes), None)

    def ratio(self, processes: int) -> float | None:
        """seismo words/s over bare spaCy words/s at the same process count."""
        bare, ours = self.timing("bare", processes), self.timing("seismo", processes)
        if bare is None or ours is None or not bare.words_per_s:
            return None
        return ours.words_per_s / bare.words_per_s

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "corpus": {"articles": len(self.corpus.articles), "words": self.corpus.words, "sources": dict(self.corpus.sources)},
            "timings": [
                {
                    "name": t.name,
                    "processes": t.processes,
                    "seconds": round(t.seconds, 3),
                    "articles": t.articles,
                    "words": t.words,
                    "words_per_s": round(t.words_per_s, 1),
                    "articles_per_s": round(t.articles_per_s, 2),
                    "peak_rss_mb": round(t.peak_rss_mb, 1),
                }
                for t in self.timings
            ],
            "ratio_seismo_over_bare": {str(p): None if (r := self.ratio(p)) is None else round(r, 3) for p in (1, 2)},
            "cold_start": None
            if self.cold is None
            else {"import_s": round(self.cold.import_s, 3), "first_result_s": round(self.cold.first_result_s, 3), "process_s": round(self.cold.process_s, 3)},
        }


def run_speed(
    *,
    samples: Path | None,
    data_dir: Path | None,
    words: int = 200_000,
    two_process: bool = True,
    with_cold_start: bool = True,
    step: Callable[[str], None] | None = None,
) -> SpeedReport:
    """Time bare spaCy and seismo on the fixed corpus, in this process (and 2 workers)."""
    corpus = build_corpus(samples=samples, data_dir=data_dir, words=words)
    texts = [a.text for a in corpus.articles]
    say = step or (lambda _: None)
    timings = []
    say("bare spaCy, 1 process")
    timings.append(time_bare(texts, words=corpus.words))
    say("seismo, 1 process")
    pipeline = Pipeline()
    timings.append(time_seismo(corpus.articles, words=corpus.words, pipeline=pipeline))
    if two_process:
        say("bare spaCy, 2 processes")
        timings.append(time_bare(texts, words=corpus.words, n_process=2))
        say("seismo, 2 processes")
        timings.append(time_seismo_parallel(corpus.articles, words=corpus.words, processes=2, pipeline=pipeline))
    cold = None
    if with_cold_start:
        say("cold start (subprocess)")
        cold = cold_start()
    return SpeedReport(corpus, tuple(timings), cold)


def _speed_rows(s: SpeedReport) -> list[tuple[Any, ...]]:
    rows = []
    for t in s.timings:
        ratio = s.ratio(t.processes) if t.name.startswith("seismo") else None
        rows.append(
            (
                t.name,
                t.processes,
                f"{t.seconds:.1f}",
                f"{t.words_per_s:,.0f}",
                f"{t.articles_per_s:.1f}",
                "" if ratio is None else f"{ratio:.2f}",
                f"{t.peak_rss_mb:,.0f}",
            )
        )
    return rows


SPEED_COLUMNS = ("variant", "processes", "seconds", "words/s", "articles/s", "seismo / bare", "peak RSS MiB")


def render_console(speed: SpeedReport | None, query: Any | None = None, *, api: dict[str, Any] | None = None,
                   console: Any = None, link: Any | None = None, scale: Any | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    if speed is not None:
        c = speed.corpus
        console.print(f"[bold]corpus[/bold]: {len(c.articles)} articles, {c.words:,} words ({', '.join(f'{k} {v}' for k, v in c.sources)})")
        table = Table(*SPEED_COLUMNS, title=f"throughput on {speed.machine}", title_justify="left")
        for row in _speed_rows(speed):
            table.add_row(*(str(x) for x in row))
        console.print(table)
        if speed.cold is not None:
            k = speed.cold
            console.print(f"cold start: import {k.import_s:.2f} s, first result {k.first_result_s:.2f} s, whole process {k.process_s:.2f} s")
    if link is not None:
        from seismo.bench.link import link_console

        link_console(link, console=console)
    if scale is not None:
        from seismo.bench.scale import scale_console

        scale_console(scale, console=console)
    if query is not None:
        from seismo.bench.query import query_rows, QUERY_COLUMNS

        table = Table(*QUERY_COLUMNS, title=f"store queries ({query.events:,} events)", title_justify="left")
        for row in query_rows(query):
            table.add_row(*(str(x) for x in row))
        console.print(table)
        for note in query.notes:
            console.print(f"[dim]· {note}[/dim]")
    if api is not None:
        from seismo.bench.api import api_console

        api_console(api, console=console)


def kept_sections(text: str, names: tuple[str, ...]) -> list[str]:
    """The lines of the ``## name`` sections of a Markdown text, in their order (heading included)."""
    kept: list[str] = []
    keep = False
    for line in text.splitlines():
        if line.startswith("## "):
            keep = line[3:].strip() in names
        if keep:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def render_markdown(speed: SpeedReport | None, query: Any | None, *, commit: str, command: str,
                    api: dict[str, Any] | None = None, store_note: str | None = None,
                    previous: str | None = None, link: Any | None = None, scale: Any | None = None) -> str:
    """The text of docs/BENCHMARKS.md.  ``previous``: the file as it was; the sections of the parts
    this run did not measure are kept from it verbatim: throughput and cold start without ``speed``
    (``--no-speed``), linking without ``link`` (``--no-link``), store queries and the HTTP API when
    there is neither ``query`` nor a ``store_note`` saying why they were not run, scale without
    ``scale`` (``--no-scale``); the load test's section always (``seismo bench --load`` writes it)."""
    from seismo.bench.link import SECTION as LINK_SECTION
    from seismo.bench.load.report import BENCHMARKS_SECTION as LOAD_SECTION
    from seismo.bench.scale import SECTION as SCALE_SECTION

    out = [
        "# Benchmarks",
        "",
        "<!-- generated by `seismo bench`; do not edit by hand -->",
        "",
        f"Generated {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC from commit `{commit}` by `{command}`.",
        "Reproduce: `seismo bench` (`make bench`) for throughput and cold start; for the store queries first "
        "`seismo bench --make-synthetic /tmp/synth.db --events 1000000`, then `seismo bench --store /tmp/synth.db` "
        "(or set `SEISMO_BENCH_STORE=/tmp/synth.db` for `make bench`), which also times the HTTP API and the "
        "overview page. The linking benchmark alone: `seismo bench --no-speed`. "
        "Quick run: `seismo bench --words 5000 --one-process --no-cold-start --link-reports 5000 "
        "--link-sizes 10k --out -`.",
        "Timings come from one run on a machine that may be shared: compare the ratios within a run, "
        "and absolute numbers only between runs on the same quiet machine.",
        "The load test (`seismo serve` under 20 concurrent clients, requests per second and p95) is in "
        "[LOAD.md](LOAD.md): `seismo bench --load --store /tmp/synth.db` (`make load`).",
        "",
    ]
    if speed is None and previous:
        kept = kept_sections(previous, ("Throughput", "Cold start"))
        if kept:
            out += ["_Throughput and cold start below are kept from the previous run "
                    "(this run used `--no-speed`)._", "", *kept]
    if speed is not None:
        c = speed.corpus
        out += [
            "## Throughput",
            "",
            f"Machine: {speed.machine}. Corpus: {len(c.articles)} articles, {c.words:,} words (whitespace tokens): "
            + ", ".join(f"{k} {v}" for k, v in c.sources)
            + ". Same texts, same process run, model load outside the timings.",
            "",
        ]
        out += markdown_table(SPEED_COLUMNS, _speed_rows(speed))
        out += [
            "",
            "- *bare spaCy*: `seismo.nlp.load_model()` (no gazetteer ruler), `nlp.pipe(texts, batch_size=64, n_process=N)`.",
            "- *seismo*: `Pipeline().run_many(articles)` — parse, entity ruler and every extraction step.",
            "- *seismo (pool)*: the pipeline has no process option, so the corpus is cut into chunks of 64 articles and "
            "a `ProcessPoolExecutor(2)` runs them; with `fork` each worker inherits the parent's loaded `Pipeline` "
            "(copy-on-write) and pickles its `Result`s back in order. Worker start-up is inside the timing, as it is "
            "for spaCy's `n_process=2`.",
            "- *seismo / bare*: seismo words/s over bare words/s at the same process count (target ≥ 0.7).",
            "- Peak RSS: the phase's own peak, `VmHWM` of this process with its high-water mark reset at the start of the phase "
            "(`/proc/self/clear_refs`; cumulative where there is none), or the largest worker's own `VmHWM`.",
        ]
        if speed.cold is not None:
            k = speed.cold
            out += [
                "",
                "## Cold start",
                "",
                f"A fresh interpreter running `import seismo; seismo.extract(...)`: import {k.import_s:.2f} s, "
                f"first result (import + model load + one article) {k.first_result_s:.2f} s, "
                f"whole process including interpreter start {k.process_s:.2f} s.",
            ]
    if link is not None:
        from seismo.bench.link import link_markdown

        out += ["", *link_markdown(link, commit=commit, command=command)]
    elif previous and (kept := kept_sections(previous, (LINK_SECTION,))):
        out += ["", *kept]
    if scale is not None:
        from seismo.bench.scale import scale_markdown

        out += ["", *scale_markdown(scale)]
    elif previous and (kept := kept_sections(previous, (SCALE_SECTION,))):
        out += ["", *kept]
    if query is None and api is None and store_note is None and previous:
        kept = kept_sections(previous, ("Store queries", "HTTP API and dashboard", "Store queries and HTTP API"))
        if kept:
            out += ["", "_Store queries and HTTP API below are kept from the previous run (this run had no store)._",
                    "", *kept]
    if query is not None:
        from seismo.bench.query import query_markdown

        out += ["", *query_markdown(query)]
    if api is not None:
        from seismo.bench.api import api_markdown

        out += ["", *api_markdown(api)]
    if store_note is not None:
        out += ["", "## Store queries and HTTP API", "", store_note]
    if previous and (kept := kept_sections(previous, (LOAD_SECTION,))):  # written by `seismo bench --load` only
        out += ["", *kept]
    return "\n".join(out) + "\n"
