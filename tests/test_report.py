"""The HTML report: built from every notebook on the hostile corpus, opened in headless Chromium.

The browser test proves the report is offline and safe: no console or page errors, no request to
anything but ``file://`` (or ``data:``), every image decoded, every link between pages resolving,
and no script from article text running (``window.__pwned`` stays undefined), while the hostile
strings are shown as visible text. Chromium is Debian's (``apt-get install chromium``); Playwright's
own browser download is never used. Without Chromium the test is skipped, unless ``CI`` is set.

The report's tables are checked in the browser too: DataTables (from the itables wheel, in the report's
``assets/``) sorts, filters and searches them offline, table pages show article text as text, and with
scripts off every table is still a plain HTML table.

Every test that builds the report executes all the notebooks, so it is marked ``slow`` as well
(``make test-fast`` leaves it out); the rules that turn notebooks into findings are quick tests.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pandas as pd
import pytest

from helpers.paths import FIGURES, NOTEBOOKS, TESTS

HOSTILE = TESTS / "hostile"
SCREENSHOTS = TESTS / "_screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Text from the hostile article that must appear on a page as text, never as markup.
HOSTILE_TEXT = "<script>window.__pwned=1</script>"
# Elements that could only exist if article text had been parsed as HTML.
LIVE_HOSTILE = 'iframe, textarea, svg[onload], img[onerror], [onload], a[href^="javascript:" i]'


def _chromium() -> str:
    path = os.environ.get("BORDERLINES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        reason = ("Chromium not found (install Debian's: apt-get install -y chromium; "
                  "never `playwright install`)")
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI is set, so the browser test must run")
        pytest.skip(reason)
    return path


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def chromium_path():
    return _chromium()


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory):
    """The report as ``make report`` builds it, on tests/hostile/ (the seeds plus the hostile article): the tables
    computed once by the pandas engine into ``<out>/tables/``, every notebook re-executed reading them."""
    from helpers.report import render

    before = _digest(FIGURES)
    out = tmp_path_factory.mktemp("report")
    render(out, corpus=HOSTILE, log=lambda *a: None)
    assert _digest(FIGURES) == before, "building the report changed the committed figures/"
    return out


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def _pages(out: Path) -> list[Path]:
    return [out / "index.html", *sorted(out.glob("[0-9][0-9]-*.html"))]


def _all_pages(out: Path) -> list[Path]:
    """Every page of the report: the index, the notebook pages, tables.html and the table pages."""
    return sorted(p for p in out.rglob("*.html") if p.is_file())


def _in_report(out: Path, target: Path) -> bool:
    return target.is_file() and out.resolve() in target.resolve().parents


def _session(browser):
    """A fresh context and page; return (page, context, events) with every event recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    events = {"console": [], "pageerror": [], "failed": [], "requests": [], "dialogs": []}

    def on_route(route):
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            events["requests"].append(url)  # recorded, then refused: nothing leaves the machine
            route.abort()

    context.route("**/*", on_route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and events["console"].append(m.text))
    page.on("pageerror", lambda e: events["pageerror"].append(str(e)))
    page.on("requestfailed", lambda r: events["failed"].append(f"{r.url} {r.failure}"))
    page.on("request", lambda r: r.url.startswith(("file://", "data:")) or events["requests"].append(r.url))

    def on_dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return page, context, events


def _goto(page, path: Path, wait: int = 200) -> None:
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(wait)  # let any late script, image error or dialog surface


def _open(browser, path: Path):
    """Open *path* in a fresh context; return (page, context, events) with every event recorded."""
    page, context, events = _session(browser)
    _goto(page, path)
    return page, context, events


# ---------------------------------------------------------------------------------------------
# The browser test


@pytest.mark.browser
@pytest.mark.slow
def test_report_pages_in_chromium(browser, hostile_report):
    out = hostile_report
    pages = _pages(out)
    every = _all_pages(out)
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    assert [p.stem for p in pages[1:]] == [n.stem for n in notebooks], "one page per numbered notebook"
    assert (out / "tables.html") in every and list((out / "browse").glob("*.html")), "no tables page, no table pages"
    SCREENSHOTS.mkdir(exist_ok=True)

    names = {p.name for p in pages}                 # what the nav bar links, from every page
    known = {p.resolve() for p in every}
    images_checked = 0
    hostile_seen_on = []
    problems = []
    anchors: dict[Path, set[str]] = {}      # page -> fragments other pages link to
    ids: dict[Path, set[str]] = {}
    # Table pages are many and built alike: the browser opens every one in one shared context (a fresh one per page
    # costs a second), those holding article text first; the links of every one are checked from its file too.
    table_pages = [p for p in every if p.parent != out]
    hostile_first = sorted(table_pages, key=lambda p: ("__pwned" not in p.read_text(encoding="utf-8"), p.name))
    browsed = [p for p in every if p.parent == out] + hostile_first
    for path in table_pages:
        for href in re.findall(r'\bhref="([^"]*)"', path.read_text(encoding="utf-8")):
            target = path.parent / unquote(urlsplit(href).path)
            if urlsplit(href).scheme or not _in_report(out, target):
                problems.append(f"{path.name}: link {href!r} points to no file in the report")
            elif target.suffix == ".html" and urlsplit(href).fragment:
                anchors.setdefault(target.resolve(), set()).add(urlsplit(href).fragment)
    shared = None
    try:
        for path in browsed:
            name = path.relative_to(out).as_posix()
            if path.parent == out:
                page, context, ev = _open(browser, path)
            else:
                shared = shared or _session(browser)
                page, context, ev = shared
                for found in ev.values():
                    found.clear()
                _goto(page, path, wait=50)
            try:
                if path in pages:
                    page.screenshot(path=str(SCREENSHOTS / f"{path.stem}.png"), full_page=True)
                for kind in ("console", "pageerror", "failed", "requests", "dialogs"):
                    if ev[kind]:
                        problems.append(f"{name}: {kind}: {ev[kind][:3]}")
                pwned = page.evaluate("typeof window.__pwned")
                if pwned != "undefined":
                    problems.append(f"{name}: window.__pwned is {pwned}: a script from article text ran")
                if len(page.frames) != 1:
                    problems.append(f"{name}: {len(page.frames) - 1} iframe(s) were created")
                live = page.evaluate(f"Array.from(document.querySelectorAll({LIVE_HOSTILE!r})).map(e => e.outerHTML.slice(0, 80))")
                if live:
                    problems.append(f"{name}: article markup became live elements: {live[:3]}")

                imgs = page.evaluate("""Array.from(document.images).map(i => ({
                    src: i.currentSrc, complete: i.complete, w: i.naturalWidth}))""")
                for img in imgs:
                    src = img["src"]
                    if not (img["complete"] and img["w"] > 0):
                        problems.append(f"{name}: image {src[:30]}... did not load")
                    if not (src.startswith("data:image/") or (src.startswith("file:")
                                                              and _in_report(out, Path(unquote(urlsplit(src).path))))):
                        problems.append(f"{name}: image {src[:30]}... is neither embedded nor a file of the report")
                images_checked += len(imgs)

                if HOSTILE_TEXT in page.evaluate("document.body.innerText"):
                    hostile_seen_on.append(name)
                ids[path.resolve()] = set(page.evaluate("Array.from(document.querySelectorAll('[id]')).map(e => e.id)"))

                hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
                nav = page.evaluate("Array.from(document.querySelectorAll('nav.bl-nav a')).map(a => a.href)")
                nav_targets = {Path(unquote(urlsplit(h).path)).name for h in nav}
                if nav_targets != names or not all(Path(unquote(urlsplit(h).path)).parent == out for h in nav):
                    problems.append(f"{name}: the nav bar links {sorted(nav_targets)}, not every page")
                for href in hrefs:
                    parts = urlsplit(href)
                    if parts.scheme != "file":
                        problems.append(f"{name}: link to {href!r} leaves the report")
                        continue
                    target = Path(unquote(parts.path))
                    if not _in_report(out, target):
                        problems.append(f"{name}: link {href!r} points to no file in the report")
                        continue
                    if target.suffix == ".html":
                        if target.resolve() not in known:
                            problems.append(f"{name}: link {href!r} is not a report page")
                        if parts.fragment:
                            anchors.setdefault(target.resolve(), set()).add(parts.fragment)
            finally:
                if path.parent == out:
                    context.close()
    finally:
        if shared:
            shared[1].close()

    for target, fragments in anchors.items():
        # nbconvert's heading ids keep their percent-encoding ("01-%C2%B7-Load..."); cell ids do not.
        missing = {f for f in fragments if f not in ids.get(target, set()) and unquote(f) not in ids.get(target, set())}
        if missing:
            problems.append(f"links point to anchors missing from {target.name}: {sorted(missing)}")
    assert not problems, "\n".join(problems)
    assert images_checked >= 2, "expected charts on the index and on the notebook pages"
    assert hostile_seen_on, f"{HOSTILE_TEXT!r} is shown as text on no page"


def _rows_of(page) -> list[list[str]]:
    return page.evaluate("""Array.from(document.querySelectorAll('table.bl-full tbody tr'))
        .map(tr => Array.from(tr.cells).map(td => td.innerText))""")


@pytest.mark.browser
@pytest.mark.slow
def test_tables_sort_filter_and_search_offline(browser, hostile_report):
    """On the table page with the most rows: headers sort, the row of filters filters one column, the search box
    searches every cell, and article text found by a search is shown as text; scripts off, the tables stay plain."""
    from helpers.show.tables import read_csv_rows

    out = hostile_report
    sizes = {p: read_csv_rows(out / "figures" / f"{p.stem}.csv") for p in sorted((out / "browse").glob("*.html"))}
    biggest, (header, rows) = max(sizes.items(), key=lambda kv: (len(kv[1][1]), kv[0].name))
    assert len(rows) > 5, "no table page with enough rows to filter"
    page, context, ev = _session(browser)  # one context for the pages below: a fresh one per page costs a second
    try:
        _goto(page, biggest)
        assert page.locator(".dt-container").count() == 1 and page.locator("#bl-plain").is_hidden()
        shown = _rows_of(page)
        assert len(shown) == min(len(rows), 25)
        # sort: click the first column's header, twice
        th = page.locator("table.bl-full thead tr").first.locator("th").first
        ordering = "document.querySelector('table.bl-full thead th').classList.contains('dt-ordering-{}')"
        th.click()
        page.wait_for_function(ordering.format("asc"))
        first = [r[0] for r in _rows_of(page)]
        th.click()
        page.wait_for_function(ordering.format("desc"))
        second = [r[0] for r in _rows_of(page)]
        assert first != second or len(set(c[0] for c in rows)) == 1, "clicking the header did not sort"
        # filter one column: keep the rows whose cell holds the value of the last row's
        k, value = next((i, c) for i, c in enumerate(rows[-1]) if re.fullmatch(r"[\w.-]{1,40}", c))
        page.locator(f'tr.bl-filters input[data-column="{k}"]').fill(value)
        page.wait_for_timeout(100)
        kept = _rows_of(page)
        expected = [r for r in rows if value.lower() in r[k].lower()]
        assert kept and len(kept) == min(len(expected), 25)
        assert all(value.lower() in r[k].lower() for r in kept)
        page.locator(f'tr.bl-filters input[data-column="{k}"]').fill("")
        # search every cell
        page.locator(".dt-search input").fill(value)
        page.wait_for_timeout(100)
        assert 0 < len(_rows_of(page)) <= len(rows)

        # article text in a table page, found by searching for it, is shown as text and runs nothing
        hostile = [p for p in sizes if "__pwned" in (out / "figures" / f"{p.stem}.csv").read_text(encoding="utf-8")]
        for path in hostile[:2]:
            _goto(page, path, wait=50)
            if page.locator(".dt-search input").count():  # a table of a few rows has no search box: all are shown
                page.locator(".dt-search input").fill("__pwned")
                page.wait_for_timeout(100)
            assert _rows_of(page), path.name
            assert "window.__pwned" in page.evaluate("document.querySelector('table.bl-full').innerText")
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert not page.evaluate(f"document.querySelectorAll({LIVE_HOSTILE!r}).length")

        # the notebook pages' tables are enhanced
        _goto(page, out / "02-stated-figures.html", wait=50)
        assert page.locator(".dt-container").count() >= 1
        assert not ev["pageerror"] and not ev["console"] and not ev["requests"] and not ev["dialogs"], ev
    finally:
        context.close()
    # ... and plain without scripts
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        for path in (out / "02-stated-figures.html", biggest):
            page.goto(path.as_uri(), wait_until="load")
            assert page.locator(".dt-container").count() == 0
            assert page.locator("table tbody tr").count() > 0 and page.locator("table").first.is_visible()
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.slow
def test_clicking_through_the_nav(browser, hostile_report):
    """Follow the nav bar from the index to every page and back by clicking, as a reader would."""
    pages = _pages(hostile_report)
    page, context, ev = _open(browser, pages[0])
    try:
        for target in pages[1:]:
            page.locator("nav.bl-nav a", has_text=_nav_label(target)).first.click()
            page.wait_for_load_state("load")
            assert Path(unquote(urlsplit(page.url).path)).name == target.name
            page.locator("nav.bl-nav a.bl-brand").click()
            page.wait_for_load_state("load")
            assert Path(unquote(urlsplit(page.url).path)).name == "index.html"
        finding_links = page.locator("figure.bl-finding figcaption a[href*='.html']")
        if finding_links.count():
            finding_links.first.click()
            page.wait_for_load_state("load")
            assert page.url.split("#")[0].endswith(".html") and page.url != pages[0].as_uri()
        assert not ev["pageerror"] and not ev["console"] and not ev["requests"] and not ev["dialogs"], ev
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        context.close()


def _nav_label(page: Path) -> str:
    from helpers.show.report import title_and_summary

    title, _ = title_and_summary(nbformat.read(NOTEBOOKS / f"{page.stem}.ipynb", as_version=4), page.stem)
    return title


# ---------------------------------------------------------------------------------------------
# Without a browser: the files themselves


def test_hostile_article_is_loaded_as_text_not_html():
    """The loader must not mistake the hostile article for a saved web page (its tags stay in the text)."""
    from helpers import cleaning_log, load_corpus

    articles = load_corpus(HOSTILE)
    assert len(articles) == 3
    row = articles.loc["zz_hostile"]
    assert "html" not in row["problems"].lower(), row["problems"]
    assert not any("HTML" in c for c in row["cleaning"]), row["cleaning"]
    assert "<script>window.__pwned=1</script>" in row["title"] + row["body"]
    assert row["outlet"] == "Hostile Test Outlet" and row["perspective"] == "other"
    assert not cleaning_log(articles).query("kind == 'problem'").shape[0]
    for seed in ("000_52ed20e70830388d.txt", "002_a09e864cca88c890.txt"):
        assert (HOSTILE / seed).read_bytes() == (TESTS.parent / "seeds" / seed).read_bytes()


@pytest.mark.slow
def test_report_files_are_offline(hostile_report):
    """No network reference anywhere: the only URLs left are XML namespaces in inline SVG; the only scripts and
    style sheets loaded are DataTables' in the report's own assets/. Every page is under the byte budget."""
    from helpers.show.tables import PAGE_BUDGET

    for path in _all_pages(hostile_report):
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"'<>)]*", text))
        assert {u for u in urls if not u.startswith("http://www.w3.org/")} == set(), (path.name, urls)
        loads = re.findall(r"<(?:script|link|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']([^\"']*)", text, re.I)
        assert {re.sub(r"^(\.\./)+", "", u) for u in loads} <= {"assets/dt_bundle.js", "assets/dt_bundle.css"}, loads
        for u in loads:
            assert _in_report(hostile_report, path.parent / u), (path.name, u)
        assert "\\u" not in path.name
        assert len(path.read_bytes()) < PAGE_BUDGET, f"{path.name}: {len(path.read_bytes()):,} bytes"
    pngs = sorted((hostile_report / "figures").glob("[0-9][0-9]-*.png"))
    assert pngs, "the notebooks saved no figure into the report folder"
    css = (hostile_report / "assets" / "dt_bundle.css").read_text(encoding="utf-8")
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", css)


@pytest.mark.slow
def test_index_escapes_and_links(hostile_report):
    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    assert "How do a Finnish-side article and Russian state media report" in index
    for nb in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        assert f'href="{nb.stem}.html' in index
    for png in sorted((hostile_report / "figures").glob("[0-9][0-9]-*.png")):
        assert f"Chart {png.stem}" in index, f"figure {png.name} missing from the index"


@pytest.mark.slow
def test_every_table_has_a_page_linked_from_where_it_is_shown(hostile_report):
    """Each CSV the notebooks wrote has its page, linked from the index and from the notebook page showing it."""
    out = hostile_report
    index = (out / "index.html").read_text(encoding="utf-8")
    notebook_pages = "".join(p.read_text(encoding="utf-8") for p in _pages(out)[1:])
    csvs = sorted((out / "figures").glob("*.csv"))
    assert csvs
    for csv_path in csvs:
        assert (out / "browse" / f"{csv_path.stem}.html").is_file(), csv_path.name
        assert f'href="browse/{csv_path.stem}.html"' in index, f"{csv_path.stem} is not linked from the index"
        assert f'href="browse/{csv_path.stem}.html"' in notebook_pages, f"{csv_path.stem}: no link where it is shown"


@pytest.mark.slow
def test_the_report_carries_the_tables_to_query(hostile_report):
    """make report computes the tables once (pandas engine) into <out>/tables/, with the data dictionary beside them."""
    from helpers.engine import TABLES, read_settings

    tables = hostile_report / "tables"
    assert read_settings(tables)["engine"] == "pandas"
    assert all((tables / f"{name}.parquet").is_file() for name in TABLES)
    readme = (tables / "README.md").read_text(encoding="utf-8")
    page = (hostile_report / "tables.html").read_text(encoding="utf-8")
    for name in TABLES:
        assert f"### `{name}` (" in readme and f'id="table-{name}"' in page, name
    assert "(not in the data dictionary)" not in readme
    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    assert 'href="tables.html"' in index and 'href="tables/README.md"' in index and "read_parquet" in index


@pytest.mark.slow
def test_cells_about_the_seeds_are_left_out_of_another_corpus(hostile_report):
    """A cell tagged seeds is not on the pages of the hostile corpus's report (nbconvert ids each cell's div)."""
    for nb_path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        page = (hostile_report / f"{nb_path.stem}.html").read_text(encoding="utf-8")
        for cell in nbformat.read(nb_path, as_version=4).cells:
            if "seeds" in cell.get("metadata", {}).get("tags", []):
                assert f'id="cell-id={cell["id"]}"' not in page, (nb_path.name, cell["id"])


@pytest.mark.slow
def test_the_report_from_the_dask_engines_tables_is_the_same_report(hostile_report, tmp_path):
    # --engine dask: the tables computed on a local Dask cluster, written as Parquet, read by the notebooks;
    # every page is byte for byte the page the pandas engine's tables give (make report's)
    from helpers.report import render

    render(tmp_path, corpus=HOSTILE, engine="dask", log=lambda *a: None)
    assert (tmp_path / "tables" / "tables.json").is_file() and list((tmp_path / "tables" / "quotes").glob("part-*"))
    pages = sorted(p.relative_to(hostile_report).as_posix() for p in _all_pages(hostile_report))
    assert pages == sorted(p.relative_to(tmp_path).as_posix() for p in _all_pages(tmp_path)) and len(pages) >= 6
    for name in pages:
        assert (tmp_path / name).read_bytes() == (hostile_report / name).read_bytes(), name


def _without_query(page: bytes) -> bytes:
    return re.sub(rb'<section class="bl-notebook" id="tables-to-query">.*?</section>\n', b"", page, flags=re.S)


def test_report_is_byte_stable(hostile_report, tmp_path):
    """Building again from the same inputs gives the same bytes, page for page and figure for figure; and the
    notebooks computing their tables in their kernel give the report the engine's tables give (make report's),
    but for the index's paragraph on the tables to query, which a report without them leaves out."""
    from helpers.show.report import build

    build(tmp_path, corpus=HOSTILE, log=lambda *a: None)
    first = {p.relative_to(hostile_report).as_posix(): p.read_bytes() for p in hostile_report.rglob("*")
             if p.is_file() and p.parent.name != "tables" and p.name != "tables.html"}
    second = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    first["index.html"] = _without_query(first["index.html"])
    assert b"tables-to-query" not in second["index.html"] and b"tables-to-query" not in first["index.html"]
    assert [k for k in first if first[k] != second[k]] == []


# ---------------------------------------------------------------------------------------------
# The rules that turn notebooks into findings


def _nb(*cells):
    """A notebook of (kind, source, tags) cells, or (kind, source, tags, markdown output) for a code cell that
    displayed markdown."""
    nb = nbformat.v4.new_notebook()
    for i, (kind, source, tags, *shown) in enumerate(cells):
        cell = (nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell)(source)
        cell.metadata["tags"] = list(tags)
        cell["id"] = f"c{i}"
        if shown:
            cell.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": shown[0],
                                                                          "text/plain": "<IPython.core.display.Markdown object>"})]
        nb.cells.append(cell)
    return nb


def test_findings_pair_figures_with_captions():
    from helpers.show.report import findings, title_and_summary

    nb = _nb(
        ("md", "# 07 · Example\n\n**Question.** What?\n\nMore text.", []),
        ("code", 'CORPUS = "seeds"', ["parameters"]),
        ("md", "## Sizes\n\nBars show sizes.", []),
        ("code", 'save_figure(fig, "07-sizes", rows)', []),
        ("md", "Finnish articles are longer.", ["finding"]),
        ("md", "Counts differ.", []),
        ("code", "save_figure(fig2,\n    '07-counts', rows)", []),
        ("md", "Nothing to chart, but worth saying: see `07-none`.", ["finding"]),
        ("md", "About the counts chart 07-counts specifically.", ["finding"]),
    )
    assert title_and_summary(nb, "x") == ("07 · Example", "**Question.** What?")
    got = findings(nb, "07", ["07-counts", "07-extra", "07-sizes", "08-other"])
    assert [(f.figure, f.caption, f.cell_id, f.from_tag) for f in got] == [
        ("07-sizes", "Finnish articles are longer.", "c3", True),
        ("07-counts", "About the counts chart 07-counts specifically.", "c6", True),
        ("07-extra", "", None, False),
        (None, "Nothing to chart, but worth saying: see `07-none`.", "c7", True),
    ]


def test_a_code_cell_tagged_finding_is_a_finding_captioned_by_its_markdown_output():
    from helpers.show.report import findings

    nb = _nb(
        ("md", "# 07 · Example", []),
        ("code", 'save_figure(fig, "07-sizes", rows)', []),
        ("code", "display(Markdown(say_sizes(rows)))", ["finding"], "Finnish articles are **1.5 times** longer."),
        ("code", 'save_figure(fig, "07-counts", rows)', []),
        ("code", 'save_figure(fig, "07-dates", rows)', []),
        ("code", 'finding_for("07-counts", rows)', ["finding"], "## Counts\n\nThree counts differ."),
        ("md", "Stated in words, about `07-dates`.", ["finding"]),
        ("code", "display(Markdown(say_nothing()))", ["finding"]),   # no markdown output: no finding
        ("code", "display(Markdown(say_more()))", ["finding"], "A finding with no chart of its own."),
    )
    got = findings(nb, "07", ["07-counts", "07-dates", "07-sizes"])
    assert [(f.figure, f.caption, f.cell_id, f.from_tag, f.computed) for f in got] == [
        ("07-sizes", "Finnish articles are **1.5 times** longer.", "c1", True, True),
        ("07-counts", "Three counts differ.", "c3", True, True),
        ("07-dates", "Stated in words, about `07-dates`.", "c4", True, False),
        (None, "A finding with no chart of its own.", "c8", True, True),
    ]


def test_the_index_warns_of_captions_written_about_another_corpus_only_when_some_are(tmp_path):
    from helpers.show.report import Finding, Page, render_index

    page = Page(Path("07-example.ipynb"), "07-example", "07", "07 · Example", "", _nb(("md", "# 07 · Example", [])))

    def index(*found):
        page.findings = list(found)
        return render_index([page], corpus="tests/hostile", executed=True, figures=tmp_path, written_for="seeds")

    warning = "The captions are the notebooks' own text, written about"
    assert warning not in index(Finding("Computed from this corpus.", None, "c1", True, True))
    assert warning in index(Finding("Computed.", None, "c1", True, True), Finding("Written by hand.", None, "c2", True))


def test_cells_about_the_seeds_are_kept_only_for_the_seeds():
    from helpers.paths import SEEDS
    from helpers.show.report import is_seeds, keep_for_corpus, set_corpus

    def notebook():
        return _nb(("code", 'CORPUS = "seeds"', ["parameters"]),
                   ("md", "On the seeds, Sputnik counts eight crossings.", ["seeds"]),
                   ("md", "The chart shows every count.", []),
                   ("code", "x = 1", ["seeds"]))

    nb = notebook()
    set_corpus(nb, "tests/hostile")
    keep_for_corpus(nb, seeds=is_seeds(HOSTILE))
    assert [c["id"] for c in nb.cells] == ["c0", "c2"]
    for corpus in (None, SEEDS, TESTS / ".." / "seeds"):
        nb = notebook()
        keep_for_corpus(nb, seeds=is_seeds(corpus))
        assert [c["id"] for c in nb.cells] == ["c0", "c1", "c2", "c3"], corpus


def test_shown_tables_and_charts_link_to_their_pages(tmp_path):
    from helpers.show.report import Page, TableInfo, link_tables, locate_tables
    from helpers.show.tables import show_table

    shown = show_table(pd.DataFrame({"a": range(30)}), "07-rows", folder=tmp_path)
    nb = _nb(("md", "# 07 · Example", []), ("code", "show_table(df, '07-rows')", []),
             ("code", 'save_figure(fig, "07-chart", rows)', []))
    nb.cells[1].outputs = [nbformat.v4.new_output("display_data", data={"text/html": shown._repr_html_(),
                                                                        "text/plain": repr(shown)})]
    page = Page(Path("07-example.ipynb"), "07-example", "07", "07 · Example", "", nb)
    where = locate_tables([page])
    assert where == {"07-rows": (page, "c1", "table"), "07-chart": (page, "c2", "figure")}
    tables = {"07-rows": TableInfo("07-rows", 30, 1, "table", page, "c1"),
              "07-chart": TableInfo("07-chart", 4, 2, "figure", page, "c2")}
    link_tables(page, tables)
    rows_html = nb.cells[1].outputs[0]["data"]["text/html"]
    assert '<a href="figures/07-rows.csv"><code>07-rows.csv</code></a>' in rows_html
    assert '<a href="browse/07-rows.html">all 30 rows: sort, filter, search</a>' in rows_html
    chart = nb.cells[2].outputs[-1]["data"]["text/html"]
    assert 'href="figures/07-chart.csv"' in chart and '<a href="browse/07-chart.html">all 4 rows' in chart


def test_a_page_over_the_budget_moves_its_largest_images_out(tmp_path):
    import base64

    from helpers.show.report import fit_page

    small, big = base64.b64encode(b"s" * 300).decode(), base64.b64encode(b"b" * 3000).decode()
    page = f'<p>x</p><img src="data:image/png;base64,{small}"><img src="data:image/png;base64,{big}">'
    assert fit_page(page, out=tmp_path, budget=10_000) == page
    fitted = fit_page(page, out=tmp_path, budget=1_000)
    assert len(fitted) <= 1_000 and small in fitted and big not in fitted
    moved = re.search(r'src="(images/[0-9a-f]{20}\.png)"', fitted).group(1)
    assert (tmp_path / moved).read_bytes() == b"b" * 3000
    assert fit_page(page, out=tmp_path, budget=1_000) == fitted  # same bytes, same name
    assert "data:image" not in fit_page(page, out=tmp_path, prefix="../", budget=100)


def test_a_new_report_never_reads_an_earlier_reports_tables(tmp_path):
    """Before an engine writes the tables, the ones an earlier report wrote are removed (a table written as one file
    by one engine and as parts by another would otherwise be read stale); nothing else in the folder is."""
    from helpers.report import _clean_tables

    (tmp_path / "quotes").mkdir()
    stale = [tmp_path / "articles.parquet", tmp_path / "quotes" / "part-00000.parquet", tmp_path / "tables.json",
             tmp_path / "README.md"]
    kept = [tmp_path / "notes.txt", tmp_path / "quotes" / "mine.parquet"]
    for f in stale + kept:
        f.write_text("x")
    _clean_tables(tmp_path)
    assert [f for f in stale if f.exists()] == [] and all(f.exists() for f in kept)


def test_set_corpus_rewrites_only_the_parameters_cell():
    from helpers.show.report import ReportError, set_corpus

    nb = _nb(("code", 'CORPUS = "seeds"  # folder\nBY = "perspective"', ["parameters"]),
             ("code", 'CORPUS = "other"', []))
    set_corpus(nb, "tests/hostile")
    assert nb.cells[0].source == "CORPUS = 'tests/hostile'  # set by helpers.report --corpus\nBY = \"perspective\""
    assert nb.cells[1].source == 'CORPUS = "other"'
    with pytest.raises(ReportError, match="parameters"):
        set_corpus(_nb(("code", 'CORPUS = "seeds"', [])), "x", "07-x.ipynb")


def test_inline_markdown_escapes_everything():
    from helpers.show.report import _block_markdown

    html_out = _block_markdown('**A** <script>x</script> [c](javascript:alert(1)) `<b>`\n\n- one\n- two <i>')
    assert "<script>" not in html_out and "javascript:" not in html_out and "<i>" not in html_out
    assert "<strong>A</strong> &lt;script&gt;x&lt;/script&gt; c <code>&lt;b&gt;</code>" in html_out
    assert "<ul><li>one</li><li>two &lt;i&gt;</li></ul>" in html_out


def test_findings_on_another_corpus_are_computed_and_every_number_is_in_their_table(hostile_report):
    """On a corpus other than the seeds, every finding on the index is written from the corpus's tables: each
    number in it is a cell of the finding tables its notebook wrote (``NN-finding-*.csv``), and no text written
    about the seeds appears on any page."""
    import html as _html

    from helpers.show.findings import untraced_numbers

    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    captions = re.findall(r'<figure class="bl-finding">.*?<figcaption>(.*?)<span class="bl-links">'
                          r'<a href="(\d\d)-', index, re.S)
    assert len(captions) >= 9
    for caption, number in captions:
        text = _html.unescape(re.sub(r"<[^>]+>", "", caption))
        tables = [pd.read_csv(p) for p in sorted((hostile_report / "figures").glob(f"{number}-finding-*.csv"))]
        assert tables, f"notebook {number} wrote no finding table"
        assert untraced_numbers(text, pd.concat(tables, ignore_index=True)) == [], text
    for page in _all_pages(hostile_report):
        body = page.read_text(encoding="utf-8")
        assert "<strong>Reading (seeds).</strong>" not in body and "On the seeds:" not in body, page.name
