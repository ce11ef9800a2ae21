"""Extraction throughput and peak memory on a synthetic corpus of seed-sized articles.

    .venv/bin/python benchmarks/bench_extract.py [--articles 1200] [--repeats 3] [--profile]

The corpus is built deterministically (``random.Random(SEED)``) by recombining seed-like
sentences with varied numbers, number words, days, months, weekdays, years and outlets; about
60% of the articles carry a ``date YYYY-MM-DD`` header, the rest are undated (their relative
dates are anchored on what the text establishes). The files are written to a temporary folder
with a ``sources.csv`` and read back with ``load_corpus``, so the articles are what the
notebooks see.

Measured, on one core (the process is pinned to one CPU where the OS allows it):

* ``find_dates + find_counts``: both fast paths on each article's text (title, standfirst and
  body joined as ``stated_figures`` joins them), anchored on its publication date;
* ``stated_figures``: the full path (sentences, topics, open/closed state, reference dates, the
  dataframe);
* ``load_corpus``: reading and cleaning the files, for scale.

Throughput is articles per second, the best of ``--repeats`` runs (after one warm-up run), both
by process CPU time (the cost on one core, unaffected by other processes on a shared machine)
and by wall time.
Peak memory is measured in a separate pass under ``tracemalloc`` (Python allocations during
that stage), and the process's peak resident set size comes from ``resource.getrusage``.
Target: at least 2,000 seed-sized articles per second for ``find_dates + find_counts``.
``--profile`` (or a missed target) prints where the time goes (cProfile), for both paths.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from helpers import load_corpus  # noqa: E402
from helpers.extract.counts import find_counts  # noqa: E402
from helpers.extract.dates import find_dates  # noqa: E402
from helpers.extract.stated import stated_figures  # noqa: E402

SEED = 20231120
TARGET = 2000  # articles per second, find_dates + find_counts

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
HEDGES = ["Around", "About", "Nearly", "More than", "Some", "At least", "Over", ""]
PARTS = ["early", "mid", "late"]
OUTLETS = [("Sputnik", "russian"), ("TASS", "russian"), ("RT", "russian"), ("Yle", "finnish"),
           ("Helsingin Sanomat", "finnish"), ("Reuters", "western"), ("AP", "western"), ("", "finnish"),
           ("dpa", "western"), ("Al Jazeera", "other")]
TITLES = [
    "Finland terminates cross-border cooperation deal with Russia",
    "Moscow: We'll terminate border cooperation with Finland",
    "Finland to close more crossings on its border with Russia",
    "Asylum seekers keep arriving at Finland's eastern border",
    "Helsinki blames Moscow for migrant flow at the border",
]
# Seed-like sentences; {slots} are filled per article. Some hold no figure at all, as in the seeds.
SENTENCES = [
    "Finland has officially terminated the cross-border cooperation agreement signed with Russia in {year0}, citing concerns over border security and migration issues.",
    "The decision was made by the Finnish government on {weekday}, with the initiator of the termination being Russia, which conveyed the decision in a message to the Ministry of Foreign Affairs of Finland in {part} {month_prev}.",
    "The agreement, focused on the socio-economic development of border regions, is set to expire on {month_next} {day}, {year_next}.",
    "This development comes as a response to the growing challenges faced by Finland in managing its border with Russia.",
    "Adding to the complexities, Finland, a member of both NATO and the EU, declared in {part} {month} that it would temporarily close its land border with Russia to asylum seekers until {month_next} {day}.",
    "Furthermore, only {small} out of {of} checkpoints will remain open for other types of border crossings.",
    "The Ministry of Foreign Affairs of Finland did not rule out the possibility of a complete border closure if deemed necessary.",
    "{hedge} {n} asylum seekers arrived in Finland from Russian territory in {month} {year}.",
    "These individuals, including citizens of Syria, Yemen, Iraq, and Somalia, were reportedly detained by Russian border guards for lacking appropriate documents.",
    "Responding to the heightened security concerns, Finland began erecting barriers on its border with Russia in {year}.",
    "This situation draws parallels to the migration crisis near the border of Poland and Belarus in {year_old}, where thousands of migrants from the Middle East and Africa attempted to enter the territory of Poland from Belarus.",
    "Earlier, during the weekend, Finland closed {small} of the {of} border crossings with Russia, under the pretext of fearing an influx of illegal migrants and started erecting fences along the way.",
    "The Russian side has decided to terminate the intergovernmental agreement on cross-border cooperation between the two countries, signed in Helsinki on {month_old} {day}, {year0}.",
    "The diplomat said that the Russian authorities will not leave unanswered all the anti-Russian actions of Helsinki.",
    "The Finnish Border Guard said {n2} people crossed on {weekday}, up from {n3} a week earlier.",
    "The fence will cover {km} kilometres of the 1,340-kilometre border and is due to be finished by {year_far}.",
    "The possible closure of the border with Russia was announced by Estonia as well as Norway.",
    "On {day} {month}, {n4} migrants were turned back at the {place} crossing point, officials said on {weekday}.",
    "Belyaev recalled that after Finland's accession to NATO, close interdepartmental contacts were interrupted.",
    "The government said {small} border posts would stay shut for {weeks} weeks while the situation is assessed.",
]
PLACES = ["Vaalimaa", "Nuijamaa", "Imatra", "Niirala", "Vartius", "Kuusamo", "Salla", "Raja-Jooseppi"]


def make_article(rng: random.Random, i: int) -> tuple[str, dict]:
    """One seed-sized article (about 250-300 words) and its sources.csv row."""
    month_i = rng.randrange(12)
    year = rng.choice([2022, 2023, 2023, 2023, 2024])
    slots = {
        "year0": rng.choice([2011, 2012, 2013]), "year": year, "year_old": rng.choice([2015, 2019, 2021]),
        "year_next": year + 1, "year_far": rng.choice([2025, 2026, 2027]),
        "month": MONTHS[month_i], "month_prev": MONTHS[month_i - 1], "month_next": MONTHS[(month_i + 1) % 12],
        "month_old": rng.choice(MONTHS), "day": rng.randint(1, 28), "weekday": rng.choice(WEEKDAYS),
        "part": rng.choice(PARTS), "small": rng.choice(WORDS[:4]), "of": rng.choice(["eight", "nine", "8", "9"]),
        "hedge": rng.choice(HEDGES), "n": f"{rng.randint(20, 1500):,}", "n2": rng.randint(5, 400),
        "n3": rng.randint(5, 400), "n4": rng.randint(3, 90), "km": rng.choice([70, 200, 260]),
        "weeks": rng.choice(["two", "three", "four", "6"]), "place": rng.choice(PLACES),
    }
    order = rng.sample(range(len(SENTENCES)), 13)
    text = [SENTENCES[k].format(**slots).strip() for k in order]
    paras, k = [], 0
    while k < len(text):
        size = rng.choice([2, 2, 3])
        paras.append(" ".join(text[k:k + size]))
        k += size
    outlet, perspective = OUTLETS[i % len(OUTLETS)]
    header = ""
    if rng.random() < 0.6:
        header = f"date {year}-{month_i + 1:02d}-{rng.randint(1, 28):02d}\n\n"
    body = header + rng.choice(TITLES) + "\n\n" + "\n\n".join(paras) + "\n"
    return body, {"file": f"bench_{i:05d}.txt", "outlet": outlet, "perspective": perspective}


def build_corpus(folder: Path, n: int) -> None:
    rng = random.Random(SEED)
    lines = ["file,outlet,perspective,language,url,notes"]
    for i in range(n):
        text, meta = make_article(rng, i)
        (folder / meta["file"]).write_text(text, encoding="utf-8")
        lines.append(f"{meta['file']},{meta['outlet']},{meta['perspective']},en,,synthetic benchmark article")
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def documents(articles) -> list[tuple[str, object]]:
    """(text, published) per article: title, standfirst and body joined as stated_figures joins them."""
    out = []
    for _, art in articles.iterrows():
        parts = [art[f] for f in ("title", "standfirst", "body") if isinstance(art[f], str) and art[f]]
        out.append(("\n\n".join(parts), None if art["published"] is None or str(art["published"]) == "NaT"
                    else art["published"]))
    return out


def extract_all(docs) -> int:
    found = 0
    for text, published in docs:
        found += len(find_dates(text, published)) + len(find_counts(text))
    return found


def best_time(fn, repeats: int) -> tuple[float, float, object]:
    """(best wall seconds, best CPU seconds, result) over *repeats* runs after one warm-up run."""
    fn()  # warm-up: regex compilation, caches
    wall, cpu, result = float("inf"), float("inf"), None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - t0)
    return wall, cpu, result


def traced_peak(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def profile(name: str, fn, order: str, top: int = 15) -> None:
    """Print the *top* functions of one run of *fn* under cProfile, sorted by *order*."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats(order).print_stats(top)
    label = {"tottime": "own time", "cumulative": "cumulative time"}.get(order, order)
    print(f"\nwhere {name} spends its time (cProfile, by {label}; profiling slows every call):")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the cProfile hotspots of find_dates + find_counts")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    pinned = "not pinned: no sched_setaffinity here"
    if hasattr(os, "sched_setaffinity"):
        cpu = sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {cpu})
        pinned = f"pinned to CPU {cpu}"

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_corpus(folder, args.articles)
        load_s, load_cpu, articles = best_time(lambda: load_corpus(folder), 1)
    docs = documents(articles)
    words = articles["n_words"].mean()
    chars = sum(len(t) for t, _ in docs) / len(docs)
    n = len(articles)

    fc_s, fc_cpu, found = best_time(lambda: extract_all(docs), args.repeats)
    sf_s, sf_cpu, table = best_time(lambda: stated_figures(articles), args.repeats)
    fc_mem = traced_peak(lambda: extract_all(docs))
    sf_mem = traced_peak(lambda: stated_figures(articles))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    print(f"corpus: {n} synthetic articles, {words:.0f} words and {chars:,.0f} characters each on average "
          f"(seeds: 255-281 words); {int(articles['published'].notna().sum())} dated, "
          f"{int(articles['published'].isna().sum())} undated")
    print(f"python {platform.python_version()}, one core ({pinned}), {os.cpu_count()} CPUs on the machine, "
          f"load average {os.getloadavg()[0]:.1f}; best of {args.repeats} runs after a warm-up")
    print("CPU = process CPU time (what the code costs on one core); wall = elapsed time (also counts "
          "waiting for a core that other processes hold)\n")
    rows = [
        ("find_dates + find_counts", fc_s, fc_cpu, fc_mem, f"{found:,} mentions"),
        ("stated_figures (full path)", sf_s, sf_cpu, sf_mem, f"{len(table):,} rows"),
        ("load_corpus (for scale)", load_s, load_cpu, None, f"{n:,} articles"),
    ]
    print(f"{'stage':<28} {'CPU s':>7} {'articles/s':>11} {'ms/article':>11} {'wall s':>7} {'articles/s':>11} "
          f"{'peak MiB':>9}  output")
    print(f"{'':<28} {'':>7} {'(CPU)':>11} {'(CPU)':>11} {'':>7} {'(wall)':>11}")
    for name, secs, cpu, mem, out in rows:
        print(f"{name:<28} {cpu:>7.3f} {n / cpu:>11,.0f} {1000 * cpu / n:>11.3f} {secs:>7.3f} {n / secs:>11,.0f} "
              f"{'' if mem is None else f'{mem:.2f}':>9}  {out}")
    print(f"\npeak resident set size of the process: {rss:,.0f} MiB (ru_maxrss); "
          f"peak MiB above: Python allocations during that stage (tracemalloc)")
    rate = n / fc_cpu
    verdict = "met" if rate >= TARGET else "MISSED"
    print(f"target ≥ {TARGET:,} articles/s for find_dates + find_counts: {verdict} "
          f"({rate:,.0f}/s by CPU time, {n / fc_s:,.0f}/s by wall time)")

    if args.profile or rate < TARGET:
        profile("find_dates + find_counts", lambda: extract_all(docs), "tottime")
        profile("stated_figures", lambda: stated_figures(articles), "cumulative")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
