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

Russian, Finnish and Swedish cues (rows with ``language`` ``ru``, ``fi``, ``sv``) are tried only on
articles in that language (``helpers.framing.frames.text_language``: with no language known, every row
is tried). The clause analysis is English, so for them: ``blamed`` is the actor of the cue's ``{X}``
(``object``), the actor named last before the cue in the sentence (``subject``, ``clause``), the first
actor in the reason (``reason``) or next to the cue (``near``); ``blamer`` is the speaker when the cue
is inside a quote or reported speech, the actor named before the cue when the row says
``blamer_is=subject`` ("Москва обвинила Хельсинки в ...", "Suomi sulki rajan vedoten ..."), else
``(author)``. A country or capital after a preposition of place (в, из, i, från ...) or in a Finnish
case of place (Suomessa, Venäjältä) is a place, not an actor. A pattern may capture the reason
itself in a group named ``reason`` (Finnish puts it before its postposition: "Venäjän toimien vuoksi").

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
from .frames import is_english, text_language
from .voices import _article_voices

BLAME_CSV = DATA / "blame_cues.csv"
AUTHOR = "(author)"
# "the number of migrants" names a quantity, not an actor who acted
QUANTITY_NOUNS = frozenset("number numbers thousands hundreds dozens group groups majority share part".split())
BLAME_COLUMNS = ["article_id", "field", "sentence_no", "sentence", "blamer", "blamed", "cue", "reason",
                 "cue_type", "cue_text", "blamer_text", "blamed_text", "negated", "start", "end"]
_NP = r"(?P<np>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"


# Other languages than English (rows of blame_cues.csv with a language): prepositions before a country or capital
# that make it a place or an oblique object (the border *with* Russia), not an actor acting; the Finnish case
# endings of place; the words of negation; and what a reason may start with that is not part of it.
PLACE_WORDS = {
    "ru": frozenset("в во из на до через к ко у по под над от около возле вблизи вдоль с со между против для без "
                    "при о об про".split()),
    "sv": frozenset("i från till mot in vid genom över ut ur nära längs med mellan för om".split()),
    "fi": frozenset(),
}
FI_PLACE_ENDINGS = ("ssa", "ssä", "sta", "stä", "lle", "lta", "ltä", "een", "aan", "ään", "iin", "oon", "uun", "öön", "yyn")
NEGATIONS = {"ru": r"не|ни", "fi": r"ei|eikä|eivät|en|emme|ette|et", "sv": r"inte|ej|aldrig|icke"}
LEADS = {
    "blame": {"ru": r"в|за|что", "fi": r"siitä\s*,?\s*että|että", "sv": r"för|att|över"},
    "other": {"ru": r"что|на|за", "fi": r"siitä\s*,?\s*että|että", "sv": r"att"},
}
# Swedish words that start a new clause or verb phrase after a reason ('På grund av X är det ...': the finite verb
# comes right after a fronted phrase): the reason ends before them. Russian reasons end before a finite verb and its
# subject, read with pymorphy3 (``_reason_words``).
SV_CLAUSE_WORDS = frozenset(
    "är var har hade kan kunde ska skulle måste blir blev kommer kom får fick gör gjorde ger gav tar tog finns fanns "
    "säger sa sade att som vilket vilka eftersom men då när medan".split())


@lru_cache(maxsize=None)
def cue_lexicon() -> pd.DataFrame:
    """``helpers/data/blame_cues.csv``: ``cue, pattern, cue_type, target, not_followed_by, note, language, blamer_is``."""
    lex = pd.read_csv(BLAME_CSV, dtype=str, keep_default_na=False)
    for col in ("language", "blamer_is"):
        lex[col] = lex[col].str.strip().str.lower() if col in lex.columns else ""
    bad = set(lex["cue_type"]) - {"blame", "motive", "pretext", "response"}
    if bad:
        raise ValueError(f"{BLAME_CSV.name}: unknown cue_type {sorted(bad)}")
    bad = set(lex["blamer_is"]) - {"", "subject"}
    if bad:
        raise ValueError(f"{BLAME_CSV.name}: blamer_is must be 'subject' or empty, not {sorted(bad)}")
    return lex


@lru_cache(maxsize=None)
def _compiled() -> list[tuple[str, re.Pattern, str, str, re.Pattern | None, str, str]]:
    out = []
    for r in cue_lexicon().itertuples(index=False):
        pat = re.compile(r.pattern.replace("{X}", _NP), re.IGNORECASE)
        nfb = re.compile(r.not_followed_by, re.IGNORECASE) if r.not_followed_by else None
        lang = "en" if is_english(r.language) else r.language
        out.append((r.cue, pat, r.cue_type, r.target, nfb, lang, r.blamer_is))
    return out


def _cues_for(language) -> list[tuple]:
    """The compiled cues tried on an article of *language* (``text_language``: every cue when it is not known)."""
    cues = _compiled()
    key = text_language(language, {c[5] for c in cues})
    return cues if key is None else [c for c in cues if c[5] == key]


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
    languages = articles["language"] if "language" in articles.columns else None
    rows = []
    for aid, sents, direct, indirect, _, spans in _article_voices(analysis, fields):
        qrows = [q for q in direct + indirect if q["attribution"] != "none"]
        cues = _cues_for(None if languages is None else languages.get(aid))
        for s in sents:
            taken: list[tuple[int, int]] = []   # reason spans of cues already found
            found = []
            for cue, pat, ctype, target, nfb, lang, blamer_is in cues:
                for m in pat.finditer(s.text):
                    if nfb is not None and nfb.match(s.text[m.end():]):
                        continue
                    a, b = _cue_span(m)
                    if any(fa <= a < fb for fa, fb, *_ in found) or any(a <= fa < b for fa, fb, *_ in found):
                        continue            # overlaps a cue listed earlier in the lexicon
                    found.append((a, b, cue, ctype, target, m, lang, blamer_is))
            found.sort(key=lambda f: f[0])
            for a, b, cue, ctype, target, m, lang, blamer_is in found:
                if any(ra <= a < rb for ra, rb in taken):
                    continue                # nested inside another cue's reason ("prompted by fears that")
                if lang != "en":
                    row = _other_language_row(s, a, b, cue, ctype, target, m, lang, blamer_is, qrows)
                    taken.append(row.pop("_reason_span"))
                    rows.append(dict(article_id=aid, field=s.field, sentence_no=s.sentence_no, sentence=s.text,
                                     **row, start=s.start + a, end=s.start + b))
                    continue
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
                    blamed=blamed, cue=cue, reason=reason_text, cue_type=ctype, cue_text=s.text[a:b],
                    blamer_text=blamer_text, blamed_text=blamed_text, negated=negated,
                    start=fa, end=s.start + b))
    out = pd.DataFrame(rows, columns=BLAME_COLUMNS)
    out = _tidy(out, bools=("negated",))
    for col in ("sentence_no", "start", "end"):
        out[col] = out[col].astype("int64")
    return out


def _cue_span(m: re.Match) -> tuple[int, int]:
    """The cue's own words in a match: all of it, less a ``reason`` group at its start or end."""
    a, b = m.start(), m.end()
    if "reason" in m.re.groupindex and m.group("reason") is not None:
        if m.start("reason") == a:
            a = m.end("reason")
        elif m.end("reason") == b:
            b = m.start("reason")
        while a < b and m.string[a].isspace():
            a += 1
        while b > a and m.string[b - 1].isspace():
            b -= 1
    return a, b


def actors_in(text: str, language: str, *, all_kinds: bool = False) -> list[tuple[str, str, int, int, str]]:
    """The actors named in *text* of an article in *language* (not English): ``(actor, words, start, end, kind)``,
    places left out.

    A country or capital is a place after a word of ``PLACE_WORDS`` or, in Finnish, in a case of place;
    ``all_kinds``: any actor there is left out (in a reason, 'вступление в НАТО' names no actor acting).

    >>> [a[0] for a in actors_in("Финляндия обвинила Россию, сообщили в Хельсинки.", "ru")]
    ['Finland', 'Russia']
    >>> [a[0] for a in actors_in("Suomi syyttää Venäjää; Venäjältä tuli ihmisiä.", "fi")]
    ['Finland', 'Russia']
    """
    out = []
    before_words = PLACE_WORDS.get(language, frozenset())
    for r in match_actors(text).itertuples(index=False):
        if r.kind in ("state", "capital") or all_kinds:
            prev = re.search(r"(\w+)\W*$", text[:r.start])
            if prev and prev.group(1).lower() in before_words:
                continue
            if language == "fi" and r.text.lower().endswith(FI_PLACE_ENDINGS):
                continue
        out.append((r.actor, r.text, r.start, r.end, r.kind))
    return out


_CLAUSE_MARK = re.compile(r"[,;:()]|\s[—–-]\s|[«»\"“”„]")


def _acting(text: str, found: tuple, language: str) -> bool:
    """Whether an actor named inside a reason acts there, as English reads "Russia's actions" or "attacks by Russia":
    in the genitive (Russian, also the instrumental of the agent: 'действия Финляндии', 'организованный Россией';
    Finnish 'Venäjän toimet'; Swedish 'Rysslands agerande') or after Swedish 'av' (by)."""
    words = found[1].split()
    if language == "ru":
        return any(p.tag.case in ("gent", "ablt") for p in _morph().parse(words[-1]))
    if language == "fi":
        return words[-1].lower().endswith("n")
    if language == "sv":
        prev = re.search(r"(\w+)\W*$", text[:found[2]])
        return words[-1].lower().endswith("s") or bool(prev and prev.group(1).lower() == "av")
    return True


def _before_in_clause(text: str, a: int, language: str, *, blamer: bool) -> tuple | None:
    """The actor named last before character *a* in its clause (after the last comma, colon, dash or quotation
    mark); when there is none, the last before it in the sentence (for a blamer, not a group such as migrants:
    '..., в организации которого обвиняли Москву' has no one accusing)."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, a)]
    start = marks[-1] if marks else 0
    found = actors_in(text[start:a], language)
    if found:
        return found[-1]
    found = [f for f in actors_in(text[:a], language) if not (blamer and f[4] == "group")]
    return found[-1] if found else None


def _other_language_row(s, a: int, b: int, cue: str, ctype: str, target: str, m: re.Match, lang: str,
                        blamer_is: str, qrows: list[dict]) -> dict:
    """A row for a cue of a Russian, Finnish or Swedish table row (see the module docstring)."""
    text = s.text
    if "reason" in m.re.groupindex and m.group("reason") is not None:
        r_start, r_end = m.start("reason"), m.end("reason")
    else:
        r_start = b
        r_end = _plain_reason_end(text, b)
        lead = re.match(rf"\s*(?:{LEADS['blame' if ctype == 'blame' else 'other'].get(lang, '(?!)')})\s+",
                        text[r_start:r_end], re.IGNORECASE)
        if lead:
            r_start += lead.end()
    if "reason" not in m.re.groupindex or m.group("reason") is None:
        r_end = r_start + _reason_words(text[r_start:r_end], lang)
    raw = text[r_start:r_end]
    reason = raw.strip(" ,\"“”«»„—–-") or None
    if target == "near":
        reason = None                       # what follows 'провокация' is who provoked, not a reason
    neg = NEGATIONS.get(lang)
    negated = bool(neg) and (bool(re.search(rf"(?<!\w)(?:{neg})\s+$", text[:a], re.IGNORECASE)) or
                             bool(re.search(rf"(?<!\w)(?:{neg})(?!\w)", text[a:b], re.IGNORECASE)))
    # who is blamed
    blamed = blamed_text = None
    if target == "object" and "np" in m.re.groupindex and m.group("np"):
        found = actors_in(m.group("np"), lang) or _plain_actors(m.group("np"))
        blamed_text = m.group("np")
        blamed = found[0][0] if found else None
    elif target in ("subject", "clause"):
        found = _before_in_clause(text, a, lang, blamer=False)
        if found:
            blamed, blamed_text = found[0], found[1]
    elif target == "reason" and reason:
        span = text[r_start:r_end]
        found = [f for f in actors_in(span, lang, all_kinds=True) if _acting(span, f, lang)]
        if found:
            blamed, blamed_text = found[0][0], found[0][1]
    elif target == "near":
        after = actors_in(" ".join(text[b:].split()[:4]), lang)
        before = actors_in(" ".join(text[:a].split()[-2:]), lang) or _demonym_before(text[:a])
        pick = after[0] if after else (before[-1] if before else None)
        if pick:
            blamed, blamed_text = pick[0], pick[1]
    # who blames
    blamer = blamer_text = None
    q = _speaker_at(qrows, s.field, s.start + a)
    if q is not None:
        blamer, blamer_text = q["speaker_actor"] or q["speaker"], q["speaker_text"]
    elif blamer_is == "subject":
        # a verb's subject is in its own clause; a participle's ('..., ссылаясь на') in the clause before the comma
        before = a if ctype == "blame" else len(text[:a].rstrip(" ,"))
        if target == "object" and "np" in m.re.groupindex and m.start("np") < a:
            before = m.start("np")                   # 'Venäjän järjestämä': the genitive is the blamed, not the blamer
        found = _before_in_clause(text, before, lang, blamer=True) if ctype == "blame" else \
            (actors_in(text[:before], lang) or [None])[-1]
        if found:
            blamer, blamer_text = found[0], found[1]
    if blamer is None:
        blamer = AUTHOR
    return dict(blamer=blamer, blamed=blamed, cue=cue, reason=reason, cue_type=ctype, cue_text=text[a:b],
                blamer_text=blamer_text, blamed_text=blamed_text, negated=negated,
                _reason_span=(r_start, max(r_end, r_start + 1)))


def _reason_words(reason: str, language: str) -> int:
    """How much of a reason (running to its clause's punctuation) is the reason: Russian stops before a finite verb
    and the nominative words right before it (the next clause's subject: 'из-за наплыва беженцев Финляндия решила'
    -> 'наплыва беженцев'), Swedish before a word of ``SV_CLAUSE_WORDS``.

    >>> r = "наплыва беженцев Финляндия решила закрыть все КПП"
    >>> r[:_reason_words(r, "ru")]
    'наплыва беженцев'
    """
    words = list(re.finditer(r"[\w-]+", reason))
    if language == "sv":
        for k, w in enumerate(words):
            if k and w.group(0).lower() in SV_CLAUSE_WORDS:
                return len(reason[:w.start()].rstrip())
    elif language == "ru":
        morph = _morph()
        tags = [morph.parse(w.group(0))[0].tag for w in words]
        for k, tag in enumerate(tags):
            if k and tag.POS == "VERB":
                j = k
                while j > 1 and tags[j - 1].POS in ("NOUN", "NPRO") and tags[j - 1].case == "nomn":
                    j -= 1
                return len(reason[:words[j].start()].rstrip())
    return len(reason)


@lru_cache(maxsize=None)
def _morph():
    import pymorphy3  # Russian grammar, only when a Russian reason is read
    return pymorphy3.MorphAnalyzer()


def _plain_reason_end(text: str, start: int) -> int:
    """Where a reason starting at *start* ends when the sentence has no English clause analysis: at the next
    comma, semicolon, colon, bracket, dash between spaces or quotation mark, else at the end of the sentence."""
    m = re.compile(r"[,;:()!?]|\s[—–-]\s|[«»\"“”„]").search(text, start)
    end = len(text.rstrip().rstrip(".!?").rstrip())
    return min(m.start(), end) if m else end


def _plain_actors(text: str) -> list[tuple[str, str, int, int, str]]:
    """Actors in *text* with no place test (a blamed noun phrase: 'на Финляндию' is the one blamed, not a place)."""
    return [(r.actor, r.text, r.start, r.end, r.kind) for r in match_actors(text).itertuples(index=False)]


def _demonym_before(text: str) -> list[tuple[str, str, int, int, str]]:
    """A nationality adjective as the last word of *text* ('финская провокация', 'rysk provokation')."""
    words = text.split()
    if words:
        w = words[-1].strip(",.;:«»\"“”")
        if w in demonyms() or w.lower() in demonyms():
            return [(demonyms().get(w) or demonyms()[w.lower()], w, 0, 0, "demonym")]
    return []


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
