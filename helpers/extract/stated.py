"""Every count and date each article states, with the sentence it came from.

``stated_figures(articles)`` runs the date and count extractors once per article over its
title, standfirst and body, anchors dates on the publication date (or on what the text
establishes, marked ``inferred``), and adds what a chart or a comparison needs: the topic of
each count (from the documented table ``helpers/data/nouns.csv``), whether a crossings count is
about open or closed crossings, and the date each count refers to.

>>> from helpers import load_corpus
>>> from helpers.paths import SEEDS
>>> figs = stated_figures(load_corpus(SEEDS))
>>> row = figs[figs["kind"] == "count"].iloc[0]
>>> row["text"], float(row["value"]), float(row["of"]), row["state"], row["ref_text"]
('one out of eight checkpoints', 1.0, 8.0, 'open', 'in late November')
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .dates import estimate_publication
from .languages import count_finder, date_finder
from ..paths import DATA
from ..load.text import split_paragraphs, split_sentences

FIELDS = ("title", "standfirst", "body")
COLUMNS = [
    "article_id", "kind", "field", "text", "start_char", "end_char", "sentence_no", "sentence",
    # dates
    "start", "end", "granularity", "anchored_on", "inferred",
    # counts
    "value", "of", "what", "approx", "topic", "state", "ref_text", "ref_start", "ref_end", "ref_from",
    # the article
    "label", "outlet", "perspective", "published",
]

_OPEN = re.compile(r"\b(?:re-?open\w*|open(?:ed|s|ing)?|remain(?:s|ed)? open|stay(?:s|ed)? open|operat\w+|functioning|"
                   r"resum\w+)\b", re.I)  # "a partial resumption of two checkpoints": two open again
_CLOSED = re.compile(r"\b(?:clos(?:e|ed|es|ing|ure|ures)|shut(?:s|ting|down)?|suspend\w*|seal\w*)\b", re.I)

# The state words of Russian, Finnish and Swedish articles (chosen by the article's ``language``; any
# other language is read with the English ones above). Per language: open words, closed words, open
# words negated (closed: "не работают", "eivät ole auki", "inte öppna"), and the word that introduces the
# whole in "k of n" ("четыре из восьми работающих КПП": "работающих" is the whole's, not the four's).
STATE_WORDS = {
    "ru": dict(
        # открыт(ь/ы), откроет, открывает, возобновит, работают / работающие (not the noun "работу":
        # "приостановили работу" is closed), действуют / действующие, функционируют, заработают
        open=r"\b(?:откр[ыо]\w*|возобнов\w*|работа(?:ет|ют|ющ\w*|л|ла|ли|ло|ть)|заработа\w*|действу(?:ет|ют|ющ\w*)|"
             r"функционир\w*)",
        closed=r"\b(?:закр[ыо]\w*|приостан\w*|перекр[ыо]\w*|прекрат\w*\s+работ\w*|прекращ\w*\s+работ\w*)",
        negated_open=r"\bне\s+(?:будут\s+|будет\s+)?(?:откр[ыо]\w*|работа\w*|действу\w*|функционир\w*)",
        whole=" из "),
    "fi": dict(
        # avata / avataan / avattu / avasi / avautuu / avoinna (not "avain", a key), auki, aukeaa, toimii,
        # toiminnassa; sulkea / sulkee / suljettu / suljetaan / sulkeminen, kiinni, keskeyttää
        open=r"\b(?:av(?:at|aa|as|au|oi)\w*|uudelleenava\w*|auki|auke(?:a|n|s)\w*|toimi(?:i|vat|va|vana|via|vien)|"
             r"toiminnassa)\b",
        closed=r"\b(?:sul(?:k|j)\w*|kiinni|keskeyt\w*)",
        negated_open=r"\b(?:ei|eivät|eikä)\s+(?:ole\s+|enää\s+|olla\s+)*(?:auki|avoinna|avoimia|avata|avattu|toimi\w*)\b",
        whole=None),
    "sv": dict(
        # öppna / öppnar / öppnas / öppnade / öppen / öppet, återöppnar, i drift, fungerar; stänga / stängd /
        # stängning, spärra
        open=r"\b(?:öppn\w*|öppe[nt]|återöppn\w*|i\s+drift|fungera\w*)\b",
        closed=r"\b(?:stäng\w*|spärr\w*)",
        negated_open=r"\b(?:inte|ej|icke)\s+(?:längre\s+)?(?:öppn\w*|öppe[nt]|i\s+drift|fungera\w*)\b",
        whole=" av "),
}
_STATE_RX = {lang: (re.compile(w["open"], re.I), re.compile(w["closed"], re.I), re.compile(w["negated_open"], re.I), w["whole"])
             for lang, w in STATE_WORDS.items()}


@lru_cache(maxsize=1)
def noun_topics() -> tuple[tuple[str, str], ...]:
    """The equivalent-noun table, longest noun first: ``((noun, topic), ...)``."""
    table = pd.read_csv(DATA / "nouns.csv", dtype=str, keep_default_na=False)
    pairs = {(n.strip().lower(), t.strip()) for n, t in zip(table["noun"], table["topic"]) if n.strip()}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def topic_of(what: str) -> str:
    """The topic a counted noun belongs to (``crossings``, ``people``...), or ``other``.

    >>> topic_of("border crossings"), topic_of("Illegal migrants"), topic_of("tanks")
    ('crossings', 'people', 'other')
    """
    return _topic_of_lower((what or "").strip().lower())


@lru_cache(maxsize=4096)
def _topic_of_lower(w: str) -> str:
    """``topic_of`` for a stripped, lower-cased noun (cached: a corpus counts few distinct nouns)."""
    for noun, topic in noun_topics():
        if w == noun or w.endswith(" " + noun):
            return topic
    return "other"


def crossing_state(sentence: str, start: int, end: int, *, language: str | None = None) -> str | None:
    """``open`` or ``closed``: the state word nearest to a count in its sentence (None if neither).

    *language*: the article's (``ru``, ``fi``, ``sv`` have state words of their own, ``STATE_WORDS``;
    any other is read as English).

    >>> s = "Finland closed four of the eight border crossings."
    >>> crossing_state(s, 15, 49)
    'closed'
    >>> s = "Finland shut seven of the eight operating border crossings."
    >>> crossing_state(s, 13, 58)  # "operating" describes the eight, not the seven
    'closed'
    >>> crossing_state("С 18 ноября закрыты четыре из восьми пунктов пропуска.", 20, 53, language="ru")
    'closed'
    >>> crossing_state("Kaksi rajanylityspaikkaa ei ole enää auki.", 0, 24, language="fi")
    'closed'
    """
    own = _STATE_RX.get(language or "en")
    if own is None:
        patterns, negated, marker = (("open", _OPEN), ("closed", _CLOSED)), None, " of "
    else:
        patterns, negated, marker = (("open", own[0]), ("closed", own[1])), own[2], own[3]
    best, best_dist = None, None
    whole = sentence.find(marker, start, end) if marker else -1  # "shut seven of the eight operating crossings": the whole's
    hits = [(state, m) for state, pattern in patterns for m in pattern.finditer(sentence)]
    if negated is not None:  # "не работают": a negated open word is a closed one (the open word inside it is not read)
        spans = list(negated.finditer(sentence)) + [m for s, m in hits if s == "closed"]
        hits = [(s, m) for s, m in hits if s == "closed" or not any(n.start() <= m.start() < n.end() for n in spans)]
        hits += [("closed", m) for m in negated.finditer(sentence)]
        hits.sort(key=lambda h: (0 if h[0] == "open" else 1, h[1].start()))
    for state, m in hits:
        dist = 0 if m.start() < end and m.end() > start else min(abs(m.start() - end), abs(start - m.end()))
        if own is not None and dist == 0 and start <= m.start():
            # "закрыть четыре работающие КПП": a word inside the counted phrase says which crossings are counted;
            # the state is the one said of them, when the sentence says one
            dist = len(sentence)
        if whole >= 0 and whole < m.start() < end:
            dist = len(sentence) + 1  # a last resort: the state of the part is said elsewhere, if at all
        if best_dist is None or dist < best_dist:
            best, best_dist = state, dist
    return best


def stated_figures(articles: pd.DataFrame, *, fields=FIELDS) -> pd.DataFrame:
    """One row per date or count mention in the corpus (columns: ``COLUMNS``).

    ``start_char``/``end_char`` point into ``articles.loc[article_id, field]``; ``sentence`` is
    the sentence holding the mention. For counts, ``ref_*`` is the date the statement refers to:
    a date in the same sentence, else in the sentence before it in the same paragraph
    (``ref_from='sentence'``), else the publication date (``'published'``), else nothing.
    """
    rows: list[tuple] = []
    for aid, art in _records(articles):
        rows.extend(_article_rows(aid, art, fields))
    out = pd.DataFrame.from_records(rows, columns=COLUMNS) if rows else pd.DataFrame(columns=COLUMNS)
    for col in ("start", "end", "ref_start", "ref_end", "published"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    for col in ("value", "of"):
        out[col] = out[col].astype(float)
    for col in ("start_char", "end_char", "sentence_no"):
        out[col] = out[col].astype("int64")
    return out


def _records(articles: pd.DataFrame):
    """``(article_id, {column: value})`` per article: the values ``iterrows`` gives (it reads them from
    ``articles.values`` too), without building a Series for every article (a tenth of the time)."""
    columns = list(articles.columns)
    for aid, values in zip(articles.index, articles.values):
        yield aid, dict(zip(columns, values))


def publication_windows(articles: pd.DataFrame) -> pd.DataFrame:
    """Publication date per article, or an estimated window from its text when none is known.

    Columns ``article_id, published, estimate_earliest, estimate_latest, basis, is_estimate``.
    An estimate is never a fact: ``is_estimate`` says which rows are estimates.
    """
    rows = []
    for aid, art in articles.iterrows():
        doc = _document(art, FIELDS)[0]
        hint = None if pd.notna(art["published"]) else dateline_date(art.get("dateline") or "", doc)
        if pd.notna(art["published"]):
            rows.append((aid, art["published"], pd.NaT, pd.NaT, f"stated in the {art['published_from']}", False))
        elif hint is not None:
            rows.append((aid, pd.NaT, hint[0], hint[0], hint[1], True))
        else:
            w = estimate_publication(doc)
            rows.append((aid, pd.NaT, w["earliest"], w["latest"], w["basis"], True))
    out = pd.DataFrame(rows, columns=["article_id", "published", "estimate_earliest", "estimate_latest", "basis", "is_estimate"])
    for col in ("published", "estimate_earliest", "estimate_latest"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    return out


_DATELINE_DAY = re.compile(
    r"(?P<m>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-zA-Z]*\.?\s+(?P<d>\d{1,2})\b"
    r"|\b(?P<d2>\d{1,2})\s+(?P<m2>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-zA-Z]*")
_MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def dateline_month_day(dateline) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline (``MOSCOW, November 29. /TASS/.``), or None.

    >>> dateline_month_day("MOSCOW, November 29. /TASS/.")
    (11, 29)
    >>> dateline_month_day("TALLINN, FEBRUARY 3, NORTHWIRE.")
    (2, 3)
    """
    m = _DATELINE_DAY.search(dateline) if isinstance(dateline, str) else None
    if not m:
        return None
    return _MONTHS[(m.group("m") or m.group("m2")).title()], int(m.group("d") or m.group("d2"))


def dateline_date(dateline: str, text: str):
    """A dateline's day (``HELSINKI, November 15. /TASS/.``) with its year inferred from ``text``.

    Returns ``(Timestamp, basis)`` or None. The year is the one that puts the day inside the
    publication window the text's own dates establish (see ``estimate_publication``), the first after
    its start when the window is open; None when the day fits a window closed on both sides in two
    years (an article about *2021-2022* that looks ahead to *December 2022*, dated *Feb 3*).

    >>> dateline_date("HELSINKI, Nov. 24, (dpa) -", "Arrivals rose in November 2023.")[0]
    Timestamp('2023-11-24 00:00:00')
    >>> dateline_date("TALLINN, Feb 3 -", "Ties were cut in 2021-2022. The agreement will end in December 2022.") is None
    True
    """
    m = _DATELINE_DAY.search(dateline or "")
    if not m:
        return None
    month, day = _MONTHS[(m.group("m") or m.group("m2")).title()], int(m.group("d") or m.group("d2"))
    window = estimate_publication(text)
    lo, hi = window["earliest"], window["latest"]
    years = [lo.year, lo.year + 1] if pd.notna(lo) else ([hi.year, hi.year - 1] if pd.notna(hi) else [])
    basis = window["basis"]
    # A weekday stated with a year-less date ("Friday, November 24") fixes the year: take the
    # first year from the window's start (or the dateline's own era) in which every such pair fits.
    pairs = list(_weekday_dates(text))
    if pairs:
        start = lo.year if pd.notna(lo) else (hi.year - 5 if pd.notna(hi) else None)
        if start is not None:
            fitting = [y for y in range(start, start + 7)
                       if all(_weekday_fits(y, wd, mo, d) for wd, mo, d in pairs)]
            if fitting:
                years, lo, hi = fitting[:1], pd.NaT, pd.NaT
                basis = f"the weekdays stated with year-less dates fit {fitting[0]} (the first such year from {start})"
    fits = []
    for year in years:
        try:
            day_ts = pd.Timestamp(year, month, day)
        except ValueError:
            continue
        if (pd.isna(lo) or day_ts >= lo) and (pd.isna(hi) or day_ts <= hi):
            fits.append((year, day_ts))
    if fits and (len(fits) == 1 or pd.isna(lo) or pd.isna(hi)):
        # after a last event only: the first year after it; a window closed on both sides that holds the day in two
        # years gives no year (unsure, not the first)
        year, day_ts = fits[0]
        return day_ts, f"the dateline gives {dateline.strip()!r}; the year ({year}) inferred from the text: {basis}"
    return None


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_DATE = re.compile(
    r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?\s*(?:the\s+)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"|(?P<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d2>\d{1,2})\b)")


def _weekday_dates(text: str):
    for m in _WEEKDAY_DATE.finditer(text):
        yield _WEEKDAYS.index(m.group("w")), _MONTHS[m.group("m") or m.group("m2")], int(m.group("d") or m.group("d2"))


def _weekday_fits(year: int, weekday: int, month: int, day: int) -> bool:
    try:
        return pd.Timestamp(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _document(art, fields) -> tuple[str, list[tuple[str, int, int]]]:
    """Join the fields with blank lines; return the text and each field's (name, start, end)."""
    parts, spans, pos = [], [], 0
    for fld in fields:
        text = art.get(fld) or ""
        if not isinstance(text, str) or not text:
            continue
        spans.append((fld, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    return "\n\n".join(parts), spans


def _sentences(doc: str, spans) -> list[tuple[int, int, int]]:
    """(start, end, paragraph key) of every sentence in the document, in order."""
    out = []
    for f_index, (_, fs, fe) in enumerate(spans):
        field = doc[fs:fe]
        for p_index, (pa, pb) in enumerate(split_paragraphs(field)):
            base, key = fs + pa, f_index * 10_000 + p_index
            out.extend([(base + a, base + b, key) for a, b in split_sentences(field[pa:pb])])
    return out


def _article_rows(aid, art, fields) -> list[tuple]:
    doc, spans = _document(art, fields)
    if not doc:
        return []
    published = art.get("published")
    published = None if published is None or pd.isna(published) else pd.Timestamp(published).normalize()
    from_dateline = False
    if published is None:
        hint = dateline_date(art.get("dateline") or "", doc)
        if hint is not None:
            published, from_dateline = hint[0], True
    sents = _sentences(doc, spans)
    starts = [s[0] for s in sents]

    def sentence_of(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    def field_of(pos: int):
        for name, fs, fe in spans:
            if fs <= pos <= fe:
                return name, fs
        return spans[-1][0], spans[-1][1]

    anchor = art.get("year_anchor") if published is None else None
    month = art.get("published_month") if published is None else None
    if (anchor is None or pd.isna(anchor)) and isinstance(month, str) and month:
        # " date 2023-11": no day, but the year and month place year-less dates ("23. joulukuuta asti")
        period = pd.Period(month, freq="M")
        anchor = period.start_time + (period.end_time - period.start_time) / 2
    find_dates = date_finder(art.get("language"))  # the rules of the article's language (English for others)
    if anchor is not None and pd.notna(anchor):  # an undated article in a corpus whose dated articles fix the era
        dates = find_dates(doc, None, anchor=anchor, nearest=True)
    else:
        dates = find_dates(doc, published)
    if from_dateline:  # the day comes from the dateline, its year from the text: an inference
        dates = [(*d[:6], "dateline", True) if d[6] == "published" else d for d in dates]
    counts = count_finder(art.get("language"))(doc)

    meta = (art.get("label", ""), art.get("outlet", ""), art.get("perspective", ""), art.get("published"))
    rows = []
    resolved: dict[int, list[tuple]] = {}  # sentence -> (date, whether it only bounds an end) of its resolved dates
    for d in dates:
        text, s, e, start, end, gran, anchored, inferred = d
        fld, off = field_of(s)
        k = sentence_of(s)
        if pd.notna(start):
            resolved.setdefault(k, []).append((d, _end_bound(d, doc)))
        sa, sb, _ = sents[k] if sents else (s, e, 0)
        rows.append((aid, "date", fld, text, s - off, e - off, k, doc[sa:sb],
                     start, end, gran, anchored, bool(inferred),
                     np.nan, np.nan, None, None, None, None, None, pd.NaT, pd.NaT, None, *meta))
    for text, s, e, value, of, what, approx in counts:
        fld, off = field_of(s)
        k = sentence_of(s)
        sa, sb, para = sents[k] if sents else (s, e, 0)
        sentence = doc[sa:sb]
        topic = topic_of(what)
        state = crossing_state(sentence, s - sa, e - sa, language=art.get("language")) if topic == "crossings" else None
        ref = _reference_date(k, s, sents, resolved)
        if ref is not None:
            ref_text, ref_start, ref_end, ref_from = ref[0], ref[3], ref[4], "sentence"
        elif published is not None:
            ref_text, ref_from = ("dateline", "dateline") if from_dateline else ("publication date", "published")
            ref_start = ref_end = published
        else:
            ref_text, ref_start, ref_end, ref_from = None, pd.NaT, pd.NaT, None
        rows.append((aid, "count", fld, text, s - off, e - off, k, sentence,
                     pd.NaT, pd.NaT, None, None, None,
                     float(value), float(of) if of is not None else np.nan, what, bool(approx), topic, state,
                     ref_text, ref_start, ref_end, ref_from, *meta))
    rows.sort(key=lambda r: (FIELDS.index(r[2]) if r[2] in FIELDS else 9, r[4], r[1]))
    return rows


_END_BOUND = re.compile(r"^(?:until|till|through|by|before)\b", re.I)
_END_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|before)\s*$", re.I)


def _end_bound(date_row: tuple, doc: str) -> bool:
    """Whether a date mention bounds a state's end ("until December 13", "closed until 13 December")."""
    s = date_row[1]
    return bool(_END_BOUND.search(date_row[0]) or _END_BOUND_BEFORE.search(doc[max(0, s - 12):s]))


def _reference_date(k: int, pos: int, sents, resolved):
    """The resolved date nearest to a count in its sentence, else in the previous one of its paragraph.

    *resolved* maps a sentence to ``(date row, end bound)`` of its resolved dates, in text order.
    """
    candidates = resolved.get(k)
    if not candidates and k > 0 and sents[k - 1][2] == sents[k][2]:
        candidates = resolved.get(k - 1)
    if not candidates:
        return None
    # "until December 13" bounds a state's end; the statement refers to when it holds, so an
    # end bound is used only when the sentences give nothing else.
    starts = [d for d, end_bound in candidates if not end_bound] or [d for d, _ in candidates]
    return min(starts, key=lambda d: abs(d[1] - pos))
