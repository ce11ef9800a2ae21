"""Tests for helpers.load.formats: encodings, HTML pages (trafilatura, offline), tables of articles.

The fixture folder ``tests/fixtures/formats/`` holds one invented file of each kind. Its Parquet file is
committed (1 kB); ``write_parquet_fixture`` wrote it from ``PARQUET_ROWS`` and writes it again:
``.venv/bin/python tests/test_formats.py``. A test checks the committed file still holds those rows.
"""
from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from helpers.load.formats import (COLUMN_NAMES, column_names, declared_charset, decode_bytes, page_dates, read_html,
                                  read_table)

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
PAGE = FORMATS / "lakeside_page.html"
PARQUET_ROWS = [
    {"title": "Rail link stays suspended", "text": "The invented coastal rail link will stay suspended through "
     "December, its operator said on Tuesday.\n\nThe operator said buses would replace the trains.",
     "date": datetime(2023, 12, 5, 7, 45), "source": "Baltic Morning Post", "perspective": "western",
     "language": "en", "author": "Anna Example"},
    {"title": "Fishermen report thin ice", "text": "Fishermen on an invented bay said the ice was too thin to "
     "cross this week.\n\nThe coast guard asked people to stay off it.",
     "date": datetime(2023, 12, 6), "source": "Baltic Morning Post", "perspective": "western",
     "language": "en", "author": None},
    {"title": "A row without text", "text": None, "date": datetime(2023, 12, 7), "source": "Baltic Morning Post",
     "perspective": "western", "language": "en", "author": None},
]


def write_parquet_fixture(path: Path = FORMATS / "baltic_morning.parquet") -> None:
    """Write ``PARQUET_ROWS`` as the fixture's Parquet file (its dates as timestamps, its text as strings)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = pa.schema([("title", pa.string()), ("text", pa.string()), ("date", pa.timestamp("ms")),
                        ("source", pa.string()), ("perspective", pa.string()), ("language", pa.string()),
                        ("author", pa.string())])
    pq.write_table(pa.Table.from_pylist(PARQUET_ROWS, schema=schema), path)


# ----------------------------------------------------------------------------- bytes to text

@pytest.mark.parametrize("codec, name", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_with_a_byte_order_mark_is_decoded_without_a_problem(codec, name):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text = "Граница закрыта.\nRaja on kiinni."
    assert decode_bytes(bom + text.encode(codec)) == (text, name, None)


def test_a_utf8_byte_order_mark_still_gives_its_problem_and_other_bytes_their_guess():
    assert decode_bytes(codecs.BOM_UTF8 + b"Title")[1:] == ("utf-8-sig", "starts with a UTF-8 byte-order mark (removed)")
    assert decode_bytes("Hallitus päätti".encode("cp1252"))[1] == "cp1252"


def test_declared_charset():
    assert declared_charset(b'<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') == "cp1251"
    assert declared_charset(b'<meta charset="no-such-charset">') is None


# ----------------------------------------------------------------------------- HTML pages

def test_the_page_gives_its_text_without_furniture_and_its_metadata():
    page = read_html(PAGE.read_text(encoding="utf-8"))
    assert page.title == "Crossing at Vaalimaa stays shut through winter"
    assert page.author == "Liisa Example" and page.sitename == "The Lakeside Courier"
    assert page.url == "https://lakeside-courier.example/news/vaalimaa-stays-shut"
    lines = page.text.split("\n")
    assert lines[-4].startswith("The regional council") and lines[-1].startswith("The council will meet again")
    for furniture in ("cookies", "Front page", "Weather", "Tweet", "Related stories", "Ice road", "All rights reserved",
                      "Privacy policy", "analytics"):
        assert furniture not in page.text, furniture
    assert page.problem == ""
    # the story's JSON-LD first, then the meta tags; the modification date is never among them
    assert page.dates == [("JSON-LD datePublished", "2023-12-14T08:05:00+02:00"),
                          ("article:published_time", "2023-12-14T08:05:00+02:00")]


def test_nothing_is_fetched_while_a_page_is_read(monkeypatch):
    import socket

    import htmldate.utils
    import trafilatura.downloads

    def refuse(*args, **kwargs):
        raise AssertionError("a page was fetched")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(htmldate.utils, "fetch_url", refuse)
    monkeypatch.setattr(trafilatura.downloads, "fetch_url", refuse)
    # an address in every place a reader could follow, and too little text for the first extraction
    page = read_html('<html><head><link rel="canonical" href="https://example.test/2023/12/01/a">'
                     '<meta property="og:url" content="https://example.test/2023/12/01/a"></head>'
                     '<body><p>Short.</p><a href="https://example.test/b">b</a></body></html>')
    assert page.url == "https://example.test/2023/12/01/a" and page.dates == []


def test_a_page_with_no_text_says_so():
    # a page a script fills in, saved before it ran: a title, no text
    page = read_html('<html><head><title>Border shut</title></head><body><div id="root"></div>'
                     '<script>render()</script></body></html>')
    assert page.problem == "no article text could be extracted from the page" and page.text == ""
    assert page.title == "Border shut"
    assert read_html("no markup at all").problem == "holds no HTML that could be parsed"


def test_page_dates_read_metadata_only():
    from lxml import html
    tree = html.fromstring('<html><head><meta name="copyright" content="2023">'
                           '<meta property="article:modified_time" content="2023-12-20">'
                           '<meta name="pubdate" content="2023-12-01"></head>'
                           '<body><time itemprop="datePublished" datetime="2023-11-30T10:00">30.11.</time>'
                           '<p>Posted on 1 January 2023</p></body></html>')
    assert page_dates(tree) == [("datePublished", "2023-11-30T10:00"), ("pubdate", "2023-12-01")]


# ----------------------------------------------------------------------------- tables of articles

def test_csv_rows_their_numbers_raw_text_and_bad_rows():
    table = read_table((FORMATS / "border_watch_export.csv").read_bytes(), "csv")
    assert [r.row for r in table.rows] == [1, 2, 3, 4, 5]
    first = table.rows[0]
    assert first.values["title"] == "Arrivals at northern crossing fall to zero"
    assert first.values["outlet"] == "Border Watch Daily" and first.columns["published"] == "publish_date"
    assert first.raw.startswith("bw-101,") and first.raw.endswith(",en") and "\n\nAdvertisement\n\n" in first.raw
    assert table.rows[2].values["body"] is None  # an empty field: no text (the corpus says so)
    assert table.rows[4].values is None and "has 8 fields where the header has 7" in table.rows[4].reasons[0]


def test_csv_with_semicolons_and_blank_lines():
    table = read_table(b"Title;Text\n\nA;One.\n\nB;Two.\n", "csv")
    assert [(r.row, r.values["title"], r.values["body"]) for r in table.rows] == [(1, "A", "One."), (2, "B", "Two.")]


def test_json_lines_bad_lines_and_wrong_types():
    table = read_table((FORMATS / "karelia_wire.jsonl").read_bytes(), "jsonl")
    rows = {r.row: r for r in table.rows}
    assert rows[1].values["byline"] == "Mikko Example" and rows[1].values["outlet"] == "Karelia Wire"
    assert rows[2].values is None and rows[2].reasons[0].startswith("is not valid JSON")
    assert rows[3].values["title"] is None and rows[3].reasons == ["column 'title' holds a number (42), not text; ignored"]
    assert rows[4].columns["body"] == "content" and rows[4].values["published"] == "November 26, 2023"
    assert rows[5].values is None and rows[5].reasons == ["holds a list, not an object (one article per line); not read"]


def test_rows_none_of_which_can_be_read_say_so_each_and_a_line_may_hold_a_line_separator():
    table = read_table(b'{"text": "broken\n{"text": "also broken\n', "jsonl")
    assert table.problem == "" and [r.reasons[0][:22] for r in table.rows] == ["is not valid JSON (Unt"] * 2
    table = read_table(b"title,text\nA,B,C\n", "csv")
    assert table.problem == "" and table.rows[0].reasons[0].startswith("has 3 fields where the header has 2")
    table = read_table('{"text": "One\u2028line."}\n'.encode(), "jsonl")
    assert [r.values["body"] for r in table.rows] == ["One\u2028line."]


def test_the_committed_parquet_file_holds_its_rows():
    table = read_table((FORMATS / "baltic_morning.parquet").read_bytes(), "parquet")
    got = [{c: r.values[f] for f, c in r.columns.items()} for r in table.rows]
    assert got == PARQUET_ROWS and table.encoding == "parquet"
    assert table.rows[0].values["published"] == datetime(2023, 12, 5, 7, 45)


def test_a_table_without_a_text_column_is_one_problem():
    table = read_table(b"headline,story\nA,One.\n", "csv")
    assert table.rows == [] and table.problem.startswith("has no text column (looked for 'text', 'body', 'content'")
    assert "its columns: headline, story" in table.problem
    assert read_table(b"headline,story\nA,One.\n", "csv", columns={"body": "story"}).rows[0].values["body"] == "One."
    assert read_table(b"", "csv").problem == "is empty" and read_table(b"not parquet", "parquet").problem.startswith(
        "could not be read as Parquet")


def test_column_names_can_be_overridden_but_not_invented():
    assert column_names({"outlet": ["Paper", "site"]})["outlet"] == ("paper", "site")
    assert column_names()["body"] == COLUMN_NAMES["body"]
    with pytest.raises(ValueError, match="'headline' is not one of"):
        column_names({"headline": "h1"})


if __name__ == "__main__":
    write_parquet_fixture()
