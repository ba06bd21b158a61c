"""The exceptions seismo raises.  Library code raises these; only ``cli`` maps them to exit
codes and only ``api`` to HTTP statuses.

    SeismoError
     ├── InputError          bad input: names the file, line and problem (ingest)
     │    └── DateError      a date that is not a date
     ├── ConfigError         a bad setting or flag value
     ├── ModelError          the spaCy model or a data file is missing or broken
     ├── StoreError          the database cannot be opened, migrated or written
     └── QueryError          a filter value that cannot be used (bad country, bad date)
"""

from __future__ import annotations


class SeismoError(Exception):
    """Base of every error seismo raises on purpose."""


class InputError(SeismoError):
    """An input file, line or record that cannot be read.

    ``origin`` is ``"path"``, ``"path line N"`` or ``"path item N"``; the message says what is wrong and how to fix it.
    """

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class DateError(InputError):
    """A date field that is not a YYYY-MM-DD date."""


class ConfigError(SeismoError):
    """A setting that cannot be used."""


class ModelError(SeismoError):
    """The language model or a bundled data file is missing or unreadable."""


class StoreError(SeismoError):
    """The store cannot be opened, migrated or written."""


class QueryError(SeismoError):
    """A query filter with an unusable value."""
