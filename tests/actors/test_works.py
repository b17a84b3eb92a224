"""Titles of cited works, title-case headings and fields of study are no new organisations (works.py)."""
from __future__ import annotations

from conftest import span_of
from greatgame.actors.works import cited_title_spans, field_of_study, heading_line, in_cited_work, not_an_org

NOTES = ("Officials in Astana welcomed the deal.\n\n"
         "[1] Aruzhan Bekova. Steppe Corridors and Caspian Trade: A Short History (2nd Edition). "
         "(Oxford: Harbour Press, 2018), 44.\n"
         "[2] Bekova, Steppe Corridors and Caspian Trade, 51.\n"
         "[3] Timur Alimov. “Grain Bridges: Kazakh Wheat in Global Markets.” Eurasia Monitor, Mar. 3, 2020.\n"
         "[4] Timur Alimov. “Grain Bridges”; Eurasia Monitor, Mar. 9, 2020.\n"
         "[5] Saule Omarova, “Rail Links,” in Connecting the Steppe. Prospects for Regional Freight Cooperation, "
         "eds. Dana Akhmet and Lee Park (London: Routledge, 2019), p.12.\n")


def test_unquoted_titles_of_footnote_entries_and_their_short_forms():
    assert in_cited_work(NOTES, *span_of(NOTES, "Steppe Corridors and Caspian Trade"))
    assert in_cited_work(NOTES, *span_of(NOTES, "Steppe Corridors and Caspian Trade", 1))     # "[2] Bekova, ..."
    assert not in_cited_work(NOTES, *span_of(NOTES, "Harbour Press"))                        # the publisher
    assert not in_cited_work(NOTES, *span_of(NOTES, "Eurasia Monitor"))                      # the outlet
    assert not in_cited_work(NOTES, *span_of(NOTES, "Aruzhan Bekova"))                       # the author


def test_a_book_title_before_its_editors():
    assert in_cited_work(NOTES, *span_of(NOTES, "Regional Freight Cooperation"))
    assert not in_cited_work(NOTES, *span_of(NOTES, "Dana Akhmet"))


def test_a_short_form_citation_repeats_a_quoted_title():
    short = span_of(NOTES, "Grain Bridges", 1)
    assert not in_cited_work(NOTES, *short)          # alone in its quotation marks: no headline itself
    assert not_an_org(NOTES, *short)                 # but the quoted title of [3] holds it
    assert not not_an_org(NOTES, *span_of(NOTES, "Eurasia Monitor", 1))


def test_titles_are_found_in_text_order_and_prose_has_none():
    spans = cited_title_spans(NOTES)
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)
    assert cited_title_spans("Officials in Astana met the Harbour Press editors. They said so.") == ()
    assert cited_title_spans(None) == ()


def test_a_field_of_study_after_a_degree():
    text = "She holds an M.A. in Regional Planning and a degree in Oriental Studies from Steppe College."
    assert field_of_study(text, span_of(text, "Regional Planning")[0])
    assert field_of_study(text, span_of(text, "Oriental Studies")[0])
    assert not field_of_study(text, span_of(text, "Steppe College")[0])
    assert not_an_org(text, *span_of(text, "Regional Planning"))


HEADED = ("Grain exports rose again in March, traders said.\n\n"
          "In Defence of Astana’s Water-Energy Division of Labour in Central Asia\n\n"
          "Kazakhstan’s approach to the talks was cautious.\n\n"
          "Members of the network:\n"
          "Steppe Freight Union (Almaty)\n"
          "Aral Water Trust Fund\n"
          "Caspian Grain Traders Association\n")


def test_a_lone_title_case_heading_makes_no_new_organisation():
    assert heading_line(HEADED, span_of(HEADED, "Water-Energy")[0])
    assert not_an_org(HEADED, *span_of(HEADED, "Water-Energy Division of Labour"))
    assert not heading_line(HEADED, span_of(HEADED, "approach")[0])          # a sentence


def test_lines_of_a_list_are_no_headings():
    assert not heading_line(HEADED, span_of(HEADED, "Aral Water Trust Fund")[0])
    assert not not_an_org(HEADED, *span_of(HEADED, "Aral Water Trust Fund"))


def test_bad_offsets_are_no_answer():
    assert not not_an_org(NOTES, 10, 5)
    assert not not_an_org(None, 0, 3)


def test_other_labels_only_lose_names_inside_cited_titles():
    assert not_an_org(NOTES, *span_of(NOTES, "Steppe Corridors"), label="PERSON")
    assert not not_an_org(NOTES, *span_of(NOTES, "Aruzhan Bekova"), label="PERSON")
    text = "She holds an M.A. in Regional Planning."
    assert not not_an_org(text, *span_of(text, "Regional Planning"), label="PERSON")


def test_an_outlet_after_the_author_is_no_title():
    text = ("[7] Dana Akhmet, Steppe Freight Weekly, 2021.\n"
            "[8] Dana Akhmet. Caspian Energy Review, Mar. 4, 2020.\n"
            "[9] Akhmet, Steppe Freight Weekly, p. 14.\n")
    assert not in_cited_work(text, *span_of(text, "Steppe Freight Weekly"))
    assert not in_cited_work(text, *span_of(text, "Caspian Energy Review"))
    assert in_cited_work(text, *span_of(text, "Steppe Freight Weekly", 1))      # a page after it: a short title
