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
    "The festival continues a 2000 year old tradition.",
    "The routes are 2000 years older than the state.",
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


# ---- undated articles: yearless dates read against the period the text speaks of as current ----------------
UNDATED = ("Inflation eased while the central bank keeps its rate high in the second half of 2021, and the new "
           "price wave is hard on households. On January 11 the cabinet resigned. The protests began on "
           "January 2. The country left the Soviet Union in 1991.")


def test_undated_article_reads_yearless_dates_after_its_current_period():
    ms = {m.text: m for m in find_dates(UNDATED)}
    assert (ms["January 11"].value, ms["January 11"].precision) == ("2022-01-11", "day")
    assert ms["January 11"].relative and ms["January 2"].value == "2022-01-02"
    assert ms["1991"].value == "1991" and not ms["1991"].relative        # background history keeps its date
    assert ms["the second half of 2021"].value == "2021"


def test_publication_date_still_anchors_yearless_dates():
    ms = {m.text: m for m in find_dates(UNDATED, "2023-03-01")}
    assert ms["January 11"].value == "2023-01-11"


@pytest.mark.parametrize("text", [
    # the latest period told in the past tense ("its 2020 war") says nothing of how long ago that was
    "Turkey backed Azerbaijan in its war with Armenia in late 2020. The summit opened on November 12.",
    # a bare year, even in the present tense, is too coarse to place the present
    "Growth is slow in 2021, and the currency is weak. The summit opened on November 12.",
    # plans and the future
    "The ministry is expected to open the line in the first half of 2024. The summit opened on November 12.",
    # a newer date in a quoted title or a reference line is no evidence either
    "The ministry published “Trade in the second half of 2025 is up” before the vote on November 12.",
    "The summit opened on November 12.\n[1] Trade is up in the second half of 2025. https://example.org/t",
])
def test_undated_article_without_current_period_keeps_yearless_dates_empty(text):
    ms = {m.text: m for m in find_dates(text)}
    assert ms["November 12"].value is None


def test_a_bound_of_the_present_is_no_current_period():
    text = "Prices are high in March 2021, and the ban is in force until December 2024. Talks began on February 12."
    assert {m.text: m.value for m in find_dates(text)}["February 12"] == "2021-02-12"


def test_yearless_dates_take_the_year_nearest_the_current_period():
    text = ("The currency is stable in March 2020, traders say. Talks had failed on February 20, and the "
            "ministers met again on March 3. The line will open on February 1.")
    ms = {m.text: m for m in find_dates(text)}
    assert ms["February 20"].value == "2020-02-20" and ms["March 3"].value == "2020-03-03"
    assert ms["February 1"].value == "2021-02-01"                      # the future lies after the period


def test_year_near_and_period_of():
    from datetime import date

    from greatgame.extract.dates_narrative import period_of, year_near
    half = (date(2021, 7, 1), date(2021, 12, 31))
    assert year_near(1, 11, half) == 2022 and year_near(12, 5, half) == 2021 and year_near(6, 20, half) == 2021
    assert year_near(6, 20, half, future=True) == 2022
    assert year_near(2, 29, (date(2021, 1, 1), date(2021, 12, 31))) in (2020, 2022)
    assert year_near(3, None, (date(2020, 3, 5), date(2020, 3, 5))) == 2020
    assert period_of("2021", "the latter half of") == (date(2021, 7, 1), date(2021, 12, 31), "year")
    assert period_of("2021", None, "summer") == (date(2021, 6, 1), date(2021, 8, 31), "year")
    assert period_of("2020-02") == (date(2020, 2, 1), date(2020, 2, 29), "month")
    assert period_of("junk") is None and period_of("2021-02-30") is None


@pytest.fixture(scope="module")
def nlp():
    try:
        from greatgame.nlp import load
        return load()
    except Exception as exc:                                # noqa: BLE001  (model missing: skip, not fail)
        pytest.skip(f"spaCy model unavailable: {exc}")


def test_parse_decides_the_clause_and_its_tense(nlp):
    ok = ("While the country manages to control the virus in the latter half of 2021, a new wave is hitting it "
          "hard. On January 11 the cabinet resigned.")
    assert {m.text: m.value for m in find_dates(ok, None, nlp(ok))}["January 11"] == "2022-01-11"
    for text in ("That deal closed in June 2021; the founder remains a major shareholder. "
                 "The board met on January 11.",                      # the date's own clause is past
                 "Each day closer to the November 2021 election is a day nearer to the vote. "
                 "The board met on January 11.",                      # a date that modifies a noun
                 "The chief executive is stepping down in late 2021. The board met on January 11."):  # a plan
        assert {m.text: m.value for m in find_dates(text, None, nlp(text))}["January 11"] is None, text
    named = ("Now, in November 2023, the senator is on trial for his part in the January 6 riot. "
             "The court met on November 2.")
    ms = {m.text: m.value for m in find_dates(named, None, nlp(named))}
    assert ms["November 2"] == "2023-11-02" and ms["January 6"] is None      # a named event keeps no guess


def test_events_of_undated_articles_name_the_date_basis(nlp):
    from greatgame.actors.link import default_linker
    from greatgame.extract.events import extract_events
    from greatgame.records import Article
    text = ("While Kazakhstan manages to control the virus in the latter half of 2021, a new wave is hitting "
            "the country hard. On January 19, Tokayev fired the defense minister.")
    linker = default_linker()
    dated = {}
    for published in (None, "2022-01-25"):
        art = Article(id="u", document_id="d", page=0, index=0, text=text, published=published)
        doc = nlp(text)
        evs = [e for e in extract_events(art, doc, linker.link(art, doc)) if e.date_text == "January 19"]
        assert evs, "the firing is found"
        dated[published] = evs[0]
    assert dated[None].date == "2022-01-19" and dated[None].rule.endswith("+date:narrative")
    assert dated["2022-01-25"].date == "2022-01-19" and "+date:narrative" not in dated["2022-01-25"].rule
