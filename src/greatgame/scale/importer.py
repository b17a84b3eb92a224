"""`greatgame import-parquet`: load a Spark run's Parquet output into a SQLite store.

What: reads `DIR/_store/<table>/part-*.parquet` (the store's own rows, written by each partition) in part
order and inserts them table by table, one transaction per part file; text keys (documents, articles,
actors, places, events) are inserted once, numbered rows (mentions, statements, skips) get fresh numbers.
Why: the Spark job's records must become the same database a local ingest builds, so analysts use the
workbench, the API and the exports on a cluster's output unchanged. Re-importing the same output adds
nothing (documents and articles are keyed by content).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import GGError
from .spark import STORE_TABLES

NUMBERED = {"mentions", "quotes", "quantities", "frames", "citations", "skips"}


def import_parquet(directory: str | Path, store) -> dict[str, int]:
    import pyarrow.parquet as pq

    base = Path(directory) / "_store"
    if not base.is_dir():
        raise GGError("GG101", f"{directory}: no _store/ folder; is this the output of 'greatgame spark'?")
    counts: dict[str, int] = {}
    seen_docs = {r["id"] for r in store.query("SELECT id FROM documents")}
    for table in STORE_TABLES:
        columns = {r["name"] for r in store.query(f"PRAGMA table_info({table})")}
        for part in sorted((base / table).glob("*.parquet")):
            rows = pq.read_table(part).to_pylist()
            fresh = [r for r in rows if r["id"] not in seen_docs] if table == "documents" else rows
            if not fresh:
                continue
            cols = [c for c in fresh[0] if c in columns and not (table in NUMBERED and c == "id")]
            verb = "INSERT OR IGNORE"
            sql = f"{verb} INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            if table in NUMBERED and table != "skips":
                # a numbered row belongs to a document: import it only with a document imported now
                doc_of = {r["id"]: r["document_id"] for r in store.query("SELECT id, document_id FROM articles")}
                fresh = [r for r in fresh if doc_of.get(r["article_id"]) not in seen_docs]
            before = store.conn.total_changes
            with store.conn:
                store.conn.executemany(sql, [[r[c] for c in cols] for r in fresh])
                # rows actually added (FTS triggers count too for articles, so count those by key)
                added = store.conn.total_changes - before
                if table == "article_minhash":     # the dedupe index's bands, as write_document files them
                    store.index_signatures((r["article_id"], r["signature"]) for r in fresh)
            counts[table] = counts.get(table, 0) + (added // 2 if table == "articles" else added)
    return counts
