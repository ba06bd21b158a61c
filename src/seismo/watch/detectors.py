"""Baselines and scores on a daily count series: EARS C1 / C2 / C3, the CDC's short-baseline
charts, as the anchor; and seismo's seasonal negative-binomial detector.

A detector scores every day of a series at once and says which days alarm.  Day ``t`` is
compared with a baseline made of days before it only, so a score never uses the future.

* :class:`Ears` — C1: the mean and standard deviation of days t-7 … t-1, alarm when
  ``(x - mean) / sd > 3``; C2: the same over t-9 … t-3 (a two-day guard band); C3: the sum of
  ``max(0, C2 - 1)`` over t-2 … t, alarm when above 2.  The standard deviation is floored at
  ``min_sigma`` (0 by default, as in R's ``surveillance::earsC``): a flat baseline alarms on
  any count above it.
* :class:`SeasonalNB` — the mean of the last ``history`` days before a guard band, times a
  day-of-week factor (shrunk towards 1 by ``shrink`` pseudo-days per weekday), floored at
  ``floor`` events a day (a country with no history is not certain to stay quiet); the
  overdispersion of a negative binomial fitted to the same window by moments (Poisson when
  the counts vary no more than that); the upper-tail probability of the day's count and of the
  sums over the last ``windows`` days (the day alone and the last two days by default), the
  smallest one times the number of looks; alarm when ``-log10 p`` passes ``threshold``.  On the
  backtest's series (:mod:`seismo.watch.backtest`) the two-day sum pays at the default
  threshold (about one false alarm a year: it catches more of the slow rises) but not at EARS
  C2's far higher false-alarm rate, where the day alone catches more outbreaks and sooner
  (each extra look raises the bar for the day's own count).  The
  statistic reads as "one in 10^s days this quiet would look like this".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
from scipy import stats

STEP = "seismo.watch.v2"


@dataclass(frozen=True, slots=True)
class Scores:
    """Per day of a series: what the baseline expected, its spread (standard deviation), the
    detector's statistic (NaN where there is too little history), whether the day alarms and
    how many days up to it the statistic looked at (1, or more when a sum over the last days decided)."""

    expected: np.ndarray
    spread: np.ndarray
    statistic: np.ndarray
    alarm: np.ndarray
    threshold: float
    window: np.ndarray | None = None


class Detector(Protocol):
    name: str

    def scores(self, counts: np.ndarray, weekdays: np.ndarray) -> Scores: ...


def _window_sums(x: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Sum of ``x[start:end]`` for every pair (vectorised with a cumulative sum)."""
    c = np.concatenate(([0.0], np.cumsum(x, dtype=float)))
    return c[end] - c[start]


@dataclass(frozen=True, slots=True)
class Ears:
    """EARS C1, C2 or C3 (see the module docstring)."""

    variant: Literal["C1", "C2", "C3"] = "C2"
    threshold: float | None = None  # default 3 for C1 / C2, 2 for C3
    baseline: int = 7
    min_sigma: float = 0.0

    @property
    def name(self) -> str:
        return f"EARS {self.variant}"

    def _c(self, x: np.ndarray, lag: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(x)
        t = np.arange(n)
        end = t - lag + 1  # window x[t - lag - baseline + 1 : t - lag + 1]
        start = end - self.baseline
        ok = start >= 0
        s, e = np.clip(start, 0, n), np.clip(end, 0, n)
        mean = _window_sums(x, s, e) / self.baseline
        sq = _window_sums(x.astype(float) ** 2, s, e)
        var = np.maximum(sq - self.baseline * mean**2, 0.0) / (self.baseline - 1)
        sd = np.maximum(np.sqrt(var), self.min_sigma)
        with np.errstate(divide="ignore", invalid="ignore"):
            c = np.where(sd > 0, (x - mean) / np.where(sd > 0, sd, 1.0), np.where(x > mean, np.inf, 0.0))
        c = np.where(ok, c, np.nan)
        return mean, sd, c

    def scores(self, counts: np.ndarray, weekdays: np.ndarray | None = None) -> Scores:
        x = np.asarray(counts, dtype=float)
        if self.variant == "C1":
            mean, sd, stat = self._c(x, 1)
        else:
            mean, sd, c2 = self._c(x, 3)
            stat = c2
            if self.variant == "C3":
                part = np.maximum(0.0, c2 - 1.0)
                stat = np.full_like(c2, np.nan)
                with np.errstate(invalid="ignore", over="ignore"):
                    stat[2:] = part[2:] + part[1:-1] + part[:-2]
        threshold = self.threshold if self.threshold is not None else (2.0 if self.variant == "C3" else 3.0)
        alarm = np.nan_to_num(stat, nan=-np.inf) > threshold
        return Scores(mean, sd, stat, alarm, threshold)


@dataclass(frozen=True, slots=True)
class SeasonalNB:
    """seismo's detector (see the module docstring)."""

    history: int = 28
    guard: int = 2
    shrink: float = 2.0
    floor: float = 0.05
    min_dispersion: float = 0.3
    threshold: float = 3.0
    windows: tuple[int, ...] = (1, 2)
    name: str = "seismo seasonal NB"

    def scores(self, counts: np.ndarray, weekdays: np.ndarray) -> Scores:
        x = np.asarray(counts, dtype=float)
        dow = np.asarray(weekdays, dtype=int) % 7
        n = len(x)
        t = np.arange(n)
        end = np.clip(t - self.guard, 0, n)
        start = np.clip(end - self.history, 0, n)
        days = (end - start).astype(float)
        total = _window_sums(x, start, end)
        mean = np.where(days > 0, total / np.maximum(days, 1), 0.0)
        # per weekday: the window's sum and number of days, then the shrunk factor
        sums = np.stack([_window_sums(np.where(dow == d, x, 0.0), start, end) for d in range(7)])
        ndays = np.stack([_window_sums((dow == d).astype(float), start, end) for d in range(7)])
        prior = self.shrink * mean
        with np.errstate(divide="ignore", invalid="ignore"):
            factor = np.where(mean > 0, (sums + prior) / (ndays * mean + prior), 1.0)
            # normalise: over the window's own days the factors average 1
            scale = np.where(days > 0, (factor * ndays).sum(axis=0) / np.maximum(days, 1), 1.0)
            factor = factor / np.where(scale > 0, scale, 1.0)
        f_t = factor[dow, t]
        expected = np.maximum(mean * f_t, self.floor)
        # dispersion by moments: the spread of the window's counts around their own weekday's
        # mean (Var = mu + mu^2 / k), not around the shrunk fit
        sq = _window_sums(x**2, start, end)
        with np.errstate(divide="ignore", invalid="ignore"):
            between = np.where(ndays > 0, sums**2 / np.maximum(ndays, 1), 0.0).sum(axis=0)
        resid = np.maximum(sq - between, 0.0) / np.maximum(days - 7, 1)
        excess = resid - mean
        with np.errstate(divide="ignore", invalid="ignore"):
            k = np.where(excess > 1e-9, mean**2 / excess, np.inf)
        k = np.maximum(k, self.min_dispersion)
        # the day alone, then the sums over the last days (a rise that builds over days)
        tails = []
        for days in self.windows:
            xs, es = x.copy(), expected.copy()
            for lag in range(1, days):
                xs[lag:] += x[:-lag]
                es[lag:] += expected[:-lag]
            tails.append(nb_tail(xs, es, days * k))
        tails_ = np.stack(tails)
        best = tails_.argmin(axis=0)
        p = np.minimum(1.0, len(self.windows) * tails_.min(axis=0))
        stat = -np.log10(np.maximum(p, 1e-300))
        stat = np.where(x > 0, stat, 0.0)  # a day with no event never alarms
        spread = np.sqrt(expected + np.where(np.isfinite(k), expected**2 / k, 0.0))
        window = np.asarray(self.windows)[best]
        return Scores(expected, spread, stat, stat > self.threshold, self.threshold, window)


def nb_tail(x: np.ndarray, mu: np.ndarray, k: np.ndarray) -> np.ndarray:
    """P(X >= x) for a negative binomial of mean ``mu`` and dispersion ``k`` (Poisson where k is infinite)."""
    poisson = ~np.isfinite(k) | (k > 1e6)
    kk = np.where(poisson, 1.0, k)
    out = np.where(poisson, stats.poisson.sf(x - 1, mu), stats.nbinom.sf(x - 1, kk, kk / (kk + mu)))
    return np.where(x <= 0, 1.0, out)
