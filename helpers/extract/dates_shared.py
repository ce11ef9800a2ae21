"""What the Finnish, Swedish and Russian date extractors share: the scaffolding their grammars run in.

:mod:`helpers.extract.dates_fi` and :mod:`helpers.extract.dates_sv` read a text the same way and differ only in
their tables, patterns and rules, which stay in each language's module; this module holds the rest, given those
as arguments:

* :func:`scan`: the pass over the word starts a mention may open with, matching the language's grammar there and
  reading each match with its ``parse``; :func:`join_yearless` then gives a year-less day (or month) before a
  dash the year of the dated one after it (``30.11.–13.12.2023``);
* :func:`clause_bounds`, :func:`words`, :func:`clause_cue`: where the verb that gives a year-less or relative
  mention its tense is sought (its clause, then its sentence, nearest first), read by the language's ``cue``;
* :func:`day_kind`: a day mention from its parts (day, month, year, weekday, night), checked against the calendar;
* :func:`trim_year`: a trailing year that is really a count (``marraskuussa 2000 ihmistä``); :func:`span_end_year`:
  the second year of a span (``2015–16``);
* :func:`resolve_mentions` (with a :class:`Grammar`): the publication date or anchor, the tense and the value of
  each scanned mention, as rows in ``COLUMNS`` order; :func:`resolve_night` for a night around a resolved day.

:mod:`helpers.extract.dates_ru` (a grammar of its own, on a normalised copy of the text) shares the output
(:func:`granularity`, :func:`stated_row`, :func:`date_row`), :func:`day_kind` and :func:`span_end_year`. The
calendar arithmetic is the English extractor's (:mod:`helpers.extract.dates`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

import pandas as pd

from .dates import _DECIDED, _month_days, _month_end, _to_date, _ts, _wd_years, _ymd, infer_anchor, month_only

__all__ = ["Grammar", "clause_bounds", "clause_cue", "date_row", "day_kind", "granularity", "join_yearless", "resolve_mentions",
           "resolve_night", "scan", "span_end_year", "stated_row", "trim_year", "words"]

NaT = pd.NaT

# --------------------------------------------------------------------------- output rows
_AGO_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year"}


def granularity(kind: str, data, table: dict) -> str:
    """The granularity of a scanned mention: a stated one's own, ``bad``'s, an ``ago``'s unit, else *table*[kind].

    >>> granularity("ago", (2, "week"), {}), granularity("wd", (4, None), {"wd": "day"})
    ('day', 'day')
    """
    if kind == "abs":
        return data[2]
    if kind == "bad":
        return data
    if kind == "ago":
        return _AGO_GRANULARITY[data[1]]
    return table[kind]


def stated_row(span: str, s: int, e: int, data, gran: str) -> tuple:
    """The row of a mention that states its own dates (``data`` = (start date, end date, ...)): anchored on ``text``.

    >>> stated_row("18.11.2023", 0, 10, (date(2023, 11, 18), date(2023, 11, 18), "day"), "day")[3:]
    (Timestamp('2023-11-18 00:00:00'), Timestamp('2023-11-18 00:00:00'), 'day', 'text', False)
    """
    return span, s, e, _ts(data[0].toordinal()), _ts(data[1].toordinal()), gran, "text", False


def date_row(span: str, s: int, e: int, r, gran: str, how: str, inferred: bool) -> tuple:
    """The row of a resolved mention: *r* its (start, end) dates, or None (then NaT, anchored on nothing).

    >>> date_row("perjantaina", 5, 16, None, "day", "published", False)[3:]
    (NaT, NaT, 'day', None, False)
    """
    if r is None:
        return span, s, e, NaT, NaT, gran, None, False
    a, b = _ts(r[0].toordinal()), _ts(r[1].toordinal())
    if a is NaT or b is NaT:
        return span, s, e, NaT, NaT, gran, None, False
    return span, s, e, a, b, gran, how, inferred


# --------------------------------------------------------------------------- scanning
def scan(text: str, starts: re.Pattern, master: re.Pattern, parse: Callable, *, lead: str | None = None) -> list:
    """The mentions of *text* as ``(start, end, kind, data, deadline, flag)``, left to right, not overlapping.

    The grammar *master* is tried at each match of *starts* (the words a mention may open with) not inside the
    last mention; *parse(text, match)* reads a match as ``(kind, data, start, end, deadline, flag)`` or rejects it
    (None). When it rejects a match whose group *lead* (a preposition) matched, what follows the preposition is
    tried on its own (``i vår region``: not ``i vår``, spring).

    >>> parse = lambda text, m: ("n", int(m.group()), *m.span(), False, False)
    >>> scan("a 12 b", re.compile(r"[0-9]"), re.compile(r"[0-9]+"), parse)
    [(2, 4, 'n', 12, False, False)]
    """
    out = []
    pos = 0
    match = master.match
    for mt in starts.finditer(text):
        t = mt.start()
        if t < pos:
            continue
        m = match(text, t)
        p = None
        while m is not None:
            p = parse(text, m)
            if p is not None or lead is None or m.group(lead) is None:
                break
            nxt = m.end(lead)
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            m = match(text, nxt)
        if p is None:
            continue
        kind, data, s, e, deadline, flag = p
        out.append((s, e, kind, data, deadline, flag))
        pos = e
    return out


def join_yearless(out: list, text: str, day_gap: re.Pattern, month_gap: re.Pattern | None = None) -> list:
    """*out* (from :func:`scan`) with a year-less day before a *day_gap* (a dash) and a stated day taking that day's
    year, or the year before (``18.11.–13.12.2023``); with *month_gap*, likewise a year-less month before a month
    with its year (``januari–februari 2023``). Changes *out* in place and returns it."""
    for i in range(len(out) - 1):
        s, e, k, d, dl, fl = out[i]
        s2, _, k2, d2, _, _ = out[i + 1]
        if k == "md" and d[3] is None and k2 == "abs" and d2[2] in ("day", "night") and day_gap.fullmatch(text[e:s2]):
            y = d2[0].year
            a = _ymd(y, d[0], d[1])
            if a and a > d2[0]:
                y -= 1
            a, b = _ymd(y, d[0], d[1]), _ymd(y, d[0], d[2] or d[1])
            if a and b:
                out[i] = (s, e, "abs", (a, b, "day"), dl, fl)
        elif month_gap is not None and k == "mon" and d[1] is None and k2 == "abs" and d2[2] == "month" and \
                month_gap.fullmatch(text[e:s2]):
            y = d2[0].year - (1 if d[0] > d2[0].month else 0)
            out[i] = (s, e, "abs", (date(y, d[0], 1), _month_end(y, d[0]), "month"), dl, fl)
    return out


def day_kind(month: int, d1: int, d2: int | None, year: int | None, yoff, wd, night: str | None = None) -> tuple:
    """(kind, data) of a day mention from its parts (days *d1* to *d2* of *month*; *year* stated, or *yoff* years
    from publication; *wd* the weekday stated with it): ``bad`` for no such day (``31. marraskuuta``), ``abs`` with
    a year, else a year-less ``md``. *night* ``eve`` (the night before the day) or ``span`` (the nights between the
    days) makes it a night.

    >>> day_kind(11, 18, None, 2023, None, None), day_kind(11, 31, None, None, None, None)
    (('abs', (datetime.date(2023, 11, 18), datetime.date(2023, 11, 18), 'day')), ('bad', 'day'))
    >>> day_kind(11, 18, None, None, None, 5, "eve")
    ('night', ('md', (11, 18, None, None, 5), 'eve'))
    """
    if d2 is not None and d2 <= d1:
        d2 = None
    if (d2 or d1) > _month_days(month):
        return "bad", "day"
    if year is not None:
        a, b = _ymd(year, month, d1), _ymd(year, month, d2 or d1)
        if not (a and b):
            return "bad", "day"
        if night:
            return "abs", (a - timedelta(days=1) if night == "eve" else a, b, "night")
        return "abs", (a, b, "day")
    data = (month, d1, d2, yoff, wd)
    if night:
        return "night", ("md", data, night)
    return "md", data


def span_end_year(y1: int, second: str) -> int | None:
    """The last year of a span of years from *y1* whose second year is written *second* (``2015–2016``,
    ``2015–16``), or None when that is no span (not after *y1*, or more than 50 years on: a count, a code).

    >>> span_end_year(2015, "16"), span_end_year(2015, "2016"), span_end_year(2015, "14")
    (2016, 2016, None)
    """
    y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    return None if y2 <= y1 or y2 - y1 > 50 else y2


def trim_year(text: str, s: int, e: int, year_ok: Callable, trailing: re.Pattern) -> int:
    """End of the span text[s:e] without its trailing year (group 1 of *trailing*) when *year_ok* says that year is
    really a count (``marraskuussa 2000 ihmistä``), else *e*."""
    m = trailing.search(text[s:e])
    if m and not year_ok(text, s + m.start(1), e):
        return s + m.start()
    return e


# --------------------------------------------------------------------------- where the tense is read
WORD = re.compile(r"[^\W\d_]+(?:[-:][^\W\d_]+)*")
_SENT_END = re.compile(r"[.!?][\"”»']?\s+(?=[\"”»«–-]?\s*[A-ZÅÄÖ])|\n")
_CLAUSE_DELIM = re.compile(r"[,;:()\[\]–—]")


def words(text: str, a: int, b: int) -> list:
    """The words of text[a:b] as (word, lower-cased word).

    >>> words("Raja suljettiin 18.11.", 0, 22)
    [('Raja', 'raja'), ('suljettiin', 'suljettiin')]
    """
    return [(m.group(), m.group().lower()) for m in WORD.finditer(text, a, b)]


def clause_bounds(text: str, s: int, e: int):
    """(sentence start, clause start, clause end, sentence end) around text[s:e], at most 240 characters either side.

    >>> clause_bounds("Ei. Raja suljettiin, kun tuli lunta. Nyt.", 5, 19)
    (4, 4, 19, 36)
    """
    lo = max(0, s - 240)
    ss = lo
    for m in _SENT_END.finditer(text, lo, s):
        ss = m.end()
    m = _SENT_END.search(text, e, e + 240)
    se = m.start() + 1 if m else min(len(text), e + 240)
    cs = ss
    for m in _CLAUSE_DELIM.finditer(text, ss, s):
        cs = m.end()
    m = _CLAUSE_DELIM.search(text, e, se)
    ce = m.start() if m else se
    return ss, cs, ce, se


def _nearest(before: list, after: list, cue: Callable):
    """(index in before + after, cue) of the nearest word *cue* reads as a verb, before first at equal distance."""
    toks = before + after
    m = len(before)
    for d in range(max(m, len(after))):
        i = m - 1 - d
        if i >= 0:
            c = cue(toks, i)
            if c is not None:
                return i, c
        j = m + d
        if j < len(toks):
            c = cue(toks, j)
            if c is not None:
                return j, c
    return None


def clause_cue(text: str, s: int, e: int, cue: Callable, bounds: tuple):
    """The verb cue nearest the mention text[s:e] in its clause, else in its sentence (*bounds* from
    :func:`clause_bounds`): ``(cue, words between it and the mention)`` (no words when the cue follows the
    mention), or None. *cue(words, i)* reads ``words[i]`` (see :func:`words`) as a tense, or None.

    >>> cue = lambda toks, i: (-1, "past") if toks[i][1] == "suljettiin" else None
    >>> text = "Raja suljettiin heti perjantaina."
    >>> clause_cue(text, 21, 32, cue, clause_bounds(text, 21, 32))
    ((-1, 'past'), [('heti', 'heti')])
    """
    ss, cs, ce, se = bounds
    before = words(text, cs, s)
    hit = _nearest(before, words(text, e, ce), cue)
    if hit is None:
        before = words(text, ss, s)
        hit = _nearest(before, words(text, e, se), cue)
        if hit is None:
            return None
    i, c = hit
    return c, before[i + 1:] if i < len(before) else []


# --------------------------------------------------------------------------- resolution
@dataclass(frozen=True)
class Grammar:
    """What :func:`resolve_mentions` needs of a language module.

    *scan(text)*: its mentions ``(start, end, kind, data, deadline, flag)``; *tense(text, s, e, deadline)*: 1 future,
    -1 past, 0 none or ``dates._DECIDED``; *value(kind, data, ref, tense, exact, wd_years)*: (start, end) dates or
    None; *gran*: kind -> granularity; *tensed*: the kinds whose value depends on the tense; *day_needing*: the kinds
    that need the publication day; *month_enough(kind, data)*: whether a month-only publication date resolves it;
    *flag_is_past*: a mention whose flag is set (Swedish ``sedan``) starts a span that reaches the present.
    """
    scan: Callable
    tense: Callable
    value: Callable
    gran: dict
    tensed: frozenset
    day_needing: frozenset
    month_enough: Callable
    flag_is_past: bool = False


def resolve_mentions(text: str, published, anchor, nearest: bool, grammar: Grammar) -> list[tuple]:
    """The date mentions of *text* as tuples in COLUMNS order, sorted by position (the body of ``find_dates``).

    *published* resolves relative expressions (a month alone resolves what needs only the month); without it,
    *anchor* (or, failing that, an anchor inferred from the text's own dated mentions) resolves what needs no
    publication day, marked ``inferred``; the rest stays NaT. *nearest*: a year-less date takes the instance
    nearest the anchor whatever its tense.
    """
    raw = grammar.scan(text)
    if not raw:
        return []
    tense, value, gran_of, tensed = grammar.tense, grammar.value, grammar.gran, grammar.tensed
    day_needing, month_enough, flag_is_past = grammar.day_needing, grammar.month_enough, grammar.flag_is_past
    month = None if published is None or published is NaT else month_only(published)
    ref = None if month is not None else _to_date(published)
    exact = ref is not None
    how = "published"
    wd_years = None
    if month is None and ref is None:
        how = "inferred"
        ref = _to_date(anchor)
        if ref is None and any(k not in ("abs", "bad") and k not in day_needing for _, _, k, _, _, _ in raw):
            ref = infer_anchor(text, raw, tense)
        if ref is not None:
            wd_years = _wd_years(ref, True)
    inferred = not exact and month is None
    rows = []
    for s, e, kind, data, deadline, flag in raw:
        gran = granularity(kind, data, gran_of)
        span = text[s:e]
        if kind == "abs":
            rows.append(stated_row(span, s, e, data, gran))
            continue
        r = None
        if kind != "bad":
            if flag and flag_is_past:
                t = -1  # sedan fredagen: the start of a span that reaches the present
            else:
                t = tense(text, s, e, deadline) if kind in tensed else 0
            if nearest and kind in ("md", "mon", "part"):
                t = _DECIDED
            try:
                if month is not None:
                    if month_enough(kind, data):
                        r = value(kind, data, month[0] if t in (1, _DECIDED) else month[1], t, True, None)
                elif ref is not None and (exact or kind not in day_needing):
                    r = value(kind, data, ref, t, exact, wd_years)
            except (ValueError, OverflowError):
                r = None
        rows.append(date_row(span, s, e, r, gran, how, inferred))
    return rows


def resolve_night(value: Callable, data, ref: date, tense, exact: bool, wd_years):
    """(start, end) of a night around a day: *data* = (kind, data, shape) of the day, resolved by *value*; shape
    ``eve`` the night before it (start the eve), ``after`` the night after it, else the day(s) as resolved."""
    base_kind, base, shape = data
    r = value(base_kind, base, ref, tense, exact, wd_years)
    if r is None:
        return None
    if shape == "eve":
        return r[1] - timedelta(days=1), r[1]
    if shape == "after":
        return r[0], r[0] + timedelta(days=1)
    return r
