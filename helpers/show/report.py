"""Render every numbered notebook as a static, offline HTML report.

``build()`` (``python -m helpers.report [--corpus DIR] [--out DIR] [--stored]``, ``make report``) writes
``reports/index.html`` (the question, then the key findings, each with its chart and a link to
the page that shows it) and one ``reports/NN-name.html`` per ``notebooks/NN-*.ipynb``.

* **Executed, not reused.** By default each notebook is re-executed from a fresh kernel (the
  project's own Python, ``PYTHONHASHSEED=0``, cwd ``notebooks/``) into memory: the report shows
  what the current helpers and seeds give, a notebook that no longer runs fails the report, and
  the committed ``.ipynb`` files are never rewritten. ``--stored`` renders the outputs stored in
  the notebooks (the ones nbval checks) instead, without running anything.
* **Figures go into the report folder.** The kernel gets ``BORDERLINES_FIGURES=<out>/figures``,
  so the committed ``figures/`` is never touched; ``--stored`` copies ``figures/`` there.
* ``--corpus DIR`` re-executes with ``CORPUS`` in each notebook's ``parameters`` cell replaced
  (the cell's source is rewritten, papermill-style); a notebook without it is an error.
* **Offline.** Code is hidden; require.js, MathJax, mermaid and widget scripts are left out,
  CSS comments (which cite URLs) are stripped, figures are base64 ``data:`` URIs. A page that
  would still load anything from the network makes the build fail; files of the report folder
  itself (``assets/``, ``images/``, ``figures/``) are fine.
* **Tables to sort, filter and search.** DataTables, as the ``itables`` package ships it, is
  written once into ``assets/`` (``helpers.show.tables.write_assets``) and every page's
  ``table.dataframe`` gets sorting, a search box and per-column filters from a short script in
  the page; without scripts the tables stay plain HTML. Every CSV the notebooks wrote into
  ``<out>/figures/`` (``show_table``'s whole tables, ``save_figure``'s rows drawn) gets a page of
  its own, ``browse/<name>.html``, linked from the cell that shows it and from the index.
* **Every page under ``PAGE_BUDGET`` (3 MB).** A page that would be larger has its largest
  images moved out of it into ``images/<digest>.png`` until it fits; a table page cuts long
  text cells, then rows, and says so (``helpers.show.tables.fit_rows``).
* **Tables to query.** With ``tables`` (the Parquet files an engine wrote; ``make report``
  computes them with the pandas engine), ``tables/README.md`` and the page ``tables.html`` say
  how to open them and what every column means (``helpers/data/dictionary.csv``).
* **Seed-only text.** A cell tagged ``seeds`` (text written about the seed articles) is left out
  of the pages unless the corpus is the seeds.
* **Byte-stable.** No timestamps or random ids: the same notebooks and inputs give the same bytes.

Key findings on the index, derived from the notebooks, with no notebook named here:

* each notebook contributes its title (the first heading) and the first paragraph under it;
* each figure ``NN-*.png`` saved while the notebook ran belongs to notebook ``NN`` and is shown
  with a caption and a link to the cell that saved it;
* a markdown cell tagged ``finding`` is a key finding, and so is a code cell tagged ``finding``
  whose output is markdown (a sentence computed from the data): its text is the caption of the figure it
  names (a figure stem such as ``02-stated-figures``); a ``finding`` cell naming no figure
  captions the nearest figure saved above it that no other ``finding`` cell has taken, else it is
  listed as a finding without a figure (figures are found in ``save_figure(fig, "NN-name", ...)``
  calls written with a literal name);
* a figure with no ``finding`` cell is captioned with the text of the markdown cell just above
  the code cell that saved it;
* on another corpus than the notebooks' own, the index warns that captions were written about
  that one, unless every caption was computed by a ``finding`` code cell.

>>> _inline_markdown("**Question.** Is `x` <b>bold</b>?")
'<strong>Question.</strong> Is <code>x</code> &lt;b&gt;bold&lt;/b&gt;?'
"""
from __future__ import annotations

import base64
import html
import logging
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..paths import FIGURES, NOTEBOOKS, REPORTS, ROOT, SEEDS
from .tables import (HOW_TO_OPEN, PAGE_BUDGET, dictionary_html, dictionary_markdown, digest, head_html, script_html, table_page,
                     write_assets)

QUESTION = (
    "How do a Finnish-side article and Russian state media report the end of the 2012 "
    "cross-border cooperation agreement and the November 2023 closures of the Finnish–Russian border?"
)
NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
FINDING_TAG = "finding"
PARAMETERS_TAG = "parameters"
SEEDS_TAG = "seeds"
BROWSE = "browse"     # the report's folder of table pages
IMAGES = "images"     # images moved out of a page to keep it under PAGE_BUDGET
TABLES_PAGE = "tables.html"
_TABLE_MARK = re.compile(r'<code class="bl-table-file" data-bl-table="([A-Za-z0-9][A-Za-z0-9_.-]*)">[^<]*</code>')


class ReportError(RuntimeError):
    """The report could not be built (a notebook failed, a parameter is missing, a page is not offline)."""


@dataclass
class Finding:
    caption: str                 # markdown text (escaped when rendered)
    figure: str | None = None    # figure stem, e.g. "01-article-sizes"
    cell_id: str | None = None   # the cell that saved the figure (or the finding cell)
    from_tag: bool = False
    computed: bool = False       # the caption is a code cell's output, written from the data of this very corpus


@dataclass
class Page:
    source: Path
    stem: str
    number: str
    title: str
    summary: str
    nb: nbformat.NotebookNode
    findings: list[Finding] = field(default_factory=list)

    @property
    def href(self) -> str:
        return f"{self.stem}.html"


# ---------------------------------------------------------------------------------------------
# Notebooks


def discover(folder: Path = NOTEBOOKS) -> list[Path]:
    """Every numbered notebook (``NN-name.ipynb``) in *folder*, in order."""
    return sorted(p for p in Path(folder).glob(NOTEBOOK_GLOB) if p.is_file())


def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []) or [])


def set_parameter(nb, name: str, value, *, notebook: str = "notebook", note: str = "set by helpers.report",
                  why: str = "cannot set it") -> None:
    """Rewrite the ``NAME = ...`` line of the cell tagged ``parameters`` (in place; papermill-style).

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('CORPUS = "seeds"  # a folder',
    ...                                      metadata={"tags": ["parameters"]})])
    >>> set_parameter(nb, "CORPUS", "tests/hostile", note="set by helpers.report --corpus"); nb.cells[0].source
    "CORPUS = 'tests/hostile'  # set by helpers.report --corpus"
    """
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in _tags(cell):
            lines = cell.source.split("\n")
            hits = [i for i, ln in enumerate(lines) if re.match(rf"\s*{name}\s*=", ln)]
            if hits:
                for i in hits:
                    lines[i] = f"{name} = {value!r}  # {note}"
                cell.source = "\n".join(lines)
                return
    raise ReportError(f"{notebook}: no cell tagged 'parameters' sets {name}; {why}")


def set_corpus(nb, corpus: str, name: str = "notebook") -> None:
    """Rewrite the ``CORPUS = ...`` line of the cell tagged ``parameters`` (in place)."""
    set_parameter(nb, "CORPUS", corpus, notebook=name, note="set by helpers.report --corpus",
                  why="cannot run it on another corpus")


def is_seeds(corpus: str | Path | None) -> bool:
    """Whether the report's corpus is the seeds: no ``--corpus``, or one that is the ``seeds/`` folder itself.

    >>> is_seeds(None), is_seeds(SEEDS), is_seeds(ROOT / "tests" / "hostile")
    (True, True, False)
    """
    return corpus is None or Path(corpus).resolve() == SEEDS.resolve()


def keep_for_corpus(nb, *, seeds: bool) -> None:
    """Leave out of *nb* (in place) the cells tagged ``seeds`` (text about the seed articles) unless *seeds*."""
    if not seeds:
        nb.cells = [c for c in nb.cells if SEEDS_TAG not in _tags(c)]


def _corpus_arg(corpus: str | Path) -> str:
    """The corpus as the notebooks read it (``ROOT / CORPUS``): relative to the root when inside it."""
    path = Path(corpus).resolve()
    if not path.is_dir():
        raise ReportError(f"--corpus {corpus}: not a folder")
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _kernel_env(figures: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["BORDERLINES_FIGURES"] = str(figures)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("MPLBACKEND", None)  # it would remove inline figures
    if not env.get("SOURCE_DATE_EPOCH"):
        env.pop("SOURCE_DATE_EPOCH", None)  # an empty value crashes the kernel start
    return env


def _kernel_manager():
    """A kernel running this very Python (like nbval's --nbval-current-env), whatever kernelspecs exist."""
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class _CurrentEnv(KernelSpecManager):
        def get_kernel_spec(self, kernel_name):
            # log_level=ERROR: ipykernel 7 warns on every start that local TCP is not encrypted.
            return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                                    "--IPKernelApp.log_level=ERROR"],
                              display_name="Python 3 (borderlines)", language="python")

    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=_CurrentEnv())


def execute(nb, *, figures: Path, name: str = "notebook", timeout: int = 600):
    """Run *nb* (in memory) in a fresh kernel with cwd ``notebooks/``; figures go to *figures*."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    client = NotebookClient(nb, km=_kernel_manager(), timeout=timeout, startup_timeout=120,
                            record_timing=False, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    try:
        client.execute(env=_kernel_env(figures), cwd=str(NOTEBOOKS))
    except CellExecutionError as exc:
        raise ReportError(f"{name} failed while executing:\n{exc}") from exc
    return nb


# ---------------------------------------------------------------------------------------------
# What the index says about each notebook


def _paragraphs(markdown: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]


def title_and_summary(nb, fallback: str) -> tuple[str, str]:
    """The first heading of the first markdown cell, and the first paragraph under it."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        title, summary = "", ""
        for para in _paragraphs(cell.source):
            if not title and para.startswith("#"):
                first, _, rest = para.partition("\n")
                title = first.lstrip("#").strip()
                if rest.strip():
                    summary = rest.strip()
                    break
            elif not para.startswith("#"):
                summary = para
                break
        return title or fallback, summary
    return fallback, ""


def _figure_stems(code: str) -> list[str]:
    """Figure names passed literally to ``save_figure(fig, "NN-name", ...)`` in a code cell."""
    stems = []
    for call in re.finditer(r"save_figure\s*\(", code):
        m = re.search(r"""["'](\d\d-[A-Za-z0-9_.-]+)["']""", code[call.end():call.end() + 300])
        if m:
            stems.append(m.group(1))
    return stems


def _caption_text(markdown: str) -> str:
    """A markdown cell's text without its headings."""
    return "\n\n".join(p for p in _paragraphs(markdown) if not p.startswith("#"))


def markdown_output(cell) -> str:
    """The markdown a code cell displayed (``display(Markdown(...))`` or ``_repr_markdown_``), outputs joined."""
    parts = []
    for output in cell.get("outputs", []) or []:
        value = (output.get("data") or {}).get("text/markdown")
        if value:
            parts.append("".join(value) if isinstance(value, list) else str(value))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def findings(nb, number: str, figures: list[str]) -> list[Finding]:
    """Pair notebook *number*'s figures (stems, e.g. ``02-x``) with captions; see the module doc.

    A ``finding`` cell that names a figure is that figure's caption; the other ``finding`` cells
    then go, in order, to the nearest figure saved above them that has no caption yet. A ``finding``
    code cell's text is its markdown output (a code cell with none is no finding); it names a figure
    in its code or in that text.
    """
    own = [s for s in figures if s.startswith(f"{number}-")]
    saved_by: dict[str, str | None] = {}
    caption_above: dict[str, str] = {}
    order: list[str] = []                       # figures in the order the notebook saves them
    cells: list[tuple] = []  # finding cells: (cell, text, figures saved above, text searched for names, computed)
    last_markdown = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            text = _caption_text(cell.source)
            if FINDING_TAG in _tags(cell):
                cells.append((cell, text, list(order), cell.source, False))
            elif text:
                last_markdown = text
        elif cell.cell_type == "code":
            for stem in _figure_stems(cell.source):
                if stem in own and stem not in saved_by:
                    saved_by[stem] = cell.get("id")
                    caption_above[stem] = last_markdown
                    order.append(stem)
            if FINDING_TAG in _tags(cell):
                output = markdown_output(cell)
                text = _caption_text(output)
                if text:
                    cells.append((cell, text, list(order), cell.source + "\n" + output, True))

    tagged: dict[str, Finding] = {}
    unnamed = []
    for cell, text, above, searched, computed in cells:
        named = [s for s in own if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", searched)]
        target = next((s for s in named if s not in tagged), None)
        if target:
            tagged[target] = Finding(text, target, saved_by.get(target), True, computed)
        else:
            unnamed.append((cell, text, above, computed))
    loose = []
    for cell, text, above, computed in unnamed:
        target = next((s for s in reversed(above) if s not in tagged), None)
        if target:
            tagged[target] = Finding(text, target, saved_by.get(target), True, computed)
        else:
            loose.append(Finding(text, None, cell.get("id"), True, computed))

    out = []
    for stem in order + sorted(s for s in own if s not in saved_by):
        out.append(tagged.get(stem) or Finding(caption_above.get(stem, ""), stem, saved_by.get(stem)))
    return out + loose


# ---------------------------------------------------------------------------------------------
# HTML

CSS = """
:root { color-scheme: light; --bl-ink: #1d2733; --bl-muted: #5b6b7b; --bl-rule: #d3d9e0;
        --bl-zebra: #f3f6f9; --bl-head: #e6ecf2; --bl-accent: #0072B2; --bl-nav: #17324d; }
html { scroll-padding-top: 3.5rem; }
body.bl-page { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem 4rem; color: var(--bl-ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5; background: #fff; }
body.jp-Notebook.bl-page { padding: 0 1.25rem 4rem; }
nav.bl-nav { position: sticky; top: 0; z-index: 100; display: flex; flex-wrap: wrap; gap: .2rem 1.1rem;
  align-items: baseline; margin: 0 -1.25rem 1.5rem; padding: .6rem 1.25rem; background: var(--bl-nav);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
nav.bl-nav a { color: #fff; text-decoration: none; padding: .1rem 0; border-bottom: 2px solid transparent; }
nav.bl-nav a:hover, nav.bl-nav a:focus { border-bottom-color: #9cc9ec; }
nav.bl-nav a[aria-current="page"] { font-weight: 600; border-bottom-color: #fff; }
nav.bl-nav .bl-brand { font-weight: 700; margin-right: .6rem; }
img { max-width: 100%; height: auto; }
/* Tables: borders, zebra rows; as wide as their content, long text wrapped at a readable width,
   and a horizontal scroll bar when wider than the page. */
.jp-OutputArea-output, .bl-scroll { overflow-x: auto; max-width: 100%; }
body.bl-page .jp-RenderedHTMLCommon table, .bl-page table { border-collapse: collapse; border: 1px solid var(--bl-rule);
  margin: .5rem 0 1rem; font-size: 13px; table-layout: auto; width: max-content; max-width: none; }
body.bl-page .jp-RenderedHTMLCommon th, body.bl-page .jp-RenderedHTMLCommon td, .bl-page th, .bl-page td {
  border: 1px solid var(--bl-rule); padding: .3rem .55rem; vertical-align: top; max-width: 22rem;
  text-align: left; font-variant-numeric: tabular-nums; }
body.bl-page .jp-RenderedHTMLCommon thead th, .bl-page thead th { background: var(--bl-head); }
body.bl-page .jp-RenderedHTMLCommon tbody tr:nth-child(odd), .bl-page tbody tr:nth-child(odd) { background: #fff; }
body.bl-page .jp-RenderedHTMLCommon tbody tr:nth-child(even), .bl-page tbody tr:nth-child(even) { background: var(--bl-zebra); }
body.bl-page .jp-RenderedHTMLCommon tbody tr:hover, .bl-page tbody tr:hover { background: #e3eef8; }
.jp-RenderedText pre { white-space: pre-wrap; word-break: break-word; }
.celltag_finding { border-left: 4px solid var(--bl-accent); background: #eef5fb; padding-left: .5rem; }
/* Index */
.bl-index h1 { font-size: 1.9rem; margin: .5rem 0 .25rem; }
.bl-question { font-size: 1.15rem; border-left: 4px solid var(--bl-accent); padding: .4rem .9rem;
  background: #eef5fb; margin: 1rem 0; }
.bl-meta { color: var(--bl-muted); font-size: .92rem; }
.bl-warning { border-left: 4px solid #E69F00; background: #fdf6e7; padding: .4rem .8rem; color: var(--bl-ink); }
.bl-notebook { border-top: 1px solid var(--bl-rule); margin-top: 2rem; padding-top: .5rem; }
.bl-notebook h2 { font-size: 1.35rem; margin: .6rem 0 .3rem; }
.bl-notebook h2 a { color: var(--bl-ink); text-decoration: none; }
.bl-notebook h2 a:hover { text-decoration: underline; }
.bl-finding { margin: 1rem 0 1.5rem; padding: .75rem; border: 1px solid var(--bl-rule); border-radius: 6px; }
.bl-finding img { display: block; margin: 0 auto .5rem; border: 1px solid #eef0f2; }
.bl-finding figcaption { font-size: .95rem; }
.bl-finding .bl-links { display: block; margin-top: .35rem; font-size: .88rem; color: var(--bl-muted); }
.bl-page a { color: var(--bl-accent); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em;
  background: #f1f3f5; padding: 0 .2em; border-radius: 3px; }
/* Tables: the summary line, links to the whole table, DataTables' controls and the filter row */
.bl-table-summary, .bl-table-links { margin: .3rem 0; color: var(--bl-muted); font-size: .92rem; }
.bl-page .dt-container { font-size: 13px; margin: .4rem 0 1rem; }
.bl-page .dt-container .dt-layout-row { margin: .3rem 0; }
.bl-page .dt-container .dt-layout-table > .dt-layout-cell { overflow-x: auto; max-width: 100%; }
.bl-page table.dataTable { margin-left: 0; margin-right: 0; }
.bl-page .dt-container .dt-search input, .bl-page .dt-container .dt-length select { font: inherit; padding: .1rem .3rem;
  border: 1px solid var(--bl-rule); border-radius: 3px; }
body.bl-page .jp-RenderedHTMLCommon tr.bl-filters th, .bl-page tr.bl-filters th { background: #fff; padding: .15rem .25rem; }
.bl-page tr.bl-filters input { width: 100%; min-width: 4.5rem; box-sizing: border-box; font: inherit; font-size: 12px;
  padding: .1rem .25rem; border: 1px solid var(--bl-rule); border-radius: 3px; }
.bl-tables-list li { margin: .2rem 0; }
.bl-dictionary td:first-child { white-space: nowrap; }
"""

_PAGE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
{{ resources.borderlines_head }}
<style type="text/css">{{ resources.borderlines_css }}</style>
{%- endblock html_head_css -%}
{%- block body_header -%}
<body class="jp-Notebook bl-page" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
{{ resources.borderlines_nav }}
<main>
{%- endblock body_header -%}
{% block body_footer %}
</main>
{{ resources.borderlines_scripts }}
</body>
{% endblock body_footer %}
"""


def _inline_markdown(text: str) -> str:
    """Escape *text*, then render the little inline markdown captions use (bold, italics, code).

    Links keep their text only: a report page links to nothing outside the report.
    """
    out = html.escape(text, quote=True)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out, flags=re.S)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out, flags=re.S)
    out = re.sub(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)", r"\1", out)
    return out


def _block_markdown(text: str) -> str:
    """Escaped paragraphs (and simple ``-`` lists) of inline markdown."""
    parts = []
    for para in _paragraphs(text):
        lines = para.split("\n")
        if all(re.match(r"\s*[-*]\s+", ln) or ln.startswith("  ") for ln in lines) and re.match(r"\s*[-*]\s", lines[0]):
            items, cur = [], []
            for ln in lines:
                if re.match(r"\s*[-*]\s+", ln) and cur:
                    items.append(" ".join(cur))
                    cur = []
                cur.append(re.sub(r"^\s*[-*]\s+", "", ln).strip())
            items.append(" ".join(cur))
            parts.append("<ul>" + "".join(f"<li>{_inline_markdown(i)}</li>" for i in items) + "</ul>")
        else:
            parts.append(f"<p>{_inline_markdown(' '.join(ln.strip() for ln in lines))}</p>")
    return "\n".join(parts)


def _nav(pages: list[Page], current: str, prefix: str = "") -> str:
    """The nav bar; *prefix* leads from the page's folder to the report's (``"../"`` for ``browse/``)."""
    def link(href, label, extra=""):
        cur = ' aria-current="page"' if href == current else ""
        return f'<a href="{html.escape(prefix + href)}"{cur}{extra}>{html.escape(label)}</a>'

    items = [link("index.html", "borderlines · findings", ' class="bl-brand"')]
    items += [link(p.href, p.title) for p in pages]
    return '<nav class="bl-nav" aria-label="Report pages">' + "".join(items) + "</nav>"


# nbconvert warns "alternative text is missing" once per chart; keep its other messages' errors only.
_QUIET = logging.getLogger("helpers.report.nbconvert")
_QUIET.setLevel(logging.ERROR)


def _anchor(cell_id: str | None) -> str:
    return f"#cell-id={cell_id}" if cell_id else ""


def render_page(page: Page, pages: list[Page]) -> str:
    """One notebook as an HTML page: outputs only, offline, with the report's nav bar and CSS."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab", template_file="borderlines_page.html.j2",
        extra_loaders=[DictLoader({"borderlines_page.html.j2": _PAGE_TEMPLATE})],
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        require_js_url="", mathjax_url="", mermaid_js_url="", mermaid_layout_elk_js_url="",
        jquery_url="", widget_renderer_url="", log=_QUIET,
    )
    body, _ = exporter.from_notebook_node(page.nb, resources={
        "metadata": {"name": page.title},
        "borderlines_css": CSS,
        "borderlines_nav": _nav(pages, page.href),
        "borderlines_head": head_html(),
        "borderlines_scripts": script_html(),
    })
    return _offline(body, page.href)


def render_index(pages: list[Page], *, corpus: str, executed: bool, figures: Path,
                 written_for: str | None = None, tables: dict[str, TableInfo] | None = None,
                 query: dict[str, tuple[list[str], int]] | None = None) -> str:
    """The landing page: the question, then each notebook's summary and findings (all text escaped)."""
    e = html.escape
    how = ("Every notebook was re-executed from a fresh kernel for this report"
           if executed else "This report shows the outputs stored in the notebooks")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "<title>borderlines · findings</title>",
        head_html(),
        f'<style type="text/css">{CSS}</style>',
        "</head>",
        '<body class="bl-page bl-index">',
        _nav(pages, "index.html"),
        "<main>",
        "<h1>borderlines</h1>",
        '<p class="bl-meta">How news outlets reported November 2023 on the Finnish–Russian border.</p>',
        f'<p class="bl-question"><strong>The question.</strong> {e(QUESTION)}</p>',
        f'<p class="bl-meta">{e(how)}, on the corpus <code>{e(corpus)}</code> '
        f"({len(pages)} notebook{'s' if len(pages) != 1 else ''}). "
        "Each finding links to the notebook page that shows how it was reached.</p>",
        "<h2>Key findings</h2>",
    ]
    written = [f for page in pages for f in page.findings if f.caption and not f.computed]
    if written_for and written_for != corpus and written:
        out.append(f'<p class="bl-meta bl-warning">The captions are the notebooks\' own text, written about '
                   f"<code>{e(written_for)}</code>; the charts and pages show <code>{e(corpus)}</code>. "
                   "Where they disagree, the chart is right.</p>")
    for page in pages:
        out.append(f'<section class="bl-notebook" id="nb-{e(page.number)}">')
        out.append(f'<h2><a href="{e(page.href)}">{e(page.title)}</a></h2>')
        if page.summary:
            out.append(_block_markdown(page.summary))
        for f in page.findings:
            target = e(page.href + _anchor(f.cell_id))
            out.append('<figure class="bl-finding">')
            if f.figure:
                png = figures / f"{f.figure}.png"
                data = base64.b64encode(png.read_bytes()).decode("ascii")
                alt = f"Chart {f.figure}" + (f": {_plain(f.caption)}" if f.caption else "")
                out.append(f'<a href="{target}"><img src="data:image/png;base64,{data}" alt="{e(alt)}"></a>')
            caption = _block_markdown(f.caption) if f.caption else f"<p>{e(f.figure or '')}</p>"
            links = [f'<a href="{target}">See it in {e(page.title)}</a>']
            if f.figure and (figures / f"{f.figure}.csv").is_file():
                links.append(f'<a href="figures/{e(f.figure)}.csv">the rows drawn (CSV)</a>')
                if f.figure in (tables or {}):
                    links.append(f'<a href="{e(tables[f.figure].href)}">sort, filter, search them</a>')
            if f.figure:
                links.append(f'<a href="figures/{e(f.figure)}.png">the chart (PNG)</a>')
            out.append(f'<figcaption>{caption}<span class="bl-links">{" · ".join(links)}</span></figcaption>')
            out.append("</figure>")
        out.append("</section>")
    out += _index_tables(pages, tables or {})
    out += _index_query(query)
    out += ["</main>", script_html(), "</body>", "</html>", ""]
    return _offline("\n".join(out), "index.html")


def _index_tables(pages: list[Page], tables: dict[str, TableInfo]) -> list[str]:
    """The index's list of table pages, by notebook."""
    if not tables:
        return []
    e = html.escape
    out = ['<section class="bl-notebook" id="tables">', "<h2>The tables, whole</h2>",
           "<p>Every table the notebooks show, and the rows behind every chart, with all their rows: sort by a "
           "column, filter each column, search every cell, in this browser, offline. Each is also a CSV file.</p>"]
    groups = [(p, [t for t in tables.values() if t.page is p]) for p in pages]
    groups.append((None, [t for t in tables.values() if t.page is None]))
    for page, infos in groups:
        if not infos:
            continue
        where = f'<a href="{e(page.href)}">{e(page.title)}</a>' if page else "Not shown on a page"
        out.append(f"<h3>{where}</h3>")
        out.append('<ul class="bl-tables-list">')
        for t in infos:
            what = "the rows drawn in the chart, " if t.kind == "figure" else ""
            out.append(f'<li><a href="{e(t.href)}">{e(t.name)}</a>: {e(what)}{e(t.size)} '
                       f'(<a href="figures/{e(t.name)}.csv">CSV</a>)</li>')
        out.append("</ul>")
    out.append("</section>")
    return out


def _index_query(query: dict[str, tuple[list[str], int]] | None) -> list[str]:
    """The index's paragraph on the corpus's tables as Parquet."""
    if not query:
        return []
    e = html.escape
    return ['<section class="bl-notebook" id="tables-to-query">', "<h2>Tables to query</h2>",
            f"<p>The {len(query)} tables every notebook read are in the folder <code>tables/</code> as Parquet, one "
            "per table, for pandas, DuckDB, R or a spreadsheet tool: "
            f'<a href="{TABLES_PAGE}">how to open them and what every column means</a> '
            '(the same beside the files: <a href="tables/README.md">tables/README.md</a>).</p>',
            '<ul class="bl-tables-list">'] + [
        f"<li>{e(label)}: <code>{e(code)}</code></li>" for label, code in HOW_TO_OPEN[1:]] + [
        "</ul>", "</section>"]


def _plain(markdown: str) -> str:
    text = re.sub(r"[*`]", "", " ".join(markdown.split()))
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return text if len(text) <= 300 else text[:299] + "…"


# Anything that would make the browser fetch from the network: src/href/... attributes, CSS url(),
# @import and module imports pointing at http(s) or protocol-relative URLs.
_NETWORK_REF = re.compile(
    r"""(?:\b(?:src|href|srcset|action|poster|data|formaction|background)\s*=\s*["']?\s*"""
    r"""|url\(\s*["']?\s*|@import\s+["']?|\bimport\s*\(\s*["'])(?:https?:)?//""",
    re.IGNORECASE,
)


def _offline(page: str, name: str) -> str:
    """Strip CSS comments (they cite URLs) and refuse a page that would load anything over the network."""
    page = re.sub(r"(<style[^>]*>)(.*?)(</style>)",
                  lambda m: m.group(1) + re.sub(r"/\*.*?\*/", "", m.group(2), flags=re.S) + m.group(3),
                  page, flags=re.S | re.IGNORECASE)
    bad = sorted({m.group(0) for m in _NETWORK_REF.finditer(page)})
    if bad:
        raise ReportError(f"{name} would load from the network: {bad[:5]}")
    return page


# ---------------------------------------------------------------------------------------------
# Building


@dataclass
class TableInfo:
    """A CSV of ``<out>/figures/`` and its page ``browse/<name>.html``: where it is shown, and its size."""
    name: str
    rows: int
    columns: int
    kind: str = "table"              # "table" (show_table) or "figure" (the rows a chart drew)
    page: Page | None = None         # the notebook page that shows it
    cell_id: str | None = None       # the cell that shows it

    @property
    def href(self) -> str:
        return f"{BROWSE}/{self.name}.html"

    @property
    def size(self) -> str:
        return (f"{self.rows:,} row{'' if self.rows == 1 else 's'} × "
                f"{self.columns:,} column{'' if self.columns == 1 else 's'}")


def _html_outputs(cell):
    for output in cell.get("outputs", []) or []:
        data = output.get("data") or {}
        if "text/html" in data:
            yield data


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def locate_tables(pages: list[Page]) -> dict[str, tuple[Page, str | None, str]]:
    """Where each table and figure CSV is shown: name -> (page, cell id, kind), the first cell that shows it."""
    found: dict[str, tuple[Page, str | None, str]] = {}
    for page in pages:
        for cell in page.nb.cells:
            if cell.cell_type != "code":
                continue
            for data in _html_outputs(cell):
                for name in _TABLE_MARK.findall(_text(data["text/html"])):
                    found.setdefault(name, (page, cell.get("id"), "table"))
            for stem in _figure_stems(cell.source):
                found.setdefault(stem, (page, cell.get("id"), "figure"))
    return found


def write_table_pages(out: Path, figures: Path, pages: list[Page], *, budget: int = PAGE_BUDGET,
                      log=print) -> dict[str, TableInfo]:
    """A page ``browse/<name>.html`` for every CSV in *figures*; return what each holds, by name."""
    located = locate_tables(pages)
    folder = out / BROWSE
    folder.mkdir(exist_ok=True)
    infos: dict[str, TableInfo] = {}
    for csv_path in sorted(figures.glob("*.csv")):
        name = csv_path.stem
        page, cell_id, kind = located.get(name, (None, None, "table"))
        if page is None:
            page = next((p for p in pages if name.startswith(f"{p.number}-")), None)
        title = f"{name}: the rows drawn in the chart" if kind == "figure" else name
        back = None
        if page is not None:
            back = (f'Shown in <a href="../{html.escape(page.href + _anchor(cell_id))}">'
                    f"{html.escape(page.title)}</a>.")
        text, fitted = table_page(csv_path, title=title, nav=_nav(pages, "", prefix="../"), back=back, css=CSS,
                                  budget=budget)
        text = _offline(text, f"{BROWSE}/{name}.html")
        (folder / f"{name}.html").write_text(text, encoding="utf-8")
        infos[name] = TableInfo(name, fitted.total, fitted.columns, kind, page, cell_id)
        if fitted.cut_at is not None or fitted.kept < fitted.total:
            log(f"{BROWSE}/{name}.html: text cut at {fitted.cut_at} characters, {fitted.kept:,} of {fitted.total:,} "
                f"rows kept, to stay under {budget:,} bytes")
    return infos


def link_tables(page: Page, tables: dict[str, TableInfo]) -> None:
    """Link each table ``show_table`` showed on *page* (and each chart's rows) to its CSV and its page (in place)."""
    e = html.escape

    def links(name: str) -> str:
        t = tables[name]
        return (f'<a href="figures/{e(name)}.csv"><code>{e(name)}.csv</code></a> '
                f'(<a href="{e(t.href)}">all {t.rows:,} rows: sort, filter, search</a>)')

    for cell in page.nb.cells:
        if cell.cell_type != "code":
            continue
        for data in _html_outputs(cell):
            text = _text(data["text/html"])
            data["text/html"] = _TABLE_MARK.sub(lambda m: links(m.group(1)) if m.group(1) in tables else m.group(0),
                                                text)
        drawn = [t for t in tables.values() if t.kind == "figure" and t.page is page and t.cell_id == cell.get("id")
                 and t.cell_id is not None]
        for t in drawn:
            cell.setdefault("outputs", []).append(nbformat.v4.new_output(
                "display_data", data={"text/html": f'<p class="bl-table-links">The rows drawn in the chart: '
                                                   f"{links(t.name)}.</p>", "text/plain": ""}))


_DATA_URI = re.compile(r'\bsrc="data:image/(png|jpeg|gif);base64,([A-Za-z0-9+/=\s]+)"')


def fit_page(page: str, *, out: Path, prefix: str = "", budget: int = PAGE_BUDGET) -> str:
    """*page*, under *budget* bytes if moving images helps: its largest embedded images, one by one, become files
    ``images/<digest>.<ext>`` of the report (same bytes, same name) until it fits. A page that fits is unchanged."""
    if len(page.encode("utf-8")) <= budget:
        return page
    images = {m.group(0): (m.group(1), m.group(2)) for m in _DATA_URI.finditer(page)}
    for uri, (kind, data) in sorted(images.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        raw = base64.b64decode(data)
        name = f"{IMAGES}/{digest(raw)}.{'jpg' if kind == 'jpeg' else kind}"
        (out / IMAGES).mkdir(exist_ok=True)
        (out / name).write_bytes(raw)
        page = page.replace(uri, f'src="{prefix}{name}"')
        if len(page.encode("utf-8")) <= budget:
            break
    return page


def stored_tables(folder: Path) -> dict[str, tuple[list[str], int]]:
    """The engine tables in *folder* (``helpers.engine.TABLES`` order): name -> (columns, rows), from the Parquet
    files' own metadata (a named index first, as ``read_table`` gives it back); one file or a folder of parts."""
    import json

    import pyarrow.parquet as pq

    from ..engine import TABLES

    out = {}
    for name in TABLES:
        parts = [folder / f"{name}.parquet"] if (folder / f"{name}.parquet").is_file() else \
            sorted((folder / name).glob("part-*.parquet"))
        if not parts:
            continue
        schema = pq.read_schema(parts[0])
        meta = json.loads((schema.metadata or {}).get(b"pandas", b"{}") or b"{}")
        index = [c for c in meta.get("index_columns", []) if isinstance(c, str)]
        columns = [c for c in index if c in schema.names] + \
            [c for c in schema.names if c not in index and not c.startswith("__index_level_")]
        out[name] = (columns, sum(pq.ParquetFile(p).metadata.num_rows for p in parts))
    return out


def write_query_pages(out: Path, tables: Path, pages: list[Page]) -> dict[str, tuple[list[str], int]]:
    """``tables/README.md`` and ``tables.html``: how to open the Parquet tables and what each column means."""
    query = stored_tables(tables)
    if not query:
        return query
    columns = {k: v[0] for k, v in query.items()}
    rows = {k: v[1] for k, v in query.items()}
    (tables / "README.md").write_text(dictionary_markdown(columns, rows=rows), encoding="utf-8")
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "<title>borderlines · tables to query</title>", head_html(),
        f'<style type="text/css">{CSS}</style>', "</head>", '<body class="bl-page bl-tables">',
        _nav(pages, TABLES_PAGE), "<main>", dictionary_html(columns, rows=rows), "</main>", script_html(),
        "</body>", "</html>", ""])
    (out / TABLES_PAGE).write_text(_offline(page, TABLES_PAGE), encoding="utf-8")
    return query


def _clean_out(out: Path, figures: Path) -> None:
    """Remove what an earlier build wrote (only the report's own file names)."""
    for p in [out / "index.html", out / TABLES_PAGE, *out.glob("[0-9][0-9]-*.html"), *(out / BROWSE).glob("*.html"),
              *(out / IMAGES).glob("*")]:
        if p.is_file():
            p.unlink()
    if figures.is_dir():
        for p in figures.glob("[0-9][0-9]-*"):
            if p.suffix in {".png", ".csv", ".svg", ".pdf"} and p.is_file():
                p.unlink()


def _write(path: Path, page: str, *, out: Path, budget: int, log) -> Path:
    page = fit_page(page, out=out, budget=budget)
    size = len(page.encode("utf-8"))
    if size > budget:
        log(f"warning: {path.name} is {size:,} bytes, over the {budget:,}-byte budget even with its images moved out")
    path.write_text(page, encoding="utf-8")
    return path


def build(out: str | Path = REPORTS, *, corpus: str | Path | None = None, stored: bool = False,
          tables: str | Path | None = None, notebooks: list[Path] | None = None, budget: int = PAGE_BUDGET,
          log=print) -> list[Path]:
    """Build the report into *out*; return the pages written (index first). ``tables``: a folder of the corpus's
    tables an engine wrote (``helpers.engine``), which the notebooks then read instead of computing them; when
    it is ``<out>/tables`` the report also says how to open them and what each column means."""
    if stored and (corpus is not None or tables is not None):
        raise ReportError("--stored shows the outputs saved in the notebooks; it cannot use another --corpus or --engine")
    out = Path(out).resolve()
    figures = out / "figures"
    out.mkdir(parents=True, exist_ok=True)
    _clean_out(out, figures)
    figures.mkdir(exist_ok=True)
    sources = discover() if notebooks is None else list(notebooks)
    if not sources:
        raise ReportError(f"no notebooks matching {NOTEBOOK_GLOB} in {NOTEBOOKS}")
    corpus_arg = _corpus_arg(corpus) if corpus is not None else None
    seeds = is_seeds(corpus)

    pages = []
    default_corpus = None
    for path in sources:
        nb = nbformat.read(path, as_version=4)
        default_corpus = default_corpus or _corpus_in(nb)
        if corpus_arg is not None:
            set_corpus(nb, corpus_arg, path.name)
        if tables is not None:
            set_parameter(nb, "TABLES", str(Path(tables).resolve()), notebook=path.name,
                          note="set by helpers.report --engine", why="it cannot read the tables an engine wrote")
        if not stored:
            t0 = time.perf_counter()
            execute(nb, figures=figures, name=path.name)
            log(f"executed {path.name} in {time.perf_counter() - t0:.1f} s")
        keep_for_corpus(nb, seeds=seeds)
        title, summary = title_and_summary(nb, path.stem)
        pages.append(Page(path, path.stem, path.name[:2], title, summary, nb))
    if stored:
        for p in sorted(FIGURES.glob("[0-9][0-9]-*")):
            if p.suffix in {".png", ".csv"}:
                shutil.copyfile(p, figures / p.name)

    stems = sorted(p.stem for p in figures.glob("[0-9][0-9]-*.png"))
    claimed = set()
    for page in pages:
        mine = [s for s in stems if s not in claimed]
        page.findings = findings(page.nb, page.number, mine)
        claimed.update(f.figure for f in page.findings if f.figure)

    write_assets(out)
    table_pages = write_table_pages(out, figures, pages, budget=budget, log=log)
    for page in pages:
        link_tables(page, table_pages)
    query = None
    if tables is not None and Path(tables).resolve() == (out / "tables").resolve():
        query = write_query_pages(out, out / "tables", pages)

    default_corpus = default_corpus or "seeds"
    corpus_label = corpus_arg or default_corpus
    written = [_write(out / "index.html", render_index(
        pages, corpus=corpus_label, executed=not stored, figures=figures, written_for=default_corpus,
        tables=table_pages, query=query), out=out, budget=budget, log=log)]
    for page in pages:
        written.append(_write(out / page.href, render_page(page, pages), out=out, budget=budget, log=log))
    return written


def _corpus_in(nb) -> str | None:
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in _tags(cell):
            m = re.search(r"""^\s*CORPUS\s*=\s*["']([^"']*)["']""", cell.source, re.M)
            if m:
                return m.group(1)
    return None
