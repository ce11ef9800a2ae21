"""How each group names the same thing: counts of alternative terms for one concept.

``helpers/data/naming.csv`` lists concepts (``people crossing the border``) and the
terms outlets use for them (``asylum seekers``, ``illegal migrants``, ``migrants``,
``refugees``); ``helpers/data/naming.md`` documents it. Matching is the frames
matcher (``helpers.frames.match_lexicon``): case-insensitive whole words, plural
``-s``/``-es`` on the last word, ``*`` for any ending, hyphenated compounds kept
whole, and the longest term wins across the whole table, so ``illegal migrants``
is not also counted as ``migrants`` and ``special military operation`` not also as
``military operation``.

>>> import pandas as pd
>>> s = pd.DataFrame({"article_id": ["a", "b"], "side": ["x", "y"],
...     "text": ["Illegal migrants came.", "Asylum seekers and migrants came."]})
>>> t = naming_pairs(s, by="side")
>>> t[(t.concept == "people crossing the border") & (t["count"] > 0)][["group", "term", "count"]].values.tolist()
[['x', 'illegal migrants', 1], ['y', 'asylum seekers', 1], ['y', 'migrants', 1]]
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .figures import colour_map
from .frames import match_lexicon, read_lexicon
from .paths import DATA
from .terms import FIELDS, analysed_sentences, plain

NAMING_CSV = DATA / "naming.csv"


def load_naming(path: str | Path = NAMING_CSV) -> pd.DataFrame:
    """The naming table: one row per term, columns ``concept, term, pattern, note``.

    ``pattern`` is what is matched (the term itself when left empty).

    >>> lex = load_naming()
    >>> sorted(lex.loc[lex.concept == "the fence", "term"])[:2]
    ['barrier', 'border fence']
    """
    lex = read_lexicon(path, ["concept", "term"])
    if "pattern" not in lex.columns:
        lex["pattern"] = ""
    lex["pattern"] = lex["pattern"].str.strip()
    lex.loc[lex["pattern"] == "", "pattern"] = lex["term"]
    dupes = lex[lex.duplicated(["concept", "term"])]
    if len(dupes):
        raise ValueError(f"{path}: repeated concept/term rows {dupes[['concept', 'term']].values.tolist()}")
    return lex


def naming_mentions(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    lexicon: pd.DataFrame | None = None,
    fields: Sequence[str] = FIELDS,
) -> pd.DataFrame:
    """Every naming-term occurrence: ``article_id, group, field, sentence_no, concept, term, matched, sentence``.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": ["Helsinki blamed Moscow."]})
    >>> naming_mentions(s, by="g")[["concept", "term", "matched"]].values.tolist()
    [["Finland's government", 'Helsinki', 'Helsinki'], ["Russia's government", 'Moscow', 'Moscow']]
    """
    lex = load_naming() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    patterns = lex["pattern"].tolist()
    rows = []
    for rec in sents.itertuples(index=False):
        for a, b, k in match_lexicon(rec.text, patterns):
            rows.append(
                (rec.article_id, rec.group, rec.field, rec.sentence_no,
                 lex.at[k, "concept"], lex.at[k, "term"], rec.text[a:b], rec.text)
            )
    cols = ["article_id", "group", "field", "sentence_no", "concept", "term", "matched", "sentence"]
    return pd.DataFrame(rows, columns=cols)


def naming_pairs(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    lexicon: pd.DataFrame | None = None,
    fields: Sequence[str] = FIELDS,
) -> pd.DataFrame:
    """Counts of every concept's terms in every group, zeros included.

    Columns ``concept, group, term, count, share, per_1000_words, n_words``:
    ``share`` is the term's part of the concept's mentions in that group (missing
    when the group never names the concept); ``n_words`` the group's analysed
    words. Rows follow the table's concept and term order within each group.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"],
    ...     "text": ["They built a fence.", "They built a barrier."]})
    >>> t = naming_pairs(s, by="g")
    >>> t[t.concept == "the fence"].pivot(index="term", columns="group", values="count").loc[["barrier", "fence"]].values.tolist()
    [[0, 1], [1, 0]]
    """
    lex = load_naming() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    mentions = naming_mentions(sents, by="group", lexicon=lex, fields=fields)
    groups = sorted(sents["group"].unique())
    words = sents.groupby("group")["n_words"].sum()
    counts = mentions.groupby(["group", "concept", "term"]).size()
    concepts = list(dict.fromkeys(lex["concept"]))
    rows = []
    for concept in concepts:
        terms = lex.loc[lex["concept"] == concept, "term"].tolist()
        for g in groups:
            n = [int(counts.get((g, concept, t), 0)) for t in terms]
            total = sum(n)
            n_words = int(words.get(g, 0))
            for t, c in zip(terms, n):
                rows.append(
                    {
                        "concept": concept,
                        "group": g,
                        "term": t,
                        "count": c,
                        "share": c / total if total else float("nan"),
                        "per_1000_words": 1000 * c / n_words if n_words else float("nan"),
                        "n_words": n_words,
                    }
                )
    return pd.DataFrame(rows, columns=["concept", "group", "term", "count", "share", "per_1000_words", "n_words"])


def plot_naming(pairs: pd.DataFrame, *, title: str | None = None, used_only: bool = True):
    """Grouped bars of mentions: one block per concept, one row per term, one bar per group.

    Every count is written at its bar, zeros included, so absence shows. ``used_only``
    keeps the terms some group uses. Returns ``(figure, rows drawn)``.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "text": ["A fence.", "A barrier."]})
    >>> fig, rows = plot_naming(naming_pairs(s, by="g"))
    >>> rows[["group", "term", "count"]].values.tolist()
    [['x', 'fence', 1], ['x', 'barrier', 0], ['y', 'fence', 0], ['y', 'barrier', 1]]
    """
    rows = pairs[["concept", "group", "term", "count"]]
    if used_only:
        used = rows.groupby(["concept", "term"], sort=False)["count"].transform("sum") > 0
        rows = rows[used]
    rows = rows.reset_index(drop=True)
    groups = sorted(rows["group"].unique())
    colours = colour_map(pairs["group"].unique())
    counts = rows.set_index(["concept", "term", "group"])["count"]
    # layout: a header line per concept, then its terms
    labels, positions, header_y, y = [], {}, [], 0
    for concept in dict.fromkeys(rows["concept"]):
        header_y.append((y, concept))
        y += 1
        for term in dict.fromkeys(rows.loc[rows["concept"] == concept, "term"]):
            positions[(concept, term)] = y
            labels.append((y, term))
            y += 1
    height = 0.8 / max(1, len(groups))
    fig, ax = plt.subplots(figsize=(7.5, 0.28 * max(1, y) + 1.4))
    top = max(1, int(rows["count"].max())) if len(rows) else 1
    for k, g in enumerate(groups):
        ys, vals = [], []
        for (concept, term), pos in positions.items():
            ys.append(pos + (k - (len(groups) - 1) / 2) * height)
            vals.append(int(counts.get((concept, term, g), 0)))
        ax.barh(ys, vals, height=height * 0.95, color=colours[g], label=plain(g))
        for yy, v in zip(ys, vals):
            ax.text(v + top * 0.01, yy, str(v), va="center", fontsize=7, color="#333333")
    ax.set_yticks([p for p, _ in labels], [plain(t) for _, t in labels])
    for yy, concept in header_y:
        ax.text(0, yy, plain(concept), fontweight="bold", va="center", ha="left", fontsize=9)
    ax.set_ylim(y - 0.5, -0.7)
    ax.set_xlim(0, top * 1.15)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("mentions")
    if groups:
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=len(groups))
    ax.set_title(plain(title or "Which name each group uses"), pad=22)
    fig.tight_layout()
    return fig, rows
