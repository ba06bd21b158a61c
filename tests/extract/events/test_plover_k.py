"""The check set ``src/seismo/data/check/plover_k.jsonl`` (issue 10, branch types21): sentences
weighted to the cooperative PLOVER types that generalise worst (AID, COOPERATE, AGREE), written
before any rule was changed for them.  The branch's rows were not merged (see the set's README
entry); half A keeps main's figure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import seismo
from seismo.eval.folds import read_written

CHECK = Path(__file__).resolve().parents[3] / "src/seismo/data/check"


def test_plover_k_is_well_formed():
    rows = read_written(CHECK / "plover_k.jsonl", key="text")
    assert len(rows) == 80 and len({r["text"] for r in rows}) == len(rows)
    types = Counter(r["plover_type"] for r in rows)
    assert (types["AID"], types["COOPERATE"], types["AGREE"]) == (20, 20, 15)
    assert len(read_written(CHECK / "plover_k.jsonl", half="A", key="text")) == 43
    assert len(read_written(CHECK / "plover_k.jsonl", half="B", key="text")) == 37


def test_plover_k_half_a_keeps_the_figure_reached(pipeline):
    """Half A (the tuning half), scored as ``scripts/written_types.py`` scores it: 35/43 on main
    df9b119 and since."""
    right = 0
    rows = read_written(CHECK / "plover_k.jsonl", half="A", key="text")
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        right += (top.type if top is not None else "NONE") == row["plover_type"]
    assert len(rows) == 43
    assert right >= 35
