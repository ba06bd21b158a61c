"""HTML pages (``.html`` / ``.htm``) saved to disk: main text, title and date by trafilatura.

Offline by construction: only the bytes of the file are read, nothing is fetched, and the
date comes from the page's own markup (meta tags, JSON-LD, ``<time>`` elements, the
canonical URL) rather than from a search through the article text.  The title and
site name come from the page's metadata; ``url`` is the page's canonical link, if any.
trafilatura is imported on first use, so importing seismo stays cheap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from seismo.errors import InputError
from seismo.ingest.records import ReadOptions, check_text
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where, read_bytes
from seismo.contract.ids import article_id
from seismo.model import Article

#: markup makes pages much bigger than their text; refuse files beyond this many bytes per char
_BYTES_PER_CHAR = 16
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def extract_html(data: bytes | str) -> Any:
    """trafilatura's document (text + metadata) for an HTML page, or ``None`` if it finds no text."""
    import trafilatura  # heavy: imported on first use

    return trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def _page_date(value: str | None, *, where: Where, options: ReadOptions, report: IngestReport) -> dt.date | None:
    if not value:
        return options.default_date
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        report.warn(f"{where}: the page's date {value!r} is not a date; "
                    f"used {options.default_date or 'no date'} instead")
        return options.default_date


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def read_html(path: Path, *, where: Where, options: ReadOptions, report: IngestReport) -> Iterator[Article]:
    """The main article of a saved HTML page."""
    data = read_bytes(path, where=where, max_bytes=options.max_chars * _BYTES_PER_CHAR, what="page")
    doc = extract_html(data)
    text = _text(getattr(doc, "text", None)) if doc is not None else None
    if text is None:
        raise InputError(str(where), "no main text found in the HTML page (empty, or only navigation)")
    check_text(text, where=where, options=options)
    yield Article(
        id=article_id(text),
        text=text,
        date=_page_date(getattr(doc, "date", None), where=where, options=options, report=report),
        title=_text(getattr(doc, "title", None)),
        source=_text(getattr(doc, "sitename", None)) or _text(getattr(doc, "hostname", None)),
        url=_text(getattr(doc, "url", None)),
        origin=where.origin,
    )
