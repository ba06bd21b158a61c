"""The backtest (:mod:`seismo.watch.backtest`): fixed seeds give fixed series; outbreaks are
where they say; scoring counts detections, delays and false alarms as documented."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from seismo.watch.backtest import (
    BURN_IN, DAYS, GAP, Oracle, Scenario, grouped_median, matched, paired, score, synthetic, total,
)
from seismo.watch.detectors import Ears, SeasonalNB, Scores


def test_same_seed_same_series_and_outbreaks_apart() -> None:
    s = Scenario(2.0, 2.0, 3.0)
    a, b = synthetic(s, 5), synthetic(s, 5)
    assert np.array_equal(a.counts, b.counts) and a.outbreaks == b.outbreaks
    assert not np.array_equal(a.counts, synthetic(s, 6).counts)
    starts = [start for start, _ in a.outbreaks]
    assert len(starts) == s.outbreaks and min(starts) >= BURN_IN
    assert all(b - a >= GAP for a, b in zip(starts, starts[1:]))


def test_outbreaks_raise_the_counts() -> None:
    s = Scenario(4.0, None, 5.0, shape="step")
    x = synthetic(s, 1)
    inside = np.concatenate([x.counts[a:b] for a, b in x.outbreaks])
    assert inside.mean() > 3 * x.counts[:BURN_IN].mean()


class _Alarms:
    name = "fixed"

    def __init__(self, days: list[int]) -> None:
        self.days = days

    def scores(self, counts, weekdays):
        alarm = np.zeros(len(counts), dtype=bool)
        alarm[self.days] = True
        nan = np.full(len(counts), np.nan)
        return Scores(nan, nan, nan, alarm, 0.0)


def test_score_counts_detections_delays_and_false_alarms() -> None:
    x = synthetic(Scenario(1.0, None, 3.0, outbreaks=2), 11)
    (a, _), (b, _) = x.outbreaks
    r = score(_Alarms([a + 2, b + 6, b + 7, 10, BURN_IN + 1]), x)
    assert r.detected == 2 and r.delays == (2, 6)
    assert r.false_alarms == 2  # b + 7 is after the 7-day outbreak; day 10 is in the burn-in
    assert r.monitored_days == DAYS - BURN_IN - 14


def test_matched_threshold_keeps_false_alarms_at_or_below_c2() -> None:
    grid = [Scenario(2.0, None, 3.0), Scenario(0.5, 2.0, 5.0)]
    seeds = (0, 1, 2)
    ours = matched(SeasonalNB(), Ears("C2"), grid, seeds)
    assert total(ours, grid, seeds).false_alarms_per_year <= total(Ears("C2"), grid, seeds).false_alarms_per_year
    assert ours.threshold < SeasonalNB().threshold


def test_paired_and_missed_delays_compare_the_same_outbreaks() -> None:
    x = synthetic(Scenario(2.0, None, 3.0), 9)
    (s1, _), (s2, _), (s3, _) = x.outbreaks[:3]
    early = score(_Alarms([s1, s2 + 3]), x)  # catches the first two outbreaks, misses the rest
    late = score(_Alarms([s1 + 2, s3 + 1]), x)  # catches the first and the third
    assert early.first_alarms[:3] == (0, 3, None) and late.first_alarms[:3] == (2, None, 1)
    assert early.delays == (0, 3)
    ours, theirs = paired(early, late)
    assert ours == (0,) and theirs == (2,)  # only the first outbreak was caught by both
    missed = early.missed_as(7)
    assert missed[:3] == (0, 3, 7) and len(missed) == early.outbreaks
    added = early + late
    assert added.first_alarms == early.first_alarms + late.first_alarms


def test_grouped_median_reads_whole_days_as_intervals() -> None:
    # 4 of 10 on day 0, 4 on day 1, 2 on day 2: the median day is 1; 5 values are needed and 4
    # lie below day 1, so the median sits a quarter into day 1's interval
    assert grouped_median([0] * 4 + [1] * 4 + [2] * 2) == pytest.approx(0.5 + 1 / 4)
    # a day-1 median with most values before it sits later inside the interval
    assert grouped_median([0] * 1 + [1] * 4 + [2] * 5) == pytest.approx(0.5 + 4 / 4)
    assert grouped_median([3]) == 3.0 and grouped_median([]) is None
    # an even count whose two middle values differ: the plain median
    assert grouped_median([0, 2]) == 1.0


def test_oracle_knows_the_baseline_and_is_matched_per_scenario() -> None:
    grid = [Scenario(2.0, None, 3.0), Scenario(0.5, 2.0, 5.0)]
    seeds = (0, 1, 2)
    x = synthetic(grid[0], 4)
    s = Oracle(grid[0]).scores(x.counts, x.weekdays)
    assert s.expected.mean() == pytest.approx(2.0, rel=0.05)  # the weekly profile averages 1
    assert len(set(np.round(s.expected, 6))) > 1  # and it follows the week
    ours = matched(Oracle, Ears("C2"), grid, seeds, name="oracle")
    assert ours.threshold == pytest.approx(round(ours.threshold, 2))  # a step of 0.01
    assert total(ours, grid, seeds).false_alarms_per_year <= total(Ears("C2"), grid, seeds).false_alarms_per_year
    lower = matched(Oracle, Ears("C2"), grid, seeds)
    assert lower.threshold == ours.threshold


def test_matched_threshold_is_the_lowest_on_a_fine_grid() -> None:
    grid = [Scenario(2.0, None, 3.0)]
    seeds = (0, 1)
    ours = matched(SeasonalNB(), Ears("C2"), grid, seeds)
    limit = total(Ears("C2"), grid, seeds).false_alarms_per_year
    below = replace(ours, threshold=round(ours.threshold - 0.01, 2))
    assert total(below, grid, seeds).false_alarms_per_year > limit
