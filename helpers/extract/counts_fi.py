"""Find stated counts in Finnish news text ("noin 280 turvapaikanhakijaa", "neljä kahdeksasta
rajanylityspaikasta"), normalised as the annotation guide's Counts table and its "Other languages"
rows say (docs/ANNOTATION.md).

The Finnish counterpart of :mod:`helpers.extract.counts`: the same contract and the same rows
(``COLUMNS``): ``text`` (== ``source[start_char:end_char]``: hedge, number(s) and counted noun), ``value``,
``of`` (Y in "X of Y", else NaN), ``what`` (the counted noun, **in English**) and ``approx``.

``what`` comes from a small editable table, ``NOUNS``, keyed by lemma (simplemma 2.0.0; a few surface
patterns in ``SURFACE`` first, for nouns simplemma reads as verbs): ``rajanylityspaikka``, ``raja-asema``,
``asema`` -> ``border crossings``, ``turvapaikanhakija`` -> ``asylum seekers``, ``henkilö`` / ``ihminen`` ->
``people``, ``kilometri`` -> ``kilometres`` ... A compound whose last part is in the table takes its
entry (``lisävartija`` -> ``guards``). A noun outside the table is given as its Finnish lemma
(``kolmesta eri yksiköstä`` -> ``yksikkö``). As in English, countable nouns are plural unless the count
is one with no ``of`` (``ainoa avoinna oleva rajanylityspaikka`` -> ``border crossing``); units always
plural (``kilometres``, ``days``, ``percent``, ``euros``).

What is read:

* digits with space, no-break-space or thin-space thousands (``1 300``, ``1\\u00a0300``), decimal commas
  (``1,5 miljoonaa euroa`` = 1 500 000), a case ending after a colon (``300:lle``), a scale word after
  (``tuhatta``, ``miljoonaa``, ``milj.``, ``miljardia``), ``%``, ``€``, ``km``;
* cardinal words in every case and their compounds (``neljä``, ``neljästä``, ``kahdelle``,
  ``kahdenkymmenenviiden``, ``kahdeksastatoista``, ``kolmesataa``, ``kaksi tuhatta``);
* ``X Y:stä`` (``neljä kahdeksasta rajanylityspaikasta``, ``4 8:sta``, ``Kahdeksasta raja-asemasta
  seitsemän``) give ``of``; ``kaksi raja-asemista`` is (2, no ``of``);
* hedges, all ``approx``: ``noin``, ``n.``, ``yli``, ``reilusti/selvästi/hieman yli``, ``lähes``,
  ``melkein``, ``liki``, ``runsaat``, ``reilut``, ``vajaat``, ``ainakin``, ``vähintään``, ``enintään``,
  ``korkeintaan``, ``jopa``, ``peräti``, ``arviolta``, ``alle``, ``suunnilleen``; ``kaikki`` (``kaikki kahdeksan
  raja-asemaa``) is kept in the span, not approx;
* approximate number words, ``approx``: ``pari`` 2, ``parisenkymmentä`` / ``parikymmentä`` 20,
  ``kolmisenkymmentä`` 30, ``kymmenkunta`` 10, ``satakunta`` 100, ``toistakymmentä`` 11, ``toista sataa`` 100;
  vague plurals ``kymmeniä`` 10 (the literal "tens": Finnish has no "dozens"), ``satoja`` 100, ``tuhansia``
  1000, ``kymmeniä tuhansia`` 10 000, in every case (``satojen``); ``muutama`` / ``useita`` / ``pari``
  before ``sata``, ``tuhat``, ``kymmeniä`` doubles it (the English "several dozen" = 24 rule);
* ranges (``30–40 kilometriä``, ``kaksi–kolme``): the lower bound, ``approx``;
* zero by negation: ``ei yhtään turvapaikanhakijaa`` (``yhtäkään``, ``ainuttakaan``) and ``nolla`` -> 0;
* a number inside a compound adjective: ``Nelihenkinen`` (4 people), ``kolmipäiväinen``,
  ``24-tuntinen``, ``1 340-kilometrinen``, ``25-vuotias`` (years, as the English ``25-year-old``);
* ``ainoa`` / ``ainut`` + a counted noun of the table (``ainoa avoinna oleva rajanylityspaikka``,
  ``ainoaksi avoimeksi asemaksi``) -> 1: the guide's "the only one" row;
* elliptical counts (``keskiviikkona heitä tuli 59``, ``joista 8 000 Vaalimaan kautta``, ``vain yksi``,
  ``neljä niistä``) take the counted noun from this or the two previous sentences as the English
  module does: a pronoun (``heistä``, ``niistä``, ``joista``) the nearest plural candidate, a breakdown
  (``, 67 Vartiuksen kautta``) the count before it, any other the nearest counted noun of the table
  in its own sentence after the last count, else that count's noun, else the nearest one before.

Not counts: dates (whatever :mod:`helpers.extract.dates_fi` reads as a date: ``18.11.``, ``23.
joulukuuta``, ``vuonna 2015``, ``kaksi viikkoa sitten``), bare years, clock times (``kello 00.00``,
``klo 20``), ordinals (``3. kerros``, ``kolmansien maiden``, ``3:s``), proportions (``kaksi
kolmasosaa``, ``kolmannes``), ``muutama`` and ``useita`` alone, ``kaikki raja-asemat``, ``yksi`` /
``yhtä`` / ``yhdessä`` with no counted noun of the table (``yhtä suuri``, ``yhdessä Venäjän kanssa``,
``yksi heistä``), ``kahden maan välinen`` (the English "the two countries" fixed phrase), numbers
inside names and codes (``Valtatie 6``, ``Su-27``, ``COVID-19``), list markers, numbers with a leading
zero, ``miinus 20``.

Speed: every pattern is compiled at import; one regex finds the candidates (digits and the words a
number can open with), and only the words next to a number are lemmatised (cached). simplemma loads its
Finnish dictionary on the first lemma asked for (a few seconds, once per process).
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

import pandas as pd

from ..load.text import regex_trie
from . import dates_fi
from .counts_shared import COLUMNS, NAN as _NAN, Reader, candidates, counts_frame, lemmatizer, lookup_in, morphemes
from .counts_shared import DIGITS as _DIGITS, DIGITS_RE as _DIGITS_RE, PCT_RE as _PCT_RE, TOKEN_RE as _TOKEN_RE
from .counts_shared import WORD_RE as _WORD_RE, name_before, prev_word as _prev_word, read_counts
from .counts_shared import sent_initial as _sent_initial, words_after as _words_after

__all__ = ["COLUMNS", "NOUNS", "find_counts", "extract_counts"]

# --------------------------------------------------------------------------- the noun table (editable)
# lemma -> (English plural, English singular, kind). kind: "ante" = a counted noun an elliptical count
# may take ("there were 71"), "noun" = counted but never implied, "unit" = a unit (always plural).
_BC = ("border crossings", "border crossing", "ante")
NOUNS: dict[str, tuple[str, str, str]] = {
    # places where the border is crossed
    "rajanylityspaikka": _BC, "raja-asema": _BC, "rajanylityspiste": _BC, "rajanylitysasema": _BC,
    "rajanylityskohta": _BC, "ylityspaikka": _BC, "rajanylityspaikkaa": _BC, "asema": _BC,
    "rajatarkastusasema": _BC, "rajapiste": _BC,
    "rautatieasema": ("railway stations", "railway station", "noun"),
    # people
    "turvapaikanhakija": ("asylum seekers", "asylum seeker", "ante"),
    "turvapaikkahakija": ("asylum seekers", "asylum seeker", "ante"),
    "siirtolainen": ("migrants", "migrant", "ante"),
    "maahanmuuttaja": ("migrants", "migrant", "ante"),
    "pakolainen": ("refugees", "refugee", "ante"),
    "henkilö": ("people", "person", "ante"), "ihminen": ("people", "person", "ante"),
    "hlö": ("people", "person", "ante"), "henki": ("people", "person", "ante"),
    "tulija": ("arrivals", "arrival", "ante"), "saapuja": ("arrivals", "arrival", "ante"),
    "tulokas": ("arrivals", "arrival", "ante"),
    "hakija": ("applicants", "applicant", "ante"),
    "matkustaja": ("travellers", "traveller", "ante"), "matkailija": ("travellers", "traveller", "ante"),
    "rajanylittäjä": ("border crossers", "border crosser", "ante"), "turisti": ("tourists", "tourist", "ante"),
    "kansalainen": ("citizens", "citizen", "ante"),
    "lapsi": ("children", "child", "ante"), "perhe": ("families", "family", "ante"),
    "mies": ("men", "man", "ante"), "nainen": ("women", "woman", "ante"),
    "rajavartija": ("border guards", "border guard", "ante"), "vartija": ("guards", "guard", "ante"),
    "sotilas": ("soldiers", "soldier", "ante"), "varusmies": ("conscripts", "conscript", "ante"),
    "poliisi": ("police officers", "police officer", "ante"),
    "hakemus": ("applications", "application", "ante"),
    "turvapaikkahakemus": ("asylum applications", "asylum application", "ante"),
    "tapaus": ("cases", "case", "ante"),
    # vehicles
    "ajoneuvo": ("vehicles", "vehicle", "ante"), "auto": ("cars", "car", "ante"),
    "henkilöauto": ("cars", "car", "ante"), "kuorma-auto": ("trucks", "truck", "ante"),
    "rekka": ("trucks", "truck", "ante"), "bussi": ("buses", "bus", "ante"),
    "linja-auto": ("buses", "bus", "ante"), "polkupyörä": ("bicycles", "bicycle", "ante"),
    "pyörä": ("bicycles", "bicycle", "ante"),
    # other counted nouns
    "maa": ("countries", "country", "noun"), "valtio": ("states", "state", "noun"),
    "kansallisuus": ("nationalities", "nationality", "noun"),
    "helikopteri": ("helicopters", "helicopter", "noun"), "drooni": ("drones", "drone", "noun"),
    "lennokki": ("drones", "drone", "noun"),
    "asukas": ("inhabitants", "inhabitant", "noun"), "työntekijä": ("employees", "employee", "noun"),
    "työpaikka": ("jobs", "job", "noun"), "yritys": ("companies", "company", "noun"),
    "kunta": ("municipalities", "municipality", "noun"), "kerta": ("times", "time", "noun"),
    "ote": ("times", "time", "noun"),  # kolmeen otteeseen: three times
    "aste": ("degrees",) * 2 + ("unit",), "pakkasaste": ("degrees",) * 2 + ("unit",),
    "ryhmä": ("groups", "group", "noun"), "erä": ("batches", "batch", "noun"),
    "bussilastillinen": ("busloads", "busload", "noun"),
    # units (one plural spelling whatever the value, as in English)
    "kilometri": ("kilometres",) * 2 + ("unit",), "km": ("kilometres",) * 2 + ("unit",),
    "metri": ("metres",) * 2 + ("unit",), "m": ("metres",) * 2 + ("unit",),
    "päivä": ("days",) * 2 + ("unit",), "vuorokausi": ("days",) * 2 + ("unit",),
    "vrk": ("days",) * 2 + ("unit",), "yö": ("nights",) * 2 + ("unit",),
    "viikko": ("weeks",) * 2 + ("unit",), "kuukausi": ("months",) * 2 + ("unit",),
    "kk": ("months",) * 2 + ("unit",), "vuosi": ("years",) * 2 + ("unit",),
    "tunti": ("hours",) * 2 + ("unit",), "h": ("hours",) * 2 + ("unit",),
    "minuutti": ("minutes",) * 2 + ("unit",), "min": ("minutes",) * 2 + ("unit",),
    "prosentti": ("percent",) * 2 + ("unit",), "%": ("percent",) * 2 + ("unit",),
    "prosenttiyksikkö": ("percentage points",) * 2 + ("unit",),
    "euro": ("euros",) * 2 + ("unit",), "€": ("euros",) * 2 + ("unit",),
    "dollari": ("dollars",) * 2 + ("unit",), "rupla": ("roubles",) * 2 + ("unit",),
}
# the English nouns of people: what a personal pronoun ("heitä") may stand for
PERSON_NOUNS = frozenset(NOUNS[k][0] for k in """turvapaikanhakija turvapaikkahakija siirtolainen maahanmuuttaja
pakolainen henkilö ihminen tulija saapuja tulokas hakija matkustaja matkailija rajanylittäjä turisti kansalainen
lapsi mies nainen""".split())
# Surface patterns tried before the lemma (simplemma reads these nouns as verbs: saapujia -> saapua).
SURFACE: list[tuple[str, str]] = [
    (r"saapuj\w*", "saapuja"), (r"tulij\w*", "tulija"), (r"rajanylittäj\w*", "rajanylittäjä"),
    (r"turvapaikan-?hakij\w*", "turvapaikanhakija"), (r"raja-asem\w*", "raja-asema"),
    (r"maata|maita", "maa"), (r"hlö", "hlö"), (r"km", "km"), (r"vrk", "vrk"), (r"kk", "kk"), (r"min", "min"), (r"h", "h"),
    (r"m", "m"),
]
_SURFACE_RE = [(re.compile(p), k) for p, k in SURFACE]
# a compound ending in one of these takes its entry (lisävartija -> guards); longest first
_SUFFIXES = sorted([k for k in NOUNS if len(k) >= 5] + ["maa"], key=len, reverse=True)  # naapurimaa
# parts of the day end a noun phrase but count nothing: "80 iltapäivään mennessä" (80 by the afternoon), not
# days (their last part is "päivä")
_DAY_PARTS = frozenset("iltapäivä aamupäivä keskipäivä ilta aamu aamuyö iltayö".split())
_SECTION_SIGN_RE = re.compile(r"[ \t\u00a0]*§")
# "kahteen iltapäivällä", "kuuteen aamulla": a clock time before a part of the day
_DAY_PART_AFTER_RE = re.compile(r"[ \t]+(?:aamulla|aamupäivällä|päivällä|iltapäivällä|illalla|yöllä)(?![\w])")
# "kahdeksan vuoden takainen": a time ago (a date), not a count of years
_AGO_AFTER_RE = re.compile(r"[ \t]+(?:päivän|viikon|kuukauden|vuoden|vuorokauden)[ \t]+takai\w*")
# "neljältä", "puoli viideltä", "neljän aikaan": clock times (kello left out), not counts
_CLOCK_AFTER_RE = re.compile(r"[ \t]+(?:aikaan|maissa|tienoilla|jälkeen|mennessä)(?![\w])")
# "heitä oli saapunut 80": a personal pronoun in the clause before a count with no noun makes it a count of people
_PERSON_PRON_RE = re.compile(r"(?<![\w])(?:he|heitä|heidän|heille|heillä|heiltä|heihin|heissä)(?![\w])")
# "kymmeniä, mutta todennäköisesti satoja siirtolaisia": the first number shares the noun of the second
_COORD_RE = re.compile(r"[ \t]*,?[ \t]+(?:ja|tai|mutta|eli|jopa|ellei)[ \t]+"
                       r"(?:(?:ehkä|jopa|peräti|mahdollisesti|todennäköisesti|edes|vain)[ \t]+)?([^\W_]+)")
# counted nouns that make "kahden X:n välinen" a fixed phrase ("the two countries")
_RELATIONAL = frozenset("maa valtio osapuoli puoli kansa naapurimaa naapuri hallitus johtaja presidentti".split())

# --------------------------------------------------------------------------- number words
_CASES = ("nom", "n", "a", "na", "ksi", "ssa", "sta", "n", "lla", "lta", "lle")  # illative reads as -n
_UNIT_FORMS = {
    1: "yksi yhden yhtä yhtenä yhdeksi yhdessä yhdestä yhteen yhdellä yhdeltä yhdelle",
    2: "kaksi kahden kahta kahtena kahdeksi kahdessa kahdesta kahteen kahdella kahdelta kahdelle",
    3: "kolme kolmen kolmea kolmena kolmeksi kolmessa kolmesta kolmeen kolmella kolmelta kolmelle",
    4: "neljä neljän neljää neljänä neljäksi neljässä neljästä neljään neljällä neljältä neljälle",
    5: "viisi viiden viittä viitenä viideksi viidessä viidestä viiteen viidellä viideltä viidelle",
    6: "kuusi kuuden kuutta kuutena kuudeksi kuudessa kuudesta kuuteen kuudella kuudelta kuudelle",
    7: "seitsemän seitsemän seitsemää seitsemänä seitsemäksi seitsemässä seitsemästä seitsemään seitsemällä "
       "seitsemältä seitsemälle",
    8: "kahdeksan kahdeksan kahdeksaa kahdeksana kahdeksaksi kahdeksassa kahdeksasta kahdeksaan kahdeksalla "
       "kahdeksalta kahdeksalle",
    9: "yhdeksän yhdeksän yhdeksää yhdeksänä yhdeksäksi yhdeksässä yhdeksästä yhdeksään yhdeksällä "
       "yhdeksältä yhdeksälle",
}
_TEN_FORMS = "kymmenen kymmenen kymmentä kymmenenä kymmeneksi kymmenessä kymmenestä kymmeneen kymmenellä " \
             "kymmeneltä kymmenelle"
_HUND_FORMS = "sata sadan sataa satana sadaksi sadassa sadasta sataan sadalla sadalta sadalle"
_THOU_FORMS = "tuhat tuhannen tuhatta tuhantena tuhanneksi tuhannessa tuhannesta tuhanteen tuhannella " \
              "tuhannelta tuhannelle"
_MIL_FORMS = "miljoona miljoonan miljoonaa miljoonana miljoonaksi miljoonassa miljoonasta miljoonaan " \
             "miljoonalla miljoonalta miljoonalle"
_BIL_FORMS = "miljardi miljardin miljardia miljardina miljardiksi miljardissa miljardista miljardiin " \
             "miljardilla miljardilta miljardille"
_ZERO_FORMS = "nolla nollan nollaa nollana nollaksi nollassa nollasta nollaan nollalla nollalta nollalle"
_PARI_FORMS = "pari parin paria parina pariksi parissa parista pariin parilla parilta parille"
_KUNTA_FORMS = "kunta kunnan kuntaa kuntana kunnaksi kunnassa kunnasta kuntaan kunnalla kunnalta kunnalle"
_NOMGEN = frozenset(("seitsemän", "kahdeksan", "yhdeksän", "kymmenen"))

# morpheme -> (kind, value, case); kinds: unit ten teen hund thou mil zero kunta bare (a compound-only stem)
_MORPH: dict[str, tuple[str, float, str | None]] = {}


def _add(forms: str, kind: str, value: float, approx: bool = False):
    for case, form in zip(_CASES, forms.split()):
        if form in _MORPH and form in _NOMGEN:
            continue
        _MORPH[form] = (kind + ("~" if approx else ""), value, "nomgen" if form in _NOMGEN else case)


for _v, _forms in _UNIT_FORMS.items():
    _add(_forms, "unit", _v)
_add(_TEN_FORMS, "ten", 10)
_add(_HUND_FORMS, "hund", 100)
_add(_THOU_FORMS, "thou", 1e3)
_add(_MIL_FORMS, "mil", 1e6)
_add(_BIL_FORMS, "mil", 1e9)
_add(_ZERO_FORMS, "zero", 0)
_add(_PARI_FORMS, "unit", 2, approx=True)
_add(_KUNTA_FORMS, "kunta", 0)
_MORPH["toista"] = ("teen", 10, None)
for _w, _v in (("parisen", 2), ("kolmisen", 3), ("nelisen", 4), ("viitisen", 5), ("kuutisen", 6)):
    _MORPH[_w] = ("unit~", _v, "nom")
_MORPH["kymmenisen"] = ("ten~", 10, "nom")
for _w, _k, _v in (("kymmen", "ten", 10), ("tuhat", "thou", 1e3)):
    _MORPH.setdefault(_w, (_k, _v, "nom"))
_MORPH["kymmen"] = ("bare", 10, None)
_MORPH_RE = re.compile(regex_trie(sorted(_MORPH)))

# vague plurals, whole words: form -> (value, case)
_VAGUE: dict[str, tuple[float, str | None]] = {}
for _v, _forms in ((10, "kymmeniä kymmenien kymmeninä kymmeniksi kymmenissä kymmenistä kymmeniin kymmenillä "
                        "kymmeniltä kymmenille kymmenten"),
                   (100, "satoja satojen satoina sadoiksi sadoissa sadoista satoihin sadoilla sadoilta sadoille"),
                   (1e3, "tuhansia tuhansien tuhansina tuhansiksi tuhansissa tuhansista tuhansiin tuhansilla "
                         "tuhansilta tuhansille"),
                   (1e6, "miljoonia miljoonien miljoonina miljooniksi miljoonissa miljoonista miljooniin "
                         "miljoonilla miljoonilta miljoonille")):
    for _case, _form in zip(("a", "n", "na", "ksi", "ssa", "sta", "n", "lla", "lta", "lle", "n"), _forms.split()):
        _VAGUE[_form] = (_v, _case)
for _form, _v in (("kymmenittäin", 10), ("sadoittain", 100), ("tuhansittain", 1e3)):
    _VAGUE[_form] = (_v, None)
_SPECIAL = {"toistakymmentä": (11.0, "a")}  # 11..19
_ZERO_NEG = frozenset(("yhtään", "yhtäkään", "ainuttakaan", "ainoatakaan"))
_ONLY = frozenset("ainoa ainoan ainoaa ainoana ainoaksi ainoassa ainoasta ainoaan ainoalla ainoalta ainoalle "
                  "ainut ainoaan".split())
_FEW = frozenset("muutama muutaman muutamaa muutamia muutamien muutamissa muutamista muutamille useita useiden "
                 "useissa useista useille useat monta monet monia pari parin".split())
# a number word inside a compound adjective: Nelihenkinen, kolmipäiväinen, kaksivuotias
_CMP_NUM = {"yksi": 1, "kaksi": 2, "kolmi": 3, "kolme": 3, "neli": 4, "viisi": 5, "kuusi": 6, "seitsen": 7,
            "kahdeksan": 8, "yhdeksän": 9, "kymmen": 10, "kaksitoista": 12, "kaksikymmen": 20, "sata": 100,
            "tuhat": 1000}
_CMP_UNIT = {"henki": "henki", "päiväi": "päivä", "viikkoi": "viikko", "kuukauti": "kuukausi", "vuoti": "vuosi",
             "vuotia": "vuosi", "tunti": "tunti", "kilometri": "kilometri", "metri": "metri",
             "prosentti": "prosentti", "vuorokauti": "vuorokausi", "minuutti": "minuutti"}
_CMP_RE = re.compile(r"(" + regex_trie(_CMP_NUM) + r")(" + regex_trie(_CMP_UNIT) + r")(?:nen|s[^\W\d_]*|a[^\W\d_]*|i[^\W\d_]*)")
_HYPHEN_CMP_RE = re.compile(r"-(" + regex_trie(_CMP_UNIT) + r")(?:nen|s[^\W\d_]*|a[^\W\d_]*|i[^\W\d_]*)?(?![\w-])")

# --------------------------------------------------------------------------- context words
_HEDGE_RE = re.compile(
    r"(?<![\w])(?:((?:reilusti|selvästi|hieman|vähän|runsaasti|hivenen)[ \t]+(?:yli|alle)|noin|n\.|yli|lähes|"
    r"melkein|liki|likimain|lähemmäs|runsaat|runsas|reilut|reilu|vajaat|vajaa|ainakin|vähintään|enintään|"
    r"korkeintaan|jopa|peräti|arviolta|alle|suunnilleen|kutakuinkin|ehkä|mahdollisesti|toista)"
    r"|(kaikki|kaikkien|kaikkia|kaikista|kaikissa|kaikille|kaikilla|kaikilta|kaikkiin|kaikiksi|kaikkina))[ \t]+$")
_HEDGE_LAST = frozenset("yli alle noin n. lähes melkein liki likimain lähemmäs runsaat runsas reilut reilu vajaat "
                        "vajaa ainakin vähintään enintään korkeintaan jopa peräti arviolta suunnilleen kutakuinkin "
                        "ehkä mahdollisesti toista kaikki kaikkien kaikkia kaikista kaikissa kaikille kaikilla "
                        "kaikilta kaikkiin kaikiksi kaikkina".split())
_ONE_TRIGGER_RE = re.compile(r"(?<![\w])(?:vain|ainoastaan|enää|paitsi|pelkästään|ainakin|vähintään|yli|alle|kuin|"
                             r"korkeintaan|enintään|jäljellä|jäi)[ \t]+$")
_ONE_AFTER_RE = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:lukuun[ \t]+ottamatta|poikkeuksena)(?![\w])")
_NEG_RE = re.compile(r"(?<![\w])(?:ei|eikä|eivät|en|et|emme|ette|ilman)(?![\w])")
_PRON_AFTER_RE = re.compile(r"[ \t]+(heistä|niistä|näistä|noista|meistä)(?![\w])")
_PRON_BEFORE_RE = re.compile(r"(?<![\w])(heistä|niistä|näistä|joista|joihin|joille|joista)[ \t]+(?:(?:on|oli|"
                             r"jo|vain|ainakin|peräti|noin|yli|lähes)[ \t]+)?$")
_BREAKDOWN_BEFORE = re.compile(r"(?:,|(?<![\w])(?:ja|sekä))[ \t]+$")
_BREAKDOWN_AFTER = re.compile(r"[ \t]+[^\W\d_][\w-]*[ \t]+(?:kautta|rajalta|rajalle)(?![\w])", re.I)
_CODEWORDS = frozenset("""klo klo. kello kl kl. numero nro nro. n:o sivu sivulla sivulta pykälä pykälän artikla
artiklan tie tiellä valtatie valtatiellä kantatie linja linjalla laituri laiturilta huone huoneessa osa osassa vaihe
vaiheessa kohta kohdan versio miinus viikko viikolla viikolle viikon vuonna vuoden vuosina vuodesta vuoteen vuosi
vuodelta vuodelle lento lennolla bussi bussilla juna junalla portti portilla ryhmä luokka kerros kerroksessa
sarja sarjan""".split())
_INDECL = frozenset("eri koko ns. ns ym. yms.".split())
_STOPWORDS = frozenset("""ja tai sekä mutta vaan että kuin kun jos koska joka jotka jossa joissa joista jonka joiden
on ovat oli olivat olla ollut olleet ole ei eikä eivät en et emme ette myös vain jo vielä enää noin yli alle
lähes ainakin kanssa mukaan kautta luona välillä jälkeen ennen aikana asti saakka mennessä alkaen lähtien sitten
myöhemmin aiemmin aikaisemmin päivässä viikossa vuodessa kuussa tunnissa kerralla kohden per se ne he hän me te
tämä tuo nämä nuo niitä heitä heistä niistä näistä joka jokainen kukin""".split())
_ADV_ONLY = frozenset("avoinna auki jäljellä enää vielä edelleen toiminnassa liikenteelle kiinni".split())
_PROPORTION_RE = re.compile(r"(?:kolmas|neljäs|viides|kuudes|seitsemäs|kahdeksas|yhdeksäs|kymmenes|sadas|tuhannes)"
                            r"osa|(?:kolman|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|sadan)ne[sk]")
_COLON_CASE = {"n": "n", "a": "a", "ä": "a", "aa": "a", "ää": "a", "ta": "a", "tä": "a", "sta": "sta",
               "stä": "sta", "ssa": "ssa", "ssä": "ssa", "lla": "lla", "llä": "lla", "lta": "lta", "ltä": "lta",
               "lle": "lle", "ksi": "ksi", "na": "na", "nä": "na", "een": "n", "ään": "n", "aan": "n", "iin": "n",
               "seen": "n", "tta": "a", "ttä": "a"}
_SCALE_AFTER = {f: v for v, fs in ((1e3, _THOU_FORMS), (1e6, _MIL_FORMS), (1e9, _BIL_FORMS)) for f in fs.split()}
_SCALE_AFTER.update({"milj": 1e6, "milj.": 1e6, "mrd": 1e9, "mrd.": 1e9, "tuh": 1e3, "tuh.": 1e3})
_SCALE_CASE = {f: c for fs in (_THOU_FORMS, _MIL_FORMS, _BIL_FORMS) for c, f in zip(_CASES, fs.split())}
_SCALE_AFTER_RE = re.compile(r"[ \t\u00a0]+(" + regex_trie(sorted(_SCALE_AFTER, key=len, reverse=True)) + r")(?![\w])")
_HUND_AFTER_RE = re.compile(r"[ \t\u00a0]+(" + "|".join(sorted(_HUND_FORMS.split(), key=len, reverse=True)) +
                            r")(?![\w])")

# --------------------------------------------------------------------------- scanning regexes
_WORD_STARTS = sorted(set(_MORPH) | set(_VAGUE) | set(_SPECIAL) | _ZERO_NEG | _ONLY | set(_CMP_NUM))
_CAND_RE = re.compile(r"(?<![\w])(?:(" + _DIGITS + r")|((?:" + regex_trie(_WORD_STARTS) + r")[^\W\d_]*))")
_WORD_RANGE_RE = re.compile(r"[ \t]*[-–—][ \t]*([^\W\d_]+)")
_OF_SEP_RE = re.compile(r"[ \t]+(?:([A-ZÅÄÖ][\w-]*n|maan|itärajan|rajan)[ \t]+)?")
_OF_DIGIT_RE = re.compile(r"(" + _DIGITS + r"):(?:sta|stä)(?![\w])")
_Y_FIRST_RE = re.compile(r"[ \t]+(?:(?:vain|enää|ainoastaan|jo|peräti|kaikkiaan)[ \t]+)?")
_COLON_SUFFIX_RE = re.compile(r":([^\W\d_]+)")
_CASE_RULES = [
    (re.compile(r"(?:ssa|ssä)(?:[aä]n|nsa|nsä)?$"), "ssa"),
    (re.compile(r"(?:sta|stä)(?:[aä]n|nsa|nsä)?$"), "sta"),
    (re.compile(r"(?:lla|llä)(?:[aä]n|nsa|nsä)?$"), "lla"),
    (re.compile(r"(?:lta|ltä)(?:[aä]n|nsa|nsä)?$"), "lta"),
    (re.compile(r"lle(?:en|nsa|nsä)?$"), "lle"),
    (re.compile(r"(?:ksi|kse(?:en|nsa|nsä))$"), "ksi"),
    (re.compile(r"[aeiouyäö]n[aä](?:an|än|nsa|nsä)?$"), "na"),
    (re.compile(r"[aä](?:nsa|nsä)$"), "a"),
    (re.compile(r"[aä]$"), "a"),
    (re.compile(r"t$"), "t"),
    (re.compile(r"n$"), "n"),
]
_PLURAL_SURFACE_RE = re.compile(r"(?:t|it[aä]|i[aä]|j[aä]|oja|öjä|iden|itten|ien|ten|i(?:ssa|ssä|sta|stä|lle|lla|"
                                r"llä|lta|ltä|in|hin|na|nä|ksi))$")
_VERB_LEMMA_RE = re.compile(r"(?:aa|ää|da|dä|lla|llä|nna|nnä|rra|rrä|sta|stä)$")


# --------------------------------------------------------------------------- small helpers
def _case(word: str) -> str:
    """The case class of a lower-cased Finnish word, read off its ending (illative and genitive both 'n')."""
    for rx, c in _CASE_RULES:
        if rx.search(word):
            return c
    return "nom"


def _expect(case: str | None, one: bool = False):
    """The case classes a noun counted by a number in *case* may take (None: any)."""
    if case is None or (one and case == "nom"):
        return None
    # a partitive of a -nen / -s noun ends like an elative: ihmistä, kansalaista, asukasta
    if case in ("nom", "a"):
        return frozenset(("a", "sta"))
    if case == "nomgen":
        return frozenset(("a", "n", "sta"))
    return frozenset((case,))


_lemma = lemmatizer("fi")


@lru_cache(maxsize=65536)
def lookup(word: str):
    """``(English plural, English singular, kind)`` of a lower-cased Finnish word, or None.

    >>> lookup("rajanylityspaikasta")
    ('border crossings', 'border crossing', 'ante')
    >>> lookup("lisävartijaa")[0], lookup("kilometrin")[0]
    ('guards', 'kilometres')
    """
    return lookup_in(word, _SURFACE_RE, NOUNS, _SUFFIXES, _lemma)


def _generic(word: str):
    """The entry for a counted noun outside the table: its lemma (None for a verb-looking lemma)."""
    lem = _lemma(word.split(":", 1)[0])
    if _VERB_LEMMA_RE.search(lem) and lem not in NOUNS:
        return None
    return (lem, lem, "lemma")


def parse_word(word: str):
    """(value, case, approx) of a Finnish number word (lower-cased), or None.

    >>> parse_word("kahdeksasta"), parse_word("kaksikymmentäviisi"), parse_word("kahdenkymmenenviiden")
    ((8.0, 'sta', False), (25.0, 'nom', False), (25.0, 'n', False))
    >>> parse_word("parisenkymmentä"), parse_word("kahdeksastatoista"), parse_word("satama")
    ((20.0, 'a', True), (18.0, 'sta', False), None)
    """
    return _parse_word(word)


@lru_cache(maxsize=8192)
def _parse_word(word: str):
    if word in _SPECIAL:
        v, c = _SPECIAL[word]
        return v, c, True
    morphs = morphemes(word, _MORPH_RE, _MORPH)
    if morphs is None:
        return None
    total = cur = 0.0
    pending = None
    last = None
    approx = False
    case = None
    for kind, v, c in morphs:
        if kind.endswith("~"):
            approx = True
            kind = kind[:-1]
        if kind == "zero":
            if len(morphs) > 1:
                return None
            return 0.0, c, False
        if kind == "unit":
            if last not in (None, "ten", "hund", "thou", "mil"):
                return None
            pending = v
        elif kind == "teen":
            if last != "unit":
                return None
            cur += pending + 10
            pending = None
        elif kind in ("ten", "bare"):
            if last not in (None, "unit", "hund", "thou", "mil"):
                return None
            cur += (pending if last == "unit" else 1) * 10
            pending = None
        elif kind == "hund":
            if last not in (None, "unit", "thou", "mil"):
                return None
            cur += (pending if last == "unit" else 1) * 100
            pending = None
        elif kind in ("thou", "mil"):
            if last not in (None, "unit", "ten", "teen", "hund") or (last is not None and kind == "thou" and v < 1e3):
                return None
            total += (cur + (pending or 0) or 1) * v
            cur, pending = 0.0, None
        elif kind == "kunta":
            if last not in ("ten", "bare", "hund", "thou"):
                return None
            approx = True
        last = "unit" if kind == "unit" else kind
        if kind != "teen":
            case = c
    if case is None:
        return None  # "kymmen" alone, "toista" alone
    return float(total + cur + (pending or 0)), case, approx


# the nouns an elliptical count may take
_candidates = partial(candidates, stop=_STOPWORDS, lookup=lookup, plural_re=_PLURAL_SURFACE_RE)


# --------------------------------------------------------------------------- reading one count
class _Reader(Reader):
    """The state of one pass over a Finnish text (a hedge, or ``kaikki`` kept in the span, before a number)."""
    hedge_last = _HEDGE_LAST
    hedge_re = _HEDGE_RE

    # ---- the counted noun after p
    def head(self, p: int, expect, digits: bool = False, need_table: bool = False):
        """(end, entry) of the counted noun after p, or None.

        The words after the number may be modifiers that agree with it (``kaksi pohjoista raja-asemaa``),
        genitives (``neljä itärajan rajanylityspaikkaa``) or indeclinables (``kymmenestä eri maasta``).
        A noun of the table ends the phrase; else the last agreeing lower-case word (its lemma).
        """
        words = _words_after(self.text, p, 5)
        cand = None
        seen = None
        named = False  # a name in the genitive came first: "16 Kuhmon Vartiuksen raja-asemalle"
        for w, _ws, we in words[:4]:
            lw = w.lower()
            if lw in _INDECL:
                continue
            if lw in _STOPWORDS or _lemma(lw) in _DAY_PARTS:
                break
            c = _case(lw)
            if expect is not None:
                agrees = c in expect
            elif seen is not None:
                agrees = c == seen
            else:
                agrees = None  # digits: the first noun sets the case
            if agrees is not False or (c == "n" and cand is None):
                # a unit in the genitive right after the number measures it: "kymmenen asteen pakkanen"
                entry = lookup(lw)
                if entry is not None and named and c in ("lle", "lla", "lta", "ssa", "sta"):
                    return None  # "16 Kuhmon raja-asemalle": the place the 16 went to, not what they are
                if entry is not None and (agrees is not False or entry[2] == "unit"):
                    return we, entry
                agrees = agrees or c == "a"
            if agrees and w[0].islower():
                if _PROPORTION_RE.match(lw):
                    return "proportion"
                cand = (we, lw)
                seen = c
                continue
            if c == "n" and cand is None:
                named = named or w[0].isupper()
                continue  # a genitive modifier before the noun
            break
        if cand is None or need_table:
            return None
        entry = _generic(cand[1])
        if entry is None:
            return None
        return cand[0], entry

    # ---- main
    def digits(self, s: int, e: int, prev):
        text, low, n = self.text, self.low, self.n
        number = self.number_at(s, e)
        if number is None:
            return None
        e, value, nxt, year_like = number
        if nxt == "." and e + 2 < n and text[e + 1] in " \t" and text[e + 2].islower():
            return None  # 3. kerros: an ordinal
        pw = _prev_word(low, s)
        if pw in _CODEWORDS or _SECTION_SIGN_RE.match(text, e):
            return None  # "rajavartiolaki 16 §": a section of a law
        case = None
        if nxt == ":":
            mc = _COLON_SUFFIX_RE.match(text, e)
            if mc is None:
                return None
            suffix = mc.group(1).lower()
            if suffix not in _COLON_CASE:
                return None  # 3:s, 3:nnen: ordinals
            case = _COLON_CASE[suffix]
            e = mc.end()
            nxt = text[e] if e < n else ""
        entry = None
        approx = False
        unit_end = None
        if nxt == "-" and e + 1 < n and text[e + 1].isalpha():
            mh = _HYPHEN_CMP_RE.match(low, e)
            if mh is None:
                return None  # 5G-verkko, 27A, 2-kaistainen
            entry = NOUNS[_CMP_UNIT[mh.group(1)]]
            unit_end = mh.end()
        elif nxt.isalpha():
            mw = _WORD_RE.match(text, e)
            w = mw.group(1).lower() if mw else ""
            if w.split(":")[0] not in ("km", "m", "h", "min", "kk", "vrk", "mm", "cm"):
                return None  # 1990-luvulla, 5G
        ms = _SCALE_AFTER_RE.match(low, e) if unit_end is None else None
        if ms:
            value *= _SCALE_AFTER[ms.group(1)]
            case = _SCALE_CASE.get(ms.group(1))
            e = ms.end()
            year_like = False
        if unit_end is None:
            mp = _PCT_RE.match(text, e)
            if mp:
                entry = NOUNS[mp.group(1)]
                unit_end = mp.end()
        r = self.range_after(e, value, year_like) if unit_end is None else None
        if r == -1:
            return None  # 2022–2023, a score (1–0) or a code
        if r is not None:
            e = r
            approx = True
            year_like = False
        start, happrox, flag = self.context(s)
        approx = approx or happrox
        if s >= 1 and text[s - 1] == "€" and unit_end is None:
            return (s - 1 if flag is None else start), e, value, _NAN, NOUNS["€"], approx, "unit"
        if unit_end is not None:
            return start, unit_end, value, _NAN, entry, approx, "unit"
        return self.finish(s, start, e, value, approx, flag, case, prev, digits=True, year_like=year_like,
                           pw=pw)

    def word(self, s: int, e: int, prev):
        text, low = self.text, self.low
        if s and low[s - 1] in "-–":
            return None  # the second half of a compound or range read from its first half
        w = low[s:e]
        if e < self.n and low[e] == "-":
            mr = _WORD_RANGE_RE.match(low, e)
            if mr is None or _parse_word(mr.group(1)) is None:
                return None  # kaksi-ilmeinen
        if w in _ONLY:
            return self.only(s, e)
        if w in _ZERO_NEG:
            return self.zero(s, e, prev)
        mc = _CMP_RE.fullmatch(w)
        if mc and mc.group(2) and _parse_word(w) is None:
            entry = NOUNS[_CMP_UNIT[mc.group(2)]]
            return s, e, float(_CMP_NUM[mc.group(1)]), _NAN, entry, False, "unit"
        vague = False
        if w in _VAGUE:
            value, case = _VAGUE[w]
            approx = vague = True
        else:
            parsed = _parse_word(w)
            if parsed is None:
                return None
            value, case, approx = parsed
        pw = _prev_word(low, s)
        if not vague and value <= 24 and value == int(value) and self._clock(s, e, case, pw):
            return None
        if _AGO_AFTER_RE.match(low, e):
            return None
        one = value == 1 and not vague and w in _MORPH
        pari = w in _PARI_FORMS.split()
        # a scale word after: "kaksi tuhatta", "kymmeniä tuhansia", "kolme sataa"
        ms = _SCALE_AFTER_RE.match(low, e)
        if ms and ms.group(1) in _SCALE_CASE:
            value *= _SCALE_AFTER[ms.group(1)]
            case = _SCALE_CASE[ms.group(1)]
            e = ms.end()
            one = pari = False
        elif (mv := re.match(r"[ \t]+([^\W\d_]+)", low[e:e + 20])) and mv.group(1) in _VAGUE \
                and _VAGUE[mv.group(1)][0] >= 1e3 and value >= 10:
            value *= _VAGUE[mv.group(1)][0]
            case = _VAGUE[mv.group(1)][1]
            e = e + mv.end()
            approx = vague = True
        elif value < 10 and (mh := _HUND_AFTER_RE.match(low, e)):
            value *= 100  # "kolme sataa", "pari sataa"
            case = _MORPH[mh.group(1)][2]
            e = mh.end()
            one = pari = False
        start, happrox, flag = self.context(s)
        approx = approx or happrox
        if flag == "hedge" and pw == "toista" and value == 100:
            approx = True  # toista sataa: 100..199
        # "muutama sata", "useita kymmeniä", "pari sataa": 2 x, approx
        if pw in _FEW and (value in (10, 100, 1e3, 1e6)) and not one:
            value *= 2
            approx = True
            start = low.rfind(pw, 0, s)
        mr = _WORD_RANGE_RE.match(low, e) if e < self.n and low[e] in " \t-–—" else None
        if mr and (p2 := _parse_word(mr.group(1))) is not None and p2[0] > value:
            e = mr.end()
            approx = True
            case = p2[1]
        if w == "sataa" and flag is None:
            one = True  # "sataa lunta": it is snowing
        return self.finish(s, start, e, value, approx, flag, case, prev, one=one, vague=vague, pari=pari, pw=pw)

    def _clock(self, s: int, e: int, case: str | None, pw: str) -> bool:
        """A number word that is a clock time with ``kello`` left out: ``neljältä`` and ``puoli viideltä`` (at four,
        at half past four: the ablative with no counted noun after it), ``neljän aikaan`` (around four)."""
        if case == "lta" and (pw == "puoli" or self.head(e, ("lta",)) is None):
            return True
        if _DAY_PART_AFTER_RE.match(self.low, e):
            return True
        return case == "n" and _CLOCK_AFTER_RE.match(self.low, e) is not None

    def only(self, s: int, e: int):
        """``ainoa avoinna oleva rajanylityspaikka`` -> 1 (the guide's "the only one")."""
        c = _case(self.low[s:e])
        for w, ws, we in _words_after(self.text, e, 4):
            lw = w.lower()
            entry = lookup(lw)
            if entry is not None and entry[2] in ("ante", "noun") and (_case(lw) == c or c == "nom"):
                return s, we, 1.0, _NAN, entry, False, "noun"
            if lw in _ADV_ONLY or lw.startswith("olev") or _case(lw) == c:
                continue
            break
        return None

    def zero(self, s: int, e: int, prev):
        """``ei yhtään turvapaikanhakijaa`` -> 0."""
        low = self.low
        clause = max(low.rfind(",", 0, s), low.rfind(".", 0, s), s - 40, 0)
        neg = _NEG_RE.search(low, clause, s)
        h = self.head(e, frozenset(("a",)))
        if neg is None and h is None:
            return None
        start = neg.start() if neg and not low[neg.end():s].strip() else s
        if h is None or h == "proportion":
            if neg is None:
                return None
            return start, e, 0.0, _NAN, None, False, "ellipsis"
        return start, h[0], 0.0, _NAN, h[1], False, "noun"

    def finish(self, s, start, e, value, approx, flag, case, prev, digits=False, one=False, vague=False,
               pari=False, year_like=False, pw=""):
        """What follows the number: ``of`` (``neljä kahdeksasta``), the counted noun, else an ellipsis."""
        text, low, n = self.text, self.low, self.n
        of = _NAN
        # X Y:stä: "neljä kahdeksasta rajanylityspaikasta", "4 8:sta"
        if case in (None, "nom", "a", "nomgen") and not vague:
            mo = _OF_SEP_RE.match(text, e)
            if mo:
                p = mo.end()
                mt = _TOKEN_RE.match(low, p)
                md = _OF_DIGIT_RE.match(low, p)
                ofv = None
                if md:
                    ofv, q = float(re.sub(r"\D", "", md.group(1))), md.end()
                elif mt:
                    pr = _parse_word(mt.group())
                    if pr is not None and pr[1] == "sta" and not pr[2]:
                        ofv, q = pr[0], mt.end()
                if ofv is not None and ofv >= value and ofv > 0:
                    of = ofv
                    h = self.head(q, frozenset(("sta",)))
                    if h is not None and h != "proportion":
                        return start, h[0], value, of, h[1], approx, "noun"
                    return start, q, value, of, None, approx, "ellipsis"
        # neljä niistä / heistä: a pronoun
        mp = _PRON_AFTER_RE.match(low, e)
        if mp and not vague:
            if one and flag is None and not _ONE_TRIGGER_RE.search(low, max(0, start - 20), start):
                return None  # "yksi heistä": a certain one
            return start, mp.end(), value, of, None, approx, "pronoun"
        expect = _expect(case, one=one)
        h = self.head(e, expect, digits=digits, need_table=one)
        if h == "proportion":
            return None  # kaksi kolmasosaa
        if h is not None:
            end, entry = h
            hw = low[low.rfind(" ", 0, end) + 1:end]
            if one and flag is None and _case(hw) == "sta" and _PLURAL_SURFACE_RE.search(hw) \
                    and not _ONE_TRIGGER_RE.search(low, max(0, start - 20), start):
                return None  # "yksi raja-asemista": a certain one
            if value == 2 and _lemma(hw) in _RELATIONAL and re.match(r"[ \t]+väli", low[end:end + 8]):
                return None  # kahden maan välinen: "the two countries"
            if year_like and entry[2] == "lemma":
                return None  # vuoden 2015 kaltainen
            # Y-first: "Kahdeksasta raja-asemasta seitsemän"
            if case == "sta" and not vague and entry[2] != "unit":
                mx = _Y_FIRST_RE.match(low, end)
                q = mx.end() if mx else end
                mt = _TOKEN_RE.match(low, q) if mx else None
                mdig = _DIGITS_RE.match(low, q) if mx else None
                xv = None
                if mdig and not (q + len(mdig.group()) < n and low[q + len(mdig.group())] in ".:,-" and
                                 q + len(mdig.group()) + 1 < n and low[q + len(mdig.group()) + 1].isdigit()):
                    xv, xe = float(re.sub(r"\D", "", mdig.group())), mdig.end()
                elif mt:
                    px = _parse_word(mt.group())
                    if px is not None and px[1] in ("nom", "a", "nomgen") and not px[2]:
                        xv, xe = px[0], mt.end()
                if xv is not None and xv <= value:
                    return start, xe, xv, value, entry, approx, "noun"
            if case in (None, "nom", "a", "nomgen") and _case(hw) == "sta" and entry[2] != "unit" \
                    and _PLURAL_SURFACE_RE.search(hw):
                return start, end, value, of, entry, approx, "of-plural"  # "vain yksi raja-asemista"
            return start, end, value, of, entry, approx, "noun"
        if digits or not one:
            # "kaksi raja-asemista" (two of the stations): an elative plural noun of the table
            mw = _WORD_RE.match(text, e)
            if mw and not vague and case in (None, "nom", "a", "nomgen"):
                lw = mw.group(1).lower()
                entry = lookup(lw)
                if entry is not None and entry[2] != "unit" and _case(lw) == "sta" and \
                        _PLURAL_SURFACE_RE.search(lw):
                    if one and flag is None and not _ONE_TRIGGER_RE.search(low, max(0, start - 20), start):
                        return None  # "yksi raja-asemista": a certain one
                    return start, mw.end(1), value, of, entry, approx, "noun"
        # "kymmeniä tai jopa satoja ihmisiä", "pari sataa, tai edes tuhat rajanylittäjää": the first shares the
        # second's noun
        mc = _COORD_RE.match(low, e) if not one else None
        if mc:
            second = mc.group(1)
            parsed = _VAGUE.get(second) or (_parse_word(second) or (None, None))[:2]
            if second.isdigit() or parsed[0] is not None:
                m2 = _DIGITS_RE.match(low, mc.start(1)) if second.isdigit() else None
                q = m2.end() if m2 else mc.end()
                ms = _SCALE_AFTER_RE.match(low, q)
                q = ms.end() if ms else q
                h = self.head(q, None if second.isdigit() else _expect(parsed[1]))
                if h is not None and h != "proportion" and h[1][2] != "unit":
                    return start, e, value, of, h[1], approx, "noun"
        # "heitä oli saapunut 80": a personal pronoun in the clause
        clause = max(low.rfind(".", 0, start), low.rfind(",", 0, start), low.rfind(";", 0, start), start - 80, 0)
        if not one and _PERSON_PRON_RE.search(low, clause, start):
            return start, e, value, of, None, approx, "person"
        # no counted noun: an elliptical count ("heitä tuli 59", "vain yksi")
        mpb = _PRON_BEFORE_RE.search(low, max(0, start - 30), start)
        if mpb and not one:
            return mpb.start(1), e, value, of, None, approx, "pronoun"
        if year_like:
            return None
        if pari:
            return None  # "asian parissa"
        if one:
            if not (_ONE_TRIGGER_RE.search(low, max(0, start - 20), start) or _ONE_AFTER_RE.match(low, e)):
                return None  # yhtä suuri, yhdessä, yhteen
            if case not in ("nom", "a", None):
                return None
            return start, e, value, of, None, approx, "ellipsis"
        if digits and pw and pw[0].isalpha() and name_before(text, s, pw) and _case(pw) == "nom":
            return None  # "Valtatie 6", "Airbus 320": a nominative name before
        if not digits and text[s].isupper() and not _sent_initial(text, s):
            return None  # "Kolme Sisarta": a name
        if value == 0 and not re.match(r"[ \t]*[.,;:)!?]|[ \t]*$", text[e:e + 3]):
            return None  # "nollatoleranssi"
        return start, e, value, of, None, approx, "ellipsis"


# --------------------------------------------------------------------------- main pass
def find_counts(text: str) -> list[tuple]:
    """Stated counts in Finnish *text* as ``(text, start_char, end_char, value, of, what, approx)`` tuples.

    >>> find_counts("Hallitus sulkee neljä kahdeksasta rajanylityspaikasta.")[0]
    ('neljä kahdeksasta rajanylityspaikasta', 16, 53, 4.0, 8.0, 'border crossings', False)
    >>> [(r[0], r[3]) for r in find_counts("Rajalle saapui noin 280 turvapaikanhakijaa, keskiviikkona 59.")]
    [('noin 280 turvapaikanhakijaa', 280.0), ('59', 59.0)]
    """
    return read_counts(text, _Reader, dates_fi._scan, _CAND_RE, _vague, _candidates, person_nouns=PERSON_NOUNS,
                       breakdown=(_BREAKDOWN_BEFORE, _BREAKDOWN_AFTER))


def _vague(m) -> bool:
    """A vague number word (``satoja``, ``kymmeniä``): its noun stays plural."""
    return bool(m.group(2)) and m.group(2) in _VAGUE


def extract_counts(text: str) -> pd.DataFrame:
    """Stated counts in Finnish *text*, one row each, columns ``COLUMNS``.

    >>> extract_counts("Yli 300 ihmistä ja kaksi vuorokautta.")[["text", "value", "what", "approx"]].values.tolist()
    [['Yli 300 ihmistä', 300.0, 'people', True], ['kaksi vuorokautta', 2.0, 'days', False]]
    """
    return counts_frame(find_counts(text))
