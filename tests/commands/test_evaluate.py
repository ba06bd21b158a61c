"""``seismo bench`` (:mod:`seismo.commands.evaluate`): missing data, a store and the API timed into
the report, no store.  ``seismo eval`` is tested with the evaluation in tests/eval/test_evaluate.py."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from seismo.cli import cli


def test_bench_cli_missing_data_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--no-scale", "--data", str(tmp_path / "nowhere"), "--out", "-"])
    assert result.exit_code == 2 and "not found" in result.output


@pytest.mark.slow
def test_bench_cli_times_store_and_api(synthetic_store, tmp_path):
    out = tmp_path / "BENCH.md"
    args = ["bench", "--no-speed", "--no-link", "--no-scale", "--store", str(synthetic_store), "--repeat", "1", "--requests", "2",
            "--no-browser", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "## Store queries" in text and "## HTTP API and dashboard" in text
    assert "not measured (--no-browser)" in text


def test_bench_cli_without_store_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(cli, ["bench", "--no-speed", "--no-link", "--no-scale", "--out", "-", "--json"],
                                env={"SEISMO_BENCH_STORE": ""})
    assert result.exit_code == 0, result.output
    assert "--make-synthetic" in result.output
    assert json.loads(result.output[result.output.index("{"):])["api"] is None


def test_bench_cli_links_only(tmp_path):
    out = tmp_path / "BENCH.md"
    out.write_text("# Benchmarks\n\n## Throughput\n\nold-throughput\n\n## Store queries\n\nold-store\n", "utf-8")
    args = ["bench", "--no-speed", "--no-scale", "--link-reports", "50", "--link-sizes", "250", "--out", str(out), "--json"]
    result = CliRunner().invoke(cli, args, env={"SEISMO_BENCH_STORE": ""})
    assert result.exit_code == 0, result.output
    found = json.JSONDecoder().raw_decode(result.output, result.output.index("{"))[0]["link"]
    assert found["throughput"]["reports"] == 50
    assert [(c["index"], c["reports"]) for c in found["cost_per_article"]] == [("memory", 250), ("sqlite", 250)]
    text = out.read_text("utf-8")
    assert "## Linking (stories, events, copies)" in text
    assert "## Throughput\n\nold-throughput" in text and "## Store queries\n\nold-store" in text  # kept as they were


def test_bench_cli_refuses_bad_link_sizes():
    result = CliRunner().invoke(cli, ["bench", "--no-speed", "--no-scale", "--link-sizes", "lots", "--out", "-"])
    assert result.exit_code == 2 and "--link-sizes" in result.output
