"""Scale out on Dask: ``seismo ingest --workers N`` / ``--scheduler tcp://HOST:PORT``.

    with dask_client(workers=2) as client:          # a LocalCluster of 2 processes, 1 thread each
        stats = ingest(articles, store=store, client=client, factory=partial(Pipeline, settings=s))

How the work is split, and why the store comes out the same with 1 worker or 20:

- **Workers only extract.**  Each worker builds the pipeline once, when it joins
  (:class:`PipelinePlugin`, a Dask worker plugin), and a task is one batch of articles in, their
  ``Result``\\ s out: a pure function with no side effect, so Dask may run it again anywhere when
  a worker dies mid-batch (the scheduler reschedules the tasks of a lost worker) and nothing is
  lost or doubled.
- **The client writes, in input order.**  :func:`seismo.processing.process` plans the batches
  (skipping articles already stored), hands them to Dask a few ahead of the one it waits for
  (:class:`DaskExtractor`), and writes each batch's results when its turn comes, one
  transaction per batch, exactly as a one-process run does.  Linking (:mod:`seismo.link`) is
  order-dependent — each article joins the events stored before it — so writing in input order
  is what makes a 2-worker run store the same articles, reports and events as a 1-worker run.
- **Writes are idempotent.**  ``Store.write`` reads which articles are stored inside its own
  transaction, after taking the store's write lock (SQLite ``BEGIN IMMEDIATE``; PostgreSQL
  ``pg_advisory_xact_lock``), and skips them: the same article from two runs, or twice in one
  input, is stored once.  Two ``seismo ingest`` runs writing to one PostgreSQL store at once
  therefore serialise their linking on that lock and neither stores an article twice.

A batch whose task fails for good (a worker killed more often than Dask's
``distributed.scheduler.allowed-failures``, or an exception in the pipeline itself) is counted
as failed and not written; the run goes on and ends with stored / present / failed counts.
"""

from __future__ import annotations

from seismo.scale.cluster import dask_client
from seismo.scale.run import PLUGIN, DaskExtractor, PipelinePlugin, extract_batch, ingest

__all__ = ["PLUGIN", "DaskExtractor", "PipelinePlugin", "dask_client", "extract_batch", "ingest"]
