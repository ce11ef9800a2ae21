"""borderlines helpers: load articles, extract stated figures, compare framing.

Grouped by task: loading (``corpus``, ``text``), stated figures (``dates``, ``counts``,
``stated``, ``score``), framing (``terms``, ``frames``, ``actors``, ``blame``, ``voices``,
``naming``), claims (``claims``), output (``figures``, ``charts``, ``report``).

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> len(load_corpus(SEEDS))
2
"""
from .actors import actor_actions, agency_counts
from .blame import blame_matrix, blame_statements
from .claims import align_claims, reconcile
from .corpus import CorpusError, cleaning_log, load_corpus, paragraphs, sentences
from .counts import extract_counts, find_counts
from .dates import estimate_publication, extract_dates, find_dates
from .figures import save_figure
from .frames import frame_profile, frame_sentences
from .naming import naming_mentions, naming_pairs
from .score import score_folder
from .stated import publication_windows, stated_figures
from .terms import distinctive_terms
from .voices import distancing_markers, quotes, voice_shares

__all__ = [
    "CorpusError", "actor_actions", "agency_counts", "align_claims", "blame_matrix",
    "blame_statements", "cleaning_log", "distancing_markers", "distinctive_terms",
    "estimate_publication", "extract_counts", "extract_dates", "find_counts", "find_dates",
    "frame_profile", "frame_sentences", "load_corpus", "naming_mentions", "naming_pairs",
    "paragraphs", "publication_windows", "quotes", "reconcile", "save_figure", "score_folder",
    "sentences", "stated_figures", "voice_shares",
]
