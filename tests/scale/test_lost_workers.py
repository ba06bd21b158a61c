"""DaskExtractor when workers die, against a stand-in client whose futures fail as told: the
scheduler counts a worker's death against every task the worker held, so a batch queued behind
the one that kills its worker can run out of allowed failures too (the flaky real-cluster case,
made deterministic here).  Such a batch is tried once more under a fresh key; only a batch that
loses its worker again fails."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")

from distributed import KilledWorker  # noqa: E402

from seismo.processing import Failed, Todo, Written  # noqa: E402
from seismo.scale.run import DaskExtractor, extract_batch, write_batch  # noqa: E402


class _Worker:
    address = "tcp://127.0.0.1:0"


class _Future:
    def __init__(self, client: _Client, fn, args, key: str) -> None:
        self.client, self.fn, self.args, self.key = client, fn, args, key
        self.done: tuple[bool, object] | None = None

    def result(self):
        if self.done is None:
            self.done = self._run()
        ok, value = self.done
        if not ok:
            raise value
        return value

    def _run(self) -> tuple[bool, object]:
        if self.fn is extract_batch:
            self.client.tried.append(self.key)
            if self.key in self.client.dies:
                return False, KilledWorker(self.key, _Worker(), 3)
            return True, tuple(self.args[0])
        extracted, previous, _ = self.args
        for dep in (previous, extracted):  # a write waits for the write before it, then its batch
            if dep is not None:
                try:
                    dep.result()
                except Exception as exc:  # noqa: BLE001 - an erred dependency errs the write
                    return False, exc
        self.client.written.extend(extracted.result())
        return True, len(extracted.result())

    def release(self) -> None:
        pass


class _Client:
    """Submits lazily; the extraction keys in ``dies`` raise KilledWorker."""

    def __init__(self, dies: set[str]) -> None:
        self.dies = dies
        self.tried: list[str] = []
        self.written: list[str] = []

    def nthreads(self) -> dict[str, int]:
        return {"a": 1, "b": 1}

    def submit(self, fn, *args, key: str, **_) -> _Future:
        return _Future(self, fn, args, key)


def _batches(n: int = 5, size: int = 2) -> list[Todo]:
    return [Todo([f"article {b}.{k}" for k in range(size)]) for b in range(n)]


@pytest.mark.parametrize("write", [False, True])
def test_a_batch_that_lost_its_worker_once_is_tried_again_and_one_that_always_does_fails(write):
    client = _Client(dies=set())
    extractor = DaskExtractor(client, write=write)
    run = extractor.run
    # batch 1 kills its worker under every key; batch 3 was queued behind it on the dying worker
    client.dies = {f"seismo-extract-{run}-1", f"seismo-extract-{run}-1-again1", f"seismo-extract-{run}-3"}
    out = list(extractor(iter(_batches())))
    assert [isinstance(o, Failed) for o in out] == [False, True, False, False, False]
    assert "KilledWorker" in out[1].reason
    kept = [o.results if write else o for i, o in enumerate(out) if i != 1]
    assert kept == [(f"article {b}.0", f"article {b}.1") for b in (0, 2, 3, 4)]
    assert all(isinstance(o, Written) for i, o in enumerate(out) if i != 1) is write
    assert sorted(k for k in client.tried if "-again" in k) == [f"seismo-extract-{run}-1-again1",
                                                                f"seismo-extract-{run}-3-again1"]
    if write:  # written once each, in input order, the lost batch left out
        assert client.written == [f"article {b}.{k}" for b in (0, 2, 3, 4) for k in range(2)]


def test_a_batch_that_loses_its_worker_under_its_second_key_too_fails_and_no_third_is_tried():
    client = _Client(dies=set())
    extractor = DaskExtractor(client)
    run = extractor.run
    client.dies = {f"seismo-extract-{run}-0", f"seismo-extract-{run}-0-again1"}
    out = list(extractor(iter(_batches(2))))
    assert isinstance(out[0], Failed) and out[1] == ("article 1.0", "article 1.1")
    assert [k for k in client.tried if k.startswith(f"seismo-extract-{run}-0")] == [
        f"seismo-extract-{run}-0", f"seismo-extract-{run}-0-again1"]
