"""seismo.scale: Dask ingest (LocalCluster, 1 and 2 worker processes) with a model-free pipeline
stand-in (tests/scale/standin.py): the store comes out identical to a one-process run, each
worker builds the pipeline once, a worker killed mid-batch loses and doubles nothing, and two
runs store an article once — on SQLite and, when SEISMO_TEST_PG names a server, PostgreSQL."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("distributed")

import cloudpickle  # noqa: E402

from seismo.processing import process  # noqa: E402
from seismo.scale import dask_client, ingest  # noqa: E402
from seismo.scale.run import worker_store_url  # noqa: E402
from seismo.store import Store  # noqa: E402

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import standin  # noqa: E402

cloudpickle.register_pickle_by_value(standin)  # the workers cannot import tests/

snapshot = standin.snapshot


@pytest.fixture(scope="module")
def cluster2():
    with dask_client(workers=2) as client:
        yield client


@pytest.fixture(scope="module")
def cluster1():
    with dask_client(workers=1) as client:
        yield client


def _state(tmp_path: Path) -> Path:
    state = tmp_path / "state"
    state.mkdir(exist_ok=True)
    return state


def _run(client, url, state: Path, articles, **kw):
    with Store.open(url) as store:
        stats = ingest(articles, store=store, client=client, factory=functools.partial(standin.build, str(state)),
                       **kw)
        return stats, snapshot(store)


def _here(url, state: Path, articles, batch_size=6):
    with Store.open(url) as store:
        stats = process(articles, store=store, pipeline=standin.build(str(state)), batch_size=batch_size)
        return stats, snapshot(store)


def test_one_and_two_workers_store_the_same_as_one_process(tmp_path, cluster1, cluster2):
    articles = standin.corpus(40)
    state = _state(tmp_path)
    here, rows = _here(tmp_path / "here.db", state, articles)
    one, rows1 = _run(cluster1, tmp_path / "one.db", state, articles, batch_size=6)
    two, rows2 = _run(cluster2, tmp_path / "two.db", state, articles, batch_size=6)
    assert rows["articles"] and rows["event_reports"] and rows["events"]
    assert len(rows["articles"]) == 35  # 5 of the 40 repeat an earlier text word for word
    assert rows1 == rows and rows2 == rows
    assert here == one == two
    assert (two.added, two.present, two.failed) == (35, 5, 0)


def test_each_worker_builds_the_pipeline_once(tmp_path, cluster2):
    state = _state(tmp_path)
    _run(cluster2, tmp_path / "s.db", state, standin.corpus(40), batch_size=2)  # 20 tasks
    loads = (state / "loads").read_text().split()
    assert sorted(loads) == sorted(set(loads))  # one build per process
    assert len(loads) == 2


def test_a_second_run_stores_nothing_again(tmp_path, cluster2):
    state = _state(tmp_path)
    articles = standin.corpus(30)
    first, rows = _run(cluster2, tmp_path / "s.db", state, articles, batch_size=4)
    again, rows_again = _run(cluster2, tmp_path / "s.db", state, list(reversed(articles)), batch_size=5)
    assert first.added == 30 and again.added == 0 and again.present == 30
    assert rows_again == rows


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(tmp_path):
    articles = standin.corpus(40, kill_at=17)
    state = _state(tmp_path)
    (state / "killed").write_text("not now")  # the one-process run must not kill pytest
    _, expected = _here(tmp_path / "here.db", state, articles)
    (state / "killed").unlink()
    with dask_client(workers=2) as client:
        stats, rows = _run(client, tmp_path / "two.db", state, articles, batch_size=6)
    assert (state / "killed").read_text().isdigit()  # a worker process did die on the article
    assert (stats.added, stats.present, stats.failed) == (35, 5, 0)
    assert rows == expected


def test_the_workers_write_in_input_order_and_the_client_can_write_instead(tmp_path, cluster2):
    articles = standin.corpus(40)
    state = _state(tmp_path)
    _, here = _here(tmp_path / "here.db", state, articles)
    for workers_write in (True, False):
        with Store.open(tmp_path / f"{workers_write}.db") as store:
            seen = []
            stats = ingest(articles, store=store, client=cluster2, factory=functools.partial(standin.build, str(state)),
                           batch_size=6, on_batch=seen.append, workers_write=workers_write)
            assert snapshot(store) == here
        assert stats.added == 35 and [a.id for b in seen for a in b.articles] == [a.id for a in articles]


def test_workers_write_only_a_store_they_can_reach(tmp_path, cluster2):
    with Store.open(":memory:") as store:
        assert worker_store_url(store, cluster2) is None
        with pytest.raises(ValueError, match="cannot reach"):
            ingest(standin.corpus(3), store=store, client=cluster2, factory=standin.Broken, workers_write=True)
    with Store.open(tmp_path / "s.db") as store:
        assert worker_store_url(store, cluster2).endswith("s.db")


def test_a_batch_whose_workers_always_die_fails_alone_and_the_writes_after_it_go_on(tmp_path):
    articles = standin.corpus(24, kill_always_at=7)
    state = _state(tmp_path)
    (state / "killed").write_text("the KILL-ME word is not used here")
    clean = [a for i, a in enumerate(articles) if i // 4 != 1]  # the batch of 4 holding article 7 is lost
    _, expected = _here(tmp_path / "here.db", state, clean, batch_size=4)
    with dask_client(workers=2) as client:
        stats, rows = _run(client, tmp_path / "two.db", state, articles, batch_size=4)
    assert stats.failed == 4 and stats.added + stats.present == 20
    assert rows == expected


def test_a_batch_that_fails_for_good_is_counted_and_the_run_goes_on(tmp_path, cluster2):
    articles = standin.corpus(12)
    with Store.open(tmp_path / "s.db") as store:
        seen = []
        stats = ingest(articles, store=store, client=cluster2, factory=standin.Broken, batch_size=4,
                       on_batch=seen.append)
        assert (stats.failed, stats.added) == (12, 0)
        assert all("pipeline broke" in b.error for b in seen)
        assert "12 failed" in stats.summary()
    stats, _ = _run(cluster2, tmp_path / "s.db", _state(tmp_path), articles, batch_size=4)  # a rerun stores them
    assert (stats.added, stats.failed) == (12, 0)


def _drop(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def test_postgresql_gets_what_sqlite_gets_from_one_and_two_workers(tmp_path, pg_url, cluster1, cluster2):
    articles = standin.corpus(40)
    state = _state(tmp_path)
    _, lite = _run(cluster2, tmp_path / "two.db", state, articles, batch_size=6)
    one, rows1 = _run(cluster1, pg_url, state, articles, batch_size=6)
    _drop(pg_url)
    two, rows2 = _run(cluster2, pg_url, state, articles, batch_size=6)
    assert rows1 == rows2
    assert one == two and two.added == 35
    for table in ("articles", "event_reports", "events"):
        assert len(rows2[table]) == len(lite[table])


def test_a_local_cluster_never_closes_a_nanny_whose_worker_is_restarting():
    """A LocalCluster closes a lost worker's nanny when no worker of its name is back after
    ``lost-worker-timeout``: a worker that dies again while restarting would lose its nanny, and a
    run with no workers left never ends.  dask_client keeps every nanny while the cluster runs."""
    import dask
    from dask.utils import parse_timedelta

    before = parse_timedelta(dask.config.get("distributed.deploy.lost-worker-timeout"))
    with dask_client(workers=1) as client:
        assert parse_timedelta(dask.config.get("distributed.deploy.lost-worker-timeout")) >= 24 * 3600
        assert len(client.nthreads()) == 1
    assert parse_timedelta(dask.config.get("distributed.deploy.lost-worker-timeout")) == before


def test_local_workers_are_forked_from_a_server_that_imported_seismo_and_see_the_environment_now(monkeypatch):
    """Workers start (and restart after a death) from a fork server that imported Dask, spaCy and
    seismo once; each still sees this process's environment as it is when the cluster starts."""
    import multiprocessing
    import os

    from seismo.scale.cluster import PRELOAD, START_METHOD

    if "forkserver" not in multiprocessing.get_all_start_methods():
        assert START_METHOD == "spawn"
        return
    with dask_client(workers=1):  # the fork server runs from here on, whatever ran before
        pass
    monkeypatch.setenv("SEISMO_TEST_WORKER_ENV", "set after the fork server started")
    with dask_client(workers=1) as client:
        parent, env, modules = next(iter(client.run(_how_started).values()))
    assert START_METHOD == "forkserver"
    assert parent != os.getpid()  # a spawned worker's parent is its nanny, here
    assert env == "set after the fork server started"
    assert set(PRELOAD) <= modules  # nothing here asked the worker to import seismo or spaCy


def _how_started() -> tuple[int, str | None, set[str]]:
    import os
    import sys

    return os.getppid(), os.environ.get("SEISMO_TEST_WORKER_ENV"), set(sys.modules)


def test_a_cluster_with_no_worker_fails_each_batch_and_the_run_ends(tmp_path):
    with dask_client(workers=0, no_workers_s=0.5) as client, Store.open(tmp_path / "s.db") as store:
        stats = ingest(standin.corpus(6), store=store, client=client,
                       factory=functools.partial(standin.build, str(_state(tmp_path))), batch_size=3)
    assert (stats.failed, stats.added) == (6, 0)
