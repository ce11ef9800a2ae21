"""The speed targets as ratios to a peer in the same run: ``dateparser.search_dates`` on the same articles.

    .venv/bin/python benchmarks/bench_peer.py [--articles 500]

Absolute times vary from machine to machine; a ratio to a well-known library run on the same
articles, in the same process, one after the other, does not. On ``bench_scale``'s generated
articles (title, standfirst and body joined, English, the article's publication date as the
reference), it times, by process CPU time on one process:

* the peer: ``dateparser.search_dates`` on every article;
* ``stated_figures`` (dates and counts, the full path);
* the whole analysis: the pandas engine's tables (load excluded: the peer reads no files), i.e.
  sentences, stated figures, clauses, quotes, voices, blame, frames, naming, agency, distinctive
  terms, facts and verdicts.

and prints articles per second and each one's ratio to the peer (issue targets: stated figures at
least 50 times the peer, the whole analysis at least 2.5 times).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--corpus", help="a folder of articles to use instead of generated ones")
    args = ap.parse_args()
    import bench_scale
    import pandas as pd
    from dateparser.search import search_dates
    from helpers import load_corpus, stated_figures
    from helpers.engine import corpus_tables
    if args.corpus:
        articles = load_corpus(args.corpus)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            bench_scale.write_corpus(Path(tmp), args.articles)
            articles = load_corpus(tmp)
    texts = [(" ".join(str(articles.at[a, f] or "") for f in ("title", "standfirst", "body")),
              articles.at[a, "published"]) for a in articles.index]

    def peer():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for text, day in texts:
                base = day.to_pydatetime() if pd.notna(day) else None
                search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base} if base else {})

    n = len(texts)
    peer()  # warm-up: dateparser loads its language data on first use
    stated_figures(articles.iloc[:20])
    rows = [("dateparser.search_dates (the peer)", _cpu(peer)),
            ("stated_figures", _cpu(lambda: stated_figures(articles))),
            ("whole analysis (pandas engine)", _cpu(lambda: corpus_tables(articles, n_permutations=200)))]
    peer_rate = n / rows[0][1]
    print(f"{n} {'articles from ' + args.corpus if args.corpus else 'generated articles'}, one process, CPU time")
    print(f"{'':<36}{'CPU s':>8}{'articles/s':>12}{'× peer':>9}")
    for name, secs in rows:
        print(f"{name:<36}{secs:>8.2f}{n / secs:>12.0f}{n / secs / peer_rate:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
