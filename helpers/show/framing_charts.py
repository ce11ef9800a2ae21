"""Charts of the framing tables (``helpers.framing``): distinctive terms, frames, naming, agency, voices.

Each function takes the dataframe its framing helper returns and draws it; the framing
modules compute and never draw.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..framing.actors import AGENCY_COLUMNS, AGENTLESS
from .figures import colour_map, plain


def plot_distinctive_terms(terms: pd.DataFrame, *, top: int = 10, title: str | None = None):
    """Bars of the ``top`` z-scores per group, each with its chance bar (``null_z``) as a tick.

    Solid bars beat the null; pale bars do not (``chance``). Returns ``(figure, rows drawn)``.

    >>> from helpers.framing.terms import distinctive_terms
    >>> s = pd.DataFrame({"article_id": list("ab"), "g": list("xy"), "text": ["Fence.", "Barrier."]})
    >>> fig, rows = plot_distinctive_terms(distinctive_terms(s, by="g", n_permutations=5), top=1)
    >>> rows[["group", "term"]].values.tolist()
    [['x', 'fence'], ['y', 'barrier']]
    """
    rows = terms.groupby("group", sort=True).head(top).reset_index(drop=True)
    cols = ["group", "term", "n_gram", "z", "null_z", "chance", "count_group", "count_other"]
    rows = rows[[c for c in cols if c in rows.columns]]
    groups = list(dict.fromkeys(rows["group"]))
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
    fig.suptitle(plain(title or "Distinctive terms per group (count in brackets; pale bars = chance)"))
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig, rows


def plot_frame_profile(profile: pd.DataFrame, *, title: str | None = None):
    """Grouped bars: each frame's cues per 1,000 words, one bar per group, cue count at the bar's end.

    Returns ``(figure, rows drawn)``.

    >>> from helpers.framing.frames import frame_profile
    >>> s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "text": ["A fence.", "A court."]})
    >>> fig, rows = plot_frame_profile(frame_profile(s, by="g"))
    >>> rows.columns.tolist()
    ['group', 'frame', 'n_cues', 'n_sentences', 'n_words', 'per_1000_words']
    """
    rows = profile[["group", "frame", "n_cues", "n_sentences", "n_words", "per_1000_words"]].reset_index(drop=True)
    frames = list(dict.fromkeys(rows["frame"]))
    groups = list(dict.fromkeys(rows["group"]))
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
    ax.set_title(plain(title or "Frame cues per 1,000 words"))
    fig.tight_layout()
    return fig, rows


def plot_naming(pairs: pd.DataFrame, *, title: str | None = None, used_only: bool = True):
    """Grouped bars of mentions: one block per concept, one row per term, one bar per group.

    Every count is written at its bar, zeros included, so absence shows. ``used_only``
    keeps the terms some group uses. Returns ``(figure, rows drawn)``.

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
    ax.set_title(plain(title or "Which name each group uses"), pad=22)
    fig.tight_layout()
    return fig, rows


def plot_agency(counts: pd.DataFrame, *, title: str | None = None, actors: Iterable[str] | None = None):
    """Diverging bars from :func:`agency_counts`: per actor, one bar per group to the right for the
    clauses where the actor acts (agent) and one to the left where it is acted on (patient).

    Agentless passives (actor ``(agentless)``) get their own row at the bottom, below a line:
    something was done and the text names no one who did it. Every count is written at its bar,
    zeros included. ``actors`` keeps those actors only (in the order of the chart). Returns
    ``(figure, rows drawn)``; the rows are the input rows of the actors drawn, in input order.

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

    n_groups = max(1, len(groups))
    height = 0.8 / n_groups
    fig, ax = plt.subplots(figsize=(7.5, 0.32 * n_groups * max(1, len(order)) + 2.0))
    if not order:
        ax.text(0.5, 0.5, "no actor found as agent or patient", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        ax.set_xticks([]), ax.set_yticks([])
        ax.set_title(plain(title or "Who acts and who is acted on"))
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
    ax.set_title(plain(title or "Who acts and who is acted on"), pad=18)
    fig.tight_layout()
    return fig, rows


VOICE_PARTS = (("own_share", "own voice", "#e3e3e3", "#222222"),
               ("indirect_share", "reported speech", "#9e9e9e", "#111111"),
               ("direct_share", "direct quotes", "#4a4a4a", "#ffffff"))


def plot_voice_shares(shares: pd.DataFrame, *, title: str | None = None, min_label: float = 0.03):
    """Stacked horizontal bars from :func:`voice_shares`: per article (or per group with
    ``level="group"``), the share of its words in the outlet's own voice, in reported speech and
    in direct quotes, in percent of the article's words.

    One bar per input row, top to bottom in input order; the label names the group (in its
    colour), the article and its word count. Shares of at least ``min_label`` are written in
    their segment. An article with no words gets no bar and says so. Returns
    ``(figure, rows drawn)``: the input rows, in input order.

    >>> s = pd.DataFrame({"article_id": ["a"], "group": ["x"], "words": [10], "own_words": [6],
    ...     "direct_words": [4], "indirect_words": [0], "own_share": [0.6], "direct_share": [0.4],
    ...     "indirect_share": [0.0], "quoted_share": [0.4]})
    >>> fig, rows = plot_voice_shares(s)
    >>> rows.values.tolist() == s.values.tolist()
    True
    """


    rows = shares.reset_index(drop=True)
    n = len(rows)
    colours = colour_map(rows["group"].astype(str)) if n else {}
    fig, ax = plt.subplots(figsize=(7.5, 0.62 * max(1, n) + 1.9))
    if not n:
        ax.text(0.5, 0.5, "no articles", ha="center", va="center", transform=ax.transAxes, color="#555555")
        ax.set_xticks([]), ax.set_yticks([])
        ax.set_title(plain(title or "Whose words each article is made of"))
        fig.tight_layout()
        return fig, rows
    labels = []
    for i, r in enumerate(rows.to_dict("records")):
        who = r["article_id"] if "article_id" in r else f"{int(r.get('n_articles', 0))} articles"
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
        tick.set_color(colours[g])
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of the article's words (title, standfirst, body)")
    handles = [Patch(facecolor=face, edgecolor="#999999", label=name) for _, name, face, _ in VOICE_PARTS]
    ax.legend(handles=handles, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, fontsize=8)
    ax.set_title(plain(title or "Whose words each article is made of"), pad=24)
    fig.tight_layout()
    return fig, rows
