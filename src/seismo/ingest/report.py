"""The ingest report: what was read, what was skipped and why, what was odd.

The one mutable record in seismo: readers append to it as they go, so a caller iterating
:func:`seismo.ingest.read_inputs` lazily can look at it at any time, and print
:meth:`IngestReport.summary` at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seismo.errors import InputError


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


@dataclass
class IngestReport:
    """Mutable accumulator filled while inputs are read.

    read: articles yielded.
    skipped: one :class:`~seismo.errors.InputError` per file, line or record left out;
        its message names the file and line, the problem and the fix.
    warnings: things read but not as given (bytes replaced, a fallback date used, ...).
    duplicates: articles left out because an article with the same id was already yielded
        in this run.
    """

    read: int = 0
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: int = 0
    _once: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def skip(self, error: InputError) -> None:
        """Record a file, line or record that was left out."""
        self.skipped.append(error)

    def warn(self, message: str, *, once: str | None = None) -> None:
        """Record something read, but not quite as given.

        once: a key for a warning that would repeat on every line of a file
            (``"news.jsonl 'source' type"``): only the first with that key is kept.
        """
        if once is not None:
            if once in self._once:
                return
            self._once.add(once)
        self.warnings.append(message)

    def summary(self) -> str:
        """One line: ``"read 20 articles, skipped 2 (see above), 1 warning"``."""
        skipped = f"skipped {len(self.skipped):,}" + (" (see above)" if self.skipped else "")
        parts = [f"read {_plural(self.read, 'article')}", skipped, _plural(len(self.warnings), "warning")]
        if self.duplicates:
            parts.append(f"{_plural(self.duplicates, 'duplicate')} dropped")
        return ", ".join(parts)
