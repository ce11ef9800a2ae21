"""Checks the per-language extractor tests share: ``tests/test_dates_{fi,sv,ru}.py`` and
``tests/test_counts_{fi,sv,ru}.py`` call them with their module (or its finder) and their gold folder.

* :func:`date_rows`, :func:`count_rows`: a finder's rows in the comparable form the tables of cases use;
* gold articles (``tests/gold_<lang>/{dates,counts}_*``): :func:`gold_pairs` reads them, :func:`check_gold_well_formed`
  checks the annotation, :func:`check_value_f1` scores the finder on them (TempEval-3, as ``helpers.extract.score``),
  :func:`check_dates_speed` / :func:`check_counts_speed` time it on them repeated;
* output: :func:`check_date_layout` and :func:`check_counts_frame` (tuples and DataFrame against ``COLUMNS``),
  :func:`check_date_rows` and :func:`check_count_rows` (any text: spans, order, values; the property tests);
* :func:`check_topic_nouns` (the English nouns of a noun table map to topics), :func:`check_doctests`.
"""
from __future__ import annotations

import doctest
import json
import math
import time
from pathlib import Path

import pandas as pd
from hypothesis import strategies as st

from helpers.extract.dates import COLUMNS as DATE_COLUMNS
from helpers.extract.score import match
from helpers.paths import TESTS

GRANULARITIES = {"day", "night", "week", "weekend", "month", "part_of_month", "season", "year"}
# a publication date for the property tests: none, a month alone, or any day of two centuries
PUBLISHED = st.one_of(st.none(), st.just("2023-11"), st.dates(
    min_value=pd.Timestamp("1900-01-01").date(), max_value=pd.Timestamp("2100-12-31").date()).map(pd.Timestamp))


# --------------------------------------------------------------------------- rows
def date_rows(find_dates, text, published=None, **kw):
    """(text, start, end, granularity) of every mention, dates as ISO strings or None."""
    return [(r[0], None if pd.isna(r[3]) else str(r[3].date()), None if pd.isna(r[4]) else str(r[4].date()), r[5])
            for r in find_dates(text, published, **kw)]


def count_rows(find_counts, text):
    """(span text, value, of, what, approx) per count; `of` None when absent."""
    out = []
    for span, start, end, value, of, what, approx in find_counts(text):
        assert text[start:end] == span
        out.append((span, value, None if math.isnan(of) else of, what, approx))
    return out


# --------------------------------------------------------------------------- gold articles
def gold_article(path: Path) -> str:
    """The text of a gold article without its metadata line (` date 2023-11-22` is the loader's business)."""
    raw = path.read_text(encoding="utf-8")
    return raw.split("\n", 1)[1] if raw.lstrip().startswith("date ") else raw


def gold_document(path: Path) -> str:
    """The text of a gold article as the pipeline reads it: loaded as a corpus, its fields joined."""
    from helpers.extract.stated import FIELDS, _document  # the whole pipeline: only for the tests that need it
    from helpers.load.corpus import load_corpus

    art = load_corpus([path], sources=pd.DataFrame(columns=["file"])).iloc[0]
    return _document(art, FIELDS)[0]


def gold_pairs(folder: Path, kind: str, read=gold_article) -> list[tuple]:
    """(gold file, gold, text) of every ``<kind>_*.json`` in *folder*, the text read by *read* (a path: a string)."""
    out = []
    for f in sorted(folder.glob(f"{kind}_*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        out.append((f, gold, read(folder / gold["file"])))
    return out


def check_gold_well_formed(pairs, kind: str, *, min_files: int = 1, n_files: int | None = None, unique: bool = True,
                           ascii_what: bool = False):
    """Each gold file names its article, its publication date (the article's first line), no mention of the other
    kind, and mentions found in the text (*unique*: once, unless the mention says which ``occurrence``) with a
    granularity and ordered dates (dates) or a number, a noun (*ascii_what*: an English one), an ``of`` no smaller
    than the value and a boolean ``approx`` (counts)."""
    other = "counts" if kind == "dates" else "dates"
    assert len(pairs) == n_files if n_files is not None else len(pairs) >= min_files
    for f, gold, text in pairs:
        assert gold["file"] == f.with_suffix(".txt").name
        assert gold["published"] and gold[other] == []
        assert (f.parent / gold["file"]).read_text(encoding="utf-8").startswith(f" date {gold['published']}\n")
        for g in gold[kind]:
            if unique:
                assert text.count(g["text"]) == 1 or "occurrence" in g, g["text"]
            else:
                assert g["text"] in text, g["text"]
            if kind == "dates":
                assert g["granularity"] in GRANULARITIES
                assert (g["start"] is None) == (g["end"] is None)
                if g["start"]:
                    assert g["start"] <= g["end"]
            else:
                assert isinstance(g["value"], (int, float)) and isinstance(g["what"], str)
                assert g["of"] is None or g["of"] >= g["value"]
                assert isinstance(g["approx"], bool)
                if ascii_what:
                    assert g["what"].isascii() and g["what"], g


def check_value_f1(pairs, kind: str, find, *, min_gold: int, threshold: float, columns=("found", "right")):
    """TempEval-3, as ``helpers.extract.score``: found = span overlap, right = found with the gold value (dates: start
    and end; counts: value, of, what, approx). At least *min_gold* gold mentions, and F1 >= *threshold* for each of
    *columns*. Dates are found with the gold's publication date."""
    tables = []
    for _f, gold, text in pairs:
        got = find(text, gold["published"]) if kind == "dates" else find(text)
        table = match(kind, text, gold[kind], got)
        table.insert(0, "file", gold["file"])
        tables.append(table)
    t = pd.concat(tables, ignore_index=True)
    n_gold, n_found = int(t["gold_text"].notna().sum()), int(t["found_text"].notna().sum())
    misses = t[~t["right"]][["file", "gold_text", "found_text"]].values.tolist()
    assert n_gold >= min_gold
    for col in columns:
        tp = int(t[col].sum())
        p, r = tp / n_found, tp / n_gold
        assert (2 * p * r / (p + r) if p + r else 0.0) >= threshold, (col, misses)


def check_dates_speed(find_dates, pairs, *, repeat: int, limit: float = 2.0):
    """The gold articles, joined and repeated (about 100 kB), read in under *limit* seconds."""
    text = "\n\n".join(text for _f, _g, text in pairs) * repeat
    t0 = time.perf_counter()
    find_dates(text, "2023-11-22")
    assert time.perf_counter() - t0 < limit  # well under a second on a quiet machine


def check_counts_speed(find_counts, pairs, *, repeat: int = 25, limit: float = 3.0):
    """The gold articles, joined and repeated (about 100 kB), read in under *limit* seconds once the lemmatiser's
    dictionary is loaded (once per process)."""
    text = "\n\n".join(text for _f, _g, text in pairs)
    find_counts(text)
    text = "\n\n".join([text] * repeat)
    t0 = time.perf_counter()
    find_counts(text)
    assert time.perf_counter() - t0 < limit


# --------------------------------------------------------------------------- output
def check_date_layout(module, text: str, published, anchored: list, empty_text: str, empty_published=None):
    """*module*'s tuples have the English extractor's layout (``COLUMNS``, spans that index *text*, day timestamps,
    known granularities, sorted), anchored as *anchored* says, and its DataFrame the same columns and dtypes; a
    text with no date (*empty_text*) gives an empty frame."""
    got = module.find_dates(text, published)
    assert module.COLUMNS == ["text", "start_char", "end_char", "start", "end", "granularity", "anchored_on",
                              "inferred"]
    for r in got:
        assert len(r) == len(module.COLUMNS)
        assert text[r[1]:r[2]] == r[0]
        assert isinstance(r[3], pd.Timestamp) and r[3] == r[3].normalize()
        assert r[5] in GRANULARITIES
    assert [r[6] for r in got] == anchored
    assert [r[1] for r in got] == sorted(r[1] for r in got)
    df = module.extract_dates(text, published)
    assert list(df.columns) == module.COLUMNS and len(df) == len(anchored)
    assert str(df["start"].dtype) == "datetime64[ns]" and df["inferred"].dtype == bool
    assert module.extract_dates(empty_text, empty_published).empty


def check_date_rows(text: str, rows: list):
    """Rows of any text: spans that index it, sorted and disjoint, known granularities, both dates or neither (NaT),
    ordered, anchored on text / publication / an inferred anchor when set and on nothing when not."""
    last_end = 0
    for r in rows:
        assert len(r) == len(DATE_COLUMNS)
        assert text[r[1]:r[2]] == r[0] and r[0]
        assert r[1] >= last_end  # sorted, not overlapping
        last_end = r[2]
        assert r[5] in GRANULARITIES
        assert pd.isna(r[3]) == pd.isna(r[4]) and (r[3] is pd.NaT) == (r[4] is pd.NaT)
        if not pd.isna(r[3]):
            assert r[3] <= r[4]
            assert r[6] in ("text", "published", "inferred")
        else:
            assert r[6] is None


def check_count_rows(text: str, rows: list):
    """Rows of any text: spans that index it, sorted and disjoint, a finite value >= 0, an ``of`` no smaller than
    it (or NaN), a string noun and a boolean ``approx``."""
    last = 0
    for span, start, end, value, of, what, approx in rows:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == span and start >= last and end > start
        assert math.isfinite(value) and value >= 0 and isinstance(what, str) and isinstance(approx, bool)
        assert math.isnan(of) or (math.isfinite(of) and of >= value)
        last = end


def check_counts_frame(module, text: str, no_counts: str):
    """*module*'s DataFrame has ``COLUMNS``, float values and boolean ``approx``; no count, no row; no text, no
    tuple."""
    df = module.extract_counts(text)
    assert list(df.columns) == module.COLUMNS
    assert df["value"].dtype == "float64" and df["approx"].dtype == bool
    assert module.extract_counts(no_counts).empty
    assert module.find_counts("") == []
    return df


def check_topic_nouns(nouns: dict):
    """Every English noun of the crossing, people and unit entries of a noun table is one the project maps to a
    topic (helpers/data/nouns.csv)."""
    known = set(pd.read_csv(TESTS.parent / "helpers" / "data" / "nouns.csv")["noun"])
    for plural, _singular, _kind in nouns.values():
        if plural in ("border crossings", "asylum seekers", "migrants", "people", "kilometres", "days", "weeks",
                      "months", "years", "hours", "percent", "euros"):
            assert plural in known, plural


def check_doctests(module, *, min_attempted: int, optionflags: int = 0):
    """*module*'s doctests run, at least *min_attempted* of them, and none fails."""
    result = doctest.testmod(module, optionflags=optionflags)
    assert result.failed == 0 and result.attempted >= min_attempted
