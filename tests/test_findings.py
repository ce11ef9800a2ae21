"""Findings are written from the table they summarise: every number in the text is a cell of that table, on
corpora other than the seeds, and nothing written for one corpus appears."""
from __future__ import annotations

import sys
import warnings

import pandas as pd
import pytest

from helpers.show.findings import (Finding, summarise_agency, summarise_crossings, summarise_crossings_timeline,
                                   summarise_dates, summarise_frames, summarise_loading, summarise_naming,
                                   summarise_people, summarise_terms, summarise_voices, untraced_numbers)
from helpers.paths import ROOT


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The tables of 40 generated articles (benchmarks/bench_scale.py's templates, invented outlets)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_scale
    from helpers.engine import corpus_tables
    folder = tmp_path_factory.mktemp("generated")
    bench_scale.write_corpus(folder, 40, seed=7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus_tables(folder, n_permutations=50)


def all_findings(t: dict, by: str = "perspective") -> list[Finding]:
    from helpers.claims.verdicts import crossings_timeline
    from helpers.framing.actors import agency_counts, keep_actors
    from helpers.framing.terms import chance_summary
    from helpers.show.charts import plot_article_sizes
    import matplotlib.pyplot as plt
    a = t["articles"]
    fig, rows = plot_article_sizes(a, by=by)
    plt.close(fig)
    deeds = agency_counts(keep_actors(t["actor_actions"]), a, by=by, exclude_classes=("speech", "cognition"))
    f = t["stated_figures"]
    return [summarise_loading(rows), summarise_crossings(f, by=by), summarise_people(f, by=by),
            summarise_dates(f, by=by), summarise_terms(chance_summary(t["distinctive_terms"])),
            summarise_frames(t["frame_profile"]), summarise_agency(deeds), summarise_voices(t["voice_shares"]),
            summarise_naming(t["naming_pairs"]),
            summarise_crossings_timeline(crossings_timeline(t["facts"], claims=t["verdicts"]))]


def test_every_number_of_every_finding_is_in_its_table_on_a_generated_corpus(generated):
    found = all_findings(generated)
    assert len(found) == 10
    for f in found:
        assert f.text and untraced_numbers(f.text, f.table) == [], f.text
        # written from this corpus: the generated outlets' groups, not words written about the seeds
        assert "seeds" not in f.text and "Sputnik" not in f.text
    assert "40 articles" in found[0].text


def test_findings_name_the_groups_of_the_corpus(generated):
    groups = sorted(generated["articles"]["perspective"].unique())
    text = summarise_voices(generated["voice_shares"]).text
    assert all(f"**{g}**" in text for g in groups)


def test_untraced_numbers_finds_a_number_the_table_does_not_hold():
    table = pd.DataFrame({"group": ["a"], "n": [12], "share": [0.4567], "as_written": ["about 2,430 people"]})
    assert untraced_numbers("12 rows, 46%, about 2,430 people", table) == []
    assert untraced_numbers("13 rows", table) == ["13"]
    assert untraced_numbers("45.7%", table) == []
    assert untraced_numbers("45.6%", table) == ["45.6%"]
    assert untraced_numbers("2,43", table) == ["2,43"] or untraced_numbers("243", table) == ["243"]


def test_crossings_finding_gives_the_total_most_often_stated():
    f = pd.DataFrame({"kind": "count", "topic": "crossings", "perspective": ["x", "x", "x", "y"],
                      "article_id": ["1", "2", "3", "4"], "of": [8, 9, 8, None], "state": ["closed", "open", None, "open"]})
    got = summarise_crossings(f)
    row = got.table.set_index("group").loc["x"]
    assert (row["common_total"], row["common_total_statements"], row["closed"], row["open"]) == (8, 2, 1, 1)
    assert "none gives a total" in got.text  # group y
    assert untraced_numbers(got.text, got.table) == []


def test_frames_finding_names_the_widest_gap():
    p = pd.DataFrame({"group": ["a", "a", "b", "b"], "frame": ["crime", "security"] * 2, "n_cues": [1, 5, 9, 5],
                      "n_words": 1000, "per_1000_words": [1.0, 5.0, 9.0, 5.0]})
    assert "widest gap between groups is in crime: 1.0 to 9.0" in summarise_frames(p).text


def test_dates_are_written_as_precisely_as_stated():
    f = pd.DataFrame({"kind": "date", "perspective": "x", "article_id": "1", "inferred": [False, True],
                      "start": pd.to_datetime(["2012-01-01", "2023-11-18"]), "end": pd.to_datetime(["2012-12-31", "2023-11-18"]),
                      "granularity": ["year", "day"]})
    text = summarise_dates(f).text
    assert "from 2012 to 18 November 2023" in text and "1 rest on an anchor" in text


def test_naming_finding_puts_differing_choices_first():
    pairs = pd.DataFrame({"concept": ["people"] * 4 + ["fence"] * 4, "group": ["a", "a", "b", "b"] * 2,
                          "term": ["asylum seekers", "migrants"] * 2 + ["fence", "barrier"] * 2,
                          "count": [5, 1, 0, 4, 9, 0, 7, 0]})
    got = summarise_naming(pairs)
    assert got.table["concept"].iloc[0] == "people" and "differs for 1" in got.text
    assert untraced_numbers(got.text, got.table) == []


@pytest.mark.parametrize("fn,empty", [
    (summarise_crossings, pd.DataFrame(columns=["kind", "topic", "perspective", "article_id", "of", "state"])),
    (summarise_people, pd.DataFrame(columns=["kind", "topic", "perspective", "article_id", "value", "approx", "text"])),
    (summarise_dates, pd.DataFrame(columns=["kind", "perspective", "article_id", "start", "end", "inferred", "granularity"])),
])
def test_an_empty_corpus_gets_a_sentence_not_an_error(fn, empty):
    assert fn(empty).text.startswith("No article states")


def test_beyond_eight_groups_a_finding_names_the_largest_and_points_to_the_table():
    """Grouped by article, a corpus of 500 has 500 groups: a paragraph names the eight largest, not all."""
    shares = pd.DataFrame({"article_id": [f"a{i}" for i in range(20)], "group": [f"g{i:02d}" for i in range(20)],
                           "words": [100 + i for i in range(20)], "own_words": 50, "direct_words": 25,
                           "indirect_words": [25 + i for i in range(20)]})
    got = summarise_voices(shares)
    named = sorted(set(__import__("re").findall(r"\*\*(g\d\d)\*\*", got.text)))
    assert named == [f"g{i:02d}" for i in range(12, 20)]
    assert got.text.endswith("The other groups are in the table.") and len(got.table) == 20
    assert untraced_numbers(got.text, got.table) == []
