"""Scale out on Dask: ``seismo ingest --workers N`` / ``--scheduler tcp://HOST:PORT``.

    with dask_client(workers=2) as client:          # a LocalCluster of 2 processes, 1 thread each
        stats = ingest(articles, store=store, client=client, factory=partial(Pipeline, settings=s))

How the work is split, and why the store comes out the same with 1 worker or 20:

- **Workers extract, then write.**  Each worker builds the pipeline once, when it joins
  (:class:`PipelinePlugin`, a Dask worker plugin, which also opens the worker's own connection
  to the store).  A batch is two tasks: :func:`extract_batch` (articles in, their ``Result``\\ s
  out: pure, so Dask may run it again anywhere when a worker dies mid-batch) and
  :func:`write_batch` (those results into the store, one transaction), run by whichever worker
  is free.  :func:`seismo.processing.process` plans the batches (skipping articles already
  stored) and :class:`DaskExtractor` hands them to Dask several ahead of the one being written.
- **Writes in input order.**  Each write task takes the previous batch's write as an argument,
  so Dask starts it only once that one is done: the batches are written one after the other,
  in input order, exactly as a one-process run writes them.  Linking (:mod:`seismo.link`) is
  order-dependent — each article joins the events stored before it — so that order is what
  makes a 2-worker run store the same articles, reports and events as a 1-worker run.  The
  writes run on the workers, next to the results, so the client needs no core of its own (it
  plans, counts and runs the scheduler); they are still one at a time — the serial part of a
  run, sized in docs/SCALING.md.  Where the workers cannot reach the store (an in-memory SQLite store, or an SQLite
  file with a cluster on other machines) the results come back and the client writes them, in
  the same order (``ingest(..., workers_write=False)``).
- **Writes are idempotent.**  ``Store.write`` reads which articles are stored inside its own
  transaction, after taking the store's write lock (SQLite ``BEGIN IMMEDIATE``; PostgreSQL
  ``pg_advisory_xact_lock``), and skips them: the same article from two runs, or twice in one
  input, is stored once.  Two ``seismo ingest`` runs writing to one PostgreSQL store at once
  therefore serialise their linking on that lock and neither stores an article twice.

A batch whose task fails for good (a worker killed more often than Dask's
``distributed.scheduler.allowed-failures``, or an exception in the pipeline itself) is counted
as failed and not written; the writes after it start again as a new chain, and the run ends
with stored / present / failed counts.
"""

from __future__ import annotations

from seismo.scale.cluster import dask_client
from seismo.scale.run import PLUGIN, DaskExtractor, PipelinePlugin, extract_batch, ingest, write_batch

__all__ = ["PLUGIN", "DaskExtractor", "PipelinePlugin", "dask_client", "extract_batch", "ingest", "write_batch"]
