"""The store's watchlists and alert deliveries (schema version 10).

    saved = add_watchlist(store.engine, "kaz-unrest", filter={"country": "KAZ"}, rule={"threshold": 3})
    for w in list_watchlists(store.engine): ...
    done = deliveries(store.engine, "kaz-unrest", "https://hooks.example/x")  # by alert id
    record_delivery(store.engine, Delivery(...))

Plain functions over an engine (like :mod:`seismo.store.watch.feeds`): the filter and the rule are kept
as JSON objects here and read into typed records by :mod:`seismo.watch.watchlists`, which sits
above the store.  Times are timezone-aware UTC; SQLite hands them back naive and they are read as UTC.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from seismo.errors import QueryError, StoreError
from seismo.store import schema as S


@dataclass(frozen=True, slots=True)
class StoredWatchlist:
    """One watchlist as stored.

    name: its unique name; filter / rule: the JSON objects of its filter and alert rule;
    webhook_url: where its alerts are posted (None: none); secret: the HMAC key of the
    signature (None without a webhook); created_at: when it was added (UTC).
    """

    name: str
    filter: dict[str, Any]
    rule: dict[str, Any]
    webhook_url: str | None
    secret: str | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert posted (or tried) to a webhook: ``status`` ``delivered`` or ``failed``;
    ``attempts`` counts every try, over all runs; ``http_status`` is the last answer's (None:
    no answer); ``error`` why the last try failed; ``delivered_at`` when it got through."""

    watchlist: str
    alert_id: str
    webhook: str
    status: str
    attempts: int
    last_attempt: dt.datetime
    http_status: int | None = None
    error: str | None = None
    delivered_at: dt.datetime | None = None


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@contextmanager
def _writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One write transaction; on SQLite it takes the write lock up front (as ``Store.write`` does)."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn = conn.execution_options(seismo_begin="BEGIN IMMEDIATE")
        with conn.begin():
            yield conn


def _watchlist(row: Mapping[str, Any]) -> StoredWatchlist:
    return StoredWatchlist(
        name=row["name"], filter=json.loads(row["filter"] or "{}"), rule=json.loads(row["rule"] or "{}"),
        webhook_url=row["webhook_url"], secret=row["secret"], created_at=_utc(row["created_at"]) or _now(),
    )


def list_watchlists(engine: sa.Engine) -> list[StoredWatchlist]:
    """Every watchlist, by name."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(S.watchlists).order_by(S.watchlists.c.name)).mappings()
        return [_watchlist(r) for r in rows]


def get_watchlist(engine: sa.Engine, name: str) -> StoredWatchlist:
    """The watchlist ``name``; a :class:`QueryError` naming the fix when there is none."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(S.watchlists).where(S.watchlists.c.name == name)).mappings().first()
    if row is None:
        raise QueryError(f"no watchlist named {name!r}; `seismo watch list` shows them, "
                         "`seismo watch add NAME ...` adds one")
    return _watchlist(row)


def add_watchlist(
    engine: sa.Engine, name: str, *, filter: Mapping[str, Any], rule: Mapping[str, Any],
    webhook_url: str | None = None, secret: str | None = None, replace: bool = False,
    now: dt.datetime | None = None,
) -> StoredWatchlist:
    """Save a watchlist.  A name already saved is a :class:`QueryError` unless ``replace``, which
    replaces its filter, rule and webhook (its deliveries stay: an alert already delivered to
    the same webhook is not sent again)."""
    if not name.strip():
        raise QueryError("a watchlist needs a name, e.g. `seismo watch add kaz-unrest --country KAZ`")
    w = S.watchlists.c
    values = {"filter": json.dumps(dict(filter), sort_keys=True), "rule": json.dumps(dict(rule), sort_keys=True),
              "webhook_url": webhook_url, "secret": secret}
    with _writing(engine) as conn:
        found = conn.execute(sa.select(w.id).where(w.name == name)).scalar()
        if found is None:
            conn.execute(S.watchlists.insert().values(name=name, created_at=now or _now(), **values))
        elif replace:
            conn.execute(S.watchlists.update().where(w.id == found).values(**values))
        else:
            raise QueryError(f"a watchlist named {name!r} exists; pass --replace to change it, or "
                             f"`seismo watch remove {name}` first")
        row = conn.execute(sa.select(S.watchlists).where(w.name == name)).mappings().one()
    return _watchlist(row)


def remove_watchlist(engine: sa.Engine, name: str) -> bool:
    """Remove a watchlist and its delivery records; False when there was none."""
    with _writing(engine) as conn:
        conn.execute(S.alert_deliveries.delete().where(S.alert_deliveries.c.watchlist == name))
        removed = conn.execute(S.watchlists.delete().where(S.watchlists.c.name == name)).rowcount
    return bool(removed)


def _delivery(row: Mapping[str, Any]) -> Delivery:
    return Delivery(
        watchlist=row["watchlist"], alert_id=row["alert_id"], webhook=row["webhook"], status=row["status"],
        attempts=int(row["attempts"]), last_attempt=_utc(row["last_attempt"]) or _now(),
        http_status=row["http_status"], error=row["error"], delivered_at=_utc(row["delivered_at"]),
    )


def deliveries(engine: sa.Engine, watchlist: str, webhook: str | None = None) -> dict[str, Delivery]:
    """The delivery records of a watchlist (to one webhook, or any), by alert id."""
    d = S.alert_deliveries.c
    query = sa.select(S.alert_deliveries).where(d.watchlist == watchlist)
    if webhook is not None:
        query = query.where(d.webhook == webhook)
    with engine.connect() as conn:
        return {row["alert_id"]: _delivery(row) for row in conn.execute(query).mappings()}


def record_delivery(engine: sa.Engine, delivery: Delivery) -> None:
    """Write (or replace) the record of one alert to one webhook.  A delivered record is never
    replaced by a failed one (a run at the same moment sent it); two writers of the same record
    at once (PostgreSQL: a unique-key clash) are retried once."""
    t = S.alert_deliveries
    same = (t.c.watchlist == delivery.watchlist, t.c.alert_id == delivery.alert_id, t.c.webhook == delivery.webhook)
    for attempt in range(2):
        try:
            with _writing(engine) as conn:
                before = conn.execute(sa.select(t.c.status).where(*same)).scalar()
                if before == "delivered" and delivery.status != "delivered":
                    return
                conn.execute(t.delete().where(*same))
                conn.execute(t.insert().values(
                    watchlist=delivery.watchlist, alert_id=delivery.alert_id, webhook=delivery.webhook,
                    status=delivery.status, attempts=delivery.attempts, http_status=delivery.http_status,
                    error=delivery.error, delivered_at=delivery.delivered_at, last_attempt=delivery.last_attempt,
                ))
            return
        except sa.exc.IntegrityError as exc:
            if attempt:
                raise StoreError(f"cannot record the delivery of alert {delivery.alert_id}: {exc}") from exc
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot record the delivery of alert {delivery.alert_id}: {exc}") from exc


def last_article_day(engine: sa.Engine) -> dt.date | None:
    """The newest article's day (None: no dated article): where alerts look by default."""
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.max(S.articles.c.date))).scalar()
