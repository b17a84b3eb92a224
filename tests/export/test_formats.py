"""The analyst formats: FollowTheMoney, GDELT's 61 columns, GEXF/GraphML round trips, typed Parquet, Kumu."""
import csv
import json

import pytest

from greatgame.export import EXPORTERS
from greatgame.export.codes import fips, goldstein, iso2, quad_class
from greatgame.export.gdelt import GDELT_COLUMNS
from greatgame.export.graph import read_gexf, read_graphml
from greatgame.pipeline import ArticleLayers
from greatgame.records import Actor, Article, Document, Event, Mention
from greatgame.store.sqlite import Store

TEXT = "Russian troops arrived in Almaty on January 6.\n\nBeijing promised loans to Kazakhstan in 2022."


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "g.db")
    doc = Document(id="d1", path="/tmp/p.txt", sha256="3" * 64, format="text", size=len(TEXT))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=TEXT, text_sha256="h", title="T",
                  url="https://example.org/a1", published="2022-01-11")
    actors = {"RUS": Actor("RUS", "Russia", "state", "RUS", "GOV", ("Russian Federation",)),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV"),
              "CHN": Actor("CHN", "China", "state", "CHN", "GOV", ("Beijing",)),
              "xi": Actor("xi", "Xi Jinping", "person", "CHN", "GOV")}
    from greatgame.geo.gazetteer import Place
    places = {"gn:1526384": Place("gn:1526384", "Almaty", "KAZ", 43.25, 76.92, 1526384, "city")}
    mentions = [Mention("a1", 0, 7, "Russian", actor_id="RUS"), Mention("a1", 48, 55, "Beijing", actor_id="CHN"),
                Mention("a1", 26, 32, "Almaty", place_id="gn:1526384")]
    events = [Event("a1-e0", "a1", "MOBILIZE", TEXT[:46], 0, 46, cameo="150", domain="security", date="2022-01-06",
                    source_actor_id="RUS", source_text="Russian troops", target_actor_id="KAZ",
                    target_text="Kazakhstan", place_id="gn:1526384", place_text="Almaty"),
              Event("a1-e1", "a1", "AID", TEXT[48:], 48, len(TEXT), cameo="071", domain="economic", date="2022",
                    source_actor_id="CHN", source_text="Beijing", target_actor_id="KAZ", target_text="Kazakhstan"),
              Event("a1-e2", "a1", "CONSULT", TEXT[48:], 48, len(TEXT), cameo="040", date="2022-01",
                    source_actor_id="xi", source_text="Xi")]
    s.write_document(doc, [art], layers=[ArticleLayers("a1", mentions, actors, places, events)])
    yield s
    s.close()


def test_code_tables():
    assert goldstein("150") == -7.2 and goldstein("0712") == goldstein("071") and goldstein(None) is None
    assert [quad_class(c) for c in ("040", "071", "112", "190")] == [1, 2, 3, 4]
    assert (iso2("KAZ"), fips("KAZ"), fips("DEU"), fips("CHN")) == ("KZ", "KZ", "GM", "CH")


def test_gdelt_has_61_columns_then_ours(store, tmp_path):
    EXPORTERS["gdelt"](store, tmp_path)
    with open(tmp_path / "events.gdelt.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    header, first, second = rows[0], dict(zip(rows[0], rows[1])), dict(zip(rows[0], rows[2]))
    assert len(GDELT_COLUMNS) == 61 and header[:61] == list(GDELT_COLUMNS) and header[61] == "gg_event_id"
    assert (first["SQLDATE"], first["Actor1Code"], first["EventRootCode"], first["QuadClass"]) == (
        "20220106", "RUSGOV", "15", "4")
    assert first["ActionGeo_CountryCode"] == "KZ" and first["ActionGeo_Type"] == "4" and first["IsRootEvent"] == "1"
    assert float(first["GoldsteinScale"]) == -7.2 and first["SOURCEURL"] == "https://example.org/a1"
    # a year-precision event is no day: SQLDATE stays empty, the year and our precision column say what we know
    assert (second["SQLDATE"], second["MonthYear"], second["Year"], second["gg_date_precision"]) == (
        "", "", "2022", "year")
    assert second["IsRootEvent"] == "0"


def test_gexf_and_graphml_round_trip_keep_edge_spells(store, tmp_path):
    EXPORTERS["gexf"](store, tmp_path)
    EXPORTERS["graphml"](store, tmp_path)
    for nodes, edges in (read_gexf(tmp_path / "network.gexf"), read_graphml(tmp_path / "network.graphml")):
        assert nodes == {"CHN": "China", "KAZ": "Kazakhstan", "RUS": "Russia"}   # Xi's event has no recipient
        spells = {(e["source"], e["target"]): (e["start"], e["end"], e["type"]) for e in edges}
        assert spells == {("RUS", "KAZ"): ("2022-01-06", "2022-01-06", "MOBILIZE"),
                          ("CHN", "KAZ"): ("2022-01-01", "2022-12-31", "AID")}
    assert 'mode="dynamic"' in (tmp_path / "network.gexf").read_text(encoding="utf-8")


def test_parquet_columns_are_typed(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    EXPORTERS["parquet"](store, tmp_path)
    events = pq.read_table(tmp_path / "events.parquet")
    assert str(events.schema.field("start").type) == "int64"
    assert str(events.schema.field("confidence").type) == "double"
    assert str(events.schema.field("date").type) == "string"
    assert events.column("date").to_pylist() == ["2022-01-06", "2022", "2022-01"]
    actors = pq.read_table(tmp_path / "actors.parquet").to_pylist()
    assert next(a for a in actors if a["id"] == "RUS")["aliases"] == ["Russian Federation"]
    assert pq.read_table(tmp_path / "quotes.parquet").num_rows == 0


def test_ftm_entities_follow_the_schema(store, tmp_path):
    ftm = pytest.importorskip("followthemoney")
    EXPORTERS["ftm"](store, tmp_path)
    ents = [json.loads(x) for x in (tmp_path / "entities.ftm.json").read_text(encoding="utf-8").splitlines()]
    ids = {e["id"] for e in ents}
    by_schema = {}
    for e in ents:
        schema = ftm.model.get(e["schema"])
        assert schema is not None, e["schema"]
        for prop, values in e["properties"].items():
            assert prop in schema.properties, (e["schema"], prop)
            assert all(isinstance(v, str) for v in values)
            if schema.properties[prop].type.name == "entity":
                assert set(values) <= ids, (e["id"], prop, values)       # every reference resolves
        by_schema.setdefault(e["schema"], []).append(e)
    assert {k: len(v) for k, v in by_schema.items()} == {"Article": 1, "PublicBody": 3, "Person": 1, "Mention": 2,
                                                         "Event": 3, "UnknownLink": 2}
    xi = by_schema["Person"][0]["properties"]
    assert xi["nationality"] == ["cn"]
    link = next(e for e in by_schema["UnknownLink"] if e["id"] == "gg-link-a1-e0")["properties"]
    assert (link["subject"], link["object"], link["role"]) == (["gg-actor-RUS"], ["gg-actor-KAZ"], ["MOBILIZE"])


def test_kumu_sheets(store, tmp_path):
    EXPORTERS["kumu"](store, tmp_path)
    with open(tmp_path / "kumu-connections.csv", encoding="utf-8-sig", newline="") as fh:
        conns = list(csv.DictReader(fh))
    assert [(c["From"], c["To"], c["Type"]) for c in conns] == [("Russia", "Kazakhstan", "MOBILIZE"),
                                                                ("China", "Kazakhstan", "AID")]
    with open(tmp_path / "kumu-elements.csv", encoding="utf-8-sig", newline="") as fh:
        elements = {r["Label"]: r for r in csv.DictReader(fh)}
    assert elements["Xi Jinping"]["Type"] == "person" and elements["Russia"]["Mentions"] == "1"
