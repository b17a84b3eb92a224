"""Country-name fragments, counties GeoNames lacks, stray small towns and venue names, on invented texts."""
from __future__ import annotations

from collections import Counter

from greatgame.geo.focus import adjacent_names
from greatgame.geo.fragments import country_fragment, is_polity_fragment
from greatgame.geo.gazetteer import Gazetteer
from greatgame.geo.resolve import ResolveContext, haversine_km, resolve, resolve_all


def _in(name: str, text: str):
    return resolve(name, ResolveContext.from_text(text))


def test_polity_words_alone_are_fragments_only_with_a_head_word():
    assert is_polity_fragment("islamic republic") and is_polity_fragment("republic")
    assert is_polity_fragment("kingdom") and is_polity_fragment("peoples republic")
    assert not is_polity_fragment("islamic") and not is_polity_fragment("arab")
    assert not is_polity_fragment("republic of") and not is_polity_fragment("ireland")


def test_the_islamic_republic_in_a_story_of_iran_is_iran():
    text = ("Iran raised its oil exports in the spring, and officials said the Islamic Republic "
            "would keep selling to its neighbours.")
    p = _in("Islamic Republic", text)
    assert p is not None and p.kind == "country" and p.country == "IRN"


def test_the_republic_follows_the_one_named_country_that_is_one():
    p = _in("Republic", "Patients from the Republic now cross the border to a clinic in Northern Ireland.")
    assert p is not None and p.kind == "country" and p.country == "IRL"
    # France and Iran are both republics: the fragment names neither
    both = "France and Iran signed a trade deal; the Republic will ship grain."
    q = _in("Republic", both)
    assert q is None or q.kind != "country"


def test_the_kingdom_is_the_united_kingdom_unless_two_kingdoms_are_named():
    uk = _in("Kingdom", "The United Kingdom set new rules; across the Kingdom, schools reopened.")
    assert uk is not None and uk.country == "GBR" and uk.kind == "country"
    two = _in("Kingdom", "The United Kingdom and Saudi Arabia met; the Kingdom promised oil.")
    assert two is None or two.kind != "country"


def test_one_side_of_a_paired_country_name_is_that_country_only_when_the_text_spells_it():
    text = "Trinidad and Tobago missed the meeting; the ministry in Trinidad blamed a mix-up."
    p = _in("Trinidad", text)
    assert p is not None and p.country == "TTO"
    alone = _in("Trinidad", "Ranchers near Trinidad watched the snow melt early this year.")
    assert alone is None or alone.country != "TTO"


def test_country_fragment_needs_a_named_country():
    assert country_fragment("Republic", Counter()) is None
    assert country_fragment("republic", Counter({"IRL": 1})) is None  # not written as a name
    p = country_fragment("Federation", Counter({"RUS": 3}))
    assert p is not None and p.country == "RUS"


def test_english_counties_geonames_splits_resolve_to_the_county():
    text = "The tour visits Oulton Park, Cheshire, in June and Croft, Yorkshire, in July, racing across the UK."
    for name, point in (("Cheshire", (53.2, -2.6)), ("Yorkshire", (54.0, -1.4))):
        p = _in(name, text)
        assert p is not None and p.country == "GBR", (name, p)
        assert haversine_km(p.lat, p.lon, *point) < 100, (name, p)
    berks = _in("Berkshire", "Volunteer drivers are needed in Reading, Berkshire, says the UK ambulance trust.")
    assert berks is not None and berks.country == "GBR"


def test_a_county_row_still_loses_to_its_namesake_in_a_story_of_that_country():
    text = "Cheshire, Connecticut, voted to repave its roads; the town sits near New Haven in the United States."
    p = _in("Cheshire", text)
    assert p is not None and p.country == "USA"


def test_peel_is_the_ontario_region_beside_its_towns_and_peel_on_man_beside_douglas():
    ont = resolve_all(["Peel", "Mississauga", "Brampton"],
                      "Peel police searched homes in Mississauga and Brampton after a break-in.")
    assert ont[0] is not None and ont[0].country == "CAN"
    man = resolve_all(["Peel", "Douglas", "Isle of Man"],
                      "Fishing boats left Peel for Douglas as storms hit the Isle of Man.")
    assert man[0] is not None and man[0].country == "IMN"


def test_a_small_foreign_town_is_no_place_in_a_story_of_a_named_region_elsewhere():
    text = ("Rangers from NSW National Parks walked the shore of Glenrock Lagoon; Glenrock is a "
            "coastal reserve south of the city, and walkers love Glenrock.")
    out = resolve_all(["NSW", "Glenrock Lagoon", "Glenrock", "Glenrock"], text, approximate=True)
    assert out[0] is not None and out[0].country == "AUS"
    for p in out[1:]:
        assert p is not None and p.country == "AUS", p  # not Glenrock, Wyoming


def test_a_country_own_name_places_a_venue_but_a_demonym_does_not():
    text = "The statue was unveiled in the Vatican Gardens before the pope, far from Yerevan in Armenia."
    p = _in("Vatican Gardens", text)
    assert p is not None and p.country == "VAT"
    school = "Pupils of the British International School in Cairo, Egypt, sat their exams."
    q = _in("British International School", school)
    assert q is None or q.country != "GBR"


def test_a_town_opening_a_venue_name_places_it_without_its_country_named():
    text = "A man stood in the dock of Belfast Magistrates Court after burglaries near Ainsworth Parade."
    out = resolve_all(["Belfast Magistrates Court", "Ainsworth Parade"], text, approximate=True)
    assert out[0] is not None and out[0].country == "GBR"
    assert haversine_km(out[0].lat, out[0].lon, 54.6, -5.93) < 30


def test_a_month_after_in_is_no_anchor_for_an_unknown_venue():
    text = "He plays Caesars Palace in June, but fans in Las Vegas can see the tribute band this week."
    assert "June" not in adjacent_names("Caesars Palace", text.index("Caesars"), text)
    out = resolve_all(["Caesars Palace", "Las Vegas"], text, approximate=True)
    assert out[0] is not None and out[0].country == "USA"


def test_a_stripped_ending_must_meet_a_place_own_name():
    gaz = Gazetteer.load()
    assert any(gaz.place(i).name == "Lahti" for i, _ in gaz.lookup("lati"))  # an alternate name only
    p = resolve("Latin")
    assert p is None or p.country != "FIN"
    dem = resolve("Minnesotans")
    assert dem is not None and dem.country == "USA"


def test_a_fragment_inside_a_dependency_long_name_is_the_sovereign_state():
    from greatgame.geo.resolve import resolve_all
    text = ("China and Turkey traded barbs. Turkey avoided the People's Republic's wrath, while Macau and "
            "Hong Kong casinos reopened.")
    got = resolve_all(["People's Republic", "China", "Macau"], text)
    assert got[0] is not None and got[0].country == "CHN"
