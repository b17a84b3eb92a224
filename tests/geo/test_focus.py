"""Approximate places for names the gazetteer lacks, on invented sentences."""
from __future__ import annotations

from greatgame.geo.focus import adjacent_names, approximate, focus
from greatgame.geo.gazetteer import Gazetteer
from greatgame.geo.resolve import ResolveContext, resolve, resolve_all


def _city(name):
    p = resolve(name)
    assert p is not None and p.kind == "city", name
    return p


def test_a_venue_next_to_a_town_takes_that_town():
    text = "Hundreds gathered at the Blue Lantern Hall, Almaty, while others met in Bishkek."
    got = resolve_all(["Blue Lantern Hall", "Almaty", "Bishkek"], text, approximate=True)
    almaty = _city("Almaty")
    assert got[0] is not None and got[0].kind == "approximate"
    assert got[0].approx_of == almaty.id and got[0].id.endswith("@" + almaty.id)
    assert got[0].country == "KAZ" and (got[0].lat, got[0].lon) == (almaty.lat, almaty.lon)
    assert got[1].kind == "city" and got[1].approx_of == ""  # a gazetteer town is never approximate


def test_in_and_possessive_neighbours_are_read():
    assert adjacent_names("Green Dome Mosque", 4, "the Green Dome Mosque in Kunduz was hit")[0] == "Kunduz"
    text = "He ran a shop on Bishkek's Frunze Lane for years."
    assert "Bishkek" in adjacent_names("Frunze Lane", text.index("Frunze"), text)
    got = approximate("Frunze Lane", text.index("Frunze"), text, [], resolve_name=resolve)
    assert got is not None and got.approx_of == _city("Bishkek").id


def test_without_a_neighbour_the_article_focus_is_used():
    text = ("Almaty saw protests on Monday. Police in Almaty detained dozens. Officials in Astana "
            "were silent. Crowds later filled Republic Square.")
    names = ["Almaty", "Almaty", "Astana", "Republic Square"]
    starts = [0, text.index("Almaty", 5), text.index("Astana"), text.index("Republic Square")]
    got = resolve_all(names, text, starts=starts, approximate=True)
    assert got[3] is not None and got[3].kind == "approximate"
    assert got[3].approx_of == _city("Almaty").id  # the most mentioned town of the most mentioned country


def test_focus_prefers_a_town_and_the_main_country():
    gaz = Gazetteer.load()
    kaz = next(p for p in gaz.candidates("Kazakhstan") if p.kind == "country")
    almaty, bishkek = _city("Almaty"), _city("Bishkek")
    assert focus([(0, kaz), (10, kaz), (20, almaty), (30, bishkek)]) == almaty
    # votes for a country (its states named as actors) outweigh a town mentioned once more
    assert focus([(0, bishkek), (5, bishkek), (20, almaty)], {"KAZ": 3}) == almaty
    assert focus([]) is None


def test_no_known_place_or_bad_input_gives_none():
    assert resolve_all(["Blue Lantern Hall"], "We met at the Blue Lantern Hall.", approximate=True) == [None]
    assert approximate(None, 0, "text", []) is None
    assert approximate("X Hall", "7", None, None) is None
    assert approximate("X Hall", 99, "short", [(0, "Almaty", "not a place")]) is None


def test_without_the_flag_unknown_names_stay_none():
    text = "Hundreds gathered at the Blue Lantern Hall, Almaty."
    assert resolve_all(["Blue Lantern Hall", "Almaty"], text)[0] is None


def test_a_word_inside_a_venue_name_needs_the_articles_country():
    # "Craven Cottage" is not Craven County, North Carolina, in a story about London
    text = "Fulham drew at Craven Cottage in London on Saturday, the club said in England."
    p = resolve("Craven Cottage", ResolveContext.from_text(text))
    assert p is None or p.country == "GBR"
    got = resolve_all(["Craven Cottage", "London"], text, approximate=True)
    assert got[0] is not None and got[0].country == "GBR" and got[0].kind == "approximate"


def test_a_polity_fragment_takes_no_focus():
    from greatgame.geo.focus import focus_worthy

    assert focus_worthy("Zhibek Zholy Avenue") and focus_worthy("Medeu")
    assert not focus_worthy("People’s Republic") and not focus_worthy("Soviet Union")
