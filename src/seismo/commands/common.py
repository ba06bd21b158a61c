"""What the CLI verbs share: settings from flags, error mapping, exit statuses, the input summary line.

Exit statuses, the same for every verb:

* 0 — everything asked was done;
* 1 — partly done: some input was skipped (each named on stderr), the rest was processed;
* 2 — nothing done: bad arguments, no store, no readable input, or a seismo error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from seismo.config import Settings
from seismo.errors import SeismoError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2

#: every verb answers -h as well as --help, however it is invoked (group, direct, tests)
HELP: dict[str, Any] = {"help_option_names": ["-h", "--help"]}

db_option = click.option(
    "--db", "db_url", default=None, envvar="SEISMO_DB", show_envvar=True, show_default="seismo.db",
    help="SQLite file or SQLAlchemy URL of the store.",
)


class NothingDone(click.ClickException):
    """A one-line error after which nothing was done (exit status 2)."""

    exit_code = EXIT_NOTHING


def settings_from(db_url: str | None = None, **overrides: Any) -> Settings:
    return Settings.from_env(db_url=db_url, **overrides)


def library_errors(func: F) -> F:
    """Turn seismo's own errors into a clean one-line CLI error (exit status 2: nothing done)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SeismoError as exc:
            raise NothingDone(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"must be YYYY-MM-DD, got {value!r}") from None
