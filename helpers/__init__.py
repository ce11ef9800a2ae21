"""borderlines helpers: load articles, extract stated figures, compare framing.

The subpackages follow the data flow, each importing only those before it:
``load`` (files to articles, sentences) → ``extract`` (stated dates and counts) →
``framing`` (``analyse``: the sentences and their clauses, once; terms, frames, actors,
blame, voices, naming) and ``claims`` (facts and
verdicts) → ``show`` (charts, figures, the HTML report). ``paths`` derives every path;
``report`` is the command that renders the report.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> len(load_corpus(SEEDS))
2
"""
from .framing.actors import actor_actions, agency_counts
from .framing.analysis import Analysis, analyse
from .framing.blame import blame_matrix, blame_statements
from .claims.verdicts import align_claims, reconcile
from .load.corpus import CorpusError, cleaning_log, load_corpus, paragraphs, sentences
from .extract.counts import extract_counts, find_counts
from .extract.dates import estimate_publication, extract_dates, find_dates
from .show.figures import save_figure
from .framing.frames import frame_profile, frame_sentences
from .framing.naming import naming_mentions, naming_pairs
from .extract.score import score_folder
from .extract.stated import publication_windows, stated_figures
from .framing.terms import distinctive_terms
from .framing.voices import distancing_markers, quotes, voice_shares

__all__ = [
    "Analysis", "CorpusError", "actor_actions", "analyse", "agency_counts", "align_claims", "blame_matrix",
    "blame_statements", "cleaning_log", "distancing_markers", "distinctive_terms",
    "estimate_publication", "extract_counts", "extract_dates", "find_counts", "find_dates",
    "frame_profile", "frame_sentences", "load_corpus", "naming_mentions", "naming_pairs",
    "paragraphs", "publication_windows", "quotes", "reconcile", "save_figure", "score_folder",
    "sentences", "stated_figures", "voice_shares",
]
