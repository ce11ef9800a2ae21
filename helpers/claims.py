"""Claims side by side: what each article states about the same facts, and a verdict per pair.

``statements(articles, figures)`` finds, in every article, the sentences that speak to each topic
of ``helpers/data/claim_topics.csv`` and reads the value each states: an actor (who ended the
agreement, who puts up fences, who is blamed), a date (signed, expires), a count with the date it
refers to (crossings open or closed, people arrived) or a phrase (the reason given).
``align_claims`` pairs statements on the same topic across sources (by default an outlet; an
article of unknown outlet is a source of its own; ``by=`` pairs by perspective or article instead),
adds ``only_one`` rows for a topic one source addresses and another never does, and within-article
pairs with different values. ``reconcile`` gives each pair its verdict and a reason in words.
The rules are documented in ``helpers/data/claims.md``.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> from helpers.stated import stated_figures
>>> arts = load_corpus(SEEDS)
>>> claims = reconcile(align_claims(arts, stated_figures(arts), by="perspective"))
>>> claims.loc[claims.topic == "agreement_signed", ["value_a", "value_b", "verdict"]].values.tolist()
[['2012', 'April 13, 2012', 'more_precise']]
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator
import numpy as np
import pandas as pd

from .corpus import sentences as corpus_sentences
from .figures import PALETTE
from .paths import DATA
from .stated import noun_topics

TOPICS_CSV = DATA / "claim_topics.csv"
OWN_ACTORS_CSV = DATA / "claim_actors.csv"
PROJECT_ACTORS_CSV = DATA / "actors.csv"
FIELDS = ("title", "standfirst", "body")
KINDS = ("actor", "date", "count", "text")
RULES = ("initiator", "reason", "date_near_cue", "state", "flow", "builder", "blame")
VERDICTS = ("agree", "more_precise", "different_dates", "contradict", "only_one", "inconsistent_within")
TOLERANCE = 0.10          # approximate counts within 10% of each other are the same figure
REASON_SIMILARITY = 0.30  # two reason phrases at least this similar (TF-IDF cosine) give the same reason
SKIP_ACTOR_KINDS = {"group", "demonym"}  # actors.csv kinds that never act as an agent here

STATEMENT_COLUMNS = [
    "article_id", "label", "group", "topic", "kind", "field", "sentence_no", "sentence", "mention",
    "value", "key", "actor", "start", "end", "granularity", "inferred", "num", "of", "total",
    "total_from", "state", "open", "approx", "date_text", "ref_start", "ref_end", "ref_from", "attributed",
]
SIDE_COLUMNS = [
    "article_id", "label", "group", "field", "sentence_no", "sentence", "mention", "value", "key",
    "actor", "start", "end", "granularity", "inferred", "num", "of", "total", "total_from", "state",
    "open", "approx", "date_text", "ref_start", "ref_end", "ref_from", "attributed", "date",
]
ALIGNED_COLUMNS = (
    ["relation", "topic", "section", "question", "kind", "rule"]
    + [f"{c}_a" for c in SIDE_COLUMNS] + [f"{c}_b" for c in SIDE_COLUMNS]
    + ["article_a", "article_b", "statement_a", "statement_b", "similarity", "others_a", "others_b", "note", "phrase", "missing"]
)
CLAIM_COLUMNS = [
    "topic", "section", "question", "verdict", "reason", "article_a", "label_a", "group_a", "field_a",
    "statement_a", "value_a", "date_a", "article_b", "label_b", "group_b", "field_b", "statement_b",
    "value_b", "date_b", "similarity", "relation", "kind",
]


# ---------------------------------------------------------------------------------------------
# Tables


@lru_cache(maxsize=4)
def _load_topics(path: str) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    required = ["topic", "section", "question", "kind", "rule", "cue", "cue_also", "count_topic", "within", "phrase", "missing"]
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    for c in required:
        table[c] = table[c].str.strip()
    bad = table[~table["kind"].isin(KINDS) | ~table["rule"].isin(RULES)]
    if len(bad):
        raise ValueError(f"{path}: unknown kind or rule in topic(s) {bad['topic'].tolist()}")
    if table["topic"].duplicated().any():
        raise ValueError(f"{path}: a topic id appears twice")
    for c in ("cue", "cue_also"):
        for cue in table[c]:
            if cue:
                re.compile(cue)
    return table


def load_topics(path: str | Path = TOPICS_CSV) -> pd.DataFrame:
    """The topic table (``helpers/data/claim_topics.csv``), checked: one row per topic.

    >>> load_topics()["topic"].tolist()[:3]
    ['initiator', 'agreement_reason', 'agreement_signed']
    """
    return _load_topics(str(path)).copy()


@lru_cache(maxsize=4)
def actor_aliases(own: str = str(OWN_ACTORS_CSV), project: str = str(PROJECT_ACTORS_CSV)) -> tuple[tuple[str, str], ...]:
    """``((alias, actor), ...)``, longest alias first: ``actors.csv`` when present, then ``claim_actors.csv``.

    Aliases of kinds ``group`` and ``demonym`` in ``actors.csv`` are left out (migrants do not end
    agreements here; ``Russian`` alone is an adjective more often than an agent).

    >>> dict(actor_aliases())["Moscow"], dict(actor_aliases())["Finnish side"]
    ('Russia', 'Finland')
    """
    pairs: dict[str, str] = {}
    if Path(project).exists():
        table = pd.read_csv(project, dtype=str, keep_default_na=False)
        if {"actor", "alias"} <= set(table.columns):
            kinds = table["kind"] if "kind" in table.columns else pd.Series([""] * len(table))
            for actor, alias, kind in zip(table["actor"], table["alias"], kinds):
                if alias.strip() and actor.strip() and kind.strip() not in SKIP_ACTOR_KINDS:
                    pairs.setdefault(alias.strip(), actor.strip())
    own_table = pd.read_csv(own, dtype=str, keep_default_na=False)
    for actor, alias in zip(own_table["actor"], own_table["alias"]):
        if alias.strip() and actor.strip():
            pairs.setdefault(alias.strip(), actor.strip())
    return tuple(sorted(pairs.items(), key=lambda p: (-len(p[0]), p[0])))


@lru_cache(maxsize=4)
def _alias_regex(aliases: tuple[tuple[str, str], ...]) -> re.Pattern:
    alts = "|".join(re.escape(a) for a, _ in aliases)
    return re.compile(rf"(?<![\w-])(?P<alias>{alts})(?P<poss>['’]s)?(?![\w-])")


# ---------------------------------------------------------------------------------------------
# Actors in a sentence

_PREP_BEFORE = re.compile(
    r"\b(?:with|to|from|of|on|against|towards?|by|along|into|for|at|in|between|over|about|across|near|than|"
    r"under|through|via|among|amid|like|unlike|including)\s+(?:the\s+)?$", re.I)
_SPEAKER = re.compile(r"^\s*(?P<speaker>[^:]{1,60}?)\s*:\s+")
_PRONOUN = re.compile(r"(?<![\w-])(?:We|we|I)(?=['’]ll\b|['’]ve\b|['’]d\b|\s)")
_SPEECH = re.compile(
    r"[\"“”]|\b(?:said|says|explained|explains|stated|states|told|tells|believes|believed|claimed|claims|"
    r"insisted|insists|added|according to|announced|recalled|noted|stressed|warned)\b")


def find_actors(sentence: str, aliases=None) -> list[dict]:
    """Actor mentions in a sentence: ``start, end, actor, alias, possessive, prep_object``.

    A speaker prefix (``Moscow: We'll ...``) makes ``we``/``I`` that speaker.

    >>> [(a["actor"], a["prep_object"]) for a in find_actors("Finland closed crossings with Russia.")]
    [('Finland', False), ('Russia', True)]
    >>> [a["actor"] for a in find_actors("Moscow: We'll terminate border cooperation")]
    ['Russia', 'Russia']
    """
    aliases = aliases or actor_aliases()
    lookup = dict(aliases)
    out = []
    for m in _alias_regex(aliases).finditer(sentence):
        before = sentence[:m.start()]
        poss = bool(m.group("poss"))
        out.append({"start": m.start(), "end": m.end(), "actor": lookup[m.group("alias")], "alias": m.group("alias"),
                    "possessive": poss, "prep_object": bool(_PREP_BEFORE.search(before)) and not poss})
    sp = _SPEAKER.match(sentence)
    if sp:
        speaker = [a for a in out if a["start"] >= sp.start("speaker") and a["end"] <= sp.end("speaker")]
        if speaker:
            for m in _PRONOUN.finditer(sentence, sp.end()):
                out.append({"start": m.start(), "end": m.end(), "actor": speaker[-1]["actor"], "alias": m.group(0),
                            "possessive": False, "prep_object": False, "speaker": speaker[-1]["alias"]})
    return sorted(out, key=lambda a: a["start"])


def attributed(sentence: str, field: str = "body") -> bool:
    """True when the sentence reports what someone said (quotes, a speech verb, a ``Speaker:`` title).

    >>> attributed('"We decided," explained Belyaev.'), attributed("Finland closed the border.")
    (True, False)
    """
    return bool(_SPEECH.search(sentence) or (field == "title" and _SPEAKER.match(sentence)))


_AUX = (r"(?:['’]ll|['’]ve|['’]d|has|have|had|will|would|shall|is|are|was|were|be|been|being|going|to|did|does|"
        r"decided|decides|decide|announced|announces|announce|said|says|declared|declares|stated|that|it|moved|moves|plans?|planned|intends?|"
        r"intended|chose|chooses|wants?|wanted|formally|officially|now|also|then|finally|unilaterally|"
        r"reportedly|already|today|yesterday|on\s+\w+day|in\s+\w+|has\s+decided)")
_STRICT_GAP = re.compile(rf"^\s*(?:{_AUX}\s*)*$", re.I)
_END_VERB = re.compile(
    r"(?<![\w-])(?:terminat(?:e|es|ed|ing)|end(?:s|ed)?|scrap(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)\s+from|"
    r"denounc(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|pull(?:s|ed|ing)?\s+out\s+of|t(?:ore|ear|ears)\s+up)(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|its|their|this|that)\s+$", re.I)


def _agent_before(sentence: str, pos: int, actors: list[dict], *, strict: bool) -> dict | None:
    """The nearest actor before ``pos`` that is not the object of a preposition.

    ``strict``: only auxiliaries and adverbs may stand between it and ``pos``.
    """
    for a in reversed([a for a in actors if a["end"] <= pos]):
        if a["prep_object"]:
            continue
        if strict and not _STRICT_GAP.match(sentence[a["end"]:pos]):
            return None
        return a
    return None


def _initiator(sentence: str, actors: list[dict]) -> tuple[str, str] | None:
    """Who ended the agreement: ``(actor, the words that say so)`` or None."""
    explicit = [
        r"\binitiator\b[^,.;]{0,60}?\b(?:being|was|is|were)\s+(?:the\s+)?",
        r"\b(?:initiated|proposed|requested)\s+by\s+(?:the\s+)?",
        r"\bat\s+(?:the\s+)?(?:initiative|request)\s+of\s+(?:the\s+)?",
        r"\b(?:terminated|ended|scrapped|cancell?ed|denounced)\s+by\s+(?:the\s+)?",
    ]
    for pat in explicit:
        for m in re.finditer(pat, sentence, re.I):
            hit = next((a for a in actors if a["start"] == m.end()), None)
            if hit:
                return hit["actor"], sentence[m.start():hit["end"]]
    for a in actors:
        if a["possessive"] and re.match(r"\s+initiative\b", sentence[a["end"]:]):
            return a["actor"], sentence[a["start"]:a["end"] + len(" initiative")]
    for v in _END_VERB.finditer(sentence):
        if _ARTICLE_BEFORE.search(sentence[:v.start()]):
            continue  # "the end of", "an end to": a noun
        agent = _agent_before(sentence, v.start(), actors, strict=True)
        if agent:
            words = sentence[agent["start"]:v.end()]
            return agent["actor"], f"{agent['speaker']}: {words}" if agent.get("speaker") else words
    return None


_BUILD_VERB = re.compile(r"(?<![\w-])(?:erect\w*|build\w*|construct\w*|fortif\w*|put(?:s|ting)?\s+up|install\w*)(?![\w-])", re.I)


def _builder(sentence: str, actors: list[dict]) -> tuple[str, str] | None:
    for v in _BUILD_VERB.finditer(sentence):
        agent = _agent_before(sentence, v.start(), actors, strict=False)
        if agent:
            tail = re.match(r"[\w-]*(?:\s+(?:a|an|the))?\s+[\w-]+", sentence[v.start():])
            end = v.start() + (tail.end() if tail else len(v.group(0)))
            return agent["actor"], sentence[agent["start"]:end] if end - agent["start"] <= 80 else \
                f"{sentence[agent['start']:agent['end']]} … {sentence[v.start():end]}"
    return None


def _clip(sentence: str, start: int, end: int, words: int = 0) -> str:
    """``sentence[start:end]`` extended by up to ``words`` words, not past punctuation or and/but/while/which.

    >>> _clip("under the pretext of fearing an influx and started", 0, 17, 12)
    'under the pretext of fearing an influx'
    """
    pos = end
    for _ in range(words):
        m = re.compile(r"[ \t]+([\w'’-]+)").match(sentence, pos)
        if not m or m.group(1).lower() in ("and", "but", "while", "which", "who", "whereas"):
            break
        pos = m.end()
    return sentence[start:pos]


def _blame(sentence: str, actors: list[dict]) -> tuple[str, str] | None:
    """Who is held responsible: ``(actor, the words that say so)`` or None (see claims.md)."""
    def at(pos):
        return next((a for a in actors if a["start"] == pos), None)

    def after(pos, limit=80):
        return next((a for a in actors if pos <= a["start"] <= pos + limit), None)

    # X is (fully) to blame / X bears the blame / X is responsible / X is blamed / X is accused
    for a in actors:
        rest = sentence[a["end"]:]
        m = re.match(r"\s+(?:is|are|was|were|has been|have been)\s+(?:\w+\s+){0,2}?(?:to\s+blame|responsible|blamed|accused|at\s+fault)\b"
                     r"|\s+(?:bears?|bore|carr(?:y|ies|ied))\s+(?:\w+\s+){0,2}?(?:blame|responsibility)\b", rest, re.I)
        if m and not a["prep_object"]:
            return a["actor"], sentence[a["start"]:a["end"] + m.end()]
    # blamed X / blamed it on X / accused X / held X responsible / responsibility lies with X
    for m in re.finditer(r"\b(?:blam\w*|accus\w*|holds?|held)\s+(?:it\s+|this\s+|that\s+)?(?:on\s+)?(?:the\s+)?"
                         r"|\bresponsibility\s+(?:lies|rests)\s+with\s+(?:the\s+)?", sentence, re.I):
        hit = at(m.end())
        if hit and (not m.group(0).lower().startswith("hold") and not m.group(0).lower().startswith("held")
                    or re.match(r"\s+responsible\b", sentence[hit["end"]:])):
            return hit["actor"], sentence[m.start():hit["end"]]
    # the (confrontational) actions / policy of X, X's actions: cited as a cause
    for m in re.finditer(r"\b(?:actions?|polic(?:y|ies)|conduct|behaviou?r|steps|moves|provocations?|aggression|hostility)\s+of\s+(?:the\s+)?",
                         sentence, re.I):
        hit = at(m.end())
        cues = list(re.finditer(r"\b(?:taking into account|because of|due to|in response to|citing|in retaliation for|owing to|over)\b",
                                sentence[:m.start()], re.I))
        if hit and cues:
            return hit["actor"], sentence[cues[-1].start():hit["end"]]
    # prompted / caused / driven by ... X
    for m in re.finditer(r"\b(?:prompted|caused|driven|provoked|triggered)\s+by\b", sentence, re.I):
        hit = after(m.end())
        if hit:
            return hit["actor"], _clip(sentence, m.start(), hit["end"], 12)
    # X did something under the pretext / as an excuse: the one using the pretext is faulted
    for m in re.finditer(r"\b(?:pretext|excuse)\b", sentence, re.I):
        agent = _agent_before(sentence, m.start(), actors, strict=False)
        if agent:
            head = re.search(r"\b(?:under|on|as)\s+(?:the\s+|an?\s+)?$", sentence[:m.start()])
            return agent["actor"], f"{sentence[agent['start']:agent['end']]} … " + _clip(sentence, head.start() if head else m.start(), m.end(), 12)
    return None


_REASON = re.compile(
    r"\b(?P<cue>citing|taking into account|because of|due to|owing to|in response to|as a response to|"
    r"in retaliation for|over (?=concerns|fears))\s+(?P<reason>[^.;:]+?)(?=\s*(?:[.;:]|,\s*(?:with|and|while|which|the|it|he|she|they|as)\b|$))",
    re.I)


def _reason(sentence: str) -> tuple[str, str] | None:
    m = _REASON.search(sentence)
    if not m:
        return None
    phrase = m.group("reason").strip().strip(",\"“”")
    return (phrase, m.group(0).strip()) if phrase else None


# ---------------------------------------------------------------------------------------------
# Similarity: TF-IDF cosine, hand-written

_STOP = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been being has have had
    it its this that these those there their they them he she his her we our you your i not no nor so than
    then also which who whom whose what when where while will would shall should can could may might must
    do does did into over under about after before between during up out said says says according""".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _noun_regex() -> tuple[re.Pattern, dict[str, str]]:
    pairs = noun_topics()
    lookup = {n: t for n, t in pairs}
    alts = "|".join(re.escape(n) for n, _ in pairs)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), lookup


def _stem(word: str) -> str:
    for suf in ("ations", "ation", "ings", "ing", "ions", "ion", "ures", "ure", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            word = word[: -len(suf)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lower-cased, stop words out, equivalent nouns (``nouns.csv``) replaced by their topic, crudely stemmed.

    >>> tokens("Finland closed four of the eight checkpoints")
    ['finland', 'clos', 'four', 'eight', '#crossings']
    """
    rx, lookup = _noun_regex()
    low = (text or "").lower()
    low = rx.sub(lambda m: f" #{lookup[m.group(0)]} ", low)
    out = []
    for w in re.findall(r"#\w+|" + _WORD.pattern, low):
        if w.startswith("#"):
            out.append(w)
        elif w not in _STOP and len(w) > 2:
            out.append(_stem(w.replace("’", "'")))
    return out


def tfidf_matrix(texts: list[str]) -> np.ndarray:
    """Row-normalised TF-IDF vectors (smooth IDF, sublinear TF) for ``texts``; rows of zeros for empty texts."""
    docs = [tokens(t) for t in texts]
    vocab = sorted({w for d in docs for w in d})
    index = {w: i for i, w in enumerate(vocab)}
    mat = np.zeros((len(docs), len(vocab)))
    for r, d in enumerate(docs):
        for w in d:
            mat[r, index[w]] += 1.0
    if not vocab:
        return mat
    df = (mat > 0).sum(axis=0)
    idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
    mat = np.where(mat > 0, 1.0 + np.log(np.where(mat > 0, mat, 1.0)), 0.0) * idf
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    return mat / np.where(norms == 0, 1.0, norms)


def similarity(a: str, b: str, corpus: list[str] | None = None) -> float:
    """TF-IDF cosine of two texts (IDF from ``corpus`` plus the two texts).

    >>> round(similarity("Finland closed four checkpoints", "Finland closed four border crossings"), 2)
    1.0
    >>> similarity("fences", "asylum seekers")
    0.0
    """
    texts = list(corpus or []) + [a, b]
    m = tfidf_matrix(texts)
    return float(round(float(m[-2] @ m[-1]), 6))


# ---------------------------------------------------------------------------------------------
# Describing dates and counts in words

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_LEAD = re.compile(r"^(?:on|in|during|at|by|since|until|till|from|of|over|for)\s+", re.I)


def _day(ts) -> str:
    return f"{ts.day} {_MONTHS[ts.month - 1]} {ts.year}"


def _span(start, end) -> str:
    """``18–19 November 2023``, ``21 October – 3 November 2023``, ``1 January – 31 December 2012``."""
    if pd.isna(start) or pd.isna(end):
        return "date unknown"
    if start == end:
        return _day(start)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} – {end.day} {_MONTHS[end.month - 1]} {end.year}"
    return f"{_day(start)} – {_day(end)}"


def describe_date(text: str, start, end, granularity: str | None, inferred=False) -> str:
    """The date as stated, with the calendar range when the words are relative or vague.

    >>> describe_date("during the weekend", pd.Timestamp("2023-11-18"), pd.Timestamp("2023-11-19"), "weekend")
    'during the weekend (18–19 November 2023)'
    >>> describe_date("in 2012", pd.Timestamp("2012-01-01"), pd.Timestamp("2012-12-31"), "year")
    'in 2012'
    """
    text = (text or "").strip()
    if pd.isna(start):
        return f"{text} (not placed on the calendar)" if text else "no date given"
    plain = _LEAD.sub("", text)
    if not granularity:
        if start == end:
            granularity = "day"
        elif start.day == 1 and end == start + pd.offsets.MonthEnd(0):
            granularity = "month"
        elif (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            granularity = "year"
    explicit = bool(re.search(r"\b(?:19|20)\d\d\b", plain)) and (
        granularity in ("year", "month") or (granularity == "day" and re.search(r"\d", plain.replace(str(start.year), ""))))
    text = _with_prep(text, granularity)
    notes = ([] if explicit else [_span(start, end)]) + (["year inferred from the text"] if inferred is True else [])
    return f"{text} ({'; '.join(notes)})" if notes else text


def _with_prep(text: str, granularity: str | None) -> str:
    """``November`` → ``in November``, ``the weekend`` → ``during the weekend``; a text with a preposition stays.

    >>> _with_prep("the end of January 2024", "part_of_month"), _with_prep("April 13, 2012", "day")
    ('at the end of January 2024', 'on April 13, 2012')
    """
    if not text or _LEAD.match(text) or re.match(r"(?:earlier|later|last|next|this|yesterday|today|tomorrow)\b", text, re.I):
        return text
    if re.match(r"the\s+(?:end|beginning|start|middle)\b", text, re.I):
        return f"at {text}"
    if re.match(r"the\s+(?:\w+\s+)?week(?:end)?\b", text, re.I) or granularity in ("weekend", "week"):
        return f"during {text}"
    return f"{'on' if granularity == 'day' else 'in'} {text}"


def _precision_word(granularity: str | None) -> str:
    return {"day": "the day", "month": "the month", "year": "the year", "part_of_month": "part of the month",
            "weekend": "the weekend", "week": "the week", "season": "the season"}.get(granularity or "", granularity or "a date")


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"


def describe_count(num, of, state, approx, what="") -> str:
    """``1 of 8 open``, ``4 of 8 closed``, ``around 900``.

    >>> describe_count(4.0, 8.0, "closed", False), describe_count(900.0, float("nan"), None, True)
    ('4 of 8 closed', 'around 900')
    """
    s = ("around " if approx is True else "") + _num(num)
    if pd.notna(of):
        s += f" of {_num(of)}"
    if what:
        s += f" {what}"
    if isinstance(state, str) and state:
        s += f" {state}"
    return s


# ---------------------------------------------------------------------------------------------
# Statements


def _cue_hit(cue: str, text: str) -> re.Match | None:
    return re.search(cue, text, re.I) if cue else None


def pairing_keys(articles: pd.DataFrame, by: str = "source") -> pd.Series:
    """The key each article is paired by (``article_id`` → key): statements are compared across keys.

    * ``"source"`` (the default): the outlet, or the article's label when the outlet is unknown
      (``unnamed outlet · <id>``), so that every article of unknown outlet is a source of its own.
      (``load_corpus`` adds `` · <id>`` to the label of an outlet with several articles, to tell
      them apart in tables; the source is the outlet itself.)
    * ``"article_id"``: every article is its own source.
    * any other column (``perspective``, ``outlet``, ``label``...): its value, ``unknown`` when missing.

    >>> arts = pd.DataFrame({"outlet": ["Alpha", "Alpha", ""], "label": ["Alpha · 1", "Alpha · 2", "unnamed outlet · 3"],
    ...                      "perspective": ["finnish", "finnish", None]}, index=["1", "2", "3"])
    >>> pairing_keys(arts).tolist(), pairing_keys(arts, "perspective").tolist()
    (['Alpha', 'Alpha', 'unnamed outlet · 3'], ['finnish', 'finnish', 'unknown'])
    """
    ids = [str(a) for a in articles.index]
    if by == "article_id":
        keys = ids
    elif by == "source":
        outlets = articles["outlet"] if "outlet" in articles.columns else pd.Series([""] * len(articles), index=articles.index)
        labels = articles["label"] if "label" in articles.columns else pd.Series(ids, index=articles.index)
        keys = []
        for aid, outlet, label in zip(ids, outlets, labels):
            outlet = outlet.strip() if isinstance(outlet, str) else ""
            label = label if isinstance(label, str) and label else aid
            keys.append(outlet or label)
    elif by in articles.columns:
        keys = ["unknown" if pd.isna(g) or g == "" else str(g) for g in articles[by]]
    else:
        raise ValueError(f"by={by!r}: not a column of the articles (nor 'source' or 'article_id')")
    return pd.Series(keys, index=articles.index, dtype=object)


def statements(articles: pd.DataFrame, figures: pd.DataFrame, *, by: str = "source", topics: pd.DataFrame | None = None,
               sents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per statement: an article's sentence that speaks to a topic, with the value it states.

    ``value`` is the value in words; ``key`` identifies equal values (for deduplication);
    rows whose value could not be read have ``value == ""`` and are kept (they show that the article
    speaks to the topic without stating it). ``group`` is the article's pairing key
    (``pairing_keys(articles, by)``). Columns: ``STATEMENT_COLUMNS``. ``sents``: the corpus's
    sentences (``helpers.corpus.sentences(articles, fields=FIELDS)``) when already at hand.
    """
    topics = load_topics() if topics is None else topics
    aliases = actor_aliases()
    sents = corpus_sentences(articles, fields=FIELDS) if sents is None else sents
    figs = figures if len(figures) else pd.DataFrame(columns=["article_id", "kind", "sentence_no"])
    dates = figs[figs["kind"] == "date"]
    counts = figs[figs["kind"] == "count"]
    # Plain Python lookups, built once: per-sentence pandas selections cost more than the rules themselves.
    date_by_sentence: dict = {}
    for d in (dates.itertuples(index=False) if len(dates) else ()):
        date_by_sentence.setdefault((d.article_id, d.sentence_no), []).append(d)
    count_by_sentence: dict = {}
    for c in (counts.itertuples(index=False) if len(counts) else ()):
        count_by_sentence.setdefault((c.article_id, c.sentence_no), []).append(c)
    inferred_lookup = {(r.article_id, r.text, r.start): r.inferred for r in dates.itertuples()} if len(dates) else {}
    totals = _crossing_totals(counts)
    topic_rows = list(topics.itertuples(index=False))
    count_topics = [t for t in topic_rows if t.kind == "count"]

    rows = []
    keys = pairing_keys(articles, by)
    labels = articles["label"] if "label" in articles.columns else pd.Series([None] * len(articles), index=articles.index)
    meta = {aid: ((label if isinstance(label, str) else None) or aid, key)
            for aid, label, key in zip(articles.index, labels, keys)}
    for s in sents.itertuples(index=False):
        aid = s.article_id
        label, group = meta[aid]
        sentence = s.text
        actors = None
        base = {"article_id": aid, "label": label, "group": group, "field": s.field, "sentence_no": int(s.sentence_no),
                "sentence": sentence, "attributed": attributed(sentence, s.field)}
        for t in topic_rows:
            if t.kind == "count":
                continue
            hit = _cue_hit(t.cue, sentence)
            if not hit or (t.cue_also and not _cue_hit(t.cue_also, sentence)):
                continue
            if actors is None:
                actors = find_actors(sentence, aliases)
            row = dict(base, topic=t.topic, kind=t.kind, mention="", value="", key="")
            if t.kind == "actor":
                found = {"initiator": _initiator, "builder": _builder, "blame": _blame}[t.rule](sentence, actors)
                if found:
                    row.update(actor=found[0], mention=found[1], value=found[0], key=found[0])
                    d = _first_date(date_by_sentence.get((aid, s.sentence_no))) if t.rule == "builder" else None
                    if d is not None:
                        row.update(start=d.start, end=d.end, granularity=d.granularity, inferred=d.inferred,
                                   date_text=d.text)
            elif t.kind == "text":
                found = _reason(sentence)
                if found:
                    row.update(value=found[0], mention=found[1], key=" ".join(tokens(found[0])))
            elif t.kind == "date":
                d = _date_near(date_by_sentence.get((aid, s.sentence_no)), int(s.start) + hit.start())
                if d is not None:
                    row.update(mention=d.text, value=_LEAD.sub("", d.text), key=f"{d.start.date()}..{d.end.date()}",
                               start=d.start, end=d.end, granularity=d.granularity, inferred=d.inferred, date_text=d.text)
            rows.append(row)
        # counts: from the stated figures of this sentence
        group_counts = count_by_sentence.get((aid, s.sentence_no))
        if group_counts is None:
            continue
        for t in count_topics:
            if t.cue and not _cue_hit(t.cue, sentence):
                continue
            for c in group_counts:
                if c.topic != t.count_topic:
                    continue
                total, total_from = (c.of, "stated") if pd.notna(c.of) else totals(aid)
                state = c.state if isinstance(c.state, str) and c.state else None
                open_ = c.value if state == "open" else (total - c.value if state == "closed" and pd.notna(total) else np.nan)
                if t.rule == "flow":
                    state, open_ = None, np.nan
                ref_inferred = inferred_lookup.get((aid, c.ref_text if isinstance(c.ref_text, str) else "", c.ref_start), False)
                rows.append(dict(
                    base, topic=t.topic, kind="count", mention=c.text,
                    value=describe_count(c.value, c.of, state, c.approx),
                    key=f"{c.value}|{c.of}|{state}|{c.ref_start}|{c.ref_end}",
                    num=c.value, of=c.of, total=total, total_from=total_from, state=state, open=open_,
                    approx=bool(c.approx), date_text=c.ref_text if isinstance(c.ref_text, str) else "",
                    ref_start=c.ref_start, ref_end=c.ref_end, ref_from=c.ref_from if isinstance(c.ref_from, str) else "",
                    inferred=bool(ref_inferred) if ref_inferred is not None else False,
                ))
    out = pd.DataFrame.from_records(rows, columns=STATEMENT_COLUMNS) if rows else pd.DataFrame(columns=STATEMENT_COLUMNS)
    for col in ("start", "end", "ref_start", "ref_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    for col in ("num", "of", "total", "open"):
        out[col] = pd.to_numeric(out[col]).astype(float)
    order = {t: i for i, t in enumerate(topics["topic"])}
    out["_t"] = out["topic"].map(order)
    out = out.sort_values(["_t", "article_id", "sentence_no"], kind="stable").drop(columns="_t").reset_index(drop=True)
    return out


def _first_date(dates: list | None):
    """The first resolved date of a sentence (its stated-figure rows in order), or None."""
    return next((d for d in dates or () if pd.notna(d.start)), None)


def _date_near(dates: list | None, cue_pos: int):
    """The resolved date nearest after the cue (``cue_pos`` relative to the field), else nearest before."""
    placed = [d for d in dates or () if pd.notna(d.start)]
    if not placed:
        return None
    after = [d for d in placed if d.start_char >= cue_pos]
    if after:
        return min(after, key=lambda d: d.start_char - cue_pos)  # min keeps the first of equals, as a stable sort
    return min(placed, key=lambda d: cue_pos - d.end_char if pd.notna(d.end_char) else np.inf)


def _crossing_totals(counts: pd.DataFrame):
    """A function giving, for an article, the total number of crossings stated elsewhere: ``(total, from)``."""
    cross = counts[(counts.get("topic") == "crossings") & counts["of"].notna()] if len(counts) else counts
    per_article = {aid: g["of"].mode().min() for aid, g in cross.groupby("article_id")} if len(cross) else {}
    corpus = float(cross["of"].mode().min()) if len(cross) else np.nan

    def total(aid):
        if aid in per_article:
            return float(per_article[aid]), "article"
        if pd.notna(corpus):
            return corpus, "corpus"
        return np.nan, ""
    return total


# ---------------------------------------------------------------------------------------------
# Alignment


def align_claims(articles: pd.DataFrame, figures: pd.DataFrame, *, by: str = "source",
                 topics: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pair statements on the same topic: across sources, and within each article.

    A *source* is the set of articles sharing a pairing key (``pairing_keys(articles, by)``): by
    default the outlet, an article of unknown outlet being a source of its own; ``by`` may also be
    ``perspective``, ``outlet``, ``article_id`` or any column of ``articles``. Rows (``relation``):

    * ``across``: for every topic and every two sources that both state its value, each statement
      of one source with its best partner among the other source's statements (dates that overlap
      first, then sentence similarity), and the other way round; pairs stating the same two values
      are kept once (the most similar). ``article_a`` / ``article_b`` are the articles the two
      statements come from. At most ``N × (S − 1)`` rows per topic, ``N`` being the statements
      with a value and ``S`` the sources stating one.
    * ``only_one``: a topic one source states and another never does (one row per value stated;
      ``article_b`` is an article of the silent source: the one whose sentence speaks to the topic
      without stating its value, in ``statement_b``, if there is one; else its first article). At
      most ``V × (S_all − 1)`` rows per topic, ``V`` being the values stated (counted per source).
    * ``within``: two statements of one article with different values (for topics whose ``within``
      column is ``yes``), the title or standfirst first when one of them is there.

    Articles of one source are never compared with each other (only within each article).
    ``reconcile`` turns these rows into verdicts.
    """
    topics = load_topics() if topics is None else topics
    sents = corpus_sentences(articles, fields=FIELDS)
    st = statements(articles, figures, by=by, topics=topics, sents=sents)
    vectors = _SentenceVectors(sents, set(zip(st["article_id"], st["sentence_no"].astype(int))))

    speaking = set(sents["article_id"])  # articles with any text
    ids = [a for a in articles.index if a in speaking]
    key_of = pairing_keys(articles, by).to_dict()
    members: dict[str, list] = {}
    for aid in ids:
        members.setdefault(key_of[aid], []).append(aid)
    sources = list(members)  # in the order of their first article

    rows = []
    silent_rows: dict = {}  # source -> the placeholder of its first article, for only_one rows with no sentence
    for t in topics.itertuples(index=False):
        tst = st[st["topic"] == t.topic]
        if not len(tst):
            continue
        records = tst.to_dict("records")
        ref = (tst["ref_start"].to_numpy(dtype="datetime64[ns]"), tst["ref_end"].to_numpy(dtype="datetime64[ns]"))
        valued: dict[str, list] = {}     # source -> its statements with a value, in statement order
        unvalued: dict[str, list] = {}   # source -> its statements that speak to the topic without a value
        position: dict[str, list] = {}   # source -> the rows of ``tst`` its statements with a value are
        by_article: dict = {}            # article -> its statements with a value
        for k, r in enumerate(records):
            (valued if r["value"] != "" else unvalued).setdefault(r["group"], []).append(r)
            if r["value"] != "":
                position.setdefault(r["group"], []).append(k)
                by_article.setdefault(r["article_id"], []).append(r)
        meta = {"topic": t.topic, "section": t.section, "question": t.question, "kind": t.kind, "rule": t.rule,
                "phrase": t.phrase, "missing": t.missing}
        blocks = {src: vectors.rows([(r["article_id"], r["sentence_no"]) for r in recs]) for src, recs in valued.items()}

        def others(aid, key):
            vals = [r["value"] for r in by_article.get(aid, []) if r["key"] != key]
            return "; ".join(dict.fromkeys(vals))

        for a, b in itertools.combinations(sources, 2):
            sa, sb = valued.get(a, []), valued.get(b, [])
            if sa and sb:
                raw = vectors.block(blocks[a], blocks[b])
                sims = np.round(raw, 4)
                scores = sims + _date_bonus(ref, position[a], position[b]) if t.kind == "count" else sims
                candidates = [(i, int(j)) for i, j in enumerate(scores.argmax(axis=1))]   # first best, as max()
                candidates += [(int(i), j) for j, i in enumerate(scores.argmax(axis=0))]
                chosen = {}
                for i, j in candidates:
                    pair_key = (sa[i]["key"], sb[j]["key"])
                    if pair_key not in chosen or scores[i, j] > chosen[pair_key][0]:
                        chosen[pair_key] = (scores[i, j], i, j)
                order = sorted(chosen.values(), key=lambda c: (sa[c[1]]["article_id"], sa[c[1]]["sentence_no"],
                                                               sb[c[2]]["article_id"], sb[c[2]]["sentence_no"]))
                for _, i, j in order:
                    ra, rb = sa[i], sb[j]
                    rows.append(_row("across", meta, ra, rb, float(round(float(raw[i, j]), 4)),
                                     others(ra["article_id"], ra["key"]), others(rb["article_id"], rb["key"])))
            elif sa or sb:
                speaker, silent = (a, b) if sa else (b, a)
                hint = unvalued.get(silent, [])
                if hint:
                    target = hint[0]
                else:
                    if silent not in silent_rows:
                        silent_rows[silent] = _silent(articles, members[silent][0], silent)
                    target = silent_rows[silent]
                if len(members[silent]) > 1:  # the whole source is silent, not one of its articles
                    target = dict(target, label=f"{silent} ({len(members[silent])} articles)")
                seen = set()
                for r in valued[speaker]:
                    if r["key"] in seen:
                        continue
                    seen.add(r["key"])
                    rows.append(_row("only_one", meta, r, target, vectors.sim(r, hint[0]) if hint else np.nan,
                                     others(r["article_id"], r["key"]), ""))
        if t.within == "yes" and t.kind != "text":
            for aid in ids:
                vals = by_article.get(aid, [])
                seen = set()
                order = sorted(vals, key=lambda r: (0 if r["field"] in ("title", "standfirst") else 1, r["sentence_no"]))
                for x, y in itertools.combinations(order, 2):
                    if x["key"] == y["key"] or (x["key"], y["key"]) in seen or (y["key"], x["key"]) in seen:
                        continue
                    if t.kind == "actor" and (x["attributed"] or y["attributed"]):
                        continue  # an article may report what each side says
                    seen.add((x["key"], y["key"]))
                    echo = [r for r in vals if r["key"] == x["key"] and r["field"] == y["field"] and r["sentence_no"] != x["sentence_no"]]
                    row = _row("within", meta, x, y, vectors.sim(x, y), others(aid, x["key"]), others(aid, y["key"]))
                    if echo and x["field"] != y["field"]:
                        row["note"] = (f"The {y['field']} also says {x['value']} in another sentence "
                                       f"({_q(echo[0]['mention'])}).")
                    rows.append(row)
    out = pd.DataFrame.from_records(rows, columns=ALIGNED_COLUMNS) if rows else pd.DataFrame(columns=ALIGNED_COLUMNS)
    for side in "ab":
        for col in ("start", "end", "ref_start", "ref_end"):
            out[f"{col}_{side}"] = pd.to_datetime(out[f"{col}_{side}"]).astype("datetime64[ns]")
        for col in ("num", "of", "total", "open", "sentence_no"):
            out[f"{col}_{side}"] = pd.to_numeric(out[f"{col}_{side}"]).astype(float)
    out["similarity"] = pd.to_numeric(out["similarity"]).astype(float)
    return out


class _SentenceVectors:
    """TF-IDF vectors of the statement sentences only, kept sparse: ``(columns, weights)`` per sentence.

    The IDF is counted over every sentence of the corpus (smooth IDF, sublinear TF, rows
    L2-normalised), as ``tfidf_matrix`` over the whole corpus would give, but only the sentences
    that state something get a vector, and only their words get a column. Similarity of two
    sentences is their cosine rounded to 4 decimals; ``block`` gives it for every pair of two lists
    of sentences at once, over the columns those sentences use.
    """

    def __init__(self, sents: pd.DataFrame, wanted: set):
        df: Counter = Counter()
        docs = {}
        n = 0
        for aid, no, text in zip(sents["article_id"], sents["sentence_no"], sents["text"]):
            words = tokens(text)
            n += 1
            df.update(set(words))
            key = (aid, int(no))
            if key in wanted:
                docs[key] = words
        vocab = sorted({w for words in docs.values() for w in words})
        column = {w: i for i, w in enumerate(vocab)}
        idf = np.log((1.0 + n) / (1.0 + np.array([df[w] for w in vocab], dtype=float))) + 1.0
        self.vectors = {}
        for key, words in docs.items():
            counts = Counter(column[w] for w in words)
            cols = np.array(sorted(counts), dtype=np.int64)
            weights = (1.0 + np.log(np.array([counts[c] for c in cols], dtype=float))) * idf[cols] if len(cols) else np.zeros(0)
            norm = np.sqrt((weights * weights).sum())
            self.vectors[key] = (cols, weights / norm if norm else weights)

    def rows(self, keys: list) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
        """Several sentences as one sparse block: ``(n, row of each entry, column, weight)``."""
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0))
        parts = [self.vectors.get((a, int(s)), empty) for a, s in keys]
        lengths = [len(c) for c, _ in parts]
        cols = np.concatenate([c for c, _ in parts]) if parts else empty[0]
        weights = np.concatenate([w for _, w in parts]) if parts else empty[1]
        return len(keys), np.repeat(np.arange(len(keys)), lengths), cols, weights

    TILE = 1024  # sentences per side made dense at once: memory stays bounded for large sources

    @classmethod
    def block(cls, a: tuple, b: tuple) -> np.ndarray:
        """Cosine of every sentence of ``a`` (rows) with every sentence of ``b`` (columns), unrounded.

        Computed tile by tile (``TILE`` sentences a side), each tile dense over the words its
        sentences use only.
        """
        out = np.zeros((a[0], b[0]))
        for i in range(0, a[0], cls.TILE):
            ta = cls._tile(a, i)
            for j in range(0, b[0], cls.TILE):
                tb = cls._tile(b, j)
                used = np.union1d(ta[2], tb[2])
                mats = []
                for n, row, cols, weights in (ta, tb):
                    m = np.zeros((n, len(used)))
                    m[row, np.searchsorted(used, cols)] = weights
                    mats.append(m)
                out[i:i + ta[0], j:j + tb[0]] = mats[0] @ mats[1].T
        return out

    @classmethod
    def _tile(cls, block: tuple, start: int) -> tuple:
        n, row, cols, weights = block
        if start == 0 and n <= cls.TILE:
            return block
        keep = (row >= start) & (row < start + cls.TILE)
        return min(cls.TILE, n - start), row[keep] - start, cols[keep], weights[keep]

    def sim(self, ra, rb) -> float:
        va, vb = self.vectors.get((ra["article_id"], int(ra["sentence_no"]))), self.vectors.get((rb["article_id"], int(rb["sentence_no"])))
        if va is None or vb is None:
            return 0.0
        _, ia, ib = np.intersect1d(va[0], vb[0], assume_unique=True, return_indices=True)
        return float(round(float(va[1][ia] @ vb[1][ib]), 4))


def _date_bonus(ref: tuple[np.ndarray, np.ndarray], pa: list, pb: list) -> np.ndarray:
    """1.0 where the dates two counts refer to overlap (both known), else 0.0 (``_overlap`` for every pair).

    ``ref``: the ``ref_start`` and ``ref_end`` of a topic's statements; ``pa``, ``pb``: the positions
    of the two sources' statements in them. Shape ``len(pa) × len(pb)``.
    """
    def bounds(pos):
        start, end = ref[0][pos], ref[1][pos]
        return start, end, ~(np.isnat(start) | np.isnat(end))
    s1, e1, k1 = bounds(pa)
    s2, e2, k2 = bounds(pb)
    with np.errstate(invalid="ignore"):
        ov = k1[:, None] & k2[None, :] & (s1[:, None] <= e2[None, :]) & (s2[None, :] <= e1[:, None])
    return ov.astype(float)


def _silent(articles, aid, group) -> dict:
    label = articles.at[aid, "label"] if "label" in articles.columns else None
    return {"article_id": aid, "label": (label if isinstance(label, str) else None) or aid, "group": group, "field": "",
            "sentence_no": np.nan, "sentence": "", "mention": "", "value": "", "key": ""}


def _row(relation, meta, ra, rb, s, others_a, others_b) -> dict:
    row = {"relation": relation, **meta}
    for side, r in (("a", ra), ("b", rb)):
        for c in SIDE_COLUMNS:
            if c == "date":
                continue
            v = r.get(c, None) if hasattr(r, "get") else None
            row[f"{c}_{side}"] = v
        row[f"date_{side}"] = _date_words(r, meta["kind"])
    row.update(article_a=ra["article_id"], article_b=rb["article_id"], statement_a=ra["sentence"], statement_b=rb["sentence"],
               similarity=s, others_a=others_a, others_b=others_b, note="")
    return row


def _date_words(r, kind) -> str:
    if not hasattr(r, "get") or not r.get("value"):
        return ""
    if kind == "count":
        if r.get("ref_from") == "published":
            return f"as of publication ({_span(r['ref_start'], r['ref_end'])})"
        if not r.get("ref_from"):
            return "(no date given)"
        return describe_date(r.get("date_text"), r.get("ref_start"), r.get("ref_end"), None, r.get("inferred"))
    if kind == "date":
        return describe_date(r.get("date_text"), r.get("start"), r.get("end"), r.get("granularity"), r.get("inferred"))
    if kind == "actor" and isinstance(r.get("date_text"), str) and r.get("date_text"):
        return describe_date(r.get("date_text"), r.get("start"), r.get("end"), r.get("granularity"), r.get("inferred"))
    return ""


# ---------------------------------------------------------------------------------------------
# Verdicts


def _overlap(s1, e1, s2, e2):
    """True / False when both intervals are known, None when either is not."""
    if any(pd.isna(x) for x in (s1, e1, s2, e2)):
        return None
    return bool(s1 <= e2 and s2 <= e1)


def _close(x, y, approx_x, approx_y) -> bool:
    if x == y:
        return True
    if approx_x or approx_y:
        return abs(x - y) <= TOLERANCE * max(abs(x), abs(y))
    return False


def _q(text: str, limit: int = 90) -> str:
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


def reconcile(aligned: pd.DataFrame) -> pd.DataFrame:
    """A verdict and a reason in words for every aligned pair (columns ``CLAIM_COLUMNS`` first).

    Within-article pairs that turn out consistent (different dates, more precise) are dropped:
    only ``inconsistent_within`` rows are kept from them. See ``helpers/data/claims.md``.
    """
    rows = []
    for r in aligned.to_dict("records"):
        if r["relation"] == "only_one":
            verdict, reason = "only_one", _reason_only_one(r)
        else:
            verdict, reason = _compare(r)
            if r["relation"] == "within":
                if verdict != "contradict":
                    continue
                verdict, reason = "inconsistent_within", _reason_within(r, reason)
        row = dict(r, verdict=verdict, reason=reason)
        rows.append(row)
    cols = CLAIM_COLUMNS + [c for c in aligned.columns if c not in CLAIM_COLUMNS]
    out = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    return out.reset_index(drop=True)


def _phrase(r, value) -> str:
    return str(r["phrase"]).replace("{value}", str(value))


def _compare(r) -> tuple[str, str]:
    kind, rule = r["kind"], r["rule"]
    la, lb = r["label_a"], r["label_b"]
    if r["relation"] == "within":
        la = lb = None
    if kind == "actor":
        return _compare_actor(r, la, lb)
    if kind == "date":
        return _compare_date(r, la, lb)
    if kind == "count":
        return _compare_state(r, la, lb) if rule == "state" else _compare_flow(r, la, lb)
    return _compare_text(r, la, lb)


def _names(r, la, lb):
    return (la or f"the {r['field_a']}"), (lb or f"the {r['field_b']}")


def _attrib_note(r, la, lb) -> str:
    notes = [n for n, side in ((la, "a"), (lb, "b")) if n and bool(r[f"attributed_{side}"])]
    if not notes:
        return ""
    return " " + " and ".join(notes) + (" reports it as someone's words." if len(notes) == 1 else " report it as someone's words.")


def _compare_actor(r, la, lb) -> tuple[str, str]:
    na, nb = _names(r, la, lb)
    va, vb = r["value_a"], r["value_b"]
    if va == vb:
        reason = f"Both say {_phrase(r, va)} ({na}: {_q(r['mention_a'])}; {nb}: {_q(r['mention_b'])})."
        dated = [f"{n} {r[f'date_{side}']}" for n, side in ((na, "a"), (nb, "b")) if r[f"date_{side}"]]
        if dated:
            reason += " When: " + "; ".join(dated) + "."
        for n, side in ((na, "a"), (nb, "b")):
            if r[f"others_{side}"]:
                reason += f" {n} elsewhere also names {r[f'others_{side}']}."
        return "agree", reason + _attrib_note(r, la, lb)
    reason = (f"They contradict: {na} says {_phrase(r, va)} ({_q(r['mention_a'])}); "
              f"{nb} says {_phrase(r, vb)} ({_q(r['mention_b'])}).")
    for n, side, other in ((na, "a", vb), (nb, "b", va)):
        if other in str(r[f"others_{side}"]).split("; "):
            reason += f" {n} elsewhere also names {other}, so it is inconsistent within itself."
    return "contradict", reason + _attrib_note(r, la, lb)


def _compare_date(r, la, lb) -> tuple[str, str]:
    na, nb = _names(r, la, lb)
    sa, ea, sb, eb = r["start_a"], r["end_a"], r["start_b"], r["end_b"]
    da, db = r["date_a"], r["date_b"]
    what = _phrase(r, "").strip()
    if sa == sb and ea == eb:
        return "agree", f"Both state {what} {da}: {na} says {_q(r['mention_a'])}, {nb} {_q(r['mention_b'])}."
    if sa <= sb and eb <= ea or sb <= sa and ea <= eb:
        fine, coarse = ("b", "a") if (sa <= sb and eb <= ea) else ("a", "b")
        nf, nc = (nb, na) if fine == "b" else (na, nb)
        gc, common = r[f"granularity_{coarse}"], _common(r, coarse)
        return "more_precise", (
            f"Both state {what} {common}; {nf} gives {_precision_word(r[f'granularity_{fine}'])} "
            f"({r[f'value_{fine}']}), {nc} only {_precision_word(gc)}"
            f"{'' if r[f'value_{coarse}'] in common else ' (' + r[f'value_{coarse}'] + ')'}.")
    if _overlap(sa, ea, sb, eb):
        return "agree", (f"{na} says {da} and {nb} {db}: the ranges overlap "
                         f"({_span(max(sa, sb), min(ea, eb))}), so both can be true; neither is more precise.")
    return "contradict", f"They contradict: {na} says {what} {da}, {nb} {db}; the dates do not overlap."


def _common(r, coarse) -> str:
    if r[f"granularity_{coarse}"] == "year":
        return f"in {r[f'start_{coarse}'].year}"
    return r[f"date_{coarse}"]


def _count_words(r, side) -> str:
    return describe_count(r[f"num_{side}"], r[f"of_{side}"], r[f"state_{side}"], r[f"approx_{side}"],
                          "crossings" if r["rule"] == "state" else "people")


def _compare_state(r, la, lb) -> tuple[str, str]:
    r = dict(r)
    for side in "ab":  # a missing state is None, never NaN (NaN != NaN)
        r[f"state_{side}"] = r[f"state_{side}"] if isinstance(r[f"state_{side}"], str) and r[f"state_{side}"] else None
    na, nb = _names(r, la, lb)
    ca, cb = _count_words(r, "a"), _count_words(r, "b")
    da, db = r["date_a"], r["date_b"]
    ov = _overlap(r["ref_start_a"], r["ref_end_a"], r["ref_start_b"], r["ref_end_b"])
    lead = f"{na}: {ca} {da}; {nb}: {cb} {db}."
    oa, ob, ta, tb = r["open_a"], r["open_b"], r["total_a"], r["total_b"]
    conv = []
    for n, side in ((na, "a"), (nb, "b")):
        if r[f"state_{side}"] == "closed" and pd.notna(r[f"open_{side}"]):
            src = "" if r[f"total_from_{side}"] == "stated" else \
                f", taking the total of {_num(r[f'total_{side}'])} from {'elsewhere in the article' if r[f'total_from_{side}'] == 'article' else 'the other statements of the corpus'}"
            conv.append(f"{_num(r[f'num_{side}'])} of {_num(r[f'total_{side}'])} closed means {_num(r[f'open_{side}'])} open{src}")
    conv_s = (" " + "; ".join(conv)[0].upper() + "; ".join(conv)[1:] + ".") if conv else ""
    if pd.notna(oa) and pd.notna(ob):
        if pd.notna(ta) and pd.notna(tb) and ta != tb and r["total_from_a"] == "stated" and r["total_from_b"] == "stated":
            if ov is False:
                return "different_dates", f"{lead} They give different totals ({_num(ta)} vs {_num(tb)}) for dates that do not overlap."
            return "contradict", f"{lead} They give different totals of crossings ({_num(ta)} vs {_num(tb)}) for overlapping or unknown dates."
        same = _close(oa, ob, r["approx_a"], r["approx_b"])
        if same:
            note = " (a different state word, the same count of open crossings)" if r["state_a"] != r["state_b"] else ""
            if ov is False:
                return "agree", f"{lead}{conv_s} Both give {_num(oa)} open{note}, at dates that do not overlap: the same state at two dates."
            if r["approx_a"] != r["approx_b"]:
                fine, nf, nc = ("b", nb, na) if r["approx_a"] else ("a", na, nb)
                return "more_precise", f"{lead}{conv_s} The same state; {nf} gives an exact number, {nc} an approximate one."
            return "agree", f"{lead}{conv_s} Both give {_num(oa)} of {_num(ta if pd.notna(ta) else tb)} open{note}" + (
                ", at overlapping dates." if ov else " (at least one date is unknown).")
        diff = f"The open counts differ ({_num(oa)} vs {_num(ob)})"
        if ov is False:
            when = "earlier" if r["ref_end_b"] < r["ref_start_a"] else "later"
            clash = (f" {ca[0].upper() + ca[1:]} and {cb} cannot both hold on the same day ({_num(oa)} and {_num(ob)} open "
                     "at once), so they are compatible only as statements about different dates." if r["state_a"] != r["state_b"] else "")
            return "different_dates", (f"{lead}{conv_s} {diff}, but the dates do not overlap ({nb}'s is {when}), so both "
                                       f"can be true: the state changed between them.{clash}")
        return "contradict", (f"{lead}{conv_s} {diff} for {'overlapping' if ov else 'unknown'} dates: they contradict"
                              f"{' unless they count different kinds of crossing (for example closed to asylum seekers only)' if r['state_a'] != r['state_b'] else ''}.")
    # open counts not derivable: no total anywhere, or no state word
    if r["state_a"] == r["state_b"]:
        same = _close(r["num_a"], r["num_b"], r["approx_a"], r["approx_b"])
        if same:
            return "agree", f"{lead} The same count" + (" at dates that do not overlap." if ov is False else ".")
        if ov is False:
            return "different_dates", f"{lead} The counts differ but the dates do not overlap, so both can be true."
        return "contradict", f"{lead} The counts differ for {'overlapping' if ov else 'unknown'} dates."
    if ov is False:
        return "different_dates", (f"{lead} One counts {r['state_a'] or 'crossings'} and the other {r['state_b'] or 'crossings'}, "
                                   "with no total to convert one into the other; the dates do not overlap, so both can be true.")
    return "contradict", (f"{lead} One counts {r['state_a'] or 'crossings (state not said)'} and the other "
                          f"{r['state_b'] or 'crossings (state not said)'}, and no total is stated anywhere to convert one into the "
                          "other; on overlapping or unknown dates they are listed as contradicting, but they may both be true "
                          "if the counts add up to the total.")


def _compare_flow(r, la, lb) -> tuple[str, str]:
    na, nb = _names(r, la, lb)
    ca, cb = _count_words(r, "a"), _count_words(r, "b")
    da, db = r["date_a"], r["date_b"]
    lead = f"{na}: {ca} {da}; {nb}: {cb} {db}."
    known_a, known_b = r["ref_from_a"] == "sentence", r["ref_from_b"] == "sentence"
    same_period = known_a and known_b and r["ref_start_a"] == r["ref_start_b"] and r["ref_end_a"] == r["ref_end_b"]
    ov = _overlap(r["ref_start_a"], r["ref_end_a"], r["ref_start_b"], r["ref_end_b"]) if known_a and known_b else None
    if _close(r["num_a"], r["num_b"], r["approx_a"], r["approx_b"]):
        if r["approx_a"] != r["approx_b"]:
            fine, nf, nc = ("b", nb, na) if r["approx_a"] else ("a", na, nb)
            return "more_precise", (f"{lead} The same figure within {int(TOLERANCE * 100)}%: {nf} gives an exact number "
                                    f"({_num(r[f'num_{fine}'])}), {nc} an approximate one.")
        return "agree", f"{lead} The same figure" + ("" if r["num_a"] == r["num_b"] else f" within {int(TOLERANCE * 100)}%") + (
            " over the same period." if same_period else (" over overlapping periods." if ov else " (the periods are not both stated)."))
    if known_a and known_b and not same_period:
        return "different_dates", (f"{lead} The numbers differ, but they are counted over different periods, so they need not "
                                   "match" + (" (the periods do not overlap)." if ov is False else " (one period is not the other)."))
    return "contradict", f"{lead} The numbers differ for " + ("the same period." if same_period else "periods that are not both stated.")


def _compare_text(r, la, lb) -> tuple[str, str]:
    na, nb = _names(r, la, lb)
    s = similarity(r["value_a"], r["value_b"], [r["statement_a"], r["statement_b"]])
    if s >= REASON_SIMILARITY:
        return "agree", f"Both give the same reason (word overlap {s:.2f}): {na} {_q(r['mention_a'])}; {nb} {_q(r['mention_b'])}."
    return "contradict", (f"They give different reasons (word overlap {s:.2f}): {na} {_q(r['mention_a'])}; {nb} {_q(r['mention_b'])}. "
                          "Two reasons need not exclude each other, but the two accounts explain the end differently.")


def _reason_only_one(r) -> str:
    v = r["value_a"]
    when = f" {r['date_a']}" if r["date_a"] and r["kind"] in ("count", "actor") else ""
    stated = _phrase(r, v) if r["kind"] != "count" else f"{_count_words(r, 'a')}{when}"
    if r["kind"] == "date":
        stated = _phrase(r, r["date_a"])
    elif r["kind"] == "actor":
        stated += when
    quote = "" if r["kind"] == "date" else f" ({_q(r['mention_a'])})"
    out = f"Only {r['label_a']} states it: {stated}{quote}. {r['label_b']} {r['missing']}"
    if r["statement_b"]:
        out += f"; it speaks of it ({_q(r['statement_b'])}) without saying it"
    return out + "."


def _reason_within(r, contradiction: str) -> str:
    fa, fb = r["field_a"], r["field_b"]
    where = f"the {fa}" if fa != fb else f"one sentence of the {fa}"
    where_b = f"the {fb}" if fa != fb else "another"
    if r["kind"] == "actor":
        body = f"{where} says {_phrase(r, r['value_a'])} ({_q(r['mention_a'])}); {where_b} names {r['value_b']} ({_q(r['mention_b'])})."
    else:
        body = f"{where} says {r['value_a']} {r['date_a']}; {where_b} says {r['value_b']} {r['date_b']}."
    extra = f" {r['note']}" if isinstance(r["note"], str) and r["note"] else ""
    return f"Inconsistent within {r['label_a']}: {body}{extra}"


# ---------------------------------------------------------------------------------------------
# Tables for reading

SIDE_BY_SIDE = {"label_a": "A", "statement_a": "A states", "value_a": "A: value", "date_a": "A: when",
                "label_b": "B", "statement_b": "B states", "value_b": "B: value", "date_b": "B: when",
                "verdict": "verdict", "reason": "reason"}


def side_by_side(claims: pd.DataFrame, topic: str) -> pd.DataFrame:
    """The pairs of statements on one topic: both sentences, both values, verdict, reason.

    Pairs across sources and ``only_one`` rows (B empty, or a sentence of B's source that speaks of
    the topic without stating it); within-article rows are left to ``inconsistencies``.
    """
    rows = claims[(claims["topic"] == topic) & claims["relation"].isin(["across", "only_one"])]
    return rows[list(SIDE_BY_SIDE)].rename(columns=SIDE_BY_SIDE).reset_index(drop=True)


def omissions(claims: pd.DataFrame) -> pd.DataFrame:
    """``only_one`` rows by silent source: what it never states that the other source of the pair does.

    Columns: ``silent outlet, group, topic, question, stated by, stated value, when, sentence``.
    """
    rows = claims[claims["verdict"] == "only_one"]
    out = pd.DataFrame({
        "silent outlet": rows["label_b"], "group": rows["group_b"], "topic": rows["topic"],
        "question": rows["question"], "stated by": rows["label_a"], "stated value": rows["value_a"],
        "when": rows["date_a"], "sentence": rows["statement_a"],
    })
    order = {t: i for i, t in enumerate(load_topics()["topic"])}
    out["_t"] = out["topic"].map(order)
    return out.sort_values(["silent outlet", "_t", "stated by"], kind="stable").drop(columns="_t").reset_index(drop=True)


def inconsistencies(claims: pd.DataFrame) -> pd.DataFrame:
    """``inconsistent_within`` rows: the article, the two places, the two sentences and the reason."""
    rows = claims[claims["verdict"] == "inconsistent_within"]
    return pd.DataFrame({
        "article": rows["label_a"], "topic": rows["topic"], "where (1)": rows["field_a"],
        "says (1)": rows["statement_a"], "where (2)": rows["field_b"], "says (2)": rows["statement_b"],
        "reason": rows["reason"],
    }).reset_index(drop=True)


def verdict_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Rows per topic (in the table's order) and verdict (in ``VERDICTS`` order), with totals."""
    topics = [t for t in load_topics()["topic"] if t in set(claims["topic"])]
    table = pd.crosstab(pd.Categorical(claims["topic"], categories=topics),
                        pd.Categorical(claims["verdict"], categories=list(VERDICTS)), dropna=False,
                        margins=True, margins_name="total")
    table.index.name, table.columns.name = "topic", "verdict"
    return table


# ---------------------------------------------------------------------------------------------
# Chart


def crossings_over_time(figures: pd.DataFrame, *, by: str = "perspective") -> pd.DataFrame:
    """Every crossings count the sources state, with the open count and the date it refers to.

    Columns: ``article_id, label, group, text, state, value, of, total, total_from, open, ref_text,
    ref_start, ref_end, ref_from, plotted, why_not``; ``plotted`` is False (with ``why_not``) when the
    open count or the date cannot be read.
    """
    cols = ["article_id", "label", "group", "sentence_no", "text", "state", "value", "of", "total", "total_from", "open",
            "ref_text", "ref_start", "ref_end", "ref_from", "ref_inferred", "plotted", "why_not"]
    if not len(figures):
        return pd.DataFrame(columns=cols)
    counts = figures[(figures["kind"] == "count") & (figures["topic"] == "crossings")]
    totals = _crossing_totals(figures[figures["kind"] == "count"])
    dates = figures[figures["kind"] == "date"]
    inferred = {(a, t, s) for a, t, s, i in zip(dates["article_id"], dates["text"], dates["start"], dates["inferred"]) if i is True}
    rows = []
    for c in counts.itertuples(index=False):
        total, total_from = (c.of, "stated") if pd.notna(c.of) else totals(c.article_id)
        state = c.state if isinstance(c.state, str) and c.state else None
        open_ = c.value if state == "open" else (total - c.value if state == "closed" and pd.notna(total) else np.nan)
        why = ""
        if state is None:
            why = "the sentence does not say open or closed"
        elif pd.isna(open_):
            why = "closed crossings with no total stated to count the open ones"
        elif pd.isna(c.ref_start):
            why = "no date to place it"
        group = getattr(c, by) if by in counts.columns else c.article_id
        rows.append((c.article_id, c.label, "unknown" if pd.isna(group) or group == "" else str(group), int(c.sentence_no),
                     c.text, state, c.value, c.of, total, total_from, open_, c.ref_text, c.ref_start, c.ref_end,
                     c.ref_from, (c.article_id, c.ref_text, c.ref_start) in inferred, not why, why))
    out = pd.DataFrame(rows, columns=cols)
    for col in ("ref_start", "ref_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    return out.sort_values(["ref_start", "label", "sentence_no"], kind="stable", na_position="last").reset_index(drop=True)


def plot_crossings_over_time(figures: pd.DataFrame, *, by: str = "perspective"):
    """Crossings open out of the total, one mark per statement at the date it refers to, coloured by source.

    A statement whose date is a range (``late November``, ``the weekend``) is drawn as a bar over
    that range with its mark at the middle. Returns ``(figure, rows)`` (rows: ``crossings_over_time``).

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.stated import stated_figures
    >>> fig, rows = plot_crossings_over_time(stated_figures(load_corpus(SEEDS)))
    >>> rows[["label", "open", "of"]].values.tolist()
    [['Sputnik', 4.0, 8.0], ['unnamed outlet · 000', 1.0, 8.0]]
    """
    rows = crossings_over_time(figures, by=by)
    drawn = rows[rows["plotted"]] if len(rows) else rows
    fig, ax = plt.subplots(figsize=(8, 4.2))
    # Sources ordered by group first, so that with one source per group each source gets its
    # group's colour in the other charts (colour_map assigns the palette in sorted order).
    pairs = sorted({(str(g), f"{l} ({g})") for l, g in zip(drawn["label"], drawn["group"])}) if len(drawn) else []
    colours = {name: PALETTE[i % len(PALETTE)] for i, (_, name) in enumerate(pairs)}
    top = 1.0
    for k, r in enumerate(drawn.itertuples(index=False)):
        name = f"{r.label} ({r.group})"
        mid = r.ref_start + (r.ref_end - r.ref_start) / 2
        colour = colours[name]
        if r.ref_end > r.ref_start:
            ax.plot([r.ref_start, r.ref_end + pd.Timedelta(days=1)], [r.open, r.open], color=colour, lw=6, alpha=0.35,
                    solid_capstyle="butt")
        ax.plot([mid + pd.Timedelta(hours=12)], [r.open], "o", color=colour, ms=8, label=name,
                mfc="white" if r.ref_inferred else colour, mew=2)
        word = f"{_num(r.value)} of {_num(r.total)} {r.state}" + ("" if r.state == "open" else f" → {_num(r.open)} open")
        when = (r.ref_text if r.ref_from == "sentence" else "as of publication") + (" (year inferred)" if r.ref_inferred else "")
        ax.annotate(f"{word}\n{when}", (mid + pd.Timedelta(hours=12), r.open), textcoords="offset points", xytext=(0, 10),
                    ha="center", fontsize=8, color="#333333")
        top = max(top, float(r.total) if pd.notna(r.total) else float(r.open))
    handles, names = ax.get_legend_handles_labels()
    if names:
        uniq = dict(zip(names, handles))
        keys = sorted(uniq)
        handles = [Line2D([], [], marker="o", ls="", ms=8, color=colours[k]) for k in keys]
        if drawn["ref_inferred"].any():
            handles.append(Line2D([], [], marker="o", ls="", ms=8, color="#555555", mfc="white", mew=2))
            keys.append("hollow: the date rests on a year\ninferred from the text")
        handles.append(Line2D([], [], color="#999999", lw=6, alpha=0.35))
        keys.append("bar: the range a vague date covers")
        ax.legend(handles, keys, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
        lo, hi = drawn["ref_start"].min(), drawn["ref_end"].max()
        ax.set_xlim(lo - pd.Timedelta(days=3), hi + pd.Timedelta(days=4))
        ax.set_ylim(-0.5, top + 1.5)
        ax.set_yticks(range(0, int(top) + 1, 1 if top <= 12 else max(1, int(top) // 8)))
        ax.axhline(top, color="#999999", lw=0.8, ls=":")
        ax.annotate(f"all {_num(top)}", (lo - pd.Timedelta(days=3), top), textcoords="offset points", xytext=(2, 3),
                    fontsize=8, color="#666666")
    else:
        ax.text(0.5, 0.5, "No statement gives a dated count of open or closed crossings", ha="center", va="center",
                transform=ax.transAxes, color="#666666")
        ax.set_xticks([])
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    ax.set_ylabel("crossings open")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    n_articles = drawn["article_id"].nunique() if len(drawn) else 0
    ax.set_title(f"Border crossings open, as each source states it (N = {len(drawn)} statements, {n_articles} articles)")
    fig.autofmt_xdate()
    return fig, rows


__all__ = [
    "VERDICTS", "actor_aliases", "align_claims", "attributed", "crossings_over_time", "describe_count",
    "describe_date", "find_actors", "inconsistencies", "load_topics", "omissions", "plot_crossings_over_time",
    "pairing_keys", "reconcile", "side_by_side", "similarity", "statements", "tfidf_matrix", "tokens", "verdict_counts",
]
