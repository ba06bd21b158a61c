"""The queries the API and dashboard use; they now live in the store, re-exported here.

    event_page(store, filter, sort="-date", cursor=None)   keyset pages    seismo.store.pages
    event_reports(store, event_id)                          one event       seismo.store.pages
    daily_counts(store, filter, by="type")                  time series     seismo.store.stats
    event_places(store, filter)                             where           seismo.store.stats
    top_actors(store, filter)                               who             seismo.store.stats
    mention_places(store, q=..., country=...)               mentions        seismo.store.stats
    overview_stats(store, filter)                           places, actors and countries of the
                                                            newest reports (bounded)   seismo.store.stats
    country_totals(store, filter)                           events per country (rollup) seismo.store.stats

Each is also a ``Store`` method (``store.event_page(filter, ...)``).
"""

from __future__ import annotations

from seismo.store.pages import (
    SORTS,
    EventPage,
    check_sort,
    decode_cursor,
    encode_cursor,
    event_page,
    event_reports,
)
from seismo.store.stats import (
    ActorCount,
    DailySeries,
    GroupBy,
    MentionCount,
    OverviewStats,
    PlaceCount,
    country_totals,
    daily_counts,
    event_places,
    mention_places,
    overview_stats,
    top_actors,
)

__all__ = [
    "SORTS",
    "ActorCount",
    "DailySeries",
    "EventPage",
    "GroupBy",
    "MentionCount",
    "OverviewStats",
    "PlaceCount",
    "check_sort",
    "country_totals",
    "daily_counts",
    "decode_cursor",
    "encode_cursor",
    "event_page",
    "event_places",
    "event_reports",
    "mention_places",
    "overview_stats",
    "top_actors",
]
