"""Both engines give the same tables, and the pandas engine's tables are the helpers' own."""
from __future__ import annotations

import sys

import pandas as pd
import pytest

from helpers import analyse, load_corpus
from helpers.claims import verdicts
from helpers.claims.verdicts import align_claims, aligned_frame, reconcile, stack
from helpers.claims.facts import fact_table
from helpers.engine import TABLES, corpus_tables, open_tables, read_settings, read_table, write_tables
from helpers.engine.dask_engine import partitions
from helpers.engine.tables import reconcile_task, verdict_tasks
from helpers.extract.stated import stated_figures
from helpers.framing.frames import frame_profile
from helpers.framing.naming import naming_pairs
from helpers.framing.terms import distinctive_terms, group_sizes
from helpers.paths import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_scale  # noqa: E402  (the benchmark's corpus generator)

PERMUTATIONS = 40


def same(a: dict, b: dict) -> None:
    assert sorted(a) == sorted(b)
    for name in a:
        pd.testing.assert_frame_equal(a[name].reset_index(drop=True), b[name].reset_index(drop=True), obj=name)


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def thousand_folder(tmp_path_factory):
    """A folder of 1,000 generated articles, and the pandas engine's tables of it."""
    folder = tmp_path_factory.mktemp("corpus1000")
    bench_scale.write_corpus(folder, 1000)
    return folder, corpus_tables(load_corpus(folder), n_permutations=PERMUTATIONS)


@pytest.fixture(scope="module")
def thousand(thousand_folder):
    return load_corpus(thousand_folder[0])


def test_the_pandas_engine_gives_the_helpers_own_tables(seeds):
    t = corpus_tables(seeds, n_permutations=PERMUTATIONS)
    a = analyse(seeds)
    pd.testing.assert_frame_equal(t["frame_profile"], frame_profile(a, by="perspective"))
    pd.testing.assert_frame_equal(t["naming_pairs"], naming_pairs(a, by="perspective"))
    pd.testing.assert_frame_equal(t["group_sizes"], group_sizes(a, by="perspective"))
    pd.testing.assert_frame_equal(t["distinctive_terms"], distinctive_terms(seeds, by="perspective", n_permutations=PERMUTATIONS))
    pd.testing.assert_frame_equal(t["verdicts"], reconcile(align_claims(seeds, stated_figures(seeds), by="perspective")))
    # the facts and verdicts are grouped by the engine's `by`, like the framing tables
    by_outlet = corpus_tables(seeds, by="outlet", n_permutations=PERMUTATIONS)
    figures = stated_figures(seeds)
    pd.testing.assert_frame_equal(by_outlet["facts"], fact_table(seeds, figures, by="outlet"))
    pd.testing.assert_frame_equal(by_outlet["verdicts"], reconcile(align_claims(seeds, figures, by="outlet")))


def test_open_tables_computes_each_table_as_the_engines_do(seeds):
    # what a notebook reads when it computes its tables in the kernel: every table, equal to the engine's
    engine = corpus_tables(seeds, n_permutations=PERMUTATIONS)
    here = open_tables(SEEDS, n_permutations=PERMUTATIONS)
    assert list(here) == list(TABLES) and sorted(TABLES) == sorted(engine)
    for name in TABLES:
        pd.testing.assert_frame_equal(here[name], engine[name], obj=name)
    assert here["quotes"] is here["quotes"]  # computed once


def test_stored_tables_read_back_exactly_as_computed(seeds, tmp_path):
    # lists, booleans with gaps, None against NaN, the article index, the pandas string type: nothing changes
    engine = corpus_tables(seeds, n_permutations=PERMUTATIONS, out=tmp_path)
    stored = open_tables(stored=tmp_path)
    for name in TABLES:
        pd.testing.assert_frame_equal(stored[name], engine[name], obj=name)
    assert stored["articles"]["cleaning"].map(type).eq(list).all()
    assert read_settings(tmp_path) == {"by": "perspective", "engine": "pandas", "n_articles": 2,
                                       "n_permutations": PERMUTATIONS}


def test_stored_tables_grouped_otherwise_are_refused(seeds, tmp_path):
    corpus_tables(seeds, by="outlet", n_permutations=PERMUTATIONS, out=tmp_path)
    with pytest.raises(ValueError, match="grouped by 'outlet', not 'perspective'"):
        open_tables(stored=tmp_path, by="perspective")
    with pytest.raises(KeyError, match="no table 'framing'"):
        open_tables(stored=tmp_path, by="outlet")["framing"]


def test_every_per_article_table_splits_by_article(thousand):
    # a part's tables are its articles' own: the corpus in seven uneven parts gives the whole corpus's tables
    parts = partitions(thousand, 7)
    assert sum(len(p) for p in parts) == len(thousand) and len(parts) == 7
    same(corpus_tables(thousand, n_permutations=PERMUTATIONS),
         corpus_tables(thousand, engine="dask", scheduler="synchronous", npartitions=7, n_permutations=PERMUTATIONS))


def test_parts_of_one_article_each_give_the_tables_typed_as_the_whole(tmp_path):
    # a column one part has only gaps in (no state stated, no date anchored) is typed as the whole corpus types it,
    # in memory and read back from the parts' files
    arts = load_corpus(ROOT / "tests" / "fixtures" / "claims_corpus")
    whole = corpus_tables(arts, n_permutations=PERMUTATIONS)
    same(whole, corpus_tables(arts, engine="dask", scheduler="synchronous", npartitions=len(arts),
                              n_permutations=PERMUTATIONS))
    corpus_tables(arts, engine="dask", scheduler="synchronous", npartitions=len(arts), n_permutations=PERMUTATIONS,
                  out=tmp_path)
    assert len(list((tmp_path / "stated_figures").glob("part-*.parquet"))) == len(arts)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path, name), whole[name], obj=name)


def test_the_dask_engine_on_a_local_cluster_gives_the_same_tables(seeds):
    same(corpus_tables(seeds, n_permutations=PERMUTATIONS),
         corpus_tables(seeds, engine="dask", npartitions=2, n_permutations=PERMUTATIONS))


def test_tables_are_written_as_parquet_any_reader_can_open(seeds, tmp_path):
    t = corpus_tables(seeds, n_permutations=PERMUTATIONS)
    paths = write_tables(t, tmp_path)
    assert {p.stem for p in paths} == set(t)
    back = pd.read_parquet(tmp_path / "frame_profile.parquet")
    pd.testing.assert_frame_equal(back, t["frame_profile"], check_dtype=False)
    import pyarrow.parquet as pq
    assert "article_id" in pq.read_schema(tmp_path / "articles.parquet").names  # the index is a column to other readers


def test_a_folder_loaded_by_the_workers_gives_the_same_tables(thousand_folder, tmp_path):
    # the client lists the files; the workers load them (the client keeps no text of dated articles)
    folder, whole = thousand_folder
    written = corpus_tables(folder, engine="dask", scheduler="processes", npartitions=3, n_permutations=PERMUTATIONS,
                            out=tmp_path)
    assert read_settings(tmp_path)["n_articles"] == 1000 and "articles" not in written
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path, name), whole[name], obj=name)


def test_the_client_keeps_the_text_of_undated_articles_only(thousand_folder):
    from helpers.engine.dask_engine import _light
    from helpers.load.corpus import plan_corpus
    light = _light(plan_corpus(thousand_folder[0]))
    dated = light["published"].notna()
    assert dated.any() and (~dated).any()
    assert (light.loc[dated, "body"] == "").all() and (light.loc[~dated, "body"] != "").all()


def test_an_unknown_engine_is_refused(seeds):
    with pytest.raises(ValueError, match="not one of pandas, dask"):
        corpus_tables(seeds, engine="spark")


def test_workers_writing_their_parts_give_the_same_tables_on_disk(thousand, tmp_path, monkeypatch):
    # the client gets only the corpus-wide tables back; every table read from disk equals the pandas engine's,
    # the distinctive terms too, scored in four buckets of terms (per n-gram size) from the parts' term counts
    from helpers.engine import dask_engine
    monkeypatch.setattr(dask_engine, "ARTICLES_PER_BUCKET", 300)
    assert dask_engine.term_buckets(len(thousand)) == 4
    written = corpus_tables(thousand, engine="dask", scheduler="synchronous", npartitions=5, n_permutations=PERMUTATIONS,
                            out=tmp_path / "dask")
    assert "actor_actions" not in written and "frame_profile" in written
    assert len(list((tmp_path / "dask" / "quotes").glob("part-*.parquet"))) == 5
    assert not (tmp_path / "dask" / "_terms").exists()  # the term counts were for the scoring only
    whole = corpus_tables(thousand, n_permutations=PERMUTATIONS, out=tmp_path / "pandas")
    for name in whole:
        pd.testing.assert_frame_equal(read_table(tmp_path / "dask", name), whole[name], obj=name)


# ---------------------------------------------------------------------------------------------
# A corpus in four languages: the seeds (English) and two of the repository's own test articles in Russian, Finnish
# and Swedish each, one of each pair per side, so that every language has two groups to compare

MIXED = {"ru": ("counts_01_tass_four_of_eight", "counts_02_ria_only_one"),
         "fi": ("counts_02_yle_salla", "counts_03_hs_talous"),
         "sv": ("counts_01_hbl_stangning", "dates_02_hbl_norr")}
MIXED_CHARS = 300  # each text cut after the paragraph that reaches this many characters: a fast corpus


def _opening(text: str) -> str:
    kept = []
    for block in text.split("\n\n"):
        kept.append(block)
        if len("\n\n".join(kept)) >= MIXED_CHARS:
            break
    return "\n\n".join(kept)


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    lines = ["file,outlet,perspective,language"]
    seeds = pd.read_csv(SEEDS / "sources.csv", dtype=str, keep_default_na=False)
    files = [(SEEDS / f, f, side, lang) for f, side, lang in seeds[["file", "perspective", "language"]].values]
    for lang, stems in MIXED.items():
        files += [(ROOT / "tests" / f"gold_{lang}" / f"{stem}.txt", f"{lang}_{k}.txt", ("finnish", "russian")[k], lang)
                  for k, stem in enumerate(stems)]
    for path, name, side, lang in files:
        (folder / name).write_text(_opening(path.read_text(encoding="utf-8")), encoding="utf-8")
        lines.append(f"{name},,{side},{lang}")
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_a_mixed_language_corpus_gives_the_same_tables_in_both_engines(mixed_folder, tmp_path, monkeypatch):
    # the groups are compared within each language and the naming rows are the corpus's languages', in memory
    # (the helpers' own tables), in the Dask engine's parts, and in its buckets of terms (two per language and size)
    from helpers.engine import dask_engine
    arts = load_corpus(mixed_folder)
    assert sorted(arts["language"]) == ["en", "en", "fi", "fi", "ru", "ru", "sv", "sv"]
    whole = corpus_tables(arts, n_permutations=PERMUTATIONS)
    a = analyse(arts)
    pd.testing.assert_frame_equal(whole["distinctive_terms"], distinctive_terms(a, n_permutations=PERMUTATIONS))
    pd.testing.assert_frame_equal(whole["naming_pairs"], naming_pairs(a))
    terms = whole["distinctive_terms"]
    assert set(zip(terms["language"], terms["group"])) == {(x, g) for x in ("en", "fi", "ru", "sv")
                                                           for g in ("finnish", "russian")}
    assert not set(terms.loc[terms["language"] == "en", "term"]) & set(terms.loc[terms["language"] == "ru", "term"])
    same(whole, corpus_tables(arts, engine="dask", scheduler="synchronous", npartitions=3, n_permutations=PERMUTATIONS))
    monkeypatch.setattr(dask_engine, "ARTICLES_PER_BUCKET", 4)
    assert dask_engine.term_buckets(len(arts)) == 2
    corpus_tables(arts, engine="dask", scheduler="synchronous", npartitions=3, n_permutations=PERMUTATIONS,
                  out=tmp_path / "run")
    corpus_tables(mixed_folder, engine="dask", scheduler="synchronous", npartitions=3, n_permutations=PERMUTATIONS,
                  out=tmp_path / "folder")
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path / "run", name), whole[name], obj=name)
        pd.testing.assert_frame_equal(read_table(tmp_path / "folder", name), whole[name], obj=name)


def test_date_columns_read_back_typed_as_computed(tmp_path):
    # Parquet has no whole seconds: a column of datetime64[s] (as a column of gaps only can be) comes back so
    t = {"dates": pd.DataFrame({"start": pd.Series([pd.NaT, pd.NaT], dtype="datetime64[s]"),
                                "end": pd.Series(pd.to_datetime(["2023-11-16", None], utc=True))
                                .astype("datetime64[s, UTC]"),
                                "seen": pd.to_datetime(["2023-11-16", "2023-11-18"])})}
    write_tables(t, tmp_path)
    assert str(pd.read_parquet(tmp_path / "dates.parquet")["start"].dtype) != "datetime64[s]"
    pd.testing.assert_frame_equal(read_table(tmp_path, "dates"), t["dates"])


@pytest.mark.parametrize("by", ["source", "perspective"])
@pytest.mark.parametrize("per_task", [1000, 2])
def test_verdicts_compared_task_by_task_are_the_verdicts_of_the_whole(by, per_task, monkeypatch):
    # the Dask engine runs each comparison on a worker with only its own facts: the rows it stacks are the
    # whole corpus's verdicts, row for row and typed alike (a fixture with dated, undated and within-article rows),
    # also when the within-article comparisons are split into tasks of two articles
    monkeypatch.setattr(verdicts, "WITHIN_ARTICLES_PER_TASK", per_task)
    arts = load_corpus(ROOT / "tests" / "fixtures" / "claims_corpus")
    facts = fact_table(arts, stated_figures(arts), by=by)
    tasks = list(verdict_tasks(facts, arts, by=by))
    within = [g for kind, _, g, _ in tasks if kind == "within"]
    assert len(within) > 5 and len(tasks) > len(within)
    assert max(g["article_id"].nunique() for g in within) <= per_task
    assert sum(len(g) for kind, _, g, _ in tasks if kind == "across") <= int(facts["comparable"].sum())
    stacked = stack([reconcile_task(*t) for t in tasks], empty=reconcile(aligned_frame([])))
    pd.testing.assert_frame_equal(stacked, reconcile(align_claims(arts, by=by, facts=facts)))
    # and with no facts at all
    none = facts.iloc[:0]
    pd.testing.assert_frame_equal(stack([reconcile_task(*t) for t in verdict_tasks(none, arts, by=by)],
                                        empty=reconcile(aligned_frame([]))),
                                  reconcile(align_claims(arts, by=by, facts=none)))


def test_the_verdicts_tasks_are_sent_a_batch_at_a_time():
    # the client takes a task's facts only when its batch is sent: never every task's copy at once; results in order
    from helpers.engine.dask_engine import _on_workers
    taken, sent = [], []

    def arguments():
        for i in range(7):
            taken.append(i)
            yield (i,)

    def compute(tasks):
        sent.append((len(tasks), len(taken)))
        return [t.compute() for t in tasks]

    assert _on_workers(compute, batch=3)(lambda i: i * 10, arguments()) == [0, 10, 20, 30, 40, 50, 60]
    assert sent == [(3, 3), (3, 6), (1, 7)]
