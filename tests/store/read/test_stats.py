"""Dashboard statistics (:mod:`seismo.store.read.stats`): daily counts from the rollup equal those
from the reports, the rollup serves only its keys, the overview in bounded reads, country totals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from seismo.errors import QueryError
from seismo.store import EventFilter, Store
from seismo.store.read import stats


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"country": "KAZ"}, {"type": "protest"}, {"country": "UKR", "type": "ASSAULT"},
     {"since": "2022-01-06", "until": "2022-02-28"}, {"modality": "negated"}],
)
@pytest.mark.parametrize("by", ["type", "country"])
def test_daily_counts_from_the_rollup_equal_the_reports(filled: Store, kwargs: dict, by: str) -> None:
    f = EventFilter(**kwargs)
    assert stats.rollup_serves(f)
    with filled.engine.connect() as conn:
        assert sorted(stats._daily_rollup(conn, f, by=by)) == sorted(stats._daily_reports(conn, f, by=by))


@pytest.mark.parametrize(
    ("kwargs", "serves"),
    [({"country": "KAZ", "type": "PROTEST"}, True), ({"type": "Protests"}, False), ({"q": "fuel"}, False),
     ({"actor": "police"}, False), ({"sub_event_type": "riot"}, False)],
)
def test_rollup_serves_only_its_keys(kwargs: dict, serves: bool) -> None:
    assert stats.rollup_serves(EventFilter(**kwargs)) is serves


@pytest.mark.parametrize(
    "kwargs", [{}, {"country": "KAZ"}, {"type": "PROTEST"}, {"q": "police"}, {"since": "2022-01-06", "until": "2022-12-31"}]
)
def test_overview_stats_equal_the_full_groupings_when_complete(filled: Store, kwargs: dict) -> None:
    f = EventFilter(**kwargs)
    found = stats.overview_stats(filled.engine, f)
    assert found.complete and found.reports == filled.count_events(replace(f, modality="asserted"))
    assert found.places == stats.event_places(filled.engine, f, limit=300)
    assert found.actors == stats.top_actors(filled.engine, f, limit=10)
    expected: dict[str, int] = {}
    for row in filled.summary(f):
        if row.country:
            expected[row.country] = expected.get(row.country, 0) + row.events
    assert found.countries == expected


def test_overview_stats_sample_is_the_newest_reports(filled: Store) -> None:
    found = stats.overview_stats(filled.engine, EventFilter(), sample=1)
    with filled.engine.connect() as conn:
        newest = conn.exec_driver_sql(
            "SELECT max(date_earliest) FROM event_reports WHERE modality = 'asserted'").scalar()
    assert (found.reports, found.complete) == (1, False)
    assert str(found.first_day) == str(found.last_day) == str(newest)
    with pytest.raises(QueryError, match="sample must be"):
        stats.overview_stats(filled.engine, EventFilter(), sample=0)


@pytest.mark.parametrize("kwargs", [{}, {"country": "KAZ"}, {"type": "PROTEST", "since": "2022-01-01"}])
def test_country_totals_from_the_rollup(filled: Store, kwargs: dict) -> None:
    f = EventFilter(**kwargs)
    series = stats.daily_counts(filled.engine, f, by="country")
    expected = {k: sum(v) for k, v in series.series.items() if k != "unknown" and sum(v)}
    assert stats.country_totals(filled.engine, f) == expected
    assert stats.country_totals(filled.engine, EventFilter(q="fuel")) is None
