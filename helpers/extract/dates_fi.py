"""Find the date mentions in Finnish news text and normalise them (see docs/ANNOTATION.md).

The Finnish counterpart of :mod:`helpers.extract.dates`: the same rules, the same output tuples
(``COLUMNS``), the same resolution of relative expressions (its calendar helpers are reused).
What differs is the grammar:

* days: ``23. joulukuuta (2023)``, ``16.11.2023``, year-less ``18.11.``, ``17.–18.11.``,
  ``joulukuun 14. päivään``, a weekday with its date (``lauantaina 18. marraskuuta``, ``torstaina 14.12.``);
* months in their cases (``marraskuussa``, ``marraskuun``, ``joulukuuhun``, ``tammikuusta``), with a
  year or ``viime`` / ``ensi``; parts of a month (``marraskuun alussa`` 1..10, ``puolivälissä`` 11..20,
  ``lopussa`` / ``lopulla`` 21..end);
* postpositions of range kept in the span (``asti``, ``saakka``, ``mennessä``, ``alkaen``, ``lähtien``);
  ``asti``, ``saakka``, ``mennessä`` and an illative (``joulukuuhun``, ``puoliväliin``, ``perjantaihin``)
  mark a deadline: the next such date on or after publication;
* nights across two days (``torstain ja perjantain välisenä yönä``, ``perjantain vastaisena yönä``,
  ``yöllä perjantaina``): ``start`` the eve, ``end`` the named day, granularity ``night``;
* weekdays in their cases, ``viime`` / ``ensi`` / ``tänä``; relative days, weeks, months, years,
  ``… sitten``; seasons; years and spans of years; Christmas (as the English extractor: 25 December).

Finnish has no future tense: the tense of a weekday or a year-less date is read from the verbs of its
clause (then of its sentence), nearest first; a present or passive present (``suljetaan``, ``sulkee``)
puts it after publication, a past (``suljettiin``, ``sulki``) or a perfect (``on suljettu``) before.
Two refinements: a past decision with an infinitive before the date (``päätti sulkea … perjantaina``)
and a deadline in a past clause (``Elokuusta lokakuun loppuun heitä tuli``) take the instance nearest
publication; a deadline after a past perfect (``perjantaihin mennessä oli saapunut``) is past.

``published`` may also be a month alone (``"2023-11"`` or a monthly ``pd.Period``): then what needs
only the year and month resolves (``23. joulukuuta asti`` = 2023-12-23) and weekdays and ``tänään``
stay ``NaT``.

Speed: every pattern is compiled at import; one cheap regex finds the words a mention can open with
(a number, a month, a weekday, ``viime``, ``ensi`` ...), the full grammar is matched only there, and
tense is read only for the mentions whose value depends on it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from ..load.text import regex_trie
from .dates import COLUMNS, dates_frame, _DECIDED, _month_days, _month_end, _part, _resolve, _season, _ymd
from .dates_shared import WORD as _WORD, Grammar, clause_bounds, clause_cue, join_yearless, resolve_mentions
from .dates_shared import day_kind, resolve_night, scan, span_end_year, trim_year

__all__ = ["COLUMNS", "find_dates", "extract_dates"]

# --------------------------------------------------------------------------- vocabulary
_MONTH_STEMS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
_MONTH_OF = {s: i + 1 for i, s in enumerate(_MONTH_STEMS)}
_WD_STEMS = ("maanan", "tiis", "keskiviik", "tors", "perjan", "lauan", "sunnun")
_WD_OF = {s: i for i, s in enumerate(_WD_STEMS)}
_NUMWORD = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7,
            "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10, "yksitoista": 11, "kaksitoista": 12, "pari": 2}
_MOD = {"viime": "last", "ensi": "next", "tulevana": "next", "tulevan": "next", "tulevalla": "next",
        "tänä": "this", "tämän": "this", "kuluvana": "this", "kuluvan": "this", "kuluvalla": "this",
        "tällä": "this", "tässä": "this", "kuluvassa": "this", "koko": None}
_YOFF = {"viime": -1, "ensi": 1, "tänä": 0, "tämän": 0, "tästä": 0, "tähän": 0, "tälle": 0, "tämä": 0,
         "kuluvana": 0, "kuluvan": 0, "kuluvasta": 0, "kuluvaan": 0, "kuluvalle": 0, "kuluva": 0,
         "toissa": -2, "tulevana": 1, "tulevan": 1, "tulevaan": 1, "tulevalle": 1, "tuleva": 1}

# --------------------------------------------------------------------------- regex pieces
_DASH = r"\s*[-–—‒−]\s*"
_D = r"(?:3[01]|[12][0-9]|0?[1-9])"
_M2 = r"(?:1[0-2]|0?[1-9])"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_YY = rf"(?:{_YEAR}|[0-9]{{2}}(?![0-9]))"
_MST = "(?:" + "|".join(_MONTH_STEMS) + ")"
_MON_PART = rf"{_MST}(?:kuuta(?!\w)|k\.)"                          # 23. joulukuuta / 23. jouluk.
_MON_GEN = rf"{_MST}kuun(?!\w)"
_MON_ANY = rf"{_MST}kuu(?:ssa|sta|hun|lla|lta|lle|ksi|ta|na|n)?(?!\w)"
_WD_CORE = r"(?:(?:maanan|tiis|tors|perjan|lauan|sunnun)tai|keskiviik(?:ko|o))"
_WD_TOK = (rf"{_WD_CORE}(?:-?(?:aamupäivä|iltapäivä|aamu|ilta|yö|päivä)(?:nä|na|llä|lla)"
           r"|na|n|sta|hin|on|ta|a|lle|ksi)?(?!\w)")
_WD_GEN = r"(?:(?:maanan|tiis|tors|perjan|lauan|sunnun)tain|keskiviikon)(?!\w)"
_WD_ESS = r"(?:(?:maanan|tiis|tors|perjan|lauan|sunnun)tai|keskiviikko)(?:na)?(?!\w)"
_NIGHT_SUF = (r"(?:välise(?:nä\s+yönä|n\s+yön(?:\s+aikana)?|ksi\s+yöksi|llä\s+yöllä)"
              r"|vastaise(?:na\s+yönä|n\s+yön(?:\s+aikana)?|ksi\s+yöksi|lla\s+yöllä))(?!\w)")
_PARTW = (r"(?:alussa|alusta|alkuun|alkupuolella|alkupuolelta|alkupuolelle|alkupuoliskolla|alkupäivinä|alun|alkua"
          r"|puolivälissä|puolivälistä|puoliväliin|puolivälin|puoliväliä|puolessavälissä|keskivaiheilla|keskivaiheille"
          r"|lopussa|lopulla|lopusta|loppuun|loppupuolella|loppupuolelta|loppupuolelle|loppupuoliskolla|loppupäivinä"
          r"|lopun|loppua)(?!\w)")
_YMOD_GEN = r"(?:viime|ensi|tämän|kuluvan|toissa|tulevan)"
_WMOD = r"(?:viime|ensi|tänä|tämän|tulevana|tulevan|kuluvana|kuluvan)"
_YEAR_PRE = rf"(?:{_YMOD_GEN}\s+vuoden\s+|vuoden\s+{_YEAR}\s+)"
_SEASON_W = (r"(?:alku|loppu|keski|myöhäis)?(?:syksy(?:llä|nä|n|stä|yn|ksi|ä)?|talv(?:i|ella|ena|en|esta|een|eksi|ea)"
             r"|kevä(?:t|ällä|änä|än|ästä|äseen|äksi|ttä)|kesä(?:llä|nä|n|stä|än|ksi|ä)?)(?!\w)")
_HOLIDAY = (r"(?:jouluaato(?:n|lle)|jouluaatto(?:na|on|a)?|joulupäivä(?:nä|än|n|ä)?|tapaninpäivä(?:nä|än|n)?"
            r"|uudenvuodenaato(?:n)|uudenvuodenaatto(?:na|on)?|uudenvuodenpäivä(?:nä|än|n)?|uutenavuotena|uudenvuoden"
            r"|itsenäisyyspäivä(?:nä|än|n|ä)?|vappu(?:na|un|a)?|vapun|joulu(?:na|un|sta|ksi|a|n|lle)?)(?!\w)")
_NUM = ("(?:yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|yksitoista|kaksitoista|pari"
        "|[0-9]{1,3})")
_POST = r"\s+(?:aina\s+)?(?:asti|saakka|alkaen|lähtien|mennessä)(?!\w)"
_YLB = r"(?<![\w.,/:@#$€£+\-])"

_DAY_CORE = (
    rf"(?:{_D}\.?(?:{_DASH}{_D}\.|\s+ja\s+{_D}\.)?\s*{_MON_PART}(?:\s+{_YEAR})?"            # 23. joulukuuta 2023
    rf"|{_D}\.(?:{_DASH}{_D}\.)?{_M2}\.(?:{_YEAR})?(?![0-9])"                  # 16.11.2023, 18.11., 17.–18.11.
    rf"|{_D}\.{_M2}(?=\s+(?:klo|kello)\s)"                                                    # 18.11 klo 20
    rf"|{_YEAR_PRE}?{_MON_GEN}\s+{_D}\.(?:{_DASH}{_D}\.|\s+ja\s+{_D}\.)?\s*päiv(?:änä|ään|ästä|än|ä|inä|iin|ien)(?!\w)"
    rf"|{_D}\.\s*päivänä\s+{_MON_PART}(?:\s+{_YEAR})?"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![\w-]))"
)

_ALTS = [
    # torstain ja perjantain välisenä yönä
    ("night2", rf"(?:{_WMOD}\s+)?{_WD_GEN}\s+ja\s+{_WD_GEN}\s+{_NIGHT_SUF}"),
    # a day, with its weekday (lauantaina 18. marraskuuta, torstaina (30.11.)) and a night around it
    ("day", rf"(?:yöllä\s+)?(?:{_WD_ESS}\s*\(\s*{_DAY_CORE}\s*\)|(?:{_WD_ESS},?\s+)?(?<![\w.,:/]){_DAY_CORE})"
            rf"(?:\s+{_NIGHT_SUF})?"),
    ("wd", rf"(?:yöllä\s+(?:vasten\s+)?)?(?:{_WMOD}\s+(?:viikon\s+)?)?{_WD_TOK}"
           rf"(?:\s+(?:{_NIGHT_SUF}|vasten\s+(?:yöllä|yönä)(?!\w)|yöllä(?!\w)))?"),
    ("mpart", rf"(?:{_WMOD}\s+)?{_YEAR_PRE}?{_MON_GEN}(?:\s+{_YEAR})?\s+{_PARTW}(?:\s+{_YEAR})?"),
    ("mon", rf"(?:(?:{_WMOD}|ennen)\s+)?{_YEAR_PRE}?{_MON_ANY}(?:\s+{_YEAR}(?!{_DASH}[0-9]))?"
            rf"(?:\s+(?:ensi|viime)\s+vuonna(?!\w))?"),
    ("season", rf"(?:(?:{_WMOD}|koko)\s+(?:vuoden\s+)?|toissa\s+vuoden\s+|vuoden\s+{_YEAR}\s+)?{_SEASON_W}"
               rf"(?:\s+{_YEAR}(?:{_DASH}{_YY})?)?"),
    ("holiday", rf"(?:(?:viime|ensi|tänä|tulevana)\s+)?{_HOLIDAY}(?:\s+{_YEAR})?"),
    ("ypart", rf"(?:{_YMOD_GEN}\s+vuoden|vuoden(?:\s+{_YEAR})?)\s+{_PARTW}"
              rf"|(?:alku|loppu)vuo(?:desta|nna|den|teen|delle)(?!\w)(?:\s+{_YEAR})?"),
    ("xrel", r"(?:aiemmin|aikaisemmin|myöhemmin)\s+(?:tänä\s+vuonna|tällä\s+viikolla|tässä\s+kuussa)(?!\w)"),
    ("yrel", r"(?:(?:tänä|viime|ensi|kuluvana|toissa|tulevana)\s+vuonna"
             r"|(?:tämän|viime|ensi|kuluvan|toissa|tulevan)\s+vuoden"
             r"|(?:tästä|viime|ensi|kuluvasta)\s+vuodesta|(?:tähän|ensi|viime|kuluvaan|tulevaan)\s+vuoteen"
             r"|(?:tälle|ensi|viime|kuluvalle|tulevalle)\s+vuodelle|(?:tämä|ensi|viime|kuluva|tuleva)\s+vuosi)(?!\w)"),
    ("mrel", rf"(?:(?:tässä|viime|ensi|kuluvassa|tulevassa)\s+kuussa(?!\w)"
             rf"|(?:tämän|viime|ensi|kuluvan|tulevan)\s+kuun(?!\w)(?:\s+{_PARTW})?|kuun\s+{_PARTW}"
             r"|(?:alku|loppu)kuusta(?!\w)|(?:tästä|viime|ensi)\s+kuusta(?!\w)|(?:ensi|tähän)\s+kuuhun(?!\w))"),
    ("wrel", rf"(?:(?:tällä|viime|ensi|kuluvalla|tulevalla)\s+viikolla(?!\w)"
             rf"|(?:tämän|viime|ensi|kuluvan|tulevan)\s+viikon(?!\w)(?:\s+(?:{_PARTW}|aikana(?!\w)))?"
             r"|(?:alku|loppu)viiko(?:sta|lla)(?!\w)|(?:tästä|ensi|viime)\s+viikosta(?!\w)|(?:ensi|tähän)\s+viikkoon(?!\w))"),
    ("wknd", rf"(?:(?:{_WMOD}|menneenä)\s+)?viikonlop(?:pu(?:na|un|a)?|un|usta|ulla)(?!\w)"),
    ("nrel", r"(?:viime|tänä|ensi)\s+yönä(?!\w)|(?:viime|tämän|ensi)\s+yön(?:\s+aikana)?(?!\w)"
             r"|(?:viime|ensi)\s+yö(?!\w)"),  # "Viime yö oli rauhallinen": the night as a subject
    ("drel", r"(?:toissa\s*päivänä|ylihuomenna|eilisen|eilistä|eilisestä|eilinen|huomisen|huomista|huomisesta|huominen"
             r"|tänä\s+(?:aamuna|iltana|iltapäivänä|aamupäivänä)|eilis(?:iltana|aamuna|päivänä)"
             r"|huomis(?:aamuna|iltana|päivänä)"
             r"|(?:eilen|tänään|huomenna)(?:\s+(?:aamulla|illalla|iltapäivällä|aamupäivällä|päivällä))?)(?!\w)"),
    ("ago", rf"(?:{_NUM}\s+(?:päivää|viikkoa|kuukautta|vuotta|vuorokautta)|päivä|viikko|kuukausi|vuosi|vuorokausi)"
            r"\s+sitten(?!\w)"),
    ("decade", rf"{_YLB}{_YEAR}-?luvu(?:lla|n|lta|sta|lle|ksi)(?!\w)|{_YLB}{_YEAR}-?luku(?:un|a)?(?!\w)"),
    ("yword", rf"(?:vuonna|vuoden|vuodesta|vuoteen|vuodelle|vuodelta|vuodeksi|vuosi|vuotena|vuodessa|vuosina|vuosien"
              rf"|vuosista|vuosiin|vuosille|vuosilta)\s+{_YEAR}(?:{_DASH}{_YY})?"),
    ("yrange", rf"{_YLB}{_YEAR}{_DASH}{_YY}(?![\w])"),
    ("year", rf"{_YLB}{_YEAR}(?![-–][\w]|/[0-9]|[.,][0-9])"),
]
_KINDS = [k for k, _ in _ALTS]
_MASTER = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ALTS) + rf")(?P<post>{_POST})?", re.I)

# tokens inside a span
_FIND_MON = re.compile(_MST + r"k", re.I)
_FIND_WD = re.compile("(" + "|".join(_WD_STEMS) + ")", re.I)
_FIND_NUM = re.compile(r"[0-9]+")
_FIND_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_WD_CASE = re.compile(_WD_CORE + r"([^\W\d_]*(?:-[^\W\d_]+)?)", re.I)

_DEADLINE_POST = frozenset(("asti", "saakka", "mennessä"))
_FROM_POST = frozenset(("alkaen", "lähtien"))

# --------------------------------------------------------------------------- tense (Finnish verbs)
_PAST_LEX = frozenset("""oli olivat olin olimme olitte sulki sulkivat avasi avasivat päätti päättivät ilmoitti
ilmoittivat kertoi kertoivat sanoi sanoivat totesi totesivat tiedotti vahvisti vahvistivat saapui saapuivat tuli
tulivat pääsi pääsivät lähti lähtivät meni menivät jäi jäivät pysyi pysyivät nousi laski kasvoi väheni lisääntyi
alkoi alkoivat päättyi jatkui jatkoi hyväksyi hyväksyivät allekirjoitti irtisanoi teki tekivät antoi antoivat otti
ottivat pyysi vaati vaativat syytti kiisti kielsi esti ylitti ylittivät haki hakivat julkisti julkaisi kirjoitti
kiristi kiristyi rauhoittui muuttui tapahtui näkyi linjasi esitti ehdotti muistutti korosti painotti huomautti
lisäsi kuvaili kuvasi varoitti uhkasi tapasi keskusteli neuvotteli puhui vieraili matkusti siirtyi siirsi
vastaanotti pidätti palautti käännytti hylkäsi myönsi sai saivat avautui sulkeutui kokoontui käsitteli osallistui
jätti jättivät tiesi halusi aloitti lopetti ryhtyi vastasi kysyi kutsui nimitti ilmaisi tuomitsi arvosteli lähetti
tuotti aiheutti johti nosti kirjasi havaitsi edellytti suositteli esitteli päivitti selvitti perusteli toi tuotiin
kuoli näki odotti odottivat kävi kävivät lupasi lupasivat suunnitteli aikoi aikoivat""".split())
_AMBIG = frozenset("""arvioi kommentoi raportoi uutisoi analysoi reagoi rekisteröi voi""".split())  # present = past
_PRES_LEX = frozenset("""on ovat avaa avaavat pitää pitävät jatkaa jatkavat alkaa alkavat haluaa haluavat ottaa
kieltää estää kestää kiristää vahvistaa saa saavat tarvitsee pyytää vaatii vaativat sallii toteaa sanoo kertoo
lähettää siirtää hyväksyy asettaa rajoittaa aukeaa aikoo aikovat aiotaan ollaan tullaan mennään käsitellään
keskustellaan neuvotellaan ajatellaan kuullaan pannaan päästään nähdään tehdään voidaan saadaan""".split())
_DECIDE = frozenset("""päätti päättivät päätettiin ilmoitti ilmoittivat ilmoitettiin aikoi aikoivat lupasi lupasivat
esitti ehdotti suunnitteli halusi sopivat sovittiin""".split())
_AUX_PRES = frozenset("on ovat ole olen olemme olette ei eivät en emme".split())
_AUX_PAST = frozenset("oli olivat olin olimme olleet ollut".split())
_STOP = frozenset("""uusi vuosi kuusi viisi käsi vesi susi kausi kuukausi vuorokausi täysi kriisi reisi hiisi sotaan
maataan syy kuu puu suu luu tee pää työ hattu presidentti budjetti kabinetti konsertti agentti dokumentti mandaatti
sertifikaatti kontti koneet lentokoneet palvelut kulut tavallaan""".split())
_PARTICIPLE = re.compile(r"(?:ttu|tty|nut|nyt|neet|llut|llyt|lleet|ssut|ssyt|sseet|rrut|rryt|rreet)$")
_PASS_PRES = re.compile(r"[aeiouyäö](?:taan|tään|daan|dään)$")
_INFINITIVE = re.compile(r"(?:ea|eä|ata|ätä|ota|ita|itä|uta|ytä|da|dä|ttaa|ttää|staa|stää|kaa|kää|taa|tää)$")
_PLUP, _PAST, _PRES, _DEC = "plup", "past", "pres", "decide"


def _cue(toks: list, i: int):
    """(tense, tag) of ``toks[i]`` as a verb, or None: 1 present / passive present / conditional, -1 past."""
    orig, w = toks[i]
    if w in _STOP:
        return None
    if w in _AMBIG:
        return 0, "amb"
    if w in _AUX_PAST:
        nxt = [x for _, x in toks[i + 1:i + 3]]
        return -1, (_PLUP if any(_PARTICIPLE.search(x) for x in nxt) else _PAST)
    if w in _AUX_PRES:
        for _, x in toks[i + 1:i + 3]:
            if x in ("ja", "että", "mutta", "kun"):
                break
            if _PARTICIPLE.search(x) and x not in _STOP:
                return -1, _PAST  # on suljettu, ei avattu: a perfect / negated past
            if x.endswith(("massa", "mässä")):
                return 1, _PRES  # on sulkemassa: about to
        return 1, _PRES
    if w in _PAST_LEX:
        return -1, (_DEC if w in _DECIDE else _PAST)
    if w in _PRES_LEX:
        return 1, _PRES
    lower = orig[:1].islower()
    if w.endswith(("ttiin", "tiin")) and len(w) >= 6:
        return -1, (_DEC if w in _DECIDE else _PAST)
    if not lower:
        return None
    n = len(w)
    if _PARTICIPLE.search(w):
        if i and toks[i - 1][1] in _AUX_PAST:
            return -1, _PLUP  # oli suljettu: a past perfect
        if n >= 5:
            return -1, _PAST
    if w.endswith(("ivat", "ivät")) and n >= 6:
        return -1, _PAST
    if w.endswith(("aisiin", "äisiin")) or (w.endswith("isi") and n >= 5) or w.endswith(("isivat", "isivät")):
        return 1, _PRES  # conditional: would
    if n >= 6 and _PASS_PRES.search(w):
        return 1, _PRES
    if w.endswith(("vansa", "vänsä")):
        return 1, _PRES  # sulkevansa: that it will close
    if n >= 8 and w.endswith(("emaan", "amaan", "ämään", "emään", "omaan", "umaan", "ymään")):
        return 1, _PRES  # tulee sulkemaan
    if n >= 5 and w.endswith(("ee", "uu", "yy", "oo", "öö")) and not w.endswith("kuu"):
        return 1, _PRES
    if n >= 6 and w.endswith(("ttaa", "ttää")):
        return 1, _PRES
    if n >= 6 and w.endswith(("vat", "vät")) and w[-4] not in "i":
        return 1, _PRES
    if n >= 5 and w.endswith(("ui", "yi", "oi", "öi")):
        return -1, _PAST
    if n >= 6 and w.endswith("tti") and not w.endswith("ntti"):
        return -1, _PAST
    if n >= 5 and w.endswith("si") and w[-3] in "aeäoöuy":
        return -1, _PAST
    return None


def _tense(text: str, s: int, e: int, deadline: bool):
    """1 future, -1 past, 0 no cue, or dates._DECIDED (the instance nearest publication)."""
    bounds = clause_bounds(text, s, e)
    prev = text[max(bounds[0], s - 14):s].lower().split()
    if prev and prev[-1] == "viimeistään":
        return 1
    hit = clause_cue(text, s, e, _cue, bounds)
    if hit is None:
        return 1 if deadline else 0
    (t, tag), between = hit
    if t == -1 and tag == _DEC and any(_INFINITIVE.search(x) and x not in _STOP for _, x in between):
        return _DECIDED  # päätti sulkea ... perjantaina: after a past decision, near it
    if deadline:
        if tag == _PLUP:
            return -1
        return _DECIDED if t == -1 else 1  # a past clause with a deadline: the nearest instance
    return t


# --------------------------------------------------------------------------- scanning
_HEDGES = frozenset("""noin yli lähes jopa peräti runsaat runsas reilut reilu vajaat vajaa alle ainakin kaikkiaan
yhteensä enintään vähintään liki arviolta n. nro numero ca.""".split())
_COUNT_NEXT = ("aa", "ää", "ta", "tä", "ia", "iä", "ea", "eä", "oa", "öä", "ua", "yä")
_UNITS = frozenset("km % prosenttia euroa henkeä ihmistä kpl hlö".split())
_NEXT = re.compile(r"\s*(%|[^\W\d_]+|-\s?[^\W\d_])")
_NOT_FREQ_BEFORE = frozenset("joka jokaisena jokainen aina musta mustana mustan".split())
_CLOCK = frozenset("klo klo. kello kl. kl".split())
_AGO_VAGUE = frozenset("muutama muutamia useita monta joitakin jokunen kymmeniä satoja".split())


def _year_ok(text: str, s: int, e: int) -> bool:
    """A bare 4-digit number is a year unless hedged like a count, followed by a counted noun, or part of a name."""
    before = text[max(0, s - 20):s].split()
    if before and before[-1].lower() in _HEDGES:
        return False
    m = _NEXT.match(text, e)
    if m:
        nxt = m.group(1)
        if nxt.startswith("-") and m.start(1) > e:
            return False  # Agenda 2030 -ohjelma: a name
        low = nxt.lower()
        if low in _UNITS or low.startswith("kilometr") or (nxt[:1].islower() and low.endswith(_COUNT_NEXT)
                                                            and low not in ("asti", "saakka")):
            return False
    return True


_TRAILING_YEAR = re.compile(r"\s+((?:19|20)[0-9]{2})$")


def _trim_year(text: str, s: int, e: int) -> int:
    """End of a span whose trailing year is really a count (``marraskuussa 2000 ihmistä``): before the year."""
    return trim_year(text, s, e, _year_ok, _TRAILING_YEAR)


def _part_word(w: str):
    """(part, deadline, from) of a part-of-period word: alussa early, puolivälissä mid, lopussa late; an illative
    (alkuun, puoliväliin, loppuun) ends a span, an elative or ablative (alusta, lopusta) starts one."""
    part = "early" if w.startswith(("alk", "alu")) else "mid" if w.startswith(("puol", "kesk")) else "late"
    return part, w.endswith(("uun", "iin", "lle")), w.endswith(("sta", "lta"))


def _wd_case(span: str) -> str:
    m = _WD_CASE.search(span)
    return m.group(1).lower() if m else ""


def _parse(text: str, m) -> tuple | None:
    """(kind, data, start, end, deadline, from_) for the match, or None to reject it."""
    kind = m.lastgroup
    if kind == "post":
        kind = next(k for k in _KINDS if m.group(k) is not None)
    s, e = m.span(kind)
    post = m.group("post")
    post_word = post.split()[-1].lower() if post else ""
    end = m.end()
    span = text[s:e]
    low = span.lower()
    deadline = post_word in _DEADLINE_POST
    from_ = post_word in _FROM_POST
    prev_words = text[max(0, s - 12):s].lower().split()
    prev = prev_words[-1] if prev_words and text[s - 1:s].isspace() else ""

    if kind == "day":
        core = re.sub(r"^\s*yöllä\s+", "", low)
        wd = None
        mw = _WD_CASE.match(core)
        if mw:
            wd = _WD_OF[_FIND_WD.match(core).group(1).lower()]
            core = core[mw.end():].lstrip(" ,(\t\n\u00a0\u202f")
        mm = _FIND_MON.search(core)
        if wd is None and not mm and prev in _CLOCK and not low.startswith("yöllä"):
            return None  # klo 12.10., kello 18.11: a clock time
        nums = [int(x) for x in _FIND_NUM.findall(re.sub(_NIGHT_SUF, "", core, flags=re.I))]
        year = next((x for x in nums if x >= 1000), None)
        nums = [x for x in nums if x < 1000]
        iso = re.search(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", core)
        if iso:
            month, d1, d2 = nums[0], nums[1], None
        elif mm:
            month = _MONTH_OF[mm.group()[:-1]]
            d1, d2 = nums[0], (nums[1] if len(nums) > 1 else None)
        else:
            if len(nums) == 3:
                d1, d2, month = nums
            else:
                (d1, month), d2 = nums[:2], None
        if not 1 <= month <= 12:
            return None
        if d2 is not None and d2 <= d1:
            d2 = None
        if (d2 or d1) > _month_days(month):
            return "bad", "day", s, end, deadline, from_
        yoff = None
        if "vuoden" in core:
            w = core.split()[0]
            if w in _YOFF:
                yoff = _YOFF[w]
        night = None
        if "välise" in low:
            night = "span" if d2 else "eve"
        elif "vastaise" in low or low.startswith("yöllä"):
            night = "eve"
        if re.search(r"päiv(?:ään|iin)(?!\w)", core):
            deadline = True  # joulukuun 14. päivään: an illative day
        return (*day_kind(month, d1, d2, year, yoff, wd, night), s, end, deadline, from_)

    if kind == "night2":
        wds = [_WD_OF[x.lower()] for x in _FIND_WD.findall(span)]
        mod = _MOD.get(low.split()[0])
        return "night", ("wd", (wds[-1], mod), "eve"), s, end, deadline, from_

    if kind == "wd":
        if prev in _NOT_FREQ_BEFORE:
            return None  # joka perjantai, musta perjantai
        words = low.split()
        wdn = _WD_OF[_FIND_WD.search(span).group(1).lower()]
        case = _wd_case(span)
        mod = None
        week = None
        i = 0
        if words[0] == "yöllä":
            i = 2 if words[1] == "vasten" else 1
        if words[i] in _MOD:
            if words[i + 1] == "viikon":
                week = _YOFF[words[i]]
            else:
                mod = _MOD[words[i]]
        if case.endswith(("hin", "on", "lle", "ksi")):
            deadline = True
        elif case == "sta":
            from_ = True
        base = ("wdweek", (wdn, week)) if week is not None else ("wd", (wdn, mod))
        if "yö" in case:  # perjantaiyönä: the night after Friday
            return "night", (base[0], base[1], "after"), s, end, deadline, from_
        if words[0] == "yöllä" or "vastaise" in low or low.endswith(("yöllä", "yönä")) or "välise" in low:
            return "night", (base[0], base[1], "eve"), s, end, deadline, from_
        return base[0], base[1], s, end, deadline, from_

    if kind in ("mpart", "mon"):
        e2 = _trim_year(text, s, e)
        if e2 != e:
            e = end = e2
            span, low = text[s:e], text[s:e].lower()
        words = low.split()
        mm = _FIND_MON.search(low)
        month = _MONTH_OF[mm.group()[:-1]]
        year = next((int(x) for x in _FIND_YEAR.findall(low)), None)
        mod = yoff = None
        if words[0] in _MOD and words[1] != "vuoden":
            mod = _MOD[words[0]]
            words = words[1:]
        if len(words) > 1 and words[1] == "vuoden" and words[0] in _YOFF:
            yoff = _YOFF[words[0]]
        if low.endswith(" ensi vuonna"):
            yoff = 1
        elif low.endswith(" viime vuonna"):
            yoff = -1
        if kind == "mpart":
            pw = words[-1] if not words[-1].isdigit() else words[-2]
            part, to, fro = _part_word(pw)
            deadline, from_ = deadline or to, from_ or fro
            if year is not None:
                a, b = _part(year, month, part)
                return "abs", (a, b, "part_of_month"), s, end, deadline, from_
            if mod in ("last", "next"):
                return "partmod", (month, part, mod), s, end, deadline, from_
            return "part", (month, part, yoff), s, end, deadline, from_
        head = mm.group()[:-1] + "kuu"
        case = low[low.index(head) + len(head):].split()[0] if low[low.index(head) + len(head):] else ""
        if case == "ta" and prev != "ennen" and words[0] != "ennen" and year is None:
            return None  # a bare partitive month: only "ennen joulukuuta"
        if case == "hun" or case in ("lle", "ksi"):
            deadline = True
        elif case in ("sta", "lta"):
            from_ = True
        if year is not None:
            return "abs", (date(year, month, 1), _month_end(year, month), "month"), s, end, deadline, from_
        return "mon", (month, yoff, mod), s, end, deadline, from_

    if kind == "season":
        if prev in _NOT_FREQ_BEFORE:
            return None
        words = low.split()
        sw = next(w for w in words if re.match(r"(?:alku|loppu|keski|myöhäis)?(?:syks|talv|kevä|kesä)", w))
        core = re.sub(r"^(?:alku|loppu|keski|myöhäis)", "", sw)
        snum = 2 if core.startswith("syks") else 3 if core.startswith("talv") else 0 if core.startswith("kevä") else 1
        if "vuoden" not in words[:2]:
            e2 = _trim_year(text, s, e)  # syksyllä 2000 ihmistä: a count, not a year
            if e2 != e:
                e = end = e2
                low = text[s:e].lower()
        years = [int(x) for x in _FIND_YEAR.findall(low)]
        if years:
            a, b = _season(years[0], snum)
            return "abs", (a, b, "season"), s, end, deadline, from_
        mod = yoff = None
        if len(words) > 2 and words[1] == "vuoden":
            yoff = _YOFF.get(words[0])
        elif words[0] in _MOD and words[0] != sw:
            mod = _MOD[words[0]]
        bare = mod is None and yoff is None and words[0] != "koko"
        if bare:
            after = _WORD.match(text, e + 1) if text[e:e + 1].isspace() else None
            nxt = after.group().lower() if after else ""
            adess = core.endswith(("llä", "lla"))
            prefixed = sw != core
            gen_ok = core.endswith(("n",)) and nxt in ("aikana", "yli", "jälkeen", "alla", "ajan", "aikaan", "mittaan")
            if not (adess or prefixed or gen_ok or post):
                return None
        if core.endswith(("yyn", "een", "äseen", "än")) and not core.endswith("kesään") or core == "kesään":
            deadline = True
        elif core.endswith(("stä", "sta")):
            from_ = True
        return "season", (snum, mod, yoff), s, end, deadline, from_

    if kind == "holiday":
        years = [int(x) for x in _FIND_YEAR.findall(low)]
        words = low.split()
        mod = _MOD.get(words[0]) if len(words) > 1 and words[0] in _MOD else None
        h = words[1] if mod else words[0]
        if h.startswith("jouluaat"):
            md = (12, 24)
        elif h.startswith("joulupäiv") or h.startswith("joulu"):
            md = (12, 25)
        elif h.startswith("tapanin"):
            md = (12, 26)
        elif h.startswith("uudenvuodenaat"):
            md = (12, 31)
        elif h.startswith(("uudenvuoden", "uutena")):
            md = (1, 1)
        elif h.startswith("itsenäisyys"):
            md = (12, 6)
        else:
            md = (5, 1)
        if h.endswith(("un", "ään")) and not h.endswith("aatton"):
            deadline = True
        elif h.endswith(("sta", "stä")):
            from_ = True
        if years:
            d = date(years[0], *md)
            return "abs", (d, d, "day"), s, end, deadline, from_
        if mod in ("last", "next"):
            return "mdmod", (md[0], md[1], mod), s, end, deadline, from_
        return "md", (md[0], md[1], None, None, None), s, end, deadline, from_

    if kind == "ypart":
        years = [int(x) for x in _FIND_YEAR.findall(low)]
        words = low.split()
        if low.startswith(("alku", "loppu")):
            if years:
                y = years[0]
                return "abs", (date(y, 1, 1), date(y, 12, 31), "year"), s, end, deadline, from_
            return "yrel", (0, None), s, end, deadline, from_
        part, to, fro = _part_word(words[-1])
        deadline, from_ = deadline or to, from_ or fro
        yoff = _YOFF.get(words[0], 0)
        if part == "mid":
            if years:
                return "abs", (date(years[0], 1, 1), date(years[0], 12, 31), "year"), s, end, deadline, from_
            return "yrel", (yoff, None), s, end, deadline, from_
        month = 1 if part == "early" else 12
        if years:
            a, b = _part(years[0], month, part)
            return "abs", (a, b, "part_of_month"), s, end, deadline, from_
        return "part", (month, part, yoff), s, end, deadline, from_

    if kind == "xrel":
        words = low.split()
        sub = "later" if words[0].startswith("myöh") else "earlier"
        k = {"vuonna": "yrel", "viikolla": "wrel", "kuussa": "mrel"}[words[-1]]
        return k, (0, sub), s, end, deadline, from_

    if kind in ("yrel", "mrel", "wrel"):
        words = low.split()
        first = words[0]
        if kind == "mrel" and first in ("alkukuusta", "loppukuusta"):
            return "mpart", (0, "early" if first.startswith("alku") else "late"), s, end, deadline, from_
        if kind == "wrel" and first.startswith(("alkuviiko", "loppuviiko")):
            return "wrel", (0, None), s, end, deadline, from_
        off = _YOFF.get(first, 0) if first != "kuun" else 0
        if kind == "mrel" and re.search(_PARTW, low, re.I) and words[-1] not in ("kuun", "kuussa"):
            part, to, fro = _part_word(words[-1])
            return "mpart", (off, part), s, end, deadline or to, from_ or fro
        if words[-1] in ("vuoteen", "kuuhun", "viikkoon"):
            deadline = True
        return kind, (off, None), s, end, deadline, from_

    if kind == "wknd":
        words = low.split()
        mod = _MOD.get(words[0]) if len(words) > 1 else None
        if words[0] == "menneenä":
            mod = "last"
        if low.endswith("uun"):
            deadline = True
        return "wknd", (mod,), s, end, deadline, from_

    if kind == "nrel":
        off = -1 if low.startswith("viime") else 0
        return "nightrel", (off,), s, end, deadline, from_

    if kind == "drel":
        w = low.split()[0]
        off = (-2 if w.startswith("toissa") else 2 if w == "ylihuomenna" else -1 if w.startswith("eili") or w == "eilen"
               else 1 if w.startswith("huomi") or w == "huomenna" else 0)
        if w == "tänä" or w == "tänään":
            off = 0
        return "drel", (off,), s, end, deadline, from_

    if kind == "ago":
        if prev in _AGO_VAGUE:
            return None
        words = low.split()
        if words[0] in _NUMWORD:
            n = _NUMWORD[words[0]]
            unit_w = words[1]
        elif words[0].isdigit():
            n = int(words[0])
            unit_w = words[1]
        else:
            n, unit_w = 1, words[0]
        unit = ("day" if unit_w.startswith(("päiv", "vuoro")) else "week" if unit_w.startswith("viik")
                else "month" if unit_w.startswith("kuuka") else "year")
        return "ago", (n, unit), s, end, deadline, from_

    if kind == "decade":
        y = int(span[:4])
        return "abs", (date(y, 1, 1), date(y + 9, 12, 31), "year"), s, end, deadline, from_

    if kind in ("yword", "yrange", "year"):
        nums = _FIND_NUM.findall(span)
        y1 = int(nums[0])
        if kind == "year" and not _year_ok(text, s, e):
            return None
        y2 = y1
        if len(nums) > 1:
            y2 = span_end_year(y1, nums[1])
            if y2 is None:
                if kind == "yrange":
                    return None
                y2 = y1
                e = end = s + span.index(nums[0]) + 4
        return "abs", (date(y1, 1, 1), date(y2, 12, 31), "year"), s, end, deadline, from_
    return None


# Every mention opens with a number or one of these words (or a word with one of these prefixes): the scan
# tries the full grammar only at such word starts.
_FIRST_WORDS = frozenset("""yöllä viime ensi tänä tämän tulevana tulevan kuluvana kuluvan koko ennen vuoden toissa
tällä tässä kuluvassa tulevassa kuluvalla tulevalla tästä tähän tälle kuluvasta kuluvaan kuluvalle tulevaan
tulevalle tämä kuluva tuleva aiemmin aikaisemmin myöhemmin kuun menneenä eilen tänään huomenna ylihuomenna vuonna
vuodesta vuoteen vuodelle vuodelta vuodeksi vuosi vuotena vuodessa vuosina vuosien vuosista vuosiin vuosille
vuosilta päivä viikko kuukausi vuorokausi""".split()) | frozenset(_NUMWORD)
_FIRST_PREFIXES = tuple(_MONTH_STEMS) + _WD_STEMS + (
    "alku", "loppu", "keski", "myöhäis", "syksy", "talv", "kevä", "kesä", "joulu", "tapanin", "uudenvuoden", "uutena",
    "itsenäisyys", "vappu", "vapun", "viikonlop", "toissa", "eili", "huomi")
# one regex, its words factored on common prefixes; a word listed whole is tried as a prefix too (a superset)
_STARTS = re.compile(r"(?<!\w)(?:[0-9]|(?i:" + regex_trie(sorted(_FIRST_WORDS | set(_FIRST_PREFIXES))) + "))")
_DAY_GAP = re.compile(r"\s*[-–—]\s*")


def _scan(text: str) -> list:
    """The mentions of *text* as ``(start, end, kind, data, deadline, from_)`` (see :func:`dates_shared.scan`); a
    year-less day before a dash and a full date (18.11.–13.12.2023) takes that year, or the year before."""
    return join_yearless(scan(text, _STARTS, _MASTER, _parse), text, _DAY_GAP)


# --------------------------------------------------------------------------- resolution
_TENSED = frozenset(("md", "mon", "part", "season", "wd", "wknd", "night"))
_DAY_NEEDING = frozenset(("mrel", "mpart", "wrel", "wknd", "drel", "wd", "wdweek", "ago", "nightrel"))
_MONTH_ENOUGH = frozenset(("md", "mon", "part", "partmod", "mdmod", "season", "yrel", "mrel", "mpart"))
_GRAN = {"md": "day", "mdmod": "day", "mon": "month", "part": "part_of_month", "partmod": "part_of_month",
         "mpart": "part_of_month", "season": "season", "yrel": "year", "mrel": "month", "wrel": "week",
         "wknd": "weekend", "drel": "day", "wd": "day", "wdweek": "day", "night": "night", "nightrel": "night"}


def _mod_pick(f, ref: date, mod: str):
    """The instance of f(year) strictly before (last) or after (next) *ref*."""
    ys = (ref.year, ref.year - 1) if mod == "last" else (ref.year, ref.year + 1)
    for y in ys:
        r = f(y)
        if r and ((mod == "last" and r[1] < ref) or (mod == "next" and r[0] > ref)):
            return r
    return f(ys[-1])


def _value(kind, data, ref: date, tense, exact: bool, wd_years):
    if kind == "mdmod":
        month, day, mod = data
        return _mod_pick(lambda y: (lambda d: (d, d) if d else None)(_ymd(y, month, day)), ref, mod)
    if kind == "partmod":
        month, part, mod = data
        r = _mod_pick(lambda y: (date(y, month, 1), _month_end(y, month)), ref, mod)
        return _part(r[0].year, month, part)
    if kind == "wdweek":
        wd, off = data
        mon = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * off)
        d = mon + timedelta(days=wd)
        return d, d
    if kind == "nightrel":
        d = ref + timedelta(days=data[0])
        return d, d + timedelta(days=1)
    if kind == "night":
        return resolve_night(_value, data, ref, tense, exact, wd_years)
    return _resolve(kind, data, ref, tense, exact, wd_years)


def _month_enough(kind, data) -> bool:
    """Whether a month-only publication date resolves the mention."""
    return kind in _MONTH_ENOUGH or (kind == "ago" and data[1] in ("month", "year"))


_GRAMMAR = Grammar(scan=_scan, tense=_tense, value=_value, gran=_GRAN, tensed=_TENSED, day_needing=_DAY_NEEDING,
                   month_enough=_month_enough)


def find_dates(text: str, published=None, *, anchor=None, nearest: bool = False) -> list[tuple]:
    """The date mentions of Finnish *text* as tuples in COLUMNS order, sorted by position; *published* (a day or a
    month alone), *anchor* and *nearest* as :func:`helpers.extract.dates_shared.resolve_mentions` says.

    >>> find_dates("Raja suljettiin perjantaina.", "2023-11-20")[0][:6]
    ('perjantaina', 16, 27, Timestamp('2023-11-17 00:00:00'), Timestamp('2023-11-17 00:00:00'), 'day')
    """
    return resolve_mentions(text, published, anchor, nearest, _GRAMMAR)


def extract_dates(text: str, published=None, *, anchor=None) -> pd.DataFrame:
    """Every date mention in Finnish *text*, one row each (columns: COLUMNS); see :func:`find_dates`."""
    return dates_frame(find_dates(text, published, anchor=anchor))
