"""Capacity: the highest request rate ``seismo serve`` holds with p95 latency ≤ a target.

    report = run_capacity("/tmp/synth.db", rates=(10, 20, 30, 40), step_seconds=20, server_workers=2)
    report.capacity()            # 30.0: the highest step whose p95 stayed ≤ 100 ms, without errors
    report.capacity("country=KAZ&limit=50")   # the same for one query of the mix

An open-loop step test: requests arrive at a fixed rate whatever the server does (one every
``1/rate`` seconds, cycling through the requests of
:func:`~seismo.bench.load.server.load_paths`), for ``step_seconds`` per rate, the rates in
increasing order.  Each request is its own asyncio task, so a slow answer does not hold back the
next request (unlike the closed loop of :func:`~seismo.bench.load.closed.run_load`, where 20
clients wait for their answers and the latency is mostly queueing).  Latency runs from the
moment a request was *due*, so time spent waiting for a free connection or for the client's event
loop counts too (no coordinated omission).  A step passes when every request was answered 200
within the client timeout and the p95 latency is ≤ the target; the run stops after the first
step that fails.  The capacity is the highest rate of a
passing step below the first failing one.  Per query, the same rule on that query's requests.

The client runs on the same machine as the server: on a small or shared machine it takes CPU
the server could have used, so every step records the 1-minute load average and the server's
CPU time per request (less noisy than latency).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.api.bench import _percentile
from seismo.bench.load.server import load_paths, open_store_size, serving

#: request rates (per second) stepped through by default, lowest first
DEFAULT_RATES: tuple[float, ...] = (5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100, 120, 150, 200)
#: the latency target of issue 16: p95 ≤ 100 ms for the events list
TARGET_MS = 100.0


@dataclass(frozen=True, slots=True)
class Step:
    """One rate held for ``seconds``.  sent: requests started; latencies_ms: of the requests answered
    200, from when each was due; errors: the others (status or exception, with the path);
    by_query: the latencies per query of the mix; load_average: the machine's 1-minute load
    average at the end of the step; server_cpu_s and client_cpu_s: CPU seconds of the server's
    processes and of this (the client's) process during it."""

    rate: float
    seconds: float
    sent: int
    latencies_ms: tuple[float, ...]
    errors: tuple[str, ...]
    by_query: dict[str, tuple[float, ...]]
    load_average: float | None = None
    server_cpu_s: float | None = None
    client_cpu_s: float | None = None

    @property
    def answered(self) -> int:
        return len(self.latencies_ms)

    def pct(self, q: float, query: str | None = None) -> float:
        return _percentile(self.by_query.get(query, ()) if query else self.latencies_ms, q)

    def passed(self, target_ms: float, query: str | None = None) -> bool:
        """p95 ≤ ``target_ms`` and no errors (for one query: that query's p95; errors of any query count)."""
        values = self.by_query.get(query, ()) if query else self.latencies_ms
        return bool(values) and not self.errors and self.pct(0.95, query) <= target_ms

    @property
    def cpu_ms_per_request(self) -> float | None:
        """Server CPU time per answered request."""
        if self.server_cpu_s is None or not self.answered:
            return None
        return self.server_cpu_s * 1000 / self.answered

    @property
    def client_cpu_ms_per_request(self) -> float | None:
        """The load generator's own CPU time per answered request (taken from the same cores)."""
        if self.client_cpu_s is None or not self.answered:
            return None
        return self.client_cpu_s * 1000 / self.answered

    def to_json(self, target_ms: float) -> dict[str, Any]:
        cpu, client = self.cpu_ms_per_request, self.client_cpu_ms_per_request
        return {
            "rate": self.rate, "seconds": round(self.seconds, 1), "sent": self.sent, "answered": self.answered,
            "answered_per_s": round(self.answered / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(self.pct(0.5), 1), "p95_ms": round(self.pct(0.95), 1),
            "max_ms": round(max(self.latencies_ms, default=0.0), 1), "errors": len(self.errors),
            "error_samples": list(self.errors[:3]), "passed": self.passed(target_ms),
            "load_average": None if self.load_average is None else round(self.load_average, 1),
            "server_cpu_ms_per_request": None if cpu is None else round(cpu, 2),
            "client_cpu_ms_per_request": None if client is None else round(client, 2),
            "by_query_p95_ms": {q: round(self.pct(0.95, q), 1) for q in self.by_query},
        }


@dataclass(frozen=True, slots=True)
class CapacityReport:
    """A step test: the steps run (lowest rate first, the last one failed unless every rate passed)."""

    store: str
    events: int
    server_workers: int
    target_ms: float
    steps: tuple[Step, ...]
    queries: tuple[str, ...]
    machine: str
    when: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    def capacity(self, query: str | None = None) -> float | None:
        """The highest rate whose step passed, every lower step having passed too (None: not even the first)."""
        best = None
        for step in self.steps:
            if not step.passed(self.target_ms, query):
                break
            best = step.rate
        return best

    def to_json(self) -> dict[str, Any]:
        return {
            "store": self.store, "events": self.events, "server_workers": self.server_workers,
            "target_ms": self.target_ms, "capacity_per_s": self.capacity(), "machine": self.machine,
            "when": self.when, "capacity_by_query": {q: self.capacity(q) for q in self.queries},
            "steps": [s.to_json(self.target_ms) for s in self.steps],
        }


def _load_average() -> float | None:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


async def _step(client: Any, paths: Sequence[tuple[str, str]], *, rate: float, seconds: float,
                cpu: Callable[[], float | None], offset: int = 0) -> Step:
    """Start one request every ``1/rate`` s for ``seconds``; wait for them all; the step."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    by_query: dict[str, list[float]] = {name: [] for name, _ in paths}

    async def one(name: str, path: str, due: float) -> None:
        try:
            r = await client.get(path)
        except httpx.HTTPError as exc:
            errors.append(f"{path}: {type(exc).__name__}: {exc}")
            return
        if r.status_code != 200:
            errors.append(f"{path}: {r.status_code} {r.text[:200]}")
            return
        latencies.append((time.monotonic() - due) * 1000)
        by_query[name].append(latencies[-1])

    n = max(1, round(rate * seconds))
    cpu_start, client_start = cpu(), time.process_time()
    start = time.monotonic() + 0.01
    tasks = []
    for i in range(n):
        due = start + i / rate
        if (wait := due - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        name, path = paths[(offset + i) % len(paths)]
        tasks.append(asyncio.create_task(one(name, path, due)))
    await asyncio.gather(*tasks)
    cpu_end, client_used = cpu(), time.process_time() - client_start
    used = None if cpu_start is None or cpu_end is None else cpu_end - cpu_start
    return Step(rate=rate, seconds=n / rate, sent=n, latencies_ms=tuple(latencies), errors=tuple(errors),
                by_query={q: tuple(v) for q, v in by_query.items()}, load_average=_load_average(),
                server_cpu_s=used, client_cpu_s=client_used)


async def _steps(base: str, *, rates: Sequence[float], step_seconds: float, warmup: float, target_ms: float,
                 timeout: float, cpu: Callable[[], float | None],
                 progress: Callable[[Step], None]) -> tuple[list[Step], list[str]]:
    import httpx

    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        paths = await load_paths(client)
        if warmup > 0:
            await _step(client, paths, rate=rates[0], seconds=warmup, cpu=lambda: None)
        steps: list[Step] = []
        for rate in rates:
            steps.append(await _step(client, paths, rate=rate, seconds=step_seconds, cpu=cpu))
            progress(steps[-1])
            if not steps[-1].passed(target_ms):
                break
    return steps, [name for name, _ in paths]


def run_capacity(store: str | Path, *, rates: Sequence[float] = DEFAULT_RATES, step_seconds: float = 20.0,
                 warmup: float = 5.0, target_ms: float = TARGET_MS, server_workers: int = 1,
                 timeout: float = 10.0, startup_timeout: float = 120.0,
                 progress: Callable[[Step], None] = lambda step: None) -> CapacityReport:
    """Start ``seismo serve --workers server_workers`` on ``store``, warm it up at the first rate for
    ``warmup`` s, then hold each of ``rates`` (increasing) for ``step_seconds`` until a step fails
    (p95 over ``target_ms``, or an error: a status other than 200, or no answer within ``timeout``)."""
    from seismo.bench.speed import describe_machine

    ordered = sorted(float(r) for r in rates)
    if not ordered or ordered[0] <= 0:
        raise ValueError(f"rates must be positive requests per second, got {list(rates)!r}")
    events = open_store_size(store)
    machine = describe_machine()
    with serving(store, workers=server_workers, startup_timeout=startup_timeout) as server:
        steps, queries = asyncio.run(_steps(server.base, rates=ordered, step_seconds=step_seconds, warmup=warmup,
                                            target_ms=target_ms, timeout=timeout, cpu=server.cpu_seconds,
                                            progress=progress))
    return CapacityReport(store=str(store), events=events, server_workers=server_workers, target_ms=target_ms,
                          steps=tuple(steps), queries=tuple(queries), machine=machine)
