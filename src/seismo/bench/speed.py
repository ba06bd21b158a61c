"""Throughput: bare spaCy ``nlp.pipe`` against the full seismo pipeline, 1 and 2 processes.

Two-process seismo: ``Pipeline`` has no process option, so the corpus is cut into contiguous
chunks and a ``ProcessPoolExecutor`` (``fork`` on Linux, else the default) runs one
``Pipeline`` per worker (inherited from the parent under ``fork``); each worker returns its
``Result`` records (pickled back to the parent, as a real run would need them).  Model load
is outside every timing; worker start-up is inside both 2-process timings.

Peak RSS is each phase's own: the process's high-water mark starts again from what it holds at
the start of a phase (:func:`reset_peak`), so a phase is not charged with an earlier phase's
peak (the bare model's batches, say); a worker reports its own (:func:`own_peak_mb`).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.model import Article, Result

WARMUP = "Police arrested 40 protesters in Almaty on Friday, officials said."


@dataclass(frozen=True, slots=True)
class Timing:
    """One timed variant over the corpus."""

    name: str
    processes: int
    seconds: float
    articles: int
    words: int
    peak_rss_mb: float

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def describe_machine() -> str:
    """CPU count, Python and the load average when the run starts (a busy machine skews timings)."""
    load = f", load average {os.getloadavg()[0]:.1f} at start" if hasattr(os, "getloadavg") else ""
    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}{load}"


def peak_rss_mb(*, children: bool = False) -> float:
    """Peak resident memory so far of this process (or of its waited-for children), in MiB."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss  # macOS reports bytes
    return kib / 1024


def own_peak_mb() -> float:
    """Peak resident memory of this process in MiB: ``VmHWM`` of ``/proc/self/status`` where
    there is one (Linux; its high-water mark starts afresh at ``exec`` and at :func:`reset_peak`,
    whereas ``ru_maxrss`` is inherited from the parent that forked the interpreter), else
    :func:`peak_rss_mb`."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return peak_rss_mb()
    kib = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return peak_rss_mb() if kib is None else kib / 1024


def reset_peak() -> bool:
    """Start this process's peak resident memory again from what it holds now, after a garbage
    collection (Linux: ``/proc/self/clear_refs``; ``VmHWM`` and ``ru_maxrss`` both follow), so
    the next phase reports its own peak, not the largest of every earlier phase.  False where
    the system offers no such reset (the peaks are then cumulative)."""
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def _mp_context() -> Any:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def time_bare(texts: Sequence[str], *, words: int, n_process: int = 1, batch_size: int = 64) -> Timing:
    """Bare model ``nlp.pipe`` over the texts (``n_process`` as spaCy does it)."""
    from seismo.nlp import load_model

    reset_peak()
    nlp = load_model()
    nlp(WARMUP)
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    seconds = time.perf_counter() - start
    rss = max(own_peak_mb(), peak_rss_mb(children=True)) if n_process > 1 else own_peak_mb()
    return Timing("bare spaCy", n_process, seconds, n, words, rss)


def time_seismo(articles: Sequence[Article], *, words: int, pipeline: Any | None = None) -> Timing:
    """The full default pipeline in this process."""
    from seismo.pipeline import Pipeline, make_article

    reset_peak()
    pipeline = pipeline or Pipeline()
    pipeline.run(make_article(WARMUP, date="2022-01-07"))
    pipeline.versions  # noqa: B018 - loads the learned models a step reads: model load stays outside the timing
    start = time.perf_counter()
    n = sum(1 for _ in pipeline.run_many(articles))
    seconds = time.perf_counter() - start
    return Timing("seismo", 1, seconds, n, words, own_peak_mb())


_WORKER: Any = None


def _init_worker() -> None:
    """Build (spawn) or reuse (fork: inherited from the parent) the worker's warmed-up Pipeline."""
    global _WORKER
    from seismo.pipeline import Pipeline, make_article

    if _WORKER is None:
        _WORKER = Pipeline()
    _WORKER.run(make_article(WARMUP, date="2022-01-07"))
    _WORKER.versions  # noqa: B018 - loads the learned models before the timing


def _run_chunk(chunk: Sequence[Article]) -> tuple[list[Result], float]:
    """The chunk's results and the worker's own peak RSS so far (MiB)."""
    return list(_WORKER.run_many(chunk)), own_peak_mb()


def chunks(items: Sequence[Any], n: int) -> list[Sequence[Any]]:
    """``items`` cut into about ``n`` contiguous chunks of similar size (order kept)."""
    if n < 1:
        raise ValueError(f"chunk count must be >= 1, got {n}")
    size = max(1, -(-len(items) // n))
    return [items[i : i + size] for i in range(0, len(items), size)]


def time_seismo_parallel(
    articles: Sequence[Article], *, words: int, processes: int = 2, pipeline: Any | None = None
) -> Timing:
    """The full pipeline in ``processes`` workers, worker start-up included in the timing.

    With ``fork`` the workers inherit ``pipeline`` (already loaded, shared copy-on-write), as
    spaCy's own ``n_process`` workers inherit the model; otherwise each builds its own.  Peak
    RSS: the largest worker's own ``VmHWM`` (the pages it shares with the parent included).
    """
    global _WORKER
    parts = chunks(articles, max(processes, -(-len(articles) // 64)))
    context = _mp_context()
    _WORKER = pipeline if context.get_start_method() == "fork" else None
    try:
        start = time.perf_counter()  # worker start-up included, as spaCy's n_process includes its own
        with ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker) as pool:
            done = list(pool.map(_run_chunk, parts))
        seconds = time.perf_counter() - start
    finally:
        _WORKER = None
    n = sum(len(results) for results, _ in done)
    return Timing("seismo (pool)", processes, seconds, n, words, max((peak for _, peak in done), default=0.0))


COLD_START = """
import time
t0 = time.perf_counter()
import seismo
t1 = time.perf_counter()
r = seismo.extract("Police arrested 40 protesters in Almaty on Friday, officials said.", date="2022-01-07")
t2 = time.perf_counter()
print(f"{t1 - t0:.4f} {t2 - t0:.4f}")
"""


@dataclass(frozen=True, slots=True)
class ColdStart:
    import_s: float
    first_result_s: float
    process_s: float  # whole subprocess, interpreter start included


def cold_start(*, python: str | None = None, runner: Callable[..., Any] = subprocess.run) -> ColdStart:
    """Import + model load + first result, in a fresh interpreter."""
    start = time.perf_counter()
    proc = runner([python or sys.executable, "-c", COLD_START], capture_output=True, text=True, timeout=600, check=False)
    total = time.perf_counter() - start
    if proc.returncode != 0:
        from seismo.errors import ModelError

        raise ModelError(f"cold-start subprocess failed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
    imp, first = (float(x) for x in proc.stdout.split()[-2:])
    return ColdStart(imp, first, total)
