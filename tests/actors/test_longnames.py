"""Possessive institutions and long academic names are taken whole (longnames.py)."""
from __future__ import annotations

import pytest

from greatgame.actors.kb import KnowledgeBase
from greatgame.actors.longnames import academic_names, possessive_institutions


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def test_a_states_possessive_names_the_kb_institution_of_its_demonym(kb):
    text = "Russia’s Defence Ministry denied it, and China's Foreign Ministry said little about Russia's economy."
    found = {text[s:e]: a.id for s, e, a in possessive_institutions(kb, text)}
    assert found == {"Russia’s Defence Ministry": "rus-mod", "China's Foreign Ministry": "chn-mfa"}


def test_no_kb_actor_no_claim(kb):
    text = "Kyrgyzstan's water agency and Ruritania's Foreign Ministry met."
    assert list(possessive_institutions(kb, text)) == []


def test_long_academic_names_are_one_name():
    text = ("The partners are:\n"
            "Al-Zhetysu National Agrarian University (Taldykorgan)\n"
            "Kazakh Abai Institute of Oriental Studies and Foreign Languages (Almaty)\n"
            "She studied at the University of Semey and Steppe Technical College in 2010.\n")
    names = [n for _, _, n in academic_names(text)]
    assert "Al-Zhetysu National Agrarian University" in names
    assert "Kazakh Abai Institute of Oriental Studies and Foreign Languages" in names
    assert "University of Semey" in names                 # cut before the second institution
    assert "Steppe Technical College" in names
    for s, e, n in academic_names(text):
        assert text[s:e] == n


def test_short_names_and_possessives_stay_for_the_other_steps(kb):
    text = "China’s Confucius Institute opened. Nazarbayev University grew. The Steppe Institute closed."
    assert list(academic_names(text)) == []


def test_of_the_state_after_a_name_says_where_it_is(kb):
    text = "Teams from Semey State University of the UK and the Steppe Institute of Technology of Kazakhstan met."
    names = [n for _, _, n in academic_names(text, kb)]
    assert names == ["Semey State University", "Steppe Institute of Technology of Kazakhstan"]
