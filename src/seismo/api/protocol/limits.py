"""The write endpoint's limits: a per-token rate limit and a time limit on each article's extraction.

    limiter = RateLimiter(per_minute=60)
    wait = limiter.take("token")          # 0.0: go on; > 0: answer 429 with Retry-After: ceil(wait)
    results, late = run_with_deadline(pipeline, articles, seconds=60)   # late: the ids skipped

Both are set in :class:`seismo.config.Settings` (``ingest_per_minute``, ``extract_timeout``).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from seismo.model import Article, Result


class RateLimiter:
    """A token bucket per key: ``per_minute`` requests a minute, a burst of as many; thread-safe.

    Keys are kept hashed (a token never sits in memory twice); ``clock`` is injectable for tests.
    """

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self.lock = threading.Lock()
        self.buckets: dict[str, tuple[float, float]] = {}  # key → (tokens left, when counted)

    def take(self, key: str) -> float:
        """Spend one request of ``key``'s allowance: 0.0 when allowed, else the seconds to wait."""
        if self.capacity <= 0:
            return 0.0
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()
        with self.lock:
            now = self.clock()
            tokens, then = self.buckets.get(name, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.rate)
            if tokens >= 1.0:
                self.buckets[name] = (tokens - 1.0, now)
                return 0.0
            self.buckets[name] = (tokens, now)
            return (1.0 - tokens) / self.rate


def run_with_deadline(
    run_many: Callable[[list[Article]], Sequence[Result]], articles: Sequence[Article], *, seconds: float
) -> tuple[list[Result], list[Article]]:
    """Extract each article in a worker thread with ``seconds`` to finish; (results, articles that
    ran past it).  A late article's thread is abandoned (Python cannot stop a thread): it ends in
    the background and its result is dropped; the request answers at once and the article is
    reported as skipped.  ``seconds <= 0`` runs everything without a limit."""
    if seconds <= 0:
        return list(run_many(list(articles))), []
    results: list[Result] = []
    late: list[Article] = []
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seismo-extract")
    try:
        for article in articles:
            future = pool.submit(run_many, [article])
            try:
                results.extend(future.result(timeout=seconds))
            except FutureTimeout:
                late.append(article)
                pool.shutdown(wait=False)  # the stuck thread is left to finish; a fresh one takes the next
                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seismo-extract")
    finally:
        pool.shutdown(wait=False)
    return results, late


def timed_out_message(article: Article, seconds: float, *, name: Any = None) -> str:
    return (f"article {name or article.id}: extraction took longer than {seconds:g} s and was skipped; "
            "split the article or raise SEISMO_EXTRACT_TIMEOUT")
