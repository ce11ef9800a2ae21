"""Tests for helpers.load.corpus: the seeds, header layouts, repeats, sentences, and the bad-input battery."""
from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import CorpusError, cleaning_log, load_corpus, paragraphs, sentences
from helpers.load.corpus import PROBLEM_SEP, _stamp
from helpers.paths import SEEDS, TESTS
from helpers.load.text import split_sentences

BAD = TESTS / "fixtures" / "bad_corpus"
CONTRACT = ["file", "title", "body", "raw", "published", "published_from", "outlet", "perspective",
            "language", "credit", "n_words", "n_paragraphs", "repeats_dropped", "problems"]


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


def write(tmp_path: Path, name: str, text: str, *, perspective: str = "other") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with (tmp_path / "sources.csv").open("a", encoding="utf-8") as fh:
        if fh.tell() == 0:
            fh.write("file,outlet,perspective,language,url,notes\n")
        fh.write(f"{name},Test Outlet,{perspective},en,,\n")
    return path


# ----------------------------------------------------------------------------- the seeds

def test_contract_columns_and_index(seeds):
    assert seeds.index.name == "article_id"
    assert set(CONTRACT) <= set(seeds.columns)
    assert list(seeds.index) == ["000_52ed20e70830388d", "002_a09e864cca88c890"]
    assert (seeds["problems"] == "").all()


def test_seed_002_header_is_parsed(seeds):
    a = seeds.loc["002_a09e864cca88c890"]
    assert a["published"] == pd.Timestamp("2023-11-20 09:15")
    assert a["published_from"] == "header"
    assert a["title"] == "Moscow: We'll terminate border cooperation with Finland"
    assert a["standfirst"] == "Moscow believes that Helsinki is fully to blame for the termination of border cooperation."
    assert a["credit"] == "Sputnik"
    assert a["photo_credit"] == "EPA-EFE/MAXIM SHIPENKOV"
    assert a["section"] == "World"
    assert a["n_paragraphs"] == 6
    assert a["body"].startswith("Director of the Second Department")
    for furniture in ("Tweet", "Share", "EPA-EFE", "Source:", "09:15"):
        assert furniture not in a["body"]
    assert a["raw"] == (SEEDS / "002_a09e864cca88c890.txt").read_text(encoding="utf-8")


def test_seed_000_repeats_dropped_once(seeds):
    a = seeds.loc["000_52ed20e70830388d"]
    assert a["title"] == "Finland terminates cross-border cooperation deal with Russia"
    assert pd.isna(a["published"]) and pd.isna(a["published_from"])
    assert a["n_paragraphs"] == 5
    assert a["repeats_dropped"] == 6  # the repeated title and the five repeated paragraphs
    assert a["body"].count("Around 900 asylum seekers") == 1
    assert a["title"] not in a["body"]
    assert a["outlet"] == ""  # the text names no outlet: it stays unknown
    assert a["label"].startswith("unnamed outlet")


def test_paragraph_and_sentence_offsets_point_into_body(seeds):
    for table in (paragraphs(seeds), sentences(seeds)):
        for row in table.itertuples():
            assert seeds.loc[row.article_id, "body"][row.start:row.end] == row.text


def test_sentences_of_all_fields_keep_their_own_offsets(seeds):
    s = sentences(seeds, fields=("title", "standfirst", "body"))
    for row in s.itertuples():
        assert seeds.loc[row.article_id, row.field][row.start:row.end] == row.text
    per = s[s["article_id"] == "002_a09e864cca88c890"]
    assert per["field"].tolist()[:2] == ["title", "standfirst"]
    assert per["sentence_no"].tolist() == list(range(len(per)))


def test_cleaning_log_says_what_was_removed(seeds):
    log = cleaning_log(seeds)
    text = " | ".join(log["detail"])
    assert "Tweet Share" in text
    assert "dropped 5 paragraph(s) repeated word for word" in text
    assert "dropped 1 repeat(s) of the title" in text


# ----------------------------------------------------------------------------- header layouts

@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a page header like the Sputnik seed, but another outlet and section
            " date 2024-03-02 Politics Helsinki extends closure of all crossings Finland said the border "
            "stays shut until April 14. Source: TASS Saturday, March 2, 2024 | 14:05 Tweet Share\n\n"
            "The government announced the decision on Friday.\n",
            dict(published=pd.Timestamp("2024-03-02 14:05"), published_from="header", section="Politics",
                 title="Helsinki extends closure of all crossings",
                 standfirst="Finland said the border stays shut until April 14.", credit="TASS", n_paragraphs=1),
        ),
        (  # only a date stamp before the first sentence
            " date 2023-11-24 Finland closed three more crossings on Friday. The border guard confirmed it.\n\n"
            "Only Raja-Jooseppi stays open.\n",
            dict(published=pd.Timestamp("2023-11-24"), published_from="header", title="",
                 n_paragraphs=2, body_start="Finland closed three more crossings on Friday."),
        ),
        (  # a TASS dateline
            "HELSINKI, November 15. /TASS/. Finland's government has decided to close four checkpoints.\n\n"
            "The decision takes effect on Saturday.\n",
            dict(published_from=None, credit="TASS", dateline="HELSINKI, November 15. /TASS/.",
                 body_start="Finland's government has decided"),
        ),
        (  # a wire dateline with the year: the publication date comes from the text
            "Finland shuts border\n\nMOSCOW, Nov 20, 2023 (Reuters) - Russia said on Monday it would respond.\n\n"
            "More follows.\n",
            dict(published=pd.Timestamp("2023-11-20"), published_from="text", credit="Reuters",
                 title="Finland shuts border", body_start="Russia said on Monday"),
        ),
        (  # a dpa dateline with a dash
            "Helsinki, Dec. 15, (dpa) – The border will stay closed, the minister said.\n",
            dict(credit="dpa", body_start="The border will stay closed"),
        ),
        (  # a publication line under the title
            "Border shut again\n\nPublished: 30 November 2023 12:30\n\nThe last crossing closed at midnight.\n",
            dict(published=pd.Timestamp("2023-11-30 12:30"), published_from="text", title="Border shut again",
                 n_paragraphs=1),
        ),
        (  # nothing at all: one paragraph of text, no title guessed
            "Finland closed its border. Russia protested.\n",
            dict(title="", n_paragraphs=1, published_from=None, body_start="Finland closed its border."),
        ),
        (  # an AP dateline: place and agency, no date
            "Finland to close border\n\nHELSINKI (AP) — Finland will close its entire border with Russia, the prime minister said.\n",
            dict(credit="AP", dateline="HELSINKI (AP) —", body_start="Finland will close its entire border"),
        ),
        (  # a day-first dateline and a byline above it
            "By Anne Kauranen and Essi Lehto\n\nHELSINKI, 16 November 2023 (Reuters) - Finland may close crossings.\n\n"
            "(Reporting by Anne Kauranen; Editing by Alison Williams)\n",
            dict(credit="Reuters", byline="Anne Kauranen and Essi Lehto", published=pd.Timestamp("2023-11-16"),
                 published_from="text", n_paragraphs=1, body_start="Finland may close crossings."),
        ),
        (  # a place name starting a sentence is not an AP dateline
            "Helsinki (the capital) was quiet. Border guards counted arrivals.\n",
            dict(dateline="", credit="", body_start="Helsinki (the capital) was quiet."),
        ),
        (  # a sentence that starts like a dateline is not one
            "Helsinki, November 15 was a cold day for the border guards. They counted arrivals.\n",
            dict(dateline="", body_start="Helsinki, November 15 was a cold day"),
        ),
        (  # a scraper's date stamp under the title, with the title again: the date, and the title once
            "Ferry line to stop in spring\n\n date 2021-03-04 Ferry line to stop in spring\n\nThe operator said so on Thursday.\n",
            dict(published=pd.Timestamp("2021-03-04"), published_from="header", title="Ferry line to stop in spring",
                 n_paragraphs=1, body_start="The operator said so"),
        ),
        (  # the month in capitals and the agency's name in capitals after a comma
            "TALLINN, FEBRUARY 3, NORTHWIRE. The ministry said the border stays closed.\n",
            dict(dateline="TALLINN, FEBRUARY 3, NORTHWIRE.", credit="NORTHWIRE", published_from=None,
                 body_start="The ministry said"),
        ),
        (  # a dateline run into the first sentence, with no dash, stop or agency: the sentence starts with a capital
            "Border shut again\n\nRovaniemi, Jan 9 The regional council said the last crossing stays closed.\n",
            dict(dateline="Rovaniemi, Jan 9", title="Border shut again", published_from=None,
                 body_start="The regional council said"),
        ),
    ],
)
def test_header_layouts(tmp_path, text, expected):
    write(tmp_path, "article.txt", text)
    a = load_corpus(tmp_path).iloc[0]
    assert a["problems"] == ""
    for key, value in expected.items():
        if key == "body_start":
            assert a["body"].startswith(value), a["body"]
        elif value is None:
            assert pd.isna(a[key]), (key, a[key])
        else:
            assert a[key] == value, (key, a[key])
    assert a["raw"] == text


def test_page_furniture_lines_are_removed_and_logged(tmp_path):
    write(tmp_path, "a.txt", "Title of the piece\n\nFirst paragraph of the story.\n\nAdvertisement\n\n"
          "Read more: Finland closes border\n\nSecond paragraph of the story.\n\nShare Tweet Print\n")
    a = load_corpus(tmp_path)
    assert a.iloc[0]["body"] == "First paragraph of the story.\n\nSecond paragraph of the story."
    details = cleaning_log(a)["detail"].tolist()
    assert any("advertisement marker" in d for d in details)
    assert any("link to another article" in d for d in details)
    assert any("share buttons" in d for d in details)


_STORY_RU = ("Финляндия закрывает четыре пункта пропуска на границе с Россией, заявил премьер-министр страны "
             "на пресс-конференции в четверг вечером.")


@pytest.mark.parametrize("furniture, reason", [
    ("Поделиться", "share buttons"), ("Jaa", "share buttons"), ("Dela", "share buttons"),
    ("Читайте также: Граница останется закрытой", "link to another article"),
    ("Lue myös: Raja pysyy kiinni", "link to another article"), ("Läs också: Gränsen stängs", "link to another article"),
    ("Рекомендуем", "heading of a list of other articles"), ("Реклама", "advertisement marker"),
    ("Подписывайтесь на наш канал в Telegram", "follow/subscribe prompt"),
    ("Поддержать", "donation appeal"),
    ("Сегодня нашу работу сохранит только ваша поддержка", "donation appeal"),  # its "Сегодня" is no date of the story
])
def test_page_furniture_in_russian_finnish_and_swedish(tmp_path, furniture, reason):
    write(tmp_path, "a.txt", f"Заголовок статьи о границе\n\n{_STORY_RU}\n\n{furniture}\n\nВторой абзац статьи.\n")
    a = load_corpus(tmp_path)
    assert a.iloc[0]["body"] == f"{_STORY_RU}\n\nВторой абзац статьи."
    assert any(reason in d for d in cleaning_log(a)["detail"])


def test_a_list_of_other_articles_under_the_story_is_cut(tmp_path):
    write(tmp_path, "a.txt", f"Заголовок статьи о границе\n\n{_STORY_RU}\n\nВторой абзац статьи.\n\nСтатьи\n\n"
          "Страна\n29.01.2026\n14:00\n\nДругая статья о чём-то ещё, 12 человек\n\nМир\n28.01.2026\n\nЕщё один заголовок\n")
    a = load_corpus(tmp_path)
    assert a.iloc[0]["body"] == f"{_STORY_RU}\n\nВторой абзац статьи."
    assert any("list of other articles" in d and "'Статьи'" in d for d in cleaning_log(a)["detail"])


def test_a_time_stamp_inside_the_story_is_no_list(tmp_path):
    update = ("Пограничная служба сообщила позднее, что за сутки на пункты пропуска прибыли ещё около ста "
              "человек, большинство из них граждане третьих стран.")
    write(tmp_path, "a.txt", f"Заголовок статьи о границе\n\n{_STORY_RU}\n\n29.11.2023 14:00\n\n{update}\n")
    assert update in load_corpus(tmp_path).iloc[0]["body"]  # a long paragraph follows: an update of the story


def test_a_section_and_time_stamp_above_a_short_story_are_the_header(tmp_path):
    write(tmp_path, "a.txt", " date 2024-01-11\n\nНовости\n\n2024-01-11, 15:05\nФото: Агентство / Фотограф\n\n"
          "Граница останется закрытой ещё месяц\n\nПравительство решило оставить границу закрытой.\n\n"
          "Об этом объявила министр.\n")
    row = load_corpus(tmp_path).iloc[0]
    assert (row["section"], row["title"], row["photo_credit"]) == ("Новости", "Граница останется закрытой ещё месяц",
                                                                   "Агентство / Фотограф")
    assert row["body"] == "Правительство решило оставить границу закрытой.\n\nОб этом объявила министр."


@pytest.mark.parametrize("header, published, extra", [
    ("14 декабря 2023,источник: Агентство", "2023-12-14 00:00", {"credit": "Агентство"}),
    ("11 января 2024\n14:57", "2024-01-11 14:57", {}),  # the time on a line of its own
    ("14. joulukuuta 2023 klo 14.57", "2023-12-14 14:57", {}),
    ("14 december 2023 14:57", "2023-12-14 14:57", {}),
])
def test_russian_finnish_and_swedish_time_stamps_under_the_title(tmp_path, header, published, extra):
    write(tmp_path, "a.txt", f"Граница останется закрытой ещё месяц\n{header}\n{_STORY_RU}\nВторой абзац статьи.\n")
    row = load_corpus(tmp_path).iloc[0]
    assert row["title"] == "Граница останется закрытой ещё месяц"
    assert row["published"] == pd.Timestamp(published)
    assert row["body"] == f"{_STORY_RU}\n\nВторой абзац статьи."
    assert all(row[k] == v for k, v in extra.items())


@pytest.mark.parametrize("stamp, published, credit", [
    ("27 октября 2023, 14:27 — Служба новостей — СН", "2023-10-27 14:27", "Служба новостей — СН"),
    ("29 ноября 2023, 13:01 [ «Аргументы» ]", "2023-11-29 13:01", "«Аргументы»"),
    ("29.11.2023, 12:48 Новости / Общество", "2023-11-29 12:48", "Новости / Общество"),
    ("Воскресенье, 14 апреля 2024, 15:00 -", "2024-04-14 15:00", ""),
    ("Utgivningsdatum 16.11.2023 13.38 | Publicerad på svenska 28.11.2023 kl. 11.12", "2023-11-16 13:38", ""),
])
def test_a_time_stamp_among_the_lines_above_the_story_is_metadata(tmp_path, stamp, published, credit):
    # a junk first line stops the header's parse; the stamp under the title is still no text of the story
    write(tmp_path, "a.txt", f"Test\n\nПолитика\n\nГраница останется закрытой\n\n{stamp}\n\n{_STORY_RU}\n")
    row = load_corpus(tmp_path).iloc[0]
    assert row["published"] == pd.Timestamp(published) and row["credit"] == credit
    assert row["body"].endswith(_STORY_RU) and stamp not in row["body"]


@pytest.mark.parametrize("line, reason", [
    ("Города мира. Хельсинки - Агентство, 1920, 30.11.2023", "picture metadata"),
    ("Подписаться", "follow/subscribe prompt"),
    ("Hoppa till innehåll", "navigation link"),
])
def test_more_page_furniture_of_other_languages(tmp_path, line, reason):
    write(tmp_path, "a.txt", f"Заголовок статьи о границе\n\n{_STORY_RU}\n\n{line}\n\nВторой абзац статьи.\n")
    a = load_corpus(tmp_path)
    assert a.iloc[0]["body"] == f"{_STORY_RU}\n\nВторой абзац статьи."
    assert any(reason in d for d in cleaning_log(a)["detail"])


def test_a_breadcrumb_before_the_title_is_the_section(tmp_path):
    write(tmp_path, "a.txt", f"Главная / Мир / Финляндия снова закроет КПП\n\n{_STORY_RU}\n")
    row = load_corpus(tmp_path).iloc[0]
    assert (row["title"], row["section"]) == ("Финляндия снова закроет КПП", "Мир")


def test_a_site_menu_and_a_section_glued_to_the_title_are_metadata(tmp_path):
    write(tmp_path, "a.txt", "Картина дняПолитикаЭкономикаОбществоПроисшествияСпорт\n\n"
          f"ПолитикаГраница останется закрытой ещё месяц\n\n{_STORY_RU}\n")
    row = load_corpus(tmp_path).iloc[0]
    assert (row["section"], row["title"], row["body"]) == ("Политика", "Граница останется закрытой ещё месяц", _STORY_RU)
    assert any("navigation menu" in d for d in cleaning_log(load_corpus(tmp_path))["detail"])


def test_brand_names_are_no_site_menu(tmp_path):
    line = "McDonald's, MacBook and iPhone sales at the PlayStation store"
    write(tmp_path, "a.txt", f"Title of the piece\n\n{line}\n\nFirst paragraph of the story.\n")
    assert line in load_corpus(tmp_path).iloc[0]["body"]


def test_near_exact_repeats_are_dropped_but_distinct_paragraphs_kept(tmp_path):
    p1 = "Finland closed four of the eight border crossings with Russia over the weekend, citing security."
    p1_near = "Finland closed four of the eight border crossings with Russia over the weekend, citing security!"
    p2 = "Finland closed four of the eight border crossings with Russia in November, the ministry said today."
    write(tmp_path, "a.txt", f"A title line\n\n{p1}\n\n{p2}\n\n{p1_near}\n\n{p1}\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["body"] == f"{p1}\n\n{p2}"
    assert a["repeats_dropped"] == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He arrived on Nov. 30 in Helsinki. Then he left.", ["He arrived on Nov. 30 in Helsinki.", "Then he left."]),
        ("The U.S. State Department agreed. Moscow did not.", ["The U.S. State Department agreed.", "Moscow did not."]),
        ("It was backed by the U.S. The EU agreed.", ["It was backed by the U.S.", "The EU agreed."]),
        ("Prices rose 2.5 percent. Trade fell.", ["Prices rose 2.5 percent.", "Trade fell."]),
        ('"We are closing it," said Ms. Rantanen. She left.', ['"We are closing it," said Ms. Rantanen.', "She left."]),
        ('He called it "a hybrid attack." Russia denied it.', ['He called it "a hybrid attack."', "Russia denied it."]),
        ("Sergei V. Lavrov spoke. J. K. Smith wrote.", ["Sergei V. Lavrov spoke.", "J. K. Smith wrote."]),
        ("Is it over? Nobody knows! Wait and see.", ["Is it over?", "Nobody knows!", "Wait and see."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("Migrants came. 18.11. 67 arrived at the border.", ["Migrants came.", "18.11. 67 arrived at the border."]),
        ("It closed on the night of 17.-18.11. Migrants then went north.",
         ["It closed on the night of 17.-18.11.", "Migrants then went north."]),
        ("Four stations will close.• Norway may follow.", ["Four stations will close.", "• Norway may follow."]),
    ],
)
def test_split_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_list_of_paths_and_sources_table_argument(tmp_path):
    one = write(tmp_path, "one.txt", "Title one\n\nBody one is here.\n")
    two = tmp_path / "two.txt"
    two.write_text("Title two\n\nBody two is here.\n", encoding="utf-8")
    table = pd.DataFrame({"file": ["two.txt"], "outlet": ["Given Outlet"], "perspective": ["finnish"]})
    a = load_corpus([one, two], sources=table)
    assert list(a.index) == ["one", "two"]
    assert a.loc["two", "outlet"] == "Given Outlet" and a.loc["two", "perspective"] == "finnish"
    assert a.loc["one", "perspective"] == "unknown"  # the explicit table replaces sources.csv
    assert "has no row" in a.loc["one", "problems"]


def test_empty_folder_gives_an_empty_frame_with_the_contract(tmp_path):
    a = load_corpus(tmp_path)
    assert len(a) == 0 and set(CONTRACT) <= set(a.columns)


# ----------------------------------------------------------------------------- bad input battery

@pytest.fixture()
def bad_corpus(tmp_path):
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder)
    big = folder / "very_large.txt"
    big.write_text("Title\n\n" + ("Finland closed the border. " * 50_000), encoding="utf-8")  # 1.3 MB
    (folder / "unreadable.txt").symlink_to(folder / "missing-target.txt")
    with (folder / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("very_large.txt,,unknown,,,\nunreadable.txt,,unknown,,,\n")
    return folder


EXPECTED_PROBLEMS = {
    "empty": "is empty",
    "whitespace": "holds only whitespace",
    "binary": "looks binary",
    "russian_cp1251": "decoded as cp1251",
    "finnish_latin1": "decoded as cp1252",
    "saved_page": "is an HTML page",
    "with_bom": "byte-order mark",
    "crlf": "CRLF",
    "no_sources_row": "has no row in sources.csv",
    "very_large": "over the 1 MB limit",
    "unreadable": "does not exist",
}


def test_bad_inputs_load_with_one_clear_problem_each(bad_corpus):
    a = load_corpus(bad_corpus)
    assert set(a.index) == set(EXPECTED_PROBLEMS) | {"good"}
    assert a.loc["good", "problems"] == ""
    for aid, reason in EXPECTED_PROBLEMS.items():
        problems = a.loc[aid, "problems"].split(PROBLEM_SEP)
        assert len(problems) == 1, (aid, problems)
        assert reason in problems[0], (aid, problems[0])
        assert problems[0].startswith(Path(a.loc[aid, "file"]).name + ":"), "the message names the file"


def test_good_file_is_intact_beside_bad_ones(bad_corpus, tmp_path):
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(BAD / "good.txt", alone)
    shutil.copy(BAD / "sources.csv", alone)
    together = load_corpus(bad_corpus).loc["good"]
    by_itself = load_corpus([alone / "good.txt"]).loc["good"]
    for col in ("title", "body", "credit", "dateline", "n_words"):
        assert together[col] == by_itself[col]
    assert together["credit"] == "dpa" and together["title"] == "Border crossings stay shut"


def test_bad_inputs_keep_their_raw_text_and_decoded_content(bad_corpus):
    a = load_corpus(bad_corpus)
    assert a.loc["russian_cp1251", "title"] == "Финляндия закрыла границу"
    assert a.loc["russian_cp1251", "encoding"] == "cp1251"
    assert "Hallitus päätti torstaina" in a.loc["finnish_latin1", "body"]
    assert a.loc["saved_page", "title"] == "Finland closes border crossings"
    assert "tracker" not in a.loc["saved_page", "body"] and "Home" not in a.loc["saved_page", "body"]
    assert "November & December" in a.loc["saved_page", "body"]
    assert a.loc["saved_page", "raw"].startswith("<!DOCTYPE html>")
    assert a.loc["with_bom", "title"] == "A BOM before the title"
    assert a.loc["crlf", "body"] == a.loc["good", "body"]
    assert "\r" in a.loc["crlf", "raw"]
    assert len(a.loc["very_large", "raw"]) == 1_000_000 and a.loc["very_large", "body"] == ""
    assert a.loc["binary", "raw"] != "" and a.loc["binary", "body"] == ""
    assert a.loc["no_sources_row", "perspective"] == "unknown"
    assert a.loc["no_sources_row", "body"].startswith("This article has no row")


@pytest.mark.parametrize("bad", ["empty.txt", "binary.txt", "no_sources_row.txt"])
def test_strict_raises_naming_the_file(tmp_path, bad):
    shutil.copy(BAD / "good.txt", tmp_path)
    shutil.copy(BAD / bad, tmp_path)
    shutil.copy(BAD / "sources.csv", tmp_path)
    with pytest.raises(CorpusError, match=bad.replace(".", r"\.")):
        load_corpus(tmp_path, strict=True)
    assert len(load_corpus(tmp_path)) == 2


def test_strict_accepts_a_clean_corpus():
    assert len(load_corpus(SEEDS, strict=True)) == 2


def test_unknown_perspective_in_sources_is_a_problem(tmp_path):
    write(tmp_path, "a.txt", "Title here\n\nSome body text.\n", perspective="pro-kremlin")
    a = load_corpus(tmp_path).iloc[0]
    assert a["perspective"] == "unknown" and "'pro-kremlin'" in a["problems"]


def test_same_stem_twice_gets_distinct_ids(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    p1, p2 = tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"
    p1.write_text("One\n\nFirst body.\n", encoding="utf-8")
    p2.write_text("Two\n\nSecond body.\n", encoding="utf-8")
    a = load_corpus([p1, p2])
    assert list(a.index) == ["a", "a~2"]
    assert "same name stem" in a.loc["a~2", "problems"]


@pytest.mark.parametrize(
    "text, truncated",
    [
        ("A title here\n\nThe border was closed on Friday. Officials said the situation was", True),
        ("A title here\n\nThe border was closed on Friday.", False),
        ('A title here\n\n"It is closed," he said.', False),
    ],
)
def test_truncated_texts_are_flagged_not_dropped(tmp_path, text, truncated):
    write(tmp_path, "a.txt", text)
    a = load_corpus(tmp_path)
    assert bool(a.iloc[0]["truncated"]) is truncated
    assert a.iloc[0]["body"].startswith("The border was closed") or a.iloc[0]["body"].startswith('"It is')
    assert any("truncated" in d for d in cleaning_log(a)["detail"]) is truncated


@pytest.mark.parametrize(
    "line, expected",
    [
        ("November 22, 2023 5:14 PM GMT+2", "2023-11-22 17:14"),
        ("Updated 6:02 PM EET, November 28, 2023", "2023-11-28 18:02"),
        ("Issued on: 14/12/2023 - 19:40", "2023-12-14 19:40"),
        ("15:42 GMT 18.12.2023", "2023-12-18 15:42"),
        ("19.12.2023 11:07", "2023-12-19 11:07"),
        ("Published: 30 November 2023 12:30", "2023-11-30 12:30"),
        ("Julkaistu 20.11.2023 klo 12.30", "2023-11-20 12:30"),
        ("2023-11-20T09:15:00+03:00", "2023-11-20 09:15"),
        ("Monday, November 20, 2023", "2023-11-20"),
        ("12/31/2023", "2023-12-31"),  # month first only where day first is impossible
    ],
)
def test_time_stamp_lines(line, expected):
    assert _stamp(line) == pd.Timestamp(expected)


@pytest.mark.parametrize(
    "line",
    ["Finland closed the border on November 28, 2023.", "The closure, announced November 28, 2023, stands.",
     "Border closed", "1,340 km", "Interior Minister Mari Rantanen"],
)
def test_sentences_with_dates_are_not_stamps(line):
    assert _stamp(line) is None


def test_header_block_with_stamp_byline_agency_and_photo_credit(tmp_path):
    write(tmp_path, "a.txt",
          "Finland to close entire border\n\nBy JANE DOE\nAssociated Press\n\nUpdated 6:02 PM EET, November 28, 2023\n\n"
          "Image: Jane Doe / Lehtikuva\n\nHELSINKI (AP) — Finland said Tuesday it will close the last crossing.\n\n"
          "The closure takes effect Nov. 30.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["title"] == "Finland to close entire border"
    assert a["byline"] == "JANE DOE" and a["credit"] == "Associated Press"
    assert a["published"] == pd.Timestamp("2023-11-28 18:02") and a["published_from"] == "text"
    assert a["photo_credit"] == "Jane Doe / Lehtikuva"
    assert a["dateline"] == "HELSINKI (AP) —"
    assert a["body"] == "Finland said Tuesday it will close the last crossing.\n\nThe closure takes effect Nov. 30."


def test_a_time_stamp_closing_the_byline_is_the_publication_date(tmp_path):
    write(tmp_path, "a.txt", "Last post closes\n\nBy Jane Doe, The Northern Gazette - March 3, 2021\n\n"
          "The last open post closed on Wednesday.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["published"] == pd.Timestamp("2021-03-03") and a["published_from"] == "text"
    assert a["byline"].startswith("Jane Doe") and a["body"] == "The last open post closed on Wednesday."
    # a byline with no date leaves the publication date unknown
    write(tmp_path, "a.txt", "Last post closes\n\nBy Jane Doe - The Northern Gazette\n\nThe last open post closed.\n")
    assert pd.isna(load_corpus(tmp_path).iloc[0]["published"])


def test_a_press_release_header_gives_title_and_publication_date(tmp_path):
    # invented, in the shape of a government agency's page: a navigation link, the title, a two-part stamp
    write(tmp_path, "a.txt", "Skip to content\n\nTraffic at the border to end\n\nPublication date 29.11.2021 15.12 | "
          "Published in English on 29.11.2021 at 17.09\n\nThe Government has decided to close the last crossing.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["title"] == "Traffic at the border to end"
    assert a["published"] == pd.Timestamp("2021-11-29 15:12") and a["published_from"] == "text"
    assert a["body"] == "The Government has decided to close the last crossing."


def test_a_language_switcher_line_is_not_the_title(tmp_path):
    write(tmp_path, "a.txt", "ua en ru\n\nFinland ends the agreement\n\nThe government issued a resolution on Thursday.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["title"] == "Finland ends the agreement" and "language switcher" in " ".join(a["cleaning"])
    write(tmp_path, "a.txt", "Fin and Swe\n\nThe government issued a resolution on Thursday.\n")  # words, not codes
    assert load_corpus(tmp_path).iloc[0]["title"] == "Fin and Swe"


def test_a_dateline_that_gives_the_date_first_and_the_place_in_brackets(tmp_path):
    write(tmp_path, "a.txt", "Kremlin regrets closure\n\n21st November 2021 – (Moscow) The Kremlin expressed regret on Monday.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["published"] == pd.Timestamp("2021-11-21") and a["dateline"] == "21st November 2021 – (Moscow)"
    assert a["body"] == "The Kremlin expressed regret on Monday."


def test_single_newlines_separate_paragraphs_when_lines_read_as_paragraphs(tmp_path):
    write(tmp_path, "a.txt", " date 2024-01-11\nGovernment extends closure\nThe government decided on Thursday. It cited intelligence.\n"
          "Ministers agreed.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["title"] == "Government extends closure"
    assert a["n_paragraphs"] == 2


def test_hard_wrapped_lines_are_joined(tmp_path):
    write(tmp_path, "a.txt", "A title\n\nFinland closed four of the eight crossings\nwith Russia over the weekend, citing\n"
          "security concerns, the government said.\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["body"] == "Finland closed four of the eight crossings with Russia over the weekend, citing security concerns, the government said."


@pytest.mark.parametrize(
    "text, standfirst, body_start",
    [
        ("Finland closes four checkpoints\n\nThe closure takes effect on Saturday.\n\n"
         "HELSINKI, November 17. /TASS/. Finland will close four checkpoints.\n", "The closure takes effect on Saturday.",
         "Finland will close four checkpoints."),
        ("Border quiet since closure\n\nAsylum seekers have stopped arriving, the Border Guard says.\n\n"
         "Image: Jane Doe / Lehtikuva\n\nThe number of people arriving has fallen to zero.\n\nMore follows.\n",
         "Asylum seekers have stopped arriving, the Border Guard says.", "The number of people arriving"),
        ("A title\n\nFirst paragraph of the story.\n\nSecond paragraph of the story.\n", "", "First paragraph"),
    ],
)
def test_standfirst_above_a_dateline_or_a_photo(tmp_path, text, standfirst, body_start):
    write(tmp_path, "a.txt", text)
    a = load_corpus(tmp_path).iloc[0]
    assert a["standfirst"] == standfirst
    assert a["body"].startswith(body_start)
    assert "\x00" not in a["body"]


def test_wire_trailers_give_the_byline_and_desk_initials_go(tmp_path):
    write(tmp_path, "a.txt", "Norway tightens controls\n\nOSLO, Nov 12 (Reuters) - Norway could restrict traffic.\n\n"
          "(Reporting by Jane Doe; Editing by John Roe)\n\njm/rl\n")
    a = load_corpus(tmp_path).iloc[0]
    assert a["byline"] == "Jane Doe"
    assert a["body"] == "Norway could restrict traffic."
    assert not a["truncated"]


@pytest.mark.parametrize("url, expected", [
    ("https://example.test/world/2023/11/16/finland-border/", "2023-11-16"),
    ("https://example.test/news/20231120/finland-1234.html", "2023-11-20"),
    ("https://example.test/europe/finland-closes-border-2023-11-16-abc", "2023-11-16"),
    ("https://example.test/a/74-20060609", None),        # an article number whose digits look like a day
    ("https://example.test/id/123420231120", None),      # eight digits inside a longer id
    ("https://20231120.example.test/news/finland", None),  # the host does not count
])
def test_url_date(url, expected):
    from helpers.load.corpus import url_date
    got = url_date(url)
    assert (got is None and expected is None) or got == pd.Timestamp(expected)


def test_a_month_only_date_stamp_is_the_publication_month_not_text(tmp_path):
    write(tmp_path, "m.txt", " date 2023-11 Finland will keep the crossings shut until December 23, the ministry said.\n")
    a = load_corpus(tmp_path)
    row = a.loc["m"]
    assert pd.isna(row["published"]) and row["published_month"] == "2023-11"
    assert (row["title"] + row["body"]).startswith("Finland will keep") and "2023-11" not in row["body"]
    assert any("publication month" in c for c in row["cleaning"])


@pytest.mark.parametrize("text, expected", [
    ("Соглашение подписано в 2012 г. Оно действовало до 2024 г. В ноябре 2023 г. Финляндия закрыла КПП.",
     ["Соглашение подписано в 2012 г.", "Оно действовало до 2024 г.", "В ноябре 2023 г. Финляндия закрыла КПП."]),
    ("Так сказал С. Беляев. Это т. е. важно.", ["Так сказал С. Беляев.", "Это т. е. важно."]),
    ("Raja suljetaan klo 00. Se avataan 14. joulukuuta. Esim. Salla on kiinni.",
     ["Raja suljetaan klo 00.", "Se avataan 14. joulukuuta.", "Esim. Salla on kiinni."]),
    ("Det gäller bl.a. Salla och fr.o.m. Fredag stängs den. Nästa mening.",
     ["Det gäller bl.a. Salla och fr.o.m. Fredag stängs den.", "Nästa mening."]),
])
def test_sentences_survive_russian_finnish_and_swedish_abbreviations(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_a_paywall_offer_is_page_furniture(tmp_path):
    write(tmp_path, "p.txt", "Border closed\n\nFinland closed four crossings on Friday.\n\n"
                             "Start your 14-day free trial today.\n\nUnlimited access and 20 years of archives.\n")
    row = load_corpus(tmp_path).loc["p"]
    assert "free trial" not in row["body"] and "archives" not in row["body"]
    assert sum("paywall offer" in c for c in row["cleaning"]) == 2


# ----------------------------------------------------------------------------- the files people have

FORMATS = TESTS / "fixtures" / "formats"


@pytest.fixture(scope="module")
def formats():
    return load_corpus(FORMATS)


def test_every_kind_of_file_gives_its_articles_with_title_body_date_and_outlet(formats):
    a = formats
    expected = {  # article_id: (file, row, title, published, published_from, outlet, outlet_from)
        "lakeside_page": ("lakeside_page.html", None, "Crossing at Vaalimaa stays shut through winter",
                          "2023-12-14 08:05", "html metadata", "The Lakeside Courier", "html metadata"),
        "lakeshore_utf16": ("lakeshore_utf16.txt", None, "Lakeside shops count the cost of the closure", None, None,
                            "Lakeshore Tribune", "sources"),
        "border_watch_export-1": ("border_watch_export.csv", 1, "Arrivals at northern crossing fall to zero",
                                  "2023-12-02 14:30", "table column", "Border Watch Daily", "table column"),
        "border_watch_export-2": ("border_watch_export.csv", 2, "Ferry operator plans winter timetable",
                                  "2023-11-30", "table column", "Border Watch Daily", "table column"),
        "karelia_wire-1": ("karelia_wire.jsonl", 1, "Guard posts add night patrols", "2023-11-24 09:00",
                           "table column", "Karelia Wire", "table column"),
        "karelia_wire-4": ("karelia_wire.jsonl", 4, "", "2023-11-26", "table column", "Karelia Wire", "table column"),
        "baltic_morning-1": ("baltic_morning.parquet", 1, "Rail link stays suspended", "2023-12-05 07:45",
                             "table column", "Baltic Morning Post", "table column"),
        "baltic_morning-2": ("baltic_morning.parquet", 2, "Fishermen report thin ice", "2023-12-06", "table column",
                             "Baltic Morning Post", "table column"),
    }
    for aid, (file, row, title, published, published_from, outlet, outlet_from) in expected.items():
        art = a.loc[aid]
        assert art["file"] == f"tests/fixtures/formats/{file}" and (pd.isna(art["row"]) if row is None else art["row"] == row)
        assert art["title"] == title, aid
        assert (pd.isna(art["published"]) if published is None else art["published"] == pd.Timestamp(published)), aid
        assert (pd.isna(art["published_from"]) if published_from is None else art["published_from"] == published_from)
        assert (art["outlet"], art["outlet_from"]) == (outlet, outlet_from), aid
        assert art["problems"] == "", (aid, art["problems"])
        assert art["n_paragraphs"] == len(art["body"].split("\n\n")) >= 2 and art["language"] == "en", aid
    assert a.loc["lakeside_page", "perspective"] == "finnish" and a.loc["baltic_morning-1", "perspective"] == "western"
    assert a.loc["border_watch_export-1", "perspective"] == "unknown"  # no perspective column: unknown, no problem
    assert a.loc["lakeside_page", "url"] == "https://lakeside-courier.example/news/vaalimaa-stays-shut"
    assert a.loc["lakeside_page", "byline"] == "Liisa Example" and a.loc["karelia_wire-1", "byline"] == "Mikko Example"
    assert a.loc["lakeside_page", "raw"] == (FORMATS / "lakeside_page.html").read_text(encoding="utf-8")
    assert a["row"].dtype == "Int64"


def test_page_furniture_goes_and_paragraphs_stay_in_every_kind(formats):
    page = formats.loc["lakeside_page", "body"].split("\n\n")
    assert len(page) == 4 and page[0].startswith("The regional council") and page[3].startswith("The council will")
    text = "\n".join(formats["body"])
    for furniture in ("cookies", "Front page", "Related stories", "Ice road", "All rights reserved", "Share",
                      "Tweet", "Advertisement", "Read more", "By Liisa"):
        assert furniture not in text, furniture
    assert formats.loc["border_watch_export-1", "body"].split("\n\n")[1].startswith("Guards said the road")
    assert formats.loc["lakeshore_utf16", "encoding"] == "utf-16-le"
    assert any("UTF-16 (little-endian)" in c for c in formats.loc["lakeshore_utf16", "cleaning"])
    assert formats.loc["border_watch_export-1", "raw"].startswith("bw-101,Arrivals at northern crossing")


def test_bad_rows_get_one_problem_each_and_the_other_rows_load(formats):
    expected = {
        "border_watch_export-3": "border_watch_export.csv: row 3: has no text (column 'text' is empty)",
        "border_watch_export-4": "border_watch_export.csv: row 4: the date 'sometime in November' (column "
                                 "'publish_date') could not be read; published left empty",
        "border_watch_export-5": "border_watch_export.csv: row 5: has 8 fields where the header has 7",
        "karelia_wire-2": "karelia_wire.jsonl: row 2: is not valid JSON",
        "karelia_wire-3": "karelia_wire.jsonl: row 3: column 'title' holds a number (42), not text; ignored",
        "karelia_wire-5": "karelia_wire.jsonl: row 5: holds a list, not an object",
        "baltic_morning-3": "baltic_morning.parquet: row 3: has no text (column 'text' is empty)",
    }
    bad = formats[formats["problems"] != ""]
    assert set(bad.index) == set(expected)
    for aid, message in expected.items():
        problems = bad.loc[aid, "problems"].split(PROBLEM_SEP)
        assert len(problems) == 1 and problems[0].startswith(message), (aid, problems)
    # a bad date leaves the text; a bad title leaves the text; a row that could not be read keeps its raw text
    assert formats.loc["border_watch_export-4", "body"].startswith("Volunteers in a small invented town")
    assert formats.loc["karelia_wire-3", "body"].startswith("A number stands where the title should be")
    assert formats.loc["karelia_wire-2", "raw"].startswith('{"title": "Broken line"')
    assert formats.loc["border_watch_export-3", "title"] == "Council meeting postponed"
    assert len(formats) == 15


def test_a_plan_sliced_through_a_table_loads_the_same_articles(formats):
    # as the Dask engine loads a corpus: the plan numbers a table's rows, and any slice loads only its own
    from helpers.load.corpus import label_articles, load_files, plan_corpus
    plan = plan_corpus(FORMATS)
    assert [aid for _, aid, _, _ in plan] == list(formats.index)
    parts = [load_files(plan[i:i + 4]) for i in range(0, len(plan), 4)]  # 4, 4, 4, 3: the CSV split over two
    pd.testing.assert_frame_equal(label_articles(pd.concat(parts)), formats)


def test_column_names_can_be_given(tmp_path):
    (tmp_path / "export.csv").write_text("headline,story,paper,when\nBorder shut,The crossing closed.,Example Post,"
                                         "2023-11-30\n", encoding="utf-8")
    a = load_corpus(tmp_path)
    assert a.loc["export", "problems"].startswith("export.csv: has no text column (looked for 'text', 'body', 'content'")
    assert pd.isna(a.loc["export", "row"])  # the table is one article: its problem
    a = load_corpus(tmp_path, columns={"title": "headline", "body": "story", "outlet": "paper", "published": "when"})
    assert a.loc["export-1", ["title", "body", "outlet"]].tolist() == ["Border shut", "The crossing closed.", "Example Post"]
    assert a.loc["export-1", "published"] == pd.Timestamp("2023-11-30") and a.loc["export-1", "problems"] == ""


def test_utf16_text_and_tables_in_either_byte_order(tmp_path):
    text = "Граница закрыта\n\nФинляндия закрыла последний пункт пропуска на границе с Россией в четверг.\n"
    (tmp_path / "be.txt").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    table = "title,text,outlet\nGränsen stängd,Finland stängde den sista övergången på torsdagen.,Exempelbladet\n"
    (tmp_path / "le.csv").write_bytes(codecs.BOM_UTF16_LE + table.encode("utf-16-le"))
    (tmp_path / "sources.csv").write_text("file,outlet,perspective\nbe.txt,Example,russian\n", encoding="utf-8")
    a = load_corpus(tmp_path)
    assert (a["problems"] == "").all(), a["problems"].tolist()
    assert a.loc["be", ["title", "encoding", "language"]].tolist() == ["Граница закрыта", "utf-16-be", "ru"]
    assert a.loc["le-1", ["title", "outlet", "encoding", "language"]].tolist() == [
        "Gränsen stängd", "Exempelbladet", "utf-16-le", "sv"]
    assert any("UTF-16 (big-endian)" in c for c in a.loc["be", "cleaning"])


def test_sources_csv_is_never_an_article_and_a_broken_table_is_one(tmp_path):
    write(tmp_path, "a.txt", "Title here\n\nSome body text.\n")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    a = load_corpus(tmp_path)
    assert sorted(a.index) == ["a", "broken", "notes"]
    assert a.loc["notes", "problems"].startswith("notes.csv: has no text column")
    assert a.loc["broken", "problems"].startswith("broken.parquet: could not be read as Parquet")
    assert list(load_corpus([tmp_path / "a.txt", tmp_path / "sources.csv"]).index) == ["a"]


def test_a_table_row_gives_its_own_perspective_and_language(tmp_path):
    (tmp_path / "t.jsonl").write_text(
        '{"text": "Finland closed the last crossing on Thursday.", "perspective": "Finnish", "language": "English"}\n'
        '{"text": "Finland closed the last crossing on Thursday night.", "perspective": "pro-kremlin"}\n', encoding="utf-8")
    a = load_corpus(tmp_path)
    assert a.loc["t-1", ["perspective", "language", "language_from", "problems"]].tolist() == [
        "finnish", "en", "table column", ""]
    assert a.loc["t-2", "perspective"] == "unknown" and "perspective 'pro-kremlin' is not one of" in a.loc["t-2", "problems"]


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


_PARAS = ("<h1>Border stays shut</h1><p>The government said on Thursday that the crossings on the eastern border "
          "would stay closed for another month.</p><p>It cited the same reasons as before, the minister told reporters.</p>")


def test_a_page_is_dated_by_its_address_when_its_metadata_gives_no_date(tmp_path):
    (tmp_path / "p.html").write_text(_page(_PARAS, '<meta property="og:url" content="https://example.test/2023/12/14/shut">'
                                           '<meta property="article:modified_time" content="2024-01-02">'),
                                     encoding="utf-8")
    row = load_corpus(tmp_path).loc["p"]
    assert (row["published"], row["published_from"]) == (pd.Timestamp("2023-12-14"), "url")
    assert row["outlet"] == "example.test" and row["outlet_from"] == "url"


def test_a_page_with_no_text_stays_with_one_problem_and_a_txt_page_stays_text(tmp_path):
    shell = '<html><head><title>Border shut</title></head><body><div id="root"></div><script>go()</script></body></html>'
    (tmp_path / "shell.html").write_text(shell, encoding="utf-8")
    (tmp_path / "same.txt").write_text(_page(_PARAS), encoding="utf-8")  # a page saved under a text file's name
    (tmp_path / "same.html").write_text(_page(_PARAS), encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,perspective\nshell.html,other\nsame.txt,other\nsame.html,other\n")
    a = load_corpus(tmp_path)
    assert a.loc["shell", "problems"] == "shell.html: no article text could be extracted from the page"
    assert a.loc["shell", "title"] == "Border shut" and a.loc["shell", "body"] == ""
    assert a.loc["same~2", "problems"].startswith("same.txt: is an HTML page saved as text")
    assert a.loc["same", "problems"] == "" and a.loc["same", "title"] == "Border stays shut"
    assert a.loc["same", "body"].startswith("The government said on Thursday")


def test_a_page_in_the_character_set_it_declares(tmp_path):
    html = _page(_PARAS.replace("The government", "Правительство"), '<meta charset="windows-1251">')
    (tmp_path / "p.html").write_bytes(html.encode("cp1251"))
    row = load_corpus(tmp_path).loc["p"]
    assert row["encoding"] == "cp1251" and row["body"].startswith("Правительство said")
    assert row["problems"] == "p.html: has no row in sources.csv; perspective set to 'unknown'"


@pytest.mark.parametrize("value, expected", [
    ("2023-12-14T08:05:00+02:00", "2023-12-14 08:05"), ("2023-12-14T06:05:00.000Z", "2023-12-14 06:05"),
    ("2023-12-14", "2023-12-14"), ("14.12.2023 08:05", "2023-12-14 08:05"), ("December 14, 2023", "2023-12-14"),
    ("14 декабря 2023", "2023-12-14"), ("soon", None), ("2023-13-40", None), ("", None),
])
def test_read_date(value, expected):
    from helpers.load.corpus import read_date
    got = read_date(value)
    assert (got is None and expected is None) or got == pd.Timestamp(expected)


def test_a_folders_columns_csv_names_its_tables_columns(tmp_path):
    """An export with its own column names loads through the folder's columns.csv, which is not an article; so a
    notebook, an engine and the report read the folder the same way."""
    (tmp_path / "columns.csv").write_text("field,column\nbody,story_text\noutlet,paper\ntitle,headline\n", encoding="utf-8")
    (tmp_path / "export.csv").write_text(
        "headline,story_text,paper,date\nCrossings shut,Finland shut four crossings on Friday.,The Lake Post,2023-11-17\n",
        encoding="utf-8")
    arts = load_corpus(tmp_path)
    assert list(arts.index) == ["export-1"]
    row = arts.iloc[0]
    assert (row["title"], row["outlet"], row["problems"]) == ("Crossings shut", "The Lake Post", "")
    assert "four crossings" in row["body"]
    (tmp_path / "columns.csv").write_text("field,column\nstory,story_text\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"columns\.csv: line 2: 'story' is not a field"):
        load_corpus(tmp_path)


def test_a_page_that_names_its_outlet_needs_no_sources_row_but_a_text_file_does(tmp_path):
    shutil.copy(FORMATS / "lakeside_page.html", tmp_path / "page.html")
    (tmp_path / "plain.txt").write_text("Border news\n\nFinland closed the border on Friday.\n", encoding="utf-8")
    a = load_corpus(tmp_path)
    assert a.loc["page", "problems"] == "" and a.loc["page", "perspective"] == "unknown"
    assert a.loc["page", "outlet"] and "outlet read from the page" in a.loc["page", "notes"]
    assert "plain.txt: has no row in sources.csv" in a.loc["plain", "problems"]
