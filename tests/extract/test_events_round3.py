"""Errors found reading the events of the pages6 and pages7 fixtures, each pinned on a sentence we wrote:
coordinated signers (also as a passive's agents), "press ahead with", goods received, market demand,
naming with "called X Y" and a date taken for "call on"."""
from __future__ import annotations

from conftest import one_event as _one

PUBLISHED = "2022-01-05"


def test_passive_signers_are_each_others_target(events):
    e = _one(events("The memorandum was signed by Kazakhstan and China in Astana."), "signed")
    assert e.source_actor_id == "KAZ" and e.target_actor_id == "CHN"
    e = _one(events("The memorandum was signed by Kazakhstan in Astana."), "signed")
    assert e.target_actor_id is None                        # one signer: no partner named


def test_signers_one_phrase_splits_at_its_and(events):
    e = _one(events("The agreement was signed in Termez by Uzbek Foreign Minister Bakhtiyor Saidov and "
                    "Taliban Foreign Minister Amir Khan Muttaqi."), "signed")
    assert "UZB" in e.source_actor_ids[:2] and e.target_actor_id == "taliban"


def test_pressing_ahead_is_no_request(events):
    assert not [e for e in events("Turkmenistan is pressing ahead with the TAPI gas pipeline.")
                if e.trigger == "pressing"]
    e = _one(events("The EU pressed Kazakhstan to release the activists."), "pressed")
    assert e.type == "REQUEST"


def test_goods_received_market_demand_and_naming_are_no_events(events):
    assert not [e for e in events("Farmers in Uzbekistan receive less water than they were promised.")
                if e.trigger == "receive"]
    assert not events("China's demand will keep growing.")
    assert not [e for e in events("Security forces in Tajikistan launched what the government called an "
                                  "anti-terrorist operation on 16 May.") if e.trigger == "called"]
    e = _one(events("Tokayev received the Chinese ambassador."), "received")
    assert e.type == "CONSULT"
    e = _one(events("Putin called on Tokayev to resign."), "called")
    assert e.type == "REQUEST"


def test_a_date_after_call_is_no_call_on(events):
    assert not [e for e in events("Putin called Tokayev on Monday.") if e.type == "REQUEST"]
