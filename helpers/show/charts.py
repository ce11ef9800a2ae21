"""Charts drawn from helper dataframes. Each returns ``(figure, rows drawn)`` for ``save_figure``."""
from __future__ import annotations

import math
import re
import textwrap

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .figures import colour_map, plain
from ..load.text import count_words


def plot_article_sizes(articles: pd.DataFrame, *, by: str = "perspective"):
    """Words in each file as read versus words kept in the body, coloured by ``by``.

    >>> from helpers import load_corpus
    >>> from helpers.paths import SEEDS
    >>> fig, rows = plot_article_sizes(load_corpus(SEEDS))
    >>> rows.columns.tolist()
    ['article_id', 'label', 'group', 'words_in_file', 'words_kept', 'repeats_dropped']
    """
    rows = pd.DataFrame({
        "article_id": articles.index,
        "label": articles["label"].to_numpy(),
        "group": articles[by].fillna("unknown").astype(str).to_numpy(),
        "words_in_file": [count_words(r) if isinstance(r, str) else 0 for r in articles["raw"]],
        "words_kept": articles["n_words"].to_numpy(),
        "repeats_dropped": articles["repeats_dropped"].to_numpy(),
    }).sort_values(["group", "article_id"], kind="stable").reset_index(drop=True)
    colours = colour_map(rows["group"])
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


# ---------------------------------------------------------------------------------------------
# Stated figures (``helpers.extract.stated.stated_figures``): crossings, people, a timeline of dates.

MAX_MARKS = 30        # a crossings row draws at most this many marks (the label keeps the number)
ROW_INCHES = 0.55     # height of one chart row: two lines of 9-pt text fit without touching
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
    """One colour per group of the whole input, so a group keeps its colour in every chart."""
    return colour_map(_groups(figures, by)) if len(figures) else {}


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
    return [Patch(color=colours[g], label=g) for g in sorted(set(groups))]


def plot_crossings(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label"):
    """Border crossings as each source states them: one row of marks per statement (topic ``crossings``).

    A row holds N marks, N = ``of`` when stated ("four of the eight") else ``value``. The ``value``
    marks are the ones the text states: filled for closed, outlined for open, grey circles when the
    sentence has neither word. The ``of − value`` others are only implied by "X of Y" and are drawn
    lighter with the opposite fill (not closed / not open). Each row names its source and the date
    the statement refers to (``ref_text`` and its interval). Rows are ordered by that date.

    Returns ``(fig, rows)``: one row per statement drawn, with the sentence it came from.

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
    ax.set_xlim(0.3, max(longest, 1) + (1.8 if (rows["n_marks"] > MAX_MARKS).any() else 0.7))
    ax.set_xticks(range(1, max(longest, 1) + 1))
    ax.set_xlabel("crossings, one mark each (as many as the statement names)")
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    handles = [
        Line2D([], [], marker="s", ls="", ms=10, mfc="#333333", mec="#333333", label="stated closed"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="white", mec="#333333", mew=1.8, label="stated open"),
        Line2D([], [], marker="o", ls="", ms=10, color=NEUTRAL, label="stated, no open/closed word"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="white", mec="#333333", mew=1.8, alpha=0.3,
               label="implied by “X of Y”: not closed"),
        Line2D([], [], marker="s", ls="", ms=10, mfc="#333333", mec="#333333", alpha=0.3,
               label="implied by “X of Y”: not open"),
        *_group_handles(rows["group"], colours),
    ]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncol=3, frameon=False, fontsize=9)
    return fig, rows[_crossing_columns()]


def _crossing_columns() -> list[str]:
    return ["article_id", "source", "group", "field", "sentence_no", "start_char", "end_char", "text", "value",
            "of", "approx", "what", "state", "n_marks", "stated_marks", "implied_marks", "implied_state",
            "ref_text", "ref_start", "ref_end", "ref_from", "refers_to", "sentence"]


def plot_people(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label"):
    """People each source counts (topic ``people``): one horizontal bar per statement.

    Approximate figures (hedged, or a vague plural such as "thousands") are hatched and shown with
    "≈". The x axis turns logarithmic when the values span more than two orders of magnitude, and
    its label says so. Each row names its source, what was counted and the date it refers to.

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


def plot_timeline(figures: pd.DataFrame, *, by: str = "perspective", label_col: str = "label"):
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
    fig.legend(handles=_group_handles(drawn["group"], colours), loc="lower left", bbox_to_anchor=(0.62, 0.0),
               ncol=1 + (drawn["group"].nunique() > 3), frameon=False, fontsize=9, title=by, title_fontsize=9)
    return fig, rows[columns]


MAX_TIMELINE_LINES = 10  # more sources than this: one consensus line with every statement as a dot


def plot_crossings_timeline(timeline: pd.DataFrame, decisions: pd.DataFrame | None = None, *,
                            max_lines: int = MAX_TIMELINE_LINES):
    """Crossings open day by day as each source tells it (``helpers.claims.verdicts.crossings_timeline`` rows).

    With up to ``max_lines`` sources, one step line per source: each statement's open count holds
    from the day it refers to until the source's next statement. With more, one line: the open
    count most statements give for each day they cover (ties: the lower count), with every
    statement as a grey dot. Statements that a ``contradict`` or ``inconsistent_within`` verdict
    names are red crosses. ``decisions`` (``helpers.claims.verdicts.decisions``) are marked along the top.
    Returns ``(figure, rows drawn)``.
    """
    drawn = timeline[timeline["plotted"]] if len(timeline) else timeline
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
    if len(lines) <= max_lines:
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
