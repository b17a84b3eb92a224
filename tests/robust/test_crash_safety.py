"""Crash safety: kill -9 in the middle of an ingest, run it again, and every article is stored exactly once.

Also: the workbench keeps answering while an ingest holds a write transaction (WAL readers never wait).
"""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from greatgame.store.sqlite import Store

PARAGRAPH = ("Officials in {city} said on Monday that the regional council approved a plan for {thing} after "
             "weeks of debate, according to a statement published by the administration of the province.")


def _corpus(folder, n):
    """n small text pages we write ourselves, each with its own article (no two alike)."""
    folder.mkdir()
    for i in range(n):
        body = "\n\n".join(PARAGRAPH.format(city=f"Town{i}x{k}", thing=f"project {i * 7 + k}") for k in range(6))
        (folder / f"page{i:03d}.txt").write_text(f"Council approves plan number {i}\n\n{body}\n", encoding="utf-8")


def _ingest(folder, db):
    return subprocess.Popen([sys.executable, "-m", "greatgame", "ingest", str(folder), "--db", str(db), "-q",
                             "--no-link"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _half_indexed(store):
    """Articles whose signature and dedupe bands disagree (a band count other than 9, or bands alone)."""
    from greatgame.lshbands import BANDS

    return list(store.query(
        "SELECT m.article_id, count(b.key) AS n FROM article_minhash m"
        " LEFT JOIN article_bands b ON b.article_id = m.article_id GROUP BY m.article_id HAVING n != ?"
        " UNION ALL SELECT b.article_id, 0 FROM article_bands b"
        " WHERE b.article_id NOT IN (SELECT article_id FROM article_minhash)", (BANDS,)))


def test_kill_9_mid_ingest_then_rerun_stores_everything_once(tmp_path):
    folder, db = tmp_path / "pages", tmp_path / "g.db"
    _corpus(folder, 120)
    proc = _ingest(folder, db)
    deadline = time.time() + 60
    while time.time() < deadline:              # wait until some, not all, documents are committed
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as c:
                    n = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if n >= 5:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        partial = s.stats()
        # whatever was committed is whole: every stored document has its article
        orphans = list(s.query("SELECT d.id FROM documents d LEFT JOIN articles a ON a.document_id = d.id"
                               " WHERE a.id IS NULL"))
        half_indexed = _half_indexed(s)
    assert 5 <= partial["documents"] < 120 and orphans == []
    assert half_indexed == []                  # every stored signature has all its LSH bands, and no more
    rerun = _ingest(folder, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    with Store(db) as s:
        stats = s.stats()
        texts = [r["n"] for r in s.query("SELECT count(*) AS n FROM articles GROUP BY text_sha256")]
        assert _half_indexed(s) == []
        indexed = s.conn.execute("SELECT count(DISTINCT article_id) FROM article_bands").fetchone()[0]
    assert stats["documents"] == 120 and stats["articles"] == 120 and stats["duplicates"] == 0
    assert set(texts) == {1} and indexed == 120
    assert f"{partial['documents']} unchanged" in out.decode()


def test_reader_answers_while_a_writer_holds_a_transaction(tmp_path):
    from fastapi.testclient import TestClient

    from greatgame.records import Article, Document
    from greatgame.web.app import create_app

    db = tmp_path / "g.db"
    with Store(db) as s:
        doc = Document(id="d0", path="/p0", sha256="0" * 64, format="text", size=1)
        s.write_document(doc, [Article(id="a0", document_id="d0", page=0, index=0, text="Almaty council met.",
                                       text_sha256="h0", title="First")])
    client = TestClient(create_app(db))
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO documents(id, path, sha256, format, size) VALUES ('d1', '/p1', ?, 'text', 1)",
                   ("1" * 64,))
    t = time.perf_counter()
    r = client.get("/search?q=Almaty")
    assert r.status_code == 200 and "First" in r.text and time.perf_counter() - t < 5
    assert client.get("/?format=json").json()["stats"]["documents"] == 1     # the uncommitted row is unseen
    writer.execute("COMMIT")
    writer.close()
    assert client.get("/?format=json").json()["stats"]["documents"] == 2


def test_a_document_whose_layers_cannot_be_stored_keeps_its_articles(tmp_path):
    """A layer naming an actor nobody listed (a foreign-key failure) must not abort the run or lose the text."""
    from greatgame.pipeline import ArticleLayers, ingest
    from greatgame.records import Event

    folder = tmp_path / "pages"
    _corpus(folder, 3)

    def broken_link(articles):
        return [ArticleLayers(a.id, events=[Event(f"{a.id}-e0", a.id, "AID", "x", 0, 1,
                                                  source_actor_id="nobody-listed")]) for a in articles]

    with Store(tmp_path / "g.db") as s:
        summary = ingest([str(folder)], s, link=broken_link)
        stats = s.stats()
    assert summary.new_documents == 3 and stats["articles"] == 3 and stats["events"] == 0
    assert [k.code for k in summary.skipped] == ["GG402"] * 3
    assert "storing the layers failed" in summary.skipped[0].reason
