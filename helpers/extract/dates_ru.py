"""Find the date mentions in a Russian article and normalise them (see docs/ANNOTATION.md).

The Russian counterpart of :mod:`helpers.extract.dates`: the same rules, the same output (tuples in
``COLUMNS`` order, sorted by position), the same resolution of relative expressions (it reuses the
English extractor's calendar helpers and its ``_resolve``).  What is Russian is the grammar:

* day and month in the genitive (``18 ноября``, ``13 апреля 2012 года``, ``18-19 ноября``,
  ``с 18 по 20 ноября``), the day also as an ordinal word (``двадцать четвертого января``, ``первого
  декабря``, ``на третье декабря``), ``16.11.2023``; a month alone (``в ноябре``, ``ноябрь``, ``с ноября``);
  parts of a month (``в начале`` / ``в середине`` / ``в конце ноября``);
* the prepositions of range ``с``/``со``, ``до``, ``по`` are kept in the span; ``до`` (and ``к``,
  ``не позднее``) mark a deadline, ``по`` the end of a span (the instance nearest publication);
* nights across two days (``в ночь на 22 ноября``, ``в ночь со среды на четверг``): one mention,
  ``start`` the eve, ``end`` the named day, granularity ``night``;
* weekdays in their cases (``в пятницу``, ``со среды``, ``до понедельника``, ``в прошлую пятницу``),
  relative words (``вчера``, ``на прошлой неделе``, ``в этом году``, ``неделю назад``), seasons
  (``осенью``, ``зимой 2015 года``), years (``в 2021 году``, ``2022-2023 годах``); ``накануне`` (the day
  before an event, not before publication: found, with no value);
* metadata is not a mention: datelines (``ХЕЛЬСИНКИ, 22 ноября. /ТАСС/.``), a line that only dates the page
  (``20.11.2023 / 13:50``, ``Опубликовано: 11.01.2024``, ``Обновлено 12:40, 11 января``, a byline with a date)
  and copyright lines (``© 2026``).  The years of such furniture never anchor the text.

The tense that decides past or future for a year-less or relative date is read from the nearest
finite verb of the mention's clause, before or after it (Russian puts the time first: ``В пятницу
Финляндия закрыла ...``): past forms in ``-л``/``-ла``/``-ли``, ``будет``/``будут`` and perfective
presents (``закроет``, ``закроются``, ``продлится``) as future; so is a modal or plan word followed by an
infinitive (``может принять решение ... в ночь на среду``, ``КПП могут закрыть в пятницу``, ``намерена
открыть``; ``должна была закрыть`` is past) and a conditional ``как только``.

An undated text with no anchor of its own: as in the English extractor, a weekday stated with a year-less
date (``в четверг, 14 декабря``) takes the year near the anchor in which the day is that weekday, and then
anchors the text's other year-less dates; when the text's own years give no anchor, the year is sought back
from the latest year the text states, else from the era its furniture (``© 2026``) or the present
suggests.  With no such evidence year-less and relative dates (``24 января будущего года``) stay NaT.

The text is matched on a normalised copy of the same length (``ё`` as ``е``, lower case, no-break
spaces as spaces), so spans index the input unchanged.  Speed: patterns compiled at import; the
grammar is tried only around head words (a number, a month, a weekday, ``недел``, ``год`` ...).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from .dates import (_BEFORE_BOUND, _DECIDED, _FINE, COLUMNS, dates_frame, earliest_future, _month_end,
                    month_only as month_only_of, _part, _resolve, _season, _to_date, _wd_years, _window, _ymd)
from .dates_shared import date_row, day_kind, granularity, span_end_year, stated_row

__all__ = ["COLUMNS", "find_dates", "extract_dates"]

# --------------------------------------------------------------------------- normalisation
_NORM = str.maketrans({"ё": "е", "Ё": "Е", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                       "\u2002": " ", "\u2003": " ", "\u2011": "-", "\u2010": "-", "\u2012": "–"})


def _normalise(text: str) -> str:
    """Lower case, ``е`` for ``ё``, plain spaces and hyphens: a copy of *text* of the same length."""
    low = text.translate(_NORM).lower()
    if len(low) != len(text):  # a character whose lower case is longer (İ): keep such characters as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_NORM))
    return low


# --------------------------------------------------------------------------- vocabulary
_MON_STEM = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "мае": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
             "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
_WD_STEMS = (("понедельн", 0), ("вторн", 1), ("сред", 2), ("четверг", 3), ("пятниц", 4), ("суббот", 5),
             ("воскресен", 6))
_SEASON_STEMS = (("весн", 0), ("лет", 1), ("осен", 2), ("зим", 3))
_NUMWORD = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
            "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
            "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100}
_REL_LAST = ("позапрошл", "прошл", "минувш", "предыдущ", "прошедш")
_REL_NEXT = ("следующ", "будущ", "наступающ", "грядущ")
_REL_THIS = ("эт", "текущ", "нынешн", "уходящ", "наступивш", "нов")


def _rel_off(word: str):
    """-2/-1/0/1 for a relative modifier (прошлый, этот, следующий ...), None for any other word."""
    if word.startswith("позапрошл"):
        return -2
    if word.startswith(_REL_LAST):
        return -1
    if word.startswith(_REL_NEXT):
        return 1
    if word.startswith(_REL_THIS):
        return 0
    return None


def _mon_num(word: str):
    return _MON_STEM.get(word[:3])


def _wd_num(word: str):
    for stem, n in _WD_STEMS:
        if word.startswith(stem):
            return n
    return None


# --------------------------------------------------------------------------- regex pieces (lower case, е for ё)
_E = r"(?!\w)"
_MGEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\w)"
_MPREP = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?!\w)"
_MNOM = r"(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(?!\w)"
_MABBR = r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?!\w))"
# a day as an ordinal word (двадцать четвертого января, первого декабря, тридцатого ноября, на первое декабря)
_ORD_UNIT = r"(?:(?:перв|втор|четверт|пят|шест|седьм|восьм|девят)(?:ого|ое|ому)|трет(?:ьего|ье|ьему))"
_ORD_TEEN = (r"(?:(?:десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат"
             r"|девятнадцат|двадцат|тридцат)(?:ого|ое|ому))")
_ORD = rf"(?:двадцать\s+{_ORD_UNIT}|тридцать\s+перв(?:ого|ое|ому)|{_ORD_TEEN}|{_ORD_UNIT})(?!\w)"
_DAYN = rf"(?:(?:3[01]|[12][0-9]|0?[1-9])(?:-?(?:го|е|ое))?(?!\w)(?![.,:][0-9])|{_ORD})"
_DAY = r"(?<![\w.,:/\-–])" + _DAYN
_YEARN = r"(?:19|20)[0-9]{2}(?![0-9])(?![.,][0-9])"
_YWORD = (r"(?:(?:годах|годами|годам|годов|годы|годом|году|года|год)(?!\w)|гг\.|гг(?!\w)|г\.|г(?![\w.]))")
_YPH = rf"{_YEARN}(?:-(?:го|м|й|ом)(?!\w))?(?![-–]\w)(?:\s+{_YWORD})?"  # not 2000-километровой
_RELW = (r"(?:позапрошл|прошл|минувш|предыдущ|прошедш|следующ|будущ|наступающ|грядущ|эт|текущ|нынешн|уходящ"
         r"|наступивш)")
_YREL_GEN = rf"{_RELW}(?:ого|его)\s+года(?!\w)"
_YEAR_AFTER = rf"(?:\s+(?:{_YPH}|{_YREL_GEN}))?"
_DMY = rf"{_DAY}(?:\s*[-–—]\s*{_DAYN}|\s+и\s+{_DAYN})?\s+(?:{_MGEN}|{_MABBR}){_YEAR_AFTER}"
_WD_ACC = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)"
_WD_NOM = r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?!\w)"
_WD_GEN = r"(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)(?!\w)"
_WD_DAT = r"(?:понедельнику|вторнику|среде|четвергу|пятнице|субботе|воскресенью)(?!\w)"
_MOD_ACC = (r"(?:(?:прошл|минувш|прошедш)(?:ую|ый|ое)|(?:следующ|будущ|ближайш|предстоящ|нынешн|текущ)(?:ую|ий|ее)"
            r"|эту|этот|это)\s+")
_MOD_GEN = r"(?:(?:прошл|минувш|прошедш|эт)(?:ой|ого)|(?:следующ|будущ|ближайш|предстоящ)(?:ей|его))\s+"
_DAYPART = r"(?:\s+(?:утром|днем|вечером|ночью))?"
_PART_W = (r"(?:начал[оаеу]|середин(?:ой|а|ы|е|у)|конц(?:ом|а|е|у)|конец|перв(?:ых|ые)\s+числ(?:ах|а)"
           r"|последн(?:их|ие)\s+числ(?:ах|а))(?!\w)")
_SEASON_W = (r"(?:осенью|зимой|весной|летом|осень|осени|зима|зимы|зиму|зиме|весна|весны|весну|весне|лето|лета|лету)"
             r"(?!\w)")
_SEASON_MOD = rf"{_RELW}[а-я]{{0,3}}\s+"
_AGO_NUM = "|".join(sorted(_NUMWORD, key=len, reverse=True))

_ALTS = [
    # a night across two days: one mention (в ночь на 22 ноября, в ночь с 17 на 18 ноября, в ночь со среды на четверг)
    ("night", rf"в\s+ночь\s+(?:(?:с|со)\s+(?:{_DAY}(?:\s+{_MGEN})?|{_WD_GEN})\s+)?на\s+"
              rf"(?:{_WD_ACC}(?:,?\s+{_DMY}|\s*\(\s*{_DMY}\s*\))?|{_DMY})"),
    # weekday and date: one mention of one day (в пятницу, 24 ноября; в четверг (23 ноября))
    ("wdd", rf"(?:(?:в|во)\s+)?(?:{_WD_ACC}|{_WD_NOM})(?:,?\s+{_DMY}|\s*\(\s*{_DMY}\s*\))"
            rf"|(?:с|со|до)\s+{_WD_GEN}(?:,?\s+{_DMY}|\s*\(\s*{_DMY}\s*\))"),
    ("iso", r"(?<![\w.,/\-])(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![\w\-])"),
    ("dot", rf"(?<![\w.,/\-])(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{{2}}(?![\w])(?!\.[0-9])"
            rf"(?:\s+(?:года|г\.|г(?![\w.])))?"),
    # с 18 по 20 ноября, с 18 до 20 ноября: one mention
    ("dm2", rf"(?:с|со)\s+{_DAY}\s+(?:по|до)\s+{_DAYN}\s+{_MGEN}{_YEAR_AFTER}"),
    ("dmy", _DMY),
    ("part", rf"{_PART_W}\s+(?:{_MGEN}{_YEAR_AFTER}|{_YPH}|{_YREL_GEN}|(?:{_RELW}(?:ого|его)\s+)?месяца(?!\w)"
             rf"|(?:{_RELW}(?:ой|ей)\s+)?недели(?!\w)|года(?!\w))"),
    ("monp", rf"(?:(?:в|во)\s+)?{_MPREP}{_YEAR_AFTER}"),
    ("monn", rf"{_MNOM}{_YEAR_AFTER}"),
    ("mong", rf"{_MGEN}{_YEAR_AFTER}"),
    ("yrange", rf"(?<![\w.,/\-–]){_YEARN}\s*[-–—]\s*(?:{_YEARN}|[0-9]{{2}}(?![0-9]))(?:-?(?:х|е|ых|м)(?!\w))?"
               rf"(?:\s+{_YWORD})?"),
    ("decade", rf"(?<![\w.,/\-–])(?:19|20)[0-9]0-(?:х|е)(?!\w)(?:\s+{_YWORD})?"),
    ("year", rf"(?<![\w.,/\-–№#$€£+]){_YPH}"),
    ("ago", rf"(?:(?:{_AGO_NUM}|[0-9]{{1,3}})\s+)?(?:дней|дня|день|недель|недели|неделю|месяцев|месяца|месяц|лет|года|год)"
            rf"\s+назад(?!\w)"),
    ("yrel", rf"в\s+{_RELW}(?:ом|ем)\s+году(?!\w)|{_YREL_GEN}|{_RELW}(?:ий|ый)\s+год(?!\w)"),
    ("mrel", rf"в\s+{_RELW}(?:ом|ем)\s+месяце(?!\w)|{_RELW}(?:ого|его)\s+месяца(?!\w)"),
    ("wrel", rf"на\s+(?:{_RELW}|нов)(?:ой|ей)\s+неделе(?!\w)|{_RELW}(?:ой|ей)\s+недели(?!\w)"),
    ("wknd", r"(?:в|за)\s+(?:(?:эти|прошлые|минувшие|прошедшие|следующие|ближайшие|предстоящие|будущие)\s+)?"
             r"выходные(?!\w)(?!\s+дни)|на\s+(?:(?:этих|прошлых|минувших|прошедших|следующих|ближайших|предстоящих"
             r"|будущих)\s+)?выходных(?!\w)|(?:эти|прошлые|минувшие|прошедшие|ближайшие|предстоящие)\s+выходные(?!\w)"),
    ("drel", r"(?:позавчера|послезавтра|вчера|сегодня|завтра)(?!\w)"),
    # the day before an event the text names, not before publication: found, never placed
    ("eve", r"накануне(?!\w)"),
    ("wd", rf"(?:в|во|на)\s+(?:{_MOD_ACC})?{_WD_ACC}{_DAYPART}|(?:с|со|до|после)\s+(?:{_MOD_GEN})?{_WD_GEN}"
           rf"|(?:к|ко)\s+{_WD_DAT}|(?<=\sи\s){_WD_ACC}"),  # в субботу и воскресенье
    # зимой 2015 года; зимы 2015–2016 годов (one winter, the one that starts in 2015)
    ("season", rf"(?:{_SEASON_MOD})?{_SEASON_W}(?:\s+{_YEARN}\s*[-–—/]\s*{_YEARN}(?:\s+{_YWORD})?|{_YEAR_AFTER})"),
]
_MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _ALTS))


def _sub_master(*kinds) -> re.Pattern:
    return re.compile("|".join(f"(?P<{k}>{p})" for k, p in _ALTS if k in kinds))


# the alternatives that can open with a given word (same order as _MASTER), so that most attempts try few
_M_DIGIT = _sub_master("iso", "dot", "dmy", "yrange", "decade", "year", "ago").match
_M_BY_WORD = {}
for _w, _kinds in ((("в", "во"), ("night", "wdd", "monp", "yrel", "mrel", "wknd", "wd")),
                   (("с", "со"), ("wdd", "dm2", "wd")), (("до",), ("wdd", "wd")), (("после", "к", "ко"), ("wd",)),
                   (("за",), ("wknd",)),
                   (("на",), ("wrel", "wknd", "wd"))):
    for _x in _w:
        _M_BY_WORD[_x] = _sub_master(*_kinds).match
_ORD_STEMS = ("втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
              "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
              "девятнадцат", "двадцат", "тридцат")
_START_STEMS = ("янв", "фев", "мар", "апр", "мая", "мае", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "понедельн", "вторн",
                "сред", "четверг", "пятниц", "суббот", "воскресен", "позавчера", "послезавтра", "вчера", "сегодня",
                "завтра", "недел", "месяц", "год", "осен", "зим", "весн", "лет", "выходн", "начал", "середин", "конц",
                "конец", "перв", "последн", "дн", "день", "позапрошл", "прошл", "минувш", "предыдущ", "прошедш", "следующ",
                "будущ", "наступающ", "грядущ", "эт", "текущ", "нынешн", "уходящ", "наступивш", "нов", "ближайш",
                "предстоящ", "накануне") + tuple(_NUMWORD) + _ORD_STEMS

# head words: every mention contains one; the grammar is tried only at and just before them
_HEAD = re.compile(r"(?<!\w)(?:[0-9]{1,4}(?![0-9])|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|понедельн"
                   r"|вторн|сред|четверг|пятниц|суббот|воскресен|позавчера|послезавтра|вчера|сегодня|завтра|недел"
                   r"|месяц|год|назад|осен|зим|весн|лет|выходн|ночь|начал|середин|конц|конец|перв|последн|дн|день"
                   r"|накануне|" + "|".join(_ORD_STEMS) + ")")
_PREV_PREP = re.compile(r"(?<![\w\-])(с|со|до|по|в|во)\s+$")
# prepositions kept in the span, by kind
_PREP_DAY = frozenset(("с", "со", "до", "по"))
_PREP_PERIOD = _PREP_DAY | {"в", "во"}
_KEEP_PREP = {"dmy": _PREP_DAY, "dot": _PREP_DAY, "iso": _PREP_DAY, "wdd": _PREP_DAY, "part": _PREP_PERIOD,
              "mong": _PREP_DAY, "monn": _PREP_DAY, "yrange": _PREP_PERIOD, "decade": _PREP_PERIOD,
              "year": _PREP_PERIOD, "season": _PREP_DAY}

# a dateline (metadata, not a mention): ХЕЛЬСИНКИ, 22 ноября. /ТАСС/.  МОСКВА, 22 ноя — РИА Новости.
_AGENCIES = (r"(?:РИА\s+Новости|ТАСС|Интерфакс|ИНТЕРФАКС|INTERFAX(?:\.RU)?|ПРАЙМ|(?:ИА\s+)?Регнум|REGNUM|RT|Sputnik"
             r"|Спутник|БелТА|Газета\.Ru|Лента\.ру|EADaily|Коммерсантъ|ИА\s+[А-ЯA-Z][\w\-]+)")
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[А-ЯЕA-Z][А-ЯЕA-Zа-яеa-z\-]+(?:[ \-][А-ЯЕA-Zа-яеa-z\-]+){0,3}[,.][ \t]+[0-9]{1,2}[ \t]+"
    r"(?i:" + _MGEN.replace("(?!\\w)", "") + r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?)"
    r"(?:[ \t]+[0-9]{4}(?:[ \t]+(?i:года|г\.))?)?(?:,?[ \t]+[0-2]?[0-9]:[0-5][0-9])?[ \t]*[.,]?[ \t]*"
    r"(?:/[^/\n]{2,30}/\.?|\((?:" + _AGENCIES + r"|[A-ZА-Я][\w.\- ]{1,25})\)\.?|[—–-][ \t]*" + _AGENCIES + r"\.?|"
    + _AGENCIES + r"\.?[ \t]*[—–-])"
    # a capital city with its date and a full stop or a dash, then the story (ХЕЛЬСИНКИ, 28 ноября. Финляндия ...)
    r"|[А-ЯЕA-Z][А-ЯЕA-Z\-]{2,}(?:[ \-][А-ЯЕA-Z\-]+){0,2}[,.][ \t]+[0-9]{1,2}[ \t]+"
    r"(?i:" + _MGEN.replace("(?!\\w)", "") + r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?)"
    r"(?:[ \t]+[0-9]{4}(?:[ \t]+(?i:года|г\.))?)?(?:,?[ \t]+[0-2]?[0-9]:[0-5][0-9])?"
    r"(?:[ \t]*\.|[ \t]+[—–-])(?=[ \t]+[А-ЯЕA-Z«\"]))")
_STAMP = re.compile(r"\A[ \t]*date[ \t]+[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?[^\n]*")
# a line that only dates the page (metadata, not a mention): a date, a date and a time, with a site's label or a byline
# (20.11.2023 / 13:50; 2024-01-11; 11 января 2024, 14:05; Опубликовано: 11.01.2024; Обновлено 12:40, 11 января;
# Иван Петров, 11 января 2024)
_ML_LABEL = (r"(?i:(?:дата|время)[ \t]+(?:публикации|обновления|создания)|последнее[ \t]+обновление|опубликован[оа]?"
             r"|обновлен[оа]?|изменен[оа]?|размещен[оа]?|добавлен[оа]?|создан[оа]?|дата|published|updated|posted"
             r"|last[ \t]+updated|date)[ \t]*:?")
_ML_MONTH = (r"(?i:(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
             r"|янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?)")
_ML_DATE = (rf"(?:[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)?[0-9]{{2}}|[0-3]?[0-9]/[01]?[0-9]/(?:19|20)[0-9]{{2}}"
            rf"|(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9](?:T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?\S*)?"
            rf"|[0-3]?[0-9][ \t]+{_ML_MONTH}(?:[ \t]+(?:19|20)[0-9]{{2}}(?:[ \t]+(?i:года|г\.?))?)?)(?![0-9])")
_ML_OTHER = (r"(?:(?i:в)[ \t]+)?[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9])?(?![0-9])"
             r"|(?i:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|сегодня|вчера"
             r"|пн|вт|ср|чт|пт|сб|вс)(?!\w)")
_ML_PIECE = rf"(?:{_ML_DATE}|{_ML_OTHER})"
_ML_SEP = r"[ \t]*(?:[,|/·•–—\-][ \t]*)*"
_ML_BYLINE = r"(?:[A-ZА-ЯЁ][\w.\-]*(?:[ \t]+[A-ZА-ЯЁ][\w.\-]*){0,3}[ \t]*[,|—–][ \t]*)"
_ML_KEY = rf"(?:{_ML_DATE}|(?i:сегодня|вчера)[ \t]*,?[ \t]*(?:(?i:в)[ \t]+)?[0-2]?[0-9]:[0-5][0-9](?![0-9]))"
_META_LINE = re.compile(  # the lookahead finds a date; the pieces then cover the line, in one way only
    rf"(?m)^(?=[^\n]{{1,160}}$)(?=[^\n]*{_ML_KEY})[ \t]*[(\[]?(?:{_ML_LABEL}[ \t]*|{_ML_BYLINE})?{_ML_PIECE}"
    rf"(?:{_ML_SEP}(?:{_ML_LABEL}[ \t]*)?{_ML_PIECE})*[ \t]*[)\]]?[ \t.]*$")
# a labelled date opening a line or a segment of one (Опубликовано: 11.01.2024 | Раздел: Мир; Рубрика • Обновлено 12:40)
_META_SEGMENT = re.compile(
    rf"(?m)(?:^|(?<=[|•·]))[ \t]*{_ML_LABEL}[ \t]*{_ML_PIECE}(?:{_ML_SEP}{_ML_PIECE})*(?=[ \t]*(?:[|•·]|$))")
# page furniture: a copyright line (© 2026 РИА Новости, (c) 2026, Все права защищены)
_COPYRIGHT_LINE = re.compile(r"(?im)^(?=[^\n]{1,160}$)[^\n]*?(?:©|\([cс]\)|copyright|все права защищены)[^\n]*$")
_YEAR4 = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")

# context checks
_HEDGE_BEFORE = frozenset("""около более свыше почти порядка примерно менее всего лишь только из №  №. no номер""".split())
_CONJ_AFTER = frozenset("""и или а но в во на по с со до к из за от после при для что как когда где года""".split())
_MONG_PREV = frozenset("""с со до после течение протяжении конца начала середины от к""".split())
_SEASON_PREV = frozenset("""с со до после течение протяжении к ко""".split())
_NOT_SEGODNYA_BEFORE = re.compile(r"росси[яи]\s*[«\"“]?\s*$")

# --------------------------------------------------------------------------- tense
_FUT_WORDS = frozenset("""будет будут буду будем будете будешь станет станут планируется планируются
предстоит предстоят ожидается ожидаются истекает истекают истечет истекут вступает вступают состоится состоятся
предполагается предполагаются
готовится готовятся сделает сделают заработает заработают узнает узнают опубликует опубликуют отреагирует отреагируют
проголосует проголосуют потребует потребуют последует последуют прокомментирует даст дадут решит решат обсудим
сможет смогут придется продлевается придет придут примет примут""".split())
_PAST_IRREGULAR = frozenset("""был была было были дал дала дали жил шел шла шли пришел пришла пришли прошел прошла прошли
перешел перешла перешли ушел ушла ушли вошли нашли нашел пошли пошел мог могла могли смог смогла смогли помог помогла
помогли вырос выросла выросло выросли рос росла росло росли погиб погибли умер умерли заперли привез привезли перевезли
принес принесли вез везли""".split())
_PAST_STOP = frozenset("""посол генерал канал персонал материал сигнал потенциал капитал финал интервал идеал журнал терминал
арсенал криминал минерал зал вокзал овал адмирал маршал трибунал ритуал бокал карнавал перевал провал обвал сериал
правило правила дело дела тело тела село села около мало немало весело цели роли недели модели отели начало начала сила
силу могила стела детали медали панели доли воли соли боли пули ели или михаил павел даниил израил шкала скала
канала персонала генерала материала сигнала капитала финала журнала терминала зала вокзала трибунала""".split())
_PAST_RX = re.compile(r"^[а-я]+[аяиеыу]л(?:а|о|и)?(?:сь|ся)?$")
_AGENT_NOUN = re.compile(r"[иа]тел[иья]$")  # жители, представители, водители: nouns, not past verbs
# past participles: КПП, закрытые в пятницу; прибывшие в четверг мигранты
_PAST_PARTICIPLE = re.compile(r"^(?:[а-я]+вш|(?:за|от|пере)?крыт)(?:ий|ый|ая|ое|ее|ие|ые|его|ого|ей|ой|их|ых|им|ым|ую|ими"
                              r"|ыми)$")
# any past passive participle (принятое, подписанный, продлённые): past, when it is the word next to the mention
_ADJ_END = r"(?:ий|ый|ая|ое|ее|ие|ые|его|ого|ей|ой|их|ых|им|ым|ую|ими|ыми)"
_NEXT_PARTICIPLE = re.compile(r"^(?:за|от|про|вы|при|пере|по|под|раз|рас|до|из|ис|на|об|у|о|в|вв|с|со)[а-я]*(?:анн|енн|нят|ыт)"
                              + _ADJ_END + "$")
_DECIDE = frozenset("""решило решил решила решили постановило постановил постановила договорились согласилась
согласились обещал обещала обещали пообещал пообещала пообещали пригрозил пригрозила пригрозили предложил предложила
предложило предложили""".split())  # a past intention (собиралась закрыть, но отложила) stays past
# a modal or a plan word: future when an infinitive follows it (может принять решение в ночь на среду, КПП могут закрыть
# в пятницу, планирует закрыть в субботу), past when a past form of быть does (должна была закрыть во вторник)
_MODAL = frozenset("""может могут можем могу можешь можете сможет смогут хочет хотят хотим хочу планирует планируют
планируем намерен намерена намерено намерены намеревается намереваются собирается собираются собираемся должен должна
должно должны готов готова готово готовы обещает обещают грозит грозится грозят предлагает предлагают рассчитывает
рассчитывают надеется надеются можно нужно надо необходимо следует придется""".split())
_BYT_PAST = frozenset("был была было были бы".split())
_ASIDE_INF = frozenset("сказать считать заметить отметить предположить признать".split())  # можно сказать: an aside
_NOT_INFINITIVE = frozenset("""пять десять есть часть власть область честь сеть путь мать дочь опять знать""".split())
_FUT_RX = re.compile(r"^(?:за|от|ото|про|вы|при|пере|пре|по|пред|воз|вос|вз|вс|на|об|обо|под|подо|раз|рас|до|из|ис|со"
                     r"|у|о)"
                     r"[а-я]{2,}(?:ет|ит|ут|ют|ят|ется|ится|утся|ются|ятся)$")
_FUT_EXCL = re.compile(r"(?:[аяеу](?:ет|ют|ется|ются)|(?:ход|вод|нос|воз|вис|сто|леж|сид"
                       r"|гляд)(?:ит|ят|ится|ятся|ет|ут))$")
_FUT_STOP = frozenset("""запрет ответ отчет расчет учет совет привет предмет рассвет вылет прилет перелет полет налет пролет
отлет подсчет пересчет зачет приоритет поэт портрет просвет завет обет отсчет почет приют профицит убит забит побит
разбит пробит принят занят отнят поднят нанят изъят понят снят развит прожит содержит содержат""".split())
_TOKEN = re.compile(r"[а-яa-z0-9]+(?:-[а-яa-z0-9]+)*|[,;«»\"“”—]")
_STOP_BACK = frozenset("""что чтобы который которая которое которые которых которым которой если ; « "
""".split())
_STOP_FWD = frozenset("""что чтобы который которая которое которые которых которым которой если ; » ” "
""".split())
_INFINITIVE = re.compile(r"[а-я]{2,}(?:ть|ться|ти|тись)$")
_SENT_END = re.compile(r"[.!?…](?=\s)|\n")


def _cue(w: str, orig: str, first: bool) -> int | str:
    """Tense of one word: 1 future, -1 past, 'decide' for a decision verb, 'modal' for a modal or plan word, 0 none."""
    if w in _FUT_WORDS:
        return 1
    if w in _PAST_IRREGULAR:
        return -1
    if w in _MODAL:
        return "modal"
    if not first and orig[:1].isupper():
        return 0  # a name (Вайниккала), not a verb
    if w in _DECIDE:
        return "decide"
    if len(w) >= 4 and w not in _PAST_STOP and _PAST_RX.match(w) and not _AGENT_NOUN.search(w):
        return -1
    if _PAST_PARTICIPLE.match(w):
        return -1
    if w not in _FUT_STOP and _FUT_RX.match(w) and not _FUT_EXCL.search(w):
        return 1
    return 0


def _is_infinitive(w: str) -> bool:
    return bool(_INFINITIVE.match(w)) and w not in _NOT_INFINITIVE


def _modal_tense(words: list, i: int) -> int:
    """The tense a modal or plan word at words[i] gives: 1 when an infinitive follows it (``могут закрыть``,
    ``может в пятницу принять``), -1 when a past form of быть does (``должна была закрыть``), else 0."""
    for w in words[i + 1:i + 6]:
        if w in _BYT_PAST:
            return -1 if w != "бы" else 0
        if _is_infinitive(w):
            return 0 if w in _ASIDE_INF and words[i] in ("можно", "надо", "нужно", "следует") else 1
        if w in (",", ";", "—") or w in _STOP_FWD:
            break
    return 0


def _sentence(low: str, s: int, e: int) -> tuple[int, int]:
    """(start, end) of the sentence around low[s:e], at most 240 characters either side."""
    lo = max(0, s - 240)
    a = max(low.rfind(". ", lo, s), low.rfind("! ", lo, s), low.rfind("? ", lo, s), low.rfind("… ", lo, s))
    a = max(a + 1 if a >= 0 else lo, low.rfind("\n", lo, s) + 1)
    hi = min(len(low), e + 240)
    m = _SENT_END.search(low, e, hi)
    return a, (m.start() if m else hi)


def _tense(text: str, low: str, s: int, e: int) -> int:
    """Tense of the mention at text[s:e]: 1 future, -1 past, _DECIDED, or 0 (no cue).

    A deadline preposition just before (``до``, ``к``, ``не позднее``) is future; ``по`` ends a span (the
    instance nearest publication).  Otherwise the nearest tense-bearing word of the clause decides,
    looking back to ``что``/``чтобы``/an opening quote and ahead to a subordinate clause or closing quote;
    a comma crossed counts as two more words.  A decision verb (``решило закрыть ... с 30 ноября``)
    with an infinitive between it and the mention dates the decision, not the date.  A modal or plan word
    with an infinitive (``может принять решение ... в ночь на среду``, ``КПП могут закрыть в пятницу``,
    ``намерена открыть``) is future, and so is a conditional ``как только`` (``как только ... примет``).
    """
    head = low[s:e].split(None, 1)[0] if low[s:e].strip() else ""
    a, b = _sentence(low, s, e)
    toks = [(m.group(), text[m.start():m.end()], m.start()) for m in _TOKEN.finditer(low, a, b)
            if m.end() <= s or m.start() >= e]
    words = [t[0] for t in toks]
    n_before = sum(1 for t in toks if t[2] < s)
    prev = words[n_before - 1] if n_before else ""
    if head == "до" or prev in ("к", "ко") or (prev == "позднее" and n_before > 1 and words[n_before - 2] == "не"):
        return 1
    if head == "по":
        return _DECIDED

    def cue_at(i: int, first: bool):
        w, o, _ = toks[i]
        c = _cue(w, o, first)
        if c == "modal":
            c = _modal_tense(words, i)
        elif not c and w == "только" and i and words[i - 1] == "как" and words[i + 1:i + 2] != ["что"]:
            c = 1  # как только ... примет: a condition on the future
        return c

    best = None  # (distance, cue)
    dist = 0
    seen_inf = False
    for i in range(n_before - 1, -1, -1):
        w, o, pos = toks[i]
        if w in _STOP_BACK:
            break
        if w in (",", "—"):
            dist += 2
            continue
        dist += 1
        c = cue_at(i, pos == a or i == 0)
        if not c and dist == 1 and _NEXT_PARTICIPLE.match(w):
            c = -1  # решение, принятое во вторник
        if c == "decide":
            best = (dist, _DECIDED if seen_inf else -1)
            break
        if c:
            best = (dist, c)
            break
        if _is_infinitive(w):
            seen_inf = True
    dist = 0
    for i in range(n_before, len(toks)):
        w = toks[i][0]
        if w in _STOP_FWD:
            break
        if w in (",", "—"):
            dist += 2
            continue
        dist += 1
        if best is not None and dist >= best[0]:
            break
        c = cue_at(i, False)
        if not c and dist == 1 and _NEXT_PARTICIPLE.match(w):
            c = -1  # во вторник принятое решение
        if c == "decide":
            c = -1
        if c:
            best = (dist, c)
            break
    return best[1] if best else 0


# --------------------------------------------------------------------------- scanning
_NUM = re.compile(r"[0-9]+")
_FIRST_WORD = re.compile(r"[а-яa-z0-9]+")
_WORDS = re.compile(r"[а-я]+")


_ORD_VALUE = {}
for _stem, _n in (("перв", 1), ("втор", 2), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8),
                  ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13),
                  ("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
                  ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30)):
    for _end in ("ого", "ое", "ому"):
        _ORD_VALUE[_stem + _end] = _n
for _end in ("ьего", "ье", "ьему"):
    _ORD_VALUE["трет" + _end] = 3
_NUM_OR_WORD = re.compile(r"[0-9]+|[а-я]+")


def _day_nums(span: str) -> list:
    """The numbers of a span in order: digits, and days written as ordinal words (двадцать четвертого = 24)."""
    out = []
    tens = 0
    for t in _NUM_OR_WORD.findall(span):
        if t.isdigit():
            out.append(int(t))
            tens = 0
        elif t in ("двадцать", "тридцать"):
            tens = 20 if t == "двадцать" else 30
        elif t in _ORD_VALUE:
            out.append(tens + _ORD_VALUE[t])
            tens = 0
        else:
            tens = 0
    return out


def _year_of(tokens) -> int | None:
    for t in tokens:
        if len(t) == 4 and t.isdigit():
            return int(t)
    return None


def _yoff_of(words) -> int | None:
    """The offset of ``прошлого года`` / ``следующего года`` ... among *words* (the word before ``года``)."""
    for i, w in enumerate(words):
        if w in ("года", "году", "год") and i and _rel_off(words[i - 1]) is not None:
            return _rel_off(words[i - 1])
    return None


def _parse_dm(span: str):
    """(month, d1, d2, year, yoff, wd) of a day-month span (dmy, dm2, wdd)."""
    nums = _day_nums(span)
    words = _WORDS.findall(span)
    year = next((n for n in nums if n >= 1000), None)
    days = [n for n in nums if n < 1000]
    month = next((_mon_num(w) for w in words if _mon_num(w)), None)
    wd = next((_wd_num(w) for w in words if _wd_num(w) is not None), None)
    return month, days[0] if days else None, days[1] if len(days) > 1 else None, year, _yoff_of(words), wd


def _month_kind(month, span_words, year):
    if year is not None:
        return "abs", (date(year, month, 1), _month_end(year, month), "month")
    return "mon", (month, _yoff_of(span_words), None)


def _part_name(words) -> str:
    w = next((x for x in words if x.startswith(("начал", "середин", "конц", "конец", "перв", "последн"))), "")
    return "early" if w.startswith(("начал", "перв")) else "mid" if w.startswith("середин") else "late"


def _next_word(low: str, e: int):
    m = re.compile(r"\s*([а-яa-z%]+|[0-9]+)").match(low, e)
    return (m.group(1), m.start(1)) if m else ("", e)


def _prev_words(low: str, s: int, n: int = 2) -> list:
    return low[max(0, s - 40):s].split()[-n:]


def _classify(text: str, low: str, s: int, e: int, kind: str):
    """(kind, data) of a matched span, or None when the context says it is not a date."""
    span = low[s:e]
    words = _WORDS.findall(span)
    if kind in ("dmy", "dm2", "wdd"):
        month, d1, d2, year, yoff, wd = _parse_dm(span)
        if month is None or d1 is None:
            return None
        if kind == "dmy" and wd is None and text[s - 1:s] == "№":
            return None
        return day_kind(month, d1, d2, year, yoff, wd)
    if kind == "night":
        return _classify_night(span, words)
    if kind == "iso":
        d = _ymd(int(span[:4]), int(span[5:7]), int(span[8:10]))
        return ("abs", (d, d, "day")) if d else ("bad", "day")
    if kind == "dot":
        dd, mo, yy = span.split()[0].split(".")[:3]
        d = _ymd(int(yy), int(mo), int(dd))
        return ("abs", (d, d, "day")) if d else ("bad", "day")
    if kind in ("monp", "monn", "mong"):
        month = _mon_num(next(w for w in words if _mon_num(w)))
        year = _year_of(_NUM.findall(span))
        if kind != "monp" and year is None and _yoff_of(words) is None:
            prev = _prev_words(low, s, 1)
            if kind == "mong" and (not prev or prev[-1] not in _MONG_PREV):
                return None  # "последний день ноября" and the like: a genitive needs a preposition or a year
            if kind == "monn" and text[s:s + 1].isupper() and text[:s].rstrip()[-1:] not in ("", ".", "!", "?", "«", '"', "“"):
                return None  # a name (Август), not the month
        return _month_kind(month, words, year)
    if kind == "part":
        part = _part_name(words)
        mon = next((_mon_num(w) for w in words if _mon_num(w)), None)
        year = _year_of(_NUM.findall(span))
        yoff = _yoff_of(words)
        if mon is not None:
            if year is not None:
                a, b = _part(year, mon, part)
                return "abs", (a, b, "part_of_month")
            return "part", (mon, part, yoff)
        off = next((_rel_off(w) for w in words if _rel_off(w) is not None), 0)
        if words[-1] == "недели":
            return "wrel", (off, None)
        if words[-1] == "месяца":
            return "mpart", (off, part)
        # a year: the beginning / end of 2023, of last year, of the year (as the English `the end of 2023`)
        if part == "mid":
            if year is not None:
                return "abs", (date(year, 1, 1), date(year, 12, 31), "year")
            return "yrel", (yoff or 0, None)
        month = 12 if part == "late" else 1
        if year is not None:
            a, b = _part(year, month, part)
            return "abs", (a, b, "part_of_month")
        return "part", (month, part, yoff if yoff is not None else 0)
    if kind == "yrange":
        nums = _NUM.findall(span)
        y1 = int(nums[0])
        y2 = span_end_year(y1, nums[1])
        if y2 is None:
            return None
        return "abs", (date(y1, 1, 1), date(y2, 12, 31), "year")
    if kind == "decade":
        y = int(span[:4])
        return "abs", (date(y, 1, 1), date(y + 9, 12, 31), "year", "decade")
    if kind == "year":
        if not words:  # a bare number: a year only where nothing says it is a count
            prev = _prev_words(low, s, 1)
            if prev and (prev[-1] in _HEDGE_BEFORE or prev[-1].endswith("№")):
                return None
            nxt, _ = _next_word(low, e)
            if nxt and not nxt[0].isdigit() and nxt not in _CONJ_AFTER:
                return None  # 2000 человек, 2000 км
        y = int(span[:4])
        return "abs", (date(y, 1, 1), date(y, 12, 31), "year")
    if kind == "ago":
        n = next((int(t) for t in _NUM.findall(span)), None)
        if n is None:
            n = next((_NUMWORD[w] for w in words if w in _NUMWORD), None)
        unit_w = next(w for w in words if w.startswith(("д", "нед", "мес", "лет", "год")))
        if n is None:
            if unit_w not in ("день", "неделю", "месяц", "год"):
                return None  # несколько дней назад: vague
            prev = _prev_words(low, s, 1)
            if prev and prev[-1] in ("несколько", "пару", "пара", "много", "нескольких"):
                return None
            n = 1
        unit = ("day" if unit_w.startswith("д") else "week" if unit_w.startswith("нед") else
                "month" if unit_w.startswith("мес") else "year")
        return "ago", (n, unit)
    if kind in ("yrel", "mrel", "wrel"):
        off = next((_rel_off(w) for w in words if _rel_off(w) is not None), 0)
        return kind, (off, None)
    if kind == "wknd":
        w = next((x for x in words if x not in ("в", "на", "за") and not x.startswith("выходн")), None)
        mod = None
        if w is not None:
            off = _rel_off(w)
            mod = "last" if off is not None and off < 0 else "next" if (off == 1 or w.startswith(("ближайш", "предстоящ"))) \
                else "this"
        return "wknd", (mod,)
    if kind == "eve":
        return "eve", None
    if kind == "drel":
        if span == "сегодня" and _NOT_SEGODNYA_BEFORE.search(low, max(0, s - 12), s):
            return None  # «Россия сегодня», the news agency
        off = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}[span]
        return "drel", (off,)
    if kind == "wd":
        wd = next(_wd_num(w) for w in words if _wd_num(w) is not None)
        mod = None
        for w in words:
            if w.startswith(("ближайш", "предстоящ")):
                mod = "coming"
            elif _rel_off(w) is not None and _wd_num(w) is None:
                off = _rel_off(w)
                mod = "last" if off < 0 else "next" if off > 0 else "this"
        return "wd", (wd, mod)
    if kind == "season":
        sw = next(w for w in words if w.startswith(("осен", "зим", "весн", "лет")))
        snum = next(n for stem, n in _SEASON_STEMS if sw.startswith(stem))
        year = _year_of(_NUM.findall(span))
        yoff = _yoff_of(words)
        mod_w = words[0] if words[0] != sw else None
        mod = None
        if mod_w is not None and _rel_off(mod_w) is not None:
            off = _rel_off(mod_w)
            mod = "last" if off < 0 else "next" if off > 0 else "this"
        if year is not None:
            a, b = _season(year, snum)
            years = [int(n) for n in _NUM.findall(span)]
            if len(years) > 1 and years[1] > year and not (snum == 3 and years[1] == year + 1):
                b = _season(years[1], snum)[1]  # лето 2022–2023 годов: both summers
            return "abs", (a, b, "season")
        if mod is None and yoff is None and sw not in ("осенью", "зимой", "весной", "летом"):
            prev = _prev_words(low, s, 1)
            if not prev or prev[-1] not in _SEASON_PREV:
                return None  # "зима" alone: a word, not a date
        if yoff is not None:
            return "season", (snum, None, yoff)
        return "season", (snum, mod, None)
    return None


def _classify_night(span: str, words: list):
    """A night: ('night_md', (md data, eve)), ('night_wd', (wd, mod)) or an absolute ('abs', (eve, day, 'night'))."""
    _, _, rest = span.partition(" на ")
    eve_part = span[:len(span) - len(rest)]
    named_words = _WORDS.findall(rest)
    nums = _day_nums(rest)
    wd = next((_wd_num(w) for w in named_words if _wd_num(w) is not None), None)
    if nums:
        month, d1, _d2, year, yoff, _ = _parse_dm(rest)
        if month is None:
            return None
        eve_nums = _day_nums(eve_part)
        eve_words = _WORDS.findall(eve_part)
        eve_mon = next((_mon_num(w) for w in eve_words if _mon_num(w)), None)
        eve = (eve_nums[0], eve_mon) if eve_nums else None
        if year is not None:
            day = _ymd(year, month, d1)
            if day is None:
                return "bad", "night"
            start = _eve_date(day, eve)
            return ("abs", (start, day, "night")) if start else ("bad", "night")
        if d1 > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            return "bad", "night"
        return "night_md", ((month, d1, None, yoff, wd), eve)
    if wd is None:
        return None
    return "night_wd", (wd, None)


def _eve_date(day: date, eve):
    """The eve of a night ending on *day*: the day before, or the day stated (с 17 на 18 ноября)."""
    if eve is None:
        return day - timedelta(days=1)
    d, mon = eve
    if mon is None:
        mon = day.month if d < day.day else (day.month - 2) % 12 + 1
    y = day.year - (1 if mon > day.month else 0)
    return _ymd(y, mon, d)


def _metadata(text: str, norm: str) -> tuple[list, tuple]:
    """(spans, years): the metadata spans of a text (a date stamp, datelines, lines that only date the page,
    copyright lines) and the years they state (page furniture: never an anchor, at most a bound on the era)."""
    skip = []
    st = _STAMP.match(text)
    if st:
        skip.append((st.start(), st.end()))
    furniture = []
    for m in _DATELINE.finditer(norm):
        skip.append((m.start(), m.end()))
        furniture.append(m)
    for rx in (_META_LINE, _META_SEGMENT, _COPYRIGHT_LINE):
        for m in rx.finditer(norm):
            if m.end() > m.start():
                skip.append((m.start(), m.end()))
                furniture.append(m)
    if st:
        furniture.append(st)
    years = tuple(sorted({int(y) for m in furniture for y in _YEAR4.findall(m.group())}))
    merged = []  # sorted, overlaps merged: a position is looked up by bisection
    for a, b in sorted(skip):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged, years


@lru_cache(maxsize=4)
def _scan(text: str):
    """(low, candidates, furniture years): the normalised text, a tuple of (s, e, kind, data) and the years the
    page's metadata states (see :func:`_metadata`)."""
    low = _normalise(text)
    norm = text.translate(_NORM)
    skip, furniture = _metadata(text, norm)
    skip_starts = [a for a, _ in skip]
    out = []
    prev_end = 0
    match = _MASTER.match
    for h in _HEAD.finditer(low):
        t = h.start()
        si = bisect_right(skip_starts, t) - 1
        if t < prev_end or (si >= 0 and t < skip[si][1]):
            continue
        # candidate starts: up to three words before the head (same line, after the previous mention), farthest first
        starts = [t]
        j = t
        for _ in range(3):
            k = j - 1
            if k <= prev_end or low[k] not in " \t(":
                break
            while k > prev_end and low[k] in " \t(":
                k -= 1
            ws = k
            while ws > prev_end and not low[ws - 1].isspace() and low[ws - 1] not in "(«\"“":
                ws -= 1
            if not low[ws:k + 1].replace(",", "").isalpha():
                if not low[ws:k + 1].rstrip(",").isdigit():
                    break
            starts.append(ws)
            j = ws
        m = None
        for c in reversed(starts):
            if c > 0 and low[c - 1].isalnum():
                continue
            first = _FIRST_WORD.match(low, c)
            fw = first.group() if first else ""
            if fw[:1].isdigit():
                mm = _M_DIGIT(low, c)
            elif fw in _M_BY_WORD:
                mm = _M_BY_WORD[fw](low, c)
            elif fw.startswith(_START_STEMS):
                mm = match(low, c)
            else:
                continue
            if mm is not None and mm.end() > t:
                m = mm
                break
        if m is None:
            continue
        kind = m.lastgroup
        s, e = m.span()
        # the match may have swallowed trailing spaces or a comma of the pattern's optional parts: trim
        while e > s and low[e - 1] in " ,\t":
            e -= 1
        res = _classify(text, low, s, e, kind)
        if res is None:
            prev_end = max(prev_end, h.end()) if kind in ("year", "mong", "monn") else prev_end
            continue
        k2, data = res
        keep = _KEEP_PREP.get(kind)
        if keep and s > prev_end + 1:
            pm = _PREV_PREP.search(low, max(prev_end, s - 12), s)
            if pm and pm.group(1) in keep:
                s = pm.start(1)
        out.append((s, e, k2, data))
        prev_end = e
    return low, tuple(out), furniture


# --------------------------------------------------------------------------- resolution
_TENSED = frozenset(("md", "mon", "part", "season", "wd", "wknd", "night_md", "night_wd"))
_DAY_NEEDING = frozenset(("mrel", "mpart", "wrel", "wknd", "drel", "wd", "ago", "night_wd", "eve"))
_MONTH_ENOUGH = frozenset(("mrel", "mpart"))  # what a month-only publication date can resolve
_GRAN = {"md": "day", "mon": "month", "part": "part_of_month", "mpart": "part_of_month", "season": "season",
         "yrel": "year", "mrel": "month", "wrel": "week", "wknd": "weekend", "drel": "day", "wd": "day", "eve": "day",
         "night_md": "night", "night_wd": "night"}


def _resolve_ru(kind, data, ref: date, tense, exact: bool, wd_years=None):
    if kind == "eve":
        return None  # накануне: the day before an event, not placed
    if kind == "night_md":
        md, eve = data
        r = _resolve("md", md, ref, tense, exact, wd_years)
        if r is None:
            return None
        start = _eve_date(r[1], eve)
        return (start, r[1]) if start else None
    if kind == "night_wd":
        r = _resolve_ru("wd", data, ref, tense, exact, wd_years)
        return None if r is None else (r[1] - timedelta(days=1), r[1])
    if kind == "wd" and data[1] in ("this", "coming"):
        wd, mod = data
        if mod == "this":  # в эту пятницу: the one in the publication's week
            d = ref - timedelta(days=ref.weekday()) + timedelta(days=wd)
        else:  # в ближайшую пятницу: the coming one
            d = ref + timedelta(days=(wd - ref.weekday()) % 7)
        return d, d
    return _resolve(kind, data, ref, tense, exact, wd_years)


def _dated(text, low, raw, extra=()):
    """(latest past, earliest future) explicit dated mentions, each (start, end, text, granularity) or None.

    The article is no older than the latest event it states in the past (a day, a month or part of one
    before a year or a season, which may be background), and no later than the earliest future date after it.
    """
    dated = [(d[0], d[1], s, e, d[2]) for s, e, k, d in raw if k == "abs" and len(d) == 3]
    dated.extend(extra)
    dated.sort(key=lambda x: (x[0], -x[1].toordinal()), reverse=True)
    past = coarse = None
    futs = []
    for item in dated:
        t = _tense(text, low, item[2], item[3])
        if t == _DECIDED:
            continue
        if t == 1:
            futs.append(item)
            continue
        if item[4] in _FINE or item[4] == "night":
            past = item
            break
        if coarse is None:
            coarse = item
    if past is None:
        past = coarse
    fut = earliest_future(futs, past)
    fmt = (lambda x: None if x is None else (x[0], x[1], text[x[2]:x[3]], "day" if x[4] == "night" else x[4]))
    return fmt(past), fmt(fut)


_ERA_REACH = 8  # years tried back from the era's latest year for a weekday-stated date in a text with no anchor


def _present_year() -> int:
    """The present year: the latest a page with no year of its own can be from (see :func:`_era_years`)."""
    return date.today().year


def _era_years(raw, furniture) -> list:
    """The years, in order, a weekday-stated year-less date may take in an undated text whose dated mentions
    give no anchor: near the years the text states (none of which bounds it from the past: plans, targets),
    latest first; with none, back from the era the page suggests, the latest year its furniture states
    (``© 2026``, a ``29.01.2026`` stamp line; none later than next year), else the present.  A news page is
    no later than its furniture or the present, and a day and month fall on a given weekday every 5 to 11
    years, so the first fit within _ERA_REACH years back is the likeliest."""
    stated = [d[1].year for _, _, k, d in raw if k == "abs" and len(d) == 3]
    present = _present_year()
    if stated:
        top = max(stated)
    else:
        era = [y for y in furniture if y <= present + 1]
        top = max(era) if era else present
    return list(range(top, top - _ERA_REACH, -1))


def _infer(text, low, raw, furniture=()):
    """(past, fut, anchor, {start_char: (start, end)} of weekday-stated year-less dates) for an undated text.

    As the English ``_infer``: a weekday stated with a year-less date (``в четверг, 14 декабря``, ``в ночь на
    пятницу, 24 ноября``) takes the year near the anchor in which that day is that weekday (with no anchor,
    see :func:`_era_years`); it then counts as a dated mention of its own and may move, or make, the anchor
    the text's other year-less dates take."""
    past, fut = _dated(text, low, raw)
    anchor = _window(past, fut)[2]
    wd = {}
    if anchor is not None:
        years = _wd_years(anchor, past is None or past[3] in _FINE)
    else:
        years = _era_years(raw, furniture)
    ref = anchor if anchor is not None else date(years[0], 7, 1)
    extra = []
    for s, e, k, d in raw:
        md = d if k == "md" else d[0] if k == "night_md" else None
        if md is None or md[4] is None or md[3] is not None:
            continue
        r = _resolve("md", md, ref, 0, False, years)
        if not (r and r[0].weekday() == md[4]):
            continue
        if k == "night_md":
            eve = _eve_date(r[1], d[1])
            if eve is None:
                continue
            r = (eve, r[1])
        wd[s] = r
        extra.append((r[0], r[1], s, e, "day"))
    if extra:
        past, fut = _dated(text, low, raw, extra)
        anchor = _window(past, fut)[2]
    return past, fut, anchor, wd


def find_dates(text: str, published=None, *, anchor=None, nearest: bool = False) -> list[tuple]:
    """The date mentions of Russian *text* as tuples in COLUMNS order, sorted by position.

    *published* (a day; or ``"2023-11"``, a month only: it then resolves what needs only the year and
    month, while weekdays and ``сегодня`` stay NaT) anchors relative expressions; without it *anchor*,
    or else an anchor inferred from the text's own dated mentions, is used and the values are marked
    ``inferred`` (expressions that need the exact day stay NaT). *nearest*: a year-less date takes the
    instance nearest the anchor whatever its tense.

    >>> find_dates("В пятницу Финляндия закрыла четыре КПП.", "2023-11-20")[0][:6]
    ('В пятницу', 0, 9, Timestamp('2023-11-17 00:00:00'), Timestamp('2023-11-17 00:00:00'), 'day')
    >>> r = find_dates("Граница будет закрыта до 13 декабря.", "2023-11-20")[0]
    >>> r[0], str(r[3].date()), r[5]
    ('до 13 декабря', '2023-12-13', 'day')
    """
    low, raw, furniture = _scan(text)
    if not raw:
        return []
    first_last = month_only_of(published)  # a month-only publication date: its (year, month)
    month_only = (first_last[0].year, first_last[0].month) if first_last else None
    ref = date(*month_only, 1) if month_only else _to_date(published)
    exact = ref is not None and not month_only
    how = "published"
    wd_fixed = {}
    wd_years = None
    upper_only = False
    if ref is None:
        ref = _to_date(anchor)
        how = "inferred"
        if ref is not None:
            wd_years = _wd_years(ref, True)
        elif any(k not in ("abs", "bad") and k not in _DAY_NEEDING for _, _, k, _ in raw):
            past, fut, ref, wd_fixed = _infer(text, low, raw, furniture)
            if ref is not None:
                wd_years = _wd_years(ref, True)
            upper_only = past is None and fut is not None
    rows = []
    inferred = how == "inferred"
    for s, e, kind, data in raw:
        gran = granularity(kind, data, _GRAN)
        if kind == "abs":
            rows.append(stated_row(text[s:e], s, e, data, gran))
            continue
        r = None
        usable = ref is not None and kind != "bad" and (
            exact or kind not in _DAY_NEEDING or (month_only and (kind in _MONTH_ENOUGH or (
                kind == "ago" and data[1] in ("month", "year")))))
        if usable:
            r = wd_fixed.get(s)
            if r is None:
                try:
                    t = _tense(text, low, s, e) if kind in _TENSED else 0
                    if nearest and kind in ("md", "mon", "part", "night_md"):
                        t = _DECIDED
                    elif upper_only and kind in ("md", "mon", "part", "night_md"):
                        t = _BEFORE_BOUND if t == -1 else _DECIDED
                    if month_only and kind == "ago":
                        r = _resolve("ago", data, ref, 0, True)
                    else:
                        r = _resolve_ru(kind, data, ref, t, exact or bool(month_only), wd_years)
                except (ValueError, OverflowError):
                    r = None
        rows.append(date_row(text[s:e], s, e, r, gran, how, inferred))
    return rows


def extract_dates(text: str, published=None, *, anchor=None) -> pd.DataFrame:
    """Every date mention in Russian *text*, one row each (columns: COLUMNS); see :func:`find_dates`."""
    return dates_frame(find_dates(text, published, anchor=anchor))
