"""The files people have, read into text and metadata: encodings, HTML pages, tables of articles.

``load_corpus`` reads every file through this module and then cleans the text the same way whatever
the file was (``corpus``):

* a text file (any name but the ones below): one article, decoded by ``decode_bytes`` (UTF-8, a UTF-8 or
  UTF-16 byte-order mark, else cp1251 or cp1252 guessed and said);
* an HTML page (``HTML_SUFFIXES``): one article, its text, title, author, site name and address extracted
  by trafilatura from the string read (``read_html``: nothing is fetched), its publication date read from
  the page's metadata (``PAGE_DATES``);
* a table of articles (``TABLE_SUFFIXES``: CSV, JSON lines, Parquet): one article per row, its columns
  read by name (``COLUMN_NAMES``, overridable with ``load_corpus(..., columns=...)``; ``read_table``).

>>> t = read_table(b"title,text,date\\nBorder shut,The crossing closed.,2023-11-30\\n", "csv")
>>> [(r.row, r.values["title"], r.values["published"]) for r in t.rows]
[(1, 'Border shut', '2023-11-30')]
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

HTML_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
HTML_SIZE_FACTOR = 10  # an HTML page may be this many times ``max_bytes``: its markup is many times its text

# The columns of a table of articles, by the article field each gives: the first name present is read
# (names compared without case or surrounding spaces). ``load_corpus(..., columns={"body": "story"})``
# replaces a field's names. ``published`` is the publication date; ``byline`` the author.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "body": ("text", "body", "content"),
    "url": ("url",),
    "published": ("date", "publish_date", "published"),
    "outlet": ("media_name", "outlet", "source"),
    "language": ("language",),
    "perspective": ("perspective",),
    "byline": ("author",),
}

# Where a page states when it was published, in the order read; the first value that reads as a date is the
# publication date (``published_from``: ``html metadata``). Each is (where, name): a JSON-LD key, or a
# ``<meta>`` tag's ``property``, ``name`` or ``itemprop`` (any element's ``itemprop``, with ``content`` or
# ``datetime``). A modification date, a copyright year or a date in the text is never the publication date.
PAGE_DATES: tuple[tuple[str, str], ...] = (
    ("json-ld", "datePublished"),
    ("property", "article:published_time"),
    ("property", "og:article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"), ("name", "publishdate"), ("name", "publish-date"), ("name", "publish_date"),
    ("name", "date"), ("name", "dc.date"), ("name", "dc.date.issued"), ("name", "dcterms.date"),
    ("name", "dcterms.issued"), ("name", "dcterms.created"), ("name", "parsely-pub-date"), ("name", "sailthru.date"),
    ("name", "citation_publication_date"),
)
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report", re.I)  # a JSON-LD object that is the story, not the site


# ---------------------------------------------------------------------------------------------
# Bytes to text


def decode_bytes(data: bytes) -> tuple[str, str, str | None]:
    """``(text, encoding, problem or None)``: UTF-8; a byte-order mark's UTF-8 or UTF-16 (no problem for UTF-16,
    which needs its mark; a UTF-8 mark is noted as a problem); else cp1251 for Russian text, cp1252 (or latin-1)
    for Western text, with a problem saying so.

    >>> decode_bytes("Граница".encode("utf-16"))[:2]
    ('Граница', 'utf-16-le')
    >>> decode_bytes("Граница".encode("cp1251"))[1:]
    ('cp1251', 'is not valid UTF-8 (byte 0); decoded as cp1251')
    """
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(enc), enc, None
            except UnicodeDecodeError as exc:
                return (body.decode(enc, errors="replace"), enc,
                        f"is not valid {enc.upper()} (byte {exc.start + len(bom)}); unreadable bytes replaced")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", "starts with a UTF-8 byte-order mark (removed)"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        where = exc.start
    cyr = data.decode("cp1251", errors="replace")
    try:
        west, west_name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        west, west_name = data.decode("latin-1"), "latin-1"
    # Russian text read as cp1251 gives words made only of Cyrillic letters; Western text read as
    # cp1251 gives Latin words with stray Cyrillic letters inside them.
    words = re.findall(r"[^\W\d_]+", cyr)
    cyr_words = sum(1 for w in words if all("\u0400" <= c <= "\u04ff" for c in w))
    mixed = sum(1 for w in words if any("\u0400" <= c <= "\u04ff" for c in w) and any(c.isascii() for c in w))
    if cyr_words > mixed:
        text, enc = cyr, "cp1251"
    else:
        text, enc = west, west_name
    return text, enc, f"is not valid UTF-8 (byte {where}); decoded as {enc}"


def is_utf16(data: bytes) -> bool:
    """Whether *data* opens with a UTF-16 byte-order mark (its NUL bytes are then text, not a binary file's)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The character set an HTML page declares in its first 4 kB (``<meta charset="windows-1251">``), if Python
    knows it, else None.

    >>> declared_charset(b'<html><head><meta charset="windows-1251">'), declared_charset(b"<p>no meta</p>")
    ('cp1251', None)
    """
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


# ---------------------------------------------------------------------------------------------
# HTML pages


@dataclass
class Page:
    """What ``read_html`` reads from a page."""
    text: str = ""  # the article's text, one paragraph per line
    title: str = ""
    author: str = ""
    sitename: str = ""
    url: str = ""
    dates: list[tuple[str, str]] = field(default_factory=list)  # (where, value) of PAGE_DATES, in order
    problem: str = ""  # why no text could be extracted


def read_html(html: str) -> Page:
    """The article text and metadata of an HTML page given as a string: trafilatura 2.3.1 extracts the text
    (navigation, cookie banners, share buttons, related links and footers left out; one paragraph per line),
    the title, author, site name (``og:site_name``, the JSON-LD publisher, else the site's address) and address
    (``og:url``, the canonical link); ``dates`` lists the publication dates the page states (``PAGE_DATES``).
    Only the string is parsed: nothing is fetched.

    >>> page = read_html('<html><head><meta property="og:site_name" content="Example Post">'
    ...                  '<meta property="article:published_time" content="2023-11-30T08:00:00Z"></head><body>'
    ...                  '<nav><a href="/">Home</a></nav><article><h1>Border shut</h1><p>The last crossing closed at '
    ...                  'midnight, the border guard said.</p><p>It stays closed until further notice.</p></article>')
    >>> page.title, page.sitename, page.dates
    ('Border shut', 'Example Post', [('article:published_time', '2023-11-30T08:00:00Z')])
    >>> page.text.split("\\n")
    ['Border shut', 'The last crossing closed at midnight, the border guard said.', 'It stays closed until further notice.']
    """
    import trafilatura  # imported here: it takes half a second, and only HTML pages need it
    from trafilatura.utils import load_html

    page = Page()
    try:
        tree = load_html(html)
    except (ValueError, TypeError):
        tree = None
    if tree is None or not len(tree):
        page.problem = "holds no HTML that could be parsed"
        return page
    page.dates = page_dates(tree)
    # htmldate runs inside trafilatura on the parsed tree (never on an address): kept to the page's markup, and
    # its date is not used (``page_dates`` reads the publication date)
    options = dict(with_metadata=True, include_comments=False,
                   date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2099-12-31"})
    try:
        doc = trafilatura.bare_extraction(tree, **options)
        text = (doc.text or "") if doc is not None else ""
        if doc is None:  # no text: the metadata still names the page
            doc = trafilatura.extract_metadata(tree, date_config=options["date_extraction_params"])
    except Exception as exc:  # noqa: BLE001 -- a page no reader can read is one problem, never the corpus's end
        page.problem = f"could not be read as a page ({type(exc).__name__}: {str(exc)[:80]})"
        return page
    if not text.strip():
        page.problem = "no article text could be extracted from the page"
    page.text = text.strip()
    page.title = (doc.title or "").strip()
    page.author = (doc.author or "").strip()
    site = (doc.sitename or "").strip()
    page.sitename = "" if re.search(r"://|^www\.|^/", site) else site  # an address is no name ("article:publisher")
    page.url = (doc.url or "").strip()
    return page


def page_dates(tree) -> list[tuple[str, str]]:
    """``(where, value)`` of every publication date *tree* (an lxml page) states, in ``PAGE_DATES`` order."""
    found: dict[tuple[str, str], str] = {}
    for obj in _json_ld(tree):
        value = obj.get("datePublished")
        if isinstance(value, str) and value.strip():
            found.setdefault(("json-ld", "datePublished"), value.strip())  # the story's own object comes first
    for elem in tree.iter("meta"):
        value = (elem.get("content") or elem.get("datetime") or "").strip()
        if not value:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (attr, (elem.get(attr) or "").strip().lower())
            if key[1]:
                found.setdefault(key, value)
    for elem in tree.xpath("//*[@itemprop]"):
        if elem.tag != "meta":
            value = (elem.get("content") or elem.get("datetime") or "").strip()
            if value:
                found.setdefault(("itemprop", (elem.get("itemprop") or "").strip().lower()), value)
    out = []
    for where, name in PAGE_DATES:
        value = found.get((where, name if where == "json-ld" else name.lower()))
        if value:
            out.append((f"JSON-LD {name}" if where == "json-ld" else name, value))
    return out


def _json_ld(tree):
    """The JSON-LD objects of a page, the story's own (``@type`` an article) first; broken JSON is skipped."""
    objects = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop(0)
            if isinstance(x, dict):
                objects.append(x)
                stack.extend(v for v in x.values() if isinstance(v, (dict, list)))
            elif isinstance(x, list):
                stack.extend(x)
    return sorted(objects, key=lambda o: not _ARTICLE_TYPE.search(str(o.get("@type", ""))))


# ---------------------------------------------------------------------------------------------
# Tables of articles


@dataclass
class TableRow:
    """One row of a table of articles: its number (1-based), its text as read, its values by article field
    (``None`` when the row could not be read at all) and what was wrong with it."""
    row: int
    raw: str
    values: dict | None
    columns: dict = field(default_factory=dict)  # field -> the column its value was read from
    reasons: list[str] = field(default_factory=list)


@dataclass
class Table:
    """What ``read_table`` reads: the rows, the encoding, and a problem of the whole file (its rows then empty)."""
    rows: list[TableRow] = field(default_factory=list)
    encoding: str = ""
    problem: str = ""  # the file is no table of articles: nothing could be read from it
    decode_problem: str | None = None  # the file's text was not UTF-8 (an encoding guessed)
    header: list[str] = field(default_factory=list)  # its column names as written (a JSON lines file's first keys)
    names: dict = field(default_factory=dict)  # the column names read for each article field (``column_names``)
    _index: dict | None = field(default=None, repr=False)

    def find(self, row: int) -> TableRow | None:
        """The row numbered *row*, or None."""
        if self._index is None:
            self._index = {r.row: r for r in self.rows}
        return self._index.get(row)


def column_names(columns: dict | None = None) -> dict[str, tuple[str, ...]]:
    """``COLUMN_NAMES`` with *columns* (a field -> a column name, or a list of names) replacing its fields' names.

    >>> column_names({"body": "story_text"})["body"]
    ('story_text',)
    """
    names = dict(COLUMN_NAMES)
    for key, value in (columns or {}).items():
        if key not in COLUMN_NAMES:
            raise ValueError(f"columns: {key!r} is not one of {', '.join(COLUMN_NAMES)}")
        value = (value,) if isinstance(value, str) else tuple(value)
        names[key] = tuple(v.strip().lower() for v in value)
    return names


def read_table(data: bytes, kind: str, *, columns: dict | None = None) -> Table:
    """The rows of a table of articles: *kind* ``csv`` (its delimiter the header's commonest of ``,`` ``;`` and
    tab), ``jsonl`` (one JSON object per line) or ``parquet``. Each row's values by article field, read from the
    columns ``column_names(columns)`` names; a value of the wrong type (a number for a title) is left out
    with a reason. Row numbers count data rows from 1 (a CSV's header and blank lines not counted); a JSON
    lines row is its line number.

    >>> t = read_table(b'{"title": "A", "text": "B."}\\n{"title": 5, "text": "C."}\\n{broken\\n', "jsonl")
    >>> [(r.row, r.values and r.values["title"], r.reasons) for r in t.rows][1:]
    [(2, None, ["column 'title' holds a number (5), not text; ignored"]), (3, None, ['is not valid JSON (Expecting property name enclosed in double quotes, column 2); not read'])]
    """
    names = column_names(columns)
    table = Table(names=names)
    if kind == "parquet":
        records = _parquet_records(data, table)
    else:
        text, table.encoding, table.decode_problem = decode_bytes(data)
        text = text.lstrip("\ufeff")
        records = _csv_records(text, table) if kind == "csv" else _jsonl_records(text, table)
    if table.problem:
        return table
    for no, raw, record, reasons in records:
        row = TableRow(no, raw, None, reasons=list(reasons))
        if record is not None:
            row.values, row.columns = _values(record, names, row.reasons)
        table.rows.append(row)
    read = [r for r in table.rows if r.values is not None]
    if not table.rows:
        table.problem = "holds no rows"
    elif read and not any("body" in r.columns for r in read):  # rows none of which could be read say so each
        table.problem = (f"has no text column (looked for {', '.join(repr(n) for n in names['body'])}"
                         f"{_columns_seen(table)}); pass load_corpus(..., columns={{'body': NAME}})")
        table.rows = []
    return table


def _columns_seen(table: Table) -> str:
    return f"; its columns: {', '.join(table.header[:20])}" if table.header else ""


def _values(record: dict, names: dict, reasons: list[str]) -> tuple[dict, dict]:
    """The article fields of one row (``record``: column -> value, names lower-cased)."""
    values: dict = {}
    cols: dict = {}
    for fld, candidates in names.items():
        values[fld] = None
        col = next((c for c in candidates if c in record), None)
        if col is None:
            continue
        cols[fld] = col
        value = record[col]
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        if fld == "published" and isinstance(value, (datetime, date)):
            values[fld] = value
        elif isinstance(value, str):
            values[fld] = value
        else:
            kind = ("a number" if isinstance(value, (int, float)) and not isinstance(value, bool) else
                    "true/false" if isinstance(value, bool) else "a list" if isinstance(value, (list, tuple)) else
                    "an object" if isinstance(value, dict) else type(value).__name__)
            shown = json.dumps(value, ensure_ascii=False, default=str)
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            reasons.append(f"column {col!r} holds {kind} ({shown}), not {'a date' if fld == 'published' else 'text'}; ignored")
    return values, cols


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _delimiter(line: str) -> str:
    """The header's commonest of comma, semicolon and tab outside quotes (a comma when none)."""
    outside = re.sub(r'"[^"]*"', "", line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(text: str, table: Table):
    """``(row, raw, {column: value} or None, reasons)`` per data row of a CSV text."""
    lines = _LINE.findall(text)
    first = next((ln for ln in lines if ln.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))  # an article's text is longer than csv's 128 kB default
    header, records, prev, no = None, [], 0, 0
    while True:
        try:
            fields = next(reader)
            error = None
        except StopIteration:
            break
        except csv.Error as exc:
            fields, error = None, str(exc)
        raw = "".join(lines[prev:reader.line_num]).rstrip("\r\n")
        prev = reader.line_num
        if fields is not None and not any(f.strip() for f in fields):
            continue  # a blank line
        if header is None:
            if fields is None:
                table.problem = f"has no header row that could be read ({error})"
                return []
            header = [f.strip().lower() for f in fields]
            table.header = [f.strip() for f in fields]
            continue
        no += 1
        if fields is None:
            records.append((no, raw, None, [f"could not be read as CSV ({error}); not read"]))
        elif len(fields) != len(header):
            records.append((no, raw, None, [f"has {len(fields)} fields where the header has {len(header)} "
                                            f"(a stray delimiter or quote?); not read"]))
        else:
            record: dict = {}
            for name, value in zip(header, fields):
                record.setdefault(name, value if value.strip() else None)
            records.append((no, raw, record, []))
    if header is None:
        table.problem = "is empty" if not text.strip() else "holds no rows"
    return records


def _jsonl_records(text: str, table: Table):
    """``(line number, raw, {key: value} or None, reasons)`` per non-blank line of a JSON lines text."""
    records, keys = [], []
    for no, line in enumerate(text.split("\n"), 1):  # not splitlines(): a JSON string may hold U+2028
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            records.append((no, line, None, [f"is not valid JSON ({msg}, column {getattr(exc, 'colno', '?')}); not read"]))
            continue
        if not isinstance(obj, dict):
            kind = "a list" if isinstance(obj, list) else "a single value"
            records.append((no, line, None, [f"holds {kind}, not an object (one article per line); not read"]))
            continue
        keys.extend(k for k in obj if k not in keys)
        records.append((no, line, _first_keys(obj), []))
    if not records:
        table.problem = "is empty" if not text.strip() else "holds no rows"
    table.header = keys[:20]
    return records


def _first_keys(obj: dict) -> dict:
    """*obj* with its keys lower-cased and stripped; the first of two keys that then agree wins."""
    record: dict = {}
    for k, v in obj.items():
        record.setdefault(str(k).strip().lower(), v)
    return record


def _parquet_records(data: bytes, table: Table):
    """``(row, raw, {column: value}, [])`` per row of a Parquet file; its raw is the row as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        arrow = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        table.problem = f"could not be read as Parquet ({str(exc).splitlines()[0][:120]})"
        return []
    table.encoding = "parquet"
    table.header = list(arrow.column_names)
    records = []
    for no, rec in enumerate(arrow.to_pylist(), 1):
        raw = json.dumps(rec, ensure_ascii=False, default=str)
        records.append((no, raw, _first_keys(rec), []))
    return records


__all__ = ["COLUMN_NAMES", "HTML_SUFFIXES", "PAGE_DATES", "TABLE_SUFFIXES", "Page", "Table", "TableRow",
           "column_names", "declared_charset", "decode_bytes", "is_utf16", "page_dates", "read_html", "read_table"]
