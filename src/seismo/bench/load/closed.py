"""The closed-loop load test: N clients calling the events list of ``seismo serve`` as fast as they
are answered, for a while; requests per second, latency percentiles, errors.

    report = run_load("/tmp/synth.db", clients=20, seconds=300, server_workers=2)
    report.requests_per_s, report.pct(0.95), report.errors

The clients are asyncio tasks sharing one ``httpx.AsyncClient`` (a connection each), every one
looping over the requests of :func:`~seismo.bench.load.server.load_paths` (the dashboard's common
filters, first pages and next pages).  A request that is not 200, or that raises, counts as an
error with its reason.  Latency is measured by the client: it includes queueing in the server
and the client's own event loop.  With every client waiting for its answer, this measures
throughput flat out; the capacity at a latency target is :mod:`seismo.bench.load.capacity`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.api.bench import _percentile
from seismo.bench.load.server import load_paths, open_store_size, serving

@dataclass(frozen=True, slots=True)
class LoadReport:
    """What one load run measured.  latencies_ms: every answered request's latency; by_query:
    the same latencies per query string (a second page is the query with ``+ cursor``);
    server_workers: ``seismo serve --workers``; server_cpu_s: CPU seconds the server's processes
    used while measured (None where it could not be read)."""

    store: str
    events: int
    clients: int
    seconds: float
    latencies_ms: tuple[float, ...]
    errors: tuple[str, ...]
    statuses: dict[int, int]
    machine: str
    by_query: dict[str, tuple[float, ...]] = field(default_factory=dict)
    server_workers: int = 1
    server_cpu_s: float | None = None
    when: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    @property
    def requests_per_s(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        return _percentile(self.latencies_ms, q)

    @property
    def cpu_ms_per_request(self) -> float | None:
        """Server CPU time per answered request (less noisy than latency on a shared machine)."""
        if self.server_cpu_s is None or not self.requests:
            return None
        return self.server_cpu_s * 1000 / self.requests

    def to_json(self) -> dict[str, Any]:
        cpu = self.cpu_ms_per_request
        return {
            "store": self.store, "events": self.events, "clients": self.clients, "seconds": round(self.seconds, 1),
            "server_workers": self.server_workers,
            "server_cpu_ms_per_request": round(cpu, 2) if cpu is not None else None,
            "requests": self.requests, "requests_per_s": round(self.requests_per_s, 1),
            "p50_ms": round(self.pct(0.5), 1), "p95_ms": round(self.pct(0.95), 1), "p99_ms": round(self.pct(0.99), 1),
            "max_ms": round(max(self.latencies_ms, default=0.0), 1), "errors": len(self.errors),
            "error_samples": list(self.errors[:5]), "statuses": {str(k): v for k, v in self.statuses.items()},
            "machine": self.machine, "when": self.when,
            "by_query": {q: {"requests": len(v), "p50_ms": round(_percentile(v, 0.5), 1),
                             "p95_ms": round(_percentile(v, 0.95), 1)} for q, v in self.by_query.items()},
        }


async def _drive(base: str, *, clients: int, seconds: float, warmup: float,
                 cpu: Callable[[], float | None] = lambda: None,
                 ) -> tuple[list[float], list[str], Counter[int], float, dict[str, list[float]], float | None]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    statuses: Counter[int] = Counter()
    by_query: dict[str, list[float]] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        paths = await load_paths(client)
        start = time.monotonic()
        measure_from = start + warmup
        end = measure_from + seconds

        async def one(i: int) -> None:
            n = i
            while (now := time.monotonic()) < end:
                name, path = paths[n % len(paths)]
                n += 1
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    status: int | None = r.status_code
                    bad = None if r.status_code == 200 else f"{path}: {r.status_code} {r.text[:200]}"
                except httpx.HTTPError as exc:
                    status, bad = None, f"{path}: {type(exc).__name__}: {exc}"
                if now < measure_from:
                    continue
                if status is not None:
                    statuses[status] += 1
                    latencies.append((time.perf_counter() - t0) * 1000)
                    by_query.setdefault(name, []).append(latencies[-1])
                if bad:
                    errors.append(bad)

        async def cpu_at_start() -> float | None:
            await asyncio.sleep(max(0.0, measure_from - time.monotonic()))
            return cpu()

        cpu_start, *_ = await asyncio.gather(cpu_at_start(), *(one(i) for i in range(clients)))
        elapsed = time.monotonic() - measure_from
        cpu_end = cpu()
    used = None if cpu_start is None or cpu_end is None else cpu_end - cpu_start
    return latencies, errors, statuses, elapsed, by_query, used


def run_load(store: str | Path, *, clients: int = 20, seconds: float = 300.0, warmup: float = 5.0,
             startup_timeout: float = 120.0, server_workers: int = 1) -> LoadReport:
    """Start ``seismo serve --workers server_workers`` on ``store`` (read-only use), run
    ``clients`` clients for ``seconds`` after ``warmup`` seconds, stop the server; the measurements."""
    from seismo.bench.speed import describe_machine

    events = open_store_size(store)
    machine = describe_machine()
    with serving(store, workers=server_workers, startup_timeout=startup_timeout) as server:
        latencies, errors, statuses, elapsed, by_query, used = asyncio.run(_drive(
            server.base, clients=clients, seconds=seconds, warmup=warmup, cpu=server.cpu_seconds))
    return LoadReport(store=str(store), events=events, clients=clients, seconds=elapsed,
                      latencies_ms=tuple(latencies), errors=tuple(errors), statuses=dict(statuses),
                      machine=machine, by_query={q: tuple(v) for q, v in by_query.items()},
                      server_workers=server_workers, server_cpu_s=used)
