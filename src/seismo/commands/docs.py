"""Render every CLI command's help as Markdown (``docs/cli.md`` is generated from this).

``python -m seismo.commands.docs > docs/cli.md`` rewrites it; a test checks it is current.
"""

from __future__ import annotations

import click

from seismo.cli import cli


def render() -> str:
    fixed = {"terminal_width": 100, "max_content_width": 100, "help_option_names": ["-h", "--help"]}
    ctx = click.Context(cli, info_name="seismo", **fixed)
    parts = [
        "# seismo command line",
        "",
        "Generated from the commands' own help by `python -m seismo.commands.docs > docs/cli.md`;",
        "a test fails when this file is out of date.",
        "",
        "```",
        cli.get_help(ctx),
        "```",
    ]
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        sub = click.Context(command, info_name=f"seismo {name}", **fixed)
        parts += ["", f"## seismo {name}", "", "```", command.get_help(sub), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
