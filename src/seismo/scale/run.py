"""The worker side (:class:`PipelinePlugin`, :func:`extract_batch`) and the client side
(:class:`DaskExtractor`, :func:`ingest`) of a Dask ingest; see :mod:`seismo.scale`."""

from __future__ import annotations

import itertools
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from seismo.model import Article, Result
from seismo.processing import Batch, Failed, ProcessStats, Runner, process

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

    from seismo.store import Store

#: the name the pipeline plugin is registered under on every worker
PLUGIN = "seismo-pipeline"


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin holding the worker's pipeline: ``factory()`` runs once per worker
    process, when the worker starts (or joins later, or is restarted after a crash), never per
    task.  ``factory`` is pickled to the workers: a module-level callable or a
    ``functools.partial`` of one (e.g. ``partial(Pipeline, settings=settings)``)."""

    name = PLUGIN

    def __init__(self, factory: Callable[[], Runner]) -> None:
        self.factory = factory
        self.pipeline: Runner | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = self.factory()

    def teardown(self, worker: Any) -> None:
        self.pipeline = None

    def __getstate__(self) -> dict[str, Any]:
        return {"factory": self.factory, "pipeline": None}  # the pipeline never travels

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.factory, self.pipeline = state["factory"], None


def extract_batch(articles: list[Article]) -> tuple[Result, ...]:
    """The Dask task: this worker's pipeline over one batch; pure (no writes), so a retry after a
    lost worker is harmless."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN]
    if plugin.pipeline is None:  # pragma: no cover - setup always ran
        plugin.setup(get_worker())
    return tuple(plugin.pipeline.run_many(articles))


class DaskExtractor:
    """An extractor for :func:`seismo.processing.process`: submits batches to the cluster, at most
    ``ahead`` in flight, and gives their results back in submission order (a batch that failed
    for good gives :class:`~seismo.processing.Failed`)."""

    def __init__(self, client: Client, *, ahead: int | None = None, retries: int = 1) -> None:
        self.client = client
        self.ahead = ahead or max(2, 2 * sum(client.nthreads().values()))
        self.retries = retries
        self.run = uuid.uuid4().hex[:8]

    def __call__(self, todos: Iterator[list[Article]]) -> Iterator[tuple[Result, ...] | Failed]:
        flight: deque[Any] = deque()  # futures, or () for an empty batch
        numbered = enumerate(todos)

        def submit(n: int) -> None:
            for i, todo in itertools.islice(numbered, n):
                flight.append(self.client.submit(extract_batch, todo, key=f"seismo-extract-{self.run}-{i}",
                                                 pure=False, retries=self.retries) if todo else ())

        submit(self.ahead)
        while flight:
            head = flight.popleft()
            submit(1)
            if not head:
                yield ()
                continue
            try:
                yield head.result()
            except Exception as exc:  # noqa: BLE001 - the batch runner logs and goes on
                yield Failed(f"{type(exc).__name__}: {exc}")
            finally:
                head.release()


def ingest(articles: Iterable[Article], *, store: Store, client: Client, factory: Callable[[], Runner],
           reprocess: bool = False, force: bool = False, batch_size: int = 64,
           on_batch: Callable[[Batch], None] | None = None, ahead: int | None = None) -> ProcessStats:
    """:func:`seismo.processing.process` with extraction on the Dask cluster of ``client``: each
    worker builds ``factory()`` once; results are written here, in input order.  With
    ``reprocess`` the step versions are read from a ``factory()`` built here (cheap: pipelines
    load their models on first use)."""
    client.register_plugin(PipelinePlugin(factory), name=PLUGIN)
    here = factory() if reprocess and not force else None
    return process(articles, store=store, pipeline=here or _NoPipeline(), reprocess=reprocess, force=force,
                   batch_size=batch_size, on_batch=on_batch, extract=DaskExtractor(client, ahead=ahead))


class _NoPipeline:
    """The client's stand-in: the workers run the pipeline."""

    def run_many(self, articles: Iterable[Article]) -> Iterable[Result]:  # pragma: no cover
        raise AssertionError("the Dask workers extract")
