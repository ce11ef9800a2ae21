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

import re
from pathlib import Path

import matplotlib
import pandas as pd

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


def colour_map(groups) -> dict:
    """Stable colours for group labels, assigned in sorted order.

    >>> colour_map(["russian", "finnish"])["finnish"]
    '#0072B2'
    """
    labels = sorted({str(g) for g in groups})
    return {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(labels)}


def save_figure(fig, name: str, data: pd.DataFrame, *, folder: str | Path = FIGURES) -> dict:
    """Write ``folder/name.png`` (same bytes on every run) and ``folder/name.csv`` (the rows drawn).

    Returns the two paths as ``{"png": Path, "csv": Path}``.
    """
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ValueError(f"figure name {name!r} must be a plain file stem")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    fig.savefig(png, metadata={"Software": None}, bbox_inches="tight")
    data.to_csv(csv, index=False, lineterminator="\n")
    return {"png": png, "csv": csv}


def plain(text) -> str:
    """Text drawn as is: a ``$`` in an article must not switch matplotlib to mathtext.

    >>> print(plain("costs $5 and $6"))
    costs \\$5 and \\$6
    """
    return "" if text is None or (isinstance(text, float) and text != text) else str(text).replace("$", r"\$")
