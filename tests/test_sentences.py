"""Tests of the tokenizer and sentence-boundary fixes (greatgame.sentences) on the loaded spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from greatgame.nlp import load
    return load()


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_footnote_marker_is_split_from_the_full_stop(nlp):
    doc = nlp("The troops left on 19 January, the ministry said.[1] Days later the talks began.")
    words = [t.text for t in doc]
    assert "said" in words and "[1]" in words and "." in words
    assert words.index("[1]") == words.index(".") + 1


def test_marker_closes_its_sentence_and_the_next_one_starts_after_it(nlp):
    text = ("Russia sent 1,200 troops to guard the airport during the unrest.[3] Russian Foreign Minister Sergei "
            "Lavrov said the mission had ended.")
    got = sentences(nlp, text)
    assert got == ["Russia sent 1,200 troops to guard the airport during the unrest.[3]",
                   "Russian Foreign Minister Sergei Lavrov said the mission had ended."]


def test_standalone_marker_after_a_closing_quote(nlp):
    text = "She further claimed, “we will all need to know Chinese.” [2] Her statement was clear."
    got = sentences(nlp, text)
    assert got[-1] == "Her statement was clear."
    assert got[-2].endswith("[2]")


def test_blank_line_ends_a_heading_and_a_paragraph(nlp):
    text = ("Astana Courts Beijing as Troops Go Home\n\nThe last of the troops left the country on 19 "
            "January, closing the mission\n\nDays later the president held a call with Beijing.")
    got = sentences(nlp, text)
    assert got[0] == "Astana Courts Beijing as Troops Go Home"
    assert got[1].startswith("The last of the troops") and got[1].endswith("closing the mission")
    assert got[2].startswith("Days later")


def test_marker_inside_a_sentence_does_not_split_it(nlp):
    got = sentences(nlp, "Her statement, see [4], was clear and widely reported.")
    assert len(got) == 1
