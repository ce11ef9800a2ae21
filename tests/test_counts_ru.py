"""Tests for helpers.extract.counts_ru: the guide's Counts table and its Russian rows ("Other languages"), every
number form, hedges, vague plurals, ranges, "X из Y", compound adjectives, the not-counts, three hand-annotated
Russian articles (tests/gold_ru/counts_*, gold written before the extractor was run on them), speed and a
property test on arbitrary text."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.extract.counts_ru as counts_ru
from helpers.extract.counts_ru import NOUNS, PHRASES, UNITS, find_counts
from helpers.paths import TESTS
from language_checks import (check_count_rows, check_counts_frame, check_doctests, check_gold_well_formed,
                             check_value_f1, count_rows, gold_document, gold_pairs)

GOLD = TESTS / "gold_ru"
NAN = None  # "no `of`" in the expectations below

rows = partial(count_rows, find_counts)  # (span text, value, of, what, approx) per count; `of` None when absent

# --------------------------------------------------------------------------- the guide's table, in Russian
POSITIVE = [
    # plain and hedged counts (row 1)
    ("На границу прибыли 900 просителей убежища.", [("900 просителей убежища", 900, NAN, "asylum seekers", False)]),
    ("Около 900 просителей убежища прибыли в ноябре.",
     [("Около 900 просителей убежища", 900, NAN, "asylum seekers", True)]),
    ("Прибыли более 300 человек.", [("более 300 человек", 300, NAN, "people", True)]),
    ("Прибыли более чем 300 человек.", [("более чем 300 человек", 300, NAN, "people", True)]),
    ("Прибыли свыше 300 человек.", [("свыше 300 человек", 300, NAN, "people", True)]),
    ("Прибыли порядка 300 человек.", [("порядка 300 человек", 300, NAN, "people", True)]),
    ("Прибыли почти 300 человек.", [("почти 300 человек", 300, NAN, "people", True)]),
    ("Прибыли примерно 300 человек.", [("примерно 300 человек", 300, NAN, "people", True)]),
    ("Прибыли не менее 300 человек.", [("не менее 300 человек", 300, NAN, "people", True)]),
    ("Прибыли больше 300 человек.", [("больше 300 человек", 300, NAN, "people", True)]),
    ("Прибыли меньше 300 человек.", [("меньше 300 человек", 300, NAN, "people", True)]),
    ("Прибыли как минимум 300 человек.", [("как минимум 300 человек", 300, NAN, "people", True)]),
    ("На КПП может прийти до 100 человек.", [("до 100 человек", 100, NAN, "people", True)]),
    ("Прибыли 700 с лишним человек.", [("700 с лишним человек", 700, NAN, "people", True)]),
    ("Лишь 3 мигранта прошли проверку.", [("3 мигранта", 3, NAN, "migrants", False)]),
    # X из Y (rows 2 and 3)
    ("Финляндия закроет четыре из восьми пунктов пропуска.",
     [("четыре из восьми пунктов пропуска", 4, 8, "border crossings", False)]),
    ("Один из восьми КПП останется открытым.", [("Один из восьми КПП", 1, 8, "border crossings", False)]),
    ("Финляндия закрыла 7 из 8 КПП.", [("7 из 8 КПП", 7, 8, "border crossings", False)]),
    ("Финляндия закрыла четыре пункта пропуска из восьми.",
     [("четыре пункта пропуска из восьми", 4, 8, "border crossings", False)]),
    ("Лишь один из КПП останется открытым.", [("один из КПП", 1, NAN, "border crossings", False)]),
    ("Двое из задержанных - дети.", [("Двое из задержанных", 2, NAN, "задержанный", False)]),
    # N nouns, all N nouns (row 4)
    ("Финляндия закрыла восемь КПП.", [("восемь КПП", 8, NAN, "border crossings", False)]),
    ("Финляндия закрыла все восемь КПП.", [("все восемь КПП", 8, NAN, "border crossings", False)]),
    ("Финляндия закроет ещё три пункта пропуска.", [("три пункта пропуска", 3, NAN, "border crossings", False)]),
    ("Закрыты два пограничных перехода.", [("два пограничных перехода", 2, NAN, "border crossings", False)]),
    ("Работают четыре контрольно-пропускных пункта.",
     [("четыре контрольно-пропускных пункта", 4, NAN, "border crossings", False)]),
    ("Закрыты три погранперехода.", [("три погранперехода", 3, NAN, "border crossings", False)]),
    ("18 ноября были закрыты четыре пункта на юго-востоке.", [("четыре пункта", 4, NAN, "border crossings", False)]),
    # units and compound adjectives (row 5, and the guide's Russian row)
    ("Граница протяженностью 1 340 км.", [("1 340 км", 1340, NAN, "kilometres", False)]),
    ("Граница протяженностью 1\u00a0340 км тянется через лес.", [("1\u00a0340 км", 1340, NAN, "kilometres", False)]),
    ("Протяжённость границы - 1340 километров.", [("1340 километров", 1340, NAN, "kilometres", False)]),
    ("Вдоль 1300-километровая граница тянется лес.",
     [("1300-километровая граница", 1300, NAN, "kilometres", False)]),
    ("На 1340-километровой российско-финляндской границе тихо.",
     [("1340-километровой российско-финляндской границе", 1340, NAN, "kilometres", False)]),
    ("Построен 3-километровый участок забора.", [("3-километровый участок", 3, NAN, "kilometres", False)]),
    ("Введен 24-часовой режим.", [("24-часовой режим", 24, NAN, "hours", False)]),
    ("Установлен трехмесячный срок.", [("трехмесячный срок", 3, NAN, "months", False)]),
    ("Забор высотой 4.5 метра.", [("4.5 метра", 4.5, NAN, "metres", False)]),
    ("В 20 км от границы построят лагерь.", [("20 км", 20, NAN, "kilometres", False)]),
    # vague plurals and approximate number words (row 6, and the guide's Russian row: пара)
    ("Финская сторона утверждает, что сотни мигрантов ждут.", [("сотни мигрантов", 100, NAN, "migrants", True)]),
    ("Решение затронет тысячи жителей.", [("тысячи жителей", 1000, NAN, "residents", True)]),
    ("К границе прибывали десятки мигрантов.", [("десятки мигрантов", 10, NAN, "migrants", True)]),
    ("Страну покинули десятки тысяч беженцев.", [("десятки тысяч беженцев", 10000, NAN, "refugees", True)]),
    ("Страну покинули сотни тысяч людей.", [("сотни тысяч людей", 100000, NAN, "people", True)]),
    ("Прибыли несколько десятков добровольцев.",
     [("несколько десятков добровольцев", 20, NAN, "volunteers", True)]),
    ("Прибыли несколько сотен мигрантов.", [("несколько сотен мигрантов", 200, NAN, "migrants", True)]),
    ("Прибыли несколько тысяч мигрантов.", [("несколько тысяч мигрантов", 2000, NAN, "migrants", True)]),
    ("Прибыли пара десятков мигрантов.", [("пара десятков мигрантов", 20, NAN, "migrants", True)]),
    ("Через пару дней КПП закроют.", [("пару дней", 2, NAN, "days", True)]),
    ("На ответ понадобится пара недель.", [("пара недель", 2, NAN, "weeks", True)]),
    ("Прибыли около тысячи мигрантов.", [("около тысячи мигрантов", 1000, NAN, "migrants", True)]),
    ("На КПП дежурит десяток пограничников.", [("десяток пограничников", 10, NAN, "border guards", False)]),
    # durations with a numeral are counts (row 7)
    ("Граница закрыта на три месяца.", [("три месяца", 3, NAN, "months", False)]),
    ("Закрытие продлится почти две недели.", [("почти две недели", 2, NAN, "weeks", True)]),
    ("КПП откроют через две недели.", [("две недели", 2, NAN, "weeks", False)]),
    ("В течение 90 дней граница закрыта.", [("90 дней", 90, NAN, "days", False)]),
    ("Решение примут в течение 24 часов.", [("24 часов", 24, NAN, "hours", False)]),
    ("Они провели на границе трое суток.", [("трое суток", 3, NAN, "days", False)]),
    ("Решение будет действовать один месяц.", [("один месяц", 1, NAN, "months", False)]),
    # elliptical counts take the implied noun (row 8)
    ("В понедельник пришли 60 человек, а во вторник - уже 75.",
     [("60 человек", 60, NAN, "people", False), ("75", 75, NAN, "people", False)]),
    ("Прибыли 39 просителей убежища, днем ранее - 47.",
     [("39 просителей убежища", 39, NAN, "asylum seekers", False), ("47", 47, NAN, "asylum seekers", False)]),
    ("Прибыли 100 мигрантов, из них 40 - дети.",
     [("100 мигрантов", 100, NAN, "migrants", False), ("40", 40, NAN, "migrants", False)]),
    ("Открытыми останутся четыре КПП, но убежище будут принимать только в двух из них.",
     [("четыре КПП", 4, NAN, "border crossings", False), ("двух из них", 2, NAN, "border crossings", False)]),
    ("Финляндия закрыла восемь КПП, открытым остался только один.",
     [("восемь КПП", 8, NAN, "border crossings", False), ("один", 1, NAN, "border crossing", False)]),
    ("Закрыты все КПП, кроме одного.", [("одного", 1, NAN, "border crossing", False)]),
    ("Число прибывших сократилось с 80 до 50 человек.",
     [("80", 80, NAN, "people", False), ("50 человек", 50, NAN, "people", False)]),
    ("Пограничники задержали пятерых.", [("пятерых", 5, NAN, "people", False)]),
    # the only one (row 9)
    ("Единственным открытым КПП останется Рая-Йоосеппи.",
     [("Единственным открытым КПП", 1, NAN, "border crossing", False)]),
    ("Салла остается единственным пунктом пропуска на севере.",
     [("единственным пунктом пропуска", 1, NAN, "border crossing", False)]),
    ("Финляндия закрыла семь КПП. Рая-Йоосеппи остается единственным, где принимают просителей убежища.",
     [("семь КПП", 7, NAN, "border crossings", False), ("единственным", 1, NAN, "border crossing", False)]),
    ("Финляндия оставит открытым лишь один КПП.", [("один КПП", 1, NAN, "border crossing", False)]),
    # small counts and zero, zero by negation (row 10 and the guide's Russian row)
    ("Пограничники задержали 1 человека.", [("1 человека", 1, NAN, "person", False)]),
    ("Один мигрант получил травму.", [("Один мигрант", 1, NAN, "migrant", False)]),
    ("Заявили, что ни одного просителя убежища не пропустят.",
     [("ни одного просителя убежища", 0, NAN, "asylum seekers", False)]),
    ("Не работает ни один КПП.", [("ни один КПП", 0, NAN, "border crossings", False)]),
    ("В воскресенье на границу прибыли 0 мигрантов.", [("0 мигрантов", 0, NAN, "migrants", False)]),
    # number forms: cases and genders, compounds, digits with scales
    ("Речь идет о четырех КПП.", [("четырех КПП", 4, NAN, "border crossings", False)]),
    ("Речь идет о четырёх КПП.", [("четырёх КПП", 4, NAN, "border crossings", False)]),
    ("К четырем КПП подтянули технику.", [("четырем КПП", 4, NAN, "border crossings", False)]),
    ("Работа двух КПП прекращена.", [("двух КПП", 2, NAN, "border crossings", False)]),
    ("Границу пересекли двое мигрантов.", [("двое мигрантов", 2, NAN, "migrants", False)]),
    ("Трое суток мигранты ждали на морозе.", [("Трое суток", 3, NAN, "days", False)]),
    ("Пограничники задержали одного нарушителя границы.",
     [("одного нарушителя границы", 1, NAN, "border violator", False)]),
    ("Мигрантов разместили в восьми автобусах.", [("восьми автобусах", 8, NAN, "buses", False)]),
    ("Прибыли двадцать пять беженцев.", [("двадцать пять беженцев", 25, NAN, "refugees", False)]),
    ("Прибыли двести пятьдесят человек.", [("двести пятьдесят человек", 250, NAN, "people", False)]),
    ("Прибыли полторы тысячи человек.", [("полторы тысячи человек", 1500, NAN, "people", False)]),
    ("Прибыли две с половиной тысячи человек.",
     [("две с половиной тысячи человек", 2500, NAN, "people", False)]),
    ("Прибыла тысяча человек.", [("тысяча человек", 1000, NAN, "people", False)]),
    ("Пришли полсотни человек.", [("полсотни человек", 50, NAN, "people", False)]),
    ("Прибыли 1,5 тыс. человек.", [("1,5 тыс. человек", 1500, NAN, "people", False)]),
    ("Около 30 тыс. россиян имеют двойное гражданство.",
     [("Около 30 тыс. россиян", 30000, NAN, "Russians", True)]),
    ("Прибыли 2 тысячи мигрантов.", [("2 тысячи мигрантов", 2000, NAN, "migrants", False)]),
    ("Ежегодно границу пересекали до 10 млн человек.", [("до 10 млн человек", 1e7, NAN, "people", True)]),
    ("В Финляндии проживает около 5,6 млн человек.", [("около 5,6 млн человек", 5.6e6, NAN, "people", True)]),
    ("Прибыли 9 000 поездок.", [("9 000 поездок", 9000, NAN, "trips", False)]),
    ("Закрытие 2-х КПП.", [("2-х КПП", 2, NAN, "border crossings", False)]),
    ("В 2023 году прибыли 1900 человек.", [("1900 человек", 1900, NAN, "people", False)]),
    ("В 2023 900 человек прибыли.", [("900 человек", 900, NAN, "people", False)]),
    ("Прибыли почти 700 граждан третьих стран.",
     [("почти 700 граждан третьих стран", 700, NAN, "third-country nationals", True)]),
    ("Дежурят около 60 пограничников и военных.",
     [("около 60 пограничников и военных", 60, NAN, "border guards and soldiers", True)]),
    ("Финляндия и Россия подписали 20 соглашений.", [("20 соглашений", 20, NAN, "agreements", False)]),
    ("За сутки поступило 80 ходатайств об убежище.", [("80 ходатайств", 80, NAN, "applications", False)]),
    ("Прибыли 100 ищущих убежища.", [("100 ищущих убежища", 100, NAN, "asylum seekers", False)]),
    ("Прибыли пять вертолётов.", [("пять вертолётов", 5, NAN, "helicopters", False)]),
    ("Закупили пять тепловизоров.", [("пять тепловизоров", 5, NAN, "тепловизор", False)]),  # not in the tables
    # ranges: the lower bound, approx
    ("Ежедневно прибывали 100–150 мигрантов.", [("100–150 мигрантов", 100, NAN, "migrants", True)]),
    ("Мигранты прибывают группами по 10-15 человек.", [("10-15 человек", 10, NAN, "people", True)]),
    ("Ежедневно прибывали от 100 до 150 мигрантов.", [("от 100 до 150 мигрантов", 100, NAN, "migrants", True)]),
    ("Проезжали 3-4 тысячи машин в сутки.", [("3-4 тысячи машин", 3000, NAN, "cars", True)]),
    ("Закрытие продлится два-три дня.", [("два-три дня", 2, NAN, "days", True)]),
    ("Закрытие продлится двух-трёх недель.", [("двух-трёх недель", 2, NAN, "weeks", True)]),
    # percentages and money (the English module's choices)
    ("Доля выросла на 40 процентов.", [("40 процентов", 40, NAN, "percent", False)]),
    ("Рост составил 40%.", [("40%", 40, NAN, "percent", False)]),
    ("Финляндия заплатит 1,2 млн евро.", [("1,2 млн евро", 1.2e6, NAN, "euros", False)]),
    ("Москва выплатит 2 млрд руб. в следующем году.", [("2 млрд руб.", 2e9, NAN, "roubles", False)]),
    # "из них" after "пограничные пункты" (border points: crossings)
    ("Закрытие пограничных пунктов начали в ноябре. Перестали работать четыре из них.",
     [("четыре из них", 4, NAN, "border crossings", False)]),
    # adjectives or participles between "из" and the second number
    ("Решено закрыть три из оставшихся четырех КПП.", [("три из оставшихся четырех КПП", 3, 4, "border crossings", False)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_counts(text, expected):
    assert rows(text) == expected


NOT_COUNTS = [
    # dates, years, datelines (the guide's Dates table and "Other languages" rows)
    "Финляндия закрыла КПП 18 ноября.",
    "С 18 числа граница закрыта.",  # the 18th of the month
    "Соглашение подписано 13 апреля 2012 года.",
    "КПП закрыли в ночь с 17 на 18 ноября.",
    "Переговоры прошли 18-19 ноября.",
    "Ночью 23-24 ноября КПП закроют.",
    "Закрытие продлится до 14 января 2024 года включительно.",
    "ХЕЛЬСИНКИ, 16 ноября. /ТАСС/. Кабмин принял решение.",
    "МОСКВА, 23 ноя - РИА Новости. Кабмин принял решение.",
    "Москва, 20.11.2023 / 13:50",
    "Финляндия ввела ограничения в 2022 году.",
    "В 2022-2023 годах поток вырос.",
    "Границу закрыли в 2022–2023 гг.",
    "Отчет за 2022 год.",
    "С двадцать четвертого ноября КПП не работают.",
    # clock times
    "КПП закрылись в 00:00 по местному времени.",
    "КПП закроются в 20.00.",
    "Граница закроется в 8 утра.",
    "В 2 часа ночи КПП закрыли.",
    "В 18 часов по московскому времени.",
    # ordinals
    "Прибывают граждане третьих стран.",
    "Финляндия стала 31-м членом НАТО.",
    "На 5-й день закрытия ситуация стабилизировалась.",
    "В 90-х годах граница была открыта.",
    "Это третий случай.",
    # not numbers: несколько, все, обе, fixed phrases, proportions
    "Прибыли несколько мигрантов.",
    "Спустя несколько дней КПП закрыли.",
    "Закрыты все КПП.",
    "Обе страны обменялись нотами.",
    "Лидеры двух стран встретились.",
    "Граница между двумя странами закрыта.",
    "Две трети мигрантов - мужчины.",
    "Около трети мигрантов составляют сирийцы.",
    "Почти половина из них прибыла в ноябре.",
    "Мигрантов стало в три раза больше.",
    # "a certain one" and idioms of один
    "Один из мигрантов рассказал о пути.",
    "Одна из мигранток была беременна.",
    "С одной стороны, граница закрыта.",
    "Мигранты шли один за другим.",
    "Их пропускали по одному.",
    "В один только понедельник пришли мигранты.",
    # durations that are dates, durations with no numeral
    "Это случилось две недели назад.",
    "Двадцать лет назад граница была спокойной.",
    "Граница закрыта на месяц.",
    # names, codes, list markers, phone numbers
    "Истребители Су-35 патрулировали границу.",
    "Су-27 и Су-30 сопровождали самолет.",
    "Трасса Р-21 «Кола» перекрыта.",
    "Ограничения из-за COVID-19 сняты.",
    "Статья 5 Устава НАТО.",
    "Согласно статье 3 Шенгенского кодекса.",
    "Автобус №3 прибыл.",
    "Самолет Boeing 737 приземлился.",
    "Звоните по телефону +7 495 123-45-67.",
    "Звоните 8-800-555-35-35.",
    "Код региона 0295.",
    "1. Закрытие КПП\n2. Ограничения",
    "Двухсторонние отношения ухудшились.",
    "Число 0 ничего не значит, как и 5G.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text):
    assert rows(text) == []


def test_dates_next_to_counts():
    text = "ХЕЛЬСИНКИ, 22 ноября. /ТАСС/. С 18 ноября по 14 декабря прибыли около 900 человек, в 2023 году - 1300."
    assert rows(text) == [("около 900 человек", 900, NAN, "people", True), ("1300", 1300, NAN, "people", False)]


def test_number_of_the_noun_follows_the_value():
    assert rows("Открыт один пункт пропуска.") == [("один пункт пропуска", 1, NAN, "border crossing", False)]
    assert rows("Открыт 21 пункт пропуска.") == [("21 пункт пропуска", 21, NAN, "border crossings", False)]
    # units keep one plural spelling
    assert rows("Прошел 1 километр.") == [("1 километр", 1, NAN, "kilometres", False)]


def test_tables_are_consistent():
    crossings = {"border crossings", "border crossings", "crossings"}
    assert NOUNS["кпп"][0] in crossings and PHRASES[("пункт", "пропуск")][0] in crossings
    assert PHRASES[("пограничный", "переход")][0] in crossings
    for table in (NOUNS, PHRASES):
        for key, (pl, sg) in table.items():
            assert pl and sg and pl.isascii() and sg.isascii(), key
    assert all(v.isascii() for v in UNITS.values())
    # the English words the project maps to topics (helpers/data/nouns.csv)
    nouns = pd.read_csv(TESTS.parent / "helpers" / "data" / "nouns.csv")["noun"].str.lower().tolist()
    for word in ("border crossings", "border crossings", "people", "migrants", "refugees", "asylum seekers",
                 "kilometres", "days", "weeks", "months", "percent", "euros", "roubles", "border guards",
                 "illegal migrants", "citizens", "soldiers"):
        assert any(word.endswith(n) or n.endswith(word) for n in nouns), word


def test_extract_counts_frame():
    df = check_counts_frame(counts_ru, "Около 700 человек прибыли на четыре из восьми КПП.", "Здесь чисел нет.")
    assert df[["value", "of", "approx"]].values.tolist()[1] == [4.0, 8.0, False]


def test_doctests():
    check_doctests(counts_ru, min_attempted=3)


# --------------------------------------------------------------------------- gold articles
def test_gold_files_are_well_formed():
    check_gold_well_formed(gold_pairs(GOLD, "counts", gold_document), "counts", min_files=3, unique=False,
                           ascii_what=True)


def test_gold_value_f1():
    """TempEval-3, as helpers.extract.score: found = span overlap, right = found with the same value/of/what/approx."""
    check_value_f1(gold_pairs(GOLD, "counts", gold_document), "counts", find_counts, min_gold=40, threshold=0.9,
                   columns=("right",))


def test_spans_sorted_and_disjoint():
    text = "\n\n".join(text for _f, _gold, text in gold_pairs(GOLD, "counts", gold_document))
    got = find_counts(text)
    assert len(got) >= 40
    assert all(a[2] <= b[1] for a, b in zip(got, got[1:]))
    assert all(text[s:e] == span for span, s, e, *_ in got)


def test_speed_and_no_quadratic_blowup():
    import time
    text = "\n\n".join(text for _f, _gold, text in gold_pairs(GOLD, "counts", gold_document))
    find_counts(text)  # loads the morphology once
    t0 = time.process_time()
    for _ in range(20):
        find_counts(text)
    per_call = (time.process_time() - t0) / 20
    assert per_call < 0.05  # about 5 ms for the three articles (4,700 characters)
    t0 = time.process_time()
    find_counts("четыре " * 5000)
    find_counts("1 340 " * 3000)
    find_counts("около 900 мигрантов, " * 2000)
    assert time.process_time() - t0 < 5


# --------------------------------------------------------------------------- property: arbitrary text
PIECES = st.sampled_from([
    " ", "  ", "\n", ",", ".", "-", "–", "%", ":", "/", "€", "(", ")", "№", "+", "0", "1", "9", "13", "2012",
    "1,5", "1 340", "4.5", "один", "Одна", "два", "двух", "двое", "двадцать", "сто", "тысяч", "тыс", "млн",
    "десятков", "сотни", "пара", "несколько", "из", "них", "ни", "все", "около", "более", "от", "до", "с",
    "лишним", "половиной", "единственный", "км", "километровая", "трехмесячный", "КПП", "пункта", "пропуска",
    "человек", "мигрантов", "ноября", "года", "назад", "утра", "Су", "ё", "İ",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=50).map("".join),
                  st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_property_well_formed(text):
    check_count_rows(text, find_counts(text))
