"""``python -m helpers.engine --corpus DIR [--engine pandas|dask] [--scheduler ADDRESS] [--out DIR]``."""
from __future__ import annotations

import argparse
import sys
import time

from ..paths import REPORTS
from . import ENGINES, corpus_tables, read_settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.engine", description="Compute every table of the collection "
                                 "for a corpus and write them as Parquet.")
    ap.add_argument("--corpus", required=True, help="a folder of articles")
    ap.add_argument("--engine", choices=ENGINES, default="pandas")
    ap.add_argument("--scheduler", default=None, help="Dask: an existing scheduler's address, or synchronous / threads / "
                                                      "processes (default: a local cluster, one worker per core)")
    ap.add_argument("--partitions", type=int, default=None, help="Dask: how many partitions (default: 250 articles each)")
    ap.add_argument("--by", default="perspective", help="the grouping column (default: perspective)")
    ap.add_argument("--out", default=str(REPORTS / "tables"), help="where to write the tables (default: reports/tables/)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tables = corpus_tables(args.corpus, engine=args.engine, log=lambda stage, s: print(f"{stage}: {s:.1f} s", flush=True), by=args.by, scheduler=args.scheduler, npartitions=args.partitions,
                           out=args.out)
    print(f"wrote {len(tables)} corpus-wide tables" + (" and the per-article tables' parts" if args.engine == "dask" else
                                                     "") + f" to {args.out}")
    print(f"{read_settings(args.out)['n_articles']} articles, engine {args.engine}: {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
