"""Findings written from the corpus at hand: each ``summarise_*`` builds a small table from a notebook's table and
writes one paragraph from that table alone.

A notebook shows the table (``Finding.table``) and the paragraph (``Finding.text``, displayed as markdown), and
the report puts the paragraph under the chart it belongs to. Every number in the paragraph is a cell of the
table (``untraced_numbers`` lists those that are not; the tests run it on corpora other than the seeds), so a
reader can check each one, and nothing in the paragraph was written for a particular corpus.

>>> import pandas as pd
>>> profile = pd.DataFrame({"group": ["a", "a", "b", "b"], "frame": ["security", "legality"] * 2,
...                         "n_cues": [9, 1, 2, 6], "n_words": [1000, 1000, 500, 500],
...                         "per_1000_words": [9.0, 1.0, 4.0, 12.0]})
>>> f = summarise_frames(profile)
>>> print(f.text)  # doctest: +NORMALIZE_WHITESPACE
The frame each group's text leans on most (cues per thousand words): **a** security (9.0; 9 cues), **b**
legality (12.0; 6 cues). The widest gap between groups is in legality: 1.0 to 12.0 per thousand words.
>>> untraced_numbers(f.text, f.table)
[]
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

TOP_NAMES = 3        # concepts named in the naming finding; the others are left to the table
MAX_GROUPS = 8       # groups named in a finding (the largest); beyond them the paragraph points to the table
OTHERS = " The other groups are in the table."
NOT_STATED = "none"


@dataclass(frozen=True)
class Finding:
    """A paragraph (markdown) and the table every number in it comes from."""
    text: str
    table: pd.DataFrame

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def _n(x) -> str:
    """An integer as written in a finding: ``1,234``."""
    return f"{int(round(float(x))):,}"


def _pct(x) -> str:
    """A share (0..1) as a whole percentage: ``0.953`` -> ``95%``."""
    return f"{int(round(100 * float(x)))}%"


def _rate(x) -> str:
    return f"{float(x):.1f}"


def _plural(n, one: str, many: str | None = None) -> str:
    return f"{_n(n)} {one if int(round(float(n))) == 1 else (many or one + 's')}"


def _largest(table: pd.DataFrame, size: str, *, n: int = MAX_GROUPS) -> tuple[pd.DataFrame, str]:
    """The rows of the *n* largest groups by *size* (in the table's order), and the sentence that says the others
    are in the table when some are left out (``BY="article_id"`` makes a group of every article).

    >>> t = pd.DataFrame({"group": list("abc"), "n": [5, 9, 1]})
    >>> shown, more = _largest(t, "n", n=2)
    >>> shown["group"].tolist(), more
    (['a', 'b'], ' The other groups are in the table.')
    """
    if len(table) <= n:
        return table, ""
    keep = table[size].astype(float).sort_values(ascending=False, kind="stable").index[:n]
    return table.loc[sorted(keep)], OTHERS


def _groups_text(items: list[str]) -> str:
    return "; ".join(items) if items else NOT_STATED


def _day(x, granularity=None) -> str:
    """A date as precise as it was stated: ``2012``, ``November 2023``, ``18 November 2023``."""
    t = pd.Timestamp(x)
    if granularity == "year":
        return str(t.year)
    if granularity == "month":
        return f"{t:%B} {t.year}"
    return f"{t.day} {t:%B} {t.year}"


# ---------------------------------------------------------------------------------------------------------- 01


def summarise_loading(rows: pd.DataFrame) -> Finding:
    """What loading kept of the words in the files, per group, from the article-size rows (``plot_article_sizes``:
    ``group``, ``words_in_file``, ``words_kept``, ``repeats_dropped``)."""
    g = rows.groupby("group", sort=True).agg(articles=("words_kept", "size"), words_in_files=("words_in_file", "sum"),
                                            words_kept=("words_kept", "sum"), repeats_dropped=("repeats_dropped", "sum"))
    g.loc["all"] = g.sum()
    table = g.reset_index()
    table["kept_share"] = (table["words_kept"] / table["words_in_files"].where(table["words_in_files"] > 0)).round(4)
    all_ = table.iloc[-1]
    if all_["articles"] == 0:
        return Finding("The corpus holds no articles.", table)
    shown, more = _largest(table.iloc[:-1], "articles")
    parts = [f"**{r.group}** {_plural(r.articles, 'article')}" for r in shown.itertuples()]
    kept = f" ({_pct(all_['kept_share'])})" if pd.notna(all_["kept_share"]) else ""
    text = (f"{_plural(all_['articles'], 'article')} ({_groups_text(parts)}). Loading kept {_n(all_['words_kept'])} "
            f"of the {_n(all_['words_in_files'])} words in the files{kept}; the rest are headers, page furniture and "
            f"{_plural(all_['repeats_dropped'], 'repeated paragraph or title', 'repeated paragraphs or titles')} "
            f"dropped, listed line by line in the cleaning log.{more}")
    return Finding(text, table)


# ---------------------------------------------------------------------------------------------------------- 02


def _counts(figures: pd.DataFrame, topic: str, by: str) -> pd.DataFrame:
    rows = figures[(figures["kind"] == "count") & (figures["topic"] == topic)].copy()
    rows["group"] = rows[by].fillna("unknown").astype(str) if by in rows else rows["article_id"].astype(str)
    return rows


def summarise_crossings(figures: pd.DataFrame, *, by: str = "perspective") -> Finding:
    """Per group: how many statements about the crossing points, in how many articles, how many give a total and
    which total is stated most often (``stated_figures`` rows)."""
    rows = _counts(figures, "crossings", by)
    out = []
    for group, g in rows.groupby("group", sort=True):
        totals = g["of"].dropna()
        # the total stated most often; a tie goes to the larger total
        common = totals.value_counts().sort_index(ascending=False).sort_values(ascending=False, kind="stable")
        out.append({"group": group, "statements": len(g), "articles": g["article_id"].nunique(),
                    "closed": int((g["state"] == "closed").sum()), "open": int((g["state"] == "open").sum()),
                    "with_total": len(totals),
                    "common_total": float(common.index[0]) if len(common) else np.nan,
                    "common_total_statements": int(common.iloc[0]) if len(common) else 0})
    table = pd.DataFrame(out, columns=["group", "statements", "articles", "closed", "open", "with_total",
                                       "common_total", "common_total_statements"])
    if table.empty:
        return Finding("No article states a number of border crossings.", table)
    parts = []
    shown, more = _largest(table, "statements")
    for r in shown.itertuples():
        total = (f"; the total most often given is {_n(r.common_total)} "
                 f"({_plural(r.common_total_statements, 'statement')})" if r.with_total else "; none gives a total")
        parts.append(f"**{r.group}**: {_plural(r.statements, 'statement')} in {_plural(r.articles, 'article')} "
                     f"({_n(r.closed)} closed, {_n(r.open)} open){total}")
    text = ("Statements about how many border crossings there are or how many were open or closed, per group. "
            + ". ".join(parts) + ". Two statements disagree only if they are about the same days: the claims "
            "notebook compares them day by day." + more)
    return Finding(text, table)


def summarise_people(figures: pd.DataFrame, *, by: str = "perspective") -> Finding:
    """Per group: how many counts of people, in how many articles, and the largest with what it counts."""
    rows = _counts(figures, "people", by)
    out = []
    for group, g in rows.groupby("group", sort=True):
        values = pd.to_numeric(g["value"], errors="coerce")
        top = g.loc[values.idxmax()] if values.notna().any() else None
        out.append({"group": group, "counts": len(g), "articles": g["article_id"].nunique(),
                    "approximate": int(g["approx"].fillna(False).astype(bool).sum()),
                    "largest": float(values.max()) if top is not None else np.nan,
                    "largest_as_written": (str(top["text"]) if top is not None else ""),
                    "largest_article": (str(top["article_id"]) if top is not None else "")})
    table = pd.DataFrame(out, columns=["group", "counts", "articles", "approximate", "largest", "largest_as_written",
                                       "largest_article"])
    if table.empty:
        return Finding("No article states a number of people.", table)
    parts = []
    shown, more = _largest(table, "counts")
    for r in shown.itertuples():
        largest = f"; the largest: *{r.largest_as_written}*" if pd.notna(r.largest) else ""
        parts.append(f"**{r.group}**: {_plural(r.counts, 'count')} of people in {_plural(r.articles, 'article')}, "
                     f"{_n(r.approximate)} of them approximate{largest}")
    text = ("Counts of people (asylum seekers, migrants, travellers, officials' counts of arrivals), per group. "
            + ". ".join(parts) + ". A count is what one article states about its own moment and place: the "
            "table beside the chart gives each one's sentence." + more)
    return Finding(text, table)


def summarise_dates(figures: pd.DataFrame, *, by: str = "perspective") -> Finding:
    """Per group: date mentions, how many resolve to the calendar, how many rest on an inferred anchor, and the
    span and middle half of the resolved dates (by start day)."""
    rows = figures[figures["kind"] == "date"].copy()
    rows["group"] = rows[by].fillna("unknown").astype(str) if by in rows else rows["article_id"].astype(str)
    out = []
    for group, g in list(rows.groupby("group", sort=True)) + [("all", rows)]:
        g = g.assign(start=pd.to_datetime(g["start"]), end=pd.to_datetime(g["end"]))
        resolved = g.dropna(subset=["start"]).sort_values(["start", "end"], kind="stable")
        row = {"group": group, "mentions": len(g), "resolved": len(resolved),
               "inferred": int(g["inferred"].fillna(False).astype(bool).sum())}
        if len(resolved):
            at = lambda p: resolved.iloc[min(len(resolved) - 1, int(math.floor(p * (len(resolved) - 1))))]
            last = resolved.sort_values(["end", "start"], kind="stable").iloc[-1]
            for name, r, col in (("earliest", resolved.iloc[0], "start"), ("quarter", at(0.25), "start"),
                                 ("three_quarters", at(0.75), "start"), ("latest", last, "end")):
                row[name] = _day(r[col], r["granularity"])
        out.append(row)
    table = pd.DataFrame(out, columns=["group", "mentions", "resolved", "inferred", "earliest", "quarter",
                                       "three_quarters", "latest"])
    if rows.empty:
        return Finding("No article states a date.", table)
    a = table.iloc[-1]
    text = f"{_plural(a.mentions, 'date mention')}, of which {_n(a.resolved)} resolve to the calendar"
    if a.resolved:
        text += (f": from {a.earliest} to {a.latest}, the middle half from {a.quarter} to {a.three_quarters} "
                 f"(ordered by the day each starts)")
    text += (f". {_n(a.inferred)} rest on an anchor inferred from the article's other dates, because it states no "
             f"publication date: the chart draws them hollow or dashed.")
    if len(table) > 2:
        shown, more = _largest(table.iloc[:-1], "mentions")
        text += " Resolved per group: " + _groups_text([f"**{r.group}** {_n(r.resolved)} of {_n(r.mentions)}"
                                                         for r in shown.itertuples()]) + "." + more
    return Finding(text, table)


# ---------------------------------------------------------------------------------------------------------- 03


def summarise_terms(summary: pd.DataFrame) -> Finding:
    """From ``chance_summary``: per group, how many terms were tested and how many clear their own chance bar and
    the family-wise bar."""
    table = summary.groupby("group", sort=True)[["terms", "beyond_chance", "beyond_family_bar"]].sum().reset_index()
    if table.empty:
        return Finding("No terms were tested: the corpus has fewer than two groups to compare.", table)
    parts = [f"**{r.group}** {_n(r.beyond_chance)} of {_n(r.terms)} terms clear their own chance bar, "
             f"{_n(r.beyond_family_bar)} the family-wise bar" for r in _largest(table, "terms")[0].itertuples()]
    weak = table["beyond_family_bar"].sum() == 0
    text = ("Distinctive words, tested against shuffles of the articles between groups: " + "; ".join(parts) + ". "
            + ("No term clears the family-wise bar, so chance explains every list: read them as words to look up in "
               "context, not as a finding." if weak else
               "Terms past the family-wise bar are unlikely to be luck; the table lists them with their counts.")
            + _largest(table, "terms")[1])
    return Finding(text, table)


def summarise_frames(profile: pd.DataFrame) -> Finding:
    """Per group, the frame with the most cues per 1,000 words, and the frame whose rate differs most between
    groups (from ``frame_profile``)."""
    p = profile[["group", "frame", "n_cues", "n_words", "per_1000_words"]].copy()
    p["per_1000_words"] = p["per_1000_words"].astype(float).round(1)
    if p.empty or p["n_cues"].sum() == 0:
        return Finding("No frame cue was found in the corpus.", p)
    tops = p.sort_values(["group", "per_1000_words", "frame"], ascending=[True, False, True]).groupby("group").head(1)
    tops, more = _largest(tops.reset_index(drop=True), "n_words")
    parts = [f"**{r.group}** {r.frame} ({_rate(r.per_1000_words)}; {_plural(r.n_cues, 'cue')})" for r in tops.itertuples()]
    text = "The frame each group's text leans on most (cues per thousand words): " + ", ".join(parts) + "." + more
    if p["group"].nunique() > 1:
        spread = p.groupby("frame")["per_1000_words"].agg(["min", "max"])
        spread["gap"] = spread["max"] - spread["min"]
        frame = spread.sort_values(["gap"], ascending=False, kind="stable").index[0]
        lo, hi = spread.loc[frame, "min"], spread.loc[frame, "max"]
        text += (f" The widest gap between groups is in {frame}: {_rate(lo)} to {_rate(hi)} per thousand words.")
    table = p.sort_values(["group", "frame"]).reset_index(drop=True)
    return Finding(text, table)


def summarise_agency(counts: pd.DataFrame) -> Finding:
    """Per group, the actor most often the doer of a deed, its share of the group's deeds with a named doer, and
    the agentless passives (from ``agency_counts``)."""
    c = counts.copy()
    named = c[c["actor"] != "(agentless)"]
    out = []
    for group, g in c.groupby("group", sort=True):
        n = named[named["group"] == group].sort_values(["as_agent", "actor"], ascending=[False, True])
        agentless = int(g.loc[g["actor"] == "(agentless)", "as_agent"].sum())
        out.append({"group": group, "deeds": int(n["as_agent"].sum()),
                    "top_actor": n["actor"].iloc[0] if len(n) and n["as_agent"].iloc[0] > 0 else "",
                    "top_deeds": int(n["as_agent"].iloc[0]) if len(n) else 0,
                    "acted_on": int(n["as_patient"].sum()),
                    "top_patient": (n.sort_values(["as_patient", "actor"], ascending=[False, True])["actor"].iloc[0]
                                    if len(n) and n["as_patient"].max() > 0 else ""),
                    "agentless": agentless})
    table = pd.DataFrame(out, columns=["group", "deeds", "top_actor", "top_deeds", "acted_on", "top_patient",
                                       "agentless"])
    if table.empty or table["deeds"].sum() + table["agentless"].sum() == 0:
        return Finding("No clause with an actor from the alias table was found.", table)
    parts = []
    shown, more = _largest(table, "deeds")
    for r in shown.itertuples():
        doer = (f"{r.top_actor} is the doer of {_n(r.top_deeds)} of {_plural(r.deeds, 'deed')} with a named actor"
                if r.top_actor else "no deed has a named actor")
        parts.append(f"**{r.group}**: {doer}; {_plural(r.agentless, 'agentless passive')}")
    text = ("Who acts, in clauses whose verb is a deed (saying and believing left out). " + ". ".join(parts) + "."
            + more)
    return Finding(text, table)


def summarise_voices(shares: pd.DataFrame) -> Finding:
    """Per group, the share of words in the outlet's own voice, in direct quotes and in reported speech, over all
    the group's words (from ``voice_shares``)."""
    g = shares.groupby("group", sort=True)[["words", "own_words", "direct_words", "indirect_words"]].sum()
    g.insert(0, "articles", shares.groupby("group", sort=True).size())
    table = g.reset_index()
    for col in ("own", "direct", "indirect"):
        table[f"{col}_share"] = (table[f"{col}_words"] / table["words"].where(table["words"] > 0)).round(4)
    if table.empty or table["words"].sum() == 0:
        return Finding("The corpus has no words to attribute.", table)
    parts = [f"**{r.group}** {_pct(r.own_share)} own voice, {_pct(r.direct_share)} direct quotes and "
             f"{_pct(r.indirect_share)} reported speech ({_n(r.words)} words in {_plural(r.articles, 'article')})"
             for r in _largest(table, "words")[0].itertuples() if pd.notna(r.own_share)]
    text = ("Whose words the articles are made of, over all of each group's words: " + "; ".join(parts) + "."
            + _largest(table, "words")[1])
    return Finding(text, table)


def summarise_naming(pairs: pd.DataFrame, *, top: int = TOP_NAMES) -> Finding:
    """Per concept that two groups both name, each group's most used name; the concepts where the groups' choices
    differ come first, the most mentioned first (from ``naming_pairs``)."""
    used = pairs[pairs["count"] > 0]
    out = []
    for concept, c in used.groupby("concept", sort=True):
        if c["group"].nunique() < 2:
            continue
        firsts = c.sort_values(["group", "count", "term"], ascending=[True, False, True]).groupby("group").head(1)
        totals = c.groupby("group")["count"].sum()
        for r in firsts.itertuples():
            out.append({"concept": concept, "group": r.group, "term": r.term, "count": int(r.count),
                        "concept_mentions": int(totals[r.group]), "differs": firsts["term"].nunique() > 1,
                        "mentions": int(c["count"].sum())})
    table = pd.DataFrame(out, columns=["concept", "group", "term", "count", "concept_mentions", "differs", "mentions"])
    if table.empty:
        return Finding("No concept is named by two groups, so no naming can be compared.", table)
    order = (table.groupby("concept").agg(differs=("differs", "first"), mentions=("mentions", "first"))
             .sort_values(["differs", "mentions"], ascending=[False, False], kind="stable"))
    order["rank"] = range(1, len(order) + 1)
    table = table.set_index("concept").loc[order.index].reset_index()
    table.insert(0, "rank", table["concept"].map(order["rank"]))
    n_differ = int(order["differs"].sum())
    parts = []
    for concept in order.index[:top]:
        rows, _ = _largest(table[table["concept"] == concept], "count")
        names = ", ".join(f"**{r.group}** *{r.term}* ({_n(r.count)} of {_n(r.concept_mentions)})" for r in rows.itertuples())
        parts.append(f"{concept}: {names}")
    if n_differ:
        lead = (f"Of {_plural(len(order), 'concept')} that two or more groups name, the groups' most used name "
                f"differs for {_n(n_differ)} (ranked first in the table, most mentioned first).")
    else:
        lead = f"For all {_plural(len(order), 'concept')} that two or more groups name, the groups' most used name is the same."
    parts[0] = parts[0][:1].upper() + parts[0][1:]
    more = " The other concepts are in the table." if len(order) > top else ""
    if table.groupby("concept").size().max() > MAX_GROUPS:
        more += OTHERS
    text = f"{lead} {'; '.join(parts)}.{more}"
    return Finding(text, table)


# ---------------------------------------------------------------------------------------------------------- 04


def summarise_crossings_timeline(timeline: pd.DataFrame) -> Finding:
    """Per line (source): statements of open crossings, how many are drawn, and why the rest are not (from
    ``crossings_timeline``)."""
    out = []
    for line, g in timeline.groupby("line", sort=True):
        out.append({"line": line, "statements": len(g), "drawn": int(g["plotted"].astype(bool).sum()),
                    "not_drawn": int((~g["plotted"].astype(bool)).sum()),
                    "articles": g["article_id"].nunique(),
                    "outliers": int((g["plotted"].astype(bool) & g["outlier"].fillna(False).astype(bool)).sum())
                    if "outlier" in g else 0})
    table = pd.DataFrame(out, columns=["line", "statements", "drawn", "not_drawn", "articles", "outliers"])
    if table.empty:
        return Finding("No article states how many crossings were open or closed, so there is no timeline.", table)
    shown, more = _largest(table, "statements")
    parts = [f"**{r.line}** {_n(r.drawn)} of {_plural(r.statements, 'statement')} drawn ({_plural(r.articles, 'article')}"
             + (f"; {_n(r.outliers)} contradicted by another source or within the article, drawn as a red cross)"
                if r.outliers else ")") for r in shown.itertuples()]
    text = ("Each step is a source's own account of how many crossings were open from the day its statement is "
            "about: " + "; ".join(parts) + ". A statement is not drawn when its date cannot be placed or its closed "
            "crossings have no total; the claims notebook lists why for each." + more)
    return Finding(text, table)


# ---------------------------------------------------------------------------------------------------------- checks

_NUMBER = re.compile(r"(?<![\w.])(\d{4}-\d{2}-\d{2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)")


def _cells(table: pd.DataFrame):
    for col in table.columns:
        for v in table[col]:
            yield v


def _matches(token: str, percent: bool, value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    if isinstance(value, (pd.Timestamp, np.datetime64)) or hasattr(value, "strftime"):
        try:
            return not pd.isna(value) and pd.Timestamp(value).strftime("%Y-%m-%d") == token
        except (ValueError, TypeError):
            return False
    if isinstance(value, str):
        return re.search(rf"(?<![\d.,]){re.escape(token)}(?![\d])", value) is not None
    if isinstance(value, (bool, np.bool_)):
        return False
    try:
        v = float(value)
    except (TypeError, ValueError):
        return False
    if "-" in token and len(token) == 10:
        return False
    shown = float(token.replace(",", ""))
    decimals = len(token.split(".")[1]) if "." in token else 0
    return round(v, decimals) == shown or (percent and round(100 * v, decimals) == shown)


def untraced_numbers(text: str, table: pd.DataFrame) -> list[str]:
    """The numbers written in *text* that no cell of *table* holds (as written, rounded as written, or as a
    share written in per cent); ISO dates count as one number.

    >>> untraced_numbers("3 of 12 (25%) on 2023-11-18", pd.DataFrame({"a": [3, 12], "s": [0.2512, None],
    ...                  "d": pd.to_datetime(["2023-11-18", None])}))
    []
    >>> untraced_numbers("7 cues", pd.DataFrame({"a": [3]}))
    ['7']
    """
    missing = []
    cells = list(_cells(table))
    for m in _NUMBER.finditer(text):
        token, percent = m.group(1), bool(m.group(2))
        if not any(_matches(token, percent, v) for v in cells):
            missing.append(token + m.group(2))
    return missing
