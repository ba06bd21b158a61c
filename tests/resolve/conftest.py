"""Fixtures for the resolver tests."""

from __future__ import annotations

import pytest

from seismo.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer(pipeline) -> Gazetteer:
    """The session pipeline's gazetteer (built once, then read from the cache)."""
    return pipeline.resources.gazetteer
