"""From a path to text: reading bytes safely, spotting binary files, decoding UTF-8.

Every reader goes through here, so the bad-input rules are the same for every format:

* a file that cannot be opened (missing, a broken link, permission denied) → ``InputError``;
* an empty file → ``InputError("empty file")``;
* NUL bytes in the first 8 KiB (and no UTF-16/32 byte-order mark) → ``InputError("binary file")``;
* a UTF-8 byte-order mark is dropped; UTF-16 or UTF-32 with a byte-order mark is decoded, and
  refused (``InputError``) when its bytes do not decode;
* bytes that are not UTF-8 are replaced with U+FFFD and a warning names the file (and line);
  a whole file whose characters are more than :data:`MAX_NOT_TEXT` undecodable or control
  characters is refused as not text, never stored.
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from seismo.errors import InputError
from seismo.ingest.report import IngestReport

#: how much of a file is looked at to decide whether it is binary
SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
#: the largest share of a file's non-space characters that may be undecodable (U+FFFD) or
#: control characters before the file is refused as not text
MAX_NOT_TEXT = 0.1
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def bom_encoding(head: bytes) -> str | None:
    """``utf-32`` / ``utf-16`` when ``head`` starts with that byte-order mark, else None."""
    if head.startswith(_UTF32_BOMS):  # before UTF-16: FF FE 00 00 also starts with FF FE
        return "utf-32"
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    return None


def not_text_share(text: str) -> float:
    """The share of ``text``'s non-space characters that are U+FFFD or control characters."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    bad = sum(1 for c in chars if c == "\ufffd" or (ord(c) < 32 and c not in _TEXT_CONTROLS) or c == "\x7f")
    return bad / len(chars)


def _check_text(text: str, *, where: Where, how: str) -> str:
    share = not_text_share(text)
    if share > MAX_NOT_TEXT:
        raise InputError(
            str(where),
            f"not text: {share:.0%} of its characters are undecodable or control characters ({how}); "
            "give UTF-8 text, JSONL, JSON, CSV or HTML",
        )
    return text


@dataclass(frozen=True, slots=True)
class Where:
    """Where something was read: a file name and, for line-based formats, a line or item number.

    ``str(where)`` is the human form used in error messages (``"news.jsonl line 14"``);
    ``where.origin`` the compact form stored in :attr:`Article.origin` (``"news.jsonl:14"``).
    """

    name: str
    line: int | None = None
    unit: str = "line"

    def __str__(self) -> str:
        return self.name if self.line is None else f"{self.name} {self.unit} {self.line}"

    @property
    def origin(self) -> str:
        if self.line is None:
            return self.name
        return f"{self.name}{':' if self.unit == 'line' else '#'}{self.line}"

    def at(self, line: int, unit: str = "line") -> "Where":
        return Where(self.name, line, unit)


def os_problem(exc: OSError) -> str:
    """The ``problem`` text of an ``InputError`` for a file that could not be read."""
    reason = exc.strerror or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return f"cannot read: {reason} (a missing file or a broken link); check the path"
    if isinstance(exc, PermissionError):
        return f"cannot read: {reason}; check the file's permissions"
    return f"cannot read: {reason}"


def is_binary(head: bytes) -> bool:
    """True for bytes that look like a binary file: NUL bytes, unless a UTF-16/32 mark says why."""
    return b"\x00" in head and bom_encoding(head) is None


def _binary_error(where: Where) -> InputError:
    return InputError(
        str(where),
        f"binary file (NUL bytes in the first {SNIFF_BYTES // 1024} KiB); "
        "give UTF-8 text, JSONL, JSON, CSV or HTML",
    )


def _empty_error(where: Where) -> InputError:
    return InputError(str(where), "empty file; nothing to read")


def read_bytes(path: Path, *, where: Where, max_bytes: int | None = None, what: str = "article") -> bytes:
    """The whole file, refusing missing, empty, binary and oversized files with an ``InputError``.

    ``max_bytes`` guards against reading a file far too big to hold an article at all.
    """
    try:
        size = os.stat(path).st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(
                str(where),
                f"file is {size:,} bytes, too big for one {what} (limit {max_bytes:,} bytes); "
                "split it or raise max_article_chars",
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(str(where), "is a folder where a file was expected") from None
    except OSError as exc:
        raise InputError(str(where), os_problem(exc)) from exc
    if not data:
        raise _empty_error(where)
    if is_binary(data[:SNIFF_BYTES]):
        raise _binary_error(where)
    return data


def decode(data: bytes, *, where: Where, report: IngestReport) -> str:
    """Bytes to text: UTF-8 (BOM dropped) or BOM-marked UTF-16/32; bad UTF-8 bytes replaced with a
    warning; ``InputError`` for a BOM-marked file that does not decode or a file that is not text."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                str(where),
                f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} text "
                f"(bad bytes at offset {exc.start:,}); convert it to UTF-8",
            ) from None
        return _check_text(text, where=where, how=encoding.upper())
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return _check_text(data.decode("utf-8"), where=where, how="UTF-8")
    except UnicodeDecodeError as exc:
        text = _check_text(data.decode("utf-8", errors="replace"), where=where, how="not UTF-8")
        report.warn(
            f"{where}: not valid UTF-8 (first bad byte at offset {exc.start:,}); "
            "undecodable bytes replaced with U+FFFD (convert the input to UTF-8)"
        )
        return text


def decode_strict(data: bytes) -> str | None:
    """UTF-8 (or BOM-marked UTF-16/32) text, or ``None`` when the bytes are not text."""
    encoding = bom_encoding(data) or "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if not_text_share(text) <= MAX_NOT_TEXT else None


def iter_lines(path: Path, *, where: Where, report: IngestReport) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` pairs of a line-based file, streamed, split on ``\\n`` only.

    Lines keep their line ending (the csv module wants it).  Lines that are not UTF-8 are
    decoded with replacement; one warning at the end names how many and the first.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; a generator owns it
    except IsADirectoryError:
        raise InputError(str(where), "is a folder where a file was expected") from None
    except OSError as exc:
        raise InputError(str(where), os_problem(exc)) from exc
    with handle:
        head = handle.read(SNIFF_BYTES)
        if not head:
            raise _empty_error(where)
        if is_binary(head):
            raise _binary_error(where)
        handle.seek(0)
        encoding = bom_encoding(head)
        if encoding is not None:
            text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
            for number, line in enumerate(text, 1):
                yield number, line
            return
        bad: list[int] = []
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                bad.append(number)
                line = raw.decode("utf-8", errors="replace")
            yield number, line
        if bad:
            report.warn(
                f"{where.at(bad[0])}: not valid UTF-8 ({len(bad):,} line{'s' if len(bad) > 1 else ''} "
                "in the file); undecodable bytes replaced with U+FFFD (convert the input to UTF-8)"
            )
