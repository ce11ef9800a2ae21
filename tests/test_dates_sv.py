"""Tests for helpers.extract.dates_sv: the Swedish rows of the annotation guide, the English Dates table's rows in
Swedish, the not-dates, our own Swedish gold articles (tests/gold_sv/dates_*), and a property test on arbitrary text."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract import dates_sv
from helpers.extract.dates_sv import find_dates
from helpers.paths import TESTS
from language_checks import (PUBLISHED, check_date_layout, check_date_rows, check_dates_speed, check_gold_well_formed,
                             check_value_f1, date_rows, gold_pairs)

GOLD = TESTS / "gold_sv"

rows = partial(date_rows, find_dates)  # (text, start, end, granularity) of every mention, dates as ISO strings

PUB = "2023-11-20"  # a Monday
CASES = [
    # ---- days: den D månad (YYYY), D.M.YYYY, Finland-Swedish year-less D.M., ranges (guide: Other languages, row 1)
    ("Gränsen stängs den 15 december 2023.", PUB, [("den 15 december 2023", "2023-12-15", "2023-12-15", "day")]),
    ("Gränsen öppnas 15 december.", PUB, [("15 december", "2023-12-15", "2023-12-15", "day")]),
    ("Stationerna stängdes den 18 november.", PUB, [("den 18 november", "2023-11-18", "2023-11-18", "day")]),
    ("Regeringen fattade beslutet 15.12.2023.", PUB, [("15.12.2023", "2023-12-15", "2023-12-15", "day")]),
    ("Stationerna stängdes 18.11.", PUB, [("18.11.", "2023-11-18", "2023-11-18", "day")]),
    ("Gränsen öppnas 15.12.", PUB, [("15.12.", "2023-12-15", "2023-12-15", "day")]),
    ("Över 300 personer anlände 17–18 november.", PUB, [("17–18 november", "2023-11-17", "2023-11-18", "day")]),
    ("Över 300 personer anlände 17.–18.11.", PUB, [("17.–18.11.", "2023-11-17", "2023-11-18", "day")]),
    ("Många anlände 17 och 18 november.", PUB, [("17 och 18 november", "2023-11-17", "2023-11-18", "day")]),
    ("Gränsen öppnas den 1:a december.", PUB, [("den 1:a december", "2023-12-01", "2023-12-01", "day")]),
    ("Siffrorna uppdaterades 2023-11-20.", PUB, [("2023-11-20", "2023-11-20", "2023-11-20", "day")]),
    ("Gränsen öppnas 14.12 kl. 8.", PUB, [("14.12", "2023-12-14", "2023-12-14", "day")]),
    ("Gränsen öppnas den 14 dec.", PUB, [("den 14 dec.", "2023-12-14", "2023-12-14", "day")]),
    # a range: two mentions, each with its preposition
    ("Gränsen är stängd från den 30 november till den 13 december.", PUB,
     [("från den 30 november", "2023-11-30", "2023-11-30", "day"),
      ("till den 13 december", "2023-12-13", "2023-12-13", "day")]),
    # a range across months: the first takes the second's year
    ("Gränsen var stängd 30.11.–13.12.2023.", PUB, [("30.11.", "2023-11-30", "2023-11-30", "day"),
                                                   ("13.12.2023", "2023-12-13", "2023-12-13", "day")]),
    # year-less, future verb: the next such date on or after publication
    ("Gränsen öppnas den 18 februari.", PUB, [("den 18 februari", "2024-02-18", "2024-02-18", "day")]),
    ("Avtalet upphör den 24 januari nästa år.", PUB,
     [("den 24 januari nästa år", "2024-01-24", "2024-01-24", "day")]),
    # ---- deadlines kept in the span: the next such date on or after publication
    ("Gränsen hålls stängd till den 13 december.", PUB, [("till den 13 december", "2023-12-13", "2023-12-13", "day")]),
    ("Gränsen är stängd fram till 14 januari.", PUB, [("fram till 14 januari", "2024-01-14", "2024-01-14", "day")]),
    ("Stängningen gäller till och med 11 februari.", PUB,
     [("till och med 11 februari", "2024-02-11", "2024-02-11", "day")]),
    ("Stängningen gäller t.o.m. 11.2.", PUB, [("t.o.m. 11.2.", "2024-02-11", "2024-02-11", "day")]),
    ("Ansökan ska lämnas senast 5 januari.", PUB, [("senast 5 januari", "2024-01-05", "2024-01-05", "day")]),
    ("Gränsen hålls stängd till december.", PUB, [("till december", "2023-12-01", "2023-12-31", "month")]),
    ("Gränsen hålls stängd till jul.", PUB, [("till jul", "2023-12-25", "2023-12-25", "day")]),
    ("Läget utvärderas igen före jul.", PUB, [("före jul", "2023-12-25", "2023-12-25", "day")]),
    # a deadline in a past clause with a start: the instance nearest publication
    ("Från augusti till slutet av oktober kom bara några tiotal.", PUB,
     [("Från augusti", "2023-08-01", "2023-08-31", "month"),
      ("till slutet av oktober", "2023-10-21", "2023-10-31", "part_of_month")]),
    # a past perfect after a deadline: a past span's end
    ("Till fredagen hade 900 personer kommit.", PUB, [("Till fredagen", "2023-11-17", "2023-11-17", "day")]),
    # ---- starts
    ("Asylansökningar tas emot från och med 18 november.", PUB,
     [("från och med 18 november", "2023-11-18", "2023-11-18", "day")]),
    ("Gränsen stängs från den 24 november.", PUB, [("från den 24 november", "2023-11-24", "2023-11-24", "day")]),
    ("Gränsen är stängd sedan 18 november.", PUB, [("sedan 18 november", "2023-11-18", "2023-11-18", "day")]),
    ("Gränsen har varit stängd sedan fredagen.", PUB, [("sedan fredagen", "2023-11-17", "2023-11-17", "day")]),
    ("Gränsen är stängd fr.o.m. 24.11.", PUB, [("fr.o.m. 24.11.", "2023-11-24", "2023-11-24", "day")]),
    # ---- a weekday with its date: one mention of one day
    ("Stationerna stängs fredagen den 24 november.", PUB,
     [("fredagen den 24 november", "2023-11-24", "2023-11-24", "day")]),
    ("Stationen stängs torsdag (30.11.).", PUB, [("torsdag (30.11.)", "2023-11-30", "2023-11-30", "day")]),
    ("Stationerna stängdes lördagen den 18.11.", PUB, [("lördagen den 18.11.", "2023-11-18", "2023-11-18", "day")]),
    ("På måndag den 4 december samlas ministrarna.", PUB,
     [("På måndag den 4 december", "2023-12-04", "2023-12-04", "day")]),
    ("Gränsen stängs på fredag den 24 november.", PUB,
     [("på fredag den 24 november", "2023-11-24", "2023-11-24", "day")]),
    # ---- months: with a year, without (the publication year; future: the next one), i fjol / nästa år
    ("Asylsökande började komma i november.", PUB, [("i november", "2023-11-01", "2023-11-30", "month")]),
    ("I november 2023 kom nästan tusen asylsökande.", PUB, [("I november 2023", "2023-11-01", "2023-11-30", "month")]),
    ("November blev en rekordmånad.", PUB, [("November", "2023-11-01", "2023-11-30", "month")]),
    ("Antalet steg kraftigt under november.", PUB, [("under november", "2023-11-01", "2023-11-30", "month")]),
    ("Gränsen öppnas i januari.", PUB, [("i januari", "2024-01-01", "2024-01-31", "month")]),
    ("Gränsen öppnas i januari nästa år.", PUB, [("i januari nästa år", "2024-01-01", "2024-01-31", "month")]),
    ("Det var lugnt vid gränsen i november i fjol.", PUB,
     [("i november i fjol", "2022-11-01", "2022-11-30", "month")]),
    ("Det var lugnt i november förra året.", PUB, [("i november förra året", "2022-11-01", "2022-11-30", "month")]),
    # a range of months: the first takes the second's year (or the year before)
    ("Han var i Moskva i december–januari 2023.", PUB, [("i december", "2022-12-01", "2022-12-31", "month"),
                                                       ("januari 2023", "2023-01-01", "2023-01-31", "month")]),
    # a past-tense month with no year that would fall after publication: the year before
    ("I oktober var det lugnt vid gränsen.", "2024-01-10", [("I oktober", "2023-10-01", "2023-10-31", "month")]),
    ("Det kom många asylsökande i november.", "2024-01-10", [("i november", "2023-11-01", "2023-11-30", "month")]),
    # ---- parts of a month: i början av 1..10, i mitten av 11..20, i slutet av 21..end
    ("Beslutet fattades i början av november.", PUB,
     [("i början av november", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("Flest kom i mitten av november.", PUB, [("i mitten av november", "2023-11-11", "2023-11-20", "part_of_month")]),
    ("Läget bedöms i slutet av november.", PUB, [("i slutet av november", "2023-11-21", "2023-11-30", "part_of_month")]),
    ("De första kom i slutet av oktober.", PUB, [("i slutet av oktober", "2023-10-21", "2023-10-31", "part_of_month")]),
    ("Stängningen upphör i slutet av februari 2024.", PUB,
     [("i slutet av februari 2024", "2024-02-21", "2024-02-29", "part_of_month")]),
    ("Stängningen upphör i mitten av januari.", PUB,
     [("i mitten av januari", "2024-01-11", "2024-01-20", "part_of_month")]),
    ("Lagen träder i kraft i början av nästa år.", PUB,
     [("i början av nästa år", "2024-01-01", "2024-01-10", "part_of_month")]),
    ("I slutet av förra året var det lugnt.", PUB,
     [("I slutet av förra året", "2022-12-21", "2022-12-31", "part_of_month")]),
    ("Stängslet ska vara klart i slutet av 2025.", PUB,
     [("i slutet av 2025", "2025-12-21", "2025-12-31", "part_of_month")]),
    ("Läget bedöms i slutet av månaden.", PUB, [("i slutet av månaden", "2023-11-21", "2023-11-30", "part_of_month")]),
    ("Estland har förberett en stängning sedan början av månaden.", PUB,
     [("sedan början av månaden", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("Läget bedöms i början av nästa månad.", PUB,
     [("i början av nästa månad", "2023-12-01", "2023-12-10", "part_of_month")]),
    # ---- nights across two days: start = the eve, end = the named day
    ("Stationerna stängs natten mot lördag.", PUB, [("natten mot lördag", "2023-11-24", "2023-11-25", "night")]),
    ("Stationerna stängdes natten mot lördag.", PUB, [("natten mot lördag", "2023-11-17", "2023-11-18", "night")]),
    ("Stationerna stängs natten till fredag.", PUB, [("natten till fredag", "2023-11-23", "2023-11-24", "night")]),
    ("Stationerna stängs natten mellan torsdag och fredag.", PUB,
     [("natten mellan torsdag och fredag", "2023-11-23", "2023-11-24", "night")]),
    ("Stationerna stängdes natten mellan torsdag och fredag.", PUB,
     [("natten mellan torsdag och fredag", "2023-11-16", "2023-11-17", "night")]),
    ("Stationerna stängdes natten till den 18 november.", PUB,
     [("natten till den 18 november", "2023-11-17", "2023-11-18", "night")]),
    ("Stationerna stängdes natten mot lördag den 18 november.", PUB,
     [("natten mot lördag den 18 november", "2023-11-17", "2023-11-18", "night")]),
    ("Stationerna stängdes natten mellan den 17 och 18 november.", PUB,
     [("natten mellan den 17 och 18 november", "2023-11-17", "2023-11-18", "night")]),
    ("I natt kom 40 personer till gränsen.", PUB, [("I natt", "2023-11-19", "2023-11-20", "night")]),
    ("I natt stängs gränsen.", PUB, [("I natt", "2023-11-20", "2023-11-21", "night")]),
    ("Ett trettiotal personer kom på fredagsnatten.", PUB,
     [("på fredagsnatten", "2023-11-17", "2023-11-18", "night")]),
    # ---- weekdays: på fredag the next one, i fredags the last one; otherwise the tense decides
    ("Gränsen stängs på fredag.", PUB, [("på fredag", "2023-11-24", "2023-11-24", "day")]),
    ("Gränsen stängdes i fredags.", PUB, [("i fredags", "2023-11-17", "2023-11-17", "day")]),
    ("Ministern talade på torsdagen.", PUB, [("på torsdagen", "2023-11-16", "2023-11-16", "day")]),
    ("Ministern talade i torsdags.", PUB, [("i torsdags", "2023-11-16", "2023-11-16", "day")]),
    ("Gränsen öppnas nästa fredag.", PUB, [("nästa fredag", "2023-11-24", "2023-11-24", "day")]),
    ("Gränsen stängdes förra fredagen.", PUB, [("förra fredagen", "2023-11-17", "2023-11-17", "day")]),
    ("Stationerna stängs på torsdagen.", PUB, [("på torsdagen", "2023-11-23", "2023-11-23", "day")]),
    ("Regeringen ska stänga gränsen på torsdag.", PUB, [("på torsdag", "2023-11-23", "2023-11-23", "day")]),
    ("Regeringen kommer att stänga gränsen på fredagen.", PUB, [("på fredagen", "2023-11-24", "2023-11-24", "day")]),
    ("Regeringen ska stänga gränsen fredagen.", PUB, [("fredagen", "2023-11-24", "2023-11-24", "day")]),
    ("Regeringen stängde gränsen på fredagen.", PUB, [("på fredagen", "2023-11-17", "2023-11-17", "day")]),
    ("Regeringen har stängt gränsen på fredagen.", PUB, [("på fredagen", "2023-11-17", "2023-11-17", "day")]),
    ("Gränsen stängs på lördagskvällen.", PUB, [("på lördagskvällen", "2023-11-25", "2023-11-25", "day")]),
    ("Ministern talade på onsdagskvällen.", PUB, [("på onsdagskvällen", "2023-11-15", "2023-11-15", "day")]),
    ("Beslutet fattades i fredags kväll.", PUB, [("i fredags kväll", "2023-11-17", "2023-11-17", "day")]),
    ("Riksdagen behandlar frågan på tisdag.", PUB, [("på tisdag", "2023-11-21", "2023-11-21", "day")]),
    ("Måndag blev en lugn dag vid gränsen.", PUB, [("Måndag", "2023-11-20", "2023-11-20", "day")]),
    ("På söndagen anlände 60 personer.", PUB, [("På söndagen", "2023-11-19", "2023-11-19", "day")]),
    ("Fredagens beslut kritiserades.", PUB, [("Fredagens", "2023-11-17", "2023-11-17", "day")]),
    ("Regeringen meddelade att gränsen stängs på torsdagen.", PUB,
     [("på torsdagen", "2023-11-23", "2023-11-23", "day")]),
    ("Gränsen stängs på torsdagen, meddelade regeringen.", PUB,
     [("på torsdagen", "2023-11-23", "2023-11-23", "day")]),
    ("Finland stängde gränsen i fredags och öppnar den på måndag.", "2023-11-21",
     [("i fredags", "2023-11-17", "2023-11-17", "day"), ("på måndag", "2023-11-27", "2023-11-27", "day")]),
    # ---- relative days
    ("I går kom 20 personer, i dag 30 och i morgon väntas fler.", PUB,
     [("I går", "2023-11-19", "2023-11-19", "day"), ("i dag", "2023-11-20", "2023-11-20", "day"),
      ("i morgon", "2023-11-21", "2023-11-21", "day")]),
    ("Igår, idag och imorgon.", PUB, [("Igår", "2023-11-19", "2023-11-19", "day"),
                                      ("idag", "2023-11-20", "2023-11-20", "day"),
                                      ("imorgon", "2023-11-21", "2023-11-21", "day")]),
    ("Det hände i förrgår, och mötet hålls i övermorgon.", PUB,
     [("i förrgår", "2023-11-18", "2023-11-18", "day"), ("i övermorgon", "2023-11-22", "2023-11-22", "day")]),
    ("Ministern talar i kväll.", PUB, [("i kväll", "2023-11-20", "2023-11-20", "day")]),
    ("Presidenten fattar beslut senare i dag.", PUB, [("i dag", "2023-11-20", "2023-11-20", "day")]),
    ("Gränsbevakningen förstärker bevakningen under helgen.", "2023-11-24",
     [("under helgen", "2023-11-25", "2023-11-26", "weekend")]),
    ("Gårdagens beslut kritiserades.", PUB, [("Gårdagens", "2023-11-19", "2023-11-19", "day")]),
    # ---- weeks, weekends
    ("Den här veckan, förra veckan och nästa vecka.", PUB,
     [("Den här veckan", "2023-11-20", "2023-11-26", "week"), ("förra veckan", "2023-11-13", "2023-11-19", "week"),
      ("nästa vecka", "2023-11-27", "2023-12-03", "week")]),
    ("Frågan behandlas denna vecka.", PUB, [("denna vecka", "2023-11-20", "2023-11-26", "week")]),
    ("Frågan behandlas i veckan.", PUB, [("i veckan", "2023-11-20", "2023-11-26", "week")]),
    ("Frågan behandlas kommande vecka.", PUB, [("kommande vecka", "2023-11-27", "2023-12-03", "week")]),
    ("Tidigare i veckan kom få.", "2023-11-23", [("Tidigare i veckan", "2023-11-20", "2023-11-23", "week")]),
    ("Frågan avgörs senare i veckan.", PUB, [("senare i veckan", "2023-11-20", "2023-11-26", "week")]),
    ("Flest kom i slutet av förra veckan.", PUB, [("i slutet av förra veckan", "2023-11-13", "2023-11-19", "week")]),
    ("Frågan behandlas vecka 48.", PUB, [("vecka 48", "2023-11-27", "2023-12-03", "week")]),
    ("I helgen kom 90 personer.", PUB, [("I helgen", "2023-11-18", "2023-11-19", "weekend")]),
    ("Gränsen öppnas nästa helg.", PUB, [("nästa helg", "2023-11-25", "2023-11-26", "weekend")]),
    ("Förra helgen var lugn.", PUB, [("Förra helgen", "2023-11-18", "2023-11-19", "weekend")]),
    # ---- months, years
    ("Förra månaden kom få, nästa månad väntas fler.", PUB,
     [("Förra månaden", "2023-10-01", "2023-10-31", "month"), ("nästa månad", "2023-12-01", "2023-12-31", "month")]),
    ("Den här månaden har över tusen kommit.", PUB, [("Den här månaden", "2023-11-01", "2023-11-30", "month")]),
    ("Tidigare i månaden var det lugnt.", PUB, [("Tidigare i månaden", "2023-11-01", "2023-11-20", "month")]),
    ("I år, i fjol och nästa år.", PUB,
     [("I år", "2023-01-01", "2023-12-31", "year"), ("i fjol", "2022-01-01", "2022-12-31", "year"),
      ("nästa år", "2024-01-01", "2024-12-31", "year")]),
    ("Förra året kom färre.", PUB, [("Förra året", "2022-01-01", "2022-12-31", "year")]),
    ("Det var lugnt i förfjol.", PUB, [("i förfjol", "2021-01-01", "2021-12-31", "year")]),
    ("Tidigare i år var det lugnt.", PUB, [("Tidigare i år", "2023-01-01", "2023-11-20", "year")]),
    ("Fjolårets siffror var lägre.", PUB, [("Fjolårets", "2022-01-01", "2022-12-31", "year")]),
    # ---- ... sedan
    ("För en vecka sedan kom 10, för två dagar sedan 20 och för tre veckor sedan 5.", PUB,
     [("För en vecka sedan", "2023-11-13", "2023-11-13", "day"), ("för två dagar sedan", "2023-11-18", "2023-11-18", "day"),
      ("för tre veckor sedan", "2023-10-30", "2023-10-30", "day")]),
    ("För ett par dagar sedan var det lugnt.", PUB, [("För ett par dagar sedan", "2023-11-18", "2023-11-18", "day")]),
    ("För en månad sedan var det lugnt.", PUB, [("För en månad sedan", "2023-10-01", "2023-10-31", "month")]),
    ("För ett år sedan var det lugnt.", PUB, [("För ett år sedan", "2022-01-01", "2022-12-31", "year")]),
    # ---- seasons (meteorological; the winter that starts in the year named)
    ("I höstas började asylsökande komma.", PUB, [("I höstas", "2023-09-01", "2023-11-30", "season")]),
    ("I höstas började asylsökande komma.", "2024-01-10", [("I höstas", "2023-09-01", "2023-11-30", "season")]),
    ("I höstas var det lugnt.", "2023-09-10", [("I höstas", "2022-09-01", "2022-11-30", "season")]),
    ("I höst har fler kommit.", PUB, [("I höst", "2023-09-01", "2023-11-30", "season")]),
    ("I vintras var det lugnt.", PUB, [("I vintras", "2022-12-01", "2023-02-28", "season")]),
    ("Redan i fjol höstas ökade trafiken.", PUB, [("i fjol höstas", "2022-09-01", "2022-11-30", "season")]),
    ("Vintern 2022–2023 var ändå lugn.", PUB, [("Vintern 2022–2023", "2022-12-01", "2023-02-28", "season")]),
    ("Gränsen hålls stängd i vinter.", PUB, [("i vinter", "2023-12-01", "2024-02-29", "season")]),
    ("Stängslet byggs i vår.", PUB, [("i vår", "2024-03-01", "2024-05-31", "season")]),
    ("Bygget inleddes i våras.", PUB, [("i våras", "2023-03-01", "2023-05-31", "season")]),
    ("Bygget inleddes i somras.", PUB, [("i somras", "2023-06-01", "2023-08-31", "season")]),
    ("Samma sak sågs vintern 2015.", PUB, [("vintern 2015", "2015-12-01", "2016-02-29", "season")]),
    ("Samma sak sågs vintern 2015–2016.", PUB, [("vintern 2015–2016", "2015-12-01", "2016-02-29", "season")]),
    ("Samma sak sågs hösten 2015.", PUB, [("hösten 2015", "2015-09-01", "2015-11-30", "season")]),
    ("Samma sak sågs hösten i fjol.", PUB, [("hösten i fjol", "2022-09-01", "2022-11-30", "season")]),
    ("Förra vintern var lugn.", PUB, [("Förra vintern", "2022-12-01", "2023-02-28", "season")]),
    ("Gränsen hålls stängd under vintern.", PUB, [("under vintern", "2023-12-01", "2024-02-29", "season")]),
    ("Beredskapen hålls hög hela vintern.", PUB, [("hela vintern", "2023-12-01", "2024-02-29", "season")]),
    # ---- years and spans of years
    ("Avtalet ingicks år 2021.", PUB, [("år 2021", "2021-01-01", "2021-12-31", "year")]),
    ("Gränsen stängdes redan 2015.", PUB, [("2015", "2015-01-01", "2015-12-31", "year")]),
    ("Under 2022–2023 kom färre.", PUB, [("Under 2022–2023", "2022-01-01", "2023-12-31", "year")]),
    ("Under åren 2015–16 kom fler.", PUB, [("Under åren 2015–16", "2015-01-01", "2016-12-31", "year")]),
    ("Finland har skärpt tonen sedan 2022.", PUB, [("sedan 2022", "2022-01-01", "2022-12-31", "year")]),
    ("På 1990-talet var gränsen lugn.", PUB, [("På 1990-talet", "1990-01-01", "1999-12-31", "year")]),
    ("Gränsen var stängd på julafton.", PUB, [("på julafton", "2023-12-24", "2023-12-24", "day")]),
    # ---- case, non-breaking spaces, hyphens and en dashes, line breaks
    ("GRÄNSEN STÄNGDES I FREDAGS.", PUB, [("I FREDAGS", "2023-11-17", "2023-11-17", "day")]),
    ("Gränsen hålls stängd till den\u00a013\u00a0december.", PUB,
     [("till den\u00a013\u00a0december", "2023-12-13", "2023-12-13", "day")]),
    ("Många anlände 17-18 november.", PUB, [("17-18 november", "2023-11-17", "2023-11-18", "day")]),
    ("Fredagen\n24.11. stängdes stationerna.", PUB, [("Fredagen\n24.11.", "2023-11-24", "2023-11-24", "day")]),
    ("Gränsen stängdes\u00a0i\u00a0fredags.", PUB, [("i\u00a0fredags", "2023-11-17", "2023-11-17", "day")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[f"{c[0][:50]}|{c[1]}" for c in CASES])
def test_table(text, published, expected):
    assert rows(text, published) == expected


NOT_DATES = [
    "Stationerna stängs klockan 00.00.",                   # clock times (guide)
    "Bussen går kl. 8.",
    "Mötet börjar klockan 20.",
    "Mötet börjar kl. 12.10.",
    "Mötet börjar klockan 18.11.",
    "Gränsen stängs i en månad.",                           # a duration with no numeral (guide)
    "Gränsen stängdes i två veckor.",                       # a duration with a numeral: a count, not a date
    "Asylsökande kommer varje dag.",                        # frequencies (guide)
    "Asylsökande kommer dagligen.",
    "Mötet hålls varje fredag.",
    "Mötet hålls två gånger i veckan.",
    "Mötet hålls en gång i månaden.",
    "De senaste dagarna har fler kommit.",                  # vague past and present (guide)
    "Under de senaste veckorna har fler kommit.",
    "Under den senaste veckan kom fler.",
    "Nu och för närvarande, nyligen och tidigare.",
    "Än i dag är frågan öppen.",
    "För några dagar sedan var det lugnt.",
    "Riksdagen antog Agenda 2030.",                         # numbers inside names (guide)
    "Nord Stream 2 och F-35-planen.",
    "Foto: EPA-EFE/2023.",
    "Över 2000 personer kom till gränsen.",                 # counts, not years
    "Cirka 2000 asylsökande väntas.",
    "Gränsen är 1 340 kilometer lång och 1 700 personer kom.",
    "Vinterkriget började.",                                # a name
    "Vintern är kall i Lappland.",                          # a generic season
    "I vår region är det lugnt.",                           # vår = our
    "God jul!",
    "Mars är en planet.",
    "Det blev många fredagar i rad.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert rows(text, PUB) == []


# --------------------------------------------------------------------------- anchors
def test_month_only_publication():
    """Guide: a first line ` date 2023-11` anchors what needs only the year and month; weekdays and today stay null."""
    assert rows("Gränsen hålls stängd till den 23 december.", "2023-11") == [
        ("till den 23 december", "2023-12-23", "2023-12-23", "day")]
    assert rows("Gränsen stängdes i fredags. I dag är den stängd.", "2023-11") == [
        ("i fredags", None, None, "day"), ("I dag", None, None, "day")]
    assert rows("Den här månaden har många kommit, förra månaden få.", pd.Period("2023-11", "M")) == [
        ("Den här månaden", "2023-11-01", "2023-11-30", "month"), ("förra månaden", "2023-10-01", "2023-10-31", "month")]
    r = find_dates("Gränsen hålls stängd till den 23 december.", "2023-11")[0]
    assert r[6:] == ("published", False)


def test_no_publication_date_relative_found_but_null():
    assert rows("Gränsen stängdes i fredags. I går var det lugnt, förra veckan inte.") == [
        ("i fredags", None, None, "day"), ("I går", None, None, "day"), ("förra veckan", None, None, "week")]
    r = find_dates("Gränsen stängdes i fredags.")[0]
    assert r[6:] == (None, False)


def test_anchor_resolves_what_needs_no_day():
    got = find_dates("Gränsen öppnas den 14 januari, men i fredags var den stängd.", anchor="2023-12-01")
    assert [(r[0], None if pd.isna(r[3]) else str(r[3].date()), r[6], r[7]) for r in got] == [
        ("den 14 januari", "2024-01-14", "inferred", True), ("i fredags", None, None, False)]


def test_anchor_inferred_from_the_text():
    """No publication date: the latest past dated mention anchors the year (`i mitten av januari` after
    November 2023)."""
    got = find_dates("I november 2023 kom nästan tusen asylsökande. Stängningen upphör i mitten av januari.")
    assert [(r[0], str(r[3].date()), str(r[4].date()), r[6], r[7]) for r in got] == [
        ("I november 2023", "2023-11-01", "2023-11-30", "text", False),
        ("i mitten av januari", "2024-01-11", "2024-01-20", "inferred", True)]


def test_weekday_fixes_the_year_of_a_yearless_date():
    # 24 November is a Friday in 2023, not in 2024: a January 2024 article looking back
    assert rows("Stationerna stängdes fredagen den 24 november.", "2024-01-10") == [
        ("fredagen den 24 november", "2023-11-24", "2023-11-24", "day")]


def test_tuple_layout_matches_the_english_extractor():
    text = "Regeringen beslöt i torsdags att stänga stationerna från den 18 november. Avtalet ingicks år 2012."
    check_date_layout(dates_sv, text, PUB, ["published", "published", "text"], "Inga datum här.")


# --------------------------------------------------------------------------- our own gold articles
def test_gold_files_are_well_formed():
    check_gold_well_formed(gold_pairs(GOLD, "dates"), "dates", min_files=3, unique=False)


def test_gold_value_f1():
    """TempEval-3 as score.py: found = span overlap, right = found with the gold start and end; value F1 >= 0.95."""
    check_value_f1(gold_pairs(GOLD, "dates"), "dates", find_dates, min_gold=45, threshold=0.95)


def test_speed():
    check_dates_speed(find_dates, gold_pairs(GOLD, "dates"), repeat=25)  # about 100 kB


# --------------------------------------------------------------------------- property test
_PIECES = st.sampled_from([
    "den", "15", "december", "15.12.2023", "18.11.", "17.–18.11.", "i", "november", "i början av", "i slutet av",
    "i mitten av", "till", "till och med", "från och med", "sedan", "natten mot", "natten mellan", "och", "fredag",
    "fredagen", "i fredags", "på", "nästa", "förra", "veckan", "vecka", "år", "2023", "2015–2016", "för", "två dagar",
    "sedan", "i går", "i höstas", "vintern", "i vår", "jul", "kl.", "klockan 00.00", "stängdes", "stängs", "har",
    "ska", "(", ")", ",", ".", " ", "\n", "\u00a0", "–", "-", "å", "Ö", "٢٠٢٣", "𝟚𝟘𝟚𝟛", "31.2.", "30 februari", "v.",
    "1:a", "natt", "helgen", "månaden",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, published=PUBLISHED)
def test_property_spans_are_consistent(text, published):
    check_date_rows(text, find_dates(text, published))
