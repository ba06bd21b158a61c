"""The ingest report (:mod:`seismo.ingest.report`): its one-line summary."""

from __future__ import annotations

import pytest

from seismo.errors import InputError
from seismo.ingest import IngestReport


@pytest.mark.parametrize(
    ("read_", "skipped", "warnings", "line"),
    [
        (20, 2, 1, "read 20 articles, skipped 2 (see above), 1 warning"),
        (1, 0, 0, "read 1 article, skipped 0, 0 warnings"),
        (1234, 0, 3, "read 1,234 articles, skipped 0, 3 warnings"),
    ],
)
def test_summary(read_: int, skipped: int, warnings: int, line: str) -> None:
    report = IngestReport(read=read_, skipped=[InputError("x", "y")] * skipped, warnings=["w"] * warnings)
    assert report.summary() == line
