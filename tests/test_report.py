"""The HTML report: built from every notebook on the hostile corpus, opened in headless Chromium.

The browser test proves the report is offline and safe: no console or page errors, no request to
anything but ``file://`` (or ``data:``), every image decoded, every link between pages resolving,
and no script from article text running (``window.__pwned`` stays undefined), while the hostile
strings are shown as visible text. Chromium is Debian's (``apt-get install chromium``); Playwright's
own browser download is never used. Without Chromium the test is skipped, unless ``CI`` is set.

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
    """The report, every notebook re-executed on tests/hostile/ (the seeds plus the hostile article)."""
    from helpers.show.report import build

    before = _digest(FIGURES)
    out = tmp_path_factory.mktemp("report")
    build(out, corpus=HOSTILE, log=lambda *a: None)
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


def _open(browser, path: Path):
    """Open *path* in a fresh context; return (page, context, events) with every event recorded."""
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
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # let any late script, image error or dialog surface
    return page, context, events


# ---------------------------------------------------------------------------------------------
# The browser test


@pytest.mark.browser
@pytest.mark.slow
def test_report_pages_in_chromium(browser, hostile_report):
    out = hostile_report
    pages = _pages(out)
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    assert [p.stem for p in pages[1:]] == [n.stem for n in notebooks], "one page per numbered notebook"
    SCREENSHOTS.mkdir(exist_ok=True)

    names = {p.name for p in pages}
    images_checked = 0
    hostile_seen_on = []
    problems = []
    anchors: dict[str, set[str]] = {}       # page name -> fragments other pages link to
    ids: dict[str, set[str]] = {}
    for path in pages:
        page, context, ev = _open(browser, path)
        try:
            page.screenshot(path=str(SCREENSHOTS / f"{path.stem}.png"), full_page=True)
            for kind in ("console", "pageerror", "failed", "requests", "dialogs"):
                if ev[kind]:
                    problems.append(f"{path.name}: {kind}: {ev[kind][:3]}")
            pwned = page.evaluate("typeof window.__pwned")
            if pwned != "undefined":
                problems.append(f"{path.name}: window.__pwned is {pwned}: a script from article text ran")
            if len(page.frames) != 1:
                problems.append(f"{path.name}: {len(page.frames) - 1} iframe(s) were created")
            live = page.evaluate(f"Array.from(document.querySelectorAll({LIVE_HOSTILE!r})).map(e => e.outerHTML.slice(0, 80))")
            if live:
                problems.append(f"{path.name}: article markup became live elements: {live[:3]}")

            imgs = page.evaluate("""Array.from(document.images).map(i => ({
                src: i.currentSrc.slice(0, 30), complete: i.complete, w: i.naturalWidth}))""")
            for img in imgs:
                if not (img["complete"] and img["w"] > 0):
                    problems.append(f"{path.name}: image {img['src']}... did not load")
                if not img["src"].startswith("data:image/"):
                    problems.append(f"{path.name}: image {img['src']}... is not embedded")
            images_checked += len(imgs)

            if HOSTILE_TEXT in page.evaluate("document.body.innerText"):
                hostile_seen_on.append(path.name)
            ids[path.name] = set(page.evaluate("Array.from(document.querySelectorAll('[id]')).map(e => e.id)"))

            hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
            nav = page.evaluate("Array.from(document.querySelectorAll('nav.bl-nav a')).map(a => a.href)")
            nav_targets = {Path(unquote(urlsplit(h).path)).name for h in nav}
            if nav_targets != names:
                problems.append(f"{path.name}: the nav bar links {sorted(nav_targets)}, not every page")
            for href in hrefs:
                parts = urlsplit(href)
                if parts.scheme != "file":
                    problems.append(f"{path.name}: link to {href!r} leaves the report")
                    continue
                target = Path(unquote(parts.path))
                if not target.is_file() or out.resolve() not in target.resolve().parents:
                    problems.append(f"{path.name}: link {href!r} points to no file in the report")
                    continue
                if target.suffix == ".html":
                    if target.name not in names:
                        problems.append(f"{path.name}: link {href!r} is not a report page")
                    if parts.fragment:
                        anchors.setdefault(target.name, set()).add(parts.fragment)
        finally:
            context.close()

    for name, fragments in anchors.items():
        # nbconvert's heading ids keep their percent-encoding ("01-%C2%B7-Load..."); cell ids do not.
        missing = {f for f in fragments if f not in ids.get(name, set()) and unquote(f) not in ids.get(name, set())}
        if missing:
            problems.append(f"links point to anchors missing from {name}: {sorted(missing)}")
    assert not problems, "\n".join(problems)
    assert images_checked >= 2, "expected charts on the index and on the notebook pages"
    assert hostile_seen_on, f"{HOSTILE_TEXT!r} is shown as text on no page"


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
    """No network reference anywhere: the only URLs left are XML namespaces in inline SVG."""
    for path in [*_pages(hostile_report)]:
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"'<>)]*", text))
        assert {u for u in urls if not u.startswith("http://www.w3.org/")} == set(), (path.name, urls)
        assert not re.search(r"<(?:script|link|iframe)\b[^>]*\b(?:src|href)\s*=", text, re.I), path.name
        assert "\\u" not in path.name
    pngs = sorted((hostile_report / "figures").glob("[0-9][0-9]-*.png"))
    assert pngs, "the notebooks saved no figure into the report folder"


@pytest.mark.slow
def test_index_escapes_and_links(hostile_report):
    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    assert "How do a Finnish-side article and Russian state media report" in index
    for nb in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        assert f'href="{nb.stem}.html' in index
    for png in sorted((hostile_report / "figures").glob("[0-9][0-9]-*.png")):
        assert f"Chart {png.stem}" in index, f"figure {png.name} missing from the index"


@pytest.mark.slow
@pytest.mark.slow
def test_the_report_from_the_dask_engines_tables_is_the_same_report(hostile_report, tmp_path):
    # --engine dask: the tables computed on a local Dask cluster, written as Parquet, read by the notebooks;
    # every page is byte for byte the page the notebooks give when they compute the tables themselves
    from helpers.report import render

    render(tmp_path, corpus=HOSTILE, engine="dask", log=lambda *a: None)
    assert (tmp_path / "tables" / "tables.json").is_file() and list((tmp_path / "tables" / "quotes").glob("part-*"))
    pages = sorted(p.name for p in hostile_report.glob("*.html"))
    assert pages == sorted(p.name for p in tmp_path.glob("*.html")) and len(pages) >= 5
    for name in pages:
        assert (tmp_path / name).read_bytes() == (hostile_report / name).read_bytes(), name


def test_report_is_byte_stable(hostile_report, tmp_path):
    """Building again from the same inputs gives the same bytes, page for page and figure for figure."""
    from helpers.show.report import build

    build(tmp_path, corpus=HOSTILE, log=lambda *a: None)
    first = {p.relative_to(hostile_report).as_posix(): p.read_bytes() for p in hostile_report.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


# ---------------------------------------------------------------------------------------------
# The rules that turn notebooks into findings


def _nb(*cells):
    nb = nbformat.v4.new_notebook()
    for i, (kind, source, tags) in enumerate(cells):
        cell = (nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell)(source)
        cell.metadata["tags"] = list(tags)
        cell["id"] = f"c{i}"
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
