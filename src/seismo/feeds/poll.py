"""Poll the feeds that are due: fetch each, fetch its new item pages, store their articles.

    with Fetcher() as fetcher:
        report = poll_feeds(store, pipeline=Pipeline(), fetcher=fetcher)
    print(report.summary())   # polled 3 feeds (1 failed): 120 items, 100 new articles stored, ...

For each due feed (:func:`seismo.store.watch.feeds.due_feeds`), in turn:

1. the feed is fetched with the validators of its last answer (304: nothing new) and parsed
   (:func:`seismo.feeds.parse.parse_feed`);
2. an item whose link a feed already led to (``feed_items``, any feed) is skipped without a
   request; a page fetched before that had no text is asked again with its own validators;
3. each new page's main text, title and date are taken with trafilatura (the item's title
   and date where the page gives none) and made an :class:`~seismo.model.Article`, whose id
   is the hash of its text: one already stored (the same text at another address) is skipped;
4. the new articles go through :func:`seismo.process` like any ingest, then the item rows are
   written and the feed's state is recorded: next poll ``every`` later, failures reset.

A feed that fails (unreachable, HTTP error, redirect loop, timeout, too big, not a feed) is
recorded with its reason, one more failure and a later next try (:func:`retry_delay`) — and
the next feed is polled.  A page that fails is reported and tried again at the next poll.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from seismo.errors import InputError, StoreError
from seismo.feeds.fetch import Fetcher, Page
from seismo.feeds.parse import FEED_ACCEPT, FeedEntry, parse_feed
from seismo.contract.ids import article_id
from seismo.ingest.html import extract_html
from seismo.ingest.records import clean
from seismo.model import Article
from seismo.processing import Runner, process
from seismo.store.watch import feeds as state
from seismo.store.watch.feeds import Feed, StoredItem

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store

log = logging.getLogger("seismo.feeds")

#: the longest wait before a failing feed is tried again
MAX_RETRY_DELAY = dt.timedelta(days=1)
#: pages fetched per feed per poll, at most (the rest wait for the next poll)
MAX_ITEMS = 200
#: the longest article text kept, as ``seismo ingest`` (longer pages are reported, not stored)
MAX_CHARS = 1_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one poll of one feed did.

    error: why the feed failed (None: it was read); failures: its failed polls in a row now;
    not_modified: the feed answered 304; items: items listed (up to the per-poll maximum);
    stored: new articles stored; known_url: items skipped, their link already fetched;
    known_text: pages skipped, their text already stored; no_text: pages with no main text;
    page_errors: (link, reason) of each page that failed; warnings: what was odd about the
    feed; events: event reports written; next_poll: when it is polled next (UTC).
    """

    feed: Feed
    next_poll: dt.datetime
    error: str | None = None
    failures: int = 0
    not_modified: bool = False
    items: int = 0
    stored: int = 0
    known_url: int = 0
    known_text: int = 0
    no_text: int = 0
    page_errors: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    events: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """One line for a person: the feed, then what happened."""
        name = f"feed {self.feed.id} ({self.feed.label})"
        when = self.next_poll.strftime("%Y-%m-%d %H:%M UTC")
        if self.error is not None:
            return f"{name}: FAILED ({self.failures} in a row): {self.error}; next try {when}"
        if self.not_modified:
            return f"{name}: not modified since the last poll; next poll {when}"
        parts = [f"{self.items} items", f"{self.stored} new articles stored"]
        if self.known_url:
            parts.append(f"{self.known_url} already fetched")
        if self.known_text:
            parts.append(f"{self.known_text} same text as a stored article")
        if self.no_text:
            parts.append(f"{self.no_text} pages without text")
        if self.page_errors:
            parts.append(f"{len(self.page_errors)} pages failed")
        return f"{name}: {', '.join(parts)}; next poll {when}"


@dataclass(frozen=True, slots=True)
class PollReport:
    """Every feed polled in one :func:`poll_feeds`, in order."""

    feeds: tuple[FeedOutcome, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> tuple[FeedOutcome, ...]:
        return tuple(o for o in self.feeds if not o.ok)

    @property
    def stored(self) -> int:
        return sum(o.stored for o in self.feeds)

    def summary(self) -> str:
        if not self.feeds:
            return "no feed was due"
        n = len(self.feeds)
        failed = f" ({len(self.failed)} failed)" if self.failed else ""
        items = sum(o.items for o in self.feeds)
        skipped = sum(o.known_url + o.known_text for o in self.feeds)
        pages = sum(len(o.page_errors) for o in self.feeds)
        events = sum(o.events for o in self.feeds)
        return (f"polled {n} feed{'s' if n != 1 else ''}{failed}: {items} items, {self.stored} new articles "
                f"stored, {skipped} already stored, {pages} pages failed; {events} new events")


def retry_delay(every_seconds: int, failures: int) -> dt.timedelta:
    """How long after its ``failures``-th failure in a row a feed is tried again: its period,
    doubled at each further failure, at most :data:`MAX_RETRY_DELAY`."""
    seconds = every_seconds * 2 ** min(max(failures - 1, 0), 20)
    return min(dt.timedelta(seconds=seconds), MAX_RETRY_DELAY)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def poll_feeds(
    store: Store,
    *,
    pipeline: Runner,
    fetcher: Fetcher,
    feeds: Sequence[Feed] | None = None,
    now: dt.datetime | None = None,
    max_items: int = MAX_ITEMS,
    on_feed: Callable[[FeedOutcome], None] | None = None,
) -> PollReport:
    """Poll ``feeds`` (default: those due at ``now``), each in turn; see the module docstring.

    A feed's failure is recorded and reported, never raised; a :class:`~seismo.errors.StoreError`
    (the store itself failing) stops the poll.  ``on_feed`` is called after each feed.
    """
    now = now or _utcnow()
    todo = list(feeds) if feeds is not None else state.due_feeds(store.engine, now=now)
    outcomes = []
    for feed in todo:
        outcome = poll_feed(feed, store=store, pipeline=pipeline, fetcher=fetcher, now=now,
                            max_items=max_items)
        outcomes.append(outcome)
        if on_feed is not None:
            on_feed(outcome)
    return PollReport(tuple(outcomes))


def poll_feed(
    feed: Feed, *, store: Store, pipeline: Runner, fetcher: Fetcher, now: dt.datetime,
    max_items: int = MAX_ITEMS,
) -> FeedOutcome:
    """Poll one feed and record its new state; its failure is returned in the outcome, not raised."""
    try:
        page = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT)
        if page.not_modified:
            next_poll = now + dt.timedelta(seconds=feed.every_seconds)
            state.record_success(store.engine, feed.id, polled_at=now, next_poll=next_poll,
                                 etag=page.etag or feed.etag,
                                 last_modified=page.last_modified or feed.last_modified)
            return FeedOutcome(feed, next_poll, not_modified=True)
        parsed = parse_feed(page.content, url=page.url, content_type=page.content_type)
        entries = parsed.entries[:max_items]
        outcome = _store_items(feed, entries, store=store, pipeline=pipeline, fetcher=fetcher, now=now)
    except InputError as exc:
        return _failed(feed, exc.problem, store=store, now=now)
    except StoreError:
        raise
    except Exception as exc:  # a bug on one feed's odd input must not stop the others
        return _failed(feed, f"unexpected {type(exc).__name__}: {exc}", store=store, now=now)
    next_poll = now + dt.timedelta(seconds=feed.every_seconds)
    state.record_success(store.engine, feed.id, polled_at=now, next_poll=next_poll, etag=page.etag,
                         last_modified=page.last_modified, title=_text(parsed.title))
    return FeedOutcome(feed, next_poll, items=len(entries), warnings=parsed.warnings, **outcome)


def _failed(feed: Feed, problem: str, *, store: Store, now: dt.datetime) -> FeedOutcome:
    failures = feed.failures + 1
    next_poll = now + retry_delay(feed.every_seconds, failures)
    state.record_failure(store.engine, feed.id, polled_at=now, next_poll=next_poll, error=problem)
    return FeedOutcome(feed, next_poll, error=problem, failures=failures)


def _store_items(
    feed: Feed, entries: Sequence[FeedEntry], *, store: Store, pipeline: Runner, fetcher: Fetcher,
    now: dt.datetime,
) -> dict[str, Any]:
    """Fetch the new item pages, store their articles, record the item rows; the outcome's counts."""
    known = state.items_by_url(store.engine, (e.url for e in entries))
    rows: list[StoredItem] = []
    articles: dict[str, Article] = {}
    known_url = no_text = 0
    page_errors: list[tuple[str, str]] = []
    for entry in entries:
        before = known.get(entry.url)
        if before is not None and before.article_id is not None:
            known_url += 1
            continue
        try:
            page = fetcher.get(entry.url, etag=before.etag if before else None,
                               last_modified=before.last_modified if before else None)
            if page.not_modified:
                known_url += 1
                continue
            article = article_from_page(page, entry, source=feed.name)
        except InputError as exc:
            page_errors.append((entry.url, exc.problem))
            continue
        except Exception as exc:  # one odd page (an extractor bug) must not fail its feed
            page_errors.append((entry.url, f"unexpected {type(exc).__name__}: {exc}"))
            continue
        digest = article.id if article is not None else None
        if article is None:
            no_text += 1
        else:
            articles.setdefault(article.id, article)
        rows.append(StoredItem(feed.id, entry.url, digest, digest, now, page.etag, page.last_modified))
    stored_before = store.known_article_ids(articles)
    fresh = [a for aid, a in articles.items() if aid not in stored_before]
    stats = process(fresh, store=store, pipeline=pipeline) if fresh else None
    state.save_items(store.engine, rows)
    with_text = sum(1 for r in rows if r.article_id is not None)
    return {
        "stored": stats.added if stats else 0, "known_url": known_url, "known_text": with_text - len(fresh),
        "no_text": no_text, "page_errors": tuple(page_errors), "events": stats.events if stats else 0,
    }


def article_from_page(page: Page, entry: FeedEntry, *, source: str | None = None) -> Article | None:
    """The article on an item's page (trafilatura: main text, title, date, site name; the item's
    title and date where the page has none), or None when the page has no main text.
    An :class:`~seismo.errors.InputError` when the page is not HTML or its text is too long."""
    kind = (page.content_type or "text/html").split(";")[0].strip().lower()
    if kind not in _HTML_TYPES:
        raise InputError(entry.url, f"not a web page (content type {kind}); only HTML pages are read")
    doc = extract_html(page.content)
    text = _text(getattr(doc, "text", None)) if doc is not None else None
    if text is None:
        return None
    if len(text) > MAX_CHARS:
        raise InputError(entry.url, f"article is {len(text):,} characters, over the limit of {MAX_CHARS:,}")
    return Article(
        id=article_id(text),
        text=text,
        date=_date(getattr(doc, "date", None)) or entry.date,
        title=_text(getattr(doc, "title", None)) or entry.title,
        source=_text(getattr(doc, "sitename", None)) or source or _host(page.url),
        url=page.url,
        origin=f"feed item {entry.url}",
    )


def _text(value: Any) -> str | None:
    """A page's or feed's text field as the store can hold it (NUL and lone surrogates cleaned)."""
    return (clean(value).strip() or None) if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _host(url: str) -> str | None:
    return urlsplit(url).hostname


# ----------------------------------------------------------------------------- polling on


class Poller:
    """Polls the due feeds again and again until stopped: in the foreground (:meth:`run`, what
    ``seismo feeds poll`` does) or in a background thread (:meth:`start` / :meth:`stop`, what
    ``seismo serve --poll`` does).

    pipeline: a zero-argument function returning the pipeline, called once, when a feed is
    first due (so a server whose feeds are all quiet never loads the model); idle: the longest
    wait between two looks at the store (a feed added meanwhile is seen by then);
    on_report: called with each poll's report (of at least one feed).
    """

    def __init__(
        self,
        store: Store,
        *,
        pipeline: Callable[[], Runner],
        fetcher: Fetcher | None = None,
        idle: float = 60.0,
        max_items: int = MAX_ITEMS,
        on_report: Callable[[PollReport], None] | None = None,
        on_feed: Callable[[FeedOutcome], None] | None = None,
    ) -> None:
        self.store = store
        self._make_pipeline = pipeline
        self._pipeline: Runner | None = None
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher()
        self.idle = idle
        self.max_items = max_items
        self.on_report = on_report
        self.on_feed = on_feed
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def poll_once(self, *, now: dt.datetime | None = None) -> PollReport:
        """Poll the feeds due now (the pipeline is made on the first that is due)."""
        now = now or _utcnow()
        due = state.due_feeds(self.store.engine, now=now)
        if not due:
            return PollReport()
        if self._pipeline is None:
            self._pipeline = self._make_pipeline()
        report = poll_feeds(self.store, pipeline=self._pipeline, fetcher=self.fetcher, feeds=due, now=now,
                            max_items=self.max_items, on_feed=self.on_feed)
        if self.on_report is not None:
            self.on_report(report)
        return report

    def wait_seconds(self, *, now: dt.datetime | None = None) -> float:
        """Seconds until the next feed is due (at most ``idle``, at least one)."""
        now = now or _utcnow()
        upcoming = [f.next_poll for f in state.list_feeds(self.store.engine)]
        if not upcoming:
            return self.idle
        soonest = min((t - now).total_seconds() if t is not None else 0.0 for t in upcoming)
        return min(max(soonest, 1.0), self.idle)

    def run(self) -> None:
        """Poll until :meth:`stop` (or Ctrl-C in the caller).  A poll that raises (the store
        busy or gone for a moment) is logged with its traceback and the loop goes on."""
        while not self.stopping.is_set():
            try:
                self.poll_once()
                wait = self.wait_seconds()
            except Exception:  # the batch runner logs and continues
                log.exception("polling the feeds failed; trying again in %.0f s", self.idle)
                wait = self.idle
            self.stopping.wait(wait)

    def start(self) -> None:
        """Run in a daemon thread named ``seismo-feeds``."""
        self._thread = threading.Thread(target=self.run, name="seismo-feeds", daemon=True)
        self._thread.start()

    def stop(self, *, timeout: float | None = 30.0) -> None:
        """Ask the loop to stop and wait for the feed being polled to finish (up to ``timeout``)."""
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._own_fetcher:
            self.fetcher.close()

