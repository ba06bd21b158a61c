"""The detectors (:mod:`seismo.watch.detectors`): EARS as defined, seismo's seasonal NB on
hand-made series; nothing uses the future."""

from __future__ import annotations

import numpy as np
import pytest

from seismo.watch.detectors import Ears, SeasonalNB


def test_ears_c2_is_the_mean_and_sd_of_days_t_minus_9_to_3() -> None:
    x = np.array([1, 2, 3, 2, 1, 2, 3, 9, 9, 12, 0, 0], dtype=float)
    s = Ears("C2").scores(x, np.arange(len(x)) % 7)
    window = x[0:7]  # for t = 9: days 0..6
    assert s.expected[9] == pytest.approx(window.mean())
    assert s.spread[9] == pytest.approx(window.std(ddof=1))
    assert s.statistic[9] == pytest.approx((12 - window.mean()) / window.std(ddof=1))
    assert s.alarm[9] and not s.alarm[10]
    assert np.isnan(s.statistic[:9]).all()  # too little history: no score, no alarm
    assert not s.alarm[:9].any()


def test_ears_c1_has_no_guard_band_and_c3_sums_three_days() -> None:
    x = np.array([2, 2, 3, 2, 2, 3, 2, 2, 9, 2, 2, 2, 2, 2], dtype=float)
    c1 = Ears("C1").scores(x, np.zeros(len(x)))
    assert c1.expected[8] == pytest.approx(x[1:8].mean())
    c2 = Ears("C2").scores(x, np.zeros(len(x))).statistic
    c3 = Ears("C3").scores(x, np.zeros(len(x))).statistic
    t = 12
    assert c3[t] == pytest.approx(sum(max(0.0, c2[i] - 1) for i in (t - 2, t - 1, t)))


def test_flat_baseline_alarms_on_any_rise_as_earsc_does() -> None:
    x = np.array([1.0] * 10 + [2.0])
    assert Ears("C2").scores(x, np.zeros(11)).alarm[10]  # sd 0, minSigma 0


def test_seasonal_nb_scores_only_from_the_past() -> None:
    rng = np.random.default_rng(7)
    x = rng.poisson(3, 200).astype(float)
    days = np.arange(200) % 7
    before = SeasonalNB().scores(x, days).statistic[:150]
    changed = x.copy()
    changed[150:] = 40  # the future changes
    after = SeasonalNB().scores(changed, days).statistic[:150]
    assert np.allclose(before, after)


def test_seasonal_nb_learns_the_week() -> None:
    days = np.arange(140) % 7
    profile = np.array([8, 8, 8, 8, 8, 1, 1], dtype=float)
    x = profile[days]
    s = SeasonalNB().scores(x, days)
    monday, sunday = 133, 139
    assert s.expected[monday] > 2 * s.expected[sunday]  # shrunk towards 1, but learnt
    assert not s.alarm[100:].any()  # a busy weekday is no alert
    sunday_rise, monday_rise = x.copy(), x.copy()
    sunday_rise[sunday] = monday_rise[monday] = 11
    assert SeasonalNB().scores(sunday_rise, days).alarm[sunday]  # far above a Sunday
    assert not SeasonalNB().scores(monday_rise, days).alarm[monday]  # a busy Monday


def test_seasonal_nb_overdispersion_widens_the_band() -> None:
    rng = np.random.default_rng(3)
    days = np.arange(120) % 7
    calm = rng.poisson(5, 120).astype(float)
    wild = rng.negative_binomial(1, 1 / 6, 120).astype(float)  # mean 5, far more spread
    assert SeasonalNB().scores(wild, days).spread[110] > 1.5 * SeasonalNB().scores(calm, days).spread[110]


def test_a_quiet_day_never_alarms_and_a_history_free_place_uses_the_floor() -> None:
    x = np.zeros(30)
    x[29] = 3
    s = SeasonalNB().scores(x, np.arange(30) % 7)
    assert s.expected[29] == pytest.approx(SeasonalNB().floor)
    assert s.alarm[29] and not s.alarm[:29].any()
