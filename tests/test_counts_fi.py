"""Tests for helpers.extract.counts_fi: the guide's Counts table and its Finnish rows (docs/ANNOTATION.md,
"Counts" and "Other languages"), number forms, what is not a count, our own Finnish gold articles
(tests/gold_fi/counts_*, gold written by hand before the extractor's first run on them) and a property test."""
from __future__ import annotations

import doctest
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.extract.counts_fi as counts_fi
from helpers.extract.counts_fi import NOUNS, find_counts, lookup, parse_word
from helpers.paths import TESTS
from language_checks import (check_count_rows, check_counts_frame, check_counts_speed, check_doctests,
                             check_gold_well_formed, check_topic_nouns, check_value_f1, count_rows, gold_pairs)

GOLD = TESTS / "gold_fi"
NAN = None  # "no `of`" in the expectations below
AS, BC, PE = "asylum seekers", "border crossings", "people"

rows = partial(count_rows, find_counts)  # (span text, value, of, what, approx) per count; `of` None when absent

# --------------------------------------------------------------------------- the guide's rows, in Finnish
POSITIVE = [
    # plain counts; "vain" is not a hedge and stays out of the span
    ("Rajalle saapui 280 turvapaikanhakijaa.", [("280 turvapaikanhakijaa", 280, NAN, AS, False)]),
    ("Vain 30 turvapaikanhakijaa tuli.", [("30 turvapaikanhakijaa", 30, NAN, AS, False)]),
    ("Hallitus sulkee neljä raja-asemaa.", [("neljä raja-asemaa", 4, NAN, BC, False)]),
    ("Kolme bussia saapui.", [("Kolme bussia", 3, NAN, "buses", False)]),
    ("Hallitus sulkee neljä itärajan rajanylityspaikkaa.",
     [("neljä itärajan rajanylityspaikkaa", 4, NAN, BC, False)]),
    ("Rajalle saapui kaksi pohjoista laivaa ja kolme uutta hakemusta.",
     [("kaksi pohjoista laivaa", 2, NAN, "laiva", False), ("kolme uutta hakemusta", 3, NAN, "applications", False)]),
    ("Suomi ja Venäjä ovat kaksi naapurimaata.", [("kaksi naapurimaata", 2, NAN, "countries", False)]),
    # a personal pronoun makes an elliptical count one of people; a first number shares the second's noun
    ("Turvapaikanhakijoita saapui 300. Asemille heitä oli tullut 80 ennen iltaa.",
     [("300", 300, NAN, "asylum seekers", False), ("80", 80, NAN, "asylum seekers", False)]),
    ("Uhka ei ole pari sataa, tai edes tuhat rajanylittäjää.",
     [("pari sataa", 200, NAN, "border crossers", True), ("tuhat rajanylittäjää", 1000, NAN, "border crossers", False)]),
    ("Alueella on vähintään satoja mutta todennäköisesti tuhansia siirtolaisia.",
     [("vähintään satoja", 100, NAN, "migrants", True), ("tuhansia siirtolaisia", 1000, NAN, "migrants", True)]),
    # a noun counted but never implied ("noun" in the table): the numbers after it count what is in the groups
    ("Tulijat saapuivat kolmessa ryhmässä. Ensimmäisessä ryhmässä oli 21, toisessa 20.",
     [("kolmessa ryhmässä", 3, NAN, "groups", False), ("21", 21, NAN, "arrivals", False),
      ("20", 20, NAN, "arrivals", False)]),
    # a name in the genitive between: the place they went to, not what is counted
    ("Asemille tuli 51 turvapaikanhakijaa. Heistä 35 saapui Sallan ja 16 Kuhmon Vartiuksen raja-asemalle.",
     [("51 turvapaikanhakijaa", 51, NAN, "asylum seekers", False), ("Heistä 35", 35, NAN, "asylum seekers", False),
      ("16", 16, NAN, "asylum seekers", False)]),
    ("Rajalle tuli 30 ihmistä neljälle raja-asemalle.",
     [("30 ihmistä", 30, NAN, "people", False), ("neljälle raja-asemalle", 4, NAN, BC, False)]),
    # a unit in the genitive right after the number; a part of the day is no unit
    ("Huomenna on luvattu yli kymmenen asteen pakkasia.", [("yli kymmenen asteen", 10, NAN, "degrees", True)]),
    ("Tulijat saapuivat kolmessa ryhmässä.", [("kolmessa ryhmässä", 3, NAN, "groups", False)]),
    ("Rajalle oli saapunut 80 turvapaikanhakijaa. Heitä oli 30 iltapäivään mennessä.",
     [("80 turvapaikanhakijaa", 80, NAN, "asylum seekers", False), ("30", 30, NAN, "asylum seekers", False)]),
    # digits: thousands with a space, a no-break space, a thin space; decimals with a comma; scale words
    ("Rajalle tuli 1 300 siirtolaista.", [("1 300 siirtolaista", 1300, NAN, "migrants", False)]),
    ("Rajalle tuli 1\u00a0300 siirtolaista.", [("1\u00a0300 siirtolaista", 1300, NAN, "migrants", False)]),
    ("Rajalle tuli 1\u202f300 siirtolaista.", [("1\u202f300 siirtolaista", 1300, NAN, "migrants", False)]),
    ("Vuonna 2015 tuli 32 000 turvapaikanhakijaa.", [("32 000 turvapaikanhakijaa", 32000, NAN, AS, False)]),
    ("Hanke maksaa 1 234 567 euroa.", [("1 234 567 euroa", 1234567, NAN, "euros", False)]),
    ("Hanke maksaa 1,5 miljoonaa euroa.", [("1,5 miljoonaa euroa", 1.5e6, NAN, "euros", False)]),
    ("Hallitus varasi 2,3 miljardia euroa.", [("2,3 miljardia euroa", 2.3e9, NAN, "euros", False)]),
    ("Kassaan tuli 1,5 milj. euroa.", [("1,5 milj. euroa", 1.5e6, NAN, "euros", False)]),
    ("Aita on 4,5 metriä korkea.", [("4,5 metriä", 4.5, NAN, "metres", False)]),
    ("Rajan yli tuli 1 300:aa ihmistä.", [("1 300:aa ihmistä", 1300, NAN, PE, False)]),
    ("Apua annettiin 300:lle turvapaikanhakijalle.", [("300:lle turvapaikanhakijalle", 300, NAN, AS, False)]),
    ("Myynti laski 20 %.", [("20 %", 20, NAN, "percent", False)]),
    ("Kyselyn mukaan 62 prosenttia suomalaisista kannattaa sulkua.", [("62 prosenttia", 62, NAN, "percent", False)]),
    ("Lippu maksaa 5 €.", [("5 €", 5, NAN, "euros", False)]),
    ("Raja on 1 340 km pitkä.", [("1 340 km", 1340, NAN, "kilometres", False)]),
    ("Sairaala on 150km päässä.", [("150km", 150, NAN, "kilometres", False)]),
    ("Raja on 1 340 kilometrin pituinen.", [("1 340 kilometrin", 1340, NAN, "kilometres", False)]),
    # cardinal words and their compounds
    *[(f"Rajalle saapui {w} ihmistä.", [(f"{w} ihmistä", v, NAN, PE, False)]) for w, v in [
        ("kaksi", 2), ("kolme", 3), ("neljä", 4), ("viisi", 5), ("kuusi", 6), ("seitsemän", 7), ("kahdeksan", 8),
        ("yhdeksän", 9), ("kymmenen", 10), ("yksitoista", 11), ("kaksitoista", 12), ("seitsemäntoista", 17),
        ("kaksikymmentä", 20), ("kaksikymmentäviisi", 25), ("sata", 100), ("kaksisataa", 200),
        ("kolmesataaviisikymmentä", 350), ("tuhat", 1000), ("kaksituhatta", 2000), ("kaksi tuhatta", 2000)]],
    # inflected number words: the noun agrees with the number
    ("Hakemuksia otetaan vastaan neljällä asemalla.", [("neljällä asemalla", 4, NAN, BC, False)]),
    ("Raja suljettiin neljästä raja-asemasta.", [("neljästä raja-asemasta", 4, NAN, BC, False)]),
    ("Kolmen rajanylityspaikan henkilökunta siirtyy.", [("Kolmen rajanylityspaikan", 3, NAN, BC, False)]),
    ("Yhden rajanylityspaikan henkilökunta siirtyy.", [("Yhden rajanylityspaikan", 1, NAN, "border crossing", False)]),
    ("Apua annettiin kahdelle turvapaikanhakijalle.", [("kahdelle turvapaikanhakijalle", 2, NAN, AS, False)]),
    ("Tulijoita oli kahdeksastatoista maasta.", [("kahdeksastatoista maasta", 18, NAN, "countries", False)]),
    ("He tulivat kahdeksaan maahan.", [("kahdeksaan maahan", 8, NAN, "countries", False)]),
    ("Tietoja saatiin kymmeneltä rajavartijalta.",
     [("kymmeneltä rajavartijalta", 10, NAN, "border guards", False)]),
    ("Raja suljetaan kahdeksi viikoksi.", [("kahdeksi viikoksi", 2, NAN, "weeks", False)]),
    ("Rajalla oli jonoja kolmena päivänä.", [("kolmena päivänä", 3, NAN, "days", False)]),
    ("Päätös koskee kahdenkymmenen turvapaikanhakijan ryhmää.",
     [("kahdenkymmenen turvapaikanhakijan", 20, NAN, AS, False)]),
    ("He tulivat ainakin kymmenestä eri maasta.", [("ainakin kymmenestä eri maasta", 10, NAN, "countries", True)]),
    ("Vahvennuksia lähetettiin kolmesta eri yksiköstä.", [("kolmesta eri yksiköstä", 3, NAN, "yksikkö", False)]),
    # X Y:stä gives `of`
    ("Hallitus sulkee neljä kahdeksasta rajanylityspaikasta.",
     [("neljä kahdeksasta rajanylityspaikasta", 4, 8, BC, False)]),
    ("Hallitus sulkee neljä Suomen kahdeksasta raja-asemasta.",
     [("neljä Suomen kahdeksasta raja-asemasta", 4, 8, BC, False)]),
    ("Auki on enää yksi kahdeksasta rajanylityspaikasta.",
     [("yksi kahdeksasta rajanylityspaikasta", 1, 8, BC, False)]),
    ("Asemista suljettiin 7 8:sta.", [("7 8:sta", 7, 8, BC, False)]),
    ("Kahdeksasta raja-asemasta seitsemän suljettiin.",
     [("Kahdeksasta raja-asemasta seitsemän", 7, 8, BC, False)]),
    ("Kahdeksasta asemasta vain yksi on auki.", [("Kahdeksasta asemasta vain yksi", 1, 8, BC, False)]),
    ("Yrittäjä lomautti kuusi kahdestatoista työntekijästään.",
     [("kuusi kahdestatoista työntekijästään", 6, 12, "employees", False)]),
    ("Hallitus sulki kaksi raja-asemista.", [("kaksi raja-asemista", 2, NAN, BC, False)]),
    ("Vain yksi raja-asemista on auki.", [("yksi raja-asemista", 1, NAN, BC, False)]),
    # hedges
    *[(f"Rajalle saapui {h} 300 ihmistä.", [(f"{h} 300 ihmistä", 300, NAN, PE, True)]) for h in [
        "noin", "n.", "yli", "reilusti yli", "selvästi yli", "hieman yli", "lähes", "melkein", "liki", "runsaat",
        "runsas", "reilut", "vajaat", "vajaa", "ainakin", "vähintään", "enintään", "korkeintaan", "jopa", "peräti",
        "arviolta", "alle", "suunnilleen"]],
    ("Sulku kestää lähes kaksi viikkoa.", [("lähes kaksi viikkoa", 2, NAN, "weeks", True)]),
    ("Venäjän puolella oli yli tuhat ihmistä.", [("yli tuhat ihmistä", 1000, NAN, PE, True)]),
    ("Kaikki kahdeksan raja-asemaa ovat kiinni.", [("Kaikki kahdeksan raja-asemaa", 8, NAN, BC, False)]),
    # approximate number words and vague plurals
    ("Lokakuussa tulijoita oli vain parisenkymmentä.", [("parisenkymmentä", 20, NAN, "arrivals", True)]),
    ("Rajalle tuli parikymmentä ihmistä.", [("parikymmentä ihmistä", 20, NAN, PE, True)]),
    ("Rajalle tuli viitisenkymmentä ihmistä ja kymmenkunta autoa.",
     [("viitisenkymmentä ihmistä", 50, NAN, PE, True), ("kymmenkunta autoa", 10, NAN, "cars", True)]),
    ("Rajalle tuli satakunta ihmistä.", [("satakunta ihmistä", 100, NAN, PE, True)]),
    ("Rajalle tuli toistakymmentä ihmistä ja toista sataa autoa.",
     [("toistakymmentä ihmistä", 11, NAN, PE, True), ("toista sataa autoa", 100, NAN, "cars", True)]),
    ("Jono kesti pari päivää.", [("pari päivää", 2, NAN, "days", True)]),
    ("Imatralla voi menettää pari sataa ihmistä työpaikkansa.", [("pari sataa ihmistä", 200, NAN, PE, True)]),
    ("Rajalla oli kymmeniä turvapaikanhakijoita ja satoja ihmisiä.",
     [("kymmeniä turvapaikanhakijoita", 10, NAN, AS, True), ("satoja ihmisiä", 100, NAN, PE, True)]),
    ("Rajalle tuli tuhansia ihmisiä.", [("tuhansia ihmisiä", 1000, NAN, PE, True)]),
    ("Rajalle tuli kymmeniä tuhansia ihmisiä.", [("kymmeniä tuhansia ihmisiä", 10000, NAN, PE, True)]),
    ("Kyse on satojen turvapaikanhakijoiden kohtalosta.", [("satojen turvapaikanhakijoiden", 100, NAN, AS, True)]),
    ("Rajalle tuli muutama sata turvapaikanhakijaa.", [("muutama sata turvapaikanhakijaa", 200, NAN, AS, True)]),
    ("Rajalle tuli useita satoja ihmisiä.", [("useita satoja ihmisiä", 200, NAN, PE, True)]),
    ("Hakemuksia on tullut satoja.", [("satoja", 100, NAN, "applications", True)]),
    ("Paikalle tuli kymmeniä ja ehkä satoja ihmisiä.",
     [("kymmeniä", 10, NAN, PE, True), ("ehkä satoja ihmisiä", 100, NAN, PE, True)]),
    # ranges: the lower bound, approx
    ("He pyöräilivät 30–40 kilometriä.", [("30–40 kilometriä", 30, NAN, "kilometres", True)]),
    ("Rajalle tuli 100-150 turvapaikanhakijaa.", [("100-150 turvapaikanhakijaa", 100, NAN, AS, True)]),
    ("Sulku kestää ainakin 2–3 viikkoa.", [("ainakin 2–3 viikkoa", 2, NAN, "weeks", True)]),
    ("Sulku kestää kaksi–kolme viikkoa.", [("kaksi–kolme viikkoa", 2, NAN, "weeks", True)]),
    # zero by negation, nolla
    ("Rajalle ei tullut yhtään turvapaikanhakijaa.", [("yhtään turvapaikanhakijaa", 0, NAN, AS, False)]),
    ("Perjantaina ei yhtään turvapaikanhakijaa saapunut.", [("ei yhtään turvapaikanhakijaa", 0, NAN, AS, False)]),
    ("Rajalle ei saapunut ainuttakaan turvapaikanhakijaa.", [("ainuttakaan turvapaikanhakijaa", 0, NAN, AS, False)]),
    ("Rajalle tuli nolla turvapaikanhakijaa.", [("nolla turvapaikanhakijaa", 0, NAN, AS, False)]),
    ("Turvapaikanhakijoiden määrä putosi nollaan.", [("nollaan", 0, NAN, AS, False)]),
    # a number inside a compound adjective
    ("Nelihenkinen perhe odotti rajalla.", [("Nelihenkinen", 4, NAN, PE, False)]),
    ("Perhe oli kolmihenkinen.", [("kolmihenkinen", 3, NAN, PE, False)]),
    ("Hallitus päätti kolmipäiväisestä sulusta.", [("kolmipäiväisestä", 3, NAN, "days", False)]),
    ("Asemalla tehdään 24-tuntisia vuoroja.", [("24-tuntisia", 24, NAN, "hours", False)]),
    ("Suomen ja Venäjän yhteinen raja on 1 340-kilometrinen.",
     [("1 340-kilometrinen", 1340, NAN, "kilometres", False)]),
    ("Rajalla odotti 15-vuotias tyttö ja kaksivuotias lapsi.",
     [("15-vuotias", 15, NAN, "years", False), ("kaksivuotias", 2, NAN, "years", False)]),
    # "the only one"
    ("Raja-Jooseppi on ainoa avoinna oleva rajanylityspaikka.",
     [("ainoa avoinna oleva rajanylityspaikka", 1, NAN, "border crossing", False)]),
    ("Raja-Jooseppi jää ainoaksi avoimeksi asemaksi.", [("ainoaksi avoimeksi asemaksi", 1, NAN, "border crossing", False)]),
    ("Raja-Jooseppi on itärajan ainoa auki oleva raja-asema.",
     [("ainoa auki oleva raja-asema", 1, NAN, "border crossing", False)]),
    # durations with a number are counts (units: one plural spelling)
    ("Sulku kestää kolme kuukautta, viisi vuotta tai 24 tuntia.",
     [("kolme kuukautta", 3, NAN, "months", False), ("viisi vuotta", 5, NAN, "years", False),
      ("24 tuntia", 24, NAN, "hours", False)]),
    ("Perhe odotti kaksi vuorokautta ja kaksi yötä.",
     [("kaksi vuorokautta", 2, NAN, "days", False), ("kaksi yötä", 2, NAN, "nights", False)]),
    ("Tarkastus kesti 45 minuuttia.", [("45 minuuttia", 45, NAN, "minutes", False)]),
    ("Tarkastus kestää yhden päivän.", [("yhden päivän", 1, NAN, "days", False)]),
    # elliptical counts take the noun the text implies
    ("Rajalle saapui noin 280 turvapaikanhakijaa. Pelkästään keskiviikkona heitä tuli 59.",
     [("noin 280 turvapaikanhakijaa", 280, NAN, AS, True), ("59", 59, NAN, AS, False)]),
    ("Sallan asemalle saapui keskiviikkona 96 turvapaikanhakijaa ja torstaina 104.",
     [("96 turvapaikanhakijaa", 96, NAN, AS, False), ("104", 104, NAN, AS, False)]),
    ("Asemille saapui 71 turvapaikanhakijaa, 67 Vartiuksen kautta ja neljä Nuijamaan kautta.",
     [("71 turvapaikanhakijaa", 71, NAN, AS, False), ("67", 67, NAN, AS, False), ("neljä", 4, NAN, AS, False)]),
    ("Rajan ylitti 150 000 matkustajaa, joista 8 000 Vaalimaan kautta.",
     [("150 000 matkustajaa", 150000, NAN, "travellers", False), ("joista 8 000", 8000, NAN, "travellers", False)]),
    ("Pääministeri kertoi, että tulijoita on yhteensä 900.", [("900", 900, NAN, "arrivals", False)]),
    ("Mikään ei muutu: rajavartijoita on yhä 12.", [("12", 12, NAN, "border guards", False)]),
    ("Suomi sulki asemat yksi toisensa jälkeen. Se sulki neljä niistä.", [("neljä niistä", 4, NAN, BC, False)]),
    ("Asemia on kahdeksan, ja niistä vain yksi on auki.",
     [("kahdeksan", 8, NAN, BC, False), ("yksi", 1, NAN, "border crossing", False)]),
    ("Kaikki asemat yhtä lukuun ottamatta suljetaan.", [("yhtä", 1, NAN, "border crossing", False)]),
    ("Vain yksi asema on auki.", [("yksi asema", 1, NAN, "border crossing", False)]),
    ("Sallassa tulijoita oli 96 ja Kuusamossa 40.",
     [("96", 96, NAN, "arrivals", False), ("40", 40, NAN, "arrivals", False)]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:60] for t, _ in POSITIVE])
def test_counts(text, expected):
    assert rows(text) == expected


NOT_COUNTS = [
    # clock times with "kello" left out, a time ago (a date), a section of a law
    "Raja suljettiin puoli viideltä.",
    "Asema sulkeutuu tavallisesti neljältä, mutta tänään myöhemmin.",
    "Hän kertoi neljän aikaan, että tilanne oli rauhallinen.",
    "Paikka on avoinna aamukymmenestä kahteen iltapäivällä.",
    "Tilannetta verrattiin kahdeksan vuoden takaiseen kriisiin.",
    "Laki (rajavartiolaki 16 §) sallii sen.",
    # proportions, muutama / useita alone, kaikki without a number, ordinals (the guide's "not counts")
    "Noin kaksi kolmasosaa tulijoista on miehiä.",
    "Kolmannes tulijoista on naisia.",
    "Muutama turvapaikanhakija jäi Suomeen.",
    "Useita turvapaikanhakijoita saapui.",
    "Kaikki raja-asemat suljettiin.",
    "Kolmansien maiden kansalaisia saapui.",
    "Toinen asema suljettiin ensimmäisenä.",
    "Raja suljettiin 3. kerran.",
    "Hän sijoittui 3:nneksi.",
    # dates (dates_fi reads them) and clock times
    "Raja suljettiin 18.11. kello 00.00.",
    "Raja on kiinni 23. joulukuuta asti.",
    "Hakemuksia otetaan vastaan 18.11. alkaen.",
    "Raja suljettiin 16.11.2023.",
    "Vuonna 2015 tilanne oli toinen.",
    "Tilanne muuttui vuosina 2015–2016.",
    "Kaksi viikkoa sitten tilanne oli toinen.",
    "Kello 14.30 alkaa tiedotustilaisuus ja klo 20 toinen.",
    "Ongelma alkoi jo 2000-luvulla.",
    # durations without a numeral, frequencies
    "Raja on ollut kiinni kuukauden.",
    "Rajaa valvotaan päivittäin.",
    # fixed phrases and "yksi" as a pronoun or adverb
    "Kahden maan välinen raja on pitkä.",
    "Hän on yhtä mieltä. Teemme tämän yhdessä Venäjän kanssa.",
    "Yksi heistä kertoi tilanteesta.",
    "Yksi raja-asemista suljetaan.",
    "Asian parissa työskentelee moni.",
    "Lapissa sataa lunta.",
    # names, codes, list markers, leading zeros, minus
    "Valtatie 6 on suljettu.",
    "COVID-19 ja Su-27 eivät liity asiaan.",
    "Sisäministeriö: 1. Raja suljetaan. 2. Hakemukset keskitetään.",
    "Soita numeroon 0295 421 000.",
    "Lämpötila oli miinus 20.",
    "Katso https://raja.fi/tiedote/2023/11/16 lisää.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text):
    assert rows(text) == []


def test_dates_and_counts_in_one_sentence():
    """A year before a number, and a count after a date, are told apart."""
    assert rows("Vuonna 2015 1 700 turvapaikanhakijaa saapui 18.11. Sallaan.") == [
        ("1 700 turvapaikanhakijaa", 1700, NAN, AS, False)]
    assert rows("Marraskuussa 2000 ihmistä ylitti rajan.") == [("2000 ihmistä", 2000, NAN, PE, False)]


# --------------------------------------------------------------------------- pieces
def test_parse_word():
    assert parse_word("kahdeksasta") == (8.0, "sta", False)
    assert parse_word("kolmensadan") == (300.0, "n", False)
    assert parse_word("kahdenkymmenenviiden") == (25.0, "n", False)
    assert parse_word("kolmisenkymmentä") == (30.0, "a", True)
    assert parse_word("nollaan") == (0.0, "n", False)
    for word in ("satama", "kolmas", "yhteensä", "kahdesti", "toista", "kymmen", "kuusikko"):
        assert parse_word(word) is None, word


def test_lookup_table():
    assert lookup("turvapaikanhakijoita") == NOUNS["turvapaikanhakija"]
    assert lookup("saapujia")[0] == "arrivals"  # simplemma reads it as the verb saapua
    assert lookup("rautatieasemalla")[0] == "railway stations"
    assert lookup("naapurimaata")[0] == "countries"
    assert lookup("kissaa") is None
    for word in ("rajanylityspaikkaa raja-asemaa rajanylityspistettä asemaa turvapaikanhakijoita siirtolaista "
                 "maahanmuuttajaa pakolaista henkilöä ihmisiä henkeä tulijaa saapujia matkustajaa kansalaista "
                 "rajavartijaa sotilasta hakemusta ajoneuvoa autoja bussia maata maita asukasta työntekijää "
                 "kilometriä päivää vuorokautta viikkoa kuukautta vuotta tuntia prosenttia euroa").split():
        assert lookup(word) is not None, word
    check_topic_nouns(NOUNS)  # every English noun of the crossing and people entries maps to a topic


def test_extract_counts_frame():
    check_counts_frame(counts_fi, "Yli 300 ihmistä ja kaksi vuorokautta.", "Ei lukuja.")


def test_doctests():
    check_doctests(counts_fi, min_attempted=6, optionflags=doctest.ELLIPSIS)


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
@given(st.lists(st.sampled_from(list("0123456789 ,.:-–%€\u00a0\nabcdeijklmnoprstuvyäöABKRS") + [
    " kaksi ", " kolme ", " neljä ", "kahdeksasta ", " sataa ", " yli ", " noin ", " ihmistä", " asemaa",
    " ei yhtään ", " ainoa ", " joista ", " tuhatta ", " miljoonaa ", " 1 300 ", "18.11. ", " 2015 "]),
    max_size=40).map("".join))
def test_spans_are_consistent(text):
    check_count_rows(text, find_counts(text))
