"""Calibration groups: which events get which curve, and the fallback to ``*``."""

from __future__ import annotations

import pytest

from seismo.extract.calibration import Calibration, group_of, parse_table


@pytest.mark.parametrize(
    ("type_", "kwargs", "expected"),
    [
        ("ASSAULT", {"mode": "explosives"}, "specific"),
        ("ASSAULT", {"mode": "aerial"}, "specific"),
        ("COERCE", {"mode": "arrest"}, "specific"),
        ("ASSAULT", {"mode": "firearms"}, "material"),
        ("PROTEST", {"mode": "demo"}, "material"),
        ("ASSAULT", {"mode": None}, "material"),
        ("ACCUSE", {"mode": "allege"}, "verbal"),
        ("ASSAULT", {"mode": "explosives", "count_only": True}, "count"),
        ("THREATEN", {"mode": None, "act": True}, "act"),
    ],
)
def test_group_of(type_: str, kwargs: dict, expected: str) -> None:
    assert group_of(type_, **kwargs) == expected


@pytest.mark.parametrize(
    ("table", "raw", "group", "expected"),
    [
        ("*\t0.5\t0.4\n*\t0.8\t0.7\n", 0.9, "specific", 0.709),  # no own curve: falls back to *
        ("*\t0.5\t0.4\nspecific\t0.5\t0.6\n", 0.9, "specific", 0.609),
        ("*\t0.5\t0.4\n*\t0.8\t0.7\n", 0.6, "*", 0.406),
    ],
)
def test_apply_group_fallback(table: str, raw: float, group: str, expected: float) -> None:
    assert parse_table(table).apply(raw, group=group) == expected


def test_bundled_table_has_no_claim_above_080() -> None:
    table = Calibration.load()
    assert all(cal <= 0.8 for knots in table.curves.values() for _raw, cal in knots)
