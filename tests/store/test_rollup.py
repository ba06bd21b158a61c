"""The ``daily_counts`` rollup (:mod:`seismo.store.rollup`) follows every write and replacement,
and a failed write leaves it alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from seismo.errors import StoreError
from seismo.store import Store
from seismo.store.samples import sample_results

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES


def test_rollup_follows_writes_and_replacements(rollup_rows, recounted, store: Store) -> None:
    store.write(SAMPLES[:2])
    assert rollup_rows(store) == recounted(store) != []
    store.write(SAMPLES[2:])
    assert rollup_rows(store) == recounted(store)
    negated = replace(ALMATY, events=tuple(replace(e, modality="negated") for e in ALMATY.events))
    store.write([negated], replace=True)
    assert rollup_rows(store) == recounted(store)
    assert not any(c == "KAZ" for _, c, _, _ in rollup_rows(store))
    assert store.rebuild_rollups() == len(recounted(store))


def test_failed_write_leaves_the_rollup_alone(rollup_rows, store: Store) -> None:
    store.write([PARIS])
    before = rollup_rows(store)
    broken = replace(ALMATY, events=(replace(ALMATY.events[0], type=None),))  # NOT NULL fails
    with pytest.raises(StoreError):
        store.write([broken])
    assert rollup_rows(store) == before
