"""Tests for helpers.extract.score: the guide's convention, on hand-made cases, the seed gold and our own gold."""
from __future__ import annotations

import json
import math
import shutil

import pandas as pd
import pytest

from helpers.extract.score import gold_spans, match, score_folder
from helpers.paths import SEEDS, TESTS

T = pd.Timestamp


@pytest.mark.parametrize(
    "doc, entries, expected",
    [
        ("in 2012 and 2012", [{"text": "2012"}], [(3, 7), (12, 16)]),  # every occurrence
        ("in 2012 and 2012", [{"text": "2012", "occurrence": 2}], [(12, 16)]),
        ("nothing here", [{"text": "2012"}], [(-1, -1)]),  # not in the text: a miss, kept
    ],
)
def test_gold_spans(doc, entries, expected):
    assert [(a, b) for a, b, _ in gold_spans(doc, entries)] == expected


def test_match_found_right_and_false_positive():
    doc = "It closed in late October and reopened on Friday."
    gold = [{"text": "late October", "start": "2023-10-21", "end": "2023-10-31"},
            {"text": "Friday", "start": "2023-11-17", "end": "2023-11-17"}]
    found = [("in late October", 10, 25, T("2023-10-21"), T("2023-10-31"), "part_of_month"),  # overlaps, right
             ("on Friday", 39, 48, T("2023-11-10"), T("2023-11-10"), "day"),  # overlaps, wrong value
             ("It", 0, 2, T("2023-01-01"), T("2023-01-01"), "day")]  # no gold: false positive
    table = match("dates", doc, gold, found)
    assert table["found"].tolist() == [True, True, False]
    assert table["right"].tolist() == [True, False, False]
    assert table["gold_text"].isna().sum() == 1


def test_a_date_read_as_two_mentions_of_the_gold_day_is_no_false_positive():
    doc = "It closed on Friday, November 24."
    gold = [{"text": "Friday, November 24", "start": "2023-11-24", "end": "2023-11-24"}]
    day = T("2023-11-24")
    two = [("Friday", 13, 19, day, day, "day"), ("November 24", 21, 32, day, day, "day")]
    assert match("dates", doc, gold, two)["right"].tolist() == [True]  # the second is neither right nor false
    wrong = [two[0], ("November 24", 21, 32, T("2024-11-24"), T("2024-11-24"), "day")]
    assert match("dates", doc, gold, wrong)["right"].tolist() == [True, False]  # another day: a false one


def test_one_extracted_date_over_two_gold_mentions_of_its_day_finds_both():
    doc = "It closed on Thursday (November 16) morning."
    day = T("2023-11-16")
    gold = [{"text": "Thursday", "start": "2023-11-16", "end": "2023-11-16"},
            {"text": "November 16", "start": "2023-11-16", "end": "2023-11-16"}]
    one = [("on Thursday (November 16)", 10, 35, day, day, "day")]
    assert match("dates", doc, gold, one)["right"].tolist() == [True, True]
    other = [("on Thursday (November 16)", 10, 35, T("2023-11-09"), T("2023-11-09"), "day")]  # a wrong day
    assert match("dates", doc, gold, other)["right"].tolist() == [False, False]


def test_null_gold_value_is_not_graded():
    doc = "The decision was made on Thursday."
    table = match("dates", doc, [{"text": "on Thursday", "start": None, "end": None}],
                  [("on Thursday", 22, 33, pd.NaT, pd.NaT, "day")])
    assert table["right"].tolist() == [True]


def test_counts_right_needs_value_of_what_and_approx():
    doc = "Around 900 asylum seekers came."
    gold = [{"text": "Around 900 asylum seekers", "value": 900, "of": None, "what": "asylum seekers", "approx": True}]
    ok = ("Around 900 asylum seekers", 0, 25, 900.0, math.nan, "Asylum seekers", True)
    assert match("counts", doc, gold, [ok])["right"].tolist() == [True]
    for bad in [(*ok[:3], 90.0, *ok[4:]), (*ok[:6], False), (*ok[:5], "seekers", True), (*ok[:4], 1000.0, *ok[5:])]:
        assert match("counts", doc, gold, [bad])["right"].tolist() == [False], bad


def test_what_by_topic_accepts_a_translation_of_the_same_topic_only():
    doc = "Финляндия закрыла четыре КПП."
    gold = [{"text": "четыре КПП", "value": 4, "of": None, "what": "checkpoints", "approx": False}]
    found = ("четыре КПП", 18, 28, 4.0, math.nan, "border crossings", False)
    assert match("counts", doc, gold, [found])["right"].tolist() == [False]  # the default compares the text
    assert match("counts", doc, gold, [found], what="topic")["right"].tolist() == [True]
    other = (*found[:5], "people", False)  # a different topic stays wrong
    assert match("counts", doc, gold, [other], what="topic")["right"].tolist() == [False]
    unknown = [{**gold[0], "what": "degrees of frost"}]  # no topic on either side: the text decides
    assert match("counts", doc, unknown, [(*found[:5], "pakkanen", False)], what="topic")["right"].tolist() == [False]
    assert match("counts", doc, unknown, [(*found[:5], "Degrees of frost", False)], what="topic")["right"].tolist() == [True]


@pytest.mark.parametrize("gold_what, found_what, right", [
    ("people from Syria", "people", True),  # the head, before a post-modifier
    ("car with passengers", "car", True),
    ("EU countries", "countries", True),  # the same last word
    ("degrees of frost", "degrees", True),
    ("degree", "degrees", True),  # singular or plural
    ("arrivals in the first group", "groups", False),  # the head is arrivals
    ("asylum seekers", "asylum applications", False),
    ("operating crossing", "migrant", False),
])
def test_what_by_topic_compares_heads(gold_what, found_what, right):
    doc = "x 4 y"
    gold = [{"text": "4", "value": 4, "of": None, "what": gold_what, "approx": False}]
    found = ("4", 2, 3, 4.0, math.nan, found_what, False)
    assert match("counts", doc, gold, [found], what="topic")["right"].tolist() == [right]


def test_what_must_be_text_or_topic(tmp_path):
    (tmp_path / "a.json").write_text('{"file": "a.txt", "dates": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="text' or 'topic"):
        score_folder(tmp_path, what="lemma")


def test_seed_gold_scores_one():
    scores = score_folder(TESTS / "gold_seeds", texts=SEEDS)
    for col in ("dates_found_f1", "dates_value_f1", "counts_found_f1", "counts_value_f1"):
        assert scores.loc["all", col] == 1.0, col
    assert scores.loc["all", "dates_gold"] == 11 and scores.loc["all", "counts_gold"] == 4


def test_own_gold_covers_both_kinds_and_scores_at_least_095():
    scores = score_folder(TESTS / "gold")
    assert scores.loc["all", "dates_gold"] >= 100 and scores.loc["all", "counts_gold"] >= 90
    for col in ("dates_found_f1", "dates_value_f1", "counts_found_f1", "counts_value_f1"):
        assert scores.loc["all", col] >= 0.95, (col, scores.loc["all", col])


def test_blind_gold_scores_at_least_095():
    """tests/gold_blind was annotated by someone who had not seen the extractors (scored blind:
    dates 0.973, counts value 0.934; the errors it found were then fixed); it guards against regressions."""
    scores = score_folder(TESTS / "gold_blind")
    assert scores.loc["all", "dates_gold"] >= 80 and scores.loc["all", "counts_gold"] >= 60
    for col in ("dates_found_f1", "dates_value_f1", "counts_found_f1", "counts_value_f1"):
        assert scores.loc["all", col] >= 0.95, (col, scores.loc["all", col])


def test_held_out_blind_gold_stays_at_its_measured_level():
    """tests/gold_blind2 was annotated blind and scored before any fix (dates 0.966 / 0.885, counts
    0.994 / 0.982); only two general date rules came from it since. A floor, not a target."""
    scores = score_folder(TESTS / "gold_blind2")
    assert scores.loc["all", "dates_found_f1"] >= 0.95 and scores.loc["all", "dates_value_f1"] >= 0.85
    assert scores.loc["all", "counts_found_f1"] >= 0.95 and scores.loc["all", "counts_value_f1"] >= 0.95


def test_scorer_can_fail(tmp_path):
    """Corrupt the gold: a wrong value lowers value-F1 only; an invented mention lowers recall."""
    for name in ("000_52ed20e70830388d", "002_a09e864cca88c890"):
        shutil.copy(SEEDS / f"{name}.txt", tmp_path)
        gold = json.loads((TESTS / "gold_seeds" / f"{name}.json").read_text(encoding="utf-8"))
        if name.startswith("002"):
            gold["dates"][0]["start"] = gold["dates"][0]["end"] = "2012-04-14"
            gold["counts"].append({"text": "Sergei Belyaev", "value": 1, "of": None, "what": "diplomat", "approx": False})
        (tmp_path / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = score_folder(tmp_path)
    assert scores.loc["all", "dates_found_f1"] == 1.0
    assert scores.loc["all", "dates_value_f1"] < 1.0
    assert scores.loc["all", "counts_found_recall"] == pytest.approx(4 / 5)


def test_empty_folder_scores_nothing_rather_than_perfectly(tmp_path):
    scores = score_folder(tmp_path)
    assert math.isnan(scores.loc["all", "dates_found_f1"])
