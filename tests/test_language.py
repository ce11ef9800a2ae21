"""helpers.load.language: the language of an article, from its text; and how load_corpus sets it."""
from __future__ import annotations

import pytest

from helpers import load_corpus
from helpers.load.language import detect_language


@pytest.mark.parametrize("text, code", [
    ("Finland closed four of its eight border crossings with Russia on Friday, the government said.", "en"),
    ("Финляндия закрыла четыре из восьми пунктов пропуска на границе с Россией в пятницу.", "ru"),
    ("Suomi sulkee neljä kahdeksasta rajanylityspaikasta perjantain ja lauantain välisenä yönä.", "fi"),
    ("Finland stänger fyra av åtta gränsövergångar mot Ryssland natten mot lördag.", "sv"),
    ("Soome sulgeb neli piiripunkti Venemaa piiril reedel, teatas valitsus.", "et"),
])
def test_the_language_is_read_from_the_text(text, code):
    assert detect_language(text)[0] == code


@pytest.mark.parametrize("text", ["", "OK", "12 345 678", "Nov 18"])
def test_too_little_text_is_unknown_not_a_guess(text):
    assert detect_language(text) == ("", 0.0)


def test_a_guess_below_the_confidence_floor_is_unknown():
    code, prob = detect_language("Finland closed four border crossings with Russia on Friday.", min_confidence=1.01)
    assert code == "" and 0 < prob <= 1


def _write(folder, files: dict[str, str], languages: dict[str, str]):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = ["file,outlet,perspective,language,url,notes"] + [f"{f},O{i},other,{languages.get(f, '')},," for i, f in enumerate(files)]
    (folder / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_load_corpus_detects_a_language_sources_csv_leaves_empty_and_keeps_one_it_gives(tmp_path):
    folder = _write(tmp_path / "c", {
        "ru.txt": "Граница закрыта\n\nФинляндия закрыла четыре пункта пропуска на границе с Россией.\n",
        "fi.txt": "Raja suljetaan\n\nSuomi sulkee itärajan rajanylityspaikat perjantaina.\n",
        "en.txt": "Border closed\n\nFinland closed four crossings on its border with Russia.\n",
        "short.txt": "OK\n\nYes.\n"},
        {"en.txt": "Russian"})  # a sources.csv value is the user's word (as a code), even against the text
    a = load_corpus(folder)
    assert a.loc["ru", ["language", "language_from"]].tolist() == ["ru", "detected"]
    assert a.loc["fi", ["language", "language_from"]].tolist() == ["fi", "detected"]
    assert a.loc["en", ["language", "language_from"]].tolist() == ["ru", "sources"]
    assert a.loc["short", ["language", "language_from"]].tolist() == ["", ""]
