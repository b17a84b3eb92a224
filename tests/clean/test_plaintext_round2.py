"""Unit tests of plain-text cleaning rules from reading the exports of pages3-5 (cleaning, round 2): short
Title Case headlines shaped like names, closing bios in other languages, and the site's name from a masthead
that the footer repeats or from a footer copyright line written "Name © 2022"."""
from __future__ import annotations

from greatgame.clean.metadata import bio_author, site_from_copyright
from greatgame.clean.plaintext import extract

from conftest import PROSE

P1, P2, P3 = PROSE


def test_a_short_title_case_headline_over_a_dated_header_starts_an_article():
    page = "\n\n".join(["Home | News | Regions", "Governor Resigns", "By Jane Roe", "3 March 2022", P1, P2,
                        "Interim Governor Named", "4 March 2022", P3, P2.replace("square", "park")])
    arts = extract(page)
    assert [(a.title, a.author, a.published) for a in arts] == [
        ("Governor Resigns", "Jane Roe", "2022-03-03"), ("Interim Governor Named", None, "2022-03-04")]
    assert arts[0].text.startswith(P1) and P3 not in arts[0].text
    assert arts[1].text.startswith(P3)


def test_a_name_under_a_headline_is_still_the_author():
    page = "\n\n".join(["Home | News | Regions", "The Governor Resigns After Three Days of Protest", "Jane Roe",
                        "3 March 2022", P1, P2, P3])
    arts = extract(page)
    assert [(a.title, a.author, a.published) for a in arts] == [
        ("The Governor Resigns After Three Days of Protest", "Jane Roe", "2022-03-03")]


def test_a_closing_bio_in_another_language_names_the_author():
    assert bio_author("Anna Schmidt ist Redakteurin beim Steppen-Kurier in Berlin.") == "Anna Schmidt"
    assert bio_author("Claire Vasseur est journaliste au service international du journal.") == "Claire Vasseur"
    assert bio_author("Carlos Méndez es periodista en Bishkek.") == "Carlos Méndez"
    assert bio_author("Иван Петров — журналист из Душанбе.") == "Иван Петров"
    assert bio_author("Die Regierung ist ein Redakteur der Verordnung.") is None
    page = "\n\n".join(["Startseite | Politik | Wirtschaft", "Governor Resigns After Protests", "3. März 2022", P1, P2,
                        "Anna Schmidt ist Redakteurin beim Steppen-Kurier in Berlin."])
    art = extract(page)[0]
    assert art.author == "Anna Schmidt" and art.text.endswith("in Berlin.")    # the bio stays in the body


def test_site_from_a_copyright_line_that_puts_the_name_first():
    assert site_from_copyright(["Silk Road Courier © 2022. All rights reserved."]) == "Silk Road Courier"
    assert site_from_copyright(["Steppe Wire (c) 2020-2023"]) == "Steppe Wire"
    assert site_from_copyright(["Images © Getty"]) is None


def test_site_from_a_masthead_the_footer_repeats():
    page = "\n\n".join(["Steppe Courier", "Home\nNews\nAnalysis", "Governor Resigns After Protests",
                        "3 March 2022", P1, P2, "Related Posts", "Another story",
                        "Copyright 2022, Steppe Courier and its partners. Reproduction prohibited."])
    assert [a.site for a in extract(page)] == ["Steppe Courier"]
    no_footer = page.replace("Copyright 2022, Steppe Courier and its partners. Reproduction prohibited.",
                             "Copyright 2022. Reproduction of any part of this page is prohibited.")
    assert [a.site for a in extract(no_footer)] == [None]


def test_affiliation_and_file_link_lines_are_header_chrome_not_title_author_or_body():
    page = "\n\n".join(["Steppe Institute", "Research | Briefs | Events | Contact", "Policy Brief No. 12",
                        "Why the Governor Resigned: Protest and Patronage in the Regions", "Jane Roe",
                        "Senior Fellow at the Governance Programme", "3 March 2022",
                        "Download the full report (PDF, 2 MB)", P1, P2, P3])
    arts = extract(page)
    assert [(a.title, a.author, a.published) for a in arts] == [
        ("Why the Governor Resigned: Protest and Patronage in the Regions", "Jane Roe", "2022-03-03")]
    assert arts[0].text.startswith(P1)
    assert "Senior Fellow" not in arts[0].text and "Download" not in arts[0].text


def test_numbered_notes_citing_dated_sources_stay_in_the_body():
    notes = ["1 Declaration of the Ninth Summit of the Organization of Turkic States, 11 November 2022.",
             "2 Daily Sabah, \"Erdogan calls for unity of Turkic world,\" 11 November 2022.",
             "3 Defense News, \"Kazakhstan to produce Turkish drones,\" May 2022."]
    page = "\n\n".join(["Home | News | Regions", "Governor Resigns After Three Days of Protest", "3 March 2022",
                        P1, P2, P3, "Notes", "\n".join(notes)])
    art = extract(page)[0]
    assert art.published == "2022-03-03"
    for note in notes:
        assert note in art.text
