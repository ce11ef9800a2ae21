"""helpers.claims: statements per topic, pairing across and within articles, verdicts and their reasons.

A corpus of four articles with known agreements, contradictions, date differences, more precise
pairs, omissions and one within-article inconsistency is written into tmp_path; every verdict it
must give is listed below. Then the seeds, the value-reading rules one by one, and the chart.
"""
from __future__ import annotations

import textwrap
from collections import Counter

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import load_corpus  # noqa: E402
from helpers.claims import (  # noqa: E402
    CLAIM_COLUMNS, VERDICTS, _blame, _builder, _initiator, _reason, align_claims, attributed, describe_date,
    find_actors, load_topics, plot_crossings_over_time, reconcile, similarity, statements, tokens,
)
from helpers.paths import SEEDS  # noqa: E402
from helpers.stated import stated_figures  # noqa: E402

ARTICLES = {
    "a_alpha.txt": """
        date 2023-11-28
        Russia ends border cooperation deal with Finland

        Russia has terminated the cross-border cooperation agreement signed in 2012, citing concerns over migration.

        The agreement is set to expire on January 24, 2024.

        Only one out of eight border crossings remained open on November 28.

        Around 900 asylum seekers arrived in Finland in November 2023.

        Finland began erecting fences on the border in 2023.

        Helsinki blamed Moscow for the influx of migrants.
        """,
    "b_beta.txt": """
        date 2023-11-20
        Moscow: We'll terminate border cooperation with Finland

        The Russian side has decided to terminate the agreement on cross-border cooperation, signed in Helsinki on April 13, 2012, because of the confrontational actions of Finland.

        The agreement will expire on January 24, 2024.

        During the weekend, Finland closed four of the eight border crossings.

        In November, 912 migrants arrived in Finland.

        Finland is erecting fences on the border.

        The Finnish side bears the blame.
        """,
    "c_gamma.txt": """
        date 2023-11-21
        Finland ends cooperation deal with Russia

        The termination was initiated by Russia, citing concerns over migration.

        The agreement was signed in 2013.

        The agreement expires at the end of January 2024.

        Three of the eight crossings were closed on Saturday, November 18.
        """,
    "d_delta.txt": """
        date 2023-11-22
        Border crossings on Sunday

        Four of the eight crossings were open on Sunday, November 19.
        """,
}
SOURCES = [("a_alpha.txt", "Alpha", "finnish"), ("b_beta.txt", "Beta", "russian"),
           ("c_gamma.txt", "Gamma", "western"), ("d_delta.txt", "Delta", "other")]


def write_corpus(folder, articles: dict[str, str], sources) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    lines = ["file,outlet,perspective,language,url,notes"] + [f"{f},{o},{p},en,," for f, o, p in sources]
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(folder, by="perspective") -> pd.DataFrame:
    arts = load_corpus(folder)
    return reconcile(align_claims(arts, stated_figures(arts), by=by))


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, ARTICLES, SOURCES)
    return run(folder)


@pytest.fixture(scope="module")
def seed_claims():
    return run(SEEDS)


def verdicts_of(claims, topic, x, y, relation="across"):
    rows = claims[(claims.topic == topic) & (claims.relation == relation)
                  & (((claims.label_a == x) & (claims.label_b == y)) | ((claims.label_a == y) & (claims.label_b == x)))]
    return sorted(rows["verdict"])


# ---------------------------------------------------------------------------------------------
# The known corpus: every pair of outlets that both state a topic, with its verdict(s)

ACROSS = [
    ("initiator", "Alpha", "Beta", ["agree"]),
    ("initiator", "Alpha", "Gamma", ["agree", "contradict"]),   # Gamma's title says Finland, its body Russia
    ("initiator", "Beta", "Gamma", ["agree", "contradict"]),
    ("agreement_reason", "Alpha", "Beta", ["contradict"]),      # migration concerns vs Finland's confrontational actions
    ("agreement_reason", "Alpha", "Gamma", ["agree"]),          # both: concerns over migration
    ("agreement_reason", "Beta", "Gamma", ["contradict"]),
    ("agreement_signed", "Alpha", "Beta", ["more_precise"]),    # 2012 vs April 13, 2012
    ("agreement_signed", "Alpha", "Gamma", ["contradict"]),     # 2012 vs 2013
    ("agreement_signed", "Beta", "Gamma", ["contradict"]),
    ("agreement_expiry", "Alpha", "Beta", ["agree"]),           # January 24, 2024 both
    ("agreement_expiry", "Alpha", "Gamma", ["more_precise"]),   # the end of January 2024 holds January 24
    ("agreement_expiry", "Beta", "Gamma", ["more_precise"]),
    ("crossings", "Alpha", "Beta", ["different_dates"]),        # 1 open on Nov 28 vs 4 closed on Nov 18-19
    ("crossings", "Alpha", "Gamma", ["different_dates"]),
    ("crossings", "Alpha", "Delta", ["different_dates"]),
    ("crossings", "Beta", "Gamma", ["contradict"]),             # 4 closed (weekend) vs 3 closed (Saturday)
    ("crossings", "Beta", "Delta", ["agree"]),                  # 4 of 8 closed = 4 of 8 open, Sunday in the weekend
    ("crossings", "Gamma", "Delta", ["different_dates"]),       # 5 open on Saturday vs 4 open on Sunday
    ("arrivals", "Alpha", "Beta", ["more_precise"]),            # around 900 vs 912
    ("barriers", "Alpha", "Beta", ["agree"]),
    ("blame", "Alpha", "Beta", ["contradict"]),                 # Moscow blamed vs the Finnish side bears the blame
]


@pytest.mark.parametrize("topic,x,y,expected", ACROSS, ids=[f"{t}-{x}-{y}" for t, x, y, _ in ACROSS])
def test_known_corpus_verdict(claims, topic, x, y, expected):
    assert verdicts_of(claims, topic, x, y) == expected


def test_known_corpus_has_no_other_pairs(claims):
    across = claims[claims.relation == "across"]
    got = Counter((t, frozenset((a, b))) for t, a, b in zip(across.topic, across.label_a, across.label_b))
    want = Counter()
    for t, x, y, v in ACROSS:
        want[(t, frozenset((x, y)))] += len(v)
    assert got == want


ONLY_ONE = {
    # (topic, the outlet that states it, the silent outlet)
    **{(t, s, "Delta"): None for t in ("initiator", "agreement_reason", "agreement_signed", "agreement_expiry")
       for s in ("Alpha", "Beta", "Gamma")},
    **{(t, s, q): None for t in ("arrivals", "barriers", "blame") for s in ("Alpha", "Beta") for q in ("Gamma", "Delta")},
}


def test_known_corpus_omissions(claims):
    rows = claims[claims.verdict == "only_one"]
    assert set(zip(rows.topic, rows.label_a, rows.label_b)) == set(ONLY_ONE)
    # Gamma states two different initiators, so it has two rows against Delta
    assert len(rows[(rows.topic == "initiator") & (rows.label_a == "Gamma")]) == 2
    spoken = rows[rows["statement_b"] != ""]  # the silent article speaks of the topic without its value
    assert set(zip(spoken.topic, spoken.label_a, spoken.label_b)) == {("blame", "Alpha", "Gamma"), ("blame", "Beta", "Gamma")}


def test_known_corpus_within(claims):
    rows = claims[claims.relation == "within"]
    assert rows["verdict"].tolist() == ["inconsistent_within"]
    r = rows.iloc[0]
    assert (r.topic, r.label_a, r.article_a, r.article_b, r.field_a, r.field_b) == (
        "initiator", "Gamma", "c_gamma", "c_gamma", "title", "body")
    assert "the title says Finland ended the agreement" in r.reason and "the body names Russia" in r.reason


REASONS = [
    ("agreement_signed", "Alpha", "Beta", "more_precise",
     ["Both state the agreement was signed in 2012", "Beta gives the day (April 13, 2012)", "Alpha only the year"]),
    ("agreement_signed", "Alpha", "Gamma", "contradict", ["in 2012", "in 2013", "do not overlap"]),
    ("agreement_expiry", "Alpha", "Gamma", "more_precise",
     ["Alpha gives the day (January 24, 2024)", "Gamma only part of the month", "21–31 January 2024"]),
    ("agreement_expiry", "Alpha", "Beta", "agree", ["on January 24, 2024"]),
    ("crossings", "Alpha", "Beta", "different_dates",
     ["1 of 8 crossings open on November 28", "4 of 8 crossings closed during the weekend (18–19 November 2023)",
      "4 of 8 closed means 4 open", "do not overlap", "cannot both hold on the same day"]),
    ("crossings", "Beta", "Gamma", "contradict", ["(4 vs 5)", "3 of 8 closed means 5 open", "overlapping dates"]),
    ("crossings", "Beta", "Delta", "agree", ["4 of 8 closed means 4 open", "Both give 4 of 8 open"]),
    ("arrivals", "Alpha", "Beta", "more_precise", ["around 900 people", "912 people", "Beta gives an exact number (912)"]),
    ("barriers", "Alpha", "Beta", "agree", ["Both say Finland is putting up barriers or fences", "in 2023"]),
    ("blame", "Alpha", "Beta", "contradict", ["Alpha says Russia is to blame", "Beta says Finland is to blame", "blamed Moscow"]),
    ("initiator", "Beta", "Gamma", "contradict",
     ["Beta says Russia ended the agreement", "Gamma says Finland ended the agreement", "Gamma elsewhere also names Russia",
      "Beta reports it as someone's words"]),
    ("agreement_reason", "Alpha", "Beta", "contradict", ["concerns over migration", "the confrontational actions of Finland"]),
]


@pytest.mark.parametrize("topic,x,y,verdict,parts", REASONS, ids=[f"{t}-{x}-{y}-{v}" for t, x, y, v, _ in REASONS])
def test_known_corpus_reasons_name_the_figures(claims, topic, x, y, verdict, parts):
    rows = claims[(claims.topic == topic) & (claims.verdict == verdict)
                  & (((claims.label_a == x) & (claims.label_b == y)) | ((claims.label_a == y) & (claims.label_b == x)))]
    assert len(rows) == 1
    for part in parts:
        assert part in rows.iloc[0]["reason"], (part, rows.iloc[0]["reason"])


def test_only_one_reason_names_what_is_missing(claims):
    r = claims[(claims.topic == "arrivals") & (claims.label_a == "Beta") & (claims.label_b == "Delta")].iloc[0]
    assert r.reason.startswith("Only Beta states it: 912 people in November")
    assert "Delta does not say how many people arrived" in r.reason
    r = claims[(claims.topic == "blame") & (claims.label_a == "Alpha") & (claims.label_b == "Gamma")].iloc[0]
    assert r.statement_b == "The termination was initiated by Russia, citing concerns over migration."
    assert "without saying it" in r.reason


def test_output_shape(claims):
    assert list(claims.columns[:len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    assert set(claims["verdict"]) == set(VERDICTS)
    assert claims["reason"].str.len().min() > 30
    across = claims[claims.relation == "across"]
    assert across["statement_a"].str.len().gt(0).all() and across["statement_b"].str.len().gt(0).all()
    assert across["similarity"].between(0, 1).all()


def test_verdicts_do_not_depend_on_article_order(tmp_path):
    renamed = {f"{chr(ord('z') - i)}_{n}": t for i, (n, t) in enumerate(ARTICLES.items())}
    sources = [(f"{chr(ord('z') - i)}_{f}", o, p) for i, (f, o, p) in enumerate(SOURCES)]
    write_corpus(tmp_path / "a", ARTICLES, SOURCES)
    write_corpus(tmp_path / "b", renamed, sources)
    key = lambda c: Counter((t, frozenset((a, b)), v) for t, a, b, v in zip(c.topic, c.label_a, c.label_b, c.verdict))  # noqa: E731
    assert key(run(tmp_path / "a")) == key(run(tmp_path / "b"))


# ---------------------------------------------------------------------------------------------
# The seeds


SEED_VERDICTS = [
    ("initiator", "across", ["agree", "contradict"]),
    ("initiator", "within", ["inconsistent_within"]),
    ("agreement_reason", "across", ["contradict"]),
    ("agreement_signed", "across", ["more_precise"]),
    ("agreement_expiry", "only_one", ["only_one"]),
    ("crossings", "across", ["different_dates"]),
    ("arrivals", "only_one", ["only_one"]),
    ("barriers", "across", ["agree"]),
    ("blame", "across", ["contradict"]),
]


@pytest.mark.parametrize("topic,relation,expected", SEED_VERDICTS, ids=[f"{t}-{r}" for t, r, _ in SEED_VERDICTS])
def test_seed_verdicts(seed_claims, topic, relation, expected):
    rows = seed_claims[(seed_claims.topic == topic) & (seed_claims.relation == relation)]
    assert sorted(rows["verdict"]) == expected


def test_seed_rows_are_all_listed(seed_claims):
    assert len(seed_claims) == sum(len(v) for _, _, v in SEED_VERDICTS)


def test_seed_signing_reason(seed_claims):
    r = seed_claims[seed_claims.topic == "agreement_signed"].iloc[0]
    assert r.reason == ("Both state the agreement was signed in 2012; Sputnik gives the day (April 13, 2012), "
                        "unnamed outlet · 000 only the year.")


def test_seed_crossings_reason(seed_claims):
    r = seed_claims[seed_claims.topic == "crossings"].iloc[0]
    for part in ("1 of 8 crossings open in late November (21–30 November 2023; year inferred from the text)",
                 "4 of 8 crossings closed during the weekend (18–19 November 2023)", "4 of 8 closed means 4 open",
                 "The open counts differ (1 vs 4)", "Sputnik's is earlier", "cannot both hold on the same day"):
        assert part in r.reason


def test_seed_within_names_title_and_body(seed_claims):
    r = seed_claims[seed_claims.verdict == "inconsistent_within"].iloc[0]
    assert r.article_a == r.article_b == "000_52ed20e70830388d"
    assert r.statement_a == "Finland terminates cross-border cooperation deal with Russia"
    assert "initiator of the termination being Russia" in r.statement_b
    assert "The body also says Finland in another sentence" in r.reason


def test_seed_omissions(seed_claims):
    rows = seed_claims[seed_claims.verdict == "only_one"]
    assert set(zip(rows.topic, rows.label_a, rows.label_b)) == {
        ("arrivals", "unnamed outlet · 000", "Sputnik"), ("agreement_expiry", "unnamed outlet · 000", "Sputnik")}
    r = rows[rows.topic == "arrivals"].iloc[0]
    assert "around 900 people in November 2023" in r.reason and "Sputnik does not say how many people arrived" in r.reason


def test_seed_blame_decision(seed_claims):
    r = seed_claims[seed_claims.topic == "blame"].iloc[0]
    assert (r.value_a, r.value_b) == ("Russia", "Finland")
    assert "prompted by fears that Russia" in r.reason and "under the pretext" in r.reason


# ---------------------------------------------------------------------------------------------
# Reading values from sentences

INITIATORS = [
    ("Finland terminates cross-border cooperation deal with Russia", "Finland"),
    ("Moscow: We'll terminate border cooperation with Finland", "Russia"),
    ("The decision was made by the Finnish government on Thursday, with the initiator of the termination being Russia.", "Russia"),
    ('"Taking into account the confrontational actions of Finland towards Russia, the Russian side has decided to terminate the agreement.', "Russia"),
    ("The agreement was terminated by Finland.", "Finland"),
    ("On November 20 Russia said it was terminating the 2012 agreement.", "Russia"),
    ("Moscow believes that Helsinki is fully to blame for the termination of border cooperation.", None),
    ("The agreement is set to end on January 24, 2024.", None),
    ("Finland called for an end to the cooperation agreement with Russia.", None),
]


@pytest.mark.parametrize("sentence,actor", INITIATORS)
def test_initiator_rule(sentence, actor):
    found = _initiator(sentence, find_actors(sentence))
    assert (found[0] if found else None) == actor


BLAMES = [
    ("The Finnish side bears the blame for that.", "Finland"),
    ("Moscow believes that Helsinki is fully to blame for the termination.", "Finland"),
    ("Helsinki blamed Moscow for the influx of migrants.", "Russia"),
    ("The decision was prompted by fears that Russia might facilitate the entry of migrants.", "Russia"),
    ("Finland closed four crossings with Russia, under the pretext of fearing an influx of migrants.", "Finland"),
    ("Finland terminated it, citing concerns over border security.", None),
    ("Finland accused Russia of weaponising migration.", "Russia"),
]


@pytest.mark.parametrize("sentence,actor", BLAMES)
def test_blame_rule(sentence, actor):
    found = _blame(sentence, find_actors(sentence))
    assert (found[0] if found else None) == actor


BUILDERS = [
    ("Finland began erecting barriers on its border with Russia in 2023.", "Finland"),
    ("Belyaev said that the validity of Finland's plans to erect a fence will be assessed.", "Finland"),
    ("Earlier, Finland closed four of the eight border crossings with Russia and started erecting fences.", "Finland"),
    ("The decision to fortify the border was prompted by fears that Russia might act.", None),
]


@pytest.mark.parametrize("sentence,actor", BUILDERS)
def test_builder_rule(sentence, actor):
    found = _builder(sentence, find_actors(sentence))
    assert (found[0] if found else None) == actor


@pytest.mark.parametrize("sentence,phrase", [
    ("Finland has terminated the agreement, citing concerns over border security and migration issues.",
     "concerns over border security and migration issues"),
    ("Taking into account the confrontational actions of Finland towards Russia, the Russian side decided to terminate it.",
     "the confrontational actions of Finland towards Russia"),
    ("Finland has terminated the agreement.", None),
])
def test_reason_rule(sentence, phrase):
    found = _reason(sentence)
    assert (found[0] if found else None) == phrase


def test_actor_matching_is_whole_word():
    assert [a["actor"] for a in find_actors("the anti-Russian policy and the Russian-Finnish agreement")] == []
    assert [(a["actor"], a["possessive"]) for a in find_actors("Finland's plans")] == [("Finland", True)]


def test_attribution():
    assert attributed("The Finnish side bears the blame for that,\" explained Belyaev.")
    assert attributed("Moscow: We'll terminate border cooperation with Finland", "title")
    assert not attributed("Finland began erecting barriers on its border with Russia in 2023.")


def test_similarity_uses_equivalent_nouns():
    assert "#crossings" in tokens("three checkpoints") and "#people" in tokens("asylum seekers")
    assert similarity("four checkpoints were closed", "four border crossings were closed") == pytest.approx(1.0)
    assert similarity("fences on the border", "asylum seekers arrived") == 0.0


def test_describe_date():
    ts = pd.Timestamp
    assert describe_date("in late November", ts("2023-11-21"), ts("2023-11-30"), "part_of_month", True) == \
        "in late November (21–30 November 2023; year inferred from the text)"
    assert describe_date("April 13, 2012", ts("2012-04-13"), ts("2012-04-13"), "day") == "on April 13, 2012"


def test_topic_table_is_valid():
    topics = load_topics()
    assert {"initiator", "agreement_signed", "agreement_expiry", "crossings", "arrivals", "barriers", "blame"} <= set(topics.topic)
    assert topics["question"].str.endswith("?").all()


# ---------------------------------------------------------------------------------------------
# Focused corpora: one rule each


def two(tmp_path, text_a, text_b, *, date_a="2023-11-22", date_b="2023-11-22", by="perspective", persp=("finnish", "russian")):
    arts = {"a.txt": f"date {date_a}\nOne\n\n{text_a}\n", "b.txt": f"date {date_b}\nTwo\n\n{text_b}\n"}
    write_corpus(tmp_path, arts, [("a.txt", "A", persp[0]), ("b.txt", "B", persp[1])])
    return run(tmp_path, by=by)


@pytest.mark.parametrize("text_b,verdict", [
    ("300 migrants arrived in Finland last week.", "different_dates"),     # a week inside November: another period
    ("700 migrants arrived in Finland in November 2023.", "contradict"),   # the same period, another number
    ("700 migrants have arrived in Finland.", "contradict"),               # the period is not stated
    ("About 880 migrants arrived in Finland in November 2023.", "agree"),   # both approximate, within 10%
    ("900 migrants arrived in Finland in November 2023.", "more_precise"),  # exact vs around
])
def test_arrivals_rules(tmp_path, text_b, verdict):
    c = two(tmp_path, "Around 900 migrants arrived in Finland in November 2023.", text_b)
    assert c["verdict"].tolist() == [verdict]


def test_closed_count_borrows_the_total(tmp_path):
    c = two(tmp_path, "Four of the eight crossings were open on Sunday, November 19.",
            "Four crossings were closed on Sunday, November 19.")
    r = c.iloc[0]
    assert r.verdict == "agree"
    assert "taking the total of 8 from the other statements of the corpus" in r.reason


def test_open_and_closed_on_the_same_day_contradict(tmp_path):
    c = two(tmp_path, "One out of eight checkpoints was open on Sunday, November 19.",
            "Four of the eight crossings were closed on Sunday, November 19.")
    r = c.iloc[0]
    assert r.verdict == "contradict" and "(1 vs 4)" in r.reason and "different kinds of crossing" in r.reason


@pytest.mark.parametrize("text_b,verdict,part", [
    ("Officials counted five crossings on the border on Sunday, November 19.", "contradict", "The counts differ"),
    ("Officials counted three crossings on the border on Sunday, November 19.", "agree", "The same count"),
])
def test_counts_without_a_state_word_compare_raw(tmp_path, text_b, verdict, part):
    # the second sentence of A has a state word, so the state column mixes words and missing values
    c = two(tmp_path, "Three crossings remain on the border as of Sunday, November 19.\n\n"
                      "Four of the eight crossings were closed on Friday, November 10.", text_b)
    assert sorted(c["value_a"]) == ["3", "4 of 8 closed"]
    row = c[c["value_a"] == "3"].iloc[0]
    assert row.verdict == verdict and part in row.reason
    assert c[c["value_a"] == "4 of 8 closed"].iloc[0].verdict == "different_dates"


def test_count_inconsistent_within(tmp_path):
    c = two(tmp_path, "All eight crossings were open on Sunday.\n\nFour of the eight crossings were open on Sunday, November 19.",
            "The weather was cold.")
    within = c[c.relation == "within"]
    assert within["verdict"].tolist() == ["inconsistent_within"]
    assert "8 open" in within.iloc[0].reason and "4 of 8 open" in within.iloc[0].reason


def test_different_dates_within_an_article_are_consistent(tmp_path):
    c = two(tmp_path, "Four of the eight crossings were closed on Saturday, November 18.\n\n"
                      "Seven of the eight crossings were closed on Friday, November 24.", "The weather was cold.",
            date_a="2023-11-25")
    assert (c.relation == "within").sum() == 0


def test_reported_speech_is_not_an_inconsistency(tmp_path):
    both_said = "Moscow said Finland ended the cooperation agreement.\n\nHelsinki said Russia ended the cooperation agreement."
    c = two(tmp_path, both_said, "The weather was cold.")
    assert (c.relation == "within").sum() == 0
    plain = "Finland ended the cooperation agreement.\n\nRussia ended the cooperation agreement."
    c = two(tmp_path / "plain", plain, "The weather was cold.")
    assert c.loc[c.relation == "within", "verdict"].tolist() == ["inconsistent_within"]


def test_same_group_is_not_compared(tmp_path):
    text_a, text_b = "The agreement was signed in 2012.", "The agreement was signed in 2013."
    assert two(tmp_path / "same", text_a, text_b, persp=("finnish", "finnish")).empty
    assert two(tmp_path / "ids", text_a, text_b, persp=("finnish", "finnish"), by="article_id")["verdict"].tolist() == ["contradict"]


def test_nested_dates_are_more_precise_and_quote_the_vaguer_words(tmp_path):
    c = two(tmp_path, "The agreement expires in early 2024.", "The agreement expires in January 2024.")
    assert c["verdict"].tolist() == ["more_precise"]
    assert "B gives the month (January 2024)" in c.iloc[0].reason and "(early 2024)" in c.iloc[0].reason


def test_partly_overlapping_dates_agree(tmp_path):
    c = two(tmp_path, "The agreement was signed in late 2012.", "The agreement was signed in the winter of 2012.")
    assert c["verdict"].tolist() == ["agree"]
    assert "the ranges overlap" in c.iloc[0].reason


def test_unreadable_file_takes_no_part(tmp_path):
    write_corpus(tmp_path, {"a.txt": "date 2023-11-20\nOne\n\nThe agreement was signed in 2012.\n"}, [("a.txt", "A", "finnish"),
                                                                                                     ("z.txt", "Z", "russian")])
    (tmp_path / "z.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    assert run(tmp_path).empty


def test_empty_corpus_gives_empty_tables(tmp_path):
    write_corpus(tmp_path, {"a.txt": "date 2023-11-20\nOne\n\nThe weather was cold.\n"}, [("a.txt", "A", "finnish")])
    arts = load_corpus(tmp_path)
    figs = stated_figures(arts)
    assert statements(arts, figs).query("value != ''").empty
    c = reconcile(align_claims(arts, figs))
    assert c.empty and list(c.columns[:len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS


def test_reading_tables(seed_claims):
    from helpers.claims import inconsistencies, omissions, side_by_side, verdict_counts
    counts = verdict_counts(seed_claims)
    assert counts.loc["total", "total"] == len(seed_claims) == 10
    assert counts.loc["initiator", ["agree", "contradict", "inconsistent_within"]].tolist() == [1, 1, 1]
    table = side_by_side(seed_claims, "agreement_expiry")
    assert table[["A", "B", "B states", "verdict"]].values.tolist() == [["unnamed outlet · 000", "Sputnik", "", "only_one"]]
    assert len(side_by_side(seed_claims, "initiator")) == 2  # the within-article row is not a pair of outlets
    om = omissions(seed_claims)
    assert om[["silent outlet", "topic", "stated value"]].values.tolist() == [
        ["Sputnik", "agreement_expiry", "January 24, 2024"], ["Sputnik", "arrivals", "around 900"]]
    inc = inconsistencies(seed_claims)
    assert inc[["article", "where (1)", "where (2)"]].values.tolist() == [["unnamed outlet · 000", "title", "body"]]


# ---------------------------------------------------------------------------------------------
# The chart


def test_crossings_chart_on_seeds():
    fig, rows = plot_crossings_over_time(stated_figures(load_corpus(SEEDS)))
    try:
        assert rows[["label", "value", "of", "state", "open"]].values.tolist() == [
            ["Sputnik", 4.0, 8.0, "closed", 4.0], ["unnamed outlet · 000", 1.0, 8.0, "open", 1.0]]
        assert rows["plotted"].all()
        ax = fig.axes[0]
        assert "N = 2 statements, 2 articles" in ax.get_title()
        assert ax.get_ylabel() == "crossings open"
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend[:2] == ["Sputnik (russian)", "unnamed outlet · 000 (finnish)"]
        assert rows["ref_inferred"].tolist() == [False, True]  # late November rests on an inferred year: hollow mark
        assert legend[2].startswith("hollow: the date rests on a year")
        marks = [line for line in ax.get_lines() if line.get_marker() == "o"]
        # the sources take their group's colour, as in the other charts: finnish blue, russian orange
        assert [line.get_markerfacecolor() for line in marks] == ["#D55E00", "white"]
    finally:
        plt.close(fig)


def test_crossings_chart_without_statements(tmp_path):
    write_corpus(tmp_path, {"a.txt": "date 2023-11-20\nOne\n\nThe weather was cold.\n"}, [("a.txt", "A", "finnish")])
    fig, rows = plot_crossings_over_time(stated_figures(load_corpus(tmp_path)))
    try:
        assert rows.empty and "N = 0" in fig.axes[0].get_title()
    finally:
        plt.close(fig)


def test_crossings_chart_marks_unplottable_rows(tmp_path):
    write_corpus(tmp_path, {"a.txt": "One\n\nThree crossings remain.\n\nFour of the eight crossings were open on Sunday, November 19, 2023.\n"},
                 [("a.txt", "A", "finnish")])
    fig, rows = plot_crossings_over_time(stated_figures(load_corpus(tmp_path)))
    try:
        assert rows["plotted"].tolist().count(True) == 1
        assert set(rows.loc[~rows.plotted, "why_not"]) <= {"the sentence does not say open or closed", "no date to place it"}
        assert np.isclose(rows.loc[rows.plotted, "open"].iloc[0], 4.0)
    finally:
        plt.close(fig)


# ---------------------------------------------------------------------------------------------
# Sources: the articles of one outlet are one source; an article of unknown outlet is its own


def corpus_of(tmp_path, articles: dict[str, tuple[str, str, str]]):
    """``{file: (outlet, perspective, body)}`` written and loaded; returns ``(articles, figures)``."""
    texts = {f: f"date 2023-11-22\nTitle of {f}\n\n{body}\n" for f, (_, _, body) in articles.items()}
    write_corpus(tmp_path, texts, [(f, o, p) for f, (o, p, _) in articles.items()])
    arts = load_corpus(tmp_path)
    return arts, stated_figures(arts)


def test_articles_of_one_outlet_are_not_compared_with_each_other(tmp_path):
    arts, figs = corpus_of(tmp_path, {
        "a1.txt": ("Alpha", "finnish", "The agreement was signed in 2012."),
        "a2.txt": ("Alpha", "finnish", "The agreement was signed in 2013."),
        "a3.txt": ("Alpha", "finnish", "Finland ended the cooperation agreement.\n\nRussia ended the cooperation agreement."),
    })
    c = reconcile(align_claims(arts, figs))
    # one source: no pair across, no omission; each article is still checked against itself
    assert c["relation"].tolist() == ["within"]
    assert (c.iloc[0].verdict, c.iloc[0].article_a, c.iloc[0].article_b) == ("inconsistent_within", "a3", "a3")
    # pairing by article compares them
    by_article = reconcile(align_claims(arts, figs, by="article_id"))
    assert verdicts_of(by_article, "agreement_signed", "Alpha · a1", "Alpha · a2") == ["contradict"]


def test_two_outlets_of_three_articles_are_paired_as_two_sources(tmp_path):
    arts, figs = corpus_of(tmp_path, {
        "a1.txt": ("Alpha", "finnish", "The agreement was signed in 2012.\n\nAround 900 migrants arrived in Finland in November 2023."),
        "a2.txt": ("Alpha", "finnish", "The weather was cold on the border."),
        "a3.txt": ("Alpha", "finnish", "Officials recalled the cooperation deal signed in Helsinki on April 13, 2012."),
        "b1.txt": ("Beta", "russian", "The agreement was signed in 2013."),
        "b2.txt": ("Beta", "russian", "The cooperation deal was signed in Helsinki in 2012."),
        "b3.txt": ("Beta", "russian", "Moscow said nothing more."),
    })
    aligned = align_claims(arts, figs)
    c = reconcile(aligned)
    assert set(zip(aligned["group_a"], aligned["group_b"])) == {("Alpha", "Beta")}
    # each statement is paired with its closest partner in the other outlet, whichever article it is in
    signed = c[c.topic == "agreement_signed"]
    assert sorted(zip(signed.article_a, signed.article_b, signed.verdict)) == [
        ("a1", "b1", "contradict"), ("a3", "b2", "more_precise")]
    assert signed["relation"].eq("across").all()  # a2 and b3 say nothing on it, but their outlets do: no omission
    # only Alpha states arrivals: one omission for the whole of Beta
    om = c[c.verdict == "only_one"]
    assert om[["topic", "article_a", "label_a", "label_b"]].values.tolist() == [["arrivals", "a1", "Alpha · a1", "Beta (3 articles)"]]
    assert om.iloc[0].article_b in {"b1", "b2", "b3"}
    assert "Beta (3 articles) does not say how many people arrived" in om.iloc[0].reason
    # every row names the articles its two sentences come from
    for r in aligned[aligned.relation == "across"].itertuples():
        assert r.statement_a in arts.at[r.article_a, "body"] and r.statement_b in arts.at[r.article_b, "body"]
    # by article, the same six articles give pairs inside each outlet and omissions by single articles
    by_article = reconcile(align_claims(arts, figs, by="article_id"))
    assert verdicts_of(by_article, "agreement_signed", "Alpha · a1", "Alpha · a3") == ["more_precise"]
    assert (by_article.verdict == "only_one").sum() > 1


def test_an_unnamed_article_is_its_own_source(tmp_path):
    arts, figs = corpus_of(tmp_path, {
        "u1.txt": ("", "finnish", "The agreement was signed in 2012."),
        "u2.txt": ("", "finnish", "The agreement was signed in 2013."),
        "n1.txt": ("Gamma", "western", "The agreement was signed in 2012."),
        "n2.txt": ("Gamma", "western", "The agreement was signed in 2012."),
    })
    from helpers.claims import pairing_keys
    assert pairing_keys(arts).tolist() == ["Gamma", "Gamma", "unnamed outlet · u1", "unnamed outlet · u2"]
    c = reconcile(align_claims(arts, figs))
    pairs = Counter((frozenset((a, b)), v) for a, b, v in zip(c.group_a, c.group_b, c.verdict))
    assert pairs == Counter({
        (frozenset(("unnamed outlet · u1", "unnamed outlet · u2")), "contradict"): 1,
        (frozenset(("Gamma", "unnamed outlet · u1")), "agree"): 1,   # Gamma's two sentences state the same value: one row
        (frozenset(("Gamma", "unnamed outlet · u2")), "contradict"): 1,
    })
    # grouped by the outlet column, the unnamed articles are one group ("unknown") and are not compared
    by_outlet = reconcile(align_claims(arts, figs, by="outlet"))
    assert set(map(frozenset, zip(by_outlet.group_a, by_outlet.group_b))) == {frozenset(("Gamma", "unknown"))}


def test_unknown_pairing_column_is_an_error(tmp_path):
    arts, figs = corpus_of(tmp_path, {"a.txt": ("A", "finnish", "The agreement was signed in 2012.")})
    with pytest.raises(ValueError, match="not a column"):
        align_claims(arts, figs, by="newsroom")
