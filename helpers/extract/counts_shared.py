"""What the Finnish, Swedish and Russian count extractors share: the scaffolding their tables and rules run in.

:mod:`helpers.extract.counts_fi` and :mod:`helpers.extract.counts_sv` read counts the same way and differ in their
tables (nouns, number words, hedges) and in how a number word and its counted noun are read, which stay in each
language's module. This module holds the rest, given those as arguments:

* :func:`read_counts`: the pass over a text (candidates, dates and addresses skipped, one :class:`Reader` per
  text, the noun an elliptical count implies, the English noun in the count's number);
* :class:`Reader`: the text and its lower-cased copy, a hedge before the number (:meth:`Reader.context`), digits
  and what makes them no count (:meth:`Reader.number_at`), a range after them (:meth:`Reader.range_after`);
* :func:`antecedent` and :func:`candidates`: the counted noun an elliptical count takes from its sentence or the
  two before it (the rules are told in :mod:`helpers.extract.counts_fi`'s docstring);
* :func:`lookup_in` and :func:`lemmatizer`: a word's entry in a language's noun table, by surface pattern, the
  word, its lemma (simplemma) or the last part of a compound; :func:`morphemes`: the parts of a number word;
* small helpers on the text: :func:`prev_word`, :func:`sent_initial`, :func:`words_after`, :func:`name_before`,
  :func:`english`.

:mod:`helpers.extract.counts_ru` (a reader of its own, on pymorphy3's lemmas) shares :func:`counts_frame`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import pandas as pd
import simplemma

from .counts import COLUMNS, _URL_RE, _line_start as line_start, _lower, _sentence_starts

__all__ = ["COLUMNS", "Reader", "antecedent", "candidates", "counts_frame", "english", "lemmatizer", "line_start",
           "lookup_in", "morphemes", "name_before", "prev_word", "read_counts", "sent_initial", "words_after"]

NAN = float("nan")
DIGITS = r"[0-9]+(?:[ \u00a0\u202f][0-9]{3}(?![0-9]))*"  # 1 300, 1\u00a0300: space-separated thousands
DIGITS_RE = re.compile(DIGITS)
DECIMAL_RE = re.compile(r",[0-9]+")
RANGE_RE = re.compile(r"[ \t\u00a0]*[-–—][ \t\u00a0]*(" + DIGITS + r")(?![0-9]|[.,:][0-9])")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
WORD_RE = re.compile(r"[ \t\u00a0]*([^\W\d_]+(?:-[^\W\d_]+)*(?::[^\W\d_]+)?)")
PCT_RE = re.compile(r"[ \t\u00a0]?(%|€)")


# --------------------------------------------------------------------------- the table
def counts_frame(rows: list[tuple]):
    """Rows of a ``find_counts`` (of any language) as a typed table, columns ``COLUMNS``.

    >>> counts_frame([("4 KPP", 0, 5, 4.0, float("nan"), "border crossings", False)]).dtypes["value"]
    dtype('float64')
    """
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.astype({"start_char": "int64", "end_char": "int64", "value": "float64", "of": "float64",
                      "approx": "bool"})


# --------------------------------------------------------------------------- nouns
def lemmatizer(lang: str) -> Callable[[str], str]:
    """simplemma's lower-cased lemma of a word in *lang* (cached).

    >>> lemmatizer("sv")("gränsövergångarna")
    'gränsövergång'
    """
    @lru_cache(maxsize=65536)
    def lemma(word: str) -> str:
        return simplemma.lemmatize(word, lang=lang).lower()
    return lemma


def lookup_in(word: str, surface: list, nouns: dict, suffixes: list, lemma: Callable):
    """The entry of a lower-cased *word* in the noun table *nouns*, or None: the first of *surface* ((compiled
    pattern, key) tried on the word whole), the word itself, its *lemma*, or the last part of the lemma (*suffixes*,
    longest first: a compound takes the entry of its last part).

    >>> lookup_in("lisävartijaa", [], {"vartija": ("guards", "guard", "ante")}, ["vartija"], lambda w: w[:-1])
    ('guards', 'guard', 'ante')
    """
    w = word.split(":", 1)[0]
    for rx, key in surface:
        if rx.fullmatch(w):
            return nouns[key]
    if w in nouns:
        return nouns[w]
    lem = lemma(w)
    if lem in nouns:
        return nouns[lem]
    for key in suffixes:
        if lem.endswith(key) and len(lem) > len(key):
            return nouns[key]
    return None


def morphemes(word: str, pattern: re.Pattern, table: dict) -> list | None:
    """The entries of *table* for the morphemes a number word is made of, left to right (*pattern* matches the
    table's keys, longest first), or None when the word is not made of them only.

    >>> table, pattern = {"kaksi": 2, "kymmentä": 10, "viisi": 5}, re.compile("kaksi|kymmentä|viisi")
    >>> morphemes("kaksikymmentäviisi", pattern, table), morphemes("kaksio", pattern, table)
    ([2, 10, 5], None)
    """
    pos, morphs = 0, []
    while pos < len(word):
        m = pattern.match(word, pos)
        if m is None or m.end() == pos:
            return None
        morphs.append(table[m.group()])
        pos = m.end()
    return morphs


def english(entry, value: float, of: float, vague: bool = False) -> str:
    """The ``what`` of a count: the entry's English plural, its singular for one (no ``of``, not vague); units and
    lemmas (a noun outside the table) as they are; '' for no entry.

    >>> english(("border crossings", "border crossing", "ante"), 1.0, NAN), english(("days", "days", "unit"), 1.0, NAN)
    ('border crossing', 'days')
    """
    if entry is None:
        return ""
    plural, singular, kind = entry
    if kind in ("unit", "lemma"):
        return plural
    return singular if value == 1 and of != of and not vague else plural


# --------------------------------------------------------------------------- the text around a number
def prev_word(low: str, s: int) -> str:
    """The word before position s, quotes and brackets stripped.

    >>> prev_word("(noin 280 ihmistä", 6)
    'noin'
    """
    j = s
    while j > 0 and low[j - 1] in " \t\u00a0":
        j -= 1
    i = j
    while i > 0 and not low[i - 1].isspace():
        i -= 1
    return low[i:j].strip("(\"”“'«»")


def sent_initial(text: str, s: int) -> bool:
    """Whether position s opens a sentence, a line or a quote (a capital there is no name)."""
    j = s - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?:;\"“”'‘(\n[•*-–—»«"


def words_after(text: str, p: int, k: int = 5):
    """Up to k words after p in the same clause (no punctuation, digits or line break in between), as (word, start,
    end).

    >>> words_after("4 uutta asemaa, 2", 1)
    [('uutta', 2, 7), ('asemaa', 8, 14)]
    """
    out = []
    for _ in range(k):
        m = WORD_RE.match(text, p)
        if m is None:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        p = m.end()
    return out


def name_before(text: str, s: int, pw: str) -> bool:
    """Whether *pw*, the word before position s, is capitalised inside a sentence: the number is part of a name
    (``Valtatie 6``, ``Airbus 320``)."""
    j = s
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    return text[j - len(pw):j][:1].isupper() and not sent_initial(text, j - len(pw))


def _num_end(text: str, s: int) -> int:
    m = DIGITS_RE.match(text, s)
    if m:
        return m.end()
    m = TOKEN_RE.match(text, s)
    return m.end() if m else s


# --------------------------------------------------------------------------- antecedents
def antecedent(text: str, s: int, prev: list, value: float, pronoun, candidates: Callable, person_nouns: frozenset,
               breakdown_before: re.Pattern, breakdown_after: re.Pattern):
    """The entry an elliptical count implies (see :mod:`helpers.extract.counts_fi`'s docstring), or None.

    *prev*: ``(start, end, entry, value)`` of the counts so far; *candidates(text, a, b)*: ``(end, entry,
    plural)`` of the counted nouns of the table in ``text[a:b]``. *pronoun*: True after "heistä", "niistä" (the
    nearest plural noun), ``"person"`` after a personal pronoun in the clause (the nearest noun of *person_nouns*).
    A count after a comma or "and" (*breakdown_before*) followed by a place (*breakdown_after*) breaks the last
    count down (``, 67 Vartiuksen kautta``): it takes that count's noun.
    """
    starts = _sentence_starts(text, s)
    sent, ws = starts[0], starts[-1]
    counted = [(pe, pent, pv != 1) for ps, pe, pent, pv in prev if ws < pe <= s and pent is not None
               and pent[2] not in ("unit", "noun")]  # "noun": counted, never implied ("kolmessa ryhmässä: 21, 20")
    last = counted[-1] if counted else None
    want_plural = value != 1
    if pronoun == "person":  # "heitä oli saapunut 80": a noun of people, the nearest
        cands = sorted(candidates(text, ws, s) + counted, key=lambda c: c[0], reverse=True)
        return next((c[1] for c in cands if c[1][0] in person_nouns), None)
    if pronoun:
        cands = sorted(candidates(text, ws, s) + counted, key=lambda c: c[0], reverse=True)
        best = next((c[1] for c in cands if c[2]), None)
        return best if best is not None else (cands[0][1] if cands else None)
    if last is not None and last[0] >= sent and breakdown_before.search(text, max(0, s - 8), s) \
            and breakdown_after.match(text, _num_end(text, s)):
        return last[1]
    lo = sent if last is None or last[0] < sent else last[0]
    cands = candidates(text, lo, s)[::-1]
    if last is not None and last[0] >= sent:
        cands.append(last)
    best = next((c[1] for c in cands if c[2] or not want_plural), None)
    if best is None and last is not None and last[0] >= sent:
        return last[1]
    if best is None:
        before = sorted(candidates(text, ws, sent) + [c for c in counted if c[0] <= sent],
                        key=lambda c: c[0], reverse=True)
        cands += before
        best = next((c[1] for c in cands if c[2] or not want_plural), None)
        if best is None and cands:
            best = cands[0][1]
    return best


def candidates(text: str, a: int, b: int, *, stop: frozenset, lookup: Callable, plural_re: re.Pattern) -> list:
    """``(end, entry, plural)`` of the nouns of text[a:b] that an elliptical count may take (kind ``ante`` in the
    table; names and *stop* words skipped; *plural_re* tells a plural by its ending).

    >>> table = {"hakijaa": ("applicants", "applicant", "ante")}
    >>> candidates("Tuli 5 hakijaa.", 0, 15, stop=frozenset(), lookup=table.get, plural_re=re.compile("jat$"))
    [(14, ('applicants', 'applicant', 'ante'), False)]
    """
    out = []
    for m in TOKEN_RE.finditer(text, a, b):
        w = m.group()
        if w[0].isupper() and not sent_initial(text, m.start()):
            continue  # a name: Rajavartiolaitos
        lw = w.lower()
        if lw in stop or len(lw) < 3:
            continue
        entry = lookup(lw)
        if entry is not None and entry[2] == "ante":
            out.append((m.end(), entry, bool(plural_re.search(lw))))
    return out


# --------------------------------------------------------------------------- reading one count
class Reader:
    """The state of one pass over a text, and what every language reads alike. A language's reader sets
    ``hedge_last`` (the last words of its hedges, a cheap test) and ``hedge_re`` (a hedge ending at the number:
    group 1 an approximating one, else one kept in the span, ``kaikki``), and defines ``digits(s, e, prev)`` and
    ``word(s, e, prev)``: ``(start, end, value, of, entry, approx, kind)`` of the count there, or None."""
    hedge_last: frozenset = frozenset()
    hedge_re: re.Pattern | None = None

    def __init__(self, text: str):
        self.text = text
        self.low = _lower(text)
        self.n = len(text)

    def read(self, m, prev):
        """The count at a candidate match: group 1 digits, group 2 a word."""
        if m.group(1) is not None:
            return self.digits(m.start(1), m.end(1), prev)
        return self.word(m.start(2), m.end(2), prev)

    # ---- context before the number
    def context(self, s: int):
        """(span start, approx, flag) from a hedge just before s: flag ``hedge`` (:meth:`hedge_flag`), ``all`` for
        one kept in the span and not approx (``kaikki``, ``alla``), None for none."""
        pw = prev_word(self.low, s)
        if pw not in self.hedge_last:
            return s, False, None
        m = self.hedge_re.search(self.low, max(0, s - 40), s)
        if m is None:
            return s, False, None
        if m.group(1) is not None:
            return m.start(), True, self.hedge_flag(m)
        return m.start(), False, "all"

    def hedge_flag(self, m) -> str:
        """The flag of an approximating hedge."""
        return "hedge"

    # ---- digits
    def number_at(self, s: int, e: int):
        """``(end, value, next character, year_like)`` of the digits at text[s:e] with a decimal comma, or None when
        they are no count: glued to a code (``COVID-19``, ``Su-27``), a clock time or a date (``9:15``, ``20.00``,
        ``16.11.2023``), a list marker (``1.``, ``(3)``), a reference number of a year (``511/2023``) or a number with a
        leading zero (``0295``). A first group of
        more than three digits is a number of its own (``2015 1 700``: a year, then a number)."""
        text, n = self.text, self.n
        if s:
            c = text[s - 1]
            if c in "_@#/+&=\\$£" or (c in ".,:-–" and s > 1 and text[s - 2].isalnum()):
                return None  # COVID-19, Su-27, 9:15
        raw = text[s:e]
        groups = re.split(r"[ \u00a0\u202f]", raw)
        if len(groups) > 1 and len(groups[0]) > 3:
            e = s + len(groups[0])  # "2015 1 700": a year, then a number
            raw = groups[0]
            groups = [raw]
        value = float("".join(groups))
        is_int = True
        nxt = text[e] if e < n else ""
        if nxt == "/" and re.match(r"/(?:19|20)\d\d(?!\d)", text[e:e + 6]):
            return None  # "Pressmeddelande 511/2023", "asia 123/2024": a reference number of that year
        if nxt == "," and e + 1 < n and text[e + 1].isdigit():
            md = DECIMAL_RE.match(text, e)
            value = float("".join(groups) + "." + md.group()[1:])
            e = md.end()
            is_int = False
            nxt = text[e] if e < n else ""
        if nxt in (":", ".") and e + 1 < n and text[e + 1].isdigit():
            return None  # 9:15, 20.00, 16.11.2023
        if nxt in ".)" and (line_start(text, s) or text[s - 1:s] == "(" or (
                sent_initial(text, s) and e + 1 < n and text[e + 1] in " \t")):
            return None  # list markers: "1.", "2)", "(3)", ": 1. Raja suljetaan"
        if raw[0] == "0" and len(raw) > 1 and is_int:
            return None  # 00.00, 0295, postcodes
        return e, value, nxt, is_int and len(groups) == 1 and len(raw) == 4 and "1800" <= raw <= "2099"

    def range_after(self, e: int, value: float, year_like: bool):
        """End of a range of digits after the number ending at e (``30–40``: read as its lower bound), None when none
        follows, -1 when the range makes it no count (a span of years ``2022–2023``, a score or a code ``1–0``)."""
        text = self.text
        mr = RANGE_RE.match(text, e) if e < self.n and text[e] in " \t\u00a0-–—" else None
        if mr is None:
            return None
        second = mr.group(1)
        if year_like or (len(second) == 4 and "1800" <= second <= "2099") or float(re.sub(r"\D", "", second)) <= value:
            return -1
        return mr.end()


# --------------------------------------------------------------------------- the pass
def read_counts(text: str, reader: type, scan_dates: Callable, candidate_re: re.Pattern, vague: Callable,
                candidates: Callable, *, person_nouns: frozenset = frozenset(), breakdown: tuple) -> list[tuple]:
    """Stated counts in *text* as ``(text, start_char, end_char, value, of, what, approx)`` tuples.

    Each match of *candidate_re* (group 1 digits, group 2 a word) outside a date of *scan_dates* (the language's
    date scanner), an address or the last count is read by *reader*; *vague(match)* tells a vague number word
    (``satoja``: plural ``what``); a count with no noun takes :func:`antecedent`'s (*candidates*, *person_nouns*,
    *breakdown* = (before, after) patterns).
    """
    if not text:
        return []
    rd = reader(text)
    skips = [(s, e) for s, e, *_ in scan_dates(text)]
    if "://" in text or "www." in text or "@" in text or "+" in text:
        skips += [m.span() for m in _URL_RE.finditer(text)]
    out, prev = [], []
    last_end = 0
    for m in candidate_re.finditer(rd.low):
        s = m.start()
        if s < last_end:
            continue
        if skips and any(a <= s < b for a, b in skips):
            continue
        row = rd.read(m, prev)
        if row is None:
            continue
        start, end, value, of, entry, approx, kind = row
        if start < last_end or any(a <= start < b for a, b in skips):
            start = s  # a hedge inside the last count or a date: the count alone
        if entry is None:
            entry = antecedent(text, start, prev, value, "person" if kind == "person" else kind == "pronoun",
                               candidates, person_nouns, *breakdown)
        what = english(entry, value, of, vague(m) or kind == "of-plural")
        prev.append((start, end, entry, value))
        out.append((text[start:end], start, end, float(value), float(of), what, bool(approx)))
        last_end = end
    return out
