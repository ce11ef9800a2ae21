"""The whole pipeline at scale: load -> extraction -> comparison on 2,000 synthetic articles.

    .venv/bin/python benchmarks/bench_scale.py [--articles 2000] [--seed 20231130] [--stage NAME ...]

The corpus is generated deterministically (``random.Random(seed)``) from templates: each article
recombines sentences from a pool shared by every side and a pool for its outlet's side (Finnish,
Russian, Western, other), with varied numbers (digits, thousands separators, number words,
hedges), dates (day-month, month-day-year, weekdays, parts of months, years), places, speakers
and quotes, under one of four header layouts (a plain title line; a ``Published:`` line; a
``date YYYY-MM-DD`` stamp with a ``Source:`` header line; a wire dateline). Files are written to
a temporary folder with a ``sources.csv`` and read back with ``load_corpus``, as the notebooks do.

For each stage the script prints wall time, the peak of Python allocations during the stage
(``tracemalloc``, which slows the stage; the times are from a separate, untraced run) and the
process's peak resident set size so far (``resource.getrusage``), then the rows it produced.
The stages are the ``STAGES`` table below; ``tests/test_scale.py`` runs the same table and checks
its invariants.
"""
from __future__ import annotations

import argparse
import csv
import gc
import platform
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


SEED = 20231130
N_ARTICLES = 2000
FIELDS = ("title", "standfirst", "body")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens of"]
HEDGES = ["", "about ", "around ", "nearly ", "more than ", "at least ", "some ", "over "]
PLACES = ["Vaalimaa", "Nuijamaa", "Imatra", "Niirala", "Vartius", "Kuusamo", "Salla", "Raja-Jooseppi"]
# Invented outlets: the corpus is synthetic and must not put words in real newsrooms' mouths.
OUTLETS = [
    ("Nordic Courier", "finnish", "HELSINKI"), ("Lakeland Daily", "finnish", "JOENSUU"),
    ("Eastern Wire", "russian", "MOSCOW"), ("Neva Dispatch", "russian", "ST. PETERSBURG"),
    ("Atlantic Report", "western", "BRUSSELS"), ("Baltic Observer", "western", "TALLINN"),
    ("Global Desk", "other", "DOHA"),
]
SPEAKERS = {
    "finnish": ["Prime Minister Petteri Orpo", "Interior Minister Mari Rantanen",
                "Brigadier General Jari Tolppanen of the Finnish Border Guard", "a Finnish Border Guard spokesperson"],
    "russian": ["Foreign Ministry spokeswoman Maria Zakharova", "Kremlin spokesman Dmitry Peskov",
                "the diplomat Sergei Belyaev", "a Russian Foreign Ministry official"],
    "western": ["a European Commission spokesperson", "NATO Secretary General Jens Stoltenberg",
                "an EU border agency official"],
    "other": ["a UNHCR spokesperson", "a regional analyst", "an aid worker in Lappeenranta"],
}
TITLES = {
    "finnish": ["Finland closes {k} more crossings on its eastern border",
                "Finland to shut border crossings with Russia until {month_next} {day2}",
                "Government: Russia is steering asylum seekers to Finland's border"],
    "russian": ["Moscow: Helsinki bears the blame for the end of border cooperation",
                "Russia terminates the {year0} cross-border cooperation agreement with Finland",
                "Finland's border closure is a confrontational step, says Moscow"],
    "western": ["Finland shuts crossings as migrant arrivals from Russia rise",
                "EU backs Finland over border closures with Russia"],
    "other": ["Asylum seekers stranded as Finland closes its border with Russia",
              "What the Finland-Russia border closure means for people in transit"],
}
STANDFIRSTS = ["The move follows weeks of rising arrivals.", "Officials say the measure is temporary.",
               "The two neighbours trade accusations."]
SHARED = [
    "Finland closed {k} of its {of} crossing points on the border with Russia on {weekday}.",
    "{Hedge}{n} asylum seekers have arrived through the eastern checkpoints since {month} {day}.",
    "Only one out of eight checkpoints will remain open for other types of border crossings.",
    "The closure is due to last until {month_next} {day2}, {year}.",
    "The border is {km} kilometres long, the longest external land border of the EU.",
    "Most of those arriving came from Syria, Yemen, Iraq and Somalia.",
    "In {month} {year} alone, {n2} people asked for asylum at the border.",
    "The crossing at {place} was closed on {day} {month}.",
]
OWN = {
    "finnish": [
        "The government said Russia was deliberately steering migrants to the border.",
        "Finland began building a fence along {km2} kilometres of the border in {year}.",
        "The Finnish Border Guard reported {n3} arrivals in the week to {month} {day}.",
        "Helsinki says the closures protect national security.",
    ],
    "russian": [
        "Moscow said the closures were a confrontational step by Helsinki.",
        "The Russian side decided to terminate the agreement on cross-border cooperation signed on April 13, {year0}.",
        "Russian officials accused Finland of an anti-Russian policy since it joined NATO in April {year}.",
        "The fence along the border is a waste of money, the ministry said on {weekday}.",
    ],
    "western": [
        "EU officials said they stood with Finland against hybrid attacks.",
        "Frontex said it would send {k} officers and {n4} guards to help Finland.",
        "Estonia said it was ready to close its own border crossings if needed.",
    ],
    "other": [
        "Aid groups said {n4} people had been left waiting in the cold near {place}.",
        "The UN refugee agency called on both countries to respect the right to seek asylum.",
        "Some travellers said they had paid {n5} euros to reach the border.",
    ],
}
QUOTES = {
    "finnish": ["\"We will not accept this kind of pressure,\" {speaker} said.",
                "{speaker} said the border would stay closed \"as long as necessary\"."],
    "russian": ["\"The Finnish side bears the blame for that,\" {speaker} said.",
                "{speaker} said Moscow would not leave these actions unanswered."],
    "western": ["\"Finland's border is Europe's border,\" {speaker} said on {weekday}.",
                "{speaker} said the situation was being watched closely."],
    "other": ["\"People are caught between two states,\" {speaker} said.",
              "{speaker} said families with children were among those waiting."],
}


def _slots(rng: random.Random, side: str) -> dict:
    month_i = rng.choice([9, 10, 10, 10, 11])  # October to December, mostly November
    year = rng.choice([2023, 2023, 2023, 2024])
    hedge = rng.choice(HEDGES)
    return {
        "k": rng.choice(["two", "three", "four", "5", "6"]), "of": rng.choice(["eight", "nine", "8", "9"]),
        "weekday": rng.choice(WEEKDAYS), "Hedge": hedge.capitalize(), "n": f"{rng.randint(20, 2500):,}",
        "n2": rng.randint(10, 900), "n3": rng.choice(NUMBER_WORDS) if rng.random() < 0.3 else rng.randint(5, 400),
        "n4": rng.randint(3, 120), "n5": f"{rng.randint(1, 15) * 500:,}", "km": "1,340", "km2": rng.choice([70, 200, 260]),
        "month": MONTHS[month_i], "month_next": MONTHS[(month_i + 1) % 12], "day": rng.randint(1, 28),
        "day2": rng.randint(1, 28), "year": year, "year0": rng.choice([2010, 2012, 2013]),
        "place": rng.choice(PLACES), "speaker": rng.choice(SPEAKERS[side]),
    }


def outlets(n: int = len(OUTLETS)) -> list[tuple[str, str, str]]:
    """``n`` invented outlets: the seven above, then numbered editions of them (``Nordic Courier 2``...)."""
    return [OUTLETS[i % len(OUTLETS)] if i < len(OUTLETS) else
            (f"{OUTLETS[i % len(OUTLETS)][0]} {i // len(OUTLETS) + 1}",) + OUTLETS[i % len(OUTLETS)][1:] for i in range(n)]


def make_article(rng: random.Random, i: int, pool: list | None = None) -> tuple[str, dict]:
    """One article (title plus 4-6 paragraphs, 150-300 words) and its ``sources.csv`` row."""
    pool_of_outlets = pool or OUTLETS
    outlet, side, city = pool_of_outlets[rng.randrange(len(pool_of_outlets))]
    s = _slots(rng, side)
    pool = [t.format(**s) for t in rng.sample(SHARED, 4) + rng.sample(OWN[side], 2)]
    pool += [rng.choice(QUOTES[side]).format(**s)]
    pool = [t[0].upper() + t[1:] for t in pool]  # "a spokesperson said ..." opens a sentence
    rng.shuffle(pool)
    paras, k = [], 0
    while k < len(pool):
        size = rng.choice([1, 2, 2])
        paras.append(" ".join(pool[k:k + size]))
        k += size
    title = rng.choice(TITLES[side]).format(**s)
    month_i = MONTHS.index(s["month"])
    day = rng.randint(1, 28)
    layout = rng.randrange(4)
    if layout == 1:
        head = f"{title}\n\nPublished: {day} {MONTHS[month_i]} {s['year']} {rng.randint(6, 22)}:{rng.randint(0, 59):02d}\n\n"
    elif layout == 2:
        head = (f" date {s['year']}-{month_i + 1:02d}-{day:02d} World {title} {rng.choice(STANDFIRSTS)} "
                f"Source: {outlet} {WEEKDAYS[rng.randrange(7)]}, {MONTHS[month_i]} {day}, {s['year']} | "
                f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} Tweet Share\n\n")
    elif layout == 3:
        paras[0] = f"{city}, {MONTHS[month_i][:3]} {day} ({outlet}) - {paras[0]}"
        head = f"{title}\n\n"
    else:
        head = f"{title}\n\n"
    text = head + "\n\n".join(paras) + "\n"
    name = f"syn_{i:05d}_{outlet.lower().replace(' ', '_')}.txt"
    return text, {"file": name, "outlet": outlet, "perspective": side, "language": "en", "url": "",
                  "published": "", "notes": "synthetic article (benchmarks/bench_scale.py)"}


def write_corpus(folder: str | Path, n: int = N_ARTICLES, seed: int = SEED, n_outlets: int = len(OUTLETS)) -> list[dict]:
    """Write *n* articles from *n_outlets* outlets and their ``sources.csv`` into *folder*; return the rows."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = outlets(n_outlets)
    rows = []
    for i in range(n):
        text, row = make_article(rng, i, pool)
        (folder / row["file"]).write_text(text, encoding="utf-8")
        rows.append(row)
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return rows


# ---------------------------------------------------------------------------------------------
# The stages. Each takes the results so far (a dict) and returns its own result. Helpers are
# imported inside the stage: a stage whose helper does not exist fails loudly, it is never faked.


def _load(r):
    from helpers import load_corpus
    return load_corpus(r["folder"])


def _sentences(r):
    from helpers import paragraphs, sentences
    return {"sentences": sentences(r["load"], fields=FIELDS), "paragraphs": paragraphs(r["load"])}


def _stated(r):
    from helpers import stated_figures
    return stated_figures(r["load"])


def _analyse(r):
    """The sentences and their clauses, once (``helpers.analyse``); every framing stage below reads them."""
    from helpers import analyse
    a = analyse(r["load"])
    a.parsed  # the clause analysis runs here, not in the first stage that needs it
    return a


def _actions(r):
    from helpers.framing.actors import actor_actions
    return actor_actions(r["analyse"])


def _quotes(r):
    from helpers.framing.voices import quotes
    return quotes(r["analyse"])


def _terms(r):
    from helpers.framing.terms import distinctive_terms
    return distinctive_terms(r["analyse"], by="perspective")


def _frames(r):
    from helpers.framing.frames import frame_profile, frame_sentences
    return {"sentences": frame_sentences(r["analyse"], by="perspective"), "profile": frame_profile(r["analyse"], by="perspective")}


def _naming(r):
    from helpers.framing.naming import naming_mentions, naming_pairs
    return {"mentions": naming_mentions(r["analyse"], by="perspective"), "pairs": naming_pairs(r["analyse"], by="perspective")}


def _voices(r):
    from helpers.framing.voices import voice_shares
    return voice_shares(r["analyse"], by="perspective", level="article")


def _agency(r):
    from helpers.framing.actors import agency_counts
    return agency_counts(r["actor_actions"], r["load"], by="perspective")


def _claims(r):
    """fact_table + align_claims + reconcile on every article, pairing by source (the default: the outlet).

    Facts stating the same value for the same time are one claim, whatever the number of sources
    stating it: the rows grow with the number of distinct claims, not with the sources or their square."""
    from helpers.claims.verdicts import align_claims, reconcile
    from helpers.claims.facts import fact_table
    facts = fact_table(r["load"], r["stated_figures"])
    aligned = align_claims(r["load"], r["stated_figures"], facts=facts)
    return {"facts": facts, "aligned": aligned, "verdicts": reconcile(aligned)}


# (name, kind, function, results it needs)
STAGES = [
    ("load", "load", _load, ()),
    ("sentences", "load", _sentences, ("load",)),
    ("stated_figures", "extraction", _stated, ("load",)),
    ("analyse", "extraction", _analyse, ("load",)),
    ("actor_actions", "extraction", _actions, ("analyse",)),
    ("quotes", "extraction", _quotes, ("analyse",)),
    ("distinctive_terms", "comparison", _terms, ("analyse",)),
    ("frame_profile", "comparison", _frames, ("analyse",)),
    ("naming_pairs", "comparison", _naming, ("analyse",)),
    ("voice_shares", "comparison", _voices, ("analyse",)),
    ("agency_counts", "comparison", _agency, ("load", "actor_actions")),
    ("align_claims", "comparison", _claims, ("load", "stated_figures")),  # align_claims + reconcile
]


def rows_of(result) -> str:
    if hasattr(result, "parsed"):
        return f"sentences {len(result.sentences):,}"
    if isinstance(result, dict):
        return ", ".join(f"{k} {len(v):,}" for k, v in result.items())
    return f"{len(result):,}"


def run(folder: Path, stages=STAGES, *, trace: bool = True, log=print) -> dict:
    """Run *stages* in order on the corpus in *folder*; return results and measurements."""
    results: dict = {"folder": folder}
    measures = {}
    for name, kind, fn, needs in stages:
        missing = [n for n in needs if n not in results]
        if missing:
            raise RuntimeError(f"stage {name} needs {missing}, which did not run")
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        results[name] = fn(results)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak = None
        if trace:
            gc.collect()
            tracemalloc.start()
            fn(results)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        measures[name] = {"kind": kind, "wall_s": wall, "cpu_s": cpu, "peak_mib": peak, "rss_mib": rss,
                          "rows": rows_of(results[name])}
        log(f"{name:<18} {kind:<11} {wall:8.2f} s  {'' if peak is None else f'{peak:8.1f} MiB':>12}  "
            f"{rss:8.0f} MiB  {measures[name]['rows']}")
    results["measures"] = measures
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=N_ARTICLES)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--outlets", type=int, default=len(OUTLETS), help="how many outlets the articles come from")
    ap.add_argument("--stage", action="append", help="run only these stages (and what they need)")
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass (faster)")
    args = ap.parse_args(argv)
    stages = STAGES
    if args.stage:
        wanted = set(args.stage)
        unknown = wanted - {s[0] for s in STAGES}
        if unknown:
            ap.error(f"unknown stage(s) {sorted(unknown)}; stages: {', '.join(s[0] for s in STAGES)}")
        for name, _, _, needs in reversed(STAGES):
            if name in wanted:
                wanted.update(needs)
        stages = [s for s in STAGES if s[0] in wanted]
    print(f"Python {platform.python_version()} on {platform.machine()}; {args.articles:,} synthetic articles from "
          f"{args.outlets} outlets, seed {args.seed}")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_corpus(tmp, args.articles, args.seed, args.outlets)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        print(f"corpus written in {time.perf_counter() - t0:.2f} s ({size / 1e6:.1f} MB)")
        print(f"{'stage':<18} {'kind':<11} {'wall':>10}  {'py peak':>12}  {'max RSS':>12}  rows")
        results = run(Path(tmp), stages, trace=not args.no_trace)
    total = sum(m["wall_s"] for m in results["measures"].values())
    print(f"total wall time {total:.1f} s")
    if "align_claims" in results["measures"]:
        m = results["measures"]["align_claims"]
        peak = "" if m["peak_mib"] is None else f", peak Python allocations {m['peak_mib']:.0f} MiB"
        print(f"fact_table + align_claims + reconcile on all {args.articles:,} articles from {args.outlets} outlets "
              f"(pairing by outlet): {m['wall_s']:.1f} s{peak}, "
              f"max RSS of the process so far {m['rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
