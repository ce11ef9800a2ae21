"""Blame and motive: who holds whom responsible, for what, and which reasons are given.

One row per cue from ``helpers/data/blame_cues.csv`` (documented in ``helpers/data/actors.md``).
``cue_type``:

* ``blame`` - "X is (fully) to blame", "X bears the blame", "blamed X for", "accused X of",
  "held X responsible", "X is responsible for" (not for a duty: "responsible for managing
  the border" is no blame), "provocation".
* ``motive`` - a reason for an action: "citing", "taking into account", "prompted by",
  "fears that", "fearing", "due to", "because of", "as a result of".
* ``pretext`` - a reason the writer calls false: "under the pretext of", "under the guise of".
* ``response`` - "in response to", "as a response to", "responding to", "in retaliation".

Columns:

* ``blamer`` - who makes the statement: the speaker (as their actor when known) if the cue is
  inside a direct quote or reported speech ("Moscow believes that Helsinki is fully to blame"
  -> Russia); the subject of "blamed"/"accused"/"held"; for a participle motive ("citing",
  "fearing", "responding to") the actor whose reason it is; else ``(author)``: the outlet's
  own voice.
* ``blamed`` - the actor held responsible: the subject of "is to blame"/"bears the blame";
  the object of "blamed X"/"accused X"; for a pretext the actor who acted; for motives and
  responses an actor acting inside the reason ("fears that Russia might facilitate ...",
  "the actions of Finland"), else ``None``. Surface strings are in ``blamer_text`` and
  ``blamed_text``.
* ``cue`` - the lexicon's label; ``cue_text`` - the words matched; ``reason`` - what the cue
  introduces, up to the end of its clause; ``negated`` - "is not to blame", "not responsible".

>>> import pandas as pd
>>> arts = pd.DataFrame({"title": [""], "standfirst": ["Moscow believes that Helsinki is fully to blame for the crisis."],
...     "body": ["Finland closed the border, citing security concerns."]}, index=pd.Index(["a"], name="article_id"))
>>> blame_statements(arts)[["blamer", "blamed", "cue", "cue_type", "reason"]].values.tolist()
[['Russia', 'Finland', 'fully to blame', 'blame', 'the crisis'], ['Finland', None, 'citing', 'motive', 'security concerns']]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .clauses import FIELDS, NP_FINAL, Clause, _lookup_alias, _tidy, demonyms, match_actors
from ..paths import DATA
from .analysis import as_analysis
from .voices import _article_voices

BLAME_CSV = DATA / "blame_cues.csv"
AUTHOR = "(author)"
# "the number of migrants" names a quantity, not an actor who acted
QUANTITY_NOUNS = frozenset("number numbers thousands hundreds dozens group groups majority share part".split())
BLAME_COLUMNS = ["article_id", "field", "sentence_no", "sentence", "blamer", "blamed", "cue", "reason",
                 "cue_type", "cue_text", "blamer_text", "blamed_text", "negated", "start", "end"]
_NP = r"(?P<np>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"


@lru_cache(maxsize=None)
def cue_lexicon() -> pd.DataFrame:
    """``helpers/data/blame_cues.csv``: ``cue, pattern, cue_type, target, not_followed_by, note``."""
    lex = pd.read_csv(BLAME_CSV, dtype=str, keep_default_na=False)
    bad = set(lex["cue_type"]) - {"blame", "motive", "pretext", "response"}
    if bad:
        raise ValueError(f"{BLAME_CSV.name}: unknown cue_type {sorted(bad)}")
    return lex


@lru_cache(maxsize=None)
def _compiled() -> list[tuple[str, re.Pattern, str, str, re.Pattern | None]]:
    out = []
    for r in cue_lexicon().itertuples(index=False):
        pat = re.compile(r.pattern.replace("{X}", _NP), re.IGNORECASE)
        nfb = re.compile(r.not_followed_by, re.IGNORECASE) if r.not_followed_by else None
        out.append((r.cue, pat, r.cue_type, r.target, nfb))
    return out


def _reason_end(s, start: int) -> int:
    """Where the reason that starts at character ``start`` of the sentence ends."""
    toks = s.toks
    n = len(toks)
    end = len(s.text.rstrip().rstrip(".!?").rstrip())
    for k, t in enumerate(toks):
        if t.start < start:
            continue
        if t.text in (",", ";", ":", ".", "!", "?", "(", ")", "—", "–") or t.tag in ("REL",) or (
                t.tag == "QUOTE" and t.start > start):
            return t.start
        if t.tag == "CONJ" and k + 1 < n and toks[k + 1].tag in ("VERB", "AUX"):
            return t.start
        if t.tag == "SUB" and t.start > start:
            return t.start
    return end


def _clause_at(clauses: list[Clause], offset: int, *, finite: bool = False) -> Clause | None:
    """The clause whose verb group starts last at or before ``offset``."""
    best = None
    for cl in clauses:
        if finite and (cl.clause in ("participle", "reduced") or cl.copula):
            continue
        if cl.start <= offset and (best is None or cl.start >= best.start):
            best = cl
    return best


def _actor_of(text: str) -> str | None:
    m = match_actors(text)
    m = m[~m["place"]] if len(m) else m
    if len(m):
        return m.iloc[0]["actor"]
    for w in text.split():
        if w in demonyms():
            return demonyms()[w]
    return None


def _reason_actor(s, a: int, b: int) -> str | None:
    """An actor acting inside the reason text s.text[a:b]."""
    for cl in s.clauses:
        if a <= cl.start < b and cl.agent_actors and not cl.passive and cl.clause != "reduced" and \
                cl.subj and s.toks[cl.subj[0]].start >= a:
            return cl.agent_actors[0]
    toks = [t for t in s.toks if a <= t.start < b]
    for i, t in enumerate(toks):
        if t.tag == "ACT" and t.poss and not t.place:
            return t.actor                                   # "Russia's actions"
        if t.tag == "ACT" and i >= 1 and toks[i - 1].low in ("of", "by") and i >= 2 and \
                toks[i - 2].low not in QUANTITY_NOUNS and \
                toks[i - 2].tag in NP_FINAL | {"VERB"} and not (toks[i - 2].tag == "VERB" and toks[i - 1].low == "by"):
            if toks[i - 2].tag != "VERB":
                return t.actor                               # "the actions of Finland", "attacks by Russia"
    return None


def _near_actor(s, a: int, b: int) -> tuple[str | None, str | None]:
    """The actor next to a blame noun: 'provocation by X', "X's provocation", 'Finnish provocation'."""
    after = re.match(r"\s+(?:by|from)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})", s.text[b:])
    if after:
        actor = _actor_of(after.group(1))
        if actor:
            return actor, after.group(1)
    before = re.search(r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*$", s.text[:a])
    if before:
        words = before.group(1)
        last = re.sub(r"['’]s$", "", words.split()[-1])
        actor = _actor_of(last) or (demonyms().get(last))
        if actor:
            return actor, words.split()[-1]
    return None, None


def _speaker_at(qrows: list[dict], field: str, offset: int) -> dict | None:
    best = None
    for q in qrows:
        if q["field"] == field and q["start"] <= offset < q["end"]:
            if best is None or (q["end"] - q["start"]) < (best["end"] - best["start"]):
                best = q
    return best


def blame_statements(articles, *, fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """One row per blame, motive, pretext or response cue (see the module docstring).

    ``articles``: the corpus, or what ``helpers.analyse`` returned."""
    analysis = as_analysis(articles, fields)
    articles, fields = analysis.articles, list(analysis.fields)
    rows = []
    for aid, sents, direct, indirect, _, spans in _article_voices(analysis, fields):
        qrows = [q for q in direct + indirect if q["attribution"] != "none"]
        for s in sents:
            taken: list[tuple[int, int]] = []   # reason spans of cues already found
            found = []
            for cue, pat, ctype, target, nfb in _compiled():
                for m in pat.finditer(s.text):
                    if nfb is not None and nfb.match(s.text[m.end():]):
                        continue
                    if any(a <= m.start() < b for a, b, *_ in found) or any(
                            m.start() <= a < m.end() for a, b, *_ in found):
                        continue            # overlaps a cue listed earlier in the lexicon
                    found.append((m.start(), m.end(), cue, ctype, target, m))
            found.sort(key=lambda f: f[0])
            for a, b, cue, ctype, target, m in found:
                if any(ra <= a < rb for ra, rb in taken):
                    continue                # nested inside another cue's reason ("prompted by fears that")
                r_start = b
                reason_text = s.text[r_start:_reason_end(s, r_start)]
                lead = re.match(r"\s*(?:for|over|of|that|with)\s+" if ctype == "blame" else r"\s*that\s+", reason_text)
                if lead:
                    r_start += lead.end()
                    reason_text = reason_text[lead.end():]
                r_end = r_start + len(reason_text.rstrip())
                reason_text = reason_text.strip(" ,\"“”«»") or None
                if target in ("near", "object") and cue.startswith(("provocation", "blamed on")):
                    reason_text = None
                taken.append((r_start, max(r_end, r_start + 1)))
                negated = bool(re.search(r"\b(?:not|never|no longer|n't)\s*(?:\w+\s+){0,1}$", s.text[:a])) or \
                    bool(re.match(r"\S+\s+not\b", m.group(0)))
                # who is blamed
                blamed = blamed_text = None
                if target == "subject":
                    cl = _clause_at(s.clauses, a)
                    if cl is not None:
                        blamed = cl.agent_actors[0] if cl.agent_actors else None
                        blamed_text = cl.agent_text
                        if blamed is None and cl.passive:
                            blamed_text = cl.patient_text
                elif target == "object":
                    blamed_text = m.group("np")
                    blamed = _actor_of(blamed_text)
                    if blamed is None:
                        low = blamed_text.lower()
                        if low in ("him", "her"):
                            blamed = s.ctx.person_actor(s.person_before)
                elif target == "clause":
                    cl = _clause_at(s.clauses, a, finite=True)
                    if cl is not None:
                        blamed = cl.agent_actors[0] if cl.agent_actors else None
                        blamed_text = cl.agent_text
                elif target == "near":
                    blamed, blamed_text = _near_actor(s, a, b)
                elif target == "reason" and reason_text:
                    blamed = _reason_actor(s, r_start, r_end)
                    blamed_text = blamed
                # who blames
                blamer = blamer_text = None
                fa = s.start + a
                verb_cl = next((c for c in s.clauses if c.start <= a < c.end and c.lemma.split()[0] in
                                ("blame", "accuse", "hold")), None)
                if verb_cl is not None and (verb_cl.agent_actors or verb_cl.agent_text):
                    blamer = verb_cl.agent_actors[0] if verb_cl.agent_actors else (verb_cl.agent_person or verb_cl.agent_text)
                    blamer_text = verb_cl.agent_text
                else:
                    q = _speaker_at(qrows, s.field, fa)
                    if q is not None:
                        blamer = q["speaker_actor"] or q["speaker"]
                        blamer_text = q["speaker_text"]
                    else:
                        part = next((c for c in s.clauses if c.clause == "participle" and c.start <= a < c.end), None)
                        if part is None and re.match(r"(?i)(?:citing|fearing|responding|taking)\b", m.group(0)):
                            part = _clause_at(s.clauses, a, finite=True)
                            if part is None:
                                part = next((c for c in s.clauses if not c.copula and c.agent_actors), None)
                        if part is None:
                            # 'Zakharova called the closure a provocation': the object of a speech verb
                            speech = _clause_at(s.clauses, a, finite=True)
                            if speech is not None and speech.vclass == "speech" and not speech.passive and \
                                    speech.start < a:
                                part = speech
                        if part is not None and (part.agent_actors or part.agent_text):
                            blamer = part.agent_actors[0] if part.agent_actors else part.agent_text
                            blamer_text = part.agent_text
                        else:
                            blamer = AUTHOR
                if blamer is None:
                    blamer = AUTHOR
                rows.append(dict(
                    article_id=aid, field=s.field, sentence_no=s.sentence_no, sentence=s.text, blamer=blamer,
                    blamed=blamed, cue=cue, reason=reason_text, cue_type=ctype, cue_text=m.group(0),
                    blamer_text=blamer_text, blamed_text=blamed_text, negated=negated,
                    start=fa, end=s.start + b))
    out = pd.DataFrame(rows, columns=BLAME_COLUMNS)
    out = _tidy(out, bools=("negated",))
    for col in ("sentence_no", "start", "end"):
        out[col] = out[col].astype("int64")
    return out


def blame_matrix(statements: pd.DataFrame, *, cue_types: Iterable[str] = ("blame", "pretext")) -> pd.DataFrame:
    """Counts of ``blamer`` x ``blamed`` for the given cue types (rows with no blamed actor left out).

    >>> st = pd.DataFrame({"blamer": ["Russia", "Russia", "(author)"], "blamed": ["Finland", "Finland", None],
    ...                    "cue_type": ["blame", "pretext", "motive"]})
    >>> blame_matrix(st).values.tolist()
    [['Russia', 'Finland', 2]]
    """
    st = statements[statements["cue_type"].isin(list(cue_types)) & statements["blamed"].notna()]
    if st.empty:
        return pd.DataFrame(columns=["blamer", "blamed", "n"])
    return st.groupby(["blamer", "blamed"], as_index=False).size().rename(columns={"size": "n"})
