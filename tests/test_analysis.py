"""Analyse once: every framing helper gives the same table from the articles or from ``analyse(articles)``."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyse, load_corpus
from helpers.framing.actors import actor_actions
from helpers.framing.analysis import as_analysis
from helpers.framing.blame import blame_statements
from helpers.framing.frames import frame_profile, frame_sentences
from helpers.framing.naming import naming_mentions, naming_pairs
from helpers.framing.terms import distinctive_terms, group_sizes
from helpers.framing.voices import distancing_markers, quotes, voice_shares
from helpers.paths import SEEDS, TESTS

HELPERS = {
    "actor_actions": lambda c: actor_actions(c),
    "quotes": lambda c: quotes(c),
    "voice_shares": lambda c: voice_shares(c, by="perspective"),
    "distancing_markers": lambda c: distancing_markers(c),
    "blame_statements": lambda c: blame_statements(c),
    "distinctive_terms": lambda c: distinctive_terms(c, by="perspective", n_permutations=20),
    "group_sizes": lambda c: group_sizes(c, by="perspective"),
    "frame_sentences": lambda c: frame_sentences(c, by="perspective"),
    "frame_profile": lambda c: frame_profile(c, by="perspective"),
    "naming_mentions": lambda c: naming_mentions(c, by="perspective"),
    "naming_pairs": lambda c: naming_pairs(c, by="perspective"),
}


@pytest.fixture(scope="module", params=[SEEDS, TESTS / "fixtures" / "claims_corpus"], ids=["seeds", "claims_corpus"])
def corpus(request):
    articles = load_corpus(request.param)
    return articles, analyse(articles)


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_a_helper_gives_the_same_table_from_the_articles_and_from_the_analysis(corpus, name):
    articles, analysis = corpus
    pd.testing.assert_frame_equal(HELPERS[name](articles), HELPERS[name](analysis))


def test_the_clauses_are_parsed_once_and_shared(corpus, monkeypatch):
    articles, _ = corpus
    analysis = analyse(articles)
    calls = []
    import helpers.framing.analysis as mod
    real = mod.parse_sentences
    monkeypatch.setattr(mod, "parse_sentences", lambda sents: calls.append(len(sents)) or real(sents))
    actor_actions(analysis), quotes(analysis), blame_statements(analysis), voice_shares(analysis)
    assert calls == [len(analysis.sentences)]


def test_other_fields_are_analysed_again_not_filtered():
    # the clause analysis carries people from the title into the body: a subset of fields is analysed afresh
    articles = load_corpus(SEEDS)
    analysis = analyse(articles)
    assert as_analysis(analysis) is analysis
    body = as_analysis(analysis, ("body",))
    assert body is not analysis and body.fields == ("body",) and set(body.sentences["field"]) == {"body"}
