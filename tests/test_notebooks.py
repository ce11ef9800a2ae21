"""Notebook hygiene, figure reproducibility, and every notebook running on a corpus with bad files.

nbval (run by `make test` on notebooks/) checks the stored outputs; these tests check what nbval cannot:
that every cell was executed in order, that the saved figures are the same bytes after a re-run, and that
the notebooks still run on a corpus of several languages holding bad files.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.paths import FIGURES, NOTEBOOKS, SEEDS, TESTS

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
MACHINE_PATH = re.compile(r"/(?:work|tmp|root|home)/[\w.-]+")


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]


def run_notebook(path: Path, *, corpus: str | Path | None, figures: Path):
    """Execute a copy of ``path`` from a fresh kernel, with the parameters cell's CORPUS replaced."""
    nb = nbformat.read(path, as_version=4)
    if corpus is not None:
        params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        params[0].source = re.sub(r'^CORPUS\s*=.*$', f"CORPUS = {str(corpus)!r}", params[0].source, flags=re.M)
    env = {**os.environ, "BORDERLINES_FIGURES": str(figures), "PYTHONHASHSEED": "0"}
    env.pop("MPLBACKEND", None)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    with client.setup_kernel(env=env):  # the kernel must see BORDERLINES_FIGURES
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
    return nb


def shown(phrase: str, text: str) -> bool:
    """Whether *phrase* is in the outputs' text as ``all_text`` writes it (JSON: non-ASCII escaped)."""
    return json.dumps(phrase)[1:-1] in text


def all_text(nb) -> str:
    parts = []
    for c in code_cells(nb):
        for o in c.get("outputs", []):
            parts.append(json.dumps(o.get("data", {}).get("text/plain", "")))
            parts.append(json.dumps(o.get("data", {}).get("text/html", "")))
            parts.append(json.dumps(o.get("text", "")))
    return "\n".join(parts)


def test_there_are_notebooks():
    assert NOTEBOOK_FILES, "notebooks/ holds no numbered notebook"
    assert NOTEBOOK_FILES[0].name == "01-load-articles.ipynb"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_notebook_is_stored_executed_and_tidy(path):
    nb = nbformat.read(path, as_version=4)
    cells = code_cells(nb)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "title cell first"
    counts = [c.execution_count for c in cells]
    assert counts == list(range(1, len(cells) + 1)), f"execution counts {counts}: re-run from a fresh kernel"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and re.search(r"^CORPUS\s*=", params[0].source, re.M) and re.search(r"^BY\s*=", params[0].source, re.M)
    for c in cells:
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", c.source, re.M), "definitions belong in helpers/"
        for o in c.get("outputs", []):
            assert o.output_type != "error", f"stored error: {o.get('ename')}"
            assert o.get("name") != "stderr", f"stored stderr output: {o.get('text', '')[:200]}"
    text = all_text(nb)
    assert not MACHINE_PATH.search(text), MACHINE_PATH.search(text)
    assert not re.search(r" at 0x[0-9a-f]{6,}", text)
    for i, c in enumerate(nb.cells[1:], 1):  # a sentence before each code cell says what it shows
        if c.cell_type == "code":
            assert nb.cells[i - 1].cell_type == "markdown", f"cell {i} has no explanation before it"


@pytest.fixture(scope="module")
def rerun_on_seeds(tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    return out, {p.name: run_notebook(p, corpus=None, figures=out) for p in NOTEBOOK_FILES}


def test_saved_figures_are_the_same_bytes_after_a_rerun(rerun_on_seeds):
    out, _ = rerun_on_seeds
    produced = sorted(p.name for p in out.iterdir())
    committed = sorted(p.name for p in FIGURES.iterdir() if p.suffix in {".png", ".csv"})
    assert produced == committed, "figures/ holds files no notebook writes, or lacks some"
    for name in produced:
        assert (out / name).read_bytes() == (FIGURES / name).read_bytes(), f"{name} differs after a re-run"


def test_every_figure_has_its_csv(rerun_on_seeds):
    out, _ = rerun_on_seeds
    pngs = {p.stem for p in out.glob("*.png")}
    assert pngs and pngs <= {p.stem for p in out.glob("*.csv")}


def test_notebooks_run_on_a_mixed_language_corpus_with_bad_files(tmp_path):
    """Every notebook, unchanged, on the seeds (English) beside a Russian, a Finnish and a Swedish test article (the
    Russian one's language left for the loader to detect) and two bad files."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    shutil.copy(TESTS / "fixtures" / "bad_corpus" / "binary.txt", corpus / "zz_binary.txt")
    (corpus / "zz_cp1251.txt").write_bytes("Граница закрыта\n\nФинляндия закрыла границу.\n".encode("cp1251"))
    rows = []
    for folder, name, perspective, language in (("gold_ru", "counts_01_tass_four_of_eight", "russian", ""),
                                                ("gold_fi", "counts_01_stt_sulku", "finnish", "fi"),
                                                ("gold_sv", "counts_01_hbl_stangning", "finnish", "sv")):
        shutil.copy(TESTS / folder / f"{name}.txt", corpus / f"{folder}.txt")
        rows.append(f"{folder}.txt,Outlet {folder},{perspective},{language},,,\n")
    with (corpus / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.writelines(rows)
    for path in NOTEBOOK_FILES:
        nb = run_notebook(path, corpus=corpus, figures=tmp_path / "figures")
        # what the notebook shows, and the whole tables it shows the first rows of (show_table's files)
        text = all_text(nb) + json.dumps([p.read_text(encoding="utf-8")
                                          for p in sorted((tmp_path / "figures").glob(f"{path.name[:2]}-*.csv"))])
        assert "error" not in {o.output_type for c in code_cells(nb) for o in c.get("outputs", [])}
        if path.name.startswith("01-"):
            assert "zz_binary.txt: looks binary" in text
            assert "zz_cp1251.txt: is not valid UTF-8" in text
            assert "zz_cp1251.txt: has no row in sources.csv" in text
            assert "detected" in text and all(f" {code} " in text for code in ("ru", "fi", "sv"))
        if path.name.startswith("02-"):  # the Russian, Finnish and Swedish articles' own counts
            assert all(shown(phrase, text) for phrase in ("четыре из восьми пунктов пропуска", "neljä itärajan",
                                                          "fyra av åtta gränsövergångar"))
        if path.name.startswith("03-"):  # names in each language, compared by concept
            assert shown("Финлянди", text) and shown("Suomi", text) or shown("Финлянди", text) and shown("Finland", text)
