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
