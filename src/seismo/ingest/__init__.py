"""Ingest: files, folders and stdin in, :class:`~seismo.model.Article` records out.

    >>> report = IngestReport()
    >>> for article in read_inputs(["samples/"], report=report):
    ...     ...
    >>> print(report.summary())
    read 20 articles, skipped 0, 0 warnings

Each input is a file, a folder (read recursively in sorted order, see
:mod:`seismo.ingest.folder`) or ``"-"`` for stdin.  Files are read by extension:

=====================  ==================================================================
``.txt`` ``.md``        one article in the seed text format (:mod:`seismo.ingest.text`)
``.jsonl`` ``.ndjson``  one article object per line (:mod:`seismo.ingest.jsonl`)
``.json``               a list of article objects, or one
``.csv`` ``.tsv``       a header row, then one article per row (:mod:`seismo.ingest.csv`)
``.html`` ``.htm``      a saved web page; main text by trafilatura (:mod:`seismo.ingest.html`)
anything else           read as text when it is UTF-8 text, else skipped
=====================  ==================================================================

stdin is sniffed: JSON Lines when its first line is a JSON object, a JSON list when it
parses as one, the text format otherwise.

Bad input never stops a run: a file, line or record that cannot be read is added to
``report.skipped`` as an :class:`~seismo.errors.InputError` whose message names the file,
the line, the problem and the fix, and everything around it is still read.  An article
whose id was already yielded in this run is dropped (``report.duplicates``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from seismo.errors import ConfigError, InputError
from seismo.contract.ids import article_id
from seismo.ingest.csv import read_csv, read_tsv
from seismo.ingest.folder import walk
from seismo.ingest.html import read_html
from seismo.ingest.jsonl import loads, parse_json, parse_jsonl, read_json, read_jsonl
from seismo.ingest.records import ReadOptions
from seismo.ingest.report import IngestReport
from seismo.ingest.source import SNIFF_BYTES, Where, decode, is_binary, os_problem
from seismo.ingest.text import article_from_text, read_text, read_unknown
from seismo.model import Article

__all__ = ["READERS", "IngestReport", "ReadOptions", "read_inputs"]

Reader = Callable[..., Iterator[Article]]

#: file extension (lower case) → reader
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".html": read_html,
    ".htm": read_html,
}

STDIN_NAME = "<stdin>"


def read_inputs(
    inputs: Iterable[str | Path] | str | Path,
    *,
    report: IngestReport,
    default_date: dt.date | None = None,
    max_chars: int = 1_000_000,
    stdin: TextIO | None = None,
) -> Iterator[Article]:
    """Every article in ``inputs`` (files, folders, ``"-"`` for stdin), lazily, each id once.

    report: filled as the articles are read: counts, skipped inputs, warnings.
    default_date: publication date for articles that give none or give one that is not a
        date (the latter with a warning).
    max_chars: articles longer than this are skipped with a message giving both sizes.
    stdin: the stream ``"-"`` reads (default: ``sys.stdin``, decoded as UTF-8).
    """
    if max_chars < 1:
        raise ConfigError(f"max_chars must be a positive number of characters, got {max_chars!r}")
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    options = ReadOptions(default_date=default_date, max_chars=max_chars)
    seen: dict[str, tuple[str, str]] = {}  # id → (origin, text hash) of the first article
    for item in inputs:
        for article in _read_input(item, options=options, report=report, stdin=stdin):
            if _is_repeat(article, seen, report=report):
                continue
            report.read += 1
            yield article


def _is_repeat(article: Article, seen: dict[str, tuple[str, str]], *, report: IngestReport) -> bool:
    digest = article_id(article.text)
    first = seen.get(article.id)
    if first is None:
        seen[article.id] = (article.origin or "", digest)
        return False
    report.duplicates += 1
    if first[1] != digest:
        report.warn(
            f"{article.origin}: id {article.id!r} was already read from {first[0]} with a different "
            "text; kept the first (give each article its own id)"
        )
    return True


def _read_input(
    item: str | Path, *, options: ReadOptions, report: IngestReport, stdin: TextIO | None
) -> Iterator[Article]:
    if str(item) == "-":
        yield from _guarded(Where(STDIN_NAME), read_stdin, stdin, options=options, report=report)
        return
    path = Path(item)
    if path.is_dir():
        for file in walk(path, report=report):
            yield from read_file(file, options=options, report=report)
    elif path.exists() or path.is_symlink():
        yield from read_file(path, options=options, report=report)
    else:
        report.skip(InputError(str(path), "no such file or folder; check the path"))


def read_file(path: Path, *, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The articles of one file, by its extension; what fails goes to ``report.skipped``."""
    reader = READERS.get(path.suffix.lower(), read_unknown)
    yield from _guarded(Where(str(path)), reader, path, options=options, report=report)


def _guarded(where: Where, reader: Reader, source: object, *, options: ReadOptions,
             report: IngestReport) -> Iterator[Article]:
    """Run one reader; an ``InputError`` or ``OSError`` ends that input only, and so does any
    other error a reader's parser raises on input nobody foresaw (reported with its type: a
    bad input never stops the batch)."""
    try:
        yield from reader(source, where=where, options=options, report=report)
    except InputError as exc:
        report.skip(exc)
    except OSError as exc:
        report.skip(InputError(str(where), os_problem(exc)))
    except (ValueError, RecursionError, UnicodeError, LookupError, TypeError) as exc:
        report.skip(InputError(str(where), f"cannot be read ({type(exc).__name__}: {exc}); check its format"))


def _stdin_text(stdin: TextIO | None, *, where: Where, report: IngestReport) -> str:
    if stdin is not None:
        return stdin.read()
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a replaced sys.stdin (tests, notebooks) that only has text
        return sys.stdin.read()
    data = buffer.read()
    if is_binary(data[:SNIFF_BYTES]):
        raise InputError(str(where), "binary input (NUL bytes); pipe in UTF-8 text or JSON Lines")
    return decode(data, where=where, report=report)


def sniff(text: str) -> str:
    """``"jsonl"``, ``"json"`` or ``"text"``: the format of text given on stdin."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0]
        try:
            if isinstance(loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    if stripped.startswith(("[", "{")):
        try:
            loads(stripped)
            return "json"
        except json.JSONDecodeError:
            pass
    return "text"


def read_stdin(
    stdin: TextIO | None, *, where: Where, options: ReadOptions, report: IngestReport
) -> Iterator[Article]:
    """The articles piped in on stdin: JSON Lines, JSON or one text-format article."""
    text = _stdin_text(stdin, where=where, report=report)
    if "\x00" in text[:SNIFF_BYTES]:
        raise InputError(str(where), "binary input (NUL characters); pipe in UTF-8 text or JSON Lines")
    if not text.strip():
        raise InputError(str(where), "empty input; pipe in text or JSON Lines")
    kind = sniff(text)
    if kind == "jsonl":
        yield from parse_jsonl(enumerate(text.split("\n"), 1), where=where, options=options, report=report)
    elif kind == "json":
        yield from parse_json(text, where=where, options=options, report=report)
    else:
        yield article_from_text(text, where=where, options=options, report=report)
