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
* Articles whose ``language`` is ``ru``, ``fi`` or ``sv`` are read by rules of their own on an
  editable table, ``helpers/data/reporting.csv`` (documented in ``helpers/data/voices.md``):
  ``«…», — заявил X``, ``По словам X, …``, ``X заявил, что …``, Finnish and Swedish dash quotes
  (``– …, sanoi X.``, ``– …, säger X.``), ``”…”`` on both sides, ``X:n mukaan``, ``enligt X``;
  ``distancing.csv`` rows of the article's language (``так называемый``, ``muka``, ``så kallad``).
  Every other article (``en``, no language) is read exactly as above.

>>> import pandas as pd
>>> arts = pd.DataFrame({"title": [""], "standfirst": [""], "body": [
...     '"We will not open the border," said Interior Minister Mari Rantanen. She said that '
...     'Russia had sent the migrants. The "hybrid attack" went on.']},
...     index=pd.Index(["a"], name="article_id"))
>>> quotes(arts)[["speaker", "verb", "quote", "direct", "speaker_actor"]].values.tolist()
[['Mari Rantanen', 'said', 'We will not open the border,', True, 'Finland'], ['Mari Rantanen', 'said', 'Russia had sent the migrants', False, 'Finland']]
>>> distancing_markers(arts)[["marker", "kind"]].values.tolist()
[['"hybrid attack"', 'scare_quote']]

>>> fi = pd.DataFrame({"title": [""], "standfirst": [""], "language": ["fi"], "body": [
...     "– Raja pysyy kiinni, sanoi sisäministeri Mari Rantanen.\\n\\nRantasen mukaan tulijoita on vähemmän."]},
...     index=pd.Index(["b"], name="article_id"))
>>> quotes(fi)[["speaker", "verb", "quote", "direct", "speaker_actor"]].values.tolist()
[['Mari Rantanen', 'sanoi', 'Raja pysyy kiinni', True, 'Finland'], ['Mari Rantanen', 'mukaan', 'tulijoita on vähemmän', False, 'Finland']]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .analysis import Analysis, as_analysis
from .clauses import (FIELDS, Clause, Context, Tok, _lookup_alias, _tidy, alias_table, demonyms, match_actors,
                      roles)
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
    return _join_unclosed(spans, text)


def _join_unclosed(spans: list[tuple[int, int, bool]], text: str) -> list[tuple[int, int, bool]]:
    """Join a paragraph-long unclosed quote with the quote that opens the next paragraph."""
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
            if comp is None or comp[1] <= comp[0]:    # no words after the verb: nothing is reported
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


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish: rules on an editable table (helpers/data/reporting.csv), no clause parser
#
# Articles whose ``language`` is ru, fi or sv are read by the rules below; any other article (en, empty,
# no ``language`` column) by the English clause parser above, unchanged.

FOREIGN_LANGUAGES = ("ru", "fi", "sv")
REPORTING_CSV = DATA / "reporting.csv"
_DASHES = "-–—―"
_FTOKEN = re.compile(r"\w+(?:[-‐'’:]\w+)*|[^\w\s]")
_OPEN_QUOTES = "\"“«„‟”»"
_CLOSE_QUOTES = "\"”»“«"
CARRY_PARAGRAPHS = 3   # an unattributed quote paragraph takes the last speaker named this many paragraphs back

# closed word classes (grammar, not a lexicon of the story)
_RU_PRONOUNS = frozenset("он она они".split())
_RU_POSSESSIVE = frozenset("его её ее их".split())
_RU_SKIP = frozenset("ADVB PRCL".split())     # before a verb: также, ранее, уже, вновь
_RU_TIME = frozenset("""понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель май
    июнь июль август сентябрь октябрь ноябрь декабрь год неделя день утро вечер ночь время момент период""".split())
_RU_LOCATIVE_PREPS = frozenset("в во на".split())
_RU_RELATIVE = frozenset("который какой чей".split())
_FI_PRONOUNS = frozenset("hän he".split())
_FI_CLOSED = frozenset("""ja tai mutta sekä että ettei kun jos koska vaikka kuin myös jo vielä nyt sitten kuitenkin
    tuolloin aiemmin aikaisemmin eilen tänään huomenna puolestaan taas edelleen lisäksi siis eli on ovat oli olivat
    ole ollut olleet ei eikä en se ne tämä nämä tuo joka jotka mikä mitä me te minä sinä myöhemmin juuri vain jopa
    noin yli alle asti saakka jälkeen ennen aikana kanssa kautta vuoksi takia lähes ainakin myöskin mm esim
    heistä hänen heidän sen niiden tästä siitä tätä sitä jo vielä aiemmin tällä hetkellä""".split())
_FI_LOCAL = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|aan|ään)$")
_FI_ADVERBS = frozenset("""myös jo vielä nyt sitten kuitenkin tuolloin aiemmin aikaisemmin eilen tänään huomenna
    puolestaan taas edelleen lisäksi siis myöhemmin juuri vain jopa ainakin myöskin""".split())
_SV_PRONOUNS = frozenset("han hon hen".split())
_SV_DET = frozenset("den det de en ett".split())
_SV_CLOSED = frozenset("""och eller men att som när då om eftersom även också dock därför nu sedan alltså vidare redan
    fortfarande här där i på vid till från med för av under efter enligt hos mot utan genom inför bland över
    är var har hade ska skulle kommer kan kunde blir blev vill måste får fick inte ej han hon de den det detta
    dessa vi man sig sin sitt sina hen honom henne dem oss igen bara just tidigare senare idag igår""".split())
_SV_FINITE = frozenset("""är var har hade kan kunde ska skulle kommer kom blir blev finns fanns gäller gällde måste bör
    borde vill ville får fick går gick står stod ligger låg""".split())
_SV_ADVERBS = frozenset("nu alltså också även dock vidare därför sedan redan nyligen tidigare idag igår".split())
_SV_AUX = frozenset("har hade ska skulle kommer att kan kunde".split())
_FI_AUX = frozenset("on ovat oli olivat ei eivät".split())
_COMPLEMENTIZERS = {"ru": ("что",), "fi": ("että", "ettei"), "sv": ("att",)}


@lru_cache(maxsize=None)
def reporting_lexicon() -> pd.DataFrame:
    """``helpers/data/reporting.csv``: ``language, kind, lemma, forms, note`` (see ``helpers/data/voices.md``)."""
    return pd.read_csv(REPORTING_CSV, dtype=str, keep_default_na=False).apply(lambda c: c.str.strip())


def _yo(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> dict:
    """The table's rows for *lang*: single-word forms, phrases, Russian lemmas and word lists."""
    lex = reporting_lexicon()
    lex = lex[lex["language"] == lang]
    words: dict[str, tuple[str, str]] = {}
    phrases: list[tuple[tuple[str, ...], str, str]] = []
    lemmas: dict[str, tuple[str, str]] = {}
    lists: dict[str, set[str]] = {"source_word": set(), "document": set(), "media": set()}
    for rec in lex.itertuples(index=False):
        forms = [f.strip() for f in rec.forms.split("|") if f.strip()]
        if rec.kind in lists:
            lists[rec.kind].update(_yo(f) for f in forms)
            continue
        if lang == "ru" and rec.kind in ("speech", "naming", "impersonal") and not forms:
            lemmas[_yo(rec.lemma)] = (rec.lemma, rec.kind)
        for f in forms:
            toks = tuple(_yo(t) for t in _FTOKEN.findall(f))
            if len(toks) == 1:
                words.setdefault(toks[0], (rec.lemma, rec.kind))
            elif toks:
                phrases.append((toks, rec.lemma, rec.kind))
    phrases.sort(key=lambda p: -len(p[0]))
    return dict(words=words, phrases=phrases, lemmas=lemmas, source_words=frozenset(lists["source_word"]),
                documents=frozenset(lists["document"]), media=frozenset(lists["media"]))


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3  # noqa: PLC0415  (loaded only for Russian articles)
    return pymorphy3.MorphAnalyzer()


_CYRILLIC = re.compile(r"^[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*$")


@lru_cache(maxsize=65536)
def _ru_parses(word: str) -> tuple:
    if not _CYRILLIC.match(word):
        return ()
    return tuple(_morph().parse(word))


def _ru_pos(word: str) -> str | None:
    p = _ru_parses(word)
    return p[0].tag.POS if p else None


@dataclass
class _FTok:
    text: str
    low: str
    start: int        # offsets in the field
    end: int
    word: bool
    cap: bool

    @property
    def tag(self) -> str:
        """The English parser's coarse tag, for helpers that read either kind of token."""
        return "WORD" if self.word else "PUNCT"


@dataclass
class _Cue:
    i: int            # first and after-last token of the cue
    j: int
    lemma: str
    kind: str
    verb: str         # as written


@dataclass
class _FSent:
    article_id: str
    field: str
    sentence_no: int
    paragraph_no: int
    text: str
    start: int
    end: int
    toks: list
    cues: list
    # what an English sentence (``_Sent``) also carries, empty here: helpers that read both kinds
    # (``blame_statements``) see no clauses and no context
    clauses: list = field(default_factory=list)
    person_before: str | None = None
    ctx: Context = field(default_factory=Context)


def _ftokens(text: str, offset: int) -> list[_FTok]:
    out = []
    for m in _FTOKEN.finditer(text):
        t = m.group(0)
        w = t[0].isalnum() or t[0] == "_"
        out.append(_FTok(t, _yo(t), offset + m.start(), offset + m.end(), w, w and t[0].isupper()))
    return out


def _find_cues(toks: list[_FTok], lang: str) -> list[_Cue]:
    lex = _lexicon(lang)
    cues: list[_Cue] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        if not t.word:
            k += 1
            continue
        hit = None
        for ph, lemma, kind in lex["phrases"]:
            if tuple(x.low for x in toks[k:k + len(ph)]) == ph:
                hit = _Cue(k, k + len(ph), lemma, kind, " ".join(x.text for x in toks[k:k + len(ph)]))
                break
        if hit is None and lang == "ru" and t.low == "по" and k + 2 < n and toks[k + 1].low in _RU_POSSESSIVE:
            # "по его словам": the according phrase with a possessive inside
            for ph, lemma, kind in lex["phrases"]:
                if len(ph) == 2 and ph[0] == "по" and toks[k + 2].low == ph[1]:
                    hit = _Cue(k, k + 3, lemma, kind, " ".join(x.text for x in toks[k:k + 3]))
                    break
        if hit is None and t.low in lex["words"]:
            lemma, kind = lex["words"][t.low]
            hit = _Cue(k, k + 1, lemma, kind, t.text)
        if hit is None and lang == "ru" and lex["lemmas"]:
            ps = _ru_parses(t.low)
            if ps and ps[0].tag.POS == "VERB":
                got = lex["lemmas"].get(_yo(ps[0].normal_form))
                if got:
                    hit = _Cue(k, k + 1, got[0], got[1], t.text)
        if hit is not None and lang == "sv" and hit.kind == "speech" and (k == 0 or toks[k - 1].text in _DASHES) \
                and t.cap:
            hit = None        # Swedish puts the verb second: "Bekräftade uppgifter finns ..." opens with an adjective
        if hit is not None:
            cues.append(hit)
            k = hit.j
        else:
            k += 1
    return cues


# ---- noun phrases next to a cue ---------------------------------------------------------------

def _ru_np_tok(t: _FTok) -> bool:
    if not t.word:
        return False
    if not _CYRILLIC.match(t.text):
        return t.text[:1].isalpha() and (t.cap or t.text.isupper())    # Yle, HS, Helsingin Sanomat
    ps = _ru_parses(t.low)
    if t.cap:
        if not ps:
            return True
        if ps[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "GRND", "PRED", "INTJ"):
            return False
        # "Ранее" (an adverb only) is no name; "Орпо" (also read as an adverb) is
        return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in ps) or not _morph().word_is_known(t.low)
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF") and ps[0].normal_form not in _RU_RELATIVE


def _ru_adverb(t: _FTok) -> bool:
    """также, ранее, уже: skipped between a verb and its subject.

    A capitalised name that pymorphy3 reads as an adverb (Орпо) is none."""
    return t.word and bool(_CYRILLIC.match(t.text)) and _ru_pos(t.low) in _RU_SKIP and not (t.cap and _ru_np_tok(t))


def _ru_has_case(t: _FTok, cases: tuple[str, ...]) -> bool:
    if not _CYRILLIC.match(t.text) or (t.cap and not _morph().word_is_known(t.low)):
        return True         # Yle, and foreign names pymorphy3 only guesses at (Рантанен)
    return any(p.tag.case in cases or "Fixd" in p.tag for p in _ru_parses(t.low))


def _agrees(toks: list[_FTok], np: tuple | None, number: str | None) -> bool:
    """A Russian subject agrees in number with its verb.

    In ``передают заявление`` the statement is the object, not the subject."""
    if np is None or number is None or np[2] != "np":
        return True
    for t in toks[np[0]:np[1]]:
        ps = _ru_parses(t.low) if t.word else ()
        nouns = [p for p in ps if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if not ps or any("Fixd" in p.tag for p in ps) or (t.cap and not _morph().word_is_known(t.low)):
            return True
        if nouns:
            return any(p.tag.number == number for p in nouns)
    return True


def _fi_np_tok(t: _FTok) -> bool:
    return t.word and t.low not in _FI_CLOSED and not t.text.isdigit()


def _sv_np_tok(t: _FTok) -> bool:
    return t.word and t.low not in _SV_CLOSED and not t.text.isdigit()


def _skip_parens_back(toks, k):
    """Index before a parenthesised group ending at k (``Orpo (kok.) kertoi``), else k."""
    if k >= 0 and toks[k].text == ")":
        while k >= 0 and toks[k].text != "(":
            k -= 1
        return k - 1
    return k


def _np_before(toks: list[_FTok], i: int, lang: str, sent_start_tok: int = 0) -> tuple[int, int, str] | None:
    """Token range and kind (``np``, ``pronoun``, ``locative``) of the subject before token ``i``."""
    k = i - 1
    if lang == "ru":
        while k >= sent_start_tok and _ru_adverb(toks[k]):
            k -= 1
        if k >= 0 and toks[k].low in _RU_PRONOUNS:
            return k, k + 1, "pronoun"
        end = k + 1
        while k >= sent_start_tok and _ru_np_tok(toks[k]):
            k -= 1
        if end - (k + 1) < 1:
            return None
        a = k + 1
        if k >= 0 and toks[k].low in _RU_LOCATIVE_PREPS:
            # "в посольстве России в Финляндии заявили": a chain of в-phrases
            while True:
                j = k - 1
                while j >= sent_start_tok and _ru_np_tok(toks[j]):
                    j -= 1
                if j < k - 1 and j >= 0 and toks[j].low in _RU_LOCATIVE_PREPS:
                    k = j
                    continue
                break
            # "В Хельсинки ограничения объяснили": a plural object fronted before the verb ends the place
            for m in range(k + 2, end):
                ps = _ru_parses(toks[m].low)
                if not toks[m].cap and ps and ps[0].tag.POS == "NOUN" and any(
                        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" for p in ps):
                    end = m
                    break
            return k, end, "locative"
        if k >= 0 and _ru_pos(toks[k].low) == "PREP":
            return None
        if not any(_ru_has_case(t, ("nomn",)) for t in toks[a:end]):
            return None
        return a, end, "np"
    if lang == "fi":
        while k >= sent_start_tok and (toks[k].low in _FI_AUX or toks[k].low in _FI_CLOSED - {"ja", "että"}
                                       and toks[k].low not in _FI_PRONOUNS):
            k -= 1
        if k >= 0 and toks[k].low in _FI_PRONOUNS:
            return k, k + 1, "pronoun"
        k = _skip_parens_back(toks, k)
        end = k + 1
        while k >= sent_start_tok:
            if _fi_np_tok(toks[k]):
                k -= 1
                continue
            if toks[k].text == ")":
                k = _skip_parens_back(toks, k)
                continue
            break
        a = k + 1
        if end <= a:
            return None
        if a == sent_start_tok and re.search(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)$", toks[a].low):
            return None      # "Hiljaisesta päivästä rajalla kertoivat X": a fronted adverbial, not the subject
        # an affiliation between name and verb: "Matti Pitkäniitty Rajavartiolaitoksen esikunnasta kertoi"
        span = toks[a:end]
        if len(span) > 1 and not span[-1].cap and _FI_LOCAL.search(span[-1].low):
            e = end - 1
            while e > a and toks[e - 1].low.endswith("n") and toks[e - 1].cap:
                e -= 1
            if e > a and any(t.cap for t in toks[a:e]):
                end = e
            else:
                return None
        elif span[-1].low.endswith("n") and not span[-1].cap and len(span) == 1:
            return None
        return a, end, "np"
    # sv: verb second, so a subject before the verb runs from the clause's start
    while k >= sent_start_tok and toks[k].low in _SV_AUX:
        k -= 1
    if k >= 0 and toks[k].low in _SV_PRONOUNS:
        start_ok = k == sent_start_tok or not toks[k - 1].word
        return (k, k + 1, "pronoun") if start_ok else None
    k = _skip_parens_back(toks, k)
    end = k + 1
    while k >= sent_start_tok and (_sv_np_tok(toks[k]) or toks[k].low in _SV_DET):
        k -= 1
    a = k + 1
    if end <= a or (k >= sent_start_tok and toks[k].word and toks[k].low not in ("och", "men", "eller")):
        return None       # verb second: the subject opens the clause (or follows och/men)
    if toks[a].low in _SV_ADVERBS or (toks[a].low in _SV_DET and end - a == 1):
        return None
    return a, end, "np"


def _quoted_name_end(toks: list[_FTok], k: int) -> int:
    """After a noun phrase, the end of a name in quote marks that belongs to it (``Telegram-канал «Радиоточка НСН»``)."""
    if k < len(toks) and toks[k].text in "«\"„“" and k + 1 < len(toks) and (toks[k + 1].cap or toks[k + 1].text.isdigit()):
        m = k + 1
        while m < len(toks) and m - k <= 5 and toks[m].text not in "»\"“”":
            m += 1
        if m < len(toks) and m - k <= 5:
            return m + 1
    return k


def _np_after(toks: list[_FTok], j: int, lang: str, *, verb_plural: bool = False) -> tuple[int, int, str] | None:
    """Token range and kind of the speaker after token ``j`` (``said X``, ``сообщил X``, ``säger X``)."""
    n = len(toks)
    k = j
    if lang == "ru":
        while k < n and _ru_adverb(toks[k]):
            k += 1
        # an addressee: "рассказал «Абзацу» ...", "сказал журналистам ..."
        if k < n and toks[k].text in "«\"„“":
            m = k + 1
            while m < n and toks[m].text not in "»\"“”":
                m += 1
            if m < n and m - k <= 4:
                k = m + 1
        while k < n and toks[k].word and _CYRILLIC.match(toks[k].text) and not toks[k].cap and \
                _ru_parses(toks[k].low) and all(p.tag.case == "datv" for p in _ru_parses(toks[k].low)[:3]):
            k += 1
        if k < n and toks[k].low in _RU_PRONOUNS:
            return k, k + 1, "pronoun"
        if k < n and toks[k].low in _RU_LOCATIVE_PREPS and verb_plural:
            m = k + 1
            while m < n and (_ru_np_tok(toks[m]) or (toks[m].low in _RU_LOCATIVE_PREPS and m + 1 < n
                                                     and _ru_np_tok(toks[m + 1]))):
                m += 1
            return (k, _quoted_name_end(toks, m), "locative") if m > k + 1 else None
        a = k
        while k < n and _ru_np_tok(toks[k]) and (k == a or _ru_has_case(toks[k], ("nomn", "gent"))):
            k += 1
        if k == a or not _ru_has_case(toks[a], ("nomn",)) and not any(
                _ru_has_case(t, ("nomn",)) for t in toks[a:k]):
            return None
        return a, _quoted_name_end(toks, k), "np"
    if lang == "fi":
        while k < n and toks[k].low in _FI_CLOSED and toks[k].low not in _FI_PRONOUNS:
            k += 1
        if k < n and toks[k].low in _FI_PRONOUNS:
            return k, k + 1, "pronoun"
        a = k
        while k < n:
            t = toks[k]
            if not _fi_np_tok(t):
                if t.text == "," and k > a:
                    rest = toks[k + 1:]
                    words = [x for x in rest if x.word]
                    tail_end = next((m for m, x in enumerate(rest) if x.text in ".!?"), len(rest))
                    if 0 < len(words) <= 5 and tail_end == len([x for x in rest if x.text not in ".!?"]) and \
                            words[-1].cap and all(_fi_np_tok(x) for x in words):
                        k += 1
                        continue
                break
            nxt_cap = k + 1 < n and toks[k + 1].cap
            if k > a and _FI_LOCAL.search(t.low) and (not t.cap or ":" in t.text or not nxt_cap):
                if k - a > 1 and toks[k - 1].low.endswith("n") and toks[k - 1].cap:
                    k -= 1         # "Axel Rännäli Lapin rajavartiostosta": Lapin goes with the place
                elif k - a > 1 and (t.cap or ":" in t.text) and not toks[k - 1].cap:
                    k -= 1         # "Rajavartiostot viestipalvelu X:ssä": the service goes with its name
                break
            if k == a and _FI_LOCAL.search(t.low) and not t.cap:
                return None
            k += 1
        if k == a + 1 and not toks[a].cap and toks[a].low.endswith("n"):
            return None            # a lone genitive ("paikan päällä ...") is no speaker
        return (a, k, "np") if k > a else None
    # sv
    while k < n and toks[k].low in _SV_ADVERBS:
        k += 1
    if k < n and toks[k].low in _SV_PRONOUNS:
        return k, k + 1, "pronoun"
    a = k
    if k < n and toks[k].low in _SV_DET and k + 1 < n and _sv_np_tok(toks[k + 1]):
        k += 1
    while k < n and _sv_np_tok(toks[k]):
        if k > a and not toks[k].cap and not toks[k - 1].cap and re.search(r"(?:en|et|na)$", toks[k - 1].low) \
                and toks[k - 1].low not in _SV_DET:
            break            # "det finska inrikesdepartementet vidare"
        k += 1
    return (a, k, "np") if k > a and any(t.word for t in toks[a:k]) else None


def _according_np(toks: list[_FTok], cue: _Cue, lang: str) -> tuple[int, int, str] | None:
    """The source of an according cue: after ``по словам``/``enligt``, before ``mukaan``."""
    n = len(toks)
    if lang == "ru":
        if cue.j - cue.i == 3:
            return cue.i + 1, cue.i + 2, "pronoun"
        k = cue.j
        a = k
        while k < n and _ru_np_tok(toks[k]):
            k += 1
        return (a, k, "np") if k > a else None
    if lang == "fi":
        if cue.i > 0 and toks[cue.i - 1].low in ("hänen", "heidän"):
            return cue.i - 1, cue.i, "pronoun"
        if toks[cue.i].low.endswith(("nsa", "nsä", "än", "aan")) and toks[cue.i].low not in ("mukaan",) and (
                cue.i == 0 or not toks[cue.i - 1].word):
            return cue.i, cue.j, "pronoun"          # "Mukaansa ...", "mielestään"
        k = cue.i - 1
        end = cue.i
        while k >= 0 and toks[k].word and toks[k].low not in _FI_CLOSED and not toks[k].text.isdigit():
            t = toks[k]
            if not (t.low.endswith("n") or t.cap or (k + 2 < end and toks[k + 1].cap and toks[k + 2].cap)):
                break          # a title before a full name: "johtaja Antti Lehtisen mukaan"
            k -= 1
        return (k + 1, end, "np") if end > k + 1 else None
    # sv
    k = cue.j
    if k < n and toks[k].low in ("honom", "henne", "dem"):
        return k, k + 1, "pronoun"
    a = k
    seen_noun = False
    while k < n and toks[k].word:
        t = toks[k]
        if t.low in _SV_FINITE and k > a:
            break
        if not t.cap and k > a and seen_noun and t.low not in _SV_CLOSED and re.search(r"(?:ar|er|ör|ir|ur)$", t.low) \
                and (toks[k - 1].cap or re.search(r"(?:en|et|na)$", toks[k - 1].low)) and \
                not (k + 1 < n and toks[k + 1].cap) and k + 1 < n and toks[k + 1].word:
            # "statsminister Orpo", "enligt Finlands statsminister." are titles, not the main clause's verb
            break            # "Enligt Mikko Lehmus saknar ...": the verb of the main clause
        if t.low in ("vid", "på", "hos", "i") and k + 1 < n and toks[k + 1].word:
            k += 2
            continue
        if t.low in _SV_CLOSED and t.low not in ("och", "bland", "andra"):
            break
        seen_noun = True
        k += 1
    return (a, k, "np") if k > a else None


def _f_complement(toks: list[_FTok], k: int, lang: str, limit: int = 10) -> int | None:
    """Token index where a reported clause starts after token ``k`` (``что``/``että``/``att``/``:``)."""
    n = len(toks)
    comp = _COMPLEMENTIZERS[lang]
    m = k
    while m < n and m - k <= limit:
        t = toks[m]
        if t.low in comp and (lang == "sv" or m == k or toks[m - 1].text == "," or lang == "fi"):
            return m + 1 if m + 1 < n else None
        if t.text == ":":
            return m + 1 if m + 1 < n else None
        if t.text in ".!?;" or (t.text in _OPEN_QUOTES and m > k) or _relative(t, lang):
            return None       # "säger Rantanen som tillägger att ...": the att is the relative clause's
        m += 1
    return None


def _relative(t: _FTok, lang: str) -> bool:
    if lang == "sv":
        return t.low == "som"
    if lang == "fi":
        return t.low in ("joka", "jotka", "jonka", "joiden", "jossa", "josta")
    ps = _ru_parses(t.low) if t.word else ()
    return bool(ps) and ps[0].normal_form in _RU_RELATIVE


# ---- names --------------------------------------------------------------------------------------

_RU_ENDING = re.compile(r"(?:[аяуюеиыо]|ой|ей|ым|им|ом|ем)$")


def _ru_nominative(toks: list[_FTok], case: str | None, *, names_only: bool = False) -> str:
    """The noun phrase in the nominative: its head and the adjectives before it, and names, when in ``case``.

    Genitive dependents stay (``главы МИД Финляндии`` -> ``глава МИД Финляндии``); indeclinable foreign
    names stay (``Рантанен``, ``Орпо``).
    """
    out = []
    head_done = False
    for t in toks:
        ps = _ru_parses(t.low) if t.word else ()
        if not ps or not case:
            out.append(t.text)
            continue
        p = next((q for q in ps if q.tag.case == case), None)
        if p is None:
            head_done = head_done or ps[0].tag.POS == "NOUN"
            out.append(t.text)
            continue
        convertible = (not t.cap or _RU_ENDING.search(t.low)) and not t.text.isupper()
        is_name = bool({"Name", "Surn", "Patr"} & set(re.split(r"[ ,]", str(p.tag))))
        w = t.text
        if convertible and ((not head_done and not names_only and p.tag.POS in ("NOUN", "ADJF", "PRTF")) or
                            (t.cap and is_name)):
            grams = {"nomn"} | ({p.tag.number} if p.tag.number else set())
            inf = p.inflect(grams) or p.inflect({"nomn"})
            if inf is not None:
                w = inf.word
                w = w[:1].upper() + w[1:] if t.cap else w
        head_done = head_done or p.tag.POS == "NOUN"
        out.append(w)
    return _join(out)


def _join(words: list[str]) -> str:
    text = re.sub(r"\s+([,)»])", r"\1", re.sub(r"([(«])\s+", r"\1", " ".join(words)))
    return re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', text).strip()


def _fi_nominative(word: str) -> str:
    """A Finnish genitive read back to a nominative, by ending only (Rantasen -> Rantanen, SPR:n -> SPR)."""
    if ":" in word:
        return word.split(":")[0]
    low = word.lower()
    if low.endswith("ksen") and len(low) > 5:
        return word[:-4] + "s"                  # Poliisihallituksen -> Poliisihallitus
    if low.endswith("sen") and len(low) > 5:
        return word[:-3] + "nen"                # Rantasen -> Rantanen
    if re.search(r"d[oöuy]n$", low) and len(low) > 5:
        return word[:-3] + "t" + word[-2]       # valtiojohdon -> valtiojohto
    if low.endswith("n") and len(low) > 3 and low[-2] in "aeiouyäö":
        return word[:-1]
    return word


def _sv_nominative(word: str) -> str:
    if ":" in word:
        return word.split(":")[0]
    return word[:-1] if word.endswith("s") and word[:1].isupper() and len(word) > 4 and not word.endswith("ss") else word


def _name_key(word: str) -> str:
    return _yo(word.strip(".,"))


def _same_name(word: str, surname: str) -> bool:
    """``Rantasen``, ``Пескова``, ``Lehtinens`` name the person whose surname is ``Rantanen``, ``Песков``, ``Lehtinen``."""
    w, s = _name_key(word), _name_key(surname)
    if w == s:
        return True
    if len(s) < 3 or abs(len(w) - len(s)) > 3:
        return False
    common = 0
    for x, y in zip(w, s):
        if x != y:
            break
        common += 1
    return common >= max(4, len(s) - 3) and common >= len(s) - 3


def _name_run(toks: list[_FTok], lang: str, sent_first: bool) -> list[_FTok]:
    """The person's name at the end of a noun phrase (``глава МИД Финляндии Элина Валтонен`` -> Элина Валтонен)."""
    def is_name(t: _FTok) -> bool:
        if not t.cap or not t.word:
            return False
        if lang == "ru" and _CYRILLIC.match(t.text):
            if t.text.isupper():
                return False
            return not any("Geox" in p.tag or "Orgn" in p.tag for p in _ru_parses(t.low)[:2])
        return not (t.text.isupper() and len(t.text) <= 5)
    run: list[_FTok] = []
    for t in reversed(toks):
        if t.text in "()" or not t.word:
            break
        if is_name(t):
            run.insert(0, t)
        elif t.text.isupper() and len(run) == 1 and lang == "ru" and not any(
                {"Name", "Surn"} & set(re.split(r"[ ,]", str(p.tag))) for p in _ru_parses(run[0].low)[:2]):
            run.insert(0, t)        # РИА Новости (but not МИД Мария Захарова)
        else:
            break
    if run and len(run) < len(toks):
        before = toks[len(toks) - len(run) - 1]
        if not before.cap and (before.low in _SV_CLOSED or before.low in _RU_LOCATIVE_PREPS or
                               _ru_pos(before.low) == "PREP"):
            return []               # "personal vid Raja-Jooseppi": a place, not the speaker's name
    if sent_first and len(run) >= 3:
        run = run[1:]               # "Pääministeri Petteri Orpo" at the start of a sentence
    return run


# ---- one article -----------------------------------------------------------------------------

@dataclass
class _Row:
    field: str
    sentence_no: int
    paragraph_no: int
    start: int
    end: int
    direct: bool
    cue: _Cue | None
    sent: _FSent | None
    np: tuple | None          # (a, b, kind) in sent.toks
    how: str                  # explicit / impersonal / carried / none / headline


def _foreign_sentences(aid: str, rows: pd.DataFrame, lang: str) -> list[_FSent]:
    out = []
    for r in rows.itertuples(index=False):
        toks = _ftokens(r.text, r.start)
        out.append(_FSent(aid, r.field, r.sentence_no, r.paragraph_no, r.text, r.start, r.end, toks,
                          _find_cues(toks, lang)))
    return out


def foreign_quote_spans(text: str, language: str) -> list[tuple[int, int, bool]]:
    """``quote_spans`` for Russian, Finnish and Swedish: ``«…»`` nests (``«… «мигрантов» …»``), and
    ``”…”`` and ``»…»`` (Finnish and Swedish quote with the same mark on both sides) pair too.

    >>> t = 'Hon sa ”nej” och »ja». Он: «нет «да» нет».'
    >>> [t[a:b] for a, b, _ in foreign_quote_spans(t, "sv")]
    ['”nej”', '»ja»', '«нет «да» нет»']
    """
    pairs = {'"': '"', "“": "”", "«": "»", "„": "“", "‟": "”"}
    if language in ("fi", "sv"):
        pairs.update({"”": "”", "»": "»"})
    spans: list[tuple[int, int, bool]] = []
    for pa, pb in split_paragraphs(text):
        open_at = None
        expect = opener = None
        depth = 0
        for i in range(pa, pb):
            c = text[i]
            if open_at is None:
                if c in pairs:
                    open_at, expect, opener, depth = i, pairs[c], c, 1
            elif c == opener and opener != expect and opener in "«„“":
                depth += 1
            elif c == expect or (expect == "“" and c == "”") or (expect == "»" and opener == "»" and c == "«") or (
                    expect == "”" and c == '"'):
                depth -= 1
                if depth == 0:
                    spans.append((open_at, i + 1, True))
                    open_at = None
        if open_at is not None:
            spans.append((open_at, pb, False))
    return _join_unclosed(spans, text)


class _Foreign:
    """Quotes, indirect speech and scare quotes of one Russian, Finnish or Swedish article."""

    def __init__(self, aid: str, sents: list[_FSent], article: pd.Series, fields: list[str], lang: str):
        self.aid, self.sents, self.article, self.fields, self.lang = aid, sents, article, fields, lang
        self.by_field = {f: [s for s in sents if s.field == f] for f in fields}
        self.rows: list[_Row] = []
        self.scares: list[dict] = []
        self.spans: list[tuple[str, int, int]] = []       # reported stretches, for voice shares
        self.direct_spans: dict[str, list[tuple[int, int]]] = {}
        self.titles: list[tuple[list[str], str, str | None]] = []   # (title words, person, actor), in reading order
        self.tail_content: dict[int, tuple[int, int]] = {}           # sentence -> what its "..., X said" reports

    # -- helpers --
    def sent_at(self, field: str, offset: int) -> _FSent | None:
        for s in self.by_field.get(field, []):
            if s.start <= offset < max(s.end, s.start + 1):
                return s
        later = [s for s in self.by_field.get(field, []) if s.start >= offset]
        return later[0] if later else None

    def tok_at(self, s: _FSent, offset: int) -> int:
        return next((k for k, t in enumerate(s.toks) if t.start >= offset), len(s.toks))

    def speaker_of(self, s: _FSent, cue: _Cue) -> tuple | None:
        """The speaker's token range and kind for a speech, naming or impersonal cue."""
        toks = s.toks
        lang = self.lang
        if cue.kind == "according":
            return _according_np(toks, cue, lang)
        prev = cue.i - 1
        while prev >= 0 and self._adverb(toks[prev]):
            prev -= 1
        after_break = prev < 0 or toks[prev].text in ",:;" or toks[prev].text in _DASHES or \
            toks[prev].text in _CLOSE_QUOTES
        plural = False
        if lang == "ru":
            ps = _ru_parses(toks[cue.i].low)
            plural = bool(ps) and ps[0].tag.number == "plur"
        if cue.kind == "impersonal":
            if lang == "ru":
                got = _np_after(toks, cue.j, lang, verb_plural=True)
                if got and got[2] == "locative":
                    return got
                return None
            if lang == "fi" and prev >= 0 and toks[prev].word and _FI_LOCAL.search(toks[prev].low) and toks[prev].cap:
                return prev, prev + 1, "elative"
            return None
        number = _ru_parses(toks[cue.i].low)[0].tag.number if lang == "ru" and _ru_parses(toks[cue.i].low) else None
        if prev >= 0 and toks[prev].low in ("и", "ja", "och"):
            # "Песков назвал решение ошибочным и отметил, что ...": the subject of the verb before
            for c in s.cues:
                if c.i < prev and c.kind in ("speech", "naming") and not any(
                        t.text in ",;:" for t in toks[c.j:prev]):
                    got = self.speaker_of(s, c)
                    if got is not None:
                        return got
        if not after_break:
            got = _np_before(toks, cue.i, lang)
            if got and not (got[2] == "locative" and not plural) and _agrees(toks, got, number):
                return got
        got = _np_after(toks, cue.j, lang, verb_plural=plural)
        if got and got[2] == "locative" and not plural:
            return None
        return got if _agrees(toks, got, number) else None

    def _adverb(self, t: _FTok) -> bool:
        if self.lang == "ru":
            return _ru_adverb(t)
        if self.lang == "fi":
            return t.low in _FI_ADVERBS
        return t.low in _SV_ADVERBS

    def is_tail(self, s: _FSent, cue: _Cue, np: tuple | None, floor: int = 0, min_words: int = 2) -> int | None:
        """Token index of the comma that ends the reported content before ``…, said X`` / ``…, X sanoi``."""
        if cue.kind not in ("speech", "impersonal") or np is None and cue.kind == "speech":
            return None
        first = min(cue.i, np[0]) if np else cue.i
        k = first - 1
        while k >= floor and (s.toks[k].text in _DASHES or self._adverb(s.toks[k])):
            k -= 1
        if k < floor or s.toks[k].text not in (",", "!", "?", "…") and not (
                s.toks[k].text in _CLOSE_QUOTES):
            return None
        if sum(t.word for t in s.toks[floor:k]) < min_words and s.toks[k].text == ",":
            return None
        if _f_complement(s.toks, max(cue.j, np[1] if np else cue.j), self.lang, limit=6) is not None:
            return None
        return k

    # -- direct quotes --
    def dash_quotes(self) -> list[tuple[str, int, int]]:
        """Quotes that open a paragraph with a dash (``– Text, sanoi X.``); returns their spans."""
        taken = []
        for fld in self.fields:
            text = self.article.get(fld) or ""
            if not isinstance(text, str):
                continue
            for pno, (pa, pb) in enumerate(split_paragraphs(text)):
                para = text[pa:pb]
                m = re.match(rf"\s*[{_DASHES}]\s+(?=\S)", para)
                if not m:
                    continue
                pos = pa + m.end()
                while pos < pb:
                    row = self._dash_piece(fld, pno, pos, pb, text)
                    if row is None:
                        break
                    taken.append((fld, row.start, row.end))
                    nxt = row.sent.end if row.sent is not None and row.cue is not None else pb
                    rest = text[nxt:pb]
                    m2 = re.match(rf"\s*[{_DASHES}]\s+(?=\S)", rest)
                    if not m2 or row.cue is None:
                        break
                    pos = nxt + m2.end()
        return taken

    def _dash_piece(self, fld: str, pno: int, pos: int, pb: int, text: str) -> _Row | None:
        sents = [s for s in self.by_field.get(fld, []) if s.end > pos and s.start < pb]
        for s in sents:
            floor = self.tok_at(s, pos)
            for cue in s.cues:
                if cue.i < floor or cue.kind != "speech":
                    continue
                np = self.speaker_of(s, cue)
                k = self.is_tail(s, cue, np, floor, min_words=1)
                if k is not None and np is not None:
                    end = s.toks[k].start + (1 if s.toks[k].text in "!?…" else 0)
                    if len(_WORD.findall(text[pos:end])) == 0:
                        continue
                    row = _Row(fld, self.sent_at(fld, pos).sentence_no, pno, pos, end, True, cue, s, np, "explicit")
                    self.rows.append(row)
                    return row
        content = text[pos:pb].rstrip()
        if len(_WORD.findall(content)) < 3 or not re.search(r"[.!?…\"”»]$", content):
            return None        # a list item, not a quote
        first = self.sent_at(fld, pos)
        if first is None:
            return None
        row = _Row(fld, first.sentence_no, pno, pos, pos + len(content), True, None, None, None, "none")
        self.rows.append(row)
        return row

    def dash_tails_ru(self, taken) -> None:
        """Russian ``Текст, — заявил X.`` with no quote marks: the sentence up to the comma is a quote."""
        for s in self.sents:
            for cue in s.cues:
                if cue.kind != "speech" or cue.i < 2:
                    continue
                k = cue.i - 1
                if s.toks[k].text not in _DASHES or s.toks[k - 1].text not in (",", "!", "?", "…"):
                    continue
                if any(f == s.field and a <= s.toks[k].start < b for f, a, b in taken) or any(
                        r.sent is s and r.cue is cue for r in self.rows):
                    continue
                if any(t.text in _OPEN_QUOTES for t in s.toks[:k]):
                    continue
                np = self.speaker_of(s, cue)
                if np is None:
                    continue
                a = s.toks[0].start if s.toks[0].text not in _DASHES else s.toks[1].start
                end = s.toks[k - 1].start + (1 if s.toks[k - 1].text != "," else 0)
                self.rows.append(_Row(s.field, s.sentence_no, s.paragraph_no, a, end, True, cue, s, np, "explicit"))
                taken.append((s.field, a, end))

    def mark_quotes(self, taken) -> None:
        for fld in self.fields:
            text = self.article.get(fld) or ""
            if not isinstance(text, str) or not text:
                continue
            for a, b, closed in foreign_quote_spans(text, self.lang):
                if any(f == fld and x <= a < y for f, x, y in taken):
                    continue
                inner_a, inner_b = a + 1, (b - 1 if closed else b)
                content = text[inner_a:inner_b]
                words = _WORD.findall(content)
                if not words:
                    continue
                first = self.sent_at(fld, a)
                last = self.sent_at(fld, max(inner_b - 1, a))
                if first is None or last is None:
                    continue
                if self._is_name(text, a, content, words, first):
                    continue
                before = self._before(first, a)
                got = before if before is not None and before[1].kind == "speech" else \
                    self._after(last, b) or before or self._next_back_reference(last)
                if got is None and len(words) <= SCARE_MAX_WORDS:
                    before = text[first.start:a].strip(" \t" + _DASHES)
                    after = text[b:max(first.end, b)].strip()
                    if before == "" and (after == "" or after.startswith(":")):
                        continue     # a heading in quote marks («Самый спокойный КПП», «X»: ...), no scare quote
                    got = self._anywhere(first, a)
                    if got is None:
                        self.scares.append(dict(article_id=self.aid, field=fld, sentence_no=first.sentence_no,
                                                marker=text[a:b], kind="scare_quote", start=a, end=b,
                                                voice="author", sentence=first.text))
                        continue
                if got is None:
                    self.rows.append(_Row(fld, first.sentence_no, first.paragraph_no, inner_a, inner_b, True,
                                          None, None, None, "none"))
                else:
                    s, cue, np = got
                    cue_used = s
                    self.rows.append(_Row(fld, first.sentence_no, first.paragraph_no, inner_a, inner_b, True,
                                          cue, cue_used, np, "explicit" if np is not None or cue.kind != "impersonal"
                                          else "impersonal"))
                taken.append((fld, inner_a, inner_b))

    def _is_name(self, text, a, content, words, first) -> bool:
        if _is_title_case(words) and not re.search(r"[.!?,]\s*$", content):
            return True
        # «Лотта», «Европейская правда», ”Raja-Jooseppi”: a capitalised name in quote marks
        if len(words) <= SCARE_MAX_WORDS and (content[:1].isupper() or content[:1].isdigit()) and \
                not re.search(r"[.!?,…]\s*$", content):
            at_start = text[first.start:a].strip(" \t—–-") == ""
            return len(words) == 1 or not at_start or _is_title_case(words)
        return False

    def _after(self, s: _FSent, b: int):
        """A reporting tail right after the closing mark: ``», — сказал X``, ``”, sade X``, ``”, X kertoi``."""
        k = self.tok_at(s, b)
        toks = s.toks
        while k < len(toks) and toks[k].text in ",.!?…" + _DASHES:
            k += 1
        while k < len(toks) and self._adverb(toks[k]):
            k += 1
        for cue in s.cues:
            if cue.kind not in ("speech", "impersonal") or cue.i < k:
                continue
            np = self.speaker_of(s, cue)
            if cue.i == k or (np is not None and np[0] == k and np[1] == cue.i):
                if cue.kind == "speech" and np is None:
                    return None
                return s, cue, np
            break
        return None

    def _before(self, s: _FSent, a: int):
        """A cue before the opening mark: ``X заявил: «…»``, ``По словам X, «…»``, ``X:n mukaan ”…”``."""
        k = self.tok_at(s, a)
        best = None
        for cue in s.cues:
            if cue.j > k:
                break
            np = self.speaker_of(s, cue)
            if cue.kind == "according":
                if np is not None and np[1] <= k:
                    best = (s, cue, np)
            elif cue.kind == "naming":
                if np is not None:
                    best = (s, cue, np)
            elif cue.kind in ("speech", "impersonal"):
                start = _f_complement(s.toks, max(cue.j, np[1] if np else cue.j), self.lang)
                if start is not None and start <= k and (np is not None or cue.kind == "impersonal"):
                    best = (s, cue, np)
                elif k > 0 and s.toks[k - 1].text == "," and cue.i > 0 and s.toks[cue.i - 1].low == "как" and np:
                    best = (s, cue, np)          # Как заявил X, «…»
        return best

    def _next_back_reference(self, s: _FSent):
        """``«…» ... . Об этом заявил X.``: the next sentence says who said the one holding the quote."""
        sents = self.by_field.get(s.field, [])
        k = next((m for m, x in enumerate(sents) if x is s), None)
        if k is None or k + 1 >= len(sents):
            return None
        nxt = sents[k + 1]
        for cue in nxt.cues:
            if cue.kind == "speech":
                np = self.speaker_of(nxt, cue)
                if self._back_reference(nxt, cue, np):
                    return nxt, cue, np
                return None
        return None

    def _anywhere(self, s: _FSent, a: int):
        for cue in s.cues:
            if cue.kind == "back_reference":
                continue
            np = self.speaker_of(s, cue)
            if np is not None:
                return s, cue, np
        return None

    # -- indirect speech --
    def indirect(self) -> None:
        used = {(id(r.sent), r.cue.i) for r in self.rows if r.cue is not None and r.sent is not None}
        prev_sent: _FSent | None = None
        for s in self.sents:
            if self._inside_direct(s.field, s.start) and self._inside_direct(s.field, max(s.end - 1, s.start)):
                prev_sent = s
                continue
            toks = s.toks
            for cue in s.cues:
                if cue.kind in ("naming", "back_reference") or self._inside_direct(s.field, toks[cue.i].start):
                    continue
                np = self.speaker_of(s, cue)
                content = None
                if cue.kind == "according":
                    if np is None or (np[2] == "np" and not self._np_has_source(s, np)):
                        continue
                    content = self._according_content(s, cue, np)
                    if content and content[1] <= toks[cue.i].start and any(
                            c is not cue and c.kind in ("speech", "impersonal") and
                            content[0] <= toks[c.i].start < content[1] for c in s.cues):
                        continue       # "..., sade X, enligt Reuters": the source of a report is no second voice
                else:
                    if cue.kind == "speech" and np is None:
                        continue
                    start = _f_complement(toks, max(cue.j, np[1] if np else cue.j), self.lang)
                    if start is not None and start < len(toks) and toks[start].text not in _OPEN_QUOTES:
                        content = (toks[start].start, self._sent_end(s))
                    elif self._back_reference(s, cue, np) and prev_sent is not None and prev_sent.field == s.field:
                        content = self.tail_content.get(id(prev_sent), (prev_sent.start, self._sent_end(prev_sent)))
                    else:
                        k = self.is_tail(s, cue, np)
                        if k is not None:
                            self.tail_content.setdefault(id(s), (toks[0].start, toks[k].start))
                        if k is not None and not any(
                                c is not cue and c.kind in ("speech", "according") and c.i < k for c in s.cues):
                            content = (toks[0].start, toks[k].start)
                        elif k is not None:
                            continue   # "Об этом заявил X, сообщает ТАСС": the source of a report is no second voice
                        elif cue.i > 0 and toks[cue.i - 1].low == "как" and np:
                            comma = next((m for m in range(np[1], len(toks)) if toks[m].text == ","), None)
                            if comma is not None and comma + 1 < len(toks):
                                content = (toks[comma + 1].start, self._sent_end(s))
                if content is None or content[1] <= content[0]:
                    continue
                a, b = content
                self.spans.append((s.field, a, b))
                if (id(s), cue.i) in used:
                    continue      # the cue of a direct quote: its words count as reported, the quote is the row
                how = "explicit" if np is not None else "impersonal"
                sent_no = s.sentence_no if a >= s.start else prev_sent.sentence_no
                para = s.paragraph_no if a >= s.start else prev_sent.paragraph_no
                self.rows.append(_Row(s.field, sent_no, para, a, b, False, cue, s, np, how))
            prev_sent = s

    def _sent_end(self, s: _FSent) -> int:
        return s.start + len(s.text.rstrip().rstrip(".!?\"”»’' ").rstrip())

    def _inside_direct(self, field: str, off: int) -> bool:
        return any(a <= off < b for a, b in self.direct_spans.get(field, []))

    def _back_reference(self, s: _FSent, cue: _Cue, np) -> bool:
        """``Об этом заявил X.`` / ``Det säger X.`` / ``Asiasta kertoi X.``: the sentence before is what was said."""
        refs = [c for c in s.cues if c.kind == "back_reference" and c.j <= cue.i]
        if not refs or np is None:
            return False
        r = refs[-1]
        if any(c.kind in ("speech", "impersonal") and r.j <= c.i < cue.i for c in s.cues):
            return False          # "Об этом заявил X, передает Y": only the first verb reports the sentence before
        if self.lang == "sv":
            return r.i == 0 and r.j == cue.i
        return r.i <= 1 and cue.i - r.j <= 6 and not any(t.text in ".!?" for t in s.toks[r.j:cue.i])

    def _np_has_source(self, s: _FSent, np) -> bool:
        src = _lexicon(self.lang)["source_words"]
        toks = [t for t in s.toks[np[0]:np[1]] if t.word]
        words = [t for t in toks if t.low not in src]
        if len(words) < len(toks) and all(not t.cap or (t is s.toks[0] and re.search(r"(?:ien|iden|jen)$", t.low))
                                          for t in words):
            return False        # "tuoreimpien tietojen mukaan", "enligt internationell rätt": no one speaks
        return bool(words)

    def _according_content(self, s: _FSent, cue: _Cue, np) -> tuple[int, int] | None:
        toks = s.toks
        first = min(cue.i, np[0])
        last = max(cue.j, np[1])
        end = self._sent_end(s)
        k = last
        while k < len(toks) and toks[k].text in ",":
            k += 1
        before_words = sum(t.word for t in toks[:first])
        after_words = sum(t.word for t in toks[k:] if t.start < end)
        if before_words <= 1 and after_words:
            comma = next((m for m in range(last, len(toks)) if toks[m].text == "," and toks[m].start < end), None)
            if self.lang != "fi" and comma is not None and comma + 1 < len(toks) and \
                    sum(t.word for t in toks[last:comma]) <= 4:
                k = comma + 1                              # По словам источников в правительстве, ...
            return toks[k].start, end                      # По словам X, ... / Rantasen mukaan ...
        if after_words == 0 and before_words:
            e = first - 1
            while e >= 0 and toks[e].text in ",":
                e -= 1
            return toks[0].start, toks[e].end              # ..., enligt Aftonbladet.
        return toks[0].start, end                          # in the middle: the whole sentence

    # -- speakers, in reading order --
    def resolve(self, actor_of) -> tuple[list[dict], list[dict]]:
        order = {f: i for i, f in enumerate(self.fields)}
        rows = sorted(self.rows, key=lambda r: (order[r.field], r.start))
        known: dict[str, tuple[str, str | None]] = {}        # full name -> actor
        for alias, (actor, kind) in _persons().items():
            known.setdefault(alias, (alias, actor))
        last_person: tuple | None = None                    # (name, actor, paragraph, field)
        last_speaker: tuple | None = None                   # (speaker, actor, text, verb, lemma, paragraph, field)
        direct, indirect = [], []
        for r in rows:
            speaker = actor = stext = verb = lemma = None
            how = r.how
            if r.cue is not None:
                verb, lemma = r.cue.verb.lower(), r.cue.lemma
            if r.np is not None and r.sent is not None:
                a, b, kind = r.np
                toks = r.sent.toks[a:b]
                stext = _join([t.text for t in toks]) or None
                if kind == "pronoun":
                    if last_person is not None:
                        speaker, actor = last_person[0], last_person[1]
                    how = "anaphor"
                else:
                    speaker, actor, person, anaphor = self._name(toks, kind, r, known, actor_of)
                    if person:
                        last_person = (speaker, actor)
                    if anaphor:
                        how = "anaphor"
            elif r.how == "none" and r.direct and last_speaker is not None and last_speaker[6] == r.field and \
                    0 < r.paragraph_no - last_speaker[5] <= CARRY_PARAGRAPHS and self._opens_paragraph(r):
                speaker, actor, stext, verb, lemma = last_speaker[:5]
                how = "carried"
            if r.how == "impersonal" and speaker is None:
                how = "impersonal"
            elif r.cue is not None and speaker is None and how == "explicit":
                how = "impersonal" if r.cue.kind == "impersonal" else "none"
            text = self.article.get(r.field) or ""
            content = text[r.start:r.end]
            if not r.direct:
                content = content.strip(" ,")
            rec = dict(article_id=self.aid, field=r.field, sentence_no=r.sentence_no, speaker=speaker, verb=verb,
                       quote=re.sub(r"\s*\n\s*\n\s*[\"“«„”»–—-]?\s*", " ", content).strip() if r.direct else content,
                       direct=r.direct, start=r.start, end=r.end, speaker_actor=actor, speaker_text=stext,
                       verb_lemma=lemma, attribution=how, n_words=len(_WORD.findall(content)))
            (direct if r.direct else indirect).append(rec)
            if speaker is not None:
                last_speaker = (speaker, actor, stext, verb, lemma, r.paragraph_no, r.field)
        return direct, indirect

    def _opens_paragraph(self, r: _Row) -> bool:
        text = self.article.get(r.field) or ""
        for pa, pb in split_paragraphs(text):
            if pa <= r.start <= pb:
                return text[pa:r.start].strip(" \t" + _DASHES + _OPEN_QUOTES) == ""
        return False

    def _name(self, toks, kind, r: _Row, known, actor_of):
        """(speaker, actor, is_person, anaphor) for a noun phrase next to a cue."""
        lang = self.lang
        words = [t for t in toks if t.word and t.low not in _lexicon(lang)["source_words"]]
        according = r.cue is not None and r.cue.kind == "according"
        case = None
        if lang == "ru":
            case = "loct" if kind == "locative" else "gent" if according else None
            if kind == "locative":
                if words and words[0].low in _RU_LOCATIVE_PREPS:
                    words = words[1:]
                if not words or words[0].low in _lexicon(lang)["documents"] or (
                        _ru_parses(words[0].low) and _yo(_ru_parses(words[0].low)[0].normal_form) in _RU_TIME):
                    return None, None, False, False
            phrase = _ru_nominative(words, case)
        elif lang == "fi":
            if words and words[-1].low in _lexicon(lang)["documents"]:
                return None, None, False, False
            if words and (kind == "elative" or according):
                # the source in the elative ("Maahanmuuttovirastosta sanotaan") or genitive ("Rantasen mukaan")
                w = words[-1]
                base = re.sub(r"(?:sta|stä)$", "", w.text) if kind == "elative" else _fi_nominative(_fi_caps(w.text))
                words = words[:-1] + [_FTok(base, _yo(base), w.start, w.end, True, w.cap)]
            phrase = _join([t.text for t in words])
        else:
            if words and words[-1].low in _lexicon(lang)["documents"]:
                return None, None, False, False
            cut = next((m for m, t in enumerate(words) if m and t.low in ("vid", "på", "hos", "i", "från")), None)
            if cut is not None and any(t.cap for t in words[:cut]):
                words = words[:cut]        # "Mikko Lehmus på gränsbevakningen" -> Mikko Lehmus
            phrase = _join([t.text for t in words])
        if not phrase:
            return None, None, False, False
        sent_first = bool(toks) and r.sent is not None and toks[0] is r.sent.toks[0]
        opened = next((m for m, t in enumerate(toks) if t.text in "«\"„“"), None)
        if opened is not None and opened > 0:      # "Telegram-канал «Радиоточка НСН»": the name in quote marks
            name = _join([t.text for t in toks[opened + 1:] if t.word])
            if name:
                return name, actor_of(name), False, False
        run = _name_run(words, lang, sent_first)
        if not run or (len(run) == 1 and sent_first and run[0] is words[0] and len(words) <= 2):
            # a title alone refers back to the last person who held it: "Премьер акцентировал" after
            # "премьер-министр Финляндии Петтери Орпо"; "Pääministerin mukaan" after "Pääministeri Petteri Orpo"
            if len(words) <= 2:
                head = _name_key(phrase.split()[0])
                for title, name, actor in reversed(self.titles):
                    if any(len(head) >= 5 and (w.startswith(head) or head.startswith(w) and len(w) >= 5)
                           for w in title):
                        return name, actor, True, True
            if not run:
                return phrase, actor_of(phrase), False, False
        if lang == "ru":
            run_text = _ru_nominative(run, case, names_only=True) if words[0] is not run[0] else \
                _ru_nominative(run, case)
        else:
            run_text = _join([t.text for t in run])
        title = [_name_key(t.text) for t in words[:len(words) - len(run)] if not t.cap or t is words[0]]
        # a person named before: "Rantasen mukaan" -> Mari Rantanen; "Пескова" -> Дмитрий Песков
        last = run[-1].text
        first_free = len(run) == 1 or lang == "ru" or (sent_first and run[0] is words[0])
        for full, (name, actor) in reversed(list(known.items())):
            parts = full.split()
            if len(parts) > 1 and _same_name(_fi_caps(last), parts[-1]) and (
                    first_free or _same_name(run[0].text, parts[0])):
                actor = actor or actor_of(phrase)
                if title:
                    self.titles.append((title, name, actor))
                return name, actor, True, False
        actor = actor_of(run_text) or actor_of(phrase)
        if len(run) >= 2 or _lookup_alias(run_text) or len(words) == 1:
            if len(run) >= 2:
                known[run_text] = (run_text, actor)
            if title:
                self.titles.append((title, run_text, actor))
            return run_text, actor, True, False      # a full name, a listed person, or a surname alone
        return run_text, actor, False, False         # "телеканал Yle" -> Yle


def _fi_caps(word: str) -> str:
    """``RANTASEN`` (a Finnish lead-in in capitals) -> ``Rantasen``."""
    return word[:1] + word[1:].lower() if word.isupper() and len(word) > 3 else word


@lru_cache(maxsize=None)
def _persons() -> dict[str, tuple[str, str]]:
    """Full names (two words or more) of the alias table's people."""
    t = alias_table()
    return {a: (act, k) for a, act, k in zip(t["alias"], t["actor"], t["kind"]) if k == "person" and " " in a}


def _foreign_actor(lang: str):
    """The actor a speaker speaks for, from ``actors.csv`` (read-only): the phrase, then its words' base forms."""
    media = _lexicon(lang)["media"]

    def actor_of(phrase: str | None) -> str | None:
        if not phrase:
            return None
        found = _lookup_alias(phrase)
        if found:
            return found[0]
        if any(_yo(w) in media for w in _FTOKEN.findall(phrase)):
            return None       # "финское издание Iltalehti": an outlet speaks for no state
        hits = match_actors(phrase, demonyms_too=True)
        hits = hits[~hits["place"]] if len(hits) else hits
        if len(hits):
            return hits.iloc[0]["actor"]
        words = _FTOKEN.findall(phrase)
        if lang == "ru":
            base = []
            for w in words:
                ps = _ru_parses(w.lower())
                nf = ps[0].normal_form if ps else w
                base.append(nf[:1].upper() + nf[1:] if w[:1].isupper() else nf)
        elif lang == "fi":
            base = [_fi_nominative(w) for w in words]
        else:
            base = [_sv_nominative(w) for w in words]
        for w in base:
            found = _lookup_alias(w)
            if found and found[1] != "demonym":
                return found[0]
        dem = demonyms()
        low = {k.lower(): v for k, v in dem.items()}
        for w in base:
            if w.lower() in low:
                return low[w.lower()]
        joined = " ".join(base)
        if joined != phrase:
            hits = match_actors(joined, demonyms_too=True)
            hits = hits[~hits["place"]] if len(hits) else hits
            if len(hits):
                return hits.iloc[0]["actor"]
        return None
    return actor_of


def _foreign_voices(aid: str, sent_rows: pd.DataFrame, article: pd.Series, fields: list[str], lang: str):
    """Direct quotes, indirect speech, scare quotes and reported spans of one ru/fi/sv article."""
    sents = _foreign_sentences(aid, sent_rows, lang)
    fv = _Foreign(aid, sents, article, fields, lang)
    taken = fv.dash_quotes()
    if lang == "ru":
        fv.dash_tails_ru(taken)
    fv.mark_quotes(taken)
    for r in fv.rows:
        fv.direct_spans.setdefault(r.field, []).append((r.start - 1, r.end + 1))
    fv.indirect()
    direct, indirect = fv.resolve(_foreign_actor(lang))
    headline = _foreign_headline(fv, _foreign_actor(lang))
    if headline:
        indirect.append(headline)
        fv.spans.append((headline["field"], headline["start"], headline["end"]))
    return direct, indirect, fv.scares, fv.spans, sents


def _foreign_headline(fv: _Foreign, actor_of) -> dict | None:
    """A title ``Песков: ...`` / ``Orpo: ...`` whose left side is an actor."""
    for s in fv.by_field.get("title", []):
        hm = re.match(r"\s*(?P<who>[^:]{2,60}?):\s+(?P<what>\S.*)$", s.text)
        if not hm or fv.direct_spans.get("title"):
            continue
        who = hm.group("who")
        actor = actor_of(who)
        if actor is None:
            continue
        a, b = s.start + hm.start("what"), s.start + len(s.text)
        return dict(article_id=fv.aid, field="title", sentence_no=s.sentence_no, speaker=who, verb=":",
                    quote=hm.group("what"), direct=False, start=a, end=b, speaker_actor=actor, speaker_text=who,
                    verb_lemma=":", attribution="headline", n_words=len(_WORD.findall(hm.group("what"))))
    return None


def _languages(articles: pd.DataFrame) -> dict:
    """article_id -> ``ru``/``fi``/``sv`` for the articles the foreign-language rules read."""
    if "language" not in articles.columns:
        return {}
    out = {}
    for aid, lang in articles["language"].items():
        lang = lang.strip().lower() if isinstance(lang, str) else ""
        if lang in FOREIGN_LANGUAGES:
            out[aid] = lang
    return out


def _article_voices(corpus, fields: Iterable[str]):
    analysis = as_analysis(corpus, fields)
    articles, fields = analysis.articles, list(analysis.fields)
    foreign = _languages(articles)
    if not foreign:
        yield from _english_voices(analysis, articles, fields)
        return
    groups = {aid: g for aid, g in analysis.sentences.groupby("article_id", sort=False)}
    english = None
    for aid in dict.fromkeys(analysis.sentences["article_id"]):
        if aid in foreign:
            direct, indirect, scares, spans, sents = _foreign_voices(aid, groups[aid], articles.loc[aid], fields,
                                                                     foreign[aid])
            yield aid, sents, direct, indirect, scares, spans
        else:
            if english is None:
                english = {v[0]: v for v in _english_voices(analysis, articles, fields, skip=foreign)}
            if aid in english:
                yield english[aid]


def _english_voices(analysis, articles, fields, *, skip=()):
    analysed = _analyse(analysis)
    for aid, sents in analysed.items():
        if aid in skip:
            continue
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
    for aid, sents, direct, indirect, _, spans in _article_voices(analysis, fields):
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
    # every article in the corpus's order, those with no analysed words too: a part of the corpus gives its
    # rows in the same order as the whole corpus does
    counted = {r[0]: r for r in recs}
    recs = [counted.get(aid, (aid, 0, 0, 0, 0)) for aid in articles.index]
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
    """``helpers/data/distancing.csv``: ``marker, pattern, kind, language, note``.

    ``language`` is ``en`` (or empty) for the rows English articles and articles with no language use, and
    ``ru``, ``fi`` or ``sv`` for the rows of Russian, Finnish and Swedish articles.
    """
    lex = pd.read_csv(DISTANCING_CSV, dtype=str, keep_default_na=False)
    if "language" not in lex.columns:
        lex["language"] = ""
    return lex


@lru_cache(maxsize=None)
def _distancing_patterns() -> dict[str, list[tuple[str, re.Pattern, str]]]:
    out: dict[str, list] = {}
    for r in distancing_lexicon().itertuples(index=False):
        lang = r.language.strip().lower() or "en"
        out.setdefault(lang, []).append((r.marker, re.compile(r.pattern, re.IGNORECASE), r.kind))
    return out


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
    pats = _distancing_patterns()
    rows = []
    analysis = as_analysis(articles, fields)
    articles, fields = analysis.articles, list(analysis.fields)
    langs = _languages(articles)
    for aid, sents, direct, _, scares, spans in _article_voices(analysis, fields):
        dspans = [(q["field"], q["start"], q["end"]) for q in direct]
        ispans = [(f, a, b) for f, a, b in spans]
        for s in sents:
            for marker, pat, kind in pats.get(langs.get(aid, "en"), ()):
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
