"""Shared builders for the tests: a corpus of files on disk, and arbitrary articles for property tests."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import strategies as st

from helpers import load_corpus


def write_corpus(folder: Path, articles: dict[str, tuple[str, str, str]]) -> pd.DataFrame:
    """Write ``{stem: (perspective, outlet, text)}`` as ``stem.txt`` files with a ``sources.csv``; load them."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["file,outlet,perspective,language"]
    for stem, (perspective, outlet, text) in articles.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        lines.append(f"{stem}.txt,{outlet},{perspective},en")
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(folder)


# Words, names, quotes and punctuation the framing helpers react to, for property-based tests.
FUZZ_WORDS = ["Finland", "Russia's", "Helsinki", "the", "Kremlin", "said", "was", "closed", "by", "which", "that",
              "and", "He", "according", "to", "blame", "pretext", "under", "of", "migrants", "border", ",", ".",
              '"', "“", "”", "«", "»", ":", "\n\n", "is", "fully", "accused", "citing", "reportedly", "so-called",
              "it", "we", "been", "has", "decided", "terminate", "Sergei Belyaev", "Director", "explained", "'s",
              "responsible", "for", "in", "response", "—", "(", ")", "Ä", "x" * 40]
fuzz_text = st.lists(st.sampled_from(FUZZ_WORDS), min_size=0, max_size=40).map(" ".join)


def fuzz_articles(bodies: list[str]) -> pd.DataFrame:
    """An articles frame (title, standfirst, body, perspective) built straight from ``bodies``."""
    n = len(bodies)
    return pd.DataFrame({"title": ["T " + b[:30] for b in bodies], "standfirst": [b[:50] for b in bodies],
                         "body": bodies, "perspective": ["x"] * n},
                        index=pd.Index([f"f{i}" for i in range(n)], name="article_id"))
