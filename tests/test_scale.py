"""The pipeline at scale: 2,000 synthetic articles through load -> extraction -> comparison.

The corpus and the stages are those of ``benchmarks/bench_scale.py`` (deterministic seed; written
to ``tmp_path`` with a ``sources.csv``). Each stage runs once, on first use, and its invariants are
checked: every article loaded with no problem, every offset slicing back to its text, every
planted number and date found with its value, table sizes that add up.

``align_claims`` + ``reconcile`` run on all 2,000 articles with the default pairing key (the
outlet: the corpus has seven), and their rows are checked against the bound the pairing rule gives
(``test_align_claims_on_every_article``).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.paths import ROOT

pytestmark = pytest.mark.slow

N = 2000


def _bench():
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "benchmarks" / "bench_scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


class Pipeline:
    """Runs each stage of ``bench.STAGES`` once, on first use, after the stages it needs."""

    def __init__(self, folder: Path):
        self.results = {"folder": folder}
        self.table = {name: (fn, needs) for name, _, fn, needs in bench.STAGES}

    def __getitem__(self, name):
        if name not in self.results:
            fn, needs = self.table[name]
            for need in needs:
                self[need]
            self.results[name] = fn(self.results)
        return self.results[name]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    rows = bench.write_corpus(folder, N, bench.SEED)
    return folder, pd.DataFrame(rows)


@pytest.fixture(scope="module")
def pipe(corpus):
    return Pipeline(corpus[0])


def _field(articles, aid, field):
    value = articles.at[aid, field]
    return value if isinstance(value, str) else ""


def _bad_slices(articles, table, start="start", end="end", text="text", limit=5):
    bad = []
    for rec in table.itertuples(index=False):
        got = _field(articles, rec.article_id, rec.field)[getattr(rec, start):getattr(rec, end)]
        if got != getattr(rec, text):
            bad.append((rec.article_id, rec.field, getattr(rec, text), got))
            if len(bad) >= limit:
                break
    return bad


def test_corpus_is_deterministic(corpus, tmp_path):
    folder, sources = corpus
    again = bench.write_corpus(tmp_path, 50, bench.SEED)
    for row in again:
        assert (tmp_path / row["file"]).read_bytes() == (folder / row["file"]).read_bytes()
    assert len(sources) == N and sources["file"].is_unique
    assert set(sources["perspective"]) == {"finnish", "russian", "western", "other"}


def test_load_every_article_without_problems(pipe, corpus):
    _, sources = corpus
    articles = pipe["load"]
    assert len(articles) == N
    assert sorted(articles.index) == sorted(Path(f).stem for f in sources["file"])
    assert (articles["problems"] == "").all(), articles.loc[articles["problems"] != "", "problems"].head().tolist()
    assert (articles["title"].str.len() > 0).all()
    assert (articles["n_paragraphs"] >= 1).all() and (articles["n_words"] > 50).all()
    by_file = sources.set_index(sources["file"].map(lambda f: Path(f).stem))
    assert (articles["outlet"] == by_file.loc[articles.index, "outlet"]).all()
    assert (articles["perspective"] == by_file.loc[articles.index, "perspective"]).all()
    # The header layouts: a Published: line or a date stamp gives a publication date.
    assert articles["published"].notna().sum() > N // 3


def test_sentence_and_paragraph_offsets(pipe):
    articles = pipe["load"]
    sents, paras = pipe["sentences"]["sentences"], pipe["sentences"]["paragraphs"]
    assert set(sents["article_id"]) == set(articles.index)
    assert _bad_slices(articles, sents) == []
    paras = paras.assign(field="body")
    assert _bad_slices(articles, paras) == []
    assert (paras.groupby("article_id").size() == articles["n_paragraphs"]).all()


def test_stated_figures_find_what_was_planted(pipe):
    articles, figs = pipe["load"], pipe["stated_figures"]
    assert _bad_slices(articles, figs, "start_char", "end_char") == []
    counts, dates = figs[figs["kind"] == "count"], figs[figs["kind"] == "date"]
    assert set(counts["article_id"]) == set(articles.index), "an article with counts planted has none found"
    assert set(dates["article_id"]) == set(articles.index), "an article with dates planted has none found"
    assert counts["value"].notna().all()

    arrived = re.compile(r"(?:^|(?<=\. ))(?:[A-Z][a-z]+(?: than| least)? )?([\d,]+) asylum seekers have arrived", re.M)
    until = re.compile(r"until (\w+) (\d+), (\d{4})\.")
    planted_counts = planted_dates = 0
    missing = []
    for aid, body in articles["body"].items():
        mine_c, mine_d = counts[counts["article_id"] == aid], dates[dates["article_id"] == aid]
        for m in arrived.finditer(body):
            planted_counts += 1
            value = float(m.group(1).replace(",", ""))
            if not ((mine_c["value"] == value) & mine_c["what"].str.endswith("asylum seekers")).any():
                missing.append((aid, m.group(0)))
        for m in until.finditer(body):
            planted_dates += 1
            day = dt.date(int(m.group(3)), bench.MONTHS.index(m.group(1)) + 1, int(m.group(2)))
            hit = mine_d[mine_d["text"].str.contains(f"{m.group(1)} {m.group(2)}, {m.group(3)}", regex=False)]
            if not (hit["start"].dt.date == day).any():
                missing.append((aid, m.group(0)))
    assert planted_counts > N // 4 and planted_dates > N // 4
    assert missing == [], missing[:5]


def test_actor_actions(pipe):
    articles, acts = pipe["load"], pipe["actor_actions"]
    assert set(acts["article_id"]) <= set(articles.index)
    assert acts["article_id"].nunique() > 0.9 * N
    # start/end span the verb group, which may hold adverbs verb_text leaves out ("would not leave").
    bad = []
    for rec in acts.itertuples(index=False):
        span = _field(articles, rec.article_id, rec.field)[rec.start:rec.end]
        pos = 0
        for word in rec.verb_text.split():
            m = re.compile(rf"\b{re.escape(word)}\b").search(span, pos)
            if not m:
                bad.append((rec.article_id, rec.verb_text, span))
                break
            pos = m.end()
    assert bad == [], bad[:5]


def test_quotes(pipe):
    articles, quotes = pipe["load"], pipe["quotes"]
    assert _bad_slices(articles, quotes, text="quote") == []
    # Every article carries one quote template: a direct quote or a reported one.
    assert quotes["article_id"].nunique() > 0.9 * N
    assert quotes["direct"].any() and (~quotes["direct"]).any()


def test_distinctive_terms(pipe):
    terms = pipe["distinctive_terms"]
    groups = {"finnish", "russian", "western", "other"}
    assert set(terms["group"]) == groups
    sizes = terms.groupby("group").size()
    assert sizes.nunique() == 1, "every term gets a row in every group"
    top = terms.sort_values("z", ascending=False).groupby("group").head(20)
    # Each side's own sentences should set it apart: "confrontational" is only in Russian templates.
    assert "confrontational" in set(top.loc[top["group"] == "russian", "term"])


def test_frame_profile(pipe):
    articles = pipe["load"]
    sent, profile = pipe["frame_profile"]["sentences"], pipe["frame_profile"]["profile"]
    n_frames = profile["frame"].nunique()
    assert len(profile) == 4 * n_frames
    assert profile["n_cues"].sum() == sent["n_cues"].sum()
    per_group = articles.groupby("perspective").size()
    assert (profile.groupby("group")["n_articles"].max() <= per_group).all()


def test_naming_pairs(pipe):
    mentions, pairs = pipe["naming_pairs"]["mentions"], pipe["naming_pairs"]["pairs"]
    assert pairs["count"].sum() == len(mentions)
    assert all(m in s for m, s in zip(mentions["matched"], mentions["sentence"]))
    assert set(pairs["group"]) == {"finnish", "russian", "western", "other"}


def test_voice_shares(pipe):
    shares = pipe["voice_shares"]
    assert len(shares) == N and set(shares["article_id"]) == set(pipe["load"].index)
    assert (shares["own_words"] + shares["direct_words"] + shares["indirect_words"] == shares["words"]).all()
    assert shares[["own_share", "direct_share", "indirect_share"]].sum(axis=1).round(3).eq(1).all()


def test_agency_counts(pipe):
    acts, agency = pipe["actor_actions"], pipe["agency_counts"]
    assert set(agency["group"]) == {"finnish", "russian", "western", "other"}
    assert agency["as_agent"].sum() <= len(acts) and agency["as_patient"].sum() <= len(acts)
    assert (agency[["as_agent", "as_patient"]] >= 0).all().all()


def claim_row_bounds(st):
    """The most rows ``align_claims`` may give, per relation, from its statements ``st``.

    Per topic ``t``, with ``N_t`` statements with a value, ``S_t`` sources stating a value, ``S`` sources
    in all, ``D_{s,t}`` distinct values source ``s`` states and ``D_{a,t}`` those article ``a`` states:

    * across   <= sum_t N_t * (S_t - 1)          (each statement picks one partner in each other source)
    * only_one == sum_t sum_{s states t} D_{s,t} * (S - S_t)   (<= values x (S - 1))
    * within   <= sum_t sum_a D_{a,t} * (D_{a,t} - 1) / 2
    """
    from helpers.claims.verdicts import load_topics
    within_topics = set(load_topics().query("within == 'yes' and kind != 'text'")["topic"])
    valued = st[st["value"] != ""]
    n_sources = st["group"].nunique()
    across = only_one = within = 0
    for topic, g in valued.groupby("topic"):
        s_t = g["group"].nunique()
        across += len(g) * (s_t - 1)
        only_one += g.groupby("group")["key"].nunique().sum() * (n_sources - s_t)
        if topic in within_topics:
            d = g.groupby("article_id")["key"].nunique()
            within += int((d * (d - 1) // 2).sum())
    return {"across": across, "only_one": only_one, "within": within}, n_sources


def test_align_claims_on_every_article(pipe):
    from helpers.claims.verdicts import VERDICTS
    articles = pipe["load"]
    facts, aligned, verdicts = (pipe["align_claims"][k] for k in ("facts", "aligned", "verdicts"))
    assert len(aligned) > 0 and set(aligned["relation"]) <= {"across", "only_one", "within"}
    # Claims are compared across sources (outlets), never inside one but within an article.
    assert facts["source"].nunique() <= articles["outlet"].nunique()
    inside = aligned[aligned["relation"] == "within"]
    assert (inside["article_a"] == inside["article_b"]).all()
    # Rows grow with the distinct claims, not with the pairs of sources.
    assert len(aligned) <= 2 * len(facts)
    # Traceable: each statement is a sentence of the article named beside it.
    sentences = set(zip(pipe["sentences"]["sentences"]["article_id"], pipe["sentences"]["sentences"]["text"]))
    assert all(pair in sentences for pair in zip(aligned["article_a"], aligned["statement_a"]))
    assert set(verdicts["verdict"]) <= set(VERDICTS)
    assert (verdicts.loc[verdicts["relation"] == "within", "verdict"] == "inconsistent_within").all()
    assert verdicts["reason"].str.len().gt(0).all()
