"""The linker's approximate places: a street the gazetteer lacks takes the country of its town."""
from __future__ import annotations

import pytest

from greatgame.actors.link import Linker
from greatgame.nlp import load
from greatgame.records import Article

TEXT = ("Protesters gathered on Zhibek Zholy Avenue in Almaty on Tuesday. Police closed Abai Square. "
        "Officials in Almaty said the shops stayed shut.")


@pytest.fixture(scope="module")
def linked():
    article = Article(id="ap", document_id="d", page=0, index=0, text=TEXT, published="2022-01-05")
    return Linker().link(article, load()(TEXT))


def test_a_street_is_approximate_at_its_town(linked):
    streets = [m for m in linked.mentions if m.text in ("Zhibek Zholy Avenue", "Abai Square")]
    assert streets, [(m.text, m.method) for m in linked.mentions]
    almaty = {m.place_id for m in linked.mentions if m.text == "Almaty"}
    assert len(almaty) == 1
    for m in streets:
        p = linked.places[m.place_id]
        assert m.method == "approximate" and m.confidence < 0.6
        assert p.kind == "approximate" and p.approx_of in almaty and p.country == "KAZ"
        town = linked.places[p.approx_of]
        assert (p.lat, p.lon) == (town.lat, town.lon)    # the town's point, marked as inherited by approx_of
        assert m.place_id.startswith("x-place-") and m.place_id.endswith("@" + p.approx_of)


def test_no_unknown_place_is_left_behind_once_replaced(linked):
    used = {m.place_id for m in linked.mentions if m.place_id}
    assert all(pid in used for pid, p in linked.places.items() if p.kind in ("unknown", "approximate"))


def test_approximate_places_are_stored_and_exported_as_such_and_kept_off_the_map(linked, tmp_path):
    from greatgame.analysis.network import place_map
    from greatgame.export.tables import rows
    from greatgame.records import Document
    from greatgame.store.sqlite import Store

    with Store(tmp_path / "a.db") as s:
        doc = Document(id="d", path="p.txt", sha256="x", format="text", size=1)
        art = Article(id="ap", document_id="d", page=0, index=0, text=TEXT, published="2022-01-05")
        s.write_document(doc, [art])
        with s.conn:
            s._write_linked(linked)
        places = {r["name"]: r for r in rows(s, "places")}
        drawn = {p["name"] for p in place_map(s)["places"]}
    street = places["Zhibek Zholy Avenue"]
    assert street["approx_of"] == places["Almaty"]["id"] and places["Almaty"]["approx_of"] is None
    assert street["lat"] == places["Almaty"]["lat"]
    assert "Almaty" in drawn and "Zhibek Zholy Avenue" not in drawn
