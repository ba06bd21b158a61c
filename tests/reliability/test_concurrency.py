"""Concurrency: two ingests (spawned processes, the tests' model-free pipeline) write disjoint
article folders into one SQLite store while a live server answers queries in a loop.  No
request fails (no 5xx, no "database is locked" reaching the client), none waits as long as the
store's busy timeout, what the server reports only grows, and at the end every article is
stored exactly once in a consistent store."""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seismo.api import create_app  # noqa: E402
from seismo.api.live import serve_in_thread  # noqa: E402
from seismo.config import Settings  # noqa: E402
from seismo.store import Store  # noqa: E402
from seismo.store.engine import BUSY_TIMEOUT_MS  # noqa: E402

N = 60  # articles per ingest
TOWNS = ["Almaty", "Aktau", "Shymkent", "Taraz"]
QUERIES = ("/api/events?limit=20", "/api/articles?limit=20", "/api/stats", "/api/events?total=true&limit=5",
           "/api/articles?q=marched&limit=5", "/api/summary")


def write_articles(folder: Path, tag: str) -> None:
    folder.mkdir()
    for i in range(N):
        text = (f'Workers marched in {TOWNS[i % len(TOWNS)]} for the {tag} {i}th day. '
                f'"We want pay rise {tag} {i}," said Ruiz {tag}{i}.')
        (folder / f"{tag}{i:03d}.txt").write_text(f"date 2022-02-{1 + i % 28:02d} {text}\n")


class Client(threading.Thread):
    """Queries the server in a loop until stopped; keeps every status, latency and failure."""

    def __init__(self, base_url: str) -> None:
        super().__init__(daemon=True)
        self.base_url = base_url
        self.stop = threading.Event()
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.articles_seen: list[int] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.base_url, timeout=BUSY_TIMEOUT_MS / 1000 * 2) as client:
            i = 0
            while not self.stop.is_set():
                path = QUERIES[i % len(QUERIES)]
                i += 1
                start = time.monotonic()
                try:
                    response = client.get(path)
                except httpx.HTTPError as exc:
                    self.failures.append(f"{path}: {type(exc).__name__} {exc}")
                    continue
                self.latencies.append(time.monotonic() - start)
                if response.status_code >= 400 or "locked" in response.text.lower():
                    self.failures.append(f"{path}: {response.status_code} {response.text[:300]}")
                elif path == "/api/stats":
                    self.articles_seen.append(response.json()["articles"])


def test_two_ingests_and_a_live_server_share_one_sqlite_store(tmp_path) -> None:
    from ingest_driver import main
    from test_crash import check_store

    write_articles(tmp_path / "a", "north")
    write_articles(tmp_path / "b", "south")
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    Store.open(url).close()  # the schema, before three processes open it at once
    app = create_app(Settings(db_url=url), dashboard=False)
    # spawned, never forked: a fork copies this process's locks as the server and client threads
    # hold them, and an ingest forked while one was held waited for it for ever
    context = multiprocessing.get_context("spawn")
    with serve_in_thread(app) as base_url:
        client = Client(base_url)
        client.start()
        time.sleep(0.3)
        ingests, readies = [], []
        for folder in ("a", "b"):
            readies.append(context.Event())  # kept until the child has it: a spawned child unpickles it later
            child = context.Process(target=main, args=(str(tmp_path / folder), url, readies[-1]))
            child.start()
            ingests.append(child)
        for child in ingests:
            child.join(timeout=300)
            assert child.exitcode == 0, f"an ingest failed or hung (exit code {child.exitcode})"
        time.sleep(0.3)
        client.stop.set()
        client.join(timeout=BUSY_TIMEOUT_MS / 1000 * 2)
    assert not client.failures, client.failures[:5]
    assert len(client.latencies) >= 20, "the client hardly ran while the ingests did"
    assert max(client.latencies) < BUSY_TIMEOUT_MS / 1000
    assert client.articles_seen == sorted(client.articles_seen)  # never a count that goes back
    assert client.articles_seen[-1] == 2 * N
    assert check_store(url) == 2 * N
