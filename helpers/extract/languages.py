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

from . import counts, counts_fi, counts_ru, counts_sv, dates, dates_fi, dates_ru, dates_sv

DATE_FINDERS = {"en": dates.find_dates, "ru": dates_ru.find_dates, "fi": dates_fi.find_dates, "sv": dates_sv.find_dates}
DATE_LANGUAGES = tuple(DATE_FINDERS)  # the languages whose dates have rules of their own; any other is read as English


COUNT_FINDERS = {"en": counts.find_counts, "ru": counts_ru.find_counts, "fi": counts_fi.find_counts,
                 "sv": counts_sv.find_counts}
COUNT_LANGUAGES = tuple(COUNT_FINDERS)


def date_finder(language: str | None = None):
    """The ``find_dates`` of *language*'s rules; the English one for any language without rules of its own, or none."""
    return DATE_FINDERS.get(language or "en", dates.find_dates)


def count_finder(language: str | None = None):
    """The ``find_counts`` of *language*'s rules; the English one for any language without rules of its own, or none."""
    return COUNT_FINDERS.get(language or "en", counts.find_counts)


__all__ = ["COUNT_FINDERS", "COUNT_LANGUAGES", "DATE_FINDERS", "DATE_LANGUAGES", "count_finder", "date_finder"]
