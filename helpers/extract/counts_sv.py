"""Find stated counts in Swedish news text ("omkring 280 asylsökande", "fyra av de åtta
gränsövergångarna"), normalised as the annotation guide's Counts table and its "Other languages" rows
say (docs/ANNOTATION.md).

The Swedish counterpart of :mod:`helpers.extract.counts` (written like :mod:`helpers.extract.counts_fi`, on the
same scaffolding, :mod:`helpers.extract.counts_shared`): the same rows (``COLUMNS``): ``text`` (==
``source[start_char:end_char]``), ``value``, ``of`` (Y in "X av Y", else NaN), ``what`` (the counted noun, **in
English**) and ``approx``.

``what`` comes from a small editable table, ``NOUNS``, keyed by lemma (simplemma 2.0.0; a few surface
patterns in ``SURFACE`` first, for nouns simplemma reads as verbs: ``anställda``, ``cyklar``):
``gränsövergång``, ``gränsstation``, ``station`` -> ``border crossings``, ``asylsökande`` -> ``asylum
seekers``, ``person`` / ``människa`` -> ``people``, ``kilometer`` -> ``kilometres`` ... A compound whose last
part is in the table takes its entry; a noun outside it is given as its Swedish lemma (``tre olika
enheter`` -> ``enhet``). Countable nouns are plural unless the count is one with no ``of`` (``den enda
öppna gränsövergången`` -> ``border crossing``); units always plural.

What is read:

* digits with space, no-break-space or thin-space thousands (``1 300``, ``1\\u00a0300``), decimal commas
  (``1,5 miljoner euro`` = 1 500 000), a scale word after (``tusen``, ``miljoner``, ``milj.``,
  ``miljarder``), ``%``, ``€``, ``km``;
* cardinal words and their compounds (``två`` .. ``nittio``, ``tjugofem``, ``tvåhundra``, ``tretusen``,
  ``hundra``, ``tusen``, ``två tusen``); ``en`` / ``ett`` only where clearly numeric: ``en av åtta``,
  ``bara en``, ``endast en``, ``utom en``, ``minst en``, ``mer än en``, ``en (1)``, ``ett hundra``,
  ``en miljon``, ``ett dussin`` (12), ``ett par`` (2, approx), ``ett tjugotal`` (20, approx);
* ``X av Y`` (``fyra av åtta``, ``fyra av de åtta``, ``sex av sina tolv anställda``, ``fyra av Finlands
  åtta``) gives ``of``; ``två av gränsövergångarna`` is (2, no ``of``);
* hedges, all ``approx``: ``omkring``, ``drygt``, ``runt``, ``cirka`` / ``ca`` / ``c:a``, ``över``,
  ``nästan``, ``minst``, ``knappt``, ``närmare``, ``ungefär``, ``uppemot``, ``upp till``, ``mer`` / ``fler`` /
  ``mindre`` / ``färre än``, ``kring``, ``bortåt``, ``inemot``, ``strax över``, ``högst``, ``åtminstone``;
  ``alla`` / ``samtliga`` (``alla åtta gränsstationer``) is kept in the span, not approx. ``under`` is not a
  hedge (``under två veckor`` is "for two weeks" as often as "less than");
* approximate number words, ``approx``: ``tiotals`` 10, ``dussintals`` 12, ``hundratals`` 100, ``tusentals``
  1000, ``tiotusentals`` 10 000; ``ett tiotal`` 10, ``ett tjugotal`` 20, ``ett hundratal`` 100; ``några`` /
  ``flera`` / ``ett par`` before ``hundra``, ``tusen``, ``tiotal`` doubles it (the English "several dozen"
  rule: ``några tiotal`` 20, ``ett par hundra`` 200);
* ranges (``30–40 kilometer``, ``mellan 100 och 150``, ``två till tre veckor``): the lower bound, ``approx``;
* zero: ``inga asylsökande``, ``ingen asylsökande``, ``inte en enda asylsökande``, ``noll`` -> 0;
* a number inside a compound: ``tvåveckors``, ``24-timmars``, ``25-årig`` (years), ``1 340-kilometers``;
* ``den enda (öppna) gränsövergången``, ``en enda gränsövergång`` -> 1: the guide's "the only one" row;
* elliptical counts (``Bara på onsdagen kom 59``, ``varav 8 000 via Vaalimaa``, ``fyra av dem``) take
  the counted noun from this or the two previous sentences (as in Finnish:
  :func:`helpers.extract.counts_shared.antecedent`).

Not counts: dates (whatever :mod:`helpers.extract.dates_sv` reads as a date: ``den 15 december``,
``15.12.``, ``år 2015``, ``för två veckor sedan``, ``vecka 47``), bare years, clock times (``klockan
00.00``, ``kl. 8``), ordinals (``tredje länder``, ``3:e``), proportions (``två tredjedelar``), ``några``,
``flera``, ``ett fåtal`` alone, ``alla gränsstationer``, ``en`` / ``ett`` as an article (``en familj``),
``en av gränsövergångarna`` (a certain one), ``de två länderna`` / ``mellan två länder`` (the English
fixed phrase), numbers inside names and codes (``E18``, ``Su-27``), list markers, leading zeros.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

import pandas as pd

from ..load.text import regex_trie
from . import dates_sv
from .counts_shared import COLUMNS, NAN as _NAN, Reader, candidates, counts_frame, lemmatizer, lookup_in, morphemes
from .counts_shared import DIGITS as _DIGITS, DIGITS_RE as _DIGITS_RE, PCT_RE as _PCT_RE, TOKEN_RE as _TOKEN_RE
from .counts_shared import name_before, prev_word as _prev_word, read_counts, sent_initial as _sent_initial
from .counts_shared import words_after as _words_after

__all__ = ["COLUMNS", "NOUNS", "find_counts", "extract_counts"]

# --------------------------------------------------------------------------- the noun table (editable)
# lemma -> (English plural, English singular, kind); kinds as in counts_fi: ante / noun / unit.
_BC = ("border crossings", "border crossing", "ante")
_U = "unit"
NOUNS: dict[str, tuple[str, str, str]] = {
    "gränsövergång": _BC, "gränsstation": _BC, "gränsövergångsställe": _BC, "övergångsställe": _BC,
    "övergång": _BC, "station": _BC, "gränspost": _BC, "gränskontrollpunkt": _BC, "gränspassage": _BC,
    "järnvägsstation": ("railway stations", "railway station", "noun"),
    "asylsökande": ("asylum seekers", "asylum seeker", "ante"),
    "asylsökare": ("asylum seekers", "asylum seeker", "ante"),
    "migrant": ("migrants", "migrant", "ante"), "invandrare": ("migrants", "migrant", "ante"),
    "flykting": ("refugees", "refugee", "ante"),
    "person": ("people", "person", "ante"), "människa": ("people", "person", "ante"),
    "individ": ("people", "person", "ante"),
    "nyanländ": ("arrivals", "arrival", "ante"), "anländ": ("arrivals", "arrival", "ante"),
    "sökande": ("applicants", "applicant", "ante"),
    "resenär": ("travellers", "traveller", "ante"), "passagerare": ("travellers", "traveller", "ante"),
    "turist": ("tourists", "tourist", "ante"),
    "medborgare": ("citizens", "citizen", "ante"),
    "barn": ("children", "child", "ante"), "familj": ("families", "family", "ante"),
    "man": ("men", "man", "ante"), "kvinna": ("women", "woman", "ante"),
    "gränsbevakare": ("border guards", "border guard", "ante"), "gränsvakt": ("border guards", "border guard", "ante"),
    "vakt": ("guards", "guard", "ante"), "soldat": ("soldiers", "soldier", "ante"),
    "värnpliktig": ("conscripts", "conscript", "ante"), "polis": ("police officers", "police officer", "ante"),
    "ansökan": ("applications", "application", "ante"), "ansökning": ("applications", "application", "ante"),
    "asylansökan": ("asylum applications", "asylum application", "ante"),
    "asylansökning": ("asylum applications", "asylum application", "ante"),
    "fall": ("cases", "case", "ante"),
    "fordon": ("vehicles", "vehicle", "ante"), "bil": ("cars", "car", "ante"),
    "personbil": ("cars", "car", "ante"), "lastbil": ("trucks", "truck", "ante"),
    "buss": ("buses", "bus", "ante"), "cykel": ("bicycles", "bicycle", "ante"),
    "land": ("countries", "country", "noun"), "stat": ("states", "state", "noun"),
    "nationalitet": ("nationalities", "nationality", "noun"),
    "helikopter": ("helicopters", "helicopter", "noun"), "drönare": ("drones", "drone", "noun"),
    "invånare": ("inhabitants", "inhabitant", "noun"), "anställd": ("employees", "employee", "noun"),
    "arbetsplats": ("jobs", "job", "noun"), "jobb": ("jobs", "job", "noun"),
    "företag": ("companies", "company", "noun"), "kommun": ("municipalities", "municipality", "noun"),
    "gång": ("times", "time", "noun"),
    "kilometer": ("kilometres",) * 2 + (_U,), "km": ("kilometres",) * 2 + (_U,),
    "meter": ("metres",) * 2 + (_U,), "m": ("metres",) * 2 + (_U,),
    "dag": ("days",) * 2 + (_U,), "dygn": ("days",) * 2 + (_U,), "natt": ("nights",) * 2 + (_U,),
    "vecka": ("weeks",) * 2 + (_U,), "månad": ("months",) * 2 + (_U,), "år": ("years",) * 2 + (_U,),
    "timme": ("hours",) * 2 + (_U,), "h": ("hours",) * 2 + (_U,), "minut": ("minutes",) * 2 + (_U,),
    "min": ("minutes",) * 2 + (_U,),
    "procent": ("percent",) * 2 + (_U,), "%": ("percent",) * 2 + (_U,),
    "procentenhet": ("percentage points",) * 2 + (_U,),
    "euro": ("euros",) * 2 + (_U,), "€": ("euros",) * 2 + (_U,), "krona": ("kronor",) * 2 + (_U,),
    "dollar": ("dollars",) * 2 + (_U,), "rubel": ("roubles",) * 2 + (_U,),
}
SURFACE: list[tuple[str, str]] = [
    (r"anställd\w*", "anställd"), (r"nyanländ\w*", "nyanländ"), (r"anländ[ae]", "anländ"),
    (r"cykl(?:ar|arna)", "cykel"), (r"buss(?:ar|arna|en)?", "buss"), (r"gränspost(?:er|erna|en)?", "gränspost"), (r"asylsökande\w*", "asylsökande"), (r"km", "km"), (r"kr", "krona"),
    (r"h", "h"), (r"min", "min"), (r"m", "m"), (r"år(?:en|et)?", "år"),
]
_SURFACE_RE = [(re.compile(p), k) for p, k in SURFACE]
_SUFFIXES = sorted((k for k in NOUNS if len(k) >= 5), key=len, reverse=True)
_RELATIONAL = frozenset("land stat sida part nation grannland granne regering folk huvudstad ledare president".split())

# --------------------------------------------------------------------------- number words
_UNITS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
          "sjutton": 17, "arton": 18, "aderton": 18, "nitton": 19}
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
         "nittio": 90, "tretti": 30, "fyrti": 40, "femti": 50, "sexti": 60, "sjutti": 70, "åtti": 80, "nitti": 90}
_MORPH: dict[str, tuple[str, float]] = {}
_MORPH.update({w: ("unit", v) for w, v in _UNITS.items()})
_MORPH.update({w: ("teen", v) for w, v in _TEENS.items()})
_MORPH.update({w: ("tens", v) for w, v in _TENS.items()})
_MORPH.update({"hundra": ("hund", 100), "tusen": ("thou", 1e3), "ettusen": ("thou1", 1e3), "noll": ("zero", 0)})
_MORPH_RE = re.compile(regex_trie(sorted(_MORPH)))
_SCALE_AFTER = {"hundra": 100, "tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9,
                "milj": 1e6, "milj.": 1e6, "mn": 1e6, "mdr": 1e9, "md": 1e9}
_SCALE_AFTER_RE = re.compile(r"[ \t\u00a0]+(" + regex_trie(sorted(_SCALE_AFTER, key=len, reverse=True)) + r")(?![\w])")
_FEW = frozenset("några flera par".split())
_ONLY_DET = frozenset("den det de sin sitt sina landets finlands gränsens".split())
_ZERO_DET = frozenset(("inga", "ingen", "inget"))
_CMP_NUM = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
            "tolv": 12, "tjugo": 20, "trettio": 30, "femtio": 50, "hundra": 100}
_CMP_UNIT = {"dagars": "dag", "dygns": "dygn", "veckors": "vecka", "månaders": "månad", "års": "år",
             "årig": "år", "åring": "år", "timmars": "timme", "minuters": "minut", "kilometers": "kilometer",
             "procents": "procent", "procentig": "procent"}
_CMP_RE = re.compile(r"(" + regex_trie(_CMP_NUM) + r")(" + regex_trie(_CMP_UNIT) + r")[^\W\d_]*")
_HYPHEN_CMP_RE = re.compile(
    r"-(" + regex_trie(sorted(set(_CMP_UNIT) | {"km", "kilometer", "timmar", "dagar", "veckor", "procent"}))
    + r")[^\W\d_]*")
_HYPHEN_UNIT = dict(_CMP_UNIT, km="km", kilometer="kilometer", timmar="timme", dagar="dag", veckor="vecka",
                    procent="procent")

# --------------------------------------------------------------------------- context words
_HEDGE_RE = re.compile(
    r"(?<![\w])(?:((?:strax|en[ \t]+bit|långt|väl|klart|betydligt)[ \t]+över|omkring|drygt|runt|cirka|ca\.?|c:a|"
    r"över|nästan|minst|knappt|närmare|ungefär|uppemot|upp[ \t]+emot|upp[ \t]+till|mer[ \t]+än|fler[ \t]+än|"
    r"mindre[ \t]+än|färre[ \t]+än|kring|bortåt|inemot|högst|maximalt|åtminstone|så[ \t]+många[ \t]+som|"
    r"uppskattningsvis|runt[ \t]+räknat|mellan)"
    r"|(alla|samtliga|alla[ \t]+de))[ \t]+$")
_HEDGE_LAST = frozenset("omkring drygt runt cirka ca ca. c:a över nästan minst knappt närmare ungefär uppemot emot "
                        "till än kring bortåt inemot högst maximalt åtminstone som uppskattningsvis räknat mellan "
                        "alla samtliga de".split())
_ONE_TRIGGER_RE = re.compile(r"(?<![\w])(?:bara|endast|enbart|blott|utom|förutom|minst|åtminstone|än|"
                             r"alla[ \t]+utom|kvar|högst)[ \t]+$")
_NEG_BEFORE_RE = re.compile(r"(?<![\w])(?:inte|icke|ej)[ \t]+$")
_PRON_AFTER_RE = re.compile(r"[ \t]+av[ \t]+(dem|dessa|oss|er|vilka)(?![\w])")
_PRON_BEFORE_RE = re.compile(r"(?<![\w])(varav|av[ \t]+(?:dem|dessa|vilka))[ \t]+(?:(?:var|är|hade|har|bara|"
                             r"endast|minst|drygt|omkring|över|cirka|ungefär|nästan)[ \t]+)?$")
_BREAKDOWN_BEFORE = re.compile(r"(?:,|(?<![\w])(?:och|samt))[ \t]+$")
_BREAKDOWN_AFTER = re.compile(r"[ \t]+(?:via|vid|genom|över|till)[ \t]+[A-ZÅÄÖ]")
_OF_RE = re.compile(r"[ \t]+av[ \t]+(?:(de|dess|sina|sitt|deras|alla|totalt|samtliga)[ \t]+)?"
                    r"(?:([A-ZÅÄÖ][\w-]*s|landets|gränsens)[ \t]+)?")
_COORD_VAGUE_RE = re.compile(r"[ \t]+(?:och|eller)[ \t]+(?:(?:kanske|till[ \t]+och[ \t]+med|rentav|möjligen)[ \t]+)?"
                             r"([^\W\d_]+)")
_AND_RE = re.compile(r"[ \t]+(?:och|till)[ \t]+")
_CODEWORDS = frozenset("""klockan kl kl. klockan. nummer nr nr. sidan sida paragraf artikel väg riksväg länsväg linje
linjen plattform rum vecka veckan v. v år året åren minus grader flight flyg buss tåg nummer avsnitt del fas punkt
grupp nivå""".split())
_STOP = frozenset("""och eller samt men att som än i på till vid från med av för om under efter mot inom utan genom
över sedan per är var har hade blir blev kom kommer kan kunde ska skulle måste vill ville får fick går gick står
stod finns fanns sade sa säger tog tar gav ger låg ligger uppges sägs väntas beräknas det den de dem detta denna
dessa en ett sin sina sitt hans hennes deras inte också redan bara endast ännu alls där då när nu här totalt
sammanlagt ytterligare via bland enligt hos utom förutom kring inför trots runt längs jämfört dock även
alltså ju nog cirka ca omkring drygt nästan""".split())
_PROPORTION_RE = re.compile(r"(?:halv|tredjedel|fjärdedel|femtedel|sjättedel|sjundedel|åttondel|niondel|tiondel|"
                            r"hundradel|tusendel)")
_VERB_RE = re.compile(r"(?:de|te|des|tes|dde|tte|ades|as)$")
_ADJ_RE = re.compile(r"(?:a|iga|iska|ade|ande|ende|e)$")
_PLURAL_SURFACE_RE = re.compile(r"(?:ar|or|er|rna|na|ande|ende|are|nde)$")

# --------------------------------------------------------------------------- scanning regexes
_WORD_STARTS = sorted(set(_MORPH) | {"tiotals", "dussin", "dussintals", "hundratals", "tusentals", "miljontals",
                                     "enda", "inga", "ingen", "inget"} | set(_CMP_NUM))
_CAND_RE = re.compile(r"(?<![\w])(?:(" + _DIGITS + r")|((?:" + regex_trie(_WORD_STARTS) + r")[^\W\d_]*))")
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
_COLON_RE = re.compile(r":([^\W\d_]+)")


# --------------------------------------------------------------------------- helpers
_lemma = lemmatizer("sv")


@lru_cache(maxsize=65536)
def lookup(word: str):
    """``(English plural, English singular, kind)`` of a lower-cased Swedish word, or None.

    >>> lookup("gränsövergångarna")
    ('border crossings', 'border crossing', 'ante')
    >>> lookup("anställda")[0], lookup("kilometerna")[0], lookup("olika")
    ('employees', 'kilometres', None)
    """
    return lookup_in(word, _SURFACE_RE, NOUNS, _SUFFIXES, _lemma)


def parse_word(word: str):
    """(value, approx, kind) of a Swedish number word (lower-cased), or None; kind ``vague`` for ``hundratals``,
    ``tal`` for ``tjugotal``.

    >>> parse_word("tjugofem"), parse_word("tvåhundrafemtio"), parse_word("tretusen"), parse_word("hundratals")
    ((25.0, False, 'num'), (250.0, False, 'num'), (3000.0, False, 'num'), (100.0, True, 'vague'))
    >>> parse_word("tjugotal"), parse_word("entre"), parse_word("antal")
    ((20.0, True, 'tal'), None, None)
    """
    return _parse_word(word)


@lru_cache(maxsize=8192)
def _parse_word(word: str):
    if word in ("dussin",):
        return 12.0, False, "num"
    if word == "dussintals":
        return 12.0, True, "vague"
    if word == "miljontals":
        return 1e6, True, "vague"
    if word.endswith("tals") or word.endswith("tal"):
        base = word[:-4] if word.endswith("tals") else word[:-3]
        p = _parse_number(base) if base else None
        if p is None or p < 10:
            return None
        return p, True, ("vague" if word.endswith("tals") else "tal")
    v = _parse_number(word)
    return None if v is None else (v, False, "num")


def _parse_number(word: str):
    morphs = morphemes(word, _MORPH_RE, _MORPH)
    if morphs is None:
        return None
    total = cur = 0.0
    pending = None
    last = None
    for kind, v in morphs:
        if kind == "zero":
            return 0.0 if len(morphs) == 1 else None
        if kind == "unit":
            if last not in (None, "tens", "hund", "thou"):
                return None
            pending = v
        elif kind == "teen":
            if last not in (None, "hund", "thou"):
                return None
            cur += v
        elif kind == "tens":
            if last not in (None, "hund", "thou"):
                return None
            cur += v
        elif kind == "hund":
            if last not in (None, "unit", "thou"):
                return None
            cur += (pending if last == "unit" else 1) * 100
            pending = None
        elif kind in ("thou", "thou1"):
            if last not in (None, "unit", "teen", "tens", "hund") or (kind == "thou1" and last is not None):
                return None
            total += (cur + (pending or 0) or 1) * 1e3
            cur, pending = 0.0, None
            kind = "thou"
        last = kind
    return float(total + cur + (pending or 0))


# the nouns an elliptical count may take
_candidates = partial(candidates, stop=_STOP, lookup=lookup, plural_re=_PLURAL_SURFACE_RE)


# --------------------------------------------------------------------------- reading one count
class _Reader(Reader):
    """The state of one pass over a Swedish text (a hedge, ``mellan`` opening a range, or ``alla`` kept in the span,
    before a number)."""
    hedge_last = _HEDGE_LAST
    hedge_re = _HEDGE_RE

    def hedge_flag(self, m) -> str:
        return "between" if m.group(1) == "mellan" else "hedge"

    def head(self, p: int, need_table: bool = False):
        """(end, entry) of the counted noun after p (adjectives skipped: ``tre olika enheter``), or None."""
        words = _words_after(self.text, p, 5)
        for i, (w, _ws, we) in enumerate(words[:4]):
            lw = w.lower()
            if lw in _STOP:
                return None
            entry = lookup(lw)
            if entry is not None:
                return we, entry
            if not w[0].islower():
                return None
            if _PROPORTION_RE.match(lw):
                return "proportion"
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            if _ADJ_RE.search(lw) and nxt[:1].islower() and nxt.lower() not in _STOP:
                continue  # an adjective before the noun
            if need_table or (_VERB_RE.search(lw) and not lw.endswith(("ande", "ende"))) \
                    or (lw.endswith("s") and not lw.endswith("ss")):
                return None
            return we, (_lemma(lw), _lemma(lw), "lemma")
        return None

    def digits(self, s: int, e: int, prev):
        text, low, n = self.text, self.low, self.n
        number = self.number_at(s, e)  # not E-18, Su-27, 9:15, 15.12.2023, list markers, leading zeros
        if number is None:
            return None
        e, value, nxt, year_like = number
        if nxt == ":" and _COLON_RE.match(text, e):
            return None  # 3:e, 1:a
        pw = _prev_word(low, s)
        if pw in _CODEWORDS:
            return None
        if nxt == "-" and e + 1 < n and text[e + 1].isalpha():
            mh = _HYPHEN_CMP_RE.match(low, e)
            if mh is None:
                return None
            start, approx, _f = self.context(s)
            return start, mh.end(), value, _NAN, NOUNS[_HYPHEN_UNIT[mh.group(1)]], approx, "unit"
        if nxt.isalpha():
            mw = _TOKEN_RE.match(low, e)
            if mw is None or mw.group() not in ("km", "m", "h", "min", "kr", "mm", "cm"):
                return None  # 5G, 1990-talet
        approx = False
        ms = _SCALE_AFTER_RE.match(low, e)
        if ms and (ms.group(1) != "hundra" or value < 100):
            value *= _SCALE_AFTER[ms.group(1)]
            e = ms.end()
            year_like = False
        start, happrox, flag = self.context(s)
        approx = approx or happrox
        mp = _PCT_RE.match(text, e)
        if mp:
            return start, mp.end(), value, _NAN, NOUNS[mp.group(1)], approx, "unit"
        if s >= 1 and text[s - 1] == "€":
            return (s - 1 if flag is None else start), e, value, _NAN, NOUNS["€"], approx, "unit"
        r = self.range_after(e, value, year_like)
        if r == -1:
            return None
        if r is not None:
            e = r
            approx = True
            year_like = False
        return self.finish(s, start, e, value, approx, flag, digits=True, year_like=year_like, pw=pw)

    def word(self, s: int, e: int, prev):
        text, low = self.text, self.low
        if s and low[s - 1] in "-–":
            return None
        w = low[s:e]
        if e < self.n and low[e] == "-" and not (e + 1 < self.n and low[e + 1].isalpha()
                                                   and _parse_word(_TOKEN_RE.match(low, e + 1).group())):
            return None  # tre-fyra is a range, tvåfilig ... is not a count
        if w == "enda":
            return self.only(s, e)
        if w in _ZERO_DET:
            return self.zero(s, e)
        mc = _CMP_RE.fullmatch(w)
        if mc and _parse_word(w) is None:
            return s, e, float(_CMP_NUM[mc.group(1)]), _NAN, NOUNS[_CMP_UNIT[mc.group(2)]], False, "unit"
        parsed = _parse_word(w)
        if parsed is None:
            return None
        value, approx, kind = parsed
        vague = kind == "vague"
        one = w in ("en", "ett")
        pw = _prev_word(low, s)
        start = s
        if one:
            mn = _WORD_AFTER_RE.match(low, e)
            nw = mn.group(1) if mn else ""
            if nw == "enda" or (text[s].isupper() and not _sent_initial(text, s)):
                return None  # "en enda" is read from "enda"
            if nw == "par":
                value, approx, one, e = 2.0, True, False, mn.end()
            elif nw in ("dussin", "hundra", "tusen", "miljon", "miljard") or (
                    nw and (pn := _parse_word(nw)) is not None and pn[2] == "tal"):
                pn = _parse_word(nw) if nw not in ("miljon", "miljard") else (
                    1e6 if nw == "miljon" else 1e9, False, "num")
                value, approx, one, e = pn[0], pn[1], False, mn.end()
            elif re.match(r"[ \t]*\(1\)", text[e:e + 6]):
                one = False
            elif nw == "av" or _ONE_TRIGGER_RE.search(low, max(0, s - 20), s):
                pass  # en av åtta / bara en: decided below
            else:
                return None  # an article
        if pw in _FEW and value in (10, 100, 1e3) and not vague:
            value *= 2  # några hundra, flera tusen, några tiotal
            approx = True
            start = low.rfind(pw, 0, s)
        ms = _SCALE_AFTER_RE.match(low, e)
        if ms and (ms.group(1) != "hundra" or value < 10):
            value *= _SCALE_AFTER[ms.group(1)]
            e = ms.end()
        c_start, happrox, flag = self.context(start)
        if flag is not None:
            start = c_start
        approx = approx or happrox
        # tre-fyra, två till tre, mellan två och tre
        mr = re.match(r"[ \t]*[-–—][ \t]*([^\W\d_]+)|[ \t]+till[ \t]+([^\W\d_]+)", low[e:e + 30])
        if mr:
            p2 = _parse_word(mr.group(1) or mr.group(2))
            if p2 is not None and p2[0] > value and p2[2] == "num":
                e += mr.end()
                approx = True
        return self.finish(s, start, e, value, approx, flag, one=one, vague=vague, pw=pw, is_word=True)

    def only(self, s: int, e: int):
        """``den enda öppna gränsövergången`` -> 1; ``inte en enda asylsökande`` -> 0."""
        low = self.low
        start, value = s, 1.0
        pw = _prev_word(low, s)
        if pw in ("en", "ett"):
            start = low.rfind(pw, 0, s)
            if _NEG_BEFORE_RE.search(low, max(0, start - 10), start):
                value = 0.0
                start = low.rfind("inte", 0, start) if "inte" in low[max(0, start - 10):start] else start
        elif pw in _ONLY_DET or pw.endswith("s"):
            start = low.rfind(pw, 0, s)  # den enda, Finlands enda
        for w, _ws, we in _words_after(self.text, e, 4):
            lw = w.lower()
            entry = lookup(lw)
            if entry is not None and entry[2] in ("ante", "noun"):
                return start, we, value, _NAN, entry, False, "noun"
            if lw in _STOP or not (_ADJ_RE.search(lw) or lw in ("kvar", "fortfarande")):
                break
        return None

    def zero(self, s: int, e: int):
        """``inga asylsökande`` -> 0 (a counted noun of the table only: ``inga problem`` is not a count)."""
        for w, _ws, we in _words_after(self.text, e, 3):
            lw = w.lower()
            entry = lookup(lw)
            if entry is not None and entry[2] in ("ante", "noun"):
                return s, we, 0.0, _NAN, entry, False, "noun"
            if lw in _STOP or not _ADJ_RE.search(lw):
                break
        return None

    def finish(self, s, start, e, value, approx, flag, digits=False, one=False, vague=False, year_like=False,
               pw="", is_word=False):
        text, low = self.text, self.low
        of = _NAN
        if flag == "between":  # mellan 100 och 150
            ma = _AND_RE.match(low, e)
            q = ma.end() if ma else e
            mt = _DIGITS_RE.match(low, q) if ma else None
            mw = _TOKEN_RE.match(low, q) if ma and not mt else None
            if mt or (mw and _parse_word(mw.group())):
                e = mt.end() if mt else mw.end()
            else:
                start, approx, flag = s, False, None
        # X av Y: "fyra av de åtta gränsövergångarna", "sex av sina tolv anställda"
        if not vague:
            mo = _OF_RE.match(text, e)
            if mo:
                p = mo.end()
                md = _DIGITS_RE.match(low, p)
                mt = _TOKEN_RE.match(low, p)
                ofv = None
                if md and not (md.end() < len(low) and low[md.end()] in ".:" and md.end() + 1 < len(low)
                               and low[md.end() + 1].isdigit()):
                    ofv, q = float(re.sub(r"\D", "", md.group())), md.end()
                elif mt and mt.group() not in ("en", "ett"):
                    pr = _parse_word(mt.group())
                    if pr is not None and pr[2] == "num":
                        ofv, q = pr[0], mt.end()
                if ofv is not None and ofv >= value and ofv > 0:
                    of = ofv
                    h = self.head(q)
                    if h is not None and h != "proportion":
                        return start, h[0], value, of, h[1], approx, "noun"
                    return start, q, value, of, None, approx, "ellipsis"
                # "två av gränsövergångarna": no second number
                if mo.group(2) is None:
                    mw = _TOKEN_RE.match(text, p)
                    entry = lookup(mw.group().lower()) if mw and mw.group()[0].islower() else None
                    if entry is not None and entry[2] != "unit":
                        if one and not _ONE_TRIGGER_RE.search(low, max(0, start - 20), start):
                            return None  # "en av gränsövergångarna": a certain one
                        return start, mw.end(), value, of, entry, approx, "of-plural"
        mp = _PRON_AFTER_RE.match(low, e)
        if mp and not vague:
            if one and not _ONE_TRIGGER_RE.search(low, max(0, start - 20), start):
                return None  # "en av dem"
            return start, mp.end(), value, of, None, approx, "pronoun"
        if one and _OF_RE.match(text, e):
            return None  # "en av de största": not "en av åtta"
        h = self.head(e, need_table=one)
        if h == "proportion":
            return None  # två tredjedelar
        if h is not None:
            end, entry = h
            if entry[2] != "unit" and pw in ("de", "dessa", "båda", "mellan") and flag is None and _lemma(
                    low[low.rfind(" ", 0, end) + 1:end]) in _RELATIONAL:
                return None  # de två länderna
            if year_like and entry[2] == "lemma":
                return None
            return start, end, value, of, entry, approx, "noun"
        if vague:  # "hundratals eller kanske tusentals människor": the first shares the second's noun
            mc = _COORD_VAGUE_RE.match(low, e)
            if mc and (pv := _parse_word(mc.group(1))) is not None and pv[2] == "vague":
                h = self.head(mc.end())
                if h is not None and h != "proportion":
                    return start, e, value, of, h[1], approx, "noun"
        mpb = _PRON_BEFORE_RE.search(low, max(0, start - 30), start)
        if mpb and not one:
            return mpb.start(1), e, value, of, None, approx, "pronoun"
        if year_like:
            return None
        if one:
            return start, e, value, of, None, approx, "ellipsis"
        if digits and pw and pw[0].isalpha() and name_before(text, s, pw):
            return None  # "Airbus 320", "Mannerheimvägen 12"
        if is_word and text[s].isupper() and not _sent_initial(text, s):
            return None
        if value == 0 and not re.match(r"[ \t]*[.,;:)!?]|[ \t]*$", text[e:e + 3]):
            return None
        if is_word and low[s:e] == "sex" and not re.match(r"[ \t]*[.,;:)!?]|[ \t]+(?:på|i|via|vid|och)[ \t]",
                                                           text[e:e + 6]):
            return None  # "sex" the noun
        return start, e, value, of, None, approx, "ellipsis"


# --------------------------------------------------------------------------- main pass
def find_counts(text: str) -> list[tuple]:
    """Stated counts in Swedish *text* as ``(text, start_char, end_char, value, of, what, approx)`` tuples.

    >>> find_counts("Regeringen stänger fyra av de åtta gränsövergångarna.")[0]
    ('fyra av de åtta gränsövergångarna', 19, 52, 4.0, 8.0, 'border crossings', False)
    >>> [(r[0], r[3]) for r in find_counts("Omkring 280 asylsökande kom. Bara på onsdagen kom 59.")]
    [('Omkring 280 asylsökande', 280.0), ('59', 59.0)]
    """
    return read_counts(text, _Reader, dates_sv._scan, _CAND_RE, _vague, _candidates,
                       breakdown=(_BREAKDOWN_BEFORE, _BREAKDOWN_AFTER))


def _vague(m) -> bool:
    """A vague number word (``hundratals``, ``ett tjugotal``): its noun stays plural."""
    return m.group(2) is not None and (_parse_word(m.group(2)) or (0, 0, ""))[2] in ("vague", "tal")


def extract_counts(text: str) -> pd.DataFrame:
    """Stated counts in Swedish *text*, one row each, columns ``COLUMNS``.

    >>> extract_counts("Drygt 50 gränsbevakare i två dygn.")[["text", "value", "what", "approx"]].values.tolist()
    [['Drygt 50 gränsbevakare', 50.0, 'border guards', True], ['två dygn', 2.0, 'days', False]]
    """
    return counts_frame(find_counts(text))
