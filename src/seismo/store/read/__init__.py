"""seismo.store.read: the query side — filters, full-text search, paged event lists and aggregate statistics.

    query.EventFilter(...), query.EventHit, ...  the filters (validated when built) and the
                                                 small records queries return
    search.matches / search.contains             full-text search conditions, one per dialect

    pages.event_page(engine, filter, sort="-date", cursor=None) -> EventPage
    pages.event_reports(engine, event_id) -> list[EventHit]
    stats.daily_counts / event_places / top_actors / mention_places / overview_stats / country_totals

Each function reads the store's tables (and the ``daily_counts`` rollup) through the store's
SQLAlchemy engine (``store.engine``), takes an :class:`~seismo.store.EventFilter`, and returns
the small frozen records defined beside it (``EventPage``, ``DailySeries``, ``PlaceCount``, ...).
It writes nothing and knows nothing of :class:`~seismo.store.Store`, whose methods of the same
names call it.
"""
