"""Tests for greatgame.extract.dates: finding temporal expressions and resolving them with precision."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from greatgame.extract.dates import find_dates, nearest, resolve
from greatgame.records import DateMention

# (text, anchor, expression expected in the text, value, precision)
CASES = [
    ("On June 2, 2016, the president met the delegation.", None, "June 2, 2016", "2016-06-02", "day"),
    ("In mid-September, officials in Bishkek said the border was open.", "2021-12-03", "mid-September",
     "2021-09", "month"),
    ("The ministry approved the plan in late 2021.", "2022-03-01", "late 2021", "2021", "year"),
    ("Tokayev met the envoy on January 11 in Nur-Sultan.", "2022-01-20", "January 11", "2022-01-11", "day"),
    ("Tokayev met the envoy on January 11 in Nur-Sultan.", "2022-02-03", "January 11", "2022-01-11", "day"),
    ("Tokayev met the envoy on January 25 in Nur-Sultan.", "2022-01-20", "January 25", "2021-01-25", "day"),
    ("Tokayev will meet the envoy on January 25.", "2022-01-20", "January 25", "2022-01-25", "day"),
    ("Tokayev will visit Beijing on January 5.", "2022-01-20", "January 5", "2023-01-05", "day"),
    ("Kazakhstan will hold a referendum next June.", "2022-01-20", "next June", "2022-06", "month"),
    ("Prices rose sharply earlier this month.", "2022-01-20", "earlier this month", "2022-01", "month"),
    ("Prices rose sharply last month.", "2022-01-20", "last month", "2021-12", "month"),
    ("The talks stalled last week.", "2022-01-13", "last week", "2022-01", "month"),
    ("The talks stalled last week.", "2022-01-03", "last week", "2021-12", "month"),
    ("Parliament voted on Tuesday to lift the curfew.", "2022-01-13", "Tuesday", "2022-01-11", "day"),
    ("Parliament voted last Thursday.", "2022-01-13", "last Thursday", "2022-01-06", "day"),
    ("Parliament will vote on Tuesday.", "2022-01-13", "Tuesday", "2022-01-18", "day"),
    ("On Friday, parliament will vote on the bill.", "2022-01-12", "Friday", "2022-01-14", "day"),
    ("The bill will pass, the speaker said on Monday.", "2022-01-12", "Monday", "2022-01-10", "day"),
    ("The pipeline opened two years ago.", "2022-01-13", "two years ago", "2020", "year"),
    ("The pipeline opened three months ago.", "2022-01-13", "three months ago", "2021-10", "month"),
    ("Protesters gathered yesterday in Almaty.", "2022-01-05", "yesterday", "2022-01-04", "day"),
    ("Protesters gathered yesterday in Almaty.", "2022-01-01", "yesterday", "2021-12-31", "day"),
    ("Turnout fell last year.", "2022-01-05", "last year", "2021", "year"),
    ("China launched the Silk Road Economic Belt in 2013.", "2022-01-05", "2013", "2013", "year"),
    ("In February 2016, the deputy prime minister spoke.", None, "February 2016", "2016-02", "month"),
    ("The institute has operated since 2007.", None, "2007", "2007", "year"),
    ("The embassy reopened on 14 January.", "2022-01-20", "14 January", "2022-01-14", "day"),
    ("The embassy reopened on the 14th of January.", "2022-01-20", "the 14th of January", "2022-01-14", "day"),
    ("The embassy reopened on 14 January 2019.", None, "14 January 2019", "2019-01-14", "day"),
    ("Officials recalled the 1986 Jeltoksan protests.", "2022-01-05", "1986", "1986", "year"),
    ("It was the worst crisis since the August 1991 coup.", "2022-01-05", "August 1991", "1991-08", "month"),
    ("The decree is dated 2016-06-02.", None, "2016-06-02", "2016-06-02", "day"),
    ("The decree is dated 02.06.2016.", None, "02.06.2016", "2016-06-02", "day"),
    ("Sanctions followed in the spring of 2014.", None, "spring of 2014", "2014", "year"),
    ("Water shortages worsened in the summer.", "2022-01-05", "summer", "2021", "year"),
    ("The dam was finished in mid-2021.", None, "mid-2021", "2021", "year"),
    ("A decade ago the region was calmer.", "2022-01-05", "A decade ago", "2012", "year"),
    ("Aid arrived on Tuesday, January 11, 2022.", None, "Tuesday, January 11, 2022", "2022-01-11", "day"),
    ("Trade grew between 2014 and 2016.", None, "2016", "2016", "year"),
    ("Trade grew in 2014-16.", None, "16", "2016", "year"),
    ("The agreement was signed in May.", "2022-01-05", "May", "2021-05", "month"),
    ("The agreement was signed in December.", "2021-12-03", "December", "2021-12", "month"),
]


@pytest.mark.parametrize("text,anchor,expr,value,precision", CASES)
def test_find_dates_resolves(text, anchor, expr, value, precision):
    found = {m.text: m for m in find_dates(text, anchor)}
    assert expr in found, f"{expr!r} not found in {list(found)}"
    m = found[expr]
    assert (m.value, m.precision) == (value, precision)
    assert text[m.start:m.end] == m.text == expr


@pytest.mark.parametrize("text", [
    "The troops stayed for two years.",
    "Three decades of rule ended quietly.",
    "Moscow sent 1,500 troops to Almaty.",
    "Moscow sent 2000 troops to Almaty.",
    "The virus was found in 2,000 cases.",
    "COVID-19 slowed trade across the region.",
    "The G20 summit discussed debt relief.",
    "Reforms in the 1990s reshaped the economy.",
    "The curfew starts at 10 p.m. and ends at 7 a.m.",
    "A 45-year-old man was detained.",
    "Under Resolution 2231, the sanctions were lifted.",
    "The Kazakhstan Vision 2030 plan was presented.",
    "Worshippers left Friday prayers peacefully.",
    "Analysts compared it to the Arab Spring.",
    "Officials said they may revisit the deal.",
    "Over the last year prices doubled.",
    "Reforms continued during the fall of the old regime.",
])
def test_not_dates(text):
    assert [m.text for m in find_dates(text, "2022-01-13")] == []


def test_relative_flag_and_explicit_dates():
    ms = {m.text: m for m in find_dates("In 2013 the belt was launched; last year it stalled.", "2022-05-01")}
    assert ms["2013"].relative is False
    assert ms["last year"].relative is True and ms["last year"].value == "2021"


def test_no_anchor_uses_latest_full_date_in_text():
    text = "On 5 March 2020 the talks began. Two days later, the sides met again. On Tuesday they signed."
    ms = {m.text: m for m in find_dates(text)}
    assert ms["Two days later"].value == "2020-03-07"
    assert ms["Tuesday"].value == "2020-03-03"          # 5 March 2020 was a Thursday


def test_no_anchor_and_no_full_date_leaves_relative_unresolved():
    ms = find_dates("The envoy arrived on Tuesday, days after the 2019 transition.")
    by = {m.text: m for m in ms}
    assert by["Tuesday"].value is None and by["Tuesday"].precision == "" and by["Tuesday"].relative
    assert by["2019"].value == "2019"


def test_narrative_relative_uses_previous_mention():
    ms = {m.text: m for m in find_dates("The party won in 2010. Three years later it split.", "2022-01-01")}
    assert ms["Three years later"].value == "2013"


def test_offsets_point_at_each_expression():
    text = ("Kassym-Jomart Tokayev took office in 2019. On January 11, 2022 he criticised Nazarbayev, "
            "and last week the cabinet resigned.")
    ms = find_dates(text, "2022-01-20")
    assert [m.text for m in ms] == ["2019", "January 11, 2022", "last week"]
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert isinstance(ms[0], DateMention)


@pytest.mark.parametrize("expr,anchor,expected", [
    ("in late 2021", "2022-03-01", ("2021", "year", False)),
    ("in mid-September", "2021-12-03", ("2021-09", "month", True)),
    ("on January 11", "2022-02-03", ("2022-01-11", "day", True)),
    ("on Tuesday", "2022-01-13", ("2022-01-11", "day", True)),
    ("next Tuesday", "2022-01-13", ("2022-01-18", "day", True)),
    ("the 1986 Jeltoksan protests", None, ("1986", "year", False)),
    ("the August 1991 coup", None, ("1991-08", "month", False)),
    ("last week", None, (None, "", True)),
    ("on January 11", "2022", ("2022-01-11", "day", True)),
    ("on Tuesday", "2022-01", (None, "", True)),
    ("for two years", "2022-01-13", (None, "", False)),
    ("1,500 troops", "2022-01-13", (None, "", False)),
    ("G20", "2022-01-13", (None, "", False)),
    ("February 30, 2020", None, (None, "", False)),
])
def test_resolve(expr, anchor, expected):
    assert resolve(expr, anchor) == expected


@pytest.mark.parametrize("bad", [None, "", "not a date", "2022-13-01", "2022-02-30", "2022-00", "2022-01-00", 20220101])
def test_bad_anchor_is_ignored(bad):
    ms = find_dates("The talks resumed last year, and in 2015 they had failed.", bad)
    by = {m.text: m for m in ms}
    assert by["last year"].value is None and by["2015"].value == "2015"


def test_bad_text_gives_nothing():
    assert find_dates(None) == [] and find_dates("") == []
    assert resolve(None, "2022-01-01") == (None, "", False)


def test_nearest_prefers_inside_then_same_sentence_before():
    text = "On January 11, 2022 Tokayev spoke. In 2019 he took office, and he later dismissed the minister."
    ms = find_dates(text, "2022-01-20")
    sent2 = text.index("In 2019")
    clause = text.index("he later")
    assert nearest(ms, sent2, len(text)).text == "2019"
    assert nearest(ms, clause, len(text), sentence_start=sent2).text == "2019"
    assert nearest(ms, clause, len(text), sentence_start=clause) is None
    assert nearest(ms, 0, 10).text == "January 11, 2022"
    assert nearest([], 0, 10) is None


def test_nearest_prefers_finer_precision_inside():
    text = "The president, in power since 2019, signed the decree on Tuesday."
    ms = find_dates(text, "2022-01-13")
    assert nearest(ms, 0, len(text)).text == "Tuesday"


def test_doc_date_entities_add_candidates():
    class Ent:
        def __init__(self, text, s, label):
            self.start_char, self.end_char, self.label_ = s, s + len(text), label

    class Doc:
        def __init__(self, text, ents):
            self.text, self.ents = text, ents

    text = "Officials met May 2 and again in the autumn."
    alone = {m.text for m in find_dates(text, "2022-01-13")}
    assert "May 2" in alone and "autumn" in alone
    text = "Talks held May were postponed."
    assert find_dates(text, "2022-06-13") == []
    doc = Doc(text, [Ent("May", text.index("May"), "DATE")])
    ms = find_dates(text, "2022-06-13", doc=doc)
    assert [(m.text, m.value) for m in ms] == [("May", "2022-05")]
    assert find_dates(text, "2022-06-13", doc=Doc("other text", doc.ents)) == []


def test_speed_on_a_long_article():
    para = ("On June 2, 2016, the foreign minister of Kazakhstan met 1,500 delegates in Astana. Last week he "
            "said that in mid-September the 1986 protests would be remembered, and that since 2007 trade with "
            "China has grown by 40% while the transit corridor was expanded over two years of talks. ")
    text = para * (10_000 // len(para) + 1)
    find_dates(text, "2022-01-13")
    t0 = time.perf_counter()
    ms = find_dates(text, "2022-01-13")
    elapsed = time.perf_counter() - t0
    assert len(ms) == 5 * text.count("On June 2")
    assert elapsed < 0.25                                   # a few ms normally; generous for loaded CI


def test_sample_page_dates_are_found():
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "003_63010e603bda08fa.txt"
    if not shared.exists():
        pytest.skip("evaluation corpus not present")
    text = shared.read_text(encoding="utf-8")
    ms = find_dates(text, "2022-01-11")
    assert all(text[m.start:m.end] == m.text for m in ms)
    assert "2013" in {m.value for m in ms}
    assert all(m.value is None or len(m.value) in (4, 7, 10) for m in ms)


def test_arbitrary_text_never_raises_and_offsets_hold():
    hyp = pytest.importorskip("hypothesis")
    st = hyp.strategies
    pieces = st.sampled_from(["January", "May", "11", "2021", "9999", "last", "week", "Tuesday", "two", "years",
                              "ago", "the", "following", "day", "mid-", "spring", "of", "next", "will", "1,500",
                              "-", "/", ".", ",", " ", "\n"])

    @hyp.settings(max_examples=300, deadline=None)
    @hyp.given(st.lists(pieces, max_size=15).map("".join) | st.text(max_size=40),
               st.sampled_from([None, "2022-01-13", "9999-12-31", "0001-01-01", "2024-02-29", "2021", "junk"]))
    def check(text, anchor):
        for m in find_dates(text, anchor):
            assert text[m.start:m.end] == m.text
            assert m.value is None or len(m.value) in (4, 7, 10)
        assert len(resolve(text, anchor)) == 3

    check()
