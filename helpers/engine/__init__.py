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

from .stored import TABLES, Tables, open_tables, read_settings, write_settings  # noqa: F401

ENGINES = ("pandas", "dask")


def corpus_tables(articles, *, engine: str = "pandas", by: str = "perspective", scheduler=None,
                  npartitions: int | None = None, n_permutations: int = 1000, out: str | Path | None = None,
                  log=None) -> dict[str, pd.DataFrame]:
    """Every table of the collection for *articles* (see the module docstring); both engines give the same tables.

    With ``out`` and the Dask engine, the workers write the per-article tables themselves
    (``<out>/<table>/part-NNNNN.parquet``) and only the corpus-wide tables come back (and are written
    to ``<out>/<table>.parquet``): the client never holds the per-article rows. ``read_table`` reads either.
    *articles*: the corpus (``load_corpus``), or its folder; a folder with the Dask engine and ``out`` is loaded
    by the workers (``dask_engine.run_folder``), so the client never holds the articles' text either; ``log(stage,
    seconds)`` is then told as each stage ends."""
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    if engine == "dask" and out is not None and isinstance(articles, (str, Path)):
        from .dask_engine import run_folder
        tables = run_folder(articles, by=by, scheduler=scheduler, npartitions=npartitions, n_permutations=n_permutations,
                            out=out, log=log)
        n_articles = _rows_written(out, "articles")
    else:
        if isinstance(articles, (str, Path)):
            from ..load.corpus import load_corpus
            articles = load_corpus(articles)
        if engine == "pandas":
            from .pandas_engine import run
        else:
            from .dask_engine import run
        tables = run(articles, by=by, scheduler=scheduler, npartitions=npartitions, n_permutations=n_permutations,
                     **({"out": out} if out is not None and engine == "dask" else {}))
        n_articles = len(articles)
    if out is not None:
        write_tables(tables, out)
        write_settings(out, by=by, n_permutations=n_permutations, engine=engine, n_articles=n_articles)
    return tables


def _rows_written(out, name: str) -> int:
    import pyarrow.parquet as pq
    return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted((Path(out) / name).glob("part-*.parquet")))


def read_table(out: str | Path, name: str) -> pd.DataFrame:
    """A table ``write_tables`` or the Dask engine's workers wrote (one file, or a folder of parts in order), as it
    was computed: the same index, columns, types and values (``restore``)."""
    out = Path(out)
    if (out / f"{name}.parquet").is_file():
        return restore(pd.read_parquet(out / f"{name}.parquet"))
    parts = sorted((out / name).glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{out}: no table {name!r} (neither {name}.parquet nor {name}/part-*.parquet)")
    from ..claims.facts import concat_parts
    table = concat_parts([restore(pd.read_parquet(p)) for p in parts], ignore_index=False)
    return table if table.index.name else table.reset_index(drop=True)


def storable(df: pd.DataFrame) -> pd.DataFrame:
    """A copy Parquet holds without loss (``restore`` undoes it): a column of booleans with gaps as pandas
    ``boolean``; lists stay lists; any other object as its text; which columns were Python objects is noted in
    the file (``attrs``), and each date column's type (Parquet has no whole seconds: ``datetime64[s]`` comes back
    in milliseconds). A named index is kept (Parquet readers such as DuckDB see it as a column); a plain
    range index is not stored."""
    out = df.copy() if df.index.name else df.reset_index(drop=True)
    objects, gaps, nan = [], [], []
    for col in out.columns:
        if out[col].dtype != object:
            continue
        objects.append(col)
        if any(v is not None for v in out[col][out[col].isna()]):
            nan.append(col)  # its gaps are NaN, not None
        kinds = {type(v) for v in out[col].dropna()}
        if kinds and kinds <= {bool}:
            out[col] = out[col].astype("boolean")
            gaps.append(col)
        elif kinds - {str, list}:
            out[col] = out[col].map(lambda v: v if v is None or isinstance(v, (str, list)) else str(v))
    dates = {col: str(out[col].dtype) for col in out.columns if out[col].dtype.kind == "M"}
    out.attrs = {"object_columns": objects, "boolean_with_gaps": gaps, "gaps_as_nan": nan, "date_types": dates}
    return out


def restore(df: pd.DataFrame) -> pd.DataFrame:
    """The table ``storable`` stored: its Python-object columns as objects again (booleans with gaps as True,
    False and None; lists as lists), its date columns typed as they were."""
    for col, dtype in df.attrs.get("date_types", {}).items():
        if col in df.columns and str(df[col].dtype) != dtype:
            df[col] = df[col].astype(dtype)
    gaps, nan = set(df.attrs.get("boolean_with_gaps", [])), set(df.attrs.get("gaps_as_nan", []))
    for col in df.attrs.get("object_columns", []):
        if col not in df.columns:
            continue
        gap = float("nan") if col in nan else None
        if col in gaps:
            values = [gap if pd.isna(v) else bool(v) for v in df[col]]
        else:
            values = [v.tolist() if hasattr(v, "tolist") else (gap if v is None or v is pd.NA or v != v else v)
                      for v in df[col]]
        df[col] = pd.Series(values, index=df.index, dtype=object)
    df.attrs = {}
    if not df.index.name:
        df = df.reset_index(drop=True)
    return df


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path) -> list[Path]:
    """Write each table as ``<out>/<name>.parquet``; return the paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.items():
        path = out / f"{name}.parquet"
        storable(df).to_parquet(path)
        written.append(path)
    return written
