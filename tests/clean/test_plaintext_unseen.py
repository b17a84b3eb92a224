"""Unit tests of the plain-text cleaner's rules found by reading pages nobody tuned on (session 6):
briefs under headers stamped "2 hours ago", short briefs on a page of briefs, footers' copyright lines in
other languages, a heading after a list, and inline "Read more: ..." links between paragraphs."""
from __future__ import annotations

from greatgame.clean.metadata import site_from_copyright
from greatgame.clean.plaintext import extract

from conftest import PROSE

P1, P2, P3 = PROSE


def _titles(page: str) -> list[str | None]:
    return [a.title for a in extract(page)]


def test_relative_stamp_under_a_title_starts_a_brief_of_its_own():
    page = "\n".join(["Regional Governor Resigns After Protests", "By Jane Roe | 3 March 2022", P1, P2, "",
                      "Capital Names an Interim Governor for the Region", "2 hours ago", P3, P2.replace("square", "park")])
    arts = extract(page)
    assert [a.title for a in arts] == ["Regional Governor Resigns After Protests",
                                       "Capital Names an Interim Governor for the Region"]
    assert arts[1].published is None and arts[1].text.startswith("Officials in the capital")
    assert "Officials in the capital" not in arts[0].text


def test_a_name_over_a_relative_stamp_is_a_comment_not_an_article_header():
    long_article = "\n\n".join([P1, P2, P3] * 3)
    page = "\n".join(["Regional Governor Resigns After Protests", "By Jane Roe | 3 March 2022", long_article, "",
                      "Rating: 12 Votes", "Nick Tan", "2 days ago", P2.replace("square", "market") * 2])
    arts = extract(page)
    assert [a.title for a in arts] == ["Regional Governor Resigns After Protests"]


def test_short_briefs_of_similar_length_are_each_kept():
    page = "\n".join([
        "Briefs", "",
        "Regional Governor Resigns After Protests", "Jan 5, 2022",
        "The regional governor resigned on Wednesday after three days of protests in the provincial capital. His deputy will run the region until an election is held, the presidential administration said.",
        "Protesters said they would stay in the square until the new governor answers their questions.", "",
        "Prosecutors Question the Sale of a Bus Depot", "05.01.2022",
        "Prosecutors opened an inquiry into the sale of the old bus depot in the provincial capital on Wednesday. The buyer, a company registered a month before the sale, paid a fifth of the estimated price.",
        "The city council, which approved the sale, said it had followed the rules in force at the time.", "",
        "Former Minister Named Interim Governor of the Region", "Published: 6 January 2022",
        "The president named the former finance minister interim governor of the region on Thursday morning. She promised to publish the regional budget within a week and to meet the protest leaders.",
        "Her appointment must be confirmed by the regional assembly, which meets again next month."])
    arts = extract(page)
    assert [a.title for a in arts] == ["Regional Governor Resigns After Protests", "Prosecutors Question the Sale of a Bus Depot", "Former Minister Named Interim Governor of the Region"]
    assert [a.published for a in arts] == ["2022-01-05", "2022-01-05", "2022-01-06"]


def test_a_dated_teaser_after_a_long_article_stays_out():
    long_article = "\n\n".join([P1, P2, P3] * 3)
    page = "\n".join(["Regional Governor Resigns After Protests", "By Jane Roe | 3 March 2022", long_article, "",
                      "Elsewhere in the Region Today", "4 March 2022", P3.replace("capital", "city"),
                      P2.replace("square", "park")])
    assert _titles(page) == ["Regional Governor Resigns After Protests"]


def test_site_from_copyright_lines_in_other_languages():
    assert site_from_copyright(["© 2022 La Gazette des Steppes. Tous droits réservés."]) == "La Gazette des Steppes"
    assert site_from_copyright(["© 2021 Степной вестник. Все права защищены."]) == "Степной вестник"
    assert site_from_copyright(["© 2020 Steppenbote. Alle Rechte vorbehalten."]) == "Steppenbote"
    assert site_from_copyright(["© 2022 Tous droits réservés."]) is None


def test_a_heading_after_a_list_is_a_paragraph_of_its_own():
    page = "\n".join(["Regional Governor Resigns After Protests", "By Jane Roe | 3 March 2022", "", P1, "",
                      "What the protesters want:", "- a published budget;", "- an inquiry into the depot sale;",
                      "- an early election.", "", "The response", "", P2, "", P3])
    text = extract(page)[0].text
    assert "What the protesters want:\n- a published budget;" not in text      # bullets lose their mark
    assert "What the protesters want:\na published budget;\nan inquiry into the depot sale;\nan early election." \
        in text
    assert "\n\nThe response\n\n" in text


def test_inline_read_more_link_neither_enters_nor_ends_the_body():
    last = "The new governor is expected to meet protest leaders on Friday."
    page = "\n".join(["Regional Governor Resigns After Protests", "By Jane Roe | 3 March 2022", "", P1, "", P2, "",
                      "Read more: Protests spread to two more provinces", "", last])
    text = extract(page)[0].text
    assert "Read more" not in text and "spread to two" not in text
    assert text.endswith(last)
    page = page.replace("Read more: Protests spread to two more provinces",
                        "Related: Why the bus depot sale angered the city\nRelated: Who is the interim governor?")
    text = extract(page)[0].text
    assert "Related" not in text and text.endswith(last)


def test_reading_times_in_other_languages_are_header_lines():
    from greatgame.clean.metadata import is_meta
    assert all(is_meta(t) for t in ("Lesezeit: 6 Minuten", "Temps de lecture : 4 min", "Tiempo de lectura: 3 minutos",
                                    "5 min read", "Время чтения: 7 минут"))
    assert not is_meta("Six minutes later the convoy left")


def test_related_links_under_a_foreign_marker_between_paragraphs_stay_out_and_the_text_goes_on():
    for marker in ("Das könnte Sie auch interessieren", "Te puede interesar", "Lesen Sie auch"):
        page = "\n".join(["Startseite", "Politik", "", "Regional Governor Resigns After Protests",
                          "Veröffentlicht am 3. März 2022", "Von Anna Schmidt", "", P1, "", P2, "", marker,
                          "Kirgistan: Stromausfälle im Winter", "Tadschikistan baut weiter am Damm",
                          "Kasachstan und China einigen sich", "", P3, "", "Impressum", "Datenschutz"])
        arts = extract(page)
        assert [(a.title, a.author, a.published) for a in arts] == \
            [("Regional Governor Resigns After Protests", "Anna Schmidt", "2022-03-03")], marker
        assert arts[0].text.startswith(P1[:40]) and arts[0].text.endswith(P3), marker
        assert marker not in arts[0].text and "Stromausfälle" not in arts[0].text


def test_a_long_headline_over_its_header_is_the_title_not_the_body():
    title = "Water on the River: Why the New Canal Upstream Worries the Farmers of the Delta"
    page = "\n".join(["Home", "Analysis", "", title, "3 March 2022", "By Anna Schmidt", "", P1, "", P2, "", P3])
    arts = extract(page)
    assert [a.title for a in arts] == [title] and arts[0].text.startswith(P1[:40])
