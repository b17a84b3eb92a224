"""Names inside longer names, titles widened onto people, names the article's context resolves, and the
filters for capitalised words that are no names; on texts and mentions we wrote."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from greatgame.actors.context import bloc_mentions, context_mentions, dominant_state, local_institution
from greatgame.actors.kb import KnowledgeBase
from greatgame.actors.link import Linked, Linker
from greatgame.actors.match import Trie
from greatgame.actors.nested import extend_titles
from greatgame.actors.rules import facility_name, not_a_name, title_start
from greatgame.nlp import load
from greatgame.records import Article, Mention

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import ner_linking as nl  # noqa: E402


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def _link(linker, text, date="2019-05-02"):
    return linker.link(Article(id="t", document_id="", page=0, index=0, text=text, published=date), load()(text))


def test_trie_inner_scan_skips_the_whole_span():
    trie = Trie([("Canada", "CAN", "name"), ("Fan Expo Canada", "fec", "name")])
    text = "At Fan Expo Canada today."
    assert [h.text for h in trie.scan(text)] == ["Fan Expo Canada"]
    inner = list(trie.scan(text, 3, 18, inner=True))
    assert [(h.text, h.start, h.forms[0].actor_id) for h in inner] == [("Canada", 12, "CAN")]


def test_facility_names_and_words_that_are_no_names():
    assert facility_name("Johnson Space Center") and facility_name("Fisht Stadium")
    assert not facility_name("Centre for Social Evolution") and not facility_name("Stadium")
    assert not facility_name("Carnegie Moscow Center")                 # a think tank, not a building
    assert facility_name("Museum of Flight") and facility_name("National Museum of the U.S. Air Force")
    assert not facility_name("University of Texas Space Center") and not facility_name("Bank of England")
    text = "Nah, I'm kidding. Photo. Image: Aigerim Bekova. Browsing the list, browsing again. Ryskulov said."
    spans = {w: (text.index(w), text.index(w) + len(w)) for w in ("Nah", "Image", "Browsing", "Ryskulov")}
    assert not_a_name(text, *spans["Nah"]) and not_a_name(text, *spans["Image"])
    assert not_a_name(text, *spans["Browsing"]) and not not_a_name(text, *spans["Ryskulov"])


def test_extend_titles_takes_the_title_and_the_state_before_it(kb):
    text = "U.S. President Donald Trump met Professor Aruzhan Bekova."
    ms = [Mention("a", 0, 4, "U.S.", "USA", None, "GPE", "alias"),
          Mention("a", 15, 27, "Donald Trump", "trump-donald", None, "PERSON", "alias"),
          Mention("a", 42, 56, "Aruzhan Bekova", "x-p-aruzhan-bekova", None, "PERSON", "new")]
    out = extend_titles(text, ms, kb)
    assert [m.text for m in out] == ["U.S. President Donald Trump", "Professor Aruzhan Bekova"]
    assert all(text[m.start:m.end] == m.text for m in out)
    assert out[0].actor_id == "trump-donald"


def test_nested_names_stay_out_of_the_flat_mentions(linker):
    text = ("The U.S. Department of Agriculture warned farmers. Crowds filled Fan Expo Canada in Toronto. "
            "Researchers at the University of Sheffield agreed.")
    linked = _link(linker, text)
    nested = {(m.text, m.actor_id or m.place_id) for m in linked.nested}
    assert ("U.S.", "USA") in nested and ("Canada", "CAN") in nested
    assert any(t == "Sheffield" for t, _ in nested)
    flat = [(m.start, m.end) for m in linked.mentions]
    for m in linked.nested:
        assert m.method == "nested" and text[m.start:m.end] == m.text
        assert (m.start, m.end) not in flat
        assert any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in flat)
    for i, a in enumerate(linked.mentions):                             # flat mentions never overlap
        assert all(a.end <= b.start or b.end <= a.start for b in linked.mentions[i + 1:])


def test_article_context_titles_compass_and_institutions(linker, kb):
    text = ("President Donald Trump spoke in Washington on Monday. The United States and its allies held "
            "drills at U.S. bases and U.S. ports. The President said Congress would back the United States "
            "Navy. North Korea fired shells. North and South Korea traded fire; the North blamed Seoul.")
    linked = _link(linker, text)
    by_text = {}
    for m in linked.mentions:
        by_text.setdefault(m.text, set()).add(m.actor_id)
    assert by_text.get("The President") == {"trump-donald"}
    assert by_text.get("Congress") == {"usa-congress"}
    assert by_text.get("North") == {"PRK"} and by_text.get("the North") == {"PRK"}
    usa = [Mention("a", i, i + 1, "x", "USA", None, "GPE", "alias") for i in range(3)]
    assert dominant_state(Linked(mentions=usa), kb) == "USA"
    assert dominant_state(Linked(mentions=usa[:1]), kb) is None              # once is not enough
    kor = [Mention("a", i, i + 1, "x", "KOR", None, "GPE", "alias") for i in range(3)]
    assert dominant_state(Linked(mentions=usa + kor), kb) is None            # a tie
    assert local_institution(linker, "Congress", "USA").id == "usa-congress"
    assert local_institution(linker, "Congress", "KAZ") is None


def test_bare_title_needs_a_named_holder(kb):
    text = "The President said the talks would go on."
    assert context_mentions(kb, text, "2019-05-02", Linked()) == []     # nobody named: no guess
    named = Linked(mentions=[Mention("a", 0, 1, "x", "trump-donald", None, "PERSON", "alias")])
    assert [(s, e, a.id) for s, e, _, a in context_mentions(kb, text, "2019-05-02", named)] == \
        [(0, 13, "trump-donald")]
    assert context_mentions(kb, text, "2012-05-02", named) == []         # not in office then


def test_head_score_matches_the_gold_head_inside_the_prediction():
    gold = [("d", 0, 25, "person"), ("d", 30, 36, "place")]
    heads = {("d", 0, 25, "person"): (19, 25)}
    pred = [("d", 11, 25, "person"), ("d", 0, 10, "person"), ("d", 30, 36, "organization")]
    r = nl.head_score(gold, pred, heads)
    assert (r["tp"], r["pred"], r["gold"]) == (1, 3, 2)
    assert nl.head_score(gold, [("d", 0, 18, "person")], heads)["tp"] == 0   # the head word left out


def test_people_are_widened_over_their_titles_and_the_state_before_only_when_asked(kb):
    text = "President Donald Trump met U.S. Senator Aruzhan Bekova in Almaty."
    plain = _link(Linker(kb, title_spans=False), text)
    default = _link(Linker(kb), text)
    wide = _link(Linker(kb, title_states=True), text)
    people = [{m.text for m in x.mentions if m.label == "PERSON"} for x in (plain, default, wide)]
    assert "Donald Trump" in people[0] and "Aruzhan Bekova" in people[0]
    assert {"President Donald Trump", "Senator Aruzhan Bekova"} <= people[1]
    assert ("U.S.", "USA") in {(m.text, m.actor_id) for m in default.mentions}  # a stored mention of its own
    assert "U.S. Senator Aruzhan Bekova" in people[2]
    assert ("U.S.", "USA") in {(m.text, m.actor_id) for m in wide.nested}      # the state stays findable


def test_portfolio_and_rank_titles_start_the_person_mention():
    text = "Home Secretary Ann Vale met Major general Omar Sadr. When Defence Minister Li Wei left, the general Bo Xi"
    assert title_start(text, text.index("Ann")) == 0
    assert title_start(text, text.index("Omar")) == text.index("Major")
    assert title_start(text, text.index("Li Wei")) == text.index("Defence")     # not "When"
    assert title_start(text, text.index("Bo Xi")) == text.index("Bo Xi")       # a lower-case rank alone is none


def test_a_split_saved_without_the_title_holds_for_the_titled_mention(tmp_path):
    from greatgame.actors.corrections import Corrections
    from greatgame.records import Actor
    c = Corrections.load(tmp_path / "c.yaml")
    into = c.add_split("x-p-ann-vale", "Ann Vale")
    mentions = [Mention("t", 0, 23, "Home Secretary Ann Vale", "x-p-ann-vale", None, "PERSON", "new", 0.5),
                Mention("t", 30, 38, "Ann Vale", "x-p-ann-vale", None, "PERSON", "new", 0.5),
                Mention("t", 40, 49, "Ann Valex", "x-p-ann-vale", None, "PERSON", "new", 0.5)]
    linked = Linked(mentions, {"x-p-ann-vale": Actor("x-p-ann-vale", "Ann Vale", "person", origin="corpus")})
    out = c.apply(linked)
    assert [m.actor_id for m in out.mentions] == [into, into, "x-p-ann-vale"]


def test_ignored_text_also_hides_its_titled_and_nested_forms(kb, linker, tmp_path):
    from greatgame.actors.corrections import Corrections
    c = Corrections.load(tmp_path / "c.yaml")
    c.add_ignore("Donald Trump")
    c.add_ignore("Canada")
    assert c.ignores("President Donald Trump") and c.ignores("Donald Trump") and not c.ignores("Trump Tower")
    text = "President Donald Trump visited Fan Expo Canada in Toronto."
    assert "Canada" in {m.text for m in _link(linker, text).nested}           # without the correction
    out = _link(Linker(kb, corrections=c, title_spans=True), text)
    assert not [m for m in out.mentions if "Donald Trump" in m.text]
    assert not [m for m in out.nested if m.text == "Canada"]


def test_the_alliance_and_the_bloc_are_the_organisation_named_just_before(kb):
    text = ("Ministers of the Collective Security Treaty Organization met in Dushanbe. Officials of the Shanghai "
            "Cooperation Organisation were invited. Weeks later the alliance sent troops, and the bloc stayed "
            "silent. " + "Filler sentence about the weather. " * 40 + "Then the alliance of farmers marched, "
            "and the alliance met again.")
    linked = Linked()
    for name, actor_id in (("Collective Security Treaty Organization", "CSTO"),
                           ("Shanghai Cooperation Organisation", "SCO")):
        s = text.index(name)
        linked.mentions.append(Mention("a", s, s + len(name), name, actor_id, None, "ORG", "alias", 0.95))
    found = {(text[s:e], s): a.id for s, e, _, a in bloc_mentions(kb, text, linked)}
    assert found[("the alliance", text.index("the alliance"))] == "CSTO"    # an alliance by its name, not the SCO
    assert found[("the bloc", text.index("the bloc"))] == "SCO"             # the last one named
    assert ("the alliance", text.index("the alliance of")) not in found      # "the alliance of farmers"
    assert ("the alliance", text.rindex("the alliance")) not in found        # too far from any antecedent
