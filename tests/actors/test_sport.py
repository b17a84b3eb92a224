"""Countries as national teams in match reports (sport.py), event names, sites' acronyms, and spans cut at
captions and line breaks; on texts we wrote."""
from __future__ import annotations

from greatgame.actors.rules import event_name, trim_span
from greatgame.actors.sport import sports_report

REPORT = ("Norway beat Chile 2 – 1 at the Lusail Stadium in Qatar on Sunday. Chile's goalkeeper saved a "
          "penalty kick in the first half, but Norway's striker scored twice in the second half. The referee "
          "showed a yellow card to a Chilean defender after a late header. Norway now face England.")
POLITICS = ("Norway and Chile signed a trade pact in Oslo. The goal of the talks was to match tariffs; a "
            "penalty for late payment was dropped, and the ministers met in the stadium district.")


PUBLISHED = "2022-12-04"   # the date the `link` fixture (tests/conftest.py) gives the articles


def test_a_match_report_is_told_by_several_sport_only_terms():
    assert sports_report(REPORT)
    assert not sports_report(POLITICS)          # "goal", "match", "penalty", "stadium" alone are not enough
    assert not sports_report(QATAR)             # words sport shares with politics do not count


QATAR = ("Human rights defenders said Qatar scored a diplomatic win before the World Cup. In the first half of "
         "2022 and the second half of the year, the stadium workers' deaths were the match point of every "
         "header in the press; Norway and Chile raised them at the UN.")


def test_countries_in_a_match_report_are_their_national_teams(link):
    out = link(REPORT)
    norway = [m for m in out.mentions if m.text == "Norway"]
    assert norway and all(m.label == "ORG" and m.method == "team" for m in norway)
    assert out.actors[norway[0].actor_id].name == "Norway national team"
    assert len({m.actor_id for m in norway}) == 1
    qatar = [m for m in out.mentions if m.text == "Qatar"]
    assert qatar and qatar[0].label == "GPE" and qatar[0].method != "team"     # "in Qatar": the place
    assert "NOR" not in out.actors                                            # no state left without a mention
    england = [m for m in out.mentions if m.text == "England"]                # a country the KB holds as a place
    assert england and england[0].label == "ORG" and england[0].method == "team"


def test_event_names_are_neither_actors_nor_places():
    assert event_name("Paralympics") and event_name("2012 Summer Olympics") and event_name("Magi-Fest")
    assert event_name("Winter Carnival of Magic") and event_name("National Magic Month")
    assert not event_name("Fan Expo Canada") and not event_name("Bank of England") and not event_name("")


def test_the_same_countries_in_politics_stay_states(link):
    out = link(POLITICS)
    assert {m.actor_id for m in out.mentions if m.text == "Norway"} == {"NOR"}


def test_a_name_span_ends_at_a_caption_credit_and_a_line_break():
    text = "Held in Washington D.C. Image: Navy.\n\nNASA Administrator\n\nFile photo. Black Widow and friends"
    s = text.index("Washington")
    assert trim_span(s, text.index(":"), text)[2] == "Washington D.C."
    s = text.index("NASA")
    assert trim_span(s, text.index("File") + 4, text)[2] == "NASA Administrator"
    s = text.index("Black")
    assert trim_span(s, text.index(" friends"), text)[2] == "Black Widow"


def test_a_site_defined_by_its_acronym_is_a_place_like_its_long_form(link):
    from greatgame.actors.acronyms import defined_thing
    from greatgame.geo.gazetteer import Place
    assert isinstance(defined_thing("Kennedy Space Center", [], "KSC"), Place)
    assert defined_thing("Central Asia Watch", [], "CAW").kind == "organization"
    text = ("Engineers at the Baikonur Space Center (BSC) met on Monday. Later the BSC staff left, and BSC "
            "said the launch would wait.")
    out = link(text)
    uses = [m for m in out.mentions if m.text == "BSC"]
    assert uses and all(m.place_id and not m.actor_id and m.label == "FAC" for m in uses)
    assert len({m.place_id for m in uses}) == 1
