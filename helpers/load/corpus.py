"""Load a folder (or list) of news articles into pandas dataframes.

One row per article, whatever state its file is in: a text file or an HTML page is one article, a table of
articles (CSV, JSON lines, Parquet) one per row (``formats``). Bad input is recorded in ``problems`` (naming
the file, and the row of a table, and the reason) and never stops the corpus. ``raw`` keeps the article as
read (the file's text, the page's HTML, the row's text); every offset points into ``body``.

>>> from helpers.paths import SEEDS
>>> articles = load_corpus(SEEDS)
>>> articles.loc["002_a09e864cca88c890", "title"]
"Moscow: We'll terminate border cooperation with Finland"
>>> int(articles.loc["000_52ed20e70830388d", "repeats_dropped"])
6
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..paths import relative
from .formats import (COLUMN_NAMES, HTML_SIZE_FACTOR, HTML_SUFFIXES, TABLE_SUFFIXES, Table, column_names, declared_charset,
                      decode_bytes, is_utf16, read_html, read_table)
from .language import detect_language
from .text import count_words, split_paragraphs, split_sentences

PERSPECTIVES = ("finnish", "russian", "western", "other", "unknown")
SOURCES_FILE = "sources.csv"
COLUMNS_FILE = "columns.csv"   # a corpus folder's own names for its tables' columns: ``field,column`` rows
METADATA_SUFFIXES = {".json", ".md", ".yaml", ".yml", ".py", ".ipynb"}  # never articles; nor is SOURCES_FILE
_CLOSERS = (".", "!", "?", '"', "”", "’", "'", ")", "»", "…")
PROBLEM_SEP = " | "
_PHOTO_MARK = "\x00photo"  # stands where a photo credit line was, while the header is parsed  # joins several problems of one file in the `problems` column
MAX_BYTES = 1_000_000  # a news article is tens of kilobytes; past this a file is not parsed

COLUMNS = [
    "file", "row", "title", "standfirst", "body", "raw", "published", "published_from", "published_month",
    "outlet", "outlet_from", "label", "perspective", "language", "language_from", "url", "credit", "photo_credit", "section",
    "dateline", "byline", "encoding", "n_words", "n_paragraphs", "repeats_dropped", "truncated", "problems",
    "cleaning", "notes",
]


class CorpusError(ValueError):
    """Raised by ``load_corpus(..., strict=True)`` for the first file with a problem."""


# ---------------------------------------------------------------------------------------------
# Header, dateline and boilerplate patterns. They describe layouts, not particular articles.

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"

# " date 2023-11-20 " at the very start of a file: a scraper's date stamp.
_DATE_STAMP = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_MONTH_STAMP = re.compile(r"\A[ \t]*date[ \t]+((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![-\d])[ \t]*")  # " date 2023-11": a month
# "Source: Sputnik Monday, November 20, 2023 | 09:15"
_SOURCE_STAMP = re.compile(
    rf"\bSource:\s*(?P<credit>.+?)\s+(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+"
    rf"(?P<year>\d{{4}})(?:\s*[|,]?\s*(?P<time>\d{{1,2}}:\d{{2}}))?"
)
# "HELSINKI, November 15. /TASS/." "Helsinki, Dec. 15, (dpa) –" "MOSCOW, Nov 20 (Reuters) -"
# ... and "YEREVAN, JANUARY 24, ARMENPRESS.": the month in capitals, the agency's name in capitals after a comma
_DATELINE = re.compile(
    rf"\A(?P<place>[A-ZÅÄÖ][A-Za-zÅÄÖåäö'’. -]{{1,40}}?)(?=,|\s*[(/])"
    rf"(?:,\s+(?:(?P<month>(?i:{_MONTH}))\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>(?i:{_MONTH})))"
    rf"(?:,?\s+(?P<year>\d{{4}}))?)?\s*[.,]?\s*"
    rf"(?:(?:/(?P<agency1>[A-Za-z][\w .-]{{0,20}})/|\((?P<agency2>[A-Za-z][\w .-]{{0,20}})\)|(?<=, )(?P<agency3>[A-Z][A-Z-]{{2,20}})\.(?=\s))"
    rf"\s*\.?\s*)?"
    rf"(?:[-–—]\s*)?"
)
# "21st November 2023 – (Moscow) The Kremlin ...": the date first, the place in brackets
_DATELINE_DATE_FIRST = re.compile(
    rf"\A(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH}),?\s+(?P<year>\d{{4}})\s*[-–—]\s*"
    rf"\((?P<place>[A-ZÅÄÖ][A-Za-zÅÄÖåäö'’. -]{{1,40}})\)\s*(?P<month>(?!))?(?P<day>(?!))?(?P<agency1>(?!))?(?P<agency2>(?!))?(?P<agency3>(?!))?")
# "By Anne Kauranen and Essi Lehto" / "By John Smith, Reuters" on a line of its own
_BYLINE = re.compile(r"^By\s+[A-ZÅÄÖ][\w'’.-]+(?:\s+[A-ZÅÄÖ][\w'’.-]+){0,3}"
                     r"(?:\s*(?:,|and|&)\s*[A-ZÅÄÖ][\w'’.-]+(?:\s+[A-ZÅÄÖ][\w'’.-]+){0,3})*\s*$")
_SHARE_WORDS = re.compile(
    r"\s*\b(?:Tweet|Share(?: on (?:Facebook|Twitter|X|Telegram|VK|WhatsApp))?|Print|Email|E-mail|Copy link|"
    r"Comment|Subscribe|Telegram|VKontakte|Facebook|Twitter|WhatsApp)\b(?=\s|$)"
)
# Whole lines that are page furniture, not article text.
# The Russian, Finnish and Swedish words are the same furniture in those languages ("Поделиться" / "Jaa" / "Dela" =
# Share, "Читайте также" / "Lue myös" / "Läs också" = Read also ...).
_SHARE_BUTTON = (r"(?:Tweet|Share|Print|Email|Copy link|Comments?|Telegram|VK|VKontakte|WhatsApp|Facebook|Twitter|"
                 r"Одноклассники|Поделиться|Печать|Комментарии|Jaa|Tulosta|Kommentoi|Dela|Skriv ut|Kommentera)")
_BOILERPLATE_LINES = [
    (re.compile(rf"^{_SHARE_BUTTON}(?:\s+{_SHARE_BUTTON})*\s*$", re.I), "share buttons"),
    (re.compile(r"^(?:Advertisement|ADVERTISEMENT|Ad|Sponsored|Реклама|Mainos|Annons)\s*$"), "advertisement marker"),
    (re.compile(r"^(?:Read (?:more|also)|See also|Related(?: articles| stories)?|Читайте (?:также|еще|ещё)|"
                r"Смотрите также|См\. также|Lue (?:myös|lisää)|Katso myös|Läs (?:också|mer|även)|Se även)\b.{0,200}$", re.I),
     "link to another article"),
    (re.compile(r"^(?:По теме|Ещё по теме|Еще по теме|Рекомендуем|Популярное|Новости партнеров|Aiheesta lisää|"
                r"Luetuimmat|Relaterat|Mest läst)\s*:?\s*$", re.I), "heading of a list of other articles"),
    (re.compile(r"^(?:Follow|Subscribe to|Join) (?:us|our)\b.{0,200}$", re.I), "follow/subscribe prompt"),
    (re.compile(r"^(?:Подписывайтесь|Подпишитесь) на\b.{0,200}$|^(?:Seuraa|Tilaa)\b.{0,120}$|^(?:Följ|Prenumerera)\b.{0,120}$"
                r"|^(?:Подписаться|Subscribe|Tilaa|Prenumerera)\s*$"),
     "follow/subscribe prompt"),
    # a reader asked to pay for the outlet: "Поддержать", "ваша поддержка", "support independent journalism"
    (re.compile(r"^(?:Поддержать|Поддержите нас|Donate|Support us|Tue meitä|Stöd oss)\s*$|"
                r"^.{0,200}\b(?:ваша поддержка|поддержите (?:нас|редакцию|проект)|support (?:our|independent) journalism|"
                r"tue (?:työtämme|journalismia)|stöd (?:vår|oberoende) journalistik)\b.{0,200}$", re.I), "donation appeal"),
    (re.compile(r"^.{0,80}\b(?:cookies?|JavaScript is disabled|enable JavaScript)\b.{0,200}$", re.I), "cookie or browser notice"),
    (re.compile(r"^(?:Sign up|Log in|Register|Subscribe)\b.{0,120}$", re.I), "sign-up prompt"),
    # "Start your 14-day free trial", "Unlimited access and 20 years of archives": a paywall's offer, whose numbers
    # are no figures of the story
    (re.compile(r"^.{0,160}\b(?:free trial|already a subscriber|unlimited (?:digital )?access|subscribe (?:now|today|for)|"
                r"years of (?:our )?archives?|digital subscription)\b.{0,200}$", re.I), "paywall offer"),
    (re.compile(r"^(?:(?:en|eng|ru|rus|ua|uk|ukr|fi|fin|sv|swe|se|de|fr|et|est|lv|lt|pl|no|nb|da|рус|укр|eng)\b[\s|/·•]*){2,8}$", re.I),
     "language switcher"),
    (re.compile(r"^(?:Skip to (?:main )?(?:content|navigation|search)|Jump to (?:main )?content|Main menu|Menu|Search|"
                r"Hoppa till (?:innehåll|huvudinnehåll)|Siirry (?:sisältöön|pääsisältöön)|Hyppää sisältöön|"
                r"Перейти к (?:содержанию|основному содержанию)|Главное меню|Меню|Поиск|Valikko|Haku|Sök)\s*$", re.I),
     "navigation link"),
    # a site menu whose items lost their spaces: "Картина дняПолитикаЭкономикаОбществоПроисшествия"
    (re.compile(r"^(?=(?:.*?[a-zа-яёåäö]{3}[A-ZА-ЯЁÅÄÖ][a-zа-яёåäö]{2}){3})[^.!?]{0,300}$"), "navigation menu"),
    (re.compile(r"^(?:Photo|Image|Kuva|Фото|Foto|Bild)\s*:\s*\S.{0,120}$", re.I), "photo credit line"),
    (re.compile(r"^©.{0,120}$"), "copyright line"),
    # a picture's caption line with its width in pixels and its date: "Города мира. Хельсинки - Sputnik Армения, 1920, 30.11.2023"
    (re.compile(r"^.{0,200}[,\s](?:[6-9]\d\d|1\d\d\d|2\d\d\d),\s*\d{1,2}\.\d{1,2}\.\d{4}$"), "picture metadata (width, date)"),
    (re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b.{0,300}$", re.I), "wire-service credit line"),
    (re.compile(r"^Our Standards:.{0,200}$"), "wire-service standards line"),
    (re.compile(r"^[a-z]{2,4}(?:[/-][a-z]{2,4}){1,3}$"), "wire-service desk initials"),
]
# An agency/photographer credit: "EPA-EFE/MAXIM SHIPENKOV", "© Sputnik / Ilya Pitalev", "Lehtikuva/Heikki Saukkomaa"
_PHOTO_CREDIT = re.compile(r"(?:©\s*)?[A-Z][\w-]*(?:\s?/\s?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})+\s*$")
_SECTION_WORDS = {
    "world", "politics", "europe", "russia", "finland", "society", "economy", "business", "opinion",
    "news", "military", "defense", "defence", "analysis", "nordic", "baltic", "international",
    "domestic", "culture", "science", "sport", "sports", "in-depth", "region", "regions", "world news",
    # the same sections in Russian, Finnish and Swedish
    "новости", "политика", "мир", "в мире", "общество", "экономика", "происшествия", "россия", "финляндия",
    "регион", "регионы", "аналитика", "мнения", "uutiset", "kotimaa", "ulkomaat", "politiikka", "talous",
    "kulttuuri", "urheilu", "nyheter", "inrikes", "utrikes", "politik", "ekonomi", "kultur", "sport", "världen",
}
_TITLE_TAIL_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "from", "by", "at", "as",
    "that", "says", "say", "said", "is", "are", "was", "were", "will", "over", "into", "its", "their",
}


@dataclass
class _Parsed:
    title: str = ""
    standfirst: str = ""
    paragraphs: list[str] = field(default_factory=list)
    published: pd.Timestamp = pd.NaT
    published_from: str | None = None
    published_month: str = ""  # "2023-11" from a month-only stamp: no day, but the year and month
    credit: str = ""
    photo_credit: str = ""
    section: str = ""
    dateline: str = ""
    byline: str = ""
    repeats_dropped: int = 0
    cleaning: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Public API


def load_corpus(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    strict: bool = False,
    sources: str | Path | pd.DataFrame | None = None,
    max_bytes: int = MAX_BYTES,
    columns: dict | None = None,
) -> pd.DataFrame:
    """Load articles into one dataframe, one row per article, indexed by ``article_id``: the file stem, and for
    a table of articles ``<file stem>-<row number>`` (``row`` says which row of ``file``).

    ``path_or_paths`` is a folder (every file in it but hidden files and metadata such as
    ``sources.csv``) or a list of files. A text file or an HTML page (``.html``, ``.htm``) is one article;
    ``.csv``, ``.jsonl`` and ``.parquet`` files are tables of articles, one per row, whose columns are read by
    ``formats.COLUMN_NAMES`` (``columns`` replaces a field's names: ``columns={"body": "story_text"}``).
    ``sources`` is a table with a ``file`` column and
    ``outlet, perspective, language, url, notes`` (default: ``sources.csv`` beside each file) for the files of
    one article; a table's rows give their own (perspective ``unknown`` without a ``perspective`` column).
    A file of one article with no row loads with perspective ``unknown`` and a problem saying so.
    ``strict=True`` raises :class:`CorpusError` naming the first file with a problem.
    In pieces, as the Dask engine loads a corpus over its workers: ``plan_corpus`` (the articles, their ids and
    where each is read), ``load_files`` (any slice of the plan), ``label_articles`` (labels need every article).
    """
    plan = plan_corpus(path_or_paths, sources=sources, columns=columns)
    return label_articles(load_files(plan, strict=strict, max_bytes=max_bytes))


def plan_corpus(path_or_paths, *, sources: str | Path | pd.DataFrame | None = None,
                columns: dict | None = None) -> list[tuple[Path, str, dict, str]]:
    """What ``load_corpus`` will load, in order: ``(file, article_id, where, problem)`` per article. ``where`` is
    ``{"sources": <its sources.csv row>}`` (empty without one) for a file of one article, and
    ``{"row": <row number>, "columns": <column names>}`` for a row of a table of articles (``"row": None`` for a
    table none of whose rows can be read: one article, with the file's problem). A table is read here to number
    its rows; a slice of the plan loads only its own rows. Two articles with the same id get ids ``id``, ``id~2``
    (the problem says so)."""
    files = _list_files(path_or_paths)
    table = _sources_table(sources, files)
    names = column_names(columns if columns is not None else folder_columns(path_or_paths))
    plan = []
    seen_ids: dict[str, int] = {}
    for path in files:
        kind = TABLE_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            units = [(path.stem, {"sources": table[path.name]} if path.name in table else {})]
        else:
            rows = _read_table(path, kind, names).rows
            units = [(f"{path.stem}-{r.row}", {"row": r.row, "columns": names}) for r in rows] or \
                [(path.stem, {"row": None, "columns": names})]
        for aid, where in units:
            problem = ""
            if aid in seen_ids:
                seen_ids[aid] += 1
                first = aid
                aid = f"{aid}~{seen_ids[aid]}"
                problem = f"{path.name}: the id '{first}' is taken (another file has the same name stem); loaded as '{aid}'"
            else:
                seen_ids[aid] = 1
            plan.append((path, aid, where, problem))
    return plan


def load_files(plan: list[tuple[Path, str, dict, str]], *, strict: bool = False, max_bytes: int = MAX_BYTES) -> pd.DataFrame:
    """The articles of *plan* (``plan_corpus``, or a slice of it), indexed by ``article_id``, with ``label`` empty
    until ``label_articles`` sets it for the whole corpus. A table is read once per call, whatever rows of it
    the slice holds."""
    rows = []
    tables: dict[Path, object] = {}
    for path, aid, where, problem in plan:
        if "row" in where:
            kind = TABLE_SUFFIXES.get(path.suffix.lower(), "csv")
            if path not in tables:
                tables[path] = _read_table(path, kind, where["columns"])
            row = _load_row(path, tables[path], where["row"], max_bytes=max_bytes)
        else:
            row = _load_one(path, where.get("sources"), max_bytes=max_bytes)
        if problem:
            row["problems"].append(problem)
        row["article_id"] = aid
        rows.append(row)
        if strict and row["problems"]:
            raise CorpusError(PROBLEM_SEP.join(row["problems"]))
    articles = pd.DataFrame(rows, columns=["article_id", *COLUMNS])
    if not rows:
        articles = articles.astype({"published": "datetime64[ns]"})
    articles["problems"] = articles["problems"].map(PROBLEM_SEP.join)
    articles["published"] = pd.to_datetime(articles["published"])
    articles["label"] = ""
    articles["row"] = articles["row"].astype("Int64")
    for col in ("n_words", "n_paragraphs", "repeats_dropped"):
        articles[col] = articles[col].astype("int64")
    return articles.set_index("article_id")


def label_articles(articles: pd.DataFrame, labels: pd.Series | None = None) -> pd.DataFrame:
    """*articles* with their ``label`` (``labels``, or computed from *articles* as the whole corpus: a label tells
    apart articles of one outlet, so it needs them all)."""
    labels = _labels(articles.reset_index()).set_axis(articles.index) if labels is None else labels.loc[articles.index]
    articles["label"] = labels.astype(articles["label"].dtype if len(articles) else object).to_numpy()
    return articles


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per body paragraph: ``article_id, paragraph_no, text, start, end`` (offsets into ``body``).

    >>> from helpers.paths import SEEDS
    >>> p = paragraphs(load_corpus(SEEDS))
    >>> p.groupby("article_id").size().tolist()
    [5, 6]
    """
    rows = []
    for aid, body in articles["body"].items():
        for no, (a, b) in enumerate(split_paragraphs(body or "")):
            rows.append((aid, no, body[a:b], a, b))
    return pd.DataFrame(rows, columns=["article_id", "paragraph_no", "text", "start", "end"])


def sentences(articles: pd.DataFrame, *, fields: Iterable[str] = ("body",)) -> pd.DataFrame:
    """One row per sentence: ``article_id, field, paragraph_no, sentence_no, text, start, end``.

    ``field`` is ``title``, ``standfirst`` or ``body``; ``start``/``end`` are offsets into that
    field of the article. ``sentence_no`` counts across the fields asked for, in order.

    >>> from helpers.paths import SEEDS
    >>> s = sentences(load_corpus(SEEDS), fields=("title", "body"))
    >>> s.iloc[0][["field", "text"]].tolist()
    ['title', 'Finland terminates cross-border cooperation deal with Russia']
    """
    rows = []
    fields = tuple(fields)
    for aid, art in articles.iterrows():
        no = 0
        for fld in fields:
            text = art.get(fld) or ""
            for pno, (pa, pb) in enumerate(split_paragraphs(text)):
                for a, b in split_sentences(text[pa:pb]):
                    rows.append((aid, fld, pno, no, text[pa + a:pa + b], pa + a, pa + b))
                    no += 1
    return pd.DataFrame(rows, columns=["article_id", "field", "paragraph_no", "sentence_no", "text", "start", "end"])


def cleaning_log(articles: pd.DataFrame) -> pd.DataFrame:
    """What loading did to each file: one row per action or problem (``article_id, file, kind, detail``).

    >>> from helpers.paths import SEEDS
    >>> log = cleaning_log(load_corpus(SEEDS))
    >>> sorted(log["kind"].unique())
    ['cleaned']
    """
    rows = []
    for aid, art in articles.iterrows():
        for action in art["cleaning"]:
            rows.append((aid, art["file"], "cleaned", action))
        for problem in filter(None, art["problems"].split(PROBLEM_SEP)):
            rows.append((aid, art["file"], "problem", problem))
    return pd.DataFrame(rows, columns=["article_id", "file", "kind", "detail"])


# ---------------------------------------------------------------------------------------------
# Reading files


def folder_columns(path_or_paths) -> dict:
    """A corpus folder's ``columns.csv`` (``field,column``: e.g. ``body,story_text``; a field on several rows
    takes each name in turn) as ``load_corpus(..., columns=)`` takes it; ``{}`` without one. So a folder of
    exports with their own column names loads the same way in a notebook, an engine and the report.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "columns.csv").write_text("field,column\\nbody,story\\noutlet,paper\\n")
    >>> folder_columns(d)
    {'body': ['story'], 'outlet': ['paper']}
    """
    if isinstance(path_or_paths, (str, Path)) and Path(path_or_paths).is_dir():
        f = Path(path_or_paths) / COLUMNS_FILE
        if f.is_file():
            rows = pd.read_csv(f, dtype=str, keep_default_na=False)
            if list(rows.columns[:2]) != ["field", "column"]:
                raise CorpusError(f"{f}: its header must be 'field,column', not {','.join(rows.columns)}")
            out: dict[str, list[str]] = {}
            for i, r in enumerate(rows.itertuples(index=False), start=2):
                if r.field.strip() not in COLUMN_NAMES:
                    raise CorpusError(f"{f}: line {i}: {r.field.strip()!r} is not a field; the fields are "
                                      f"{', '.join(COLUMN_NAMES)}")
                if r.column.strip():
                    out.setdefault(r.field.strip(), []).append(r.column.strip())
            return out
    return {}


def _list_files(path_or_paths) -> list[Path]:
    if isinstance(path_or_paths, (str, Path)):
        root = Path(path_or_paths)
        if root.is_dir():
            return sorted(
                p for p in root.iterdir()
                if not p.name.startswith(".") and p.suffix.lower() not in METADATA_SUFFIXES
                and p.name.lower() not in (SOURCES_FILE, COLUMNS_FILE) and (p.is_file() or p.is_symlink())
            )
        return [root]
    return [Path(p) for p in path_or_paths if Path(p).name.lower() not in (SOURCES_FILE, COLUMNS_FILE)]


def _sources_table(sources, files: list[Path]) -> dict[str, dict]:
    frames = []
    if isinstance(sources, pd.DataFrame):
        frames.append(sources)
    elif sources is not None:
        frames.append(pd.read_csv(sources, dtype=str, keep_default_na=False))
    else:
        for folder in sorted({p.parent for p in files}):
            f = folder / SOURCES_FILE
            if f.is_file():
                frames.append(pd.read_csv(f, dtype=str, keep_default_na=False))
    table = {}
    for frame in frames:
        for rec in frame.fillna("").astype(str).to_dict("records"):
            table[Path(rec.get("file", "")).name] = rec
    return table


def _read_bytes(path: Path, max_bytes: int | None) -> tuple[bytes | None, str | None, int]:
    """``(bytes, problem, size)``: at most ``max_bytes + 1`` bytes (all of them when None)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(-1 if max_bytes is None else max_bytes + 1)
    except FileNotFoundError:
        return None, "does not exist (or is a broken link)", 0
    except IsADirectoryError:
        return None, "is a folder, not a file", 0
    except OSError as exc:
        return None, f"could not be read ({exc.strerror or type(exc).__name__})", 0
    return data, None, size


_decode = decode_bytes  # (text, encoding, problem or None): see ``formats.decode_bytes``


def _looks_binary(data: bytes) -> str | None:
    sample = data[:4096]
    if b"\x00" in sample:
        return "looks binary (holds NUL bytes); not parsed"
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and control / len(sample) > 0.05:
        return f"looks binary ({control} control bytes in the first {len(sample)}); not parsed"
    return None


_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d\d|19\d\d)(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def url_date(url: str) -> pd.Timestamp | None:
    """The publication day a URL's path spells out (``/2023/11/16/``, ``/20231120/``, ``-2023-11-16-``), or None.

    Only the path counts (not the host or the query), and only a full year, month and day.

    >>> url_date("https://example.test/world/2023/11/16/finland-border/")
    Timestamp('2023-11-16 00:00:00')
    >>> url_date("https://example.test/news/20231120/finland-1234.html"), url_date("https://example.test/id/12345")
    (Timestamp('2023-11-20 00:00:00'), None)
    >>> url_date("https://example.test/a/74-20060609") is None  # an id whose digits look like a day
    True
    """
    if not isinstance(url, str) or not url.strip():
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?", 1)[0].split("#", 1)[0]
    for m in _URL_DATE.finditer(path):
        if m.group("sep") == "" and (not re.search(r"(?:^|[/_.-])$", path[:m.start()])
                                     or re.search(r"\d[-_.]$", path[:m.start()])):
            continue  # eight digits inside a longer id ("/a/74-20060609": an article number, not a day)
        try:
            return pd.Timestamp(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


_URL_UNIX = re.compile(r"[-_/](?P<t>1[3-9]\d{8})(?:\.s?html?|\.php|/)?$")


def url_unix_day(url: str) -> pd.Timestamp | None:
    """The day (UTC) of a ten-digit number ending a URL's path that reads as a Unix time
    (``.../finland-closes-border-1700161261.html``), or None. Many sites number articles this way,
    and many others use ten-digit ids that are not times: a candidate, to be checked against the
    text and the corpus before it dates anything.

    >>> url_unix_day("https://example.test/news/finland-closes-crossings-1700161261.html")
    Timestamp('2023-11-16 00:00:00')
    >>> url_unix_day("https://example.test/2023/11/16/x-1700161261") is None  # the path's own date wins
    True
    """
    if not isinstance(url, str) or not url.strip() or url_date(url) is not None:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?", 1)[0].split("#", 1)[0]
    m = _URL_UNIX.search(path)
    return pd.Timestamp(int(m.group("t")), unit="s").normalize() if m else None


_URL_MONTH = re.compile(r"/(?P<y>20\d\d|19\d\d)/(?P<m>0[1-9]|1[0-2])/(?!\d)")


def url_month(url: str) -> pd.Period | None:
    """The month a URL's path spells out without a day (``/2023/11/finland-border``), or None.

    A path with a full day is ``url_date``'s; a month is not a publication day, but it places the
    article's year-less dates and bounds its publication.

    >>> url_month("https://example.test/2023/11/finland-to-shut-border"), url_month("https://example.test/2023/11/16/x")
    (Period('2023-11', 'M'), None)
    """
    if not isinstance(url, str) or not url.strip() or url_date(url) is not None:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?", 1)[0].split("#", 1)[0]
    m = _URL_MONTH.search(path)
    return pd.Period(f"{m.group('y')}-{m.group('m')}", freq="M") if m else None


def _blank_row(path: Path) -> dict:
    row: dict = {c: "" for c in COLUMNS}
    row.update(file=relative(path) if path.is_absolute() else path.as_posix(), row=None, published=pd.NaT,
               published_from=None, n_words=0, n_paragraphs=0, truncated=False, repeats_dropped=0, problems=[],
               cleaning=[], encoding="")
    return row


def _take_sources(row: dict, meta: dict | None, fname: str) -> None:
    """Outlet, perspective, language, url and notes of a file of one article from its ``sources.csv`` row."""
    if meta is None:
        row["perspective"] = "unknown"
        row["notes"] = f"no row in {SOURCES_FILE}"
        row["problems"].append(f"{fname}: has no row in {SOURCES_FILE}; perspective set to 'unknown'")
        return
    persp = (meta.get("perspective") or "unknown").strip().lower()
    if persp not in PERSPECTIVES:
        row["problems"].append(f"{fname}: perspective {persp!r} in {SOURCES_FILE} is not one of {', '.join(PERSPECTIVES)}; set to 'unknown'")
        persp = "unknown"
    row.update(outlet=meta.get("outlet", "").strip(), perspective=persp,
               language=_language_code(meta.get("language", "")), url=meta.get("url", "").strip(),
               notes=meta.get("notes", "").strip())
    row["outlet_from"] = "sources" if row["outlet"] else ""


_UTF16_NOTE = "decoded as UTF-16 ({}-endian), as its byte-order mark says (the mark removed)"


def _load_one(path: Path, meta: dict | None, *, max_bytes: int) -> dict:
    """The article of a text file or an HTML page; *meta*: its ``sources.csv`` row (None: it has none)."""
    fname = path.name
    row = _blank_row(path)
    _take_sources(row, meta, fname)
    page = path.suffix.lower() in HTML_SUFFIXES
    limit = max_bytes * HTML_SIZE_FACTOR if page else max_bytes
    data, err, size = _read_bytes(path, limit)
    if err:
        row["problems"].append(f"{fname}: {err}")
        return row
    binary = None if is_utf16(data) else _looks_binary(data)
    if binary:
        row["raw"] = data[:limit].decode("utf-8", errors="backslashreplace")
        row["encoding"] = "binary"
        row["problems"].append(f"{fname}: {binary}")
        return row
    if size > limit:
        text, enc, _ = _decode(data[:limit])
        row.update(raw=text, encoding=enc)
        row["problems"].append(
            f"{fname}: is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit for one {'HTML page' if page else 'article'}; "
            f"not parsed (raw holds its first {limit / 1e6:g} MB; pass max_bytes= to load it)")
        return row
    text, enc, problem = _decode(data)
    declared = declared_charset(data) if page and enc in ("cp1251", "cp1252", "latin-1") else None
    if declared:  # a page that is not UTF-8 says what it is (<meta charset="windows-1251">): no guess needed
        try:
            text, enc, problem = data.decode(declared), declared, None
            row["cleaning"].append(f"decoded as {declared}, the character set the page declares")
        except UnicodeDecodeError:
            pass
    row.update(raw=text, encoding=enc)
    if problem:
        row["problems"].append(f"{fname}: {problem}")
    if enc.startswith("utf-16"):
        row["cleaning"].append(_UTF16_NOTE.format("little" if enc.endswith("le") else "big"))
    if not text.strip():
        row["problems"].append(f"{fname}: is empty" if not text else f"{fname}: holds only whitespace")
        return row
    if page:
        _fill_page(row, text, fname, meta)
        return row

    clean = text
    if "\r" in clean:
        clean = clean.replace("\r\n", "\n").replace("\r", "\n")
        row["problems"].append(f"{fname}: has Windows (CRLF) line ends; read as LF")
    clean = _normal(clean)
    if _looks_html(clean):
        clean, html_title = _html_to_text(clean)
        row["problems"].append(f"{fname}: is an HTML page saved as text; tags and scripts removed, text kept "
                               f"(name it .html to have the page parsed)")
        row["cleaning"].append("HTML tags, scripts, styles and navigation removed")
        if html_title:
            clean = html_title + "\n\n" + clean
    _fill(row, clean, label=fname, sources=meta)
    return row


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\ufeff", "")


def _fill_page(row: dict, html_text: str, fname: str, meta: dict | None) -> None:
    """*row* from an HTML page: trafilatura's text and metadata (``formats.read_html``), then the cleaning every
    article's text goes through. The page's date, address and site name are used where ``sources.csv`` gives none."""
    page = read_html(html_text)
    row["cleaning"].append("HTML page: article text, title, author, site name and address extracted (trafilatura)")
    published, published_from = pd.NaT, None
    for where, value in page.dates:
        day = read_date(value)
        if day is None:
            row["cleaning"].append(f"the page's {where} {value!r} is not a date; ignored")
            continue
        published, published_from = day, "html metadata"
        row["cleaning"].append(f"publication date read from the page's {where} ({value!r})")
        break
    if not row["url"] and page.url:
        row["url"] = page.url
        row["cleaning"].append(f"address {page.url!r} read from the page (og:url or its canonical link)")
    if not row["outlet"] and page.sitename:
        host = re.sub(r"^[a-z]+://(?:www\.)?|[/:].*$", "", page.url or "", flags=re.I)
        row["outlet"], row["outlet_from"] = page.sitename, "url" if page.sitename == host else "html metadata"
        row["cleaning"].append(f"outlet {page.sitename!r} read from the page's "
                               f"{'address' if row['outlet_from'] == 'url' else 'site name (og:site_name, JSON-LD publisher)'}")
    missing = f"{fname}: has no row in {SOURCES_FILE}; perspective set to 'unknown'"
    if meta is None and row["outlet"] and missing in row["problems"]:
        # a page names its own outlet, as a table row does: no row in sources.csv is then no problem
        row["problems"].remove(missing)
        row["notes"] = f"no row in {SOURCES_FILE}: outlet read from the page, perspective unknown"
    if page.problem:
        row["problems"].append(f"{fname}: {page.problem}")
    row["byline"] = page.author
    clean = "\n\n".join(ln.strip() for ln in _normal(page.text).split("\n") if ln.strip())
    _fill(row, clean, label=fname, sources=meta, title=_normal(page.title), published=published,
          published_from=published_from, no_text_problem=not page.problem)


def _fill(row: dict, clean: str, *, label: str, sources: dict | None = None, title: str = "",
          published=pd.NaT, published_from: str | None = None, no_text_problem: bool = True) -> None:
    """*row*'s article from its text *clean* (LF line ends, NFC): the header, furniture and repeats parsed out
    (``_parse``), the date from ``sources.csv`` or the address when the text gives none, the language.
    *title* and *published* are what the page or the table says (they win over the text's own)."""
    parsed = _parse(clean, title=title, published=published, published_from=published_from)
    row.update(
        title=parsed.title, standfirst=parsed.standfirst, body="\n\n".join(parsed.paragraphs),
        published=parsed.published, published_from=parsed.published_from, published_month=parsed.published_month,
        credit=parsed.credit,
        photo_credit=parsed.photo_credit, section=parsed.section, dateline=parsed.dateline,
        byline=row["byline"] or parsed.byline,
        repeats_dropped=parsed.repeats_dropped, n_paragraphs=len(parsed.paragraphs),
    )
    row["cleaning"].extend(parsed.cleaning)
    row["n_words"] = count_words(row["body"])
    if parsed.paragraphs and not parsed.paragraphs[-1].rstrip().endswith(_CLOSERS):
        row["truncated"] = True
        row["cleaning"].append(f"the text ends mid-sentence ({_short(parsed.paragraphs[-1][-40:], 40)!r}): it may be truncated")
    if sources is not None and sources.get("published", "").strip() and pd.isna(row["published"]):
        try:
            row["published"] = pd.Timestamp(sources["published"].strip())
            row["published_from"] = "sources"
        except (ValueError, TypeError):
            row["problems"].append(f"{label}: the published value {sources['published'].strip()!r} in {SOURCES_FILE} is not a date; ignored")
    if pd.isna(row["published"]) and row["url"]:
        day = url_date(row["url"])
        if day is not None:
            row["published"] = day
            row["published_from"] = "url"
    if not parsed.paragraphs and no_text_problem:
        row["problems"].append(f"{label}: no article text left after removing the header and page furniture")
    _set_language(row)


def _read_table(path: Path, kind: str, names: dict) -> Table:
    """The rows of the table of articles at *path* (``formats.read_table``), or a Table whose problem says why none."""
    data, err, _ = _read_bytes(path, None)
    if err:
        return Table(problem=err)
    if not data:
        return Table(problem="is empty")
    binary = None if kind == "parquet" or is_utf16(data) else _looks_binary(data)
    if binary:
        return Table(problem=binary.replace("not parsed", "not read"))
    return read_table(data, kind, columns=names)


def _load_row(path: Path, table: Table, n: int | None, *, max_bytes: int) -> dict:
    """The article of row *n* of a table of articles (``n`` None: the table, none of whose rows could be read).
    The row's own columns are its metadata; a problem names the file and the row, one per row."""
    fname = path.name
    row = _blank_row(path)
    row.update(row=n, perspective="unknown", encoding=table.encoding)
    if n is None or table.problem:
        row["problems"].append(f"{fname}: {table.problem or 'none of its rows could be read'}")
        return row
    label = f"{fname}: row {n}"
    if n == table.rows[0].row:  # what is true of the whole file is said once, on its first row
        if table.decode_problem:
            row["problems"].append(f"{fname}: {table.decode_problem} (every row)")
        if table.encoding.startswith("utf-16"):
            row["cleaning"].append(_UTF16_NOTE.format("little" if table.encoding.endswith("le") else "big"))
    rec = table.find(n)
    if rec is None:
        row["problems"].append(f"{label}: is not in the file any more (it changed after the corpus was planned)")
        return row
    row["raw"] = rec.raw
    reasons = list(rec.reasons)
    v = rec.values
    if v is None:
        row["problems"].append(f"{label}: {'; '.join(reasons)}")
        return row
    cols = rec.columns
    persp = (v["perspective"] or "").strip().lower()
    if persp and persp not in PERSPECTIVES:
        reasons.append(f"perspective {persp!r} is not one of {', '.join(PERSPECTIVES)}; set to 'unknown'")
    elif persp:
        row["perspective"] = persp
    if (v["outlet"] or "").strip():
        row.update(outlet=v["outlet"].strip(), outlet_from="table column")
    if _language_code(v["language"]):
        row.update(language=_language_code(v["language"]), language_from="table column")
    row["url"] = (v["url"] or "").strip()
    row["byline"] = _normal((v["byline"] or "").strip())
    published, published_from = pd.NaT, None
    if v["published"] is not None and str(v["published"]).strip():
        day = read_date(v["published"])
        if day is None:
            reasons.append(f"the date {str(v['published'])[:40]!r} (column {cols['published']!r}) could not be read; "
                           f"published left empty")
        else:
            published, published_from = day, "table column"
    title = _normal(re.sub(r"\s+", " ", v["title"] or "").strip())
    body = v["body"] or ""
    if not body.strip():
        reasons.append(f"has no text (column {cols['body']!r} is empty)" if "body" in cols else
                       f"has no text column (looked for {', '.join(repr(c) for c in table.names['body'])})")
    elif len(body) > max_bytes:
        reasons.append(f"its text is {len(body) / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit for one article; "
                       f"not parsed (pass max_bytes= to load it)")
    if reasons:
        row["problems"].append(f"{label}: {'; '.join(reasons)}")
    if body.strip() and len(body) <= max_bytes:
        _fill(row, _normal(body.replace("\r\n", "\n").replace("\r", "\n")), label=label, title=title,
              published=published, published_from=published_from)
    else:
        row.update(title=title, published=published, published_from=published_from)
        _set_language(row)
    return row


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?"
                       r"\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*")


def read_date(value) -> pd.Timestamp | None:
    """A publication date as a page's metadata or a table's column gives it, to the minute: a date or datetime
    value, ISO 8601 (the time as stated, its offset dropped, as a text's time stamps are read), or any time stamp
    a text's header may hold (``20.11.2023 09:15``, ``November 20, 2023``); None when it is none of these.

    >>> read_date("2023-12-14T08:05:00+02:00"), read_date("20.11.2023"), read_date("last week")
    (Timestamp('2023-12-14 08:05:00'), Timestamp('2023-11-20 00:00:00'), None)
    """
    if isinstance(value, (datetime, date)):
        ts = pd.Timestamp(value)
        return (ts.tz_localize(None) if ts.tzinfo is not None else ts).floor("min")
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.fullmatch(value)
    if m:
        y, mo, d, h, mi = (int(x) if x else 0 for x in m.groups())
        try:
            return pd.Timestamp(y, mo, d, h, mi)
        except ValueError:
            return None
    return _stamp(value.strip()) if value.strip() else None


_LANGUAGE_NAMES = {"english": "en", "russian": "ru", "finnish": "fi", "swedish": "sv", "estonian": "et", "german": "de",
                   "русский": "ru", "suomi": "fi", "svenska": "sv", "eng": "en", "rus": "ru", "fin": "fi", "swe": "sv"}


def _language_code(value) -> str:
    """A language as ``sources.csv`` may write it (``ru``, ``RU``, ``Russian``, ``ru-RU``) as an ISO 639-1 code."""
    v = (value or "").strip().lower() if isinstance(value, str) else ""
    v = _LANGUAGE_NAMES.get(v, v)
    return v.split("-")[0].split("_")[0] if v else ""


def _set_language(row: dict) -> None:
    """``language`` from ``sources.csv`` when it gives one, else detected from the article's text (``language_from``
    says which). The model is loaded only when some article needs it (it takes seconds to load)."""
    if row["language"]:
        row["language_from"] = row["language_from"] or "sources"
        return
    code, _ = detect_language("\n".join(x for x in (row["title"], row["standfirst"], row["body"]) if x))
    if code:
        row.update(language=code, language_from="detected")


# ---------------------------------------------------------------------------------------------
# Parsing the text


def _take_date_stamp(out: _Parsed, stamp: re.Match) -> None:
    """A scraper's ``date YYYY-MM-DD`` stamp: the publication date, unless one was found before it."""
    if pd.isna(out.published):
        out.published, out.published_from = pd.Timestamp(stamp.group(1)), "header"
        out.cleaning.append(f"date stamp 'date {stamp.group(1)}' parsed as the publication date")


def _parse(text: str, *, title: str = "", published=pd.NaT, published_from: str | None = None) -> _Parsed:
    """The title, header metadata, furniture, repeats and paragraphs of an article's text. A *title* or a
    *published* date given (an HTML page's, a table's) is the article's: the text's own then only leave it."""
    out = _Parsed(published=published, published_from=published_from)
    taken = None  # the line of the text taken as its title
    month = _MONTH_STAMP.match(text)
    if month:  # " date 2023-11 <first sentence>": the month is metadata, the rest of the line article text
        out.published_month = month.group(1)
        out.cleaning.append(f"date stamp 'date {month.group(1)}' parsed as the publication month (no day)")
        text = text[month.end():]
    stamp = _DATE_STAMP.match(text)
    if stamp:
        _take_date_stamp(out, stamp)
        first_nl = text.find("\n", stamp.end())
        first_nl = len(text) if first_nl < 0 else first_nl
        header = text[stamp.end():first_nl]
        text = text[first_nl:]
        if _SOURCE_STAMP.search(header):
            _parse_header_line(header, out)
        else:
            text = header + text  # only a date stamp: the rest of the line is article text

    paras = []
    for a, b in split_paragraphs(text):
        paras.extend(_block_paragraphs(text[a:b]))

    kept = []
    trailer_byline = ""  # "(Reporting by ...)": the byline when the article has none above it
    for p in paras:
        reason = _boilerplate(p)
        if reason:
            out.cleaning.append(f"removed {reason}: {_short(p)!r}")
            credit = re.match(r"^\(?Reporting by ([^;)]+)", p) if reason == "wire-service credit line" else None
            if credit and not trailer_byline:
                trailer_byline = credit.group(1).strip()
            if reason in ("photo credit line", "copyright line"):
                out.photo_credit = out.photo_credit or re.sub(r"^(?:Photo|Image|Kuva|Фото|Foto|Bild)\s*:\s*|^©\s*", "", p).strip()
                kept.append(_PHOTO_MARK)  # where the photo stood: a standfirst sits above it
        else:
            kept.append(p)
    paras = kept

    # The lines above the story: a title, bylines, agency names, time stamps, in any order.
    for _ in range(8):
        if not paras:
            break
        first = paras[0]
        stamp = None if first is _PHOTO_MARK else _stamp(first)
        if first is _PHOTO_MARK:
            paras.pop(0)
        elif (ds := _DATE_STAMP.match(first)) is not None:
            # a scraper's date stamp under the title ("date 2023-11-20 <the title again>"): the date, then the text
            _take_date_stamp(out, ds)
            rest = first[ds.end():].strip()
            if rest:
                paras[0] = rest
            else:
                paras.pop(0)
        elif stamp is not None:
            paras.pop(0)
            _take_stamp(out, stamp, first)
        elif _STAMP_TIME.fullmatch(first) and out.published_from is not None and out.published == out.published.normalize():
            # "11 января 2024" then "14:57" on a line of its own: the time of the stamp above
            paras.pop(0)
            hh, mm = int(_STAMP_TIME.fullmatch(first).group("h")), int(_STAMP_TIME.fullmatch(first).group("mi"))
            if hh < 24 and mm < 60:
                out.published += pd.Timedelta(hours=hh, minutes=mm)
            out.cleaning.append(f"time {first!r} under the time stamp moved to metadata")
        elif (glued := _GLUED_SECTION.match(first)) and not out.title and not out.section:
            # "ПолитикаПесков назвал ...": the section's link glued to the title
            out.section, paras[0] = glued.group(1), first[glued.end():]
            out.cleaning.append(f"section {out.section!r} glued to the first line moved to metadata")
        elif (found := _stamp_and_tail(first)) is not None:
            # "14 декабря 2023, источник: Фонтанка", "29.11.2023, 12:48 Новости / Общество": a stamp and its credit
            paras.pop(0)
            _take_stamp(out, found[0], first)
            out.credit = out.credit or found[1]
        elif _BYLINE.match(first) and len(first) < 120 and not out.byline:
            out.byline = paras.pop(0)[3:].strip()
            out.cleaning.append(f"byline {out.byline!r} moved to metadata")
        elif (dated := _dated_byline(first)) is not None and not out.byline:
            # "By Jane Doe, The Gazette - November 28, 2023": a byline closed by a time stamp
            paras.pop(0)
            out.byline = dated[0]
            out.cleaning.append(f"byline {out.byline!r} moved to metadata")
            _take_stamp(out, dated[1], dated[2])
        elif first.lower() in _SECTION_WORDS and not out.section and not out.title:
            out.section = paras.pop(0)  # "Новости" above the time stamp and the title: the site's section
            out.cleaning.append(f"section line {out.section!r} moved to metadata")
        elif first in _AGENCY_NAMES:
            out.credit = out.credit or paras.pop(0)
            out.cleaning.append(f"agency line {first!r} moved to metadata")
        elif not out.title and _is_title(first, paras[1:]):
            out.title = taken = paras.pop(0)
            out.cleaning.append("first line taken as the title")
        else:
            break
    if title:  # the page's or the table's title is the article's
        if taken is not None:
            out.cleaning.remove("first line taken as the title")
            if _norm(taken) == _norm(title):
                out.cleaning.append("the title above the text dropped (the title given)")
            else:
                paras.insert(0, taken)  # a short first line that is not the title: article text
        out.title = title
    # A standfirst: one or two short paragraphs between the title and a dateline or a photo.
    if out.title and not out.standfirst:
        for k in (1, 2):
            if len(paras) > k and all(p is not _PHOTO_MARK and count_words(p) <= 60 for p in paras[:k]) and (
                    paras[k] is _PHOTO_MARK or _dateline_match(paras[k]) is not None or _stamp(paras[k]) is not None):
                out.standfirst = " ".join(paras[:k])
                del paras[:k]
                stamp = _stamp(paras[0]) if paras[0] is not _PHOTO_MARK else None
                out.cleaning.append(f"standfirst {_short(out.standfirst)!r} taken from above the "
                                    f"{'photo' if paras[0] is _PHOTO_MARK else ('time stamp' if stamp is not None else 'dateline')}")
                if stamp is not None:  # a time stamp under the standfirst: "15 Dec, 2023 14:32"
                    _take_stamp(out, stamp, paras.pop(0))
                break
    paras = [p for p in paras if p is not _PHOTO_MARK]
    _take_leading_stamps(paras, out)
    crumbs = _BREADCRUMB.match(out.title)
    if crumbs and crumbs.end() < len(out.title):  # "Главная / Мир / Финляндия снова закроет ...": the site's path
        out.section = out.section or crumbs.group(0).strip(" /").split("/")[-1].strip()
        out.cleaning.append(f"breadcrumb {crumbs.group(0).strip()!r} before the title moved to metadata")
        out.title = out.title[crumbs.end():]
    out.byline = out.byline or trailer_byline
    if paras:
        _take_dateline(paras, out)
    _cut_listing(paras, out)
    if paras and _BYLINE.match(paras[-1]) and len(paras[-1]) < 120:
        out.byline = out.byline or paras[-1][3:].strip()
        out.cleaning.append(f"closing byline {paras.pop()!r} moved to metadata")

    paras = _drop_repeats(paras, out)
    out.paragraphs = paras
    return out


_BREADCRUMB = re.compile(r"(?:Главная|Home|Etusivu|Hem|Startsida)(?:\s*/\s*[^/\n]{1,30}?){0,3}\s*/\s*")
LEADING_STAMP_WORDS = 15  # the lines above the story end at its first paragraph this long


def _stamp_and_tail(line: str):
    """``(stamp, tail)`` of a line that is a time stamp, alone or followed by a source ("источник: X") or a short credit
    or section after a dash, a bracket, a bar, a slash or a space ("27 октября 2023, 14:27 — Общественная служба новостей", "29.11.2023, 12:48 Новости
    / Общество", "29 ноября 2023, 13:01 [ «Аргументы Недели» ]"), else None."""
    if len(line) > 120:
        return None
    stamp = _stamp(line)
    if stamp is not None:
        return stamp, ""
    src = _SOURCE_TAIL.search(line)  # "14 декабря 2023, источник: Фонтанка"
    if src and (stamp := _stamp(line[:src.start()])) is not None:
        return stamp, src.group(1).strip()
    for m in re.finditer(r"\s+(?:[—–|/\[]|-(?=\s|$))?\s*", line):
        head, tail = line[:m.start()], line[m.end():].strip(" \t]")
        if not tail or len(tail.split()) > 6 or tail.endswith((".", "!", "?")) or any(c.isdigit() for c in tail):
            continue
        stamp = _stamp(head)
        if stamp is not None:
            return stamp, tail
    return None


def _take_leading_stamps(paras: list, out: _Parsed) -> None:
    """Time stamps among the lines above the story (before its first paragraph of ``LEADING_STAMP_WORDS`` words),
    which the header's parse stopped short of ("Test", "Политика", the title, "27 октября 2023, 14:27 — ОСН"): metadata,
    the first of them the publication date when none was read."""
    i = 0
    while i < len(paras) and i < 8:
        found = _stamp_and_tail(paras[i])
        if found is None:
            if count_words(paras[i]) >= LEADING_STAMP_WORDS:
                break  # the story has begun
            i += 1
            continue
        line = paras.pop(i)
        stamp, tail = found
        _take_stamp(out, stamp, line)
        if tail and not out.credit:
            out.credit = tail


def _parse_header_line(header: str, out: _Parsed) -> None:
    """A one-line page header: ``[section] title [standfirst] Source: X <date> | hh:mm [share] [photo credit]``."""
    m = _SOURCE_STAMP.search(header)
    before, after = header[:m.start()].strip(), header[m.end():]
    out.credit = m.group("credit").strip()
    month = MONTHS[m.group("month").rstrip(".").lower()[:3] if m.group("month").lower()[:4] != "sept" else "sept"]
    stamp = pd.Timestamp(int(m.group("year")), month, int(m.group("day")))
    if m.group("time"):
        hh, mm = m.group("time").split(":")
        stamp += pd.Timedelta(hours=int(hh), minutes=int(mm))
    if pd.isna(out.published) or stamp.normalize() == out.published.normalize():
        out.published = stamp
    else:
        out.cleaning.append(f"header dates disagree: date stamp {out.published.date()} vs source line {stamp}; kept the date stamp")
    share = _SHARE_WORDS.findall(after)
    rest = _SHARE_WORDS.sub(" ", after).strip()
    if share:
        out.cleaning.append(f"removed share-button words {' '.join(s.strip() for s in share)!r}")
    if rest:
        pc = _PHOTO_CREDIT.search(rest)
        if pc and pc.start() == 0:
            out.photo_credit = rest
            out.cleaning.append(f"photo credit {rest!r} moved to metadata")
        else:
            out.cleaning.append(f"kept unparsed header text {rest!r} as metadata (notes)")
            out.photo_credit = ""
    words = before.split()
    if words and words[0].lower() in _SECTION_WORDS and len(words) > 3:
        out.section = words[0]
        before = before[len(words[0]):].strip()
    out.title, out.standfirst = _split_title_standfirst(before)
    out.cleaning.append("header line parsed into section, title, standfirst, credit and publication time")


def _split_title_standfirst(text: str) -> tuple[str, str]:
    """Split ``Headline words Standfirst sentence.`` where no punctuation marks the boundary."""
    if not text.endswith((".", "!", "?", '"', "”")):
        return text, ""
    for m in re.finditer(r"(?<=\s)([A-ZÅÄÖ][\w’'-]*)\s+([a-zåäö][\w’'-]*)", text):
        title = text[:m.start()].strip()
        tail = title.split()[-1].lower() if title.split() else ""
        if len(title.split()) < 3 or title.endswith((":", ",", "-", "–")) or tail in _TITLE_TAIL_WORDS:
            continue
        return title, text[m.start():].strip()
    return text, ""


_AGENCY_NAMES = {"Associated Press", "Reuters", "AFP", "Agence France-Presse", "dpa", "TASS", "RIA Novosti",
                 "Interfax", "Sputnik", "Bloomberg", "STT", "Xinhua", "AP", "UPI", "EFE", "ANSA"}
_KNOWN_AGENCIES = {a.lower() for a in _AGENCY_NAMES} | {"ap", "afp", "efe", "ria", "bns", "leta", "err", "yle", "ntb", "tt", "pap"}
# Month names of time stamps in Russian (genitive), Finnish (partitive) and Swedish: "14 декабря 2023",
# "14. joulukuuta 2023", "14 december 2023"; the number of each is its position in these lists.
_LOCAL_MONTHS = [
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"),
    ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
     "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
     "december"),
]
LOCAL_MONTHS = {name: i for names in _LOCAL_MONTHS for i, name in enumerate(names, 1)}
_LOCAL_MONTH = "(?:" + "|".join(sorted(LOCAL_MONTHS, key=len, reverse=True)) + ")"
_STAMP_DATES = [
    ("mdy", re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})")),
    ("dmy", re.compile(rf"(?P<d>\d{{1,2}})\.?\s+(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})")),
    ("dmy", re.compile(rf"(?P<d>\d{{1,2}})\.?\s+(?P<m>(?i:{_LOCAL_MONTH})),?\s+(?P<y>\d{{4}})(?:\s*(?:г\.|года?))?")),
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<t>\d{2}:\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")),
    ("dot", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.]\d)")),
    ("slash", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")),
]
_GLUED_SECTION = re.compile(r"(" + "|".join(sorted((w.capitalize() for w in _SECTION_WORDS if " " not in w), key=len,
                                                    reverse=True)) + r")(?=[A-ZА-ЯЁÅÄÖ][a-zа-яёåäö])")
_SOURCE_TAIL = re.compile(r"[,;|]?\s*(?:источник|lähde|källa|source)\s*:\s*(\S.{0,60})$", re.I)
_STAMP_TIME = re.compile(r"(?<![\d.:])(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::\d{2})?\s*(?P<ap>[AaPp]\.?\s?[Mm]\.?)?(?![\d])")
# weekdays in Russian, Finnish and Swedish, as a time stamp may open with one: "Воскресенье, 14 апреля 2024, 15:00"
_LOCAL_WEEKDAY = (r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|maanantai|tiistai|keskiviikko|"
                  r"torstai|perjantai|lauantai|sunnuntai|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)")
_STAMP_REST = re.compile(
    rf"(?:Published|Updated|Last updated|First published|Posted|Issued(?: on)?|Modified|Date|Publication|Julkaistu|Päivitetty"
    rf"|in\s+(?:English|Finnish|Swedish|Russian)"
    rf"|{_WEEKDAY}|{_LOCAL_WEEKDAY}|Опубликовано|Обновлено|Publicerad|Uppdaterad|Utgivningsdatum|Publiceringsdatum"
    rf"|Julkaisupäivä|på\s+(?:svenska|finska|engelska)|suomeksi|ruotsiksi|englanniksi|на\s+русском"
    rf"|GMT|UTC|EET|EEST|MSK|CET|CEST|BST|EST|EDT|Z|at|on|klo|kl)\b|[+-]\s*\d{{1,2}}(?::?\d{{2}})?\b|[\s,|:;()\-–—/.]+",
    re.IGNORECASE,
)


def _take_stamp(out: _Parsed, stamp: pd.Timestamp, line: str) -> None:
    """A header's time stamp: the publication date unless one is already known; noted either way."""
    if pd.isna(out.published):
        out.published, out.published_from = stamp, "text"
        out.cleaning.append(f"time stamp {line!r} read as the publication date and moved to metadata")
    else:
        out.cleaning.append(f"time stamp {line!r} moved to metadata (publication date already known)")


def _dated_byline(line: str):
    """(byline, stamp, stamp text) of a byline closed by a time stamp after a dash or bar, else None."""
    parts = re.split(r"\s[-–—|]\s", line)
    head = " - ".join(parts[:-1])
    if len(line) >= 120 or not head or not _BYLINE.match(head):
        return None
    stamp = _stamp(parts[-1])
    return None if stamp is None else (head[3:].strip(), stamp, parts[-1])


def _stamp(line: str) -> pd.Timestamp | None:
    """The date (and time) of a line that is only a time stamp: ``Updated 6:02 PM EET, November 28, 2023``.

    A line that says anything else (``Finland closed the border on November 28, 2023.``) is not one.

    >>> _stamp("Publication date 29.11.2023 15.12 | Published in English on 29.11.2023 at 17.09")
    Timestamp('2023-11-29 15:12:00')
    """
    if len(line) > 90:
        return None
    for kind, pattern in _STAMP_DATES:
        m = pattern.search(line)
        if not m:
            continue
        g = m.groupdict()
        try:
            if kind == "slash":
                a, b = int(g["a"]), int(g["b"])
                day, month = (b, a) if b > 12 >= a else (a, b)  # day first unless that cannot be
            else:
                day = int(g["d"])
                month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
            stamp = pd.Timestamp(int(g["y"]), month, day)
        except ValueError:
            return None
        rest = line[:m.start()] + " " + line[m.end():]
        t = _STAMP_TIME.search(rest) if not g.get("t") else None
        if t:
            rest = rest[:t.start()] + " " + rest[t.end():]
        # "Publication date 29.11.2023 15.12 | Published in English on 29.11.2023 at 17.09": a second stamp
        rest = _STAMP_TIME.sub(" ", pattern.sub(" ", rest))
        if _STAMP_REST.sub("", rest).strip():
            return None
        hhmm = g.get("t") or (f"{t.group('h')}:{t.group('mi')}" if t else None)
        if hhmm:
            hh, mm = (int(x) for x in hhmm.split(":"))
            ap = (t.group("ap") or "").lower().replace(".", "").replace(" ", "") if t else ""
            if ap == "pm" and hh < 12:
                hh += 12
            elif ap == "am" and hh == 12:
                hh = 0
            if hh < 24 and mm < 60:
                stamp += pd.Timedelta(hours=hh, minutes=mm)
        return stamp
    return None


_DAY_MONTH = re.compile(rf"(?<!\w)\d{{1,2}}\.?\s+(?:{_MONTH}|(?i:{_LOCAL_MONTH}))(?!\w)")  # "12 февраля": no year
_LISTING_LABEL = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")  # "Статьи", "Страна", "World news"
LISTING_WORDS = 40  # the teasers of a list of other articles are headlines: none longer than this
LISTING_STORY_WORDS = 15  # ... and the story above the list has a paragraph at least this long


def _listing_stamp(paragraph: str) -> bool:
    """A paragraph that is only another article's time stamp, with at most a short label:
    ``Страна 29.01.2026 14:00``, ``12.12.2023``, ``Politics | 2023-12-01 09:30``."""
    if len(paragraph) > 60:
        return False
    rest, dated = paragraph, False
    for pattern in (*(p for _, p in _STAMP_DATES), _DAY_MONTH):
        rest, n = pattern.subn(" ", rest)
        dated = dated or n > 0
    rest = _STAMP_TIME.sub(" ", rest).strip(" \t|·•,-–—/")
    return dated and (not rest or _LISTING_LABEL.fullmatch(rest) is not None)


def _cut_listing(paras: list, out: _Parsed) -> None:
    """Cut a list of other articles under the story: from the first paragraph that is only a time stamp (and the
    short labels just above it, "Статьи") to the end, when a paragraph of the story (``LISTING_STORY_WORDS``
    words or more) comes before it and every paragraph after it is a headline's length.

    A time stamp followed by a paragraph longer than ``LISTING_WORDS`` words is an update inside the story and stays.
    """
    story = False  # a list comes under the story: some paragraph above it is a sentence of the story
    for i in range(1, len(paras)):
        p = paras[i]
        story = story or (paras[i - 1] is not _PHOTO_MARK and count_words(paras[i - 1]) >= LISTING_STORY_WORDS)
        if not story or p is _PHOTO_MARK or not _listing_stamp(p):
            continue
        if any(q is not _PHOTO_MARK and count_words(q) > LISTING_WORDS for q in paras[i + 1:]):
            continue
        j = i
        while j > 1 and paras[j - 1] is not _PHOTO_MARK and _LISTING_LABEL.fullmatch(paras[j - 1]):
            j -= 1
        out.cleaning.append(f"removed a list of other articles under the story ({len(paras) - j} paragraph(s), "
                            f"from {_short(paras[j])!r}): a time stamp of another article, then headlines only")
        del paras[j:]
        return


def _line_is_stamp(line: str) -> bool:
    """A line that is only a date and/or a time: ``11 января 2024``, ``14:57``, ``16:23 – 12 февраля``."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return False
    if len(line) <= 60 and (_STAMP_TIME.sub("", line).strip(" \t|·•,-–—/") == "" or _listing_stamp(line)):
        return True
    return _stamp_and_tail(line) is not None


def _block_paragraphs(block: str) -> list[str]:
    """A blank-line-separated block as paragraphs: one per line when its lines read as paragraphs
    (each ends a sentence, or is a short title line), else its lines joined (hard-wrapped text)."""
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    if len(lines) > 1:
        # a time stamp line ("11 января 2024", "14:57", "16:23 – 12 февраля") stands alone, as a finished sentence does
        stamps = [_line_is_stamp(ln) for ln in lines]
        ends = sum(1 for ln, st in zip(lines[:-1], stamps) if ln.endswith(_CLOSERS) or st)
        titles = sum(1 for i, ln in enumerate(lines[:-1]) if not ln.endswith(_CLOSERS) and not stamps[i]
                     and len(ln.split()) <= 16 and (lines[i + 1][:1].isupper() or stamps[i + 1])
                     and not ln.endswith((",", ";", "-")))
        if ends + titles >= 0.8 * (len(lines) - 1) and (ends or len(lines) == 2 or titles == len(lines) - 1):
            return [re.sub(r"[ \t]{2,}", " ", ln) for ln in lines]
    return [re.sub(r"\s+", " ", block).strip()]


def _take_byline(paras: list[str], out: _Parsed) -> None:
    if paras and not out.byline and _BYLINE.match(paras[0]) and len(paras[0]) < 120:
        out.byline = paras.pop(0)[3:].strip()
        out.cleaning.append(f"byline {out.byline!r} moved to metadata")


def _dateline_match(paragraph: str):
    """The dateline opening ``paragraph`` (a regex match), or None when it opens with a sentence."""
    m = _DATELINE_DATE_FIRST.match(paragraph)
    if m and m.end() < len(paragraph):
        return m
    m = _DATELINE.match(paragraph)
    if not m or m.end() >= len(paragraph) or m.end() == 0:
        return None
    agency = _agency(m)
    dashed = bool(re.search(r"[-–—]\s*$", m.group(0)))
    if not (m.group("month") or m.group("month2")):  # "HELSINKI (AP) — ...": a place and a news agency
        known = agency.strip().lower() in _KNOWN_AGENCIES
        if not (agency and (m.group("place").isupper() or known) and (dashed or m.group(0).rstrip().endswith("."))):
            return None
    elif not agency and not dashed and not m.group(0).rstrip().endswith("."):
        # "Helsinki, November 15 was cold" is a sentence, not a dateline; "Helsinki, Dec 15 The government said ...":
        # a dateline run into the first sentence, which starts with a capital after the day
        return m if _SENTENCE_AFTER_DAY.match(paragraph, m.end()) else None
    elif not agency and not m.group("place").isupper() and not dashed:
        return None
    return m


_SENTENCE_AFTER_DAY = re.compile(r"[A-ZÅÄÖ][\w'’-]*\s+[\w'’-]")


def _agency(m: re.Match) -> str:
    """The news agency a dateline names (``/TASS/``, ``(dpa)``, ``, ARMENPRESS.``), or ``""``."""
    return m.group("agency1") or m.group("agency2") or m.group("agency3") or ""


def _take_dateline(paras: list[str], out: _Parsed) -> None:
    m = _dateline_match(paras[0])
    if m is None:
        return
    agency = _agency(m)
    month, day = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
    out.dateline = m.group(0).strip()
    if agency and not out.credit:
        out.credit = agency.strip()
    if m.group("year") and pd.isna(out.published):
        try:
            out.published = pd.Timestamp(int(m.group("year")), _month(month), int(day))
            out.published_from = "text"
        except ValueError:
            pass
    paras[0] = paras[0][m.end():].lstrip()
    out.cleaning.append(f"dateline {out.dateline!r} moved to metadata")


def _month(word: str) -> int:
    w = word.rstrip(".").lower()
    if w in LOCAL_MONTHS:
        return LOCAL_MONTHS[w]
    return MONTHS["sept"] if w.startswith("sept") else MONTHS[w[:3]]


def _is_title(first: str, rest: list[str]) -> bool:
    """A first paragraph is a title when it is short and does not read as a finished sentence."""
    if not rest:
        return False
    words = first.split()
    if not 2 <= len(words) <= 30 or len(first) > 250:
        return False
    return not first.rstrip().endswith((".", ":", ";", ","))


def _boilerplate(paragraph: str) -> str | None:
    if len(paragraph) > 300:
        return None
    for pattern, reason in _BOILERPLATE_LINES:
        if pattern.match(paragraph):
            return reason
    return None


def _norm(p: str) -> str:
    return re.sub(r"\W+", " ", p.lower()).strip()


def _drop_repeats(paras: list[str], out: _Parsed) -> list[str]:
    """Keep the first copy of each paragraph; drop exact and near-exact repeats (and title repeats)."""
    kept: list[str] = []
    kept_norm: list[tuple[str, set]] = []
    exact = near = title_repeats = 0
    title_norm = _norm(out.title) if out.title else None
    for p in paras:
        n = _norm(p)
        if not n:
            continue
        if title_norm and n == title_norm:
            title_repeats += 1
            continue
        words = set(n.split())
        dup = None
        for kn, kw in kept_norm:
            if n == kn:
                dup = "exact"
                break
            if len(words) >= 8 and len(kw) >= 8:
                overlap = len(words & kw) / len(words | kw)
                if overlap >= 0.9 and min(len(n), len(kn)) / max(len(n), len(kn)) >= 0.9:
                    dup = "near"
                    break
        if dup == "exact":
            exact += 1
        elif dup == "near":
            near += 1
        else:
            kept.append(p)
            kept_norm.append((n, words))
    if title_repeats:
        out.cleaning.append(f"dropped {title_repeats} repeat(s) of the title")
    if exact:
        out.cleaning.append(f"dropped {exact} paragraph(s) repeated word for word")
    if near:
        out.cleaning.append(f"dropped {near} near-exact repeated paragraph(s) (≥90% of words shared)")
    out.repeats_dropped = title_repeats + exact + near
    return kept


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _labels(articles: pd.DataFrame) -> pd.Series:
    """A short display name: the outlet, or 'unnamed outlet · <id prefix>' when unknown."""
    ids = articles["article_id"].astype(str)
    prefixes = ids.str.split("_").str[0]
    short = prefixes.where(~prefixes.duplicated(keep=False), ids)
    outlets = articles["outlet"].fillna("").astype(str)
    labels = [o if o else f"unnamed outlet · {s}" for o, s in zip(outlets, short)]
    dupes = pd.Series(labels).duplicated(keep=False).tolist()
    return pd.Series([f"{l} · {s}" if d and not l.startswith("unnamed") else l
                      for l, s, d in zip(labels, short, dupes)], index=articles.index)


# ---------------------------------------------------------------------------------------------
# HTML pages saved as text


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    if re.search(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", head):
        return True
    tags = re.findall(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|meta|link|script|style)\b[^>]*>", text, re.I)
    return len(tags) >= 10 and sum(map(len, tags)) > 0.1 * len(text)


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "aside", "form", "svg", "button"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def _html_to_text(text: str) -> tuple[str, str]:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    body = "".join(parser.parts)
    body = re.sub(r"[ \t]+", " ", body)
    body = re.sub(r"\n[ \t]*", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, html.unescape(parser.title).strip()
