"""Tests of the citation extractor on a reference list we wrote in the style of analysis pieces."""
from __future__ import annotations

from greatgame.extract.citations import extract_citations, parse_reference
from greatgame.records import Article

TEXT = """Beijing expanded its language programmes in 2019.[1] Critics saw an influence campaign.[2] \
Others disagreed.[1]

[1] Aliya Serikova. “Language and Influence in the Steppe.” Eurasian Review 12, no. 3 (2019): 45. \
doi:10.1234/er.2019.12.3.

[2] Tom Baker, “Why the Institutes Matter,” Steppe Times, March 3, 2020, https://www.steppetimes.example/institutes.

[3] This point is made in several policy reports.
"""


def cites(text=TEXT):
    return extract_citations(Article(id="a", document_id="d", page=0, index=0, text=text))


def test_entries_fields_and_markers():
    c1, c2, c3 = cites()
    assert (c1.marker, c1.author, c1.year, c1.doi) == ("1", "Aliya Serikova", "2019", "10.1234/er.2019.12.3")
    assert c1.title == "Language and Influence in the Steppe" and c1.publisher == "Eurasian Review"
    assert len(c1.marker_offsets) == 2 and all(TEXT[o:o + 3] == "[1]" for o in c1.marker_offsets)
    assert (c2.author, c2.publisher, c2.year) == ("Tom Baker", "Steppe Times", "2020")
    assert c2.url == "https://www.steppetimes.example/institutes"
    assert c3.author is None and c3.title is None and c3.text.startswith("This point")
    assert TEXT[c2.start:c2.end].strip() == c2.text


def test_book_chapter_publisher_in_parentheses():
    r = parse_reference("Dana Orr. “Chapter 4. Roads and Rails,” in Connecting Eurasia, ed. Lee Park "
                        "(London: Routledge, 2018), 106.")
    assert (r["author"], r["publisher"], r["year"]) == ("Dana Orr", "Routledge", "2018")


def test_short_form_and_numbered_list():
    r = parse_reference("Serikova, Language and Influence, 61.")
    assert r["author"] == "Serikova" and r["title"] == "Language and Influence"
    numbered = "Body text.\n\n1. Ann Lee. “One.” Journal A, 2001.\n2. Bo Kim. “Two.” Journal B, 2002.\n" \
               "3. Cy Wu. “Three.” Journal C, 2003.\n"
    assert [c.year for c in cites(numbered)] == ["2001", "2002", "2003"]
    assert cites("Three steps:\n1. Go north.\n3. Turn east now.\n") == []     # not a counting run
    assert cites("Points:\n1. Open the border.\n2. Lower the tariffs.\n3. Resume the talks.\n") == []


def test_no_notes():
    assert cites("Nothing cited here, only 2019 and [sic].") == []


def test_reference_list_under_a_heading_in_apa_style():
    text = ("Pipelines shape the region [1].\n\nReferences\n"
            "Roe, J., & Lee, K. (2019). Pipelines and power in the Caspian. Energy Policy, 3(2), 1-10. "
            "https://doi.org/10.1016/j.enpol.2019.01.001\nKim, B. (2020). Rails east. Asia Review, 7, 2-9.\n")
    c1, c2 = cites(text)
    assert (c1.marker, c1.author, c1.title, c1.publisher, c1.year) == (
        "1", "Roe, J., & Lee, K.", "Pipelines and power in the Caspian", "Energy Policy", "2019")
    assert c1.doi == "10.1016/j.enpol.2019.01.001" and c1.marker_offsets == (text.index("[1]"),)
    assert (c2.author, c2.year) == ("Kim, B.", "2020")


def test_ibid_repeats_the_previous_note():
    text = ("Trade rose.[1] Tariffs fell.[2]\n\n1. Ann Lee. “Border Trade Revisited.” Journal A, 2001.\n"
            "2. Ibid.\n3. Bo Kim. “Rail and Road.” Journal B, 2002.\n4. Ibid., 14.\n")
    got = cites(text)
    assert [c.marker for c in got] == ["1", "2", "3", "4"]
    assert (got[1].author, got[1].title, got[1].year) == ("Ann Lee", "Border Trade Revisited", "2001")
    assert got[1].text == "Ibid." and got[1].marker_offsets        # still its own note, cited in the body
    assert (got[3].author, got[3].publisher) == ("Bo Kim", "Journal B")
    assert cites("Points:\n1. Ibid.\n") == []                       # nothing before it to repeat, no list
