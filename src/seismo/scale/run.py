"""The worker side (:class:`PipelinePlugin`, :func:`extract_batch`, :func:`write_batch`) and the
client side (:class:`DaskExtractor`, :func:`ingest`) of a Dask ingest; see :mod:`seismo.scale`."""

from __future__ import annotations

import itertools
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from distributed import KilledWorker
from distributed.diagnostics.plugin import WorkerPlugin

from seismo.model import Article, Result
from seismo.processing import Batch, Failed, ProcessStats, Runner, Todo, Written, process

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

    from seismo.store import Store

#: the name the pipeline plugin is registered under on every worker
PLUGIN = "seismo-pipeline"


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin holding the worker's pipeline and, when the workers write, its own
    connection to the store: ``factory()`` and ``Store.open(store_url)`` run once per worker
    process, when the worker starts (or joins later, or is restarted after a crash), never per
    task.  ``factory`` is pickled to the workers: a module-level callable or a
    ``functools.partial`` of one (e.g. ``partial(Pipeline, settings=settings)``)."""

    name = PLUGIN

    def __init__(self, factory: Callable[[], Runner], store_url: str | None = None) -> None:
        self.factory = factory
        self.store_url = store_url
        self.pipeline: Runner | None = None
        self.store: Store | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = self.factory()
        if self.store_url is not None:
            from seismo.store import Store

            self.store = Store.open(self.store_url)

    def teardown(self, worker: Any) -> None:
        self.pipeline = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def __getstate__(self) -> dict[str, Any]:  # the pipeline and the connection never travel
        return {"factory": self.factory, "store_url": self.store_url}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.factory, self.store_url = state["factory"], state.get("store_url")
        self.pipeline = self.store = None


def _plugin() -> PipelinePlugin:
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN]
    if plugin.pipeline is None:  # pragma: no cover - setup always ran
        plugin.setup(get_worker())
    return plugin


def extract_batch(articles: list[Article]) -> tuple[Result, ...] | Failed:
    """The Dask task: this worker's pipeline over one batch; pure (no writes), so a retry after a
    lost worker is harmless.  A pipeline error gives :class:`Failed` (the batch is counted as
    failed; the writes after it go on)."""
    try:
        return tuple(_plugin().pipeline.run_many(articles))
    except Exception as exc:  # noqa: BLE001 - reported per batch, the run goes on
        return Failed(f"{type(exc).__name__}: {exc}")


def write_batch(extracted: tuple[Result, ...] | Failed, previous: Any, replace: bool) -> Any:
    """The Dask task that writes one batch's results into the store from the worker that runs
    it (one transaction, :meth:`~seismo.store.Store.write`).  ``previous`` is the outcome of the
    write before it, unused: as an argument it makes this task wait for that one, so batches are
    written one at a time in input order, as a one-process run writes them.  A retry after a
    lost worker is harmless: the transaction either committed (the articles are then present
    and skipped) or left nothing."""
    if isinstance(extracted, Failed):
        return extracted
    return _plugin().store.write(extracted, replace=replace)


class DaskExtractor:
    """An extractor for :func:`seismo.processing.process`: submits batches to the cluster, at most
    ``ahead`` in flight, and gives their results back in submission order (a batch that failed
    for good gives :class:`~seismo.processing.Failed`).

    write: the workers also write each batch (:func:`write_batch`, chained in input order) and
    :class:`~seismo.processing.Written` comes back; the plugin must hold a store
    (``PipelinePlugin(factory, store_url)``)."""

    def __init__(self, client: Client, *, ahead: int | None = None, retries: int = 1, write: bool = False) -> None:
        self.client = client
        threads = sum(client.nthreads().values())
        # writes trail the extraction: let it run further ahead of the batch being written
        self.ahead = ahead or max(2, (4 if write else 2) * threads)
        self.retries = retries
        self.write = write
        self.run = uuid.uuid4().hex[:8]
        self.chains = 0  # chains of writes started (a new one after a write failed for good)

    def _write(self, i: int, extracted: Any, previous: Any, replace: bool) -> Any:
        # ahead of the extractions queued on the same worker, so the chain of writes never waits
        # behind more than the batch a worker is busy with; a fresh key per chain, as the
        # scheduler may still hold the failed one
        return self.client.submit(write_batch, extracted, previous, replace, pure=False, retries=self.retries,
                                  key=f"seismo-write-{self.run}-{self.chains}-{i}", priority=1)

    def _extract(self, i: int, todo: Todo, attempt: int = 0) -> Any:
        key = f"seismo-extract-{self.run}-{i}" + (f"-again{attempt}" if attempt else "")
        return self.client.submit(extract_batch, todo.articles, key=key, pure=False, retries=self.retries)

    def __call__(self, todos: Iterator[Todo]) -> Iterator[tuple[Result, ...] | Written | Failed]:
        flight: deque[_Flight | None] = deque()  # None: an empty batch
        numbered = enumerate(todos)
        chain: list[Any] = [None]  # the last write submitted: the next one waits for it

        def submit(n: int) -> None:
            for i, todo in itertools.islice(numbered, n):
                if not todo.articles:
                    flight.append(None)
                    continue
                entry = _Flight(i, todo, self._extract(i, todo))
                if self.write:
                    entry.wr = chain[0] = self._write(i, entry.ex, chain[0], todo.replace)
                flight.append(entry)

        def rechain() -> None:
            """A write failed for good, and every write after it with it (each waits for the one
            before): submit those again as a new chain."""
            chain[0] = None
            self.chains += 1
            for entry in flight:
                if entry is not None:
                    entry.wr.release()
                    entry.wr = chain[0] = self._write(entry.i, entry.ex, chain[0], entry.todo.replace)

        def lost() -> bool:
            """Wait for the first batch's extraction.  True when a worker died with the batch on
            it and the batch was submitted again: the scheduler counts a death against every task
            the worker held, those queued behind the batch that killed it too, so an innocent
            batch can run out of allowed failures.  It gets one more try under a fresh key (its
            count starts again) and fails for good only if it kills a worker again."""
            entry = flight[0]
            try:
                entry.ex.result()
            except KilledWorker:
                if entry.again < _AGAIN:
                    entry.again += 1
                    entry.ex.release()
                    entry.ex = self._extract(entry.i, entry.todo, entry.again)
                    if self.write:  # its write, and each after it, waited for the lost extraction
                        rechain()
                    return True
            except Exception:  # noqa: BLE001, S110 - an ordinary failure: read again below
                pass
            return False

        submit(self.ahead)
        while flight:
            if flight[0] is not None and lost():
                continue
            entry = flight.popleft()
            submit(1)
            if entry is None:
                yield ()
                continue
            try:
                try:
                    extracted = entry.ex.result()
                except Exception as exc:  # noqa: BLE001 - the batch runner logs and goes on
                    extracted = Failed(f"{type(exc).__name__}: {exc}")
                if entry.wr is None:
                    yield extracted
                    continue
                try:
                    outcome = entry.wr.result()
                except Exception as exc:  # noqa: BLE001 - this write (or the extraction it waited for) failed for good
                    rechain()  # and every write after it with it
                    outcome = extracted if isinstance(extracted, Failed) else Failed(f"{type(exc).__name__}: {exc}")
                yield outcome if isinstance(outcome, Failed) else Written(extracted, outcome)
            finally:
                entry.ex.release()
                if entry.wr is not None:
                    entry.wr.release()


#: how many more tries a batch gets after it was on a worker that died, each under a fresh key
_AGAIN = 1


class _Flight:
    """One batch in flight: its number, its todo, its extraction and (when the workers write)
    its write future, and how many times it was submitted again after a worker died."""

    __slots__ = ("i", "todo", "ex", "wr", "again")

    def __init__(self, i: int, todo: Todo, ex: Any) -> None:
        self.i, self.todo, self.ex, self.wr, self.again = i, todo, ex, None, 0


def ingest(articles: Iterable[Article], *, store: Store, client: Client, factory: Callable[[], Runner],
           reprocess: bool = False, force: bool = False, batch_size: int = 64,
           on_batch: Callable[[Batch], None] | None = None, ahead: int | None = None,
           workers_write: bool | None = None) -> ProcessStats:
    """:func:`seismo.processing.process` with extraction on the Dask cluster of ``client``: each
    worker builds ``factory()`` once.  With ``reprocess`` the step versions are read from a
    ``factory()`` built here (cheap: pipelines load their models on first use).

    workers_write: the workers write each batch straight into the store, one after the other in
    input order (:func:`write_batch`); otherwise the results come back and are written here, in
    the same order.  Default: the workers write when they can reach the store — a PostgreSQL
    server, or an SQLite file when the cluster is a ``LocalCluster`` on this machine."""
    url = worker_store_url(store, client) if workers_write is not False else None
    if workers_write and url is None:
        raise ValueError(f"the workers cannot reach the store {store.url}; write from the client")
    client.register_plugin(PipelinePlugin(factory, url), name=PLUGIN)
    here = factory() if reprocess and not force else None
    return process(articles, store=store, pipeline=here or _NoPipeline(), reprocess=reprocess, force=force,
                   batch_size=batch_size, on_batch=on_batch,
                   extract=DaskExtractor(client, ahead=ahead, write=url is not None))


def worker_store_url(store: Store, client: Client) -> str | None:
    """The URL the workers open ``store`` with, or None when they cannot reach it: an in-memory
    SQLite store, or an SQLite file while the cluster is not a ``LocalCluster`` of this machine."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite":
        return url.render_as_string(hide_password=False)
    from distributed import LocalCluster

    if not url.database or url.database == ":memory:" or not isinstance(getattr(client, "cluster", None), LocalCluster):
        return None
    return url.render_as_string(hide_password=False)


class _NoPipeline:
    """The client's stand-in: the workers run the pipeline."""

    def run_many(self, articles: Iterable[Article]) -> Iterable[Result]:  # pragma: no cover
        raise AssertionError("the Dask workers extract")
