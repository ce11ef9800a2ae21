"""Voices: direct and indirect quotes, speakers, scare quotes, distancing markers, word shares.

Texts are written for the tests; the seed checks at the end pin what was read by hand.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.load.corpus import load_corpus
from helpers.paths import SEEDS
from helpers.framing.voices import distancing_markers, quote_spans, quotes, voice_shares
from helpers.show.framing_charts import plot_voice_shares


def arts(*bodies: str, titles: tuple[str, ...] | None = None) -> pd.DataFrame:
    n = len(bodies)
    return pd.DataFrame({"title": list(titles or [""] * n), "standfirst": [""] * n, "body": list(bodies),
                         "perspective": ["x"] * n},
                        index=pd.Index([f"a{i}" for i in range(n)], name="article_id"))


def one(body: str) -> list[tuple]:
    q = quotes(arts(body))
    return list(q[["speaker", "verb", "quote", "direct"]].itertuples(index=False, name=None))


# ---------------------------------------------------------------------------------------------
# Direct quotes

@pytest.mark.parametrize("body, expected", [
    # quote then inverted reporting verb, curly quotes
    ('“The crossings stay shut,” said Interior Minister Mari Rantanen.',
     [("Mari Rantanen", "said", "The crossings stay shut,", True)]),
    # quote then subject-verb, straight quotes
    ('"We see a pattern here," Orpo said.', [("Orpo", "said", "We see a pattern here,", True)]),
    # reporting verb with a colon before the quote; guillemets
    ('Russian Foreign Ministry spokeswoman Maria Zakharova stated: «Helsinki chose confrontation.»',
     [("Maria Zakharova", "stated", "Helsinki chose confrontation.", True)]),
    # a partial quote inside "X recalled that ..."
    ('Lavrov recalled that the two countries "had worked together for decades".',
     [("Lavrov", "recalled", "had worked together for decades", True)]),
    # "according to X" with a quoted fragment longer than a scare quote
    ('According to the Kremlin, Finland "is following orders from Washington".',
     [("the Kremlin", "according to", "is following orders from Washington", True)]),
])
def test_direct_quotes(body, expected):
    assert one(body) == expected


def test_multi_sentence_quote_is_one_row_and_pronoun_speaker_resolves():
    body = ('Finnish Border Guard official Matti Pitkäniitty spoke in Imatra. "Most arrivals had valid visas. '
            'Many came on bicycles. The route is organised," he explained.')
    q = quotes(arts(body))
    assert len(q) == 1
    row = q.iloc[0]
    assert row["speaker"] == "Matti Pitkäniitty" and row["verb"] == "explained" and row["direct"]
    assert row["speaker_actor"] == "Finland" and row["attribution"] == "anaphor"
    assert row["quote"].startswith("Most arrivals") and row["quote"].endswith("organised,")
    assert body[row["start"]:row["end"]] == row["quote"]
    assert row["sentence_no"] == 1          # where the quote starts


def test_quote_over_two_paragraphs_is_one_quote():
    body = '"The border must stay open to trade.\n\n"And open to families," said Mayor Kimmo Jarva.'
    q = quotes(arts(body))
    assert q["quote"].tolist() == ["The border must stay open to trade. And open to families,"]


@pytest.mark.parametrize("body", [
    'She read "War and Peace" on the train to Helsinki.',       # a quoted title
    'The exhibition "Finland Through Russian Eyes" opened.',
    'Moscow condemned the "provocation" by Helsinki.',          # a scare quote, not a quote
    'The border is closed.',                                     # no quote at all
    'He stayed at the “Grand Hotel Cascade” in Lappeenranta.',
])
def test_not_quotes(body):
    assert quotes(arts(body)).query("direct").empty


def test_quote_spans_pairs_marks():
    t = 'A "b" c “d” e «f» g „h“.'
    assert [t[a:b] for a, b, _ in quote_spans(t)] == ['"b"', "“d”", "«f»", "„h“"]
    assert quote_spans('An "unclosed quote') == [(3, 18, False)]


# ---------------------------------------------------------------------------------------------
# Indirect speech

@pytest.mark.parametrize("body, expected", [
    ("The Kremlin said that Finland had made a mistake.",
     [("the Kremlin", "said", "Finland had made a mistake", False)]),
    ("Helsinki believes Russia is orchestrating the arrivals.",
     [("Helsinki", "believes", "Russia is orchestrating the arrivals", False)]),
    ("The crossings will stay shut until December, the ministry said.",
     [("the ministry", "said", "The crossings will stay shut until December", False)]),
    ("According to the Finnish Border Guard, about 900 migrants have crossed since August.",
     [("the Finnish Border Guard", "according to", "about 900 migrants have crossed since August", False)]),
    # a reporting verb with no reported clause is no quote
    ("Moscow refused to comment.", []),
    ("The Kremlin denied the claims.", []),
    ("The closure was announced by Estonia.", []),
])
def test_indirect_speech(body, expected):
    got = one(body)
    assert [(s.lower() if isinstance(s, str) else s, v, q, d) for s, v, q, d in got] == \
           [(s.lower(), v, q, d) for s, v, q, d in expected]


def test_headline_colon_is_attributed():
    q = quotes(arts("Finland closed the border.", titles=("Kremlin: Finland will regret this",)))
    assert q[["field", "speaker_actor", "verb", "quote", "direct"]].values.tolist() == [
        ["title", "Russia", ":", "Finland will regret this", False]]


# ---------------------------------------------------------------------------------------------
# Distancing markers

@pytest.mark.parametrize("body, expected", [
    ("Finland closed the so-called eastern route.", [("so-called", "label")]),
    ("The migrants were reportedly bused to the border.", [("reportedly", "hedge")]),
    ("Helsinki allegedly coordinated the move with Tallinn.", [("allegedly", "hedge")]),
    ("Finland closed the border under the pretext of security.", [("under the pretext", "pretext")]),
    ("Russian media claimed the order came from Washington.", [("claimed", "claim")]),
    ('Moscow condemned the "provocation".', [('"provocation"', "scare_quote")]),
    # negatives: first-person claims, the noun "claims", quoted titles, attributed partial quotes
    ("We claimed nothing of the sort.", []),
    ("The Kremlin denied the claims.", []),
    ('She read "War and Peace" again.', []),
    ('Peskov said the move was "a mistake".', []),
])
def test_distancing_markers(body, expected):
    got = distancing_markers(arts(body))
    assert list(got[["marker", "kind"]].itertuples(index=False, name=None)) == expected


def test_marker_inside_a_quote_is_the_speakers():
    got = distancing_markers(arts('"These so-called refugees are a weapon," said Orpo.'))
    assert got[["marker", "voice"]].values.tolist() == [["so-called", "quoted"]]
    got = distancing_markers(arts("The so-called crisis was staged, the Russian Foreign Ministry said."))
    assert got[["marker", "voice"]].values.tolist() == [["so-called", "reported"]]


def test_surname_resolves_to_the_full_name():
    q = quotes(arts('Kremlin spokesman Dmitry Peskov spoke. "It is a mistake," Peskov stressed.'))
    assert q[["speaker", "speaker_text", "speaker_actor"]].values.tolist() == [["Dmitry Peskov", "Peskov", "Russia"]]


# ---------------------------------------------------------------------------------------------
# A corpus of six articles, three per group

ARTICLES = {
    "fi1.txt": "Border shut\n\nFinland closed its border on Thursday. \"We will not accept this,\" said Prime "
               "Minister Petteri Orpo.",
    "fi2.txt": "Arrivals rise\n\nAbout 900 migrants arrived in November. The Finnish Border Guard said that most "
               "had valid Russian visas.",
    "fi3.txt": "Fence plans\n\nThe government will build a fence along the eastern border. Work starts next year.",
    "ru1.txt": "Kremlin reacts\n\nKremlin spokesman Dmitry Peskov said that Helsinki had chosen confrontation. "
               "\"This is a mistake,\" he added.",
    "ru2.txt": "Moscow: Finland will regret this\n\nAccording to the Russian Foreign Ministry, the closure "
               "violates the agreement. Finland closed the so-called eastern route.",
    "ru3.txt": "Border row\n\nMaria Zakharova, the Russian Foreign Ministry spokeswoman, stated: \"Finland is "
               "following orders.\" Helsinki reportedly consulted Washington.",
}


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = pd.DataFrame({"file": list(ARTICLES), "outlet": ["A", "B", "A", "C", "C", "D"],
                            "perspective": ["finnish"] * 3 + ["russian"] * 3, "language": "en"})
    return load_corpus(tmp_path, sources=sources)


def test_quotes_on_a_corpus(corpus):
    q = quotes(corpus)
    assert list(q.columns[:7]) == ["article_id", "field", "sentence_no", "speaker", "verb", "quote", "direct"]
    got = set(q[["article_id", "speaker_actor", "verb", "direct"]].itertuples(index=False, name=None))
    assert got == {
        ("fi1", "Finland", "said", True),
        ("fi2", "Finland", "said", False),
        ("ru1", "Russia", "said", False),
        ("ru1", "Russia", "added", True),
        ("ru2", "Russia", ":", False),
        ("ru2", "Russia", "according to", False),
        ("ru3", "Russia", "stated", True),
    }
    # every offset points at the quoted text in its field
    for r in q.itertuples():
        assert corpus.loc[r.article_id, r.field][r.start:r.end].strip(" ,") == r.quote.strip(" ,")


def test_voice_shares_on_a_corpus(corpus):
    shares = voice_shares(corpus).set_index("article_id")
    assert shares.loc["fi3", "own_share"] == 1.0                  # nobody quoted
    assert shares.loc["fi1", "direct_words"] == 5                 # We will not accept this
    assert shares.loc["ru1", "indirect_words"] == 4               # Helsinki had chosen confrontation
    assert shares.loc["ru1", "direct_words"] == 4
    assert (shares["own_words"] + shares["direct_words"] + shares["indirect_words"] == shares["words"]).all()
    groups = voice_shares(corpus, level="group").set_index("group")
    assert groups.loc["russian", "n_articles"] == 3
    assert groups.loc["russian", "quoted_share"] > groups.loc["finnish", "quoted_share"]
    with pytest.raises(ValueError):
        voice_shares(corpus, level="sentence")


def test_voice_shares_by_article(corpus):
    shares = voice_shares(corpus, by="article_id")
    assert shares["group"].tolist() == shares["article_id"].tolist()


def test_plot_voice_shares_draws_the_rows_it_is_given(corpus):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shares = voice_shares(corpus)
    fig, rows = plot_voice_shares(shares, title="N = 6")
    pd.testing.assert_frame_equal(rows, shares)
    assert len(fig.axes[0].get_yticklabels()) == len(shares)
    plt.close(fig)
    subset = shares[shares["group"] == "russian"]
    fig, rows = plot_voice_shares(subset)
    pd.testing.assert_frame_equal(rows, subset.reset_index(drop=True))
    plt.close(fig)
    fig, rows = plot_voice_shares(voice_shares(corpus, level="group"))    # per group: no article_id
    assert rows["group"].tolist() == ["finnish", "russian"]
    plt.close(fig)


def test_plot_voice_shares_on_empty_input_and_empty_articles():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, rows = plot_voice_shares(voice_shares(arts()))
    assert rows.empty
    plt.close(fig)
    fig, rows = plot_voice_shares(voice_shares(arts("", "Finland closed the border.")))   # 0 words: no bar
    assert dict(zip(rows["article_id"], rows["words"])) == {"a0": 0, "a1": 4}
    plt.close(fig)


def test_distancing_on_a_corpus(corpus):
    d = distancing_markers(corpus)
    assert set(d[["article_id", "marker", "kind"]].itertuples(index=False, name=None)) == {
        ("ru2", "so-called", "label"), ("ru3", "reportedly", "hedge")}


def test_empty_corpus():
    empty = arts()
    assert quotes(empty).empty and distancing_markers(empty).empty
    assert voice_shares(empty).empty


# ---------------------------------------------------------------------------------------------
# The seeds, read by hand

@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


def test_seed_quotes(seeds):
    q = quotes(seeds)
    ru = q[q["article_id"] == "002_a09e864cca88c890"]
    direct = ru[ru["direct"]]
    assert direct["verb"].tolist() == ["explained", "according to", "recalled"]
    assert set(direct["speaker"]) == {"Sergei Belyaev"} and set(direct["speaker_actor"]) == {"Russia"}
    # the three-sentence quote ending '," explained Belyaev' is one quote
    first = direct.iloc[0]
    assert first["quote"].startswith("Taking into account") and first["quote"].endswith("bears the blame for that,")
    indirect = ru[~ru["direct"]]
    assert indirect["verb"].tolist() == [":", "believes", "said", "said", "admits"]
    assert indirect["speaker_actor"].tolist() == ["Russia", "Russia", "Russia", "Russia", "Norway"]
    fi = q[q["article_id"] == "000_52ed20e70830388d"]
    assert fi[["speaker_actor", "verb", "direct"]].values.tolist() == [["Finland", "declared", False]]


def test_seed_shares_and_markers(seeds):
    shares = voice_shares(seeds).set_index("article_id")
    assert shares.loc["000_52ed20e70830388d", "direct_words"] == 0
    assert shares.loc["002_a09e864cca88c890", "quoted_share"] > 0.5
    d = distancing_markers(seeds)
    assert d[["article_id", "marker"]].values.tolist() == [
        ["000_52ed20e70830388d", "reportedly"], ["002_a09e864cca88c890", "under the pretext"]]


# ---------------------------------------------------------------------------------------------
# Any text: no crash, offsets inside the field

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from builders import fuzz_articles, fuzz_text  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fuzz_text, min_size=1, max_size=3))
def test_voice_helpers_never_crash(bodies):
    a = fuzz_articles(bodies)
    q = quotes(a)
    for r in q.itertuples():
        assert 0 <= r.start <= r.end <= len(a.loc[r.article_id, r.field])
    shares = voice_shares(a)
    assert (shares["own_words"] + shares["direct_words"] + shares["indirect_words"] == shares["words"]).all()
    d = distancing_markers(a)
    for r in d.itertuples():
        assert 0 <= r.start < r.end <= len(a.loc[r.article_id, r.field])


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish articles (language ru / fi / sv): helpers/data/reporting.csv

def lang_arts(lang: str, *bodies: str, titles: tuple[str, ...] | None = None) -> pd.DataFrame:
    a = arts(*bodies, titles=titles)
    a["language"] = lang
    return a


def lone(lang: str, body: str) -> list[tuple]:
    q = quotes(lang_arts(lang, body))
    return list(q[["speaker", "verb", "quote", "direct"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("body, expected", [
    # «…», — verb, then the subject (verb-then-subject order), the name at the end of the phrase
    ("«Граница останется закрытой», — заявила глава ведомства Анна Смирнова.",
     [("Анна Смирнова", "заявила", "Граница останется закрытой", True)]),
    # reporting clause before the quote
    ("Как заявил Иван Петров, «решение Хельсинки ошибочно».",
     [("Иван Петров", "заявил", "решение Хельсинки ошибочно", True)]),
    # по словам + genitive, put back in the nominative
    ("По словам Петрова, «это большая ошибка».", [("Петров", "по словам", "это большая ошибка", True)]),
    ("По словам Анны Смирновой, «это ошибка».", [("Анна Смирнова", "по словам", "это ошибка", True)]),
    # a dash-introduced quote with no quote marks
    ("— Мы готовы к диалогу, — сказал Петров.", [("Петров", "сказал", "Мы готовы к диалогу", True)]),
    # straight quotes and a hyphen; a foreign name pymorphy3 does not know stays as written
    ('"Пункты закроются в полночь", - сообщил Виртанен.',
     [("Виртанен", "сообщил", "Пункты закроются в полночь", True)]),
    # „…“ quotes; an adverb between the dash and the verb
    ("„Это решение не изменится“, — также подчеркнул Петров.",
     [("Петров", "подчеркнул", "Это решение не изменится", True)]),
    # nested guillemets are one quote
    ("«Если власти продолжат возить «мигрантов» к границе, мы закроем её», — сказала Смирнова.",
     [("Смирнова", "сказала", "Если власти продолжат возить «мигрантов» к границе, мы закроем её", True)]),
    # a naming verb attributes a short fragment
    ("МИД назвал обвинения «странными».", [("МИД", "назвал", "странными", True)]),
])
def test_russian_direct_quotes(body, expected):
    assert lone("ru", body) == expected


def test_russian_name_read_as_an_adverb_is_a_speaker():
    # pymorphy3 reads Орпо as an adverb first; a capitalised word after the verb is the speaker all the same
    q = quotes(lang_arts("ru", '"Пункты закроются в полночь", - сообщил Орпо.'))
    assert q[["speaker_text", "verb", "direct"]].values.tolist() == [["Орпо", "сообщил", True]]


@pytest.mark.parametrize("body, expected", [
    ("Петров заявил, что Хельсинки выбрал конфронтацию.",
     [("Петров", "заявил", "Хельсинки выбрал конфронтацию", False)]),
    ("По словам Петрова, Финляндия совершила ошибку.", [("Петров", "по словам", "Финляндия совершила ошибку", False)]),
    ("По данным финских властей, мигранты прибыли из России.",
     [("финские власти", "по данным", "мигранты прибыли из России", False)]),
    ("Граница будет закрыта до декабря, сообщает телеканал Yle.",
     [("Yle", "сообщает", "Граница будет закрыта до декабря", False)]),
    # a plural verb with no subject: the body named in the locative speaks
    ("В посольстве России заявили, что соглашение устарело.",
     [("посольство России", "заявили", "соглашение устарело", False)]),
    # an impersonal verb: no speaker
    ("Ранее сообщалось, что Финляндия закроет КПП.", [(None, "сообщалось", "Финляндия закроет КПП", False)]),
    # "Об этом заявил X": what X said is the sentence before; "передает ТАСС" is the report's source
    ("Финляндия закроет все КПП. Об этом заявил премьер-министр Юха Виртанен, передает ТАСС.",
     [("Юха Виртанен", "заявил", "Финляндия закроет все КПП", False)]),
    # the verb agrees in number with its subject: "заявление" is the object of "передают"
    ("Граница закрыта, передают заявление министерства.", []),
    # a relative clause's subject reports nothing
    ("Кризис, который большинство считает делом Кремля, продолжается.", []),
    # a day is no speaker: someone said it, unnamed
    ("В понедельник заявили, что граница откроется.", [(None, "заявили", "граница откроется", False)]),
    # an agency's name in capitals and a capitalised word; a title before a name is not part of it
    ("Граница закрыта, сообщает РИА Новости.", [("РИА Новости", "сообщает", "Граница закрыта", False)]),
    # a name in quote marks after the outlet's kind is the speaker's name
    ("Граница закрыта, передает Telegram-канал «Полярная звезда».",
     [("Полярная звезда", "передает", "Граница закрыта", False)]),
    ("Официальный представитель МИД Ольга Белова сообщила, что нота получена.",
     [("Ольга Белова", "сообщила", "нота получена", False)]),
])
def test_russian_indirect_speech(body, expected):
    assert lone("ru", body) == expected


def test_russian_quote_attribution_order():
    # a fragment inside "X заявил, что ..." is X's, not the agency's that reports it
    q = quotes(lang_arts("ru", "Петров заявил, что решение является «большой ошибкой», сообщает ТАСС."))
    assert q[["speaker", "verb", "quote", "direct"]].values.tolist() == [["Петров", "заявил", "большой ошибкой", True]]
    # "говорится в сообщении": a document, no speaker
    q = quotes(lang_arts("ru", "«Соглашение прекращает действие», — говорится в сообщении."))
    assert q[["speaker", "verb", "attribution"]].values.tolist() == [[None, "говорится", "impersonal"]]
    # the next sentence "Об этом заявил X" says whose the fragment is
    q = quotes(lang_arts("ru", "Москва «вряд ли способна» повлиять на решение. Об этом заявил Иван Петров."))
    assert q[["speaker", "quote", "direct"]].values.tolist() == [["Иван Петров", "вряд ли способна", True]]
    assert distancing_markers(lang_arts("ru", "Москва «вряд ли способна» повлиять на решение.")
                              )["kind"].tolist() == ["scare_quote"]


def test_russian_pronoun_and_title_refer_back():
    body = ("Финляндия закроет границу. Об этом сообщила министр внутренних дел Анна Смирнова. "
            "«Решение принято», — сказала она.\n\n"
            "Премьер-министр Юха Виртанен заявил, что решение временное. Премьер подчеркнул, что Россия виновата.")
    q = quotes(lang_arts("ru", body))
    assert q[["speaker", "speaker_text", "attribution"]].values.tolist() == [
        ["Анна Смирнова", "министр внутренних дел Анна Смирнова", "explicit"],
        ["Анна Смирнова", "она", "anaphor"],
        ["Юха Виртанен", "Премьер-министр Юха Виртанен", "explicit"],
        ["Юха Виртанен", "Премьер", "anaphor"]]


def test_russian_speaker_actor_from_the_alias_table(monkeypatch):
    import helpers.framing.voices as voices
    real = voices._lookup_alias

    def with_cyrillic(surface):
        return ("Russia", "person") if surface == "Петров" else real(surface)
    monkeypatch.setattr(voices, "_lookup_alias", with_cyrillic)
    q = quotes(lang_arts("ru", "По словам Петрова, Финляндия ошиблась. «Это ошибка», — добавил Петров."))
    assert q[["speaker", "speaker_actor"]].values.tolist() == [["Петров", "Russia"], ["Петров", "Russia"]]


@pytest.mark.parametrize("body, expected", [
    # a dash quote, verb then speaker; the speaker's actor from actors.csv
    ("– Raja pysyy kiinni, sanoi sisäministeri Mari Rantanen.",
     [("Mari Rantanen", "sanoi", "Raja pysyy kiinni", True)]),
    # speaker then verb; a surname resolves to the listed full name
    ("– Tilanne on rauhallinen, Orpo totesi toimittajille.",
     [("Petteri Orpo", "totesi", "Tilanne on rauhallinen", True)]),
    # Finnish ”…” on both sides
    ("”Emme hyväksy tätä”, Orpo kertoi.", [("Petteri Orpo", "kertoi", "Emme hyväksy tätä", True)]),
    # the speaker's affiliation in a local case is not part of the name
    ("– Ryhmä tuli pyörillä, sanoi luutnantti Ville Koskinen Kainuun rajavartiostosta.",
     [("Ville Koskinen", "sanoi", "Ryhmä tuli pyörillä", True)]),
    # a hyphen opens a dash quote too; the party in brackets is skipped
    ("- Päätös on välttämätön, toteaa sisäministeri Mari Rantanen (ps.) tiedotteessa.",
     [("Mari Rantanen", "toteaa", "Päätös on välttämätön", True)]),
])
def test_finnish_direct_quotes(body, expected):
    assert lone("fi", body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Hallitus katsoo, että päätös on välttämätön.", [("Hallitus", "katsoo", "päätös on välttämätön", False)]),
    ("Rajavartiolaitoksen mukaan rajalle ei tullut ketään.",
     [("Rajavartiolaitos", "mukaan", "rajalle ei tullut ketään", False)]),
    ("Ylen tietojen mukaan hallitus päättää asiasta tänään.",
     [("Yle", "mukaan", "hallitus päättää asiasta tänään", False)]),
    ("Kaikki hakivat turvapaikkaa, kertoi Lapin rajavartiosto.",
     [("Lapin rajavartiosto", "kertoi", "Kaikki hakivat turvapaikkaa", False)]),
    ("Yö oli rauhallinen, rajavartiosto kertoo.", [("rajavartiosto", "kertoo", "Yö oli rauhallinen", False)]),
    ("Poliisihallituksen mukaan joukossa on vaarallisia henkilöitä.",
     [("Poliisihallitus", "mukaan", "joukossa on vaarallisia henkilöitä", False)]),
    # in the middle of a sentence: the whole sentence is reported
    ("Rajalla ei vartioston mukaan nähty ketään.",
     [("vartiosto", "mukaan", "Rajalla ei vartioston mukaan nähty ketään", False)]),
    # a passive verb with the body it comes from, in the elative
    ("Maahanmuuttovirastosta sanotaan, että päätöksiä ei ole tehty.",
     [("Maahanmuuttovirasto", "sanotaan", "päätöksiä ei ole tehty", False)]),
    # a fronted adverbial is not the subject: the subject follows the verb
    ("Hiljaisesta päivästä kertoi rajavartiosto, että kaikki sujui.",
     [("rajavartiosto", "kertoi", "kaikki sujui", False)]),
    # no source: the latest data; a relative clause; "kun" opens no reporting tail
    ("Tuoreimpien tietojen mukaan rajalle saapui kymmenen ihmistä.", []),
    ("Prosessi alkaa, kun hakija ilmoittaa hakevansa suojelua.", []),
])
def test_finnish_indirect_speech(body, expected):
    assert lone("fi", body) == expected


def test_finnish_names_titles_pronouns_and_carried_quotes():
    body = ("Eversti Kalle Pitkänen kertoi, että rajalle saapui 30 ihmistä.\n\n"
            "– Odotamme lisää tulijoita, hän sanoi.\n\n"
            "Pitkäsen mukaan tilanne on hallinnassa.\n\n"
            "– Seuraamme tilannetta joka päivä. Olemme valmiita.\n\n"
            "Everstin mukaan apua ei tarvita.")
    q = quotes(lang_arts("fi", body))
    assert q[["speaker", "verb", "direct", "attribution"]].values.tolist() == [
        ["Kalle Pitkänen", "kertoi", False, "explicit"],
        ["Kalle Pitkänen", "sanoi", True, "anaphor"],
        ["Kalle Pitkänen", "mukaan", False, "explicit"],        # Pitkäsen -> Pitkänen, named before
        ["Kalle Pitkänen", "mukaan", True, "carried"],          # a dash paragraph with no verb of its own
        ["Kalle Pitkänen", "mukaan", False, "anaphor"]]         # the title alone


def test_dash_list_items_are_no_quotes():
    assert quotes(lang_arts("fi", "Suljetut paikat:\n\n- Vaalimaa\n\n- Nuijamaa")).empty


@pytest.mark.parametrize("body, expected", [
    ("– Vi stänger gränsen, säger inrikesminister Mari Rantanen.",
     [("Mari Rantanen", "säger", "Vi stänger gränsen", True)]),
    ("”Situationen är allvarlig”, sade Orpo.", [("Petteri Orpo", "sade", "Situationen är allvarlig", True)]),
    # the att-clause of a relative clause does not end the tail
    ("– Vi är beredda, säger Rantanen som tillägger att fler kan komma.",
     [("Mari Rantanen", "säger", "Vi är beredda", True)]),
    ("Regeringen kallar flödet för ”hybridkrig”.", [("Regeringen", "kallar", "hybridkrig", True)]),
    # the source of a report ("enligt Reuters") is no second voice
    ("– Det här måste sluta, sade Orpo vid en pressträff, enligt Reuters.",
     [("Petteri Orpo", "sade", "Det här måste sluta", True)]),
    # »…» as Swedish and Finnish print it
    ("»Vi följer läget», säger Rantanen.", [("Mari Rantanen", "säger", "Vi följer läget", True)]),
])
def test_swedish_direct_quotes(body, expected):
    assert lone("sv", body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Regeringen säger att gränsen stängs.", [("Regeringen", "säger", "gränsen stängs", False)]),
    ("Gränsen är stängd, och regeringen varnar att den kan förbli stängd.",
     [("regeringen", "varnar", "den kan förbli stängd", False)]),
    ("Nu säger alltså Anna Berg att läget är lugnt.", [("Anna Berg", "säger", "läget är lugnt", False)]),
    ("Gränsen förblir stängd, enligt Finlands regering.",
     [("Finlands regering", "enligt", "Gränsen förblir stängd", False)]),
    ("Enligt Erik Holm på gränsbevakningen saknar de flesta pass.",
     [("Erik Holm", "enligt", "saknar de flesta pass", False)]),
    ("Många kom på cykel. Det säger Anna Berg vid Migrationsverket.",
     [("Anna Berg", "säger", "Många kom på cykel", False)]),
    # Swedish never opens a sentence with a finite verb: "Bekräftade" is an adjective here
    ("Bekräftade uppgifter finns om att gränsen är öppen.", []),
    ("Asylsökande får stanna, enligt internationell rätt.", []),     # a law is no speaker
    # a title before a name is no verb; a place after a preposition is not the speaker's name
    ("Enligt Finlands statsminister Orpo har landet ett mål.",
     [("Petteri Orpo", "enligt", "har landet ett mål", False)]),
    ("Enligt personal vid Vartius var det lugnt.", [("personal vid Vartius", "enligt", "var det lugnt", False)]),
])
def test_swedish_indirect_speech(body, expected):
    assert lone("sv", body) == expected


def test_swedish_and_finnish_speaker_actor():
    q = quotes(lang_arts("sv", "Gränsen förblir stängd, enligt Finlands regering."))
    assert q["speaker_actor"].tolist() == ["Finland"]            # Finlands -> Finland in actors.csv
    q = quotes(lang_arts("fi", "– Raja pysyy kiinni, sanoi sisäministeri Mari Rantanen."))
    assert q["speaker_actor"].tolist() == ["Finland"]


@pytest.mark.parametrize("lang, body, expected", [
    ("ru", "Финляндия закрыла границу из-за «гибридной атаки».", [("«гибридной атаки»", "scare_quote")]),
    ("ru", "Пункт пропуска «Лотта» закрыт. По данным издания «Европейская правда», КПП закрыли.", []),
    ("ru", "«Последнее окно»: как мигранты шли на север", []),          # a quoted heading
    ("ru", "Об этом рассказали в программе «24 часа».", []),            # a name starting with a digit
    ("ru", "Финляндия закрыла так называемый восточный маршрут.", [("так называемый", "label")]),
    ("ru", "Мигранты якобы прибыли сами. Они, мол, туристы. Дескать, всё законно.",
     [("якобы", "hedge"), ("мол", "hedge"), ("Дескать", "hedge")]),
    ("ru", "Всё было будто бы случайно, но будто нарочно.", [("будто бы", "hedge")]),
    ("ru", "Границу закрыли под предлогом безопасности.", [("под предлогом", "pretext")]),
    ("fi", "Venäjä muka ei tiennyt mitään. Rajavartiolaitoksen mukaan tilanne on rauhallinen.", [("muka", "hedge")]),
    ("fi", "Kyse on väitetysti hybridioperaatiosta, niin sanotusta painostuksesta.",
     [("väitetysti", "hedge"), ("niin sanotusta", "label")]),
    ("fi", "Rajalle tuli 92 oletettua turvapaikanhakijaa.", []),   # the Border Guard's status word
    ("fi", "Oletettu hyökkäys ei toteutunut.", [("Oletettu", "hedge")]),
    ("fi", "Rajan voi ylittää ”kulkuneuvolla” nyt.", [("”kulkuneuvolla”", "scare_quote")]),
    ("sv", "De så kallade flyktingarna och den s.k. hybridattacken.", [("så kallade", "label"), ("s.k.", "label")]),
    ("sv", "Den påstådda attacken påstås vara planerad.", [("påstådda", "hedge"), ("påstås", "hedge")]),
    # English markers are not read in other languages, and the other way round
    ("fi", "Russia allegedly helped, so-called.", []),
])
def test_distancing_markers_in_other_languages(lang, body, expected):
    got = distancing_markers(lang_arts(lang, body))
    assert list(got[["marker", "kind"]].itertuples(index=False, name=None)) == expected


def test_headline_colon_in_other_languages():
    q = quotes(lang_arts("fi", "Hallitus päätti asiasta.", titles=("Orpo: Raja pysyy kiinni",)))
    assert q[["field", "speaker_actor", "verb", "quote"]].values.tolist() == [
        ["title", "Finland", ":", "Raja pysyy kiinni"]]


def test_english_rows_only_for_english():
    assert distancing_markers(arts("The migrants якобы came, reportedly.")
                              )[["marker"]].values.tolist() == [["reportedly"]]


def test_marker_voice_in_a_finnish_quote():
    got = distancing_markers(lang_arts("fi", "– Tämä on niin sanottu kriisi, sanoi Orpo.\n\nRaja on muka auki."))
    assert got[["marker", "voice"]].values.tolist() == [["niin sanottu", "quoted"], ["muka", "author"]]


def test_voice_shares_of_a_russian_article():
    body = ("Песков заявил, что Хельсинки ошибся. «Это ошибка», — сказал Песков. Граница закрыта.")
    s = voice_shares(lang_arts("ru", body)).iloc[0]
    assert (s["direct_words"], s["indirect_words"]) == (2, 2)      # Это ошибка / Хельсинки ошибся
    assert s["own_words"] + s["direct_words"] + s["indirect_words"] == s["words"]


def test_english_articles_unchanged_in_a_mixed_corpus():
    body = ('"We will not open the border," said Interior Minister Mari Rantanen. She said that '
            'Russia had sent the migrants. The "hybrid attack" went on.')
    alone = quotes(arts(body))
    mixed = arts(body, "– Raja pysyy kiinni, sanoi Orpo.")
    mixed["language"] = ["en", "fi"]
    q = quotes(mixed)
    pd.testing.assert_frame_equal(q[q["article_id"] == "a0"].reset_index(drop=True), alone)
    assert q[q["article_id"] == "a1"]["verb"].tolist() == ["sanoi"]


FOREIGN_FUZZ = ["Песков", "заявил", ",", "что", "«", "»", "—", "–", "-", "\n\n– ", "\n\n", "по", "словам", "Орпо",
                "sanoi", "mukaan", "Rantasen", "”", "säger", "enligt", "att", "Det", "Об", "этом", "он", "hän",
                "han", ".", ":", "(", ")", "так", "называемый", "muka", "s.k.", "Ä", "x" * 30]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(FOREIGN_FUZZ), max_size=30).map(" ".join), min_size=1, max_size=3),
       st.sampled_from(["ru", "fi", "sv"]))
def test_foreign_voice_helpers_never_crash(bodies, lang):
    a = fuzz_articles(bodies)
    a["language"] = lang
    q = quotes(a)
    for r in q.itertuples():
        assert 0 <= r.start <= r.end <= len(a.loc[r.article_id, r.field])
    shares = voice_shares(a)
    assert (shares["own_words"] + shares["direct_words"] + shares["indirect_words"] == shares["words"]).all()
    d = distancing_markers(a)
    for r in d.itertuples():
        assert 0 <= r.start < r.end <= len(a.loc[r.article_id, r.field])


def test_voice_shares_of_parts_stack_to_the_whole_with_empty_articles_in_place():
    """An article with no words keeps its place in the corpus's order, so the Dask engine's parts stacked
    give the pandas engine's table."""
    arts = pd.DataFrame({"title": ["", "", "", ""], "standfirst": "", "perspective": "x",
                         "body": ['Finland closed the border. "It is a provocation," the Kremlin said.', "",
                                  "Russia said nothing.", ""]},
                        index=pd.Index(["a", "b", "c", "d"], name="article_id"))
    whole = voice_shares(arts)
    parts = pd.concat([voice_shares(arts.iloc[:2]), voice_shares(arts.iloc[2:])], ignore_index=True)
    assert whole["article_id"].tolist() == ["a", "b", "c", "d"]
    pd.testing.assert_frame_equal(whole, parts)


def test_a_reporting_verb_with_nothing_after_it_reports_nothing():
    """Found by hypothesis: 'accused " .' gave a reported quote ending before it started."""
    from tests.builders import fuzz_articles
    a = fuzz_articles(['accused " .'])
    q = quotes(a)
    assert ((q["start"] <= q["end"]) & (q["n_words"] >= 0)).all()
    assert not ((q["quote"] == "") & ~q["direct"]).any()
