"""Event coding rules added for dev-set accuracy: speech acts, prominence, ACLED precedence,
and the calibration helpers.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.extract.calibration import fit_isotonic, parse_table, reliability_table
from seismo.errors import ModelError
from seismo.eval.data import top_event


def _top(pipeline, text: str, *, asserted_only: bool = False):
    events = pipeline.run(make_article(text, date="2023-05-02")).events
    return top_event(events, asserted_only=asserted_only)


TOP_TYPE_CASES = [
    ("Norway will support the plan to rebuild the port, its foreign minister said.", "AGREE"),
    ("The government offered to release the detained journalists.", "AGREE"),
    ("The union said it would boycott the talks unless wages rise.", "THREATEN"),
    ("The minister said the army must withdraw its troops from the border.", "REQUEST"),
    ("The opposition leader declined to resign.", "REJECT"),
    ("Canada halted development aid to the junta after the coup.", "SANCTION"),
    ("Settlers set fire to a school in the village overnight.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), TOP_TYPE_CASES)
def test_top_event_type(pipeline, text: str, type_: str) -> None:
    event = _top(pipeline, text)
    assert event is not None and event.type == type_


SUB_TYPE_CASES = [
    ("Government troops fired rockets at the rebel camp on Monday.", "Shelling/artillery/missile attack"),
    ("Army engineers defused two roadside bombs found near the market.", "Disrupted weapons use"),
    ("Police opened fire on protesters outside parliament, killing three.", "Excessive force against protesters"),
    ("Warplanes pounded the town, killing nine people.", "Air/drone strike"),
    ("The two sides agreed a prisoner swap to end the conflict.", "Agreement"),
]


@pytest.mark.parametrize(("text", "sub_type"), SUB_TYPE_CASES)
def test_top_acled_sub_type(pipeline, text: str, sub_type: str) -> None:
    event = _top(pipeline, text, asserted_only=True)
    assert event is not None and event.acled_sub_event_type == sub_type


NO_ACLED_CASES = [
    "Customs officers seized 40 kilograms of cocaine at the port.",
]


@pytest.mark.parametrize("text", NO_ACLED_CASES)
def test_no_acled_event(pipeline, text: str) -> None:
    events = pipeline.run(make_article(text, date="2023-05-02")).events
    assert all(e.acled_sub_event_type is None for e in events)


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
