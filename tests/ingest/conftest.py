"""Fixtures for the ingest tests: read inputs into articles and a report, write input files,
the messages of skipped input, and the folder of test inputs (tests/data/ingest)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from seismo.ingest import IngestReport, read_inputs
from seismo.model import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    """tests/data/ingest: one small file per format, with bad records (see its README)."""
    assert DATA.is_dir(), DATA
    return DATA


@pytest.fixture(scope="session")
def read() -> Callable[..., tuple[list[Article], IngestReport]]:
    """``read(*inputs, **options) -> (articles, report)``: :func:`seismo.ingest.read_inputs`, collected."""

    def run(*inputs: str | Path, **options) -> tuple[list[Article], IngestReport]:
        report = IngestReport()
        return list(read_inputs(list(inputs), report=report, **options)), report

    return run


@pytest.fixture(scope="session")
def write() -> Callable[[Path, str | bytes], Path]:
    """``write(path, content) -> path``: text is written as UTF-8, bytes as they are."""

    def put(path: Path, content: str | bytes) -> Path:
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return put


@pytest.fixture(scope="session")
def messages() -> Callable[[IngestReport], list[str]]:
    """``messages(report)``: the message of each skipped input."""

    def of(report: IngestReport) -> list[str]:
        return [str(error) for error in report.skipped]

    return of
