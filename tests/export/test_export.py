import csv
import json

from greatgame.export import EXPORTERS, TABLES
from greatgame.records import Article, Document
from greatgame.store.sqlite import Store

CONTRACT = {
    "documents": ["id", "path", "sha256", "format"],
    "articles": ["id", "document_id", "title", "author", "published", "site", "language", "text", "duplicate_of"],
    "actors": ["id", "name", "kind", "country", "sector", "aliases"],
    "mentions": ["article_id", "actor_id", "place_id", "text", "start", "end"],
    "places": ["id", "name", "country", "lat", "lon", "geonames_id"],
    "events": ["id", "article_id", "type", "mode", "cameo", "domain", "date", "date_text", "source_actor_id",
               "source_text", "target_actor_id", "target_text", "place_id", "modality", "attributed_to",
               "sentence", "start", "end", "confidence"],
    "quotes": ["article_id", "speaker_actor_id", "speaker_text", "text", "cue", "direct", "start", "end"],
    "quantities": ["article_id", "value", "unit", "text", "subject", "sentence", "start", "end"],
    "frames": ["article_id", "frame", "actor_id", "evidence", "start", "end"],
    "citations": ["article_id", "marker", "text", "author", "title", "publisher", "year", "url", "doi"],
}


def _store(tmp_path):
    s = Store(tmp_path / "g.db")
    doc = Document(id="d" * 16, path="p.txt", sha256="d" * 64, format="text", size=3)
    s.write_document(doc, [
        Article(id="a1", document_id=doc.id, page=0, index=0, text="Алматы и Пекин", title="Т",
                published="2022-01-11", language="ru", text_sha256="x"),
        Article(id="a2", document_id=doc.id, page=0, index=1, text="copy", duplicate_of="a1", text_sha256="y"),
    ])
    s.conn.execute("INSERT INTO actors(id, name, kind, country, aliases) VALUES "
                   "('KAZ', 'Kazakhstan', 'state', 'KAZ', '[\"Kazakh\", \"Qazaqstan\"]')")
    s.conn.commit()
    return s


def test_contract_names_and_fields():
    assert set(TABLES) == set(CONTRACT)


def test_jsonl_every_file_with_contract_fields(tmp_path):
    with _store(tmp_path) as s:
        counts = EXPORTERS["jsonl"](s, tmp_path / "out")
    for name, fields in CONTRACT.items():
        path = tmp_path / "out" / f"{name}.jsonl"
        assert path.exists(), name
        lines = path.read_text(encoding="utf-8").splitlines()
        assert counts[f"{name}.jsonl"] == len(lines)
        for line in lines:
            row = json.loads(line)
            assert all(f in row for f in fields), (name, set(fields) - set(row))
    arts = [json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert arts[0]["text"] == "Алматы и Пекин" and arts[0]["published"] == "2022-01-11"
    assert arts[1]["duplicate_of"] == "a1"
    actor = json.loads((tmp_path / "out" / "actors.jsonl").read_text(encoding="utf-8"))
    assert actor["aliases"] == ["Kazakh", "Qazaqstan"]
    assert (tmp_path / "out" / "events.jsonl").read_text() == ""


def test_csv_opens_in_a_spreadsheet(tmp_path):
    with _store(tmp_path) as s:
        EXPORTERS["csv"](s, tmp_path / "csv")
    raw = (tmp_path / "csv" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM so Excel reads UTF-8
    with open(tmp_path / "csv" / "actors.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["aliases"] == "Kazakh; Qazaqstan"
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:len(CONTRACT["events"])] == CONTRACT["events"] and "rule" in header and "data" not in header


def test_event_evidence_spans_follow_the_contract_fields(tmp_path):
    from greatgame.pipeline import ArticleLayers
    from greatgame.records import Actor, Event

    ev = Event(id="a9-e0", article_id="a9", type="MOBILIZE", sentence="Russia sent troops.", start=0, end=19,
               trigger="sent", trigger_start=7, trigger_end=11, source_actor_id="RUS", source_text="Russia",
               source_start=0, source_end=6, source_actor_ids=("RUS", "ARM"), rule="verb:send+dobj:troops")
    with _store(tmp_path) as s:
        doc = Document(id="e" * 16, path="q.txt", sha256="e" * 64, format="text", size=19)
        s.write_document(doc, [Article(id="a9", document_id=doc.id, page=0, index=0, text="Russia sent troops.",
                                       text_sha256="z")], layers=[ArticleLayers(
            "a9", actors={"RUS": Actor("RUS", "Russia", "state", "RUS")}, events=[ev])])
        EXPORTERS["jsonl"](s, tmp_path / "out")
        EXPORTERS["csv"](s, tmp_path / "csv")
    row = json.loads((tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8"))
    assert list(row)[:len(CONTRACT["events"])] == CONTRACT["events"]
    assert (row["trigger_start"], row["trigger_end"], row["rule"]) == (7, 11, "verb:send+dobj:troops")
    assert row["source_actor_ids"] == ["RUS", "ARM"] and row["target_start"] is None and "data" not in row
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8-sig", newline="") as fh:
        crow = next(csv.DictReader(fh))
    assert crow["source_actor_ids"] == "RUS; ARM" and crow["trigger"] == "sent"
