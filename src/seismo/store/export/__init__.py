"""seismo.store.export: stored records written out as files — events, reports, articles, quotes.

    events.write_jsonl(hits, out) / events.write_csv(hits, out) / events.write_parquet(hits, path) -> int
    clusters.write_events(groups, fmt=...) / clusters.write_articles(rows, fmt=...) -> int
    quotes.write_quotes(hits, fmt="jsonl" | "csv" | "parquet", out=..., path=...) -> int
    acled.write(groups, stored=..., out=... | path=...) -> Written     ACLED's own columns and conventions
    plover.write(groups, stored=..., out=...) -> Written               PLOVER JSON records

Each reads the hits or event groups a store query returned (:class:`~seismo.store.EventHit` from
``store.events(...)``, :class:`~seismo.store.read.clusters.EventGroup` from
``store.event_groups(...)``, :class:`~seismo.store.QuoteHit` from ``store.quotes(...)``), writes
them as JSON lines, CSV (events: ACLED-style columns, :data:`events.COLUMNS`; quotes:
:data:`quotes.QUOTE_COLUMNS`) or Parquet, and returns what it wrote.  Only the ACLED and PLOVER
writers read the store themselves, through :class:`stored.StoredEvents` (when each event was
stored, and its number in its country); ``acled_tables`` reads ACLED's names and codes from
``seismo/data/acled_*.tsv``.
"""
