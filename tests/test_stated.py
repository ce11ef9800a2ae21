"""stated_figures and publication_windows on small articles written here, and the three charts drawn from them.

Every article is a file in a temporary folder with a ``sources.csv`` beside it, read by ``load_corpus``
exactly as the notebooks read a corpus. Dates follow the annotation guide (docs/ANNOTATION.md).
"""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import load_corpus, sentences  # noqa: E402
from helpers.show.charts import interval_text, plot_crossings, plot_people, plot_timeline, snippet  # noqa: E402
from helpers.extract.stated import COLUMNS, publication_windows, stated_figures  # noqa: E402

PUBLISHED = "2023-11-20"  # a Monday

# Seed-like, undated: its relative dates rest on what the text establishes (November 2023, a 2024 expiry).
UNDATED = """Finland ends border deal with Russia

Finland terminated the cooperation agreement signed with Russia in 2012. Russia conveyed the decision to the ministry in late October.

The agreement is set to expire on January 24, 2024. Around 900 asylum seekers arrived in Finland in November 2023.

The decision was made by the government on Thursday.
"""

DATED = f"""date {PUBLISHED}

Finland shuts four of eight border crossings

Finland closed four of the eight border crossings on Friday. Only four checkpoints will remain open until December 13.

Around 900 asylum seekers arrived in November. The border guard counted 60 migrants.

The government met on Thursday. It said three border posts would close.

Officials said 200 people waited at the crossing points.
"""

# A one-line page header (as in the Sputnik seed): section, title, standfirst, credit and time.
HEADER = (f"date {PUBLISHED} World Finland shuts four crossings Helsinki says the eight crossing points will "
          "close on Friday. Source: Sputnik Monday, November 20, 2023 | 09:15 Tweet Share\n\n"
          "The border guard counted 40 migrants yesterday.\n")


def write_corpus(folder, files: dict[str, str], meta: dict[str, tuple[str, str]] | None = None):
    """Write *files* and their sources.csv into *folder*; return ``load_corpus(folder)``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["file,outlet,perspective,language,url,notes"]
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        outlet, perspective = (meta or {}).get(name, ("Test Wire", "other"))
        lines.append(f"{name},{outlet},{perspective},en,,written for tests/test_stated.py")
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(folder)


def one(tmp_path, body: str, *, published: str | None = PUBLISHED):
    """Figures of a single article with a title and *body* (one paragraph per blank-line block)."""
    head = f"date {published}\n\n" if published else ""
    articles = write_corpus(tmp_path / "one", {"art.txt": f"{head}Border news from Finland\n\n{body}\n"})
    return articles, stated_figures(articles)


def count_row(figs, text: str) -> pd.Series:
    rows = figs[(figs["kind"] == "count") & (figs["text"] == text)]
    assert len(rows) == 1, f"{text!r} found {len(rows)} times among {figs['text'].tolist()}"
    return rows.iloc[0]


@pytest.fixture()
def corpus(tmp_path):
    articles = write_corpus(tmp_path / "corpus", {"a_dated.txt": DATED, "b_undated.txt": UNDATED, "c_header.txt": HEADER},
                            {"a_dated.txt": ("Yle", "finnish"), "b_undated.txt": ("", "finnish"),
                             "c_header.txt": ("Sputnik", "russian")})
    return articles, stated_figures(articles)


# ---------------------------------------------------------------------------------------------
# Offsets, sentences, fields


def test_columns_and_one_row_per_mention(corpus):
    _, figs = corpus
    assert figs.columns.tolist() == COLUMNS
    assert set(figs["kind"]) == {"date", "count"}
    assert not figs.duplicated(["article_id", "field", "start_char", "kind"]).any()


def test_offsets_point_into_the_field(corpus):
    articles, figs = corpus
    assert len(figs) > 15
    for r in figs.itertuples():
        assert articles.loc[r.article_id, r.field][r.start_char:r.end_char] == r.text, r


def test_sentence_is_the_one_holding_the_mention(corpus):
    articles, figs = corpus
    sent = sentences(articles, fields=("title", "standfirst", "body")).set_index(["article_id", "sentence_no"])
    for r in figs.itertuples():
        s = sent.loc[(r.article_id, r.sentence_no)]
        assert s["text"] == r.sentence and s["field"] == r.field, r
        assert s["start"] <= r.start_char and r.end_char <= s["end"], r


@pytest.mark.parametrize("article, field, text", [
    ("a_dated", "title", "four of eight border crossings"),
    ("c_header", "title", "four crossings"),
    ("c_header", "standfirst", "eight crossing points"),
    ("c_header", "standfirst", "on Friday"),
    ("c_header", "body", "40 migrants"),
])
def test_title_and_standfirst_mentions(corpus, article, field, text):
    articles, figs = corpus
    rows = figs[(figs["article_id"] == article) & (figs["text"] == text)]
    assert rows["field"].tolist() == [field]
    r = rows.iloc[0]
    assert articles.loc[article, field][r.start_char:r.end_char] == text


def test_article_columns_are_carried(corpus):
    _, figs = corpus
    a = figs[figs["article_id"] == "a_dated"]
    assert set(a["label"]) == {"Yle"} and set(a["perspective"]) == {"finnish"}
    assert set(a["published"]) == {pd.Timestamp(PUBLISHED)}
    assert figs.loc[figs["article_id"] == "b_undated", "published"].isna().all()


# ---------------------------------------------------------------------------------------------
# Topics and open/closed state


@pytest.mark.parametrize("sentence, text, topic", [
    ("Finland closed four of the eight border crossings.", "four of the eight border crossings", "crossings"),
    ("Finland closed three checkpoints.", "three checkpoints", "crossings"),
    ("The government said two border posts would close.", "two border posts", "crossings"),
    ("Finland will close two crossing points.", "two crossing points", "crossings"),
    ("Some 300 asylum seekers arrived.", "Some 300 asylum seekers", "people"),
    ("The guards counted 60 migrants.", "60 migrants", "people"),
    ("The border is 1,340 kilometres long.", "1,340 kilometres", "distance"),
    ("Finland sent 40 tanks.", "40 tanks", "other"),
])
def test_topic(tmp_path, sentence, text, topic):
    _, figs = one(tmp_path, sentence)
    assert count_row(figs, text)["topic"] == topic


@pytest.mark.parametrize("sentence, text, state", [
    ("Only one out of eight checkpoints will remain open.", "one out of eight checkpoints", "open"),
    ("Finland closed four of the eight border crossings.", "four of the eight border crossings", "closed"),
    ("The government said three border posts would be shut.", "three border posts", "closed"),
    ("Two crossing points reopened on Monday.", "Two crossing points", "open"),
    ("The guards watched eight checkpoints.", "eight checkpoints", None),       # no state word
    ("Finland has nine crossing points with Russia.", "nine crossing points", None),
])
def test_crossing_state(tmp_path, sentence, text, state):
    _, figs = one(tmp_path, sentence)
    got = count_row(figs, text)["state"]
    assert (None if pd.isna(got) else got) == state


@pytest.mark.parametrize("language, sentence, text, state", [
    # invented sentences; each language's own state words (STATE_WORDS)
    ("ru", "С 18 ноября закрыты четыре КПП.", "четыре КПП", "closed"),
    ("ru", "Власти приостановили работу двух КПП.", "двух КПП", "closed"),  # "работу", the noun, is not "working"
    ("ru", "Открытыми остаются четыре КПП.", "четыре КПП", "open"),
    ("ru", "Два КПП возобновили работу.", "Два КПП", "open"),
    ("ru", "Сейчас работают два КПП.", "два КПП", "open"),
    ("fi", "Suomi sulkee neljä rajanylityspaikkaa.", "neljä rajanylityspaikkaa", "closed"),
    ("fi", "Kaksi rajanylityspaikkaa on kiinni.", "Kaksi rajanylityspaikkaa", "closed"),
    ("fi", "Kaksi rajanylityspaikkaa avattiin uudelleen.", "Kaksi rajanylityspaikkaa", "open"),
    ("fi", "Hallitus jättää auki yhden rajanylityspaikan.", "yhden rajanylityspaikan", "open"),
    ("sv", "Finland stänger fyra gränsövergångar.", "fyra gränsövergångar", "closed"),
    ("sv", "Två gränsövergångar öppnas igen.", "Två gränsövergångar", "open"),
    ("sv", "Två gränsövergångar hålls öppna.", "Två gränsövergångar", "open"),
])
def test_crossing_state_in_russian_finnish_and_swedish(language, sentence, text, state):
    from helpers.extract.stated import crossing_state
    at = sentence.index(text)
    assert crossing_state(sentence, at, at + len(text), language=language) == state
    assert crossing_state(sentence, at, at + len(text)) is None  # English words do not read them


@pytest.mark.parametrize("language, sentence, text", [
    # invented: an open word negated is a closed one
    ("ru", "Два КПП не работают.", "Два КПП"),
    ("fi", "Kaksi rajanylityspaikkaa ei ole enää auki.", "Kaksi rajanylityspaikkaa"),
    ("sv", "Två gränsövergångar är inte längre öppna.", "Två gränsövergångar"),
])
def test_a_negated_open_word_is_closed(language, sentence, text):
    from helpers.extract.stated import crossing_state
    at = sentence.index(text)
    assert crossing_state(sentence, at, at + len(text), language=language) == "closed"


@pytest.mark.parametrize("language, sentence, text", [
    # invented: the state word of the whole ("of the eight working") or of the counted phrase ("four working ones")
    # is not the state said of the count
    ("ru", "Финляндия закрыла четыре из девяти работающих КПП.", "четыре из девяти работающих КПП"),
    ("ru", "Финляндия закроет последние четыре работающие КПП.", "четыре работающие КПП"),
    ("sv", "Fyra av de åtta öppna gränsövergångarna stängs.", "Fyra av de åtta öppna gränsövergångarna"),
])
def test_the_state_of_the_whole_or_of_the_counted_phrase_yields_to_the_one_said_of_the_count(language, sentence, text):
    from helpers.extract.stated import crossing_state
    at = sentence.index(text)
    assert crossing_state(sentence, at, at + len(text), language=language) == "closed"


def test_stated_figures_read_the_state_in_the_articles_language(tmp_path):
    folder = tmp_path / "ru"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2023-11-22\nГраница\n\nС 18 ноября закрыты четыре КПП.\n", encoding="utf-8")
    (folder / "sources.csv").write_text("file,outlet,perspective,language,url,published,notes\na.txt,A,russian,ru,,,\n",
                                        encoding="utf-8")
    figs = stated_figures(load_corpus(folder))
    assert figs.loc[figs["kind"] == "count", "state"].tolist() == ["closed"]


def test_no_state_for_counts_that_are_not_crossings(tmp_path):
    _, figs = one(tmp_path, "Finland closed the border to 300 asylum seekers.")
    row = count_row(figs, "300 asylum seekers")
    assert row["topic"] == "people" and pd.isna(row["state"])


# ---------------------------------------------------------------------------------------------
# The date each count refers to


def test_reference_in_the_same_sentence(corpus):
    _, figs = corpus
    r = count_row(figs[figs["article_id"] == "a_dated"], "four of the eight border crossings")
    assert (r["ref_text"], r["ref_from"]) == ("on Friday", "sentence")
    assert r["ref_start"] == r["ref_end"] == pd.Timestamp("2023-11-17")


def test_reference_in_the_previous_sentence_of_the_paragraph(corpus):
    _, figs = corpus
    r = count_row(figs[figs["article_id"] == "a_dated"], "three border posts")
    assert (r["ref_text"], r["ref_from"], r["ref_start"]) == ("on Thursday", "sentence", pd.Timestamp("2023-11-16"))


def test_until_is_not_preferred_when_the_sentence_gives_another_date(tmp_path):
    _, figs = one(tmp_path, "Finland shut four border crossings on Friday until December 13.")
    r = count_row(figs, "four border crossings")
    friday = figs[figs["text"] == "on Friday"].iloc[0]
    assert r["ref_text"] == "on Friday" and r["ref_start"] == friday["start"] == pd.Timestamp("2023-11-17")


def test_until_is_used_when_it_is_the_only_date(corpus):
    _, figs = corpus
    r = count_row(figs[figs["article_id"] == "a_dated"], "four checkpoints")
    assert r["ref_text"] == "December 13" and r["ref_start"] == pd.Timestamp("2023-12-13")


def test_publication_date_when_the_text_gives_none(corpus):
    # "200 people" follows a paragraph break: the Thursday of the paragraph before does not count.
    _, figs = corpus
    r = count_row(figs[figs["article_id"] == "a_dated"], "200 people")
    assert (r["ref_text"], r["ref_from"], r["ref_start"]) == ("publication date", "published", pd.Timestamp(PUBLISHED))
    title = count_row(figs[figs["article_id"] == "a_dated"], "four of eight border crossings")
    assert title["ref_from"] == "published"


def test_no_reference_without_a_date_or_a_publication_date(tmp_path):
    _, figs = one(tmp_path, "The minister spoke on Thursday about 12 migrants.", published=None)
    r = count_row(figs, "about 12 migrants")
    assert pd.isna(r["ref_text"]) and pd.isna(r["ref_from"]) and pd.isna(r["ref_start"])
    thursday = figs[figs["text"] == "on Thursday"].iloc[0]
    assert pd.isna(thursday["start"])  # found, but the text cannot fix it


def test_reference_skips_unresolved_dates(tmp_path):
    _, figs = one(tmp_path, "In November 2023 the minister said on Thursday that 12 migrants came.", published=None)
    r = count_row(figs, "12 migrants")
    assert r["ref_text"].endswith("November 2023") and r["ref_start"] == pd.Timestamp("2023-11-01")


# ---------------------------------------------------------------------------------------------
# Dates in an undated article, and publication windows


def test_inferred_anchoring_for_an_undated_article(corpus):
    _, figs = corpus
    d = figs[(figs["article_id"] == "b_undated") & (figs["kind"] == "date")].set_index("text")
    late = d.loc["in late October"]
    assert late["inferred"] is True and late["anchored_on"] == "inferred"
    assert (late["start"], late["end"]) == (pd.Timestamp("2023-10-21"), pd.Timestamp("2023-10-31"))
    absolute = d.loc["on January 24, 2024"]
    assert absolute["inferred"] is False and absolute["anchored_on"] == "text"
    assert pd.isna(d.loc["on Thursday", "start"]) and d.loc["on Thursday", "inferred"] is False


def test_dated_article_is_anchored_on_its_publication_date(corpus):
    _, figs = corpus
    d = figs[(figs["article_id"] == "a_dated") & (figs["kind"] == "date")]
    assert set(d["anchored_on"]) == {"published"} and not d["inferred"].any()


def test_publication_windows(corpus):
    articles, _ = corpus
    w = publication_windows(articles).set_index("article_id")
    assert w.columns.tolist() == ["published", "estimate_earliest", "estimate_latest", "basis", "is_estimate"]
    dated = w.loc["a_dated"]
    assert dated["published"] == pd.Timestamp(PUBLISHED) and not dated["is_estimate"]
    assert pd.isna(dated["estimate_earliest"]) and "header" in dated["basis"]
    undated = w.loc["b_undated"]
    assert undated["is_estimate"] and pd.isna(undated["published"])
    assert (undated["estimate_earliest"], undated["estimate_latest"]) == (pd.Timestamp("2023-11-01"), pd.Timestamp("2024-01-24"))
    assert "November 2023" in undated["basis"] and "January 24, 2024" in undated["basis"]


def test_publication_window_when_the_text_fixes_none(tmp_path):
    articles, _ = one(tmp_path, "The minister spoke on Thursday.", published=None)
    w = publication_windows(articles).iloc[0]
    assert w["is_estimate"] and pd.isna(w["estimate_earliest"]) and pd.isna(w["estimate_latest"])
    assert "does not fix" in w["basis"]


# ---------------------------------------------------------------------------------------------
# Charts


def keys(df) -> list[tuple]:
    return sorted(zip(df["article_id"], df["field"], df["start_char"], df["text"]))


def title_of(fig) -> str:
    suptitle = [fig._suptitle.get_text()] if fig._suptitle else []
    return " ".join(suptitle + [a.get_title(loc="left") for a in fig.axes])


def png_bytes(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def test_crossings_rows_are_the_crossings_statements(corpus):
    _, figs = corpus
    fig, rows = plot_crossings(figs)
    expected = figs[(figs["kind"] == "count") & (figs["topic"] == "crossings")]
    assert len(expected) >= 5 and keys(rows) == keys(expected)
    for c in ("article_id", "sentence", "text"):
        assert rows[c].notna().all()
    assert f"N = {len(rows)} statements in {expected['article_id'].nunique()} articles" in title_of(fig)
    plt.close(fig)


def test_crossings_marks_stated_and_implied(corpus):
    _, figs = corpus
    _, rows = plot_crossings(figs)
    r = rows[(rows["article_id"] == "a_dated") & (rows["text"] == "four of the eight border crossings")].iloc[0]
    assert (r["n_marks"], r["stated_marks"], r["implied_marks"], r["state"], r["implied_state"]) == (8, 4, 4, "closed", "not closed")
    r = rows[rows["text"] == "three border posts"].iloc[0]
    assert (r["n_marks"], r["stated_marks"], r["implied_marks"]) == (3, 3, 0)
    assert r["refers_to"] == "on Thursday (16 Nov 2023)"


def test_crossings_rows_follow_the_date_referred_to(corpus):
    _, figs = corpus
    _, rows = plot_crossings(figs)
    known = rows["ref_start"].notna()
    assert known.any() and rows.loc[known, "ref_start"].is_monotonic_increasing
    assert known.tolist() == sorted(known, reverse=True)  # statements with no date come last


def test_crossings_without_a_state_word_are_neutral(tmp_path):
    _, figs = one(tmp_path, "The guards watched three of the eight checkpoints.")
    fig, rows = plot_crossings(figs)
    r = rows.iloc[0]
    assert r["state"] is None and (r["stated_marks"], r["implied_marks"]) == (3, 5)
    assert r["implied_state"] == "state not stated"
    plt.close(fig)


def test_people_rows_and_approximate_flags(corpus):
    _, figs = corpus
    fig, rows = plot_people(figs)
    expected = figs[(figs["kind"] == "count") & (figs["topic"] == "people")]
    assert keys(rows) == keys(expected)
    flags = dict(zip(zip(expected["article_id"], expected["start_char"]), expected["approx"]))
    assert [flags[(a, s)] for a, s in zip(rows["article_id"], rows["start_char"])] == rows["approx"].tolist()
    assert rows["approx"].any() and not rows["approx"].all()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    values = [t.get_text() for t in fig.axes[0].texts]
    assert sum(v.startswith("≈") for v in values) == int(rows["approx"].sum())
    assert len(labels) == len(rows) and any("asylum seekers" in label for label in labels)
    hatched = [bool(bar.get_hatch()) for bar in fig.axes[0].patches]
    assert hatched == rows["approx"].tolist()  # one bar per row, hatched when approximate
    assert fig.axes[0].get_xscale() == "linear"
    plt.close(fig)


def test_people_log_scale_when_values_span_over_two_orders_of_magnitude(tmp_path):
    _, figs = one(tmp_path, "Some 3 migrants came on Monday. In November, 4,000 asylum seekers arrived.")
    fig, rows = plot_people(figs)
    assert len(rows) == 2 and rows["log_scale"].all()
    assert fig.axes[0].get_xscale() == "log" and "log scale" in fig.axes[0].get_xlabel()
    plt.close(fig)


def test_timeline_draws_resolved_dates_and_lists_the_rest(corpus):
    _, figs = corpus
    fig, rows = plot_timeline(figs)
    dates = figs[figs["kind"] == "date"]
    assert keys(rows) == keys(dates)
    drawn = rows[rows["drawn"]]
    assert keys(drawn) == keys(dates[dates["start"].notna()])
    assert (rows.loc[~rows["drawn"], "note"].str.startswith("not drawn")).all() and (~rows["drawn"]).sum() == 1
    assert (drawn["note"] == "").all()
    assert drawn["start"].is_monotonic_increasing
    assert rows.loc[rows["text"] == "in late October", "inferred"].tolist() == [True]
    title = title_of(fig)
    assert f"N = {len(drawn)} mentions drawn, from 3 articles; 1 unresolved" in title
    assert len(fig.axes) == 2  # 2012 .. 2024: the whole span and a zoom
    plt.close(fig)


def test_timeline_has_one_panel_when_the_dates_are_close(tmp_path):
    _, figs = one(tmp_path, "Finland closed four border crossings on Friday and will reopen them on December 13.")
    fig, rows = plot_timeline(figs)
    assert rows["drawn"].sum() == 2 and len(fig.axes) == 1
    plt.close(fig)


@pytest.mark.parametrize("plot", [plot_crossings, plot_people, plot_timeline])
def test_empty_input_draws_an_empty_chart(plot, corpus):
    _, figs = corpus
    fig, rows = plot(figs.iloc[0:0])
    assert rows.empty and {"article_id", "sentence", "text"} <= set(rows.columns)
    assert "N = 0" in title_of(fig)
    assert png_bytes(fig)
    plt.close(fig)


@pytest.mark.parametrize("plot", [plot_crossings, plot_people])
def test_a_corpus_without_the_topic_draws_an_empty_chart(tmp_path, plot):
    _, figs = one(tmp_path, "The minister spoke on Friday about the agreement signed in 2012.")
    assert not figs.empty and not (figs["kind"] == "count").any()
    fig, rows = plot(figs)
    assert rows.empty and "N = 0" in title_of(fig)
    plt.close(fig)


def test_dollar_signs_in_article_text_are_drawn_as_text(tmp_path):
    _, figs = one(tmp_path, "The fund paid $5 and $10 on Friday to 300 asylum seekers.")
    fig, _ = plot_timeline(figs)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert any(r"paid \$5 and \$10" in label for label in labels), labels
    assert png_bytes(fig)  # renders without a mathtext error
    plt.close(fig)


@pytest.mark.parametrize("plot", [plot_crossings, plot_people, plot_timeline])
def test_charts_are_deterministic(plot, corpus):
    _, figs = corpus
    first, rows1 = plot(figs)
    second, rows2 = plot(figs)
    assert png_bytes(first) == png_bytes(second)
    pd.testing.assert_frame_equal(rows1, rows2)
    plt.close(first)
    plt.close(second)


@pytest.mark.parametrize("plot", [plot_crossings, plot_people, plot_timeline])
def test_grouping_column_is_checked(plot, corpus):
    _, figs = corpus
    with pytest.raises(KeyError, match="nosuchcolumn"):
        plot(figs, by="nosuchcolumn")


def test_rows_grow_the_figure_and_labels_do_not_overlap(tmp_path):
    body = "\n\n".join(f"On {d} November 2023, {n} asylum seekers arrived at the border." for d, n in
                       zip(range(1, 31), range(101, 131)))
    _, figs = one(tmp_path, body)
    fig, rows = plot_people(figs)
    assert len(rows) == 30
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in fig.axes[0].get_yticklabels()]
    assert all(a.y0 >= b.y1 or b.y0 >= a.y1 for a, b in zip(boxes, boxes[1:]))
    small, _ = plot_people(figs.iloc[:3])
    assert fig.get_figheight() > small.get_figheight()
    plt.close(fig)
    plt.close(small)


@pytest.mark.parametrize("start, end, text", [
    ("2023-11-18", "2023-11-19", "18–19 Nov 2023"),
    ("2023-11-20", "2023-11-20", "20 Nov 2023"),
    ("2023-11-01", "2023-11-30", "Nov 2023"),
    ("2023-09-01", "2023-11-30", "1 Sep – 30 Nov 2023"),
    ("2022-01-01", "2023-12-31", "2022–2023"),
    ("2023-12-01", "2024-02-29", "1 Dec 2023 – 29 Feb 2024"),
])
def test_interval_text(start, end, text):
    assert interval_text(pd.Timestamp(start), pd.Timestamp(end)) == text


@pytest.mark.parametrize("sentence, text, expected", [
    ("Earlier, during the weekend, Finland closed four of the eight border crossings with Russia.",
     "during the weekend", "Earlier, during the weekend, Finland closed four…"),
    ("It is set to expire on January 24, 2024.", "on January 24, 2024", "…is set to expire on January 24, 2024."),
    ("Not in the sentence.", "in 2012", "in 2012"),
])
def test_snippet(sentence, text, expected):
    assert snippet(sentence, text) == expected


# ----------------------------------------------------------------------------- datelines without a year

@pytest.mark.parametrize(
    "dateline, text, expected",
    [
        ("HELSINKI, November 30. /TASS/.", "Arrivals began in 2019. Since Friday, November 24, one crossing is open.", "2023-11-30"),
        ("Helsinki, Nov. 24, (dpa) –", "It began in February 2022. Frontex said on Thursday (23 November) it would help.", "2023-11-24"),
        ("MOSCOW, Dec 15 (Reuters) -", "Arrivals peaked in November 2023.", "2023-12-15"),
        ("HELSINKI (AP) —", "Arrivals peaked in November 2023.", None),  # no day in the dateline
        ("MOSCOW, Dec 15 (Reuters) -", "No year anywhere in this text.", None),
    ],
)
def test_dateline_date_takes_its_year_from_the_text(dateline, text, expected):
    from helpers.extract.stated import dateline_date
    got = dateline_date(dateline, text)
    assert (got[0] if got else None) == (pd.Timestamp(expected) if expected else None)


def test_dateline_day_anchors_relative_dates_as_inferred(tmp_path):
    write_corpus(tmp_path, {"a.txt": "Border shut\n\nHELSINKI, November 30. /TASS/. Finland closed the last crossing "
                                      "on Thursday, after arrivals in November 2023 rose to 900 people.\n"})
    articles = load_corpus(tmp_path)
    assert pd.isna(articles.iloc[0]["published"])  # the dateline gives no year: not a publication date
    figs = stated_figures(articles)
    thursday = figs[figs["text"] == "on Thursday"].iloc[0]
    assert thursday["start"] == pd.Timestamp("2023-11-30") and thursday["anchored_on"] == "dateline" and thursday["inferred"]
    count = figs[figs["kind"] == "count"].iloc[0]
    assert count["ref_text"] == "in November 2023"
    window = publication_windows(articles).iloc[0]
    assert window["is_estimate"] and window["estimate_earliest"] == pd.Timestamp("2023-11-30")
    assert "dateline" in window["basis"]


def test_a_resumption_of_crossings_is_their_opening():
    # invented: the count's nearest state word is the resumption, not the closing after it
    from helpers.extract.stated import crossing_state
    s = "The checkpoints were shut for two weeks, then a partial resumption of two checkpoints came before they closed again."
    at = s.index("two checkpoints")
    assert crossing_state(s, at, at + len("two checkpoints")) == "open"


def test_a_month_only_stamp_places_year_less_dates_but_not_weekdays(tmp_path):
    articles = write_corpus(tmp_path / "m", {"m.txt": "Border news from Finland\n\n date 2023-11\n\nThe crossings stay shut "
                                                       "until December 23. They closed on Friday.\n"})
    articles.loc["m", "published_month"] = "2023-11"
    d = stated_figures(articles).set_index("text")
    assert d.loc["December 23", "start"] == pd.Timestamp("2023-12-23") and bool(d.loc["December 23", "inferred"])
    assert pd.isna(d.loc["on Friday", "start"])
