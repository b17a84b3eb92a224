"""The deduplicator's index kept in the store decides exactly as the in-memory one, without holding the corpus."""
import random

import pytest

from greatgame.dedupe import Deduper, text_hash
from greatgame.errors import GGError
from greatgame.lshbands import BANDS
from greatgame.pipeline import ingest
from greatgame.records import Article, Document
from greatgame.store.migrations import SCHEMA_VERSION
from greatgame.store.sqlite import Store

WORDS = ("almaty astana tashkent pipeline customs railway minister delegation treaty border grain gas loan "
         "summit parliament election sanctions court protest energy port security bank").split()


def _text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _corpus(seed=3, docs=60):
    """Documents of 1-3 articles: originals, near copies (a few words changed) across and inside documents,
    exact copies and short notes."""
    rng, made, out = random.Random(seed), [], []
    for d in range(docs):
        arts = []
        for i in range(rng.randint(1, 3)):
            roll = rng.random()
            if made and roll < 0.45:
                words = rng.choice(made).split()
                for pos in rng.sample(range(len(words)), rng.randint(0, 8)):
                    words[pos] = rng.choice(WORDS) + "s"
                text = " ".join(words)
            elif roll < 0.55:
                text = rng.choice(["Short note.", "short   NOTE.", "Another brief line."])
            else:
                text = _text(rng, rng.randint(60, 160))
                made.append(text)
            arts.append(text)
        out.append(arts)
    return out


def _doc(d):
    sha = f"{d + 1:016x}" + "0" * 48
    return Document(id=sha[:16], path=f"/p{d}.txt", sha256=sha, format="text", size=1)


def _mark_and_write(store, deduper, corpus):
    """What ingest does per document: mark its articles in order, write them with their signatures."""
    marks = []
    for d, texts in enumerate(corpus):
        doc, marked, sigs = _doc(d), [], {}
        for i, text in enumerate(texts):
            a, sig = deduper.mark(Article(id=f"{doc.id}-{i}", document_id=doc.id, page=0, index=i, text=text))
            marked.append(a)
            if sig is not None:
                sigs[a.id] = sig
        store.write_document(doc, marked, sigs)
        deduper.document_done()
        marks += [a.duplicate_of for a in marked]
    return marks


def test_store_index_marks_equal_the_memory_index(tmp_path):
    corpus = _corpus()
    with Store(tmp_path / "mem.db") as s:
        in_memory = _mark_and_write(s, Deduper(), corpus)
    with Store(tmp_path / "disk.db") as s:
        index = s.dedupe_index()
        on_disk = _mark_and_write(s, Deduper(index), corpus)
        # nothing is held in memory between documents, and every signature is filed under its 9 bands
        assert index._pending.hashes == {} and index._pending.sigs == {} and index._pending.buckets == {}
        n_sigs = s.conn.execute("SELECT count(*) FROM article_minhash").fetchone()[0]
        n_bands = s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0]
    assert on_disk == in_memory
    assert sum(m is not None for m in in_memory) >= 10 and n_bands == BANDS * n_sigs > 0


def test_copy_inside_one_document_is_found_before_the_document_is_written(tmp_path):
    text = _text(random.Random(1), 120)
    with Store(tmp_path / "g.db") as s:
        d = Deduper(s.dedupe_index())
        first, _ = d.mark(Article(id="x1", document_id="d", page=0, index=0, text=text))
        near, _ = d.mark(Article(id="x2", document_id="d", page=0, index=1, text=text + " wire"))
        exact, _ = d.mark(Article(id="x3", document_id="d", page=0, index=2, text=text.upper()))
    assert (first.duplicate_of, near.duplicate_of, exact.duplicate_of) == (None, "x1", "x1")


def _prose(rng, paragraphs=4):
    """Paragraphs of sentences (the text cleaner keeps prose, not word lists)."""
    return "\n\n".join(" ".join(f"The {rng.choice(WORDS)} officials in {rng.choice(WORDS).title()} said the "
                                 f"{rng.choice(WORDS)} {rng.choice(WORDS)} plan was approved on Monday."
                                 for _ in range(3)) for _ in range(paragraphs))


def test_second_run_finds_copies_of_stored_articles_without_loading(tmp_path):
    rng = random.Random(2)
    original, short = _prose(rng), "Ceasefire holds."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text(f"First title\n\n{original}\n\n{short}\n", encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text(f"Other title\n\n{original} (reprinted)\n", encoding="utf-8")
    db = tmp_path / "g.db"
    with Store(db) as s:
        first = ingest([str(tmp_path / "a")], s)
    with Store(db) as s:
        second = ingest([str(tmp_path / "b")], s)          # no deduper given: the store's own index
        dups = list(s.query("SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))
        originals = {r["id"] for r in s.query("SELECT id FROM articles WHERE duplicate_of IS NULL")}
    assert first.duplicates == 0 and second.duplicates == 1
    assert dups[0]["duplicate_of"] in originals


def test_failed_document_leaves_no_band_rows(tmp_path):
    text = _text(random.Random(4), 100)
    with Store(tmp_path / "g.db") as s:
        d = Deduper(s.dedupe_index())
        a, sig = d.mark(Article(id="y1", document_id=_doc(0).id, page=0, index=0, text=text))
        bad = Article(id="y2", document_id="no-such-document", page=0, index=1, text="t", text_sha256="h")
        with pytest.raises(GGError):
            s.write_document(_doc(0), [a, bad], {"y1": sig})
        d.document_done()
        assert s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] == 0
        # and the article that was not stored is not remembered as an original
        again, _ = d.mark(Article(id="y3", document_id="d", page=0, index=0, text=text))
    assert again.duplicate_of is None


def test_v4_store_is_migrated_and_its_bands_backfilled(tmp_path):
    path, text = tmp_path / "old.db", _text(random.Random(5), 140)
    with Store(path) as s:
        d = Deduper()
        a, sig = d.mark(Article(id="z1", document_id=_doc(0).id, page=0, index=0, text=text))
        s.write_document(_doc(0), [a], {"z1": sig})
        # a malformed signature from elsewhere must not stop the upgrade
        s.write_document(_doc(1), [Article(id="z2", document_id=_doc(1).id, page=0, index=0, text="x y",
                                           text_sha256=text_hash("x y"))])
        s.conn.execute("INSERT INTO article_minhash(article_id, signature) VALUES ('z2', x'00')")
        s.conn.executescript("DROP TABLE article_bands; UPDATE meta SET value='4' WHERE key='schema_version';")
    with Store(path, readonly=True) as s:                   # a reader brings it forward too
        assert s.schema_version() == SCHEMA_VERSION
        bands = [r["article_id"] for r in s.query("SELECT article_id FROM article_bands")]
    assert bands == ["z1"] * BANDS
    with Store(path) as s:
        copy, _ = Deduper(s.dedupe_index()).mark(
            Article(id="z9", document_id="d", page=0, index=0, text=text + " syndicated"))
    assert copy.duplicate_of == "z1"


def test_repeated_file_is_unchanged_beyond_the_in_memory_window(tmp_path, monkeypatch):
    import greatgame.pipeline as pipeline

    monkeypatch.setattr(pipeline, "RECENT_DOCUMENTS", 1)     # only the last hash in memory: the store answers
    rng = random.Random(6)
    bodies = [_prose(rng) for _ in range(3)]
    for name, body in zip(("a.txt", "b.txt", "c.txt", "d.txt"), bodies + [bodies[0]]):
        (tmp_path / name).write_text(f"Title\n\n{body}\n", encoding="utf-8")
    with Store(tmp_path / "g.db") as s:
        summary = ingest([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")], s)
        docs = s.stats()["documents"]
    assert (summary.new_documents, summary.unchanged, docs) == (3, 1, 3)
