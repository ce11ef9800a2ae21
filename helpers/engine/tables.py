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
articles state); the verdicts are comparisons of the facts of one subject and quantity each
(``verdict_tasks``, ``reconcile_task``), which the Dask engine runs on its workers. The distinctive terms are a reduction
too when the parts are written to disk (``write_part``): each part writes its sentences' term
counts, each bucket of terms is scored against the corpus's totals and shuffles on a worker
(``score_bucket``, ``terms_block``), and the client keeps one group, one language and one term total per
sentence, not the sentences; in memory (``combine``) they are computed from the sentences at once. Both compare
the groups within each language, as ``distinctive_terms`` does (the sentence's language in the term counts), and
the naming pairs keep the rows of the languages the corpus's sentences are read with (each part says which of its
sentences', ``naming_languages``).

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> t = combine([per_part(load_corpus(SEEDS))], load_corpus(SEEDS))
>>> sorted(t)[:4], len(t["group_sizes"])
(['actor_actions', 'agency_counts', 'articles', 'blame_statements'], 2)
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from ..claims.facts import concat_parts, fact_rows, finish_facts, own_windows, pairing_keys
from ..claims.verdicts import align_claims, align_task, aligned_frame, alignment_tasks, reconcile, stack
from ..extract.stated import stated_figures
from ..framing.actors import actor_actions, agency_counts
from ..framing.analysis import analyse
from ..framing.blame import blame_statements
from ..framing.frames import first_hits, frame_sentences, profile_from
from ..framing.naming import naming_languages, naming_mentions, pairs_from
from ..framing.terms import (COLUMNS as TERM_COLUMNS, analysed_sentences, distinctive_terms, group_labels, group_sizes,
                             language_groups, read_languages, sentence_terms, terms_block)
from ..framing.voices import distancing_markers, quotes, voice_shares

# the tables of rows about each article, in the order per_part returns them
PER_ARTICLE = ("sentences", "stated_figures", "actor_actions", "quotes", "voice_shares", "distancing_markers",
               "blame_statements", "frame_sentences", "naming_mentions")
SIZE_COLUMNS = ["n_articles", "n_sentences", "n_words"]


def per_part(articles: pd.DataFrame, *, by: str = "perspective", span="own") -> dict:
    """Every per-article table of one part of the corpus, its groups' sizes (``group_sizes``), and its facts as
    each article alone gives them (``fact_rows``, ``own_windows``; ``span``: the whole corpus's ``dated_span``,
    default ``"own"``: the part is the corpus), and the languages of the naming rows its sentences are read with
    (``naming_languages``)."""
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
        "naming_languages": naming_languages(analysed_sentences(a, by=by)),
        "group_sizes": group_sizes(a, by=by),
    }


def combine(parts: list[dict[str, pd.DataFrame]], articles: pd.DataFrame, *, by: str = "perspective",
            n_permutations: int = 1000, run_tasks=None) -> dict[str, pd.DataFrame]:
    """The corpus's tables from its parts (in corpus order): the per-article tables, then the corpus-wide ones
    (``combine_written``, from each part in brief; ``run_tasks`` as there)."""
    out = {"articles": articles}
    for name in PER_ARTICLE:
        out[name] = concat_parts([p[name] for p in parts])
    out.update(combine_written([brief(p, articles, by=by) for p in parts], articles, by=by, n_permutations=n_permutations,
                               run_tasks=run_tasks))
    return out


# ---------------------------------------------------------------------------------------------
# Written by the workers: each part's per-article tables go to Parquet where they are computed, and
# only what the corpus-wide tables need travels back.

def write_part(tables: dict, k: int, out, *, articles: pd.DataFrame, by: str = "perspective", buckets: int = 1) -> dict:
    """Write part *k*'s per-article tables (and its articles) as ``<out>/<table>/part-<k>.parquet``, and its
    sentences' term counts for the distinctive terms (``write_terms``); return what the corpus-wide tables need
    of it (``combine_written``): group sizes, fact rows, publication days, the frame and naming evidence in
    brief, the agency counts, and each sentence's group, language and number of terms."""
    from . import storable
    out = Path(out)
    for name in ("articles", *PER_ARTICLE):
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        storable(articles if name == "articles" else tables[name]).to_parquet(folder / f"part-{k:05d}.parquet")
    written = brief(tables, articles, by=by, sentences=False)
    written["terms"] = write_terms(tables["sentences"], articles, k, out, by=by, buckets=buckets)
    return written


def brief(tables: dict, articles: pd.DataFrame, *, by: str = "perspective", sentences: bool = True) -> dict:
    """What the corpus-wide tables need of one part's tables (``per_part``); *articles*: at least the part's.
    ``sentences=False``: without the sentences (the distinctive terms are then computed from ``write_terms``)."""
    out = {
        "group_sizes": tables["group_sizes"], "fact_rows": tables["fact_rows"], "published": tables["published"],
        "windows": tables["windows"],
        "frame_hits": first_hits(tables["frame_sentences"]),
        "naming_hits": tables["naming_mentions"][["group", "concept", "term"]],
        "naming_languages": tables["naming_languages"],
        "agency": agency_counts(tables["actor_actions"], articles, by=by),
    }
    if sentences:
        out["sentences"] = tables["sentences"][["article_id", "field", "text"]]
    return out


# ---------------------------------------------------------------------------------------------
# The distinctive terms as a reduction: each part writes its sentences' term counts, split by term into
# buckets; each bucket's terms are scored on a worker against the corpus's totals (``terms_block``), language by
# language; the client keeps one group, one language and one term total per sentence, never the sentences' text.

TERMS = "_terms"         # <out>/_terms/: each part's term counts, the corpus's sentence groups and totals
NGRAM_SIZES = (1, 2)


def _sentences_for_terms(sentences: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    """The analysed sentences ``distinctive_terms`` compares, with their group and (when the articles say) language."""
    sents = sentences[["article_id", "field", "text"]]
    sents = sents.assign(group=sents["article_id"].map(group_labels(articles, by)))
    if "language" in articles.columns:
        sents = sents.assign(language=sents["article_id"].map(articles["language"]))
    return analysed_sentences(sents, by="group")


def write_terms(sentences: pd.DataFrame, articles: pd.DataFrame, k: int, out, *, by: str = "perspective",
                buckets: int = 1) -> dict:
    """Write the term counts of part *k*'s analysed sentences (``sentence_terms``, each sentence tokenised in its
    language, ``read_languages``) to ``<out>/_terms/part-<k>.parquet``, with ``language`` (the sentence's),
    ``n_gram`` and ``bucket`` (the term's CRC-32 modulo *buckets*), ``s`` numbering the part's sentences of each
    language; return each sentence's group, language and, per n-gram size, number of terms."""
    sents = _sentences_for_terms(sentences, articles, by)
    languages = read_languages(sents)
    langs = np.array(languages, dtype=object)
    rank = np.zeros(len(sents), dtype=np.int64)  # each sentence's number among the part's sentences of its language
    for lang in set(languages):
        at = np.flatnonzero(langs == lang)
        rank[at] = np.arange(len(at))
    frames, tokens = [], {}
    for n in NGRAM_SIZES:
        pairs = sentence_terms(sents["text"], n=n, languages=languages)
        s = pairs["s"].to_numpy(np.int64)
        tokens[n] = np.bincount(s, weights=pairs["c"].to_numpy(float), minlength=len(sents))
        pairs["s"] = rank[s]
        pairs["language"] = pd.array(langs[s], dtype="string")
        pairs["n_gram"] = n
        pairs["bucket"] = np.array([zlib.crc32(t.encode("utf-8")) % buckets for t in pairs["term"]], dtype=np.int64)
        frames.append(pairs)
    folder = Path(out) / TERMS
    folder.mkdir(parents=True, exist_ok=True)
    pairs = pd.concat(frames, ignore_index=True).sort_values(["language", "n_gram", "bucket"], kind="stable")
    pairs.to_parquet(folder / f"part-{k:05d}.parquet", index=False)
    return {"groups": sents["group"].tolist(), "languages": languages, "tokens": tokens}


def plan_terms(parts: list[dict], out) -> dict[str, list[str]]:
    """Each language's groups (``language_groups``: the languages the corpus's sentences are read in, sorted), after
    writing to ``<out>/_terms/`` for the bucket tasks (``score_bucket``), per language: the number of its sentences
    before each part's, and each of its sentences' group number (among the language's groups) and term totals."""
    groups = language_groups([g for p in parts for g in p["terms"]["groups"]],
                             [x for p in parts for x in p["terms"]["languages"]])
    folder = Path(out) / TERMS
    folder.mkdir(parents=True, exist_ok=True)
    for lang, mine in groups.items():
        index = {g: i for i, g in enumerate(mine)}
        at = [np.array(p["terms"]["languages"], dtype=object) == lang for p in parts]  # each part's sentences of lang
        np.save(folder / f"offsets-{lang}.npy", np.cumsum([0] + [int(a.sum()) for a in at])[:-1].astype(np.int64))
        labels = [index[g] for p, a in zip(parts, at) for g, x in zip(p["terms"]["groups"], a) if x]
        np.save(folder / f"labels-{lang}.npy", np.array(labels, dtype=np.int64))
        for n in NGRAM_SIZES:
            tokens = [p["terms"]["tokens"][n][a] for p, a in zip(parts, at)]
            np.save(folder / f"tokens-{lang}-{n}.npy", np.concatenate(tokens))
    return groups


def term_tasks(groups: dict[str, list[str]], buckets: int) -> list[tuple[str, int, int]]:
    """The ``(language, n, bucket)`` of each ``score_bucket`` task: every language with two groups or more (a
    language with one has nothing to compare), n-gram size and bucket.

    >>> term_tasks({"en": ["x", "y"], "ru": ["x"]}, 2)
    [('en', 1, 0), ('en', 1, 1), ('en', 2, 0), ('en', 2, 1)]
    """
    return [(lang, n, b) for lang, mine in groups.items() if len(mine) >= 2
            for n in NGRAM_SIZES for b in range(buckets)]


def score_bucket(out, n: int, bucket: int, groups: list[str], *, language: str = "en",
                 n_permutations: int = 1000) -> tuple:
    """``terms_block`` for the terms of size *n* in *bucket* said in the sentences of *language* (whose groups are
    *groups*), read from every part's term counts and scored among that language's sentences, as
    ``distinctive_terms`` does: ``(language, n, rows, max_abs)`` for ``finish_terms``."""
    folder = Path(out) / TERMS
    offsets = np.load(folder / f"offsets-{language}.npy")
    frames = []
    for k, start in enumerate(offsets):
        pairs = pd.read_parquet(folder / f"part-{k:05d}.parquet", columns=["term", "s", "c"],
                                filters=[("language", "==", language), ("n_gram", "==", n), ("bucket", "==", bucket)])
        if len(pairs):
            frames.append(pairs.assign(s=pairs["s"] + int(start)))
    if not frames:
        return language, n, pd.DataFrame(columns=[c for c in TERM_COLUMNS if c not in ("chance", "null_z_all")]), \
            np.zeros((n_permutations, len(groups)))
    pairs = pd.concat(frames, ignore_index=True)
    pairs["term"] = pairs["term"].astype(object)
    rows, max_abs = terms_block(pairs, np.load(folder / f"labels-{language}.npy"),
                                np.load(folder / f"tokens-{language}-{n}.npy"), n=n, groups=groups,
                                n_permutations=n_permutations)
    return language, n, rows, max_abs


def combine_written(parts: list[dict], articles: pd.DataFrame, *, by: str = "perspective", n_permutations: int = 1000,
                    terms: pd.DataFrame | None = None, run_tasks=None) -> dict[str, pd.DataFrame]:
    """The corpus-wide tables from each part in brief (``brief``, which ``write_part`` returns; in corpus order): the same tables as
    ``combine`` gives, without the per-article ones (those are on disk). ``terms``: the distinctive terms when
    already computed from the parts' term counts (``score_bucket``, ``finish_terms``); else from the sentences.
    Each part's ``fact_rows`` are taken out of it (the parts are the client's largest holding).
    ``run_tasks(function, arguments)``: how the verdicts' comparisons (``verdict_tasks``) are run, each on its own
    facts (the Dask engine: on its workers); default: ``reconcile(align_claims(...))`` at once, in this process."""
    out = {}
    sizes = concat_parts([p["group_sizes"] for p in parts])
    sizes = sizes.groupby("group", sort=True)[SIZE_COLUMNS].sum().reset_index().astype({c: "int64" for c in SIZE_COLUMNS})
    out["group_sizes"] = sizes
    out["frame_profile"] = profile_from(concat_parts([p["frame_hits"] for p in parts]), sizes)
    out["naming_pairs"] = pairs_from(concat_parts([p["naming_hits"] for p in parts]), sizes,
                                     languages=sorted({x for p in parts for x in p["naming_languages"]}))
    agency = concat_parts([p["agency"] for p in parts])
    if len(agency):
        agency = agency.groupby(["group", "actor"], as_index=False)[["as_agent", "as_patient"]].sum() \
            .sort_values(["group", "actor"]).reset_index(drop=True)
    out["agency_counts"] = agency
    if terms is None:
        sents = concat_parts([p["sentences"] for p in parts])
        terms = distinctive_terms(_sentences_for_terms(sents, articles, by), by="group", n_permutations=n_permutations)
    out["distinctive_terms"] = terms
    published, windows = {}, {}
    for p in parts:
        published.update(p["published"])
        windows.update(p["windows"])
    # the fact rows are handed over (taken out of each part), so that the client holds them once while finishing them
    facts = finish_facts(concat_parts([p.pop("fact_rows") for p in parts]), published, articles, by=by, windows=windows)
    out["facts"] = facts
    if run_tasks is None:
        out["verdicts"] = reconcile(align_claims(articles, None, by=by, facts=facts))
    else:
        out["verdicts"] = stack(run_tasks(reconcile_task, verdict_tasks(facts, articles, by=by)),
                                empty=reconcile(aligned_frame([])))
    return out


# ---------------------------------------------------------------------------------------------
# The verdicts as independent comparisons: each task pairs the facts of one subject and quantity (or compares one
# topic's facts within articles) and reconciles its pairs, so no process needs every fact's record at once.

def verdict_tasks(facts: pd.DataFrame, articles: pd.DataFrame, *, by: str = "perspective") -> Iterator[tuple]:
    """The arguments of each ``reconcile_task``, in the order of the verdicts' rows (``alignment_tasks``; a
    generator: each task's facts are taken when it comes)."""
    n_sources_all = pairing_keys(articles, by).nunique() if len(articles) else 0
    return ((kind, meta, group, n_sources_all) for kind, meta, group in alignment_tasks(facts))


def reconcile_task(kind: str, meta: dict, facts: pd.DataFrame, n_sources_all: int) -> pd.DataFrame:
    """The verdicts of one comparison (``align_task``, then ``reconcile``)."""
    return reconcile(align_task(kind, meta, facts, n_sources_all=n_sources_all))
