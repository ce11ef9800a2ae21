"""The pandas engine: the whole corpus in one process, as one part (``tables.per_part``, ``tables.combine``)."""
from __future__ import annotations

import pandas as pd

from .tables import combine, per_part


def run(articles: pd.DataFrame, *, by: str = "perspective", n_permutations: int = 1000, **_) -> dict[str, pd.DataFrame]:
    return combine([per_part(articles, by=by)], articles, by=by, n_permutations=n_permutations)
