"""Cue words that mark a name as no actor nor place (cues.py), and one-word names spaCy calls places."""
from __future__ import annotations

from conftest import span_of
from greatgame.actors.cues import cue_names, currency_prefix, determined, refine
from greatgame.actors.link import Linked
from greatgame.actors.rules import not_a_place_name
from greatgame.nlp import load
from greatgame.records import Actor, Article, Mention

STORY = ("The research vessel Polar Dawn left Tromso on Monday. Hurricane Miriam weakened over the sea. "
         "In the novel Silent Harbour a keeper waits. The book I liked best was short. "
         "Officials will ship Kazakh grain by rail. The space shuttle Tuesday launch was delayed.")


def test_cue_words_mark_vehicles_storms_and_works():
    names = [n for _, _, n in cue_names(STORY)]
    assert names == ["Polar Dawn", "Miriam", "Silent Harbour"]
    assert cue_names(None) == []


def test_a_vehicle_noun_before_its_name_in_capitals_is_no_part_of_the_name():
    text = "The prototype orbiter, Space Shuttle Meridian, was retired. Meridian now stands in a museum."
    assert [n for _, _, n in cue_names(text)] == ["Meridian"]


def test_a_determiner_before_a_head_word_marks_a_thing_not_a_person():
    text = "He ordered a Kowalski at the bar. The Kowalski family came too."
    assert determined(text, *span_of(text, "Kowalski"))
    assert not determined(text, *span_of(text, "Kowalski", 1))          # "the ... family": the family's
    assert not determined("Kowalski said so.", 0, 8)


def test_a_dollar_sign_after_a_state_makes_it_a_currency():
    text = "Bail was US$ 20,000 while the US said nothing."
    assert currency_prefix(text, span_of(text, "US")[1])
    assert not currency_prefix(text, span_of(text, "US", 1)[1])


def _mention(text, sub, label, actor=None, place=None, method="new", nth=0):
    s, e = span_of(text, sub, nth)
    return Mention("a", s, e, sub, actor, place, label, method, 0.5)


def test_refine_drops_cued_names_with_their_other_uses_and_what_only_they_named():
    text = "The cruise ship Sea Lark sailed. Later Sea Lark docked in Lisbon. Ana Costa ordered a Costa."
    out = Linked(mentions=[_mention(text, "Sea Lark", "ORG", actor="x-org-sea-lark"),
                           _mention(text, "Sea Lark", "ORG", actor="x-org-sea-lark", nth=1),
                           _mention(text, "Lisbon", "GPE", place="gn:1"),
                           _mention(text, "Ana Costa", "PERSON", actor="x-person-ana-costa"),
                           _mention(text, "Costa", "PERSON", actor="x-person-ana-costa", method="surname",
                                    nth=1)],
                 actors={"x-org-sea-lark": Actor("x-org-sea-lark", "Sea Lark", "organization", origin="corpus"),
                         "x-person-ana-costa": Actor("x-person-ana-costa", "Ana Costa", "person",
                                                     origin="corpus")})
    out = refine(text, out)
    assert [m.text for m in out.mentions] == ["Lisbon", "Ana Costa"]
    assert set(out.actors) == {"x-person-ana-costa"}


def test_refine_keeps_an_article_without_cues_as_it_is():
    text = "Ana Costa met the minister in Lisbon."
    out = Linked(mentions=[_mention(text, "Ana Costa", "PERSON", actor="p"), _mention(text, "Lisbon", "GPE")])
    assert [m.text for m in refine(text, out).mentions] == ["Ana Costa", "Lisbon"]
    assert refine(None, out) is out


def test_the_linker_drops_a_ship_and_a_currency_prefix(linker):
    text = ("The cruise ship Ocean Lark left Lisbon on Monday with 900 passengers. Ocean Lark is owned by a "
            "Norwegian firm, which paid US$ 20 million for it.")
    article = Article(id="a1", document_id="d", page=0, index=0, text=text, published="2022-01-20")
    linked = linker.link(article, load()(text))
    texts = [m.text for m in linked.mentions]
    assert "Lisbon" in texts
    assert "Ocean Lark" not in texts and "US" not in texts


def test_an_unknown_one_word_place_needs_a_preposition_of_place():
    text = "It is a bit like Brindleworth and the turtle. We stayed here in Brindleworth for a week."
    assert not_a_place_name(text, *span_of(text, "Brindleworth"))
    assert not not_a_place_name(text, *span_of(text, "Brindleworth", 1))
    assert not not_a_place_name("Sailors crossed from the Brindle Sound.", 21, 33)   # several words: kept


def test_the_subject_of_a_relative_clause_after_a_cue_noun_is_no_title():
    text = "He praised the book Smith wrote last year. She read the novel Blue Steppe twice."
    assert [n for _, _, n in cue_names(text, load()(text))] == ["Blue Steppe"]
    assert [n for _, _, n in cue_names(text)] == ["Smith", "Blue Steppe"]        # without a parse: the cue alone
