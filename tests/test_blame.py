"""Blame and motive statements: cues, blamer, blamed and reason.

Sentences are written for the tests; the seed checks at the end pin what was read by hand.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.framing.blame import AUTHOR, blame_matrix, blame_statements, cue_lexicon
from helpers.load.corpus import load_corpus
from helpers.paths import SEEDS


def arts(*bodies: str, standfirsts: tuple[str, ...] | None = None) -> pd.DataFrame:
    n = len(bodies)
    return pd.DataFrame({"title": [""] * n, "standfirst": list(standfirsts or [""] * n), "body": list(bodies)},
                        index=pd.Index([f"a{i}" for i in range(n)], name="article_id"))


def one(body: str) -> list[tuple]:
    b = blame_statements(arts(body))
    return list(b[["blamer", "blamed", "cue", "cue_type", "reason"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("body, expected", [
    ("Helsinki blamed Moscow for the surge in arrivals.",
     [("Finland", "Russia", "blamed X for", "blame", "the surge in arrivals")]),
    ("Finland accused Russia of orchestrating the crisis.",
     [("Finland", "Russia", "accused X of", "blame", "orchestrating the crisis")]),
    ("The EU holds Russia responsible for the crisis.",
     [("EU", "Russia", "held X responsible", "blame", "the crisis")]),
    ("Kremlin spokesman Dmitry Peskov said Finland was entirely to blame for the situation.",
     [("Russia", "Finland", "fully to blame", "blame", "the situation")]),
    ('"Helsinki bears full responsibility for this," said Lavrov.',
     [("Russia", "Finland", "bears the blame", "blame", "this")]),
    ("Helsinki was responsible for the deterioration of relations, according to the Russian embassy.",
     [("Russia", "Finland", "responsible for", "blame", "the deterioration of relations")]),
    ("Traffic fell after the closure, which Moscow blamed on Helsinki.",
     [("Russia", "Finland", "blamed on X", "blame", None)]),
    ("Zakharova called the closure a provocation by Helsinki.",
     [("Russia", "Finland", "provocation", "blame", None)]),
    ("The so-called migration crisis was provoked by Helsinki itself, the Russian Foreign Ministry said.",
     [("Russia", "Finland", "provoked by X", "blame", None)]),
    # motives: the actor's own reason, or the writer's account of one
    ("Finland shut the border, citing concerns over organised migration.",
     [("Finland", None, "citing", "motive", "concerns over organised migration")]),
    ("Fearing that Russia would send more migrants, Finland closed its last crossing.",
     [("Finland", "Russia", "fearing", "motive", "Russia would send more migrants")]),
    ("The closure was prompted by fears that Moscow was steering migrants to the border.",
     [(AUTHOR, "Russia", "prompted by", "motive", "fears that Moscow was steering migrants to the border")]),
    ("The crossings were shut because of the rising number of migrants.",
     [(AUTHOR, None, "because of", "motive", "the rising number of migrants")]),
    # pretext and response
    ("Finland closed the border under the pretext of a migrant influx and built a fence.",
     [(AUTHOR, "Finland", "under the pretext of", "pretext", "a migrant influx")]),
    ("Russia expelled three diplomats in retaliation for the closure.",
     [(AUTHOR, None, "in retaliation", "response", "the closure")]),
    ("Estonia acted in response to Russia's hybrid attack.",
     [(AUTHOR, "Russia", "in response to", "response", "Russia's hybrid attack")]),
])
def test_blame_statements(body, expected):
    assert one(body) == expected


@pytest.mark.parametrize("body", [
    "The Finnish Border Guard is responsible for managing the border.",   # a duty, not blame
    "The ministry is responsible for the security of the eastern border.",
    "The blameless record of the guards was noted.",                      # 'blame' inside a word
    "Finland closed the border on Thursday.",                              # no cue at all
    "Responsibility for the border lies with the interior ministry.",
])
def test_no_blame(body):
    assert blame_statements(arts(body)).empty


def test_negated_blame_is_flagged():
    b = blame_statements(arts("Russia is not to blame, the ministry said."))
    assert b[["blamed", "negated"]].values.tolist() == [["Russia", True]]


def test_nested_cue_is_not_counted_twice():
    b = blame_statements(arts("Finland acted under the pretext of fearing an influx of migrants."))
    assert b["cue"].tolist() == ["under the pretext of"]


def test_cue_lexicon_is_valid():
    lex = cue_lexicon()
    assert list(lex.columns[:5]) == ["cue", "pattern", "cue_type", "target", "not_followed_by"]
    assert set(lex["target"]) <= {"subject", "object", "reason", "clause", "near"}
    assert not lex["cue"].duplicated().any()


# ---------------------------------------------------------------------------------------------
# A corpus of six articles, three per group

ARTICLES = {
    "fi1.txt": "Border shut\n\nFinland closed the border, citing national security. Helsinki accused Moscow "
               "of steering migrants.",
    "fi2.txt": "Fence approved\n\nThe fence was approved in response to the arrivals. The Border Guard is "
               "responsible for patrolling the frontier.",
    "fi3.txt": "Quiet at Vaalimaa\n\nThe crossing stayed quiet on Sunday.",
    "ru1.txt": "Moscow reacts\n\nThe Kremlin believes that Helsinki is fully to blame for the crisis.",
    "ru2.txt": "Border row\n\nFinland closed the crossings under the pretext of a migrant threat.",
    "ru3.txt": "Cooperation ends\n\n\"The Finnish side bears the blame for this,\" said Maria Zakharova.",
}


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = pd.DataFrame({"file": list(ARTICLES), "outlet": ["A", "A", "B", "C", "D", "D"],
                            "perspective": ["finnish"] * 3 + ["russian"] * 3, "language": "en"})
    return load_corpus(tmp_path, sources=sources)


def test_blame_on_a_corpus(corpus):
    b = blame_statements(corpus)
    assert list(b.columns[:8]) == ["article_id", "field", "sentence_no", "sentence", "blamer", "blamed", "cue",
                                   "reason"]
    got = set(b[["article_id", "blamer", "blamed", "cue_type"]].itertuples(index=False, name=None))
    assert got == {
        ("fi1", "Finland", None, "motive"),
        ("fi1", "Finland", "Russia", "blame"),
        ("fi2", AUTHOR, None, "response"),
        ("ru1", "Russia", "Finland", "blame"),
        ("ru2", AUTHOR, "Finland", "pretext"),
        ("ru3", "Russia", "Finland", "blame"),
    }
    for r in b.itertuples():
        assert corpus.loc[r.article_id, r.field][r.start:r.end] == r.cue_text
    m = blame_matrix(b).set_index(["blamer", "blamed"])["n"]
    assert m[("Russia", "Finland")] == 2 and m[(AUTHOR, "Finland")] == 1 and m[("Finland", "Russia")] == 1


def test_empty_corpus():
    b = blame_statements(arts())
    assert b.empty and "blamer" in b.columns
    assert blame_matrix(b).empty


# ---------------------------------------------------------------------------------------------
# The seeds, read by hand

def test_seed_blame():
    b = blame_statements(load_corpus(SEEDS))
    got = list(b[["article_id", "blamer", "blamed", "cue", "cue_type"]].itertuples(index=False, name=None))
    fi, ru = "000_52ed20e70830388d", "002_a09e864cca88c890"
    assert got == [
        (fi, "Finland", None, "citing", "motive"),
        (fi, AUTHOR, None, "as a response to", "response"),
        (fi, "Finland", None, "responding to", "response"),
        (fi, AUTHOR, "Russia", "prompted by", "motive"),
        (ru, "Russia", "Finland", "fully to blame", "blame"),        # standfirst: Moscow -> Helsinki
        (ru, "Russia", "Finland", "taking into account", "motive"),  # inside Belyaev's quote
        (ru, "Russia", "Finland", "bears the blame", "blame"),
        (ru, AUTHOR, "Finland", "under the pretext of", "pretext"),
    ]
    reasons = dict(zip(b["cue"], b["reason"]))
    assert reasons["citing"] == "concerns over border security and migration issues"
    assert reasons["prompted by"].startswith("fears that Russia might facilitate")
    assert reasons["fully to blame"] == "the termination of border cooperation"


# ---------------------------------------------------------------------------------------------
# Any text: no crash, offsets inside the field

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from builders import fuzz_articles, fuzz_text  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fuzz_text, min_size=1, max_size=3))
def test_blame_never_crashes(bodies):
    a = fuzz_articles(bodies)
    b = blame_statements(a)
    for r in b.itertuples():
        assert a.loc[r.article_id, r.field][r.start:r.end] == r.cue_text
        assert r.cue_type in {"blame", "motive", "pretext", "response"}


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish cues


def in_language(body: str, language: str) -> list[tuple]:
    a = arts(body).assign(language=language)
    b = blame_statements(a)
    return list(b[["blamer", "blamed", "cue", "cue_type", "reason"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("body, language, expected", [
    ("Москва обвинила Хельсинки в провокации на границе.", "ru",
     [("Russia", "Finland", "обвинил X в", "blame", "провокации на границе")]),
    ("Финляндия закрыла границу, ссылаясь на угрозу безопасности.", "ru",
     [("Finland", None, "ссылаясь на", "motive", "угрозу безопасности")]),
    # the reason stops before the next clause's verb and its subject
    ("Из-за наплыва беженцев Финляндия закрыла все КПП.", "ru",
     [(AUTHOR, "migrants", "из-за", "motive", "наплыва беженцев")]),
    ("Финляндия закрыла КПП под предлогом наплыва мигрантов.", "ru",
     [(AUTHOR, "Finland", "под предлогом", "pretext", "наплыва мигрантов")]),
    # an actor after a preposition does not act in the reason
    ("Финляндия ввела меры в ответ на вступление страны в НАТО.", "ru",
     [(AUTHOR, None, "в ответ на", "response", "вступление страны в НАТО")]),
    ("Финляндия ввела меры в ответ на действия России.", "ru",
     [(AUTHOR, "Russia", "в ответ на", "response", "действия России")]),
    # a blamer only from the clause of the verb: nobody accuses here, the migrants least of all
    ("Граница закрыта из-за наплыва мигрантов, в организации которого обвиняли Москву.", "ru",
     [(AUTHOR, "migrants", "из-за", "motive", "наплыва мигрантов"), (AUTHOR, "Russia", "обвинил X в", "blame", None)]),
    ("Venäjä syyttää Suomea kriisistä.", "fi", [("Russia", "Finland", "syyttää X", "blame", "kriisistä")]),
    ("Suomi sulki rajan Venäjän toimien vuoksi.", "fi",
     [(AUTHOR, "Russia", "X:n vuoksi", "motive", "Venäjän toimien")]),
    ("Hallitus sulki rajan turvallisuussyistä.", "fi", [(AUTHOR, None, "-syistä", "motive", "turvallisuus")]),
    ("Finland anklagar Ryssland för att styra migranter till gränsen.", "sv",
     [("Finland", "Russia", "anklagar X för", "blame", "styra migranter till gränsen")]),
    ("Regeringen stängde gränsen som ett svar på Rysslands hybridoperation.", "sv",
     [(AUTHOR, "Russia", "som svar på", "response", "Rysslands hybridoperation")]),
    ("Belarus har tidigare anklagats för att frakta migranter.", "sv",
     [(AUTHOR, "Belarus", "anklagas för", "blame", "frakta migranter")]),
    ("På grund av den stora tillströmningen är det viktigt att agera.", "sv",
     [(AUTHOR, None, "på grund av", "motive", "den stora tillströmningen")]),
])
def test_cues_in_other_languages(body, language, expected):
    assert in_language(body, language) == expected


def test_each_article_is_read_with_the_cues_of_its_language():
    assert in_language("Finland closed the border, citing security concerns.", "ru") == []
    assert in_language("Из-за наплыва беженцев Финляндия закрыла КПП.", "en") == []
    # with no language known, every cue is tried
    assert [r[2] for r in in_language("Из-за наплыва беженцев Финляндия закрыла КПП.", "")] == ["из-за"]


def test_negation_in_other_languages():
    b = blame_statements(arts("Финляндия не несёт ответственность за кризис.").assign(language="ru"))
    assert b[["blamed", "cue", "negated"]].values.tolist() == [["Finland", "несёт ответственность", True]]


def test_cue_lexicon_languages_and_blamers_are_valid():
    lex = cue_lexicon()
    assert set(lex["language"]) == {"", "ru", "fi", "sv"}
    assert set(lex["blamer_is"]) <= {"", "subject"}
    assert (lex.loc[lex["language"] == "", "blamer_is"] == "").all()  # English blamers come from the clauses
    for language in ("ru", "fi", "sv"):
        assert set(lex.loc[lex["language"] == language, "cue_type"]) == {"blame", "motive", "pretext", "response"}
