"""Webhooks: each watchlist's alerts POSTed as JSON, signed, retried, and sent once.

    report = deliver(store, since=dt.date(2022, 1, 1))      # every watchlist with a webhook
    report.sent, report.failed, report.skipped

The body is the alert's :meth:`~seismo.watch.alerts.Alert.to_dict` plus ``"watchlist": NAME``,
UTF-8 JSON.  The header ``X-Seismo-Signature: sha256=<hex>`` is the HMAC-SHA256 of the body's
bytes with the watchlist's secret, so the receiver checks it before trusting the alert::

    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    hmac.compare_digest(expected, request.headers["X-Seismo-Signature"])

An answer 2xx is delivered; a timeout, a refused connection, 408, 429 or 5xx is tried again
after a backoff (``backoff`` seconds, doubled each time, ``retries`` more times); any other
status fails at once.  Each alert is recorded per webhook in the store
(:mod:`seismo.store.watch.watchlists`): once delivered it is never sent again, a failed one is tried
again on the next run.  ``deliver`` is what ``seismo watch notify`` runs (after a feed poll, from
cron, say: the feed poller itself sends nothing).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from seismo.store.watch import watchlists as stored
from seismo.version import __version__
from seismo.watch.alerts import Alert
from seismo.watch.watchlists import Watchlist, all_watchlists, default_window, get, watch_alerts

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store

SIGNATURE_HEADER = "X-Seismo-Signature"
USER_AGENT = f"seismo/{__version__} (alert webhook)"
#: statuses worth trying again: the receiver may answer later
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


def signature(secret: str, body: bytes) -> str:
    """The ``X-Seismo-Signature`` value of ``body``: ``sha256=`` and the hex HMAC-SHA256 with ``secret``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def payload(alert: Alert, watchlist: str) -> bytes:
    """The JSON body posted for one alert of one watchlist."""
    return json.dumps({**alert.to_dict(), "watchlist": watchlist}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Attempt:
    """How posting one alert went: ``ok``, the tries made, the last status (None: no answer), why not."""

    ok: bool
    tries: int
    status: int | None
    error: str | None


def post(client: httpx.Client, url: str, body: bytes, secret: str, *, retries: int = 3, backoff: float = 1.0,
         sleep: Callable[[float], None] = time.sleep, alert_id: str = "") -> Attempt:
    """POST ``body`` to ``url`` signed with ``secret``, retrying what may pass later (see the module)."""
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature(secret, body),
               "User-Agent": USER_AGENT, "X-Seismo-Alert": alert_id}
    status: int | None = None
    error: str | None = None
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        try:
            response = client.post(url, content=body, headers=headers)
        except httpx.InvalidURL as exc:  # a URL stored before it was checked: no retry helps
            return Attempt(False, attempt + 1, None, f"InvalidURL: {exc}")
        except httpx.HTTPError as exc:
            status, error = None, f"{type(exc).__name__}: {exc}"
            continue
        status = response.status_code
        if 200 <= status < 300:
            return Attempt(True, attempt + 1, status, None)
        error = f"HTTP {status} {response.reason_phrase}".strip()
        if status not in RETRY_STATUSES:
            return Attempt(False, attempt + 1, status, error)
    return Attempt(False, retries + 1, status, error)


@dataclass(slots=True)
class DeliveryReport:
    """What a run did: alerts sent, failed (tried again next run) and skipped (delivered before)."""

    sent: list[tuple[str, str]] = field(default_factory=list)  # (watchlist, alert id)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (watchlist, alert id, why)
    skipped: int = 0
    watchlists: int = 0

    @property
    def summary(self) -> str:
        return (f"{len(self.sent)} alert{'s' if len(self.sent) != 1 else ''} delivered, {len(self.failed)} failed "
                f"(tried again next run), {self.skipped} delivered before, from {self.watchlists} "
                f"watchlist{'s' if self.watchlists != 1 else ''} with a webhook")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def deliver(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
            names: Sequence[str] = (), client: httpx.Client | None = None, timeout: float = 10.0,
            retries: int = 3, backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep) -> DeliveryReport:
    """Post the alerts of ``since`` … ``until`` (default: the store's last week) of every
    watchlist with a webhook (or of ``names``) that their webhook has not had yet, oldest first."""
    report = DeliveryReport()
    window = default_window(store, since=since, until=until)
    if window is None:
        return report
    chosen: list[Watchlist] = [get(store, n) for n in names] if names else all_watchlists(store)
    own = client is None
    http = client or httpx.Client(timeout=timeout, follow_redirects=False)
    try:
        for w in chosen:
            if not w.webhook or not w.secret:
                continue
            report.watchlists += 1
            _deliver_one(store, w, window, http, report, retries=retries, backoff=backoff, sleep=sleep)
    finally:
        if own:
            http.close()
    return report


def _deliver_one(store: Store, w: Watchlist, window: tuple[dt.date, dt.date], http: httpx.Client,
                 report: DeliveryReport, **retry: Any) -> None:
    assert w.webhook and w.secret
    done = stored.deliveries(store.engine, w.name, w.webhook)
    alerts = sorted(watch_alerts(store, w, since=window[0], until=window[1]), key=lambda a: (a.day, a.id))
    for alert in alerts:
        before = done.get(alert.id)
        if before is not None and before.status == "delivered":
            report.skipped += 1
            continue
        attempt = post(http, w.webhook, payload(alert, w.name), w.secret, alert_id=alert.id, **retry)
        now = _now()
        stored.record_delivery(store.engine, stored.Delivery(
            watchlist=w.name, alert_id=alert.id, webhook=w.webhook,
            status="delivered" if attempt.ok else "failed", attempts=(before.attempts if before else 0) + attempt.tries,
            last_attempt=now, http_status=attempt.status, error=attempt.error,
            delivered_at=now if attempt.ok else None,
        ))
        if attempt.ok:
            report.sent.append((w.name, alert.id))
        else:
            report.failed.append((w.name, alert.id, attempt.error or "failed"))
