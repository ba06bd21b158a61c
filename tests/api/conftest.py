"""Fixtures for the API tests: the app in-process (FastAPI's TestClient) over a temporary SQLite
store holding the four sample articles, with a stand-in for the NLP (no model)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.config import Settings
from seismo.model import Article, Result
from seismo.store import Store


class FakePipeline:
    """Stands in for the NLP: each article comes back with nothing found."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def run_many(self, articles: list[Article]) -> Iterator[Result]:
        for a in articles:
            self.seen.append(a)
            yield Result(article=a, warnings=("events: no event found",))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A store holding the four sample articles: a SQLite file (a copy of one written once per
    session, see ``sqlite_copy``), and the PostgreSQL database named by SEISMO_TEST_PG (skipped
    when unset, failed in CI; see the ``pg_clean_url`` fixture)."""
    if request.param == "postgresql":
        s = Store.open(request.getfixturevalue("pg_samples_url"))
    else:
        s = Store.open(request.getfixturevalue("sqlite_copy")(tmp_path / "api.db", samples=True))
    yield s
    s.close()


@pytest.fixture(scope="session")
def make_client() -> Callable[..., TestClient]:
    """``make_client(store, **settings)``: a TestClient of the app over ``store`` (the fake NLP).

    One app per set of settings for the session, given each test's store and fresh services
    (settings, pipeline, rate limiter) as ``create_app`` gives them: FastAPI builds each app's
    routes on its first request, about 0.2 s, which once per test was a fifth of the suite."""
    from seismo.api.deps import Services

    apps: dict[tuple[tuple[str, object], ...], Any] = {}

    def make(store: Store, **settings: object) -> TestClient:
        config = Settings(db_url=store.url, **settings)  # type: ignore[arg-type]
        key = tuple(sorted(settings.items()))
        app = apps.get(key)
        if app is None:
            app = apps[key] = create_app(config, store=store, pipeline=FakePipeline())
        app.state.store = store
        app.state.services = Services(settings=config, pipeline=FakePipeline())  # type: ignore[arg-type]
        return TestClient(app)

    return make


@pytest.fixture
def client(store: Store, make_client: Callable[..., TestClient]) -> TestClient:
    """A client of the app without a token (the write endpoint is off)."""
    return make_client(store)
