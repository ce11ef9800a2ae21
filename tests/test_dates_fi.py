"""Tests for helpers.extract.dates_fi: the Finnish rows of the annotation guide, the English Dates table's rows in
Finnish, the not-dates, our own Finnish gold articles (tests/gold_fi/dates_*), and a property test on arbitrary text."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract import dates_fi
from helpers.extract.dates_fi import find_dates
from helpers.paths import TESTS
from language_checks import (PUBLISHED, check_date_layout, check_date_rows, check_dates_speed, check_gold_well_formed,
                             check_value_f1, date_rows, gold_pairs)

GOLD = TESTS / "gold_fi"

rows = partial(date_rows, find_dates)  # (text, start, end, granularity) of every mention, dates as ISO strings

PUB = "2023-11-20"  # a Monday
CASES = [
    # ---- days: D. month (partitive), D.M.YYYY, year-less D.M., ranges (guide: Other languages, row 1)
    ("Raja on kiinni 23. joulukuuta.", PUB, [("23. joulukuuta", "2023-12-23", "2023-12-23", "day")]),
    # ---- the night as a subject, and "since last week" (elative)
    ("Viime yö oli rauhallinen.", PUB, [("Viime yö", "2023-11-19", "2023-11-20", "night")]),
    ("Ensi yö on kylmä.", PUB, [("Ensi yö", "2023-11-20", "2023-11-21", "night")]),
    ("Tulijoita on ollut viime viikosta alkaen.", PUB, [("viime viikosta alkaen", "2023-11-13", "2023-11-19", "week")]),
    ("Sopimus allekirjoitettiin 23. joulukuuta 2023.", PUB,
     [("23. joulukuuta 2023", "2023-12-23", "2023-12-23", "day")]),
    ("Tilasto julkaistiin 16.11.2023.", PUB, [("16.11.2023", "2023-11-16", "2023-11-16", "day")]),
    ("Asemat suljettiin 18.11.", PUB, [("18.11.", "2023-11-18", "2023-11-18", "day")]),
    ("Rajalle saapui 17.–18.11. yli 300 ihmistä.", PUB, [("17.–18.11.", "2023-11-17", "2023-11-18", "day")]),
    ("Rajalle saapui 17.–18. marraskuuta paljon ihmisiä.", PUB,
     [("17.–18. marraskuuta", "2023-11-17", "2023-11-18", "day")]),
    ("Päätös tehtiin 13. marraskuuta.", PUB, [("13. marraskuuta", "2023-11-13", "2023-11-13", "day")]),
    ("Asemat suljettiin marraskuun 18. päivänä.", PUB,
     [("marraskuun 18. päivänä", "2023-11-18", "2023-11-18", "day")]),
    ("Päätös tehtiin 14. päivänä marraskuuta.", PUB, [("14. päivänä marraskuuta", "2023-11-14", "2023-11-14", "day")]),
    ("Tiedot päivitettiin 2023-11-20.", PUB, [("2023-11-20", "2023-11-20", "2023-11-20", "day")]),
    ("Raja avataan 14.12 klo 8.", PUB, [("14.12", "2023-12-14", "2023-12-14", "day")]),
    # a range across months: two mentions, the first takes the second's year
    ("Raja oli kiinni 30.11.–13.12.2023.", PUB, [("30.11.", "2023-11-30", "2023-11-30", "day"),
                                                ("13.12.2023", "2023-12-13", "2023-12-13", "day")]),
    # year-less, future verb: the next such date on or after publication
    ("Raja avataan 18. helmikuuta.", PUB, [("18. helmikuuta", "2024-02-18", "2024-02-18", "day")]),
    # a weekday with its date: one mention of one day
    ("Asemat suljettiin perjantaina 24. marraskuuta.", PUB,
     [("perjantaina 24. marraskuuta", "2023-11-24", "2023-11-24", "day")]),
    ("Asema suljetaan torstaina (30.11.).", PUB, [("torstaina (30.11.)", "2023-11-30", "2023-11-30", "day")]),
    ("Kaakkoisrajan asemat suljettiin lauantaina 18. marraskuuta.", PUB,
     [("lauantaina 18. marraskuuta", "2023-11-18", "2023-11-18", "day")]),
    # ---- postpositions of range kept in the span; asti / saakka / mennessä / an illative: a deadline
    ("Raja on kiinni 23. joulukuuta asti.", PUB, [("23. joulukuuta asti", "2023-12-23", "2023-12-23", "day")]),
    ("Raja-Jooseppi on auki 23. joulukuuta saakka.", PUB,
     [("23. joulukuuta saakka", "2023-12-23", "2023-12-23", "day")]),
    ("Hakemuksia otetaan 18.11. alkaen vastaan Sallassa.", PUB, [("18.11. alkaen", "2023-11-18", "2023-11-18", "day")]),
    ("Raja on kiinni joulukuun 14. päivään asti.", PUB,
     [("joulukuun 14. päivään asti", "2023-12-14", "2023-12-14", "day")]),
    ("Raja pysyy kiinni 14. tammikuuta asti.", PUB, [("14. tammikuuta asti", "2024-01-14", "2024-01-14", "day")]),
    ("Raja on kiinni ensi vuoden tammikuun 14. päivään asti.", PUB,
     [("ensi vuoden tammikuun 14. päivään asti", "2024-01-14", "2024-01-14", "day")]),
    ("Raja on kiinni jouluun asti.", PUB, [("jouluun asti", "2023-12-25", "2023-12-25", "day")]),
    ("Raja pysyy kiinni tammikuun puoliväliin.", PUB,
     [("tammikuun puoliväliin", "2024-01-11", "2024-01-20", "part_of_month")]),
    ("Raja pysyy kiinni joulukuuhun.", PUB, [("joulukuuhun", "2023-12-01", "2023-12-31", "month")]),
    ("Raja on kiinni perjantaihin asti.", PUB, [("perjantaihin asti", "2023-11-24", "2023-11-24", "day")]),
    ("Kevääseen mennessä aita valmistuu.", PUB, [("Kevääseen mennessä", "2024-03-01", "2024-05-31", "season")]),
    # a deadline in a past clause with a start (from August to the end of October): the instance nearest publication
    ("Elokuusta lokakuun loppuun heitä tuli vain muutamia.", PUB,
     [("Elokuusta", "2023-08-01", "2023-08-31", "month"),
      ("lokakuun loppuun", "2023-10-21", "2023-10-31", "part_of_month")]),
    # a past perfect before a deadline: a past span's end
    ("Perjantaihin mennessä rajalle oli saapunut 900 ihmistä.", PUB,
     [("Perjantaihin mennessä", "2023-11-17", "2023-11-17", "day")]),
    # ---- months in their cases, with a year, with viime / ensi
    ("Turvapaikanhakijoita alkoi tulla marraskuussa.", PUB, [("marraskuussa", "2023-11-01", "2023-11-30", "month")]),
    ("Marraskuun tilastot julkaistiin.", PUB, [("Marraskuun", "2023-11-01", "2023-11-30", "month")]),
    ("Marraskuu oli ennätyksellinen.", PUB, [("Marraskuu", "2023-11-01", "2023-11-30", "month")]),
    ("Tammikuusta alkaen raja avataan.", PUB, [("Tammikuusta alkaen", "2024-01-01", "2024-01-31", "month")]),
    ("Rajalle saapui marraskuussa 2023 lähes tuhat ihmistä.", PUB,
     [("marraskuussa 2023", "2023-11-01", "2023-11-30", "month")]),
    ("Raja suljettiin viime marraskuussa.", "2024-01-10",
     [("viime marraskuussa", "2023-11-01", "2023-11-30", "month")]),
    ("Raja avataan ensi tammikuussa.", PUB, [("ensi tammikuussa", "2024-01-01", "2024-01-31", "month")]),
    ("Raja avataan tammikuussa ensi vuonna.", PUB, [("tammikuussa ensi vuonna", "2024-01-01", "2024-01-31", "month")]),
    ("Viime vuoden marraskuussa oli hiljaista.", PUB,
     [("Viime vuoden marraskuussa", "2022-11-01", "2022-11-30", "month")]),
    ("Raja suljettiin ennen joulukuuta.", PUB, [("ennen joulukuuta", "2023-12-01", "2023-12-31", "month")]),
    # a past-tense month with no year that would fall after publication: the year before
    ("Tulijoita oli marraskuussa.", "2024-01-10", [("marraskuussa", "2023-11-01", "2023-11-30", "month")]),
    ("Lokakuussa rajalla oli hiljaista.", "2024-01-10", [("Lokakuussa", "2023-10-01", "2023-10-31", "month")]),
    # ---- parts of a month: alussa 1..10, puolivälissä 11..20, lopussa / lopulla 21..end
    ("Päätös tehtiin marraskuun alussa.", PUB, [("marraskuun alussa", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("Tulijoita oli marraskuun puolivälissä.", PUB,
     [("marraskuun puolivälissä", "2023-11-11", "2023-11-20", "part_of_month")]),
    ("Päätös tehtiin lokakuun lopussa.", PUB, [("lokakuun lopussa", "2023-10-21", "2023-10-31", "part_of_month")]),
    ("Päätös tehtiin lokakuun lopulla.", PUB, [("lokakuun lopulla", "2023-10-21", "2023-10-31", "part_of_month")]),
    ("Tulijoita oli helmikuun lopussa 2024 vähän.", PUB,
     [("helmikuun lopussa 2024", "2024-02-21", "2024-02-29", "part_of_month")]),
    ("Marraskuun alusta lähtien tulijoita on ollut tuhat.", PUB,
     [("Marraskuun alusta lähtien", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("Aita valmistuu vuoden 2025 lopussa.", PUB,
     [("vuoden 2025 lopussa", "2025-12-21", "2025-12-31", "part_of_month")]),
    ("Viime vuoden lopulla rajalla oli hiljaista.", PUB,
     [("Viime vuoden lopulla", "2022-12-21", "2022-12-31", "part_of_month")]),
    ("Laki tulee voimaan ensi vuoden alussa.", PUB,
     [("ensi vuoden alussa", "2024-01-01", "2024-01-10", "part_of_month")]),
    ("Tilanne arvioidaan kuun lopussa.", PUB, [("kuun lopussa", "2023-11-21", "2023-11-30", "part_of_month")]),
    ("Tilanne arvioidaan ensi kuun alussa.", PUB, [("ensi kuun alussa", "2023-12-01", "2023-12-10", "part_of_month")]),
    ("Loppukuusta hallitus päättää jatkosta.", PUB, [("Loppukuusta", "2023-11-21", "2023-11-30", "part_of_month")]),
    # ---- nights across two days: start = the eve, end = the named day
    ("Asemat suljetaan torstain ja perjantain välisenä yönä.", PUB,
     [("torstain ja perjantain välisenä yönä", "2023-11-23", "2023-11-24", "night")]),
    ("Asemat suljettiin torstain ja perjantain välisenä yönä.", PUB,
     [("torstain ja perjantain välisenä yönä", "2023-11-16", "2023-11-17", "night")]),
    ("Asemat suljettiin perjantain vastaisena yönä.", PUB,
     [("perjantain vastaisena yönä", "2023-11-16", "2023-11-17", "night")]),
    ("Asemat suljettiin yöllä perjantaina.", PUB, [("yöllä perjantaina", "2023-11-16", "2023-11-17", "night")]),
    ("Asemat suljetaan yöllä lauantaina kello 00.", PUB, [("yöllä lauantaina", "2023-11-24", "2023-11-25", "night")]),
    ("Asemat suljettiin 17. ja 18. marraskuuta välisenä yönä.", PUB,
     [("17. ja 18. marraskuuta välisenä yönä", "2023-11-17", "2023-11-18", "night")]),
    ("Rajalle saapui 18. marraskuuta vastaisena yönä 80 ihmistä.", PUB,
     [("18. marraskuuta vastaisena yönä", "2023-11-17", "2023-11-18", "night")]),
    ("Rajalle saapui viime yönä 40 ihmistä.", PUB, [("viime yönä", "2023-11-19", "2023-11-20", "night")]),
    ("Rajalle saapui perjantaiyönä 50 ihmistä.", PUB, [("perjantaiyönä", "2023-11-17", "2023-11-18", "night")]),
    # ---- weekdays: the verb's tense decides (present / passive present: after publication; past, perfect: before)
    ("Raja suljettiin torstaina.", PUB, [("torstaina", "2023-11-16", "2023-11-16", "day")]),
    ("Hallitus sulki rajan sunnuntaina.", PUB, [("sunnuntaina", "2023-11-19", "2023-11-19", "day")]),
    ("Asema on suljettu perjantaina.", PUB, [("perjantaina", "2023-11-17", "2023-11-17", "day")]),
    ("Rajaa ei avattu perjantaina.", PUB, [("perjantaina", "2023-11-17", "2023-11-17", "day")]),
    ("Raja-asemat suljetaan perjantaina.", PUB, [("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Hallitus sulkee rajan perjantaina.", PUB, [("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Asemat avataan tiistaina.", PUB, [("tiistaina", "2023-11-21", "2023-11-21", "day")]),
    ("Maanantaina rajalla on hiljaista.", PUB, [("Maanantaina", "2023-11-20", "2023-11-20", "day")]),
    ("Ministeri vieraili rajalla keskiviikkona.", PUB, [("keskiviikkona", "2023-11-15", "2023-11-15", "day")]),
    ("Lauantaina rajalle saapui 60 ihmistä.", PUB, [("Lauantaina", "2023-11-18", "2023-11-18", "day")]),
    ("Hallitus kokoontui viime torstaina.", PUB, [("viime torstaina", "2023-11-16", "2023-11-16", "day")]),
    ("Raja avataan ensi perjantaina.", PUB, [("ensi perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Raja suljetaan tänä perjantaina.", PUB, [("tänä perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Raja on ollut kiinni perjantaista alkaen.", PUB, [("perjantaista alkaen", "2023-11-17", "2023-11-17", "day")]),
    ("Raja suljettiin viime viikon perjantaina.", PUB,
     [("viime viikon perjantaina", "2023-11-17", "2023-11-17", "day")]),
    ("Raja avataan ensi viikon maanantaina.", PUB, [("ensi viikon maanantaina", "2023-11-27", "2023-11-27", "day")]),
    ("Ministeri kertoi torstai-iltana päätöksestä.", PUB, [("torstai-iltana", "2023-11-16", "2023-11-16", "day")]),
    ("Rajavartiolaitos kertoi, että raja suljetaan perjantaina.", PUB,
     [("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Raja suljetaan perjantaina, kertoi ministeri.", PUB, [("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Suomi sulki rajan perjantaina ja avaa sen maanantaina.", "2023-11-21",
     [("perjantaina", "2023-11-17", "2023-11-17", "day"), ("maanantaina", "2023-11-27", "2023-11-27", "day")]),
    # a decision in the past to do something on a weekday: the weekday after the decision
    ("Hallitus päätti keskiviikkona sulkea rajan perjantaina.", "2023-11-22",
     [("keskiviikkona", "2023-11-22", "2023-11-22", "day"), ("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    ("Hallitus ilmoitti keskiviikkona sulkevansa rajan perjantaina.", "2023-11-23",
     [("keskiviikkona", "2023-11-22", "2023-11-22", "day"), ("perjantaina", "2023-11-24", "2023-11-24", "day")]),
    # ---- relative days, weeks, months, years, "... sitten"
    ("Eilen rajalle tuli 20 ihmistä, tänään 30 ja huomenna odotetaan lisää.", PUB,
     [("Eilen", "2023-11-19", "2023-11-19", "day"), ("tänään", "2023-11-20", "2023-11-20", "day"),
      ("huomenna", "2023-11-21", "2023-11-21", "day")]),
    ("Jonoa oli toissapäivänä, ja uusi kokous on ylihuomenna.", PUB,
     [("toissapäivänä", "2023-11-18", "2023-11-18", "day"), ("ylihuomenna", "2023-11-22", "2023-11-22", "day")]),
    ("Tällä viikolla, viime viikolla ja ensi viikolla.", PUB,
     [("Tällä viikolla", "2023-11-20", "2023-11-26", "week"), ("viime viikolla", "2023-11-13", "2023-11-19", "week"),
      ("ensi viikolla", "2023-11-27", "2023-12-03", "week")]),
    ("Tänä vuonna, viime vuonna ja ensi vuonna.", PUB,
     [("Tänä vuonna", "2023-01-01", "2023-12-31", "year"), ("viime vuonna", "2022-01-01", "2022-12-31", "year"),
      ("ensi vuonna", "2024-01-01", "2024-12-31", "year")]),
    ("Tässä kuussa, viime kuussa ja ensi kuussa.", PUB,
     [("Tässä kuussa", "2023-11-01", "2023-11-30", "month"), ("viime kuussa", "2023-10-01", "2023-10-31", "month"),
      ("ensi kuussa", "2023-12-01", "2023-12-31", "month")]),
    ("Viikko sitten tuli 10, kaksi päivää sitten 20 ja kolme viikkoa sitten 5.", PUB,
     [("Viikko sitten", "2023-11-13", "2023-11-13", "day"), ("kaksi päivää sitten", "2023-11-18", "2023-11-18", "day"),
      ("kolme viikkoa sitten", "2023-10-30", "2023-10-30", "day")]),
    ("Rajalle saapui viikonloppuna 90 ihmistä.", PUB, [("viikonloppuna", "2023-11-18", "2023-11-19", "weekend")]),
    ("Raja avataan ensi viikonloppuna.", PUB, [("ensi viikonloppuna", "2023-11-25", "2023-11-26", "weekend")]),
    ("Aiemmin tänä vuonna tulijoita oli vähän.", PUB, [("Aiemmin tänä vuonna", "2023-01-01", "2023-11-20", "year")]),
    ("Viime viikon lopulla rajalle tuli 200 ihmistä.", PUB,
     [("Viime viikon lopulla", "2023-11-13", "2023-11-19", "week")]),
    ("Huomisesta alkaen raja on kiinni.", PUB, [("Huomisesta alkaen", "2023-11-21", "2023-11-21", "day")]),
    # ---- seasons (meteorological; the winter that starts in the year named) and years
    ("Tulijoita oli syksyllä vähän.", PUB, [("syksyllä", "2023-09-01", "2023-11-30", "season")]),
    ("Vastaavaa nähtiin talvella 2015.", PUB, [("talvella 2015", "2015-12-01", "2016-02-29", "season")]),
    ("Viime syksynä oli hiljaista.", PUB, [("Viime syksynä", "2022-09-01", "2022-11-30", "season")]),
    ("Aita valmistuu ensi keväänä.", PUB, [("ensi keväänä", "2024-03-01", "2024-05-31", "season")]),
    ("Tänä talvena rajalla on kylmä.", PUB, [("Tänä talvena", "2023-12-01", "2024-02-29", "season")]),
    ("Venäjän toiminta jatkuu talven yli.", PUB, [("talven", "2023-12-01", "2024-02-29", "season")]),
    ("Sopimus tehtiin vuonna 2021.", PUB, [("vuonna 2021", "2021-01-01", "2021-12-31", "year")]),
    ("Vuoden 2012 sopimus on voimassa.", PUB, [("Vuoden 2012", "2012-01-01", "2012-12-31", "year")]),
    ("Tulijoita oli 2022–2023 vähän.", PUB, [("2022–2023", "2022-01-01", "2023-12-31", "year")]),
    ("Vuosina 2015–2016 tulijoita oli paljon.", PUB, [("Vuosina 2015–2016", "2015-01-01", "2016-12-31", "year")]),
    ("Raja suljettiin jo 2015.", PUB, [("2015", "2015-01-01", "2015-12-31", "year")]),
    ("Suomi on heikentänyt suhteita vuodesta 2022 lähtien.", PUB,
     [("vuodesta 2022 lähtien", "2022-01-01", "2022-12-31", "year")]),
    ("1990-luvulla raja oli rauhallinen.", PUB, [("1990-luvulla", "1990-01-01", "1999-12-31", "year")]),
    ("Viime jouluna rajalla oli hiljaista.", PUB, [("Viime jouluna", "2022-12-25", "2022-12-25", "day")]),
    ("Raja on kiinni itsenäisyyspäivänä.", PUB, [("itsenäisyyspäivänä", "2023-12-06", "2023-12-06", "day")]),
    # ---- upper / lower case, non-breaking spaces, hyphens and en dashes
    ("RAJA SULJETTIIN TORSTAINA.", PUB, [("TORSTAINA", "2023-11-16", "2023-11-16", "day")]),
    ("Raja on kiinni 23.\u00a0joulukuuta\u00a0asti.", PUB,
     [("23.\u00a0joulukuuta\u00a0asti", "2023-12-23", "2023-12-23", "day")]),
    ("Rajalle saapui 17.-18.11. paljon.", PUB, [("17.-18.11.", "2023-11-17", "2023-11-18", "day")]),
    ("Joulukuun 14. päivään asti raja on kiinni.", PUB,
     [("Joulukuun 14. päivään asti", "2023-12-14", "2023-12-14", "day")]),
    ("Perjantaina\n24.11. asemat suljettiin.", PUB, [("Perjantaina\n24.11.", "2023-11-24", "2023-11-24", "day")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_table(text, published, expected):
    assert rows(text, published) == expected


NOT_DATES = [
    "Asemat suljetaan kello 00.00.",                       # clock times (guide)
    "Bussi lähtee klo 8.",
    "Kokous alkaa klo 12.10.",
    "Kokous alkaa kello 18.11.",
    "Raja suljetaan kuukaudeksi.",                         # a duration with no numeral (guide)
    "Raja suljettiin kahdeksi viikoksi ja koko viikon ajan.",
    "Rajalle saapuu ihmisiä päivittäin.",                  # frequencies (guide)
    "Kokous on joka perjantai.",
    "Kokous on perjantaisin ja viikonloppuisin, talvisin myös.",
    "Viime päivinä rajalle on tullut enemmän ihmisiä.",    # vague past (guide)
    "Viime viikkoina ja viime vuosina tulijoita on ollut enemmän.",
    "Nyt ja tällä hetkellä, viime aikoina.",
    "Muutama päivä sitten ja vuosia sitten.",
    "Tänä päivänä raja on kiinni.",
    "Nord Stream 2 -putki ja F-35-hävittäjät.",            # numbers inside names
    "Kuva: EPA-EFE/2023.",
    "Agenda 2030 -ohjelma hyväksyttiin.",
    "Rajalle saapui 2000 turvapaikanhakijaa.",             # counts, not years
    "Rajalle saapui noin 2000 ihmistä.",
    "Luku oli 1 700.",
    "Talvisota alkoi.",                                    # a name
    "Musta perjantai on kauppojen päivä.",
    "Talvi on ankara.",                                    # a generic season
    "Rajalla odotti muutama turvapaikanhakija päivässä.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert rows(text, PUB) == []


# --------------------------------------------------------------------------- anchors
def test_month_only_publication():
    """Guide: a first line ` date 2023-11` anchors what needs only the year and month; weekdays and today stay null."""
    assert rows("Raja on kiinni 23. joulukuuta asti.", "2023-11") == [
        ("23. joulukuuta asti", "2023-12-23", "2023-12-23", "day")]
    assert rows("Raja suljettiin torstaina. Tänään raja on kiinni.", "2023-11") == [
        ("torstaina", None, None, "day"), ("Tänään", None, None, "day")]
    assert rows("Tässä kuussa tulijoita on ollut paljon, viime kuussa vähän.", pd.Period("2023-11", "M")) == [
        ("Tässä kuussa", "2023-11-01", "2023-11-30", "month"), ("viime kuussa", "2023-10-01", "2023-10-31", "month")]
    r = find_dates("Raja on kiinni 23. joulukuuta asti.", "2023-11")[0]
    assert r[6:] == ("published", False)


def test_no_publication_date_relative_found_but_null():
    assert rows("Raja suljettiin torstaina. Eilen oli hiljaista, viime viikolla ei.") == [
        ("torstaina", None, None, "day"), ("Eilen", None, None, "day"), ("viime viikolla", None, None, "week")]
    r = find_dates("Raja suljettiin torstaina.")[0]
    assert r[6:] == (None, False)


def test_anchor_resolves_what_needs_no_day():
    got = find_dates("Raja avataan 14. tammikuuta, mutta torstaina se oli kiinni.", anchor="2023-12-01")
    assert [(r[0], None if pd.isna(r[3]) else str(r[3].date()), r[6], r[7]) for r in got] == [
        ("14. tammikuuta", "2024-01-14", "inferred", True), ("torstaina", None, None, False)]


def test_anchor_inferred_from_the_text():
    """No publication date: the latest past dated mention anchors the year (`tammikuun puolivälissä` after
    November 2023)."""
    got = find_dates("Rajalle saapui marraskuussa 2023 lähes tuhat ihmistä. Sulku päättyy tammikuun puolivälissä.")
    assert [(r[0], str(r[3].date()), str(r[4].date()), r[6], r[7]) for r in got] == [
        ("marraskuussa 2023", "2023-11-01", "2023-11-30", "text", False),
        ("tammikuun puolivälissä", "2024-01-11", "2024-01-20", "inferred", True)]


def test_weekday_fixes_the_year_of_a_yearless_date():
    # 24 November is a Friday in 2023, not in 2024: a January 2024 article looking back
    assert rows("Asemat suljettiin perjantaina 24. marraskuuta.", "2024-01-10") == [
        ("perjantaina 24. marraskuuta", "2023-11-24", "2023-11-24", "day")]


def test_tuple_layout_matches_the_english_extractor():
    text = "Hallitus päätti torstaina sulkea asemat 18.11. alkaen. Sopimus tehtiin vuonna 2012."
    check_date_layout(dates_fi, text, PUB, ["published", "published", "text"], "Ei päivämääriä.")


# --------------------------------------------------------------------------- our own gold articles
def test_gold_files_are_well_formed():
    check_gold_well_formed(gold_pairs(GOLD, "dates"), "dates", min_files=4, unique=True)


def test_gold_value_f1():
    """TempEval-3 as score.py: found = span overlap, right = found with the gold start and end; value F1 >= 0.95."""
    check_value_f1(gold_pairs(GOLD, "dates"), "dates", find_dates, min_gold=60, threshold=0.95)


def test_speed():
    check_dates_speed(find_dates, gold_pairs(GOLD, "dates"), repeat=20)  # about 100 kB


# --------------------------------------------------------------------------- property test
_PIECES = st.sampled_from([
    "23.", "joulukuuta", "16.11.2023", "18.11.", "17.–18.11.", "marraskuussa", "marraskuun", "alussa", "lopussa",
    "puolivälissä", "asti", "saakka", "alkaen", "torstain ja perjantain välisenä yönä", "perjantaina", "yöllä",
    "viime", "ensi", "tänä", "viikolla", "vuonna", "2023", "2015–2016", "sitten", "kaksi päivää", "eilen", "syksyllä",
    "talvella", "jouluun", "klo", "kello 00.00", "suljettiin", "suljetaan", "on", "oli", "(", ")", ",", ".", " ",
    "\n", "\u00a0", "–", "-", "ä", "Ö", "٢٠٢٣", "𝟚𝟘𝟚𝟛", "31.2.", "29. helmikuuta", "vuoden", "päivään", "keskiviikon",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, published=PUBLISHED)
def test_property_spans_are_consistent(text, published):
    check_date_rows(text, find_dates(text, published))
