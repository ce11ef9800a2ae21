"""borderlines helpers: load articles, extract stated figures, compare framing.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> len(load_corpus(SEEDS))
2
"""
from .corpus import CorpusError, cleaning_log, load_corpus, paragraphs, sentences
from .figures import save_figure

__all__ = ["CorpusError", "cleaning_log", "load_corpus", "paragraphs", "save_figure", "sentences"]
