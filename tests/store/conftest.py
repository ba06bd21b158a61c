"""Fixtures for the store tests: SQLite stores (empty, or holding the four sample articles of
:func:`seismo.store.samples.sample_results`), an optional PostgreSQL store, and read helpers
over stored rows that several test files share."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from seismo.store import Store
from seismo.store.samples import sample_results


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A file store holding the four sample articles (read-only tests share it)."""
    store = Store.open(tmp_path_factory.mktemp("store") / "seismo.db")
    store.write(sample_results())
    return store


@pytest.fixture()
def store(tmp_path, sqlite_copy) -> Iterator[Store]:
    """An empty file store (a copy of one made once per session, see ``sqlite_copy``)."""
    s = Store.open(sqlite_copy(tmp_path / "seismo.db"))
    yield s
    s.close()


@pytest.fixture()
def pg_store() -> Iterator[Store]:
    """A clean store on the PostgreSQL server named by SEISMO_TEST_PG (skipped when unset)."""
    url = os.environ.get("SEISMO_TEST_PG")
    if not url:
        if os.environ.get("SEISMO_REQUIRE_PG"):  # CI starts a server: none is a failure there
            pytest.fail("SEISMO_REQUIRE_PG is set but SEISMO_TEST_PG names no server")
        pytest.skip("set SEISMO_TEST_PG=postgresql+psycopg://... to run the PostgreSQL tests")
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    store = Store.open(url)
    yield store
    store.close()


@pytest.fixture(scope="session")
def triggers() -> Callable[..., set[str]]:
    """``triggers(hits)``: the trigger texts of some event hits."""

    def texts(hits) -> set[str]:
        return {h.event.trigger.text for h in hits}

    return texts


@pytest.fixture(scope="session")
def rollup_rows() -> Callable[[Store], list[tuple]]:
    """``rollup_rows(store)``: the ``daily_counts`` rollup, sorted."""

    def rows_of(store: Store) -> list[tuple]:
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT day, country, type, events FROM daily_counts").all()
        return sorted((str(d), c or "", t, n) for d, c, t, n in rows)

    return rows_of


@pytest.fixture(scope="session")
def recounted() -> Callable[[Store], list[tuple]]:
    """``recounted(store)``: what the rollup must hold, counted again from ``event_reports``."""

    def count(store: Store) -> list[tuple]:
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT date_earliest, country, type, count(DISTINCT event_id) FROM event_reports "
                "WHERE modality = 'asserted' AND date_precision = 'day' AND date_earliest IS NOT NULL "
                "GROUP BY 1, 2, 3").all()
        return sorted((str(d), c or "", t, n) for d, c, t, n in rows)

    return count
