"""The one command that renders the report: ``python -m helpers.report [--corpus DIR] [--out DIR] [--stored]``.

It runs every numbered notebook on the corpus and writes the static HTML report
(``helpers.show.report.build``; ``make report``).
"""
from __future__ import annotations

import argparse
import sys
import time

from .paths import REPORTS
from .show.report import ReportError, build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="a folder of articles to run every notebook on (default: the notebooks' own, seeds/)")
    parser.add_argument("--out", default=str(REPORTS), help="where to write the report (default: reports/)")
    parser.add_argument("--stored", action="store_true",
                        help="render the outputs stored in the notebooks instead of re-executing them")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        written = build(args.out, corpus=args.corpus, stored=args.stored)
    except ReportError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 1
    for p in written:
        print(f"wrote {p}")
    print(f"report built in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
