"""Event pages (:mod:`seismo.store.read.pages`): every filter and sort reads an index in order (no
temporary sort), text search is one look-up in the articles' index, common words walk the list."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from seismo.store import EventFilter, Store
from seismo.store.read import pages


def plans(store: Store, run) -> list[str]:
    """The EXPLAIN QUERY PLAN of every SELECT on event_reports that ``run()`` executes."""
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM event_reports" in statement:
            seen.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", capture)
    out = []
    with store.engine.connect() as conn:
        for statement, parameters in seen:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            out.append(" | ".join(row[-1] for row in rows))
    return out


@pytest.mark.parametrize(
    ("kwargs", "sort", "index"),
    [
        ({}, "-date", "ix_reports_date_id"),
        ({"country": "KAZ"}, "-date", "ix_reports_country_date"),
        ({"country": "KAZ", "type": "PROTEST"}, "-date", "ix_reports_country_type_date"),
        ({"type": "Riots"}, "-date", "ix_reports_acled_event_type_date"),
        ({"type": "PROTEST"}, "date", "ix_reports_type_date"),
        ({"sub_event_type": "Peaceful protest"}, "-date", "ix_reports_acled_sub_event_type_date"),
        ({"sub_event_type": "riot"}, "-date", "ix_reports_mode_date"),
        ({"modality": "negated"}, "-date", "ix_reports_modality_date"),
        ({}, "-confidence", "ix_reports_confidence"),
    ],
)
def test_event_pages_read_an_index_without_sorting(filled: Store, kwargs: dict, sort: str, index: str) -> None:
    found = plans(filled, lambda: pages.event_page(filled.engine, EventFilter(**kwargs), sort=sort, limit=2))
    first = found[0]
    assert index in first
    assert "TEMP B-TREE" not in first


def test_text_search_is_one_lookup_in_the_articles_index(filled: Store) -> None:
    found = plans(filled, lambda: pages.event_page(filled.engine, EventFilter(q="fuel"), limit=2))
    assert "articles_fts" in found[0]
    assert "reports_fts" not in found[0]


def test_common_words_walk_the_list_index(filled: Store, monkeypatch) -> None:
    from seismo.store.read import search

    with filled.engine.connect() as conn:
        assert search.is_common(conn, "fuel", at_least=1) and not search.is_common(conn, "fuel", at_least=5)
        assert not search.is_common(conn, "...", at_least=1)
    expected = pages.event_page(filled.engine, EventFilter(q="fuel"), limit=10)
    monkeypatch.setattr(pages, "is_common", lambda conn, q: True)
    found = plans(filled, lambda: pages.event_page(filled.engine, EventFilter(q="fuel"), limit=2))
    assert "ix_reports_date_id" in found[0] and "TEMP B-TREE" not in found[0]
    assert pages.event_page(filled.engine, EventFilter(q="fuel"), limit=10) == expected
