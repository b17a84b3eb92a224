"""End to end on pages we wrote in session 6 (tests/fixtures/pages6), in the styles of pages nobody tuned on:
English articles inside French, German, Spanish and Russian (cp1251) sites' menus, related-link lists, cookie
banners and footers; a page of four briefs dated "By Jane Doe | 12 March 2022", "Jan 5, 2022", "05.01.2022" and
"2 hours ago"; an analysis whose body holds subheadings, one-line paragraphs, a list, a pull quote, inline
"Related: ..." links, notes and a closing bio; a text page with no title line; a CMS page in HTML with sidebars;
a JSON Lines file with one good record (an inline "Read more: ..." link in it) and one cut-off line. Ingest and
export through the command line, then check what a reader checks: the articles found, their metadata, that
each body runs from its first sentence to its last and that no chrome gets in."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, ingest_and_export

PAGES = FIXTURES / "pages6"
GAS = "Why Turkmen Gas Still Flows East: Ashgabat Between Beijing and Moscow"
WATER = "Water on the Amu Darya: Why the Qosh Tepa Canal Worries Tashkent"
GOLD = "Kyrgyzstan Takes Full Control of Kumtor Gold Mine"
KHOROG = "Tajikistan Tightens Its Grip on Gorno-Badakhshan"
CSTO = "The CSTO After Kazakhstan: Five Lessons From a Short Deployment"
WHEAT = "Kazakhstan Caps Wheat Exports as Prices Climb"
REFERENDUM = "Tokayev Proposes Referendum on Constitutional Changes"
BRIEFS = ["Kyrgyz and Tajik Guards Exchange Fire Near Vorukh", "Uzbekistan Lifts Limits on Flour Exports",
          "Kazakhstan Extends State of Emergency in Almaty", "Central Asia Ministers to Meet in Cholpon-Ata"]

# (title, author, published, site, first words, last words) as a reader of each page sees them
EXPECTED = [
    (GAS, "Claire Vasseur", "2022-03-14", "La Lettre des Steppes", "Turkmenistan sells almost",
     "who covers energy and politics in Central Asia."),
    (WATER, "Anna Schmidt", "2022-03-03", "Zentralasien-Monitor", "The Taliban government in Kabul",
     "ist Redakteurin beim Zentralasien-Monitor in Berlin."),
    (GOLD, "Carlos Méndez", "2022-04-05", "Eurasia Hoy", "Kyrgyzstan has taken full ownership",
     "statement of 4 April 2022."),
    (KHOROG, "Ivan Petrov", "2022-05-20", "Евразийский обзор", "Security forces in Tajikistan launched",
     "after the first day of the protests."),
    (CSTO, "Anton Berg", "2022-02-02", "Caspian Monitor", "The Collective Security Treaty Organization sent",
     "writes about security in the former Soviet Union."),
    (WHEAT, "Daniyar Omarov", "2022-04-16", "Silk Road Review", "Kazakhstan will limit exports of wheat",
     "when the new harvest can be estimated."),
    (REFERENDUM, "Aigerim Sadykova", "2022-04-29", "Steppe Wire", "Kazakh President Kassym-Jomart Tokayev proposed",
     "said the changes did not go far enough."),
    (BRIEFS[0], "Jane Doe", "2022-03-12", "Eurasia Briefing Room", "Border guards from Kyrgyzstan",
     "agreed by regional commanders was holding."),
    (BRIEFS[1], None, "2022-01-05", "Eurasia Briefing Room", "The Uzbek government lifted",
     "for Afghanistan and Tajikistan within two weeks."),
    (BRIEFS[2], None, "2022-01-05", "Eurasia Briefing Room", "Kazakh President Kassym-Jomart Tokayev extended",
     "cash machines had run out of banknotes."),
    (BRIEFS[3], None, None, "Eurasia Briefing Room", "Foreign ministers of the five Central Asian states",
     "the presidents would meet in the summer."),
    (None, None, None, None, "Analysts in Bishkek were not surprised", "The new rules take effect in January."),
]
CHROME = ("Partager", "À lire aussi", "Tokaïev", "Articles similaires", "Mots-clés", "cookies", "Newsletter",
          "Das könnte Sie auch interessieren", "Stromausfälle", "Lesezeit", "Schlagwörter", "Weitere Artikel",
          "Te puede interesar", "el precio del gas", "Etiquetas", "Artículos relacionados", "Читайте также",
          "Киргизия", "Поделиться", "Комментарии", "Related:", "Zhanaozen", "Share this", "More from",
          "Oil Output Recovers", "min read", "Read more", "January address", "Most Read", "Most read",
          "Subscribe", "All rights reserved", "Photo:", "Tags:", "comments", "Good analysis", "Sign up",
          "Uzbekistan lifts limits", "2 hours ago", "Published", "By Jane Doe", "Tous droits", "Todos los derechos")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return ingest_and_export(PAGES, tmp_path_factory.mktemp("pages6"))


def test_every_article_found_once_with_its_metadata(out):
    found = sorted(((a["title"] or ""), a["author"], a["published"], a["site"]) for a in out["articles"])
    assert found == sorted(((t or ""), au, pub, site) for t, au, pub, site, _, _ in EXPECTED)
    assert all(a["language"] == "en" and a["duplicate_of"] is None for a in out["articles"])


def test_each_body_runs_from_its_first_sentence_to_its_last(out):
    arts = {a["title"]: a["text"] for a in out["articles"]}
    for title, _, _, _, start, end in EXPECTED:
        assert arts[title].startswith(start), (title, arts[title][:80])
        assert arts[title].rstrip().endswith(end), (title, arts[title][-80:])


def test_no_chrome_in_any_body(out):
    for a in out["articles"]:
        for chrome in CHROME:
            assert chrome not in a["text"], (chrome, a["title"])
        for other in BRIEFS:               # one brief never swallows another's title
            assert other not in a["text"], (other, a["title"])


def test_short_body_lines_are_kept_in_their_place(out):
    csto = {a["title"]: a["text"] for a in out["articles"]}[CSTO]
    for kept in ("\n\nLesson two: numbers\n\n", "\n\nArmenia sent 100.\n",
                 '\n\n"This was a Russian operation with a multilateral flag."\n\n',
                 "What the deployment did not do:\nit did not settle who gave the order to shoot;",
                 "more popular in Kyrgyzstan.\n\nLesson four: the exit\n\n",
                 "\n\nNotes\n\n[1] Statement of the President of Kazakhstan, 11 January 2022."):
        assert kept in csto, kept
    water = {a["title"]: a["text"] for a in out["articles"]}[WATER]
    assert "\n\nThe cotton question\n\n" in water and "\n\nAfghanistan is not a party" in water
