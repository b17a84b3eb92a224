"""Event cases met on digest pages we wrote (tests/fixtures/pages), with the real linker: a source whose main
verb the parser hung under it as a modifier, and an anonymity request that is no REQUEST event."""
from __future__ import annotations

from greatgame.extract.events import extract_events
from greatgame.nlp import load
from greatgame.records import Article


def events(link, text: str):
    article = Article(id="t", document_id="", page=0, index=0, text=text, published="2022-01-20")
    return extract_events(article, load()(text), link(text))


def test_state_with_relative_clause_is_the_source_not_the_target(link):
    (ev,) = events(link, "Russia, which keeps military bases in both countries, offered to mediate.")
    assert ev.source_actor_id == "RUS" and ev.target_actor_id is None
    (ev,) = events(link, "China, which borders both countries, called for restraint.")
    assert ev.type == "REQUEST" and ev.source_actor_id == "CHN" and ev.target_actor_id is None


def test_passive_modifier_with_an_agent_stays_passive(link):
    found = events(link, "Kazakhstan, hit by protests in January, asked Russia for help.")
    assert [(e.type, e.source_actor_id, e.target_actor_id) for e in found if e.type == "REQUEST"] == \
        [("REQUEST", "KAZ", "RUS")]


def test_asking_not_to_be_named_is_no_request(link):
    text = ("\"We will not take part in military operations outside our borders,\" an Uzbek official said, "
            "asking not to be named.")
    assert [e for e in events(link, text) if e.type == "REQUEST"] == []
    (ev,) = events(link, "Uzbekistan asked China to send engineers to the border.")
    assert (ev.type, ev.source_actor_id, ev.target_actor_id) == ("REQUEST", "UZB", "CHN")


def test_commentators_of_a_nationality_are_not_their_state(link):
    text = "Russian commentators warned that Turkey was building a rival to the Eurasian Economic Union."
    assert events(link, text) == []
    (ev,) = events(link, "Russia warned Turkey against building a rival bloc.")
    assert (ev.source_actor_id, ev.target_actor_id) == ("RUS", "TUR")


def test_during_an_event_gives_it_no_agent(link):
    text = ("Kazakh President Kassym-Jomart Tokayev took over the chairmanship of the Security Council from "
            "former president Nursultan Nazarbayev during the January unrest.")
    assert [e for e in events(link, text) if e.source_actor_id in {"KAZ", "tokayev-kassym-jomart"}] == []
    (ev,) = events(link, "Russian soldiers wounded two Ukrainian soldiers in a bomb attack.")
    assert (ev.type, ev.source_actor_id, ev.target_actor_id) == ("ASSAULT", "RUS", "UKR")


def test_a_rule_for_things_is_no_demand_on_anyone(link):
    text = ("“Every foreign programme must follow the same rules as our own universities,” Deputy Education "
            "Minister Nurlan Sadykov told a press conference in Bishkek.")
    assert [e for e in events(link, text) if e.type == "REQUEST"] == []
    (ev,) = events(link, "Lavrov said Kyiv must withdraw its troops from the border.")
    assert (ev.type, ev.source_actor_id, ev.target_actor_id) == ("REQUEST", "lavrov-sergey", "UKR")
