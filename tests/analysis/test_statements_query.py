"""Statement listings over a store built by hand, and the CLI commands that print them."""
import pytest

from greatgame.analysis.statements import find_citations, find_frames, find_quantities, find_quotes, frame_counts
from greatgame.cli import main
from greatgame.pipeline import ArticleLayers
from greatgame.records import Actor, Article, Citation, Document, Frame, Quantity, Quote
from greatgame.store.sqlite import Store

TEXT = ('"We will restore order," Tokayev said. At least 164 people were killed.[1] '
        'Beijing called it a colour revolution.\n\n1. A. Author, "Unrest", Steppe Press, 2022.')


CR = TEXT.find("colour revolution")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    actors = {"tokayev": Actor("tokayev", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV", ("Toqayev",)),
              "CHN": Actor("CHN", "China", "state", "CHN", "GOV", ("Beijing",)),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV")}
    layers = ArticleLayers(
        "a1", [], actors, {},
        quotes=[Quote("a1", "tokayev", "Tokayev", "We will restore order,", "said", True, 1, 23, 25, 32, 33, 37,
                      "subject")],
        quantities=[Quantity("a1", 164.0, None, "At least 164", "people", TEXT[39:71], 39, 51, "at least",
                             False, 52, 58, "killed")],
        frames=[Frame("a1", "colour_revolution", "CHN", "Beijing called it a colour revolution.", CR, CR + 17,
                      "colour revolution", "Beijing")],
        citations=[Citation("a1", "1", TEXT[116:], "A. Author", "Unrest", "Steppe Press", "2022", start=116,
                            end=len(TEXT), marker_offsets=(72,))])
    doc = Document(id="d1", path="/p", sha256="5" * 64, format="text", size=len(TEXT))
    with Store(path) as s:
        s.write_document(doc, [Article("a1", "d1", 0, 0, TEXT, text_sha256="h", title="Crisis")], layers=[layers])
    return path


def test_listings_filter_and_keep_their_evidence(db):
    with Store(db, readonly=True) as s:
        [q] = find_quotes(s, speaker="Toqayev", direct=True)
        assert (q["speaker_name"], q["cue"], q["cue_start"], q["how"]) == ("Kassym-Jomart Tokayev", "said", 33,
                                                                            "subject")
        assert find_quotes(s, speaker="Kazakhstan") == [] and len(find_quotes(s, speaker="KAZ", nationals=True)) == 1
        [n] = find_quantities(s, subject="people", min_value=100)
        assert n["value"] == 164.0 and n["qualifier"] == "at least" and n["verb"] == "killed"
        assert find_quantities(s, min_value=1000) == []
        [f] = find_frames(s, actor="Beijing")
        assert f["frame"] == "colour_revolution" and TEXT[f["start"]:f["end"]] == "colour revolution"
        assert frame_counts(s) == [{"frame": "colour_revolution", "uses": 1, "articles": 1, "actors": 1}]
        [c] = find_citations(s, article="a1")
        assert (c["publisher"], c["year"], c["marker_offsets"]) == ("Steppe Press", "2022", [72])


def test_cli_lists_statements(db, capsys):
    assert main(["quotes", "--db", str(db), "--speaker", "Tokayev", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("article_id,speaker_actor_id,speaker_text,cue,direct,text") and "restore order" in out[1]
    assert main(["numbers", "--db", str(db), "--subject", "people"]) == 0
    assert "164.00" in capsys.readouterr().out
    assert main(["frames", "--db", str(db)]) == 0
    assert "colour_revolution" in capsys.readouterr().out
    assert main(["citations", "--db", str(db), "--format", "json"]) == 0
    assert '"marker": "1"' in capsys.readouterr().out
    assert main(["quotes", "--db", str(db), "--speaker", "Nobody"]) == 2
