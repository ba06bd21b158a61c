"""``dask_client(workers=N)`` (a LocalCluster of N worker processes) or
``dask_client(scheduler="tcp://host:8786")`` (an existing cluster)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from seismo.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client


#: "never", in seconds: how long a LocalCluster waits for a lost worker to come back before it
#: closes that worker's nanny (the nanny restarts it; see :func:`dask_client`)
NEVER_S = 7 * 24 * 3600
#: seconds a batch waits on a LocalCluster with no worker left before it fails (a run ends)
NO_WORKERS_S = 600.0


@contextlib.contextmanager
def dask_client(*, workers: int | None = None, scheduler: str | None = None,
                timeout: float | None = None, no_workers_s: float = NO_WORKERS_S) -> Iterator[Client]:
    """A Dask client, closed (with its LocalCluster, if it made one) on exit.

    workers: start a ``LocalCluster`` of this many processes, one thread each (spaCy and the
    extractors are CPU-bound Python: threads would share one interpreter lock).
    scheduler: connect to the scheduler of a cluster someone else runs instead.
    timeout: seconds to wait for that scheduler (default: ``$SEISMO_SCHEDULER_TIMEOUT``, else 30).
    no_workers_s: on a LocalCluster, a task that has waited this long with no worker to run it
    fails (each batch of an ingest is then counted failed and the run ends, never hangs); a
    scheduler someone else runs keeps its own ``distributed.scheduler.no-workers-timeout``.
    """
    if (workers is None) == (scheduler is None):
        raise ValueError("give exactly one of workers= and scheduler=")
    from distributed import Client, LocalCluster

    if scheduler is not None:
        if timeout is None:
            timeout = float(os.environ.get("SEISMO_SCHEDULER_TIMEOUT", "30"))
        try:
            client = Client(scheduler, timeout=timeout)
        except OSError as exc:
            raise ConfigError(f"no Dask scheduler answered at {scheduler} ({exc}); start one "
                              "(`dask scheduler`, then `dask worker ADDRESS`) or use --workers N") from exc
        with client:
            yield client
        return
    import dask

    # A LocalCluster closes a worker's nanny for good when no worker of its name is back
    # ``lost-worker-timeout`` after one was lost; the nanny restarts its worker, but a worker that
    # dies again (an article that kills every worker that reads it) is restarting when an earlier
    # loss's check comes, and the cluster ends with no worker while batches wait: a run that never
    # ends.  The nannies restart workers themselves: never close one while the cluster runs.
    with dask.config.set({"distributed.deploy.lost-worker-timeout": f"{NEVER_S}s",
                          "distributed.scheduler.no-workers-timeout": f"{no_workers_s}s"}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client
