"""JSON Lines (``.jsonl`` / ``.ndjson``) and JSON (``.json``) inputs.

JSONL: one JSON object per line, with the fields described in :mod:`seismo.ingest.records`
(``text`` required; ``id``, ``date``, ``title``, ``url``, ``source`` optional).  Blank lines
are ignored.  A line that is not JSON, not an object or has no usable ``text`` is skipped
with an error naming the file and line; the rest of the file is read.

JSON: a list of such objects, or a single object.  Errors name the item (1-based).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from seismo.errors import InputError
from seismo.ingest.records import ReadOptions, article_from_record
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where, decode, iter_lines, read_bytes
from seismo.model import Article


def _record_article(
    value: Any, *, where: Where, options: ReadOptions, report: IngestReport, what: str
) -> Article | None:
    """The article of one JSON value, or ``None`` after recording why it was skipped."""
    try:
        if not isinstance(value, dict):
            raise InputError(
                str(where), f"expected a JSON object with a 'text' field, got {type(value).__name__}; "
                f"each {what} must be one article object"
            )
        return article_from_record(value, where=where, options=options, report=report)
    except InputError as exc:
        report.skip(exc)
        return None


def parse_jsonl(
    lines: Iterable[tuple[int, str]], *, where: Where, options: ReadOptions, report: IngestReport
) -> Iterator[Article]:
    """Articles from numbered JSONL lines; bad lines go to ``report.skipped``."""
    records = 0
    for number, line in lines:
        if not line.strip():
            continue
        records += 1
        here = where.at(number)
        try:
            value = loads(line)
        except json.JSONDecodeError as exc:
            report.skip(InputError(
                str(here), f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object"
            ))
            continue
        article = _record_article(value, where=here, options=options, report=report, what="line")
        if article is not None:
            yield article
    if records == 0:
        raise InputError(str(where), "no JSON lines in the file (only blank lines)")


def loads(text: str) -> Any:
    """``json.loads``, with input nested too deeply for Python's parser reported as the
    ``json.JSONDecodeError`` it is to a reader (never a ``RecursionError``)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("arrays or objects nested too deeply", text, 0) from None


def read_jsonl(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The articles of a JSON Lines file, streamed line by line."""
    yield from parse_jsonl(iter_lines(path, where=where, report=report), where=where, options=options,
                           report=report)


def parse_json(text: str, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """Articles from a JSON document: a list of article objects or one object."""
    try:
        value = loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            str(where.at(exc.lineno)),
            f"not valid JSON ({exc.msg} at column {exc.colno}); give a list of article objects or one object",
        ) from None
    if isinstance(value, dict):
        article = _record_article(value, where=where, options=options, report=report, what="document")
        if article is not None:
            yield article
        return
    if not isinstance(value, list):
        raise InputError(str(where), f"expected a list of article objects or one object, got {type(value).__name__}")
    if not value:
        raise InputError(str(where), "an empty list; nothing to read")
    for number, item in enumerate(value, 1):
        article = _record_article(item, where=where.at(number, "item"), options=options, report=report,
                                  what="item")
        if article is not None:
            yield article


def read_json(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The articles of a ``.json`` file (read whole: JSON cannot be streamed line by line)."""
    data = read_bytes(path, where=where)
    yield from parse_json(decode(data, where=where, report=report), where=where, options=options, report=report)
