"""How much of each group's text speaks in each policy frame, with the sentences as evidence.

The frames are dimensions of the Policy Frames Codebook (Boydstun, Card, Gross,
Resnik & Smith 2014) that this story touches; ``helpers/data/frames.csv`` maps
words and phrases ("cues") to them and ``helpers/data/frames.md`` documents every
frame and column. A sentence holds a frame when it contains one of its cues.

Matching (``compile_cue``, ``match_lexicon``): case-insensitive, whole words and
phrases only. A word inside another word never matches, and hyphenated compounds
count as one word (``fence`` does not match ``fence-sitting``, ``Russian`` does not
match ``anti-Russian``). The last word of a cue also matches its plural (``-s``,
``-es``); a word ending in ``*`` matches any ending (``terminat*``). A hyphen in a
cue matches a hyphen, a space or nothing (``cross-border`` = ``cross border``), and
the space between two cue words also matches a hyphen (``asylum-seekers``).
Overlapping cues: the longest match wins, so within one frame ``border security``
counts once, not also as ``security``.

>>> import pandas as pd
>>> s = pd.DataFrame({"article_id": ["a", "b"], "side": ["x", "y"],
...                   "text": ["Border security first.", "The arrival of illegal migrants."]})
>>> frame_sentences(s, by="side")[["group", "frame", "cues"]].values.tolist()
[['x', 'security and defence', 'border security'], ['y', 'crime and punishment', 'illegal migrants']]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..paths import DATA
from .terms import FIELDS, analysed_sentences, group_sizes

FRAMES_CSV = DATA / "frames.csv"


# --------------------------------------------------------------------------------------
# Cue matching (shared with helpers.framing.naming).


@lru_cache(maxsize=4096)
def compile_cue(cue: str) -> re.Pattern:
    """A case-insensitive whole-word pattern for a cue (see the module docstring).

    >>> bool(compile_cue("illegal migrant").search("Illegal migrants arrived"))
    True
    >>> bool(compile_cue("fence").search("fence-sitting")), bool(compile_cue("war").search("warning"))
    (False, False)
    >>> bool(compile_cue("cross-border").search("cross border")), bool(compile_cue("terminat*").search("termination"))
    (True, True)
    """
    words = cue.strip().split()
    if not words:
        raise ValueError("empty cue")
    parts = []
    for k, word in enumerate(words):
        star = word.endswith("*")
        word = word.rstrip("*")
        pieces = [re.escape(p.replace("’", "'")).replace("'", "['’]") for p in word.split("-")]
        pat = r"[-\s]?".join(pieces)
        if star:
            pat += r"[^\W_]*"
        elif k == len(words) - 1 and word[-1:].isalpha():
            pat += r"(?:e?s)?"
        parts.append(pat)
    body = r"(?:\s+|\s*-\s*)".join(parts)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def match_lexicon(text: str, cues: Sequence[str]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches of ``cues`` in ``text``, longest first: ``(start, end, cue index)``.

    Returned in text order. Ties in length go to the earlier match, then the
    earlier cue.

    >>> t = "Illegal migrants, not migrants."
    >>> [(t[a:b], k) for a, b, k in match_lexicon(t, ["migrant", "illegal migrant"])]
    [('Illegal migrants', 1), ('migrants', 0)]
    """
    found = []
    for k, cue in enumerate(cues):
        for m in compile_cue(cue).finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), k))
    return _resolve(found)


def _resolve(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longest first (ties: the earlier match, then the earlier cue), in text order."""
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken: list[tuple[int, int, int]] = []
    for a, b, k in found:
        if all(b <= a2 or a >= b2 for a2, b2, _ in taken):
            taken.append((a, b, k))
    return sorted(taken)


def match_lexicon_many(texts: Sequence[str], cues: Sequence[str]) -> list[list[tuple[int, int, int]]]:
    """``match_lexicon`` for every text of ``texts``, the same matches, with one pass of each cue over all of them.

    The texts are joined with a NUL (neither a word character nor a space, so no cue matches across
    two texts); a NUL inside a text is read as a space. Each cue is tried only where its first letters
    occur in the lower-cased text (a letter that only case-insensitive matching equates with another,
    such as the long s, is not looked for).

    >>> match_lexicon_many(["Illegal migrants.", "No cue", "migrants"], ["migrant", "illegal migrant"])
    [[(0, 16, 1)], [], [(0, 8, 0)]]
    """
    texts = [t.replace("\x00", " ") for t in texts]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    joined = "\x00".join(texts)
    lowered = joined.lower()
    same_length = len(lowered) == len(joined)  # else offsets in the lower-cased text would not be the text's
    found: list[list[tuple[int, int, int]]] = [[] for _ in texts]
    for k, cue in enumerate(cues):
        pat, head = compile_cue(cue), _head(cue)
        if head and same_length:
            # every match starts with the cue's first letters: look for those (fast), then try the pattern there
            matches, pos, end = [], lowered.find(head), 0
            while pos >= 0:
                if pos >= end:
                    m = pat.match(joined, pos)
                    if m is not None:
                        matches.append(m)
                        end = m.end()
                pos = lowered.find(head, pos + 1)
        else:
            matches = pat.finditer(joined)
        for m in matches:
            if m.end() > m.start():
                i = bisect_right(starts, m.start()) - 1
                found[i].append((m.start() - starts[i], m.end() - starts[i], k))
    return [_resolve(f) if f else f for f in found]


def _head(cue: str) -> str:
    """The lower-case letters every match of ``compile_cue(cue)`` starts with, or "" when there is no such prefix."""
    first = cue.strip().split()[0].rstrip("*").split("-")[0] if cue.strip() else ""
    head = re.match(r"[^\W_]+", first)
    return head.group(0).lower() if head and head.group(0) == first[:len(head.group(0))] else ""


def read_lexicon(path: str | Path, required: Sequence[str]) -> pd.DataFrame:
    """Read a lexicon CSV (lines starting with ``#`` are comments) and check its columns."""
    lex = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False, skipinitialspace=True)
    lex.columns = [c.strip() for c in lex.columns]
    missing = [c for c in required if c not in lex.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    for c in required:
        lex[c] = lex[c].str.strip()
    lex = lex[(lex[list(required)] != "").all(axis=1)].reset_index(drop=True)
    return lex


def load_frames(path: str | Path = FRAMES_CSV) -> pd.DataFrame:
    """The frame lexicon: one row per cue, columns ``frame, codebook, cue, note``.

    >>> lex = load_frames()
    >>> "crime and punishment" in set(lex.frame) and "illegal migrant" in set(lex.cue)
    True
    """
    return read_lexicon(path, ["frame", "cue"])


def _frame_order(lex: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(lex["frame"]))


# --------------------------------------------------------------------------------------
# Per-sentence evidence and per-group profiles.

SENTENCE_COLUMNS = ["article_id", "group", "field", "sentence_no", "frame", "n_cues", "cues", "sentence"]


def frame_sentences(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    lexicon: pd.DataFrame | None = None,
    fields: Sequence[str] = FIELDS,
) -> pd.DataFrame:
    """One row per sentence and frame it holds: the cues found and the sentence.

    ``articles``: a corpus (``load_corpus``) or a sentence table with
    ``article_id``, ``text`` and the ``by`` column. ``lexicon`` defaults to
    ``load_frames()``. ``cues`` lists the matched words as written (lower-cased),
    ``"; "``-joined in text order; ``n_cues`` counts them. Within a frame,
    overlapping cues count once (longest wins); one phrase may serve two frames.
    Rows follow the text (article, field, sentence), then lexicon frame order.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"], "g": ["x"],
    ...     "text": ["Sanctions hurt trade and security."]})
    >>> frame_sentences(s, by="g")[["frame", "cues"]].values.tolist()
    [['security and defence', 'security'], ['external relations and reputation', 'sanctions'], ['economic and cooperation', 'sanctions; trade']]
    """
    lex = load_frames() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    frames = _frame_order(lex)
    cues_by_frame = {f: lex.loc[lex["frame"] == f, "cue"].tolist() for f in frames}
    texts = sents["text"].tolist()
    by_frame = {f: match_lexicon_many(texts, cues_by_frame[f]) for f in frames}  # one pass of each cue over the corpus
    rows = []
    for i, rec in enumerate(sents.itertuples(index=False)):
        for f in frames:
            hits = by_frame[f][i]
            if hits:
                rows.append(
                    {
                        "article_id": rec.article_id,
                        "group": rec.group,
                        "field": rec.field,
                        "sentence_no": rec.sentence_no,
                        "frame": f,
                        "n_cues": len(hits),
                        "cues": "; ".join(rec.text[a:b].lower() for a, b, _ in hits),
                        "sentence": rec.text,
                    }
                )
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


PROFILE_COLUMNS = [
    "group", "frame", "n_cues", "n_sentences", "group_sentences", "share_sentences",
    "n_words", "per_1000_words", "n_articles", "evidence",
]


def frame_profile(
    articles: pd.DataFrame,
    *,
    by: str = "perspective",
    lexicon: pd.DataFrame | None = None,
    fields: Sequence[str] = FIELDS,
    evidence_sep: str = " | ",
) -> pd.DataFrame:
    """Per group and frame: cue rate per 1,000 words, sentences holding it, and the evidence.

    Every group x frame pair gets a row (zeros show a frame's absence).
    ``n_words`` is the group's analysed words (``fields`` of its articles);
    ``per_1000_words = 1000 * n_cues / n_words``; ``n_sentences`` counts the
    group's sentences holding the frame, ``share_sentences`` their share of
    ``group_sentences``; ``evidence`` joins the first ``EVIDENCE_SENTENCES`` of those sentences (text order,
    each once) with ``evidence_sep``, and says how many more there are (``frame_sentences`` has them all). Sorted by group, then lexicon frame order.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"],
    ...     "text": ["Illegal migrants and illegal crossings.", "Asylum seekers arrived here today."]})
    >>> p = frame_profile(s, by="g")
    >>> p[p.frame == "crime and punishment"][["group", "n_cues", "per_1000_words"]].values.tolist()
    [['x', 2, 400.0], ['y', 0, 0.0]]
    """
    lex = load_frames() if lexicon is None else lexicon
    sents = analysed_sentences(articles, by=by, fields=fields)
    hits = frame_sentences(sents, by="group", lexicon=lex, fields=fields)
    return profile_from(hits, group_sizes(sents, by="group", fields=fields), lexicon=lex, evidence_sep=evidence_sep)


EVIDENCE_SENTENCES = 5  # a profile row quotes this many of its sentences: a row stays a row at any corpus size


def _evidence(sentences: pd.Series, n_hits: int, sep: str) -> str:
    """The first ``EVIDENCE_SENTENCES`` distinct sentences (a missing one is left out: ``first_hits`` drops those no
    profile row shows), and how many of the *n_hits* sentences are not shown."""
    shown = list(dict.fromkeys(sentences.dropna()))[:EVIDENCE_SENTENCES]
    more = n_hits - len(shown)
    return sep.join(shown) + (f"{sep}(and {more} more sentences)" if more > 0 else "")


def first_hits(hits: pd.DataFrame) -> pd.DataFrame:
    """``frame_sentences`` rows in brief for ``profile_from``: every row counts, but only the sentences a profile row
    can show keep their text (the first ``EVIDENCE_SENTENCES`` distinct ones per group and frame; the others None).
    Any split of the corpus gives the same profile from its parts' brief rows."""
    hits = hits[["group", "frame", "n_cues", "sentence"]]
    if not len(hits):
        return hits
    first = ~hits.duplicated(["group", "frame", "sentence"])
    rank = first.astype(int).groupby([hits["group"], hits["frame"]]).cumsum()
    keep = first & (rank <= EVIDENCE_SENTENCES)
    return hits.assign(sentence=hits["sentence"].where(keep, None))


def profile_from(hits: pd.DataFrame, sizes: pd.DataFrame, *, lexicon: pd.DataFrame | None = None,
                 evidence_sep: str = " | ") -> pd.DataFrame:
    """``frame_profile`` from its parts: the sentences holding each frame (``frame_sentences``) and each group's
    size (``group_sizes``). Both add up over any split of the corpus by article, so a partitioned corpus
    sums its parts and calls this once (``helpers.engine``)."""
    lex = load_frames() if lexicon is None else lexicon
    frames = _frame_order(lex)
    sizes = sizes.set_index("group")
    rows = []
    for g in sorted(sizes.index):
        n_sents, n_words, n_arts = (int(sizes.at[g, c]) for c in ("n_sentences", "n_words", "n_articles"))
        for f in frames:
            h = hits[(hits["group"] == g) & (hits["frame"] == f)]
            n_cues = int(h["n_cues"].sum())
            rows.append(
                {
                    "group": g,
                    "frame": f,
                    "n_cues": n_cues,
                    "n_sentences": len(h),
                    "group_sentences": n_sents,
                    "share_sentences": len(h) / n_sents if n_sents else float("nan"),
                    "n_words": n_words,
                    "per_1000_words": 1000 * n_cues / n_words if n_words else float("nan"),
                    "n_articles": n_arts,
                    "evidence": _evidence(h["sentence"], len(h), evidence_sep),
                }
            )
    return pd.DataFrame(rows, columns=PROFILE_COLUMNS)
