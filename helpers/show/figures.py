"""Save every chart the same way: a byte-reproducible PNG with the CSV of its rows beside it.

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt, pandas as pd, tempfile, pathlib
>>> fig, ax = plt.subplots()
>>> _ = ax.bar(["a", "b"], [1, 2])
>>> out = save_figure(fig, "demo", pd.DataFrame({"x": ["a", "b"], "y": [1, 2]}),
...                   folder=tempfile.mkdtemp())
>>> sorted(p.suffix for p in out.values())
['.csv', '.png']
"""
from __future__ import annotations

import io
import re
import struct
import textwrap
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.text import Annotation

from ..paths import FIGURES

STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "borderlines",
}
matplotlib.rcParams.update(STYLE)

# One colour per group, stable across notebooks (colour-blind safe, Okabe–Ito).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
SHARED = "#4d4d4d"  # the one colour of every group when there are more groups than PALETTE has colours

MAX_PX = 2400        # no saved PNG is wider or taller than this (``save_figure`` lowers its dpi if needed)
MAX_INCHES = 19.5    # charts keep their figure within this: 19.5 in × savefig.dpi 120 = 2,340 px
TITLE_CHARS = 11.5   # characters of an 11-pt title per inch of figure width, before a line is wrapped
MAX_TITLE_LINES = 4  # a title longer than this many lines is cut with "…"


def colour_map(groups) -> dict:
    """Stable colours for group labels, assigned in sorted order.

    >>> colour_map(["russian", "finnish"])["finnish"]
    '#0072B2'
    """
    labels = sorted({str(g) for g in groups})
    return {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(labels)}


def group_colours(groups) -> dict:
    """``colour_map`` while every group can have a colour of its own; beyond ``len(PALETTE)`` groups, one shared
    colour for all (the labels name the groups): a repeated colour would tell the reader two groups are one.

    >>> group_colours(["b", "a"]) == colour_map(["a", "b"])
    True
    >>> set(group_colours(range(9)).values()) == {SHARED}
    True
    """
    labels = sorted({str(g) for g in groups})
    return colour_map(labels) if len(labels) <= len(PALETTE) else {g: SHARED for g in labels}


def capped(width: float, height: float) -> tuple[float, float]:
    """A figure size within ``MAX_INCHES`` both ways.

    >>> capped(7.5, 300.0)
    (7.5, 19.5)
    """
    return min(float(width), MAX_INCHES), min(float(height), MAX_INCHES)


def fit_title(text: str, width: float, *, chars_per_inch: float = TITLE_CHARS, max_lines: int = MAX_TITLE_LINES) -> str:
    """Wrap each line of a title longer than the figure is wide (``width`` inches); keep ``max_lines`` lines.

    >>> fit_title("short", 7.5)
    'short'
    >>> fit_title("word " * 40, 2.0, max_lines=2).splitlines()
    ['word word word word', 'word word word word…']
    """
    limit = max(int(width * chars_per_inch), 10)
    lines = [part for line in str(text).splitlines() for part in (textwrap.wrap(line, limit) if len(line) > limit
                                                                   else [line])]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: limit - 1].rstrip() + "…"
    return "\n".join(lines)


def _chars(width: float, fontsize: float) -> int:
    return max(int(width * 72 / (fontsize * 0.56)), 20)


def add_title(fig, title: str, note: str, width: float, *, fontsize: float = 11) -> None:
    """A title with a grey note under it (what the chart aggregated), wrapped to the figure's ``width``
    (inches), at the figure's top left. ``title_inches`` is the height they take.

    >>> import matplotlib.pyplot as plt
    >>> fig = plt.figure(figsize=(4, 3))
    >>> add_title(fig, "Title (N = 5 things)", "The 3 biggest; 2 more in the table.", 4)
    >>> fig.get_suptitle(), [a.get_text() for a in fig.artists]
    ('Title (N = 5 things)', ['The 3 biggest; 2 more in the table.'])
    >>> plt.close(fig)
    """
    chars = _chars(width, fontsize)
    head = fig.suptitle(plain(fit_title(title, width, chars_per_inch=chars / width)), x=0.02,
                        y=1 - 0.12 / fig.get_figheight(), ha="left", va="top", fontsize=fontsize)
    if not note:
        return
    fig.add_artist(Annotation(plain(fit_title(note, width, chars_per_inch=chars * 1.2 / width)), xy=(0, 0),
                              xycoords=head, xytext=(0, -4), textcoords="offset points", ha="left", va="top",
                              fontsize=9, color="#555555"))


def title_inches(title: str, note: str, width: float, *, fontsize: float = 11) -> float:
    """The height ``add_title`` takes, in inches."""
    chars = _chars(width, fontsize)
    n_title = fit_title(title, width, chars_per_inch=chars / width).count("\n") + 1
    n_note = fit_title(note, width, chars_per_inch=chars * 1.2 / width).count("\n") + 1 if note else 0
    return 0.2 + n_title * fontsize * 1.2 / 72 + n_note * 9 * 1.2 / 72


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels of a PNG, from its header.

    >>> png_size(bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000000a"))
    (16, 10)
    """
    return struct.unpack(">II", data[16:24])


def _png(fig, **options) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None}, bbox_inches="tight", **options)
    return buf.getvalue()


def save_figure(fig, name: str, data: pd.DataFrame, *, folder: str | Path = FIGURES) -> dict:
    """Write ``folder/name.png`` (same bytes on every run) and ``folder/name.csv`` (the rows drawn).

    A figure that would come out wider or taller than ``MAX_PX`` pixels is saved at the lower dpi that
    fits it. Returns the two paths as ``{"png": Path, "csv": Path}``.

    >>> import matplotlib.pyplot as plt, pandas as pd, tempfile
    >>> fig, ax = plt.subplots(figsize=(40, 3))
    >>> out = save_figure(fig, "wide", pd.DataFrame(), folder=tempfile.mkdtemp())
    >>> png_size(out["png"].read_bytes())[0] <= MAX_PX
    True
    >>> plt.close(fig)
    """
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ValueError(f"figure name {name!r} must be a plain file stem")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    image = _png(fig)
    dpi = float(matplotlib.rcParams["savefig.dpi"]) if matplotlib.rcParams["savefig.dpi"] != "figure" else fig.dpi
    for _ in range(4):  # the tight box holds text, which does not shrink quite in step with the dpi
        biggest = max(png_size(image))
        if biggest <= MAX_PX:
            break
        dpi = int(dpi * MAX_PX / biggest * 100) / 100 - 0.01
        image = _png(fig, dpi=dpi)
    png.write_bytes(image)
    data.to_csv(csv, index=False, lineterminator="\n")
    return {"png": png, "csv": csv}


def plain(text) -> str:
    """Text drawn as is: a ``$`` in an article must not switch matplotlib to mathtext.

    >>> print(plain("costs $5 and $6"))
    costs \\$5 and \\$6
    """
    return "" if text is None or (isinstance(text, float) and text != text) else str(text).replace("$", r"\$")
