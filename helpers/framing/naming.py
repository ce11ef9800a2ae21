"""How each group names the same thing: counts of alternative terms for one concept.

``helpers/data/naming.csv`` lists concepts (``people crossing the border``) and the
terms outlets use for them (``asylum seekers``, ``illegal migrants``, ``migrants``,
``refugees``); ``helpers/data/naming.md`` documents it. Matching is the frames
matcher (``helpers.framing.frames.match_lexicon``): case-insensitive whole words, plural
``-s``/``-es`` on the last word of English rows, ``*`` for any ending, hyphenated compounds kept
whole, and the longest term wins across the whole table, so ``illegal migrants``
is not also counted as ``migrants`` and ``special military operation`` not also as
``military operation``.

Rows marked ``ru``, ``fi`` or ``sv`` (column ``language``) name the same concepts in those
languages and are matched only in articles of that language (``helpers.framing.frames``,
``text_language``). The pairs report, for every group, every term of the languages the corpus's
sentences are read with (``naming_languages``: an English corpus gets the English rows, zeros
included, and no Russian ones), so one concept compares groups across the corpus's languages:
``нелегальные мигранты`` and ``illegal migrants`` are two terms of ``people crossing the border``.

>>> import pandas as pd
>>> s = pd.DataFrame({"article_id": ["a", "b"], "side": ["x", "y"],
...     "text": ["Illegal migrants came.", "Asylum seekers and migrants came."]})
>>> t = naming_pairs(s, by="side")
>>> t[(t.concept == "people crossing the border") & (t["count"] > 0)][["group", "term", "count"]].values.tolist()
[['x', 'illegal migrants', 1], ['y', 'asylum seekers', 1], ['y', 'migrants', 1]]
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .frames import match_rows, read_lexicon, row_languages, sentence_languages, text_language
from ..paths import DATA
from .terms import FIELDS, analysed_sentences, group_sizes

NAMING_CSV = DATA / "naming.csv"


def load_naming(path: str | Path = NAMING_CSV) -> pd.DataFrame:
    """The naming table: one row per term, columns ``concept, term, pattern, language, note``.

    ``pattern`` is what is matched (the term itself when left empty); ``language`` the articles it is
    matched in (empty: English, see the module docstring).

    >>> lex = load_naming()
    >>> sorted(lex.loc[(lex.concept == "the fence") & (lex.language == ""), "term"])[:2]
    ['barrier', 'border fence']
    >>> lex.loc[(lex.concept == "the fence") & (lex.language == "ru"), "term"].tolist()[:2]
    ['пограничный забор', 'забор']
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
    """Every naming-term occurrence: ``article_id, group, field, sentence_no, concept, term, matched, sentence, language``.

    ``language`` is the term's (``en`` for the table's English rows).

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": ["Helsinki blamed Moscow."]})
    >>> naming_mentions(s, by="g")[["concept", "term", "matched"]].values.tolist()
    [["Finland's government", 'Helsinki', 'Helsinki'], ["Russia's government", 'Moscow', 'Moscow']]
    """
    lex = load_naming() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    lex = lex.reset_index(drop=True)
    langs = row_languages(lex)
    rows = []
    hits = match_rows(sents["text"].tolist(), sentence_languages(sents), lex["pattern"].tolist(), langs)
    for rec, found in zip(sents.itertuples(index=False), hits):
        for a, b, k in found:
            rows.append(
                (rec.article_id, rec.group, rec.field, rec.sentence_no,
                 lex.at[k, "concept"], lex.at[k, "term"], rec.text[a:b], rec.text, langs[k])
            )
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


MENTION_COLUMNS = ["article_id", "group", "field", "sentence_no", "concept", "term", "matched", "sentence", "language"]


def naming_pairs(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    lexicon: pd.DataFrame | None = None,
    fields: Sequence[str] = FIELDS,
) -> pd.DataFrame:
    """Counts of the concepts' terms in every group, zeros included.

    Columns ``concept, group, term, count, share, per_1000_words, n_words, language``:
    ``share`` is the term's part of the concept's mentions in that group (missing
    when the group never names the concept); ``n_words`` the group's analysed
    words; ``language`` the term's (``en`` for English rows). Rows follow the table's concept and term order
    within each group. Every group gets every term of the languages the corpus's sentences are read with
    (``naming_languages``): an English corpus gets the English rows only, a Russian and Finnish one the Russian
    and Finnish rows. A group's zero for a term of a language it does not write in says only that; its ``share``
    is unchanged by such zeros.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"],
    ...     "text": ["They built a fence.", "They built a barrier."]})
    >>> t = naming_pairs(s, by="g")
    >>> t[t.concept == "the fence"].pivot(index="term", columns="group", values="count").loc[["barrier", "fence"]].values.tolist()
    [[0, 1], [1, 0]]
    >>> sorted(set(naming_pairs(s.assign(language="en"), by="g")["language"]))
    ['en']
    """
    lex = load_naming() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    mentions = naming_mentions(sents, by="group", lexicon=lex, fields=fields)
    return pairs_from(mentions, group_sizes(sents, by="group", fields=fields), lexicon=lex,
                      languages=naming_languages(sents, lexicon=lex))


def naming_languages(sents: pd.DataFrame, *, lexicon: pd.DataFrame | None = None) -> list[str]:
    """The languages of the table's rows that analysed sentences (``analysed_sentences``) are read with, sorted: a
    sentence's own language when the table has rows of it, English for any other language, every row's language for
    a sentence whose language is not known (``text_language``, as ``naming_mentions`` matches them). A union over
    any split of the sentences (``helpers.engine``).

    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "text": ["Raja.", "Grenze."],
    ...                   "language": ["fi", "de"]})
    >>> naming_languages(s), naming_languages(s.drop(columns="language"))
    (['en', 'fi'], ['en', 'fi', 'ru', 'sv'])
    """
    table = sorted(set(row_languages(load_naming() if lexicon is None else lexicon)))
    languages = sentence_languages(sents)
    read = {text_language(x, table) for x in languages} if languages is not None else {None} if len(sents) else set()
    return table if None in read else sorted(read)


def pairs_from(mentions: pd.DataFrame, sizes: pd.DataFrame, *, lexicon: pd.DataFrame | None = None,
               languages: Iterable[str] | None = None) -> pd.DataFrame:
    """``naming_pairs`` from its parts: every mention (``naming_mentions``) and each group's size (``group_sizes``),
    which add up over any split of the corpus by article (``helpers.engine``). ``languages``: the rows kept, by their
    language (``naming_languages``: the union of the parts'); default every row.

    >>> m = pd.DataFrame({"group": ["x"], "concept": ["the fence"], "term": ["fence"]})
    >>> sizes = pd.DataFrame({"group": ["x"], "n_words": [4]})
    >>> sorted(set(pairs_from(m, sizes, languages=["en"])["language"])), len(pairs_from(m, sizes, languages=[]))
    (['en'], 0)
    """
    lex = load_naming() if lexicon is None else lexicon
    groups = sorted(sizes["group"])
    words = sizes.set_index("group")["n_words"]
    counts = mentions.groupby(["group", "concept", "term"]).size().to_dict()  # a dict: one look-up per term and group
    langs = pd.Series(row_languages(lex), index=lex.index)
    if languages is not None:
        read = set(languages)
        lex, langs = lex[langs.isin(read)], langs[langs.isin(read)]
    concepts = list(dict.fromkeys(lex["concept"]))
    rows = []
    for concept in concepts:
        mine = lex["concept"] == concept
        terms, term_langs = lex.loc[mine, "term"].tolist(), langs[mine].tolist()
        for g in groups:
            n = [int(counts.get((g, concept, t), 0)) for t in terms]
            total = sum(n)
            n_words = int(words.get(g, 0))
            for t, c, lang in zip(terms, n, term_langs):
                rows.append(
                    {
                        "concept": concept,
                        "group": g,
                        "term": t,
                        "count": c,
                        "share": c / total if total else float("nan"),
                        "per_1000_words": 1000 * c / n_words if n_words else float("nan"),
                        "n_words": n_words,
                        "language": lang,
                    }
                )
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


PAIR_COLUMNS = ["concept", "group", "term", "count", "share", "per_1000_words", "n_words", "language"]
