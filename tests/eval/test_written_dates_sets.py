"""The sixth and later written dates check sets (``src/seismo/data/check/dates_writtenN.jsonl``): each is
well formed, and its tuning half A keeps the figure the dates step reached on it (half B is scored by
hand, never here, so that no change is tuned on it).

    dates_written6 (dates17): half A value accuracy over all gold DATE/TIME 96.0 before (dates v24),
        99.0 with it; detection F1 98.6 before, 99.6 with it.
    dates_written7 (dates20): half A 98.4 before (dates v25), 100.0 with it; F1 98.7 before, 99.3 with it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import NamedTuple

import pytest

import seismo
from seismo.eval.folds import read_written
from seismo.eval.tasks.dates import gold_timexes, predicted, score_docs
from seismo.pipeline import DEFAULT_STEPS

CHECK = Path(__file__).resolve().parents[2] / "src/seismo/data/check"

#: the TIMEX3 values the sets use, by type
_VALUES = {
    "DATE": re.compile(r"\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)|(?:PAST|PRESENT|FUTURE)_REF"),
    "TIME": re.compile(r"\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}|MO|AF|EV|NI)"),
    "DURATION": re.compile(r"P(?:\d+|X)[YMWDE]|PT(?:\d+|X)[HMS]"),
}


class Written(NamedTuple):
    name: str
    rows: int
    half_a: int
    half_b: int
    gold_a: int  # gold DATE/TIME/DURATION of half A
    value_floor: float
    f1_floor: float


SETS = (
    Written("dates_written6", 44, 22, 22, 112, 0.98, 0.99),
    Written("dates_written7", 44, 20, 24, 75, 0.99, 0.99),
)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("written", SETS, ids=lambda w: w.name)
def test_set_is_well_formed(written: Written) -> None:
    path = CHECK / f"{written.name}.jsonl"
    rows = _rows(path)
    assert len(rows) == written.rows and len({r["id"] for r in rows}) == written.rows
    assert len(read_written(path, half="A")) == written.half_a and len(read_written(path, half="B")) == written.half_b
    for row in rows:
        dt.date.fromisoformat(row["dct"])
        text, spans = row["text"], sorted((t["start"], t["end"]) for t in row["timexes"])
        assert row["timexes"], row["id"]
        for t in row["timexes"]:
            said = text[t["start"]:t["end"]]
            assert said == said.strip() and said[:1].isalnum(), (row["id"], said)
            assert _VALUES[t["type"]].fullmatch(t["value"]), (row["id"], said, t["value"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), row["id"]


@pytest.fixture(scope="module")
def dates_only():
    return seismo.Pipeline([step for step in DEFAULT_STEPS if step.name == "dates"])


@pytest.mark.parametrize("written", SETS, ids=lambda w: w.name)
def test_half_a_keeps_the_figure_reached(written: Written, dates_only) -> None:
    docs = []
    for row in read_written(CHECK / f"{written.name}.jsonl", half="A"):
        result = dates_only.run(seismo.make_article(row["text"], date=row["dct"]))
        docs.append((gold_timexes(row), predicted(result.dates)))
    s = score_docs(docs)
    assert sum(len(g) for g, _ in docs) == written.gold_a
    assert s.point_value_accuracy_all >= written.value_floor
    assert s.detection.f1 >= written.f1_floor
