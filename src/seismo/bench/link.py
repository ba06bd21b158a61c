"""Linking benchmark: how fast the linker clusters reports, and whether one new article costs more
as the store grows.

    run_link(reports=100_000, sizes=(10_000, 100_000, 1_000_000)) -> LinkReport
    python -m seismo.bench.link --reports N        the throughput part alone, as JSON

Both parts link synthetic news (:mod:`seismo.bench.linkdata`: extracted articles built from
``seismo.model`` records, :data:`~seismo.bench.linkdata.REPORTS_PER_ARTICLE` asserted reports
each, a few percent follow-ups and near-copies) with the real :class:`~seismo.link.Linker`.

1. **Clustering throughput** (:func:`run_throughput`): ``reports`` reports, in publication order,
   one ``Linker(MemoryIndex()).add`` per article, in a fresh interpreter (one process, one core)
   so that its peak RSS is this part's alone (:func:`own_peak_mb`: ``VmHWM``, which a new
   program starts afresh, where ``ru_maxrss`` keeps the parent's peak across ``exec``).  Only the ``add``
   calls are timed (not the generator).  Target: :data:`TARGET_SECONDS` per
   :data:`TARGET_REPORTS` reports (scaled for other sizes).
2. **Cost per new article vs store size** (:func:`run_cost`): for each size an index is filled
   with that many reports without linking (:func:`seismo.bench.linkdata.fill`: each synthetic
   article's real keys, tf-idf vector and lookup keys, a MinHash-like signature, its planted story
   and events, written by ``MemoryIndex.save`` and by bulk INSERTs into the store's link tables),
   then the next ``batch`` articles of the same stream are linked one by one and timed, on the
   :class:`~seismo.link.MemoryIndex` and on the SQLite store's
   :class:`~seismo.store.links.StoreIndex` (a fresh ``Store.open``, one transaction, as
   ``Store.write`` links).  Every lookup of the linker is bounded, so the cost per article
   should level off once the busiest keys hold their :attr:`~seismo.link.Rule.max_postings`.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from seismo.bench.linkdata import REPORTS_PER_ARTICLE, SEED, Planted, SyntheticNews, fill
from seismo.bench.speed import describe_machine, own_peak_mb
from seismo.link import ArticleLinks, Linker, MemoryIndex
from seismo.model import Result

SECTION = "Linking (stories, events, copies)"
TARGET_REPORTS, TARGET_SECONDS = 100_000, 60.0
SIZES = (10_000, 100_000, 1_000_000)
BATCH = 200
Step = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Throughput:
    """One clustering run: timings, memory, and what the linker made of the planted structure."""

    reports: int
    articles: int
    seconds: float  # the Linker.add calls only (wall clock)
    peak_rss_mb: float  # peak RSS of the program that ran it (own_peak_mb)
    start_rss_mb: float  # peak RSS when linking began (interpreter, imports, the generator's pools)
    stories: int
    largest_story: int
    reports_joined: int  # reports that joined an event an earlier article started
    copies_planted: int
    copies_found: int  # planted copies the linker marked duplicate_of (an earlier copy of the same text counts)
    false_copies: int  # duplicate_of on an article that copies nothing
    follow_ups_planted: int
    follow_ups_found: int  # planted follow-ups put in the story of the article they follow up
    cpu_seconds: float | None = None  # the Linker.add calls only, CPU time of the process (time.process_time)
    decisions: str | None = None  # sha256 of every decision in order (:func:`_decided`): equal before and after a speed-up

    @property
    def reports_per_s(self) -> float:
        return self.reports / self.seconds if self.seconds else 0.0

    @property
    def target_s(self) -> float:
        return TARGET_SECONDS * self.reports / TARGET_REPORTS

    @property
    def passed(self) -> bool:
        return self.seconds <= self.target_s


@dataclass(frozen=True, slots=True)
class Cost:
    """Linking a batch of new articles into an index already holding ``reports`` reports."""

    index: str  # "memory" or "sqlite"
    reports: int
    articles: int
    fill_s: float
    batch: int
    mean_ms: float
    p50_ms: float
    p95_ms: float
    neighbours: float  # earlier articles read per new article (story and copy candidates)
    events: float  # events read per new article (story events and nearby events)
    agree: int | None = None  # sqlite: batch articles decided exactly as on the memory index


@dataclass(frozen=True, slots=True)
class LinkReport:
    throughput: Throughput | None
    costs: tuple[Cost, ...]
    seed: int = SEED
    machine: str = field(default_factory=describe_machine)
    when: str = field(default_factory=lambda: _utc_now())  # when the run started

    def to_json(self) -> dict[str, Any]:
        t = self.throughput
        return {
            "when": self.when,
            "machine": self.machine,
            "seed": self.seed,
            "throughput": None if t is None else {**asdict(t), "reports_per_s": round(t.reports_per_s, 1),
                                                  "target_s": t.target_s, "passed": t.passed},
            "cost_per_article": [asdict(c) for c in self.costs],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "LinkReport":
        t = data.get("throughput")
        fields = {f.name for f in dataclasses.fields(Throughput)}
        return cls(None if t is None else Throughput(**{k: v for k, v in t.items() if k in fields}),
                   tuple(Cost(**c) for c in data.get("cost_per_article", ())), data.get("seed", SEED),
                   data.get("machine", ""), data.get("when") or _utc_now())


def _utc_now() -> str:
    return f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC"


# --------------------------------------------------------------------------- throughput


def _decided(links: ArticleLinks) -> bytes:
    """Everything the linker decided about one article, scores and reasons included, as bytes for
    the :attr:`Throughput.decisions` digest."""
    return repr(links).encode("utf-8")


def _story_kept(planted: Planted, links: ArticleLinks, story_of: dict[str, str]) -> bool:
    return planted.of is not None and links.story_id == story_of.get(planted.of)


def run_throughput(reports: int = TARGET_REPORTS, *, seed: int = SEED) -> Throughput:
    """Link ``reports`` synthetic reports with ``Linker(MemoryIndex())`` in this process."""
    from seismo.link.dupes import signature

    news = SyntheticNews(seed)
    n = max(1, reports // REPORTS_PER_ARTICLE)
    linker = Linker(MemoryIndex())
    story_of: dict[str, str] = {}
    sizes: Counter[str] = Counter()
    joined = planted_copies = found_copies = false_copies = planted_follow = found_follow = 0
    signature("warm up " * 50)  # draw the MinHash permutations outside the timing
    digest = hashlib.sha256()
    start_rss = own_peak_mb()
    seconds = cpu = 0.0
    for planted, result in news.stream(n):
        t0, c0 = time.perf_counter(), time.process_time()
        links = linker.add(result)
        seconds += time.perf_counter() - t0
        cpu += time.process_time() - c0
        digest.update(_decided(links))
        story_of[links.article_id] = links.story_id
        sizes[links.story_id] += 1
        joined += sum(1 for r in links.reports if r.event_id != r.report_id)
        if planted.kind == "copy":
            planted_copies += 1
            found_copies += links.duplicate_of is not None
        else:
            false_copies += links.duplicate_of is not None
        if planted.kind == "follow-up":
            planted_follow += 1
            found_follow += _story_kept(planted, links, story_of)
    return Throughput(
        reports=n * REPORTS_PER_ARTICLE, articles=n, seconds=seconds, peak_rss_mb=own_peak_mb(),
        start_rss_mb=start_rss, stories=len(sizes), largest_story=max(sizes.values()), reports_joined=joined,
        copies_planted=planted_copies, copies_found=found_copies, false_copies=false_copies,
        follow_ups_planted=planted_follow, follow_ups_found=found_follow, cpu_seconds=cpu,
        decisions=digest.hexdigest(),
    )


def measure_throughput(reports: int = TARGET_REPORTS, *, seed: int = SEED, isolate: bool = True) -> Throughput:
    """:func:`run_throughput`, in a fresh interpreter when ``isolate`` (its own peak RSS)."""
    if not isolate:
        return run_throughput(reports, seed=seed)
    done = subprocess.run([sys.executable, "-m", "seismo.bench.link", "--reports", str(reports), "--seed", str(seed)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the linking throughput subprocess failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return Throughput(**json.loads(done.stdout.strip().splitlines()[-1]))


# --------------------------------------------------------------------------- cost per new article


class Counting:
    """An :class:`~seismo.link.Index` wrapper counting the articles and events the linker reads."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.n_articles_read = self.n_events_read = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def articles(self, *args: Any, **kwargs: Any) -> Any:
        out = self.inner.articles(*args, **kwargs)
        self.n_articles_read += len(out)
        return out

    def band_neighbours(self, *args: Any, **kwargs: Any) -> Any:
        out = self.inner.band_neighbours(*args, **kwargs)
        self.n_articles_read += len(out)
        return out

    def story_events(self, *args: Any, **kwargs: Any) -> Any:
        out = self.inner.story_events(*args, **kwargs)
        self.n_events_read += len(out)
        return out

    def events_near(self, *args: Any, **kwargs: Any) -> Any:
        out = self.inner.events_near(*args, **kwargs)
        self.n_events_read += len(out)
        return out


def _decision(links: ArticleLinks) -> tuple[Any, ...]:
    return links.story_id, links.duplicate_of, links.primary_event_id, tuple(r.event_id for r in links.reports)


def _time_batch(index: Any, batch: Sequence[Result], *, before: Callable[[Result], Sequence[str] | None] | None = None
                ) -> tuple[list[float], Counting, list[tuple[Any, ...]]]:
    from seismo.link.dupes import signature

    if batch:
        signature(batch[0].article.text)  # the first MinHash draws the permutations: not part of any article's cost
    counting = Counting(index)
    linker = Linker(counting)  # type: ignore[arg-type]
    times, decisions = [], []
    for result in batch:
        ids = before(result) if before is not None else None
        t0 = time.perf_counter()
        links = linker.add(result, ids)
        times.append((time.perf_counter() - t0) * 1000)
        decisions.append(_decision(links))
    return times, counting, decisions


def _cost(index: str, reports: int, fill_s: float, times: list[float], counting: Counting, agree: int | None = None) -> Cost:
    from seismo.bench.query import percentile

    n = len(times)
    return Cost(index, reports, reports // REPORTS_PER_ARTICLE, fill_s, n, sum(times) / n, percentile(times, 50),
                percentile(times, 95), counting.n_articles_read / n, counting.n_events_read / n, agree)


def _link_into_store(path: Path, batch: Sequence[Result]) -> tuple[list[float], Counting, list[tuple[Any, ...]]]:
    """Link ``batch`` into the store at ``path`` as ``Store.write`` does (one transaction, the article's
    row first, its report rows' ids); only ``Linker.add`` is timed."""
    from seismo.store import Store
    from seismo.store import rows as R
    from seismo.store import schema as S
    from seismo.store.links import StoreIndex

    store = Store.open(path)
    try:
        with store.engine.connect() as conn:
            conn = conn.execution_options(seismo_begin="BEGIN IMMEDIATE")
            with conn.begin():
                now = dt.datetime.now(dt.timezone.utc)

                def before(result: Result) -> list[str]:
                    rows = R.result_rows(result, added_at=now)
                    conn.execute(S.articles.insert(), rows.articles)
                    return [r["id"] for r in rows.event_reports]

                return _time_batch(StoreIndex(conn, now=now), batch, before=before)
    finally:
        store.close()


def run_cost(sizes: Sequence[int] = SIZES, *, batch: int = BATCH, sqlite_sizes: Sequence[int] | None = None,
             seed: int = SEED, workdir: Path | None = None, step: Step | None = None) -> tuple[Cost, ...]:
    """For each size (in reports): fill, then time linking the next ``batch`` articles, on the
    MemoryIndex and (for ``sqlite_sizes``, default all) on a SQLite store."""
    say = step or (lambda _: None)
    sqlite_sizes = tuple(sizes) if sqlite_sizes is None else tuple(sqlite_sizes)
    costs: list[Cost] = []
    with tempfile.TemporaryDirectory(prefix="seismo-bench-link-", dir=workdir) as tmp:
        for size in sizes:
            path = Path(tmp) / f"link-{size}.db" if size in sqlite_sizes else None
            say(f"filling indexes to {size:,} reports")
            memory = MemoryIndex()
            news, seconds = fill(size, seed=seed, memory=memory, sqlite=path, step=say)
            new = [result for _, result in news.stream(batch)]
            say(f"linking {batch} new articles into {size:,} reports (memory)")
            times, counting, on_memory = _time_batch(memory, new)
            costs.append(_cost("memory", size, seconds["shared"] + seconds["memory"], times, counting))
            del memory
            if path is not None:
                say(f"linking {batch} new articles into {size:,} reports (SQLite)")
                times, counting, on_store = _link_into_store(path, new)
                agree = sum(a == b for a, b in zip(on_memory, on_store))
                costs.append(_cost("sqlite", size, seconds["shared"] + seconds["sqlite"], times, counting, agree))
                path.unlink()
    return tuple(sorted(costs, key=lambda c: (c.index != "memory", c.reports)))


def run_link(*, reports: int = TARGET_REPORTS, sizes: Sequence[int] = SIZES, sqlite_sizes: Sequence[int] | None = None,
             batch: int = BATCH, seed: int = SEED, isolate: bool = True, workdir: Path | None = None,
             step: Step | None = None) -> LinkReport:
    """Both parts (see the module docstring); ``reports=0`` or empty ``sizes`` skips a part."""
    say = step or (lambda _: None)
    machine, when = describe_machine(), _utc_now()
    throughput = None
    if reports:
        say(f"clustering {reports:,} reports (one process)")
        throughput = measure_throughput(reports, seed=seed, isolate=isolate)
    costs = run_cost(sizes, batch=batch, sqlite_sizes=sqlite_sizes, seed=seed, workdir=workdir, step=say) if sizes else ()
    return LinkReport(throughput, costs, seed, machine, when)


# --------------------------------------------------------------------------- rendering


COST_COLUMNS = ("index", "store (reports)", "articles", "filled in s", "ms / new article", "p50 ms", "p95 ms",
                "articles read / new", "events read / new", "same decisions as memory")


def cost_rows(r: LinkReport) -> list[tuple[Any, ...]]:
    return [(c.index if c.index == "memory" else "SQLite store", f"{c.reports:,}", f"{c.articles:,}", f"{c.fill_s:.0f}",
             f"{c.mean_ms:.1f}", f"{c.p50_ms:.1f}", f"{c.p95_ms:.1f}", f"{c.neighbours:,.0f}", f"{c.events:,.0f}",
             "" if c.agree is None else f"{c.agree} / {c.batch}") for c in r.costs]


def throughput_lines(t: Throughput) -> list[str]:
    verdict = "met" if t.passed else "**not met**"
    scaled = "" if t.reports == TARGET_REPORTS else f" (scaled to {t.reports:,} reports: ≤ {t.target_s:.1f} s)"
    cpu = "" if t.cpu_seconds is None else f"; CPU time of the process {t.cpu_seconds:.1f} s"
    return [
        f"{t.reports:,} reports ({t.articles:,} articles) linked one by one in publication order by "
        f"`Linker(MemoryIndex())` in one process: **{t.seconds:.1f} s, {t.reports_per_s:,.0f} reports/s** "
        f"({1000 * t.seconds / t.articles:.1f} ms per article{cpu}); peak RSS {t.peak_rss_mb:,.0f} MiB "
        f"(`VmHWM` of a fresh interpreter running only this part; {t.start_rss_mb:,.0f} MiB "
        f"before the first article). Target \"clustering {TARGET_REPORTS:,} reports takes ≤ {TARGET_SECONDS:.0f} s "
        f"on one core\"{scaled}: {verdict}.",
        "",
        f"What the linker made of it: {t.stories:,} stories (largest {t.largest_story:,} articles); "
        f"{t.reports_joined:,} reports joined an event an earlier article started; near-copies planted "
        f"{t.copies_planted:,}, marked `duplicate_of` {t.copies_found:,} (and {t.false_copies:,} articles that copy "
        f"nothing); follow-ups planted {t.follow_ups_planted:,}, put in the story of the article they follow up "
        f"{t.follow_ups_found:,}."
        + ("" if t.decisions is None else f" Every decision (`repr` of each `ArticleLinks`, in order) hashes to sha256 "
           f"`{t.decisions[:16]}…`: a speed-up must leave it unchanged."),
    ]


def link_markdown(r: LinkReport, *, commit: str | None = None, command: str | None = None) -> list[str]:
    """The ``## Linking (stories, events, copies)`` section of docs/BENCHMARKS.md."""
    from seismo.bench.linkdata import ARTICLES_PER_DAY, COPY, FOLLOW_UP, RARE, TOWNS, VOCAB
    from seismo.eval.report import markdown_table

    made = f" from commit `{commit}`" if commit else ""
    out = [
        f"## {SECTION}",
        "",
        f"Measured {r.when}{made} by `{command or 'seismo bench --no-speed'}` on {r.machine}. "
        f"Synthetic news (`seismo.bench.linkdata`, seed {r.seed}): extracted articles built directly as "
        f"`seismo.model` records (no spaCy), about 150 words from a Zipf vocabulary of {VOCAB:,} made-up words "
        f"and a long tail of {RARE:,} rare ones (each story's specific terms), "
        f"2–3 people, towns from a pool of {TOWNS:,}, {REPORTS_PER_ARTICLE} asserted reports (5 PLOVER types, town "
        f"precision, day dates), {ARTICLES_PER_DAY} articles a day; {FOLLOW_UP:.0%} follow-ups of a story of the last "
        f"3 days (same people, town and main happenings), {COPY:.0%} near-copies of a recent article.",
    ]
    if r.throughput is not None:
        out += ["", "**Clustering throughput.**", "", *throughput_lines(r.throughput)]
    if r.costs:
        batch = r.costs[0].batch
        out += [
            "", f"**Cost per new article vs store size.** {batch} new articles (the next ones of the same stream, so "
            "some follow up or copy what is stored) linked one by one into an index already holding N reports:",
            "", *markdown_table(COST_COLUMNS, cost_rows(r)), "",
            "- Filling (not timed per article): each stored article's real keys, tf-idf vector (idf from the "
            "document frequencies so far) and lookup keys, a random 64-value MinHash-like signature (a planted "
            "near-copy: its original's with one value in eight changed), its planted story and events, written "
            "with `MemoryIndex.save` and, for SQLite, with bulk `INSERT`s into `link_articles`, `link_postings`, "
            "`link_bands`, `link_df` and `events` of a fresh `Store.open` store in one transaction (foreign keys "
            "and `synchronous` off during the load; no `articles` rows for stored articles). *filled in s*: "
            "generating, keys and writing that index.",
            "- Timed: `Linker.add` only. SQLite: a freshly opened store, one `BEGIN IMMEDIATE` transaction for the "
            "batch as in `Store.write`, each article's `articles` row inserted (untimed) before it is linked.",
            "- *articles read / new*: earlier articles the linker compared (story neighbours and copy candidates); "
            "*events read / new*: events it matched reports against (its story's and the narrowly dated ones of "
            "the same type and country on the report's days). *same decisions as memory*: story, copy, primary event and every report's "
            "event identical on both indexes.",
            "- Stored stories are the planted ones (the fill does not link), so stored storylines are shorter than "
            "a linked store's.",
            *growth_lines(r.costs),
        ]
    out += ["", "Rerun: `seismo bench --no-speed --no-scale` (this part only; `--link-reports`, `--link-sizes` to "
            "resize)."]
    return out


def growth_lines(costs: Sequence[Cost]) -> list[str]:
    """How the cost per article grew from the smallest store to the largest, per index, and the bound."""
    from seismo.link import Rule
    from seismo.link.keys import LOOKUP_KEYS
    from seismo.link.linker import EVENT_CANDIDATES

    out = []
    for index in ("memory", "sqlite"):
        rows = sorted((c for c in costs if c.index == index), key=lambda c: c.reports)
        if len(rows) < 2 or not rows[0].mean_ms or not rows[0].neighbours:
            continue
        a, b = rows[0], rows[-1]
        steps = ", ".join(f"{c.mean_ms:.1f}" for c in rows)
        out.append(f"{'memory' if index == 'memory' else 'SQLite'}: {steps} ms from {a.reports:,} to {b.reports:,} "
                   f"reports (×{b.mean_ms / a.mean_ms:.1f} for ×{b.reports / a.reports:,.0f} reports)")
    if not out:
        return []
    rows = sorted((c for c in costs if c.index == "memory"), key=lambda c: c.reports) or list(costs)
    rule = Rule()
    return [
        f"- Growth: {'; '.join(out)}. Earlier articles read per new article: "
        f"{', '.join(f'{c.neighbours:,.0f}' for c in rows)}. Each lookup key ({LOOKUP_KEYS} and the article's "
        f"countries and actors) reads at most `Rule.max_postings` ({rule.max_postings}) postings within "
        f"`Rule.far_days` ({rule.far_days}), and of the articles found only the `Rule.max_neighbours` "
        f"({rule.max_neighbours}) sharing the most key weight with the new article are read and compared; "
        f"events read: {', '.join(f'{c.events:,.0f}' for c in rows)} (its story's, and for each narrowly dated "
        f"report at most {EVENT_CANDIDATES} narrowly dated events of its type and country sharing one of its days).",
    ]


def link_console(r: LinkReport, *, console: Any) -> None:
    from rich.table import Table

    if r.throughput is not None:
        t = r.throughput
        console.print(f"[bold]clustering[/bold]: {t.reports:,} reports in {t.seconds:.1f} s, {t.reports_per_s:,.0f} "
                      f"reports/s, peak RSS {t.peak_rss_mb:,.0f} MiB; target ≤ {t.target_s:.0f} s "
                      f"{'met' if t.passed else 'NOT met'}")
        console.print(f"[dim]{throughput_lines(t)[-1]}[/dim]")
    if r.costs:
        table = Table(*COST_COLUMNS, title=f"cost per new article ({r.costs[0].batch} new articles)", title_justify="left")
        for row in cost_rows(r):
            table.add_row(*(str(x) for x in row))
        console.print(table)


def parse_sizes(text: str) -> tuple[int, ...]:
    """``"10000,100k,1M"`` -> ``(10000, 100000, 1000000)``; empty: no sizes."""
    out = []
    for part in filter(None, (p.strip().lower().replace("_", "") for p in text.split(","))):
        scale = {"k": 1_000, "m": 1_000_000}.get(part[-1], 1)
        out.append(int(float(part[:-1] if scale > 1 else part) * scale))
    return tuple(out)


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m seismo.bench.link --reports N``: the throughput part in this process, one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m seismo.bench.link")
    parser.add_argument("--reports", type=int, default=TARGET_REPORTS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    print(json.dumps(asdict(run_throughput(args.reports, seed=args.seed))))


if __name__ == "__main__":
    main()
