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
                  npartitions: int | None = None, n_permutations: int = 1000, out: str | Path | None = None
                  ) -> dict[str, pd.DataFrame]:
    """Every table of the collection for *articles* (see the module docstring); both engines give the same tables.

    With ``out`` and the Dask engine, the workers write the per-article tables themselves
    (``<out>/<table>/part-NNNNN.parquet``) and only the corpus-wide tables come back (and are written
    to ``<out>/<table>.parquet``): the client never holds the per-article rows. ``read_table`` reads either."""
    if engine == "pandas":
        from .pandas_engine import run
    elif engine == "dask":
        from .dask_engine import run
    else:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    if out is not None and engine == "dask":
        tables = run(articles, by=by, scheduler=scheduler, npartitions=npartitions, n_permutations=n_permutations, out=out)
        write_tables(tables, out)
        return tables
    tables = run(articles, by=by, scheduler=scheduler, npartitions=npartitions, n_permutations=n_permutations)
    if out is not None:
        write_tables(tables, out)
    return tables


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """A table ``write_tables`` or the Dask engine's workers wrote: one file, or a folder of parts in order."""
    out = Path(out)
    if (out / f"{name}.parquet").is_file():
        return pd.read_parquet(out / f"{name}.parquet")
    parts = sorted((out / name).glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{out}: no table {name!r} (neither {name}.parquet nor {name}/part-*.parquet)")
    frames = [pd.read_parquet(p) for p in parts]
    full = [f for f in frames if len(f)]
    return pd.concat(full, ignore_index=True) if full else frames[0]


def storable(df: pd.DataFrame) -> pd.DataFrame:
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
        storable(df).to_parquet(path, index=False)
        written.append(path)
    return written
