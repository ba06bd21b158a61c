"""seismo.store: the database of articles and what was extracted from them.

    Store.open(url) → store.write(results) → store.events(EventFilter(...)), store.article(id),
    store.quotes(...), store.summary(), store.stats(); export in seismo.store.export.

SQLAlchemy Core over SQLite (WAL, FTS5) or PostgreSQL; tables in ``schema``, versions in
``migrations``, record ↔ row mapping in ``rows``; the query side (filters and the records
queries return, full-text search, pages and statistics) in ``read``.  Importing this package opens nothing.
"""

from __future__ import annotations

from seismo.store.read.query import (
    ArticleRef,
    EventFilter,
    EventHit,
    QuoteHit,
    SpeakerCount,
    StoreStats,
    SummaryRow,
    WriteStats,
)
from seismo.store.store import Store

__all__ = [
    "ArticleRef",
    "EventFilter",
    "EventHit",
    "QuoteHit",
    "SpeakerCount",
    "Store",
    "StoreStats",
    "SummaryRow",
    "WriteStats",
]
