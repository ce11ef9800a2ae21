"""helpers.show.tables: a table's summary and first rows in the notebook, the whole table as CSV, and the report's
table pages (DataTables from the itables wheel, the rows as JSON within a byte budget). Browser checks of the pages
are in tests/test_report.py, on the report it already renders."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from helpers.show.tables import (ENHANCE, PAGE_BUDGET, datatables_script, dictionary_html, dictionary_markdown,
                                 fit_rows, for_csv, load_dictionary, read_csv_rows, show_table, table_page,
                                 write_assets)

HOSTILE = '</script><script>window.__pwned=1</script> <img src=x onerror="x()"> https://example.org/a & b'


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"id": [f"a{i}" for i in range(n)], "n": range(n), "text": [f"row {i}" for i in range(n)]})


def test_show_table_summarises_shows_the_head_and_writes_the_whole_table(tmp_path):
    shown = show_table(_frame(1234), "07-big", folder=tmp_path)
    assert shown.summary() == "1,234 rows × 3 columns; the first 20 are shown. The whole table: 07-big.csv"
    assert len(shown.head) == 20
    rows = (tmp_path / "07-big.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,n,text" and len(rows) == 1235 and rows[-1] == "a1233,1233,row 1233"
    page = shown._repr_html_()
    assert page.count("<tr") == 20 + 1 and "a19" in page and "a20" not in page
    assert '<code class="bl-table-file" data-bl-table="07-big">07-big.csv</code>' in page
    text = repr(shown)
    assert text.splitlines()[0] == shown.summary() and "a19" in text and "a20" not in text


def test_show_table_shows_a_short_table_whole_and_says_so(tmp_path):
    shown = show_table(_frame(3), "07-small", rows=5, folder=tmp_path, note="Sorted by <id>.")
    assert shown.summary() == "3 rows × 3 columns, all shown. The whole table: 07-small.csv. Sorted by <id>."
    assert len(shown.head) == 3 and (tmp_path / "07-small.csv").is_file()
    assert "Sorted by &lt;id&gt;." in shown._repr_html_()
    one = show_table(_frame(1)[["id"]], "07-one", folder=tmp_path)
    assert one.summary() == "1 row × 1 column, all shown. The whole table: 07-one.csv"
    empty = show_table(_frame(0), "07-none", folder=tmp_path)
    assert empty.summary() == "0 rows × 3 columns. The whole table: 07-none.csv"
    assert (tmp_path / "07-none.csv").read_text() == "id,n,text\n"


def test_show_table_is_deterministic_and_escapes_cells(tmp_path):
    df = pd.DataFrame({"text": [HOSTILE]})
    first = show_table(df, "07-hostile", folder=tmp_path)
    second = show_table(df, "07-hostile", folder=tmp_path)
    assert first._repr_html_() == second._repr_html_() and repr(first) == repr(second)
    assert "<script>" not in first._repr_html_() and "<img" not in first._repr_html_()
    assert read_csv_rows(tmp_path / "07-hostile.csv") == (["text"], [[HOSTILE]])


def test_show_table_goes_where_figures_go(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERLINES_FIGURES", str(tmp_path / "figs"))
    show_table(_frame(2), "07-here")
    assert (tmp_path / "figs" / "07-here.csv").is_file()
    with pytest.raises(ValueError, match="plain file stem"):
        show_table(_frame(2), "../07-escape", folder=tmp_path)
    with pytest.raises(ValueError, match="rows"):
        show_table(_frame(2), "07-x", rows=-1, folder=tmp_path)


def test_the_csv_keeps_a_named_index_and_flattens_column_levels(tmp_path):
    df = pd.DataFrame({("count", "finnish"): [1, 2], ("count", "russian"): [3, 4]},
                      index=pd.MultiIndex.from_tuples([("people", "migrants"), ("fence", "barrier")],
                                                      names=["concept", "term"]))
    assert list(for_csv(df).columns) == ["concept", "term", "count / finnish", "count / russian"]
    show_table(df, "07-pivot", folder=tmp_path)
    assert read_csv_rows(tmp_path / "07-pivot.csv")[1][0] == ["people", "migrants", "1", "3"]
    unnamed = _frame(4).iloc[[3, 1]]  # a filtered table: its row numbers are not data
    assert list(for_csv(unnamed).columns) == ["id", "n", "text"]
    counts = _frame(4).groupby("id").size().rename("articles")  # a series
    assert show_table(counts, "07-series", folder=tmp_path).summary().startswith("4 rows × 1 column,")
    assert read_csv_rows(tmp_path / "07-series.csv")[0] == ["id", "articles"]


def test_rows_fit_the_budget_by_cutting_long_text_then_rows():
    rows = [[f"a{i}", "x" * 5000] for i in range(100)]
    whole = fit_rows(rows, budget=10_000_000)
    assert (whole.cut_at, whole.kept) == (None, 100) and json.loads(whole.json) == rows
    cut = fit_rows(rows, budget=60_000)
    assert cut.kept == 100 and cut.cut_at == 500 and len(cut.json.encode()) <= 60_000
    assert all(len(r[1]) == 500 and r[1].endswith("…") for r in json.loads(cut.json))
    few = fit_rows(rows, budget=1_000)
    assert 0 < few.kept < 100 and few.cut_at == 40 and len(few.json.encode()) <= 1_000
    assert [r[0] for r in json.loads(few.json)] == [f"a{i}" for i in range(few.kept)]


def test_the_json_cannot_close_its_script_or_name_a_url():
    fitted = fit_rows([[HOSTILE, "C:\\path/to"]], budget=PAGE_BUDGET)
    assert not re.search(r"[<>&]|//|/", fitted.json.replace("\\/", ""))
    assert json.loads(fitted.json) == [[HOSTILE, "C:\\path/to"]]


def test_a_table_page_holds_the_csv_and_says_what_it_cut(tmp_path):
    csv_path = tmp_path / "07-long.csv"
    pd.DataFrame({"id": range(300), "text": ["y" * 3000] * 300}).to_csv(csv_path, index=False)
    page, fitted = table_page(csv_path, title="07-long", nav="<nav></nav>", back="Shown in x.", budget=400_000)
    assert len(page.encode()) <= 400_000 and fitted.cut_at is not None
    assert "300 rows × 2 columns" in page and "text longer than" in page and 'href="../figures/07-long.csv"' in page
    assert '<script src="../assets/dt_bundle.js">' in page and 'href="../assets/dt_bundle.css"' in page
    data = re.search(r'<script type="application/json" id="bl-data">(.*?)</script>', page, re.S).group(1)
    assert len(json.loads(data)) == fitted.kept
    assert page.count("<tr>") - 2 == 20  # scripts off: the header rows, then the first 20 rows as plain HTML
    small, f = table_page(csv_path, title="07-long", nav="", budget=PAGE_BUDGET)
    assert f.cut_at is None and f.kept == 300 and "text longer than" not in small


def test_datatables_becomes_a_classic_script_and_the_assets_are_offline(tmp_path):
    script = datatables_script()
    assert "export{" not in script.replace(" ", "") and "window.BorderlinesTables={" in script
    assert re.search(r"window\.BorderlinesTables=\{[^}]*DataTable:\w+", script)
    assert script.startswith("/* itables 2.9.1") and script == datatables_script()
    paths = write_assets(tmp_path)
    css = paths["css"].read_text(encoding="utf-8")
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", css) and "@import" not in css
    assert "DataTable.render.text()" in ENHANCE  # table pages show cells as text, never as markup


def test_the_dictionary_says_how_to_open_the_tables():
    columns = {"quotes": ["speaker", "direct", "not_described"]}
    md = dictionary_markdown(columns, rows={"quotes": 1234})
    assert "### `quotes` (1,234 rows)" in md and "read_parquet" in md and "duckdb" in md
    assert "| `not_described` |  | (not in the data dictionary) |" in md
    page = dictionary_html(columns, rows={"quotes": 1234})
    assert '<table class="dataframe bl-dictionary">' in page and "<code>direct</code>" in page
    assert len(load_dictionary()) > 100
