"""The country of actors the knowledge base lacks: from their names, titles, appositions, "of" phrases and
places, and from the one country an article names; on sentences we wrote (invented people and bodies)."""
from __future__ import annotations

import pytest

from greatgame.actors.affiliation import affiliate, name_country
from greatgame.actors.link import Linked
from greatgame.nlp import load
from greatgame.records import Actor, Mention


PUBLISHED = "2021-03-02"   # the date the `link` fixture (tests/conftest.py) gives the articles


def _country(linked, name):
    """The country of the (corpus) actor whose name contains `name`; KeyError when there is none."""
    hits = [a for a in linked.actors.values() if name in a.name]
    assert hits, f"{name!r} not linked: {[a.name for a in linked.actors.values()]}"
    return hits[0].country


@pytest.mark.parametrize("text, name, country", [
    ("The Nigerian Union of Bakers called off its strike on Monday.", "Union of Bakers", "NGA"),
    ("The National Front for the Liberation of Angola rejected the offer.", "National Front", "AGO"),
    ("Staff of the Grand Bus Company of Tehran stopped work on Sunday.", "Grand Bus Company", "IRN"),
    ("Students of the Baghdad University Medical School protested on Monday.", "Baghdad University", "IRQ"),
])
def test_the_name_of_a_body_gives_its_country(link, text, name, country):
    assert _country(link(text), name) == country


@pytest.mark.parametrize("text", [
    "The Inter-American Fund for Rivers approved the loan on Monday.",
    "The Latin American Council of Rivers met in Lima and Quito.",
    "The Paris Circle of Lenders met on Friday.",
])
def test_hyphenated_regional_and_city_named_bodies_get_no_country_from_their_name(link, text):
    linked = link(text)
    bodies = [a for a in linked.actors.values() if a.origin == "corpus" and a.kind == "organization"]
    assert bodies and all(a.country not in ("USA", "FRA") for a in bodies)


def test_title_apposition_and_of_phrase_give_a_persons_country(link):
    linked = link("Iranian Foreign Minister Dariush Kavehzadeh met Norwegian officials. "
                  "Selma Haddouche, Algeria's best-known rights lawyer, began a hunger strike. "
                  "King Idris Lamrani of Morocco spoke on Friday.")
    assert _country(linked, "Kavehzadeh") == "IRN"
    assert _country(linked, "Haddouche") == "DZA"
    assert _country(linked, "Lamrani") == "MAR"


def test_a_topic_title_and_a_quoted_title_say_nothing(link):
    linked = link("Iran envoy Robert Dalquist met reporters in Vienna and Oslo.\n\n"
                  "[3] Laura Whitfield, “China’s Quiet Expansion,” Foreign Review, 2020.")
    assert _country(linked, "Dalquist") is None
    assert _country(linked, "Whitfield") is None


def test_groups_plural_demonyms_and_ethnic_groups_by_their_place(link):
    assert _country(link("The Palestinians rejected the plan on Monday."), "Palestinians") == "PSE"
    linked = link("Ethnic Albanians in south Serbia are demanding autonomy.")
    assert _country(linked, "Albanians") == "SRB"


def test_bare_office_takes_the_one_country_of_the_article_and_only_then(link):
    linked = link("President Joseph Kabuyanga has banned Ugandan opposition rallies.")
    assert _country(linked, "Kabuyanga") == "UGA"
    linked = link("President Joseph Kabuyanga met Kenyan and Tanzanian ministers in Arusha.")
    assert _country(linked, "Kabuyanga") is None


def test_all_mentions_vote_and_two_countries_leave_it_unknown(linker):
    """Hand-built: one actor with an Iranian title in one mention and a Turkish one in another."""
    text = "Iranian minister Ali Veyseli met Turkish minister Ali Veyseli."
    doc = load()(text)
    person = Actor("x-p-ali-veyseli", "Ali Veyseli", "person", origin="corpus")
    iran, turkey = Actor("IRN", "Iran", "state", "IRN"), Actor("TUR", "Turkey", "state", "TUR")
    s1, s2 = text.index("Ali"), text.rindex("Ali")
    mentions = [Mention("t", 0, 7, "Iranian", "IRN", None, "NORP", "demonym"),
                Mention("t", s1, s1 + 11, "Ali Veyseli", person.id, None, "PERSON", "new"),
                Mention("t", text.index("Turkish"), text.index("Turkish") + 7, "Turkish", "TUR", None, "NORP",
                        "demonym"),
                Mention("t", s2, s2 + 11, "Ali Veyseli", person.id, None, "PERSON", "new")]
    linked = Linked(mentions=mentions, actors={a.id: a for a in (person, iran, turkey)})
    out = affiliate(linker, text, doc, linked)
    assert out.actors[person.id].country is None
    linked.mentions = mentions[:2]
    assert affiliate(linker, text, doc, linked).actors[person.id].country == "IRN"


def test_name_country_needs_one_state(linker):
    text = "the Sino-Russian Friendship Society and the Kazakh-Uzbek Water Board"
    assert name_country(linker, text, 4, 35) is None
    text = "the Georgian Wine Guild and the University of Georgia Press"
    assert name_country(linker, text, 4, 23) == "GEO"
    assert name_country(linker, text, 32, len(text)) is None
