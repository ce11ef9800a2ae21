"""Which words and two-word phrases set one group's articles apart from the others'.

``distinctive_terms`` is the weighted log-odds ratio with an informative Dirichlet
prior of Monroe, Colaresi & Quinn (2008, "Fightin' Words", *Political Analysis*
16(4)), reported as z-scores, over lower-cased unigrams and bigrams. With more than
two groups each group is compared with all the others pooled.

A handful of articles is not a sample, so every z-score comes with a permutation
null: the analysed sentences are shuffled between the groups (group sizes in
sentences kept), the z-scores recomputed, and ``null_z`` is the 95th percentile of
|z| for that term and group over the permutations. ``chance`` is True when the
observed |z| does not exceed it. ``null_z_all`` is the family-wise bar (the 95th
percentile of the largest |z| of any term), for reading a whole top-10 list.

Choices (see the docstrings for options):

* tokens are runs of letters/digits with inner hyphens or apostrophes
  (``cross-border``, ``anti-russian`` stay one token); a possessive ``'s`` is
  dropped (``finland's`` -> ``finland``);
* unigrams: stopwords (``STOPWORDS``) and pure numbers are dropped;
* bigrams: adjacent tokens *inside one sentence*, formed before any token is
  dropped (so they never bridge a removed word), kept unless either token is a
  stopword or a number: ``illegal migrants`` and ``border crossings`` stay,
  ``of the`` and ``the border`` go;
* unigrams and bigrams are two separate models (each with its own token totals);
* languages: the stopwords are the sentence's language's (``STOPWORDS_BY_LANGUAGE``: English,
  Russian, Finnish, Swedish; English for any other or an unknown language), and in Finnish and
  Swedish a colon inside a word keeps it whole (``EU:n``, ``Nato:s``).

Words are compared **within one language**. Russian words are not "distinctive" of a group
because its articles are in Russian: when the sentences carry more than one language,
``distinctive_terms`` compares the groups' articles of each language among themselves (a
``language`` column says which), or of one language only (``language=``). A language with one
group has nothing to compare. Across languages the comparison goes through the concept
tables: ``helpers.framing.frames`` (frames) and ``helpers.framing.naming`` (the same concept
named in each language), whose rows are per language and whose results are not.

>>> import pandas as pd
>>> s = pd.DataFrame({"article_id": ["a", "a", "b", "b"],
...                   "group": ["x", "x", "y", "y"],
...                   "text": ["Illegal migrants came.", "Illegal migrants again.",
...                            "Asylum seekers came.", "Asylum seekers again."]})
>>> out = distinctive_terms(s, by="group", n_permutations=20)
>>> top = out[out.group == "x"].iloc[0]
>>> str(top.term), int(top.count_group), int(top.count_other)
('illegal migrants', 2, 0)
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd


FIELDS = ("title", "standfirst", "body")

# A compact English stopword list: function words, auxiliaries, pronouns, reporting
# glue. Content words that carry framing ("illegal", "side", "blame") are NOT here.
STOPWORDS = frozenset(
    """
    a about above after again against all also am among an and any are aren't as at
    be because been before being below between both but by can cannot could couldn't
    did didn't do does doesn't doing don't down during each either few for from further
    had hadn't has hasn't have haven't having he her here hers herself him himself his
    how i if in into is isn't it it's its itself just let's me more most much must my
    myself no nor not now of off on once only or other others our ours ourselves out over
    own per same she should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they this those through to too under until up
    upon very via was wasn't we we'll we're we've were weren't what when where whether which
    while who whom whose why will with within without won't would wouldn't you your yours
    yourself yourselves
    said says say according told also well may might one another
    """.split()
)

# Function words of Russian, Finnish and Swedish, chosen as the English list is: pronouns (in their
# cases), prepositions and postpositions, conjunctions, auxiliaries, particles and reporting glue;
# content words that carry framing are not here. Written for this project (not copied from a package).
STOPWORDS_RU = frozenset(
    """
    и а но или либо да что чтобы чтоб если когда как так также тоже потому поэтому хотя пока ли же бы ведь
    даже уже еще ещё лишь только не ни нет вот вон ж
    в во на с со к ко по о об обо от ото до из изо у за над под подо перед при про для без через между около
    после против среди вокруг вдоль вместо кроме ради согласно из-за из-под
    я меня мне мной мы нас нам нами ты тебя тебе тобой вы вас вам вами он она оно они его её ее него неё нее
    ему ей нему ней им ним ими ними их них нём нем себя себе собой
    этот эта это эти этого этой этому эту этим этом этих этими тот та то те того той тому ту тем том тех теми
    который которая которое которые которого которой которому которую которым котором которых которыми
    свой своя своё свое свои своего своей своему свою своим своём своем своих своими
    весь вся всё все всего всей всему всю всем всём всех всеми сам сама само сами самого самой самим
    кто что чем чего чему кого кому ком какой какая какое какие каких каким какую каком
    быть был была было были будет будут будем буду является являются являлся являлась стал стала стало стали
    может могут мог могла могли можно нужно надо есть
    там тут здесь где куда откуда тогда сейчас теперь очень более менее всегда иногда
    заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила отметили
    говорится передает передаёт пишет словам также
    """.split()
)
STOPWORDS_FI = frozenset(
    """
    ja tai sekä mutta vaan että ettei kuin kun jos koska vaikka eli joten
    joka jotka jonka joiden jota joita jossa joissa josta joista johon joihin jolle joille jolla joilla jolta
    mikä mitkä minkä mitä missä mistä mihin
    se sen sitä siinä siitä siihen sille siltä sillä ne niiden niitä niissä niistä niihin niille niiltä niillä
    tämä tämän tätä tässä tästä tähän tälle tältä tällä nämä näiden näitä näissä näistä näihin näille
    tuo tuon tuota ne
    hän hänen häntä hänelle häneltä hänellä he heidän heitä heille heiltä heillä
    minä minun minua minulle me meidän meitä meille sinä sinun te teidän
    on ovat oli olivat olla ole olisi olisivat ollut olleet ollaan oltiin olemme olen
    ei eivät en emme et ette eikä
    myös vielä jo nyt sitten niin kuitenkin mukaan vain jopa lisäksi myöskään noin yli alle
    kanssa aikana jälkeen ennen kautta asti saakka mm esim
    koko kaikki kaikkien muut muiden muun muuta eri voi voivat voida pitää täytyy tulee tulevat
    sanoo sanoi sanovat kertoo kertoi kertovat toteaa totesi
    """.split()
)
STOPWORDS_SV = frozenset(
    """
    och i att det som en ett på är av för med till den de har inte om var sig från vi så kan man när eller
    hon han nu efter under också sina sin sitt dem deras dess hans hennes vara varit blir blev bli kommer
    skulle ska kunde måste vid mot över hade ha än då här där hur vad vilken vilket vilka vem alla allt
    denna detta dessa någon något några ingen inget inga bara mycket mer mest sedan redan ännu även
    men utan eftersom därför medan mellan genom hos ut upp in inom samt ju väl både nog dock alltså
    vår våra er era min mina din dina oss mig dig honom henne ni du jag
    enligt säger sa sade uppger uppgav skriver
    """.split()
)
STOPWORDS_BY_LANGUAGE = {"en": STOPWORDS, "ru": STOPWORDS_RU, "fi": STOPWORDS_FI, "sv": STOPWORDS_SV}

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TOKEN_COLON = re.compile(r"[^\W_]+(?:[-'’:][^\W_]+)*")  # Finnish and Swedish: EU:n, Nato:s are one word
_POSSESSIVE = re.compile(r"['’]s$")


def language_of(language) -> str:
    """The stopword and token rules a sentence of *language* is read with: its own (``ru``, ``fi``, ``sv``), else
    English (``en``, any other language, or not known).

    >>> language_of("fi"), language_of(""), language_of("de"), language_of(None)
    ('fi', 'en', 'en', 'en')
    """
    code = "" if language is None or (isinstance(language, float) and language != language) else str(language).strip().lower()
    return code if code in STOPWORDS_BY_LANGUAGE else "en"


def tokenize(text: str, *, language: str | None = None) -> list[str]:
    """Lower-cased word tokens of ``text`` (possessive ``'s`` removed; in Finnish and Swedish ``EU:n`` is one token).

    >>> tokenize("Finland's cross-border deal, signed in 2012.")
    ['finland', 'cross-border', 'deal', 'signed', 'in', '2012']
    >>> tokenize("Suomi ja EU:n jäsenmaat", language="fi")
    ['suomi', 'ja', 'eu:n', 'jäsenmaat']
    """
    pattern = _TOKEN_COLON if language_of(language) in ("fi", "sv") else _TOKEN
    out = []
    for m in pattern.finditer(str(text).lower()):
        tok = _POSSESSIVE.sub("", m.group())
        if tok:
            out.append(tok.replace("’", "'"))
    return out


def _keep(tok: str, numbers: bool, stopwords: frozenset = STOPWORDS) -> bool:
    if tok in stopwords:
        return False
    if not numbers and tok.replace(",", "").replace(".", "").isdigit():
        return False
    return True


def ngrams(text: str, *, n: int = 1, numbers: bool = False, language: str | None = None) -> list[str]:
    """The unigrams (``n=1``) or bigrams (``n=2``) of one sentence, after stopword handling (``language``'s stopwords).

    >>> ngrams("An influx of illegal migrants into the country", n=2)
    ['illegal migrants']
    >>> ngrams("An influx of illegal migrants", n=1)
    ['influx', 'illegal', 'migrants']
    >>> ngrams("Наплыв нелегальных мигрантов в Финляндию", n=2, language="ru")
    ['наплыв нелегальных', 'нелегальных мигрантов']
    """
    toks = tokenize(text, language=language)
    stop = STOPWORDS_BY_LANGUAGE[language_of(language)]
    if n == 1:
        return [t for t in toks if _keep(t, numbers, stop)]
    if n == 2:
        return [
            f"{a} {b}" for a, b in zip(toks, toks[1:]) if _keep(a, numbers, stop) and _keep(b, numbers, stop)
        ]
    raise ValueError("n must be 1 or 2")


# --------------------------------------------------------------------------------------
# The analysed sentences of a corpus, with their group (shared by frames and naming).


def group_labels(articles: pd.DataFrame, by: str) -> pd.Series:
    """One group label (a string) per article: column ``by`` or the index when ``by`` names it.

    A missing or empty value (an article whose outlet is not known) is ``"unknown"``.

    >>> df = pd.DataFrame({"outlet": ["A", "B"]}, index=pd.Index(["x", "y"], name="article_id"))
    >>> group_labels(df, "article_id").tolist(), group_labels(df, "outlet").tolist()
    (['x', 'y'], ['A', 'B'])
    """
    if by in articles.columns:
        values = articles[by]
    elif by == articles.index.name or by == "article_id":
        values = pd.Series(articles.index, index=articles.index)
    else:
        raise KeyError(f"no column or index called {by!r} to group by")
    return _labels(values)


def _labels(values: pd.Series) -> pd.Series:
    """Group labels as plain strings; a missing or empty value becomes ``"unknown"``."""
    out = values.astype("string").str.strip()
    return out.mask(out == "").fillna("unknown").astype(object)


def analysed_sentences(
    articles: pd.DataFrame, *, by: str = "perspective", fields: Sequence[str] = FIELDS
) -> pd.DataFrame:
    """The sentences every helper here analyses, one row each, with their group.

    ``articles`` is either a corpus from ``helpers.load.corpus.load_corpus`` (its
    sentences are taken from ``fields`` with ``helpers.load.corpus.sentences``), or a
    sentence table that already has ``article_id``, ``text`` and the ``by`` column.
    Returns columns ``article_id, group, field, sentence_no, text, n_words`` (a table's own ``n_words`` is kept),
    and ``language`` (lower case, "" when not known) when the articles or the sentence table have one.

    >>> s = pd.DataFrame({"article_id": ["a"], "side": ["x"], "text": ["Two words."]})
    >>> analysed_sentences(s, by="side")[["group", "n_words"]].values.tolist()
    [['x', 2]]
    """
    language = None  # each article's language, when the articles say
    if hasattr(articles, "parsed") and hasattr(articles, "sentences"):  # what helpers.analyse returned
        all_sents = articles.sentences.reset_index(drop=True)
        if "n_words" not in articles.cache:  # counted once per analysis
            langs = all_sents["article_id"].map(articles.articles["language"]).tolist() \
                if "language" in articles.articles.columns else [None] * len(all_sents)
            articles.cache["n_words"] = [len(tokenize(t, language=x)) for t, x in zip(all_sents["text"].astype(str), langs)]
        sents = all_sents.assign(n_words=articles.cache["n_words"])
        sents = sents[sents["field"].isin(list(fields))].reset_index(drop=True)
        sents["group"] = sents["article_id"].map(group_labels(articles.articles, by))
        language = articles.articles.get("language")
    elif "text" in articles.columns and "article_id" in articles.columns:
        sents = articles.reset_index(drop=True).copy()
        if by == "article_id":
            sents["group"] = sents["article_id"]
        elif by in sents.columns:
            sents["group"] = sents[by]
        else:
            raise KeyError(f"sentence table has no column {by!r} to group by")
        sents["group"] = _labels(sents["group"])
        if "field" in sents.columns:
            sents = sents[sents["field"].isin(list(fields))]
    else:
        from ..load.corpus import sentences  # imported late: the corpus module is optional here

        present = tuple(f for f in fields if f in articles.columns)
        sents = sentences(articles, fields=present).reset_index(drop=True)
        labels = group_labels(articles, by)
        sents["group"] = sents["article_id"].map(labels)
        language = articles.get("language")
    if language is not None:
        sents["language"] = sents["article_id"].map(language)
    if "field" not in sents.columns:
        sents["field"] = "body"
    if "sentence_no" not in sents.columns:
        sents["sentence_no"] = sents.groupby("article_id").cumcount()
    sents["article_id"] = sents["article_id"].astype(str)
    sents["text"] = sents["text"].astype(str)
    if "language" in sents.columns:
        sents["language"] = _languages(sents["language"])
    if "n_words" not in sents.columns or sents["n_words"].isna().any():
        langs = sents["language"] if "language" in sents.columns else [None] * len(sents)
        sents["n_words"] = [len(tokenize(t, language=x)) for t, x in zip(sents["text"], langs)]
    cols = ["article_id", "group", "field", "sentence_no", "text", "n_words"]
    extra = [c for c in ("paragraph_no", "start", "end") if c in sents.columns]
    if "language" in sents.columns:
        extra.append("language")
    return sents[cols + extra].reset_index(drop=True)


def _languages(values: pd.Series) -> pd.Series:
    """Language codes as lower-case strings; a missing one is ""."""
    return values.astype("string").str.strip().str.lower().fillna("").astype(object)


# --------------------------------------------------------------------------------------
# Fightin' Words.


def _log_odds_z(counts: np.ndarray, n: np.ndarray, alpha: np.ndarray, a0: float) -> np.ndarray:
    """z-scores (groups x terms) of each group against all the others pooled.

    ``counts``: groups x terms; ``n``: each group's token total (groups x 1);
    ``alpha``: the prior count of each term; ``a0`` their sum over the whole vocabulary.
    """
    total = counts.sum(axis=0)
    y_i, y_j = counts, total[None, :] - counts
    n_j = n.sum() - n
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha) / (n + a0 - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + a0 - y_j - alpha)
        )
        var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        return delta / np.sqrt(var)


def sentence_terms(texts: Iterable[str], *, n: int, numbers: bool = False,
                   languages: Sequence[str] | None = None) -> pd.DataFrame:
    """Sparse sentence x term counts: one row per sentence (``s``, its position in *texts*) and term of size *n*,
    with its count ``c``, sorted by sentence then term. ``languages``: each text's language (default English).

    >>> sentence_terms(["Fence now, fence.", "Barrier."], n=1).values.tolist()
    [['fence', 0, 2.0], ['barrier', 1, 1.0]]
    """
    rows: list[int] = []
    terms: list[str] = []
    texts = list(texts)
    langs = [None] * len(texts) if languages is None else list(languages)
    for i, (text, lang) in enumerate(zip(texts, langs)):
        grams = ngrams(text, n=n, numbers=numbers, language=lang)
        rows.extend([i] * len(grams))
        terms.extend(grams)
    pairs = pd.DataFrame({"term": pd.Series(terms, dtype=object), "s": pd.Series(rows, dtype="int64")})
    pairs = pairs.groupby(["s", "term"], sort=True).size().reset_index(name="c")
    return pd.DataFrame({"term": pairs["term"].astype(object), "s": pairs["s"].astype("int64"),
                         "c": pairs["c"].astype(float)})


def _group_counts(labels, s_idx, t_idx, cnt, n_groups, n_terms) -> np.ndarray:
    flat = labels[s_idx].astype(np.int64) * n_terms + t_idx
    return np.bincount(flat, weights=cnt, minlength=n_groups * n_terms).reshape(n_groups, n_terms)


def _shuffles(labels: np.ndarray, tokens: np.ndarray, n_groups: int, n_permutations: int, seed: int,
              keep_sentences: np.ndarray):
    """The permutations of *labels* (seeded: the same shuffles in every call and on every worker), kept only at
    the sentences ``keep_sentences`` (compactly), and each shuffle's token total per group (``tokens``: per sentence)."""
    rng = np.random.default_rng(seed)
    kept = np.empty((n_permutations, len(keep_sentences)), dtype=np.int16 if n_groups > 127 else np.int8)
    n_perm = np.empty((n_permutations, n_groups))
    for k in range(n_permutations):
        perm = rng.permutation(labels)
        kept[k] = perm[keep_sentences]
        n_perm[k] = np.bincount(perm, weights=tokens, minlength=n_groups)
    return kept, n_perm[:, :, None]


def _permutation_null(z, perms, n_perm, s_idx, t_idx, cnt, alpha, a0, G, V, keep, q, chunk_cells=4_000_000):
    """Per term and group: the q-quantile of |z| over the shuffles, the largest |z| among all kept terms in each
    shuffle (for the family-wise bar), and the number of shuffles with |z| at least the observed.

    ``perms``: the shuffled labels at the sentences ``s_idx`` points to; ``n_perm``: each shuffle's token totals per
    group. Terms are processed in chunks so memory stays near ``chunk_cells`` floats.
    """
    P = len(perms)
    null_z = np.full((G, V), np.nan)
    exceed = np.zeros((G, V))
    max_abs = np.zeros((P, G))
    obs = np.abs(z)
    step = max(1, chunk_cells // max(1, P * G))
    rep = _same_column(s_idx, t_idx, cnt, V)
    kept = np.flatnonzero(keep & (rep == np.arange(V)))  # a term whose counts another's repeat takes that one's null
    for lo in range(0, len(kept), step):
        cols = kept[lo:lo + step]
        col_pos = np.full(V, -1)
        col_pos[cols] = np.arange(len(cols))
        sel = col_pos[t_idx] >= 0
        s_c, t_c, c_c = s_idx[sel], col_pos[t_idx[sel]], cnt[sel]
        null = np.empty((P, G, len(cols)))
        for k, perm in enumerate(perms):
            counts = _group_counts(perm, s_c, t_c, c_c, G, len(cols))
            null[k] = np.abs(_log_odds_z(counts, n_perm[k], alpha[cols], a0))
        null_z[:, cols] = np.quantile(null, q, axis=0)
        exceed[:, cols] = (null >= obs[None, :, cols] - 1e-9).sum(axis=0)
        max_abs = np.maximum(max_abs, np.nan_to_num(null, nan=0.0).max(axis=2))
    copies = np.flatnonzero(keep & (rep != np.arange(V)))
    null_z[:, copies], exceed[:, copies] = null_z[:, rep[copies]], exceed[:, rep[copies]]
    return null_z, max_abs, exceed


def _same_column(s_idx, t_idx, cnt, V) -> np.ndarray:
    """For each term, the first term with the same counts in the same sentences when it occurs in one sentence only
    (most of a real corpus's vocabulary: every word and pair of words said once), else itself. Such terms have the same
    observed z and the same z in every shuffle, so their null is computed once.

    >>> _same_column(np.array([0, 0, 0, 1]), np.array([0, 1, 2, 0]), np.array([1.0, 1.0, 2.0, 1.0]), 4).tolist()
    [0, 1, 2, 3]
    >>> _same_column(np.array([0, 0, 0, 1]), np.array([3, 1, 2, 0]), np.array([1.0, 1.0, 2.0, 1.0]), 4).tolist()
    [0, 1, 2, 1]
    """
    rep = np.arange(V)
    once = np.bincount(t_idx, minlength=V) == 1  # a term has one row per sentence it occurs in
    at = np.flatnonzero(once[t_idx])
    if not len(at):
        return rep
    terms = t_idx[at]
    _, first, which = np.unique(np.stack([s_idx[at], cnt[at]]), axis=1, return_index=True, return_inverse=True)
    # the representative of each (sentence, count) is its lowest-numbered term
    lowest = np.full(len(first), V)
    np.minimum.at(lowest, which.ravel(), terms)
    rep[terms] = lowest[which.ravel()]
    return rep


COLUMNS = [
    "term", "n_gram", "group", "z", "null_z", "chance", "p_perm", "null_z_all",
    "count_group", "count_other", "per_1000_group", "per_1000_other", "delta",
]


def terms_block(pairs: pd.DataFrame, labels: np.ndarray, tokens: np.ndarray, *, n: int, groups: Sequence[str],
                n_permutations: int = 1000, seed: int = 0, min_count: int = 1, alpha0: float | None = None,
                null_quantile: float = 0.95) -> tuple[pd.DataFrame, np.ndarray]:
    """``distinctive_terms``' rows for the terms in *pairs* (``sentence_terms`` rows, ``s`` numbering the corpus's
    sentences), and each shuffle's largest |z| among them per group (``null_z_all`` is set from every block's:
    ``finish_terms``). ``labels``: each sentence's group (index into *groups*); ``tokens``: each sentence's number
    of terms of size *n*. The terms of a corpus can be split into blocks in any way: each term's row depends only
    on its own counts and on the corpus-wide totals (``helpers.engine`` spreads the blocks over workers).
    """
    G = len(groups)
    vocab = sorted(pairs["term"].unique())
    V = len(vocab)
    s_idx = pairs["s"].to_numpy(np.int64)
    t_idx = pd.Index(vocab).get_indexer(pairs["term"]).astype(np.int64)
    cnt = pairs["c"].to_numpy(float)
    counts = _group_counts(labels, s_idx, t_idx, cnt, G, V)
    total = counts.sum(axis=0)
    keep = total >= min_count
    n_group = np.bincount(labels, weights=tokens, minlength=G)[:, None]  # every term of size n, not only these
    grand = float(tokens.sum())
    a0 = grand if alpha0 is None else float(alpha0)
    alpha = a0 * total / grand
    z = _log_odds_z(counts, n_group, alpha, a0)
    if n_permutations:
        used = np.unique(s_idx)
        perms, n_perm = _shuffles(labels, tokens, G, n_permutations, seed, used)
        null_z, max_abs, exceed = _permutation_null(z, perms, n_perm, np.searchsorted(used, s_idx), t_idx, cnt,
                                                    alpha, a0, G, V, keep, null_quantile)
        p_perm = (1 + exceed) / (1 + n_permutations)
    else:
        null_z, p_perm, max_abs = np.full((G, V), np.nan), np.full((G, V), np.nan), np.zeros((0, G))
    other = total[None, :] - counts
    n_other = grand - n_group
    with np.errstate(divide="ignore", invalid="ignore"):
        rate_g = np.where(n_group > 0, 1000 * counts / n_group, np.nan)
        rate_o = np.where(n_other > 0, 1000 * other / n_other, np.nan)
        delta = np.log((counts + alpha) / (n_group + a0 - counts - alpha)) - np.log(
            (other + alpha) / (n_other + a0 - other - alpha)
        )
    cols = np.flatnonzero(keep)
    frames = [pd.DataFrame({
        "term": [vocab[c] for c in cols], "n_gram": n, "group": g, "z": z[g_k, cols], "null_z": null_z[g_k, cols],
        "p_perm": p_perm[g_k, cols], "count_group": counts[g_k, cols].astype("int64"),
        "count_other": other[g_k, cols].astype("int64"), "per_1000_group": rate_g[g_k, cols],
        "per_1000_other": rate_o[g_k, cols], "delta": delta[g_k, cols],
    }) for g_k, g in enumerate(groups)]
    return pd.concat(frames, ignore_index=True), max_abs


def finish_terms(blocks: list[tuple[str, int, pd.DataFrame, np.ndarray]], groups: Mapping[str, Sequence[str]], *,
                 n_permutations: int = 1000, null_quantile: float = 0.95) -> pd.DataFrame:
    """``distinctive_terms``' table from its blocks (``(language, n, rows, max_abs)``, *rows* and *max_abs* from
    ``terms_block`` over that language's sentences): for each language of *groups* (the languages the sentences are
    read in, each with its groups: ``language_groups``), each group's family-wise bar ``null_z_all`` from the
    largest |z| in each shuffle over every block of the same language and n-gram size, ``chance``, rounding and
    order; with more than one language, each language's rows with a last column ``language``, languages in order.

    >>> finish_terms([], {"en": ["x", "y"]}).columns[-1], finish_terms([], {"en": ["x"], "ru": ["x"]}).columns[-1]
    ('delta', 'language')
    """
    frames = []
    for lang in sorted(groups):
        rows = _finish_language([b[1:] for b in blocks if b[0] == lang], list(groups[lang]),
                                n_permutations=n_permutations, null_quantile=null_quantile)
        if len(groups) <= 1:
            return rows
        if len(rows):
            frames.append(rows.assign(language=lang))
    if not frames:
        return pd.DataFrame(columns=COLUMNS + (["language"] if len(groups) > 1 else []))
    return pd.concat(frames, ignore_index=True)


def _finish_language(blocks: list[tuple[int, pd.DataFrame, np.ndarray]], groups: list[str], *, n_permutations: int,
                     null_quantile: float) -> pd.DataFrame:
    """``finish_terms`` for the blocks (``(n, rows, max_abs)``) of one language."""
    frames = []
    for n in sorted({b[0] for b in blocks}):
        mine = [b for b in blocks if b[0] == n and len(b[1])]
        if not mine:
            continue
        rows = pd.concat([b[1] for b in mine], ignore_index=True)
        if n_permutations:
            max_abs = np.maximum.reduce([b[2] for b in mine])
            bar = dict(zip(groups, np.quantile(max_abs, null_quantile, axis=0)))
            rows["null_z_all"] = rows["group"].map(bar).astype(float)
        else:
            rows["null_z_all"] = np.nan
        frames.append(rows)
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    out["z"] = out["z"].round(10)  # identical ties on every platform
    out["null_z"] = out["null_z"].round(10)
    out["null_z_all"] = out["null_z_all"].round(10)
    if n_permutations:
        out["chance"] = ~(out["z"].abs() > out["null_z"])
    else:
        out["chance"] = pd.NA
    out = out.sort_values(["group", "z", "term", "n_gram"], ascending=[True, False, True, True])
    return out[COLUMNS].reset_index(drop=True)


def read_languages(sents: pd.DataFrame) -> list[str]:
    """The language each analysed sentence's words are read and compared in (``language_of`` its ``language``;
    English when the sentences carry none).

    >>> read_languages(pd.DataFrame({"text": ["a", "b", "c"], "language": ["ru", "", "de"]}))
    ['ru', 'en', 'en']
    """
    if "language" not in sents.columns:
        return ["en"] * len(sents)
    return [language_of(x) for x in sents["language"]]


def language_groups(groups: Sequence[str], languages: Sequence[str]) -> dict[str, list[str]]:
    """Each language's groups, sorted, from each sentence's group and language (``read_languages``); languages sorted.
    Words are compared among the groups of one language (``distinctive_terms``).

    >>> language_groups(["x", "y", "x", "z"], ["en", "en", "ru", "ru"])
    {'en': ['x', 'y'], 'ru': ['x', 'z']}
    """
    found: dict[str, set] = {}
    for g, lang in zip(groups, languages):
        found.setdefault(lang, set()).add(g)
    return {lang: sorted(found[lang]) for lang in sorted(found)}


def distinctive_terms(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    ngram_sizes: Sequence[int] = (1, 2),
    fields: Sequence[str] = FIELDS,
    min_count: int = 1,
    alpha0: float | None = None,
    numbers: bool = False,
    n_permutations: int = 1000,
    null_quantile: float = 0.95,
    seed: int = 0,
    language: str | None = None,
) -> pd.DataFrame:
    """Weighted log-odds z-scores of every term for every group, with a permutation null.

    ``articles``: a corpus (``load_corpus``) or a sentence table (see
    ``analysed_sentences``). One row per term x group for every term with at
    least ``min_count`` occurrences in the corpus; a group that never uses a term
    gets a row too (negative z). Prior: ``alpha_w = alpha0 * p_w`` with ``p_w`` the
    term's share of the pooled corpus; ``alpha0=None`` means the pooled token
    count (the prior then equals the pooled counts). ``null_z`` is the
    ``null_quantile`` of |z| for the term and group over ``n_permutations``
    shuffles of sentences between groups (seeded: same result every call);
    ``chance`` is ``|z| <= null_z``; ``p_perm`` the share of shuffles with |z| at
    least as large (add-one). ``chance`` is a per-term test: with many terms
    some 5% pass it by luck. ``null_z_all`` is the stricter, family-wise bar:
    the ``null_quantile`` over shuffles of the largest |z| among all terms of the
    same n-gram size for that group; a term above it is distinctive even after
    looking at every term. With ``n_permutations=0`` these are missing.
    ``per_1000_*`` are occurrences per 1,000 terms of the same n-gram size.
    Sorted by group, then z descending, then term. Fewer than two groups -> no rows.
    Computed in blocks of terms (``terms_block``, ``finish_terms``), as the Dask engine does over its workers.

    Within one language only (see the module docstring): when the sentences carry more than one
    language (``en`` standing for English, any other language without stopwords of its own and
    unknown), each language's sentences are compared among their groups separately, the rows get a
    last column ``language``, and are sorted by language first; ``language="ru"`` keeps that
    language's sentences only. A group's rows then speak of its articles in that language. Across
    languages, compare through the concept tables (``frame_profile``, ``naming_pairs``), not here.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": list("aabb"), "g": list("xxyy"),
    ...                   "text": ["Fence now.", "Fence again.", "Barrier now.", "Barrier again."]})
    >>> out = distinctive_terms(s, by="g", n_permutations=10)
    >>> out.groupby("group").head(1)[["group", "term", "chance"]].values.tolist()
    [['x', 'fence', True], ['y', 'barrier', True]]
    """
    sents = analysed_sentences(articles, by=by, fields=fields)
    read_as = read_languages(sents)
    if language is not None:
        keep = [x == language_of(language) for x in read_as]
        sents, read_as = sents[keep].reset_index(drop=True), [x for x in read_as if x == language_of(language)]
    groups = language_groups(sents["group"].tolist(), read_as)
    blocks = []
    for lang, mine in groups.items():
        if len(mine) < 2:
            continue  # nothing to compare in this language
        at = [x == lang for x in read_as]
        for n, rows, max_abs in _blocks_of(sents[at].reset_index(drop=True), lang, mine, ngram_sizes=ngram_sizes,
                                           min_count=min_count, alpha0=alpha0, numbers=numbers,
                                           n_permutations=n_permutations, null_quantile=null_quantile, seed=seed):
            blocks.append((lang, n, rows, max_abs))
    return finish_terms(blocks, groups, n_permutations=n_permutations, null_quantile=null_quantile)


def _blocks_of(sents: pd.DataFrame, language: str, groups: list[str], *, ngram_sizes, min_count, alpha0, numbers,
               n_permutations, null_quantile, seed) -> list[tuple[int, pd.DataFrame, np.ndarray]]:
    """``terms_block`` of analysed sentences all read in one *language*, one block per n-gram size."""
    labels = sents["group"].map({g: k for k, g in enumerate(groups)}).to_numpy(dtype="int64")
    blocks = []
    for n in ngram_sizes:
        pairs = sentence_terms(sents["text"], n=n, numbers=numbers, languages=[language] * len(sents))
        if not len(pairs):
            continue
        tokens = np.bincount(pairs["s"].to_numpy(np.int64), weights=pairs["c"].to_numpy(float), minlength=len(sents))
        rows, max_abs = terms_block(pairs, labels, tokens, n=n, groups=groups, n_permutations=n_permutations, seed=seed,
                                    min_count=min_count, alpha0=alpha0, null_quantile=null_quantile)
        blocks.append((n, rows, max_abs))
    return blocks


# --------------------------------------------------------------------------------------
# Summaries and charts for the notebooks.


def group_sizes(
    articles: pd.DataFrame, *, by: str = "perspective", fields: Sequence[str] = FIELDS
) -> pd.DataFrame:
    """How much text each group has: ``group, n_articles, n_sentences, n_words`` (analysed fields).

    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "g": ["x", "x", "y"],
    ...                   "text": ["One two.", "Three.", "Four five six."]})
    >>> group_sizes(s, by="g").values.tolist()
    [['x', 1, 2, 3], ['y', 1, 1, 3]]
    """
    sents = analysed_sentences(articles, by=by, fields=fields)
    out = sents.groupby("group", sort=True).agg(
        n_articles=("article_id", "nunique"), n_sentences=("text", "size"), n_words=("n_words", "sum")
    )
    return out.reset_index().astype({"n_articles": "int64", "n_sentences": "int64", "n_words": "int64"})


def describe_sizes(sizes: pd.DataFrame, *, max_groups: int = 8) -> str:
    """A chart-title line stating N, from ``group_sizes``.

    >>> describe_sizes(pd.DataFrame({"group": ["x", "y"], "n_articles": [1, 2],
    ...                              "n_sentences": [3, 4], "n_words": [100, 250]}))
    'N = 3 articles: x 1 (100 words), y 2 (250 words)'
    >>> describe_sizes(pd.DataFrame(columns=["group", "n_articles", "n_sentences", "n_words"]))
    'N = 0 articles with text'

    Beyond ``max_groups`` groups (``BY="article_id"``: one per article) the line gives their number and words:

    >>> describe_sizes(pd.DataFrame({"group": list("abc"), "n_articles": 1, "n_sentences": 2, "n_words": 50}), max_groups=2)
    'N = 3 articles in 3 groups (150 words)'
    """
    n = int(sizes["n_articles"].sum())
    head = f"N = {n:,} article{'' if n == 1 else 's'}"
    if len(sizes) > max_groups:
        return f"{head} in {len(sizes):,} groups ({int(sizes['n_words'].sum()):,} words)"
    parts = [f"{g} {a} ({w:,} words)" for g, a, w in sizes[["group", "n_articles", "n_words"]].itertuples(index=False)]
    return f"{head}: " + ", ".join(parts) if parts else f"{head} with text"


def chance_summary(terms: pd.DataFrame) -> pd.DataFrame:
    """Per group and n-gram size (and language, when the terms were compared per language): terms tested, how many
    beat their own null, how many the family-wise bar.

    >>> t = pd.DataFrame({"group": ["x", "x"], "n_gram": [1, 1], "z": [3.0, 0.5],
    ...                   "null_z": [2.0, 1.0], "null_z_all": [2.5, 2.5], "chance": [False, True]})
    >>> chance_summary(t).values.tolist()
    [['x', 1, 2, 1, 1]]
    """
    t = terms.assign(
        beyond_chance=~terms["chance"].astype(bool),
        beyond_family_bar=terms["z"].abs() > terms["null_z_all"],
    )
    keys = (["language"] if "language" in terms.columns else []) + ["group", "n_gram"]  # per language when compared so
    out = t.groupby(keys, sort=True).agg(
        terms=("z", "size"), beyond_chance=("beyond_chance", "sum"), beyond_family_bar=("beyond_family_bar", "sum")
    )
    return out.reset_index().astype({"terms": "int64", "beyond_chance": "int64", "beyond_family_bar": "int64"})
