"""The facts each article states: subject, quantity, value, bound, modality and the time it is about.

``statements(articles, figures)`` finds, in every article, the sentences that speak to each topic
of ``helpers/data/claim_topics.csv`` and reads the value each states: an actor (who ended the
agreement, who puts up fences, who is blamed), a date (signed, expires, until when the crossings
stay closed), a count with the date it refers to (crossings open or closed, people arrived) or a
phrase (the reason given). ``fact_table`` turns those into facts: which border or agreement a
value is about (``helpers/data/fact_subjects.csv``), which quantity (crossings open, closed, in
all; arrivals, a daily rate, a subset...), how the value is hedged (``about``, ``at least``...),
whether it is a fact, a plan, reported words or a hypothesis, and when it holds, with how that
time was fixed. ``helpers.claims.verdicts`` compares them. The rules are documented in
``helpers/data/claims.md``.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> from helpers.extract.stated import stated_figures
>>> arts = load_corpus(SEEDS)
>>> facts = fact_table(arts, stated_figures(arts))
>>> facts.loc[facts.quantity == "agreement_signed", "value"].tolist()
['2012', 'April 13, 2012']
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
import pandas as pd

from ..load.corpus import sentences as corpus_sentences, url_month, url_unix_day
from ..extract.dates import _NUMWORD, estimate_publication
from ..extract.languages import date_finder
from ..paths import DATA
from ..extract.stated import noun_topics

TOPICS_CSV = DATA / "claim_topics.csv"
OWN_ACTORS_CSV = DATA / "claim_actors.csv"
PROJECT_ACTORS_CSV = DATA / "actors.csv"
FIELDS = ("title", "standfirst", "body")
KINDS = ("actor", "date", "count", "text")
RULES = ("initiator", "reason", "date_near_cue", "end_date", "state", "flow", "builder", "blame")
TOLERANCE = 0.10          # approximate counts within 10% of each other are the same figure
REASON_SIMILARITY = 0.30  # two reason phrases at least this similar (TF-IDF cosine) give the same reason
SKIP_ACTOR_KINDS = {"group", "demonym"}  # actors.csv kinds that never act as an agent here

STATEMENT_COLUMNS = [
    "article_id", "label", "group", "topic", "kind", "field", "sentence_no", "sentence", "mention",
    "value", "key", "actor", "start", "end", "granularity", "inferred", "num", "of", "total",
    "total_from", "state", "open", "approx", "date_text", "ref_start", "ref_end", "ref_from", "attributed",
    "span_start", "span_end", "sent_start", "closure_start", "closure_said_start", "closure_said_end",
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


def attributed(sentence: str, field: str = "body", *, language: str | None = None) -> bool:
    """True when the sentence reports what someone said (quotes, a speech verb, a ``Speaker:`` title).

    >>> attributed('"We decided," explained Belyaev.'), attributed("Finland closed the border.")
    (True, False)
    >>> attributed("По словам министра, КПП закрыты.", language="ru")
    True
    """
    return bool(_cue("_SPEECH", language).search(sentence) or (field == "title" and _SPEAKER.match(sentence)))


_AUX = (r"(?:['’]ll|['’]ve|['’]d|has|have|had|will|would|shall|is|are|was|were|be|been|being|going|to|did|does|"
        r"decided|decides|decide|announced|announces|announce|said|says|declared|declares|stated|that|it|moved|moves|plans?|planned|intends?|"
        r"intended|chose|chooses|wants?|wanted|formally|officially|now|also|then|finally|unilaterally|"
        r"reportedly|already|today|yesterday|on\s+\w+day|in\s+\w+|has\s+decided)")
_STRICT_GAP = re.compile(rf"^\s*(?:{_AUX}\s*)*$", re.I)
_END_VERB = re.compile(
    r"(?<![\w-])(?:terminat(?:e|es|ed|ing)|end(?:s|ed)?|scrap(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)\s+from|"
    r"denounc(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|pull(?:s|ed|ing)?\s+out\s+of|t(?:ore|ear|ears)\s+up)(?![\w-])")
_ORGAN_OF = re.compile(r"\b(?:ministry(?:\s+of\s+foreign\s+affairs)?|foreign\s+ministry|government|president|"
                       r"prime\s+minister|foreign\s+minister|cabinet|parliament)\s+of\s+(?:the\s+)?$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|its|their|this|that)\s+$", re.I)


def _agent_before(sentence: str, pos: int, actors: list[dict], *, strict: bool) -> dict | None:
    """The nearest actor before ``pos`` that is not the object of a preposition.

    ``strict``: only auxiliaries and adverbs may stand between it and ``pos``.
    """
    inside = [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence[:pos])]
    for a in reversed([a for a in actors if a["end"] <= pos]):
        organ = a["prep_object"] and _ORGAN_OF.search(sentence[:a["start"]])  # "the Ministry of Foreign Affairs of Russia"
        if (a["prep_object"] and not organ) or any(x <= a["start"] < y for x, y in inside):
            continue  # the object of a preposition, or inside ", which joined NATO in April,"
        gap = re.sub(r'["“”]', " ", sentence[a["end"]:pos])  # 'declared by note" the termination': quotes aside
        if a["possessive"]:  # "Russia's government has decided to terminate": the possessor acts through its organ
            head = _OWN_ORGAN.match(gap)
            gap = gap[head.end():] if head else gap
        if strict and not _STRICT_GAP.match(gap):
            return None
        if _COORDINATED.search(sentence[:a["start"]]) and any(o["end"] <= a["start"] and o["actor"] != a["actor"] for o in actors):
            return None  # "Russia and Finland terminated": two agents, no single value
        owner = [o for o in actors if o["possessive"] and o["end"] <= a["start"] and not sentence[o["end"]:a["start"]].strip()]
        return owner[-1] if owner else a  # "Finland's border guards start building": Finland, through its agency
    return None


_OWN_ORGAN = re.compile(r"\s*(?:government|cabinet|side|authorities|leadership|president|prime\s+minister|parliament|"
                        r"foreign\s+ministry|ministry|officials|state\s+duma)\b", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*,")
_COORDINATED = re.compile(r"\w\s+(?:and|&)\s+(?:the\s+)?$")


_NOTICE = re.compile(r"\b(?:declared|announced|notified|gave\s+notice\s+of|served\s+notice\s+of)\b[\"”’'\s]*"
                     r"(?:by\s+(?:a\s+)?(?:diplomatic\s+)?note[\"”’'\s]*)?(?:the\s+|its\s+)?"
                     r"(?:termination|denunciation|withdrawal)\b", re.I)


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
    for v in _NOTICE.finditer(sentence):  # "the Russian foreign ministry 'declared by note' the termination"
        agent = _agent_before(sentence, v.start(), actors, strict=True)
        if agent:
            return agent["actor"], sentence[agent["start"]:v.end()]
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
_LEAD = re.compile(r"^(?:on|in|during|at|by|since|until|till|from|of|over|for"
                   # the Russian and Swedish prepositions the date extractors keep ("до 13 декабря", "från den 18 november")
                   r"|до|по|с|со|в|во|на|к|начиная\s+с|вплоть\s+до|från(?:\s+och\s+med)?|sedan|fram\s+till|till\s+och\s+med|på)\s+", re.I)
# a date in Finnish words ("13. joulukuuta asti", "lauantaina"), or in Cyrillic: no English preposition is put before it
_FOREIGN_DATE = re.compile(r"[а-яё]|\b(?:asti|saakka|alkaen|lähtien|mennessä|jälkeen|kuuta|kuussa|kuun|aikana|maanantaina|tiistaina|"
                           r"keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina)\b", re.I)


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
    if _FOREIGN_DATE.search(text):
        return text
    if re.match(r"the\s+(?:end|beginning|start|middle)\b", text, re.I):
        return f"at {text}"
    if re.match(r"the\s+(?:\w+\s+)?week(?:end)?\b", text, re.I) or granularity in ("weekend", "week"):
        return f"during {text}"
    return f"{'on' if granularity == 'day' else 'in'} {text}"


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


@lru_cache(maxsize=None)
def _cue_re(cue: str) -> re.Pattern:
    return re.compile(cue, re.I)


def _cue_hit(cue: str, text: str) -> re.Match | None:
    return _cue_re(cue).search(text) if cue else None


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
    sentences (``helpers.load.corpus.sentences(articles, fields=FIELDS)``) when already at hand.
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
    lang_of = _languages(articles)
    for s in sents.itertuples(index=False):
        aid = s.article_id
        label, group = meta[aid]
        sentence = s.text
        actors = None
        language = lang_of.get(aid)
        base = {"article_id": aid, "label": label, "group": group, "field": s.field, "sentence_no": int(s.sentence_no),
                "sentence": sentence, "attributed": attributed(sentence, s.field, language=language), "sent_start": int(s.start)}
        for t in topic_rows:
            if t.kind == "count":
                continue
            hit = _cue_hit(t.cue, sentence)
            if not hit or (t.cue_also and not _cue_hit(t.cue_also, sentence)):
                continue
            if t.rule == "date_near_cue" and _SIGNED_INSTRUMENT.match(sentence, hit.end()):
                # "signed a decree terminating the agreement": the decree's day, not the agreement's; a later cue
                # ("..., signed in Helsinki on April 13, 2012") is the agreement's
                hit = next((h for h in _cue_re(t.cue).finditer(sentence, hit.end())
                            if not _SIGNED_INSTRUMENT.match(sentence, h.end())), None)
                if hit is None:
                    continue
            if actors is None:
                actors = find_actors(sentence, aliases)
            row = dict(base, topic=t.topic, kind=t.kind, mention="", value="", key="")
            if t.kind == "actor":
                found = {"initiator": _initiator, "builder": _builder, "blame": _blame}[t.rule](sentence, actors)
                if found:
                    row.update(actor=found[0], mention=found[1], value=found[0], key=found[0])
                    at = sentence.find(found[1])
                    if at >= 0:
                        row.update(span_start=int(s.start) + at, span_end=int(s.start) + at + len(found[1]))
                    d = _first_date(date_by_sentence.get((aid, s.sentence_no))) if t.rule == "builder" else None
                    if d is not None:
                        row.update(start=d.start, end=d.end, granularity=d.granularity, inferred=d.inferred,
                                   date_text=d.text)
            elif t.kind == "text":
                found = _reason(sentence)
                if found:
                    row.update(value=found[0], mention=found[1], key=" ".join(tokens(found[0])))
                    at = sentence.find(found[1])
                    if at >= 0:
                        row.update(span_start=int(s.start) + at, span_end=int(s.start) + at + len(found[1]))
            elif t.kind == "date":
                in_sentence = date_by_sentence.get((aid, s.sentence_no))
                if t.rule == "end_date":
                    d, begins = _end_date(in_sentence, sentence, int(s.start), language=language)
                    if begins is not None:
                        row.update(closure_start=begins.start)
                    said = _said_date(in_sentence, sentence, int(s.start), d, language=language)
                    if said is not None:
                        row.update(closure_said_start=said.start, closure_said_end=said.end)
                else:
                    d = _date_near(in_sentence, int(s.start) + hit.start())
                if d is not None:
                    row.update(mention=d.text, value=_LEAD.sub("", d.text), key=f"{d.start.date()}..{d.end.date()}",
                               start=d.start, end=d.end, granularity=d.granularity, inferred=d.inferred, date_text=d.text,
                               span_start=int(d.start_char), span_end=int(d.end_char))
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
                    span_start=int(c.start_char), span_end=int(c.end_char),
                    inferred=bool(ref_inferred) if ref_inferred is not None else False,
                ))
    out = pd.DataFrame.from_records(rows, columns=STATEMENT_COLUMNS) if rows else pd.DataFrame(columns=STATEMENT_COLUMNS)
    for col in ("start", "end", "ref_start", "ref_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    for col in ("closure_start", "closure_said_start", "closure_said_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    for col in ("num", "of", "total", "open", "span_start", "span_end", "sent_start"):
        out[col] = pd.to_numeric(out[col]).astype(float)
    order = {t: i for i, t in enumerate(topics["topic"])}
    out["_t"] = out["topic"].map(order)
    out = out.sort_values(["_t", "article_id", "sentence_no"], kind="stable").drop(columns="_t").reset_index(drop=True)
    return out


def _languages(articles: pd.DataFrame) -> dict:
    """``{article_id: language}`` (``ru``, ``fi``, ``sv``... as the loader gives it; None when the corpus has no such column)."""
    if "language" not in articles.columns:
        return {}
    return {aid: (lang if isinstance(lang, str) and lang else None) for aid, lang in zip(articles.index, articles["language"])}


def _first_date(dates: list | None):
    """The first resolved date of a sentence (its stated-figure rows in order), or None."""
    return next((d for d in dates or () if pd.notna(d.start)), None)


# What was signed, right after the cue: an instrument (a decree, an order, a law) that acts on the agreement, not the
# agreement itself ("signed a decree terminating ...", "подписал распоряжение о прекращении ...", "allekirjoitti
# asetuksen", "undertecknade ett dekret")
_SIGNED_INSTRUMENT = re.compile(
    r"[^.,;:]{0,40}?\b(?:an?\s+|the\s+)?(?:executive\s+|presidential\s+)?(?:decree|order|law|bill|resolution|ukase|"
    r"указ\w*|распоряжени\w*|постановлени\w*|закон\w*|asetu\w*|asetuks\w*|päätöks\w*|lakiesity\w*|dekret\w*|"
    r"förordning\w*)\b", re.I)


def _date_near(dates: list | None, cue_pos: int):
    """The resolved date nearest after the cue (``cue_pos`` relative to the field), else nearest before."""
    placed = [d for d in dates or () if pd.notna(d.start)]
    if not placed:
        return None
    after = [d for d in placed if d.start_char >= cue_pos]
    if after:
        return min(after, key=lambda d: d.start_char - cue_pos)  # min keeps the first of equals, as a stable sort
    return min(placed, key=lambda d: cue_pos - d.end_char if pd.notna(d.end_char) else np.inf)


_UNTIL = re.compile(r"^(?:until|till|through|to|up to)\b", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|up to)\s*$", re.I)
_FROM = re.compile(r"^(?:from|as of|starting|since|beginning)\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|as of|starting(?: on| from)?|since|beginning(?: on)?)\s*$", re.I)


def _end_date(dates: list | None, sentence: str, sent_start: int, *, language: str | None = None):
    """``(end, start)``: the resolved date after *until* / *till* / *through* in a sentence, and the
    date after *from* / *as of* in it (the start of the same period), each or both None. In Finnish the
    words follow the date (*13. joulukuuta asti*, *18.11. alkaen*)."""
    placed = [d for d in dates or () if pd.notna(d.start)]
    end = start = None
    until, until_before, until_after = (_cue(n, language) for n in ("_UNTIL", "_UNTIL_BEFORE", "_UNTIL_AFTER"))
    from_, from_before, from_after = (_cue(n, language) for n in ("_FROM", "_FROM_BEFORE", "_FROM_AFTER"))
    for d in placed:
        before = sentence[max(0, int(d.start_char) - sent_start - 14):max(0, int(d.start_char) - sent_start)]
        after = sentence[int(d.end_char) - sent_start:int(d.end_char) - sent_start + 10]
        if end is None and (until.search(d.text) or until_before.search(before) or until_after.match(after)):
            end = d
        elif start is None and (from_.search(d.text) or from_before.search(before) or from_after.match(after)):
            start = d
    return end, start


_SAID_BEFORE = re.compile(r"\b(?:said|announced|decided|declared|stated|agreed|ruled)\s+(?:on\s+|in\s+|last\s+|earlier\s+in\s+)?$", re.I)


def _said_date(dates: list | None, sentence: str, sent_start: int, end, *, language: str | None = None) -> object | None:
    """The date on which a stated end date was said or decided (*had said in February that ... until April 14*):
    a resolved date right after *said* / *announced* / *decided*, before the end date, else None."""
    if end is None:
        return None
    for d in dates or ():
        if pd.isna(d.start) or d.start_char >= end.start_char or d.start > end.start:
            continue
        before = sentence[max(0, int(d.start_char) - sent_start - 30):max(0, int(d.start_char) - sent_start)]
        if _cue("_SAID_BEFORE", language).search(before):
            return d
    return None


def _crossing_totals(counts: pd.DataFrame):
    """A function giving, for an article, the total number of crossings stated elsewhere: ``(total, from)``."""
    cross = counts[(counts.get("topic") == "crossings") & counts["of"].notna()] if len(counts) else counts
    per_article = {}
    if len(cross):  # each article's most frequent total, the smallest of equally frequent ones (a mode per group, at once)
        n = cross.groupby(["article_id", "of"], sort=False).size().reset_index(name="n")
        n = n.sort_values(["article_id", "n", "of"], ascending=[True, False, True], kind="stable").drop_duplicates("article_id")
        per_article = dict(zip(n["article_id"], n["of"]))
    corpus = float(cross["of"].mode().min()) if len(cross) else np.nan

    def total(aid):
        if aid in per_article:
            return float(per_article[aid]), "article"
        if pd.notna(corpus):
            return corpus, "corpus"
        return np.nan, ""
    return total



# ---------------------------------------------------------------------------------------------
# The fact table: subject, quantity, value with its bound, modality and the time it is about

SUBJECTS_CSV = DATA / "fact_subjects.csv"
QUANTITIES = (
    "crossings_open", "crossings_closed", "crossings_total", "closure_end", "arrivals", "arrival_rate",
    "arrivals_subset", "agreement_signed", "agreement_end", "agreement_initiator", "agreement_reason",
    "blamed", "barrier_builder",
)
BOUNDS = ("exact", "about", "nearly", "at_least", "more_than", "up_to", "fewer_than", "vague", "added")
MODALITIES = ("fact", "plan", "attributed", "hypothetical")
TIME_FROM = ("sentence date", "tense + publication date", "corpus estimate", "not fixed")
FACT_COLUMNS = [
    "fact_id", "article_id", "label", "source", "topic", "subject", "scope", "quantity", "field", "sentence_no",
    "sentence", "span_start", "span_end", "mention", "value", "key", "num", "low", "high", "bound", "state",
    "total", "total_from", "open", "actor", "start", "end", "granularity", "inferred", "modality", "attributed",
    "refers_start", "refers_end", "time_from", "time_fixed", "time_text", "throughout", "change", "published_from",
    "period_days", "earlier", "comparable", "why_not",
]
_TOPIC_QUANTITY = {"initiator": "agreement_initiator", "agreement_reason": "agreement_reason",
                   "agreement_signed": "agreement_signed", "agreement_expiry": "agreement_end",
                   "closure_end": "closure_end", "barriers": "barrier_builder", "blame": "blamed"}
APPROX_SHARE = 0.10  # "about N" is read as N ± 10%, "nearly N" as 90–100% of N (the same tolerance as TOLERANCE)
SHORT_STATE_DAYS = 3  # a state (crossings open) can change from day to day: two statements contradict only
                      # when each is about at most this many days and they overlap


@lru_cache(maxsize=4)
def _load_subjects(path: str) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    required = ["subject", "label", "topics", "cue", "default", "part_of"]
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    for c in required:
        table[c] = table[c].str.strip()
    for cue in table["cue"]:
        if cue:
            re.compile(cue)
    if table["subject"].duplicated().any():
        raise ValueError(f"{path}: a subject id appears twice")
    return table


def load_subjects(path: str | Path = SUBJECTS_CSV) -> pd.DataFrame:
    """The subject table (``helpers/data/fact_subjects.csv``): which border or agreement a fact is about.

    >>> load_subjects().set_index("subject").loc["norway_russia_border", "label"]
    'the Norway–Russia border'
    """
    return _load_subjects(str(path)).copy()


@lru_cache(maxsize=4)
def _subject_rules(path: str) -> dict:
    """Per topic: ``(default subject, [(subject, part_of, regex)])`` from the subject table."""
    table = _load_subjects(path)
    rules: dict = {}
    for r in table.itertuples(index=False):
        for topic in [t.strip() for t in r.topics.split(";") if t.strip()]:
            default, cues = rules.setdefault(topic, [None, []])
            if r.default == "yes" and not r.part_of:
                rules[topic][0] = r.subject
            if r.cue:
                cues.append((r.subject, r.part_of, re.compile(r.cue)))
    return {t: (d, c) for t, (d, c) in rules.items()}


def subject_of(topic: str, sentence: str, start: int, end: int, *, path: str | Path = SUBJECTS_CSV,
               before: str = "", language: str | None = None) -> tuple[str, str]:
    """``(subject, scope)`` of a mention at ``start:end`` of ``sentence``: the subject whose cue is nearest to it.

    A subject's cue (``Norway``, ``Storskog``) nearer to the mention than the default subject's
    cue (``Finland``) makes the fact about that subject. A named part of a subject (a crossing for
    arrivals) gives the scope; the scope is ``""`` for the whole subject.

    >>> subject_of("crossings", "Norway's Storskog checkpoint is the only one on its border with Russia.", 32, 44)
    ('norway_russia_border', '')
    >>> subject_of("crossings", "Finland closed four of its eight crossings on Saturday.", 15, 42)
    ('finland_russia_border', '')
    >>> subject_of("arrivals", "About 60 asylum seekers arrived at Vartius on Sunday.", 0, 23)
    ('finland_russia_border', 'vartius')
    """
    default, cues = _subject_rules(str(path)).get(topic, (None, []))
    best = None
    parts: set = set()
    elsewhere: set = set()
    ca, cb = _clause(sentence, start, end, language) if topic == "arrivals" else (0, len(sentence))
    for subject, part_of, rx in cues:
        for m in rx.finditer(sentence):
            dist = 0 if m.start() < end and m.end() > start else min(abs(m.start() - end), abs(start - m.end()))
            if part_of:
                if not _NOT_SCOPE.search(sentence[max(0, m.start() - 60):m.start()]):
                    # "most of them at Salla" names where most came, not what was counted; "21 at Vaalimaa,
                    # while 50 at Niirala": a count's crossings are those of its own clause
                    (parts if ca <= m.start() < cb else elsewhere).add(subject)
                continue
            # a cue before the mention wins a tie: "Norway's only crossing" vs "... than Finland"
            key = (dist, 0 if m.start() < start else 1)
            if best is None or key < best[0]:
                best = (key, subject)
    if best is None and before:  # "Estonia has three crossings. All three remain open.": the last subject named before
        last = None
        for subject, part_of, rx in cues:
            if part_of:
                continue
            for m in rx.finditer(before):
                if last is None or m.start() > last[0]:
                    last = (m.start(), subject)
        if last is not None:
            best = ((0, 0), last[1])
    subject = best[1] if best else (default or "")
    parts = parts or elsewhere
    if parts and topic == "arrivals":
        # "71 arrived, 67 via Vartius and four via Nuijamaa": a crossing named right after a count is that count's;
        # one named right after another count is not this one's (71 is the whole border's)
        own, others = set(), set()
        for subject_, part_of, rx in cues:
            if subject_ not in parts:
                continue
            for m in rx.finditer(sentence):
                if m.start() >= end and _ATTACHED.fullmatch(sentence[end:m.start()]):
                    own.add(subject_)
                elif m.start() < start or m.start() >= end:
                    if _COUNT_ATTACHED.search(sentence[max(0, m.start() - 50):m.start()]):
                        others.add(subject_)
        if own:
            parts = own
        elif others and others >= parts:
            parts = set()
    scope = "+".join(sorted(p for p in parts if _part_parent(p, str(path)) == subject))
    return subject, scope


# what may stand between a count and the crossing it was counted at: "67 via Vartius", "20 arrived at the closed Nuijamaa"
_ATTACHED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:via|at|through|in|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_COUNT_ATTACHED = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                             r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:via|at|through|in|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_NOT_SCOPE = re.compile(r"\b(?:most(?:ly)?|many|including|mainly|largely|majority|some)\b[^.;,]*$", re.I)


@lru_cache(maxsize=64)
def _part_parent(scope: str, path) -> str:
    table = _load_subjects(str(path))
    hit = table[table["subject"] == scope]
    return hit["part_of"].iloc[0] if len(hit) else ""


_BOUND_WORDS = (
    ("at_least", re.compile(r"\b(?:at least|no fewer than|no less than|a minimum of|minimum of)\s*$", re.I)),
    ("more_than", re.compile(r"\b(?:more than|over|above|upwards of|in excess of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beyond)\s*$", re.I)),
    ("up_to", re.compile(r"\b(?:up to|at most|no more than|a maximum of|maximum of|as many as)\s*$", re.I)),
    ("fewer_than", re.compile(r"\b(?:fewer than|less than|under|below|just under)\s*$", re.I)),
    ("nearly", re.compile(r"\b(?:nearly|almost|close to|not quite|just short of)\s*$", re.I)),
    ("about", re.compile(r"\b(?:about|around|some|roughly|approximately|approx\.|circa|ca\.|an estimated|estimated|"
                         r"or so|in the region of|on the order of|upward of)\s*$", re.I)),
)
_ROUND_WORDS = re.compile(r"^(?:(?:several|a\s+few|many)\s+)?(?:dozens?|scores|hundreds?|thousands?|tens of thousands)\b", re.I)


# the hedges of Russian, Finnish and Swedish counts, in the order they are tried ("не более" before "более")
LANGUAGE_BOUNDS = {
    "ru": (("up_to", r"\b(?:не\s+более|не\s+больше|до|максимум)\s*$"),
           ("at_least", r"\b(?:не\s+менее|не\s+меньше|как\s+минимум|по\s+меньшей\s+мере|минимум)\s*$"),
           ("more_than", r"\b(?:более|больше|свыше)(?:\s+чем)?\s*$"),
           ("fewer_than", r"\b(?:менее|меньше)(?:\s+чем)?\s*$"),
           ("nearly", r"\b(?:почти|без\s+малого|чуть\s+меньше)\s*$"),
           ("about", r"\b(?:около|примерно|порядка|приблизительно|ориентировочно)\s*$")),
    "fi": (("at_least", r"\b(?:ainakin|vähintään)\s*$"),
           ("more_than", r"\b(?:yli|runsaat|reilut|enemmän\s+kuin)\s*$"),
           ("up_to", r"\b(?:jopa|enintään|korkeintaan|peräti)\s*$"),
           ("fewer_than", r"\b(?:alle|vähemmän\s+kuin)\s*$"),
           ("nearly", r"\b(?:lähes|melkein|liki|vajaat?)\s*$"),
           ("about", r"\b(?:noin|arviolta|suunnilleen|n\.)\s*$")),
    "sv": (("at_least", r"\b(?:minst|åtminstone)\s*$"),
           ("more_than", r"\b(?:mer\s+än|fler\s+än|över|drygt)\s*$"),
           ("up_to", r"\b(?:upp\s+till|upp\s*emot|högst|som\s+mest)\s*$"),
           ("fewer_than", r"\b(?:färre\s+än|mindre\s+än|under|knappt)\s*$"),
           ("nearly", r"\b(?:nästan|närmare)\s*$"),
           ("about", r"\b(?:omkring|cirka|ca\.?|runt|ungefär|kring)\s*$")),
}
LANGUAGE_ROUND_WORDS = {  # dozens, hundreds, thousands: a round word, not a figure
    "ru": r"^(?:несколько\s+|нескольк\w+\s+)?(?:десятк\w*|десятков|сотн\w*|сотен|тысяч\w*)\b",
    "fi": r"^(?:useita\s+|useampia\s+|muutamia\s+)?(?:kymmeniä|satoja|tuhansia|kymmenittäin|sadoittain|tuhansittain)\b",
    "sv": r"^(?:(?:flera|några)\s+(?:hundra|tusen)|hundratals|tusentals|tiotals|dussintals)\b",
}
_LANGUAGE_BOUND_RX = {lang: tuple((b, re.compile(rx, re.I)) for b, rx in rules) for lang, rules in LANGUAGE_BOUNDS.items()}
_LANGUAGE_ROUND_RX = {lang: re.compile(rx, re.I) for lang, rx in LANGUAGE_ROUND_WORDS.items()}
_LANGUAGE_NUMBER = re.compile(r"\d|\b(?:од|дв|тр|четыр|пят|шест|сем|восем|девят|десят|сто|сот|тысяч|нескольк|"
                              r"yh|yk|kak|kol|nel|vii|kuu|seitsem|kahdeks|yhdeks|kymmen|sata|sada|tuha|usei|muutam|"
                              r"en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|hundra|tusen|tiotal|flera|några)\w*", re.I)


def bound_of(mention: str, before: str = "", *, language: str | None = None) -> str:
    """How a count is hedged: ``exact``, ``about``, ``nearly``, ``at_least``, ``more_than``, ``up_to`` or ``fewer_than``.

    ``mention`` is the count as the extractor read it (``About 60 asylum seekers``); ``before`` the
    words just before it in the sentence.

    >>> bound_of("At least 62 migrants"), bound_of("more than 70"), bound_of("900 people", "arrivals reached nearly ")
    ('at_least', 'more_than', 'nearly')
    >>> bound_of("noin 60 ihmistä", language="fi"), bound_of("800", "прибыли более ", language="ru")
    ('about', 'more_than')
    """
    text = f"{before} {mention}"
    if language in _LANGUAGE_BOUND_RX:  # "около 60", "yli sata", "omkring 800", "useita kymmeniä", "hundratals"
        number = _LANGUAGE_NUMBER.search(mention)
        head = text[:len(before) + 1 + (number.start() if number else 0)]
        for bound, rx in _LANGUAGE_BOUND_RX[language]:
            if rx.search(head.rstrip() + " "):
                return bound
        return "vague" if _LANGUAGE_ROUND_RX[language].match(mention.strip()) else "exact"
    number = re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                       r"sixty|seventy|eighty|ninety|hundred|thousand|dozen|a few|several|all|the only)\b", mention, re.I)
    head = text[:len(before) + 1 + (number.start() if number else 0)]
    for bound, rx in _BOUND_WORDS:
        if rx.search(head.rstrip() + " "):
            return bound
    if _ROUND_WORDS.match(mention.strip()):
        return "vague"
    return "exact"


def value_range(num: float, bound: str) -> tuple[float, float]:
    """The interval of values a hedged count allows: ``about 900`` is 810–990, ``more than 70`` is 71–∞.

    >>> value_range(900, "about"), value_range(70, "more_than"), value_range(1000, "nearly")
    ((810.0, 990.0), (71.0, inf), (900.0, 1000.0))
    """
    lo, hi = _range(float(num), bound)
    return round(lo, 6), round(hi, 6)


def _range(num: float, bound: str) -> tuple[float, float]:
    if bound == "vague":  # a round word: "dozens" is read as 24–99, "hundreds" 200–999, "thousands" 2,000–9,999
        unit = 12.0 if num < 100 else (100.0 if num < 1000 else (1000.0 if num < 10000 else 10000.0))
        return 2 * unit, (100.0 if unit == 12.0 else 10 * unit) - 1
    if bound == "about":
        return num * (1 - APPROX_SHARE), num * (1 + APPROX_SHARE)
    if bound == "nearly":
        return num * (1 - APPROX_SHARE), num
    if bound == "at_least":
        return num, np.inf
    if bound == "more_than":
        return num + 1 if num.is_integer() else num, np.inf
    if bound == "up_to":
        return 0.0, num
    if bound == "fewer_than":
        return 0.0, num - 1 if num.is_integer() else num
    return num, num


_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|could|might|would consider|(?-i:may)(?! \d)|threaten\w*|consider(?:s|ing|ed)?|ready to|prepared to|"
    r"possib\w*|option|scenario|in case|not ruled? out|tried to|tries to|attempted to|attempts to|sought to|seeks to|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:made|taken)|not\s+yet\s+(?:been\s+)?(?:made|taken|decided))\b", re.I)
_PLAN = re.compile(
    r"\b(?:will|shall|to be|is to|are to|was to|were to|plans?|planned|planning|intends?|intended|decided|decides|decide|"
    r"decision|set to|going to|scheduled|expected to|announced|announces|would)\b|['’]ll\b"
    r"|(?:^|[^\w\s,]\s*|\b[A-Z]\w+\s+)to\s+(?:close|shut|reopen|open|keep|seal|extend|partially)\b", re.I)
_PAST_EVENT = re.compile(r"\b(?:closed|shut|opened|reopened|sealed|suspended)\b", re.I)
_PERFECT_OR_STATE = re.compile(
    r"\b(?:has|have|had|is|are|remains?|remained|stays?|stayed|still|now|currently|being|been)\b(?:\s+\w+){0,3}\s*$", re.I)
_PERIOD_WORDS = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|preceding)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|hours?)\b"
    r"|\bwithin\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|hours?|months?)\b|\bso far\b|\bto date\b", re.I)
# "21 had arrived since midnight", "overnight", "in a single day": a count over at most a day, wherever that day is
_WITHIN_DAY = re.compile(r"\b(?:since|after)\s+midnight\b|\bovernight\b|\b(?:in|during|within|on)\s+(?:a\s+single|one|a)\s+day\b"
                         r"|\bon\s+the\s+(?:very\s+)?(?:first|same|last|next|following)\s+day\b|\bduring\s+the\s+day\b"
                         r"|\b(?:in|within|over|during)\s+(?:the\s+(?:past|last|previous)\s+)?(?:24|twenty-four|a\s+few)\s+hours\b", re.I)
_GRANULARITY_DAYS = {"day": 1, "weekend": 3, "week": 7, "month": 31, "part_of_month": 11}
# "crossed over during a four-month period": a length, not a place on the calendar (nor counted back from publication)
_PERIOD_LENGTH = re.compile(r"\b(?:in|over|during|within|for)\s+(?:a|the|one)\s+(?:[\w]+[\s-])?(?:days?|weeks?|months?|years?)[\s-]+"
                            r"(?:long\s+)?period\b"
                            # "in the first six months of the year", "in the two previous days"
                            r"|\b(?:in|over|during)\s+the\s+(?:first|last|past|previous|preceding)\s+(?:[\w-]+\s+)?(?:days|weeks|months)"
                            r"\s+of\s+the\s+year\b"
                            r"|\b(?:in|over|during)\s+the\s+[\w-]+\s+(?:previous|preceding|past|last)\s+(?:days|weeks|months)\b"
                            r"|\bover\s+the\s+(?:span|course)\s+of\s+(?:a|one|two|three|four|several|\d+)\s+(?:days?|weeks?|months?)\b"
                            r"|\b(?:in|over|during)\s+recent\s+(?:days|weeks|months)\b"
                            # "more than 1,300 entered the country in three months": a length, not a date
                            r"|\b(?:in|over)\s+(?:just\s+|only\s+|less\s+than\s+|under\s+)?(?:two|three|four|five|six|seven|eight|"
                            r"nine|ten|several|a\s+few|\d+)\s+(?:days|weeks|months)\b(?!\s+(?:ago|later|earlier|before|after|time))", re.I)
_BACK_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "fortnight": 14}
_BACK_NUMBERS = {**_NUMWORD, "couple": 2, "few": 3, "several": 3, "recent": 2}  # the date extractor's number words, and vague ones


def _counted_back(phrase: str) -> int | None:
    """Days in *within two days*, *in the past couple of weeks* (a few = 3, several = 3), or None."""
    words = re.findall(r"[a-z0-9]+", phrase.lower())  # "a four-month period": four, month
    unit = next((w for w in words if w in _BACK_UNITS), None)
    if unit is None:
        return None
    nums = [int(w) if w.isdigit() else _BACK_NUMBERS.get(w) for w in words[:words.index(unit)]]
    nums = [n for n in nums if n]
    n = nums[-1] if nums else 1
    return n * _BACK_UNITS[unit]


_EARLIER_WORDS = re.compile(r"\b(?:previously|before that|earlier|a year (?:ago|earlier)|last year|the year before)\b", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|until|till|through)\s*$|[-–]\s*$", re.I)
_POPULATION = re.compile(r"\b(?:town|municipality|city|village|region|district|population|home)\s+(?:of|to)\s+(?:about|around|some|nearly|almost|roughly|over|more\s+than)?\s*$", re.I)
_POPULATION_AFTER = re.compile(r"^\s*(?:residents|inhabitants|people\s+live|live\b)", re.I)
_ONE_TO_ANOTHER = re.compile(r"^[^.;]{0,40}?\bto\s+another\b", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:beginning|start|end|middle|first\s+day|last\s+day)\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)
_EARLIER_CLAUSE = re.compile(r"\b(?:after|following|before)\s+(?:\w+\s+){0,2}\w+(?:ing|ed)\b[^,;]*$", re.I)
# the words that make an exception of what follows: "all but", "all except for", "with the exception of"
_EXCEPT = r"(?:but|except(?:\s+for)?|apart\s+from|save(?:\s+for)?|other\s+than|bar|with\s+the\s+exception\s+of)"
_ALL_BUT = re.compile(r"\b(?:all|every)\b[^.;]{0,80}?\b" + _EXCEPT + r"\s+(?:the\s+)?$", re.I)
# "thousands of migrants continue to wait at the Russian border": people who have not crossed
_WAITING_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:(?:continue|continues|continued)\s+to\s+)?(?:wait(?:s|ed|ing)?|gather(?:s|ed|ing)?|"
                            r"queu(?:e|es|ed|ing)|stuck|camp(?:s|ed|ing)?)\b(?!\s+(?:for\s+)?(?:asylum|(?:a\s+)?decisions?))", re.I)
# "three recently arrived migrants tell reporters how ...": the people who speak, not a count of arrivals
_SPEAKERS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:tell|tells|told|say|says|said|describe[sd]?|recount(?:s|ed)?|"
                             r"recall(?:s|ed)?|spoke|speak|talked|talk|were\s+interviewed|interviewed\s+by)\b", re.I)
_ADDED = re.compile(r"\b(?:another|a\s+further|an\s+additional|additional|further)\s+$", re.I)
_MORE_AFTER = re.compile(r"^\s*(?:more|additional|further)\b", re.I)
_MORE_IN = re.compile(r"\s(?:more|additional|further)\b", re.I)


def _added(before: str, after: str, mention: str, language: str | None = None) -> bool:
    """An increment: *another three*, *three more*, *two additional* (of crossings or of people)."""
    return bool(_cue("_ADDED", language).search(before) or _cue("_MORE_AFTER", language).search(after)
                or _cue("_MORE_IN", language).search(mention))
_RATE_AFTER = re.compile(r"^[^.;,]{0,25}?\b(?:a|per|each|every)\s+(?:day|night|week|month|year|24\s+hours)\b"
                         r"(?!\s+(?:earlier|later|before|after|ago))|^\s*(?:daily|weekly|monthly|annually|yearly)\b", re.I)
# "dozens of asylum seekers from countries such as Iraq, Yemen and Syria have arrived each day": a rate stated with the verb
_RATE_WITH_VERB = re.compile(r"^(?P<gap>[^.;]{0,90}?)\b(?:arriv\w*|cross(?:es|ed|ing)?|come|came|coming|enter\w*|reach\w*)"
                             r"(?:\s+(?!(?:in|within|on|during|over|for|one|a|last|next)\b)[\w-]+){0,3}?"
                             r"\s+(?:each|every|per)\s+(?:day|night|week|month)\b(?!\s+(?:earlier|later|before|after|ago))", re.I)


def _rate_with_verb(after: str) -> bool:
    """True when the count's own verb, with no other number between, is said to happen each day (week, month)."""
    m = _RATE_WITH_VERB.search(after)
    return bool(m) and not _NUMBER_IN.search(m.group("gap"))


_RATE_BEFORE = re.compile(r"\b(?:daily|a\s+day|per\s+day|average\s+of|averag\w*|rate\s+of)\s*(?:of\s+)?"
                          r"(?:just\s+|only\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)
# "more than 50 arrived at one specific border crossing": a part of the border the text does not name
_UNNAMED_CROSSING_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:at|through|via)\s+(?:one|a\s+single|a\s+specific|a\s+particular)\s+(?:specific\s+|particular\s+|single\s+)?"
    r"(?:border\s+)?(?:crossing|checkpoint|crossing\s+point|border\s+post)s?\b", re.I)
_SUBSET_AFTER = re.compile(r"^\s*(?:of\s+(?:them|whom|those|these)|were\s+(?:children|minors|women))\b", re.I)
_SUBSET_MENTION = re.compile(r"\bof\s+(?:them|whom|those|these)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:has|have|there\s+are|there\s+were|of\s+its|its|operates|operated)\s+(?:all\s+)?$", re.I)
_SET_WORDS = frozenset("""land road border passenger international official main eastern crossing crossings checkpoint checkpoints
check-point check-points point points post posts station stations its the all of finland's country's their
motorway motorways highway road-crossing car vehicle traffic""".split())
_QUALIFIED = re.compile(r"^\s*(?:,\s*)?(?:all\s+)?(?:in|on|along|at)\s+the\s+(?:south|north|east|west|south-?east|north-?east|"
                        r"south-?west|north-?west|southern|northern|south-?eastern|arctic)\b|^\s*in\s+(?:southern|northern|south-?eastern|lapland)\b"
                        # "all four crossings that are still open": the ones still open, not the border's total
                        r"|^\s*(?:that|which)\s+(?:are|were|remain(?:ed)?|stay(?:ed)?)\s+(?:still\s+)?(?:open|operating|working)\b"
                        r"|^\s*(?:still\s+)?(?:open|operating|remaining)\b", re.I)


def _plain_set(mention: str) -> bool:
    """True when ``k of (the|its) n <noun>`` counts the whole border's crossings: only words like *land*, *road*,
    *border* stand between the number and the noun (``one of the two Arctic crossings`` is a subset)."""
    m = re.search(r"\bof\s+(?P<rest>.*)$", mention, re.I)
    if not m:
        return True
    words = re.findall(r"[\w'’-]+", m.group("rest").lower())
    return all(w in _SET_WORDS or w.isdigit() or w in _NUMBER_WORDS for w in words)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_FRACTION_OF = re.compile(r"\b(half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\s+of\s+(?:its|the|their|all|all\s+the)?\s*$", re.I)
_FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "a quarter": 1 / 4, "two thirds": 2 / 3, "three quarters": 3 / 4}
_CLOSE_THE_REMAINING = re.compile(r"\b(?:clos\w*|shut\w*|seal\w*)\s+(?:down\s+)?(?:the|its|their)\s+remaining\s*$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_CLOSED_AGAIN = re.compile(r"\b(?:clos\w*|shut\w*|seal\w*)\s+(?:[\w-]+\s+){0,8}?again\b|\bre-?clos\w*", re.I)
_REMAINING_OF = re.compile(r"\bof\s+(?:the|its|their)\s+(?:[\w-]+\s+)?remaining\b", re.I)
_SUBSET_OF = re.compile(r"\bof\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:remaining|other|open|closed|still|last|southern|south-?eastern|northern|eastern|busiest|largest|main)\b", re.I)
_ALL_MENTION = re.compile(r"^(?:all|each of the|every one of the|both)\s", re.I)
_STILL_OPEN_IN = re.compile(r"\b(?:still\s+open|remaining|still\s+operating)\b", re.I)  # "all four still open crossings"
_CROSSING_WORDS = r"(?:crossings?|checkpoints?|check-points?|crossing\s+points?|border\s+posts?|border\s+stations?|checkpoints)"
_ALL_OR_SOME = re.compile(r"\ball\s+or\s+(?:some|part|most|several|a\s+few|only\s+some)\b", re.I)
_ALL_CLOSED = re.compile(
    r"\b(?:complete|full|total|entire)\s+(?:closure|closing|shutdown|shut-down|sealing)\s+of\s+(?:the\s+|its\s+|all\s+)*(?:[\w-]+\s+){0,3}?(?:border|"
    + _CROSSING_WORDS + r")"
    r"|\b(?:clos\w*|shut\w*|seal\w*)\s+(?:down\s+|off\s+)?(?:the\s+|its\s+)?(?:entire|whole)\s+(?:[\w-]+\s+){0,2}?border"
    # "the entire border was closed again on December 14"
    r"|\b(?:entire|whole)\s+(?:[\w-]+\s+){0,2}?border\s+(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be|remains?|remained|"
    r"stays?|stayed)\s+(?:\w+\s+)?(?:closed|shut|sealed)\b"
    r"|\b(?:clos\w*|shut\w*|seal\w*)\s+(?:down\s+|off\s+)?(?:the\s+|its\s+)?(?:eastern\s+|land\s+)?border\s+(?:completely|entirely|fully)"
    r"|\b(?:clos\w*|shut\w*|seal\w*)\s+(?:down\s+)?all\s+(?:of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?" + _CROSSING_WORDS +
    r"|\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?" + _CROSSING_WORDS + r"\s+(?:[\w-]+\s+){0,4}?(?:closed|shut)\b"
    r"|\b(?:clos\w*|shut\w*|seal\w*)\s+(?:down\s+)?(?:its|the)\s+(?:final|last)\s+(?:remaining\s+)?(?:open\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:crossing|checkpoint|check-point|post|station|point)\b", re.I)
NARROWED = "the article narrows the same closure to one part of the border elsewhere"
PART_OF_BORDER = "a closure of one part of the border, read only against the article's own wider statement of it"
_REGION = re.compile(r"\b(?:south-?east\w*|southern|northern|south-?west\w*|north-?east\w*|north-?west\w*|in\s+the\s+(?:south|north))\b", re.I)
_ALL_OTHER = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+)?other\b", re.I)
_OF_THEM_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those)\b", re.I)
_POSSESSION_BEFORE = re.compile(r"(?:\b(?:has|have|had|there\s+are|there\s+were|operates|operated)\s+(?:a\s+total\s+of\s+)?"
                                r"|\bout\s+of\s+(?:the\s+|its\s+)?|\ba\s+total\s+of\s+|\bin\s+total,?\s+"
                                # "the northernmost of Finland's eight checkpoints", "one of its nine crossings": the whole
                                r"|\b(?:the\s+\w+(?:est|most)|one|each|any|none|most|some|several)\s+of\s+(?:[A-Z]\w+['’]s|its|their)\s+)$", re.I)
_LOCATION_BEFORE = re.compile(r"\b(?:at|through|via|in|into|from|between|to|across)\s+(?:the|these|those|its|both)?\s*$", re.I)
_OPEN_THEN_LIST_CLOSED = re.compile(r"^[^.;:]{0,50}:\s[^.]{0,200}?\b(?:clos\w*|shut\w*)\b", re.I)
_STATE_IN = re.compile(r"\b(?:open\w*|operat\w*|clos\w*|shut\w*|function\w*|working|reopen\w*|remaining)\b", re.I)
_EXCEPT_IN = re.compile(r"\b" + _EXCEPT + r"\b", re.I)
# "all but the northernmost crossing", "all except the Raja-Jooseppi checkpoint": one crossing left open
_BUT_ONE_SINGULAR = re.compile(r"\b" + _EXCEPT + r"\s+(?:the\s+|its\s+)?"
                               r"(?:one|(?:[\w-]+most|[A-Z][\w-]+)(?:\s+(?:border\s+)?(?:crossing|checkpoint|check-point|crossing\s+point|"
                               r"border\s+post|post|station|point)(?!s))?)\b(?!\s+and\b)", re.I)
_ALL_CLOSED_EXCEPT = re.compile(r"^[^.;]{0,60}?\b(?:except|but\s+(?:one|two|three|the)|apart\s+from|save|other\s+than|bar\s+one|exception)\b", re.I)
_OTHER_IN = re.compile(r"\bother\b", re.I)
_WITH_OTHERS_BEFORE = re.compile(r"(?:\balong\s+with|\btogether\s+with|\bas\s+well\s+as|\band|\bplus|,)\s+"
                                 r"(?:(?:the\s+)?[A-Z][\w-]*['’]s\s+|its\s+|their\s+)?$", re.I)
_ASYLUM_ONLY_AFTER = re.compile(r"[^.;]{0,50}?\b(?:open|available)\s+(?:only\s+)?(?:for|to)\s+(?:asylum|applications)"
                                r"|[^.;]{0,50}?\b(?:accept\w*|receiv\w*|tak\w+)\s+asylum\s+(?:applications|seekers|claims)", re.I)
# "was supposed to have one crossing open": a state, not how many crossings it has
_STATE_RIGHT_AFTER = re.compile(r"\s+(?:open|closed|shut|operating|working)\b", re.I)
_OTHER_KIND = re.compile(r"^[\w\s-]{0,20}?\b(?:sea|maritime|rail(?:way)?|train)\s+(?:border\s+)?(?:crossing|checkpoint|check-point|"
                         r"border\s+post|crossing\s+point|port)s?\b", re.I)
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:these|those)\s+$", re.I)
# "The three will be closed at midnight": the ones just named, not how many are closed in all
_DEFINITE_BEFORE = re.compile(r"(?:^|[.;:]\s+)the\s+$", re.I)
_VERB_AFTER = re.compile(r"\s+(?:will|would|are|were|have|had|remain|remained|is|was|shall)\b", re.I)
_NUMBER_IN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish cues
#
# The rules above are written with English patterns. For an article whose ``language`` is ``ru``,
# ``fi`` or ``sv`` a rule that has a pattern of that language below reads it instead (``_cue``); a
# rule with no pattern of its own in that language reads nothing there (it never fires). Articles in
# any other language (or with none) read the English patterns, unchanged. The words counted,
# the dates and the open / closed state come in language-neutral form from
# ``helpers.extract.stated.stated_figures``; these are the words around them. claims.md lists them.

_RU_CROSSING = r"(?:КПП|пункт\w*\s+пропуска|пограничн\w*\s+пункт\w*|погранпункт\w*|погранпереход\w*|пограничн\w*\s+переход\w*|пропускн\w*\s+пункт\w*)"
_FI_CROSSING = r"(?:rajanylityspaik\w*|raja-asem\w*|rajaparii?\w*)"
_SV_CROSSING = r"(?:gränsövergång\w*|gränsstation\w*|gränspassage\w*)"

LANGUAGE_CUES: dict[str, dict[str, str]] = {
    "ru": {
        # reported words: quotes, guillemets, speech verbs, "по словам" / "по данным" (according to)
        "_SPEECH": r"[\"“”«»„]|\b(?:заяв(?:ил|ила|или|ляет|ляют)|сообщ(?:ил|ила|или|ает|ают|ал|ала|али|алось)|сказал\w*|отметил\w*|подчеркнул\w*|"
                   r"по\s+словам|по\s+данным|по\s+мнению|считает|считают|передает|передаёт|пишет|пишут|утвержда\w*|"
                   r"добавил\w*|объяснил\w*|предупредил\w*|рассказал\w*)\b",
        # could, may, if, in case, consider, not rule out, ready to, try to, threaten, would ("бы"), not yet decided
        "_HYPOTHETICAL": r"\b(?:может|могут|мог|могла|могли|сможет|смогут|возможн\w*|если|в\s+случае|рассматрива\w*|"
                         r"не\s+исключа\w*|не\s+исключ[её]н\w*|готов[аы]?|пыта\w*|попыта\w*|угрожа\w*|бы|вероятн\w*|"
                         r"допуска\w*|услови\w*|(?:ещё|еще|пока)\s+не\s+(?:принят\w*|решен\w*|решил\w*))\b",
        # will (будет / будут), plans, intends, is going to, decided / decision, is to (должны), expected,
        # announced, and the perfective future of the state verbs (закроет, откроют, возобновит, продлит)
        "_PLAN": r"\b(?:будет|будут|готов(?:ят|ит|ят?ся)|законопроект\w*|план\w*|намерен\w*|намерева\w*|собира\w*ся|решил\w*|решени\w*|решено|постановил\w*|"
                 r"должн[аоы]?|предстоит|ожида\w*ся|объявил\w*|закро(?:ет|ют|ется|ются)|откро(?:ет|ют|ется|ются)|"
                 r"возобнов(?:ит|ят|ится|ятся)|приостанов(?:ит|ят)|продл(?:ит|ят|ится|ятся)|останется|останутся)\b",
        # a change at its time: finite verbs and the infinitive (not the short participle "закрыты", a state)
        "_CHANGE_VERB": r"\b(?:закр(?:ыл|ыла|ыли|ыло|ыть|оет|оют|ывает|ывают|ывать|ылся|ылась|ылись|оется|оются)|"
                        r"откр(?:ыл|ыла|ыли|ыло|ыть|оет|оют|ывает|ывают|ывать|ылся|ылась|ылись|оется|оются)|"
                        r"(?:был[аио]?|будут|будет)\s+(?:закрыт|открыт)\w*|возобнов(?:ил|ила|или|ить|ит|ят|ляет|ляют)|"
                        r"приостанов(?:ил|ила|или|ить|ит|ят)|прекрат(?:ил|ила|или|ит|ят)\s+работ\w*)\b",
        "_STATE_BEFORE": r"\b(?:остаются|остается|остаётся|останутся|останется|остались|остался|осталась|оставаться|"
                         r"по-прежнему|вс[её]\s+ещ[её]|держать|держат|пока)\s+(?:\w+\s+)?$",
        # "до 13 декабря", "по 13 декабря", "вплоть до ..." (the date extractor keeps the preposition)
        "_UNTIL": r"^(?:до|по|вплоть\s+до)\b",
        "_UNTIL_BEFORE": r"\b(?:до|по|вплоть\s+до)\s*$",
        "_FROM": r"^(?:с|со|начиная\s+с|от)\b",
        "_FROM_BEFORE": r"\b(?:с|со|начиная\s+с)\s*$",
        "_SINCE_OR_FROM": r"(?:с|со|начиная\s+с)\b",
        "_SINCE_BEFORE": r"\b(?:с|со|начиная\s+с)\s+(?:начала\s+|конца\s+|середины\s+)?$",
        "_TO_BEFORE": r"\b(?:по|до)\s*$|[-–]\s*$",
        "_BY_BEFORE": r"\b(?:к|до)\s+$",
        # a past event with no day: the perfective past ("закрыла"); Russian has no perfect to set it apart
        "_PAST_EVENT": r"\b(?:закрыл[аио]?|открыл[аио]?|возобновил[аио]?|приостановил[аио]?)\b",
        "_SAID_BEFORE": r"\b(?:заявил\w*|объявил\w*|решил\w*|сообщил\w*|постановил\w*|договорил\w*)\s+$",
        "_SAID": r"(?:заяв|сообщ|сказ|переда|стало\s+известно)\w*",
        "_SAID_RIGHT_BEFORE": r"\b(?:заявил\w*|сообщил\w*|сказал\w*|объявил\w*|написал\w*|передал\w*)\s+(?:\w+\s+)?$",
        "_THAT_NEXT": r"\s*,?\s*что\b",
        # "приняла решение закрыть", "решил закрыть", "заявили, что закроют": the day of the words
        "_DECIDED_TO": r"\b(?:решил\w*|решени\w*|постановил\w*|объявил\w*|заявил\w*|сообщил\w*|одобрил\w*|предложил\w*|"
                       r"сказал\w*|договорил\w*|согласил\w*)\b[^.;]{0,60}?(?:\b\w+(?:ть|ти|чь)(?:ся)?\b|\bчто\b)",
        "_RESULT_AT_END": r"\b(?:оставив|оставляя|так\s+что)$",
        "_EARLIER_THAN_PREV": r"\b(?:ранее|прежде|до\s+этого)\b",
        "_NOW_WORDS": r"\b(?:сейчас|теперь|в\s+настоящее\s+время|сегодня|пока|на\s+данный\s+момент)\b",
        "_SO_FAR": r"\b(?:на\s+этой\s+неделе|в\s+этом\s+месяце|в\s+этом\s+году)\b|\bна\s+данный\s+момент\b",
        "_EARLIER_WORDS": r"\b(?:ранее|прежде|до\s+этого|годом\s+ранее|в\s+прошлом\s+году)\b",
        "_PERIOD_WORDS": r"\bза\s+последн\w*\s+(?:\w+\s+){0,2}?(?:дн\w*|недел\w*|месяц\w*|год\w*|час\w*|сут\w*)"
                         r"|\bв\s+течение\s+(?:\w+\s+){0,2}?(?:дн\w*|недел\w*|месяц\w*|час\w*)\b",
        "_WITHIN_DAY": r"\bза\s+(?:последние\s+|минувшие\s+|прошедшие\s+)?сутки\b|\bза\s+ночь\b|\bс\s+полуночи\b"
                       r"|\bв\s+течение\s+(?:дня|суток)\b|\bза\s+один\s+день\b|\bв\s+первый\s+(?:же\s+)?день\b",
        # "после открытия двух КПП": an earlier state
        "_EARLIER_CLAUSE": r"\b(?:после|перед)\s+(?:того\s+как\s+)?(?:\w+\s+){0,2}\w+[^,;]*$",
        "_CLAUSE_SEP": r";|,\s+(?:а|но|однако|хотя|тогда\s+как|в\s+то\s+время\s+как|и|после\s+того\s+как|прежде\s+чем|"
                       r"оставив|оставляя|объяснив|заявив|сославшись|мотивировав)\b|\s[–—]\s",
        "_AGREEMENT_WORD": r"\b(?:соглашени\w*|договор\w*|сотрудничеств\w*)",
        "_CLOSURE_WORD": r"\b(?:закр[ыо]\w*|" + _RU_CROSSING + r"|ограничени\w*|мер[аыу]?\b|запрет\w*|решени\w*)",
        # "все КПП, кроме": all but
        "_ALL_BUT": r"\b(?:все|всех|всё|вс[её]м)\b[^.;]{0,80}?\b(?:кроме|за\s+исключением)\s+$",
        "_ALL_CLOSED": r"\b(?:закр[ыо]\w*|перекр[ыо]\w*)\s+(?:(?!почти\b)\w+\s+){0,2}?(?:все|всю|всех)\s+(?:\w+\s+){0,3}?"
                       r"(?:" + _RU_CROSSING + r"|границ\w*)"
                       r"|\b(?:полн\w*)\s+(?:\w+\s+)?(?:закрыти\w*)\s+(?:\w+\s+){0,2}?(?:границ\w*|" + _RU_CROSSING + r")"
                       r"|\b(?:закр[ыо]\w*)\s+(?:\w+\s+){0,3}?границ\w*\s+(?:\w+\s+){0,3}?полностью"
                       r"|\bполностью\s+(?:\w+\s+)?закр[ыо]\w*\s+(?:\w+\s+){0,2}?границ\w*"
                       r"|\bвсе\s+(?:\w+\s+){0,3}?" + _RU_CROSSING + r"\s+(?:\w+\s+){0,4}?закрыт\w*",
        "_REGION": r"\b(?:юго-восто\w*|южн\w*|северн\w*|на\s+юге|на\s+севере)",
        "_ALL_OTHER": r"\b(?:все|всех)\s+(?:остальн\w*|други\w*)",
        "_BUT_ONE_SINGULAR": r"\b(?:кроме|за\s+исключением)\s+(?:одного|одной|самого\s+\w+)\b",
        "_ALL_CLOSED_EXCEPT": r"^[^.;]{0,60}?\b(?:кроме|за\s+исключением)\b",
        "_EXCEPT_IN": r"\b(?:кроме|за\s+исключением)\b",
        # "в сутки", "в день", "ежедневно", "в среднем": a rate
        "_RATE_AFTER": r"^[^.;,]{0,25}?(?:\b(?:в|за\s+кажд\w*)\s+(?:день|сутки|неделю|месяц|год)\b|\bежедневно\b|\bежесуточно\b)",
        "_RATE_BEFORE": r"\b(?:ежедневно|ежесуточно|в\s+среднем|в\s+день|в\s+сутки)\s*(?:по\s+)?$",
        "_RATE_UNIT": r"\b(?:(?P<week>неделю|еженедельно)|(?P<month>месяц|ежемесячно)|(?P<year>год|ежегодно))\b",
        "_OF_THEM_AFTER": r"^\s+из\s+(?:них|которых)\b",
        "_SUBSET_MENTION": r"\bиз\s+(?:них|которых)\b",
        "_SUBSET_AFTER": r"^\s*(?:из\s+(?:них|которых)|(?:были|составляют)\s+(?:дет\w*|несовершеннолетн\w*|женщин\w*))\b",
        # "Всего ... действуют девять КПП", "последний из восьми": the whole border's crossings
        "_POSSESSION_BEFORE": r"(?:\bвсего\b(?!\s+лишь)[^.;]{0,60}?|\bиз\s+(?:\w+\s+)?|\bнасчитыва\w*\s+|\bимеет\s+|\bимеется\s+|"
                              r"\bв\s+общей\s+сложности\s+)$",
        "_TOTAL_BEFORE": r"(?:\bвсего\b(?!\s+лишь)[^.;]{0,60}?|\bнасчитыва\w*\s+|\bимеет\s+|\bимеется\s+|\bв\s+общей\s+сложности\s+)$",
        "_STATE_RIGHT_AFTER": r"\s+(?:открыт\w*|закрыт\w*|работа\w*|действу\w*)",
        "_ADDED": r"\b(?:ещ[её]|дополнительн\w*)\s+$",
        "_MORE_AFTER": r"^\s*(?:дополнительн\w*)\b",
        "_MORE_IN": r"\s(?:дополнительн\w*)\b",
        "_ALL_MENTION": r"^(?:все|всех|всеми|оба|обе|обоих)\s",
        "_SUBSET_OF": r"\bиз\s+(?:\w+\s+)?(?:оставш\w*|остальн\w*|други\w*|открыт\w*|закрыт\w*|последн\w*|южн\w*|"
                      r"юго-восточн\w*|северн\w*|крупн\w*|основн\w*)",
        "_REMAINING_OF": r"\bиз\s+(?:\w+\s+)?оставш\w*",
        # "закрыть оставшиеся четыре", "закрыть последние четыре": none left open
        "_CLOSE_THE_REMAINING": r"\bзакр[ыо]\w*\s+(?:и\s+)?(?:оставши\w*|последн\w*)\s*$",
        "_LOCATION_BEFORE": r"\b(?:на|через|в|во|у|между)\s+$",
        "_STATE_IN": r"\b(?:откр[ыо]\w*|работа\w*|действу\w*|закр[ыо]\w*|оставш\w*)",
        "_QUALIFIED": r"^\s*(?:,\s*)?(?:на|в)\s+(?:юг\w*|север\w*|юго-восто\w*)|^\s*,?\s*(?:которые|что)\s+(?:ещ[её]\s+|пока\s+)?"
                      r"(?:открыт\w*|работа\w*|действу\w*)",
        "_STILL_OPEN_IN": r"\b(?:ещ[её]\s+открыт\w*|оставш\w*|ещ[её]\s+работающ\w*)",
        "_DEMONSTRATIVE_BEFORE": r"\b(?:эти|этих|этими|те|тех|остальн\w*)\s+$",
    },
    "fi": {
        "_SPEECH": r"[\"“”«»]|\b(?:sano\w*|kerto\w*|totes\w*|tiedott\w*|ilmoitt\w*|mukaan(?!\s+lukien)|korost\w*|painott\w*|"
                   r"uskoo|arvioi\w*|varoitt\w*|kirjoitt\w*|muistutt\w*)\b",
        # can, could, may, if, consider, not ruled out, ready to, try, threat, the conditional of the state verbs
        "_HYPOTHETICAL": r"\b(?:voi|voisi\w*|voivat|voida|voidaan|saattaa|saattaisi\w*|saattavat|mahdollis\w*|jos|harkit(?!usti)\w*|"
                         r"harkinnassa|ei\s+sulje\s+pois|ei\s+ole\s+(?:vielä\s+)?päätetty|valmis|valmiina|valmiita|yritt\w*|"
                         r"uhka\w*|sulkisi\w*|avaisi\w*|olisi\w*|kaatui|kaatuivat|epäonnistu\w*)\b",
        # intends, plans, decided / decision, is to ("on määrä"), will be (passive present of the state verbs)
        "_PLAN": r"\b(?:esitys\w*|esityk\w*|aikoo|aikovat|aiko\w*|suunnit\w*|päätti|päättivät|päättänyt|päättäneet|päätös\w*|päätök\w*|"
                 r"päätetty|päätettiin|on\s+määrä|tullaan|odotetaan|ilmoitti\w*|esittää|esitti|ehdott\w*|suljetaan|avataan)\b",
        "_CHANGE_VERB": r"\b(?:sulk(?:i|ivat|ee|evat|ea|emaan|eminen)|suljettiin|suljetaan|sulkeutu\w*|"
                        r"ava(?:a|si|sivat|avat|ta|amaan|aminen)|avattiin|avataan|avautu\w*|keskeytt\w*)\b",
        "_STATE_BEFORE": r"\b(?:on|ovat|oli|olivat|ollut|olleet|pysyy|pysyvät|pysyivät|pidetään|pidettiin|edelleen|yhä|vielä|"
                         r"jää|jäävät|jäi|jäivät)\s+(?:\w+\s+)?$",
        # the postpositions are in the date's own text: "13. joulukuuta asti", "18.11. alkaen"
        "_UNTIL": r"(?:^|\s)(?:asti|saakka)$",
        "_UNTIL_AFTER": r"^\s*(?:asti|saakka)\b",
        "_FROM": r"(?:^|\s)(?:alkaen|lähtien)$",
        "_FROM_AFTER": r"^\s*(?:alkaen|lähtien)\b",
        "_SINCE_OR_FROM": r".*\b(?:alkaen|lähtien)$",
        "_TO_BEFORE": r"[-–]\s*$",
        "_BY_AFTER": r"^\s*mennessä\b",
        "_BY_TEXT": r"(?:^|\s)mennessä$",
        "_PAST_EVENT": r"\b(?:sulki|sulkivat|suljettiin|avasi|avasivat|avattiin)\b",
        "_SAID_BEFORE": r"\b(?:sanoi\w*|ilmoitti\w*|päätti\w*|kertoi\w*)\s+$",
        "_SAID": r"(?:sanoi|kertoi|ilmoitti|tiedotti|totesi)\w*",
        "_SAID_RIGHT_BEFORE": r"\b(?:sanoi\w*|kertoi\w*|ilmoitti\w*|tiedotti\w*|totesi\w*|kirjoitti\w*)\s+(?:\w+\s+)?$",
        "_THAT_NEXT": r"\s*,?\s*että\b",
        "_DECIDED_TO": r"\b(?:päätti\w*|päätös\w*|päättänyt|päättäneet|ilmoitti\w*|kertoi\w*|sanoi\w*|hyväksyi\w*|esitti\w*|"
                       r"ehdotti\w*)\b[^.;]{0,60}?(?:\b\w+(?:maan|mään)\b|\b(?:sulkea|avata|pitää|jatkaa)\b|\bettä\b)",
        "_RESULT_AT_END": r"\b(?:jättäen)$",
        "_EARLIER_THAN_PREV": r"\b(?:oli|olivat)\s+(?:jo\s+|aiemmin\s+)?\w+(?:nut|nyt|neet)\b|\baiemmin\b",
        "_NOW_WORDS": r"\b(?:nyt|tällä\s+hetkellä|tänään|nykyisin|parhaillaan)\b",
        "_PRESENT_PERFECT": r"\b(?:on|ovat)\s+(?:\w+\s+){0,2}?(?:saapunut|saapuneet|tullut|tulleet|ylittänyt|ylittäneet|"
                            r"hakenut|hakeneet|rekisteröity)\b",
        "_SO_FAR": r"\b(?:tällä\s+viikolla|tässä\s+kuussa|tänä\s+vuonna|toistaiseksi|tähän\s+mennessä)\b",
        "_EARLIER_WORDS": r"\b(?:aiemmin|aikaisemmin|sitä\s+ennen|vuotta\s+aiemmin|viime\s+vuonna)\b",
        "_PERIOD_WORDS": r"\b(?:viime|viimeisen|viimeisten|kuluneen|kuluneiden)\s+(?:\w+\s+){0,2}?(?:päiv\w*|viik\w*|"
                         r"kuukau\w*|tun\w*)\s+aikana\b|\btähän\s+mennessä\b|\btoistaiseksi\b",
        "_WITHIN_DAY": r"\b(?:vuorokauden\s+aikana|yön\s+aikana|keskiyön\s+jälkeen|päivän\s+aikana|yhdessä\s+päivässä|"
                       r"ensimmäisenä\s+päivänä)\b",
        "_CLAUSE_SEP": r";|,\s+(?:mutta|kun\s+taas|vaikka|ja|sillä|koska|jolloin|jättäen|minkä\s+jälkeen|selittäen|todeten)\b"
                       r"|\s[–—]\s",
        "_AGREEMENT_WORD": r"\b(?:\w*sopimu\w*|\w*yhteistyö\w*)",
        "_CLOSURE_WORD": r"\b(?:sul[kj]\w*|kiinni|" + _FI_CROSSING + r"|rajoitu\w*|toimenpi\w*|päätö\w*|päätös\w*)",
        "_ALL_BUT": r"\b(?:kaikki|kaikkien|kaikista)\b[^.;]{0,80}?\bpaitsi\s+$",
        "_ALL_BUT_AFTER": r"^\s*(?:\w+\s+)?lukuun\s+ottamatta\b",
        "_ALL_WORD": r"\b(?:kaikki|kaikkien|kaikista)\b",  # "kaikki ... yhtä lukuun ottamatta": all but one
        "_ALL_CLOSED": r"\bsul[kj]\w*\s+(?:(?!lähes\b|melkein\b)\w+\s+){0,3}?(?:koko|kaikki)\s+(?:\w+\s+){0,2}?(?:\w*raja\w*|" + _FI_CROSSING + r")"
                       r"|\b(?:koko|kaikki)\s+(?:\w+\s+){0,2}?(?:\w*raja\w*|" + _FI_CROSSING + r")\s+(?:\w+\s+){0,3}?"
                       r"(?:sul[kj]\w*|kiinni)",
        "_REGION": r"\b(?:kaakko\w*|kaakkois-\w*|etelä\w*|pohjoi\w*|lapi\w*)",
        "_ALL_OTHER": r"\b(?:kaikki\s+)?muut\b",
        "_BUT_ONE_SINGULAR": r"\bpaitsi\s+(?:yhtä|yhden|yksi|pohjoisin\w*)\b|\b(?:yhtä|yhden|pohjoisinta)\s+(?:\w+\s+)?lukuun\s+ottamatta\b",
        "_ALL_CLOSED_EXCEPT": r"^[^.;]{0,60}?\b(?:paitsi|lukuun\s+ottamatta|pois\s+lukien)\b",
        "_EXCEPT_IN": r"\b(?:paitsi|lukuun\s+ottamatta|pois\s+lukien)\b",
        "_RATE_AFTER": r"^[^.;,]{0,25}?\b(?:päivässä|päivittäin|vuorokaudessa|viikossa|kuukaudessa|vuodessa|per\s+päivä)\b",
        "_RATE_BEFORE": r"\b(?:päivittäin|keskimäärin)\s*$",
        "_RATE_UNIT": r"\b(?:(?P<week>viikossa|viikoittain)|(?P<month>kuukaudessa|kuukausittain)|(?P<year>vuodessa|vuosittain))\b",
        "_OF_THEM_AFTER": r"^\s+(?:heistä|joista)\b",
        "_SUBSET_MENTION": r"\b(?:heistä|joista)\b",
        "_SUBSET_AFTER": r"^\s*(?:heistä|joista|oli\s+lapsia|oli\s+alaikäisiä|oli\s+naisia)\b",
        "_POSSESSION_BEFORE": r"(?:\byhteensä\s+|\bkaikkiaan\s+)$",
        "_TOTAL_BEFORE": r"(?:\byhteensä\s+|\bkaikkiaan\s+)$",
        "_STATE_RIGHT_AFTER": r"\s+(?:auki|avoinna|avoimena|suljettu\w*|kiinni|toiminnassa)\b",
        "_ADDED": r"\b(?:vielä|lisäksi|uudet)\s+$",
        "_MORE_AFTER": r"^\s*(?:lisää)\b",
        "_MORE_IN": r"\s(?:lisää)\b",
        "_ALL_MENTION": r"^(?:kaikki|kaikkien|molemmat)\s",
        "_SUBSET_OF": r"\b(?:jäljellä\s+olevista|muista|avoimista|avoinna\s+olevista|suljetuista|viimeisistä|eteläisistä|"
                      r"pohjoisista|suurimmista)\b",
        "_REMAINING_OF": r"\bjäljellä\s+olevista\b",
        "_CLOSE_THE_REMAINING": r"\bsul[kj]\w*\s+(?:myös\s+)?(?:jäljellä\s+olevat|viimeiset|loput|loputkin)\s*$",
        "_STATE_IN": r"\b(?:av(?:at|aa|as|au|oi)\w*|auki|toimi\w*|sul[kj]\w*|kiinni|jäljellä)",
        "_QUALIFIED": r"^\s*,?\s*(?:jotka|mitkä)\s+(?:ovat\s+)?(?:vielä\s+|yhä\s+)?(?:auki|avoinna|toiminnassa)\b",
        "_STILL_OPEN_IN": r"\b(?:vielä\s+avoinna|yhä\s+avoinna|jäljellä)\b",
    },
    "sv": {
        "_SPEECH": r"[\"“”«»]|\b(?:säger|sade|sa|sagt|uppger|uppgav|uppgett|enligt|meddelar|meddelade|skriver|skrev|berättar|"
                   r"berättade|betonar|betonade|varnar|varnade|menar|anser|tillade|förklarar|förklarade)\b",
        "_HYPOTHETICAL": r"\b(?:kan|kunde|skulle\s+kunna|kanske|eventuell\w*|möjlig\w*|ifall|överväg\w*|hota\w*|"
                         r"utesluter\s+inte|inte\s+uteslut\w*|beredd\w*|försök\w*|inte\s+(?:ännu\s+|än\s+)?(?:fattat|tagit)s?)\b",
        # will (kommer att, ska), plans, intends, decided / decision, expected, announced, would (skulle)
        "_PLAN": r"\b(?:kommer\s+att|ska|skall|planer\w*|avser|avsåg|tänker|beslut\w*|beslöt|bestämt|bestämde|väntas|"
                 r"förväntas|aviser\w*|skulle)\b",
        # a change at its time; "har stängts" (has been closed) and "är stängda" are states
        "_CHANGE_VERB": r"\b(?:stäng(?:er|de|a|s|des|t)|öppn(?:ar|ade|a|as|ades|at)|återöppn(?:ar|ade|a|as|ades|at))\b",
        "_STATE_BEFORE": r"\b(?:är|var|vara|varit|förblir|förblev|fortsatt|fortfarande|hålls|hölls|hålla|håller|höll|"
                         r"förbli)\s+(?:\w+\s+)?$",
        "_UNTIL": r"^(?:till|fram\s+till|till\s+och\s+med|t\.\s?o\.\s?m\.|tills)\b",
        "_UNTIL_BEFORE": r"\b(?:till|fram\s+till|tills)\s*$",
        "_FROM": r"^(?:från|från\s+och\s+med|fr\.\s?o\.\s?m\.|med\s+början|sedan)\b",
        "_FROM_BEFORE": r"\b(?:från|från\s+och\s+med|med\s+början)\s*$",
        "_SINCE_OR_FROM": r"(?:från|sedan|fr\.\s?o\.\s?m\.)\b",
        "_SINCE_BEFORE": r"\b(?:sedan|från)\s+(?:början\s+av\s+|slutet\s+av\s+|mitten\s+av\s+)?$",
        "_SINCE": r"sedan\b",
        "_SINCE_ONLY": r"\bsedan\s+(?:början\s+av\s+|slutet\s+av\s+|mitten\s+av\s+)?$",
        "_TO_BEFORE": r"\b(?:till|fram\s+till)\s*$|[-–]\s*$",
        "_BY_BEFORE": r"\b(?:före|innan|senast)\s+(?:den\s+)?$",
        "_PAST_EVENT": r"\b(?:stängde|stängdes|öppnade|öppnades|återöppnade|återöppnades)\b",
        "_SAID_BEFORE": r"\b(?:sade|sa|meddelade|beslutade|beslöt|uppgav)\s+(?:i\s+|på\s+)?$",
        "_SAID": r"(?:sade|sa|sagt|uppgav|meddelade|berättade|rapporterade)\b",
        "_SAID_RIGHT_BEFORE": r"\b(?:sade|sa|uppgav|meddelade|rapporterade|skrev|berättade)\s+(?:\w+\s+)?(?:i|på)?\s*$",
        "_THAT_NEXT": r"\s*,?\s*att\b",
        "_DECIDED_TO": r"\b(?:beslutade|beslöt|beslutet|beslut|meddelade|sade|sa|aviserade|godkände|föreslog|bestämde|"
                       r"uppgav)\b[^.;]{0,60}?\b(?:att|om\s+att)\b",
        "_RESULT_AT_END": r"\b(?:vilket\s+lämnar|och\s+lämnar)$",
        "_EARLIER_THAN_PREV": r"\bhade\s+(?:redan\s+|tidigare\s+)?\w+",
        "_NOW_WORDS": r"\b(?:nu|just\s+nu|för\s+närvarande|i\s+dag|idag)\b",
        "_PRESENT_PERFECT": r"\bhar\s+(?:\w+\s+){0,2}?(?:kommit|anlänt|korsat|tagit\s+sig|sökt|registrerats)\b",
        "_PLUPERFECT": r"\bhade\s+(?:\w+\s+){0,2}?(?:varit|stått|förblivit)\b",
        "_SO_FAR": r"\b(?:den\s+här\s+veckan|i\s+veckan|denna\s+vecka|den\s+här\s+månaden|i\s+år|hittills)\b",
        "_EARLIER_WORDS": r"\b(?:tidigare|dessförinnan|förra\s+året|året\s+innan)\b",
        "_PERIOD_WORDS": r"\b(?:under|de)\s+(?:de\s+)?(?:senaste|gångna)\s+(?:\w+\s+){0,2}?(?:dag\w*|veck\w*|månad\w*|timm\w*|dygn\w*)"
                         r"|\bhittills\b",
        "_WITHIN_DAY": r"\b(?:under\s+(?:natten|dygnet|dagen)|sedan\s+midnatt|efter\s+midnatt|på\s+ett\s+dygn|under\s+ett\s+dygn|"
                       r"på\s+en\s+dag|första\s+dagen)\b",
        "_EARLIER_CLAUSE": r"\b(?:efter\s+att|efter\s+det\s+att|innan)\b[^,;]*$",
        "_CLAUSE_SEP": r";|,\s+(?:men|medan|fast|och|eftersom|då|vilket\s+innebär|efter\s+att|innan)\b|\s[–—]\s",
        "_AGREEMENT_WORD": r"\b(?:\w*avtal\w*|överenskommelse\w*|\w*samarbete\w*|fördrag\w*)",
        "_CLOSURE_WORD": r"\b(?:stäng\w*|" + _SV_CROSSING + r"|restriktion\w*|åtgärd\w*|beslut\w*|förbud\w*)",
        "_ALL_BUT": r"\b(?:alla|samtliga)\b[^.;]{0,80}?\b(?:utom|förutom|med\s+undantag\s+(?:för|av))\s+$",
        "_ALL_CLOSED": r"\bstäng\w*\s+(?:(?!nästan\b)\w+\s+){0,3}?(?:hela|alla|samtliga)\s+(?:\w+\s+){0,2}?(?:\w*gräns\w*|" + _SV_CROSSING + r")"
                       r"|\b(?:hela|alla|samtliga)\s+(?:\w+\s+){0,2}?(?:\w*gräns\w*|" + _SV_CROSSING + r")\s+(?:\w+\s+){0,4}?stäng\w*",
        "_REGION": r"\b(?:sydöst\w*|södra|norra|i\s+söder|i\s+norr)\b",
        "_ALL_OTHER": r"\b(?:alla\s+)?(?:övriga|andra)\b",
        "_BUT_ONE_SINGULAR": r"\b(?:utom|förutom)\s+(?:en|ett|den\s+nordligaste)\b",
        "_ALL_CLOSED_EXCEPT": r"^[^.;]{0,60}?\b(?:utom|förutom|undantag)\b",
        "_EXCEPT_IN": r"\b(?:utom|förutom|undantag)\b",
        "_RATE_AFTER": r"^[^.;,]{0,25}?\b(?:(?:per|om|i)\s+(?:dag|dagen|dygn|dygnet|vecka|veckan|månad|månaden|år|året)|dagligen|"
                       r"varje\s+dag)\b",
        "_RATE_BEFORE": r"\b(?:dagligen|i\s+genomsnitt|i\s+snitt)\s*$",
        "_RATE_UNIT": r"\b(?:(?P<week>vecka|veckan|veckligen)|(?P<month>månad|månaden|månadsvis)|(?P<year>år|året|årligen))\b",
        "_OF_THEM_AFTER": r"^\s+av\s+(?:dem|vilka|dessa)\b",
        "_SUBSET_MENTION": r"\bav\s+(?:dem|vilka|dessa)\b",
        "_SUBSET_AFTER": r"^\s*(?:av\s+(?:dem|vilka|dessa)|var\s+(?:barn|minderåriga|kvinnor))\b",
        "_POSSESSION_BEFORE": r"(?:\bhar\s+(?:totalt\s+|sammanlagt\s+)?|\btotalt\s+|\bsammanlagt\s+|\bav\s+(?:de\s+|sina\s+|dess\s+)?|"
                              r"\bfinns\s+(?:det\s+)?(?:totalt\s+)?)$",
        "_TOTAL_BEFORE": r"(?:\bhar\s+(?:totalt\s+|sammanlagt\s+)?|\btotalt\s+|\bsammanlagt\s+|\bfinns\s+(?:det\s+)?(?:totalt\s+)?)$",
        "_STATE_RIGHT_AFTER": r"\s+(?:öppn\w*|öppe[nt]|stängd\w*|i\s+drift)\b",
        "_ADDED": r"\b(?:ytterligare)\s+$",
        "_MORE_AFTER": r"^\s*(?:fler|till\s+(?=stängs|stängde|öppnas|öppnade|har))\b",
        "_MORE_IN": r"\s(?:fler|ytterligare)\b",
        "_ALL_MENTION": r"^(?:alla|samtliga|båda)\s",
        "_SUBSET_OF": r"\bav\s+(?:de\s+|sina\s+)?(?:\w+\s+)?(?:återstående|kvarvarande|övriga|andra|öppna|stängda|sista|södra|"
                      r"norra|största)\b",
        "_REMAINING_OF": r"\bav\s+(?:de\s+)?(?:\w+\s+)?(?:återstående|kvarvarande)\b",
        "_CLOSE_THE_REMAINING": r"\bstäng\w*\s+(?:även\s+|också\s+)?(?:de\s+)?(?:återstående|sista|resterande|kvarvarande)\s*$",
        "_LOCATION_BEFORE": r"\b(?:vid|genom|via|i|till|från|mellan|över)\s+(?:de\s+|dessa\s+|sina\s+)?$",
        "_STATE_IN": r"\b(?:öppn\w*|öppe[nt]|stäng\w*|i\s+drift|återstående|kvarvarande)",
        "_QUALIFIED": r"^\s*,?\s*(?:som)\s+(?:är\s+|fortfarande\s+)*(?:öppna|i\s+drift)\b",
        "_STILL_OPEN_IN": r"\b(?:fortfarande\s+öppn\w*|återstående|kvarvarande)\b",
    },
}
_LANGUAGE_RX = {lang: {name: re.compile(rx, re.I) for name, rx in cues.items()} for lang, cues in LANGUAGE_CUES.items()}
_NEVER = re.compile(r"(?!)")
# English patterns that were written inline in the rules, given a name here so the other languages can replace them
_SINCE = re.compile(r"since\b", re.I)
_SINCE_OR_FROM = re.compile(r"(?:since|from)\b", re.I)
_BY_BEFORE = re.compile(r"\b(?:before|by)\s+(?:the\s+)?$", re.I)
_UNTIL_AFTER = _FROM_AFTER = _BY_AFTER = _BY_TEXT = _ALL_BUT_AFTER = _ALL_WORD = _RATE_UNIT = _NEVER  # none in English


def _cue(name: str, language) -> re.Pattern:
    """The pattern rule *name* reads for an article in *language*: its own for ``ru`` / ``fi`` / ``sv``
    (``LANGUAGE_CUES``; never matching when that language has none), else the English one.

    >>> _cue("_PLAN", "ru").search("Финляндия закроет четыре КПП") is not None
    True
    >>> _cue("_PLAN", None) is _PLAN, _cue("_PLAN", "de") is _PLAN
    (True, True)
    """
    own = _LANGUAGE_RX.get(language)
    return globals()[name] if own is None else own.get(name, _NEVER)


def modality(sentence: str, start: int, end: int, *, attributed_: bool = False, language: str | None = None) -> str:
    """``hypothetical``, ``plan``, ``attributed`` or ``fact``: how the clause around a mention states it.

    >>> modality("Finland will close four crossings from Saturday.", 19, 33)
    'plan'
    >>> modality("Finland could close the whole border.", 0, 7)
    'hypothetical'
    >>> modality("Finland closed four crossings on Saturday.", 15, 29)
    'fact'
    >>> modality("Финляндия закроет четыре КПП с 18 ноября.", 18, 28, language="ru")
    'plan'
    """
    a, b = _clause(sentence, start, end, language)
    clause = sentence[a:b]
    if _cue("_HYPOTHETICAL", language).search(clause):
        return "hypothetical"
    if _cue("_PLAN", language).search(clause):
        return "plan"
    return "attributed" if attributed_ else "fact"


_CLAUSE_SEP = re.compile(r";|,\s+(?:while|but|whereas|although|though|and|as|after|before|leaving|keeping|making|bringing|meaning|"
                         r"explaining|saying|adding|noting|citing|arguing|stressing|"
                         r"shutting|compared\s+(?:to|with)|up\s+from|down\s+from)\b|\s[–—]\s|\bcompared\s+(?:to|with)\b"
                         r"|\s(?:after|following)\s(?!(?:midnight|noon)\b)"
                         # "has already closed seven ... and will shut down the final crossing on Thursday": two predicates
                         r"|\s+and\s+(?=(?:will|would|shall|has|have|had|is|are|was|were)\s)"
                         # "closed four crossings as Helsinki seeks to halt ...": the aim is another clause
                         r"|(?<!such)(?<!well)(?<!known)(?<!same)\s+as\s+(?=(?:[A-Z][\w'’-]+|the\s+\w+|it|they|he|she)\s+\w+s\b)")
# "two were then reopened but the border was closed again from ...": a new clause, unless an "all" or "every"
# before it makes it an exception ("all its crossings but the northernmost": _ALL_BUT)
_DASH = re.compile(r"\s[–—]\s")
_BUT_SEP = re.compile(r"\s+but\s+(?=(?:the|it|they|this|that|these|those|he|she|we|then|now|later|soon)\s)")


# "from Kenya, Morocco, Syria, and Yemen entered ...": the ", and" closing a list of names is not a clause break
_LIST_BEFORE = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
_LIST_AND = re.compile(r",\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\b(?!\s*,)")


def _clause_seps(sentence: str, lo: int, hi: int, language: str | None = None) -> list:
    """(start, end) of the clause separators in sentence[lo:hi]."""
    seps = [(m.start(), m.end()) for m in _cue("_CLAUSE_SEP", language).finditer(sentence, lo, hi)
            if not (_LIST_AND.match(sentence, m.start()) and _LIST_BEFORE.search(sentence, 0, m.start()))]
    all_but = _cue("_ALL_BUT", language)
    seps += [(m.start(), m.end()) for m in _cue("_BUT_SEP", language).finditer(sentence, lo, hi)
             if not all_but.search(sentence[:m.end()])]
    # "1,300 asylum seekers – primarily from Africa – crossed over": a pair of dashes sets off an aside, not a clause
    dashes = [m.start() for m in _DASH.finditer(sentence)]
    aside = {x for d1, d2 in zip(dashes, dashes[1:]) if d2 - d1 <= 100 for x in (d1, d2)}
    return sorted(x for x in seps if x[0] not in aside)


@lru_cache(maxsize=1 << 12)  # the rules ask again and again for the clauses of one sentence
def _clause(sentence: str, start: int, end: int, language: str | None = None) -> tuple[int, int]:
    """The clause around a mention: from the last ``;`` / ``, while`` / ``, but`` / ``, and`` before it to the next one."""
    before = [x[1] for x in _clause_seps(sentence[:start], 0, start, language)]
    a = before[-1] if before else 0
    after = _clause_seps(sentence, end, len(sentence), language)
    b = after[0][0] if after else len(sentence)
    return a, b


def fact_table(articles: pd.DataFrame, figures: pd.DataFrame | None = None, *, by: str = "source",
               topics: pd.DataFrame | None = None, subjects: str | Path = SUBJECTS_CSV) -> pd.DataFrame:
    """One row per stated fact (columns ``FACT_COLUMNS``): who states what about which subject, and when it holds.

    Built on ``statements`` (one sentence per topic it speaks to, with the value read from it),
    each fact gets: its ``subject`` (which border or agreement, from ``fact_subjects.csv``) and
    ``scope`` (a named crossing, for arrivals); its ``quantity`` (``QUANTITIES``); a numeric
    ``bound`` and ``low``..``high`` for counts; the ``modality`` of its clause; and
    ``refers_start``..``refers_end``, the time the value is about, with ``time_from`` saying how it
    was fixed (``TIME_FROM``) and ``time_fixed`` whether it is fixed enough to contradict another.
    ``comparable`` is False (with ``why_not``) for facts that are kept but never compared (a subset,
    an increment with no earlier count to add it to). ``source`` is the pairing key (``by``).
    Rules: ``helpers/data/claims.md``.

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.extract.stated import stated_figures
    >>> arts = load_corpus(SEEDS)
    >>> f = fact_table(arts, stated_figures(arts))
    >>> f[f.quantity == "crossings_open"][["value", "time_from", "time_fixed"]].values.tolist()
    [['1 of 8 open', 'sentence date', True]]
    """
    from ..extract.stated import stated_figures
    if figures is None:
        figures = stated_figures(articles)
    topics = load_topics() if topics is None else topics
    rows, published = fact_rows(articles, figures, by=by, topics=topics, subjects=subjects)
    return finish_facts(rows, published, articles, by=by, topics=topics, subjects=subjects)


def fact_rows(articles: pd.DataFrame, figures: pd.DataFrame, *, by: str = "source", topics: pd.DataFrame | None = None,
              subjects: str | Path = SUBJECTS_CSV, span="own") -> tuple[pd.DataFrame, dict]:
    """The first, per-article part of ``fact_table``: each statement's facts as its article alone gives them,
    and each article's publication day. ``span``: the corpus's dated span (``dated_span``) when *articles* is a
    part of a larger corpus (a URL's Unix time is checked against it; None: the corpus has none); default
    (``"own"``), the span of *articles*.
    Any split of a corpus by article gives the same rows (``helpers.engine``)."""
    topics = load_topics() if topics is None else topics
    rows, published = _fact_rows(articles, figures, by=by, topics=topics, subjects=subjects, span=span)
    return pd.DataFrame.from_records(rows, columns=FACT_COLUMNS) if rows else pd.DataFrame(columns=FACT_COLUMNS), published


def finish_facts(rows: pd.DataFrame, published: dict, articles: pd.DataFrame, *, by: str = "source",
                 topics: pd.DataFrame | None = None, subjects: str | Path = SUBJECTS_CSV,
                 windows: dict | None = None) -> pd.DataFrame:
    """The corpus-wide part of ``fact_table``, on the rows of every part (``fact_rows``, in corpus order): totals
    from the corpus, increments, undated articles read again against what the corpus places them by, and the
    windows their own dates give (``windows``: ``own_windows`` of every undated article, when computed per part)."""
    from ..extract.stated import stated_figures
    topics = load_topics() if topics is None else topics
    out = _post_process(rows)
    again, marks = _undated_to_read_again(articles, out, published)
    if len(again):  # undated articles the corpus places: read again against its estimate, shown as one
        redo = _fact_rows(again, stated_figures(again), by=by, topics=topics, subjects=subjects)[0]
        for r in redo:
            marks[r["article_id"]](r)
        # the other articles' rows as they are (a table), the re-read ones from their records: no record of every row
        kept = rows[~rows["article_id"].isin(list(marks))].reindex(columns=FACT_COLUMNS)
        out = _post_process(concat_parts([kept, pd.DataFrame.from_records(redo, columns=FACT_COLUMNS)]))
    out = _apply_corpus_estimates(out, articles)
    out = _apply_own_windows(out, articles, published, windows)
    out["change"] = out["change"].astype(object).where(out["change"].notna(), False)  # only crossings counts have one
    for col in ("start", "end", "refers_start", "refers_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    for col in ("num", "low", "high", "total", "open", "span_start", "span_end"):
        out[col] = pd.to_numeric(out[col]).astype(float)
    out["throughout"] = out["throughout"].astype(object).where(out["throughout"].notna(), False)
    for col in ("time_fixed", "comparable", "attributed", "throughout", "change"):
        out[col] = out[col].astype(bool)
    order = {t: i for i, t in enumerate(topics["topic"])}
    out["_t"] = out["topic"].map(order)
    out = out.sort_values(["_t", "article_id", "sentence_no", "span_start"], kind="stable").drop(columns="_t")
    out["fact_id"] = range(len(out))
    return _settled(out.reset_index(drop=True))


_CHANGE_VERB = re.compile(r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|opened|opens|opening|reopen\w*|seal(?:s|ed|ing)?|"
                          r"suspend(?:s|ed|ing)?|stop(?:s|ped)?\s+working)\b", re.I)
_STATE_BEFORE = re.compile(r"\b(?:is|are|be|been|remains?|remained|remaining|stays?|stayed|still|kept|keeps?|"
                           r"keeping|left)\s+(?:\w+\s+)?$", re.I)


def _is_change(sentence: str, s: int, e: int, *, language: str | None = None) -> bool:
    """True when the clause around ``sentence[s:e]`` states a change at its time (*closed four crossings in
    November*, *will reopen two this week*), False for a state said to hold then (*four were closed*, *remain closed*).

    >>> _is_change("In November, Finland closed all eight crossings.", 29, 38)
    True
    >>> _is_change("Four crossings remain closed.", 0, 4)
    False
    >>> _is_change("С 18 ноября закрыты четыре КПП.", 20, 30, language="ru")  # a short participle: a state
    False
    """
    a, b = _clause(sentence, s, e, language)
    state_before = _cue("_STATE_BEFORE", language)
    return any(not state_before.search(sentence[a:m.start()]) for m in _cue("_CHANGE_VERB", language).finditer(sentence, a, b))


def _fact_rows(articles, figures, *, by, topics, subjects, span="own") -> tuple[list[dict], dict]:
    """The fact rows of every statement, before totals, increments and estimates are resolved, and each
    article's publication day (from its header, URL or dateline)."""
    sents = corpus_sentences(articles, fields=FIELDS)
    st = statements(articles, figures, by=by, topics=topics, sents=sents)
    published, pub_from = _publication_days(articles, sents, span=span)
    rule_of = dict(zip(topics["topic"], topics["rule"]))
    lang_of = _languages(articles)
    text_of = {(a, int(n), f): t for a, n, f, t in zip(sents["article_id"], sents["sentence_no"], sents["field"], sents["text"])}
    dates_in: dict = {}
    fd = figures[figures["kind"] == "date"] if len(figures) else figures
    for d in (fd.itertuples(index=False) if len(fd) else ()):
        dates_in.setdefault((d.article_id, d.sentence_no), []).append(d)
    rows = []
    for r in st.to_dict("records"):
        if r["value"] == "" and r["kind"] != "count":
            continue
        r["rule"] = rule_of.get(r["topic"], "")
        r["language"] = lang_of.get(r["article_id"])
        r["before"] = text_of.get((r["article_id"], int(r["sentence_no"]) - 1, r["field"]), "")
        rows.extend(_facts_of(r, published.get(r["article_id"], pd.NaT), pub_from.get(r["article_id"]), subjects,
                              dates_in.get((r["article_id"], r["sentence_no"]), ())))
    rows.extend(_all_closed_facts(articles, st, figures, published, pub_from, by, subjects, sents))
    return rows, published


def _editable(facts: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python objects while the rules edit rows one by one (a row written into an Arrow-backed
    text column copies the whole column: quadratic on a large corpus); ``_settled`` makes them text again."""
    text = [c for c in facts.columns if facts[c].dtype == "str"]
    return facts.astype({c: object for c in text}) if text else facts


def _settled(facts: pd.DataFrame) -> pd.DataFrame:
    """Columns holding only text (and gaps) as pandas text again, as ``DataFrame.from_records`` gives them."""
    text = [c for c in facts.columns if facts[c].dtype == object and len(facts[c].dropna())
            and all(isinstance(v, str) for v in facts[c].dropna())]
    return facts.astype({c: "str" for c in text}) if text else facts


def typed_as_one(table: pd.DataFrame) -> pd.DataFrame:
    """*table* (rows of several parts put together) with each loosely typed column typed as if all its rows had been
    built at once, as ``DataFrame.from_records`` types them (a text column with gaps in one part and none in
    another is one text column)."""
    loose = {c: object for c in table.columns if table[c].dtype == object or table[c].dtype == "str"}
    return table.astype(loose).infer_objects()


def concat_parts(frames: list[pd.DataFrame], *, ignore_index: bool = True) -> pd.DataFrame:
    """Rows of the parts in corpus order, typed as the whole corpus's table is: parts with no rows add none and do
    not change the column types, and a column the parts type differently (text in one, only gaps in another) is
    typed as if its rows had been built at once (``typed_as_one``).

    >>> a, b = pd.DataFrame({"x": ["open", None]}), pd.DataFrame({"x": [None]})
    >>> str(pd.concat([a, b])["x"].dtype), str(concat_parts([a, b])["x"].dtype)
    ('object', 'str')
    """
    full = [f for f in frames if len(f)]
    if not full:
        return frames[0].reset_index(drop=True) if ignore_index else frames[0]
    out = pd.concat(full, ignore_index=ignore_index)
    mixed = [c for c in out.columns if len({str(f[c].dtype) for f in full if c in f.columns}) > 1]
    if mixed:
        out[mixed] = typed_as_one(out[mixed])
    return out


def _post_process(rows) -> pd.DataFrame:
    if isinstance(rows, pd.DataFrame):  # the parts' rows
        out = typed_as_one(rows.reindex(columns=FACT_COLUMNS).reset_index(drop=True))
    else:
        out = pd.DataFrame.from_records(rows, columns=FACT_COLUMNS) if rows else pd.DataFrame(columns=FACT_COLUMNS)
    out = _editable(out)
    out = _drop_anaphoric_totals(out)
    out = _fill_totals(out)
    out = _added_arrivals(out)
    return _resolve_increments(out)


_ADDED_WHY = "an addition (more / another) to a count stated before for the same time"


def _added_arrivals(facts: pd.DataFrame) -> pd.DataFrame:
    """"71 arrived on Saturday ... On Saturday evening, two more": an addition to a count of the same article for the same
    time is not that time's count (kept, not compared). "91 since August ...; on Monday 39 more": a count for a time of
    its own stays a count."""
    added = facts.index[facts["key"].astype(str).str.startswith("arrivals|added|")]
    if not len(added):
        return facts
    facts = facts.copy()
    rows_of = {a: g.index for a, g in facts[facts["article_id"].isin(set(facts.loc[added, "article_id"]))]
               .groupby("article_id", sort=False)}
    for i in added:
        f = facts.loc[i]
        art = facts.loc[rows_of[f["article_id"]]]  # the article's own rows, as they are now
        before = art[(art["quantity"] == "arrivals") & (art.index != i)
                     & ((art["sentence_no"] < f["sentence_no"]) | ((art["sentence_no"] == f["sentence_no"])
                                                                  & (art["span_end"] <= f["span_start"])))
                     & art["comparable"].astype(bool) & ~art["key"].astype(str).str.startswith("arrivals|added|")]
        same_time = [j for j in before.index if pd.isna(f["refers_start"]) or pd.isna(before.at[j, "refers_start"]) or (
            before.at[j, "refers_start"] <= f["refers_end"] and f["refers_start"] <= before.at[j, "refers_end"]
            if pd.notna(f["refers_end"]) and pd.notna(before.at[j, "refers_end"]) else False)]
        if same_time:
            facts.loc[i, ["comparable", "why_not"]] = [False, _ADDED_WHY]
        else:
            num, bound = float(f["num"]), f["bound"]
            facts.loc[i, ["value", "key"]] = [_bounded_words(num, bound), f"arrivals|{num}|{bound}"]
    return facts


ESTIMATE_MAX_DAYS = 2  # an undated article is read against a corpus estimate of its day only when it is this narrow
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _undated_to_read_again(articles: pd.DataFrame, facts: pd.DataFrame, published: dict) -> tuple[pd.DataFrame, dict]:
    """The undated articles to read again, with what the corpus gives them, and how to mark each one's facts.

    An article placed on a day (``_undated_estimates``) takes that day as its publication date; a
    year-less dateline's day keeps its facts fixed (only the year is inferred), any other estimate
    leaves them unfixed. An article whose own text cannot place its year-less dates (and infers no
    year itself) takes, when at least ``SPAN_SHARE`` of the corpus's dated articles lie within a year, the year nearest them.
    """
    undated = {a for a, p in published.items() if pd.isna(p)}
    est = _undated_estimates(articles, facts, undated=undated)
    marks: dict = {}
    parts = []
    if len(est):
        day = articles.loc[list(est.index)].copy()
        day["published"] = est["day"].astype("datetime64[ns]")
        from_dateline = est["basis"].str.startswith("dateline: ")
        day["published_from"] = np.where(from_dateline.to_numpy(), "dateline (year from the corpus)", "corpus estimate")
        parts.append(day)
        for aid, basis in est["basis"].items():
            marks[aid] = (partial(_mark_dateline, basis=basis.removeprefix("dateline: ")) if basis.startswith("dateline: ")
                          else partial(_mark_estimated, basis=basis))
    unplaced = set(facts.loc[facts["time_text"].str.contains("could not be placed", regex=False, na=False), "article_id"])
    inferred = facts[facts["time_text"].str.contains("year inferred from the text", regex=False, na=False)]
    own_year = set(inferred["article_id"])
    span = dated_span(articles)
    far = set()
    if span is not None and len(inferred):
        # "during the migration crisis of 2015 ... on November 15": a text whose only year is background infers that
        # year for its year-less dates; one far outside the corpus's dated year is read again against the corpus
        years = inferred.groupby("article_id")["refers_start"].agg(lambda x: x.dt.year.dropna().median())
        far = {a for a, y in years.items() if pd.notna(y) and not span[0].year - 1 <= y <= span[1].year + 1}
    rest = sorted((undated - set(est.index)) & ((unplaced - own_year) | far))
    months = {aid: m for aid in rest if (m := _url_month_of(articles, aid)) is not None}
    if months:  # "/2023/11/finland-to-shut-border": the URL gives the year of "in November"
        by_month = articles.loc[list(months)].copy()
        by_month["year_anchor"] = [m.start_time + (m.end_time - m.start_time) / 2 for m in months.values()]
        parts.append(by_month)
        marks.update({aid: partial(_mark_dateline, basis=(f"the year from the URL's month, {m.strftime('%B %Y')}"
                                                          if _url_month(articles, aid) is not None else
                                                          f"the year from its date stamp's month, {m.strftime('%B %Y')}"))
                      for aid, m in months.items()})
        rest = [aid for aid in rest if aid not in months]
    if rest and span is not None:
        lo, hi = span
        year = articles.loc[rest].copy()
        year["year_anchor"] = lo + (hi - lo) / 2
        parts.append(year)
        basis = f"year-less dates take the year nearest the corpus's dated articles ({_day(lo)} to {_day(hi)}); an estimate"
        marks.update({aid: partial(_mark_estimated, basis=basis) for aid in rest})
    return (pd.concat(parts) if parts else articles.iloc[:0]), marks


_NO_DAY = "not fixed: the article has no publication date"


def own_windows(articles: pd.DataFrame, published: dict, *, span="own") -> dict:
    """``{article: (earliest, latest, month)}``: the window an undated article's own dates give its publication
    (``estimate_publication``; year-less days in the year nearest the corpus's dated articles, ``span``, by
    default the span of *articles*), bounded by its URL's month. Per article: a part of a corpus computes its own,
    given the corpus's span (``helpers.engine``)."""
    from ..extract.stated import _document
    span = dated_span(articles) if isinstance(span, str) else span
    anchor = span[0] + (span[1] - span[0]) / 2 if span is not None else None
    out = {}
    for aid in sorted(a for a, p in published.items() if pd.isna(p) and a in articles.index):
        month = _url_month_of(articles, aid)
        w = estimate_publication(_document(articles.loc[aid], FIELDS)[0],
                                 year_anchor=anchor if month is None else month.start_time + pd.Timedelta(days=14))
        out[aid] = (w["earliest"], w["latest"], month)
    return out


def _apply_own_windows(facts: pd.DataFrame, articles: pd.DataFrame, published: dict, windows: dict | None = None) -> pd.DataFrame:
    """An undated article's facts that hold *as of publication* (or after it, or before it) take the window its
    own dates give its publication (``own_windows``): still not fixed, so never a contradiction, but far enough
    from another time they are different dates (*the last one closed on November 28* ... *until January 14*:
    some day between)."""
    undated = sorted(a for a, p in published.items() if pd.isna(p))
    if not undated or not len(facts):
        return facts
    facts = facts.copy()
    open_end = facts["time_text"].astype(str).str.startswith("not fixed: from ")  # "since August" to a day not stated
    open_rows = facts.index[(facts["refers_start"].isna() | open_end) & facts["refers_end"].isna() & ~facts["time_fixed"].astype(bool)]
    by_article = pd.Series(open_rows, index=facts.loc[open_rows, "article_id"].to_numpy()).groupby(level=0).agg(list).to_dict() \
        if len(open_rows) else {}
    needed = [aid for aid in undated if len(by_article.get(aid, []))]
    if windows is None:
        windows = own_windows(articles, {aid: pd.NaT for aid in needed})
    start, end, texts = {}, {}, {}  # the new values by row, written at the end (one write per column)
    for aid in needed:
        rows = by_article[aid]
        lo, hi, month = windows[aid]
        if month is not None:  # the URL's month bounds the publication too
            first, last = month.start_time.normalize(), month.end_time.normalize()
            lo = first if pd.isna(lo) or lo < first or lo > last else lo
            hi = last if pd.isna(hi) or hi > last or hi < first else hi
        if pd.isna(lo) and pd.isna(hi):
            continue
        note = " and ".join(([f"after {_day(lo)}"] if pd.notna(lo) else []) + ([f"before {_day(hi)}"] if pd.notna(hi) else []))
        whose = ("the article's own dates" if month is None else
                 f"the URL's month ({month.strftime('%B %Y')}) and the article's own dates" if _url_month(articles, aid) is not None else
                 f"its date stamp's month ({month.strftime('%B %Y')}) and its own dates")
        note = f" ({whose} place its publication {note}; an estimate)"
        for i in rows:
            text = str(facts.at[i, "time_text"])
            if text == _NO_DAY:
                start[i], end[i] = lo, hi
            elif text.startswith("not fixed: a plan with no date") and pd.notna(lo):
                start[i] = lo
            elif text.startswith(("not fixed: a past event with no date", "not fixed: no period stated", "not fixed: at most a day",
                                  "not fixed: a period of stated length", "not fixed: from ")) and pd.notna(hi):
                end[i] = hi
            elif (m := _UNPLACED.match(text)) is not None:
                # "on Tuesday", "last month": a relative date moves with the publication day, so it lies
                # between its reading on the window's first day and its reading on the last
                sent = str(facts.at[i, "sentence"])
                language = articles.at[aid, "language"] if "language" in articles.columns else None
                ends = [_relative_at(sent, m.group(1), day, language=language) for day in (lo, hi)]
                if ends[0] is None and ends[1] is None:
                    continue
                start[i], end[i] = ends[0][0] if ends[0] else pd.NaT, ends[1][1] if ends[1] else pd.NaT
            else:
                continue
            texts[i] = text + note
    for col, new in (("refers_start", start), ("refers_end", end), ("time_text", texts)):
        if new:
            facts.loc[list(new), col] = list(new.values())
    return facts


_UNPLACED = re.compile(r"^not fixed: its date \((.+)\) could not be placed on the calendar$")


def _relative_at(sentence: str, mention: str, day, *, language: str | None = None) -> tuple | None:
    """(start, end) of the relative date *mention* of *sentence* read as if published on *day*, or None."""
    if pd.isna(day):
        return None
    for d in date_finder(language)(sentence, day):
        if d[0] == mention and pd.notna(d[3]):
            return d[3], d[4]
    return None


def _url_month(articles: pd.DataFrame, aid) -> pd.Period | None:
    return url_month(articles.at[aid, "url"]) if "url" in articles.columns else None


def _url_month_of(articles: pd.DataFrame, aid) -> pd.Period | None:
    """The month the article's URL (``/2023/11/``) or a month-only date stamp (`` date 2023-11``) gives, or None."""
    month = _url_month(articles, aid)
    stamp = articles.at[aid, "published_month"] if "published_month" in articles.columns else ""
    return month if month is not None or not isinstance(stamp, str) or not stamp else pd.Period(stamp, freq="M")


def _mark_dateline(r: dict, basis: str) -> None:
    """A fact of an article dated by its dateline's day and the corpus's only year: as sure as a dateline."""
    if r.get("time_from") in ("sentence date", "tense + publication date"):
        r["time_text"] = f"{r['time_text']} ({basis})"


def _firm(est: pd.DataFrame) -> pd.DataFrame:
    """The estimates firm enough to place an article: a state holds for days, so one dated article stating it
    places an undated one only loosely and two are needed; a day's exact count with its weekday ("55 on
    Tuesday") is specific enough on its own."""
    return est[(est["n_articles"] >= 2) | est["basis"].str.contains("weekday")]


def _undated_estimates(articles: pd.DataFrame, facts: pd.DataFrame, *, undated: set) -> pd.DataFrame:
    """``day`` and ``basis`` (indexed by article) for undated articles the corpus places on one or two days: the
    dated articles stating the same facts (``corpus_publication_estimates``), or a year-less dateline whose
    year is the only one inside the span of the corpus's dated articles."""
    if not undated or "published" not in articles.columns:
        return pd.DataFrame(columns=["day", "basis"])
    rows = {}
    est = _firm(corpus_publication_estimates(articles, facts, max_days=ESTIMATE_MAX_DAYS - 1))
    est = est[est["article_id"].isin(undated)]
    for r in est.itertuples(index=False):
        rows[r.article_id] = (r.estimate_latest, f"publication day estimated from the corpus: {r.basis}")
    dated = articles["published"].dropna()
    if len(dated) and "dateline" in articles.columns:
        from ..extract.stated import dateline_month_day
        lo, hi = dated.min() - pd.Timedelta(days=31), dated.max() + pd.Timedelta(days=31)
        for aid in sorted(undated):
            md = dateline_month_day(articles.at[aid, "dateline"]) if aid not in rows else None
            if md is None:
                continue
            fits = [pd.Timestamp(y, *md) for y in range(lo.year, hi.year + 1) if _valid_day(y, *md)]
            fits = [d for d in fits if lo <= d <= hi]
            if len(fits) == 1:
                rows[aid] = (fits[0], f"dateline: the dateline gives {articles.at[aid, 'dateline'].strip()!r} with no year; "
                                      f"{fits[0].year} is the only year inside the span of the corpus's dated articles "
                                      f"({_day(dated.min())} to {_day(dated.max())})")
    return pd.DataFrame.from_dict(rows, orient="index", columns=["day", "basis"])


YEAR_SPAN_MAX_DAYS = 366  # a corpus whose dated articles span at most this long fixes the year of an undated one's dates


SPAN_SHARE = 0.8  # the share of dated articles that must lie within a year for their span to anchor year-less dates


def dated_span(articles: pd.DataFrame):
    """(first, last) publication day of the corpus's dated articles within the year that holds most of them, when
    that year holds at least ``SPAN_SHARE`` of them (one page dated by a stray URL does not undo the rest); else None."""
    if "published" not in articles.columns:
        return None
    days = sorted(articles["published"].dropna().dt.normalize())
    if not days:
        return None
    best = (0, 0)
    j = 0
    for i in range(len(days)):  # the widest run of days no more than a year apart
        while (days[i] - days[j]).days > YEAR_SPAN_MAX_DAYS:
            j += 1
        if i - j > best[1] - best[0]:
            best = (j, i)
    j, i = best
    return (days[j], days[i]) if i - j + 1 >= SPAN_SHARE * len(days) else None


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        pd.Timestamp(y, m, d)
        return True
    except ValueError:
        return False


def _mark_estimated(r: dict, basis: str) -> None:
    """A fact of an article read against an estimated day: its time rests on the estimate, so it is not fixed
    (it may still show different dates, never a contradiction), unless its own date states the year."""
    if r.get("time_from") not in ("sentence date", "tense + publication date"):
        return
    head = str(r.get("time_text", "")).split(" (")[0]
    if r["time_from"] == "sentence date" and _YEAR_IN.search(head) and not head.startswith("for the closure"):
        return  # "on 18 November 2023": the estimate plays no part
    r["time_from"] = "corpus estimate"
    r["time_fixed"] = False
    r["published_from"] = "corpus estimate"
    r["time_text"] = f"{r['time_text']} ({basis})"


def _publication_days(articles: pd.DataFrame, sents: pd.DataFrame, *, span="own") -> tuple[dict, dict]:
    """Each article's publication day and where it comes from; an undated article with a dateline
    (``HELSINKI, November 22. /TASS/.``) takes the dateline's day, its year inferred from the text."""
    from ..extract.stated import dateline_date
    published, pub_from = {}, {}
    n = len(articles)
    pubs = articles["published"].tolist() if "published" in articles.columns else [pd.NaT] * n
    srcs = articles["published_from"].tolist() if "published_from" in articles.columns else [None] * n
    lines = articles["dateline"].tolist() if "dateline" in articles.columns else [None] * n
    has_url = "url" in articles.columns
    undated = {aid for aid, p in zip(articles.index, pubs) if pd.isna(p)}  # only their text is needed
    own = sents[sents["article_id"].isin(undated)] if len(sents) and undated else sents.iloc[:0]
    text = own.groupby("article_id", sort=False)["text"].agg(" ".join).to_dict() if len(own) else {}
    for aid, p, src, line in zip(articles.index, pubs, srcs, lines):
        if pd.isna(p) and isinstance(line, str) and line:
            hint = dateline_date(line, text.get(aid, ""))
            if hint is not None:
                p, src = hint[0], "dateline (year inferred)"
        if pd.isna(p) and has_url:
            unix = _checked_unix_day(articles, aid, text.get(aid, ""), span=span)
            if unix is not None:
                p, src = unix, "url (Unix time)"
        published[aid] = pd.Timestamp(p).normalize() if pd.notna(p) else pd.NaT
        pub_from[aid] = src if isinstance(src, str) else ""
    return published, pub_from


UNIX_SPAN_DAYS = 31  # a URL's Unix time dates an article only within this many days of the corpus's dated span


def _checked_unix_day(articles: pd.DataFrame, aid, text: str, *, span="own"):
    """The day a URL's Unix time gives (``url_unix_day``) when it is plausible: inside the corpus's dated span
    (give or take ``UNIX_SPAN_DAYS``) and inside the window the article's own dates give its publication (read
    in that day's year). A ten-digit article id that is not a time falls years away and is not used."""
    day = url_unix_day(articles.at[aid, "url"])
    span = (dated_span(articles) if isinstance(span, str) else span) if day is not None else None
    if span is None or not (span[0] - pd.Timedelta(days=UNIX_SPAN_DAYS) <= day <= span[1] + pd.Timedelta(days=UNIX_SPAN_DAYS)):
        return None
    w = estimate_publication(text, year_anchor=day)
    if (pd.notna(w["earliest"]) and day < w["earliest"].normalize()) or (pd.notna(w["latest"]) and day > w["latest"]):
        return None
    return day


def _fill_totals(facts: pd.DataFrame) -> pd.DataFrame:
    """A crossings count with no stated total takes the total its article states for the same subject, else the
    most common total the corpus states for that subject (``total_from`` says which); the open count follows."""
    if not len(facts):
        return facts
    facts = facts.copy()
    totals = facts[facts["quantity"] == "crossings_total"]
    article, corpus = _modes(totals, ["article_id", "subject"]), _modes(totals, ["subject"])
    need = facts.index[facts["quantity"].isin(["crossings_open", "crossings_closed"]) & facts["total"].isna()
                       & (facts["bound"] != "added")]
    if not len(need):
        return facts
    sub = facts.loc[need]
    own = pd.Series([article.get((a, b)) for a, b in zip(sub["article_id"], sub["subject"])], index=need, dtype=float)
    theirs = pd.Series([corpus.get((b,)) for b in sub["subject"]], index=need, dtype=float)
    total = own.where(own.notna(), theirs)
    known = total.notna()
    if not known.any():
        return facts
    idx = total.index[known]
    facts.loc[idx, "total"] = total[known].to_numpy()
    facts.loc[idx, "total_from"] = np.where(own[known].notna(), "article", "corpus")
    closed = idx[(facts.loc[idx, "state"] == "closed").to_numpy()]
    facts.loc[closed, "open"] = (facts.loc[closed, "total"].astype(float) - facts.loc[closed, "num"].astype(float)).to_numpy()
    return facts


def _modes(df: pd.DataFrame, keys: list[str]) -> dict:
    """``{key tuple: the most common num}`` per group of *keys* (the smallest of equally common ones)."""
    if not len(df):
        return {}
    n = df.groupby([*keys, "num"]).size().reset_index(name="_n")
    n = n.sort_values([*keys, "_n", "num"], ascending=[True] * len(keys) + [False, True], kind="stable")
    first = n.drop_duplicates(keys)
    return {tuple(k): v for k, v in zip(first[keys].itertuples(index=False, name=None), first["num"])}


_ACCUSATION = re.compile(r"(?:blam|accus)\w*\b|held\b|holds?\b", re.I)


def _facts_of(r: dict, published, pub_from, subjects, sent_dates=()) -> list[dict]:
    sentence = r["sentence"]
    sent_start = r["sent_start"] if pd.notna(r.get("sent_start")) else 0
    s = int(r["span_start"] - sent_start) if pd.notna(r.get("span_start")) else max(sentence.find(r["mention"] or ""), 0)
    e = int(r["span_end"] - sent_start) if pd.notna(r.get("span_end")) else s + len(r["mention"] or "")
    language = r.get("language")
    subject, scope = subject_of(r["topic"], sentence, s, e, path=subjects, before=r.get("before", ""), language=language)
    # "the council accused Russia", "he blamed Finland": an accusation is its speaker's words, whoever reports it
    said = bool(r["attributed"]) or (r.get("rule") == "blame" and bool(_ACCUSATION.match(str(r["mention"] or ""))))
    mod = modality(sentence, s, e, attributed_=said, language=language)
    base = {
        "article_id": r["article_id"], "label": r["label"], "source": r["group"], "topic": r["topic"],
        "subject": subject, "scope": scope, "field": r["field"], "sentence_no": r["sentence_no"], "sentence": sentence,
        "span_start": r.get("span_start"), "span_end": r.get("span_end"), "mention": r["mention"], "value": r["value"],
        "key": r["key"], "actor": r.get("actor"), "start": r.get("start"), "end": r.get("end"),
        "granularity": r.get("granularity"), "inferred": r.get("inferred"), "modality": mod,
        "attributed": said, "published_from": pub_from or "", "comparable": True, "why_not": "",
        "bound": "", "state": None, "total": np.nan, "total_from": "", "open": np.nan, "num": np.nan,
        "low": np.nan, "high": np.nan,
    }
    if r["kind"] == "count":
        if r["value"] == "":
            return []
        return _count_facts(r, base, sentence, s, e, published, pub_from, sent_dates, subjects=subjects)
    base["quantity"] = _TOPIC_QUANTITY[r["topic"]]
    if r["topic"] == "agreement_expiry" and _about_closure(sentence, s, language=language):
        return []  # "the closure, decided under a 2012 agreement, will remain in force until January 14"
    if r["topic"] == "closure_end" and not _about_closure(sentence, s, language=language):
        return []  # "the agreement remains in force until ...": the agreement's end, not a closure's
    if r["kind"] == "date":
        if r["topic"] == "closure_end":
            # the closure a stated end date belongs to: its start when the sentence gives one,
            # else the day the statement was published (a later decision may move the end)
            if pd.notna(r.get("closure_said_start")):
                base.update(refers_start=r["closure_said_start"], refers_end=r["closure_said_end"], time_from="sentence date",
                            time_fixed=True, time_text="as decided or said " + _span(r["closure_said_start"], r["closure_said_end"]))
            elif pd.notna(r.get("closure_start")):
                base.update(refers_start=r["closure_start"], refers_end=r["closure_start"], time_from="sentence date",
                            time_fixed=True, time_text="for the closure starting " + _day(r["closure_start"]))
            else:
                base.update(**_publication_time(published, pub_from, "as stated on publication"))
        else:
            base.update(refers_start=r["start"], refers_end=r["end"], time_from="sentence date", time_fixed=True,
                        time_text="")
        base["value"] = _LEAD.sub("", describe_date(r.get("date_text") or r["value"], r["start"], r["end"], r.get("granularity"), r.get("inferred")))
        return [base]
    # actors and reasons are not tied to a day here: an agreement is ended once
    base.update(refers_start=pd.NaT, refers_end=pd.NaT, time_from="not fixed", time_fixed=True, time_text="")
    if r["topic"] == "barriers" and pd.notna(r.get("start")):
        base.update(time_text=describe_date(r.get("date_text"), r.get("start"), r.get("end"), r.get("granularity"), r.get("inferred")))
    return [base]


_SINCE_ONLY = re.compile(r"\bsince\s+(?:the\s+(?:beginning|start|end|middle|first\s+day|last\s+day)\s+of\s+|early\s+|late\s+|mid-?)?$", re.I)


def _earlier_phrase(sentence: str, a: int, s: int, language: str | None = None):
    """The *after ...ing* / *before ...ed* phrase holding position ``s`` of its clause (which starts at ``a``), or None."""
    m = _cue("_EARLIER_CLAUSE", language).search(sentence[a:s])
    if m:
        return m
    if language not in _LANGUAGE_RX and re.search(r"\b(?:after|before|following)\s*$", sentence[:a]):
        return re.match(r"\s*(?:\w+\s+){0,2}?\w+(?:ing|ed)\b[^,;]*$", sentence[a:s])
    return None


_SAID = re.compile(r"(?:said|says|told|reported|confirmed|became\s+known|emerged)\b", re.I)
_SAID_AFTER_PLAN = re.compile(r",[^.;]{0,80}\b(?:said|says|told|announced|stated|declared|reported|confirmed)\s+"
                              r"(?:\w+\s+){0,3}?(?:on|in|at|late|early|last)?\s*(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|told|reported|reports|announced|stated|declared|confirmed|wrote|"
                                r"claimed)\s+(?:\w+\s+)?(?:on|in|late|early|last)?\s*(?:the\s+)?$", re.I)
_THAT_NEXT = re.compile(r"\s*,?\s*that\b", re.I)
_SO_FAR = re.compile(r"\bthis\s+(?:week|month|year)\b|\bso\s+far\b", re.I)
_DECIDED_TO = re.compile(r"\b(?:decided|decides|agreed|announced|announces|approved|proposed|said|says|told|"
                         r"ordered|voted|became\s+known|emerged|was\s+announced|reported|confirmed|"
                         r"(?:made|makes|took|takes|reached)\s+(?:a|the)\s+decision)\b[^.;]{0,60}?\b(?:to|that|it\s+would|it\s+will)\b", re.I)
_RESULT_AT_END = re.compile(r"\b(?:leaving|keeping|making|bringing|meaning|shutting|closing|so\s+that)$", re.I)
# "In recent weeks, Finland had already closed ...": before the time of the sentence before, not at it
_EARLIER_THAN_PREV = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|ut)\b"
                                r"|\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|previous|preceding)\s+(?:few\s+)?(?:days|weeks|months)\b", re.I)
# "Now the Finns are closing four more": the sentence speaks of its own (publication) time, not of the one before
_NOW_WORDS = re.compile(r"\b(?:now|currently|at present|presently|today|tonight)\b", re.I)
# "have arrived", "has crossed": a count running up to the time of writing
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:arrived|crossed|entered|come|reached|applied|sought|"
                              r"been\s+(?:registered|recorded|detained|counted))\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+){0,2}?(?:been|stayed|remained|stood)\b", re.I)


def _time_of(sentence: str, s: int, e: int, sent_dates, sent_start: int, *, flow: bool, modality: str, field: str,
             published, pub_from, prev=None, language: str | None = None) -> dict:
    """When a value at ``sentence[s:e]`` holds: ``refers_start``, ``refers_end``, ``time_from``, ``time_fixed``,
    ``time_text`` and ``throughout`` (the value is said to hold on every day of the interval: *since Saturday*).

    In order: a date in the value's own clause (for a result clause, *leaving only one open*, the main
    clause's date); *since X* (a state holds from the end of X to publication; a count runs from X to
    the stated end or publication); a date of the sentence before when this one has none (states);
    an *after ...ing* phrase (an earlier state: not fixed); a period counted back from an unstated day
    (*in the past two weeks*: not fixed); a plan or hypothesis with no date (not fixed); a past event with
    no date (not fixed); a title's tense (not fixed: headlines put news in the present); else the
    publication day (present or perfect tense). *language*: the article's (its own cues, ``LANGUAGE_CUES``)."""
    def cue(name):
        return _cue(name, language)

    a, b = _clause(sentence, s, e, language)
    earlier = _earlier_phrase(sentence, a, s, language)
    result_at_end = cue("_RESULT_AT_END")
    result = bool(result_at_end.search(sentence[:a].rstrip(" ,")) or result_at_end.search(sentence[max(0, a - 12):a].strip()))
    until_text, until_before, until_after = cue("_UNTIL"), cue("_UNTIL_BEFORE"), cue("_UNTIL_AFTER")

    def pos(d):
        return int(d.start_char) - sent_start, int(d.end_char) - sent_start

    def is_until(d):
        p = pos(d)[0]
        return bool(until_text.search(d.text) or until_before.search(sentence[max(0, p - 14):max(0, p)])
                    or until_after.match(sentence, pos(d)[1]))

    lo = a + earlier.start() if earlier else a
    if earlier:  # the dates of the "after ..." phrase itself, up to its next comma
        comma = sentence.find(",", e)
        b = min(b, comma if comma >= 0 else b)
    in_clause = [d for d in sent_dates if lo <= pos(d)[0] and pos(d)[1] <= b]
    points = [d for d in in_clause if not is_until(d)]
    until = [d for d in in_clause if is_until(d)]
    if not points and flow and re.search(r",\s+(?:while|whereas|and)\s*$", sentence[max(0, a - 12):a]):
        # "21 applied at Vaalimaa on Thursday, while about 50 arrived at Niirala": the coordinate clause's day
        points = [d for d in sent_dates if pos(d)[1] <= a and not is_until(d)][-1:]
    if not points and result:  # "..., leaving only one open": the main clause's date, not one of an "after ..." phrase
        main = [d for d in sent_dates if pos(d)[1] <= a and not is_until(d)
                and not _earlier_phrase(sentence, _clause(sentence, pos(d)[0], pos(d)[1], language)[0], pos(d)[0], language)]
        points = main[-1:]
    not_fixed = {"refers_start": pd.NaT, "refers_end": pd.NaT, "time_from": "not fixed", "time_fixed": False, "throughout": False}
    if len(points) > 1:
        # "In October, 32 arrivals, 13 in September": a date past another number is that number's
        own = [d for d in points if not (pos(d)[0] >= e and _NUMBER_IN.search(sentence[e:pos(d)[0]]))
               and not (pos(d)[1] <= s and _NUMBER_IN.search(sentence[pos(d)[1]:s]))]
        points = own or points
    if modality == "plan" and len(points) > 1:
        # "the government said on Tuesday it will reopen two crossings ... on Thursday": the plan's day, not the words'
        told = [d for d in points if pos(d)[1] <= s and cue("_SAID_RIGHT_BEFORE").search(sentence[max(0, pos(d)[0] - 40):pos(d)[0]])]
        own = [d for d in points if pos(d)[0] >= e and d not in told and not re.search(r"[,;:]", sentence[e:pos(d)[0]])]
        points = own if told and own else points
    if points:
        d = min(points, key=lambda d: min(abs(pos(d)[0] - e), abs(s - pos(d)[1])))
        if flow and cue("_TO_BEFORE").search(sentence[max(0, pos(d)[0] - 10):pos(d)[0]]):
            # "from August to the end of November about 1,000 arrived": the span's start, whose end follows
            start = [x for x in points if pos(x)[1] <= pos(d)[0] and pd.notna(x.start)
                     and (cue("_SINCE_BEFORE").search(sentence[max(0, pos(x)[0] - 40):pos(x)[0]]) or cue("_SINCE_OR_FROM").match(x.text))]
            d = start[-1] if start else d
        at = pos(d)[0]
        since = bool(cue("_SINCE_BEFORE").search(sentence[max(0, at - 40):max(0, at)]) or cue("_SINCE_OR_FROM").match(d.text))
        late = cue("_EARLIER_WORDS").search(sentence[e:b])
        if flow and late and not _NUMBER_IN.search(sentence[e:e + late.start()]):
            return dict(not_fixed, time_text=f"not fixed: an earlier period ({late.group(0)})")
        if pd.isna(d.start):
            return dict(not_fixed, period_days=_GRANULARITY_DAYS.get(d.granularity, np.nan) if flow else np.nan,
                        time_text=f"not fixed: its date ({d.text}) could not be placed on the calendar")
        when = describe_date(d.text, d.start, d.end, d.granularity, d.inferred)
        if modality == "plan" and (cue("_BY_BEFORE").search(sentence[max(0, at - 12):at]) or cue("_BY_TEXT").search(d.text)
                                   or cue("_BY_AFTER").match(sentence, pos(d)[1])):
            # "will be open before Christmas", "plans to reopen two by January 14": done at some day up to then;
            # "on December 12 said it plans to reopen two by January 14": and not before the day of the words
            said = [x for x in points if pos(x)[1] <= s and pd.notna(x.start) and x.start <= d.start
                    and (m := cue("_DECIDED_TO").search(sentence[pos(x)[1]:s])) and m.start() <= 20]
            if said:
                w = said[-1]
                told = _LEAD.sub("", describe_date(w.text, w.start, w.end, w.granularity, w.inferred))
                return dict(not_fixed, refers_start=w.start, refers_end=d.end,
                            time_text=f"not fixed: a plan to be carried out by {_LEAD.sub('', when)}, told on {told}")
            return dict(not_fixed, refers_end=d.end, time_text=f"not fixed: a plan to be carried out by {_LEAD.sub('', when)}")
        if modality == "plan" and at >= e and cue("_SAID_AFTER_PLAN").search(sentence[e:at]):
            # "have decided to close all checkpoints ..., Orpo said on the evening of November 22": the day of the words
            return dict(not_fixed, refers_start=d.start,
                        time_text=f"not fixed: said on {_LEAD.sub('', when)}; the plan's own date is not stated")
        if (modality == "plan" and pos(d)[1] <= s and cue("_SAID_RIGHT_BEFORE").search(sentence[max(0, at - 40):at])
                and cue("_THAT_NEXT").match(sentence[pos(d)[1]:s])):
            # "media reported on Nov. 20 that Helsinki plans to close all four": the day of the words, not of the plan
            return dict(not_fixed, refers_start=d.start,
                        time_text=f"not fixed: said on {_LEAD.sub('', when)}; the plan's own date is not stated")
        decided = cue("_DECIDED_TO").search(sentence[pos(d)[1]:s]) if modality == "plan" and pos(d)[1] <= s else None
        if decided and cue("_SAID").match(decided.group(0)):
            # "On Monday, Peskov said he regrets the decision to close four": the day of the words, which may
            # come before or after the plan
            return dict(not_fixed, time_text=f"not fixed: said on {_LEAD.sub('', when)}; the plan's own date is not stated")
        if decided:
            # "On November 22, the government decided to shut ...": the day of the decision, not of the plan
            return dict(not_fixed, refers_start=d.start,
                        time_text=f"not fixed: decided on {_LEAD.sub('', when)}; the plan's own date is not stated")
        if since and flow:
            later = [x for x in in_clause if pos(x)[0] > at and pd.notna(x.start)
                     and cue("_TO_BEFORE").search(sentence[max(0, pos(x)[0] - 10):pos(x)[0]])]
            end = later[0].end if later else (until[0].end if until and pd.notna(until[0].start) else published)
            if not later and re.search(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ne|me)\b", sentence[a:b]):
                # "after 1,300 had arrived since September": up to the main clause's time, not publication
                main = [x for x in sent_dates if pos(x)[1] <= a and pd.notna(x.end)]
                end = main[-1].end if main else pd.NaT
            if pd.isna(end):
                return dict(not_fixed, refers_start=d.start, time_text=f"not fixed: from {_LEAD.sub('', when)} to a day not stated")
            return {"refers_start": d.start, "refers_end": end, "time_from": "sentence date", "time_fixed": True,
                    "throughout": False, "time_text": f"from {_LEAD.sub('', when)} to {_day(end)}"}
        if cue("_SINCE").match(d.text) or cue("_SINCE_ONLY").search(sentence[max(0, at - 40):max(0, at)]):
            # "closed since Saturday": every day from the (end of the) date to publication
            end = published if pd.notna(published) and not cue("_PLUPERFECT").search(sentence[a:b]) and published >= d.end else d.end
            return {"refers_start": d.end, "refers_end": end, "time_from": "sentence date", "time_fixed": True,
                    "throughout": True, "time_text": f"since {_LEAD.sub('', when)}" + (f", to {_day(end)}" if end != d.end else "")}
        end = d.end
        if flow and cue("_SO_FAR").search(d.text) and pd.notna(published) and d.start <= published < d.end:
            end, when = published, f"{when}, to {_day(published)}"  # "this week": the week so far
        return {"refers_start": d.start, "refers_end": end, "time_from": "sentence date", "time_fixed": True,
                "throughout": False, "time_text": when}
    if earlier:
        return dict(not_fixed, time_text="not fixed: an earlier state (" + _clip(sentence, max(a, s - 40), e) + ")")
    if (not flow and not sent_dates and prev is not None and pd.notna(prev[0]) and not cue("_EARLIER_THAN_PREV").search(sentence[a:b])
            and not cue("_NOW_WORDS").search(sentence)):
        return {"refers_start": prev[0], "refers_end": prev[1], "time_from": "sentence date", "time_fixed": True,
                "throughout": False, "time_text": describe_date(prev[2], prev[0], prev[1], None, prev[3]) + " (from the sentence before)"}
    if flow:
        m = cue("_PERIOD_WORDS").search(sentence[a:b]) or cue("_EARLIER_WORDS").search(sentence[a:b])
        back = _counted_back(m.group(0)) if m else None
        if back and pd.notna(published):  # "within two days": the days up to publication, roughly (never fixed)
            start = published - pd.Timedelta(days=back - 1)
            return dict(not_fixed, refers_start=start, refers_end=published,
                        time_text=f"not fixed: counted back from publication ({m.group(0)}): about {_span(start, published)}")
        if m:
            return dict(not_fixed, time_text=f"not fixed: a period counted back from an unstated day ({m.group(0)})")
        length = cue("_PERIOD_LENGTH").search(sentence[a:b])
        if length:
            return dict(not_fixed, refers_end=published, time_text=f"not fixed: a period of stated length ({length.group(0)}), not placed")
        short = cue("_WITHIN_DAY").search(sentence[a:b])
        if short and pd.notna(published) and cue("_PRESENT_PERFECT").search(sentence[a:b]):
            # "34 have arrived since midnight": the day up to publication (or the night before it), never fixed
            start = published - pd.Timedelta(days=1)
            return dict(not_fixed, refers_start=start, refers_end=published,
                        time_text=f"not fixed: at most a day ({short.group(0)}) up to publication, "
                                  f"read from the present perfect: about {_span(start, published)}")
        if short:  # "on the very first day", "since midnight": a day at most, which day not stated
            return dict(not_fixed, refers_end=published, time_text=f"not fixed: at most a day ({short.group(0)}), on a day not stated")
        return dict(not_fixed, refers_end=published, time_text="not fixed: no period stated")
    if modality == "hypothetical":
        return dict(not_fixed, time_text="not fixed: hypothetical")
    if modality == "plan":  # "will close", and "will remain closed" too: at publication the state may still differ
        return dict(not_fixed, refers_start=published,
                    time_text="not fixed: a plan with no date" + (f" (after {_day(published)})" if pd.notna(published) else ""))
    past = cue("_PAST_EVENT").search(sentence[a:b])
    if past and not cue("_PERFECT_OR_STATE").search(sentence[a:a + past.start()]):
        return dict(not_fixed, refers_end=published, time_text="not fixed: a past event with no date")
    if field == "title":
        return dict(not_fixed, time_text="not fixed: a headline's tense does not date what it says")
    return dict(_publication_time(published, pub_from, "as of publication"), throughout=False)


_AGREEMENT_WORD = re.compile(r"\b(?:agreements?|deal|treaty|accord|cooperation)\b", re.I)
_CLOSURE_WORD = re.compile(r"\b(?:closures?|closed?|closing|shut\w*|restrictions?|crossings?|checkpoints?|border\s+posts?|"
                           r"measures?|ban|decision)\b", re.I)


def _about_closure(sentence: str, date_at: int, *, language: str | None = None) -> bool:
    """True when the nearest of the agreement and closure words before a date is a closure word.

    >>> _about_closure("Соглашение о сотрудничестве действует, а КПП закрыты до 13 декабря.", 54, language="ru")
    True
    """
    def last(rx):
        hits = [m.end() for m in rx.finditer(sentence[:date_at])]
        return hits[-1] if hits else -1
    return last(_cue("_CLOSURE_WORD", language)) > last(_cue("_AGREEMENT_WORD", language))


def _period_days(fact: dict, sentence: str, s: int, e: int, language: str | None = None) -> float:
    """The most days a count's period can span, when the text states it even without placing it: a fixed
    period's length, *since midnight* / *overnight* / *in a single day* (1), an unplaced *on Monday* (1),
    *within two days* (2); else NaN."""
    if fact.get("time_fixed") and pd.notna(fact.get("refers_start")) and pd.notna(fact.get("refers_end")):
        return float((fact["refers_end"] - fact["refers_start"]).days + 1)
    a, b = _clause(sentence, s, e, language)
    if _cue("_WITHIN_DAY", language).search(sentence[a:b]):
        return 1.0
    if pd.notna(fact.get("period_days")):
        return float(fact["period_days"])
    m = _cue("_PERIOD_WORDS", language).search(sentence[a:b]) or _cue("_PERIOD_LENGTH", language).search(sentence[a:b])
    back = _counted_back(m.group(0)) if m else None
    return float(back) if back else np.nan


def _publication_time(published, pub_from, text: str) -> dict:
    if pd.notna(published):
        return {"refers_start": published, "refers_end": published, "time_from": "tense + publication date",
                "time_fixed": True, "time_text": f"{text} ({_day(published)}; publication date from the {pub_from or 'header'})"}
    return {"refers_start": pd.NaT, "refers_end": pd.NaT, "time_from": "not fixed", "time_fixed": False,
            "time_text": "not fixed: the article has no publication date"}


def _named_parts(text: str, subject: str, path) -> list[str]:
    """The named parts of ``subject`` (crossings, from the subject table) that ``text`` mentions, in order."""
    hits = []
    for topic_cues in (_subject_rules(str(path)).get("arrivals", (None, []))[1],):
        for part, part_of, rx in topic_cues:
            m = rx.search(text) if part_of == subject else None
            if m:
                hits.append((m.start(), part))
    return [p for _, p in sorted(hits)]


def _count_facts(r: dict, base: dict, sentence: str, s: int, e: int, published, pub_from, sent_dates=(), *,
                 subjects=SUBJECTS_CSV) -> list[dict]:
    before, after = sentence[max(0, s - 90):s], sentence[e:e + 40]
    mention = r["mention"]
    language = r.get("language")

    def cue(name):
        return _cue(name, language)

    num = float(r["num"])
    if _POPULATION.search(before) or _POPULATION_AFTER.match(after):
        return []  # "a municipality of about 3,300 people": a population, not arrivals
    bound = bound_of(mention, sentence[max(0, s - 30):s], language=language)
    low, high = value_range(num, bound)
    fact = dict(base, num=num, bound=bound, low=low, high=high)
    # -- time: a date in the count's own clause, else tense and modality against the publication date
    flow = r["rule"] == "flow"
    sent_start = int(r["sent_start"]) if pd.notna(r.get("sent_start")) else 0
    prev = (r["ref_start"], r["ref_end"], r["date_text"], r.get("inferred")) if r["ref_from"] == "sentence" else None
    fact.update(_time_of(sentence, s, e, sent_dates, sent_start, flow=flow, modality=base["modality"], field=r["field"],
                         published=published, pub_from=pub_from, prev=prev, language=language))
    if flow:
        fact["period_days"] = _period_days(fact, sentence, s, e, language)
    if r["rule"] == "flow":
        if cue("_SUBSET_MENTION").search(mention) or cue("_SUBSET_AFTER").search(after):
            return [dict(fact, quantity="arrivals_subset", comparable=False,
                         why_not="a part of another count (of them / of whom)")]
        if _SPEAKERS_AFTER.match(after):
            return [dict(fact, quantity="arrivals", value=_bounded_words(num, bound), key=f"arrivals|speakers|{num}|{bound}",
                         comparable=False, why_not="the people who speak in the article, not a count of arrivals")]
        if _WAITING_AFTER.match(after):
            return [dict(fact, quantity="arrivals", value=_bounded_words(num, bound), key=f"arrivals|waiting|{num}|{bound}",
                         comparable=False, why_not="people waiting on the other side of the border, not arrivals")]
        if _added(before, after, mention, language):
            # "two more persons crossed on Saturday evening": added to a count stated before, not the day's count
            return [dict(fact, quantity="arrivals", value=f"{_bounded_words(num, bound)} more", key=f"arrivals|added|{num}|{bound}")]
        if _UNNAMED_CROSSING_AFTER.search(sentence[e:e + 100]) and not fact.get("scope"):
            return [dict(fact, quantity="arrivals", value=_bounded_words(num, bound), key=f"arrivals|{num}|{bound}|unnamed",
                         comparable=False, why_not="counted at one crossing the text does not name")]
        with_verb = _rate_with_verb(sentence[e:e + 140]) if language not in _LANGUAGE_RX else False
        if cue("_RATE_AFTER").search(after) or cue("_RATE_BEFORE").search(before) or with_verb:
            if language in _LANGUAGE_RX:  # "в неделю", "viikossa", "per vecka": the unit in that language's words
                unit = cue("_RATE_UNIT").search(after[:30])
                per = "a " + next(k for k, v in unit.groupdict().items() if v) if unit else "a day"
            else:
                unit = (re.search(r"\b(week|month|year)|(annually|yearly)", after[:30], re.I) if not with_verb
                        else re.search(r"\b(?:each|every|per)\s+(week|month)|(annually|yearly)", sentence[e:e + 140], re.I))
                per = "a day" if not unit else f"a {unit.group(1).lower()}" if unit.group(1) else "a year"
            return [dict(fact, quantity="arrival_rate", value=f"{_bounded_words(num, bound)} {per}", key=f"rate|{num}|{bound}|{per}")]
        return [dict(fact, quantity="arrivals", value=_bounded_words(num, bound), key=f"arrivals|{num}|{bound}")]
    # -- crossings: the state, the total, "all but one", "another three"
    of_them = cue("_OF_THEM_AFTER")
    if cue("_RATE_AFTER").search(after) or of_them.match(after) or of_them.match(re.sub(r"^\S+", "", mention)):
        return []  # "a few dozen crossings a week": traffic; "91 arrived, 70 of them at Niirala": people
    # ru / fi / sv: a total is the count of a crossing noun said in it ("yhteensä 220" after "tulijoita" counts people), and
    # not of a region's ("Kaakkois-Suomessa sijaitsee yhteensä neljä": the crossings of one region, not the border's)
    # ("последний из восьми ... КПП": after "из" the noun may come later)
    own_total = language not in _LANGUAGE_RX or ((len(mention.split()) > 1 or bool(re.search(r"\bиз\s+(?:\w+\s+)?$", before)))
                                                 and not cue("_REGION").search(before))
    if (cue("_POSSESSION_BEFORE").search(before) and not r["of"] == r["of"] and not cue("_STATE_RIGHT_AFTER").match(sentence, e)
            and own_total):
        # "Finland has nine border crossings, five of which are closed", "out of the eight checkpoints": the total
        return [dict(fact, quantity="crossings_total", value=f"{_num(num)} crossings in all", key=f"total|{num}", state=None,
                     total=num, total_from="stated", refers_start=pd.NaT, refers_end=pd.NaT, time_from="not fixed",
                     time_fixed=True, time_text="the number of crossings")]
    state = r["state"] if isinstance(r["state"], str) and r["state"] else None
    if state == "open" and cue("_OPEN_THEN_LIST_CLOSED").match(sentence[e:e + 260]) and not re.search(r"\b(?:still|remain\w*|only)\b", before[-30:] + mention + sentence[e:].split(":")[0], re.I):
        # "eight checkpoints were operating: the four largest have been closed since ...": how many there were
        return [dict(fact, quantity="crossings_total", value=f"{_num(num)} crossings in all", key=f"total|{num}", state=None,
                     total=num, total_from="stated", refers_start=pd.NaT, refers_end=pd.NaT, time_from="not fixed",
                     time_fixed=True, time_text="the number of crossings")]
    if state is not None and cue("_LOCATION_BEFORE").search(before) and not cue("_STATE_IN").search(mention):
        state = None  # "an increase in arrivals at the two border crossings": where, not how many are open or closed
    a, _b = _clause(sentence, s, e, language)
    earlier = _earlier_phrase(sentence, a, s, language)
    if earlier and state is not None:  # "after briefly opening two crossings": the state of that phrase
        from ..extract.stated import crossing_state
        state = crossing_state(sentence[a + earlier.start():e], s - a - earlier.start(), e - a - earlier.start(),
                               language=language) or state
    of = r["of"] if pd.notna(r["of"]) else np.nan
    if (cue("_ALL_MENTION").match(mention) and pd.isna(of) and not cue("_QUALIFIED").match(after)
            and not cue("_REGION").search(mention) and not cue("_STILL_OPEN_IN").search(sentence[s:e + 25])):
        # "all four southeastern crossings" are a part of the border, not its total
        of = num
    half = cue("_FRACTION_OF").search(before)
    if half and pd.isna(of) and state is not None:  # "half of its eight crossings": 4 of 8
        part = num * _FRACTIONS[half.group(1).lower()]
        if part == int(part):
            of, num = num, part
            fact.update(num=num, low=num, high=num)
    subset_of = pd.notna(of) and (bool(cue("_SUBSET_OF").search(mention)) or not _plain_set(mention))
    remaining = subset_of and state == "closed" and bool(cue("_REMAINING_OF").search(mention)) and of > num
    if subset_of:
        of = np.nan  # "three of the four remaining crossings": four is not the border's total
    if remaining:  # "shut three of the four remaining open": the one left is the open count
        left = float(r["of"]) - num
        fact.update(num=left, low=left, high=left)
        fact["change"] = _is_change(sentence, s, e, language=language) and not fact.get("throughout")
        n = float(r["of"])
        row = dict(fact, quantity="crossings_open", state="open", total=np.nan, total_from="", open=left,
                   value=f"{_num(left)} open ({_num(num)} of the {_num(n)} remaining closed)",
                   key=f"open|{left}|exact|nan")
        out = [row]
        decided = str(fact.get("time_text", "")).startswith("not fixed: decided on")
        if decided and pd.notna(fact.get("refers_start")):  # on the day of the decision the N remaining were open
            day = fact["refers_start"]
            out.append(dict(row, num=n, low=n, high=n, open=n, modality="fact", change=False,
                            value=f"{_num(n)} open (the {_num(n)} remaining on the day of the decision)",
                            key=f"open|{n}|exact|nan", refers_start=day, refers_end=day, time_from="sentence date",
                            time_fixed=True, throughout=False, time_text=f"on the day of the decision ({_day(day)})"))
        return out
    if state == "closed" and pd.isna(r["of"]) and cue("_THE_BEFORE").search(before) and cue("_CLOSED_AGAIN").search(sentence[a:_b]):
        # "the two checkpoints will close again", "close the two crossings again": those reopened are shut; none is open
        fact.update(num=0.0, low=0.0, high=0.0)
        fact["change"] = _is_change(sentence, s, e, language=language) and not fact.get("throughout")
        return [dict(fact, quantity="crossings_open", state="open", total=np.nan, total_from="", open=0.0,
                     value=f"all closed (the {_num(num)} reopened closed again)", key="open|0.0|exact|nan")]
    if state == "closed" and pd.isna(r["of"]) and cue("_CLOSE_THE_REMAINING").search(before):
        # "Finland will close the remaining four border crossings": afterwards none is open (and four were open before)
        fact.update(num=0.0, low=0.0, high=0.0)
        fact["change"] = _is_change(sentence, s, e, language=language) and not fact.get("throughout")
        return [dict(fact, quantity="crossings_open", state="open", total=np.nan, total_from="", open=0.0,
                     value=f"all closed (the remaining {_num(num)} closed)", key="open|0.0|exact|nan")]
    if num == 1 and cue("_ONE_TO_ANOTHER").match(after):
        return []  # "from one crossing to another": not a count
    named_group = bool(cue("_DEMONSTRATIVE_BEFORE").search(before) or (cue("_DEFINITE_BEFORE").search(before)
                                                                        and cue("_VERB_AFTER").match(after)))
    others_only = False
    asylum_only = bool(_ASYLUM_ONLY_AFTER.match(sentence, e))
    named = []
    if _OTHER_IN.search(mention) and _WITH_OTHERS_BEFORE.search(before):
        # "Vaalimaa and Niirala, along with six other checkpoints, were closed": the named ones and the others
        named = _named_parts(sentence[_clause(sentence, s, e)[0]:s], base["subject"], subjects)
        if named:
            num += len(named)
            fact.update(num=num, low=num, high=num)
        else:  # "along with six other checkpoints" after crossings the table does not know (a misspelt name)
            others_only = True

    out = []
    if (cue("_ALL_BUT").search(before) or (cue("_ALL_BUT_AFTER").match(after) and cue("_ALL_WORD").search(before))) and state in ("open", "closed"):
        state = "open" if state == "closed" else "closed"
        fact["why_not"] = ""
        fact["value_note"] = "all but"
    total, total_from = (of, "stated") if pd.notna(of) else (np.nan, "")  # filled from the article or corpus later
    increment = _added(before, after, mention, language)
    if pd.notna(of) and not increment:
        out.append(dict(fact, quantity="crossings_total", num=of, low=of, high=of, bound="exact", value=f"{_num(of)} crossings in all",
                        key=f"total|{of}", state=None, total=of, total_from="stated", modality=base["modality"],
                        refers_start=pd.NaT, refers_end=pd.NaT, time_from="not fixed", time_fixed=True,
                        time_text="the number of crossings"))
        if r["state"] is None and not isinstance(r["state"], str):
            pass
    if state is None:
        if cue("_TOTAL_BEFORE").search(before) and pd.isna(of) and not increment and own_total:
            out.append(dict(fact, quantity="crossings_total", value=f"{_num(num)} crossings in all", key=f"total|{num}",
                            total=num, total_from="stated", refers_start=pd.NaT, refers_end=pd.NaT, time_from="not fixed",
                            time_fixed=True, time_text="the number of crossings"))
        return out
    open_ = num if state == "open" else (total - num if pd.notna(total) else np.nan)
    words = f"{_num(num)}" + (f" of {_num(total)}" if pd.notna(of) else "") + f" {state}"
    if fact.get("value_note") == "all but":
        words = f"all but {_num(num)} " + ("closed" if state == "open" else "open") + f" ({_num(num)} {state})"
    quantity = "crossings_open" if state == "open" else "crossings_closed"
    fact["change"] = _is_change(sentence, s, e, language=language) and not fact.get("throughout")
    row = dict(fact, quantity=quantity, state=state, total=total, total_from=total_from, open=open_,
               value=_bounded_words(num, bound, words), key=f"{state}|{num}|{bound}|{total}")
    row.pop("value_note", None)
    if named and not increment:
        row["value"] = f"{row['value']} ({len(named)} named + {_num(num - len(named))} other)"
    if others_only and not increment:
        row.update(comparable=False, why_not="the others besides crossings the text names but the subject table does not "
                                             "know: not the number on the border")
    if cue("_OTHER_KIND").search(sentence[s:e + 30]) and not increment:  # "closing two sea crossing points": not land crossings
        row.update(comparable=False, why_not="sea or rail crossings: another kind than the land crossings counted elsewhere")
    if asylum_only and not increment:  # "two in the north will stay open for asylum applications": a kind of crossing
        row.update(comparable=False, why_not="the crossings open for asylum applications, a part of those open")
    if named_group and not increment:  # "These two crossings are to be closed, just like those in Imatra and Niirala"
        row.update(comparable=False, why_not="a group the article named before (these / those), not how many are "
                                             f"{state} on the border")
    if increment:
        row.update(comparable=False, why_not="an increment (another / more) with no earlier count in the article to add it to",
                   bound="added", value=f"{_num(num)} more {state}", key=f"added|{state}|{num}")
    out.append(row)
    for o in out:
        o.pop("value_note", None)
    return out


def _bounded_words(num: float, bound: str, words: str | None = None) -> str:
    lead = {"exact": "", "about": "about ", "nearly": "nearly ", "at_least": "at least ", "more_than": "more than ",
            "up_to": "up to ", "fewer_than": "fewer than "}.get(bound, "")
    if bound == "vague":
        lo, hi = value_range(num, bound)
        return f"{_num(lo)}–{_num(hi)} (a round word)" if words is None else f"{words} (a round word: {_num(lo)}–{_num(hi)})"
    if words is None:
        return lead + _num(num)
    return (lead + words) if lead and not words.startswith("all but") else words


def _all_closed_facts(articles, st, figures, published, pub_from, by, subjects, sents) -> list[dict]:
    """"The complete closure of the border", "closed all crossings": 0 open, with no number stated."""
    rows = []
    have = set(zip(st.loc[st["topic"] == "crossings", "article_id"], st.loc[st["topic"] == "crossings", "sentence_no"]))
    keys = pairing_keys(articles, by).to_dict()
    labels = articles["label"] if "label" in articles.columns else pd.Series(list(articles.index), index=articles.index)
    dates = figures[figures["kind"] == "date"] if len(figures) else figures
    by_sentence: dict = {}
    for d in (dates.itertuples(index=False) if len(dates) else ()):
        by_sentence.setdefault((d.article_id, d.sentence_no), []).append(d)
    regional: dict = {}
    lang_of = _languages(articles)
    for s in sents.itertuples(index=False):
        language = lang_of.get(s.article_id)

        def cue(name):
            return _cue(name, language)
        m = cue("_ALL_CLOSED").search(s.text)
        if not m or (s.article_id, s.sentence_no) in have:
            continue
        if cue("_REGION").search(s.text[m.start():m.end() + 40]) or cue("_ALL_OTHER").search(m.group(0)):
            # "all other crossings will remain closed": all but those the sentence has named
            if not cue("_ALL_OTHER").search(m.group(0)):
                regional.setdefault(s.article_id, []).append((_date_set(by_sentence.get((s.article_id, s.sentence_no), [])), s, m))
            continue  # "the complete closure of crossing points on the southeast border": a part of the border
        if cue("_ALL_OR_SOME").search(m.group(0)):
            continue  # "not yet known whether it will close all or some crossings": an alternative, not a value
        one = cue("_BUT_ONE_SINGULAR").search(s.text[m.start():m.end() + 60])
        if not one and (cue("_ALL_CLOSED_EXCEPT").search(s.text[m.end():]) or cue("_EXCEPT_IN").search(m.group(0))
                        or cue("_ALL_BUT").search(s.text[:m.start()])):
            continue
        sentence = s.text
        said = attributed(sentence, s.field, language=language)
        subject, scope = subject_of("crossings", sentence, m.start(), m.end(), path=subjects, language=language)
        mod = modality(sentence, m.start(), m.end(), attributed_=said, language=language)
        aid = s.article_id
        fact = {"article_id": aid, "label": labels.get(aid, aid), "source": keys[aid], "topic": "crossings",
                "subject": subject, "scope": scope, "quantity": "crossings_open", "field": s.field,
                "sentence_no": int(s.sentence_no), "sentence": sentence, "span_start": int(s.start) + m.start(),
                "span_end": int(s.start) + m.end(), "mention": m.group(0), "value": "all closed (0 open)", "key": "open|0.0|exact|nan",
                "num": 0.0, "low": 0.0, "high": 0.0, "bound": "exact", "state": "open", "total": np.nan, "total_from": "",
                "open": 0.0, "modality": mod, "attributed": said,
                **({"value": "all but 1 closed (1 open)", "key": "open|1.0|exact|nan", "num": 1.0, "low": 1.0, "high": 1.0,
                    "open": 1.0, "mention": s.text[m.start():m.end() + one.end()]} if one else {}),
                "published_from": pub_from.get(aid) or "", "comparable": True, "why_not": ""}
        fact.update(_time_of(sentence, m.start(), m.end(), by_sentence.get((aid, s.sentence_no), []), int(s.start),
                             flow=False, modality=mod, field=s.field, published=published.get(aid, pd.NaT),
                             pub_from=pub_from.get(aid), language=language))
        fact["change"] = _is_change(sentence, m.start(), m.end(), language=language) and not fact.get("throughout")
        fact["_dates"] = _date_set(by_sentence.get((aid, s.sentence_no), []))
        fact["_language"] = language
        rows.append(fact)
    parts = []
    for fact in rows:
        dates = fact.pop("_dates")
        language = fact.pop("_language")
        narrowing = [(s, m) for d, s, m in regional.get(fact["article_id"], []) if dates and d == dates]
        if not narrowing:
            continue
        # "the complete closure of crossing points from Nov. 18" and, later, "... on the southeast border from
        # Nov. 18": the article itself narrows the closure to one part of the border
        fact.update(comparable=False, why_not=NARROWED)
        s, m = narrowing[0]
        if fact["open"] != 0 or (s.field == fact["field"] and int(s.sentence_no) < fact["sentence_no"]):
            continue  # a lead stating the whole border closed, then narrowed: shown within the article
        part = dict(fact, field=s.field, sentence_no=int(s.sentence_no), sentence=s.text, span_start=int(s.start) + m.start(),
                    span_end=int(s.start) + m.end(), mention=m.group(0), value="all closed on one part of the border",
                    key="part_of_border|0", num=np.nan, low=np.nan, high=np.nan, open=np.nan, why_not=PART_OF_BORDER,
                    attributed=attributed(s.text, s.field, language=language),
                    modality=modality(s.text, m.start(), m.end(), attributed_=attributed(s.text, s.field, language=language),
                                      language=language))
        parts.append(part)
    return rows + parts


def _date_set(dates) -> frozenset:
    """The days a sentence's dates cover, as ``(start, end)`` pairs (to tell two sentences about the same dates)."""
    return frozenset((d.start, d.end) for d in dates if pd.notna(getattr(d, "start", pd.NaT)))


def _drop_anaphoric_totals(facts: pd.DataFrame) -> pd.DataFrame:
    """"Four crossings closed ... three of the four": a total the article counted earlier is a subset, not the border's total."""
    if not len(facts):
        return facts
    cross = facts[facts["topic"] == "crossings"]
    cand = cross[(cross["quantity"] == "crossings_total") & cross["mention"].fillna("").str.contains(r"\bof\s+the\b", case=False)]
    cross = cross[cross["article_id"].isin(set(cand["article_id"]))]
    drop, fix = [], []
    for aid, g in cross.groupby("article_id", sort=False):
        earlier: list = []
        for i, f in g.sort_values(["sentence_no", "span_start"], kind="stable").iterrows():
            if f["quantity"] == "crossings_total":
                if f["num"] in earlier and re.search(r"\bof\s+the\b", f["mention"] or "", re.I):
                    drop.append(i)
                    fix.extend(g.index[(g["sentence_no"] == f["sentence_no"]) & (g["span_start"] == f["span_start"])
                                       & (g["quantity"] != "crossings_total")].tolist())
                continue
            earlier.append(f["num"])
    if fix:
        facts = facts.copy()
        for i in fix:
            f = facts.loc[i]
            facts.loc[i, ["total", "total_from"]] = [np.nan, ""]
            if f["state"] == "closed":
                facts.loc[i, "open"] = np.nan
            facts.loc[i, "value"] = re.sub(r" of \d[\d,.]*", "", f["value"]) + f" (of the {f['mention'].split(' of the ')[-1]})"
    return facts.drop(index=drop)


def _resolve_increments(facts: pd.DataFrame) -> pd.DataFrame:
    """"Another three": add to the latest earlier closed count of the same article and subject, when there is one."""
    if not len(facts):
        return facts
    facts = facts.copy()
    inc = facts.index[(facts["bound"] == "added")]
    if not len(inc):
        return facts
    # each increment is read against its own article's facts only: the articles' rows, once, as plain records
    # (a pandas selection per increment cost more than the rule)
    own = facts[facts["article_id"].isin(set(facts.loc[inc, "article_id"]))]
    rec = dict(zip(own.index, own[_INCREMENT_COLUMNS].to_dict("records")))
    rows_of: dict = {}
    for k, r in rec.items():
        rows_of.setdefault(r["article_id"], []).append(k)
    moved = ["refers_start", "refers_end", "time_from", "time_fixed", "throughout", "time_text"]
    for i in inc:  # "closed four ... and three more will do so starting November 24": the four are before that day
        f = rec[i]
        if pd.isna(f["refers_start"]) or not f["time_fixed"]:
            continue
        when = str(f["time_text"]).split(" (")[0]
        sentence = str(f["sentence"])
        at_inc, at_date = sentence.find(str(f["mention"])), sentence.find(_LEAD.sub("", when))
        if at_inc < 0 or at_date < at_inc:
            continue
        before = f["refers_start"] - pd.Timedelta(days=1)
        for k in rows_of[f["article_id"]]:
            b = rec[k]
            if (b["sentence_no"] == f["sentence_no"] and b["quantity"] == f["quantity"] and b["bound"] != "added"
                    and b["span_end"] <= f["span_start"] and b["refers_start"] == f["refers_start"]):
                values = [pd.NaT, before, "not fixed", False, False, f"not fixed: before {when}, when {f['mention']} more follow"]
                facts.loc[k, moved] = values
                b.update(zip(moved, values))
    for i in inc:
        f = rec[i]
        same = [rec[k] for k in rows_of[f["article_id"]] if rec[k]["subject"] == f["subject"]
                and rec[k]["quantity"] == f["quantity"] and rec[k]["bound"] != "added"]
        if pd.notna(f["refers_start"]):  # the latest count dated before the increment, wherever the article states it
            prior = sorted((x for x in same if pd.notna(x["refers_end"]) and x["refers_end"] < f["refers_start"]),
                           key=lambda x: x["refers_end"])
        else:
            prior = [x for x in same if x["sentence_no"] < f["sentence_no"]]
        if not prior:
            continue
        p = prior[-1]
        if p["bound"] != "exact":
            continue
        num = float(p["num"]) + float(f["num"])
        total, total_from = (p["total"], p["total_from"]) if pd.notna(p["total"]) else (f["total"], f["total_from"])
        if total_from == "corpus" and num >= total:
            # "four last week" + "four more now" = every crossing the corpus counts: an article closing them all would
            # say so, so the sum is not turned into "none open" with a total another article gives
            total, total_from = np.nan, ""
        state = f["state"]
        open_ = num if state == "open" else (total - num if pd.notna(total) else np.nan)
        cols = ["num", "low", "high", "open", "total", "total_from", "bound", "comparable", "why_not", "value", "key"]
        values = [num, num, num, open_, total, total_from, "exact", True, "",
                  f"{_num(num)} {state} ({_num(p['num'])} earlier + {_num(f['num'])} more)", f"{state}|{num}|exact|{total}"]
        facts.loc[i, cols] = values
        facts.at[i, "earlier"] = float(p["num"])  # the state before the change the article reports
        f.update((c, v) for c, v in zip(cols, values) if c in f)  # a resolved increment is an earlier count now
    return facts


_INCREMENT_COLUMNS = ["article_id", "sentence_no", "quantity", "bound", "span_start", "span_end", "refers_start", "refers_end",
                      "time_fixed", "time_text", "sentence", "mention", "subject", "num", "total", "total_from", "state"]


_WEEKDAY_WORD = r"(?i)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WEEKDAY_KEY = r"(?i)\|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"  # a key matched with its weekday


def corpus_publication_estimates(articles: pd.DataFrame, facts: pd.DataFrame, *, max_days: int = 7) -> pd.DataFrame:
    """An estimated publication window for undated articles, from the dated articles that state the same facts.

    An article with no publication date (no header date, dateline, URL date or ``sources.csv``
    date) that states a plan or state the dated articles also state (the same subject, quantity
    and value, both undated in their sentence) was probably written when they were: its window is
    the first to the last publication day of those articles, when that spans at most ``max_days``
    days. A day's exact count stated with the same weekday (*55 on Tuesday*) counts too. Columns:
    ``article_id, estimate_earliest, estimate_latest, n_articles`` (dated articles matched) ``, basis``.
    An estimate, never a fact.
    """
    cols = ["article_id", "estimate_earliest", "estimate_latest", "n_articles", "basis"]
    if not len(facts) or "published" not in articles.columns:
        return pd.DataFrame(columns=cols)
    pub = articles["published"].dt.normalize() if len(articles) else articles["published"]
    undated = set(articles.index[articles["published"].isna()])
    if not undated:
        return pd.DataFrame(columns=cols)
    states = facts[facts["quantity"].isin(["crossings_open", "crossings_closed", "closure_end"]) & facts["comparable"]]
    f = states[states["time_from"] != "sentence date"]
    # and a day's exact count stated with the same weekday ("55 on Tuesday"): the same report of the same week
    day = facts[(facts["quantity"] == "arrivals") & (facts["bound"] == "exact") & (facts["num"] >= 10)]
    day = day.assign(weekday=day["time_text"].str.extract(_WEEKDAY_WORD, expand=False).str.lower()).dropna(subset=["weekday"])
    day = day.assign(key=day["key"] + "|" + day["weekday"])
    f = pd.concat([f, day.drop(columns="weekday")])
    keys = ["subject", "quantity", "key", "modality"]
    und = f[f["article_id"].isin(undated)][["article_id", "value", *keys]]
    dated = f[~f["article_id"].isin(undated)][["article_id", *keys]].rename(columns={"article_id": "dated_id"})
    dated = dated.assign(day=pub.reindex(dated["dated_id"]).to_numpy()).dropna(subset=["day"])
    # per stated fact, the dated articles stating it and their days, once: joining every undated fact to every dated
    # article stating the same would grow with the product of the two
    dated = dated.drop_duplicates()
    per_key = dated.groupby(keys, sort=False).agg(first=("day", "min"), last=("day", "max"), ids=("dated_id", frozenset),
                                                   days=("day", frozenset)).reset_index()
    m = und.merge(per_key, on=keys, how="inner")
    # a state the corpus reports over a longer time (however stated: plan or fact, with or without a total) dates nothing
    # (dated in their sentence or not: "all closed" said on 28 November and again in December is no one day's report)
    every = pd.concat([states, day.drop(columns="weekday")])
    coarse = every.assign(_v=every["open"].where(every["open"].notna(), every["num"]).astype(float).round(3).astype(str)
                          + "|" + every["quantity"].map(lambda q: "state" if q in ("crossings_open", "crossings_closed") else q))
    cd = coarse[~coarse["article_id"].isin(undated)].assign(day=lambda x: pub.reindex(x["article_id"]).to_numpy()).dropna(subset=["day"])
    days = cd.groupby(["subject", "_v"])["day"]
    spread = (days.max() - days.min()).dt.days
    wide = set(spread[spread > max_days].index)
    cu = coarse[coarse["article_id"].isin(undated)]
    bad = {a for a, sub, v in zip(cu["article_id"], cu["subject"], cu["_v"]) if (sub, v) in wide}
    rows = []
    for aid, g in m.groupby("article_id", sort=True):
        first, last = g["first"].min(), g["last"].max()
        if (last - first).days > max_days or (aid in bad and not g["key"].str.contains(_WEEKDAY_KEY).all()):
            continue
        matched = list(dict.fromkeys(g.sort_index(kind="stable")["value"]))
        n = len(frozenset().union(*g["days"]))
        weekday = g["key"].str.contains(_WEEKDAY_KEY).any()
        rows.append((aid, first, last, len(frozenset().union(*g["ids"])),
                     f"dated articles stating the same ({'; '.join(matched)}"
                     + (", with the same weekday" if weekday else "") + ") were published "
                     f"{_span(first, last)}" + (f" ({n} days)" if n > 1 else "")))
    out = pd.DataFrame(rows, columns=cols)
    for c in ("estimate_earliest", "estimate_latest"):
        out[c] = pd.to_datetime(out[c]).astype("datetime64[ns]")
    return out


def _apply_corpus_estimates(facts: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Facts of undated articles whose time rests on the publication date take the corpus estimate, unfixed."""
    est = _firm(corpus_publication_estimates(articles, facts))
    if not len(est):
        return facts
    facts = facts.copy()
    for r in est.itertuples(index=False):
        mask = (facts["article_id"] == r.article_id) & (facts["time_from"] == "not fixed") & facts["time_text"].str.contains(
            "no publication date", regex=False)
        facts.loc[mask, "refers_start"] = r.estimate_earliest
        facts.loc[mask, "refers_end"] = r.estimate_latest
        facts.loc[mask, "time_from"] = "corpus estimate"
        facts.loc[mask, "time_text"] = f"as of publication, estimated {_span(r.estimate_earliest, r.estimate_latest)} ({r.basis})"
        facts.loc[mask, "published_from"] = "corpus estimate"
    return facts
