"""The written tolls check set (``src/seismo/data/check/tolls_written.jsonl``, scored by
``scripts/written_tolls.py``): its form, and the figures its tuning half A reached."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "written_tolls.py"


@cache
def _script() -> ModuleType:
    """``scripts/written_tolls.py`` as a module (registered first: its dataclass needs it)."""
    spec = importlib.util.spec_from_file_location("written_tolls", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_check_set_is_well_formed() -> None:
    script = _script()
    rows = script.read()
    assert len(rows) >= 60 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["title"] and r["text"] and r["date"] and r["cases"] for r in rows)
    assert all(isinstance(r["killed"], int) and isinstance(r["injured"], int) for r in rows)
    assert sum(r["killed"] == 0 for r in rows) >= 15 and sum(r["injured"] == 0 for r in rows) >= 15
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_half_a_keeps_the_figures_reached(pipeline) -> None:
    """Half A (the tuning half): killed 26/32, injured 22/32 before (counts v32, events v58);
    28/32 and 23/32 with counts v33 / events v59."""
    script = _script()
    f, _ = script.score(script.read(half="A"), pipeline)
    assert f.n == 32
    assert f.killed >= 28 and f.injured >= 23
