"""Backtest of the detectors on synthetic daily series with injected outbreaks (fixed seeds).

Each series is two years of daily event counts: a base rate times a weekly profile (busier
early in the week, quieter at the weekend), Poisson or negative binomial (dispersion ``k``),
with outbreaks injected at random days after a burn-in: for ``duration`` days the expected
count is multiplied by ``size`` (``step``) or by a factor rising to ``size`` (``ramp``), the
extra events drawn as Poisson.  Outbreaks are at least 45 days apart.

For each detector: the **detection rate** (outbreaks with an alarm on one of their days),
**false alarms per country-year** (alarms on days outside every outbreak, after the burn-in)
and the **median days to detection** (first alarm day minus the outbreak's first day) over the
outbreaks it detected; beside it, delays over the outbreaks two detectors both detected
(:func:`paired`) and over every outbreak with a miss counted as its length (:meth:`Result.missed_as`).
Delays are whole days, so medians tie easily; :func:`grouped_median` reads each whole day as
the interval around it (the median of grouped data), which separates two detectors whose
whole-day medians are equal.
seismo's threshold is also **matched** to EARS C2: the lowest threshold (in steps of 0.01)
whose false-alarm rate on separate calibration series (other seeds) is no higher than C2's on
the same series; the matched detector is then scored on the test series like the others.
:class:`Oracle` is a reference: the single-day tail test told the series' true mean and
dispersion, matched the same way, shows how early a detector that knew the baseline would be.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from seismo.watch.detectors import Detector, Ears, Scores, SeasonalNB, nb_tail

#: the weekly profile of the synthetic series (Monday first), mean 1
WEEK = np.array([1.2, 1.15, 1.05, 1.0, 1.0, 0.8, 0.8]) / (6.0 / 7.0 + 1.0 / 7.0)
DAYS = 730
BURN_IN = 100
GAP = 45
CALIBRATION_SEEDS = tuple(range(0, 8))
TEST_SEEDS = tuple(range(100, 120))


@dataclass(frozen=True, slots=True)
class Scenario:
    base: float  # events a day, before the weekly profile
    dispersion: float | None  # negative-binomial k; None: Poisson
    size: float  # outbreak multiplier at its peak
    duration: int = 7
    shape: Literal["step", "ramp"] = "ramp"
    outbreaks: int = 6

    @property
    def label(self) -> str:
        noise = "Poisson" if self.dispersion is None else f"NB k={self.dispersion:g}"
        return f"{self.base:g}/day {noise} x{self.size:g} {self.shape}"


@dataclass(frozen=True, slots=True)
class Series:
    counts: np.ndarray
    weekdays: np.ndarray
    outbreaks: tuple[tuple[int, int], ...]  # (first day, last day + 1)


def synthetic(scenario: Scenario, seed: int) -> Series:
    """One series of ``scenario`` drawn with ``seed`` (the same seed gives the same series)."""
    rng = np.random.default_rng(seed)
    weekdays = (np.arange(DAYS) + int(rng.integers(7))) % 7
    mu = scenario.base * WEEK[weekdays] / WEEK.mean()
    if scenario.dispersion is None:
        counts = rng.poisson(mu)
    else:
        k = scenario.dispersion
        counts = rng.negative_binomial(k, k / (k + mu))
    starts: list[int] = []
    while len(starts) < scenario.outbreaks:
        start = int(rng.integers(BURN_IN, DAYS - scenario.duration))
        if all(abs(start - s) >= GAP for s in starts):
            starts.append(start)
    windows = []
    for start in sorted(starts):
        steps = np.arange(1, scenario.duration + 1)
        factor = (np.full(scenario.duration, scenario.size) if scenario.shape == "step"
                  else 1 + (scenario.size - 1) * steps / scenario.duration)
        days = slice(start, start + scenario.duration)
        counts[days] += rng.poisson((factor - 1) * mu[days])
        windows.append((start, start + scenario.duration))
    return Series(counts.astype(int), weekdays, tuple(windows))


@dataclass(frozen=True, slots=True)
class Result:
    detector: str
    outbreaks: int
    detected: int
    false_alarms: int
    monitored_days: int
    delays: tuple[int, ...]
    #: per outbreak, in order: the first alarm's day within it (0 = its first day), None when missed
    first_alarms: tuple[int | None, ...] = ()

    @property
    def detection_rate(self) -> float:
        return self.detected / self.outbreaks if self.outbreaks else 0.0

    @property
    def false_alarms_per_year(self) -> float:
        return self.false_alarms / (self.monitored_days / 365.0) if self.monitored_days else 0.0

    @property
    def median_delay(self) -> float | None:
        return float(np.median(self.delays)) if self.delays else None

    @property
    def grouped_median_delay(self) -> float | None:
        return grouped_median(self.delays)

    def __add__(self, other: Result) -> Result:
        return Result(self.detector, self.outbreaks + other.outbreaks, self.detected + other.detected,
                      self.false_alarms + other.false_alarms, self.monitored_days + other.monitored_days,
                      self.delays + other.delays, self.first_alarms + other.first_alarms)

    def missed_as(self, days: int) -> tuple[int, ...]:
        """Every outbreak's delay, a missed one counted as ``days`` (its length: it was never
        caught while it lasted), so a detector is not rewarded for missing the slow ones."""
        return tuple(days if d is None else d for d in self.first_alarms)


def grouped_median(values: Sequence[int]) -> float | None:
    """The median of whole-day values read as grouped data: day ``d`` stands for the interval
    [d - 0.5, d + 0.5), and the median is interpolated inside the interval that holds it
    (``m - 0.5 + (n / 2 - below) / at``).  Equal to the plain median when the values are spread
    evenly around it; lower when more of the values at the median day sit just above the days
    before it."""
    if not len(values):
        return None
    v = np.asarray(values)
    m = float(np.median(v))
    at = int((v == m).sum())
    if not at:  # an even count whose two middle values differ: the plain median is exact
        return m
    return m - 0.5 + (len(v) / 2 - int((v < m).sum())) / at


def paired(a: Result, b: Result) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The delays of ``a`` and ``b`` over the outbreaks both detected (the same series, in order)."""
    if len(a.first_alarms) != len(b.first_alarms):
        raise ValueError("paired delays need the same outbreaks")
    both = [(x, y) for x, y in zip(a.first_alarms, b.first_alarms) if x is not None and y is not None]
    return tuple(x for x, _ in both), tuple(y for _, y in both)


def score(detector: Detector, series: Series) -> Result:
    """How ``detector`` fares on one series."""
    alarm = detector.scores(series.counts, series.weekdays).alarm
    inside = np.zeros(DAYS, dtype=bool)
    detected, delays, first = 0, [], []
    for start, end in series.outbreaks:
        inside[start:end] = True
        hits = np.flatnonzero(alarm[start:end])
        first.append(int(hits[0]) if hits.size else None)
        if hits.size:
            detected += 1
            delays.append(int(hits[0]))
    monitored = np.arange(DAYS) >= BURN_IN
    false = int((alarm & ~inside & monitored).sum())
    return Result(detector.name, len(series.outbreaks), detected, false, int((monitored & ~inside).sum()),
                  tuple(delays), tuple(first))


def total(detector: Detector, scenarios: Iterable[Scenario], seeds: Sequence[int]) -> Result:
    """``detector`` over every scenario and seed; ``detector`` may be a callable
    ``scenario -> detector`` (see :func:`matched`)."""
    results = [score(detector(s) if callable(detector) else detector, synthetic(s, seed))
               for s in scenarios for seed in seeds]
    out = results[0]
    for r in results[1:]:
        out = out + r
    return out


def scenarios() -> tuple[Scenario, ...]:
    """The backtest grid: base rates x noise x outbreak sizes x shapes."""
    return tuple(
        Scenario(base, dispersion, size, shape=shape)
        for base, dispersion, size, shape in itertools.product(
            (0.5, 2.0, 8.0), (None, 2.0), (2.0, 3.0, 5.0), ("ramp", "step"))
    )


def matched(detector: Detector, anchor: Detector, grid: Sequence[Scenario],
            seeds: Sequence[int] = CALIBRATION_SEEDS, *, name: str | None = None) -> Detector:
    """``detector`` with the lowest threshold (in steps of 0.01 from 0.5 to 8) whose false alarms
    per year on the calibration series are no more than ``anchor``'s.  ``detector`` is a
    frozen dataclass with a ``threshold`` field, or a callable ``scenario -> detector`` (for
    detectors that are told the scenario, like :class:`Oracle`)."""
    limit = total(anchor, grid, seeds).false_alarms_per_year
    outside, monitored = [], 0
    for s in grid:
        d = detector(s) if callable(detector) else detector
        for seed in seeds:
            x = synthetic(s, seed)
            stat = np.nan_to_num(d.scores(x.counts, x.weekdays).statistic, nan=-np.inf)
            free = np.arange(DAYS) >= BURN_IN
            for start, end in x.outbreaks:
                free[start:end] = False
            outside.append(stat[free])
            monitored += int(free.sum())
    stats = np.sort(np.concatenate(outside))
    chosen = 8.0
    for threshold in np.round(np.arange(0.5, 8.0001, 0.01), 2):
        false = len(stats) - int(np.searchsorted(stats, threshold, side="right"))
        if false / (monitored / 365.0) <= limit:
            chosen = float(threshold)
            break
    label = name or f"{getattr(detector, 'name', 'oracle')} (matched to C2)"
    if callable(detector):
        return _PerScenario(lambda s: replace(detector(s), threshold=chosen, name=label), label, chosen)
    return replace(detector, threshold=chosen, name=label)


ORACLE = "oracle: true mean and dispersion"
#: seismo's detector for high false-alarm rates like EARS C2's: the day alone, no two-day sum.
#: Chosen on the calibration seeds (at C2's rate it caught 87.3 % of their outbreaks with a
#: grouped median delay of 1.22 days, against 86.3 % and 1.29 with the two-day sum).
DAY_ALONE = SeasonalNB(windows=(1,), name="seismo seasonal NB, day alone")


@dataclass(frozen=True, slots=True)
class Oracle:
    """The single-day tail test told the truth: the scenario's own mean (base rate times the
    weekly profile) and dispersion, no estimate.  A reference for how early any detector on
    daily counts can be at a given false-alarm rate."""

    scenario: Scenario
    threshold: float = 3.0
    name: str = ORACLE

    def scores(self, counts: np.ndarray, weekdays: np.ndarray):
        x = np.asarray(counts, dtype=float)
        mu = self.scenario.base * WEEK[np.asarray(weekdays) % 7] / WEEK.mean()
        k = np.full(len(x), np.inf if self.scenario.dispersion is None else self.scenario.dispersion)
        stat = -np.log10(np.maximum(nb_tail(x, mu, k), 1e-300))
        spread = np.sqrt(mu + np.where(np.isfinite(k), mu**2 / k, 0.0))
        return Scores(mu, spread, stat, stat > self.threshold, self.threshold)


@dataclass(frozen=True, slots=True)
class _PerScenario:
    """A detector built anew for each scenario (see :func:`matched`)."""

    build: object
    name: str
    threshold: float

    def __call__(self, scenario: Scenario) -> Detector:
        return self.build(scenario)


@dataclass(frozen=True, slots=True)
class _Fixed:
    """A detector whose alarms are already known (to score a threshold without rescoring)."""

    name: str
    alarms: np.ndarray

    def scores(self, counts: np.ndarray, weekdays: np.ndarray):
        nan = np.full(len(counts), np.nan)
        return Scores(nan, nan, nan, self.alarms, np.nan)


def backtest(grid: Sequence[Scenario] | None = None, seeds: Sequence[int] = TEST_SEEDS) -> list[Result]:
    """Every detector on the test series: EARS C1, C2, C3, seismo at its default threshold,
    seismo matched to C2's false-alarm rate with its default windows and with the day alone
    (:data:`DAY_ALONE`), and the :class:`Oracle` matched the same way."""
    grid = tuple(grid or scenarios())
    c2 = Ears("C2")
    detectors: list = [Ears("C1"), c2, Ears("C3"), SeasonalNB(), matched(SeasonalNB(), c2, grid),
                       matched(DAY_ALONE, c2, grid), matched(Oracle, c2, grid, name=f"{ORACLE} (matched to C2)")]
    return [total(d, grid, seeds) for d in detectors]
