"""The API benchmark (:func:`seismo.api.bench.measure`) on a small store, without a real server."""

from __future__ import annotations

from pathlib import Path

from seismo.store import Store
from seismo.store.samples import sample_results


def test_bench_measure_api(tmp_path: Path) -> None:
    from seismo.api.bench import measure

    path = tmp_path / "bench.db"
    with Store.open(path) as store:
        store.write(sample_results())
    report = measure(str(path), requests=3, browser=False, queries=(("all", {}), ("kaz", {"country": "KAZ"})))
    assert report["events"] == 6
    assert set(report["api"]) == {"all", "kaz"}
    assert all(v["statuses"] == [200] and v["n"] == 3 and v["p95_ms"] >= v["p50_ms"] > 0
               for v in report["api"].values())
    assert report["api_p95_ms"] == max(v["p95_ms"] for v in report["api"].values())
