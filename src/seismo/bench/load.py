"""Load test: ``seismo serve`` in its own process on a (synthetic) store, N concurrent clients
calling the events list for a while; requests per second, latency percentiles, errors.

    report = run_load("/tmp/synth.db", clients=20, seconds=300)
    report.requests_per_s, report.p95_ms, report.errors
    Path("docs/LOAD.md").write_text(render_load(report))

The clients are asyncio tasks sharing one ``httpx.AsyncClient`` (a connection each), every one
looping over :data:`LOAD_QUERIES` (the dashboard's common filters, first pages and next pages).
A request that is not 200, or that raises, counts as an error with its reason.  Latency is
measured by the client: it includes queueing in the server and the client's own event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.api.bench import _percentile
from seismo.api.live import free_port
from seismo.errors import ConfigError

#: query strings of GET /api/events the clients cycle through
LOAD_QUERIES: tuple[str, ...] = (
    "limit=50",
    "country=KAZ&limit=50",
    "country=KAZ&type=PROTEST&limit=50",
    "type=PROTEST&since=2022-01-01&until=2022-01-31&limit=50",
    "sort=-confidence&country=KAZ&limit=50",
    "actor=police&limit=50",
)


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What one load run measured.  latencies_ms: every answered request's latency; by_query:
    the same latencies per query string (a second page is the query with ``+ cursor``)."""

    store: str
    events: int
    clients: int
    seconds: float
    latencies_ms: tuple[float, ...]
    errors: tuple[str, ...]
    statuses: dict[int, int]
    machine: str
    by_query: dict[str, tuple[float, ...]] = field(default_factory=dict)
    when: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    @property
    def requests_per_s(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        return _percentile(self.latencies_ms, q)

    def to_json(self) -> dict[str, Any]:
        return {
            "store": self.store, "events": self.events, "clients": self.clients, "seconds": round(self.seconds, 1),
            "requests": self.requests, "requests_per_s": round(self.requests_per_s, 1),
            "p50_ms": round(self.pct(0.5), 1), "p95_ms": round(self.pct(0.95), 1), "p99_ms": round(self.pct(0.99), 1),
            "max_ms": round(max(self.latencies_ms, default=0.0), 1), "errors": len(self.errors),
            "error_samples": list(self.errors[:5]), "statuses": {str(k): v for k, v in self.statuses.items()},
            "machine": self.machine, "when": self.when,
            "by_query": {q: {"requests": len(v), "p50_ms": round(_percentile(v, 0.5), 1),
                             "p95_ms": round(_percentile(v, 0.95), 1)} for q, v in self.by_query.items()},
        }


def _start_server(store: str, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "seismo", "serve", "--db", store, "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning"]
    env = {k: v for k, v in os.environ.items() if k != "SEISMO_TOKEN"}  # read-only: no write endpoint
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                err = server.stderr.read().decode(errors="replace")[-500:] if server.stderr else ""
                raise ConfigError(f"seismo serve exited with {server.returncode} before answering: {err}")
            try:
                if (await client.get("/api/events?limit=1")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise ConfigError(f"seismo serve did not answer within {timeout:.0f} s at {base}")


async def _drive(base: str, *, clients: int, seconds: float, warmup: float
                 ) -> tuple[list[float], list[str], Counter[int], float, dict[str, list[float]]]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    statuses: Counter[int] = Counter()
    by_query: dict[str, list[float]] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        cursors: dict[str, str] = {}
        for query in LOAD_QUERIES:  # warm the server, and a second page per query
            r = await client.get(f"/api/events?{query}")
            if r.status_code == 200 and r.json().get("next_cursor"):
                cursors[query] = r.json()["next_cursor"]
        paths = [(q, f"/api/events?{q}") for q in LOAD_QUERIES]
        paths += [(f"{q} + cursor", f"/api/events?{q}&cursor={c}") for q, c in cursors.items()]
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

        await asyncio.gather(*(one(i) for i in range(clients)))
        elapsed = time.monotonic() - measure_from
    return latencies, errors, statuses, elapsed, by_query


def run_load(store: str | Path, *, clients: int = 20, seconds: float = 300.0, warmup: float = 5.0,
             startup_timeout: float = 120.0) -> LoadReport:
    """Start ``seismo serve`` on ``store`` (read-only use), run ``clients`` clients for ``seconds``
    after ``warmup`` seconds, stop the server; the measurements."""
    from seismo.bench.speed import describe_machine
    from seismo.store import Store

    path = Path(store)
    if not path.is_file():
        raise ConfigError(f"no store at {path}; make one with `seismo bench --make-synthetic {path} --events 1000000`")
    with Store.open(str(path), create=False) as s:
        events = s.stats().reports
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start_server(str(path), port)
    try:
        asyncio.run(_wait_ready(base, server, startup_timeout))
        latencies, errors, statuses, elapsed, by_query = asyncio.run(_drive(base, clients=clients, seconds=seconds,
                                                                  warmup=warmup))
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return LoadReport(store=str(path), events=events, clients=clients, seconds=elapsed,
                      latencies_ms=tuple(latencies), errors=tuple(errors), statuses=dict(statuses),
                      machine=describe_machine(), by_query={q: tuple(v) for q, v in by_query.items()})


def render_load(report: LoadReport, *, command: str, note: str = "") -> str:
    """docs/LOAD.md: the figures of one run, the command that made them and what was asked."""
    j = report.to_json()
    rows = [
        ("requests", f"{j['requests']:,}"), ("requests/s", f"{j['requests_per_s']:,}"),
        ("p50 latency", f"{j['p50_ms']} ms"), ("p95 latency", f"{j['p95_ms']} ms"),
        ("p99 latency", f"{j['p99_ms']} ms"), ("max latency", f"{j['max_ms']} ms"),
        ("errors", str(j["errors"])), ("statuses", ", ".join(f"{k}: {v:,}" for k, v in j["statuses"].items())),
    ]
    lines = [
        "# Load test: `seismo serve` under concurrent clients",
        "",
        f"Generated by `{command}` ({report.when}); do not edit by hand.",
        "",
        f"`seismo serve` in its own process on a synthetic store of {report.events:,} event reports "
        f"(`seismo bench --make-synthetic`), {report.clients} concurrent clients (asyncio + httpx, one "
        f"connection each) calling `GET /api/events` for {report.seconds:.0f} s after a warm-up, cycling "
        f"through {len(LOAD_QUERIES)} filters (newest, country, country+type, type+dates, by confidence, "
        "actor) and their second pages. Latency is measured by the client. Target (issue 16): "
        "p95 ≤ 100 ms and no errors.",
        "",
        "| measure | value |",
        "|---|---|",
        *(f"| {a} | {b} |" for a, b in rows),
        "",
        f"Machine: {report.machine}.",
        "",
        "Per query (`GET /api/events?...`):",
        "",
        "| query | requests | p50 ms | p95 ms |",
        "|---|---|---|---|",
        *(f"| `{q}` | {v['requests']:,} | {v['p50_ms']} | {v['p95_ms']} |" for q, v in j["by_query"].items()),
    ]
    if note:
        lines += ["", note]
    if report.errors:
        lines += ["", "First errors:", "", *(f"- `{e}`" for e in report.errors[:5])]
    return "\n".join(lines) + "\n"
