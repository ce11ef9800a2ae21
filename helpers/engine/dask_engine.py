"""The Dask engine: the corpus split by article into partitions, each analysed on a Dask worker.

``run(articles, scheduler=...)`` maps ``tables.per_part`` over the partitions with Dask's own
scheduler and combines the parts (``tables.combine``): the same tables as the pandas engine.
``scheduler`` is what the caller chooses, as in Dask:

* ``None``: a local ``distributed`` cluster, one single-threaded worker per core, each with a memory
  limit (``WORKER_MEMORY``), started for this run and closed after it;
* ``"synchronous"``, ``"threads"``, ``"processes"``: Dask's local schedulers (no cluster);
* an address (``"tcp://10.0.0.5:8786"``): an existing cluster's scheduler;
* a ``distributed.Client``.
"""
from __future__ import annotations

import os

import pandas as pd

from ..claims.facts import dated_span
from .tables import combine, combine_written, per_part, write_part

WORKER_MEMORY = "2GiB"  # a worker that needs more is paused, then restarted by distributed, never left to swap
ARTICLES_PER_PARTITION = 250


def partitions(articles: pd.DataFrame, npartitions: int | None = None) -> list[pd.DataFrame]:
    """*articles* in contiguous slices of corpus order (``ARTICLES_PER_PARTITION`` each unless ``npartitions`` is given)."""
    n = len(articles)
    k = npartitions or max(1, -(-n // ARTICLES_PER_PARTITION))
    size = max(1, -(-n // k))
    return [articles.iloc[i:i + size] for i in range(0, n, size)] or [articles]


def _written(part: pd.DataFrame, k: int, out, by: str, span) -> dict:
    return write_part(per_part(part, by=by, span=span), k, out, articles=part, by=by)


def run(articles: pd.DataFrame, *, by: str = "perspective", scheduler=None, npartitions: int | None = None,
        n_permutations: int = 1000, out=None) -> dict[str, pd.DataFrame]:
    """The tables (``tables.combine``); with ``out``, the workers write the per-article ones and only the
    corpus-wide ones come back (``tables.write_part``, ``tables.combine_written``)."""
    import dask
    from dask import delayed

    span = dated_span(articles)  # the corpus's, for every partition
    parts_in = partitions(articles, npartitions)
    if out is None:
        tasks = [delayed(per_part)(p, by=by, span=span) for p in parts_in]
    else:
        tasks = [delayed(_written)(p, k, str(out), by, span) for k, p in enumerate(parts_in)]
    if isinstance(scheduler, str) and scheduler in ("synchronous", "threads", "processes", "sync", "single-threaded"):
        parts = list(dask.compute(*tasks, scheduler=scheduler))
    else:
        from distributed import Client, LocalCluster
        if scheduler is None:
            with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, memory_limit=WORKER_MEMORY,
                              processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
                parts = client.gather(client.compute(tasks))
        elif isinstance(scheduler, Client):
            parts = scheduler.gather(scheduler.compute(tasks))
        else:
            with Client(scheduler) as client:
                parts = client.gather(client.compute(tasks))
    if out is not None:
        return combine_written(parts, articles, by=by, n_permutations=n_permutations)
    return combine(parts, articles, by=by, n_permutations=n_permutations)
