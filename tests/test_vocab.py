"""The closed vocabularies: one definition, and the data tables use nothing outside it."""

from __future__ import annotations

from importlib import resources

import pytest

from seismo import model
from seismo.contract import vocab


def _rows(name: str) -> list[list[str]]:
    text = resources.files("seismo").joinpath(f"data/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _cell(value: str) -> set[str]:
    return set() if value.strip() in ("*", "-", "") else set(value.strip().split("|")) - {"-"}


def test_model_types_are_the_vocabulary_s() -> None:
    assert model.Modality is vocab.Modality and model.CountKind is vocab.CountKind
    assert vocab.MODALITIES[0] == "asserted" and len(vocab.MODALITIES) == 5
    assert vocab.COUNT_KINDS == ("killed", "injured", "arrested", "participants")


def test_modes_belong_to_known_types() -> None:
    assert set(vocab.PLOVER_MODES) <= set(vocab.PLOVER_TYPES)
    assert len(vocab.PLOVER_TYPES) == len(set(vocab.PLOVER_TYPES)) == 16


def test_trigger_table_uses_the_vocabulary() -> None:
    rows = [r for r in _rows("triggers.tsv") if not r[0].startswith("@")]
    assert rows
    for row in rows:
        type_, mode = row[2].strip(), row[3].strip()
        assert type_ in vocab.PLOVER_TYPES, row
        assert mode == "-" or mode in vocab.PLOVER_MODES.get(type_, ()), row


@pytest.mark.parametrize("kind", ["quad", "rules"])
def test_acled_table_uses_the_vocabulary(kind: str) -> None:
    rows = _rows("acled_map.tsv")
    if kind == "quad":
        listed = [t for r in rows if r[0] == "@quad" for t in r[2].split()]
        assert sorted(listed) == sorted(vocab.PLOVER_TYPES)
        return
    rules = [r for r in rows if not r[0].startswith("@")]
    assert rules
    for row in rules:
        assert _cell(row[0]) <= set(vocab.PLOVER_TYPES), row
        assert _cell(row[1]) <= vocab.MODES, row
        event_type, sub = row[4].strip(), row[5].strip()
        if (event_type, sub) != ("-", "-"):
            assert event_type in vocab.ACLED_EVENT_TYPES and sub in vocab.ACLED_SUB_EVENT_TYPES, row
