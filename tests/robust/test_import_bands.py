"""`import-parquet` files imported signatures under their LSH bands, so later ingests find copies of them."""
import random

import pytest

from greatgame.dedupe import Deduper
from greatgame.lshbands import BANDS
from greatgame.records import Article, Document
from greatgame.store.sqlite import Store

pytest.importorskip("pyarrow")

WORDS = "treaty pipeline caspian tariff ministry convoy harbour ruling sanctions quota envoy summit".split()


def test_imported_signatures_are_indexed_and_found(tmp_path):
    from greatgame.scale.importer import import_parquet
    from greatgame.scale.spark import STORE_TABLES, _parquet

    rng = random.Random(9)
    texts = [" ".join(rng.choice(WORDS) for _ in range(120)) for _ in range(3)]
    doc = Document(id="d" * 16, path="/p.txt", sha256="d" * 64, format="text", size=1)
    with Store(tmp_path / "part.db") as part:               # what one Spark partition stores, then dumps
        d = Deduper()
        marked = [d.mark(Article(id=f"p{i}", document_id=doc.id, page=0, index=i, text=t)) for i, t in
                  enumerate(texts)]
        part.write_document(doc, [a for a, _ in marked], {a.id: sig for a, sig in marked if sig})
        for table in STORE_TABLES:
            rows = [dict(r) for r in part.query(f"SELECT * FROM {table} ORDER BY rowid")]
            _parquet(rows, tmp_path / "out" / "_store" / table / "part-00000.parquet", None)
    with Store(tmp_path / "main.db") as s:
        counts = import_parquet(tmp_path / "out", s)
        bands = s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0]
        copy, _ = Deduper(s.dedupe_index()).mark(
            Article(id="n1", document_id="x", page=0, index=0, text=texts[1] + " reprinted with permission"))
        again = import_parquet(tmp_path / "out", s)            # re-importing adds nothing, bands included
        bands_again = s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0]
    assert counts["article_minhash"] == 3 and bands == 3 * BANDS
    assert copy.duplicate_of == "p1"
    assert not any(again.values()) and bands_again == bands
