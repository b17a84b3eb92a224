"""End to end, the cleaning of the pages other engineers wrote (tests/fixtures/pages3, pages4, pages5), as
their exports' readers saw it: an HTML page's <h1> is its title and not also the body's first line, a
think-tank page under a menu row and a series label ("Commentary", "Policy Brief No. 47") gets its headline,
author and date (its dated notes stay in the body), the brief's affiliation line and "Download PDF" stay out
of the body, and a digest's masthead, repeated in its copyright line, is its site."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    from greatgame.cli import main
    tmp = tmp_path_factory.mktemp("pages345")
    db, out = str(tmp / "g.db"), tmp / "out"
    dirs = [str(FIXTURES / d) for d in ("pages3", "pages4", "pages5")]
    assert main(["ingest", *dirs, "--db", db, "-q", "--no-link"]) == 0
    assert main(["export", "--db", db, "--out", str(out)]) == 0
    rows = [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return {a["title"]: a for a in rows}


def _starting(articles, prefix):
    found = [a for t, a in articles.items() if t and t.startswith(prefix)]
    assert len(found) == 1, (prefix, list(articles))
    return found[0]


@pytest.mark.parametrize("prefix", ["Across the Steppe", "Debt, Roads and Confucius", "Mirziyoyev's Astana"])
def test_html_body_starts_after_its_title(articles, prefix):
    art = _starting(articles, prefix)
    assert art["extractor"] == "trafilatura"
    first = art["text"].split("\n\n")[0]
    assert first != art["title"] and art["title"] not in art["text"][:len(art["title"]) + 5]


def test_commentary_under_a_menu_row_gets_its_headline_and_date(articles):
    art = _starting(articles, "After Samarkand")
    assert (art["author"], art["published"], art["site"]) == ("Emre Kaya", "2022-12-05", "Caspian Policy Institute")
    assert not any(t and ("|" in t or t == "Commentary") for t in articles)
    assert art["text"].startswith("Leaders of the Organization of Turkic States")
    notes = art["text"].split("\n\nNotes\n\n")[1]
    assert [n.split()[0] for n in notes.split("\n") if n[:1].isdigit()] == ["1", "2", "3", "4", "5"]


def test_brief_headline_author_date_and_no_header_chrome_in_body(articles):
    art = _starting(articles, "Between Two Patrons")
    assert (art["author"], art["published"]) == ("Madina Ospanova", "2022-11-14")
    assert "Policy Brief No. 47" not in articles
    head = art["text"][:300]
    for chrome in ("Between Two Patrons", "Senior Fellow, Security Programme", "Download PDF", "14 November 2022"):
        assert chrome not in head
    assert art["text"].startswith("The January 2022 events in Kazakhstan")


def test_digest_site_is_its_masthead(articles):
    sites = {a["site"] for t, a in articles.items() if t and t.startswith(("Samarkand summit", "Border fighting"))}
    assert sites == {"Silk Road Monitor"}
