"""How much of each group's text speaks in each policy frame, with the sentences as evidence.

The frames are dimensions of the Policy Frames Codebook (Boydstun, Card, Gross,
Resnik & Smith 2014) that this story touches; ``helpers/data/frames.csv`` maps
words and phrases ("cues") to them and ``helpers/data/frames.md`` documents every
frame and column. A sentence holds a frame when it contains one of its cues.

Matching (``compile_cue``, ``match_lexicon``): case-insensitive, whole words and
phrases only. A word inside another word never matches, and hyphenated compounds
count as one word (``fence`` does not match ``fence-sitting``, ``Russian`` does not
match ``anti-Russian``). The last word of an English cue also matches its plural (``-s``,
``-es``); a word ending in ``*`` matches any ending (``terminat*``, ``мигрант*``,
``turvapaikanhakij*``), and one starting with ``*`` may end a longer compound word
(``*turvallisuu*`` matches ``rajaturvallisuus``). ``|`` separates alternatives, for inflected
forms a stem would overreach with (``Москва|Москвы|Москве|Москву|Москвой``). A hyphen in a
cue matches a hyphen, a space or nothing (``cross-border`` = ``cross border``), and
the space between two cue words also matches a hyphen (``asylum-seekers``).
Overlapping cues: the longest match wins, so within one frame ``border security``
counts once, not also as ``security``.

Languages (``language`` column of the tables; ``rows_for_language``): a row marked ``ru``,
``fi`` or ``sv`` is tried only on sentences of articles in that language, an unmarked (or
``en``) row on English sentences and on any language the table has no rows for; when the
sentences carry no language, or an article's language is not known, every row is tried. In
rows of other languages than English no plural is added (write the stem with ``*``), a ``*``
also runs on across a hyphen (``Nato*`` matches ``Nato-jäsenyys``), and ``е`` matches ``ё``.

>>> import pandas as pd
>>> s = pd.DataFrame({"article_id": ["a", "b"], "side": ["x", "y"],
...                   "text": ["Border security first.", "The arrival of illegal migrants."]})
>>> frame_sentences(s, by="side")[["group", "frame", "cues"]].values.tolist()
[['x', 'security and defence', 'border security'], ['y', 'crime and punishment', 'illegal migrants']]
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..paths import DATA
from .terms import FIELDS, analysed_sentences, group_sizes

FRAMES_CSV = DATA / "frames.csv"


# --------------------------------------------------------------------------------------
# Cue matching (shared with helpers.framing.naming).


ENGLISH = "en"  # the language of a row whose ``language`` is empty
_LETTER = r"[^\W_]"


def is_english(language: str | None) -> bool:
    """Whether a table row of *language* is an English row (empty or ``en``)."""
    return not language or str(language).strip().lower() == ENGLISH


@lru_cache(maxsize=8192)
def compile_cue(cue: str, language: str = "") -> re.Pattern:
    """A case-insensitive whole-word pattern for a cue of a table row in *language* (see the module docstring).

    >>> bool(compile_cue("illegal migrant").search("Illegal migrants arrived"))
    True
    >>> bool(compile_cue("fence").search("fence-sitting")), bool(compile_cue("war").search("warning"))
    (False, False)
    >>> bool(compile_cue("cross-border").search("cross border")), bool(compile_cue("terminat*").search("termination"))
    (True, True)
    >>> bool(compile_cue("беженц*", "ru").search("Беженцев стало больше")), bool(compile_cue("*turvallisuu*", "fi").search("rajaturvallisuuden"))
    (True, True)
    """
    alternatives = [a.strip() for a in cue.split("|")]
    if not all(alternatives):
        raise ValueError(f"empty cue {cue!r}")
    english = is_english(language)
    # the longest alternative first: where two match at one place, the longer is the match
    bodies = [_cue_body(a, english) for a in sorted(alternatives, key=len, reverse=True)]
    body = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def _cue_body(cue: str, english: bool) -> str:
    """The pattern of one alternative of a cue, without the word boundaries."""
    words = cue.split()
    # English: a star stops at a hyphen (fear* does not match fear-mongering, as before); other languages
    # write compounds with a hyphen (Nato-jäsenyys, EU-maat), so their stars run on across one
    star = rf"{_LETTER}*" if english else rf"(?:{_LETTER}|-(?={_LETTER}))*"
    parts = []
    for k, word in enumerate(words):
        lead = word.startswith("*") and len(word) > 1
        tail = word.endswith("*")
        word = word.strip("*")
        if not word:
            raise ValueError(f"cue {cue!r}: a word is only '*'")
        pieces = [_letters(re.escape(p.replace("’", "'")).replace("'", "['’]")) for p in word.split("-")]
        pat = r"[-\s]?".join(pieces)
        if lead:
            pat = star + pat
        if tail:
            pat += star
        elif english and k == len(words) - 1 and word[-1:].isalpha():
            pat += r"(?:e?s)?"
        parts.append(pat)
    return r"(?:\s+|\s*-\s*)".join(parts)


def _letters(escaped: str) -> str:
    """Russian ``е`` and ``ё`` are one letter in most writing: either matches both."""
    return re.sub("[еёЕЁ]", "[её]", escaped)


def _fold(text: str) -> str:
    """Lower case with ``ё`` read as ``е`` (same length: offsets stay those of the text)."""
    return text.lower().replace("ё", "е")


def match_lexicon(text: str, cues: Sequence[str], *, languages: Sequence[str] | None = None) -> list[tuple[int, int, int]]:
    """Non-overlapping matches of ``cues`` in ``text``, longest first: ``(start, end, cue index)``.

    Returned in text order. Ties in length go to the earlier match, then the
    earlier cue. ``languages``: each cue's table language (default: all English), which
    decides how it is matched (``compile_cue``).

    >>> t = "Illegal migrants, not migrants."
    >>> [(t[a:b], k) for a, b, k in match_lexicon(t, ["migrant", "illegal migrant"])]
    [('Illegal migrants', 1), ('migrants', 0)]
    """
    langs = _cue_languages(cues, languages)
    found = []
    for k, cue in enumerate(cues):
        for m in compile_cue(cue, langs[k]).finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), k))
    return _resolve(found)


def _cue_languages(cues: Sequence[str], languages: Sequence[str] | None) -> list[str]:
    if languages is None:
        return [""] * len(cues)
    langs = ["" if is_english(x) else str(x).strip().lower() for x in languages]
    if len(langs) != len(cues):
        raise ValueError("one language per cue")
    return langs


def _resolve(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longest first (ties: the earlier match, then the earlier cue), in text order."""
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken: list[tuple[int, int, int]] = []
    for a, b, k in found:
        if all(b <= a2 or a >= b2 for a2, b2, _ in taken):
            taken.append((a, b, k))
    return sorted(taken)


def match_lexicon_many(texts: Sequence[str], cues: Sequence[str], *,
                       languages: Sequence[str] | None = None) -> list[list[tuple[int, int, int]]]:
    """``match_lexicon`` for every text of ``texts``, the same matches, with one pass of each cue over all of them.

    The texts are joined with a NUL (neither a word character nor a space, so no cue matches across
    two texts); a NUL inside a text is read as a space. Each cue is tried only where its first letters
    occur in the lower-cased text (a letter that only case-insensitive matching equates with another,
    such as the long s, is not looked for). ``languages`` as in ``match_lexicon``.

    >>> match_lexicon_many(["Illegal migrants.", "No cue", "migrants"], ["migrant", "illegal migrant"])
    [[(0, 16, 1)], [], [(0, 8, 0)]]
    """
    texts = [t.replace("\x00", " ") for t in texts]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    joined = "\x00".join(texts)
    lowered = _fold(joined)
    same_length = len(lowered) == len(joined)  # else offsets in the lower-cased text would not be the text's
    langs = _cue_languages(cues, languages)
    found: list[list[tuple[int, int, int]]] = [[] for _ in texts]
    for k, cue in enumerate(cues):
        pat, head = compile_cue(cue, langs[k]), _head(cue)
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
    """The lower-case letters every match of ``compile_cue(cue)`` starts with, or "" when there is no such prefix
    (``ё`` read as ``е``, as ``match_lexicon_many`` reads the text; for alternatives, the letters all of them start with)."""
    heads = []
    for alt in cue.split("|"):
        first = alt.strip().split()[0].rstrip("*").split("-")[0] if alt.strip() else ""
        head = re.match(r"[^\W_]+", first)
        heads.append(_fold(head.group(0)) if head and head.group(0) == first[:len(head.group(0))] else "")
    return heads[0] if len(heads) == 1 else os.path.commonprefix(heads)


def read_lexicon(path: str | Path, required: Sequence[str]) -> pd.DataFrame:
    """Read a lexicon CSV (lines starting with ``#`` are comments) and check its columns.

    ``language`` (``row_languages``) is lower-cased; a table without that column gets an empty one."""
    lex = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False, skipinitialspace=True)
    lex.columns = [c.strip() for c in lex.columns]
    missing = [c for c in required if c not in lex.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    for c in required:
        lex[c] = lex[c].str.strip()
    lex = lex[(lex[list(required)] != "").all(axis=1)].reset_index(drop=True)
    lex["language"] = lex["language"].str.strip().str.lower() if "language" in lex.columns else ""
    bad = sorted({x for x in lex["language"] if x and not re.fullmatch(r"[a-z]{2}", x)})
    if bad:
        raise ValueError(f"{path}: language must be a two-letter code (en, ru, fi, sv) or empty, not {bad}")
    return lex


def row_languages(lexicon: pd.DataFrame) -> list[str]:
    """Each row's language: its ``language`` lower-cased, ``en`` when empty or when the table has no such column.

    >>> row_languages(pd.DataFrame({"cue": ["war", "война"], "language": ["", "RU"]}))
    ['en', 'ru']
    """
    if "language" not in lexicon.columns:
        return [ENGLISH] * len(lexicon)
    return [ENGLISH if is_english(x) else str(x).strip().lower() for x in lexicon["language"].fillna("")]


def text_language(language, table_languages: Iterable[str]) -> str | None:
    """Whose rows a text of *language* is matched with: ``None`` (not known: every row), the language itself when
    the table has rows of it, else ``en`` (English, and any language without rows of its own).

    >>> text_language("ru", ["en", "ru"]), text_language("de", ["en", "ru"]), text_language("", ["en"])
    ('ru', 'en', None)
    """
    if language is None or (isinstance(language, float) and language != language):
        return None
    code = str(language).strip().lower()
    if not code:
        return None
    return code if code in set(table_languages) else ENGLISH


def match_rows(texts: Sequence[str], languages: Sequence[str] | None, cues: Sequence[str],
               cue_languages: Sequence[str]) -> list[list[tuple[int, int, int]]]:
    """``match_lexicon_many`` with each text matched only against the cues of its language (``text_language``):
    ``(start, end, cue index)`` per text. ``languages``: each text's language, or ``None`` (every cue everywhere).

    >>> match_rows(["Migrants.", "Мигранты."], ["en", "ru"], ["migrant", "мигрант*"], ["en", "ru"])
    [[(0, 8, 0)], [(0, 8, 1)]]
    """
    cue_langs = [ENGLISH if is_english(x) else str(x).strip().lower() for x in cue_languages]
    table = set(cue_langs)
    keys = [None] * len(texts) if languages is None else [text_language(x, table) for x in languages]
    out: list[list[tuple[int, int, int]]] = [[] for _ in texts]
    for key in dict.fromkeys(keys):
        at = [i for i, k in enumerate(keys) if k == key]
        rows = list(range(len(cues))) if key is None else [j for j, x in enumerate(cue_langs) if x == key]
        if not rows:
            continue
        hits = match_lexicon_many([texts[i] for i in at], [cues[j] for j in rows],
                                  languages=[cue_langs[j] for j in rows])
        for i, found in zip(at, hits):
            out[i] = [(a, b, rows[k]) for a, b, k in found]
    return out


def sentence_languages(sents: pd.DataFrame) -> list[str] | None:
    """Each analysed sentence's language (``analysed_sentences`` keeps it when the articles carry one), else None."""
    return sents["language"].tolist() if "language" in sents.columns else None


def load_frames(path: str | Path = FRAMES_CSV) -> pd.DataFrame:
    """The frame lexicon: one row per cue, columns ``frame, codebook, cue, language, note``.

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
    ``article_id``, ``text`` and the ``by`` column (and ``language``: see the module docstring). ``lexicon`` defaults to
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
    langs = row_languages(lex)
    texts, text_langs = sents["text"].tolist(), sentence_languages(sents)
    by_frame = {}
    for f in frames:  # one pass of each cue over the corpus's sentences of its language
        rows = np.flatnonzero((lex["frame"] == f).to_numpy())
        by_frame[f] = match_rows(texts, text_langs, lex["cue"].iloc[rows].tolist(), [langs[j] for j in rows])
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
