"""Charts of the framing tables (``helpers.framing``): distinctive terms, frames, naming, agency, voices.

Each function takes the dataframe its framing helper returns and draws it; the framing
modules compute and never draw.

Each chart keeps its small form (one bar per group, per article) while it stays readable and no colour
stands for two groups: up to ``PANEL_COLUMNS`` term panels, ``MAX_BAR_GROUPS`` groups of bars (naming:
``MAX_NAMING_BAR_GROUPS``), ``MAX_VOICE_ROWS`` articles. Beyond, it wraps its panels in a grid, turns into a
heat map (one row per group, at most ``MAX_HEAT_ROWS``), or sums per group, and the title says what was
aggregated. The rows returned are then every input row with a ``shown_as`` column saying where it went (a
column that exists only when something is not drawn as itself). Figures stay within ``MAX_INCHES``.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..framing.actors import AGENCY_COLUMNS, AGENTLESS
from .figures import (MAX_INCHES, PALETTE, add_title, capped, colour_map, fit_title, group_colours, plain,
                      title_inches)

PANEL_COLUMNS = 4            # distinctive terms: panels side by side; more groups wrap onto further lines
MAX_PANELS = 8               # distinctive terms: at most this many panels (groups with most terms beyond chance)
MAX_TERMS = 40               # distinctive terms: at most this many terms drawn per panel
MAX_BAR_GROUPS = len(PALETTE)  # frames and agency: grouped bars up to this many groups; beyond, a heat map
MAX_NAMING_BAR_GROUPS = 3    # naming: grouped bars (each with its count) up to this many groups; beyond, a heat map
MAX_HEAT_ROWS = 40           # a heat map has at most this many group rows (the biggest groups)
MAX_HEAT_COLUMNS = 12        # the naming heat map has at most this many group columns
MAX_VOICE_ROWS = 30          # voices: one bar per article up to this many; beyond, one bar per group
MAX_VOICE_GROUPS = 25        # voices per group: at most this many bars, the smallest groups summed in the last
HEAT_ROW_INCHES = 0.38


def _ranked(weights: pd.Series, n: int) -> list:
    """The ``n`` keys with the largest weights (ties in key order), in key order.

    >>> _ranked(pd.Series({"b": 3, "a": 1, "c": 3}), 2)
    ['b', 'c']
    """
    chosen = set(sorted(weights.index, key=lambda k: (-weights[k], str(k)))[:n])
    return [k for k in sorted(weights.index, key=str) if k in chosen]


def _heat(ax, values: np.ndarray, texts, *, rows: list[str], columns: list[str], top: float | None = None) -> None:
    """A heat map of counts or rates: darker is more (up to ``top``), the number written in each cell; NaN cells are
    blank."""
    masked = np.ma.masked_invalid(np.asarray(values, dtype=float))
    if top is None:
        top = float(masked.max()) if masked.count() and float(masked.max()) > 0 else 1.0
    ax.imshow(masked, aspect="auto", cmap="Blues", vmin=0, vmax=top, interpolation="nearest")
    for i in range(masked.shape[0]):
        for j in range(masked.shape[1]):
            if texts[i][j]:
                v = masked[i, j]
                ink = "white" if v is not np.ma.masked and v > 0.55 * top else ("#999999" if not v else "#222222")
                ax.text(j, i, texts[i][j], ha="center", va="center", fontsize=7.5, color=ink)
    ax.set_xticks(range(len(columns)), [plain(c) for c in columns], rotation=35, ha="left", rotation_mode="anchor",
                  fontsize=8.5)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)), [plain(r) for r in rows], fontsize=8.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def _label_room(columns) -> float:
    """Inches above a heat map for its column names, written at 35° in 8.5-pt type."""
    return 0.3 + 0.042 * max((len(str(c)) for c in columns), default=0)


def _short(text, n: int) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def plot_distinctive_terms(terms: pd.DataFrame, *, top: int = 10, title: str | None = None,
                           max_panels: int = MAX_PANELS):
    """Bars of the ``top`` z-scores per group, each with its chance bar (``null_z``) as a tick.

    Solid bars beat the null; pale bars do not (``chance``). One panel per group, ``PANEL_COLUMNS`` to a
    line; at most ``max_panels`` panels (the groups with most terms beyond chance) and ``MAX_TERMS`` terms
    each. Returns ``(figure, rows)``: the ``top`` rows of every group (with ``shown_as`` when some are not
    drawn).

    >>> from helpers.framing.terms import distinctive_terms
    >>> s = pd.DataFrame({"article_id": list("ab"), "g": list("xy"), "text": ["Fence.", "Barrier."]})
    >>> fig, rows = plot_distinctive_terms(distinctive_terms(s, by="g", n_permutations=5), top=1)
    >>> rows[["group", "term"]].values.tolist()
    [['x', 'fence'], ['y', 'barrier']]
    >>> fig, rows = plot_distinctive_terms(distinctive_terms(s, by="g", n_permutations=5), top=1, max_panels=1)
    >>> rows["shown_as"].tolist()
    ['a bar in the panel of x', 'not drawn: y is not among the 1 groups with a panel']
    """
    rows = terms.groupby("group", sort=True).head(top).reset_index(drop=True)
    cols = ["group", "term", "n_gram", "z", "null_z", "chance", "count_group", "count_other"]
    rows = rows[[c for c in cols if c in rows.columns]]
    groups = list(dict.fromkeys(rows["group"]))
    if len(groups) > PANEL_COLUMNS or top > MAX_TERMS or len(groups) > max_panels:
        return _terms_grid(terms, rows, groups, top, title, max_panels)
    colours = colour_map(terms["group"].unique())
    fig, axes = plt.subplots(1, max(1, len(groups)), figsize=(4.2 * max(1, len(groups)), 0.32 * top + 1.6),
                             squeeze=False, sharex=True)
    for ax, g in zip(axes[0], groups):
        r = rows[rows["group"] == g].reset_index(drop=True)
        y = np.arange(len(r))
        chance = r["chance"].fillna(True).astype(bool).to_numpy()
        ax.barh(y, r["z"], color=colours[g], alpha=0.35, height=0.7)
        ax.barh(y[~chance], r["z"][~chance], color=colours[g], height=0.7)
        ax.scatter(r["null_z"], y, marker="|", s=180, color="black", zorder=3,
                   label="chance bar (95th pct of |z| under shuffling)")
        ax.set_yticks(y, [plain(f"{t} ({c})") for t, c in zip(r["term"], r["count_group"])])
        ax.invert_yaxis()
        ax.axvline(0, color="#888888", linewidth=0.8)
        ax.set_title(plain(f"{g}: top {len(r)} terms"))
        ax.set_xlabel("z (weighted log-odds vs the rest)")
    handles, labels = axes[0][0].get_legend_handles_labels()
    if handles:
        fig.legend(handles[:1], labels[:1], loc="lower center", frameon=False, bbox_to_anchor=(0.5, -0.02))
    fig.suptitle(plain(fit_title(title or "Distinctive terms per group (count in brackets; pale bars = chance)",
                                 fig.get_figwidth())))
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig, rows


def _terms_grid(terms: pd.DataFrame, rows: pd.DataFrame, groups: list, top: int, title: str | None, max_panels: int):
    """``plot_distinctive_terms`` with more groups than fit side by side: a grid of at most ``max_panels``."""
    rows = rows.copy()
    beyond = terms.assign(_b=~terms["chance"].fillna(True).astype(bool) & (terms["z"] > 0)).groupby("group")["_b"].sum()
    beyond = beyond.reindex(groups).fillna(0)
    panels = _ranked(beyond, max_panels) if len(groups) > max_panels else groups
    ncols = min(PANEL_COLUMNS, len(panels))
    nrows = math.ceil(len(panels) / ncols)
    head = 1.0
    per_term = 0.32
    fit = max(3, int(((MAX_INCHES - head - 0.6) / nrows - 1.6) / per_term))  # terms that fit a panel's height
    shown_n = min(top, MAX_TERMS, fit)
    rank = rows.groupby("group", sort=False).cumcount()
    on = set(panels)
    rows["shown_as"] = [f"a bar in the panel of {g}" if g in on and k < shown_n else
                        (f"not drawn: {g} is not among the {len(panels)} groups with a panel" if g not in on else
                         f"not drawn: beyond the {shown_n} terms each panel draws")
                        for g, k in zip(rows["group"], rank)]
    colours = group_colours(terms["group"].unique())
    width = 4.2 * ncols
    default = f"Distinctive terms per group (N = {len(groups):,} groups; count in brackets; pale bars = chance)"
    note = "; ".join(([f"{len(groups):,} groups: the {len(panels)} with most terms beyond chance have a panel"]
                      if len(panels) < len(groups) else []) +
                     ([f"each panel draws its top {shown_n} terms"] if shown_n < top else []))
    note = note + f"; the top {top} terms of every group are in the table." if note else ""
    top_in = title_inches(title or default, note, width) + 0.5
    fig, axes = plt.subplots(nrows, ncols, figsize=capped(width, nrows * (per_term * shown_n + 1.6) + top_in + 0.6),
                             squeeze=False, sharex=True)
    h = fig.get_figheight()
    # margins from the labels' lengths (tight_layout would measure every label: half the drawing time)
    drawn = rows[rows["shown_as"].str.startswith("a bar")]
    chars = max((len(f"{_short(t, 30)} ({c})") for t, c in zip(drawn["term"], drawn["count_group"])), default=8)
    label_in = 0.25 + 0.068 * chars
    axes_w = (width - label_in - 0.25 - (ncols - 1) * (label_in + 0.3)) / ncols
    axes_h = (h - top_in - 0.55 - 0.55 - (nrows - 1) * 0.85) / nrows
    fig.subplots_adjust(left=label_in / width, right=1 - 0.25 / width, top=1 - (top_in + 0.3) / h,
                        bottom=1.1 / h, wspace=(label_in + 0.3) / max(axes_w, 0.5),
                        hspace=0.85 / max(axes_h, 0.5))
    for ax, g in zip(axes.flat, panels):
        r = rows[(rows["group"] == g)].head(shown_n).reset_index(drop=True)
        y = np.arange(len(r))
        chance = r["chance"].fillna(True).astype(bool).to_numpy()
        ax.barh(y, r["z"], color=colours[str(g)], alpha=0.35, height=0.7)
        ax.barh(y[~chance], r["z"][~chance], color=colours[str(g)], height=0.7)
        ax.scatter(r["null_z"], y, marker="|", s=180, color="black", zorder=3,
                   label="chance bar (95th pct of |z| under shuffling)")
        ax.set_yticks(y, [plain(f"{_short(t, 30)} ({c})") for t, c in zip(r["term"], r["count_group"])], fontsize=9)
        ax.set_ylim(max(shown_n, 1) - 0.5, -0.5)
        ax.axvline(0, color="#888888", linewidth=0.8)
        ax.set_title(plain(f"{_short(g, 34)}: top {len(r)} terms"), fontsize=10)
        ax.tick_params(axis="x", labelbottom=True)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    for ax in axes[-1]:
        ax.set_xlabel("z (weighted log-odds vs the rest)", fontsize=9)
    handles, labels = axes[0][0].get_legend_handles_labels()
    if handles:
        fig.legend(handles[:1], labels[:1], loc="lower center", frameon=False, bbox_to_anchor=(0.5, 0.0), fontsize=9)
    add_title(fig, title or default, note, width)
    return fig, (rows if note else rows.drop(columns="shown_as"))


def plot_frame_profile(profile: pd.DataFrame, *, title: str | None = None, max_groups: int = MAX_BAR_GROUPS):
    """Grouped bars: each frame's cues per 1,000 words, one bar per group, cue count at the bar's end.

    With more than ``max_groups`` groups, a heat map instead: one row per group (the ``MAX_HEAT_ROWS``
    with most words), one column per frame, cues per 1,000 words and the cue count in each cell.
    Returns ``(figure, rows)``: the profile's rows (with ``shown_as`` when some group is not drawn).

    >>> from helpers.framing.frames import frame_profile
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "text": ["A fence.", "A court."]})
    >>> fig, rows = plot_frame_profile(frame_profile(s, by="g"))
    >>> rows.columns.tolist()
    ['group', 'frame', 'n_cues', 'n_sentences', 'n_words', 'per_1000_words']
    """
    rows = profile[["group", "frame", "n_cues", "n_sentences", "n_words", "per_1000_words"]].reset_index(drop=True)
    frames = list(dict.fromkeys(rows["frame"]))
    groups = list(dict.fromkeys(rows["group"]))
    if len(groups) > max_groups:
        return _frame_heat(rows, frames, groups, title)
    colours = colour_map(groups)
    height = 0.8 / max(1, len(groups))
    fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(frames) * max(1, len(groups)) ** 0.5 + 1.8))
    y = np.arange(len(frames))
    for k, g in enumerate(groups):
        r = rows[rows["group"] == g].set_index("frame").reindex(frames)
        pos = y + (k - (len(groups) - 1) / 2) * height
        ax.barh(pos, r["per_1000_words"].fillna(0), height=height * 0.95, color=colours[g], label=plain(g))
        for p_, v, n in zip(pos, r["per_1000_words"].fillna(0), r["n_cues"].fillna(0)):
            ax.text(v, p_, f" {int(n)}", va="center", fontsize=8)
    ax.set_yticks(y, [plain(f) for f in frames])
    ax.invert_yaxis()
    ax.set_xlabel("cue matches per 1,000 words (number = cue count)")
    if groups:
        ax.legend(frameon=False, loc="lower right")
    ax.set_title(plain(fit_title(title or "Frame cues per 1,000 words", fig.get_figwidth())))
    fig.tight_layout()
    return fig, rows


def _frame_heat(rows: pd.DataFrame, frames: list, groups: list, title: str | None):
    """``plot_frame_profile`` with too many groups for a bar each: a heat map, groups by frames."""
    rows = rows.copy()
    words = rows.groupby("group", sort=False)["n_words"].max()
    shown = _ranked(words, MAX_HEAT_ROWS) if len(groups) > MAX_HEAT_ROWS else sorted(groups, key=str)
    on = set(shown)
    rows["shown_as"] = ["a cell of the heat map" if g in on else
                        f"not drawn: {g} is not among the {len(shown)} groups with most words" for g in rows["group"]]
    rate = rows.pivot_table(index="group", columns="frame", values="per_1000_words", aggfunc="first").reindex(
        index=shown, columns=frames)
    cues = rows.pivot_table(index="group", columns="frame", values="n_cues", aggfunc="first").reindex(
        index=shown, columns=frames)
    texts = [[("" if pd.isna(v) else f"{v:.1f}\n({int(c) if pd.notna(c) else 0})") for v, c in zip(rv, rc)]
             for rv, rc in zip(rate.to_numpy(), cues.to_numpy())]
    labels = [f"{_short(g, 34)} ({int(words[g]):,} words)" for g in shown]
    default = f"Frame cues per 1,000 words (N = {len(groups):,} groups)"
    note = (f"{len(groups):,} groups are too many for bars: one row per group, the number in each cell is cues per "
            f"1,000 words (cue count)" + (f"; the {len(shown)} groups with most words, the other "
                                          f"{len(groups) - len(shown):,} are in the table"
                                          if len(shown) < len(groups) else "") + ".")
    width = min(3.2 + 0.95 * len(frames), MAX_INCHES)
    top = title_inches(title or default, note, width) + _label_room(frames)  # the frames' names stand above the map
    fig, ax = plt.subplots(figsize=capped(width, HEAT_ROW_INCHES * len(shown) + top + 0.3))
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=0.3 / h, left=3.0 / width, right=1 - 0.2 / width)
    _heat(ax, rate.to_numpy(float), texts, rows=labels, columns=[str(f) for f in frames])
    add_title(fig, title or default, note, width)
    return fig, rows


def plot_naming(pairs: pd.DataFrame, *, title: str | None = None, used_only: bool = True,
                max_groups: int = MAX_NAMING_BAR_GROUPS):
    """Grouped bars of mentions: one block per concept, one row per term, one bar per group.

    Every count is written at its bar, zeros included, so absence shows. ``used_only``
    keeps the terms some group uses. With more than ``max_groups`` groups, a heat map instead:
    the same rows, one column per group (the ``MAX_HEAT_COLUMNS`` with most mentions), the count in
    each cell. Returns ``(figure, rows)`` (with ``shown_as`` when some group is not drawn).

    >>> from helpers.framing.naming import naming_pairs
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "text": ["A fence.", "A barrier."]})
    >>> fig, rows = plot_naming(naming_pairs(s, by="g"))
    >>> rows[["group", "term", "count"]].values.tolist()
    [['x', 'fence', 1], ['x', 'barrier', 0], ['y', 'fence', 0], ['y', 'barrier', 1]]
    """
    rows = pairs[["concept", "group", "term", "count"]]
    if used_only:
        used = rows.groupby(["concept", "term"], sort=False)["count"].transform("sum") > 0
        rows = rows[used]
    rows = rows.reset_index(drop=True)
    groups = sorted(rows["group"].unique())
    if len(groups) > max_groups:
        return _naming_heat(rows, groups, title)
    colours = colour_map(pairs["group"].unique())
    counts = rows.set_index(["concept", "term", "group"])["count"]
    # layout: a header line per concept, then its terms
    labels, positions, header_y, y = [], {}, [], 0
    for concept in dict.fromkeys(rows["concept"]):
        header_y.append((y, concept))
        y += 1
        for term in dict.fromkeys(rows.loc[rows["concept"] == concept, "term"]):
            positions[(concept, term)] = y
            labels.append((y, term))
            y += 1
    height = 0.8 / max(1, len(groups))
    fig, ax = plt.subplots(figsize=(7.5, 0.28 * max(1, y) + 1.4))
    top = max(1, int(rows["count"].max())) if len(rows) else 1
    for k, g in enumerate(groups):
        ys, vals = [], []
        for (concept, term), pos in positions.items():
            ys.append(pos + (k - (len(groups) - 1) / 2) * height)
            vals.append(int(counts.get((concept, term, g), 0)))
        ax.barh(ys, vals, height=height * 0.95, color=colours[g], label=plain(g))
        for yy, v in zip(ys, vals):
            ax.text(v + top * 0.01, yy, str(v), va="center", fontsize=7, color="#333333")
    ax.set_yticks([p for p, _ in labels], [plain(t) for _, t in labels])
    for yy, concept in header_y:
        ax.text(0, yy, plain(concept), fontweight="bold", va="center", ha="left", fontsize=9)
    ax.set_ylim(y - 0.5, -0.7)
    ax.set_xlim(0, top * 1.15)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("mentions")
    if groups:
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=len(groups))
    ax.set_title(plain(fit_title(title or "Which name each group uses", fig.get_figwidth())), pad=22)
    fig.tight_layout()
    return fig, rows


def _naming_heat(rows: pd.DataFrame, groups: list, title: str | None):
    """``plot_naming`` with too many groups for a bar each: a heat map, terms by groups."""
    rows = rows.copy()
    total = rows.groupby("group")["count"].sum()
    shown = _ranked(total, MAX_HEAT_COLUMNS) if len(groups) > MAX_HEAT_COLUMNS else groups
    terms = rows.groupby(["concept", "term"], sort=False)["count"].sum()
    fit = int((MAX_INCHES - 4.0) / 0.3)  # the rows (concept headings and terms) that fit the figure's height
    kept_terms = list(terms.index)
    if len(kept_terms) + len(dict.fromkeys(c for c, _ in kept_terms)) > fit:
        order = sorted(terms.index, key=lambda k: (-terms[k], str(k)))
        kept_terms = []
        for key in order:  # the most used terms, while they and their concepts' headings fit
            trial = kept_terms + [key]
            if len(trial) + len(dict.fromkeys(c for c, _ in trial)) > fit:
                break
            kept_terms = trial
        kept_terms = [k for k in terms.index if k in set(kept_terms)]
    on_g, on_t = set(shown), set(kept_terms)
    rows["shown_as"] = ["a cell of the heat map" if g in on_g and (c, t) in on_t else
                        (f"not drawn: {g} is not among the {len(shown)} groups with most mentions" if g not in on_g else
                         f"not drawn: {t} is not among the {len(kept_terms)} terms most used")
                        for c, t, g in zip(rows["concept"], rows["term"], rows["group"])]
    counts = rows.set_index(["concept", "term", "group"])["count"]
    labels, values, texts = [], [], []
    for concept in dict.fromkeys(c for c, _ in kept_terms):
        labels.append(concept)
        values.append([np.nan] * len(shown))
        texts.append([""] * len(shown))
        for c, t in kept_terms:
            if c != concept:
                continue
            labels.append(f"   {t}")
            v = [int(counts.get((c, t, g), 0)) for g in shown]
            values.append(v)
            texts.append([str(x) for x in v])
    default = f"Which name each group uses (N = {len(groups):,} groups)"
    cut = [f"the {len(shown)} groups with most mentions, the other {len(groups) - len(shown):,} are in the table"] \
        if len(shown) < len(groups) else []
    cut += [f"the {len(kept_terms)} terms most used, {len(terms) - len(kept_terms):,} more in the table"] \
        if len(kept_terms) < len(terms) else []
    note = (f"{len(groups):,} groups: one column per group (bars side by side would not be readable), the number of "
            "mentions in each cell" + ("; " + "; ".join(cut) if cut else "") + ".")
    width = min(3.4 + 0.75 * len(shown), MAX_INCHES)
    width = max(width, 7.0)
    top = title_inches(title or default, note, width) + _label_room(_short(g, 24) for g in shown)
    fig, ax = plt.subplots(figsize=capped(width, 0.3 * len(labels) + top + 0.3))
    h = fig.get_figheight()
    left = 3.2 / width
    fig.subplots_adjust(top=1 - top / h, bottom=0.3 / h, left=left,
                        right=min(1 - 0.2 / width, left + 0.75 * len(shown) / width))
    _heat(ax, np.array(values, dtype=float).reshape(len(labels), len(shown)), texts, rows=labels,
          columns=[_short(g, 24) for g in shown])
    for tick, label in zip(ax.get_yticklabels(), labels):
        if not label.startswith("   "):
            tick.set_fontweight("bold")
    add_title(fig, title or default, note, width)
    return fig, rows


def plot_agency(counts: pd.DataFrame, *, title: str | None = None, actors: Iterable[str] | None = None,
                max_groups: int = MAX_BAR_GROUPS):
    """Diverging bars from :func:`agency_counts`: per actor, one bar per group to the right for the
    clauses where the actor acts (agent) and one to the left where it is acted on (patient).

    Agentless passives (actor ``(agentless)``) get their own row at the bottom, below a line:
    something was done and the text names no one who did it. Every count is written at its bar,
    zeros included. ``actors`` keeps those actors only (in the order of the chart). Returns
    ``(figure, rows drawn)``; the rows are the input rows of the actors drawn, in input order.

    When the bars would not fit ``MAX_INCHES``, the actors most often agent or patient are drawn and
    the title says how many more are in the table. With more than ``max_groups`` groups, two heat maps
    instead (acts, acted on): one row per group (the ``MAX_HEAT_ROWS`` with most clauses), one column
    per actor. Rows not drawn are then listed too, with ``shown_as`` saying so.

    >>> c = pd.DataFrame({"group": ["x", "x", "y"], "actor": ["(agentless)", "Finland", "Finland"],
    ...                   "as_agent": [1, 2, 0], "as_patient": [0, 1, 3]})
    >>> fig, rows = plot_agency(c)
    >>> rows.values.tolist() == c.values.tolist()
    True
    """


    rows = counts[[c for c in AGENCY_COLUMNS if c in counts.columns]] if len(counts.columns) else \
        pd.DataFrame(columns=AGENCY_COLUMNS)
    if actors is not None:
        keep = list(dict.fromkeys(actors))
        rows = rows[rows["actor"].isin(keep)]
    rows = rows.reset_index(drop=True)
    groups = sorted({str(g) for g in rows["group"]})
    colours = colour_map(groups)
    table = rows.assign(group=rows["group"].astype(str)).groupby(["actor", "group"])[["as_agent", "as_patient"]] \
        .sum().astype(int) if len(rows) else None
    # order: the given actors, else most mentioned first; agentless passives always last
    if actors is not None:
        order = [a for a in keep if a in set(rows["actor"])]
    else:
        totals = rows.assign(n=rows["as_agent"] + rows["as_patient"]).groupby("actor")["n"].sum() \
            if len(rows) else pd.Series(dtype=int)
        order = sorted(totals.index, key=lambda a: (-int(totals[a]), str(a)))
    order = [a for a in order if a != AGENTLESS] + ([AGENTLESS] if AGENTLESS in order else [])
    if len(groups) > max_groups:
        return _agency_heat(rows, groups, order, table, title)

    n_groups = max(1, len(groups))
    height = 0.8 / n_groups
    fit = max(2, int((MAX_INCHES - 2.0) / (0.32 * n_groups)))
    cut = ""
    if len(order) > fit:  # the actors most often agent or patient, and the agentless row
        named = [a for a in order if a != AGENTLESS]
        kept = named[:fit - (AGENTLESS in order)] + ([AGENTLESS] if AGENTLESS in order else [])
        n_named = len(kept) - (AGENTLESS in kept)
        cut = f"the {n_named} actors most often agent or patient; {len(order) - len(kept)} more in the table"
        rows = rows.assign(shown_as=["bars in the row of its actor" if a in set(kept) else
                                     f"not drawn: not among the {n_named} actors most often agent or patient"
                                     for a in rows["actor"]])
        order = kept
    if cut:
        title = f"{title or 'Who acts and who is acted on'}\n({cut})"
    fig, ax = plt.subplots(figsize=(7.5, 0.32 * n_groups * max(1, len(order)) + 2.0))
    if not order:
        ax.text(0.5, 0.5, "no actor found as agent or patient", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        ax.set_xticks([]), ax.set_yticks([])
        ax.set_title(plain(fit_title(title or "Who acts and who is acted on", fig.get_figwidth())))
        fig.tight_layout()
        return fig, rows
    top = max(1, int(table["as_agent"].max()), int(table["as_patient"].max()))
    pad = top * 0.03
    for k, g in enumerate(groups):
        for i, actor in enumerate(order):
            y = i + (k - (n_groups - 1) / 2) * height
            agent, patient = (table.loc[(actor, g)].tolist() if (actor, g) in table.index else (0, 0))
            if actor == AGENTLESS:
                ax.barh(y, agent, height=height * 0.92, color="white", edgecolor=colours[g], hatch="..",
                        linewidth=1.0)
            else:
                ax.barh(y, agent, height=height * 0.92, color=colours[g])
                ax.barh(y, -patient, height=height * 0.92, color="white", edgecolor=colours[g], hatch="///",
                        linewidth=1.0)
                ax.text(-patient - pad, y, str(patient), ha="right", va="center", fontsize=8, color="#333333")
            ax.text(agent + pad, y, str(agent), ha="left", va="center", fontsize=8, color="#333333")
    labels = ["agentless passive\n(no one named)" if a == AGENTLESS else plain(a) for a in order]
    ax.set_yticks(range(len(order)), labels)
    if order[-1] == AGENTLESS and len(order) > 1:
        ax.axhline(len(order) - 1.5, color="#999999", linewidth=0.8, linestyle="--")
    ax.set_ylim(len(order) - 0.5, -0.5)
    lim = top * 1.25
    ax.set_xlim(-lim, lim)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(int(round(v)))}"))
    ax.set_xlabel("clauses (count)")
    ax.text(0.25, 1.01, "← acted on (patient)", transform=ax.transAxes, ha="center", va="bottom", fontsize=9)
    ax.text(0.75, 1.01, "acts (agent) →", transform=ax.transAxes, ha="center", va="bottom", fontsize=9)
    handles = [Patch(facecolor=colours[g], label=plain(g)) for g in groups]
    handles += [Patch(facecolor="#777777", label="agent"),
                Patch(facecolor="white", edgecolor="#777777", hatch="///", label="patient"),
                Patch(facecolor="white", edgecolor="#777777", hatch="..", label="agentless passive")]
    # below the x label: borderaxespad is in font sizes, so the gap does not depend on the chart's height
    ax.legend(handles=handles, frameon=False, loc="upper center", bbox_to_anchor=(0.5, 0), borderaxespad=4.2,
              ncol=min(len(handles), 6), fontsize=8)
    ax.set_title(plain(fit_title(title or "Who acts and who is acted on", fig.get_figwidth())), pad=18)
    fig.tight_layout()
    return fig, rows


def _agency_heat(rows: pd.DataFrame, groups: list, order: list, table, title: str | None):
    """``plot_agency`` with too many groups for a bar each: two heat maps, groups by actors."""
    rows = rows.copy()
    str_group = rows["group"].astype(str)
    clauses = (rows["as_agent"] + rows["as_patient"]).groupby(str_group).sum().reindex(groups).fillna(0)
    shown = _ranked(clauses, MAX_HEAT_ROWS) if len(groups) > MAX_HEAT_ROWS else groups
    named = [a for a in order if a != AGENTLESS][:MAX_HEAT_COLUMNS - 1]
    columns = named + ([AGENTLESS] if AGENTLESS in order else [])
    on_g, on_a = set(shown), set(columns)
    rows["shown_as"] = ["cells of the heat maps" if g in on_g and a in on_a else
                        (f"not drawn: {g} is not among the {len(shown)} groups with most clauses" if g not in on_g else
                         f"not drawn: {a} is not among the {len(named)} actors most often agent or patient")
                        for g, a in zip(str_group, rows["actor"])]
    def grid(col, actors):
        return np.array([[int(table.loc[(a, g), col]) if (a, g) in table.index else 0 for a in actors] for g in shown],
                        dtype=float).reshape(len(shown), len(actors))
    agent, patient = grid("as_agent", columns), grid("as_patient", named)
    labels = [f"{_short(g, 30)} ({int(clauses[g]):,})" for g in shown]
    default = f"Who acts and who is acted on (N = {len(groups):,} groups)"
    cut = ([f"the {len(shown)} groups with most clauses, {len(groups) - len(shown):,} more in the table"]
           if len(shown) < len(groups) else [])
    cut += ([f"the {len(named)} actors most often agent or patient, {len(order) - len(columns):,} more in the table"]
            if len(columns) < len(order) else [])
    note = (f"{len(groups):,} groups are too many for bars: one row per group (clauses in brackets), one column per "
            "actor, the number of clauses in each cell" + ("; " + "; ".join(cut) if cut else "") + ".")
    col_in = 0.62
    width = min(3.0 + col_in * (len(columns) + len(named)) + 0.8, MAX_INCHES)
    top = title_inches(title or default, note, width) + _label_room(
        "agentless passive" if a == AGENTLESS else _short(a, 22) for a in columns)
    fig, (ax, bx) = plt.subplots(1, 2, figsize=capped(width, HEAT_ROW_INCHES * len(shown) + top + 0.3),
                                 gridspec_kw={"width_ratios": [max(len(columns), 1), max(len(named), 1)]})
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=0.3 / h, left=3.0 / width, right=1 - 0.2 / width,
                        wspace=1.2 / width)
    names = ["agentless passive" if a == AGENTLESS else _short(a, 22) for a in columns]
    both = max(agent.max(initial=0), patient.max(initial=0), 1)  # one scale for both maps
    _heat(ax, agent, [[str(int(v)) for v in r] for r in agent], rows=labels, columns=names, top=both)
    _heat(bx, patient, [[str(int(v)) for v in r] for r in patient], rows=labels, columns=names[:len(named)], top=both)
    bx.tick_params(labelleft=False)
    ax.set_xlabel("acts (agent)", fontsize=10)
    bx.set_xlabel("acted on (patient)", fontsize=10)
    add_title(fig, title or default, note, width)
    return fig, rows


VOICE_PARTS = (("own_share", "own voice", "#e3e3e3", "#222222"),
               ("indirect_share", "reported speech", "#9e9e9e", "#111111"),
               ("direct_share", "direct quotes", "#4a4a4a", "#ffffff"))


def plot_voice_shares(shares: pd.DataFrame, *, title: str | None = None, min_label: float = 0.03,
                      max_rows: int = MAX_VOICE_ROWS):
    """Stacked horizontal bars from :func:`voice_shares`: per article (or per group with
    ``level="group"``), the share of its words in the outlet's own voice, in reported speech and
    in direct quotes, in percent of the article's words.

    One bar per input row, top to bottom in input order; the label names the group (in its
    colour), the article and its word count. Shares of at least ``min_label`` are written in
    their segment. An article with no words gets no bar and says so. Returns
    ``(figure, rows drawn)``: the input rows, in input order.

    With more than ``max_rows`` rows, one bar per group instead, its rows' words summed (at most
    ``MAX_VOICE_GROUPS`` bars, the groups with fewest words summed in the last); the rows returned are
    still the input rows, with ``shown_as`` naming the bar each is summed in.

    >>> s = pd.DataFrame({"article_id": ["a"], "group": ["x"], "words": [10], "own_words": [6],
    ...     "direct_words": [4], "indirect_words": [0], "own_share": [0.6], "direct_share": [0.4],
    ...     "indirect_share": [0.0], "quoted_share": [0.4]})
    >>> fig, rows = plot_voice_shares(s)
    >>> rows.values.tolist() == s.values.tolist()
    True
    >>> fig, rows = plot_voice_shares(pd.concat([s, s.assign(article_id="b")]), max_rows=1)
    >>> rows["shown_as"].tolist()
    ['summed in the bar of x', 'summed in the bar of x']
    """
    rows = shares.reset_index(drop=True)
    n = len(rows)
    if n > max_rows and {"words", "own_words", "direct_words", "indirect_words"} <= set(rows.columns):
        return _voices_per_group(rows, title, min_label)
    colours = group_colours(rows["group"].astype(str)) if n else {}
    fig, ax = plt.subplots(figsize=(7.5, 0.62 * max(1, n) + 1.9))
    if not n:
        ax.text(0.5, 0.5, "no articles", ha="center", va="center", transform=ax.transAxes, color="#555555")
        ax.set_xticks([]), ax.set_yticks([])
        ax.set_title(plain(fit_title(title or "Whose words each article is made of", fig.get_figwidth())))
        fig.tight_layout()
        return fig, rows
    _voice_bars(ax, rows, colours, min_label)
    ax.set_title(plain(fit_title(title or "Whose words each article is made of", fig.get_figwidth())), pad=24)
    fig.tight_layout()
    return fig, rows


def _voice_bars(ax, rows: pd.DataFrame, colours: dict, min_label: float, *, xlabel: str = "% of the article's words "
                "(title, standfirst, body)") -> None:
    """One stacked bar per row of ``rows`` (own voice, reported speech, direct quotes), labelled in its group's
    colour."""
    n = len(rows)
    labels = []
    for i, r in enumerate(rows.to_dict("records")):
        n_articles = int(r.get("n_articles", 0))
        who = r["article_id"] if "article_id" in r else f"{n_articles} article{'s' if n_articles != 1 else ''}"
        words = int(r["words"]) if pd.notna(r["words"]) else 0
        labels.append(f"{plain(r['group'])}\n{plain(who)} ({words:,} words)")
        if words == 0:
            ax.text(1, i, " no words", va="center", fontsize=8, color="#555555")
            continue
        left = 0.0
        for col, _, face, ink in VOICE_PARTS:
            v = float(r[col]) if pd.notna(r[col]) else 0.0
            ax.barh(i, v * 100, left=left * 100, height=0.7, color=face, edgecolor="white", linewidth=0.8)
            if v >= min_label:
                ax.text((left + v / 2) * 100, i, f"{v * 100:.0f}%", ha="center", va="center", fontsize=8,
                        color=ink)
            left += v
    ax.set_yticks(range(n), labels, fontsize=8)
    for tick, g in zip(ax.get_yticklabels(), rows["group"].astype(str)):
        tick.set_color(colours.get(g, "#555555"))
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xlabel(xlabel)
    handles = [Patch(facecolor=face, edgecolor="#999999", label=name) for _, name, face, _ in VOICE_PARTS]
    ax.legend(handles=handles, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, fontsize=8)


def _voices_per_group(rows: pd.DataFrame, title: str | None, min_label: float):
    """``plot_voice_shares`` with too many rows for a bar each: one bar per group, its words summed."""
    rows = rows.copy()
    group = rows["group"].astype(str)
    count = rows["n_articles"] if "n_articles" in rows.columns else pd.Series(1, index=rows.index)
    sums = pd.DataFrame({"n_articles": count, "words": rows["words"], "own_words": rows["own_words"],
                         "direct_words": rows["direct_words"], "indirect_words": rows["indirect_words"]}).fillna(0) \
        .groupby(group, sort=True).sum()
    groups = list(sums.index)
    shown = _ranked(sums["words"], MAX_VOICE_GROUPS - 1) if len(groups) > MAX_VOICE_GROUPS else groups
    rest = [g for g in groups if g not in set(shown)]
    pooled = f"{len(rest):,} other groups"
    bars = sums.loc[shown]
    if rest:
        bars.loc[pooled] = sums.loc[rest].sum()
    bars = bars.rename_axis("group").reset_index()
    for part in ("own", "direct", "indirect"):
        bars[f"{part}_share"] = (bars[f"{part}_words"] / bars["words"].where(bars["words"] > 0)).fillna(0)
    rows["shown_as"] = [f"summed in the bar of {g}" if g in set(shown) else f"summed in the bar '{pooled}'"
                        for g in group]
    what = "articles" if "article_id" in rows.columns else "rows"
    default = f"Whose words the articles are made of, per group (N = {int(count.sum()):,} articles)"
    note = (f"{len(rows):,} {what} are too many for a bar each: each bar sums the words of one group's {what}" +
            (f"; the {len(shown)} groups with most words have a bar, the other {len(rest):,} share the last" if rest
             else "") + f". The table lists every one of the {len(rows):,} {what}.")
    width = 7.5
    top = title_inches(title or default, note, width) + 0.45
    fig, ax = plt.subplots(figsize=capped(width, 0.62 * len(bars) + top + 0.9))
    h = fig.get_figheight()
    fig.subplots_adjust(top=1 - top / h, bottom=0.75 / h, left=0.3, right=0.97)
    colours = group_colours(groups)
    _voice_bars(ax, bars.assign(n_articles=bars["n_articles"].astype(int)), {**colours, pooled: "#555555"}, min_label,
                xlabel="% of the group's words (title, standfirst, body), summed over its articles")
    add_title(fig, title or default, note, width)
    return fig, rows
