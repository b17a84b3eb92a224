"""A state's institutions written with the state, leaders' governments, routes, footnote markers, dynasties
and heading verbs (institutions.py, routes.py, rules.trim_span, people.not_a_person, works.not_an_org)."""
from __future__ import annotations

import pytest

from greatgame.actors.institutions import claimed_names, leader_states, ministries, state_prefixes
from greatgame.actors.kb import KnowledgeBase
from greatgame.actors.rules import trim_span
from greatgame.actors.works import not_an_org

PUBLISHED = "2021-11-20"


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def _by_text(linked):
    return {m.text: m for m in linked.mentions}


def test_ministry_variants_of_one_state_are_one_actor(kb):
    text = ("The Ministry of Defence of Kazakhstan ordered drills; the Kazakh defence ministry later said they "
            "ended, and Kazakhstan's Defense Ministry denied a report.")
    got = {text[s:e]: (method, a.id, a.country) for s, e, method, a in ministries(kb, text,
                                                                                   list(state_prefixes(kb, text)))}
    ids = {a for _, a, _ in got.values()}
    assert set(got) == {"Ministry of Defence of Kazakhstan", "Kazakh defence ministry",
                        "Kazakhstan's Defense Ministry"}
    assert ids == {"x-o-ministry-of-defence-of-kazakhstan"}
    assert {c for _, _, c in got.values()} == {"KAZ"}


def test_a_ministry_the_kb_knows_is_the_kb_actor_whatever_the_state_is_called(kb):
    text = "A note from the Ministry of Foreign Affairs of the People's Republic of China arrived on Friday."
    (s, e, label, method, actor), = [c for c in claimed_names(kb, text) if c[3] != "shape"]
    assert text[s:e] == "Ministry of Foreign Affairs of the People's Republic of China"
    assert (label, method, actor.id) == ("ORG", "alias", "chn-mfa")


def test_no_state_no_ministry_claim(kb):
    text = "The interior ministry and its defence ministry met; the new ministry of culture opened."
    assert list(ministries(kb, text, list(state_prefixes(kb, text)))) == []


def test_leader_government_is_the_state_led_at_the_date(kb):
    text = "Erdogan's government signed the deal, and Tokayev's administration welcomed it."
    got = {text[s:e]: a.id for s, e, a in leader_states(kb, text, PUBLISHED)}
    assert got == {"Erdogan's government": "TUR", "Tokayev's administration": "KAZ"}
    assert list(leader_states(kb, "Ruritano's government fell.", PUBLISHED)) == []


def test_linker_state_adjective_before_another_states_institution(link):
    out = link("The Tajik State Committee for National Security accused two reporters of spying, and the "
               "Uzbek State Committee for National Security said nothing.")
    ms = _by_text(out)
    assert ms["Tajik State Committee for National Security"].actor_id == "tjk-gknb"
    uzb = ms["Uzbek State Committee for National Security"]
    assert uzb.actor_id != "kgz-gknb" and out.actors[uzb.actor_id].country == "UZB"
    assert "kgz-gknb" not in out.actors
    assert not any(m.actor_id == "kgz-gknb" for m in out.nested)      # the bare head is no Kyrgyz body inside
    assert any(m.text == "Tajik" and m.actor_id == "TJK" for m in out.nested)


def test_linker_ministries_and_governments(link):
    out = link("The Kazakh defence ministry said on Monday that the drills were over. Kazakhstan's foreign "
               "ministry protested. Erdogan's government also signed an accord with Tashkent.")
    ms = _by_text(out)
    mod = out.actors[ms["Kazakh defence ministry"].actor_id]
    assert (mod.kind, mod.country, mod.name) == ("organization", "KAZ", "Ministry of Defence of Kazakhstan")
    mfa = out.actors[ms["Kazakhstan's foreign ministry"].actor_id]
    assert mfa.name == "Ministry of Foreign Affairs of Kazakhstan"
    gov = ms["Erdogan's government"]
    assert gov.actor_id == "TUR" and gov.label == "GPE"
    assert any(m.text == "Erdogan" and m.actor_id == "erdogan-recep-tayyip" for m in out.nested)


def test_capitals_on_a_route_are_places_but_acting_capitals_stay_states(link):
    out = link("Contractors built new roads from Nur-Sultan to Ashgabat last year. Beijing said it would "
               "respond, and Moscow sent troops to the border.")
    ms = _by_text(out)
    assert ms["Nur-Sultan"].actor_id is None and ms["Nur-Sultan"].place_id
    assert ms["Ashgabat"].actor_id is None and ms["Ashgabat"].place_id
    assert ms["Beijing"].actor_id == "CHN" and ms["Moscow"].actor_id == "RUS"


def test_a_footnote_marker_is_trimmed_from_a_span():
    text = "[7] Dana Ormanova. Steppe notes."
    assert trim_span(0, len("[7] Dana Ormanova."), text)[2] == "Dana Ormanova"
    assert trim_span(4, 18, text)[2] == "Dana Ormanova"


def test_a_dynasty_before_rule_is_no_person(link):
    out = link("The steppe lived under Romanov and Soviet rule for two centuries, then under Tokayev.")
    assert not any(m.text == "Romanov" for m in out.mentions)


def test_a_heading_verb_after_a_name_makes_no_organisation():
    text = "The summit ended.\n\nMoscow and Beijing Watch Closely\n\nBoth capitals said little at first."
    s = text.index("Beijing Watch")
    assert not_an_org(text, s, s + len("Beijing Watch"))
    text2 = "The summit ended.\n\nReports From Central Asia Watch\n\nBoth capitals said little at first."
    s2 = text2.index("Central Asia Watch")
    assert not not_an_org(text2, s2, s2 + len("Central Asia Watch"))     # a named watchdog stays
