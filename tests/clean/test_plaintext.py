"""Tests of the plain-text cleaner on pages we wrote ourselves, plus the shared gold and benchmark floors."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from greatgame.clean.plaintext import extract
from greatgame.errors import GGError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "text"
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"


def _page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --- two articles with menus, "Continue Reading" and a "Latest" teaser list -------------------

@pytest.fixture(scope="module")
def two():
    return extract(_page("two_articles.txt"), "https://steppe.example/water")


def test_two_articles_found_in_page_order(two):
    assert [a.title for a in two] == ["Water Diplomacy on the Syr Darya Enters a New Phase",
                                      "Caspian Pipeline Consortium Weighs a Second Export Route"]
    assert all(a.extractor == "plaintext" and a.url == "https://steppe.example/water" for a in two)


def test_two_articles_bodies_complete(two):
    first, second = two
    assert first.text.startswith("Officials from Kazakhstan, Uzbekistan and Kyrgyzstan met")
    assert "\n\nA Fragile Balance\n\n" in first.text            # subheading kept in place
    assert "any delay can cost farmers a whole harvest." in first.text
    assert "[1] Joint statement of the water ministers" in first.text   # footnotes kept
    assert "[2] Interview with an official" in first.text
    assert "second route across the Caspian Sea" in second.text
    assert "Caspian Pipeline" not in first.text
    assert "Toktogul" not in second.text


def test_two_articles_no_boilerplate(two):
    junk = ["Continue Reading", "Latest", "Trending", "hours ago", "Parliament in Bishkek",
            "Deputies in Kyrgyzstan", "Subscribe", "All rights reserved", "Published", "Image:",
            "By Aigerim", "12 March 2023", "Central Asia\n", "Energy\n"]
    for a in two:
        for j in junk:
            assert j not in a.text, (a.title, j)
        assert not a.text.startswith(("Central Asia", "Energy", "Steppe Review"))


def test_two_articles_metadata(two):
    first, second = two
    assert (first.author, first.published) == ("Aigerim Nurlanova", "2023-03-12")
    assert second.author == "Timur Sadykov"                  # from the closing bio paragraph
    assert second.published is None                          # the page gives no date for it
    assert first.site == second.site == "steppe.example"     # no page-title line: site from the URL


# --- one Russian article inside Russian menus ---------------------------------------------------

def test_russian_article_with_menu_and_date():
    arts = extract(_page("russian_one.txt"))
    assert len(arts) == 1
    a = arts[0]
    assert a.title == "Каспийский транзит ищет новые маршруты"
    assert a.author == "Ирина Ковалёва"
    assert a.published == "2023-03-15"
    assert a.site == "Евразийский вестник"
    assert a.text.startswith("Казахстан и Азербайджан договорились")
    assert "\n\nЧто дальше\n\n" in a.text
    assert a.text.endswith("расходы каждой из сторон.")
    for j in ("Главная", "Читайте также", "Выборы в Бишкеке", "Комментарии", "Все права защищены"):
        assert j not in a.text


def test_italian_page_inline():
    page = "\n".join([
        "Il nodo del gas in Asia centrale | Osservatorio Eurasia", "Salta al contenuto principale",
        "  • Home", "  • Ricerca", "  • Eventi", "  • Chi siamo", "", "Energia", "",
        "Il nodo del gas in Asia centrale", "", "Marco Bellini", "3 febbraio 2022", "",
        "Il Turkmenistan ha chiesto ai suoi vicini di rivedere i contratti di transito del gas verso la Cina, "
        "una richiesta che arriva dopo un inverno in cui le forniture sono state interrotte più volte.", "",
        "Secondo fonti diplomatiche, il governo di Ashgabat vuole prezzi più alti e una quota maggiore dei "
        "ricavi, mentre Pechino cerca di garantire la stabilità delle consegne per i prossimi anni.", "",
        "Ti potrebbero interessare anche:", "", "Il Caspio conteso", "Anna Ferri", "La Cina e i suoi vicini",
        "", "Iscriviti alla newsletter", "Chi siamo - Lavora con noi - Contatti - Privacy",
    ])
    arts = extract(page)
    assert len(arts) == 1
    a = arts[0]
    assert (a.title, a.author, a.published, a.site) == (
        "Il nodo del gas in Asia centrale", "Marco Bellini", "2022-02-03", "Osservatorio Eurasia")
    assert "stabilità delle consegne" in a.text
    for j in ("Salta al contenuto", "Ti potrebbero", "Il Caspio conteso", "Iscriviti", "Lavora con noi"):
        assert j not in a.text


# --- pages without an article and bad input ---------------------------------------------------

def test_login_page_has_no_article():
    assert extract(_page("no_article.txt")) == []


@pytest.mark.parametrize("text", ["", "   \n\n\t", "Home\nNews\nContact"])
def test_empty_or_menu_only_gives_nothing(text):
    assert extract(text) == []


def test_non_text_input_is_a_coded_error():
    with pytest.raises(GGError) as info:
        extract(b"bytes are not text")  # type: ignore[arg-type]
    assert info.value.code == "GG104"


def test_teaser_list_alone_is_not_an_article():
    teasers = []
    for n in range(6):
        teasers += [f"Politics{n + 1} hours ago", f"Minister number {n} visits the border region",
                    "Officials in the capital said on Monday that the talks would continue until the two "
                    "sides reach an agreement on the..."]
    assert extract("\n\n".join(["Latest"] + teasers)) == []


# --- shared data: corpus gold and benchmark floor ---------------------------------------------

def test_corpus_gold_checks_pass():
    if not (SHARED / "corpus" / "gold_dev.json").exists():
        pytest.skip("shared corpus not available")
    res = _bench("corpus_gold").run(SHARED / "corpus")
    assert res["titles_found"] == res["articles_expected"] == 5
    assert res["boilerplate_hits"] == []
    assert res["missing_fragments"] == []
    assert res["metadata_misses"] == []
    assert res["passed"]



def test_short_subheading_after_the_first_paragraph_is_kept():
    """A two-word subheading ("Ankara's Ambitions") looks like a bare name; it is a byline only above the prose."""
    para = ("When the leaders of the council met in Istanbul on 12 November, they renamed the body and "
            "promised closer ties between its member states in trade, transport and education. ")
    text = ("Menu\nHome\nAnalysis\n\nTurkey's Turkic Project Meets Central Asian Caution\n\nMarco Ferrandi\n"
            "15 novembre 2021\n\n" + para * 2 + "\n\nAnkara's Ambitions\n\n" + para * 3 +
            "\n\nChi siamo - Contatti - Privacy\n")
    (art,) = extract(text)
    assert art.author == "Marco Ferrandi"
    assert "\n\nAnkara's Ambitions\n\n" in art.text
    assert "Marco Ferrandi" not in art.text
