"""Distinctive terms: tokens, n-grams, the log-odds z-scores and the permutation null."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.load.corpus import load_corpus
from helpers.framing.terms import analysed_sentences, distinctive_terms, ngrams, tokenize
from helpers.show.framing_charts import plot_distinctive_terms, plot_frame_profile, plot_naming
from builders import write_corpus

TOWNS = ["Imatra", "Lappeenranta", "Vaalimaa", "Salla", "Kuusamo", "Raja-Jooseppi", "Vartius",
         "Niirala", "Kelloselka", "Nuijamaa"]


def contrast(n_per_group: int, words=("fence", "barrier"), groups=("east", "west")) -> pd.DataFrame:
    """A sentence table: group k always says words[k]; everything else is shared."""
    rows = []
    for g, word in zip(groups, words):
        for i in range(n_per_group):
            town = TOWNS[i % len(TOWNS)]
            rows.append({"article_id": f"{g}{i // 5}", "side": g,
                         "text": f"Officials in {town} inspected the {word} on day {i}."})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------------
# Tokens and n-grams


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Finland's cross-border deal", ["finland", "cross-border", "deal"]),
        ("The ANTI-Russian policy", ["the", "anti-russian", "policy"]),
        ("Helsinki’s border", ["helsinki", "border"]),
        ("We'll terminate it.", ["we'll", "terminate", "it"]),
        ("Kyiv — and Moscow", ["kyiv", "and", "moscow"]),
        ("Åland and Pärnu", ["åland", "and", "pärnu"]),
        ("snake_case", ["snake", "case"]),
    ],
)
def test_tokenize(text, expected):
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    "text, n, expected",
    [
        ("An influx of illegal migrants", 2, ["illegal migrants"]),
        ("An influx of illegal migrants", 1, ["influx", "illegal", "migrants"]),
        # a bigram never bridges a dropped stopword: "closed of" / "closed border" are not formed
        ("They closed of the border", 2, []),
        ("the Finnish side bears the blame", 2, ["finnish side", "side bears"]),
        ("Around 900 asylum seekers in 2023", 1, ["around", "asylum", "seekers"]),
        ("Around 900 asylum seekers in 2023", 2, ["asylum seekers"]),
        ("of the and to", 1, []),
    ],
)
def test_ngrams(text, n, expected):
    assert ngrams(text, n=n) == expected


def test_ngrams_can_keep_numbers():
    assert ngrams("Around 900 asylum seekers", n=2, numbers=True) == ["around 900", "900 asylum", "asylum seekers"]
    with pytest.raises(ValueError):
        ngrams("a b c", n=3)


# ---------------------------------------------------------------------------------------------
# The z-scores


def test_each_group_top_term_is_its_own_word():
    out = distinctive_terms(contrast(30), by="side", n_permutations=100)
    top = out.groupby("group").head(1).set_index("group")["term"].to_dict()
    assert top == {"east": "fence", "west": "barrier"}


def test_many_sentences_are_not_chance():
    out = distinctive_terms(contrast(30), by="side", n_permutations=200)
    row = out[(out.group == "east") & (out.term == "fence")].iloc[0]
    assert row.z > row.null_z and not row.chance
    assert row.z > row.null_z_all  # survives the family-wise bar too
    assert row.p_perm < 0.01
    # shared words are not distinctive
    shared = out[(out.group == "east") & (out.term == "officials")].iloc[0]
    assert abs(shared.z) < 1e-9 and shared.chance


def test_two_sentences_are_chance():
    out = distinctive_terms(contrast(1), by="side", n_permutations=200)
    row = out[(out.group == "east") & (out.term == "fence")].iloc[0]
    assert row.z > 0  # the direction is right ...
    assert row.chance  # ... but one sentence each cannot tell it from chance
    assert out["chance"].all()


def test_deterministic_across_calls_and_seed_only_moves_the_null():
    s = contrast(8)
    a = distinctive_terms(s, by="side", n_permutations=50, seed=1)
    b = distinctive_terms(s, by="side", n_permutations=50, seed=1)
    pd.testing.assert_frame_equal(a, b)
    c = distinctive_terms(s, by="side", n_permutations=50, seed=2)
    key = ["group", "term", "n_gram"]
    a_, c_ = a.set_index(key).sort_index(), c.set_index(key).sort_index()
    pd.testing.assert_series_equal(a_["z"], c_["z"])
    assert not np.allclose(a_["null_z"], c_["null_z"])


def test_two_groups_are_mirror_images():
    out = distinctive_terms(contrast(6), by="side", n_permutations=20)
    wide = out.pivot_table(index=["term", "n_gram"], columns="group", values="z")
    np.testing.assert_allclose(wide["east"], -wide["west"], atol=1e-9)


def test_counts_match_a_direct_count():
    s = contrast(4)
    out = distinctive_terms(s, by="side", n_permutations=0)
    row = out[(out.group == "west") & (out.term == "barrier")].iloc[0]
    assert (row.count_group, row.count_other) == (4, 0)
    row = out[(out.group == "west") & (out.term == "officials")].iloc[0]
    assert (row.count_group, row.count_other) == (4, 4)
    assert out["null_z"].isna().all() and out["chance"].isna().all()


def test_more_than_two_groups_each_against_the_rest():
    s = contrast(12, words=("fence", "barrier", "wall"), groups=("a", "b", "c"))
    out = distinctive_terms(s, by="side", n_permutations=100)
    top = out.groupby("group").head(1).set_index("group")["term"].to_dict()
    assert top == {"a": "fence", "b": "barrier", "c": "wall"}
    row = out[(out.group == "a") & (out.term == "wall")].iloc[0]
    assert (row.count_group, row.count_other) == (0, 12) and row.z < 0


def test_sorted_by_group_then_z():
    out = distinctive_terms(contrast(5), by="side", n_permutations=10)
    for _, g in out.groupby("group"):
        assert g["z"].is_monotonic_decreasing
    assert out["group"].is_monotonic_increasing


def test_bigrams_are_their_own_model():
    s = pd.DataFrame({"article_id": list("aabb"), "g": list("xxyy"), "text": [
        "They fear illegal migrants.", "Officials fear illegal migrants.",
        "They welcome asylum seekers.", "Officials welcome asylum seekers."]})
    out = distinctive_terms(s, by="g", ngram_sizes=(2,), n_permutations=0)
    assert set(out["n_gram"]) == {2}
    assert "illegal migrants" in set(out.term) and "migrants" not in set(out.term)


def test_one_group_gives_no_rows_and_min_count_filters():
    s = contrast(3).assign(side="only")
    assert distinctive_terms(s, by="side").empty
    out = distinctive_terms(contrast(3), by="side", min_count=4, n_permutations=0)
    assert set(out.term) >= {"officials", "inspected"} and "fence" not in set(out.term)


def test_unknown_group_column_is_an_error():
    with pytest.raises(KeyError):
        distinctive_terms(contrast(2), by="nope")


# ---------------------------------------------------------------------------------------------
# A corpus of files, loaded the project's way


ARTICLES = {
    "fi1": ("finnish", "Yle", "Finland closes crossings\n\nFinland closed four crossings as asylum seekers arrived.\n\n"
            "The government cited security concerns and a hybrid operation."),
    "fi2": ("finnish", "Yle", "Asylum seekers at Salla\n\nAbout 60 asylum seekers reached Salla on bicycles.\n\n"
            "Border guards said the asylum seekers lacked visas."),
    "fi3": ("finnish", "HS", "Government weighs full closure\n\nThe government said security concerns remain.\n\n"
            "Asylum seekers can still apply at Raja-Jooseppi."),
    "ru1": ("russian", "TASS", "Moscow condemns Helsinki\n\nMoscow said Helsinki bears the blame for illegal migrants.\n\n"
            "The Finnish side acted under a pretext."),
    "ru2": ("russian", "RIA", "Helsinki closes border\n\nHelsinki closed the border citing illegal migrants.\n\n"
            "The Russian side regrets the anti-Russian policy."),
    "ru3": ("russian", "TASS", "Diplomat blames Helsinki\n\nA diplomat said Helsinki chose confrontation.\n\n"
            "Illegal migrants are a pretext, he said."),
}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


def test_corpus_sentences_include_titles(corpus):
    s = analysed_sentences(corpus)
    assert set(s["field"]) == {"title", "body"}
    assert s.groupby("group")["article_id"].nunique().to_dict() == {"finnish": 3, "russian": 3}
    assert analysed_sentences(corpus, fields=("body",))["field"].eq("body").all()


@pytest.mark.parametrize("by", ["perspective", "outlet", "article_id"])
def test_corpus_runs_for_any_grouping(corpus, by):
    out = distinctive_terms(corpus, by=by, n_permutations=50)
    expected_groups = sorted(set(corpus[by]) if by != "article_id" else set(corpus.index))
    assert sorted(out["group"].unique()) == expected_groups
    assert {"term", "group", "z", "null_z", "chance", "count_group", "count_other", "n_gram"} <= set(out.columns)


def test_corpus_finds_each_sides_words(corpus):
    out = distinctive_terms(corpus, by="perspective", n_permutations=200)
    top = {g: d.head(6)["term"].tolist() for g, d in out.groupby("group")}
    assert "asylum seekers" in top["finnish"]
    assert "helsinki" in top["russian"] and "illegal migrants" in top["russian"]


def test_every_helper_survives_an_empty_corpus(tmp_path):
    import warnings

    import matplotlib.pyplot as plt

    from helpers.framing.frames import frame_profile, frame_sentences
    from helpers.framing.naming import naming_pairs
    from helpers.framing.terms import chance_summary, describe_sizes, group_sizes

    articles = load_corpus(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        terms = distinctive_terms(articles)
        assert terms.empty and chance_summary(terms).empty
        assert frame_profile(articles).empty and frame_sentences(articles).empty
        assert naming_pairs(articles).empty
        assert describe_sizes(group_sizes(articles)) == "N = 0 articles with text"
        for fig, _ in (plot_distinctive_terms(terms), plot_frame_profile(frame_profile(articles)),
                       plot_naming(naming_pairs(articles))):
            plt.close(fig)


# ---------------------------------------------------------------------------------------------
# Other languages: tokens, stopwords, and comparisons kept within one language


def test_tokens_in_cyrillic_and_nordic_letters():
    assert tokenize("Финляндия закрыла КПП; Åland och Närpes.") == ["финляндия", "закрыла", "кпп", "åland", "och", "närpes"]
    assert tokenize("EU:n jäsenmaat", language="fi") == ["eu:n", "jäsenmaat"]  # a Finnish case ending after a colon
    assert tokenize("EU:n jäsenmaat") == ["eu", "n", "jäsenmaat"]  # English tokens as before


@pytest.mark.parametrize("text, language, expected", [
    ("Финляндия закрыла границу с Россией", "ru", ["финляндия закрыла", "закрыла границу"]),
    ("Suomi sulki rajan, koska tulijoita oli paljon", "fi", ["suomi sulki", "sulki rajan"]),
    ("Finland stänger gränsen mot Ryssland och", "sv", ["finland stänger", "stänger gränsen"]),
    ("Finland stänger gränsen mot Ryssland och", None, ["finland stänger", "stänger gränsen", "gränsen mot", "mot ryssland", "ryssland och"]),
])
def test_stopwords_are_the_sentences_language(text, language, expected):
    assert ngrams(text, n=2, language=language) == expected


def mixed() -> pd.DataFrame:
    """Two groups writing English and Russian: x says 'fence' / 'забор', y 'barrier' / 'барьер'."""
    rows = []
    for g, en, ru in (("x", "fence", "забор"), ("y", "barrier", "барьер")):
        for i in range(6):
            rows.append({"article_id": f"{g}en{i}", "g": g, "language": "en", "text": f"They built a {en} near {TOWNS[i]}."})
            rows.append({"article_id": f"{g}ru{i}", "g": g, "language": "ru", "text": f"Они построили {ru} у {TOWNS[i]}."})
    rows.append({"article_id": "zfi", "g": "z", "language": "fi", "text": "Vain yksi ryhmä kirjoittaa suomeksi."})
    return pd.DataFrame(rows)


def test_groups_are_compared_within_each_language():
    out = distinctive_terms(mixed(), by="g", n_permutations=10)
    assert list(out.columns) == list(distinctive_terms(contrast(5), by="side", n_permutations=0).columns) + ["language"]
    assert set(out["language"]) == {"en", "ru"}  # Finnish: one group, nothing to compare
    ru = out[(out["language"] == "ru") & (out["n_gram"] == 1)]
    assert set(ru["term"]) == {"построили", "забор", "барьер"} | {t.lower() for t in TOWNS[:6]}  # они, у: stopwords
    top = ru.groupby("group").head(1).set_index("group")["term"]
    assert top.to_dict() == {"x": "забор", "y": "барьер"}
    # a Russian word is compared with the other group's Russian sentences only
    fence = ru[(ru["term"] == "забор") & (ru["group"] == "x")].iloc[0]
    assert (fence["count_group"], fence["count_other"]) == (6, 0)
    assert "забор" not in set(out.loc[out["language"] == "en", "term"])


def test_one_language_on_request_and_english_as_before():
    s = mixed()
    ru = distinctive_terms(s, by="g", n_permutations=10, language="ru")
    assert "language" not in ru.columns and set(ru["term"]) >= {"забор", "барьер"} and "fence" not in set(ru["term"])
    en_only = s[s["language"] == "en"]
    pd.testing.assert_frame_equal(distinctive_terms(en_only, by="g", n_permutations=10),
                                  distinctive_terms(en_only.drop(columns="language"), by="g", n_permutations=10))


def test_chance_summary_per_language():
    from helpers.framing.terms import chance_summary
    summary = chance_summary(distinctive_terms(mixed(), by="g", n_permutations=10))
    assert list(summary.columns[:3]) == ["language", "group", "n_gram"]
    assert set(zip(summary["language"], summary["group"])) == {("en", "x"), ("en", "y"), ("ru", "x"), ("ru", "y")}


def test_blocks_of_terms_per_language_finish_as_the_whole():
    # what the Dask engine does: each language's sentences tokenised in it, its terms scored in any blocks among its own
    # groups and shuffles (terms_block), finished together (finish_terms: the family-wise bar per language, the column)
    from helpers.framing.terms import finish_terms, language_groups, read_languages, sentence_terms, terms_block
    s = analysed_sentences(mixed(), by="g")
    languages = read_languages(s)
    groups = language_groups(s["group"].tolist(), languages)
    assert groups == {"en": ["x", "y"], "fi": ["z"], "ru": ["x", "y"]}
    blocks = []
    for lang in ("en", "ru"):
        mine = s[[x == lang for x in languages]].reset_index(drop=True)
        labels = mine["group"].map({g: k for k, g in enumerate(groups[lang])}).to_numpy()
        for n in (1, 2):
            pairs = sentence_terms(mine["text"], n=n, languages=[lang] * len(mine))
            tokens = np.bincount(pairs["s"], weights=pairs["c"], minlength=len(mine))
            first = pairs["term"].str.len() % 2 == 0  # two blocks of terms
            for part in (pairs[first], pairs[~first]):
                rows, max_abs = terms_block(part, labels, tokens, n=n, groups=groups[lang], n_permutations=10)
                blocks.append((lang, n, rows, max_abs))
    pd.testing.assert_frame_equal(finish_terms(blocks, groups, n_permutations=10),
                                  distinctive_terms(mixed(), by="g", n_permutations=10))
    one = {"ru": groups["ru"]}  # one language: no language column, as distinctive_terms(language="ru")
    pd.testing.assert_frame_equal(finish_terms([b for b in blocks if b[0] == "ru"], one, n_permutations=10),
                                  distinctive_terms(mixed(), by="g", n_permutations=10, language="ru"))
