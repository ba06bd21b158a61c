"""Alerts: days on which a place departs from its baseline, each with its own explanation.

Three kinds, each on the watched events of :mod:`seismo.watch.series`:

* ``count`` — the day's events (or the last days' sum) of one family (protest, riot, repression, political violence,
  mobilisation) in one country, or one first-level region where the place says which, score
  above :attr:`Rule.detector`'s threshold (seismo's seasonal negative-binomial detector, see
  :mod:`seismo.watch.detectors`) and number at least :attr:`Rule.min_events`;
* ``fatalities`` — the day's reconciled death toll of one family in one country, scored the
  same way on the deaths series, at least :attr:`Rule.min_deaths`;
* ``novel`` — the first event of a kind listed in ``novel_kinds.tsv`` (a military deployment,
  a state of emergency, a curfew ...) in a country after :attr:`Rule.novel_quiet_days` without one.

Every alert carries the baseline it was measured against (window, expected count, spread),
its score (``-log10`` of the probability that a quiet day looks like this), the last weeks of
its series (for a sparkline) and the events and articles that drove it.  Nothing is stored:
alerts are recomputed from the store on demand, so a re-ingest or a new article moves them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from seismo.contract import ids
from seismo.errors import QueryError
from seismo.watch.detectors import STEP, SeasonalNB
from seismo.watch.series import (
    DailySeries,
    WatchedEvent,
    WatchFilter,
    articles_per_day,
    daily_series,
    watched_events,
)

if TYPE_CHECKING:  # pragma: no cover
    from seismo.store import Store

AlertKind = Literal["count", "fatalities", "novel"]
#: days of series an alert carries for its sparkline
SPARK_DAYS = 42
#: the longest range of days one call computes alerts for
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Rule:
    """How alerts are raised; the defaults are what ``seismo alerts`` uses."""

    detector: SeasonalNB = field(default_factory=SeasonalNB)
    lookback_days: int = 120
    min_events: int = 2
    min_deaths: int = 3
    novel_quiet_days: int = 365
    admin1: bool = True
    #: an event counts only when an article reported it within this many days of its day, as a
    #: desk watching live would have known it (None: hindsight, every article stored)
    known_within_days: int | None = 1
    #: the kinds of alert raised (a watchlist may keep fewer)
    kinds: tuple[AlertKind, ...] = ("count", "fatalities", "novel")


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert and why it fired."""

    id: str
    day: dt.date
    kind: AlertKind
    country: str | None
    admin1: str | None
    family: str  # the event family, or for ``novel`` the kind of event
    observed: int
    expected: float
    spread: float
    score: float
    threshold: float
    baseline: tuple[dt.date, dt.date] | None
    spark: tuple[int, ...]  # the series' last SPARK_DAYS days up to the alert's day
    events: tuple[WatchedEvent, ...]
    step: str = STEP
    coverage: int | None = None  # articles stored (any place) in the baseline window; None: not counted
    days: int = 1  # the days the score summed: 1, or more when a sum over the last days decided
    #: the days just before those, each above its expected count, whose events are listed as the
    #: rise's onset (at most the baseline's guard band, the days kept out of the baseline because
    #: they may already belong to the rise)
    onset: int = 0

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.article.id for e in self.events))

    @property
    def place(self) -> str:
        return f"{self.admin1}, {self.country}" if self.admin1 else (self.country or "unknown country")

    @property
    def why(self) -> str:
        """The explanation in one sentence."""
        if self.kind == "novel":
            quiet = (self.baseline[1] - self.baseline[0]).days + 1 if self.baseline else 0
            return (f"first {self.family} in {self.place} on {self.day} in at least {quiet} days "
                    f"(none since {self.baseline[0] if self.baseline else 'the history read'}); "
                    f"{self.observed} event{'s' if self.observed != 1 else ''} that day")
        what = "events" if self.kind == "count" else "deaths"
        window = f"{self.baseline[0]} to {self.baseline[1]}" if self.baseline else "no history"
        when = f"on {self.day}" if self.days == 1 else f"in the {self.days} days up to {self.day}"
        quiet = "a quiet day looks" if self.days == 1 else f"{self.days} quiet days look"
        rise = ""
        if self.onset:
            first = self.day - dt.timedelta(days=self.days - 1 + self.onset)
            rise = f", rising since {first}" if self.onset > 1 else f", after a rise on {first}"
        return (f"{self.observed} {self.family.replace('_', ' ')} {what} in {self.place} {when}{rise}; "
                f"{self.expected:.2g} expected (sd {self.spread:.2g}, baseline {window}{self._coverage}); "
                f"{quiet} like this once in 10^{self.score:.1f} days")

    @property
    def _coverage(self) -> str:
        if self.coverage is None:
            return ""
        if self.coverage == 0:
            return ": no article stored in it, the store's history starts later"
        return f": {self.coverage} article{'s' if self.coverage != 1 else ''} stored in it"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "day": self.day.isoformat(), "kind": self.kind, "country": self.country,
            "admin1": self.admin1, "family": self.family, "observed": self.observed,
            "expected": round(self.expected, 3), "spread": round(self.spread, 3), "score": round(self.score, 2),
            "threshold": self.threshold,
            "baseline": [d.isoformat() for d in self.baseline] if self.baseline else None,
            "spark": list(self.spark), "days": self.days, "onset": self.onset, "coverage": self.coverage, "why": self.why, "articles": list(self.articles),
            "events": [e.to_dict() for e in self.events], "step": self.step,
        }


def _alert_id(day: dt.date, kind: str, country: str | None, admin1: str | None, family: str) -> str:
    return ids.key_id("alert", day.isoformat(), kind, country or "", admin1 or "", family)


def _series_alerts(s: DailySeries, *, since: dt.date, rule: Rule, deaths: bool) -> list[Alert]:
    values = s.deaths if deaths else s.counts
    scores = rule.detector.scores(values, s.weekdays)
    least = rule.min_deaths if deaths else rule.min_events
    start = (since - s.first).days
    out = []
    for t in np.flatnonzero(scores.alarm):
        # the days the score looked at: the day, or the last days whose sum decided
        days = int(scores.window[t]) if scores.window is not None else 1
        span = slice(max(0, t - days + 1), t + 1)
        observed, expected = int(values[span].sum()), float(scores.expected[span].sum())
        if t < start or observed < least or values[t] == 0:
            continue
        day = s.day(int(t))
        end = day - dt.timedelta(days=rule.detector.guard + 1)
        begin = max(s.first, end - dt.timedelta(days=rule.detector.history - 1))
        kind: AlertKind = "fatalities" if deaths else "count"
        onset = 0
        while (onset < rule.detector.guard and span.start - onset - 1 >= 0
               and values[span.start - onset - 1] > scores.expected[span.start - onset - 1]):
            onset += 1
        drivers = tuple(e for d in range(span.start - onset, span.stop) for e in s.events[d]
                        if not deaths or ((e.killed or 0) > 0 and e.dated_by_text))
        spread = float(np.sqrt((scores.spread[span] ** 2).sum()))
        out.append(Alert(
            _alert_id(day, kind, s.country, s.admin1, s.family), day, kind, s.country, s.admin1, s.family,
            observed, expected, spread, float(scores.statistic[t]),
            scores.threshold, (begin, end) if end >= begin else None,
            tuple(int(v) for v in values[max(0, t - SPARK_DAYS + 1):t + 1]), drivers, days=days, onset=onset,
        ))
    return out


def _novel_alerts(events: Sequence[WatchedEvent], *, first: dt.date, since: dt.date, rule: Rule,
                  admin1: str | None = None) -> list[Alert]:
    """The first event of each novel kind per country after a quiet period (or since ``first``,
    where the history read begins)."""
    previous: dict[tuple[str, str], dt.date] = {}
    quiet_since: dict[tuple[str, str, dt.date], dt.date] = {}
    drivers: dict[tuple[str, str, dt.date], list[WatchedEvent]] = {}
    for e in sorted(events, key=lambda e: e.day):
        if e.novel_kind is None or e.country is None:
            continue
        key = (e.country, e.novel_kind)
        before = previous.get(key)
        if before is None or (e.day - before).days > rule.novel_quiet_days:
            quiet_since[(*key, e.day)] = before + dt.timedelta(days=1) if before else first
        if (*key, e.day) in quiet_since and e.day >= since:
            drivers.setdefault((*key, e.day), []).append(e)
        previous[key] = e.day
    out = []
    for (country, kind, day), found in drivers.items():
        quiet = (day - quiet_since[(country, kind, day)]).days
        out.append(Alert(
            _alert_id(day, "novel", country, admin1, kind), day, "novel", country, admin1, kind, len(found),
            0.0, 0.0, round(float(np.log10(quiet + 1)), 2), round(float(np.log10(rule.novel_quiet_days + 1)), 2),
            (quiet_since[(country, kind, day)], day - dt.timedelta(days=1)), (), tuple(found),
        ))
    return out


def find_alerts(store: Store, *, since: dt.date, until: dt.date | None = None, country: str | None = None,
                family: str | None = None, rule: Rule | None = None,
                watch: WatchFilter | None = None) -> list[Alert]:
    """The alerts of the days ``since`` … ``until`` (default: ``since``), strongest first.

    The baselines read ``rule.lookback_days`` (and, for first-of-a-kind events,
    ``rule.novel_quiet_days``) of history before ``since``.  By default an event counts only
    when it was reported within a day of happening (:attr:`Rule.known_within_days`), so an
    alert on a past day is the alert a desk would have had then, not one built in hindsight.

    ``watch`` (a watchlist's filter) keeps only the events it matches before the series are
    built, so its baselines are those of what it watches; with its ``admin1`` set the alerts are
    that region's (its series is the only one, fatalities and first-of-a-kind included).
    """
    rule = rule or Rule()
    until = until or since
    if until < since:
        raise QueryError(f"since {since} is after until {until}")
    if (until - since).days >= MAX_DAYS:
        raise QueryError(f"alerts are computed for at most {MAX_DAYS} days at a time; {since} to {until} is "
                         f"{(until - since).days + 1}: ask for a shorter range")
    if since.toordinal() <= max(rule.lookback_days, rule.novel_quiet_days) + 1:
        raise QueryError(f"since {since} is too early: the baselines read a year of history before it")
    first = since - dt.timedelta(days=max(rule.lookback_days, rule.novel_quiet_days))
    events = [e for e in watched_events(store.engine, first=first, last=until,
                                        country=country or (watch.country if watch else None),
                                        known_within_days=rule.known_within_days)
              if (rule.known_within_days is None or e.reported is None
                  or (e.reported - e.day).days <= rule.known_within_days) and (watch is None or watch.matches(e))]
    region = watch.admin1 if watch else None
    counted_from = since - dt.timedelta(days=rule.lookback_days)
    series = daily_series([e for e in events if e.day >= counted_from], first=counted_from, last=until,
                          admin1=rule.admin1 and region is None)
    alerts: list[Alert] = []
    for s in series:
        if family and s.family != family:
            continue
        if region:  # the country's series holds this region's events only: name it after the region
            s = replace(s, admin1=next((e.admin1 for day in s.events for e in day if e.admin1), region))
        if "count" in rule.kinds:
            alerts += _series_alerts(s, since=since, rule=rule, deaths=False)
        if (s.admin1 is None or region) and "fatalities" in rule.kinds:
            alerts += _series_alerts(s, since=since, rule=rule, deaths=True)
    if not family and "novel" in rule.kinds:
        alerts += _novel_alerts(events, first=first, since=since, rule=rule,
                                admin1=next((e.admin1 for e in events if e.admin1), region) if region else None)
    per_day = articles_per_day(store.engine, first=first, last=until)
    alerts = [replace(a, coverage=sum(n for d, n in per_day.items() if a.baseline[0] <= d <= a.baseline[1]))
              if a.baseline else a for a in alerts]
    return sorted(alerts, key=lambda a: (-a.score, a.day, a.id))
