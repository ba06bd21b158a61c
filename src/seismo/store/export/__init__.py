"""seismo.store.export: stored records written out as files — event reports and quotes.

    events.write_jsonl(hits, out) / events.write_csv(hits, out) / events.write_parquet(hits, path) -> int
    quotes.write_quotes(hits, fmt="jsonl" | "csv" | "parquet", out=..., path=...) -> int

Each reads the hits a store query returned (:class:`~seismo.store.EventHit` from
``store.events(...)``, :class:`~seismo.store.QuoteHit` from ``store.quotes(...)``), writes them
as JSON lines, CSV (events: ACLED-style columns, :data:`events.COLUMNS`; quotes:
:data:`quotes.QUOTE_COLUMNS`) or Parquet, and returns the number of rows written.  It opens no
store and runs no query itself.
"""
