"""The report on a corpus of the size people bring: 500 articles in the kinds of files they have.

    .venv/bin/python benchmarks/bench_report.py [--articles 500] [--outlets 14] [--out DIR] [--keep]

The corpus is ``bench_scale``'s generated articles (invented outlets, varied templates and header layouts),
saved the ways people save articles: most as plain text with a ``sources.csv``, some as HTML pages with page
furniture, ``og:`` and JSON-LD metadata, some as one CSV export and one JSON-lines export (one article per
row, with their own title, date and outlet columns), and a few as UTF-16 text from a Windows tool.

It renders the report twice in the same run, the seeds' and this corpus's (``python -m helpers.report``), and
prints: the time of each and their ratio, every page's size against the 3 MB budget, every figure's size in
pixels against the 2,400 px limit, and any line written for the seeds that appears in the corpus's report.
It exits non-zero when a limit is broken.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench_scale  # noqa: E402

PAGE_BUDGET = 3_000_000
PIXELS = 2400
TIME_BUDGET = 120.0
# What only the seeds' readings hold (their heading, their opening, the seed outlet's name): none may appear in
# another corpus's report. (The generated articles quote a diplomat the seeds quote too, so names of people are
# not marks.)
SEED_MARKS = ("<strong>Reading (seeds).</strong>", "On the seeds:", "Sputnik")

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T08:30:00+02:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies</div></header>
<main><article><h1>{title}</h1>
<div class="share">Share on Facebook Share on X Copy link</div>
{paragraphs}
</article>
<aside><h2>Read more</h2><ul><li><a href="/a">Markets close higher on Friday</a></li>
<li><a href="/b">Weather: snow expected in the north</a></li></ul></aside></main>
<footer>© {outlet} · Contact us · Privacy policy · Terms of use</footer>
</body></html>
"""


def _date_of(text: str, rng) -> str:
    return f"2023-11-{rng.randint(10, 30):02d}"


def write_mixed_corpus(folder: Path, n: int, n_outlets: int, seed: int = bench_scale.SEED) -> dict:
    """``n`` generated articles written as .txt, .html, one .csv, one .jsonl and UTF-16 .txt; returns the counts."""
    import random
    rows = bench_scale.write_corpus(folder, n, seed=seed, n_outlets=n_outlets)
    rng = random.Random(seed + 1)
    kinds = {"txt": 0, "html": 0, "csv": 0, "jsonl": 0, "utf16": 0}
    keep, table_rows = [], {"csv": [], "jsonl": []}
    for i, row in enumerate(rows):
        path = folder / row["file"]
        text = path.read_text(encoding="utf-8")
        kind = ("html" if i % 10 == 1 else "csv" if i % 10 == 2 else "jsonl" if i % 10 == 3
                else "utf16" if i % 50 == 4 else "txt")
        kinds[kind] += 1
        if kind == "txt":
            keep.append(row)
            continue
        lines = [p for p in text.split("\n\n") if p.strip()]
        title, body = lines[0].strip(), [p.strip() for p in lines[1:]]
        date = _date_of(text, rng)
        url = f"https://{row['outlet'].lower().replace(' ', '-')}.example/news/{path.stem}"
        if kind == "utf16":
            path.write_text(text, encoding="utf-16")  # Python writes the BOM
            keep.append(row)
            continue
        path.unlink()
        if kind == "html":
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                             "datePublished": f"{date}T08:30:00+02:00",
                             "publisher": {"@type": "Organization", "name": row["outlet"]}})
            page = HTML_PAGE.format(title=title, outlet=row["outlet"], url=url, date=date, ld=ld,
                                    paragraphs="\n".join(f"<p>{p}</p>" for p in body))
            html_name = path.with_suffix(".html").name
            (folder / html_name).write_text(page, encoding="utf-8")
            keep.append(dict(row, file=html_name, url=url))
        else:
            table_rows[kind].append({"title": title, "text": "\n\n".join(body), "url": url, "date": date,
                                     "media_name": row["outlet"], "perspective": row["perspective"],
                                     "language": "en"})
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(table_rows["csv"][0]), lineterminator="\n")
        w.writeheader()
        w.writerows(table_rows["csv"])
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for r in table_rows["jsonl"]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(keep)
    return kinds


def _png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as fh:
        head = fh.read(24)
    return struct.unpack(">II", head[16:24])


def render(corpus: Path | None, out: Path) -> float:
    cmd = [sys.executable, "-m", "helpers.report", "--out", str(out)] + (["--corpus", str(corpus)] if corpus else [])
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def check(out: Path, *, seeds: bool) -> list[str]:
    broken = []
    for page in sorted(out.rglob("*.html")):
        size = page.stat().st_size
        flag = "" if size < PAGE_BUDGET else "  OVER 3 MB"
        print(f"  {page.relative_to(out)}: {size / 1e6:.2f} MB{flag}")
        if flag:
            broken.append(f"{page.name} is {size / 1e6:.2f} MB")
        if not seeds:
            text = page.read_text(encoding="utf-8")
            for mark in SEED_MARKS:
                if mark in text:
                    broken.append(f"{page.name} holds text written for the seeds: {mark!r}")
    for png in sorted(out.rglob("*.png")):
        w, h = _png_size(png)
        flag = "" if max(w, h) <= PIXELS else "  OVER 2,400 px"
        print(f"  {png.relative_to(out)}: {w} x {h} px{flag}")
        if flag:
            broken.append(f"{png.name} is {w} x {h} px")
    return broken


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--outlets", type=int, default=14)
    parser.add_argument("--out", default=None, help="where to keep the corpus and both reports (default: a temporary folder)")
    args = parser.parse_args(argv)
    base = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="bench_report_"))
    corpus = base / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    kinds = write_mixed_corpus(corpus, args.articles, args.outlets)
    print(f"corpus: {args.articles} articles from {args.outlets} outlets in {corpus}: "
          + ", ".join(f"{v} {k}" for k, v in kinds.items()))
    t_seeds = render(None, base / "seeds_report")
    t_corpus = render(corpus, base / "report")
    print(f"report of the seeds: {t_seeds:.1f} s; of {args.articles} articles: {t_corpus:.1f} s "
          f"({t_corpus / t_seeds:.1f} times the seeds'); budget {TIME_BUDGET:.0f} s")
    broken = check(base / "report", seeds=False)
    if t_corpus > TIME_BUDGET:
        broken.append(f"the report took {t_corpus:.0f} s")
    for b in broken:
        print("LIMIT:", b)
    if not args.out:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
