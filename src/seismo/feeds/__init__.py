"""seismo.feeds: news feeds polled into the store.

    feed, _ = add_feed(store.engine, "https://example.org/rss.xml", every_seconds=parse_every("15m"))
    with Fetcher() as fetcher:
        report = poll_feeds(store, pipeline=Pipeline(), fetcher=fetcher)
    print(report.summary())

``fetch`` is the polite HTTP client (robots.txt, per-host turns, conditional GET, timeouts,
retries, a size limit), ``parse`` reads RSS, Atom and JSON Feed, ``poll`` fetches what is new
and stores it through :func:`seismo.process`.  The feed state lives in the store
(:mod:`seismo.store.watch.feeds`, tables ``feeds`` and ``feed_items``).  Importing this package
loads neither feedparser nor trafilatura.
"""

from __future__ import annotations

import re

from seismo.errors import ConfigError
from seismo.feeds.fetch import USER_AGENT, Fetcher, Page, Politeness
from seismo.feeds.parse import FeedEntry, ParsedFeed, parse_feed
from seismo.feeds.poll import FeedOutcome, Poller, PollReport, poll_feed, poll_feeds, retry_delay
from seismo.store.watch.feeds import Feed, StoredItem, add_feed, due_feeds, find_feed, list_feeds, remove_feed

__all__ = [
    "USER_AGENT",
    "Feed",
    "FeedEntry",
    "FeedOutcome",
    "Fetcher",
    "Page",
    "ParsedFeed",
    "PollReport",
    "Poller",
    "Politeness",
    "StoredItem",
    "add_feed",
    "due_feeds",
    "find_feed",
    "format_every",
    "list_feeds",
    "parse_every",
    "parse_feed",
    "poll_feed",
    "poll_feeds",
    "remove_feed",
    "retry_delay",
]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.IGNORECASE)
#: the shortest period a feed may be polled at
MIN_EVERY = 60


def parse_every(value: str) -> int:
    """``"15m"`` → 900: a period as a number and a unit (s, m, h, d; bare numbers are minutes)."""
    match = _EVERY.match(value)
    if match is None:
        raise ConfigError(f"cannot read the period {value!r}; write a number and a unit: 90s, 15m, 2h or 1d")
    seconds = int(match[1]) * _UNITS[(match[2] or "m").lower()]
    if seconds < MIN_EVERY:
        raise ConfigError(f"a feed is polled at most once a minute, got {value!r}; pass 1m or more")
    return seconds


def format_every(seconds: int) -> str:
    """900 → ``"15m"``: the largest unit that divides the period."""
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"
