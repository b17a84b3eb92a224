"""Tests of event-reading rules found by reading our own fixture pages: an agreement "ending years of talks",
an event noun under "the cost of", the thing declared and a place as recipients, unlinked recipients kept as
text, acts ordered rather than done, and a speaker's own side as the target of its denial. Sentences are ours."""
from __future__ import annotations

from test_events import parsed  # noqa: F401  (the parsed-text fixture: model plus linker)


def _kinds(evs):
    return [(e.type, e.trigger) for e in evs]


def test_an_agreement_ending_years_of_talks_is_no_break(parsed):
    evs = parsed("Kazakhstan and Uzbekistan signed a water treaty on Monday, ending three decades of negotiations.")
    assert "SANCTION" not in [e.type for e in evs]
    assert any(e.type != "SANCTION" and e.trigger == "signed" for e in evs)
    broke = parsed("Uzbekistan ended talks with Tajikistan on Monday.")       # a real break-off still counts
    assert [(e.type, e.target_actor_id) for e in broke] == [("SANCTION", "TJK")]


def test_an_event_noun_under_a_measure_is_only_talked_about(parsed):
    assert "MOBILIZE" not in [e.type for e in parsed("Economists doubled their estimate of the cost of the "
                                                        "Russian deployment on Tuesday.")]
    evs = parsed("The deployment of Russian troops to Kazakhstan began on Friday.")
    assert [(e.type, e.source_actor_id, e.target_actor_id) for e in evs] == [("MOBILIZE", "RUS", "KAZ")]


def test_the_thing_declared_and_the_place_are_no_recipients(parsed):
    evs = parsed("President Tokayev dismissed the government and declared a curfew in Almaty.")
    dismissed = next(e for e in evs if e.trigger == "dismissed")
    assert "government" in dismissed.target_text and dismissed.target_actor_id == "KAZ"
    evs = parsed("President Tokayev declared a state of emergency in Almaty.")
    assert evs and all(e.target_text is None or "emergency" not in e.target_text for e in evs)


def test_unlinked_person_and_group_recipients_keep_their_words(parsed):
    evs = parsed("The European Union imposed sanctions on officials responsible for the shootings.")
    sanction = next(e for e in evs if e.type == "SANCTION")
    assert sanction.target_actor_id is None and sanction.target_text.startswith("officials responsible")
    evs = parsed("A court in Bishkek sentenced a former rally organiser to eight years in prison.")
    sentence = next(e for e in evs if e.trigger == "sentenced")
    assert sentence.target_text and "organiser" in sentence.target_text


def test_an_act_ordered_is_not_an_act_done(parsed):
    evs = parsed("The governor said he had ordered the guards to shoot to kill looters.")
    assert [e.modality for e in evs if e.trigger == "kill"] == ["hypothetical"]
    evs = parsed("The minister ordered the police to go and arrest the strikers.")
    assert [e.modality for e in evs if e.trigger == "arrest"] == ["hypothetical"]
    done = parsed("The police shot two rioters in Almaty on Friday.")
    assert [e.modality for e in done if e.trigger == "shot"] == ["asserted"]


def test_a_speakers_own_side_is_no_target_of_its_denial(parsed):
    evs = parsed("Kremlin spokesman Dmitry Peskov denied that Moscow was meddling in Kazakhstan's affairs.")
    reject = next(e for e in evs if e.type == "REJECT")
    assert reject.target_actor_id == "KAZ"
    evs = parsed("Kazakhstan denied that Russia was meddling.")
    assert [(e.type, e.target_actor_id) for e in evs if e.type == "REJECT"] == [("REJECT", "RUS")]


def test_critics_accuse(parsed):
    evs = parsed("Critics in Bishkek accused the government of selling the country's mines to foreign firms.")
    assert [e.type for e in evs if e.trigger == "accused"] == ["ACCUSE"]
