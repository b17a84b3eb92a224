from greatgame.analysis.sources import compare_sources
from greatgame.pipeline import ArticleLayers
from greatgame.records import Actor, Article, Document, Event, Quantity
from greatgame.store.sqlite import Store


def test_sources_that_report_one_interaction_differently_are_flagged(tmp_path):
    actors = {"RUS": Actor("RUS", "Russia", "state", "RUS"), "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ")}
    with Store(tmp_path / "g.db") as s:
        for n, (site, date, modality) in enumerate([("Wire A", "2022-01-06", "asserted"),
                                                     ("Wire B", "2022-01-07", "alleged"),
                                                     ("Wire B", None, "asserted")]):
            doc = Document(id=f"d{n}", path=f"/p{n}", sha256=f"{n}" * 64, format="text", size=1)
            art = Article(id=f"a{n}", document_id=doc.id, page=0, index=0, text="Russia sent troops.",
                          text_sha256=f"h{n}", site=site)
            ev = Event(f"a{n}-e0", art.id, "MOBILIZE", "Russia sent troops.", 0, 19, date=date, modality=modality,
                       source_actor_id="RUS", target_actor_id="KAZ")
            qty = Quantity(art.id, 2000.0 + 30 * (site == "Wire B"), None, "2,000", "Troops ", "x", 0, 5)
            s.write_document(doc, [art], layers=[ArticleLayers(art.id, [], actors, {}, [ev], quantities=[qty])])
        out = compare_sources(s)
    assert [(x["site"], x["articles"], x["types"]) for x in out["sites"]] == [
        ("Wire B", 2, {"MOBILIZE": 2}), ("Wire A", 1, {"MOBILIZE": 1})]
    [shared] = out["shared"]
    assert (shared["actor"], shared["recipient"], shared["type"]) == ("RUS", "KAZ", "MOBILIZE")
    assert shared["disagree_date"] and shared["disagree_modality"]
    assert shared["sites"]["Wire B"]["dates"] == ["", "2022-01-07"]
    assert out["numbers"] == [{"subject": "troops", "unit": "", "sites": {"Wire A": [2000.0], "Wire B": [2030.0]}}]
