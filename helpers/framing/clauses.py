"""The per-sentence analysis the framing helpers share: tokens, actors named, clauses.

``parse_sentence`` splits a sentence into clauses (agent, verb lemma, patient, passive,
reporting verb above it); ``parse_sentences`` walks a corpus's sentences in reading order,
carrying the people named from one sentence to the next (``helpers.framing.analysis`` keeps the result). ``actors`` (who does what),
``voices`` (quotes) and ``blame`` build on it; it imports none of them.

Rule-based and offline: a small tokeniser, word lists for the closed word classes and three
data files (``actors.csv``, ``verbs.csv``, ``roles.csv``; see ``helpers.framing.actors``).

>>> match_actors("Finlandia is a tone poem; Finland's border with Russia.")[["actor", "text"]].values.tolist()
[['Finland', 'Finland'], ['Russia', 'Russia']]
>>> [(c.agent_actors, c.lemma, c.patient, c.passive) for c in parse_sentence("The border was closed by Finland.")]
[(['Finland'], 'close', 'border', True)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import pandas as pd

from ..paths import DATA

ACTORS_CSV = DATA / "actors.csv"
VERBS_CSV = DATA / "verbs.csv"
ROLES_CSV = DATA / "roles.csv"
FIELDS = ("title", "standfirst", "body")

# ---------------------------------------------------------------------------------------------
# Closed word classes: English grammar, not a lexicon of the story.

DETERMINERS = frozenset(
    "the a an this these those its their his her our my your both all each every some any no another "
    "such either neither whose".split())
PRONOUNS = frozenset("he she it they we i you him them us me himself herself itself themselves ourselves".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
RELATIVES = frozenset("which who whom".split())
SUBORDINATORS = frozenset(
    "because while although though whereas if unless when whenever where so once".split())
# prepositions that open a clause when a subject and verb follow ("after Finland joined NATO")
PREP_SUBORDINATORS = frozenset("after before since until as".split())
PREPOSITIONS = frozenset(
    """of in on at to for with by from into onto over under about against along across near between among
    through toward towards without within amid amidst despite via including around upon beyond behind beside
    besides during since until after before per than like unlike following regarding concerning out off up
    down inside outside throughout except as""".split())
CONJUNCTIONS = frozenset("and or but nor".split())
BE = frozenset("is are was were be been being am".split())
HAVE = frozenset("has have had having".split())
DO = frozenset("do does did".split())
MODALS = frozenset("will would shall should can could may might must".split())
AUXILIARIES = BE | HAVE | DO | MODALS
NEGATIONS = frozenset("not never n't".split())
ADVERBS = frozenset(
    """also already still now then earlier later soon again just even only yet ever furthermore moreover however
    meanwhile thus therefore hence accordingly currently recently ultimately too here almost nearly quite very
    rather further instead once twice today yesterday tomorrow nevertheless nonetheless otherwise perhaps
    maybe indeed first finally subsequently previously additionally consequently""".split())
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
    thousand thousands million millions dozen dozens several many few""".split())
QUANTIFIERS = NUMBER_WORDS | frozenset("some most all part half number group majority rest none each any".split())
PARTICLES = frozenset("out off up down back away".split())
COMPLEMENT_NOUNS = frozenset(
    """fear fears belief beliefs claim claims concern concerns possibility fact hope hopes news warning warnings
    statement statements assurance assurances evidence suggestion idea view assumption sign signs report reports
    allegation allegations suspicion suspicions impression conviction threat threats risk""".split())
DISCOURSE_PARTICIPLES = frozenset(
    """according including regarding concerning considering following given adding speaking judging
    excluding depending notwithstanding taking pending""".split())
NOT_ING = frozenset(
    """building meeting crossing crossings funding morning evening thing things king spring during nothing something
    anything everything ring string wing ceiling briefing hearing training warning warnings shooting bombing
    housing feeling beginning spending rating ruling setting timing""".split())
LOCATIVE = frozenset("in at into from to near across inside within towards toward via through outside onto".split())
PRONOUN_AUX_S = frozenset("it that there what who he she here where".split())

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\w+(?:[-‐]\w+)*|['’](?:s|ll|re|ve|d|m|t)\b|[^\w\s]")
_NT_STEMS = {"didn": "did", "doesn": "does", "don": "do", "won": "will", "can": "can", "isn": "is",
             "aren": "are", "wasn": "was", "weren": "were", "hasn": "has", "haven": "have", "hadn": "had",
             "couldn": "could", "wouldn": "would", "shouldn": "should", "mustn": "must", "ca": "can"}
_CONTRACTIONS = {"ll": "will", "re": "are", "ve": "have", "d": "would", "m": "am"}
QUOTE_CHARS = "\"“”«»„‟"


# ---------------------------------------------------------------------------------------------
# Data files


@lru_cache(maxsize=None)
def alias_table() -> pd.DataFrame:
    """The alias table ``helpers/data/actors.csv`` (``actor, alias, kind``).

    >>> t = alias_table()
    >>> sorted(t.loc[t["alias"].isin(["Kyiv", "Kiev"]), "actor"].unique())
    ['Ukraine']
    """
    table = pd.read_csv(ACTORS_CSV, dtype=str, keep_default_na=False)
    table = table.apply(lambda c: c.str.strip())
    bad = table[(table["actor"] == "") | (table["alias"] == "")]
    if len(bad):
        raise ValueError(f"{ACTORS_CSV.name}: empty actor or alias on rows {list(bad.index + 2)}")
    return table


@lru_cache(maxsize=None)
def _alias_pattern() -> re.Pattern:
    table = alias_table()
    aliases = table.loc[table["kind"] != "demonym", "alias"].drop_duplicates().tolist()
    aliases.sort(key=len, reverse=True)
    parts = []
    for alias in aliases:
        words = []
        for w in alias.split():
            esc = re.escape(w).replace(r"\-", "[-‐ ]?")
            if w[:1].islower():
                esc = f"[{w[0].upper()}{w[0]}]" + re.escape(w[1:]).replace(r"\-", "[-‐ ]?")
            words.append(esc)
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<![\w‐-])(?:" + "|".join(parts) + r")(?![\w]|[-‐]\w)")


@lru_cache(maxsize=None)
def _alias_lookup() -> dict[str, tuple[str, str]]:
    table = alias_table()
    out: dict[str, tuple[str, str]] = {}
    for rec in table.itertuples(index=False):
        key = _alias_key(rec.alias)
        out.setdefault(key, (rec.actor, rec.kind))
    return out


def _alias_key(text: str) -> str:
    text = re.sub(r"[-‐\s]+", " ", text.strip())
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() and " " in text and \
        text.split()[1][:1].islower() else text


@lru_cache(maxsize=None)
def _normalised_aliases() -> dict[str, tuple[str, str]]:
    return {re.sub(r"[-‐\s]+", " ", key): val for key, val in reversed(list(_alias_lookup().items()))}


@lru_cache(maxsize=65536)
def _lookup_alias(surface: str) -> tuple[str, str] | None:
    look = _normalised_aliases()
    norm = re.sub(r"[-‐\s]+", " ", surface.strip())
    for cand in (norm, norm[:1].lower() + norm[1:], norm[:1].upper() + norm[1:]):
        if cand in look:
            return look[cand]
    return None


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Adjectives of nationality -> actor (``Finnish`` -> ``Finland``), from the alias table."""
    t = alias_table()
    return dict(zip(t.loc[t["kind"] == "demonym", "alias"], t.loc[t["kind"] == "demonym", "actor"]))


@lru_cache(maxsize=None)
def verb_table() -> pd.DataFrame:
    """``helpers/data/verbs.csv``: ``lemma, class, control, irregular``."""
    return pd.read_csv(VERBS_CSV, dtype=str, keep_default_na=False).drop_duplicates("lemma")


@lru_cache(maxsize=None)
def roles() -> frozenset[str]:
    """Job titles that tie a person to the actor they speak for (``helpers/data/roles.csv``)."""
    r = pd.read_csv(ROLES_CSV, dtype=str, keep_default_na=False)
    out = set()
    for role in r["role"]:
        out.add(role.lower())
        out.add(role.lower() + ("es" if role.endswith(("s", "sh", "ch")) else "s"))
    return frozenset(out)


def _inflect(lemma: str, irregular: str) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}

    def put(form, kind):
        forms.setdefault(form, set()).add(kind)

    put(lemma, "base")
    if re.search(r"(?:s|x|z|ch|sh|o)$", lemma):
        put(lemma + "es", "s")
    elif re.search(r"[^aeiou]y$", lemma):
        put(lemma[:-1] + "ies", "s")
    else:
        put(lemma + "s", "s")
    stems = [lemma]
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", lemma):
        stems.append(lemma + lemma[-1])
    if irregular:
        past, _, pp = irregular.partition("|")
        put(past, "past")
        put(pp or past, "pp")
    else:
        for st in stems:
            if st.endswith("e"):
                put(st + "d", "past"), put(st + "d", "pp")
            elif re.search(r"[^aeiou]y$", st):
                put(st[:-1] + "ied", "past"), put(st[:-1] + "ied", "pp")
            else:
                put(st + "ed", "past"), put(st + "ed", "pp")
    for st in stems:
        if st.endswith("ie"):
            put(st[:-2] + "ying", "ing")
        elif st.endswith("e") and not st.endswith(("ee", "ye", "oe")):
            put(st[:-1] + "ing", "ing")
        else:
            put(st + "ing", "ing")
    return forms


@lru_cache(maxsize=None)
def _verb_forms() -> dict[str, tuple[str, frozenset[str]]]:
    out: dict[str, tuple[str, set[str]]] = {}
    for rec in verb_table().itertuples(index=False):
        for form, kinds in _inflect(rec.lemma, rec.irregular).items():
            if form in out and out[form][0] != rec.lemma:
                if form == rec.lemma:  # a base form wins over another verb's inflection
                    out[form] = (rec.lemma, set(kinds))
                continue
            out.setdefault(form, (rec.lemma, set()))[1].update(kinds)
    return {k: (v[0], frozenset(v[1])) for k, v in out.items()}


@lru_cache(maxsize=None)
def _verb_info() -> dict[str, tuple[str, str]]:
    t = verb_table()
    return {lem: (cls, ctl) for lem, cls, ctl in zip(t["lemma"], t["class"], t["control"])}


def verb_class(lemma: str) -> str:
    """``speech``, ``cognition``, ``action`` or ``state`` (``action`` for verbs not in the list).

    >>> verb_class("explain"), verb_class("believe"), verb_class("erect"), verb_class("zigzag")
    ('speech', 'cognition', 'action', 'action')
    """
    base = lemma.split()[0] if lemma else lemma
    return _verb_info().get(base, ("action", ""))[0]


def lemmatize(word: str) -> str:
    """A verb's lemma: from ``verbs.csv`` when listed, else by suffix rules.

    >>> [lemmatize(w) for w in ["closed", "began", "supplying", "carries", "reintroduced", "stopped"]]
    ['close', 'begin', 'supply', 'carry', 'reintroduce', 'stop']
    """
    low = word.lower()
    if low in _verb_forms():
        return _verb_forms()[low][0]
    if low.endswith("ied") or low.endswith("ies"):
        return low[:-3] + "y"
    for suf in ("ing", "ed"):
        if low.endswith(suf) and len(low) > len(suf) + 2:
            stem = low[: -len(suf)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                return stem[:-1]
            if re.search(r"(?:[^aeiou][aeiou][cgsvz]|at|iz|yz|ur|ir|dg|rg|rc|ns|rs|uc|v)$", stem):
                return stem + "e"
            return stem
    if low.endswith("es") and re.search(r"(?:s|x|z|ch|sh)es$", low):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


# ---------------------------------------------------------------------------------------------
# Finding actors


def match_actors(text: str, *, demonyms_too: bool = False) -> pd.DataFrame:
    """Every actor alias in ``text``: ``actor, alias, kind, text, start, end, place``.

    Whole words only and case-sensitive for proper nouns (``Finland`` never matches in
    ``Finlandia``, ``Russian`` never in ``anti-Russian``); the longest alias wins.
    ``place`` is True for a country or capital after a preposition of place (``arrived in
    Finland``, ``signed in Helsinki``): a location rather than an actor.

    >>> match_actors("Illegal migrants crossed into Finland from Russia.")[["actor", "place"]].values.tolist()
    [['migrants', False], ['Finland', True], ['Russia', True]]
    >>> match_actors("The Finnish side and the Kremlin")["actor"].tolist()
    ['Finland', 'Russia']
    >>> match_actors("Finnish officials", demonyms_too=True)["kind"].tolist()
    ['institution']
    """
    rows = list(_actor_spans(text))
    if demonyms_too:
        taken = [(r[4], r[5]) for r in rows]
        for dem, actor in demonyms().items():
            for m in re.finditer(rf"(?<![\w‐-]){re.escape(dem)}(?![\w]|[-‐]\w)", text):
                if not any(a <= m.start() < b for a, b in taken):
                    rows.append((actor, dem, "demonym", m.group(0), m.start(), m.end(), False))
        rows.sort(key=lambda r: r[4])
    return pd.DataFrame(rows, columns=["actor", "alias", "kind", "text", "start", "end", "place"])


_PREV_WORD = re.compile(r"(\S+)\s*$")


@lru_cache(maxsize=4096)
def _actor_spans(text: str) -> tuple[tuple, ...]:
    rows = []
    for m in _alias_pattern().finditer(text):
        found = _lookup_alias(m.group(0))
        if not found:
            continue
        actor, kind = found
        before = _PREV_WORD.search(text, 0, m.start())
        prev = before.group(1).lower() if before else ""
        possessive = text.startswith(("'s", "’s"), m.end())
        place = kind in ("state", "capital") and prev in LOCATIVE and not possessive
        rows.append((actor, m.group(0), kind, m.group(0), m.start(), m.end(), place))
    return tuple(rows)


# ---------------------------------------------------------------------------------------------
# Tokens


@dataclass
class _Span:
    actor: str
    alias: str
    kind: str
    text: str
    start: int
    end: int
    place: bool


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    tag: str
    low: str = ""
    actor: str | None = None
    kind: str = ""
    place: bool = False
    poss: bool = False
    lemma: str = ""
    forms: frozenset = frozenset()


# a corpus has hundreds of thousands of tokens: their verb-form sets are shared, not one per token
_NO_FORMS, _ING, _PAST_OR_PP = frozenset(), frozenset({"ing"}), frozenset({"past", "pp", "guess"})

_CLOSED_CLASSES = (
    ({"that"}, "THAT"), ({"to"}, "TO"), (AUXILIARIES, "AUX"), (NEGATIONS, "NEG"), (RELATIVES, "REL"),
    (CONJUNCTIONS, "CONJ"), (SUBORDINATORS, "SUB"), (DETERMINERS, "DET"), (PRONOUNS, "PRON"),
    (PREPOSITIONS, "PREP"), (NUMBER_WORDS, "NUM"), ({"there"}, "EX"),
)


def _base_tag(word: str, low: str, capital_ok: bool) -> tuple[str, str, frozenset]:
    """Tag one word out of context: (tag, lemma, verb forms)."""
    if word in QUOTE_CHARS:
        return "QUOTE", "", _NO_FORMS
    if not (word[0].isalnum() or word[0] == "_"):
        return "PUNCT", "", _NO_FORMS
    if word[0].isdigit():
        return "NUM", "", _NO_FORMS
    if word[0].isupper() and not capital_ok:
        if low in AUXILIARIES or low in NEGATIONS:
            pass
        elif low in (DETERMINERS | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES) or low == "that":
            pass
        else:
            return "PROP", "", _NO_FORMS
    for words, tag in _CLOSED_CLASSES:  # closed word classes, in order of precedence
        if low in words:
            return tag, (low if tag == "AUX" else ""), _NO_FORMS
    vf = _verb_forms().get(low)
    if vf and low not in NOT_ING:
        return "VERB", vf[0], vf[1]
    if low in ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in ("family", "italy", "july", "supply",
                                                                                 "apply", "rely", "reply", "ally")):
        return "ADV", "", _NO_FORMS
    if low.endswith("ing") and len(low) > 5 and low not in NOT_ING:
        return "VERB", lemmatize(low), _ING
    if low.endswith("ed") and len(low) > 4 and low not in ("need", "speed", "seed", "breed", "indeed", "hundred"):
        return "VERB", lemmatize(low), _PAST_OR_PP
    return "WORD", "", _NO_FORMS


def tokenize(sentence: str) -> list[Tok]:
    """Tokens with character offsets and coarse tags; actor aliases and proper names are one token.

    >>> [(t.text, t.tag) for t in tokenize("Finland's Ministry of Foreign Affairs of Finland didn't say.")]
    [('Finland', 'ACT'), ("'s", 'POSS'), ('Ministry of Foreign Affairs of Finland', 'ACT'), ('didn', 'AUX'), ("'t", 'NEG'), ('say', 'VERB'), ('.', 'PUNCT')]
    """
    spans = [_Span(*r) for r in _actor_spans(sentence)]
    raw = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    words = [w for w, _, _ in raw if w[0].isalpha()]
    title_case = len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.6
    toks: list[Tok] = []
    k = 0
    first = True
    while k < len(raw):
        w, a, b = raw[k]
        span = next((s for s in spans if s.start <= a < s.end), None)
        if span is not None:
            while k < len(raw) and raw[k][1] < span.end:
                k += 1
            toks.append(Tok(sentence[span.start:span.end], span.start, span.end, "ACT", span.text.lower(),
                            actor=span.actor, kind=span.kind, place=bool(span.place)))
            first = False
            continue
        k += 1
        low = w.lower()
        if w[0] in "'’" and len(w) > 1:
            rest = low[1:]
            if rest == "s":
                prev = toks[-1] if toks else None
                if prev is not None and prev.low in PRONOUN_AUX_S:
                    toks.append(Tok(w, a, b, "AUX", "is", lemma="be"))
                else:
                    toks.append(Tok(w, a, b, "POSS", "'s"))
                    if prev is not None:
                        prev.poss = True
            elif rest == "t" and toks and toks[-1].low in _NT_STEMS:
                toks[-1].low = _NT_STEMS[toks[-1].low]
                toks[-1].tag = "AUX"
                toks.append(Tok(w, a, b, "NEG", "n't"))
            elif rest in _CONTRACTIONS:
                toks.append(Tok(w, a, b, "AUX", _CONTRACTIONS[rest]))
            else:
                toks.append(Tok(w, a, b, "PUNCT", w))
            continue
        if w in "'‘’":
            toks.append(Tok(w, a, b, "QUOTE", w))
            continue
        tag, lemma, forms = _base_tag(w, low, first or title_case)
        if first and tag == "PROP":
            pass
        toks.append(Tok(w, a, b, tag, low, lemma=lemma, forms=forms))
        if tag not in ("QUOTE", "PUNCT"):
            first = False
        elif w in ":;(" or w in QUOTE_CHARS:
            first = True
        if tag == "WORD" and w[0].isupper() and (first or title_case):
            pass
    # sentence-initial unknown capitalised words and title-case words are proper nouns
    for t in toks:
        if t.tag == "WORD" and t.text[0].isupper():
            t.tag = "PROP"
    # a closed parenthesis is an aside: "Interior Minister Mari Rantanen (Finns) said"
    kept: list[Tok] = []
    k = 0
    while k < len(toks):
        if toks[k].text == "(":
            close = next((j for j in range(k + 1, min(len(toks), k + 15)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        kept.append(toks[k])
        k += 1
    toks = kept
    merged: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.low == "as" and k + 2 < len(toks) and toks[k + 1].low == "well" and toks[k + 2].low == "as":
            merged.append(Tok(sentence[t.start:toks[k + 2].end], t.start, toks[k + 2].end, "CONJ", "as well as"))
            k += 3
            continue
        merged.append(t)
        k += 1
    for k, t in enumerate(merged):
        if t.tag == "THAT":
            prev = merged[k - 1] if k else None
            nxt = merged[k + 1] if k + 1 < len(merged) else None
            if (prev is not None and prev.tag == "PREP") or nxt is None or nxt.tag in ("PUNCT", "QUOTE"):
                t.tag = "PRON"
    return _merge_props(merged, sentence)


def _merge_props(toks: list[Tok], sentence: str) -> list[Tok]:
    out: list[Tok] = []
    for t in toks:
        if t.tag == "PROP" and out and out[-1].tag == "PROP" and sentence[out[-1].end:t.start] == " ":
            out[-1] = Tok(sentence[out[-1].start:t.end], out[-1].start, t.end, "PROP", sentence[out[-1].start:t.end].lower())
        else:
            out.append(t)
    # split "Russian Foreign Minister Sergei Lavrov" into affiliation, role and name
    final: list[Tok] = []
    role_words = roles()
    for t in out:
        if t.tag != "PROP" or " " not in t.text:
            final.append(t)
            continue
        words = [(m.group(0), t.start + m.start(), t.start + m.end()) for m in re.finditer(r"\S+", t.text)]
        last_role = max((i for i, (w, _, _) in enumerate(words) if w.lower() in role_words), default=None)
        if last_role is None or last_role == len(words) - 1:
            final.append(t)
            continue
        head = words[: last_role + 1]
        name = words[last_role + 1:]
        final.append(Tok(sentence[head[0][1]:head[-1][2]], head[0][1], head[-1][2], "ROLE",
                         sentence[head[0][1]:head[-1][2]].lower()))
        final.append(Tok(sentence[name[0][1]:name[-1][2]], name[0][1], name[-1][2], "PROP",
                         sentence[name[0][1]:name[-1][2]].lower()))
    for t in final:
        if t.tag in ("WORD", "PROP") and t.low in role_words:
            t.tag = "ROLE"
    return final


# ---------------------------------------------------------------------------------------------
# Clauses


@dataclass
class Clause:
    """One verb group with its subject and object, as found in one sentence."""

    vg_start: int
    vg_end: int            # token index after the verb group (chain and particle included)
    main: int              # token index of the main verb
    lemma: str
    verb_text: str
    chain: str
    passive: bool
    negated: bool
    clause: str = "main"   # main, embedded, relative, participle, reduced
    subj: list[int] = field(default_factory=list)
    obj: list[int] = field(default_factory=list)
    by: list[int] = field(default_factory=list)
    agent_actors: list[str] = field(default_factory=list)
    agent_text: str | None = None
    agent_person: str | None = None
    patient: str | None = None
    patient_actors: list[str] = field(default_factory=list)
    patient_text: str | None = None
    parent: int | None = None   # index of the governing speech/cognition clause
    start: int = 0              # character span of the clause's verb group in the sentence
    end: int = 0
    copula: bool = False

    @property
    def vclass(self) -> str:
        return verb_class(self.lemma)


NP_FINAL = {"WORD", "ACT", "PROP", "PRON", "NUM", "ROLE"}
NP_START = {"DET", "WORD", "ACT", "PROP", "PRON", "NUM", "ROLE", "ADV"}
BOUNDARY_TAGS = {"REL", "THAT", "SUB", "CONJ"}


@dataclass
class Context:
    """What an article has said so far: who is who, and who acted last."""

    persons: dict[str, str | None] = field(default_factory=dict)  # name or surname -> actor
    canonical: dict[str, str] = field(default_factory=dict)         # surname -> full name
    last_person: str | None = None
    last_agent: str | None = None
    speaker_actor: str | None = None   # for "we"/"our" inside a quote or after "Moscow:"
    last_tokens: list = field(default_factory=list)  # the tokens of the sentence parsed last
    person_before: str | None = None  # last_person as it stood before the sentence parsed last

    def person_actor(self, name: str | None) -> str | None:
        if not name:
            return None
        found = _lookup_alias(name)
        if found and found[1] == "person":
            return found[0]
        if name in self.persons:
            return self.persons[name]
        last = name.split()[-1]
        return self.persons.get(last)

    def full_name(self, name: str) -> str:
        if " " in name:
            return name
        return self.canonical.get(name, name)


def _is_name(tok: Tok, ctx: Context | None = None) -> bool:
    if tok.tag != "PROP":
        return False
    words = tok.text.split()
    if ctx is not None and (tok.text in ctx.persons or words[-1] in ctx.canonical):
        return True
    found = _lookup_alias(tok.text)
    if found and found[1] == "person":
        return True
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]+", w) for w in words) and \
        not any(w.lower() in roles() for w in words)


def _affiliation(toks: list[Tok]) -> str | None:
    """The first actor (alias or nationality adjective) in a title phrase."""
    dem = demonyms()
    for t in toks:
        if t.tag == "ACT" and t.kind != "group":
            return t.actor
        for w in t.text.split():
            if w in dem:
                return dem[w]
    return None


def learn_people(toks: list[Tok], ctx: Context) -> None:
    """Record named people and the actor they speak for, from appositions and titles."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.tag == "ACT" and t.kind == "person":
            name = ctx.full_name(t.text)
            ctx.persons.setdefault(name, t.actor)
            if " " in name:
                ctx.canonical.setdefault(name.split()[-1], name)
            continue
        if not _is_name(t, ctx):
            continue
        actor = None
        # "<title with actor>, Name," / "<actor> <role> Name"
        j = i - 1
        if j >= 0 and toks[j].text == ",":
            k = j - 1
            while k >= 0 and toks[k].text not in (",", ";", ":") and toks[k].tag not in ("AUX", "VERB", "THAT"):
                k -= 1
            chunk = toks[k + 1:j]
            if any(c.tag == "ROLE" for c in chunk):
                actor = _affiliation(chunk)
        elif j >= 0 and toks[j].tag == "ROLE":
            window = toks[max(0, j - 3):j + 1]
            actor = _affiliation(window)
        # "Name, <title with actor>,"
        if actor is None and i + 1 < n and toks[i + 1].text == ",":
            k = i + 2
            while k < n and toks[k].text not in (",", ";", ".") and toks[k].tag not in ("AUX", "VERB", "THAT"):
                k += 1
            chunk = toks[i + 2:k]
            if any(c.tag == "ROLE" for c in chunk):
                actor = _affiliation(chunk)
        if actor is None:
            actor = ctx.person_actor(t.text)
        name = ctx.full_name(t.text)
        ctx.persons[name] = actor if actor is not None else ctx.persons.get(name)
        last = name.split()[-1]
        if " " in name:
            ctx.canonical[last] = name
        if actor is not None or last not in ctx.persons:
            ctx.persons[last] = ctx.persons[name]


def _prev_sig(toks: list[Tok], i: int, skip=("ADV", "QUOTE")) -> int | None:
    j = i - 1
    while j >= 0 and toks[j].tag in skip:
        j -= 1
    return j if j >= 0 else None


def _next_sig(toks: list[Tok], i: int, skip=("ADV", "QUOTE")) -> int | None:
    j = i
    while j < len(toks) and toks[j].tag in skip:
        j += 1
    return j if j < len(toks) else None


def _is_pp(t: Tok) -> bool:
    return "pp" in t.forms or (t.tag == "VERB" and "guess" in t.forms) or \
        (t.tag == "WORD" and t.low.endswith(("ed", "en")) and len(t.low) > 4)


def _find_verb_groups(toks: list[Tok]) -> list[Clause]:
    clauses: list[Clause] = []
    n = len(toks)
    seg_has_finite = False
    i = 0
    while i < n:
        t = toks[i]
        if t.tag in BOUNDARY_TAGS or t.text in (";", ":", "(", ")", "—", "–", ","):
            seg_has_finite = False
            i += 1
            continue
        if t.tag == "AUX":
            cl = _aux_group(toks, i)
            if cl is not None:
                clauses.append(cl)
                seg_has_finite = True
                i = cl.vg_end
                continue
            i += 1
            continue
        if t.tag != "VERB":
            i += 1
            continue
        p = _prev_sig(toks, i)
        ptok = toks[p] if p is not None else None
        nxt = _next_sig(toks, i + 1)
        ntok = toks[nxt] if nxt is not None else None
        forms = t.forms
        speech = verb_class(t.lemma) in ("speech", "cognition")
        if forms == {"ing"} or (t.low.endswith("ing") and "ing" in forms and not forms & {"past", "s"}):
            if t.low in DISCOURSE_PARTICIPLES:
                i += 1
                continue
            if ptok is None or ptok.text == "," or ptok.tag == "CONJ" or (ptok.tag == "PUNCT" and ptok.text in ":;"):
                cl = _simple_group(toks, i, clause="participle")
                clauses.append(cl)
                i = cl.vg_end
                continue
            if ptok.tag in ("WORD", "ACT", "PROP") and not ptok.poss and seg_has_finite:
                cl = _simple_group(toks, i, clause="participle")
                cl.subj = [p]
                clauses.append(cl)
                i = cl.vg_end
                continue
            i += 1
            continue
        if ptok is not None and ptok.tag in ("DET", "POSS", "PREP", "TO", "NUM") or (ptok is not None and ptok.poss):
            i += 1
            continue
        inverted = speech and ptok is not None and ptok.text in (",", ":") and ntok is not None and \
            ntok.tag in ("PROP", "ACT", "PRON", "DET", "ROLE") and _ends_clause_after_np(toks, nxt)
        if forms & {"past", "pp"} and not forms & {"s"}:
            if inverted:
                cl = _simple_group(toks, i, clause="main")
                cl.clause = "inverted"
                clauses.append(cl)
                seg_has_finite = True
                i = cl.vg_end
                continue
            if ptok is not None and ptok.text == "," and _after_apposition(toks, p) and "past" in forms:
                cl = _simple_group(toks, i, clause="main")
                clauses.append(cl)
                seg_has_finite = True
                i = cl.vg_end
                continue
            if ptok is None or ptok.text == ",":
                i += 1
                continue
            if ptok.tag in ("WORD", "ACT", "PROP", "ROLE") and seg_has_finite and "pp" in forms and not \
                    _complement_subject(toks, clauses, p):
                cl = _simple_group(toks, i, clause="reduced")
                cl.passive = True
                cl.subj = [p]
                clauses.append(cl)
                i = cl.vg_end
                continue
            if ptok.tag in NP_FINAL or ptok.tag in ("REL", "CONJ", "THAT") or (ptok.tag == "PUNCT" and ptok.text in ":;"):
                if "past" not in forms:  # an irregular participle with no auxiliary
                    i += 1
                    continue
                cl = _simple_group(toks, i, clause="main")
                clauses.append(cl)
                seg_has_finite = True
                i = cl.vg_end
                continue
            i += 1
            continue
        # present tense: "closes", "close"
        if seg_has_finite and not inverted:
            i += 1
            continue
        if inverted:
            cl = _simple_group(toks, i, clause="main")
            cl.clause = "inverted"
            clauses.append(cl)
            seg_has_finite = True
            i = cl.vg_end
            continue
        appositive = ptok is not None and ptok.text == "," and _after_apposition(toks, p)
        if ptok is None or not (ptok.tag in NP_FINAL or ptok.tag in ("REL", "CONJ", "THAT") or appositive):
            i += 1
            continue
        # "..., Moscow says." - a reporting verb closing the sentence after its subject
        closing = speech and p is not None and _prev_sig(toks, p) is not None and \
            toks[_prev_sig(toks, p)].text == ","
        follow_ok = (ntok is None and closing) or (ntok is not None and (
            ntok.tag in ("DET", "PRON", "ACT", "PROP", "WORD", "NUM", "ADV", "PREP", "TO", "THAT", "ROLE", "VERB", "EX")
            or ntok.text == ":" or (closing and ntok.text in ".,")))
        if not follow_ok:
            i += 1
            continue
        if "s" in forms:
            if ptok.tag == "PRON" and ptok.low in ("they", "we", "i", "you"):
                i += 1
                continue
        elif "base" in forms:
            plural = (ptok.tag == "PRON" and ptok.low in ("they", "we", "i", "you")) or \
                (ptok.tag in ("WORD", "ROLE") and ptok.low.endswith("s")) or (ptok.tag == "ACT" and ptok.kind == "group"
                                                                          and ptok.low.endswith("s"))
            if not plural:
                i += 1
                continue
        else:
            i += 1
            continue
        # a noun after a preposition ("to the heightened security concerns") is no verb
        k = p
        while k is not None and k >= 0 and toks[k].tag in ("WORD", "ADV", "DET", "ROLE", "NUM", "ACT", "PROP"):
            k -= 1
        if k is not None and k >= 0 and toks[k].tag == "PREP" and toks[k].low != "of":
            i += 1
            continue
        cl = _simple_group(toks, i, clause="main")
        clauses.append(cl)
        seg_has_finite = True
        i = cl.vg_end
    return clauses


def _ends_clause_after_np(toks: list[Tok], k: int) -> bool:
    """True when the noun phrase at toks[k] runs to the end of the clause ('..., said Belyaev.')."""
    while k < len(toks) and toks[k].tag in ("PROP", "ACT", "ROLE", "DET", "WORD", "PRON", "ADV", "POSS", "QUOTE"):
        k += 1
    return k >= len(toks) or toks[k].tag in ("PUNCT", "PREP", "CONJ")


def _relative_apposition(toks: list[Tok], comma: int, floor: int = 0) -> int | None:
    """If toks[comma] closes ', which ... ,', the index of the opening comma."""
    k = comma - 1
    while k > floor:
        if toks[k].tag == "REL" and toks[k - 1].text == ",":
            return k - 1
        if toks[k].text in (",", ";", ":") or toks[k].tag in ("THAT",):
            return None
        k -= 1
    return None


def _after_apposition(toks: list[Tok], comma: int) -> bool:
    """True when toks[comma] closes "NP, apposition," before a verb (not "NP, participle ...")."""
    opening = _relative_apposition(toks, comma)
    if opening is not None:
        return opening > 0 and toks[opening - 1].tag in NP_FINAL
    k = comma - 1
    pieces = 0
    start = comma
    while k >= 0 and toks[k].tag not in ("REL", "THAT", "SUB", "AUX") and not (
            toks[k].tag == "VERB" and k != comma - 1 and "ing" not in toks[k].forms) and toks[k].text not in (";", ":"):
        if toks[k].text == ",":
            pieces += 1
        start = k
        k -= 1
    if pieces < 1:
        return False
    chunks = [c for c in _chunks(toks, start, comma) if not _is_adjunct(toks, *c)]
    if len(chunks) < 2:
        return False
    return all(any(toks[x].tag in NP_FINAL for x in range(*c)) for c in chunks[-2:])


def _complement_subject(toks: list[Tok], clauses: list[Clause], p: int) -> bool:
    """Is toks[p] the end of a bare noun phrase right after a speech verb ('said Russia regretted')?"""
    finite = [c for c in clauses if c.clause not in ("participle", "reduced")]
    if not finite or finite[-1].vclass not in ("speech", "cognition"):
        return False
    return all(t.tag in ("DET", "WORD", "ACT", "PROP", "NUM", "ADV", "POSS", "ROLE") for t in toks[finite[-1].vg_end:p + 1])


def _simple_group(toks: list[Tok], i: int, *, clause: str) -> Clause:
    t = toks[i]
    cl = Clause(vg_start=i, vg_end=i + 1, main=i, lemma=t.lemma or lemmatize(t.low), verb_text=t.text,
                chain="", passive=False, negated=False, clause=clause)
    _extend(toks, cl)
    return cl


def _aux_group(toks: list[Tok], i: int) -> Clause | None:
    n = len(toks)
    j = i
    auxes = []
    negated = False
    while j < n and toks[j].tag in ("AUX", "ADV", "NEG", "QUOTE"):
        if toks[j].tag == "AUX":
            auxes.append(toks[j])
        if toks[j].tag == "NEG":
            negated = True
        j += 1
    # "Finland's" is tagged POSS, so an AUX here is a real auxiliary or a main "be"/"have"/"do"
    main_tok = toks[j] if j < n else None
    last = auxes[-1].low
    if main_tok is not None and main_tok.tag in ("VERB", "WORD") and (
            main_tok.tag == "VERB" or ((last in BE or last in HAVE) and _is_pp(main_tok))):
        if main_tok.tag == "WORD" and not _is_pp(main_tok):
            main_tok = None
    else:
        main_tok = None
    if main_tok is None:
        lemma = "be" if last in BE else "have" if last in HAVE else "do" if last in DO else last
        cl = Clause(vg_start=i, vg_end=j, main=i + len(auxes) - 1, lemma=lemma,
                    verb_text=" ".join(a.text for a in auxes), chain="", passive=False, negated=negated)
        cl.copula = lemma == "be" or last in MODALS
        if lemma in ("have", "do") and j < n and toks[j].tag in ("DET", "WORD", "NUM", "PRON", "ACT", "PROP"):
            cl.copula = False
        else:
            cl.copula = True
        return cl
    passive = last in BE and ("pp" in main_tok.forms or _is_pp(main_tok)) and "ing" not in main_tok.forms
    lemma = main_tok.lemma or lemmatize(main_tok.low)
    cl = Clause(vg_start=i, vg_end=j + 1, main=j, lemma=lemma,
                verb_text=" ".join([a.text for a in auxes] + [main_tok.text]), chain="",
                passive=passive, negated=negated)
    _extend(toks, cl)
    return cl


def _extend(toks: list[Tok], cl: Clause) -> None:
    """Add a particle ("rule out") and to-infinitive or -ing chains ("decided to terminate")."""
    n = len(toks)
    chain = [cl.lemma]
    j = cl.vg_end
    while True:
        if j < n and toks[j].low in PARTICLES and toks[j].tag in ("PREP", "WORD") and not (
                j + 1 < n and toks[j + 1].low == "of"):
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is None or nxt.tag in NP_START or nxt.tag == "PUNCT" or (cl.passive and nxt.low == "by"):
                cl.lemma += " " + toks[j].low
                chain[-1] = cl.lemma
                cl.verb_text += " " + toks[j].text
                j += 1
        control = _verb_info().get(cl.lemma.split()[0], ("", ""))[1]
        k = j
        while k < n and toks[k].tag in ("ADV", "QUOTE"):
            k += 1
        if k + 1 < n and toks[k].tag == "TO":
            m = k + 1
            while m < n and toks[m].tag == "ADV":
                m += 1
            target = toks[m] if m < n else None
            if target is not None and target.tag == "VERB" and "base" in target.forms and (
                    control in ("pass", "keep") or cl.passive or cl.lemma in ("go", "be")):
                if control == "keep" and not cl.passive:
                    chain.append("to " + target.lemma)
                    cl.chain = " ".join(chain)
                    return
                chain.append("to " + target.lemma)
                cl.lemma = target.lemma
                cl.passive = False
                cl.verb_text += " " + " ".join(t.text for t in toks[k:m + 1])
                cl.main = m
                cl.vg_end = j = m + 1
                cl.chain = " ".join(chain)
                continue
        ing_noun = k < n and toks[k].tag == "WORD" and toks[k].low.endswith("ing") and \
            lemmatize(toks[k].low) in _verb_info()
        if k < n and (ing_noun or (toks[k].tag == "VERB" and "ing" in toks[k].forms)) and control == "pass" and \
                toks[k].low not in DISCOURSE_PARTICIPLES:
            chain.append(toks[k].text.lower())
            cl.lemma = toks[k].lemma or lemmatize(toks[k].low)
            cl.verb_text += " " + toks[k].text
            cl.main = k
            cl.vg_end = j = k + 1
            cl.chain = " ".join(chain)
            continue
        break
    cl.vg_end = j


def _chunks(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of toks[a:b], as (start, end) index pairs."""
    out = []
    s = a
    for k in range(a, b):
        if toks[k].text in (",", "—", "–", "(", ")"):
            if k > s:
                out.append((s, k))
            s = k + 1
    if b > s:
        out.append((s, b))
    return out


def _is_adjunct(toks: list[Tok], a: int, b: int) -> bool:
    while a < b and toks[a].tag == "QUOTE":
        a += 1
    if a >= b:
        return True
    first = toks[a]
    if first.tag == "PREP" and a + 1 < b and toks[a + 1].tag == "NUM" and first.low in ("around", "about", "over", "some", "nearly"):
        return False
    if first.tag in ("PREP", "SUB", "TO") or first.low in DISCOURSE_PARTICIPLES:
        return True
    if first.tag == "VERB" and ("ing" in first.forms or first.forms == {"past", "pp", "guess"}):
        return True
    if all(t.tag in ("ADV", "QUOTE") for t in toks[a:b]):
        return True
    return False


def _np_core(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """The head phrase of toks[a:b]: up to the first preposition (quantifier "of" excepted)."""
    k = a
    while k < b and toks[k].tag in ("QUOTE",):
        k += 1
    if k + 1 < b and toks[k].tag == "PREP" and toks[k + 1].tag == "NUM":
        k += 1
    a = k
    seen_content = False
    while k < b:
        t = toks[k]
        if t.tag in ("PREP",) and t.low != "of":
            break
        if t.low == "of":
            core = [x for x in toks[a:k] if x.tag not in ("DET", "ADV", "QUOTE")]
            if core and all(x.tag == "NUM" or x.low in QUANTIFIERS for x in core):
                a = k + 1
                k += 1
                continue
            break
        if t.tag in ("VERB",) and seen_content and (t.forms & {"pp", "ing"}) and not (
                k + 1 < b and toks[k + 1].tag in NP_FINAL):
            break
        if t.tag in ("AUX", "REL", "THAT", "SUB", "PUNCT", "TO"):
            break
        if t.tag in NP_FINAL:
            seen_content = True
        k += 1
    return a, k


def _conjuncts(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """Split a core NP at 'and'/'or'/'as well as' when it joins actors."""
    parts = []
    s = a
    k = a
    while k < b:
        t = toks[k]
        if t.tag == "CONJ" or t.text == "," or (t.low == "as" and k + 2 < b and toks[k + 1].low == "well"
                                                 and toks[k + 2].low == "as"):
            if k > s:
                parts.append((s, k))
            k += 3 if t.low == "as" else 1
            s = k
            continue
        k += 1
    if b > s:
        parts.append((s, b))
    return parts


def _text(sentence: str, toks: list[Tok], a: int, b: int) -> str:
    if b <= a:
        return ""
    return sentence[toks[a].start:toks[b - 1].end].strip(QUOTE_CHARS + " ,")


def _head_word(tok: Tok, sentence: str) -> str:
    """A head noun as a table value: lower case unless it is a proper noun inside the sentence."""
    if tok.tag == "PROP" and " " not in tok.text and sentence[:tok.start].strip(QUOTE_CHARS + " ") == "":
        return tok.text.lower()
    if tok.tag in ("PROP", "ACT"):
        return tok.text
    return tok.text.lower()


def _resolve(sentence: str, toks: list[Tok], a: int, b: int, ctx: Context, *, exclude: str | None = None,
             appos: tuple[int, int] | None = None) -> tuple[list[str], str, str | None, str | None]:
    """Actors, surface text, head word and person named by the noun phrase toks[a:b]."""
    text = _text(sentence, toks, a, b)
    ca, cb = _np_core(toks, a, b)
    if cb <= ca:
        return [], text, None, None
    # "as well as" coordination of actors
    if any(t.tag == "CONJ" or t.low == "as" for t in toks[ca:cb]):
        parts = _conjuncts(toks, ca, cb)
        if len(parts) > 1:
            actors = []
            heads = []
            for pa, pb in parts:
                acts, _, head, _ = _resolve(sentence, toks, pa, pb, ctx, exclude=exclude)
                actors += [x for x in acts if x not in actors]
                if head:
                    heads.append(head)
            if actors:
                return actors, text, heads[0] if heads else None, None
    content = [k for k in range(ca, cb) if toks[k].tag in NP_FINAL or (
        toks[k].tag == "VERB" and (k > ca or "s" in toks[k].forms) and "ing" not in toks[k].forms)]
    if not content:
        return [], text, None, None
    hk = content[-1]
    head = toks[hk]
    if head.tag == "ACT" and not head.poss:
        person = ctx.full_name(head.text) if head.kind == "person" else None
        return [head.actor], text, head.text, person
    if appos is not None:
        for k in range(*appos):
            if _is_name(toks[k], ctx) and head.tag in ("ROLE", "PROP", "WORD"):
                name = ctx.full_name(toks[k].text)
                actor = ctx.person_actor(name) or _affiliation(toks[a:b])
                if actor and not ctx.persons.get(name):
                    ctx.persons[name] = actor
                    ctx.persons.setdefault(name.split()[-1], actor)
                    ctx.canonical.setdefault(name.split()[-1], name)
                return ([actor] if actor else []), toks[k].text, head.text, name
    if head.tag == "PROP" and _is_name(head, ctx):
        name = ctx.full_name(head.text)
        actor = ctx.person_actor(name)
        return ([actor] if actor else []), text, head.text, name
    if head.tag == "PROP":
        found = ctx.person_actor(head.text)
        if found:
            return [found], text, head.text, ctx.full_name(head.text)
    if head.tag == "PRON":
        low = head.low
        if low in ("he", "she", "him", "her"):
            person = ctx.last_person
            actor = ctx.person_actor(person)
            return ([actor] if actor else []), text, head.text, person
        if low in ("we", "us") and ctx.speaker_actor:
            return [ctx.speaker_actor], text, head.text, None
        if low in ("it", "they", "them", "itself", "themselves"):
            if ctx.last_agent and ctx.last_agent != exclude:
                return [ctx.last_agent], text, head.text, None
        return [], text, head.text, None
    if head.tag == "ROLE":
        actor = _affiliation(toks[a:b])
        if actor:
            return [actor], text, head.text, None
        if toks[ca].low in ("the", "this") and ctx.last_person:
            person = ctx.last_person
            actor = ctx.person_actor(person)
            return ([actor] if actor else []), text, head.text, person
    return [], text, _head_word(head, sentence), None


def _subject_for(sentence: str, toks: list[Tok], cl: Clause, prev_end: int, prev: Clause | None,
                 ctx: Context, clauses: list[Clause]) -> None:
    """Fill cl.subj/agent from the tokens between the previous verb group and this one."""
    a = prev_end
    b = cl.vg_start
    # "..., Kremlin spokesman Dmitry Peskov said (on Monday)." - a reporting clause after a comma
    if cl.vclass == "speech" and b - a >= 2:
        comma = next((k for k in range(b - 1, a - 1, -1) if toks[k].text == ","), None)
        tail = toks[cl.vg_end:]
        cut = next((j for j, t in enumerate(tail) if t.text in (",", ";", ":")), len(tail))
        if comma is not None and comma + 1 < b and all(
                t.tag in ("DET", "WORD", "ACT", "PROP", "ROLE", "PRON", "POSS", "QUOTE") or t.low == "of"
                for t in toks[comma + 1:b]) and any(t.tag in NP_FINAL for t in toks[comma + 1:b]) and all(
                t.tag in ("PUNCT", "QUOTE", "PREP", "DET", "WORD", "PROP", "ACT", "NUM", "ADV", "ROLE")
                for t in tail[:cut]) and comma > a:
            cl.subj = [comma + 1, b]
            return
    # '"We see a pattern here," Orpo said': a closed quote ends the clause before it
    for k in range(b - 1, a, -1):
        if toks[k].tag == "QUOTE" and toks[k - 1].text in (",", ".", "!", "?"):
            a, prev = k + 1, None
            break
    if b - 1 > a and toks[b - 1].text == ",":
        opening = _relative_apposition(toks, b - 1)
        if opening is not None:
            # "NATO, which Finland joined in April, has not commented": skip the relative clause
            b = opening
            earlier = [c for c in clauses if c.vg_end <= opening and c.clause not in ("participle", "reduced")]
            a = earlier[-1].vg_end if earlier else 0
            prev = earlier[-1] if earlier else None
    # the last clause boundary in [a, b)
    boundary = None
    for k in range(b - 1, a - 1, -1):
        t = toks[k]
        if t.tag == "CONJ":
            if _conj_is_boundary(toks, k, a, b, prev):
                boundary = k
                break
            continue
        if t.tag in ("REL", "THAT", "SUB") or t.text in (";", ":") or (
                t.low in PREP_SUBORDINATORS and k + 1 < b and any(x.tag in NP_FINAL for x in toks[k + 1:b])
                and not any(x.text == "," for x in toks[k + 1:b])):
            boundary = k
            break
    if boundary is not None:
        bt = toks[boundary]
        if bt.tag == "REL" and _next_sig(toks, boundary + 1) != cl.vg_start and boundary + 1 < b:
            # object relative: "NATO, which Finland joined": the noun phrase after 'which' acts
            cl.subj = [boundary + 1, b]
            cl.clause = "relative"
            k = boundary - 1
            while k >= 0 and toks[k].text == ",":
                k -= 1
            if k >= 0:
                cl._rel_patient = k  # type: ignore[attr-defined]
            return
        if bt.tag == "REL" or (bt.tag == "THAT" and _next_sig(toks, boundary + 1) == cl.vg_start):
            # relative clause: the antecedent is the noun phrase before the relative pronoun
            k = boundary - 1
            while k >= 0 and toks[k].text == ",":
                k -= 1
            if k >= 0:
                e = k + 1
                s = k
                while s - 1 >= 0 and toks[s - 1].tag in ("DET", "WORD", "ADV", "NUM", "ROLE") and toks[s].tag != "ACT":
                    s -= 1
                cl.subj = [s, e]
                cl.clause = "relative"
                return
        if bt.tag == "THAT" or (bt.tag == "SUB") or bt.low in PREP_SUBORDINATORS:
            cl.clause = "embedded" if bt.tag == "THAT" else "subordinate"
        a = boundary + 1
        if a >= b:
            if bt.tag == "CONJ":
                src = _last_finite(clauses, cl)
                if src is not None:
                    cl.subj = list(src.subj)
                    cl.clause = src.clause if src.clause in ("embedded", "relative", "subordinate") else "main"
                    cl.parent = src.parent
                    cl.agent_actors = list(src.agent_actors)
                    cl.agent_text = src.agent_text
                    cl.agent_person = src.agent_person
                    cl._inherited = True  # type: ignore[attr-defined]
            return
    elif prev is not None and prev.vclass in ("speech", "cognition") and not prev.copula:
        cl.clause = "embedded"
    elif prev is not None:
        # the first piece after the previous verb is its object: skip it
        pieces = _chunks(toks, a, b)
        if pieces and pieces[0][0] == a:
            pieces = pieces[1:]
        if not pieces:
            return
        a = pieces[0][0]
    pieces = _chunks(toks, a, b)
    pieces = [p for p in pieces if any(toks[k].tag not in ("QUOTE",) for k in range(*p))]
    while pieces and _is_adjunct(toks, *pieces[0]):
        pieces = pieces[1:]
    if not pieces:
        return
    subj = pieces[0]
    appos = pieces[1] if len(pieces) > 1 else None
    cl.subj = [subj[0], subj[1]]
    cl._appos = appos  # type: ignore[attr-defined]


def _conj_is_boundary(toks: list[Tok], k: int, a: int, b: int, prev: Clause | None) -> bool:
    """Does the conjunction toks[k] start a new clause ("..., and damage was caused")?

    Not when it joins nouns in the subject ("Poland and Belarus closed", "citizens of Syria,
    Iraq, and Somalia, were detained"). Yes when it joins verb phrases ("closed X and started")
    or follows the previous verb's object ("closed the border and Estonia closed ...").
    """
    rest = toks[k + 1:b]
    if not any(x.tag in NP_FINAL for x in rest):
        return True                    # "... and started erecting": coordinated verbs
    if any(x.text == "," for x in rest):
        return False                   # "..., Iraq, and Somalia, were": inside a list or apposition
    j = k - 1
    while j >= a and toks[j].text != "," and toks[j].tag not in ("REL", "THAT", "SUB"):
        if toks[j].tag in ("AUX",) or (toks[j].tag == "VERB" and "ing" not in toks[j].forms):
            return True
        j -= 1
    if j == k - 1:
        return True                    # ", and damage was caused"
    if j < a and prev is not None:
        return True                    # the left side is the previous verb's object
    return False


def _last_finite(clauses: list[Clause], cl: Clause) -> Clause | None:
    idx = clauses.index(cl)
    for c in reversed(clauses[:idx]):
        if c.clause not in ("participle", "reduced") and not c.copula:
            return c
    return None


def parse_sentence(sentence: str, ctx: Context | None = None) -> list[Clause]:
    """All clauses of one sentence with agent, verb and patient resolved.

    >>> [(c.agent_actors, c.lemma, c.patient_actors or c.patient) for c in
    ...  parse_sentence("Finland, a member of NATO, closed its border with Russia and began erecting a fence.")]
    [(['Finland'], 'close', 'border'), (['Finland'], 'erect', 'fence')]
    >>> [(c.agent_actors, c.lemma, c.passive, c.chain) for c in
    ...  parse_sentence("Moscow said that contacts were interrupted and the Russian side has decided to end the deal.")]
    [(['Russia'], 'say', False, ''), ([], 'interrupt', True, ''), (['Russia'], 'end', False, 'decide to end')]
    """
    ctx = ctx if ctx is not None else Context()
    toks = tokenize(sentence)
    learn_people(toks, ctx)
    # "Moscow: We'll ..." - the speaker of a headline
    if len(toks) > 2 and toks[0].tag in ("ACT", "PROP") and toks[1].text == ":":
        actor = toks[0].actor if toks[0].tag == "ACT" else ctx.person_actor(toks[0].text)
        if actor:
            ctx.speaker_actor = actor
    ctx.last_tokens = toks
    clauses = _find_verb_groups(toks)
    toks_wo = toks
    prev_end = 0
    prev: Clause | None = None
    for cl in clauses:
        if cl.clause in ("participle", "reduced"):
            continue
        if cl.clause == "inverted":
            prev_end = cl.vg_end
            continue
        _subject_for(sentence, toks_wo, cl, prev_end, prev, ctx, clauses)
        prev_end = cl.vg_end
        prev = cl
    # inverted reporting: '"...," explained Belyaev'
    for cl in clauses:
        if cl.clause == "inverted":
            k = cl.vg_end
            e = k
            while e < len(toks) and toks[e].text not in (",", ".", ";") and toks[e].tag not in ("PREP", "THAT"):
                e += 1
            cl.subj = [k, e]
            cl.clause = "main"
            cl._obj_start = e  # type: ignore[attr-defined]
    # agents
    for idx, cl in enumerate(clauses):
        if getattr(cl, "_inherited", False):
            continue
        if cl.clause == "participle" and not cl.subj:
            # the main clause's subject: the next finite clause for a sentence-initial participle
            src = None
            before = [c for c in clauses[:idx] if c.clause not in ("participle", "reduced") and not c.copula]
            after = [c for c in clauses[idx + 1:] if c.clause not in ("participle", "reduced", "embedded", "relative",
                                                                     "subordinate") and not c.copula]
            src = before[-1] if before else (after[0] if after else None)
            if src is not None:
                if src.agent_text is None and not src.agent_actors and not getattr(src, "_inherited", False):
                    _agent(sentence, toks, src, ctx)
                    src._resolved = True  # type: ignore[attr-defined]
                cl.subj = list(src.subj)
                cl.agent_actors = list(src.agent_actors)
                cl.agent_text = src.agent_text
                cl.agent_person = src.agent_person
                cl._resolved = True  # type: ignore[attr-defined]
                cl.parent = src.parent
                continue
        if not getattr(cl, "_resolved", False):
            _agent(sentence, toks, cl, ctx)
        if cl.agent_actors and not cl.copula and not cl.passive:
            ctx.last_agent = cl.agent_actors[0]
        if cl.agent_person:
            ctx.last_person = cl.agent_person
    # copy agents to coordinated clauses resolved before their source
    for cl in clauses:
        if getattr(cl, "_inherited", False):
            src = _last_finite(clauses, cl)
            if src is not None:
                cl.agent_actors = list(src.agent_actors)
                cl.agent_text = src.agent_text
                cl.agent_person = src.agent_person
    # parents: an embedded clause belongs to the nearest earlier speech/cognition clause
    for idx, cl in enumerate(clauses):
        if cl.clause in ("embedded",) or (cl.parent is None and cl.clause in ("participle",) and False):
            for j in range(idx - 1, -1, -1):
                if clauses[j].vclass in ("speech", "cognition") and not clauses[j].copula:
                    cl.parent = j
                    break
        elif cl.clause in ("main", "relative", "subordinate") and cl.parent is None and idx > 0:
            src = clauses[idx - 1]
            if src.clause == "embedded" and src.parent is not None and getattr(cl, "_inherited", False) is False \
                    and _conj_between(toks, src, cl):
                cl.clause = "embedded"
                cl.parent = src.parent
    # objects, passive agents; a speech verb's "object" may be the subject of its complement
    subj_starts = {c.subj[0] for c in clauses if c.subj and c.clause != "reduced"}
    for cl in clauses:
        cl._skip_obj = subj_starts  # type: ignore[attr-defined]
        _object_for(sentence, toks, cl, ctx)
        s, e = cl.vg_start, max(cl.vg_end - 1, cl.vg_start)
        cl.start, cl.end = toks[s].start, toks[e].end
    return clauses


def _conj_between(toks: list[Tok], a: Clause, b: Clause) -> bool:
    return any(t.tag == "CONJ" for t in toks[a.vg_end:b.vg_start])


def _agent(sentence: str, toks: list[Tok], cl: Clause, ctx: Context) -> None:
    if cl.clause == "reduced":
        return
    if not cl.subj:
        return
    a, b = cl.subj[0], cl.subj[-1] if len(cl.subj) > 1 else cl.subj[0] + 1
    appos = getattr(cl, "_appos", None)
    actors, text, head, person = _resolve(sentence, toks, a, b, ctx, appos=appos)
    if cl.passive:
        cl.patient_actors = actors
        cl.patient_text = text
        cl.patient = actors[0] if actors else head
        cl.agent_text = None
        return
    cl.agent_actors = actors
    cl.agent_text = text or None
    cl.agent_person = person


def _object_for(sentence: str, toks: list[Tok], cl: Clause, ctx: Context) -> None:
    n = len(toks)
    start = getattr(cl, "_obj_start", cl.vg_end)
    if cl.clause == "reduced" and cl.subj:
        k = cl.subj[0]
        s = k
        while s - 1 >= 0 and toks[s - 1].tag in ("DET", "WORD", "ADV", "NUM") and toks[s].tag != "ACT":
            s -= 1
        actors, text, head, _ = _resolve(sentence, toks, s, k + 1, ctx)
        cl.patient_actors, cl.patient_text = actors, text
        cl.patient = actors[0] if actors else head
    if cl.passive:
        # "by X" before the clause ends
        k = start
        while k < n and not (toks[k].tag in ("REL", "THAT", "SUB", "AUX") or toks[k].text in (";", ":")
                             or (toks[k].tag == "VERB" and k > start and toks[k - 1].text == ",")):
            if toks[k].low == "by" and toks[k].tag == "PREP":
                e = k + 1
                while e < n and toks[e].tag not in ("REL", "THAT", "SUB", "AUX", "PUNCT", "TO") and not (
                        toks[e].tag == "PREP" and toks[e].low not in ("of", "as")) and not (
                        toks[e].tag == "VERB" and "ing" in toks[e].forms):
                    if toks[e].tag == "CONJ" and e + 1 < n and toks[e + 1].tag == "VERB":
                        break
                    e += 1
                if e > k + 1:
                    actors, text, head, person = _resolve(sentence, toks, k + 1, e, ctx)
                    cl.by = [k + 1, e]
                    cl.agent_actors = actors
                    cl.agent_text = text
                    cl.agent_person = person
                break
            k += 1
        return
    if cl.copula:
        return
    rel = getattr(cl, "_rel_patient", None)
    if rel is not None:
        actors, text, head, _ = _resolve(sentence, toks, rel, rel + 1, ctx)
        cl.patient_actors, cl.patient_text = actors, text
        cl.patient = actors[0] if actors else head
        return
    k = start
    while k < n and toks[k].tag in ("ADV", "QUOTE"):
        k += 1
    if k >= n or toks[k].tag not in NP_START | {"VERB"}:
        return
    if toks[k].tag == "VERB" and (toks[k].forms == {"ing"} or "base" in toks[k].forms and not _is_pp(toks[k])
                                  and k + 1 < n and toks[k + 1].tag in ("DET", "PRON", "ACT")):
        return
    e = k
    while e < n:
        t = toks[e]
        if t.tag in ("PUNCT", "REL", "THAT", "SUB", "AUX", "TO") and t.text not in ("-",):
            break
        if t.tag == "PREP" and t.low != "of":
            break
        if t.tag == "VERB" and e > k and toks[e - 1].tag in NP_FINAL and (
                "ing" in t.forms or _is_pp(t) or toks[e - 1].tag in ("ACT", "PROP", "PRON")):
            break
        if t.low == "of" and e > k and toks[e - 1].tag == "ACT" and not toks[e - 1].poss:
            break
        if t.tag == "CONJ":
            nxt = toks[e + 1] if e + 1 < n else None
            if nxt is None or nxt.tag not in ("ACT",):
                break
        e += 1
    while e > k and toks[e - 1].tag in ("PREP", "CONJ"):
        e -= 1
    if e <= k or k in getattr(cl, "_skip_obj", ()):
        return
    actors, text, head, person = _resolve(sentence, toks, k, e, ctx, exclude=cl.agent_actors[0] if cl.agent_actors else None)
    if toks[k].tag == "PRON" and toks[k].low in ("it", "them"):
        prior = [t for t in toks[:cl.vg_start] if t.tag == "ACT" and t.actor not in cl.agent_actors]
        if prior:
            actors = [prior[-1].actor]
    cl.obj = [k, e]
    cl.patient_actors = actors
    cl.patient_text = text
    if actors:
        cl.patient = actors[0]
    elif head:
        cl.patient = head


# ---------------------------------------------------------------------------------------------
# Articles


def parse_sentences(sents: pd.DataFrame):
    """Yield ``(sentence_row, clauses, tokens, person_before, context)`` for every row of a sentence table
    (``helpers.load.corpus.sentences``), in its order.

    The context carries people and the last actor from one sentence to the next within an article;
    ``person_before`` is the last person named before the sentence."""
    ctx = None
    current = None
    for row in sents.itertuples(index=False):
        if row.article_id != current:
            ctx = Context()
            current = row.article_id
        ctx.speaker_actor = None
        ctx.person_before = ctx.last_person
        clauses = parse_sentence(row.text, ctx)
        yield row, clauses, ctx.last_tokens, ctx.person_before, ctx


def _tidy(out: pd.DataFrame, *, bools: Iterable[str] = ()) -> pd.DataFrame:
    """Text columns as objects with ``None`` for missing values; flags as bool."""
    for col in out.columns:
        if col in bools:
            out[col] = out[col].astype(bool)
        elif out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out
