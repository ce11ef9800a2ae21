"""Framing charts (notebook 03) on many groups and articles: a grid, a heat map or sums per group above their
thresholds, every input row kept with where it went, figures and saved PNGs within ``MAX_PX``, no colour standing
for two groups. The synthetic tables below are made up."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.show.figures import MAX_INCHES, MAX_PX, SHARED  # noqa: E402
from helpers.show.framing_charts import (MAX_BAR_GROUPS, MAX_HEAT_COLUMNS, MAX_HEAT_ROWS,  # noqa: E402
                                         MAX_NAMING_BAR_GROUPS, MAX_PANELS, MAX_VOICE_ROWS, plot_agency,
                                         plot_distinctive_terms, plot_frame_profile, plot_naming, plot_voice_shares)

DPI, PAD = 120, 0.1  # save_figure's savefig.dpi and pad around the tight box
FRAMES = [f"frame {k}" for k in range(8)]


def groups(n: int) -> list[str]:
    return [f"Group {k:03d}" for k in range(n)]


def terms(n_groups: int, per_group: int = 12) -> pd.DataFrame:
    return pd.DataFrame([{"term": f"term{g}_{k}", "n_gram": 1, "group": name, "z": 6.0 - k * 0.4, "null_z": 1.5,
                          "chance": k > 4 + g % 3, "count_group": 20 - k, "count_other": k}
                         for g, name in enumerate(groups(n_groups)) for k in range(per_group)])


def profile(n_groups: int) -> pd.DataFrame:
    return pd.DataFrame([{"group": name, "frame": f, "n_cues": (g + k) % 9, "n_sentences": 5, "n_words": 1000 + g,
                          "per_1000_words": ((g + k) % 9) / (1 + g / 1000)}
                         for g, name in enumerate(groups(n_groups)) for k, f in enumerate(FRAMES)])


def pairs(n_groups: int) -> pd.DataFrame:
    return pd.DataFrame([{"concept": f"concept {c}", "group": name, "term": f"name {c}.{t}", "count": (g + c + t) % 5}
                         for c in range(6) for t in range(4) for g, name in enumerate(groups(n_groups))])


def agency(n_groups: int, n_actors: int = 8) -> pd.DataFrame:
    actors = [f"Actor {a}" for a in range(n_actors)] + ["(agentless)"]
    return pd.DataFrame([{"group": name, "actor": a, "as_agent": (g + i) % 6, "as_patient": 0 if a == "(agentless)"
                          else (g * i) % 4} for g, name in enumerate(groups(n_groups)) for i, a in enumerate(actors)])


def shares(n_articles: int, n_groups: int) -> pd.DataFrame:
    rows = []
    for a in range(n_articles):
        words, direct, indirect = 100 + a % 50, a % 17, a % 23
        rows.append({"article_id": f"a{a:04d}", "group": groups(n_groups)[a % n_groups], "words": words,
                     "own_words": words - direct - indirect, "direct_words": direct, "indirect_words": indirect,
                     "own_share": (words - direct - indirect) / words, "direct_share": direct / words,
                     "indirect_share": indirect / words, "quoted_share": (direct + indirect) / words})
    return pd.DataFrame(rows)


def within_limit(fig) -> tuple[bool, tuple]:
    """The figure and the PNG ``save_figure`` would write (its tight box, measured without rendering)."""
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    saved = ((box.width + 2 * PAD) * DPI, (box.height + 2 * PAD) * DPI)
    inches = tuple(fig.get_size_inches())
    return max(inches) <= MAX_INCHES and max(saved) <= MAX_PX, (inches, saved)


def text_of(fig) -> str:
    parts = [fig.get_suptitle()] + [a.get_text() for a in fig.artists if hasattr(a, "get_text")]
    return " ".join(" ".join(parts + [ax.get_title() for ax in fig.axes]).split())


LONG_N = "N = 500 articles: " + ", ".join(f"{g} 70 (7,000 words)" for g in groups(7))  # as describe_sizes writes it

CASES = {  # name: (draw, rows expected, aggregated)
    "terms, 7 groups in a grid": (lambda: plot_distinctive_terms(terms(7), title=f"Terms\n{LONG_N}"), 7 * 10, False),
    "frames, 7 groups": (lambda: plot_frame_profile(profile(7), title=f"Frames\n{LONG_N}"), 7 * 8, False),
    "frames, 500 groups": (lambda: plot_frame_profile(profile(500)), 500 * 8, True),
    "naming, 40 groups": (lambda: plot_naming(pairs(40)), 40 * 24, True),
    "agency, 7 groups, 30 actors": (lambda: plot_agency(agency(7, 30), title=f"Agency\n{LONG_N}"), 7 * 31, True),
    "agency, 500 groups": (lambda: plot_agency(agency(500)), 500 * 9, True),
    "voices, 500 articles in 7 groups": (lambda: plot_voice_shares(shares(500, 7)), 500, True),
    "voices, 500 articles in 500 groups": (lambda: plot_voice_shares(shares(500, 500)), 500, True),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_large_input_stays_within_the_size_limit_and_keeps_every_row(case):
    draw, n_rows, aggregated = CASES[case]
    fig, rows = draw()
    ok, sizes = within_limit(fig)
    assert ok, sizes
    assert len(rows) == n_rows
    assert ("shown_as" in rows.columns) == aggregated
    if aggregated:
        assert rows["shown_as"].str.len().gt(0).all()
        assert "N = " in text_of(fig)
    plt.close(fig)


def test_thresholds_are_module_constants():
    few_actors = lambda n: agency(n, n_actors=3)  # noqa: E731 (eight groups of bars for 8 actors would not fit)
    for plot, table, limit in ((plot_frame_profile, profile, MAX_BAR_GROUPS), (plot_agency, few_actors, MAX_BAR_GROUPS),
                               (plot_naming, pairs, MAX_NAMING_BAR_GROUPS)):
        fig, rows = plot(table(limit))
        assert "shown_as" not in rows.columns and not any(ax.images for ax in fig.axes)  # bars
        plt.close(fig)
        fig, rows = plot(table(limit + 1))
        assert any(ax.images for ax in fig.axes)  # a heat map
        plt.close(fig)
    fig, rows = plot_voice_shares(shares(MAX_VOICE_ROWS, 3))
    assert len(fig.axes[0].get_yticklabels()) == MAX_VOICE_ROWS and "shown_as" not in rows.columns
    plt.close(fig)
    fig, rows = plot_voice_shares(shares(MAX_VOICE_ROWS + 1, 3))
    assert len(fig.axes[0].get_yticklabels()) == 3 and set(rows["shown_as"]) == {
        f"summed in the bar of {g}" for g in groups(3)}
    plt.close(fig)


def test_heat_maps_keep_the_biggest_groups_and_say_so():
    fig, rows = plot_frame_profile(profile(500))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == MAX_HEAT_ROWS and labels[0].startswith("Group 460")  # most words: the last 40 groups
    assert f"the other {500 - MAX_HEAT_ROWS}" in text_of(fig)
    drawn = rows[~rows["shown_as"].str.startswith("not drawn")]
    assert drawn["group"].nunique() == MAX_HEAT_ROWS
    plt.close(fig)
    fig, rows = plot_naming(pairs(40))
    assert len(fig.axes[0].get_xticklabels()) == MAX_HEAT_COLUMNS
    assert rows.loc[rows["shown_as"].str.startswith("not drawn"), "group"].nunique() == 40 - MAX_HEAT_COLUMNS
    plt.close(fig)


def test_terms_panels_never_repeat_a_colour_and_stay_within_the_limit():
    fig, rows = plot_distinctive_terms(terms(500))  # 500 groups: the 8 with most terms beyond chance get a panel
    assert within_limit(fig)[0] and len(rows) == 500 * 10
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert len(shown) == MAX_PANELS
    colours = {matplotlib.colors.to_hex(p.get_facecolor()) for ax in shown for p in ax.patches}
    assert colours == {SHARED}  # more groups than colours: one colour, each panel titled with its group
    assert rows.loc[~rows["shown_as"].str.startswith("not drawn"), "group"].nunique() == MAX_PANELS
    assert "N = 500 groups" in text_of(fig) and "the 8 with most terms beyond chance have a panel" in text_of(fig)
    plt.close(fig)
