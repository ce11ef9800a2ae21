"""The one command that renders the report: ``python -m helpers.report [--corpus DIR] [--out DIR] [--stored]
[--engine pandas|dask [--scheduler ADDRESS] [--partitions N]]``.

It runs every numbered notebook on the corpus and writes the static HTML report
(``helpers.show.report.build``; ``make report``). The corpus's tables are first computed once by an
engine (``helpers.engine``: ``pandas`` by default, in this process; ``dask`` spreads the articles over a
Dask cluster, a local one by default or the one at ``--scheduler``) and written as Parquet to
``<out>/tables/``; the notebooks then read them instead of computing them in their kernel (the pages are
the same bytes either way: ``tests/test_report.py``), and the report carries them, with a data dictionary
(``tables/README.md``, ``tables.html``), for anyone to query. ``--stored`` runs nothing and computes no tables.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .engine import ENGINES, corpus_tables
from .paths import REPORTS, SEEDS
from .show.report import ReportError, build


def render(out=REPORTS, *, corpus=None, stored: bool = False, engine: str | None = None, scheduler=None,
           npartitions: int | None = None, notebooks=None, log=print) -> list[Path]:
    """The report in *out* (``build``), from the tables *engine* (default ``pandas``) wrote to ``<out>/tables/``;
    with ``stored``, from the outputs saved in the notebooks (no engine)."""
    tables = None
    if stored and engine is not None:
        raise ReportError("--stored shows the outputs saved in the notebooks; it cannot use --engine")
    if not stored:
        engine = engine or "pandas"
        folder = Path(corpus) if corpus is not None else SEEDS
        if not folder.is_dir():
            raise ReportError(f"--corpus {corpus}: not a folder")
        t0 = time.perf_counter()
        tables = Path(out).resolve() / "tables"
        _clean_tables(tables)
        corpus_tables(folder, engine=engine, scheduler=scheduler, npartitions=npartitions, out=tables)
        log(f"computed the tables with the {engine} engine in {time.perf_counter() - t0:.1f} s: {tables}")
    return build(out, corpus=corpus, stored=stored, tables=tables, notebooks=notebooks, log=log)


def _clean_tables(folder: Path) -> None:
    """Remove the tables an earlier report wrote into *folder* (only the engines' own file names), so a table one
    engine wrote as a file and another as a folder of parts is never read stale."""
    from .engine import TABLES

    for name in TABLES:
        (folder / f"{name}.parquet").unlink(missing_ok=True)
        for part in (folder / name).glob("part-*.parquet"):
            part.unlink()
    for extra in ("tables.json", "README.md"):
        (folder / extra).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="a folder of articles to run every notebook on (default: the notebooks' own, seeds/)")
    parser.add_argument("--out", default=str(REPORTS), help="where to write the report (default: reports/)")
    parser.add_argument("--stored", action="store_true",
                        help="render the outputs stored in the notebooks instead of re-executing them")
    parser.add_argument("--engine", choices=ENGINES, default=None,
                        help="the engine that computes the corpus's tables first, written to <out>/tables/ as Parquet, "
                             "for the notebooks to read and the report to carry (default: pandas)")
    parser.add_argument("--scheduler", default=None,
                        help="with --engine dask: an existing scheduler's address (tcp://host:8786), or synchronous / "
                             "threads / processes (default: a local cluster, one worker per core)")
    parser.add_argument("--partitions", type=int, default=None, help="with --engine dask: how many partitions")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        written = render(args.out, corpus=args.corpus, stored=args.stored, engine=args.engine,
                         scheduler=args.scheduler, npartitions=args.partitions)
    except ReportError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 1
    for p in written:
        print(f"wrote {p}")
    print(f"report built in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
