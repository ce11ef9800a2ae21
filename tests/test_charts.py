"""Charts of notebooks 01, 02 and 04 on large input: aggregated above their thresholds, every row kept, the figure
and the saved PNG within ``MAX_PX``, no colour standing for two groups. The synthetic frames below are made up."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.show.charts import (MAX_ROWS, MAX_SUMMARY_ROWS, plot_article_sizes, plot_crossings,  # noqa: E402
                                 plot_crossings_timeline, plot_people, plot_timeline)
from helpers.show.figures import MAX_INCHES, MAX_PX, PALETTE, SHARED, png_size, save_figure  # noqa: E402

DPI = 120  # savefig.dpi of save_figure


def outlets(n: int) -> list[str]:
    return [f"Outlet {k:02d}" for k in range(n)]


def articles(n: int, n_groups: int) -> pd.DataFrame:
    groups = outlets(n_groups)
    ids = [f"a{k:04d}" for k in range(n)]
    return pd.DataFrame({"label": [f"{groups[k % n_groups]} · {i}" for k, i in enumerate(ids)],
                         "outlet": [groups[k % n_groups] for k in range(n)],
                         "raw": ["word " * (100 + k % 37) for k in range(n)],
                         "n_words": [80 + k % 29 for k in range(n)], "repeats_dropped": [k % 3 for k in range(n)]},
                        index=pd.Index(ids, name="article_id"))


def figures(n_articles: int, n_groups: int, per_article: int = 6) -> pd.DataFrame:
    """Stated figures: per article a crossings count, a people count and dates, in rotation."""
    groups = outlets(n_groups)
    rows = []
    day = pd.Timestamp("2023-11-01")
    for a in range(n_articles):
        aid, g = f"a{a:04d}", groups[a % n_groups]
        base = dict(article_id=aid, field="body", sentence_no=1, label=f"{g} · {aid}", outlet=g,
                    published=day + pd.Timedelta(days=a % 60), anchored_on=None)
        for k in range(per_article):
            kind = ["count", "count", "date", "date", "date", "date"][k % 6]
            r = dict(base, kind=kind, start_char=10 * k, end_char=10 * k + 5, sentence=f"Sentence {k} of {aid}.",
                     inferred=(a + k) % 7 == 0)
            if kind == "count" and k % 2 == 0:
                stated, of = 1 + (a + k) % 5, [8, 9, None][a % 3]
                r.update(topic="crossings", text=f"{stated} of the crossings", value=float(stated),
                         of=float(of) if of else np.nan, approx=False, state=["closed", "open"][a % 2],
                         what="crossings",
                         ref_text="on Friday", ref_start=day + pd.Timedelta(days=a % 40),
                         ref_end=day + pd.Timedelta(days=a % 40), ref_from="text", start=pd.NaT, end=pd.NaT)
            elif kind == "count":
                r.update(topic="people", text=f"{a * 7 % 3000 + 3} people", value=float(a * 7 % 3000 + 3), of=np.nan,
                         approx=a % 4 == 0, state=None, what="asylum seekers", ref_text=None, ref_start=pd.NaT,
                         ref_end=pd.NaT, ref_from=None, start=pd.NaT, end=pd.NaT)
            else:
                start = day + pd.Timedelta(days=(a * 3 + k) % 90) if (a + k) % 11 else pd.NaT
                r.update(topic=None, text=f"on day {k}", value=np.nan, of=np.nan, approx=None, state=None, what=None,
                         ref_text=None, ref_start=pd.NaT, ref_end=pd.NaT, ref_from=None, start=start,
                         end=start + pd.Timedelta(days=(a % 3) * 10) if pd.notna(start) else pd.NaT,
                         granularity="day" if a % 3 == 0 else "month")
            rows.append(r)
    return pd.DataFrame(rows)


def timeline(n: int, n_sources: int) -> pd.DataFrame:
    day = pd.Timestamp("2023-11-01")
    src = outlets(n_sources)
    return pd.DataFrame({
        "line": [src[k % n_sources] for k in range(n)], "source": [src[k % n_sources] for k in range(n)],
        "label": [f"{src[k % n_sources]} · a{k}" for k in range(n)], "article_id": [f"a{k}" for k in range(n)],
        "fact_id": range(n), "value": ["x"] * n, "open": [float(k % 5) for k in range(n)], "total": [8.0] * n,
        "modality": ["asserted"] * n, "refers_start": [day + pd.Timedelta(days=(k * 5) % 400) for k in range(n)],
        "refers_end": [day + pd.Timedelta(days=(k * 5) % 400) for k in range(n)], "time_text": ["then"] * n,
        "sentence": ["S."] * n, "plotted": [True] * n, "why_not": [""] * n, "outlier": [k % 13 == 0 for k in range(n)]})


LARGE = figures(500, 7)
LARGE_40 = figures(500, 40)
PAD = 0.1  # savefig.pad_inches: the tight box of a saved PNG is this much wider on every side


def within_limit(fig) -> tuple[bool, tuple]:
    """Whether the figure, and the PNG ``save_figure`` writes from it (its tight box at 120 dpi), are within the limit.
    The tight box is measured, not rendered: ``get_tightbbox`` costs a fifth of a ``savefig``."""
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    saved = ((box.width + 2 * PAD) * DPI, (box.height + 2 * PAD) * DPI)
    inches = tuple(fig.get_size_inches())
    return max(inches) <= MAX_INCHES and max(inches) * DPI <= MAX_PX and max(saved) <= MAX_PX, (inches, saved)


def title_of(fig) -> str:
    parts = [fig.get_suptitle()] + [a.get_text() for a in fig.artists if hasattr(a, "get_text")]
    return " ".join(parts + [ax.get_title(loc=loc) for ax in fig.axes for loc in ("left", "center")])


def n_counts(f: pd.DataFrame, topic: str) -> int:
    return int(((f["kind"] == "count") & (f["topic"] == topic)).sum())


CASES = {  # name: (draw, rows expected)
    "article sizes, 40 outlets": (lambda: plot_article_sizes(articles(500, 40), by="outlet"), 500),
    "article sizes, 500 groups": (lambda: plot_article_sizes(articles(500, 7), by="article_id"), 500),
    "crossings, 7 outlets": (lambda: plot_crossings(LARGE, by="outlet"), n_counts(LARGE, "crossings")),
    "crossings, 40 outlets": (lambda: plot_crossings(LARGE_40, by="outlet"), n_counts(LARGE_40, "crossings")),
    "people, 40 outlets": (lambda: plot_people(LARGE_40, by="outlet"), n_counts(LARGE_40, "people")),
    "timeline, 7 outlets": (lambda: plot_timeline(LARGE, by="outlet"), int((LARGE["kind"] == "date").sum())),
    "crossings timeline, 4 sources": (lambda: plot_crossings_timeline(timeline(600, 4)), 600),
    "crossings timeline, 40 sources": (lambda: plot_crossings_timeline(timeline(600, 40)), 600),
}


@pytest.fixture(scope="module")
def drawn():
    """Each case drawn once for the tests of this module."""
    cache = {}
    yield lambda name: cache.setdefault(name, CASES[name][0]())
    plt.close("all")


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_large_input_stays_within_the_size_limit_and_keeps_every_row(case, drawn):
    fig, rows = drawn(case)
    ok, sizes = within_limit(fig)
    assert ok, sizes
    assert len(rows) == CASES[case][1]
    assert "shown_as" in rows.columns and rows["shown_as"].str.len().gt(0).all()
    assert "N = " in title_of(fig) and "too many" in title_of(fig)


def test_the_tight_box_measured_is_the_saved_png(drawn, tmp_path):
    fig, rows = drawn("article sizes, 500 groups")
    _, (_, saved) = within_limit(fig)
    png = save_figure(fig, "x", rows, folder=tmp_path)["png"]
    assert abs(png_size(png.read_bytes())[0] - saved[0]) <= 2 and abs(png_size(png.read_bytes())[1] - saved[1]) <= 2


def test_aggregated_rows_say_where_each_went(drawn):
    fig, rows = drawn("article sizes, 40 outlets")
    bars = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(bars) == MAX_SUMMARY_ROWS and bars[-1].startswith("and 16 more groups")  # 24 bars, then the rest
    assert rows["article_id"].is_unique
    assert rows.loc[rows["shown_as"].str.startswith("not drawn"), "group"].nunique() == 16
    assert "N = 500 articles in 40 groups" in title_of(fig)
    fig, rows = drawn("timeline, 7 outlets")
    assert rows["drawn"].sum() < rows["start"].notna().sum()  # only the dates stated most often have a row
    assert set(rows.loc[rows["start"].isna(), "shown_as"]) == {"not drawn: unresolved"}
    assert len(fig.axes[0].get_yticklabels()) == MAX_SUMMARY_ROWS
    fig, rows = drawn("crossings, 7 outlets")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    for label in labels:  # each claim's row counts the statements that say it
        claim, n = label.split("\n")[0], int(label.split("\n")[1].split(" statement")[0].replace(",", ""))
        assert (rows["shown_as"] == f"in the row “{claim}”").sum() == n
    assert len(fig.axes) == 2  # the marks, and the statements per claim stacked by group


@pytest.mark.parametrize("plot", [plot_crossings, plot_people, plot_timeline])
def test_the_threshold_is_the_module_constant(plot):
    small = figures(6, 3)
    if plot is plot_timeline:  # the mentions that resolve to the calendar
        n = int(((small["kind"] == "date") & small["start"].notna()).sum())
    else:
        n = n_counts(small, "crossings" if plot is plot_crossings else "people")
    fig, rows = plot(small, by="outlet", max_rows=n)
    assert "shown_as" not in rows.columns  # at the threshold: one row each, as before
    plt.close(fig)
    fig, rows = plot(small, by="outlet", max_rows=n - 1)
    assert "shown_as" in rows.columns
    plt.close(fig)
    assert plot.__kwdefaults__["max_rows"] == MAX_ROWS


def test_more_groups_than_colours_share_one_colour():
    few = articles(20, 20)  # a bar per article, but each its own group: the palette cannot tell them apart
    fig, rows = plot_article_sizes(few, by="article_id")
    kept = [p for p in fig.axes[0].patches if p.get_height() == 0.5]
    assert len(kept) == 20 and {matplotlib.colors.to_hex(p.get_facecolor()) for p in kept} == {SHARED}
    plt.close(fig)
    fig, rows = plot_crossings(figures(10, 10, per_article=2), by="outlet")
    assert "shown_as" not in rows.columns
    assert {matplotlib.colors.to_hex(t.get_color()) for t in fig.axes[0].get_yticklabels()} == {SHARED}
    plt.close(fig)


def test_crossings_timeline_never_repeats_a_colour(drawn):
    few = timeline(20, len(PALETTE) + 1)  # within max_lines (10), beyond the palette
    fig, rows = plot_crossings_timeline(few)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "most statements for the day" in labels
    plt.close(fig)
    fig, rows = drawn("crossings timeline, 4 sources")
    lines = [ln for ln in fig.axes[0].get_lines() if ln.get_linestyle() == "-"]
    assert len(lines) == 4 and len({ln.get_color() for ln in lines}) == 4  # one line per source, its own colour
    assert "not drawn: refers to a date outside the stretch shown" in set(rows["shown_as"])
    assert len(rows) == 600
