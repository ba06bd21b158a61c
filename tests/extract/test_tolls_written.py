"""The written tolls check set (``src/seismo/data/check/tolls_written.jsonl``, scored by
``scripts/written_tolls.py``): its form, and the figures its tuning half A reached."""

from __future__ import annotations


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_tolls")
    rows = script.read()
    assert len(rows) >= 60 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["title"] and r["text"] and r["date"] and r["cases"] for r in rows)
    assert all(isinstance(r["killed"], int) and isinstance(r["injured"], int) for r in rows)
    assert sum(r["killed"] == 0 for r in rows) >= 15 and sum(r["injured"] == 0 for r in rows) >= 15
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_half_a_keeps_the_figures_reached(written_script, pipeline) -> None:
    """Half A (the tuning half): killed 26/32, injured 22/32 before (counts v32, events v58);
    28/32 and 23/32 with counts v33 / events v59."""
    script = written_script("written_tolls")
    f, _ = script.score(script.read(half="A"), pipeline)
    assert f.n == 32
    assert f.killed >= 28 and f.injured >= 23


def test_second_set_is_well_formed(written_script) -> None:
    script = written_script("written_tolls")
    rows = script.read(script.FILE.with_name("tolls_written2.jsonl"))
    assert len(rows) >= 60 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["title"] and r["text"] and r["date"] and r["cases"] for r in rows)
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_second_set_half_a_keeps_the_figures_reached(written_script, pipeline) -> None:
    """tolls_written2.jsonl half A: killed 30/38, injured 27/38 before any change (counts v34,
    events v64); 33/38 and 28/38 with counts v35 / events v65 (branch killed17)."""
    script = written_script("written_tolls")
    f, _ = script.score(script.read(script.FILE.with_name("tolls_written2.jsonl"), half="A"), pipeline)
    assert f.n == 38
    assert f.killed >= 33 and f.injured >= 28
