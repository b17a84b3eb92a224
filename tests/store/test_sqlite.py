import sqlite3

import pytest

from greatgame.errors import GGError
from greatgame.records import Article, Document, Skip
from greatgame.store.migrations import SCHEMA_VERSION
from greatgame.store.sqlite import Store


def _doc(n=1):
    sha = f"{n:064x}"
    return Document(id=sha[:16], path=f"/tmp/page{n}.txt", sha256=sha, format="text", size=10)


def _article(doc, i, text, **kw):
    return Article(id=f"{doc.id}-{i}", document_id=doc.id, page=0, index=i, text=text,
                   text_sha256=f"h{doc.id}{i}", **kw)


def test_new_store_has_schema_version_and_wal(tmp_path):
    with Store(tmp_path / "g.db") as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "g.db"
    with Store(path) as s:
        s.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
        s.conn.commit()
    with pytest.raises(GGError) as exc:
        Store(path)
    assert exc.value.code == "GG202"


def test_write_document_and_search(tmp_path):
    doc = _doc()
    with Store(tmp_path / "g.db") as s:
        n = s.write_document(doc, [
            _article(doc, 0, "Troops of the Collective Security Treaty Organization arrived in Almaty.",
                     title="CSTO deploys"),
            _article(doc, 1, "Beijing offered support to Nur-Sultan in law enforcement.", title="China offers"),
        ], skips=[Skip(doc.path + "#2", "GG104", "no article text found")])
        assert n == 2
        hits = s.search("Almaty")
        assert [h["title"] for h in hits] == ["CSTO deploys"]
        assert "[Almaty]" in hits[0]["snippet"]
        # a query that is not valid FTS syntax still searches as a phrase
        broken = s.search('law "enforcement')
        assert [h["title"] for h in broken] == ["China offers"]
        stats = s.stats()
        assert stats["documents"] == 1 and stats["articles"] == 2 and stats["skipped"] == 1
        assert s.find_document(doc.sha256) == doc.path


def test_search_ignores_diacritics(tmp_path):
    doc = _doc()
    with Store(tmp_path / "g.db") as s:
        s.write_document(doc, [_article(doc, 0, "Qasym-Jomart Toqaev met the Türkiye delegation.")])
        assert len(s.search("Turkiye")) == 1


def test_failed_document_leaves_nothing_half_written(tmp_path):
    doc = _doc()
    with Store(tmp_path / "g.db") as s:
        good = _article(doc, 0, "first article")
        bad = Article(id="x", document_id="no-such-document", page=0, index=1, text="t", text_sha256="h")
        with pytest.raises(GGError) as exc:
            s.write_document(doc, [good, bad])
        assert exc.value.code == "GG201"
        assert s.stats()["articles"] == 0
        assert s.stats()["documents"] == 0


def test_readonly_store_cannot_write(tmp_path):
    path = tmp_path / "g.db"
    Store(path).close()
    with Store(path, readonly=True) as s:
        with pytest.raises(sqlite3.OperationalError):
            s.conn.execute("INSERT INTO skips(path, code, reason) VALUES ('a','b','c')")


def test_readonly_missing_db_is_a_coded_error(tmp_path):
    with pytest.raises(GGError) as exc:
        Store(tmp_path / "none.db", readonly=True)
    assert exc.value.code == "GG201"


def test_version_1_store_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:   # make it look like a version-1 store: mentions without the v2 columns
        s.conn.executescript(
            "DROP TABLE mentions; CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL,"
            " actor_id TEXT, place_id TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);"
            " UPDATE meta SET value='1' WHERE key='schema_version';"
            + "".join(f" ALTER TABLE {t} DROP COLUMN data;" for t in ("quotes", "quantities", "frames", "citations")))
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(mentions)")]
        assert {"label", "method", "confidence"} <= set(cols)
        assert "data" in [r[1] for r in s.conn.execute("PRAGMA table_info(citations)")]
        assert "approx_of" in [r[1] for r in s.conn.execute("PRAGMA table_info(places)")]


def test_statement_records_fill_columns_and_keep_the_rest_as_json(tmp_path):
    import json
    from dataclasses import dataclass

    from greatgame.pipeline import ArticleLayers

    @dataclass(frozen=True, slots=True)
    class Quote:          # shaped like an extractor's record: contract fields plus evidence spans
        article_id: str
        text: str
        start: int
        end: int
        speaker_text: str | None = None
        direct: bool = True
        cue: str | None = None
        speaker_start: int = -1
        sentences: tuple[int, ...] = ()

    doc = _doc()
    text = '"We will not retreat," Tokayev said.'
    q = Quote("a", "We will not retreat,", 1, 21, "Tokayev", True, "said", 23, (0,))
    with Store(tmp_path / "g.db") as s:
        art = _article(doc, 0, text)
        s.write_document(doc, [art], layers=[ArticleLayers(art.id, quotes=[replace_id(q, art.id)])])
        row = dict(s.conn.execute("SELECT * FROM quotes").fetchone())
        assert (row["text"], row["speaker_text"], row["cue"], row["direct"]) == ("We will not retreat,", "Tokayev",
                                                                                 "said", 1)
        assert json.loads(row["data"]) == {"speaker_start": 23, "sentences": [0]}
        s.replace_layers([art.id], [ArticleLayers(art.id)])
        assert s.stats()["quotes"] == 0


def replace_id(record, article_id):
    from dataclasses import replace

    return replace(record, article_id=article_id)
