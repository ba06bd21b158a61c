"""The ``seismo`` command: one thin command per verb.

Each command parses its options and calls one library function; library errors become
``click.ClickException`` here and nowhere else.  Verb groups live in ``seismo.commands``
(one module each) and are registered below.
"""

from __future__ import annotations

import importlib
import sys

import click

from seismo.version import __version__

#: (module, command attribute) of every verb, in help order
COMMANDS = (
    ("seismo.commands.extract", "extract"),
    ("seismo.commands.extract", "ingest"),
    ("seismo.commands.query", "events"),
    ("seismo.commands.query", "quotes"),
    ("seismo.commands.query", "show"),
    ("seismo.commands.query", "story"),
    ("seismo.commands.query", "export"),
    ("seismo.commands.watch", "alerts"),
    ("seismo.commands.watch", "watch"),
    ("seismo.commands.evaluate", "eval_"),
    ("seismo.commands.evaluate", "bench"),
    ("seismo.commands.train", "train"),
    ("seismo.commands.feeds", "feeds"),
    ("seismo.commands.serve", "serve"),
)


HELP_OPTIONS = ("-h", "--help")


class LazyGroup(click.Group):
    """Imports a command's module only when that command (or help) is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [self._name(attr) for _, attr in COMMANDS if self._available(ctx, attr)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        for module, attr in COMMANDS:
            if self._name(attr) == name:
                try:
                    command = getattr(importlib.import_module(module), attr)
                except (ImportError, AttributeError):
                    return None
                # every verb answers -h as well as --help, however it is reached
                command.context_settings.setdefault("help_option_names", list(HELP_OPTIONS))
                return command
        return None

    def _available(self, ctx: click.Context, attr: str) -> bool:
        return self.get_command(ctx, self._name(attr)) is not None

    @staticmethod
    def _name(attr: str) -> str:
        return attr.rstrip("_").replace("_", "-")


@click.group(cls=LazyGroup, context_settings={"help_option_names": list(HELP_OPTIONS)})
@click.version_option(__version__, prog_name="seismo")
def cli() -> None:
    """seismo: political events, places, dates, counts and quotes from dated news text.

    \b
    Exit status: 0 all done; 1 partly done (some input skipped, each named on
    stderr); 2 nothing done (bad arguments, no store, no readable input).
    The store is --db or $SEISMO_DB (default seismo.db).
    """


def main() -> None:
    """Console entry point (``seismo`` and ``python -m seismo``)."""
    cli(prog_name="seismo")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
