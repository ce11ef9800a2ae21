"""Tests for helpers.extract.languages: the finder chosen per language, and a deictic day joined to its date."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract.languages import date_finder


def _dates(language, text, published):
    return [(r[0], None if pd.isna(r[3]) else str(r[3].date())) for r in date_finder(language)(text, published)]


@pytest.mark.parametrize("language, text, published, expected", [
    ("en", "The decision was made yesterday, November 17, 2023, by the government.", None,  # no publication date
     [("yesterday, November 17, 2023", "2023-11-17")]),
    ("ru", "Решение принято вчера, 11 января 2024 года, пишет газета.", None, [("вчера, 11 января 2024 года", "2024-01-11")]),
    ("fi", "Eilisen 17.11. tilanne oli rauhallinen.", "2023-11-20", [("Eilisen 17.11.", "2023-11-17")]),  # the date's day
    ("sv", "Beslutet fattades i går, den 17 november 2023.", None, [("i går, den 17 november 2023", "2023-11-17")]),
])
def test_a_deictic_day_and_the_date_that_fixes_it_are_one_mention(language, text, published, expected):
    assert _dates(language, text, published) == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Yesterday and on November 17 the border was quiet."),  # two days, joined by "and"
    ("ru", "Вчера, а также 17 ноября граница была спокойной."),
])
def test_dates_not_set_beside_each_other_stay_apart(language, text):
    rows = _dates(language, text, "2023-11-21")
    assert not any("," in t and any(w in t.lower() for w in ("yesterday", "вчера")) for t, _ in rows)


def test_a_deictic_day_that_reads_the_same_day_as_its_date_stays_a_mention_of_its_own():
    assert _dates("ru", "Решение принято сегодня, 11 января, пишет газета.", "2024-01-11") == [
        ("сегодня", "2024-01-11"), ("11 января", "2024-01-11")]
