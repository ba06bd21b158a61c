"""``seismo serve`` in its own process for the load tests: start it, wait until every worker
answers, read its CPU time, stop it; the mix of requests the tests send.

    with serving("/tmp/synth.db", workers=2) as server:
        server.base                    # http://127.0.0.1:PORT
        server.cpu_seconds()           # CPU seconds of the server and its worker processes so far
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def _start_server(store: str, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "seismo", "serve", "--db", store, "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning", "--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if k != "SEISMO_TOKEN"}  # read-only: no write endpoint
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float, workers: int = 1) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    answered = 0
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                err = server.stderr.read().decode(errors="replace")[-500:] if server.stderr else ""
                raise ConfigError(f"seismo serve exited with {server.returncode} before answering: {err}")
            try:
                if (await client.get("/api/events?limit=1")).status_code == 200:
                    answered += 1
                    if answered >= 2 * workers:  # every worker has (very likely) started
                        return
                    continue
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise ConfigError(f"seismo serve did not answer within {timeout:.0f} s at {base}")


def server_cpu_seconds(server: subprocess.Popen[bytes]) -> float | None:
    """CPU seconds (user + system) used so far by the server process and its worker processes."""
    try:
        import psutil

        root = psutil.Process(server.pid)
        total = 0.0
        for proc in (root, *root.children(recursive=True)):
            try:
                t = proc.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                continue
        return total
    except Exception:  # noqa: BLE001 - a figure of the report, never a reason to fail the run
        return None


@dataclass
class Server:
    """A running ``seismo serve``: its base URL and process (see :func:`serving`)."""

    base: str
    process: subprocess.Popen[bytes]
    workers: int

    def cpu_seconds(self) -> float | None:
        return server_cpu_seconds(self.process)


@contextmanager
def serving(store: str | Path, *, workers: int = 1, startup_timeout: float = 120.0) -> Iterator[Server]:
    """``seismo serve --workers N`` on ``store`` in its own process until the block ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start_server(str(store), port, workers)
    try:
        asyncio.run(_wait_ready(base, server, startup_timeout, workers))
        yield Server(base, server, workers)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def open_store_size(store: str | Path) -> int:
    """The event reports of ``store``; ConfigError naming the fix when there is no store there."""
    from seismo.store import Store

    path = Path(store)
    if not path.is_file():
        raise ConfigError(f"no store at {path}; make one with `seismo bench --make-synthetic {path} --events 1000000`")
    with Store.open(str(path), create=False) as s:
        return s.stats().reports


async def load_paths(client: Any) -> list[tuple[str, str]]:
    """(name, path) of every request of the mix: each of :data:`LOAD_QUERIES` and its second page
    (named ``query + cursor``), the cursors read with ``client`` (this also warms the server)."""
    cursors: dict[str, str] = {}
    for query in LOAD_QUERIES:
        r = await client.get(f"/api/events?{query}")
        if r.status_code == 200 and r.json().get("next_cursor"):
            cursors[query] = r.json()["next_cursor"]
    paths = [(q, f"/api/events?{q}") for q in LOAD_QUERIES]
    return paths + [(f"{q} + cursor", f"/api/events?{q}&cursor={c}") for q, c in cursors.items()]
