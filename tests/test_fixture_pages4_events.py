"""End to end on a third set of pages we wrote (tests/fixtures/pages4), read for their events: a news site's text
scrape holding three short reports (drills and loans in Kyrgyzstan, migrants expelled from Russia, a Pamiri
blogger jailed) among menus and a "Latest" list; an English article on a Russian-language site's HTML page
(detained Kazakhs in Xinjiang, protests, Chinese investment) with Russian menus and a "popular" list; a
think-tank commentary as a text scrape (the Turkic summit, drones, sanctions) with notes. Ingest and export
through the command line, then check what an analyst reading events.jsonl checks: who did what to whom, when,
in which mood, and that headlines, menus and topics yield no events."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, ingest_and_export

PAGES = FIXTURES / "pages4"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return ingest_and_export(PAGES, tmp_path_factory.mktemp("pages4"))


def _event(out, etype, trigger, fragment):
    found = [e for e in out["events"] if e["type"] == etype and e["trigger"] == trigger and fragment in e["sentence"]]
    assert len(found) == 1, (etype, trigger, fragment, [(e["type"], e["trigger"]) for e in out["events"]
                                                         if fragment in e["sentence"]])
    return found[0]


def _triple(e):
    return e["source_actor_id"], e["target_actor_id"], e["date"]


def test_drills_visits_and_loans_in_kyrgyzstan(out):
    e = _event(out, "MOBILIZE", "exercises", "began joint exercises")
    assert (e["source_actor_id"], e["date"]) == ("RUS", "2023-04-11")            # "on Tuesday", published Friday
    e = _event(out, "CONSULT", "visited", "visited Bishkek last month")        # the titled person acts, of Russia
    assert _triple(e) == ("shoigu-sergei", "KGZ", "2023-03") and "RUS" in e["source_actor_ids"]
    assert _event(out, "AID", "wrote", "wrote off")["date"] == "2017"             # not the next clause's March 2021
    assert _triple(_event(out, "AID", "lent", "wrote off")) == ("RUS", "KGZ", "2021-03")
    e = _event(out, "REQUEST", "ask", "did not ask Russia")
    assert (e["source_actor_id"], e["target_actor_id"], e["modality"]) == ("KGZ", "RUS", "negated")
    e = _event(out, "REQUEST", "request", "could request assistance")
    assert (e["target_actor_id"], e["modality"]) == ("CSTO", "hypothetical")


def test_migrants_detained_and_the_reactions(out):
    assert _triple(_event(out, "COERCE", "detained", "migrant workers")) == ("RUS", "UZB", "2023-04-05")
    e = _event(out, "ACCUSE", "summoned", "summoned the Russian ambassador")      # a diplomatic protest
    assert (e["date"], e["mode"], e["target_actor_id"]) == ("2023-04-07", "disapprove", "RUS")
    assert _event(out, "REJECT", "denied", "The Kremlin denied")["source_actor_id"] == "RUS"
    e = _event(out, "THREATEN", "threatened", "Tashkent has threatened")
    assert (e["source_actor_id"], e["target_actor_id"]) == ("UZB", "RUS")
    e = _event(out, "CONSULT", "travels", "travels to Moscow in May")        # a visit still to come
    assert (e["target_actor_id"], e["date"], e["modality"]) == ("RUS", "2023-05", "future")


def test_the_blogger_jailed_and_the_crackdown(out):
    e = _event(out, "SANCTION", "sentenced", "sentenced the blogger")
    assert (e["source_actor_id"], e["target_text"], e["date"]) == ("TJK", "Nurali Davlatov", "2023-04-06")
    assert not [x for x in out["events"] if x["trigger"] == "charges"]        # the grounds, not a second act
    assert _event(out, "COERCE", "arrested", "was arrested in Khorog")["date"] == "2022-06"
    e = _event(out, "COERCE", "shut", "shut down the mobile internet")
    assert (e["mode"], e["date"]) == ("censor", "2022")
    assert _event(out, "REJECT", "rejected", "rejected the criticism")["source_actor_id"] == "TJK"
    assert _event(out, "REQUEST", "urged", "urged Dushanbe")["modality"] == "asserted"
    e = _event(out, "SANCTION", "imposed", "Neither the United States")
    assert e["modality"] == "negated"


def test_xinjiang_detentions_protests_and_trade(out):
    e = _event(out, "PROTEST", "protested", "Chinese consulate in Almaty")
    assert e["date"] == "2023-02-06" and e["source_actor_id"] != "CHN"           # the relatives are not China
    assert not [x for x in out["events"] if "consulate" in x["sentence"] and x["source_actor_id"] == "CHN"]
    e = _event(out, "CONCEDE", "allowed", "two years later")
    assert (e["source_actor_id"], e["date"], e["place_id"]) == ("CHN", "2021", None)
    assert _triple(_event(out, "CONSULT", "visited", "visited Astana")) == ("xi-jinping", "KAZ", "2022-09")
    assert _event(out, "SUPPORT", "signed", "visited Astana")["target_actor_id"] == "tokayev-kassym-jomart"
    assert _event(out, "AGREE", "agreed", "by 2026")["date"] is None              # a deadline, not the date
    e = _event(out, "SANCTION", "recalled", "not recalled its ambassador")
    assert (e["source_actor_id"], e["target_actor_id"], e["modality"]) == ("KAZ", "CHN", "negated")


def test_summit_drones_and_sanctions(out):
    assert _event(out, "REQUEST", "called", "called for closer defence")["target_actor_id"] is None
    assert _event(out, "SANCTION", "sanctioned", "has not sanctioned")["modality"] == "negated"
    e = _event(out, "SANCTION", "sanctions", "respect the Western sanctions")
    assert (e["target_actor_id"], e["modality"]) == ("RUS", "asserted")        # in force, not threatened
    assert _event(out, "REJECT", "denied", "Bishkek denied")["source_actor_id"] == "KGZ"
    assert _event(out, "SUPPORT", "signed", "joint statement")["target_actor_id"] == "erdogan-recep-tayyip"
    assert not [x for x in out["events"] if "alphabet" in x["sentence"]]        # a topic of talks, no recipient


def test_headlines_menus_and_lists_yield_no_events(out):
    for fragment in ("fuel exports by truck", "more troops to Tajikistan", "Kazakh poet", "Caspian gas",
                     "detention of its citizens", "Popular", "Latest", "Related commentary", "newsletter"):
        assert not [e for e in out["events"] if fragment in e["sentence"]], fragment
    assert all(e["sentence"].rstrip()[-1:] in ".\"”'0123456789" for e in out["events"])


def test_protest_at_a_consulate_and_warnings(out):
    e = _event(out, "PROTEST", "protested", "Chinese consulate in Almaty")
    assert e["target_actor_id"] == "CHN"
    assert _event(out, "THREATEN", "warned", "the Treasury")["target_text"] == "Central Asian banks"
    e = _event(out, "SANCTION", "expelled", "ordered 312 of them expelled")      # the court's order is the act
    assert e["source_text"] == "court" and not [x for x in out["events"] if x["trigger"] == "ordered"]
