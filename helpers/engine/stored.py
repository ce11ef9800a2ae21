"""The tables a notebook reads: computed here from the corpus, or read from what an engine wrote.

``open_tables(corpus, stored=None, by=...)`` returns a ``Tables`` mapping of table name to dataframe
(``TABLES``: the names the engines write). With ``stored=None`` each table is computed in this
process the first time it is asked for, with the same helper calls as the pandas engine (the
sentences are analysed once, ``helpers.analyse``); with ``stored=<folder>`` (written by
``python -m helpers.engine`` or ``python -m helpers.report --engine ...``), each is read from its
Parquet file instead, as it was computed (``read_table``). Either way the same tables
(``tests/test_engine.py``): a notebook runs unchanged on a corpus of 20 articles analysed in the
kernel and on one of 100,000 analysed on a Dask cluster.

>>> from helpers.paths import SEEDS
>>> t = open_tables(SEEDS, n_permutations=50)
>>> len(t["articles"]), int(t["group_sizes"]["n_articles"].sum())
(2, 2)
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from ..claims.facts import fact_table
from ..claims.verdicts import align_claims, reconcile
from ..extract.stated import stated_figures
from ..framing.actors import actor_actions, agency_counts
from ..framing.analysis import analyse
from ..framing.blame import blame_statements
from ..framing.frames import frame_profile, frame_sentences
from ..framing.naming import naming_mentions, naming_pairs
from ..framing.terms import distinctive_terms, group_sizes
from ..framing.voices import distancing_markers, quotes, voice_shares
from ..load.corpus import load_corpus

SETTINGS_FILE = "tables.json"  # beside the tables: how they were computed (``by``, permutations, engine, corpus)

# name -> how the pandas engine computes it here (t: the Tables, for the corpus, its analysis and other tables)
_COMPUTE = {
    "articles": lambda t: load_corpus(t.corpus),
    "sentences": lambda t: t.analysis.sentences,
    "stated_figures": lambda t: stated_figures(t["articles"]),
    "actor_actions": lambda t: actor_actions(t.analysis),
    "quotes": lambda t: quotes(t.analysis),
    "voice_shares": lambda t: voice_shares(t.analysis, by=t.by, level="article"),
    "distancing_markers": lambda t: distancing_markers(t.analysis),
    "blame_statements": lambda t: blame_statements(t.analysis),
    "frame_sentences": lambda t: frame_sentences(t.analysis, by=t.by),
    "naming_mentions": lambda t: naming_mentions(t.analysis, by=t.by),
    "group_sizes": lambda t: group_sizes(t.analysis, by=t.by),
    "frame_profile": lambda t: frame_profile(t.analysis, by=t.by),
    "naming_pairs": lambda t: naming_pairs(t.analysis, by=t.by),
    "agency_counts": lambda t: agency_counts(t["actor_actions"], t["articles"], by=t.by),
    "distinctive_terms": lambda t: distinctive_terms(t.analysis, by=t.by, n_permutations=t.n_permutations),
    "facts": lambda t: fact_table(t["articles"], t["stated_figures"], by=t.by),
    "verdicts": lambda t: reconcile(align_claims(t["articles"], t["stated_figures"], by=t.by, facts=t["facts"])),
}
TABLES = tuple(_COMPUTE)


class Tables(Mapping):
    """Every table of a corpus by name (``TABLES``), computed on first use or read from ``stored``."""

    def __init__(self, corpus=None, *, stored=None, by: str = "perspective", n_permutations: int = 1000):
        if corpus is None and stored is None:
            raise ValueError("open_tables needs a corpus folder, a folder of stored tables, or both")
        self.corpus, self.stored, self.by, self.n_permutations = corpus, stored, by, n_permutations
        self._done: dict[str, pd.DataFrame] = {}
        self._analysis = None
        if stored is not None:
            settings = read_settings(stored)
            if settings.get("by", by) != by:
                raise ValueError(f"{stored}: the tables were computed grouped by {settings['by']!r}, not {by!r}; "
                                 f"compute them again with --by {by}, or set BY = {settings['by']!r}")

    @property
    def analysis(self):
        """The corpus's analysed sentences (``helpers.analyse``), computed once; only when computing here."""
        if self._analysis is None:
            self._analysis = analyse(self["articles"])
        return self._analysis

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in _COMPUTE:
            raise KeyError(f"no table {name!r}; the tables are: {', '.join(TABLES)}")
        if name not in self._done:
            if self.stored is not None:
                from . import read_table
                self._done[name] = read_table(self.stored, name)
            else:
                self._done[name] = _COMPUTE[name](self)
        return self._done[name]

    def __iter__(self):
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def __repr__(self) -> str:
        where = f"read from {self.stored}" if self.stored is not None else f"computed from {self.corpus}"
        return f"<Tables {where}, by {self.by!r}>"


def open_tables(corpus=None, *, stored=None, by: str = "perspective", n_permutations: int = 1000) -> Tables:
    """The corpus's tables (``Tables``): computed here from the folder *corpus*, or, with ``stored`` (a folder
    an engine wrote), read from it. ``by`` must be the grouping the stored tables were computed with."""
    return Tables(corpus, stored=stored, by=by, n_permutations=n_permutations)


def write_settings(out, **settings) -> Path:
    """Note beside the tables how they were computed (``SETTINGS_FILE``)."""
    path = Path(out) / SETTINGS_FILE
    path.write_text(json.dumps(settings, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path


def read_settings(out) -> dict:
    """How the tables in *out* were computed (``{}`` when not noted)."""
    path = Path(out) / SETTINGS_FILE
    if not Path(out).is_dir():
        raise FileNotFoundError(f"{out}: no folder of stored tables")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
