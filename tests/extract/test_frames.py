"""Tests of the frame extractor: the shipped frame list, cues in other scripts, the actor applying a frame,
and user-added frame files."""
from __future__ import annotations

import re

import pytest

from greatgame.actors.link import Linked
from greatgame.extract.frames import extract_frames, frames_of, load_frames
from greatgame.records import Actor, Article, Mention

STATES = {"Beijing": "CHN", "China": "CHN", "Moscow": "RUS", "Kazakhstan": "KAZ"}


@pytest.fixture(scope="module")
def nlp():
    from greatgame.nlp import load
    return load()


def run(nlp, text: str, frames=None):
    linked = Linked()
    for name, aid in STATES.items():
        for m in re.finditer(name, text):
            linked.mentions.append(Mention("a", m.start(), m.end(), name, aid, label="GPE"))
            linked.actors[aid] = Actor(aid, aid, "state", aid)
    article = Article(id="a", document_id="d", page=0, index=0, text=text)
    found = extract_frames(article, nlp(text), linked, frames)
    for f in found:
        assert text[f.start:f.end] == f.cue and f.cue in f.evidence
    return found


def test_shipped_frames_cover_the_issue_list():
    ids = {f.id for f in load_frames()}
    assert {"terrorism_extremism", "colour_revolution", "foreign_interference", "peacekeeping_stability",
            "soft_power", "sphere_of_influence", "division_of_labour", "great_power_competition",
            "repression_human_rights", "sovereignty", "connectivity_bri"} <= ids


def test_chinese_cues_in_english_text(nlp):
    found = run(nlp, "Commentators used the term 颜色革命 yanse geming. State media wrote of 恐怖分子 kongbu fenzi.")
    assert {"colour_revolution", "terrorism_extremism"} <= {f.frame for f in found}


def test_actor_applying_the_frame(nlp):
    (f,) = [f for f in run(nlp, "Beijing described the unrest as an attempted colour revolution.")
            if f.frame == "colour_revolution"]
    assert f.actor_id == "CHN" and f.cue == "colour revolution"


def test_article_voice_has_no_actor_and_one_frame_per_sentence(nlp):
    found = run(nlp, "Soft power matters. Soft power, after all, is soft power.")
    soft = [f for f in found if f.frame == "soft_power"]
    assert len(soft) == 2 and all(f.actor_id is None for f in soft)
    assert frames_of(found)["soft_power"] == 2


def test_word_boundaries_and_reference_lines(nlp):
    assert not [f for f in run(nlp, "The terrain was rough.\n[1] Jane Roe, “Terrorism in Eurasia,” 2019.")
                if f.frame == "terrorism_extremism"]


def test_user_frames_extend_the_list(nlp, tmp_path):
    (tmp_path / "mine.yaml").write_text("frames:\n  - id: water_security\n    label: water security\n"
                                        "    cues: ['water (?:shortage|security)', 'Rogun dam']\n"
                                        "    exclude: ['water polo']\n", encoding="utf-8")
    frames = load_frames(str(tmp_path))
    assert "water_security" in {f.id for f in frames} and "soft_power" in {f.id for f in frames}
    found = run(nlp, "Kazakhstan fears a water shortage. The water polo team won despite the water shortage.",
                frames)
    water = [f for f in found if f.frame == "water_security"]
    assert len(water) == 1 and water[0].actor_id == "KAZ"


def test_cue_inside_a_quote_is_applied_by_the_speaker(nlp):
    text = "“This was an attempted colour revolution staged from abroad,” Moscow said on Friday."
    (f,) = [f for f in run(nlp, text) if f.frame == "colour_revolution"]
    assert f.actor_id == "RUS"
