"""``dask_client(workers=N)`` (a LocalCluster of N worker processes) or
``dask_client(scheduler="tcp://host:8786")`` (an existing cluster)."""

from __future__ import annotations

import contextlib
import multiprocessing
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
#: how a LocalCluster's nannies start (and restart) their worker processes: forked from a server
#: process that imported :data:`PRELOAD` once, where the platform has one (a worker restarted
#: after it died on an article is back in about half a second, not the seconds a fresh
#: interpreter spends importing Dask, spaCy and seismo); else spawned
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
#: what the fork server imports once for every worker it starts: Dask and the seismo modules a
#: worker runs, and spaCy's English (the model itself still loads in each worker, on its first batch)
PRELOAD = ("distributed", "spacy", "spacy.lang.en", "seismo.pipeline", "seismo.scale.run", "seismo.store")


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
    # Workers start from a fork server (START_METHOD): quicker to start, and to restart after a
    # worker died on an article.
    settings = {"distributed.deploy.lost-worker-timeout": f"{NEVER_S}s",
                "distributed.scheduler.no-workers-timeout": f"{no_workers_s}s",
                "distributed.worker.multiprocessing-method": START_METHOD}
    with dask.config.set(settings):
        if START_METHOD == "forkserver":
            from distributed.utils import get_mp_context

            get_mp_context()  # Dask names its own preloads on first use: PRELOAD replaces them
            multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
        # env: the workers see this process's environment as it is now, as spawned ones would,
        # not the fork server's from when it started
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          env=dict(os.environ)) as cluster, Client(cluster) as client:
            yield client
