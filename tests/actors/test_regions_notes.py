"""Administrative regions and towns tagged as organisations, numbered notes and bibliographies, office holders'
countries (regions.py, bibliography.py, affiliation.py), on sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import span_of
from greatgame.actors.bibliography import cited_authors, entry_title_spans, in_venue
from greatgame.actors.link import link_text
from greatgame.actors.rules import acronym_definitions, trim_span
from greatgame.actors.works import in_cited_work, not_an_org

OBLAST = ("Security forces in Tajikistan sealed off the Gorno-Badakhshan Autonomous Oblast (GBAO) on Monday. "
          "Tajikistan says GBAO is calm, but residents of Vanj disagree. Tajikistan's government denied it.")
TOWN = ("In Tajikistan, soldiers blocked the road to Rushon and fired on a crowd. Two days later, Tajikistan said "
        "that eight people had been killed in Rushon.")
NOTES = ("Officials in Astana welcomed the deal.\n\n"
         "Notes\n\n"
         "1. Dana Akhmet, \"Water and Power: A Comparative Perspective on the Recent Border Incursion,\" "
         "Steppe Letters 4 (2019): 1-20.\n\n"
         "2. Aruzhan Bekova, ed., Grain Routes: Herders and Agrarian Transformations (Almaty: Harbour Books, "
         "2018), 12.\n\n"
         "Bibliography\n\n"
         "Omarov, Timur. Quiet Borders: The Making of Frontier Order. Oxford: Harbour Press, 2015.\n\n"
         "Kassymova, Saule K. Mountain Economies and Unruly Markets in the Steppe. Almaty: Harbour Books, 2012.\n")


def test_a_span_ends_before_an_opening_bracket_and_hyphenated_initials_spell_an_acronym():
    s, e = span_of(OBLAST, "Gorno-Badakhshan Autonomous Oblast (GBAO")
    assert trim_span(s, e, OBLAST)[2] == "Gorno-Badakhshan Autonomous Oblast"
    assert ("Gorno-Badakhshan Autonomous Oblast", s, s + 34, "GBAO") in acronym_definitions(OBLAST)


def test_an_autonomous_oblast_and_its_acronym_are_the_admin_region():
    out = link_text(OBLAST, "2022-05-20")
    assert not [a for a in out.actors.values() if a.kind == "organization"]
    names = {m.text: m.place_id for m in out.mentions if m.place_id}
    assert "Gorno-Badakhshan Autonomous Oblast" in names and "GBAO" in names
    region = out.places[names["GBAO"]]
    assert names["Gorno-Badakhshan Autonomous Oblast"] == region.id
    assert region.kind == "admin1" and region.country == "TJK"


def test_a_town_of_the_articles_country_tagged_as_organisation_is_the_town():
    out = link_text(TOWN, "2022-05-20")
    assert not [a for a in out.actors.values() if a.kind == "organization"]
    towns = [out.places[m.place_id] for m in out.mentions if m.text == "Rushon"]
    assert len(towns) == 2 and {p.country for p in towns} == {"TJK"}


def test_numbered_notes_and_bibliography_titles_are_cited_works():
    assert in_cited_work(NOTES, *span_of(NOTES, "Recent Border Incursion"))          # quoted, not headline-shaped
    assert in_cited_work(NOTES, *span_of(NOTES, "Agrarian Transformations"))         # "2. X, ed., Title (..."
    assert in_cited_work(NOTES, *span_of(NOTES, "Making of Frontier Order"))         # bibliography entry's title
    assert in_cited_work(NOTES, *span_of(NOTES, "Unruly Markets"))
    assert not in_cited_work(NOTES, *span_of(NOTES, "Harbour Press"))                # the publisher stays
    assert in_venue(NOTES, *span_of(NOTES, "Steppe Letters"))
    assert not_an_org(NOTES, *span_of(NOTES, "Steppe Letters"), label="PERSON")      # a column is no person
    assert not any(s <= NOTES.index("Officials") < e for s, e in entry_title_spans(NOTES))


def test_inverted_authors_are_one_person_each():
    authors = {NOTES[s:e]: actor.name for s, e, label, method, actor in cited_authors(NOTES)}
    assert authors == {"Omarov, Timur": "Timur Omarov", "Kassymova, Saule K.": "Saule K. Kassymova"}
    out = link_text(NOTES, "2022-05-20")
    people = {a.name for a in out.actors.values() if a.kind == "person"}
    assert {"Timur Omarov", "Saule K. Kassymova"} <= people
    assert not people & {"Omarov", "Timur", "Kassymova", "Saule K. Mountain", "Harbour Books"}
    orgs = {a.name for a in out.actors.values() if a.kind == "organization"}
    assert not orgs & {"Agrarian Transformations", "Frontier Order", "Unruly Markets"}


@pytest.mark.parametrize("text", [
    "Kazakh Interior Minister Yerlan Temirov said on Monday that 18 officers had died. Russia and China were silent.",
    "Protests spread across Kazakhstan. Kazakhstan's president spoke in Almaty, and Russia's envoy flew to Almaty. "
    "Interior Minister Yerlan Temirov said that 18 officers had died in Almaty and Aktau.",
])
def test_a_minister_titled_with_a_state_or_in_an_article_about_one_state_has_its_country(text):
    out = link_text(text, "2022-05-20")
    minister = [a for a in out.actors.values() if a.name.endswith("Yerlan Temirov")]
    assert minister and minister[0].country == "KAZ"


def test_a_possessor_before_a_relation_noun_is_the_mention_not_the_noun_phrase():
    text = "The journalist Aigul Nurlanova was jailed in Kazakhstan. Aigul's lawyer said the verdict would be appealed."
    out = link_text(text, "2022-05-20")
    second = [m for m in out.mentions if m.start > text.index("Kazakhstan.")]
    aigul = [m for m in second if m.actor_id == "x-p-aigul-nurlanova"]
    assert [m.text for m in aigul] == ["Aigul"]
    assert all("lawyer" not in m.text for m in out.mentions)
