"""helpers/data/dictionary.csv, the data dictionary: one line per column of every table the engines write
(``helpers.engine.TABLES``), checked against the tables computed on the seeds, both ways, types included."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.engine import TABLES, open_tables
from helpers.paths import SEEDS
from helpers.show.tables import load_dictionary

# Columns a table has only on some corpora (their meaning says when), so the seeds cannot show them.
ONLY_ON_SOME = {("distinctive_terms", "language")}


@pytest.fixture(scope="module")
def seed_columns() -> dict[str, pd.DataFrame]:
    """Each table of the seeds with its named index as a column (as Parquet readers see it)."""
    tables = open_tables(SEEDS, n_permutations=5)
    return {name: tables[name].reset_index() if tables[name].index.name else tables[name] for name in TABLES}


def _kind(values: pd.Series) -> str | None:
    """The dictionary's type for a column's values; None when it has no value to tell by."""
    present = values.dropna()
    if values.dtype.kind == "M":
        return "date"
    if values.dtype.kind == "b":
        return "boolean"
    if values.dtype.kind in "iu" or str(values.dtype) == "Int64":
        return "integer"
    if values.dtype.kind == "f":
        return "number"
    kinds = {type(v) for v in present}
    if not kinds:
        return None
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {list}:
        return "list of text"
    if kinds <= {str}:
        return "text"
    return None


def test_every_column_of_every_table_has_a_line_and_no_line_is_stale(seed_columns):
    d = load_dictionary()
    listed = set(zip(d["table"], d["column"]))
    have = {(name, str(c)) for name, df in seed_columns.items() for c in df.columns}
    assert sorted(have - listed) == [], "columns with no line in helpers/data/dictionary.csv"
    assert sorted(listed - have - ONLY_ON_SOME) == [], "lines for columns no table has"
    assert set(d["table"]) == set(TABLES)
    for table, column in ONLY_ON_SOME:
        assert d[(d.table == table) & (d.column == column)]["meaning"].item().startswith("Only when")


def test_each_column_has_its_type_and_a_meaning(seed_columns):
    d = load_dictionary().set_index(["table", "column"])
    wrong = []
    for name, df in seed_columns.items():
        for column in df.columns:
            kind = _kind(df[column])
            if kind is not None and d.loc[(name, column), "type"] != kind:
                wrong.append((name, column, d.loc[(name, column), "type"], kind))
    assert wrong == [], "(table, column, type written, type computed)"
    assert (d["meaning"].str.len() > 10).all() and d["meaning"].str.endswith(".").all()


def test_the_dictionary_lists_each_table_in_its_column_order(seed_columns):
    d = load_dictionary()
    for name, df in seed_columns.items():
        order = [c for c in d.loc[d.table == name, "column"] if c in df.columns]
        assert order == [str(c) for c in df.columns], name
