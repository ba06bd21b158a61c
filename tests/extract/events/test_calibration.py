"""Confidence calibration (:mod:`seismo.extract.events.calibration`): which events get which curve,
the fallback to ``*``, the fitting helpers and the table's errors (no model)."""

from __future__ import annotations

import pytest

from seismo.errors import ModelError
from seismo.extract.events.calibration import (
    AGREED,
    DISPUTED,
    Calibration,
    agreement,
    fit_isotonic,
    group_of,
    parse_table,
    reliability_table,
)


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
        ("*\t0.5\t0.4\n*\t0.8\t0.7\n", 0.9, "specific", 0.701),  # no own curve: falls back to *
        ("*\t0.5\t0.4\nspecific\t0.5\t0.6\n", 0.9, "specific", 0.604),
        ("*\t0.5\t0.4\n*\t0.8\t0.7\n", 0.6, "*", 0.401),
    ],
)
def test_apply_group_fallback(table: str, raw: float, group: str, expected: float) -> None:
    assert parse_table(table).apply(raw, group=group) == expected


def test_a_block_is_not_lifted_over_its_share() -> None:
    """The offset that keeps the order inside a block is measured from the block's lowest raw
    score: a block right 79.5 % of the time never reads as 0.8."""
    curve = parse_table("*\t0.3\t0.5\n*\t0.6\t0.795\n")
    assert curve.apply(0.99) < 0.8
    assert curve.apply(0.6) < curve.apply(0.7) < curve.apply(0.99)


@pytest.mark.parametrize(
    ("prediction", "sub_type", "expected"),
    [
        ({"plover": {"PROTEST": 0.6}, "acled": {"Peaceful protest": 0.1}}, "Peaceful protest", AGREED),
        ({"plover": {"PROTEST": 0.1}, "acled": {"Peaceful protest": 0.5}}, "Peaceful protest", AGREED),
        ({"plover": {"PROTEST": 0.1, "ASSAULT": 0.8}, "acled": {"Attack": 0.7}}, "Peaceful protest", DISPUTED),
        ({"plover": {"PROTEST": 0.4}, "acled": {"NONE": 0.9}}, None, AGREED),  # no ACLED coding: the PLOVER head decides
        ({"plover": {"PROTEST": 0.1, "NONE": 0.6}, "acled": {"NONE": 0.9}}, None, DISPUTED),  # "no event" is no agreement
        ({}, "Peaceful protest", DISPUTED),
    ],
)
def test_agreement_group(prediction: dict, sub_type: str | None, expected: str) -> None:
    assert Calibration({}, agreement=0.3).group(agreement(prediction, type_="PROTEST", sub_type=sub_type)) == expected


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ("agreement\tmost\n*\t0.5\t0.4\n", "agreement threshold must be a number"),
        ("*\t0.5\n", "expected group<TAB>raw<TAB>calibrated"),
    ],
)
def test_bad_agreement_rows_name_the_line(table: str, error: str) -> None:
    with pytest.raises(ModelError, match=error):
        parse_table(table)


def test_the_table_says_its_agreement_threshold() -> None:
    assert parse_table("agreement\t0.45\n*\t0.5\t0.4\n").agreement == 0.45
    assert parse_table("*\t0.5\t0.4\n").agreement == 0.3  # an older table: the default


def test_bundled_table_is_fitted_not_capped() -> None:
    """The table is what `seismo train calibration` wrote: fitted on the tuning folds, its
    out-of-fold reliability in the header, monotone, and no hand-set cap."""
    from importlib import resources

    text = resources.files("seismo.data").joinpath("calibration.tsv").read_text(encoding="utf-8")
    assert "`seismo train calibration`" in text and "tuning folds 1-4" in text and "capped" not in text.replace("No value is capped", "")
    for knots in Calibration.load().curves.values():
        assert all(a[0] < b[0] and a[1] <= b[1] for a, b in zip(knots, knots[1:]))


RELIABILITY_CASES = [
    ([(0.95, True), (0.85, False), (0.85, True), (0.3, False)], (0.0, 0.5, 0.8), [(1, 0), (0, 0), (3, 2)]),
    ([], (0.0, 0.5), [(0, 0), (0, 0)]),
]


@pytest.mark.parametrize(("pairs", "edges", "expected"), RELIABILITY_CASES)
def test_reliability_table(pairs, edges, expected) -> None:
    rows = reliability_table(pairs, edges=edges)
    assert [(r.n, r.correct) for r in rows] == expected


def test_isotonic_fit_is_monotone() -> None:
    pairs = [(i / 100, (i % 3 == 0) or i > 70) for i in range(100)]
    knots = fit_isotonic(pairs, min_block=5)
    values = [v for _, v in knots]
    assert values == sorted(values) and knots[0][0] <= knots[-1][0]


@pytest.mark.parametrize(("text", "message"), [("*\t0.5", "expected"), ("*\t0.5\tx", "numbers"), ("*\t0.5\t0.6\n*\t0.4\t0.7", "rise")])
def test_calibration_table_errors(text: str, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        parse_table(text)
