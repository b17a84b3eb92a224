"""The events filter over a store built by hand: actors by id, name, alias and nationality; partial dates."""
import pytest

from greatgame.analysis.events import EventQuery, date_bounds, find_events
from greatgame.cli import main
from greatgame.errors import GGError
from greatgame.pipeline import ArticleLayers
from greatgame.records import Actor, Article, Document, Event
from greatgame.store.sqlite import Store

ACTORS = {
    "RUS": Actor("RUS", "Russia", "state", "RUS", "GOV", ("Russian Federation", "Moscow")),
    "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV", ("Qazaqstan",)),
    "CHN": Actor("CHN", "China", "state", "CHN", "GOV", ("Beijing",)),
    "tokayev": Actor("tokayev", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV", ("Toqayev", "Tokaev")),
    "wang-yi": Actor("wang-yi", "Wang Yi", "person", "CHN", "GOV", ()),
}
TEXT = ("Russia sent troops to Kazakhstan. Tokayev thanked China. Wang Yi visited Astana. "
        "Russia will supply grain to Kazakhstan.")


def _event(n, type_, src, tgt, date, modality="asserted", domain="security", confidence=0.8):
    return Event(id=f"a1-e{n}", article_id="a1", type=type_, sentence=f"sentence {n}", start=n, end=n + 1,
                 domain=domain, date=date, source_actor_id=src, source_text=src, target_actor_id=tgt,
                 target_text=tgt, modality=modality, confidence=confidence, rule=f"rule{n}", trigger="t")


@pytest.fixture
def store(tmp_path):
    doc = Document(id="d1", path="/tmp/p.txt", sha256="0" * 64, format="text", size=len(TEXT))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=TEXT, text_sha256="h1")
    layers = ArticleLayers("a1", [], dict(ACTORS), {}, [
        _event(0, "MOBILIZE", "RUS", "KAZ", "2022-01-06"),
        _event(1, "SUPPORT", "tokayev", "CHN", "2022-01", domain="diplomatic"),
        _event(2, "CONSULT", "wang-yi", "KAZ", "2021", domain="diplomatic", confidence=0.4),
        _event(3, "AID", "RUS", "KAZ", None, modality="future", domain="economic"),
    ])
    with Store(tmp_path / "g.db") as s:
        s.write_document(doc, [art], layers=[layers])
    s = Store(tmp_path / "g.db", readonly=True)
    yield s
    s.close()


def _ids(rows):
    return [r["id"] for r in rows]


def test_actor_by_id_name_and_alias(store):
    assert _ids(find_events(store, EventQuery(actor="RUS"))) == ["a1-e0", "a1-e3"]
    assert _ids(find_events(store, EventQuery(actor="russian federation"))) == ["a1-e0", "a1-e3"]
    assert _ids(find_events(store, EventQuery(actor="Toqayev"))) == ["a1-e1"]


def test_nationals_widen_a_state_to_its_people(store):
    assert _ids(find_events(store, EventQuery(actor="China"))) == []
    assert _ids(find_events(store, EventQuery(actor="China", nationals=True))) == ["a1-e2"]
    assert set(_ids(find_events(store, EventQuery(either="Kazakhstan", nationals=True)))) == {
        "a1-e0", "a1-e1", "a1-e2", "a1-e3"}


def test_partial_dates_are_ranges_and_undated_events_drop_out(store):
    # the month-precision event overlaps a mid-month start; the year-precision one does not reach 2022
    assert _ids(find_events(store, EventQuery(since="2022-01-15"))) == ["a1-e1"]
    assert _ids(find_events(store, EventQuery(since="2021-06", until="2022-01-06"))) == ["a1-e2", "a1-e1", "a1-e0"]  # by first day covered
    assert _ids(find_events(store, EventQuery(until="2021-12-31"))) == ["a1-e2"]


def test_type_domain_modality_confidence(store):
    assert _ids(find_events(store, EventQuery(type="mobilize,aid"))) == ["a1-e0", "a1-e3"]
    assert _ids(find_events(store, EventQuery(domain="diplomatic", min_confidence=0.5))) == ["a1-e1"]
    assert _ids(find_events(store, EventQuery(modality="future")))[0] == "a1-e3"
    rows = find_events(store, EventQuery(recipient="KAZ", limit=1))
    assert len(rows) == 1 and rows[0]["source_name"] == "Wang Yi" and rows[0]["rule"] == "rule2"


def test_bad_filters_are_one_line_errors(store):
    with pytest.raises(GGError) as exc:
        find_events(store, EventQuery(actor="Narnia"))
    assert exc.value.code == "GG301"
    for bad in ("2022-13", "2022-02-30", "Jan 2022"):
        with pytest.raises(GGError):
            date_bounds(bad)
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29")


def test_cli_prints_csv_with_header(store, capsys):
    assert main(["events", "--db", str(store.path), "--actor", "Russia", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,date,type,cameo")
    assert len(lines) == 3 and "MOBILIZE" in lines[1]
    assert main(["events", "--db", str(store.path), "--actor", "Narnia"]) == 2
    assert capsys.readouterr().err.startswith("GG301")
