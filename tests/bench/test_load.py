"""The load test (:mod:`seismo.bench.load`): ``seismo serve`` in its own process on a small store,
a few clients for a second; every request answered 200 and the report rendered."""

from __future__ import annotations

from seismo.bench.load import LOAD_QUERIES, render_load, run_load
from seismo.store import Store
from seismo.store.samples import sample_results


def test_load_run_on_a_small_store(tmp_path) -> None:
    path = tmp_path / "small.db"
    with Store.open(path) as store:
        store.write(sample_results())
    report = run_load(path, clients=3, seconds=1.0, warmup=0.2)
    assert report.requests > 0 and not report.errors
    assert set(report.statuses) == {200}
    assert report.events > 0 and report.pct(0.95) >= report.pct(0.5) > 0
    text = render_load(report, command="seismo bench --load --store small.db")
    assert "| requests/s |" in text and "| errors | 0 |" in text and "seismo bench --load" in text
    assert len(LOAD_QUERIES) >= 5 and "| `limit=50` |" in text
