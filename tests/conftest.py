"""Shared fixtures: one real pipeline per test session, the shared evaluation data, the seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEISMO_SHARED", REPO.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline with the real model, loaded once for the whole session."""
    from seismo import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy Language (model + seismo's ruler)."""
    return pipeline.resources.nlp


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip with a message where it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED / "seed" / "kazakhstan-2022-01-07.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path
