"""CSV and TSV (:mod:`seismo.ingest.csv`): a file without a text column is named with its columns."""

from __future__ import annotations

from pathlib import Path


def test_csv_without_text_column(read, write, messages, tmp_path: Path) -> None:
    _, report = read(write(tmp_path / "x.csv", "id,body\n1,Police fired tear gas.\n"))
    assert messages(report) == [f"{tmp_path / 'x.csv'} line 1: no 'text' column (columns: id, body); "
                                "name the article text column 'text'"]
