"""Whose voice is heard: quotes, indirect speech, scare quotes and other distancing markers.

* ``quotes(articles)``: one row per quote. **Direct** quotes are text in straight or curly
  double quotes, guillemets or „low-high“ quotes, attributed by a reporting verb before or
  after (``said``, ``explained``, ``recalled`` ... the ``speech`` verbs of
  ``helpers/data/verbs.csv``) or by "according to X". A quote that runs over several
  sentences is one row. **Indirect** speech: "X said (that) ...", "X believes that ...",
  "..., X said.", "According to X, ...". A headline "Moscow: We'll ..." is an indirect row
  with verb ``:``.
* Speakers: the reporting clause's subject, resolved as in :mod:`helpers.framing.clauses`
  (``he``/``him``/``the diplomat`` -> the last person named; "explained Belyaev" -> Sergei
  Belyaev, named earlier with his title). ``speaker_actor`` is the actor they speak for, when
  the text or the alias table says so.
* A short quoted fragment (1-4 words) with no reporting verb or "according to" in its
  sentence is no quote: it is a **scare quote**, reported by ``distancing_markers``. Quoted
  titles (every word capitalised, e.g. a book or an operation's name) are neither.
* ``voice_shares``: the share of an article's words in the outlet's own voice, in direct
  quotes and in indirect speech (the content of reporting clauses; the reporting clause
  itself, "the diplomat said that", is the outlet's own voice).

>>> import pandas as pd
>>> arts = pd.DataFrame({"title": [""], "standfirst": [""], "body": [
...     '"We will not open the border," said Interior Minister Mari Rantanen. She said that '
...     'Russia had sent the migrants. The "hybrid attack" went on.']},
...     index=pd.Index(["a"], name="article_id"))
>>> quotes(arts)[["speaker", "verb", "quote", "direct", "speaker_actor"]].values.tolist()
[['Mari Rantanen', 'said', 'We will not open the border,', True, 'Finland'], ['Mari Rantanen', 'said', 'Russia had sent the migrants', False, 'Finland']]
>>> distancing_markers(arts)[["marker", "kind"]].values.tolist()
[['"hybrid attack"', 'scare_quote']]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .analysis import Analysis, as_analysis
from .clauses import FIELDS, Clause, Context, Tok, _lookup_alias, _tidy, demonyms, roles
from ..paths import DATA
from ..load.text import split_paragraphs

DISTANCING_CSV = DATA / "distancing.csv"
QUOTE_COLUMNS = ["article_id", "field", "sentence_no", "speaker", "verb", "quote", "direct", "start", "end",
                 "speaker_actor", "speaker_text", "verb_lemma", "attribution", "n_words"]
MARKER_COLUMNS = ["article_id", "field", "sentence_no", "marker", "kind", "start", "end", "voice", "sentence"]
SHARE_COLUMNS = ["article_id", "group", "words", "own_words", "direct_words", "indirect_words",
                 "own_share", "direct_share", "indirect_share", "quoted_share"]
SCARE_MAX_WORDS = 4
# verbs that name something with the speaker's words: 'Peskov called the move "a mistake"'
NAMING_VERBS = frozenset("call describe term label dub brand characterise characterize".split())
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PAIRS = {"“": "”", "«": "»", "„": "“", "‟": "”"}
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:\"“”«»]+?)\s*(?=[,.;:]|$)")


# ---------------------------------------------------------------------------------------------
# Quote marks


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, closed)`` of every double-quoted stretch in ``text``, marks included.

    Quotes pair within a paragraph; an unclosed quote runs to the end of its paragraph
    (``closed=False``), and a following paragraph that opens with a quote mark continues it
    (the newspaper convention for a quote over several paragraphs).

    >>> t = 'He said "yes" and «non». „Ja“ too.'
    >>> [t[a:b] for a, b, _ in quote_spans(t)]
    ['"yes"', '«non»', '„Ja“']
    """
    spans: list[tuple[int, int, bool]] = []
    for pa, pb in split_paragraphs(text):
        open_at = None
        expect = None
        for i in range(pa, pb):
            c = text[i]
            if open_at is None:
                if c == '"' or c in _PAIRS:
                    open_at, expect = i, ('"' if c == '"' else _PAIRS[c])
            elif c == expect or (expect == "”" and c == '"'):
                spans.append((open_at, i + 1, True))
                open_at = None
        if open_at is not None:
            spans.append((open_at, pb, False))
    # join a paragraph-long unclosed quote with the quote that opens the next paragraph
    joined: list[tuple[int, int, bool]] = []
    for s in spans:
        if joined and not joined[-1][2] and text[joined[-1][1]:s[0]].strip() == "":
            joined[-1] = (joined[-1][0], s[1], s[2])
        else:
            joined.append(s)
    return joined


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3 or w[:1].isupper()]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content) and len(words) <= 8


# ---------------------------------------------------------------------------------------------
# Sentences with their clauses


@dataclass
class _Sent:
    article_id: str
    field: str
    sentence_no: int
    text: str
    start: int
    end: int
    paragraph_no: int
    clauses: list[Clause]
    toks: list[Tok]
    person_before: str | None
    ctx: Context


def _analyse(analysis: Analysis) -> dict[str, list[_Sent]]:
    out: dict[str, list[_Sent]] = {}
    for row, clauses, toks, person_before, ctx in analysis.parsed:
        out.setdefault(row.article_id, []).append(_Sent(
            row.article_id, row.field, row.sentence_no, row.text, row.start, row.end, row.paragraph_no,
            clauses, toks, person_before, ctx))
    return out


def _sentence_at(sents: list[_Sent], field: str, offset: int) -> _Sent | None:
    for s in sents:
        if s.field == field and s.start <= offset < max(s.end, s.start + 1):
            return s
    # between sentences (a space): the next sentence
    later = [s for s in sents if s.field == field and s.start >= offset]
    return later[0] if later else None


def _speaker_of(cl: Clause) -> tuple[str | None, str | None, str | None]:
    """(speaker, speaker_actor, speaker_text) of a reporting clause."""
    actor = cl.agent_actors[0] if cl.agent_actors else None
    speaker = cl.agent_person or cl.agent_text
    return speaker, actor, cl.agent_text


def _resolve_who(who: str, s: _Sent) -> tuple[str | None, str | None]:
    """Speaker and actor for the X of "according to X"."""
    who = who.strip()
    low = who.lower()
    if low in ("him", "her", "he", "she") or re.fullmatch(r"(?:the|this) (?:\w+ )?(\w+)", low) and \
            low.split()[-1] in roles():
        person = s.person_before
        return person, s.ctx.person_actor(person)
    found = _lookup_alias(re.sub(r"^(?:the|The)\s+", "", who))
    if found:
        return who, found[0]
    name = s.ctx.full_name(who.split(", ")[-1]) if who[:1].isupper() else who
    actor = s.ctx.person_actor(name)
    if actor is None:
        for w in who.split():
            if w in demonyms():
                actor = demonyms()[w]
                break
    return name, actor


def _reporting(cl: Clause) -> bool:
    return cl.vclass in ("speech", "cognition") and not cl.copula and not cl.passive and \
        cl.clause not in ("reduced",)


def _complement(s: _Sent, idx: int) -> tuple[int, int] | None:
    """Character span (in the sentence) of what reporting clause ``idx`` reports, if it reports a clause."""
    cl = s.clauses[idx]
    toks = s.toks
    n = len(toks)
    ends_at = len(s.text.rstrip().rstrip(".!?\"”»’' ").rstrip())
    # "X said (in an interview) that ...", "X said: ...", "X said Russia was ..."
    embedded = [c for c in s.clauses if c.parent == idx and c.subj]
    k = cl.vg_end
    while k < n:
        t = toks[k]
        if t.tag == "THAT" or t.text == ":":
            start = toks[k + 1].start if k + 1 < n else None
            return (start, ends_at) if start is not None and start < ends_at else None
        if t.tag == "QUOTE" and k + 1 < n and (k == cl.vg_end or toks[k - 1].text in (",", ":")
                                               or cl.lemma in NAMING_VERBS):
            return toks[k].start, ends_at
        if embedded and k == embedded[0].subj[0]:
            return t.start, ends_at
        if t.tag in ("REL", "SUB", "CONJ") or t.text in (".", ";", "!", "?") or (
                t.tag in ("VERB", "AUX") and k > cl.vg_end):
            break
        k += 1
    # "..., Moscow said." / "..., said Belyaev."
    first_subj = cl.subj[0] if cl.subj and cl.subj[0] < cl.vg_start else cl.vg_start
    before = first_subj - 1
    while before >= 0 and toks[before].tag == "QUOTE":
        before -= 1
    tail = toks[cl.vg_end:]
    cut = next((j for j, t in enumerate(tail) if t.text in (",", ";", ":")), len(tail))
    tail = tail[:cut]   # "..., the government said on Tuesday, accusing Moscow of ..."
    after_ok = all(t.tag in ("PUNCT", "QUOTE", "PREP", "DET", "WORD", "PROP", "ACT", "NUM", "ADV", "ROLE")
                   for t in tail)
    if before > 0 and toks[before].text == "," and after_ok:
        return 0, toks[before].start
    return None


def _direct_quotes(sents: list[_Sent], articles_row: pd.Series, fields: Iterable[str]) -> tuple[list[dict], list[dict]]:
    """Direct quote rows and scare-quote markers of one article."""
    quotes, scares = [], []
    used: set[tuple[str, int, int]] = set()
    last_speaker: tuple | None = None
    last_para = None
    for fld in fields:
        text = articles_row.get(fld) or ""
        if not isinstance(text, str) or not text:
            continue
        for a, b, closed in quote_spans(text):
            inner_a = a + 1
            inner_b = b - 1 if closed else b
            content = text[inner_a:inner_b]
            words = _WORD.findall(content)
            if not words:
                continue
            first = _sentence_at(sents, fld, a)
            last = _sentence_at(sents, fld, max(inner_b - 1, a))
            if first is None or last is None:
                continue
            if _is_title_case(words) and len(words) <= 8 and not re.search(r"[.!?,]\s*$", content):
                continue  # a quoted title: neither a quote nor a scare quote
            speaker = actor = stext = verb = lemma = None
            how = None
            # (a) reporting clause after the closing mark, in the sentence that holds it
            for ci, cl in enumerate(last.clauses):
                vs = last.start + cl.start
                if _reporting(cl) and vs >= inner_b and vs - b <= 60 and \
                        not any(last.start + t.start >= b and t.tag == "QUOTE" and last.start + t.start < vs
                                for t in last.toks):
                    speaker, actor, stext = _speaker_of(cl)
                    verb, lemma, how = last.toks[cl.main].text.lower(), cl.lemma, "explicit"
                    used.add((last.field, last.sentence_no, ci))
                    break
            # (b) reporting clause before the opening mark, in the sentence that holds it
            if how is None:
                cands = [(i, cl) for i, cl in enumerate(first.clauses)
                         if _reporting(cl) and first.start + cl.end <= a]
                for i, cl in reversed(cands):
                    comp = _complement(first, i)
                    if comp is not None and first.start + comp[0] <= a:
                        speaker, actor, stext = _speaker_of(cl)
                        verb, lemma, how = first.toks[cl.main].text.lower(), cl.lemma, "explicit"
                        used.add((first.field, first.sentence_no, i))
                        break
            # (c) "according to X"
            if how is None:
                for s in {id(first): first, id(last): last}.values():
                    m = _ACCORDING.search(s.text)
                    if m:
                        speaker, actor = _resolve_who(m.group("who"), s)
                        stext, verb, lemma, how = m.group("who"), "according to", "according to", "explicit"
                        break
            if how is not None and stext and stext.lower() in ("he", "she", "him", "her") or (
                    how is not None and stext and re.match(r"(?i)the\s", stext) and speaker != stext):
                how = "anaphor"
            if how is None and len(words) <= SCARE_MAX_WORDS:
                scares.append(dict(article_id=first.article_id, field=fld, sentence_no=first.sentence_no,
                                   marker=text[a:b], kind="scare_quote", start=a, end=b, voice="author",
                                   sentence=first.text))
                continue
            if how is None and last_speaker is not None and last_para is not None and \
                    first.paragraph_no == last_para + 1 and text[:a].rstrip().endswith(("\n", "")) and \
                    first.text.lstrip().startswith(text[a]):
                speaker, actor, stext, verb, lemma = last_speaker
                how = "carried"
            quotes.append(dict(
                article_id=first.article_id, field=fld, sentence_no=first.sentence_no, speaker=speaker,
                verb=verb, quote=re.sub(r"\s*\n\s*\n\s*[\"“«„]?", " ", content).strip(), direct=True,
                start=inner_a, end=inner_b,
                speaker_actor=actor, speaker_text=stext, verb_lemma=lemma, attribution=how or "none",
                n_words=len(words)))
            if how is not None:
                last_speaker = (speaker, actor, stext, verb, lemma)
                last_para = last.paragraph_no
    return quotes, scares, used


def _indirect(sents: list[_Sent], direct_spans: dict[str, list[tuple[int, int]]],
              attributed: set[tuple[str, int]]) -> tuple[list[dict], list[tuple[str, int, int]]]:
    """Indirect speech rows, and every reported span (for voice shares)."""
    rows, spans = [], []
    for s in sents:
        dspans = direct_spans.get(s.field, [])
        inside = lambda off: any(a <= off < b for a, b in dspans)  # noqa: E731
        used_according = False
        for i, cl in enumerate(s.clauses):
            if not _reporting(cl) or inside(s.start + cl.start):
                continue
            if cl.clause == "participle":
                continue
            comp = _complement(s, i)
            if comp is None:
                continue
            a, b = s.start + comp[0], s.start + comp[1]
            spans.append((s.field, a, b))
            if (s.field, s.sentence_no, i) in attributed or any(a <= da < b for _, da, _ in [(0, *d) for d in dspans]):
                continue
            speaker, actor, stext = _speaker_of(cl)
            content = s.text[comp[0]:comp[1]].strip(" ,")
            rows.append(dict(
                article_id=s.article_id, field=s.field, sentence_no=s.sentence_no, speaker=speaker,
                verb=s.toks[cl.main].text.lower(), quote=content, direct=False, start=a, end=b,
                speaker_actor=actor, speaker_text=stext, verb_lemma=cl.lemma,
                attribution="anaphor" if stext and (stext.lower() in ("he", "she") or (
                    re.match(r"(?i)the\s", stext) and speaker != stext)) else "explicit",
                n_words=len(_WORD.findall(content))))
        m = _ACCORDING.search(s.text)
        if m and not used_according:
            if m.start() < 3:
                ca, cb = m.end() + 1, len(s.text.rstrip(". "))
            else:
                ca, cb = 0, m.start()
            content = s.text[ca:cb].strip(" ,")
            a, b = s.start + ca, s.start + cb
            spans.append((s.field, a, b))
            if not any(a <= da < b for da, _ in dspans) and content:
                speaker, actor = _resolve_who(m.group("who"), s)
                rows.append(dict(
                    article_id=s.article_id, field=s.field, sentence_no=s.sentence_no, speaker=speaker,
                    verb="according to", quote=content, direct=False, start=a, end=b, speaker_actor=actor,
                    speaker_text=m.group("who"), verb_lemma="according to",
                    attribution="anaphor" if m.group("who").lower() in ("him", "her") else "explicit",
                    n_words=len(_WORD.findall(content))))
        # headline "Moscow: We'll terminate ..."
        if s.field == "title":
            hm = re.match(r"\s*(?P<who>[^:]{2,60}?):\s+(?P<what>\S.*)$", s.text)
            if hm and not dspans:
                who = hm.group("who")
                found = _lookup_alias(re.sub(r"^(?:the|The)\s+", "", who))
                actor = found[0] if found else s.ctx.person_actor(who)
                if actor is not None:
                    a, b = s.start + hm.start("what"), s.start + len(s.text)
                    spans.append((s.field, a, b))
                    rows.append(dict(
                        article_id=s.article_id, field=s.field, sentence_no=s.sentence_no, speaker=who, verb=":",
                        quote=hm.group("what"), direct=False, start=a, end=b, speaker_actor=actor,
                        speaker_text=who, verb_lemma=":", attribution="headline",
                        n_words=len(_WORD.findall(hm.group("what")))))
    return rows, spans


def _article_voices(corpus, fields: Iterable[str]):
    analysis = as_analysis(corpus, fields)
    articles, fields = analysis.articles, list(analysis.fields)
    analysed = _analyse(analysis)
    for aid, sents in analysed.items():
        direct, scares, attributed = _direct_quotes(sents, articles.loc[aid], fields)
        dspans: dict[str, list[tuple[int, int]]] = {}
        for q in direct:
            dspans.setdefault(q["field"], []).append((q["start"] - 1, q["end"] + 1))
        indirect, spans = _indirect(sents, dspans, attributed)
        yield aid, sents, direct, indirect, scares, spans


def quotes(articles, *, fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Direct and indirect quotes, one row each, in reading order.

    Columns ``article_id, field, sentence_no, speaker, verb, quote, direct, start, end,
    speaker_actor, speaker_text, verb_lemma, attribution, n_words``. ``start``/``end`` are
    offsets of the quoted text in ``field`` (quote marks excluded); ``sentence_no`` is where
    the quote starts. ``attribution``: ``explicit`` (a named speaker or actor), ``anaphor``
    (he/him/the diplomat, resolved to the last person named), ``carried`` (a new paragraph
    continuing the previous speaker's quote), ``headline`` (``Moscow: ...``) or ``none``.
    """
    rows = []
    for _, _, direct, indirect, _, _ in _article_voices(articles, fields):
        rows.extend(sorted(direct + indirect, key=lambda r: (r["sentence_no"], r["start"])))
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    out = _tidy(out, bools=("direct",))
    for col in ("sentence_no", "start", "end", "n_words"):
        out[col] = out[col].astype("int64")
    return out


def voice_shares(articles, *, by: str = "perspective", level: str = "article",
                 fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Share of words in the outlet's own voice vs. quoted voices (direct and indirect).

    ``level="article"``: one row per article (``article_id, group, words, own_words,
    direct_words, indirect_words, own_share, direct_share, indirect_share, quoted_share``);
    ``level="group"``: the same summed over each group of ``by`` (``article_id`` then holds
    the number of articles, as ``n_articles``). Words are counted in ``fields``.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"title": [""], "standfirst": [""], "perspective": ["x"], "body": [
    ...     'Finland closed the border. "It is a provocation," the Kremlin said.']},
    ...     index=pd.Index(["a"], name="article_id"))
    >>> shares = voice_shares(arts)
    >>> shares[["words", "own_words", "direct_words"]].values.tolist(), shares["quoted_share"].tolist()
    ([[11, 7, 4]], [0.3636])
    """
    if level not in ("article", "group"):
        raise ValueError("level must be 'article' or 'group'")
    analysis = as_analysis(articles, fields)  # the articles, or what helpers.analyse returned
    articles, fields = analysis.articles, list(analysis.fields)
    recs = []
    seen = set()
    for aid, sents, direct, indirect, _, spans in _article_voices(analysis, fields):
        seen.add(aid)
        own = dq = iq = 0
        for fld in fields:
            text = articles.loc[aid, fld]
            if not isinstance(text, str) or not text:
                continue
            mask = [0] * len(text)
            for f, a, b in spans:
                if f == fld:
                    mask[a:b] = [1] * (b - a)
            for q in indirect:
                if q["field"] == fld:
                    mask[q["start"]:q["end"]] = [1] * (q["end"] - q["start"])
            for q in direct:
                if q["field"] == fld:
                    mask[q["start"]:q["end"]] = [2] * (q["end"] - q["start"])
            for m in _WORD.finditer(text):
                v = mask[m.start()]
                own += v == 0
                iq += v == 1
                dq += v == 2
        recs.append((aid, own + dq + iq, own, dq, iq))
    for aid in articles.index:
        if aid not in seen:
            recs.append((aid, 0, 0, 0, 0))
    df = pd.DataFrame(recs, columns=["article_id", "words", "own_words", "direct_words", "indirect_words"])
    if by in articles.columns:
        df.insert(1, "group", df["article_id"].map(articles[by]))
    else:                                    # by="article_id": one group per article
        df.insert(1, "group", df["article_id"] if by == articles.index.name else "all")
    if level == "group":
        df = df.groupby("group", as_index=False).agg(
            n_articles=("article_id", "size"), words=("words", "sum"), own_words=("own_words", "sum"),
            direct_words=("direct_words", "sum"), indirect_words=("indirect_words", "sum"))
    for name, col in (("own_share", "own_words"), ("direct_share", "direct_words"),
                      ("indirect_share", "indirect_words")):
        df[name] = (df[col] / df["words"].where(df["words"] > 0)).round(4)
    df["quoted_share"] = (df["direct_share"] + df["indirect_share"]).round(4)
    return df.reset_index(drop=True)


@lru_cache(maxsize=None)
def distancing_lexicon() -> pd.DataFrame:
    """``helpers/data/distancing.csv``: ``marker, pattern, kind, note``."""
    return pd.read_csv(DISTANCING_CSV, dtype=str, keep_default_na=False)


def distancing_markers(articles, *, fields: Iterable[str] = FIELDS) -> pd.DataFrame:
    """Words by which a writer keeps a claim at arm's length, one row per occurrence.

    Columns ``article_id, field, sentence_no, marker, kind, start, end, voice, sentence``.
    ``kind``: ``label`` (so-called), ``pretext`` (under the pretext), ``hedge`` (reportedly,
    allegedly, purportedly ...), ``claim`` (X claimed, not said of "I"/"we"), ``scare_quote``
    (a short quoted fragment with no speaker). ``voice`` is ``quoted`` when the marker sits
    inside a direct quote (the speaker's distancing, not the outlet's), ``reported`` inside
    reported speech ("..., the ministry said"), else ``author``.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"title": [""], "standfirst": [""], "body": [
    ...     "Finland closed the so-called eastern route. We claimed nothing. Russia claimed the move was illegal."]},
    ...     index=pd.Index(["a"], name="article_id"))
    >>> distancing_markers(arts)[["marker", "kind"]].values.tolist()
    [['so-called', 'label'], ['claimed', 'claim']]
    """
    lex = distancing_lexicon()
    pats = [(r.marker, re.compile(r.pattern, re.IGNORECASE), r.kind) for r in lex.itertuples(index=False)]
    rows = []
    analysis = as_analysis(articles, fields)
    articles, fields = analysis.articles, list(analysis.fields)
    for aid, sents, direct, _, scares, spans in _article_voices(analysis, fields):
        dspans = [(q["field"], q["start"], q["end"]) for q in direct]
        ispans = [(f, a, b) for f, a, b in spans]
        for s in sents:
            for marker, pat, kind in pats:
                for m in pat.finditer(s.text):
                    if kind == "claim":
                        cl = next((c for c in s.clauses if c.start <= m.start() < c.end and c.lemma.startswith("claim")),
                                  None)
                        if cl is None or (cl.agent_text or "").lower() in ("i", "we"):
                            continue
                    a, b = s.start + m.start(), s.start + m.end()
                    voice = "quoted" if any(f == s.field and qa <= a < qb for f, qa, qb in dspans) else \
                        "reported" if any(f == s.field and qa <= a < qb for f, qa, qb in ispans) else "author"
                    rows.append(dict(article_id=aid, field=s.field, sentence_no=s.sentence_no, marker=m.group(0),
                                     kind=kind, start=a, end=b, voice=voice, sentence=s.text))
        rows.extend(scares)
    out = pd.DataFrame(rows, columns=MARKER_COLUMNS)
    if len(out):
        order = {f: i for i, f in enumerate(fields)}
        out = out.assign(_f=out["field"].map(order)).sort_values(["article_id", "_f", "start"]).drop(columns="_f")
    return _tidy(out.reset_index(drop=True))


# ---------------------------------------------------------------------------------------------
# Chart

# from the outlet's own words (light) to other people's words verbatim (dark)
