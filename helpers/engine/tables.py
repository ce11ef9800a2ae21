"""The corpus's tables, computed per part of the corpus and combined: what both engines run.

A corpus splits by article into parts. ``per_part`` computes, for one part, every table that is
a list of rows about its own articles (sentences, stated figures, clauses, quotes, voices, blame,
frame and naming evidence) and each group's size; a table of one article never depends on
another article (``tests/test_engine.py`` checks it). ``combine`` puts the parts together in
corpus order and computes the tables of the whole corpus from them: group sizes are summed, the
frame profile and the naming pairs are computed from the summed sizes and the evidence rows
(``profile_from``, ``pairs_from``), agency from the clause rows. The fact table is read in two
steps: each part reads its own articles' facts (``fact_rows``, most of the cost), and the corpus
finishes them (``finish_facts``: totals from the corpus, undated articles placed by what the other
articles state); verdicts pair the facts of the whole corpus. Distinctive terms still read every
sentence at once (their permutation null shuffles sentences between groups).

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> t = combine([per_part(load_corpus(SEEDS))], load_corpus(SEEDS))
>>> sorted(t)[:4], len(t["group_sizes"])
(['actor_actions', 'agency_counts', 'articles', 'blame_statements'], 2)
"""
from __future__ import annotations

import pandas as pd

from ..claims.facts import fact_rows, finish_facts, own_windows
from ..claims.verdicts import align_claims, reconcile
from ..extract.stated import stated_figures
from ..framing.actors import actor_actions, agency_counts
from ..framing.analysis import analyse
from ..framing.blame import blame_statements
from ..framing.frames import frame_sentences, profile_from
from ..framing.naming import naming_mentions, pairs_from
from ..framing.terms import distinctive_terms, group_labels, group_sizes
from ..framing.voices import distancing_markers, quotes, voice_shares

# the tables of rows about each article, in the order per_part returns them
PER_ARTICLE = ("sentences", "stated_figures", "actor_actions", "quotes", "voice_shares", "distancing_markers",
               "blame_statements", "frame_sentences", "naming_mentions")
SIZE_COLUMNS = ["n_articles", "n_sentences", "n_words"]


def per_part(articles: pd.DataFrame, *, by: str = "perspective", span="own") -> dict:
    """Every per-article table of one part of the corpus, its groups' sizes (``group_sizes``), and its facts as
    each article alone gives them (``fact_rows``, ``own_windows``; ``span``: the whole corpus's ``dated_span``,
    default ``"own"``: the part is the corpus)."""
    a = analyse(articles)
    figures = stated_figures(articles)
    rows, published = fact_rows(articles, figures, by=by, span=span)
    windows = own_windows(articles, published, span=span)
    return {
        "sentences": a.sentences,
        "stated_figures": figures,
        "fact_rows": rows,
        "published": published,
        "windows": windows,
        "actor_actions": actor_actions(a),
        "quotes": quotes(a),
        "voice_shares": voice_shares(a, by=by, level="article"),
        "distancing_markers": distancing_markers(a),
        "blame_statements": blame_statements(a),
        "frame_sentences": frame_sentences(a, by=by),
        "naming_mentions": naming_mentions(a, by=by),
        "group_sizes": group_sizes(a, by=by),
    }


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Rows of the parts in corpus order (parts with no rows add none, and do not change the column types)."""
    full = [f for f in frames if len(f)]
    return pd.concat(full, ignore_index=True) if full else frames[0].reset_index(drop=True)


def combine(parts: list[dict[str, pd.DataFrame]], articles: pd.DataFrame, *, by: str = "perspective",
            n_permutations: int = 1000) -> dict[str, pd.DataFrame]:
    """The corpus's tables from its parts (in corpus order): the per-article tables, then the corpus-wide ones
    (``combine_written``, from each part in brief)."""
    out = {"articles": articles}
    for name in PER_ARTICLE:
        out[name] = _concat([p[name] for p in parts])
    out.update(combine_written([brief(p, articles, by=by) for p in parts], articles, by=by, n_permutations=n_permutations))
    return out


# ---------------------------------------------------------------------------------------------
# Written by the workers: each part's per-article tables go to Parquet where they are computed, and
# only what the corpus-wide tables need travels back.

def write_part(tables: dict, k: int, out, *, articles: pd.DataFrame, by: str = "perspective") -> dict:
    """Write part *k*'s per-article tables (and its articles) as ``<out>/<table>/part-<k>.parquet``; return what
    the corpus-wide tables need of it (``combine_written``): group sizes, fact rows, publication days, the
    frame and naming evidence in brief, the agency counts and the sentences (for distinctive terms)."""
    from pathlib import Path
    from . import storable
    out = Path(out)
    for name in ("articles", *PER_ARTICLE):
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        storable(articles if name == "articles" else tables[name]).to_parquet(folder / f"part-{k:05d}.parquet")
    return brief(tables, articles, by=by)


def brief(tables: dict, articles: pd.DataFrame, *, by: str = "perspective") -> dict:
    """What the corpus-wide tables need of one part's tables (``per_part``); *articles*: at least the part's."""
    return {
        "group_sizes": tables["group_sizes"], "fact_rows": tables["fact_rows"], "published": tables["published"],
        "windows": tables["windows"],
        "frame_hits": tables["frame_sentences"][["group", "frame", "n_cues", "sentence"]],
        "naming_hits": tables["naming_mentions"][["group", "concept", "term"]],
        "agency": agency_counts(tables["actor_actions"], articles, by=by),
        "sentences": tables["sentences"][["article_id", "field", "text"]],
    }


def combine_written(parts: list[dict], articles: pd.DataFrame, *, by: str = "perspective",
                    n_permutations: int = 1000) -> dict[str, pd.DataFrame]:
    """The corpus-wide tables from each part in brief (``brief``, which ``write_part`` returns; in corpus order): the same tables as
    ``combine`` gives, without the per-article ones (those are on disk)."""
    out = {}
    sizes = _concat([p["group_sizes"] for p in parts])
    sizes = sizes.groupby("group", sort=True)[SIZE_COLUMNS].sum().reset_index().astype({c: "int64" for c in SIZE_COLUMNS})
    out["group_sizes"] = sizes
    out["frame_profile"] = profile_from(_concat([p["frame_hits"] for p in parts]), sizes)
    out["naming_pairs"] = pairs_from(_concat([p["naming_hits"] for p in parts]), sizes)
    agency = _concat([p["agency"] for p in parts])
    if len(agency):
        agency = agency.groupby(["group", "actor"], as_index=False)[["as_agent", "as_patient"]].sum() \
            .sort_values(["group", "actor"]).reset_index(drop=True)
    out["agency_counts"] = agency
    sents = _concat([p["sentences"] for p in parts])
    sents = sents.assign(group=sents["article_id"].map(group_labels(articles, by)))
    out["distinctive_terms"] = distinctive_terms(sents, by="group", n_permutations=n_permutations)
    published, windows = {}, {}
    for p in parts:
        published.update(p["published"])
        windows.update(p["windows"])
    facts = finish_facts(_concat([p["fact_rows"] for p in parts]), published, articles, by=by, windows=windows)
    out["facts"] = facts
    out["verdicts"] = reconcile(align_claims(articles, None, by=by, facts=facts))
    return out
