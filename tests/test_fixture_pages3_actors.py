"""End to end on a third set of pages we wrote (tests/fixtures/pages3), read for actors and places: a news
site's text scrape holding two articles (an SCO summit with capitals acting for their states, titles and
variant spellings; a border war with districts, checkpoints and a misspelt acronym), a think-tank's HTML
brief on Russia's mobilisation exodus (regions, towns with two names, a town with namesakes, the author cited
by surname) and a JSON Lines archive of a 2015 and a 2017 article (titles resolved by date). Ingest and
export through the command line, then check what an analyst checks."""
from __future__ import annotations

from collections import defaultdict

import pytest

from conftest import FIXTURES, indexed_export, km as _km, surface_ids as _ids

PAGES = FIXTURES / "pages3"
SUMMIT = "Samarkand summit: SCO leaders talk trade as Moscow seeks friends"
BORDER = "Border fighting kills dozens as Bishkek and Dushanbe trade blame"
EXODUS = "Across the Steppe: Russia's Mobilisation Exodus and Kazakhstan's Balancing Act"
Y2015 = "Nazarbayev Hosts Eurasian Summit as Sanctions Bite"
Y2017 = "Mirziyoyev's Astana Visit Opens a New Chapter"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return indexed_export(PAGES, tmp_path_factory.mktemp("pages3"))


def test_all_articles_found(out):
    assert {a["title"] for a in out["articles"]} == {SUMMIT, BORDER, EXODUS, Y2015, Y2017}


def test_one_actor_per_person_across_spellings(out):
    forms = {"mirziyoyev-shavkat": ["Mirziyoev", "President Shavkat Mirziyoyev", "President Shavkat Mirziyoev",
                                    "Mirziyoyev"],
             "rahmon-emomali": ["President Emomali Rahmon", "Rakhmon", "Rahmon"],
             "tokayev-kassym-jomart": ["Toqayev", "Tokayev"],
             "japarov-sadyr": ["President Sadyr Japarov", "President Zhaparov"],
             "erdogan-recep-tayyip": ["President Recep Tayyip Erdogan", "Erdoğan"],
             "lukashenko-alexander": ["President Alexander Lukashenko", "Lukashenka"],
             "kamilov-abdulaziz": ["Foreign Minister Abdulaziz Komilov", "Komilov"]}
    seen = defaultdict(set)
    for m in out["mentions"]:
        seen[m["text"]].add(m["actor_id"])
    for actor, texts in forms.items():
        for t in texts:
            assert seen[t] == {actor}, (t, seen[t])


def test_unknown_people_are_one_actor_each_with_their_surnames(out):
    for title, full, surname in ((SUMMIT, "Bakhtiyor Ergashev", "Ergashev"), (SUMMIT, "Sherzod Asadov", "Asadov"),
                                 (BORDER, "Nurlan Abdykadyrov", "Abdykadyrov"),
                                 (EXODUS, "Ilya Sokolov", "Sokolov"), (Y2015, "Rustam Burnashev", "Burnashev")):
        ids = set(_ids(out, title, full)) | set(_ids(out, title, surname))
        assert len(ids) == 1 and out["actor"][ids.pop()]["kind"] == "person", (full, ids)
    # the brief's author, cut from the body with the byline, is the person its surname names
    (author,) = _ids(out, EXODUS, "Zhakupova")
    assert out["actor"][author]["name"] == "Madina Zhakupova" and out["actor"][author]["kind"] == "person"


def test_titles_resolve_by_the_articles_date(out):
    assert set(_ids(out, Y2015, "The Kazakh president")) == {"nazarbayev-nursultan"}
    assert _ids(out, Y2015, "the Kazakh leader") == ["nazarbayev-nursultan"]      # Nazarbaev is named before it
    assert set(_ids(out, Y2017, "The Kazakh president")) == {"nazarbayev-nursultan"}
    assert set(_ids(out, EXODUS, "The Kazakh president")) == {"tokayev-kassym-jomart"}
    assert set(_ids(out, Y2017, "The Uzbek president")) == {"mirziyoyev-shavkat"}
    assert set(_ids(out, SUMMIT, "The Uzbek president")) == {"mirziyoyev-shavkat"}


def test_capitals_acting_are_their_states(out):
    for title, capital, state in ((SUMMIT, "Beijing", "CHN"), (SUMMIT, "Ankara", "TUR"), (SUMMIT, "Tehran", "IRN"),
                                  (SUMMIT, "Washington", "USA"), (SUMMIT, "Brussels", "EU"),
                                  (BORDER, "Bishkek", "KGZ"), (BORDER, "Dushanbe", "TJK"),
                                  (EXODUS, "Moscow", "RUS"), (Y2015, "Minsk", "BLR")):
        assert state in _ids(out, title, capital), (title, capital)
    assert _ids(out, SUMMIT, "Samarkand") == ["gn:1216265"] * 3          # where they met: a place


def test_acronyms_defined_reused_and_misspelt(out):
    assert set(_ids(out, BORDER, "GKNB")) == {"kgz-gknb"} and _ids(out, BORDER, "GKBN") == ["kgz-gknb"]
    assert set(_ids(out, EXODUS, "NBK")) == {"x-o-national-bank-of-kazakhstan"}
    assert set(_ids(out, EXODUS, "EAEU")) == {"EAEU"} and set(_ids(out, SUMMIT, "SCO")) == {"SCO"}


def test_places_are_where_they_are(out):
    near = {(EXODUS, "West Kazakhstan"): (50.2, 50.8), (EXODUS, "North Kazakhstan"): (54.0, 69.4),
            (EXODUS, "Petropavlovsk"): (54.87, 69.15), (EXODUS, "Ivanovo"): (57.0, 40.97),
            (EXODUS, "Uralsk"): (51.23, 51.37), (EXODUS, "Oral"): (51.23, 51.37), (BORDER, "Batken"): (40.06, 70.82),
            (BORDER, "Isfara"): (40.13, 70.63), (Y2017, "Kyzylorda"): (44.85, 65.51)}
    for (title, name), (lat, lon) in near.items():
        ids = _ids(out, title, name)
        assert ids and all(_km(out["place"][i], lat, lon) < 50 for i in ids), (name, ids)
    assert _ids(out, EXODUS, "Georgia") == ["GEO"]                  # the country, not the US state
    assert out["place"][_ids(out, BORDER, "Osh")[0]]["country"] == "KGZ"          # "In Osh, volunteers ..."
    assert out["place"][_ids(out, EXODUS, "Yerevan")[0]]["country"] == "ARM"      # "flights ... to Tbilisi and Yerevan"


def test_envoys_and_officials_get_their_states(out):
    assert out["actor"]["x-p-alexey-borodavkin"]["country"] == "RUS"    # "the Russian ambassador to Kazakhstan, X"
    assert out["actor"]["x-p-marat-akhmetzhanov"]["country"] == "KAZ"   # "Interior Minister X" in a Kazakh story
    assert out["actor"]["x-p-nurlan-abdykadyrov"]["kind"] == "person"
    assert out["actor"][_ids(out, SUMMIT, "Ma'no")[0]]["kind"] == "organization"   # "the Ma'no research centre"


def test_districts_and_checkpoints_are_no_actors(out):
    names = {a["name"] for a in out["actors"]}
    for place in ("Leilek", "Syrym", "Zhaisan", "Batken", "Ovchi-Kalacha"):
        assert place not in names, place
    for title, place, country in ((BORDER, "Leilek", "KGZ"), (EXODUS, "Syrym", "KAZ"), (EXODUS, "Zhaisan", "KAZ")):
        ids = _ids(out, title, place)
        assert ids and all(out["place"][i]["country"] == country for i in ids), (place, ids)
