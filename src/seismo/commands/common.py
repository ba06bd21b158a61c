"""What the CLI verbs share: settings from flags, error mapping, the input summary line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from seismo.config import Settings
from seismo.errors import SeismoError

F = TypeVar("F", bound=Callable[..., Any])

#: every verb answers -h as well as --help, however it is invoked (group, direct, tests)
HELP: dict[str, Any] = {"help_option_names": ["-h", "--help"]}

db_option = click.option(
    "--db", "db_url", default=None, envvar="SEISMO_DB", show_default="seismo.db",
    help="SQLite file or SQLAlchemy URL of the store.",
)


def settings_from(db_url: str | None = None, **overrides: Any) -> Settings:
    return Settings.from_env(db_url=db_url, **overrides)


def library_errors(func: F) -> F:
    """Turn seismo's own errors into a clean one-line CLI error (exit code 1)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SeismoError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"must be YYYY-MM-DD, got {value!r}") from None
