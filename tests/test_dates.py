"""Tests for helpers.extract.dates: every row of the annotation guide's Dates table, the not-dates, both seeds,
our own gold articles (tests/gold/dates_*), and a property test on arbitrary text."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.dates import COLUMNS, estimate_publication, extract_dates, find_dates

from helpers.paths import SEEDS, TESTS  # noqa: E402

GOLD = TESTS / "gold"
SHARED_GOLD = TESTS / "gold_seeds"  # the guide's seed gold, copied unchanged

T = pd.Timestamp


def rows(text, published=None, **kw):
    """(text, start, end, granularity) of every mention, dates as ISO strings or None."""
    return [(r[0], None if pd.isna(r[3]) else str(r[3].date()), None if pd.isna(r[4]) else str(r[4].date()), r[5])
            for r in find_dates(text, published, **kw)]


# --------------------------------------------------------------------------- the guide's Dates table, row by row
PUB = "2023-11-20"  # a Monday
CASES = [
    # January 24, 2024 / 24 January 2024 / 2023-11-20: day
    ("The deal expires on January 24, 2024.", PUB, [("on January 24, 2024", "2024-01-24", "2024-01-24", "day")]),
    ("It expires on 24 January 2024.", PUB, [("on 24 January 2024", "2024-01-24", "2024-01-24", "day")]),
    ("It expires on 24 Jan 2024.", PUB, [("on 24 Jan 2024", "2024-01-24", "2024-01-24", "day")]),
    ("Figures updated 2023-11-20 show a rise.", PUB, [("2023-11-20", "2023-11-20", "2023-11-20", "day")]),
    ("Data of 20.11.2023 show a rise.", PUB, [("20.11.2023", "2023-11-20", "2023-11-20", "day")]),
    ("He spoke on Nov. 30, 2023.", PUB, [("on Nov. 30, 2023", "2023-11-30", "2023-11-30", "day")]),
    # December 13 / in April, no year: publication year; future verb -> next on or after publication
    ("The border stays closed until December 13.", PUB, [("December 13", "2023-12-13", "2023-12-13", "day")]),
    ("Finland joined NATO in April.", PUB, [("in April", "2023-04-01", "2023-04-30", "month")]),
    ("The ban will expire in April.", PUB, [("in April", "2024-04-01", "2024-04-30", "month")]),
    ("The crossings will reopen on Feb. 18.", PUB, [("on Feb. 18", "2024-02-18", "2024-02-18", "day")]),
    ("Parliament debated it on Sept. 5.", PUB, [("on Sept. 5", "2023-09-05", "2023-09-05", "day")]),
    ("A review is scheduled for Dec 15.", PUB, [("Dec 15", "2023-12-15", "2023-12-15", "day")]),
    ("The deadline is 13 December.", PUB, [("13 December", "2023-12-13", "2023-12-13", "day")]),
    # a year-less month well after publication, stated in the past, is last year's
    ("Arrivals began in November.", "2024-01-10", [("in November", "2023-11-01", "2023-11-30", "month")]),
    # Friday, November 24 / Thursday (23 November): one mention of one day
    ("It closed on Friday, November 24.", PUB, [("on Friday, November 24", "2023-11-24", "2023-11-24", "day")]),
    ("It closed on Thursday (23 November).", PUB, [("on Thursday (23 November)", "2023-11-23", "2023-11-23", "day")]),
    ("Ministers met on Monday, November 20, 2023.", PUB,
     [("on Monday, November 20, 2023", "2023-11-20", "2023-11-20", "day")]),
    # the end of October = late October
    ("Russia notified Finland at the end of October.", PUB,
     [("the end of October", "2023-10-21", "2023-10-31", "part_of_month")]),
    # November 2023 / in November: month
    ("Some 900 arrived in November 2023.", PUB, [("in November 2023", "2023-11-01", "2023-11-30", "month")]),
    ("Some 900 arrived in November.", PUB, [("in November", "2023-11-01", "2023-11-30", "month")]),
    # late / early / mid: days 21..end / 1..10 / 11..20
    ("It was decided in late October.", PUB, [("in late October", "2023-10-21", "2023-10-31", "part_of_month")]),
    ("It was decided in early November.", PUB, [("in early November", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("Arrivals rose in mid-November.", PUB, [("in mid-November", "2023-11-11", "2023-11-20", "part_of_month")]),
    ("Arrivals rose in late February 2024.", PUB, [("in late February 2024", "2024-02-21", "2024-02-29", "part_of_month")]),
    ("It will stay shut until mid-December.", PUB, [("mid-December", "2023-12-11", "2023-12-20", "part_of_month")]),
    # a non-breaking hyphen reads as a hyphen; the span keeps it
    ("It stays shut until mid\u2011December.", PUB, [("mid\u2011December", "2023-12-11", "2023-12-20", "part_of_month")]),
    # "early November 24" is that day (early in it); with a comma or a counted word after, part of the month
    ("Three more closed early November 24.", PUB, [("November 24", "2023-11-24", "2023-11-24", "day")]),
    ("It shut late November 24 and stayed shut.", PUB, [("November 24", "2023-11-24", "2023-11-24", "day")]),
    ("In early November, 24 people came.", PUB, [("In early November", "2023-11-01", "2023-11-10", "part_of_month")]),
    ("In late November 24 people came.", PUB, [("In late November", "2023-11-21", "2023-11-30", "part_of_month")]),
    # 2012 / in 2021: year
    ("The agreement was signed in 2012.", PUB, [("in 2012", "2012-01-01", "2012-12-31", "year")]),
    ("The 2015 crisis was smaller.", PUB, [("2015", "2015-01-01", "2015-12-31", "year")]),
    # on Thursday / Monday: nearest on or before publication; after it with a future verb
    ("The decision was made on Thursday.", PUB, [("on Thursday", "2023-11-16", "2023-11-16", "day")]),
    ("Ministers met Monday.", PUB, [("Monday", "2023-11-20", "2023-11-20", "day")]),
    ("Finland will close the crossings on Friday.", PUB, [("on Friday", "2023-11-24", "2023-11-24", "day")]),
    ("Orpo said on Wednesday it would close them on Friday.", "2023-11-23",
     [("on Wednesday", "2023-11-22", "2023-11-22", "day"), ("on Friday", "2023-11-24", "2023-11-24", "day")]),
    ("The crossings will close on Friday, the minister said on Thursday.", "2023-11-23",
     [("on Friday", "2023-11-24", "2023-11-24", "day"), ("on Thursday", "2023-11-23", "2023-11-23", "day")]),
    ("It happened last Friday.", PUB, [("last Friday", "2023-11-17", "2023-11-17", "day")]),
    ("They meet next Monday.", PUB, [("next Monday", "2023-11-27", "2023-11-27", "day")]),
    # the weekend / during the weekend / last weekend: the Saturday..Sunday before publication
    ("Finland closed four crossings over the weekend.", PUB,
     [("over the weekend", "2023-11-18", "2023-11-19", "weekend")]),
    ("Earlier, during the weekend, Finland closed four crossings.", PUB,
     [("during the weekend", "2023-11-18", "2023-11-19", "weekend")]),
    ("Last weekend alone, 130 arrived.", "2023-11-22", [("Last weekend", "2023-11-18", "2023-11-19", "weekend")]),
    ("Arrivals peaked at the weekend.", PUB, [("at the weekend", "2023-11-18", "2023-11-19", "weekend")]),
    # a past span "since ... until the weekend" ends at the last weekend, and so does a Monday after it
    ("Some 91 arrived since August until the weekend, while on Monday 39 more arrived.", "2023-11-14",
     [("August", "2023-08-01", "2023-08-31", "month"), ("the weekend", "2023-11-11", "2023-11-12", "weekend"),
      ("on Monday", "2023-11-13", "2023-11-13", "day")]),
    ("Since Friday, crossings have been shut, and they will stay shut until the weekend.", "2023-11-14",
     [("Friday", "2023-11-10", "2023-11-10", "day"), ("the weekend", "2023-11-18", "2023-11-19", "weekend")]),
    # a span opener takes the tense of its own clause, not of the reporting verb before it
    ("Finland has announced that starting Thursday it will close all crossings.", "2023-11-28",
     [("Thursday", "2023-11-30", "2023-11-30", "day")]),
    ("Officials said that from Thursday, applicants were sent north.", "2023-11-28",
     [("Thursday", "2023-11-23", "2023-11-23", "day")]),
    # last week / next week: Monday..Sunday
    ("Helsinki warned last week.", PUB, [("last week", "2023-11-13", "2023-11-19", "week")]),
    ("A decision is expected next week.", PUB, [("next week", "2023-11-27", "2023-12-03", "week")]),
    # yesterday / today / tomorrow
    ("Peskov said yesterday.", PUB, [("yesterday", "2023-11-19", "2023-11-19", "day")]),
    ("Figures will be published today.", PUB, [("today", "2023-11-20", "2023-11-20", "day")]),
    ("He briefs parliament tomorrow.", PUB, [("tomorrow", "2023-11-21", "2023-11-21", "day")]),
    # this week / the new week: the publication week
    ("More officers arrive this week.", PUB, [("this week", "2023-11-20", "2023-11-26", "week")]),
    ("In the new week, more officers arrive.", "2023-11-28", [("the new week", "2023-11-27", "2023-12-03", "week")]),
    # earlier this week / earlier this year: start of that week / year .. publication
    ("Rantanen said earlier this week.", "2023-11-16", [("earlier this week", "2023-11-13", "2023-11-16", "week")]),
    ("Earlier this year, Finland expelled diplomats.", PUB,
     [("Earlier this year", "2023-01-01", "2023-11-20", "year")]),
    # this year / last year / next year
    ("Finland joined NATO this year.", PUB, [("this year", "2023-01-01", "2023-12-31", "year")]),
    ("Last year, Finland stopped issuing visas.", PUB, [("Last year", "2022-01-01", "2022-12-31", "year")]),
    ("The fence will be built next year.", PUB, [("next year", "2024-01-01", "2024-12-31", "year")]),
    # a week ago / two days ago: that day
    ("Yle reported a week ago.", PUB, [("a week ago", "2023-11-13", "2023-11-13", "day")]),
    ("Two days ago the figure was 900.", PUB, [("Two days ago", "2023-11-18", "2023-11-18", "day")]),
    # seasons: meteorological
    ("Construction began in the fall.", PUB, [("in the fall", "2023-09-01", "2023-11-30", "season")]),
    ("They expected more arrivals in autumn.", PUB, [("in autumn", "2023-09-01", "2023-11-30", "season")]),
    ("In the winter of 2015, 1,700 crossed.", PUB, [("In the winter of 2015", "2015-12-01", "2016-02-29", "season")]),
    ("Pressure will grow this winter.", PUB, [("this winter", "2023-12-01", "2024-02-29", "season")]),
    ("It happened last winter.", PUB, [("last winter", "2022-12-01", "2023-02-28", "season")]),
    ("Jets were intercepted in the summer.", PUB, [("in the summer", "2023-06-01", "2023-08-31", "season")]),
    ("It began in spring 2022.", PUB, [("in spring 2022", "2022-03-01", "2022-05-31", "season")]),
    # 2022-2023: one mention
    ("Projects were frozen in 2022-2023.", PUB, [("in 2022-2023", "2022-01-01", "2023-12-31", "year")]),
    ("Norway saw it in 2015–2016.", PUB, [("in 2015–2016", "2015-01-01", "2016-12-31", "year")]),
    # January 24 next year
    ("It ends on January 24 next year.", PUB, [("on January 24 next year", "2024-01-24", "2024-01-24", "day")]),
    ("It began in November last year.", PUB, [("in November last year", "2022-11-01", "2022-11-30", "month")]),
    # ranges of days, relative months
    ("Arrivals peaked on November 18-19.", PUB, [("on November 18-19", "2023-11-18", "2023-11-19", "day")]),
    ("500 applied this month.", PUB, [("this month", "2023-11-01", "2023-11-30", "month")]),
    ("It will stay closed until the end of the year.", PUB,
     [("the end of the year", "2023-12-21", "2023-12-31", "part_of_month")]),
    # May and March: the month, with a day or a preposition
    ("The talks began on May 5.", PUB, [("on May 5", "2023-05-05", "2023-05-05", "day")]),
    ("The talks began in May.", PUB, [("in May", "2023-05-01", "2023-05-31", "month")]),
    ("A deal was struck in March 2016.", PUB, [("in March 2016", "2016-03-01", "2016-03-31", "month")]),
    ("Parliament met in March.", PUB, [("in March", "2023-03-01", "2023-03-31", "month")]),
    # beyond the table: tense heuristics, wire-copy forms
    ("Construction starts in January.", PUB, [("in January", "2024-01-01", "2024-01-31", "month")]),
    ("In April, Finland became a member.", PUB, [("In April", "2023-04-01", "2023-04-30", "month")]),
    ("The border will remain closed, with limited crossings in January.", PUB,
     [("in January", "2024-01-01", "2024-01-31", "month")]),
    ("It closed from midnight on Thursday (2200 GMT).", PUB, [("on Thursday", "2023-11-16", "2023-11-16", "day")]),
    ("Saturday (Nov 18) was busy.", PUB, [("Saturday (Nov 18)", "2023-11-18", "2023-11-18", "day")]),
    ("It rose earlier in the week.", PUB, [("earlier in the week", "2023-11-20", "2023-11-20", "week")]),
    ("It happened 100 days ago.", PUB, [("100 days ago", "2023-08-12", "2023-08-12", "day")]),
    ("The EU meets on December 4-5.", PUB, [("on December 4-5", "2023-12-04", "2023-12-05", "day")]),
    ("Peaks came on 18 and 19 November.", PUB, [("on 18 and 19 November", "2023-11-18", "2023-11-19", "day")]),
    ("Talks run from November 28 to 30.", PUB, [("November 28 to 30", "2023-11-28", "2023-11-30", "day")]),
    ("They fought in the Winter War in 1939–40.", PUB, [("in 1939–40", "1939-01-01", "1940-12-31", "year")]),
    ("The talks were held last summer.", PUB, [("last summer", "2023-06-01", "2023-08-31", "season")]),
    ("They met on the 1st of December.", PUB, [("1st of December", "2023-12-01", "2023-12-01", "day")]),
    ("The 2022/23 figures are out.", PUB, [("2022/23", "2022-01-01", "2023-12-31", "year")]),
    ("A decision is due by the end of the week.", PUB, [("the end of the week", "2023-11-20", "2023-11-26", "week")]),
    ("Figures come at the end of the month.", PUB,
     [("the end of the month", "2023-11-21", "2023-11-30", "part_of_month")]),
    ("The border stays closed over Christmas.", PUB, [("Christmas", "2023-12-25", "2023-12-25", "day")]),
    ("Crossings reopen before New Year.", PUB, [("New Year", "2024-01-01", "2024-01-01", "day")]),
    ("The ministry said:\nlast week (the end of October) and “yesterday”.", PUB,
     [("last week", "2023-11-13", "2023-11-19", "week"),
      ("the end of October", "2023-10-21", "2023-10-31", "part_of_month"),
      ("yesterday", "2023-11-19", "2023-11-19", "day")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_guide_rows(text, published, expected):
    assert rows(text, published) == expected


NOT_DATES = [
    "The border will be closed for two weeks.",
    "Relations were good for decades.",
    "Up to 60 people arrived per day.",
    "Arrivals have risen now.", "The ministry recently said so.", "It is currently closed.",
    "Earlier, the ministry said so.", "Arrivals grew in recent weeks.",
    "Source: Sputnik | 09:15", "The crossings closed at 8 pm.",
    "Officials noted that this is winter time in Lapland.",
    "EPA-EFE/MAXIM SHIPENKOV", "Follow golfer2015 online.", "Two Su-27 jets were intercepted.",
    "Director of the Second Department said so.",
    "Finland shares a 1,340 kilometer border.", "Some 2,000 people arrived.", "About 2000 migrants arrived.",
    "Russia may close its border.", "May common sense prevail, he said.", "Theresa May said nothing.",
    "Protesters March on the capital.", "Russia Today reported it.",
    "The fall of the Berlin Wall changed Europe.", "Drivers used summer tyres in the snow.",
    "Arrivals rose in the last week.", "A handful of people a week arrived.", "They arrived in 2023s code 12345.",
    "Flight AY2023 was cancelled.", "Room 1999-B.", "Jan said it was fine.",
    "Directive 2013/32/EU applies.", "The Sunday Times reported it.", "It happened during the Winter War.",
    "The Arab Spring changed the region.", "Families stayed in summer cottages.", "Winter is coming.",
    "At 1900 GMT the gates shut.", "It was a weekday.", "Arrivals were year-on-year higher.", "Two Mig-29s and F-35 jets.",
    "COVID-19 changed travel.", "He flew to New York.", "The rate was 2.5 per cent.", "Version 20.11 was released.", "It lasted 24/7.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text, PUB) == []


# --------------------------------------------------------------------------- anchoring without a publication date
def test_undated_day_expressions_are_found_but_null():
    got = rows("The decision was made on Thursday. Peskov spoke yesterday, after the weekend and last week.")
    assert [g[0] for g in got] == ["on Thursday", "yesterday", "the weekend", "last week"]
    assert all(g[1] is None and g[2] is None for g in got)
    df = extract_dates("It closed on Thursday.")
    assert df.anchored_on.tolist() == [None] and df.inferred.tolist() == [False]


def test_inferred_anchor_from_text():
    text = ("Russia conveyed the decision in late October. About 900 arrived in November 2023. "
            "The deal is set to expire on January 24, 2024, and the border stays shut until December 13.")
    df = extract_dates(text)
    by = {r.text: r for r in df.itertuples()}
    assert (by["in late October"].start, by["in late October"].end) == (T("2023-10-21"), T("2023-10-31"))
    assert by["in late October"].inferred and by["in late October"].anchored_on == "inferred"
    assert by["December 13"].start == T("2023-12-13") and by["December 13"].inferred
    assert not by["in November 2023"].inferred and by["in November 2023"].anchored_on == "text"
    assert by["on January 24, 2024"].anchored_on == "text"


def test_anchor_keyword_behaves_like_inference():
    got = find_dates("It stays shut until December 13. Peskov spoke on Thursday.", anchor=T("2023-11-15"))
    assert got[0][3:] == (T("2023-12-13"), T("2023-12-13"), "day", "inferred", True)
    assert pd.isna(got[1][3]) and got[1][6] is None
    # a publication date wins over an anchor
    got = find_dates("It stays shut until December 13.", "2024-12-01", anchor=T("2023-11-15"))
    assert got[0][3] == T("2024-12-13") and got[0][6] == "published" and got[0][7] is False


def test_no_anchor_at_all_leaves_yearless_null():
    got = find_dates("The border stays closed until December 13.")
    assert len(got) == 1 and pd.isna(got[0][3]) and got[0][6] is None


# --------------------------------------------------------------------------- weekday + year-less date
WEEKDAY_DATES = [
    # with a publication date: the year it would get, else the year either side that fits the weekday
    ("It closed on Friday, November 24.", "2023-11-20", "2023-11-24"),
    ("They met on Thursday, 24 November.", "2023-11-20", "2022-11-24"),
    ("They met on Saturday (2 December).", "2024-01-15", "2023-12-02"),
    # no year within one fits: the year it would otherwise get
    ("It closed on Tuesday, November 24.", "2023-11-20", "2023-11-24"),
    ("It will reopen on Monday, November 24.", "2023-11-20", "2023-11-24"),
    # undated: the weekday fixes the year near the anchor the text gives, and then moves the anchor
    ("In 2019, before the pandemic, the crossing handled two million travellers. It closed on Friday, "
     "November 24, and will stay shut until December 13.", None, "2023-11-24"),
    ("Visas were restricted in September 2022. Officials met on Tuesday (21 November) and the fence "
     "will be extended in March.", None, "2023-11-21"),
    # undated, no year from the one before the anchor's to two after it fits: the anchor's year
    ("Talks began in March 2023. They ended on Monday, 10 December.", None, "2023-12-10"),
    # ... and never a year before the latest dated event's minus one (Friday, December 3 is 2021's)
    ("Arrivals rose in November 2023. The crossing reopened on Friday, December 3.", None, "2023-12-03"),
]


@pytest.mark.parametrize("text,published,expected", WEEKDAY_DATES, ids=[c[0][:50] for c in WEEKDAY_DATES])
def test_weekday_fixes_the_year(text, published, expected):
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    [wd] = [r for r in rows(text, published) if any(d in r[0] for d in days) and any(c.isdigit() for c in r[0])]
    assert wd[1] == wd[2] == expected


def test_weekday_moves_an_anchor_resting_on_background_years():
    text = ("In 2019, before the pandemic, the crossing handled two million travellers. It closed on Friday, "
            "November 24, and will stay shut until December 13. Moscow was told at the end of October.")
    got = {r[0]: r[1:3] for r in rows(text)}
    assert got["December 13"] == ("2023-12-13", "2023-12-13")
    assert got["the end of October"] == ("2023-10-21", "2023-10-31")
    est = estimate_publication(text)
    assert est["earliest"] == T("2023-11-24") and "Friday, November 24" in est["basis"]
    # a dated event earlier than the weekday's year: the weekday-stated day becomes the latest event
    got = {r[0]: r[1:3] for r in rows("Visas were restricted in September 2022. Officials met on Tuesday "
                                      "(21 November) and the fence will be extended in March.")}
    assert got["in March"] == ("2024-03-01", "2024-03-31")


def test_weekday_date_alone_fixes_nothing():
    assert rows("It closed on Friday, November 24.") == [("on Friday, November 24", None, None, "day")]


ANCHOR_CASES = [
    # a year used as a modifier (a plan as much as history) does not outweigh a dated event
    ("Arrivals rose in November 2023, and the 2026 target for the fence still stands. "
     "The border stays shut until December 13.", "December 13", "2023-12-13"),
    ("The 2026 deadline was set by Helsinki. About 900 came in November 2023. It stays shut until "
     "December 13.", "December 13", "2023-12-13"),
    # a background year before a dated event never outweighs it
    ("In 2015 some 1,700 crossed. About 900 came in November 2023. It stays shut until January 14.",
     "January 14", "2024-01-14"),
    ("Relations were calm since 2016. Arrivals grew in October 2023, and officials met in mid-November.",
     "in mid-November", "2023-11-11"),
    # a later year stated as an event bounds the article, older dated events notwithstanding
    ("The treaty was signed on April 13, 2012. Thousands crossed in 2021. The border will stay shut "
     "until December 13.", "December 13", "2021-12-13"),
    # a span of years bounds the article by its last year, not its middle
    ("Projects funded in 2022-2023 were cut. The government decided to close all crossings since mid-December.",
     "mid-December", "2023-12-11"),
]


@pytest.mark.parametrize("text,mention,expected", ANCHOR_CASES, ids=[c[0][:50] for c in ANCHOR_CASES])
def test_inferred_anchor_ignores_background_years(text, mention, expected):
    got = {r[0]: r for r in rows(text)}
    assert got[mention][1] == expected


@pytest.mark.parametrize("published", [None, pd.NaT, "2023-11-20", T("2023-11-20 09:15"), T("2023-11-20", tz="UTC")])
def test_published_forms(published):
    df = extract_dates("It happened during the weekend, in 2012.", published)
    assert df.start.iloc[1] == T("2012-01-01")
    if published is None or published is pd.NaT:
        assert pd.isna(df.start.iloc[0])
    else:
        assert df.start.iloc[0] == T("2023-11-18")


def test_dataframe_contract():
    df = extract_dates("Closed on Friday, November 24; reopened 2023-12-14 and shut until 14 January.", PUB)
    assert list(df.columns) == COLUMNS
    assert str(df.start.dtype).startswith("datetime64") and str(df.end.dtype).startswith("datetime64")
    assert df.start_char.is_monotonic_increasing and (df.start_char.shift(-1).fillna(10**9) >= df.end_char).all()
    assert df.inferred.dtype == bool
    empty = extract_dates("No dates here.")
    assert list(empty.columns) == COLUMNS and len(empty) == 0


def test_estimate_publication_seed_000():
    est = estimate_publication((SEEDS / "000_52ed20e70830388d.txt").read_text())
    assert est["earliest"] == T("2023-11-01") and est["latest"] == T("2024-01-24")
    assert "November 2023" in est["basis"] and "January 24, 2024" in est["basis"]
    none = estimate_publication("Nothing dated here, only on Thursday.")
    assert pd.isna(none["earliest"]) and pd.isna(none["latest"]) and none["basis"]


def test_the_end_of_a_past_span_does_not_bound_publication():
    # the closure began in the past; its end ("to last ... to 2 April") may still be to come
    est = estimate_publication("The border was closed again for a period to last from 15 March 2021 to 2 April 2021.")
    assert est["earliest"] == T("2021-03-15")
    # abbreviated months keep their dot inside the span ("from Nov. 18, 2023, to Feb. 18, 2024")
    est = estimate_publication("The cabinet recently announced the closure of four crossings from Nov. 18, 2023, to Feb. 18, 2024.")
    assert est["earliest"] == T("2023-11-18")
    est = estimate_publication("The posts stayed shut between 15 March and 2 April 2021, and reopened on 3 April 2021.")
    assert est["earliest"] == T("2021-04-03")
    # a past perfect makes the span's end past ("until Friday, 2 April 2021, 900 had applied")
    est = estimate_publication("From 15 March 2021 until 2 April 2021, 900 people had applied for asylum.")
    assert est["earliest"] == T("2021-04-02")


def test_a_decided_plans_date_does_not_bound_publication():
    # the decision is past; the day it set may be past too by the time the article appears
    est = estimate_publication("On 9 March 2021, the government decided to open two posts from 14 March 2021.")
    assert est["earliest"] == T("2021-03-09") and pd.isna(est["latest"])


# --------------------------------------------------------------------------- scoring against gold files
def gold_spans(text: str, entry: dict) -> list:
    starts = [m.start() for m in re.finditer(re.escape(entry["text"]), text)]
    if "occurrence" in entry:
        starts = [starts[entry["occurrence"] - 1]]
    return [(s, s + len(entry["text"])) for s in starts]


def score(pairs) -> dict:
    """TempEval-style: found = span overlap, right = found and start/end/granularity equal (null gold: found)."""
    n_gold = n_pred = gold_found = gold_right = pred_found = pred_right = 0
    misses = []
    for text, gold, pred in pairs:
        spans = []
        for g in gold:
            for s, e in gold_spans(text, g):
                spans.append((s, e, g))
        n_gold += len(spans)
        n_pred += len(pred)

        def right(p, g):
            if g["start"] is None:
                return True
            val = (None if pd.isna(p[3]) else str(p[3].date()), None if pd.isna(p[4]) else str(p[4].date()), p[5])
            return val == (g["start"], g["end"], g["granularity"])
        for s, e, g in spans:
            over = [p for p in pred if p[1] < e and s < p[2]]
            gold_found += bool(over)
            gold_right += any(right(p, g) for p in over)
            if not any(right(p, g) for p in over):
                misses.append(("gold", g["text"], [(p[0], str(p[3])[:10], str(p[4])[:10], p[5]) for p in over]))
        for p in pred:
            over = [g for s, e, g in spans if p[1] < e and s < p[2]]
            pred_found += bool(over)
            pred_right += any(right(p, g) for g in over)
            if not over:
                misses.append(("extra", p[0]))

    def f1(tp_p, tp_r):
        prec = tp_p / n_pred if n_pred else 1.0
        rec = tp_r / n_gold if n_gold else 1.0
        return 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"found_f1": f1(pred_found, gold_found), "value_f1": f1(pred_right, gold_right),
            "found_p": pred_found / n_pred if n_pred else 1.0, "found_r": gold_found / n_gold if n_gold else 1.0,
            "n_gold": n_gold, "n_pred": n_pred, "misses": misses}


def _seed_pair(name: str):
    gold = json.loads((SHARED_GOLD / f"{name}.json").read_text())
    text = (SEEDS / f"{name}.txt").read_text()
    if gold["published"]:  # header metadata line is the loader's business, not a mention
        text = text.split("\n", 1)[1]
    return text, gold["dates"], find_dates(text, gold["published"])


@pytest.mark.parametrize("name", ["000_52ed20e70830388d", "002_a09e864cca88c890"])
def test_seed_gold_exact(name):
    s = score([_seed_pair(name)])
    assert s["misses"] == []
    assert s["found_f1"] == 1.0 and s["value_f1"] == 1.0


def own_articles():
    return sorted(GOLD.glob("dates_*.json"))


def test_own_gold_files_are_well_formed():
    files = own_articles()
    assert len(files) >= 4
    for f in files:
        gold = json.loads(f.read_text())
        text = (GOLD / gold["file"]).read_text()
        assert gold["file"] == f.with_suffix(".txt").name
        for g in gold["dates"]:
            assert gold_spans(text, g), g["text"]
            assert g["granularity"] in {"day", "month", "part_of_month", "year", "weekend", "week", "season"}
            assert (g["start"] is None) == (g["end"] is None)
            if g["start"]:
                assert g["start"] <= g["end"]


def test_own_gold_f1():
    pairs = []
    for f in own_articles():
        gold = json.loads(f.read_text())
        text = (GOLD / gold["file"]).read_text()
        pairs.append((text, gold["dates"], find_dates(text, gold["published"])))
    s = score(pairs)
    assert s["n_gold"] > 80
    assert s["found_f1"] >= 0.95, s["misses"]
    assert s["value_f1"] >= 0.95, s["misses"]


# --------------------------------------------------------------------------- property test
_PIECES = st.sampled_from([
    "January", "May", "March", "Nov.", "Sept. 5", "13", "24", "2023", "2012", "1,340", "-", "–", " ", ", ", ".",
    "on Thursday", "the weekend", "last week", "ago", "two days", "mid-", "late", "the end of", "winter of",
    "the fall", "2022-2023", "2023-11-20", "20.11.2023", "next year", "February 29", "February 30", "until",
    "will", "(", ")", "\n", "é", "٢٠٢٣", "𝟚𝟘𝟚𝟛", "Friday, November 24", "this", "Today", "yesterday",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, published=st.one_of(st.none(), st.dates(
    min_value=T("1900-01-01").date(), max_value=T("2100-12-31").date()).map(T)))
def test_property_spans_are_consistent(text, published):
    prev_end = 0
    for r in find_dates(text, published):
        assert len(r) == len(COLUMNS)
        assert 0 <= r[1] < r[2] <= len(text)
        assert text[r[1]:r[2]] == r[0]
        assert r[1] >= prev_end
        prev_end = r[2]
        if not pd.isna(r[3]) and not pd.isna(r[4]):
            assert r[3] <= r[4]
        assert r[5] in {"day", "month", "part_of_month", "year", "weekend", "week", "season"}
        assert r[6] in {"text", "published", "inferred", None}


@settings(max_examples=100, deadline=None)
@given(text=_TEXTS)
def test_property_extract_and_estimate_never_raise(text):
    df = extract_dates(text)
    assert list(df.columns) == COLUMNS
    est = estimate_publication(text)
    if not pd.isna(est["earliest"]) and not pd.isna(est["latest"]):
        assert est["earliest"] <= est["latest"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- Nov. 24: the government closes every crossing but one.", [("Nov. 24", "2023-11-24")]),
        ("Dec 14: two crossings reopen; Dec. 15: they close again.", [("Dec 14", "2023-12-14"), ("Dec. 15", "2023-12-15")]),
        ("The border opens at 24:00.", []),  # a clock time, not a date
    ],
)
def test_timeline_entries_with_a_colon_after_the_day(text, expected):
    got = [(r.text, str(r.start.date())) for r in extract_dates(text, "2023-12-20").itertuples()]
    assert got == expected


def test_undated_timeline_lines_follow_the_previous_full_date():
    text = ("The border has been closed for almost two years; the last report came in June 2025.\n\n"
            "- 18 November 2023: four checkpoints close.\n- Nov. 24: all but one close.\n"
            "- Dec. 14: two reopen.\n- January 5: talks resume.")
    got = {r.text: str(r.start.date()) for r in extract_dates(text).itertuples()}
    assert got["Nov. 24"] == "2023-11-24" and got["Dec. 14"] == "2023-12-14"
    assert got["January 5"] == "2024-01-05"  # the year turns with the list
    assert got["in June 2025"] == "2025-06-01"


def test_a_year_less_date_inside_a_sentence_keeps_the_anchor_rule():
    text = ("The treaty was signed on April 13, 2012. Arrivals rose in November 2023, "
            "and the border stays closed until December 13.")
    got = {r.text: str(r.start.date()) for r in extract_dates(text).itertuples()}
    assert got["December 13"] == "2023-12-13"  # not 2012: the full date before it is background


def test_a_title_case_headline_infinitive_is_future():
    from helpers.extract.dates import extract_dates
    d = extract_dates("Finland to Close All Checkpoints Along Border with Russia Friday", pd.Timestamp("2023-12-14"))
    assert d["start"].tolist() == [pd.Timestamp("2023-12-15")]


def test_a_present_progressive_with_a_weekday_is_future():
    # published on a Thursday: "are closing ... on Friday" is the next day; a past verb still looks back
    for text, day in [("Four crossings in the south are closing at midnight on Friday.", "2023-11-17"),
                      ("Russia is protesting, Peskov said on Friday.", "2023-11-10"),
                      ("The crossings were closing on Friday.", "2023-11-10")]:
        assert extract_dates(text, "2023-11-16")["start"].iloc[0] == pd.Timestamp(day), text


def test_a_year_in_a_comparison_does_not_anchor_the_texts_year_less_dates():
    text = "Like in 2015, the border guards let migrants into the border zone. Finland in November closed its border."
    d = extract_dates(text)
    assert d["text"].tolist() == ["in 2015", "in November"] and pd.isna(d["start"].iloc[1])
    # a year stated as an event still does ("Thousands crossed in 2021")
    d = extract_dates("Thousands crossed in 2021. The border will stay shut until December 13.")
    assert d["start"].iloc[1] == pd.Timestamp("2021-12-13")


def test_a_month_named_again_after_its_full_date_takes_that_year():
    # undated: the later "until April 14, 2024" pulls the text forward, but "In November" repeats "late November 2023"
    text = ("The government extended the closure on Jan. 11, 2024. Finland closed its border in late November 2023. "
            "In November alone, around 900 arrived.")
    d = extract_dates(text).set_index("text")
    assert d.loc["In November", "start"] == pd.Timestamp("2023-11-01")
    # with a publication date the rule stands aside: the date decides
    d = extract_dates(text, "2024-12-05").set_index("text")
    assert d.loc["In November", "start"] == pd.Timestamp("2024-11-01")
