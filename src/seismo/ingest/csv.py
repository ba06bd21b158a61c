"""CSV (``.csv``, comma-separated) and TSV (``.tsv``, tab-separated) inputs.

The first row names the columns; ``text`` is required, ``id``, ``date``, ``title``, ``url``
and ``source`` are optional, other columns are ignored.  Quoted fields may span lines;
errors name the line a record starts on.  A file without a ``text`` column is skipped as
a whole; a row without text is skipped on its own and the rest of the file is read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from seismo.errors import InputError
from seismo.ingest.records import ReadOptions, article_from_record
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where, iter_lines
from seismo.model import Article


class _Lines:
    """Feeds the csv reader line by line while remembering the last line number."""

    def __init__(self, lines: Iterator[tuple[int, str]]) -> None:
        self._lines = lines
        self.number = 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        self.number, line = next(self._lines)
        return line


def _raise_field_limit(max_chars: int) -> None:
    # the csv module caps fields at 131,072 characters by default; articles may be longer
    if csv.field_size_limit() <= max_chars:
        csv.field_size_limit(max_chars + 1)


def read_csv(
    path: Path, *, where: Where, options: ReadOptions, report: IngestReport, delimiter: str = ","
) -> Iterator[Article]:
    """The articles of a CSV file (``delimiter=","``) or TSV file (``delimiter="\\t"``)."""
    _raise_field_limit(options.max_chars)
    lines = _Lines(iter_lines(path, where=where, report=report))
    rows = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    try:
        for row in rows:
            if any(cell.strip() for cell in row):
                header = [cell.strip().lower() for cell in row]
                break
    except csv.Error as exc:
        raise InputError(str(where.at(lines.number)), f"cannot parse the header row ({exc})") from None
    if header is None:
        raise InputError(str(where), "no header row (the file is blank)")
    if "text" not in header:
        raise InputError(
            str(where.at(lines.number)),
            f"no 'text' column (columns: {', '.join(header)}); name the article text column 'text'",
        )
    records = 0
    while True:
        start = lines.number + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            report.skip(InputError(str(where.at(start)), f"cannot parse the row ({exc})"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        records += 1
        record = {name: cell for name, cell in zip(header, row) if name}
        try:
            article = article_from_record(record, where=where.at(start), options=options, report=report)
        except InputError as exc:
            report.skip(exc)
            continue
        yield article
    if records == 0:
        raise InputError(str(where), "a header row but no articles")


def read_tsv(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The articles of a tab-separated file."""
    yield from read_csv(path, where=where, options=options, report=report, delimiter="\t")
