"""Every path the project uses, derived from the repository root.

>>> from helpers.paths import ROOT, SEEDS
>>> SEEDS == ROOT / "seeds"
True
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# BORDERLINES_FIGURES redirects chart output (tests use it to keep figures/ untouched).
FIGURES = Path(os.environ.get("BORDERLINES_FIGURES") or ROOT / "figures")
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
TESTS = ROOT / "tests"
DATA = Path(__file__).resolve().parent / "data"  # lexicons and alias tables shipped with the package


def relative(path: str | Path) -> str:
    """Show *path* relative to the repository root (never a machine path).

    >>> relative(ROOT / "seeds" / "a.txt")
    'seeds/a.txt'
    """
    p = Path(os.path.abspath(path))  # not resolve(): a link keeps its own name
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name
