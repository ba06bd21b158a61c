"""The written actors check set (``src/seismo/data/check/actors_written.jsonl``, scored by
``scripts/written_actors.py``): its form, and the figure its tuning half A reached."""

from __future__ import annotations

from seismo.eval.folds import read_written, written_half


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_actors")
    rows = read_written(script.CHECK / "actors_written.jsonl")
    assert len(rows) >= 50 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["text"] and r["actor"] and all(isinstance(a, str) and a for a in r["actor"]) for r in rows)
    assert {written_half(r["id"]) for r in rows} == {"A", "B"}


def test_the_scorer_reads_the_actors_text_or_name(written_script) -> None:
    script = written_script("written_actors")
    assert script.normal(" The Riot police, ") == "riot police"
    assert script.normal(None) == ""


def test_half_a_keeps_the_figure_reached(written_script, pipeline) -> None:
    """Half A (the tuning half): 20/24 before any change (events v73, main 7e13938; a39's gold
    corrected from the ministry that told of the capture to the forces that made it), 23/24
    with the names in apposition to a title (branch actor19)."""
    script = written_script("written_actors")
    right, total, _ = script.score(script.CHECK / "actors_written.jsonl", half="A", pipeline=pipeline)
    assert total == 24
    assert right >= 23
