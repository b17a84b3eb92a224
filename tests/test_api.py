"""The notebook API returns what the CLI and the exports return, as rows or DataFrames."""
import pytest

import greatgame as gg
from greatgame.errors import GGError
from greatgame.pipeline import ArticleLayers
from greatgame.records import Actor, Article, Document, Event, Mention
from greatgame.store.sqlite import Store

TEXT = "Beijing pledged aid to Kazakhstan. Tokayev thanked Xi Jinping."


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    doc = Document(id="d1", path="/tmp/p.txt", sha256="1" * 64, format="text", size=len(TEXT))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=TEXT, text_sha256="h", title="Aid")
    actors = {"CHN": Actor("CHN", "China", "state", "CHN", "GOV", ("Beijing",)),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV"),
              "xi": Actor("xi", "Xi Jinping", "person", "CHN", "GOV")}
    mentions = [Mention("a1", 0, 7, "Beijing", actor_id="CHN"), Mention("a1", 23, 33, "Kazakhstan", actor_id="KAZ"),
                Mention("a1", 51, 61, "Xi Jinping", actor_id="xi")]
    events = [Event("a1-e0", "a1", "AID", TEXT[:34], 0, 34, domain="economic", date="2022-01",
                    source_actor_id="CHN", source_text="Beijing", target_actor_id="KAZ", target_text="Kazakhstan"),
              Event("a1-e1", "a1", "CONSULT", TEXT[35:], 35, 62, domain="diplomatic",
                    source_actor_id="KAZ", target_actor_id="xi", target_text="Xi Jinping")]
    with Store(path) as s:
        s.write_document(doc, [art], layers=[ArticleLayers("a1", mentions, actors, {}, events)])
    return path


def test_events_filters_and_dataframe(db):
    with gg.open(db) as c:
        rows = c.events(actor="Beijing", recipient="Kazakhstan")
        assert [r["id"] for r in rows] == ["a1-e0"] and rows[0]["article_title"] == "Aid"
        df = c.events(recipient="China", nationals=True).to_pandas()
        assert list(df["id"]) == ["a1-e1"] and list(df.columns[:3]) == ["id", "date", "type"]
        assert c.events(since="2022-01-20", until="2022").to_pandas().shape[0] == 1   # a month overlaps
        empty = c.events(type="PROTEST").to_pandas()
        assert empty.shape == (0, len(empty.columns)) and "sentence" in empty.columns


def test_tables_match_the_export_contract(db):
    with gg.open(db) as c:
        assert "3 events" not in repr(c) and "2 events" in repr(c)
        assert [a["id"] for a in c.actors()][:1] in (["CHN"], ["KAZ"], ["xi"])
        assert c.actors("Jinping")[0]["mentions"] == 1
        mentions = c.mentions().to_pandas()
        assert sorted(mentions["text"]) == ["Beijing", "Kazakhstan", "Xi Jinping"]
        assert TEXT[mentions["start"][0]:mentions["end"][0]] == mentions["text"][0]
        assert c.search("thanked")[0]["id"] == "a1"
        assert c.sql("SELECT count(*) AS n FROM events")[0]["n"] == 2
        with pytest.raises(GGError):
            c.table("nope")


def test_open_missing_database_is_a_coded_error(tmp_path):
    with pytest.raises(GGError) as exc:
        gg.open(tmp_path / "none.db")
    assert exc.value.code == "GG201"


def test_search_filters_and_matrix_cells(db):
    with gg.open(db) as c:
        assert [h["id"] for h in c.search("pledged", actor="China")] == ["a1"]
        assert c.search("pledged", type="ASSAULT") == []
        cells = c.influence().to_pandas()
        assert list(cells[["power", "target", "domain", "events"]].itertuples(index=False, name=None)) == [
            ("CHN", "KAZ", "economic", 1), ("KAZ", "CHN", "diplomatic", 1)]   # Xi counts for China
        assert c.quotes().to_pandas().empty
