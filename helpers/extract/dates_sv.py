"""Find the date mentions in Swedish news text and normalise them (see docs/ANNOTATION.md).

The Swedish counterpart of :mod:`helpers.extract.dates` (written like :mod:`helpers.extract.dates_fi`):
the same rules, the same output tuples (``COLUMNS``), the same resolution of relative expressions
(its calendar helpers are reused). What differs is the grammar:

* days: ``den 15 december 2023``, ``15 december``, ``den 1:a december``, ``17–18 november``,
  ``17 och 18 november``, ``15.12.2023``, Finland-Swedish year-less ``15.12.`` (day.month),
  ``17.–18.11.``, ``2023-11-20``; a weekday with its date (``fredagen den 24 november``,
  ``torsdag (30.11.)``) is one mention of one day;
* months (``i november``, ``november 2023``, ``i januari nästa år``), parts of a month (``i början av``
  1..10, ``i mitten av`` 11..20, ``i slutet av`` 21..end);
* prepositions of range kept in the span (``från och med``, ``fr.o.m.``, ``till och med``, ``t.o.m.``,
  ``fram till``, ``till``, ``från``, ``sedan``, ``senast``); ``till``, ``fram till``, ``till och med`` and
  ``senast`` mark a deadline (the next such date on or after publication), ``sedan`` a past start;
* nights across two days (``natten mot lördag``, ``natten till fredag``, ``natten mellan torsdag och
  fredag``, ``natten till den 18 november``): ``start`` the eve, ``end`` the named day, granularity ``night``;
* weekdays: ``på fredag`` the next Friday, ``i fredags`` the last one before publication, ``nästa fredag``,
  ``förra fredagen``; the definite and bare forms (``på torsdagen``, ``fredag``, ``på onsdagskvällen``)
  take the tense of their clause;
* relative days, weeks, weekends, months and years (``i dag``, ``i går``, ``i morgon``, ``i förrgår``,
  ``den här veckan``, ``förra veckan``, ``i helgen``, ``förra månaden``, ``i år``, ``i fjol``,
  ``för två dagar sedan``, ``vecka 47``); seasons (``i höstas`` the latest autumn begun before the
  publication month, ``i höst`` this or the coming autumn, ``vintern 2015``); years and spans of years
  (``år 2021``, ``2022–2023``, ``1990-talet``); Christmas and New Year (as the English extractor).

Tense is read from the verbs of the mention's clause, then of its sentence, nearest first: an
auxiliary of the future (``ska``, ``kommer att``, ``väntas``), a present (``stänger``, ``gäller``) or a
present passive (``stängs``, ``öppnas``) puts a weekday or a year-less date after publication; a
preterite (``stängde``, ``beslöt``, ``stängdes``) or a perfect (``har stängt``) before it.

``published`` may also be a month alone (``"2023-11"`` or a monthly ``pd.Period``): then what needs
only the year and month resolves (``till den 23 december`` = 2023-12-23) and weekdays and ``i dag``
stay ``NaT``.

Not dates: clock times (``klockan 20``, ``kl. 8``, ``kl. 12.10``), durations without a numeral
(``i en månad``), frequencies (``varje dag``, ``dagligen``, ``varje fredag``, ``två gånger i veckan``),
vague past and present (``de senaste dagarna``, ``än i dag``), numbers inside names (``Agenda 2030``).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from ..load.text import regex_trie
from .dates import COLUMNS, dates_frame, _DECIDED, _month_days, _month_end, _part, _resolve, _season, _season_year_of
from .dates_shared import Grammar, clause_bounds, clause_cue, join_yearless, resolve_mentions, resolve_night, scan
from .dates_shared import day_kind, span_end_year, trim_year

__all__ = ["COLUMNS", "find_dates", "extract_dates"]

# --------------------------------------------------------------------------- vocabulary
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december")
_MONTH_OF = {m: i + 1 for i, m in enumerate(_MONTHS)}
_ABBR_OF = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
            "okt": 10, "nov": 11, "dec": 12}
_WD_STEMS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
_WD_OF = {s: i for i, s in enumerate(_WD_STEMS)}
_NUMWORD = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
            "tio": 10, "elva": 11, "tolv": 12, "par": 2}
_SEASON_OF = {"vår": 0, "som": 1, "hös": 2, "vin": 3}  # by the first three letters: vår, sommar, höst, vinter

# --------------------------------------------------------------------------- regex pieces
_DASH = r"\s*[-–—‒−]\s*"
_D = r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DORD = rf"{_D}(?::[ae](?!\w))?"                         # 1:a, 2:a, 15:e
_M2 = r"(?:1[0-2]|0?[1-9])(?![0-9])"
_YEAR = r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])(?![.,][0-9])"
_YY = rf"(?:{_YEAR}|[0-9]{{2}}(?![0-9]))"
_YLB = r"(?<![\w.,/:@#$€£+\-])"
_MON_FULL = "(?:" + "|".join(_MONTHS) + r")(?!\w)"
_MON = "(?:" + "|".join(_MONTHS) + r"|(?:" + "|".join(sorted(_ABBR_OF, key=len, reverse=True)) + r")\.?)(?!\w)"
_WDS = r"(?:mån|tis|ons|tors|fre|lör|sön)dag"
_WD_DEF = rf"{_WDS}(?:en)?(?!\w)"                         # fredag, fredagen
_TOD = (r"(?:kvällen|kväll|morgonen|morgon|morse|förmiddagen|förmiddag|eftermiddagen|eftermiddag|natten|natt"
        r"|kvällens|morgonens|eftermiddagens)(?!\w)")
# a year after a date or a month: 2023, i år, i fjol, förra året, nästa år
_YSUF = rf"(?:,?\s+{_YEAR}|\s+(?:i\s+år|i\s*fjol|förra\s+året|nästa\s+år|kommande\s+år)(?!\w))"
_PRE = (r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|till\s+och\s+med|t\.\s?o\.\s?m\.|fram\s+till|ända\s+fram\s+till"
        r"|ända\s+till|ända\s+sedan|allt\s*sedan|till|från|sedan|senast|efter|före|inför|innan|under|mellan|i|på)")

_DAY_TEXT = rf"(?:den\s+)?{_DORD}(?:{_DASH}(?:den\s+)?{_DORD}|\s+och\s+(?:den\s+)?{_DORD})?\s+{_MON}(?:{_YSUF})?"
_DAY_NUM = (rf"(?:den\s+)?{_D}(?:\.?{_DASH}{_D})?\.{_M2}\.(?:{_YEAR})?(?![0-9])"      # 15.12.2023, 15.12., 17.–18.11.
            rf"|(?:den\s+)?{_D}\.{_M2}(?=\s+(?:kl\.?|klockan)\s)"                   # 15.12 kl. 8
            rf"|den\s+{_D}\.{_M2}(?![.,]?[0-9])")                                    # den 15.12
_DAY_ISO = r"(?<![\w.,/\-])(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![\w\-])"
_DAY = rf"(?:{_DAY_TEXT}|{_DAY_NUM}|{_DAY_ISO})"

_PART = r"(?:i\s+)?(?:början|mitten|slutet)\s+(?:av|på)\s+"
_REL_MOD = r"(?:förra|förrförra|nästa|kommande|denna|detta|den\s+här|det\s+här|innevarande)"
_SEASON_DEF = r"(?:hösten|vintern|våren|sommaren)(?!\w)"
_SEASON_IND = r"(?:höst|vinter|vår|sommar)(?!\w)"
_NUM = r"(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ett\s+par|[0-9]{1,3})"

_ALTS = [
    # natten mot lördag den 18 november, natten till den 18 november, natten mellan den 17 och 18 november
    ("nightd", rf"natten\s+(?:(?:mot|till)\s+(?:{_WD_DEF},?\s+)?|mellan\s+){_DAY}"),
    ("night2", rf"natten\s+mellan\s+(?:{_REL_MOD}\s+)?{_WD_DEF}\s+och\s+{_WD_DEF}"),
    ("night1", rf"natten\s+(?:mot|till)\s+(?:(?:nästa|kommande|förra)\s+)?{_WD_DEF}"),
    ("nightrel", r"natten\s+(?:mot|till)\s+(?:i\s*dag|i\s*går|i\s*morgon)(?!\w)|i\s*natt(?!\w)"),
    # a weekday with its date: one mention of one day
    ("wdd", rf"{_WD_DEF},?\s+{_DAY}|{_WD_DEF}\s*\(\s*{_DAY}\s*\)"),
    ("day", _DAY),
    ("wd", rf"i\s+{_WDS}s(?:\s+(?:kväll|morse|morgon|förmiddag|eftermiddag|natt)(?!\w))?"   # i fredags (kväll)
           rf"|{_WDS}s(?:kvällen|kväll|morgonen|morgon|förmiddagen|förmiddag|eftermiddagen|eftermiddag|natten|natt)(?!\w)"
           rf"|(?:(?:{_REL_MOD}|senaste|den\s+gångna|den\s+kommande)\s+)?{_WDS}(?:ens|en)?(?!\w)"
           rf"(?:\s+{_TOD})?"),
    ("drel", r"(?:i\s*dag|i\s*går|i\s*morgon|i\s*förrgår|i\s*övermorgon)(?!\w)"
             r"(?:\s+(?:kväll|morse|morgon|förmiddag|eftermiddag|natt)(?!\w))?"
             r"|i\s*kväll(?!\w)|i\s*morse(?!\w)|gårdagens(?!\w)|morgondagens(?!\w)"),
    ("partrel", rf"{_PART}(?:(?:förra|förrförra|nästa|kommande|denna|den\s+här|det\s+här)\s+)?"
                r"(?:veckan|vecka|månaden|månad|året|år)(?!\w)(?:\s+(?:i\s+år|i\s*fjol))?"
                r"|(?:i\s+)?(?:början|mitten|slutet)\s+(?:av|på)\s+(?:i\s*fjol|förra\s+året|nästa\s+år)(?!\w)"),
    ("wrel", rf"(?:{_REL_MOD}|den\s+kommande)\s+(?:veckan|vecka|veckas|veckans)(?!\w)"
             r"|(?:tidigare|senare)\s+i\s+veckan(?!\w)|i\s+veckan(?!\w)"),
    ("isoweek", r"(?:vecka|v\.?)\s?(?:[1-9]|[1-4][0-9]|5[0-3])(?![0-9])(?![.,][0-9])"),
    ("wknd", rf"(?:i|under|över)\s+helgen(?!\w)|(?:förra|nästa|kommande|denna|den\s+här|den\s+gångna|den\s+kommande)"
             r"\s+(?:helgen|helg)(?!\w)"),
    ("mrel", rf"(?:{_REL_MOD}|den\s+kommande)\s+(?:månaden|månad|månadens|månads)(?!\w)"
             r"|(?:tidigare|senare)\s+i\s+månaden(?!\w)"),
    ("yrel", r"i\s*år(?!\w)|i\s*(?:för)?fjol(?!\w)(?!\s+(?:höstas|vintras|våras|somras)(?!\w))|fjolårets(?!\w)"
             rf"|(?:förra|förrförra|nästa|detta|det\s+här|innevarande)\s+(?:året|år|årets|års)(?!\w)"
             r"|(?:tidigare|senare)\s+i\s+år(?!\w)"),
    ("ago", rf"för\s+{_NUM}\s+(?:dag|dagar|dygn|vecka|veckor|månad|månader|år)\s+sedan(?!\w)"),
    ("mpart", rf"{_PART}{_MON_FULL}(?:{_YSUF})?|{_PART}{_YEAR}"),
    ("mon", rf"{_MON_FULL}(?:{_YSUF})?"),
    ("season", rf"i\s*(?:fjol\s+|förfjol\s+)?(?:höstas|vintras|våras|somras)(?!\w)(?:\s+{_YEAR})?"
               rf"|i\s+{_SEASON_IND}(?:\s+{_YEAR})?"
               rf"|(?:(?:förra|nästa|kommande|denna|den\s+här|den\s+kommande|den\s+gångna|hela)\s+)?"
               rf"(?:{_SEASON_DEF}|{_SEASON_IND})(?:\s+{_YEAR}(?:\s*[-–/]\s*{_YY})?|\s+(?:i\s*fjol|förra\s+året"
               rf"|nästa\s+år|i\s+år)(?!\w))?"),
    ("holiday", r"(?:julafton|juldagen|annandag\s+jul|nyårsafton|nyårsdagen|trettondagen|självständighetsdagen"
                rf"|julen|jul|nyåret|nyår)(?!\w)(?:\s+{_YEAR})?"),
    ("decade", rf"{_YLB}(?:(?:19|20)[0-9]0|[0-9]0)-?talet(?!\w)"),
    ("yrange", rf"(?:(?:år|åren)\s+)?{_YLB}{_YEAR}{_DASH}{_YY}(?![\w])"),
    ("year", rf"(?:(?:år|året)\s+)?{_YLB}{_YEAR}(?![-–][\w]|/[0-9])"),
]
_KINDS = [k for k, _ in _ALTS]
_MASTER = re.compile(rf"(?<!\w)(?:(?P<pre>{_PRE})\s+)?(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ALTS) + ")", re.I)

_FIND_MON = re.compile("(?<!\\w)(" + "|".join(_MONTHS) + "|" + "|".join(sorted(_ABBR_OF, key=len, reverse=True)) + r")(?!\w)",
                       re.I)
_FIND_WD = re.compile(r"(mån|tis|ons|tors|fre|lör|sön)dag", re.I)
_FIND_NUM = re.compile(r"[0-9]+")
_FIND_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_FIND_SEASON = re.compile(r"(vår|som|hös|vin)", re.I)

_DEADLINE_PRE = frozenset(("till", "till och med", "t.o.m.", "fram till", "ända till", "ända fram till", "senast"))
_FROM_PRE = frozenset(("från", "från och med", "fr.o.m."))
_SINCE_PRE = frozenset(("sedan", "ända sedan", "alltsedan", "allt sedan"))

# --------------------------------------------------------------------------- tense (Swedish verbs)
_FUT_AUX = frozenset("""ska skall kommer väntas planerar planeras avser tänker ämnar lovar hotar bör torde lär kan
vill måste behöver får""".split())
_REPORT = frozenset("""säger uppger meddelar skriver berättar rapporterar konstaterar bekräftar påpekar betonar anser
menar tror framhåller understryker enligt förklarar tillägger""".split())
_PAST_LEX = frozenset("""var blev kom gick fick tog gav såg stod låg satt fanns sade sa beslöt drog flydde steg sjönk föll
bröt skrev sköt lät höll hölls gjorde gjordes visste ville kunde skulle vann for bad bjöd bar fann fick försvann
förblev förekom inträffade skedde sjönk slog stack svarade valde vek åkte återvände band begick behöll bestod
uppstod utbröt tilltog avtog grep greps drev flög sprang dog stal uppgav angav medgav tillkännagav
avbröt frös beslöts sköts drogs togs gavs sågs fick""".split())
_PRES_LEX = frozenset("""är blir går tar ger finns gäller stänger öppnar träder börjar fortsätter upphör håller inleder
förlänger återöppnar avslutar slutar sker behandlar beslutar diskuterar sammanträder samlas möts träffas fattar
ändras stängs hålls bedöms förlängs inleds görs tas ges ses nås sänds sköts avgörs hörs läggs byggs dras fås förs
införs återinförs upphävs tillåts lyfts gör står ligger sitter kräver väntar räknar planerar leder förstärker
skärper återinför avbryter stoppar skickar flyttar ökar minskar bestämmer föreslår lägger överväger kallar träffar
besöker reser åker talar tillåter förbjuder hindrar övervakar bevakar förhandlar samlar väljer röstar godkänner
antar undertecknar släpper anländer återvänder landar avgår lämnar löper utreder granskar bedömer utvärderar följer
stannar hotar varnar svarar ringer möter avgör tillsätter sammankallar avslutar genomför förbereder ordnar bygger
stärker höjer sänker hjälper stöder stöttar skyddar riskerar drabbar påverkar innebär betyder visar växer sjunker
stiger faller sätter ställer sänder söker tvingar uppmanar stänger""".split())
_HAVE = frozenset(("har", "hade"))
_STOP = frozenset("""område skede arbete samarbete möte rykte ände tredje fjärde femte sjätte sjunde åttonde nionde
tionde elfte tolfte inte mycket just bara sedan enligt redan efter under mellan vecka dag dagar och att det
ett utan mot åt""".split())
_STOP_ENDS = ("område", "arbete", "möte", "skede", "träde", "ande", "ende")
_PLUP, _PAST, _PRES = "plup", "past", "pres"


def _supine(w: str) -> bool:
    """A supine or past participle after `har` / `hade` (stängt, kommit, öppnat, sagt, stängts)."""
    return len(w) >= 4 and w.endswith(("t", "ts")) and w not in _STOP and not w.endswith(("ant", "ent", "ett"))


def _cue(toks: list, i: int):
    """(tense, tag) of ``toks[i]`` as a verb, or None: 1 future / present, -1 past."""
    orig, w = toks[i]
    if w in _STOP or w in _REPORT:
        return None
    if w in _HAVE:
        for _, x in toks[i + 1:i + 4]:
            if x in ("och", "att", "men", "som", "när"):
                break
            if _supine(x):
                return -1, (_PLUP if w == "hade" else _PAST)  # har stängt, hade kommit: a perfect
        return (1, _PRES) if w == "har" else (-1, _PAST)
    if w in _PAST_LEX:
        return -1, _PAST
    if w in _FUT_AUX or w in _PRES_LEX:
        return 1, _PRES
    if not orig[:1].islower():
        return None
    n = len(w)
    if n < 5 or w.endswith(_STOP_ENDS):
        return None
    if w.endswith(("ade", "ades", "dde", "tte", "des", "tes")):
        return -1, _PAST  # stängde, meddelade, stängdes, öppnades
    if w.endswith(("de", "te")) and not w.endswith(("nde", "rde")) or w.endswith(("lände", "sände", "kände")):
        return -1, _PAST  # beslutade, köpte, anlände
    if w.endswith("erar") and n >= 7:
        return 1, _PRES  # diskuterar, patrullerar, reagerar: a present (nouns end in -erare)
    if w.endswith("ats") and n >= 6:
        return -1, _PAST  # (sedan gränsen) stängts, öppnats
    if w.endswith("as") and not w.endswith(("rnas", "nas")) or w.endswith(("ppnas", "ängs", "ålls", "örs", "öms")):
        return 1, _PRES  # öppnas, behandlas, stängs: a present passive
    return None


def _tense(text: str, s: int, e: int, deadline: bool):
    """1 future, -1 past, 0 no cue, or dates._DECIDED (the instance nearest publication)."""
    hit = clause_cue(text, s, e, _cue, clause_bounds(text, s, e))
    if hit is None:
        return 1 if deadline else 0
    t, tag = hit[0]
    if deadline:
        if tag == _PLUP:
            return -1  # till fredagen hade 900 personer kommit: the end of a past span
        return _DECIDED if t == -1 else 1  # a past clause with a deadline (från augusti till slutet av oktober kom)
    return t


# --------------------------------------------------------------------------- scanning
_HEDGES = frozenset("""över cirka ca ca. drygt nästan närmare omkring runt knappt minst högst nära totalt sammanlagt
nr nr. nummer kring uppemot upp""".split())
_UNITS = frozenset("""personer människor asylsökande migranter flyktingar resenärer fordon bilar soldater gränsbevakare
kronor euro dollar rubel km kilometer meter mil procent % st stycken fall ansökningar asylansökningar invånare
anställda jobb ton timmar dagar veckor man barn kvinnor män""".split())
_NEXT = re.compile(r"\s*(%|[^\W\d_]+)")
_CLOCK = frozenset("kl kl. klockan".split())
_FREQ_BEFORE = frozenset("varje varannan vart vartannat alla per".split())
_SENT_START = re.compile(r"(?:\A|[.!?:;]\s+|\n\s*|[\"“”«»(\[–—-]\s*)\Z")


def _year_ok(text: str, s: int, e: int) -> bool:
    """A bare 4-digit number is a year unless hedged like a count, followed by a counted noun, or in a name."""
    before = text[max(0, s - 24):s].split()
    prev = before[-1] if before else ""
    if prev.lower() in _HEDGES:
        return False
    m = _NEXT.match(text, e)
    if m and m.group(1).lower() in _UNITS:
        return False
    if prev[:1].isupper() and prev.isalpha() and prev.lower() not in _MONTH_OF and not _FIND_WD.match(prev) \
            and prev.lower() not in ("år", "året", "åren", "i", "på", "under", "sedan", "från", "till", "efter",
                                     "före", "inför", "fram", "innan", "mellan", "hösten", "våren", "vintern",
                                     "sommaren", "julen"):
        j = text.rfind(prev, max(0, s - 24), s)
        if not _SENT_START.search(text, max(0, j - 4), max(0, j)):
            return False  # Agenda 2030, Windows 2000: a name
    return True


_TRAILING_YEAR = re.compile(r",?\s+((?:19|20)[0-9]{2})$")


def _trim_year(text: str, s: int, e: int) -> int:
    """End of a span whose trailing year is really a count (``i november 2000 personer``): before the year."""
    return trim_year(text, s, e, _year_ok, _TRAILING_YEAR)


def _ysuf(low: str):
    """(year, yoff) stated after a date or a month: 2023, i år, i fjol, förra året, nästa år."""
    years = _FIND_YEAR.findall(low)
    if years:
        return int(years[-1]), None
    if re.search(r"i\s*fjol|förra\s+året", low):
        return None, -1
    if re.search(r"(?:nästa|kommande)\s+år", low):
        return None, 1
    if re.search(r"i\s+år(?!\w)", low):
        return None, 0
    return None, None


def _day_data(core: str):
    """(month, d1, d2, year, yoff) of a day core (15 december 2023, 17–18.11., 2023-11-20), or None."""
    low = core.lower()
    iso = re.search(r"((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})", low)
    if iso:
        return int(iso.group(2)), int(iso.group(3)), None, int(iso.group(1)), None
    mm = _FIND_MON.search(low)
    year, yoff = _ysuf(low)
    nums = [int(x) for x in _FIND_NUM.findall(low) if len(x) <= 2 or int(x) != year]
    nums = [x for x in nums if x < 1000]
    if mm:
        w = mm.group(1)
        month = _MONTH_OF.get(w) or _ABBR_OF[w]
        d1, d2 = nums[0], (nums[1] if len(nums) > 1 else None)
    elif len(nums) >= 3:
        d1, d2, month = nums[:3]
    else:
        (d1, month), d2 = nums[:2], None
    return month, d1, d2, year, yoff


def _pre_kind(pre: str | None):
    """(deadline, from_, since) of a preposition before a mention."""
    p = re.sub(r"\s+", " ", pre.lower()).replace(". ", ".") if pre else ""
    return p in _DEADLINE_PRE, p in _FROM_PRE, p in _SINCE_PRE


def _parse(text: str, m) -> tuple | None:
    """(kind, data, start, end, deadline, since) for the match, or None to reject it."""
    kind = next(k for k in _KINDS if m.group(k) is not None)
    s, end = m.span()
    cs, e = m.span(kind)
    core = text[cs:e]
    low = re.sub(r"\s+", " ", core.lower())
    pre = m.group("pre")
    pre_low = re.sub(r"\s+", " ", pre.lower()) if pre else ""
    deadline, from_, since = _pre_kind(pre)
    prev_words = text[max(0, s - 16):s].lower().split()
    prev = prev_words[-1] if prev_words and text[s - 1:s].isspace() else ""

    if kind in ("day", "wdd", "nightd"):
        if prev in _CLOCK and not _FIND_MON.search(low) and kind == "day":
            return None  # kl. 12.10., klockan 18.11: a clock time
        wd = None
        mw = _FIND_WD.search(low) if kind != "day" else None
        if mw:
            wd = _WD_OF[mw.group(1)]
            body = low[mw.end():]
        else:
            body = low
        if kind == "nightd":
            body = re.sub(r"^.*?(?:mot|till|mellan)\s", "", body) if not mw else body
        month, d1, d2, year, yoff = _day_data(body)
        if not 1 <= month <= 12:
            return None
        if d2 is not None and d2 <= d1:
            d2 = None
        if (d2 or d1) > _month_days(month):
            return "bad", "day", s, end, deadline, since
        night = None
        if kind == "nightd":
            night = "span" if (low.startswith("natten mellan") and d2) else "eve"
        return (*day_kind(month, d1, d2, year, yoff, wd, night), s, end, deadline, since)

    if kind in ("night1", "night2"):
        wds = [_WD_OF[x.lower()] for x in _FIND_WD.findall(low)]
        mod = "next" if re.search(r"\b(?:nästa|kommande)\b", low) else "last" if "förra" in low else None
        return "night", ("wd", (wds[-1], mod), "eve"), s, end, deadline, since

    if kind == "nightrel":
        if low.replace(" ", "") == "inatt":
            return "nightrel", (None,), s, end, deadline, since
        off = -1 if "går" in low else 1 if "morgon" in low else 0
        return "nightrel", (off,), s, end, deadline, since

    if kind == "wd":
        if prev in _FREQ_BEFORE:
            return None  # varje fredag, varannan fredag
        wdn = _WD_OF[_FIND_WD.search(low).group(1)]
        words = low.split()
        if re.match(rf"i {_WDS}s(?!\w)", low):
            return "wd", (wdn, "last"), s, end, deadline, since  # i fredags: the last Friday before publication
        head = next(w for w in words if _FIND_WD.match(w))
        mod = None
        if words[0] in ("nästa", "kommande") or low.startswith("den kommande"):
            mod = "next" if words[0] == "nästa" else "coming"
        elif words[0] in ("förra", "förrförra", "senaste") or low.startswith("den gångna"):
            mod = "last"
        elif words[0] in ("denna", "den") and not low.startswith("den gångna"):
            mod = "this"
        if head.endswith("s") and not head.endswith("ens") and not re.search(_TOD, head):
            return None  # fredags (without i), a genitive compound
        if mod is None and pre_low == "på" and re.fullmatch(_WDS, head):
            mod = "coming"  # på fredag: the next Friday (on or after publication)
        if "natt" in head or (len(words) > 1 and words[-1].startswith("natt")):
            return "night", ("wd", (wdn, mod), "after"), s, end, deadline, since  # fredagsnatten: after Friday
        return "wd", (wdn, mod), s, end, deadline, since

    if kind == "drel":
        if prev in ("än", "ännu") and low.startswith("i"):
            return None  # än i dag: to this day
        w = low.replace(" ", "")
        off = (-2 if "förrgår" in w else 2 if "övermorgon" in w else -1 if ("går" in w) else
               1 if (w.startswith("imorgon") or w.startswith("morgondag")) else 0)
        return "drel", (off,), s, end, deadline, since

    if kind == "partrel":
        part = "early" if "början" in low else "mid" if "mitten" in low else "late"
        rest = re.split(r"\s(?:av|på)\s", low, maxsplit=1)[1]
        off = (-2 if "förrförra" in rest else -1 if ("förra" in rest or "fjol" in rest) else
               1 if ("nästa" in rest or "kommande" in rest) else 0)
        if "veck" in rest:
            return "wrel", (off, None), s, end, deadline, since  # i slutet av veckan: that week
        if "månad" in rest:
            return "mpart", (off, part), s, end, deadline, since
        if part == "mid":
            return "yrel", (off, None), s, end, deadline, since
        return "part", (1 if part == "early" else 12, part, off), s, end, deadline, since

    if kind == "wrel":
        if low == "i veckan" and prev in ("gång", "gånger", "timmar", "dagar", "per"):
            return None  # två gånger i veckan: a frequency
        sub = "earlier" if low.startswith("tidigare") else "later" if low.startswith("senare") else None
        off = -2 if low.startswith("förrförra") else -1 if low.startswith("förra") else \
            1 if low.startswith(("nästa", "kommande", "den kommande")) else 0
        return "wrel", (off, sub), s, end, deadline, since

    if kind == "isoweek":
        if prev in _CLOCK:
            return None
        n = int(_FIND_NUM.findall(low)[0])
        return "isoweek", (n,), s, end, deadline, since

    if kind == "wknd":
        mod = ("last" if low.startswith(("förra", "den gångna")) else "next" if low.startswith("nästa") else
               "this" if low.startswith(("denna", "den här")) else None)
        if low.startswith(("kommande", "den kommande")):
            mod = "next_on"
        return "wknd", (mod,), s, end, deadline, since

    if kind == "mrel":
        if low.startswith(("tidigare", "senare")):
            return "mrel", (0, "earlier" if low.startswith("tidigare") else "later"), s, end, deadline, since
        off = -2 if low.startswith("förrförra") else -1 if low.startswith("förra") else \
            1 if low.startswith(("nästa", "kommande", "den kommande")) else 0
        return "mrel", (off, None), s, end, deadline, since

    if kind == "yrel":
        w = low.replace(" ", "")
        if w.startswith(("tidigare", "senare")):
            return "yrel", (0, "earlier" if w.startswith("tidigare") else "later"), s, end, deadline, since
        off = (-2 if ("förfjol" in w or w.startswith("förrförra")) else -1 if ("fjol" in w or w.startswith("förra"))
               else 1 if w.startswith("nästa") else 0)
        return "yrel", (off, None), s, end, deadline, since

    if kind == "ago":
        words = low.split()
        if words[1] == "ett" and words[2] == "par":
            n, unit_w = 2, words[3]
        elif words[1].isdigit():
            n, unit_w = int(words[1]), words[2]
        else:
            n, unit_w = _NUMWORD[words[1]], words[2]
        unit = ("day" if unit_w.startswith(("dag", "dygn")) else "week" if unit_w.startswith("veck")
                else "month" if unit_w.startswith("månad") else "year")
        return "ago", (n, unit), s, end, deadline, since

    if kind in ("mpart", "mon"):
        e2 = _trim_year(text, cs, e)
        if e2 != e:
            e = end = e2
            low = re.sub(r"\s+", " ", text[cs:e].lower())
        part = None
        if kind == "mpart":
            part = "early" if "början" in low else "mid" if "mitten" in low else "late"
        mm = _FIND_MON.search(low)
        if mm is None:  # i slutet av 2023: the last days of that year
            y = int(_FIND_YEAR.findall(low)[0])
            if part == "mid":
                return "abs", (date(y, 1, 1), date(y, 12, 31), "year"), s, end, deadline, since
            a, b = _part(y, 1 if part == "early" else 12, part)
            return "abs", (a, b, "part_of_month"), s, end, deadline, since
        month = _MONTH_OF[mm.group(1)]
        year, yoff = _ysuf(low[mm.end():])
        if kind == "mon" and year is None and yoff is None and not pre:
            word = text[cs:cs + len(mm.group(1))]
            if word[:1].isupper() and (word.lower() in ("mars", "maj") or not _SENT_START.search(
                    text, max(0, cs - 4), cs)):
                return None  # Mars (the planet), Maj (a name), a capitalised month mid-sentence
        if part:
            if year is not None:
                a, b = _part(year, month, part)
                return "abs", (a, b, "part_of_month"), s, end, deadline, since
            return "part", (month, part, yoff), s, end, deadline, since
        if year is not None:
            return "abs", (date(year, month, 1), _month_end(year, month), "month"), s, end, deadline, since
        return "mon", (month, yoff, None), s, end, deadline, since

    if kind == "season":
        e2 = _trim_year(text, cs, e)
        if e2 != e:
            e = end = e2
            low = re.sub(r"\s+", " ", text[cs:e].lower())
        words = low.split()
        sw = next(w for w in words if _FIND_SEASON.match(w) and w not in ("i",))
        snum = _SEASON_OF[sw[:3]]
        years = [int(x) for x in _FIND_YEAR.findall(low)]
        if years:
            a, b = _season(years[0], snum)
            return "abs", (a, b, "season"), s, end, deadline, since
        if sw.endswith("as"):  # i höstas, i vintras, i våras, i somras; i fjol höstas: a year before
            back = 2 if "förfjol" in low else 1 if "fjol" in low else 0
            return "season", (snum, "begun", back), s, end, deadline, since
        yoff = None
        if re.search(r"i\s*fjol|förra\s+året", low):
            yoff = -1
        elif "nästa år" in low:
            yoff = 1
        elif low.endswith(" i år"):
            yoff = 0
        mod = None
        first = "i" if pre_low == "i" else words[0]
        if first in ("förra", "den") and ("förra" in words or "gångna" in words):
            mod = "last"
        elif first in ("nästa", "kommande") or low.startswith("den kommande"):
            mod = "next"
        elif first in ("denna",) or low.startswith("den här"):
            mod = "this"
        elif first == "i" and sw in ("höst", "vinter", "vår", "sommar"):
            if sw == "vår":
                nxt = re.match(r"\s*([^\W\d_]+|[^\w\s]|$)", text[e:e + 30])
                nw = nxt.group(1).lower() if nxt else ""
                if nw and nw[0].isalpha() and nw not in (
                        "och", "eller", "men", "ska", "skall", "kommer", "väntas", "blir", "är", "var", "har", "hade",
                        "så", "då", "när", "igen", "också", "även", "redan", "till", "med", "på", "vid", "inför",
                        "kan", "bör", "som", "sedan", "enligt", "heller", "medan"):
                    return None  # i vår region: our, not spring
            mod = "coming"
        if yoff is None and mod is None and words[0] != "hela" and not pre:
            return None  # a bare season (vintern är kall): generic
        if sw in ("höst", "vinter", "vår", "sommar") and mod is None and yoff is None and words[0] != "hela":
            if pre_low not in ("till", "inför", "före", "efter", "sedan", "fram till", "under", "över"):
                return None
        return "season", (snum, mod, yoff), s, end, deadline, since

    if kind == "holiday":
        years = [int(x) for x in _FIND_YEAR.findall(low)]
        w = low.split()[0]
        if w in ("jul", "julen", "nyår", "nyåret") and not pre:
            return None  # god jul, julen är ...: needs i / till / över / före ...
        md = ((12, 24) if w == "julafton" else (12, 26) if w == "annandag" else (12, 31) if w == "nyårsafton"
              else (1, 1) if w.startswith("nyår") else (1, 6) if w == "trettondagen"
              else (12, 6) if w.startswith("självständighet") else (12, 25))
        if years:
            d = date(years[0], *md)
            return "abs", (d, d, "day"), s, end, deadline, since
        return "md", (md[0], md[1], None, None, None), s, end, deadline, since

    if kind == "decade":
        n = int(_FIND_NUM.findall(low)[0])
        y = n if n >= 100 else (1900 + n if n >= 30 else 2000 + n)
        return "abs", (date(y, 1, 1), date(y + 9, 12, 31), "year"), s, end, deadline, since

    if kind in ("yrange", "year"):
        nums = [x for x in _FIND_NUM.findall(low)]
        y1 = int(nums[0])
        ys = cs + low.index(nums[0])
        if kind == "year" and not _year_ok(text, ys, ys + 4):
            return None
        y2 = y1
        if len(nums) > 1:
            y2 = span_end_year(y1, nums[1])
            if y2 is None:
                return None
        return "abs", (date(y1, 1, 1), date(y2, 12, 31), "year"), s, end, deadline, since
    return None


# Every mention opens with a number or one of these words (or a word with one of these prefixes): the scan
# tries the full grammar only at such word starts.
_FIRST_PREFIXES = tuple(_MONTHS) + tuple(_ABBR_OF) + _WD_STEMS + (
    "från", "fr.", "till", "t.", "fram", "ända", "allt", "sedan", "senast", "efter", "före", "inför", "innan", "under",
    "mellan", "i", "på", "natt", "den", "denn", "dett", "det", "förra", "förrförra", "nästa", "kommande", "senaste",
    "för", "gårdag", "morgondag", "fjolår", "tidigare", "senare", "början", "mitten", "slutet", "höst", "vint", "vår",
    "som", "hela", "jul", "nyår", "annandag", "självständighet", "trettondag", "år", "vecka", "v", "över",
    "innevarande")
_STARTS = re.compile(r"(?<!\w)(?:[0-9]|(?i:" + regex_trie(sorted(set(_FIRST_PREFIXES))) + "))")


_DAY_GAP = re.compile(r"\s*[-–—]\s*(?:den\s+)?")
_MONTH_GAP = re.compile(r"\s*[-–—]\s*")


def _scan(text: str) -> list:
    """The mentions of *text* as ``(start, end, kind, data, deadline, since)`` (see :func:`dates_shared.scan`; a
    preposition that led the grammar astray, ``i vår region``, is skipped); a year-less day before a dash and a
    full date (30.11.–13.12.2023) takes that year, or the year before, and a year-less month before a month with
    its year (januari–februari 2023) likewise."""
    return join_yearless(scan(text, _STARTS, _MASTER, _parse, lead="pre"), text, _DAY_GAP, _MONTH_GAP)


# --------------------------------------------------------------------------- resolution
_TENSED = frozenset(("md", "mon", "part", "season", "wd", "wknd", "night", "nightrel"))
_DAY_NEEDING = frozenset(("mrel", "mpart", "wrel", "wknd", "drel", "wd", "ago", "nightrel", "isoweek"))
_MONTH_ENOUGH = frozenset(("md", "mon", "part", "season", "yrel", "mrel", "mpart", "isoweek"))
_GRAN = {"md": "day", "mon": "month", "part": "part_of_month", "mpart": "part_of_month", "season": "season",
         "yrel": "year", "mrel": "month", "wrel": "week", "wknd": "weekend", "drel": "day", "wd": "day",
         "night": "night", "nightrel": "night", "isoweek": "week"}


def _value(kind, data, ref: date, tense, exact: bool, wd_years):
    if kind == "wd" and data[1] == "coming":  # på fredag, kommande fredag: on or after publication
        return _resolve("wd", (data[0], None), ref, 1, exact, wd_years)
    if kind == "wknd" and data[0] == "next_on":
        return _resolve("wknd", (None,), ref, 1, exact, wd_years)
    if kind == "season" and data[1] in ("begun", "coming"):
        snum = data[0]
        this = _season(_season_year_of(ref, snum), snum)
        if data[1] == "coming":  # i höst, i vinter: the one under way or the next
            return this if this[1] >= ref else _season(this[0].year + 1, snum)
        # i höstas: the latest that had begun before the publication month
        first = date(ref.year, ref.month, 1)
        y = this[0].year if this[0] < first else this[0].year - 1
        return _season(y - (data[2] or 0), snum)
    if kind == "isoweek":
        (n,) = data
        try:
            mon = date.fromisocalendar(ref.year, n, 1)
        except ValueError:
            return None
        return mon, mon + timedelta(days=6)
    if kind == "nightrel":
        (off,) = data
        if off is None:  # i natt: the night before publication, or after it with a future verb
            off = 0 if tense == 1 else -1
        d = ref + timedelta(days=off)
        return d, d + timedelta(days=1)
    if kind == "night":
        return resolve_night(_value, data, ref, tense, exact, wd_years)
    return _resolve(kind, data, ref, tense, exact, wd_years)


def _month_enough(kind, data) -> bool:
    """Whether a month-only publication date resolves the mention (not ``tidigare i år``: that needs the day)."""
    return (kind in _MONTH_ENOUGH and not (kind in ("mrel", "yrel") and data[1] is not None)) or (
        kind == "ago" and data[1] in ("month", "year"))


_GRAMMAR = Grammar(scan=_scan, tense=_tense, value=_value, gran=_GRAN, tensed=_TENSED, day_needing=_DAY_NEEDING,
                   month_enough=_month_enough, flag_is_past=True)


def find_dates(text: str, published=None, *, anchor=None, nearest: bool = False) -> list[tuple]:
    """The date mentions of Swedish *text* as tuples in COLUMNS order, sorted by position; *published* (a day or a
    month alone), *anchor* and *nearest* as :func:`helpers.extract.dates_shared.resolve_mentions` says.

    >>> find_dates("Gränsen stängdes i fredags.", "2023-11-20")[0][:6]
    ('i fredags', 17, 26, Timestamp('2023-11-17 00:00:00'), Timestamp('2023-11-17 00:00:00'), 'day')
    """
    return resolve_mentions(text, published, anchor, nearest, _GRAMMAR)


def extract_dates(text: str, published=None, *, anchor=None) -> pd.DataFrame:
    """Every date mention in Swedish *text*, one row each (columns: COLUMNS); see :func:`find_dates`."""
    return dates_frame(find_dates(text, published, anchor=anchor))
