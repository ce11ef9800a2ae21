"""The Dask engine: the corpus split by article into partitions, each analysed on a Dask worker.

``run(articles, scheduler=...)`` maps ``tables.per_part`` over the partitions with Dask's own
scheduler and combines the parts (``tables.combine``), the verdicts' comparisons each a task on the
workers too (``tables.verdict_tasks``): the same tables as the pandas engine.
``scheduler`` is what the caller chooses, as in Dask:

* ``None``: a local ``distributed`` cluster, one single-threaded worker per core, each with a memory
  limit (``WORKER_MEMORY``), started for this run and closed after it;
* ``"synchronous"``, ``"threads"``, ``"processes"``: Dask's local schedulers (no cluster);
* an address (``"tcp://10.0.0.5:8786"``): an existing cluster's scheduler;
* a ``distributed.Client``.
"""
from __future__ import annotations

import itertools
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ..claims.facts import dated_span
from ..framing.terms import finish_terms
from ..load.corpus import label_articles, load_files, plan_corpus
from .tables import TERMS, combine, combine_written, per_part, plan_terms, score_bucket, term_tasks, write_part

WORKER_MEMORY = "2GiB"  # a worker that needs more is paused, then restarted by distributed, never left to swap
ARTICLES_PER_PARTITION = 250


def partitions(articles, npartitions: int | None = None) -> list:
    """*articles* (a dataframe, or a list such as ``plan_corpus``'s) in contiguous slices of corpus order
    (``ARTICLES_PER_PARTITION`` each unless ``npartitions`` is given)."""
    n = len(articles)
    k = npartitions or max(1, -(-n // ARTICLES_PER_PARTITION))
    size = max(1, -(-n // k))
    cut = articles.iloc if isinstance(articles, pd.DataFrame) else articles
    return [cut[i:i + size] for i in range(0, n, size)] or [articles]


TEXT = ("raw", "body")  # the long text columns: the client keeps them only for the undated articles


def _light(plan: list) -> pd.DataFrame:
    """A slice of the corpus as the client needs it: every column, the long text only for undated articles
    (the corpus-wide steps read an undated article again once the corpus places it)."""
    part = load_files(plan)
    dated = part["published"].notna()
    for col in TEXT:
        part[col] = part[col].where(~dated, "")
    return part


def _loaded_written(plan: list, labels: pd.Series, k: int, out, by: str, span, buckets: int) -> dict:
    part = label_articles(load_files(plan), labels)
    return write_part(per_part(part, by=by, span=span), k, out, articles=part, by=by, buckets=buckets)


def _written(part: pd.DataFrame, k: int, out, by: str, span, buckets: int) -> dict:
    return write_part(per_part(part, by=by, span=span), k, out, articles=part, by=by, buckets=buckets)


def _scored_terms(parts: list[dict], out, buckets: int, compute, n_permutations: int) -> pd.DataFrame:
    """The distinctive terms from the term counts the parts wrote: one task per language (with two groups or
    more), n-gram size and bucket (``tables.term_tasks``, ``tables.score_bucket``), finished on the client
    (``finish_terms``)."""
    from dask import delayed

    groups = plan_terms(parts, out)
    tasks = [delayed(score_bucket)(str(out), n, b, groups[lang], language=lang, n_permutations=n_permutations)
             for lang, n, b in term_tasks(groups, buckets)]
    blocks = compute(tasks) if tasks else []
    return finish_terms(blocks, groups, n_permutations=n_permutations)


def term_buckets(n_articles: int) -> int:
    """How many buckets the terms are split into for scoring (one task per bucket and n-gram size): about one per
    ``ARTICLES_PER_BUCKET`` articles, so that a task's term counts and shuffles stay small."""
    return max(1, -(-n_articles // ARTICLES_PER_BUCKET))


ARTICLES_PER_BUCKET = 20_000


TASKS_PER_BATCH = 16  # the verdicts' comparisons are sent this many at a time: the client holds one batch's inputs


def _on_workers(compute, *, batch: int | None = None):
    """``run_tasks`` for ``tables.combine_written``: each task a Dask task, computed as *compute* does, taken from
    its arguments ``batch`` (default ``TASKS_PER_BATCH``) at a time, so the client holds one batch's inputs at once.
    The results, in order."""
    from dask import delayed

    def run(function, arguments):
        out, it = [], iter(arguments)
        while chunk := list(itertools.islice(it, batch or TASKS_PER_BATCH)):
            out += compute([delayed(function)(*a) for a in chunk])
        return out
    return run


@contextmanager
def _computing(scheduler):
    """A function computing a list of delayed tasks on the scheduler the caller chose (see the module doc)."""
    import dask
    if isinstance(scheduler, str) and scheduler in ("synchronous", "threads", "processes", "sync", "single-threaded"):
        yield lambda tasks: list(dask.compute(*tasks, scheduler=scheduler))
        return
    from distributed import Client, LocalCluster
    if isinstance(scheduler, Client):
        yield lambda tasks: scheduler.gather(scheduler.compute(tasks))
    elif scheduler is None:
        with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, memory_limit=WORKER_MEMORY,
                          processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            yield lambda tasks: client.gather(client.compute(tasks))
    else:
        with Client(scheduler) as client:
            yield lambda tasks: client.gather(client.compute(tasks))


def run(articles: pd.DataFrame, *, by: str = "perspective", scheduler=None, npartitions: int | None = None,
        n_permutations: int = 1000, out=None) -> dict[str, pd.DataFrame]:
    """The tables (``tables.combine``); with ``out``, the workers write the per-article ones and only the
    corpus-wide ones come back (``tables.write_part``, ``tables.combine_written``), and the distinctive terms are
    scored bucket by bucket on the workers from the term counts the parts wrote (``tables.score_bucket``), each
    language's sentences among their own groups, as ``distinctive_terms`` compares them."""
    from dask import delayed

    span = dated_span(articles)  # the corpus's, for every partition
    parts_in = partitions(articles, npartitions)
    with _computing(scheduler) as compute:
        if out is None:
            parts = compute([delayed(per_part)(p, by=by, span=span) for p in parts_in])
            return combine(parts, articles, by=by, n_permutations=n_permutations, run_tasks=_on_workers(compute))
        buckets = term_buckets(len(articles))
        parts = compute([delayed(_written)(p, k, str(out), by, span, buckets) for k, p in enumerate(parts_in)])
        terms = _scored_terms(parts, out, buckets, compute, n_permutations)
        shutil.rmtree(Path(out) / TERMS, ignore_errors=True)  # counts for the scoring only, not a table
        return combine_written(parts, articles, by=by, n_permutations=n_permutations, terms=terms,
                               run_tasks=_on_workers(compute))


def run_folder(corpus, *, by: str = "perspective", scheduler=None, npartitions: int | None = None,
               n_permutations: int = 1000, out, log=None) -> dict[str, pd.DataFrame]:
    """``run`` on the folder *corpus*, loaded by the workers: the client lists the files (``plan_corpus``), the
    workers load their slices twice (once for the labels and dates the whole corpus needs, sent back without the
    long text of dated articles; once to analyse them and write their tables), so the client never holds the
    corpus's text. The same tables as ``run(load_corpus(corpus), out=...)``. ``log(stage, seconds)``: told as each
    stage ends."""
    from dask import delayed

    clock = [time.perf_counter()]

    def done(stage: str) -> None:
        now = time.perf_counter()
        if log is not None:
            log(stage, now - clock[0])
        clock[0] = now

    plan = plan_corpus(corpus)
    slices = partitions(plan, npartitions)
    with _computing(scheduler) as compute:
        articles = pd.concat(compute([delayed(_light)(p) for p in slices])) if plan else load_files([])
        articles = label_articles(articles)
        span = dated_span(articles)
        labels = articles["label"]
        buckets = term_buckets(len(articles))
        done("load (workers; labels and dates to the client)")
        parts = compute([delayed(_loaded_written)(p, labels.loc[[aid for _, aid, _, _ in p]], k, str(out), by, span, buckets)
                         for k, p in enumerate(slices)])
        done("per-article tables (workers)")
        terms = _scored_terms(parts, out, buckets, compute, n_permutations)
        shutil.rmtree(Path(out) / TERMS, ignore_errors=True)
        done("distinctive terms (workers)")
        tables = combine_written(parts, articles, by=by, n_permutations=n_permutations, terms=terms,
                                 run_tasks=_on_workers(compute))
        done("facts and profiles (client), verdicts (workers)")
    return tables
