"""End to end on a second set of pages we wrote (tests/fixtures/pages2): a news site's saved HTML page with one
long timeline article among menus, breadcrumbs, an author box, "Read more" cards, comments and a newsletter
box; a text scrape of an analysis with subheadings, bare endnote numbers ("weeks.4 In"), numbered notes and a
bibliography; a JSON Lines file with one article and its republication under another header. Ingest and
export through the command line, then check what a reader checks."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, ingest_and_export, one_quote

PAGES = FIXTURES / "pages2"
CSTO = "Eight Days in January: How the CSTO Came to Kazakhstan"
PAMIRS = "Silence in the Pamirs: Dushanbe's Campaign in Gorno-Badakhshan and the Limits of Outside Pressure"
RAIL = "China, Kyrgyzstan and Uzbekistan Sign Deal on Long-Delayed Railway"
RAIL2 = "Kashgar-Andijan Railway Deal Signed After Decades of Talks"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return ingest_and_export(PAGES, tmp_path_factory.mktemp("pages2"))


def test_articles_metadata_and_duplicate(out):
    arts = {a["title"]: a for a in out["articles"]}
    assert set(arts) == {CSTO, PAMIRS, RAIL, RAIL2}
    assert (arts[CSTO]["author"], arts[CSTO]["published"], arts[CSTO]["site"]) == \
        ("Gulnara Seitkali", "2022-01-21", "Steppe Courier")
    assert (arts[PAMIRS]["author"], arts[PAMIRS]["published"], arts[PAMIRS]["site"]) == \
        ("Farrukh Nazarov", "2023-03-03", "Pamir Policy Review")
    assert arts[RAIL]["duplicate_of"] is None and arts[RAIL2]["duplicate_of"] == arts[RAIL]["id"]
    assert (arts[RAIL2]["published"], arts[RAIL2]["site"]) == ("2022-09-16", "Eurasia Syndicate")


def test_article_text_has_the_body_and_no_chrome(out):
    arts = {a["title"]: a for a in out["articles"]}
    csto = arts[CSTO]["text"]
    assert "\n\nThe economic toll\n\n" in csto
    assert csto.rstrip().endswith("return of the remaining equipment.")
    pam = arts[PAMIRS]["text"]
    assert pam.startswith("In May 2022") and "\n\nThe Crackdown\n\n" in pam
    assert pam.rstrip().endswith("Ithaca: Cornell University Press, 2013.")     # the whole bibliography
    for a in out["articles"]:
        for chrome in ("Read more", "Leave a comment", "Good summary", "Sign up for", "Share this", "Subscribe",
                       "senior correspondent", "Related Posts", "Privacy", "All rights reserved", "min read",
                       "Skip to content", "Tags:"):
            assert chrome not in a["text"], (chrome, a["title"])


def test_quote_speakers_and_spans(out):
    for fragment in ("temporary and limited in time", "an internal matter of our Tajik friends"):
        assert one_quote(out, fragment)["speaker_actor_id"] == "peskov-dmitry"
    q = one_quote(out, "Washington had questions")
    assert q["speaker_text"] == "Antony Blinken" and q["text"].startswith("Washington") \
        and "condemned" not in q["text"]
    q = one_quote(out, "criminal groups financed from abroad")
    assert q["speaker_text"] == "Interior Minister Ramazon Rahimzoda"
    q = one_quote(out, "opened fire on a crowd")
    assert q["speaker_text"] == "residents" and q["text"].startswith("Two days later")
    assert not [q for q in out["quotes"] if q["speaker_text"] == "the length"]


def _event(out, etype, fragment):
    found = [e for e in out["events"] if e["type"] == etype and fragment in e["sentence"]]
    assert found, (etype, fragment)
    return found[0]


def test_events_who_did_what_when(out):
    e = _event(out, "MOBILIZE", "Russia sent troops")
    assert (e["source_actor_id"], e["target_actor_id"], e["date"]) == ("RUS", "KAZ", "2022-01-06")
    e = _event(out, "REQUEST", "asked the CSTO for help")
    assert (e["source_actor_id"], e["target_actor_id"], e["date"]) == ("tokayev-kassym-jomart", "CSTO", "2022-01-05")
    e = _event(out, "ASSAULT", "stormed the mayor's office")
    assert e["date"] == "2022-01-05"                    # the day the timeline paragraph opens with
    e = _event(out, "SANCTION", "may impose sanctions")
    assert e["source_actor_id"] == "EU" and e["modality"] == "hypothetical"
    assert "diplomat" not in (e["target_text"] or "")
    e = _event(out, "REJECT", "denied that Moscow")
    assert e["source_text"] == "Dmitry Peskov"
    e = _event(out, "COERCE", "Authorities detained at least 200")
    assert "sentenced" not in e["sentence"] and e["date"] is None   # "weeks.4 In December" is two sentences
    e = _event(out, "SUPPORT", "Kyrgyzstan signed an agreement")
    assert e["source_actor_ids"] == ["UZB", "KGZ"] and e["date"] == "2022-09-15"     # "on Thursday"
    e = _event(out, "SANCTION", "Supreme Court sentenced")
    assert e["date"] == "2022-12"


def test_quantities(out):
    got = {(q["article_title"], q["text"]): (q["value"], q["unit"]) for q in out["quantities"]}
    assert got[(RAIL, "about $4.1bn")] == (4.1e9, "USD")
    assert got[(RAIL, "around 14 million tonnes")] == (14e6, "tons")
    assert got[(CSTO, "100 billion tenge")] == (1e11, "KZT")
    assert got[(CSTO, "3 billion rubles")] == (3e9, "RUB")
    assert got[(PAMIRS, "1,357 km")] == (1357.0, "km")
    assert not [k for k in got if k[1].startswith("2014")]        # "in 2014.2 Tensions" is a year and a note
    q = next(q for q in out["quantities"] if q["text"] == "3%")
    assert q["subject"] == "population"


def test_endnotes_and_bibliography(out):
    cites = [c for c in out["citations"] if c["article_title"] == PAMIRS]
    notes = {c["marker"]: c for c in cites if c["marker"]}
    assert set(notes) == {str(n) for n in range(1, 10)}
    assert notes["5"]["author"] == notes["4"]["author"] and notes["5"]["title"] == notes["4"]["title"]   # "5. Ibid."
    n3 = notes["3"]
    assert (n3["author"], n3["year"], n3["publisher"]) == ("Bruce Pannier", "2021", "Qishloq Ovozi")
    assert n3["url"] == "https://www.rferl.org/a/qishloq-ovozi-pamirs/31586010.html"
    assert notes["7"]["author"] == "Marlene Laruelle" and notes["7"]["publisher"] == "Lexington Books"
    assert all(len(notes[m]["marker_offsets"]) == 1 for m in notes)       # "population.1", "2014.2 Tensions"
    bib = [(c["author"], c["year"]) for c in cites if not c["marker"]]
    assert bib == [("John Heathershaw", "2009"), ("Edward Lemon", "2021"), ("Lawrence P. Markowitz", "2013")]
