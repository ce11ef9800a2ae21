"""Find the date mentions in an article and normalise them (see docs/ANNOTATION.md).

Every mention becomes one row: the text as written, its character span, the
inclusive calendar range it names (``start`` .. ``end``), its granularity, what
the value rests on and whether that was inferred.  Absolute dates rest on the
text; relative ones (``on Thursday``, ``the weekend``, ``December 13`` with no
year) rest on the publication date, or, for an undated article, on an anchor
inferred from the dated mentions themselves (``November 2023``, ``January 24,
2024``; the latest past event bounds the article, background years do not
outweigh a later dated event, and a weekday stated with a year-less date,
``Friday, November 24``, fixes its own year).  A year-less date stated with its
weekday takes the nearby year in which it falls on that weekday, with or
without a publication date.  Expressions that need the exact publication day
stay ``NaT`` when there is none; they are still found.

Speed: hand-written regular expressions compiled at import.  A text is not
scanned with the full grammar: one cheap pass finds the head words every
mention contains (a month, a weekday, a number, `week`, `winter` ...), and the
grammar is matched only there, after backing off over the modifiers a head may
carry (`the end of`, `early`, `last`, `two days`).  Tense (for `until December
13`, `will close on Friday`) is read from the words before a mention, back to
the start of its sentence, and only for mentions whose value depends on it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from ..load.text import regex_trie

__all__ = ["COLUMNS", "extract_dates", "find_dates", "estimate_publication"]

COLUMNS = ["text", "start_char", "end_char", "start", "end", "granularity", "anchored_on", "inferred"]

NaT = pd.NaT

# --------------------------------------------------------------------------- vocabulary
_MONTH_NUM = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
_FULL_MONTHS = [k for k, _ in sorted(((k, v) for k, v in _MONTH_NUM.items() if len(k) > 4 or k in ("May", "June", "July")), key=lambda kv: kv[1])]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMWORD = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SEASON_NUM = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
_SEASON_START = (3, 6, 9, 12)  # meteorological

# --------------------------------------------------------------------------- regex pieces
_MON_FULL = "(?:" + "|".join(_FULL_MONTHS) + ")(?![a-z])"
_MON = ("(?:" + "|".join(_FULL_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])")
_WD = "(?:" + "|".join(_WEEKDAYS) + r")(?!\w)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w)(?!:\d)(?![.,][0-9])"  # "Nov. 24:" is a date, "24:00" a time
_YEAR = r"(?:19|20)[0-9][0-9](?![\w])(?![.,][0-9])"
_YLB = r"(?<![\w.,/:@#$€£+\-])"  # nothing glued before a year (EPA-EFE/2023, golfer2015, 1,340)
_YR_REL = r"(?:of\s+)?(?:next|last|this)\s+year(?!\w)"
_DRANGE = r"(?:\s*[-–]\s*|\s+(?:and|to)\s+)"  # November 18-19, 18 and 19 November
_DMY = rf"{_DAY}(?:{_DRANGE}{_DAY})?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}|\s+{_YR_REL})?"
_MDY = rf"{_MON}\s+{_DAY}(?:{_DRANGE}{_DAY})?(?:,?\s+{_YEAR}|\s+{_YR_REL})?"
_NOT_DAY_AFTER = (rf"(?!\s+{_DAY}(?!\s+(?!(?:and|or|at|in|on|when|as|after|before|the|this|that|to|from|until|till"
                  rf"|through|with|by|was|were|had|has|is|it|they|he|she|its|their)(?!\w))[a-z]))")
_SEASONS = r"(?:[Aa]utumn|[Ff]all|[Ww]inter|[Ss]pring|[Ss]ummer)(?!\w)"

_ALTS = [
    # weekday + date: one mention of one day
    ("wdd", rf"{_WD},?\s+(?:the\s+)?(?:{_DMY}|{_MDY})|{_WD}\s*\(\s*(?:{_DMY}|{_MDY})\s*\)"),
    ("iso", rf"{_YLB}(?:19|20)[0-9]{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![\w\-])"),
    ("dot", r"(?<![\w.,])(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{2}(?![\w])(?!\.[0-9])"),
    # 18.11., 17.-18.11., on 17.11 at 20:00 (Finnish-style day and month, in translated text): a two-digit month
    ("dm", r"(?<![\w.,])(?:0?[1-9]|[12][0-9]|3[01])\.(?:[-–](?:0?[1-9]|[12][0-9]|3[01])\.)?(?:0[1-9]|1[0-2])"
           r"(?:\.(?![0-9])|(?=\s+(?:at|klo|kello)\s+[0-9]))"),
    # "early November 24" is a day early in the morning, not early November (unless a word it counts follows:
    # "late November 24 people came"; with a comma, "in early November, 24 people", it stays part of the month)
    ("part", rf"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)(?:-|\s+)(?:{_MON_FULL}(?:,?\s+{_YEAR})?{_NOT_DAY_AFTER}|{_YEAR})"),
    ("partof", rf"(?:[Tt]he\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of\s+(?:{_MON_FULL}(?:,?\s+{_YEAR})?"
               rf"|(?:the|this|last|next)\s+(?:year|month|week)(?!\w)|{_YEAR})"),
    ("holiday", rf"(?:Christmas|New\s+Year(?:'s)?)(?:\s+(?:Eve|Day))?(?!\w)(?:,?\s+{_YEAR})?"),
    ("relmon", rf"(?:[Ll]ast|[Nn]ext|[Tt]his)\s+{_MON_FULL}"),
    ("mdy", rf"{_MON}(?:\s+{_DAY}(?:{_DRANGE}{_DAY})?)?(?:,?\s+{_YEAR}|\s+{_YR_REL})?"),
    ("dmy", rf"(?<![\w.,:/\-]){_DMY}"),
    ("yrange", rf"{_YLB}(?:19|20)[0-9]{{2}}\s*[-–/]\s*(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![\w/])(?![.,][0-9])"),
    ("decade", rf"{_YLB}(?:19|20)[0-9]0s(?!\w)"),
    ("year", rf"{_YLB}{_YEAR}(?![-–]\w|/[0-9])"),  # not Directive 2013/32/EU, Room 1999-B
    ("ago", r"(?<!\w)(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
            r"|[Ee]leven|[Tt]welve|[0-9]{1,3})\s+(?:day|week|month|year)s?\s+ago(?!\w)"),
    ("xrel", r"(?:[Ee]arlier|[Ll]ater)\s+(?:this|in\s+the)\s+(?:week|month|year)(?!\w)"),
    ("rel", r"(?<!\w)(?:[Ll]ast|[Nn]ext|[Tt]his)\s+(?:week|month|year)(?!\w)|[Tt]he\s+new\s+week(?!\w)"),
    ("wknd", r"(?<!\w)(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)(?:\s+(?:past|coming|last|next))?\s+weekend(?!\w)"),
    ("drel", r"(?<!\w)(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?!\w)|(?<!\w)[Ll]ast\s+night(?!\w)"
             r"|(?<!\w)[Tt]his\s+(?:morning|afternoon|evening)(?!\w)"
             r"|(?<!\w)[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)(?!\w)"),
    ("wd", rf"(?<!\w)(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?{_WD}(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"),
    ("season", rf"(?<!\w)(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate)\s+|[Mm]id-)?(?:[Tt]he\s+)?{_SEASONS}"
               rf"(?:\s+(?:of\s+)?(?:{_YEAR}(?:\s*[-–/]\s*(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![\w]))?|(?:last|this|next)\s+year(?!\w)))?"),
]
_MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _ALTS))




# Every mention contains a head word: a month, a weekday, a number, or one of _LOW_HEADS.  The scan looks
# only where heads occur, backs off over the modifier words that may precede a head (the end of, early,
# last, two days ...) and matches _MASTER there.  Capitalised heads and numbers are found by one regex whose
# branches all open with a literal, so the engine skips every other character cheaply; the lowercase heads
# are rare enough that plain substring searches find them faster than any regex.
def _cap_trigger() -> str:
    heads = sorted(set(list(_MONTH_NUM) + list(_WEEKDAYS) + [w.capitalize() for w in
                   "yesterday today tomorrow tonight autumn fall winter spring summer week year month".split()]
                   + ["Christmas", "New"]))
    by_first: dict = {}
    for w in heads:
        by_first.setdefault(w[0], []).append(w[1:])
    branches = [f"{c}(?<!\\w{c})" + regex_trie(tails) for c, tails in sorted(by_first.items())]
    # a number of 1, 2 or 4 digits (a day or a year; not 1,340's "340", not 900): "100 days ago" is found
    # from its head "ago"
    branches += [f"{d}(?<![\\w.,]{d})(?:[0-9](?:[0-9][0-9])?)?(?![0-9])" for d in "0123456789"]
    return "|".join(branches)


_TRIGGER = re.compile(_cap_trigger())
_LOW_HEADS = ("week", "year", "month", "ago", "yesterday", "today", "tomorrow", "tonight", "night", "morning",
              "afternoon", "evening", "autumn", "fall", "winter", "spring", "summer")
# a lowercase head after a space (or a bracket, quote, line break): each pattern opens with one literal
# character, which the regex engine finds with a fast memchr-like scan
_LOW_TRIGGERS = [re.compile(re.escape(c) + "(?:" + regex_trie(sorted(_LOW_HEADS)) + ")") for c in " (\"“‘\n"]
_PREFIX_WORDS = frozenset("""the this last next past coming early late mid end beginning start middle of earlier later new
a an one two three four five six seven eight nine ten eleven twelve day before after to in
day days week weeks month months year years""".split())


def _sub_master(*kinds) -> re.Pattern:
    return re.compile("|".join(f"(?P<{k}>{p})" for k, p in _ALTS if k in kinds))


# a head that opens the mention needs only the alternatives that can open with it (same order as _MASTER)
_M_DIGIT = _sub_master("iso", "dot", "dm", "dmy", "yrange", "decade", "year", "ago").match
_M_MONTH = _sub_master("mdy").match
_M_WEEKDAY = _sub_master("wdd", "wd").match
_MATCH_FOR = dict.fromkeys(_MONTH_NUM, _M_MONTH)
_MATCH_FOR.update(dict.fromkeys(_WEEKDAYS, _M_WEEKDAY))


def _triggers(text: str) -> list:
    """Sorted (position, matcher) of the head words in *text*."""
    full = _MASTER.match
    out = []
    for m in _TRIGGER.finditer(text):
        h = m.group()
        out.append((m.start(), _M_DIGIT if h[0] <= "9" else _MATCH_FOR.get(h, full)))
    n = len(out)
    for rx in _LOW_TRIGGERS:
        for m in rx.finditer(text):
            out.append((m.start() + 1, full))
    if text.startswith(_LOW_HEADS):
        out.append((0, full))
    if len(out) > n:
        out.sort(key=lambda x: x[0])
    return out


def _backoff(text: str, t: int, lo: int) -> list:
    """Start positions of the modifier words directly before the head at *t* (nearest first), not before *lo*."""
    starts = []
    j = t
    while len(starts) < 4:
        k = j - 1
        if k <= lo or text[k] not in " -\n\t":
            break
        while k > lo and text[k] in " \n\t":
            k -= 1
        if text[k] == "-" and k == j - 1:  # mid-November
            k -= 1
        ws = text.rfind(" ", lo, k) + 1
        if ws < lo:
            ws = lo
        word = text[ws:k + 1]
        if word == "in" and not (starts and text.startswith("the", starts[-1])):
            break  # only "earlier in the week"
        if word.isdigit() and len(word) <= 3 and text.startswith(" ", k + 1):
            starts.append(ws)  # 100 days ago
            j = ws
            continue
        if word.lower() not in _PREFIX_WORDS:
            cut = max(word.rfind("\n"), word.rfind("("), word.rfind("\t"))
            if cut < 0 or word[cut + 1:].lower() not in _PREFIX_WORDS:
                break
            ws += cut + 1
        starts.append(ws)
        j = ws
    return starts


_FIND_MON = re.compile("|".join(_FULL_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_FIND_NUM = re.compile(r"[0-9]+")
_FIND_WD = re.compile("|".join(_WEEKDAYS))
_FIND_YREL = re.compile(r"(next|last|this)\s+year")

# context checks (run only on the few candidate matches)
_MONTH_CONTEXT = re.compile(
    r"(?<!\w)(?:in|since|until|till|by|from|through|throughout|during|before|after|of|between|and|to|or|"
    r"last|next|this|early|late|mid|end|beginning|start)[\s\-]+$", re.I)
_SEASON_CONTEXT = re.compile(
    r"(?<!\w)(?:in|during|over|by|until|till|since|through|throughout|before|after|this|next|last|early|late|of)\s+$", re.I)
_SEASON_GENERIC_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:time|weather|conditions?|seasons?|tyres?|tires?|clothes|clothing|solstice|holidays?|break|storms?|"
    r"sports?|games|olympics|navigation|period|camps?|coats?|gear|roads?|sun|heat|cold|temperatures?|driving|"
    r"session|cottages?|houses?|homes?|residences?|vacations?|festivals?|schools?|sales|collection|fishing|"
    r"uniforms?|months|of\b|in\b|from\b|to\b|by\b|is\b|was\b|has\b|had\b|and\s+winter|and\s+summer)", re.I)
_HEDGES = frozenset("nearly almost approximately roughly than least number exactly".split())
_SOFT_HEDGES = frozenset("about around some over under only".split())
_NEXT_WORD = re.compile(r"\s*(%|[A-Za-z]+)")
_COUNT_NOUNS = frozenset("""people persons person migrants migrant asylum seekers km kilometres kilometers kilometre kilometer
metres meters miles euros euro dollars dollars roubles rubles soldiers troops guards men women children cases
applications crossings vehicles cars trucks lorries tons tonnes residents refugees applicants arrivals percent per
individuals citizens foreigners nationals workers jobs units households homes times hours minutes kilograms kg
new more other additional foreign illegal gmt utc cet eet msk local hrs""".split())
_NAME_AFTER = re.compile(r"\s+(?:Revolution|Group|Movement|Manifesto|Uprising)\b")
_CAP_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Sport|Night\s+Live)\b")

_FUT_WORDS = frozenset("""will shall would won't wouldn't until till untill expire expires expiring deadline upcoming
scheduled planned proposed anticipated ends lasts""".split())
_TO_VERBS = frozenset("""set due going plan plans planning planned intend intends intending expected expects expect is are
decided decides decide agreed agrees voted votes ready prepared aims aim seeks""".split())
_DECIDED_VERBS = frozenset("decided agreed voted".split())
_DECIDED = 2  # the tense of a date after "decided to": future to a past decision, so the instance nearest the anchor
_HEADLINE_VERBS = frozenset("""close reopen re-open open shut seal extend keep end terminate build start begin resume
restrict ban allow introduce lift suspend tighten send consider hold impose""".split())
_BEFORE_BOUND = -2  # a past event in a text bounded only by a future date: the latest instance before that date
_PAST_WORDS = frozenset("""said says told announced stated reported added noted explained declared wrote was were had did
ago""".split())
_PAST_IRREGULAR = frozenset("""began came went made took gave saw met held left fled sent kept rose fell became grew struck
spoke led won lost paid brought thought felt found chose knew broke drew flew froze""".split())
_PASSIVE_AUX = frozenset("be been being is are am get gets".split())
_PREPS_BEFORE_TO = frozenset("from due next close according up back".split())
_STRIP = ",;:\"'“”‘’()[]"
_FUT_AFTER = re.compile(r"\s*,?\s*(?:will|is\s+set\s+to|is\s+due|is\s+scheduled|expires)\b")

# kinds whose value can depend on tense (until December 13, will close on Friday)
_TENSED = frozenset(("md", "mon", "part", "season", "wd", "wknd"))
# kinds whose value needs the exact publication day (NaT for an inferred anchor)
_DAY_NEEDING = frozenset(("mrel", "mpart", "wrel", "wknd", "drel", "wd", "ago"))


# --------------------------------------------------------------------------- small calendar helpers
def _month_end(y: int, m: int) -> date:
    return date(y + 1, 1, 1) - timedelta(days=1) if m == 12 else date(y, m + 1, 1) - timedelta(days=1)


def month_only(published) -> tuple[date, date] | None:
    """(first day, last day) when *published* names a month alone (``"2023-11"``, ``"date 2023-11"``, a monthly
    ``pd.Period``), else None: the guide's month-only date line, whose year and month anchor what needs only them.

    >>> month_only("2023-11"), month_only("2023-11-20")
    ((datetime.date(2023, 11, 1), datetime.date(2023, 11, 30)), None)
    """
    if isinstance(published, pd.Period) and published.freqstr.startswith("M"):
        y, m = published.year, published.month
    elif isinstance(published, str) and (hit := re.fullmatch(r"\s*(?:date\s+)?([0-9]{4})-([0-9]{2})\s*", published)):
        y, m = int(hit.group(1)), int(hit.group(2))
        if not 1 <= m <= 12:
            return None
    else:
        return None
    return date(y, m, 1), _month_end(y, m)


def infer_anchor(text: str, raw: list, tense) -> date | None:
    """An anchor for an undated text: the middle of the latest past dated mention with a month or a day, else the
    earliest future one (a careful reader's reading of `late October` in a November 2023 article). *raw* holds a
    language module's scanned mentions ``(s, e, kind, data, deadline, ...)``, *tense* its ``tense(text, s, e, deadline)``
    (1 future)."""
    past = fut = None
    for s, e, k, d, dl, *_ in raw:
        if k != "abs" or d[2] not in ("day", "month", "part_of_month", "night"):
            continue
        if tense(text, s, e, dl) == 1:
            if fut is None or d[0] < fut[0]:
                fut = d
        elif past is None or d[0] > past[0]:
            past = d
    if past is not None:
        a = past[0] + timedelta(days=(past[1] - past[0]).days // 2)
        if fut is not None and fut[0] >= past[0] and a > fut[0]:
            a = fut[0]
        return a
    return fut[0] if fut is not None else None


def _part(y: int, m: int, part: str):
    if part == "early":
        return date(y, m, 1), date(y, m, 10)
    if part == "mid":
        return date(y, m, 11), date(y, m, 20)
    return date(y, m, 21), _month_end(y, m)


def _season(y: int, s: int):
    m = _SEASON_START[s]
    if s == 3:
        return date(y, 12, 1), date(y + 1, 3, 1) - timedelta(days=1)
    return date(y, m, 1), _month_end(y, m + 2)


def _season_year_of(d: date, s: int) -> int:
    """The year (start year) of the season-*s* instance containing or nearest before/after *d* in d's season-year."""
    if s == 3 and d.month <= 2:
        return d.year - 1
    return d.year


_TS_MIN = date(1677, 9, 22).toordinal()  # datetime64[ns] range, so a DataFrame column can hold every value
_TS_MAX = date(2262, 4, 10).toordinal()


@lru_cache(maxsize=8192)
def _ts(ordinal: int):
    if not _TS_MIN <= ordinal <= _TS_MAX:
        return NaT
    return pd.Timestamp(date.fromordinal(ordinal))


def _to_date(x):
    if x is None:
        return None
    if isinstance(x, date):  # datetime, pd.Timestamp included
        if x is NaT:
            return None
        return date(x.year, x.month, x.day)
    if isinstance(x, str) and len(x) == 10:
        try:
            return date.fromisoformat(x)  # the common case, 2023-11-20, without pandas' parser
        except ValueError:
            pass
    try:
        ts = pd.Timestamp(x)
    except (ValueError, TypeError):
        raise ValueError(f"cannot read {x!r} as a date") from None
    if ts is NaT or pd.isna(ts):
        return None
    return date(ts.year, ts.month, ts.day)


# --------------------------------------------------------------------------- tense
def _pluperfect_ahead(text: str, e: int) -> bool:
    """True when the clause after position *e* has a past perfect (*had applied*) before any future word."""
    clause = re.split(r"(?<=[.!?;])\s", text[e:e + 160], maxsplit=1)[0].split()
    for i, w in enumerate(a.strip(_STRIP).lower() for a in clause[:14]):
        if w in _FUT_WORDS or w.endswith("'ll"):
            return False
        if w == "had" and i + 1 < len(clause) and clause[i + 1].lower().endswith(("ed", "en")):
            return True
    return False


def _past_since_span(before: list) -> bool:
    """Whether the words before an `until` open a past span: a past verb, then `since` (*arrived since ... until*)."""
    low = [w.strip(_STRIP).lower() for w in before]
    if "since" not in low or any(w in _FUT_WORDS or w.endswith("'ll") for w in low):
        return False
    k = len(low) - 1 - low[::-1].index("since")
    return any(_weak_past(before, j) for j in range(k))


def _weak_past(words: list, i: int, x: str | None = None) -> bool:
    """Whether ``words[i]`` is a past-tense verb: an irregular past, or a lower-case *-ed* word not after *be*.

    *x* is the word stripped and lower-cased, when the caller has it already.
    """
    if x is None:
        x = words[i].strip(_STRIP).lower()
    return x in _PAST_IRREGULAR or (x.endswith("ed") and len(x) > 4 and words[i][0].islower() and not (
        i and words[i - 1].lower() in _PASSIVE_AUX))


_SPAN_OPENERS = frozenset("starting from beginning".split())


def _clause_tense_ahead(text: str, e: int) -> int:
    """Tense of the first tense-bearing word after a span opener (`starting Thursday it will ...`), or 0."""
    ahead = re.split(r"(?<=[.!?;])\s", text[e:e + 120], maxsplit=1)[0].split()
    for x in (a.strip(_STRIP).lower() for a in ahead[:10]):
        if x in ("until", "till", "through", "to"):
            return 0  # "from Monday to Wednesday": a span, its tense is the clause's
        if x in _FUT_WORDS or x.endswith("'ll"):
            return 1
        if x in _PAST_WORDS or x in _PAST_IRREGULAR:
            return -1
    return 0


def _tense(text: str, s: int, e: int) -> int:
    """Tense of the mention at text[s:e]: 1 future, -1 past, 0 no cue.

    Walks back from the mention to the start of its sentence.  The nearest strong cue decides (will,
    would, until, expire, set to, due to, scheduled, is/are + -ing ... future; said, announced, was, had ... past); a bare
    `by` just before the date is a deadline (future); `will` / `expires` right after it is future.  Failing
    those, a past-tense verb in the clause (closed, began) makes it past.
    """
    w = text[max(0, s - 120):s]
    cut = max(w.rfind(". "), w.rfind("\n"), w.rfind("? "), w.rfind("! "), w.rfind(".\" "), w.rfind(".” "))
    if cut >= 0:
        w = w[cut + 1:]
    words = w.split()
    if words and words[-1].lower() == "since":
        return -1  # "Since Friday, ...": the start of a span that reaches the present is past
    if words and (words[-1] == "by" or (len(words) > 1 and words[-1] == "the" and words[-2] == "by")):
        return 1
    if words and (words[-1].lower() in _SPAN_OPENERS or " ".join(words[-2:]).lower() in ("as of", "effective from")):
        if _clause_tense_ahead(text, e) == 1:
            return 1  # "announced that starting Thursday it will close": the span's own verb decides
    weak = 0
    for i in range(len(words) - 1, max(-1, len(words) - 17), -1):
        x = words[i].strip(_STRIP).lower()
        if x in ("until", "till"):
            if _pluperfect_ahead(text, e):
                return -1  # "until Friday morning, 911 people had applied": the end of a past span
            if _past_since_span(words[:i]):
                return -1  # "91 people arrived since the end of August until the weekend": a past span's end
        if x in _FUT_WORDS or x.endswith("'ll"):
            return 1
        if x in _PAST_WORDS:
            return -1
        if i and (x == "to" or x == "effect" or x.endswith("ing")):  # the cues that read the word before
            prev = words[i - 1].lower()
            if x.endswith("ing") and x != "being" and prev in ("is", "are", "am"):
                return 1  # "four crossings are closing at midnight on Friday": a present progressive with a day ahead
            if x == "to" and prev in _DECIDED_VERBS:
                return _DECIDED  # "decided to close ... on November 28": after a past decision, near it
            if (x == "to" and prev in _TO_VERBS) or (x == "effect" and prev in ("take", "takes")):
                return 1
            if x == "to" and words[i - 1][:1].isupper() and i + 1 < len(words) and (
                    words[i + 1][:1].islower() or words[i + 1].lower() in _HEADLINE_VERBS) \
                    and prev not in _PREPS_BEFORE_TO:
                return 1  # a headline's infinitive: "Finland to seal its border from Thursday", "Finland to Close All ..."
        if not weak and _weak_past(words, i, x):
            weak = -1
    if _FUT_AFTER.match(text, e) is not None:
        return 1
    if not weak and len(words) <= 2:  # "From Saturday, applications will be accepted ...": the clause's verb comes after
        ahead = re.split(r"(?<=[.!?])\s", text[e:e + 160], maxsplit=1)[0].split()
        for x in (a.strip(_STRIP).lower() for a in ahead[:14]):
            if x in ("until", "till", "through"):
                continue  # "From August until Friday, 911 had applied": the span's end, not its tense
            if x in _FUT_WORDS or x.endswith("'ll"):
                return 1
            if x in _PAST_WORDS or x in _PAST_IRREGULAR:
                return -1
    return weak


# --------------------------------------------------------------------------- scanning
def _month_ok(text: str, s: int, e: int, tok: str) -> bool:
    """A month named alone (no day, no year): reject the modal `may`, the verb `March`, names."""
    if tok not in _MONTH_NUM or (len(tok) <= 4 and tok not in ("May", "June", "July")):
        return False  # bare abbreviation (Jan, Dec.) is too ambiguous
    ctx = _MONTH_CONTEXT.search(text, max(0, s - 14), s) is not None
    if tok in ("May", "March"):
        return ctx
    if _NAME_AFTER.match(text, e):
        return False
    if tok in ("June", "August") and not ctx and _CAP_WORD_AFTER.match(text, e):
        return False
    return True


def _year_ok(text: str, s: int, e: int) -> bool:
    """A bare 4-digit number is a year unless hedged like a count (nearly 2000) or followed by a counted noun."""
    before = text[max(0, s - 20):s].split()
    prev = before[-1].lower() if before else ""
    if prev in _HEDGES or prev in ("no.", "no", "#") or (prev in ("of", "to") and len(before) > 1 and before[-2].lower() in (
            "total", "up")):
        return False
    m = _NEXT_WORD.match(text, e)
    nxt = m.group(1) if m else ""
    low = nxt.lower()
    if low == "%" or low in _COUNT_NOUNS or low.startswith("kilomet"):
        return False
    if prev in _SOFT_HEDGES and m and m.start(1) == e + 1 and nxt.islower():
        return False
    return True


def _ymd(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


_TOKENS = re.compile(r"[A-Z][a-z]+|[0-9]+|next|last|this")
_WD_NUM = {w: i for i, w in enumerate(_WEEKDAYS)}
_YOFF = {"next": 1, "last": -1, "this": 0}


def _parse_daymonth(span: str):
    """(month, day1, day2, year or None, yearoff or None, weekday or None) from a dmy/mdy/wdd span."""
    month = year = yoff = wd = d1 = d2 = None
    for tok in _TOKENS.findall(span):
        if tok[0] <= "9":
            if len(tok) == 4:
                year = int(tok)
            elif d1 is None:
                d1 = int(tok)
            else:
                d2 = int(tok)
        elif tok in _YOFF:
            yoff = _YOFF[tok]
        elif month is None and tok in _MONTH_NUM:
            month = _MONTH_NUM[tok]
        elif tok in _WD_NUM:
            wd = _WD_NUM[tok]
    return month, d1, d2, year, yoff, wd


@lru_cache(maxsize=1)  # an undated article's dateline (estimate_publication) and then its dates scan the same text
def _scan(text: str):
    """Candidate mentions: a tuple of (s, e, kind, data), immutable as the last one is cached."""
    out = []
    prev_end = 0
    match = _MASTER.match
    for t, head_match in _triggers(text):
        if t < prev_end:
            continue
        m = None
        if t > prev_end + 1 and text[t - 1] in " -\n\t":
            ws = text.rfind(" ", max(prev_end, t - 12), t - 1) + 1
            word = text[ws:t - 1].lower()
            if word in _PREFIX_WORDS or text[t - 1] != " " or ws == 0 or (
                    "\n" in word or "(" in word) and word.replace("(", "\n").rsplit("\n", 1)[1] in _PREFIX_WORDS:
                for c in _backoff(text, t, prev_end)[::-1]:
                    mm = match(text, c)
                    if mm is not None and mm.end() > t:
                        m = mm
                        break
        if m is None:
            m = head_match(text, t)
        if m is None:
            continue
        kind = m.lastgroup
        s, e = m.span()
        span = m.group()
        data = None
        prep_ok = ()
        if kind in ("mdy", "dmy", "wdd"):
            month, d1, d2, year, yoff, wd = _parse_daymonth(span)
            if d1 is None:
                if year is None and yoff is None:
                    tok = _FIND_MON.search(span).group()
                    if not _month_ok(text, s, e, tok):
                        continue
                if year is not None:
                    kind, data = "abs", (date(year, month, 1), _month_end(year, month), "month")
                else:
                    kind, data = "mon", (month, yoff, None)
                prep_ok = ("in", "during", "through")
            else:
                if d2 is not None and d2 <= d1:
                    d2 = None
                if year is not None:
                    a, b = _ymd(year, month, d1), _ymd(year, month, d2 or d1)
                    kind, data = ("abs", (a, b, "day")) if a and b else ("bad", "day")
                elif (d2 or d1) > _month_days(month):
                    kind, data = "bad", "day"
                else:
                    kind, data = "md", (month, d1, d2, yoff, wd)
                prep_ok = ("on",)
        elif kind == "dm":
            days, mo = span.rstrip(".").rsplit(".", 1)
            d1, _, d2 = days.replace("–", "-").partition(".-")
            d1, d2, mo = int(d1.rstrip(".")), int(d2) if d2 else None, int(mo)
            if d2 is not None and d2 <= d1:
                d2 = None
            if (d2 or d1) > _month_days(mo):
                kind, data = "bad", "day"
            else:
                kind, data = "md", (mo, d1, d2, None, None)
            prep_ok = ("on",)
        elif kind == "year":
            if not _year_ok(text, s, e):
                continue
            y = int(span)
            kind, data = "abs", (date(y, 1, 1), date(y, 12, 31), "year")
            prep_ok = ("in", "during", "through")
        elif kind == "iso":
            d = _ymd(int(span[:4]), int(span[5:7]), int(span[8:10]))
            kind, data = ("abs", (d, d, "day")) if d else ("bad", "day")
            prep_ok = ("on",)
        elif kind == "dot":
            dd, mo, yy = span.split(".")
            d = _ymd(int(yy), int(mo), int(dd))
            kind, data = ("abs", (d, d, "day")) if d else ("bad", "day")
            prep_ok = ("on",)
        elif kind == "part" or kind == "partof":
            low = span.lower()
            part = ("early" if ("early" in low or "beginning" in low or "start" in low) else
                    "mid" if ("mid" in low) else "late")
            mm = _FIND_MON.search(span)
            nums = _FIND_NUM.findall(span)
            year = int(nums[0]) if nums else None
            if mm:
                month = _MONTH_NUM[mm.group()]
                if year is not None:
                    a, b = _part(year, month, part)
                    kind, data = "abs", (a, b, "part_of_month")
                else:
                    kind, data = "part", (month, part, None)
            elif low.endswith("week"):  # the end of the week: that week
                kind, data = "wrel", (_YOFF.get(low.split()[-2], 0), None)
            elif low.endswith("month"):  # the end of the month: late in that month
                kind, data = "mpart", (_YOFF.get(low.split()[-2], 0), part)
            else:  # a year: early/mid/late 2023, the end of 2023, the end of the year
                yr = _FIND_YREL.search(low)
                yoff = {"next": 1, "last": -1}.get(yr.group(1), 0) if yr else 0
                if kind == "part" or "middle" in low:
                    if year is not None:
                        kind, data = "abs", (date(year, 1, 1), date(year, 12, 31), "year")
                    else:
                        kind, data = "yrel", (yoff, None)
                else:
                    month = 12 if part == "late" else 1
                    if year is not None:
                        a, b = _part(year, month, part)
                        kind, data = "abs", (a, b, "part_of_month")
                    else:
                        kind, data = "part", (month, part, yoff)
            prep_ok = ("in", "during", "through")
        elif kind == "holiday":
            low = span.lower()
            month, day = ((12, 24) if "eve" in low and "christmas" in low else (12, 25) if "christmas" in low else
                          (12, 31) if "eve" in low else (1, 1))
            nums = _FIND_NUM.findall(span)
            if nums:
                y = int(nums[0])
                kind, data = "abs", (date(y, month, day), date(y, month, day), "day")
            else:
                kind, data = "md", (month, day, None, None, None)
        elif kind == "relmon":
            mod = span.split()[0].lower()
            kind, data = "mon", (_MONTH_NUM[_FIND_MON.search(span).group()], None, mod)
        elif kind == "yrange":
            a, b = re.split(r"\s*[-–/]\s*", span)
            y1 = int(a)
            y2 = int(b) if len(b) == 4 else (y1 // 100) * 100 + int(b)
            if y2 <= y1 or y2 - y1 > 50:
                continue
            kind, data = "abs", (date(y1, 1, 1), date(y2, 12, 31), "year")
            prep_ok = ("in", "during", "through")
        elif kind == "decade":
            y = int(span[:4])
            kind, data = "abs", (date(y, 1, 1), date(y + 9, 12, 31), "year", "decade")
        elif kind == "ago":
            w = span.split()
            n = int(w[0]) if w[0].isdigit() else _NUMWORD[w[0].lower()]
            kind, data = "ago", (n, w[1].rstrip("s"))
        elif kind == "xrel":
            w = span.lower().split()
            data = ({"week": "wrel", "month": "mrel", "year": "yrel"}[w[-1]], w[0])
            kind, data = data[0], (0, data[1])
        elif kind == "rel":
            w = span.lower().split()
            if w[0] == "the":  # the new week
                kind, data = "wrel", (0, None)
            else:
                if text[max(0, s - 4):s].lower() == "the ":  # the last week = a duration
                    continue
                off = {"last": -1, "next": 1, "this": 0}[w[0]]
                kind, data = {"week": "wrel", "month": "mrel", "year": "yrel"}[w[1]], (off, None)
        elif kind == "wknd":
            w = span.lower().split()
            mods = [x for x in w[:-1] if x != "the"]
            mod = mods[-1] if mods else None
            if mod == "past":
                mod = "last"
            elif mod == "coming":
                mod = "next"
            kind, data = "wknd", (mod,)
            prep_ok = ("during", "over", "at", "on", "through")
        elif kind == "drel":
            low = span.lower()
            if low == "today" and text[max(0, s - 7):s] in ("Russia ", "USA ", "Russia-"):
                continue
            off = (-1 if ("yesterday" in low or "last" in low) else 1 if "tomorrow" in low else 0)
            if "day before" in low:
                off = -2
            elif "day after" in low:
                off = 2
            kind, data = "drel", (off,)
        elif kind == "wd":
            if _PAPER_AFTER.match(text, e):
                continue  # the Sunday Times
            w = span.split()
            mod = w[0].lower() if w[0].lower() in ("last", "next", "this") else None
            kind, data = "wd", (_WEEKDAYS.index(_FIND_WD.search(span).group()), mod)
            prep_ok = ("on",)
        elif kind == "season":
            low = span.lower()
            words = low.replace("-", " ").split()
            sname = next(x for x in words if x in _SEASON_NUM)
            snum = _SEASON_NUM[sname]
            si = s + low.find(sname)
            if text[si].isupper() and (si != s or text[:s].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "(")):
                continue  # the Winter War, the Arab Spring
            nums = _FIND_NUM.findall(span)
            mod = words[0] if words[0] in ("this", "last", "next", "past", "coming") else None
            mod = {"past": "last", "coming": "next"}.get(mod, mod)
            yr = _FIND_YREL.search(low)
            if nums:
                y = int(nums[0])
                a, b = _season(y, snum)
                kind, data = "abs", (a, b, "season")
            elif yr:
                kind, data = "season", (snum, None, {"next": 1, "last": -1, "this": 0}[yr.group(1)])
            else:
                if mod is None:
                    # bare season: needs a preposition before it and no generic noun after it
                    if _SEASON_GENERIC_AFTER.match(text, e):
                        continue
                    if not _SEASON_CONTEXT.search(text, max(0, s - 12), s):
                        continue
                    if sname == "fall" and "the" not in words:
                        continue
                kind, data = "season", (snum, mod, None)
            prep_ok = ("in", "during", "through")
        if prep_ok and s > prev_end + 2 and text[s - 1] == " ":
            lo = max(prev_end, s - 9)
            ws = text.rfind(" ", lo, s - 1) + 1 or lo
            if text[ws:s - 1].lower() in prep_ok and (ws == 0 or not text[ws - 1].isalnum()):
                s = ws
        out.append((s, e, kind, data))
        prev_end = e
    return tuple(out)


# --------------------------------------------------------------------------- resolution
def _pick_year(f, ref: date, tense: int, exact: bool = True):
    """The instance of a year-less period f(year) -> (start, end) that the mention means.

    Future tense: the next instance ending on or after ref.  Otherwise ref's year, except, with an exact
    publication date, a past one landing more than two months after it is last year's (`in November` in a
    January article) and, with no tense cue at all, one that ended more than six months before it while
    next year's starts within three months is next year's (`the fence is ready in January`, November).
    An inferred anchor is only a lower bound on publication, so there the anchor's year stands.
    """
    y = ref.year
    if tense == _BEFORE_BOUND:
        before = [r for r in (f(y - 1), f(y)) if r and r[0] <= ref]
        return before[-1] if before else None
    if tense == _DECIDED:
        near = [r for r in (f(y - 1), f(y), f(y + 1)) if r]
        return min(near, key=lambda r: min(abs((r[0] - ref).days), abs((r[1] - ref).days))) if near else None
    if tense == 1:
        recent = f(y)
        if recent and ref - timedelta(days=7) <= recent[1] < ref:
            return recent  # "the closure from 18 November will hit ..." on 20 November: this year's, not next
        for yy in (y - 1, y, y + 1):
            r = f(yy)
            if r and r[1] >= ref:
                return r
        return None
    r = f(y)
    if exact and r:
        if r[0] > ref + timedelta(days=62):
            r = f(y - 1)
        elif tense == 0 and r[1] < ref - timedelta(days=183):
            alt = f(y + 1)
            if alt and alt[0] <= ref + timedelta(days=92):
                r = alt
    return r


def _season_pick(this, snum, ref, tense, exact):
    """Bare season (`in autumn`): as _pick_year, starting from the instance of ref's season-year."""
    if tense == 1:
        return this if this[1] >= ref else _season(this[0].year + 1, snum)
    if exact:
        if this[0] > ref + timedelta(days=62):
            return _season(this[0].year - 1, snum)
        if tense == 0 and this[1] < ref - timedelta(days=183):
            alt = _season(this[0].year + 1, snum)
            if alt[0] <= ref + timedelta(days=92):
                return alt
    return this


def _resolve(kind, data, ref: date, tense: int, exact: bool = True, wd_years=None):
    """(start, end) dates, or None.

    A year-less date stated with its weekday (`Friday, November 24`) takes the year in which the
    date falls on that weekday: *wd_years*, the years to try in order, when given (an inferred
    anchor: see :func:`_wd_years`), else the year the date would otherwise get or the year either
    side of it. With no such year it keeps the year it would otherwise get: in a dated article a
    weekday that fits only two years away is likelier a slip than a date written without its year.
    """
    if tense == _DECIDED and kind not in ("md", "mon", "part"):
        tense = 1
    if tense == _BEFORE_BOUND and kind not in ("md", "mon", "part"):
        tense = -1
    fut = tense == 1
    if kind == "md":
        month, d1, d2, yoff, wd = data

        def f(y):
            a, b = _ymd(y, month, d1), _ymd(y, month, d2 or d1)
            return (a, b) if a and b else None
        if yoff is not None:
            return f(ref.year + yoff)
        r = _pick_year(f, ref, tense, exact)
        if wd is not None and not (r and r[0].weekday() == wd):
            if wd_years is None:
                y0 = r[0].year if r else ref.year
                wd_years = (y0 - 1, y0 + 1)
            for y in wd_years:
                alt = f(y)
                if alt and alt[0].weekday() == wd:
                    return alt
        return r
    if kind == "mon":
        month, yoff, mod = data

        def f(y):
            return date(y, month, 1), _month_end(y, month)
        if yoff is not None:
            return f(ref.year + yoff)
        if mod == "last":
            r = f(ref.year)
            return r if r[1] < ref else f(ref.year - 1)
        if mod == "next":
            r = f(ref.year)
            return r if r[0] > ref else f(ref.year + 1)
        if mod == "this":
            return f(ref.year)
        return _pick_year(f, ref, tense, exact)
    if kind == "part":
        month, part, yoff = data
        if yoff is not None:
            return _part(ref.year + yoff, month, part)
        return _pick_year(lambda y: _part(y, month, part), ref, tense, exact)
    if kind == "season":
        snum, mod, yoff = data
        if yoff is not None:
            return _season(ref.year + yoff, snum)
        this = _season(_season_year_of(ref, snum), snum)
        if mod == "this":
            return this
        if mod == "last":
            return this if this[1] < ref else _season(this[0].year - 1, snum)
        if mod == "next":
            return this if this[0] > ref else _season(this[0].year + 1, snum)
        return _season_pick(this, snum, ref, tense, exact)
    if kind == "yrel":
        off, sub = data
        y = ref.year + off
        if sub == "earlier":
            return date(y, 1, 1), ref
        if sub == "later":
            return ref, date(y, 12, 31)
        return date(y, 1, 1), date(y, 12, 31)
    if kind == "mrel":
        off, sub = data
        mi = ref.year * 12 + ref.month - 1 + off
        y, mo = divmod(mi, 12)
        a, b = date(y, mo + 1, 1), _month_end(y, mo + 1)
        if sub == "earlier":
            return a, ref
        if sub == "later":
            return ref, b
        return a, b
    if kind == "mpart":
        off, part = data
        y, mo = divmod(ref.year * 12 + ref.month - 1 + off, 12)
        return _part(y, mo + 1, part)
    if kind == "wrel":
        off, sub = data
        mon = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * off)
        if sub == "earlier":
            return mon, ref
        if sub == "later":
            return ref, mon + timedelta(days=6)
        return mon, mon + timedelta(days=6)
    if kind == "wknd":
        (mod,) = data
        wdy = ref.weekday()
        sat0 = ref - timedelta(days=(wdy - 5) % 7)  # latest Saturday on or before ref
        up = ref + timedelta(days=(5 - wdy) % 7)    # first Saturday on or after ref
        if mod == "last":
            sat = sat0 - timedelta(days=7) if wdy >= 5 else sat0
        elif mod == "next":
            sat = up + timedelta(days=7) if wdy == 5 else up
        elif mod == "this":
            sat = sat0 if wdy >= 5 else (up if (fut or wdy == 4) else sat0)
        else:
            sat = up if (fut and wdy < 5) else sat0
        return sat, sat + timedelta(days=1)
    if kind == "drel":
        d = ref + timedelta(days=data[0])
        return d, d
    if kind == "wd":
        wd, mod = data
        back = (ref.weekday() - wd) % 7
        fwd = (wd - ref.weekday()) % 7
        if mod == "last":
            d = ref - timedelta(days=back or 7)
        elif mod == "next":
            d = ref + timedelta(days=fwd or 7)
        elif fut:
            d = ref + timedelta(days=fwd)
        else:
            d = ref - timedelta(days=back)
        return d, d
    if kind == "ago":
        n, unit = data
        if unit == "day":
            d = ref - timedelta(days=n)
            return d, d
        if unit == "week":
            d = ref - timedelta(days=7 * n)
            return d, d
        if unit == "month":
            mi = ref.year * 12 + ref.month - 1 - n
            y, mo = divmod(mi, 12)
            return date(y, mo + 1, 1), _month_end(y, mo + 1)
        y = ref.year - n
        return date(y, 1, 1), date(y, 12, 31)
    return None


_GRAN = {"md": "day", "mon": "month", "part": "part_of_month", "mpart": "part_of_month", "season": "season", "yrel": "year",
         "mrel": "month", "wrel": "week", "wknd": "weekend", "drel": "day", "wd": "day"}


def _granularity(kind, data):
    if kind == "abs":
        return data[2]
    if kind == "bad":
        return data
    if kind == "ago":
        return {"day": "day", "week": "day", "month": "month", "year": "year"}[data[1]]
    return _GRAN[kind]


# --------------------------------------------------------------------------- anchor inference
_BARE = re.compile(r"^(?:[Ii]n|[Oo]n|[Dd]uring|[Oo]ver|[Aa]t|[Tt]hrough)\s+")
_FINE = frozenset(("day", "month", "part_of_month"))


_EVENT_PREP = frozenset("in since during through throughout from after before until till by of".split())
_MODIFIER_DET = frozenset("the a an its their his her our this that these those".split())


def _dated(text, raw, extra=()):
    """(latest past, earliest future) explicit dated mentions, each (start, end, text, granularity) or None.

    Mentions with a year (decades excepted), and *extra* ones of the same form ``(start, end, s, e,
    granularity)``, are past or future by their local tense. The article is no older than the events
    it reports, so the latest past one bounds it: taken latest first, the first mention not in the
    future with a month or a day (`November 2023`, `January 24, 2024`), or a year, season or span of
    years stated as an event (`in 2019`, `since 2015`, `2021 saw ...` after a past verb) if that comes
    first, is the latest past event; a background year earlier than a dated event never outweighs
    it. A year in a comparison (`Like in 2015, ...`) is left out. A year used as a modifier (`the 2012 agreement`, `the 2026 target`) or with no tense cue may
    be a plan as well as history: it bounds the text only when nothing else does. The earliest future
    date is the earliest of the future ones after the latest past event (earlier ones are ignored).
    """
    dated = [(d[0], d[1], s, e, d[2]) for s, e, k, d in raw if k == "abs" and len(d) == 3]
    dated.extend(extra)
    dated.sort(key=lambda x: (x[0], -x[1].toordinal()), reverse=True)
    past = weak = None
    futs = []
    for item in dated:
        a, b, s, e, g = item
        t = _tense(text, s, e)
        if t == _DECIDED:
            continue  # "decided on Tuesday to open two from December 14": after the decision, maybe before publication
        if t == 1:
            futs.append(item)
            continue
        if _span_end(text, s) and not _pluperfect_ahead(text, e):
            continue  # "was closed for a period to last from December 15 to January 14": the end may be to come
        if g not in _FINE and _COMPARED_BEFORE.search(text, max(0, s - 30), s):
            continue  # "Like in 2015, the FSB let migrants through": a comparison with the past, not the article's time
        if g in _FINE:
            past = item
            break
        w = text[s:e].split(None, 1)[0].lower()
        if w not in _EVENT_PREP:
            lo = max(0, s - 12)
            j = text.rfind(" ", lo, max(lo, s - 1))
            w = text[(lo if j < 0 else j + 1):s].strip().lower()
        if w in _EVENT_PREP or (t == -1 and w not in _MODIFIER_DET):
            past = item
            break
        if weak is None:
            weak = item
    if past is None:
        past = weak
    fut = earliest_future(futs, past)
    return (None if past is None else (past[0], past[1], _BARE.sub("", text[past[2]:past[3]]), past[4]),
            None if fut is None else (fut[0], fut[1], _BARE.sub("", text[fut[2]:fut[3]]), fut[4]))


def earliest_future(futs: list, past) -> tuple | None:
    """The earliest of *futs* (future-tense dated mentions, latest first) that is not before *past*'s start."""
    fut = None
    for item in futs:  # latest first: the last one left is the earliest
        if past is None or item[0] >= past[0]:
            fut = item
    return fut


_COMPARED_BEFORE = re.compile(r"\b(?:like|unlike|as|than|similar(?:ly)?\s+to|compared\s+(?:to|with))\s+(?:in\s+|during\s+)?$"
                              r"|\b(?:like|unlike|as|than|similar(?:ly)?\s+to|compared\s+(?:to|with))\s+$", re.I)
_SPAN_END_BEFORE = re.compile(r"\b(?:until|till|through|to|and)\s+(?:the\s+)?$", re.I)
_SPAN_START_BEFORE = re.compile(r"\b(?:from|between)\b(?:[^.;!?]|(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?<=Sept))\.)*"
                                r"\b(?:to|and)\s+(?:the\s+)?$", re.I)  # "from Nov. 18, 2023, to Feb. 18, 2024"


def _span_end(text: str, s: int) -> bool:
    """Whether the mention at *s* ends a span (`until January 14`, `from December 15 to January 14`,
    `between November 30 and December 14`): a past verb before it dates the start, not the end."""
    before = text[max(0, s - 120):s]
    m = _SPAN_END_BEFORE.search(before)
    if m is None:
        return False
    return m.group(0).split()[0].lower() in ("until", "till", "through") or bool(_SPAN_START_BEFORE.search(before))


def _window(past, fut):
    """(earliest, latest, anchor, basis) from the latest past and earliest future dated mentions."""
    earliest = past[0] if past else None
    latest = fut[0] if fut else None
    anchor = None
    if past:
        # the middle of the latest past event; of a span of years (`in 2022-2023`), its last year
        anchor = past[0] + timedelta(days=(past[1] - past[0]).days // 2) if (past[1] - past[0]).days <= 366 \
            else past[1] - timedelta(days=182)
        if latest is not None and anchor > latest:
            anchor = latest
    elif fut and fut[3] in _FINE:  # "by 2026" alone (a plan's year) is too coarse to anchor the text's dates
        anchor = fut[0]
    parts = []
    if past:
        parts.append(f"after the latest past event stated ({past[2]})")
    if fut:
        parts.append(f"before the earliest future date stated ({fut[2]})")
    basis = " and ".join(parts) if parts else "no dated mention with a year: the text does not fix a window"
    return earliest, latest, anchor, basis


def _wd_years(anchor: date, fine: bool) -> list:
    """The years a weekday-stated, year-less date may take around an inferred anchor, in order.

    The anchor rests on the latest past event the text states, so the article is no older than it:
    the year before the anchor's, then forward to two years after it, or six when the anchor rests
    on a year alone (a year is often background, `In 2019, before the pandemic`; six years reach a
    year in which most dates fall on any given weekday). The first year that fits wins.
    """
    y = anchor.year
    return list(range(y - 1, y + (3 if fine else 7)))


def _infer(text, raw):
    """(past, fut, anchor, wd) for an undated text: the dated mentions that bound it (see _dated),
    the anchor they give, and {start_char: (start, end)} of the weekday-stated year-less dates.

    A weekday-stated date (`Friday, November 24`) fixes its own year near the anchor (see
    _wd_years); it then counts as a dated mention of its own and may move the anchor: in a text
    whose only years are background (`In 2019, ...`), `from Friday, November 24` fixes 2023.
    """
    past, fut = _dated(text, raw)
    anchor = _window(past, fut)[2]
    wd = {}
    if anchor is None:
        return past, fut, None, wd
    years = _wd_years(anchor, past is None or past[3] in _FINE)
    extra = []
    for s, e, k, d in raw:
        if k == "md" and d[4] is not None and d[3] is None:
            r = _resolve(k, d, anchor, 0, False, years)
            if r and r[0].weekday() == d[4]:
                wd[s] = r
                extra.append((r[0], r[1], s, e, "day"))
    if extra:
        past, fut = _dated(text, raw, extra)
        anchor = _window(past, fut)[2]
    return past, fut, anchor, wd


# --------------------------------------------------------------------------- public API
_NARRATIVE_REACH = 400  # characters back to look for the full date a year-less one follows
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*(?:[-•*–—][ \t]*)?(?:(?:On|From|By|Since|Until|In)[ \t]+)?\Z", re.I)


def _opens_line(text: str, s: int) -> bool:
    """Whether the mention at *s* opens a line (after a bullet or a preposition), as in a timeline."""
    return bool(_LINE_START.search(text, max(0, s - 12), s))


def _narrative(kind, data, before):
    """(start, end) of a year-less month/day mention placed nearest the last full date in *before*."""
    if not before:
        return None
    last = before[-1]
    if kind == "md" and data[3] is None:
        month, d1, d2, _, wd = data

        def f(y):
            a, b = _ymd(y, month, d1), _ymd(y, month, d2 or d1)
            return (a, b) if a and b else None
    elif kind == "mon" and data[1] is None and data[2] is None:
        def f(y):
            return date(y, data[0], 1), _month_end(y, data[0])
        wd = None
    elif kind == "part" and data[2] is None:
        def f(y):
            return _part(y, data[0], data[1])
        wd = None
    else:
        return None
    options = [r for r in (f(y) for y in (last.year - 1, last.year, last.year + 1)) if r]
    if wd is not None:
        options = [r for r in options if r[0].weekday() == wd] or options
    return min(options, key=lambda r: abs((r[0] - last).days)) if options else None


def _month_days(month: int) -> int:
    """The most days *month* can have (29 for February: the year may be a leap year)."""
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00ad": "-"})  # one character for one
_ODD_HYPHEN = re.compile("[\u2010\u2011\u2012\u00ad]")


def find_dates(text: str, published=None, *, anchor=None, nearest: bool = False) -> list[tuple]:
    """The date mentions of *text* as tuples in COLUMNS order (the fast path of :func:`extract_dates`).

    >>> find_dates("It closed on Friday.", "2023-11-20")[0][:6]
    ('on Friday', 10, 19, Timestamp('2023-11-17 00:00:00'), Timestamp('2023-11-17 00:00:00'), 'day')

    Unicode hyphens (``mid\u2011December``, a non-breaking hyphen) read as ``-``; spans keep the text's own.
    """
    if _ODD_HYPHEN.search(text):
        rows = find_dates(text.translate(_HYPHENS), published, anchor=anchor, nearest=nearest)
        return [(text[r[1]:r[2]], *r[1:]) for r in rows]
    raw = _scan(text)
    if not raw:
        return []
    ref = _to_date(published)
    exact = ref is not None
    upper_only = False  # the only bound the text gives is a future date: the article comes before it
    how = "published"
    wd_fixed = {}
    wd_years = None
    if ref is None:
        ref = _to_date(anchor)
        how = "inferred"
        if ref is not None:
            wd_years = _wd_years(ref, True)
        elif any(k not in ("abs", "bad") and k not in _DAY_NEEDING for _, _, k, _ in raw):
            _past, _fut, ref, wd_fixed = _infer(text, raw)
            if ref is not None:
                wd_years = _wd_years(ref, True)
            upper_only = _past is None and _fut is not None
    # In an undated article, a year-less date opening a line of a timeline list takes the year that
    # puts it nearest the full date opening an earlier line ("- 18 November 2023: ...\n- Nov. 24: ...").
    # full dates with a month (and a year): a year-less date after one may take its year
    months_named = [] if exact else [(ms, d[0]) for ms, _, k, d in raw
                                     if k == "abs" and _granularity(k, d) in ("day", "month", "part_of_month")]
    marks = [(ms, d) for ms, d in months_named if _opens_line(text, ms)]
    rows = []
    for s, e, kind, data in raw:
        gran = _granularity(kind, data)
        if kind == "abs":
            rows.append((text[s:e], s, e, _ts(data[0].toordinal()), _ts(data[1].toordinal()), gran, "text", False))
            continue
        r = None
        if marks and s not in wd_fixed and _opens_line(text, s):
            r = _narrative(kind, data, [d for ms, d in marks if s - _NARRATIVE_REACH <= ms < s])
        if r is None and not exact and s not in wd_fixed and kind in ("mon", "md", "part"):
            # "closed its border in late November 2023 ... In November alone, around 900": the month just named
            same = [d for ms, d in months_named if s - _NARRATIVE_REACH <= ms < s and d.month == data[0]]
            if same:
                r = _narrative(kind, data, same[-1:])
        if r is None and kind != "bad" and ref is not None and (exact or kind not in _DAY_NEEDING) and not (
                kind == "yrel" and data[1] is not None and not exact):
            r = wd_fixed.get(s)
            if r is None:
                try:
                    t = _tense(text, s, e) if kind in _TENSED else 0
                    if nearest and kind in ("md", "mon", "part"):
                        t = _DECIDED  # an anchor from outside the text (a corpus's span): the instance nearest it
                    elif upper_only and kind in ("md", "mon", "part"):
                        # "closed on November 18 ... until January 14, 2024": the instance nearest the bound,
                        # and for a past event one before it
                        t = _BEFORE_BOUND if t == -1 else _DECIDED
                    r = _resolve(kind, data, ref, t, exact, wd_years)
                except (ValueError, OverflowError):
                    r = None
        if r is None:
            rows.append((text[s:e], s, e, NaT, NaT, gran, None, False))
            continue
        a, b = _ts(r[0].toordinal()), _ts(r[1].toordinal())
        if a is NaT or b is NaT:
            rows.append((text[s:e], s, e, NaT, NaT, gran, None, False))
        else:
            rows.append((text[s:e], s, e, a, b, gran, how, not exact))
    return rows


def extract_dates(text: str, published=None, *, anchor=None) -> pd.DataFrame:
    """Every date mention in *text*, one row each, sorted by position (columns: COLUMNS).

    *published* (anything ``pd.Timestamp`` reads, or None/NaT) resolves relative
    expressions; without it the anchor is inferred from the text's own dated
    mentions (or taken from *anchor*), those values are marked ``inferred``, and
    expressions that need the publication day stay NaT.

    >>> df = extract_dates("Finland closed four crossings on Friday and will keep them shut "
    ...                    "until December 13.", published="2023-11-20")
    >>> [(r.text, str(r.start.date()), r.granularity, r.anchored_on) for r in df.itertuples()]
    [('on Friday', '2023-11-17', 'day', 'published'), ('December 13', '2023-12-13', 'day', 'published')]
    >>> r = extract_dates("About 900 arrived in November 2023. The deal ends in late January.").iloc[1]
    >>> r.text, str(r.start.date()), r.anchored_on, bool(r.inferred)
    ('in late January', '2024-01-21', 'inferred', True)
    """
    return dates_frame(find_dates(text, published, anchor=anchor))


def dates_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of a ``find_dates`` (of any language) as a typed table, columns ``COLUMNS``."""
    cols = list(zip(*rows)) if rows else [()] * len(COLUMNS)
    return pd.DataFrame({
        "text": pd.Series(cols[0], dtype=object),
        "start_char": pd.Series(cols[1], dtype="int64"),
        "end_char": pd.Series(cols[2], dtype="int64"),
        "start": pd.Series(cols[3], dtype="datetime64[ns]"),
        "end": pd.Series(cols[4], dtype="datetime64[ns]"),
        "granularity": pd.Series(cols[5], dtype=object),
        "anchored_on": pd.Series(cols[6], dtype=object),
        "inferred": pd.Series(cols[7], dtype=bool),
    })


def estimate_publication(text: str, *, year_anchor=None) -> dict:
    """An estimated publication window for an undated article (an estimate, never a fact).

    Rule: each explicit mention with a year (``November 2023``, ``January 24,
    2024``, ``in 2023``; decades excluded) is past or future by its local tense
    (``will``, ``until``, ``set to expire`` ... mark future).  The article was
    written no earlier than the start of the latest past event stated and no
    later than the start of the earliest future date stated.  A side with no
    such mention is NaT; a future date earlier than the past bound is ignored.
    A year used as a modifier or with no tense cue (``the 2026 target``) counts
    only when nothing else does, and a weekday stated with a year-less date
    (``Friday, November 24``) fixes that date's year near the bound and then
    counts as a dated mention (see ``_dated`` and ``_infer``).

    >>> w = estimate_publication("Arrivals rose in November 2023. The deal is set to expire on January 24, 2024.")
    >>> str(w["earliest"].date()), str(w["latest"].date())
    ('2023-11-01', '2024-01-24')

    *year_anchor* (a day, such as the middle of a corpus's dated articles) places year-less days in
    the year nearest it, so that they bound the window too:

    >>> w = estimate_publication("The last one closed on November 28. It stays shut until January 14.", year_anchor="2023-12-20")
    >>> str(w["earliest"].date()), str(w["latest"].date())
    ('2023-11-28', '2024-01-14')
    """
    raw = _scan(text)
    past, fut, _anchor, _wd = _infer(text, raw)
    placed = ""
    if year_anchor is not None and pd.notna(year_anchor):
        # a year-less day (`the last one closed on November 28`) in the year nearest the anchor (the corpus's era)
        ref = pd.Timestamp(year_anchor).date()
        extra = []
        for s, e, k, d in raw:
            if k == "md" and d[3] is None and s not in _wd:
                fits = [(a, _ymd(y, d[0], d[2] or d[1])) for y in (ref.year - 1, ref.year, ref.year + 1)
                        if (a := _ymd(y, d[0], d[1])) is not None]
                if fits:
                    a, b = min(fits, key=lambda x: abs((x[0] - ref).days))
                    extra.append((a, b or a, s, e, "day"))
        if extra:
            past, fut = _dated(text, raw, extra + [(a, b, s, e, "day") for s, (a, b) in _wd.items()])
            placed = f" (year-less dates in the year nearest {ref.isoformat()})"
    earliest, latest, _, basis = _window(past, fut)
    basis += placed
    return {
        "earliest": _ts(earliest.toordinal()) if earliest else NaT,
        "latest": _ts(latest.toordinal()) if latest else NaT,
        "basis": basis,
    }
