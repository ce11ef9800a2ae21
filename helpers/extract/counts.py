"""Find stated counts ("Around 900 asylum seekers", "four of the eight border
crossings") in an article, normalised as the annotation guide's Counts table says.

One row per count: ``text`` (== ``source[start_char:end_char]``: hedge, number(s)
and counted noun), ``value``, ``of`` (Y in "X of Y", else NaN), ``what`` (the
counted noun phrase, plural kept) and ``approx`` (hedged or a vague plural).

Choices where the guide is silent:

* Percentages are counts: ``40 percent`` / ``40 per cent`` / ``40%`` -> 40,
  ``what='percent'``. Money too: ``€1.2 million`` -> 1200000, ``'euros'``.
* Units get one plural spelling whatever the value: ``kilometer``, ``km`` ->
  ``kilometres``; ``metres``, ``miles``, ``hours``, ``days``, ``weeks`` ...
* Elliptical counts (``there were 71``, ``three on Sunday``, ``except for
  one``, ``the only one``, ``four of them``) take the counted noun from this or
  the two previous sentences, in the count's number (``the only one`` ->
  ``checkpoint``), else ``''``; their span is the number with its hedge (``the
  only one`` whole). The candidates are the lexicon's countable nouns and the
  nouns of earlier counts (elliptical ones included), before the number; a count
  other than one wants a plural. A pronoun (``four of them``) takes the nearest
  such plural; a breakdown of the count before it (``71 asylum seekers arrived at
  the crossings, 67 via Vartius and four via Nuijamaa``) that count's noun; any
  other elliptical count the nearest in its own sentence after the last count,
  else the last count's noun, else the nearest lexicon noun of the sentences
  before (see ``_antecedent``).
* Hedges beyond the guide's list, all ``approx``: ``exceeds``/``exceeded``/
  ``exceeding``, ``surpassed``, ``upwards of``, ``in excess of``, ``well over``,
  ``just over``/``under``, ``(well) under``, ``below``, ``close to``, ``roughly``,
  ``an estimated``, ``as many as``, ``up to``, ``fewer``/``less than``.
* ``N days/weeks/months/years ago`` (any time unit) is a date (the guide's
  ``two days ago`` row), never a count. ``two days later``, ``a week earlier``,
  ``three years after the deal`` stay counts: they state the length of an
  interval between two events, which the guide's Dates table does not place on
  the calendar (its relative dates are anchored on publication), so they fall
  under its "a duration with a number is a count".
* ``several``/``a few`` dozen/hundred/thousand = 2 x, approx (guide: several
  dozen = 24). Ranges (``100-150``, ``between 100 and 150``): lower bound, approx.
* ``one of the/its ...`` with no second number is "a certain one", not a count;
  ``two of the checkpoints`` is (2, of NaN). ``three more crossings`` counts
  ``crossings``.
* ``the/these/those/both/between`` + number + relational noun (``the two
  countries``, ``the two sides``) is a fixed phrase; ``the two border
  crossings`` is a count.
* Not counts either: list markers (``1.``, ``2)``), numbers with a leading zero
  (phone numbers, postcodes), scores (``1-0``), ``minus 20``.
"""
from __future__ import annotations

import math
import re
from itertools import chain

import pandas as pd

from ..load.text import regex_trie

__all__ = ["extract_counts", "find_counts", "COLUMNS"]

COLUMNS = ["text", "start_char", "end_char", "value", "of", "what", "approx"]
_NAN = float("nan")

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------
_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDVAL = {w: i for i, w in enumerate(_SMALL)}
_WORDVAL.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_VAGUE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6}
_NUMWORDS = list(_WORDVAL) + ["hundred", "dozen"] + list(_SCALE)




_NW = regex_trie(_NUMWORDS)  # singular number words
_NW_ALL = regex_trie(_NUMWORDS + list(_VAGUE) + ["tens"])

_UNITS = {
    "km": "kilometres", "kms": "kilometres", "kilometer": "kilometres",
    "kilometers": "kilometres", "kilometre": "kilometres", "kilometres": "kilometres",
    "meter": "metres", "meters": "metres", "metre": "metres", "metres": "metres",
    "mile": "miles", "miles": "miles",
    "hour": "hours", "hours": "hours", "hrs": "hours",
    "minute": "minutes", "minutes": "minutes", "mins": "minutes",
    "second": "seconds", "seconds": "seconds", "secs": "seconds",
    "day": "days", "days": "days", "night": "nights", "nights": "nights",
    "week": "weeks", "weeks": "weeks", "fortnight": "fortnights", "fortnights": "fortnights",
    "month": "months", "months": "months", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
}
# Unit spellings that are singular/adjectival: "1,340 kilometer border" takes the noun along.
_AGO_RE = re.compile(r"[ \t]+ago(?![a-z])")
_TIME_UNITS = {u for u, v in _UNITS.items() if v in (
    "seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months", "years", "decades",
    "centuries")}
_UNIT_ADJ = {u for u in _UNITS if not u.endswith("s")} | {"km"}
_CURRENCY = {"€": "euros", "$": "dollars", "£": "pounds", "₽": "roubles",
             "eur": "euros", "usd": "dollars", "rub": "roubles", "gbp": "pounds"}

_MONTHS = ("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april "
           "june july august september october november december").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

_STOP = set("""
a an the of in on at to from for with by as into onto over under across through along near since
until till after before during about around between among amid per via than and or but nor that
which who whom whose this these those their its his her our your my there here it they we he she
you them us him me is are was were be been being am have has had having will would shall should
can could may might must do does did not no so then also only just more most less least each every
all both either neither some any many much few several such own same another when where
while if because although though whether how what why ago later earlier already still yet ever
never now today yesterday tonight tomorrow daily weekly respectively alone altogether apiece cent
percent last next past weekend morning afternoon evening including excluding except plus minus
versus vs away back up down out off again too very almost nearly roughly approximately according
said says say told reported instead however therefore thus whereas perhaps always sometimes
towards toward afterwards besides nevertheless regardless unless across within without against
upon beyond outside inside behind like unlike despite onwards overall
""".split()) | set(_MONTHS) | set(_WEEKDAYS) | set(_NUMWORDS) | set(_VAGUE)
_SKIP_FIRST = {"more"}  # "three more crossings" counts "crossings"
_IRREG_PL = {"people", "police", "personnel", "staff", "military", "children", "men", "women",
             "troops", "cattle", "feet", "teeth", "population", "crew"}
_NOT_PL = {"news", "series", "species", "means", "crisis", "status", "basis", "analysis", "bus",
           "gas", "this", "his", "its", "was", "has", "is", "us", "yes", "thus", "less", "unless",
           "across", "always", "perhaps", "towards", "afterwards", "besides", "whereas",
           "nevertheless", "regardless", "various", "numerous", "previous", "serious",
           "famous", "dangerous", "obvious", "ferocious", "anonymous", "enormous", "ones"}
_VERB_S = set("""
is has was does remains stays says seems opens closes becomes comes goes makes takes gets arrives
enters crosses seeks tries applies means shows includes continues lies runs stretches needs wants
faces lives works plans expects hopes believes appears stands sits holds keeps leaves gives begins
ends waits walks drives travels heads returns reaches exceeds amounts totals equals
""".split())
_PREMOD_S = {"customs", "arms", "sales", "goods", "sports", "savings", "affairs", "rights",
             "forces", "emergency", "reception", "refugees'"}
_PARTICIPLE_ADJ = {"registered", "detained", "unaccompanied", "undocumented", "stranded", "armed",
                   "trained", "reported", "estimated", "injured", "wounded", "displaced",
                   "recorded", "returned", "deported", "rejected", "closed", "guarded",
                   "fenced", "manned", "unmanned", "authorised", "authorized", "designated",
                   "unguarded", "related", "suspected", "unregistered", "dedicated", "selected"}
_SING_NOUNS = set("""
person man woman child boy girl migrant refugee seeker applicant asylum checkpoint check-point
crossing point station post border fence barrier guard officer soldier vehicle car bus truck
lorry train flight family citizen national country case application bicycle bike section
crossing-point border-crossing individual traveller traveler passenger arrival road lane gate
kilometre kilometer line stretch unit patrol helicopter drone boat camp centre center
""".split())
_RELATIONAL = set("""
countries country's countries' sides nations states neighbours neighbors parties governments
leaders presidents ministers capitals peoples republics powers allies camps communities cities
men women sides' nations' states' halves neighbours' neighbors' governments' leaders'
""".split())
_CODEWORDS = set("""
article articles section chapter paragraph clause resolution room flight route road highway
gate terminal platform bus train tram no no. nr nr. number page pages vol vol. volume part
protocol annex box street apartment unit regulation directive group tier level phase line
version windows iphone model type class category grade season episode act book figure fig
table appendix item rule stage wave
""".split())
_YEAR_PREP = set("in since from until till by of to year and or the early late mid before "
                 "after during around between summer winter spring autumn fall end start "
                 "beginning through".split())
_FIXED_DET = {"the", "these", "those", "both", "its", "their", "between"}

# --------------------------------------------------------------------------
# Regexes (compiled once)
# --------------------------------------------------------------------------
# Scanning is the costly part. One pass over the lower-cased text finds number words
# (group 1) and digits (group 2); the pattern starts with a character class, which lets
# the regex engine skip ahead fast, and the words are a prefix trie. A number glued to a
# letter before it ("golfer2015") is never a count, so it is not even looked for.
_DIGITS = r"[0-9]+(?:[,\u00a0\u202f ][0-9]{3}(?![0-9]))*"
_CAND_RE = re.compile(r"[^a-z_](?:(" + _NW_ALL + ")|(" + _DIGITS + "))")
_CAND_START_RE = re.compile(r"(?:(" + _NW_ALL + ")|(" + _DIGITS + "))")
_COMPOUND_RE = re.compile(r"(?:(?:[ \t]+and[ \t]+|[ \t]+|-)" + _NW + r"(?![a-z])){0,12}")
_TOK_RE = re.compile(r"[a-z]+")
_DECIMAL_RE = re.compile(r"\.[0-9]+")
_DECIMAL_COMMA_RE = re.compile(r"(,[0-9]{1,2})(?![0-9])(?=[ \t]+(?:million|billion|thousand)(?![a-z]))")
_SCALE_AFTER_RE = re.compile(r"[ \t]+(hundred|thousand|million|billion|mln|bn)(?![a-z])|(m|bn|mln)(?![a-z])")
_VAGUE_OF_RE = re.compile(r"[ \t]+of[ \t]+(thousands|millions)(?![a-z])")
# "four of the eight", "four out of the country's nine", "three of finland's eight" (the text is lower-cased here)
_OF_RE = re.compile(r"[ \t]+(?:(out[ \t]+of|of|in)[ \t]+)(?:(the|its|their|all|every)[ \t]+)?"
                    r"(?:(?:the[ \t]+)?(?:country|nation|finland|russia|estonia|norway)['’]s[ \t]+)?")
_NUMTOK_RE = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9.,:/a-z])"
    r"|(" + _NW + r"(?:-" + _NW + r")?)(?![a-z])"
)
_OF_THE_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# "hundreds or even thousands of people": the first shares the second's noun
_COORD_VAGUE_RE = re.compile(
    r"[ \t]+(?:or|and|to|if[ \t]+not)[ \t]+(?:even[ \t]+|perhaps[ \t]+|possibly[ \t]+|maybe[ \t]+)?"
    r"(?:dozens|hundreds|thousands|millions|tens[ \t]+of[ \t]+thousands)[ \t]+of[ \t]+(?:the[ \t]+)?")
_OF_PRONOUN_RE = re.compile(r"[ \t]+of[ \t]+(?:them|whom|which|these|those|us)(?![a-z])")
_PCT_RE = re.compile(r"[ \t]*(?:%|per[ \t]*cent(?![a-z])|percent(?![a-z])|pct(?![a-z]))")
_UNIT_RE = re.compile(
    r"(?:[ \t]+|[ \t]*-[ \t]*)(" + regex_trie(_UNITS) + r")(?![a-z])|(km|kms)(?![a-z])"
)
_POSS_NOUN_RE = re.compile(r"(['’]s?)(?:[ \t]+([a-z]+))?")
_NEXT_WORD_RE = re.compile(r"[ \t]+(long[ \t]+)?([a-z]+)(?![a-z'’-])")
_RANGE_RE = re.compile(r"[ \t]*[-–—][ \t]*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9]|[.,:][0-9])")
_AND_NUM_RE = re.compile(  # on the lower-cased text
    r"[ \t]+and[ \t]+(?:([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9.,:])|"
    + _NW + r"(?:(?:[ \t]+and[ \t]+|[ \t]+|-)" + _NW + r"){0,12}(?![a-z]))")
_TIME_AFTER_RE = re.compile(
    r"[ \t]*(?:[ap]\.?m\.?(?![a-z])|o['’]clock|hrs(?![a-z])|h(?![a-z])|gmt|utc|cet|eet|msk"
    r"|local[ \t]+time|moscow[ \t]+time|finnish[ \t]+time)"
)
_DAY_RANGE_AFTER_RE = re.compile(r"(?:\s+(?:and|to|or)\s+|\s*[-–]\s*)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?"
                                 r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b")
_MONTH_AFTER_RE = re.compile(
    r"(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
_ADDRESS_RE = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+)+(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Lane|Square)\b")
_HEDGE_RE = re.compile(
    r"(?<![a-z])(?:(around|about|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|"
    r"approximately|approx\.?|up[ \t]+to|roughly|fewer[ \t]+than|less[ \t]+than|"
    r"just[ \t]+over|well[ \t]+over|(?:just[ \t]+|well[ \t]+)?(?:under|below)|close[ \t]+to|"
    r"an[ \t]+estimated|estimated|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"upwards[ \t]+of|as[ \t]+many[ \t]+as|at[ \t]+most|no[ \t]+more[ \t]+than|"
    r"no[ \t]+fewer[ \t]+than|in[ \t]+excess[ \t]+of|circa|nigh[ \t]+on|a[ \t]+few|several)"
    r"|(all)|(the[ \t]+only)|(between))[ \t]+$"
)
_RUN_WORD = r"[ \t\u00a0]*\n?[ \t\u00a0]*([A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*)"
_RUN_RE = re.compile(
    "(?:" + _RUN_WORD + "(?:" + _RUN_WORD + "(?:" + _RUN_WORD + "(?:" + _RUN_WORD
    + "(?:" + _RUN_WORD + "(?:" + _RUN_WORD + ")?)?)?)?)?)?"
)
_ANTE_RE = re.compile(  # the letter before a match is checked in Python (faster scan)
    r"(?:asylum[ -]seekers?|(?:border[ -])?(?:crossing[ -]points?|crossings?|"
    r"check-?points?|guards?)|border[ -](?:stations?|posts?)|migrants?|refugees?|people|"
    r"persons?|individuals?|applicants?|applications?|arrivals?|travell?ers?|passengers?|"
    r"vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|bicycles?|bikes?|soldiers?|troops|"
    r"nationals?|citizens?|children|famil(?:y|ies)|cases?)(?![a-z])"
)
_ELL_ONE_RE = re.compile(  # group 1: weak triggers that need a time or a full stop after
    r"(?<![a-z])(?:except(?:[ \t]+for)?|but|only|just|at[ \t]+least|at[ \t]+most|than|"
    r"leaving|leaves|left|down[ \t]+to|all[ \t]+but|(to|with|and))[ \t]+$"
)
_WHEN_AFTER_RE = re.compile(
    r"[ \t]+(?:on|last|this|next|per|a|each|every)[ \t]+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|day|week|weekend|night|morning|evening|afternoon)(?![a-z])"
    r"|[ \t]*[.,;:)]|[ \t]+(?:remains?|remained|was|is|will|stays?|stayed)(?![a-z])"
)
_ONE_AFTER_EXCL_RE = re.compile(
    r"[ \t]+(?:another|by[ \t]+one|after[ \t]+another|or[ \t]+(?:two|more|another|other)|"
    r"and[ \t]+the[ \t]+same|of[ \t]+(?:its|their|his|her|our|the|them|these|those|us|whom|which|"
    r"a|an|my|your|many|several|few|kind|two|both))(?![a-z])"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@\S+|\+[0-9][0-9 ()-]{6,}[0-9]")

_HEDGE_LAST = {"around", "about", "some", "nearly", "almost", "than", "over", "least",
               "approximately", "approx", "approx.", "to", "roughly", "under", "estimated", "of",
               "as", "most", "circa", "on", "few", "several", "all", "only", "between", "below",
               "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed",
               "surpassing"}
_ONE_DET = {"no", "any", "every", "each", "this", "that", "which", "the", "a", "some", "such",
            "what", "whichever", "last", "one", "no-one", "someone", "anyone", "everyone", "little"}
_WINDOW = 32
# Cheap gates: most regexes below only run when the next word can start what they match.
_PEEK_RE = re.compile(r"[ \t]*(?:([-–—])[ \t]*)?([a-z]+|%)?")
_TIME_WORDS = {"a", "am", "p", "pm", "o", "hrs", "h", "gmt", "utc", "cet", "eet", "msk", "local",
               "moscow", "finnish"}
_MON3 = {m[:3] for m in _MONTHS} | {"st", "nd", "rd", "th", "of"}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "mln", "bn", "m"}
_PCT_WORDS = {"%", "percent", "per", "pct"}
_NUMWORD_SET = set(_NUMWORDS) | {"and"}


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------
def _lower(text: str) -> str:
    """Lower-case without changing any offset (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _plural_like(lw: str) -> bool:
    if lw in _IRREG_PL:
        return True
    if len(lw) < 3 or lw[-1] != "s" or lw in _NOT_PL or lw in _VERB_S:
        return False
    return lw[-2] not in "su'’" and not lw.endswith("ous")


_SING_IRR = {"people": "person", "men": "man", "women": "woman", "children": "child",
             "families": "family", "lorries": "lorry", "buses": "bus"}
_PLUR_IRR = {v: k for k, v in _SING_IRR.items()}


def _singular(what: str) -> str:
    head, sep, last = what.rpartition(" ")
    low = last.lower()
    if low in _SING_IRR:
        last = _SING_IRR[low]
    elif low.endswith("ies") and len(low) > 4:
        last = last[:-3] + "y"
    elif _plural_like(low) and low not in _IRREG_PL:
        last = last[:-1]
    return head + sep + last


def _plural(what: str) -> str:
    head, sep, last = what.rpartition(" ")
    low = last.lower()
    if low in _PLUR_IRR:
        last = _PLUR_IRR[low]
    elif _plural_like(low):
        pass
    elif low.endswith("y") and low[-2:-1] not in ("a", "e", "o", "u", ""):
        last = last[:-1] + "ies"
    else:
        last = last + "s"
    return head + sep + last


def _parse_words(low: str, s: int, e: int):
    """(value, end) of the number words in low[s:e], stopping where they stop being one number."""
    total = cur = 0.0
    last = None
    end = s
    for m in _TOK_RE.finditer(low, s, e):
        w = m.group()
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            continue
        v = _WORDVAL.get(w)
        if v is not None:
            kind = "zero" if v == 0 else "unit" if v < 10 else "teen" if v < 20 else "tens"
            if kind == "zero" and last is not None:
                break
            if not (last in ("hundred", "scale", None) or (last == "tens" and kind == "unit")):
                break
            cur += v
            last = kind
        elif w == "hundred":
            if last not in (None, "unit", "teen", "tens"):
                break
            cur = (cur or 1) * 100
            last = "hundred"
        elif w == "dozen":
            if last not in (None, "unit", "teen", "tens"):
                break
            cur = (cur or 1) * 12
            end = m.end()
            break
        else:  # thousand / million / billion
            if last == "scale":
                break
            total += (cur or 1) * _SCALE[w]
            cur = 0.0
            last = "scale"
        end = m.end()
    return total + cur, end


def _sent_initial(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?:;\"“”'‘(\n[•*-–—"


def _line_start(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] in " \t•*-":
        j -= 1
    return j < 0 or text[j] == "\n"


def _prev_word(text: str, s: int) -> str:
    """The word just before position s (same line), as written; '' if none."""
    j = s
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == s or j == 0:
        return ""
    i = text.rfind(" ", max(0, j - _WINDOW), j) + 1
    w = text[i:j]
    k = w.rfind("\n")
    if k >= 0:
        w = w[k + 1:]
    return w.lstrip("(\"“‘'[")


def _next_is_capital(text: str, e: int) -> bool:
    j, n = e, len(text)
    while j < n and text[j] in " \t":
        j += 1
    return j < n and text[j].isupper()


def _noun_run(text: str, p: int):
    """Words after position p, cut at the first stop word: [(lower, start, end), ...]."""
    m = _RUN_RE.match(text, p)
    out = []
    for g in range(1, 7):
        ws, we = m.span(g)
        if ws < 0:
            break
        lw = text[ws:we].lower()
        if lw in _STOP:
            if not out and lw in _SKIP_FIRST:
                continue
            if (lw == "and" or lw == "or") and out and text[out[-1][1]].isupper() \
                    and not _plural_like(out[-1][0]) and g < 6 and m.start(g + 1) >= 0 \
                    and text[m.start(g + 1)].isupper():
                out.append((lw, ws, we))  # "Finnish and Russian dual citizens"
                continue
            break
        out.append((lw, ws, we))
    return out


def _plural_head(run) -> int:
    """Index of the head of a plural noun phrase ("asylum seekers"), or -1."""
    n = len(run)
    for k, (lw, _ws, _we) in enumerate(run):
        if lw.endswith("ly") or k > 4:
            return -1
        if lw.endswith("ed") and lw not in _PARTICIPLE_ADJ and not (k + 1 < n and _plural_like(run[k + 1][0])):
            return -1
        if _plural_like(lw):
            if lw in _PREMOD_S and k + 1 < n:
                continue
            return k
    return -1


def _singular_head(run) -> int:
    """Index of the head of a singular noun phrase ("border crossing"), or -1."""
    for i, (lw, _ws, _we) in enumerate(run[:3]):
        if lw in _SING_NOUNS or lw.rpartition("-")[2] in _SING_NOUNS:
            while i + 1 < len(run) and run[i + 1][0] in _SING_NOUNS:
                i += 1
            return i
        if _plural_like(lw) or lw.endswith("ly") or lw in _VERB_S:
            return -1
    return -1


def _sentence_starts(text: str, s: int, k: int = 3, *, lookback: int = 500) -> list[int]:
    """Starts of the sentence holding position s and of the k-1 sentences before it (within *lookback* characters)."""
    lo = max(0, s - lookback)
    out = []
    j = s
    for _ in range(k):
        b = max(text.rfind(". ", lo, j), text.rfind("? ", lo, j), text.rfind("! ", lo, j),
                text.rfind(".\n", lo, j), text.rfind("\n\n", lo, j))
        if b < 0:
            out.append(lo)
            break
        out.append(b + 2)
        j = b
    return out


def _lexicon_nouns(text: str, low: str, a: int, b: int):
    """(end, noun) of the counted nouns of the lexicon in low[a:b], in order (names like "Border
    Guard" skipped)."""
    out = []
    for m in _ANTE_RE.finditer(low, a, b):
        i = m.start()
        if (i and low[i - 1].isalpha()) or (text[i].isupper() and not _sent_initial(text, i)):
            continue
        out.append((m.end(), m.group()))
    return out


_NP_DET_RE = re.compile(r"(?<![a-z])(?:the|these|those|its|their|our|his|her|all|many|some|several|"
                        r"other|such|both)(?=[ \t])")


def _plural_nps(text: str, low: str, a: int, b: int):
    """(end, phrase) of the plural noun phrases opened by a determiner in text[a:b] ("the reporters")."""
    out = []
    for m in _NP_DET_RE.finditer(low, a, b):
        run = _noun_run(text, m.end())
        k = _plural_head(run)
        if k >= 0 and run[k][2] <= b and (k or not text[run[0][1]].isupper()):
            out.append((run[k][2], text[run[0][1]:run[k][2]]))
    return out


def _is_plural(what: str) -> bool:
    return _plural_like(what.rpartition(" ")[2].lower())


# a breakdown of the count before: ", 67 via Vartius and four via Nuijamaa" (the number itself between the two)
_BREAKDOWN_BEFORE = re.compile(r"(?:,|\band)\s+$")
_BREAKDOWN_AFTER = re.compile(r"\S*\s+(?:via|at|through|to|in)\s", re.I)


def _antecedent(text: str, low: str, s: int, prev, value: float, pronoun: bool = False) -> str:
    """The counted noun an elliptical count implies ("there were 71", "four of them", "the only one").

    Candidates are the counted nouns of the lexicon and the nouns of earlier counts, before the number
    in this sentence and the two before it; a count other than one wants a plural candidate, `one` any
    ("the asylum seekers reaching the Salla crossing: there were 71" -> asylum seekers, not crossing).

    * A pronoun (`four of them`, `of whom about 1,000`) takes the nearest plural candidate ("as
      Helsinki closed the crossings one after another. It shut four of them" -> crossings), else the
      nearest plural noun phrase of this or the previous sentence ("the reporters").
    * Any other elliptical count takes the nearest candidate in its own sentence after the last
      count; else the last count's noun ("there were 71, up from 39 on Monday": 39 takes 71's);
      else the nearest noun of the lexicon in the sentences before.

    With no candidate in the right number, the nearest of any number. The noun is given in the
    count's number (`the only one` -> checkpoint).
    """
    starts = _sentence_starts(text, s)
    sent, ws = starts[0], starts[-1]
    counted = []  # (end, noun) of the earlier counts in the window, latest first
    for pe, pw in reversed(prev):
        if pe <= ws:
            break
        if pe <= s and pw:
            counted.append((pe, pw))
    last = counted[0] if counted else None
    plural = value != 1
    best = ""
    if pronoun:
        cands = _lexicon_nouns(text, low, ws, s) + counted
        cands.sort(key=lambda c: c[0], reverse=True)
        best = next((w for _e, w in cands if _is_plural(w)), "")
        if not best:
            nps = _plural_nps(text, low, starts[min(1, len(starts) - 1)], s)
            best = nps[-1][1] if nps else (cands[0][1] if cands else "")
    elif last is not None and last[0] >= sent and _BREAKDOWN_BEFORE.search(text, max(0, s - 6), s) and _BREAKDOWN_AFTER.match(text, s):
        best = last[1]  # "71 asylum seekers arrived at the crossings, 67 via Vartius and four via Nuijamaa": 71's parts
    else:
        lo = sent if last is None or last[0] < sent else last[0]
        cands = _lexicon_nouns(text, low, lo, s)[::-1]
        if last is not None and last[0] >= sent:
            cands.append(last)
        best = next((w for _e, w in cands if not plural or _is_plural(w)), "")
        if not best and last is not None:
            best = last[1]
        if not best:
            cands += _lexicon_nouns(text, low, ws, sent)[::-1]
            best = next((w for _e, w in cands if not plural or _is_plural(w)), "")
            if not best and cands:
                best = cands[0][1]
    if not best:
        return ""
    return _singular(best) if value == 1 else _plural(best)


def _context(text: str, low: str, s: int, pw: str):
    """(span start, approx, flag) from the hedge or determiner just before position s."""
    if pw.lower() not in _HEDGE_LAST:
        return s, False, None
    m = _HEDGE_RE.search(low, max(0, s - _WINDOW), s)
    if m is None:
        return s, False, None
    if m.group(1):
        g = m.group(1)
        return m.start(), True, ("several" if g.startswith(("several", "a ", "a\t")) else "hedge")
    if m.group(2):
        return m.start(), False, "all"
    if m.group(3):
        return m.start(), False, "the only"
    return m.start(), True, "between"


# --------------------------------------------------------------------------
# Main pass
# --------------------------------------------------------------------------
def find_counts(text: str) -> list[tuple]:
    """Stated counts in *text* as ``(text, start_char, end_char, value, of, what, approx)`` tuples.

    >>> find_counts("Finland closed four of the eight border crossings.")[0][:6]
    ('four of the eight border crossings', 15, 49, 4.0, 8.0, 'border crossings')
    """
    if not text:
        return []
    low = _lower(text)
    cands = []
    m0 = _CAND_START_RE.match(low)
    found = _CAND_RE.finditer(low)
    for m in (chain((m0,), found) if m0 else found):
        if m.start(1) >= 0:
            cands.append((m.start(1), m.end(1), False))
            continue
        s, e = m.span(2)
        if e - s > 4:
            k = e - s - len(m.group(2).lstrip("0123456789"))
            if 3 < k < e - s:  # "2023 900": a year, then a number (not 2,023,900)
                cands.append((s, s + k, True))
                if low[s] == "0":
                    continue  # "0295 421 000": a phone number
                s += k + 1
        cands.append((s, e, True))
    if not cands:
        return []
    skips = ()
    if "://" in text or "www." in text or "@" in text or "+" in text:
        skips = [m.span() for m in _URL_RE.finditer(text)]
    out = []
    prev = []  # (end, what) of the noun counts so far, for elliptical counts
    last_end = 0
    n = len(text)
    for s, e, is_digit in cands:
        if s < last_end:
            continue
        if skips and any(a <= s < b for a, b in skips):
            continue
        row = (_digit_count if is_digit else _word_count)(text, low, s, e, n)
        if row is None:
            continue
        start, end, value, of, what, approx, kind = row
        if start < last_end:
            start = s
        if what is None:
            what = _antecedent(text, low, start, prev, value, kind == "pronoun")
            if kind == "fixed" and (not what or what.lower().rpartition(" ")[2] in _RELATIONAL):
                continue
            prev.append((end, what))  # "there were 71, up from 39": 39 takes 71's noun
        elif kind == "noun":
            prev.append((end, what))
        out.append((text[start:end], start, end, float(value), of, what, approx))
        last_end = end
    return out


_DAY_MONTH_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")


def _digit_count(text, low, s, e, n):
    if s:
        c = text[s - 1]
        if c.isalnum() or c in "_@#/+&=\\":
            return None  # golfer2015, G7, #2
        if c in ".,:-–" and s > 1 and text[s - 2].isalnum():
            return None  # COVID-19, Su-27, 09:15, 2022-2023's second half
    raw = text[s:e]
    is_int = True
    nxt = text[e] if e < n else ""
    if nxt == "." and e + 1 < n and text[e + 1].isdigit():
        e = _DECIMAL_RE.match(text, e).end()
        raw = text[s:e]
        is_int = False
        nxt = text[e] if e < n else ""
    elif nxt == "," and raw.isdigit():
        mdc = _DECIMAL_COMMA_RE.match(low, e)
        if mdc:  # "5,6 million" (Finnish style)
            e = mdc.end(1)
            raw = text[s:e].replace(",", ".")
            is_int = False
            nxt = text[e] if e < n else ""
    if nxt and nxt in ":./" and e + 1 < n and text[e + 1].isdigit():
        return None  # 09:15, 20.11.2023, 24/7
    if nxt == "." and e + 2 < n and text[e + 1] in "-–" and text[e + 2].isdigit():
        return None  # 17.-18.11. (a range of days, Finnish style)
    if not is_int and nxt == "." and _DAY_MONTH_RE.fullmatch(raw):
        return None  # 18.11. (a day and a month, Finnish style)
    if not is_int and _DAY_MONTH_RE.fullmatch(raw) and (
            re.search(r"\b(?:on|since|from|until|till|by|before|after)\s+$", text[max(0, s - 8):s], re.I)
            or re.match(r"\s+(?:at|klo|kello)\s+\d", text[e:e + 10], re.I)):
        return None  # "closed on 17.11 at 20:00": a day and a month with no closing dot
    plain = is_int and raw.isdigit()
    year_like = plain and e - s == 4 and "1800" <= raw <= "2099"
    if year_like and not (nxt == " " and e + 1 < n and text[e + 1].islower()):
        return None  # a year: "in 2012,", "November 2023", "2022-2023"
    if nxt in (".", ")") and (text[s - 1:s] == "(" or _line_start(text, s) or (
            nxt == ")" and "(" not in text[max(0, s - 30):s])):
        return None  # list markers: "1.", "2)", "(3)"
    if raw[0] == "0" and len(raw) > 1 and is_int:
        return None  # codes and phone numbers: 0295, 00100
    pw = _prev_word(text, s)
    lpw = pw.lower()
    if year_like and (lpw in _YEAR_PREP or lpw.rstrip(".,") in _MONTHS):
        return None  # "in 2012 migrants ...": still a year
    nw = _PEEK_RE.match(low, e).group(2) or ""
    if plain and e - s <= 2 and (
            (pw[:1].isupper() and lpw.rstrip(".,") in _MONTHS)
            or (nw[:3] in _MON3 and _MONTH_AFTER_RE.match(text, e))) and 1 <= int(raw) <= 31:
        return None  # December 13, 13 December, 13th of December
    if plain and e - s <= 2 and 1 <= int(raw) <= 31 and _DAY_RANGE_AFTER_RE.match(text, e):
        return None  # "between 21 and 22 November", "21-22 November": the first day of a range of days
    if plain and nw in _TIME_WORDS and _TIME_AFTER_RE.match(low, e):
        return None  # 8 pm, 0800 GMT
    if not is_int and len(raw) in (4, 5) and raw[-3] == "." and float(raw) < 25 \
            and lpw in ("at", "from", "until", "till", "by", "before", "after"):
        return None  # at 20.00
    if lpw in _CODEWORDS or lpw.rstrip(".") in _CODEWORDS or lpw == "minus":
        return None  # Article 5, page 3, minus 20
    value = float(raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))
    if not math.isfinite(value):
        return None
    start, approx, flag = _context(text, low, s, pw)
    currency = None
    if s and text[s - 1] in "€$£₽":
        currency = _CURRENCY[text[s - 1]]
        start = min(start, s - 1)
    elif lpw in ("eur", "usd", "rub", "gbp") and s >= 4 and text[s - 1] == " ":
        currency = _CURRENCY[lpw]
        start = min(start, s - 4)
    if nxt.isalpha():
        if not (nw in ("km", "kms") or (currency and nw in ("m", "bn", "mln"))):
            return None  # 1990s, 21st, 5G, 27A
    if nxt == " " and e + 1 < n and text[e + 1].isupper() and _ADDRESS_RE.match(text, e):
        return None
    ms = _SCALE_AFTER_RE.match(low, e) if nw in _SCALE_WORDS else None
    if ms and (ms.group(1) or currency) and (ms.group(1) not in ("mln", "bn") or currency):
        word = ms.group(1) or ms.group(2)
        value *= {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                  "mln": 1e6, "bn": 1e9, "m": 1e6}[word]
        e = ms.end()
        year_like = False
    mr = _RANGE_RE.match(text, e) if (e < n and text[e] in " \t-–—") else None
    if mr:
        second = mr.group(1)
        if year_like or (second.isdigit() and len(second) == 4 and 1800 <= int(second) <= 2099):
            return None  # 2022-2023
        if float(second.replace(",", "")) <= value:
            return None  # a score (1-0) or a code, not a range
        e = mr.end()
        approx = True
    elif flag == "between":
        ma = _AND_NUM_RE.match(low, e)
        if ma:
            e = ma.end()
        else:
            start, approx, flag = s, False, None
    if currency:
        return start, e, value, _NAN, currency, approx, "money"
    capital = (pw[:1].isupper() and lpw not in _WEEKDAYS and lpw.rstrip(".,") not in _MONTHS
               and not lpw.endswith(("'s", "’s")) and flag is None
               and (lpw not in _STOP or not _sent_initial(text, s - len(pw) - 1)))
    return _finish(text, low, s, start, e, value, approx, flag, n, pw.lower(),
                   year_like=year_like, capital=capital)


def _word_count(text, low, s, e, n):
    if s and (text[s - 1].isalnum() or text[s - 1] in "_-"):
        return None
    if e < n and (text[e].isalnum() or text[e] == "_"):
        return None
    w = low[s:e]
    pw = _prev_word(text, s)
    if pw[-1:].isdigit() and w in ("hundred", "thousand", "million", "billion", "dozen"):
        return None  # the rest of a number that was turned down ("5,6 million")
    if text[s].isupper() and not _sent_initial(text, s):
        # "the Group of Seven", "the Big Three" are names; Title Case Headlines are not
        if not (pw[:1].isupper() and _next_is_capital(text, e)):
            return None
    if w in _VAGUE or w == "tens":
        value = _VAGUE.get(w, 10.0)
        mv = _VAGUE_OF_RE.match(low, e) if low.startswith(" of", e) else None
        if mv and w in ("tens", "hundreds"):
            value *= _VAGUE[mv.group(1)]
            e = mv.end()
        elif w == "tens":
            return None
        start, _a, flag = _context(text, low, s, pw)
        if flag != "hedge":
            start = s
        return _finish(text, low, s, start, e, value, True, "vague", n, pw.lower())
    pk = _PEEK_RE.match(low, e)
    mc = _COMPOUND_RE.match(low, e) if pk.group(2) in _NUMWORD_SET else None
    if mc and mc.end() > e:
        value, e = _parse_words(low, s, mc.end())
    else:
        value = _WORDVAL.get(w)
        if value is None:
            value = _SCALE.get(w) or {"hundred": 100.0, "dozen": 12.0}[w]
    if value <= 12 and re.match(r"[ \t]*o['’]clock\b", low[e:e + 12]):
        return None  # "by eight o'clock": a time of day
    cs = s  # where the context (hedge) is looked for
    if w in ("hundred", "thousand", "million", "billion", "dozen") and s >= 2 \
            and low[s - 2:s] == "a " and (s == 2 or not text[s - 3].isalnum()):
        cs = s - 2  # "a dozen", "a hundred"
        pw = _prev_word(text, cs)
    start, approx, flag = _context(text, low, cs, pw)
    if flag == "several":
        if w in ("hundred", "thousand", "million", "billion", "dozen"):
            value *= 2
        else:
            start, approx, flag = cs, False, None
    if flag == "between":  # "between two and three crossings"
        ma = _AND_NUM_RE.match(low, e)
        if ma:
            e = ma.end()
        else:
            start, approx, flag = cs, False, None
    if flag is None:
        start = cs
    if w == "one" and e == s + 3:
        return _one_count(text, low, s, e, n, start, approx, flag, pw.lower())
    return _finish(text, low, s, start, e, float(value), approx, flag, n, pw.lower(), is_word=True)


def _one_count(text, low, s, e, n, start, approx, flag, lpw):
    if flag != "the only" and lpw in _ONE_DET:
        return None  # no one, this one, the one who
    if e < n and text[e] in "-–" and not _UNIT_RE.match(low, e):
        return None  # one-way, one-off
    mx = _ONE_AFTER_EXCL_RE.match(low, e) if _PEEK_RE.match(low, e).group(2) in (
        "another", "by", "after", "or", "and", "of") else None
    if mx:
        # "one of its members", "one another", "one by one" -- but "one of (the) eight",
        # and "only one of the crossings", "all but one of them" state a count
        mo = _OF_RE.match(low, e)
        if not (mo and _NUMTOK_RE.match(low, mo.end())):
            mt = _ELL_ONE_RE.search(low, max(0, s - _WINDOW), s)
            if not (mo and mo.group(1) == "of" and mt is not None and mt.group(1) is None):
                return None
            return _finish(text, low, s, start, e, 1.0, approx, flag, n, lpw, is_word=True,
                           one=True, strong=True)
    return _finish(text, low, s, start, e, 1.0, approx, flag, n, lpw, is_word=True, one=True)


def _finish(text, low, s, start, e, value, approx, flag, n, lpw, year_like=False,
            capital=False, is_word=False, one=False, strong=False):
    """Attach what follows the number: "of Y", a unit, "percent", the counted noun."""
    of = _NAN
    vague = flag == "vague"
    nw = _PEEK_RE.match(low, e).group(2)
    if not vague and nw in ("of", "out", "in"):  # "X of the Y", "X out of Y", "one in five"
        mo = _OF_RE.match(low, e)
        if mo:
            mn = _NUMTOK_RE.match(low, mo.end())
            if mn:
                if mn.group(1):
                    ofv = float(mn.group(1).replace(",", ""))
                    is_year = len(mn.group(1)) == 4 and 1800 <= ofv <= 2099
                else:
                    ofv = _parse_words(low, mn.start(), mn.end())[0]
                    is_year = False
                if ofv >= value and not is_year:
                    of = ofv
                    e = mn.end()
                    nw = _PEEK_RE.match(low, e).group(2)
    if year_like and of != of:
        # "2000 migrants" but not "a 2022 law allows": a year-like number needs a noun of
        # the lexicon, or a plural right after it
        run = _noun_run(text, e)
        k = _plural_head(run)
        if k < 0:
            return None
        if k > 0:
            np = low[run[0][1]:run[k][2]]
            ma = _ANTE_RE.search(np)
            if ma is None or ma.end() != len(np):
                return None
    mp = _PCT_RE.match(low, e) if nw in _PCT_WORDS else None
    if mp:
        return start, mp.end(), value, of, "percent", approx, "unit"
    mu = _UNIT_RE.match(low, e) if nw in _UNITS else None
    if mu:
        u = mu.group(1) or mu.group(2)
        if one and u in ("day", "night", "second") and (lpw in _ONE_DET or _sent_initial(text, s)):
            return None  # "One day, ..."
        end = mu.end()
        if u in _TIME_UNITS and _AGO_RE.match(low, end):
            return None  # "two days ago" is a date (the guide's Dates table), not a duration
        mpn = _POSS_NOUN_RE.match(low, end)
        if mpn:  # "24 hours' notice"
            end = mpn.end(2) if mpn.group(2) and mpn.group(2) not in _STOP else mpn.end(1)
        elif u in _UNIT_ADJ or "-" in low[e:mu.start()]:  # "1,340 kilometer border"
            mw = _NEXT_WORD_RE.match(low, end)
            if mw:
                nw = mw.group(2)
                if nw not in _STOP and nw not in _VERB_S and not nw.endswith(("ed", "ly")) \
                        and text[mw.start(2)].islower():
                    end = mw.end()
        return start, end, value, of, _UNITS[u], approx, "unit"
    if is_word and e < n and text[e] in "-–":
        return None  # "two-thirds", "four-lane"
    p = e
    plural = vague or of == of or value != 1
    if vague:
        mv = _OF_THE_RE.match(low, e) or _COORD_VAGUE_RE.match(low, e) if nw in (
            "of", "or", "and", "to", "if") else None
        if mv:
            p = mv.end()
    elif of == of and nw == "of":  # "seven of its eight of the checkpoints": the noun after a second "of the"
        mt = _OF_RE.match(low, e)
        if mt and mt.group(1) == "of" and mt.group(2) in ("the", "its", "their"):
            p = mt.end()
    elif of != of and nw == "of":
        mt = _OF_RE.match(low, e)
        if mt and mt.group(1) == "of" and mt.group(2) in ("the", "its", "their"):
            if one and not strong:
                return None  # "one of the most important"
            p = mt.end()
            plural = True
        else:
            mpr = _OF_PRONOUN_RE.match(low, e)
            if mpr and (strong or not one):  # "11 of them"
                return start, mpr.end(), value, of, None, approx, "pronoun"
    run = _noun_run(text, p)
    if run:
        k = _plural_head(run) if plural else _singular_head(run)
        if k >= 0:
            lhead = run[k][0]
            if k == 0 and lhead in _RELATIONAL and flag is None and lpw in _FIXED_DET:
                return None  # "the two countries", "between two nations"
            if p != e and vague and _COORD_VAGUE_RE.match(low, e):
                return start, e, value, of, text[run[0][1]:run[k][2]], approx, "noun"
            return start, run[k][2], value, of, text[run[0][1]:run[k][2]], approx, "noun"
    if p != e and not vague:
        return None
    if capital or year_like:
        return None  # "Article 5", "Mannerheimintie 12"
    if one:  # "the only one", "except for one", "and one on Sunday"
        if flag == "the only":
            return start, e, value, of, None, False, "ellipsis"
        mt = _ELL_ONE_RE.search(low, max(0, s - _WINDOW), s)
        if mt is None and not approx:
            return None
        if (mt is None or mt.group(1)) and _WHEN_AFTER_RE.match(low, e) is None:
            return None
        return start, e, value, of, None, approx, "ellipsis"
    if flag == "the only":
        start = s
    if value == 0 and not approx and _WHEN_AFTER_RE.match(low, e) is None:
        return None  # "zero tolerance"
    if flag is None and lpw in ("the", "these", "those", "both", "its", "their", "between"):
        return start, e, value, of, None, approx, "fixed"
    return start, e, value, of, None, approx, "ellipsis"


def extract_counts(text: str) -> pd.DataFrame:
    """Stated counts in *text*, one row each, columns ``COLUMNS``.

    >>> df = extract_counts("Around 900 asylum seekers came; four of the eight border crossings closed.")
    >>> df[["text", "value", "of", "what", "approx"]].values.tolist()
    [['Around 900 asylum seekers', 900.0, nan, 'asylum seekers', True], ['four of the eight border crossings', 4.0, 8.0, 'border crossings', False]]
    """
    df = pd.DataFrame(find_counts(text), columns=COLUMNS)
    return df.astype({"start_char": "int64", "end_char": "int64", "value": "float64",
                      "of": "float64", "approx": "bool"})
