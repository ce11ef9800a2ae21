"""Naming: which of a concept's alternative terms each group uses, longest match first, zeros kept."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers.load.corpus import load_corpus
from helpers.framing.frames import compile_cue
from helpers.framing.naming import load_naming, naming_languages, naming_mentions, naming_pairs, pairs_from
from helpers.framing.terms import analysed_sentences, group_sizes
from helpers.paths import DATA
from builders import write_corpus


def counts_of(sentence: str) -> dict[str, int]:
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": [sentence]})
    t = naming_pairs(s, by="g")
    return {term: c for term, c in zip(t["term"], t["count"]) if c}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("An influx of illegal migrants.", {"illegal migrants": 1}),  # not also "migrants"
        ("Illegal migrants and migrants alike.", {"illegal migrants": 1, "migrants": 1}),
        ("Migration is rising.", {}),  # migration is not migrants
        ("The special military operation began.", {"special military operation": 1}),
        ("After the start of the special operation.", {"special operation": 1}),
        ("Russia's full-scale invasion of Ukraine", {"full-scale invasion": 1}),
        ("the war of aggression and the war", {"war of aggression": 1, "war": 1}),
        ("a warning about software", {}),  # war inside other words
        ("Finland began erecting barriers and a border fence.", {"barrier": 1, "border fence": 1}),
        ("Fence-sitting diplomats", {}),  # a compound is one word
        ("Helsinki-based analysts", {}),
        ("The Finnish side and the Russian side met.", {"the Finnish side": 1, "the Russian side": 1}),
        ("Finland’s government and Helsinki", {"Finland's government": 1, "Helsinki": 1}),
        ("Four of eight border crossings; people crossing the river.", {"border crossings": 1}),
        ("under the pretext of fearing an influx", {"pretext": 1, "fears": 1}),
        ("heightened security concerns and other concerns", {"security concerns": 1, "concerns": 1}),
        ("a hybrid warfare campaign, weaponised migration", {"hybrid warfare": 1, "weaponisation": 1}),
        ("asylum-seekers and refugees", {"asylum seekers": 1, "refugees": 1}),
    ],
)
def test_terms_counted(sentence, expected):
    assert counts_of(sentence) == expected


def test_every_term_and_group_has_a_row():
    s = pd.DataFrame({"article_id": ["a", "b", "c"], "g": ["x", "y", "z"],
                      "text": ["Illegal migrants came.", "Asylum seekers came.", "Nothing relevant."]})
    t = naming_pairs(s, by="g")
    lex = load_naming()
    assert len(t) == 3 * len(lex)
    assert list(t.columns[:4]) == ["concept", "group", "term", "count"]
    people = t[t.concept == "people crossing the border"].pivot(index="term", columns="group", values="count")
    assert people.loc["illegal migrants"].tolist() == [1, 0, 0]
    assert people.loc["asylum seekers"].tolist() == [0, 1, 0]
    assert people["z"].sum() == 0


def test_shares_sum_to_one_where_named():
    s = pd.DataFrame({"article_id": ["a", "a"], "g": ["x", "x"],
                      "text": ["Illegal migrants and refugees came.", "More refugees came."]})
    t = naming_pairs(s, by="g")
    people = t[t.concept == "people crossing the border"].set_index("term")
    assert people.loc["refugees", "share"] == pytest.approx(2 / 3)
    assert people["share"].sum() == pytest.approx(1.0)
    assert t[t.concept == "the fence"]["share"].isna().all()  # never named: no share
    assert people.loc["refugees", "per_1000_words"] == pytest.approx(1000 * 2 / 8)


def test_mentions_keep_the_text_as_written():
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": ["HELSINKI blamed the Kremlin."]})
    m = naming_mentions(s, by="g")
    assert m[["term", "matched"]].values.tolist() == [["Helsinki", "HELSINKI"], ["Kremlin", "Kremlin"]]


def test_custom_table_and_order():
    lex = pd.DataFrame({"concept": ["c2", "c1", "c1"], "term": ["wall", "fence", "barrier"],
                        "pattern": ["wall", "fence", "barrier"]})
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": ["A fence, a wall, a fence."]})
    t = naming_pairs(s, by="g", lexicon=lex)
    assert t[["concept", "term", "count"]].values.tolist() == [["c2", "wall", 1], ["c1", "fence", 2], ["c1", "barrier", 0]]


def test_table_is_well_formed_and_documented(tmp_path):
    lex = load_naming()
    assert not lex.duplicated(["concept", "term"]).any()
    for pattern in lex["pattern"]:
        compile_cue(pattern)
    doc = (DATA / "naming.md").read_text(encoding="utf-8")
    for concept in lex["concept"].unique():
        assert f"| {concept} |" in doc, concept
    for column in ("`concept`", "`term`", "`pattern`", "`note`"):
        assert column in doc
    bad = tmp_path / "bad.csv"
    bad.write_text("concept,term\nx,a\nx,a\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_naming(bad)


# ---------------------------------------------------------------------------------------------
# A corpus of files, three articles per group


ARTICLES = {
    "fi1": ("finnish", "Yle", "Asylum seekers reach Salla\n\nAsylum seekers arrived at Salla.\n\n"
            "The Finnish government called it a hybrid operation."),
    "fi2": ("finnish", "Yle", "Fence work begins\n\nWork on the border fence began.\n\n"
            "Finnish authorities said migrants were being pushed to the border."),
    "fi3": ("finnish", "HS", "Russia's war shapes policy\n\nSince Russia's full-scale invasion, Finland has joined NATO.\n\n"
            "Asylum seekers keep coming."),
    "ru1": ("russian", "TASS", "Helsinki closes checkpoints\n\nHelsinki closed the checkpoints citing illegal migrants.\n\n"
            "The Finnish side bears the blame."),
    "ru2": ("russian", "RIA", "Special operation\n\nSince the special military operation, Helsinki has been hostile.\n\n"
            "Illegal migrants are a pretext."),
    "ru3": ("russian", "TASS", "Fences go up\n\nHelsinki is erecting fences along the border.\n\n"
            "Moscow calls the policy confrontational."),
}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


@pytest.mark.parametrize("by", ["perspective", "outlet", "article_id"])
def test_corpus_runs_for_any_grouping(corpus, by):
    t = naming_pairs(corpus, by=by)
    groups = sorted(set(corpus[by]) if by != "article_id" else set(corpus.index))
    assert sorted(t["group"].unique()) == groups
    lex = load_naming()
    assert len(t) == len(groups) * (lex["language"] == "").sum()  # an English corpus: the English rows
    assert t["count"].sum() == len(naming_mentions(corpus, by=by))


def test_corpus_naming_differs_as_written(corpus):
    t = naming_pairs(corpus).set_index(["group", "term"])["count"]
    assert t[("finnish", "asylum seekers")] == 3 and t[("russian", "asylum seekers")] == 0
    assert t[("russian", "illegal migrants")] == 2 and t[("russian", "migrants")] == 0
    assert t[("finnish", "migrants")] == 1
    assert t[("russian", "Helsinki")] == 4  # the title counts too
    assert t[("russian", "special military operation")] == 1 and t[("russian", "special operation")] == 1
    assert t[("finnish", "full-scale invasion")] == 1 and t[("finnish", "war")] == 1


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish terms


def counts_in(sentence: str, language: str) -> dict[str, int]:
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": [sentence], "language": [language]})
    t = naming_pairs(s, by="g")
    return {term: c for term, c in zip(t["term"], t["count"]) if c}


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        ("Нелегальные мигранты и беженцы пересекли границу.", "ru", {"нелегальные мигранты": 1, "беженцы": 1}),
        ("Число нелегальных мигрантов и просителей убежища росло.", "ru",
         {"нелегальные мигранты": 1, "просители убежища": 1}),  # cases, and not also 'мигранты'
        ("Нелегальное пересечение границы карается.", "ru", {}),  # нелегальное is no 'нелегалы'
        ("Нелегалов задержали у КПП.", "ru", {"нелегалы": 1, "КПП": 1}),
        ("Москва назвала это специальной военной операцией, Хельсинки — войной.", "ru",
         {"Москва": 1, "специальная военная операция": 1, "Хельсинки": 1, "война": 1}),
        ("Laittomia siirtolaisia ja turvapaikanhakijoita saapui rajanylityspaikoille.", "fi",
         {"laittomat siirtolaiset": 1, "turvapaikanhakijat": 1, "rajanylityspaikat": 1}),
        ("Laiton siirtolaisuus kasvoi.", "fi", {}),  # siirtolaisuus is migration, not migrants
        ("Venäjän hallitus kiisti, hallitus vastasi.", "fi", {"Venäjän hallitus": 1, "hallitus": 1}),
        ("Venäjän vastainen raja suljettiin.", "fi", {}),  # the border facing Russia: not anti-Russian
        ("Suomi puhuu hybridivaikuttamisesta ja hybridihyökkäyksestä.", "fi",
         {"hybridivaikuttaminen": 1, "hybridihyökkäys": 1}),  # the compound, not also 'hybridi'
        ("Asylsökande och migranter kom till gränsövergångarna.", "sv",
         {"asylsökande": 1, "migranter": 1, "gränsövergångar": 1}),
        ("Efter invasionen av Ukraina talar Moskva om en specialoperation.", "sv",
         {"invasion (sv)": 1, "Moskva": 1, "specialoperation": 1}),
        ("The invasion began.", "en", {"invasion": 1}),  # the English row, in an English article
        ("The invasion began.", "sv", {"invasion (sv)": 1}),  # the Swedish row, in a Swedish one
    ],
)
def test_terms_counted_in_each_language(sentence, language, expected):
    assert counts_in(sentence, language) == expected


def test_pairs_compare_groups_across_languages_through_the_concept():
    s = pd.DataFrame({"article_id": ["a", "b"], "g": ["ru-side", "fi-side"], "language": ["ru", "fi"],
                      "text": ["Нелегальные мигранты пришли, мигранты ушли.", "Turvapaikanhakijat saapuivat."]})
    t = naming_pairs(s, by="g")
    assert list(t.columns) == ["concept", "group", "term", "count", "share", "per_1000_words", "n_words", "language"]
    people = t[t.concept == "people crossing the border"].set_index(["group", "term"])
    assert people.loc[("ru-side", "нелегальные мигранты"), ["count", "share", "language"]].tolist() == [1, 0.5, "ru"]
    assert people.loc[("fi-side", "turvapaikanhakijat"), ["count", "share", "language"]].tolist() == [1, 1.0, "fi"]
    assert people.loc[("fi-side", "нелегальные мигранты"), "count"] == 0  # the corpus's terms for every group
    assert set(t["language"]) == {"ru", "fi"}  # no English or Swedish sentence: no English or Swedish rows
    lex = load_naming()
    assert len(t) == 2 * lex["language"].isin(["ru", "fi"]).sum()
    m = naming_mentions(s, by="g")
    assert m[["term", "matched", "language"]].values.tolist() == [
        ["нелегальные мигранты", "Нелегальные мигранты", "ru"], ["мигранты", "мигранты", "ru"],
        ["turvapaikanhakijat", "Turvapaikanhakijat", "fi"]]


def test_every_language_names_the_main_concepts_and_is_documented():
    lex = load_naming()
    assert set(lex["language"]) == {"", "ru", "fi", "sv"}
    for language in ("ru", "fi", "sv"):
        mine = lex[lex["language"] == language]
        assert set(mine["concept"]) == set(lex["concept"]), language
        for pattern in mine["pattern"]:
            compile_cue(pattern, language)
    doc = (DATA / "naming.md").read_text(encoding="utf-8")
    assert "`language`" in doc and "Stems, not lemmas" in doc


def test_an_english_corpus_gets_todays_english_rows_and_no_others(corpus):
    # the rows every term of every language would give, less the other languages' rows: the same numbers, zeros kept
    lex = load_naming()
    sents = analysed_sentences(corpus, by="perspective")
    every = pairs_from(naming_mentions(corpus), group_sizes(corpus), lexicon=lex)
    assert set(every["language"]) == {"en", "ru", "fi", "sv"}
    t = naming_pairs(corpus)
    pd.testing.assert_frame_equal(t, every[every["language"] == "en"].reset_index(drop=True))
    assert (t["count"] == 0).sum() > 0  # absence shows
    assert naming_languages(sents, lexicon=lex) == ["en"]


@pytest.mark.parametrize("languages, read", [
    (["en", "en"], ["en"]),
    (["de", "en"], ["en"]),  # a language without rows of its own reads the English rows
    (["sv", "de"], ["en", "sv"]),
    (["ru", ""], ["en", "fi", "ru", "sv"]),  # a sentence of unknown language reads every row
    (["ru", None], ["en", "fi", "ru", "sv"]),
])
def test_rows_of_the_languages_the_sentences_are_read_with(languages, read):
    s = pd.DataFrame({"article_id": ["a", "b"], "g": ["x", "y"], "language": languages,
                      "text": ["They built a fence.", "Они построили забор."]})
    assert naming_languages(analysed_sentences(s, by="g")) == read
    t = naming_pairs(s, by="g")
    assert sorted(set(t["language"])) == read
    lex = load_naming()
    in_table = pd.Series(["en" if x == "" else x for x in lex["language"]])
    assert len(t) == 2 * in_table.isin(read).sum()


def test_pairs_from_keeps_the_languages_asked_for():
    m = pd.DataFrame({"group": ["x"], "concept": ["the fence"], "term": ["забор"]})
    sizes = pd.DataFrame({"group": ["x", "y"], "n_words": [10, 20]})
    ru = pairs_from(m, sizes, languages=["ru"])
    assert set(ru["language"]) == {"ru"} and ru["count"].sum() == 1
    assert len(pairs_from(m, sizes)) == 2 * len(load_naming())  # default: every row
    pd.testing.assert_frame_equal(pairs_from(m, sizes, languages={"ru"}), ru)
