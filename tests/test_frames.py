"""Frames: cue matching, per-sentence evidence, per-group rates, the lexicon and its documentation."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.load.corpus import load_corpus
from helpers.framing.frames import (compile_cue, first_hits, frame_profile, frame_sentences, load_frames, match_lexicon,
                                   profile_from)
from helpers.framing.terms import group_sizes
from helpers.paths import DATA, SEEDS
from builders import write_corpus


@pytest.mark.parametrize(
    "cue, text, hit",
    [
        ("illegal migrant", "Illegal migrants arrived at night.", True),
        ("illegal migrant", "an ILLEGAL MIGRANT", True),
        ("illegal migrant", "Illegal migration is rising.", False),  # migration is not migrants
        ("illegal migrant", "illegal and migrant workers", False),
        ("illegal migrant", "illegal\nmigrants", True),
        ("fence", "Two new fences went up.", True),
        ("fence", "Fence-sitting ministers said nothing.", False),  # a compound is one word
        ("fence", "a fencer won gold", False),  # a word inside another word
        ("fence", "the defence ministry", False),
        ("war", "the warning came late", False),
        ("war", "software update", False),
        ("war", "after the war.", True),
        ("war", "the war's end", True),  # possessive is not a compound
        ("russian", "anti-Russian actions", False),
        ("cross-border", "cross border trade", True),
        ("cross-border", "crossborder trade", True),
        ("asylum seeker", "asylum-seekers at Salla", True),
        ("terminat*", "the termination of the deal", True),
        ("terminat*", "exterminated", False),
        ("detain*", "they were detained", True),
        ("Finland's government", "Finland’s government said", True),
        ("eu", "The EU said", True),
        ("eu", "Europe said", False),
        ("border guard", "the border guards", True),
        ("crisis", "the crises", False),  # only -s/-es plurals
        ("security", "insecurity", False),
    ],
)
def test_compile_cue(cue, text, hit):
    assert bool(compile_cue(cue).search(text)) is hit


def test_empty_cue_is_an_error():
    with pytest.raises(ValueError):
        compile_cue("  ")


def test_longest_match_wins_and_matches_do_not_overlap():
    t = "Border security and security at the border."
    hits = match_lexicon(t, ["security", "border security", "border"])
    assert [t[a:b] for a, b, _ in hits] == ["Border security", "security", "border"]
    assert match_lexicon("nothing here", ["fence"]) == []


@pytest.mark.parametrize(
    "sentence, frames",
    [
        ("Migration rose sharply this year.", set()),
        ("An influx of illegal migrants reached the checkpoint.", {"crime and punishment", "capacity and resources"}),
        ("Border guards detained smugglers.", {"security and defence", "crime and punishment"}),
        ("Fence-sitting politicians said nothing.", {"political"}),
        ("The agreement will expire in January.", {"external relations and reputation", "legality"}),
        ("Families with children waited in the snow.", {"humanitarian and quality of life"}),
        ("Sanctions hurt trade.", {"external relations and reputation", "economic and cooperation"}),
        ("He walked his dog in the park.", set()),
        ("The warning was about software.", set()),
    ],
)
def test_sentence_frames(sentence, frames):
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": [sentence]})
    assert set(frame_sentences(s, by="g")["frame"]) == frames


def test_frame_sentences_lists_cues_once_per_frame():
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"],
                      "text": ["Border security, not security theatre, needs border guards."]})
    row = frame_sentences(s, by="g").set_index("frame").loc["security and defence"]
    assert row["cues"] == "border security; security; border guards"
    assert row["n_cues"] == 3
    assert row["sentence"] == s.text[0]


def sentence_table():
    return pd.DataFrame({
        "article_id": ["a", "a", "b", "c"],
        "g": ["x", "x", "y", "z"],
        "text": [
            "Illegal migrants crossed illegally.",          # 4 words, crime x2
            "Police arrested nobody today at all.",          # 6 words, crime x2
            "Asylum seekers arrived in the cold.",           # 6 words, legality, humanitarian
            "Nothing here matches any frame at all today.",  # 8 words
        ],
    })


def test_profile_rates_and_zeros():
    p = frame_profile(sentence_table(), by="g")
    n_frames = load_frames()["frame"].nunique()
    assert len(p) == 3 * n_frames  # every group x frame, zeros included
    crime = p[p.frame == "crime and punishment"].set_index("group")
    assert crime.loc["x", "n_cues"] == 4
    assert crime.loc["x", "n_words"] == 10
    assert crime.loc["x", "per_1000_words"] == pytest.approx(400.0)
    assert crime.loc["x", "n_sentences"] == 2 and crime.loc["x", "share_sentences"] == 1.0
    assert crime.loc["y", "n_cues"] == 0 and crime.loc["y", "evidence"] == ""
    assert (p[p.group == "z"]["n_cues"] == 0).all()
    assert crime.loc["x", "evidence"] == "Illegal migrants crossed illegally. | Police arrested nobody today at all."


def test_profile_evidence_quotes_five_sentences_at_any_size_and_any_split():
    # a frame in eight sentences (one said twice): the row quotes the first five distinct ones and counts the rest;
    # the same from the parts' brief rows (first_hits) of any split of the sentences
    texts = [f"Police arrested smuggler number {k}." for k in range(7)] + ["Police arrested smuggler number 0."]
    table = pd.DataFrame({"article_id": [f"a{k}" for k in range(8)], "g": "x", "text": texts})
    whole = frame_profile(table, by="g").set_index("frame").loc["crime and punishment"]
    assert whole["n_sentences"] == 8
    assert whole["evidence"] == " | ".join(texts[:5]) + " | (and 3 more sentences)"
    hits = frame_sentences(table, by="g")
    sizes = group_sizes(table, by="g")
    for cut in (1, 3, 6):
        brief = pd.concat([first_hits(hits.iloc[:cut]), first_hits(hits.iloc[cut:])], ignore_index=True)
        pd.testing.assert_frame_equal(profile_from(brief, sizes), frame_profile(table, by="g"))


def test_profile_columns_order_and_custom_lexicon():
    lex = pd.DataFrame({"frame": ["cold", "cold", "law"], "cue": ["cold", "snow", "police"]})
    p = frame_profile(sentence_table(), by="g", lexicon=lex)
    assert {"group", "frame", "per_1000_words", "n_cues", "evidence", "n_sentences"} <= set(p.columns)
    assert p["frame"].tolist()[:2] == ["cold", "law"]  # lexicon order
    assert p.set_index(["group", "frame"]).loc[("y", "cold"), "n_cues"] == 1
    assert p["group"].is_monotonic_increasing


def test_frames_are_deterministic():
    a = frame_profile(sentence_table(), by="g")
    b = frame_profile(sentence_table(), by="g")
    pd.testing.assert_frame_equal(a, b)


# ---------------------------------------------------------------------------------------------
# The lexicon file and its documentation


def test_lexicon_is_well_formed():
    lex = load_frames()
    assert {"frame", "codebook", "cue", "note"} <= set(lex.columns)
    assert not lex.duplicated(["frame", "cue"]).any()
    assert lex["frame"].nunique() == 8
    for cue in lex["cue"]:
        compile_cue(cue)  # every cue compiles
        assert cue == cue.strip() and "  " not in cue


def test_every_frame_is_documented():
    doc = (DATA / "frames.md").read_text(encoding="utf-8")
    for frame, code in load_frames()[["frame", "codebook"]].drop_duplicates().itertuples(index=False):
        assert f"**{frame}**" in doc, frame
        number = re.match(r"\d+", code).group()
        assert f"codebook {number}" in doc, code
    for column in ("`frame`", "`codebook`", "`cue`", "`note`"):
        assert column in doc


# ---------------------------------------------------------------------------------------------
# A corpus of files, three articles per group


ARTICLES = {
    "fi1": ("finnish", "Yle", "Finland closes crossings\n\nFinland closed four checkpoints citing national security.\n\n"
            "Border guards said a hybrid operation was under way."),
    "fi2": ("finnish", "Yle", "Cold night at Salla\n\nFamilies with children waited in the snow at Salla.\n\n"
            "Asylum seekers said they had no visas."),
    "fi3": ("finnish", "HS", "Fence plans advance\n\nThe government will build a fence to improve border security.\n\n"
            "The military supports the plan."),
    "ru1": ("russian", "TASS", "Moscow condemns Helsinki\n\nMoscow said Helsinki bears the blame for the illegal migrants.\n\n"
            "Its anti-Russian policy is confrontational."),
    "ru2": ("russian", "RIA", "Helsinki closes border\n\nHelsinki closed the border under a pretext.\n\n"
            "Smugglers and illegal migrants were detained, the police said."),
    "ru3": ("russian", "TASS", "Trade suffers\n\nSanctions have hurt trade and economic cooperation.\n\n"
            "The diplomat blamed political pressure."),
}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path, ARTICLES)


@pytest.mark.parametrize("by", ["perspective", "outlet", "article_id"])
def test_corpus_runs_for_any_grouping(corpus, by):
    p = frame_profile(corpus, by=by)
    groups = sorted(set(corpus[by]) if by != "article_id" else set(corpus.index))
    assert sorted(p["group"].unique()) == groups
    assert len(p) == len(groups) * load_frames()["frame"].nunique()
    s = frame_sentences(corpus, by=by)
    assert set(s["group"]) <= set(groups)
    assert set(s["field"]) <= {"title", "standfirst", "body"}


def test_corpus_profiles_differ_as_written(corpus):
    p = frame_profile(corpus).set_index(["group", "frame"])["per_1000_words"]
    assert p[("finnish", "security and defence")] > p[("russian", "security and defence")]
    assert p[("russian", "political")] > p[("finnish", "political")] == 0
    assert p[("russian", "crime and punishment")] > p[("finnish", "crime and punishment")] == 0
    assert p[("finnish", "humanitarian and quality of life")] > 0
    # words are those of the analysed text, titles included
    words = frame_profile(corpus).groupby("group")["n_words"].first()
    assert words["finnish"] > corpus.loc[["fi1", "fi2", "fi3"], "n_words"].sum()


def test_matching_the_corpus_at_once_finds_what_matching_each_sentence_finds():
    # the one-pass matcher must give, for every text, exactly the matches of the per-text matcher
    from helpers.framing.frames import load_frames, match_lexicon, match_lexicon_many
    from helpers.framing.naming import load_naming
    from helpers.framing.terms import analysed_sentences
    texts = analysed_sentences(load_corpus(SEEDS), by="perspective")["text"].tolist()
    texts += ["", "-", "illegal", "migrants", "cross-border cooperation", "Illegal\x00migrants", "Illegal migrants-", "—border guard—"]
    for cues in (load_frames()["cue"].tolist(), load_naming()["pattern"].tolist()):
        assert match_lexicon_many(texts, cues) == [match_lexicon(t.replace("\x00", " "), cues) for t in texts]


# ---------------------------------------------------------------------------------------------
# Russian, Finnish and Swedish cues: the row's language decides where and how it is matched


@pytest.mark.parametrize(
    "cue, language, text, hit",
    [
        ("migrant", "", "Migrants arrived.", True),  # English rows get the plural
        ("migrant", "sv", "Migrants arrived.", False),  # other languages do not: write a stem
        ("беженц*", "ru", "Беженцев стало больше.", True),  # a stem in Cyrillic, any case
        ("turvapaikanhakij*", "fi", "Turvapaikanhakijoita saapui Sallaan.", True),  # ä, ö in the ending
        ("gränsövergång*", "sv", "Gränsövergångarna stängdes.", True),  # å, ä in the stem
        ("Nato*", "fi", "Suomen Nato-jäsenyys", True),  # a star runs on across a hyphen ...
        ("fear*", "", "fear-mongering", False),  # ... but not in English rows, as before
        ("*turvallisuu*", "fi", "Rajaturvallisuuden vuoksi", True),  # a leading star: the end of a compound
        ("turvallisuu*", "fi", "Rajaturvallisuuden vuoksi", False),  # without it, not inside a word
        ("*turvallisuu*", "fi", "turvapaikka", False),
        ("нелегал|нелегалы|нелегалов", "ru", "число нелегалов растёт", True),  # alternatives
        ("нелегал|нелегалы|нелегалов", "ru", "нелегальных мигрантов", False),
        ("Ниинисте", "ru", "заявил Ниинистё", True),  # е matches ё
        ("Кремлё*", "ru", "кремлевские власти", True),  # and ё matches е
    ],
)
def test_compile_cue_by_language(cue, language, text, hit):
    assert bool(compile_cue(cue, language).search(text)) is hit


def test_alternatives_prefer_the_longer_form():
    t = "sopimusta ja sopimuksen"
    hits = match_lexicon(t, ["sopimus|sopimusta|sopimuks*"], languages=["fi"])
    assert [t[a:b] for a, b, _ in hits] == ["sopimusta", "sopimuksen"]


def test_matching_at_once_reads_yo_as_ye_like_the_per_text_matcher():
    from helpers.framing.frames import match_lexicon_many
    texts = ["В Кремлёвском дворце", "Ниинистё сказал", "КРЕМЛЕВСКИЙ", "sopimusta"]
    cues, langs = ["кремлевск*", "Ниинисте", "*пимус*|sopimus|sopimusta"], ["ru", "ru", "fi"]
    assert match_lexicon_many(texts, cues, languages=langs) == [match_lexicon(t, cues, languages=langs) for t in texts]
    assert [len(h) for h in match_lexicon_many(texts, cues, languages=langs)] == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "text, language, frames",
    [
        ("Угроза безопасности растёт.", "ru", {"security and defence"}),
        ("Turvapaikanhakijoita saapui rajanylityspaikoille.", "fi", {"legality", "capacity and resources"}),
        ("Det är ett hot mot Finlands säkerhet.", "sv", {"security and defence"}),
        ("It was a hot day.", "en", set()),  # Swedish 'hot' (threat) is not tried on English articles
        ("The security threat grew.", "sv", set()),  # nor English cues on Swedish articles
        ("The security threat grew.", "de", {"security and defence"}),  # a language without cues is read as English
        ("It was a hot day.", "", {"security and defence"}),  # not known: every row is tried (the Swedish 'hot')
        ("Вышел документальный фильм.", "ru", set()),  # документальный (documentary) is no document
        ("Пункты пропуска прекратили работу.", "ru", {"capacity and resources"}),  # stopped working: no termination
        ("Venäjän vastainen raja suljettiin.", "fi", set()),  # the border facing Russia is not anti-Russian
        ("Rajavartiolaitoksen mukaan tilanne on rauhallinen.", "fi", {"security and defence"}),  # the Border Guard ...
        ("Rajavartiolain muutos hyväksyttiin.", "fi", {"security and defence", "legality"}),  # ... and its Act (laki)
    ],
)
def test_each_article_is_read_with_the_cues_of_its_language(text, language, frames):
    s = pd.DataFrame({"article_id": ["a"], "g": ["x"], "text": [text], "language": [language]})
    assert set(frame_sentences(s, by="g")["frame"]) == frames


def test_frames_of_a_corpus_follow_its_articles_languages(tmp_path):
    (tmp_path / "a.txt").write_text("Raja suljettiin\n\nHallitus sulki rajan kansallisen turvallisuuden vuoksi.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Border shut\n\nThe government closed the border for national security.", encoding="utf-8")
    sources = pd.DataFrame({"file": ["a.txt", "b.txt"], "outlet": ["A", "B"], "language": ["fi", "en"]})
    hits = frame_sentences(load_corpus(tmp_path, sources=sources), by="outlet")
    security = hits[hits.frame == "security and defence"]
    assert security[["group", "cues"]].values.tolist() == [["A", "turvallisuuden"], ["B", "national security"]]


def test_every_language_has_cues_for_every_frame_and_codes_are_checked(tmp_path):
    lex = load_frames()
    frames = set(lex["frame"])
    for language in ("ru", "fi", "sv"):
        mine = lex[lex["language"] == language]
        assert set(mine["frame"]) == frames, language
        assert (mine.groupby("frame").size() >= 10).all(), language
        for cue in mine["cue"]:
            compile_cue(cue, language)
    assert set(lex["language"]) == {"", "ru", "fi", "sv"}
    doc = (DATA / "frames.md").read_text(encoding="utf-8")
    assert "`language`" in doc
    bad = tmp_path / "bad.csv"
    bad.write_text("frame,cue,language\nx,war,russian\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_frames(bad)
