"""Name forms: abbreviations, qualifiers and variant keys (pure string rules)."""
from __future__ import annotations

import pytest

from greatgame.geo.gazetteer import Gazetteer
from greatgame.geo.names import admin2_evidence, is_abbrev, keys_for, qualifier, text_qualifiers


@pytest.mark.parametrize("name,region", [("Calif.", "California"), ("W.Va.", "West Virginia"), ("TX", "Texas"),
                                         ("NSW", "New South Wales"), ("Almaty", None), ("Ca", None)])
def test_is_abbrev(name, region):
    assert is_abbrev(name) == region


def test_keys_for_tries_demonym_endings_and_spelling_swaps():
    assert keys_for("Ontarians")[0] == "ontarians" and "ontario" in keys_for("Ontarians")
    assert "saint petersburg" in keys_for("St. Petersburg")
    assert "tatarstan" in keys_for("Tatar") and "abkhazia" in keys_for("Abkhaz")
    assert keys_for("Kansas City")[-1] != "kansas city" and "kansas" in keys_for("Kansas City")


def test_qualifier_names_country_and_region():
    gaz = Gazetteer.load()
    iso3, row = qualifier(gaz, "Texas")
    assert iso3 == "USA" and gaz.place(row).name == "Texas"
    assert qualifier(gaz, "Russia") == ("RUS", None)
    assert qualifier(gaz, "Tex.")[0] == "USA"
    assert qualifier(gaz, "XQ") == (None, None)


def test_text_qualifiers_and_county_evidence():
    text = "Flooding hit Paris, Texas, and Aktau (Kazakhstan); Henry and Carroll counties were spared."
    assert text_qualifiers("Paris", text) == ["Texas"]
    assert text_qualifiers("Aktau", text) == ["Kazakhstan"]
    assert admin2_evidence("Henry", text) and not admin2_evidence("Paris", text)


def test_text_qualifiers_skip_lists_and_sentence_ends():
    assert text_qualifiers("Washington", "Washington, New York and Boston") == []
    assert text_qualifiers("Almaty", "He flew to Almaty, Kazakhstan. Later he left.") == ["Kazakhstan"]
    assert text_qualifiers("Paris", "Paris, Texas, and Dallas") == ["Texas"]


def test_county_word_order_variants():
    assert "donegal county" in keys_for("County Donegal") and "donegal" in keys_for("County Donegal")
    assert "county donegal" in keys_for("Donegal County")
