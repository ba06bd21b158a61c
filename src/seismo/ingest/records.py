"""From a parsed record (a JSON object, a CSV row, a text file's header) to an :class:`Article`.

The field rules every structured format shares:

* ``text`` is required, must be a non-blank string and at most ``max_chars`` characters;
  it is kept exactly as given, so character offsets computed on the source stay valid.
* ``id`` (string or integer) is kept as the article id; without one the id is
  :func:`seismo.contract.ids.article_id` of the text.
* ``date`` is ``YYYY-MM-DD``, optionally followed by a time (``2022-01-07T10:00:00Z``);
  the time is dropped.  A missing date falls back to ``default_date``; a date that is not
  a date raises :class:`~seismo.errors.DateError`, unless ``default_date`` is given, in
  which case that is used and a warning says so.
* ``title``, ``source`` and ``url`` are optional strings.  ``uri`` is read as ``url`` and
  ``published`` as ``date`` when those are absent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from seismo.errors import DateError, InputError
from seismo.contract.ids import article_id
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where
from seismo.model import Article

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\S*)?")

#: field name → other names read when the field itself is absent
ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("published",),
    "url": ("uri",),
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What every reader needs besides the input.

    default_date: the publication date of articles that give none (and of those whose
        date is unreadable, with a warning).
    max_chars: longer articles are skipped with a message giving both sizes.
    """

    default_date: dt.date | None = None
    max_chars: int = 1_000_000


def _field(record: Mapping[str, Any], name: str) -> Any:
    for key in (name, *ALIASES.get(name, ())):
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def parse_date(value: Any, *, where: Where, options: ReadOptions, report: IngestReport) -> dt.date | None:
    """A ``date`` field's value as a date; ``options.default_date`` when missing.

    Raises ``DateError`` naming the place, the value and the fix when the value is not a
    date and no default date was given.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return options.default_date
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _DATE.fullmatch(value.strip())
        if match:
            try:
                return dt.date.fromisoformat(match.group(1))
            except ValueError:
                pass
    problem = f"'date' must be YYYY-MM-DD, got {value!r}"
    if options.default_date is None:
        raise DateError(str(where), f"{problem}; fix the line or pass --default-date")
    report.warn(f"{where}: {problem}; used the default date {options.default_date.isoformat()}")
    return options.default_date


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: str) -> str:
    """``value`` without NUL characters and with lone surrogates replaced by U+FFFD: what every
    store and file can hold (see :func:`storable`, which also warns)."""
    return _SURROGATE.sub("\ufffd", value.replace("\x00", ""))


def storable(value: str, name: str, *, where: Where, report: IngestReport) -> str:
    """``value`` as every store and file can hold it: NUL characters removed (PostgreSQL refuses
    them in text), lone surrogates (from JSON escapes such as "\\ud800") replaced with U+FFFD;
    each with a warning naming the field."""
    if "\x00" in value:
        value = value.replace("\x00", "")
        report.warn(f"{where}: NUL characters in {name!r} removed")
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
        report.warn(f"{where}: lone surrogate escapes in {name!r} replaced with U+FFFD")
    return value


def check_text(text: str, *, where: Where, options: ReadOptions) -> None:
    """Refuse blank and oversized article text with an ``InputError``."""
    if not text.strip():
        raise InputError(str(where), "no article text (it is empty or only whitespace)")
    if len(text) > options.max_chars:
        raise InputError(
            str(where),
            f"article is {len(text):,} characters, over the limit of {options.max_chars:,}; "
            "split it or raise max_article_chars",
        )


def _optional_str(record: Mapping[str, Any], name: str, *, where: Where, report: IngestReport) -> str | None:
    value = _field(record, name)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        report.warn(
            f"{where}: {name!r} must be a string, got {type(value).__name__}; ignored it "
            "(and on any later line of the file)",
            once=f"{where.name}\x1f{name}\x1ftype",
        )
        return None
    return storable(value, name, where=where, report=report).strip() or None


def _article_key(record: Mapping[str, Any], text: str, *, where: Where, report: IngestReport) -> str:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value not in (None, ""):
        report.warn(
            f"{where}: 'id' must be a string or an integer, got {type(value).__name__}; "
            "used a hash of the text instead (and on any later line of the file)",
            once=f"{where.name}\x1fid\x1ftype",
        )
    return article_id(text)


def article_from_record(
    record: Mapping[str, Any], *, where: Where, options: ReadOptions, report: IngestReport
) -> Article:
    """An Article from one record's fields; ``InputError`` / ``DateError`` when it cannot be."""
    text = record.get("text")
    if text is None:
        fields = ", ".join(repr(k) for k in record) or "none"
        raise InputError(
            str(where), f"no 'text' field (fields: {fields}); every record needs the article text in 'text'"
        )
    if not isinstance(text, str):
        raise InputError(str(where), f"'text' must be a string, got {type(text).__name__}")
    text = storable(text, "text", where=where, report=report)
    check_text(text, where=where, options=options)
    return Article(
        id=_article_key(record, text, where=where, report=report),
        text=text,
        date=parse_date(_field(record, "date"), where=where, options=options, report=report),
        title=_optional_str(record, "title", where=where, report=report),
        source=_optional_str(record, "source", where=where, report=report),
        url=_optional_str(record, "url", where=where, report=report),
        origin=where.origin,
    )
