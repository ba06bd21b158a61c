"""Docs are tested (:mod:`seismo.commands.docs`): every command has help and an entry in
docs/cli.md, which is current."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from seismo.cli import COMMANDS, cli
from seismo.commands.docs import COMMAND, render

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _names():
    return [attr.rstrip("_").replace("_", "-") for _, attr in COMMANDS]


@pytest.mark.parametrize("name", _names())
def test_every_command_has_help_and_a_docs_entry(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert f"## seismo {name}\n" in (DOCS / "cli.md").read_text()


def test_cli_docs_are_current():
    assert (DOCS / "cli.md").read_text() == render(cli), f"run: {COMMAND}"


def test_every_registered_command_imports():
    ctx = click.Context(cli)
    assert sorted(cli.list_commands(ctx)) == sorted(_names())


@pytest.mark.parametrize("doc", ["output.md", "architecture.md", "cli.md"])
def test_readme_links_docs(doc):
    assert f"docs/{doc}" in (DOCS.parent / "README.md").read_text()
