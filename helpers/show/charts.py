"""Charts drawn from helper dataframes. Each returns ``(figure, rows)`` for ``save_figure``.

Up to ``MAX_ROWS`` articles or statements a chart draws one row each. Beyond, it aggregates (one row per
group, per claim or per date, at most ``MAX_SUMMARY_ROWS`` of them, the rest named in the title) and says so
in its title; the rows it returns are still every article or statement, with a ``shown_as`` column saying
where each went (a column that exists only when the chart aggregated: below the threshold the rows are the
rows drawn, one per row of the chart). Figures stay within ``MAX_INCHES`` both ways.
"""
from __future__ import annotations

import math
import re
import textwrap

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .figures import PALETTE, SHARED, add_title, capped, colour_map, group_colours, plain, title_inches
from ..load.text import count_words

MAX_ROWS = 30          # one chart row per article or statement up to this many; beyond, the chart aggregates
MAX_SUMMARY_ROWS = 25  # an aggregated chart draws at most this many rows; the others are named in its title
OTHER = "#bbbbbb"      # the row that sums the groups beyond MAX_SUMMARY_ROWS


def _top(weights: pd.Series, n: int) -> list:
    """The ``n`` keys with the largest weights (ties in key order).

    >>> _top(pd.Series({"a": 1, "b": 3, "c": 3}), 2)
    ['b', 'c']
    """
    return sorted(weights.index, key=lambda k: (-weights[k], str(k)))[:n]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def plot_article_sizes(articles: pd.DataFrame, *, by: str = "perspective", max_rows: int = MAX_ROWS):
    """Words in each file as read versus words kept in the body, coloured by ``by``.

    One bar per article up to ``max_rows`` articles; beyond, one bar per group summing its articles (at most
    ``MAX_SUMMARY_ROWS`` rows: the groups with most articles, the others summed in a last line of text). The
    rows are every article; when the bars are per group, ``shown_as`` names the bar each article is summed in.
    ``by`` may be the index's name (``article_id``).

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> fig, rows = plot_article_sizes(load_corpus(SEEDS))
    >>> rows.columns.tolist()
    ['article_id', 'label', 'group', 'words_in_file', 'words_kept', 'repeats_dropped']
    >>> fig, rows = plot_article_sizes(load_corpus(SEEDS), max_rows=1)
    >>> rows["shown_as"].tolist()
    ['in the bar of finnish (1 article)', 'in the bar of russian (1 article)']
    """
    rows = pd.DataFrame({
        "article_id": articles.index,
        "label": articles["label"].to_numpy(),
        "group": (articles[by] if by in articles.columns or by != articles.index.name else articles.index.to_series())
        .fillna("unknown").astype(str).to_numpy(),
        "words_in_file": [count_words(r) if isinstance(r, str) else 0 for r in articles["raw"]],
        "words_kept": articles["n_words"].to_numpy(),
        "repeats_dropped": articles["repeats_dropped"].to_numpy(),
    }).sort_values(["group", "article_id"], kind="stable").reset_index(drop=True)
    if len(rows) > max_rows:
        return _article_sizes_per_group(rows, by)
    colours = group_colours(rows["group"])
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(rows) + 1.5))
    y = range(len(rows))
    ax.barh(y, rows["words_in_file"], color="#dddddd", label="words in the file")
    ax.barh(y, rows["words_kept"], color=[colours[g] for g in rows["group"]], height=0.5,
            label="words kept in the body")
    ax.set_yticks(list(y), [f"{l}\n({g})" for l, g in zip(rows["label"], rows["group"])])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title(f"Article sizes before and after cleaning (N = {len(rows)} articles)")
    ax.legend(loc="lower right", frameon=False)
    return fig, rows


def _article_sizes_per_group(rows: pd.DataFrame, by: str):
    """``plot_article_sizes`` with too many articles for a bar each: one bar per group, its articles summed; with
    too many groups, the groups with most articles (then most words) and a line for the others."""
    sums = rows.groupby("group", sort=True).agg(n=("article_id", "size"), file=("words_in_file", "sum"),
                                               kept=("words_kept", "sum"))
    colours = group_colours(sums.index)
    ranked = sorted(sums.index, key=lambda g: (-sums.at[g, "n"], -sums.at[g, "file"], g))
    shown = ranked if len(sums) <= MAX_SUMMARY_ROWS else ranked[:MAX_SUMMARY_ROWS - 1]
    shown = [g for g in sums.index if g in set(shown)]  # in name order, as the colours
    rest = [g for g in sums.index if g not in set(shown)]
    bars = sums.loc[shown].reset_index()
    labels = [f"{g}\n({_plural(n, 'article')}" + (f", {k / f:.0%} of the words kept)" if f else ")")
              for g, n, f, k in zip(bars["group"], bars["n"], bars["file"], bars["kept"])]
    rows = rows.copy()
    count = rows["group"].map(sums["n"])
    rows["shown_as"] = [f"in the bar of {g} ({_plural(int(n), 'article')})" if g in set(shown) else
                        f"not drawn: in the line 'and {len(rest):,} more groups'" for g, n in zip(rows["group"], count)]
    title = (f"Article sizes before and after cleaning, summed per {by} "
             f"(N = {len(rows):,} articles in {len(sums):,} groups)")
    note = (f"{len(rows):,} articles are too many for a bar each: each bar sums the articles of one group"
            + (f"; the {len(shown)} groups with most articles (then most words) have a bar, the other "
               f"{len(rest):,} are summed in the last line" if rest else "") + ". The table lists every article.")
    width = 8.5
    top = title_inches(title, note, width) + 0.25
    n_bars = len(bars) + bool(rest)
    fig, ax = plt.subplots(figsize=capped(width, 0.5 * n_bars + top + 1.2))
    fig.subplots_adjust(top=1 - top / fig.get_figheight(), bottom=1.0 / fig.get_figheight(), left=0.33, right=0.97)
    add_title(fig, title, note, width)
    y = list(range(len(bars)))
    ax.barh(y, bars["file"], color="#dddddd", label="words in the files")
    ax.barh(y, bars["kept"], color=[colours[g] for g in bars["group"]], height=0.5, label="words kept in the bodies")
    if rest:
        r = sums.loc[rest]
        f, k = r["file"].sum(), r["kept"].sum()
        labels.append(f"and {len(rest):,} more groups\n({_plural(int(r['n'].sum()), 'article')})")
        ax.text(0, len(bars), f"  not drawn: {k:,} of their {f:,} words kept" + (f" ({k / f:.0%})" if f else ""),
                va="center", fontsize=9, color="#555555")
    ax.set_yticks(range(n_bars), [plain(l) for l in labels], fontsize=9)
    ax.set_ylim(n_bars - 0.5, -0.5)
    ax.set_xlabel("words, summed over the group's articles")
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    handles = [Patch(color="#dddddd", label="words in the files"),
               Patch(color=SHARED, label="words kept in the bodies"
                     + (" (colour: the group)" if len(sums) <= len(PALETTE) else ""))]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.33, 0.0), ncol=2, frameon=False, fontsize=9)
    return fig, rows


# ---------------------------------------------------------------------------------------------
# Stated figures (``helpers.extract.stated.stated_figures``): crossings, people, a timeline of dates.

MAX_MARKS = 30        # a crossings row draws at most this many marks (the label keeps the number)
ROW_INCHES = 0.55     # height of one chart row: two lines of 9-pt text fit without touching
STRIP_INCHES = 0.62   # height of one row of dots (one per figure) in the per-group view of ``plot_people``
SNIPPET_WORDS = (4, 3)  # words of context before and after a date mention in the timeline
ZOOM_DAYS = 92        # the timeline's zoom panel covers the densest stretch of this many days
NEUTRAL = "#8c8c8c"
_FIELD_ORDER = {"title": 0, "standfirst": 1, "body": 2}
_TRACE = ["article_id", "field", "sentence_no", "start_char", "end_char", "text", "sentence"]


def _short(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _num(value) -> str:
    """``1000.0`` → ``'1,000'``; ``2.5`` → ``'2.5'``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def interval_text(start, end) -> str:
    """A normalised date range, as short as it can honestly be.

    >>> import pandas as pd
    >>> ts = pd.Timestamp
    >>> interval_text(ts("2023-11-18"), ts("2023-11-19")), interval_text(ts("2023-11-01"), ts("2023-11-30"))
    ('18–19 Nov 2023', 'Nov 2023')
    >>> interval_text(ts("2021-01-01"), ts("2021-12-31")), interval_text(ts("2023-10-21"), ts("2023-11-03"))
    ('2021', '21 Oct – 3 Nov 2023')
    >>> interval_text(pd.NaT, pd.NaT)
    ''
    """
    if pd.isna(start):
        return ""
    start = pd.Timestamp(start)
    end = start if pd.isna(end) else pd.Timestamp(end)
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and end.is_month_end and (start.year, start.month) == (end.year, end.month):
        return f"{start:%b %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def _inferred_dates(figures: pd.DataFrame) -> set:
    """(article_id, text, start) of the date mentions resolved on an inferred anchor."""
    dates = figures[(figures["kind"] == "date") & (figures["inferred"] == True)]  # noqa: E712 (object column)
    return {(a, t, s) for a, t, s in zip(dates["article_id"], dates["text"], dates["start"])}


def reference_text(row, inferred: set = frozenset()) -> str:
    """What a count's ``ref_*`` columns say, for a label: ``during the weekend (18–19 Nov 2023)``."""
    if pd.isna(row.get("ref_start")):
        return "no date stated or published"
    span = interval_text(row["ref_start"], row["ref_end"])
    if row.get("ref_from") == "published":
        return f"publication date ({span})"
    note = "inferred" if (row["article_id"], row["ref_text"], row["ref_start"]) in inferred else ""
    said = _short(row["ref_text"], 40)
    inside = [x for x in ("" if span in said else span, note) if x]
    return f"{said} ({', '.join(inside)})" if inside else said


def _counts_of(figures: pd.DataFrame, topic: str, by: str, label_col: str) -> pd.DataFrame:
    """The count rows of one topic, ordered by the date they refer to (undated last), then by source."""
    for col in (by, label_col):
        if col not in figures.columns:
            raise KeyError(f"column {col!r} is not in the stated figures (columns: {', '.join(figures.columns)})")
    rows = figures[(figures["kind"] == "count") & (figures["topic"] == topic)].copy()
    inferred = _inferred_dates(figures)
    rows["group"] = _groups(rows, by)
    rows["source"] = rows[label_col].fillna("").astype(str)
    rows["refers_to"] = [reference_text(r, inferred) for _, r in rows.iterrows()]
    rows["_field"] = rows["field"].map(_FIELD_ORDER).fillna(9)
    rows = rows.sort_values(["ref_start", "ref_end", "source", "article_id", "_field", "start_char"],
                            na_position="last", kind="stable")
    return rows.drop(columns="_field").reset_index(drop=True)


def _groups(rows: pd.DataFrame, by: str) -> pd.Series:
    return rows[by].fillna("unknown").astype(str).replace("", "unknown")


def _colours(figures: pd.DataFrame, by: str) -> dict:
    """One colour per group of the whole input, so a group keeps its colour in every chart (``group_colours``:
    one shared colour when there are more groups than colours)."""
    return group_colours(_groups(figures, by)) if len(figures) else {}


def _height(n_rows: int, extra: float = 2.2) -> float:
    return max(n_rows, 1) * ROW_INCHES + extra


def _layout(fig, top_in: float, bottom_in: float, left: float = 0.0, right: float = 0.98) -> None:
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top_in / h, bottom=bottom_in / h, left=left, right=right)


def _empty(ax, message: str) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=10, color="#555555")


def _n_articles(rows: pd.DataFrame) -> str:
    n = rows["article_id"].nunique() if len(rows) else 0
    return f"{n} article{'s' if n != 1 else ''}"


def _group_handles(groups, colours: dict) -> list:
    """A legend entry per group; none when every group has the same colour (more groups than colours)."""
    if len(colours) > len(PALETTE):
        return []
    return [Patch(color=colours[g], label=g) for g in sorted(set(groups))]


def plot_crossings(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label",
                   max_rows: int = MAX_ROWS):
    """Border crossings as each source states them: one row of marks per statement (topic ``crossings``).

    A row holds N marks, N = ``of`` when stated ("four of the eight") else ``value``. The ``value``
    marks are the ones the text states: filled for closed, outlined for open, grey circles when the
    sentence has neither word. The ``of − value`` others are only implied by "X of Y" and are drawn
    lighter with the opposite fill (not closed / not open). Each row names its source and the date
    the statement refers to (``ref_text`` and its interval). Rows are ordered by that date.

    With more than ``max_rows`` statements, one row per claim instead (the same marks: the same number of
    crossings stated, and implied, as open or closed), with how many statements make it and from which
    groups; at most ``MAX_SUMMARY_ROWS`` claims, those stated most often.

    Returns ``(fig, rows)``: one row per statement, with the sentence it came from (and ``shown_as``, the claim
    row it is counted in, when the chart is per claim).

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.extract.stated import stated_figures
    >>> fig, rows = plot_crossings(stated_figures(load_corpus(SEEDS)))
    >>> rows[["text", "n_marks", "stated_marks", "implied_marks", "state"]].values.tolist()
    [['four of the eight border crossings', 8, 4, 4, 'closed'], ['one out of eight checkpoints', 8, 1, 7, 'open']]
    """
    rows = _counts_of(figures, "crossings", by, label_col)
    value = rows["value"].fillna(0).clip(lower=0).round().astype(int)
    whole = rows["of"].where(rows["of"].notna() & (rows["of"] >= rows["value"]), rows["value"]).fillna(0)
    rows["n_marks"] = whole.clip(lower=0).round().astype(int)
    rows["stated_marks"] = value
    rows["implied_marks"] = (rows["n_marks"] - rows["stated_marks"]).clip(lower=0)
    rows["state"] = rows["state"].where(rows["state"].isin(["open", "closed"]), None)
    rows["implied_state"] = [("not " + s if s else "state not stated") if k else None
                             for s, k in zip(rows["state"], rows["implied_marks"])]
    colours = _colours(figures, by)
    if len(rows) > max_rows:
        return _crossings_per_claim(rows, colours, by)
    longest = int(min(rows["n_marks"].max(), MAX_MARKS)) if len(rows) else 8
    width = max(7.5, 0.32 * max(longest, 8) + 6.0)
    fig, ax = plt.subplots(figsize=(width, _height(len(rows), 2.4)))
    _layout(fig, 0.75, 1.3, left=0.02, right=0.55 if len(rows) else 0.98)
    n = len(rows)
    title = f"Border crossings as each source states them (N = {n} statement{'s' if n != 1 else ''} in {_n_articles(rows)})"
    ax.set_title(textwrap.fill(title, 80), loc="left")
    if not n:
        _empty(ax, "No statement about border crossings in this corpus")
        return fig, rows.reindex(columns=_crossing_columns())
    for y, r in rows.iterrows():
        colour = colours[r["group"]]
        stated_n = min(r["stated_marks"], MAX_MARKS)
        implied_n = min(r["implied_marks"], MAX_MARKS - stated_n)
        xs = list(range(1, stated_n + 1))
        xi = list(range(stated_n + 1, stated_n + implied_n + 1))
        if r["state"] is None:
            ax.scatter(xs, [y] * len(xs), marker="o", s=110, color=NEUTRAL, zorder=3)
            ax.scatter(xi, [y] * len(xi), marker="o", s=110, color=NEUTRAL, alpha=0.3, zorder=3)
        else:
            filled = r["state"] == "closed"
            ax.scatter(xs, [y] * len(xs), marker="s", s=150, linewidths=1.8, zorder=3,
                       facecolors=colour if filled else "white", edgecolors=colour)
            ax.scatter(xi, [y] * len(xi), marker="s", s=150, linewidths=1.8, zorder=3, alpha=0.3,
                       facecolors="white" if filled else colour, edgecolors=colour)
        shown = stated_n + implied_n
        more = r["n_marks"] - shown
        if more > 0:
            ax.text(shown + 0.7, y, f"+{more:,} more", va="center", fontsize=8, color="#555555")
        if r["n_marks"] == 0:
            ax.text(0.8, y, "0 (none)", va="center", fontsize=9, color="#555555")
        approx = "≈" if r["approx"] is True else ""
        state = r["state"] or "no open/closed word"
        note = f"{state} · “{_short(r['text'], 48)}” ({approx}{_num(r['value'])}" + (
            f" of {_num(r['of'])})" if pd.notna(r["of"]) else ")")
        ax.annotate(plain(note) + "\n" + plain(r["refers_to"]), xy=(1.0, y), xycoords=("axes fraction", "data"),
                    xytext=(10, 0), textcoords="offset points", va="center", fontsize=9)
    ax.set_yticks(range(n), [plain(f"{_short(s, 34)}\n({g})") for s, g in zip(rows["source"], rows["group"])],
                  fontsize=9)
    for tick, g in zip(ax.get_yticklabels(), rows["group"]):
        tick.set_color(colours[g])
    ax.set_ylim(n - 0.5, -0.5)
    _mark_axis(ax, longest, (rows["n_marks"] > MAX_MARKS).any(), "crossings, one mark each (as many as the statement names)")
    handles = [
        *_mark_handles(),
        *_group_handles(rows["group"], colours),
    ]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=3, frameon=False, fontsize=9)
    return fig, rows[_crossing_columns()]


def _mark_axis(ax, longest: int, overflow: bool, xlabel: str, **label) -> None:
    """The crossings charts' x axis: one position per mark, room for a "+K" when a statement names too many."""
    ax.set_xlim(0.3, max(longest, 1) + (1.8 if overflow else 0.7))
    ax.set_xticks(range(1, max(longest, 1) + 1))
    ax.set_xlabel(xlabel, **label)
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)


def _mark_handles() -> list:
    """The legend of the crossings charts' marks."""
    return [
        Line2D([], [], marker="s", ls="", ms=10, mfc="#333333", mec="#333333", label="stated closed"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="white", mec="#333333", mew=1.8, label="stated open"),
        Line2D([], [], marker="o", ls="", ms=10, color=NEUTRAL, label="stated, no open/closed word"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="white", mec="#333333", mew=1.8, alpha=0.3,
               label="implied by “X of Y”: not closed"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="#333333", mec="#333333", alpha=0.3,
               label="implied by “X of Y”: not open"),
    ]


def _claim(state, stated: int, implied: int) -> str:
    """``4 of 8 closed``: the marks a crossings statement draws, in words."""
    return f"{stated:,}" + (f" of {stated + implied:,}" if implied else "") + (f" {state}" if state else
                                                                              " (no open/closed word)")


def _count_axis(ax, counts: pd.DataFrame, colours: dict, *, what: str, by: str) -> list:
    """Stacked horizontal bars: one per row of ``counts`` (its index: y positions), one segment per group
    (column), the total written at the end. Returns the legend handles of the groups."""
    one_colour = len(colours) > len(PALETTE) or len(set(colours.values())) == 1 and len(colours) > 1
    y = counts.index.to_numpy()
    left = np.zeros(len(counts))
    if one_colour:
        left = counts.sum(axis=1).to_numpy(float)
        ax.barh(y, left, height=0.6, color=SHARED, linewidth=0)
    for g in ([] if one_colour else counts.columns):
        width = counts[g].to_numpy(float)
        some = width > 0  # no empty segments: hundreds of groups would draw thousands of invisible bars
        ax.barh(y[some], width[some], left=left[some], height=0.6, color=colours.get(g, NEUTRAL), linewidth=0)
        left += width
    top = max(left.max(), 1) if len(left) else 1
    for yy, total in zip(y, left):
        ax.text(total + top * 0.02, yy, f"{int(total):,}", va="center", fontsize=8, color="#333333")
    ax.set_xlim(0, top * 1.25)
    ax.set_xlabel(f"{what}" + (f" (all {len(counts.columns):,} {by} groups in one colour)" if one_colour else
                               f" (colour: {by})"), fontsize=9)
    ax.tick_params(axis="y", length=0, labelleft=False)
    ax.set_axisbelow(True)
    ax.grid(axis="x", color="#eeeeee", zorder=0)
    return [] if one_colour else [Patch(color=colours[g], label=plain(g)) for g in sorted(counts.columns)]


def _crossings_per_claim(rows: pd.DataFrame, colours: dict, by: str):
    """``plot_crossings`` with too many statements for a row each: one row per claim."""
    rows = rows.copy()
    rows["_claim"] = [_claim(s, a, b) for s, a, b in zip(rows["state"], rows["stated_marks"], rows["implied_marks"])]
    claims = rows.groupby("_claim", sort=False).agg(
        n=("text", "size"), articles=("article_id", "nunique"), first=("ref_start", "min"), last=("ref_end", "max"),
        undated=("ref_start", lambda x: int(x.isna().sum())), state=("state", "first"),
        stated=("stated_marks", "first"), implied=("implied_marks", "first"), n_marks=("n_marks", "first"))
    order = _top(claims["n"], MAX_SUMMARY_ROWS)
    rest = claims.drop(index=order)
    shown = claims.loc[order].rename_axis("claim").reset_index()
    rows["shown_as"] = [f"in the row “{c}”" if c in set(order) else
                        f"not drawn: “{c}” is not among the {len(order)} claims stated most often"
                        for c in rows["_claim"]]
    counts = rows[rows["_claim"].isin(order)].pivot_table(index="_claim", columns="group", values="text",
                                                          aggfunc="size", fill_value=0).reindex(order).fillna(0)
    counts.index = range(len(order))
    rows = rows.drop(columns="_claim")
    n, k = len(rows), len(shown)
    title = (f"Border crossings as the sources state them, one row per claim (N = {n:,} statements in "
             f"{_n_articles(rows)})")
    note = (f"{n:,} statements are too many for a row each: one row per claim (the same number of crossings stated "
            f"open or closed), with the statements that make it" +
            (f"; the {k} claims stated most often, of {len(claims):,}: the other {len(rest):,} "
             f"({int(rest['n'].sum()):,} statements) are in the table" if len(rest) else "") +
            ". The table lists every statement and its sentence.")
    longest = int(min(shown["n_marks"].max(), MAX_MARKS))
    marks_w = 0.32 * max(longest, 8) + 0.8
    label_w, count_w = 5.2, 3.2
    width = label_w + marks_w + count_w + 0.5
    top = title_inches(title, note, width) + 0.3
    fig, (ax, bx) = plt.subplots(1, 2, figsize=capped(width, k * ROW_INCHES + top + 1.5), sharey=True,
                                 gridspec_kw={"width_ratios": [marks_w, count_w]})
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=1.45 / h, left=label_w / width, right=1 - 0.3 / width,
                        wspace=1.0 / width)
    add_title(fig, title, note, width)
    for y, r in shown.iterrows():
        stated_n = min(int(r["stated"]), MAX_MARKS)
        implied_n = min(int(r["implied"]), MAX_MARKS - stated_n)
        xs = list(range(1, stated_n + 1))
        xi = list(range(stated_n + 1, stated_n + implied_n + 1))
        if r["state"] is None:
            ax.scatter(xs, [y] * len(xs), marker="o", s=110, color=NEUTRAL, zorder=3)
            ax.scatter(xi, [y] * len(xi), marker="o", s=110, color=NEUTRAL, alpha=0.3, zorder=3)
        else:
            filled = r["state"] == "closed"
            ax.scatter(xs, [y] * len(xs), marker="s", s=150, linewidths=1.8, zorder=3,
                       facecolors="#333333" if filled else "white", edgecolors="#333333")
            ax.scatter(xi, [y] * len(xi), marker="s", s=150, linewidths=1.8, zorder=3, alpha=0.3,
                       facecolors="white" if filled else "#333333", edgecolors="#333333")
        more = int(r["n_marks"]) - stated_n - implied_n
        if more > 0:
            ax.text(stated_n + implied_n + 0.7, y, f"+{more:,} more", va="center", fontsize=8, color="#555555")
        if r["n_marks"] == 0:
            ax.text(0.8, y, "0 (none)", va="center", fontsize=9, color="#555555")
    labels = []
    for r in shown.itertuples():
        span = interval_text(r.first, r.last) if pd.notna(r.first) else ""
        when = "; ".join(([f"refer to {span}"] if span else []) + ([f"{r.undated:,} undated"] if r.undated else []))
        labels.append(f"{r.claim}\n{_plural(int(r.n), 'statement')} in {_plural(int(r.articles), 'article')}"
                      + (f" · {when}" if when else ""))
    ax.set_yticks(range(k), [plain(l) for l in labels], fontsize=9)
    ax.set_ylim(k - 0.5, -0.5)
    _mark_axis(ax, longest, (shown["n_marks"] > MAX_MARKS).any(), "crossings, one mark each", fontsize=9)
    handles = [
        *_mark_handles(),
        *_count_axis(bx, counts, {g: colours.get(g, NEUTRAL) for g in sorted(set(rows["group"]))},
                     what="statements", by=by),
    ]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=4, frameon=False, fontsize=9)
    return fig, rows[_crossing_columns() + ["shown_as"]]


def _crossing_columns() -> list[str]:
    return ["article_id", "source", "group", "field", "sentence_no", "start_char", "end_char", "text", "value",
            "of", "approx", "what", "state", "n_marks", "stated_marks", "implied_marks", "implied_state",
            "ref_text", "ref_start", "ref_end", "ref_from", "refers_to", "sentence"]


def plot_people(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label", max_rows: int = MAX_ROWS):
    """People each source counts (topic ``people``): one horizontal bar per statement.

    Approximate figures (hedged, or a vague plural such as "thousands") are hatched and shown with
    "≈". The x axis turns logarithmic when the values span more than two orders of magnitude, and
    its label says so. Each row names its source, what was counted and the date it refers to.

    With more than ``max_rows`` figures, one row per group instead, each figure a dot on it (hollow when
    approximate); at most ``MAX_SUMMARY_ROWS`` rows, the groups with fewest
    figures pooled in the last. The rows are every figure (with ``shown_as``, the row of its dot).

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.extract.stated import stated_figures
    >>> fig, rows = plot_people(stated_figures(load_corpus(SEEDS)))
    >>> rows[["text", "value", "approx"]].values.tolist()
    [['thousands of migrants', 1000.0, True], ['Around 900 asylum seekers', 900.0, True]]
    """
    rows = _counts_of(figures, "people", by, label_col)
    rows["approx"] = rows["approx"].map(lambda a: a is True or a == 1)  # noqa: E731
    positive = rows.loc[rows["value"] > 0, "value"]
    log = bool(len(positive) and positive.max() / positive.min() > 100)
    rows["log_scale"] = log
    n = len(rows)
    if n > max_rows:
        return _people_per_group(rows, _colours(figures, by), by, log)
    fig, ax = plt.subplots(figsize=(9.5, _height(n, 2.2)))
    _layout(fig, 0.75, 1.05, left=0.02, right=0.98)
    title = f"People counted in each source (N = {n} figure{'s' if n != 1 else ''} in {_n_articles(rows)})"
    ax.set_title(textwrap.fill(title, 80), loc="left")
    if not n:
        _empty(ax, "No count of people in this corpus")
        return fig, rows.reindex(columns=_people_columns())
    colours = _colours(figures, by)
    y = list(range(n))
    for i, r in rows.iterrows():
        colour = colours[r["group"]]
        if r["approx"]:
            ax.barh(i, r["value"], height=0.6, color="white", edgecolor=colour, hatch="///", linewidth=1.2, zorder=2)
        else:
            ax.barh(i, r["value"], height=0.6, color=colour, edgecolor=colour, linewidth=1.2, zorder=2)
        text = ("≈" if r["approx"] else "") + _num(r["value"])
        x = r["value"] * 1.08 if log else r["value"] + 0.01 * max(rows["value"].max(), 1)
        ax.text(max(x, 1.05) if log else x, i, text, va="center", fontsize=9)
    labels = [f"{_short(s, 34)} ({g}) · {_short(w, 30)}\n{rf}" for s, g, w, rf in
              zip(rows["source"], rows["group"], rows["what"].fillna(""), rows["refers_to"])]
    ax.set_yticks(y, [plain(l) for l in labels], fontsize=9)
    for tick, g in zip(ax.get_yticklabels(), rows["group"]):
        tick.set_color(colours[g])
    ax.set_ylim(n - 0.5, -0.5)
    top = max(rows["value"].max(), 1)
    if log:
        ax.set_xscale("log")
        ax.set_xlim(1, top * 5)
        ax.set_xlabel("people stated (log scale: the values span more than two orders of magnitude)")
    else:
        ax.set_xlim(0, top * 1.2)
        ax.set_xlabel("people stated")
    ax.grid(axis="x", color="#eeeeee", zorder=0)
    ax.tick_params(axis="y", length=0)
    handles = [Patch(facecolor="#555555", label="stated exactly"),
               Patch(facecolor="white", edgecolor="#555555", hatch="///", label="≈ approximate (hedged or vague plural)"),
               *_group_handles(rows["group"], colours)]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=4, frameon=False, fontsize=9)
    return fig, rows[_people_columns()]


def _people_per_group(rows: pd.DataFrame, colours: dict, by: str, log: bool):
    """``plot_people`` with too many figures for a bar each: one row of dots per group."""
    rows = rows.copy()
    sizes = rows.groupby("group", sort=True)["text"].size()
    ranked = sorted(sizes.index, key=lambda g: (-sizes[g], g))
    shown = ranked if len(sizes) <= MAX_SUMMARY_ROWS else ranked[:MAX_SUMMARY_ROWS - 1]
    shown = [g for g in sizes.index if g in set(shown)]
    rest = [g for g in sizes.index if g not in set(shown)]
    pooled = f"{len(rest):,} other groups"
    line = {g: i for i, g in enumerate(shown)} | {g: len(shown) for g in rest}
    rows["shown_as"] = [f"a dot in the row of {g}" if g in set(shown) else f"a dot in the row '{pooled}'"
                        for g in rows["group"]]
    k = len(shown) + bool(rest)
    n = len(rows)
    title = f"People counted in each source, one row per {by} (N = {n:,} figures in {_n_articles(rows)})"
    note = (f"{n:,} figures are too many for a bar each: each dot is one figure, on the row of its group (what "
            f"was counted and when differ from dot to dot)"
            + (f"; the {len(shown)} groups with most figures have a row, the other {len(rest):,} share the last"
               if rest else "") +
            ". The table lists every figure and its sentence.")
    width = 11.0
    top = title_inches(title, note, width) + 0.3
    fig, ax = plt.subplots(figsize=capped(width, k * STRIP_INCHES + top + 1.3))
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=1.2 / h, left=0.3, right=0.97)
    add_title(fig, title, note, width)
    offsets = np.linspace(-0.27, 0.27, 7)
    labels = []
    for y in range(k):
        mine = rows[[line[g] == y for g in rows["group"]]].sort_values(["value", "article_id", "start_char"],
                                                                        kind="stable")
        colour = colours.get(shown[y], NEUTRAL) if y < len(shown) else OTHER
        values = mine["value"].clip(lower=1) if log else mine["value"]
        jitter = [y + offsets[i % len(offsets)] for i in range(len(mine))]
        approx = mine["approx"].to_numpy(bool)
        ax.scatter(values[~approx], [j for j, a in zip(jitter, approx) if not a], s=28, color=colour, alpha=0.8,
                   linewidths=0, zorder=3)
        ax.scatter(values[approx], [j for j, a in zip(jitter, approx) if a], s=28, facecolors="white",
                   edgecolors=colour, linewidths=1.2, zorder=3)
        who = shown[y] if y < len(shown) else pooled
        span = (f" · {_num(mine['value'].min())} to {_num(mine['value'].max())}" if len(mine) > 1 else "")
        labels.append(f"{_short(who, 40)}\n{_plural(len(mine), 'figure')} in "
                      f"{_plural(mine['article_id'].nunique(), 'article')}{span}")
    ax.set_yticks(range(k), [plain(l) for l in labels], fontsize=9)
    for tick, g in zip(ax.get_yticklabels(), shown):
        tick.set_color(colours.get(g, NEUTRAL))
    ax.set_ylim(k - 0.5, -0.5)
    top_value = max(rows["value"].max(), 1)
    if log:
        ax.set_xscale("log")
        ax.set_xlim(0.8, top_value * 2)
        ax.set_xlabel("people stated (log scale: the values span more than two orders of magnitude)")
    else:
        ax.set_xlim(0, top_value * 1.05)
        ax.set_xlabel("people stated")
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}"))
    ax.grid(axis="x", color="#eeeeee", zorder=0)
    ax.grid(axis="y", color="#f3f3f3", zorder=0)
    ax.tick_params(axis="y", length=0)
    handles = [Line2D([], [], marker="o", ls="", ms=6, color="#555555", label="a figure stated exactly"),
               Line2D([], [], marker="o", ls="", ms=6, mfc="white", mec="#555555", mew=1.2,
                      label="≈ approximate (hedged or vague plural)")]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=3, frameon=False, fontsize=9)
    return fig, rows[_people_columns() + ["shown_as"]]


def _people_columns() -> list[str]:
    return ["article_id", "source", "group", "field", "sentence_no", "start_char", "end_char", "text", "value",
            "approx", "what", "ref_text", "ref_start", "ref_end", "ref_from", "refers_to", "log_scale", "sentence"]


def snippet(sentence: str, text: str, words: tuple[int, int] = SNIPPET_WORDS) -> str:
    """The mention with a few words either side from its sentence, cut with "…".

    >>> snippet("Finland has officially terminated the agreement signed with Russia in 2012, citing concerns.", "in 2012")
    '…agreement signed with Russia in 2012, citing concerns.'
    """
    sentence = re.sub(r"\s+", " ", str(sentence or "")).strip()
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    at = sentence.find(text) if text else -1
    if at < 0:
        return _short(text or sentence, 60)
    before = sentence[:at].split()
    after = sentence[at + len(text):]
    glued = "" if not after or after[0] == " " else after.split(" ", 1)[0]  # "2012," keeps its comma
    rest = after[len(glued):].split()
    out = " ".join(before[-words[0]:] if words[0] else []) + (" " if before else "") + text + glued
    out += (" " + " ".join(rest[:words[1]])) if rest[:words[1]] else ""
    lead = "…" if len(before) > words[0] else ""
    tail = "…" if len(rest) > words[1] else ""
    return lead + out.strip() + tail


def _zoom_window(starts: pd.Series, ends: pd.Series, published: pd.Series):
    """The densest stretch of ZOOM_DAYS (month-aligned), or None when the whole span is short enough."""
    lo, hi = starts.min(), ends.max()
    if (hi - lo).days <= 2 * ZOOM_DAYS:
        return None
    short = (ends - starts).dt.days < ZOOM_DAYS
    points = list(starts[short]) + list(published.dropna())
    best, best_n = None, -1
    for t in sorted(set(points)):
        n = sum(1 for s, e in zip(starts[short], ends[short]) if s <= t + pd.Timedelta(days=ZOOM_DAYS) and e >= t)
        n += sum(1 for p in published.dropna() if t <= p <= t + pd.Timedelta(days=ZOOM_DAYS))
        if n > best_n:
            best, best_n = t, n
    a = (best - pd.Timedelta(days=10)).replace(day=1)
    b = (best + pd.Timedelta(days=ZOOM_DAYS + 10))
    b = b + pd.offsets.MonthEnd(0) + pd.Timedelta(days=1)
    return a, b


def plot_timeline(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label",
                  max_rows: int = MAX_ROWS):
    """Every dated event the sources state, on a calendar: points for exact days, bars for vague dates.

    One row per date mention (kind ``date``) that resolves to a calendar range, ordered by date,
    labelled with its source and a short snippet of its sentence; colours are the ``by`` groups.
    Dates resolved on an inferred anchor (the article states no publication date) are drawn hollow
    and dashed. Dotted vertical lines are the articles' publication dates. When the dates span
    more than about six months there are two panels: the whole span, and a zoom on the densest
    stretch (rows outside it are flagged at its edge with their date; bars that run on past an edge
    carry a white arrowhead there).

    Mentions that do not resolve (``start`` is NaT) are not drawn; they stay in the returned rows
    with ``drawn`` False and a ``note``.

    With more than ``max_rows`` mentions that resolve, one row per date instead (the same day or
    interval), with how many mentions state it, per group: the ``MAX_SUMMARY_ROWS`` dates stated most
    often, in date order. The rows are every mention, with ``shown_as`` (the date row it is counted in);
    the mentions of the other dates have ``drawn`` False and a ``note`` saying why.

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> from helpers.extract.stated import stated_figures
    >>> fig, rows = plot_timeline(stated_figures(load_corpus(SEEDS)))
    >>> int(rows["drawn"].sum()), rows.loc[~rows["drawn"], "text"].tolist()
    (10, ['on Thursday'])
    """
    for col in (by, label_col):
        if col not in figures.columns:
            raise KeyError(f"column {col!r} is not in the stated figures (columns: {', '.join(figures.columns)})")
    rows = figures[figures["kind"] == "date"].copy()
    rows["group"] = _groups(rows, by)
    rows["source"] = rows[label_col].fillna("").astype(str)
    rows["inferred"] = rows["inferred"].map(lambda v: v is True or v == 1)  # noqa: E731
    rows["drawn"] = rows["start"].notna()
    rows["interval"] = [interval_text(s, e) for s, e in zip(rows["start"], rows["end"])]
    rows["snippet"] = [snippet(s, t) for s, t in zip(rows["sentence"], rows["text"])]
    rows["note"] = ["" if d else "not drawn: the text does not fix this date (no publication date to anchor it on)"
                    for d in rows["drawn"]]
    rows["_field"] = rows["field"].map(_FIELD_ORDER).fillna(9)
    rows = rows.sort_values(["drawn", "start", "end", "source", "article_id", "_field", "start_char"],
                            ascending=[False, True, True, True, True, True, True], na_position="last", kind="stable")
    rows = rows.drop(columns="_field").reset_index(drop=True)
    drawn = rows[rows["drawn"]].reset_index(drop=True)
    n, n_out = len(drawn), int((~rows["drawn"]).sum())
    title = (f"Dates the sources state (N = {n} mention{'s' if n != 1 else ''} drawn, from {_n_articles(drawn)}"
             + (f"; {n_out} unresolved, not drawn" if n_out else "") + ")")
    columns = ["article_id", "source", "group", "field", "sentence_no", "start_char", "end_char", "text", "start",
               "end", "interval", "granularity", "anchored_on", "inferred", "drawn", "note", "snippet", "sentence"]
    if not n:
        fig, ax = plt.subplots(figsize=(9, _height(0)))
        _layout(fig, 0.75, 0.6, left=0.02)
        ax.set_title(textwrap.fill(title, 90), loc="left")
        _empty(ax, "No date in this corpus resolves to the calendar")
        return fig, rows.reindex(columns=columns)

    colours = _colours(figures, by)
    if n > max_rows:
        return _timeline_per_date(rows, figures, colours, by, columns)
    start, end = drawn["start"], drawn["end"] + pd.Timedelta(days=1)  # an inclusive day is drawn as a day long
    published = figures.drop_duplicates("article_id").set_index("article_id")["published"].dt.normalize()
    pub_groups = _groups(figures.drop_duplicates("article_id").set_index("article_id"), by)
    zoom = _zoom_window(start, end, published)
    panels = [(start.min(), end.max(), "whole span")] + ([(zoom[0], zoom[1], "zoom")] if zoom else [])
    fig, axes = plt.subplots(1, len(panels), figsize=(6.5 + 5.5 * (len(panels) - 1) + 4.5, _height(n, 2.3)),
                             sharey=True, gridspec_kw={"width_ratios": [1, 1.6][:len(panels)]}, squeeze=False)
    axes = axes[0]
    _layout(fig, 0.8, 1.35, left=0.36 if len(panels) == 2 else 0.42, right=0.98)
    fig.subplots_adjust(wspace=0.06)
    fig.suptitle(textwrap.fill(title, 110), x=0.02, y=1 - 0.12 / fig.get_figheight(), ha="left", va="top",
                 fontsize=11)
    num = mdates.date2num
    for ax, (lo, hi, kind) in zip(axes, panels):
        ax.xaxis_date()
        x0, x1 = num(lo), num(hi)
        pad = (x1 - x0) * 0.03
        min_width = (x1 - x0) / 150  # a short interval stays visible on a long panel
        for y, r in drawn.iterrows():
            colour = colours[r["group"]]
            a, b = num(start[y]), num(end[y])
            if r["granularity"] == "day" and r["start"] == r["end"]:
                ax.plot([(a + b) / 2], [y], marker="o", ms=8, ls="", zorder=3, mec=colour, mew=1.8,
                        mfc="white" if r["inferred"] else colour)
            else:
                if b - a < min_width:
                    a, b = (a + b - min_width) / 2, (a + b + min_width) / 2
                ax.barh(y, b - a, left=a, height=0.36, color="white" if r["inferred"] else colour,
                        edgecolor=colour, linewidth=1.6, linestyle="--" if r["inferred"] else "-", zorder=3)
            if kind == "zoom" and num(start[y]) < x0 <= num(end[y]):  # runs on past the zoom's left edge
                ax.text(x0, y, "◀", ha="left", va="center", fontsize=7, zorder=4,
                        color=colour if r["inferred"] else "white")
            if kind == "zoom" and num(start[y]) <= x1 < num(end[y]):
                ax.text(x1, y, "▶", ha="right", va="center", fontsize=7, zorder=4,
                        color=colour if r["inferred"] else "white")
            if kind == "zoom" and (num(end[y]) < x0 or num(start[y]) > x1):
                left = num(end[y]) < x0
                ax.text(x0 + pad * 0.3 if left else x1 - pad * 0.3, y,
                        ("◀ " + r["interval"]) if left else (r["interval"] + " ▶"),
                        ha="left" if left else "right", va="center", fontsize=8, color=colour)
        for aid, day in published.items():
            if pd.notna(day) and lo <= day <= hi:
                ax.axvline(num(day) + 0.5, color=colours.get(pub_groups[aid], NEUTRAL), ls=":", lw=1.2, zorder=1)
        ax.set_xlim(x0 - pad, x1 + pad)
        _calendar_ticks(ax, lo, hi)
        ax.grid(axis="x", color="#e6e6e6", zorder=0)
        ax.grid(axis="y", color="#f3f3f3", zorder=0)
        ax.tick_params(axis="y", length=0)
        ax.set_title("the whole span" if kind == "whole span" else
                     f"zoom: {interval_text(lo, hi - pd.Timedelta(days=1))}", fontsize=10, loc="left")
    labels = [f"{_short(sn, 62)}\n{_short(s, 30)} · {iv}" for sn, s, iv in
              zip(drawn["snippet"], drawn["source"], drawn["interval"])]
    axes[0].set_yticks(range(n), [plain(l) for l in labels], fontsize=9)
    for tick, g in zip(axes[0].get_yticklabels(), drawn["group"]):
        tick.set_color(colours[g])
    axes[0].set_ylim(n - 0.5, -0.5)
    handles = [
        Line2D([], [], marker="o", ls="", ms=8, color="#333333", label="an exact day"),
        Patch(facecolor="#333333", edgecolor="#333333", label="a vague date, drawn as its interval"),
        Line2D([], [], color="#333333", ls=":", lw=1.2, label="publication date (source colour)"),
        Line2D([], [], marker="o", ls="", ms=8, mfc="white", mec="#333333", mew=1.8,
               label="a day resolved on an inferred anchor"),
        Patch(facecolor="white", edgecolor="#333333", linestyle="--", linewidth=1.6,
              label="an interval resolved on an inferred anchor"),
        Line2D([], [], ls="", label="(inferred: the article states no publication date)"),
    ]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=2, frameon=False, fontsize=9)
    if _group_handles(drawn["group"], colours):
        fig.legend(handles=_group_handles(drawn["group"], colours), loc="lower left", bbox_to_anchor=(0.62, 0.0),
                   ncol=1 + (drawn["group"].nunique() > 3), frameon=False, fontsize=9, title=by, title_fontsize=9)
    return fig, rows[columns]


def _calendar_ticks(ax, lo, hi) -> None:
    """Date ticks for a span from *lo* to *hi*: years beyond three years, quarters beyond 250 days, else months."""
    span_days = (hi - lo).days
    if span_days > 3 * 365:
        ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, round(span_days / 365 / 6))))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    elif span_days > 250:
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 4, 7, 10]))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    else:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_minor_locator(mdates.DayLocator(bymonthday=[8, 15, 22]))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))


def _timeline_per_date(rows: pd.DataFrame, figures: pd.DataFrame, colours: dict, by: str, columns: list[str]):
    """``plot_timeline`` with too many mentions for a row each: one row per date stated, most stated first."""
    rows = rows.copy()
    resolved = rows["drawn"].to_numpy(bool)
    key = pd.Series([(s, e) if d else None for s, e, d in zip(rows["start"], rows["end"], resolved)], index=rows.index)
    mentions = key[resolved].value_counts(sort=False)
    chosen = sorted(_top(mentions, MAX_SUMMARY_ROWS))  # in date order
    position = {k: i for i, k in enumerate(chosen)}
    drawn = [k in position if d else False for k, d in zip(key, resolved)]
    n_resolved, n_out = int(resolved.sum()), int((~resolved).sum())
    rows["shown_as"] = [f"in the row {iv}" if d else
                        (f"not drawn: {iv} is not among the {len(chosen)} dates stated most often" if r else
                         "not drawn: unresolved") for d, r, iv in zip(drawn, resolved, rows["interval"])]
    rows["note"] = [n if d or not r else f"not drawn: the chart has a row for each of the {len(chosen)} dates stated "
                    "most often; this date is stated less often" for n, d, r in zip(rows["note"], drawn, resolved)]
    rows["drawn"] = drawn
    on = rows[rows["drawn"]].assign(_row=[position[k] for k, d in zip(key, drawn) if d])
    per = on.groupby("_row").agg(start=("start", "first"), end=("end", "first"), interval=("interval", "first"),
                                 granularity=("granularity", "first"), n=("text", "size"),
                                 articles=("article_id", "nunique"), inferred=("inferred", "all"),
                                 n_inferred=("inferred", "sum"))
    wording = {r: sorted(t.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
               for r, t in on.groupby("_row")["text"]}
    k, n_drawn = len(per), len(on)
    title = (f"Dates the sources state, one row per date (N = {n_resolved:,} mentions that resolve, from "
             f"{_n_articles(rows[resolved])}" + (f"; {n_out:,} unresolved, not drawn" if n_out else "") + ")")
    note = (f"{n_resolved:,} mentions are too many for a row each: one row per date stated (the same day or interval), "
            f"with the mentions that state it, per {by}" +
            (f"; the {k} dates stated most often ({n_drawn:,} mentions), of {len(mentions):,} dates: the other "
             f"{len(mentions) - k:,} ({n_resolved - n_drawn:,} mentions) are in the table" if len(mentions) > k else "")
            + ". The table lists every mention and its sentence.")
    start, end = per["start"], per["end"] + pd.Timedelta(days=1)
    published = figures.drop_duplicates("article_id")["published"].dt.normalize().dropna().drop_duplicates()
    zoom = _zoom_window(start, end, published)
    panels = [(start.min(), end.max(), "whole span")] + ([(zoom[0], zoom[1], "zoom")] if zoom else [])
    label_w, count_w = 5.0, 2.6
    widths = [4.2, 6.4] if zoom else [7.5]
    width = label_w + sum(widths) + count_w + 0.6
    top = title_inches(title, note, width) + 0.45
    fig, axes = plt.subplots(1, len(panels) + 1, figsize=capped(width, k * ROW_INCHES + top + 1.6), sharey=True,
                             gridspec_kw={"width_ratios": widths + [count_w]}, squeeze=False)
    axes = list(axes[0])
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=1.45 / h, left=label_w / width, right=1 - 0.3 / width, wspace=0.08)
    add_title(fig, title, note, width)
    num = mdates.date2num
    ink = "#333333"
    for ax, (lo, hi, kind) in zip(axes, panels):
        ax.xaxis_date()
        x0, x1 = num(lo), num(hi)
        pad = (x1 - x0) * 0.03
        min_width = (x1 - x0) / 150
        for y, r in per.iterrows():
            a, b = num(start[y]), num(end[y])
            hollow = bool(r["inferred"])
            if r["granularity"] == "day" and r["start"] == r["end"]:
                ax.plot([(a + b) / 2], [y], marker="o", ms=8, ls="", zorder=3, mec=ink, mew=1.8,
                        mfc="white" if hollow else ink)
            else:
                if b - a < min_width:
                    a, b = (a + b - min_width) / 2, (a + b + min_width) / 2
                ax.barh(y, b - a, left=a, height=0.36, color="white" if hollow else ink, edgecolor=ink, linewidth=1.6,
                        linestyle="--" if hollow else "-", zorder=3)
            if kind == "zoom" and num(start[y]) < x0 <= num(end[y]):
                ax.text(x0, y, "◀", ha="left", va="center", fontsize=7, zorder=4, color=ink if hollow else "white")
            if kind == "zoom" and num(start[y]) <= x1 < num(end[y]):
                ax.text(x1, y, "▶", ha="right", va="center", fontsize=7, zorder=4, color=ink if hollow else "white")
            if kind == "zoom" and (num(end[y]) < x0 or num(start[y]) > x1):
                left = num(end[y]) < x0
                ax.text(x0 + pad * 0.3 if left else x1 - pad * 0.3, y,
                        ("◀ " + r["interval"]) if left else (r["interval"] + " ▶"),
                        ha="left" if left else "right", va="center", fontsize=8, color=ink)
        if len(published):  # hundreds of publication days: their span, not a line each
            a, b = max(published.min(), lo), min(published.max() + pd.Timedelta(days=1), hi)
            if a < b:
                ax.axvspan(num(a), num(b), color="#f0e6c8", alpha=0.6, lw=0, zorder=0)
        ax.set_xlim(x0 - pad, x1 + pad)
        _calendar_ticks(ax, lo, hi)
        ax.grid(axis="x", color="#e6e6e6", zorder=0)
        ax.grid(axis="y", color="#f3f3f3", zorder=0)
        ax.tick_params(axis="y", length=0)
        ax.set_title("the whole span" if kind == "whole span" else
                     f"zoom: {interval_text(lo, hi - pd.Timedelta(days=1))}", fontsize=10, loc="left")
    for ax in axes[:-1]:
        plt.setp(ax.get_xticklabels(), rotation=30, ha="right", fontsize=8)
    labels = []
    for y, r in per.iterrows():
        extra = f", {int(r['n_inferred']):,} on an inferred anchor" if 0 < r["n_inferred"] < r["n"] else (
            ", all on an inferred anchor" if r["inferred"] else "")
        labels.append(f"{r['interval']} · {_plural(int(r['n']), 'mention')} in "
                      f"{_plural(int(r['articles']), 'article')}{extra}\nmost often “{_short(wording[y], 40)}”")
    axes[0].set_yticks(range(k), [plain(l) for l in labels], fontsize=9)
    axes[0].set_ylim(k - 0.5, -0.5)
    counts = on.pivot_table(index="_row", columns="group", values="text", aggfunc="size", fill_value=0).reindex(
        range(k)).fillna(0)
    group_handles = _count_axis(axes[-1], counts, {g: colours.get(g, NEUTRAL) for g in sorted(set(on["group"]))},
                                what="mentions", by=by)
    handles = [
        Line2D([], [], marker="o", ls="", ms=8, color=ink, label="an exact day"),
        Patch(facecolor=ink, edgecolor=ink, label="a vague date, drawn as its interval"),
        Patch(color="#f0e6c8", alpha=0.6, label="from the first publication date to the last"),
        Line2D([], [], marker="o", ls="", ms=8, mfc="white", mec=ink, mew=1.8,
               label="hollow: every mention resolved on an inferred anchor"),
    ]
    fig.legend(handles=handles + group_handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=4, frameon=False,
               fontsize=9)
    return fig, rows[columns + ["shown_as"]]


MAX_TIMELINE_LINES = 10  # more sources than this: one consensus line with every statement as a dot


def plot_crossings_timeline(timeline: pd.DataFrame, decisions: pd.DataFrame | None = None, *,
                            max_lines: int = MAX_TIMELINE_LINES, max_rows: int = MAX_ROWS):
    """Crossings open day by day as each source tells it (``helpers.claims.verdicts.crossings_timeline`` rows).

    With up to ``max_lines`` sources (and no more than ``PALETTE`` has colours: a colour is never used for
    two sources), one step line per source: each statement's open count holds from the day it refers to
    until the source's next statement. With more, one line: the open count most statements give for
    each day they cover (ties: the lower count), with every statement as a grey dot, and the rows get a
    ``shown_as`` column. Statements that a ``contradict`` or ``inconsistent_within`` verdict names are
    red crosses. ``decisions`` (``helpers.claims.verdicts.decisions``) are marked along the top.

    With more than ``max_rows`` statements, each line is the count most of its statements give for
    each day (the statements are faint dots), and when they span more than ``2 * ZOOM_DAYS`` days the
    chart shows the stretch of that length holding most statements; the rows then get ``shown_as``.
    Returns ``(figure, rows drawn)``.
    """
    drawn = timeline[timeline["plotted"]] if len(timeline) else timeline
    if len(drawn) > max_rows:
        return _crossings_timeline_summary(drawn, decisions, max_lines)
    fig, ax = plt.subplots(figsize=(9, 4.6))
    if not len(drawn):
        _empty(ax, "No statement gives a dated count of open or closed crossings")
        ax.set_title("Border crossings open, as the sources tell it (N = 0 statements)")
        return fig, drawn
    lines = sorted(set(drawn["line"]))
    lo, hi = drawn["refers_start"].min(), drawn["refers_end"].max()
    last_day = hi + pd.Timedelta(days=1)
    total = drawn["total"].dropna()
    top = float(max(drawn["open"].max(), total.max() if len(total) else 0))
    if len(lines) <= min(max_lines, len(PALETTE)):
        colours = colour_map(lines)
        for k, line in enumerate(lines):
            rows = drawn[drawn["line"] == line].sort_values(["refers_start", "fact_id"], kind="stable")
            xs, ys = list(rows["refers_start"]), list(rows["open"])
            offset = (k - (len(lines) - 1) / 2) * min(0.06, 0.4 / max(len(lines), 1))
            ax.step(xs + [max(rows["refers_end"].max() + pd.Timedelta(days=1), xs[-1])], [y + offset for y in ys + ys[-1:]],
                    where="post", color=colours[line], lw=2, alpha=0.85, label=_short(line, 40))
            ax.plot(xs, [y + offset for y in ys], "o", color=colours[line], ms=5)
        legend_title = f"source ({len(lines)})"
    else:
        days = pd.date_range(lo, hi, freq="D")
        consensus = []
        for day in days:
            cover = drawn[(drawn["refers_start"] <= day) & (drawn["refers_end"] >= day)]["open"]
            consensus.append(cover.value_counts().sort_index().idxmax() if len(cover) else float("nan"))
        series = pd.Series(consensus, index=days).ffill()
        ax.step(list(series.index) + [last_day], list(series.values) + [series.values[-1]], where="post", color="#0072B2",
                lw=2.5, label="most statements for the day")
        ax.plot(drawn["refers_start"], drawn["open"], "o", color="#888888", ms=4, alpha=0.5,
                label=f"a statement ({len(drawn)})")
        legend_title = f"{len(lines)} sources: too many for a line each"
        drawn = drawn.assign(shown_as=["a red cross and a grey dot (contradicted)" if o else
                                       "a grey dot; the line is the count most statements give for each day"
                                       for o in drawn["outlier"]])
    bad = drawn[drawn["outlier"]]
    if len(bad):
        ax.plot(bad["refers_start"], bad["open"], "x", color="#D55E00", ms=10, mew=2.5,
                label=f"contradicted ({len(bad)})")
    if decisions is not None and len(decisions):
        for r in decisions.itertuples(index=False):
            if lo <= r[0] <= hi:
                ax.axvline(r[0], color="#bbbbbb", lw=0.8, ls=":", zorder=0)
    ax.set_ylim(-0.5, top + 1.0)
    ax.set_xlim(lo - pd.Timedelta(days=1), last_day + pd.Timedelta(days=1))
    ax.yaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=9))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    ax.set_ylabel("crossings open")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8, title=legend_title, title_fontsize=8)
    n_sources = drawn["source"].nunique()
    ax.set_title(f"Border crossings open, as the sources tell it (N = {len(drawn)} statements, {n_sources} sources)",
                 fontsize=10)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig, drawn


def _daily_mode(rows: pd.DataFrame, days: pd.DatetimeIndex) -> pd.Series:
    """For each day, the open count most of the statements covering it give (ties: the lower); days no statement
    covers hold the count before them."""
    starts, ends = rows["refers_start"].to_numpy(), rows["refers_end"].to_numpy()
    values = rows["open"].to_numpy(float)
    out = []
    for day in days.to_numpy():
        cover = values[(starts <= day) & (ends >= day)]
        if len(cover):
            found, counts = np.unique(cover, return_counts=True)
            out.append(found[np.argmax(counts)])  # np.unique sorts: the first of the most common is the lowest
        else:
            out.append(np.nan)
    return pd.Series(out, index=days, dtype=float).ffill()


def _crossings_timeline_summary(drawn: pd.DataFrame, decisions: pd.DataFrame | None, max_lines: int):
    """``plot_crossings_timeline`` with too many statements to follow one by one."""
    drawn = drawn.copy()
    lines = sorted(set(drawn["line"]))
    per_line = len(lines) <= min(max_lines, len(PALETTE))
    lo, hi = drawn["refers_start"].min(), drawn["refers_end"].max()
    window = None
    if (hi - lo).days > 2 * ZOOM_DAYS:
        starts = drawn["refers_start"].sort_values().to_numpy()
        span = np.timedelta64(2 * ZOOM_DAYS, "D")
        best = max(sorted(set(starts)), key=lambda t: (int(((starts >= t) & (starts <= t + span)).sum()),
                                                       -t.astype(int)))
        a = (pd.Timestamp(best) - pd.Timedelta(days=10)).replace(day=1)
        window = (a, a + pd.Timedelta(days=2 * ZOOM_DAYS) + pd.offsets.MonthEnd(0))
        lo, hi = max(lo, window[0]), min(hi, window[1])
    inside = (drawn["refers_end"] >= lo) & (drawn["refers_start"] <= hi)
    how = ("a dot; the line of its source is the count most of the source's statements give for each day" if per_line
           else "a grey dot; the line is the count most statements give for each day")
    drawn["shown_as"] = [("not drawn: refers to a date outside the stretch shown" if not i else
                          how + ("; a red cross: contradicted" if o else "")) for i, o in zip(inside, drawn["outlier"])]
    on = drawn[inside]
    n_sources = drawn["source"].nunique()
    title = f"Border crossings open, as the sources tell it (N = {len(drawn):,} statements, {n_sources:,} sources)"
    note = (f"{len(drawn):,} statements are too many to follow one by one: "
            + ("each line is the count most of its source's statements give for each day" if per_line else
               f"{len(lines):,} sources are too many for a line each: the line is the count most statements give for "
               "each day") + "; the dots are the statements"
            + (f". Shown: {interval_text(lo, hi)}, the stretch of {2 * ZOOM_DAYS} days with most statements; "
               f"{int((~inside).sum()):,} statements outside it are in the table" if window else "") + ".")
    width = 10.5
    top = title_inches(title, note, width, fontsize=10) + 0.2
    fig, ax = plt.subplots(figsize=(width, 4.6 + top))
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=1.0 / h, left=0.07, right=1 - 2.6 / width)
    add_title(fig, title, note, width, fontsize=10)
    days = pd.date_range(lo, hi, freq="D")
    last_day = hi + pd.Timedelta(days=1)
    total = on["total"].dropna()
    top_value = float(max(on["open"].max(), total.max() if len(total) else 0))
    if per_line:
        colours = colour_map(lines)
        for k, line in enumerate(lines):
            mine = on[on["line"] == line]
            if not len(mine):
                continue
            series = _daily_mode(mine, days)
            offset = (k - (len(lines) - 1) / 2) * min(0.06, 0.4 / max(len(lines), 1))
            ax.step(list(series.index) + [last_day], list(series.values + offset) + [series.values[-1] + offset],
                    where="post", color=colours[line], lw=2, alpha=0.9, label=_short(line, 40))
            ax.plot(mine["refers_start"].clip(lower=lo), mine["open"] + offset, "o", color=colours[line], ms=3.5,
                    alpha=0.35)
        legend_title = f"source ({len(lines)})"
    else:
        series = _daily_mode(on, days)
        ax.step(list(series.index) + [last_day], list(series.values) + [series.values[-1]], where="post",
                color="#0072B2", lw=2.5, label="most statements for the day")
        ax.plot(on["refers_start"].clip(lower=lo), on["open"], "o", color="#888888", ms=4, alpha=0.5,
                label=f"a statement ({len(on):,})")
        legend_title = f"{len(lines):,} sources: too many for a line each"
    bad = on[on["outlier"]]
    if len(bad):
        ax.plot(bad["refers_start"].clip(lower=lo), bad["open"], "x", color="#D55E00", ms=8, mew=2,
                label=f"contradicted ({len(bad):,})")
    if decisions is not None and len(decisions):
        marks = sorted({r[0] for r in decisions.itertuples(index=False) if lo <= r[0] <= hi})
        if len(marks) <= MAX_ROWS:
            for day in marks:
                ax.axvline(day, color="#bbbbbb", lw=0.8, ls=":", zorder=0)
    ax.set_ylim(-0.5, top_value + 1.0)
    ax.set_xlim(lo - pd.Timedelta(days=1), last_day + pd.Timedelta(days=1))
    ax.yaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=9))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    ax.set_ylabel("crossings open")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8, title=legend_title,
              title_fontsize=8)
    return fig, drawn
