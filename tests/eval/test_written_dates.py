"""The written dates check set (``src/seismo/data/check/dates_written.jsonl``) is well formed: the format
its README documents, TimeML values of the documented shapes, spans that do not overlap, both halves
non-empty."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest

FILE = Path(__file__).resolve().parents[2] / "src/seismo/data/check/dates_written.jsonl"

#: TIMEX3 values by type: a point or stretch (with a part of the day or a clock time), a vague reference,
#: a duration, a set
_VALUES = {
    "DATE": re.compile(r"\d{2,4}|\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)"
                       r"|(?:PAST|PRESENT|FUTURE)_REF"),
    "TIME": re.compile(r"\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}|MO|AF|EV|NI)"),
    "DURATION": re.compile(r"P(?:\d+|X)[YMWDCEL]|PT(?:\d+|X)[HMS]"),
    "SET": re.compile(r"XXXX-(?:WXX-\d|XX-XXT(?:MO|AF|EV|NI)|\d{2}|SP|SU|FA|WI)|P1[YMWDQ]"),
}


def _rows() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_ids_are_unique_and_both_halves_hold_articles() -> None:
    ids = [row["id"] for row in _rows()]
    assert len(ids) == len(set(ids)) >= 40
    halves = {int(hashlib.sha256(i.encode("utf-8")).hexdigest(), 16) % 2 for i in ids}
    assert halves == {0, 1}


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["id"])
def test_article_is_well_formed(row: dict) -> None:
    dt.date.fromisoformat(row["dct"])
    text, spans = row["text"], sorted((t["start"], t["end"]) for t in row["timexes"])
    assert row["timexes"], "every article marks its time expressions"
    for timex in row["timexes"]:
        start, end = timex["start"], timex["end"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip() and text[start].isalnum(), text[start:end]
        assert _VALUES[timex["type"]].fullmatch(timex["value"]), (text[start:end], timex["value"])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "time expressions do not overlap"
