"""The linker end to end on an article we wrote, with the packaged model, knowledge base and gazetteer."""
from __future__ import annotations

import math

import pytest

from conftest import FIXTURES
from greatgame.actors.corrections import Corrections
from greatgame.actors.link import Linker, link_articles
from greatgame.nlp import load
from greatgame.records import Article

TEXT = (FIXTURES / "articles" / "crisis_note.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def linked(linker):
    article = Article(id="a1", document_id="d", page=0, index=0, text=TEXT, published="2022-01-20")
    return linker.link(article, load()(TEXT))


def _ids(linked, surface):
    return {m.actor_id or m.place_id for m in linked.mentions if m.text == surface}


def test_offsets_point_at_the_mention_text(linked):
    assert linked.mentions
    for m in linked.mentions:
        assert TEXT[m.start:m.end] == m.text
        assert (m.actor_id is None) != (m.place_id is None)


def test_spellings_titles_and_honorifics_are_one_actor(linked):
    tokayev = _ids(linked, "President Kassym-Jomart Tokayev")    # the title is part of the mention
    assert len(tokayev) == 1
    assert _ids(linked, "Kazakh") == {"KAZ"}                        # "Kazakh President ...": the state stays
    assert _ids(linked, "Mr. Toqayev") == tokayev
    assert _ids(linked, "The Kazakh president") == tokayev      # title at the article's date
    assert _ids(linked, "Nursultan Nazarbayev") == _ids(linked, "Nazarbayev") != tokayev


def test_acronym_and_its_typo(linked):
    csto = _ids(linked, "Collective Security Treaty Organization")
    assert len(csto) == 1 and _ids(linked, "CSTO") == csto and _ids(linked, "OSTO") == csto


def test_acting_capital_is_its_state_and_located_capital_a_place(linked):
    beijing = [m for m in linked.mentions if m.text == "Beijing"]
    assert beijing[0].actor_id == "CHN" and beijing[0].method == "metonym"
    assert beijing[1].place_id is not None
    assert _ids(linked, "Chinese") == {"CHN"}


def test_places_resolve_near_their_coordinates(linked):
    gold = {"Almaty": (43.25, 76.92), "Zhanaozen": (43.34, 52.86), "Karaganda": (49.80, 73.10),
            "Nur-Sultan": (51.18, 71.45)}
    for name, (lat, lon) in gold.items():
        ids = _ids(linked, name)
        assert len(ids) == 1, name
        p = linked.places[ids.pop()]
        assert math.dist((p.lat, p.lon), (lat, lon)) < 0.5, name


def test_unknown_person_is_one_corpus_actor(linked):
    full = _ids(linked, "Aigul Temirbekova")
    assert len(full) == 1 and _ids(linked, "Temirbekova") == full
    actor = linked.actors[full.pop()]
    assert actor.kind == "person" and actor.origin == "corpus"


def test_title_depends_on_the_date(linker):
    text = "The Kazakh president opened the session."
    old = linker.link(Article(id="b", document_id="d", page=0, index=0, text=text, published="2015-03-01"),
                      load()(text))
    assert {m.actor_id for m in old.mentions if m.method == "title"} == {"nazarbayev-nursultan"}


def test_corrections_merge_split_ignore(linker, tmp_path):
    path = tmp_path / "corrections.yaml"
    c = Corrections.load(path)
    c.add_ignore("Washington")
    c.add_merge("x-p-aigul-temirbekova", "umarov-temur")   # merge a corpus actor into a KB actor
    new = c.add_split("CHN", "Chinese")
    c.save()
    again = Corrections.load(path)
    fixed = Linker(linker.kb, linker.gaz, corrections=again)
    article = Article(id="a1", document_id="d", page=0, index=0, text=TEXT, published="2022-01-20")
    out = fixed.link(article, load()(TEXT))
    assert _ids(out, "Washington") == set()
    assert _ids(out, "Chinese") == {new} and new in out.actors
    assert _ids(out, "Beijing") >= {"CHN"}
    assert _ids(out, "Aigul Temirbekova") == _ids(out, "Temirbekova") == {"umarov-temur"}
    assert out.actors["umarov-temur"].origin == "kb" and "x-p-aigul-temirbekova" not in out.actors


def test_stage_skips_duplicates_and_other_languages(linker):
    nlp = load()
    arts = [Article(id="en", document_id="d", page=0, index=0, text="Tokayev met Putin in Moscow.", language="en"),
            Article(id="dup", document_id="d", page=0, index=1, text="Tokayev met Putin.", duplicate_of="en"),
            Article(id="ru", document_id="d", page=0, index=2, text="Токаев встретился с Путиным.", language="ru")]
    out = list(link_articles(arts, linker, lambda texts: nlp.pipe(texts)))
    assert [o.mentions[0].article_id for o in out] == ["en"]


def _hand_doc(nlp, words, spaces, tags, ents):
    """A Doc with the small model's typical mistakes written in by hand, so the test does not depend on it."""
    from spacy.tokens import Doc, Span
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_second_pass_fixes_what_the_model_missed_or_mislabelled(linker):
    words = ["NBC", "said", "Dana", "Oskenova", "joined", "the", "Eurasian", "Policy", "Institute", ".",
             "Later", "Oskenova", "spoke", "to", "NBC", "."]
    spaces = [True] * len(words)
    spaces[8] = spaces[14] = False
    tags = ["NNP", "VBD", "NNP", "NNP", "VBD", "DT", "NNP", "NNP", "NNP", ".", "RB", "NNP", "VBD", "IN", "NNP", "."]
    doc = _hand_doc(load(), words, spaces, tags, [(0, 1, "PERSON"), (2, 4, "PERSON")])
    text = doc.text
    out = linker.link(Article(id="h", document_id="d", page=0, index=0, text=text, published="2022-01-20"), doc)
    by_text = {}
    for m in out.mentions:
        by_text.setdefault(m.text, []).append(m)
    assert {m.label for m in by_text["NBC"]} == {"ORG"}                     # an acronym is not a person
    assert all(m.place_id is None for m in by_text["NBC"])                  # nor the city of Nizhnekamsk
    assert len(by_text["NBC"]) == 2 and len({m.actor_id for m in by_text["NBC"]}) == 1
    full, bare = by_text["Dana Oskenova"][0], by_text["Oskenova"][0]        # the bare surname spaCy missed
    assert bare.actor_id == full.actor_id and bare.label == "PERSON"
    assert [m.label for m in by_text["Eurasian Policy Institute"]] == ["ORG"]
