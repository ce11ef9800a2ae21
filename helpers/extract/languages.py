"""Which rules read an article's dates, by its language.

English (``helpers.extract.dates``) has the most rules; Russian, Finnish and Swedish have modules of
their own built on its calendar arithmetic (``dates_ru``, ``dates_fi``, ``dates_sv``). Every
finder takes and returns what :func:`helpers.extract.dates.find_dates` does, so that nothing
downstream needs to know the language.

>>> date_finder("ru")("Финляндия закрыла КПП 18 ноября 2023 года.")[0][:3]
('18 ноября 2023 года', 22, 41)
>>> date_finder("de") is date_finder("en") is date_finder(None)
True
"""
from __future__ import annotations

from . import dates, dates_fi, dates_ru, dates_sv

DATE_FINDERS = {"en": dates.find_dates, "ru": dates_ru.find_dates, "fi": dates_fi.find_dates, "sv": dates_sv.find_dates}
DATE_LANGUAGES = tuple(DATE_FINDERS)  # the languages whose dates have rules of their own; any other is read as English


def date_finder(language: str | None = None):
    """The ``find_dates`` of *language*'s rules; the English one for any language without rules of its own, or none."""
    return DATE_FINDERS.get(language or "en", dates.find_dates)


__all__ = ["DATE_FINDERS", "DATE_LANGUAGES", "date_finder"]
