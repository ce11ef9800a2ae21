"""Tables for readers: a summary and the first rows in the notebook, the whole table as a file and as a page.

``show_table(df, "NN-name")`` is what a notebook displays instead of a whole dataframe: one line
("1,234 rows × 9 columns; the first 20 are shown. The whole table: ``NN-name.csv``"), then the first
``rows`` rows; the whole table is written as ``NN-name.csv`` beside the figures (``save_figure``'s
folder: ``helpers.paths.FIGURES``, which ``BORDERLINES_FIGURES`` redirects). Name a table like a
figure, ``NN-name`` with its notebook's number: the report (``helpers.show.report``) then gives each
such CSV, and each figure's, a page of its own to sort, filter and search offline (``table_page``),
with DataTables as the ``itables`` package ships it (``write_assets``).

``load_dictionary()`` is the data dictionary (``helpers/data/dictionary.csv``): what each column of
every table the engines write (``helpers.engine.TABLES``) means; ``dictionary_markdown`` and
``dictionary_html`` write it beside the Parquet files of a report.

>>> import pandas as pd, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> shown = show_table(pd.DataFrame({"n": range(1234)}), "07-demo", rows=3, folder=folder)
>>> print(shown.summary())
1,234 rows × 1 column; the first 3 are shown. The whole table: 07-demo.csv
>>> len((folder / "07-demo.csv").read_text().splitlines())
1235
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
PAGE_BUDGET = 3_000_000          # bytes: no page of the report may be larger
TABLE_PAGE_FIXED = 60_000        # bytes a table page needs besides its data (CSS, script, the rows shown without scripts)
CUT_AT = (2000, 1000, 500, 300, 200, 120, 80, 40)  # text cells are cut at the first of these lengths that fits
NOSCRIPT_ROWS = 20               # rows a table page shows as plain HTML when scripts are off
DICTIONARY = paths.DATA / "dictionary.csv"
TYPES = ("text", "integer", "number", "boolean", "date", "list of text")  # the dictionary's ``type`` column
ASSETS = "assets"                # the report's folder for DataTables' script and style sheet


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _figures() -> Path:
    """Where tables go by default: where ``save_figure`` puts figures (``BORDERLINES_FIGURES`` or ``figures/``)."""
    return Path(os.environ.get("BORDERLINES_FIGURES") or paths.FIGURES)


def for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """The table as its CSV holds it: column levels joined with `` / ``, a named index kept as columns.

    >>> df = pd.DataFrame({("a", "x"): [1]}, index=pd.Index(["r"], name="id"))
    >>> for_csv(df).to_dict("records")
    [{'id': 'r', 'a / x': 1}]
    """
    out = df.copy()
    if isinstance(out.columns, pd.MultiIndex):
        out.columns = [" / ".join(str(v) for v in col if str(v) != "") for col in out.columns]
    else:
        out.columns = [str(c) for c in out.columns]
    if any(n is not None for n in out.index.names):
        out = out.reset_index()
    else:
        out = out.reset_index(drop=True)
    return out


@dataclass(frozen=True)
class ShownTable:
    """What ``show_table`` returns: Jupyter shows the summary line and the first rows (HTML or text)."""

    name: str
    n_rows: int
    n_columns: int
    head: pd.DataFrame
    path: Path
    note: str | None = None

    def summary(self) -> str:
        """The line above the rows, as plain text."""
        return self._summary(self.path.name)

    def _summary(self, file: str) -> str:
        size = f"{_plural(self.n_rows, 'row')} × {_plural(self.n_columns, 'column')}"
        if self.n_rows == 0:
            shown = f"{size}."
        elif len(self.head) < self.n_rows:
            shown = f"{size}; the first {len(self.head):,} are shown."
        else:
            shown = f"{size}, all shown."
        text = f"{shown} The whole table: {file}"
        return f"{text}. {self.note}" if self.note else text

    def _repr_html_(self) -> str:
        e = html.escape
        file = f'<code class="bl-table-file" data-bl-table="{e(self.name)}">{e(self.path.name)}</code>'
        line = e(self._summary("\x00")).replace(e("\x00"), file)
        rows = self.head._repr_html_() or self.head.to_html()
        return f'<div class="bl-table"><p class="bl-table-summary">{line}</p>\n{rows}</div>'

    def __repr__(self) -> str:
        return f"{self.summary()}\n{self.head!r}"


def show_table(df: pd.DataFrame, name: str, *, rows: int = 20, folder: str | Path | None = None,
               note: str | None = None) -> ShownTable:
    """Write *df* (a dataframe or a series) whole to ``<folder>/<name>.csv``; return what shows its size and its
    first *rows* rows.

    ``folder`` defaults to the figures folder (``save_figure``'s). A table of at most *rows* rows is shown
    whole. ``note``: a sentence shown after the summary (escaped).

    >>> import pandas as pd, tempfile
    >>> t = show_table(pd.DataFrame({"a": [1, 2]}), "07-two", folder=tempfile.mkdtemp())
    >>> print(repr(t))
    2 rows × 1 column, all shown. The whole table: 07-two.csv
       a
    0  1
    1  2
    """
    if isinstance(df, pd.Series):
        df = df.to_frame()
    if not NAME.fullmatch(name):
        raise ValueError(f"table name {name!r} must be a plain file stem (letters, digits, '.', '_', '-')")
    if not isinstance(rows, int) or rows < 0:
        raise ValueError(f"rows must be a whole number >= 0, not {rows!r}")
    folder = Path(folder) if folder is not None else _figures()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    for_csv(df).to_csv(path, index=False, lineterminator="\n")
    return ShownTable(name, len(df), df.shape[1], df.head(rows), path, note)


# ---------------------------------------------------------------------------------------------
# The report's side: DataTables, offline


def _itables_file(name: str) -> bytes:
    from importlib.resources import files
    return (files("itables") / "html" / name).read_bytes()


def datatables_script() -> str:
    """itables' ``dt_bundle.js`` (DataTables with jQuery), as a classic script defining ``window.BorderlinesTables``.

    The bundle is an ES module, and browsers refuse module scripts on pages opened from disk
    (``file://``: "blocked by CORS policy"); its one ``export {...}`` statement becomes an assignment to
    a global, and the whole is wrapped in a strict function, as a module runs."""
    from importlib.metadata import version

    source = _itables_file("dt_bundle.js").decode("utf-8")
    exports = list(re.finditer(r"\bexport\s*\{([^{}]*)\};?", source))
    if len(exports) != 1:
        raise RuntimeError(f"itables' dt_bundle.js has {len(exports)} export statements, not one: cannot adapt it")
    names = {}
    for part in exports[0].group(1).split(","):
        local, _, exported = (w.strip() for w in part.partition(" as "))
        names["DataTable" if exported == "default" else (exported or local)] = local
    if "DataTable" not in names:
        raise RuntimeError("itables' dt_bundle.js exports no default (DataTables)")
    assign = "window.BorderlinesTables={" + ",".join(f"{k}:{v}" for k, v in sorted(names.items())) + "};"
    m = exports[0]
    body = source[:m.start()] + assign + source[m.end():]
    return (f"/* itables {version('itables')}: itables/html/dt_bundle.js (DataTables, jQuery), made a classic script by\n"
            "   helpers.show.tables.datatables_script: pages opened from disk may not load ES modules. */\n"
            f'(function () {{\n"use strict";\n{body}\n}})();\n')


def write_assets(out: str | Path) -> dict[str, Path]:
    """Write DataTables' script and style sheet into ``<out>/assets/`` (same bytes every time); return their paths."""
    folder = Path(out) / ASSETS
    folder.mkdir(parents=True, exist_ok=True)
    js, css = folder / "dt_bundle.js", folder / "dt_bundle.css"
    js.write_text(datatables_script(), encoding="utf-8")
    css.write_bytes(_itables_file("dt_bundle.css"))
    return {"js": js, "css": css}


# The page's own script: every table.dataframe that DataTables can read (no cell spanning rows or columns
# in its body) gets sorting on its column headers; one of more than FEW rows also a search box and a row
# of per-column filters under the headers (on a notebook page they act on the rows shown there, and no
# "of N entries" line contradicts show_table's count); a table page's table is built from its JSON (cells
# shown as text, never as markup). Without scripts, or without the assets, the tables stay plain HTML.
ENHANCE = r"""
(function () {
  "use strict";
  var T = window.BorderlinesTables;
  if (!T || !T.DataTable) { return; }
  var DataTable = T.DataTable, FEW = 5;
  function filters(table, n) {
    var head = table.tHead, row = document.createElement("tr"), titles = head.rows[0].cells, i;
    row.className = "bl-filters";
    for (i = 0; i < n; i++) {
      var th = document.createElement("th"), input = document.createElement("input");
      th.setAttribute("data-dt-order", "disable");
      input.type = "search";
      input.placeholder = "filter";
      input.setAttribute("aria-label", "filter column " + (i + 1));
      input.setAttribute("data-column", String(i));
      th.appendChild(input);
      row.appendChild(th);
    }
    head.appendChild(row);
    return row;
  }
  function wire(api, row) {
    row.querySelectorAll("input").forEach(function (input) {
      var column = api.column(Number(input.getAttribute("data-column")));
      input.addEventListener("input", function () {
        if (column.search() !== input.value) { column.search(input.value).draw(); }
      });
    });
  }
  function options(n, extra) {
    var o = {order: [], autoWidth: false, paging: n > 25, pageLength: 25,
             lengthMenu: [10, 25, 50, 100, 500], searching: n > FEW, info: n > FEW};
    for (var k in extra) { o[k] = extra[k]; }
    return o;
  }
  document.querySelectorAll("table.dataframe:not(.bl-full)").forEach(function (table) {
    var body = table.tBodies[0];
    if (!table.tHead || !body || !body.rows.length) { return; }
    var n = body.rows[0].cells.length, rows = body.rows.length, i;
    for (i = 0; i < rows; i++) {
      var cells = body.rows[i].cells;
      if (cells.length !== n) { return; }
      for (var j = 0; j < cells.length; j++) {
        if (cells[j].rowSpan > 1 || cells[j].colSpan > 1) { return; }
      }
    }
    table.tHead.querySelectorAll("th").forEach(function (th) {
      if (!th.textContent.trim()) { th.setAttribute("data-dt-order", "disable"); }
    });
    var row = rows > FEW ? filters(table, n) : null;
    try {
      var api = new DataTable(table, options(rows, {info: false, language: {search: "Search the rows shown:"}}));
      if (row) { wire(api, row); }
    } catch (err) {
      if (window.console) { console.warn("table left plain: " + err); }
    }
  });
  document.querySelectorAll("table.bl-full").forEach(function (table) {
    var source = document.getElementById(table.getAttribute("data-bl-json"));
    if (!source) { return; }
    var data = JSON.parse(source.textContent), n = table.tHead.rows[0].cells.length, columns = [];
    for (var i = 0; i < n; i++) { columns.push({data: i, render: DataTable.render.text()}); }
    var row = data.length > FEW ? filters(table, n) : null;
    var plain = document.getElementById("bl-plain");
    if (plain) { plain.hidden = true; }
    var api = new DataTable(table, options(data.length, {data: data, columns: columns, deferRender: true}));
    if (row) { wire(api, row); }
  });
})();
"""


def head_html(prefix: str = "") -> str:
    """The ``<link>`` to DataTables' style sheet, for a page *prefix* away from the report's root (``""``, ``"../"``)."""
    return f'<link rel="stylesheet" href="{prefix}{ASSETS}/dt_bundle.css">'


def script_html(prefix: str = "") -> str:
    """DataTables' script (from the report's assets) and the page's own script, for the end of ``<body>``."""
    return f'<script src="{prefix}{ASSETS}/dt_bundle.js"></script>\n<script>{ENHANCE}</script>'


def read_csv_rows(path: str | Path) -> tuple[list[str], list[list[str]]]:
    """A CSV's header and rows, every cell as the text the file holds."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        rows = [r + [""] * (len(header) - len(r)) if len(r) < len(header) else r[:len(header)] for r in reader]
    return header, rows


def _json(rows: list[list[str]]) -> str:
    """Compact JSON safe inside ``<script>``: no ``<``, ``>``, ``&`` and no ``/`` (so no ``</script>`` and no URL)."""
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("/", "\\/") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@dataclass(frozen=True)
class Fitted:
    """A table's rows as a page holds them: the JSON, the length text cells were cut at, and the rows kept."""

    json: str
    cut_at: int | None
    kept: int
    total: int
    columns: int = 0


def fit_rows(rows: list[list[str]], *, budget: int) -> Fitted:
    """The rows as JSON of at most *budget* bytes: whole when they fit; else text cells longer than the first of
    ``CUT_AT`` that fits are cut (ending in "…"); else, at the shortest cut, only the first rows that fit.

    >>> rows = [["x" * 50, "1"]] * 4
    >>> f = fit_rows(rows, budget=10_000); f.cut_at, f.kept
    (None, 4)
    >>> f = fit_rows(rows, budget=160); f.cut_at, f.kept
    (40, 3)
    """
    def size(text: str) -> int:
        return len(text.encode("utf-8"))

    whole = _json(rows)
    if size(whole) <= budget:
        return Fitted(whole, None, len(rows), len(rows))
    cut = None
    for limit in CUT_AT:
        cut = [[c if len(c) <= limit else c[:limit - 1] + "…" for c in r] for r in rows]
        text = _json(cut)
        if size(text) <= budget:
            return Fitted(text, limit, len(rows), len(rows))
    kept, used = 0, 2
    for r in cut:
        used += size(_json(r)) + (1 if kept else 0)
        if used > budget:
            break
        kept += 1
    return Fitted(_json(cut[:kept]), CUT_AT[-1], kept, len(rows))


def table_page(path: str | Path, *, title: str, nav: str, back: str | None = None, css: str = "",
               budget: int = PAGE_BUDGET) -> tuple[str, Fitted]:
    """A page (``<report>/browse/<name>.html``) holding the CSV at *path* as JSON, shown by DataTables.

    *nav*: the report's nav bar (links relative to ``browse/``); *back*: a link to where the table is shown;
    *css*: the report's style sheet. When the data would make the page larger than *budget* bytes, text
    cells are cut or only the first rows kept (``fit_rows``), and the page says so: the CSV keeps everything.
    """
    e = html.escape
    path = Path(path)
    header, rows = read_csv_rows(path)
    fitted = fit_rows(rows, budget=budget - TABLE_PAGE_FIXED - len(css.encode("utf-8")))
    fitted = Fitted(fitted.json, fitted.cut_at, fitted.kept, fitted.total, len(header))
    size = f"{_plural(len(rows), 'row')} × {_plural(len(header), 'column')}"
    notes = []
    if fitted.cut_at is not None:
        notes.append(f"To keep this page under {budget / 1e6:.0f} MB, text longer than {fitted.cut_at:,} characters "
                     "is cut here (it ends in “…”): the CSV holds it whole.")
    if fitted.kept < fitted.total:
        notes.append(f"Only the first {fitted.kept:,} of the {fitted.total:,} rows fit in this page: "
                     "the CSV holds them all.")
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    plain_rows = rows[:NOSCRIPT_ROWS]
    plain = "".join("<tr>" + "".join(f"<td>{e(c[:300] + ('…' if len(c) > 300 else ''))}</td>" for c in r) + "</tr>"
                    for r in plain_rows)
    link = f'<a href="../figures/{e(path.name)}">{e(path.name)}</a>'
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f"<title>{e(title)} · borderlines</title>",
        head_html("../"),
        f'<style type="text/css">{css}</style>',
        "</head>", '<body class="bl-page bl-browse">', nav, "<main>",
        f"<h1>{e(title)}</h1>",
        f'<p class="bl-meta">{e(size)}. The whole table as a file: {link}.'
        + (f" {back}" if back else "") + "</p>",
        '<p class="bl-meta">Click a column\'s header to sort by it (again to reverse), type in the box under a '
        "header to keep the rows whose cell contains that text, or in the search box to search every cell.</p>",
    ]
    out += [f'<p class="bl-meta bl-warning">{e(n)}</p>' for n in notes]
    shown = f"the first {len(plain_rows):,}" if len(plain_rows) < len(rows) else "all"
    out += [
        f'<div id="bl-plain"><p class="bl-meta">Scripts are off: {shown} of the rows, as text; the CSV holds them all.</p>'
        f'<div class="bl-scroll"><table class="bl-plain"><thead><tr>{head}</tr></thead><tbody>{plain}</tbody></table></div></div>',
        f'<table class="dataframe bl-full" data-bl-json="bl-data"><thead><tr>{head}</tr></thead></table>',
        f'<script type="application/json" id="bl-data">{fitted.json}</script>',
        "</main>", script_html("../"), "</body>", "</html>", "",
    ]
    return "\n".join(out), fitted


# ---------------------------------------------------------------------------------------------
# The data dictionary


def load_dictionary(path: str | Path = DICTIONARY) -> pd.DataFrame:
    """The data dictionary: ``table, column, type, meaning``, one row per column of every engine table.

    >>> d = load_dictionary()
    >>> d.loc[(d.table == "quotes") & (d.column == "direct"), "type"].item()
    'boolean'
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ("table", "column", "type", "meaning") if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    bad = table[~table["type"].isin(TYPES)]
    if len(bad):
        raise ValueError(f"{path}: unknown type(s) {sorted(set(bad['type']))}; the types are {', '.join(TYPES)}")
    dup = table[table.duplicated(["table", "column"])]
    if len(dup):
        raise ValueError(f"{path}: listed twice: {dup[['table', 'column']].values.tolist()[:5]}")
    return table


HOW_TO_OPEN = [
    ("pandas, as computed (types restored)",
     'from helpers.engine import read_table; quotes = read_table("tables", "quotes")'),
    ("pandas", 'import pandas as pd; quotes = pd.read_parquet("tables/quotes.parquet")'),
    ("DuckDB", "duckdb -c \"SELECT speaker, count(*) FROM 'tables/quotes.parquet' GROUP BY speaker ORDER BY 2 DESC\""),
]
LAYOUT = ("One Parquet file per table, `tables/<table>.parquet`; the Dask engine writes the per-article tables as a "
          "folder of parts instead, `tables/<table>/part-*.parquet` (read it with `pd.read_parquet(\"tables/<table>\")` "
          "or DuckDB's `'tables/<table>/*.parquet'`). `tables.json` says how they were computed. Paths are relative "
          "to the report's folder.")


def _described(dictionary: pd.DataFrame, tables: dict[str, list[str]]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Per table: (column, type, meaning) for each column it has, in its order."""
    out = []
    for name, columns in tables.items():
        rows = dictionary[dictionary["table"] == name].set_index("column")
        out.append((name, [(c, rows.at[c, "type"] if c in rows.index else "",
                            rows.at[c, "meaning"] if c in rows.index else "(not in the data dictionary)")
                           for c in columns]))
    return out


def dictionary_markdown(tables: dict[str, list[str]], *, rows: dict[str, int] | None = None,
                        dictionary: pd.DataFrame | None = None) -> str:
    """``tables/README.md``: how to open the tables, and what every column of each means.

    *tables*: table name -> its columns, in order; *rows*: table name -> its number of rows.

    >>> print(dictionary_markdown({"quotes": ["direct"]}).splitlines()[-1])
    | `direct` | boolean | True: the quote is word for word (in quotation marks); False: reported speech. |
    """
    dictionary = load_dictionary() if dictionary is None else dictionary
    rows = rows or {}
    out = ["# The corpus's tables", "",
           "Every table the notebooks read, computed once for this report (`helpers.engine`). " + LAYOUT, "",
           "## How to open them", ""]
    out += [f"- {label}: `{code}`" for label, code in HOW_TO_OPEN]
    out += ["", "## What each column means", "",
            "Written in `helpers/data/dictionary.csv` (`table, column, type, meaning`)."]
    for name, cols in _described(dictionary, tables):
        size = f" ({_plural(rows[name], 'row')})" if name in rows else ""
        out += ["", f"### `{name}`{size}", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{c}` | {t} | {m.replace('|', '¦')} |" for c, t, m in cols]
    return "\n".join(out) + "\n"


def dictionary_html(tables: dict[str, list[str]], *, rows: dict[str, int] | None = None,
                    dictionary: pd.DataFrame | None = None) -> str:
    """The same as ``dictionary_markdown``, as the body of a report page (escaped HTML)."""
    e = html.escape
    dictionary = load_dictionary() if dictionary is None else dictionary
    rows = rows or {}

    def code(text: str) -> str:
        return re.sub(r"`([^`]+)`", r"<code>\1</code>", e(text))

    out = ["<h1>The corpus's tables, to query</h1>",
           "<p>Every table the notebooks read, computed once for this report (<code>helpers.engine</code>). "
           + code(LAYOUT) + ' <a href="tables/README.md">tables/README.md</a> says the same beside the files.</p>',
           "<h2>How to open them</h2>", "<ul>"]
    out += [f"<li>{e(label)}: <code>{e(snippet)}</code></li>" for label, snippet in HOW_TO_OPEN]
    out += ["</ul>", "<h2>What each column means</h2>",
            "<p>Written in <code>helpers/data/dictionary.csv</code> (<code>table, column, type, meaning</code>).</p>"]
    for name, cols in _described(dictionary, tables):
        size = f" ({_plural(rows[name], 'row')})" if name in rows else ""
        out.append(f'<h3 id="table-{e(name)}"><code>{e(name)}</code>{e(size)}</h3>')
        out.append('<div class="bl-scroll"><table class="dataframe bl-dictionary"><thead><tr><th>column</th><th>type</th>'
                   "<th>meaning</th></tr></thead><tbody>")
        out += [f"<tr><td><code>{e(c)}</code></td><td>{e(t)}</td><td>{e(m)}</td></tr>" for c, t, m in cols]
        out.append("</tbody></table></div>")
    return "\n".join(out)


def digest(data: bytes) -> str:
    """A short content name for a file the report writes (same bytes, same name)."""
    return hashlib.sha256(data).hexdigest()[:20]
