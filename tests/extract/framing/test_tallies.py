"""A toll told for a whole period is a statistic, not a happening (seismo.extract.framing.timing.period_tally)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police records for 2021 show that 310 residents of the city were murdered.",
    "So far this year, 64 people have been shot dead across the county.",
    "In the 1990s more than 900 people were killed in the province, the report found.",
])
def test_a_toll_of_a_year_or_longer_is_no_attack(events_of, text) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead 14 farmers in the village on Wednesday.",
    "Nine people were killed in clashes in the capital in December.",
    "Bandits killed 11 traders on the highway, the police said.",
])
def test_a_toll_of_a_day_or_a_month_or_of_no_time_stays_an_attack(events_of, text) -> None:
    (attack, *_) = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert any(c.kind == "killed" and c.best and c.best > 2 for c in attack.counts)


def test_one_death_dated_to_a_year_stays_a_happening(events_of) -> None:
    """A single victim is one happening, whatever the precision of its date."""
    assert [e for e in events_of("In 2017 a courier was stabbed to death in the market.") if e.type == "ASSAULT"]
