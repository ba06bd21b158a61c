"""The store's feed state (schema version 9): the feeds ``seismo feeds`` polls and the item pages
fetched from them.

    feed, created = add_feed(store.engine, "https://example.org/rss.xml", every_seconds=900)
    for feed in due_feeds(store.engine, now=now): ...
    known = items_by_url(store.engine, urls)          # item pages already fetched, by any feed
    save_items(store.engine, [StoredItem(...), ...])  # after their articles are stored

Plain functions over an engine (like :mod:`seismo.store.read`): :mod:`seismo.feeds` calls them
with ``store.engine``.  Times are timezone-aware UTC; SQLite hands them back naive and they are
read as UTC.  SQLAlchemy Core only, so PostgreSQL works the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from seismo.errors import QueryError, StoreError
from seismo.store import schema as S

_CHUNK = 500  # values per IN (...) list, well under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed and its poll state, as stored.

    id: the feed's number (``seismo feeds remove ID``); url: the feed's address; name: what
    ``--name`` gave, else the feed's own title once polled (None before); every_seconds: how
    often it is polled; etag / last_modified: the validators of the last full answer, sent back
    on the next poll (conditional GET); last_polled / next_poll: UTC (next_poll None: never
    polled, due now); failures: failed polls in a row (0 after a success); last_error: why the
    last poll failed (None after a success); added_at: when it was added.
    """

    id: int
    url: str
    name: str | None
    every_seconds: int
    etag: str | None
    last_modified: str | None
    last_polled: dt.datetime | None
    next_poll: dt.datetime | None
    failures: int
    last_error: str | None
    added_at: dt.datetime

    @property
    def label(self) -> str:
        """The feed's name, or its URL when it has none."""
        return self.name or self.url

    def is_due(self, now: dt.datetime) -> bool:
        return self.next_poll is None or self.next_poll <= now


@dataclass(frozen=True, slots=True)
class StoredItem:
    """One item page fetched from a feed.

    url: the item's link as the feed gives it (the key with ``feed_id``); content_hash: the
    article id of the page's text (:func:`seismo.contract.ids.article_id`), None when it had none;
    article_id: the stored article it gave (or the article already stored with that text),
    None when the page had no text; etag / last_modified: the page's validators.
    """

    feed_id: int
    url: str
    content_hash: str | None
    article_id: str | None
    fetched_at: dt.datetime
    etag: str | None = None
    last_modified: str | None = None


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _feed(row: Mapping[str, Any]) -> Feed:
    return Feed(
        id=int(row["id"]), url=row["url"], name=row["name"], every_seconds=int(row["every_seconds"]),
        etag=row["etag"], last_modified=row["last_modified"], last_polled=_utc(row["last_polled"]),
        next_poll=_utc(row["next_poll"]), failures=int(row["failures"] or 0), last_error=row["last_error"],
        added_at=_utc(row["added_at"]) or _now(),
    )


def _item(row: Mapping[str, Any]) -> StoredItem:
    return StoredItem(
        feed_id=int(row["feed_id"]), url=row["url"], content_hash=row["content_hash"],
        article_id=row["article_id"], fetched_at=_utc(row["fetched_at"]) or _now(), etag=row["etag"],
        last_modified=row["last_modified"],
    )


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


@contextmanager
def _writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One write transaction; on SQLite it takes the write lock up front (as ``Store.write`` does).
    A database error becomes a :class:`~seismo.errors.StoreError` (nothing of it is written)."""
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn = conn.execution_options(seismo_begin="BEGIN IMMEDIATE")
            with conn.begin():
                yield conn
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"writing the feed state failed ({getattr(exc, 'orig', None) or exc}); "
                         "nothing of it was written; poll again") from exc


# ----------------------------------------------------------------------------- feeds


def list_feeds(engine: sa.Engine) -> list[Feed]:
    """Every feed, in the order they were added."""
    with engine.connect() as conn:
        return [_feed(r) for r in conn.execute(sa.select(S.feeds).order_by(S.feeds.c.id)).mappings()]


def find_feed(engine: sa.Engine, ref: str | int) -> Feed:
    """The feed ``ref`` names: its id, its URL or its name; a :class:`QueryError` naming the fix if none."""
    f = S.feeds.c
    text = str(ref).strip()
    condition = f.url == text
    if text.isdigit():
        condition = sa.or_(condition, f.id == int(text))
    with engine.connect() as conn:
        rows = conn.execute(sa.select(S.feeds).where(condition)).mappings().all()
        if not rows:
            rows = conn.execute(sa.select(S.feeds).where(f.name == text)).mappings().all()
    if len(rows) != 1:
        problem = "no feed" if not rows else f"{len(rows)} feeds"
        raise QueryError(f"{problem} with id, URL or name {text!r}; `seismo feeds list` shows them "
                         "(pass the id when a name is shared)")
    return _feed(rows[0])


def add_feed(
    engine: sa.Engine, url: str, *, every_seconds: int, name: str | None = None,
    now: dt.datetime | None = None,
) -> tuple[Feed, bool]:
    """Add the feed at ``url`` (due at once); ``(feed, True)``.  A URL already added keeps its
    state and takes the new ``every_seconds`` (and ``name``, when given): ``(feed, False)``."""
    if every_seconds < 1:
        raise QueryError(f"a feed is polled every 1 second or more, got {every_seconds!r}")
    f = S.feeds.c
    with _writing(engine) as conn:
        found = conn.execute(sa.select(f.id).where(f.url == url)).scalar()
        if found is None:
            conn.execute(S.feeds.insert().values(url=url, name=name, every_seconds=every_seconds, failures=0,
                                                 added_at=now or _now()))
        else:
            changes: dict[str, Any] = {"every_seconds": every_seconds}
            if name is not None:
                changes["name"] = name
            conn.execute(S.feeds.update().where(f.id == found).values(**changes))
        row = conn.execute(sa.select(S.feeds).where(f.url == url)).mappings().one()
    return _feed(row), found is None


def remove_feed(engine: sa.Engine, feed_id: int) -> int:
    """Remove a feed and its item rows (its articles stay stored); the number of item rows removed."""
    with _writing(engine) as conn:
        removed = conn.execute(S.feed_items.delete().where(S.feed_items.c.feed_id == feed_id)).rowcount
        conn.execute(S.feeds.delete().where(S.feeds.c.id == feed_id))
    return int(removed or 0)


def due_feeds(engine: sa.Engine, *, now: dt.datetime) -> list[Feed]:
    """The feeds due at ``now`` (never polled, or ``next_poll`` passed), the most overdue first."""
    due = [feed for feed in list_feeds(engine) if feed.is_due(now)]
    never = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(due, key=lambda feed: (feed.next_poll or never, feed.id))


def record_success(
    engine: sa.Engine, feed_id: int, *, polled_at: dt.datetime, next_poll: dt.datetime,
    etag: str | None, last_modified: str | None, title: str | None = None,
) -> None:
    """A poll that worked: new validators, next poll, failures reset; ``title`` names a feed
    that has no name."""
    f = S.feeds.c
    with _writing(engine) as conn:
        conn.execute(S.feeds.update().where(f.id == feed_id).values(
            etag=etag, last_modified=last_modified, last_polled=polled_at, next_poll=next_poll,
            failures=0, last_error=None,
        ))
        if title:
            conn.execute(S.feeds.update().where(f.id == feed_id, f.name.is_(None)).values(name=title))


def record_failure(
    engine: sa.Engine, feed_id: int, *, polled_at: dt.datetime, next_poll: dt.datetime, error: str
) -> None:
    """A poll that failed: one more failure in a row, its reason and the time of the next try."""
    f = S.feeds.c
    with _writing(engine) as conn:
        conn.execute(S.feeds.update().where(f.id == feed_id).values(
            last_polled=polled_at, next_poll=next_poll, failures=f.failures + 1, last_error=error,
        ))


# ----------------------------------------------------------------------------- item pages


def items_by_url(engine: sa.Engine, urls: Iterable[str]) -> dict[str, StoredItem]:
    """The item pages among ``urls`` already fetched by any feed; where two feeds fetched one
    URL, the row with an article wins."""
    found: dict[str, StoredItem] = {}
    wanted = list(dict.fromkeys(urls))
    with engine.connect() as conn:
        for chunk in _chunks(wanted):
            rows = conn.execute(sa.select(S.feed_items).where(S.feed_items.c.url.in_(chunk))).mappings()
            for row in rows:
                item = _item(row)
                before = found.get(item.url)
                if before is None or (before.article_id is None and item.article_id is not None):
                    found[item.url] = item
    return found


def save_items(engine: sa.Engine, items: Sequence[StoredItem]) -> None:
    """Write item rows in one transaction, replacing the rows of the same feed and URL."""
    if not items:
        return
    t = S.feed_items
    latest = {(i.feed_id, i.url): i for i in items}
    with _writing(engine) as conn:
        for (feed_id, url), item in latest.items():
            conn.execute(t.delete().where(t.c.feed_id == feed_id, t.c.url == url))
        conn.execute(t.insert(), [
            {"feed_id": i.feed_id, "url": i.url, "content_hash": i.content_hash, "article_id": i.article_id,
             "fetched_at": i.fetched_at, "etag": i.etag, "last_modified": i.last_modified}
            for i in latest.values()
        ])


def feed_item_counts(engine: sa.Engine) -> dict[int, tuple[int, int]]:
    """Per feed id: (item pages fetched, of which gave an article)."""
    t = S.feed_items.c
    query = sa.select(t.feed_id, sa.func.count(), sa.func.count(t.article_id)).group_by(t.feed_id)
    with engine.connect() as conn:
        return {int(fid): (int(n), int(stored)) for fid, n, stored in conn.execute(query)}
