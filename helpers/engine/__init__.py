"""Engines: every table of the collection for a corpus, in one process (pandas) or over Dask partitions.

``corpus_tables(articles, engine="pandas")`` returns a dict of the tables the notebooks build
(articles, sentences, stated figures, clauses, quotes, voices, distancing markers, blame, frame and
naming evidence and profiles, group sizes, agency, distinctive terms, facts and verdicts);
``engine="dask"`` computes the same tables with the corpus split by article into Dask partitions,
on the scheduler the caller chooses (``dask_engine``). ``write_tables`` stores them as Parquet,
one file per table. From the command line::

    python -m helpers.engine --corpus DIR [--engine pandas|dask] [--scheduler ADDRESS] [--out DIR]

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> t = corpus_tables(load_corpus(SEEDS), n_permutations=50)
>>> len(t["articles"]), len(t["verdicts"]) > 0
(2, True)
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ENGINES = ("pandas", "dask")


def corpus_tables(articles: pd.DataFrame, *, engine: str = "pandas", by: str = "perspective", scheduler=None,
                  npartitions: int | None = None, n_permutations: int = 1000) -> dict[str, pd.DataFrame]:
    """Every table of the collection for *articles* (see the module docstring); both engines give the same tables."""
    if engine == "pandas":
        from .pandas_engine import run
    elif engine == "dask":
        from .dask_engine import run
    else:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    return run(articles, by=by, scheduler=scheduler, npartitions=npartitions, n_permutations=n_permutations)


def _storable(df: pd.DataFrame) -> pd.DataFrame:
    """A copy Parquet can hold: the index as a column, lists and other objects as text."""
    out = df.reset_index() if df.index.name else df.reset_index(drop=True)
    for col in out.columns:
        if out[col].dtype == object:
            kinds = {type(v) for v in out[col].dropna()}
            if kinds - {str}:
                out[col] = out[col].map(lambda v: v if v is None or isinstance(v, str) else str(v))
    return out


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path) -> list[Path]:
    """Write each table as ``<out>/<name>.parquet``; return the paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        path = out / f"{name}.parquet"
        _storable(df).to_parquet(path, index=False)
        written.append(path)
    return written
