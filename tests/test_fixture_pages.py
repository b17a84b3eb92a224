"""End to end on four pages we wrote in the style of the real corpus (tests/fixtures/pages): a think-tank
digest in HTML with three articles among menus, sidebars and a cookie banner; a text scrape of another digest
with three articles; an Italian site's text scrape around one English article; a JSON Lines record. Ingest
and export through the command line, then check what a reader checks: the articles, who said what, who did
what to whom, and the figures."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, ingest_and_export, one_quote

PAGES = FIXTURES / "pages"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return ingest_and_export(PAGES, tmp_path_factory.mktemp("pages"))


def test_articles_titles_bylines_dates(out):
    arts = {a["title"]: a for a in out["articles"]}
    assert set(arts) == {"Astana Courts Beijing as CSTO Troops Go Home",
                         "Dushanbe Tightens Its Grip on Gorno-Badakhshan",
                         "SCO Members Split Over Afghan Border Security",
                         "Turkey's Turkic Project Meets Central Asian Caution",
                         "Kyrgyzstan and Tajikistan Agree to Pull Back Troops After Deadly Border Clash",
                         "Confucius Institutes Quietly Close in Kyrgyzstan",
                         "After the CSTO Mission, Tokayev Reshapes His Security Council",
                         "Ankara Sends Drones to Dushanbe"}
    ital = arts["Turkey's Turkic Project Meets Central Asian Caution"]
    assert (ital["author"], ital["published"], ital["site"]) == ("Marco Ferrandi", "2021-11-15", "Osservatorio Eurasia")
    assert "\n\nAnkara's Ambitions\n\n" in ital["text"] and ital["text"].rstrip().endswith("2021 annual report.")
    sco = arts["SCO Members Split Over Afghan Border Security"]
    assert (sco["author"], sco["published"]) == ("Timur Kasymov", "2022-02-09")
    assert arts["Kyrgyzstan and Tajikistan Agree to Pull Back Troops After Deadly Border Clash"]["published"] \
        == "2022-01-28"
    ci = arts["Confucius Institutes Quietly Close in Kyrgyzstan"]
    assert (ci["author"], ci["published"]) == ("Bakyt Omurzakov", "2022-01-12")
    assert ci["text"].startswith("Two of the four") and ci["text"].endswith("mine,” 2019.")
    assert arts["Ankara Sends Drones to Dushanbe"]["published"] == "2022-01-25"
    for a in out["articles"]:
        for chrome in ("Continue Reading", "Baltic Pipe", "Trending", "Sign up for", "Follow us","Potrebbero interessarti", "Iscriviti", "Cerca nel sito", "Related Articles",
                       "We use cookies", "Most Popular", "Share this", "Versione stampabile"):
            assert chrome not in a["text"], (chrome, a["title"])


def test_quote_speakers(out):
    q = one_quote(out, "China firmly opposes")
    assert q["direct"] and q["speaker_actor_id"] == "xi-jinping" and q["text"].startswith('"China')
    q = one_quote(out, "Our cooperation is not directed")
    assert q["direct"] and q["speaker_text"] == "Mukhtar Tileuberdi"
    q = one_quote(out, "military operations outside our borders")
    assert q["speaker_text"] == "Uzbek official" and q["speaker_actor_id"] == "UZB"
    q = one_quote(out, "the CSTO had helped Kazakhstan")
    assert q["speaker_actor_id"] == "zakharova-maria"
    q = one_quote(out, "The last of the roughly 2,000 troops")
    assert q["speaker_text"] == "Kazakh defence ministry" and not q["text"].endswith("ministry")


def _events(out, etype, sentence_fragment):
    return [e for e in out["events"] if e["type"] == etype and sentence_fragment in e["sentence"]]


def test_events_source_target_and_evidence(out):
    (call,) = _events(out, "CONSULT", "held a video call")
    assert call["source_actor_id"] == "tokayev-kassym-jomart" and call["target_actor_id"] == "xi-jinping"
    assert "KAZ" in call["source_actor_ids"] and "CHN" in call["target_actor_ids"]   # titled people, their states
    assert call["sentence"].startswith("Days later")              # one sentence, not the paragraph before
    (acc,) = _events(out, "ACCUSE", "opening fire first")
    assert (acc["source_actor_id"], acc["target_actor_id"]) == ("tjk-gknb", "KGZ")   # the Tajik committee
    (req,) = _events(out, "REQUEST", "Human Rights Watch urged")
    assert req["source_actor_id"] == "HRW" and req["target_actor_id"] == "TJK"
    assert _events(out, "REQUEST", "asking not to be named") == []   # anonymity is no request


def test_quantities_and_citations(out):
    got = {(q["text"], q["value"], q["unit"]) for q in out["quantities"]}
    assert ("$3.5 billion", 3.5e9, "USD") in got
    assert ("970-kilometre", 970.0, "km") in got
    troops = [q for q in out["quantities"] if q["text"] == "1,200"]
    assert troops and troops[0]["subject"] == "troops"
    cites = {(c["article_title"], c["marker"]): c for c in out["citations"]}
    morozov = cites[("Astana Courts Beijing as CSTO Troops Go Home", "3")]
    assert morozov["author"] == "Oleg Morozov" and morozov["year"] == "2022"
