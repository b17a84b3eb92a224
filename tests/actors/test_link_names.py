"""The linker end to end on texts we wrote: cited titles, headings, fields of study, long academic names,
regions tagged as organisations and possessive institutions (works.py, longnames.py, regions.py)."""
from __future__ import annotations

import pytest

from greatgame.actors.regions import region_place
from greatgame.nlp import load
from greatgame.records import Article

TEXT = ("In Defence of Astana’s Water-Energy Division of Labour in Central Asia\n\n"
        "Kazakhstan has courted partners in regional disputes such as the Caucasus, where Turkey backed "
        "Azerbaijan, while the South Caucasus stays a transit route to Europe. Russia’s Defence Ministry said "
        "the exercises would go ahead, and China’s Foreign Ministry welcomed the talks. Washington said it "
        "would watch closely.\n\n"
        "The partner universities are:\n"
        "Al-Zhetysu National Agrarian University (Taldykorgan)\n"
        "Kazakh Abai Institute of Oriental Studies and Foreign Languages (Almaty)\n\n"
        "Aruzhan Bekova holds an M.A. in Regional Planning from Steppe Technical College.\n\n"
        "[1] Aruzhan Bekova. Steppe Corridors and Caspian Trade: A Short History (2nd Edition). "
        "(Oxford: Harbour Press, 2018), 44.\n"
        "[2] Bekova, Steppe Corridors and Caspian Trade, 51.\n"
        "[3] Timur Alimov. “Grain Bridges: Kazakh Wheat in Global Markets.” Eurasia Monitor, Mar. 3, 2020.\n"
        "[4] Timur Alimov. “Grain Bridges”; Eurasia Monitor, Mar. 9, 2020.\n"
        "[5] Saule Omarova, “Rail Links,” in Connecting the Steppe. Prospects for Regional Freight Cooperation, "
        "eds. Dana Akhmet and Lee Park (London: Routledge, 2019), p.12.\n")


@pytest.fixture(scope="module")
def linked(linker):
    article = Article(id="n1", document_id="d", page=0, index=0, text=TEXT, published="2022-01-20")
    return linker.link(article, load()(TEXT))


def _orgs(linked):
    return {linked.actors[m.actor_id].name for m in linked.mentions
            if m.actor_id and linked.actors[m.actor_id].kind == "organization"}


def test_titles_headings_and_fields_of_study_make_no_organisations(linked):
    orgs = _orgs(linked)
    for name in ("Steppe Corridors and Caspian Trade", "Grain Bridges", "Regional Freight Cooperation",
                 "Prospects for Regional Freight Cooperation", "Regional Planning",
                 "Water-Energy Division of Labour", "Oriental Studies", "Foreign Languages"):
        assert name not in orgs, name
    assert not any(m.text == "Al-Zhetysu" and m.label == "PERSON" for m in linked.mentions)
    names = {a.name for a in linked.actors.values()}
    assert "Steppe Corridors" not in names                   # a person's shape inside a book's title
    assert {"Aruzhan Bekova", "Harbour Press"} <= names      # the author and the publisher stay


def test_long_academic_names_are_one_organisation(linked):
    orgs = _orgs(linked)
    assert "Al-Zhetysu National Agrarian University" in orgs
    assert "Kazakh Abai Institute of Oriental Studies and Foreign Languages" in orgs


def test_possessive_institutions_link_to_the_kb(linked):
    by_text = {m.text: m.actor_id for m in linked.mentions}
    assert by_text.get("Russia’s Defence Ministry") == "rus-mod"
    assert by_text.get("China’s Foreign Ministry") == "chn-mfa"
    assert by_text.get("Washington") == "USA"                    # a capital acting for its state stays


def test_a_region_is_a_place_whatever_spacys_label(linked):
    caucasus = [m for m in linked.mentions if m.text in ("Caucasus", "South Caucasus")]
    assert caucasus and all(m.place_id == "rg:caucasus" and m.actor_id is None for m in caucasus)
    assert not any(a.name == "Caucasus" for a in linked.actors.values())


def test_region_place_keeps_organisations_and_cities(linker):
    text = "The Caucasus Council met in Washington and the Balkans."
    assert region_place(linker, None, text, *_span(text, "Caucasus Council"), None) is None
    assert region_place(linker, None, text, *_span(text, "Washington"), None) is None
    place = region_place(linker, None, text, *_span(text, "Balkans"), None)
    assert place is not None and place.kind == "region"


def _span(text, sub):
    i = text.index(sub)
    return i, i + len(sub)
