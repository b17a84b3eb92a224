"""People whose surname is also a place's name (surnames.py), with the linker end to end."""
from __future__ import annotations

from greatgame.actors.link import Linked
from greatgame.actors.surnames import appositive_people, surname_people
from greatgame.geo.gazetteer import Place
from greatgame.nlp import load
from greatgame.records import Actor, Article, Mention

TEXT = ("Marta Lisbon, a retired nurse from Porto, sued the clinic. Lisbon said the clinic ignored her. "
        "She later flew to Lisbon. Officials in Lisbon declined to comment.")


def _m(text, sub, label, actor=None, place=None, method="gazetteer", nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return Mention("a", i, i + len(sub), sub, actor, place, label, method, 0.6)


def test_an_appositive_describing_a_person_marks_the_pair_as_a_name():
    text = "Lena Dakar, 34, said so. Astana Paris, a new restaurant, opened. Tom Hanover, an Australian woman and"
    assert [n for _, _, n in appositive_people(text)] == ["Lena Dakar", "Tom Hanover"]


def test_a_split_person_is_joined_and_her_surname_is_hers_except_after_a_place_preposition():
    city = Place("gn:9", "Lisbon", "PRT", 38.7, -9.1, 9, "city", 500_000)
    out = Linked(mentions=[_m(TEXT, "Lisbon", "GPE", place="gn:9"), _m(TEXT, "Porto", "GPE", place="gn:8"),
                           _m(TEXT, "Lisbon", "GPE", actor="PRT", method="metonym", nth=1),
                           _m(TEXT, "Lisbon", "GPE", place="gn:9", nth=2),
                           _m(TEXT, "Lisbon", "GPE", place="gn:9", nth=3)],
                 actors={"PRT": Actor("PRT", "Portugal", "state", country="PRT")},
                 places={"gn:9": city, "gn:8": Place("gn:8", "Porto", "PRT", 41.1, -8.6, 8, "city", 200_000)})
    out = surname_people(TEXT, out)
    got = [(m.text, m.label) for m in out.mentions]
    assert got == [("Marta Lisbon", "PERSON"), ("Porto", "GPE"), ("Lisbon", "PERSON"), ("Lisbon", "GPE"),
                   ("Lisbon", "GPE")]
    person = out.mentions[0].actor_id
    assert out.mentions[2].actor_id == person and person in out.actors
    assert "PRT" not in out.actors                      # only the surname named the state
    assert "gn:9" in out.places                         # the city is still named after "to" and "in"


def test_a_place_written_with_its_country_stays_a_place():
    text = "Ana Sofia Braga, a teacher, spoke. Braga, Portugal, is her home town; Braga has a cathedral."
    out = Linked(mentions=[_m(text, "Ana Sofia Braga", "PERSON", actor="x-p-ana-braga", method="new"),
                           _m(text, "Braga", "GPE", place="gn:7", nth=1),
                           _m(text, "Braga", "GPE", place="gn:7", nth=2)],
                 actors={"x-p-ana-braga": Actor("x-p-ana-braga", "Ana Sofia Braga", "person", origin="corpus")})
    labels = [m.label for m in surname_people(text, out).mentions]
    assert labels == ["PERSON", "GPE", "GPE"]


def test_the_linker_keeps_a_woman_apart_from_the_capital_she_is_named_after(linker):
    text = ("Valda Lisbon, a retired nurse, has sued the hospital. Lisbon said the staff ignored her complaints. "
            "The hospital said Lisbon had been offered a meeting.")
    article = Article(id="a1", document_id="d", page=0, index=0, text=text, published="2022-01-20")
    linked = linker.link(article, load()(text))
    labels = {m.text: m.label for m in linked.mentions if "Lisbon" in m.text}
    assert set(labels.values()) == {"PERSON"}


def test_a_surname_tagged_alone_gets_the_given_name_written_before_it():
    text = "The panel heard singer Carly Vance. Tuesday Vance left. President Vance spoke. Vance agreed."
    ms = [_m(text, "Vance", "PERSON", actor="x-p-vance", method="new", nth=k) for k in range(4)]
    out = Linked(mentions=ms, actors={"x-p-vance": Actor("x-p-vance", "Vance", "person", origin="corpus")})
    out = surname_people(text, out)
    assert [m.text for m in out.mentions] == ["Carly Vance", "Vance", "Vance", "Vance"]   # no weekday nor title
    assert {m.actor_id for m in out.mentions} == {"x-p-carly-vance"} and set(out.actors) == {"x-p-carly-vance"}


def test_a_mistagged_person_does_not_take_the_place_that_ends_it():
    text = "Talks between Kiev Moscow stalled. Moscow said the talks would resume."
    out = Linked(mentions=[_m(text, "Kiev Moscow", "PERSON", actor="x-p-kiev-moscow", method="new"),
                           _m(text, "Moscow", "GPE", actor="RUS", method="metonym", nth=1)],
                 actors={"x-p-kiev-moscow": Actor("x-p-kiev-moscow", "Kiev Moscow", "person", origin="corpus"),
                         "RUS": Actor("RUS", "Russia", "state", country="RUS")})
    assert [m.label for m in surname_people(text, out).mentions] == ["PERSON", "GPE"]   # no given name, no appositive


def test_a_sentence_adverb_or_a_common_word_before_a_surname_is_no_given_name():
    text = "Yesterday Vance left. Angry Vance shouted; she was angry."
    ms = [_m(text, "Vance", "PERSON", actor="x-p-vance", method="new", nth=k) for k in range(2)]
    out = Linked(mentions=ms, actors={"x-p-vance": Actor("x-p-vance", "Vance", "person", origin="corpus")})
    assert [m.text for m in surname_people(text, out).mentions] == ["Vance", "Vance"]
