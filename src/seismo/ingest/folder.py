"""Folders: every file below, recursively, in sorted order, dispatched on its extension.

* entries are sorted by name at each level, so a folder always reads in the same order;
* hidden files and folders (names starting with ``.``) are skipped, and so are a
  folder's documentation files (``README``, ``LICENSE``, ``LICENCE``, ``CHANGELOG``,
  ``COPYING``, ``NOTICE``, any extension) — give such a file by name to read it;
* links to files are followed; links to folders are not (no cycles), with a warning;
* a sub-folder that cannot be listed is skipped with an error; the others are read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from seismo.errors import InputError
from seismo.ingest.report import IngestReport
from seismo.ingest.source import Where, os_problem

DOC_STEMS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING", "NOTICE"})


def _skipped_name(name: str) -> bool:
    return name.startswith(".") or name.partition(".")[0].upper() in DOC_STEMS


def walk(folder: Path, *, report: IngestReport) -> Iterator[Path]:
    """The files to read below ``folder``; unreadable folders go to ``report.skipped``."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        report.skip(InputError(str(Where(str(folder))), f"{os_problem(exc)} (folder)"))
        return
    for entry in entries:
        if _skipped_name(entry.name):
            continue
        path = folder / entry.name
        try:
            is_dir, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError as exc:  # pragma: no cover - stat failures are rare after scandir
            report.skip(InputError(str(path), os_problem(exc)))
            continue
        if is_dir and is_link:
            report.warn(f"{path}: a link to a folder; not followed (give its target to read it)")
        elif is_dir:
            yield from walk(path, report=report)
        elif is_file or is_link:
            yield path  # files, links to files, broken links: the reader reports what fails
        else:
            report.warn(f"{path}: not a regular file (a pipe, socket or device); not read")
