"""Analyse once: a corpus's sentences and their clause analysis, shared by every framing helper.

Splitting a corpus into sentences and parsing each sentence into clauses (``clauses.parse_sentence``)
is most of the cost of the framing helpers. ``analyse(articles)`` does it once; every framing helper
(``actor_actions``, ``quotes``, ``voice_shares``, ``distancing_markers``, ``blame_statements``,
``distinctive_terms``, ``frame_profile``, ``naming_pairs`` ...) takes either the articles or what
``analyse`` returned, and gives the same table either way. The notebooks call it once, in their
setup cell. The clause analysis runs the first time a helper needs it, then is kept.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> a = analyse(load_corpus(SEEDS))
>>> len(a), len(a.sentences) > 10, len(a.parsed) == len(a.sentences)
(2, True, True)
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

import pandas as pd

from ..load.corpus import sentences as corpus_sentences
from .clauses import FIELDS, Clause, Context, Tok, parse_sentences


class Parsed(NamedTuple):
    """One sentence and its clause analysis: the sentence row (``article_id, field, paragraph_no,
    sentence_no, text, start, end``), its clauses and tokens, the person named before it, and the
    article's context (people named, the last actor) after its last sentence."""
    row: tuple
    clauses: list[Clause]
    toks: list[Tok]
    person_before: str | None
    ctx: Context


class Analysis:
    """The articles, their sentences (``fields``, in reading order) and, once asked for, their clauses."""

    def __init__(self, articles: pd.DataFrame, *, fields: Iterable[str] = FIELDS):
        self.articles = articles
        self.fields = tuple(f for f in fields if f in articles.columns)
        self.sentences = corpus_sentences(articles, fields=self.fields)
        self._parsed: list[Parsed] | None = None
        self.cache: dict = {}  # what the helpers derive from the sentences once (word counts ...)

    @property
    def parsed(self) -> list[Parsed]:
        """Every sentence with its clauses, in reading order (computed on first use, then kept)."""
        if self._parsed is None:
            self._parsed = [Parsed(*p) for p in parse_sentences(self.sentences)]
        return self._parsed

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        state = "parsed" if self._parsed is not None else "not parsed yet"
        return f"<Analysis of {len(self.articles)} articles, {len(self.sentences)} sentences in {', '.join(self.fields)}; {state}>"


def analyse(articles: pd.DataFrame, *, fields: Iterable[str] = FIELDS) -> Analysis:
    """The corpus's sentences in ``fields``, analysed once for every framing helper (see the module docstring)."""
    return Analysis(articles, fields=fields)


def as_analysis(corpus, fields: Iterable[str] = FIELDS) -> Analysis:
    """*corpus* as an ``Analysis``: itself when it is one over the same fields, else a new one of its articles.

    A helper asked for other fields than the analysis holds analyses again: the clause analysis carries
    context from one sentence to the next, so a subset of fields is not a subset of the analysis."""
    if isinstance(corpus, Analysis):
        wanted = tuple(f for f in fields if f in corpus.articles.columns)
        return corpus if wanted == corpus.fields else Analysis(corpus.articles, fields=wanted)
    return Analysis(corpus, fields=fields)


def articles_of(corpus) -> pd.DataFrame:
    """The articles of *corpus* (articles, or an ``Analysis``)."""
    return corpus.articles if isinstance(corpus, Analysis) else corpus
