"""Which rules read an article's dates and counts, by its language.

English (``helpers.extract.dates``, ``counts``) has the most rules; Russian, Finnish and Swedish have
modules of their own (``dates_ru``, ``dates_fi``, ``dates_sv`` on the English calendar arithmetic;
``counts_ru`` with pymorphy3's lemmas, ``counts_fi`` and ``counts_sv`` with simplemma's). Every
finder takes and returns what the English one does (``what`` in English), so that nothing
downstream needs to know the language.

>>> date_finder("ru")("Финляндия закрыла КПП 18 ноября 2023 года.")[0][:3]
('18 ноября 2023 года', 22, 41)
>>> date_finder("de") is date_finder("en") is date_finder(None)
True
>>> count_finder("fi")("Suomi sulki neljä kahdeksasta rajanylityspaikasta.")[0][3:6]
(4.0, 8.0, 'border crossings')
"""
from __future__ import annotations

import re
from functools import wraps

from . import counts, counts_fi, counts_ru, counts_sv, dates, dates_fi, dates_ru, dates_sv

# "today", "yesterday", "tomorrow" in each language: followed by the date itself ("сегодня, 11 января",
# "eilisen 17.11.", "i går, den 17 november", "yesterday, November 17") they are one mention of that date,
# as a weekday with its date is ("Friday, November 24").
DEICTIC_DAYS = re.compile(
    r"(?:today|yesterday|tomorrow|сегодня|вчера|завтра|накануне|позавчера|послезавтра|tänään|eilen|huomenna|"
    r"eilisen|eilinen|eilistä|huomisen|huominen|i dag|idag|i går|igår|i morgon|imorgon|i förrgår)", re.I)
_APPOSED = re.compile(r"[ \t]*,?[ \t]*")


def join_apposed(rows: list[tuple], text: str) -> list[tuple]:
    """Join a deictic day word and the date set beside it into one mention, valued as that date, when the word
    alone reads another day or none (no publication date): the date fixes it. Read as the same day, they stay two
    mentions, as the guide allows for a weekday and its date.

    >>> rows = date_finder("fi")("Eilisen 17.11. tilanne oli rauhallinen.", "2023-11-21")
    >>> [(r[0], str(r[3].date())) for r in rows]
    [('Eilisen 17.11.', '2023-11-17')]
    """
    if len(rows) < 2:
        return rows
    out: list[tuple] = []
    for row in rows:
        prev = out[-1] if out else None
        if (prev is not None and row[1] - prev[2] <= 3 and row[5] == "day" and any(c.isdigit() for c in row[0])
                and DEICTIC_DAYS.fullmatch(prev[0].strip())
                and _APPOSED.fullmatch(text[prev[2]:row[1]])
                and not (prev[3] == row[3] and prev[4] == row[4])):  # the same day twice: two right mentions
            out[-1] = (text[prev[1]:row[2]], prev[1], row[2], *row[3:])
        else:
            out.append(row)
    return out


def _joining(find):
    @wraps(find)
    def find_dates(text: str, published=None, **options) -> list[tuple]:
        return join_apposed(find(text, published, **options), text)
    return find_dates


DATE_FINDERS = {"en": _joining(dates.find_dates), "ru": _joining(dates_ru.find_dates), "fi": _joining(dates_fi.find_dates),
                "sv": _joining(dates_sv.find_dates)}
DATE_LANGUAGES = tuple(DATE_FINDERS)  # the languages whose dates have rules of their own; any other is read as English


COUNT_FINDERS = {"en": counts.find_counts, "ru": counts_ru.find_counts, "fi": counts_fi.find_counts,
                 "sv": counts_sv.find_counts}
COUNT_LANGUAGES = tuple(COUNT_FINDERS)


def date_finder(language: str | None = None):
    """The ``find_dates`` of *language*'s rules; the English one for any language without rules of its own, or none."""
    return DATE_FINDERS.get(language or "en", DATE_FINDERS["en"])


def count_finder(language: str | None = None):
    """The ``find_counts`` of *language*'s rules; the English one for any language without rules of its own, or none."""
    return COUNT_FINDERS.get(language or "en", counts.find_counts)


__all__ = ["COUNT_FINDERS", "COUNT_LANGUAGES", "DATE_FINDERS", "DATE_LANGUAGES", "count_finder", "date_finder",
           "join_apposed"]
