"""Unit tests of the line classifier and the metadata recognisers behind the plain-text cleaner."""
from __future__ import annotations

from greatgame.clean.boilerplate import label_lines, make_lines
from greatgame.clean.metadata import (bio_author, byline_author, date_line, is_name, parse_date,
                                      site_from_url, split_page_title)


def test_dates_in_several_languages():
    assert parse_date("11 gennaio 2022") == "2022-01-11"
    assert parse_date("15 марта 2023") == "2023-03-15"
    assert parse_date("Published on March 5, 2021 at 10:00") == "2021-03-05"
    assert parse_date("2020-02-29T08:00") == "2020-02-29"
    assert parse_date("21/06/2014 Tony Carter") == "2014-06-21"
    assert parse_date("no date here") is None
    assert parse_date("2021-02-30") is None
    assert date_line("A long sentence that happens to mention 3 May 2020 in passing, among many "
                     "other words that make it far too long to be a dateline at all.") is None


def test_bylines_names_and_bios():
    assert byline_author("By Jane Roe | May 2, 2021") == "Jane Roe"
    assert byline_author("by Aidos Sarym and Li Wei") == "Aidos Sarym and Li Wei"
    assert byline_author("By the way, this is prose.") is None
    assert is_name("Giulia Sciorati") and is_name("Ирина Ковалёва")
    assert not is_name("Central Asia news today") and not is_name("Read more.")
    assert bio_author("Marat Iskakov is a senior fellow at the Astana Policy Institute.") == "Marat Iskakov"
    assert bio_author("The government is a partner of the institute.") is None


def test_page_title_and_url_site():
    assert split_page_title("China and Kazakhstan | ISPI") == ("China and Kazakhstan", "ISPI")
    assert split_page_title("A headline without a site") == ("A headline without a site", None)
    assert site_from_url("https://www.example.org/a/b") == "example.org"
    assert site_from_url(None) is None


def test_labels_menu_prose_teaser_and_timestamp():
    page = "\n".join([
        "Home", "Politics", "Economy", "Security", "Culture", "",
        "The delegation from Bishkek arrived in Beijing on Tuesday for two days of talks on the railway "
        "that is meant to link the two countries through the mountains of the south.", "",
        "Europe10 hours ago", "",
        "A summit in Brussels was expected to produce an agreement on the new budget rules for the...",
    ])
    labels = {ln.text[:12]: ln.label for ln in label_lines(make_lines(page))}
    assert labels["Home"] == labels["Politics"] == labels["Culture"] == "bad"
    assert labels["The delegati"] == "good"
    assert labels["Europe10 hou"] == "bad"
    assert labels["A summit in "] == "bad"


def test_repeated_short_lines_are_boilerplate():
    page = "Share this\nNews in brief\n\n" + "A " * 3 + "\nNews in brief\n"
    lines = label_lines(make_lines(page))
    assert all(ln.label == "bad" for ln in lines if ln.text == "News in brief")
