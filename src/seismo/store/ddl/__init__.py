"""The store's SQL objects beyond its tables: full-text indexes and views (schema version 8).

    fts.py     full-text search: SQLite FTS5 tables over ``articles``, ``event_reports`` and
               ``quotes`` (external content, keyed by rowid, kept by triggers: datasette finds
               and searches them), or PostgreSQL GIN expression indexes
    views.py   ``acled_events``, ``plover_events``, ``event_sources``: the store read in
               ACLED's and PLOVER's column names, in portable SQL

Both are created by :mod:`seismo.store.migrations` (a fresh store, and migration 8 on an older one).
"""
