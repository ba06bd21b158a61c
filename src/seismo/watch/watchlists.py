"""Watchlists: saved filters, each with its own alert rule and, optionally, a webhook.

    w = add(store, "kaz-unrest", WatchFilter(country="KAZ"), WatchRule(threshold=2.5),
            webhook="https://hooks.example/seismo", secret="s3cret")
    alerts = watch_alerts(store, w, since=dt.date(2022, 1, 1), until=dt.date(2022, 1, 10))

A watchlist's alerts are :func:`seismo.watch.alerts.find_alerts` on the events its filter keeps
(:class:`~seismo.watch.series.WatchFilter`), with its rule (threshold, least events and deaths,
kinds).  The store keeps them (:mod:`seismo.store.watch.watchlists`, schema version 10).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from seismo.errors import QueryError
from seismo.store.watch import watchlists as stored
from seismo.watch.alerts import Alert, AlertKind, Rule, find_alerts
from seismo.watch.detectors import SeasonalNB
from seismo.watch.families import families
from seismo.watch.series import WatchFilter

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store

KINDS: tuple[AlertKind, ...] = ("count", "fatalities", "novel")
_DEFAULT = Rule()  # the defaults of ``seismo alerts``


@dataclass(frozen=True, slots=True)
class WatchRule:
    """A watchlist's alert rule: the detector's threshold (``-log10`` of the tail probability),
    the least events (count alerts) and deaths (fatality alerts) a day must have, the kinds kept."""

    threshold: float = _DEFAULT.detector.threshold
    min_events: int = _DEFAULT.min_events
    min_deaths: int = _DEFAULT.min_deaths
    kinds: tuple[AlertKind, ...] = KINDS

    def __post_init__(self) -> None:
        if not self.threshold > 0:
            raise QueryError(f"a threshold is a score above 0 (3: once in 1,000 quiet days), got {self.threshold!r}")
        if self.min_events < 1 or self.min_deaths < 1:
            raise QueryError(f"min events and min deaths are 1 or more, got {self.min_events!r} and {self.min_deaths!r}")
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown or not self.kinds:
            raise QueryError(f"alert kinds are {', '.join(KINDS)}; got {', '.join(self.kinds) or 'none'}")

    def rule(self) -> Rule:
        """The :class:`~seismo.watch.alerts.Rule` of ``find_alerts``."""
        return Rule(detector=SeasonalNB(threshold=self.threshold), min_events=self.min_events,
                    min_deaths=self.min_deaths, kinds=self.kinds)

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "min_events": self.min_events, "min_deaths": self.min_deaths,
                "kinds": list(self.kinds)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WatchRule:
        base = cls()
        return cls(threshold=float(data.get("threshold", base.threshold)),
                   min_events=int(data.get("min_events", base.min_events)),
                   min_deaths=int(data.get("min_deaths", base.min_deaths)),
                   kinds=tuple(data.get("kinds") or base.kinds))


@dataclass(frozen=True, slots=True)
class Watchlist:
    """A saved filter, its rule and where its alerts are posted (``webhook``, signed with ``secret``)."""

    name: str
    filter: WatchFilter = field(default_factory=WatchFilter)
    rule: WatchRule = field(default_factory=WatchRule)
    webhook: str | None = None
    secret: str | None = field(default=None, repr=False)
    created_at: dt.datetime | None = None

    @property
    def description(self) -> str:
        """The filter and rule in words (``watch list``, the alerts page)."""
        parts = [f"{k}={v}" for k, v in self.filter.to_dict().items()] or ["everything watched"]
        r = self.rule
        parts.append(f"threshold {r.threshold:g}, at least {r.min_events} events / {r.min_deaths} deaths, "
                     f"kinds {'/'.join(r.kinds)}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The watchlist without its secret."""
        return {"name": self.name, "filter": self.filter.to_dict(), "rule": self.rule.to_dict(),
                "webhook": self.webhook, "created_at": self.created_at.isoformat() if self.created_at else None}


def _watchlist(row: stored.StoredWatchlist) -> Watchlist:
    return Watchlist(row.name, WatchFilter.from_dict(row.filter), WatchRule.from_dict(row.rule), row.webhook_url,
                     row.secret, row.created_at)


#: a webhook's host: a name, an IPv4 address or a bracketed IPv6 address
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")


def check_filter(f: WatchFilter) -> WatchFilter:
    """The filter with its codes upper-cased and its type spelled as the vocabularies do (a PLOVER
    type upper-case, an ACLED event type as ACLED writes it); an unknown family or type is a
    :class:`QueryError`."""
    from seismo.store.read.query import acled_name
    from seismo.contract.vocab import ACLED_EVENT_TYPES, PLOVER_TYPES

    if f.family and f.family not in families():
        raise QueryError(f"unknown family {f.family!r}; one of {', '.join(families())}")
    kind = f.type
    if kind:
        kind = acled_name(kind, ACLED_EVENT_TYPES) or (kind.upper() if kind.upper() in PLOVER_TYPES else None)
        if kind is None:
            raise QueryError(f"unknown type {f.type!r}; a PLOVER type ({', '.join(PLOVER_TYPES)}) or an ACLED "
                             f"event type ({', '.join(sorted(ACLED_EVENT_TYPES))})")
    return replace(f, country=f.country.upper() if f.country else None, type=kind)


def add(store: Store, name: str, filter: WatchFilter, rule: WatchRule | None = None, *,
        webhook: str | None = None, secret: str | None = None, replace: bool = False) -> Watchlist:
    """Save a watchlist (see :func:`seismo.store.watch.watchlists.add_watchlist`); a webhook needs a secret."""
    if webhook is not None:
        import httpx

        try:
            host = httpx.URL(webhook).host
        except (httpx.InvalidURL, ValueError, TypeError):
            host = ""
        if not webhook.lower().startswith(("http://", "https://")) or not _HOST.fullmatch(host):
            raise QueryError(f"a webhook is an http(s) URL with a host, got {webhook!r}")
        if not secret:
            raise QueryError("a webhook needs a secret to sign its alerts with: pass --secret")
    filter = check_filter(filter)
    row = stored.add_watchlist(store.engine, name, filter=filter.to_dict(), rule=(rule or WatchRule()).to_dict(),
                               webhook_url=webhook, secret=secret if webhook else None, replace=replace)
    return _watchlist(row)


def get(store: Store, name: str) -> Watchlist:
    return _watchlist(stored.get_watchlist(store.engine, name))


def all_watchlists(store: Store) -> list[Watchlist]:
    return [_watchlist(row) for row in stored.list_watchlists(store.engine)]


def remove(store: Store, name: str) -> None:
    """Remove a watchlist and its delivery records; a :class:`QueryError` when there is none."""
    if not stored.remove_watchlist(store.engine, name):
        raise QueryError(f"no watchlist named {name!r}; `seismo watch list` shows them")


def watch_alerts(store: Store, watchlist: Watchlist, *, since: dt.date, until: dt.date | None = None,
                 country: str | None = None, family: str | None = None) -> list[Alert]:
    """The watchlist's alerts of ``since`` … ``until``: :func:`find_alerts` on its filter, by its rule."""
    return find_alerts(store, since=since, until=until, country=country, family=family,
                       rule=watchlist.rule.rule(), watch=watchlist.filter)


def default_window(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                   days: int = 7) -> tuple[dt.date, dt.date] | None:
    """``since`` … ``until`` with the defaults of ``seismo alerts``: up to the newest article's day,
    the ``days`` before it; None when the store has no dated article and no ``until``."""
    last = until or stored.last_article_day(store.engine)
    if last is None:
        return None
    return since or last - dt.timedelta(days=days - 1), last
