"""Both engines on one generated corpus: time and peak memory, per stage.

    .venv/bin/python benchmarks/bench_engines.py [--articles 10000] [--workers 2] [--partition 250]

The corpus is ``bench_scale``'s (templates written for the benchmark, deterministic seed). The
pandas engine: load (``load_corpus``), the per-article tables, the corpus-wide tables (sizes summed,
profiles, agency, distinctive terms, facts and verdicts) and the write, in one process. The Dask
engine runs the command's own path (``corpus_tables(folder, engine="dask", out=...)`` on a local
``distributed`` cluster of ``--workers`` single-threaded workers, each limited to 2 GiB): the
workers load the files, write their parts' per-article tables as Parquet and score the distinctive
terms bucket by bucket; the client keeps the articles' metadata (and the text of undated ones),
finishes the facts and pairs them into verdicts. Memory: the client's peak resident set (``getrusage``) and,
for Dask, the largest resident set any worker reached (sampled every 0.2 s). Each engine runs in a
fresh process, so one's memory does not count against the other's. The tables of both are checked
equal at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_engine(folder: str, engine: str, workers: int, partition: int, permutations: int, out: str) -> dict:
    from helpers import load_corpus
    from helpers.engine import corpus_tables, dask_engine, write_tables
    from helpers.engine.tables import combine, per_part
    stages = {}
    worker_peak = None
    if engine == "pandas":
        t0 = time.perf_counter()
        articles = load_corpus(folder)
        stages["load"] = (time.perf_counter() - t0, _rss_mib())
        t0 = time.perf_counter()
        parts = [per_part(articles)]
        stages["per-article tables"] = (time.perf_counter() - t0, _rss_mib())
        t0 = time.perf_counter()
        tables = combine(parts, articles, n_permutations=permutations)
        stages["corpus-wide tables"] = (time.perf_counter() - t0, _rss_mib())
        t0 = time.perf_counter()
        write_tables(tables, out)
        stages["write"] = (time.perf_counter() - t0, _rss_mib())
    else:
        # the command's own path: the folder given to the engine, loaded and analysed by the workers
        from distributed import Client, LocalCluster
        dask_engine.ARTICLES_PER_PARTITION = partition
        with LocalCluster(n_workers=workers, threads_per_worker=1, memory_limit=dask_engine.WORKER_MEMORY,
                          processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            peak = {"mib": 0.0}
            done = threading.Event()

            def sample():
                while not done.is_set():
                    try:
                        rss = client.run(lambda: __import__("psutil").Process().memory_info().rss)
                        peak["mib"] = max([peak["mib"], *(v / 2**20 for v in rss.values())])
                    except Exception:
                        pass
                    done.wait(0.2)
            th = threading.Thread(target=sample, daemon=True)
            th.start()
            t0 = time.perf_counter()
            tables = corpus_tables(folder, engine="dask", scheduler=client, n_permutations=permutations, out=out,
                                   log=lambda stage, s: stages.__setitem__(stage, (s, _rss_mib())))
            stages["write (client)"] = (time.perf_counter() - t0 - sum(v[0] for v in stages.values()), _rss_mib())
            done.set()
            th.join()
            worker_peak = peak["mib"]
    return {"stages": stages, "worker_peak_mib": worker_peak, "rows": {k: len(v) for k, v in tables.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--partition", type=int, default=250, help="articles per Dask partition")
    ap.add_argument("--permutations", type=int, default=200)
    ap.add_argument("--engines", default="pandas,dask", help="which engines to run (comma-separated)")
    ap.add_argument("--child", nargs=2, metavar=("FOLDER", "ENGINE"), help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        res = one_engine(args.child[0], args.child[1], args.workers, args.partition, args.permutations, args.out)
        print(json.dumps(res))
        return 0
    import bench_scale
    import pandas as pd
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        t0 = time.perf_counter()
        bench_scale.write_corpus(folder, args.articles)
        print(f"{args.articles:,} articles written in {time.perf_counter() - t0:.1f} s; {args.workers} Dask workers, "
              f"{args.partition} articles per partition; {os.cpu_count()} cores")
        results = {}
        engines = args.engines.split(",")
        for engine in engines:
            out = Path(tmp) / engine
            cmd = [sys.executable, __file__, "--child", str(folder), engine, "--out", str(out), "--workers", str(args.workers),
                   "--partition", str(args.partition), "--permutations", str(args.permutations)]
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr[-3000:])
                return 1
            results[engine] = json.loads(proc.stdout.strip().splitlines()[-1])
            results[engine]["total"] = time.perf_counter() - t0
        for e in engines:
            print(f"\n{e} engine{'' if e == 'pandas' else f', {args.workers} workers'}: stage, seconds, client peak MiB")
            for stage, (secs, mib) in results[e]["stages"].items():
                print(f"  {stage:<50}{secs:>9.1f}{mib:>9.0f}")
            print(f"  {'whole run (process)':<50}{results[e]['total']:>9.1f}")
        if "dask" in results:
            print(f"largest Dask worker: {results['dask']['worker_peak_mib']:.0f} MiB (limit 2 GiB)")
        if len(engines) == 2:
            from helpers.engine import TABLES, read_table
            same = all(read_table(Path(tmp) / engines[0], n).equals(read_table(Path(tmp) / engines[1], n)) for n in TABLES)
            print("tables identical:", same)
    return 0


if __name__ == "__main__":
    sys.exit(main())
