"""Render a click group's help, and each of its commands', as Markdown (``docs/cli.md``).

    python -m seismo.commands.docs seismo.cli:cli > docs/cli.md      (or: make docs)

The group is passed in (``render(cli)``), or named on the command line as ``module:attribute``,
so this module imports nothing of :mod:`seismo.cli`, which imports the commands.  A test checks
that ``docs/cli.md`` is current.
"""

from __future__ import annotations

import importlib
import sys

import click

#: how docs/cli.md is regenerated (written into its header)
COMMAND = "python -m seismo.commands.docs seismo.cli:cli > docs/cli.md"


def render(group: click.Group, *, name: str = "seismo") -> str:
    """``group``'s help and every command's, invoked as ``name``, as one Markdown page."""
    fixed = {"terminal_width": 100, "max_content_width": 100, "help_option_names": ["-h", "--help"]}
    ctx = click.Context(group, info_name=name, **fixed)
    parts = [
        f"# {name} command line",
        "",
        f"Generated from the commands' own help by `{COMMAND}`;",
        "a test fails when this file is out of date.",
        "",
        "```",
        group.get_help(ctx),
        "```",
    ]
    for command_name in group.list_commands(ctx):
        command = group.get_command(ctx, command_name)
        assert command is not None
        sub = click.Context(command, info_name=f"{name} {command_name}", **fixed)
        parts += ["", f"## {name} {command_name}", "", "```", command.get_help(sub), "```"]
        if isinstance(command, click.Group):  # a verb group: each of its commands too
            for verb in command.list_commands(sub):
                leaf = command.get_command(sub, verb)
                assert leaf is not None
                leaf_ctx = click.Context(leaf, info_name=verb, parent=sub, **fixed)
                parts += ["", f"### {name} {command_name} {verb}", "", "```", leaf.get_help(leaf_ctx), "```"]
    return "\n".join(parts) + "\n"


def main(argv: list[str]) -> int:
    """``python -m seismo.commands.docs MODULE:GROUP``: print the group's Markdown."""
    if len(argv) != 1 or ":" not in argv[0]:
        print(f"usage: {COMMAND}", file=sys.stderr)
        return 2
    module, _, attribute = argv[0].partition(":")
    print(render(getattr(importlib.import_module(module), attribute)), end="")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
