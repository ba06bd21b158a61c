"""The plain-text format (``.txt``, ``.md``, unknown extensions, text on stdin).

A file is one article.  It may start with header lines, which are metadata and are taken
out of the article text::

    date 2022-01-07 The troops of the Collective Security Treaty Organization ...

* ``date YYYY-MM-DD`` — a line prefix: the article text may go on after the date on the
  same line (as above) or start on the next line.  A date word not followed by a value
  with a digit ("date palms ...") is ordinary text.
* ``title …`` and ``source …`` — the rest of the line is the value;
* ``url …`` and ``id …`` — one word, the rest of the line must be empty.

Keys are lower case, may end in a colon (``date: 2022-01-07``) and may be indented; blank
lines between headers are allowed.  The article text is what follows, with line endings
made ``\\n`` and surrounding whitespace stripped.  Without a ``title`` header the title is
``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from seismo.errors import InputError
from seismo.ingest.records import ReadOptions, article_from_record, parse_date
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where, decode, decode_strict, read_bytes
from seismo.model import Article

_KEY = re.compile(r"[ \t]*(date|title|source|url|id):?[ \t]+")
_WORD = re.compile(r"(\S+)[ \t]*")
#: bytes a file may have per allowed character (UTF-8 needs at most 4) plus room for headers
_BYTES_PER_CHAR = 4
_HEADER_ROOM = 4096


def split_header(text: str) -> tuple[dict[str, tuple[str, int]], str]:
    """The header fields (``key → (value, line number)``) and the article text after them."""
    meta: dict[str, tuple[str, int]] = {}
    pos, line_no = 0, 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        match = _KEY.match(line)
        if not line.strip():
            pos, line_no = end + 1, line_no + 1
            continue
        if not match:
            break
        key, rest = match.group(1), line[match.end():]
        word = _WORD.match(rest)
        if key == "date":
            if not word or not any(c.isdigit() for c in word.group(1)):
                break
            meta[key] = (word.group(1), line_no)
            if rest[word.end():].strip():  # the article starts on the date line
                pos += match.end() + word.end()
                break
        elif key in ("url", "id"):
            if not word or rest[word.end():].strip():
                break
            meta[key] = (word.group(1), line_no)
        else:
            if not rest.strip():
                break
            meta[key] = (rest.strip(), line_no)
        pos, line_no = end + 1, line_no + 1
    return meta, text[pos:]


def article_from_text(text: str, *, where: Where, options: ReadOptions, report: IngestReport) -> Article:
    """One article from a text in the seed format; ``InputError`` when it has no text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_header(text)
    body = body.strip()
    if not body:
        problem = "no article text after the header" if meta else "no article text (only whitespace)"
        raise InputError(str(where), problem)
    record: dict[str, Any] = {key: value for key, (value, _) in meta.items()}
    record["text"] = body
    if "date" in meta:
        value, line_no = meta["date"]
        record["date"] = parse_date(value, where=where.at(line_no), options=options, report=report)
    return article_from_record(record, where=where, options=options, report=report)


def _max_bytes(options: ReadOptions) -> int:
    return options.max_chars * _BYTES_PER_CHAR + _HEADER_ROOM


def read_text(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The one article in a text file (``.txt`` / ``.md``); bad UTF-8 is replaced with a warning."""
    data = read_bytes(path, where=where, max_bytes=_max_bytes(options))
    yield article_from_text(decode(data, where=where, report=report), where=where, options=options, report=report)


def read_unknown(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """A file of an unknown type: read as text when it is UTF-8 text, else skipped."""
    data = read_bytes(path, where=where, max_bytes=_max_bytes(options))
    text = decode_strict(data)
    if text is None:
        kind = f"'{path.suffix}'" if path.suffix else "without an extension"
        raise InputError(
            str(where),
            f"unknown file type {kind} and not UTF-8 text; convert it to UTF-8 text, or name it "
            ".txt, .jsonl, .json, .csv, .tsv or .html",
        )
    yield article_from_text(text, where=where, options=options, report=report)
