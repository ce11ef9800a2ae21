"""Tests for helpers.extract.counts_sv: the guide's Counts table and its Swedish rows (docs/ANNOTATION.md,
"Counts" and "Other languages"), number forms, what is not a count, our own Swedish gold articles
(tests/gold_sv/counts_*, gold written by hand before the extractor's first run on them) and a property test."""
from __future__ import annotations

import doctest
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.extract.counts_sv as counts_sv
from helpers.extract.counts_sv import NOUNS, find_counts, lookup, parse_word
from helpers.paths import TESTS
from language_checks import (check_count_rows, check_counts_frame, check_counts_speed, check_doctests,
                             check_gold_well_formed, check_topic_nouns, check_value_f1, count_rows, gold_pairs)

GOLD = TESTS / "gold_sv"
NAN = None  # "no `of`" in the expectations below
AS, BC, PE = "asylum seekers", "border crossings", "people"

rows = partial(count_rows, find_counts)  # (span text, value, of, what, approx) per count; `of` None when absent

# --------------------------------------------------------------------------- the guide's rows, in Swedish
POSITIVE = [
    # plain counts; "bara" is not a hedge and stays out of the span
    ("Det kom 280 asylsökande.", [("280 asylsökande", 280, NAN, AS, False)]),
    ("Bara 30 asylsökande kom.", [("30 asylsökande", 30, NAN, AS, False)]),
    ("Regeringen stänger fyra gränsstationer.", [("fyra gränsstationer", 4, NAN, BC, False)]),
    ("Tre bussar kom.", [("Tre bussar", 3, NAN, "buses", False)]),
    ("Försvarsmakten lovade sex fordon och två helikoptrar.",
     [("sex fordon", 6, NAN, "vehicles", False), ("två helikoptrar", 2, NAN, "helicopters", False)]),
    ("Förstärkningar kom från tre olika enheter.", [("tre olika enheter", 3, NAN, "enhet", False)]),
    ("Asylansökningar tas emot vid de fyra stationerna i norr.", [("fyra stationerna", 4, NAN, BC, False)]),
    ("En familj på fyra personer väntade.", [("fyra personer", 4, NAN, PE, False)]),
    # digits: thousands with a space, a no-break space, a thin space; decimals with a comma; scale words
    ("Det kom 1 300 migranter.", [("1 300 migranter", 1300, NAN, "migrants", False)]),
    ("Det kom 1\u00a0300 migranter.", [("1\u00a0300 migranter", 1300, NAN, "migrants", False)]),
    ("Det kom 1\u202f300 migranter.", [("1\u202f300 migranter", 1300, NAN, "migrants", False)]),
    ("År 2015 kom 32 000 asylsökande.", [("32 000 asylsökande", 32000, NAN, AS, False)]),
    ("Projektet kostar 1 234 567 euro.", [("1 234 567 euro", 1234567, NAN, "euros", False)]),
    ("Projektet kostar 1,5 miljoner euro.", [("1,5 miljoner euro", 1.5e6, NAN, "euros", False)]),
    ("Regeringen reserverade 2,3 miljarder euro.", [("2,3 miljarder euro", 2.3e9, NAN, "euros", False)]),
    ("Kommunen förlorar 1,5 milj. euro.", [("1,5 milj. euro", 1.5e6, NAN, "euros", False)]),
    ("Stängslet är 4,5 meter högt.", [("4,5 meter", 4.5, NAN, "metres", False)]),
    ("Försäljningen sjönk med 20 %.", [("20 %", 20, NAN, "percent", False)]),
    ("Enligt en enkät stöder 62 procent av finländarna stängningen.", [("62 procent", 62, NAN, "percent", False)]),
    ("Biljetten kostar 5 €.", [("5 €", 5, NAN, "euros", False)]),
    ("Gränsen är 1 340 km lång.", [("1 340 km", 1340, NAN, "kilometres", False)]),
    ("Sjukhuset ligger 150km bort.", [("150km", 150, NAN, "kilometres", False)]),
    ("Gränsen är 1 340 kilometer lång.", [("1 340 kilometer", 1340, NAN, "kilometres", False)]),
    # cardinal words and their compounds
    *[(f"Det kom {w} personer.", [(f"{w} personer", v, NAN, PE, False)]) for w, v in [
        ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5), ("sex", 6), ("sju", 7), ("åtta", 8), ("nio", 9),
        ("tio", 10), ("elva", 11), ("tolv", 12), ("sjutton", 17), ("tjugo", 20), ("tjugofem", 25), ("hundra", 100),
        ("tvåhundra", 200), ("trehundrafemtio", 350), ("tusen", 1000), ("tretusen", 3000), ("två tusen", 2000),
        ("ett hundra", 100), ("ettusen", 1000)]],
    ("Gränsbevakningen skickade tjugofem gränsbevakare och tvåhundra soldater.",
     [("tjugofem gränsbevakare", 25, NAN, "border guards", False), ("tvåhundra soldater", 200, NAN, "soldiers", False)]),
    ("Det kom ett dussin asylsökande.", [("ett dussin asylsökande", 12, NAN, AS, False)]),
    ("Skadorna beräknas till en miljon euro.", [("en miljon euro", 1e6, NAN, "euros", False)]),
    # X av Y gives `of`
    ("Regeringen stänger fyra av åtta gränsövergångar.", [("fyra av åtta gränsövergångar", 4, 8, BC, False)]),
    ("Regeringen stänger fyra av de åtta gränsövergångarna.",
     [("fyra av de åtta gränsövergångarna", 4, 8, BC, False)]),
    ("Fyra av Finlands åtta gränsstationer stängs.", [("Fyra av Finlands åtta gränsstationer", 4, 8, BC, False)]),
    ("Endast en av åtta gränsövergångar är öppen.", [("en av åtta gränsövergångar", 1, 8, BC, False)]),
    ("Hon har permitterat sex av sina tolv anställda.", [("sex av sina tolv anställda", 6, 12, "employees", False)]),
    ("Av stationerna stängdes 7 av 8.", [("7 av 8", 7, 8, BC, False)]),
    ("Två av gränsövergångarna är öppna.", [("Två av gränsövergångarna", 2, NAN, BC, False)]),
    ("Bara en av gränsövergångarna är öppen.", [("en av gränsövergångarna", 1, NAN, BC, False)]),
    # hedges
    *[(f"Det kom {h} 300 personer.", [(f"{h} 300 personer", 300, NAN, PE, True)]) for h in [
        "omkring", "drygt", "runt", "cirka", "ca", "ca.", "c:a", "över", "nästan", "minst", "knappt", "närmare",
        "ungefär", "uppemot", "upp till", "mer än", "fler än", "mindre än", "färre än", "kring", "bortåt", "inemot",
        "strax över", "högst", "åtminstone"]],
    ("Det kom betydligt fler än 300 personer.", [("fler än 300 personer", 300, NAN, PE, True)]),
    ("Stängningen gäller i minst tre månader.", [("minst tre månader", 3, NAN, "months", True)]),
    ("Alla åtta gränsstationer är stängda.", [("Alla åtta gränsstationer", 8, NAN, BC, False)]),
    ("Samtliga åtta gränsstationer är stängda.", [("Samtliga åtta gränsstationer", 8, NAN, BC, False)]),
    # approximate number words and vague plurals
    ("Det fanns hundratals asylsökande och tusentals människor.",
     [("hundratals asylsökande", 100, NAN, AS, True), ("tusentals människor", 1000, NAN, PE, True)]),
    ("Det kom tiotals migranter och dussintals medborgare.",
     [("tiotals migranter", 10, NAN, "migrants", True), ("dussintals medborgare", 12, NAN, "citizens", True)]),
    ("Det kom tiotusentals människor.", [("tiotusentals människor", 10000, NAN, PE, True)]),
    ("Ett tjugotal asylsökande och några tiotal migranter kom.",
     [("Ett tjugotal asylsökande", 20, NAN, AS, True), ("några tiotal migranter", 20, NAN, "migrants", True)]),
    ("Det kom ett hundratal personer.", [("ett hundratal personer", 100, NAN, PE, True)]),
    ("I Imatra kan ett par hundra personer förlora jobbet.", [("ett par hundra personer", 200, NAN, PE, True)]),
    ("Kön var ett par dagar lång.", [("ett par dagar", 2, NAN, "days", True)]),
    ("Det kom några hundra personer och flera tusen bilar.",
     [("några hundra personer", 200, NAN, PE, True), ("flera tusen bilar", 2000, NAN, "cars", True)]),
    ("Det fanns hundratals eller kanske tusentals människor.",
     [("hundratals", 100, NAN, PE, True), ("tusentals människor", 1000, NAN, PE, True)]),
    # ranges: the lower bound, approx
    ("De cyklade 30–40 kilometer.", [("30–40 kilometer", 30, NAN, "kilometres", True)]),
    ("Det kom 100-150 asylsökande.", [("100-150 asylsökande", 100, NAN, AS, True)]),
    ("Det kom mellan 100 och 150 asylsökande.", [("mellan 100 och 150 asylsökande", 100, NAN, AS, True)]),
    ("Gränsen är stängd i två till tre veckor.", [("två till tre veckor", 2, NAN, "weeks", True)]),
    ("Gränsen är stängd i två–tre veckor.", [("två–tre veckor", 2, NAN, "weeks", True)]),
    # zero
    ("På fredagen kom inga asylsökande alls.", [("inga asylsökande", 0, NAN, AS, False)]),
    ("Ingen asylsökande kom på fredagen.", [("Ingen asylsökande", 0, NAN, AS, False)]),
    ("Inte en enda asylsökande kom på fredagen.", [("Inte en enda asylsökande", 0, NAN, AS, False)]),
    ("Antalet asylsökande sjönk till noll.", [("noll", 0, NAN, AS, False)]),
    ("Det kom noll asylsökande.", [("noll asylsökande", 0, NAN, AS, False)]),
    # a number inside a compound
    ("En 25-årig man greps. Det blev en tvåveckors stängning.",
     [("25-årig", 25, NAN, "years", False), ("tvåveckors", 2, NAN, "weeks", False)]),
    ("Stationen har 24-timmars bevakning.", [("24-timmars", 24, NAN, "hours", False)]),
    ("Den 1 340-kilometers gränsen är stängd.", [("1 340-kilometers", 1340, NAN, "kilometres", False)]),
    # "the only one"
    ("Raja-Jooseppi är den enda öppna gränsövergången.",
     [("den enda öppna gränsövergången", 1, NAN, "border crossing", False)]),
    ("Raja-Jooseppi blir den enda öppna gränsstationen.",
     [("den enda öppna gränsstationen", 1, NAN, "border crossing", False)]),
    ("Raja-Jooseppi är Finlands enda öppna gränsövergång.",
     [("Finlands enda öppna gränsövergång", 1, NAN, "border crossing", False)]),
    ("Det finns en enda gränsövergång kvar.", [("en enda gränsövergång", 1, NAN, "border crossing", False)]),
    # durations with a number are counts (units: one plural spelling)
    ("Stängningen gäller i två veckor, fem år eller 24 timmar.",
     [("två veckor", 2, NAN, "weeks", False), ("fem år", 5, NAN, "years", False), ("24 timmar", 24, NAN, "hours", False)]),
    ("Familjen väntade i två dygn och tre nätter.",
     [("två dygn", 2, NAN, "days", False), ("tre nätter", 3, NAN, "nights", False)]),
    ("Kontrollen tog 45 minuter.", [("45 minuter", 45, NAN, "minutes", False)]),
    # elliptical counts take the noun the text implies
    ("Omkring 280 asylsökande kom. Bara på onsdagen kom 59.",
     [("Omkring 280 asylsökande", 280, NAN, AS, True), ("59", 59, NAN, AS, False)]),
    ("Omkring 280 asylsökande kom. Bara på onsdagen kom 59. I oktober var antalet ett tjugotal.",
     [("Omkring 280 asylsökande", 280, NAN, AS, True), ("59", 59, NAN, AS, False),
      ("ett tjugotal", 20, NAN, AS, True)]),
    ("Till Salla kom 96 asylsökande på onsdagen och 104 på torsdagen.",
     [("96 asylsökande", 96, NAN, AS, False), ("104", 104, NAN, AS, False)]),
    ("Totalt kom 71 asylsökande till gränsen, 67 via Vartius och fyra via Nuijamaa.",
     [("71 asylsökande", 71, NAN, AS, False), ("67", 67, NAN, AS, False), ("fyra", 4, NAN, AS, False)]),
    ("Drygt 150 000 resenärer passerade, varav 8 000 via Vaalimaa.",
     [("Drygt 150 000 resenärer", 150000, NAN, "travellers", True), ("varav 8 000", 8000, NAN, "travellers", False)]),
    ("Regeringen stängde stationerna en efter en. Den stängde fyra av dem.", [("fyra av dem", 4, NAN, BC, False)]),
    ("Det finns åtta stationer, och av dem är bara en öppen.",
     [("åtta stationer", 8, NAN, BC, False), ("en", 1, NAN, "border crossing", False)]),
    ("Bara en station är öppen.", [("en station", 1, NAN, "border crossing", False)]),
    ("Stationerna stängs, utom en.", [("en", 1, NAN, "border crossing", False)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:60] for t, _ in POSITIVE])
def test_counts(text, expected):
    assert rows(text) == expected


NOT_COUNTS = [
    "Pressmeddelande 511/2023 om gränsen.",  # a reference number of a year
    # proportions, några / flera / ett fåtal alone, alla without a number, ordinals
    "Ungefär två tredjedelar av de anlända är män.",
    "Hälften av de anlända är män.",
    "Några asylsökande stannade.",
    "Flera stationer stängdes och ett fåtal hölls öppna.",
    "Alla gränsstationer stängdes.",
    "Medborgare från tredje länder kom.",
    "Den andra stationen stängdes först.",
    "Han kom på 3:e plats.",
    # dates (dates_sv reads them) and clock times
    "Gränsen stängdes den 18 november klockan 00.00.",
    "Gränsen stängs den 15 december.",
    "Beslutet fattades 15.12.",
    "År 2015 var läget ett annat.",
    "Läget förändrades 2015–2016.",
    "För två veckor sedan var läget ett annat.",
    "Under vecka 47 var läget lugnt.",
    "Stationen öppnar kl. 8 och stänger klockan 20.",
    "Problemet började redan på 1990-talet.",
    # durations without a numeral, frequencies
    "Gränsen kan stanna stängd i en månad.",
    "Gränsen bevakas dagligen och varje dag.",
    # en / ett as an article, "a certain one", fixed phrases
    "En familj väntade vid gränsen.",
    "En gränsövergång är öppen.",
    "En av gränsövergångarna stängs.",
    "Hon är en av de största experterna.",
    "De två länderna har en lång gräns.",
    "Förhandlingar mellan två länder pågår.",
    "Han sade att sex är för mycket.",
    # names, codes, list markers, leading zeros, minus
    "Riksväg 6 är stängd.",
    "E18 och Su-27 har inget med saken att göra.",
    "Regeringen: 1. Gränsen stängs. 2. Ansökningar tas emot i norr.",
    "Ring 0295 421 000.",
    "Temperaturen var minus 20.",
    "Se https://raja.fi/tiedote/2023/11/16 för mer.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text):
    assert rows(text) == []


def test_dates_and_counts_in_one_sentence():
    """A year before a number, and a count after a date, are told apart."""
    assert rows("År 2015 kom 1 700 asylsökande till Salla den 18 november.") == [
        ("1 700 asylsökande", 1700, NAN, AS, False)]
    assert rows("Över 1 700 asylsökande kom 2015.") == [("Över 1 700 asylsökande", 1700, NAN, AS, True)]


# --------------------------------------------------------------------------- pieces
def test_parse_word():
    assert parse_word("tjugofem") == (25.0, False, "num")
    assert parse_word("tvåhundrafemtio") == (250.0, False, "num")
    assert parse_word("hundratals") == (100.0, True, "vague")
    assert parse_word("hundratal") == (100.0, True, "tal")
    assert parse_word("miljontals") == (1e6, True, "vague")
    assert parse_word("noll") == (0.0, False, "num")
    for word in ("entre", "antal", "tretal", "tiot", "sexig", "fyrtiofyrtio"):
        assert parse_word(word) is None, word


def test_lookup_table():
    assert lookup("gränsövergångarna") == NOUNS["gränsövergång"]
    assert lookup("anställda")[0] == "employees"  # simplemma reads it as the verb anställa
    assert lookup("järnvägsstationen")[0] == "railway stations"
    assert lookup("katter") is None
    for word in ("gränsövergångar gränsstationer stationer gränsposter asylsökande migranter invandrare flyktingar "
                 "personer människor nyanlända resenärer medborgare gränsbevakare soldater ansökningar fordon bilar "
                 "bussar cyklar länder invånare anställda kilometer dagar dygn veckor månader år timmar procent "
                 "euro kronor").split():
        assert lookup(word) is not None, word
    check_topic_nouns(NOUNS)  # every English noun of the crossing and people entries maps to a topic


def test_extract_counts_frame():
    check_counts_frame(counts_sv, "Drygt 50 gränsbevakare i två dygn.", "Inga siffror.")


def test_doctests():
    check_doctests(counts_sv, min_attempted=6, optionflags=doctest.ELLIPSIS)


# --------------------------------------------------------------------------- our own gold articles
def test_gold_files_are_well_formed():
    check_gold_well_formed(gold_pairs(GOLD, "counts"), "counts", n_files=3)


def test_gold_value_f1():
    """TempEval-3 as score.py: found = span overlap, right = found with value, of, what, approx; value F1 >= 0.9."""
    check_value_f1(gold_pairs(GOLD, "counts"), "counts", find_counts, min_gold=40, threshold=0.9)


def test_speed():
    check_counts_speed(find_counts, gold_pairs(GOLD, "counts"))  # about 100 kB


# --------------------------------------------------------------------------- property
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.:-–%€\u00a0\nabcdeiklmnoprstuvåäöABKRS") + [
    " två ", " tre ", " fyra ", " av ", " åtta ", " en ", " ett ", " par ", " hundra ", " över ", " omkring ",
    " personer", " gränsstationer", " inga ", " enda ", " varav ", " miljoner ", " 1 300 ", " den 18 november ",
    " 2015 "]), max_size=40).map("".join))
def test_spans_are_consistent(text):
    check_count_rows(text, find_counts(text))
