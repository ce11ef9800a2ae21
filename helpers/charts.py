"""Charts drawn from helper dataframes. Each returns ``(figure, rows drawn)`` for ``save_figure``."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import colour_map
from .text import count_words


def plot_article_sizes(articles: pd.DataFrame, *, by: str = "perspective"):
    """Words in each file as read versus words kept in the body, coloured by ``by``.

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> fig, rows = plot_article_sizes(load_corpus(SEEDS))
    >>> rows.columns.tolist()
    ['article_id', 'label', 'group', 'words_in_file', 'words_kept', 'repeats_dropped']
    """
    rows = pd.DataFrame({
        "article_id": articles.index,
        "label": articles["label"].to_numpy(),
        "group": articles[by].fillna("unknown").astype(str).to_numpy(),
        "words_in_file": [count_words(r) if isinstance(r, str) else 0 for r in articles["raw"]],
        "words_kept": articles["n_words"].to_numpy(),
        "repeats_dropped": articles["repeats_dropped"].to_numpy(),
    }).sort_values(["group", "article_id"], kind="stable").reset_index(drop=True)
    colours = colour_map(rows["group"])
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(rows) + 1.5))
    y = range(len(rows))
    ax.barh(y, rows["words_in_file"], color="#dddddd", label="words in the file")
    ax.barh(y, rows["words_kept"], color=[colours[g] for g in rows["group"]], height=0.5,
            label="words kept in the body")
    ax.set_yticks(list(y), [f"{l}\n({g})" for l, g in zip(rows["label"], rows["group"])])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title(f"Article sizes before and after cleaning (N = {len(rows)} articles)")
    ax.legend(loc="lower right", frameon=False)
    return fig, rows
