"""Find stated counts in a Russian article ("около 900 мигрантов", "четыре из восьми пунктов пропуска"),
normalised as the annotation guide's Counts table and its "Other languages" rows say.

The Russian counterpart of :mod:`helpers.extract.counts`, with the same contract: one tuple per count,
``(text, start_char, end_char, value, of, what, approx)`` in ``COLUMNS`` order, sorted by position, with
``text == source[start_char:end_char]`` (hedge, number(s) and counted noun phrase), ``value`` a float,
``of`` the Y of "X из Y" (else NaN), ``what`` the counted noun **in English** and ``approx`` a bool.

``what`` comes from small editable tables (``NOUNS``, ``UNITS``, ``PHRASES``) keyed by Russian lemmas,
using the English words the rest of the project maps to topics (``helpers/data/nouns.csv``):

* ``КПП``, ``пункт пропуска``, ``контрольно-пропускной пункт``, ``пункт пересечения границы``,
  ``пограничный переход``, ``погранпереход`` -> ``border crossings`` (one English word for all of them, as
  the Finnish and Swedish extractors have; ``nouns.csv`` maps it to the topic ``crossings``); ``человек``/``люди`` -> ``people``; ``мигранты`` -> ``migrants``;
  ``нелегалы``, ``нелегальные мигранты`` -> ``illegal migrants``; ``беженцы`` -> ``refugees``;
  ``просители``/``соискатели``/``ищущие убежища`` -> ``asylum seekers``; ``граждане третьих стран`` ->
  ``third-country nationals``; ``пограничники`` -> ``border guards`` ...
* A noun of the tables is given in English in the count's number (``один КПП`` -> ``border crossing``,
  ``четыре КПП`` -> ``border crossings``); units have one plural spelling whatever the value (``один месяц``
  -> ``months``), as in English. A noun outside the tables is given as its Russian lemma, ``ё`` written
  ``е`` (``пять тепловизоров`` -> ``тепловизор``), adjectives dropped; only the tables' phrases keep them.
  ``пункт`` with no complement (``четыре пункта на юго-востоке``) is a crossing point said short; with one
  (``пункт временного размещения``) it stays ``пункт``.
  Two table nouns joined by ``и`` in the same case make one ``what`` (``пограничников и военных`` ->
  ``border guards and soldiers``).

Numbers: digits (``900``, ``1 340`` and ``1\u00a0340`` with spaces as thousands separators, ``1,5``
and ``4.5`` as decimals, ``1,5 тыс.``, ``10 млн``, ``2 тысячи``, ``700 с лишним``), cardinal number words
in every case and gender (``четыре``, ``четырёх``, ``двумя``, ``одного``, ``двадцать пять``, ``двухсот``,
``полторы тысячи``, ``две с половиной тысячи``), collective numerals (``двое``, ``пятерых``: people
when no noun follows), ``полсотни``, ``десяток`` (10), ``сотня`` (100), ``дюжина`` (12), ``пара`` (2,
approx: the guide's row), and the cardinal abbreviations ``2-х``, ``5-ти``.

Choices where the guide is silent (mirroring the English module where it applies):

* Vague plurals are approx: ``десятки`` 10, ``сотни`` 100, ``тысячи`` 1000, ``десятки тысяч`` 10000,
  ``сотни тысяч`` 100000, ``миллионы``. ``десяток`` is ten (the guide's ``parisenkymmentä`` = 2 x 10), so
  ``несколько десятков`` = 2 x 10 = 20, approx, as English "several dozen" = 2 x 12; ``несколько
  сотен`` 200, ``несколько тысяч`` 2000, ``пара десятков`` 20. ``несколько`` alone is not a count.
* Hedges, all approx: ``около``, ``более (чем)``, ``свыше``, ``сверх``, ``порядка``, ``почти``,
  ``примерно``, ``приблизительно``, ``не менее``/``не более``/``не больше``/``не меньше``,
  ``больше``, ``меньше``, ``менее``, ``чуть более`` ..., ``без малого``, ``как минимум``,
  ``по меньшей мере``, ``в пределах``, ``в районе``, ``превысило`` (English "exceeded"), ``перевалило за``,
  ``до``/``вплоть до`` (an upper bound: not after ``с N``, a change), and ``с лишним``/``с небольшим``
  after the number. ``лишь``, ``только``, ``всего``, ``ещё`` stay out of the
  span (English "Only 900"); ``все восемь КПП`` keeps ``все`` in it (English "all eight crossings").
* Ranges (``100-150``, ``двух-трёх``, ``от 100 до 150``): the lower bound, approx.
* ``X из Y`` gives ``of`` (``четыре из восьми пунктов пропуска``, ``четыре пункта пропуска из восьми``);
  ``двое из задержанных`` is (2, of NaN); ``один из ...`` with no second number is "a certain one", not a
  count, unless ``лишь``/``только``/``всего``/``ни`` stand before it. ``двух из них`` takes the noun of
  the nearest earlier plural (a pronoun); other numbers with no noun (``во вторник - уже 75``) take the
  noun the sentence implies, as the English ``_antecedent`` does (the noun of the last count in the
  sentence, else the nearest counted noun of this or the two sentences before), else ``''``; a subject
  ``число``/``количество`` + noun comes first (``Число мигрантов, прибывших через КПП, превысило 900`` ->
  migrants). A collective numeral with no noun (``задержали пятерых``) counts people.
* ``единственный (открытый) КПП`` (any case) is 1 (the guide's "the only one"), only with a noun of
  the tables or, with no noun, a masculine form followed by punctuation (``единственный, ...``).
* Zero by negation: ``ни одного просителя убежища``, ``ни один КПП`` -> 0; so is ``0 мигрантов``; a bare
  ``0``/``ноль`` only before punctuation (``их число - 0.``; English "was zero.").
* Compound adjectives count: ``1300-километровая граница`` (1300 kilometres, the noun in the span),
  ``24-часовой``, ``90-дневный``, and the word compounds ``трёхмесячный``, ``двухнедельный``,
  ``пятиметровый``, ``полуторамесячный``.
* Percentages are counts, as in English: ``40%``, ``40 процентов`` -> ``percent``; money too (``руб.``,
  ``евро``, ``€``, ``$``). Proportions are not (``две трети``, ``половина``).
* A duration with a numeral is a count (``на три месяца``, ``через две недели``), but ``две недели
  назад`` is a date (the guide's "two days ago"), and ``в три раза`` a ratio.
* ``два``/``две`` + a relational noun (``двух стран``, ``двумя странами``, ``две стороны``) is the fixed
  phrase "the two countries", as English ``the two countries``; so is ``обе страны``.
* Not counts: dates (``18 ноября``, ``с 17 на 18 ноября``, ``18-19 ноября``, ``23 ноя``), years
  (``2023 года``, ``в 2022 году``, ``2022-2023 гг.``, a 4-digit 1800-2099 number unless a plural noun
  follows: ``1900 человек`` counts), clock times (``00:00``, ``в 20.00``, ``в 8 утра``, ``в 2 часа
  ночи``), ordinals (``третьих стран``, ``2-й``, ``90-х``), list markers, numbers with a leading zero,
  after ``+`` or ``№``, in names and codes (``Су-35``, ``COVID-19``, ``G7``, ``статья 5``, ``ст. 5``),
  temperatures (``минус 20``), ``все КПП``,
  ``несколько дней``, idioms of ``один`` (``с одной стороны``, ``один за другим``, ``по одному``,
  ``одно и то же``, ``одни``), a number word before an ordinal (``двадцать четвертого ноября``).

Speed: patterns and tables are built once at import; pymorphy3 is imported lazily, one
``MorphAnalyzer`` is cached, and only the few words right after a number are analysed (cached per word).

>>> [r[0] for r in find_counts("Финляндия закрыла четыре из восьми пунктов пропуска, около 900 мигрантов ждут.")]
['четыре из восьми пунктов пропуска', 'около 900 мигрантов']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .counts import _sentence_starts
from .counts_shared import COLUMNS, counts_frame

__all__ = ["COLUMNS", "NOUNS", "PHRASES", "UNITS", "extract_counts", "find_counts"]

_NAN = float("nan")

# --------------------------------------------------------------------------- editable tables
# Russian lemma (ё written е) -> (English plural, English singular)
NOUNS: dict[str, tuple[str, str]] = {
    "кпп": ("border crossings", "border crossing"),
    "погранпункт": ("border crossings", "border crossing"),
    "погранпереход": ("border crossings", "border crossing"),
    "переход": ("border crossings", "border crossing"),
    "мигрант": ("migrants", "migrant"),
    "нелегал": ("illegal migrants", "illegal migrant"),
    "беженец": ("refugees", "refugee"),
    "человек": ("people", "person"),
    "гражданин": ("citizens", "citizen"),
    "иностранец": ("foreigners", "foreigner"),
    "россиянин": ("Russians", "Russian"),
    "финн": ("Finns", "Finn"),
    "житель": ("residents", "resident"),
    "турист": ("tourists", "tourist"),
    "пассажир": ("passengers", "passenger"),
    "путешественник": ("travellers", "traveller"),
    "пограничник": ("border guards", "border guard"),
    "военнослужащий": ("soldiers", "soldier"),
    "военный": ("soldiers", "soldier"),
    "солдат": ("soldiers", "soldier"),
    "сотрудник": ("officers", "officer"),
    "полицейский": ("police officers", "police officer"),
    "доброволец": ("volunteers", "volunteer"),
    "волонтер": ("volunteers", "volunteer"),
    "ребенок": ("children", "child"),
    "женщина": ("women", "woman"),
    "мужчина": ("men", "man"),
    "семья": ("families", "family"),
    "заявление": ("applications", "application"),
    "ходатайство": ("applications", "application"),
    "заявка": ("applications", "application"),
    "автомобиль": ("cars", "car"),
    "машина": ("cars", "car"),
    "грузовик": ("trucks", "truck"),
    "фура": ("trucks", "truck"),
    "автобус": ("buses", "bus"),
    "велосипед": ("bicycles", "bicycle"),
    "поезд": ("trains", "train"),
    "рейс": ("flights", "flight"),
    "поездка": ("trips", "trip"),
    "пересечение": ("crossings", "crossing"),  # an act of crossing ("9 000 пересечений границы": PHRASES)
    "страна": ("countries", "country"),
    "государство": ("states", "state"),
    "сторона": ("sides", "side"),
    "соглашение": ("agreements", "agreement"),
    "договор": ("agreements", "agreement"),
    "случай": ("cases", "case"),
    "участок": ("sections", "section"),
    "вертолет": ("helicopters", "helicopter"),
    "беспилотник": ("drones", "drone"),
    "дрон": ("drones", "drone"),
    "раз": ("times", "time"),
}
# units: one English plural whatever the value (abbreviations included)
UNITS: dict[str, str] = {
    "километр": "kilometres", "км": "kilometres", "метр": "metres", "м": "metres", "миля": "miles",
    "час": "hours", "ч": "hours", "минута": "minutes", "мин": "minutes", "секунда": "seconds",
    "сек": "seconds", "сутки": "days", "день": "days", "дн": "days", "ночь": "nights", "неделя": "weeks",
    "нед": "weeks", "месяц": "months", "мес": "months", "год": "years", "десятилетие": "decades",
    "век": "centuries", "столетие": "centuries", "процент": "percent", "рубль": "roubles", "руб": "roubles",
    "евро": "euros", "доллар": "dollars", "долл": "dollars", "тонна": "tonnes", "гектар": "hectares",
    "га": "hectares",
}
# lemma sequences (adjectives, head, genitive complements) -> (plural, singular)
_CP = ("border crossings", "border crossing")  # every word for a crossing point: КПП, пункт пропуска ...
PHRASES: dict[tuple[str, ...], tuple[str, str]] = {
    ("пункт", "пропуск"): _CP,
    ("пункт", "пересечение", "граница"): _CP,
    ("пункт", "пересечение"): _CP,
    ("контрольно-пропускной", "пункт"): _CP,
    ("пропускной", "пункт"): _CP,
    ("пограничный", "пункт"): _CP,
    ("пограничный", "переход"): _CP,
    ("проситель", "убежище"): ("asylum seekers", "asylum seeker"),
    ("соискатель", "убежище"): ("asylum seekers", "asylum seeker"),
    ("искатель", "убежище"): ("asylum seekers", "asylum seeker"),
    ("ищущий", "убежище"): ("asylum seekers", "asylum seeker"),
    ("гражданин", "третий", "страна"): ("third-country nationals", "third-country national"),
    ("нелегальный", "мигрант"): ("illegal migrants", "illegal migrant"),
    ("незаконный", "мигрант"): ("illegal migrants", "illegal migrant"),
    ("пересечение", "граница"): ("border crossings", "border crossing"),
    ("нарушитель", "граница"): ("border violators", "border violator"),
    ("транспортный", "средство"): ("vehicles", "vehicle"),
    ("сотрудник", "пограничный", "служба"): ("border guards", "border guard"),
    ("сотрудник", "погранслужба"): ("border guards", "border guard"),
}
_TIME_UNITS = {"hours", "minutes", "seconds", "days", "nights", "weeks", "months", "years", "decades", "centuries"}
# "два"/"две" + one of these is the fixed phrase "the two countries"
_RELATIONAL = {"страна", "сторона", "государство", "народ", "столица", "лидер", "президент", "министр",
               "правительство", "сосед", "соседка", "держава", "республика", "нация", "ведомство", "глава"}
_PROPORTION = {"треть", "четверть", "половина", "доля", "часть", "пятая", "десятая", "процентный"}

# --------------------------------------------------------------------------- number words
def _build_numwords() -> dict[str, tuple[float, str, bool]]:
    d: dict[str, tuple[float, str, bool]] = {}

    def add(words: str, v: float, kind: str, pl: bool = False) -> None:
        for w in words.split():
            d[w] = (float(v), kind, pl)

    add("ноль нуль ноля нуля нолю нулю нолем нулем", 0, "zero")
    add("один одного одному одним одном одна одной одну одною одно", 1, "unit")
    add("два две двух двум двумя", 2, "unit")
    add("три трех трем тремя", 3, "unit")
    add("четыре четырех четырем четырьмя", 4, "unit")
    for v, st in ((5, "пят"), (6, "шест"), (7, "сем"), (8, "восем"), (9, "девят")):
        add(f"{st}ь {st}и {st}ью", v, "unit")
    add("восьми восьмью", 8, "unit")
    for v, st in ((10, "десят"), (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"), (14, "четырнадцат"),
                  (15, "пятнадцат"), (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"),
                  (19, "девятнадцат")):
        add(f"{st}ь {st}и {st}ью", v, "teen")
    add("двадцать двадцати двадцатью", 20, "tens")
    add("тридцать тридцати тридцатью", 30, "tens")
    add("сорок сорока", 40, "tens")
    for v, a, b, c in ((50, "пять", "пяти", "пятью"), (60, "шесть", "шести", "шестью"), (70, "семь", "семи", "семью"),
                       (80, "восемь", "восьми", "восемью")):
        add(f"{a}десят {b}десяти {c}десятью", v, "tens")
    add("восьмьюдесятью", 80, "tens")
    add("девяносто девяноста", 90, "tens")
    add("сто ста", 100, "hund")
    add("двести двухсот двумстам двумястами двухстах", 200, "hund")
    add("триста трехсот тремстам тремястами трехстах", 300, "hund")
    add("четыреста четырехсот четыремстам четырьмястами четырехстах", 400, "hund")
    for v, a, b, c in ((500, "пять", "пяти", "пятью"), (600, "шесть", "шести", "шестью"),
                       (700, "семь", "семи", "семью"), (800, "восемь", "восьми", "восемью"),
                       (900, "девять", "девяти", "девятью")):
        add(f"{a}сот {b}сот {b}стам {c}стами {b}стах", v, "hund")
    add("восьмьюстами", 800, "hund")
    add("полтора полторы полутора", 1.5, "half")
    for v, st in ((2, "дво"), (3, "тро"), (4, "четвер"), (5, "пятер"), (6, "шестер"), (7, "семер"), (8, "восьмер"),
                  (9, "девятер"), (10, "десятер")):
        add(f"{st}е {st}их {st}им {st}ими" if v < 4 else f"{st}о {st}ых {st}ым {st}ыми", v, "coll")
    add("пара пару парой паре пары", 2, "pair")
    add("несколько нескольких нескольким несколькими", 2, "sev")
    add("десяток десятка десятку десятком десятке", 10, "dz")
    add("десятки десятков десяткам десятками десятках", 10, "dz", True)
    add("сотня сотню сотней сотне", 100, "dz")
    add("сотни сотен сотням сотнями сотнях", 100, "dz", True)
    add("дюжина дюжину дюжиной дюжине", 12, "dz")
    add("дюжины дюжин дюжинам дюжинами дюжинах", 12, "dz", True)
    add("тысяча тысячу тысячей тысячею тысяче тыс", 1e3, "scale")
    add("тысячи тысяч тысячам тысячами тысячах", 1e3, "scale", True)
    add("миллион миллиона миллиону миллионом миллионе млн", 1e6, "scale")
    add("миллионы миллионов миллионам миллионами миллионах", 1e6, "scale", True)
    add("миллиард миллиарда миллиарду миллиардом миллиарде млрд", 1e9, "scale")
    add("миллиарды миллиардов миллиардам миллиардами миллиардах", 1e9, "scale", True)
    add("полсотни", 50, "pol")
    add("полтысячи", 500, "pol")
    add("полмиллиона", 5e5, "pol")
    return d


_NUMW = _build_numwords()
_ABBR_SCALE = {"тыс", "млн", "млрд"}  # only after a number
_AMBIGUOUS = {"семью", "сорока", "трем", "пара", "пары", "пару", "паре", "парой"}  # need a counted noun after
# which kind of number word may follow which: "сто двадцать пять", "тысяча триста"
_AFTER = {"hund": (None, "scale"), "tens": (None, "hund", "scale"), "teen": (None, "hund", "scale"),
          "unit": (None, "hund", "tens", "scale")}
_ONE_PLURAL = {"одни", "одних", "одним", "одними"}  # "only", "alone": never counted
_COMPOUND_NUM = {
    "одно": 1, "двух": 2, "дву": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "пятнадцати": 15, "двадцати": 20,
    "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80,
    "девяноста": 90, "сто": 100, "полутора": 1.5,
}
_COMPOUND_UNIT = {"километров": "kilometres", "км": "kilometres", "метров": "metres", "часов": "hours",
                  "минутн": "minutes", "суточн": "days", "дневн": "days", "недельн": "weeks", "месячн": "months",
                  "летн": "years", "годичн": "years", "годов": "years", "процентн": "percent"}
_UNIT_ALT = "|".join(sorted(_COMPOUND_UNIT, key=len, reverse=True))
_COMPOUND_WORD_RE = re.compile(
    "(" + "|".join(sorted(_COMPOUND_NUM, key=len, reverse=True)) + ")(" + _UNIT_ALT + r")[а-я]*$")
_COMPOUND_FIRST = frozenset(k[0] for k in _COMPOUND_NUM)
_COMPOUND_SUFFIX_RE = re.compile("(" + _UNIT_ALT + r")[а-я]*$")
_CARDINAL_SUFFIX = {"ти", "ми", "ух", "ех", "и", "ью", "ем", "ум"}  # 5-ти, 7-ми, 2-ух, 3-ех; "-х" after 2, 3, 4

# --------------------------------------------------------------------------- other vocabulary
_MONTH_RE = re.compile(r"(?:январ|феврал|март|апрел|июн[ьяею]|июл[ьяею]|август|сентябр|октябр|ноябр|декабр)[а-я]*$"
                       r"|(?:ма[йяюе]|маем|янв|фев|февр|мар|апр|авг|сен|сент|окт|ноя|нояб|дек)$")
_STOPW = set("""
в во на с со из изо по к ко у о об обо от до за для при без под над через между перед около после среди вокруг
вдоль против ради вместо кроме сквозь из-за из-под
и а но или либо да ни не же ли бы то что чтобы как так также тоже уже еще лишь только всего даже именно
почти примерно более менее больше меньше свыше порядка где когда который которая которое которые которых
он она оно они его ее их им ими ему ей них нем ней это этот эта эти этих этого этой этим тот та те тех того
той все всех всем всеми весь вся всего всю себя свой своих свои сам сами каждый каждого каждой каждом
назад тому ранее позже спустя подряд
""".split())
_CODEWORDS = set("""
статья статьи статье статью статей пункт пункта пункте пунктом часть части частью глава главы главе параграф
параграфа раздел раздела номер номера номером № no приложение приложения том тома страница страницы стр рис
табл маршрут маршрута маршруте трасса трассы трассе шоссе дом дома д корпус корп квартира кв улица ул группа
группы уровень уровня этап этапа фаза фазы волна волны сезон сезона серия серии версия версии категория
категории класс класса тип типа модель модели рейс рейса рейсом поезд поезда автобус автобуса пакет пакета
протокол протокола резолюция резолюции директива директивы указ указа закон закона код кода индекс индекса
""".split())
_ABBR_CODES = {"ст", "п", "пп", "ч", "гл", "стр", "рис", "табл", "д", "кв", "корп", "ул", "разд", "прил"}
_ONE_TRIGGER = {"кроме", "исключением", "лишь", "только", "всего", "ни"}
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")

# --------------------------------------------------------------------------- regexes (compiled once)
_NORM = str.maketrans({"ё": "е", "Ё": "Е", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                       "\u2002": " ", "\u2003": " ", "\u2011": "-", "\u2010": "-", "\u2012": "–"})
_TOK_RE = re.compile(r"[0-9]+|[а-яa-z]+(?:-[а-яa-z]+)*|\S")
_HEDGE_RE = re.compile(
    r"(?<![а-яa-z0-9])(?:("
    r"не\s+менее\s+чем|не\s+более\s+чем|не\s+менее|не\s+более|не\s+больше|не\s+меньше|более\s+чем|больше\s+чем|"
    r"менее\s+чем|меньше\s+чем|(?:чуть|немногим|немного|несколько)\s+(?:более|больше|менее|меньше)|"
    r"почти\s+что|свыше|сверх|более|больше|менее|меньше|около|порядка|почти|примерно|приблизительно|"
    r"ориентировочно|предположительно|вплоть\s+до|без\s+малого|по\s+меньшей\s+мере|по\s+крайней\s+мере|"
    r"как\s+минимум|как\s+максимум|минимум|максимум|в\s+пределах|в\s+районе|где-то|перевалил[аои]?\s+за|"
    r"превысил[аои]?|превышает|превышают|превысит|превысят|превышающ[а-я]*|до)"
    r"|(все|всех|всем|всеми)|(от)|(ни))\s+$")
# "с 80 до 50 человек", "от двух человек до": "до" after a number is the end of a change or range, not a bound
_CHANGE_BEFORE_RE = re.compile(r"(?<![а-я])(?:с|со|от)\s+([0-9]+|[а-я]+)(?:[\s,][^\s,.;:!?]+){0,3}\s+до\s+$")
_TIME_AFTER_RE = re.compile(r"\s+(?:(?:час[а-я]*|ч\.?)\s+)?(?:утра|вечера|ночи|по\s+(?:местному|московскому|"
                            r"хельсинкскому|финскому|мск|киевскому)|мск)(?![а-я])"
                            r"|\s+(?:час[а-я]*|ч\.?)\s+дня(?![а-я])")
_AGO_RE = re.compile(r"\s+(?:тому\s+)?назад(?![а-я])")
_LISHNIM_RE = re.compile(r"\s+с\s+(?:лишним|небольшим|гаком)(?![а-я])")
_HALF_RE = re.compile(r"\s+с\s+половиной(?![а-я])")
_PCT_RE = re.compile(r"\s?%")
_CURRENCY = {"€": "euros", "$": "dollars", "£": "pounds", "₽": "roubles"}
_PLAIN_GAP = re.compile(r"[ \t]+\n?[ \t]*|\n[ \t]*")

# Nouns an elliptical count may imply (checked on the normalised text, no morphology needed)
_E = r"(?:а|у|ом|е|ы|ов|ам|ами|ах|и|ей|ям|ями|ях|ев|ем|я|ю|ой|ин|ина|ину|ином|ине)?(?![а-я])"
_ANTE = [
    (r"кпп(?![а-я])|пункт" + _E + r"\s+(?:пропуска|пересечения)|(?:погран|пограничн[а-я]*\s+)(?:переход|пункт)" + _E, _CP),
    (r"(?:просител|соискател)" + _E + r"\s+убежища|ищущ[а-я]*\s+убежища", ("asylum seekers", "asylum seeker")),
    (r"(?:нелегальн|незаконн)[а-я]*\s+мигрант" + _E + "|нелегал" + _E, ("illegal migrants", "illegal migrant")),
    (r"мигрант" + _E, ("migrants", "migrant")),
    (r"беженц" + _E + "|беженец(?![а-я])", ("refugees", "refugee")),
    (r"граждан" + _E + r"\s+третьих\s+стран(?![а-я])", ("third-country nationals", "third-country national")),
    (r"человек" + _E + r"|люд(?:и|ей|ям|ьми|ях)(?![а-я])", ("people", "person")),
    (r"граждан" + _E, ("citizens", "citizen")),
    (r"пограничник" + _E, ("border guards", "border guard")),
    (r"военнослужащ(?:ий|его|ему|им|ем|ие|их|ими)(?![а-я])", ("soldiers", "soldier")),
    (r"дет(?:и|ей|ям|ьми|ях)(?![а-я])|ребен(?:ок|ка|ку|ком|ке)(?![а-я])", ("children", "child")),
    (r"иностранц" + _E + "|иностранец(?![а-я])", ("foreigners", "foreigner")),
    (r"жител" + _E, ("residents", "resident")),
    (r"турист" + _E, ("tourists", "tourist")),
    (r"пассажир" + _E, ("passengers", "passenger")),
    (r"случа(?:й|я|ю|ем|е|и|ев|ям|ями|ях)(?![а-я])", ("cases", "case")),
]
_ANTE_RE = re.compile("(?<![а-я])(?:" + "|".join(f"({p})" for p, _w in _ANTE) + ")")
_ANTE_WHAT = [w for _p, w in _ANTE]
_NUMBER_OF_RE = re.compile(r"(?<![а-я])(?:числ[оауе]|количеств[оауе]|численност[ьию])(?=\s)")
_PRONOUNS = {"них", "которых", "нас", "вас"}


# --------------------------------------------------------------------------- morphology (lazy)
_CYRILLIC_WORD = re.compile(r"[а-я]+(?:-[а-я]+)*")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


class _W:
    """What the counted-noun search needs of one word: its part of speech and lemmas."""
    __slots__ = ("pos", "lemma", "lemmas", "table", "table_pos", "cases", "plural", "name", "ordinal")

    def __init__(self, word: str):
        if not _CYRILLIC_WORD.fullmatch(word):  # only Russian words are analysed (pymorphy3 fails on some scripts)
            self.pos = self.lemma = self.table_pos = ""
            self.lemmas = self.cases = frozenset()
            self.table = None
            self.plural = self.name = self.ordinal = False
            return
        parses = _morph().parse(word)
        p0 = parses[0]
        self.pos = p0.tag.POS or ""
        self.lemma = p0.normal_form.replace("ё", "е")
        self.lemmas = frozenset(p.normal_form.replace("ё", "е") for p in parses)
        self.table = None  # a lemma of the tables, and the part of speech it came with
        self.table_pos = ""
        for p in parses:
            lem = p.normal_form.replace("ё", "е")
            if p.tag.POS in ("NOUN", "ADJF", "PRTF") and (lem in NOUNS or lem in UNITS):
                self.table, self.table_pos = lem, p.tag.POS
                break
        if word in UNITS and self.table is None:
            self.table, self.table_pos = word, "NOUN"
        keep = [p for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        self.cases = frozenset(p.tag.case for p in keep if p.tag.case)
        self.plural = any(p.tag.number == "plur" for p in keep)
        self.name = any(t in p0.tag for t in _NAME_TAGS)
        self.ordinal = "Anum" in p0.tag and self.lemma != "один"


@lru_cache(maxsize=20000)
def _word(word: str) -> _W:
    return _W(word)


# --------------------------------------------------------------------------- the scanner
class _Doc:
    def __init__(self, text: str):
        self.text = text
        low = text.translate(_NORM).lower()
        if len(low) != len(text):
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_NORM))
        self.low = low
        self.n = len(text)
        # one token per number, word (hyphens kept: "контрольно-пропускных") or other character; a digit that is
        # not ASCII ("²") is a symbol here
        self.toks = [(m.start(), m.end(), "§" if len(w) == 1 and w.isdigit() and not "0" <= w <= "9" else w)
                     for m in _TOK_RE.finditer(low) for w in (m.group(),)]
        self.prev: list[tuple[int, tuple[str, str]]] = []  # (end, (pl, sg)) of noun counts so far

    # ---- token helpers
    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        return self.low[self.toks[i - 1][1]:self.toks[i][0]] if i > 0 else ""

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 after plain spaces (at most one line break)."""
        if i <= 0 or i >= len(self.toks):
            return False
        g = self.gap(i)
        return bool(g) and g.count("\n") <= 1 and not g.strip() and "\n\n" not in g

    def word(self, i: int) -> str:
        return self.toks[i][2] if 0 <= i < len(self.toks) else ""

    def raw(self, i: int) -> str:
        s, e, _w = self.toks[i]
        return self.text[s:e]

    def next_word(self, i: int) -> str:
        """Token i when it follows i-1 after spaces, else ''."""
        return self.toks[i][2] if i < len(self.toks) and self.spaced(i) else ""

    def sent_initial(self, s: int) -> bool:
        j = s - 1
        while j >= 0 and self.low[j] in " \t":
            j -= 1
        return j < 0 or self.low[j] in ".!?:;\"«»“”'(\n[•*-–—"

    def sentence_starts(self, s: int, k: int = 3) -> list[int]:
        return _sentence_starts(self.low, s, k, lookback=600)

    # ---- numbers
    def parse_words(self, i: int):
        """(value, next token, first kind, last kind, approx, vague, one_form) of the number words from i."""
        total = cur = 0.0
        last = first = None
        approx = vague = False
        j = i
        toks = self.toks
        while j < len(toks):
            w = toks[j][2]
            if j > i and not self.spaced(j):
                break
            ent = _NUMW.get(w)
            if ent is None:
                if last in ("unit", "tens", "teen", "half") and w == "с" and _HALF_RE.match(self.low, toks[j - 1][1]):
                    cur += 0.5  # "две с половиной тысячи"
                    j += 2
                    continue
                break
            v, kind, pl = ent
            if j == i and w in _ABBR_SCALE:
                return None
            if kind in _AFTER:
                if last not in _AFTER[kind]:
                    break
                cur += v
            elif kind in ("zero", "half", "pair", "sev", "coll", "pol"):
                if last is not None:
                    break
                cur = v
                if kind in ("pair", "sev"):
                    approx = True
            elif kind == "dz":
                if last in ("dz", "scale", "coll", "zero", "pol"):
                    break
                if last is None and pl:
                    vague = approx = True
                cur = (cur or 1) * v
            else:  # scale
                if last in ("scale", "coll", "zero") or (last == "pol" and cur >= v):
                    break
                if last is None and pl:
                    vague = approx = True
                total += (cur or 1) * v
                cur = 0.0
            first = first or kind
            last = kind
            j += 1
            if kind in ("coll", "zero"):
                break
        if last is None:
            return None
        if last == "sev":
            return None  # "несколько" alone
        if self.word(j - 1) in _ABBR_SCALE and self.abbr_dot(j):
            j += 1  # "тыс."
        one = j == i + 1 and toks[i][2] in _NUMW and _NUMW[toks[i][2]][:2] == (1.0, "unit")
        return total + cur, j, first, last, approx, vague, one

    def scale_after(self, j: int, value: float):
        """Multiply by "тыс.", "тысячи", "млн", "десятков" ... following token j-1; (value, j)."""
        w = self.next_word(j)
        ent = _NUMW.get(w)
        while ent is not None and ent[1] in ("scale", "dz"):
            value *= ent[0]
            j += 1
            if w in _ABBR_SCALE and self.abbr_dot(j):
                j += 1
            w = self.next_word(j)
            nxt = _NUMW.get(w)
            if not (nxt and nxt[1] == "scale" and ent[1] == "dz"):
                break
            ent = nxt
        return value, j

    def digits_at(self, i: int):
        """(value, next token, info) of the digits at token i, or None when they are not a count."""
        text, low, toks = self.text, self.low, self.toks
        s, e, w = toks[i]
        if s:
            c = text[s - 1]
            if c.isalnum() or c in "_@#/+&=\\№":
                return None  # G7, №5, +7
            if c in ".,:-–—" and s > 1 and text[s - 2].isalnum():
                return None  # Су-35, COVID-19, 09:15, the second half of 17-18
        j = i + 1
        grouped = False
        # thousands separated by a space: "1 340", "18 000"
        if len(w) <= 3 and w[0] != "0":
            while j < len(toks) and len(toks[j][2]) == 3 and toks[j][2].isdigit() \
                    and low[toks[j - 1][1]:toks[j][0]] == " " and not (
                    j + 1 < len(toks) and toks[j + 1][2] in ".,:" and j + 2 < len(toks)
                    and toks[j + 2][2].isdigit() and toks[j + 1][1] == toks[j + 2][0]
                    and toks[j][1] == toks[j + 1][0]):
                j += 1
                grouped = True
        e = toks[j - 1][1]
        raw = re.sub(r"\s", "", text[s:e])
        is_int = True
        nxt = low[e] if e < self.n else ""
        if nxt in ",." and j + 1 < len(toks) and toks[j][0] == e and toks[j + 1][0] == e + 1 \
                and toks[j + 1][2].isdigit():
            frac = toks[j + 1][2]
            after = low[toks[j + 1][1]] if toks[j + 1][1] < self.n else ""
            if after in ".:" and toks[j + 1][1] + 1 < self.n and low[toks[j + 1][1] + 1].isdigit():
                return None  # 16.11.2023
            scale_next = _NUMW.get(self.next_word(j + 2), (0, ""))[1] == "scale"
            if nxt == "," and len(frac) == 3 and not grouped and not scale_next:
                raw += frac  # "1,340" (English style thousands)
            else:
                if nxt == "." and len(frac) == 2 and len(w) <= 2 and int(w) <= 24 and \
                        self.word(i - 1) in ("в", "с", "со", "до", "к", "около", "после", "по"):
                    return None  # в 20.00
                if nxt == "." and self.word(j + 2) == "." and self.toks[j + 2][0] == toks[j + 1][1] \
                        and len(frac) == 2 and int(w) <= 31 and 1 <= int(frac) <= 12:
                    return None  # 18.11. (a day and a month)
                raw += "." + frac
                is_int = False
            j += 2
            e = toks[j - 1][1]
            nxt = low[e] if e < self.n else ""
        if nxt == ":" and e + 1 < self.n and low[e + 1].isdigit():
            return None  # 09:15
        if nxt == "." and e + 1 < self.n and low[e + 1].isdigit():
            return None  # 18.11
        if nxt == "/" and e + 1 < self.n and low[e + 1].isdigit():
            return None  # 24/7
        if is_int and raw[0] == "0" and len(raw) > 1:
            return None  # codes, phone numbers
        # list markers: "1.", "2)", "(3)"
        if nxt in ".)" and is_int and (self._line_start(s) or (nxt == ")" and text[s - 1:s] == "(")):
            return None
        value = float(raw)
        year_like = is_int and not grouped and len(raw) == 4 and 1800 <= value <= 2099
        return value, j, {"year": year_like, "int": is_int, "grouped": grouped}

    def _line_start(self, s: int) -> bool:
        j = s - 1
        while j >= 0 and self.low[j] in " \t•*-":
            j -= 1
        return j < 0 or self.low[j] == "\n"

    def is_date_after(self, j: int, value: float, is_int: bool) -> bool:
        """The number before token j is a day of a month: "18 ноября", "17 на 18 ноября", "18-19 ноября"."""
        if not is_int or not 1 <= value <= 31:
            return False
        w = self.next_word(j)
        if w and (_MONTH_RE.match(w) or w == "числа"):  # "с 18 числа": the 18th of the month
            return True
        k = j
        if w in ("и", "или", "по", "на", "до") or (k < len(self.toks) and self.toks[k][2] in "-–—"
                                                   and self.toks[k][0] - self.toks[k - 1][1] <= 1):
            k += 1
            if k < len(self.toks) and self.toks[k][2].isdigit() and len(self.toks[k][2]) <= 2:
                w2 = self.word(k + 1) if self.spaced(k + 1) else ""
                if w2 and _MONTH_RE.match(w2):
                    return True
        return False

    # ---- the noun counted
    def noun_phrase(self, j: int, coordinate: bool = True):
        """The counted noun phrase from token j: (end, (pl, sg), unit, head lemma, end token) or None."""
        toks, text = self.toks, self.text
        pre: list[int] = []
        head = None
        k = j
        while k < len(toks) and len(pre) < 4:
            if not self.spaced(k):
                break
            w = toks[k][2]
            if not w[0].isalpha() or w in _STOPW or w in _NUMW or _MONTH_RE.match(w):
                break
            r = self.raw(k)
            if r[0].isupper() and not r.isupper():
                break  # a name: "Ваалимаа"
            if not ("а" <= w[0] <= "я"):
                break  # Latin: "Frontex"
            info = _word(w)
            if info.table and (info.table_pos == "NOUN" or not self._noun_next(k)):
                head = k
                break
            if info.pos == "NOUN" and not info.name:
                head = k
                break
            if info.pos in ("ADJF", "PRTF"):
                pre.append(k)
                k += 1
                continue
            break
        if head is None:
            return None
        hinfo = _word(toks[head][2])
        seq = [_word(toks[x][2]).lemmas for x in pre] + [hinfo.lemmas]
        comps = []
        c = head + 1
        while c < len(toks) and len(comps) < 2 and self.spaced(c):
            cw = toks[c][2]
            if not cw[0].isalpha() or cw in _STOPW or cw in _NUMW or not ("а" <= cw[0] <= "я") \
                    or _capitalised(self.raw(c)):
                break
            comps.append(c)
            c += 1
        seq += [_word(toks[x][2]).lemmas for x in comps]
        h = len(pre)
        best, best_len, best_end = None, 0, h
        for key, eng in PHRASES.items():
            n = len(key)
            for a in range(max(0, h - n + 1), h + 1):
                if a + n > len(seq) or n < best_len or (n == best_len and a + n - 1 <= best_end):
                    continue
                if all(key[x] in seq[a + x] for x in range(n)):
                    best, best_len, best_end = eng, n, a + n - 1
        idx = pre + [head] + comps
        end_tok = idx[best_end] if best else head
        lemma = hinfo.table or hinfo.lemma
        unit = False
        if best:
            what = best
        elif hinfo.table in UNITS:
            what, unit = (UNITS[hinfo.table],) * 2, True
        elif hinfo.table in NOUNS:
            what = NOUNS[hinfo.table]
        elif lemma == "пункт" and not (comps and _word(toks[comps[0]][2]).pos in ("NOUN", "ADJF", "PRTF")):
            what = NOUNS["кпп"]  # "четыре пункта на юго-востоке": a crossing point, said short
        else:
            what = (lemma, lemma)
        end = toks[end_tok][1]
        if toks[end_tok][2] in UNITS and len(toks[end_tok][2]) <= 4 and self.abbr_dot(end_tok + 1):
            end_tok += 1  # "км.", "руб."
            end = toks[end_tok][1]
        # "пограничников и военных": two nouns of the tables in the same case
        if coordinate and not unit and (best or hinfo.table in NOUNS) and self.next_word(end_tok + 1) == "и":
            second = self.noun_phrase(end_tok + 2, coordinate=False)
            if second and not second[2] and second[1][0] in {v[0] for v in NOUNS.values()} | {
                    v[0] for v in PHRASES.values()} and hinfo.cases & _word(toks[second[4]][2]).cases \
                    and second[1][0] != what[0]:
                what = (what[0] + " and " + second[1][0], what[1] + " and " + second[1][1])
                end, end_tok = second[0], second[4]
        return end, what, unit, lemma, end_tok

    def _noun_next(self, k: int) -> bool:
        w = self.next_word(k + 1)
        return bool(w) and w[0].isalpha() and w not in _STOPW and _word(w).pos == "NOUN"

    # ---- the context before a number
    def context(self, s: int):
        """(span start, approx, flag) from the hedge, "все", "от" or "ни" just before position s."""
        m = _HEDGE_RE.search(self.low, max(0, s - 48), s)
        if m is None:
            return s, False, None
        if m.group(1):
            mc = _CHANGE_BEFORE_RE.search(self.low, max(0, s - 60), s) if m.group(1) == "до" else None
            if mc and (mc.group(1).isdigit() or mc.group(1) in _NUMW):
                return s, False, None  # "с 80 до 50": a change, not an upper bound
            return m.start(), True, "hedge"
        if m.group(2):
            return m.start(), False, "all"
        if m.group(3):
            return m.start(), False, "from"  # approx only when "до Y" follows (a range)
        return m.start(), False, "neg"

    def prev_word(self, i: int) -> str:
        """The word token before token i on the same line, or ''."""
        if i <= 0:
            return ""
        g = self.gap(i)
        if "\n" in g:
            return ""
        return self.toks[i - 1][2]

    # ---- elliptical counts
    def antecedent(self, s: int, value: float, pronoun: bool = False) -> str:
        starts = self.sentence_starts(s)
        sent, ws = starts[0], starts[-1]
        counted = [(pe, pw) for pe, pw in self.prev if ws < pe <= s]
        last = counted[-1] if counted else None
        lex = [(m.end(), _ANTE_WHAT[m.lastindex - 1]) for m in _ANTE_RE.finditer(self.low, ws, s)]
        best = None
        if pronoun:
            cands = sorted(lex + counted, key=lambda c: c[0])
            best = cands[-1][1] if cands else None
        else:
            lo = sent if last is None or last[0] < sent else last[0]
            own = [c for c in lex if c[0] > lo and c[0] >= sent]
            subject = self._number_of(max(lo, sent), s)
            if subject:  # "Число мигрантов, прибывших через КПП, превысило 900": what the number is the number of
                best = subject
            elif own:
                best = own[-1][1]
            elif last is not None:
                best = last[1]
            elif lex:
                best = lex[-1][1]
        if best is None:
            return ""
        return best[1] if value == 1 else best[0]

    def _number_of(self, a: int, b: int):
        """(pl, sg) of the noun after "число"/"количество"/"численность" in low[a:b], or None."""
        m = _NUMBER_OF_RE.search(self.low, a, b)
        if m is None:
            return None
        k = bisect_left(self.toks, (m.end(),))
        np_ = self.noun_phrase(k, coordinate=False) if k < len(self.toks) else None
        return np_[1] if np_ is not None and not np_[2] and self.toks[np_[4]][1] <= b else None

    # ---- one count
    def count_at(self, i: int):
        """(start, end, value, of, what, approx, next token) of the count starting at token i, or None."""
        toks, low = self.toks, self.low
        s, e, w = toks[i]
        is_digit = "0" <= w[0] <= "9"
        info = {}
        one = coll = vague = word_range = False
        first = None
        if is_digit:
            r = self.digits_at(i)
            if r is None:
                return None
            value, j, info = r
            if self.is_date_after(j, value, info["int"]):
                return None
            approx = False
        else:
            if "-" in w:  # "два-три", "двух-трех": a range of number words
                parts = w.split("-")
                if len(parts) != 2 or any(p not in _NUMW or _NUMW[p][1] not in ("unit", "teen", "tens", "half")
                                          for p in parts) or _NUMW[parts[1]][0] <= _NUMW[parts[0]][0]:
                    return None
                value, j, approx, word_range = _NUMW[parts[0]][0], i + 1, True, True
                value, j = self.scale_after(j, value)
                first = "unit"
            else:
                r = self.parse_words(i)
                if r is None:
                    return None
                value, j, first, _last, approx, vague, one = r
                coll = first == "coll"
                if w in _ONE_PLURAL:
                    return None
        start_ctx, h_approx, flag = self.context(s)
        pw = self.prev_word(i)
        if pw in _CODEWORDS or pw in ("минус", "плюс") or low[max(0, s - 1):s] == "№":
            return None  # "статья 5", "№ 3", "минус 20"
        if pw == "." and self.word(i - 2) in _ABBR_CODES and self.toks[i - 1][0] == self.toks[i - 2][1]:
            return None  # "ст. 5", "п. 3"
        currency = None
        if s and self.text[s - 1] in _CURRENCY:
            currency = _CURRENCY[self.text[s - 1]]
        # ---- what follows the number itself
        if is_digit:
            nxt = low[toks[j - 1][1]] if toks[j - 1][1] < self.n else ""
            if nxt in "-–—" and j + 1 < len(toks) and toks[j][0] == toks[j - 1][1]:
                nw = toks[j + 1][2]
                glued = toks[j + 1][0] == toks[j][1]
                if nw.isdigit() and toks[j + 1][0] - toks[j][1] <= 1:
                    second = float(nw)
                    k = j + 2
                    if info["year"] or (len(nw) == 4 and 1800 <= second <= 2099):
                        return None  # 2022-2023
                    if second <= value:
                        return None  # a score or a code
                    if k < len(toks) and toks[k][2] in "-–—" and toks[k][0] == toks[k - 1][1]:
                        return None  # 8-800-555: a phone number
                    if k < len(toks) and toks[k][2] in ".:" and toks[k][0] == toks[k - 1][1]:
                        return None
                    if self.is_date_after(k, second, True):
                        return None  # 18-19 ноября
                    j, approx = k, True
                elif glued and nw[0].isalpha():
                    mc = _COMPOUND_SUFFIX_RE.match(nw)
                    if mc and nw[0] != "х":
                        return self.compound(i, s, j + 1, value, _COMPOUND_UNIT[mc.group(1)], start_ctx, h_approx, flag)
                    if nw in _CARDINAL_SUFFIX or (nw == "х" and value in (2, 3, 4)):
                        j += 2  # "2-х недель", "5-ти"
                    else:
                        return None  # "2-й", "90-х", "18-го": ordinals
            elif nxt.isalpha() and not (toks[j][2] in UNITS and len(toks[j][2]) <= 3):
                return None  # 5G, 27А; but "1340км"
            if _LISHNIM_RE.match(low, toks[j - 1][1]):
                j += 2  # "700 с лишним"
                approx = True
            value, j2 = self.scale_after(j, value)
            if j2 != j:
                j = j2
                info["year"] = False
            if _LISHNIM_RE.match(low, toks[j - 1][1]):
                j += 2  # "10 тысяч с лишним"
                approx = True
            if info["year"] and not self._year_count(j):
                return None
            if not info["year"] and not word_range:
                mr = None
                k = j
                if k + 1 < len(toks) and toks[k][2] in "-–—" and toks[k + 1][2].isdigit() \
                        and toks[k][0] - toks[k - 1][1] <= 1 and toks[k + 1][0] - toks[k][1] <= 1:
                    mr = k + 1
                if mr is not None:
                    second = float(toks[mr][2])
                    if second > value and not (mr + 1 < len(toks) and toks[mr + 1][2] in "-–—.:"
                                               and toks[mr + 1][0] == toks[mr][1]):
                        j, approx = mr + 1, True
                        _v, j = self.scale_after(j, 0)
        else:
            # "два – три" written with a dash between words
            if j + 1 < len(toks) and toks[j][2] in "-–" and toks[j][0] == toks[j - 1][1] \
                    and toks[j + 1][0] == toks[j][1] and toks[j + 1][2] in _NUMW \
                    and _NUMW[toks[j + 1][2]][1] == _NUMW.get(toks[j - 1][2], (0, ""))[1] \
                    and _NUMW[toks[j + 1][2]][0] > value:
                j, approx = j + 2, True
            if _LISHNIM_RE.match(low, toks[j - 1][1]):
                j += 2
                approx = True
        # "от 100 до 150": a range, its lower bound
        if flag == "from":
            y = self._number_value(j + 1) if self.next_word(j) == "до" else None
            if y is not None and y[0] > value:
                j, approx = y[1], True
            else:
                flag = None
        end = toks[j - 1][1]
        if not is_digit and self.next_word(j) and _word(self.next_word(j)).ordinal:
            return None  # "двадцать четвертого ноября", "сто первый": an ordinal
        # idioms of "один"
        if one:
            nw = self.next_word(j)
            if (pw in ("с", "со") and nw in ("стороны",)) or (nw == "за" and self.next_word(j + 1).startswith("друг")) \
                    or pw == "по" or (nw == "на" and self.next_word(j + 1) in _NUMW):
                return None
        if flag == "neg":
            if not one:
                start_ctx, h_approx, flag = s, False, None
            else:
                value = 0.0
        approx = approx or h_approx
        start = start_ctx if flag else s
        # time of day, "two weeks ago", a ratio
        if value <= 24 and _TIME_AFTER_RE.match(low, end):
            return None
        if pw in ("в", "во") and self.next_word(j) in ("раз", "раза"):
            return None
        # ---- percent
        mp = _PCT_RE.match(low, end)
        if mp and is_digit:
            return start, mp.end(), value, _NAN, "percent", approx, j + 1
        # ---- "X из Y", "X из них"
        of = _NAN
        if self.next_word(j) == "из":
            k = j + 1
            nw = self.next_word(k)
            if nw in _PRONOUNS:
                if one and pw not in _ONE_TRIGGER and flag != "neg":
                    return None
                what = self.antecedent(start, value, pronoun=True)
                what = self.antecedent(start, 2.0, pronoun=True) if not what and value == 1 else what
                if not what and coll:
                    what = "people"
                return start, toks[k][1], value, _NAN, self._plural_of(what, value), approx, k + 1
            y = self._number_value(k)
            # "три из оставшихся четырёх КПП": adjectives or participles between "из" and the number
            kk = k
            while y is None and kk < k + 2 and kk < len(toks) and self.next_word(kk) \
                    and _word(self.next_word(kk)).pos in ("ADJF", "PRTF"):
                kk += 1
                y = self._number_value(kk)
            if y is not None and y[0] >= value:
                of, j = y[0], y[1]
                end = toks[j - 1][1]
            elif nw and nw[0].isalpha() and not _capitalised(self.raw(k)):
                np_ = self.noun_phrase(k)
                if np_ is not None:
                    if one and pw not in _ONE_TRIGGER and flag != "neg":
                        return None  # "один из мигрантов": a certain one
                    what = np_[1][0]
                    return start, np_[0], value, _NAN, what, approx, np_[4] + 1
                if one:
                    return None
                sub = self._substantive(k)
                if sub:  # "двое из задержанных"
                    return start, toks[k][1], value, _NAN, sub, approx, k + 1
        # ---- the noun counted
        np_ = self.noun_phrase(j)
        if np_ is not None:
            nend, what, unit, lemma, etok = np_
            if unit and what[0] in _TIME_UNITS and _AGO_RE.match(low, nend):
                return None  # "две недели назад" is a date
            if unit and lemma in ("год", "г") and (info.get("year") or value >= 1800 and value == int(value)):
                return None
            if lemma in _PROPORTION:
                return None
            if value == 2 and lemma in _RELATIONAL and not approx and of != of:
                return None  # "двух стран", "между двумя странами": the two countries
            if value <= 24 and _TIME_AFTER_RE.match(low, nend) and unit and what[0] == "hours":
                return None
            if vague and flag != "hedge":
                start = s
            # "четыре пункта пропуска из восьми"
            if of != of and self.next_word(etok + 1) == "из":
                y = self._number_value(etok + 2)
                if y is not None and y[0] >= value and not self.next_word(y[1]) in ("них",):
                    of = y[0]
                    nend = toks[y[1] - 1][1]
                    etok = y[1] - 1
            if currency:  # "€1,2 млн": the symbol in the span
                return min(start, s - 1), nend, value, of, currency, approx, etok + 1
            sg = value == 1 and of != of and not unit
            w_en = what[1] if sg else what[0]
            if not unit:
                self.prev.append((nend, what))
            return start, nend, value, of, w_en, approx, etok + 1
        # ---- no noun
        if currency:
            return min(start, s - 1), end, value, of, currency, approx, j
        if w in _AMBIGUOUS or vague or (is_digit and info.get("year")):
            return None
        if one and not (pw in _ONE_TRIGGER or flag == "neg"):
            return None
        if first == "pair":
            return None  # "пара" needs its noun: "пара из Сирии" is a couple
        if of != of and one and pw in ("лишь", "только", "всего"):
            nw = self.next_word(j)
            if nw and nw[0].isalpha() and _word(nw).pos not in ("VERB", "PRTS", "ADJS", "PRCL", "ADVB") \
                    and nw not in ("и", "а", "но"):
                return None
        if coll and of != of:
            what = ("people", "person")
            self.prev.append((end, what))
            return start, end, value, of, what[0], approx, j
        if flag is None and pw and _capitalised(self.raw(i - 1)) and pw not in _STOPW \
                and not self.sent_initial(toks[i - 1][0]):
            return None  # "Ваалимаа 5": part of a name or an address
        if value == 0 and flag != "neg" and not re.match(r"\s*[.,;:)!?]", low[end:end + 3]):
            return None  # "число 0 ничего не значит"; but "их число - 0."
        what = self.antecedent(start, value) or self._noun_ahead(j)
        if what:
            # remember the implied noun for the next elliptical count
            self.prev.append((end, self._pair(what)))
        return start, end, value, of, what, approx, j

    def _substantive(self, k: int) -> str:
        """A plural participle or adjective used as a noun ("из задержанных"): its masculine singular."""
        w = self.toks[k][2]
        if self.next_word(k + 1) and _word(self.next_word(k + 1)).pos == "NOUN":
            return ""
        if not _CYRILLIC_WORD.fullmatch(w):
            return ""
        p = _morph().parse(w)[0]
        if p.tag.POS not in ("ADJF", "PRTF") or p.tag.number != "plur":
            return ""
        form = p.inflect({"masc", "sing", "nomn"})
        return (form.word if form else p.normal_form).replace("ё", "е")

    def abbr_dot(self, k: int) -> bool:
        """Token k is the dot of an abbreviation ("тыс. человек"), not a full stop."""
        toks = self.toks
        if k >= len(toks) or toks[k][2] != "." or toks[k][0] != toks[k - 1][1]:
            return False
        nxt = self.text[toks[k][1]:toks[k][1] + 2]
        return len(nxt) == 2 and nxt[0] == " " and (nxt[1].islower() or nxt[1].isdigit())

    def _noun_ahead(self, j: int) -> str:
        """"с 80 до 50 человек", "80 или 90 человек": the noun of the number that follows."""
        if self.next_word(j) not in ("до", "и", "или", "а", "-", "–", "—"):
            return ""
        y = self._number_value(j + 1)
        if y is None:
            return ""
        np_ = self.noun_phrase(y[1])
        return np_[1][0] if np_ is not None and not np_[2] else ""

    def _plural_of(self, what: str, value: float) -> str:
        if value == 1:
            return what
        for pl, sg in list(NOUNS.values()) + list(PHRASES.values()) + [w for _p, w in _ANTE]:
            if what == sg:
                return pl
        return what

    @staticmethod
    def _pair(what: str) -> tuple[str, str]:
        for pl, sg in list(NOUNS.values()) + list(PHRASES.values()) + [w for _p, w in _ANTE]:
            if what in (pl, sg):
                return pl, sg
        return what, what

    def _number_value(self, k: int):
        """(value, next token) of a number at token k (digits or words), or None."""
        if k >= len(self.toks) or not self.spaced(k):
            return None
        w = self.toks[k][2]
        if w.isdigit():
            r = self.digits_at(k)
            if r is None or r[2]["year"]:
                return None
            if self.is_date_after(r[1], r[0], r[2]["int"]):
                return None
            return self.scale_after(r[1], r[0])
        if w in _NUMW:
            r = self.parse_words(k)
            if r is None or r[5]:
                return None
            return r[0], r[1]
        return None

    def _year_count(self, j: int) -> bool:
        """A year-like number counts only before a plural noun that is not a year word ("1900 человек")."""
        w = self.next_word(j)
        if not w or not w[0].isalpha() or not ("а" <= w[0] <= "я") or w in _STOPW or _MONTH_RE.match(w):
            return False
        if w in ("г", "гг", "год", "года", "году", "годом", "годе"):
            return False
        if self.raw(j)[0].isupper():
            return False
        info = _word(w)
        return (info.pos == "NOUN" or info.table is not None) and (info.plural or info.table == "человек") \
            and info.lemma != "год"

    def compound(self, i, s, k, value, unit, start_ctx, h_approx, flag):
        """"1300-километровая граница", "24-часовой": the number in a compound adjective, and its noun."""
        toks = self.toks
        end = toks[k][1]
        x = k + 1  # the noun it qualifies, after at most two adjectives: "1340-километровой российской границе"
        while x < len(toks) and x <= k + 3:
            nw = self.next_word(x)
            if not nw or not nw[0].isalpha() or nw in _STOPW or _capitalised(self.raw(x)) or not "а" <= nw[0] <= "я":
                break
            pos = _word(nw).pos
            if pos == "NOUN":
                end, k = toks[x][1], x
                break
            if pos not in ("ADJF", "PRTF"):
                break
            x += 1
        start = start_ctx if flag in ("hedge", "all") else s
        return start, end, value, _NAN, unit, bool(h_approx and flag == "hedge"), k + 1

    def only_at(self, i: int):
        """"единственный (открытый) КПП": a count of 1."""
        toks = self.toks
        s = toks[i][0]
        np_ = self.noun_phrase(i + 1)
        if np_ is not None:
            nend, what, unit, lemma, etok = np_
            if unit or (what[0] not in {v[0] for v in NOUNS.values()} | {v[0] for v in PHRASES.values()}):
                return None
            if lemma in _RELATIONAL or lemma in ("способ", "раз"):
                return None
            self.prev.append((nend, what))
            return s, nend, 1.0, _NAN, what[1], False, etok + 1
        # no noun: "единственный, который ещё открыт"
        w = toks[i][2]
        if w not in ("единственный", "единственным", "единственного", "единственному", "единственном"):
            return None
        k = i + 1
        while k < len(toks) and self.spaced(k) and _word(toks[k][2]).pos in ("ADJF", "PRTF") \
                and toks[k][2] not in _STOPW and toks[k][2][0].isalpha():
            k += 1
        if k >= len(toks) or toks[k][2] not in (",", "-", "–", "—", ".", ";", ")"):
            return None
        end = toks[k - 1][1]
        what = self.antecedent(s, 1.0)
        if not what:
            return None
        return s, end if k - 1 == i else toks[i][1], 1.0, _NAN, what, False, i + 1

    def word_compound_at(self, i: int):
        """"трехмесячный срок": a numeral inside one word."""
        w = self.toks[i][2]
        m = _COMPOUND_WORD_RE.match(w)
        if m is None or (m.group(1) == "сто" and not m.group(2).startswith(("летн", "метров", "километров"))):
            return None
        value = float(_COMPOUND_NUM[m.group(1)])
        s = self.toks[i][0]
        start_ctx, h_approx, flag = self.context(s)
        return self.compound(i, s, i, value, _COMPOUND_UNIT[m.group(2)], start_ctx, h_approx, flag)


def _capitalised(raw: str) -> bool:
    """A capitalised word (a name), not an all-capitals abbreviation like КПП."""
    return raw[:1].isupper() and not raw.isupper()


def find_counts(text: str) -> list[tuple]:
    """Stated counts in *text* as ``(text, start_char, end_char, value, of, what, approx)`` tuples.

    >>> find_counts("Финляндия закрыла четыре из восьми пунктов пропуска.")[0][:6]
    ('четыре из восьми пунктов пропуска', 18, 51, 4.0, 8.0, 'border crossings')
    >>> text = "На границе около 900 мигрантов, единственный открытый КПП - Салла."
    >>> [(r[0], r[3], r[5], r[6]) for r in find_counts(text)]
    [('около 900 мигрантов', 900.0, 'migrants', True), ('единственный открытый КПП', 1.0, 'border crossing', False)]
    """
    if not text:
        return []
    doc = _Doc(text)
    toks = doc.toks
    out = []
    last_end = 0
    i = 0
    n = len(toks)
    while i < n:
        s, e, w = toks[i]
        if s < last_end:
            i += 1
            continue
        c = w[0]
        row = None
        if c.isdigit():
            row = doc.count_at(i)
        elif c.isalpha():
            if w in _NUMW or ("-" in w and w.split("-", 1)[0] in _NUMW):
                row = doc.count_at(i)
            elif w.startswith("единственн"):
                row = doc.only_at(i)
            elif len(w) > 7 and w[0] in _COMPOUND_FIRST and _COMPOUND_WORD_RE.match(w):
                row = doc.word_compound_at(i)
        if row is None:
            i += 1
            continue
        start, end, value, of, what, approx, nxt = row
        if start < last_end:
            start = s
        out.append((text[start:end], start, end, float(value), float(of), what, bool(approx)))
        last_end = end
        i = max(nxt, i + 1)
    return out


def extract_counts(text: str):
    """Stated counts in *text*, one row each, columns ``COLUMNS`` (a pandas DataFrame).

    >>> extract_counts("Около 700 человек прибыли.")[["text", "value", "what", "approx"]].values.tolist()
    [['Около 700 человек', 700.0, 'people', True]]
    """
    return counts_frame(find_counts(text))
