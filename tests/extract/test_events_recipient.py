"""Recipients named outside the event's own phrase (a protest's purpose, a framing verb's object, objects
the parser misplaced, a complaint's subject, nationals named by a demonym), and the places and state
institutions that stand in for a recipient; on sentences we wrote and one hand-built parse."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from greatgame.extract.events import extract_events
from greatgame.extract.events_recipient import dangling_object
from greatgame.nlp import load
from greatgame.records import Article


def _events(linker, text):
    article = Article(id="t", document_id="", page=0, index=0, text=text, published="2021-03-02")
    doc = load()(text)
    linked = linker.link(article, doc)
    return extract_events(article, doc, linked)


def _one(events, etype):
    hits = [e for e in events if e.type == etype]
    assert hits, [(e.type, e.trigger, e.rule) for e in events]
    return max(hits, key=lambda e: e.confidence)


def test_a_protest_is_against_what_its_purpose_names(linker):
    e = _one(_events(linker, "Hundreds of refugees began a hunger strike on Monday to protest against Norway's "
                             "decision to close the camp."), "PROTEST")
    assert e.target_actor_id == "NOR" and "+purpose" in e.rule
    e = _one(_events(linker, "Hundreds of refugees continued a hunger strike in protest of the Greek government's "
                             "refusal to register them."), "PROTEST")
    assert e.target_actor_id == "GRC"


def test_a_purpose_does_not_replace_a_named_recipient(linker):
    e = _one(_events(linker, "Students protested against Japan on Monday to demand an apology from Korea."),
             "PROTEST")
    assert e.target_actor_id == "JPN" and "+purpose" not in e.rule


def test_misplaced_objects_and_nationals(linker):
    e = _one(_events(linker, "Rebels kidnapped up to 12 Italian engineers near the border on Sunday."), "ASSAULT")
    assert e.target_actor_id == "ITA"
    e = _one(_events(linker, "Chile has granted asylum to four Bolivian army officers holed up in an embassy."),
             "AID")
    assert e.source_actor_id == "CHL" and e.target_actor_id == "BOL"


def test_a_complaint_to_an_international_body_accuses_the_third_party(linker):
    e = _one(_events(linker, "Lebanon complained to the United Nations on Tuesday over two Israeli air raids."),
             "ACCUSE")
    assert e.source_actor_id == "LBN" and e.target_actor_id == "ISR"


def test_an_ethnic_adjective_names_no_state_and_a_group_is_where_it_operates(linker):
    events = _events(linker, "Police arrested ethnic Albanian activists operating in Macedonia on Friday.")
    assert all("ALB" not in e.target_actor_ids for e in events)


def test_the_place_of_a_when_clause_is_the_place_of_the_act(linker):
    e = _one(_events(linker, "Two Palestinian bombers killed nine people when they blew themselves up in Haifa on Sunday."),
             "ASSAULT")
    assert e.target_actor_id == "ISR" and "+place" in e.rule


def test_dangling_preposition_gets_the_subject_of_the_next_clause():
    """Hand-built parse of "granted asylum to officers holed up": "to" has no object."""
    words = ["Peru", "granted", "asylum", "to", "officers", "holed", "up"]
    heads = [1, 1, 1, 1, 5, 1, 5]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nsubj", "advcl", "prt"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert dangling_object(doc[3]).text == "officers"
    doc = Doc(Vocab(), words=["sent", "aid", "to", "Peru"], heads=[0, 0, 0, 2], deps=["ROOT", "dobj", "prep", "pobj"])
    assert dangling_object(doc[2]) is None
