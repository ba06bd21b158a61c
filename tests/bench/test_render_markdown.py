"""The benchmark report (``render_markdown`` and ``kept_sections`` in :mod:`seismo.bench`): the
note when no store is given, sections kept from the previous run."""

from __future__ import annotations

import pytest

from seismo.bench import render_markdown


def test_markdown_carries_the_no_store_note():
    text = render_markdown(None, None, commit="abc", command="seismo bench", store_note="Not run: no store given.")
    assert "## Store queries and HTTP API\n\nNot run: no store given." in text


@pytest.mark.parametrize(
    ("names", "expected"),
    [(("Throughput",), ["## Throughput", "", "t"]), (("Throughput", "Cold start"), ["## Throughput", "", "t", "", "## Cold start", "c"]),
     (("Nothing",), [])],
)
def test_kept_sections(names, expected):
    from seismo.bench import kept_sections

    text = "# Benchmarks\n\nintro\n\n## Throughput\n\nt\n\n## Cold start\nc\n\n## Store queries\nq\n"
    assert kept_sections(text, names) == expected


def test_no_speed_run_keeps_the_previous_throughput():
    previous = "# Benchmarks\n\n## Throughput\n\n| a |\n\n## Cold start\n\nfast\n\n## Store queries\n\nstale-store-table\n"
    text = render_markdown(None, None, commit="abc", command="seismo bench --no-speed", store_note="none",
                           previous=previous)
    assert "## Throughput\n\n| a |" in text and "## Cold start\n\nfast" in text and "stale-store-table" not in text
    assert "kept from the previous run" in text
