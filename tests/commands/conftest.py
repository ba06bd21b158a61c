"""Fixtures for the CLI tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner


@pytest.fixture()
def runner(pipeline, monkeypatch):
    # the CLI builds its own Pipeline; share the session's loaded resources to keep tests fast
    import seismo.pipeline as pipeline_module

    shared = pipeline.resources
    original = pipeline_module.Pipeline.__init__

    def init(self, steps=None, *, settings=None, resources=None):
        original(self, steps, settings=settings, resources=resources or shared)

    monkeypatch.setattr(pipeline_module.Pipeline, "__init__", init)
    return CliRunner()
